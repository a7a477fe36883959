#!/usr/bin/env python3
"""Batch 27e gold annotations (the 8 biographies of batch27e.py, two parts of 6 and 2), written from each text alone before newskg was run
on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
batch's own cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Wikipedia texts have `published` null:
only absolute dates (GUIDELINES.md, Dates). Conventions as batch 27a (GUIDELINES.md part 2 and earlier batches): a
post the text says ended ('was ... from X to Y', 'until', 'resigned', 'left that position') -> current false; a post
a person was promoted or moved on from, told by a later post ('named CEO and deputy chairman ... and was named
chairman', 'then became its executive director ... and was appointed chief executive officer') -> current false
(doubtful where the text does not say the person left); posts told with no end -> current true; founders ->
founder (current true); 'founded by A and B' -> cofounder for each; 'deputy chairman', 'General Manager', 'General
Secretary', 'Director of Legal Services', 'President of Consumer Healthcare Europe' (heads of units or functions,
senior titles) -> executive (batches 22a, 25c, 27a); 'non-executive director', 'a director', 'executive director'
-> director; a divisional chief executive -> ceo of the division where the text names the division as its own
unit, and executive at the company; prime ministers -> minister of the country named on its own; legislators
('a deputy to the National People's Congress') -> no role; a completed sale ('which he sold ... to Amazon.com') ->
acquired + parentOrganization; the units and brands a company runs, as the text tells them -> parentOrganization and
provider.
usage: batch27e_annotate.py POOL_DIR eval/corpus [--part2]   (part 1 by default; --part2 writes part 2)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10
from batch10_annotate import acq   # a completed purchase: acquired and parentOrganization (GUIDELINES.md, Relations)

A = {}
# ---- Europe --------------------------------------------------------------------------------------------------------
PI = "Pablo Isla Álvarez de Tejera"
BP = "Banco Popular Español"
A["wp-pablo-isla"] = dict(
 # 'Pablo Isla' and 'Isla' -> aliases; 'Altadis group' -> Company 'Altadis'; 'the Treasury' (a government
 # department) -> Organization; 'the National heritage department' (lower case, a department of the Treasury) ->
 # nothing (doubtful); the university -> Organization ('Madrid' only inside its name: no Location); Harvard Business
 # Review and Barron's (magazines; lists and rankings not annotated) -> Company; 'Spanish' -> nothing
 entities=[E("Person", PI, "Pablo Isla", "Isla"), E("Company", "Inditex"),
           E("Organization", "Complutense University of Madrid"), E("Company", BP), E("Organization", "Treasury"),
           E("Company", "Altadis"), E("Company", "Harvard Business Review"), E("Company", "Barron's")],
 # 'He is the current chairman and CEO of Inditex' -> chairman and ceo, current; 'named CEO and deputy chairman of
 # Inditex in 2005 and was named chairman of the company in 2011' -> deputy chairman (vice chairman) -> executive,
 # not current (he moved up); 'From 1992 to 1996 he was Director of Legal Services for Banco Popular Español' ->
 # executive (head of a function), not current; 'rejoined Banco Popular Español as General Secretary' -> executive
 # (a senior title), not current (he chaired Altadis from 2000; doubtful: not said he left); 'General Manager of the
 # National heritage department of the Treasury' -> executive at the Treasury ('manager'), not current ('In 1998, he
 # rejoined' the bank); 'From 2000 to 2005, he was chairman of Altadis group' -> chairman, not current
 roles=[R(PI, "chairman", "Inditex"), R(PI, "ceo", "Inditex"), R(PI, "executive", "Inditex", False),
        R(PI, "executive", BP, False), R(PI, "executive", "Treasury", False), R(PI, "chairman", "Altadis", False)],
 relations=[],
 outages=[],
 # published null; 'From 1992 to 1996', 'In 1996' -> '1992', '1996' (one item for the same text and value);
 # 'by 2020' twice -> one item; 'the end of 2015' -> the year (as batch 27a); 'from 2012-2013' -> two years
 dates=[D("22 January 1964", "1964-01-22"), D("1987", "1987"), D("1992", "1992"), D("1996", "1996"),
        D("1998", "1998"), D("2000", "2000"), D("2005", "2005"), D("2011", "2011"), D("2020", "2020"),
        D("the end of 2015", "2015"), D("2017", "2017"), D("2014", "2014"), D("2012", "2012"), D("2013", "2013")])

EW = "Emma Natasha Walmsley"
GSK = "GSK"
LO = "L'Oréal"
A["wp-emma-walmsley"] = dict(
 # 'Dame Emma Natasha Walmsley' -> name without the honour; 'Walmsley' alone is Emma throughout (her parents are
 # named in full) -> alias; 'GSK' / 'GlaxoSmithKline' -> one Company; "L'Oréal" / "L'Oreal" -> one Company; "L'Oreal
 # China" -> its own Company (the company's Chinese business); 'Garnier-Maybelline' (a unit she managed) -> Company;
 # 'Consumer Healthcare' (GSK's 'global consumer healthcare division', capitalised as a unit) -> Company (doubtful);
 # "global brands including L'Oréal Paris, Maybelline and Garnier, as well as Mininurse, a Chinese skincare brand" ->
 # Service each (brands); 'Sir Robert Walmsley' -> Person 'Robert Walmsley' (name without the honour); 'Lady
 # (Christina V.) Walmsley ( Melvill)' -> Person 'Christina V.' with her maiden name 'Melvill' as alias (doubtful:
 # the text's bracketed form); schools, the university and its college -> Organization; Advertising Age (a magazine)
 # -> Company; 'Lancashire (now Cumbria)' -> two Locations (a county boundary change, not a renaming); 'British' ->
 # nothing; 'Consumer Healthcare Europe' / 'Worldwide' -> inside titles, no entity of their own
 entities=[E("Person", EW, "Walmsley"), E("Company", GSK, "GlaxoSmithKline"), E("Company", LO, "L'Oreal"),
           E("Company", "Diageo"), E("Company", "Microsoft"), E("Location", "Barrow-in-Furness"),
           E("Location", "Lancashire"), E("Location", "Cumbria"), E("Person", "Robert Walmsley"),
           E("Person", "Christina V.", "Melvill"), E("Organization", "St Swithun's School"), E("Location", "Winchester"),
           E("Organization", "Oxford University"), E("Organization", "Christ Church"), E("Location", "Paris"),
           E("Location", "London"), E("Location", "New York"), E("Company", "Garnier-Maybelline"),
           E("Location", "Shanghai"), E("Company", "L'Oreal China"), E("Service", "L'Oréal Paris"),
           E("Service", "Maybelline"), E("Service", "Garnier"), E("Service", "Mininurse"),
           E("Company", "Advertising Age"), E("Company", "Consumer Healthcare")],
 # 'who was the chief executive of GSK from April 2017 until 31 December 2025' -> ceo, not current; 'was a
 # non-executive director of Diageo until September 2016' -> director, not current; 'is also a non-executive director
 # of Microsoft' -> director, current; 'General Manager of Garnier-Maybelline' and 'General Manager, Consumer Products
 # for L'Oreal China' -> executive ('manager'), not current (she left L'Oréal in 2010); 'President of Consumer
 # Healthcare Europe', 'President of Consumer Healthcare Worldwide and a member of the executive team' at
 # GlaxoSmithKline -> executive at GSK (divisional heads), not current; 'the chief executive officer of Consumer
 # Healthcare' (March 2015) -> ceo of the division, not current (GSK's CEO from April 2017; doubtful: not said she
 # left it); 'held a variety of general management and marketing roles' at L'Oréal -> no title -> no role
 roles=[R(EW, "ceo", GSK, False), R(EW, "director", "Diageo", False), R(EW, "director", "Microsoft"),
        R(EW, "executive", "Garnier-Maybelline", False), R(EW, "executive", "L'Oreal China", False),
        R(EW, "executive", GSK, False), R(EW, "ceo", "Consumer Healthcare", False)],
 # "at L'Oréal ... including General Manager of Garnier-Maybelline" and "L'Oreal China, where she ran the company's
 # Chinese consumer products business" -> units of L'Oréal (parentOrganization; doubtful for Garnier-Maybelline,
 # implied); 'overseeing global brands including ...' -> the brands the company runs (provider); GSK's 'global
 # consumer healthcare division' -> parentOrganization
 relations=[L("Garnier-Maybelline", "parentOrganization", LO), L("L'Oreal China", "parentOrganization", LO),
            L("L'Oréal Paris", "provider", LO), L("Maybelline", "provider", LO), L("Garnier", "provider", LO),
            L("Mininurse", "provider", LO), L("Consumer Healthcare", "parentOrganization", GSK)],
 outages=[],
 # published null; 'June 1969' twice -> one item; 'in 2010' and 'May 2010' -> two items
 dates=[D("June 1969", "1969-06"), D("April 2017", "2017-04"), D("31 December 2025", "2025-12-31"),
        D("September 2016", "2016-09"), D("2007", "2007"), D("2010", "2010"), D("May 2010", "2010-05"),
        D("October 2011", "2011-10"), D("March 2015", "2015-03")])

JO = "Jorma Jaakko Ollila"
NK = "Nokia Corporation"
PW = "Perella Weinberg Partners"
A["wp-jorma-ollila"] = dict(
 # 'Ollila' -> alias; 'Nokia Corporation' / 'Nokia' -> one Company; 'Otava Books and Magazines Group Ltd.' (full name
 # with its suffix, as written) -> Company; schools, colleges, universities and the IEEE -> Organization ('Kirkon
 # koulu' and 'Vaasan Lyseon Lukio' are named schools); 'London School of Economics' twice -> one entity;
 # 'International Baccalaureate' (a qualification) -> nothing; 'Finnish' -> nothing
 entities=[E("Person", JO, "Ollila"), E("Company", "Royal Dutch Shell"), E("Company", NK, "Nokia"),
           E("Company", "Otava Books and Magazines Group Ltd."), E("Company", "UPM-Kymmene"), E("Company", PW),
           E("Location", "New York"), E("Person", "Joseph R. Perella"), E("Person", "Peter Weinberg"),
           E("Organization", "Kirkon koulu"), E("Location", "Kurikka"), E("Location", "Finland"),
           E("Organization", "Vaasan Lyseon Lukio"), E("Location", "Vaasa"),
           E("Organization", "United World College of the Atlantic"), E("Organization", "University of Helsinki"),
           E("Organization", "London School of Economics"), E("Organization", "Helsinki University of Technology"),
           E("Organization", "Institute of Electrical and Electronics Engineers", "IEEE"),
           E("Organization", "University of Vaasa")],
 # 'was chairman of Royal Dutch Shell from 1 June 2006 to May 2015, and at Nokia Corporation chairman from 1999 to
 # 2012 and CEO from 1992 to 2006' -> three posts, not current; 'He has been a director of Otava ... since 1996 and
 # UPM-Kymmene since 1997' -> director of each, current; 'an advisory partner at Perella Weinberg Partners' -> no role
 # (an adviser's title; doubtful: batch 27a read a McKinsey 'Partner' as executive); 'founded by Joseph R. Perella
 # and Peter Weinberg' -> cofounder each
 roles=[R(JO, "chairman", "Royal Dutch Shell", False), R(JO, "chairman", NK, False), R(JO, "ceo", NK, False),
        R(JO, "director", "Otava Books and Magazines Group Ltd."), R(JO, "director", "UPM-Kymmene"),
        R("Joseph R. Perella", "cofounder", PW), R("Peter Weinberg", "cofounder", PW)],
 relations=[],
 outages=[],
 # published null; '2006' of 'from 1992 to 2006' and 'in 2006' -> one item beside '1 June 2006'
 dates=[D("15 August 1950", "1950-08-15"), D("1 June 2006", "2006-06-01"), D("May 2015", "2015-05"),
        D("1999", "1999"), D("2012", "2012"), D("1992", "1992"), D("2006", "2006"), D("1996", "1996"),
        D("1997", "1997"), D("2003", "2003")])

# ---- Asia ----------------------------------------------------------------------------------------------------------
LJ = "Lei Jun"
A["wp-lei-jun"] = dict(
 # 'Lei' -> alias; "the People's Republic of China" / 'China' -> one Location; the National People's Congress ->
 # Organization; Forbes -> Company; the Hong Kong Stock Exchange -> Company (GUIDELINES: stock exchanges that are
 # businesses); 'joyo.com, an online retailing platform, which he sold' -> Company (the business he founded and sold;
 # doubtful: also a platform, a Service); YY ('the company became a public company') -> Company; the high school and
 # Wuhan University -> Organization; 'Chinese' -> nothing
 entities=[E("Person", LJ, "Lei"), E("Company", "Xiaomi"), E("Company", "Kingsoft"), E("Company", "Shunwei Capital"),
           E("Organization", "National People's Congress"), E("Location", "People's Republic of China", "China"),
           E("Company", "Forbes"), E("Location", "Xiantao"), E("Location", "Hubei"),
           E("Organization", "Hubei Provincial Mianyang High School"), E("Organization", "Wuhan University"),
           E("Company", "Hong Kong Stock Exchange"), E("Company", "joyo.com"), E("Company", "Amazon.com"),
           E("Company", "YY"), E("Company", "UCWeb")],
 # 'the founder, chairman, and CEO of ... Xiaomi' -> three posts, current; 'the chairman of Kingsoft and Shunwei
 # Capital' -> chairman of each, current; 'He became the CEO of the company in 1998 ... he resigned as president and
 # CEO of Kingsoft' -> ceo and president, not current (his current chairmanship is its own post); 'joined Kingsoft as
 # an engineer' -> no role; 'Lei founded joyo.com' -> founder; 'he became a chairman of UCWeb' -> chairman, current
 # (no end told); 'a deputy to the National People's Congress' (a legislator) -> no role
 roles=[R(LJ, "founder", "Xiaomi"), R(LJ, "chairman", "Xiaomi"), R(LJ, "ceo", "Xiaomi"), R(LJ, "chairman", "Kingsoft"),
        R(LJ, "chairman", "Shunwei Capital"), R(LJ, "ceo", "Kingsoft", False), R(LJ, "president", "Kingsoft", False),
        R(LJ, "founder", "joyo.com"), R(LJ, "chairman", "UCWeb")],
 # 'joyo.com ..., which he sold for US$75 million to Amazon.com in 2004' -> a completed sale: acquired +
 # parentOrganization; 'a $1 million investment in YY' (a stake, no control) -> nothing
 relations=acq("Amazon.com", "joyo.com"),
 outages=[],
 # published null; '16 December 1969' twice -> one item; '2007' and '20 December 2007' -> two items
 dates=[D("16 December 1969", "1969-12-16"), D("2013", "2013"), D("May 2025", "2025-05"), D("1987", "1987"),
        D("1991", "1991"), D("1992", "1992"), D("1998", "1998"), D("2007", "2007"),
        D("20 December 2007", "2007-12-20"), D("2000", "2000"), D("2004", "2004"), D("2005", "2005"),
        D("2012", "2012"), D("2008", "2008")])

HC = "Ho Ching"
TH = "Temasek Holdings"
A["wp-ho-ching"] = dict(
 # 'Ho' -> alias; Forbes -> Company; the schools -> Organization; 'Singaporean' -> nothing; 'Student of the Year'
 # (an award) -> nothing
 entities=[E("Person", HC, "Ho"), E("Company", TH), E("Location", "Singapore"), E("Person", "Lee Hsien Loong"),
           E("Person", "Goh Chok Tong"), E("Company", "Forbes"), E("Organization", "Crescent Girls' School"),
           E("Organization", "National Junior College")],
 # 'the chief executive officer of Temasek Holdings (since 2004)' -> ceo, current; 'joined Temasek Holdings as a
 # director in January 2002, then became its executive director in May 2002, and was appointed chief executive
 # officer' -> director (both posts map to director: one item), not current (promoted; doubtful: an executive
 # director often stays on the board); 'the current prime minister of Singapore, Lee Hsien Loong' -> minister of
 # Singapore, current; 'then Prime Minister and Emeritus Senior Minister Goh Chok Tong' -> minister of Singapore, not
 # current ('then'; the two posts map to one item)
 roles=[R(HC, "ceo", TH), R(HC, "director", TH, False), R("Lee Hsien Loong", "minister", "Singapore"),
        R("Goh Chok Tong", "minister", "Singapore", False)],
 relations=[],
 outages=[],
 # published null; '27 March 1953' twice -> one item; '2004' and '1 January 2004' -> two items
 dates=[D("27 March 1953", "1953-03-27"), D("2004", "2004"), D("January 2002", "2002-01"), D("May 2002", "2002-05"),
        D("1 January 2004", "2004-01-01"), D("2020", "2020")])

# ---- Africa --------------------------------------------------------------------------------------------------------
AD = "Aliko Mohammad Dangote"
A["wp-aliko-dangote"] = dict(
 # 'Dangote' -> alias; 'the Dangote Group' / 'Dangote Group' -> one Company; 'Dangote Refinery' (his 'key roles in
 # Dangote Group and Dangote Refinery': a business here, not a site) -> Company (doubtful: a refinery is a facility);
 # 'Dangote Sugar Refinery' ('one of the largest sugar producers') -> Company; 'Nigeria' / 'British Nigeria' (its
 # colonial name) -> one Location; Lafarge -> Company; 'Time magazine' -> Company 'Time'; Forbes -> Company;
 # 'Bloomberg Billionaires Index' (a list) and 'the Grand Commander of the Order of the Niger' (an award) -> nothing;
 # 'the economic management team' (lower case) -> nothing; 'His name "Aliko"' (the word, not a mention of him) -> no
 # alias; 'Nigerian', 'French', 'Hausa', 'Black' -> nothing
 entities=[E("Person", AD, "Dangote"), E("Company", "Dangote Group"), E("Company", "Dangote Refinery"),
           E("Person", "Goodluck Jonathan"), E("Company", "Forbes"), E("Company", "Dangote Nigeria Limited"),
           E("Company", "Blue Star Services"), E("Company", "Dangote Cement"), E("Company", "Lafarge"),
           E("Company", "Dangote Sugar Refinery"), E("Location", "Nigeria", "British Nigeria"),
           E("Location", "Africa"), E("Company", "Time"), E("Location", "Kano"), E("Location", "Kano State"),
           E("Person", "Sanusi Dantata")],
 # 'Dangote founded the Dangote Group', 'he founded Dangote Nigeria Limited and Blue Star Services', 'Dangote founded
 # Dangote Cement' -> founder of each, current; 'his key roles in Dangote Group and Dangote Refinery' -> no title ->
 # no role; 'President Goodluck Jonathan' (Nigeria named on its own) -> president of Nigeria, current (no end told;
 # doubtful: a reader knows he left office in 2015, the text does not say so); 'member of the economic management
 # team' -> no role
 roles=[R(AD, "founder", "Dangote Group"), R(AD, "founder", "Dangote Nigeria Limited"),
        R(AD, "founder", "Blue Star Services"), R(AD, "founder", "Dangote Cement"),
        R("Goodluck Jonathan", "president", "Nigeria")],
 # no ownership stated between the Dangote companies; Lafarge a competitor -> nothing
 relations=[],
 outages=[],
 # published null; '10 April 1957' twice and '2011' twice -> one item each
 dates=[D("10 April 1957", "1957-04-10"), D("2011", "2011"), D("January 2026", "2026-01"), D("1977", "1977"),
        D("1981", "1981"), D("2023", "2023"), D("2014", "2014")])

IDS = sorted(A)

# ---- part 2: written from the texts alone after part 1's first look, before newskg ran on these texts; its own split
# cycle (test, train, dev, train over its sorted ids), so part 1's files do not move -------------------------------
A2 = {}
CT = "Chey Tae-won"
SK = "SK Group"
A2["wp-chey-tae-won"] = dict(
 # 'Anthony Chey' and 'Chey' (alone always Tae-won; his father is named in full) -> aliases; 'SK Group' / 'Sunkyung
 # Group (now SK Group)' -> one Company with its former name; 'SK Inc.' (its holding company), 'SK Corp.', 'SK
 # America', SK Telecom, SK Hynix, SK Innovation, Samsung Electronics, Intel, TSMC -> Company; 'South Korea' /
 # "Korea's" -> one Location; 'Korea Chamber of Commerce and Industry' / 'KCCI' -> Organization; universities ->
 # Organization; 'USA' -> Location; 'Korean' -> nothing
 entities=[E("Person", CT, "Anthony Chey", "Chey"), E("Company", SK, "Sunkyung Group"), E("Company", "SK Telecom"),
           E("Company", "SK Hynix"), E("Company", "SK Innovation"), E("Company", "SK Inc."),
           E("Company", "Samsung Electronics"), E("Company", "Intel"), E("Company", "TSMC"),
           E("Location", "South Korea", "Korea"),
           E("Organization", "Korea Chamber of Commerce and Industry", "KCCI"), E("Location", "Suwon"),
           E("Location", "Gyeonggi Province"), E("Person", "Chey Jong-hyun"), E("Organization", "Korea University"),
           E("Organization", "University of Chicago"), E("Location", "USA"), E("Company", "SK Corp."),
           E("Company", "SK America")],
 # 'He is the chairman of SK Group' -> chairman, current; 'has served as Chairman of the Korea Chamber of Commerce and
 # Industry(KCCI) since March 2021' -> chairman, current; 'Chey Jong-hyun, chairman of Sunkyung Group (now SK Group)'
 # -> chairman of SK Group, not current (his son holds the chair now; a careful reader's conclusion, doubtful: the
 # text's sentence on his death is cut); 'joined SK Corp. as a manager' -> executive, 'executive director of SK
 # America, executive director of SK Corp.' -> director of each, 'vice president of SK Corp.' -> vice-president: all
 # not current (posts before his chairmanship, told as a career path)
 roles=[R(CT, "chairman", SK), R(CT, "chairman", "Korea Chamber of Commerce and Industry"),
        R("Chey Jong-hyun", "chairman", SK, False), R(CT, "executive", "SK Corp.", False),
        R(CT, "director", "SK America", False), R(CT, "director", "SK Corp.", False),
        R(CT, "vice-president", "SK Corp.", False)],
 # 'SK Group has 186 subsidiaries including SK Telecom, SK Hynix, and SK Innovation through SK Inc.' ->
 # parentOrganization SK Group for each (the group named as their parent; doubtful: SK Inc. holds them); 'SK Inc.,
 # holding company of SK Group' -> nothing (a group and its holding company); 'the group's SK Hynix merger deal' (no
 # buyer told) -> nothing
 relations=[L("SK Telecom", "parentOrganization", SK), L("SK Hynix", "parentOrganization", SK),
            L("SK Innovation", "parentOrganization", SK)],
 outages=[],
 # published null; 'December 3, 1960' twice -> one item
 dates=[D("December 3, 1960", "1960-12-03"), D("June 2021", "2021-06"), D("March 2021", "2021-03")])

DM = "Dong Mingzhu"
GE = "Gree Electric"
A2["wp-dong-mingzhu"] = dict(
 # 'Dong' -> alias; 'Gree Electric' / 'Gree' -> one Company; 'Haley (Gree Electric's predecessor)' -> its own Company
 # (a predecessor, not said to be a former name; doubtful); 'the New York Times', 'Fortune' -> Company; 'China' (three
 # times), provinces and cities -> Locations; 'a specialized institute in Wuhu', 'local government chemistry
 # laboratory' -> no name; 'Chinese' -> nothing
 entities=[E("Person", DM, "Dong"), E("Company", GE, "Gree"), E("Location", "Nanjing"), E("Location", "China"),
           E("Location", "Jiangsu"), E("Location", "Wuhu"), E("Location", "Anhui"), E("Location", "Shenzhen"),
           E("Location", "Guangdong"), E("Location", "Zhuhai"), E("Company", "Haley"), E("Person", "Zhu Jianghong"),
           E("Company", "New York Times"), E("Company", "Fortune"), E("Company", "Yinlong")],
 # 'serves as Chairwoman and President of Gree Electric' -> chairman and president, current; 'By 1994, she was become
 # the company's head of sales; by 1996, its deputy president' -> executive (head of a function) and vice-president
 # (a deputy president; doubtful: or executive), not current (she moved up); a salesperson -> no role; 'Zhu Jianghong,
 # Gree's first general manager, now chairman of the board' -> executive ('general manager' -> manager), not current
 # ('first'); chairman, not current (the quotation's 'now' is overtaken by Dong's chair 'by 2012'; a careful reader's
 # conclusion, doubtful)
 roles=[R(DM, "chairman", GE), R(DM, "president", GE), R(DM, "executive", GE, False),
        R(DM, "vice-president", GE, False), R("Zhu Jianghong", "executive", GE, False),
        R("Zhu Jianghong", "chairman", GE, False)],
 # 'Gree Electric ... acquired electric car maker Yinlong in March 2016' -> acquired + parentOrganization; Haley as
 # predecessor -> nothing
 relations=acq(GE, "Yinlong"),
 outages=[],
 # published null; 'August 1954' twice -> one item; '15 years', 'four years', 'at age 36' (durations, ages) left out;
 # 'the first three quarters of 2010' -> the year
 dates=[D("August 1954", "1954-08"), D("1975", "1975"), D("1990", "1990"), D("1994", "1994"), D("1996", "1996"),
        D("2001", "2001"), D("2012", "2012"), D("2010", "2010"), D("March 2016", "2016-03")])

IDS2 = sorted(A2)

if __name__ == "__main__":
    b10.main_parts(sys.argv, (IDS, A), (IDS2, A2))
