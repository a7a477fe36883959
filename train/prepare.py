#!/usr/bin/env python3
"""Datasets -> unified JSONL ({"text", "entities": [{start, end, type}], "source"}) with
seeded held-out splits.

Writes to OUT (default train/out/prep):
  train.jsonl              training sentences (in-domain part already oversampled)
  heldout_btc.jsonl        BTC test
  heldout_wnut17.jsonl     WNUT-17 test
  heldout_wikigold.jsonl   seeded 20% of WikiGold documents
  heldout_indomain.jsonl   seeded 15% of train/data/indomain.jsonl (if present)
  stats.json               counts per source / type

Label mapping: see README.md ("Label mapping").
"""
from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from nerlib import write_jsonl  # noqa: E402

# ---------------------------------------------------------------- label maps
# ORG = an organisation the data set does not say the kind of (trained as "a company or another
# organisation"); COMPANY and ORGANIZATION where it does (see org_kind() for name cues).
BTC_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}
WNUT_MAP = {"person": "PER", "location": "LOC", "corporation": "COMPANY", "group": "ORG", "product": "SERVICE"}
# creative-work -> O
CONLL4_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}  # MISC -> O (WikiGold)
SEC_MAP = {"PER": "PER", "ORG": "COMPANY", "LOC": "LOC"}  # the parties to filed contracts are businesses
CROSSNER_MAP = {
    "person": "PER", "politician": "PER", "researcher": "PER", "writer": "PER",
    "musicalartist": "PER", "scientist": "PER",
    "organisation": "ORG", "politicalparty": "ORGANIZATION", "university": "ORGANIZATION", "band": "ORG",
    "magazine": "ORG",
    "location": "LOC", "country": "LOC",
    "product": "SERVICE",
}
# everything else in CrossNER (misc, event, award, book, song, album, algorithm, field,
# task, metrics, programlang, conference, election, theory, ...) -> O
SEC_ROLE_WORDS = {"borrower", "borrowers", "lender", "lenders", "bank", "guarantor", "guarantors",
                  "company", "agent", "holder", "holders", "llc", "inc"}
GUM_MAP = {"person": "PER", "organization": "ORG", "place": "LOC"}

# Name cues that settle an unspecified organisation's kind: public bodies by their head words,
# businesses by a legal or business suffix, publishers and exchanges by their last word.
PUBLIC_BODY = re.compile(
    r"\b(ministry|ministries|department|agency|authority|commission|council|court|tribunal|parliament|"
    r"senate|congress|assembly|government|police|army|navy|air force|university|college|school|"
    r"institute of technology|federal reserve|central bank|reserve bank|party|union|association|"
    r"federation|foundation|charity|society|committee|bureau|office of|directorate|regulator|"
    r"united nations|nato|unesco|unicef|imf|european union|fbi|cia|nasa)\b", re.I)
LEGAL_SUFFIX = re.compile(
    r"\b(inc|corp|corporation|co|ltd|limited|llc|llp|plc|gmbh|ag|sa|s\.a|nv|bv|ab|asa|oy|spa|s\.p\.a|"
    r"pty|kk|holdings|group|bank|airlines|airways|motors|technologies|systems|software|labs|"
    r"telecom|communications|networks|capital|partners|ventures|studios|records|entertainment|"
    r"times|post|journal|herald|tribune|gazette|telegraph|guardian|chronicle|daily|news|press|media|"
    r"broadcasting|exchange|reuters|bloomberg)\.?$", re.I)


def org_kind(name):
    """COMPANY or ORGANIZATION when a name's words say which, else ORG (unspecified)."""
    if PUBLIC_BODY.search(name):
        return "ORGANIZATION"
    if LEGAL_SUFFIX.search(name.strip()):
        return "COMPANY"
    return "ORG"


def settle_org_kinds(rows):
    """Unspecified organisations whose names say their kind get it (training data only)."""
    counts = Counter()
    for r in rows:
        for e in r["entities"]:
            if e["type"] == "ORG":
                e["type"] = org_kind(r["text"][e["start"]:e["end"]])
                counts[e["type"]] += 1
    return counts


def read_conll(path, tag_col=-1, sep=None):
    """Token-per-line file -> list of (tokens, tags) sentences; -DOCSTART- starts a doc.

    Returns list of documents, each a list of sentences.
    """
    docs = [[]]
    toks, tags = [], []

    def flush():
        nonlocal toks, tags
        if toks:
            docs[-1].append((toks, tags))
        toks, tags = [], []

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                flush()
                continue
            parts = line.split(sep) if sep else line.split()
            if parts[0] == "-DOCSTART-":
                flush()
                if docs[-1]:
                    docs.append([])
                continue
            if len(parts) < 2:
                parts = [parts[0], "O"]
            toks.append(parts[0])
            tags.append(parts[tag_col].strip())
    flush()
    return [d for d in docs if d]


