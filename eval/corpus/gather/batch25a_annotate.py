#!/usr/bin/env python3
"""Batch 25a gold annotations (the 10 texts of batch25a.py), written from each text alone before newskg was run on
any of them. Split rule fixed before annotation: the ids sorted, then dealt along test, train, dev, train (the batch's
own cycle, as every sub-batch since 8b).
usage: batch25a_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, O
import batch10_annotate as b10

IDS = sorted("""wn-crisis-stricken-japan-nuclear-plant-escalates-2011
wn-rare-snowfall-strikes-southern-united-states-2008
wn-brazilian-president-lula-met-chavez-military-2005
wn-brazil-blames-human-error-2006-midair-2008
wn-cypriot-plane-121-board-crashes-greece-2005
wn-mass-panic-zimbabwean-officials-fake-air-2010
wn-china-offers-africa-financial-aid-including-2009
wn-spacex-successfully-test-fires-falcon-9-2008
wn-1-year-long-strike-against-fmc-2007
wn-iranian-news-agency-reproduces-onion-article-2012""".split())
A = {}
A["wn-crisis-stricken-japan-nuclear-plant-escalates-2011"] = dict(
 entities=[E("Location", "Japan"), E("Location", "Chernobyl"), E("Organization", "NISA"), E("Company", "TEPCO"),
           E("Location", "Soviet Union"), E("Location", "Iwaki"), E("Location", "Fukushima nuclear plant"),
           E("Person", "Naoto Kan")],
 # 'TEPCO reported widespread power outages; hundreds of thousands of homes and businesses had power cut off' → one
 # outage of the operator's supply; 'the earthquake' of that paragraph is the aftershock told just before (the
 # damaged plant's workers evacuated and tsunami warnings cancelled after it), so the date is 'yesterday' = 11 April
 # (a doubtful point: the March earthquake is told as 'the massive earthquake in March'); no place more exact than
 # the country and no affected service named; the plant is a facility (Location); the event scale is no entity;
 # 'the Japanese prime minister' with Japan named on its own → minister of Japan; 'a month ago' and 'over the next
 # several weeks' are not resolved
 roles=[R("Naoto Kan", "minister", "Japan")],
 relations=[],
 outages=[O("TEPCO", "2011-04-11", [], cause="earthquake")],
 dates=[D("1986", "1986"), D("last month", "2011-03"), D("yesterday", "2011-04-11"), D("March", "2011-03")])
A["wn-rare-snowfall-strikes-southern-united-states-2008"] = dict(
 entities=[E("Location", "US"), E("Location", "Louisiana"), E("Location", "Mississippi"),
           E("Company", "Cleco Corporation"), E("Location", "Louis Armstrong International Airport"),
           E("Location", "New Orleans")],
 # 'thousands of people were left without power - one of Louisiana's largest power suppliers, Cleco Corporation,
 # reported ten thousand outages' → one outage, provider the utility, in Louisiana, caused by the snow; the day is not
 # told for the outages ('Snow has started falling'; only New Orleans' snow is dated 'today'), so the month; the
 # affected flights at the airport are weather delays, not the utility's (no affected service named)
 roles=[],
 relations=[],
 outages=[O("Cleco Corporation", "2008-12", [], loc="Louisiana", cause="snow")],
 dates=[D("today", "2008-12-13"), D("December 30, 1963", "1963-12-30")])
A["wn-brazilian-president-lula-met-chavez-military-2005"] = dict(
 entities=[E("Location", "Caracas"), E("Location", "Venezuela"), E("Location", "Brazil"), E("Location", "Guiana"),
           E("Location", "Suriname"), E("Location", "Latin America"), E("Location", "Colombia"),
           E("Location", "United States"), E("Location", "Havana"), E("Location", "Amazonia", "Amazon"),
           E("Location", "La Vueltosa Hydroelectric Plant"),
           E("Person", "Luiz Inácio Lula da Silva", "Lula"), E("Person", "Hugo Chavez"),
           E("Person", "Luiz Fernando Furlan"), E("Person", "Antônio Palocci"), E("Person", "Celso Amorim"),
           E("Person", "Humberto Costa"), E("Person", "Dilma Roussef"), E("Person", "Walfrido Mares Guia"),
           E("Person", "José Eduardo Dutra"), E("Person", "Guido Mantega"),
           E("Person", "Silas Rondeau Cavalcante Silva"), E("Person", "José Fritsch"),
           E("Person", "Marco Aurélio Garcia"), E("Person", "Luiz Antônio Araújo Dantas"), E("Person", "Joany Kings"),
           E("Company", "Petrobras", "Petrobrás", "Brazilian Petroleum S.A."),
           E("Company", "National Economic and Social Development Bank", "BNDES"), E("Company", "Eletrobrás"),
           E("Company", "PDVSA", "Venezuelan Petroleum S.A."), E("Company", "EMBRAER"),
           E("Organization", "Brazilian Ministry of External Relations", "Ministry of External Relations"), E("Organization", "Foro de São Paulo", "Foro"),
           E("Organization", "Communist Party of Cuba"), E("Organization", "Colombian Communist Party"),
           E("Organization", "Communist Party of Bolivia"), E("Organization", "Communist Party of Brazil"),
           E("Organization", "Workers' Party"), E("Organization", "Paraguayan Communist Party"),
           E("Organization", "Peruvian Communist Party"), E("Organization", "Socialist Party of Peru"),
           E("Organization", "National Liberation Army"),
           E("Organization", "Revolutionary Armed Forces of Colombia"),
           E("Organization", "Farabundo Martí National Liberation Front"),
           E("Organization", "Guatemalan National Revolutionary Unity"), E("Organization", "Tupamaros"),
           E("Organization", "South Development Bank"), E("Organization", "United Nations Security Council"),
           E("Organization", "Venezuelan Air Force"),
           E("Service", "Super Tucano"), E("Service", "AMX-T"), E("Service", "Tucanos")],
 # heads of state with their countries named on their own → president of Brazil / Venezuela; 'the Minister of ...'
 # of Lula's delegation → minister of Brazil; 'the President of Petrobras / of [BNDES] / of Eletrobrás' → president;
 # BNDES, a state development bank run as a bank, typed Company (a doubtful point); 'superintendent of the BNDES's
 # Area of Foreign Trade' → executive; 'the representant of EMBRAER in Venezuela' → other; the Special Secretary's
 # secretariat and the Presidential Advisor's office are not named as organisations → no role; 'PDVSA ... and
 # Petrobrás ... signed a intention protocol for the building of an oil refinery' → partner (a signed joint-project
 # agreement, PDVSA first as written; a doubtful point: a protocol of intent); 'airplanes type Super Tucano and ...
 # AMX-T manufactured by EMBRAER' → provider; the older 'Tucanos' are not said to be EMBRAER's (no relation);
 # 'Brazil's Aircraft Company' is a gloss, not a name; the Caracas subway's 'third line' is left out (no service
 # name); 'in three days', 'Days before', 'in two years' are not resolved
 roles=[R("Luiz Inácio Lula da Silva", "president", "Brazil"), R("Hugo Chavez", "president", "Venezuela"),
        R("Luiz Fernando Furlan", "minister", "Brazil"), R("Antônio Palocci", "minister", "Brazil"),
        R("Celso Amorim", "minister", "Brazil"), R("Humberto Costa", "minister", "Brazil"),
        R("Dilma Roussef", "minister", "Brazil"), R("Walfrido Mares Guia", "minister", "Brazil"),
        R("José Eduardo Dutra", "president", "Petrobras"),
        R("Guido Mantega", "president", "National Economic and Social Development Bank"),
        R("Silas Rondeau Cavalcante Silva", "president", "Eletrobrás"),
        R("Luiz Antônio Araújo Dantas", "executive", "National Economic and Social Development Bank"),
        R("Joany Kings", "other", "EMBRAER")],
 relations=[L("PDVSA", "partner", "Petrobras"), L("Super Tucano", "provider", "EMBRAER"),
            L("AMX-T", "provider", "EMBRAER")],
 outages=[],
 dates=[D("February 14, 2005", "2005-02-14"), D("February, 14", "2005-02-14"), D("February, 15", "2005-02-15"),
        D("February, 16", "2005-02-16"), D("December 4, 2001", "2001-12-04")])
A["wn-brazil-blames-human-error-2006-midair-2008"] = dict(
 entities=[E("Service", "Boeing 737"), E("Service", "Embraer Legacy 600", "Legacy"), E("Company", "ExcelAire"),
           E("Location", "US"), E("Organization", "Brazilian Air Force", "Air Force"), E("Location", "Brazil"),
           E("Person", "Joseph Lepore"), E("Person", "Jan Paladino"), E("Person", "David Rimmer")],
 # the transponder 'failure' that kept the collision-avoidance system from working is an aircraft's equipment, no
 # service lost → no outage (near-miss); flight numbers are no entities, and the airlines named only inside them
 # (Gol Transportes Aéreos, TAM Airlines) and Embraer inside the aircraft name get no entity of their own
 # (GUIDELINES.md, Types); 'The Legacy, owned by ExcelAire' is one jet's owner, not a maker or operator of the
 # model (no relation); 'ExcelAire's executive vice president' → vice-president; TCAS and ATC are no entities;
 # 'the following year' after 2006 → 2007; 'next week' not resolved
 roles=[R("David Rimmer", "vice-president", "ExcelAire")],
 relations=[],
 outages=[],
 dates=[D("2006", "2006"), D("the following year", "2007"), D("today", "2008-12-06")])
A["wn-cypriot-plane-121-board-crashes-greece-2005"] = dict(
 entities=[E("Company", "Helios Airways", "Helios", "Helios Airlines"), E("Service", "Boeing 737"),
           E("Service", "Boeing 737-800"), E("Service", "Airbus A319"), E("Service", "F-16"), E("Service", "Learjet"),
           E("Location", "Grammatiko"), E("Location", "Athens"), E("Location", "Larnaca"),
           E("Location", "Cyprus", "Kypros", "Κύπρος"), E("Location", "Prague"), E("Location", "Greece"),
           E("Location", "Shisto"), E("Location", "Paris"), E("Location", "Nicosia"), E("Location", "Limassol"),
           E("Location", "London"), E("Location", "Sofia"), E("Location", "Warsaw"), E("Location", "Dublin"),
           E("Location", "Strasbourg"), E("Person", "Payne Stewart"), E("Person", "Nektarios-Sotirios Voutas"),
           E("Organization", "Cyprus Police"), E("Company", "Cyprus News Agency", "CNA"),
           E("Organization", "Ministry of Defense"), E("Company", "Libra Holidays Group")],
 # the air-conditioning problem and a possibly failed air-supply system before the crash are an aircraft's failure
 # and a physical accident, no service lost → no outage (near-miss); 'It is now a subsidiary of Libra Holidays
 # Group' → parentOrganization; the Director of Helios Airways, the airline spokesman, the coroner and the ministers
 # are unnamed (no role); flight HCY 522 is no entity; 'the following morning' and 'the following day' after the
 # crash on the date line's day → 15 August
 roles=[],
 relations=[L("Helios Airways", "parentOrganization", "Libra Holidays Group")],
 outages=[],
 dates=[D("09:04 UTC", "2005-08-14T09:04"), D("12:04 p.m. EEST", "2005-08-14T12:04"),
        D("December 16, 2004", "2004-12-16"), D("1999", "1999"), D("the following morning", "2005-08-15"),
        D("the following day", "2005-08-15"), D("today", "2005-08-14")])
A["wn-mass-panic-zimbabwean-officials-fake-air-2010"] = dict(
 entities=[E("Company", "Air Zimbabwe"), E("Service", "Boeing 767"),
           E("Location", "Harare International Airport", "Harare airport"), E("Location", "London"),
           E("Location", "Harare"), E("Company", "Medical Rescue International"), E("Service", "Facebook"),
           E("Person", "Peter Chikumba"), E("Person", "Alan McGuinness", "McGuinness"), E("Company", "Sky News"),
           E("Person", "David Chawota", "Chawota"), E("Organization", "Zimbabwe Civil Aviation Authority"),
           E("Company", "BNO News"), E("Person", "Michael van Poppel"), E("Person", "Stuart Sprake", "Sprake"),
           E("Company", "FX Logistics")],
 # a staged crash drill, no system failed and no service lost → no outage (near-miss); 'chief of Air Zimbabwe' →
 # head (a doubtful point: 'chief' names no exact post); 'the head of the Zimbabwe Civil Aviation Authority' → head,
 # and 'he is the CEO of the aviation authority' → ceo as well; 'head of BNO News' → head; 'general manager of FX
 # Logistics' → executive; a correspondent is no title in the vocabulary (no role); the Air Zimbabwe 'senior figure'
 # is unnamed; Zimbabwe is named only as an adjective and inside the authority's name (no Location)
 roles=[R("Peter Chikumba", "head", "Air Zimbabwe"), R("David Chawota", "head", "Zimbabwe Civil Aviation Authority"),
        R("David Chawota", "ceo", "Zimbabwe Civil Aviation Authority"), R("Michael van Poppel", "head", "BNO News"),
        R("Stuart Sprake", "executive", "FX Logistics")],
 relations=[],
 outages=[],
 dates=[D("Today", "2010-08-05")])
A["wn-china-offers-africa-financial-aid-including-2009"] = dict(
 entities=[E("Location", "China"), E("Location", "Africa"), E("Location", "Sharm el-Sheikh"), E("Location", "Egypt"),
           E("Location", "Beijing"), E("Location", "Nigeria"), E("Location", "Cameroon"), E("Location", "Gabon"),
           E("Location", "Congo"), E("Location", "Middle East"), E("Location", "Sudan"), E("Location", "Darfur"),
           E("Organization", "Forum on China-Africa Cooperation", "FOCAC"), E("Person", "Wen Jiabao", "Jiabao"),
           E("Company", "China Daily"), E("Organization", "U.S. Commerce Department"), E("Company", "Sinopec Group"),
           E("Company", "Addax Petroleum Corporation"), E("Person", "Jean Ping", "Ping"),
           E("Organization", "African Union"), E("Person", "Rachid Mohamed Rachid", "Rachid"),
           E("Company", "Bloomberg"), E("Person", "Jakaya Mrisho Kikwete"), E("Person", "Hosni Mubarak"),
           E("Person", "Omar al-Beahir", "Beshir"), E("Organization", "International Criminal Court"),
           E("Organization", "United Nations")],
 # 'China's Sinopec Group ... bought up Addax Petroleum Corporation from its Swiss owners' → acquired and
 # parentOrganization (completed; the owners unnamed); 'co-chair Chinese Premier Wen Jiabao as the FOCAC opened' →
 # minister of China (head of government, China named on its own) and chairman of the forum (a doubtful point: a
 # co-chair of a meeting); 'Egyptian Trade and Industry Minister' → minister of Egypt; 'Egypt's own President' →
 # president of Egypt; 'Sudan, whose President Omar al-Beahir' → president of Sudan ('Beshir' the same man, the
 # article's two spellings); 'Tanzanian President' with Tanzania not named on its own → no role; 'leader of the
 # African Union' → head; 'that year' after 'Since 2006' is not sure → left out; 'Two years ago' not resolved
 roles=[R("Wen Jiabao", "minister", "China"), R("Wen Jiabao", "chairman", "Forum on China-Africa Cooperation"),
        R("Rachid Mohamed Rachid", "minister", "Egypt"), R("Hosni Mubarak", "president", "Egypt"),
        R("Omar al-Beahir", "president", "Sudan"), R("Jean Ping", "head", "African Union")],
 relations=[L("Sinopec Group", "acquired", "Addax Petroleum Corporation"),
            L("Addax Petroleum Corporation", "parentOrganization", "Sinopec Group")],
 outages=[],
 dates=[D("today", "2009-11-08"), D("2006", "2006"), D("last year", "2008"), D("2000", "2000"), D("2001", "2001"),
        D("2003", "2003"), D("earlier this year", "2009")])
A["wn-spacex-successfully-test-fires-falcon-9-2008"] = dict(
 entities=[E("Location", "McGregor"), E("Location", "Texas"), E("Location", "Waco"), E("Location", "Cape Canaveral"),
           E("Company", "Space Exploration Technologies Corporation", "SpaceX"), E("Service", "Falcon 9"),
           E("Service", "Falcon 1"), E("Service", "Dragon"), E("Service", "Boeing 747"),
           E("Service", "Space Shuttles", "Shuttles"), E("Service", "Ares I"), E("Service", "Ares V"),
           E("Person", "Lauren Dreyer"), E("Person", "Lorena Resident"), E("Company", "Waco Tribune-Herald"),
           E("Organization", "NASA"), E("Person", "Elon Musk")],
 # the company's rockets and its named capsule → provider; 'SpaceX has already reached an agreement with NASA to
 # conduct three test flights' → partner (a contract, SpaceX first as written); NASA's shuttles and Ares rockets have
 # no Company provider (NASA is an agency); 'SpaceX's manager for business development' → executive; 'CEO and CTO of
 # SpaceX' → ceo and cto; a commenter is no title; '10:30pm on November 23, 2008' → the day and the time
 roles=[R("Lauren Dreyer", "executive", "Space Exploration Technologies Corporation"),
        R("Elon Musk", "ceo", "Space Exploration Technologies Corporation"),
        R("Elon Musk", "cto", "Space Exploration Technologies Corporation")],
 relations=[L("Falcon 9", "provider", "Space Exploration Technologies Corporation"),
            L("Falcon 1", "provider", "Space Exploration Technologies Corporation"),
            L("Dragon", "provider", "Space Exploration Technologies Corporation"),
            L("Space Exploration Technologies Corporation", "partner", "NASA")],
 outages=[],
 dates=[D("November 23, 2008", "2008-11-23"), D("10:30pm", "2008-11-23T22:30"), D("2010", "2010"),
        D("2014", "2014"), D("2009", "2009")])
A["wn-1-year-long-strike-against-fmc-2007"] = dict(
 entities=[E("Location", "Antalya"), E("Location", "Turkey"), E("Location", "Germany"),
           E("Company", "FMC Novamed", "Novamed"), E("Company", "Fresenius Medical Care", "FMC"),
           E("Organization", "Labor Ministry of Turkey"),
           E("Organization", "Grand Arbitrator Committee", "Yüksek Hakem Kurulu"), E("Person", "Cem Günaltay"),
           E("Person", "Antonio Raffa"), E("Person", "Burn")],
 # 'It is owned by Fresenius Medical Care (FMC)' → parentOrganization; 'the Finance Manager for Novamed' and 'FMC's
 # International Production Manager' → executive ('manager'); a strike stops no service → no outage (near-miss); the
 # union is unnamed; 'Burn' is the cited author (a Person, no role); 'almost a year now' not resolved
 roles=[R("Cem Günaltay", "executive", "FMC Novamed"), R("Antonio Raffa", "executive", "Fresenius Medical Care")],
 relations=[L("FMC Novamed", "parentOrganization", "Fresenius Medical Care")],
 outages=[],
 dates=[D("September 26th, 2006", "2006-09-26"), D("2001", "2001"), D("2005", "2005")])
A["wn-iranian-news-agency-reproduces-onion-article-2012"] = dict(
 entities=[E("Company", "Fars News Agency", "FNA", "Fars"), E("Location", "Iran"),
           E("Location", "United States", "US", "America"), E("Company", "The Onion"), E("Company", "Gallup"),
           E("Person", "Mahmoud Ahmadinejad", "Ahmadinejad"), E("Person", "Barack Obama", "Obama"),
           E("Location", "West Virginia"), E("Person", "Dale Swiderski", "Swiderski"), E("Location", "Chicago"),
           E("Location", "Illinois"), E("Organization", "Columbia University"), E("Location", "New York"),
           E("Location", "Canada"), E("Location", "United Kingdom"), E("Location", "Australia"),
           E("Location", "India"), E("Location", "Bangladesh"), E("Person", "Will Tracy"), E("Company", "Wikinews"),
           E("Person", "Chet Clem", "Clem"), E("Company", "Beijing Evening News"), E("Company", "BBC News Online")],
 # news agencies, newspapers and news websites run as businesses → Company (GUIDELINES.md, Types); 'the President of
 # Iran', 'US President Barack Obama' → president; 'The Onion's editor Will Tracy' → head (a doubtful point: the
 # editor runs the publication); 'The Onion's Editorial Manager Chet Clem' → executive; 'visit our Iranian
 # subsidiary organization' is the satirist's joke → no relation; a dead link to an article is no outage; the
 # fictional resident is annotated as the text names him; 'Just over five years ago' not resolved
 roles=[R("Mahmoud Ahmadinejad", "president", "Iran"), R("Barack Obama", "president", "United States"),
        R("Will Tracy", "head", "The Onion"), R("Chet Clem", "executive", "The Onion")],
 relations=[],
 outages=[],
 dates=[D("yesterday", "2012-09-28"), D("November 2007", "2007-11"), D("2002", "2002")])

if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A))
