#!/usr/bin/env python3
"""Batch 35k (session 36; helper gather36k): English Wikinews (CC BY 2.5) technology and business stories that no
earlier batch used, the Wikinews lane of batch 35c taken by another route. Batch 35c drew AMALGUM news documents at
random and met no business story; this round went back to a repository that holds Wikinews by category, the
toscaData R package (github.com/Docma-TU/toscaData, data/economy.rda: English Wikinews 'Economy and business'
articles, 2004-2018), and scanned it for ids, titles and source pages named nowhere in the corpus (train/dev files,
test files by a script printing counts only, GATHERING.md, every gather script, /work/notes, the session-35/36
pools), 150-1,500 words, with three or more business words (chief executive, chairman, appointed, resign, acquire,
merger, joint venture, subsidiary, launch, outage, offline ...): 49 hits, read by title, the likely ones in full.
Kept, the seven whose text came through the wikitext conversion with no linked word lost:
- ID22134: a games-console maker's launch dates for three regions, its online gaming service, its Xbox chief and
  its two rivals (2005);
- ID79629: a software maker's Taiwan launch of a server product, its product-management director, its Taiwan arm
  and the local companies and a university that showed their solutions (2007);
- ID84854: queues for a phone's UK launch, the single mobile network it is sold on, a phone retailer (2007);
- ID117625: a new top-level domain put on sale to trademark holders, its operator and the operator's CEO (2008);
- ID2813543: a fast-food chain's TV spot that woke a search company's smart speakers, the speaker maker blocking it,
  the chain's brand vice-president and spokespeople (2017; near-miss: a device made to ignore one voice clip, no
  service lost);
- ID123234: a carmaker's launch of the world's cheapest car, its chairman, its managing director and a broker's
  auto analyst (2009);
- ID56078: a computer maker's music store and online shop opened in New Zealand, its vice-president and its local
  distributor (2006).
Each text is toscadata_lib.clean's output (markup-stripped wikitext, entities unescaped, paragraph breaks inferred)
with the leading template residue cut; in one text a converter split mended ('rupee s'), in another the spaces
before '.tel' and '.com' that the cleaner's rule for spaces before full stops removed put back (the raw wikitext has
them); no word added or changed.
usage: batch35k.py [POOL_DIR] [--dry]   (TOSCA_DIR: folder with economy.pkl/politics.pkl made by toscadata_lib.load
from data/economy.rda and data/politics.rda of github.com/Docma-TU/toscaData; this round used /tmp/gather34b/tosca)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
import toscadata_lib
from toscadata_lib import selected
from batch12 import rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather36k/pool"

# id: (sector, region, topics, leading residue to cut, [(regex, replacement)], note)
SEL = {
 "ID22134": ("technology/games consoles", "mixed", "launch,leadership", "right", [],
             "Leading residue 'right' (an image-alignment word) cut. A console maker's launch dates and prices for "
             "the US, Europe and Japan, its online gaming service, its chief Xbox officer, its two rivals and their "
             "next consoles."),
 "ID79629": ("technology/software", "non-US", "launch,leadership", "", [],
             "Clean as converted ('Quanta Computer lnc.' and the registered-trademark sign kept as written). A "
             "software maker's Taiwan launch of a server product, its product-management director, its Taiwan arm, "
             "its headquarters, the companies and the university that showed their solutions, the next launch "
             "cities."),
 "ID84854": ("technology/telecoms", "non-US", "launch,partner", "", [],
             "Clean as converted ('it's release', 'Apple have', '£ 269' with its space kept as written). Queues for a "
             "phone's UK launch, its one mobile network and a phone retailer; unlocking and the maker's software "
             "patches."),
 "ID117625": ("technology/internet", "non-US", "launch,leadership", "short=true",
              [(r"with\.tel", "with .tel"), (r"launch of\.tel", "launch of .tel"), (r"advent of\.com", "advent of .com"),
               (r"the\.tel offers", "the .tel offers"), (r"purchase a\.tel", "purchase a .tel"),
               (r"using\.tel", "using .tel")],
              "Leading residue 'short=true' (a template parameter) cut; the spaces before '.tel' (five times) and "
              "'.com' that the cleaner's rule for spaces before full stops removed put back, as the raw wikitext "
              "has them. A top-level domain put on sale to trademark holders, its operator and the operator's CEO."),
 "ID2813543": ("media/technology", "US", "launch,leadership,outage", "Internet", [],
               "Leading residue 'Internet' (a category word) cut; 'someones', 'growing sic your' and '[now]' kept as "
               "written. A fast-food chain's TV spot made to wake a search company's smart speakers, the speaker "
               "maker blocking the clip, the chain's brand vice-president and two spokespeople, papers and a "
               "marketing professor. Near-miss for outages: the maker made its speakers ignore one voice clip (a "
               "deliberate block of one trigger; the service stayed up)."),
 "ID123234": ("automotive", "non-US", "launch,leadership", "India", [(r"Indian rupee s\b", "Indian rupees")],
              "Leading residue 'India' (a country template) cut; the converter's spacing 'rupee s' restored ('Indian "
              "rupees'); the quotation left open after 'able to own a car.' kept as written. A carmaker's launch of "
              "the world's cheapest car, its chairman and managing director, a broker's analyst."),
 "ID56078": ("technology/retail", "non-US", "launch,leadership,partner", "New Zealand", [],
             "Leading residue 'New Zealand' (a country template) cut; 'it's long awaited', 'iPod's', 'of which there "
             "around thousands' kept as written. A computer maker's music store and online shop opened in New "
             "Zealand, its vice-president, its local distributor, a rival download site, a radio network's "
             "podcasts."),
}


def main():
    d = toscadata_lib.load()
    return [rec(*x) for x in selected(d, SEL)]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
