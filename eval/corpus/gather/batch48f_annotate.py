#!/usr/bin/env python3
"""Batch 48f gold annotations (the texts of batch48f.py: the Antitrust Division's Federal Register notice on the
settlement of the suit against Gannett Co., Inc.'s proposed acquisition of Belo Corp., the sale of KMOV-TV to Sander
Media LLC and Sander's operation of the station, 30 December 2013; the Division's notice on the settlement of the suit
against the commercial agreements among Verizon Communications Inc., Cellco Partnership d/b/a Verizon Wireless and four
cable companies, 23 August 2012), written from the texts alone; newskg was not run on them. The split follows the fixed
rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against
`published`.
Conventions (batches 41c, 42w, 43c, 43l, 43o, 46i, 47w, 47z and 48b for the Division's notices; GUIDELINES section 2):
"X's proposed acquisition of Y" settled on a proposed Final Judgment awaiting the court -> agreed: `acquired` only
(42w, 43j, 43m, 47l, 47z, 48b); a sale the judgment orders undone by a divestiture of the same asset -> nothing
(**doubtful**, see Gannett); proposed commercial agreements settled with modifications -> agreed contracts: `partner`
from the party the text sets against 'each of the cable companies' (**doubtful**, see Verizon; 43c's network rental
agreement); television stations -> Company (batches 12, 16i, 32e, 46i's KCAL-TV); 'the Department of Justice,
Antitrust Division, Antitrust Documents Group' -> the Group under the Division, the Division under the Department
(43o, 47w, 47z, 48b); 'the U.S. Department of Justice, Antitrust Division's' -> the same Department ('U.S.
Department of Justice' its alias, as 40zk and 43m) and the same Division; the United States as plaintiff -> Location,
without the case name's 'United States of America' as an alias (43h, 43j, 43m, 47l, 47z, 48b); the address
'Washington, DC' -> Location; 'd/b/a' (doing business as) -> the trade name an alias of the company; defined short
forms ('Gannett', 'Belo', 'Sander', 'Verizon Communications') -> aliases; laws, court papers, the Federal Register,
the website, the Office of the Clerk, street addresses, telephone numbers and case numbers not annotated; 'the
Complaint', 'the Court', 'the cable companies', 'the commercial agreements' are generic phrases.
usage: batch48f_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather49f/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ, DDC
from batch42w_annotate import ADG, ADG_ATR

A = {}
US = E("Location", "United States")

# ---- Gannett / Belo / Sander Media / KMOV-TV, Federal Register notice, published 2013-12-30 (a Monday) --------------
GCI = "Gannett Co., Inc."
BELO = "Belo Corp."
SAN = "Sander Media LLC"
KMOV = "KMOV-TV"
A["us-doj-federal-register-gannett-belo-sander-media-kmov-tv-proposed-final-judgment-2013"] = dict(
 # Organizations: the United States District Court for the District of Columbia (twice, the second inside 'the
 # Office of the Clerk of ...'), the Department of Justice ('the Department of Justice, Antitrust Division, Antitrust
 # Documents Group', "the Department of Justice's Web site", 'Department of Justice regulations', and 'the U.S.
 # Department of Justice, Antitrust Division's internet Web site': 'U.S. Department of Justice' an alias, as 40zk and
 # 43m), the Antitrust Division (three times, "Antitrust Division's" once), the Antitrust Documents Group. Companies:
 # Gannett Co., Inc. (the case name and the judgment; "Gannett's" and 'between Sander and Gannett': 'Gannett' an
 # alias), Belo Corp. (the case name and the judgment; 'acquisition of Belo': an alias), Sander Media LLC (the case
 # name and the judgment; 'to Sander', "Sander's", 'between Sander and': 'Sander' an alias), KMOV-TV (a television
 # station -> Company, as 46i's KCAL-TV; three times). Locations: the United States (plaintiff: 'United States of
 # America v.' in the case name, 'the United States filed'), St. Louis ('KMOV-TV in St. Louis'), Washington, DC (the
 # address). No person (the section chief's name is past the cut). Not annotated: the Antitrust Procedures and
 # Penalties Act, the Clayton Act and the Sherman Act (laws), the proposed Final Judgment, the Stipulation, the
 # Competitive Impact Statement and the Complaint (court papers), 'Civil Action No. 1:13-cv-01984', 'various
 # agreements' (unnamed), the street address '450 Fifth Street NW., Suite 1010', the telephone number, the website
 # 'http://justice.gov/atr' and 'internet Web site', the Office of the Clerk, the Federal Register (a publication),
 # 'the Court' (generic), 'the submitter' (unnamed), 'Department of Justice regulations' (rules, the Department
 # counted once)
 entities=[E("Organization", DDC), US, E("Company", GCI, "Gannett"), E("Company", BELO, "Belo"),
           E("Company", SAN, "Sander"), E("Company", KMOV)] + locs("St. Louis")
          + [E("Organization", DOJ, "U.S. Department of Justice"), E("Organization", ATR), E("Organization", ADG),
             E("Location", "Washington, DC")],
 # No named person in the kept text
 roles=[],
 # "Gannett's proposed acquisition of Belo", settled on a proposed Final Judgment awaiting the court -> agreed:
 # acquired(Gannett Co., Inc., Belo Corp.) only (47l, 47z, 48b; the text does not say the deal closed). 'the sale of
 # KMOV-TV in St. Louis to Sander' -> nothing (**doubtful**: a reader may take it as an agreed acquisition,
 # acquired(Sander Media LLC, KMOV-TV), on the same footing as the Belo deal; but the judgment 'requires Gannett Co.,
 # Inc., Belo Corp., and Sander Media LLC to divest KMOV-TV', so the sale as proposed is the part the settlement
 # undoes, and the text names no seller). "Sander's operation of KMOV-TV subject to various agreements between
 # Sander and Gannett" -> challenged agreements the divestiture takes the station out of, unnamed -> no partner
 # (**near-miss**; a reader may set partner(Sander Media LLC, Gannett Co., Inc.)). No parentOrganization(KMOV-TV,
 # Belo Corp.): the text never says whose station KMOV-TV is (**near-miss**). The ordered divestiture of KMOV-TV names
 # no buyer -> nothing (**near-miss**). 'the Department of Justice, Antitrust Division, Antitrust Documents Group' ->
 # the Group under the Division, the Division under the Department (and 'the U.S. Department of Justice, Antitrust
 # Division's' says the same)
 relations=[L(GCI, "acquired", BELO), ADG_ATR, ATR_DOJ],
 outages=[],
 # 'December 16, 2013' -> 2013-12-16 (the Complaint filed; a Monday). Not dates: 'within 60 days of the date of this
 # notice' (a span from the notice's date, no surface date), '16(b)-(h)', '1:13-cv-01984', 'Section 7', 'Section 1',
 # '15 U.S.C. 18', '15 U.S.C. 1' (law and case references), '20530' (a ZIP code), '202-514-2481', 'Suite 1010'
 dates=[D("December 16, 2013", "2013-12-16")])

# ---- Verizon / cable companies, Federal Register notice, published 2012-08-23 (a Thursday) ----------------------------
VZ = "Verizon Communications Inc."
CELLCO = "Cellco Partnership"
CMCSA = "Comcast Corporation"
TWC = "Time Warner Cable Inc."
COX = "Cox Communications, Inc."
BHN = "Bright House Networks, LLC"
A["us-doj-federal-register-verizon-cable-companies-commercial-agreements-proposed-final-judgment-2012"] = dict(
 # Organizations: the United States District Court for the District of Columbia (twice, the second inside 'the
 # Office of the Clerk of ...'), the Department of Justice (the address, "the Department of Justice's Web site",
 # 'Department of Justice regulations'), the Antitrust Division (twice), the Antitrust Documents Group. Companies:
 # Verizon Communications Inc. (the case name and the agreements; 'Verizon Communications' in the last sentence: an
 # alias), Cellco Partnership ('Cellco Partnership d/b/a Verizon Wireless': 'Verizon Wireless' the name it does
 # business as, an alias), Comcast Corporation, Time Warner Cable Inc., Cox Communications, Inc., Bright House
 # Networks, LLC (each once, in the list of parties). Locations: the United States (plaintiff: 'United States of
 # America et al. v.' in the case name, 'the United States filed'), Washington, DC (the address). No person. Not
 # annotated: 'et al.' (the other plaintiffs, unnamed in the kept text), the Antitrust Procedures and Penalties Act and
 # the Sherman Act (laws), the proposed Final Judgment, the Stipulation, the Competitive Impact Statement and the
 # Complaint (court papers), 'Civil Action No. 1:12-cv-01354', 'the commercial agreements' (unnamed), 'the cable
 # companies' (generic: the four named), the street address, the telephone number, the website, the Office of the
 # Clerk
 entities=[E("Organization", DDC), US, E("Company", VZ, "Verizon Communications"),
           E("Company", CELLCO, "Verizon Wireless"), E("Company", CMCSA), E("Company", TWC), E("Company", COX),
           E("Company", BHN), E("Organization", DOJ), E("Organization", ATR), E("Organization", ADG),
           E("Location", "Washington, DC")],
 # No named person in the kept text
 roles=[],
 # 'the proposed commercial agreements among Verizon Communications Inc., Cellco Partnership d/b/a Verizon Wireless,
 # Comcast Corporation, Time Warner Cable Inc., Cox Communications, Inc., and Bright House Networks, LLC', settled on
 # a proposed Final Judgment that 'requires modifications to the commercial agreements' 'to preserve the incentive and
 # ability for Verizon Communications to compete aggressively with each of the cable companies' -> agreed contracts
 # between Verizon and the cable companies, kept in modified form: partner(Verizon Communications Inc., each of the
 # four cable companies), direction as the text sets Verizon against 'each of the cable companies' (**doubtful**, on
 # three counts: (1) the Complaint alleges the agreements would violate the Sherman Act, and a reader may hold a
 # challenged agreement to be no relation, as an abandoned deal; the acquisitions settled the same way are annotated
 # as agreed (48b), so the agreements are too; (2) 'among' six parties names no pairs: the pairs come from the last
 # sentence, Verizon on one side and the cable companies on the other; (3) Cellco Partnership d/b/a Verizon Wireless
 # is a party too, and a reader may pair it, not or beside Verizon Communications Inc., with the cable companies --
 # left out here, the text setting only 'Verizon Communications' against them). No parentOrganization(Cellco
 # Partnership, Verizon Communications Inc.): the text does not say Cellco is Verizon's (**near-miss**; the shared
 # name 'Verizon Wireless' is a hint, not a statement). 'to compete aggressively with each of the cable companies' ->
 # rivals, no relation (**near-miss**). 'the Department of Justice, Antitrust Division, Antitrust Documents Group' ->
 # the Group under the Division, the Division under the Department
 relations=[L(VZ, "partner", CMCSA), L(VZ, "partner", TWC), L(VZ, "partner", COX), L(VZ, "partner", BHN),
            ADG_ATR, ATR_DOJ],
 outages=[],
 # 'August 16, 2012' -> 2012-08-16 (the Complaint filed; a Thursday). Not dates: 'within 60 days of the date of this
 # notice' (a span from the notice's date), '16(b)-(h)', '1:12-cv-01354', 'Section 1', '15 U.S.C. 1' (law and case
 # references), '20530', '202-514-2481', 'Suite 1010'
 dates=[D("August 16, 2012", "2012-08-16")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
