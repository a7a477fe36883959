#!/usr/bin/env python3
"""Second annotation of the 10 batch-31 articles in /tmp/agree32-tmp (stripped copies), made from their text,
GUIDELINES.md and GOLD_FORMAT.md alone (corpus practice on open points from train gold of other ids). Writes the gold
files into the folder given as the first argument, with the checks of eval/corpus/second_sample.write.
usage: annotate.py OUT_DIR"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import D, E, L, O, R, write
A = {}
P, PO, AQ, PA = "provider", "parentOrganization", "acquired", "partner"

# published 2018-04-21 (Saturday): "Wednesday" -> 2018-04-18, launch at 18:51 local / 22:51 UTC that day; the original
# schedule "6:32 p.m. on Monday evening" -> 2018-04-16 ("Monday evening" is the only surface form of that day). TESS,
# Falcon 9, the Kepler space telescope and the Pleiades supercomputer are Service (corpus: rockets, landers, cubesats,
# spacecraft are Service). No provider for TESS: NASA is an Organization and the corpus (InSight, "NASA's InSight")
# gives spacecraft no provider to NASA. Falcon 9 -> provider SpaceX ("a SpaceX Falcon 9 rocket"). "SpaceX ... has
# partnered with NASA" -> partner, direction as written. Kavli Institute is "MIT's" -> parentOrganization MIT. Goddard
# Space Flight Center and the ISS: sites (Location, no relation). "US" in "US National Aeronautics ..." refers to the
# United States: alias. Villasenor "TESS instrument scientist ..., also of MIT" -> other at MIT (doubtful); Ricker
# "TESS principal investigator": his title is of the mission, MIT only implied by "also" -> no role (doubtful).
# Moon/Sun/Earth not entities; "NASA Astrophysics Explorer mission" a programme. Durations ("60 days") not dates.
A["wn-nasa-launches-exoplanet-hunting-satellite-tess-2018"] = dict(
    entities=[E("Company", "SpaceX"), E("Service", "Falcon 9"), E("Location", "Cape Canaveral Air Force Base"),
              E("Location", "Florida"), E("Location", "United States", "US"),
              E("Organization", "National Aeronautics and Space Administration", "NASA"),
              E("Service", "Transiting Exoplanet Survey Satellite", "TESS"),
              E("Organization", "Massachusetts Institute of Technology", "MIT"),
              E("Organization", "Kavli Institute for Astrophysics and Space Research"),
              E("Location", "Goddard Space Flight Center"), E("Person", "George Ricker"),
              E("Person", "Joel Villasenor"), E("Service", "Kepler space telescope", "Kepler"),
              E("Service", "Pleiades"), E("Location", "International Space Station")],
    roles=[R("Joel Villasenor", "other", "Massachusetts Institute of Technology")],
    relations=[L("Falcon 9", P, "SpaceX"), L("SpaceX", PA, "National Aeronautics and Space Administration"),
               L("Kavli Institute for Astrophysics and Space Research", PO, "Massachusetts Institute of Technology")],
    outages=[],
    dates=[D("Wednesday", "2018-04-18"), D("6:51 p.m. local time", "2018-04-18T18:51"),
           D("2251 UTC", "2018-04-18T22:51"), D("2009", "2009"), D("6:32 p.m.", "2018-04-16T18:32"),
           D("Monday evening", "2018-04-16")])

# published 2018-01-27 (Saturday): "Wednesday" -> 2018-01-24; "Monday" -> 2018-01-22; "in November" (guilty plea)
# -> 2017-11, also spelled "November of 2017"; "last year" -> 2017; Perry "appointed in December" -> 2017-12, and
# "Dec. 1, 2017". USA Gymnastics and the USOC: non-business bodies (Organization). Courts Organization; judge
# Aquilina no role (corpus: judges get none). Nassar "Former USA Gymnastics team doctor" -> other, current=false;
# his post at Michigan State University has no title ("served with") -> no role. Perry "current president" -> president;
# Blackmun "USOC head" -> head. The unnamed former president and board members: nothing. Reuters and the Los Angeles
# Times Company (news). Gymnasts and Denhollander: Persons, no role. "During the last seven days", "for years": skip.
A["wn-united-states-dr-larry-nassar-sentenced-2018"] = dict(
    entities=[E("Organization", "USA Gymnastics"), E("Person", "Larry Nassar", "Nassar"),
              E("Location", "Ingham County"), E("Location", "Michigan"), E("Location", "United States"),
              E("Person", "Rosemarie Aquilina", "Aquilina"), E("Organization", "Ingham County Circuit Court"),
              E("Location", "Lansing"), E("Person", "Rachael Denhollander"), E("Person", "Simone Biles"),
              E("Person", "Aly Raisman"), E("Person", "Gabby Douglas"), E("Organization", "Michigan State University"),
              E("Organization", "United States Olympic Committee", "USOC"), E("Person", "Kerry Perry"),
              E("Person", "Scott Blackmun"), E("Company", "Reuters"), E("Company", "Los Angeles Times")],
    roles=[R("Larry Nassar", "other", "USA Gymnastics", False), R("Kerry Perry", "president", "USA Gymnastics"),
           R("Scott Blackmun", "head", "United States Olympic Committee")],
    relations=[],
    outages=[],
    dates=[D("Wednesday", "2018-01-24"), D("November", "2017-11"), D("2016", "2016"),
           D("November of 2017", "2017-11"), D("Monday", "2018-01-22"), D("last year", "2017"),
           D("December", "2017-12"), D("Dec. 1, 2017", "2017-12-01")])

# published null: absolute expressions only; "Prior to 2024" -> 2024, "early May 2013" -> 2013-05. Dailymotion is
# called a platform but is bought and valued as "the company" (corpus: Cyworld, bought by SK Communications, Company):
# Company. "owned by Canal+" and "Prior to 2024, it was owned by Vivendi" -> parentOrganization to both (past ownership
# kept). Orange bought 49% then "the remaining 51%" -> full ownership: acquired + parentOrganization. Yahoo!'s blocked
# acquisition: nothing. "North American launch partners included Vice Media, Bloomberg, and Hearst Digital Media" ->
# partner Dailymotion -> each (doubtful: launch partners of a platform). Atlas Ventures / Partech International "raised
# funds in collaboration with": investors, no partnership stated -> nothing (doubtful). French government an
# Organization (corpus: "UK government", "Indian government"); it "invested ... through the Strategic Investment Fund"
# -> the Fund is the government's vehicle: parentOrganization (doubtful). ASIC co-created with other companies: an
# Organization, no relation. Founders "founded the website" -> founder at Dailymotion (corpus: "founded by A and B"
# -> founder each).
A["wp-dailymotion"] = dict(
    entities=[E("Company", "Dailymotion"), E("Company", "Canal+"), E("Company", "Vivendi"), E("Company", "Vice Media"),
              E("Company", "Bloomberg"), E("Company", "Hearst Digital Media"), E("Person", "Benjamin Bejbaum"),
              E("Person", "Olivier Poitrey"), E("Company", "Atlas Ventures"), E("Company", "Partech International"),
              E("Organization", "ASIC"), E("Organization", "French government"),
              E("Organization", "Strategic Investment Fund"), E("Company", "Orange"), E("Company", "Yahoo!")],
    roles=[R("Benjamin Bejbaum", "founder", "Dailymotion"), R("Olivier Poitrey", "founder", "Dailymotion")],
    relations=[L("Dailymotion", PO, "Canal+"), L("Dailymotion", PO, "Vivendi"), L("Dailymotion", PA, "Vice Media"),
               L("Dailymotion", PA, "Bloomberg"), L("Dailymotion", PA, "Hearst Digital Media"),
               L("Strategic Investment Fund", PO, "French government"), L("Orange", AQ, "Dailymotion"),
               L("Dailymotion", PO, "Orange")],
    outages=[],
    dates=[D("2024", "2024"), D("March 2005", "2005-03"), D("September 2006", "2006-09"), D("2007", "2007"),
           D("February 2008", "2008-02"), D("October 2009", "2009-10"), D("25 January 2011", "2011-01-25"),
           D("10 January 2013", "2013-01-10"), D("early May 2013", "2013-05")])

# published null. "late 19th century" not a calendar value (skip). Canadian Pacific Hotels (& Resorts, CP Hotels)
# renamed its portfolio under the Fairmont Hotels & Resorts banner ("the hotel division was renamed") -> former name of
# the same company: aliases (GUIDELINES: former names are aliases; doubtful: it could be kept as a predecessor). The
# US-born "Fairmont Hotels" bought into in 1999 is another business: "acquired a majority interest" -> acquired +
# parentOrganization (corpus: a controlling 51% interest counts). "Canadian Pacific Limited-owned" -> parentOrganization;
# "began as a division of the Canadian Pacific Railway (CPR) Hotels department" -> parentOrganization CPR (kept apart
# from Canadian Pacific Limited: another name, no identity stated). "Fairmont was acquired by Colony Capital" ->
# acquired + parentOrganization. Colony "entered into a joint partnership with the Kingdom Holding Company" -> partner.
# Raffles and Swissotel "hotel brands" -> Service (GUIDELINES: a brand users use is a Service), consolidated with
# Fairmont into FRHI -> provider FRHI; Fairmont -> parentOrganization FRHI (doubtful). "FRHI ... became a subsidiary
# of AccorHotels" -> parentOrganization only (corpus: Boost Mobile "became a subsidiary of EchoStar"). Canadian National
# Hotels "a hotel division of the Canadian National Railway" -> parentOrganization; hotels bought from it are assets.
FH = "Fairmont Hotels & Resorts"
FR = "Fairmont Raffles Hotels International"
A["wp-fairmont-hotels-resorts"] = dict(
    entities=[E("Company", FH, "Fairmont", "Canadian Pacific Hotels & Resorts", "Canadian Pacific Hotels", "CP Hotels"),
              E("Location", "Canada"), E("Company", "Canadian Pacific Limited"), E("Company", "Fairmont Hotels"),
              E("Company", "Colony Capital"), E("Company", "Kingdom Holding Company"), E("Service", "Raffles"),
              E("Service", "Swissôtel"), E("Company", FR, "FRHI"), E("Company", "AccorHotels"),
              E("Company", "Canadian Pacific Railway", "CPR"), E("Company", "Canadian National Hotels"),
              E("Company", "Canadian National Railway")],
    roles=[],
    relations=[L(FH, PO, "Canadian Pacific Limited"), L(FH, AQ, "Fairmont Hotels"), L("Fairmont Hotels", PO, FH),
               L("Colony Capital", AQ, FH), L(FH, PO, "Colony Capital"), L("Colony Capital", PA, "Kingdom Holding Company"),
               L(FH, PO, FR), L("Raffles", P, FR), L("Swissôtel", P, FR), L(FR, PO, "AccorHotels"),
               L(FH, PO, "Canadian Pacific Railway"), L("Canadian National Hotels", PO, "Canadian National Railway")],
    outages=[],
    dates=[D("1999", "1999"), D("2001", "2001"), D("2006", "2006"), D("2016", "2016"), D("1886", "1886")])

# published null. Name the fullest form "Florentino Eduardo Pérez Rodríguez"; "Florentino Pérez" and "Pérez" aliases.
# Real Madrid C.F. a club (Organization); ACS fullest "Actividades de Construcción y Servicios, S.A." with "Grupo ACS"
# and "ACS". Roles: "current president of Real Madrid C.F., as well as Grupo ACS" -> president x2 (true); "named vice
# president of OCP Construcciones" in 1993, then president of the merged ACS -> vice-president, current=false (post left
# when OCP merged away; doubtful under the strict rule). "the incumbent Ramón Mendoza" (1995 election) -> president of
# Real Madrid, current=false ("then"). Party membership / candidacy / city council: no role (legislators none). The
# "fusion of OCP with Gines y Navarro into ACS": merger, no buyer named -> nothing. "Madrid" only inside other names.
A["wp-florentino-perez"] = dict(
    entities=[E("Person", "Florentino Eduardo Pérez Rodríguez", "Florentino Pérez", "Pérez"),
              E("Organization", "Real Madrid C.F.", "Real Madrid"),
              E("Company", "Actividades de Construcción y Servicios, S.A.", "Grupo ACS", "ACS"),
              E("Organization", "Polytechnic University of Madrid"), E("Organization", "Union of the Democratic Centre"),
              E("Organization", "Madrid city council"),
              E("Organization", "Partido Reformista Democrático", "Democratic Reform Party"),
              E("Company", "OCP Construcciones", "OCP"), E("Company", "Gines y Navarro"), E("Person", "Ramón Mendoza")],
    roles=[R("Florentino Eduardo Pérez Rodríguez", "president", "Real Madrid C.F."),
           R("Florentino Eduardo Pérez Rodríguez", "president", "Actividades de Construcción y Servicios, S.A."),
           R("Florentino Eduardo Pérez Rodríguez", "vice-president", "OCP Construcciones", False),
           R("Ramón Mendoza", "president", "Real Madrid C.F.", False)],
    relations=[],
    outages=[],
    dates=[D("8 March 1947", "1947-03-08"), D("1979", "1979"), D("1986", "1986"), D("1993", "1993"),
           D("1997", "1997"), D("19 February 1995", "1995-02-19")])

# published null. Galaxy IV, the HS-601 model, Galaxy 4R and Galaxy VI: satellites -> Service (corpus: spacecraft,
# Astra 1A). "built by Hughes Space and Communications Company" and "operated by PanAmSat Corporation" -> provider to
# both; HS-601 a Hughes model -> provider Hughes (doubtful: only implied). Outage: the satellite's control was lost on
# 1998-05-19 and telecoms in the US were disrupted (pagers out for days, Reuters, CBS, NPR hit) -> one outage, provider
# PanAmSat (operator), affected Galaxy IV plus the named organisations hit, location United States, cause the primary
# control processor failure; "not restored for days" gives no duration. CBS and NPR broadcasters -> Company.
HS = "Hughes Space and Communications Company"
A["wp-galaxy-iv"] = dict(
    entities=[E("Service", "Galaxy IV"), E("Service", "HS-601"), E("Company", HS, "HSC"),
              E("Company", "PanAmSat Corporation", "PanAmSat"), E("Location", "United States"), E("Company", "Reuters"),
              E("Company", "CBS"), E("Company", "NPR"), E("Service", "Galaxy 4R"), E("Service", "Galaxy VI")],
    roles=[],
    relations=[L("Galaxy IV", P, HS), L("Galaxy IV", P, "PanAmSat Corporation"), L("HS-601", P, HS)],
    outages=[O("PanAmSat Corporation", "1998-05-19", ["Galaxy IV", "Reuters", "CBS", "NPR"], "United States",
               "primary control processor failure (tin whiskers)")],
    dates=[D("June 24, 1993", "1993-06-24"), D("May 19, 1998", "1998-05-19"), D("May 20, 1998", "1998-05-20")])

# published null. Name "Horst Paulmann Kemna" (fullest); "Horst Paulmann", "Paulmann" and "Horst" (beside his brother)
# aliases. Roles: founder of Cencosud (true; corpus keeps founders true after death); "He was ... chairman" and "assumed
# the role of CEO and chairman" in 1978, text reports his death in 2025 -> chairman and ceo current=false (doubtful:
# the text does not say he left the posts). Children named by first name only are Persons (corpus: Koç's sons).
# Clubs Organization; Las Brisas a restaurant business bought by the family (not an entity): Company, no relation.
# Av. Kennedy a street (Location). Forbes Company. "the Nuremberg trials", World War II: events. SS rank: no entity.
A["wp-horst-paulmann"] = dict(
    entities=[E("Person", "Horst Paulmann Kemna", "Horst Paulmann", "Paulmann", "Horst"), E("Company", "Cencosud"),
              E("Location", "Chile"), E("Location", "Latin America"), E("Company", "Forbes"),
              E("Person", "Hilde Kemna"), E("Location", "Germany"), E("Location", "Alps"), E("Location", "Italy"),
              E("Location", "Argentina"), E("Location", "Buenos Aires"), E("Location", "Temuco"),
              E("Organization", "Club Alemán"), E("Organization", "Club de La Unión"), E("Company", "Las Brisas"),
              E("Person", "Jürgen Paulmann"), E("Location", "Av. Kennedy"), E("Person", "Helga Koepfer"),
              E("Person", "Manfred"), E("Person", "Peter"), E("Person", "Heike"),
              E("Person", "Hans Dieter Paulmann Bischof"), E("Person", "Katherine Bischof Sepúlveda")],
    roles=[R("Horst Paulmann Kemna", "founder", "Cencosud"), R("Horst Paulmann Kemna", "chairman", "Cencosud", False),
           R("Horst Paulmann Kemna", "ceo", "Cencosud", False)],
    relations=[],
    outages=[],
    dates=[D("22 March 1935", "1935-03-22"), D("11 March 2025", "2025-03-11"), D("July 2022", "2022-07"),
           D("1946", "1946"), D("1948", "1948"), D("1950", "1950"), D("1952", "1952"), D("2018", "2018"),
           D("10 November 1978", "1978-11-10")])

# published null; clock times sit on the stated day July 18, 2001 (corpus: times with the article's own date):
# "3 p.m." 15:00, "3:08 p.m.", "3:26" (15:26), "4 p.m.", "6:15" (after 4 p.m. -> 18:15). Outage: "The fire slowed
# Internet service in the US for a few hours" -> a network disruption from physical damage (corpus: the 2008 submarine
# cable cuts, "disruptions and slowdowns", are outages): provider not named (null), date 2001-07-18, location US,
# cause the tunnel fire, "a few hours" not a number (doubtful: "slowed", not "down"). Rail service disruption,
# downtown shutdown and the water main: physical accident effects, not outages. Tunnel and streets: Location.
# "Baltimore Freight Rail Crash" is the event's other name (not an entity). CSX Transportation, "CSX" alias.
A["wp-howard-street-tunnel-fire"] = dict(
    entities=[E("Location", "Howard Street Tunnel"), E("Location", "Howard Street"), E("Location", "Baltimore"),
              E("Location", "Maryland"), E("Company", "CSX Transportation", "CSX"), E("Location", "US"),
              E("Location", "East Coast")],
    roles=[],
    relations=[],
    outages=[O(None, "2001-07-18", [], "US", "chemical fire in the Howard Street Tunnel after a train derailment")],
    dates=[D("July 18, 2001", "2001-07-18"), D("3 p.m.", "2001-07-18T15:00"), D("3:08 p.m.", "2001-07-18T15:08"),
           D("3:26", "2001-07-18T15:26"), D("4 p.m.", "2001-07-18T16:00"), D("6:15", "2001-07-18T18:15")])

# published null. Melon a Service; "developed by SK Telecom" -> provider; LOEN "became the company-in-charge of Melon"
# -> provider too. "(owned by SKT by the time being, now owned by Kakao)" -> parentOrganization to both (past ownership
# kept) and acquired(Kakao, LOEN) (GUIDELINES: "now owns" counts as completed; doubtful: the purchase is not told).
# SKT alias of SK Telecom. iTunes, iOS, Android, Windows Mobile: Services, their makers not named. "Melon 4.0" a
# version, not another entity. "South Korean": no Location.
A["wp-melon-online-music-service"] = dict(
    entities=[E("Service", "Melon"), E("Company", "SK Telecom", "SKT"), E("Company", "LOEN Entertainment"),
              E("Company", "Kakao"), E("Service", "iTunes"), E("Service", "iOS"), E("Service", "Android"),
              E("Service", "Windows Mobile")],
    roles=[],
    relations=[L("Melon", P, "SK Telecom"), L("Melon", P, "LOEN Entertainment"), L("LOEN Entertainment", PO, "SK Telecom"),
               L("Kakao", AQ, "LOEN Entertainment"), L("LOEN Entertainment", PO, "Kakao")],
    outages=[],
    dates=[D("November 2004", "2004-11"), D("2009", "2009"), D("August 2016", "2016-08")])

# published null. Sanlu's name "Sanlu Group CO., Ltd."; "Sanlu Group", "Sanlu", the code "SJZSGCZ" and the former name
# "Shijiazhuang Dairy Company" (SDC) aliases (GUIDELINES: former names). "Fonterra owned 43% of Sanlu": a minority stake
# -> nothing (corpus: minority holdings get no parentOrganization; doubtful). Tian "then general manager of SDC, became
# President and general manager of Sanlu" -> president and executive (general manager) at Sanlu, current=false (the
# company was wound up by a bankruptcy order and the text narrates her posts as past; doubtful); "deputy chairman of
# the China Dairy Industry Association" -> executive (vice chairman), true. Elected to the CPPCC National Committee: a
# legislative body membership, no role. Shijiazhuang Court an Organization. Melamine scandal: no outage.
S = "Sanlu Group CO., Ltd."
A["wp-sanlu-group"] = dict(
    entities=[E("Company", S, "Sanlu Group", "Sanlu", "SJZSGCZ", "Shijiazhuang Dairy Company", "SDC"),
              E("Location", "Xinhua District"), E("Location", "Shijiazhuang"), E("Location", "Hebei"),
              E("Location", "China"), E("Location", "New Zealand"), E("Company", "Fonterra"),
              E("Organization", "Shijiazhuang Court"), E("Person", "Tian Wenhua", "Tian"),
              E("Organization", "China Dairy Industry Association"),
              E("Organization", "National Committee of the Chinese People's Political Consultative Conference")],
    roles=[R("Tian Wenhua", "president", S, False), R("Tian Wenhua", "executive", S, False),
           R("Tian Wenhua", "executive", "China Dairy Industry Association")],
    relations=[],
    outages=[],
    dates=[D("September 2008", "2008-09"), D("24 December 2008", "2008-12-24"), D("16 February 1956", "1956-02-16"),
           D("1995", "1995"), D("1996", "1996")])

if __name__ == "__main__":
    print(write(A, "/tmp/agree32-tmp", sys.argv[1]), "written")
