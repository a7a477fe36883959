#!/usr/bin/env python3
"""Batch 51x gold annotations (the text of batch51x.py: the Department's press release on the 20 North Carolina
branch offices Southern National Corp. and United Carolina Bancshares agreed to sell for their proposed merger, Joel
I. Klein (acting) quoted, 29 April 1997), written from the text alone; newskg was not run on it. The split follows the
fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against
`published`.
Conventions (batches 41h, 45g, 45zb, 45zq, 51l and 51q for the Division's bank and merger releases; GUIDELINES
section 2): 'their proposed merger' of two named companies with no buyer stated -> nothing (GUIDELINES; 44e, 45g, 45l,
45w, 45zb's First Virginia / Premier and BankAmerica / Security Pacific); branches to be sold with no buyer named ->
nothing (near-miss; 45g, 45zj, 51q); "The Department of Justice's Antitrust Division" -> the Division under the
Department (43q); 'Acting Assistant Attorney General in charge of the Department's Antitrust Division' -> head of the
Division, current (acting: 41h, 44e, 45l, 45zb, 45zq); the Federal Reserve Board -> Organization (18e, 45g, 45zb); the
dateline 'WASHINGTON, D.C.' as the city's only form -> named as written (43v, 44m, 45g, 45w, 45zb); 'City, State' ->
two Locations (42k, 43l, 45zb); a company's seat ('Southern National of Winston-Salem') -> no relation (45zb); market
areas named by a town or a county -> Locations, named as written with 'County' as printed (45zb); short forms
('Southern National', 'United Carolina') -> aliases; 'The banks', 'the companies', 'other financial institutions',
'consumers and small businesses', 'North Carolina lenders' not annotated.
usage: batch51x_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52x/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ

A = {}

# ---- Southern National / United Carolina Bancshares, OPA release, published 1997-04-29 (a Tuesday) -------------------
SNC = "Southern National Corp."
UCB = "United Carolina Bancshares"
FRB = "Federal Reserve Board"
JIK = "Joel I. Klein"
A["us-doj-southern-national-united-carolina-bancshares-north-carolina-20-branches-1997"] = dict(
 # Companies: Southern National Corp. (once in full; 'Southern National' four times more, in 'five Southern National
 # branch offices' and Klein's quotation too: an alias), United Carolina Bancshares (once, as printed, without
 # 'Corporation'; 'United Carolina' twice more: an alias). Organizations: the Department of Justice ("The Department
 # of Justice's Antitrust Division"; "the Department's" in Klein's post, generic), the Antitrust Division (three times;
 # "the Division's" generic), the Federal Reserve Board (once, in 'the following Federal Reserve Board North Carolina
 # markets': the Board that defines the markets; **doubtful**: a reader may read the phrase as a description of the
 # markets and leave the Board out). Person: Joel I. Klein. Locations: the dateline 'WASHINGTON, D.C.' (the only form,
 # named as written, kept apart from Washington County), North Carolina (seven times), Winston-Salem and Whiteville
 # ('Southern National of Winston-Salem, North Carolina', 'United Carolina of Whiteville, North Carolina': City,
 # State), and the ten Federal Reserve Board markets as listed -- Monroe (named twice in the list, one entity),
 # Columbus County, Duplin County, Goldsboro, Hoke County, Martin County, Richmond County, Robeson County, Sampson County
 # and Washington County (a market named by its town or county is taken as that place, as 45zb's; **doubtful**: a
 # reader may leave markets out as not places, or take 'Monroe' and 'Goldsboro' as the markets' areas). Not
 # annotated: '20 branch offices', '15 United Carolina branch offices', 'five Southern National branch offices'
 # (unnamed assets), '10 different geographic areas' (a count), 'a more efficient statewide bank' (a description)
 entities=[E("Location", "WASHINGTON, D.C."), E("Organization", DOJ), E("Organization", ATR),
           E("Company", SNC, "Southern National"), E("Company", UCB, "United Carolina")]
          + locs("Winston-Salem", "North Carolina", "Whiteville")
          + [E("Organization", FRB)]
          + locs("Monroe", "Columbus County", "Duplin County", "Goldsboro", "Hoke County", "Martin County",
                 "Richmond County", "Robeson County", "Sampson County", "Washington County")
          + [E("Person", JIK)],
 # 'Joel I. Klein, Acting Assistant Attorney General in charge of the Department's Antitrust Division' -> head of the
 # Antitrust Division, current (acting: 41h, 44e, 45l, 45zb, 45zq -- 45zb's First Virginia release gives the same post
 # in the same words)
 roles=[R(JIK, "head", ATR)],
 # "The Department of Justice's Antitrust Division" -> the Division under the Department (43q). 'their proposed
 # merger', 'the merger', 'this merger' -> a merger of two named companies that does not say who buys whom -> nothing
 # (**near-miss**, GUIDELINES; 45zb's First Virginia / Premier and BankAmerica / Security Pacific; **doubtful**: Klein's
 # 'These divestitures allow Southern National to become a more efficient statewide bank' hints that Southern National
 # is the buyer, and a reader may record acquired(Southern National Corp., United Carolina Bancshares), agreed -- the
 # text never says it buys United Carolina; 45zb held BankAmerica's like hint to nothing). 'divest 15 United Carolina
 # branch offices and five Southern National branch offices', 'sell 20 branch offices' -> assets, no buyer named ->
 # nothing (**near-miss**). 'other financial institutions' 'leasing or purchasing any bank branches' -> unnamed
 # buyers, nothing. 'Southern National of Winston-Salem', 'United Carolina of Whiteville' -> seats: no relation
 # (Locations take none; 45zb)
 relations=[ATR_DOJ],
 outages=[],
 # 'today' -> 1997-04-29. Not dates: 'for one year' (a span, no calendar value); '$488 million' (an amount); '20',
 # '15', 'five', '10' (counts)
 dates=[D("today", "1997-04-29")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