def tags_to_example(tokens, tags, type_map, source):
    """Join tokens with single spaces, convert (IOB1 or BIO) tags to char spans."""
    text_parts, starts = [], []
    pos = 0
    for t in tokens:
        starts.append(pos)
        text_parts.append(t)
        pos += len(t) + 1
    text = " ".join(text_parts)
    ents = []
    cur = None  # [type, start_tok, end_tok]
    for i, tag in enumerate(list(tags) + ["O"]):
        if tag in ("O", "") or "-" not in tag:
            bio, typ = "O", None
        else:
            bio, typ = tag.split("-", 1)
        if bio == "O" or bio == "B" or (bio == "I" and (cur is None or cur[0] != typ)):
            if cur is not None:
                ents.append(cur)
                cur = None
            if bio != "O":
                cur = [typ, i, i + 1]
        else:
            cur[2] = i + 1
    out = []
    for typ, a, b in ents:
        m = type_map.get(typ)
        if m is None:
            continue
        out.append({"start": starts[a], "end": starts[b - 1] + len(tokens[b - 1]), "type": m})
    return {"text": text, "entities": out, "source": source}


def conll_examples(path, type_map, source, sep=None):
    docs = read_conll(path, sep=sep)
    return [[tags_to_example(t, g, type_map, source) for t, g in d] for d in docs]


# ---------------------------------------------------------------- GUM
ENT_RE = re.compile(r"\((\d+)-([^()]*)(\)?)|(\d+)\)")


def gum_examples(folder):
    """GUM CoNLL-U: keep person/organization/place mentions that are NAMED: they carry a
    Wikipedia identity link, or all their content tokens are proper nouns. Leading
    determiners and trailing possessive/punctuation tokens are stripped from spans."""
    out = []
    for path in sorted(glob.glob(os.path.join(folder, "*.conllu"))):
        text, rows = None, []
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        for line in lines + [""]:
            if line.startswith("# text = "):
                text = line[len("# text = "):]
            elif line.startswith("#"):
                continue
            elif not line.strip():
                if text is not None and rows:
                    ex = gum_sentence(text, rows)
                    if ex:
                        out.append(ex)
                text, rows = None, []
            else:
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue
                rows.append(cols)
    return out


def gum_sentence(text, rows):
    # char offsets of tokens in the sentence text
    offs = []
    pos = 0
    for cols in rows:
        tok = cols[1]
        k = text.find(tok, pos)
        if k < 0:
            return None
        offs.append((k, k + len(tok)))
        pos = k + len(tok)
    open_ = {}
    mentions = []  # (start_tok, end_tok_excl, etype, identity)
    for i, cols in enumerate(rows):
        misc = cols[9]
        ent = None
        for m in misc.split("|"):
            if m.startswith("Entity="):
                ent = m[len("Entity="):]
        if not ent:
            continue
        for m in ENT_RE.finditer(ent):
            if m.group(1):
                eid, content, closed = m.group(1), m.group(2), m.group(3)
                parts = content.split("-", 6)
                etype = parts[0] if parts else ""
                identity = parts[6] if len(parts) == 7 else ""
                if closed:
                    mentions.append((i, i + 1, etype, identity))
                else:
                    open_.setdefault(eid, []).append((i, etype, identity))
            else:
                eid = m.group(4)
                if open_.get(eid):
                    s, etype, identity = open_[eid].pop()
                    mentions.append((s, i + 1, etype, identity))
    spans = []
    for s, e, etype, identity in mentions:
        typ = GUM_MAP.get(etype)
        if typ is None:
            continue
        while s < e and rows[s][3] in ("DET",):
            s += 1
        while e > s and rows[e - 1][3] in ("PART", "PUNCT"):
            e -= 1
        if s >= e:
            continue
        upos = [rows[k][3] for k in range(s, e)]
        content = [u for u in upos if u not in ("ADP", "DET", "CCONJ", "PUNCT", "PART", "NUM")]
        named = bool(content) and all(u == "PROPN" for u in content)
        if not named and not (identity and rows[s][3] == "PROPN"):
            continue
        if not named:
            # identity-linked but contains common nouns: keep only if it starts with PROPN
            # and has at most one common-noun head (e.g. "Tulsa Zoo" tagged NOUN)
            if sum(1 for u in content if u != "PROPN") > 1:
                continue
        spans.append((s, e, typ))
    # drop nested spans, keep outermost
    spans.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    kept = []
    for sp in spans:
        if any(sp[0] < k[1] and sp[1] > k[0] for k in kept):
            continue
        kept.append(sp)
    ents = [{"start": offs[s][0], "end": offs[e - 1][1], "type": t} for s, e, t in kept]
    return {"text": text, "entities": sorted(ents, key=lambda x: x["start"]), "source": "gum"}


# ---------------------------------------------------------------- in-domain
# Sentences in the first release of train/data/indomain.jsonl (split by a seeded shuffle).
INDOMAIN_FIRST_RELEASE = 760


