#!/usr/bin/env python3
"""Second annotation (agree54) of the 6 articles whose stripped copies pick.py wrote to /tmp/agree54-tmp, made from
their text with GUIDELINES.md and GOLD_FORMAT.md; open points were settled from train gold of other ids (listed in this
folder's README) and the conventions of earlier second annotations.
Writes the gold files into the folder given as the first argument (default: this script's folder), through the checks
of eval/corpus/second_sample.write.
usage: annotate.py [OUT_DIR]"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from second_sample import D, E, L, R, write
A = {}
PO, AQ, PV, PA = "parentOrganization", "acquired", "provider", "partner"

# published 2001-01-23. Justice Department (Antitrust Division) release: three Ueno Fine Chemicals executives and a
# Daicel executive indicted in San Francisco for the sorbates price-fixing conspiracy; Ueno agrees to plead guilty and
# pay an $11 million fine.
# Entities: "WASHINGTON, D.C." (dateline): one Location, as 30 of 32 train DOJ releases with that dateline write it.
# Ueno Fine Chemicals Industry Ltd. ("Ueno"), Daicel Chemical Industries Ltd. ("Daicel"): Companies. Department of
# Justice: Organization. United States with "U.S." ("U.S. commerce"): one Location, "U.S." its alias (template agree53).
# "U.S. District Court" in San Francisco: Organization with the city a Location (train DOJ practice). The four
# executives: Persons. "Ueno's Chemical Division" and "Daicel's Organic Chemicals Division": named units, Companies
# linked to their parent (train: Consumer Products Division of Foremost Farms, Defense Systems and Electronics Unit
# of Texas Instruments, IBM's PC Division). "the Sales Department" inside the Chemical Division is a functional
# department, left out (doubtful). "Board of Directors", "Japanese": no entity.
# Roles: Komatsu "a member of Ueno's Board of Directors" -> director at Ueno (train gives board members director).
# Katsuyama "general manager of the Sales Department in Ueno's Chemical Division" and Shinoda "a sales manager in
# Ueno's Chemical Division" -> executive ("manager" -> executive, GUIDELINES 2) at the Chemical Division, the unit
# their post names (as agree53 put Caleca at the Industrial Hose Business Unit). Hayashi, "a salesman in Daicel's
# Organic Chemicals Division" whom the release calls "an executive from ... Daicel": executive at that Division
# (doubtful twice: the text's "executive" label is the only senior title, and the company is the alternative org).
# All current.
# Relations: the two Divisions under their companies. No partner: a cartel is no partnership.
# Dates: "today" -> 2001-01-23; "1979"; "1996" ("from 1979 to 1996"). "17-year", "annually": no calendar value.
UE, DA = "Ueno Fine Chemicals Industry Ltd.", "Daicel Chemical Industries Ltd."
CD, OCD = "Chemical Division", "Organic Chemicals Division"
A["us-doj-atr-ueno-fine-chemicals-board-member-sales-managers-daicel-salesman-sorbates-indictment-2001"] = dict(
    entities=[E("Location", "WASHINGTON, D.C."), E("Company", UE, "Ueno"), E("Company", DA, "Daicel"),
              E("Organization", "Department of Justice"), E("Location", "United States", "U.S."),
              E("Organization", "U.S. District Court"), E("Location", "San Francisco"), E("Person", "Yuji Komatsu"),
              E("Person", "Yoshihiko Katsuyama"), E("Company", CD), E("Person", "Wakao Shinoda"),
              E("Person", "Hitoshi Hayashi"), E("Company", OCD)],
    roles=[R("Yuji Komatsu", "director", UE), R("Yoshihiko Katsuyama", "executive", CD),
           R("Wakao Shinoda", "executive", CD), R("Hitoshi Hayashi", "executive", OCD)],
    relations=[L(CD, PO, UE), L(OCD, PO, DA)],
    outages=[],
    dates=[D("today", "2001-01-23"), D("1979", "1979"), D("1996", "1996")])

# published 2016-07-20. US Attorney (District of Massachusetts) release: Acclarent's former CEO and former Vice
# President of Sales convicted of distributing adulterated and misbranded medical devices (the Stratus spacer).
# Entities: "BOSTON" (dateline): Location (train USAO datelines are annotated). Acclarent, Inc. ("Acclarent"): Company.
# William Facteau ("Facteau"), Patrick Fabian ("Fabian"): Persons. Atherton, "Cal.", Lake Elmo, "Minn.": Locations,
# town and state abbreviation apart, as the train DOJ releases write them (Santa Ana / Calif., West Sayville / N.Y.,
# Ft. Lauderdale / Fla.). Relieva Stratus Microflow Spacer ("Stratus"): Service (a device, GUIDELINES 2).
# U.S. Food and Drug Administration ("FDA"): Organization; the "U.S." inside its name is not annotated apart (train
# CytoDyn, Vulto). The Food, Drug and Cosmetics Act: a law, no entity. "a federal jury": no entity.
# Roles: "The former Chief Executive Officer and Vice President of Sales of Acclarent", then Facteau and Fabian named
# in that order -> ceo (Facteau) and vice-president (Fabian), both current=false ("former").
# Relations: Acclarent "launched the product" and asked the FDA to clear it -> provider(Stratus, Acclarent).
# Dates: none ("six week trial", "one year" are no calendar values; nothing says "today").
RS, AC = "Relieva Stratus Microflow Spacer", "Acclarent, Inc."
A["us-doj-usao-ma-former-acclarent-ceo-vice-president-sales-convicted-misbranded-sinus-device-2016"] = dict(
    entities=[E("Location", "BOSTON"), E("Company", AC, "Acclarent"), E("Person", "William Facteau", "Facteau"),
              E("Location", "Atherton"), E("Location", "Cal."), E("Person", "Patrick Fabian", "Fabian"),
              E("Location", "Lake Elmo"), E("Location", "Minn."), E("Service", RS, "Stratus"),
              E("Organization", "U.S. Food and Drug Administration", "FDA")],
    roles=[R("William Facteau", "ceo", AC, False), R("Patrick Fabian", "vice-president", AC, False)],
    relations=[L(RS, PV, AC)],
    outages=[],
    dates=[])

# published 2002-03-19. FCC news release: the application to assign WUMX(FM), Charlottesville, from Air Virginia to
# Clear Channel Radio Licenses is designated for hearing on competition grounds.
# Entities: "Washington, DC" (dateline): one Location (the train SBC / BellSouth news release writes it so).
# Federal Communications Commission ("FCC"): Organization. WUMX(FM): Company (a station by call sign, as train).
# Charlottesville, Virginia: Locations. Air Virginia, Inc., Clear Channel Radio Licenses, Inc.: Companies.
# Communications Act, Local Radio Ownership NPRM, "FCC 01-329": documents and laws, no entities.
# Roles: none.
# Relations: the application is pending, designated for hearing, neither granted nor dismissed. GUIDELINES 2 gives a
# deal awaiting approval `acquired` only, and the train pleading-cycle public notices (Red River / Gray, Jaguar /
# MetroNet) give acquired(assignee, target) and the target under its present holder -> acquired(Clear Channel Radio
# Licenses, WUMX(FM)) and parentOrganization(WUMX(FM), Air Virginia) (doubtful: a hearing designation is a step toward
# denial; leaving the acquired out, as for a dismissed application, is the alternative).
# Dates: "March 19, 2002"; "Today" -> 2002-03-19 (another text, its own item); "1969"; "November 8, 2001".
WU, AV, CCRL = "WUMX(FM)", "Air Virginia, Inc.", "Clear Channel Radio Licenses, Inc."
A["us-fcc-air-virginia-clear-channel-radio-licenses-wumx-fm-charlottesville-hearing-designation-news-release-2002"] = \
    dict(
    entities=[E("Location", "Washington, DC"), E("Organization", "Federal Communications Commission", "FCC"),
              E("Company", WU), E("Location", "Charlottesville"), E("Location", "Virginia"), E("Company", AV),
              E("Company", CCRL)],
    roles=[],
    relations=[L(CCRL, AQ, WU), L(WU, PO, AV)],
    outages=[],
    dates=[D("March 19, 2002", "2002-03-19"), D("Today", "2002-03-19"), D("1969", "1969"),
           D("November 8, 2001", "2001-11-08")])

# published 2002-03-19. FCC Memorandum Opinion and Order: the applications of Clear Channel Broadcasting Licenses (a
# subsidiary of Clear Channel Communications) to acquire KCGY(FM) from Gowdy FM 95 and KOWB(AM) from Gowdy Family LP,
# both Laramie, Wyoming, are granted under the interim policy.
# Entities: Commission ("By the Commission"): Organization. Powell, Abernathy, Copps, Martin: Persons (surnames as
# written, as the train FCC orders keep "Copps", "Adelstein", "Hyde"). Clear Channel Broadcasting Licenses, Inc.,
# Clear Channel Communications, Inc. ("Clear Channel", the order's defined short form): Companies. KCGY(FM),
# KOWB(AM): Companies. Laramie, Wyoming: Locations ("WY" is only in the title). Gowdy FM 95, Inc., Gowdy Family LP:
# Companies. "MM Docket No. 01-317", "Local Radio Ownership NPRM": no entities.
# Roles: "Chairman Powell" -> chairman at the Commission; "Commissioners Abernathy, Copps and Martin" -> other at the
# Commission (GUIDELINES 2: commissioners -> other; the train FCC orders do the same). All current.
# Relations: "a wholly owned subsidiary of" -> parentOrganization(CCBL, Clear Channel Communications). Grants: the
# train FCC pattern for a granted assignment -> acquired(assignee, station) and parentOrganization(station, assignor)
# (Ketchikan / Denali, Red River / Gray, Trinity / American Public Media). "related entities with common principals":
# no relation between the two sellers (no partnership or ownership stated).
# Dates: "February 14, 2002" (Adopted); "March 19, 2002" (Released).
CCBL, CCC = "Clear Channel Broadcasting Licenses, Inc.", "Clear Channel Communications, Inc."
KC, KO, G95, GF = "KCGY(FM)", "KOWB(AM)", "Gowdy FM 95, Inc.", "Gowdy Family LP"
A["us-fcc-gowdy-fm-95-gowdy-family-clear-channel-broadcasting-licenses-kcgy-kowb-laramie-assignments-order-2002"] = \
    dict(
    entities=[E("Organization", "Commission"), E("Person", "Powell"), E("Person", "Abernathy"), E("Person", "Copps"),
              E("Person", "Martin"), E("Company", CCBL), E("Company", CCC, "Clear Channel"), E("Company", KC),
              E("Location", "Laramie"), E("Location", "Wyoming"), E("Company", G95), E("Company", KO),
              E("Company", GF)],
    roles=[R("Powell", "chairman", "Commission"), R("Abernathy", "other", "Commission"),
           R("Copps", "other", "Commission"), R("Martin", "other", "Commission")],
    relations=[L(CCBL, PO, CCC), L(CCBL, AQ, KC), L(CCBL, AQ, KO), L(KC, PO, G95), L(KO, PO, GF)],
    outages=[],
    dates=[D("February 14, 2002", "2002-02-14"), D("March 19, 2002", "2002-03-19")])

# published 2005-05-09. FCC Audio Division letter: Cross Country's Petition to Deny is denied and the applications to
# assign WKSN(AM) and WHUG(FM), Jamestown, from Vox Allegany, and WQFX-FM, Russell, from Southbridge Radio, to Media
# One Group II are granted.
# Entities: the stations as spelt in the text, spaces included ("WKSN( AM)", "WHUG( FM)", "WQFX- FM", "WKZA( FM)",
# "WWSE( FM)"; the train Cunningham letter keeps "WTTE( TV)"), and WJTN: Companies. Jamestown, Russell, Lakewood,
# New York, Pennsylvania, and the caption's "NY" and "PA": Locations (the caption abbreviations apart, as the train WZNY
# letter keeps "GA" beside "Georgia"; agree53 did the same). Vox Allegany, LLC ("Vox"), Media One Group II, LLC
# ("Media One"), Southbridge Radio Corporation ("Southbridge"), Cross Country Communications, LLC ("Cross"): Companies
# (the defined short forms are written with a leading space inside the quotes; the aliases are the names without it).
# No Commission is named. "Assignment Applications", "Petition to Deny": no entities.
# Roles: none.
# Relations: granted assignments -> acquired(Media One, each station) and parentOrganization(station, its assignor)
# (train FCC pattern, as for the Gowdy order above). "Cross ..., licensee of station WKZA( FM)" ->
# parentOrganization(WKZA( FM), Cross). "Media One is currently the licensee of two stations in Jamestown, WJTN and
# WWSE( FM)" -> parentOrganization of each under Media One.
# Dates: "May 9, 2005"; "July 6, 2004". The file numbers ("20040601BHA") are no dates.
WKS, WHU, WQF, WKZ = "WKSN( AM)", "WHUG( FM)", "WQFX- FM", "WKZA( FM)"
VOX, MO, SB, CR = "Vox Allegany, LLC", "Media One Group II, LLC", "Southbridge Radio Corporation", \
    "Cross Country Communications, LLC"
A["us-fcc-vox-allegany-southbridge-radio-media-one-group-wksn-whug-wqfx-assignments-cross-country-petition-letter-2005"] = \
    dict(
    entities=[E("Company", WKS), E("Location", "Jamestown"), E("Location", "NY"), E("Company", WHU),
              E("Company", WQF), E("Location", "Russell"), E("Location", "PA"), E("Location", "New York"),
              E("Company", VOX, "Vox"), E("Company", MO, "Media One"), E("Location", "Pennsylvania"),
              E("Company", SB, "Southbridge"), E("Company", CR, "Cross"), E("Company", WKZ), E("Location", "Lakewood"),
              E("Company", "WJTN"), E("Company", "WWSE( FM)")],
    roles=[],
    relations=[L(MO, AQ, WKS), L(MO, AQ, WHU), L(MO, AQ, WQF), L(WKS, PO, VOX), L(WHU, PO, VOX), L(WQF, PO, SB),
               L(WKZ, PO, CR), L("WJTN", PO, MO), L("WWSE( FM)", PO, MO)],
    outages=[],
    dates=[D("May 9, 2005", "2005-05-09"), D("July 6, 2004", "2004-07-06")])

# published 2009-08-12. SEC litigation release: Terex charged with accounting fraud and with aiding and abetting
# United Rentals' fraudulent sale-leaseback accounting; Terex settles and pays $8 million.
# Entities: the Commission, written "The Commission" and "SEC" (no full name in the text): Organization named "SEC"
# with "Commission" its alias (the train SEC releases with no full name do so: Natural Health Trends, Sinotech,
# Symbol Technologies). Terex Corporation ("Terex"), United Rentals, Inc. ("URI"): Companies. "Westport, Conn.-based":
# Westport and "Conn." apart (the train SEC releases mostly split a town and its state, 49 pairs with both annotated;
# doubtful: 6 pairs, among them "Irvine, Calif.-based" (Broadcom), are kept whole). Connecticut ("Connecticut-based"):
# Location. U.S. District Court for the District of Connecticut: Organization (the full court name, as train SEC
# releases). "a financing company", "officers of URI and Terex": unnamed, nothing.
# Roles: none (no officer is named).
# Relations: Terex sold the equipment to URI and booked "revenue from its sales to URI", agreed to buy it back and
# guaranteed the financing company; URI guaranteed Terex -> a supplier/customer relation between two named companies:
# partner(Terex, URI), Terex first as the text writes it (train: AIG / Brightpoint, Veritas / AOL for the counterparty
# of a fraudulent transaction).
# Dates: "today" -> 2009-08-12; "2000"; "June 2004" ("from 2000 through June 2004").
TX, URI = "Terex Corporation", "United Rentals, Inc."
A["us-sec-terex-accounting-fraud-aiding-united-rentals-sale-leaseback-litigation-release-2009"] = dict(
    entities=[E("Organization", "SEC", "Commission"), E("Company", TX, "Terex"), E("Location", "Westport"),
              E("Location", "Conn."), E("Company", URI, "URI"), E("Location", "Connecticut"),
              E("Organization", "U.S. District Court for the District of Connecticut")],
    roles=[],
    relations=[L(TX, PA, URI)],
    outages=[],
    dates=[D("today", "2009-08-12"), D("2000", "2000"), D("June 2004", "2004-06")])

if __name__ == "__main__":
    print(write(A, "/tmp/agree54-tmp", sys.argv[1] if len(sys.argv) > 1 else HERE), "written")
