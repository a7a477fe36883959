#!/usr/bin/env python3
"""Batch 23a (session 24, out-of-sample check): Wikinews (CC BY 2.5) company news that no earlier batch used — a
state-wide blackout with the two utilities whose grids lost power (Florida Power & Light and Progress Energy, Florida,
26 February 2008; the lead of the Wikinews article as a Wikinews user's 'leads' page in the search tool's page store
holds it) and Wikinews 'Economy and business' articles from the toscaData R package: company relations (a record
company's subsidiary labels, its former parent and an online store, 2006; a games publisher's subsidiary and its new
title, 2008; a sports broadcaster's UK companies in administration with its channels, subsidiaries and a news
contractor, 2009 — also an outage near-miss: channels stopped by administration, no system failure), leadership with
relations (a new airline, a division of Mesa Air Group, and the chiefs of it and a rival, 2006; Cessna, a Textron
subsidiary, with its chairman, president and CEO and its aircraft, 2007) — and outage near-misses (a lost backup tape
of card-holder data, no service lost, 2008; a bomb at PayPal's headquarters, no service lost, 2006).
Outages: the toscaData economy and politics sets hold no unused company outage (as batches 8-13, 19c, 21a and 22a
found); the one outage here is a Wikinews lead from the page store.
Edits are listed per item: conversion residue cut; converter spacing restored; no word added or changed.
usage: batch23a.py [POOL_DIR] [--dry]   (TOSCA_DIR: folder with economy.pkl, made by toscadata_lib.load from
data/economy.rda of github.com/Docma-TU/toscaData, default eval/corpus/raw/toscadata)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
import toscadata_lib
from toscadata_lib import selected
from batch12 import rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
if os.environ.get("TOSCA_DIR"):
    toscadata_lib.D = os.environ["TOSCA_DIR"]

# id: (sector, region, topics, leading residue to cut, [(regex, replacement)], note)
SEL = {
 "ID33556": ("media/music", "US", "deal", "", [],
             "Clean as converted. A record company's subsidiary labels, its former parent and an online store it "
             "sells to."),
 "ID99619": ("media/games", "US", "deal,leadership", "", [],
             "Clean as converted. A games publisher's subsidiary with its head, and its new title."),
 "ID128279": ("media/broadcasting", "non-US", "outage,deal", "United Kingdom The UK operations of Setanta Sports "
              "have been placed into .", [(r"£ 260", "£260")],
              "Leading category word 'United Kingdom' and the first sentence cut because a linked word was lost in "
              "the conversion ('The UK operations of Setanta Sports have been placed into.'); the converter's "
              "spacing '£ 260' restored. Near-miss for outages: channels that 'ceased transmission' because their "
              "owner entered administration (a business failure, no system failure); subsidiaries, channels and a "
              "news contractor are told."),
 "ID96538": ("finance/cards", "US", "outage,deal", "", [],
             "Clean as converted. Near-miss for outages: a backup tape of card-holder data lost from a storage "
             "facility (no service lost)."),
 "ID42861": ("aviation/airlines", "US", "deal,leadership", "", [],
             "Clean as converted; the opening 'New Hawaii airline started' kept as converted (the airline's name "
             "go! is given later in the text). A new airline, a division of its parent, with the parent's CEO and a "
             "rival's vice president."),
 "ID71734": ("aviation/manufacturing", "US", "deal,leadership", "<noinclude>", [],
             "Leading residue '<noinclude>' cut. A subsidiary, its parent's other companies, its aircraft and its "
             "chairman, president and CEO."),
 "ID53791": ("internet/payments", "US", "outage,deal", "", [],
             "Clean as converted. Near-miss for outages: a bomb at a payment company's headquarters, employees "
             "evacuated, no service said lost; a subsidiary and its parent are told."),
}

FL_ARTICLE = "https://en.wikinews.org/wiki/Massive_blackouts_hit_Florida"
FL_PAGE = "https://en.m.wikinews.org/wiki/User:Bawolff/sandbox/leads/1024"
FL_TITLE = "Massive blackouts hit Florida"
FL = (
 "Massive blackouts occurred throughout the US state of Florida shortly after 1:00 p.m. Eastern Time (18:00 UTC) on "
 "Tuesday afternoon. Out of the 4.4 million customers served by Florida Power & Light, Co. (FPL), about 680,000 "
 "residents were affected, with an additional two million-plus customers affected in other parts of the state. It is "
 "estimated that as many as four million customers throughout Florida were affected, with many different power "
 "companies losing control of their specific grids.\n\n"
 "Power outages were reported as far south as the Florida Keys, on the original FPL grid, and as far north as "
 "Orlando and Daytona Beach, nearly 300 miles (483 km) away on the Progress Energy grid. Most of Miami-Dade and parts "
 "of Broward and Palm Beach counties suffered the worst outages.")


def florida():
    return {"id": "wn-massive-blackouts-hit-florida-2008", "source": FL_PAGE, "licence": "CC BY 2.5",
            "attribution": f"Wikinews contributors, '{FL_TITLE}', 2008-02-26, {FL_ARTICLE} (lead as shown on "
                           f"{FL_PAGE}) (CC BY 2.5)",
            "published": "2008-02-26", "title": FL_TITLE, "text": FL, "sector": "energy/electricity",
            "region": "US", "topics": ["outage"], "origin": "Wikinews (page store)",
            "notes": "The article's lead (its first two paragraphs) as a Wikinews user's leads page holds it (page "
                     "store, found with `search` pages 'Massive blackouts hit Florida Wikinews February 26 2008'; "
                     "the article page itself did not come back, its talk page did). The page's time stamp line "
                     "'Tuesday, February 26, 2008, 23:23 (UTC)' (kept as `published`), the headline and the leads of "
                     "other articles on the same page left out. No word changed. Only the lead: `truncated` set.",
            "truncated": True}


def main():
    d = toscadata_lib.load()
    return [florida()] + [rec(*x) for x in selected(d, SEL)]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
