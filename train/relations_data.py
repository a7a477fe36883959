"""Labelled relation-scorer candidates: runs `newskg extract --output relation-features` over a gold
folder and labels each candidate from the gold relations.

    python3 train/relations_data.py --bin BIN --gold eval/corpus/train --out train/out/relations/train.jsonl

The features are exactly what the Rust side computes (crates/newskg-nlp/src/relate/relscore.rs);
this script only adds the label. A candidate is right (label 1) when a gold relation has its
predicate, a subject that shares a name (name or alias, normalised as ../shared/eval/score.py
does) with the candidate's subject and an object that shares one with its object: the match the
scorer makes. Each line also carries `gold`, the number of gold relations of its article (written
on the article's first line only, 0 on the others), so the training script can count recall
against every gold relation, found or not.
"""
import argparse
import json
import os

from pairs_data import extract_lines, gold_articles, names as names_of, norm  # noqa: E402

PREDICATES = {"ParentOrganization": "parentOrganization", "Provider": "provider", "Acquired": "acquired",
              "Partner": "partner"}


def gold_index(g):
    """The gold relations as (predicate, subject names, object names)."""
    by_name = {norm(e["name"]): names_of(e["name"], e.get("aliases")) for e in g.get("entities", [])}
    out = []
    for r in g.get("relations", []):
        s = by_name.get(norm(r["s"]), {norm(r["s"])})
        o = by_name.get(norm(r["o"]), {norm(r["o"])})
        out.append((r["p"], s, o))
    return out


def label(row, gold):
    p = PREDICATES[row["predicate"]]
    s = names_of(row["subject"]["name"], row["subject"]["aliases"])
    o = names_of(row["object"]["name"], row["object"]["aliases"])
    return int(any(gp == p and s & gs and o & go for gp, gs, go in gold))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    golds = {g["id"]: g for g in gold_articles(a.gold)}
    lines, summary = extract_lines(a.bin, golds.values(), ["--relations", "rules", "--output", "relation-features"])
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    index = {aid: gold_index(g) for aid, g in golds.items()}
    seen, pos, n = set(), 0, 0
    with open(a.out, "w") as f:
        for line in lines:
            row = json.loads(line)
            aid = row["article"]
            row["label"] = label(row, index[aid])
            row["gold"] = 0 if aid in seen else len(index[aid])
            seen.add(aid)
            pos += row["label"]
            n += 1
            f.write(json.dumps(row) + "\n")
        # articles without any candidate still count their gold relations
        for aid in golds:
            if aid not in seen and index[aid]:
                f.write(json.dumps({"article": aid, "gold": len(index[aid]), "features": None}) + "\n")
    print(summary)
    print(f"  {n} candidates, {pos} right; {sum(len(v) for v in index.values())} gold relations")


if __name__ == "__main__":
    main()
