#!/usr/bin/env python3
"""NER training sentences from the annotated corpus's train split (gold names projected onto text).

Each eval/corpus/train/*.json article lists its entities (type, name, aliases) but not where they
occur. This projects every surface form (name and aliases) onto the article's text:
  1. longest surface first, all occurrences, at word boundaries, case-sensitive;
  2. then a careful case-insensitive pass: an occurrence written in capitals ("MICROSOFT" for
     "Microsoft", "Nasa" is not taken, "nasa" is not taken) only when the text has it ALL CAPS;
an occurrence never overlaps one already taken. Spans take the gold type (Company -> COMPANY,
Organization -> ORGANIZATION, Service -> SERVICE, Person -> PER, Location -> LOC); everything not
projected is O. The text is then cut into sentences (never inside a projected span) as the Rust
side sees them, one JSONL row per sentence in prepare.py's format ({"text", "entities", "source"});
nerlib.encode chunks long ones at training time.

Only the train split may be trained on: the script refuses a folder named test, and one named dev
unless --for-eval (to score a recogniser on dev's projected names with evaluate.py).

  python3 train/corpus_ner.py --gold eval/corpus/train --out train/out/corpus/train.jsonl
  python3 train/corpus_ner.py --check        # self-test on invented sentences
  python3 train/corpus_ner.py --gold eval/corpus/dev --for-eval --out train/out/corpus/dev_eval.jsonl
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from nerlib import write_jsonl  # noqa: E402

TYPE_MAP = {"Company": "COMPANY", "Organization": "ORGANIZATION", "Service": "SERVICE", "Person": "PER",
            "Location": "LOC"}
# a sentence ends at . ! ? (optionally followed by a closing quote or bracket) before white space and
# a capital, digit, quote or bracket; or at a line break
SENT_END = re.compile(r"(?<=[.!?])[\"'”’)\]]?\s+(?=[A-Z0-9\"“‘(\[])|\n+")


def _occurrences(text, surface, ignore_case):
    flags = re.IGNORECASE if ignore_case else 0
    # word boundaries; "000" is not taken out of "1,000" nor "5" out of "5.5"
    pat = re.compile(r"(?<!\w)(?<!\d[.,])" + re.escape(surface) + r"(?!\w)(?![.,]\d)", flags)
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def project(text, entities):
    """Char spans [{"start", "end", "type", "name"}] of the gold entities' surface forms in text."""
    surfaces = []
    for e in entities:
        t = TYPE_MAP.get(e["type"])
        if t is None:
            continue
        for s in [e["name"]] + list(e.get("aliases") or []):
            s = s.strip()
            if s:
                surfaces.append((s, t, e["name"]))
    # longest first; a tie keeps the gold order (stable sort)
    surfaces.sort(key=lambda x: -len(x[0]))
    taken = [False] * len(text)
    spans = []

    def claim(a, b, t, name):
        if any(taken[a:b]):
            return
        for i in range(a, b):
            taken[i] = True
        spans.append({"start": a, "end": b, "type": t, "name": name})

    for s, t, name in surfaces:
        for a, b in _occurrences(text, s, ignore_case=False):
            claim(a, b, t, name)
    for s, t, name in surfaces:
        for a, b in _occurrences(text, s, ignore_case=True):
            got = text[a:b]
            if got != s and any(c.isalpha() for c in got) and got.upper() == got:
                claim(a, b, t, name)
    return sorted(spans, key=lambda x: x["start"])


def sentences(text, spans):
    """(start, end) of each sentence; a boundary inside a projected span is not taken."""
    inside = [False] * (len(text) + 1)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            inside[i] = True
    out, start = [], 0
    for m in SENT_END.finditer(text):
        if inside[m.start()] or inside[max(m.start() - 1, 0)]:
            continue
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    res = []
    for a, b in out:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            res.append((a, b))
    return res


def article_rows(gold, source="corpus"):
    text = gold["text"]
    spans = project(text, gold.get("entities", []))
    rows = []
    for a, b in sentences(text, spans):
        ents = [{"start": s["start"] - a, "end": s["end"] - a, "type": s["type"]}
                for s in spans if s["start"] >= a and s["end"] <= b]
        rows.append({"text": text[a:b], "entities": ents, "source": source, "doc": gold.get("id", "")})
    return rows, spans


