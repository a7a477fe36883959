"""A relation scorer whose weights are a blend of two fitted scorers' (the same features): (1 - alpha) * A + alpha * B.

    python3 train/relations_blend.py --a models --b NEW --alpha 0.5 --data train/out/vrel --out MODELS \
        --version relations-2026-12-03-rel24mix

Averaging two logistic models' weights averages their logits: a refit shrunk towards the scorer it replaces (session
24, models/RELATIONS.md). The threshold is B's. Writes relations.onnx, relations.json and relations_cases.json (12 of
the `--data` dev.jsonl candidates the model decides, 6 on each side of 0.5 where it can, as relations_train.py picks
them) and prints the candidate-level F1 of every dump in `--data` it finds.
"""
import argparse
import json
import os

import numpy as np
import onnxruntime as ort

from linear_onnx import load_linear, save_logistic
from relations_train import decision, is_rule, load, prf, write_cases


def weights(folder):
    """The (features x 1) weight matrix and the bias of a relations.onnx."""
    return load_linear(os.path.join(folder, "relations.onnx"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--a", required=True)
    ap.add_argument("--b", required=True)
    ap.add_argument("--alpha", type=float, default=0.5)
    ap.add_argument("--data", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--version", required=True)
    a = ap.parse_args()
    (wa, ba), (wb, bb) = weights(a.a), weights(a.b)
    w = ((1 - a.alpha) * wa + a.alpha * wb).astype(np.float32)
    b = ((1 - a.alpha) * ba + a.alpha * bb).astype(np.float32).reshape(-1)
    meta = json.load(open(os.path.join(a.b, "relations.json")))
    va = json.load(open(os.path.join(a.a, "relations.json")))["version"]
    t = meta["threshold"]
    os.makedirs(a.out, exist_ok=True)
    save_logistic(os.path.join(a.out, "relations.onnx"), w, b, "newskg_relations")
    json.dump({"version": a.version, "features": int(w.shape[0]), "threshold": t, "C": meta.get("C"),
               "class_weight": meta.get("class_weight"), "blend": {"a": va, "b": meta["version"], "alpha": a.alpha}},
              open(os.path.join(a.out, "relations.json"), "w"), indent=1)
    sess = ort.InferenceSession(os.path.join(a.out, "relations.onnx"))
    for name in ("train", "news", "dev", "check", "invented", "news-check"):
        path = os.path.join(a.data, f"{name}.jsonl")
        if os.path.exists(path):
            rows, x, y, g = load(path)
            p = sess.run(None, {"features": x})[0][:, 0]
            pr, rc, f1, n = prf(rows, decision(x, p), y, g, t)
            print(f"{name}: P {pr:.3f} R {rc:.3f} F1 {f1:.3f} ({n} kept)")
    rows, x, y, g = load(os.path.join(a.data, "dev.jsonl"))
    got = sess.run(None, {"features": x})[0][:, 0]
    write_cases(os.path.join(a.out, "relations_cases.json"), x, got, ~is_rule(x))
    print("wrote", a.out)


if __name__ == "__main__":
    main()
