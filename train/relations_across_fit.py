"""Fits the relation scorer's block for candidates only an anaphor's other reading proposes
(Session 16; crates/newskg-nlp/src/relate/relscore/across.rs), the shipped weights of every other
candidate left as they are.

    python3 train/relations_across_fit.py --data train/out/s16 --base models/relations.onnx --out DIR \
        [--extra news] [--c 0.3] [--weight none] [--threshold 0.5] [--off]

`--data` holds train.jsonl (corpus train dumped with the out-of-fold pair heads,
train/relations_oof_dump.sh), dev.jsonl, news.jsonl (eval/news-train) and check.jsonl
(../shared/eval dev), all from `relations_data.py` with a binary whose vectors carry the across
block (features 326..421: the dense features of an across candidate moved there, then 26 link
features, the first of them 1 for every across candidate). Every other candidate is scored with the
shipped weights (`--base`, 326 features) padded with zeros, so its probability is unchanged.

The across block is a logistic regression over the across candidates of corpus train (and, with
`--extra news`, eval/news-train's), its C, class weighting and threshold chosen by the
out-of-fold relation F1 of the training articles (5-fold grouped by article), counted end to end
at candidate level with the shipped decisions of every other candidate (one direction per pair and
predicate, as relscore::keep). Dev and the check set are only reported. The block's threshold is
folded into its first weight so that one threshold (the shipped one) serves both. `--off` writes the
padded model with the block switched off (every across candidate below the threshold).
"""
import argparse
import json
import os

import numpy as np
import onnx
import onnxruntime as ort
from onnx import numpy_helper
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from linear_onnx import save_logistic, sparse_case
from relations_train import decision, is_rule, keep, load

VERSION = "relations-2026-12-02-across1"
BASE = 326
ACROSS = BASE  # the across block starts here
IND = BASE + 70  # its first link feature: 1 for every across candidate


def logit(p):
    return float(np.log(p / (1 - p)))


def base_weights(path):
    m = onnx.load(path)
    arr = {t.name: numpy_helper.to_array(t) for t in m.graph.initializer}
    return arr["W"].reshape(-1).astype(np.float64), float(arr["b"].reshape(-1)[0])


def f1(rows, p, y, gold, t):
    k = keep(rows, p, t)
    tp = int(y[k].sum())
    pr = tp / len(k) if k else 0.0
    rc = tp / gold if gold else 0.0
    return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0), len(k), tp


