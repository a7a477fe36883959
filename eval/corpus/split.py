#!/usr/bin/env python3
"""Splits the annotated corpus into train/dev/test by article, with a fixed seed.

usage: split.py GOLD_DIR OUT_DIR    (OUT_DIR gets train/, dev/ and test/, rewritten)

Articles are grouped by their main topic (outage, leadership, deal, regulatory or earnings, other; the
first that applies) so that each split gets its share of the rarer kinds. Within a group they are
ordered by a hash of a fixed seed and their id, and dealt out along a fixed cycle of 20 slots:
5 test, 4 dev, 11 train (25 / 20 / 55 %). The same input always gives the same split."""
import hashlib, json, os, shutil, sys

SEED = "newskg-corpus-2026"
CYCLE = ["test", "train", "dev", "train", "test", "train", "dev", "train", "test", "train",
         "train", "dev", "test", "train", "train", "dev", "test", "train", "train", "train"]
ORDER = [("outage", "outage"), ("leadership", "leadership"), ("deal", "deal"),
         ("regulatory", "regulatory"), ("earnings", "regulatory")]


def group(article):
    topics = article.get("topics") or []
    return next((g for t, g in ORDER if t in topics), "other")


def main():
    gold_dir, out_dir = sys.argv[1], sys.argv[2]
    arts = [json.load(open(os.path.join(gold_dir, f), encoding="utf-8"))
            for f in sorted(os.listdir(gold_dir)) if f.endswith(".json")]
    groups = {}
    for a in arts:
        groups.setdefault(group(a), []).append(a)
    for name in set(CYCLE):
        shutil.rmtree(os.path.join(out_dir, name), ignore_errors=True)
        os.makedirs(os.path.join(out_dir, name))
    counts = {"train": 0, "dev": 0, "test": 0}
    for g in sorted(groups):
        members = sorted(groups[g], key=lambda a: hashlib.sha256(f"{SEED}:{a['id']}".encode()).hexdigest())
        for i, a in enumerate(members):
            name = CYCLE[i % len(CYCLE)]
            counts[name] += 1
            with open(os.path.join(out_dir, name, a["id"] + ".json"), "w", encoding="utf-8") as f:
                json.dump(a, f, ensure_ascii=False, indent=1)
                f.write("\n")
    print(", ".join(f"{k} {v}" for k, v in counts.items()))


main()
