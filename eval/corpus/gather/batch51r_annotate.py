#!/usr/bin/env python3
"""Gold for batch 51r (session 52, gatherer 51r): three FCC broadcast-licence texts of 1967, 2004 and 2019 (the
Commission's decision of 22 December 1967, 11 F.C.C.2d 246, granting the transfer of control of Van Curler
Broadcasting Corp., licensee of WAST (TV), from Stanley Warner Corp. to Glen Alden Corp., with two Commissioners'
statements; the Commission's Memorandum Opinion and Order FCC 04-60 of 2004 on Apex Broadcasting, L.L.C.'s
applications for review concerning High I-Q Radio, Inc., former licensee of KOLI(FM), and the station's assignment to
Cumulus Licensing Corporation; the Media Bureau's public notice DA 19-275 of 10 April 2019 on the applications to
transfer control of NBI Holdings, LLC and Cox Enterprises, Inc. companies to Terrier Media Buyer, Inc.), written from
the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test,
train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-51j of the lane; GUIDELINES section 2): a granted transfer of control or licence
assignment whose consummation the text does not tell, and an agreed purchase awaiting the Commission's consent ->
acquired(buyer, target) only (44k, 50c, 50f, 50i, 51e, 51j); the named transferee or assignee is the buyer (51e,
51j); a station's stated licensee, present or former ('licensee of station WAST (TV)', 'former licensee of station
KOLI(FM)') -> parentOrganization(station, licensee) (51e's and 51j's call; **doubtful**: a reader may give the licence
holder no ownership link; GUIDELINES: ownership stated as past is still recorded); the transferor of control, a
company ('transfer of control of X ... from Y') -> parentOrganization(X, Y) (44k's Hargray, 51j's LIN; **doubtful**);
television and radio stations -> Company (35l, 43v, 49m, 51e, 51j); Commissioners -> Person with role other at the
Commission, the chairman -> chairman (GUIDELINES: commissioners -> other; 44k's O'Rielly; 'FCC Chairman' -> chairman),
surnames as the text gives them, a full name in a statement's heading the name and the surname its alias; a short
name in parentheses or a later short form -> alias; 'the Commission' -> Organization 'Commission' (48h, 50c, 50i,
51e, 51j), 'Federal Communications Commission (Commission)' -> that name with the alias; the Mass Media Bureau and
the Media Bureau -> Organization, no parentOrganization to the Commission (50f, 51e, 51j: the texts do not say 'of
the Commission'); names in an upper-case heading are the same entities, no extra alias (44k); place names -> Location;
file and docket numbers, rules, applications, petitions and letter decisions not annotated.
usage: batch51r_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52r/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
CM = "Commission"

# ---- Van Curler Broadcasting Corp.: Stanley Warner Corp. -> Glen Alden Corp., 11 F.C.C.2d 246, 1967-12-22 ---------
VC = "Van Curler Broadcasting Corp."
SW = "Stanley Warner Corp."
GA = "Glen Alden Corp."
WAST = "WAST (TV)"
BART = "ROBERT T. BARTLEY"
COX = "KENNETH A. COX"
LOEV = "LEE LOEVINGER"
A["us-fcc-stanley-warner-glen-alden-van-curler-broadcasting-wast-tv-transfer-of-control-1967"] = dict(
 # Organization: the Commission ('The Commission, by Commissioners ...'). Companies: Van Curler Broadcasting Corp.;
 # the station WAST (TV) (as written, with its space); Stanley Warner Corp. ('Stanley Warner' in Bartley's statement
 # -> alias); Glen Alden Corp. ('Glen Alden' -> alias). Persons: the seven Commissioners -- Hyde, Lee and Wadsworth
 # (surnames only), Bartley ('Commissioner Bartley', 'STATEMENT OF COMMISSIONER ROBERT T. BARTLEY' -> the full name
 # as written, 'Bartley' alias), Cox ('Commissioner Cox', 'COMMISSIONER KENNETH A. COX' -> likewise), Loevinger
 # ('Commissioner Loevinger', 'COMMISSIONER LEE LOEVINGER' -> likewise; 'Lee' in 'Hyde (chairman), Lee, and
 # Wadsworth' is another Commissioner, its own Person), Johnson ('Commissioner Johnson dissenting'). Locations:
 # Albany, N.Y. (two: **doubtful** for the abbreviation 'N.Y.', annotated as the state's name as written). Not
 # annotated: 'BTC-5444' (file number), 'the corporations', 'the licensee', 'the station', 'local ownership', 'a third
 # party', 'broadcast properties'.
 entities=[E("Organization", CM), E("Company", VC), E("Company", WAST), E("Company", SW, "Stanley Warner"),
           E("Company", GA, "Glen Alden"), E("Person", "Hyde"), E("Person", "Lee"), E("Person", "Wadsworth"),
           E("Person", BART, "Bartley"), E("Person", COX, "Cox"), E("Person", LOEV, "Loevinger"),
           E("Person", "Johnson"), E("Location", "Albany"), E("Location", "N.Y.")],
 # 'Commissioners Hyde (chairman), Lee, and Wadsworth' -> Hyde chairman of the Commission; Lee, Wadsworth and the
 # four other 'Commissioner's -> other at the Commission (GUIDELINES). All current (the decision's day). The
 # statements' headings ('STATEMENT OF COMMISSIONER ROBERT T. BARTLEY', 'COMMISSIONER KENNETH A. COX', 'COMMISSIONER
 # LEE LOEVINGER') are the same posts, no second role.
 roles=[R("Hyde", "chairman", CM), R("Lee", "other", CM), R("Wadsworth", "other", CM), R(BART, "other", CM),
        R(COX, "other", CM), R(LOEV, "other", CM), R("Johnson", "other", CM)],
 # - acquired(Glen Alden Corp., Van Curler Broadcasting Corp.): 'granted an application for transfer of control of
 #   Van Curler Broadcasting Corp. ... from Stanley Warner Corp. to Glen Alden Corp.' (granted; consummation not told
 #   -> acquired only; **doubtful**: a reader may take the grant as the completed change of control and add
 #   parentOrganization(Van Curler, Glen Alden)).
 # - parentOrganization(Van Curler Broadcasting Corp., Stanley Warner Corp.): control transferred 'from Stanley Warner
 #   Corp.' (the transferor call; **doubtful**, as 51j's LIN/A T & T).
 # - parentOrganization(WAST (TV), Van Curler Broadcasting Corp.): 'Van Curler Broadcasting Corp., licensee of
 #   station WAST (TV)' (the licensee call, **doubtful**).
 # Near-misses: Bartley's 'As to which of the corporations -- Stanley Warner or Glen Alden -- is the licensee' (a
 #   loose 'licensee' for the controlling company: no second link); his 'The intention to sell' and 'the station may be
 #   transferred to local ownership' (an intention, no buyer); Cox's 'pre-merger spin-off' and 'the overall
 #   transaction' (a merger the text does not set out: who buys whom is not said -> nothing between Stanley Warner and
 #   Glen Alden, GUIDELINES); Johnson's dissent (cut).
 relations=[L(GA, "acquired", VC), L(VC, "parentOrganization", SW), L(WAST, "parentOrganization", VC)],
 outages=[],
 # 'December 22, 1967' (the date line). 'BTC-5444' no date.
 dates=[D("December 22, 1967", "1967-12-22")])

# ---- High I-Q Radio, Inc. / KOLI(FM) -> Cumulus Licensing Corporation; Apex Broadcasting, L.L.C., FCC 04-60 --------
APEX = "Apex Broadcasting, L.L.C."
HIGH = "High I-Q Radio, Inc."
CUM = "Cumulus Licensing Corporation"
KOLI = "KOLI(FM)"
MMB = "Mass Media Bureau"
A["us-fcc-high-i-q-radio-koli-fm-cumulus-licensing-apex-broadcasting-assignment-review-order-2004"] = dict(
 # Organizations: the Commission ('By the Commission:', 'The Commission has before it'); the Mass Media Bureau
 # ('(\u201cBureau\u201d)' -> alias, again in 'the Bureau\u2019s August 10, 1999, letter decision'). Persons: Martin,
 # Copps, Adelstein (surnames only: 'Commissioner Martin', 'Commissioners Copps and Adelstein'). Companies: Apex
 # Broadcasting, L.L.C. ('(\u201cApex\u201d)' -> alias; 'Apex\u2019s', 'Apex\u2019' the same); High I-Q Radio, Inc.
 # ('(\u201cHigh\u201d)' -> alias); the station KOLI(FM) (three times); Cumulus Licensing Corporation
 # ('(\u201cCumulus\u201d)' -> alias). Locations: Electra, Texas. Not annotated: the applications for review, the
 # 'Petition for Emergency Relief', the 'Informal Objection', the letter decisions ('1998 Letter Decision', '1999
 # Letter Decision': names of documents), 'admonitions'.
 entities=[E("Organization", CM), E("Organization", MMB, "Bureau"), E("Person", "Martin"), E("Person", "Copps"),
           E("Person", "Adelstein"), E("Company", APEX, "Apex"), E("Company", HIGH, "High"), E("Company", KOLI),
           E("Company", CUM, "Cumulus"), E("Location", "Electra"), E("Location", "Texas")],
 # 'Commissioner Martin concurring ...; Commissioners Copps and Adelstein concurring in part ...' -> other at the
 # Commission (GUIDELINES; 44k's O'Rielly), current.
 roles=[R("Martin", "other", CM), R("Copps", "other", CM), R("Adelstein", "other", CM)],
 # - acquired(Cumulus Licensing Corporation, KOLI(FM)): 'the application to assign the station from High to Cumulus
 #   Licensing Corporation (\u201cCumulus\u201d)' which the Bureau's 1999 letter decision 'granted' (granted;
 #   consummation not told -> acquired only; **doubtful**: 'former licensee' says High no longer holds the licence, so
 #   a reader may add parentOrganization(KOLI(FM), Cumulus); and the Commission now grants Apex's review 'in part').
 # - parentOrganization(KOLI(FM), High I-Q Radio, Inc.): 'High I-Q Radio, Inc. (\u201cHigh\u201d), former licensee of
 #   station KOLI(FM)' (the licensee call, **doubtful**; past ownership still recorded, GUIDELINES).
 # Near-misses: Apex as objector and petitioner (no relation type: an opposing party is no partner); the Bureau as
 #   grantor; the admonitions to High and Cumulus.
 relations=[L(CUM, "acquired", KOLI), L(KOLI, "parentOrganization", HIGH)],
 outages=[],
 # Each date as written once: 'March 17, 2004' (adopted), 'April 21, 2004' (released), 'October 13, 1998' (twice:
 # one text, one value), 'September 14, 1998', 'February 8, 1998', 'May 20, 1998', 'September 13, 1999' (twice),
 # 'August 10, 1999'. Not listed: '1998' and '1999' inside the document names '1998 Letter Decision' and '1999 Letter
 # Decision' (as a law's year is skipped; **doubtful**: a reader may list them as years).
 dates=[D("March 17, 2004", "2004-03-17"), D("April 21, 2004", "2004-04-21"), D("October 13, 1998", "1998-10-13"),
        D("September 14, 1998", "1998-09-14"), D("February 8, 1998", "1998-02-08"), D("May 20, 1998", "1998-05-20"),
        D("September 13, 1999", "1999-09-13"), D("August 10, 1999", "1999-08-10")])

# ---- NBI Holdings, LLC (Northwest) and Cox Enterprises, Inc. -> Terrier Media Buyer, Inc., DA 19-275, 2019-04-10 ---
TER = "Terrier Media Buyer, Inc."
NBI = "NBI Holdings, LLC"
COXE = "Cox Enterprises, Inc."
FCC = "Federal Communications Commission"
A["us-fcc-terrier-media-buyer-nbi-holdings-northwest-cox-enterprises-transfer-of-control-pleading-cycle-public-notice-2019"] = dict(
 # Organizations: the Media Bureau, named only in the upper-case heading ('MEDIA BUREAU ESTABLISHES PLEADING CYCLE
 # ...' -> 'MEDIA BUREAU' as written); the Federal Communications Commission ('(Commission)' -> alias; again in
 # 'Commission licenses'). Companies: Terrier Media Buyer, Inc. ('(Terrier Media)' -> alias), NBI Holdings, LLC
 # ('(Northwest)' -> alias, used throughout; 'the NBI Applications' a defined term, not a further alias), Cox
 # Enterprises, Inc. ('(Cox)' -> alias; 'Cox\u2019s' the same). The heading's 'NBI HOLDINGS, LLC', 'COX ENTERPRISES,
 # INC.' and 'TERRIER MEDIA BUYER, INC.' are the same names in capitals (no extra alias, 44k). Not annotated: 'the
 # Applicants', 'the equity holders of Northwest', 'affiliates of Cox', 'companies owned by Northwest / by Cox'
 # (unnamed), 'the Northwest Applications', 'the Cox Applications', 'MB Docket No. 19-98', 'Purchase Agreement'.
 entities=[E("Organization", "MEDIA BUREAU"), E("Organization", FCC, "Commission"), E("Company", TER, "Terrier Media"),
           E("Company", NBI, "Northwest"), E("Company", COXE, "Cox")],
 roles=[],
 # - acquired(Terrier Media Buyer, Inc., NBI Holdings, LLC): 'Pursuant to a Purchase Agreement between Terrier Media
 #   and the equity holders of Northwest dated February 14, 2019, Terrier Media would acquire 100% of the interest in
 #   Northwest' (agreed, awaiting the Commission's consent -> acquired only).
 # Near-misses: the heading's 'TRANSFER CONTROL OF NBI HOLDINGS, LLC, AND COX ENTERPRISES, INC., TO TERRIER MEDIA
 #   BUYER, INC.' read with the body: Terrier would acquire 'the companies owning all of Cox\u2019s television
 #   stations and the licenses and other assets of four of Cox\u2019s radio stations', not Cox Enterprises itself ->
 #   no acquired(Terrier, Cox) (**doubtful**: a reader may follow the heading's wording); the unnamed companies owned
 #   by Northwest and by Cox (no entity, so no parentOrganization to either); the radio licences and assets (an asset
 #   purchase: nothing, GUIDELINES); the joint filing ('jointly, the Applicants': no partner).
 relations=[L(TER, "acquired", NBI)],
 outages=[],
 # 'April 10, 2019' (released), 'May 10, 2019', 'May 28, 2019', 'June 4, 2019' (the pleading dates), 'March 4, 2019'
 # (the filing), 'February 14, 2019' (the purchase agreement). Not dates: 'DA 19-275', '19-98', '100%'.
 dates=[D("April 10, 2019", "2019-04-10"), D("May 10, 2019", "2019-05-10"), D("May 28, 2019", "2019-05-28"),
        D("June 4, 2019", "2019-06-04"), D("March 4, 2019", "2019-03-04"), D("February 14, 2019", "2019-02-14")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
