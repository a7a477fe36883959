"""Per-predicate acceptance thresholds of the relation scorer, chosen out of fold on pooled data.

    python3 train/relations_thresholds.py --data DIR [--c 0.3] [--folds 5]

DIR holds train.jsonl (corpus train with out-of-fold pair features, train/relations_oof_dump.sh),
dev.jsonl and news.jsonl (corpus dev, eval/news-train; train/relations_data.py). The three are
pooled; 5 folds grouped by article; in each fold the scorer is refitted (C fixed, unweighted:
the shipped recipe) on the other folds and gives the held-out candidates their probabilities.
Over those out-of-fold probabilities, (a) the shipped single threshold, (b) one threshold per
predicate chosen on all of them (coordinate ascent over 0.2..0.9), and (c) the same chosen in a
nested way (each outer fold's thresholds chosen on the other folds only) are scored per set:
relations P / R / F1 at candidate level, a pattern's candidate always kept, one direction per
pair and predicate, recall against every gold relation (found or not).
"""
import argparse
import json
import os
import sys
from collections import defaultdict

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from relations_train import keep, load  # noqa: E402

PREDS = ["ParentOrganization", "Provider", "Acquired", "Partner"]
GRID = [round(t, 3) for t in np.arange(0.2, 0.901, 0.025)]


def prf(rows, dec, y, gold, thr, sel=None):
    idx = [i for i in keep(rows, dec, thr) if sel is None or sel[i]]
    tp = int(sum(y[i] for i in idx))
    p = tp / len(idx) if idx else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), len(idx), tp


def choose(rows, dec, y, gold, base):
    thr = {k: base for k in PREDS}
    for _ in range(3):
        for k in PREDS:
            best = None
            for t in GRID:
                cand = dict(thr, **{k: t})
                f = prf(rows, dec, y, gold, cand)[2]
                # ties go to the shipped threshold, then to the higher one
                key = (round(f, 9), t == base, t)
                if best is None or key > best[0]:
                    best = (key, t)
            thr[k] = best[1]
    return thr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--c", type=float, default=0.3)
    ap.add_argument("--base", type=float, default=0.275)
    ap.add_argument("--folds", type=int, default=5)
    a = ap.parse_args()
    rows, golds = [], {}
    for tag in ("train", "dev", "news"):
        r, _, _, g = load(f"{a.data}/{tag}.jsonl")
        for row in r:
            row["set"] = tag
        rows += r
        golds[tag] = g
    x = np.array([r["features"] for r in rows], dtype=np.float32)
    y = np.array([r["label"] for r in rows])
    groups = np.array([r["set"] + "/" + r["article"] for r in rows])
    rule = x[:, 11] > 0
    oof = np.zeros(len(rows))
    fold_of = np.zeros(len(rows), dtype=int)
    for f, (tr, te) in enumerate(GroupKFold(n_splits=a.folds).split(x, y, groups)):
        m = LogisticRegression(C=a.c, max_iter=5000).fit(x[tr], y[tr])
        oof[te] = m.predict_proba(x[te])[:, 1]
        fold_of[te] = f
    dec = np.where(rule, 1.0 + x[:, 10], oof)
    sets = np.array([r["set"] for r in rows])
    # gold per fold and set: an article's gold sits on its first line
    gold_fs = defaultdict(int)
    for tag in ("train", "dev", "news"):
        for line in open(f"{a.data}/{tag}.jsonl"):
            r = json.loads(line)
            g = r.get("gold", 0)
            if g:
                key = tag + "/" + r["article"]
                # the fold of an article without candidates: none (counts for recall in the set only)
                idx = np.where(groups == key)[0]
                gold_fs[(int(fold_of[idx[0]]) if len(idx) else -1, tag)] += g
    total = sum(golds.values())
    base = {k: a.base for k in PREDS}
    chosen = choose(rows, dec, y, total, a.base)
    print("chosen on all out-of-fold probabilities:", chosen)
    # nested: each outer fold's thresholds from the other folds
    nested = {}
    for f in range(a.folds):
        sel = fold_of != f
        sub = [r for r, s in zip(rows, sel) if s]
        g = sum(v for (ff, _), v in gold_fs.items() if ff != f)
        nested[f] = choose(sub, dec[sel], y[sel], g, a.base)
        print("fold", f, nested[f])
    dec_n = dec.copy()
    # apply per-fold thresholds by shifting each candidate's decision against its fold's threshold
    for i, r in enumerate(rows):
        t = nested[fold_of[i]][r["predicate"]]
        dec_n[i] = dec[i] - t + a.base if not rule[i] else dec[i]
    print("\nset       base P/R/F1 (kept)          per-predicate (all)          per-predicate (nested)")
    for tag in ("train", "dev", "news", "all"):
        s = (sets == tag) if tag != "all" else np.ones(len(rows), bool)
        g = golds[tag] if tag != "all" else total
        out = []
        for d, t in ((dec, base), (dec, chosen), (dec_n, base)):
            p, rc, f1, n, tp = prf(rows, d, y, g, t, s)
            out.append("%.3f/%.3f/%.3f (%d)" % (p, rc, f1, n))
        print("%-6s  " % tag + "   ".join(out))
    print("\nper predicate, all sets (base -> chosen):")
    for k in PREDS:
        s = np.array([r["predicate"] == k for r in rows])
        pb = prf(rows, dec, y, 1, base, s)
        pc = prf(rows, dec, y, 1, chosen, s)
        print("  %-18s kept %d (right %d, P %.3f) -> %d (right %d, P %.3f)" % (k, pb[3], pb[4], pb[0], pc[3], pc[4], pc[0]))


if __name__ == "__main__":
    main()
