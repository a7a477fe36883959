#!/usr/bin/env python3
"""A fresh pair-classifier head trained on marker vectors read from the shipped ONNX file, and its export.

pairs_head.py's recipe (Linear 768-384, GELU, dropout, Linear 384-26; input dropout 0.1; positives
weighted x5; full-batch AdamW lr 1e-3, weight decay 0.01, 300 epochs; one temperature per head
group fitted on the dev pairs) on the vectors `pairs_onnx_head.py vectors` cached, which come from
the shipped int8 encoder itself (run4's fine-tuned encoder, whose PyTorch weights are gone).

  train   --vectors VEC.npz --pairs PAIRS.jsonl [--extra FILE ...] --out DIR [--fold k] [--news-weight w]
          writes DIR/head.npz (w0, b0, w3, b3, temperatures), metrics.json (article-level dev F1 as
          pairs_head.py prints it), fold_docs.json with --fold (the corpus train and news articles of
          fold k, sorted ids i mod 5, left out of training, as pairs_head.py --fold).
  export  --head DIR --version V --models MODELS [--onnx models/pairs.onnx]
          writes MODELS/pairs.onnx (the ONNX file with the new head injected), pairs.json and
          pairs_cases.json (pairs_export.py's cases, probabilities from the new file under onnxruntime).
"""
from __future__ import annotations

import argparse
import json
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from pairs_metrics import doc_level, fit_temperature, sig, temperature_vector  # noqa: E402
from pairslib import CUR, MAX_LEN, N_OUT, N_REL, REL_LABELS, ROLES, targets  # noqa: E402


def load(a):
    z = np.load(a.vectors)
    files, lines = z["files"], z["lines"]
    pos = {(str(f), int(i)): k for k, (f, i) in enumerate(zip(files, lines))}
    recs, idx = [], []
    for path in [a.pairs] + a.extra:
        for i, line in enumerate(open(path)):
            recs.append(json.loads(line))
            idx.append(pos[(os.path.basename(path), i)])
    return recs, z["vectors"][idx]


def train(a):
    import torch
    import torch.nn as nn

    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    os.makedirs(a.out, exist_ok=True)
    recs, x = load(a)
    n_main = sum(1 for _ in open(a.pairs))
    main_file = [k < n_main for k in range(len(recs))]  # the pairs file's records (the --extra ones after)
    tr = [k for k, r in enumerate(recs) if not main_file[k] or r["split"] in ("train", "news")]
    if not a.news:
        tr = [k for k in tr if not main_file[k] or recs[k]["split"] != "news"]
    dv = [k for k, r in enumerate(recs) if main_file[k] and r["split"] == "dev"]
    if a.fold >= 0:
        docs = sorted({recs[k]["doc"] for k in tr if main_file[k] and not recs[k]["doc"].startswith("inv-")})
        out = {d for i, d in enumerate(docs) if i % a.folds == a.fold}
        tr = [k for k in tr if not (main_file[k] and recs[k]["doc"] in out)]
        json.dump(sorted(out), open(os.path.join(a.out, "fold_docs.json"), "w"))
        print(f"fold {a.fold}/{a.folds}: {len(out)} articles left out", flush=True)
    yt = np.stack([targets(recs[k])[0] for k in tr]); mt = np.stack([targets(recs[k])[1] for k in tr])
    xtr, ytr, mtr = torch.tensor(x[tr]), torch.tensor(yt), torch.tensor(mt)
    h = nn.Sequential(nn.Linear(768, 384), nn.GELU(), nn.Dropout(0.1), nn.Linear(384, N_OUT))
    drop = nn.Dropout(0.1)
    opt = torch.optim.AdamW(h.parameters(), lr=a.lr, weight_decay=0.01)
    bce = nn.BCEWithLogitsLoss(reduction="none")
    w = 1 + (a.pos_weight - 1) * ytr
    nw = [a.news_weight if main_file[k] and recs[k]["split"] == "news" else 1.0 for k in tr]
    w = w * torch.tensor(nw).unsqueeze(1)
    for ep in range(a.epochs):
        h.train()
        loss = (bce(h(drop(xtr)), ytr) * mtr * w).sum() / mtr.sum()
        opt.zero_grad(); loss.backward(); opt.step()
        if (ep + 1) % 100 == 0:
            print(f"epoch {ep + 1}: loss {loss.item():.4f}", flush=True)
    h.eval()
    with torch.no_grad():
        z = h(torch.tensor(x[dv])).numpy()
    drecs = [recs[k] for k in dv]
    tg = [targets(r) for r in drecs]
    temps = {}
    for g, lo, hi in (("rel", 0, N_REL), ("role", N_REL, CUR), ("current", CUR, N_OUT)):
        zz = np.concatenate([z[i, lo:hi][tg[i][1][lo:hi] > 0] for i in range(len(dv))])
        yy = np.concatenate([tg[i][0][lo:hi][tg[i][1][lo:hi] > 0] for i in range(len(dv))])
        temps[g] = fit_temperature(zz, yy)
    tvec = temperature_vector(temps["rel"], temps["role"], temps["current"])
    probs = sig(z / tvec)
    sweep = {str(t): doc_level(drecs, probs, t, t) for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)}
    sd = {k: v.detach().numpy() for k, v in h.state_dict().items()}
    np.savez(os.path.join(a.out, "head.npz"), w0=sd["0.weight"].T, b0=sd["0.bias"], w3=sd["3.weight"].T,
             b3=sd["3.bias"], temps=np.array([temps["rel"], temps["role"], temps["current"]]))
    metrics = {"train_pairs": len(tr), "dev_pairs": len(dv), "args": vars(a), "temperatures": temps,
               "doc_level_dev": sweep}
    json.dump(metrics, open(os.path.join(a.out, "metrics.json"), "w"), indent=1)
    print(json.dumps({"train_pairs": len(tr), "dev_pairs": len(dv), "temperatures": temps}))
    for t, s in sweep.items():
        print("doc-level dev @", t, json.dumps(s))


