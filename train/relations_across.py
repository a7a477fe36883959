"""Gold relations whose two names never share a sentence (analysis only, no training).

For each develop split (corpus train, corpus dev, eval/news-train; never the check sets), every gold
relation whose subject and object (name or alias) do not occur together in one sentence of the
title + text (a rough split on sentence-final punctuation); with --show, the sentences naming either
side, and with --misses FILE (a score.py --show-misses output of the same split) whether it was missed.
Used in the fourteenth session (branch s14-across) to group cross-sentence relations by construction.

    python3 train/relations_across.py [--show] [--split train|dev|news-train] [--misses FILE]
"""
import argparse, glob, json, os, re

SPLITS = {"train": "eval/corpus/train", "dev": "eval/corpus/dev", "news-train": "eval/news-train"}


def sentences(text):
    out = []
    for para in text.split("\n"):
        out += [s.strip() for s in re.split(r'(?<=[.!?])\s+(?=[A-Z"“(])', para) if s.strip()]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=SPLITS, action="append")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--misses")
    a = ap.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    missed = set()
    if a.misses:
        for line in open(a.misses):
            p = [x.strip() for x in line.split("|")]
            if len(p) == 5 and p[1] == "relation":
                missed.add((p[0], p[2], p[3], p[4]))
    for split in a.split or list(SPLITS):
        n = total = miss = 0
        for fn in sorted(glob.glob(os.path.join(root, SPLITS[split], "*.json"))):
            g = json.load(open(fn))
            names = {e["name"]: [e["name"]] + e.get("aliases", []) for e in g["entities"]}
            sents = sentences((g.get("title") or "") + "\n" + g["text"])
            for r in g["relations"]:
                total += 1
                sa, so = names.get(r["s"], [r["s"]]), names.get(r["o"], [r["o"]])
                has = lambda s, ns: any(x in s for x in ns)
                if any(has(s, sa) and has(s, so) for s in sents):
                    continue
                n += 1
                m = (g["id"], r["s"], r["p"], r["o"]) in missed
                miss += m
                if a.show:
                    print("=====", split, g["id"], "|", r["s"], r["p"], r["o"], "| MISSED" if m else "")
                    for i, s in enumerate(sents):
                        if has(s, sa) or has(s, so):
                            print("  %3d %s%s %s" % (i, "S" if has(s, sa) else "-", "O" if has(s, so) else "-", s[:300]))
        print(f"## {split}: {n} of {total} gold relations never share a sentence" + (f", {miss} missed" if a.misses else ""))


if __name__ == "__main__":
    main()
