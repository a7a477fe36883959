#!/usr/bin/env python3
"""Batch 31b gold annotations (the 8 texts of batch31b.py), written from each text alone; newskg was run on none of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's own
cycle, as every sub-batch since 8b; batch10_annotate.write_parts, one part). Wikipedia texts have `published` null:
only absolute dates are listed (GUIDELINES.md, Dates); 'early May 2013' -> 2013-05; 'In the same month', 'in two
years', 'Afterwards' -> relative, left out.
Conventions (GUIDELINES.md part 2 and this lane's batches 27b-30b): a completed purchase (bought, acquired, 'now owned
by') -> acquired + parentOrganization; stakes, funding rounds, investors and asset purchases -> nothing; a stated
owner, parent or subsidiary -> parentOrganization; a named service, app, store, wallet or platform the text says a
company developed, launched, operates, owns or is in charge of -> provider; a business under its service's name that
the text treats as a company (a purchase, a valuation, a CEO, a liquidation) -> one Company; a joint venture -> partner
between its named parents (as batch 30b's Touch 'n Go eWallet), in the order written; launch partners -> partner;
roles only at a Company, an Organization or a country; founders named jointly -> founder each, 'co-founded' /
'Co-founder' -> cofounder; a business shutting down or liquidating -> no outage.
usage: batch31b_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather32b/pool /tmp/gather32b/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, svc, locs, provided, parents
import batch10_annotate as b10


A = {}
# ---- online services ---------------------------------------------------------------------------------------------
A["wp-proton-mail"] = dict(
 # the email service -> Service; 'the non-profit Proton Foundation' -> Organization (an NGO); Proton AG -> Company;
 # the five Proton products it 'also operates', the two rival email providers, the app platforms and 'the Proton Mail
 # Bridge app' -> Service; 'Swiss' -> nothing (no place named)
 entities=[E("Service", "Proton Mail"), E("Organization", "Proton Foundation"), E("Company", "Proton AG")]
          + svc("Proton VPN", "Proton Drive", "Proton Calendar", "Proton Pass", "Proton Wallet", "Gmail",
                "Outlook.com", "iOS", "Android", "Proton Mail Bridge"),
 roles=[],
 # 'owned by the non-profit Proton Foundation through its subsidiary Proton AG, which also operates ...' -> Proton AG
 # runs Proton Mail and the five others (provider; 'also operates' read as Proton Mail's operator too) and is the
 # foundation's subsidiary (parentOrganization); the foundation is no Company, so no provider from it (the subsidiary
 # is the stated operator); Gmail's and Outlook.com's makers are not named -> nothing
 relations=provided("Proton AG", "Proton Mail", "Proton VPN", "Proton Drive", "Proton Calendar", "Proton Pass",
                    "Proton Wallet") + parents("Proton Foundation", "Proton AG"),
 outages=[],
 dates=[D("2014", "2014"), D("2016", "2016"), D("2017", "2017"), D("2022", "2022"),
        D("May 16, 2014", "2014-05-16")])

A["wp-dailymotion"] = dict(
 # 'a French online video sharing platform', but 'raised funds', 'created ASIC, together with other companies' and
 # 'valuing the company' -> a business under its platform's name: one Company (as batch 30b's iFood; doubtful);
 # owners, partners, investors and the buyer -> Company (Bloomberg, a news business; the state's Strategic Investment
 # Fund -> Company, as batch 30b's Public Investment Fund, doubtful); 'ASIC' (an association the company created with
 # others) -> Organization; the founders -> Person; 'French', 'North American', 'the French government' -> nothing
 entities=[E("Company", "Dailymotion"), E("Company", "Canal+"), E("Company", "Vivendi"), E("Company", "Vice Media"),
           E("Company", "Bloomberg"), E("Company", "Hearst Digital Media"), E("Person", "Benjamin Bejbaum"),
           E("Person", "Olivier Poitrey"), E("Company", "Atlas Ventures"), E("Company", "Partech International"),
           E("Organization", "ASIC"), E("Company", "Strategic Investment Fund"), E("Company", "Orange"),
           E("Company", "Yahoo!")],
 # 'Benjamin Bejbaum and Olivier Poitrey founded the website' -> founder each (named jointly, as batch 29b's FlixBus)
 roles=[R("Benjamin Bejbaum", "founder", "Dailymotion"), R("Olivier Poitrey", "founder", "Dailymotion")],
 # 'owned by Canal+' and 'Prior to 2024, it was owned by Vivendi' -> parentOrganization each (relations carry no
 # time); 'Orange acquired a 49% stake' (a minority stake) then 'bought the remaining 51%' -> the whole company bought:
 # acquired + parentOrganization (doubtful: told as two stake purchases); 'launch partners included Vice Media,
 # Bloomberg, and Hearst Digital Media' -> partner each; funds 'raised ... in collaboration with' two investors, the
 # state's investment and Yahoo!'s blocked purchase -> nothing; ASIC's creation -> nothing
 relations=parents("Canal+", "Dailymotion") + parents("Vivendi", "Dailymotion")
           + [L("Orange", "acquired", "Dailymotion")] + parents("Orange", "Dailymotion")
           + [L("Dailymotion", "partner", "Vice Media"), L("Dailymotion", "partner", "Bloomberg"),
              L("Dailymotion", "partner", "Hearst Digital Media")],
 outages=[],
 dates=[D("2024", "2024"), D("March 2005", "2005-03"), D("September 2006", "2006-09"), D("2007", "2007"),
        D("February 2008", "2008-02"), D("October 2009", "2009-10"), D("25 January 2011", "2011-01-25"),
        D("10 January 2013", "2013-01-10"), D("early May 2013", "2013-05")])

A["wp-melon-online-music-service"] = dict(
 # the music store -> Service; SK Telecom with 'SKT', LOEN Entertainment and Kakao -> Company; iTunes and the mobile
 # platforms -> Service; 'the Melon 4.0' (a version of the service) and 'SNS sharing' -> nothing; 'South Korean' ->
 # nothing
 entities=[E("Service", "Melon"), E("Company", "SK Telecom", "SKT"), E("Company", "LOEN Entertainment"),
           E("Company", "Kakao")] + svc("iTunes", "iOS", "Android", "Windows Mobile"),
 roles=[],
 # 'Introduced in November 2004, Melon was developed by SK Telecom' -> provider (its introducer and developer, as
 # batch 29b's Samsung and Tizen); 'LOEN Entertainment ... became the company-in-charge of Melon' -> provider;
 # '(owned by SKT by the time being, now owned by Kakao)' -> parentOrganization from each owner as told (relations
 # carry no time), and 'now owned by' after another owner -> a completed change of owner: acquired (GUIDELINES lists
 # 'now owns'; doubtful: no purchase is told in so many words)
 relations=provided("SK Telecom", "Melon") + provided("LOEN Entertainment", "Melon")
           + parents("SK Telecom", "LOEN Entertainment") + parents("Kakao", "LOEN Entertainment")
           + [L("Kakao", "acquired", "LOEN Entertainment")],
 outages=[],
 dates=[D("November 2004", "2004-11"), D("2009", "2009"), D("August 2016", "2016-08")])

A["wp-cyworld"] = dict(
 # 'a South Korean social network service operated by SK Communications', but 'was purchased by SK Communications'
 # and 'became one of the first companies to profit' -> a business under its service's name: one Company (doubtful:
 # the lead calls it a service; a purchase needs a company); SK Communications and SK Telecom -> Company; MySpace (a
 # website) -> Service; countries -> Location; 'Ilchon', 'minihompy', 'dotori' (features and a virtual currency),
 # 'Sims-like' -> nothing; 'South Korean' -> nothing
 entities=[E("Company", "Cyworld"), E("Company", "SK Communications"), E("Company", "SK Telecom"),
           E("Service", "MySpace")] + locs("United States", "China", "Vietnam"),
 roles=[],
 # 'was purchased by SK Communications in 2003' -> acquired + parentOrganization ('operated by' the same company);
 # 'SK Communications, a subsidiary of SK Telecom' -> parentOrganization; MySpace's operator is not named -> nothing
 relations=[L("SK Communications", "acquired", "Cyworld")] + parents("SK Communications", "Cyworld")
           + parents("SK Telecom", "SK Communications"),
 outages=[],
 dates=[D("1999", "1999"), D("2003", "2003"), D("2005", "2005"), D("2006", "2006"), D("2008", "2008")])

# ---- mobility, streaming, payments and exchanges -----------------------------------------------------------------
A["wp-mobike"] = dict(
 # 'a fully station-less bicycle-sharing system', but 'acquired by', 'Mobike's CEO', 'the company built', 'raised
 # $600 million', 'the company was valued' -> a business under its service's name: one Company, with 'Meituanbike';
 # 'founded by Beijing Mobike Technology Co., Ltd.' -> that company apart (the text names it as Mobike's founder, not
 # as Mobike; doubtful: it is likely Mobike's legal name); Meituan-Dianping, Uber and Tencent -> Company; the founders
 # -> Person ('Wang Xiaofeng' with 'Davis Wang'); Beijing, China, Shanghai -> Location
 entities=[E("Company", "Mobike", "Meituanbike"), E("Company", "Beijing Mobike Technology Co., Ltd."),
           E("Location", "Beijing"), E("Location", "China"), E("Location", "Shanghai"),
           E("Company", "Meituan-Dianping"), E("Person", "Hu Weiwei"), E("Person", "Wang Xiaofeng", "Davis Wang"),
           E("Company", "Uber"), E("Company", "Tencent")],
 # 'Mobike was established by a former journalist Hu Weiwei' -> founder (her former journalism: no organisation);
 # 'Co-founder Wang Xiaofeng' -> cofounder; 'became Mobike's CEO' -> ceo, current (no departure told in the text);
 # 'the general manager for the Shanghai office of Uber' -> executive ('manager'), current as written (doubtful: he
 # then became Mobike's CEO, but the text does not say he left Uber)
 roles=[R("Hu Weiwei", "founder", "Mobike"), R("Wang Xiaofeng", "cofounder", "Mobike"),
        R("Wang Xiaofeng", "ceo", "Mobike"), R("Wang Xiaofeng", "executive", "Uber")],
 # 'acquired by a Chinese web company Meituan-Dianping for US$2.7 billion' (twice) -> acquired + parentOrganization;
 # 'Series E funding led by Tencent' -> an investor: nothing; 'founded by Beijing Mobike Technology' -> no ownership or
 # operation stated: nothing (doubtful)
 relations=[L("Meituan-Dianping", "acquired", "Mobike")] + parents("Meituan-Dianping", "Mobike"),
 outages=[],
 dates=[D("December 2016", "2016-12"), D("April 2018", "2018-04"), D("2015", "2015"), D("April 2016", "2016-04"),
        D("June 2017", "2017-06"), D("2017", "2017")])

A["wp-hooq"] = dict(
 # 'a Singaporean video on demand streaming service' that 'was a joint-venture', 'filed for liquidation', had 'assets'
 # and an IPO 'considered' -> a business under its service's name: one Company (doubtful: batch 30b typed the joint
 # venture Touch 'n Go eWallet Service; here the text tells a company's liquidation); Singtel, Sony Pictures, Warner
 # Bros., Coupang and Netflix -> Company; the GSMA -> Organization (an industry association); countries, Asia and
 # Barcelona -> Location; 'Hollywood movies', 'Asian markets', 'Philippine society' -> nothing; the film 'On the Job',
 # the award 'Best Mobile App' and the 'Global Mobile (GLOMO) Awards' -> nothing
 entities=[E("Company", "Hooq"), E("Company", "Singtel"), E("Company", "Sony Pictures"),
           E("Company", "Warner Bros.")]
          + locs("Philippines", "Thailand", "India", "Indonesia", "Singapore")
          + [E("Company", "Coupang"), E("Company", "Netflix"), E("Location", "Asia"), E("Organization", "GSMA"),
             E("Location", "Barcelona")],
 roles=[],
 # 'a joint-venture of Singtel, Sony Pictures and Warner Bros.' (twice) -> partner between the three parents, in the
 # order written; 'Its assets were acquired by Coupang' -> an asset purchase: nothing; 'in Singtel's portfolio' -> no
 # owner share stated in the text (the article's ownership section is cut): nothing (doubtful)
 relations=[L("Singtel", "partner", "Sony Pictures"), L("Singtel", "partner", "Warner Bros."),
            L("Sony Pictures", "partner", "Warner Bros.")],
 # 'filed for liquidation ... and shut down on 30 April 2020' -> a business failure, no outage (GUIDELINES)
 outages=[],
 dates=[D("27 March 2020", "2020-03-27"), D("30 April 2020", "2020-04-30"), D("30 January 2015", "2015-01-30"),
        D("2015", "2015"), D("2016", "2016"), D("2019", "2019")])

A["wp-gcash"] = dict(
 # the wallet -> Service with 'GCash by Alipay'; Mynt with its former name 'Globe Fintech Innovations, Inc.' ->
 # Company; Ant Group, the Alibaba Group, 'Ayala Group of Companies', Globe Group, 917Ventures and Globe Telecom ->
 # Company (Globe Group and Globe Telecom kept apart: the text names a group and its telecom company and does not say
 # they are one; doubtful); Alipay -> Service; Philippines -> Location; COVID-19, 'sari-sari stores' -> nothing
 entities=[E("Service", "GCash", "GCash by Alipay"), E("Company", "Mynt", "Globe Fintech Innovations, Inc."),
           E("Company", "Ant Group"), E("Company", "Alibaba Group"), E("Service", "Alipay"),
           E("Company", "Ayala Group of Companies"), E("Company", "Globe Group"), E("Company", "917Ventures"),
           E("Location", "Philippines"), E("Company", "Globe Telecom")],
 roles=[],
 # 'it is owned by Mynt' -> provider; 'first launched by Globe Telecom as GCash' -> provider; Ant Group 'the operator
 # of ... Alipay' -> provider; 'a joint venture between Ant Group, ...; Ayala Group of Companies, ...; and Globe
 # Group' -> partner between the three parents in the order written; 'Mynt is listed as a subsidiary of 917Ventures'
 # -> parentOrganization; 'an affiliate company of the Alibaba Group' -> an affiliate is no unit: nothing (doubtful)
 relations=provided("Mynt", "GCash") + provided("Globe Telecom", "GCash") + provided("Ant Group", "Alipay")
           + [L("Ant Group", "partner", "Ayala Group of Companies"), L("Ant Group", "partner", "Globe Group"),
              L("Ayala Group of Companies", "partner", "Globe Group")]
           + parents("917Ventures", "Mynt"),
 outages=[],
 dates=[D("2004", "2004"), D("2019", "2019"), D("August 2021", "2021-08"), D("May 2022", "2022-05"),
        D("October 2004", "2004-10")])

A["wp-bitstamp"] = dict(
 # the exchange -> Company ('The company was founded'); Mt. Gox ('then-dominant bitcoin exchange') -> Company; the
 # European Union with 'EU' -> Organization; 'the European Union's Single Euro Payments Area, a convenient way of
 # transferring money' -> Service (a payment scheme users pay through; doubtful); the Financial Conduct Authority
 # -> Organization; the founders -> Person; Luxembourg, Slovenia and the United Kingdom with 'UK' -> Location;
 # currencies ('USD', 'EUR', 'bitcoin', 'Ripple', 'US dollars') and 'the Luxembourgish government' -> nothing
 entities=[E("Company", "Bitstamp"), E("Location", "Luxembourg"), E("Company", "Mt. Gox"),
           E("Organization", "European Union", "EU"), E("Service", "Single Euro Payments Area"),
           E("Person", "Nejc Kodrič"), E("Person", "Damijan Merlak"), E("Location", "Slovenia"),
           E("Location", "United Kingdom", "UK"), E("Organization", "Financial Conduct Authority")],
 # 'The company is headed by CEO Nejc Kodrič' -> ceo, current; 'who co-founded the company ... with Damijan Merlak'
 # -> cofounder each
 roles=[R("Nejc Kodrič", "ceo", "Bitstamp"), R("Nejc Kodrič", "cofounder", "Bitstamp"),
        R("Damijan Merlak", "cofounder", "Bitstamp")],
 # 'the European Union's Single Euro Payments Area' -> provider (a body running a payment service, as batch 30b's
 # Central Bank of Brazil and Pix; doubtful); a rival exchange, the regulator's guidance and a licence -> nothing
 relations=provided("European Union", "Single Euro Payments Area"),
 outages=[],
 dates=[D("2016", "2016"), D("August 2011", "2011-08"), D("April 2013", "2013-04"), D("September 2013", "2013-09"),
        D("April 2016", "2016-04")])

IDS = sorted(A)

if __name__ == "__main__":
    for split in ("train", "dev", "test"):
        os.makedirs(os.path.join(sys.argv[2], split), exist_ok=True)
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A))
