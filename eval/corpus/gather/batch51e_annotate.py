#!/usr/bin/env python3
"""Batch 51e gold annotations (the texts of batch51e.py: the Enforcement Bureau's order DA 12-1728 of 2 November 2012
ending the Ameritech Operating Companies' and Ameritech Services, Inc.'s obligations under the 1995 consent decree;
the Commission's order FCC 17-161 of 6 December 2017 adopting a consent decree with Budd Broadcasting Co., Inc. and
granting the assignment of WFXU(TV)'s and WUFX-LD's licences to Gray Television Licensee, LLC; the Media Bureau's
letter DA 17-387 of 24 April 2017 granting the assignment of WDTV(TV)'s and WVFX(TV)'s licences from subsidiaries of
Withers Broadcasting Company to subsidiaries of Gray Television, LLC), written from the texts alone; newskg was not
run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published` (each text's release date).
Conventions (batches 15f, 43n-50i of the lane; GUIDELINES section 2): 'X and their wholly-owned subsidiary, Y', 'Y, a
subsidiary of X', 'the Stations are licensed to subsidiaries of X -- Y is ...' -> parentOrganization(Y, X); radio and
television stations -> Company (35l, 43v, 49m); a station's stated licensee or owner ('X, the licensee of television
station S', 'X is the current licensee of S', 'X has owned and operated S') -> parentOrganization(S, X) (43v's "X's
station"; **doubtful** for a licensee: a reader may give the licence holder no ownership link); a granted assignment
of a named station's licences to a named buyer, consummation not told -> acquired(buyer, station) only (44k, 50c,
50f, 50i; **doubtful**: 45h gave nothing for licence moves that name no buyer of a company -- here the stations
themselves are the Companies and the text calls it 'the sale'); 'S, a CBS affiliate' -> partner(S, network) (26d's
'CBS' Miami affiliate, WFOR'; doubtful there too); a short name in parentheses or quotation marks -> alias; collective
defined terms ('the Stations', 'Applicants', 'the Applications') not annotated; 'the Commission' -> Organization
'Commission' (48h, 50c, 50i); a Bureau named only in 'By the Chief, X Bureau' -> Organization (50f's TelCove), no
parentOrganization to the Commission (the text does not say 'of the Commission'); state regulators -> Organization;
place names beside a station -> Location (49m's Dover, New Hampshire); consent decrees, waivers, rules, sections,
file, facility and DA numbers not annotated; no Person is named (no role).
usage: batch51e_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52e/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L
import batch10_annotate as b10

A = {}
CM = "Commission"

# ---- Ameritech Operating Companies / Ameritech Services, Inc., order DA 12-1728, published 2012-11-02 --------------
AOC = "Ameritech Operating Companies"
ASI = "Ameritech Services, Inc."
ATT = "AT&T Services, Inc."
A["us-fcc-ameritech-operating-companies-ameritech-services-att-consent-decree-terminated-order-2012"] = dict(
 # Organizations: the Enforcement Bureau ('By the Chief, Enforcement Bureau', once, no short form); the Commission
 # ('the Commission, the Public Utilities Commission of Ohio ...', 'obligations to the Commission', 'a joint
 # Commission and state public service commission audit', 'the Commission’s ... rules' twice); the Public Utilities
 # Commission of Ohio ('(Ohio Commission)' -> alias) and the Public Service Commission of Wisconsin ('(Wisconsin
 # Commission)' -> alias), state regulators. Companies: the Ameritech Operating Companies ('(AOCs)' -> alias 'AOCs';
 # **doubtful**: the name stands for a group of operating companies the kept text does not list -- kept as one
 # Company, as the text treats it as one party with one subsidiary); Ameritech Services, Inc. ('(ASI)' -> alias
 # 'ASI'); AT&T Services, Inc. ('(AT&T)' -> alias 'AT&T'; **doubtful**: 'AT&T' is the text's short name for this
 # service company, not AT&T Inc., which the kept text does not name). No Location ('Ohio' and 'Wisconsin' only
 # inside the regulators' names), no Person, no role. Not annotated: 'Consent Decree', 'state public service
 # commission' (generic), 'the joint auditors' (unnamed), 'affiliate transactions rules' (rules).
 entities=[E("Organization", "Enforcement Bureau"), E("Organization", CM),
           E("Organization", "Public Utilities Commission of Ohio", "Ohio Commission"),
           E("Organization", "Public Service Commission of Wisconsin", "Wisconsin Commission"),
           E("Company", AOC, "AOCs"), E("Company", ASI, "ASI"), E("Company", ATT, "AT&T")],
 roles=[],
 # - parentOrganization(Ameritech Services, Inc., Ameritech Operating Companies): 'the AOCs and their wholly-owned
 #   subsidiary, Ameritech Services, Inc. (ASI)' (stated outright).
 # Near-misses: AT&T Services, Inc. as the requester ('in response to a request filed by AT&T Services, Inc.') -- the
 #   kept text gives it no tie to the AOCs (footnote 1's 'These companies are now wholly-owned subsidiaries of AT&T
 #   Inc.' is cut: nothing from it, no parent link to AT&T); the consent decree the Commission, the two state
 #   commissions and the AOCs 'executed' (a regulatory settlement, no partner); the 'affiliate transactions between
 #   the AOCs and ASI' (dealings inside one group, no partner); the audit and the Commission's termination (no
 #   relation); no Enforcement Bureau -> Commission link (not stated).
 relations=[L(ASI, "parentOrganization", AOC)],
 outages=[],
 # 'November 2, 2012' (adopted and released, one text and value); '1995' ('In 1995', 'The 1995 Consent Decree': one
 # text, one value).
 dates=[D("November 2, 2012", "2012-11-02"), D("1995", "1995")])

# ---- Budd Broadcasting Co., Inc. (WFXU(TV), WUFX-LD) -> Gray Television Licensee, LLC, FCC 17-161, published 2017-12-06
BUDD = "Budd Broadcasting Co., Inc."
WFXU = "WFXU(TV)"
WUFX = "WUFX-LD"
GTL = "Gray Television Licensee, LLC"
WCTV = "WCTV(TV)"
A["us-fcc-budd-broadcasting-wfxu-gray-television-licensee-consent-decree-assignment-order-2017"] = dict(
 # Organizations: the Commission ('between the Commission and Budd', 'the Commission’s rules'). Companies: Budd
 # Broadcasting Co., Inc. ('(Budd)' -> alias, again in 'from Budd'); WFXU(TV) ('television station WFXU(TV), Live
 # Oak, Florida (Station)' -> aliases 'Station' (its defined short name, as 49m kept 'Station'; 'the Station’s
 # license') and 'WFXU' ('the licenses of WFXU', 'common ownership of WFXU and WCTV(TV)'); WUFX-LD ('associated low
 # power television station WUFX-LD, Tallahassee, Florida'); Gray Television Licensee, LLC ('(Gray)' -> alias, again
 # in 'Gray’s compliance'); WCTV(TV) ('WCTV(TV), Thomasville, Georgia'). Locations: Live Oak, Florida (the state
 # named with Live Oak and with Tallahassee: one entity), Tallahassee, Thomasville, Georgia. No Person, no role. Not
 # annotated: 'the Stations' (collective), 'Consent Decree', 'Compliance Plan', 'Note 7 of Section 73.3555' and
 # '(Rules)' (rules), 'the local television ownership rule'.
 entities=[E("Organization", CM), E("Company", BUDD, "Budd"), E("Company", WFXU, "Station", "WFXU"),
           E("Company", WUFX), E("Company", GTL, "Gray"), E("Company", WCTV),
           E("Location", "Live Oak"), E("Location", "Florida"), E("Location", "Tallahassee"),
           E("Location", "Thomasville"), E("Location", "Georgia")],
 roles=[],
 # - parentOrganization(WFXU(TV), Budd): 'Budd Broadcasting Co., Inc. (Budd), the licensee of television station
 #   WFXU(TV)' (**doubtful**: licensee read as holder, the convention above).
 # - parentOrganization(WUFX-LD, Budd): 'assignment of the licenses of WFXU and associated low power television
 #   station WUFX-LD ... from Budd' (Budd holds its licence; **doubtful**: not said in a 'licensee of' phrase).
 # - acquired(Gray Television Licensee, LLC, WFXU(TV)) and acquired(Gray Television Licensee, LLC, WUFX-LD): 'grant
 #   the above-referenced, uncontested application for consent to assignment of the licenses of WFXU and ... WUFX-LD
 #   ... from Budd to Gray Television Licensee, LLC (Gray), conditioned upon ...' (granted, consummation not told ->
 #   acquired only, no parent link to Gray; **doubtful**: licence assignment read as the stations' sale, above).
 # Near-misses: the consent decree 'entered into between the Commission and Budd' (a settlement, no partner); Budd
 #   as the seller (no acquired of Budd itself: Gray buys the stations, not Budd); WCTV(TV)'s owner -- 'to permit
 #   common ownership of WFXU and WCTV(TV)' implies Gray holds WCTV but does not say so (no parentOrganization(WCTV,
 #   Gray)); Gray Television, Inc. (not named in the kept text; no parent for Gray Television Licensee, LLC); the
 #   'failing station' waiver (no relation).
 relations=[L(WFXU, "parentOrganization", BUDD), L(WUFX, "parentOrganization", BUDD),
            L(GTL, "acquired", WFXU), L(GTL, "acquired", WUFX)],
 outages=[],
 # 'December 5, 2017' (adopted), 'December 6, 2017' (released). 'Note 7', '73.3555', '(1)', '(2)' no dates.
 dates=[D("December 5, 2017", "2017-12-05"), D("December 6, 2017", "2017-12-06")])

# ---- Withers Broadcasting Company's WDTV(TV), WVFX(TV) -> Gray Television, LLC, letter DA 17-387, published 2017-04-24
WB = "Withers Broadcasting Company"
WBWV = "Withers Broadcasting Company of West Virginia"
WBCL = "Withers Broadcasting Company of Clarksburg, LLC"
GT = "Gray Television, LLC"
WDTV = "WDTV(TV)"
WVFX = "WVFX(TV)"
A["us-fcc-withers-broadcasting-gray-television-wdtv-wvfx-assignment-of-licenses-letter-2017"] = dict(
 # Companies: Withers Broadcasting Company ('(“Withers”)' -> alias, again four times); Withers Broadcasting Company
 # of West Virginia; Withers Broadcasting Company of Clarksburg, LLC; Gray Television, LLC ('(“Gray”)' -> alias,
 # again in 'Gray’s common ownership' and 'a subsidiary of Gray'); Gray Television Licensee, LLC; the stations
 # WDTV(TV) and WVFX(TV) (each in the 'Re:' line, the body and 'Background.'); CBS ('a CBS affiliate') and Fox ('a
 # Fox affiliate'), the networks, named on their own (Company, as 26d's CBS). Locations: Weston, Clarksburg, West
 # Virginia ('Weston, West Virginia', 'Clarksburg, West Virginia'; 'WV' in the 'Re:' line its abbreviation ->
 # alias). No Organization is named (the letter's writer, the Media Bureau, stands only in the cut attribution), no
 # Person, no role. Not annotated: 'the Stations', 'Applicants', 'the Applications' (defined collective terms);
 # 'Clarksburg-Weston, West Virginia Nielsen Designated Market Area (“DMA”)' (a market area; Nielsen only inside
 # it, not named on its own -- **near-miss**); 'Section 73.3555(b)', 'the local television multiple ownership
 # rule'; facility and file numbers.
 entities=[E("Company", WB, "Withers"), E("Company", WBWV), E("Company", WBCL), E("Company", GT, "Gray"),
           E("Company", "Gray Television Licensee, LLC"), E("Company", WDTV), E("Company", WVFX),
           E("Company", "CBS"), E("Company", "Fox"),
           E("Location", "Weston"), E("Location", "Clarksburg"), E("Location", "West Virginia", "WV")],
 roles=[],
 # - parentOrganization(Withers Broadcasting Company of West Virginia, Withers) and parentOrganization(Withers
 #   Broadcasting Company of Clarksburg, LLC, Withers): 'The Stations are licensed to subsidiaries of Withers --
 #   Withers Broadcasting Company of West Virginia is the current licensee of WDTV(TV), and Withers Broadcasting
 #   Company of Clarksburg, LLC is the current licensee of WVFX(TV)' (the dash names the subsidiaries).
 # - parentOrganization(WDTV(TV), Withers Broadcasting Company of West Virginia) and parentOrganization(WVFX(TV),
 #   Withers Broadcasting Company of Clarksburg, LLC): 'is the current licensee of' (**doubtful**, the licensee call).
 # - parentOrganization(WVFX(TV), Withers): 'Withers has owned and operated WVFX(TV) since 2008' (ownership stated
 #   outright; kept beside the licensee link -- the group parent and its licensee subsidiary both hold it).
 # - parentOrganization(Gray Television Licensee, LLC, Gray): 'Gray Television Licensee, LLC, a subsidiary of Gray'.
 # - acquired(Gray, WDTV(TV)) and acquired(Gray, WVFX(TV)): 'we grant ... license assignment applications ... for the
 #   licenses of television broadcast stations WDTV(TV) ... and WVFX(TV) ... from subsidiaries of Withers ... to
 #   subsidiaries of Gray', 'In connection with the sale', 'Gray’s common ownership of the Stations' (granted,
 #   consummation not told -> acquired only; the buyer is Gray, whose 'common ownership' the waiver permits, not its
 #   assignee subsidiary; **doubtful**: a reader may name Gray Television Licensee, LLC, 'The proposed assignee').
 # - partner(WDTV(TV), CBS) and partner(WVFX(TV), Fox): 'WDTV(TV), a CBS affiliate, and WVFX(TV), a Fox affiliate'
 #   (a network affiliation, 26d's reading; **doubtful**: a reader may give an affiliation no relation).
 # Near-misses: Withers as seller (no acquired of Withers or its subsidiaries: only the stations pass); WDTV(TV) no
 #   parent link to Withers itself (only through its licensee subsidiary: 'owned and operated' is said of WVFX
 #   alone); the 'failing station' waivers (no relation); the Nielsen market area (above).
 relations=[L(WBWV, "parentOrganization", WB), L(WBCL, "parentOrganization", WB),
            L(WDTV, "parentOrganization", WBWV), L(WVFX, "parentOrganization", WBCL),
            L(WVFX, "parentOrganization", WB), L("Gray Television Licensee, LLC", "parentOrganization", GT),
            L(GT, "acquired", WDTV), L(GT, "acquired", WVFX),
            L(WDTV, "partner", "CBS"), L(WVFX, "partner", "Fox")],
 outages=[],
 # 'April 24, 2017' (released); '2008' ('since 2008'). '17-387', '70592', '10976', 'BALCDT-20160518ABL/ABO',
 # '73.3555(b)' no dates.
 dates=[D("April 24, 2017", "2017-04-24"), D("2008", "2008")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
