#!/usr/bin/env python3
"""Batch 32l gold annotations (the 7 texts of batch32l.py), written from each text alone; newskg was run on none of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the cycle of
every sub-batch since 8b; batch10_annotate.write_parts, one part). All texts have `published` null: only absolute
dates are listed (GUIDELINES.md, Dates); 'currently', 'In the following years', 'During this period' -> relative or
anaphoric, left out.
Conventions (GUIDELINES.md part 2 and the lane's batches 27b-32i): a completed purchase of a company -> acquired +
parentOrganization; an agreed purchase not told as completed -> acquired only; a website bought (the text names no
company bought) -> provider for the buyer, no acquired (batch 32b's Picasa, batch 32i's ICQ); investors, stakes,
funding and IPOs -> nothing; a stated owner of a service -> provider; a brand of a company -> parentOrganization; a
business under its platform's name that the text treats as a company (a CEO, a stake, a sale, an insolvency) -> one
Company; a platform the text treats only as a service -> Service, and no role attaches to it (no gold file has a role
at a Service); native-script names and their romanisations in the opening bracket -> aliases (batch 31h's Zhang Xin);
features, protocols and closures by owners -> nothing.
usage: batch32l_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather33l/pool /tmp/gather33l/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, svc, locs, people, provided, parents
import batch10_annotate as b10


A = {}
# ---- dating and social networks ------------------------------------------------------------------------------------
A["wp-badoo"] = dict(
 # 'an online dating-focused and social networking application', 'The app', but 'Badoo's CEO', 'raised $30 million
 # in funding', 'a 10% stake in Badoo' -> one Company (doubtful, as batch 32i's Foodpanda: the text mostly calls it an
 # app); 'a brand of Bumble Inc.' -> Company 'Bumble Inc.'; 'Bumble's Whitney Wolfe Herd', 'the company', 'the new
 # company' -> Company 'Bumble', kept apart from Bumble Inc. (doubtful: a reader may take them for one; the text does
 # not join them); Finam Capital -> Company; Nick Cannon (introduced the service) -> Person, no role; iOS, Android,
 # Google Play -> Service (their makers are not named); London, Russia and 'the United States' with 'the U.S.' ->
 # Location; 'the web' -> nothing
 entities=[E("Company", "Badoo"), E("Person", "Andrey Andreev", "Andreev"), E("Location", "London"),
           E("Location", "United States", "U.S."), E("Company", "Bumble Inc.")] + svc("iOS", "Android", "Google Play")
          + [E("Company", "Finam Capital"), E("Location", "Russia"), E("Person", "Nick Cannon"), E("Company", "Bumble"),
             E("Person", "Whitney Wolfe Herd", "Wolfe Herd")],
 # 'Founded by Andrey Andreev', 'Badoo was founded by Andrey Andreev' -> founder (no 'co-'), current; 'Badoo's CEO
 # Andrey Andreev' (in 2014; no 'former') -> ceo, current; 'Wolfe Herd served as founder, CEO, and 20% owner' of 'the
 # new company' Bumble -> founder and ceo at Bumble, current (doubtful: 'served' tells the 2014 arrangement in the
 # past tense, but no 'former', 'left' or 'then'); 'received 79% ownership' -> a stake: nothing
 roles=[R("Andrey Andreev", "founder", "Badoo"), R("Andrey Andreev", "ceo", "Badoo"),
        R("Whitney Wolfe Herd", "founder", "Bumble"), R("Whitney Wolfe Herd", "ceo", "Bumble")],
 # 'later became a brand of Bumble Inc.' -> parentOrganization (no purchase told: no acquired); 'Finam Capital paid
 # $30 million for a 10% stake' -> a stake: nothing; 'to form a partnership' between Andreev and Wolfe Herd (two
 # people; Andreev's investment in Bumble) -> no partner relation between organisations (doubtful)
 relations=parents("Bumble Inc.", "Badoo"),
 outages=[],
 # 'As of 2025' -> '2025'; '2012' ('In 2012') and 'March 23, 2012' -> both listed
 dates=[D("2006", "2006"), D("2012", "2012"), D("2025", "2025"), D("April 2006", "2006-04"), D("2007", "2007"),
        D("January 2008", "2008-01"), D("2008", "2008"), D("March 23, 2012", "2012-03-23"), D("2014", "2014"),
        D("2016", "2016")])

A["wp-v-live"] = dict(
 # 'a South Korean live video streaming service' -> Service with 'VLIVE' (styling that joins the words: more than a
 # case change, so an alias, doubtful) and 'V App' as aliases; 'The company was launched by Naver Corporation' (the
 # service called 'The company', doubtful) -> Service all the same: the text tells no business of its own; Naver
 # Corporation, Weverse Company -> Company; Weverse ('merging with Weverse') -> Service; Windows, macOS, Linux, iOS,
 # Android -> Service; 'South Korean', 'Korean', 'Hallyu idols', 'V coins' (a feature) -> nothing
 entities=[E("Service", "V Live", "VLIVE", "V App")] + svc("Windows", "macOS", "Linux", "iOS", "Android")
          + [E("Company", "Naver Corporation"), E("Company", "Weverse Company"), E("Service", "Weverse")],
 roles=[],
 # 'launched by Naver Corporation' -> provider Naver Corporation; 'transferred to Weverse Company' -> provider Weverse
 # Company (a service handed over, no company bought: no acquired); who runs Weverse is not told -> nothing (doubtful:
 # the company's name suggests it); 'It was shut down after merging with Weverse' -> an owner's closure: no outage
 relations=provided("Naver Corporation", "V Live") + provided("Weverse Company", "V Live"),
 outages=[],
 # 'late August 2015' -> the month (GUIDELINES: 'late 2006' -> the year)
 dates=[D("late August 2015", "2015-08"), D("March 2, 2022", "2022-03-02"), D("December 31, 2022", "2022-12-31")])

A["wp-studivz"] = dict(
 # 'StudiVZ, SchuelerVZ and MeinVZ was a social networking platform', but 'After being sold ... the new owner
 # Momentous Entertainment declared StudiVZ insolvent' -> StudiVZ one Company (doubtful, as batch 32b's Friendster:
 # a sale and an insolvency are a business's); SchuelerVZ and MeinVZ -> Service each (doubtful: the text names them
 # with StudiVZ as one platform); Momentous Entertainment, 'the Gerbig Ventures GmbH' (an investor), VZ networks ->
 # Company; Berlin, Germany, Europe, Switzerland, Austria, China, Russia -> Location; 'a new Investor' (unnamed),
 # 'its major gaming partner' (unnamed), 'Studentenverzeichnis' (a German word the name abbreviates) -> nothing
 entities=[E("Company", "StudiVZ")] + svc("Sch\u00fclerVZ", "MeinVZ")
          + locs("Europe", "Berlin", "Germany", "Switzerland", "Austria")
          + [E("Company", "Momentous Entertainment"), E("Company", "Gerbig Ventures GmbH"), E("Company", "VZ networks")]
          + locs("China", "Russia"),
 roles=[],
 # 'After being sold to a new Investor ... the new owner Momentous Entertainment' -> acquired + parentOrganization
 # (doubtful: the buyer is named only as 'the new owner'); 'With a second new investor, the Gerbig Ventures GmbH, VZ
 # networks launched a new group centered platform' -> an investor: nothing; VZ networks' tie to StudiVZ is not told
 # -> nothing (doubtful); who runs SchuelerVZ and MeinVZ is not told apart from StudiVZ -> nothing (doubtful);
 # 'permanently shut down in March 2022' -> a closure: no outage
 relations=[L("Momentous Entertainment", "acquired", "StudiVZ")] + parents("Momentous Entertainment", "StudiVZ"),
 outages=[],
 # 'late 2009' and 'beginning of 2017' -> the year (GUIDELINES)
 dates=[D("September 2009", "2009-09"), D("late 2009", "2009"), D("beginning of 2017", "2017"),
        D("September 2017", "2017-09"), D("May 2020", "2020-05"), D("March 2022", "2022-03")])

A["wp-odnoklassniki"] = dict(
 # 'a social networking service and online video sharing website' -> Service, with the Cyrillic name, 'OK' and 'OK.ru'
 # as aliases (native script as batch 31h's Zhang Xin; doubtful); 'currently owned by VK' -> Company 'VK'; 'behind VK
 # (VKontakte)' -> the network, Service 'VKontakte' (doubtful: its short form 'VK' is the owner's name in the same
 # text and cannot be an alias of both; left to the Company); Alexa Internet (a ranking source) -> Company (as batch
 # 27c); Facebook -> Service; Russia, London -> Location; 'former Soviet Republics', 'other European countries', 'a
 # friendly advertising agency' -> nothing
 entities=[E("Service", "Odnoklassniki", "\u041e\u0434\u043d\u043e\u043a\u043b\u0430\u0441\u0441\u043d\u0438\u043a\u0438",
             "OK", "OK.ru"),
           E("Location", "Russia"), E("Person", "Albert Popkov", "Popkov"), E("Company", "VK"),
           E("Company", "Alexa Internet"), E("Service", "VKontakte"), E("Service", "Facebook"), E("Location", "London")],
 # 'launched ... by Albert Popkov', 'Popkov initially developed Odnoklassniki as a hobby project' -> no title (a
 # launch; a founder of a Service, as batch 32i's Mega): nothing (doubtful)
 roles=[],
 # 'currently owned by VK' -> provider VK (a service's owner, as batch 32b's Orkut); the makers of VKontakte and
 # Facebook are not named -> nothing
 relations=provided("VK", "Odnoklassniki"),
 outages=[],
 # 'from March to November 2006' -> 'November 2006'; 'March' (its year only by the range) left out (doubtful)
 dates=[D("March 4, 2006", "2006-03-04"), D("March 26, 2006", "2006-03-26"), D("November 2006", "2006-11")])

# ---- Chinese video sharing and student networks ------------------------------------------------------------------
A["wp-douban"] = dict(
 # 'Douban.com ..., is a Chinese social networking service website' -> Service 'Douban' (the short form used most) with
 # 'Douban.com' and the Chinese name and pinyin as aliases (native script, doubtful, as batch 31h); 'Douban also owns
 # an internet radio station' (unnamed) does not make it a company in the text (doubtful); 'a web 2.0 site for
 # travelling named Lüzong (驴宗)' -> Service with its Chinese name as alias (the site Douban grew from; kept apart,
 # doubtful); iOS App Store, Facebook, Renren -> Service; IBM, Starbucks -> Company; Tsinghua University, University of
 # California at San Diego -> Organization; China, Beijing -> Location; 'a software company founded by one of his
 # friends' (unnamed), 'PhD', 'web 2.0' -> nothing
 entities=[E("Service", "Douban", "Douban.com", "\u8c46\u74e3", "D\u00f2ub\u00e0n"), E("Location", "China"),
           E("Service", "iOS App Store"), E("Service", "Facebook"), E("Service", "Renren"),
           E("Person", "Yang Bo", "Yang"), E("Organization", "Tsinghua University"),
           E("Organization", "University of California at San Diego"), E("Company", "IBM"),
           E("Service", "L\u00fczong", "\u9a74\u5b97"), E("Company", "Starbucks"), E("Location", "Beijing")],
 # 'Douban is founded by Yang Bo' -> a founder of a Service: no role (as batch 32b's Orkut; doubtful); 'he worked as a
 # research scientist at IBM. Later, he returned to China' -> other at IBM, not current (left; doubtful: a staff post,
 # no senior title); 'the CTO of a software company' (unnamed) -> nothing
 roles=[R("Yang Bo", "other", "IBM", False)],
 # the makers of the iOS App Store, Facebook and Renren are not named -> nothing; 'Douban also owns an internet radio
 # station' (unnamed) -> nothing
 relations=[],
 outages=[],
 dates=[D("March 6, 2005", "2005-03-06"), D("2012", "2012"), D("2013", "2013"), D("2005", "2005")])

A["wp-tudou"] = dict(
 # 'Tudou, Inc. () is a Chinese video-sharing website', with an agreed purchase of 'Tudou' -> one Company under its
 # fullest name, 'Tudou' as alias (doubtful: the text mostly tells the website); Youku and 'the new company' Youku
 # Tudou Inc. -> Company each; YouTube, Adobe Flash ('Adobe' only inside the product name: no entity of its own) and
 # Windows ('Windows-based upload tools'; doubtful) -> Service; Shanghai, China -> Location; 'Shanghai-based' -> the
 # same Location; 'Chinese' -> nothing
 entities=[E("Company", "Tudou, Inc.", "Tudou")] + locs("Shanghai", "China") + svc("YouTube", "Adobe Flash", "Windows")
          + [E("Company", "Youku"), E("Company", "Youku Tudou Inc.")],
 roles=[],
 # 'Youku reached an agreement to acquire Tudou' -> agreed, completion not told: acquired only; 'the new company being
 # named Youku Tudou Inc.' -> no parent stated: nothing (doubtful)
 relations=[L("Youku", "acquired", "Tudou, Inc.")],
 outages=[],
 dates=[D("April 15, 2005", "2005-04-15"), D("September 2007", "2007-09"), D("2007", "2007"),
        D("March 12, 2012", "2012-03-12")])

RN = "Renren Network"
A["wp-renren"] = dict(
 # 'The Renren Network ..., formerly known as the Xiaonei Network ..., was a Chinese social networking service' ->
 # one Service with its former name and short forms as aliases ('Renren', 'Xiaonei.com', 'Xiaonei') and the Chinese
 # names and pinyin of both names (native script, doubtful, as batch 31h); 'Renren Inc. had its headquarters' ->
 # Company (kept apart from the network; 'Renren at one point had a $740m initial public offering' is the company's,
 # but the short form is the network's alias elsewhere: left with the network, doubtful); Oak Pacific ('his new
 # company') -> Company; the New York Stock Exchange -> Company (GUIDELINES: stock exchanges); ChinaRen ('a student
 # community website') and the instant messaging service 'Renrenzhuomian' with its Chinese name -> Service (doubtful:
 # a feature of the network, but named); Facebook -> Service; the four universities -> Organization; the people ->
 # Person ('Chen' alias); places -> Location; 'WAP', 'XMPP', 'Facebook chat' (a feature of Facebook), 'MBA' -> nothing
 entities=[E("Service", RN, "\u4eba\u4eba\u7f51", "R\u00e9nr\u00e9nw\u01ceng", "Xiaonei Network",
             "\u6821\u5185\u7f51", "Xi\u00e0on\u00e8iw\u01ceng", "Renren", "Xiaonei.com", "Xiaonei"),
           E("Service", "Facebook"), E("Company", "Renren Inc.")]
          + locs("Chaoyang District", "Beijing", "Shanghai", "Guangzhou")
          + [E("Company", "New York Stock Exchange")] + people("Wang Xing", "Wang Huiwen", "Lai Binqiang")
          + [E("Organization", "Tsinghua University"), E("Organization", "Tianjin University"),
             E("Person", "Joseph Chen", "Chen"), E("Service", "ChinaRen"), E("Company", "Oak Pacific"),
             E("Location", "China"), E("Location", "US"), E("Organization", "Massachusetts Institute of Technology"),
             E("Organization", "Stanford University"),
             E("Service", "R\u00e9nr\u00e9nzhu\u014dmi\u00e0n", "\u4eba\u4eba\u684c\u9762")],
 # 'founded by a group of students, including Wang Xing, Wang Huiwen and Lai Binqiang' -> founders of a Service: no
 # role (as batch 32b's Orkut; doubtful); Joseph Chen's 'new company Oak Pacific' -> no title named: nothing
 # (doubtful: 'his new company' suggests its founder or owner); studies -> nothing
 roles=[],
 # 'Renren Inc. had its headquarters in ...' beside the network it ran -> provider Renren Inc. (doubtful: read from the
 # company's name and the sentence's place in the paragraph); 'acquired Xiaonei through his new company Oak Pacific'
 # -> a website bought: provider Oak Pacific, no acquired (as batch 32b's Picasa); ChinaRen 'sold ... in 2000' (buyer
 # unnamed) -> nothing; the IPO -> nothing; who runs Renrenzhuomian is not told apart from the network -> nothing
 relations=provided("Renren Inc.", RN) + provided("Oak Pacific", RN),
 outages=[],
 dates=[D("April 2011", "2011-04"), D("December 2005", "2005-12"), D("1999", "1999"), D("2000", "2000"),
        D("October 2006", "2006-10"), D("1970", "1970"), D("March 2008", "2008-03")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
