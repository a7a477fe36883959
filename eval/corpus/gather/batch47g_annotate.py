#!/usr/bin/env python3
"""Batch 47g gold annotations (the texts of batch47g.py: the three Bureaus' public notice DA 19-710 of 25 July 2019
establishing the pleading cycle on the applications to transfer control of four subsidiaries of Frontier
Communications Corporation to Northwest Fiber, LLC; the four Bureaus' Memorandum Opinion and Order DA 17-1096 of 8
November 2017 approving the applications of General Communication, Inc. and GCI Liberty, Inc. to transfer control of
licences held by GCI's operating subsidiaries to GCI Liberty), written from the texts alone; newskg was not run on
them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 15f, 43n-47c of the lane; GUIDELINES section 2): a transfer of control of a named company to a
named buyer, applied for or granted, completion not told -> `acquired` only (44g, 45zk, 46l, 46o, 47c); 'X and its
subsidiaries, Y, Z' -> parentOrganization(Y, X); transfers of control of licences alone, or of unnamed subsidiaries
-> nothing (asset steps, 46f, 46h, 47c); a short name in parentheses -> alias, as written; an upper-case heading's
form of the same name -> not listed; 'Commission' -> Organization; a Bureau -> Organization, no parentOrganization
to the Commission (45h, 45m, 46l, 46o, 47c); 'Chief' with no person named -> no role; a state named only inside a
company's name -> no Location; laws ('Communications Act of 1934', 'Cable Landing License Act of 1921'), sections,
dockets and collective defined terms ('Applicants', 'Transferring Companies', 'Bureaus', 'Act') not annotated, and
the years in the laws' names are no dates (47c).
usage: batch47g_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather48g/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L
import batch10_annotate as b10

A = {}
CM = "Commission"

# ---- Frontier subsidiaries -> Northwest Fiber, public notice DA 19-710, published 2019-07-25 -------------------------
FR = "Frontier Communications Corporation"
CI = "Citizens Telecommunications Company of Idaho"
CMT = "Citizens Telecommunications Company of Montana"
CO = "Citizens Telecommunications Company of Oregon"
FN = "Frontier Communications Northwest, Inc."
NF = "Northwest Fiber, LLC"
A["us-fcc-frontier-communications-northwest-fiber-subsidiaries-transfer-of-control-pleading-cycle-public-notice-2019"] = dict(
 # Companies: Frontier Communications Corporation ('(Frontier)'; also 'Frontier' in 'those specified Frontier
 # subsidiaries' and the Applicants' list; the heading's upper-case 'FRONTIER COMMUNICATIONS CORPORATION' only in
 # case: not listed); its four named subsidiaries -- Citizens Telecommunications Company of Idaho ('(Citizens Idaho)'),
 # Citizens Telecommunications Company of Montana ('(Citizens Montana)'), Citizens Telecommunications Company of
 # Oregon (no short name given), Frontier Communications Northwest, Inc. ('(Frontier Northwest)'); Northwest Fiber, LLC
 # ('(Northwest Fiber)'; the heading's 'NORTHWEST FIBER, LLC' only in case). Organizations: the Wireline Competition
 # Bureau, International Bureau and Wireless Telecommunications Bureau (named together: three entities, 46o, 47c) and
 # 'the Commission’s rules' -> Commission. Not annotated: Idaho, Montana, Oregon (only inside the subsidiaries' names:
 # no Location, as a company named only inside a product's name); 'Transferring Companies', 'Applicants', 'Act'
 # (collective labels); 'WC Docket No. 19-188', sections 214, 310(d), 1.948, 63.03-04, 63.18, 63.24; 'Public Notice'.
 # No Person, no role.
 entities=[E("Company", FR, "Frontier"), E("Company", CI, "Citizens Idaho"), E("Company", CMT, "Citizens Montana"),
           E("Company", CO), E("Company", FN, "Frontier Northwest"), E("Company", NF, "Northwest Fiber"),
           E("Organization", "Wireline Competition Bureau"), E("Organization", "International Bureau"),
           E("Organization", "Wireless Telecommunications Bureau"), E("Organization", CM)],
 roles=[],
 # - parentOrganization of each of the four to Frontier: 'Frontier Communications Corporation (Frontier) and its
 #   subsidiaries, Citizens Telecommunications Company of Idaho ..., and Frontier Communications Northwest, Inc.'.
 # - acquired(Northwest Fiber, each of the four): the heading 'APPLICATIONS FILED FOR THE TRANSFER OF CONTROL OF
 #   CERTAIN SUBSIDIARIES OF FRONTIER COMMUNICATIONS CORPORATION TO NORTHWEST FIBER, LLC' with the body's naming of
 #   the four as 'those specified Frontier subsidiaries, together, Transferring Companies' (control of the companies
 #   themselves, applied for; completion not told -> acquired only, 45zk's reading of 'APPLICATIONS FILED' notices;
 #   four buyers-of-one relations as 46l's Hector notice gave three). **Doubtful**: the transfer is told only by the
 #   upper-case heading and the defined term 'Transferring Companies' (the body sentence that says 'transfer of control
 #   of the Transferring Companies' comes after the footnote and is cut); a reader may leave the four acquired out.
 # Near-misses: no acquired(Northwest Fiber, Frontier) (only 'certain subsidiaries' pass; the parent stays); Frontier
 #   and Northwest Fiber as co-applicants (not partners); 'interested parties' (unnamed); no parent named for
 #   Northwest Fiber (its owners are not in the kept text).
 relations=[L(CI, "parentOrganization", FR), L(CMT, "parentOrganization", FR), L(CO, "parentOrganization", FR),
            L(FN, "parentOrganization", FR),
            L(NF, "acquired", CI), L(NF, "acquired", CMT), L(NF, "acquired", CO), L(NF, "acquired", FN)],
 outages=[],
 # 'July 25, 2019' (the notice's date), 'August 8, 2019' and 'August 15, 2019' (due dates). '1934' is in the Act's name
 dates=[D("July 25, 2019", "2019-07-25"), D("August 8, 2019", "2019-08-08"), D("August 15, 2019", "2019-08-15")])

# ---- General Communication -> GCI Liberty, order DA 17-1096, published 2017-11-08 ------------------------------------
GC = "General Communication, Inc."
GL = "GCI Liberty, Inc."
A["us-fcc-general-communication-gci-liberty-transfer-of-control-order-2017"] = dict(
 # Companies: General Communication, Inc. ('(GCI)', 'GCI' in 'operating subsidiaries of GCI'; the caption's form the
 # same name), GCI Liberty, Inc. ('(GCI Liberty)', 'to GCI Liberty'), the petitioners Alaska Communications (the
 # order's name for it; a carrier, as its name and its petition against a carrier's deal show: Company), Quintillion
 # Subsea Operations, LLC and Quintillion Networks, LLC (two entities: two names, 'and by ... and ...').
 # Organizations: the by-line's and paragraph 1's Wireline Competition Bureau, International Bureau, Media Bureau and
 # Wireless Telecommunications Bureau ('(Bureaus)' is a collective label: no alias). 'Chief' (four times, no person
 # named) -> no role. The Commission is not named in the kept text (the letterhead is cut). Not annotated:
 # 'Communications Act of 1934', 'Cable Landing License Act of 1921' (laws); 'Applicants', 'Applications', 'Petitions
 # to Deny' (labels, documents); 'operating subsidiaries of GCI' (unnamed); 'licenses and authorizations' (assets).
 # No Location, no Person.
 entities=[E("Company", GC, "GCI"), E("Company", GL, "GCI Liberty"), E("Company", "Alaska Communications"),
           E("Company", "Quintillion Subsea Operations, LLC"), E("Company", "Quintillion Networks, LLC"),
           E("Organization", "Wireline Competition Bureau"), E("Organization", "International Bureau"),
           E("Organization", "Media Bureau"), E("Organization", "Wireless Telecommunications Bureau")],
 roles=[],
 # No relation. 'approve without conditions a series of applications ... seeking approval to transfer control of
 # various licenses and authorizations held by operating subsidiaries of GCI to GCI Liberty': granted, but what passes
 # is control of licences held by unnamed subsidiaries -- an asset step between named entities (47c's TerreStar
 # licences, 46f, 46h) and no named company bought. **Doubtful**: a reader may give acquired(GCI Liberty, General
 # Communication, Inc.) (GCI Liberty taking control of GCI's business) -- the kept text never says GCI Liberty acquires
 # GCI (the notice DA 17-492, not used, calls GCI Liberty 'a reorganized GCI', i.e. GCI renamed: no buyer at all);
 # and parentOrganization to GCI of its 'operating subsidiaries' cannot be given (unnamed).
 # Near-misses: Alaska Communications and the two Quintillion companies as petitioners against the deal (opponents,
 #   not partners; their petitions denied); Quintillion Subsea Operations, LLC and Quintillion Networks, LLC share a
 #   name and file together, but no tie between them is stated (no parentOrganization); GCI and GCI Liberty as
 #   co-applicants (not partners); the Bureaus' approval (a regulator's act, no relation).
 relations=[],
 outages=[],
 # 'November 8, 2017' twice (adopted and released): one item (GUIDELINES, Dates). '1934' and '1921' are in the laws'
 # names, not dates
 dates=[D("November 8, 2017", "2017-11-08")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
