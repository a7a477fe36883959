#!/usr/bin/env python3
"""Batch 27b gold annotations (the 12 texts of batch27b.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's
own cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Wikipedia texts have `published` null: only
absolute dates (GUIDELINES.md, Dates); 'the end of 2018' and the like are listed by their year's own text, as batch
26c listed 'as of the end of June 2015' as 'June 2015'.
Conventions applied here (GUIDELINES.md part 2 and batches 26c/26e): a completed purchase -> acquired +
parentOrganization (a stated controlling or majority purchase too); a stated owner, a parent, a majority holder ->
parentOrganization; holders listed with a minority stake, funding rounds and stakes bought -> nothing; a named service,
app, platform or brand the text says a company runs, develops or owns -> provider; a company's eponymous product
named by the same surface as the company -> no entity apart from the company (one surface, one type, as batch 26c's
PhonePe); founders -> founder; stated partnerships -> partner; unnamed companies bought or sold -> nothing.
usage: batch27b_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, svc, people, locs, provided, parents
import batch10_annotate as b10
from batch10_annotate import acq   # a completed purchase: acquired and parentOrganization (GUIDELINES.md, Relations)


A = {}
# ---- ride-hailing, delivery and travel platforms ----------------------------------------------------------------
A["wp-careem"] = dict(
 # the company ('Careem', 'a Dubai-based super app', the business the text follows throughout) -> Company; its food
 # delivery business 'Careem Now' and 'a digital payment platform, Careem Pay' -> Service; Uber, e&, McKinsey &
 # Company -> Company; 'Dubai-based' -> Dubai (as batch 26e's 'Canada-based'); regions and places -> Location
 # ('the MENA region' -> MENA); 'Careem's Super App business', 'a new legal entity', 'Careem's ride-hailing business'
 # and 'a Saudi-based home service company' are not named -> nothing; 'Pakistani', 'Saudi' -> nothing
 entities=[E("Company", "Careem"), E("Location", "Dubai")]
          + locs("Middle East", "Africa", "South Asia")
          + [E("Company", "Uber"), E("Service", "Careem Now"), E("Service", "Careem Pay"), E("Company", "e&"),
             E("Person", "Mudassir Sheikha"), E("Person", "Magnus Olsson"), E("Location", "Sweden"),
             E("Company", "McKinsey & Company"), E("Person", "Abdulla Elyas")]
          + locs("Palestine", "MENA", "Baghdad", "Najaf", "Erbil", "Kurdistan Region"),
 # 'Careem was founded by Mudassir Sheikha ... and Magnus Olsson' -> founder each; 'had both worked as management
 # consultants at McKinsey & Company' -> no title of the vocabulary at a named post -> no role (doubtful: 'other');
 # 'Abdulla Elyas joined Careem' with no title -> no role
 roles=[R("Mudassir Sheikha", "founder", "Careem"), R("Magnus Olsson", "founder", "Careem")],
 # 'became a wholly-owned subsidiary of Uber after being acquired' -> acquired + parentOrganization; Careem Now and
 # Careem Pay launched by Careem -> provider; e&'s 50.03% of the unnamed new entity -> nothing (doubtful: the entity
 # holds 'Careem's Super App business'); the unnamed home-service company bought -> nothing
 relations=acq("Uber", "Careem") + provided("Careem", "Careem Now", "Careem Pay"),
 outages=[],
 # published null; 'by the end of 2018' -> the year, its text '2018' already listed once
 dates=[D("2018", "2018"), D("January 2020", "2020-01"), D("November 2018", "2018-11"), D("April 2022", "2022-04"),
        D("April 2023", "2023-04"), D("2012", "2012"), D("2015", "2015"), D("2017", "2017"),
        D("June 2017", "2017-06"), D("January 2018", "2018-01")])

A["wp-skyscanner"] = dict(
 # the company ('Skyscanner', 'a metasearch engine and travel agency', 'The company was formed') -> one Company (its
 # site is not named apart from it); founders with 'Gareth' -> Person; 'venture capital firm Scottish Equity
 # Partners (SEP)', Zoombu, Sequoia Capital, Youbibi, 'mobile app developer Distinction' -> Company; 'Baidu, China's
 # largest search engine' -> Company (the business the partnership is with; doubtful: described as a search engine);
 # 'Budapest-based' -> Budapest; 'its Asia-Pacific operations' -> Asia-Pacific, a region (doubtful: a modifier)
 entities=[E("Company", "Skyscanner")] + locs("Edinburgh", "Scotland")
          + [E("Person", "Gareth Williams", "Gareth"), E("Person", "Barry Smith"), E("Person", "Bonamy Grimes"),
             E("Company", "Scottish Equity Partners", "SEP"), E("Company", "Zoombu")]
          + locs("Singapore", "Asia-Pacific", "Beijing")
          + [E("Company", "Baidu"), E("Location", "China"), E("Location", "United States"), E("Location", "Miami"),
             E("Company", "Sequoia Capital"), E("Company", "Youbibi"), E("Location", "Shenzhen"),
             E("Location", "Budapest"), E("Company", "Distinction")],
 # 'formed in 2003 by three information technology professionals, Gareth Williams, Barry Smith, and Bonamy Grimes'
 # -> founder each
 roles=[R("Gareth Williams", "founder", "Skyscanner"), R("Barry Smith", "founder", "Skyscanner"),
        R("Bonamy Grimes", "founder", "Skyscanner")],
 # 'Skyscanner acquired Zoombu', '... acquired Youbibi', '... acquired ... Distinction' -> acquired +
 # parentOrganization; 'began a partnership with Baidu' -> partner; SEP's first-round funding and Sequoia Capital's
 # 'interest' -> stakes -> nothing
 relations=acq("Skyscanner", "Zoombu") + acq("Skyscanner", "Youbibi") + acq("Skyscanner", "Distinction")
           + [L("Skyscanner", "partner", "Baidu")],
 outages=[],
 # published null; 'By 2013' -> the year; 'the year after SEP invested', '18 months earlier' -> relative, left out
 dates=[D("2003", "2003"), D("2002", "2002"), D("2004", "2004"), D("2008", "2008"), D("2009", "2009"),
        D("2011", "2011"), D("September 2011", "2011-09"), D("2012", "2012"), D("2013", "2013"),
        D("February 2013", "2013-02"), D("October 2013", "2013-10"), D("June 2014", "2014-06"),
        D("October 2014", "2014-10"), D("February 2015", "2015-02")])

TRV = "Trivago N.V."
A["wp-trivago"] = dict(
 # the company ('Trivago N.V.', 'Trivago') -> one Company; 'the Trivago online search engine and accommodation booking
 # website', its main product, carries the company's surface -> no entity apart from it (one surface, one type, as
 # batch 26c's PhonePe app; doubtful); Expedia Group, 'the British company HOWZAT media LLP', 'a US investment fund,
 # Insight Venture Partners' -> Company; 'US-based' and 'a US investment fund' -> Location 'US' (as batch 26e);
 # 'the Samwer brothers' (a family, no one named) -> not annotated; investors named -> Person
 entities=[E("Company", TRV, "Trivago"), E("Location", "US"), E("Company", "Expedia Group")]
          + locs("Düsseldorf", "Germany")
          + people("Stephan Stubner", "Rolf Schrömgens", "Peter Vinnemeier", "Malte Siewert", "Florian Heinemann",
                   "Christian Vollmann")
          + [E("Company", "HOWZAT media LLP"), E("Company", "Insight Venture Partners")],
 # 'Stephan Stubner resigned as Managing Director, but the three other founders (...) remained' -> Stubner founder
 # (the 'other founders' make him one) and director, not current (managing director -> director); the three named
 # -> founder
 roles=[R("Stephan Stubner", "founder", TRV), R("Stephan Stubner", "director", TRV, False),
        R("Rolf Schrömgens", "founder", TRV), R("Peter Vinnemeier", "founder", TRV),
        R("Malte Siewert", "founder", TRV)],
 # 'owned by US-based Expedia Group', 'operates as a subsidiary of Expedia Group' -> parentOrganization; the
 # investors' €1 million, HOWZAT's Series B funding and Insight Venture Partners' quarter -> stakes -> nothing
 relations=[L(TRV, "parentOrganization", "Expedia Group")],
 outages=[],
 dates=[D("January 2005", "2005-01"), D("2007", "2007"), D("December 2010", "2010-12")])

A["wp-bolt-company"] = dict(
 # the company with the names it had ('then called Taxify', 'then called mTakso') -> one Company 'Bolt' (its
 # platform, app and 'the new Bolt brand' carry the same surface -> no entity apart from it; doubtful); Transport for
 # London -> Organization; cities, countries and regions -> Location; 'a local taxi company' (not named) -> nothing
 entities=[E("Company", "Bolt", "Taxify", "mTakso"), E("Location", "Tallinn"), E("Location", "Estonia")]
          + locs("Europe", "Africa", "Western Asia", "Latin America")
          + [E("Person", "Markus Villig"), E("Location", "Riga"), E("Location", "London"),
             E("Organization", "Transport for London"), E("Location", "Paris"), E("Location", "Lisbon")],
 # 'Bolt (then called Taxify) was founded by Markus Villig' -> founder
 roles=[R("Markus Villig", "founder", "Bolt")],
 # 'by acquiring a local taxi company' (not named) -> nothing; Transport for London forcing a shutdown -> no
 # relation
 relations=[],
 outages=[],
 dates=[D("2013", "2013"), D("August 2013", "2013-08"), D("2014", "2014"), D("2017", "2017"),
        D("September 2018", "2018-09")])

# ---- telecoms ---------------------------------------------------------------------------------------------------
EW = "Econet Wireless"
A["wp-econet-wireless"] = dict(
 # the group ('Econet Wireless', 'Econet', and the name it 'was meant to be called', '"Enhanced Communications
 # Network"', of which 'Econet' is the abbreviation; doubtful as an alias) -> one Company; its six subsidiaries ->
 # Company each; EcoCash (a mobile-money service) -> Service; the bank with its former name ('the then TN Bank
 # Zimbabwe ... renamed it Steward Bank') -> one Company; 'the Zimbabwe Stock Exchange (ZSE)' -> Company; 'the
 # Burundi war' -> Burundi (doubtful: the country named inside an event's name); regions -> Location; 'NGOs' ->
 # nothing
 entities=[E("Company", EW, "Econet", "Enhanced Communications Network")]
          + locs("Africa", "Europe", "South America", "East Asia Pacific Rim")
          + [E("Company", n) for n in ("Econet Global", "Econet Wireless Africa", "Econet Wireless International",
                                       "Econet Enterprises", "Liquid Telecom Group", "Econet Media")]
          + [E("Location", "Zimbabwe"), E("Person", "Strive Masiyiwa"), E("Location", "Burundi"),
             E("Service", "EcoCash"), E("Company", "TN Bank Zimbabwe", "Steward Bank"),
             E("Company", "Zimbabwe Stock Exchange", "ZSE")],
 # 'Econet Wireless was created in 1993 in Zimbabwe by Strive Masiyiwa' -> founder
 roles=[R("Strive Masiyiwa", "founder", EW)],
 # 'The group's subsidiaries include ...' -> parentOrganization for the six; 'EcoCash ... is operated by Econet
 # Enterprises' -> provider; 'acquired a controlling interest in the then TN Bank Zimbabwe' and 'it became a wholly
 # owned subsidiary of Econet' -> acquired + parentOrganization; the bank's listing on the exchange -> nothing
 relations=parents(EW, "Econet Global", "Econet Wireless Africa", "Econet Wireless International",
                   "Econet Enterprises", "Liquid Telecom Group", "Econet Media")
           + [L("EcoCash", "provider", "Econet Enterprises")] + acq(EW, "TN Bank Zimbabwe"),
 outages=[],
 # published null; 'Within 18 months of its launch' -> relative, left out
 dates=[D("1993", "1993"), D("1998", "1998"), D("2005", "2005"), D("2011", "2011"), D("February 2013", "2013-02")])

A["wp-grameenphone"] = dict(
 # the operator ('Grameenphone', 'GP') -> Company; Telenor, Grameen Telecom, Grameen Bank -> Company; 'the Legatum
 # Center for Development and Entrepreneurship at MIT' -> Organization (an institute with a founder and a director,
 # not a site; doubtful beside the decision that typed named research centres as Location) and MIT -> Organization
 entities=[E("Company", "Grameenphone", "GP"), E("Location", "Bangladesh"), E("Company", "Telenor"),
           E("Company", "Grameen Telecom"), E("Person", "Erik Aas"), E("Person", "Iqbal Quadir"),
           E("Organization", "Legatum Center for Development and Entrepreneurship"), E("Organization", "MIT"),
           E("Company", "Grameen Bank")],
 # 'the then CEO of Grameenphone Erik Aas' -> ceo, not current; Iqbal Quadir 'is currently the founder and director
 # of the Legatum Center' -> founder and director, current; conceiving the idea of Grameenphone names no post ->
 # no role at Grameenphone
 roles=[R("Erik Aas", "ceo", "Grameenphone", False),
        R("Iqbal Quadir", "founder", "Legatum Center for Development and Entrepreneurship"),
        R("Iqbal Quadir", "director", "Legatum Center for Development and Entrepreneurship")],
 # 'partly owned by Telenor (62%) and Grameen Telecom (38%)' and 'its parent company Telenor' -> parentOrganization
 # to Telenor (the majority holder, called the parent); Grameen Telecom's 38% -> a minority holder listed with its
 # stake -> nothing (as batch 26e's Turkcell holders; doubtful: 'partly owned by' names both as owners); 'the Legatum
 # Center ... at MIT' -> parentOrganization (doubtful: 'at')
 relations=[L("Grameenphone", "parentOrganization", "Telenor"),
            L("Legatum Center for Development and Entrepreneurship", "parentOrganization", "MIT")],
 outages=[],
 # published null; 'At the end of 2005' -> the year's text; 'the following six months' -> relative, left out
 dates=[D("March 26, 1997", "1997-03-26"), D("March, 2008", "2008-03"), D("2005", "2005"),
        D("16th of November, 2006", "2006-11-16")])

A["wp-swisscom"] = dict(
 # the operator with its former name ('Telecom PTT was spun off and rebranded Swisscom') -> one Company; 'The Swiss
 # government' -> Organization; 'Postal Telegraph and Telephone (PTT)' -> Organization (the state postal and
 # telecommunications body; doubtful beside the Decisions' state companies); Fastweb, Swisscom Mobile, Vodafone ->
 # Company; 'the protected brand NATEL' -> Service (a brand users use); 'the Atelier Fédéral de Construction des
 # Télégraphes (Federal Workshop for the Construction of Telegraphs)' -> Organization with its translation as alias
 # (as batch 26e's Svendborg Steamship Company); 'Swiss', 'Italian' adjectives -> nothing
 entities=[E("Company", "Swisscom", "Telecom PTT"), E("Location", "Switzerland"), E("Location", "Worblaufen"),
           E("Location", "Bern"), E("Organization", "Swiss government"), E("Company", "Fastweb"),
           E("Organization", "Postal Telegraph and Telephone", "PTT"), E("Service", "NATEL"),
           E("Company", "Swisscom Mobile"), E("Company", "Vodafone"), E("Location", "Italy"),
           E("Organization", "Atelier Fédéral de Construction des Télégraphes",
             "Federal Workshop for the Construction of Telegraphs")],
 roles=[],
 # 'The Swiss government owns 51% of Swisscom' -> majority holder -> parentOrganization; 'Its Italian subsidiary,
 # Fastweb' and 'Swisscom acquired a majority stake in ... Fastweb' -> acquired + parentOrganization; 'Swisscom owns
 # the protected brand NATEL' -> provider; '25% of Swisscom Mobile was sold to Vodafone' -> Swisscom Mobile is
 # Swisscom's unit (doubtful: implied by its name and the sale) -> parentOrganization, Vodafone's 25% -> nothing;
 # 'Telecom PTT was spun off' (from the PTT) -> parentOrganization of Swisscom to the PTT (past ownership, relations
 # carry no time; doubtful: implied); the government establishing the Atelier -> no ownership stated -> nothing
 relations=[L("Swisscom", "parentOrganization", "Swiss government")] + acq("Swisscom", "Fastweb")
           + [L("NATEL", "provider", "Swisscom"), L("Swisscom Mobile", "parentOrganization", "Swisscom"),
              L("Swisscom", "parentOrganization", "Postal Telegraph and Telephone")],
 outages=[],
 dates=[D("1852", "1852"), D("1877", "1877"), D("1920", "1920"), D("1997", "1997"), D("2001", "2001"),
        D("2007", "2007"), D("1851", "1851")])

# ---- internet companies and their apps ----------------------------------------------------------------------------
A["wp-yandex"] = dict(
 # the company ('Yandex'; its search engine and web site are not named apart from it) -> Company; 'Yandex Labs' ->
 # Company; the research firms TNS, FOM and Comcon -> Company (doubtful for FOM, not described); competitors and
 # search engines named by their companies' names (Google, Rambler, Yahoo!, Naver, Baidu) -> Company (doubtful: the
 # text calls Google and Yahoo! 'services' and Naver and Baidu 'search engines'; batch 27b types Baidu Company in
 # the Skyscanner text too); 'Arkadia company', Comptek International -> Company; 'MS-DOS software' -> MS-DOS a
 # Service (software; no maker named); the Bible -> nothing; 'Russian' adjective -> nothing
 entities=[E("Company", "Yandex")] + locs("Russia", "Belarus", "Kazakhstan", "Ukraine", "San Francisco Bay Area")
          + [E("Company", "Yandex Labs"), E("Company", "TNS"), E("Company", "FOM"), E("Company", "Comcon"),
             E("Company", "Google"), E("Company", "Rambler"), E("Company", "Yahoo!"), E("Company", "Naver"),
             E("Company", "Baidu"), E("Person", "Arkady Volozh", "Volozh"), E("Person", "Arkady Borkovsky"),
             E("Company", "Arkadia"), E("Service", "MS-DOS"), E("Company", "Comptek International")],
 # 'Arkady Volozh and Arkady Borkovsky have founded Arkadia company' -> founder each; 'Comptek International, another
 # company founded by Volozh' -> founder
 roles=[R("Arkady Volozh", "founder", "Arkadia"), R("Arkady Borkovsky", "founder", "Arkadia"),
        R("Arkady Volozh", "founder", "Comptek International")],
 # 'Yandex Labs, is a wholly owned division of Yandex' -> parentOrganization; 'Arkadia became a subdivision of
 # Comptek International' -> parentOrganization; 'Yandex's roots trace back to' Arkadia -> no ownership stated ->
 # nothing (doubtful); competitors and research firms -> nothing
 relations=[L("Yandex Labs", "parentOrganization", "Yandex"),
            L("Arkadia", "parentOrganization", "Comptek International")],
 outages=[],
 dates=[D("1990", "1990"), D("1993", "1993"), D("1989", "1989")])

A["wp-wechat"] = dict(
 # the app with its Chinese name ('WeChat or Weixin in Chinese', 'the Weixin brand') -> one Service; Tencent ->
 # Company; 'China', 'mainland China' -> Location China; 'Chinese' adjectives -> nothing
 entities=[E("Service", "WeChat", "Weixin"), E("Company", "Tencent"), E("Location", "China")],
 roles=[],
 # 'app developed by Tencent' -> provider
 relations=[L("WeChat", "provider", "Tencent")],
 outages=[],
 dates=[D("2011", "2011"), D("2018", "2018")])

BD = "ByteDance Ltd."
A["wp-bytedance"] = dict(
 # the company ('ByteDance Ltd.', 'ByteDance') -> Company; its core product 'Toutiao ("Headlines")' -> one Service
 # with the translation as alias (as batch 26e's translated names); 'the video-sharing social networking services
 # and apps TikTok and Douyin' -> Service each; 'the Chinese Communist Party' -> Organization (a political party);
 # 'the Ministry of Public Security' -> Organization; 'Shanghai-based social media start-up' (the rendering lost its
 # name) -> nothing
 entities=[E("Company", BD, "ByteDance"), E("Location", "Beijing"), E("Person", "Zhang Yiming"),
           E("Service", "Toutiao", "Headlines"), E("Location", "China"), E("Service", "TikTok"), E("Service", "Douyin"),
           E("Location", "Shanghai"), E("Organization", "Chinese Communist Party"),
           E("Organization", "Ministry of Public Security")],
 # 'It was founded by Zhang Yiming in 2012' -> founder
 roles=[R("Zhang Yiming", "founder", BD)],
 # 'core product, Toutiao' and 'the developer of ... TikTok and Douyin' -> provider; 'strategic partnerships with
 # the Ministry of Public Security' -> partner, as written; the Party's internal committee -> nothing; the unnamed
 # start-up bought -> nothing
 relations=provided(BD, "Toutiao", "TikTok", "Douyin") + [L(BD, "partner", "Ministry of Public Security")],
 outages=[],
 dates=[D("2012", "2012"), D("May 2020", "2020-05"), D("November 9, 2017", "2017-11-09"),
        D("August 2, 2018", "2018-08-02"), D("November 2018", "2018-11")])

SP = "Spotify Technology S.A"
A["wp-spotify"] = dict(
 # 'Spotify is incorporated in Luxembourg as Spotify Technology S.A' -> one Company with 'Spotify' as alias (the
 # text uses 'Spotify' for the company and its service alike; one surface, one type; doubtful); the operating
 # systems and devices the service runs on (Windows, macOS, Linux, iOS, Android, Amazon Echo, Google Home) ->
 # Service (no maker named apart from inside a product name); The New York Times -> Company; Ben Sisario -> Person;
 # 'the Americas', 'Oceania' and the other places -> Location; 'record labels and media companies' -> nothing
 entities=[E("Company", SP, "Spotify")]
          + locs("Luxembourg", "Stockholm", "Sweden", "Europe", "Americas", "Oceania", "Africa", "South Africa",
                 "Mauritius", "Asia")
          + svc("Windows", "macOS", "Linux", "iOS", "Android", "Amazon Echo", "Google Home")
          + [E("Person", "Ben Sisario"), E("Company", "The New York Times")],
 # 'According to Ben Sisario of The New York Times' -> no title stated -> no role
 roles=[],
 relations=[],
 outages=[],
 # published null; 'By the end of 2021' -> the year's text
 dates=[D("December 2020", "2020-12"), D("2021", "2021"), D("2020", "2020")])

MZ = "Monzo Bank Ltd"
A["wp-monzo"] = dict(
 # the bank ('Monzo Bank Ltd', 'Monzo', and 'Mondo', the name it was founded and traded as) -> one Company; 'the
 # United Kingdom', 'UK' -> one Location; Starling Bank, Passion Capital -> Company; 'the Crowdcube investment
 # platform' -> Service (no operator named); the Prudential Regulation Authority, the Financial Conduct Authority and
 # Companies House -> Organization; 'a mobile app', 'a prepaid debit card' (not named) -> nothing
 entities=[E("Company", MZ, "Monzo", "Mondo"), E("Location", "United Kingdom", "UK")]
          + people("Tom Blomfield", "Jonas Huckestein", "Jason Bates", "Paul Rippon", "Gary Dolman")
          + [E("Company", "Starling Bank"), E("Service", "Crowdcube"),
             E("Organization", "Prudential Regulation Authority"), E("Organization", "Financial Conduct Authority"),
             E("Organization", "Companies House"), E("Company", "Passion Capital")],
 # 'It was founded as Mondo in 2015 by Tom Blomfield, Jonas Huckestein, Jason Bates, Paul Rippon and Gary Dolman' ->
 # founder each; 'whilst working at Starling Bank' with no title -> no role
 roles=[R(p, "founder", MZ) for p in ("Tom Blomfield", "Jonas Huckestein", "Jason Bates", "Paul Rippon",
                                      "Gary Dolman")],
 # the licence granted by the two regulators, the funding round led by Passion Capital and the crowdfunding
 # campaigns on Crowdcube -> no relation of the vocabulary
 relations=[],
 outages=[],
 # published null; 'Two weeks prior to the name change', 'currently' -> relative, left out
 dates=[D("April 2017", "2017-04"), D("2015", "2015"), D("February 2016", "2016-02"), D("16 May 2017", "2017-05-16"),
        D("13 June 2016", "2016-06-13"), D("25 August 2016", "2016-08-25"), D("October 2016", "2016-10")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A))
