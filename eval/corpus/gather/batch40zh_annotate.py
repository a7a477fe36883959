#!/usr/bin/env python3
"""Batch 40zh gold annotations (the texts of batch40zh.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part): uk-cma-just-eat-hungryhouse-merger-cleared-2017 -> test,
uk-cma-poundland-99p-stores-merger-formally-cleared-2015 -> train, uk-cma-tesco-booker-merger-investigation-opened-2017
-> dev. Relative dates resolve against `published` (2017-05-30, 2017-11-16; the Poundland text's is null, so only
absolute dates there).
Conventions (GUIDELINES.md part 2; the CMA texts of batches 17d and 21c): an anticipated or proposed acquisition under
review or cleared but not said to be completed ('anticipated acquisition', 'proposed acquisition', 'cleared ...
acquisition') -> `acquired` only, no parentOrganization (as Unite/Liberty Living and Stonegate/Ei Group); the CMA
an Organization, 'Competition and Markets Authority' with alias 'CMA'; 'UK' a Location where the text names it;
companies named as competitors -> Company, no relation; a company's name with its legal form in brackets defined as
a short name ('Poundland Group plc (Poundland)') -> one entity, the short name an alias. No person is named in any of
the three texts (no role); no outage is told.
usage: batch40zh_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather41zh/pool /tmp/gather41zh/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs
import batch10_annotate as b10

CMA = E("Organization", "Competition and Markets Authority", "CMA")
A = {}

# ---- Poundland / 99p Stores formally cleared (published null) -------------------------------------------------------
PL, NN = "Poundland Group plc", "99p Stores Limited"
A["uk-cma-poundland-99p-stores-merger-formally-cleared-2015"] = dict(
 # 'The Competition and Markets Authority (CMA)' / 'CMA' -> Organization; "Poundland's" / 'Poundland Group plc
 # (Poundland)' / 'Poundland' -> Company 'Poundland Group plc', alias 'Poundland'; '99p Stores' / '99p Stores Limited
 # (99p Stores)' -> Company '99p Stores Limited', alias '99p Stores'; 'Poundworld', 'B&M', 'Home Bargains', 'Wilko',
 # 'Bargain Buys' (value retailers), 'Tesco', 'Asda' -> Company; "the UK's" -> Location 'UK'. Left out: 'the inquiry
 # group' (an unnamed CMA group), 'the investigation case page'
 entities=[CMA, E("Company", PL, "Poundland"), E("Company", NN, "99p Stores"), E("Company", "Poundworld"),
           E("Company", "B&M"), E("Company", "Home Bargains"), E("Company", "Wilko"), E("Company", "Bargain Buys"),
           E("Company", "Tesco"), E("Company", "Asda")] + locs("UK"),
 roles=[],
 # "formally cleared Poundland's anticipated acquisition of 99p Stores" (cleared, not said to be completed) ->
 # acquired only. Competitors: no relation
 relations=[L(PL, "acquired", NN)],
 outages=[],
 # 'which were published in August': published null and no year in the text -> no date
 dates=[])

# ---- Tesco / Booker phase 1 opened (published 2017-05-30) -----------------------------------------------------------
A["uk-cma-tesco-booker-merger-investigation-opened-2017"] = dict(
 # 'The CMA' / 'the Competition and Markets Authority (CMA)' -> Organization; "Tesco's" -> Company 'Tesco'; 'Booker'
 # (twice) -> Company. Left out: 'the merging parties', 'the companies' (generic)
 entities=[CMA, E("Company", "Tesco"), E("Company", "Booker")],
 roles=[],
 # "Tesco's proposed acquisition of Booker" (agreed, under review) -> acquired only. 'stores currently supplied by
 # Booker' (unnamed stores): nothing
 relations=[L("Tesco", "acquired", "Booker")],
 outages=[],
 # 'runs until 25 July 2017', 'by 13 June 2017'. Left out: 'up to 24 weeks' (a span)
 dates=[D("25 July 2017", "2017-07-25"), D("13 June 2017", "2017-06-13")])

# ---- Just Eat / Hungryhouse cleared (published 2017-11-16) ----------------------------------------------------------
JE, HH = "Just Eat plc", "Hungryhouse Holdings Limited"
A["uk-cma-just-eat-hungryhouse-merger-cleared-2017"] = dict(
 # 'The Competition and Markets Authority (CMA)' / 'CMA' -> Organization; "Just Eat's" / 'Just Eat plc (Just Eat)' /
 # 'Just Eat' -> Company 'Just Eat plc', alias 'Just Eat'; 'Hungryhouse' / 'Hungryhouse Holdings Limited
 # (Hungryhouse)' -> Company 'Hungryhouse Holdings Limited', alias 'Hungryhouse' (the text calls both 'web-based food
 # ordering platforms'; the named businesses are the merging parties, so Company, as the corpus's Deliveroo);
 # 'platforms such as Deliveroo, UberEATS and Amazon ... These companies' -> Company x3 (doubtful for 'UberEATS', a
 # platform's name a reader may type Service); 'the UK' / "the UK's" -> Location 'UK'. Left out: 'A group of
 # independent panel members', 'the group' (an unnamed CMA group)
 entities=[CMA, E("Company", JE, "Just Eat"), E("Company", HH, "Hungryhouse"), E("Company", "Deliveroo"),
           E("Company", "UberEATS"), E("Company", "Amazon")] + locs("UK"),
 roles=[],
 # "cleared Just Eat's acquisition of Hungryhouse" after phase 2 (the text does not say it completed) -> acquired
 # only (as Unite/Liberty Living). Deliveroo, UberEATS, Amazon: competitors, no relation
 relations=[L(JE, "acquired", HH)],
 outages=[],
 # 'in March 2017' -> 2017-03
 dates=[D("March 2017", "2017-03")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
