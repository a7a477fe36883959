"""An outage provider model whose weights blend the shipped model's with a refit's (the same 541 features):
share * shipped + (1 - share) * refit, the refit being the lr3 recipe (balanced classes, C) fitted on all the
training dumps given. Averaging two logistic models' weights averages their logits: the refit shrunk towards the
model it replaces (as the relation scorer of session 24; session 25, models/OUTAGES.md). The margin is the shipped
one. Writes outages.onnx, outages.json and outages_cases.json (12 candidate vectors of `--cases` with the
probabilities onnxruntime gives, for the Rust test) to `--out`.

    python train/outages_blend.py --shipped models --share 0.75 --c 0.1 \\
        --train out/outages/prov-{train,invented,detect_invented,news_invented}.jsonl \\
        --gold ../eval/corpus/train data/outages_{invented,detect_invented,news_invented}.jsonl \\
        --cases out/outages/prov-nt.jsonl --out MODELS --version outages-2026-12-03-lr3mix
"""
import argparse
import json
import os

import numpy as np
import onnxruntime as ort
from sklearn.linear_model import LogisticRegression

from linear_onnx import load_linear, save_logistic, sparse_case
from outages_train import golds, load


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shipped", required=True, help="the folder of the model blended in (outages.onnx, .json)")
    ap.add_argument("--share", type=float, required=True, help="the shipped model's share of the weights")
    ap.add_argument("--c", type=float, required=True)
    ap.add_argument("--train", nargs="+", required=True)
    ap.add_argument("--gold", nargs="+", required=True)
    ap.add_argument("--cases", required=True, help="a dump whose first 12 candidates become the Rust test's cases")
    ap.add_argument("--out", required=True)
    ap.add_argument("--version", required=True)
    a = ap.parse_args()
    tr = load(a.train, golds(a.gold))
    xt = np.concatenate([g[0] for g in tr])
    yt = np.concatenate([g[1] for g in tr])
    m = LogisticRegression(C=a.c, max_iter=5000, class_weight="balanced").fit(xt, yt)
    w0, b0 = load_linear(os.path.join(a.shipped, "outages.onnx"))
    w0 = np.asarray(w0, dtype=np.float64).reshape(-1)
    b0 = float(np.asarray(b0).reshape(-1)[0])
    w = a.share * w0 + (1 - a.share) * m.coef_[0]
    b = a.share * b0 + (1 - a.share) * m.intercept_[0]
    os.makedirs(a.out, exist_ok=True)
    path = os.path.join(a.out, "outages.onnx")
    save_logistic(path, w, b, "outages")
    meta = json.load(open(os.path.join(a.shipped, "outages.json")))
    meta.update({"version": a.version, "blend": {"shipped": meta["version"], "shipped_share": a.share,
                                                 "refit_C": a.c, "refit_outages": len(tr),
                                                 "refit_candidates": int(len(xt))}})
    json.dump(meta, open(os.path.join(a.out, "outages.json"), "w"), indent=1)
    with open(a.cases) as f:
        rows = [json.loads(line)["features"] for _, line in zip(range(12), f)]
    xc = np.array(rows, dtype=np.float32) if rows else xt[:12]
    got = ort.InferenceSession(path).run(None, {"features": xc.astype(np.float32)})[0][:, 0]
    want = 1 / (1 + np.exp(-(xc @ w + b)))
    print("max |onnx - numpy| on the cases:", float(np.abs(got - want).max()))
    cases = [sparse_case(x, p) for x, p in zip(xc, got)]
    json.dump({"version": a.version, "features": int(xt.shape[1]), "cases": cases},
              open(os.path.join(a.out, "outages_cases.json"), "w"))
    print("wrote", path, "share", a.share, "C", a.c, "refit on", len(tr), "outages")


if __name__ == "__main__":
    main()
