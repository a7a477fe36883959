#!/usr/bin/env python3
"""Rebuild fp32 PyTorch weights of the tagger from the shipped int8 ONNX model.

The weights of earlier runs are gone; models/ner.onnx (dynamic int8, per-channel, made by
quantize.py from export_onnx.py's graph) still holds every parameter:
  * MatMulInteger weights (int8 [in, out], one scale and zero point per output column):
    dequantised as (q - zp) * scale and transposed to nn.Linear's [out, in]; the node's output
    name ("/bert/layers.2/k/MatMul...", "/cls/MatMul...") says which linear layer it is;
  * Gather weights (word, position, shape embeddings; uint8, one scale and zero point);
  * fp32 initialisers (biases, LayerNorms, and the folded token-type row 0).
Writes --out/weights.safetensors (metadata layers / use_shape, as distil.py writes) that
export_onnx.py and finetune_corpus.py load. --check N compares the rebuilt model's word tags
with onnxruntime's on the int8 file over N in-domain sentences (report the agreement).

  python3 train/rebuild_from_onnx.py --onnx models/ner.onnx --out train/out/rebuilt --check 400
"""
from __future__ import annotations

import argparse
import os
import re
import sys

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from nerlib import LABELS, default_model_dir, load_tokenizer, read_jsonl  # noqa: E402
from model import NerModel, load_encoder_config  # noqa: E402


def dequantised(inits, base, axis_len=None):
    q = inits[base + "_quantized"].astype(np.float32)
    scale = inits[base + "_scale"].astype(np.float32)
    zp = inits[base + "_zero_point"].astype(np.float32)
    return (q - zp) * scale  # scalar or per-column ([out]) broadcast over the last axis


def rebuild(onnx_path):
    import onnx
    from onnx import numpy_helper

    m = onnx.load(onnx_path)
    inits = {i.name: numpy_helper.to_array(i) for i in m.graph.initializer}
    sd = {}
    for name in ("bert.word.weight", "bert.pos.weight", "shape_emb.weight"):
        sd[name] = dequantised(inits, name)
    for node in m.graph.node:
        if node.op_type != "MatMulInteger":
            continue
        w = node.input[1]
        assert w.endswith("_quantized"), w
        mod = re.match(r"^/(.*)/MatMul", node.output[0])
        assert mod, node.output[0]
        key = mod.group(1).replace("/", ".")  # "bert.layers.0.q" or "cls"
        sd[key + ".weight"] = dequantised(inits, w[: -len("_quantized")]).T.copy()
    for k, v in inits.items():
        if v.dtype == np.float32 and v.ndim >= 1 and not k.endswith("_scale") and not k.startswith("onnx::"):
            sd[k] = v
    # the token-type embedding's row 0, folded by the export into one constant added after word + pos
    adds = [n for n in m.graph.node if n.op_type == "Add" and any(i.startswith("onnx::Add") for i in n.input)]
    assert len(adds) == 1, [n.input for n in adds]
    row0 = inits[next(i for i in adds[0].input if i.startswith("onnx::Add"))]
    sd["bert.typ.weight"] = np.stack([row0, np.zeros_like(row0)])
    return {k: torch.from_numpy(np.array(v, dtype=np.float32)) for k, v in sd.items()}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--onnx", default=os.path.join(os.path.dirname(HERE), "models", "ner.onnx"))
    ap.add_argument("--out", default=os.path.join(HERE, "out", "rebuilt"))
    ap.add_argument("--check", type=int, default=0, help="compare tags with onnxruntime on N in-domain sentences")
    ap.add_argument("--check-file", default=os.path.join(HERE, "data", "indomain.jsonl"))
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    sd = rebuild(args.onnx)
    layers = len({k.split(".")[2] for k in sd if k.startswith("bert.layers.")})
    cfg = dict(load_encoder_config(default_model_dir()), num_hidden_layers=layers)
    model = NerModel(cfg, use_shape=True, num_labels=len(LABELS))
    missing, unexpected = model.load_state_dict(sd, strict=True), None
    model.eval()
    os.makedirs(args.out, exist_ok=True)
    from safetensors.torch import save_file

    save_file({k: v.contiguous() for k, v in model.state_dict().items()}, os.path.join(args.out, "weights.safetensors"),
              metadata={"variant": "shape", "use_shape": "True", "layers": str(layers),
                        "rebuilt_from": os.path.basename(args.onnx)})
    print(f"rebuilt {len(sd)} tensors, {layers} layers -> {args.out}/weights.safetensors")
    if args.check:
        from train import predict_words, torch_logits_fn
        from evaluate import ort_logits_fn

        rows = read_jsonl(args.check_file)[: args.check]
        tok = load_tokenizer(os.path.join(default_model_dir(), "tokenizer.json"))
        _, p_torch = predict_words(tok, rows, torch_logits_fn(model, torch.device("cpu")))
        _, p_ort = predict_words(tok, rows, ort_logits_fn(args.onnx, args.threads))
        n = sum(len(x) for x in p_ort)
        same = sum(a == b for x, y in zip(p_torch, p_ort) for a, b in zip(x, y))
        ents = sum(1 for x in p_ort for t in x if t.startswith("B-"))
        print(f"agreement over {len(rows)} sentences: {same}/{n} words = {100 * same / n:.2f} % "
              f"({ents} entities tagged by onnxruntime)")
        if same / n < 0.99:
            sys.exit("agreement below 99 %")


if __name__ == "__main__":
    main()
