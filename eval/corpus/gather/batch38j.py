#!/usr/bin/env python3
"""Batch 38j (session 39; helper gather39j): English Wikinews (CC BY 2.5) stories that tell service outages, from the
toscaData R package (github.com/Docma-TU/toscaData), a fourth round of the Wikinews outage lane of batches 36g, 36s
and 37h (beside 37e, 37m, 37r and 37v). Both sets of the package (economy, politics) were scanned whole with every
toscaData id named in GATHERING.md or in an earlier gather script set aside and every title whose corpus slug is a
file in eval/corpus or in a /tmp/gather3*/pool set aside: (a) outage words (outage, blackout, power cut, went down,
offline, disrupted, restored, crashed, glitch, knocked out, ATM, unavailable, interrupted, off the air, not
functioning, cut off, jammed, technical fault ...), (b) titles with power/network/phone/web/computer/bank words and
bodies with service-loss phrases; then (c) the same outage phrases over the ids that earlier sections named only as
'by title only' or 'looked at'. Three texts were kept:
- ID79797: Northern Rock's emergency loans from the Bank of England, queues at its branches and its website
  crashed under the demand (September 2007; an id batch 35n named 'by title only');
- ID84383: Pakistan's emergency rule, independent television stations off the air and land and cell lines into the
  capital not functioning (November 2007; a leading residue word cut);
- ID128123: Google, Facebook and the BBC widening their Farsi services after Iran's election, the BBC's Persian
  broadcasts on Hot Bird 6 jammed (June 2009; a near-miss; category residue and a related-news tail cut).
Each text is toscadata_lib.clean's output with the cuts and mends listed per item; no word changed.
usage: batch38j.py [POOL_DIR] [--dry]   (TOSCA_DIR: the folder with economy.pkl/politics.pkl; this round
/tmp/gather39j/tosca, the .pkl files read from data/economy.rda and data/politics.rda of the fetched snapshot
7992380; with only the two .rda files there, toscadata_lib.load makes the .pkl files first)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch12 import records

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather39j/pool"

# id: (sector, region, topics, leading residue to cut, [(regex, replacement)], note)
SEL = {
 "ID79797": ("banking", "non-US", "outage,markets,leadership", "",
             [(r'"lender of last resort "', '"lender of last resort"')],
             "Economy set. Clean as converted but for one space before a closing quote mended ('\"lender of last "
             "resort \"' → '\"lender of last resort\"'; no word changed). Northern Rock's emergency loans from the "
             "Bank of England, customers queuing at its branches, its shares falling, and 'the company website also "
             "crashed under the demand'. Outage: Northern Rock's website (reported, told once)."),
 "ID84383": ("media/telecoms", "non-US", "outage,politics", "Pakistan", [],
             "Politics set. Leading word 'Pakistan' cut: in the raw text it stands before 'Pervez Musharraf' with two "
             "spaces on either side, a place template or a title with a lost linked word ('Pakistan President'?); "
             "the text now opens 'Pervez Musharraf has invoked emergency rule'. Otherwise clean as converted. "
             "Emergency rule declared, independent stations and Dawn News off the air, and 'land and cell lines into "
             "the capital are not functioning, but it is not clear if this is deliberate or is due to high traffic'. "
             "Outage (doubtful): the telephone lines, no operator named; the stations off the air are a near-miss "
             "(closed under the emergency, GUIDELINES)."),
 "ID128123": ("media/internet", "global", "product,near-miss",
              "Category:Iran Category:Economy and business Category:Politics and conflicts Category:Internet "
              "Category:United Kingdom Category:Facebook Category:Foreign and Commonwealth Office",
              [(r" ==Related news== \*$", "")],
              "Economy set. Leading category residue cut ('Category:Iran ... Category:Foreign and Commonwealth "
              "Office', seven category links), and the tail '==Related news== *' cut at the end of the last "
              "paragraph. Otherwise clean as converted. Google adding Farsi to Google Translate, Facebook's Farsi "
              "site, and the BBC adding satellites for BBC Persian Television after its broadcasts on Hot Bird 6 were "
              "'aggressively jammed' by the Iranian government. Near-miss: deliberate jamming by a government, no "
              "failure of the broadcaster's or the satellite's systems told."),
}


if __name__ == "__main__":
    write_all(records(SEL), POOL, dry="--dry" in sys.argv)
