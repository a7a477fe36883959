#!/usr/bin/env python3
"""Batch 40j gold annotations for the five toscaData Wikinews texts of batch40j.py (a film studio agreeing to buy
another, with the bought studio's founders and chairman; a state oil company's US subsidiary supplying heating oil
through two nonprofits; a software maker's counsel on a rival's copyright practice and the rival's partners; a media
owner's fraud verdict with his company's former second officer and a newspaper it once owned; an online poker
company's flotation, founder and brand), written by reading each text alone; no extractor was run on any of them.
Split rule fixed before annotating: ids sorted, dealt along test, train, dev, train (cycle). None of the five tells a
service lost, and none is a near-miss of one: no outage is annotated in this batch.
usage: batch40j_annotate.py POOL_DIR OUT_ROOT      (writes OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

IDS = sorted("""wn-business-brief-december-12-2005-2005
wn-venezuela-provides-discounted-heating-oil-massachusetts-2005
wn-microsoft-faults-google-copyright-protection-practices-2007
wn-international-media-mogul-conrad-black-convicted-2007
wn-online-poker-firm-set-multibillion-pound-2005""".split())
A = {}

DW = "DreamWorks SKG"
A["wn-business-brief-december-12-2005-2005"] = dict(
 entities=[E("Company", "Paramount Pictures", "Paramount"), E("Company", DW, "DreamWorks", "Dreamworks"),
           E("Person", "Steven Spielberg", "Spielberg"), E("Person", "David Geffin", "Geffen"),
           E("Person", "Jeffrey Katzenberg"), E("Company", "NBC Universal"), E("Company", "GE")],
 # 'Paramount Pictures' with 'Paramount'; 'DreamWorks SKG' with both spellings 'DreamWorks' and 'Dreamworks' (the
 # article's own) → Company. 'David Geffin' and 'Geffen' (the article spells the founder both ways; the second
 # sentence's 'Geffen will remain the company's chairman' is the same founder) → one Person, the first-written form as
 # name. 'NBC Universal, owned by GE' → both Company. The films Gladiator, American Beauty, Saving Private Ryan and
 # Shrek → nothing (films, like TV shows, are not typed as Service in the corpus's decisions; a doubtful point);
 # 'animation studios', 'television division' → unnamed, nothing.
 # Roles: 'DreamWorks was established 11 years ago by Steven Spielberg, David Geffin, and Jeffrey Katzenberg' →
 # cofounder at DreamWorks SKG for each (three founders together); 'Geffen will remain the company's chairman' →
 # chairman at DreamWorks SKG, current true. 'Spielberg will remain producer-director' → nothing (a film-making
 # post, not an office of the company; a doubtful point: 'other').
 # Relations: 'Paramount Pictures has agreed to buy DreamWorks SKG' → acquired Paramount Pictures → DreamWorks SKG
 # (agreed, not told as completed: acquired only, no parentOrganization); 'NBC Universal, owned by GE' →
 # parentOrganization NBC Universal → GE. NBC Universal's offer → nothing (a bid).
 # Outages: none (a deal); no near-miss.
 # Dates (published Monday 12 December 2005): '11 years ago' → 1994. No other resolvable expression.
 roles=[R("Steven Spielberg", "cofounder", DW), R("David Geffin", "cofounder", DW),
        R("Jeffrey Katzenberg", "cofounder", DW), R("David Geffin", "chairman", DW)],
 relations=[L("Paramount Pictures", "acquired", DW), L("NBC Universal", "parentOrganization", "GE")],
 outages=[],
 dates=[D("11 years ago", "1994")])

MECA = "Mass Energy Consumer Alliance"
A["wn-venezuela-provides-discounted-heating-oil-massachusetts-2005"] = dict(
 entities=[E("Location", "Venezuela"), E("Location", "Massachusetts"), E("Company", "Citgo", "CITGO"),
           E("Location", "Houston"), E("Organization", "Citizens Energy Corp.", "Citizens Energy"),
           E("Organization", MECA, "MassEnergyConsumer Alliance"), E("Person", "William Delahunt", "Delahunt"),
           E("Person", "Hugo Chávez", "Chávez", "Chavez"), E("Location", "Caracas"), E("Organization", "Congress"),
           E("Location", "Latin America"), E("Location", "Caribbean"), E("Location", "US", "U.S."),
           E("Person", "Steve Johnson"), E("Organization", "Heritage Foundation"), E("Person", "Condoleezza Rice"),
           E("Organization", "State Department"), E("Person", "Larry Chretien")],
 # 'Citgo, the Houston-based subsidiary of Venezuela's state-owned oil company' (also 'The CITGO agreement') →
 # Company with 'CITGO'; its parent is not named → no entity for it. 'two nonprofit organizations, Citizens Energy
 # Corp. and the Mass Energy Consumer Alliance' → Organization (non-business, as the text says), the second with the
 # text's run-together 'MassEnergyConsumer Alliance' as alias; 'Citizens Energy' alias. 'Hugo Chávez' with 'Chávez'
 # and 'Chavez' (in 'the Chavez administration'); 'William Delahunt' (also 'Mr Delahunt', 'Representative
 # Delahunt'). 'Heritage Foundation', 'State Department', 'Congress' (in 'a member of Congress') → Organization.
 # Locations: Venezuela, Massachusetts, Houston, Caracas, Latin America, the Caribbean, US (also 'U.S.-style',
 # 'US-Venezuelan'). 'the White House' (the US government by metonymy) → nothing (a doubtful point); 'Bolivarian
 # Revolution' → nothing.
 # Roles: 'President Hugo Chávez' → president at Venezuela; 'Larry Chretien, the nonprofit group's executive
 # director' (the Mass Energy Consumer Alliance) → director; 'Steve Johnson, a Latin American specialist at the
 # conservative oriented Heritage Foundation' → analyst at Heritage Foundation (an expert speaking with his
 # organisation named; a doubtful point). Delahunt (a congressman, 'Representative') → no role (legislator);
 # Condoleezza Rice → no role (no post written).
 # Relations: 'According to an agreement signed on Tuesday Citgo ... will provide 12 million gallons of discounted
 # home heating oil. The oil will be distributed through two nonprofit organizations, Citizens Energy Corp. and the
 # Mass Energy Consumer Alliance' → partner Citgo → Citizens Energy Corp. and Citgo → Mass Energy Consumer Alliance
 # (a supply agreement; a doubtful point: the text does not say who signed with whom). Citgo's unnamed parent → no
 # parentOrganization. 'the US remains his leading trade partner' → nothing (countries).
 # Outages: none (a supply deal); no near-miss.
 # Dates (published Friday 25 November 2005): 'Tuesday' (the agreement) → 2005-11-22; 'this winter' → 2005 (a
 # season to the year, as the corpus maps seasons; a doubtful point: the winter of 2005-06); 'August' (in 'In
 # August', the meeting) → 2005-08; 'early December' → 2005-12.
 roles=[R("Hugo Chávez", "president", "Venezuela"), R("Larry Chretien", "director", MECA),
        R("Steve Johnson", "analyst", "Heritage Foundation")],
 relations=[L("Citgo", "partner", "Citizens Energy Corp."), L("Citgo", "partner", MECA)],
 outages=[],
 dates=[D("this winter", "2005"), D("Tuesday", "2005-11-22"), D("August", "2005-08"), D("early December", "2005-12")])

A["wn-microsoft-faults-google-copyright-protection-practices-2007"] = dict(
 entities=[E("Company", "Microsoft"), E("Company", "Google"), E("Person", "Thomas Rubin", "Rubin"),
           E("Organization", "Association of American Publishers"), E("Company", "BBC"),
           E("Organization", "N.B.A."), E("Service", "YouTube")],
 # Microsoft ('the software giant') and Google ('the number one search engine', the company whose practices and
 # partners are told) → Company. 'Mr. Thomas Rubin' with 'Mr. Rubin' → alias 'Rubin'. 'the Association of American
 # Publishers' (a trade body) → Organization. BBC → Company (broadcasters are Company); 'N.B.A.' (a sports league) →
 # Organization. YouTube → Service. 'a book search engine' (unnamed), 'the senior vice president for corporate
 # development of Google' (unnamed), 'several thousands publishing partners' (unnamed) → nothing.
 # Roles: 'The associate general counsel of Microsoft, Mr. Thomas Rubin' → executive at Microsoft (general counsel →
 # executive). The unnamed senior vice president → no role.
 # Relations: 'recently made a partnership with BBC and N.B.A. to display videos on YouTube' → partner Google → BBC
 # and Google → N.B.A. (direction as written); YouTube → provider Google (a careful reader of 'Google ... made a
 # partnership ... to display videos on YouTube' takes YouTube as Google's; a doubtful point: the owner is not
 # written). Microsoft and Google as rivals → nothing.
 # Outages: none; no near-miss.
 # Dates (published Tuesday 6 March 2007): none resolvable ('recently' skipped).
 roles=[R("Thomas Rubin", "executive", "Microsoft")],
 relations=[L("Google", "partner", "BBC"), L("Google", "partner", "N.B.A."), L("YouTube", "provider", "Google")],
 outages=[],
 dates=[])

HI = "Hollinger International"
A["wn-international-media-mogul-conrad-black-convicted-2007"] = dict(
 entities=[E("Person", "Conrad Black", "Black", "Baron Black of Crossharbour"),
           E("Organization", "US District Court for the Northern District of Illinois"), E("Location", "Chicago"),
           E("Location", "Illinois"), E("Company", HI, "Hollinger", "Sun-Times Media Group"),
           E("Person", "David Radler", "Radler"), E("Person", "Jack Boultbee"), E("Person", "Peter Atkinson"),
           E("Person", "Mark Kipnis"), E("Person", "Patrick Fitzgerald"), E("Person", "Edward Greenspan"),
           E("Person", "Joshua Rozenberg"), E("Company", "Daily Telegraph"), E("Person", "Amy St. Eve"),
           E("Location", "United Kingdom"), E("Organization", "Queen's Privy Council for Canada"),
           E("Person", "Brian Mulroney")],
 # 'Chicago-based Hollinger International (now known as Sun-Times Media Group)' → Company, its new name and
 # 'Hollinger' as aliases (another name of the same company). 'Conrad Black' with 'Black' and his peerage 'Baron
 # Black of Crossharbour' (the same man; a doubtful alias). The court → Organization; 'Daily Telegraph' (a
 # newspaper) → Company; 'the Queen's Privy Council for Canada' → Organization. Locations: Chicago, Illinois, United
 # Kingdom ('Canadian', 'British', 'US' as modifiers → nothing). 'the government', 'the jury' → nothing.
 # Roles: 'David Radler, who was the second-highest ranking officer at Hollinger at the time of the crimes' →
 # executive at Hollinger International, current false ('who was ... at the time'); 'Joshua Rozenberg, legal editor
 # of Daily Telegraph' → other at Daily Telegraph (an editor's post). 'U.S. Attorney Patrick Fitzgerald' → no role
 # (a prosecutor's office not named as an entity; a doubtful point: other); 'Edward Greenspan, Conrad Black's
 # attorney', 'Judge Amy St. Eve' → no role (no organisation written for the post; doubtful for the judge, at the
 # court). Black ('his company') → no role (no post written; a doubtful point: a reader may take him as its head);
 # Mulroney → no role (no post written). The co-defendants ('former associates') → no role.
 # Relations: 'Daily Telegraph, which was once owned by Hollinger International' → parentOrganization Daily
 # Telegraph → Hollinger International (past ownership is still recorded). 'small local newspapers that Hollinger
 # owned' → unnamed, nothing.
 # Outages: none (a fraud verdict); no near-miss.
 # Dates (published Friday 13 July 2007): 'November' (the sentencing) → 2007-11; '2001'; '1992'. 'at least one
 # week' → nothing.
 roles=[R("David Radler", "executive", HI, False), R("Joshua Rozenberg", "other", "Daily Telegraph")],
 relations=[L("Daily Telegraph", "parentOrganization", HI)],
 outages=[],
 dates=[D("November", "2007-11"), D("2001", "2001"), D("1992", "1992")])

PG = "Partygaming Plc"
A["wn-online-poker-firm-set-multibillion-pound-2005"] = dict(
 entities=[E("Company", PG), E("Company", "London Stock Exchange"), E("Location", "The City"),
           E("Location", "Gibraltar"), E("Service", "Partypoker"), E("Company", "British Airways"),
           E("Company", "Boots"), E("Person", "Anurag Dikshit")],
 # 'Partygaming Plc' (written so twice; never shortened) → Company. The London Stock Exchange → Company (exchanges
 # run as businesses are Company). 'The City' (in 'analysts in The City', London's financial district) → Location (a
 # doubtful point: a reader may leave it out as the financial industry). 'The Gibraltar-based company' → Gibraltar
 # Location. 'the Partypoker brand' → Service. British Airways and Boots (compared by value) → Company. 'FTSE 100
 # Index' → nothing (a stock index).
 # Roles: 'Partygaming Plc was founded in 1997 by Anurag Dikshit' → founder at Partygaming Plc.
 # Relations: 'which owns the Partypoker brand' → provider Partypoker → Partygaming Plc. The flotation on the London
 # Stock Exchange → nothing (a listing, not a partnership).
 # Outages: none (a flotation); no near-miss.
 # Dates (published Saturday 4 June 2005): 'the end of this month' → 2005-06 ('the end of the month' → the month);
 # '1997'. 'in four years', 'in the past year' → nothing (periods; a doubtful point for the past year).
 roles=[R("Anurag Dikshit", "founder", PG)],
 relations=[L("Partypoker", "provider", PG)],
 outages=[],
 dates=[D("the end of this month", "2005-06"), D("1997", "1997")])

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
