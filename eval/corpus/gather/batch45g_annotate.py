#!/usr/bin/env python3
"""Batch 45g gold annotations (the texts of batch45g.py: the Antitrust Division's release on Bank of Boston and BayBanks'
proposed merger with 20 branches to be sold to USTrust, Anne K. Bingaman quoted, 18 June 1996; and the Division's
release on Alcoa's $41 million acquisition of Golden Aluminum Company from ACX Technologies Inc., 5 November 1999),
written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along
test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 16e, 21c, 40zk, 41c, 41h, 42h, 42k, 42w, 42z, 43c, 43h, 43j, 43l, 43m, 43o, 43q, 43s, 43v, 44a,
44e, 44i, 44m, 44q, 44t and 45b for the Division's texts; GUIDELINES section 2): "X's acquisition of Y", challenged
and settled on a proposed consent decree -> agreed: `acquired` only (42w-45b); 'the acquisition of Y from Z' -> Y under
Z, the owner selling it (44i: a station a company 'will acquire from' its owner -> under that owner); a 'proposed
merger' of two named companies with no buyer stated -> nothing (GUIDELINES; 44e's Westinghouse/Infinity); branches,
facilities and other assets to be sold, to a named buyer or none -> nothing (GUIDELINES: asset purchases);
"The Department's Antitrust Division" after 'The Department of Justice' -> the Division under the Department (43q);
'Assistant Attorney General in charge of the (Department's) Antitrust Division' -> head of the Division, current (41h,
44a, 44e, 44i, 44m); a state attorney general's office -> Organization, named as written without 'the' (44m); the
Federal Reserve Board -> Organization (18e); the dateline 'WASHINGTON, D.C.' as the city's only form -> named as
written (43v, 44m), beside 'Washington, D.C.' in the text -> 'Washington, D.C.' with the dateline an alias (43q's
WDC); 'U.S. District Court in Washington, D.C.' -> 'U.S. District Court', the city apart (41h, 43c, 44e); product
kinds ('aluminum can lid stock', 'Lid stock') and unnamed facilities, branches and markets not annotated; 'today'
resolved against `published`.
usage: batch45g_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46g/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ
from batch43q_annotate import WDC

A = {}

# ---- Bank of Boston / BayBanks, Antitrust Division release, published 1996-06-18 (a Tuesday) -------------------------
BOB = "Bank of Boston"
BAY = "BayBanks"
A["us-doj-bank-of-boston-baybanks-divest-branches-ustrust-1996"] = dict(
 # Companies: Bank of Boston (three times, in 'four Bank of Boston branch offices' and 'The Bank of Boston and BayBanks
 # merger' too; only this form), BayBanks (four times, in '16 BayBanks ... branch offices' too; only this form),
 # USTrust (once, the branches' buyer). Organizations: the Department of Justice ('The Department of Justice'; 'the
 # Department' and "The Department's" generic), the Antitrust Division ("The Department's Antitrust Division", "the
 # Antitrust Division's", "the Department's Antitrust Division"), the Office of the Massachusetts Attorney General
 # (named as written, 'the' dropped; a state body -> Organization, 44m), the Federal Reserve Board (once). Person: Anne
 # K. Bingaman (only the full name in the kept text: 'Bingaman added' is in the sentence cut off). Locations: the
 # dateline 'WASHINGTON, D.C.' (the city's only form: named as written, 43v, 44m; **doubtful** as there: a reader may
 # write 'Washington, D.C.'), Boston ('the Boston metropolitan area' and 'in Boston and the surrounding metropolitan
 # area'). Not annotated: Massachusetts (only inside the name of the Attorney General's office, as a company named only
 # inside a product name is not annotated on its own; **doubtful**: a reader may add the state as a Location), '20 bank
 # branch offices', '16 BayBanks and four Bank of Boston branch offices' (unnamed branches), 'The banks', 'small and
 # medium-sized businesses', 'federal and state antitrust enforcement' (cut off anyway)
 entities=[E("Location", "WASHINGTON, D.C."), E("Organization", DOJ), E("Company", BOB), E("Company", BAY),
           E("Company", "USTrust"), E("Organization", ATR),
           E("Organization", "Office of the Massachusetts Attorney General"), E("Location", "Boston"),
           E("Person", "Anne K. Bingaman"), E("Organization", "Federal Reserve Board")],
 # 'Anne K. Bingaman, Assistant Attorney General in charge of the Department's Antitrust Division' -> head of the
 # Antitrust Division, current (41h, 44a, 44e, 44i, 44m)
 roles=[R("Anne K. Bingaman", "head", ATR)],
 # "The Department's Antitrust Division" after 'The Department of Justice' -> the Division under the Department (43q).
 # 'their $2 billion proposed merger', 'The Bank of Boston and BayBanks merger' -> a merger that does not say who buys
 # whom -> nothing (**near-miss**, GUIDELINES; 44e's Westinghouse/Infinity; the text gives no buyer, so no acquired
 # either way). 'sell off 20 bank branch offices ... to USTrust' -> branches are assets, a sale of outlets -> nothing
 # (**near-miss**; **doubtful**: a reader may record USTrust as a buyer, but of no named company). '16 BayBanks and
 # four Bank of Boston branch offices' -> unnamed branches, no entity, no relation. 'conducted a joint investigation
 # with the Office of the Massachusetts Attorney General' -> two government bodies investigating together: no partner
 # (**near-miss**: GUIDELINES' partner is a business tie, partnership, joint venture or contract; 44m left 'a joint
 # settlement' with a state attorney general's office out the same way; **doubtful**: a reader may read 'joint' as
 # partner). 'The Department said it will advise the Federal Reserve Board' -> no relation (a regulator told)
 relations=[ATR_DOJ],
 outages=[],
 # 'today' -> 1996-06-18. Not dates: '$2 billion', '$860 million', '20', '16', 'four' (amounts and counts)
 dates=[D("today", "1996-06-18")])

# ---- Alcoa / Golden Aluminum from ACX Technologies, Antitrust Division release, published 1999-11-05 (a Friday) -------
ALC = "Alcoa Inc."
GAC = "Golden Aluminum Company"
ACX = "ACX Technologies Inc."
A["us-doj-alcoa-golden-aluminum-acx-technologies-fort-lupton-divestiture-1999"] = dict(
 # Companies: Alcoa Inc. (once; 'Alcoa' and "Alcoa's" eight times more, an alias), Golden Aluminum Company (once;
 # 'Golden' and "Golden's" four times more, an alias), ACX Technologies Inc. (once, the seller). Organizations: the
 # Department of Justice ('The Department of Justice'; "the Department's" and 'the Department' generic), the Antitrust
 # Division ("The Department's Antitrust Division"), the court ('U.S. District Court in Washington, D.C.' -> 'U.S.
 # District Court', the city apart, 41h, 43c, 44e; 'the court' generic). Locations: Washington, D.C. (the court's seat;
 # the dateline 'WASHINGTON, D.C.' an alias: 43q's WDC), Fort Lupton and Colorado ('in Fort Lupton, Colorado' and
 # "Golden's Fort Lupton, Colorado manufacturing facility": the town and the state), North America (twice). Not
 # annotated: 'a manufacturing facility in Fort Lupton, Colorado', "Golden's Fort Lupton facility" (an unnamed plant:
 # the town is the only name), 'aluminum can lid stock', 'Lid stock' (a kind of product, no product name), 'only four
 # other companies' (unnamed), 'can manufacturers', 'a civil lawsuit', 'a proposed consent decree' (court papers)
 entities=[WDC, E("Organization", DOJ), E("Company", ALC, "Alcoa"), E("Location", "Fort Lupton"),
           E("Location", "Colorado"), E("Company", GAC, "Golden"), E("Company", ACX), E("Organization", ATR),
           E("Organization", "U.S. District Court"), E("Location", "North America")],
 # No person in the kept text (the official quoted is in the quotation cut off)
 roles=[],
 # "Alcoa's $41 million acquisition of Golden Aluminum Company from ACX Technologies Inc.", "Alcoa's proposed
 # acquisition of Golden" and the proposed consent decree -> agreed, challenged and settled: acquired(Alcoa Inc.,
 # Golden Aluminum Company) only (42w-45b; **doubtful** as there: the text does not say the deal closed, so no
 # parentOrganization to Alcoa). 'acquisition of Golden Aluminum Company from ACX Technologies Inc.' -> Golden under
 # ACX, its owner selling it (44i's 'will acquire from'; **doubtful**: the text does not say 'subsidiary'; a reader
 # may record no parent; the Division's Federal Register notice on the same suit speaks only of 'ACX's interest in
 # Golden', not in this text). "The Department's Antitrust Division" after 'The Department of Justice' -> the
 # Division under the Department (43q). 'requires Alcoa to divest Golden's Fort Lupton, Colorado manufacturing
 # facility' and 'agreed to sell a manufacturing facility in Fort Lupton' -> a plant to be sold, no buyer named ->
 # nothing (**near-miss**: an asset sale). 'Golden is one of only four other companies that manufactures lid stock'
 # and 'a low-cost competitor' -> rivals, no relation
 relations=[L(ALC, "acquired", GAC), L(GAC, "parentOrganization", ACX), ATR_DOJ],
 outages=[],
 # 'today' (twice) -> 1999-11-05, one item. Not dates: '$41 million', 'over 50 percent', '$1.6 billion'
 dates=[D("today", "1999-11-05")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
