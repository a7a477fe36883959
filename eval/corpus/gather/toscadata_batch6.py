#!/usr/bin/env python3
"""Batch 6: more Wikinews 'Economy and business' articles from the toscaData R package (outages/disruptions,
leadership), plus three Wikinews pages whose toscaData copy had lost linked words, taken from the rendered
en.wikinews.org page text held in the search tool's page store (same CC BY 2.5 text). Edits are listed per item."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import slug, write
from toscadata_lib import clean, date, load, selected, title
# id: (sector, region, topics, leading residue to cut, [(regex, replacement)], note)
SEL = {
 "ID31093": ("banking/finance (stock exchange)", "non-US", "outage,markets", "Wikinews Today short infobox", [], ""),
 "ID117506": ("telecoms", "non-US", "outage", "Australian news", [], ""),
 "ID266161": ("telecoms/internet", "non-US", "outage", "Internet", [(r"\s*== Related stories ==.*$", "")], ""),
 "ID69323": ("tech/software", "non-US", "outage", "", [(r"^<noinclude>\s*", ""), (r"\s*===Patched PCs vulnerable===\s*", "\n\n")], "Section heading 'Patched PCs vulnerable' removed."),
 "ID112974": ("transport/rail", "non-US", "outage", "Infobox Europe", [(r"Do you feel Channel Tunnel safety is adequate\? transport", "Transport"), (r"\s*2008 Channel Tunnel fire$", "")],
              "Opinion-box prompt and category residue removed; 'Transport' capitalised after that cut (a party label before it may have been a lost link); the source lost the currency sign before '200 million' (a linked template)."),
 "ID85697": ("transport/rail", "non-US", "outage", "", [(r"\s*== Related news ==.*$", "")], ""),
 "ID255683": ("transport/rail", "non-US", "outage", "United Kingdom", [], ""),
 "ID183637": ("airlines/transport", "non-US", "regulatory,outage", "", [], "Flight cancellations caused by the 2010 volcanic ash cloud (not an IT failure)."),
 "ID23866": ("tech/internet services", "non-US", "outage,regulatory", "", [(r"\[http://www\.securecomputing\.com/ Secure Computing\]", "Secure Computing")], "Government blocking of web services (access cut, partly restored)."),
 "ID62807": ("media/broadcasting", "non-US", "outage", "", [], "Broadcaster forced off air by a police raid."),
 "ID114594": ("banking/finance", "mixed", "outage,restructuring", "", [(r"\n\nFollowing the decision to nationalise Landsbanki.*?within Holland\. ", "\n\n")],
              "One paragraph whose quotations were lost in the source conversion was cut (from 'Following the decision to nationalise Landsbanki' to 'within Holland.')."),
 "ID29496": ("tech/payments (charity)", "non-US", "outage", "", [], "IT glitch in direct-debit collection, not a full outage."),
 "ID79600": ("airlines/aerospace", "mixed", "outage", "", [], "Fleet grounding after landing-gear failures; hundreds of flights cancelled."),
 "ID175018": ("airlines/transport", "mixed", "outage,regulatory", "Aviation", [], "Volcanic-ash airspace closure (not an IT failure)."),
 "ID107338": ("energy/oil and gas", "non-US", "outage", "Australian news", [(r" The facility was producing approximately .*? per day\.", "")],
              "One sentence with a unit lost in the source conversion ('8,000 of crude oil') was cut."),
 # leadership
 "ID69070": ("media/financial information", "mixed", "deal,leadership", "", [(r"^<noinclude>\s*", "")], ""),
 "ID8327": ("tech/software", "US", "deal,leadership", "", [(r"\s*Additional details are available from \[http[^\]]*\]\.$", "")], "Closing link sentence removed."),
 "ID31812": ("media/television", "US", "deal,leadership", "", [(r" The WB has been more popular with younger viewers and has had hits with television shows and Gilmore Girls\.", "")],
             "One sentence with a show title lost in the source conversion was cut."),
 "ID77749": ("airlines/transport", "non-US", "leadership,other", "", [], "Leadership item is the chairman's offer to resign after the Flight 120 fire."),
}
PAGES = [  # rendered Wikinews text (search tool page store); title, date, url, sector, region, topics, text, note
 ("Jeff Jones resigns as president of Uber", "2017-03-22", "https://en.wikinews.org/wiki/Jeff_Jones_resigns_as_president_of_Uber",
  "tech/transport (ride-hailing)", "US", "leadership",
  """Jeff Jones, president of ride-sharing company Uber Technologies, announced his resignation on Sunday. Jones was hired last October to helm the company that is known for their ride-sharing application, Uber, which has a reported 40 million monthly users.

Recently in Jones's presidency of Uber, the ride-sharing company was involved in numerous controversies surrounding an alleged culture of sexism at the company, stemming from allegations blogged by Susan Fowler, a former Uber engineer, claiming sexual harassment against her and other women working for Uber.

In a statement to tech blog Recode, Jones claimed the situation he was working with at Uber was one inconsistent with "the beliefs and approach to leadership that have guided my career" and he could not remain the company's president.

Jones, who was previously the Chief Marketing Officer at Target before joining Uber, came to the decision to resign after it was announced Uber would be hiring a Chief Operating Officer (COO) potentially outranking Jones.

Uber CEO Travis Kalanick confirmed the resignation in a statement to Uber staff, noting Jones "made an important impact on the company" in the six months he was in the role, noting his particular focus on Uber drivers and the delivery of Uber's first brand reputation study.

