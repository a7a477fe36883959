"""Out-of-fold end-to-end figures for the person and place check (models/TYPING.md): five models,
each fitted without one fold of a gold folder's articles (the same folds as orgcheck_train.py:
every fifth article of the sorted ones that have a person or place), each scoring its held-out
articles with ../shared/eval/score.py through a models folder that links every other shipped file;
the counts are summed.

    python3 train/orgcheck_train.py ... --dump train/out/orgcheck/rows.jsonl
    python3 train/orgcheck_oof.py --bin $CARGO_TARGET_DIR/release/newskg --rows train/out/orgcheck/rows.jsonl \\
        --gold eval/corpus/train --out train/out/orgcheck/oof [--C 3 --threshold 0.7]

Rows of other folders in the dump are always in the training side."""
import argparse
import json
import os
import shutil
import subprocess
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from linear_onnx import save_logistic  # noqa: E402
from score_counts import SCORE, add_counts, score_counts  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--rows", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--models", default=os.path.join(HERE, "..", "models"))
    ap.add_argument("--score", default=SCORE)
    ap.add_argument("--C", type=float, default=3.0)
    ap.add_argument("--threshold", type=float, default=0.7)
    a = ap.parse_args()
    gold = os.path.normpath(a.gold)
    rows = [json.loads(line) for line in open(a.rows)]
    mine = [r for r in rows if os.path.normpath(r["group"].rsplit("/", 1)[0]) == gold]
    others = [r for r in rows if r not in mine]
    groups = sorted({r["group"] for r in mine})
    fold_of = {g: i % 5 for i, g in enumerate(groups)}
    prefix = mine[0]["group"].rsplit("/", 1)[0]
    for fn in sorted(os.listdir(gold)):  # articles without a person or place: any fold
        if fn.endswith(".json"):
            fold_of.setdefault(prefix + "/" + fn[:-5], 0)
    total = {}
    for k in range(5):
        train = [r for r in mine + others if r["label"] is not None and fold_of.get(r["group"], -1) != k]
        x = np.array([r["features"] for r in train], dtype=np.float32)
        y = np.array([r["label"] for r in train])
        m = LogisticRegression(C=a.C, max_iter=5000).fit(x, y)
        d = os.path.join(a.out, f"fold{k}")
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(os.path.join(d, "models"))
        os.makedirs(os.path.join(d, "gold"))
        for f in os.listdir(a.models):
            if not f.startswith("orgcheck"):
                os.symlink(os.path.abspath(os.path.join(a.models, f)), os.path.join(d, "models", f))
        save_logistic(os.path.join(d, "models", "orgcheck.onnx"), m.coef_[0], m.intercept_[0], "orgcheck")
        json.dump({"version": f"oof{k}", "features": int(x.shape[1]), "threshold": a.threshold},
                  open(os.path.join(d, "models", "orgcheck.json"), "w"))
        for g, f in fold_of.items():
            if f == k:
                name = g.rsplit("/", 1)[1] + ".json"
                os.symlink(os.path.abspath(os.path.join(gold, name)), os.path.join(d, "gold", name))
        env = dict(os.environ, NEWSKG_MODELS=os.path.join(d, "models"))
        cmd = ["python3", a.score, "--bin", a.bin, "--gold", os.path.join(d, "gold"), "--json", os.path.join(d, "s.json")]
        subprocess.run(cmd, env=env, check=True, capture_output=True)
        add_counts(total, score_counts(os.path.join(d, "s.json")))

    def prf(c):
        tp, n, tg, g = total[c]
        p = tp / n if n else 1.0
        r = tg / g if g else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)
    for c in sorted(total):
        p, r, f = prf(c)
        print(f"{c:<24}{p:7.3f}{r:7.3f}{f:7.3f}   {total[c][1]}/{total[c][3]}")
    print("macro F1 (out of fold):", round(sum(prf(c)[2] for c in ["entities", "roles", "relations", "outages", "dates"]) / 5, 3))


if __name__ == "__main__":
    main()
