#!/usr/bin/env python3
"""Average the weights of pair-model fine-tunes that started from the same encoder (a uniform "model soup").

Fine-tunes of one start that differ only in their seed (batch order, dropout, the negatives kept) land in one basin,
so the mean of their weights is a model of its own, often steadier than any one of them. Every run must hold the same
tensors and the same `unused_row_scale` (pairs_train.py; equal when the runs took the same number of steps).
Writes OUT/weights.pt (the mean), and OUT/metrics.json as the first run's with `soup_of` added.

  python3 train/pairs_soup.py --runs W/run0-s13 W/run0-s14 W/run0-s15 --out W/run0
"""
import argparse
import json
import os

import torch


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", nargs="+", required=True, help="pairs_train.py output folders")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    cks = [torch.load(os.path.join(r, "weights.pt"), map_location="cpu") for r in a.runs]
    first = cks[0]
    for r, ck in zip(a.runs, cks):
        if set(ck["state"]) != set(first["state"]) or ck["layers"] != first["layers"]:
            raise SystemExit(f"pairs_soup: {r} does not hold the same tensors as {a.runs[0]}")
        scale, scale0 = ck.get("unused_row_scale"), first.get("unused_row_scale")
        if (scale is None) != (scale0 is None) or (scale is not None and abs(scale - scale0) > 1e-9):
            raise SystemExit(f"pairs_soup: {r} took another number of steps (unused_row_scale {scale} vs {scale0})")
    state = {}
    for k, v in first["state"].items():
        if v.is_floating_point():
            state[k] = torch.stack([ck["state"][k].float() for ck in cks]).mean(0).to(v.dtype)
        else:
            state[k] = v
    os.makedirs(a.out, exist_ok=True)
    torch.save({"state": state, "layers": first["layers"], "unused_row_scale": first.get("unused_row_scale")},
               os.path.join(a.out, "weights.pt"))
    metrics = json.load(open(os.path.join(a.runs[0], "metrics.json")))
    metrics["soup_of"] = a.runs
    json.dump(metrics, open(os.path.join(a.out, "metrics.json"), "w"), indent=1)
    print(f"{a.out}: mean of {len(cks)} runs")


if __name__ == "__main__":
    main()
