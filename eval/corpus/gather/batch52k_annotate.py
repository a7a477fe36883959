#!/usr/bin/env python3
"""Gold for batch 52k (session 53, gatherer 52k): three FCC broadcast-licence texts of 1969, 1973 and 2002 (the
Commission's Memorandum Opinion and Order FCC 69-508 adopted 13 May 1969, 17 F.C.C.2d 844, on the assignments of
WBOK, WLOK, KYOK and KXLR to four assignees wholly owned by Starr Broadcasting Group, Inc.; the Commission's letter
FCC 73-153 of 7 February 1973, 39 F.C.C.2d 835, granting the assignment of WGAC from The Twin States Broadcasting
Company to CSRA Broadcasters, Inc. and of WFNL from CSRA Broadcasters to The Warner Group, Inc. -- both
nicholasjohnson.org copies; the Commission's Memorandum Opinion and Order FCC 02-172 released 28 June 2002 on the
assignment of KMJI(FM) from Bunyard Partnership to Clear Channel Broadcasting Licenses, Inc., a docslib.org copy),
written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt
along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-52d of the lane; GUIDELINES section 2): a granted licence assignment whose consummation
the text does not tell, and an application pending before the Commission -> acquired(assignee, the station) only
(44k, 50c-52d); the assignor of a station's licence and a station's stated licensee -> parentOrganization(S, X) (51e's
to 52d's call; **doubtful**: a reader may give the licence holder no ownership link; GUIDELINES: ownership stated as
past is still recorded); 'X's present broadcast interests, all 100 percent, are ...', 'a wholly owned subsidiary of'
-> parentOrganization (stated); owners who are Persons ('which you control', 'owner of the National Review', 'the 100
percent owners of Starr') -> no relation (51zg, 52d); radio stations and a magazine -> Company (35l, 43v, 49m,
51e-52d; GUIDELINES: news organisations are Company); Commissioners -> Person with role other at the Commission
(GUIDELINES; 44k, 51r, 51zo, 51zq, 52d); names written only in capitals ('BARTLEY', 'MR. GEORGE G. BEASLEY') annotated
as written (51zd-52d); 'the Commission' / 'BY THE COMMISSION' -> Organization 'Commission', one surface form (51zg,
51zq, 52d); the Commission's bureau and its division -> Organization with parentOrganization (batch 8's Enforcement
Bureau call); Congress -> Organization (52g); place names -> Location, a state's abbreviation ('Nebr.', 'Ga.') its
own Location as written (51r, 51zd, 51zo, 51zq, 52d; **doubtful**); files, dockets, rules, laws (GUIDELINES: laws are
no entities; the year in 'the Telecommunications Act of 1996' no date), applications, prices and percentages not
annotated; the captions (kept as `title`) not annotated beyond what the text repeats.
usage: batch52k_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather53k/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
CM = "Commission"

# ---- WBOK, WLOK, KYOK, KXLR -> Starr Broadcasting Group's four assignees, 1969-05-13 ------------------------------
STARR = "Starr Broadcasting Group, Inc."
OWNED = ["KOZN", "KOWH(FM)", "KUDL", "KCJC(FM)", "KISD"]
BOUGHT = ["WBOK", "WLOK", "KYOK", "KXLR"]
A["us-fcc-wbok-wlok-kyok-kxlr-starr-broadcasting-group-assignments-order-1969"] = dict(
 # Organization: the Commission ('BY THE COMMISSION', 'The Commission has before it'). Persons: 'COMMISSIONERS
 # BARTLEY AND JOHNSON' -> 'BARTLEY', 'JOHNSON' (as written); William F. Buckley, Jr. ('Buckley' -> alias); Peter H.
 # Starr; Michael Starr. Companies: Starr Broadcasting Group, Inc. ('Starr's' twice, 'owners of Starr' -> alias
 # 'Starr', possessive dropped; the brothers' surname is part of their own names, not a mention of the company); its
 # stations KOZN, KOWH(FM), KUDL, KCJC(FM), KISD (names as written, 51zg's 'WHAT(AM)'); the four stations bought,
 # WBOK, WLOK, KYOK, KXLR (named in the body only in the price list; the caption's 'New Orleans, La.' etc. not in the
 # text); the National Review ('the commentator and owner of the National Review': a magazine -> Company, name without
 # the article). Locations: Omaha, Nebr., Fairway, Kans. (twice), Kansas City, Sioux Falls, S. Dak. (as written).
 # Not annotated: 'the four assignees' (named only in the caption: Starr WBOK, Inc., Starr WLOK, Inc., Starr KYOK,
 # Inc., KXLR, Inc.), 'the public', 'the following', 'brothers', 'AM station', the percentages and prices.
 entities=[E("Organization", CM), E("Person", "BARTLEY"), E("Person", "JOHNSON"), E("Company", STARR, "Starr")]
          + [E("Company", s) for s in OWNED + BOUGHT]
          + [E("Person", "William F. Buckley, Jr.", "Buckley"), E("Person", "Peter H. Starr"),
             E("Person", "Michael Starr"), E("Company", "National Review")]
          + [E("Location", n) for n in ("Omaha", "Nebr.", "Fairway", "Kans.", "Kansas City", "Sioux Falls",
                                        "S. Dak.")],
 # 'COMMISSIONERS BARTLEY AND JOHNSON DISSENTING' -> other at the Commission (GUIDELINES), current (the order's day).
 # Buckley, 'the commentator and owner of the National Review' -> no role (owner is no title in the vocabulary,
 # 'commentator' names no post at an organisation; near-miss: a reader may give him a role at the National Review or
 # at Starr, where he holds 16.9 percent and shares de facto control). The Starr brothers ('associated with Buckley
 # in his broadcasting endeavors') -> no role.
 roles=[R("BARTLEY", "other", CM), R("JOHNSON", "other", CM)],
 # - parentOrganization(KOZN / KOWH(FM) / KUDL / KCJC(FM) / KISD, Starr Broadcasting Group, Inc.): 'Starr's present
 #   broadcast interests, all 100 percent, are KOZN and KOWH(FM), ...; KUDL, ...; KCJC(FM), ...; and KISD' (wholly
 #   held: stated ownership).
 # - acquired(Starr Broadcasting Group, Inc., WBOK / WLOK / KYOK / KXLR): 'Starr Broadcasting Group, Inc., is the
 #   100-percent owner of the four assignees, and a grant of the applications will give it its seventh AM station',
 #   'the financing scheme for the acquisitions', 'The purchase prices of the stations are as follows: WBOK, ...'
 #   (agreed purchases before the Commission, the excerpt stopping before its finding -> acquired only, 51zg's KTVH
 #   and 52d's Belo call; **doubtful** twice: the formal assignees are Starr's unnamed subsidiaries, and the buyer of
 #   record may be taken as them rather than Starr; a reader may hold an application under review as no agreed
 #   purchase).
 # Near-misses: the stations' assignors (named only in the caption: no relation in the text); Buckley's, Peter H.
 #   Starr's and Michael Starr's holdings in and control of Starr (Persons: no relation); Buckley's ownership of the
 #   National Review (a Person); the sale of 73.3 percent of Starr's stock to the public (no company bought); no
 #   partner between the parties.
 relations=[L(s, "parentOrganization", STARR) for s in OWNED] + [L(STARR, "acquired", s) for s in BOUGHT],
 outages=[],
 # 'May 13, 1969' (the adoption line). Not dates: 'presently', 'after the public issue', 'during the first year' (no
 # calendar value).
 dates=[D("May 13, 1969", "1969-05-13")])

# ---- WGAC: The Twin States Broadcasting Company -> CSRA Broadcasters; WFNL: CSRA -> The Warner Group, 1973-02-07 -
CSRA = "CSRA Broadcasters, Inc."
TWIN = "The Twin States Broadcasting Company"
WARNER = "The Warner Group, Inc."
BEAS = "GEORGE G. BEASLEY"
A["us-fcc-twin-states-broadcasting-csra-broadcasters-warner-group-wgac-wfnl-assignments-letter-1973"] = dict(
 # Organizations: the Commission ('the Commission considered', 'The Commission also considered', 'the Commission has
 # granted'); the Broadcast Bureau ('its Broadcast Bureau': the Commission's); the Complaints and Compliance Division
 # ('the Complaints and Compliance Division of its Broadcast Bureau'). Persons: 'MR. GEORGE G. BEASLEY' -> 'GEORGE G.
 # BEASLEY' (as written, 'MR.' dropped; 'DEAR MR. BEASLEY' -> alias 'BEASLEY'; 'you' after, a pronoun); 'Commissioner
 # Johnson' -> 'Johnson'. Companies: CSRA Broadcasters, Inc. (four times); The Twin States Broadcasting Company; The
 # Warner Group, Inc. ('The Warner Group note' -> alias 'The Warner Group'); the stations WGAC (three times), WFNL
 # (twice), WFMC (twice). Locations: Augusta ('Augusta, Ga. 30904', 'Augusta, Georgia'), Ga., Georgia, North Augusta,
 # South Carolina, Goldsboro, North Carolina. Not annotated: 'Post Office Box 3286' and the ZIP code (an address),
 # 'the licensee of WFNL' (generic), 'a disinterested, bona fide third party' (unnamed), 'the same market', the
 # application numbers.
 entities=[E("Organization", CM), E("Organization", "Broadcast Bureau"),
           E("Organization", "Complaints and Compliance Division"), E("Person", BEAS, "BEASLEY"),
           E("Person", "Johnson"), E("Company", CSRA), E("Company", TWIN), E("Company", WARNER, "The Warner Group"),
           E("Company", "WGAC"), E("Company", "WFNL"), E("Company", "WFMC")]
          + [E("Location", n) for n in ("Augusta", "Ga.", "Georgia", "North Augusta", "South Carolina", "Goldsboro",
                                        "North Carolina")],
 # 'MR. GEORGE G. BEASLEY, President, CSRA Broadcasters, Inc.' (the letter's address line) -> president at CSRA
 # Broadcasters, Inc., current. 'Commissioner Johnson dissenting' -> other at the Commission, current.
 roles=[R(BEAS, "president", CSRA), R("Johnson", "other", CM)],
 # - acquired(CSRA Broadcasters, Inc., WGAC): 'assignment of the license of Station WGAC, ... from The Twin States
 #   Broadcasting Company to CSRA Broadcasters, Inc.', 'the Commission has granted the above applications', 'CSRA
 #   Broadcasters, Inc. would be licensee of WGAC' (granted on conditions, consummation not told -> acquired only).
 # - acquired(The Warner Group, Inc., WFNL): 'assignment of the license of Station WFNL, ... from CSRA Broadcasters,
 #   Inc. to The Warner Group, Inc.', granted (as above).
 # - parentOrganization(WGAC, The Twin States Broadcasting Company) and parentOrganization(WFNL, CSRA Broadcasters,
 #   Inc.): the assignor of each licence (the lane's licensee call; **doubtful** as in the docstring; WFNL's pair
 #   stands beside CSRA's own purchase of WGAC, so CSRA is both a buyer and a seller here).
 # - parentOrganization(Complaints and Compliance Division, Broadcast Bureau), parentOrganization(Broadcast Bureau,
 #   Commission): 'the Complaints and Compliance Division of its Broadcast Bureau' (stated units of the Commission).
 # Near-misses: WFMC 'which you control' (Beasley, a Person: no relation; a reader may link WFMC to CSRA, which the
 #   text does not do); 'a creditor of the licensee of WFNL' and 'the note which is to be received from The Warner
 #   Group, Inc.' (seller financing, a debt: no partner); no partner between assignors and assignees (sales).
 relations=[L(CSRA, "acquired", "WGAC"), L(WARNER, "acquired", "WFNL"),
            L("WGAC", "parentOrganization", TWIN), L("WFNL", "parentOrganization", CSRA),
            L("Complaints and Compliance Division", "parentOrganization", "Broadcast Bureau"),
            L("Broadcast Bureau", "parentOrganization", CM)],
 outages=[],
 # 'FEBRUARY 7, 1973' (the date line, its full stop left out of the surface text). Not dates: 'currently', 'prior to
 # consummation' (no calendar value).
 dates=[D("FEBRUARY 7, 1973", "1973-02-07")])

# ---- KMJI(FM), Ashdown: Bunyard Partnership -> Clear Channel Broadcasting Licenses, Inc., 2002-06-28 --------------
CCBL = "Clear Channel Broadcasting Licenses, Inc."
CCC = "Clear Channel Communications, Inc."
BUN = "Bunyard Partnership"
KMJI = "KMJI(FM)"
A["us-fcc-bunyard-partnership-clear-channel-broadcasting-licenses-kmji-fm-ashdown-assignment-order-2002"] = dict(
 # Organizations: the Commission ('By the Commission', 'the Commission has sought', 'the Commission relaxed', 'the
 # Commission has granted'; 'we' the Commission speaking: a pronoun); Congress ('Congress's directive', possessive
 # dropped; 52g). Person: 'Commissioner Copps' -> 'Copps'. Companies: Clear Channel Broadcasting Licenses, Inc.;
 # Clear Channel Communications, Inc. with alias 'Clear Channel' ('(collectively, "Clear Channel")': the name the
 # order gives the two together, attached to the parent whose name it shortens; **doubtful**: a reader may give it
 # to the subsidiary, to neither, or make it its own entity); the station KMJI(FM); Bunyard Partnership ('Bunyard' ->
 # alias). Locations: Ashdown, Arkansas. Not annotated: 'Local Radio Ownership NPRM' and 'the Notice of Proposed
 # Rulemaking in MM Docket No. 01-317' (a rulemaking document), 'the Telecommunications Act of 1996' and 'Section
 # 202(b)' (a law: GUIDELINES), 'the interim policy', 'a single party' (generic).
 entities=[E("Organization", CM), E("Organization", "Congress"), E("Person", "Copps"), E("Company", CCBL),
           E("Company", CCC, "Clear Channel"), E("Company", KMJI), E("Company", BUN, "Bunyard"),
           E("Location", "Ashdown"), E("Location", "Arkansas")],
 # 'Commissioner Copps dissenting and issuing a statement' -> other at the Commission (GUIDELINES), current.
 roles=[R("Copps", "other", CM)],
 # - acquired(Clear Channel Broadcasting Licenses, Inc., KMJI(FM)): 'application of Clear Channel Broadcasting
 #   Licenses, Inc. ... to acquire the license of station KMJI(FM), Ashdown, Arkansas, from Bunyard Partnership',
 #   'we find that grant of the application is consistent with the public interest' (found grantable, consummation
 #   not told -> acquired only, 52d's KRLD call; **doubtful**: the buyer of record is the licence subsidiary, and a
 #   reader may put the parent, which 'Clear Channel' also names, as buyer).
 # - parentOrganization(Clear Channel Broadcasting Licenses, Inc., Clear Channel Communications, Inc.): 'a wholly
 #   owned subsidiary of Clear Channel Communications, Inc.' (stated).
 # - parentOrganization(KMJI(FM), Bunyard Partnership): the assignor of the licence (the lane's licensee call;
 #   **doubtful** as in the docstring).
 # Near-misses: the Commission's licence grants in general ('thousands of assignment and transfer of control
 #   applications': unnamed parties); Congress's directive (a law, no relation); no partner between the parties
 #   (a sale).
 relations=[L(CCBL, "acquired", KMJI), L(CCBL, "parentOrganization", CCC), L(KMJI, "parentOrganization", BUN)],
 outages=[],
 # 'June 11, 2002' (adoption) and 'June 28, 2002' (release, = `published`), both in the date line; 'March 1996' ->
 # 1996-03. Not dates: '1996' inside the law's name 'Telecommunications Act of 1996' (a name, as the lane's 'Act of
 # 1934'), 'For much of its history', 'Since then' (no calendar value of their own).
 dates=[D("June 11, 2002", "2002-06-11"), D("June 28, 2002", "2002-06-28"), D("March 1996", "1996-03")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
