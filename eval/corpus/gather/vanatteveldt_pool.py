#!/usr/bin/env python3
"""Wikinews 2019/2020 articles scraped by github.com/vanatteveldt/wikinews (data/wikinews_{2019,2020}.csv,
CC BY 2.5) -> pool/wn-*.json for the business-relevant ones."""
import csv, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import slug, write, index
D = os.path.dirname(os.path.abspath(__file__))
SEL = {
 (2019, 15): ("airlines/transport", "non-US", "regulatory"),
 (2019, 39): ("aerospace", "US", "product"),
 (2019, 46): ("tech/social media", "mixed", "regulatory"),
 (2019, 50): ("autos", "US", "regulatory"),
 (2019, 106): ("energy", "non-US", "outage"),
 (2019, 130): ("tech/social media", "non-US", "regulatory"),
 (2019, 134): ("energy/utilities", "US", "outage,regulatory"),
 (2019, 151): ("airlines/transport", "mixed", "regulatory"),
 (2019, 156): ("defence/manufacturing", "non-US", "deal"),
 (2020, 34): ("retail", "non-US", "other"),
 (2020, 52): ("media", "non-US", "regulatory,outage"),
 (2020, 58): ("aerospace", "US", "product"),
 (2020, 60): ("energy/utilities", "US", "outage"),
 (2020, 68): ("retail", "non-US", "deal"),
 (2020, 102): ("tech", "US", "regulatory"),
}
for (y, i), (sector, region, topics) in SEL.items():
    r = list(csv.DictReader(open(os.path.join(D, "..", "raw", "vanatteveldt", f"wikinews_{y}.csv"), encoding="utf-8")))[i]
    paras = [p.replace("\xa0", " ").strip() for p in r["text"].split("\n")]
    paras = [p for p in paras if p]
    if paras and re.fullmatch(r"\w+day, \w+ \d+, \d{4}", paras[0]):
        paras = paras[1:]
    url = r["url"].replace("org//wiki", "org/wiki")
    write({"id": slug(r["title"], r["date"][:4], "wn"), "source": url, "licence": "CC BY 2.5",
           "attribution": f"Wikinews contributors, '{r['title']}', {url}",
           "published": r["date"], "title": r["title"], "text": "\n\n".join(paras), "sector": sector,
           "region": region, "topics": topics.split(","), "origin": "wikinews (vanatteveldt/wikinews scrape)"})
print(index())
