#!/usr/bin/env python3
"""Batch 36g (session 37; helper gather37g): English Wikinews (CC BY 2.5) stories that tell outages (power cut off,
a lottery's terminals off-line, telephone and mobile networks cut) or a near-miss, the Wikinews lane of batches
35c (AMALGUM) and 35k/35n (toscaData) turned from business stories to outages.
Route: the toscaData R package (github.com/Docma-TU/toscaData, data/economy.rda and data/politics.rda, English
Wikinews 'Economy and business' and 'Politics and conflicts' articles; the copies made by toscadata_lib.load in
/tmp/gather34b/tosca), BOTH sets scanned, 150-1,500 words, ids/titles/slugs named nowhere in the corpus folders or
GATHERING.md, for three word lists: (1) blackout, power cut, outage, went down, offline, off-line, disruption,
power failure, glitch, crash; (2) without electricity/power, restored, unavailable, inaccessible, hacked, phone
lines, telephone service, mobile network, water supply, ATM, cut off; (3) electricity, power station/plant/grid/
supply, internet access, broadband, servers. Most hits were air crashes, 'news blackouts', strikes and nuclear
policy; the few that tell a service lost or nearly lost were read in full. AMALGUM could not be searched by word
this round (the repository is over the fetch limit and its XML is not in the string index), so no AMALGUM text.
Kept (all clean of lost linked words except where mended below):
- ID62010: the record Mega Millions draw, with Ohio's lottery system off-line half an hour before it (2007);
- ID4007: Nepal's king sacking the government and naming a cabinet, with all telephone lines and mobile networks
  cut from the outside world and Nepali websites unreachable from abroad (2005);
- ID43962: an Israeli operation in Gaza in which a helicopter attack on a power station left some 700,000 people
  without electricity or water (2006);
- ID117116: UN officials on the Gaza blockade, which shut down power as fuel stopped reaching Gaza's main power
  plant (2008);
- ID121288: the LTTE's air raid on Colombo, with civil defence shutting off the city's electricity (2009);
- ID42850: rebel bombings in Assam that blew up oil pipelines of two companies, one feeding a thermal power plant
  (2006; near-miss: supply damaged, no loss of power told);
- ID59442: environmental groups' call for a five-minute voluntary switch-off, worked out with a power distributor
  to spare the network (2007; near-miss).
Each text is toscadata_lib.clean's output with the leading residue (a country-template word) cut where there is
one, a trailing 'Related news' heading cut where there is one, and the mends listed per item; no word changed.
usage: batch36g.py [POOL_DIR] [--dry]   (TOSCA_DIR: the folder with economy.pkl/politics.pkl; this round
/tmp/gather34b/tosca)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
import toscadata_lib
from toscadata_lib import selected
from batch12 import rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather37g/pool"
RELATED = (r"\s*== ?Related news ?== \*\s*$", "")

# id: (sector, region, topics, leading residue to cut, [(regex, replacement)], note)
SEL = {
 "ID62010": ("gaming/lotteries", "US", "outage", "", [],
             "Clean as converted (economy set). The record Mega Millions draw and where its winning tickets were "
             "sold; Ohio's lottery system off-line from 10:25 p.m., just over half an hour before the draw, for "
             "reasons not known."),
 "ID4007": ("telecoms/government", "non-US", "outage,leadership", "", [RELATED,
            (r"\[cpnm\.org Maoist website\]", "Maoist website")],
            "Politics set. Trailing 'Related news' heading and its bullet cut; an external link's markup "
            "'[cpnm.org Maoist website]' given as its link text 'Maoist website' (what the page shows); the doubled "
            "opening quotation mark after 'New Delhi said' kept as written. The king of Nepal's new cabinet after "
            "sacking the government; telephone lines and mobile networks cut from the outside world, flights "
            "stopped, radio stations shut, Nepali websites unreachable from abroad; foreign reactions."),
 "ID43962": ("energy/conflict", "non-US", "outage", "", [RELATED],
             "Politics set. Trailing 'Related news' heading and its bullet cut; 'lead by bulldozers' kept as written. "
             "An Israeli operation in Gaza after a soldier's capture: bridges bombed, a helicopter attack on a power "
             "station leaving some 700,000 people without electricity or water, ministers detained."),
 "ID117116": ("energy/humanitarian", "non-US", "outage,leadership", "Palestine", [],
              "Politics set. Leading residue 'Palestine' (a country template) cut. UN officials on the Gaza "
              "blockade; the blockade has shut down power, fuel no longer reaching Gaza's main power plant; news "
              "organisations protesting a ban on journalists."),
 "ID121288": ("energy/conflict", "non-US", "outage", "Sri Lanka", [(r"Sri Lanka n capital", "Sri Lankan capital")],
              "Politics set. Leading residue 'Sri Lanka' (a country template) cut; the converter's split 'Sri Lanka n' "
              "mended ('Sri Lankan'; the wikitext links 'Sri Lanka' and adds 'n'). The LTTE's air raid on Colombo; "
              "civil defence shut off the city's electricity; a broadcaster's editor quoted."),
 "ID42850": ("energy/oil and gas", "non-US", "outage", "", [],
             "Politics set. Clean as converted ('Rupaisiding- Tapoban-Tiniali', 'six persons injured ... that was "
             "suspected', '[IST]' kept as written). Bombings in Assam blamed on ULFA, among them four oil pipelines "
             "of Assam Gas Company Limited and Oil India Limited, one used for electricity generation at the Namrup "
             "thermal power plant. Near-miss for outages: supply lines damaged, no power or service lost told."),
 "ID59442": ("energy/environment", "non-US", "outage", "", [(r"environment al organizations", "environmental organizations")],
             "Politics set. The converter's split 'environment al' mended ('environmental'; the wikitext links "
             "'environment' and adds 'al'); 'Planète' and the curly apostrophe kept. French environmental groups' "
             "call to switch off all electricity for five minutes on 1 February 2007; the Belgian consortium "
             "working with the power distributor to spare the network. Near-miss for outages: a voluntary, "
             "announced switch-off by users, no supply failure."),
}


def main():
    d = toscadata_lib.load()
    return [rec(*x) for x in selected(d, SEL)]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
