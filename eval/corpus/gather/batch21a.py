#!/usr/bin/env python3
"""Batch 21a (session 22, out-of-sample check): Wikinews company news that no earlier batch used — Wikinews
'Economy and business' articles from the toscaData R package (CC BY 2.5 text): an agreed chemicals takeover with its
funders (Dow Chemical, Rohm and Haas, 2008), a Canadian bank buying a US bank into its majority-owned subsidiary (TD,
Hudson United, TD Banknorth, 2005), an in-game advertiser bought (Google, Adscape, 2007), a feed reader bought by a
blogging-software owner with its founders joining (Six Apart, Rojo, 2006), a three-way media merger into a new holding
company with its chairman and chief executive (PlanetOut, Here Networks, Regent Entertainment Media, Here Media, 2009),
an Australian football club taken over by two men (South Sydney Rabbitohs, 2006) — and near-misses (a phone maker's
battery warning, no service lost, Nokia and Matsushita, 2007; a takeover bid withdrawn, Microsoft and Yahoo!, 2008).
No outage: the toscaData economy and politics sets hold no unused company outage (the outage-word scan finds plane
and helicopter crashes, as batches 8-13 and 19c found) and the search tool's page store returned no Wikinews outage
page new to the corpus (GATHERING.md, Batch 21a).
Edits are listed per item: conversion residue cut; no word added or changed.
usage: batch21a.py [POOL_DIR] [--dry]   (TOSCA_DIR: folder with economy.pkl, made by toscadata_lib.load from
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
 "ID109571": ("chemicals", "US", "deal", "", [],
              "Clean as converted. An agreed acquisition awaiting completion, with its funders named."),
 "ID14932": ("banking", "mixed", "deal,leadership", "<br>", [(r"itsMaine -based", "its Maine-based")],
             "Leading residue '<br>' cut; the converter's spacing 'itsMaine -based' restored to 'its Maine-based' (no "
             "word added or changed). The article's wording kept ('it's first quarter', 'will greatly increased')."),
 "ID62833": ("internet/advertising", "US", "deal", "", [(r", as informed the magazine on 15th February", "")],
             "The clause ', as informed the magazine on 15th February' cut: the magazine's name was lost in the "
             "conversion (a {{w}} link). A completed acquisition ('now fully controlled by Google')."),
 "ID49540": ("internet/software", "US", "deal,leadership", "", [],
             "Clean as converted. A completed acquisition; the founders join the buyer's executive team."),
 "ID119162": ("media", "US", "deal,leadership", "", [(r"The Advocate,\)", "The Advocate)")],
              "A trailing comma before ')' cut where the converter lost a linked magazine name ('The Advocate,)'); "
              "'as of subsidiaries' kept as converted. A definitive merger agreement awaiting approval."),
 "ID36388": ("sport/clubs", "non-US", "deal", "Australian news", [],
             "Leading category words 'Australian news' cut. Near-miss for company relations: a club taken over by two "
             "men (people, not companies)."),
 "ID76719": ("telecoms/handsets", "non-US", "outage", "", [],
             "Clean as converted. Near-miss for outages: a battery warning and replacement offer, no service lost."),
 "ID105282": ("internet", "US", "deal,leadership", "", [],
              "Clean as converted. Near-miss for relations: a takeover bid withdrawn."),
}


def main():
    d = toscadata_lib.load()
    return [rec(*x) for x in selected(d, SEL)]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