def indomain_examples(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            r = json.loads(line)
            ents = [
                {"start": int(e["start"]), "end": int(e["end"]), "type": e["type"]}
                for e in r.get("entities", [])
                if e.get("type") in ("COMPANY", "ORGANIZATION", "PER", "LOC", "SERVICE")
            ]
            rows.append({"text": r["text"], "entities": ents, "source": "indomain"})
    return rows


def flat(docs):
    return [s for d in docs for s in d]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=os.path.join(os.path.dirname(REPO), "shared", "datasets", "ner"))
    ap.add_argument("--indomain", default=os.path.join(HERE, "data", "indomain.jsonl"))
    ap.add_argument("--out", default=os.path.join(HERE, "out", "prep"))
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--indomain-oversample", type=int, default=4)
    args = ap.parse_args()
    d = args.data
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)

    train = []
    # BTC: train+dev for training, test held out
    train += flat(conll_examples(f"{d}/btc/train.conll", BTC_MAP, "btc", sep="\t"))
    train += flat(conll_examples(f"{d}/btc/dev.conll", BTC_MAP, "btc", sep="\t"))
    held_btc = flat(conll_examples(f"{d}/btc/test.conll", BTC_MAP, "btc", sep="\t"))
    # WNUT-17: train+dev for training, test held out
    train += flat(conll_examples(f"{d}/wnut17/train.conll", WNUT_MAP, "wnut17", sep="\t"))
    train += flat(conll_examples(f"{d}/wnut17/dev.conll", WNUT_MAP, "wnut17", sep="\t"))
    held_wnut = flat(conll_examples(f"{d}/wnut17/test.conll", WNUT_MAP, "wnut17", sep="\t"))
    # WikiGold: seeded 20% of documents held out
    wg_docs = conll_examples(f"{d}/wikigold/wikigold.conll", CONLL4_MAP, "wikigold")
    idx = list(range(len(wg_docs)))
    rng.shuffle(idx)
    n_held = round(0.2 * len(wg_docs))
    held_set = set(idx[:n_held])
    held_wg = flat([wg_docs[i] for i in sorted(held_set)])
    train += flat([wg_docs[i] for i in range(len(wg_docs)) if i not in held_set])
    # SEC filings: all for training
    # The SEC set tags contract roles ("Borrower" PER, "Lender" PER, "Bank" ORG); those
    # are not named entities in news, so they are turned into O.
    for split in ("train", "test"):
        for ex in flat(conll_examples(f"{d}/sec-filings/{split}.conll", SEC_MAP, "sec")):
            ex["entities"] = [e for e in ex["entities"]
                              if ex["text"][e["start"]:e["end"]].lower() not in SEC_ROLE_WORDS]
            train.append(ex)
    # CrossNER: all domains, all splits for training
    for dom in ("ai", "literature", "music", "politics", "science"):
        for split in ("train", "dev", "test"):
            train += flat(conll_examples(f"{d}/crossner/{dom}/{split}.txt", CROSSNER_MAP, f"crossner-{dom}", sep="\t"))
    # GUM
    train += gum_examples(f"{d}/gum")
    print("unspecified organisations settled by name cues:", dict(settle_org_kinds(train)))
    # In-domain
    held_ind = []
    if os.path.exists(args.indomain):
        ind = indomain_examples(args.indomain)
        # The first release's sentences keep the seeded split they were trained and scored
        # with; sentences added later are held out by a hash of their text, so growing the
        # file never moves a sentence a model has trained on into the held-out set.
        first = ind[:INDOMAIN_FIRST_RELEASE]
        idx = list(range(len(first)))
        random.Random(args.seed).shuffle(idx)
        held = set(idx[:round(0.15 * len(first))])
        for i, r in enumerate(ind[INDOMAIN_FIRST_RELEASE:], start=INDOMAIN_FIRST_RELEASE):
            if int(hashlib.sha1(r["text"].encode("utf-8")).hexdigest(), 16) % 100 < 15:
                held.add(i)
        held_ind = [r for i, r in enumerate(ind) if i in held]
        ind_train = [r for i, r in enumerate(ind) if i not in held]
        train += ind_train * args.indomain_oversample
        print(f"in-domain: {len(ind)} sentences, {len(held_ind)} held out, {len(ind_train)} x{args.indomain_oversample} in train")
    else:
        print("WARNING: no in-domain file at", args.indomain)

    # drop empty texts; shuffle training set (seeded)
    train = [t for t in train if t["text"].strip()]
    rng.shuffle(train)
    write_jsonl(f"{args.out}/train.jsonl", train)
    write_jsonl(f"{args.out}/heldout_btc.jsonl", held_btc)
    write_jsonl(f"{args.out}/heldout_wnut17.jsonl", held_wnut)
    write_jsonl(f"{args.out}/heldout_wikigold.jsonl", held_wg)
    write_jsonl(f"{args.out}/heldout_indomain.jsonl", held_ind)
    stats = {"seed": args.seed, "sets": {}}
    for name, rows in [("train", train), ("heldout_btc", held_btc), ("heldout_wnut17", held_wnut),
                       ("heldout_wikigold", held_wg), ("heldout_indomain", held_ind)]:
        src = Counter(r["source"] for r in rows)
        ty = Counter(e["type"] for r in rows for e in r["entities"])
        stats["sets"][name] = {"sentences": len(rows), "by_source": dict(src), "entities": dict(ty)}
    with open(f"{args.out}/stats.json", "w") as f:
        json.dump(stats, f, indent=1)
    print(json.dumps(stats, indent=1))


if __name__ == "__main__":
    main()
