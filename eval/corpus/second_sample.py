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


def sample_listed(listing, lane_of_batch, plan, seed, out):
    """The whole draw of a pick.py that lists its files as 'BATCH split/id' lines (second-annotation-42 on): groups
    the listed gold files by lane_of_batch(BATCH), draws `plan` with `seed`, prints the draw (`report`) and writes
    the stripped copies to `out`."""
    batch_of = {"eval/corpus/" + f + ".json": b for b, f in (line.split() for line in listing.strip().splitlines())}
    groups, pick = draw(batch_of, lambda f: lane_of_batch(batch_of[f]), plan, seed)
    report(groups, pick, batch_of.get, sorted(set(batch_of.values())))
    strip([f for _, f in pick], out)


def strip(paths, out):
    """Writes each file with only the KEEP fields to the folder `out`."""
    os.makedirs(out, exist_ok=True)
    for f in paths:
        d = json.load(open(f))
        json.dump({k: d[k] for k in KEEP if k in d}, open(os.path.join(out, os.path.basename(f)), "w"),
                  ensure_ascii=False, indent=2)


# the gold item builders of the second annotations (GOLD_FORMAT.md fields; an outage's place and cause come before its
# times, as the second annotators wrote them)
def E(t, n, *a): return {"type": t, "name": n, "aliases": list(a)}
def R(p, t, o, c=True): return {"person": p, "title": t, "org": o, "current": c}
def L(s, p, o): return {"s": s, "p": p, "o": o}
def D(t, v): return {"text": t, "value": v}


def O(pr, d, aff, loc=None, cause=None, start=None, end=None, dur=None):
    return {"provider": pr, "date": d, "start": start, "end": end, "duration_hours": dur, "affected": aff,
            "location": loc, "cause": cause}


def write(annotations, stripped, out):
    """Checks each article's gold against its stripped copy in `stripped` (every name, alias and date text occurs in
    the text; names are unique; roles, relations, outage providers and affected parties name annotated entities;
    no date twice) and writes the stripped fields plus the gold to `out`/<id>.json. Returns how many were written."""
    for k, g in annotations.items():
        d = json.load(open(os.path.join(stripped, k + ".json")))
        names = set()
        for e in g["entities"]:
            for f in [e["name"]] + e["aliases"]:
                assert f in d["text"], (k, f)
            names |= {e["name"]}
        assert len(names) == len(g["entities"]), k
        for r in g["roles"]:
            assert r["person"] in names and r["org"] in names, (k, r)
        for r in g["relations"]:
            assert r["s"] in names and r["o"] in names, (k, r)
        for o in g["outages"]:
            assert o["provider"] is None or o["provider"] in names, (k, o)
            for a in o["affected"]:
                assert a in names, (k, a)
        for x in g["dates"]:
            assert x["text"] in d["text"], (k, x)
        assert len({(x["text"].lower(), x["value"]) for x in g["dates"]}) == len(g["dates"]), k
        d.update(g)
        path = os.path.join(out, k + ".json")
        json.dump(d, open(path, "w"), ensure_ascii=False, indent=2)
        open(path, "a").write("\n")
    return len(annotations)
