#!/usr/bin/env python3
"""Checks gold files (../../../shared/eval/GOLD_FORMAT.md): required fields, licence and source recorded, every
name, alias and date text found in the article text (and holding a word character), roles, relations and outage providers naming annotated
entities, and the title, type and predicate vocabularies. usage: check.py FILE... ; exits 1 if any file fails."""
import json, os, sys
TITLES = {"ceo","chairman","president","cfo","cto","coo","founder","cofounder","director","vice-president","head","executive","analyst","spokesperson","minister","governor","other"}
TYPES = {"Company","Organization","Person","Service","Location"}
PREDS = {"parentOrganization","provider","acquired","partner"}
bad = 0
for path in sys.argv[1:]:
    g = json.load(open(path))
    errs = []
    for k in ("id","source","licence","attribution","published","title","text","entities","roles","relations","outages","dates"):
        if k not in g: errs.append(f"missing {k}")
    for k in ("source", "licence", "attribution"):
        if not str(g.get(k) or "").strip(): errs.append(f"no {k} recorded")
    names = {}
    for e in g.get("entities", []):
        if e.get("type") not in TYPES: errs.append(f"bad type {e}")
        for n in [e.get("name")] + list(e.get("aliases", [])):
            if n and n not in g["text"]: errs.append(f"surface form not in text: {n!r}")
            # the contract scorer compares names by their words; a name of punctuation alone ("!!!") has none,
            # cannot be matched and makes score.py fail when it is missed
            if n is not None and not any(ch.isalnum() for ch in n): errs.append(f"surface form has no word: {n!r}")
            names[(n or "").lower()] = e.get("type")
    for r in g.get("roles", []):
        if r.get("title") not in TITLES: errs.append(f"bad title {r}")
        if str(r.get("person","")).lower() not in names: errs.append(f"role person not an entity: {r}")
        if str(r.get("org","")).lower() not in names: errs.append(f"role org not an entity: {r}")
        if not isinstance(r.get("current"), bool): errs.append(f"current not bool: {r}")
    for r in g.get("relations", []):
        if r.get("p") not in PREDS: errs.append(f"bad predicate {r}")
        for k in ("s","o"):
            if str(r.get(k,"")).lower() not in names: errs.append(f"relation {k} not an entity: {r}")
    for o in g.get("outages", []):
        if o.get("provider") is not None and str(o["provider"]).lower() not in names: errs.append(f"outage provider not an entity: {o.get('provider')}")
    for d in g.get("dates", []):
        if d.get("text") not in g["text"]: errs.append(f"date text not in text: {d}")
    if errs:
        bad += 1
        print(path); [print("  ", e) for e in errs]
sys.exit(1 if bad else 0)
