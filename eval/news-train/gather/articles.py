#!/usr/bin/env python3
"""Writes the eval/news-train gold files: invented news-style articles with gold annotations.

usage: articles.py OUTDIR      (normally: python3 eval/news-train/gather/articles.py eval/news-train)

The articles live in batch1.py, batch2.py, ... as calls to A(...) with a compact notation:
  ents   "C:Name=Alias,Alias; P:Person=Surname; S:Service; L:Place; O:Regulator"   (C Company, O Organization,
         P Person, S Service, L Location)
  roles  "Person|title|Org|1"  (last field 1 = current, 0 = former)  separated by ';'
  rels   "S>predicate>O"  separated by ';'
  outs   list of O(provider, date, start, end, hours, [affected], location, cause)
  dates  "surface text=value"  separated by ';'
Every company, person and product in them is invented. Before writing, each article is checked: every surface
form and date text is in the text, roles/relations/outages name annotated entities, weekday dates fall on
that weekday, and the text is 150-750 words (batch 1: 150-400; batch 2, nt-46..nt-90: 350-700)."""
import datetime, json, os, re, sys

SOURCE = "invented for newskg, 2026-12-01 (written for eval/news-train, session 9)"
PREFIX = "nt"
LICENCE = "MIT OR Apache-2.0"
ATTRIBUTION = "newskg project; invented news-style article written for this repository (all names fictitious)"
TYPES = {"C": "Company", "O": "Organization", "P": "Person", "S": "Service", "L": "Location"}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ARTICLES = []
# more checks, each article -> list of errors (eval/news-check adds one)
EXTRA_CHECKS = []


def words_ok(n):
    """The set's length rule (batch 1: 150-400 words; batch 2: 350-700)."""
    return 150 <= n <= 750


def O(provider, date, start=None, end=None, hours=None, affected=(), location=None, cause=None):
    return {"provider": provider, "date": date, "start": start, "end": end, "duration_hours": hours,
            "affected": list(affected), "location": location, "cause": cause}


def split(s, sep=";"):
    return [x.strip() for x in (s or "").split(sep) if x.strip()]


def A(num, slug, published, title, text, ents, roles="", rels="", outs=(), dates="", sector="", region="",
      topics=()):
    text = text.strip()
    entities = []
    for e in split(ents):
        t, rest = e.split(":", 1)
        name, _, al = rest.partition("=")
        entities.append({"type": TYPES[t.strip()], "name": name.strip(), "aliases": split(al, ",")})
    rl = []
    for r in split(roles):
        p, title_, org, cur = [x.strip() for x in r.split("|")]
        rl.append({"person": p, "title": title_, "org": org, "current": cur == "1"})
    rs = []
    for r in split(rels):
        s, p, o = [x.strip() for x in r.split(">")]
        rs.append({"s": s, "p": p, "o": o})
    ds = []
    for d in split(dates):
        t, v = d.rsplit("=", 1)
        ds.append({"text": t.strip(), "value": v.strip()})
    ARTICLES.append({
        "id": f"{PREFIX}-{num:02d}-{slug}", "source": SOURCE, "licence": LICENCE, "attribution": ATTRIBUTION,
        "published": published, "title": title, "text": text, "sector": sector, "region": region,
        "topics": list(topics), "entities": entities, "roles": rl, "relations": rs, "outages": list(outs),
        "dates": ds})


def check(a):
    errs = []
    text = a["text"]
    words = len(re.findall(r"\S+", text))
    if not words_ok(words):
        errs.append(f"{words} words")
    names = {}
    for e in a["entities"]:
        for n in [e["name"]] + e["aliases"]:
            if n not in text:
                errs.append(f"not in text: {n!r}")
            if n.lower() in names:
                errs.append(f"surface form twice: {n!r}")
            names[n.lower()] = e["type"]
    canon = {e["name"]: e["type"] for e in a["entities"]}
    for r in a["roles"]:
        if r["person"] not in canon or canon[r["person"]] != "Person":
            errs.append(f"role person {r['person']!r}")
        if r["org"] not in canon:
            errs.append(f"role org {r['org']!r}")
    for r in a["relations"]:
        for k in ("s", "o"):
            if r[k] not in canon:
                errs.append(f"relation {k} {r[k]!r}")
        if r["p"] == "provider" and (canon.get(r["s"]) != "Service" or canon.get(r["o"]) != "Company"):
            errs.append(f"provider types {r}")
        if r["p"] in ("parentOrganization", "acquired") and (canon.get(r["s"]) not in ("Company", "Organization")
                                                             or canon.get(r["o"]) not in ("Company", "Organization")):
            errs.append(f"{r['p']} types {r}")
    for o in a["outages"]:
        if o["provider"] and canon.get(o["provider"]) != "Company":
            errs.append(f"outage provider {o['provider']!r}")
        for x in o["affected"]:
            if x not in canon:
                errs.append(f"affected {x!r}")
        if o["location"]:
            parts = re.split(r",\s*|\s+and\s+", o["location"])
            for p in parts:
                p = re.sub(r"^the ", "", p)
                if p not in canon:
                    errs.append(f"location part {p!r} not an entity")
    seen = set()
    pub = datetime.date.fromisoformat(a["published"])
    for d in a["dates"]:
        if d["text"] not in text:
            errs.append(f"date text not in text {d['text']!r}")
        key = (d["text"].lower(), d["value"])
        if key in seen:
            errs.append(f"date twice {key}")
        seen.add(key)
        v = d["value"]
        if not re.fullmatch(r"\d{4}(-Q[1-4]|-\d\d(-\d\d(T\d\d:\d\d)?)?)?", v):
            errs.append(f"bad date value {v}")
        for i, w in enumerate(WEEKDAYS):
            if w in d["text"].lower():
                day = datetime.date.fromisoformat(v[:10])
                if day.weekday() != i:
                    errs.append(f"{d['text']} = {v} is a {day.strftime('%A')}")
                if not (pub - datetime.timedelta(days=7) <= day <= pub + datetime.timedelta(days=7)):
                    errs.append(f"{d['text']} = {v} far from published")
    for extra in EXTRA_CHECKS:
        errs.extend(extra(a))
    return errs


def main(here=None):
    """Loads the batch*.py files beside this script (or in `here`) and writes the gold files."""
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    here = here or os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    import builtins
    builtins.A, builtins.O = A, O
    for fn in sorted(os.listdir(here)):
        if re.fullmatch(r"batch\d+\.py", fn):
            __import__(fn[:-3])
    bad = 0
    ids = set()
    for a in ARTICLES:
        errs = check(a)
        if a["id"] in ids:
            errs.append("duplicate id")
        ids.add(a["id"])
        if errs:
            bad += 1
            print(a["id"], *errs, sep="\n  ")
            continue
        with open(os.path.join(out, a["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(a, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"{len(ARTICLES) - bad} written, {bad} with errors", file=sys.stderr)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
