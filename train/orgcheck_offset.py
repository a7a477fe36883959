"""Adds the document cues (features 55 onwards of `newskg extract --output orgcheck-features`) to the
shipped person and place check without refitting it (card models/TYPING.md, session 23): the old
weights and bias stay as they are, and only the new features' weights are fitted, by a logistic
regression whose offset is the old model's logit. A row where no new cue fires keeps exactly the
old probability, so the old model's decisions move only where the article's other names say something.

    python3 train/orgcheck_train.py --bin $CARGO_TARGET_DIR/release/newskg --train-gold eval/corpus/train \\
        --train-gold eval/news-train --dev-gold eval/corpus/dev --models train/out/oc --dump train/out/oc/rows.jsonl
    python3 train/orgcheck_offset.py --rows train/out/oc/rows.jsonl --base models --models models

L2 strength chosen out of fold (5 folds by article, as orgcheck_train.py) at the base threshold: the largest
fixed - broken with at least --ratio fixed per broken. Writes orgcheck.onnx, orgcheck.json and orgcheck_cases.json."""
import argparse
import json
import os
import sys

import numpy as np
import onnx
from onnx import numpy_helper
from scipy.optimize import minimize

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from linear_onnx import save_logistic, sparse_case  # noqa: E402

VERSION = "orgcheck-2026-12-03-lr1-doc1"


def base_model(folder):
    m = onnx.load(os.path.join(folder, "orgcheck.onnx"))
    init = {i.name: numpy_helper.to_array(i) for i in m.graph.initializer}
    meta = json.load(open(os.path.join(folder, "orgcheck.json")))
    return init["W"].reshape(-1).astype(np.float64), float(init["b"].reshape(-1)[0]), meta


def fit_new(xn, off, y, lam):
    """Weights of the new features: logistic loss with offset `off`, L2 strength `lam`."""
    def loss(w):
        z = off + xn @ w
        p = 1 / (1 + np.exp(-z))
        eps = 1e-9
        nll = -np.sum(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))
        grad = xn.T @ (p - y) + lam * w
        return nll + 0.5 * lam * w @ w, grad
    return minimize(loss, np.zeros(xn.shape[1]), jac=True, method="L-BFGS-B").x


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", required=True)
    ap.add_argument("--base", default="models", help="folder of the model whose weights stay")
    ap.add_argument("--models", required=True, help="where to write the extended model")
    ap.add_argument("--ratio", type=float, default=3.0)
    a = ap.parse_args()
    w0, b0, meta = base_model(a.base)
    k = len(w0)
    t = meta["threshold"]
    rows = [json.loads(line) for line in open(a.rows)]
    x = np.array([r["features"] for r in rows], dtype=np.float64)
    y = np.array([-1 if r["label"] is None else r["label"] for r in rows])
    off = x[:, :k] @ w0 + b0
    xn = x[:, k:]
    groups = sorted({r["group"] for r in rows})
    fold_of = {g: i % 5 for i, g in enumerate(groups)}
    fold = np.array([fold_of[r["group"]] for r in rows])
    lab = y >= 0

    def count(p):
        flip = p >= t
        return int(((y == 1) & flip).sum()), int(((y == 0) & flip).sum()), int(((y == -1) & flip).sum())
    base = count(1 / (1 + np.exp(-off)))
    print(f"base model at {t}: fixed {base[0]}, broken {base[1]}, junk {base[2]} (of {int((y == 1).sum())})")
    best = None
    for lam in (0.3, 1.0, 3.0, 10.0, 30.0):
        oof = np.zeros(len(y))
        for f in range(5):
            tr = lab & (fold != f)
            w = fit_new(xn[tr], off[tr], y[tr], lam)
            te = fold == f
            oof[te] = 1 / (1 + np.exp(-(off[te] + xn[te] @ w)))
        fx, br, jk = count(oof)
        gain = (fx - base[0]) - (br - base[1])
        ok = fx - base[0] >= a.ratio * max(0, br - base[1])
        print(f"  L2 {lam}: out of fold fixed {fx}, broken {br}, junk {jk}; net gain over base {gain}")
        if ok and (best is None or gain > best[0]):
            best = (gain, lam, (fx, br, jk), oof)
    gain, lam, (fx, br, jk), oof = best
    w = fit_new(xn[lab], off[lab], y[lab], lam)
    full = 1 / (1 + np.exp(-(off + xn @ w)))
    old = 1 / (1 + np.exp(-off))
    for r, p, q, o in zip(rows, oof, old, full):
        if (p >= t) != (q >= t):
            print(f"    oof {p:.2f} base {q:.2f} label {r['label']} {r['kind']:>8} {r['article'][:50]} | {r['name']}")
    print(f"chosen L2 {lam}: new weights " + ", ".join(f"{v:+.2f}" for v in w))
    os.makedirs(a.models, exist_ok=True)
    wall = np.concatenate([w0, w])
    save_logistic(os.path.join(a.models, "orgcheck.onnx"), wall, b0, "orgcheck")
    out = dict(meta, version=VERSION, features=int(x.shape[1]), doc_cues={
        "base": meta["version"], "l2": lam, "train": "rows of " + a.rows,
        "oof": {"fixed": fx, "broken": br, "junk": jk}, "base_at_threshold": dict(zip(("fixed", "broken", "junk"), base))})
    json.dump(out, open(os.path.join(a.models, "orgcheck.json"), "w"), indent=1)
    import onnxruntime as ort
    sess = ort.InferenceSession(os.path.join(a.models, "orgcheck.onnx"))
    pick = list(np.argsort(-full)[:6]) + [i for i in range(len(rows)) if xn[i].any()][:6]
    xt = x[pick].astype(np.float32)
    got = sess.run(None, {"features": xt})[0][:, 0]
    cases = [sparse_case(xt[i], got[i]) for i in range(len(pick))]
    json.dump({"version": VERSION, "features": int(x.shape[1]), "cases": cases},
              open(os.path.join(a.models, "orgcheck_cases.json"), "w"))


if __name__ == "__main__":
    main()
