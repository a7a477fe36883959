#!/usr/bin/env python3
"""Batch 9: Wikinews 'Economy and business' articles from the toscaData R package (acquisitions, mergers,
partnerships, products and their providers, earnings, regulation; most outside the US; two outage near-misses),
plus two public-domain US government texts on telecom outages from the search tool's page store.
Edits are listed per item: only conversion residue (infobox words, 'right', HTML tags, headings, 'Related
news' tails, external-link brackets) is removed, and a sentence or paragraph that lost linked words in the
conversion is cut (the note says which); no word is added."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import slug, write
from toscadata_lib import load, selected
REL = (r"\s*==\s*Related (news|Wikinews)\s*==\s*\*?\s*$", "")
# id: (sector, region, topics, leading residue to cut, [(regex, replacement)], note)
SEL = {
 # acquisitions, mergers
 "ID19132": ("food/beverages (brewing)", "non-US", "deal", "", [], ""),
 "ID16288": ("autos", "non-US", "deal", "", [], ""),
 "ID21553": ("media/internet", "US", "deal", "", [(r"\[http://www\.ign\.com/ IGN\.com\]", "IGN.com")], "External-link brackets around 'IGN.com' removed."),
 "ID21802": ("tech/software", "US", "deal", "right right", [], ""),
 "ID23523": ("tech/software", "mixed", "deal", "", [(r"\[http://www\.accel-kkr\.com/ Accel-KKR\]", "Accel-KKR")], "External-link brackets around 'Accel-KKR' removed."),
 "ID23950": ("banking/payments", "US", "deal", "right", [], ""),
 "ID35009": ("media/internet (online auctions)", "non-US", "deal", "New Zealand", [(r"\n\nAn additional \$50 million will be paid out if earnings targets are met over the next two years\., who founded Trade Me in 1999, is set to make over \$220 million\.", "")],
             "Two sentences cut where the founder's linked name was lost in the conversion (from 'An additional $50 million' to 'over $220 million.')."),
 "ID52093": ("telecoms", "non-US", "deal", "New Zealand", [], ""),
 "ID37846": ("telecoms equipment", "mixed", "deal", "", [], ""),
 "ID81384": ("tech/mobile", "mixed", "deal", "", [], ""),
 "ID109740": ("banking/finance", "non-US", "deal", "", [(r"\n\nUnions have expressed concerns over the takeover.*$", "")], "Last paragraph cut (the union's and a bank's linked names were lost in the conversion)."),
 "ID109820": ("retail (supermarkets)", "non-US", "deal", "United Kingdom", [], ""),
 "ID152159": ("tech/internet (job search)", "US", "deal,product", "", [(r"^\s*<p>\s*Internet\s*(</?p>\s*)*", ""), (r"\s*(</?p>\s*)+", "\n\n"), (r"\s+$", "")],
              "HTML paragraph tags and the leading 'Internet' category word removed."),
 "ID52082": ("media/internet (video)", "US", "deal", "", [], ""),
 # partnerships, products and providers
 "ID61910": ("retail/luxury goods", "mixed", "deal", "", [], ""),
 "ID59563": ("tech/enterprise software and services", "mixed", "deal,product", "", [], ""),
 "ID202626": ("airlines", "mixed", "deal", "", [(r" The airline also said that it could begin code-sharing with British Airways and in summer 2011\.", "")],
              "One sentence cut where a linked airline name was lost in the conversion."),
 "ID195847": ("autos (electric vehicles)", "mixed", "deal", "", [(r"\n\nTesla currently produces only a single model, the 109,000.*?Fremont factory\.", "")],
              "One paragraph cut where the model names were lost in the conversion."),
 "ID45174": ("tech/internet (instant messaging)", "US", "deal,product", "", [REL], ""),
 "ID61469": ("telecoms/internet portal", "non-US", "deal,product", "", [REL], ""),
 # earnings, regulatory
 "ID10852": ("airlines", "non-US", "earnings", "<br> right", [(r" One of the key methods of keeping costs.*?ambitious aim and to replace its older aircraft\.$", "")],
             "Closing part cut from 'One of the key methods' to the end: a bullet list flattened into one line by the conversion and the sentence after it."),
 "ID16952": ("banking/finance", "non-US", "earnings,deal", "", [], ""),
 "ID32646": ("mining", "non-US", "earnings", "", [], ""),
 "ID126620": ("airlines", "non-US", "earnings", "United Kingdom", [(r"\n\nCompany CEO announced that employees.*?anywhere\.\"", "")], "One paragraph cut where the chief executive's linked name was lost in the conversion."),
 "ID965": ("retail (supermarkets)", "non-US", "earnings", "", [], ""),
 "ID37489": ("tech/software", "mixed", "regulatory,product", "", [], ""),
 "ID31362": ("tech/internet", "non-US", "regulatory", "", [(r"\s*===Stock drop continues, may face delisting===\s*", "\n\n"), (r"\s*==Related Wikinews==\s*\*\s*$", "")], "Section heading 'Stock drop continues, may face delisting' removed."),
 "ID114707": ("banking/finance", "non-US", "regulatory", "", [], ""),
 # outage near-misses (no outage by the guidelines)
 "ID341682": ("retail/e-commerce", "US", "outage", "Internet", [], "Near-miss: a data breach, no service lost."),
 "ID40232": ("telecoms", "non-US", "outage", "Australian news", [], "Near-miss: a planned network closure with 90 days' notice."),
}
PD = "public domain (US federal government work)"
GOV = [
 dict(id="firstnet-authority-network-outage-task-force-update-2024",
      source="https://firstnet.gov/newsroom/blog/firstnet-authority-update-network-outage-task-force",
      attribution="First Responder Network Authority (U.S. Department of Commerce), 'FirstNet Authority Update on Network Outage Task Force', September 5, 2024, https://firstnet.gov/newsroom/blog/firstnet-authority-update-network-outage-task-force",
      published="2024-09-05", title="FirstNet Authority Update on Network Outage Task Force",
      sector="telecoms", region="US", topics=["outage", "regulatory"], truncated=True, origin="firstnet.gov (search tool page store)",
      notes="First ~2,000 characters from the search tool page store; site navigation, banner and title lines left out; cut at the last full sentence.",
      text="""The AT&T wireless network experienced a widespread outage in the early morning hours of February 22, 2024. This outage impacted service to AT&T’s commercial customers and affected some FirstNet subscribers. AT&T took immediate action to prioritize the restoration of public safety’s communications on FirstNet.

