#!/usr/bin/env python3
"""Batch 51q gold annotations (the texts of batch51q.py: the Antitrust Division's press release on the seven Florida
branches SunTrust Bank and Huntington National Bank agreed to sell for SunTrust's pending purchase of Huntington's
Florida branches and operations, Charles A. James quoted, 3 December 2001; the Department's press release on the 61
western Pennsylvania branches The PNC Financial Services Group Inc. and National City Corporation agreed to sell for
their pending merger, 11 December 2008), written from the texts alone; newskg was not run on them. The split follows
the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve
against `published`.
Conventions (batches 41h, 45g, 45zf, 45zj and 51l for the Division's bank and merger releases; GUIDELINES section 2):
X's 'pending acquisition of Y's <state> branches and certain operations' -> an asset purchase: nothing (near-miss;
43j's Microsemi / Semicoa, 51l's Waste Industries / Allied); 'the companies' pending merger' told with 'the
acquisition' after which X 'will become the fifth largest bank' -> X buys Y, agreed, not completed -> `acquired` only
(the lane's agreed-deal rule, 42w-45z; **doubtful** beside 45zf's and 45zj's 'merger' with no buyer stated -> nothing);
branches to be sold with no buyer named -> nothing (near-miss; 45g, 45zj); 'Assistant Attorney General in charge of
the Department's Antitrust Division' -> head of the Division, current (41h, 45zj); "the Department's Antitrust
Division" beside 'The Department of Justice' -> the Division under the Department (45zj, 51l); the dateline
('WASHINGTON, D.C.', 'WASHINGTON') -> Location, named as printed (17a, 41h, 45zj); counties -> Location with 'County'
as printed (45zb); 'the Pittsburgh area', 'the Erie area' -> the city (45zb's market areas named by their city);
'western Pennsylvania' -> Pennsylvania, the region word left out (47b, 47f); the Board of Governors of the Federal
Reserve System -> one Organization as named (45zj); short forms ('SunTrust', 'Huntington', 'PNC', 'National City')
-> aliases; 'the Department', 'the companies', 'the agreement', 'the nation', kinds of banking service and customer
not annotated.
usage: batch51q_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52q/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ

A = {}

# ---- SunTrust Bank / Huntington National Bank, Florida, release, published 2001-12-03 (a Monday) --------------------
STB = "SunTrust Bank"
HNB = "Huntington National Bank"
CAJ = "Charles A. James"
FRB = "Board of Governors of the Federal Reserve System"
A["us-doj-suntrust-bank-huntington-national-bank-florida-seven-branches-divestiture-2001"] = dict(
 # Locations: WASHINGTON, D.C. (the dateline, once, named as printed, as 45zj's: no other form in the text), Florida
 # (three times: 'in deposits in Florida', "Huntington's Florida branches", 'branches closed in Florida'), Sumter
 # County, Highlands County, Polk County (each once, 'County' part of the name as printed, 45zb). Companies: SunTrust
 # Bank (once in full; 'SunTrust' in "SunTrust's pending acquisition": an alias), Huntington National Bank (once;
 # 'Huntington' in "Huntington's Florida branches": an alias). Organizations: the Department of Justice ('The
 # Department of Justice'; "the Department's" in James's post, generic), the Antitrust Division, the Board of
 # Governors of the Federal Reserve System (once; one body as named, the 'Federal Reserve System' inside its name not
 # its own entity, as 45zj -- **doubtful**: a reader may add the Federal Reserve System and put the Board under it).
 # Person: Charles A. James. Not annotated: 'seven branches', 'one branch', 'certain branches', "Huntington's Florida
 # branches and certain operations" (unnamed assets), 'any commercial bank', 'a non-bank bidder', 'small businesses
 # and other customers' (generic), the agreement
 entities=[E("Location", "WASHINGTON, D.C."), E("Organization", DOJ), E("Company", STB, "SunTrust"),
           E("Company", HNB, "Huntington"), E("Location", "Florida")]
          + locs("Sumter County", "Highlands County", "Polk County")
          + [E("Person", CAJ), E("Organization", ATR), E("Organization", FRB)],
 # 'Charles A. James, Assistant Attorney General in charge of the Department's Antitrust Division' -> head of the
 # Antitrust Division, current (41h, 45zj: the same post and wording)
 roles=[R(CAJ, "head", ATR)],
 # "the Department's Antitrust Division" beside 'The Department of Justice' -> the Division under the Department.
 # "SunTrust's pending acquisition of Huntington's Florida branches and certain operations" -> SunTrust buys branches
 # and operations, not Huntington National Bank itself: an asset purchase -> nothing (**near-miss**; **doubtful**: a
 # reader may take 'acquisition' and record acquired(SunTrust Bank, Huntington National Bank), agreed). 'agreed to
 # sell seven branches', 'divest one branch ... in Sumter County' etc., 'sell certain branches closed ... to any
 # commercial bank' -> assets, no buyer named -> nothing (**near-miss**). SunTrust Bank and Huntington National Bank
 # as rivals in Florida: implied by the antitrust concern, not a relation. 'subject to the final approval of the
 # Board of Governors' -> a regulator's approval, no relation
 relations=[ATR_DOJ],
 outages=[],
 # 'today' -> 2001-12-03. Not dates: 'for a period of time' (no calendar value); '$168 million', '$16.8 million',
 # '$60 million', '$90 million' (amounts); 'seven', 'one', 'two', 'four' (counts)
 dates=[D("today", "2001-12-03")])

# ---- PNC Financial Services Group / National City Corporation, OPA release, published 2008-12-11 (a Thursday) -------
PNC = "The PNC Financial Services Group Inc."
NCC = "National City Corporation"
A["us-doj-pnc-financial-services-national-city-western-pennsylvania-61-branches-divestiture-2008"] = dict(
 # Locations: WASHINGTON (the dateline, once, named as printed in capitals, as 41h's: no other form in the text),
 # Pennsylvania ('western Pennsylvania': the region word left out, as 47b's 'eastern New York' and 47f's
 # 'Northwestern Arkansas'; **doubtful**: a reader may keep 'western Pennsylvania' as a region, or leave it out),
 # Allegheny County, Erie County, Crawford County, Warren County (each once, 'County' part of the name, 45zb),
 # Pittsburgh ('the Pittsburgh area'), Erie ('the Erie area'), Meadville and Titusville ('the Meadville and
 # Titusville areas'), Warren ('the Warren area') -- market areas named by their towns, taken as the towns (45zb;
 # **doubtful**: a reader may leave the areas out, or read 'Erie' and 'Warren' as the counties named just before).
 # Companies: The PNC Financial Services Group Inc. (once in full, with its capital 'The' mid-sentence kept as part of
 # the name, as the corpus's 'The Walt Disney Company'; 'PNC' once: an alias), National City Corporation (once in
 # full; 'National City' in "National City's branch banking offices": an alias). Organizations: the Department of
 # Justice ('The Department of Justice'; 'The Department said', "the Department's": generic), the Antitrust Division
 # ("the Department's Antitrust Division"). No person in the kept text (Deborah A. Garza's quotation is in the part cut
 # off). Not annotated: 'the nation' (generic; **doubtful**: a reader may take it as the United States), 'four other
 # counties' (unnamed), '61 of National City's branch banking offices', '50 branches' etc. (unnamed assets), 'local
 # markets', 'retail banking, small business banking and middle market banking services' (kinds of service), the
 # agreement
 entities=[E("Location", "WASHINGTON"), E("Organization", DOJ), E("Company", PNC, "PNC"),
           E("Company", NCC, "National City"), E("Location", "Pennsylvania"), E("Organization", ATR)]
          + locs("Allegheny County", "Pittsburgh", "Erie County", "Erie", "Crawford County", "Meadville", "Titusville",
                 "Warren County", "Warren"),
 # No role: no person named in the kept text
 roles=[],
 # "the Department's Antitrust Division" beside 'The Department of Justice' -> the Division under the Department.
 # 'the companies' pending merger', 'the merger', then 'As a result of the acquisition, PNC will become the fifth
 # largest bank in the nation' -> an acquisition whose buyer the text shows (PNC is the one that grows; National City
 # the one whose branches are sold), pending -> acquired(The PNC Financial Services Group Inc., National City
 # Corporation), agreed, not completed: no parentOrganization (GUIDELINES; the lane's agreed-deal rule as 45's First
 # Data / Concord). **doubtful**: 45zf's NationsBank / BankAmerica and 45zj's Wells Fargo / Texas Financial held a
 # 'merger' with no buyer stated to nothing; here the word 'acquisition' and the sentence on PNC's size point to the
 # buyer, and the headline (not in the text) names it ('Acquisition of National City Corporation by the PNC Financial
 # Services Group'); a reader holding to the body's 'merger' may leave the relation out. 'agreed to sell 61 of
 # National City's branch banking offices', 'divest 50 branches ...' etc. -> assets, no buyer named -> nothing
 # (**near-miss**; the 'acquirer of those middle market c[ustomers]' falls in the part cut off)
 relations=[ATR_DOJ, L(PNC, "acquired", NCC)],
 outages=[],
 # 'today' -> 2008-12-11; 'June 30, 2008' -> 2008-06-30 (the date the deposit figure is taken at). Not dates: '$4.1
 # billion', '$289 billion', '$180 billion', '$3.35 billion' etc. (amounts); 'fifth largest' (a rank)
 dates=[D("today", "2008-12-11"), D("June 30, 2008", "2008-06-30")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
