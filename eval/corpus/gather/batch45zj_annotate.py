#!/usr/bin/env python3
"""Batch 45zj gold annotations (the texts of batch45zj.py: the Antitrust Division's release on Wells Fargo and
Company's six branch sales in Minnesota and South Dakota for its pending merger with Texas Financial Bancorporation,
Inc. and its acquisition of subsidiaries of Marquette Bancshares, Inc., Charles A. James quoted, 29 November 2001; the
Eastern District of New York U.S. Attorney's Office's release on the conviction of Mehdi Gabayzadeh, former President
and CEO of American Tissue Corporation, 13 April 2005), written from the texts alone; newskg was not run on them. The
split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 41h, 42z, 43q, 44a, 45zb and 45zf for the Division's releases; 39s, 40d, 41p, 42b and 44n for
U.S. Attorneys' releases; GUIDELINES section 2): 'X's (pending/proposed) merger with Y' with no buyer stated ->
nothing (GUIDELINES; 45zf's NationsBank / BankAmerica), even where X is the one selling branches (**doubtful**, as
45zf); X's 'acquisition of certain ... subsidiaries of Y' (unnamed subsidiaries, not Y itself) -> nothing (an asset
purchase in GUIDELINES' sense; **doubtful**); branches to be sold to unnamed buyers -> nothing; "The Department of
Justice" with "the Department's Antitrust Division" -> the Division under the Department (40zk, 43q, 45zf); 'Assistant
Attorney General in charge of the Department's Antitrust Division' -> head of the Division, current (41h, 44a, 45zf);
the dateline 'WASHINGTON, D.C.' as the city's only form -> named as written (43v, 45zb, 45zf); 'City, State' -> two
Locations (42k, 43l, 44n), with a state's postal abbreviation ('Rochester, MN') an alias of the state named in full
elsewhere in the text (**doubtful**: the SEC lane's 45ze kept 'Valhalla, NY' as one Location); names printed in
capitals -> the name as printed when no other full form is in the text, the surname alone an alias (41p, 44n);
'former President and CEO of X' -> president and ceo, not current (41p's 'former Chief Executive Officer'); a US
Attorney -> no role where the office is not named as a body (39s, 40d, 41p, 42b; **doubtful**); 'Inspector-in-Charge,
New York Division, <agency>' and 'Acting Assistant Director-in-Charge of the Federal Bureau of Investigation in New
York' -> executive at the agency (41p's Brubaker, 42b's McCabe; the division or field office folded into the agency);
the judicial district in a US Attorney's title not annotated (41p; doubtful); 'United States District Court' named
bare -> Organization (39s's 'U.S. District Court'); judges -> Person, no role; 'today' resolved against `published`.
usage: batch45zj_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46zj/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ

A = {}

# ---- Wells Fargo / Texas Financial / Marquette, Division release, published 2001-11-29 (a Thursday) -----------------
WF = "Wells Fargo and Company"
TFB = "Texas Financial Bancorporation, Inc."
MB = "Marquette Bancshares, Inc."
CAJ = "Charles A. James"
FRB = "Board of Governors of the Federal Reserve System"
A["us-doj-wells-fargo-texas-financial-marquette-minnesota-south-dakota-branches-2001"] = dict(
 # Companies: Wells Fargo and Company (once; 'Wells Fargo' twice more: an alias), Texas Financial Bancorporation,
 # Inc. (once), Marquette Bancshares, Inc. (once). Organizations: the Department of Justice ('The Department of
 # Justice'; "the Department's" in James's post, generic), the Antitrust Division (once), the Board of Governors of
 # the Federal Reserve System (once; one body as named, the 'Federal Reserve System' inside its name not its own
 # entity -- **doubtful**: a reader may add the Federal Reserve System and put the Board under it). Person: Charles
 # A. James (once). Locations: the dateline 'WASHINGTON, D.C.' (the city's only form, named as written), Minnesota
 # (twice; 'MN' in 'Rochester, MN' an alias), South Dakota (twice; 'SD' in 'Huron, SD' and 'Watertown, SD' an alias),
 # Rochester, Huron, Watertown ('City, ST' split as 'City, State'; **doubtful**: the postal abbreviations as aliases
 # of the states, and a reader may keep each 'City, ST' as one Location, 45ze's reading). Not annotated: 'six branch
 # offices', 'three branches', 'certain bank and non-bank subsidiaries' (unnamed), 'any commercial bank', 'a non-bank
 # bidder', 'customers, including small business customers' (generic), the agreement
 entities=[E("Location", "WASHINGTON, D.C."), E("Organization", DOJ), E("Company", WF, "Wells Fargo"),
           E("Location", "Minnesota", "MN"), E("Location", "South Dakota", "SD"), E("Company", TFB),
           E("Company", MB)]
          + locs("Rochester", "Huron", "Watertown")
          + [E("Person", CAJ), E("Organization", ATR), E("Organization", FRB)],
 # 'Charles A. James, Assistant Attorney General in charge of the Department's Antitrust Division' -> head of the
 # Antitrust Division, current (41h, 44a, 45zf)
 roles=[R(CAJ, "head", ATR)],
 # "the Department's Antitrust Division" beside 'The Department of Justice' -> the Division under the Department
 # (43q, 45zf). 'its pending merger with Texas Financial Bancorporation, Inc.', 'the merger', 'The proposed merger'
 # -> a merger that does not say who buys whom -> nothing (**near-miss**, GUIDELINES; **doubtful**: Wells Fargo is
 # the one selling branches and 'its ... merger' points to Wells Fargo as the buyer; a reader may record
 # acquired(Wells Fargo and Company, Texas Financial Bancorporation, Inc.), agreed -- held to nothing as 45zf's
 # NationsBank / BankAmerica). 'its acquisition of certain bank and non-bank subsidiaries of Marquette Bancshares,
 # Inc.' -> Wells Fargo buys unnamed subsidiaries, not Marquette Bancshares itself -> nothing (**near-miss**;
 # **doubtful**: a reader may record acquired(Wells Fargo and Company, Marquette Bancshares, Inc.)). 'sell six branch
 # offices', 'divest three branches in Rochester ...', 'sell certain branches closed ... to any commercial bank' ->
 # assets, no buyer named -> nothing (**near-miss**). 'subject to the final approval of the Board of Governors' -> a
 # regulator's approval, no relation
 relations=[ATR_DOJ],
 outages=[],
 # 'today' -> 2001-11-29. Not dates: 'for a period of time' (no calendar value), '$250 million', '$127 million',
 # '$82 million', '$41 million' (amounts), 'six', 'three', 'two' (counts)
 dates=[D("today", "2001-11-29")])

# ---- American Tissue / Gabayzadeh, USAO EDNY, published 2005-04-13 (a Wednesday) -------------------------------------
MG = "MEHDI GABAYZADEH"
ATC = "American Tissue Corporation"
USPIS = "United States Postal Inspection Service"
FBI = "Federal Bureau of Investigation"
A["us-doj-usao-edny-american-tissue-former-ceo-gabayzadeh-convicted-2005"] = dict(
 # People: ROSLYNN R. MAUSKOPF, RONALD WALKER, JOHN KLOCHAN (each once, in capitals as printed; no other form),
 # MEHDI GABAYZADEH ('GABAYZADEH' five times, also "GABAYZADEH's" twice: an alias), Joanna Seybert (the judge).
 # Company: American Tissue Corporation (once; 'American Tissue' in "American Tissue's bankruptcy" and 'American
 # Tissue bonds': an alias; the misprint "American's Tissue's" not an alias, **doubtful**: it names the same company
 # but is no form of its name). Organizations: the United States Postal Inspection Service (its 'New York Division'
 # folded in, 41p), the Federal Bureau of Investigation, the 'United States District Court' (bare, 39s's reading; its
 # seat 'in Central Islip, New York'). Locations: Hauppauge (in 'Hauppauge, New York-based'), New York (the state in
 # 'Hauppauge, New York-based' and 'Central Islip, New York', also 'the Federal Bureau of Investigation in New York';
 # one entity, **doubtful**: the last may mean the city), Central Islip, the United States ('throughout the United
 # States and Mexico'; 'America' in 'manufacturing company in America' an alias, **doubtful**: a reader may leave
 # 'America' out), Mexico. Not annotated: 'the Eastern District of New York' (a judicial district in the US
 # Attorney's title, 41p; **doubtful**), 'New York Division' (a unit's name, folded in), 'the paper manufacturer',
 # "GABAYZADEH's company" (generic forms of American Tissue), 'a group of banks', 'bondholders' (unnamed), the
 # indictment, the charges, 'paper and pulp mills' (unnamed)
 entities=[E("Person", "ROSLYNN R. MAUSKOPF"), E("Person", "RONALD WALKER"), E("Organization", USPIS),
           E("Person", "JOHN KLOCHAN"), E("Organization", FBI), E("Location", "New York"),
           E("Person", MG, "GABAYZADEH"), E("Location", "Hauppauge"), E("Company", ATC, "American Tissue"),
           E("Location", "United States", "America"), E("Location", "Mexico"),
           E("Organization", "United States District Court"), E("Location", "Central Islip"),
           E("Person", "Joanna Seybert")],
 # GABAYZADEH, 'former President and CEO of the Hauppauge, New York-based American Tissue Corporation' -> president
 # and ceo at American Tissue Corporation, both not current ('former'; 'once head of the fourth-largest tissue paper
 # and pulp manufacturing company in America' is the same post told again). WALKER, 'Inspector-in-Charge, New York
 # Division, United States Postal Inspection Service' -> executive at the USPIS (41p's Brubaker; doubtful: head of the
 # division). KLOCHAN, 'Acting Assistant Director-in-Charge of the Federal Bureau of Investigation in New York' ->
 # executive at the FBI (42b's McCabe; acting, current; doubtful: head of the New York office). MAUSKOPF, 'United
 # States Attorney for the Eastern District of New York' -> no role (no office named as a body in the kept text: 39s,
 # 41p, 42b; **doubtful**). Seybert, 'U.S. District Judge' -> no role (a judge: 39s, 41p)
 roles=[R(MG, "president", ATC, False), R(MG, "ceo", ATC, False),
        R("RONALD WALKER", "executive", USPIS), R("JOHN KLOCHAN", "executive", FBI)],
 # No relation: one company; 'a group of banks that had loaned GABAYZADEH's company $145 million' names no bank
 # (**near-miss**: a lender relation with no named party); the three agencies announcing together -> no partner
 # (bodies acting together, 41p)
 relations=[],
 outages=[],
 # 'today' (twice; one item) -> 2005-04-13; 'July 8, 2005' (the sentencing date) -> 2005-07-08; 'March 2003' (the
 # indictment) -> 2003-03; '1999' (inside the misprint 'in1999', the bond purchase) -> 1999 (**doubtful**: the
 # surface text is glued to 'in'). Not dates: 'ten-week', 'eight-count', 'all eight counts' (a length and counts),
 # '$300 million', '$145 million', '$165 million', '2,700' (amounts)
 dates=[D("today", "2005-04-13"), D("July 8, 2005", "2005-07-08"), D("March 2003", "2003-03"),
        D("1999", "1999")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
