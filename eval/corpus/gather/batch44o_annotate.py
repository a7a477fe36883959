#!/usr/bin/env python3
"""Batch 44o gold annotations (the texts of batch44o.py: the public notice DA 08-2681 on the applications for the
transfer of control of Embarq Corporation to CenturyTel, Inc., 9 December 2008; the Wireline Competition Bureau's
public notice DA 10-1998 on the applications to transfer control of ITC^DeltaCom, Inc.'s wholly owned operating
subsidiaries DeltaCom, Inc., Interstate FiberNet, Inc. and Business Telecom, Inc. to EarthLink, Inc., 18 October
2010; the public notice DA 06-2587 on the application to transfer control of Norlight Telecommunications, Inc. from
Journal Communications, Inc. to Q-Comm Corporation, 22 December 2006), written from the texts alone; newskg was not
run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n, 43p, 43r, 43t, 43u, 44b, 44g and 44k; GUIDELINES section 2): a transfer of control of
a named company to a named buyer that the parties have applied for together, completion not told -> `acquired`
only, one per named company the application transfers (44b's TDS/Chorus subsidiaries, 44g's Emmental); "X's wholly
owned operating subsidiaries, Y" -> parentOrganization(Y, X); a company whose control is transferred "from X" ->
parentOrganization to X (43t's Ark-O/TDS Telecom, 44k's Enventis/ALLETE; **doubtful** as there); a defined short
name -> alias, the upper-case heading's forms the same names (not listed); 'Commission' -> Organization (15f, 43p);
states and the District of Columbia -> Location, a place word inside a company's name not a Location mention; laws,
dockets, rules, defined party labels ('Applicants', 'Transferor', 'Transferee') and kinds of service not annotated.
usage: batch44o_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather45o/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs
import batch10_annotate as b10

A = {}
COM = "Commission"

# ---- CenturyTel / Embarq, DA 08-2681, published 2008-12-09 --------------------------------------------------------
EQ = "Embarq Corporation"
CT = "CenturyTel, Inc."
DN = "DISH network"
A["us-fcc-centurytel-embarq-transfer-of-control-applications-public-notice-2008"] = dict(
 # Companies: Embarq Corporation ('Embarq'), CenturyTel, Inc. ('CenturyTel') (the heading's capitals the same
 # names), DISH network (as written; the business whose satellite video Embarq's subsidiaries offer -> Company,
 # **doubtful**: a reader may take 'DISH network' for the satellite-TV Service). Organization: 'Commission'.
 # Location: Delaware ('a Delaware holding company'). Not annotated: the Communications Act of 1934 (a law), sections
 # 214 and 310(d), 'WC Docket No. 08-238', 'Applicants', the unnamed subsidiaries, '18 states'
 entities=[E("Company", EQ, "Embarq"), E("Company", CT, "CenturyTel"), E("Organization", COM), E("Company", DN)]
          + locs("Delaware"),
 roles=[],
 # 'The Applicants seek Commission approval of the transfer of control of Embarq to CenturyTel': applied for
 # together, completion not told -> CenturyTel acquired Embarq (acquired only). 'The company's operating subsidiaries
 # offer consumers ... satellite video from DISH network' -> nothing (the subsidiaries unnamed; a resale of DISH's
 # video told of them, not of Embarq; **doubtful**: a reader may give partner(Embarq, DISH network))
 relations=[L(CT, "acquired", EQ)],
 outages=[],
 # 'December 9, 2008' (release date) -> 2008-12-09; 'January 8, 2009', 'January 23, 2009' (due dates). Not dates:
 # 'DA 08-2681', '08-238', '1934' inside the law's name, '310(d)'
 dates=[D("December 9, 2008", "2008-12-09"), D("January 8, 2009", "2009-01-08"), D("January 23, 2009", "2009-01-23")])

# ---- EarthLink / ITC^DeltaCom subsidiaries, DA 10-1998, published 2010-10-18 ------------------------------------
IT = "ITC^DeltaCom, Inc."
EL = "EarthLink, Inc."
DC = "DeltaCom, Inc."
IF = "Interstate FiberNet, Inc."
BT = "Business Telecom, Inc."
A["us-fcc-earthlink-itc-deltacom-subsidiaries-transfer-of-control-public-notice-2010"] = dict(
 # Companies: ITC^DeltaCom, Inc. ('ITCD'), EarthLink, Inc. ('EarthLink'), DeltaCom, Inc. ('DeltaCom'), Interstate
 # FiberNet, Inc. ('IFN'), Business Telecom, Inc. ('BTI') (the heading's capitals the same names). Organization:
 # 'Commission'. Locations: the states the three subsidiaries serve, Delaware (also 'a Delaware holding company')
 # and District of Columbia ('the District of Columbia' the same). Not annotated: section 63.03, 'WC Docket No.
 # 10-209', 'Applicants', 'all 50 states', kinds of service ('Internet service provider')
 entities=[E("Organization", COM), E("Company", IT, "ITCD"), E("Company", EL, "EarthLink"),
           E("Company", DC, "DeltaCom"), E("Company", IF, "IFN"), E("Company", BT, "BTI")]
          + locs("Alabama", "Florida", "Georgia", "Louisiana", "Mississippi", "North Carolina", "South Carolina",
                 "Tennessee", "Delaware", "District of Columbia", "Kentucky", "Maryland", "New Jersey", "New York",
                 "Pennsylvania", "Texas", "Virginia", "West Virginia"),
 roles=[],
 # 'ITCD's wholly owned operating subsidiaries, DeltaCom, Inc. (DeltaCom), Interstate FiberNet, Inc. (IFN), and
 # Business Telecom, Inc. (BTI)' -> parentOrganization of each to ITCD. 'to request approval to transfer control of
 # [them] ... to EarthLink': applied for together, completion not told -> EarthLink acquired DeltaCom, IFN and BTI
 # (acquired only; one per named company transferred). No EarthLink acquired ITCD: the applications transfer the
 # subsidiaries, and ITCD's own fate is not told (**doubtful**: a reader may see EarthLink buying ITCD)
 relations=[L(DC, "parentOrganization", IT), L(IF, "parentOrganization", IT), L(BT, "parentOrganization", IT),
            L(EL, "acquired", DC), L(EL, "acquired", IF), L(EL, "acquired", BT)],
 outages=[],
 # 'October 18, 2010' (release date) -> 2010-10-18; 'November 1, 2010', 'November 8, 2010' (due dates); 'October 6,
 # 2010' (filing). Not dates: 'DA 10-1998', '10-209', '63.03'
 dates=[D("October 18, 2010", "2010-10-18"), D("November 1, 2010", "2010-11-01"), D("November 8, 2010", "2010-11-08"),
        D("October 6, 2010", "2010-10-06")])

# ---- Q-Comm / Norlight from Journal Communications, DA 06-2587, published 2006-12-22 -----------------------------
JC = "Journal Communications, Inc."
NL = "Norlight Telecommunications, Inc."
QC = "Q-Comm Corporation"
A["us-fcc-q-comm-norlight-journal-communications-transfer-of-control-public-notice-2006"] = dict(
 # Companies: Journal Communications, Inc. ('Journal'), Norlight Telecommunications, Inc. ('Norlight'), Q-Comm
 # Corporation ('Q-Comm') (the heading's capitals the same names). Organization: 'Commission'. Locations: Wisconsin
 # (also 'a Wisconsin corporation'), Illinois, Indiana, Michigan, Minnesota. Not annotated: sections 63.04 and
 # 63.03(b)(2)(i), 'WC Docket No. 06-227', 'Transferor', 'Transferee', 'Applicants', 'multiple states'
 entities=[E("Company", JC, "Journal"), E("Company", NL, "Norlight"), E("Company", QC, "Q-Comm"),
           E("Organization", COM)] + locs("Wisconsin", "Illinois", "Indiana", "Michigan", "Minnesota"),
 roles=[],
 # 'requesting authority to transfer control of Norlight to Q-Comm' (heading: 'FROM JOURNAL COMMUNICATIONS, INC. TO
 # Q-COMM CORPORATION'): applied for together, completion not told -> Q-Comm acquired Norlight (acquired only).
 # Control of Norlight transferred from Journal, the 'Transferor' -> parentOrganization(Norlight, Journal) (43t's
 # Ark-O rule, 44k's Enventis/ALLETE; **doubtful** as there: the sentence naming Norlight 'a wholly-owned subsidiary
 # of The Journ[al ...]' is cut with the excerpt's end)
 relations=[L(QC, "acquired", NL), L(NL, "parentOrganization", JC)],
 outages=[],
 # 'December 22, 2006' (release date) -> 2006-12-22; 'January 5, 2007', 'January 12, 2007' (due dates); 'December
 # 4, 2006' (filing). Not dates: 'DA 06-2587', '06-227', '63.04', '10 percent'
 dates=[D("December 22, 2006", "2006-12-22"), D("January 5, 2007", "2007-01-05"), D("January 12, 2007", "2007-01-12"),
        D("December 4, 2006", "2006-12-04")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
