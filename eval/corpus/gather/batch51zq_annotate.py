#!/usr/bin/env python3
"""Gold for batch 51zq (session 52, gatherer 51zq): two FCC broadcast-licence texts of 1968 and 1970, both from
nicholasjohnson.org's copies (the Commission's grant of 18 June 1968, 13 F.C.C.2d 756, of the assignment of WCBM-FM,
Baltimore, from Metromedia, Inc. to The A. S. Abell Co. and of WASH-FM, Washington, D.C., from Everett L. Dillard,
trading as Commercial Radio Equipment Co., to Metromedia, Inc., with the opening of Commissioner Nicholas Johnson's
dissent on Baltimore station ownership; the Commission's authorisation of 27 November 1970, 26 F.C.C.2d 697, of the
transfer of control of KVOO-TV, Tulsa, from Central Plains Enterprises, Inc. to Scripps-Howard Broadcasting Co., with
the opening of Johnson's dissent listing Scripps-Howard's stations), written from the texts alone; newskg was not run
on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-51zo of the lane; GUIDELINES section 2): a granted or authorised licence assignment or
transfer of control whose consummation the text does not tell -> acquired(assignee or transferee, the station) only
(44k, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo); the assignor or transferor ('assignment of license of S ...
from X to Y', 'transfer of control of station S, from X to Y') -> parentOrganization(S, X) (51e's, 51j's, 51r's,
51zd's, 51zg's and 51zo's call; **doubtful**: a reader may give the seller no ownership link; GUIDELINES: ownership
stated as past is still recorded); 'X owns S', 'S is owned by X', 'X, the publisher of N', 'X owns the following
broadcast properties: S1 ...' -> parentOrganization (stated); television and radio stations, newspapers and networks
-> Company (35l, 43v, 49m, 51e, 51j, 51r, 51zd, 51zg, 51zo; GUIDELINES: news organisations are Company);
Commissioners -> Person with role other at the Commission, a chairman -> chairman (GUIDELINES; 44k, 51r, 51zo); names
written only in capitals ('COMMISSIONERS HYDE, CHAIRMAN; LEE AND WADSWORTH', 'COMMERCIAL RADIO EQUIPMENT CO.')
annotated as written (51zd's 'POOLE BROADCASTING CO.', 51zg's 'HYDE', 51zo's 'BARTLEY'); a name's upper-case and
mixed-case writings ('METROMEDIA, INC.' / 'Metromedia, Inc.') one surface form, no alias (51zo's 'COMMISSION'); a
Commissioner named both in full and by surname ('NICHOLAS JOHNSON', 'JOHNSON' / 'Johnson') one Person with the
surname as alias; place names -> Location, a state's abbreviation ('Md.', 'Tenn.') its own Location as written (51r's
'N.Y.', 51zo's 'Pa.'; **doubtful**), 'Washington, D.C.' one Location (13, 13c, 15a, 17a); dockets, files,
citations ('The Atlantic Monthly (June 1968)', an article's source: **doubtful**, a reader may annotate the magazine
as a Company) and market figures not annotated; the captions (kept as `title`) not annotated beyond what the text
repeats.
usage: batch51zq_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52zq/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Metromedia -> The A. S. Abell Co. (WCBM-FM); Dillard tr/as Commercial Radio Equipment -> Metromedia (WASH-FM) --
FCC = "FCC"
NJ = "NICHOLAS JOHNSON"
MM = "Metromedia, Inc."
ABELL = "The A. S. Abell Co."
CRE = "COMMERCIAL RADIO EQUIPMENT CO."
WCBM = "WCBM-FM"
WASH = "WASH-FM"
A["us-fcc-metromedia-a-s-abell-wcbm-fm-baltimore-wash-fm-washington-assignments-johnson-dissent-1968"] = dict(
 # Organization: the Commission, written 'THE COMMISSION' (the upper-case grant sentence) and 'the FCC' (the dissent)
 # -> one entity 'FCC' with alias 'COMMISSION' (the full name is not written). Persons: the Commissioners named only in
 # the upper-case sentence -- 'COMMISSIONERS HYDE, CHAIRMAN; LEE AND WADSWORTH' -> 'HYDE', 'LEE', 'WADSWORTH';
 # 'COMMISSIONER BARTLEY ABSENT', 'COMMISSIONER COX NOT PARTICIPATING', 'COMMISSIONER LOEVINGER CONCURRING' ->
 # 'BARTLEY', 'COX', 'LOEVINGER'; 'COMMISSIONER JOHNSON DISSENTING' and the heading's 'COMMISSIONER NICHOLAS JOHNSON'
 # -> 'NICHOLAS JOHNSON' with alias 'JOHNSON' (as written); Everett L. Dillard ('EVERETT L. DILLARD TR/AS ...', 'from
 # Everett L. Dillard': one surface form). Companies: Metromedia, Inc. (three times, two upper-case); The A. S. Abell
 # Co. ('THE A. S. ABELL CO.', 'The A. S. Abell Co.'); COMMERCIAL RADIO EQUIPMENT CO. (Dillard's trade name, 'TR/AS'
 # = trading as; upper-case only); the stations WCBM-FM ('WCBM (FM)' in the bracketed summary -> alias) and WASH-FM
 # ('WASH (FM)' -> alias); WBAL-TV; NBC ('the NBC affiliate'); Hearst; the newspaper Baltimore News-American.
 # Locations: Baltimore ('BALTIMORE, MD.', 'Baltimore, Md.' twice, 'Baltimore is'), Md., Washington, D.C. (one
 # Location: 'WASHINGTON, D.C.', 'Washington, D.C.' twice). Not annotated: 'BALTIMORE-WASHINGTON STATION OWNERSHIP'
 # (a subheading; its place names inside a compound), 'our Nation's Capital' (a description of Washington, D.C., not
 # an alias), 'the Nation', 'The Atlantic Monthly' (the source of Johnson's article, a citation; **doubtful**), '"The
 # Media Barons and the Public Interest"' (an article title), 'VHF', 'channel 11'.
 entities=[E("Organization", FCC, "COMMISSION"), E("Person", "HYDE"), E("Person", "LEE"), E("Person", "WADSWORTH"),
           E("Person", "BARTLEY"), E("Person", "COX"), E("Person", "LOEVINGER"), E("Person", NJ, "JOHNSON"),
           E("Person", "Everett L. Dillard"), E("Company", MM), E("Company", ABELL), E("Company", CRE),
           E("Company", WCBM, "WCBM (FM)"), E("Company", WASH, "WASH (FM)"), E("Company", "WBAL-TV"),
           E("Company", "NBC"), E("Company", "Hearst"), E("Company", "Baltimore News-American"),
           E("Location", "Baltimore"), E("Location", "Md."), E("Location", "Washington, D.C.")],
 # 'COMMISSIONERS HYDE, CHAIRMAN' -> chairman at the FCC; LEE, WADSWORTH, BARTLEY ('ABSENT'), COX ('NOT
 # PARTICIPATING'), LOEVINGER, NICHOLAS JOHNSON -> other (GUIDELINES), all current (absent or not participating in
 # this vote, still Commissioners). Everett L. Dillard: trades as Commercial Radio Equipment Co. (its owner; no title
 # in the vocabulary) -> no role (near-miss).
 roles=[R("HYDE", "chairman", FCC), R("LEE", "other", FCC), R("WADSWORTH", "other", FCC), R("BARTLEY", "other", FCC),
        R("COX", "other", FCC), R("LOEVINGER", "other", FCC), R(NJ, "other", FCC)],
 # - acquired(The A. S. Abell Co., WCBM-FM): 'GRANTED ASSIGNMENT OF LICENSE OF STATION WCBM-FM, BALTIMORE, MD., FROM
 #   METROMEDIA, INC. TO THE A. S. ABELL CO.' (granted; consummation not told -> acquired only).
 # - acquired(Metromedia, Inc., WASH-FM): '... ASSIGNMENT OF LICENSE OF STATION WASH-FM, WASHINGTON, D.C. FROM EVERETT
 #   L. DILLARD TR/AS COMMERCIAL RADIO EQUIPMENT CO. TO METROMEDIA, INC.' (granted -> acquired only).
 # - parentOrganization(WCBM-FM, Metromedia, Inc.): the assignor of the licence (**doubtful**, the assignor call).
 # - parentOrganization(WASH-FM, COMMERCIAL RADIO EQUIPMENT CO.): the assignor, Everett L. Dillard trading as that name
 #   (**doubtful** twice over: the assignor call, and the licensee is a person's trade name -- the bracketed summary
 #   says 'from Everett L. Dillard' -- so a reader may give no link, Dillard being a Person).
 # - parentOrganization(WBAL-TV, Hearst): 'WBAL-TV (channel 11), the NBC affiliate, is owned by Hearst' (stated).
 # - parentOrganization(Baltimore News-American, Hearst): 'Hearst -- ... the publisher of the Baltimore News-American
 #   in the same market!' (stated).
 # Near-misses: WBAL-TV as 'the NBC affiliate' (a network affiliation, neither ownership nor a service -> no relation;
 #   a reader may give partner); Metromedia's double part (seller of WCBM-FM and buyer of WASH-FM: both told, no
 #   relation between Metromedia and Abell, a sale: no partner); Dillard as owner of his trade name (a Person: no
 #   relation); 'It also controls WBAL-AM and WBA...' (cut with the sentence the excerpt breaks off inside); 'none of
 #   the VHF stations is locally owned by interests independent of newspapers' (unnamed stations).
 relations=[L(ABELL, "acquired", WCBM), L(MM, "acquired", WASH), L(WCBM, "parentOrganization", MM),
            L(WASH, "parentOrganization", CRE), L("WBAL-TV", "parentOrganization", "Hearst"),
            L("Baltimore News-American", "parentOrganization", "Hearst")],
 outages=[],
 # 'June 18, 1968' (the date line); 'today' ('It is today needlessly adding ...': the grant's day -> `published`,
 # 1968-06-18, by the binding rule; **doubtful**: a reader may take it as 'nowadays' and give no date); 'June 1968'
 # (the Atlantic Monthly issue of Johnson's article -> 1968-06; **doubtful**: inside a citation). Not dates: 'once
 # again', 'recently' (no calendar value).
 dates=[D("June 18, 1968", "1968-06-18"), D("today", "1968-06-18"), D("June 1968", "1968-06")])

# ---- Central Plains Enterprises -> Scripps-Howard Broadcasting Co.: KVOO-TV, Tulsa, 26 F.C.C.2d 697, 1970-11-27 ----
CM = "Commission"
NJ2 = "NICHOLAS JOHNSON"
SH = "Scripps Howard Broadcasting Company"
CP = "Central Plains Enterprises, Inc."
KV = "KVOO-TV"
STATIONS = ["WCPO-TV", "WEWS-TV", "WPTV", "WMC-TV", "WNOX(AM)", "WMC (AM)", "WMC(FM)"]
A["us-fcc-central-plains-enterprises-scripps-howard-kvoo-tv-tulsa-transfer-of-control-johnson-dissent-1970"] = dict(
 # Organization: the Commission ('The Commission by Commissioners', 'the Commission should', 'Commission licensees').
 # Persons: Burch ('Commissioners Burch (Chairman)'), Robert E. Lee, H. Rex Lee (two Commissioners, two Persons),
 # Wells, Bartley; Commissioner Johnson ('Commissioner Johnson dissenting', the heading's 'COMMISSIONER NICHOLAS
 # JOHNSON') -> 'NICHOLAS JOHNSON' with alias 'Johnson' (as 51zq's 1968 item). Companies: Scripps Howard Broadcasting
 # Company (the Commission's sentence, no hyphen) with alias 'Scripps-Howard' (the dissent, six times: 'the media
 # holdings of Scripps-Howard', 'Scripps-Howard owns the following broadcast properties'; **doubtful**: the dissent's
 # 'Scripps-Howard' may mean the wider Scripps-Howard group rather than the transferee company -- a reader may keep it
 # a separate Company, with the station links on it); Central Plains Enterprises, Inc.; the station KVOO-TV (the
 # dissent, twice) with alias 'KVOD-TV' (the Commission's sentence; the copy's misprint or the caption's own spelling:
 # the station transferred is the one whose 'addition' the dissent weighs; **doubtful**: a reader may keep two
 # stations); the seven listed stations WCPO-TV, WEWS-TV, WPTV, WMC-TV, WNOX(AM), WMC (AM), WMC(FM) (names as written,
 # the band in brackets part of the name where no other form is written, as 51zg's 'WHAT(AM)'; 'WMC (AM)' and
 # 'WMC(FM)' two stations). Locations: Cincinnati, Ohio (twice), Cleveland, Palm Beach, Florida, Memphis (three times),
 # Tenn. (four times), Knoxville. Not annotated: 'Tulsa, Okla.' (caption only), 'the majority', 'Commission licensees'
 # beyond the Commission, '2,792,598', '15th', '13th', 'another proceeding' (unnamed).
 entities=[E("Organization", CM), E("Person", "Burch"), E("Person", "Robert E. Lee"), E("Person", "H. Rex Lee"),
           E("Person", "Wells"), E("Person", "Bartley"), E("Person", NJ2, "Johnson"),
           E("Company", SH, "Scripps-Howard"), E("Company", CP), E("Company", KV, "KVOD-TV")]
          + [E("Company", s) for s in STATIONS]
          + [E("Location", n) for n in ("Cincinnati", "Ohio", "Cleveland", "Palm Beach", "Florida", "Memphis",
                                         "Tenn.", "Knoxville")],
 # 'Commissioners Burch (Chairman)' -> chairman at the Commission; Robert E. Lee, H. Rex Lee, Wells, Bartley, NICHOLAS
 # JOHNSON -> other (GUIDELINES), all current (the authorisation's day).
 roles=[R("Burch", "chairman", CM), R("Robert E. Lee", "other", CM), R("H. Rex Lee", "other", CM),
        R("Wells", "other", CM), R("Bartley", "other", CM), R(NJ2, "other", CM)],
 # - acquired(Scripps Howard Broadcasting Company, KVOO-TV): 'authorized transfer of control of station KVOD-TV, from
 #   Central Plains Enterprises, Inc. to Scripps Howard Broadcasting Company'; 'approves the transfer of another
 #   television station to the media holdings of Scripps-Howard'; 'The addition of KVOO-TV would move Scripps-Howard
 #   to 13th position' (authorised, still to come -> acquired only).
 # - parentOrganization(KVOO-TV, Central Plains Enterprises, Inc.): the transferor of control of the station
 #   (**doubtful**, the assignor call; the licensee corporation is not named in the text).
 # - parentOrganization(S, Scripps Howard Broadcasting Company) for the seven listed stations: 'Scripps-Howard owns the
 #   following broadcast properties: WCPO-TV, ... WMC(FM), Memphis, Tenn.' (stated; **doubtful** with the alias call
 #   above).
 # Near-misses: 'Principals of Scripps-Howard have interests in roughly 30% of the non-voting stock of the Vindicator
 #   Printing Company, publisher of the Youngstown (Ohio) Vindicator and licensee ...' (the sentence the excerpt breaks
 #   off inside: cut); no relation between Central Plains and Scripps-Howard (a sale: no partner); 'its television
 #   stations' (the four listed -TV stations and WPTV, already linked).
 relations=[L(SH, "acquired", KV), L(KV, "parentOrganization", CP)]
           + [L(s, "parentOrganization", SH) for s in STATIONS],
 outages=[],
 # 'November 27, 1970' (the date line); 'Today' ('Today the majority ... approves the transfer' -> `published`,
 # 1970-11-27, by the binding rule). Not dates: '15th', '13th' (ranks).
 dates=[D("November 27, 1970", "1970-11-27"), D("Today", "1970-11-27")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
