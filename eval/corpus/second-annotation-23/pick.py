#!/usr/bin/env python3
"""Pick 10 batch-22 train+dev files (seed 23023), stratified by their `topics` and source batch, and write stripped
copies (no gold fields) to /tmp/agree23-tmp/ for a blind second annotation. Run from the repository root."""
import json, os, random, subprocess
files = subprocess.run(["git", "diff", "--name-only", "--diff-filter=A", "46b8729", "6a9c2e7", "--",
                        "eval/corpus/train", "eval/corpus/dev"], capture_output=True, text=True, check=True).stdout.split()
KEEP = ["id", "source", "licence", "attribution", "published", "title", "text", "sector", "region", "topics"]
def batch(f):
    return "22a" if os.path.basename(f).startswith("wn-") else "22b"   # 22a Wikinews; 22b Wikipedia, government
def kind(f):
    t = json.load(open(f)).get("topics", [])   # topics are metadata, not gold; read before stripping
    return "outage" if ("outage" in t or "near-miss" in t) else "leadership" if "leadership" in t else "deal"
groups = {}
for f in sorted(files):
    groups.setdefault(kind(f) + "-" + batch(f), []).append(f)
rng = random.Random(23023)
plan = [("outage-22a", 1), ("outage-22b", 2), ("leadership-22a", 2), ("leadership-22b", 1), ("deal-22a", 2), ("deal-22b", 2)]
pick = []
for k, n in plan:
    pick += [(k, f) for f in rng.sample(groups[k], n)]
for k, f in pick: print(k, f)
print({k: len(v) for k, v in groups.items()}, {b: sum(1 for _, f in pick if batch(f) == b) for b in ("22a", "22b")},
      {s: sum(1 for _, f in pick if "/" + s + "/" in f) for s in ("train", "dev")})
os.makedirs("/tmp/agree23-tmp", exist_ok=True)
for _, f in pick:
    d = json.load(open(f))
    json.dump({k: d[k] for k in KEEP if k in d}, open("/tmp/agree23-tmp/" + os.path.basename(f), "w"), ensure_ascii=False, indent=2)