def export(a):
    import onnxruntime as ort

    from pairs_onnx_head import inject
    from pairslib import encode, load_tokenizer

    os.makedirs(a.models, exist_ok=True)
    hd = np.load(os.path.join(a.head, "head.npz"))
    out = os.path.join(a.models, "pairs.onnx")
    inject(a.onnx, out, hd["w0"], hd["b0"], hd["w3"], hd["b3"])
    t_rel, t_role, t_cur = (float(v) for v in hd["temps"])
    tvec = temperature_vector(t_rel, t_role, t_cur, dtype=np.float32)
    # pairs_export.py's fixed cases (imported from its CASES list without importing torch)
    src = open(os.path.join(HERE, "pairs_export.py")).read()
    start = src.index("CASES = [")
    end = src.index("\n]\n", start) + 3
    ns = {}
    exec(src[start:end], ns)
    tok = load_tokenizer(os.path.join(os.path.dirname(os.path.abspath(a.onnx)), "tokenizer.json"))
    sess = ort.InferenceSession(out, providers=["CPUExecutionProvider"])
    cases = []
    for text, n1, t1, n2, t2 in ns["CASES"]:
        s1, s2 = text.index(n1), text.index(n2)
        e1, e2 = (s1, s1 + len(n1), t1), (s2, s2 + len(n2), t2)
        ids, p1, p2 = encode(tok, text, e1, e2)
        x = np.array([ids], np.int64)
        o = sess.run(["logits"], {"input_ids": x, "attention_mask": np.ones_like(x),
                                  "e1_pos": np.array([p1], np.int64), "e2_pos": np.array([p2], np.int64)})[0][0]
        q = sig(o / tvec)
        print(f"{text[:50]:<50} top rel {REL_LABELS[int(q[:N_REL].argmax())]} {q[:N_REL].max():.2f}, top role "
              f"{ROLES[int(q[N_REL:CUR].argmax())]} {q[N_REL:CUR].max():.2f}, current {q[CUR]:.2f}")
        cases.append({"text": text, "e1": list(e1), "e2": list(e2), "input_ids": ids, "e1_pos": p1, "e2_pos": p2,
                      "probs": [round(float(v), 5) for v in q]})
    json.dump(cases, open(os.path.join(a.models, "pairs_cases.json"), "w"), indent=1)
    meta = {"version": a.version, "relations": REL_LABELS, "roles": ROLES, "max_len": MAX_LEN,
            "temperature": {"relation": round(t_rel, 4), "role": round(t_role, 4), "current": round(t_cur, 4)},
            "threshold": {"relation": a.threshold_relation, "role": a.threshold_role}, "layers": 6}
    json.dump(meta, open(os.path.join(a.models, "pairs.json"), "w"), indent=1)
    print("wrote", out, os.path.getsize(out), "bytes; pairs.json, pairs_cases.json")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("train")
    t.add_argument("--vectors", required=True)
    t.add_argument("--pairs", required=True)
    t.add_argument("--extra", action="append", default=[])
    t.add_argument("--out", required=True)
    t.add_argument("--epochs", type=int, default=300)
    t.add_argument("--lr", type=float, default=1e-3)
    t.add_argument("--pos-weight", type=float, default=5.0)
    t.add_argument("--seed", type=int, default=13)
    t.add_argument("--threads", type=int, default=1)
    t.add_argument("--folds", type=int, default=5)
    t.add_argument("--fold", type=int, default=-1)
    t.add_argument("--news", action="store_true", help="train on the split `news` pairs too (eval/news-train)")
    t.add_argument("--news-weight", type=float, default=1.0)
    e = sub.add_parser("export")
    e.add_argument("--head", required=True)
    e.add_argument("--version", required=True)
    e.add_argument("--models", required=True)
    e.add_argument("--onnx", default=os.path.join(HERE, "..", "models", "pairs.onnx"))
    e.add_argument("--threshold-relation", type=float, default=0.75)
    e.add_argument("--threshold-role", type=float, default=0.5)
    a = ap.parse_args()
    train(a) if a.cmd == "train" else export(a)


if __name__ == "__main__":
    main()
