"""Out-of-fold comparison of two relation-scorer recipes on the corpus train rows (session 30, lane scorer30).

    python3 train/relations_oof_compare.py --train train/out/rel30/train.jsonl --extra train/out/rel30/news.jsonl \
        --blend-with /tmp/news1 --only-b train/out/rel30/new90.jsonl --shipped F=models

The train rows are split 5-fold by article (sorted article ids, i mod 5). For each fold both recipes are fitted on
the other four folds' rows plus every --extra row (logistic regression, C 0.3, no class weighting, pattern
candidates left out of the fit, as relations_train.py), blended with --blend-with's weights at --alpha (as
relations_blend.py), and the held-out fold's candidates are decided at --threshold. Recipe A trains only on the
rows of articles that are NOT in --only-b (session 29's F: the 503 fold-encoder articles); recipe B trains on
every row (G: the same plus the articles of --only-b). --shipped NAME=FOLDER adds a fixed relations.onnx scored on
the same rows (in sample wherever it was fitted on them).

Two figures per scorer, each for all articles and for the --only-b articles and the rest apart:
- candidate level: P / R / F1 of the kept candidates against the candidates labelled right (recall within what
  the candidates could find);
- article level: the kept relations (one direction per pair and predicate, as the Rust side keeps them) against
  every gold relation of the articles (found by a candidate or not), pooled over articles, and the mean of the
  per-article F1 over articles with a gold or a kept relation.
A paired bootstrap over articles (2,000 draws, seed 1) gives B - A on the pooled article-level F1.
"""
import argparse
import json
import os
from collections import defaultdict

import numpy as np
import onnxruntime as ort
from sklearn.linear_model import LogisticRegression

from linear_onnx import load_linear
from relations_train import decision, is_rule, keep


def read(path):
    """Rows with features, and each article's gold relation count (every article that has a line)."""
    rows, gold = [], defaultdict(int)
    for line in open(path):
        r = json.loads(line)
        gold[r["article"]] += r.get("gold", 0)
        if r.get("features") is not None:
            rows.append(r)
    return rows, dict(gold)


def fit_blend(x, y, c, base, alpha):
    """The logistic fit's weights averaged with `base` (weights, bias): (1 - alpha) * base + alpha * fit."""
    m = LogisticRegression(C=c, max_iter=5000).fit(x, y)
    w = (1 - alpha) * base[0].reshape(-1) + alpha * m.coef_.reshape(-1)
    b = (1 - alpha) * float(base[1].reshape(-1)[0]) + alpha * float(m.intercept_[0])
    return w, b


def prob(x, w, b):
    return 1.0 / (1.0 + np.exp(-(x.astype(np.float64) @ w.astype(np.float64) + b)))


def counts(rows, y, score, t, gold, arts):
    """Per article: (kept right, kept, candidates right, gold) at threshold t, for the articles `arts`."""
    sel = [i for i, r in enumerate(rows) if r["article"] in arts]
    out = {a: [0, 0, 0, gold.get(a, 0)] for a in arts}
    for i in sel:
        out[rows[i]["article"]][2] += int(y[i])
    sub = [rows[i] for i in sel]
    for j in keep(sub, score[sel], t):
        i = sel[j]
        out[rows[i]["article"]][0] += int(y[i])
        out[rows[i]["article"]][1] += 1
    return out


def f1(tp, n, g):
    p = tp / n if n else 0.0
    r = tp / g if g else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def summary(per):
    v = np.array(list(per.values()), dtype=float).reshape(-1, 4)
    tp, n, cand, g = v.sum(axis=0)
    cp, cr, cf = f1(tp, n, cand)
    ap, ar, af = f1(tp, n, g)
    arts = [f1(a, b, d)[2] for a, b, _, d in v if b or d]
    return {"cand": (cp, cr, cf), "art": (ap, ar, af), "kept": int(n), "right": int(tp), "gold": int(g),
            "art_mean": float(np.mean(arts)) if arts else 0.0}


