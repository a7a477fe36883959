#!/usr/bin/env python3
"""A trained pair classifier (pairs_train.py run) → models/pairs.onnx (int8), pairs.json, pairs_cases.json.

  python3 train/pairs_export.py --run train/out/pairs/run1 --version newskg-pairs-... \
      --threshold-relation 0.5 --threshold-role 0.5

fp32 ONNX (opset 17; inputs input_ids, attention_mask int64 [batch, seq], e1_pos, e2_pos int64
[batch]; output logits float32 [batch, 26]) checked against PyTorch, then dynamic int8
quantisation (quantize.py's settings, per channel) and a check of int8 against fp32.
pairs.json carries the label lists, the temperatures fitted on the dev pairs (from the run's
metrics.json), the thresholds and the version; pairs_cases.json a few fixed pairs with their
token ids and int8 calibrated probabilities, which the Rust test must reproduce.
"""
import argparse
import json
import os
import subprocess
import sys

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from pairs_train import build, sig  # noqa: E402
from pairslib import CUR, MAX_LEN, N_REL, REL_LABELS, ROLES, encode, load_tokenizer  # noqa: E402

MODELS = os.path.join(HERE, "..", "models")

# (sentence, e1 (start, end, type), e2 (start, end, type)); char offsets; written for this file
CASES = [
    ("Acme Corp chief executive Jane Doe said the results were strong.", "Jane Doe", "Person", "Acme Corp", "Company"),
    ("Globex, a unit of Initech, launched the Zeta app on Monday.", "Globex", "Company", "Initech", "Company"),
    ("Initech said on Tuesday it had completed its purchase of Globex for $2 billion.", "Initech", "Company", "Globex", "Company"),
    ("Former Hooli chairman Gavin Belson was not available for comment.", "Gavin Belson", "Person", "Hooli", "Company"),
    ("Users of Zeta, the messaging service run by Globex, could not log in.", "Zeta", "Service", "Globex", "Company"),
    ("Pied Piper and Hooli signed a partnership to build a new compression platform.", "Pied Piper", "Company", "Hooli", "Company"),
    ("Ministry of Finance spokesperson Ana Lima rejected the claim.", "Ana Lima", "Person", "Ministry of Finance", "Organization"),
    ("Rosa Quintero will become chief executive of Velmora Motors in April.", "Rosa Quintero", "Person", "Velmora Motors", "Company"),
    ("Since Initech's acquisition of Globex in 2019, sales have doubled.", "Initech", "Company", "Globex", "Company"),
    ("Users reported problems with Hooli's Zeta and Hooli Mail on Tuesday.", "Hooli", "Company", "Zeta", "Service"),
    ("Shares of Initech rose 4% while Globex fell 2%.", "Initech", "Company", "Globex", "Company"),
]


def case_pairs():
    out = []
    for text, n1, t1, n2, t2 in CASES:
        s1 = text.index(n1)
        s2 = text.index(n2)
        out.append((text, (s1, s1 + len(n1), t1), (s2, s2 + len(n2), t2)))
    return out


