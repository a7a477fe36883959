#!/usr/bin/env python3
"""FTC press releases (2025; public domain, US federal government work) scraped into
github.com/daiviknambiar/usaa-fraud-project src/data2/ftc_press_releases_scrapy.json
(deduplicated copy: raw/ftc_press_2025.json) -> pool/ftc-*.json for the company-focused ones."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import slug, write, index
D = os.path.dirname(os.path.abspath(__file__))
# index in raw/ftc_press_2025.json : sector, region, topics
SEL = {
 0: ("tech/software", "US", "regulatory,deal"), 2: ("education/tech", "US", "regulatory"),
 4: ("health", "US", "leadership,regulatory"), 8: ("media/entertainment", "US", "regulatory"),
 9: ("retail/e-commerce", "US", "regulatory"), 10: ("media/advertising", "US", "regulatory,deal"),
 13: ("tech/apps", "US", "regulatory"), 15: ("business services", "US", "regulatory"),
 23: ("media/entertainment", "US", "regulatory"), 24: ("energy", "US", "regulatory,deal"),
 32: ("games", "US", "regulatory"), 34: ("food/consumer goods", "US", "regulatory,deal"),
 36: ("retail/fuel", "mixed", "regulatory,deal"), 38: ("banking/finance (crypto)", "US", "regulatory,leadership"),
 41: ("energy", "US", "regulatory,deal"), 45: ("pharma/health", "US", "regulatory"),
 46: ("energy", "US", "regulatory,leadership,deal"), 48: ("energy", "US", "regulatory,leadership,deal"),
 49: ("energy", "US", "regulatory,leadership,deal"), 51: ("pharma/health (medical devices)", "US", "regulatory,deal"),
 54: ("insurance/health", "US", "regulatory"), 57: ("tech/apps", "US", "regulatory"),
 58: ("autos/trucks", "US", "regulatory,deal"), 62: ("retail/toys", "mixed", "regulatory"),
 63: ("retail/fitness", "US", "regulatory"), 70: ("retail/e-commerce", "mixed", "regulatory"),
 77: ("real estate/tech", "US", "regulatory,deal"), 79: ("energy", "US", "regulatory,deal"),
 80: ("autos/retail", "US", "regulatory,deal"),
}
def clean(t):
    t = t.replace("\xa0", " ")
    for cut in ("The Federal Trade Commission works to", "NOTE:"):
        i = t.find(cut)
        if i > 0: t = t[:i]
    t = re.sub(r"\s+", " ", t)
    t = re.sub(r" ([,.;:)])", r"\1", t)
    t = re.sub(r"\( ", "(", t)
    return t.strip()
d = json.load(open(os.path.join(D, "..", "raw", "ftc_press_2025.json"), encoding="utf-8"))
for k, (sector, region, topics) in SEL.items():
    r = d[k]
    pub = r["published_date"]
    write({"id": slug(r["title"], pub[:4], "ftc"), "source": r["url"],
           "licence": "public domain (US federal government work)",
           "attribution": f"U.S. Federal Trade Commission press release, '{r['title']}', {pub}, {r['url']}",
           "published": pub, "title": r["title"], "text": clean(r["full_text"]), "sector": sector,
           "region": region, "topics": topics.split(","), "origin": "ftc-press-release",
           "notes": "Scraped body: paragraph breaks and bulleted lists were lost in the scrape (list items are missing); FTC boilerplate footer removed."})
print(index())
