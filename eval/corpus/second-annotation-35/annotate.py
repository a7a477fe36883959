#!/usr/bin/env python3
"""Second annotation of the 12 batch-33/34 articles in /tmp/agree35-tmp (stripped copies, drawn by pick.py), made from
their text, GUIDELINES.md and GOLD_FORMAT.md alone (corpus practice on open points taken from train gold of other ids).
Writes the gold files into the folder given as the first argument, with the checks of eval/corpus/second_sample.write.
usage: annotate.py OUT_DIR"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import D, E, L, O, R, write
A = {}
P, PO, AQ, PA = "provider", "parentOrganization", "acquired", "partner"

# published 2015-09-24 (Thursday). The FCC's Enforcement Bureau settles with three relay providers that could not pass
# 911 calls from hard-of-hearing callers' apps "over periods varying from 5 weeks to approximately 10 months". That is a
# service users lost (911 unreachable through those apps), so an outage per company: three, each named, provider the
# company, affected 911 (the corpus types 911 a Service, fcc-t-mobile-911-outage..., fcc-att-911...). No day, start,
# length per company or cause is told: date null, duration null (the 5-weeks-to-10-months range is not assignable),
# cause null (the failure itself is no cause). Doubtful: one could also read the three as counted-not-told (no events).
# LeBlanc "Chief of the Enforcement Bureau" -> head (corpus: Chief of an FCC bureau -> head,
# us-fcc-pshsb-verizon-blocked-911-calls...). Enforcement Bureau -> parentOrganization FCC ("The FCC's Enforcement
# Bureau", as every FCC file does). "Commission" ("a Commission investigation") is an alias of the FCC (corpus
# practice). WASHINGTON is a Location (fcc-centurylink-west-safety...). "IP CTS" is only in the title. Dates: the
# dateline and "today" (and "Today's", same text ignoring case, same value) -> 2015-09-24; "24 hours a day" no date.
A["fcc-hamilton-innocaption-sprint-ip-cts-911-calls-2015"] = dict(
    entities=[E("Location", "WASHINGTON"), E("Organization", "Federal Communications Commission", "Commission"),
              E("Organization", "Enforcement Bureau"), E("Company", "Hamilton Relay"), E("Company", "InnoCaption"),
              E("Company", "Sprint Corp."), E("Service", "911"), E("Person", "Travis LeBlanc")],
    roles=[R("Travis LeBlanc", "head", "Enforcement Bureau")],
    relations=[L("Enforcement Bureau", PO, "Federal Communications Commission")],
    outages=[O("Hamilton Relay", None, ["911"]), O("InnoCaption", None, ["911"]), O("Sprint Corp.", None, ["911"])],
    dates=[D("September 24, 2015", "2015-09-24"), D("today", "2015-09-24")])

# published 1962-05-14 (Monday). Commons question on emergency power in hospitals. The questioner tells one outage: "on
# 26th March there was a forty-minute power failure in London" during which the London Hospital had no emergency supply
# and "was unable to treat its patients because of a breakdown in the power supply" -> date 1962-03-26 (the last March
# before May 1962), duration 40 min = 0.67 h (corpus keeps two decimals), location London, affected the London Hospital.
# No electricity board is named: provider null (corpus: hansard-commons-palace-of-westminster-power-supplies-1984,
# hansard-commons-colliery-ventilation... have null providers). No cause beyond the failure itself: cause null. The
# London Hospital typed Organization because it is an affected party (corpus: Wexford General Hospital as Organization
# in oireachtas-written-answer-hse-cyberattack-pq-outage-2021; doubtful, Wikinews files make hospitals Locations as
# places). The Minister of Health and his "right hon. Friend" are unnamed: no entity, no role; "Building Bulletin No. 1"
# is a document, not an entity.
A["hansard-commons-emergency-electricity-supplies-london-hospital-1962"] = dict(
    entities=[E("Location", "London"), E("Organization", "London Hospital")],
    roles=[],
    relations=[],
    outages=[O(None, "1962-03-26", ["London Hospital"], "London", None, dur=0.67)],
    dates=[D("26th March", "1962-03-26")])

# published 1963-07-03. Dáil question alleging a nationwide telephone breakdown; the Minister for Posts and Telegraphs
# (unnamed) denies any breakdown and admits only congestion on certain routes and areas at certain times. No outage: the
# breakdown is denied, and congestion "in recent weeks" is neither a lost service nor one event told apart (near-miss).
# Only named party: "the General Post Office" (the questioner cannot get through to it by telephone) -> Organization,
# the postal and telephone administration's head office (doubtful: could be a Location, the building). "this House",
# "the country": no names. Dates: "1963" and "1962"; "in recent weeks", "recently", "at certain times" unresolvable.
A["oireachtas-dail-telephone-service-breakdown-denied-1963"] = dict(
    entities=[E("Organization", "General Post Office")],
    roles=[],
    relations=[],
    outages=[],
    dates=[D("1963", "1963"), D("1962", "1962")])

# published 2004-10-28. Public Accounts Committee press notice on the Criminal Records Bureau. Edward Leigh MP, its
# chairman: no role (corpus: committee chairs who are MPs get none, uk-parliament-business-trade-committee...,
# uk-parliament-online-safety-bill-joint-committee...; legislators no role). "Mr Leigh" -> alias Leigh; "the Committee"
# -> alias Committee, "the Bureau" -> alias Bureau (corpus keeps "Commission" for the FCC the same way). "the Agency" is
# left out as an alias: it may mean the Bureau ("now a separate Agency") or the Passports and Records Agency.
# Passports and Records Agency "an Executive Agency of the Home Office" -> parentOrganization Home Office. "set up as a
# public private partnership, initially between the Passports and Records Agency ... and Capita plc" -> partner(PRA,
# Capita plc); no separate partner for the Bureau (doubtful: "the Agency and Capita" may mean the Bureau). Outage: the
# computer system "encountered serious problems straightaway" and backlogs built up; applications were processed late,
# not a service lost at a time -> no outage (as oireachtas-dail-illness-benefit-payment-delays-2018; doubtful).
# "Disclosures" is a generic product, not annotated. Dates: "today" -> 2004-10-28; "1999"; "March 2002"; "October
# 2002". "More than two years following the launch", "seven months later than planned" are spans, not dates.
A["parliament-pac-press-notice-criminal-records-bureau-2004"] = dict(
    entities=[E("Person", "Edward Leigh", "Leigh"), E("Organization", "Committee of Public Accounts", "Committee"),
              E("Organization", "Criminal Records Bureau", "Bureau"), E("Organization", "Passports and Records Agency"),
              E("Organization", "Home Office"), E("Company", "Capita plc", "Capita")],
    roles=[],
    relations=[L("Passports and Records Agency", PO, "Home Office"), L("Passports and Records Agency", PA, "Capita plc")],
    outages=[],
    dates=[D("today", "2004-10-28"), D("1999", "1999"), D("March 2002", "2002-03"), D("October 2002", "2002-10")])

# published 2022-01-31 (Monday). Scottish Government update after Storms Malik and Corrie: 115,847 households lost
# power "as a result of both storms", told as one count -> one outage, provider null (only "power companies" lose and
# restore supply; SSEN and SP Energy Networks are named as the sites to track restorations, not as the operators whose
# networks failed; doubtful, a reader may take them as the providers), date 2022-01 (the storms came "over the
# weekend", 29-30 January, two storms on two days; the corpus gives the Isha outage the month, scottish-government-
# storm-isha-jocelyn-resilience-power-2024), location Scotland, cause "Storm Malik and Storm Corrie"; end null (only
# expected "by tomorrow"). Sturgeon "First Minister" -> minister at Scotland (Isha file: Yousaf); Swinney "Deputy First
# Minister" -> minister at Scotland too (a minister of the Scottish Government; doubtful, no corpus case with the
# country named). SGoRR: the corpus names it "Scottish Government’s Resilience Room" with the possessive and alias
# SGoRR, no relation to the Government; ScotRail a Company (Isha file). Storms are events, not entities; "@metoffice" is
# a handle, left out. Dates: "this evening", "Today", "tonight" -> 2022-01-31; "tomorrow" -> 2022-02-01; "Wednesday" ->
# 2022-02-02; "over the weekend" skipped (weekend rule).
A["scottish-government-storm-malik-corrie-impact-update-power-2022"] = dict(
    entities=[E("Person", "Nicola Sturgeon"), E("Organization", "Scottish Government"),
              E("Organization", "Scottish Government’s Resilience Room", "SGoRR"), E("Location", "Scotland"),
              E("Location", "Lewis"), E("Location", "Orkney Islands"), E("Location", "Highlands"),
              E("Location", "Grampian"), E("Location", "Tayside"), E("Person", "John Swinney"), E("Company", "SSEN"),
              E("Company", "SP Energy Networks"), E("Company", "ScotRail")],
    roles=[R("Nicola Sturgeon", "minister", "Scotland"), R("John Swinney", "minister", "Scotland")],
    relations=[],
    outages=[O(None, "2022-01", [], "Scotland", "Storm Malik and Storm Corrie")],
    dates=[D("this evening", "2022-01-31"), D("tomorrow", "2022-02-01"), D("Wednesday", "2022-02-02"),
           D("Today", "2022-01-31"), D("tonight", "2022-01-31")])

# published 2008-04-01 (Tuesday). Federal Student Aid announces ahead that CPS, NSLDS, SAIG and twelve web sites "will
# be unavailable" from 17:00 Friday 4 April to 00:00 Saturday 5 April for a data-centre relocation test. A planned pause
# announced ahead by a body that is not a utility is no outage (binding rule, batch 19b; the Treasury pause file has
# none): outages empty (doubtful only if the rule were read as covering planned IT downtime). Services: the three
# systems, the IFAP web site and the twelve listed web sites, each a Service with provider Federal Student Aid (its
# data centre, its relocation; corpus gives provider to government bodies, us-irs-statement-hardware-failure...,
# us-senate-help-cassidy-foxx...). "Federal Student Aid Download (FSAdownload)" -> alias. "Electronic Announcement" is a
# notice type, not an entity. Dates: "March 28, 2008" and "March 28th" -> 2008-03-28 (two texts); "July 2008",
# "April 2008", "May 2008" months; "April 4 – 5, 2008" a two-day span -> 2008-04 (corpus: "April 9 and 10, 2014" ->
# 2014-04 in fcc-rosenworcel-statement-multistate-911-outage-2014); "Friday, April 4, 2008" and "Saturday, April 5,
# 2008" days; "5:00 P.M." -> 2008-04-04T17:00, "12:00 A.M." -> 2008-04-05T00:00 (midnight starting Saturday), "3:00 P.M."
# (the first estimate) -> 2008-04-04T15:00. "two hours later" is a span.
FSA = "Federal Student Aid"
FSA_SERVICES = [("Information for Financial Aid Professionals", "IFAP"), ("Central Processing System", "CPS"),
                ("National Student Loan Data System", "NSLDS"), ("Student Aid Internet Gateway", "SAIG"),
                ("CPS Web Applications Demo System",), ("FAA Access to CPS Online",), ("FAFSA4caster",),
                ("FAFSA on the Web",), ("Federal Student Aid Download", "FSAdownload"), ("Federal Student Aid PIN",),
                ("ISIR Analysis Tool",), ("NSLDS Professional Access",), ("NSLDS Student Access",),
                ("R2T4 on the Web",), ("SAIG Mailbox Portal",), ("SAIG Enrollment",)]
A["us-fsa-data-center-relocation-outage-reminder-2008"] = dict(
    entities=[E("Organization", FSA)] + [E("Service", *s) for s in FSA_SERVICES],
    roles=[],
    relations=[L(s[0], P, FSA) for s in FSA_SERVICES],
    outages=[],
    dates=[D("March 28, 2008", "2008-03-28"), D("July 2008", "2008-07"), D("April 2008", "2008-04"),
           D("May 2008", "2008-05"), D("April 4 – 5, 2008", "2008-04"), D("5:00 P.M.", "2008-04-04T17:00"),
           D("Friday, April 4, 2008", "2008-04-04"), D("12:00 A.M.", "2008-04-05T00:00"),
           D("Saturday, April 5, 2008", "2008-04-05"), D("March 28th", "2008-03-28"),
           D("3:00 P.M.", "2008-04-04T15:00")])

# published null -> absolute dates only. Galán: "chairman and chief executive officer of Iberdrola" -> chairman + ceo,
# true. "executive vice-chairman" of Iberdrola in 2001 -> executive (vice chairman), current=false: he moved up to
# executive chairman in 2006 (doubtful: no word like former). Tudor "held various executive posts" -> executive, false
# (his career moved on; corpus wp-gail-kelly "held various general manager positions" -> executive false). ITP "took
# the helm ... from its inception" -> head, false (doubtful: could be ceo or president). Eurojet chairman 1993-1995 ->
# chairman, false. Airtel Móvil "chief executive" -> ceo, false ("then went on to serve", followed by Iberdrola).
# Iberdrola group "including the likes of ScottishPower ..., Avangrid ..., Neoenergia ..., Infigen ... and Iberdrola
# Mexico" -> parentOrganization Iberdrola for each of the five. ICAI School of Engineering "attached to Comillas
# Pontifical University" -> parentOrganization (as agree33 did for a faculty). Eurojet "a European consortium" typed
# Company (a joint company of engine makers; doubtful, could be Organization); the Eurojet 200 (engine) and Eurofighter
# (aircraft) are Service (aircraft models, products); Eurojet 200 -> provider Eurojet ("developed and manufactured").
# "Galán" alias. Locations: United Kingdom, USA, Brazil, Australia, Salamanca, Spain, Madrid; Mexico occurs only inside
# Iberdrola Mexico. Dates: 1950 (twice, one item), 1972, 1993, 1995, 2001, 2006, 2015; "the early 1990s" skipped
# (decades are skipped in the corpus).
IB = "Iberdrola"
A["wp-jose-ignacio-sanchez-galan"] = dict(
    entities=[E("Person", "José Ignacio Sánchez Galán", "Galán"), E("Company", IB), E("Company", "ScottishPower"),
              E("Location", "United Kingdom"), E("Company", "Avangrid"), E("Location", "USA"),
              E("Company", "Neoenergia"), E("Location", "Brazil"), E("Company", "Infigen"), E("Location", "Australia"),
              E("Company", "Iberdrola Mexico"), E("Location", "Salamanca"), E("Location", "Spain"),
              E("Location", "Madrid"), E("Organization", "ICAI School of Engineering"),
              E("Organization", "Comillas Pontifical University"), E("Organization", "ICADE Business School"),
              E("Organization", "EOI Business School"), E("Company", "Sociedad Española del Acumulador Tudor"),
              E("Company", "Industria de Turbopropulsores", "ITP"), E("Company", "Eurojet"),
              E("Service", "Eurojet 200"), E("Service", "Eurofighter"), E("Company", "Airtel Móvil")],
    roles=[R("José Ignacio Sánchez Galán", "chairman", IB), R("José Ignacio Sánchez Galán", "ceo", IB),
           R("José Ignacio Sánchez Galán", "executive", IB, False),
           R("José Ignacio Sánchez Galán", "executive", "Sociedad Española del Acumulador Tudor", False),
           R("José Ignacio Sánchez Galán", "head", "Industria de Turbopropulsores", False),
           R("José Ignacio Sánchez Galán", "chairman", "Eurojet", False),
           R("José Ignacio Sánchez Galán", "ceo", "Airtel Móvil", False)],
    relations=[L("ScottishPower", PO, IB), L("Avangrid", PO, IB), L("Neoenergia", PO, IB), L("Infigen", PO, IB),
               L("Iberdrola Mexico", PO, IB), L("ICAI School of Engineering", PO, "Comillas Pontifical University"),
               L("Eurojet 200", P, "Eurojet")],
    outages=[],
    dates=[D("1950", "1950"), D("1972", "1972"), D("1993", "1993"), D("1995", "1995"), D("2001", "2001"),
           D("2006", "2006"), D("2015", "2015")])

# published null. Qunar.com typed Company: "a Chinese online travel agency headquartered in Beijing" whose shares were
# listed and which was bought (corpus: a web service bought as a business is a Company, wp-hotmail, wp-geocities;
# doubtful, "the website" is also said); "Qunar", the Chinese "去哪儿" and the pinyin "Qù nǎ ér" are aliases (corpus
# keeps Chinese and pinyin forms as aliases, wp-li-shufu, wp-cheng-wei). Baidu "acquired a majority interest" ->
# acquired + parentOrganization (corpus: majority/controlling interest counts, wp-carlos-ghosn, wn-myspace...). Baidu
# "sold its stake in the company to Trip.com Group" -> that majority stake passed to Trip.com Group: acquired +
# parentOrganization (doubtful: a stake sale; the text does not call it control). Baidu taking "a stake in Trip.com
# Group" in return: no relation (a stake, not control). Ocean Management Holdings Limited acquired the website in
# February 2017 -> acquired + parentOrganization; its Chinese name an alias. Trip.com Group "(formerly Ctrip)" -> Ctrip
# alias. NASDAQ a Company (exchanges are Company). CAAC (Organization) and its unnamed website; Wuhan, Hubei, China,
# Beijing Locations. COVID-19 is no entity. Dates: "May 2005", "2011", "November 2013", "October 2015", "February
# 2017", "January 21, 2020". No outage (flight cancellations by airlines after the outbreak are no IT failure).
Q = "Qunar.com"
A["wp-qunar"] = dict(
    entities=[E("Company", Q, "Qunar", "去哪儿", "Qù nǎ ér"), E("Location", "Beijing"), E("Location", "China"),
              E("Company", "Baidu"), E("Company", "NASDAQ"), E("Company", "Trip.com Group", "Ctrip"),
              E("Company", "Ocean Management Holdings Limited", "远洋管理有限公司"),
              E("Organization", "Civil Aviation Administration of China", "CAAC"), E("Location", "Wuhan"),
              E("Location", "Hubei")],
    roles=[],
    relations=[L("Baidu", AQ, Q), L(Q, PO, "Baidu"), L("Trip.com Group", AQ, Q), L(Q, PO, "Trip.com Group"),
               L("Ocean Management Holdings Limited", AQ, Q), L(Q, PO, "Ocean Management Holdings Limited")],
    outages=[],
    dates=[D("May 2005", "2005-05"), D("2011", "2011"), D("November 2013", "2013-11"), D("October 2015", "2015-10"),
           D("February 2017", "2017-02"), D("January 21, 2020", "2020-01-21")])

# published null. Skandia, Swedish insurer. "the operations in North America, American Skandia, was acquired by
# Prudential Financial" -> acquired + parentOrganization(American Skandia, Prudential Financial), and
# parentOrganization(American Skandia, Skandia) (its former owner; relations carry no time). "operates an internet bank
# called Skandiabanken" -> Service with provider Skandia (corpus: Abbey National's online bank Cahoot is a Service with
# provider; doubtful, a bank could be a Company with parentOrganization). "the subsidiary Skandia Liv" -> Company,
# parentOrganization Skandia. Old Mutual's 2005 bid alone would be nothing, but "On February 3, 2006 Old Mutual
# completed its acquisition of Skandia" -> acquired + parentOrganization(Skandia, Old Mutual). Petersson and Spång
# "involved executives" -> executive at Skandia, current=true (the text never says they left; doubtful, the board
# resigned and Petersson was jailed, but neither is said to have held a board seat). "Stockholm and London stock
# exchanges" names no exchange: no Company; Stockholm and London kept as Locations. Regions (Europe, Latin America,
# Asia, Australia, North America) and United Kingdom Locations. Dates: 1855, 2003, 2005, "February 3, 2006", 2006,
# "late 2003" -> 2003 (its own text); "in recent years" skipped.
SK = "Skandia"
A["wp-skandia"] = dict(
    entities=[E("Company", SK), E("Location", "Europe"), E("Location", "Latin America"), E("Location", "Asia"),
              E("Location", "Australia"), E("Location", "North America"), E("Company", "American Skandia"),
              E("Company", "Prudential Financial"), E("Service", "Skandiabanken"), E("Location", "United Kingdom"),
              E("Company", "Old Mutual"), E("Location", "Stockholm"), E("Location", "London"),
              E("Company", "Skandia Liv"), E("Person", "Lars-Eric Petersson"), E("Person", "Ulf Spång")],
    roles=[R("Lars-Eric Petersson", "executive", SK), R("Ulf Spång", "executive", SK)],
    relations=[L("Prudential Financial", AQ, "American Skandia"), L("American Skandia", PO, "Prudential Financial"),
               L("American Skandia", PO, SK), L("Skandiabanken", P, SK), L("Old Mutual", AQ, SK),
               L(SK, PO, "Old Mutual"), L("Skandia Liv", PO, SK)],
    outages=[],
    dates=[D("1855", "1855"), D("2003", "2003"), D("2005", "2005"), D("February 3, 2006", "2006-02-03"),
           D("2006", "2006"), D("late 2003", "2003")])

# published null. Tencent QQ, "also known as QQ", developed by Tencent -> Service, provider Tencent. Former name OICQ
# and its gloss "Open ICQ" are aliases (former names are aliases, binding rule; doubtful for the gloss). ICQ "AOL-owned"
# -> Service, provider AOL. MSN, Microsoft Windows, Mac OS X, Linux, Windows Live Messenger: Services, no provider
# (Microsoft occurs only inside product names; Apple not named). WebQQ and WebQQ Mini, "two web versions" of QQ ->
# Services, provider Tencent (the reader is sure they are Tencent's; doubtful). Tencent Messenger "Tencent released" ->
# provider Tencent. "Meego" is a feature of MSN and Ajax a technique: not annotated. China Location. Dates: "March
# 2023", "February 1999", "31 July 2008". No outage (WebQQ Mini discontinued is a product end).
TQ, T = "Tencent QQ", "Tencent"
A["wp-tencent-qq"] = dict(
    entities=[E("Service", TQ, "QQ", "OICQ", "Open ICQ"), E("Company", T), E("Location", "China"),
              E("Service", "ICQ"), E("Company", "AOL"), E("Service", "MSN"), E("Service", "Microsoft Windows"),
              E("Service", "Mac OS X"), E("Service", "WebQQ"), E("Service", "WebQQ Mini"), E("Service", "Linux"),
              E("Service", "Windows Live Messenger"), E("Service", "Tencent Messenger")],
    roles=[],
    relations=[L(TQ, P, T), L("ICQ", P, "AOL"), L("WebQQ", P, T), L("WebQQ Mini", P, T), L("Tencent Messenger", P, T)],
    outages=[],
    dates=[D("March 2023", "2023-03"), D("February 1999", "1999-02"), D("31 July 2008", "2008-07-31")])

# published null. TNT Express "was acquired by FedEx" and "The transaction was completed on 25 May 2016" -> acquired +
# parentOrganization(TNT Express, FedEx). "separated from its parent company, TNT NV" -> parentOrganization(TNT Express,
# TNT NV) (past ownership is recorded). "TNT NV subsequently renamed itself PostNL" -> PostNL an alias of TNT NV.
# Thomas Nationwide Transport, the "grandfather company": Company, no relation (a grandparent, not the parent; doubtful).
# UPS's 2012 intention, blocked by the European Commission -> nothing. Euronext Amsterdam a Company (exchange). Outage:
# "In June 2017, TNT Express was badly affected by the NotPetya cyber attack ... had to operate using manual processes
# for months" -> provider TNT Express, date 2017-06, cause "NotPetya cyber attack", affected [] (the company is the
# provider; no named service), location null (Ukraine is where some systems sat and the attack began, not where the
# outage was; doubtful), duration null ("for months"). NotPetya is no entity (corpus: WannaCry not annotated). "TNT"
# (in "TNT had to operate") is an alias of TNT Express. Dates: 1946, "26 May 2011", "March 2012", "January 2013",
# "April 2015", "8 January 2016", "25 May 2016", "June 2017".
TE = "TNT Express"
A["wp-tnt-express"] = dict(
    entities=[E("Company", TE, "TNT"), E("Location", "Hoofddorp"), E("Location", "Netherlands"), E("Company", "FedEx"),
              E("Company", "Thomas Nationwide Transport"), E("Location", "Adelaide"), E("Location", "South Australia"),
              E("Company", "TNT NV", "PostNL"), E("Company", "Euronext Amsterdam"), E("Company", "UPS"),
              E("Organization", "European Commission"), E("Location", "Europe"), E("Location", "Ukraine")],
    roles=[],
    relations=[L("FedEx", AQ, TE), L(TE, PO, "FedEx"), L(TE, PO, "TNT NV")],
    outages=[O(TE, "2017-06", [], None, "NotPetya cyber attack")],
    dates=[D("1946", "1946"), D("26 May 2011", "2011-05-26"), D("March 2012", "2012-03"),
           D("January 2013", "2013-01"), D("April 2015", "2015-04"), D("8 January 2016", "2016-01-08"),
           D("25 May 2016", "2016-05-25"), D("June 2017", "2017-06")])

# published null. Wang Chuanfu "founder, chairman and CEO of the BYD Company" -> founder, chairman, ceo (true). "its
# subsidiary, BYD Auto" -> parentOrganization BYD Company. "founded the company with his cousin Lu Xiangyang" -> Lu
# Xiangyang cofounder of BYD Company (doubtful: he lent the money; Wang keeps "founder" as the text calls him). BAK
# Battery: the Beijing Non-Ferrous Metal General Research Institute "established a battery company called BAK Battery
# Co., Ltd." -> parentOrganization of BAK to the institute (doubtful: "established" read as owned); Wang "appointed as
# the general manager" -> executive (corpus: general manager -> executive), current=false ("chose to leave BAK Battery
# in 1995"). Former/current names as aliases: "Central South Industrial University" / "Central South University" (named
# by the current name), "Beijing Non-Ferrous Metal General Research Institute" / "GRINM Group"; both Organization
# (university, research institute; doubtful for GRINM Group, now a company group). Locations Anhui, Wuwei County,
# Shenzhen, Japan. Dates: "8 April 1966", 1995, 2003, 1987, 1990, 1993; "At 29 years old" no date.
BYD, BAK, GR = "BYD Company", "BAK Battery Co., Ltd.", "Beijing Non-Ferrous Metal General Research Institute"
A["wp-wang-chuanfu"] = dict(
    entities=[E("Person", "Wang Chuanfu", "Wang"), E("Company", BYD, "BYD"), E("Location", "Anhui"),
              E("Company", "BYD Auto"), E("Location", "Wuwei County"),
              E("Organization", "Central South University", "Central South Industrial University"),
              E("Organization", GR, "GRINM Group"), E("Company", BAK, "BAK Battery"), E("Location", "Shenzhen"),
              E("Location", "Japan"), E("Person", "Lu Xiangyang")],
    roles=[R("Wang Chuanfu", "founder", BYD), R("Wang Chuanfu", "chairman", BYD), R("Wang Chuanfu", "ceo", BYD),
           R("Wang Chuanfu", "executive", BAK, False), R("Lu Xiangyang", "cofounder", BYD)],
    relations=[L("BYD Auto", PO, BYD), L(BAK, PO, GR)],
    outages=[],
    dates=[D("8 April 1966", "1966-04-08"), D("1995", "1995"), D("2003", "2003"), D("1987", "1987"),
           D("1990", "1990"), D("1993", "1993")])

if __name__ == "__main__":
    print(write(A, "/tmp/agree35-tmp", sys.argv[1]), "written")
