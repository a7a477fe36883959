#!/usr/bin/env python3
"""A few company-centred Wikipedia lead sections from Re-DocRED (github.com/tonytan48/Re-DocRED,
data/{dev,test}_revised.json; annotations MIT, text English Wikipedia CC BY-SA 3.0) -> pool/wp-*.json.
Encyclopedic, not news: kept to a small number, as the brief allows."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import slug, write, index
from meantime_to_pool_lib import detok
D = os.path.dirname(os.path.abspath(__file__))
SEL = {  # index into dev+test : sector, region, topics
 238: ("airlines/transport", "US", "deal,leadership"), 978: ("airlines/transport", "US", "deal"),
 942: ("games", "non-US", "deal"), 608: ("games", "non-US", "deal"), 10: ("banking/finance", "non-US", "leadership"),
 953: ("banking/finance", "non-US", "leadership"), 923: ("retail", "US", "deal"), 599: ("tech/software", "US", "deal"),
 447: ("telecoms", "US", "deal"), 134: ("manufacturing/energy", "non-US", "deal"), 7: ("defence", "non-US", "deal"),
 476: ("manufacturing", "non-US", "deal"),
}
docs = json.load(open(os.path.join(D, "..", "raw", "redocred", "dev_revised.json"))) + \
       json.load(open(os.path.join(D, "..", "raw", "redocred", "test_revised.json")))
for k, (sector, region, topics) in SEL.items():
    d = docs[k]
    text = detok([t for s in d["sents"] for t in s])
    url = "https://en.wikipedia.org/wiki/" + d["title"].replace(" ", "_")
    write({"id": slug(d["title"], None, "wp"), "source": url,
           "licence": "CC BY-SA 3.0 (English Wikipedia text; Re-DocRED annotations MIT)",
           "attribution": f"Wikipedia contributors, '{d['title']}', {url}; via Re-DocRED (Tan et al. 2022), github.com/tonytan48/Re-DocRED",
           "published": None, "title": d["title"], "text": text, "sector": sector, "region": region,
           "topics": topics.split(","), "origin": "re-docred (Wikipedia lead section, not a news article)",
           "notes": "Encyclopedic lead section (DocRED snapshot of Wikipedia), detokenised; use sparingly."})
print(index())