def arrays(tok, pairs):
    enc = [encode(tok, t, a, b) for t, a, b in pairs]
    L = max(len(e[0]) for e in enc)
    ids = np.zeros((len(enc), L), np.int64)
    att = np.zeros_like(ids)
    for i, (x, _, _) in enumerate(enc):
        ids[i, :len(x)] = x
        att[i, :len(x)] = 1
    p1 = np.array([e[1] for e in enc], np.int64)
    p2 = np.array([e[2] for e in enc], np.int64)
    return enc, ids, att, p1, p2


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--run", required=True)
    ap.add_argument("--version", required=True)
    ap.add_argument("--threshold-relation", type=float, default=0.5)
    ap.add_argument("--threshold-role", type=float, default=0.5)
    ap.add_argument("--fp32", default=None)
    ap.add_argument("--models", default=MODELS)
    a = ap.parse_args()
    ck = torch.load(os.path.join(a.run, "weights.pt"))
    metrics = json.load(open(os.path.join(a.run, "metrics.json")))
    model = build(ck["layers"], pretrained=False)
    model.load_state_dict(ck["state"])
    model.eval()
    tok = load_tokenizer(os.path.join(a.models, "tokenizer.json"))
    pairs = case_pairs()
    enc, ids, att, p1, p2 = arrays(tok, pairs)
    fp32 = a.fp32 or os.path.join(a.run, "pairs.fp32.onnx")
    t = [torch.from_numpy(x) for x in (ids, att, p1, p2)]
    with torch.no_grad():
        ref = model(*t).numpy()
        torch.onnx.export(model, tuple(t), fp32, input_names=["input_ids", "attention_mask", "e1_pos", "e2_pos"],
                          output_names=["logits"],
                          dynamic_axes={"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"},
                                        "e1_pos": {0: "batch"}, "e2_pos": {0: "batch"}, "logits": {0: "batch"}},
                          opset_version=17, do_constant_folding=True, dynamo=False)
    import onnxruntime as ort

    feed = {"input_ids": ids, "attention_mask": att, "e1_pos": p1, "e2_pos": p2}
    s32 = ort.InferenceSession(fp32, providers=["CPUExecutionProvider"])
    o32 = s32.run(["logits"], feed)[0]
    print(f"max |onnx fp32 - torch| {np.abs(o32 - ref).max():.2e}")
    assert np.abs(o32 - ref).max() < 1e-3
    out = os.path.join(a.models, "pairs.onnx")
    # the head stays fp32: quantised, its probabilities moved by up to 0.2 on the check pairs
    subprocess.run([sys.executable, os.path.join(HERE, "quantize.py"), "--in", fp32, "--out", out, "--per-channel",
                    "--exclude", "/head/head.0/Gemm,/head/head.3/Gemm"], check=True)
    s8 = ort.InferenceSession(out, providers=["CPUExecutionProvider"])
    temps = metrics["temperatures"]
    tvec = np.ones(N_REL + len(ROLES) + 1, np.float32)
    tvec[:N_REL] = temps["rel"]; tvec[N_REL:CUR] = temps["role"]; tvec[CUR] = temps["current"]
    cases = []
    for i, (text, e1, e2) in enumerate(pairs):
        one = {k: v[i:i + 1] if v.ndim == 1 else v[i:i + 1, :len(enc[i][0])] for k, v in feed.items()}
        o8 = s8.run(["logits"], one)[0][0]
        q = sig(o8 / tvec)
        q32 = sig(o32[i] / tvec)
        print(f"{text[:50]:<50} int8-fp32 max prob diff {np.abs(q - q32).max():.3f}; top rel "
              f"{REL_LABELS[int(q[:N_REL].argmax())]} {q[:N_REL].max():.2f}, top role {ROLES[int(q[N_REL:CUR].argmax())]} "
              f"{q[N_REL:CUR].max():.2f}, current {q[CUR]:.2f}")
        cases.append({"text": text, "e1": list(e1), "e2": list(e2), "input_ids": enc[i][0], "e1_pos": enc[i][1],
                      "e2_pos": enc[i][2], "probs": [round(float(x), 5) for x in q]})
    json.dump(cases, open(os.path.join(a.models, "pairs_cases.json"), "w"), indent=1)
    meta = {"version": a.version, "relations": REL_LABELS, "roles": ROLES, "max_len": MAX_LEN,
            "temperature": {"relation": round(temps["rel"], 4), "role": round(temps["role"], 4),
                            "current": round(temps["current"], 4)},
            "threshold": {"relation": a.threshold_relation, "role": a.threshold_role},
            "layers": ck["layers"]}
    json.dump(meta, open(os.path.join(a.models, "pairs.json"), "w"), indent=1)
    print("wrote", out, os.path.getsize(out), "bytes; pairs.json, pairs_cases.json")


if __name__ == "__main__":
    main()
