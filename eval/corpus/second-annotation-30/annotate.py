#!/usr/bin/env python3
"""Second annotation of the 10 batch-29 files that pick.py drew, made from the stripped copies in /tmp/agree30-tmp,
GUIDELINES.md and GOLD_FORMAT.md alone (corpus practice on open points from train gold outside batch 29). Writes the
gold files into this folder, checking that every name, alias and date text occurs (second_sample.write)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import D, E, L, O, R, write
A = {}
# published null: absolute dates only. The text's fullest name is "Alexey Alexandrovich Mordashov" (the title's
# spelling "Alexei" is not in the text); "main shareholder and chairman of Severstal" -> chairman, current true
# (shareholding is no title); at Cherepovetskiy Metallurgical Plant ("the company was privatised": a business,
# Company) he joined "as an economist" (a post, not a market analyst at a bank: other), "became finance director"
# (corpus: finance director -> cfo, wn-british-airways-ceo-set-step-down-2005) and "was appointed as CEO": the first
# two were left for the next (current false), the CEO post is not said to have ended (current true; GOLD_FORMAT);
# the plant is not said to have become Severstal (no relation); the purchase of unnamed Dearborn and Columbus
# companies names no company bought (nothing); "Institut" is the text's second spelling of the institute (alias),
# ENGECON its present name (alias); CEOWORLD is a magazine (Company); the Rouge Plant is a named facility (Location);
# "MI" and "MS" are the states (Locations); "Saint Petersburg" occurs only inside the university's name (left out, as
# companies inside product names are); "US steel companies" names the US (Location, corpus practice)
A["wp-alexei-mordashov"] = dict(
    entities=[E("Person", "Alexey Alexandrovich Mordashov", "Mordashov"), E("Company", "Severstal"),
              E("Company", "CEOWORLD magazine", "CEOWORLD"), E("Location", "Russia"),
              E("Organization", "Leningrad Engineering-Economical Institute", "Leningrad Engineering-Economical Institut",
                "ENGECON"),
              E("Organization", "Northumbria University"), E("Location", "Newcastle upon Tyne"), E("Location", "England"),
              E("Organization", "European University at Saint Petersburg"), E("Location", "Leningrad"),
              E("Location", "Moscow"), E("Location", "Cherepovets"), E("Company", "Cherepovetskiy Metallurgical Plant"),
              E("Location", "US"), E("Location", "Dearborn"), E("Location", "MI"), E("Location", "Columbus"),
              E("Location", "MS"), E("Location", "Rouge Plant"), E("Organization", "United States Department of Energy")],
    roles=[R("Alexey Alexandrovich Mordashov", "chairman", "Severstal"),
           R("Alexey Alexandrovich Mordashov", "other", "Cherepovetskiy Metallurgical Plant", False),
           R("Alexey Alexandrovich Mordashov", "cfo", "Cherepovetskiy Metallurgical Plant", False),
           R("Alexey Alexandrovich Mordashov", "ceo", "Cherepovetskiy Metallurgical Plant")],
    relations=[],
    outages=[],
    dates=[D("April 2019", "2019-04"), D("2001", "2001"), D("1988", "1988"), D("1992", "1992"), D("1996", "1996"),
           D("2004", "2004")])
# published null: absolute dates only ("the 2010s" is a decade, no ISO value in GOLD_FORMAT: left out). Kazuo Hirai
# (nickname "Kaz", surname alone: aliases); at Sony Corporation (Sony) chairman April 2018 - June 2019, president
# and CEO April 2012 - April 2018 (stepped down, then "fully retired from Sony"): all current false; "served as a board
# member of Sony Interactive Entertainment" -> director, and "chairman and co-CEO of Sony Entertainment" -> chairman
# and ceo, told in the past with the retirement: current false; "led the Sony Computer Entertainment division" ->
# head, current false, and parentOrganization to Sony ("division"); "remaining as a senior adviser to the company"
# -> other at Sony, current true (the one post the text keeps); no parent is stated for Sony Interactive
# Entertainment or Sony Entertainment beyond the shared name (nothing); "CBS/Sony Inc. (now Sony Music Entertainment
# (Japan) Inc.)" is one company under its former and present name (alias); schools and the university are
# Organizations; Entertainment Weekly a magazine (Company)
A["wp-kaz-hirai"] = dict(
    entities=[E("Person", "Kazuo Hirai", "Kaz", "Hirai"), E("Company", "Sony Corporation", "Sony"),
              E("Company", "Sony Interactive Entertainment"), E("Company", "Sony Entertainment"),
              E("Company", "Entertainment Weekly"), E("Company", "Sony Computer Entertainment"),
              E("Location", "Tokyo"), E("Location", "Japan"), E("Organization", "American School in Japan"),
              E("Organization", "Valley Park Middle School"), E("Location", "Toronto"), E("Location", "Ontario"),
              E("Location", "Canada"), E("Location", "California"), E("Location", "New York"),
              E("Organization", "International Christian University"),
              E("Company", "Sony Music Entertainment (Japan) Inc.", "CBS/Sony Inc.")],
    roles=[R("Kazuo Hirai", "chairman", "Sony Corporation", False),
           R("Kazuo Hirai", "president", "Sony Corporation", False),
           R("Kazuo Hirai", "ceo", "Sony Corporation", False),
           R("Kazuo Hirai", "director", "Sony Interactive Entertainment", False),
           R("Kazuo Hirai", "chairman", "Sony Entertainment", False),
           R("Kazuo Hirai", "ceo", "Sony Entertainment", False),
           R("Kazuo Hirai", "head", "Sony Computer Entertainment", False),
           R("Kazuo Hirai", "other", "Sony Corporation")],
    relations=[L("Sony Computer Entertainment", "parentOrganization", "Sony Corporation")],
    outages=[],
    dates=[D("December 22, 1960", "1960-12-22"), D("April 2018", "2018-04"), D("June 2019", "2019-06"),
           D("April 2012", "2012-04"), D("2007", "2007"), D("2012", "2012"), D("April 1, 2012", "2012-04-01"),
           D("April 1, 2018", "2018-04-01"), D("June 18, 2019", "2019-06-18"), D("1960", "1960"), D("1973", "1973"),
           D("1976", "1976"), D("August 1984", "1984-08")])
# published null, no date. Tizen, MeeGo, Bada and Linux are operating systems (Service; corpus: Linux, Android are
# Service); "developed and used primarily by Samsung Electronics" -> provider; "Samsung merged its previous ... OS
# effort, Bada" -> provider(Bada, Samsung); MeeGo's maker is not named (no relation); the Linux Foundation (a
# non-profit: Organization) "backs" Tizen: not a Company, so no provider, and no partnership with Samsung is stated;
# the Flora License and Apache License 2.0 are licences (not entities, like laws); HTML5 is a technology
A["wp-tizen"] = dict(
    entities=[E("Service", "Tizen"), E("Service", "Linux"), E("Organization", "Linux Foundation"),
              E("Company", "Samsung Electronics", "Samsung"), E("Service", "MeeGo"), E("Service", "Bada")],
    roles=[],
    relations=[L("Tizen", "provider", "Samsung Electronics"), L("Bada", "provider", "Samsung Electronics")],
    outages=[],
    dates=[])
# published null: absolute dates only. Miles & More is a loyalty programme members use (Service), "launched by
# Lufthansa (LH)" -> provider; Star Alliance is an airline alliance (Organization, corpus: wp-latam-airlines-group);
# Lufthansa WorldShop is the airline's shop selling to members (Service, provider Lufthansa, a judgement); the 13
# airlines and "partner airlines" are not named (no relation); Europe a Location; "Frequent Travellers, Senators and
# HON Circle Card holders" are status tiers (not entities)
A["wp-miles-and-more"] = dict(
    entities=[E("Service", "Miles & More"), E("Location", "Europe"), E("Organization", "Star Alliance"),
              E("Company", "Lufthansa", "LH"), E("Service", "Lufthansa WorldShop")],
    roles=[],
    relations=[L("Miles & More", "provider", "Lufthansa"), L("Lufthansa WorldShop", "provider", "Lufthansa")],
    outages=[],
    dates=[D("February 2011", "2011-02"), D("1993", "1993")])
# published 1895-02-21: one outage, the Southwark and Vauxhall Waterworks Company's mains in Barnes frozen (customers
# without piped water; a utility supply cut); the text gives no day or month it began ("the recent severe frost"),
# so date null (corpus: a Hansard water outage with no date told has date null,
# hansard-commons-water-supplies-east-grinstead-south-east-water-spokesperson-2026); the President of the Local
# Government Board is not named (no Person, no role; the Board an Organization, as the Board of Trade in
# hansard-written-answer-electricity-supply-merseyside-1993); "the Company" is a generic phrase (no alias); no date
# expression
A["hansard-commons-frost-water-supply-barnes-1895"] = dict(
    entities=[E("Organization", "Local Government Board"), E("Company", "Southwark and Vauxhall Waterworks Company"),
              E("Location", "Barnes")],
    roles=[],
    relations=[],
    outages=[O("Southwark and Vauxhall Waterworks Company", None, [], "Barnes", "mains frozen by severe frost")],
    dates=[])
# published 1896-07-23 (a Thursday): "yesterday (Wednesday)" = 1896-07-22, "on Tuesday" = 1896-07-21; one outage: the
# East London Water Company's supply restricted to six hours a day for the drought, with no water in parts of its
# district at 9.30 on the Wednesday (a utility supply cut; GUIDELINES: planned shutoffs of a utility service count);
# the restriction's first day is not told, so the outage's date is the day the text tells of it, 1896-07-22, start null
# (9.30 is a moment the supply was off, not its start); "East London Waterworks Company" and "East London Company" are
# its other surface forms (aliases); the New River Company (Company) is asked to help: the arrangement is under
# negotiation (no partner); the Local Government Board an Organization (its President unnamed: no role)
A["hansard-commons-east-london-water-company-1896"] = dict(
    entities=[E("Organization", "Local Government Board"),
              E("Company", "East London Water Company", "East London Waterworks Company", "East London Company"),
              E("Location", "East London"), E("Company", "New River Company")],
    roles=[],
    relations=[],
    outages=[O("East London Water Company", "1896-07-22", [], "East London", "extreme drought")],
    dates=[D("yesterday", "1896-07-22"), D("Wednesday", "1896-07-22"), D("9.30 in the morning", "1896-07-22T09:30"),
           D("Tuesday", "1896-07-21")])
# published null: absolute dates only. Syngenta AG (Syngenta) "part of the Syngenta Group, entirely owned by Sinochem"
# -> parentOrganization twice; "acquired by China National Chemical Corporation (ChemChina) in 2017" -> acquired and
# parentOrganization (GUIDELINES); Syngenta Group formed "bringing together Syngenta (Syngenta Crop Protection and
# Syngenta Seeds), Adama, and the agricultural business of Sinochem, now called Syngenta Group China, under a single
# entity" -> Crop Protection and Seeds are units of Syngenta, Adama and Syngenta Group China of Syngenta Group, and
# Syngenta Group China was Sinochem's business (relations carry no time); "the merger of the agrichemical businesses
# of Novartis and AstraZeneca ... Novartis Agribusiness and AstraZeneca Agrochemicals" -> each business's parent (the
# merger itself: nothing); "Syngenta Seeds purchased Garst, the North American corn and soybean business of Advanta,
# as well as Golden Harvest Seeds" -> acquired and parentOrganization for both (named businesses, not assets) and
# Garst's former parent Advanta; Monsanto's rejected bid: nothing (GUIDELINES); "working with their investment banks
# Morgan Stanley and Goldman Sachs respectively" -> partner each as written (corpus: advisers and their clients are
# partners, uk-parliament-bis-wp-committees-bhs-advisers-retai...); competitors: entities only; Sinochem, "a Chinese
# state-owned enterprise", is a business (Company)
A["wp-syngenta"] = dict(
    entities=[E("Company", "Syngenta AG", "Syngenta"), E("Location", "Basel"), E("Location", "Switzerland"),
              E("Company", "Syngenta Group"), E("Company", "Sinochem"), E("Company", "Novartis"),
              E("Company", "AstraZeneca"), E("Company", "China National Chemical Corporation", "ChemChina"),
              E("Company", "Syngenta Crop Protection"), E("Company", "Syngenta Seeds"), E("Company", "Adama"),
              E("Company", "Syngenta Group China"), E("Company", "Novartis Agribusiness"),
              E("Company", "AstraZeneca Agrochemicals"), E("Company", "Garst"), E("Company", "Advanta"),
              E("Company", "Golden Harvest Seeds"), E("Company", "Monsanto Company", "Monsanto"), E("Company", "BASF"),
              E("Company", "Dow AgroSciences"), E("Company", "Bayer CropScience"), E("Company", "DuPont Pioneer"),
              E("Company", "Morgan Stanley"), E("Company", "Goldman Sachs")],
    roles=[],
    relations=[L("Syngenta AG", "parentOrganization", "Syngenta Group"),
               L("Syngenta Group", "parentOrganization", "Sinochem"),
               L("China National Chemical Corporation", "acquired", "Syngenta AG"),
               L("Syngenta AG", "parentOrganization", "China National Chemical Corporation"),
               L("Syngenta Crop Protection", "parentOrganization", "Syngenta AG"),
               L("Syngenta Seeds", "parentOrganization", "Syngenta AG"),
               L("Adama", "parentOrganization", "Syngenta Group"),
               L("Syngenta Group China", "parentOrganization", "Syngenta Group"),
               L("Syngenta Group China", "parentOrganization", "Sinochem"),
               L("Novartis Agribusiness", "parentOrganization", "Novartis"),
               L("AstraZeneca Agrochemicals", "parentOrganization", "AstraZeneca"),
               L("Syngenta Seeds", "acquired", "Garst"), L("Garst", "parentOrganization", "Syngenta Seeds"),
               L("Garst", "parentOrganization", "Advanta"),
               L("Syngenta Seeds", "acquired", "Golden Harvest Seeds"),
               L("Golden Harvest Seeds", "parentOrganization", "Syngenta Seeds"),
               L("Monsanto Company", "partner", "Morgan Stanley"), L("Syngenta AG", "partner", "Goldman Sachs")],
    outages=[],
    dates=[D("2000", "2000"), D("2017", "2017"), D("2020", "2020"), D("13 November 2000", "2000-11-13"),
           D("2004", "2004"), D("2014", "2014"), D("April 2015", "2015-04")])
# published null: absolute dates only. Spark New Zealand, formerly Telecom New Zealand (Telecom; Telecom New Zealand
# Limited): one Company with its former names as aliases; Spark Digital "its ... division" and the three 2008
# divisions Telecom Retail, Telecom Wholesale and Chorus -> parentOrganization (Chorus later demerged: ownership told as
# past is still recorded); "formed in 1987 from a division of the New Zealand Post Office" -> parentOrganization to the
# Post Office (a judgement: the company was that division before); the New Zealand Post Office, split into three
# trading companies, is typed Company (GUIDELINES: state bodies run as businesses, the text not presenting it as a
# government body); "Post Office Bank Limited (trading as PostBank, sold to ANZ in 1989)" -> acquired and
# parentOrganization; the New Zealand Exchange (NZX) is a stock exchange (Company); "part of New Zealand
# Telecommunications Forum" is membership of an industry body (Organization; no relation); OECD an Organization; NZ is
# New Zealand (alias); the Postal Services Act 1987 is a law (no entity; its "1987" is the same item as "in 1987")
A["wp-spark-new-zealand"] = dict(
    entities=[E("Company", "Spark New Zealand", "Spark", "Telecom New Zealand", "Telecom", "Telecom New Zealand Limited"),
              E("Location", "New Zealand", "NZ"), E("Company", "Spark Digital"),
              E("Company", "New Zealand Exchange", "NZX"), E("Organization", "OECD"),
              E("Organization", "New Zealand Telecommunications Forum"), E("Company", "New Zealand Post Office"),
              E("Company", "Telecom Retail"), E("Company", "Telecom Wholesale"), E("Company", "Chorus"),
              E("Company", "New Zealand Post Limited", "NZPost"), E("Company", "Post Office Bank Limited", "PostBank"),
              E("Company", "ANZ")],
    roles=[],
    relations=[L("Spark Digital", "parentOrganization", "Spark New Zealand"),
               L("Telecom Retail", "parentOrganization", "Spark New Zealand"),
               L("Telecom Wholesale", "parentOrganization", "Spark New Zealand"),
               L("Chorus", "parentOrganization", "Spark New Zealand"),
               L("Spark New Zealand", "parentOrganization", "New Zealand Post Office"),
               L("ANZ", "acquired", "Post Office Bank Limited"),
               L("Post Office Bank Limited", "parentOrganization", "ANZ")],
    outages=[],
    dates=[D("1990", "1990"), D("2007", "2007"), D("1987", "1987"), D("2008", "2008"), D("2011", "2011"),
           D("8 August 2014", "2014-08-08"), D("1989", "1989")])
# published 2009-10-19 (a Monday): "Sunday" = 2009-10-18, "early Sunday morning" listed as "Sunday morning" (corpus:
# "Sunday morning" beside "Sunday", wn-iran-wreckage-found-plane-crashed-mountains-2018), "later the same day" = that
# Sunday (GUIDELINES: every resolvable relative expression), "yesterday" = 2009-10-18, "last July" = 2009-07, "July 3"
# = 2009-07-03, "earlier in the year" = 2009 (corpus: wn-sainsburys-posts-first-ever...), "March" and "April" = 2009;
# GOAL is an aid agency (Organization); "Sudan's Minister for Humanitarian Affairs" -> minister with Sudan;
# "al-Gilani"/"Al-Gilani" is the text's other spelling of al-Jailani (alias); "John O'Shea, president of GOAL" ->
# president; "Sudan's President Omar al-Bashir" -> president with Sudan; the two freed workers have no title (no
# role); AFP is a news agency (Company); Médecins Sans Frontières and Aide médicale internationale are NGOs with their
# English names as aliases; "joint United Nations—African Union peacekeeping force" -> partner (GUIDELINES: joint
# venture), a judgement; no outage
A["wn-kidnappers-release-two-aid-workers-darfur-2009"] = dict(
    entities=[E("Organization", "GOAL"), E("Location", "Sudan"), E("Location", "Darfur"),
              E("Person", "Abdel Baqi al-Jailani", "al-Gilani"), E("Person", "Sharon Commins", "Commins"),
              E("Person", "Hilda Kawuki"), E("Location", "North Darfur"), E("Location", "Kutum"),
              E("Location", "Khartoum"), E("Location", "Ireland"), E("Location", "Uganda"), E("Person", "John O'Shea"),
              E("Company", "AFP"), E("Organization", "International Criminal Court"), E("Person", "Omar al-Bashir"),
              E("Organization", "Médecins Sans Frontières", "Doctors Without Borders"),
              E("Organization", "Aide médicale internationale", "International Medical Aid"),
              E("Organization", "United Nations"), E("Organization", "African Union")],
    roles=[R("Abdel Baqi al-Jailani", "minister", "Sudan"), R("John O'Shea", "president", "GOAL"),
           R("Omar al-Bashir", "president", "Sudan")],
    relations=[L("United Nations", "partner", "African Union")],
    outages=[],
    dates=[D("last July", "2009-07"), D("Sunday", "2009-10-18"), D("July 3", "2009-07-03"),
           D("Sunday morning", "2009-10-18"), D("the same day", "2009-10-18"), D("earlier in the year", "2009"),
           D("2003", "2003"), D("March", "2009-03"), D("April", "2009-04"), D("yesterday", "2009-10-18")])
# published 2014-07-19 (a Saturday): "Thursday" = 2014-07-17, the UTC times on that day, "July 17" in the ministry's
# statement, "yesterday" in Klimkin's quote resolved against published (GUIDELINES: always) = 2014-07-18. No outage:
# a shot-down airliner is a physical event (GUIDELINES; corpus: the crash texts wn-cypriot-plane-121-board-crashes-
# greece-2005 and wn-iran-wreckage-found... have none), and the barring of flights over eastern Ukraine is a
# government order. Flight 17 is a flight, not an entity; the Boeing 777 and the Buk M1 missile are products (Service;
# corpus: aircraft models and the F-16 are Service; Boeing only inside the model's name: not annotated); airports are
# Locations; "Russia's defense ministry" and "the Russian armed forces" are descriptions in lowercase (not annotated);
# the Federal Aviation "Adminstration" is written as the text spells it; ministers and presidents with their country
# (Klimkin foreign minister -> minister, Poroshenko president, Najib Razak prime minister -> minister with Malaysia);
# The Guardian a newspaper (Company); YouTube a Service (no provider named)
A["wn-malaysia-airlines-flight-17-shot-down-2014"] = dict(
    entities=[E("Company", "Malaysia Airlines"), E("Service", "Boeing 777"), E("Location", "Ukraine"),
              E("Location", "Amsterdam Airport Schiphol"), E("Location", "Netherlands"),
              E("Location", "Kuala Lumpur International Airport"), E("Location", "Malaysia"), E("Location", "Hrabove"),
              E("Location", "Donetsk Oblast"), E("Location", "United States", "US"), E("Service", "Buk M1"),
              E("Person", "Pavlo Klimkin"), E("Company", "The Guardian"),
              E("Organization", "Security Service of Ukraine", "SBU"), E("Service", "YouTube"), E("Location", "Russia"),
              E("Person", "Petro Poroshenko"), E("Person", "Najib Razak"),
              E("Organization", "Federal Aviation Adminstration"), E("Organization", "Eurocontrol"),
              E("Organization", "International Civil Aviation Organisation", "ICAO"),
              E("Organization", "International Air Transportation Association", "IATA")],
    roles=[R("Pavlo Klimkin", "minister", "Ukraine"), R("Petro Poroshenko", "president", "Ukraine"),
           R("Najib Razak", "minister", "Malaysia")],
    relations=[],
    outages=[],
    dates=[D("Thursday", "2014-07-17"), D("10:15 UTC", "2014-07-17T10:15"), D("13:15 UTC", "2014-07-17T13:15"),
           D("yesterday", "2014-07-18"), D("July 17", "2014-07-17")])
print(write(A, "/tmp/agree30-tmp", os.path.dirname(os.path.abspath(__file__))))
