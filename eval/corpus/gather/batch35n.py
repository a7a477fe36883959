#!/usr/bin/env python3
"""Batch 35n (session 36; helper gather36n): English Wikinews (CC BY 2.5) business stories from the toscaData R
package's 'Economy and business' set (github.com/Docma-TU/toscaData, data/economy.rda), the lane of batch 35k taken
on to the hits that batch left: a fresh scan of the set for ids, titles and source pages named nowhere (train/dev
files, test files' source/title/notes/attribution fields by a script printing nothing of them, GATHERING.md, every
gather script, /work/notes, the session-35/36 pools), 150-1,500 words, first with batch 35k's deal and executive
words joined by the words it left unscanned (price, shares, profit, store, network, software, service, disrupt),
then with deal, executive and outage words alone. Kept, six texts with no linked word lost in the conversion:
- ID15571: a translation-industry research firm's ranking of language service providers, its founder-CEO and its
  analyst, and a completed purchase of a printing group's unit by a localization company (2005);
- ID47648: a web-hosting company's quarter, its patent licence to another host, its rescinded purchase of a Houston
  web-design firm sued by the FTC, its president and CEO and a telecoms customer's ended deal (2006);
- ID83823: a state governor's stand on aid for an Indian steel group's Minnesota project after its purchase of the
  project company, and the group's stake in an Iranian refinery (2007);
- ID4638: a US retail chain's low-price strategy at a Japanese supermarket chain it holds a 6.1% share of, revised,
  with the Japanese chain's CEO (2005);
- ID174246: a securities regulator's fraud charge against a bank over a mortgage-investment package, a firm the text
  calls the bank's subsidiary, the bank's vice-president and an independent selector (2010);
- ID157477: an airline's pilots' strike, suspended after a day, hitting two subsidiary airlines, with the union and
  a court hearing (2010; no outage: flights cancelled by a strike).
Each text is toscadata_lib.clean's output, with the leading template residue cut where there is one and, in
ID15571, two external-link brackets reduced to their link text (the URL dropped, the words kept); no word added
or changed.
usage: batch35n.py [POOL_DIR] [--dry]   (TOSCA_DIR: folder with economy.pkl/politics.pkl made by toscadata_lib.load
from data/economy.rda and data/politics.rda of github.com/Docma-TU/toscaData; this round used /tmp/gather34b/tosca)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("TOSCA_DIR", "/tmp/gather34b/tosca")
from write_pool import write_all
import toscadata_lib
from toscadata_lib import selected
from batch12 import rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather36n/pool"

# id: (sector, region, topics, leading residue to cut, [(regex, replacement)], note)
SEL = {
 "ID15571": ("professional services/translation", "mixed", "acquisition,leadership", "",
             [(r"\[http://www\.commonsenseadvisory\.com (Common Sense Advisory, Inc\.)\]", r"\1"),
              (r"\[http://www\.commonsenseadvisory\.com/en/research/top_20\.htm (Ranking of Top 20 Translation Companies)\]", r"\1")],
             "Two external-link brackets ('[http://www.commonsenseadvisory.com Common Sense Advisory, Inc.]' and the "
             "report's link) reduced to their link text; the curly quotes and 'Bowne & Co, (BNE)' kept as written. A "
             "research firm's ranking of language service providers and its market estimate, its founder and CEO, "
             "its analyst, and a localization company's purchase of a printing group's unit."),
 "ID47648": ("technology/internet", "US", "acquisition,partner,leadership", "", [],
             "Clean as converted ('acquisiton', 'resutls', 'WebSource media' kept as written). A web-hosting "
             "company's second quarter: a patent licence granted to another host, a purchase rescinded a month "
             "after it was announced (the target sued by the FTC), its president and CEO, and the end of a "
             "telecoms company's deal."),
 "ID83823": ("steel/energy", "mixed", "acquisition,government", "", [],
             "Clean as converted. A governor's stand on state aid for an Indian steel group's Minnesota project "
             "after the group's purchase of the project company, and the group's expected stake in an Iranian "
             "refinery project."),
 "ID4638": ("retail", "non-US", "stake,leadership", "", [],
            "Clean as converted; the closing source line '(The Nikkei)' kept as written. A US retail chain's "
            "strategy at a Japanese supermarket chain it bought a 6.1% share of, and the Japanese chain's CEO."),
 "ID174246": ("banking/finance", "US", "regulation,subsidiary,leadership", "Economy and business", [],
              "Leading residue 'Economy and business' (a category word) cut; 'the banks' marketing' kept as written. "
              "A securities regulator's fraud charge against a bank over a mortgage-investment package, a firm the "
              "text calls the bank's subsidiary, the bank's vice-president who created the package and an "
              "independent selector named to investors."),
 "ID157477": ("airlines", "non-US", "labour,subsidiary", "", [],
              "Clean as converted. An airline's pilots' strike, begun and suspended within a day, hitting two "
              "subsidiary airlines; the union, a court hearing, about half the flights cancelled. Near-miss for "
              "outages: flights cancelled by a strike (GUIDELINES: strikes are not outages)."),
}


def main():
    d = toscadata_lib.load()
    return [rec(*x) for x in selected(d, SEL)]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
