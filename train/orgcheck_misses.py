"""Why the person and place check (models/orgcheck.onnx, card models/TYPING.md) leaves an
organisation a person or place: for every labelled row of a dump (`train/orgcheck_train.py
--dump ROWS`) whose gold entity is an organisation, the model's probability and the features that
push it down most against a typical row (weight x (value - mean value of all labelled rows)). Counts by
reason follow.

    python3 train/orgcheck_misses.py --rows train/out/orgcheck/rows.jsonl [--models models] [--below 0.7]

Reads models/orgcheck.json for the threshold when --below is not given."""
import argparse
import collections
import json
import os

import numpy as np
import onnx
from onnx import numpy_helper

NAMES = (["Location"] + [f"typing:{i}" for i in (list(range(3, 14)) + list(range(15, 19)) + [20] + list(range(22, 25))
                                                 + list(range(27, 49)) + [51, 52])]
         + ["person word before", "place preposition before", "legal suffix after", "surname of a person",
            "known place", "demonym", "person one word", "person capitals", "person the", "place not known",
            "place mixed", "listed with an organisation", "listed with a person", "person in an employer's slot",
            "person named in full again, never by surname", "person's surname alone",
            "first pronoun after is personal", "first pronoun after is its", "apposition naming a body"])
TYPING = {3: "mention kind Company", 4: "mention kind Organization", 5: "mention kind Person", 6: "mention kind Service",
          7: "mention kind Location", 8: "source model", 11: "mean confidence", 12: "max confidence", 13: "mentions", 15: "one word", 16: "two words", 17: "three+ words", 18: "all capitals",
          27: "the before", 28: "possessive after", 30: "sentence start", 31: "company word after", 36: "title before",
          37: "title after"}


def weights(path):
    m = onnx.load(path)
    inits = {i.name: numpy_helper.to_array(i) for i in m.graph.initializer}
    mats = [v for v in inits.values() if v.ndim == 2]
    vecs = [v for v in inits.values() if v.ndim <= 1]
    return mats[0].reshape(-1), float(np.asarray(vecs[0]).reshape(-1)[0]) if vecs else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", required=True)
    ap.add_argument("--models", default="models")
    ap.add_argument("--below", type=float)
    a = ap.parse_args()
    meta = json.load(open(os.path.join(a.models, "orgcheck.json")))
    t = a.below if a.below is not None else meta["threshold"]
    w, b = weights(os.path.join(a.models, "orgcheck.onnx"))
    rows = [json.loads(line) for line in open(a.rows)]
    rows = [r for r in rows if r["label"] is not None and len(r["features"]) == len(w)]
    mean = np.array([r["features"] for r in rows], dtype=np.float64).mean(axis=0)
    rows = [r for r in rows if r["label"] == 1]
    why = collections.Counter()
    for r in rows:
        x = np.array(r["features"], dtype=np.float64)
        z = float(w @ x + b)
        p = 1 / (1 + np.exp(-z))
        if p >= t:
            continue
        contrib = w * (x - mean)
        low = np.argsort(contrib)[:3]
        def name(i):
            n = NAMES[i] if i < len(NAMES) else f"feature {i}"
            if n.startswith("typing:"):
                n = TYPING.get(int(n[7:]), n)
            return n
        why[name(low[0])] += 1
        print(f"{p:.2f} {r['kind']:<8} {r['article'][:50]:<50} | {r['name']} | down: "
              + ", ".join(f"{name(i)} {contrib[i]:+.2f}" for i in low))
    print(f"\n{len(rows)} organisations typed person/place; below {t}: {sum(why.values())}; strongest push down:")
    for k, v in why.most_common():
        print(f"  {v:4d} {k}")


if __name__ == "__main__":
    main()
