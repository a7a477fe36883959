#!/usr/bin/env python3
"""Dynamic int8 quantisation of the fp32 ONNX model (onnxruntime.quantization).

  python3 train/quantize.py --in train/out/onnx/ner.fp32.onnx --out train/out/onnx/ner.int8.onnx [--per-channel]
"""
from __future__ import annotations

import argparse
import os
import tempfile

from onnxruntime.quantization import QuantType, quantize_dynamic
from onnxruntime.quantization.shape_inference import quant_pre_process


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--in", dest="inp", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--per-channel", action="store_true")
    ap.add_argument("--exclude", default="",
                    help="comma-separated node names to keep in fp32 (default: none)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as td:
        pre = os.path.join(td, "pre.onnx")
        quant_pre_process(args.inp, pre, skip_symbolic_shape=True)
        quantize_dynamic(
            pre,
            args.out,
            weight_type=QuantType.QInt8,
            per_channel=args.per_channel,
            op_types_to_quantize=["MatMul", "Gemm", "Gather"],
            nodes_to_exclude=[n for n in args.exclude.split(",") if n],
        )
    print("wrote", args.out, os.path.getsize(args.out), "bytes")


if __name__ == "__main__":
    main()