def across_kept(rows, p, y, acr, t):
    k = [i for i in keep(rows, p, t) if acr[i]]
    return len(k), int(y[k].sum())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="train/out/s16")
    ap.add_argument("--base", default="models/relations.onnx")
    ap.add_argument("--base-threshold", type=float, default=0.275)
    ap.add_argument("--out", required=True)
    ap.add_argument("--extra", action="append", default=[])
    ap.add_argument("--c", type=float, action="append", default=None)
    ap.add_argument("--weight", choices=["none", "balanced"], action="append", default=None)
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--off", action="store_true")
    a = ap.parse_args()
    wb, bb = base_weights(a.base)
    tb = a.base_threshold
    sets = {}
    for name in ["train", *a.extra, "dev", "check"]:
        rows, x, y, g = load(os.path.join(a.data, f"{name}.jsonl"))
        acr = x[:, IND] > 0
        pb = 1 / (1 + np.exp(-(x[:, :BASE].astype(np.float64) @ wb + bb)))
        sets[name] = dict(rows=rows, x=x, y=y, g=g, acr=acr, pb=pb, groups=np.array([r["article"] for r in rows]))
        d = decision(x, np.where(acr, 0.0, pb))
        pr, rc, f, n, tp = f1(rows, d, y, g, tb)
        print(f"{name}: {len(y)} candidates, across {acr.sum()} ({y[acr].sum()} right); "
              f"base P {pr:.3f} R {rc:.3f} F1 {f:.3f} ({n} kept); gold {g}; "
              f"ceiling with across {(y.sum()) / g:.3f} (without {y[~acr].sum() / g:.3f})")
    train_names = ["train", *a.extra]
    rows = sum((sets[n]["rows"] for n in train_names), [])
    x = np.vstack([sets[n]["x"] for n in train_names])
    y = np.concatenate([sets[n]["y"] for n in train_names])
    acr = np.concatenate([sets[n]["acr"] for n in train_names])
    pb = np.concatenate([sets[n]["pb"] for n in train_names])
    groups = np.concatenate([sets[n]["groups"] for n in train_names])
    part = np.concatenate([np.full(len(sets[n]["y"]), n) for n in train_names])
    xa = x[:, ACROSS:]
    ia = np.where(acr)[0]

    def fit(xx, yy, c, w):
        return LogisticRegression(C=c, max_iter=5000, class_weight=w).fit(xx, yy)

    def oof(c, w):
        p = np.zeros(len(y))
        for tr, te in GroupKFold(5).split(ia, y[ia], groups[ia]):
            if y[ia[tr]].sum() == 0:
                continue
            p[ia[te]] = fit(xa[ia[tr]], y[ia[tr]], c, w).predict_proba(xa[ia[te]])[:, 1]
        return p

    def combined(pa_scaled):
        return decision(x, np.where(acr, pa_scaled, pb))

    def evaluate(pa, t, name=None):
        # across probabilities mapped so that t -> the base threshold
        z = np.clip(pa, 1e-9, 1 - 1e-9)
        sc = 1 / (1 + np.exp(-(np.log(z / (1 - z)) + logit(tb) - logit(t))))
        out = {}
        for n in train_names:
            sel = part == n
            r = [rows[i] for i in np.where(sel)[0]]
            out[n] = f1(r, combined(sc)[sel], y[sel], sets[n]["g"], tb), across_kept(r, combined(sc)[sel], y[sel], acr[sel], tb)
        return out

    if a.off:
        best = None
    else:
        best = None
        cs = a.c or [0.03, 0.1, 0.3, 1.0]
        ws = [None if w == "none" else w for w in (a.weight or ["none", "balanced"])]
        for c in cs:
            for w in ws:
                pa = oof(c, w)
                ts = [a.threshold] if a.threshold else list(np.round(np.arange(0.3, 0.951, 0.05), 3))
                for t in ts:
                    res = evaluate(pa, t)
                    # objective: F1 of the training sets together (true positives over kept and gold)
                    tp = sum(res[n][0][4] for n in train_names)
                    kept = sum(res[n][0][3] for n in train_names)
                    gold = sum(sets[n]["g"] for n in train_names)
                    f = 2 * tp / (kept + gold)
                    line = "  ".join(f"{n} F1 {res[n][0][2]:.4f} across kept {res[n][1][0]} right {res[n][1][1]}"
                                     for n in train_names)
                    print(f"C={c} w={w} t={t}: {line}  (joint F1 {f:.4f})")
                    if best is None or f > best[0] + 1e-9:
                        best = (f, c, w, t)
        print("chosen (out-of-fold):", best)
    # final fit
    if best is None:
        wa = np.zeros(x.shape[1] - ACROSS)
        wa[IND - ACROSS] = -30.0 - bb
        t = None
    else:
        _, c, w, t = best
        m = fit(xa[ia], y[ia], c, w)
        wa = m.coef_.reshape(-1).astype(np.float64).copy()
        wa[IND - ACROSS] += float(m.intercept_[0]) - bb + logit(tb) - logit(t)
    W = np.concatenate([wb, wa]).astype(np.float32)
    os.makedirs(a.out, exist_ok=True)
    save_logistic(os.path.join(a.out, "relations.onnx"), W, np.array([bb], dtype=np.float32), "newskg_relations")
    json.dump({"version": VERSION if best else VERSION + "-off", "features": int(x.shape[1]), "threshold": tb,
               "C": 0.3, "class_weight": None,
               "across": None if best is None else {"C": best[1], "class_weight": best[2], "threshold": best[3]}},
              open(os.path.join(a.out, "relations.json"), "w"), indent=1)
    sess = ort.InferenceSession(os.path.join(a.out, "relations.onnx"))
    for name in ["dev", "check", *a.extra, "train"]:
        s = sets[name]
        got = sess.run(None, {"features": s["x"]})[0][:, 0]
        d = decision(s["x"], got)
        pr, rc, f, n, tp = f1(s["rows"], d, s["y"], s["g"], tb)
        ka, ra = across_kept(s["rows"], d, s["y"], s["acr"], tb)
        same = np.abs(got[~s["acr"]] - s["pb"][~s["acr"]]).max() if (~s["acr"]).any() else 0
        print(f"final {name}: P {pr:.3f} R {rc:.3f} F1 {f:.3f} ({n} kept); across kept {ka}, right {ra}; "
              f"max |p - base| off the block {same:.2e}" + (" (in-sample)" if name in train_names else ""))
    s = sets["dev"]
    got = sess.run(None, {"features": s["x"]})[0][:, 0]
    mine = ~is_rule(s["x"])
    rng = np.random.default_rng(7)
    hi = np.where(mine & (got >= 0.5))[0]
    lo = np.where(mine & (got < 0.5) & ~s["acr"])[0]
    ac = np.where(mine & s["acr"])[0]
    idx = sorted(rng.choice(hi, min(4, len(hi)), replace=False).tolist()
                 + rng.choice(ac, min(4, len(ac)), replace=False).tolist())
    idx = sorted(idx + rng.choice(lo, 12 - len(idx), replace=False).tolist())
    json.dump([sparse_case(s["x"][i], got[i]) for i in idx], open(os.path.join(a.out, "relations_cases.json"), "w"))
    print("wrote", a.out)


if __name__ == "__main__":
    main()