Kalanick first announced his intentions to hire a COO earlier in March after footage surfaced of him arguing about rate cuts with an Uber driver.""",
  "Text from the rendered page (en.m.wikinews.org) in the search tool's page store; toscaData copy (ID2810296) had lost linked words. Sources list omitted."),
 ("Ailing social networking website MySpace loses co-president after four months", "2010-06-21",
  "https://en.wikinews.org/wiki/Ailing_social_networking_website_MySpace_loses_co-president_after_four_months",
  "tech/social media", "US", "leadership",
  """News Corp., the parent company of MySpace, announced Friday that Co-President Jason Hirschhorn has decided to leave the social networking website because he wishes to return to his home city of New York. MySpace is headquartered in Beverly Hills, California.

MySpace was founded in 2003 by Tom Anderson and Chris DeWolfe and purchased for $580 million by News Corps. at the height of its popularity in 2005. In recent years, however, MySpace has been losing out in monthly unique visitors to similar sites such as Facebook, Twitter, and YouTube. According to comScore, an Internet marketing research company that tracks website traffic, Facebook attracted 519 million unique visitors in April of this year, and MySpace just 111 million visitors. In response, MySpace has been recently shifting its focus towards music, games, and videos, and plans to continue doing the same in the near future.

Meanwhile, another failing social network, Bebo, was sold for less than $10 million by AOL to hedge fund firm Criterion Capital Partners this week. AOL acquired Bebo for $850 million in 2008. MySpace's reduced traffic and the departure of another executive have led industry insiders to draw comparisons between the two sites.

In April 2009, DeWolfe stepped down as MySpace's Chief Executive Office (CEO). He was replaced by former Facebook Chief Revenue Officer Owen Van Natta, but Natta held on to that position for just nine months. In February 2010, Hirschhorn was promoted from his position as Chief Product Officer along with Chief Operating Officer Michael Jones to the position of co-president. The departure of Hurschhorn leaves Jones to continue on as sole president. MySpace have said they do not intend on replacing Hirschhorn.""",
  "Text from the rendered en.wikinews.org page in the search tool's page store (first ~2,000 characters; the toscaData copy ID192296 ends at the same point, so the body is complete); image caption dropped. Typos ('Office', 'Hurschhorn') are in the source."),
]
BBC_HEAD = """George Entwistle became the new Director-General of the BBC Monday. He replaces Mark Thompson, who had held the position since 2004.

On the BBC's Andrew Marr Show, Thompson said Sunday the corporation was "getting very, very close to the edge" following recent sixteen per cent real-terms budget reductions. "When you look around the operation, it's very hard to see what more you can cut," he said.

Negotiations about the UK's licence fee are a prominent issue for Entwistle to deal with between 2015–2016. The licence fee in the country currently stands at £145.50 (about US$236 or €181) per house. Two years ago, Thompson froze this fee for six years, causing BBC funding to decrease by sixteen per cent in real terms.

Thompson is due in November to become the chief executive officer of The New York Times Company.

Entwistle is a former director of BBC Vision, thereby being responsible for the television output of the corporation."""

def rec(ti, pub, url, sector, region, topics, text, note, origin):
    return {"id": slug(ti, pub[:4], "wn"), "source": url, "licence": "CC BY 2.5",
            "attribution": f"Wikinews contributors, '{ti}', {url}" + (" (text via the toscaData R package, Koppers et al., github.com/Docma-TU/toscaData)" if "toscaData" in origin else ""),
            "published": pub, "title": ti, "text": text, "sector": sector, "region": region,
            "topics": topics.split(","), "origin": origin, "notes": note}

def main(dry=False):
    d = load(); out = []
    for k, ti, pub, url, sector, region, topics, text, note in selected(d, SEL):
        out.append(rec(ti, pub, url, sector, region, topics, text, note, "wikinews (toscaData R package)"))
    for ti, pub, url, sector, region, topics, text, note in PAGES:
        out.append(rec(ti, pub, url, sector, region, topics, text, note, "wikinews (rendered page, search tool page store)"))
    # BBC: rendered page for the head (toscaData ID532549 lost linked words there), toscaData for the tail
    r = d["ID532549"]; t = clean(r, "BBC")
    tail = t[t.index('"I think [Entwistle] cares deeply'):]
    mid = "The salary of Entwistle, who is scheduled to meet with programme creators and staff at the BBC this week, will reportedly be £450,000 (US$730,000 or €560,000), considerably less than that of Thompson who, in his final year, made £622,000 (US$1,009,000 or €773,000). While he was in office, Thompson's salary dropped by approximately a quarter.\n\n"
    quote = t[t.index("\"There's no question"):t.index("The salary of Entwistle")]
    bbc = BBC_HEAD + "\n\n" + quote + mid + tail
    out.append(rec(title(r), date(r), "https://en.wikinews.org/wiki/George_Entwistle_becomes_new_BBC_director_general",
                   "media/broadcasting", "non-US", "leadership", bbc,
                   "First five paragraphs from the rendered en.wikinews.org page (search tool page store), where the toscaData copy (ID532549) had lost linked words; the rest from toscaData. The page store shows '(about US$236 or 181)'; the euro sign was restored to match the later amounts.",
                   "wikinews (toscaData R package + rendered page)"))
    for o in out:
        if not dry: write(o)
    return out
if __name__ == "__main__":
    for o in main(dry="--dry" in sys.argv):
        print(o["id"], len(o["text"].split()), o["region"], ",".join(o["topics"]))
