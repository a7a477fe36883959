#!/usr/bin/env python3
"""Interpolate two runs of the same tagger: weights = (1 - alpha) * FROM + alpha * TO.

A fine-tune (finetune_corpus.py) moved the tagger towards the corpus; taking only part of the way
back from its starting weights (rebuild_from_onnx.py) keeps more of what the starting model knew
(weight-space ensembling of a model and its fine-tune). Both runs must have the same tensors.
Writes OUT/weights.safetensors with TO's metadata; export_onnx.py --run OUT exports it.

  python3 train/average_weights.py --from train/out/rebuilt --to train/out/s1 --alpha 0.5 --out train/out/s1h
"""
from __future__ import annotations

import argparse
import os

from safetensors import safe_open
from safetensors.torch import load_file, save_file


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--from", dest="src", required=True, help="run folder of the starting weights")
    ap.add_argument("--to", required=True, help="run folder of the fine-tuned weights")
    ap.add_argument("--alpha", type=float, required=True, help="share of the fine-tune (0 = FROM, 1 = TO)")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    a = load_file(os.path.join(args.src, "weights.safetensors"))
    b = load_file(os.path.join(args.to, "weights.safetensors"))
    if set(a) != set(b) or any(a[k].shape != b[k].shape for k in a):
        raise SystemExit("average_weights: the two runs do not have the same tensors")
    with safe_open(os.path.join(args.to, "weights.safetensors"), "pt") as fh:
        meta = dict(fh.metadata() or {})
    meta["interpolated"] = f"{1 - args.alpha:g} x {os.path.basename(os.path.normpath(args.src))} + " \
                           f"{args.alpha:g} x {os.path.basename(os.path.normpath(args.to))}"
    out = {k: ((1 - args.alpha) * a[k].float() + args.alpha * b[k].float()).to(b[k].dtype).contiguous()
           if b[k].is_floating_point() else b[k] for k in b}
    os.makedirs(args.out, exist_ok=True)
    save_file(out, os.path.join(args.out, "weights.safetensors"), metadata=meta)
    print(f"{len(out)} tensors -> {args.out} ({meta['interpolated']})")


if __name__ == "__main__":
    main()
