#!/usr/bin/env python3
"""Batch 19c (session 21, out-of-sample check): Europe and Asia-Pacific company news told news-style —
Wikinews 'Economy and business' articles from the toscaData R package that no earlier batch used (a chief executive
replaced at Europe's largest theme-park operator; an airport group told to sell three airports and its Spanish owner;
a radio group agreeing to buy an Irish station; a snack maker bought in Poland; a cable operator agreeing to buy its
rival; an airline's twentieth birthday with its founder and chief executive; a former bank chief's pension; an
Australian telco chief's call rebates) and near-misses (an airline group's non-binding interest in a state airline; a
minority-shareholder vote that blocked an airline's stake purchase; an exchange owner quitting a takeover; an airline
suspending all flights over money; a runway closed by debris), and one UK Government announcement naming the rail
regulator's new chair with his former and current company posts (gov.uk, Open Government Licence v3.0).
The keyword scan of the toscaData economy and politics sets for outage words found no unused company outage (as
batches 8-13 found), and the search tool's page store held no openly licensed Europe/Asia-Pacific outage text that
was new to the corpus: this sub-batch has no real outage (see GATHERING.md, Batch 19c).
Edits are listed per item: conversion residue (category words at the start, image residue 'right', '<br>') cut;
no word added or changed.
usage: batch19c.py [POOL_DIR] [--dry]   (default /work/corpus-work/pool; TOSCA_DIR: folder with economy.pkl, made by
toscadata_lib.load from data/economy.rda of github.com/Docma-TU/toscaData, default eval/corpus/raw/toscadata)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
import toscadata_lib
from toscadata_lib import selected
from batch12 import rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"

# id: (sector, region, topics, leading residue to cut, [(regex, replacement)], note)
SEL = {
 "ID10257": ("media/leisure (theme parks)", "non-US", "leadership", "", [],
             "Clean as converted. Euro Disney's chief executive change of 19 May 2005 is new to the corpus."),
 "ID123080": ("aviation/airports", "non-US", "deal,regulatory", "publish aviation", [],
              "Leading residue 'publish' and category word 'aviation' cut. Near-miss for relations: a forced sale "
              "with no buyer; the owner's 2006 purchase of BAA is told. New to the corpus."),
 "ID123208": ("aviation/airlines", "non-US", "deal", "Aviation", [],
              "Leading category word 'Aviation' cut. Near-miss: a non-binding expression of interest, no deal."),
 "ID10873": ("media/radio", "non-US", "deal", "", [],
             "Clean as converted. An agreed purchase awaiting approval."),
 "ID89190": ("aviation/airlines", "non-US", "deal", "", [],
             "Clean as converted. Near-miss: a stake purchase voted down by minority shareholders."),
 "ID29665": ("food/consumer goods", "non-US", "deal", "right", [],
             "Leading image residue 'right' cut. A completed acquisition."),
 "ID23400": ("telecoms/cable TV", "non-US", "deal", "right right", [],
             "Leading image residue 'right right' cut; the article's wording kept ('regulators and both companies "
             "shareholders' should close')."),
 "ID5453": ("finance/stock exchanges", "non-US", "deal,leadership", "", [],
            "Clean as converted. Near-miss: a takeover abandoned."),
 "ID14935": ("telecoms", "non-US", "leadership", "", [],
             "Clean as converted. Near-miss for outages: rebates for calls after the London bombings, no lost "
             "service."),
 "ID127999": ("banking/finance", "non-US", "leadership", "2008-09 financial crisis", [],
              "Leading category words '2008-09 financial crisis' cut."),
 "ID115311": ("aviation/airlines", "non-US", "outage", "", [],
              "Clean as converted. Near-miss for outages: an airline suspending all flights for financial reasons "
              "(a business failure, not a system failure)."),
 "ID77529": ("aviation/airports", "non-US", "outage", "", [],
             "Clean as converted (117 words; batch 12 left it out for length). Near-miss for outages: a runway "
             "closed after debris was found (physical damage, not a system failure)."),
 "ID10736": ("aviation/airlines", "non-US", "leadership", "<br> right", [],
             "Leading residue '<br>' and image residue 'right' cut."),
}

LIC_OGL = "Open Government Licence v3.0"


def govuk():
    """The gov.uk announcement of 21 August 2018 (Department for Transport), as the search tool's page store holds it."""
    url = "https://www.gov.uk/government/news/orr-chair-announced-declan-collier"
    title = "ORR Chair announced"
    text = (
        "The Transport Secretary has today (21 August 2018) announced the appointment of Declan Collier as his "
        "preferred candidate for the role of Chair of the Office of Rail and Road ( ORR ) following an open "
        "competition. The former airport chief executive demonstrated an outstanding range of skills and a "
        "distinguished record in delivering for transport users following a high-flying career in aviation.\n\n"
        "Following standard parliamentary procedures for a public appointment, the Transport Select Committee will "
        "hold a public scrutiny hearing with Mr Collier later this year. The final decision on the appointment will be "
        "subject to the outcome of that hearing and he is expected to start work as Chair on 1 January 2019.\n\n"
        "Mr Collier will succeed the current chair Professor Stephen Glaister who steps down at the end of 2018 after "
        "3 years, and will return being a non-executive director on ORR ’s board.\n\n"
        "Transport Secretary Chris Grayling said:\n\n"
        "The ORR performs an important role as the rail regulator and roads monitor for England and I look forward to "
        "Declan Collier taking up this position. Declan brings a wealth of transport sector knowledge, and I am "
        "confident he will be able tackle the diverse range of issues that the regulator covers. I would like to "
        "thank Stephen Glaister for his work, he has played a distinguished role as Chair, bringing important "
        "leadership during the 2018 periodic review process, which will set the regulatory framework and funding for "
        "Network Rail for the next 5 year control period”.\n\n"
        "Declan Collier has recently stepped down as CEO of London City Airport, a role which he held since 2012, and "
        "prior to that he was CEO of Dublin Airports Authority for 7 years. He is currently a non-executive board "
        "member of The Royal Schiphol Group and TCR International NV.")
    return {"id": "gov-uk-orr-chair-announced-declan-collier-2018", "source": url, "licence": LIC_OGL,
            "attribution": f"Department for Transport, news story, '{title}', 2018-08-21, contains public sector "
                           f"information licensed under the Open Government Licence v3.0; {url}",
            "published": "2018-08-21", "title": title, "text": text, "sector": "transport/regulation (rail, airports)",
            "region": "non-US", "topics": ["leadership"], "origin": "gov.uk (page store)",
            "notes": "The search tool's page-store excerpt of the gov.uk news story; its date line ('date 2018-08-21') "
                     "kept as `published`, the heading 'ORR Chair announced' (as the address words it) as title. "
                     "The text's own spacing and marks kept ('( ORR )', 'ORR ’s', the quotation's lone closing "
                     "mark, 'will be able tackle'). Cut at the last full sentence before the point where the "
                     "excerpt stops ('He has broad experience ... has served as President of the World "
                     "Associatio...'). Declan Collier's appointment is new to the corpus.",
            "truncated": True}


def main():
    d = toscadata_lib.load()
    return [rec(*x) for x in selected(d, SEL)] + [govuk()]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
