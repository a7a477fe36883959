#!/usr/bin/env python3
"""Batch 45zg gold annotations (the texts of batch45zg.py: the International Bureau's public notice DA 05-3289 of 22
December 2005 granting the transfer of control of WilTel Communications, LLC and Vyvx, LLC from Leucadia National
Corporation to Level 3 Communications, LLC; the Wireless Telecommunications Bureau's public notice DA 06-1422 of 10
July 2006 on ALLTEL Communications, Inc.'s and Cingular Wireless LLC's applications to pass Southern Minnesota, LLC to
Cingular), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 15f, 43n, 43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x and 45zc;
GUIDELINES section 2): a transfer of control of a named company to a named buyer, applied for or granted,
consummation not told -> `acquired` only; 'will acquire all of the outstanding shares' of a named company -> acquired
only; 'a (wholly-owned) subsidiary of X', 'a wholly-owned indirect subsidiary of X' (40u's SmarTone reading), 'X's
immediate parent company, Y' -> parentOrganization; a pro forma assignment of licences between a parent's own
companies and a licence assignment -> nothing; a defined short name in quotes or brackets -> alias; a heading's
upper-case form differing from the body's only in case -> not listed; 'Commission' and 'FCC' -> one Organization
(45h, 45m, 45zc); a Bureau named as acting -> Organization; its unnamed Chief -> nothing; laws, sections, docket and
file numbers, kinds of licence and service not annotated.
usage: batch45zg_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46zg/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, R, L
import batch10_annotate as b10

A = {}

# ---- Leucadia / WilTel / Vyvx to Level 3, International Bureau public notice DA 05-3289, published 2005-12-22 -------
LU = "Leucadia National Corporation"
WT = "WilTel Communications, LLC"
VY = "Vyvx, LLC"
L3 = "Level 3 Communications, LLC"
WG = "WilTel Communications Group, LLC"
A["us-fcc-leucadia-wiltel-vyvx-level-3-transfer-of-control-granted-public-notice-2005"] = dict(
 # Organizations: the International Bureau ('By the Chief, International Bureau:' -- the Bureau acting; its Chief is
 # not named: no Person, no role); the Commission ('Commission approval'; no 'FCC' in the kept text). Companies:
 # Leucadia National Corporation ('("Leucadia")' -> alias), WilTel Communications, LLC ('("WilTel")'), Vyvx, LLC
 # ('("Vyvx")'), Level 3 Communications, LLC ('("Level 3")'), WilTel Communications Group, LLC ('("WCG")'); the
 # heading's upper-case forms ('WILTEL COMMUNICATIONS, LLC', 'VYVX, LLC', 'LEUCADIA NATIONAL CORPORATION', 'LEVEL 3
 # COMMUNICATIONS, LLC') differ only in case: not listed. No Location in the kept text. Not annotated: 'the
 # Applicants' (collective), 'Communications Act of 1934', 'Cable Landing License Act' (laws), 'IB Docket No. 05-318'
 entities=[E("Organization", "International Bureau"), E("Organization", "Commission"),
           E("Company", LU, "Leucadia"), E("Company", WT, "WilTel"), E("Company", VY, "Vyvx"),
           E("Company", L3, "Level 3"), E("Company", WG, "WCG")],
 roles=[],
 # 'Level 3 will acquire all of the outstanding shares of WilTel's immediate parent company, WilTel Communications
 # Group, LLC ("WCG")', the authorizations granted (heading), consummation not told -> acquired(Level 3, WCG) only.
 # 'TRANSFER CONTROL OF WILTEL COMMUNICATIONS, LLC AND VYVX, LLC FROM LEUCADIA NATIONAL CORPORATION TO LEVEL 3' (the
 # heading: control of two named companies passing to a named buyer, granted) -> acquired(Level 3, WilTel) and
 # acquired(Level 3, Vyvx) (the lane's granted-transfer rule, 45c). **doubtful**: the body speaks of 'licenses and
 # authorizations held by WilTel ... and by Vyvx' passing, by way of the purchase of WCG; a reader may give
 # acquired(Level 3, WCG) alone. 'WilTel, a wholly-owned indirect subsidiary of Leucadia' ->
 # parentOrganization(WilTel, Leucadia) (40u's reading of an indirect holding; ownership before the sale, relations
 # carry no time); 'Vyvx, a subsidiary of WilTel' -> parentOrganization(Vyvx, WilTel); "WilTel's immediate parent
 # company, WilTel Communications Group, LLC" -> parentOrganization(WilTel, WCG). Near-misses: WCG -> Leucadia (the
 # route of the indirect holding, not said in so many words: not added; **doubtful**); the unnamed Chief
 relations=[L(L3, "acquired", WG), L(L3, "acquired", WT), L(L3, "acquired", VY),
            L(WT, "parentOrganization", LU), L(VY, "parentOrganization", WT), L(WT, "parentOrganization", WG)],
 outages=[],
 # 'December 22, 2005' (the notice's release) -> 2005-12-22; 'November 2, 2005' (the applications filed) ->
 # 2005-11-02. Not dates: '1934' inside the Act's name, '05-318' (docket)
 dates=[D("December 22, 2005", "2005-12-22"), D("November 2, 2005", "2005-11-02")])

# ---- ALLTEL / Cingular (Southern Minnesota), Wireless Telecommunications Bureau public notice DA 06-1422, 2006-07-10
AL = "ALLTEL Communications, Inc."
CG = "Cingular Wireless LLC"
WW = "WWC Holding Co., Inc."
GW = "Great Western Cellular Holdings LLC"
SM = "Southern Minnesota, LLC"
A["us-fcc-alltel-cingular-southern-minnesota-transfer-of-control-pleading-cycle-public-notice-2006"] = dict(
 # Organization: the Commission ('Commission approval'; 'SEEK FCC CONSENT' in the heading -> alias 'FCC', 45zc).
 # The issuing Bureau is not named in the kept text. Companies: ALLTEL Communications, Inc. ('(" ALLTEL")' -> alias,
 # as written without the rendering's space), Cingular Wireless LLC ('(" Cingular")'), WWC Holding Co., Inc.
 # ('(" WWC")'), Great Western Cellular Holdings LLC ('(" Great Western")'), Southern Minnesota, LLC ('(" Southern
 # Minnesota")' -> alias; a company's name, not a Location); the heading's 'ALLTEL COMMUNICATIONS, INC.' and
 # 'CINGULAR WIRELESS LLC' differ only in case: not listed. No Location, no Person. Not annotated: 'the Applicants'
 # (collective), 'Section 310( d)', 'Communications Act of 1934' (law), 'WT Docket No. 06- 131', the Part 22, 24 and
 # 101 services (kinds of licence), 'I. INTRODUCTION' (a section heading)
 entities=[E("Organization", "Commission", "FCC"),
           E("Company", AL, "ALLTEL"), E("Company", CG, "Cingular"), E("Company", WW, "WWC"),
           E("Company", GW, "Great Western"), E("Company", SM, "Southern Minnesota")],
 roles=[],
 # 'the transfer of control of Southern Minnesota to Cingular', applied for ('PLEADING CYCLE ESTABLISHED') ->
 # acquired(Cingular, Southern Minnesota) only. 'WWC Holding Co., Inc. (" WWC"), a wholly-owned subsidiary of
 # ALLTEL' -> parentOrganization(WWC, ALLTEL); 'Southern Minnesota, LLC ..., another wholly- owned subsidiary of
 # ALLTEL' -> parentOrganization(Southern Minnesota, ALLTEL) (ownership before the sale; relations carry no time).
 # Nothing for 'the pro forma assignment of licenses from WWC ... and Great Western ... to Southern Minnesota'
 # (licences passing, not a company: GUIDELINES, asset purchases). **doubtful**: a reader may give
 # parentOrganization(Great Western, ALLTEL), reading Great Western as a third ALLTEL company (the text does not say
 # so; the cut footnote says ALLTEL does not yet control it); a reader may hold the sale of a licence-holding vehicle
 # an asset sale and give no acquired. **doubtful (matter)**: the sale may be a divestiture linked to ALLTEL's
 # Minnesota deals (test us-doj-alltel-midwest-wireless-divest-minnesota-2006 holds ALLTEL/Midwest Wireless with a
 # Minnesota divestiture, its buyer not named there); this text names neither Midwest Wireless nor a divestiture.
 relations=[L(CG, "acquired", SM), L(WW, "parentOrganization", AL), L(SM, "parentOrganization", AL)],
 outages=[],
 # 'July 10, 2006' (release) -> 2006-07-10; 'August 9, 2006', 'August 21, 2006', 'August 28, 2006' (due dates).
 # Not dates: '1934' in the Act's name, '06- 131' (docket)
 dates=[D("July 10, 2006", "2006-07-10"), D("August 9, 2006", "2006-08-09"), D("August 21, 2006", "2006-08-21"),
        D("August 28, 2006", "2006-08-28")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
