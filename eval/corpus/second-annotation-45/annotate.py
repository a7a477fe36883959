#!/usr/bin/env python3
"""Second annotation (agree45) of the 6 articles in /tmp/agree45-tmp (stripped copies), made from their text,
GUIDELINES.md and GOLD_FORMAT.md alone (corpus practice on open points taken from train gold of other ids, and the
conventions settled in second-annotation-42/43/44 README.md).
Writes the gold files into the folder given as the first argument (default: this script's own folder), with the checks
of eval/corpus/second_sample.write.
usage: annotate.py [OUT_DIR]"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from second_sample import D, E, L, R, write
A = {}
PO, AQ = "parentOrganization", "acquired"
DCC = "United States District Court for the District of Columbia"

# published 1997-02-14. Federal Register notice of the proposed Final Judgment in United States v. Signature Flight
# Support Corporation (International Aviation Palm Beach, Palm Beach International Airport).
# Entities: United States District Court for the District of Columbia (alias "Court", the capitalised short form, as
# agree43's Verso/Waste Management notices): Organization. "United States" (the plaintiff): Location (as the Premdor
# notice in train and agree42-44). Signature Flight Support Corporation (alias "Signature") and International Aviation
# Palm Beach, Inc. (alias "International Aviation"): Companies. Palm Beach International Airport (alias "PBI"): Location
# (GUIDELINES: airports are Locations). West Palm Beach, Florida: Locations. "Palm Beach" occurs on its own only inside
# these names: no entity of its own. The Antitrust Procedures and Penalties Act is a law; "fixed base operators"
# ("FBOs") is a generic noun.
# Relations: "a transaction in which Signature ... agreed to acquire International Aviation" -> acquired(Signature,
# International Aviation) only (GUIDELINES: "agreed to buy" counts; not completed, so no parentOrganization).
# Doubtful: the United States sued "to enjoin" it and "would have created a duopoly" hints that the deal as agreed will
# not go ahead (a blocked deal gives nothing); I keep acquired, as agree42-44 did for deals settled by a proposed
# Final Judgment. No partner between the two FBOs (competitors).
# Dates: "February 3, 1997" -> 1997-02-03. "60-day" is a span, not dated.
SG, IA = "Signature Flight Support Corporation", "International Aviation Palm Beach, Inc."
A["us-doj-federal-register-signature-flight-support-international-aviation-proposed-final-judgment-1997"] = dict(
    entities=[E("Organization", DCC, "Court"), E("Location", "United States"), E("Company", SG, "Signature"),
              E("Company", IA, "International Aviation"), E("Location", "Palm Beach International Airport", "PBI"),
              E("Location", "West Palm Beach"), E("Location", "Florida")],
    roles=[],
    relations=[L(SG, AQ, IA)],
    outages=[],
    dates=[D("February 3, 1997", "1997-02-03")])

# published 2008-03-10. Federal Register notice of the proposed Final Judgment in United States v. UnitedHealth Group
# (acquisition of Sierra Health Services; Medicare Advantage in Las Vegas).
# Entities: United States District Court for the District of Columbia: Organization (no bare "Court" in this text, so
# no alias; "Complaint" is not the court). "United States" (plaintiff): Location. UnitedHealth Group Incorporated
# (alias "United") and Sierra Health Services, Inc. (alias "Sierra"): Companies. Las Vegas, Nevada: Locations.
# Not annotated: the Clayton Act and the Antitrust Procedures and Penalties Act (laws); "Medicare Advantage" (a federal
# programme under which insurers sell plans; GUIDELINES: programmes are not entities; doubtful: a Service, as the
# insurers' plans that seniors buy); "Medicare-eligible" (adjective).
# Relations: "the proposed acquisition by UnitedHealth ... of Sierra" -> acquired(United, Sierra) only (proposed,
# allowed under the consent judgment with a divestiture; as agree42-44 and the Premdor notice). The divestiture of
# United's Medicare Advantage business to an unnamed purchaser is an asset sale: nothing.
# Dates: "February 25, 2008" -> 2008-02-25.
UH, SH = "UnitedHealth Group Incorporated", "Sierra Health Services, Inc."
A["us-doj-federal-register-unitedhealth-sierra-health-services-proposed-final-judgment-2008"] = dict(
    entities=[E("Organization", DCC), E("Location", "United States"), E("Company", UH, "United"),
              E("Company", SH, "Sierra"), E("Location", "Las Vegas"), E("Location", "Nevada")],
    roles=[],
    relations=[L(UH, AQ, SH)],
    outages=[],
    dates=[D("February 25, 2008", "2008-02-25")])

# published 2022-05-25. FCC Wireline Competition Bureau public notice: application filed for the transfer of control
# of Emmental and its three Kansas subsidiaries to Rural Telephone Service Company (dba Nex-Tech).
# Entities: Wireline Competition Bureau (no "(Bureau)" short form in this text, so no alias) and "Commission" (the FCC,
# named only so; an Organization named "Commission", as in the Arvig, Schurz and TDS/Union FCC notices in train):
# Organizations. Emmental, Inc. (alias "Emmental"), Moundridge Telephone Company (alias "Moundridge"), Moundridge
# Telecom, Inc. (alias "MTI"), Mid-Kansas Cable Services, Inc. (alias "Mid-Kansas"), Rural Telephone Service Company,
# Inc. (aliases "Nex-Tech", the dba name, as "Union Long Distance" for Freedom Ring in the TDS/Union notice, and
# "RTSC"): Companies. Kansas ("each Kansas corporations"): Location. The all-capitals header forms (among them the
# header's "MOUNDRIDGE TELCOM, INC.") are not listed as aliases (the Arvig notice lists none). The Communications Act
# of 1934 is a law; "Transferors"/"Applicants" are defined generic nouns.
# Relations: "its direct and indirect wholly-owned subsidiaries, Moundridge, MTI, and Mid-Kansas" ->
# parentOrganization(each, Emmental). "transfer of control of the Transferors to RTSC" (an application, not yet
# granted) -> acquired(RTSC, each of the four Transferors) only (as the Arvig notice: acquired of the holding company
# and of each subsidiary, no parentOrganization to the buyer while pending). Doubtful: acquired(RTSC, Emmental) only.
# Dates: "May 25, 2022" (Released), "June 8, 2022" (Comments Due), "June 15, 2022" (Reply Comment Due). "1934" is part
# of the Act's name (not dated, as in the TDS/Chorus and Schurz notices).
EM, MT, MTI, MK, RT = ("Emmental, Inc.", "Moundridge Telephone Company", "Moundridge Telecom, Inc.",
                       "Mid-Kansas Cable Services, Inc.", "Rural Telephone Service Company, Inc.")
A["us-fcc-nex-tech-emmental-moundridge-telephone-transfer-of-control-public-notice-2022"] = dict(
    entities=[E("Organization", "Wireline Competition Bureau"), E("Company", EM, "Emmental"),
              E("Company", MT, "Moundridge"), E("Company", MTI, "MTI"), E("Company", MK, "Mid-Kansas"),
              E("Company", RT, "Nex-Tech", "RTSC"), E("Organization", "Commission"), E("Location", "Kansas")],
    roles=[],
    relations=[L(MT, PO, EM), L(MTI, PO, EM), L(MK, PO, EM), L(RT, AQ, EM), L(RT, AQ, MT), L(RT, AQ, MTI),
               L(RT, AQ, MK)],
    outages=[],
    dates=[D("May 25, 2022", "2022-05-25"), D("June 8, 2022", "2022-06-08"), D("June 15, 2022", "2022-06-15")])

# published 2020-03-18. FCC Wireline Competition Bureau public notice: application granted for the transfer of control
# of Lonsdale Telephone Co. from two Simon family trusts to Rural Communications Holding Corporation.
# Entities: Wireline Competition Bureau (alias "Bureau") and "Commission": Organizations (as the Schurz notice).
# Rural Communications Holding Corporation (alias "RCHC"), Lonsdale Telephone Co., Inc. (alias "LTCI"; the capitals
# header form is not listed) and the eight incumbent LECs RCHC controls: Blue Earth Valley Telephone Company, Easton
# Telephone Company, Eckles Telephone Company (alias "Eckles Telephone"), Cannon Valley Telecom, Inc., Pine Island
# Telephone Company, Indianhead Telephone Company, Hager Telecom, Inc., Granada Telephone Company: Companies. City of
# Lonsdale (alias "Lonsdale", as in "LTCI's Lonsdale exchange"), Rice County, Minnesota, Wisconsin, Iowa, New Prague:
# Locations (the city as a place, not as a body; doubtful: name "Lonsdale").
# Not annotated (doubtful): the Bonita L. Simon Revocable Trust and the Simon Family Trust (family trusts, the
# transferors; the L.H. Arvig Trust, a transferor in the Arvig FCC notice in train, is not annotated; the alternative
# is two Companies or Organizations), and Bonita L. Simon, named only inside a trust's name (as a company named only
# inside a product name).
# Relations: "RCHC is a holding company that directly or indirectly controls the following eight incumbent LECs" ->
# parentOrganization(each of the eight, RCHC). "grants the application ... requesting consent to transfer control of
# ... LTCI ... to RCHC" -> acquired(RCHC, LTCI) only (consent granted, closing not stated; as the granted Schurz notice
# in train, which gives acquired and no parentOrganization). Doubtful: parentOrganization(LTCI, RCHC) as well, reading
# the grant as the transfer. LTCI's exchange being adjacent to Eckles Telephone's gives nothing.
# Dates: "March 18, 2020" (Released); "March 4, 2011" (twice, inside "U/A/D March 4, 2011", the trusts' agreement
# date: one item; doubtful, since it is part of the trusts' names, which are not annotated).
RC, LT = "Rural Communications Holding Corporation", "Lonsdale Telephone Co., Inc."
LECS = ["Blue Earth Valley Telephone Company", "Easton Telephone Company", "Eckles Telephone Company",
        "Cannon Valley Telecom, Inc.", "Pine Island Telephone Company", "Indianhead Telephone Company",
        "Hager Telecom, Inc.", "Granada Telephone Company"]
A["us-fcc-rchc-lonsdale-telephone-transfer-of-control-granted-public-notice-2020"] = dict(
    entities=[E("Organization", "Wireline Competition Bureau", "Bureau"), E("Company", RC, "RCHC"),
              E("Organization", "Commission"), E("Company", LT, "LTCI"), E("Location", "City of Lonsdale", "Lonsdale"),
              E("Location", "Rice County"), E("Location", "Minnesota"), E("Location", "Wisconsin"), E("Location", "Iowa")]
    + [E("Company", c, "Eckles Telephone") if c.startswith("Eckles") else E("Company", c) for c in LECS]
    + [E("Location", "New Prague")],
    roles=[],
    relations=[L(c, PO, RC) for c in LECS] + [L(RC, AQ, LT)],
    outages=[],
    dates=[D("March 18, 2020", "2020-03-18"), D("March 4, 2011", "2011-03-04")])

# published 2004-05-26. SEC litigation release: settlement with Rite Aid's former CFO Frank Bergonzi.
# Entities: Securities and Exchange Commission (alias "Commission"; as the Navistar and Noble releases in train):
# Organization. Rite Aid Corporation (alias "Rite Aid"): Company. Frank M. Bergonzi (alias "Bergonzi"), Martin L. Grass
# and Franklin C. Brown (no short forms in the text), J. Rambo (the judge, "the Hon. J. Rambo"; judges are Persons
# with no role in train, e.g. Jennifer L. Rochon in us-doj-usao-sdny-kubient-...): Persons. Harrisburg, Pennsylvania:
# Locations. Not annotated: "federal district court in the Middle District of Pennsylvania" (lower case, no court
# name) and "the United States Attorney for the Middle District of Pennsylvania" (an unnamed office holder's title; the
# Kubient release in train gives no entity for the U.S. Attorney's office; agree44 leaves judicial districts out).
# Doubtful: an Organization for the U.S. Attorney's office.
# Roles: Bergonzi, "former Rite Aid Corporation CFO" -> cfo, current false. Grass, "Rite Aid's former CEO" -> ceo,
# false. Brown, "the former vice chairman and chief legal officer" -> executive, false (GUIDELINES: vice chairman and
# general-counsel-like officers -> executive; one item for both posts). All at Rite Aid Corporation.
# Relations: none.
# Dates: "today" -> 2004-05-26; "earlier today" -> 2004-05-26 (its own text, as "Earlier today" in train);
# "June 21, 2002"; "May 1997" -> 1997-05; "May 1999" -> 1999-05. "in recent history", "every quarter": not dated.
SEC, RA, FB, MG, FCB = ("Securities and Exchange Commission", "Rite Aid Corporation", "Frank M. Bergonzi",
                        "Martin L. Grass", "Franklin C. Brown")
A["us-sec-rite-aid-former-cfo-bergonzi-settlement-former-ceo-grass-2004"] = dict(
    entities=[E("Organization", SEC, "Commission"), E("Company", RA, "Rite Aid"), E("Person", FB, "Bergonzi"),
              E("Location", "Harrisburg"), E("Location", "Pennsylvania"), E("Person", "J. Rambo"), E("Person", MG),
              E("Person", FCB)],
    roles=[R(FB, "cfo", RA, False), R(MG, "ceo", RA, False), R(FCB, "executive", RA, False)],
    relations=[],
    outages=[],
    dates=[D("today", "2004-05-26"), D("June 21, 2002", "2002-06-21"), D("earlier today", "2004-05-26"),
           D("May 1997", "1997-05"), D("May 1999", "1999-05")])

# published 2004-06-03. SEC litigation release: charges against Symbol Technologies and eleven former executives.
# Entities: the SEC, named in this text only as "SEC" and "Commission": Organization, name "SEC" with alias
# "Commission" (doubtful: name "Commission" with alias "SEC"). United States District Court for the Eastern District
# of New York: Organization. Symbol Technologies, Inc. (alias "Symbol"): Company. New York Stock Exchange: Company
# (GUIDELINES: stock exchanges run as businesses). James Dean, Tomo Razmilovic, Kenneth Jaeggi, Leonard Goldner: Persons
# (no short forms in the text). Holtsville, New York: Locations. "bar code scanners" and "mobile information systems"
# are generic products, not named Services.
# Roles (all "who worked at Symbol", each "former"): Razmilovic "former President and CEO" -> president and ceo;
# Jaeggi "former CFO" -> cfo; Goldner "former General Counsel" -> executive (GUIDELINES); all at Symbol Technologies,
# Inc., current false. James Dean: no title stated, no role.
# Relations: none (a stock listing is no partnership).
# Dates: "June 3, 2004" -> 2004-06-03; "1998" ("from at least 1998"); "early 2003" -> 2003 (as "early 2022" -> 2022
# in train).
ST = "Symbol Technologies, Inc."
EDNY = "United States District Court for the Eastern District of New York"
A["us-sec-symbol-technologies-former-president-ceo-razmilovic-executives-fraud-2004"] = dict(
    entities=[E("Organization", "SEC", "Commission"), E("Organization", EDNY), E("Company", ST, "Symbol"),
              E("Person", "James Dean"), E("Location", "Holtsville"), E("Location", "New York"),
              E("Company", "New York Stock Exchange"), E("Person", "Tomo Razmilovic"), E("Person", "Kenneth Jaeggi"),
              E("Person", "Leonard Goldner")],
    roles=[R("Tomo Razmilovic", "president", ST, False), R("Tomo Razmilovic", "ceo", ST, False),
           R("Kenneth Jaeggi", "cfo", ST, False), R("Leonard Goldner", "executive", ST, False)],
    relations=[],
    outages=[],
    dates=[D("June 3, 2004", "2004-06-03"), D("1998", "1998"), D("early 2003", "2003")])

if __name__ == "__main__":
    print(write(A, "/tmp/agree45-tmp", sys.argv[1] if len(sys.argv) > 1 else HERE), "written")
