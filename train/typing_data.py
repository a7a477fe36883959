"""Labelled typing features: runs `newskg extract --output typing-features` over a gold folder and
labels each line from the gold entities.

    python3 train/typing_data.py --bin target/release/newskg --gold eval/corpus/train --out train/out/typing/train.jsonl

The features are exactly what the Rust side computes (crates/newskg-nlp/src/typing.rs); this
script only adds the label. An entity's label is the type of the gold entity that shares one of
its names (name or alias, normalised as ../shared/eval/score.py does): Company, Organization or
Service, and `none` when no gold entity matches or the match is a Person or Location (the entity
should not be a company, organisation or service). When several gold entities match, the one whose
name equals the entity's own name wins, else the first.
"""
import argparse
import json
import os


# names normalised as ../shared/eval/score.py does, written once for the training scripts
from pairs_data import extract_lines, gold_articles, names as names_of, norm  # noqa: E402


def label(row, gold):
    mine = names_of(row["name"], row["aliases"])
    own = norm(row["name"])
    hits = [g for g in gold.get("entities", []) if mine & names_of(g["name"], g.get("aliases"))]
    if not hits:
        return "none"
    exact = [g for g in hits if own in names_of(g["name"], g.get("aliases"))]
    t = (exact or hits)[0]["type"]
    return t if t in ("Company", "Organization", "Service") else "none"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    golds = {g["id"]: g for g in gold_articles(a.gold)}
    # `--typing model` loads the person and place check, which (since session 24) runs before the vectors
    # are computed, as at run time; the typing model itself is not run for this output
    lines, summary = extract_lines(a.bin, golds.values(), ["--typing", "model", "--output", "typing-features"])
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    counts = {}
    with open(a.out, "w") as f:
        for line in lines:
            row = json.loads(line)
            row["label"] = label(row, golds[row["article"]])
            counts[(row["kind"], row["label"])] = counts.get((row["kind"], row["label"]), 0) + 1
            f.write(json.dumps(row) + "\n")
    print(summary)
    for k in sorted(counts):
        print(f"  {k[0]:>12} -> {k[1]:<12} {counts[k]}")


if __name__ == "__main__":
    main()
