#!/usr/bin/env python3
"""Batch 45w gold annotations (the texts of batch45w.py: the Justice Department's release on U.S. Bancorp and West One
Bancorp being let merge if U.S. Bancorp sells 27 bank offices in Washington and Oregon, Anne K. Bingaman quoted, 11
December 1995; and the Antitrust Division's release clearing General Electric's purchase of Stewart & Stevenson
Services, Inc.'s Gas Turbine Division after GE licensed TransCanada Turbines to service its engines, Joel I. Klein
quoted, 30 December 1997), written from the texts alone; newskg was not run on them. The split follows the fixed
rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against
`published`.
Conventions (batches 16e, 21c, 40zi, 40zk, 41c, 41h, 42h, 42k, 42w, 42z, 43c, 43h, 43j, 43l, 43m, 43o, 43q, 43s, 43v,
44a, 44e, 44i, 44m, 44q, 44t, 45b, 45g, 45l and 45s for the Division's texts; GUIDELINES section 2): two named banks
'permitted to merge' with no buyer stated -> nothing (GUIDELINES; 44e, 45g, 45l, 45s); bank offices to be sold with
no buyer named -> assets, nothing (41c, 45g); 'the proposed purchase by X of Y's Z Division' cleared on a settlement
-> agreed: `acquired`(X, Z) only, and the named division under its owner (43o's Consumer Products Division of
Foremost Farms USA, 43l's Heinold Hog Markets); a licence granted by one named company to another -> `partner`,
direction as written (GUIDELINES: licensing deal; 42k, 44a); "the Department of Justice's Antitrust Division" and the
Division named beside the Department -> the Division under the Department (40zi, 41c, 43q); 'Assistant Attorney
General in charge of the Antitrust Division' -> head of the Division, current; the dateline 'WASHINGTON, D.C.' as the
city's only form -> named as written (43v, 44a, 44m, 45g, 45l), kept apart from the State of Washington; 'City,
State' -> two Locations (42k, 43l, 43m); counties named together ('Lincoln, Columbia, Jefferson, Malheur and Wasco
counties') -> each bare name a Location (37q, 45i, 45s); named regions ('the Pacific northwest') -> Location (41c,
43p, 45s); 'today' resolved against `published`.
usage: batch45w_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46w/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ

A = {}

# ---- U.S. Bancorp / West One Bancorp, Office of Public Affairs release, published 1995-12-11 (a Monday) --------------
USB = "U.S. Bancorp"
WOB = "West One Bancorp"
AKB = "Anne K. Bingaman"
A["us-doj-us-bancorp-west-one-bancorp-pacific-northwest-bank-offices-divestiture-1995"] = dict(
 # Companies: U.S. Bancorp (four times, one form), West One Bancorp (once; 'West One' in 'the U.S. Bancorp/West One
 # merger', an alias). Organizations: the Department of Justice ("the Department of Justice's Antitrust Division";
 # 'The Department' generic), the Antitrust Division (twice), the Federal Reserve Board ('a letter to the Federal
 # Reserve Board'). Person: Anne K. Bingaman. Locations: the dateline 'WASHINGTON, D.C.' (the city's only form; named
 # as written, no alias: every other 'Washington' in the text is the State -- 'bank offices in Washington and Oregon',
 # 'counties in Washington', 'throughout Oregon, Washington, Nevada, ...'), Washington (the State), the Pacific
 # northwest ('Two Pacific northwest banks', 'in the Pacific northwest' twice: a named region, as written with the
 # lower-case 'n'; **doubtful**: a reader may write 'Pacific Northwest' as the headline has it, a form not in the
 # text), Portland ('U.S. Bancorp of Portland, Oregon', 'the Portland area'), Oregon, Boise ('West One Bancorp of
 # Boise, Idaho'), Idaho, the Oregon counties Lincoln, Columbia, Jefferson, Malheur and Wasco ('in Lincoln, Columbia,
 # Jefferson, Malheur and Wasco counties in Oregon': each bare name a Location, 37q, 45i, 45s; **doubtful**: a reader
 # may write 'Wasco counties' as printed or leave the counties out), Yakima and Tri-Cities ('the Yakima and
 # Tri-Cities areas', 'the Tri-Cities area'), the Washington counties Whatcom and Kittitas, Nevada, California. Not
 # annotated: 'small and medium-size businesses', 'consumers' (generic), '27 bank offices', '21 branches', 'Five
 # branches', 'One building' (unnamed assets), 'banking services' (a service kind), 'a letter' (a paper)
 entities=[E("Location", "WASHINGTON, D.C."), E("Location", "Pacific northwest"), E("Company", USB),
           E("Location", "Portland"), E("Location", "Oregon"), E("Company", WOB, "West One"),
           E("Location", "Boise"), E("Location", "Idaho"), E("Location", "Washington"), E("Organization", DOJ),
           E("Organization", ATR), E("Person", AKB), E("Organization", "Federal Reserve Board")]
          + locs("Lincoln", "Columbia", "Jefferson", "Malheur", "Wasco", "Yakima", "Tri-Cities", "Whatcom",
                 "Kittitas", "Nevada", "California"),
 # 'Anne K. Bingaman, Assistant Attorney General in charge of the Antitrust Division' -> head of the Antitrust
 # Division, current (41h, 44a, 45s)
 roles=[R(AKB, "head", ATR)],
 # "the Department of Justice's Antitrust Division" -> the Division under the Department (43q). 'Two Pacific
 # northwest banks, U.S. Bancorp ... and West One Bancorp ..., will be permitted to merge' and 'the U.S.
 # Bancorp/West One merger' -> a merger that does not say who buys whom -> nothing (**near-miss**, GUIDELINES; 44e,
 # 45g, 45l, 45s; **doubtful**: Bingaman's 'This acquisition as originally structured' and 'as long as U.S. Bancorp
 # sells 27 bank offices' hint that U.S. Bancorp is the buyer, but the text never says it buys West One -- a reader
 # may record acquired(U.S. Bancorp, West One Bancorp), agreed). 'U.S. Bancorp sells 27 bank offices', 'The offices
 # to be divested include: ...' -> assets to be sold, no buyer named -> nothing (**near-miss**). 'Its approval of the
 # deal was stated in a letter to the Federal Reserve Board' -> a regulator writing to a regulator: no relation. 'U.S.
 # Bancorp of Portland, Oregon' and 'West One Bancorp of Boise, Idaho' -> seats, no relation (Locations take none)
 relations=[ATR_DOJ],
 outages=[],
 # 'today' -> 1995-12-11. Not dates: '$614 million' (the headline), '$480 million', '$134 million', '$15.2 billion',
 # '$21.6 billion' (amounts), '27', '21', '462' (counts)
 dates=[D("today", "1995-12-11")])

# ---- General Electric / Stewart & Stevenson's Gas Turbine Division, Division release, published 1997-12-30 (a Tuesday)
GE = "General Electric"
SSS = "Stewart & Stevenson Services, Inc."
GTD = "Gas Turbine Division"
TCT = "TransCanada Turbines"
JIK = "Joel I. Klein"
A["us-doj-general-electric-stewart-stevenson-gas-turbine-division-transcanada-license-1997"] = dict(
 # Companies: General Electric ('General Electric (GE) Corporation's': the fullest unbroken form in the text is
 # 'General Electric', the name; 'GE', defined in the parentheses and used six times more (also 'GE-manufactured',
 # "GE's"), an alias; **doubtful**: a reader may write 'General Electric Corporation', a form the parenthesis breaks
 # up), Stewart & Stevenson Services, Inc. (once; 'Stewart & Stevenson' once more, an alias), its Gas Turbine
 # Division ("Stewart & Stevenson Services, Inc.'s Gas Turbine Division": a named division -> Company, as 43o's
 # Consumer Products Division and 43l's Heinold Hog Markets; **doubtful**: a reader may take it for a generic unit
 # and leave it out, setting the purchase on Stewart & Stevenson), TransCanada Turbines ('a newly-formed joint
 # venture, TransCanada Turbines', 'TransCanada Turbines of Calgary, Canada'). Organizations: the Department of
 # Justice (once; "the Department's concerns" generic), the Antitrust Division (in Klein's title; 'the Division' is in
 # the sentence cut off). Person: Joel I. Klein ('Klein' alone only in the cut-off sentence: no alias). Locations:
 # the dateline 'WASHINGTON, D.C.' (the only form, named as written: 43v, 44a, 45l), Calgary, Canada ('Calgary,
 # Canada': two Locations, 42k, 43l). Not annotated: 'GE-manufactured marine and industrial engines', 'GE engines'
 # (a product class, no named model), 'North American' (an adjective; 'North America' not in the text), 'consumers'
 # (generic), 'The license agreement' (a contract)
 entities=[E("Location", "WASHINGTON, D.C."), E("Organization", DOJ), E("Company", GE, "GE"),
           E("Company", SSS, "Stewart & Stevenson"), E("Company", GTD), E("Company", TCT),
           E("Location", "Calgary"), E("Location", "Canada"), E("Person", JIK), E("Organization", ATR)],
 # 'Joel I. Klein, Assistant Attorney General in charge of the Antitrust Division' -> head of the Antitrust Division,
 # current (44a, 44i; no longer 'Acting' as in 45l's April 1997 release)
 roles=[R(JIK, "head", ATR)],
 # 'The Department of Justice today cleared General Electric (GE) Corporation's proposed $600 million purchase of
 # Stewart & Stevenson Services, Inc.'s Gas Turbine Division after GE agreed to license ...' -> a purchase cleared on
 # a settlement, not said to have closed -> agreed: acquired(General Electric, Gas Turbine Division) only (40zi, 43o;
 # **doubtful**: the headline and the second paragraph call it a 'merger', and a reader may set the purchase on
 # Stewart & Stevenson Services, Inc. or take the division for assets). "Stewart & Stevenson Services, Inc.'s Gas
 # Turbine Division" -> the division under Stewart & Stevenson Services, Inc. (43o: ownership stated, relations
 # carry no time). 'GE granted a five-year license to TransCanada Turbines ... to repair these engines' and 'GE agreed
 # to license a newly-formed joint venture, TransCanada Turbines' -> a licensing deal: partner(General Electric,
 # TransCanada Turbines), direction as written (42k, 44a). 'a newly-formed joint venture, TransCanada Turbines' ->
 # the venture's owners are not named: no parentOrganization or partner beyond GE's licence (**near-miss**).
 # 'Stewart & Stevenson was GE's largest competitor' -> rivals, no relation (**near-miss**). 'Its license would have
 # been effective for another four years. ... it is the only North American company licensed to service certain GE
 # engines' -> a licence to service GE's engines whose grantor the text does not name -> nothing (**near-miss**;
 # **doubtful**: a careful reader may take GE as the grantor and record partner(General Electric, Stewart & Stevenson
 # Services, Inc.)). The Antitrust Division named beside the Department of Justice -> the Division under the
 # Department (40zi, 41c: 'where both are named'; **doubtful**: this text never says "the Department's Antitrust
 # Division")
 relations=[L(GE, "acquired", GTD), L(GTD, "parentOrganization", SSS), L(GE, "partner", TCT), ATR_DOJ],
 outages=[],
 # 'today' -> 1997-12-30. Not dates: 'five-year', 'another four years' (the licences' terms, no calendar value), 'To
 # date' (unresolved), '$600 million' (an amount)
 dates=[D("today", "1997-12-30")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
