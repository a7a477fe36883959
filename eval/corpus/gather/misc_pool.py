#!/usr/bin/env python3
"""Single items: GUM news 'ie9' (Wikinews via GUM, /work/shared/datasets/ner/gum) and one FCC press release
excerpt (public domain) copied from the search tool's stored page of docs.fcc.gov."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write, index

def gum_text(path):
    paras, cur, meta = [], [], {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("# newpar") and not line.startswith("# newpar_block"):
            if cur: paras.append(" ".join(cur)); cur = []
        elif line.startswith("# text = "):
            cur.append(line[9:].strip())
        elif line.startswith("# meta::"):
            k, v = line[8:].split(" = ", 1); meta[k] = v.strip()
    if cur: paras.append(" ".join(cur))
    return meta, paras

meta, paras = gum_text("/work/shared/datasets/ner/gum/GUM_news_ie9.conllu")
if paras and paras[0] == meta.get("title"):
    paras = paras[1:]
paras = [p for p in paras if not re.fullmatch(r"\w+day, \w+ \d+, \d{4}", p)]
write({"id": "gum-microsoft-internet-explorer-6-2011", "source": meta["sourceURL"], "licence": "CC BY 2.5",
       "attribution": f"Wikinews contributors, '{meta['title']}', {meta['sourceURL']} (text via the GUM corpus, Zeldes 2017)",
       "published": meta.get("dateCreated"), "title": meta["title"], "text": "\n\n".join(paras), "sector": "tech",
       "region": "mixed", "topics": ["product"], "origin": "gum (GUM_news_ie9.conllu)"})

FCC = """Washington, D.C. – Verizon has agreed to a $3.4 million settlement to resolve a Federal Communications Commission investigation into the company’s failure to meet its emergency call obligations during a multistate 911 service outage last year. The investigation, led by the FCC’s Enforcement Bureau, related to an April 2014 911 service outage that lasted for six hours and affected wireless consumers in nine California counties who were unable to reach emergency call centers during the outage.

“Americans must have confidence that they will be able to reach 911 in an emergency,” said Chairman Tom Wheeler. “We take seriously our obligation to ensure the nation’s 911 systems function reliably. We will continue to work with providers to ensure that advances in 911 technologies lead to improved communications between citizens and first responders.”

The April 2014 outage was part of a broader multistate 911 outage that affected over 11 million people and at least 83 emergency call centers in seven states. The Verizon portion of the outage affected 750,000 California residents who were unable to call 911 to reach a live operator at 13 emergency call centers in northern California.

As part of today’s settlement, Verizon has agreed to adopt a robust compliance plan."""
write({"id": "fcc-verizon-911-outage-settlement-2015", "source": "https://docs.fcc.gov/public/attachments/DOC-332570A1.txt",
       "licence": "public domain (US federal government work)",
       "attribution": "U.S. Federal Communications Commission news release, 'Verizon agrees to $3.4 million settlement to resolve 911 outage investigation', March 18, 2015, https://docs.fcc.gov/public/attachments/DOC-332570A1.txt",
       "published": "2015-03-18", "title": "Verizon Agrees to $3.4 Million Settlement to Resolve 911 Outage Investigation",
       "text": FCC, "sector": "telecoms", "region": "US", "topics": ["outage", "regulatory"],
       "origin": "fcc-press-release (search tool page store)", "truncated": True,
       "notes": "Only the first ~2,000 characters of the release were available (search excerpt); cut at the last full sentence. Paragraph breaks reconstructed by hand from sentence boundaries. Fetch the full release to complete it."})
print(index())
