#!/usr/bin/env python3
"""Source of the newskg in-domain NER corpus (train/data/indomain.jsonl).

All sentences were written by hand for this project (see train/data/README.md).
They live in train/indomain_batches/b*.py, one sentence per line inside the
module-level string SENTENCES, with inline markup:

    [Corvane Systems|COM] named [Priya Raman|PER] chief executive.

Type codes: COM (a business, written as COMPANY), ORG (any other organisation: regulator,
government body, central bank, court, university, NGO, union, standards body, party; written as
ORGANIZATION), PER, LOC, SVC (written as SERVICE).  Lines that
are empty or start with '#' are ignored.  The markup is stripped and every
span's Python character offsets (end exclusive) into the clean text are
computed by the parser, so offsets cannot drift.

Usage:
    python3 train/indomain_src.py            # write train/data/indomain.jsonl
    python3 train/indomain_src.py --check    # re-verify the written file
    python3 train/indomain_src.py --stats    # counts only, no write
"""
import glob
import importlib.util
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH_GLOB = os.path.join(HERE, "indomain_batches", "b*.py")
OUT = os.path.join(HERE, "data", "indomain.jsonl")
TYPES = {"COM": "COMPANY", "ORG": "ORGANIZATION", "PER": "PER", "LOC": "LOC", "SVC": "SERVICE"}
VALID = set(TYPES.values())
SPAN = re.compile(r"\[([^\[\]|]+)\|([A-Z]+)\]")


def parse(line):
    """Turn one marked-up line into (text, entities)."""
    text, ents, pos = [], [], 0
    out_len = 0
    for m in SPAN.finditer(line):
        before = line[pos:m.start()]
        text.append(before)
        out_len += len(before)
        surface, code = m.group(1), m.group(2)
        if code not in TYPES:
            raise ValueError(f"unknown type {code!r} in: {line}")
        if surface != surface.strip():
            raise ValueError(f"span has outer whitespace {surface!r} in: {line}")
        ents.append({"start": out_len, "end": out_len + len(surface), "type": TYPES[code]})
        text.append(surface)
        out_len += len(surface)
        pos = m.end()
    text.append(line[pos:])
    text = "".join(text)
    if any(c in text for c in "[]|"):
        raise ValueError(f"stray markup character in: {line}")
    return text, ents


def load():
    records, seen = [], set()
    for path in sorted(glob.glob(BATCH_GLOB)):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for raw in mod.SENTENCES.splitlines():
            raw = raw.strip()
            if not raw or raw.startswith("#"):
                continue
            text, ents = parse(raw)
            if text in seen:
                raise ValueError(f"duplicate sentence ({os.path.basename(path)}): {text}")
            seen.add(text)
            records.append({"text": text, "entities": ents})
    return records


def check_record(rec, n):
    text, ents = rec["text"], rec["entities"]
    assert isinstance(text, str) and text == text.strip() and text, f"line {n}: bad text"
    last_end = 0
    for e in ents:
        s, t, ty = e["start"], e["end"], e["type"]
        assert ty in VALID, f"line {n}: bad type {ty}"
        assert 0 <= s < t <= len(text), f"line {n}: bad offsets {e}"
        assert s >= last_end, f"line {n}: overlapping/unsorted spans"
        span = text[s:t]
        assert span == span.strip(), f"line {n}: whitespace at span edge {span!r}"
        # spans must sit on token boundaries (no partial words)
        assert s == 0 or not (text[s - 1].isalnum()), f"line {n}: span starts mid-word {span!r}"
        assert t == len(text) or not (text[t].isalnum()), f"line {n}: span ends mid-word {span!r}"
        last_end = t


def stats(records):
    c = Counter(e["type"] for r in records for e in r["entities"])
    empty = sum(1 for r in records if not r["entities"])
    print(f"sentences: {len(records)}  (no entities: {empty})")
    print(f"entities:  {sum(c.values())}  " + "  ".join(f"{k}={c[k]}" for k in sorted(VALID)))


def main(argv):
    if "--check" in argv:
        # verify the written JSONL against itself and against the source
        with open(OUT, encoding="utf-8") as f:
            written = [json.loads(l) for l in f if l.strip()]
        for i, rec in enumerate(written, 1):
            check_record(rec, i)
        src = load()
        for i, rec in enumerate(src, 1):
            check_record(rec, i)
        if src != written:
            print("ERROR: indomain.jsonl is out of date with the batch sources; rerun without --check")
            return 1
        stats(written)
        print("check OK: all offsets valid, file matches source")
        return 0
    records = load()
    for i, rec in enumerate(records, 1):
        check_record(rec, i)
    if "--stats" in argv:
        stats(records)
        return 0
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(tmp, OUT)
    stats(records)
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
