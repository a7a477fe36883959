#!/usr/bin/env python3
"""Batch 38i gold annotations (the text of batch38i.py), written from the text alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (batch10_annotate.
write_parts, one part): the single id goes to test. `published` is 2005-11-01 (a Tuesday): 'Tuesday' and 'Monday'
resolve against it; 'last month' is October 2005.
Conventions (as batch 37t): the provider of an exchange outage is the exchange whose trading system failed; a company
that developed the failed software is not a provider of a service the text does not name. The linked bourses in
Sapporo and Fukuoka are not named as organisations, so they are places, not affected services (doubtful).
usage: batch38i_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather39i/pool /tmp/gather39i/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10


A = {}
TSE = "Tokyo Stock Exchange"

A["voa-tokyo-stock-exchange-suspends-trading-systems-failure-2005"] = dict(
 # 'the Tokyo Stock Exchange' (twice), 'Tokyo Stock Exchange Managing Director' -> Company (an exchange run as a
 # business; 'the bourse', 'the exchange' are generic); 'Fujitsu, the developer of the software' -> Company; 'The Osaka
 # Stock Exchange' -> Company; 'Tomio Amano' / 'Mr. Amano' and 'Kaoru Yosano' / 'Mr. Yosano' -> Person; 'Asia's',
 # 'Sapporo', 'Fukuoka', 'Japan' -> Location. The 'Nikkei index' is a stock index: nothing (GUIDELINES.md, Types)
 entities=[E("Company", TSE), E("Company", "Fujitsu"), E("Company", "Osaka Stock Exchange"),
           E("Person", "Tomio Amano", "Amano"), E("Person", "Kaoru Yosano", "Yosano")]
          + locs("Asia", "Sapporo", "Fukuoka", "Japan"),
 # 'Tokyo Stock Exchange Managing Director Tomio Amano' -> director (managing director -> director); 'Kaoru Yosano,
 # who was appointed economic and fiscal policy minister only on Monday' -> minister of Japan (the country named on its
 # own in the next sentence; the text does not say 'Japan's minister' in so many words: doubtful)
 roles=[R("Tomio Amano", "director", TSE), R("Kaoru Yosano", "minister", "Japan")],
 # 'software installed last month ... He says the exchange might seek compensation for damages from Fujitsu, the
 # developer of the software' -> Fujitsu is the exchange's software supplier: partner, the exchange first as the text
 # tells it from the exchange's side (doubtful: 'supplier' is not written; the software is not named, so no provider)
 relations=[L(TSE, "partner", "Fujitsu")],
 # one outage: the exchange 'failed to open for business on time Tuesday due to what officials called a software
 # defect', 'forced to suspend all stock trading', the system working again only in the afternoon; provider the Tokyo
 # Stock Exchange; date 2005-11-01 ('Tuesday' = published); no clock times ('Tuesday morning', 'the afternoon'), no
 # duration stated; affected [] (no named service or organisation: the linked 'bourses in Sapporo and Fukuoka' and 'the
 # exchanges in the three other cities' are unnamed; 'Trading of futures and options was not affected'); location
 # null (Tokyo appears only inside the exchange's name); cause 'software defect' (the officials' phrase; Amano adds
 # 'software installed last month that processes data from investment banks')
 outages=[O(TSE, "2005-11-01", [], cause="software defect")],
 # 'Tuesday', 'Tuesday morning' (its own text, same value), '1999', 'last month' (twice, one item) -> 2005-10,
 # 'Monday' -> 2005-10-31; 'nearly 60-year history', '90-minute', '53-month' are durations
 dates=[D("Tuesday", "2005-11-01"), D("Tuesday morning", "2005-11-01"), D("1999", "1999"),
        D("last month", "2005-10"), D("Monday", "2005-10-31")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
