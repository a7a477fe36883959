#!/usr/bin/env python3
"""Article-level F1 of the shipped pair head against a refit head on the same marker vectors (session 25).

    python3 train/pairs_vec_compare.py --vectors train/out/pairs/vec.npz --pairs train/out/pairs/pairs.jsonl \
        --head train/out/pairs/h25 --oof train/out/voof [--seen FILE]

The shipped head's probabilities are its own logits kept in VEC.npz (`pairs_onnx_head.py vectors`, the int8
graph) over the temperatures of models/pairs.json; the refit head (`pairs_vec_head.py train`, fp32 on the int8
vectors) is scored on the dev pairs, and the fold heads OOF/head0..4 (`pairs_vec_oof.sh`) each on the corpus
train articles it was trained without (out of fold). --seen lists article ids (one a line) the shipped head
was fitted on: the train figures are then repeated on the other articles only, where both are out of sample.
Prints F1 of relations and roles (`pairs_metrics.doc_level`) at 0.5, 0.6, 0.7 and 0.75.
"""
import argparse
import json
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from pairs_metrics import doc_level, head_logits, sig, temperature_vector  # noqa: E402


def head_probs(folder, x):
    h = np.load(os.path.join(folder, "head.npz"))
    return sig(head_logits(x, h["w0"], h["b0"], h["w3"], h["b3"]) / temperature_vector(*h["temps"]))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--vectors", required=True)
    ap.add_argument("--pairs", required=True)
    ap.add_argument("--head", required=True)
    ap.add_argument("--oof", required=True)
    ap.add_argument("--shipped", default=os.path.join(HERE, "..", "models", "pairs.json"))
    ap.add_argument("--seen", default=None)
    a = ap.parse_args()
    z = np.load(a.vectors)
    pos = {(str(f), int(i)): k for k, (f, i) in enumerate(zip(z["files"], z["lines"]))}
    recs = [json.loads(line) for line in open(a.pairs)]
    idx = [pos[(os.path.basename(a.pairs), i)] for i in range(len(recs))]
    x, logits = z["vectors"][idx], z["logits"][idx]
    t = json.load(open(a.shipped))["temperature"]
    shipped = sig(logits / temperature_vector(t["relation"], t["role"], t["current"]))
    refit = head_probs(a.head, x)
    oof = np.zeros_like(shipped)
    tr = [i for i, r in enumerate(recs) if r["split"] == "train"]
    done = np.zeros(len(recs), bool)
    for k in range(5):
        folder = os.path.join(a.oof, f"head{k}")
        out = set(json.load(open(os.path.join(folder, "fold_docs.json"))))
        m = np.array([r["split"] == "train" and r["doc"] in out for r in recs])
        oof[m] = head_probs(folder, x)[m]
        done |= m
    missing = sum(1 for i in tr if not done[i])
    if missing:
        sys.exit(f"{missing} train pairs belong to no fold")
    dv = [i for i, r in enumerate(recs) if r["split"] == "dev"]
    sets = [("dev", dv, shipped, refit), ("train out of fold", tr, shipped, oof)]
    if a.seen:
        seen = {line.strip() for line in open(a.seen) if line.strip()}
        un = [i for i in tr if recs[i]["doc"] not in seen]
        sets.append((f"train, {len({recs[i]['doc'] for i in un})} articles the shipped head never saw", un, shipped, oof))
    for name, ii, p0, p1 in sets:
        for thr in (0.5, 0.6, 0.7, 0.75):
            r0 = doc_level([recs[i] for i in ii], p0[ii], thr, thr)
            r1 = doc_level([recs[i] for i in ii], p1[ii], thr, thr)
            print(f"{name} @ {thr}: shipped relations {r0['rel']['f1']:.3f} roles {r0['role']['f1']:.3f} | "
                  f"refit relations {r1['rel']['f1']:.3f} roles {r1['role']['f1']:.3f}")


if __name__ == "__main__":
    main()
