#!/usr/bin/env python3
"""Second annotation of the 10 batch-30 articles in /tmp/agree31-tmp (stripped copies), made from their text,
GUIDELINES.md and GOLD_FORMAT.md alone (corpus practice on open points from train gold). Writes the gold files into
this folder with the checks of eval/corpus/second_sample.write."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import D, E, L, O, R, write
A = {}
P, PO, AQ, PA = "provider", "parentOrganization", "acquired", "partner"

# published 2015-02-07 (Saturday): "Wednesday" -> 2015-02-04. Flight number not an entity (corpus). ATR 72-600 a
# Service; "ATR" ("all ATR pilots", "22 ATRs") refers to the aircraft type: alias. Keelung River a Location (corpus:
# rivers). Mayor Ko Wen-je: no role (corpus: mayors, city not an entity org), pilot / volunteer / "boss of a safety
# consultant" (unnamed): no role. "teamed up with engine manufacturer" -> partner. 90 cancelled flights for pilot
# proficiency checks: no outage (no IT or service failure).
A["wn-taipei-plane-crash-toll-reaches-40-2015"] = dict(
    entities=[E("Location", "Taipei"), E("Location", "Taiwan"), E("Company", "TransAsia Airways", "TransAsia"),
              E("Location", "Keelung River"), E("Organization", "Tzu Chi Foundation"), E("Person", "Lee Hung Shu-ying"),
              E("Organization", "Aviation Safety Council"), E("Location", "Taipei Songshan Airport"),
              E("Location", "Kinmen"), E("Service", "ATR 72-600", "ATR"), E("Person", "Thomas Wang", "Wang"),
              E("Person", "John M. Cox"), E("Person", "Stephen Fredrick"), E("Company", "CNN"),
              E("Company", "Pratt & Whitney Canada"), E("Organization", "Civil Aeronautics Administration"),
              E("Company", "Uni Air"), E("Person", "Liao Chien-tsung"), E("Person", "Ko Wen-je")],
    roles=[R("Thomas Wang", "director", "Aviation Safety Council")],
    relations=[L("Aviation Safety Council", PA, "Pratt & Whitney Canada")],
    outages=[],
    dates=[D("Wednesday", "2015-02-04"), D("today", "2015-02-07")])

# published 2008-06-06 (Friday). MDC a party (Organization); "opposition leader Morgan Tsvangirai (MDC)" and "other
# MDC leaders" -> head at MDC (doubtful). Police spokesman: police unnamed, no role; Sibotshiwe spokesperson for a
# person: no role. Ministers and deputy ministers -> minister with Zimbabwe (corpus: deputy minister -> minister);
# ambassador and Assistant Secretary of State -> other with the country (corpus: Grenell, Sambur). Mbeki president of
# South Africa. "United Nations' High Commissioner for Human Rights" as an Organization, unit of the UN; Arbour not
# said to hold it: no role. UNICEF not stated as a UN unit beyond its name: no relation. Voice of America Company
# (broadcaster). "earlier this week": skip (rule); "Earlier today" own item (corpus practice).
A["wn-tsvangirai-campaign-rallies-banned-zimbabwe-2008"] = dict(
    entities=[E("Location", "Zimbabwe"), E("Person", "Morgan Tsvangirai", "Tsvangirai"), E("Organization", "MDC"),
              E("Location", "Esigodini"), E("Location", "Umzingwane"), E("Person", "Nelson Chamisa"),
              E("Person", "Wayne Bvudzijena"), E("Person", "George Sibotshiwe"), E("Location", "Bulawayo"),
              E("Person", "Lovemore Moyo", "Moyo"), E("Company", "AFP"), E("Organization", "ZANU-PF"),
              E("Organization", "CARE International"), E("Person", "Nicholas Goche"),
              E("Person", "James Elder"), E("Organization", "United Nations Children's Fund", "UNICEF"),
              E("Location", "United States", "US", "U.S."), E("Person", "Jendayi Frazer", "Frazer"),
              E("Person", "Thabo Mbeki"), E("Location", "South Africa"), E("Person", "Mugabe"),
              E("Person", "Rupert Colville", "Colville"), E("Organization", "United Nations"),
              E("Organization", "High Commissioner for Human Rights"), E("Person", "Louise Arbour"),
              E("Company", "Voice of America"), E("Location", "United Nations Headquarters"),
              E("Person", "Boniface Chidyauskiku", "Chidyauskiku"), E("Company", "Associated Press"),
              E("Location", "United Kingdom"), E("Person", "Bright Matonga")],
    roles=[R("Morgan Tsvangirai", "head", "MDC"), R("Nelson Chamisa", "spokesperson", "MDC"),
           R("Lovemore Moyo", "chairman", "MDC"), R("Nicholas Goche", "minister", "Zimbabwe"),
           R("James Elder", "spokesperson", "United Nations Children's Fund"),
           R("Jendayi Frazer", "other", "United States"), R("Thabo Mbeki", "president", "South Africa"),
           R("Rupert Colville", "spokesperson", "High Commissioner for Human Rights"),
           R("Boniface Chidyauskiku", "other", "Zimbabwe"), R("Bright Matonga", "minister", "Zimbabwe")],
    relations=[L("High Commissioner for Human Rights", PO, "United Nations")],
    outages=[],
    dates=[D("today", "2008-06-06"), D("Earlier today", "2008-06-06"), D("Yesterday", "2008-06-05"),
           D("Two days ago", "2008-06-04")])

# published 2008-04-02 (Wednesday): "Tuesday" -> 2008-04-01, "February" -> 2008-02. "Buale" (in a quote) is the same
# town as Bu'aale: alias. FAO "a United Nations agency" -> parentOrganization; Genesys "sub-contracted to do aerial
# survey work for the FAO" -> partner. SWALIM "the UN-supported agency": support is not a stated partnership or unit
# (nothing). District commissioner / "official from the Juba region" / Nyaoro "of" SWALIM: no org or title -> no
# role. Juba (region and river) and Shabelle (river) as Locations. Siad Barre "dictator": no title -> no role.
A["wn-two-un-contract-workers-kidnapped-somalia-2008"] = dict(
    entities=[E("Organization", "United Nations", "UN"), E("Location", "Somalia"), E("Location", "Bu'aale", "Buale"),
              E("Location", "Lower Jubba"), E("Person", "Murray Watson", "Watson"), E("Person", "Patrick Amukhuma"),
              E("Location", "Saakow"), E("Company", "Agence France-Presse"), E("Company", "The Daily Telegraph"),
              E("Person", "Ibrahim Noleye"), E("Organization", "Food and Agriculture Organization", "FAO"),
              E("Person", "Amos Nyaoro"), E("Organization", "Somalia Water and Land Information Management"),
              E("Company", "Reuters"), E("Person", "Hajir Bille"), E("Location", "Juba"),
              E("Company", "Associated Press"), E("Location", "Jilib"), E("Location", "Rome"), E("Location", "Italy"),
              E("Company", "Genesys International Corporation"), E("Location", "Bangalore"), E("Location", "India"),
              E("Location", "Shabelle"), E("Organization", "Médecins Sans Frontières"), E("Location", "Puntland"),
              E("Person", "Mohamed Siad Barre")],
    roles=[],
    relations=[L("Food and Agriculture Organization", PO, "United Nations"),
               L("Genesys International Corporation", PA, "Food and Agriculture Organization")],
    outages=[],
    dates=[D("Tuesday", "2008-04-01"), D("February", "2008-02"), D("1991", "1991")])

# published null: absolute dates only ("the month before the data breach was discovered" left out). A data breach
# with no service lost: no outage (near-miss). The healthcare-plan "brands" are products -> Service, provider Anthem.
# Healthlink "also a victim": Company, no relation. Obama "President": US not named -> no role; Daniel adviser to a
# person: no role.
A["wp-anthem-medical-data-breach"] = dict(
    entities=[E("Company", "Anthem, Inc.", "Anthem Inc.", "Anthem"), E("Service", "Anthem Blue Cross"),
              E("Service", "Anthem Blue Cross and Blue Shield"), E("Service", "Blue Cross and Blue Shield of Georgia"),
              E("Service", "Empire Blue Cross and Blue Shield"), E("Service", "Amerigroup"), E("Service", "Caremore"),
              E("Service", "UniCare"), E("Company", "Healthlink"), E("Company", "Bloomberg News"), E("Location", "China"),
              E("Person", "Michael Daniel"), E("Person", "Barack Obama"), E("Company", "The New York Times")],
    roles=[],
    relations=[L(s, P, "Anthem, Inc.") for s in ["Anthem Blue Cross", "Anthem Blue Cross and Blue Shield",
               "Blue Cross and Blue Shield of Georgia", "Empire Blue Cross and Blue Shield", "Amerigroup",
               "Caremore", "UniCare"]],
    outages=[],
    dates=[D("February 4, 2015", "2015-02-04"), D("February 24, 2015", "2015-02-24"), D("2017", "2017")])

# published null. Games -> Service, provider the developer (corpus: wp-taito). "Electronic Arts, Bullfrog's
# publisher" -> partner (corpus: "Disney, Pixar's distributor"); "acquired the studio in January 1995" -> acquired +
# parentOrganization; the 1994 "significant share": no relation. "Founded ... by Molyneux and Edgar" -> founder both
# (corpus); "left the company in July 1997 to found Lionhead Studios" -> founder Lionhead; EA vice-president: his
# leaving "his position" read as ending it -> current false (doubtful). Taurus "Edgar's and Molyneux's other
# enterprise": no title stated -> no role.
G = ["Populous", "Theme Park", "Theme Hospital", "Magic Carpet", "Syndicate", "Dungeon Keeper"]
A["wp-bullfrog-productions"] = dict(
    entities=[E("Company", "Bullfrog Productions Limited", "Bullfrog Productions", "Bullfrog"),
              E("Location", "Guildford"), E("Location", "England"), E("Person", "Peter Molyneux", "Molyneux"),
              E("Person", "Les Edgar", "Edgar")] + [E("Service", g) for g in G] +
             [E("Company", "Taurus Impact Systems", "Taurus"), E("Company", "Commodore"),
              E("Company", "Electronic Arts", "EA"), E("Company", "Lionhead Studios", "Lionhead"),
              E("Company", "Mucky Foot Productions")],
    roles=[R("Peter Molyneux", "founder", "Bullfrog Productions Limited"),
           R("Les Edgar", "founder", "Bullfrog Productions Limited"),
           R("Peter Molyneux", "vice-president", "Electronic Arts", False),
           R("Peter Molyneux", "founder", "Lionhead Studios")],
    relations=[L(g, P, "Bullfrog Productions Limited") for g in G] +
              [L("Electronic Arts", PA, "Bullfrog Productions Limited"),
               L("Electronic Arts", AQ, "Bullfrog Productions Limited"),
               L("Bullfrog Productions Limited", PO, "Electronic Arts")],
    outages=[],
    dates=[D("1987", "1987"), D("1989", "1989"), D("January 1995", "1995-01"), D("1994", "1994"),
           D("July 1997", "1997-07")])

# published null. Stylised forms and "Canadian" ("or simply Canadian") and "Canadian Airlines International" are
# aliases. Air Canada "acquired" it and "the merger was officially completed": merged away -> acquired only
# (doubtful). "principal subsidiary of its parent company Canadian Airlines Corporation" -> parentOrganization. PWA
# "purchased" CP Air, CP Air "had recently acquired" EPA and Nordair, Canadian "acquired Wardair": acquired +
# parentOrganization (the text does not say they were merged away). Oneworld an Organization (corpus), membership
# no relation. "the end of 1999" -> 1999 (rule).
CA = "Canadian Airlines International Ltd."
A["wp-canadian-airlines"] = dict(
    entities=[E("Company", CA, "Canadi›n Airlines", "Canadi‹n Airlines", "Canadian", "Canadian Airlines",
                "Canadian Airlines International"),
              E("Location", "Canada"), E("Company", "Air Canada"), E("Organization", "Oneworld"),
              E("Location", "Calgary"), E("Location", "Alberta"), E("Company", "Canadian Airlines Corporation"),
              E("Company", "Pacific Western Airlines"), E("Company", "Canadian Pacific Air Lines", "CP Air"),
              E("Company", "Eastern Provincial Airways"), E("Company", "Nordair"), E("Company", "Wardair"),
              E("Location", "UK"), E("Location", "Europe")],
    roles=[],
    relations=[L("Air Canada", AQ, CA), L(CA, PO, "Canadian Airlines Corporation"),
               L("Pacific Western Airlines", AQ, "Canadian Pacific Air Lines"),
               L("Canadian Pacific Air Lines", PO, "Pacific Western Airlines"),
               L("Canadian Pacific Air Lines", AQ, "Eastern Provincial Airways"),
               L("Eastern Provincial Airways", PO, "Canadian Pacific Air Lines"),
               L("Canadian Pacific Air Lines", AQ, "Nordair"), L("Nordair", PO, "Canadian Pacific Air Lines"),
               L(CA, AQ, "Wardair"), L("Wardair", PO, CA)],
    outages=[],
    dates=[D("1987", "1987"), D("2001", "2001"), D("1996", "1996"), D("the end of 1999", "1999"), D("2000", "2000"),
           D("January 1, 2001", "2001-01-01"), D("March 27, 1987", "1987-03-27"), D("1989", "1989")])

# published null. iFood is called a platform but also "the company", owned by Prosus and Movile: Company (as
# wp-glovo). "Prosus (part of Naspers)" and "its Brazilian investment firm Movile" and Delivery Hero "also owned by
# Prosus" -> parentOrganization. PedidosYa and Domicilios.com "brands of Delivery Hero" -> Service + provider. The
# merger of businesses with the rivals names no buyer: nothing. "Dutch-based": no Location named.
A["wp-ifood"] = dict(
    entities=[E("Company", "iFood"), E("Location", "Brazil"), E("Location", "Colombia"), E("Company", "Prosus"),
              E("Company", "Naspers"), E("Company", "Movile"), E("Location", "Argentina"), E("Service", "PedidosYa"),
              E("Service", "Domicilios.com"), E("Company", "Delivery Hero")],
    roles=[],
    relations=[L("iFood", PO, "Prosus"), L("iFood", PO, "Movile"), L("Movile", PO, "Prosus"),
               L("Prosus", PO, "Naspers"), L("Delivery Hero", PO, "Prosus"), L("PedidosYa", P, "Delivery Hero"),
               L("Domicilios.com", P, "Delivery Hero")],
    outages=[],
    dates=[D("August 2018", "2018-08"), D("March 2021", "2021-03")])

# published null. Pix a payment platform (Service, as Blik/UPI in train); "created and managed by" the central bank
# -> provider to an Organization (corpus: Wikimedia Foundation, Library of Congress). No outage.
A["wp-pix-payment-system"] = dict(
    entities=[E("Service", "Pix"), E("Organization", "Central Bank of Brazil", "BCB"), E("Location", "Brazil")],
    roles=[],
    relations=[L("Pix", P, "Central Bank of Brazil")],
    outages=[],
    dates=[D("February 2019", "2019-02"), D("16 November 2020", "2020-11-16"), D("July 2024", "2024-07"),
           D("February 2020", "2020-02")])

# published null. Four blackouts told apart (the "third in the past four years" count is not events). 1996: provider
# Tenaga Nasional, "utility giant" whose stock fell after it (doubtful: not said outright to run the grid); end "by
# 11pm" -> 23:00, duration 17:17-23:00 = 5.72 h. 2003: "September 4" under the heading "2003 blackout": year from the
# heading (doubtful with published null), 10:00-15:00 local, 5 h. Melaka and Malacca the same state (alias). Power
# station a facility (Location).
A["wp-power-outages-in-malaysia"] = dict(
    entities=[E("Location", "Malaysia"), E("Location", "Peninsular Malaysia"), E("Location", "Kuala Lumpur"),
              E("Location", "Selangor"), E("Location", "Putrajaya"), E("Location", "Johor"),
              E("Location", "Melaka", "Malacca"), E("Location", "Negeri Sembilan"),
              E("Location", "Sultan Ismail Power Station"), E("Location", "Paka"), E("Location", "Terengganu"),
              E("Company", "Tenaga Nasional"), E("Location", "Perak"), E("Location", "Penang"), E("Location", "Kedah"),
              E("Location", "Perlis"), E("Location", "Serendah")],
    roles=[],
    relations=[],
    outages=[O(None, "1992-09-29", [], "Malaysia", "lightning striking a transmission facility"),
             O("Tenaga Nasional", "1996-08-03", [], "Peninsular Malaysia",
               "transmission line near Sultan Ismail Power Station tripped", "1996-08-03T17:17", "1996-08-03T23:00",
               5.72),
             O(None, "2003-09-04", [], "southern Peninsular Malaysia", "power failure", "2003-09-04T10:00",
               "2003-09-04T15:00", 5),
             O(None, "2005", [], "northern Peninsular Malaysia",
               "fault of the main cable transmission line grid near Serendah, Selangor")],
    dates=[D("1992", "1992"), D("29 September 1992", "1992-09-29"), D("1996", "1996"), D("17:17", "1996-08-03T17:17"),
           D("3 August 1996", "1996-08-03"), D("5:17pm", "1996-08-03T17:17"), D("11pm", "1996-08-03T23:00"),
           D("2003", "2003"), D("10.00 am", "2003-09-04T10:00"), D("02:00 UTC", "2003-09-04T02:00"),
           D("3.00 pm", "2003-09-04T15:00"), D("07:00 UTC", "2003-09-04T07:00"), D("September 4", "2003-09-04"),
           D("2005", "2005")])

# published null. "Wind" is the company (Wind Telecomunicazioni S.p.A.: "Wind had 21.6 million customers", "Wind
# announced") and its brand: one Company with the alias. 3 Italy = H3G S.p.A. (the same merger told twice): one
# Company. Wind Tre "an equal joint venture" of CK Hutchison Holdings and VimpelCom -> partner + parentOrganization
# to both (corpus: wp-o2-uk); the mergers into Wind Tre and of VimpelCom with Orascom: nothing (merged away / no
# buyer); "Wind became part of VimpelCom group" -> parentOrganization. Infostrada a brand -> Service; Wind Business,
# 3 Business, Wind Tre Business read as offerings (Service, provider). TIM and Telecom Italia kept apart (the text
# does not join them). Bichara chairman, Bessada ceo ("appointed", no end stated: current true); Gubitosi's "exit"
# names no title: no role.
W, H, WT = "Wind Telecomunicazioni S.p.A.", "H3G S.p.A.", "Wind Tre S.p.A."
A["wp-wind-italy"] = dict(
    entities=[E("Company", W, "Wind"), E("Company", H, "3 Italy"), E("Company", WT, "Wind Tre"),
              E("Company", "CK Hutchison Holdings"), E("Company", "VimpelCom"), E("Location", "Italy"),
              E("Company", "TIM"), E("Company", "Vodafone"), E("Company", "Telecom Italia"),
              E("Company", "Orascom Telecom"), E("Person", "Khaled Bichara"), E("Person", "Ossama Bessada"),
              E("Person", "Luigi Gubitosi"), E("Service", "Infostrada"), E("Service", "Wind Business"),
              E("Service", "3 Business"), E("Service", "Wind Tre Business")],
    roles=[R("Khaled Bichara", "chairman", W), R("Ossama Bessada", "ceo", W)],
    relations=[L("CK Hutchison Holdings", PA, "VimpelCom"), L(WT, PO, "CK Hutchison Holdings"), L(WT, PO, "VimpelCom"),
               L(W, PO, "VimpelCom"), L("Infostrada", P, W), L("Wind Business", P, W), L("3 Business", P, H),
               L("Wind Tre Business", P, WT)],
    outages=[],
    dates=[D("31 December 2016", "2016-12-31"), D("16 March 2020", "2020-03-16"), D("2011", "2011"),
           D("April 2013", "2013-04"), D("December 31, 2016", "2016-12-31"), D("May 23, 2017", "2017-05-23"),
           D("March 16, 2020", "2020-03-16"), D("the end of 2019", "2019")])

if __name__ == "__main__":
    print(write(A, "/tmp/agree31-tmp", os.path.dirname(os.path.abspath(__file__))), "written")
