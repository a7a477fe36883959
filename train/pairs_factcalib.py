#!/usr/bin/env python3
"""Calibration of the pair classifier's *facts* on the dev split: each (person, title, org) and
(subject, relation, object) takes its highest probability over the sentences naming both (as
relate/pairs.rs does); its label is whether the gold has it (by name matching, pairs_data.py).
Prints a reliability table (10 bins) and the expected calibration error over the facts with
probability >= --min (default 0.05), and over the emitted ones (>= the thresholds).

  python3 train/pairs_factcalib.py --run train/out/pairs/run2 [--pairs train/out/pairs/pairs.jsonl]
"""
import argparse
import json
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from pairslib import CUR, N_REL, REL_LABELS, ROLES  # noqa: E402
from pairs_train import ece  # noqa: E402


def facts(pairs, probs):
    best = {}
    for r, p in zip(pairs, probs):
        if r["kind"] == "role":
            for k, t in enumerate(ROLES):
                key = ("role", r["doc"], r["e1"]["ent"], t, r["e2"]["ent"])
                y = t in r["roles"]
                q = p[N_REL + k]
                b = best.setdefault(key, [0.0, False])
                b[0] = max(b[0], q); b[1] |= y
        else:
            for k, lab in enumerate(REL_LABELS):
                s, o = (r["e1"]["ent"], r["e2"]["ent"]) if lab.endswith(">") else (r["e2"]["ent"], r["e1"]["ent"])
                key = ("rel", r["doc"], s, lab[:-1], o)
                y = lab in r["rels"]
                b = best.setdefault(key, [0.0, False])
                b[0] = max(b[0], p[k]); b[1] |= y
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--run", required=True)
    ap.add_argument("--pairs", default=os.path.join(HERE, "out/pairs/pairs.jsonl"))
    ap.add_argument("--min", type=float, default=0.05)
    ap.add_argument("--models", default=os.path.join(HERE, "..", "models"))
    a = ap.parse_args()
    pairs = [json.loads(l) for l in open(a.pairs)]
    pairs = [r for r in pairs if r["split"] == "dev"]
    probs = [json.loads(l)["p"] for l in open(os.path.join(a.run, "dev_probs.jsonl"))]
    assert len(pairs) == len(probs)
    thr = json.load(open(os.path.join(a.models, "pairs.json")))["threshold"]
    out = {}
    best = facts(pairs, probs)
    for kind in ("role", "rel"):
        items = [(q, y) for k, (q, y) in best.items() if k[0] == kind and q >= a.min]
        p = np.array([q for q, _ in items]); y = np.array([float(v) for _, v in items])
        e, rows = ece(p, y)
        t = thr["role" if kind == "role" else "relation"]
        sel = p >= t
        e2, _ = ece(p[sel], y[sel]) if sel.any() else (float("nan"), [])
        out[kind] = {"facts_with_p_ge_min": len(items), "ece": round(e, 4), "reliability": rows,
                     "emitted": int(sel.sum()), "emitted_mean_confidence": round(float(p[sel].mean()), 3) if sel.any() else None,
                     "emitted_precision_vs_pair_gold": round(float(y[sel].mean()), 3) if sel.any() else None,
                     "ece_emitted": round(e2, 4)}
        print(kind, json.dumps(out[kind]))
    json.dump(out, open(os.path.join(a.run, "fact_calibration.json"), "w"), indent=1)


if __name__ == "__main__":
    main()
