#!/usr/bin/env python3
"""Pick 12 batch-19/20 train+dev files (seed 21021), stratified by name, and write stripped copies."""
import json, os, random, re, subprocess, sys
files = subprocess.run(["git", "diff", "--name-only", "--diff-filter=A", "a2cb582", "HEAD", "--",
                        "eval/corpus/train", "eval/corpus/dev"], capture_output=True, text=True, check=True).stdout.split()
OUT = re.compile(r"outage|blackout|interruption|failure|system-issues|power|derailment|hack|breach|worm|ddos|flash-crash|suspends|storm|resilience|coverage|pause")
LEAD = re.compile(r"ceo|chair|head|lead|ghosn|gardner|successor|hurley|mckenna|raju|fred")
def kind(f):
    n = os.path.basename(f)
    if OUT.search(n): return "outage"
    if LEAD.search(n): return "leadership"
    return "deal"
groups = {}
for f in sorted(files): groups.setdefault(kind(f), []).append(f)
rng = random.Random(21021)
pick = []
for k in ("outage", "leadership", "deal"):
    pick += [(k, f) for f in rng.sample(groups[k], 4)]
wiki = sum(1 for _, f in pick if os.path.basename(f).startswith(("wp-", "wn-")))
for k, f in pick: print(k, f)
print({k: len(v) for k, v in groups.items()}, "wiki:", wiki)
KEEP = ["id", "source", "licence", "attribution", "published", "title", "text", "sector", "region", "topics"]
os.makedirs("/tmp/agree21-stripped", exist_ok=True)
for _, f in pick:
    d = json.load(open(f))
    json.dump({k: d[k] for k in KEEP if k in d}, open("/tmp/agree21-stripped/" + os.path.basename(f), "w"), ensure_ascii=False, indent=2)
