#!/usr/bin/env python3
"""Batch 44b gold annotations (the texts of batch44b.py: the public notice DA 01-715 on the applications to transfer
control of Chorus Communications, Ltd. and its subsidiaries to Telephone and Data Systems, Inc., 20 March 2001; the
public notice DA 10-1953 on the application to transfer control of diversiCom, Inc. and its wholly owned subsidiaries
Melrose Telephone Company and Mainstreet Communications, LLC to Arvig Enterprises, Inc., 12 October 2010; the public
notice DA 10-1915 on the application to transfer control of Clements Telephone Company to Arvig Enterprises, Inc., 5
October 2010; the public notice DA 20-293 granting the application to transfer control of Lonsdale Telephone Co.,
Inc. to Rural Communications Holding Corporation, 18 March 2020), written from the texts alone; newskg was not run on
them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n, 43p, 43r, 43t and 43u; GUIDELINES section 2): a transfer of control of a named company
to a named buyer that the parties have applied for together, or that the Bureau has granted, completion not told ->
`acquired` only, one per named company the application transfers (43p's FiberNet companies, 43t's Dalton companies,
43u's Harmony); a subsidiary that 'will become' the buyer's (agreed, not completed) -> no parentOrganization (43n's
Gray/Meredith); "X and its wholly owned subsidiaries Y" / "a wholly-owned subsidiary of X" / "X owns Y" / "the parent
company of Y" / "its subsidiary, Y" / a holding company that "directly or indirectly controls" Y -> parentOrganization
(Y, X); a defined short name of a company -> alias; 'Commission' and 'Wireline Competition Bureau' (the 'Bureau') ->
Organization, no parent between them (15f, 43p); 'affiliates', minority and part holdings (one third, 49.11%) ->
nothing; persons owning a company -> Person, no role (43t, 43u); named trusts (the L.H. Arvig Trust, the Lauren S.
Beran Trust, the two Simon trusts) not annotated (43u's Halverson trust, **doubtful** as there); places of
incorporation, states, counties and the towns that name exchanges -> Location (43t's exchange towns, **doubtful** as
there), except a town whose name is also a company's defined short name (Melrose, Clements: left out); laws, dockets,
rules, defined party labels ('Applicants', 'Transferor Trusts') and kinds of service not annotated.
usage: batch44b_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather45b/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs, people
import batch10_annotate as b10

A = {}
COM = "Commission"
AR = "Arvig Enterprises, Inc."

# ---- TDS / Chorus Communications, DA 01-715, published 2001-03-20 -----------------------------------------------
TDS = "Telephone and Data Systems, Inc."
CH = "Chorus Communications, Ltd."
PI = "Pioneer Communications, Inc."
CN = "Chorus Networks, Inc."
SI = "Singer Acquisition Corp."
TT = "TDS Telecommunications Corporation"
A["us-fcc-tds-chorus-communications-transfer-of-control-public-notice-2001"] = dict(
 # Companies: Telephone and Data Systems, Inc. ('TDS'), Chorus Communications, Ltd. ('Chorus'), Pioneer
 # Communications, Inc. ('Pioneer'), Chorus Networks, Inc. ('Chorus Networks'), Singer Acquisition Corp. ('Singer'; a
 # merger subsidiary, a company by its name), TDS Telecommunications Corporation ('TDS Telecom'), USLink (named as 'a
 # competitive LEC'). Organization: Federal Communications Commission ('Commission'; named in full here). Locations:
 # Wisconsin, Minnesota. Not annotated: the Communications Act of 1934 (a law), '47 U.S.C. §§ 214, 310(d)', parts
 # 22, 63 and 90 of the rules, 'CC Docket No. 01-73', 'Applicants', '16 incumbent local exchange carriers (LECs)' and
 # 'operating subsidiaries' (unnamed), '28 states'
 entities=[E("Company", TDS, "TDS"), E("Company", CH, "Chorus"), E("Company", PI, "Pioneer"),
           E("Company", CN, "Chorus Networks"), E("Company", SI, "Singer"), E("Company", TT, "TDS Telecom"),
           E("Company", "USLink"), E("Organization", "Federal Communications Commission", COM)]
          + locs("Wisconsin", "Minnesota"),
 roles=[],
 # 'requesting ... approval to transfer control to TDS of Commission licenses and authorizations held by Chorus and
 # its subsidiaries'; 'Singer ... will merge with and into Chorus, leaving Chorus a wholly-owned subsidiary of TDS':
 # TDS and Chorus applied together, completion not told -> TDS acquired Chorus (acquired only; no
 # parentOrganization(Chorus, TDS) for the agreed, not completed merger, 43n's Gray/Meredith). 'international
 # authorizations held by Chorus's subsidiaries, Pioneer ... and Chorus Networks ..., to TDS'; 'Chorus's subsidiaries
 # will also become wholly-owned indirect subsidiaries of TDS' -> parentOrganization(Pioneer, Chorus),
 # parentOrganization(Chorus Networks, Chorus) (their present parent) and TDS acquired Pioneer, TDS acquired Chorus
 # Networks (one per named company transferred, 43u's Harmony; **doubtful**: a reader may keep only Chorus as the
 # object). 'Singer Acquisition Corp. (Singer), a wholly-owned subsidiary of TDS' -> parentOrganization(Singer, TDS);
 # 'TDS ... through its wholly-owned subsidiary, TDS Telecommunications Corporation (TDS Telecom)' ->
 # parentOrganization(TDS Telecom, TDS). 'TDS Telecom serves ... 49,900 access lines through a competitive LEC,
 # USLink' -> parentOrganization(USLink, TDS Telecom) (**doubtful**: the carrier through which TDS Telecom serves
 # lines, beside 'its incumbent LEC subsidiaries'; the text does not say 'subsidiary'; a reader may leave it out).
 # Singer merging 'with and into Chorus' -> no acquired (a merger subsidiary of the buyer, not a buyer)
 relations=[L(TDS, "acquired", CH), L(TDS, "acquired", PI), L(TDS, "acquired", CN),
            L(PI, "parentOrganization", CH), L(CN, "parentOrganization", CH),
            L(SI, "parentOrganization", TDS), L(TT, "parentOrganization", TDS),
            L("USLink", "parentOrganization", TT)],
 outages=[],
 # 'March 20, 2001' (release date) -> 2001-03-20; 'April 19, 2001', 'May 4, 2001' (due dates); 'March 7, 2001'
 # (filing). Not dates: 'DA 01-715', '01-73', '1934' inside the law's name, counts of lines
 dates=[D("March 20, 2001", "2001-03-20"), D("April 19, 2001", "2001-04-19"), D("May 4, 2001", "2001-05-04"),
        D("March 7, 2001", "2001-03-07")])

# ---- Arvig / diversiCom, Melrose Telephone and Mainstreet, DA 10-1953, published 2010-10-12 ---------------------
DC = "diversiCom, Inc."
ME = "Melrose Telephone Company"
MS = "Mainstreet Communications, LLC"
A["us-fcc-arvig-diversicom-melrose-telephone-transfer-of-control-public-notice-2010"] = dict(
 # Companies: diversiCom, Inc. ('DCI'; 'DIVERSICOM, INC.' in the upper-case heading the same name), Arvig
 # Enterprises, Inc. ('Arvig'; 'ARVIG ENTERPRISES, INC.' in the heading), Melrose Telephone Company ('Melrose'),
 # Mainstreet Communications, LLC ('Mainstreet'). Organization: 'Commission'. Locations: Minnesota and the towns that
 # name the exchanges: Eden Valley, Greenwald, Grey Eagle, Kimball, Richmond, St. Martin, Watkins, Sauk Centre, Long
 # Prairie, Cold Spring, Alexandria, Willmar (**doubtful**, 43t's exchange towns). Left out: the town 'Melrose' in the
 # exchange list (its surface form is Melrose Telephone Company's defined short name; one surface form, one entity;
 # **doubtful**: a reader may add it as a Location). Not annotated: the L.H. Arvig Trust ('LHA Trust'; a named trust,
 # 43u's Halverson trust; **doubtful**: a reader may make it an Organization and DCI's parent; 'Arvig' inside its
 # name is not a mention of the company), section 63.03 and 63.03(b), 'WC Docket No. 10-203', 'Applicants'
 entities=[E("Company", DC, "DCI"), E("Company", AR, "Arvig"), E("Company", ME, "Melrose"),
           E("Company", MS, "Mainstreet"), E("Organization", COM)]
          + locs("Minnesota", "Eden Valley", "Greenwald", "Grey Eagle", "Kimball", "Richmond", "St. Martin", "Watkins",
                 "Sauk Centre", "Long Prairie", "Cold Spring", "Alexandria", "Willmar"),
 roles=[],
 # 'diversiCom, Inc. (DCI) and its wholly owned subsidiaries, Melrose Telephone Company (Melrose) and Mainstreet
 # Communications, LLC (Mainstreet)'; 'DCI ... owns Melrose'; 'DCI also owns Mainstreet' ->
 # parentOrganization(Melrose, DCI), parentOrganization(Mainstreet, DCI). 'to transfer control of diversiCom, Inc.
 # (DCI) and its wholly owned subsidiaries ... from the LHA Trust to Arvig': the trust and Arvig applied together,
 # completion not told -> Arvig acquired DCI, Arvig acquired Melrose, Arvig acquired Mainstreet (acquired only; one
 # per named company transferred, 43u's Harmony; **doubtful**: a reader may keep only DCI as the object)
 relations=[L(ME, "parentOrganization", DC), L(MS, "parentOrganization", DC),
            L(AR, "acquired", DC), L(AR, "acquired", ME), L(AR, "acquired", MS)],
 outages=[],
 # 'October 12, 2010' (release date) -> 2010-10-12; 'October 26, 2010', 'November 2, 2010' (comment dates);
 # 'September 30, 2010' (filing). Not dates: 'DA 10-1953', '10-203', '63.03'
 dates=[D("October 12, 2010", "2010-10-12"), D("October 26, 2010", "2010-10-26"),
        D("November 2, 2010", "2010-11-02"), D("September 30, 2010", "2010-09-30")])

# ---- Arvig / Clements Telephone, DA 10-1915, published 2010-10-05 ------------------------------------------------
CL = "Clements Telephone Company"
HE = "Hector Communications Corporation"
SE = "Sleepy Eye Telephone Company"
TK = "Tekstar Communications, Inc."
A["us-fcc-arvig-clements-telephone-transfer-of-control-public-notice-2010"] = dict(
 # Companies: Clements Telephone Company ('Clements'; 'CLEMENTS TELEPHONE COMPANY' in the heading), Arvig
 # Enterprises, Inc. ('Arvig'), Hector Communications Corporation, Sleepy Eye Telephone Company, Tekstar
 # Communications, Inc. Organization: 'Commission'. Persons: Clements' owners Linda B. Chambers, Michael C. Chambers,
 # Mildred B. Sternick, Joe H. Beran (no role: owners, no post named; 43t, 43u). Locations: Minnesota, Sleepy Eye (the
 # town that names the exchange; **doubtful**, 43t's exchange towns). Left out: the town 'Clements' ('the Clements
 # exchange': the surface form is the company's defined short name, as Melrose in this batch). Not annotated: the
 # Lauren S. Beran Trust (a named trust, 43u; **doubtful**), section 63.03 and 63.03(b), 'WC Docket No. 10-202',
 # 'Applicants', 'U.S. citizens' (a nationality)
 entities=[E("Company", CL, "Clements"), E("Company", AR, "Arvig"), E("Company", HE), E("Company", SE),
           E("Company", TK), E("Organization", COM)]
          + people("Linda B. Chambers", "Michael C. Chambers", "Mildred B. Sternick", "Joe H. Beran")
          + locs("Minnesota", "Sleepy Eye"),
 roles=[],
 # 'to transfer control of Clements to Arvig': Clements and Arvig applied together, completion not told -> Arvig
 # acquired Clements (acquired only). 'Hector Communications Corporation, the parent company of Sleepy Eye Telephone
 # Company' -> parentOrganization(Sleepy Eye, Hector); 'Arvig's competitive LEC operations, which are provided by its
 # subsidiary, Tekstar Communications, Inc.' -> parentOrganization(Tekstar, Arvig). 'Arvig owns a one third indirect
 # interest in Hector' -> nothing (a minority holding); the owners' shares of Clements -> nothing (persons' holdings)
 relations=[L(AR, "acquired", CL), L(SE, "parentOrganization", HE), L(TK, "parentOrganization", AR)],
 outages=[],
 # 'October 5, 2010' (release date) -> 2010-10-05; 'October 19, 2010', 'October 26, 2010' (comment dates);
 # 'September 23, 2010' (filing). Not dates: 'DA 10-1915', '10-202', '63.03', the percentages
 dates=[D("October 5, 2010", "2010-10-05"), D("October 19, 2010", "2010-10-19"), D("October 26, 2010", "2010-10-26"),
        D("September 23, 2010", "2010-09-23")])

# ---- RCHC / Lonsdale Telephone, DA 20-293 (grant), published 2020-03-18 ------------------------------------------
RC = "Rural Communications Holding Corporation"
LT = "Lonsdale Telephone Co., Inc."
EK = "Eckles Telephone Company"
EIGHT = ["Blue Earth Valley Telephone Company", "Easton Telephone Company", EK, "Cannon Valley Telecom, Inc.",
         "Pine Island Telephone Company", "Indianhead Telephone Company", "Hager Telecom, Inc.",
         "Granada Telephone Company"]
A["us-fcc-rchc-lonsdale-telephone-transfer-of-control-granted-public-notice-2020"] = dict(
 # Organizations: Wireline Competition Bureau ('Bureau'), 'Commission' (no parent between them, 15f, 43p).
 # Companies: Rural Communications Holding Corporation ('RCHC'), Lonsdale Telephone Co., Inc. ('LTCI'; 'LONSDALE
 # TELEPHONE CO.' in the heading the same company), and RCHC's eight incumbent LECs: Blue Earth Valley Telephone
 # Company, Easton Telephone Company, Eckles Telephone Company ('Eckles Telephone'), Cannon Valley Telecom, Inc., Pine
 # Island Telephone Company, Indianhead Telephone Company, Hager Telecom, Inc., Granada Telephone Company. Locations:
 # Lonsdale ('the City of Lonsdale'; the town, also inside the company's name and 'Lonsdale exchange'), Rice County,
 # Minnesota, Wisconsin, Iowa, New Prague. Not annotated: the Bonita L. Simon Revocable Trust U/A/D March 4, 2011 and
 # the Simon Family Trust U/A/D March 4, 2011 (named trusts, the transferors; 43u's Halverson trust, **doubtful**: a
 # reader may make them Organizations and LTCI's parents; Bonita L. Simon inside a trust's name is not a separate
 # mention, 43u), the Communications Act of 1934 (a law), sections 63.03-04, 'WC Docket No. 20-24', 'Transferor
 # Trusts', 'Applicants', 'Application'
 entities=[E("Organization", "Wireline Competition Bureau", "Bureau"), E("Company", RC, "RCHC"),
           E("Company", LT, "LTCI"), E("Organization", COM)]
          + [E("Company", n, "Eckles Telephone") if n == EK else E("Company", n) for n in EIGHT]
          + locs("Lonsdale", "Rice County", "Minnesota", "Wisconsin", "Iowa", "New Prague"),
 roles=[],
 # 'the Wireline Competition Bureau (Bureau) grants the application ... requesting consent to transfer control of
 # Lonsdale Telephone Co., Inc. (LTCI) from the Transferor Trusts to RCHC': granted, consummation not told -> RCHC
 # acquired LTCI (acquired only; 15f's CableSouth grant). 'RCHC is a holding company that directly or indirectly
 # controls the following eight incumbent LECs ...: (1) Blue Earth Valley Telephone Company; ... and (8) Granada
 # Telephone Company' -> parentOrganization(each, RCHC) (a holding company's controlled carriers, direct or
 # indirect, as 43n's indirect subsidiary). 'the New Prague, Minnesota exchange served by Eckles Telephone' -> nothing
 # more (a place served)
 relations=[L(RC, "acquired", LT)] + [L(n, "parentOrganization", RC) for n in EIGHT],
 outages=[],
 # 'March 18, 2020' (release date) -> 2020-03-18; 'March 4, 2011' (the date of the two trusts' agreements, 'U/A/D',
 # under agreement dated; listed once, one text and value; **doubtful**: it stands inside the trusts' names, where
 # 43u left the '2004' of a trust's name out, but here it is a full calendar date given as a date). Not dates: 'DA
 # 20-293', '20-24', '1934' inside the law's name, '63.03-04', counts of lines and exchanges
 dates=[D("March 18, 2020", "2020-03-18"), D("March 4, 2011", "2011-03-04")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
