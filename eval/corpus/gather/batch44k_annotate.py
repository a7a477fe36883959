#!/usr/bin/env python3
"""Batch 44k gold annotations (the texts of batch44k.py: the Wireline Competition Bureau's public notice DA 07-4520
granting the application to transfer control of North Pittsburgh Systems, Inc. and its subsidiaries to Consolidated
Communications Holdings, Inc., 5 November 2007; the Commission's Memorandum Opinion and Order FCC 18-62 approving the
transfer of control of ComSouth Corporation from W. Mansfield Jennings Limited Partnership to Hargray Communications
Group, Inc., 11 May 2018; the public notice DA 05-3023 on the application to transfer control of Enventis Telecom,
Inc. from ALLETE, Inc. to Hickory Tech Corporation, 22 November 2005; the public notice DA 10-2082 on the application
to transfer control of Piedmont Telephone Membership Corporation to Surry Telephone Membership Corporation by a merger
closed on 1 January 2009, 28 October 2010), written from the texts alone; newskg was not run on them. The split
follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates
resolve against `published`.
Conventions (batches 15f, 43n, 43p, 43r, 43t, 43u, 44b and 44g; GUIDELINES section 2): a transfer of control of a
named company to a named buyer that the parties have applied for together, or that the Bureau or the Commission has
granted, completion not told -> `acquired` only, one per named company the application transfers (44b's TDS/Chorus
subsidiaries, 44g's Emmental); a transfer completed by merging the target into the buyer -> `acquired` only (the
target merged away; GUIDELINES, batch 31j's NXP/Freescale); "its subsidiary Y" / "Y, a subsidiary of X" / "X had a
subsidiary named Y" -> parentOrganization(Y, X); a company whose control is transferred "from X" -> parentOrganization
to X (43t's Ark-O/TDS Telecom, **doubtful** as there); a defined short name -> alias; 'Commission' and 'Wireline
Competition Bureau' (the 'Bureau') -> Organization, no parent between them (15f, 43p); a Commissioner named in the
order's 'By the Commission' line -> role other at the Commission (GUIDELINES: commissioners -> other); cities,
counties and states -> Location, a place word inside a company's name not a Location mention; laws, dockets, rules,
programmes (the universal service fund), defined party labels ('Applicants', 'Transferee') not annotated.
usage: batch44k_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather45k/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

A = {}
COM = "Commission"
WCB = "Wireline Competition Bureau"

# ---- Consolidated / North Pittsburgh Systems, DA 07-4520 (grant), published 2007-11-05 ----------------------------
NP = "North Pittsburgh Systems, Inc."
CC = "Consolidated Communications Holdings, Inc."
NT = "North Pittsburgh Telephone Company"
SG = "Salsgiver"
A["us-fcc-consolidated-north-pittsburgh-systems-transfer-of-control-granted-public-notice-2007"] = dict(
 # Organizations: Wireline Competition Bureau ('Bureau'; 'By the Chief, Wireline Competition Bureau' names no
 # person), 'Commission'. Companies: North Pittsburgh Systems, Inc. ('NPSI'), Consolidated Communications Holdings,
 # Inc. ('CCH') (the docket title line's forms the same names), North Pittsburgh Telephone Company ('NPTC'),
 # Salsgiver (it opposes the grant over 'anticompetitive conduct' and access to NPTC's poles: a rival carrier to a
 # careful reader; **doubtful**, the text does not say what it is). No Location. Not annotated: the Communications Act
 # of 1934 ('Act', a law), sections and 47 C.F.R., 'WC Docket No. 07-151', 'Applicants'
 entities=[E("Organization", WCB, "Bureau"), E("Organization", COM), E("Company", NP, "NPSI"), E("Company", CC, "CCH"),
           E("Company", NT, "NPTC"), E("Company", SG)],
 roles=[],
 # 'NPSI's subsidiary, North Pittsburgh Telephone Company (NPTC)' -> parentOrganization(NPTC, NPSI). 'the Bureau
 # approves the application ... requesting approval to transfer control of NPSI and its subsidiaries to CCH': granted,
 # consummation not told -> CCH acquired NPSI, CCH acquired NPTC (one of 'its subsidiaries', named in the text;
 # acquired only, 15f's CableSouth and 44b's Lonsdale grants; **doubtful**: a reader may keep only NPSI). Salsgiver's
 # opposition -> nothing
 relations=[L(NT, "parentOrganization", NP), L(CC, "acquired", NP), L(CC, "acquired", NT)],
 outages=[],
 # 'November 5, 2007' (release date) -> 2007-11-05. Not dates: 'DA 07-4520', '07-151', '1934' inside the law's
 # name, the rule numbers
 dates=[D("November 5, 2007", "2007-11-05")])

# ---- Hargray / ComSouth, FCC 18-62, published 2018-05-11 ----------------------------------------------------------
HG = "Hargray Communications Group, Inc."
MJ = "W. Mansfield Jennings Limited Partnership"
CS = "ComSouth Corporation"
CT = "ComSouth Telecommunications, Inc."
A["us-fcc-hargray-comsouth-transfer-of-control-order-2018"] = dict(
 # Organization: 'Commission' ('By the Commission'). Person: O'Rielly ('Commissioner O'Rielly'; the text gives the
 # surname only). Companies: Hargray Communications Group, Inc. ('Hargray'), W. Mansfield Jennings Limited
 # Partnership ('Mansfield'; a limited partnership, a business: Company, **doubtful**; W. Mansfield Jennings, named
 # only inside its name, is no Person, 44b's trusts), ComSouth Corporation ('ComSouth'), ComSouth Telecommunications,
 # Inc. Locations: the cities Hawkinsville, Perry, Fort Valley, Cochran, Unadilla, Pinehurst, Marshallville, Kathleen,
 # Bonaire; the counties 'of Peach and Macon' (as 'Peach', 'Macon'; **doubtful** surface forms); Georgia. Not
 # annotated: the universal service fund ('USF', a programme), the Communications Act of 1934 ('the Act', a law),
 # 'Applicants', 'the Application'
 entities=[E("Organization", COM), E("Person", "O\u2019Rielly"), E("Company", HG, "Hargray"),
           E("Company", MJ, "Mansfield"), E("Company", CS, "ComSouth"), E("Company", CT)]
          + locs("Hawkinsville", "Perry", "Fort Valley", "Cochran", "Unadilla", "Pinehurst", "Marshallville", "Kathleen",
                 "Bonaire", "Peach", "Macon", "Georgia"),
 # 'By the Commission: Commissioner O'Rielly issuing a statement.' -> other at the Commission (GUIDELINES:
 # commissioners -> other), current
 roles=[R("O\u2019Rielly", "other", COM)],
 # 'we approve, subject to a condition, an application ... for the transfer of control of ComSouth Corporation
 # (ComSouth) from Mansfield to Hargray' and 'we grant the Application subject to the specified condition': approved,
 # consummation not told -> Hargray acquired ComSouth (acquired only; the subsidiary is not said to be transferred
 # apart, so no second acquired). Control transferred 'from Mansfield' -> parentOrganization(ComSouth, Mansfield)
 # (43t's Ark-O; **doubtful**). 'ComSouth Telecommunications, Inc., a subsidiary of ComSouth' ->
 # parentOrganization(ComSouth Telecommunications, ComSouth). ComSouth's 'subsidiaries and affiliates' unnamed
 relations=[L(HG, "acquired", CS), L(CS, "parentOrganization", MJ), L(CT, "parentOrganization", CS)],
 outages=[],
 # 'May 10, 2018' (adopted), 'May 11, 2018' (released). Not dates: 'FCC 18-62', '1934' inside the law's name,
 # '3,339 lines'
 dates=[D("May 10, 2018", "2018-05-10"), D("May 11, 2018", "2018-05-11")])

# ---- Hickory Tech / Enventis Telecom, DA 05-3023, published 2005-11-22 --------------------------------------------
AL = "ALLETE, Inc."
MP = "Minnesota Power Enterprises, Inc."
EN = "Enventis Telecom, Inc."
HT = "Hickory Tech Corporation"
A["us-fcc-hickory-tech-enventis-telecom-transfer-of-control-public-notice-2005"] = dict(
 # Companies: ALLETE, Inc. ('ALLETE'), Minnesota Power Enterprises, Inc. ('MP Enterprises'), Enventis Telecom, Inc.
 # ('Enventis'), Hickory Tech Corporation ('Hickory Tech') (the heading's capitals the same names). Organization:
 # 'Commission'. No Location ('Minnesota' only inside MP Enterprises' name). Not annotated: sections 63.04 and
 # 63.03( b)( 2)( ii), 'WC Docket No. 05- 324', 'Applicants', 'a dominant carrier' (a label)
 entities=[E("Company", AL, "ALLETE"), E("Company", MP, "MP Enterprises"), E("Company", EN, "Enventis"),
           E("Company", HT, "Hickory Tech"), E("Organization", COM)],
 roles=[],
 # 'Minnesota Power Enterprises, Inc., ("MP Enterprises") and its subsidiary Enventis Telecom, Inc.' ->
 # parentOrganization(Enventis, MP Enterprises). 'seeking approval to transfer control of Enventis from ALLETE to
 # Hickory Tech': applied for, completion not told -> Hickory Tech acquired Enventis (acquired only); control held
 # 'from ALLETE' -> parentOrganization(Enventis, ALLETE) (43t's Ark-O; **doubtful**: ALLETE is Enventis's
 # controlling owner through MP Enterprises, which the text does not tie to ALLETE, so no MP Enterprises -> ALLETE).
 # Hickory Tech's 'affiliates' unnamed
 relations=[L(EN, "parentOrganization", MP), L(EN, "parentOrganization", AL), L(HT, "acquired", EN)],
 outages=[],
 # 'November 22, 2005' (release date) -> 2005-11-22; 'December 6, 2005', 'December 13, 2005' (comment dates);
 # 'November 16, 2005' (filing). Not dates: 'DA 05- 3023', '05- 324', '63.04', '10 percent'
 dates=[D("November 22, 2005", "2005-11-22"), D("December 6, 2005", "2005-12-06"), D("December 13, 2005", "2005-12-13"),
        D("November 16, 2005", "2005-11-16")])

# ---- Surry / Piedmont Telephone Membership, DA 10-2082, published 2010-10-28 --------------------------------------
PT = "Piedmont Telephone Membership Corporation"
ST = "Surry Telephone Membership Corporation"
PC = "Piedmont Communications Services, Inc."
SI = "Surry Telecommunications, Inc."
A["us-fcc-surry-piedmont-telephone-membership-transfer-of-control-public-notice-2010"] = dict(
 # Companies: Piedmont Telephone Membership Corporation ('Piedmont'), Surry Telephone Membership Corporation ('Surry')
 # (member-owned telephone cooperatives -> Company, 43u's Golden West Coop., 44g's Heart of Iowa), Piedmont
 # Communications Services, Inc. ('PCS'), Surry Telecommunications, Inc. ('STI'). Organization: 'Commission'.
 # Locations: Davidson County, North Carolina, Stokes ('Surry and Stokes Counties'; 'Stoke' in 'Surry and Stoke
 # Counties' the text's other spelling -> alias). The county 'Surry' left out (the surface form is Surry Telephone
 # Membership Corporation's defined short name, as 44b left the town 'Melrose' out; **doubtful**). Not annotated:
 # sections 63.03 and 63.03(b), 'WC Docket No. 10-219', 'Applicants'
 entities=[E("Company", PT, "Piedmont"), E("Company", ST, "Surry"), E("Company", PC, "PCS"), E("Company", SI, "STI"),
           E("Organization", COM), E("Location", "Davidson County"), E("Location", "North Carolina"),
           E("Location", "Stokes", "Stoke")],
 roles=[],
 # 'to transfer control of Piedmont as the result of a merger of Piedmont into Surry', 'closed the transaction ... on
 # January 1, 2009', 'As a result of the January 1, 2009 merger of Piedmont into Surry, Surry now provides ... in
 # Piedmont's former territory': a completed transfer of control with the target merged into the buyer -> Surry
 # acquired Piedmont, acquired only (merged away; **doubtful**: a reader may read a merger of two cooperatives, but
 # the notice names the direction, control of Piedmont to Surry). 'Its subsidiary, Piedmont Communications Services,
 # Inc. (PCS)' -> parentOrganization(PCS, Piedmont). 'Surry had a subsidiary named Surry Telecommunications, Inc.
 # (STI)' -> parentOrganization(STI, Surry) (past ownership still recorded). 'STI was merged into PCS as of July 1,
 # 2009' -> nothing (a merger of two subsidiaries with no purchase told; near-miss, **doubtful**)
 relations=[L(ST, "acquired", PT), L(PC, "parentOrganization", PT), L(SI, "parentOrganization", ST)],
 outages=[],
 # 'October 28, 2010' (release date) -> 2010-10-28; 'November 12, 2010', 'November 18, 2010' (comment dates);
 # 'October 20, 2010' (filing); 'January 1, 2009' (the merger closed; twice, listed once); 'July 1, 2009' (STI
 # merged). Not dates: 'DA 10-2082', '10-219', '63.03', '10 percent'
 dates=[D("October 28, 2010", "2010-10-28"), D("November 12, 2010", "2010-11-12"), D("November 18, 2010", "2010-11-18"),
        D("October 20, 2010", "2010-10-20"), D("January 1, 2009", "2009-01-01"), D("July 1, 2009", "2009-07-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
