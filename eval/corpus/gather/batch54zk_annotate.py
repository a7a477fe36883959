#!/usr/bin/env python3
"""Batch 54zk gold annotations (the texts of batch54zk.py: sec.gov press release 2012-81 on 'UBS Financial Services Inc.
of Puerto Rico', its 'vice chairman and former CEO Miguel A. Ferrer' and 'its head of capital markets Carlos J. Ortiz';
sec.gov's harmed-investors page for Admin. Proc. File No. 3-18681 on 'Aegon USA Investment Management, LLC',
'Transamerica Asset Management, Inc.', 'Transamerica Capital Inc.' and 'Transamerica Financial Advisors, Inc.'), written
from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test,
train, dev, train (batch10_annotate's write_parts): the Aegon id -> test, the UBS Puerto Rico id -> train. Dates resolve
against `published` (UBS Puerto Rico: the release's dateline, 2012-05-01); the Aegon page has `published` null, so only
its absolute dates.
Conventions (the federal SEC lane's, batches 18a, 40zm ... 52ze, 53d ... 53zp, 54e, 54j, 54o, 54u, 54zb, 54zg; looked up
in GATHERING.md, GUIDELINES and the corpus files) -- a release naming 'The Securities and Exchange Commission' -> that
name with alias 'SEC' (54zb's Broadwind, the Office Depot and Stericycle files); a page that writes only 'the
Commission' -> Organization named 'Commission' (53q's Westport, 54zg's Logitech and Weatherford pages, the same page
family); 'Director of the SEC's Division of Enforcement' -> Organization 'Division of Enforcement', director, with
parentOrganization -> the SEC (the Tyson, AutoChina, Carter's, Puda Coal, Schwab, Panalpina, Innospec files); 'Director
of the SEC's Miami Regional Office' -> Organization 'Miami Regional Office', director, parentOrganization -> the SEC (the
Stericycle dev file, Bustillo himself); 'vice chairman' -> executive (GUIDELINES); 'former CEO' -> ceo, current false;
'head of X' -> head (49g's note: 'head of X -> head (many files)'); a firm's bracketed short form -> alias; a place
inside a firm's name (Puerto Rico) no Location of its own (as the lane's courts' states, 54o, 54u, 54zb); 'today' -> the
release's day; 'between July 2011 and June 2015' -> two month items; one date item per distinct text and value.
usage: batch54zk_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55zk/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
UPR = "UBS Financial Services Inc. of Puerto Rico"
AU = "Aegon USA Investment Management, LLC"
A = {}

# ---- UBS Puerto Rico, sec.gov press release 2012-81, published 2012-05-01 ---------------------------------------------
A["us-sec-ubs-puerto-rico-vice-chairman-former-ceo-ferrer-head-capital-markets-ortiz-closed-end-funds-2012"] = dict(
 # The Securities and Exchange Commission ('The Securities and Exchange Commission today charged'; 'the SEC's charges',
 # 'The SEC instituted', "the SEC's Division of Enforcement": alias 'SEC'); UBS Financial Services Inc. of Puerto Rico
 # (the full name once; 'UBS Puerto Rico' eight times, "UBS Puerto Rico's": alias 'UBS Puerto Rico'; 'UBS's trades' in
 # Khuzami's quotation: alias 'UBS' -- **doubtful**: the trades are the Puerto Rico firm's own trading desk's, as the
 # sentence says ('a trading desk that did not advantage UBS's trades over those of its customers'), but a reader may
 # take 'UBS' for the parent group, which the text never names on its own, and leave it out or give it its own entity);
 # Miguel A. Ferrer, Carlos J. Ortiz (Persons, no surname-only mention); Robert Khuzami and the Division of Enforcement;
 # Eric I. Bustillo and the Miami Regional Office. Not annotated: Puerto Rico (only inside the firm's name and its short
 # form -- near-miss: a reader may add the Location from 'UBS Puerto Rico'), the '23 proprietary closed-end mutual
 # funds' (unnamed), 'a fund for harmed investors' (unnamed), 'the firm', 'the secondary market', 'a trading desk'
 entities=[E("Organization", SEC, "SEC"),
           E("Company", UPR, "UBS Puerto Rico", "UBS"),
           E("Person", "Miguel A. Ferrer"),
           E("Person", "Carlos J. Ortiz"),
           E("Person", "Robert Khuzami"),
           E("Organization", "Division of Enforcement"),
           E("Person", "Eric I. Bustillo"),
           E("Organization", "Miami Regional Office")],
 # "UBS Puerto Rico's vice chairman and former CEO Miguel A. Ferrer" -> executive at UBS Financial Services Inc. of Puerto
 # Rico, current (vice chairman -> executive, GUIDELINES; nothing says he left that post), and ceo there, current false
 # ('former CEO'). 'its head of capital markets Carlos J. Ortiz' -> head at the same firm, current (**doubtful**: 'head
 # of X' -> head is the corpus's way (49g), yet a unit's head at a firm is read by some files as executive, as GUIDELINES'
 # 'chief ... operating-unit officers'; head kept). 'Robert Khuzami, Director of the SEC's Division of Enforcement' ->
 # director at Division of Enforcement; 'Eric I. Bustillo, Director of the SEC's Miami Regional Office' -> director at
 # Miami Regional Office (both as the lane's files). Near-miss: Ferrer and Ortiz are 'two executives' charged in
 # contested proceedings -- no role beyond the posts written
 roles=[R("Miguel A. Ferrer", "executive", UPR),
        R("Miguel A. Ferrer", "ceo", UPR, False),
        R("Carlos J. Ortiz", "head", UPR),
        R("Robert Khuzami", "director", "Division of Enforcement"),
        R("Eric I. Bustillo", "director", "Miami Regional Office")],
 # "the SEC's Division of Enforcement", "the SEC's Miami Regional Office" -> parentOrganization (the lane's way). No
 # relation between UBS Puerto Rico and a parent: the text names no parent on its own ('UBS's' read as the firm itself,
 # above; near-miss: a reader who knows UBS Financial Services Inc. would write parentOrganization); the funds (unnamed)
 # and the firm's customers (unnamed): no partner
 relations=[L("Division of Enforcement", "parentOrganization", SEC),
            L("Miami Regional Office", "parentOrganization", SEC)],
 outages=[],
 # 'today' -> 2012-05-01 (the dateline's day, kept as `published`). No other time expression in the kept text (the
 # dateline itself is cut)
 dates=[D("today", "2012-05-01")])

# ---- Aegon USA / Transamerica, sec.gov harmed-investors page, Admin. Proc. File No. 3-18681, published null -------------
A["us-sec-aegon-usa-investment-management-transamerica-affiliates-faulty-quantitative-models-fair-fund-2018"] = dict(
 # The Commission ('the Commission instituted', 'the Commission found', 'The Commission ordered': name 'Commission', as
 # 54zg's pages -- the text never writes 'SEC' or the full name); Aegon USA Investment Management, LLC ('("AUIM")' and
 # 'AUIM' three times more: alias 'AUIM'); Transamerica Asset Management, Inc. ('("TAM")', 'TAM' twice more: alias
 # 'TAM'); Transamerica Capital Inc. (no short form); Transamerica Financial Advisors, Inc. ('("TFA")', 'TFA' once more:
 # alias 'TFA') -- all Company (an investment adviser, a broker-dealer, an adviser/broker; the text calls them only
 # 'Respondents'). Not annotated: 'the Order', 'the Respondents', 'the Products', 'the Strategies', 'the Guidelines'
 # (defined terms; the Products are unnamed mutual funds and portfolios, so no Service), 'the manager of certain
 # products' (unnamed person), Bradley J. Beman and Kevin A. Giles (in the left-out captions only: no entity -- near-miss)
 entities=[E("Organization", "Commission"),
           E("Company", AU, "AUIM"),
           E("Company", "Transamerica Asset Management, Inc.", "TAM"),
           E("Company", "Transamerica Capital Inc."),
           E("Company", "Transamerica Financial Advisors, Inc.", "TFA")],
 # No role: no person is named in the kept text (near-miss: the captions' Beman and Giles; 'the manager of certain
 # products', unnamed)
 roles=[],
 # No relation: the text lists the four firms as co-respondents and says nothing of their ownership (near-miss: the
 # shared 'Transamerica' name and AUIM's 'Aegon' name suggest one group, and news reports call them affiliates, but a
 # reader of this text alone cannot say which owns which; 'TAM and AUIM' act together on the same products -- no stated
 # partnership, sub-adviser contract or customer tie, so no partner); 'TFA ... distributed misleading marketing
 # materials to its advisory clients' (unnamed clients)
 relations=[],
 outages=[],
 # `published` null: only absolute expressions. 'August 27, 2018' -> 2018-08-27; 'between July 2011 and June 2015' ->
 # 'July 2011' 2011-07 and 'June 2015' 2015-06 (two items)
 dates=[D("August 27, 2018", "2018-08-27"), D("July 2011", "2011-07"), D("June 2015", "2015-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
