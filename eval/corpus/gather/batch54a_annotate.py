#!/usr/bin/env python3
"""Batch 54a gold annotations (the texts of batch54a.py: the Antitrust Division's release of 13 July 1994 on A. Shapiro
& Sons Inc. of North Adams, Massachusetts, and 'its president, Burton D. Shapiro', pleading guilty to rigging bids on
scrap metal from industrial plants in Massachusetts and Vermont; the Division's release of 12 February 2002 on a
Birmingham, Alabama jury finding Elmore Roy Anderson, 'former president of Bilhar International Establishment', guilty
of rigging bids on USAID-funded construction projects in Egypt, with Bill Harbert International Construction Inc.
(BHIC) and 'its foreign affiliate' Bilhar indicted in 2001; the Division's release of 11 August 2004 on a Kansas City
grand jury indicting APAC-Missouri Inc., 'a wholly owned subsidiary of Ashland Inc.', and 'its vice president, Donald
G. "Donnie" Mantle' for rigging a bid on a Missouri highway project), written from the texts alone; newskg was not run
on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-53zq; GUIDELINES section 2): 'the Antitrust Division of the
Department of Justice' -> parentOrganization(Antitrust Division, Department of Justice) (53t, 53r, 53zh, 53zm, 53zo,
53zq); 'Assistant Attorney General in charge of the Antitrust Division' -> head at the Antitrust Division, current
(53t, 53zh, 53zo, 53zq); 'U.S. District Court in <city>' (with or without 'the') -> Organization 'U.S. District Court'
(51t-53zq); the dateline ('WASHINGTON, D.C.', 'WASHINGTON, D. C.' as written) -> one Location (42z, 53zh-53zq); a city
and its state -> two Locations (53t, 53w, 53zh-53zq); the Federal Bureau of Investigation -> an Organization (53zm,
53zq); a field office of the Division ("the Division's New York Field Office") -> no entity, its city a Location (51z,
52h, 52q, 53zq: a unit); a surname-free short form of a company ('APAC-Missouri', 'Bilhar') and a bracketed acronym
('BHIC', 'USAID') -> alias (53zh, 53zm, 53zo); a person's name with a quoted nickname ('Donald G. "Donnie" Mantle') ->
the name as written (53zh's 'Humberto "Beto" Lopez'); 'president' -> president; 'vice president' -> vice-president;
'former president' -> president, current false (GUIDELINES); 'a wholly owned subsidiary of' -> parentOrganization
(GUIDELINES); 'its foreign affiliate' -> no relation (43o: an affiliate is not stated to be owned; **doubtful**);
'the State of Missouri' -> the Location under its fullest form, 'Missouri' its alias (51u's 'State of Colorado';
**doubtful**: 52d kept 'Texas' beside 'the State of Texas'); a country under its long form ('the Arab Republic of
Egypt') -> that name, the short form ('Egypt') an alias; a region ('the Middle East') -> Location; 'the Department' /
"the Division's" (generic after the full names), 'a federal (grand) jury', 'co-conspirators', 'its co-conspirator'
(unnamed), 'industrial plants' -> nothing; product classes (scrap metal, construction work, a highway project),
charges, laws (the Sherman Act) and treaties (the Camp David Peace Accords) -> nothing; 'today' -> one item 'today'
(53t, 53zh-53zq); a repeated date ('November 16, 1990' twice) -> one item.
usage: batch54a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

DOJ = "Department of Justice"
ATR = "Antitrust Division"
USDC = "U.S. District Court"
FBI = "Federal Bureau of Investigation"
AKB = "Anne K. Bingaman"
ASS = "A. Shapiro & Sons Inc."
BDS = "Burton D. Shapiro"
BIE = "Bilhar International Establishment"
ERA = "Elmore Roy Anderson"
BHIC = "Bill Harbert International Construction Inc."
USAID = "United States Agency for International Development"
APAC = "APAC-Missouri Inc."
DGM = "Donald G. \"Donnie\" Mantle"
ASH = "Ashland Inc."
A = {}

# ---- A. Shapiro & Sons Inc. / president Burton D. Shapiro, published 1994-07-13 (a Wednesday) ------------------------
A["us-doj-atr-a-shapiro-sons-president-burton-shapiro-scrap-metal-bid-rigging-guilty-plea-1994"] = dict(
 # Company: A. Shapiro & Sons Inc. ('A Massachusetts scrap metal company' first; not named again). Organizations:
 # Antitrust Division ('the Antitrust Division of the Department of Justice', 'the Antitrust Division'; "the
 # Division's" generic), Department of Justice ('of the Department of Justice'; 'The Department said' generic after
 # it), U.S. District Court ('filed in U.S. District Court in Springfield, Massachusetts'), Federal Bureau of
 # Investigation (once, no acronym). People: Burton D. Shapiro ('Burton Shapiro': alias; 'its president' first),
 # Anne K. Bingaman (once). Locations: WASHINGTON, D. C. (the dateline as written, a space inside 'D. C.'),
 # Massachusetts ('A Massachusetts scrap metal company', 'in Massachusetts and Vermont', 'a Massachusetts grand jury',
 # 'Springfield, Massachusetts', 'North Adams, Massachusetts'), Vermont, Springfield (the court's city), North Adams
 # (the company's town), New York (from "the Division's New York Field Office": the office a unit, no entity, its city
 # a Location, 52h's Dallas way and 53zq's Atlanta; **doubtful**: a reader may leave 'New York' inside the office's
 # name, as 53zs left 'Denver' inside the SEC's Denver Regional Office, an entity there). Not annotated: 'Shapiro'
 # inside the company's name as a mention of the man (the company's name is its own), the New York Field Office (a
 # unit: near-miss), 'industrial plants' (unnamed), 'the defendants and co-conspirators' (unnamed beyond the two),
 # 'a Massachusetts grand jury' (no name), the Sherman Act (a law)
 entities=[E("Location", "WASHINGTON, D. C."),
           E("Location", "Massachusetts"),
           E("Location", "Vermont"),
           E("Organization", ATR),
           E("Organization", DOJ),
           E("Organization", USDC),
           E("Location", "Springfield"),
           E("Company", ASS),
           E("Location", "North Adams"),
           E("Person", BDS, "Burton Shapiro"),
           E("Person", AKB),
           E("Location", "New York"),
           E("Organization", FBI)],
 # 'A. Shapiro & Sons Inc. of North Adams, Massachusetts, and its president, Burton D. Shapiro' -> president at A.
 # Shapiro & Sons Inc., current (no tense word; 'A Massachusetts scrap metal company and its president' in the first
 # sentence agrees). 'Anne K. Bingaman, Assistant Attorney General in charge of the Antitrust Division' -> head,
 # current. Near-miss: Shapiro as owner or family member of the company (the shared surname says nothing the text
 # states)
 roles=[R(BDS, "president", ASS),
        R(AKB, "head", ATR)],
 # 'the Antitrust Division of the Department of Justice' -> the Division under the Department. Near-misses: the
 # Division's New York Field Office (a unit, not annotated); the FBI's 'assistance' (agencies on one case: no
 # relation, 53zm); the company and its co-conspirators (a cartel, unnamed); the industrial plants whose scrap was bid
 # for (unnamed sellers: no partner)
 relations=[L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # 'pleaded guilty today' -> 'today' 1994-07-13; 'from 1986 through 1991' -> '1986', '1991'; 'after November 16,
 # 1990' (twice, in the two penalty sentences) -> one item 1990-11-16 (the Sherman Act's penalty date: a date the
 # text states, kept as 53zq kept dates of the charged periods)
 dates=[D("today", "1994-07-13"), D("1986", "1986"), D("1991", "1991"), D("November 16, 1990", "1990-11-16")])

# ---- Bilhar International Establishment / Elmore Roy Anderson; BHIC, published 2002-02-12 (a Tuesday) ----------------
A["us-doj-atr-bilhar-international-former-president-anderson-usaid-egypt-construction-bid-rigging-verdict-2002"] = dict(
 # Companies: Bilhar International Establishment ('Bilhar' in "Bilhar's former president": alias; 'The company'
 # generic), Bill Harbert International Construction Inc. ('(BHIC)': alias). Organizations: United States Agency for
 # International Development ('(USAID)', 'the USAID' twice: alias 'USAID'), Department of Justice ('the Department of
 # Justice announced'), U.S. Army Corps of Engineers (once). People: Elmore Roy Anderson (twice in full; never by
 # surname alone). Locations: WASHINGTON, D.C. (dateline), Birmingham ('in Birmingham, Alabama' twice: the jury's city
 # and BHIC's), Alabama, Arab Republic of Egypt ('the Arab Republic of Egypt'; 'in Egypt' twice: alias 'Egypt'),
 # Liechtenstein ('Bilhar International Establishment of Liechtenstein'), United States ('the United States has
 # funded'), Middle East ('in the Middle East': a region). Not annotated: 'U.S.' inside 'U.S.-funded' (twice, an
 # adjective inside a compound word; not taken as an alias of United States, **doubtful**) and inside the Corps' name;
 # 'United States' inside USAID's name (the agency's name is its own); the Camp David Peace Accords (a treaty, like a
 # law: no entity); 'a federal jury' and 'a federal grand jury' (no name); the Antitrust Division (not named in the
 # kept text: only in the attribution); the trial (an event)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Location", "Birmingham"),
           E("Location", "Alabama"),
           E("Person", ERA),
           E("Company", BIE, "Bilhar"),
           E("Location", "Arab Republic of Egypt", "Egypt"),
           E("Organization", USAID, "USAID"),
           E("Organization", DOJ),
           E("Location", "Liechtenstein"),
           E("Company", BHIC, "BHIC"),
           E("Location", "United States"),
           E("Location", "Middle East"),
           E("Organization", "U.S. Army Corps of Engineers")],
 # 'Elmore Roy Anderson, former president of Bilhar International Establishment' and "Bilhar's former president,
 # Elmore Roy Anderson" -> president at Bilhar International Establishment, current false ('former'). Near-misses:
 # Anderson at BHIC (the text gives him no post there); no officer of BHIC named
 roles=[R(ERA, "president", BIE, False)],
 # No relation. 'Bill Harbert International Construction Inc. (BHIC), of Birmingham, Alabama; its foreign affiliate,
 # Bilhar International Establishment' -> no parentOrganization (43o: 'its affiliate' is not said to be owned or a
 # unit; **doubtful** -- the likeliest reader addition is parentOrganization(Bilhar International Establishment, Bill
 # Harbert International Construction Inc.), and 'its foreign affiliate' is close to a subsidiary statement; 26d's
 # "CBS' Miami affiliate, WFOR" gave partner, a reading not taken here since a broadcast affiliation is a contract and this
 # is a corporate tie). Near-misses: USAID and the Army Corps of Engineers as buyers of the construction work ('has
 # funded ... numerous construction contracts': no contract with Bilhar or BHIC stated, no partner); the USAID and
 # the Department (agencies, no tie stated); the Corps under the Army (not annotated: 'U.S. Army' only inside the
 # Corps' name)
 relations=[],
 outages=[],
 # 'today found' -> 'today' 2002-02-12; 'on February 4, 2002, the first day of trial' -> 'February 4, 2002'
 # 2002-02-04 ('the first day of trial' the same day, not a time expression of its own: skipped); 'On July 25, 2001'
 # -> 2001-07-25; 'from May 1988 until September 1996' -> 'May 1988' 1988-05, 'September 1996' 1996-09
 dates=[D("today", "2002-02-12"), D("February 4, 2002", "2002-02-04"), D("July 25, 2001", "2001-07-25"),
        D("May 1988", "1988-05"), D("September 1996", "1996-09")])

# ---- APAC-Missouri Inc. (Ashland Inc.) / vice president Donald G. "Donnie" Mantle, published 2004-08-11 (Wednesday) ---
A["us-doj-atr-apac-missouri-ashland-subsidiary-vice-president-mantle-highway-bid-rigging-indictment-2004"] = dict(
 # Companies: APAC-Missouri Inc. ('a Missouri road construction company' first; 'APAC-Missouri' three times: alias),
 # Ashland Inc. (once). Organizations: Department of Justice ('the Department of Justice announced'), U.S. District
 # Court ('charged today in the U.S. District Court in Kansas City, Missouri'). People: Donald G. "Donnie" Mantle (the
 # name as written, the nickname inside it, 53zh; 'its vice president' first; not named again). Locations:
 # WASHINGTON, D.C. (dateline), Kansas City ('in Kansas City, Missouri' twice: the grand jury's and the court's city),
 # State of Missouri ('the State of Missouri' three times, as the body that let and awarded the project; 'Missouri'
 # in 'Kansas City, Missouri' twice, 'a Missouri road construction company', 'Ste. Genevieve County, Missouri':
 # alias 'Missouri'; **doubtful** -- a reader may name the Location 'Missouri' (52d's Texas), or take 'the State of
 # Missouri' that lets contracts as an Organization, the state government), Kentucky (Ashland's headquarters state),
 # Ste. Genevieve County (the project's county). Not annotated: 'Missouri' inside 'APAC-Missouri' (the company's
 # name), 'Donnie' alone (only inside the name), 'its co-conspirator' (unnamed), the Antitrust Division (only in the
 # cut quotation's release, not in the kept text), 'a federal grand jury' (no name)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Location", "Kansas City"),
           E("Location", "State of Missouri", "Missouri"),
           E("Organization", DOJ),
           E("Company", APAC, "APAC-Missouri"),
           E("Person", DGM),
           E("Organization", USDC),
           E("Company", ASH),
           E("Location", "Kentucky"),
           E("Location", "Ste. Genevieve County")],
 # 'APAC-Missouri Inc. and its vice president, Donald G. "Donnie" Mantle' -> vice-president at APAC-Missouri Inc.,
 # current (no tense word; 'a Missouri road construction company and its vice president' in the first paragraph
 # agrees). Near-miss: Mantle at Ashland Inc. (his post is at the subsidiary only)
 roles=[R(DGM, "vice-president", APAC)],
 # 'APAC-Missouri Inc. is a wholly owned subsidiary of Ashland Inc.' -> parentOrganization(APAC-Missouri Inc., Ashland
 # Inc.). Near-misses: APAC-Missouri 'subcontracting a portion of the project to its co-conspirator' (an unnamed
 # company: no partner); the State of Missouri awarding the project to APAC-Missouri (a customer tie, but the State is
 # annotated as a Location here, and a contract won by a rigged bid; no partner, as 53zm left RG&E out)
 relations=[L(APAC, "parentOrganization", ASH)],
 outages=[],
 # 'today indicted', 'charged today' -> one item 'today' 2004-08-11; 'from approximately July 20, 2000 until April 16,
 # 2002' -> 'July 20, 2000' 2000-07-20, 'April 16, 2002' 2002-04-16; 'a highway construction project let in July
 # 2000' -> 'July 2000' 2000-07
 dates=[D("today", "2004-08-11"), D("July 20, 2000", "2000-07-20"), D("April 16, 2002", "2002-04-16"),
        D("July 2000", "2000-07")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
