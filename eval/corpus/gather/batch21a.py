#!/usr/bin/env python3
"""Batch 21a (session 22, out-of-sample check): Wikinews company news that no earlier batch used — Wikinews
'Economy and business' articles from the toscaData R package (CC BY 2.5 text): an agreed chemicals takeover with its
funders (Dow Chemical, Rohm and Haas, 2008), a website network sold to a
rival owned by a media group (Ziff Davis, 1UP, UGO, Hearst, 2009), a chemicals group's bankruptcy with its owner, its
merger and a subsidiary (LyondellBasell, Access Industries, 2009), a Canadian bank buying a US bank into its majority-owned subsidiary (TD,
Hudson United, TD Banknorth, 2005), an in-game advertiser bought (Google, Adscape, 2007), a feed reader bought by a
blogging-software owner with its founders joining (Six Apart, Rojo, 2006), a three-way media merger into a new holding
company with its chairman and chief executive (PlanetOut, Here Networks, Regent Entertainment Media, Here Media, 2009),
an Australian football club taken over by two men (South Sydney Rabbitohs, 2006) — and near-misses (a phone maker's
battery warning, no service lost, Nokia and Matsushita, 2007; a takeover bid withdrawn, Microsoft and Yahoo!, 2008; an airline's investors pulling out and its
possible shutdown, Adam Air, 2008; a rumoured bid for a football club beside a completed games-company takeover, Everton,
Sports Interactive, SEGA, 2006); part 3: a music promoter's agreed takeover (Mean Fiddler, Gaiety Investments,
Clear Channel, 2005), an Irish magazine sold (Plan, Commercial Media Group, 2005), a sports-car maker's founder (TVR,
2008), a partnership ended (Intel, One Laptop Per Child, 2008), a licensing deal (Warner Music, MTV, 2005) and a
near-miss (a Paris station closed by a strike, SNCF, 2009).
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
 # part 2 (gathered after part 1 was annotated and committed, before newskg ran on any text of the batch)
 "ID118844": ("chemicals", "non-US", "deal", "}}", [],
              "Leading template residue '}}' cut. A bankruptcy told with the owner, the merger that made the company "
              "and a subsidiary."),
 "ID119094": ("media/games", "US", "deal,leadership", "", [],
              "Clean as converted. A completed sale of a website network to a rival owned by a media group."),
 "ID102295": ("aviation/airlines", "non-US", "deal,outage", "", [(r"^Indonesia n budget", "Indonesian budget")],
              "The converter's split 'Indonesia n' (a linked country name with its suffix) rejoined to 'Indonesian'; "
              "the article's wording kept ('Last weeek', 'adequatly', '$4.8 million of free capital'). Near-miss for "
              "outages: an airline that may cease operations for money reasons (no system failure)."),
 "ID37918": ("sport/games", "non-US", "deal,leadership", "", [],
             "Clean as converted. Near-miss for relations: a rumoured bid for a football club; a completed takeover "
             "of the bidders' games company is told."),
 # part 3 (gathered after the first look at parts 1-2; never run through newskg before its annotation was committed)
 "ID7649": ("music/events", "non-US", "deal", "<br>", [],
            "Leading residue '<br>' cut. An agreed takeover by two buyers (8 April 2005 falls before Wikinews' 25 "
            "September 2005 licence change: public domain by Wikinews' citation guidelines; CC BY 2.5 recorded)."),
 "ID15775": ("media/magazines", "non-US", "deal", "", [],
             "Clean as converted. A magazine sold to a publisher (public domain by date, as ID7649)."),
 "ID107641": ("automotive", "non-US", "leadership", "", [],
              "Clean as converted. A founder's obituary with the company he formed and left."),
 "ID119310": ("rail", "non-US", "outage", "France", [],
              "Leading category word 'France' cut. Near-miss for outages: a station closed by a strike (strikes are "
              "no outage, GUIDELINES.md)."),
 "ID88841": ("technology", "US", "deal,leadership", "", [(r"laptop s\.", "laptops.")],
             "The converter's split 'laptop s' rejoined. A partnership ended."),
 "ID22879": ("media/music", "US", "deal", "", [],
             "Clean as converted. A licensing deal between two named companies."),
}


def main():
    d = toscadata_lib.load()
    return [rec(*x) for x in selected(d, SEL)]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
