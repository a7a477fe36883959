#!/usr/bin/env python3
"""List the items on which the first annotation (train/dev) and a second-annotation folder disagree, matched as
agreement.py does. usage: agreement_diff.py eval/corpus/second-annotation-NN"""
import json, os, sys
here = os.path.abspath(sys.argv[1])
sys.argv = [sys.argv[0]]
corpus = os.path.dirname(os.path.abspath(__file__))
import importlib.util
src = open(os.path.join(corpus, "agreement.py")).read().replace("\nmain()\n", "\n")
ns = {}; exec(src, ns)
norm, name_sets, same = ns["norm"], ns["name_sets"], ns["same"]
for f in sorted(os.listdir(here)):
    if not f.endswith(".json"): continue
    p = [os.path.join(corpus, s, f) for s in ("train", "dev") if os.path.exists(os.path.join(corpus, s, f))][0]
    a, b = json.load(open(p)), json.load(open(os.path.join(here, f)))
    na, nb = name_sets(a), name_sets(b)
    tests = {
     "entities": (lambda x: (x["type"], x["name"], x.get("aliases")), lambda x, y: x["type"] == y["type"] and same(na, x["name"], nb, y["name"])),
     "roles": (lambda x: (x["person"], x["title"], x["org"], x["current"]), lambda x, y: x["title"] == y["title"] and same(na, x["person"], nb, y["person"]) and same(na, x["org"], nb, y["org"])),
     "relations": (lambda x: (x["s"], x["p"], x["o"]), lambda x, y: x["p"] == y["p"] and same(na, x["s"], nb, y["s"]) and same(na, x["o"], nb, y["o"])),
     "outages": (lambda x: (x["provider"], x["date"], x.get("affected")), lambda x, y: same(na, x["provider"], nb, y["provider"]) and str(x.get("date") or "")[:7] == str(y.get("date") or "")[:7]),
     "dates": (lambda x: (x["text"], x["value"]), lambda x, y: x["value"] == y["value"]),
    }
    lines = []
    for cat, (show, hit) in tests.items():
        for x in a[cat]:
            if not any(hit(x, y) for y in b[cat]): lines.append(f"  {cat}: first only  {show(x)}")
        for y in b[cat]:
            if not any(hit(x, y) for x in a[cat]): lines.append(f"  {cat}: second only {show(y)}")
    # current flag differences on matched roles
    for x in a["roles"]:
        for y in b["roles"]:
            if tests["roles"][1](x, y) and x["current"] != y["current"]:
                lines.append(f"  roles (current only, unscored): first {show(x) if False else x} / second {y['current']}")
    if lines: print(f); print("\n".join(lines))
