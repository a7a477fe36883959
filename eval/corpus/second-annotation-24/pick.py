#!/usr/bin/env python3
"""Pick 10 batch-23 train+dev files (seed 24024), stratified by their `topics` and source batch, and write stripped
copies (no gold fields) to /tmp/agree24-tmp/ for a blind second annotation. Run from the repository root."""
import json, os, random, subprocess
files = subprocess.run(["git", "diff", "--name-only", "--diff-filter=A", "4f27808", "442a500", "--",
                        "eval/corpus/train", "eval/corpus/dev"], capture_output=True, text=True, check=True).stdout.split()
KEEP = ["id", "source", "licence", "attribution", "published", "title", "text", "sector", "region", "topics"]
def batch(f):
    return "23a" if os.path.basename(f).startswith("wn-") else "23b"   # 23a Wikinews; 23b Wikipedia, public releases
def kind(f):
    t = json.load(open(f)).get("topics", [])   # topics are metadata, not gold; read before stripping
    return "outage" if ("outage" in t or "near-miss" in t) else "leadership" if "leadership" in t else "deal"
groups = {}
for f in sorted(files):
    groups.setdefault(kind(f) + "-" + batch(f), []).append(f)
rng = random.Random(24024)
# 21 files: outage 4 + 5, leadership 4 + 1, deal 4 + 3 (23a + 23b); 10 drawn about in proportion (4, 3, 3), both
# source batches in every group, 5 from each batch
plan = [("outage-23a", 2), ("outage-23b", 2), ("leadership-23a", 2), ("leadership-23b", 1), ("deal-23a", 1), ("deal-23b", 2)]
pick = []
for k, n in plan:
    pick += [(k, f) for f in rng.sample(groups[k], n)]
for k, f in pick: print(k, f)
print({k: len(v) for k, v in groups.items()}, {b: sum(1 for _, f in pick if batch(f) == b) for b in ("23a", "23b")},
      {s: sum(1 for _, f in pick if "/" + s + "/" in f) for s in ("train", "dev")})
os.makedirs("/tmp/agree24-tmp", exist_ok=True)
for _, f in pick:
    d = json.load(open(f))
    json.dump({k: d[k] for k in KEEP if k in d}, open("/tmp/agree24-tmp/" + os.path.basename(f), "w"), ensure_ascii=False, indent=2)
