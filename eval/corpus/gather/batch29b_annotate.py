#!/usr/bin/env python3
"""Batch 29b gold annotations (the 14 texts of batch29b.py, part 1: 12, part 2: 2), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's
own cycle, as every sub-batch since 8b; batch10_annotate.write_parts; part 2 dealt by its own cycle, so part 1's
files keep their splits). Wikipedia texts have `published` null: only
absolute dates (GUIDELINES.md, Dates); 'the start of 2018' is listed by its own text with the year, as batches 27b-28b
listed 'early 2016' and 'late 2011'; 'later in the same year', 'This year', 'Later in the year in November' and other
relative expressions are left out, as batch 28b left out 'November 3 of the same year'.
Conventions applied here (GUIDELINES.md part 2 and batches 26c/27b/27f/28b): a completed purchase -> acquired +
parentOrganization; a stated owner, parent, subsidiary or a company a group 'operates' -> parentOrganization; funding,
investors and minority stakes -> nothing; a named service, app, card, network, programme, operating system or product
the text says a company launched, developed, operates, sells, runs or gave its name -> provider; a company whose own
name is its service's and that the text treats as a business (founders, purchases, revenue) -> one Company (batch
28b's Booking.com and Bilibili); Visa and MasterCard -> Company (batches 27f and 28b); a strategic partnership,
a supplier of technology and a partnership to expand -> partner; mergers with no buyer, competitors, members of an
association and users of a service -> nothing; roles only at a Company, an Organization or a country (a service is
no employer, batch 28b).
usage: batch29b_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, svc, people, locs, provided, parents
import batch10_annotate as b10
from batch10_annotate import acq   # a completed purchase: acquired and parentOrganization (GUIDELINES.md, Relations)


A = {}
# ---- payments --------------------------------------------------------------------------------------------------
A["wp-swish-payment"] = dict(
 # the payment system -> Service; Bankgirot (the clearing house: 'in cooperation with Bankgirot', 'the Bankgirot
 # clearing system', not a named product of its own) -> Company; 'the Central Bank of Sweden' and 'the European
 # Mobile Payment Systems Association' -> Organization; the identification app 'Mobilt BankID Säkerhetsapp' -> Service;
 # 'the train operator SJ' -> Company; 'Swedish' -> nothing
 entities=[E("Service", "Swish"), E("Location", "Sweden"), E("Company", "Bankgirot"),
           E("Organization", "Central Bank of Sweden"),
           E("Organization", "European Mobile Payment Systems Association"),
           E("Service", "Mobilt BankID Säkerhetsapp"), E("Company", "SJ")],
 roles=[],
 # 'launched in 2012 by six large Swedish banks' (none named) -> no provider; Bankgirot's cooperation and its
 # clearing system that 'developed instant payments for the Swish system' -> nothing (doubtful: it runs the
 # transfers); SJ using the service -> nothing
 relations=[],
 outages=[],
 dates=[D("2012", "2012"), D("September 2018", "2018-09"), D("2014", "2014"), D("January 2017", "2017-01")])

A["wp-mobilepay"] = dict(
 # the app -> Service; Danske Bank -> Company; 'Vipps of Norway' (the Norwegian payment app it merged with) ->
 # Service; 'Vipps MobilePay' (the company formed) -> Company; iOS, Android and the login services NemID and MitID ->
 # Service; the association -> Organization; 'CPR-number' (a national id number) -> nothing; 'Danish', 'Finnish' ->
 # nothing
 entities=[E("Service", "MobilePay"), E("Location", "Denmark"), E("Location", "Finland"),
           E("Company", "Danske Bank"), E("Service", "Vipps"), E("Location", "Norway"),
           E("Company", "Vipps MobilePay"), E("Organization", "European Mobile Payment Systems Association")]
          + svc("iOS", "Android", "NemID", "MitID"),
 roles=[],
 # 'first introduced in 2013 by Danske Bank' -> provider; 'merged with Vipps of Norway to form Vipps MobilePay, but
 # they maintain their separate brand names' -> Vipps MobilePay runs both brands: provider each (doubtful: read from
 # 'to form'); the merger itself (no buyer) -> nothing
 relations=provided("Danske Bank", "MobilePay") + provided("Vipps MobilePay", "MobilePay", "Vipps"),
 outages=[],
 # 'later in the same year' -> relative, left out
 dates=[D("2013", "2013"), D("2017", "2017"), D("2022", "2022"), D("2023", "2023")])

NPCI = "National Payments Corporation of India"
DFS = "Discover Financial Services"
A["wp-rupay"] = dict(
 # the card scheme ('RuPay', its former name 'IndiaPay', 'RuPay Card') -> Service; NPCI (a corporation running the
 # scheme) -> Company (doubtful: the text gives no ownership); the Reserve Bank of India -> Organization; MasterCard
 # and Visa -> Company (batches 27f, 28b); 'Discover Financial Services' with 'Discover Financial', 'DFS' and
 # 'Discover' -> Company; 'the international Discover network' -> Service 'Discover network' (doubtful); 'National
 # Financial Switch' -> Service; 'RuPay Global Cards' (a card variant) -> nothing, as batch 28b's tiers; the
 # President's residence Rashtrapati Bhavan and New Delhi -> Location
 entities=[E("Service", "RuPay", "IndiaPay", "RuPay Card"), E("Company", NPCI, "NPCI"),
           E("Organization", "Reserve Bank of India"), E("Location", "India"), E("Company", "MasterCard"),
           E("Company", "Visa"), E("Company", DFS, "Discover Financial", "DFS", "Discover"),
           E("Person", "Pranab Mukherjee"), E("Location", "Rashtrapati Bhavan"), E("Location", "New Delhi"),
           E("Service", "National Financial Switch"), E("Service", "Discover network")],
 # 'President of India, Pranab Mukherjee' -> president of India (a head of state, GUIDELINES part 2)
 roles=[R("Pranab Mukherjee", "president", "India")],
 # 'conceived and launched by the National Payments Corporation of India' -> provider; 'NPCI entered into a strategic
 # partnership with Discover Financial Services' -> partner; Discover's network -> provider (doubtful); competitors
 # MasterCard and Visa -> nothing; the National Financial Switch's operator is not named -> no provider
 relations=provided(NPCI, "RuPay") + [L(NPCI, "partner", DFS)] + provided(DFS, "Discover network"),
 outages=[],
 dates=[D("26 March 2012", "2012-03-26"), D("8 May 2014", "2014-05-08")])

# ---- transport cards and loyalty -------------------------------------------------------------------------------
A["wp-ez-link"] = dict(
 # the card and electronic money system ('The EZ-Link card') -> Service; 'TransitLink Pte Ltd' -> Company; 'the Land
 # Transport Authority (LTA)' -> Organization; the rail systems 'Mass Rapid Transit (MRT)' and 'Light Rail Transit
 # (LRT)' and the 'Sentosa Express' -> Service (networks); the bus companies SBS Transit, SMRT Buses, Tower Transit
 # Singapore and Go-Ahead Singapore -> Company; 'the Sony FeliCa smart card technology' -> Service 'Sony FeliCa' (Sony
 # named only inside it)
 entities=[E("Service", "EZ-Link", "EZ-Link card"), E("Location", "Singapore"), E("Company", "TransitLink Pte Ltd"),
           E("Organization", "Land Transport Authority", "LTA"), E("Service", "Mass Rapid Transit", "MRT"),
           E("Service", "Light Rail Transit", "LRT"), E("Company", "SBS Transit"), E("Company", "SMRT Buses"),
           E("Company", "Tower Transit Singapore"), E("Company", "Go-Ahead Singapore"),
           E("Service", "Sentosa Express"), E("Service", "Sony FeliCa")],
 roles=[],
 # 'It is sold by TransitLink Pte Ltd' -> provider (doubtful: the seller, the infobox's operator is cut);
 # 'TransitLink Pte Ltd, a subsidiary of the Land Transport Authority' -> parentOrganization; the bus companies
 # operate buses (no named service) -> nothing
 relations=provided("TransitLink Pte Ltd", "EZ-Link") + [L("TransitLink Pte Ltd", "parentOrganization",
                                                            "Land Transport Authority")],
 outages=[],
 dates=[D("2001", "2001")])

KSC = "Korea Smart Card Co., Ltd"
A["wp-t-money"] = dict(
 # the card series ('T-money', 'The T-money System') -> Service; its operator -> Company; 'Seoul Metropolitan City
 # Government' and 'Credit Card Union' (an association of card companies) -> Organization; LG CNS -> Company; the
 # predecessor 'Seoul Bus Card' -> Service; the palace Gyeonghuigung and 'Lotte World amusement park' -> Location (a
 # named site, GUIDELINES part 2); the bookstore chain 'Kyobo Book Centre' and the convenience store chain 'GS 25' ->
 # Company
 entities=[E("Service", "T-money", "T-money System"), E("Location", "Seoul"), E("Location", "South Korea"),
           E("Company", KSC), E("Organization", "Seoul Metropolitan City Government"), E("Company", "LG CNS"),
           E("Organization", "Credit Card Union"), E("Service", "Seoul Bus Card"), E("Location", "Gyeonghuigung"),
           E("Location", "Lotte World"), E("Company", "Kyobo Book Centre"), E("Company", "GS 25")],
 roles=[],
 # 'implemented and is being operated by Korea Smart Card Co., Ltd' -> provider; its three holders (34.4%, 31.85%,
 # 15.73%, none a majority) -> nothing (minority stakes); stores accepting the card -> nothing
 relations=provided(KSC, "T-money"),
 outages=[],
 dates=[])

A["wp-miles-and-more"] = dict(
 # the loyalty programme -> Service (as batch 28b's KrisFlyer); Lufthansa with 'LH' -> Company; 'the Lufthansa
 # WorldShop' -> Service; Star Alliance -> Organization; Europe -> Location; status tiers ('Frequent Travellers,
 # Senators and HON Circle Card holders') -> nothing (batch 28b's tiers)
 entities=[E("Service", "Miles & More"), E("Location", "Europe"), E("Organization", "Star Alliance"),
           E("Company", "Lufthansa", "LH"), E("Service", "Lufthansa WorldShop")],
 roles=[],
 # 'The program was launched by Lufthansa' -> provider; 'the Lufthansa WorldShop' -> provider (the company named in
 # the product name and on its own); the 13 airlines and Star Alliance members using it -> nothing
 relations=provided("Lufthansa", "Miles & More", "Lufthansa WorldShop"),
 outages=[],
 dates=[D("February 2011", "2011-02"), D("1993", "1993")])

# ---- social and microblogging sites ----------------------------------------------------------------------------
A["wp-weibo"] = dict(
 # the microblogging website ('Weibo, previously Sina Weibo') -> Service (doubtful: the text also calls the spun-off
 # 'separate entity called simply "Weibo"' a company going public and private; one surface, typed by the lead as a
 # website); 'Sina Corporation' with 'Sina' -> Company; 'Sina Weibo International Version' -> Service; Alibaba and the
 # Nasdaq (a stock exchange run as a business) -> Company; China and 'the US' -> Location; 'WB' (a ticker) and
 # 'Project Deep Blue' (a campaign) -> nothing
 entities=[E("Service", "Weibo", "Sina Weibo"), E("Company", "Sina Corporation", "Sina"), E("Location", "China"),
           E("Company", "Alibaba"), E("Service", "Sina Weibo International Version"), E("Location", "US"),
           E("Company", "Nasdaq")],
 roles=[],
 # 'Launched by Sina Corporation' and 'Sina launched Sina Weibo International Version' -> provider each; 'Alibaba
 # owning 32%' -> nothing (a minority stake); the spin-off and IPO -> nothing (no owner stated after it)
 relations=provided("Sina Corporation", "Weibo", "Sina Weibo International Version"),
 outages=[],
 dates=[D("14 August 2009", "2009-08-14"), D("Q1 2022", "2022-Q1"), D("the start of 2018", "2018"),
        D("March 2014", "2014-03"), D("17 April 2014", "2014-04-17"), D("March 2017", "2017-03"),
        D("November 2018", "2018-11"), D("July 2019", "2019-07"), D("29 September 2020", "2020-09-29"),
        D("2000", "2000"), D("September 2021", "2021-09")])

A["wp-qzone"] = dict(
 # the social networking website (its original name 'Little Home Zone') -> Service; Tencent -> Company; Zhu Liang ->
 # Person; QQ, QQ Show, QQ pet and the rivals 'Sina blog' and 'MSN Space' ('MSN spaces') -> Service (Sina and MSN
 # named only inside them); 'Canary Yellow Diamond', the 'Yellow Diamond System' and 'Space Decoration' (paid tiers and
 # features) -> nothing
 entities=[E("Service", "Qzone", "Little Home Zone"), E("Location", "China"), E("Company", "Tencent"),
           E("Person", "Zhu Liang"), E("Service", "QQ"), E("Service", "QQ Show"), E("Service", "QQ pet"),
           E("Service", "Sina blog"), E("Service", "MSN Space", "MSN spaces")],
 # 'Qzone was taken by Zhu Liang' -> no title stated, no role
 roles=[],
 # 'created by Tencent', 'positioned by Tencent as virtualization products along with QQ Show and QQ pet' -> provider
 # each; 'set by Tencent as a bonded service to QQ' -> QQ is Tencent's: provider (doubtful: read from the bond);
 # the competitors -> nothing
 relations=provided("Tencent", "Qzone", "QQ Show", "QQ pet", "QQ"),
 outages=[],
 # 'In 2005' (in the quotation) repeats '2005' (listed once); 'This year' (2008 in the text) -> relative, left out
 dates=[D("2005", "2005"), D("April 2005", "2005-04"), D("2008", "2008")])

# ---- software, networks, transport companies -------------------------------------------------------------------
A["wp-tizen"] = dict(
 # the operating system -> Service; the Linux Foundation -> Organization; 'Samsung Electronics' with 'Samsung' ->
 # Company; MeeGo and Bada (operating systems) -> Service; the Flora License and the Apache License 2.0 (licences)
 # and HTML5 (a technology) -> nothing
 entities=[E("Service", "Tizen"), E("Organization", "Linux Foundation"),
           E("Company", "Samsung Electronics", "Samsung"), E("Service", "MeeGo"), E("Service", "Bada")],
 roles=[],
 # 'developed and used primarily by Samsung Electronics' -> provider; 'Samsung merged its previous Linux-based OS
 # effort, Bada' -> provider; 'backed by the Linux Foundation' -> nothing (support, doubtful); MeeGo's maker not
 # named -> no provider
 relations=provided("Samsung Electronics", "Tizen", "Bada"),
 outages=[],
 dates=[])

IRC = "Iridium Communications Inc."
CON = "Iridium satellite constellation"
A["wp-iridium-communications"] = dict(
 # the company ('Iridium Communications Inc.', 'formerly Iridium Satellite LLC', 'Iridium') -> Company; the
 # constellation ('the Iridium network', 'The Iridium communications service') -> one Service; 'what was then Iridium
 # SSC' ('The founding company') -> Company, apart from the present company (the text does not say they are one);
 # Motorola -> Company; the National Geographic Society -> Organization; places -> Location; the Big Dipper and the
 # element iridium -> nothing
 entities=[E("Company", IRC, "Iridium Satellite LLC", "Iridium"), E("Location", "McLean"), E("Location", "Virginia"),
           E("Service", CON, "Iridium network", "Iridium communications service"), E("Location", "Tempe"),
           E("Location", "Arizona"), E("Location", "Leesburg"), E("Location", "United States"),
           E("Company", "Iridium SSC"), E("Person", "Al Gore"), E("Person", "Gilbert Grosvenor"),
           E("Person", "Alexander Graham Bell"), E("Organization", "National Geographic Society"),
           E("Company", "Motorola")],
 # 'Vice President of the United States Al Gore' -> vice-president of the country (current as written: no
 # 'then'/'former', doubtful for a 1998 event); 'chairman of the National Geographic Society' -> chairman
 roles=[R("Al Gore", "vice-president", "United States"), R("Gilbert Grosvenor", "chairman",
                                                            "National Geographic Society")],
 # 'Iridium operates the Iridium satellite constellation' -> provider; 'launched ... by what was then Iridium SSC'
 # -> provider; 'Motorola provided the technology and major financial backing' -> partner (a technology supplier,
 # doubtful: backing is funding)
 relations=provided(IRC, CON) + provided("Iridium SSC", CON) + [L("Motorola", "partner", "Iridium SSC")],
 outages=[],
 # 'nine months later' -> relative (the absolute day follows)
 dates=[D("November 1, 1998", "1998-11-01"), D("August 13, 1999", "1999-08-13")])

OLA = "Ola Cabs"
A["wp-ola-cabs"] = dict(
 # 'an Indian ridesharing company' ('Ola Cabs', 'Ola', its stylised 'OLΛ') -> Company; 'ANI Technologies Pvt. Ltd.',
 # Softbank, 'taxi service TaxiForSure' ('TFS') and 'Geotagg, a trip-planning applications company' -> Company; its
 # auto-rickshaw service 'Ola Auto' -> Service; 'the Ola mobile application' -> the company's name (no separate
 # entity); places -> Location ('Bangalore-based' -> Bangalore)
 entities=[E("Company", OLA, "Ola", "OLΛ"), E("Location", "Bangalore"), E("Location", "Karnataka"),
           E("Location", "India"), E("Company", "ANI Technologies Pvt. Ltd."), E("Company", "Softbank"),
           E("Location", "Mumbai"), E("Service", "Ola Auto"), E("Location", "Delhi"), E("Location", "Pune"),
           E("Location", "Chennai"), E("Location", "Hyderabad"), E("Location", "Australia"),
           E("Location", "New Zealand"), E("Location", "UK"), E("Location", "London"),
           E("Company", "TaxiForSure", "TFS"), E("Company", "Geotagg")],
 roles=[],
 # 'Ola Cabs acquired ... TaxiForSure', 'Ola further acquired Geotagg' -> acquired + parentOrganization each; 'Ola
 # diversified to incorporate auto rickshaws ... Ola Auto expanded' -> provider; 'was developed by ANI Technologies
 # Pvt. Ltd.' -> nothing (a company developed by a company: no ownership stated; doubtful, as batch 28b's Bilibili
 # and Hangzhou Huandian); Softbank's 'large stakes' -> nothing
 relations=acq(OLA, "TaxiForSure") + acq(OLA, "Geotagg") + provided(OLA, "Ola Auto"),
 outages=[],
 # 'Later in the year in November' -> relative, left out; 'As of 2019' -> '2019'
 dates=[D("October 2019", "2019-10"), D("3 December 2010", "2010-12-03"), D("2019", "2019"),
        D("November 2014", "2014-11"), D("December 2014", "2014-12"), D("January 2018", "2018-01"),
        D("September 2018", "2018-09"), D("March 2019", "2019-03"), D("February 2020", "2020-02"),
        D("March 2015", "2015-03"), D("June 2015", "2015-06")])

FB = "FlixBus"
FX = "Flix SE"
A["wp-flixbus"] = dict(
 # 'FlixBus' ('Flixbus', 'FLiXBUS'), 'a German brand' that operates buses, has revenues, was founded by three people
 # and entered a partnership -> one Company (the business that carries the brand, as batch 28b's Booking.com;
 # doubtful: the text calls it a brand); 'Flix SE' with its former name 'FlixMobility GmbH' and its umbrella brands
 # 'FlixMobility' and 'Flix' -> one Company; Flixtrain and FlixCar -> Service; Kâmil Koç, Greyhound Lines and Eastern
 # Bus -> Company; regions, countries and cities -> Location ('the East Coast' included); 'German' -> nothing
 entities=[E("Company", FB, "Flixbus", "FLiXBUS"), E("Location", "Europe"), E("Location", "North America"),
           E("Location", "South America"), E("Location", "Asia"), E("Company", FX, "FlixMobility GmbH",
                                                                        "FlixMobility", "Flix"),
           E("Service", "Flixtrain"), E("Service", "FlixCar"), E("Company", "Kâmil Koç"),
           E("Company", "Greyhound Lines"), E("Location", "Turkey"), E("Location", "Munich"),
           E("Person", "Daniel Krauss"), E("Person", "Jochen Engert"), E("Person", "André Schwämmlein"),
           E("Location", "Paris La Défense"), E("Location", "Amiens"), E("Location", "Bavaria"),
           E("Location", "Germany"), E("Location", "United States"), E("Location", "Los Angeles"),
           E("Location", "East Coast"), E("Company", "Eastern Bus")],
 # 'FlixBus was founded in 2011 in Munich by Daniel Krauss, Jochen Engert and André Schwämmlein' -> founder each
 roles=[R(p, "founder", FB) for p in ("Daniel Krauss", "Jochen Engert", "André Schwämmlein")],
 # 'It is owned by Flix SE' -> parentOrganization; 'which also operates Flixtrain, FlixCar, Kâmil Koç, and Greyhound
 # Lines' -> provider for the two services, parentOrganization for the two bus companies; 'through a partnership with
 # Eastern Bus' -> partner; FlixMobility's funding round -> nothing
 relations=[L(FB, "parentOrganization", FX)] + provided(FX, "Flixtrain", "FlixCar")
           + parents(FX, "Kâmil Koç", "Greyhound Lines") + [L(FB, "partner", "Eastern Bus")],
 outages=[],
 # 'In the following years' -> relative, left out
 dates=[D("2023", "2023"), D("2011", "2011"), D("June 2021", "2021-06"), D("April 2022", "2022-04"),
        D("April 2018", "2018-04"), D("February 2013", "2013-02"), D("2018", "2018"), D("2019", "2019")])

IDS = sorted(A)

# ---- part 2 (annotated from the texts alone after part 1's gold commit, before newskg ran on any text) -----------
A2 = {}
A2["wp-cabify"] = dict(
 # 'a platform to facilitate the transport of people and objects' run as a company ('The company operates',
 # founded, a CEO and a CTO) -> one Company, with the service's first name 'Executive' as an alias (a former name,
 # doubtful: the service's, not the company's); its service 'Cabify Lite' -> Service; Tuenti (a company with founders)
 # and Waze (a partner) -> Company; people -> Person ('De Antonio', 'Ajao', 'Wallace' aliases); 'Silicon Valley' (a
 # region) and the countries and cities -> Location; 'Spanish', 'European' -> nothing
 entities=[E("Company", "Cabify", "Executive"), E("Location", "Spain"), E("Location", "Latin America")]
          + locs("Colombia", "Peru", "Argentina", "Chile", "Uruguay", "Portugal", "Mexico", "Brazil", "Madrid",
                 "Silicon Valley")
          + [E("Person", "Juan de Antonio", "De Antonio"), E("Person", "Adeyemi Ajao", "Ajao"),
             E("Company", "Tuenti"), E("Person", "Brendan F. Wallace", "Wallace"), E("Person", "Samuel Lown"),
             E("Person", "Michael Koper"), E("Person", "Adrian Merino"), E("Service", "Cabify Lite"),
             E("Company", "Waze")],
 # 'founded ... by Juan de Antonio' -> founder; 'continued as the CEO' -> ceo (current); 'Adeyemi Ajao, one of the
 # founders of Tuenti' -> cofounder of Tuenti; 'Samuel Lown joined the company as the CTO' -> cto (current as
 # written); 'became advisors', 'joining the team' -> no title of the vocabulary
 roles=[R("Juan de Antonio", "founder", "Cabify"), R("Juan de Antonio", "ceo", "Cabify"),
        R("Adeyemi Ajao", "cofounder", "Tuenti"), R("Samuel Lown", "cto", "Cabify")],
 # 'the company launched Cabify Lite' -> provider; 'the company partnered with Waze' -> partner; 'Silicon Valley
 # investors' (none named) -> nothing
 relations=provided("Cabify", "Cabify Lite") + [L("Cabify", "partner", "Waze")],
 outages=[],
 # 'in July' (no year in its sentence), 'two months later', 'In the next two years' -> relative, left out; 'the end
 # of 2015' -> the year (GUIDELINES, Dates)
 dates=[D("2011", "2011"), D("May 2011", "2011-05"), D("February 2012", "2012-02"), D("June 2013", "2013-06"),
        D("the end of 2015", "2015"), D("2016", "2016")])

A2["wp-taobao"] = dict(
 # the shopping platform ('Taobao', 'Taobao.com', 'Taobao Marketplace') -> one Service; Alibaba -> Company; 'Alibaba
 # Cloud Computing (Beijing) Co., Ltd.' (the domain's registrant) -> Company; Alipay and Tmall.com -> Service; 'Alexa
 # rank' -> Alexa as Company (the company reporting traffic, as batch 28b's Semrush; doubtful); eBay and Eachnet ->
 # Company; places -> Location ('Mainland China' and, apart, the country 'China' of 'China's online auction
 # leader'); 'Chinese' -> nothing
 entities=[E("Service", "Taobao", "Taobao.com", "Taobao Marketplace"), E("Location", "Hangzhou"),
           E("Company", "Alibaba"), E("Company", "Alexa"),
           E("Company", "Alibaba Cloud Computing (Beijing) Co., Ltd."), E("Location", "Mainland China"),
           E("Location", "Hong Kong"), E("Location", "Macau"), E("Location", "Taiwan"), E("Service", "Alipay"),
           E("Service", "Tmall.com"), E("Company", "eBay"), E("Company", "Eachnet"), E("Location", "China")],
 roles=[],
 # 'is owned by Alibaba' -> provider (a service owned by a company, as batch 28b's Tidal and Block); 'Alibaba's
 # Alipay' -> provider; 'eBay acquired Eachnet' -> acquired + parentOrganization; the registrant's tie to Alibaba and
 # Tmall.com's operator are not stated -> nothing (doubtful)
 relations=provided("Alibaba", "Taobao", "Alipay") + acq("eBay", "Eachnet"),
 outages=[],
 dates=[D("2021", "2021"), D("April 21, 2003", "2003-04-21"), D("2016", "2016"), D("2017", "2017")])

IDS2 = sorted(A2)

if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A), (IDS2, A2))