def check():
    """Self-test on invented text (never corpus text)."""
    gold = {"id": "x", "text": "Brightwave Telecom said its Fibrelink service failed in Norvale. BRIGHTWAVE apologised.\n"
            "Chief executive Dana Okoro said Brightwave engineers fixed Fibrelink by noon. "
            "brightwave is also a common word here. The Norvale Energy Board (NEB) asked for a report.",
            "entities": [
                {"type": "Company", "name": "Brightwave Telecom", "aliases": ["Brightwave"]},
                {"type": "Service", "name": "Fibrelink", "aliases": []},
                {"type": "Location", "name": "Norvale", "aliases": []},
                {"type": "Organization", "name": "Norvale Energy Board", "aliases": ["NEB"]},
                {"type": "Person", "name": "Dana Okoro", "aliases": ["Okoro"]},
                {"type": "Event", "name": "outage", "aliases": []},
            ]}
    rows, spans = article_rows(gold)
    got = [(gold["text"][s["start"]:s["end"]], s["type"]) for s in spans]
    want = [("Brightwave Telecom", "COMPANY"), ("Fibrelink", "SERVICE"), ("Norvale", "LOC"),
            ("BRIGHTWAVE", "COMPANY"), ("Dana Okoro", "PER"), ("Brightwave", "COMPANY"), ("Fibrelink", "SERVICE"),
            ("Norvale Energy Board", "ORGANIZATION"), ("NEB", "ORGANIZATION")]
    assert got == want, got
    assert [r["text"] for r in rows] == [
        "Brightwave Telecom said its Fibrelink service failed in Norvale.", "BRIGHTWAVE apologised.",
        "Chief executive Dana Okoro said Brightwave engineers fixed Fibrelink by noon. "
        "brightwave is also a common word here.", "The Norvale Energy Board (NEB) asked for a report."], rows
    for r in rows:
        for e in r["entities"]:
            assert r["text"][e["start"]:e["end"]].lower() in {"brightwave telecom", "brightwave", "fibrelink",
                                                               "norvale", "dana okoro", "norvale energy board", "neb"}
    # a sentence boundary inside a name is not taken; word boundaries are kept
    rows2, spans2 = article_rows({"text": "Shares of Acme Co. Ltd fell. Acmes are not Acme.", "entities": [
        {"type": "Company", "name": "Acme Co. Ltd", "aliases": ["Acme"]}]})
    assert [r["text"] for r in rows2] == ["Shares of Acme Co. Ltd fell.", "Acmes are not Acme."], rows2
    assert [(e["start"], e["end"]) for e in rows2[1]["entities"]] == [(14, 18)], rows2
    _, spans3 = article_rows({"text": "It paid 1,000 dollars; call 000 now.", "entities": [
        {"type": "Service", "name": "000", "aliases": []}]})
    assert [(s["start"], s["end"]) for s in spans3] == [(28, 31)], spans3
    print("check: ok")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=os.path.join(os.path.dirname(HERE), "eval", "corpus", "train"))
    ap.add_argument("--out", default=os.path.join(HERE, "out", "corpus", "train.jsonl"))
    ap.add_argument("--check", action="store_true", help="run the self-test and exit")
    ap.add_argument("--for-eval", action="store_true",
                    help="allow the dev split, to score a recogniser on it (never for training; test is always refused)")
    args = ap.parse_args()
    if args.check:
        check()
        return
    split = os.path.basename(os.path.normpath(args.gold))
    if split == "test" or (split == "dev" and not args.for_eval):
        sys.exit(f"{args.gold}: only the train split may be used for training")
    rows, types, unmatched, n_ent = [], Counter(), Counter(), 0
    files = sorted(glob.glob(os.path.join(args.gold, "*.json")))
    for fn in files:
        gold = json.load(open(fn, encoding="utf-8"))
        r, spans = article_rows(gold)
        rows += r
        found = {s["name"] for s in spans}
        for e in gold.get("entities", []):
            if e["type"] in TYPE_MAP:
                n_ent += 1
                if e["name"] not in found:
                    unmatched[e["type"]] += 1
        types.update(s["type"] for s in spans)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    write_jsonl(args.out, rows)
    print(f"{len(files)} articles, {len(rows)} sentences, {sum(types.values())} mentions {dict(types)}; "
          f"gold entities never found in their text: {sum(unmatched.values())} of {n_ent} {dict(unmatched)}")


if __name__ == "__main__":
    main()
