#!/usr/bin/env python3
"""meantime.jsonl + meantime_meta.tsv -> pool/wn-*.json"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import slug, write, index
D = os.path.dirname(os.path.abspath(__file__))
meta = {}
for l in open(os.path.join(D, "meantime_meta.tsv")):
    pid, sector, region, topics = l.rstrip("\n").split("\t")
    meta[pid] = (sector, region, topics.split(","))
for l in open(os.path.join(D, "..", "raw", "meantime", "meantime.jsonl"), encoding="utf-8"):
    r = json.loads(l)
    pub = r["published"]
    if pub and "-" in pub and len(pub.split("-")[0]) == 2:  # "03-02-2009" -> DD-MM-YYYY
        d, m, y = pub.split("-"); pub = f"{y}-{m}-{d}"
    sector, region, topics = meta[r["pageid"]]
    url = "https://en.wikinews.org/w/index.php?curid=" + r["pageid"]
    write({"id": slug(r["title"], pub[:4], "wn"), "source": url, "licence": "CC BY 2.5",
           "attribution": f"Wikinews contributors, '{r['title']}', {url} (text via the MEANTIME corpus, NewsReader project)",
           "published": pub, "title": r["title"], "text": r["text"], "sector": sector, "region": region,
           "topics": topics, "origin": "meantime", "wikinews_pageid": int(r["pageid"]),
           "notes": "Detokenised from MEANTIME tokens; Wikinews paragraph breaks are not recoverable, so the body is one paragraph. Check spacing around quotes/hyphens against the source when annotating."})
print(index())
