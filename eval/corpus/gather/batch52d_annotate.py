#!/usr/bin/env python3
"""Gold for batch 52d (session 53, gatherer 52d): three FCC broadcast-licence texts of 1969, 1970 and 1971, all from
nicholasjohnson.org's copies (the Commission's Memorandum Opinion and Order FCC 69-494 adopted 7 May 1969, 17 F.C.C.2d
577, on the application to transfer control of Beaumont Television Corp., licensee of KFDM-TV, from the stockholders of
Beaumont Broadcasting Corp. to A.H. Belo Corp.; the Commission's Memorandum Opinion and Order FCC 70-518 released 2
October 1970, 25 F.C.C.2d 984, on the assignments of KRLD-TV from the Times Herald Printing Company to the Times Herald
Printing Company of Texas and of KRLD AM and KRLD-FM to KRLD Corporation; the Commission's notice of 1 October 1971,
22 Rad. Reg. 2d 1086, of its grant of the transfer of a 50% interest in Mount Hood Radio and Television Broadcasting
Corporation, licensee of KOIN AM-FM-TV, to Newhouse Broadcasting Corporation), written from the texts alone; newskg
was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train
(batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-51zq of the lane; GUIDELINES section 2): a granted licence assignment or transfer of
control whose consummation the text does not tell, and an application pending before the Commission ->
acquired(assignee or transferee, the station, or the licensee corporation whose control passes) only (44k, 50c, 50f,
50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq); the assignor of a station's licence and a station's stated licensee ('X,
licensee of station S', 'X has been the licensee of S', 'X is licensee of S') -> parentOrganization(S, X) (51e's to
51zq's call; **doubtful**: a reader may give the licence holder no ownership link; GUIDELINES: ownership stated as
past is still recorded); 'X publishes N', 'X, publisher of N', 'through a subsidiary (Y)', 'X owns Y' ->
parentOrganization (stated); minority stakes ('a 25-percent interest', '20% of the stock') and a 50% holding -> no
relation (near-misses); owners who are Persons or families ('S.I. Newhouse, 100% owner of ...', 'the Newhouse family')
-> no relation, families no entity (51zg); television and radio stations, station groups written as one name ('KOIN
AM-FM-TV', **doubtful**: a reader may split one into its AM, FM and TV stations), newspapers -> Company (35l, 43v,
49m, 51e-51zq; GUIDELINES: news organisations are Company); Commissioners -> Person with role other at the Commission,
a chairman -> chairman (GUIDELINES; 44k, 51r, 51zo, 51zq); names written only in capitals ('BARTLEY', 'CHAIRMAN
BURCH') annotated as written (51zd, 51zg, 51zo, 51zq); 'the Commission' / 'BY THE COMMISSION' -> Organization
'Commission', one surface form (51zg, 51zq); place names -> Location, a state's abbreviation ('Tex.', 'N.Y.') its own
Location as written (51r, 51zd, 51zo, 51zq; **doubtful**); files, reporters, rules, applications, prices, stock
classes and percentages not annotated; the captions and headings (kept as `title`) not annotated beyond what the text
repeats.
usage: batch52d_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather53d/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- stockholders of Beaumont Broadcasting Corp. -> A.H. Belo Corp.: Beaumont Television Corp. / KFDM-TV, 1969-05-07
CM = "Commission"
BTV = "Beaumont Television Corp."
BBC = "Beaumont Broadcasting Corp."
KFDM = "KFDM-TV"
BELO = "A.H. Belo Corp."
TRUST = "G.B. Dealey Trust"
TRUSTEES = ["H. Ben Decherd", "Joe M. Dealey", "James M. Monroney, Jr."]
A["us-fcc-beaumont-broadcasting-a-h-belo-beaumont-television-kfdm-tv-transfer-of-control-order-1969"] = dict(
 # Organization: the Commission ('BY THE COMMISSION', 'The Commission has before it'); the G.B. Dealey Trust (a trust
 # holding 70.9333 percent of Belo's voting stock, run by trustees: neither a business nor a person -> Organization;
 # **doubtful**: a reader may type it Company or leave a family trust out). Persons: the Commissioners named only in
 # capitals, 'COMMISSIONERS BARTLEY AND JOHNSON', 'COMMISSIONER COX' -> 'BARTLEY', 'JOHNSON', 'COX' (as written); the
 # three trustees H. Ben Decherd, Joe M. Dealey, James M. Monroney, Jr. Companies: Beaumont Television Corp. (the
 # licensee whose control passes); KFDM-TV (the station); Beaumont Broadcasting Corp. (its stockholders transfer);
 # A.H. Belo Corp. ('Belo Corp.' three times, 'Belo Corp.'s' -> alias 'Belo Corp.', possessive dropped; 'Belo' twice
 # -> alias); the sister stations WFAA, WFAA-FM, WFAA-TV (WFAA-TV twice); the Dallas Morning News; News-Texas, Inc.;
 # Communications Realty, Inc.; Big D Productions; KRLD-TV and WBAP-TV (stations using the tower). Locations:
 # Beaumont ('Beaumont, Tex.'), Tex. (twice), Dallas (four times, and inside 'Dallas-based'), Fort Worth. Not
 # annotated: 'the Dealey family' and 'non-Dealey' (a family, 51zg), 'the proposed assignee', 'the trustees', 'the
 # corporation' (generic), 'TV antenna tower', the percentages.
 entities=[E("Organization", CM), E("Person", "BARTLEY"), E("Person", "JOHNSON"), E("Person", "COX"),
           E("Company", BTV), E("Company", KFDM), E("Company", BBC), E("Company", BELO, "Belo Corp.", "Belo"),
           E("Company", "WFAA"), E("Company", "WFAA-FM"), E("Company", "WFAA-TV"), E("Company", "Dallas Morning News"),
           E("Company", "News-Texas, Inc."), E("Company", "Communications Realty, Inc."),
           E("Company", "Big D Productions"), E("Company", "KRLD-TV"), E("Company", "WBAP-TV"),
           E("Organization", TRUST)]
          + [E("Person", p) for p in TRUSTEES]
          + [E("Location", n) for n in ("Beaumont", "Tex.", "Dallas", "Fort Worth")],
 # 'COMMISSIONERS BARTLEY AND JOHNSON', 'COMMISSIONER COX' -> other at the Commission (GUIDELINES), current (the
 # order's day). The three trustees of the G.B. Dealey Trust ('Control of Belo is exercised by the trustees of the
 # G.B. Dealey Trust ... The three trustees are ...: H. Ben Decherd ...; Joe M. Dealey ...; and James M. Monroney,
 # Jr.') -> other at the trust (a trustee is a post with no title of its own in the vocabulary; **doubtful**: a
 # reader may give director, or no role since the names are tied to 'the three trustees' by the list only).
 roles=[R("BARTLEY", "other", CM), R("JOHNSON", "other", CM), R("COX", "other", CM)]
       + [R(p, "other", TRUST) for p in TRUSTEES],
 # - acquired(A.H. Belo Corp., Beaumont Television Corp.): 'the above-captioned application for consent to the
 #   voluntary transfer of control of Beaumont Television Corp., ... from the stockholders of Beaumont Broadcasting
 #   Corp. to A.H. Belo Corp.' (an agreed transfer before the Commission; the excerpt stops before the order's
 #   finding -> acquired only, 51zg's KTVH call; **doubtful**: a reader may hold an application under review as no
 #   agreed purchase).
 # - parentOrganization(KFDM-TV, Beaumont Television Corp.): 'Beaumont Television Corp., licensee of station KFDM-TV'
 #   (the licensee call).
 # - parentOrganization(WFAA / WFAA-FM / WFAA-TV, A.H. Belo Corp.): 'Belo Corp.'s only other broadcast interests
 #   consist of three sister stations in Dallas, Tex. (WFAA, WFAA-FM and WFAA-TV)' (its stations; **doubtful**:
 #   'interests' does not say 'owns').
 # - parentOrganization(Dallas Morning News, A.H. Belo Corp.): 'Belo Corp. publishes the Dallas Morning News' (stated).
 # - parentOrganization(News-Texas, Inc., A.H. Belo Corp.): 'through a subsidiary (News-Texas, Inc.)' (stated).
 # - parentOrganization(Communications Realty, Inc., A.H. Belo Corp.): 'Belo Corp. owns Communications Realty, Inc.'
 #   (stated).
 # - parentOrganization(A.H. Belo Corp., G.B. Dealey Trust): 'Control of Belo is exercised by the trustees of the G.B.
 #   Dealey Trust, which owns 70.9333 percent of the corporation's voting stock' (a majority owner in control;
 #   **doubtful** with the trust's type above).
 # Near-misses: Big D Productions ('a 25-percent interest': a minority stake, no relation); 'owns 50 percent of the
 #   land and TV antenna tower used by station WFAA-TV and KRLD-TV ... and WBAP-TV' (a shared asset: no relation to
 #   KRLD-TV or WBAP-TV, whose owners are not named); Beaumont Broadcasting Corp. as Beaumont Television Corp.'s parent
 #   (only 'from the stockholders of Beaumont Broadcasting Corp.': not stated, no relation); the trustees' own small
 #   holdings of Belo stock (Persons); 'The only non-Dealey owning more than 1 percent is Joe A. Lubben ...' (cut with
 #   the sentence the excerpt breaks off inside); no partner between the parties to the transfer (a sale).
 relations=[L(BELO, "acquired", BTV), L(KFDM, "parentOrganization", BTV)]
           + [L(s, "parentOrganization", BELO) for s in ("WFAA", "WFAA-FM", "WFAA-TV", "Dallas Morning News",
                                                          "News-Texas, Inc.", "Communications Realty, Inc.")]
           + [L(BELO, "parentOrganization", TRUST)],
 outages=[],
 # 'May 7, 1969' (the adoption line). Not dates: '(daily and Sunday)' (a publishing schedule, no calendar value).
 dates=[D("May 7, 1969", "1969-05-07")])

# ---- Times Herald Printing Company -> Times Herald Printing Company of Texas (KRLD-TV), KRLD Corporation, 1970-10-02
THPC = "Times Herald Printing Company"
THTX = "Times Herald Printing Company of Texas"
KRLDC = "KRLD Corporation"
STNS = ["KRLD-TV", "KRLD AM", "KRLD-FM"]
A["us-fcc-times-herald-printing-krld-tv-krld-am-fm-dallas-assignments-order-1970"] = dict(
 # Organization: the Commission ('BY THE COMMISSION', 'advised the Commission'). Persons: 'CHAIRMAN BURCH',
 # 'COMMISSIONER BARTLEY', 'COMMISSIONER COX', 'COMMISSIONER JOHNSON' -> 'BURCH', 'BARTLEY', 'COX', 'JOHNSON' (as
 # written). Companies: the stations KRLD-TV (three times), KRLD AM and KRLD-FM (twice each); the Times Herald Printing
 # Company (four times) with alias 'The Times Herald' (the applicant's own statement: 'From its inception, The Times
 # Herald has been a relatively closely-held private company ... its current stockholders' -- a company with
 # stockholders, the licensee speaking of itself; **doubtful**: a reader may give it to the newspaper Dallas Times
 # Herald, or keep it apart); the Times Herald Printing Company of Texas; KRLD Corporation; the Dallas Times Herald
 # ('a daily newspaper'). Locations: Dallas (twice), Texas ('Dallas, Texas' twice, 'the State of Texas'), Dallas-Fort
 # Worth ('the Dallas-Fort Worth area': a region, one Location as written; **doubtful**: a reader may split it into
 # Dallas and Fort Worth). Not annotated: the file numbers ('BAPCT-396', 'BAL-6856', 'BALH-1316'), 'public interest,
 # convenience and necessity' (the statutory standard), 'its founders', 'its current stockholders' (unnamed).
 entities=[E("Organization", CM), E("Person", "BURCH"), E("Person", "BARTLEY"), E("Person", "COX"),
           E("Person", "JOHNSON")]
          + [E("Company", s) for s in STNS]
          + [E("Company", THPC, "The Times Herald"), E("Company", THTX), E("Company", KRLDC),
             E("Company", "Dallas Times Herald"), E("Location", "Dallas"), E("Location", "Texas"),
             E("Location", "Dallas-Fort Worth")],
 # 'CHAIRMAN BURCH CONCURRING IN THE RESULT' -> chairman at the Commission; BARTLEY ('NOT PARTICIPATING'), COX,
 # JOHNSON -> other (GUIDELINES), all current (51zq's call for a Commissioner not participating).
 roles=[R("BURCH", "chairman", CM), R("BARTLEY", "other", CM), R("COX", "other", CM), R("JOHNSON", "other", CM)],
 # - acquired(Times Herald Printing Company of Texas, KRLD-TV): 'Application for the voluntary assignment of license
 #   of Station KRLD-TV, Dallas, Texas from the Times Herald Printing Company to the Times Herald Printing Company of
 #   Texas', with 'a grant of each would serve the public interest' (the Commission's finding for a grant; consummation
 #   not told -> acquired only; **doubtful**: a 'voluntary assignment' between companies of one name may be a
 #   reorganisation inside one group, which a reader may not call a purchase).
 # - acquired(KRLD Corporation, KRLD AM), acquired(KRLD Corporation, KRLD-FM): 'Applications for the voluntary
 #   assignment of licenses of Stations KRLD AM and KRLD-FM from the Times Herald Printing Company to KRLD
 #   Corporation' (as above, **doubtful** alike).
 # - parentOrganization(KRLD-TV / KRLD AM / KRLD-FM, Times Herald Printing Company): 'The Times Herald Printing
 #   Company ... has been the licensee of KRLD-TV, KRLD AM and KRLD-FM for a number of years' (stated licensee, and
 #   the assignor of each licence).
 # - parentOrganization(Dallas Times Herald, Times Herald Printing Company): 'The Times Herald Printing Company,
 #   publisher of the Dallas Times Herald' (stated).
 # Near-misses: the Times Herald Printing Company of Texas and KRLD Corporation as the Times Herald Printing Company's
 #   subsidiaries (their names suggest it, the text does not say it: no relation); footnote 1 on the years the
 #   stations were licensed (cut with the footnote); no partner between assignor and assignees.
 relations=[L(THTX, "acquired", "KRLD-TV"), L(KRLDC, "acquired", "KRLD AM"), L(KRLDC, "acquired", "KRLD-FM")]
           + [L(s, "parentOrganization", THPC) for s in STNS]
           + [L("Dallas Times Herald", "parentOrganization", THPC)],
 outages=[],
 # 'October 2, 1970' (release, = `published`) and 'May 15, 1970' (adoption), both in the date line. Not dates: 'for a
 # number of years', 'From its inception' (no calendar value).
 dates=[D("October 2, 1970", "1970-10-02"), D("May 15, 1970", "1970-05-15")])

# ---- Mount Hood Radio and Television Broadcasting Corporation (KOIN AM-FM-TV): 50% interest to Newhouse, 1971-10-01
FCC = "FCC"
MH = "Mount Hood Radio and Television Broadcasting Corporation"
KOIN = "KOIN AM-FM-TV"
NB = "Newhouse Broadcasting Corporation"
ADV = "Advance Publications, Inc."
DP = "Denver Post, Inc."
NBST = ["WSYR AM-FM-TV", "WSYE-TV", "WAPI AM-FM-TV", "WTPA FM-TV", "KTVI(TV)"]
COMMRS = ["Robert E. Lee", "Wells", "Houser", "Johnson", "H. Rex Lee"]
PLACES = ["Portland", "Ore.", "New York", "Staten Island", "Syracuse", "Jamaica", "N.Y.", "Jersey City", "Newark",
          "N.J.", "St. Louis", "Mo.", "Harrisburg", "Pa.", "Birmingham", "Huntsville", "Mobile", "Ala.", "New Orleans",
          "La.", "Springfield", "Mass.", "Pascagoula", "Miss.", "Elmira", "Denver", "Colo.", "Alabama", "Pennsylvania"]
A["us-fcc-mount-hood-radio-television-koin-portland-newhouse-broadcasting-transfer-of-interest-notice-1971"] = dict(
 # Organization: the FCC ('has been granted by the FCC'; the Commissioners' line names no body). Persons: the
 # Commissioners Burch ('Burch (Chairman)'), Robert E. Lee, Wells, Houser, Johnson, H. Rex Lee (two Lees, two Persons,
 # as 51zq); Moe M. Tonkon and Harvey S. Benson ('Voting Trustees'); S.I. Newhouse ('He' after). Companies: Mount Hood
 # Radio and Television Broadcasting Corporation ('the licensee corporation' after: generic); the station group KOIN
 # AM-FM-TV (twice; one entity as written, **doubtful**, see the docstring); Newhouse Broadcasting Corporation ('Newhouse
 # Broadcasting' four times -> alias; 'The transferee' generic); Advance Publications, Inc. ('Advance Publications'
 # -> alias); The Oregonian; The Oregon Journal; the stations WSYR AM-FM-TV, WSYE-TV, WAPI AM-FM-TV, WTPA FM-TV,
 # KTVI(TV) (names as written, 51zg's 'WHAT(AM)'); Denver Post, Inc.; KHBC(TV). Locations: the cities and states as
 # written, abbreviations their own Locations ('Ore.', 'N.Y.' twice, 'N.J.', 'Mo.' twice, 'Pa.' twice, 'Ala.' twice,
 # 'La.', 'Mass.', 'Miss.', 'Colo.'); 'New York' ('a New York corporation', '12 cities in New York', '11 New York
 # cities', 'in New York, Pennsylvania': the state, one Location); Portland (twice), Syracuse (twice), Harrisburg,
 # Birmingham, St. Louis (twice each). Not annotated: 'the Newhouse family' (a family, 51zg), '32 voting trust
 # certificate holders' (unnamed), 'CATV systems', 'microwave systems' (unnamed), '$ 8,100,000', the stock classes.
 entities=[E("Organization", FCC), E("Person", "Burch")] + [E("Person", p) for p in COMMRS]
          + [E("Person", "Moe M. Tonkon"), E("Person", "Harvey S. Benson"), E("Person", "S.I. Newhouse"),
             E("Company", MH), E("Company", KOIN), E("Company", NB, "Newhouse Broadcasting"),
             E("Company", ADV, "Advance Publications"), E("Company", "The Oregonian"),
             E("Company", "The Oregon Journal")]
          + [E("Company", s) for s in NBST]
          + [E("Company", DP), E("Company", "KHBC(TV)")]
          + [E("Location", n) for n in PLACES],
 # 'Commissioners Burch (Chairman), Robert E. Lee, Wells and Houser, with Commissioners Johnson and H. Rex Lee
 # dissenting' -> Burch chairman, the rest other, at the FCC (the body that granted; **doubtful**: the line names no
 # body, so a reader may attach the roles to nothing), all current. Tonkon and Benson, 'Voting Trustees' of an unnamed
 # voting trust -> no role (near-miss). S.I. Newhouse, '100% owner of Advance Publications, Inc.' -> no role (owner is
 # no title in the vocabulary; near-miss: a reader may give founder or chairman, which the text does not say).
 roles=[R("Burch", "chairman", FCC)] + [R(p, "other", FCC) for p in COMMRS],
 # - acquired(Newhouse Broadcasting Corporation, Mount Hood Radio and Television Broadcasting Corporation): 'An
 #   application for transfer of a 50% interest ... in Mount Hood ... to Newhouse Broadcasting Corporation, has been
 #   granted by the FCC', 'Newhouse Broadcasting previously owned 50% ... of the licensee corporation', 'The purchase
 #   price was $ 8,100,000' (the buyer takes the rest of a company it half owned; granted, consummation not told ->
 #   acquired only; **doubtful**: a reader may hold the purchase of a 50% stake as no acquisition of the company).
 # - parentOrganization(KOIN AM-FM-TV, Mount Hood Radio and Television Broadcasting Corporation): 'Mount Hood ...,
 #   licensee of Stations KOIN AM-FM-TV' (the licensee call).
 # - parentOrganization(S, Newhouse Broadcasting Corporation) for WSYR AM-FM-TV, WSYE-TV, WAPI AM-FM-TV, WTPA FM-TV,
 #   KTVI(TV): 'Newhouse Broadcasting is licensee of ...' (the licensee call).
 # - parentOrganization(KHBC(TV), Denver Post, Inc.): 'Denver Post, Inc., which holds a construction permit for
 #   KHBC(TV)' (the permittee of a station not yet built, taken as its licensee; **doubtful**: a reader may give a
 #   permit no ownership link).
 # Near-misses: 'Newhouse Broadcasting previously owned 50% ... of the licensee corporation' (a half share, no
 #   parentOrganization before the grant); 'Advance Publications owns 20% of the stock of Denver Post, Inc.' (a
 #   minority stake); S.I. Newhouse's ownership of Advance Publications, The Oregonian, The Oregon Journal and the
 #   unnamed daily newspapers, and the Newhouse family's of the transferee (owners who are Persons or a family: no
 #   relation; a reader may link the two newspapers to Advance Publications, which the text does not do); 'Through
 #   subsidiaries, Newhouse Broadcasting owns and operates CATV systems' (unnamed); 'Officers and directors of Newhouse
 #   Broadcasting ar...' (cut with the paragraph the excerpt breaks off inside).
 relations=[L(NB, "acquired", MH), L(KOIN, "parentOrganization", MH)]
           + [L(s, "parentOrganization", NB) for s in NBST]
           + [L("KHBC(TV)", "parentOrganization", DP)],
 outages=[],
 # 'October 1, 1971' (the date line); '1971' ('adjustments based on 1971 net earnings' -> 1971). Not dates:
 # 'previously' (no calendar value).
 dates=[D("October 1, 1971", "1971-10-01"), D("1971", "1971")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
