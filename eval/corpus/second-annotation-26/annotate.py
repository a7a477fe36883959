#!/usr/bin/env python3
"""Second annotation of 10 batch-25 files, written from the stripped copies in /tmp/agree26-tmp (pick.py) and
GUIDELINES.md alone. Writes the gold files into this folder, checking that every name, alias and date text occurs."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import D, E, L, O, R, write
A={}
# published 2008-12-06: a midair collision (a physical accident; the transponder and ATC failures are part of it):
# no outage; aircraft models are Services (Boeing and Embraer are named only inside model names); the airlines named
# in the flight designations are annotated (they are named as the flights' operators, not inside a product name);
# "the Legacy" is the Embraer Legacy 600 named before; TCAS is a kind of system, no name; the pilots hold no title;
# "executive vice president" -> vice-president; "the following year" after the 2006 crash -> 2007; the
# "2006-2007" crisis is a span (left out); "next week" is skipped like "last week"
A["wn-brazil-blames-human-error-2006-midair-2008"]=dict(
 entities=[E("Company","Gol Transportes Aéreos"),E("Service","Boeing 737"),E("Service","Embraer Legacy 600","Legacy"),
  E("Company","ExcelAire"),E("Location","US"),E("Organization","Brazilian Air Force","Air Force"),E("Location","Brazil"),
  E("Person","Joseph Lepore"),E("Person","Jan Paladino"),E("Company","TAM Airlines"),E("Person","David Rimmer")],
 roles=[R("David Rimmer","vice-president","ExcelAire")],
 relations=[],outages=[],
 dates=[D("2006","2006"),D("the following year","2007"),D("today","2008-12-06")])
# published 2005-08-14: an airliner crash after an air-supply failure (a physical accident): no outage; the crash is
# told as today's news ("released a statement on their website today"), so its clock times fall on 2005-08-14 and
# "the following morning/day" on 2005-08-15; Helios Airways = Helios = Helios Airlines; a subsidiary of Libra
# Holidays Group (parentOrganization; no purchase told); Kypros and the Greek spelling are Cyprus's other names;
# aircraft models are Services (their makers are named only inside the model names); the Cyprus News Agency is a
# news agency (Company); unnamed officials (the director, the minister, the coroner) get nothing
A["wn-cypriot-plane-121-board-crashes-greece-2005"]=dict(
 entities=[E("Company","Helios Airways","Helios","Helios Airlines"),E("Service","Boeing 737"),E("Location","Grammatiko"),
  E("Location","Athens"),E("Location","Larnaca"),E("Location","Cyprus","Kypros","Κύπρος"),E("Location","Prague"),
  E("Service","F-16"),E("Location","Greece"),E("Service","Learjet"),E("Person","Payne Stewart"),
  E("Organization","Cyprus Police"),E("Company","Cyprus News Agency","CNA"),E("Location","Shisto"),
  E("Organization","Ministry of Defense"),E("Location","Paris"),E("Person","Nektarios-Sotirios Voutas"),
  E("Location","Nicosia"),E("Company","Libra Holidays Group"),E("Location","Limassol"),E("Service","Boeing 737-800"),
  E("Service","Airbus A319")]+[E("Location",c) for c in ["London","Sofia","Warsaw","Dublin","Strasbourg"]],
 roles=[],
 relations=[L("Helios Airways","parentOrganization","Libra Holidays Group")],
 outages=[],
 dates=[D("09:04 UTC","2005-08-14T09:04"),D("12:04 p.m. EEST","2005-08-14T12:04"),D("December 16, 2004","2004-12-16"),
  D("1999","1999"),D("the following morning","2005-08-15"),D("the following day","2005-08-15"),D("today","2005-08-14")])
# published null: only absolute dates ("Thursday" left out); one outage: MainOne says the break was in its own
# submarine cable system (provider MainOne, as the corpus gives a cable operator that the text names), starting
# "from March 12, 2024"; the cable systems are Services (corpus practice: SEA-ME-WE 3, Heywood Interconnector);
# MainOne is also the name of its cable here (one Company entity); the two Ghanaian operators' subscribers were hit
A["wp-2024-internet-outage-in-africa"]=dict(
 entities=[E("Location","Africa"),E("Location","West Africa"),E("Location","Ivory Coast"),E("Location","Liberia"),
  E("Location","Nigeria"),E("Location","Ghana"),E("Company","MainOne"),E("Location","Central Africa"),
  E("Service","West Africa Cable System","WACS"),E("Service","Africa Coast to Europe","ACE"),E("Service","SAT-3"),
  E("Company","MTN Ghana"),E("Company","Telecel Ghana")],
 roles=[],relations=[],
 outages=[O("MainOne","2024-03-12",["West Africa Cable System","Africa Coast to Europe","SAT-3","MTN Ghana","Telecel Ghana"],
  "West Africa","damage to underwater fibre optic cables")],
 dates=[D("March 13, 2024","2024-03-13"),D("March 12, 2024","2024-03-12")])
# published null: only absolute dates; one outage: the attack cut power from Ukrenergo's substation (provider
# Ukrenergo, the transmission operator; start "just before midnight" and "just over an hour" are not exact: null);
# the substation "North" is a named facility (Location); malware and the relays are named software/devices
# (Service); SIPROTEC's maker: Siemens patched its flaw (provider, a careful reader's conclusion); the earlier attack
# "a year after" is not told as an outage
A["wp-2016-kyiv-cyberattack"]=dict(
 entities=[E("Location","Kiev"),E("Company","Ukrenergo"),E("Location","North"),E("Location","Pivnichna"),
  E("Location","Ukraine"),E("Company","Dragos Security","Dragos"),E("Service","Industroyer"),E("Service","SIPROTEC"),
  E("Company","Siemens")],
 roles=[],relations=[L("SIPROTEC","provider","Siemens")],
 outages=[O("Ukrenergo","2016-12-17",[],"Kiev","cyberattack")],
 dates=[D("17 December 2016","2016-12-17"),D("2015","2015")])
# published null: only absolute dates ("the 1960s" has no ISO value; "Two years" is a span); no outage: the Basslink
# fault made the cable inoperable, but no customer is said to have lost supply (low storage, contingency plans);
# Basslink is a Service (an interconnector, corpus practice); named governments are Organization; power stations and
# wind farms are named facilities (Location); Hodgman and Abbott are named only inside the governments' names
A["wp-2016-tasmanian-energy-crisis"]=dict(
 entities=[E("Location","Tasmania"),E("Location","Australia"),E("Location","Victoria"),E("Service","Basslink"),
  E("Company","Hydro Tasmania"),E("Organization","Hodgman Government"),E("Location","Bell Bay Power Station"),
  E("Location","Tamar Valley Power Station"),E("Location","Woolnorth wind farm"),E("Location","Musselroe wind farm"),
  E("Organization","Abbott Government")],
 roles=[],relations=[],outages=[],
 dates=[D(y,y) for y in ["2016","1914","2015","2005","2009","2007","2013"]]+[D("July 2012","2012-07")])
# published 2005-02-17: heads of state and ministers -> president/minister of Brazil or Venezuela; the Special
# Secretary for Aquaculture and Fisheries sits in the ministers' list (minister-rank secretary of Brazil: minister, a
# judgement); "President of" Petrobras/BNDES/Eletrobrás -> president; the presidential adviser -> other at Brazil
# (corpus: advisers other); a superintendent of a BNDES area -> executive; EMBRAER's representative in Venezuela ->
# other; BNDES is a state bank run as a business (Company, as the corpus types SBCI); parties, armed groups and the
# Foro are Organization; the PDVSA-Petrobrás refinery protocol is a signed agreement to build together (partner, a
# judgement); Super Tucano and AMX-T are "manufactured by EMBRAER" (provider); the ministries inside ministers'
# titles and countries inside party names are not annotated on their own
A["wn-brazilian-president-lula-met-chavez-military-2005"]=dict(
 entities=[E("Location","Caracas"),E("Location","Venezuela"),E("Person","Luiz Inácio Lula da Silva","Lula"),
  E("Person","Hugo Chavez"),E("Location","Brazil"),E("Location","Guiana"),E("Location","Suriname"),
  E("Person","Luiz Fernando Furlan"),E("Person","Antônio Palocci"),E("Person","Celso Amorim"),E("Person","Humberto Costa"),
  E("Person","Dilma Roussef"),E("Person","Walfrido Mares Guia"),E("Person","José Eduardo Dutra"),
  E("Company","Petrobras","Petrobrás","Brazilian Petroleum S.A."),
  E("Company","National Economic and Social Development Bank","BNDES"),E("Person","Guido Mantega"),
  E("Company","Eletrobrás"),E("Person","Silas Rondeau Cavalcante Silva"),E("Person","José Fritsch"),
  E("Organization","Brazilian Ministry of External Relations"),E("Person","Marco Aurélio Garcia"),
  E("Location","Colombia"),E("Location","Latin America"),E("Organization","Foro de São Paulo","Foro"),
  E("Location","United States")]+[E("Organization",p) for p in ["Communist Party of Cuba","Colombian Communist Party",
  "Communist Party of Bolivia","Communist Party of Brazil","Workers' Party","Paraguayan Communist Party",
  "Peruvian Communist Party","Socialist Party of Peru","National Liberation Army","Revolutionary Armed Forces of Colombia",
  "Farabundo Martí National Liberation Front","Guatemalan National Revolutionary Unity","Tupamaros"]]+
  [E("Location","Havana"),E("Location","Amazon","Amazonia"),E("Organization","South Development Bank"),
  E("Company","PDVSA","Venezuelan Petroleum S.A."),E("Person","Luiz Antônio Araújo Dantas"),
  E("Location","La Vueltosa Hydroelectric Plant"),E("Organization","United Nations Security Council"),
  E("Service","Super Tucano"),E("Service","AMX-T"),E("Company","EMBRAER"),E("Person","Joany Kings"),
  E("Organization","Venezuelan Air Force"),E("Service","Tucano")],
 roles=[R("Luiz Inácio Lula da Silva","president","Brazil"),R("Hugo Chavez","president","Venezuela")]+
  [R(p,"minister","Brazil") for p in ["Luiz Fernando Furlan","Antônio Palocci","Celso Amorim","Humberto Costa",
  "Dilma Roussef","Walfrido Mares Guia","José Fritsch"]]+
  [R("José Eduardo Dutra","president","Petrobras"),R("Guido Mantega","president","National Economic and Social Development Bank"),
  R("Silas Rondeau Cavalcante Silva","president","Eletrobrás"),R("Marco Aurélio Garcia","other","Brazil"),
  R("Luiz Antônio Araújo Dantas","executive","National Economic and Social Development Bank"),
  R("Joany Kings","other","EMBRAER")],
 relations=[L("PDVSA","partner","Petrobras"),L("Super Tucano","provider","EMBRAER"),L("AMX-T","provider","EMBRAER")],
 outages=[],
 dates=[D("February 14, 2005","2005-02-14"),D("February, 14","2005-02-14"),D("February, 15","2005-02-15"),
  D("February, 16","2005-02-16"),D("December 4, 2001","2001-12-04")])
# published 2009-11-08: Premier -> minister of China; co-chair of the FOCAC -> chairman (a judgement); "leader of
# the African Union" -> head; the Egyptian trade minister and the presidents of Egypt and Sudan with their countries;
# the Tanzanian president gets no role (Tanzania is not named on its own); "Beshir" is the same president as "Omar
# al-Beahir" (spelling variant: alias); Sinopec "bought up" Addax (acquired + parentOrganization); "Two years ago" ->
# 2007 against published (corpus practice), though the text's "2006 pledge" points to 2006; "that year" follows
# "Since 2006" (2006); the conference of entrepreneurs is an event
A["wn-china-offers-africa-financial-aid-including-2009"]=dict(
 entities=[E("Location","China"),E("Location","Africa"),E("Organization","Forum on China-Africa Cooperation","FOCAC"),
  E("Location","Sharm el-Sheikh"),E("Location","Egypt"),E("Person","Wen Jiabao","Jiabao"),E("Location","Beijing"),
  E("Company","China Daily"),E("Organization","U.S. Commerce Department"),E("Company","Sinopec Group"),
  E("Company","Addax Petroleum Corporation"),E("Location","Nigeria"),E("Location","Cameroon"),E("Location","Gabon"),
  E("Location","Congo"),E("Person","Jean Ping","Ping"),E("Organization","African Union"),
  E("Person","Rachid Mohamed Rachid","Rachid"),E("Location","Middle East"),E("Company","Bloomberg"),
  E("Person","Jakaya Mrisho Kikwete"),E("Person","Hosni Mubarak"),E("Location","Sudan"),
  E("Person","Omar al-Beahir","Beshir"),E("Organization","International Criminal Court"),E("Location","Darfur"),
  E("Organization","United Nations")],
 roles=[R("Wen Jiabao","minister","China"),R("Wen Jiabao","chairman","Forum on China-Africa Cooperation"),
  R("Jean Ping","head","African Union"),R("Rachid Mohamed Rachid","minister","Egypt"),R("Hosni Mubarak","president","Egypt"),
  R("Omar al-Beahir","president","Sudan")],
 relations=[L("Sinopec Group","acquired","Addax Petroleum Corporation"),
  L("Addax Petroleum Corporation","parentOrganization","Sinopec Group")],
 outages=[],
 dates=[D("today","2009-11-08"),D("Two years ago","2007"),D("2006","2006"),D("last year","2008"),D("2000","2000"),
  D("2001","2001"),D("2003","2003"),D("that year","2006"),D("earlier this year","2009")])
# published null: only absolute dates ("In the next year" left out); "The Haier as we know now" was founded when
# Zhang Ruimin became general manager of the Qingdao factory, later renamed: the factory's names are Haier's
# former names (aliases), and "Qingdao" concluding the joint venture is that company (partner with Liebherr; the
# surface "Qingdao" stays the city's); "general manager" -> executive; teaming up with Blackstone and Bain to bid
# is a joint bid (partner each); the Maytag bid is an intention (no relation); the US division and the Hong Kong
# subsidiary are unnamed; "US" and "United States" are one place; the index is not an entity; Qingdao-Liebherr is
# a refrigerator name (Service; its maker is not stated plainly: no provider)
A["wp-haier"]=dict(
 entities=[E("Company","Haier Group","Haier","Qingdao Daily Appliances Factory","Qingdao General Refrigerator Factory"),
  E("Location","Qingdao"),E("Location","Shandong"),E("Location","China"),E("Person","Zhang Ruimin"),
  E("Company","Liebherr"),E("Service","Qingdao-Liebherr"),E("Location","United States","US"),E("Location","Hong Kong"),
  E("Company","Shanghai Stock Exchange"),E("Company","Maytag Corporation"),E("Company","Blackstone"),E("Company","Bain"),
  E("Company","Ripplewood Holdings")]+[E("Location",c) for c in ["Tunisia","Nigeria","Egypt","Algeria","South Africa",
  "Camden","South Carolina","Haier Blvd","Italy"]],
 roles=[R("Zhang Ruimin","executive","Haier Group")],
 relations=[L("Haier Group","partner","Liebherr"),L("Haier Group","partner","Blackstone"),L("Haier Group","partner","Bain")],
 outages=[],
 dates=[D("2005","2005"),D("December 24, 1987","1987-12-24"),D("1986","1986"),D("1991","1991"),D("1994","1994"),
  D("April 2005","2005-04"),D("June 2005","2005-06")])
# published 2012-09-29: The Onion and the Fars News Agency are news websites/agencies (Company); "Iran's Finest News
# Source" is the Onion's mock expansion of FNA (alias); the fictional Swiderski and the quoted headline's Congress and
# DC are named in the text (annotated); presidents with their countries; "editor" is outside the vocabulary (other);
# "Editorial Manager" -> executive; the Onion's "Iranian subsidiary" and "freely shares content" are jokes (no
# relation); "Just over five years ago" -> 2007 against published; Wikinews is Company (corpus practice)
A["wn-iranian-news-agency-reproduces-onion-article-2012"]=dict(
 entities=[E("Company","Fars News Agency","FNA","Fars","Iran's Finest News Source"),E("Location","United States","US","America"),
  E("Company","The Onion"),E("Company","Gallup"),E("Person","Mahmoud Ahmadinejad","Ahmadinejad"),E("Location","Iran"),
  E("Person","Barack Obama","Obama"),E("Location","West Virginia"),E("Person","Dale Swiderski","Swiderski"),
  E("Location","Chicago"),E("Location","Illinois"),E("Organization","Columbia University"),E("Location","New York"),
  E("Location","Canada"),E("Location","United Kingdom"),E("Location","Australia"),E("Location","India"),
  E("Person","Will Tracy"),E("Company","Wikinews"),E("Person","Chet Clem","Clem"),E("Company","Beijing Evening News"),
  E("Organization","Congress"),E("Location","DC"),E("Company","BBC News Online"),E("Location","Bangladesh")],
 roles=[R("Mahmoud Ahmadinejad","president","Iran"),R("Barack Obama","president","United States"),
  R("Will Tracy","other","The Onion"),R("Chet Clem","executive","The Onion")],
 relations=[],outages=[],
 dates=[D("yesterday","2012-09-28"),D("Just over five years ago","2007"),D("November 2007","2007-11"),D("2002","2002")])
# published null: only absolute dates; chairman of Tata Sons and Tata Group (current); at TCS: COO and executive
# director before 2009 (former: coo, director), CEO from 2009 (not said to have ended: current true by the format's
# rule); "was also the chairman" of Tata Motors and TGB (former); chair of B20 India and of NASSCOM (chairman);
# Mistry removed as chairman of Tata Sons (former); membership of IEEE and the societies is no role; the college's
# former and present names are one Organization; no ownership between the Tata companies is stated
A["wp-natarajan-chandrasekaran"]=dict(
 entities=[E("Person","Natarajan Chandrasekaran","Chandrasekaran"),E("Company","Tata Sons"),E("Company","Tata Group"),
  E("Company","Tata Consultancy Services","TCS"),E("Company","Tata Motors"),E("Company","Tata Global Beverages","TGB"),
  E("Organization","B20 India"),E("Location","India"),E("Organization","G20"),E("Location","Mohanur"),
  E("Organization","Coimbatore Institute of Technology"),E("Location","Tamil Nadu"),
  E("Organization","National Institute of Technology, Tiruchirappalli","Regional Engineering College, Tiruchirappalli"),
  E("Organization","Institute of Electrical and Electronics Engineers","IEEE"),E("Organization","Computer Society of India"),
  E("Organization","British Computer Society"),E("Organization","NASSCOM"),E("Person","Cyrus Mistry","Mistry"),
  E("Organization","National Company Law Tribunal","NCLT")],
 roles=[R("Natarajan Chandrasekaran","chairman","Tata Sons"),R("Natarajan Chandrasekaran","chairman","Tata Group"),
  R("Natarajan Chandrasekaran","coo","Tata Consultancy Services",False),
  R("Natarajan Chandrasekaran","director","Tata Consultancy Services",False),
  R("Natarajan Chandrasekaran","ceo","Tata Consultancy Services"),
  R("Natarajan Chandrasekaran","chairman","Tata Motors",False),R("Natarajan Chandrasekaran","chairman","Tata Global Beverages",False),
  R("Natarajan Chandrasekaran","chairman","B20 India"),R("Natarajan Chandrasekaran","chairman","NASSCOM"),
  R("Cyrus Mistry","chairman","Tata Sons",False)],
 relations=[],outages=[],
 dates=[D("2 June 1963","1963-06-02"),D("2009","2009"),D("1986","1986"),D("1987","1987"),D("6 October 2009","2009-10-06"),
  D("April 2015","2015-04"),D("24 October 2016","2016-10-24"),D("July 2018","2018-07"),D("2016","2016"),
  D("10 July 2018","2018-07-10")])
print(write(A, "/tmp/agree26-tmp", os.path.dirname(os.path.abspath(__file__))))
