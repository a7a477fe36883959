#!/usr/bin/env python3
"""Extra training pairs from Re-DocRED's dev and test documents (annotations MIT; Wikipedia text
CC BY-SA 3.0). The data files are read in place and never copied into the repository.

  python3 train/pairs_redocred.py --src /work/corpus-work/raw/redocred --out train/out/pairs/redocred.jsonl

Documents used: those with at least one of the labels below, minus every document whose title is
one of the corpus's Wikipedia articles (all splits: their leads are corpus articles). Candidate
pairs are same-sentence pairs of entities, typed as in pairs_data.py (PER → Person, LOC →
Location, ORG → Company, or Organization when the name has a public-body word, MISC → Service
only when it is the product of a developer / manufacturer / product label; other MISC entities
are left out). A label counts for a sentence only when the sentence is among its evidence; a pair
with a label of interest but not stated in that sentence, or with an employer label (P108: a
role without a title), is left out rather than used as a negative. Unlabelled pairs are kept at
`--neg-ratio` negatives per positive (seeded).

  P749 parent organization, P127 owned by (h org)  → parentOrganization(h, t)
  P355 subsidiary                                   → parentOrganization(t, h)
  P178 developer, P176 manufacturer                 → provider(h, t)
  P1056 product or material produced                → provider(t, h)
  P112 founded by (t person)                        → role founder (t at h)
  P488 chairperson (t person)                       → role chairman (t at h), current true
"""
import argparse
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
PUBLIC = re.compile(r"\b(University|Ministry|Department|Agency|Council|Party|Union|Government|Commission|"
                    r"Institute|Association|Federation|Court|League|Army|Navy|Air Force|Bureau|Authority|"
                    r"Parliament|Congress|Senate|College|School|Foundation|Society|Committee)\b")


