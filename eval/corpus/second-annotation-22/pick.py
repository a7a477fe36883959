#!/usr/bin/env python3
"""Pick 10 batch-21 train+dev files (seed 22022), stratified by their `topics` and source batch, and write stripped
copies (no gold fields) to /tmp/agree21-tmp/ for a blind second annotation. Run from the repository root."""
import json, os, random, subprocess
files = subprocess.run(["git", "diff", "--name-only", "--diff-filter=A", "a410757", "HEAD", "--",
                        "eval/corpus/train", "eval/corpus/dev"], capture_output=True, text=True, check=True).stdout.split()
KEEP = ["id", "source", "licence", "attribution", "published", "title", "text", "sector", "region", "topics"]
def batch(f):
    n = os.path.basename(f)
    return "21a" if n.startswith("wn-") else "21b" if n.startswith("wp-") else "21c"
def kind(f):
    t = json.load(open(f)).get("topics", [])   # topics are metadata, not gold; read before stripping
    return "outage" if "outage" in t else "leadership" if "leadership" in t else "deal"
groups = {}
for f in sorted(files):
    k = kind(f)
    groups.setdefault(k if k != "deal" else "deal-" + batch(f), []).append(f)
rng = random.Random(22022)
plan = [("outage", 3), ("leadership", 2), ("deal-21a", 2), ("deal-21b", 1), ("deal-21c", 2)]
pick = []
for k, n in plan:
    pick += [(k, f) for f in rng.sample(groups[k], n)]
for k, f in pick: print(k, batch(f), f)
print({k: len(v) for k, v in groups.items()}, {b: sum(1 for _, f in pick if batch(f) == b) for b in ("21a", "21b", "21c")})
os.makedirs("/tmp/agree21-tmp", exist_ok=True)
for _, f in pick:
    d = json.load(open(f))
    json.dump({k: d[k] for k in KEEP if k in d}, open("/tmp/agree21-tmp/" + os.path.basename(f), "w"), ensure_ascii=False, indent=2)
