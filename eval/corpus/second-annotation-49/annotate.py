#!/usr/bin/env python3
"""Second annotation (agree49) of the 6 articles in /tmp/agree49-tmp (stripped copies), made from their text,
GUIDELINES.md and GOLD_FORMAT.md alone (corpus practice on open points taken from train gold of other ids, and the
conventions settled in second-annotation-45 to -48 README.md).
Writes the gold files into the folder given as the first argument (default: this script's own folder), with the checks
of eval/corpus/second_sample.write.
usage: annotate.py [OUT_DIR]"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from second_sample import D, E, L, R, write
A = {}
PO, AQ, PV = "parentOrganization", "acquired", "provider"
DOJ, AD = "Department of Justice", "Antitrust Division"
DC = "United States District Court for the District of Columbia"
EB, FCC = "Enforcement Bureau", "Federal Communications Commission"

# published 2003-03-26. CFTC press release: administrative order settling attempted-manipulation and false-reporting
# charges against El Paso Merchant Energy, a division of El Paso Corporation; quotes of the CFTC's chairman and of one
# commissioner.
# Entities: U.S. Commodity Futures Trading Commission: Organization, aliases "CFTC" and "Commission" (the quotes'
# capitalised "The Commission" is the CFTC; the SEC files in train take "Commission" as an alias of the full name in
# the same way; the two train CFTC releases of batch 49 have no bare "Commission" in their text). El Paso Merchant
# Energy, L.P. ("EPME") and El Paso Corporation ("El Paso"): Companies. "Houston, Texas energy company": Houston and
# Texas as two Locations (most train files split "City, State"; doubtful: the train Energy Transfer release of this
# batch keeps "Houston, Texas" as one Location). James E. Newsome and Sharon Brown-Hruska: Persons. "the President's
# Corporate Fraud Task Force": an Organization named "Corporate Fraud Task Force" (task forces are Organizations in
# train: the Telecommunications Task Force, the U.S.-Canada Power System Outage Task Force); the President himself is
# unnamed. "the U.S. economy": Location "U.S." (train: "U.S." stand-alone in the Vodafone/AirTouch release and others).
# "El Paso trading unit" is only in the title.
# Roles: "CFTC Chairman James E. Newsome" -> chairman at the CFTC (train: FTC, FCC, ACCC chairmen -> chairman);
# "CFTC Commissioner Sharon Brown-Hruska" -> other (GUIDELINES 2: commissioners -> other). Both current.
# Relations: "EPME, a division of El Paso Corporation" -> parentOrganization(EPME, El Paso Corporation). The task force
# gets no relation ("work hand-in-hand with" is no partnership between two named organisations of the kind meant, and
# its parent, the President, is not an entity).
# Dates: "today" -> 2003-03-26; "Today's" is the same word and value, listed once (agree48).
CF, EP, EPC = "U.S. Commodity Futures Trading Commission", "El Paso Merchant Energy, L.P.", "El Paso Corporation"
A["us-cftc-el-paso-merchant-energy-division-el-paso-corporation-natural-gas-false-reporting-attempted-manipulation-"
  "2003"] = dict(
    entities=[E("Organization", CF, "CFTC", "Commission"), E("Location", "Houston"), E("Location", "Texas"),
              E("Company", EP, "EPME"), E("Company", EPC, "El Paso"), E("Person", "James E. Newsome"),
              E("Organization", "Corporate Fraud Task Force"), E("Person", "Sharon Brown-Hruska"),
              E("Location", "U.S.")],
    roles=[R("James E. Newsome", "chairman", CF), R("Sharon Brown-Hruska", "other", CF)],
    relations=[L(EP, PO, EPC)],
    outages=[],
    dates=[D("today", "2003-03-26")])

# published 2016-06-20. Antitrust Division Federal Register notice: complaint and proposed final judgment on GTCR and
# Cision's proposed acquisition of PR Newswire from UBM plc, with the divestiture of PR Newswire's Agility and Agility
# Plus business.
# Entities: the DC district court (named in full twice; "the Office of the Clerk of" it is no entity): Organization.
# United States (the plaintiff): Location, with the caption's "United States of America" as alias (the train AB
# InBev / SABMiller and First Data notices do so; several other train notices list no alias; the caption is a mention
# of the plaintiff, as the caption-only defendant "SGL GE Carbon Holding LLC (USA)" is an entity in the train Showa
# Denko notice). GTCR Fund X/A AIV LP (the caption's defendant) with alias "GTCR" (the body's short name for the same
# party; doubtful: "GTCR" could be the fund's sponsor, a separate Company, and the fund its unit). Cision, PR Newswire,
# UBM plc: Companies. Agility and Agility Plus: two Services, provider PR Newswire ("PR Newswire's Agility and Agility
# Plus business": named products that users use; brands in Justice Department texts are Services in train: Labatt
# Blue, STAR, NYCE; doubtful: a divested business line, no entity). Antitrust Division: Organization. The Department
# of Justice is not named (only inside the URL justice.gov): no entity and so no parentOrganization for the Division.
# The web site and laws (Antitrust Procedures and Penalties Act, Clayton Act) are not entities.
# Relations: "GTCR and Cision's proposed acquisition of PR Newswire" going ahead under the proposed Final Judgment ->
# acquired(GTCR, PR Newswire) and acquired(Cision, PR Newswire) (joint buyers; agree42-48: a proposed acquisition under
# a consent decree gives acquired only; acquired of Cision alone is the alternative). "acquisition of PR Newswire from
# UBM plc" -> parentOrganization(PR Newswire, UBM plc) (the seller owns it now; the train Smiths / Morpho release gives
# parentOrganization(Morpho, Safran) from "acquisition of Morpho from Safran S.A."). provider(Agility / Agility Plus,
# PR Newswire). The divestiture is of a business (assets): nothing.
# Dates: "June 10, 2016". "at the same time as the Complaint" is not a date.
GT, PRN = "GTCR Fund X/A AIV LP", "PR Newswire"
A["us-doj-federal-register-gtcr-cision-pr-newswire-ubm-proposed-final-judgment-2016"] = dict(
    entities=[E("Organization", DC), E("Location", "United States", "United States of America"),
              E("Company", GT, "GTCR"), E("Company", "Cision"), E("Company", PRN), E("Company", "UBM plc"),
              E("Service", "Agility"), E("Service", "Agility Plus"), E("Organization", AD)],
    roles=[],
    relations=[L(GT, AQ, PRN), L("Cision", AQ, PRN), L(PRN, PO, "UBM plc"), L("Agility", PV, PRN),
               L("Agility Plus", PV, PRN)],
    outages=[],
    dates=[D("June 10, 2016", "2016-06-10")])

# published 2019-02-01. Antitrust Division Federal Register notice: proposed final judgment as to Nexstar in the case
# against seven broadcasters that exchanged competitively sensitive information on spot advertising revenues.
# Entities: the DC district court: Organization. United States: Location, alias "United States of America" (as in the
# GTCR notice above). Nexstar Media Group, Inc. ("Nexstar"), Sinclair Broadcast Group, Inc., Raycom Media, Inc., Tribune
# Media Company, Meredith Corporation, Griffin Communications, LLC, Dreamcatcher Broadcasting, LLC: Companies (no short
# forms except Nexstar's). Antitrust Division and Department of Justice ("Department of Justice regulations"):
# Organizations. The Sherman Act and the Antitrust Procedures and Penalties Act are laws (no entities).
# Relations: parentOrganization(Antitrust Division, Department of Justice): the text only has "obtained from the
# Antitrust Division ... set by Department of Justice regulations", and the train AMC-Carmike and Knorr-Bremse notices,
# with the same sentence and nothing more, give it (agree48). No partner among the broadcasters: an unlawful exchange of
# information is no partnership, supply or customer contract.
# Dates: "December 13, 2018". "within 60 days of the date of this notice" and "at the same time as the Complaint" are
# not dated.
NX = "Nexstar Media Group, Inc."
A["us-doj-federal-register-sinclair-broadcast-nexstar-spot-advertising-information-exchange-proposed-final-judgment-"
  "2019"] = dict(
    entities=[E("Company", NX, "Nexstar"), E("Organization", DC),
              E("Location", "United States", "United States of America"), E("Company", "Sinclair Broadcast Group, Inc."),
              E("Company", "Raycom Media, Inc."), E("Company", "Tribune Media Company"),
              E("Company", "Meredith Corporation"), E("Company", "Griffin Communications, LLC"),
              E("Company", "Dreamcatcher Broadcasting, LLC"), E("Organization", AD), E("Organization", DOJ)],
    roles=[],
    relations=[L(AD, PO, DOJ)],
    outages=[],
    dates=[D("December 13, 2018", "2018-12-13")])

# published null. FCC Enforcement Bureau consent decree with Enogex and Transok over the unauthorised transfer of
# control of Transok's private land mobile and microwave licenses.
# Entities: Enforcement Bureau ("Bureau"), Federal Communications Commission ("FCC", "Commission"): Organizations.
# Enogex Inc. ("Enogex"), Transok, LLC ("Transok"), Transok, Inc., Tejas Gas, L.L.C. ("Tejas"): Companies. Transok, Inc.
# is its own entity, not an alias of Transok, LLC: the text treats them as two companies (Transok was "established" and
# Transok, Inc. merged into it and "ceased to exist"; doubtful: a reformulation can be read as one company changing its
# legal form, and then "Transok, Inc." would be a former name, an alias).
# Relations: "the Enforcement Bureau of the Federal Communications Commission" -> parentOrganization(Enforcement
# Bureau, FCC) (the train LG&E and Xcel consent decrees of this batch, the same opening). "Transok, Inc. -- a wholly
# owned subsidiary of Tejas" -> parentOrganization(Transok, Inc., Tejas); "Transok continued as a wholly-owned
# subsidiary of Tejas" -> parentOrganization(Transok, Tejas). "merging Transok, Inc. into Transok" ... "Transok, Inc.
# ceased to exist" -> acquired(Transok, Transok, Inc.) (the train Xcel consent decree gives acquired(PSCO, WGS) from
# "WGS merged into PSCO, and ceased to exist"; no parentOrganization, the target being merged away; doubtful: nothing,
# an internal reorganisation). "On July 1, 1999, there was a substantial transfer of control of Transok from Tejas to
# Enogex" (done, and the licenses are "now held by Transok") -> acquired(Enogex, Transok) and, the acquisition being
# completed, parentOrganization(Transok, Enogex) (GUIDELINES 2; doubtful: acquired only, as the corpus gives for
# granted transfer-of-control applications).
# Dates: published is null, so only absolute expressions: "1998", "July 1, 1999" (twice, listed once).
EN, TK, TKI, TJ = "Enogex Inc.", "Transok, LLC", "Transok, Inc.", "Tejas Gas, L.L.C."
A["us-fcc-enogex-transok-tejas-gas-unauthorized-transfer-of-control-consent-decree-2001"] = dict(
    entities=[E("Organization", EB, "Bureau"), E("Organization", FCC, "FCC", "Commission"), E("Company", EN, "Enogex"),
              E("Company", TK, "Transok"), E("Company", TKI), E("Company", TJ, "Tejas")],
    roles=[],
    relations=[L(EB, PO, FCC), L(TKI, PO, TJ), L(TK, PO, TJ), L(TK, AQ, TKI), L(EN, AQ, TK), L(TK, PO, EN)],
    outages=[],
    dates=[D("1998", "1998"), D("July 1, 1999", "1999-07-01")])

# published null. FCC Enforcement Bureau consent decree with Wisconsin Energy Corporation over radio licences whose
# control it acquired through mergers and reorganisations without prior Commission consent.
# Entities: Enforcement Bureau ("Bureau"), Federal Communications Commission ("Commission"), the Bureau's Investigations
# & Hearings Division: Organizations. Wisconsin Energy Corporation ("WEC"), Wisconsin Electric Power Company ("WEPCO"),
# Wisconsin Gas Company ("WGC"), Edison Sault Electric Company ("ESELCO"), Wisconsin Natural Gas Company ("WNG"):
# Companies. "Milwaukee- based" -> Milwaukee (train Xcel decree: "Minneapolis-based" -> Minneapolis); Wisconsin,
# Michigan and Upper Peninsula ("Michigan's Upper Peninsula": the state and the named region as two Locations;
# doubtful: "Upper Peninsula" left out, or one Location). The non-utility businesses are unnamed.
# Relations: parentOrganization(Enforcement Bureau, FCC) ("the Enforcement Bureau of the Federal Communications
# Commission"); parentOrganization(Investigations & Hearings Division, Enforcement Bureau) ("the Enforcement Bureau's
# Investigations & Hearings Division"; train: the SEC's Division of Enforcement -> SEC from "the SEC's Division of
# Enforcement"). "its utility subsidiaries - WEPCO, WGC and ESELCO" -> parentOrganization(each, WEC). "Through 1986, WNG
# and WEC were wholly-owned subsidiaries of WEPCO" -> parentOrganization(WNG, WEPCO) and parentOrganization(WEC, WEPCO):
# past ownership is recorded (GUIDELINES 2: relations carry no time), though the text now makes WEPCO WEC's subsidiary
# (so the pair runs both ways). "acquired control of radio facilities through a succession of mergers" names no
# company: nothing.
# Dates: published null, absolute only: "December 31, 1999" (end of the fiscal year), "March 2000", "June 9, 2000",
# "July 11, 2000", "November 7, 2000", "1986" ("Through 1986").
WEC, WEP, WGC, ESE, WNG = ("Wisconsin Energy Corporation", "Wisconsin Electric Power Company", "Wisconsin Gas Company",
                           "Edison Sault Electric Company", "Wisconsin Natural Gas Company")
IH = "Investigations & Hearings Division"
A["us-fcc-wisconsin-energy-wepco-wisconsin-natural-gas-unauthorized-transfer-of-control-consent-decree-2000"] = dict(
    entities=[E("Organization", EB, "Bureau"), E("Organization", FCC, "Commission"), E("Company", WEC, "WEC"),
              E("Location", "Milwaukee"), E("Location", "Wisconsin"), E("Location", "Michigan"),
              E("Location", "Upper Peninsula"), E("Company", WEP, "WEPCO"), E("Company", WGC, "WGC"),
              E("Company", ESE, "ESELCO"), E("Organization", IH), E("Company", WNG, "WNG")],
    roles=[],
    relations=[L(EB, PO, FCC), L(IH, PO, EB), L(WEP, PO, WEC), L(WGC, PO, WEC), L(ESE, PO, WEC), L(WNG, PO, WEP),
               L(WEC, PO, WEP)],
    outages=[],
    dates=[D("December 31, 1999", "1999-12-31"), D("March 2000", "2000-03"), D("June 9, 2000", "2000-06-09"),
           D("July 11, 2000", "2000-07-11"), D("November 7, 2000", "2000-11-07"), D("1986", "1986")])

# published 2008-08-22. SEC press release: the Division of Enforcement's preliminary settlement in principle with
# Merrill Lynch, Pierce, Fenner & Smith over auction rate securities.
# Entities: Securities and Exchange Commission (alias "Commission", "the Commission" in "approval by the Commission";
# train SEC files, agree45): Organization. Division of Enforcement: Organization. Merrill Lynch, Pierce, Fenner & Smith,
# Inc. ("Merrill Lynch"): Company. Auction rate securities ("ARS") and the ARS market are no entities.
# Relations: "The Securities and Exchange Commission's Division of Enforcement" -> parentOrganization(Division of
# Enforcement, SEC) (train: Broadcom, Take-Two, Marvell and others). No relation with customers (unnamed).
# Roles: none (nobody is named).
# Dates: "today" -> 2008-08-22; "February 2008". "the weeks and months preceding the collapse" is not dated.
SEC, ML = "Securities and Exchange Commission", "Merrill Lynch, Pierce, Fenner & Smith, Inc."
A["us-sec-merrill-lynch-auction-rate-securities-preliminary-settlement-2008"] = dict(
    entities=[E("Organization", SEC, "Commission"), E("Organization", "Division of Enforcement"),
              E("Company", ML, "Merrill Lynch")],
    roles=[],
    relations=[L("Division of Enforcement", PO, SEC)],
    outages=[],
    dates=[D("today", "2008-08-22"), D("February 2008", "2008-02")])

if __name__ == "__main__":
    print(write(A, "/tmp/agree49-tmp", sys.argv[1] if len(sys.argv) > 1 else HERE), "written")