def pooled_f1(v):
    return f1(v[:, 0].sum(), v[:, 1].sum(), v[:, 3].sum())[2]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", required=True)
    ap.add_argument("--extra", action="append", default=[])
    ap.add_argument("--blend-with", required=True,
                    help="a models folder whose relations.onnx the fits are blended with")
    ap.add_argument("--alpha", type=float, default=0.5)
    ap.add_argument("--c", type=float, default=0.3)
    ap.add_argument("--threshold", type=float, default=0.275)
    ap.add_argument("--only-b", required=True, help="a relations_data.py dump: its articles are trained on by B only")
    ap.add_argument("--shipped", action="append", default=[], help="NAME=FOLDER: a fixed relations.onnx scored too")
    ap.add_argument("--folds", type=int, default=5)
    a = ap.parse_args()

    rows, gold = read(a.train)
    x = np.array([r["features"] for r in rows], dtype=np.float32)
    y = np.array([r["label"] for r in rows])
    extra = [read(p)[0] for p in a.extra]
    xe = np.array([r["features"] for rs in extra for r in rs], dtype=np.float32).reshape(-1, x.shape[1])
    ye = np.array([r["label"] for rs in extra for r in rs])
    only_b = set(read(a.only_b)[1])
    arts = sorted(gold)
    fold = {art: i % a.folds for i, art in enumerate(arts)}
    fr = np.array([fold[r["article"]] for r in rows])
    in_b = np.array([r["article"] in only_b for r in rows])
    base = load_linear(os.path.join(a.blend_with, "relations.onnx"))
    fe = ~is_rule(xe)
    print(f"train rows {len(rows)} ({y.sum()} right) of {len(arts)} articles ({sum(gold.values())} gold); "
          f"B-only articles {len(only_b & set(arts))} ({int(in_b.sum())} rows); extra rows {len(ye)}")

    scores = {"A (without the B-only articles)": np.zeros(len(rows)), "B (all rows)": np.zeros(len(rows))}
    for k in range(a.folds):
        test = fr == k
        for name, use in (("A (without the B-only articles)", ~test & ~in_b), ("B (all rows)", ~test)):
            fit_rows = use & ~is_rule(x)
            xf, yf = np.vstack([x[fit_rows], xe[fe]]), np.concatenate([y[fit_rows], ye[fe]])
            w, b = fit_blend(xf, yf, a.c, base, a.alpha)
            scores[name][test] = prob(x[test], w, b)
    for spec in a.shipped:
        name, folder = spec.split("=", 1)
        sess = ort.InferenceSession(os.path.join(folder, "relations.onnx"))
        scores[f"{name} (fixed)"] = sess.run(None, {"features": x})[0][:, 0].astype(np.float64)

    parts = (("all", set(arts)), ("B-only articles", only_b & set(arts)), ("the rest", set(arts) - only_b))
    per = {}
    print(f"| scorer | part | candidate P / R / F1 | article P / R / F1 (kept, right, gold) | mean article F1 |")
    print("| --- | --- | --- | --- | --- |")
    for name, s in scores.items():
        d = decision(x, s)
        per[name] = counts(rows, y, d, a.threshold, gold, set(arts))
        for pname, pa in parts:
            sm = summary({art: per[name][art] for art in pa})
            c, r = sm["cand"], sm["art"]
            print(f"| {name} | {pname} ({len(pa)}) | {c[0]:.3f} / {c[1]:.3f} / {c[2]:.3f} | {r[0]:.3f} / {r[1]:.3f} / "
                  f"{r[2]:.3f} ({sm['kept']}, {sm['right']}, {sm['gold']}) | {sm['art_mean']:.3f} |")
    na, nb = "A (without the B-only articles)", "B (all rows)"
    rng = np.random.default_rng(1)
    for pname, pa in parts:
        pa = sorted(pa)
        va = np.array([per[na][art] for art in pa], dtype=float)
        vb = np.array([per[nb][art] for art in pa], dtype=float)
        obs = pooled_f1(vb) - pooled_f1(va)
        ds = []
        for _ in range(2000):
            i = rng.integers(0, len(pa), len(pa))
            ds.append(pooled_f1(vb[i]) - pooled_f1(va[i]))
        ds = np.array(ds)
        lo, hi = np.percentile(ds, 2.5), np.percentile(ds, 97.5)
        print(f"B - A article-level F1, {pname}: {obs:+.4f} [{lo:+.4f}, {hi:+.4f}], P(B>A) {np.mean(ds > 0):.2f}, "
              f"P(=) {np.mean(ds == 0):.2f}")


if __name__ == "__main__":
    main()
