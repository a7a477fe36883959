#!/usr/bin/env python3
"""The pair classifier's head, read from and written into the shipped int8 ONNX file (no PyTorch weights needed).

The fine-tuned encoder of the shipped pair model (run4) exists only inside models/pairs.onnx. This
script keeps that file's graph and int8 encoder and works on its head alone:

  vectors  runs the int8 graph with the head's input (the two marker vectors, concatenated, 768
           floats: the input of the head's first DynamicQuantizeLinear) exposed as a second output,
           one pair at a time (batch 1, as the Rust side runs it: the dynamic activation scale is
           taken over the whole batch, so batching would change the numbers), over the pairs of
           pairs_data.py files (and --extra files such as redocred.jsonl, pairs_invented.jsonl).
           Writes an .npz: vectors [n, 768], logits [n, 26] (the shipped head's), keys
           (file, line) so that a head trainer can line them up with the records.
  head     reads the head (Linear 768-384, GELU, Linear 384-26) out of the ONNX file as fp32
           numpy arrays (dequantised: (u - zero point) * scale per output column).
  inject   writes a new head's fp32 weights into a copy of the ONNX file: per-column symmetric int8
           (scale max|w| / 127), stored as uint8 + 128 with zero point 128 as quantize.py stores
           every weight (so every CPU computes the same integer sums); biases fp32. Nothing else in
           the graph changes, so the Rust side and its speed are unchanged.

  python3 train/pairs_onnx_head.py vectors --onnx models/pairs.onnx --pairs train/out/pairs/pairs.jsonl \
      --extra train/out/pairs/redocred.jsonl --extra train/data/pairs_invented.jsonl --out train/out/pairs/vec.npz

Needs numpy, onnx, onnxruntime, tokenizers (and pairslib.py). The head trainer is pairs_vec_head.py.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from pairs_metrics import head_logits  # noqa: E402
from pairslib import cpu_session, load_tokenizer, one_pair_feed  # noqa: E402

HEAD0 = "head.0.weight_Transposed"
HEAD3 = "head.3.weight_Transposed"


def head_input_name(model):
    """The float tensor the head's first DynamicQuantizeLinear quantises (the 768 marker features)."""
    mm = [n for n in model.graph.node if n.op_type == "MatMulInteger" and n.input[1] == HEAD0 + "_quantized"]
    if len(mm) != 1:
        raise SystemExit("no MatMulInteger reads " + HEAD0 + "_quantized: not the shipped pairs.onnx layout")
    q = [n for n in model.graph.node if mm[0].input[0] in n.output]
    if len(q) != 1 or q[0].op_type != "DynamicQuantizeLinear":
        raise SystemExit("the head's input is not dynamically quantised: unexpected layout")
    return q[0].input[0]


def with_vector_output(path):
    import onnx

    model = onnx.load(path)
    name = head_input_name(model)
    model.graph.output.append(onnx.helper.make_tensor_value_info(name, onnx.TensorProto.FLOAT, None))
    return model.SerializeToString(), name


def read_head(path):
    """(w0 [768, 384], b0 [384], w3 [384, 26], b3 [26]) in fp32, dequantised from the file."""
    import onnx
    from onnx import numpy_helper

    inits = {i.name: numpy_helper.to_array(i) for i in onnx.load(path).graph.initializer}

    def deq(base):
        u = inits[base + "_quantized"].astype(np.float32)
        z = inits[base + "_zero_point"].astype(np.float32)
        return (u - z) * inits[base + "_scale"]

    return deq(HEAD0), inits["head.0.bias"], deq(HEAD3), inits["head.3.bias"]


def quantise(w):
    """Per output column symmetric int8 of w [in, out], stored as uint8 + 128: (uint8, scale, zero point)."""
    scale = np.abs(w).max(axis=0) / 127.0
    scale = np.where(scale > 0, scale, 1.0).astype(np.float32)
    q = np.clip(np.rint(w / scale), -127, 127).astype(np.int16)
    return (q + 128).astype(np.uint8), scale, np.full(w.shape[1], 128, np.uint8)


def inject(path_in, path_out, w0, b0, w3, b3):
    import onnx
    from onnx import numpy_helper

    model = onnx.load(path_in)
    inits = {i.name: i for i in model.graph.initializer}
    new = {"head.0.bias": np.asarray(b0, np.float32), "head.3.bias": np.asarray(b3, np.float32)}
    for base, w in ((HEAD0, w0), (HEAD3, w3)):
        u, s, z = quantise(np.asarray(w, np.float32))
        new[base + "_quantized"], new[base + "_scale"], new[base + "_zero_point"] = u, s, z
    for name, arr in new.items():
        old = numpy_helper.to_array(inits[name])
        if old.shape != arr.shape or old.dtype != arr.dtype:
            raise SystemExit(f"{name}: {old.dtype}{old.shape} in the file, {arr.dtype}{arr.shape} given")
        inits[name].CopyFrom(numpy_helper.from_array(arr, name))
    onnx.checker.check_model(model)
    onnx.save(model, path_out)


def records(pairs, extra):
    out = []
    for path in [pairs] + list(extra):
        for i, line in enumerate(open(path)):
            out.append((os.path.basename(path), i, json.loads(line)))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    v = sub.add_parser("vectors")
    v.add_argument("--onnx", default=os.path.join(HERE, "..", "models", "pairs.onnx"))
    v.add_argument("--pairs", required=True)
    v.add_argument("--extra", action="append", default=[])
    v.add_argument("--out", required=True)
    v.add_argument("--threads", type=int, default=1)
    a = ap.parse_args()
    data, name = with_vector_output(a.onnx)
    sess = cpu_session(data, a.threads)
    tok = load_tokenizer(os.path.join(os.path.dirname(os.path.abspath(a.onnx)), "tokenizer.json"))
    recs = records(a.pairs, a.extra)
    vec = np.zeros((len(recs), 768), np.float32)
    logits = np.zeros((len(recs), 26), np.float32)
    t0 = time.time()
    for k, (_, _, r) in enumerate(recs):
        lo, ve = sess.run(["logits", name], one_pair_feed(tok, r))
        logits[k], vec[k] = lo[0], ve[0]
        if (k + 1) % 500 == 0:
            print(f"{k + 1}/{len(recs)} pairs, {time.time() - t0:.0f}s", flush=True)
    np.savez_compressed(a.out, vectors=vec, logits=logits, files=np.array([f for f, _, _ in recs]),
                        lines=np.array([i for _, i, _ in recs]))
    # the head read back from the file must reproduce the graph's own logits from these vectors
    diff = np.abs(head_logits(vec, *read_head(a.onnx)) - logits)
    print(f"{len(recs)} pairs in {time.time() - t0:.0f}s -> {a.out}; fp32 head on the vectors vs the int8 graph's "
          f"logits: mean |diff| {diff.mean():.4f}, max {diff.max():.4f}")


if __name__ == "__main__":
    main()
