#!/usr/bin/env python3
"""Fit newskg's confidence calibration on gold articles and write models/calibration.json.

Usage: eval/fit_calibration.py --bin PATH/newskg [--gold DIR] [--out FILE] [--min-block N]
                               [--kinds entities,roles,relations,outages]

It runs the binary with calibration off (`--calibration off`) on every gold article of DIR
(default: eval/corpus/train), judges each stated fact right or wrong as eval/calibration.py
does, and fits per kind of fact (entities, roles, relations, outages) a non-decreasing map
from stated confidence to the share right: isotonic regression (pool adjacent violators),
with blocks merged until each holds at least --min-block facts (default 20) so that a few
facts do not make a step. The knots are the blocks' mean stated confidence and share right;
newskg interpolates between them and holds the end values beyond them. A kind with fewer
than --min-block facts, or not named in --kinds, keeps its stated confidences (no map).

The file names the pipeline it was fitted for (the `pipeline` field of `newskg extract`'s
output); newskg applies it only to that pipeline. Fit on train; measure on dev with
eval/calibration.py. Python standard library only.
"""
import argparse
import datetime
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import calibration as judge  # noqa: E402  (eval/calibration.py)


def pool_adjacent_violators(points, min_block):
    """Isotonic fit of (confidence, right) points: blocks of [sum_x, sum_y, n], sorted by x."""
    # facts of one stated confidence form one block to begin with: their order means nothing
    same = {}
    for x, y in points:
        b = same.setdefault(x, [0.0, 0.0, 0])
        b[0] += x
        b[1] += 1.0 if y else 0.0
        b[2] += 1
    blocks = []
    for x in sorted(same):
        blocks.append(same[x])
        # merge while the last block breaks monotonicity, or the one before it is too small
        while len(blocks) > 1:
            a, b = blocks[-2], blocks[-1]
            if a[1] / a[2] >= b[1] / b[2] or a[2] < min_block:
                blocks[-2:] = [[a[0] + b[0], a[1] + b[1], a[2] + b[2]]]
            else:
                break
    # a small last block joins its neighbour (which keeps the fit non-decreasing)
    while len(blocks) > 1 and blocks[-1][2] < min_block:
        a, b = blocks[-2], blocks[-1]
        blocks[-2:] = [[a[0] + b[0], a[1] + b[1], a[2] + b[2]]]
    return blocks


def knots(blocks):
    out = []
    for sx, sy, n in blocks:
        x, y = round(sx / n, 4), round(sy / n, 4)
        if out and x <= out[-1][0]:
            continue
        if out and y < out[-1][1]:
            y = out[-1][1]
        out.append([x, y])
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", required=True, help="the newskg binary")
    ap.add_argument("--gold", default=os.path.join(here, "corpus", "train"), help="gold folder (default: eval/corpus/train)")
    ap.add_argument("--out", default=os.path.join(here, "..", "models", "calibration.json"),
                    help="where to write the calibration (default: models/calibration.json)")
    ap.add_argument("--min-block", type=int, default=20, help="fewest facts per step of a map (default 20)")
    ap.add_argument("--kinds", default="entities,roles,relations,outages",
                    help="the kinds of fact to map, comma-separated (default: all four)")
    a = ap.parse_args()
    kinds = [k for k in a.kinds.split(",") if k]
    unknown = set(kinds) - {"entities", "roles", "relations", "outages"}
    if unknown:
        sys.exit(f"--kinds: unknown kind(s) {', '.join(sorted(unknown))}")
    if a.min_block < 1:
        sys.exit("--min-block must be at least 1")
    os.environ["NEWSKG_CALIBRATION"] = "off"

    files = sorted(f for f in os.listdir(a.gold) if f.endswith(".json"))
    if not files:
        sys.exit(f"no gold files in {a.gold}")
    by_kind = {}
    pipeline = None
    with tempfile.TemporaryDirectory(prefix="newskg-fit-calibration-") as work:
        for i, fn in enumerate(files, 1):
            gold = json.load(open(os.path.join(a.gold, fn)))
            print(f"\r{i}/{len(files)} {gold['id'][:60]:<60}", end="", file=sys.stderr, flush=True)
            out = judge.extract(a.bin, gold, work)
            if pipeline is None:
                pipeline = out.get("pipeline")
            elif out.get("pipeline") != pipeline:
                sys.exit(f"\n{gold['id']}: the pipeline changed during the run ({pipeline!r} then {out.get('pipeline')!r})")
            for kind, conf, right in judge.judged_facts(judge.Article(gold), out):
                if conf is not None:
                    by_kind.setdefault(kind, []).append((float(conf), right))
    print(file=sys.stderr)
    if not pipeline:
        sys.exit("the binary's extract output names no pipeline (too old a binary?)")

    maps = {}
    for kind in ("entities", "roles", "relations", "outages"):
        points = by_kind.get(kind, [])
        if kind not in kinds:
            print(f"{kind}: {len(points)} facts, not in --kinds: no map (stated confidences kept)")
            continue
        if len(points) < a.min_block:
            print(f"{kind}: {len(points)} facts, fewer than {a.min_block}: no map (stated confidences kept)")
            continue
        maps[kind] = knots(pool_adjacent_violators(points, a.min_block))
        right = sum(1 for _, r in points if r) / len(points)
        print(f"{kind}: {len(points)} facts, {right:.3f} right, {len(maps[kind])} knots: "
              + ", ".join(f"{x:.2f}->{y:.2f}" for x, y in maps[kind]))
    name = f"fit-{datetime.date.today().isoformat()}-{os.path.basename(os.path.normpath(a.gold))}{len(files)}"
    result = {
        "version": name,
        "pipeline": pipeline,
        "fitted_on": f"{os.path.relpath(a.gold)} ({len(files)} articles), min block {a.min_block}, kinds {','.join(kinds)}",
        "maps": maps,
    }
    with open(a.out, "w") as f:
        json.dump(result, f, indent=1)
        f.write("\n")
    print(f"wrote {a.out} (version {name}) for the pipeline {pipeline}")


if __name__ == "__main__":
    main()