While the prioritization of FirstNet was important, the network did not perform up to public safety’s standards that day. Both the First Responder Network Authority (FirstNet Authority) and AT&T have taken action to help prevent FirstNet from experiencing an outage like this in the future.

After-Action Task Force

The FirstNet Authority is responsible for overseeing AT&T’s performance under the Nationwide Public Safety Broadband Network contract. Since February 22, we have coordinated with our network contractor, AT&T, to verify the cause of the outage, review the processes that led to it, and better understand the impact to public safety users of the network.

Through the work of AT&T and our After-Action Task Force, we now have a more comprehensive picture of the outage and events surrounding it. I directed the Task Force to review the incident from every angle, and they met the challenge.

The Task Force cast a wide net, working extensively with AT&T to review the incident in depth, and consulting with FirstNet users and other partners, including the Public Safety Advisory Committee. The team reviewed AT&T’s after-action assessment of the root-cause analysis of the outage, as well as third-party crowdsourced data to further understand the impacts and extent of the outage."""),
 dict(id="fcc-verizon-wireless-911-outage-six-states-settlement-2024",
      source="https://benton.org/headlines/verizon-wireless-pay-over-1-million-settle-fcc-investigation-911-outage-six-states",
      attribution="U.S. Federal Communications Commission news release 'Verizon Wireless to Pay Over $1 Million to Settle FCC Investigation into 911 Outage in Six States' (June 25, 2024), as reproduced by the Benton Institute headlines service, https://benton.org/headlines/verizon-wireless-pay-over-1-million-settle-fcc-investigation-911-outage-six-states",
      published="2024-06-25", title="Verizon Wireless to Pay Over $1 Million to Settle FCC Investigation into 911 Outage in Six States",
      sector="telecoms", region="US", topics=["outage", "regulatory"], truncated=True, origin="fcc news release via benton.org (search tool page store)",
      notes="The FCC news release's first paragraph as quoted on benton.org (the page store excerpt); the text is the FCC's (US government work), the mirror is not a government site. 'published' is the release's date as other copies of the release in the page store give it (the excerpt has no date).",
      text="""The Federal Communications Commission’s Enforcement Bureau announced a settlement to resolve its investigation into whether Verizon Wireless violated FCC rules by failing to deliver 911 calls during an outage in December 2022, in Alabama, Florida, Georgia, North Carolina, South Carolina, and Tennessee. As Congress and the Commission have found, robust and reliable 911 service is a critical national priority. Those calling first responders must be able to rely on their calls being completed. To settle this matter, the Enforcement Bureau and Verizon Wireless entered into a Consent Decree that requires Verizon Wireless to implement a compliance plan and pay a $1,050,000 civil penalty. As part of the Consent Decree issued, Verizon Wireless agreed to implement a robust compliance plan designed to ensure future compliance with the FCC’s 911 rules and implement best practices, including performing 911 risk assessments and establishing enhanced processes for implementing security policy updates."""),
]

def rec(k, ti, pub, url, sector, region, topics, text, note):
    return {"id": slug(ti, pub[:4], "wn"), "source": url, "licence": "CC BY 2.5",
            "attribution": f"Wikinews contributors, '{ti}', {url} (text via the toscaData R package, Koppers et al., github.com/Docma-TU/toscaData)",
            "published": pub, "title": ti, "text": text, "sector": sector, "region": region,
            "topics": topics.split(","), "origin": "wikinews (toscaData R package)", "notes": note}

def main(dry=False):
    d = load(); out = []
    for k, ti, pub, url, sector, region, topics, text, note in selected(d, SEL):
        out.append(rec(k, ti, pub, url, sector, region, topics, text, note))
    for g in GOV:
        r = dict(g); r["licence"] = PD; out.append(r)
    for o in out:
        if not dry: write(o)
    return out
if __name__ == "__main__":
    for o in main(dry="--dry" in sys.argv):
        print(o["id"], len(o["text"].split()), o["region"], ",".join(o["topics"]))
