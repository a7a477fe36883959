#!/usr/bin/env python3
"""Throughput of the shipped ONNX model with onnxruntime (Python) on sentences from FILE
(one per line): tokenise + shape features + inference + word-level argmax.

  python3 train/bench_onnx.py FILE [--onnx models/ner.onnx] [--threads 1] [--batch 1]
"""
from __future__ import annotations

import argparse
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from nerlib import load_tokenizer  # noqa: E402
from evaluate import ort_logits_fn  # noqa: E402
from train import predict_words  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file")
    root = os.path.dirname(HERE)
    ap.add_argument("--onnx", default=os.path.join(root, "models", "ner.onnx"))
    ap.add_argument("--tokenizer", default=os.path.join(root, "models", "tokenizer.json"))
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--batch", type=int, default=1)
    args = ap.parse_args()
    rows = [{"text": l.rstrip("\n"), "entities": []} for l in open(args.file, encoding="utf-8") if l.strip()]
    tok = load_tokenizer(args.tokenizer)
    fn = ort_logits_fn(args.onnx, args.threads)
    predict_words(tok, rows[:50], fn, bs=args.batch)  # warm-up
    t0 = time.perf_counter()
    predict_words(tok, rows, fn, bs=args.batch)
    dt = time.perf_counter() - t0
    print(f"{os.path.basename(args.onnx)} threads={args.threads} batch={args.batch}: {len(rows)} sentences in {dt:.2f}s = {len(rows)/dt:.1f} sentences/s")


if __name__ == "__main__":
    main()
