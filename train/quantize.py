#!/usr/bin/env python3
"""Dynamic int8 quantisation of the fp32 ONNX model (onnxruntime.quantization).

  python3 train/quantize.py --in train/out/onnx/ner.fp32.onnx --out train/out/onnx/ner.int8.onnx [--per-channel]
  python3 train/quantize.py --unsigned-only --in models/pairs.onnx --out models/pairs.onnx

The weights are quantised signed (per channel, symmetric) and then stored unsigned: each int8
weight q becomes the uint8 q + 128 with zero point 128, the same dequantised value. The reason is
the CPU: with uint8 activations and int8 weights, ONNX Runtime's kernel for x86 CPUs without
AVX-512 VNNI (AVX2 only, e.g. many AMD EPYC hosts) adds pairs of products in 16 bits and can
saturate, so the same model gave probabilities up to 0.19 apart on two machines. With both operands
uint8 every kernel computes the exact integer sums, and outputs agree across CPUs.
`--unsigned-only` applies that rewrite to an already quantised model.
"""
from __future__ import annotations

import argparse
import os
import tempfile

from onnxruntime.quantization import QuantType, quantize_dynamic
from onnxruntime.quantization.shape_inference import quant_pre_process


def unsigned_weights(path_in, path_out):
    """Store the int8 weights (and zero points) of every MatMulInteger as uint8 + 128."""
    import numpy as np
    import onnx
    from onnx import numpy_helper

    model = onnx.load(path_in)
    inits = {i.name: i for i in model.graph.initializer}
    done = set()
    for node in model.graph.node:
        if node.op_type != "MatMulInteger":
            continue
        weight = node.input[1]
        zero = node.input[3] if len(node.input) > 3 else ""
        if weight not in inits or not zero or zero not in inits:
            continue  # activations on both sides, or a weight without its zero point: leave as is
        for name in (weight, zero):
            if name in done:
                continue
            a = numpy_helper.to_array(inits[name])
            if a.dtype == np.int8:
                u = (a.astype(np.int16) + 128).astype(np.uint8)
                inits[name].CopyFrom(numpy_helper.from_array(u, name))
            done.add(name)
    onnx.checker.check_model(model)
    onnx.save(model, path_out)
    return len(done)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--in", dest="inp", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--per-channel", action="store_true")
    ap.add_argument("--exclude", default="",
                    help="comma-separated node names to keep in fp32 (default: none)")
    ap.add_argument("--unsigned-only", action="store_true",
                    help="only store the int8 weights of an already quantised model as uint8 (see above)")
    args = ap.parse_args()
    if args.unsigned_only:
        n = unsigned_weights(args.inp, args.out)
        print("wrote", args.out, f"({n} weight and zero-point tensors stored as uint8)")
        return
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
    n = unsigned_weights(args.out, args.out)
    print(f"{n} weight and zero-point tensors stored as uint8")
    print("wrote", args.out, os.path.getsize(args.out), "bytes")


if __name__ == "__main__":
    main()
