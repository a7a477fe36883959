#!/usr/bin/env python3
"""Batch 44g gold annotations (the texts of batch44g.py: the public notice DA 05-3187 on the application to transfer
control of Laurel Telephone Company, Inc. to Heart of Iowa Communications Cooperative, 14 December 2005; the public
notice DA 22-579 on the application to transfer control of Emmental, Inc. and its subsidiaries Moundridge Telephone
Company, Moundridge Telecom, Inc. and Mid-Kansas Cable Services, Inc. to Rural Telephone Service Company, Inc. dba
Nex-Tech, 25 May 2022; the public notice DA 07-4146 on the application to transfer control of Cannon Valley
Communications, Inc. and its wholly-owned subsidiary Cannon Valley Telecom, Inc. to Rural Communications Holding
Corporation, 3 October 2007; the public notice DA 21-1376 granting, as conditioned, the application to transfer
control of the New Knoxville Telephone Company and its subsidiary GoldStar Communications, LLC to Schurz
Communications, Inc., 3 November 2021), written from the texts alone; newskg was not run on them. The split follows
the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve
against `published`.
Conventions (batches 15f, 43n, 43p, 43r, 43t, 43u and 44b; GUIDELINES section 2): a transfer of control of a named
company to a named buyer that the parties have applied for together, or that the Bureau has granted, completion not
told -> `acquired` only, one per named company the application transfers (43p's FiberNet companies, 43t's Dalton
companies, 43u's Harmony, 44b's diversiCom); "X and its wholly-owned subsidiary Y" / "its subsidiary, Y" / a holding
company's "direct and indirect wholly-owned subsidiaries" -> parentOrganization(Y, X); a defined short name of a
company -> alias (a 'dba' name too), the upper-case heading's forms the same names; a cooperative that buys a company
-> Company (43u's Golden West Coop.); 'Commission' and 'Wireline Competition Bureau' (the 'Bureau') -> Organization,
no parent between them (15f, 43p); 'common management', 'adjacent service areas' and the sellers' shareholders
(unnamed) -> nothing; states, counties and the towns that name exchanges -> Location (43t's exchange towns,
**doubtful** as there); a place word inside a company's name (Iowa in 'Heart of Iowa', Kansas in 'Mid-Kansas') is
not a Location mention; laws, dockets, rules, defined party labels ('Applicants', 'Transferors', 'Licensees') and
kinds of service not annotated.
usage: batch44g_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather45g/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs
import batch10_annotate as b10

A = {}
COM = "Commission"
WCB = "Wireline Competition Bureau"

# ---- Heart of Iowa / Laurel Telephone, DA 05-3187, published 2005-12-14 ------------------------------------------
LA = "Laurel Telephone Company, Inc."
HI = "Heart of Iowa Communications Cooperative"
A["us-fcc-heart-of-iowa-laurel-telephone-transfer-of-control-public-notice-2005"] = dict(
 # Companies: Laurel Telephone Company, Inc. ('Laurel'; 'LAUREL TELEPHONE COMPANY, INC.' in the heading the same
 # name), Heart of Iowa Communications Cooperative ('Heart of Iowa'; a telephone cooperative that buys a company ->
 # Company, 43u's Golden West Coop.). Organization: 'Commission'. No Location: 'Iowa' stands only inside the
 # cooperative's name. Not annotated: sections 63.03 and 63.04, 'WC Docket No. 05- 329', 'Applicants', 'Transferor',
 # 'Transferee'
 entities=[E("Company", LA, "Laurel"), E("Company", HI, "Heart of Iowa"), E("Organization", COM)],
 roles=[],
 # 'seeking authority to transfer control of Laurel to Heart of Iowa': the two applied together, completion not told
 # -> Heart of Iowa acquired Laurel (acquired only). 'Laurel ... is currently under common management with Heart of
 # Iowa' -> nothing (common management, not ownership; **doubtful**: a reader may see an affiliate tie, but the
 # predicates hold none for it); 'adjacent service areas' -> nothing
 relations=[L(HI, "acquired", LA)],
 outages=[],
 # 'December 14, 2005' (release date) -> 2005-12-14; 'December 28, 2005', 'January 4, 2006' (comment dates);
 # 'November 22, 2005' (filing). Not dates: 'DA 05- 3187', '05- 329', '63.03', '306 access lines'
 dates=[D("December 14, 2005", "2005-12-14"), D("December 28, 2005", "2005-12-28"), D("January 4, 2006", "2006-01-04"),
        D("November 22, 2005", "2005-11-22")])

# ---- Nex-Tech / Emmental, Moundridge, DA 22-579, published 2022-05-25 ---------------------------------------------
EM = "Emmental, Inc."
MO = "Moundridge Telephone Company"
MT = "Moundridge Telecom, Inc."
MK = "Mid-Kansas Cable Services, Inc."
RT = "Rural Telephone Service Company, Inc."
A["us-fcc-nex-tech-emmental-moundridge-telephone-transfer-of-control-public-notice-2022"] = dict(
 # Organizations: Wireline Competition Bureau (no short form in this text), 'Commission'. Companies: Emmental, Inc.
 # ('Emmental'), Moundridge Telephone Company ('Moundridge'; 'MOUNDRIDGE TELEPHONE COMPANY' in the heading), Moundridge
 # Telecom, Inc. ('MTI'; the heading's 'MOUNDRIDGE TELCOM, INC.' taken as the same company, so spelt there: no alias,
 # as the heading's capitals are not listed; **doubtful**: a reader may list 'MOUNDRIDGE TELCOM, INC.'), Mid-Kansas
 # Cable Services, Inc. ('Mid-Kansas'), Rural Telephone Service Company, Inc. ('RTSC', and 'Nex-Tech' from 'dba
 # Nex-Tech', the name it does business under; 'RURAL TELEPHONE SERVICE COMPANY, INC.' in the heading). Location:
 # Kansas ('each Kansas corporations'; not the 'Kansas' inside 'Mid-Kansas'). Not annotated: the Communications Act of
 # 1934 (a law), sections 63.03-04, 'WC Docket No. 22-173', 'Transferors', 'Applicants'
 entities=[E("Organization", WCB), E("Organization", COM), E("Company", EM, "Emmental"),
           E("Company", MO, "Moundridge"), E("Company", MT, "MTI"), E("Company", MK, "Mid-Kansas"),
           E("Company", RT, "RTSC", "Nex-Tech")] + locs("Kansas"),
 roles=[],
 # 'Emmental is a holding company that provides telecommunications services through its direct and indirect
 # wholly-owned subsidiaries, Moundridge, MTI, and Mid-Kansas' -> parentOrganization(Moundridge, Emmental),
 # parentOrganization(MTI, Emmental), parentOrganization(Mid-Kansas, Emmental) (direct or indirect, as 44b's RCHC
 # carriers; the text does not say which is which). 'requesting approval for the transfer of control of the
 # Transferors to RTSC', the Transferors being Emmental, Moundridge, MTI and Mid-Kansas: applied for, completion not
 # told -> RTSC acquired each of the four (acquired only; one per named company transferred, 44b's diversiCom;
 # **doubtful**: a reader may keep only Emmental, the holding company, as the object)
 relations=[L(MO, "parentOrganization", EM), L(MT, "parentOrganization", EM), L(MK, "parentOrganization", EM),
            L(RT, "acquired", EM), L(RT, "acquired", MO), L(RT, "acquired", MT), L(RT, "acquired", MK)],
 outages=[],
 # 'May 25, 2022' (release date) -> 2022-05-25; 'June 8, 2022', 'June 15, 2022' (comment dates). Not dates: 'DA
 # 22-579', '22-173', '1934' inside the law's name, '63.03-04'
 dates=[D("May 25, 2022", "2022-05-25"), D("June 8, 2022", "2022-06-08"), D("June 15, 2022", "2022-06-15")])

# ---- RCHC / Cannon Valley Communications, DA 07-4146, published 2007-10-03 ---------------------------------------
CV = "Cannon Valley Communications, Inc."
CT = "Cannon Valley Telecom, Inc."
RC = "Rural Communications Holding Corporation"
A["us-fcc-rchc-cannon-valley-communications-transfer-of-control-public-notice-2007"] = dict(
 # Companies: Cannon Valley Communications, Inc. ('Cannon Valley'), Cannon Valley Telecom, Inc. ('CVT'), Rural
 # Communications Holding Corporation ('RCHC') (the heading's capitals the same names). Organization: 'Commission'.
 # Locations: the towns that name CVT's exchanges, Bricelyn, Freeborn, Frost, Morristown (**doubtful**, 43t's exchange
 # towns), the counties Faribault County, Freeborn County, Rice County, and Minnesota. Not annotated: sections 63.03,
 # 63.04 and 63.03(b), 'WC Docket No. 07-219', 'Transferors', 'Transferees', 'Applicants', 'the current shareholders
 # of Cannon Valley' (unnamed)
 entities=[E("Company", CV, "Cannon Valley"), E("Company", CT, "CVT"), E("Company", RC, "RCHC"),
           E("Organization", COM)]
          + locs("Bricelyn", "Faribault County", "Freeborn", "Freeborn County", "Frost", "Morristown", "Rice County",
                 "Minnesota"),
 roles=[],
 # 'Cannon Valley and its wholly-owned subsidiary, Cannon Valley Telecom, Inc. ("CVT")' ->
 # parentOrganization(CVT, Cannon Valley). 'requesting approval to transfer control of Cannon Valley and its
 # wholly-owned subsidiary ... from the current shareholders of Cannon Valley to RCHC': applied for, completion not
 # told -> RCHC acquired Cannon Valley, RCHC acquired CVT (acquired only; one per named company transferred, 44b's
 # diversiCom; **doubtful** as there)
 relations=[L(CT, "parentOrganization", CV), L(RC, "acquired", CV), L(RC, "acquired", CT)],
 outages=[],
 # 'October 3, 2007' (release date) -> 2007-10-03; 'October 17, 2007', 'October 24, 2007' (comment dates);
 # 'September 21, 2007' (filing). Not dates: 'DA 07-4146', '07-219', '63.03'
 dates=[D("October 3, 2007", "2007-10-03"), D("October 17, 2007", "2007-10-17"), D("October 24, 2007", "2007-10-24"),
        D("September 21, 2007", "2007-09-21")])

# ---- Schurz / New Knoxville Telephone, DA 21-1376 (grant), published 2021-11-03 ---------------------------------
NK = "New Knoxville Telephone Company"
SC = "Schurz Communications, Inc."
GS = "GoldStar Communications, LLC"
A["us-fcc-schurz-new-knoxville-telephone-transfer-of-control-granted-public-notice-2021"] = dict(
 # Organizations: Wireline Competition Bureau ('Bureau'), 'Commission' (no parent between them, 15f, 43p).
 # Companies: New Knoxville Telephone Company ('NKTC'; written 'the New Knoxville Telephone Company', the article not
 # part of the name), Schurz Communications, Inc. ('Schurz'), GoldStar Communications, LLC ('GoldStar', and 'Goldstar'
 # as the text spells it once). Locations: Auglaize County, Shelby County, Ohio. Not annotated: the Communications
 # Act of 1934 (a law), sections 63.03-04, 'WC Docket No. 21-361', 'Applicants', 'Licensees', 'the Application', the
 # Bureau's earlier 'Public Notice' (unnamed)
 entities=[E("Organization", WCB, "Bureau"), E("Organization", COM), E("Company", NK, "NKTC"),
           E("Company", SC, "Schurz"), E("Company", GS, "GoldStar", "Goldstar")]
          + locs("Auglaize County", "Shelby County", "Ohio"),
 roles=[],
 # 'NKTC and its subsidiary, GoldStar Communications, LLC (GoldStar)' -> parentOrganization(GoldStar, NKTC). 'the
 # Bureau grants, as conditioned, an application ... requesting consent to transfer control of NKTC and its
 # subsidiary ... to Schurz': granted, consummation not told -> Schurz acquired NKTC, Schurz acquired GoldStar
 # (acquired only, 15f's CableSouth grant and 44b's Lonsdale grant; one per named company transferred)
 relations=[L(GS, "parentOrganization", NK), L(SC, "acquired", NK), L(SC, "acquired", GS)],
 outages=[],
 # 'November 3, 2021' (release date) -> 2021-11-03; 'September 28, 2021' (the notice seeking comment). Not dates: 'DA
 # 21-1376', '21-361', '1934' inside the law's name, '63.03-04'
 dates=[D("November 3, 2021", "2021-11-03"), D("September 28, 2021", "2021-09-28")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
