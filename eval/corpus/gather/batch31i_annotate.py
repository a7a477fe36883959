#!/usr/bin/env python3
"""Batch 31i gold annotations (the 8 texts of batch31i.py), written from each text alone; newskg was run on none of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the cycle of
every sub-batch since 8b; batch10_annotate.write_parts, one part). Wikipedia texts have `published` null: only
absolute dates are listed (GUIDELINES.md, Dates); 'That same month', 'for a year', 'less than two weeks later' ->
relative, left out.
Conventions (GUIDELINES.md part 2 and the lane's batches 27b-31b): a completed purchase -> acquired +
parentOrganization; stakes, bids, mergers that do not say who buys whom and purchases of a business line -> nothing; a
stated owner, parent or subsidiary -> parentOrganization; a named product a company makes, runs, provides or launched
-> provider; a business under its platform's name that the text treats as a company (bought as a subsidiary, a CEO
who joined it) -> one Company, as batch 31b's Dailymotion and Mobike; roaming, wholesale and network-use agreements
between named companies -> partner, in the order written; programming languages a platform supports or a product is
written in -> nothing, named software products (databases, frameworks, build tools, version control systems) ->
Service (doubtful, see the section); former names -> aliases; heads of government -> minister with the country.
usage: batch31i_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather32i/pool /tmp/gather32i/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, svc, locs, provided, parents
import batch10_annotate as b10


A = {}
# ---- cloud and developer hosting ---------------------------------------------------------------------------------
A["wp-heroku"] = dict(
 # 'a cloud platform as a service', but 'acquired ... as a wholly owned subsidiary', 'joined Heroku as CEO', 'joined
 # the company' -> a business under its platform's name: one Company (doubtful); Salesforce.com and Facebook ->
 # Company; the three developers, the CEO and Matsumoto -> Person; 'the Ruby programming platform known as Rack',
 # 'Heroku for Facebook', Redis and PostgreSQL -> Service (software products); the languages it supports (Ruby, Java,
 # Node.js, Scala, Clojure, Python, PHP, Go) -> nothing (languages and a runtime listed among them; doubtful for
 # Node.js, and batch 19d's Sun text typed Java a Service as a platform Sun made)
 entities=[E("Company", "Heroku"), E("Company", "Salesforce.com"), E("Person", "James Lindenbaum"),
           E("Person", "Adam Wiggins"), E("Person", "Orion Henry"), E("Service", "Rack"),
           E("Person", "Byron Sebastian"), E("Person", 'Yukihiro "Matz" Matsumoto'), E("Company", "Facebook"),
           E("Service", "Heroku for Facebook"), E("Service", "Redis"), E("Service", "PostgreSQL")],
 # 'Byron Sebastian joined Heroku as CEO' -> ceo, current (no departure told); 'joined the company as Chief
 # Architect, Ruby' -> executive (a senior title), current; 'the chief designer of the Ruby programming language' ->
 # no organisation: nothing; 'initially developed by' the three -> no title stated: no founder role (doubtful: the cut
 # infobox calls them founders)
 roles=[R("Byron Sebastian", "ceo", "Heroku"), R('Yukihiro "Matz" Matsumoto', "executive", "Heroku")],
 # 'acquired by Salesforce.com' / 'acquired Heroku as a wholly owned subsidiary of Salesforce.com' -> acquired +
 # parentOrganization; 'Heroku and Facebook introduced Heroku for Facebook' -> a product made together: partner in
 # the order written and provider from both (doubtful); Redis and PostgreSQL are supported, not made: nothing
 relations=[L("Salesforce.com", "acquired", "Heroku")] + parents("Salesforce.com", "Heroku")
           + [L("Heroku", "partner", "Facebook")]
           + provided("Heroku", "Heroku for Facebook") + provided("Facebook", "Heroku for Facebook"),
 outages=[],
 dates=[D("June 2007", "2007-06"), D("2010", "2010"), D("January 2009", "2009-01"), D("October 2009", "2009-10"),
        D("December 8, 2010", "2010-12-08"), D("July 12, 2011", "2011-07-12"),
        D("September 15, 2011", "2011-09-15")])

A["wp-bitbucket"] = dict(
 # 'a web-based version control repository hosting service owned by Atlassian', but 'since being acquired by
 # Atlassian' and 'Bitbucket announced' -> a business under its service's name: one Company (doubtful: the text mostly
 # calls it a service; a purchase needs a company, as batch 31b's Cyworld); Atlassian -> Company; the three deployment
 # models ('Cloud' = 'Bitbucket Cloud', 'Bitbucket Server', 'Data Center'), Atlassian's Jira, HipChat, Confluence and
 # Bamboo, GitHub, and the software named (Mercurial, Git, the Django framework, the Apache Maven build tool) ->
 # Service; Python and Java (languages it is written in) -> nothing
 entities=[E("Company", "Bitbucket"), E("Company", "Atlassian")]
          + svc("Mercurial", "Git", "Jira", "HipChat", "Confluence", "Bamboo", "GitHub")
          + [E("Service", "Bitbucket Cloud", "Cloud")] + svc("Bitbucket Server", "Data Center", "Django",
                                                             "Apache Maven"),
 roles=[],
 # 'owned by Atlassian' and 'since being acquired by Atlassian in 2010' -> acquired + parentOrganization; 'other
 # Atlassian software like Jira, HipChat, Confluence and Bamboo' -> provider Atlassian; 'Atlassian provides Bitbucket
 # Server' -> provider Atlassian; 'Bitbucket has three deployment models' -> provider Bitbucket for each (doubtful:
 # models of one service rather than products); GitHub's, Git's and Mercurial's makers not named -> nothing
 relations=[L("Atlassian", "acquired", "Bitbucket")] + parents("Atlassian", "Bitbucket")
           + provided("Atlassian", "Jira", "HipChat", "Confluence", "Bamboo", "Bitbucket Server")
           + provided("Bitbucket", "Bitbucket Cloud", "Bitbucket Server", "Data Center"),
 outages=[],
 dates=[D("2010", "2010"), D("February 2017", "2017-02"), D("April 2019", "2019-04")])

# ---- telecom services ----------------------------------------------------------------------------------------------
A["wp-cricket-wireless"] = dict(
 # the carrier -> Company with 'Cricket Wireless' and 'Cricket'; AT&T Inc. with 'AT&T'; Leap Wireless International
 # with 'Leap Wireless' and 'Leap'; Aio Wireless, MetroPCS, Hargray Communications Group, Sprint -> Company;
 # '"Premium Extended Coverage", a roaming partnership' (a named roaming offer) -> Service (doubtful); the United
 # States, Chattanooga and Tennessee -> Location; 'Sprint's nationwide 3G EVDO network' (unnamed) -> nothing
 entities=[E("Company", "Cricket Wireless LLC", "Cricket Wireless", "Cricket"), E("Company", "AT&T Inc.", "AT&T"),
           E("Location", "United States"), E("Company", "Leap Wireless International", "Leap Wireless", "Leap"),
           E("Company", "Aio Wireless")] + locs("Chattanooga", "Tennessee")
          + [E("Company", "MetroPCS"), E("Company", "Hargray Communications Group"),
             E("Service", "Premium Extended Coverage"), E("Company", "Sprint")],
 roles=[],
 # 'a wholly owned subsidiary of AT&T Inc.' -> parentOrganization; 'AT&T acquired Leap Wireless International in
 # March 2014' -> acquired + parentOrganization; 'founded ... by Leap Wireless International' -> no ownership stated
 # in so many words: nothing (doubtful, as batch 31b's Mobike); 'merged Cricket Wireless with Aio Wireless' -> a
 # merger that does not say who buys whom: nothing; MetroPCS's bid (rejected, withdrawn) -> nothing; 'acquired
 # Hargray Communications Group's wireless telecommunications business' -> a business line, not the company: nothing
 # (doubtful); the roaming and spectrum exchange agreements -> partner Cricket-MetroPCS (one pair); 'they launched
 # "Premium Extended Coverage"' -> provider from both (doubtful); 'a five-year wholesale agreement (MVNO)' -> partner
 # Cricket-Sprint; the 14 unnamed wireless companies -> nothing
 relations=parents("AT&T Inc.", "Cricket Wireless LLC")
           + [L("AT&T Inc.", "acquired", "Leap Wireless International")]
           + parents("AT&T Inc.", "Leap Wireless International")
           + [L("Cricket Wireless LLC", "partner", "MetroPCS"), L("Cricket Wireless LLC", "partner", "Sprint")]
           + provided("Cricket Wireless LLC", "Premium Extended Coverage")
           + provided("MetroPCS", "Premium Extended Coverage"),
 outages=[],
 dates=[D("March 1999", "1999-03"), D("March 2014", "2014-03"), D("1999", "1999"), D("September 2007", "2007-09"),
        D("December 2007", "2007-12"), D("September 2008", "2008-09"), D("November 2008", "2008-11"),
        D("August 2010", "2010-08")])

A["wp-boost-mobile"] = dict(
 # 'DISH Wireless L.L.C., doing business as Boost Mobile' -> one Company under its legal name, with the trade name
 # 'Boost Mobile' (the text uses both for the carrier that was purchased and became a subsidiary); EchoStar
 # Corporation with 'EchoStar', Nextel Communications with 'Nextel', Sprint Corporation with 'Sprint', Dish Network
 # with 'Dish', T-Mobile, AT&T -> Company; 'its sister brands Gen Mobile and Ting Mobile' -> Service; the four
 # founders -> Person; the United States -> Location; 'American', 'a 5G network' (unnamed) -> nothing
 entities=[E("Company", "DISH Wireless L.L.C.", "Boost Mobile"), E("Company", "EchoStar Corporation", "EchoStar"),
           E("Location", "United States"), E("Service", "Gen Mobile"), E("Service", "Ting Mobile"),
           E("Person", "Avalon Adderton"), E("Person", "Peter Adderton"), E("Person", "Craig Cooper"),
           E("Person", "Kirt McMaster"), E("Company", "Nextel Communications", "Nextel"),
           E("Company", "Sprint Corporation", "Sprint"), E("Company", "Dish Network", "Dish"),
           E("Company", "T-Mobile"), E("Company", "AT&T")],
 # 'founded as a joint venture between Avalon Adderton, Peter Adderton, Craig Cooper, Kirt McMaster, and Nextel
 # Communications' -> founder each of the four people (named jointly, as batch 31b's Dailymotion), current; Nextel's
 # part in the joint venture -> a company, no role
 roles=[R("Avalon Adderton", "founder", "DISH Wireless L.L.C."), R("Peter Adderton", "founder", "DISH Wireless L.L.C."),
        R("Craig Cooper", "founder", "DISH Wireless L.L.C."), R("Kirt McMaster", "founder", "DISH Wireless L.L.C.")],
 # 'wholly owned subsidiary of EchoStar Corporation' / 'became a subsidiary of EchoStar' -> parentOrganization;
 # 'purchased by Nextel in 2003' -> acquired + parentOrganization; 'then became owned by Sprint' (through the
 # Sprint-Nextel merger) -> parentOrganization only (no purchase of Boost by Sprint told; relations carry no time);
 # 'acquired by Dish Network on July 1, 2020' -> acquired + parentOrganization; the Sprint-Nextel, Sprint-T-Mobile and
 # Dish-EchoStar mergers -> a merger that does not say who buys whom: nothing; 'provides service through the AT&T and
 # T-Mobile networks' -> network suppliers: partner each, in the order written (doubtful, as this batch's giffgaff
 # and O2); 'its sister brands Gen Mobile and Ting Mobile' -> brands of the same parent: provider EchoStar (doubtful:
 # the owner is implied by 'sister', not stated)
 relations=parents("EchoStar Corporation", "DISH Wireless L.L.C.")
           + [L("Nextel Communications", "acquired", "DISH Wireless L.L.C.")]
           + parents("Nextel Communications", "DISH Wireless L.L.C.") + parents("Sprint Corporation", "DISH Wireless L.L.C.")
           + [L("Dish Network", "acquired", "DISH Wireless L.L.C.")] + parents("Dish Network", "DISH Wireless L.L.C.")
           + [L("DISH Wireless L.L.C.", "partner", "AT&T"), L("DISH Wireless L.L.C.", "partner", "T-Mobile")]
           + provided("EchoStar Corporation", "Gen Mobile", "Ting Mobile"),
 outages=[],
 dates=[D("June 30, 2025", "2025-06-30"), D("2001", "2001"), D("2003", "2003"), D("2005", "2005"),
        D("July 1, 2020", "2020-07-01"), D("December 31, 2023", "2023-12-31")])

A["wp-giffgaff"] = dict(
 # 'a mobile telephone network running as a Mobile Virtual Network Operator', but 'company operation' and 'the
 # founder at Giffgaff' -> Company ('giffgaff', the marketed styling, differs only in case: no alias); O2 (the UK
 # operator whose network it uses, also in the post 'O2 / Telefónica Europe') -> Company (doubtful: 'the United
 # Kingdom O2 network' names a network); Telefónica, Telefónica UK, 'Telefónica Europe', 'Telefónica Digital UK' and
 # Telefónica Digital -> Company, each as named (units named inside his post titles; doubtful); the three schools ->
 # Organization; the United Kingdom and San Francisco -> Location; Gav Thompson with 'Thompson'; 'Payback' (a
 # reward system of the service) and 'Web 2.0' -> nothing
 entities=[E("Company", "Giffgaff"), E("Location", "United Kingdom"), E("Company", "O2"), E("Company", "Telefónica"),
           E("Person", "Gav Thompson", "Thompson"), E("Organization", "University of Cambridge"),
           E("Organization", "Wellington College"), E("Organization", "Windlesham House"),
           E("Company", "Telefónica Europe"), E("Company", "Telefónica UK"), E("Company", "Telefónica Digital UK"),
           E("Company", "Telefónica Digital"), E("Location", "San Francisco")],
 # 'is the founder at Giffgaff' -> founder; 'currently Director of Marketing Innovation, O2 / Telefónica Europe at
 # Telefónica UK' -> executive at Telefónica UK (a functional director, not a board or managing director; doubtful);
 # 'also Head of Brand Innovation (Telefónica Digital UK) at Telefónica Digital' -> executive at Telefónica Digital;
 # all current ('currently')
 roles=[R("Gav Thompson", "founder", "Giffgaff"), R("Gav Thompson", "executive", "Telefónica UK"),
        R("Gav Thompson", "executive", "Telefónica Digital")],
 # 'Owned by Telefónica' -> parentOrganization; 'running as a Mobile Virtual Network Operator (MVNO) using the United
 # Kingdom O2 network' -> a network supplier: partner Giffgaff-O2 (doubtful: no agreement named); the Telefónica
 # units' ties to each other are not stated: nothing
 relations=parents("Telefónica", "Giffgaff") + [L("Giffgaff", "partner", "O2")],
 outages=[],
 dates=[D("25 November 2009", "2009-11-25"), D("2008", "2008")])

A["wp-lyca-mobile"] = dict(
 # the MVNO -> Company with its former name 'Lycamobile'; HM Revenue and Customs with 'HMRC' -> Organization; the
 # United Kingdom with 'UK', Sri Lanka, France, Hong Kong -> Location; 'Lycamobile's French companies' and 'three
 # Lycamobile companies' (unnamed) -> nothing; 'British-based Sri Lankan' -> nothing
 entities=[E("Company", "Lyca Mobile", "Lycamobile"), E("Location", "United Kingdom", "UK"),
           E("Location", "Sri Lanka"), E("Person", "Allirajah Subaskaran"), E("Location", "France"),
           E("Organization", "HM Revenue and Customs", "HMRC"), E("Person", "Chris Tooley"),
           E("Location", "Hong Kong")],
 # 'The company is chaired by Allirajah Subaskaran, who formed the company in 2006' and 'launched by ... Allirajah
 # Subaskaran' -> chairman and founder, current; 'The previous CEO, Chris Tooley' -> ceo, not current
 roles=[R("Allirajah Subaskaran", "chairman", "Lyca Mobile"), R("Allirajah Subaskaran", "founder", "Lyca Mobile"),
        R("Chris Tooley", "ceo", "Lyca Mobile", False)],
 # tax disputes and winding-up petitions with HMRC, the unnamed operators it leases from -> nothing
 relations=[],
 # 'its services were suspended from 6 April 2018' in Hong Kong -> no failure or cause told, a business suspension:
 # no outage (a near-miss)
 outages=[],
 dates=[D("2006", "2006"), D("2016", "2016"), D("2020", "2020"), D("2023", "2023"), D("April 2015", "2015-04"),
        D("6 April 2018", "2018-04-06"), D("October 2023", "2023-10"), D("August 2024", "2024-08")])

A["wp-warid-pakistan"] = dict(
 # the operator -> Company ('Warid'); the Abu Dhabi Group with 'Dhabi Group', VimpelCom, Mobilink, Telenor Pakistan,
 # Space Telecom -> Company; 'new brand Jazz' (the merged operator's brand) -> Service (doubtful); the Pakistan
 # Telecommunication Authority with 'PTA' -> Organization; Pakistan and the Middle East -> Location; 'Pakistani',
 # GSM, HSPA+, LTE -> nothing
 entities=[E("Company", "Warid"), E("Location", "Pakistan"), E("Company", "Abu Dhabi Group", "Dhabi Group"),
           E("Location", "Middle East"), E("Company", "VimpelCom"), E("Company", "Mobilink"), E("Service", "Jazz"),
           E("Organization", "Pakistan Telecommunication Authority", "PTA"), E("Company", "Telenor Pakistan"),
           E("Company", "Space Telecom"), E("Person", "Bashir Tahir")],
 # 'Abu Dhabi Group led by the then CEO Mr Bashir Tahir' -> ceo, not current ('then'); 'the combined CEO of Mobilink
 # and Warid' (unnamed) -> nothing
 roles=[R("Bashir Tahir", "ceo", "Abu Dhabi Group", False)],
 # 'parent company of Warid, Abu Dhabi Group' -> parentOrganization; 'VimpelCom and Dhabi Group agreed to merge
 # Mobilink and Warid into a single company' -> a merger that does not say who buys whom: nothing (VimpelCom's tie to
 # Mobilink is implied, not stated: nothing, doubtful); 'the combined CEO of Mobilink and Warid announced the launch
 # of new brand Jazz' -> provider from both (doubtful: the combined company is unnamed); licences awarded by the PTA
 # -> nothing
 relations=parents("Abu Dhabi Group", "Warid") + provided("Mobilink", "Jazz") + provided("Warid", "Jazz"),
 outages=[],
 dates=[D("May 23, 2005", "2005-05-23"), D("November 26, 2015", "2015-11-26"), D("January 6, 2017", "2017-01-06"),
        D("January 10, 2017", "2017-01-10"), D("April 24, 2004", "2004-04-24")])

A["wp-ptcl"] = dict(
 # the company -> Company, with 'PTCL' and its former names 'Posts & Telegraph Department' and 'Pakistan Telephone &
 # Telegraph Department' (GUIDELINES: former names are aliases; doubtful: the text calls them departments, i.e.
 # government bodies before the corporation); 'Etisalat Telecommunications', 'Etisalat by e&' and 'Etisalat' -> one
 # Company (the same group, named three ways); Shaukat Aziz and Hatem Bamatraf (with 'Hatem') -> Person; Pakistan ->
 # Location; the technologies and services listed (GSM, HSPA+, CDMA, LTE, broadband internet, IPTV) -> nothing
 entities=[E("Company", "Pakistan Telecommunication Company Ltd.", "PTCL", "Posts & Telegraph Department",
             "Pakistan Telephone & Telegraph Department"), E("Location", "Pakistan"),
           E("Company", "Etisalat Telecommunications", "Etisalat by e&", "Etisalat"), E("Person", "Shaukat Aziz"),
           E("Person", "Hatem Bamatraf", "Hatem")],
 # 'appointed Hatem Bamatraf as president and Group CEO of PTCL' -> president and ceo, current; 'Hatem previously
 # served as the CTO of Etisalat' -> cto, not current; 'under Prime Minister Shaukat Aziz' -> minister of Pakistan,
 # current as written (GUIDELINES: no 'former' in the text; doubtful, a 2006 post)
 roles=[R("Hatem Bamatraf", "president", "Pakistan Telecommunication Company Ltd."),
        R("Hatem Bamatraf", "ceo", "Pakistan Telecommunication Company Ltd."),
        R("Hatem Bamatraf", "cto", "Etisalat Telecommunications", False), R("Shaukat Aziz", "minister", "Pakistan")],
 # '26% of shares and control were sold to Etisalat Telecommunications' -> a minority stake (with management control)
 # -> nothing (doubtful: Etisalat appoints PTCL's chief executive); the state's 62% -> Pakistan is a Location: nothing
 relations=[],
 outages=[],
 dates=[D("2006", "2006"), D("May 2021", "2021-05"), D("1949", "1949"), D("1962", "1962")])

IDS = sorted(A)

if __name__ == "__main__":
    for split in ("train", "dev", "test"):
        os.makedirs(os.path.join(sys.argv[2], split), exist_ok=True)
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A))
