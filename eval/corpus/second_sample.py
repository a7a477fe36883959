#!/usr/bin/env python3
"""The draw and the stripping that each second-annotation folder's pick.py runs (second-annotation-25 and later):
`draw` groups the listed gold files by `group_of(path)` and samples each group's planned count with one seeded
generator, in the plan's order; `strip` writes copies that keep only the article fields (no gold) for a blind
annotator. The file list, the grouping and the plan stay in each pick.py, so every sample is reproducible as drawn."""
import json, os, random

KEEP = ["id", "source", "licence", "attribution", "published", "title", "text", "sector", "region", "topics"]


def topics(path):
    """The `topics` metadata of a gold file (metadata, not gold; read before stripping)."""
    return json.load(open(path)).get("topics", [])


def draw(files, group_of, plan, seed):
    """(groups, pick): groups maps a group name to its sorted files; pick lists (group, file) as sampled."""
    groups = {}
    for f in sorted(files):
        groups.setdefault(group_of(f), []).append(f)
    rng = random.Random(seed)
    pick = []
    for k, n in plan:
        pick += [(k, f) for f in rng.sample(groups[k], n)]
    return groups, pick


def report(groups, pick, batch_of, batches):
    """Prints the draw: each pick, the group sizes, the picks per source batch and per split."""
    for k, f in pick:
        print(k, f)
    print({k: len(v) for k, v in groups.items()}, {b: sum(1 for _, f in pick if batch_of(f) == b) for b in batches},
          {s: sum(1 for _, f in pick if "/" + s + "/" in f) for s in ("train", "dev")})


def strip(paths, out):
    """Writes each file with only the KEEP fields to the folder `out`."""
    os.makedirs(out, exist_ok=True)
    for f in paths:
        d = json.load(open(f))
        json.dump({k: d[k] for k in KEEP if k in d}, open(os.path.join(out, os.path.basename(f)), "w"),
                  ensure_ascii=False, indent=2)
