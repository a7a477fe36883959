#!/usr/bin/env python3
"""Turn the MEANTIME English Wikinews articles (tokenised .naf.txp files from
github.com/paramitamirza/TempCauseRelPro, data/Wikinews-Relex-NAF-TXP-filtered) into plain-text records.
usage: meantime_to_pool.py TXP_DIR OUT_JSONL"""
import json, os, re, sys
from meantime_to_pool_lib import detok

def read(path):
    sents, date = {}, None
    for line in open(path, encoding="utf-8"):
        if line.startswith("# DATE:"):
            date = line.split(":", 1)[1].strip()[:10]
        if line.startswith("#") or not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        if f[0].startswith("DCT_"):
            continue
        sents.setdefault(int(f[2]), []).append(f[0])
    keys = sorted(sents)
    # title, dateline?, body: detokenise the body in one go so quotes spanning sentences pair up
    return date, [detok(sents[k]) for k in keys[:2]] + [detok([t for k in keys[2:] for t in sents[k]])]

out = open(sys.argv[2], "w", encoding="utf-8")
for topic in sorted(os.listdir(sys.argv[1])):
    for fn in sorted(os.listdir(os.path.join(sys.argv[1], topic))):
        date, sents = read(os.path.join(sys.argv[1], topic, fn))
        pageid = fn.split("_", 1)[0]
        title, body = sents[0], sents[1:]
        # drop the dateline sentence ("March 06, 2008") that Wikinews puts first
        if body and re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}\.?", body[0]):
            body = body[1:]
        out.write(json.dumps({"meantime_topic": topic, "pageid": pageid, "file": fn, "published": date,
                              "title": title, "text": " ".join(body)}, ensure_ascii=False) + "\n")
