#!/usr/bin/env python3
"""Batch 30a gold annotations (the eight texts of batch30a.py, two parts: six, then Galen Weston Jr. and Koo Bon-moo), written from each text alone before newskg
was run on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev,
train (the batch's own cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Wikipedia texts have
`published` null: only absolute dates (GUIDELINES.md, Dates; relative ones such as 'two years later', 'for around 30
years', 'May 29 each year' and decades such as 'the 1880s', 'the 1950s and '60s' left out, as batches 28a and 29a).
Conventions as batches 27a, 27e, 28a and 29a (GUIDELINES.md part 2): a post the text ends ('past Chair', 'until
1995', 'was the president', 'was chairman', 'from 1992-2001', 'then-') -> current false; a post a person moved on
from, told by a later post ('and later became', 'subsequently') -> current false; posts told with no end -> current
true; 'founded', 'started' -> founder (current true, the convention), 'co-founded', 'founded by X and his junior
partner Y' -> cofounder; 'Chair' -> chairman; 'group managing director', 'managing director' -> director;
'executive vice chairman' -> executive (as 'vice chairman'); 'Head of the ... Department' -> head; 'financial
controller' -> executive (doubtful); junior posts (executive secretary, office assistant, caseworker, auditor),
investors, owners, trustees, professional-body members and commission members -> no role; heads of state and
government -> president / minister with the country as org; subsidiaries and assets the text names as a company's
-> parentOrganization; completed takeovers ('acquired') -> acquired and parentOrganization; a majority stake sold
-> acquired and parentOrganization for the buyer, parentOrganization for the seller's past ownership (doubtful);
talks called off -> nothing.
usage: batch30a_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- Africa --------------------------------------------------------------------------------------------------------
FA = "Folorunso Alakija"
ROS = "The Rose of Sharon Group"
FAMFA = "Famfa Oil Limited"
A["wp-folorunso-alakija"] = dict(
 # 'Chief' (a title) not part of the name; 'Alakija', 'Folorunso' ('Folorunso's mother') -> aliases; 'Famfa
 # Limited' ('Alakija's company') -> alias of Famfa Oil Limited (doubtful: two forms of the name); 'Supreme
 # Stitches, renamed in 1996 as The Rose of Sharon House of Fashion' -> one Company (a fashion label she started),
 # not the same as The Rose of Sharon Group (the text does not tie them); 'FADAN' -> alias; schools and colleges ->
 # Organization; the Agbami Field (a named oil field) -> Location; departments ('Corporate Affairs Department',
 # 'Treasury Department'), 'Yoruba', 'south-western Nigeria' -> nothing
 entities=[E("Person", FA, "Alakija", "Folorunso"), E("Company", ROS), E("Company", FAMFA, "Famfa Limited"),
           E("Location", "Nigeria"), E("Person", "L.A. Ogbara"), E("Location", "United Kingdom"),
           E("Organization", "Muslim High School"), E("Location", "Shagamu"), E("Location", "England"),
           E("Organization", "Pitman's Central College"), E("Location", "London"), E("Company", "Sijuade Enterprises"),
           E("Location", "Lagos"), E("Company", "First National Bank of Chicago"),
           E("Company", "International Merchant Bank of Nigeria"), E("Organization", "American College"),
           E("Organization", "Central School of Fashion"),
           E("Company", "Supreme Stitches", "The Rose of Sharon House of Fashion"),
           E("Organization", "Fashion Designers Association of Nigeria", "FADAN"), E("Location", "Agbami Field")],
 # 'currently the group managing director of The Rose of Sharon Group' -> director, current; 'serves as executive
 # vice chairman of Famfa Oil Limited' -> executive, current; 'the Head of the Corporate Affairs Department of the
 # International Merchant Bank of Nigeria, and later became the Office Assistant' -> head at the bank, not current;
 # 'started a fashion label called Supreme Stitches' -> founder, current (the convention); 'She was the president
 # ... of the Fashion Designers Association of Nigeria' -> president, not current ('lifelong trustee' -> no role);
 # executive secretary posts, office assistant -> no role (junior); the father 'Chief' -> no role
 roles=[R(FA, "director", ROS), R(FA, "executive", FAMFA), R(FA, "head", "International Merchant Bank of Nigeria", False),
        R(FA, "founder", "Supreme Stitches"), R(FA, "president", "Fashion Designers Association of Nigeria", False)],
 # 'the former First National Bank of Chicago' (a former name, no successor named) -> nothing; the licence granted
 # to Famfa -> nothing
 relations=[],
 outages=[],
 # published null; '12-year' and 'At the age of ten' left out
 dates=[D("15 July 1951", "1951-07-15"), D("1974", "1974"), D("1996", "1996"), D("May 1993", "1993-05")])

# ---- Americas ------------------------------------------------------------------------------------------------------
HR = "Heather Maxine Reisman"
IND = "Indigo Books and Music"
KOBO = "Kobo Inc."
PAR = "Paradigm Consulting"
A["wp-heather-reisman"] = dict(
 # 'OC' (an honour) not part of the name; 'Reisman' -> alias; 'Indigo' -> alias of Indigo Books and Music; 'Kobo'
 # -> alias of Kobo Inc.; 'Borders' -> alias of Borders Group; 'her brother Howard' -> Person; 'Heather's Picks'
 # (a recommendation programme), 'Officer of the Order of Canada' (an honour), 'Jewish' -> nothing
 entities=[E("Person", HR, "Reisman"), E("Company", IND, "Indigo"), E("Company", KOBO, "Kobo"), E("Location", "Canada"),
           E("Location", "Montreal"), E("Location", "Quebec"), E("Organization", "McGill University"),
           E("Person", "Howard"), E("Company", PAR), E("Company", "Borders Group", "Borders"), E("Company", "Chapters"),
           E("Company", "Rakuten")],
 # 'the founder and chief executive of ... Indigo Books and Music' -> founder and ceo, current ('Reisman founded a
 # company called Indigo Books and Music' the same founding); 'the co-founder and past Chair of Kobo' and 'co-founded
 # Kobo Inc.' -> cofounder (current, the convention) and chairman, not current ('past'); 'co-founded Paradigm
 # Consulting and served as the managing director ... until 1995' -> cofounder (current, the convention) and
 # director, not current; 'front-line investor' for Borders, caseworker -> no role
 roles=[R(HR, "founder", IND), R(HR, "ceo", IND), R(HR, "cofounder", KOBO), R(HR, "chairman", KOBO, False),
        R(HR, "cofounder", PAR), R(HR, "director", PAR, False)],
 # 'Indigo Books and Music acquired its main rival, Chapters' -> acquired and parentOrganization (doubtful: 'to
 # form the largest book retailer' read as a takeover, not a merger away); 'sold Indigo's majority stake in Kobo to
 # ... Rakuten' -> Rakuten acquired Kobo (a majority, control) and Kobo as Rakuten's, and Kobo as Indigo's (past
 # ownership is recorded) (doubtful all three: a stake sale, though a majority)
 relations=[L(IND, "acquired", "Chapters"), L("Chapters", "parentOrganization", IND), L(KOBO, "parentOrganization", IND),
            L("Rakuten", "acquired", KOBO), L(KOBO, "parentOrganization", "Rakuten")],
 outages=[],
 # published null; 'two years later' left out
 dates=[D("August 28, 1948", "1948-08-28"), D("2019", "2019"), D("1948", "1948"), D("1979", "1979"), D("1995", "1995"),
        D("2001", "2001"), D("2009", "2009"), D("1998", "1998")])

AF = "María Amalia Sara Lacroze Reyes Oribe de Fortabat Pourtale"
A["wp-amalia-lacroze-de-fortabat"] = dict(
 # the fullest name (second paragraph) as name, 'María Amalia Lacroze de Fortabat', 'Amalia' ('as she was known')
 # and 'Mrs. Fortabat' as aliases; her parents, grandfather, husbands, daughter and the two presidents -> Person
 # each; 'Teatro Colón' (a theatre, a named site) -> Location; Loma Negra -> Company; 'Argentine', 'the industrialist'
 # -> nothing
 entities=[E("Person", AF, "María Amalia Lacroze de Fortabat", "Amalia", "Mrs. Fortabat"), E("Person", "Amalia Reyes"),
           E("Person", "Daniel Lacroze"), E("Person", "Federico Lacroze"), E("Location", "Buenos Aires"),
           E("Location", "Uruguay"), E("Person", "Manuel Oribe"), E("Location", "Paris"), E("Location", "Argentina"),
           E("Person", "Hernán de Lafuente"), E("Person", "María Inés"), E("Person", "Alfredo Fortabat"),
           E("Location", "Teatro Colón"), E("Person", "Juan Perón"), E("Company", "Loma Negra")],
 # 'Founded by Alfredo Fortabat in 1926, Loma Negra' -> founder, current (the convention); 'President Juan Perón'
 # -> president of Argentina, current (the text says no 'former'; doubtful, a 1951 act); 'Uruguay's second
 # president, Manuel Oribe' -> president of Uruguay, current by the same letter (doubtful: a nineteenth-century
 # president); 'an Argentine executive' names no organisation -> no role (her posts at Loma Negra are in the
 # sentence cut)
 roles=[R("Alfredo Fortabat", "founder", "Loma Negra"), R("Juan Perón", "president", "Argentina"),
        R("Manuel Oribe", "president", "Uruguay")],
 relations=[],
 outages=[],
 # published null; 'the 1880s', 'the 1950s and '60s' (decades) left out; '1921' alone and inside 'August 15, 1921'
 # -> two items (as batch 29a)
 dates=[D("August 15, 1921", "1921-08-15"), D("February 18, 2012", "2012-02-18"), D("1921", "1921"), D("1942", "1942"),
        D("1943", "1943"), D("1947", "1947"), D("1951", "1951"), D("1926", "1926")])

# ---- Europe --------------------------------------------------------------------------------------------------------
JW = "Jacob Wallenberg"
A["wp-jacob-wallenberg-1892"] = dict(
 # 'Juju' (a nickname) and 'Wallenberg' alone (always Jacob in this text) -> aliases; his father, mother ('Amalia
 # (née Hagdahl)', 'the matriarch Amalia') and brother -> Person each, the maiden name 'Hagdahl' an alias of Amalia (as batch 29a's 'Krishnamurthy'; added in
 # the post-annotation check, a slip of the first pass); Malmvik Estate and the house at Strandvägen 27
 # (named sites) -> Location (doubtful for the address); the naval academy, the navy and the school -> Organization;
 # 'the Swedish governmental commission for trade with Germany' (a description, no name) -> nothing
 entities=[E("Person", JW, "Juju", "Wallenberg"), E("Company", "Stockholms Enskilda Bank"),
           E("Company", "Stora Kopparbergs Bergslag"), E("Company", "Orkla Mining Company"), E("Location", "Germany"),
           E("Location", "Stockholm"), E("Location", "Sweden"), E("Person", "Marcus Wallenberg Sr."), E("Person", "Amalia", "Hagdahl"),
           E("Person", "Marcus Wallenberg Jr."), E("Location", "Östermalm"), E("Location", "Malmvik Estate"),
           E("Location", "Lovön"), E("Location", "Strandvägen 27"), E("Organization", "Royal Swedish Naval Academy"),
           E("Organization", "Swedish Navy"), E("Organization", "Stockholm School of Economics")],
 # 'He was also chairman of the board of several companies, including Stora Kopparbergs Bergslag and Orkla Mining
 # Company' -> chairman at each, not current ('was', a man who died in 1980); 'held various central positions in
 # Stockholms Enskilda Bank' names no title -> no role (doubtful); commission member, naval officer, sub-lieutenant
 # -> no role
 roles=[R(JW, "chairman", "Stora Kopparbergs Bergslag", False), R(JW, "chairman", "Orkla Mining Company", False)],
 relations=[],
 outages=[],
 # published null; 'May 29 each year' (a yearly day) and '30 year old' left out
 dates=[D("27 September 1892", "1892-09-27"), D("1 August 1980", "1980-08-01"), D("1934", "1934"), D("1944", "1944"),
        D("1912", "1912"), D("1920", "1920"), D("1914", "1914")])

# ---- Asia ----------------------------------------------------------------------------------------------------------
TF = "Anthony Francis Fernandes"
A["wp-tony-fernandes"] = dict(
 # 'CBE' (an honour) not part of the name; 'Tony Fernandes', 'Fernandes', 'Tony' -> aliases; 'Tun Dr.' (titles) not
 # part of Mahathir Mohamad's name; AirAsia ('a ... commercial airline', 'public-listed company') -> Company;
 # Tupperware ('Tupperware dealer parties', the business) -> Company (doubtful); 'ACCA' -> alias; 'Goan',
 # 'Kristang', 'Malaysians', 'nasyid', 'dangdut' -> nothing
 entities=[E("Person", TF, "Tony Fernandes", "Fernandes", "Tony"), E("Company", "Tune Air Sdn. Bhd."), E("Company", "AirAsia"),
           E("Company", "Tune Group"), E("Person", "Mahathir Mohamad"), E("Location", "Malaysia"), E("Location", "Thailand"),
           E("Location", "Indonesia"), E("Location", "Singapore"), E("Location", "Kuala Lumpur"),
           E("Person", "Ena Dorothy Fernandez"), E("Company", "Tupperware"), E("Organization", "Epsom College"),
           E("Organization", "London School of Economics"), E("Company", "Virgin Atlantic"), E("Person", "Richard Branson"),
           E("Company", "Virgin Records"), E("Location", "London"),
           E("Organization", "Association of Chartered Certified Accountants", "ACCA"),
           E("Company", "Warner Music (Malaysia) Sdn Bhd"), E("Company", "Warner Music Group")],
 # 'the founder of Tune Air Sdn. Bhd.' and 'has since founded the Tune Group of companies' -> founder at each,
 # current; 'the financial controller for Richard Branson's Virgin Records ... from 1987 to 1989' -> executive, not
 # current (doubtful title); 'the youngest managing director of Warner Music (Malaysia) Sdn Bhd', then 'subsequently
 # became the South East Asian regional vice-president for Warner Music Group from 1992-2001' -> director, not
 # current (moved on), and vice-president, not current (an end year); 'the then-Malaysian Prime Minister, Tun Dr.
 # Mahathir Mohamad' -> minister of Malaysia, not current ('then-'); auditor, ACCA member and fellow -> no role;
 # Branson's ownership -> no role; AirAsia ('turning AirAsia ... into a ... company') -> no title, no role
 roles=[R(TF, "founder", "Tune Air Sdn. Bhd."), R(TF, "founder", "Tune Group"), R(TF, "executive", "Virgin Records", False),
        R(TF, "director", "Warner Music (Malaysia) Sdn Bhd", False), R(TF, "vice-president", "Warner Music Group", False),
        R("Mahathir Mohamad", "minister", "Malaysia", False)],
 # Warner Music (Malaysia) and Warner Music Group: the text does not tie them (as batch 29a's Sony companies) ->
 # nothing; landing rights granted by nations -> nothing
 relations=[],
 outages=[],
 # published null; 'mid-2003' -> the year; '1977-83' -> '1977' only (the surface '83' is no full year); 'from
 # 1992-2001' -> '1992' and '2001'; '1987' twice with one value -> one item
 dates=[D("30 April 1964", "1964-04-30"), D("mid-2003", "2003"), D("1977", "1977"), D("1987", "1987"), D("1989", "1989"),
        D("1991", "1991"), D("1996", "1996"), D("1992", "1992"), D("2001", "2001")])

SG = "Salim Group"
A["wp-salim-group"] = dict(
 # 'The Salim Group', 'Salim Group', 'the group' -> one Company (name without the article); 'Indofood' -> alias of
 # Indofood Sukses Makmur; Indomaret (a store chain, the business) -> Company; 'Lin Wenjing' -> alias of Sutanto
 # Djuhar; Kolkata West International City (a named development) -> Location (doubtful); 'the Salim family' ->
 # nothing; 'Salim' alone does not occur
 entities=[E("Company", SG), E("Location", "Indonesia"), E("Company", "Indofood Sukses Makmur", "Indofood"),
           E("Company", "Indomobil Group"), E("Company", "Indomaret"), E("Company", "Bogasari"), E("Person", "Sudono Salim"),
           E("Person", "Sutanto Djuhar", "Lin Wenjing"), E("Person", "Anthoni Salim"), E("Person", "Suharto"),
           E("Location", "Singapore"), E("Company", "San Miguel Corporation"), E("Location", "Philippines"),
           E("Location", "West Bengal"), E("Location", "India"), E("Location", "Kolkata West International City")],
 # 'The group was founded ... by Sudono Salim and his junior partner Sutanto Djuhar' -> cofounder, both, current (the
 # convention, as batch 29a's 'the pair ... creating'); 'The current CEO is Anthoni Salim' -> ceo, current;
 # 'dictator Suharto, who ruled Indonesia for 31 years' (his 'downfall' in 1998) -> president of Indonesia, not
 # current (doubtful: the title is not written)
 roles=[R("Sudono Salim", "cofounder", SG), R("Sutanto Djuhar", "cofounder", SG), R("Anthoni Salim", "ceo", SG),
        R("Suharto", "president", "Indonesia", False)],
 # 'Its assets include Indofood Sukses Makmur ...; Indomobil Group ...; Indomaret ...; and Bogasari' ->
 # parentOrganization of the Salim Group, each; 'called off talks to sell a stake in Indofood to San Miguel' ->
 # nothing
 relations=[L("Indofood Sukses Makmur", "parentOrganization", SG), L("Indomobil Group", "parentOrganization", SG),
            L("Indomaret", "parentOrganization", SG), L("Bogasari", "parentOrganization", SG)],
 outages=[],
 # published null; 'for around 30 years', 'for 31 years' left out
 dates=[D("October 1972", "1972-10"), D("May 1998", "1998-05"), D("1999", "1999")])

IDS = sorted(A)

# ---- part 2 (own split cycle: its sorted ids dealt along test, train, dev, train) ---------------------------------
A2 = {}
GW = "Willard Galen Garfield Weston"
GWL = "George Weston Limited"
LCL = "Loblaw Companies Limited"
A2["wp-galen-weston-jr"] = dict(
 # 'Galen Weston Jr.', 'Galen G. Weston', 'Weston' (always the son in this text: 'Weston's father'), 'Galen' ('two
 # children, Alannah and Galen') -> aliases (doubtful for 'Galen'); his father 'Galen Weston' -> a Person of his own;
 # 'Hilary Frayne' -> alias of Hilary Weston; 'Loblaw' -> alias of Loblaw Companies Limited; 'the Weston family',
 # 'The Westons', 'Irish-Canadian' -> nothing
 entities=[E("Person", GW, "Galen Weston Jr.", "Galen G. Weston", "Weston", "Galen"), E("Company", GWL),
           E("Company", LCL, "Loblaw"), E("Person", "Galen Weston"), E("Person", "Hilary Weston", "Hilary Frayne"),
           E("Location", "Dublin"), E("Location", "Ireland"), E("Person", "Alannah"), E("Location", "Canada"),
           E("Location", "Toronto"), E("Location", "Ontario"), E("Organization", "Upper Canada College"),
           E("Organization", "Harvard University"), E("Organization", "Columbia University"), E("Person", "Dave Nichol"),
           E("Company", "Wittington Investments, Limited")],
 # 'chairman and chief executive officer (CEO) of George Weston Limited' -> chairman and ceo, current; 'chairman
 # and former president of Loblaw Companies Limited' -> chairman, current, and president, not current; 'succeeded his
 # father to become the executive chairman of Loblaw' -> the father chairman of Loblaw, not current; 'Previously ...
 # was a member of its board of directors' -> director at Loblaw, not current; 'took over from his father as CEO of
 # George Weston Limited' -> the father ceo, not current; 'Dave Nichol who had been the spokesman for Loblaw in the
 # 1980s' -> spokesperson, not current; controlling shareholders (son and father, of Wittington) -> no role
 roles=[R(GW, "chairman", GWL), R(GW, "ceo", GWL), R(GW, "chairman", LCL), R(GW, "president", LCL, False),
        R("Galen Weston", "chairman", LCL, False), R(GW, "director", LCL, False), R("Galen Weston", "ceo", GWL, False),
        R("Dave Nichol", "spokesperson", LCL, False)],
 # 'Wittington Investments, Limited, which controls George Weston Limited' -> parentOrganization; Loblaw and George
 # Weston Limited: the text does not tie them -> nothing
 relations=[L(GWL, "parentOrganization", "Wittington Investments, Limited")],
 outages=[],
 # published null; 'the 1960s', 'the 1980s' (decades) and 'for eight years' left out
 dates=[D("December 19, 1972", "1972-12-19"), D("1966", "1966"), D("1974", "1974"), D("October 2006", "2006-10"),
        D("September 2016", "2016-09"), D("December 2020", "2020-12")])

KB = "Koo Bon-moo"
A2["wp-koo-bon-moo"] = dict(
 # 'Koo' alone (always Koo Bon-moo here) -> alias; 'LG' ('LG's founder') -> alias of LG Group; 'Lucky Chemical,
 # which later became LG Chem' -> one Company, the later name an alias; GoldStar -> Company; 'the company's Tokyo
 # office' -> GoldStar's (no entity for the office); Korea, Empire of Japan, South Gyeongsang Province, South Korea,
 # Ohio, Tokyo -> Location; 'the Koo family' -> nothing
 entities=[E("Person", KB, "Koo"), E("Company", "LG Group", "LG"), E("Location", "Jinju"), E("Location", "Korea"),
           E("Location", "Empire of Japan"), E("Location", "South Gyeongsang Province"), E("Location", "South Korea"),
           E("Organization", "Yonsei University"), E("Location", "Ohio"), E("Organization", "Ashland University"),
           E("Organization", "Cleveland State University"), E("Company", "Lucky Chemical", "LG Chem"),
           E("Company", "GoldStar"), E("Location", "Tokyo"), E("Person", "Koo Cha-kyung"), E("Person", "Koo In-hwoi")],
 # 'In 1995, Koo succeeded his father Koo Cha-kyung ... as chairman of LG Group' -> chairman for both, the father's
 # not current (succeeded), the son's not current (the text gives his death in 2018 and 'was'; doubtful: the
 # sentence itself gives no end); 'LG's founder Koo In-hwoi' -> founder of LG Group, current (the convention); 'from
 # 1983 to 1985, headed the company's Tokyo office' -> head at GoldStar, not current; 'the renamer and business
 # executive of the LG Group' -> no separate executive item beside the chair (doubtful); 'began working for Lucky
 # Chemical' -> no title, no role
 roles=[R(KB, "chairman", "LG Group", False), R("Koo Cha-kyung", "chairman", "LG Group", False),
        R("Koo In-hwoi", "founder", "LG Group"), R(KB, "head", "GoldStar", False)],
 # Lucky Chemical / LG Chem and GoldStar are not tied to LG Group by the text -> nothing
 relations=[],
 outages=[],
 # published null; '10 February 1945' twice, one value -> one item
 dates=[D("10 February 1945", "1945-02-10"), D("20 May 2018", "2018-05-20"), D("1975", "1975"), D("1980", "1980"),
        D("1983", "1983"), D("1985", "1985"), D("1995", "1995")])

IDS2 = sorted(A2)

if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A), (IDS2, A2))