def detok(tokens):
    text, offs = "", []
    for t in tokens:
        if text:
            text += " "
        offs.append((len(text), len(text) + len(t)))
        text += t
    return text, offs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", default="/work/corpus-work/raw/redocred")
    ap.add_argument("--corpus", default=os.path.join(HERE, "..", "eval", "corpus"))
    ap.add_argument("--out", default=os.path.join(HERE, "out", "pairs", "redocred.jsonl"))
    ap.add_argument("--neg-ratio", type=float, default=2.0)
    ap.add_argument("--seed", type=int, default=13)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    exclude = set()
    for f in glob.glob(os.path.join(a.corpus, "*", "*.json")):
        g = json.load(open(f))
        if "wikipedia.org" in str(g.get("source", "")):
            exclude.add((g.get("title") or "").strip().lower())
    docs = []
    for name in ("dev_revised.json", "test_revised.json"):
        docs += json.load(open(os.path.join(a.src, name)))
    interest = {"P749", "P127", "P355", "P178", "P176", "P1056", "P112", "P488"}
    pos, neg, skipped_docs = [], [], 0
    for doc in docs:
        if doc["title"].strip().lower() in exclude:
            skipped_docs += 1
            continue
        labs = [l for l in doc["labels"] if l["r"] in interest]
        if not labs:
            continue
        vs = doc["vertexSet"]
        product = set()
        for l in labs:
            if l["r"] in ("P178", "P176"):
                product.add(l["h"])
            if l["r"] == "P1056":
                product.add(l["t"])

        def etype(i):
            t = vs[i][0]["type"]
            if t == "PER":
                return "Person"
            if t == "LOC":
                return "Location"
            if t == "ORG":
                return "Organization" if PUBLIC.search(vs[i][0]["name"]) else "Company"
            if t == "MISC" and i in product:
                return "Service"
            return None

        # per (h, t) ordered pair: list of (label kind, value, evidence sentences)
        facts = {}
        blocked = set()
        for l in doc["labels"]:
            h, t, r, ev = l["h"], l["t"], l["r"], set(l.get("evidence") or [])
            if r == "P108":
                blocked.add(frozenset((h, t)))
            if r in ("P749", "P127") and etype(h) in ("Company", "Organization", "Service") and etype(t) in ("Company", "Organization"):
                facts.setdefault(frozenset((h, t)), []).append(("rel", ("parentOrganization", h, t), ev))
            elif r == "P355" and etype(h) in ("Company", "Organization") and etype(t) in ("Company", "Organization"):
                facts.setdefault(frozenset((h, t)), []).append(("rel", ("parentOrganization", t, h), ev))
            elif r in ("P178", "P176") and etype(h) == "Service" and etype(t) in ("Company", "Organization"):
                facts.setdefault(frozenset((h, t)), []).append(("rel", ("provider", h, t), ev))
            elif r == "P1056" and etype(t) == "Service" and etype(h) in ("Company", "Organization"):
                facts.setdefault(frozenset((h, t)), []).append(("rel", ("provider", t, h), ev))
            elif r in ("P112", "P488") and etype(t) == "Person" and etype(h) in ("Company", "Organization"):
                facts.setdefault(frozenset((h, t)), []).append(("role", ("founder" if r == "P112" else "chairman", t, h), ev))
            elif r in interest:
                blocked.add(frozenset((h, t)))
        for s, toks in enumerate(doc["sents"]):
            text, offs = detok(toks)
            first = {}
            for i, v in enumerate(vs):
                if etype(i) is None:
                    continue
                for m in v:
                    if m["sent_id"] == s and i not in first:
                        first[i] = (offs[m["pos"][0]][0], offs[m["pos"][1] - 1][1])
                    elif m["sent_id"] == s and offs[m["pos"][0]][0] < first[i][0]:
                        first[i] = (offs[m["pos"][0]][0], offs[m["pos"][1] - 1][1])
            order = sorted(first.items(), key=lambda kv: kv[1])
            for x in range(len(order)):
                for y in range(x + 1, len(order)):
                    (i, si), (j, sj) = order[x], order[y]
                    # overlapping mentions (nested names) are not candidates at run time
                    if si[1] > sj[0]:
                        continue
                    ti, tj = etype(i), etype(j)
                    key = frozenset((i, j))
                    if key in blocked:
                        continue
                    if ti == "Person" and tj in ("Company", "Organization", "Location"):
                        kind, p, o = "role", (i, si, ti), (j, sj, tj)
                    elif tj == "Person" and ti in ("Company", "Organization", "Location"):
                        kind, p, o = "role", (j, sj, tj), (i, si, ti)
                    elif ti in ("Company", "Organization", "Service") and tj in ("Company", "Organization", "Service"):
                        kind, p, o = "rel", (i, si, ti), (j, sj, tj)
                    else:
                        continue
                    fs = facts.get(key, [])
                    if any(s not in ev for _, _, ev in fs):
                        continue  # stated elsewhere, not (evidently) here
                    rec = {"split": "extra", "doc": "redocred:" + doc["title"], "sent": [0, len(text)], "text": text,
                           "kind": kind, "e1": {"start": p[1][0], "end": p[1][1], "type": p[2], "ent": vs[p[0]][0]["name"]},
                           "e2": {"start": o[1][0], "end": o[1][1], "type": o[2], "ent": vs[o[0]][0]["name"]},
                           "roles": [], "current": None, "rels": []}
                    for fk, val, _ in fs:
                        if fk == "rel" and kind == "rel":
                            pred, sub, obj = val
                            rec["rels"].append(pred + (">" if sub == p[0] else "<"))
                        elif fk == "role" and kind == "role":
                            rec["roles"].append(val[0])
                            rec["current"] = True
                    rec["rels"] = sorted(set(rec["rels"]))
                    rec["roles"] = sorted(set(rec["roles"]))
                    (pos if rec["rels"] or rec["roles"] else neg).append(rec)
    rng.shuffle(neg)
    neg = neg[:int(len(pos) * a.neg_ratio)]
    out = pos + neg
    rng.shuffle(out)
    with open(a.out, "w") as f:
        for r in out:
            f.write(json.dumps(r) + "\n")
    from collections import Counter
    c = Counter(l for r in out for l in (r["rels"] or r["roles"] or ["none:" + r["kind"]]))
    print(f"excluded {skipped_docs} documents (corpus articles); pairs {len(out)}: {dict(sorted(c.items()))}")


if __name__ == "__main__":
    main()
