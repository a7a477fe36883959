#!/usr/bin/env python3
"""Gold for batch 53h (session 54, gatherer lane h): two FCC television texts of 1997 and 2002 (the Mass Media
Bureau's Memorandum Opinion and Order DA 97-1745 of 18 August 1997 on Benedek Broadcasting Corporation's request for an
extension of its divestiture period and a conditional duopoly waiver for WTRF-TV, WTAP-TV and WYTV(TV) after the
Commission approved the transfer of control of Brissette Broadcasting Corporation to Benedek -- docslib.org's copy;
the Mass Media Bureau's Memorandum Opinion and Order DA 02-103 of 15 January 2002 on the application to assign
WASV-TV, Asheville, from Pappas Telecasting of the Carolinas to Media General Broadcasting of South Carolina Holdings,
Inc. -- the FCC's own docs.fcc.gov text file), written from the texts alone; newskg was not run on them. The split
follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates
resolve against `published`.
Conventions (batches 15f, 43n-53b of the lane; GUIDELINES section 2): a transfer of control the Commission approved
and the text shows carried out (the buyer's divestiture period and compliance with the duopoly rule running, 'the
Commission approved the transfer of control of X ... to Y') -> acquired(Y, X) and parentOrganization(X, Y) (GUIDELINES:
completed -> both; **doubtful**: the text never says 'consummated'; a reader may give acquired only, the lane's call
for a grant whose consummation is not told); an assignment application whose grant is not in the kept text ->
acquired(assignee, station) only, as a pending application (51j, 51zd, 51zg, 52z, 52zd, 53b; **doubtful**); the
assignor named with 'from' -> parentOrganization(station, assignor) (the lane's assignor call); 'X is the licensee of
S' -> parentOrganization(S, X) (52d, 53b); a possessive of a company on a station ('Benedek\u00a9s WTRF-TV') ->
parentOrganization(station, company) (ownership stated by the possessive; **doubtful** only in that the copy writes
the possessive with a copyright sign); stations -> Company (52p, 52x, 52z, 53b); a network named in brackets after a
station's channel ('Channel 7 (CBS)') -> the network as Company and partner(station, network) (52p's affiliate call,
53b; **doubtful**); 'X currently programs S pursuant to a local marketing agreement' -> partner(X, S) (53b's LMA call;
**doubtful**); short names in brackets and quotation marks, and short forms used alone ('Benedek', 'Brissette') ->
aliases, written as the text writes them (the spaced conversion kept: 'WASV- TV'); the surface 'X\u00a9s' read as the
possessive 'X's' (the alias is 'X'); 'the Commission' -> Organization 'Commission' (52k-53b); a bureau named on its own
('the Chief, Mass Media Bureau') -> Organization, the Chief unnamed (no person), the Bureau not linked to the
Commission (51r); a case name in a citation ('Brissette Broadcasting Corporation., 11 FCC Red 6319 (1996)') is a
mention of that company (the same entity as in the body; the citation's year '1996' listed as a date, as 51j listed
'(1996)' from 'WNWO Associates, 11 FCC Red 18596 (1996)'; **doubtful**); place names -> Location as written, a city and
its state apart; a market's name ('the same DMA (Greenville- Spartanburg (South Carolina) \u2013 Asheville (North
Carolina) \u2013 Anderson (South Carolina))') gives no entity of its own (53b's 'Hartford- New Haven DMA' call:
Greenville and Anderson, named only there, not annotated; **doubtful**), the places in it that are entities anyway
(Spartanburg, Asheville, the two states) counting as mentions of those; rules, file and facility numbers, 'Grade B'
not annotated; the caption is only the `title` (not annotated).
usage: batch53h_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54h/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
CM = "Commission"
MMB = "Mass Media Bureau"

# ---- Benedek Broadcasting Corporation / Brissette Broadcasting Corporation: WTRF-TV, WTAP-TV, WYTV(TV), DA 97-1745 ---
BEN = "Benedek Broadcasting Corporation"
BRI = "Brissette Broadcasting Corporation"
A["us-fcc-benedek-broadcasting-brissette-wtrf-tv-wtap-tv-wytv-duopoly-waiver-divestiture-extension-order-1997"] = dict(
 # Organizations: the Commission ('The Commission', 'the Commission\u00a9s' twice, 'the Commission approved', 'the
 # Commission has proposed'); the Mass Media Bureau ('By the Chief, Mass Media Bureau', 'by the Chief, Mass Media
 # Bureau': the Chief unnamed, no person). Companies: Benedek Broadcasting Corporation ('Benedek\u00a9s', 'Benedek
 # sought' -> alias 'Benedek'); Brissette Broadcasting Corporation (the citation's case name 'Brissette Broadcasting
 # Corporation.,' and the body; 'Brissette\u00a9s' -> alias 'Brissette'); the stations WTRF-TV, WTAP-TV and WYTV(TV)
 # (each twice); the networks CBS ('Channel 7 (CBS)'), NBC ('Channel 15 (NBC)'), ABC ('Channel 33 (ABC)').
 # Locations: Wheeling, Parkersburg (each with 'West Virginia', one entity), Youngstown, Ohio. Not annotated: 'FCC
 # Red' (the reporter's name inside a citation, 'Red' for 'Rcd'; **doubtful**: a reader may take 'FCC' as the
 # Commission's alias -- it is the name of the law report here, not the body acting), 'Grade B', 'the television
 # duopoly rule', 'an interim waiver policy'.
 entities=[E("Organization", CM), E("Organization", MMB),
           E("Company", BEN, "Benedek"), E("Company", BRI, "Brissette"),
           E("Company", "WTRF-TV"), E("Company", "WTAP-TV"), E("Company", "WYTV(TV)"),
           E("Company", "CBS"), E("Company", "NBC"), E("Company", "ABC")] +
          [E("Location", x) for x in ("Wheeling", "West Virginia", "Parkersburg", "Youngstown", "Ohio")],
 # No person is named in the kept text.
 roles=[],
 # - acquired(Benedek Broadcasting Corporation, Brissette Broadcasting Corporation): 'the Commission approved the
 #   transfer of control of Brissette Broadcasting Corporation and its broadcast stations to Benedek Broadcasting
 #   Corporation'.
 # - parentOrganization(Brissette Broadcasting Corporation, Benedek Broadcasting Corporation): the transfer carried
 #   out -- Benedek 'was granted a temporary six-month period to come into full compliance with the television
 #   duopoly rule' and now asks for an 'extension of divestiture period' (only an owner of both sides must divest;
 #   GUIDELINES: completed -> acquired and parentOrganization; **doubtful**: 'consummated' is not written, a reader
 #   may give acquired only).
 # - parentOrganization(WTRF-TV, Benedek Broadcasting Corporation): 'Benedek\u00a9s WTRF-TV'.
 # - parentOrganization(WTAP-TV, Brissette Broadcasting Corporation), parentOrganization(WYTV(TV), Brissette
 #   Broadcasting Corporation): 'Brissette\u00a9s WTAP-TV, ... and WYTV(TV)' (the possessive governs both stations;
 #   **doubtful** for WYTV(TV), a reader may read the possessive on WTAP-TV alone).
 # - partner(WTRF-TV, CBS), partner(WTAP-TV, NBC), partner(WYTV(TV), ABC): 'Channel 7 (CBS)', 'Channel 15 (NBC)',
 #   'Channel 33 (ABC)' (52p's affiliate call; **doubtful**).
 # Near-misses: 'Brissette Broadcasting Corporation and its broadcast stations' (the stations, unnamed at that point,
 #   pass with the company: no acquired(Benedek, station) beside the company's acquisition; the named stations tied
 #   by the possessives above); 'would permit common ownership of WTRF-TV WTAP-TV and WYTV(TV)' (a policy's effect, no
 #   relation of its own); no parentOrganization(WTAP-TV / WYTV(TV), Benedek) (indirect, through Brissette; not
 #   written); the Bureau and the Commission written together ('The Commission, by the Chief, Mass Media Bureau') --
 #   the Bureau acting for the Commission, not stated as its unit (51r's call; **doubtful**: a reader may give
 #   parentOrganization(Mass Media Bureau, Commission)).
 relations=[L(BEN, "acquired", BRI), L(BRI, "parentOrganization", BEN), L("WTRF-TV", "parentOrganization", BEN),
            L("WTAP-TV", "parentOrganization", BRI), L("WYTV(TV)", "parentOrganization", BRI),
            L("WTRF-TV", "partner", "CBS"), L("WTAP-TV", "partner", "NBC"), L("WYTV(TV)", "partner", "ABC")],
 outages=[],
 # 'August 14, 1997' (adopted); 'August 18, 1997' (released, = `published`); '1996' (the citation's year in
 # '(1996)', the year of the approval; 51j's call, **doubtful**). Not dates: 'six-month period', 'six-month waiver
 # period' (durations), 'Since that time' (unresolved), '11 FCC Red 6319'.
 dates=[D("August 14, 1997", "1997-08-14"), D("August 18, 1997", "1997-08-18"), D("1996", "1996")])

# ---- WASV-TV, Asheville: Pappas Telecasting of the Carolinas -> Media General Broadcasting of SC Holdings, DA 02-103 -
WASV = "WASV- TV"
PAP = "Pappas Telecasting of the Carolinas"
MG = "Media General Broadcasting of South Carolina Holdings, Inc."
A["us-fcc-pappas-telecasting-carolinas-media-general-broadcasting-wasv-tv-asheville-assignment-order-2002"] = dict(
 # Organizations: the Mass Media Bureau ('By the Chief, Mass Media Bureau:', 'The Chief, Mass Media Bureau'); the
 # Commission ('the Commission\u2019s Rules', possessive dropped). Companies: WASV- TV ('WASV' three times more ->
 # alias, as the conversion spaces the full call sign); Pappas Telecasting of the Carolinas ('(\u201c Pappas\u201d)'
 # -> alias); Media General Broadcasting of South Carolina Holdings, Inc. ('(\u201c Media General\u201d)', 'Media
 # General' three times more -> alias); WSPA- TV; the networks UPN ('Channel 62 (UPN)') and CBS ('Channel 7 (CBS)').
 # Locations: Asheville, North Carolina, Spartanburg, South Carolina (each also inside the DMA's name). Not
 # annotated: Greenville, Anderson (named only inside the DMA's name; **doubtful**), 'the DMA', 'Section 73.3555( b)(
 # 2)', 'Grade B'.
 entities=[E("Organization", MMB), E("Organization", CM),
           E("Company", WASV, "WASV"), E("Company", PAP, "Pappas"), E("Company", MG, "Media General"),
           E("Company", "WSPA- TV"), E("Company", "UPN"), E("Company", "CBS")] +
          [E("Location", x) for x in ("Asheville", "North Carolina", "Spartanburg", "South Carolina")],
 # No person is named in the kept text.
 roles=[],
 # - acquired(Media General Broadcasting of South Carolina Holdings, Inc., WASV- TV): 'application to assign the
 #   license of WASV- TV ... from Pappas Telecasting of the Carolinas ... to Media General Broadcasting of South
 #   Carolina Holdings, Inc.', 'its proposed acquisition of WASV' (the ruling is not in the kept text -> a pending
 #   application, acquired only; **doubtful**: a reader may give nothing before a grant).
 # - parentOrganization(WASV- TV, Pappas Telecasting of the Carolinas): the assignor, 'from Pappas Telecasting of the
 #   Carolinas' (the lane's assignor call).
 # - parentOrganization(WSPA- TV, Media General Broadcasting of South Carolina Holdings, Inc.): 'Media General is
 #   also the licensee of WSPA- TV' (52d's licensee call).
 # - partner(Media General Broadcasting of South Carolina Holdings, Inc., WASV- TV): 'Media General currently
 #   programs WASV pursuant to a local marketing agreement dated March 26, 1996' (53b's LMA call; **doubtful**: a
 #   reader may give nothing, or tie the agreement to Pappas, the licensee that signed it).
 # - partner(WASV- TV, UPN), partner(WSPA- TV, CBS): 'Channel 62 (UPN)', 'Channel 7 (CBS)' (52p's affiliate call;
 #   **doubtful**).
 # Near-misses: 'the second station in the DMA licensed to Media General' (WASV after the sale: the pending
 #   acquisition, no parentOrganization(WASV- TV, Media General)); 'the same DMA ... as, and has overlapping Grade B
 #   signal contours with, WASV' (market overlap: no relation); Media General's 2001 acquisition of Spartan
 #   Communications, Inc. (footnote 1's text, not in the kept text); the Bureau and the Commission (not written
 #   together: no link, 51r).
 relations=[L(MG, "acquired", WASV), L(WASV, "parentOrganization", PAP), L("WSPA- TV", "parentOrganization", MG),
            L(MG, "partner", WASV), L(WASV, "partner", "UPN"), L("WSPA- TV", "partner", "CBS")],
 outages=[],
 # 'January 14, 2002' (adopted); 'January 15, 2002' (released, = `published`); 'March 26, 1996' (the LMA). Not dates:
 # '73.3555'.
 dates=[D("January 14, 2002", "2002-01-14"), D("January 15, 2002", "2002-01-15"),
        D("March 26, 1996", "1996-03-26")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
