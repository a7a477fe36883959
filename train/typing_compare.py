"""Scores a models folder's typing model (typing.onnx with the margin / drop of its typing.json) on
typing_data.py dumps, per kind, next to no model, on the same rows; optionally only the articles
NOT in a given gold folder of an earlier commit (so that a model is compared where it was not
trained).

    python3 train/typing_compare.py --models models --set train.jsonl=eval/corpus/train \
        --set news-train.jsonl=eval/news-train --data train/out/typ23 [--exclude-list FILE]

--exclude-list: a file of article ids (one a line) to leave out (the shipped model's training
articles, e.g. `git ls-tree --name-only COMMIT eval/corpus/train/`).
--oof FILE: a .npz of out-of-fold probabilities (written by typing_train.py --save-oof) to score
the same way with its own margin / drop (--oof-margin, --oof-drop).
"""
import argparse
import json
import os

import numpy as np
import onnxruntime as ort

from typing_train import KINDS, decide, gold_counts, load, mean_f1, prf


def gold_counts_of(folder, keep):
    n = {k: 0 for k in KINDS}
    for fn in os.listdir(folder):
        if fn.endswith(".json"):
            g = json.load(open(os.path.join(folder, fn)))
            if keep is not None and g.get("id", fn[:-5]) not in keep:
                continue
            for e in g.get("entities", []):
                if e["type"] in n:
                    n[e["type"]] += 1
    return n


def line(name, yy, cc, d, g):
    base, res = prf(cc, yy, g), prf(d, yy, g)
    out = [f"{name}: rows {len(yy)}, mean F1 {mean_f1(base):.3f} -> {mean_f1(res):.3f}; "
           f"dropped {(d == -1).sum()}, retyped {((d != cc) & (d >= 0)).sum()}; "
           f"decision accuracy {((np.where(d == -1, 3, d)) == yy).mean():.3f} (no model {(cc == yy).mean():.3f})"]
    for k in KINDS:
        out.append(f"  {k:<12} F1 {base[k][2]:.3f} -> {res[k][2]:.3f}  (P {base[k][0]:.3f} -> {res[k][0]:.3f}, "
                   f"R {base[k][1]:.3f} -> {res[k][1]:.3f})")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--set", action="append", required=True, help="FILE=GOLD")
    ap.add_argument("--exclude-list")
    ap.add_argument("--oof")
    ap.add_argument("--oof-margin", type=float)
    ap.add_argument("--oof-drop", type=float)
    a = ap.parse_args()
    cfg = json.load(open(os.path.join(a.models, "typing.json")))
    sess = ort.InferenceSession(os.path.join(a.models, "typing.onnx"))
    excl = set(l.strip() for l in open(a.exclude_list)) if a.exclude_list else set()
    oof = np.load(a.oof) if a.oof else None
    for spec in a.set:
        f, g = spec.split("=", 1)
        rows, x, y, cur = load(os.path.join(a.data, f))
        arts = np.array([r["article"] for r in rows])
        keep = ~np.isin(arts, list(excl))
        kept_ids = set(arts[keep]) if excl else None
        gold = gold_counts_of(g, kept_ids) if excl else gold_counts(g)
        p = sess.run(None, {"features": x})[0]
        d = decide(p[keep], cur[keep], cfg["margin"], cfg["drop"])
        print(f"[{cfg['version']} margin {cfg['margin']} drop {cfg['drop']}; top-class accuracy "
              f"{(p[keep].argmax(1) == y[keep]).mean():.3f}]")
        print(line(f"{f} ({len(set(arts[keep]))} articles)", y[keep], cur[keep], d, gold))
        if oof is not None and f in oof.files:
            po = oof[f][keep]
            do = decide(po, cur[keep], a.oof_margin, a.oof_drop)
            print(f"[out-of-fold refit margin {a.oof_margin} drop {a.oof_drop}; top-class accuracy "
                  f"{(po.argmax(1) == y[keep]).mean():.3f}]")
            print(line(f"{f} ({len(set(arts[keep]))} articles)", y[keep], cur[keep], do, gold))


if __name__ == "__main__":
    main()
