#!/usr/bin/env python3
"""Batch 34f gold annotations (the 6 texts of batch34f.py), written from each text alone; newskg was run on none of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the cycle of
every sub-batch since 8b; batch10_annotate.write_parts, one part). All texts have `published` null: only absolute
dates are listed (GUIDELINES.md, Dates).
Conventions (GUIDELINES.md part 2 and the lane's batches 31b-33f): an app, messenger or software the text defines by
its developer or operator -> Service, with provider to that company, and no role attaches to it; a platform the text
treats as a business (financing rounds, headquarters, a shop it operates) -> one Company (batch 32i's Foodpanda,
batch 33f's Qunar); stakes and investments -> nothing; ownership and control ('co-owned by', 'a subsidiary of',
'controlled by', 'platform of') -> parentOrganization; a service named in a company's own name beside that company
-> provider (batch 33f's Apple Music, doubtful); former names, native names and nicknames -> aliases; a discontinued
web client -> no outage (near-miss).
usage: batch34f_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather35f/pool /tmp/gather35f/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, svc, locs, people, provided, parents
import batch10_annotate as b10


A = {}
# ---- messengers -------------------------------------------------------------------------------------------------------
LY = "LY Corporation"
A["wp-line-software"] = dict(
 # 'Line is a Japanese freeware app and service ... operated by the Japanese company LY Corporation' -> Service 'Line'
 # and Company; SoftBank Group, Naver, NHN Japan ('a subsidiary of Naver') and Kakao ('rival Korean company') ->
 # Company; the services the super-app provides (Line Pay, Line Today, Line TV, Line Manga, Line Webtoon), 'a
 # messaging app called Naver Talk' and 'its KakaoTalk app' -> Service; Japan, Indonesia, Taiwan, Thailand ->
 # Location; 'South Korean', 'Korean' (adjectives), VoIP -> nothing
 entities=[E("Service", "Line"), E("Location", "Japan"), E("Company", LY), E("Company", "SoftBank Group"),
           E("Company", "Naver"), E("Company", "NHN Japan")]
          + svc("Line Pay", "Line Today", "Line TV", "Line Manga", "Line Webtoon")
          + locs("Indonesia", "Taiwan", "Thailand")
          + [E("Service", "Naver Talk"), E("Company", "Kakao"), E("Service", "KakaoTalk")],
 roles=[],
 # 'operated by ... LY Corporation' -> provider; 'launched in Japan ... by NHN Japan' -> provider (its first
 # operator); 'LY Corporation, co-owned by SoftBank Group and Naver' -> parentOrganization to each (no partner between
 # the owners: the text says co-owned, not a joint venture or partnership; doubtful); 'NHN Japan, a subsidiary of
 # Naver' -> parentOrganization; 'a super-app providing services including ... (Line Pay) ...' -> provider LY
 # Corporation for each (the app's operator; doubtful); 'Naver launched a messaging app called Naver Talk' and 'Kakao
 # ... with its KakaoTalk app' -> provider
 relations=provided(LY, "Line", "Line Pay", "Line Today", "Line TV", "Line Manga", "Line Webtoon")
           + provided("NHN Japan", "Line") + parents("SoftBank Group", LY) + parents("Naver", LY, "NHN Japan")
           + provided("Naver", "Naver Talk") + provided("Kakao", "KakaoTalk"),
 outages=[],
 # 'as of 2023' -> '2023'
 dates=[D("June 2011", "2011-06"), D("2013", "2013"), D("2023", "2023"), D("February 2011", "2011-02"),
        D("March 2010", "2010-03")])

TQ = "Tencent QQ"
A["wp-tencent-qq"] = dict(
 # 'Tencent QQ (), also known as QQ, is an instant messaging software service and web portal developed by ...
 # Tencent' -> Service with 'QQ'; 'first released ... under the name of OICQ ("Open ICQ", ...)' and 'the product's name
 # was changed to QQ' -> a former name: 'OICQ' and its spelled-out form 'Open ICQ' -> aliases (the second doubtful: a
 # gloss of the abbreviation); Tencent, AOL -> Company; ICQ ('the early IM service'), MSN, the operating systems
 # (Microsoft Windows with 'Windows', Mac OS X, Linux), the web versions WebQQ and WebQQ Mini, Windows Live
 # Messenger and Tencent Messenger -> Service; China -> Location; 'Meego' (a feature of MSN), Ajax, 'IM' -> nothing
 entities=[E("Service", TQ, "QQ", "OICQ", "Open ICQ"), E("Company", "Tencent"), E("Location", "China"),
           E("Service", "ICQ"), E("Company", "AOL"), E("Service", "MSN"),
           E("Service", "Microsoft Windows", "Windows"), E("Service", "Mac OS X")]
          + svc("WebQQ", "WebQQ Mini", "Linux", "Windows Live Messenger", "Tencent Messenger"),
 roles=[],
 # 'developed by the Chinese technology company Tencent' -> provider; WebQQ and WebQQ Mini ('two web versions' of the
 # Tencent client) -> provider Tencent; 'Tencent released Tencent Messenger' -> provider; 'the AOL-owned ICQ' ->
 # provider AOL; the makers of Windows, Mac OS X, Linux, MSN and Windows Live Messenger are not named on their own:
 # nothing; 'Development, support, and availability of WebQQ Mini ... has since been discontinued' -> a product
 # withdrawn by its maker: no outage (near-miss)
 relations=provided("Tencent", TQ, "WebQQ", "WebQQ Mini", "Tencent Messenger") + provided("AOL", "ICQ"),
 outages=[],
 dates=[D("March 2023", "2023-03"), D("February 1999", "1999-02"), D("31 July 2008", "2008-07-31")])

A["wp-threema"] = dict(
 # 'an encrypted instant messaging app developed by Threema GmbH in Switzerland' -> Service and Company; the
 # platforms it runs on (Android, iOS, HarmonyOS, Linux, macOS, Windows) -> Service; Switzerland -> Location;
 # Bitcoin (a currency one pays with), 'Threema ID' (an identifier), 'an app store' (generic) -> nothing
 entities=[E("Service", "Threema"), E("Company", "Threema GmbH"), E("Location", "Switzerland")]
          + svc("Android", "iOS", "HarmonyOS", "Linux", "macOS", "Windows"),
 roles=[],
 # 'developed by Threema GmbH' -> provider; the platforms' makers are not named: nothing
 relations=provided("Threema GmbH", "Threema"),
 outages=[],
 dates=[D("2012", "2012")])

# ---- platforms: food delivery, short video, social shopping --------------------------------------------------------
EM = "Ele.me"
A["wp-ele-me"] = dict(
 # 'the online food delivery and local life service platform of Alibaba Group', but 'Ele.me finished its Series E
 # financing', 'announced the completion of its Series F financing', 'obtained a strategic investment', '15 thousand
 # staff', 'It was founded by' -> one Company (doubtful, as batch 32i's Foodpanda: the text also calls it a platform)
 # with its Chinese name as alias; 'Lazhasi Network Technology (Shanghai) Co., LTD.' -> its own Company (the text
 # names it as the platform's developer and operator, not as Ele.me's own company); 'Fengniao Delivery (the
 # sub-service of Ele.me)' -> Service; Alibaba Group, the investors (CITIC PE, Tencent Holdings, JD.com with
 # 'Joybuy', Hongshan Capital with its bracketed 'Sequoia Capital', Dianping.com, Hualian Group, China Media Capital
 # with 'CMC', Gopher Asset, Didi Chuxing) -> Company; Shanghai Jiao Tong University -> Organization, its 'Minhang
 # Campus' -> Location (a named site; doubtful); China -> Location; 'O2O' -> nothing
 entities=[E("Company", EM, "\u997f\u4e86\u4e48"), E("Company", "Alibaba Group"), E("Location", "China"),
           E("Person", "Mark Zhang"), E("Person", "Jack Kang"), E("Location", "Minhang Campus"),
           E("Organization", "Shanghai Jiao Tong University"),
           E("Company", "Lazhasi Network Technology (Shanghai) Co., LTD."), E("Service", "Fengniao Delivery"),
           E("Company", "CITIC PE"), E("Company", "Tencent Holdings"), E("Company", "JD.com", "Joybuy"),
           E("Company", "Hongshan Capital", "Sequoia Capital"), E("Company", "Dianping.com"),
           E("Company", "Hualian Group"), E("Company", "China Media Capital", "CMC"), E("Company", "Gopher Asset"),
           E("Company", "Didi Chuxing")],
 # 'It was founded by Mark Zhang and Jack Kang' -> founder each (no 'co-' in the text), current
 roles=[R("Mark Zhang", "founder", EM), R("Jack Kang", "founder", EM)],
 # 'the ... platform of Alibaba Group' -> parentOrganization (no acquired: the text tells investments, not a
 # purchase); 'the sub-service of Ele.me' -> provider; 'now is developed and operated by Lazhasi Network Technology'
 # -> no predicate joins two companies this way (neither owner nor partner is stated): nothing (doubtful); Series E
 # and F investors, Didi Chuxing's 'strategic investment' and Alibaba's $1.25 billion -> investments: nothing
 relations=parents("Alibaba Group", EM) + provided(EM, "Fengniao Delivery"),
 outages=[],
 # 'By the end of December in 2016' -> the month
 dates=[D("2008", "2008"), D("the end of December in 2016", "2016-12"), D("27 January 2015", "2015-01-27"),
        D("28 August 2015", "2015-08-28"), D("24 November 2015", "2015-11-24"), D("17 December 2015", "2015-12-17")])

KS = "Kuaishou"
BK = "Beijing Kuaishou Technology"
A["wp-kuaishou"] = dict(
 # 'a mobile app ... developed in 2011 by Beijing Kuaishou Technology' -> Service and Company; the app's Chinese
 # name, its market names ('known as Snack Video', 'referred to as "Kwai"') and its predecessor's name ('Kuaishou's
 # predecessor "GIF Kuaishou" ... In November 2012, Kuaishou became a short video community': the same app renamed;
 # doubtful) -> aliases; 'The company is headquartered in Haidian District' and 'co-founding Kuaishou' -> the
 # developing company (doubtful: a reader may take Kuaishou itself for a company there); 'Hua Su' and 'Su Hua' -> one
 # Person (both orders in the text) with the Chinese name; Cheng Yixiao with his; Google Play, Apple App Store,
 # Douyin with 'TikTok' ('known as TikTok outside China'; the 'TikTok' staff came from is taken as the same name) and
 # 'the application 99' -> Service; Google, Facebook, Netflix, Baidu (employers) and the China Internet Investment
 # Fund ('a state-owned enterprise') -> Company; the Cyberspace Administration of China -> Organization; Haidian
 # District, Beijing, Brazil, Pakistan, Indonesia, China -> Location
 entities=[E("Service", KS, "\u5feb\u624b", "Snack Video", "Kwai", "GIF Kuaishou"), E("Location", "Haidian District"),
           E("Location", "Beijing"), E("Company", BK), E("Person", "Su Hua", "Hua Su", "\u5bbf\u534e"),
           E("Person", "Cheng Yixiao", "\u7a0b\u4e00\u7b11"), E("Service", "Google Play"),
           E("Service", "Apple App Store"), E("Location", "Brazil"), E("Location", "Pakistan"),
           E("Location", "Indonesia"), E("Service", "Douyin", "TikTok"), E("Location", "China"), E("Service", "99"),
           E("Company", "Google"), E("Company", "Facebook"), E("Company", "Netflix"),
           E("Company", "China Internet Investment Fund"),
           E("Organization", "Cyberspace Administration of China"), E("Company", "Baidu")],
 # 'Prior to co-founding Kuaishou, Su Hua' with 'developed ... by engineers Hua Su ... and Cheng Yixiao' -> cofounder
 # each at the developing company (doubtful, see above), current; 'had worked for both Google and Baidu as a software
 # engineer' -> no title of the vocabulary (not senior): nothing; 'the former CEO of the application 99' -> unnamed:
 # nothing
 roles=[R("Su Hua", "cofounder", BK), R("Cheng Yixiao", "cofounder", BK)],
 # 'developed ... by Beijing Kuaishou Technology' -> provider; 'a state-owned enterprise controlled by the Cyberspace
 # Administration of China' -> parentOrganization; 'holds a partial ownership stake in Kuaishou' -> a stake: nothing;
 # 'Google Play' -> provider Google (read from its name beside the annotated Google; doubtful); Apple App Store
 # (Apple not named on its own), Douyin, 99 -> their makers are not named: nothing
 relations=provided(BK, KS) + parents("Cyberspace Administration of China", "China Internet Investment Fund")
           + provided("Google", "Google Play"),
 outages=[],
 # 'As of 2019' and 'By 2019' -> one item '2019'
 dates=[D("2011", "2011"), D("2019", "2019"), D("March 2011", "2011-03"), D("November 2012", "2012-11"),
        D("2013", "2013")])

XH = "Xiaohongshu"
A["wp-xiaohongshu"] = dict(
 # 'a social media and e-commerce platform', but 'Xiaohongshu also operates RED Mall, which sells international
 # products' and 'Xiaohongshu's headquarters are in Huangpu District' -> one Company (doubtful, as batch 33f's
 # Qunar: the text mostly speaks of the platform and the app) with its Chinese name, its pinyin and the nickname
 # 'Chinese Instagram' ('sometimes referred to as'; as batch 33f's 'Spanish Facebook') as aliases; 'Little Red Book'
 # (a literal meaning) -> nothing; Instagram ('China's answer to Instagram') and RED Mall -> Service; Huangpu District,
 # Shanghai -> Location; 'Chinese users' (adjective) -> nothing
 entities=[E("Company", XH, "\u5c0f\u7ea2\u4e66", "xi\u01ceoh\u00f3ngsh\u016b", "Chinese Instagram"),
           E("Service", "Instagram"), E("Service", "RED Mall"), E("Location", "Huangpu District"),
           E("Location", "Shanghai")],
 roles=[],
 # 'Xiaohongshu also operates RED Mall' -> provider
 relations=provided(XH, "RED Mall"),
 outages=[],
 # 'As of 2019' -> '2019'; 'born after 1990' -> '1990'
 dates=[D("2019", "2019"), D("1990", "1990")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
