#!/usr/bin/env python3
"""Batch 22b gold annotations (the 12 texts of batch22b.py), written from each text alone before newskg was run on
any of them; the split is the batch's own cycle (test, train, dev, train) over its sorted ids (batch10_annotate.
write_parts). Wikipedia texts have `published` null: only absolute dates (GUIDELINES.md, Dates and Outages: a day
and month without a year give no date item and no outage date, even where the article is about one year; the
submarine-cable and Hengchun items were mended so after the batch-22 second annotation).
Part 2 (A2, with --part2, pool from batch22b.py --part2): its own cycle over its two sorted ids.
usage: batch22b_annotate.py POOL_DIR eval/corpus [--part2]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
FCC = "Federal Communications Commission"
EB = L("Enforcement Bureau", "parentOrganization", FCC)

# ---- outages ---------------------------------------------------------------------------------------------------------
A["wp-2019-baltimore-ransomware-attack"] = dict(
 # the city's own servers failed: provider is the city (the text names it only as the place, as the one earlier gold
 # with a Location provider); RobbinHood is malware (not annotated, as batch 21b); mayors get no role (a city is a
 # Location, and GUIDELINES give roles to heads of state/government and ministers only)
 entities=[E("Location", "Baltimore"), E("Location", "Maryland"), E("Location", "U.S.", "US"),
           E("Location", "Greenville"), E("Location", "North Carolina"), E("Location", "Atlanta"),
           E("Person", "Catherine Pugh"), E("Person", "Jack Young")],
 roles=[],
 relations=[],
 # two attacks told apart: May 2019 (servers taken offline) and 2018 ('took down the city's emergency dispatch
 # system for a short duration'); 'May 2' has no year in its phrase (published null) and is left out
 outages=[O("Baltimore", "2019-05-07", [], loc="Baltimore", cause="ransomware"),
          O("Baltimore", "2018", [], loc="Baltimore", cause="ransomware")],
 dates=[D("May 2019", "2019-05"), D("2018", "2018"), D("May 7, 2019", "2019-05-07")])

SMW4 = "SEA-ME-WE 4"
A["wp-2008-submarine-cable-disruption"] = dict(
 # cable systems are networks users' traffic runs on → Service; 'FLAG Telecom cables' names the company, and
 # 'SEA-ME-WE 4 or FLAG' / 'either cable operator' refer back to its cable system → alias of FLAG Telecom (the
 # December list's 'FLAG FEA' is kept as its own cable: the text does not say it is the same system)
 entities=[E("Location", "Mediterranean Sea"), E("Location", "Middle East"), E("Location", "India"),
           E("Location", "Singapore"), E("Location", "Jakarta"), E("Service", "FLAG FEA"), E("Service", "GO-1"),
           E("Service", "SEA-ME-WE 3"), E("Service", SMW4), E("Service", "FALCON"), E("Location", "Persian Gulf"),
           E("Location", "Indian subcontinent"), E("Company", "FLAG Telecom", "FLAG"), E("Location", "Alexandria")],
 roles=[],
 relations=[],
 # published null: only absolute dates ('January 23' in 'from January 23 to February 4, 2008' has its year; '23
 # January', 'late February' and 'December 19' have none → no date item and no outage date, GUIDELINES.md Dates and
 # Outages; first annotated in 2008 as the article's year, mended after the batch-22 second annotation). Outages told
 # apart: FALCON cut (23 January; operator not named), the two systems damaged 'separately' near Alexandria on 30
 # January 2008 (FLAG Telecom's; SEA-ME-WE 4's, a consortium the text does not name), the late-February
 # Singapore-Jakarta connection, and the four cables cut on December 19
 outages=[O(None, None, ["FALCON"], cause="cable cut"),
          O("FLAG Telecom", "2008-01-30", [], loc="Alexandria", cause="damage to submarine cable"),
          O(None, "2008-01-30", [SMW4], loc="Alexandria", cause="damage to submarine cable"),
          O(None, None, []),
          O(None, None, ["FLAG FEA", "GO-1", "SEA-ME-WE 3", SMW4], cause="cables cut")],
 dates=[D("2008", "2008"), D("January 23", "2008-01-23"), D("February 4, 2008", "2008-02-04"),
        D("30 January 2008", "2008-01-30")])

HT = "The Hinton Telephone Company of Hinton, Oklahoma, Inc."
A["us-fcc-hinton-telephone-911-calls-notice-apparent-liability-2014"] = dict(
 entities=[E("Service", "911"), E("Company", HT, "Hinton"), E("Location", "Caddo County"),
           E("Location", "Oklahoma"), E("Company", "AT&T"), E("Organization", "FCC", "Commission")],
 roles=[],
 relations=[],
 # 'for several months in 2013 it apparently routed 911 calls ... to an automated AT&T operator message': Hinton's
 # 911 service failed for its Caddo County customers (no start day; 'three months' is the time after discovery only)
 outages=[O(HT, "2013", ["911"], loc="Caddo County", cause="911 calls routed to an automated message")],
 dates=[D("2013", "2013")])

A["us-fcc-time-warner-cable-network-outage-reporting-order-2014"] = dict(
 entities=[E("Organization", "Enforcement Bureau", "Bureau"), E("Organization", FCC, "Commission"),
           E("Company", "Time Warner Cable, Inc.", "TWC")],
 roles=[],
 relations=[EB],
 # near-miss: 'a series of reportable ... network outages' is a class, not an outage told (no day, place or
 # service); the order is about reports not filed
 outages=[],
 dates=[])

A["us-fcc-level-3-network-outage-reporting-consent-decree-order-2012"] = dict(
 entities=[E("Organization", "Enforcement Bureau", "Bureau"), E("Organization", FCC),
           E("Company", "Level 3 Communications, LLC", "Level 3")],
 roles=[],
 relations=[EB],
 outages=[],  # near-miss: outage reporting rules only
 dates=[])

# ---- deals and structure -------------------------------------------------------------------------------------------
BE = "Beats Electronics, LLC"
A["wp-beats-electronics"] = dict(
 entities=[E("Company", BE, "Beats"), E("Location", "Culver City"), E("Location", "California"),
           E("Person", "Dr. Dre"), E("Company", "Interscope Records"), E("Company", "Interscope Geffen A&M"),
           E("Person", "Jimmy Iovine", "Iovine"), E("Company", "Apple Inc.", "Apple"),
           E("Company", "Monster Cable Products"), E("Service", "Beats Music"), E("Company", "NPD Group"),
           E("Location", "U.S."), E("Company", "HTC"), E("Company", "Carlyle Group")],
 # 'founded in 2006 by ... Dr. Dre and ... Jimmy Iovine' → founder (as batch 21b's Comair founders);
 # 'the co-founder of Interscope Records' → cofounder; 'former CEO of Interscope Geffen A&M' → ceo, former
 roles=[R("Dr. Dre", "founder", BE), R("Jimmy Iovine", "founder", BE), R("Jimmy Iovine", "cofounder",
        "Interscope Records"), R("Jimmy Iovine", "ceo", "Interscope Geffen A&M", False)],
 # 'Beats was acquired by Apple Inc. in 2014' (completed) → acquired + parentOrganization; 'majority-owned by ...
 # HTC' for a period (past ownership is recorded); the Carlyle Group's minority stake → nothing; 'manufactured in
 # partnership with ... Monster Cable Products' → partner; its streaming service → provider
 relations=[L("Apple Inc.", "acquired", BE), L(BE, "parentOrganization", "Apple Inc."),
            L(BE, "parentOrganization", "HTC"), L(BE, "partner", "Monster Cable Products"),
            L("Beats Music", "provider", BE)],
 outages=[],
 dates=[D("2006", "2006"), D("2014", "2014"), D("2011", "2011"), D("September 2013", "2013-09"),
        D("2012", "2012"), D("2013", "2013"), D("late 2013", "2013"), D("May 2014", "2014-05")])

MM = "Motorola Mobility"
A["wp-motorola-mobility"] = dict(
 # 'Motorola' is the company split in 2011; 'Motorola's patents' in the last sentence is left unannotated as an
 # alias (it may mean Motorola Mobility's); 'ATAP, its team-based division' → Company unit; platforms → Service
 entities=[E("Company", MM), E("Company", "Motorola"), E("Company", "Google"), E("Company", "Lenovo"),
           E("Location", "Chicago"), E("Location", "Illinois"), E("Company", "Motorola Solutions"),
           E("Service", "Android"), E("Company", "Arris Group"), E("Service", "Android Wear"),
           E("Service", "Project Ara", "Ara"), E("Company", "ATAP")],
 roles=[],
 # Google 'acquired Motorola Mobility ... The deal closed in May 2012' and Lenovo's purchase 'was completed' →
 # acquired + parentOrganization for both (past ownership recorded); the cable-modem business sold to Arris Group
 # is an unnamed business (nothing); the split from Motorola is a spin-off (nothing)
 relations=[L("Google", "acquired", MM), L(MM, "parentOrganization", "Google"), L("Lenovo", "acquired", MM),
            L(MM, "parentOrganization", "Lenovo"), L("Android", "provider", "Google"),
            L("Project Ara", "provider", MM), L("ATAP", "parentOrganization", MM)],
 outages=[],
 dates=[D("2011", "2011"), D("August 2011", "2011-08"), D("May 2012", "2012-05"), D("January 2014", "2014-01"),
        D("October 30, 2014", "2014-10-30")])

MJ = "Mojang AB"
A["wp-mojang"] = dict(
 entities=[E("Company", MJ, "Mojang", "Mojang Specifications"), E("Person", "Markus Persson"),
           E("Service", "Minecraft"), E("Service", "Scrolls"), E("Location", "Stockholm"), E("Company", "Microsoft")],
 roles=[R("Markus Persson", "founder", MJ)],
 relations=[L("Microsoft", "acquired", MJ), L(MJ, "parentOrganization", "Microsoft"),
            L("Minecraft", "provider", MJ), L("Scrolls", "provider", MJ)],
 outages=[],
 dates=[D("May 2009", "2009-05"), D("September 15, 2014", "2014-09-15"), D("November 9, 2014", "2014-11-09")])

LLA = "Liberty Latin America Ltd."
DOJ = "Department of Justice"
A["us-doj-liberty-latin-america-att-puerto-rico-divestiture-2020"] = dict(
 entities=[E("Organization", DOJ, "Justice Department"), E("Company", LLA, "Liberty"),
           E("Company", "Liberty Communications of Puerto Rico LLC", "LCPR"), E("Company", "AT&T Inc.", "AT&T"),
           E("Location", "Puerto Rico"), E("Location", "U.S. Virgin Islands"),
           E("Company", "WorldNet Telecommunications, Inc.", "WorldNet"), E("Organization", "Antitrust Division"),
           E("Organization", "U.S. District Court for the District of Columbia"), E("Person", "Makan Delrahim")],
 # 'Assistant Attorney General Makan Delrahim of the Justice Department's Antitrust Division' → head (as 21c)
 roles=[R("Makan Delrahim", "head", "Antitrust Division")],
 # 'its subsidiary, Liberty Communications of Puerto Rico LLC' → parentOrganization; the deal is a purchase of
 # 'AT&T's wireline and wireless telecommunications operations in Puerto Rico and the U.S. Virgin Islands' (a
 # business, not a named company: nothing), WorldNet buys divested assets (nothing)
 relations=[L("Liberty Communications of Puerto Rico LLC", "parentOrganization", LLA),
            L("Antitrust Division", "parentOrganization", DOJ)],
 outages=[],
 dates=[D("today", "2020-10-23")])

TD = "Telefónica Deutschland"
A["ec-telefonica-deutschland-e-plus-commitments-statement-of-objections-2019"] = dict(
 entities=[E("Organization", "European Commission", "Commission"), E("Company", TD), E("Company", "E-Plus")],
 roles=[],
 # 'its acquisition of E-Plus in 2014', cleared on commitments (completed) → acquired + parentOrganization
 relations=[L(TD, "acquired", "E-Plus"), L("E-Plus", "parentOrganization", TD)],
 outages=[],
 dates=[D("2014", "2014")])

# ---- leadership ------------------------------------------------------------------------------------------------------
CMA = "Competition and Markets Authority"
A["uk-gov-doug-gurr-interim-chair-competition-and-markets-authority-2025"] = dict(
 entities=[E("Person", "Doug Gurr", "Doug"), E("Organization", CMA, "CMA"), E("Location", "UK"),
           E("Organization", "Natural History Museum"), E("Company", "Amazon UK"), E("Company", "Amazon China"),
           E("Organization", "Department for Business and Trade"), E("Person", "Jonathan Reynolds"),
           E("Person", "Marcus Bokkerink"), E("Person", "Sarah Cardell")],
 # 'appointed as interim Chair' → chairman (current); 'currently the Director of the Natural History Museum' (its
 # head) → head; 'the former Country Manager of Amazon UK and President of Amazon China' → executive ('manager') and
 # president, former; 'Secretary of State for Business and Trade' with the UK named → minister of the UK;
 # Bokkerink's 'leadership of the Board since 2022', thanked as the interim chair takes over → chairman, former;
 # 'CEO Sarah Cardell' → ceo
 roles=[R("Doug Gurr", "chairman", CMA), R("Doug Gurr", "head", "Natural History Museum"),
        R("Doug Gurr", "executive", "Amazon UK", False), R("Doug Gurr", "president", "Amazon China", False),
        R("Jonathan Reynolds", "minister", "UK"), R("Marcus Bokkerink", "chairman", CMA, False),
        R("Sarah Cardell", "ceo", CMA)],
 relations=[],
 outages=[],
 dates=[D("yesterday", "2025-01-21"), D("21st January 2025", "2025-01-21"), D("2022", "2022")])

A["hansard-lords-post-office-ltd-chairman-henry-staunton-steps-down-2024"] = dict(
 # the Post Office, 'a public corporation' with a board and a company's strategic direction → Company
 entities=[E("Organization", "House of Commons"), E("Person", "Henry Staunton"), E("Company", "Post Office")],
 # 'Henry Staunton agreed to step down as chairman of the Post Office' → chairman, not current
 roles=[R("Henry Staunton", "chairman", "Post Office", False)],
 relations=[],
 outages=[],
 # 'Monday 29 January' before the Lords sitting of 30 January 2024; 'over the weekend' is not one day
 dates=[D("Monday 29 January", "2024-01-29")])

IDS = sorted(A)

# ==== Part 2 (its own split cycle over its two sorted ids; annotated before newskg ran on either) =====================
A2 = {}
UHS = "United Health Services"
A2["us-senate-warner-letter-united-health-services-ransomware-attack-2020"] = dict(
 # the dateline 'WASHINGTON' is a place; 'Vice Chairman of the Senate Intelligence Committee' is a legislator's
 # committee post (no role, as batch 21c); 'Chairman and Chief Executive Officer Alan B. Miller' of UHS → both posts
 entities=[E("Location", "WASHINGTON"), E("Person", "Mark R. Warner", "Warner"),
           E("Organization", "Senate Intelligence Committee"), E("Company", UHS, "UHS"),
           E("Person", "Alan B. Miller"), E("Location", "U.S."), E("Location", "Virginia")],
 roles=[R("Alan B. Miller", "chairman", UHS), R("Alan B. Miller", "ceo", UHS)],
 relations=[],
 # near-miss: 'fell victim to an apparent ransomware attack' tells no service lost; 'can cripple systems' is a
 # hypothesis (doubtful: a reader may infer systems were down; kept to what the text states, as batch 17e's
 # Medicare-contractor ransomware text)
 outages=[],
 dates=[D("today", "2020-10-09")])
A2["wp-2006-hengchun-earthquakes"] = dict(
 entities=[E("Location", "Taiwan"), E("Location", "Luzon Strait"), E("Location", "South China Sea"),
           E("Location", "Philippine Sea"), E("Organization", "International Seismological Centre"),
           E("Location", "Asia")],
 roles=[],
 relations=[],
 # 'several submarine communications cables were cut, disrupting telecommunication services in various parts of
 # Asia' → one outage, no operator named; published null: 'December 26' has no year in its phrase and the shock
 # times '20:26' and '20:34' no day → no date items and no outage date (GUIDELINES.md Dates and Outages; first
 # annotated 2006-12-26 from the article's year, mended after the batch-22 second annotation); no start
 outages=[O(None, None, [], loc="Asia", cause="earthquakes cut submarine cables")],
 dates=[D("2006", "2006")])
IDS2 = sorted(A2)

if __name__ == "__main__":
    two = "--part2" in sys.argv
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS2, A2) if two else (IDS, A))
