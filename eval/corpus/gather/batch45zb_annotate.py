#!/usr/bin/env python3
"""Batch 45zb gold annotations (the texts of batch45zb.py: the Antitrust Division's releases on Marshall & Ilsley's
proposed acquisition of Valley Bancorporation, Anne K. Bingaman quoted, 14 April 1994; on Wells Fargo & Company's
acquisition of First Interstate Bancorp cleared with the California Attorney General's Office, Bingaman quoted, 28
February 1996; on First Virginia Banks Inc. and Premier Bankshares Corp.'s proposed merger, Joel I. Klein (acting)
quoted, 18 March 1997; and on the proposed merger of BankAmerica and Security Pacific, James F. Rill quoted, 28
February 1992), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the
sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 16e, 21c, 40zk, 41c, 41h, 42h, 42k, 42w, 42z, 43c, 43h, 43j, 43l, 43m, 43o, 43q, 43s, 43v, 44a,
44e, 44i, 44m, 44q, 44t, 45b, 45g, 45l, 45s and 45w for the Division's texts; GUIDELINES section 2): 'the proposed
acquisition of Y by X' and "X's acquisition of Y", cleared on divestitures and not said to have closed -> agreed:
`acquired`(X, Y) only (42w-45b; 42z's Reynolds/Alcoa); a 'proposed merger' of two named companies with no buyer stated
-> nothing (GUIDELINES; 44e, 45g, 45l, 45s, 45w); branches to be sold, with no buyer named -> nothing (GUIDELINES:
asset purchases); "The Department of Justice's Antitrust Division", "the Department's Antitrust Division" and 'the
Antitrust Division of the Department of Justice' -> the Division under the Department (43q); 'Assistant Attorney
General in charge of the (Department's) Antitrust Division', 'Acting' or not -> head of the Division, current (41h,
44a, 45l); a state attorney general's office -> Organization, named as written without 'the' (44m, 45g); a joint
investigation with it -> no relation (45g); the Federal Reserve Board -> Organization (18e, 45g); the dateline
'WASHINGTON, D.C.' as the city's only form -> named as written (43v, 44m, 45g, 45w), kept apart from the State of
Washington; 'City, State' -> two Locations (42k, 43l); towns and counties named in the text -> Locations, named as
written ('Dickenson County'); market areas named by their city ('the San Diego market', 'the Madison ... areas') -> the
city a Location; 'today' and 'Friday, April 8' resolved against `published`.
usage: batch45zb_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46zb/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ

A = {}
FRB = "Federal Reserve Board"
AKB = "Anne K. Bingaman"

# ---- Marshall & Ilsley / Valley Bancorporation, Division release, published 1994-04-14 (a Thursday) ------------------
MI = "Marshall & Ilsley"
VB = "Valley Bancorporation"
A["us-doj-marshall-ilsley-valley-bancorporation-wisconsin-branches-1994"] = dict(
 # Companies: Marshall & Ilsley (three times, only this form; **doubtful**: a reader who knows the company may write
 # 'Marshall & Ilsley Corporation', a form not in the text), Valley Bancorporation (once). Organizations: the
 # Department of Justice ("The Department of Justice's Antitrust Division"; 'The Department', "the Department's"
 # generic), the Antitrust Division ('The Division' generic), the Federal Reserve Board (four times). Person: Anne K.
 # Bingaman ('she said' a pronoun). Locations: the dateline 'WASHINGTON, D.C.' (the city's only form, named as
 # written), Wisconsin ('the largest banking organizations in Wisconsin'), the five market towns Madison, Oshkosh,
 # Mayville, New Holstein and Rhinelander ('the Madison, Oshkosh, Mayville, New Holstein and Rhinelander areas',
 # 'branches in Madison, ...': each a Location; no state is given beside them, and the text does not say they are in
 # Wisconsin, so no containment is recorded -- Locations take no relations anyway). Not annotated: 'two of the
 # largest banking organizations', 'one of the banks', 'specified branches', 'banking consumers', 'the staff of the
 # Federal Reserve Board' (a part of the Board, unnamed), 'the antitrust laws' (laws, unnamed)
 entities=[E("Location", "WASHINGTON, D.C."), E("Organization", DOJ), E("Organization", ATR),
           E("Location", "Wisconsin"), E("Organization", FRB), E("Company", VB), E("Company", MI), E("Person", AKB)]
          + locs("Madison", "Oshkosh", "Mayville", "New Holstein", "Rhinelander"),
 # 'Anne K. Bingaman, Assistant Attorney General in charge of the Antitrust Division' -> head of the Antitrust
 # Division, current (41h, 44a, 45w)
 roles=[R(AKB, "head", ATR)],
 # "The Department of Justice's Antitrust Division" -> the Division under the Department (43q). 'will not challenge
 # the proposed acquisition of Valley Bancorporation by Marshall & Ilsley if Marshall & Ilsley sells specified
 # branches' -> a buyer and a target stated, the deal cleared but not said to have closed -> agreed:
 # acquired(Marshall & Ilsley, Valley Bancorporation) (42z's 'the proposed acquisition of Reynolds Metals Company by
 # Alcoa Inc.'; **doubtful** only in that the first paragraph calls it 'a proposed merger', which alone would give
 # nothing). 'Marshall & Ilsley ... will sell specified branches in Madison, ...' -> unnamed branches, no buyer ->
 # nothing (**near-miss**). 'The Department advised the Federal Reserve Board' and 'the efforts of the Department
 # and the staff of the Federal Reserve Board' -> regulators working together: no relation (**near-miss**, 45g)
 relations=[ATR_DOJ, L(MI, "acquired", VB)],
 outages=[],
 # 'Friday, April 8' -> 1994-04-08 (the Friday before the Thursday of `published`; the year from `published`). Not
 # dates: '$328 million' (an amount)
 dates=[D("Friday, April 8", "1994-04-08")])

# ---- Wells Fargo / First Interstate, Division release, published 1996-02-28 (a Wednesday) ----------------------------
WF = "Wells Fargo & Company"
FI = "First Interstate Bancorp"
CAG = "California Attorney General's Office"
A["us-doj-wells-fargo-first-interstate-california-attorney-general-61-branches-1996"] = dict(
 # Companies: Wells Fargo & Company (once, in "Wells Fargo & Company's"; 'Wells' twice more, in "the Wells'
 # acquisition" and "Wells' acquisition of First Interstate": an alias; 'Wells Fargo' alone is only in the headline,
 # not in the text, so not an alias), First Interstate Bancorp (once; 'First Interstate' twice more, an alias).
 # Organizations: the Department of Justice ('The Department of Justice'; "The Department's" generic), the Antitrust
 # Division ("The Department's Antitrust Division", 'the Antitrust Division'; 'the Division' generic), the California
 # Attorney General's Office (three times; named as written without 'the', a state body, 44m, 45g). Person: Anne K.
 # Bingaman. Locations: the dateline 'WASHINGTON, D.C.' (the only form, named as written), California ('61 branch
 # offices in California' twice, 'numerous California markets'; also inside the office's name), San Diego,
 # Sacramento, Bakersfield ('the San Diego market' etc.: the cities). Not annotated: 'the bank', 'The banks'
 # (generic), '61 branch offices', '61 First Interstate branch offices' (unnamed branches), 'small and medium-sized
 # businesses', 'almost 30 separate bank markets', 'local business communities' (generic)
 entities=[E("Location", "WASHINGTON, D.C."), E("Organization", DOJ), E("Organization", CAG),
           E("Company", WF, "Wells"), E("Company", FI, "First Interstate"), E("Location", "California"),
           E("Organization", ATR), E("Person", AKB)] + locs("San Diego", "Sacramento", "Bakersfield"),
 # 'Anne K. Bingaman, Assistant Attorney General in charge of the Antitrust Division' -> head of the Antitrust
 # Division, current
 roles=[R(AKB, "head", ATR)],
 # "The Department's Antitrust Division" after 'The Department of Justice' -> the Division under the Department
 # (43q). 'they had cleared Wells Fargo & Company's approximately $10.3 billion acquisition of First Interstate
 # Bancorp' -> a buyer and a target stated, cleared, not said to have closed -> agreed: acquired(Wells Fargo &
 # Company, First Interstate Bancorp) (42w-45b). 'the bank agreed to divest 61 branch offices', 'The branches to be
 # divested include 14 in the San Diego market, ...' -> assets, no buyer named -> nothing (**near-miss**). 'The
 # Department of Justice and the California Attorney General's Office jointly announced' and 'conducted a joint
 # investigation with the California Attorney General's Office' -> two government bodies acting together: no partner
 # (**near-miss**, 45g's Office of the Massachusetts Attorney General; **doubtful**: a reader may read 'jointly' as
 # partner). Not recorded: California as the office's seat (Locations take no relations)
 relations=[ATR_DOJ, L(WF, "acquired", FI)],
 outages=[],
 # 'today' -> 1996-02-28. Not dates: '$10.3 billion', '$2.54 billion', '$1.4 billion' (amounts), '61', '30', '14',
 # 'nine', 'five' (counts)
 dates=[D("today", "1996-02-28")])

# ---- First Virginia / Premier Bankshares, Division release, published 1997-03-18 (a Tuesday) -------------------------
FV = "First Virginia Banks Inc."
PB = "Premier Bankshares Corp."
OVAG = "Office of the Virginia Attorney General"
JIK = "Joel I. Klein"
A["us-doj-first-virginia-premier-bankshares-southwestern-virginia-branches-1997"] = dict(
 # Companies: First Virginia Banks Inc. (once; 'First Virginia' four times more, in 'one First Virginia branch
 # office', 'The First Virginia branch' and 'The First Virginia and Premier merger' too: an alias), Premier Bankshares
 # Corp. (once; 'Premier' three times more, an alias). Organizations: the Department of Justice ('The Department of
 # Justice'; "the Department's" generic), the Antitrust Division ("the Department's Antitrust Division" twice, "the
 # Antitrust Division's"), the Office of the Virginia Attorney General (named as written without 'the': 44m, 45g).
 # Person: Joel I. Klein. Locations: the dateline 'WASHINGTON, D.C.' (the only form), Virginia ('southwestern
 # Virginia' three times: the State, the lower-case 'southwestern' a direction, not part of a name; **doubtful**: a
 # reader may name the region 'southwestern Virginia' as 45w named 'Pacific northwest', or leave it out), Clintwood
 # ('the town of Clintwood'), Dickenson County, Max Meadows, Wythe County, Pound, Wise County (towns and counties as
 # written, 'County' part of each name as printed; **doubtful**: 'Pound' is a place name a reader may miss). Not
 # annotated: 'three branch offices', 'two Premier branch offices', 'one First Virginia branch office' (unnamed
 # branches), 'The banks', 'the companies', 'consumers' (generic)
 entities=[E("Location", "WASHINGTON, D.C."), E("Organization", DOJ), E("Company", FV, "First Virginia"),
           E("Company", PB, "Premier"), E("Location", "Virginia"), E("Organization", ATR), E("Organization", OVAG),
           E("Person", JIK)]
          + locs("Clintwood", "Dickenson County", "Max Meadows", "Wythe County", "Pound", "Wise County"),
 # 'Joel I. Klein, Acting Assistant Attorney General in charge of the Department's Antitrust Division' -> head of the
 # Antitrust Division, current (acting: 41h, 43c, 44e, 45l)
 roles=[R(JIK, "head", ATR)],
 # "the Department's Antitrust Division" after 'The Department of Justice' -> the Division under the Department
 # (43q). 'their proposed merger', 'the merger', 'The First Virginia and Premier merger' -> a merger that does not
 # say who buys whom -> nothing (**near-miss**, GUIDELINES; 44e, 45g, 45l, 45w; the headline's word order gives no
 # buyer either). 'divest two Premier branch offices and one First Virginia branch office' -> unnamed assets, no buyer
 # -> nothing (**near-miss**). 'a joint investigation by the Department's Antitrust Division and the Office of the
 # Virginia Attorney General' -> no partner (**near-miss**, 45g). 'Clintwood in Dickenson County', 'Max Meadows in
 # Wythe County', 'Pound in Wise County' -> containment of places: no relation (Locations take none)
 relations=[ATR_DOJ],
 outages=[],
 # 'today' -> 1997-03-18. Not dates: '$44.3 million' (an amount), 'three', 'two', 'one' (counts)
 dates=[D("today", "1997-03-18")])

# ---- BankAmerica / Security Pacific, Division release, published 1992-02-28 (a Friday) -------------------------------
BA = "BankAmerica"
SP = "Security Pacific"
JFR = "James F. Rill"
A["us-doj-bankamerica-security-pacific-divest-211-branches-five-states-1992"] = dict(
 # Companies: BankAmerica (five times, only this form), Security Pacific (once in the kept text; the company's fuller
 # name is not given). Organizations: the Department of Justice ('The Department of Justice', 'the Antitrust Division
 # of the Department of Justice'; 'The Department', 'the Department' generic), the Antitrust Division (twice), the
 # Federal Reserve Board (once). Person: James F. Rill ('James F. Rill Assistant Attorney General ...': the name ends
 # before 'Assistant', the printed comma missing). Locations: the dateline 'WASHINGTON, D.C.' (the only form of the
 # city; named as written, kept apart from the State), the five states California (twice: 'San Francisco,
 # California' too), Washington (the State: 'California, Washington, Oregon, ...'), Oregon, Arizona, Nevada; San
 # Francisco ('headquartered in San Francisco, California': City, State -> two Locations), the United States ('in the
 # United States'). Not annotated: 'the western states' (lower case, a description, not a name; **doubtful**: a
 # reader may take it for a region), '211 bank branches', 'five states' (counts), 'bank consumers'
 entities=[E("Location", "WASHINGTON, D.C."), E("Organization", DOJ), E("Company", BA), E("Company", SP),
           E("Organization", FRB), E("Organization", ATR), E("Person", JFR), E("Location", "San Francisco"),
           E("Location", "United States")]
          + locs("California", "Washington", "Oregon", "Arizona", "Nevada"),
 # 'James F. Rill Assistant Attorney General in charge of the Antitrust Division' -> head of the Antitrust Division,
 # current (the missing comma does not change the post)
 roles=[R(JFR, "head", ATR)],
 # 'the Antitrust Division of the Department of Justice' -> the Division under the Department (43q). 'the proposed
 # merger of BankAmerica and Security Pacific', 'the largest bank merger in history' -> a merger that does not say
 # who buys whom -> nothing (**near-miss**, GUIDELINES; 44e, 45g, 45w; **doubtful**: 'divestitures committed to by
 # BankAmerica' and 'permitting BankAmerica to obtain the cost savings' hint that BankAmerica is the buyer, and a
 # reader may record acquired(BankAmerica, Security Pacific), agreed -- the text never says it buys Security
 # Pacific). 'it will divest 211 bank branches in five states', 'loan portfolios' -> assets, no buyer -> nothing
 # (**near-miss**). 'BankAmerica, headquartered in San Francisco, California' -> a seat: no relation (Locations take
 # none). 'the third largest bank holding company in the United States' -> a ranking, no relation
 relations=[ATR_DOJ],
 outages=[],
 # 'today' -> 1992-02-28. Not dates: '$8.8 billion', '$2.7 billion', '$115 billion', '$92 billion' (amounts), '211',
 # 'five' (counts)
 dates=[D("today", "1992-02-28")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
