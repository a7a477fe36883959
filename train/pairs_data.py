#!/usr/bin/env python3
"""Candidate mention pairs from newskg's own output, labelled from the corpus gold.

Reads `newskg extract` JSON (one file per article, `<split>__<id>.json`, made by
`pairs_dump.sh`) and the gold files of eval/corpus/<split>/, and writes one JSONL line per
candidate pair:

  {"split", "doc", "sent": [start, end], "text": sentence, "kind": "role" | "rel",
   "e1": {"start", "end", "type", "ent"}, "e2": {...},      # char offsets into `text`
   "roles": [titles], "current": true|false|null, "rels": ["parentOrganization>", ...]}

Candidates are what the Rust side (`relate/pairs.rs`) builds at run time, in the same order:
for every sentence, every two mentions of different entities, the first mention of each entity
in the sentence;
  role pairs: a Person and a Company / Organization / Location (e1 = the person);
  rel pairs:  two of Company / Organization / Service (e1 = the one named first).
Labels come from the gold by name matching (score.py's normalisation; an extracted entity
matches a gold entity when their name sets meet). A relation label is `<pred>>` when e1 is
the gold subject and `<pred><` when e2 is. Nothing here reads ../shared/eval/dev.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

ORGS = {"Company", "Organization"}
ROLE_ORGS = {"Company", "Organization", "Location"}
REL_TYPES = {"Company", "Organization", "Service"}
PREDS = ["parentOrganization", "provider", "acquired", "partner"]
REL_LABELS = [p + d for p in PREDS for d in (">", "<")]
ROLES = ["ceo", "chairman", "president", "cfo", "cto", "coo", "founder", "cofounder", "director",
         "vice-president", "head", "executive", "analyst", "spokesperson", "minister", "governor", "other"]


def norm(s):
    s = unicodedata.normalize("NFKC", s or "").lower().replace("\u2019", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"^\s*the\s+", "", s)
    return " ".join(s.split())


def names(name, aliases):
    return {norm(n) for n in [name] + list(aliases or []) if n and norm(n)}


def gold_articles(folder):
    """The gold articles of a folder (its *.json files, in name order)."""
    for fn in sorted(os.listdir(folder)):
        if fn.endswith(".json"):
            with open(os.path.join(folder, fn)) as f:
                yield json.load(f)


def extract_lines(binary, golds, args):
    """Runs `binary extract ARGS` on the gold articles `golds` (given as one JSONL batch with id,
    text, title, published and url) and returns its standard output's lines and the last line of
    its standard error (the summary); exits with the error when the run fails."""
    with tempfile.TemporaryDirectory() as tmp:
        batch = os.path.join(tmp, "articles.jsonl")
        with open(batch, "w") as f:
            for g in golds:
                rec = {"id": g["id"], "text": g["text"]}
                for k in ("title", "published"):
                    if g.get(k):
                        rec[k] = g[k]
                if str(g.get("source", "")).startswith("http"):
                    rec["url"] = g["source"]
                f.write(json.dumps(rec) + "\n")
        p = subprocess.run([binary, "extract", *args, batch], capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(p.stderr[-2000:])
    return p.stdout.splitlines(), p.stderr.strip().splitlines()[-1]


def candidates(ext):
    """Candidate pairs of one extracted article, in the Rust side's order."""
    ents = ext["entities"]
    ments = []  # (start, end, entity index)
    for ei, e in enumerate(ents):
        for m in e["mentions"]:
            ments.append((m["start"], m["end"], ei))
    ments.sort()
    out = []
    for (ss, se) in ext["sentence_spans"]:
        first = {}
        for (s, e, ei) in ments:
            if s >= ss and e <= se and ei not in first:
                first[ei] = (s, e)
        order = sorted(first.items(), key=lambda kv: kv[1])
        for i in range(len(order)):
            for j in range(i + 1, len(order)):
                (a, (as_, ae)), (b, (bs, be)) = order[i], order[j]
                ta, tb = ents[a]["type"], ents[b]["type"]
                if ta == "Person" and tb in ROLE_ORGS:
                    out.append(("role", (ss, se), (as_, ae, a), (bs, be, b)))
                elif tb == "Person" and ta in ROLE_ORGS:
                    out.append(("role", (ss, se), (bs, be, b), (as_, ae, a)))
                elif ta in REL_TYPES and tb in REL_TYPES:
                    out.append(("rel", (ss, se), (as_, ae, a), (bs, be, b)))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--extract", default="train/out/pairs/extract")
    ap.add_argument("--gold", default="eval/corpus")
    ap.add_argument("--out", default="train/out/pairs/pairs.jsonl")
    ap.add_argument("--news", default="eval/news-train",
                    help="gold folder of the `news__<id>.json` extracts (split `news`: trained on with train, head7)")
    a = ap.parse_args()
    n = 0
    stats = {}
    cover = {}
    with open(a.out, "w") as f:
        for fn in sorted(glob.glob(os.path.join(a.extract, "*.json"))):
            split, doc = os.path.basename(fn)[:-5].split("__", 1)
            if split not in ("train", "dev", "news"):
                sys.exit("only train, dev and news are used here")
            ext = json.load(open(fn))
            gdir = a.news if split == "news" else os.path.join(a.gold, split)
            gold = json.load(open(os.path.join(gdir, doc + ".json")))
            gnames = {norm(e["name"]): names(e["name"], e.get("aliases")) for e in gold["entities"]}
            gset = lambda n: gnames.get(norm(n), {norm(n)})
            enames = [names(e["name"], e["aliases"]) for e in ext["entities"]]
            text = ext["text"]
            seen_roles, seen_rels = set(), set()
            for kind, (ss, se), (as_, ae, a_), (bs, be, b_) in candidates(ext):
                rec = {"split": split, "doc": doc, "sent": [ss, se], "text": text[ss:se], "kind": kind,
                       "e1": {"start": as_ - ss, "end": ae - ss, "type": ext["entities"][a_]["type"], "ent": ext["entities"][a_]["name"]},
                       "e2": {"start": bs - ss, "end": be - ss, "type": ext["entities"][b_]["type"], "ent": ext["entities"][b_]["name"]},
                       "roles": [], "current": None, "rels": []}
                if kind == "role":
                    cur = []
                    for i, r in enumerate(gold.get("roles", [])):
                        if r.get("org") and enames[a_] & gset(r["person"]) and enames[b_] & gset(r["org"]):
                            rec["roles"].append(r["title"])
                            cur.append(bool(r.get("current", True)))
                            seen_roles.add(i)
                    rec["roles"] = sorted(set(rec["roles"]))
                    if cur:
                        rec["current"] = all(cur)
                else:
                    for i, r in enumerate(gold.get("relations", [])):
                        if enames[a_] & gset(r["s"]) and enames[b_] & gset(r["o"]):
                            rec["rels"].append(r["p"] + ">")
                            seen_rels.add(i)
                        elif enames[b_] & gset(r["s"]) and enames[a_] & gset(r["o"]):
                            rec["rels"].append(r["p"] + "<")
                            seen_rels.add(i)
                    rec["rels"] = sorted(set(rec["rels"]))
                for lab in (rec["roles"] or rec["rels"] or ["none:" + kind]):
                    k = (split, lab)
                    stats[k] = stats.get(k, 0) + 1
                f.write(json.dumps(rec) + "\n")
                n += 1
            c = cover.setdefault(split, [0, 0, 0, 0])
            c[0] += len(seen_roles); c[1] += sum(1 for r in gold.get("roles", []) if r.get("org"))
            c[2] += len(seen_rels); c[3] += len(gold.get("relations", []))
    print("pairs", n)
    for k in sorted(stats):
        print(k[0], k[1], stats[k])
    for s, c in cover.items():
        print(f"{s}: gold roles with a candidate pair {c[0]}/{c[1]}, relations {c[2]}/{c[3]}")


if __name__ == "__main__":
    main()
