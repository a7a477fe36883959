#!/usr/bin/env python3
"""Trained weights (train.py output) -> fp32 ONNX, checked against PyTorch with onnxruntime.

Graph: inputs input_ids / attention_mask / shape_ids (int64 [batch, seq], dynamic axes),
output logits (float32 [batch, seq, 9]); token_type_ids are zeros inside the graph.

  python3 train/export_onnx.py --run train/out/run_seed13 --out train/out/onnx/ner.fp32.onnx
"""
from __future__ import annotations

import argparse
import glob
import os
import sys

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from nerlib import encode, load_tokenizer, default_model_dir  # noqa: E402
from model import build  # noqa: E402

CHECK_SENTENCES = [
    "Microsoft blamed a configuration change for the Azure outage in Western Europe on Tuesday.",
    "AWS said EC2 instances in us-east-1 were recovering, according to CEO Andy Jassy.",
    "BREAKING: DingTalk and WeChat Pay down across China",
    "i think @elonmusk should buy tiktok lol",
    "Tim Cook unveiled the iPhone 15 at Apple Park in Cupertino.",
]


def load_weights(run_dir):
    from safetensors.torch import load, load_file

    single = os.path.join(run_dir, "weights.safetensors")
    if os.path.exists(single):
        sd = load_file(single)
        blob = open(single, "rb").read()
    else:
        parts = sorted(glob.glob(single + ".part*"), key=lambda p: int(p.rsplit("part", 1)[1]))
        blob = b"".join(open(p, "rb").read() for p in parts)
        sd = load(blob)
    import json
    import struct

    n = struct.unpack("<Q", blob[:8])[0]
    meta = json.loads(blob[8:8 + n]).get("__metadata__", {})
    return {k: v.float() for k, v in sd.items()}, meta


def load_model(run_dir, model_dir):
    sd, meta = load_weights(run_dir)
    use_shape = meta.get("use_shape", "True") == "True"
    layers = int(meta["layers"]) if "layers" in meta else None
    m = build(model_dir, use_shape=use_shape, pretrained=False, layers=layers, num_labels=sd["cls.weight"].shape[0])
    m.load_state_dict(sd)
    return m.eval(), meta


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--run", default=os.path.join(HERE, "out", "run_seed13"))
    ap.add_argument("--model-dir", default=None)
    ap.add_argument("--out", default=os.path.join(HERE, "out", "onnx", "ner.fp32.onnx"))
    ap.add_argument("--opset", type=int, default=17)
    args = ap.parse_args()
    model_dir = args.model_dir or default_model_dir()
    model, meta = load_model(args.run, model_dir)
    print("variant:", meta)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)

    tok = load_tokenizer(os.path.join(model_dir, "tokenizer.json"))
    feats = [encode(tok, s)[0][0] for s in CHECK_SENTENCES]
    L = max(len(f["input_ids"]) for f in feats)
    a = np.zeros((len(feats), L), np.int64)
    m = np.zeros_like(a)
    s = np.zeros_like(a)
    for i, f in enumerate(feats):
        n = len(f["input_ids"])
        a[i, :n], m[i, :n], s[i, :n] = f["input_ids"], 1, f["shape_ids"]
    ta, tm, ts = (torch.from_numpy(x) for x in (a, m, s))
    with torch.no_grad():
        ref = model(ta, tm, ts).numpy()
        torch.onnx.export(
            model,
            (ta, tm, ts),
            args.out,
            input_names=["input_ids", "attention_mask", "shape_ids"],
            output_names=["logits"],
            dynamic_axes={k: {0: "batch", 1: "seq"} for k in ["input_ids", "attention_mask", "shape_ids", "logits"]},
            opset_version=args.opset,
            do_constant_folding=True,
            dynamo=False,
        )
    import onnx
    import onnxruntime as ort

    onnx.checker.check_model(args.out)
    sess = ort.InferenceSession(args.out, providers=["CPUExecutionProvider"])
    print("inputs:", [(i.name, i.type, i.shape) for i in sess.get_inputs()])
    print("outputs:", [(o.name, o.type, o.shape) for o in sess.get_outputs()])
    out = sess.run(["logits"], {"input_ids": a, "attention_mask": m, "shape_ids": s})[0]
    mask = m.astype(bool)
    diff = np.abs(out - ref)[mask].max()
    agree = (out.argmax(-1) == ref.argmax(-1))[mask].mean()
    print(f"max |onnx - torch| over real tokens: {diff:.2e}; argmax agreement {agree:.4f}")
    assert diff < 1e-3, diff
    # one sentence alone (different seq length, batch 1) must give the same logits as in the batch
    n0 = int(m[0].sum())
    o1 = sess.run(["logits"], {"input_ids": a[:1, :n0], "attention_mask": m[:1, :n0], "shape_ids": s[:1, :n0]})[0]
    print(f"batch-1 vs batched max diff: {np.abs(o1[0] - out[0, :n0]).max():.2e}")
    print("wrote", args.out, os.path.getsize(args.out), "bytes")


if __name__ == "__main__":
    main()
