#!/usr/bin/env python3
"""Batch 43b (session 44; gatherer 43b): English Wikinews (CC BY 2.5) stories sent to outages with a named provider —
an iPhone model's first sales day marred by activation systems failing under network failures and insufficient
capacity, at its maker's and a carrier's stores; and the rail infrastructure operator closing a main line through a
junction town on New Year's Eve for over-running engineering works, with the train operators hit and the complaining
operator's managing director (a near-miss) — taken from the toscaData R package (github.com/Docma-TU/toscaData:
data/economy.rda), the Wikinews lane of batches 37e, 37h, 37m, 37r, 37v, 38e, 38j, 40f, 40j, 40l, 40m, 40p and 40q.
Both sets (economy 2,327 and politics 5,000 records as the package holds them; 7,041 distinct ids) were scanned by
keyword (outage, blackout, power cut, went down, offline, disruption, failure, restored, service interruption,
glitch, technical problems, without power, computer system, network failure, ...) in text and title; every hit was
checked by its slug, ids and names against the corpus, every gather script and the session-44 pools. Kept:
- ID109599: Apple's new 3G iPhone's first sales day 'marred by minimal supplies and sluggish phone activations',
  activation systems failing 'due to network failures and insufficient capacity', at Apple and AT&T stores in the
  United States and in Canada; Telstra, Optus and Vodafone in Australia (July 2008; the trailing image-markup residue
  cut; the package's text ends there, so `truncated` true);
- ID88366: Network Rail closing the West Coast Main Line through Rugby on December 31 for over-running engineering
  works, services of Virgin Trains, London Midland and First ScotRail affected, Virgin Trains' managing director
  Chris Gibb complaining to the Office of Rail Regulation (December 2007; the damaged opening paragraph 'The, the
  regulatory authority ...' cut).
No word added or changed: one trailing markup residue and one damaged opening paragraph cut.
usage: batch43b.py [POOL_DIR] [--dry]   (TOSCA_DIR as toscadata_lib's docstring
describes; default /tmp/gather39e/tosca)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("TOSCA_DIR", "/tmp/gather39e/tosca")
from write_pool import write_all
from batch12 import records

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather44b/pool"


# id: (sector, region, topics, leading residue to cut, [(regex, replacement)], note)
SEL = {
 "ID109599": ("telecom/mobile", "US", "outage,product launch,activation", "",
              [(r"\s*\[\[Image:IPhone at Macworld \(angled view\)\.jpg\|thumb\|left\|120px\|An Apple iPhone\Z", "")],
              "The trailing image-markup residue '[[Image:IPhone at Macworld (angled view).jpg|thumb|left|120px|An "
              "Apple iPhone' cut at the end; the package's text stops there (its wikitext was longer), so the record "
              "is truncated; otherwise clean as converted. A phone's first sales day in 21 nations marred by short "
              "supplies and slow activations, the activation systems failing for network failures and insufficient "
              "capacity at its maker's and a carrier's stores, and the carriers supporting it in Australia."),
 "ID88366": ("transport/rail", "non-US", "engineering works,line closure,regulator", "",
             [(r"\AThe, the regulatory authority for Great Britain's railway network, has launched an investigation "
               r"of Network Rail procedures following a complaint from Virgin Trains regarding over-running "
               r"engineering works on New Year's Eve\.\n\n", "")],
             "The damaged opening paragraph 'The, the regulatory authority for Great Britain's railway network, has "
             "launched an investigation of Network Rail procedures following a complaint from Virgin Trains regarding "
             "over-running engineering works on New Year's Eve.' cut (the regulator's linked name lost in the "
             "conversion); otherwise clean as converted ('Whilst' and the spokesman's unclosed first quotation, "
             "continued in the next paragraph, as written). The rail infrastructure operator closing a main line "
             "through a junction town on New Year's Eve for over-running engineering works, the train operators "
             "affected, and one operator's managing director taking the short notice to the rail regulator."),
}
TRUNCATED = {"ID109599": True, "ID88366": False}


def main():
    recs = records(SEL)
    for (k, _), r in zip(SEL.items(), recs):
        r["truncated"] = TRUNCATED[k]
    return recs


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
