#!/usr/bin/env python3
"""Batch 5: Wikinews 'Economy and business' / 'Politics and conflicts' articles from the toscaData R package
(github.com/Docma-TU/toscaData, data/economy.rda + politics.rda -> raw/toscadata/) -> pool/wn-*.json
(leadership changes and outages). Needs `rdata` (.venv/bin/pip install rdata) unless raw/toscadata/*.pkl exist."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import slug, write
from toscadata_lib import load, clean, date, title
# dropped after reading: ID192296 (MySpace), ID256074 (FAA), ID197126 (BP), ID2810296 (Uber), ID532549 (BBC): words lost with {{w}} links
# toscaData id: (sector, region, topics, leading template/category residue to cut)
SEL = {
 "ID1073": ("retail/apparel", "US", "leadership", ""),
 "ID5468": ("airlines/transport", "non-US", "leadership", ""),
 "ID5489": ("airlines/transport", "non-US", "leadership", ""),
 "ID8691": ("airlines/transport", "non-US", "leadership", ""),
 "ID14676": ("media", "non-US", "leadership", ""),
 "ID29300": ("banking/finance (central bank)", "non-US", "leadership,regulatory", ""),
 "ID33935": ("retail/electronics", "US", "leadership", ""),
 "ID47247": ("food/consumer goods", "US", "leadership", ""),
 "ID49980": ("tech", "US", "leadership", ""),
 "ID61844": ("tech/telecoms", "non-US", "leadership,regulatory", ""),
 "ID69262": ("banking/finance (development bank)", "mixed", "leadership", ""),
 "ID5926": ("banking/finance (development bank)", "mixed", "leadership", ""),
 "ID108680": ("tech/software", "US", "leadership", ""),
 "ID141472": ("media/entertainment", "US", "leadership", ""),
 "ID4299": ("tech", "US", "leadership", "New York -"),
 "ID6060": ("banking/finance", "non-US", "restructuring,leadership", ""),
 "ID947": ("retail", "US", "deal,leadership", ""),
 "ID14389": ("media/entertainment", "US", "leadership", ""),
 "ID65152": ("tech/telecoms", "non-US", "regulatory,leadership", ""),
 "ID131440": ("banking/finance (central bank)", "US", "leadership", "United States infobox"),
 "ID150465": ("banking/finance (central bank)", "US", "leadership", "United States infobox"),
 "ID61063": ("media/radio", "US", "deal,leadership", ""),
 # outages / service disruptions
 "ID21794": ("energy/utilities", "US", "outage", "publish"),
 "ID62050": ("tech/government services", "non-US", "outage", None),
 "ID65967": ("telecoms/tech", "non-US", "outage", "Canadian news"),
 "ID80748": ("airlines/transport (air traffic control)", "US", "outage", ""),
 "ID230987": ("telecoms/internet", "mixed", "outage,leadership", "Internet"),
 "ID39539": ("tech/web hosting", "US", "outage", "publish Archive-unreviewed"),
 "ID33597": ("media", "non-US", "outage", ""),
 "ID187232": ("energy/oil", "US", "outage", "United States infobox"),
 "ID38665": ("energy/utilities", "non-US", "outage,regulatory", None),
 "ID175873": ("airlines/transport", "mixed", "outage,earnings", "Economy and business"),
 "ID76415": ("energy/utilities", "non-US", "outage", None),
}
def main(dry=False):
    d = load(); out = []
    for k, (sector, region, topics, cut) in SEL.items():
        r = d[k]
        t = clean(r, cut or "").replace("SenatorOrrin", "Senator Orrin")
        if cut is None:  # residue of <ref>/comments at the start: drop everything before the first capital letter sentence
            t = re.sub(r"^[^A-Z\"]*", "", t)
        ti = title(r); pub = date(r)
        url = "https://en.wikinews.org/wiki/" + ti.replace(" ", "_")
        rec = {"id": slug(ti, pub[:4], "wn"), "source": url, "licence": "CC BY 2.5",
               "attribution": f"Wikinews contributors, '{ti}', {url} (text via the toscaData R package, Koppers et al., github.com/Docma-TU/toscaData)",
               "published": pub, "title": ti, "text": t, "sector": sector, "region": region,
               "topics": topics.split(","), "origin": "wikinews (toscaData R package)",
               "notes": "Text from markup-stripped wikitext: link/template residue and spacing cleaned; paragraph breaks inferred from double spaces after sentence ends; a few links rendered through templates may be missing words - check against the source when annotating."}
        out.append(rec)
        if not dry: write(rec)
    return out
if __name__ == "__main__":
    for rec in main(dry="--dry" in sys.argv):
        print(rec["id"], len(rec["text"].split()))
