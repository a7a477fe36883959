#!/usr/bin/env python3
"""Batch 28b gold annotations (the 12 texts of batch28b.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's
own cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Wikipedia texts have `published` null: only
absolute dates (GUIDELINES.md, Dates); 'late 2011' and the like are listed by their year's own text, as batches 27b
and 27f listed 'the end of 2018' and 'early 2016'; 'of the same year' and other relative expressions are left out, as
batch 27f left out 'The following year'.
Conventions applied here (GUIDELINES.md part 2 and batches 26c/27b/27f): a completed purchase -> acquired +
parentOrganization; a stated owner, a parent, a division, a subsidiary -> parentOrganization; funding, investors and
minority stakes -> nothing; a named service, app, website, payment system, card or programme the text says a company
develops, operates, manages, launched, owns or gave its name -> provider; where the text names a service and its
operating company apart, both (batch 27f's Dropbox); a company whose site or app carries the same surface -> one
Company (batch 27b's Skyscanner and Spotify); founders -> founder, co-founders -> cofounder; a joint venture between
two named companies and a service developed 'in collaboration with' a company -> partner; mergers with no buyer,
competitors and members of an association -> nothing; roles only at a Company or Organization (a service is no
employer: VK's co-founders get no role).
usage: batch28b_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, svc, people, locs, provided, parents
import batch10_annotate as b10
from batch10_annotate import acq   # a completed purchase: acquired and parentOrganization (GUIDELINES.md, Relations)


A = {}
# ---- social networks, messaging and video sites ------------------------------------------------------------------
A["wp-vk-service"] = dict(
 # 'a Russian online social media and social networking service' ('VK', its original name 'VKontakte') -> Service;
 # 'the popular student forum spbgu.ru', YouTube, Facebook and 'VK Video' -> Service; Semrush (the company reporting
 # traffic) and Google ('Google's top position in monthly web traffic', named by the company's name, as batch 27b
 # typed search engines) -> Company; 'the Supreme Council' (Ukraine's parliament, banning the network) ->
 # Organization; St Petersburg State University and its 'Faculty of Philology' -> Organization; 'Saint Petersburg'
 # with 'St. Petersburg' -> one Location; the second spelling 'Vyacheslav Mirilashivili' and 'Vyacheslav' -> aliases
 # of Vyacheslav Mirilashvili; 'Russian', 'Israeli' -> nothing
 entities=[E("Service", "VK", "VKontakte"), E("Location", "Saint Petersburg", "St. Petersburg"),
           E("Location", "Russia"), E("Location", "Ukraine"), E("Organization", "Supreme Council"),
           E("Company", "Semrush"), E("Service", "YouTube"), E("Service", "VK Video"), E("Company", "Google"),
           E("Person", "Pavel Durov", "Durov"), E("Service", "spbgu.ru"),
           E("Person", "Vyacheslav Mirilashvili", "Vyacheslav", "Vyacheslav Mirilashivili"),
           E("Organization", "Faculty of Philology"), E("Organization", "St Petersburg State University"),
           E("Service", "Facebook"), E("Person", "Lev Leviev")],
 # 'Lev Leviev ... became the third co-founder' (and the two friends by implication) -> co-founders of the network,
 # a Service: no role (roles attach to a Company or Organization; doubtful); 'creator of the popular student forum'
 # -> no title
 roles=[],
 # 'the Faculty of Philology at St Petersburg State University' -> parentOrganization (a named unit; doubtful);
 # VK Video beside VK (both services, no company named) -> no provider
 relations=[L("Faculty of Philology", "parentOrganization", "St Petersburg State University")],
 outages=[],
 dates=[D("August 2018", "2018-08"), D("November 2022", "2022-11"), D("2017", "2017"), D("2024", "2024"),
        D("December 2024", "2024-12"), D("2006", "2006")])

A["wp-zalo"] = dict(
 # the messaging service -> Service; its developer 'VNG Corporation' with 'VNG' -> Company; 'Zing (an online website
 # managed by VNG)', 'Zing ID' (its login), 'Kiki, an AI based virtual assistant', iOS, Android, 'the Nokia S40' (Nokia
 # named only inside it), the App Store and WeChat -> Service; countries -> Location; 'Vietnamese' -> nothing
 entities=[E("Service", "Zalo"), E("Company", "VNG Corporation", "VNG"), E("Location", "Vietnam")]
          + locs("United States", "Japan", "South Korea", "Australia", "Germany", "Myanmar", "Singapore")
          + [E("Service", "Zing"), E("Person", "Vương Quang Khải"), E("Service", "Kiki")]
          + svc("iOS", "Android", "Nokia S40", "Zing ID", "App Store", "WeChat"),
 # 'the executive Vice President of VNG' -> vice-president (GUIDELINES: executive vice president -> vice-president);
 # 'Zalo was created by' -> no founder role (a product, not an organisation)
 roles=[R("Vương Quang Khải", "vice-president", "VNG Corporation")],
 # 'developed by VNG Corporation' and Zing 'managed by VNG' -> provider each; Kiki, developed by a person -> no
 # provider (doubtful: he is VNG's vice president); WeChat, a competitor -> nothing
 relations=provided("VNG Corporation", "Zalo", "Zing"),
 outages=[],
 # published null; 'eight months after development began' and 'Recently' -> relative, left out
 dates=[D("late September 2024", "2024-09"), D("2007", "2007"), D("August 2012", "2012-08"),
        D("late 2011", "2011"), D("September 2012", "2012-09"), D("December 2012", "2012-12"),
        D("8 January 2013", "2013-01-08")])

A["wp-bilibili"] = dict(
 # 'Bilibili' is the video sharing website and the business with a founder, a chief executive and a board ('CEO and
 # Chairman of the Board of Bilibili') -> one Company (one surface, one type, as batch 27b's Spotify; doubtful: the
 # lead calls it a website); its nickname 'B Site' and the prototype 'Mikufans.cn' it was relaunched from -> aliases
 # (a former name; doubtful); 'Hangzhou Huandian Technology' -> Company; Adobe Flash (Adobe named only inside it),
 # Fate/Grand Order (a game), the sites Nico Nico Douga and AcFun -> Service; HTML5 (a technology), Hatsune Miku and
 # Mikoto Misaka (fictional characters), 'A Certain Scientific Railgun' (an anime) -> nothing; 'Chinese' -> nothing
 entities=[E("Company", "Bilibili", "B Site", "Mikufans.cn"), E("Location", "Shanghai"),
           E("Service", "Adobe Flash"), E("Service", "Fate/Grand Order"), E("Person", "Xu Yi"),
           E("Company", "Hangzhou Huandian Technology"), E("Person", "Chen Rui"), E("Service", "Nico Nico Douga"),
           E("Service", "AcFun")],
 # 'The founder of Bilibili, Xu Yi', 'Xu Yi founded Bilibili' -> founder; 'he founded a startup, Hangzhou Huandian
 # Technology' -> founder; 'Since November 2014, Chen Rui has been CEO and Chairman of the Board of Bilibili' -> ceo
 # and chairman, current
 roles=[R("Xu Yi", "founder", "Bilibili"), R("Xu Yi", "founder", "Hangzhou Huandian Technology"),
        R("Chen Rui", "ceo", "Bilibili"), R("Chen Rui", "chairman", "Bilibili")],
 # Hangzhou Huandian Technology 'to manage the development and operation of Bilibili' -> no relation with Bilibili
 # typed Company (doubtful: it runs the website); the games and sites named beside it -> nothing
 relations=[],
 outages=[],
 # the revision's two launch days are both listed ('in 24 January 2010', 'on 14 January 2010')
 dates=[D("24 January 2010", "2010-01-24"), D("2011", "2011"), D("November 2014", "2014-11"), D("2009", "2009"),
        D("14 January 2010", "2010-01-14")])

# ---- maps, travel and loyalty ------------------------------------------------------------------------------------
WZ = "Waze Mobile Ltd"
A["wp-waze"] = dict(
 # the company ('Waze Mobile Ltd', 'doing business as Waze', 'formerly FreeMap Israel', 'Waze Mobile', 'a company
 # called Waze', 'Waze Mobile Ltd.') -> one Company (its app is not named apart; one surface, one type); 'the
 # community project known as FreeMap Israel' -> the former name (alias); Google, Magma, Vertex Ventures Israel,
 # Bluerun Ventures -> Company; Unit 8200 (a military unit) -> Organization; 'the Global Positioning System (GPS)' (a
 # technology, as batch 27f's LTE) -> nothing; 'Israeli', 'American', 'Hebrew' -> nothing
 entities=[E("Company", WZ, "Waze", "FreeMap Israel", "Waze Mobile", "Waze Mobile Ltd."), E("Company", "Google"),
           E("Location", "Israel"), E("Person", "Ehud Shabtai", "Shabtai"), E("Person", "Amir Shinar"),
           E("Person", "Uri Levine"), E("Organization", "Unit 8200"), E("Company", "Magma"),
           E("Company", "Vertex Ventures Israel"), E("Company", "Bluerun Ventures"),
           E("Person", "Michal Habdank-Kolaczkowski")],
 # 'a company founded by Israeli entrepreneurs Ehud Shabtai, Amir Shinar, and Uri Levine' -> founder each;
 # 'the company's first in-house communications hire' -> no title of the vocabulary
 roles=[R(p, "founder", WZ) for p in ("Ehud Shabtai", "Amir Shinar", "Uri Levine")],
 # 'a subsidiary company of Google', 'Waze Mobile was acquired by Google' -> acquired + parentOrganization; the
 # venture capital firms' funding -> nothing
 relations=acq("Google", WZ),
 outages=[],
 dates=[D("June 2013", "2013-06"), D("2006", "2006"), D("2008", "2008"), D("2009", "2009")])

BK = "Booking.com"
AH = "Active Hotels Limited"
A["wp-booking-com"] = dict(
 # the travel agency and its site ('Booking.com', 'The website', 'the company') -> one Company; its owner Booking
 # Holdings and its buyer 'Priceline Group' (the text never says they are one) -> Company each; the two companies that
 # merged into it, 'bookings.nl' and 'Bookings Online' (which 'operated as Bookings.org') -> Company; the hotel
 # reservation company 'ActiveHotels.com' = 'Active Hotels Limited' = 'Active Hotels', renamed 'Booking.com Limited'
 # -> one Company; De Telegraaf (a newspaper), Expedia -> Company; 'United States-based' -> United States; 'Sicco and
 # Alec Behrens' -> 'Sicco' (the surface the text gives him) and Alec Behrens; 'Dutch', 'European' -> nothing
 entities=[E("Company", BK), E("Location", "United States"), E("Company", "Booking Holdings"),
           E("Location", "Amsterdam"), E("Company", "bookings.nl"), E("Person", "Geert-Jan Bruinsma", "Bruinsma"),
           E("Company", "Bookings Online", "Bookings.org"), E("Person", "Sicco"), E("Person", "Alec Behrens"),
           E("Person", "Marijn Muyser"), E("Person", "Bas Lemmens"), E("Person", "Stef Noorden"),
           E("Company", "De Telegraaf"), E("Company", "Expedia"), E("Company", "Priceline Group"),
           E("Company", AH, "ActiveHotels.com", "Active Hotels", "Booking.com Limited"),
           E("Person", "Darren Huston"), E("Person", "Gillian Tans"), E("Person", "Glenn Fogel")],
 # founders of the two merged companies -> founder; 'Stef Noorden was appointed as its CEO' (in 2000; later chief
 # executives named) -> ceo, not current (doubtful: no 'former'); Huston's posts 'until his resignation' -> ceo of
 # Booking.com, president and ceo of Booking Holdings, not current; 'After Gillian Tans resigned in 2019, Glenn Fogel
 # took over as CEO' -> Tans ceo not current (the post implied by 'took over'; doubtful), Fogel ceo current
 roles=[R("Geert-Jan Bruinsma", "founder", "bookings.nl")]
       + [R(p, "founder", "Bookings Online") for p in ("Sicco", "Alec Behrens", "Marijn Muyser", "Bas Lemmens")]
       + [R("Stef Noorden", "ceo", BK, False), R("Darren Huston", "ceo", BK, False),
          R("Darren Huston", "president", "Booking Holdings", False),
          R("Darren Huston", "ceo", "Booking Holdings", False), R("Gillian Tans", "ceo", BK, False),
          R("Glenn Fogel", "ceo", BK)],
 # 'owned and operated by ... Booking Holdings', 'its parent company' -> parentOrganization; 'the company was acquired
 # by Priceline Group' and ActiveHotels.com 'purchased by Priceline Group' -> acquired + parentOrganization each; the
 # merger of bookings.nl and Bookings Online (no buyer) and Expedia's refusal -> nothing; 'later it cooperated with
 # ActiveHotels.com' (group companies' integration) -> no partner (doubtful)
 relations=[L(BK, "parentOrganization", "Booking Holdings")] + acq("Priceline Group", BK) + acq("Priceline Group", AH),
 outages=[],
 # published null; '9 months earlier' -> relative, left out
 dates=[D("1996", "1996"), D("2000", "2000"), D("1997", "1997"), D("2002", "2002"), D("July 2005", "2005-07"),
        D("Sept 2004", "2004-09"), D("2006", "2006"), D("2011", "2011"), D("September 2011", "2011-09"),
        D("1 January 2014", "2014-01-01"), D("28 April 2016", "2016-04-28"), D("2019", "2019")])

A["wp-krisflyer"] = dict(
 # Singapore Airlines' 'frequent-flyer programme and airport lounges' ('KrisFlyer') -> Service (a loyalty programme
 # users join, as the lane's brief counts airline loyalty programmes; doubtful beside GUIDELINES' 'programmes', which
 # batch 27f read as public programmes); 'The Priority Passenger Service Club (PPS Club)', 'The PPS' -> Service
 # (doubtful, as KrisFlyer); the membership tiers (KrisFlyer Elite Silver and Gold, Star Alliance Silver and Gold,
 # Solitaire PPS Club, Solitaire PPS Club Life) and cabin names ('Singapore Airlines Suites') -> not annotated (levels
 # and classes of the services; doubtful); Scoot -> Company; Star Alliance (an airline alliance) -> Organization
 entities=[E("Service", "KrisFlyer"), E("Company", "Singapore Airlines"), E("Company", "Scoot"),
           E("Organization", "Star Alliance"), E("Service", "Priority Passenger Service Club", "PPS Club", "PPS")],
 roles=[],
 # 'the name given by Singapore Airlines to its frequent-flyer programme' -> provider; 'Scoot, the airline's low-cost
 # subsidiary' -> parentOrganization; the PPS Club, earned on Singapore Airlines flights -> provider (implied;
 # doubtful); 'Partners include all Star Alliance members' (the programme's partners, no organisation pair stated)
 # -> nothing
 relations=provided("Singapore Airlines", "KrisFlyer", "Priority Passenger Service Club")
           + [L("Scoot", "parentOrganization", "Singapore Airlines")],
 outages=[],
 # no calendar expression ('within a 12-month period', 'within a year', 'within five years')
 dates=[])

# ---- payments ----------------------------------------------------------------------------------------------------
PP = "PayPay Corporation"
A["wp-paypay"] = dict(
 # the company ('PayPay Corporation', 'The company', 'the operator of PayPay') and its app ('PayPay ... the largest
 # Japanese mobile payment app', 'their PayPay account') named apart -> Company and Service (batch 27f's Dropbox);
 # LY Corporation, the SoftBank Group, Yahoo Japan, Z Holdings, Paytm -> Company; 'India-based' -> India; Brazil ->
 # Location; 'Japanese' -> nothing
 entities=[E("Company", PP), E("Company", "LY Corporation"), E("Company", "SoftBank Group"),
           E("Company", "Yahoo Japan"), E("Company", "Z Holdings"), E("Service", "PayPay"), E("Company", "Paytm"),
           E("Location", "India"), E("Location", "Brazil")],
 roles=[],
 # 'a Japanese company ... owned by LY Corporation' -> parentOrganization (doubtful: the sentence could be read as
 # the services being owned); 'a joint venture between the SoftBank Group and Yahoo Japan' -> partner; 'through Z
 # Holdings, their holding company' -> nothing (whose holding company is unclear); the payment service 'developed in
 # collaboration with Paytm' -> partner; the app -> provider
 relations=[L(PP, "parentOrganization", "LY Corporation"), L("SoftBank Group", "partner", "Yahoo Japan"),
            L(PP, "partner", "Paytm"), L("PayPay", "provider", PP)],
 # the hacking attack of 28 November 2020: a server 'compromised' and information accessed, no service said lost ->
 # no outage (a near-miss, as batch 26f's TalkTalk breach)
 outages=[],
 dates=[D("2018", "2018"), D("October 2018", "2018-10"), D("November 28, 2020", "2020-11-28")])

MX = "Monexio AG"
A["wp-twint"] = dict(
 # the payment app 'Twint' -> Service; 'Monexio' / 'Monexio AG' ('The company') -> Company; PostFinance, the four
 # banks, the Zurich Cantonal Bank and the SIX Group -> Company; Paymit ('a competitor made by' two companies) ->
 # Service; 'the Competition Commission of Switzerland' -> Organization; cities and the country -> Location; 'Swiss'
 # -> nothing
 entities=[E("Service", "Twint"), E("Location", "Switzerland"), E("Company", MX, "Monexio"),
           E("Company", "PostFinance")]
          + [E("Company", n) for n in ("Berner Kantonalbank", "Valiant Bank", "Basler Kantonalbank", "Bank Cler")]
          + [E("Person", "Thierry Kneissler"), E("Person", "Hansruedi Köng"), E("Location", "Bern"),
             E("Location", "Zurich"), E("Service", "Paymit"), E("Company", "Zurich Cantonal Bank"),
             E("Company", "SIX Group"), E("Organization", "Competition Commission of Switzerland")],
 # 'PostFinance Executive Board member Thierry Kneissler was appointed CEO' -> executive at PostFinance (a management
 # board member; current as the rule reads, doubtful) and ceo at Monexio AG; 'Hansruedi Köng, CEO of PostFinance,
 # became Chairman of the Board of Directors' -> ceo at PostFinance and chairman at Monexio AG
 roles=[R("Thierry Kneissler", "executive", "PostFinance"), R("Thierry Kneissler", "ceo", MX),
        R("Hansruedi Köng", "ceo", "PostFinance"), R("Hansruedi Köng", "chairman", MX)],
 # 'The app was developed by Monexio', 'Twint was created by Monexio AG' -> provider; 'a wholly-owned subsidiary of
 # PostFinance' -> parentOrganization; Paymit 'made by the Zurich Cantonal Bank and the SIX Group' -> provider each;
 # the banks that 'cooperated in Twint' (with the service; no organisation pair stated) and the two apps' fusion ->
 # nothing; the commission's approval -> nothing
 relations=[L("Twint", "provider", MX), L(MX, "parentOrganization", "PostFinance"),
            L("Paymit", "provider", "Zurich Cantonal Bank"), L("Paymit", "provider", "SIX Group")],
 outages=[],
 dates=[D("2017", "2017"), D("2024", "2024"), D("2014", "2014"), D("2015", "2015"), D("2016", "2016"),
        D("2023", "2023"), D("July 2014", "2014-07"), D("August 2014", "2014-08"), D("6 August 2015", "2015-08-06"),
        D("3 November 2015", "2015-11-03"), D("May 2016", "2016-05"), D("September 2016", "2016-09")])

A["wp-blik"] = dict(
 # the payment system ('BLIK', 'Blik') -> Service; its operator 'Polski Standard Płatności (PSP)' -> Company; the
 # European Mobile Payment Systems Association, the Polish Police and 'the EU' (as the corpus types it) ->
 # Organization; Android, Google Pay (Google named only inside it) -> Service; Mastercard, Revolut -> Company; Poland
 # -> Location; 'six Polish banks' (none named), 'Polish złoty (PLN)' -> nothing
 entities=[E("Service", "Blik", "BLIK"), E("Company", "Polski Standard Płatności", "PSP"),
           E("Organization", "European Mobile Payment Systems Association"), E("Organization", "Polish Police"),
           E("Service", "Android"), E("Company", "Mastercard"), E("Service", "Google Pay"), E("Company", "Revolut"),
           E("Organization", "EU"), E("Location", "Poland")],
 roles=[],
 # 'It is operated by Polski Standard Płatności (PSP)', 'launched Blik' -> provider; PSP's membership of the
 # association -> nothing; Revolut integrating Blik (no organisation pair stated) -> nothing
 relations=[L("Blik", "provider", "Polski Standard Płatności")],
 outages=[],
 dates=[D("2015", "2015"), D("June 2024", "2024-06"), D("2024", "2024"), D("February 2015", "2015-02"),
        D("2019", "2019"), D("2020", "2020"), D("2021", "2021"), D("early 2025", "2025")])

# ---- transport cards ---------------------------------------------------------------------------------------------
A["wp-suica"] = dict(
 # the fare card and electronic money system 'Suica' -> Service; 'Mobile Suica' and PASMO -> Service; JR East ->
 # Company; 'Japan's Nationwide Mutual Usage Service' (an interoperation scheme among cards) -> nothing (doubtful);
 # Japan, Tokyo and 'the Greater Tokyo Area' -> Location
 entities=[E("Service", "Suica"), E("Location", "Japan"), E("Company", "JR East"), E("Service", "Mobile Suica"),
           E("Service", "PASMO"), E("Location", "Tokyo"), E("Location", "Greater Tokyo Area")],
 roles=[],
 # 'launched on November 18, 2001 by JR East' -> provider; Mobile Suica ('95.64 million Suica (including Mobile
 # Suica) have been issued', no issuer named for it) and PASMO -> no provider (doubtful for Mobile Suica)
 relations=[L("Suica", "provider", "JR East")],
 outages=[],
 dates=[D("November 18, 2001", "2001-11-18"), D("2018", "2018"), D("October 2023", "2023-10")])

# ---- streaming ---------------------------------------------------------------------------------------------------
BL = "Block, Inc."
A["wp-tidal"] = dict(
 # the streaming service 'Tidal' (also 'the Tidal music service') -> Service; Aspiro, 'Block, Inc.' (with 'Block'
 # and its former name 'Square'), Project Panther Bidco Ltd. and Sprint Corporation -> Company; Jack Dorsey and Jim
 # McKelvey -> Person; 'the former HiFi Plus plan' (a subscription plan of the service) -> not annotated, as batch
 # 28b's loyalty tiers (doubtful); FLAC and MQA (formats), 'the Annual Stockholder Meeting 2022' (an event) ->
 # nothing; 'Norwegian-American', 'Swedish', 'American' -> nothing
 entities=[E("Service", "Tidal"), E("Company", "Aspiro"), E("Company", BL, "Block", "Square"),
           E("Person", "Jack Dorsey"), E("Person", "Jim McKelvey"), E("Company", "Project Panther Bidco Ltd."),
           E("Company", "Sprint Corporation")],
 # Block 'owned by Jack Dorsey and Jim McKelvey' -> no title stated, no role
 roles=[],
 # 'launched in 2014 by Swedish public company Aspiro' -> provider; 'majority-owned by Block, Inc.' -> provider (a
 # service owned by a company, as batch 27f's Disney+ Hotstar); 'Aspiro was acquired by Project Panther Bidco Ltd.'
 # -> acquired + parentOrganization; Sprint's 33% -> nothing (a minority stake)
 relations=provided("Aspiro", "Tidal") + provided(BL, "Tidal") + acq("Project Panther Bidco Ltd.", "Aspiro"),
 outages=[],
 # 'In June, 2022' and '... Meeting 2022' -> 'June, 2022' and '2022' (batch 27f listed '2011' from '2011 EPS');
 # 'As of March 2021' repeats 'March 2021' (listed once)
 dates=[D("2014", "2014"), D("April 10, 2024", "2024-04-10"), D("March 2015", "2015-03"),
        D("January 2017", "2017-01"), D("March 2021", "2021-03"), D("June, 2022", "2022-06"), D("2022", "2022"),
        D("2016", "2016")])

A["wp-globoplay"] = dict(
 # the streaming service -> Service; 'Globo, a division of Grupo Globo', Grupo Globo and the studio 'Estúdios Globo'
 # -> Company; countries -> Location; 'Brazilian', 'European' -> nothing
 entities=[E("Service", "Globoplay"), E("Company", "Globo"), E("Company", "Grupo Globo"),
           E("Company", "Estúdios Globo")]
          + locs("Brazil", "Canada", "Italy", "France", "Switzerland", "Germany", "Spain", "Portugal",
                 "United Kingdom"),
 roles=[],
 # 'owned by Globo' -> provider; 'Globo, a division of Grupo Globo' -> parentOrganization; films 'produced by Estúdios
 # Globo' (a content supplier, no partnership stated) -> nothing
 relations=provided("Globo", "Globoplay") + [L("Globo", "parentOrganization", "Grupo Globo")],
 outages=[],
 # published null; 'November 3 of the same year' -> relative to the text, left out (as 'The following year')
 dates=[D("26 October 2015", "2015-10-26"), D("2020", "2020"), D("September 2021", "2021-09"),
        D("14 October 2021", "2021-10-14")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A))
