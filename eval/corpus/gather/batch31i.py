#!/usr/bin/env python3
"""Batch 31i (session 32; helper gather32i, round 2 of the services lane after batch 31b): English Wikipedia articles
(CC BY-SA) on cloud, developer-hosting and telecom services and the companies that run, own or bought them, told as
news, US and non-US mixed: a cloud application platform bought by Salesforce.com, its developers, chief executive and
a product made with Facebook (Heroku); a code-hosting service bought by Atlassian and the Atlassian products beside it
(Bitbucket); a US prepaid wireless carrier owned by AT&T, its founding company's purchase, a withdrawn merger bid and
its network agreements with MetroPCS and Sprint (Cricket Wireless); a US wireless carrier founded as a joint
venture with Nextel and owned in turn by Nextel, Sprint, Dish Network and EchoStar (Boost Mobile); a British MVNO owned by Telefonica and its founder's
posts at Telefonica companies (giffgaff); a London-based MVNO, its founder and chairman, a former chief executive and
its tax disputes with HMRC (Lyca Mobile); a Pakistani mobile operator, its parent group's former chief executive, its
licence and its merger with Mobilink into Jazz (Warid Pakistan); Pakistan's national telecom company, the stake sold
to Etisalat and the chief executive Etisalat appointed (PTCL).
Texts are the search tool's page-store excerpts (never a whole page), cut at a paragraph end before an excerpt
breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch31i.py [POOL_DIR] [--dry]   (default /tmp/gather32i/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather32i/pool"

R = []
# ---- cloud and developer hosting ---------------------------------------------------------------------------------
R.append(wp("wp-heroku", "Heroku", "https://en.wikipedia.org/wiki/Heroku",
 "Heroku is a cloud platform as a service (PaaS) supporting several programming languages. One of the first cloud "
 "platforms, Heroku has been in development since June 2007, when it supported only the Ruby programming language, "
 "but now supports Java, Node.js, Scala, Clojure, Python, PHP, and Go. For this reason, Heroku is said to be a "
 "polyglot platform as it has features for a developer to build, run and scale applications in a similar manner "
 "across most languages. Heroku was acquired by Salesforce.com in 2010 for $212 million.\n\n"
 "Heroku was initially developed by James Lindenbaum, Adam Wiggins, and Orion Henry for supporting projects that "
 "were compatible with the Ruby programming platform known as Rack. The prototype development took around six "
 "months. Later on, Heroku faced setbacks because of lack of proper market customers as many app developers used "
 "their own tools and environment. In January 2009, a new platform was launched which was built almost from scratch "
 "after a three-month effort. In October 2009, Byron Sebastian joined Heroku as CEO. On December 8, 2010, "
 "Salesforce.com acquired Heroku as a wholly owned subsidiary of Salesforce.com. On July 12, 2011, Yukihiro \"Matz\" "
 "Matsumoto, the chief designer of the Ruby programming language, joined the company as Chief Architect, Ruby. That "
 "same month, Heroku added support for Node.js and Clojure. On September 15, 2011, Heroku and Facebook introduced "
 "Heroku for Facebook. At present Heroku supports Redis databases in addition to its standard PostgreSQL.",
 "cloud computing (platform as a service)", ["product", "deal", "leadership"],
 "The article as en.wikipedia.org rendered it in an older revision (the 'Jump to navigation Jump to search' skin; "
 "infobox 'Founded 2007; 14 years ago', a 2021 rendering): the line 'From Wikipedia, the free encyclopedia', the "
 "skin line, the infobox lines (name 'Heroku, Inc.', industry, founded, founders 'James Lindenbaum, Adam Wiggins, "
 "Orion Henry', headquarters 'San Francisco, California', key people 'Tod Nielsen (Former CEO)', products 'Heroku "
 "Platform, Heroku Postgres, Heroku Redis, ...') and the citation markers ('[1][2]', '[3]'-'[13]', with the maintenance "
 "tag '[citation needed]' after 'their own tools and environment.') cut; kept as written: 'Heroku was acquired by "
 "Salesforce.com in 2010' and 'Salesforce.com acquired Heroku as a wholly owned subsidiary of Salesforce.com' (the "
 "same purchase told twice), 'because of lack of proper market customers', 'Chief Architect, Ruby', 'That same "
 "month'; cut after 'its standard PostgreSQL.', before the paragraph 'The name \"H', where the excerpt breaks off "
 "(`truncated`). A 2021 rendering: recorded 3.0. Heroku, Lindenbaum, Wiggins, Orion Henry, Byron Sebastian, "
 "Matsumoto, Rack, Redis, PostgreSQL, Clojure: 0 in train/dev/test and in every gather script; Salesforce "
 "(batch 27f's train file wp-salesforce, its founders and investors; it names no Heroku) and Facebook: other files "
 "(other events). A platform-as-a-service, a kind the lane had not taken.", "US", v3=True))

R.append(wp("wp-bitbucket", "Bitbucket", "http://w.owiki.org/wiki/Bitbucket",
 "Bitbucket is a web-based version control repository hosting service owned by Atlassian, for source code and "
 "development projects that use either Mercurial or Git revision control systems. Bitbucket offers both commercial "
 "plans and free accounts. It offers free accounts with an unlimited number of private repositories . Bitbucket "
 "integrates with other Atlassian software like Jira, HipChat, Confluence and Bamboo.\n\n"
 "It is similar to GitHub, which primarily uses Git. Bitbucket has traditionally marketed its services to "
 "professional developers with private proprietary software code, especially since being acquired by Atlassian in "
 "2010. In February 2017, Bitbucket announced it had reached 6 million developers and 1 million teams on its "
 "platform. In April 2019, Atlassian announced that Bitbucket reached 10 million registered users and over 28 "
 "million repositories.\n\n"
 "Bitbucket has three deployment models: Cloud, Bitbucket Server, and Data Center.\n\n"
 "Bitbucket Cloud is written in Python using the Django web framework.\n\n"
 "Bitbucket Server is a combination Git server and web interface product written in Java and built with Apache "
 "Maven. It allows users to do basic Git operations while controlling read and write access to the code. It also "
 "provides integration with other Atlassian tools.\n\n"
 "Bitbucket Server is a commercial software product that can be licensed for running on-premises. Atlassian provides "
 "Bitbucket Server for free to open source projects meeting certain criteria, and to organizations that are "
 "non-profit, non-government, non-academic, non-commercial, non-political, and secular. For academic and commercial "
 "customers, the full source code is available under a developer source license.",
 "cloud computing (source code hosting service)", ["product", "deal"],
 "A copy of the article on the owiki.org mirror (w.owiki.org; batch 30b took Touch 'n Go eWallet from its twiki.owiki.org "
 "host): the title line 'Bitbucket', the headings 'Services', 'Bitbucket Cloud' and 'Scope' cut; the 'Scope' "
 "section's two sentences cut with its heading ('Bitbucket is mostly used for code and code review. Bitbucket "
 "supports the following features:', whose list the copy lost, so that the colon led straight into the next "
 "paragraph); kept as written: 'private repositories .' (a space before the full stop, where a citation or note was "
 "dropped), 'a combination Git server and web interface product', 'license'; cut after 'a developer source license.', "
 "before the section 'Pricing plans', whose paragraph the excerpt breaks off inside (`truncated`). Content to April "
 "2019: recorded 3.0. Doubtful: owiki.org names no revision and its terms were not found in the page store. "
 "Bitbucket, Atlassian (named once in batch 27f's 'not used' list), HipChat, Mercurial, Bamboo, Django, Apache "
 "Maven: 0 in train/dev/test and in every gather script; Confluence: one test file by count and batch 20c's script "
 "(the word, likely not the product); GitHub, Git, Java, Python: other files (other "
 "events). The lane's first code-hosting service.", "mixed", v3=True,
 copy_of="the Wikipedia article, mirrored at owiki.org"))

# ---- telecom services ----------------------------------------------------------------------------------------------
R.append(wp("wp-cricket-wireless", "Cricket Wireless", "https://en.m.wikipedia.org/wiki/Cricket_Wireless",
 "Cricket Wireless LLC, simply known as Cricket Wireless or Cricket, is a wholly owned subsidiary of AT&T Inc., that "
 "provides wireless services to 10 million subscribers in the United States. Cricket Wireless was founded in March "
 "1999 by Leap Wireless International. AT&T acquired Leap Wireless International in March 2014 which merged Cricket "
 "Wireless with Aio Wireless. Before AT&T's acquisition, the company had 4.5 million subscribers.\n\n"
 "Cricket's first market was Chattanooga, Tennessee, in 1999 and through much of its early growth became known as a "
 "network focused on small, rural markets.\n\n"
 "In September 2007, MetroPCS, Cricket Wireless's competing carrier at the time, announced a $5.3 billion bid to "
 "merge with Leap Wireless. Leap informally rejected the bid less than two weeks later. MetroPCS officially withdrew "
 "the bid less than two months later. In December 2007, Cricket acquired Hargray Communications Group's wireless "
 "telecommunications business.\n\n"
 "In September 2008, Cricket and MetroPCS entered into a 10-year roaming agreement covering both companies' existing "
 "and future markets. The companies also entered into a spectrum exchange agreement covering licenses in certain "
 "markets. In November 2008, they launched \"Premium Extended Coverage\", a roaming partnership with 14 wireless "
 "companies. In August 2010, Cricket and Sprint signed a five-year wholesale agreement (MVNO) which allowed Cricket "
 "to utilize Sprint's nationwide 3G EVDO network in the United States.",
 "telecoms (prepaid wireless carrier)", ["product", "deal"],
 "The article as the mobile site en.m.wikipedia.org rendered it (infobox 'Founded March 17, 1999; 20 years ago', a "
 "2019 rendering; batch 30b took MBC Group from the same site): the line 'Open main menu', the infobox lines (name "
 "'Cricket Wireless LLC', industry, founded 'in Chicago, Illinois', headquarters 'Atlanta, Georgia', number of "
 "locations '5,000 retail stores (2019)', area served, key people, services), two image captions ('Typical Cricket "
 "retail store in Hillsboro, Oregon', 'Former Cricket Wireless logo, before acquisition by AT&T') and citation markers "
 "('[1]', '[3]'-'[10]') cut; kept as written: 'AT&T Inc., that provides', 'in March 2014 which merged Cricket "
 "Wireless with Aio Wireless', 'Cricket Wireless's competing carrier at the time', 'licenses', 'utilize'; cut after "
 "'3G EVDO network in the United States.', before the paragraph 'In July 2013, AT&T agreed to buy Cricket Wireless' "
 "parent for $1.2 ', where the excerpt breaks off (`truncated`; the agreed purchase is told only by the lead's "
 "completed one). A 2019 rendering: recorded 3.0. Cricket Wireless, Leap Wireless, Aio Wireless, MetroPCS, Hargray: "
 "0 in train/dev/test and in every gather script; Chattanooga: 0; AT&T, Sprint, Tennessee: "
 "other files (other events). "
 "wikimili.com holds a later copy (with Dish's Boost Mobile), not taken.", "US", v3=True))

R.append(wp("wp-boost-mobile", "Boost Mobile", "https://en.wikipedia.org/wiki/Boost_Mobile",
 "DISH Wireless L.L.C., doing business as Boost Mobile, is an American telecommunications company and wholly owned "
 "subsidiary of EchoStar Corporation. Boost Mobile is the fourth largest wireless carrier in the United States. "
 "Together with its sister brands Gen Mobile and Ting Mobile, it serves 7.36 million subscribers as of June 30, "
 "2025.\n\n"
 "Boost Mobile was founded as a joint venture between Avalon Adderton, Peter Adderton, Craig Cooper, Kirt McMaster, "
 "and Nextel Communications in 2001. It was purchased by Nextel in 2003 and, as a result of the merger between "
 "Sprint Corporation and Nextel, then became owned by Sprint in 2005. It was then acquired by Dish Network on July 1, "
 "2020, following the merger between Sprint and T-Mobile. After Dish's merger with EchoStar on December 31, 2023, "
 "Boost Mobile became a subsidiary of EchoStar.\n\n"
 "The company operates a 5G network covering over 80% of the American population. In addition to its native 5G "
 "network, Boost Mobile provides service through the AT&T and T-Mobile networks.",
 "telecoms (wireless carrier)", ["product", "deal", "leadership"],
 "The article as en.wikipedia.org renders it in the page store: the title line '= Boost Mobile =', the infobox lines "
 "(name 'DISH Wireless L.L.C.', logo, trading name, former name 'Boost Worldwide, Inc. (2001-2020)', type, industry, "
 "founded, headquarters 'Englewood, Colorado', key people 'John Swieringa (president)', products, services, parent "
 "'EchoStar') and the headings '== History ==' and '=== Joint venture and Nextel ownership ===' cut; kept as written: "
 "'DISH Wireless L.L.C.' beside 'Dish Network' and 'Dish', 'Nextel Communications' beside 'Nextel', 'Sprint "
 "Corporation' beside 'Sprint', 'the AT&T and T-Mobile networks'; cut after 'the AT&T and T-Mobile networks.', before "
 "the section's paragraph 'After Peter Adderton founded Boost Mobile Australia and New Zealand in 2000, ...', which "
 "the excerpt breaks off inside ('at a time when cellphone plans offering ') (`truncated`). Content to June 2025: "
 "recorded 4.0. Added after the other seven were annotated and dealt once into /tmp (nothing moved or run on "
 "them); the eight ids were then dealt together as one part. Boost Mobile (named only in this batch's Cricket Wireless notes), DISH Wireless, "
 "Dish Network, EchoStar, Gen Mobile, Ting Mobile, the Addertons, Craig Cooper: 0 in train/dev/test and in every "
 "gather script; Kirt McMaster: batch 26d's train file on Cyanogen (his post there; another event); Nextel: batch "
 "21b's dev file wp-sprint-nextel (the Sprint-Nextel merger; it names no Boost) and a train file; 'Dish': one train "
 "file (a DOJ release's headline on divestitures to Dish, naming no Boost); Sprint, T-Mobile, AT&T: other files "
 "(other events; Sprint and AT&T also in this batch's Cricket Wireless text).", "US"))

R.append(wp("wp-giffgaff", "Giffgaff", "http://blekko.com/wiki/Giffgaff?source=672620ff",
 "Giffgaff (marketed as giffgaff) is a mobile telephone network running as a Mobile Virtual Network Operator (MVNO) "
 "using the United Kingdom O2 network. Owned by Telefónica, Giffgaff was launched on 25 November 2009.\n\n"
 "Giffgaff has become known for using its members to help with company operation, rewarding members for promoting "
 "the network and providing support to other members on a community forum. In return for these services the members "
 "receive remuneration through a system called \"Payback\".\n\n"
 "Gav Thompson was educated at University of Cambridge, Wellington College and Windlesham House and is the founder at "
 "Giffgaff. He is currently Director of Marketing Innovation, O2 / Telefónica Europe at Telefónica UK, also Head of "
 "Brand Innovation (Telefónica Digital UK) at Telefónica Digital. Reports say Mr Thompson came up with the idea after "
 "studying Web 2.0 businesses in San Francisco in 2008.",
 "telecoms (mobile virtual network operator)", ["product", "leadership"],
 "A copy of the article as the blekko search engine showed it ('From Wikipedia, the free encyclopedia - View "
 "original article'; CEO Mike Fairman in the infobox, content to about 2012): that line, 'Jump to: navigation, "
 "search', the infobox lines, shown twice (name 'Giffgaff Ltd.', founded 'Slough, Berkshire, United Kingdom (25 "
 "November 2009)', founder 'Gav Thompson', headquarters 'Uxbridge, Greater London', key people 'Mike Fairman (CEO)', "
 "'Richard Apletree (CFO)', products, owner 'Telefónica UK Ltd.'), and citation markers ('[4]') cut; kept as written: "
 "'is the founder at Giffgaff', 'Director of Marketing Innovation, O2 / Telefónica Europe at Telefónica UK', "
 "'Reports say'; cut after 'in San Francisco in 2008.', before the paragraph 'Inspired by the way platforms like "
 "Wikipedia and Facebook ...', which the excerpt breaks off inside (`truncated`). 139 words, a little under the "
 "150 the brief asks (the whole excerpt before the break). Content to about 2012: recorded 3.0. Doubtful: blekko.com "
 "names no revision and its terms were not found in the page store; newer copies (enwikipedia.net, w.owiki.org) "
 "carry the products and no founder, and infogalactic.com's is a fork. Giffgaff, Gav Thompson, Telefónica UK, "
 "Telefónica Digital, Windlesham House, University of Cambridge, Wellington College: 0 in train/dev/test and in "
 "every gather script; O2 and Telefónica: batch "
 "22b's train file wp-o2-uk (O2's history; it names no Giffgaff) and other files (other events); San Francisco: "
 "other files.", "non-US", v3=True,
 copy_of="the Wikipedia article, shown by the blekko search engine"))

R.append(wp("wp-lyca-mobile", "Lyca Mobile", "https://en.wikipedia.org/wiki/Lyca_Mobile",
 "Lyca Mobile (formerly Lycamobile) is a mobile virtual network operator (MVNO) operating in 18 countries, with "
 "headquarters in the United Kingdom and Sri Lanka. It provides international pay-as-you-go SIM cards. The company is "
 "chaired by Allirajah Subaskaran, who formed the company in 2006.\n\n"
 "As an MVNO, Lyca Mobile does not own its own mobile network but instead leases radio frequencies from established "
 "network operators. It has also established mobile virtual network aggregator (MVNA) arrangements in certain "
 "regions.\n\n"
 "Lycamobile was launched by British-based Sri Lankan entrepreneur Allirajah Subaskaran in 2006. By 2016, the company "
 "had more than 15million customers.\n\n"
 "In 2016, nearly twenty Lyca Mobile employees were arrested in France, and about half of them charged with money "
 "laundering. As of 2020, Lyca Mobile is involved in three major tax disputes with HM Revenue and Customs in the UK. "
 "The previous CEO, Chris Tooley, was given a suspended prison sentence in 2023 for his involvement in an \"elaborate "
 "money laundering system\" in France.\n\n"
 "The company operates in 18 countries. Lycamobile offered services in Hong Kong from April 2015, but its services "
 "were suspended from 6 April 2018.\n\n"
 "In October 2023, Lycamobile's French companies were convicted of committing value-added tax (VAT) and money "
 "laundering fraud, subject to appeal, with a fine of €10 million.\n\n"
 "In August 2024, HM Revenue and Customs (HMRC) filed winding-up petitions for three Lycamobile companies in the "
 "United Kingdom.",
 "telecoms (mobile virtual network operator)", ["product", "leadership"],
 "The article as en.wikipedia.org renders it in the page store: the title line '= Lyca Mobile =', the infobox lines "
 "(logo, type, foundation 'September 2006', founder, location, key people 'Allirajah Subaskaran (Chairman)', "
 "industry, products, revenue '£25.1 million (UK, 2022)', subsidiaries 'Lyca Productions, EAP Films, Swarnavahini, "
 "ETV, Shree FM, Lyca Kovai Kings, Jaffna Kings', homepage) and the headings '== History ==' and '==Operations==' cut; "
 "kept as written: 'Lyca Mobile' beside 'Lycamobile', '15million', 'Lycamobile's French companies'; cut after 'in the "
 "United Kingdom.', where the excerpt ends (`truncated`: the article may go on). Content to August 2024: recorded "
 "4.0. Lyca Mobile, Lycamobile, Allirajah Subaskaran, Chris Tooley: 0 in train/dev/test and in every gather script; "
 "HM Revenue and Customs, Sri Lanka, France, Hong Kong: other files (other events). A British MVNO beside this "
 "batch's giffgaff; its founder is Sri Lankan, its disputes British and French.", "non-US"))

R.append(wp("wp-warid-pakistan", "Warid Pakistan",
 "https://bafybeiaysi4s6lnjev27ln5icwm6tueaw2vdykrtjkwiphwekaywqhcjze.ipfs.dweb.link/wiki/Warid_Pakistan",
 "Warid was a GSM, HSPA+ and LTE based mobile operator in Pakistan. It was the seventh mobile carrier to enter the "
 "Pakistani market. It commenced commercial operations on May 23, 2005 by the Abu Dhabi Group, a business "
 "conglomerate in the Middle East and a major investor in Pakistan. It was the first venture of the group in the "
 "field of Telecommunication.\n\n"
 "Warid was Pakistan's fourth largest GSM mobile service provider and fifth largest mobile service in terms of "
 "subscriber base of over 12.9 million. It has a market share of 9% among cellular operators.\n\n"
 "On November 26, 2015 VimpelCom and Dhabi Group agreed to merge Mobilink and Warid into a single company. On "
 "January 6, 2017 the combined CEO of Mobilink and Warid announced the launch of new brand Jazz. Mobilink ceased to "
 "exist on January 10, 2017 whereas Warid as a brand continued for a year.\n\n"
 "Pakistan Telecommunication Authority awarded two mobile telephony licenses to Telenor Pakistan and Space Telecom on "
 "April 24, 2004. The license for Space Telecom was cancelled after it missed a dead line to make a 50% down payment "
 "of the offered price. Thereafter PTA offered next highest bid winner company, Warid.\n\n"
 "The license was bid and acquired through parent company of Warid, Abu Dhabi Group led by the then CEO Mr Bashir "
 "Tahir for US$291 million.",
 "telecoms (mobile network operator)", ["product", "deal", "leadership"],
 "A copy of the article in the IPFS snapshot of English Wikipedia (ipfs.dweb.link; batch 30b took Venmo from the "
 "2017 snapshot), page title 'Warid Pakistan': the title line, the infobox lines (native name, formerly, type, "
 "industry, fate 'Merged with Jazz Pakistan', successor 'Jazz', founded '2004', defunct '26 November 2015', key people "
 "'Muneer Farooqui (CEO)', products, website), the heading 'History' and citation markers ('[1]'-'[12]', '[8][9]') "
 "cut, the marker after 'LTE' with the space before it ('LTE [3] based' -> 'LTE based'); the Arabic and Urdu names in "
 "brackets after the first 'Warid' ('(Arabic: ... Urdu: ...)') cut with the space before them, as batches 27b-31b "
 "cut foreign-script names; kept as written: 'commenced commercial operations on May 23, 2005 by the Abu Dhabi "
 "Group', 'Telecommunication', 'It has a market share' (present tense), 'Dhabi Group' beside 'Abu Dhabi Group', "
 "'a dead line', 'next highest bid winner company', 'The license was bid and acquired through parent company of "
 "Warid'; cut after 'for US$291 million.', before the paragraph 'On May 23, 2005 Warid commercially started "
 "operating. Mr Hamid Farooq is appointed as the CEO ...', which the excerpt breaks off inside ('Within ') "
 "(`truncated`; that chief executive is therefore not in the text). Content to January 2017: recorded 3.0. "
 "Doubtful: the snapshot names no revision and its terms were not found in the page store. Warid, Mobilink, Jazz, "
 "Abu Dhabi Group, Space Telecom, Bashir Tahir, Pakistan Telecommunication Authority: 0 in train/dev/test and in "
 "every gather script; VimpelCom (batch 30d's train file wp-wind-italy, Wind's owner; another event), Telenor "
 "Pakistan, Pakistan: other files (Telenor: batch 27b's Grameenphone text and one "
 "test file by count).", "non-US", v3=True,
 copy_of="the Wikipedia article, in the IPFS snapshot of English Wikipedia"))

R.append(wp("wp-ptcl", "PTCL", "https://en.wikipedia.org/wiki/PTCL",
 "Pakistan Telecommunication Company Ltd., commonly known as PTCL, is the national telecommunication company in "
 "Pakistan. PTCL provides telephone and internet services nationwide and is the backbone for the country's "
 "telecommunication infrastructure. The corporation manages and operates around 2000 telephone exchanges across the "
 "country, providing the largest fixed-line network. Data and backbone services such as GSM, HSPA+, CDMA, LTE, "
 "broadband internet, IPTV, and wholesale are an increasing part of its business.\n\n"
 "Originally a state-owned corporation, the shareholding of PTCL was reduced to 62%, when 26% of shares and control "
 "were sold to Etisalat Telecommunications while the remaining 12% to the general public in 2006 under an intensified "
 "privatization program under Prime Minister Shaukat Aziz. However, the 62% of shares still remain under the "
 "management of government-ownership of state-owned corporations of Pakistan.\n\n"
 "In May 2021, Etisalat by e& appointed Hatem Bamatraf as president and Group CEO of PTCL. Hatem previously served as "
 "the CTO of Etisalat.\n\n"
 "It was known as the Posts & Telegraph Department in 1949 and as Pakistan Telephone & Telegraph Department in 1962.",
 "telecoms (national fixed-line and broadband operator)", ["product", "deal", "leadership"],
 "The article as en.wikipedia.org renders it in the page store: the title line '= PTCL =', the infobox lines (name, "
 "type, logo, traded as, location, key people 'Hatem Bamatraf (President and Group CEO)', industry, products, the "
 "2024 figure lines, owner 'Govt of Pakistan (62%), Etisalat (26%)', employees, subsidiaries 'Ufone, UPaisa, Telenor "
 "Pakistan') and the headings '== Leadership ==', '== History ==' and '=== Posts & Telegraph Department ===' cut; kept "
 "as written: 'while the remaining 12% to the general public', 'under an intensified privatization program under "
 "Prime Minister Shaukat Aziz', 'the 62% of shares still remain under the management of government-ownership of "
 "state-owned corporations of Pakistan', 'Etisalat Telecommunications', 'Etisalat by e&' and 'Etisalat' for one "
 "group, 'Hatem' alone; cut after 'in 1962.', before the heading '=== Pakistan Telecommunication Co', where the "
 "excerpt breaks off (`truncated`). Content to 2024: recorded 4.0. PTCL, Pakistan Telecommunication Company, Hatem "
 "Bamatraf, Shaukat Aziz, Posts & Telegraph Department: 0 in train/dev/test and in every gather script; Etisalat: "
 "only in two 'not used' lists of GATHERING.md (batch 26e's, its Etisalat by e& page; batch 28d's, a Maroc "
 "Telecom-Etisalat deal); "
 "Pakistan: other files. With this batch's Warid, the lane's first Pakistani texts.", "non-US"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
