#!/usr/bin/env python3
"""Write N held-out sentences (plain text, one per line) for speed benchmarks.

Sentences come from the held-out sets written by prepare.py (BTC test, WNUT-17 test,
WikiGold held-out 20%, in-domain held-out 15%), never from training data. Seeded selection:
all in-domain and WikiGold held-out sentences first, then a seeded shuffle of the others,
the whole list shuffled again (seeded). Newlines inside a sentence are replaced by spaces.

  python3 train/prepare.py                       # once, writes train/out/prep
  python3 train/sentences_for_bench.py /tmp/bench_sentences.txt [--n 2000]
"""
from __future__ import annotations

import argparse
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from nerlib import read_jsonl  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path")
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--prep", default=os.path.join(HERE, "out", "prep"))
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    rng = random.Random(args.seed)

    def load(name):
        p = os.path.join(args.prep, f"heldout_{name}.jsonl")
        if not os.path.exists(p):
            if name == "indomain":
                return []
            sys.exit(f"{p} missing: run train/prepare.py first")
        return [" ".join(r["text"].split()) for r in read_jsonl(p)]

    first = load("indomain") + load("wikigold")
    rest = load("wnut17") + load("btc")
    rng.shuffle(rest)
    sents = [s for s in first + rest if s.strip()][: args.n]
    rng.shuffle(sents)
    with open(args.path, "w", encoding="utf-8") as f:
        for s in sents:
            f.write(s + "\n")
    print(f"wrote {len(sents)} sentences to {args.path}")


if __name__ == "__main__":
    main()
