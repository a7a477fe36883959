#!/usr/bin/env python3
"""Batch 32a gold annotations (the eight texts of batch32a.py, executives with finance and operating posts beside
chief executives and founders, one part), written from each text alone; newskg (or any extractor) was not run on
them (the first seven before the eighth, wp-laura-cha, was found; it was annotated on its own after them). Split
rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(batch10_annotate.write_parts, one part). Wikipedia texts have `published` null: only absolute dates (GUIDELINES.md,
Dates); decades ('the 1980s'), spans ('27 years', 'ten years', 'five months') and ages left out; both years of a
range such as '(1987\u20131988)' listed, each an absolute year.
Conventions as batches 27a-31h (GUIDELINES.md part 2): a post the text ends or gives as past ('former', 'previous
roles', 'In the past', 'In his former function', 'then head', 'from 1995 to 1998', 'From April 2001 to September
2004', 'succeeded X as', 'will replace X') -> current false; a post a person moved on from, told by a later post ->
current false; posts told with no end ('is', 'Since 2009', 'since 2012', 'has had a role') -> current true, also a
post 'it was announced' the person 'will become'; 'founded' -> founder (current, the convention); 'chief financial
officer' -> cfo, 'chief operating officer' / 'COO' -> coo, 'CIO' and 'Chief Strategy Officer' -> executive,
'deputy chair' -> executive (vice chair), 'chair of the executive board' -> chairman, 'chairperson' -> chairman,
'managing director' -> director, board membership -> director (with the chair when both are named), '(Executive)
Vice President' -> vice-president, a unit's president -> president at the company; mayors, staff posts
(salesperson, cost analyst, physician, engineer), committee seats and posts with no title -> no role.
usage: batch32a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- Asia ----------------------------------------------------------------------------------------------------------
MW = "Meng Wanzhou"
A["wp-meng-wanzhou"] = dict(
 # the Chinese script, the two English names and the nickname 'Princess of Huawei' -> aliases (as batch 31a's
 # 'Twiggy' and 31h's native-script forms; the nickname doubtful); 'Meng' alone -> alias; 'the U.S. Department of
 # Justice' / 'the Department of Justice' -> one Organization; Vancouver International Airport -> Location (an
 # airport, GUIDELINES); 'U.S.' in 'transactions in U.S.' -> Location (the adjectival 'U.S sanctions', 'U.S. law'
 # are no further forms); 'a subsidiary' (unnamed) -> nothing; HSBC -> Company
 entities=[E("Person", MW, "\u5b5f\u665a\u821f", "Cathy Meng", "Sabrina Meng", "Princess of Huawei", "Meng"),
           E("Location", "China"), E("Company", "Huawei"), E("Person", "Ren Zhengfei"),
           E("Location", "Vancouver International Airport"),
           E("Organization", "U.S. Department of Justice", "Department of Justice"), E("Location", "Iran"),
           E("Location", "U.S."), E("Company", "HSBC")],
 # 'is ... the deputy chair of the board and chief financial officer (CFO) of ... Huawei' -> executive (a deputy
 # chair, as GUIDELINES' vice chairman) and cfo, both current (the text of late 2021 gives no end); 'Huawei,
 # founded by her father Ren Zhengfei' -> founder, current (the convention)
 roles=[R(MW, "executive", "Huawei"), R(MW, "cfo", "Huawei"), R("Ren Zhengfei", "founder", "Huawei")],
 # 'employing a subsidiary' names no subsidiary -> nothing; transactions through HSBC (a bank's customer in a
 # charge, no stated business relationship between named organisations) -> nothing
 relations=[],
 outages=[],
 # published null; every date absolute
 dates=[D("13 February 1972", "1972-02-13"), D("1 December 2018", "2018-12-01"),
        D("28 January 2019", "2019-01-28"), D("24 September 2021", "2021-09-24"),
        D("21 December 2022", "2022-12-21")])

TG = "Terry Gou"
HH = "Hon Hai Precision"
A["wp-terry-gou"] = dict(
 # the Chinese script and the pinyin in the opening bracket -> aliases (as batch 31h's Zhang Xin); 'Hon Hai' ->
 # alias; 'mainland China' and 'China's' -> one Location 'China' with 'mainland China' as alias (doubtful: the text
 # sets the mainland against Taiwan); 'Forbes magazine' -> Company 'Forbes'; 'a Rozt\u011b\u017e castle' -> Location
 # 'Rozt\u011b\u017e' (a named site, GUIDELINES; doubtful: the castle is named by its village); 'Electronics
 # Manufacturing Services' (an industry), the unnamed charity -> nothing
 entities=[E("Person", TG, "\u90ed\u53f0\u9298", "Gu\u014d T\u00e1im\u00edng"), E("Company", HH, "Hon Hai"),
           E("Location", "China", "mainland China"), E("Location", "Taiwan"), E("Location", "Shenzhen"),
           E("Company", "Forbes"), E("Location", "Rozt\u011b\u017e"), E("Location", "Kutn\u00e1 Hora"),
           E("Location", "Czech Republic")],
 # 'He founded Hon Hai in Taiwan in 1974' -> founder, current (the convention); 'a Taiwanese tycoon who leads Hon Hai
 # Precision' -> head, current (no title given; head as the generic leader; doubtful against executive); 'He now
 # owns 30% of the public company' (a shareholder) -> no role
 roles=[R(TG, "founder", HH), R(TG, "head", HH)],
 relations=[],
 outages=[],
 # published null; '2007' twice (Forbes' 2007 list, the 2007 court documents and his brother's death), one item;
 # '(born 1976)', '(born 1978)' -> the years; 'at age 55', 'ten workers' left out
 dates=[D("October 8th, 1950", "1950-10-08"), D("1949", "1949"), D("1974", "1974"), D("1988", "1988"),
        D("2007", "2007"), D("2005", "2005"), D("1976", "1976"), D("1978", "1978"), D("2002", "2002"),
        D("1992", "1992"), D("2000", "2000")])

LC = "Laura Cha Shih May-lung"
HKSE = "Hong Kong Stock Exchange"
A["wp-laura-cha"] = dict(
 # annotated after the batch's other seven (found later; the split rule unchanged); 'Cha', the Chinese script and
 # 'Laura May-Lung Cha' (the name she was admitted to the bar under) -> aliases, the honours 'GBM, GBS, JP' left out
 # of the name (as batch 31h's 'DBE, FRSA'); the stock exchange and the bank -> Company (GUIDELINES: stock
 # exchanges that are businesses); the Executive Council, the Securities and Futures Commission (a regulator), the
 # State Bar of California, the Committee of 100 and the universities -> Organization; the law firms -> Company;
 # 'British Hong Kong' -> alias of the Location Hong Kong (doubtful: the colony under another name); 'the Santa Clara
 # University School of Law' -> one Organization (the university is named only inside it)
 entities=[E("Person", LC, "\u67e5\u53f2\u7f8e\u502b", "Cha", "Laura May-Lung Cha"),
           E("Location", "Hong Kong", "British Hong Kong"), E("Company", HKSE),
           E("Company", "Hongkong and Shanghai Banking Corporation"),
           E("Organization", "Executive Council of Hong Kong"), E("Location", "Shanghai"), E("Location", "China"),
           E("Organization", "University of Wisconsin\u2013Madison"),
           E("Organization", "Santa Clara University School of Law"), E("Organization", "Committee of 100"),
           E("Organization", "State Bar of California"), E("Company", "Pillsbury Madison and Sutro"),
           E("Location", "San Francisco"), E("Location", "California"), E("Company", "Coudert Brothers"),
           E("Organization", "Securities and Futures Commission")],
 # 'She is the Chairman of Hong Kong Stock Exchange' -> chairman, current; 'Non-Executive Deputy Chairman of The
 # Hongkong and Shanghai Banking Corporation' -> executive (a deputy chair, GUIDELINES' vice chairman; doubtful:
 # non-executive), current; 'She worked at Hong Kong's Securities and Futures Commission from 1991 to early 2001,
 # becoming its deputy chairman in 1998' -> executive, not current (she left in 2001); 'a non-official member of the
 # Executive Council of Hong Kong from 2004 to 2022' (a council seat, as legislators) -> no role; 'a member of the
 # Committee of 100', lawyer 'with' two law firms (staff posts) -> no role
 roles=[R(LC, "chairman", HKSE), R(LC, "executive", "Hongkong and Shanghai Banking Corporation"),
        R(LC, "executive", "Securities and Futures Commission", False)],
 relations=[],
 outages=[],
 # published null; '5 December 1949' twice, one item; 'early 2001' -> the year (GUIDELINES: 'late 2006' -> the
 # year); 'At age 2' left out
 dates=[D("5 December 1949", "1949-12-05"), D("2004", "2004"), D("2022", "2022"), D("1983", "1983"),
        D("1994", "1994"), D("1991", "1991"), D("early 2001", "2001"), D("1998", "1998")])

FH = "Hayashi"
A["wp-fumiko-hayashi"] = dict(
 # the rendering drops her full name from the opening sentence ('is a Japanese politician ...'): the only surface
 # form is 'Hayashi' -> Person 'Hayashi' (doubtful; as batch 31h's 'Angela' for 'Angela ( Cooke) Greene', the only
 # clean form); 'Toyo Rayon (now Toray Industries)' -> one Company 'Toray Industries' with its former name as
 # alias; the Nikkei Weekly and Forbes -> Company (news businesses); the high school -> Organization; 'the Order of
 # the British Empire (MBE)' (an honour), 'the 2021 Yokohama mayoral election' (an event) -> nothing; 'the British
 # Olympic and Paralympic Teams' -> nothing (doubtful: sports teams are Organization, but the text names them as a
 # description, 'for services to ...')
 entities=[E("Person", FH), E("Location", "Yokohama"), E("Location", "Kanagawa Prefecture"), E("Location", "Japan"),
           E("Company", "BMW Tokyo"), E("Company", "Tokyo Nissan Auto Sales"), E("Company", "Daiei"),
           E("Company", "Nikkei Weekly"), E("Company", "Forbes"), E("Person", "Hiroshi Nakada"),
           E("Organization", "Tokyo Metropolitan Aoyama High School"),
           E("Company", "Toray Industries", "Toyo Rayon"), E("Company", "Honda")],
 # 'Her previous roles have included president of BMW Tokyo, president of Tokyo Nissan Auto Sales, and chairperson
 # and CEO of ... Daiei' -> president, president, chairman and ceo, all not current ('previous roles'); 'the former
 # mayor of Yokohama' and 'the former mayor, Hiroshi Nakada' -> no role (mayors get none: a city is a Location,
 # GATHERING.md batch 23); 'a salesperson with Honda', 'working at Toyo Rayon' (staff posts) -> no role
 roles=[R(FH, "president", "BMW Tokyo", False), R(FH, "president", "Tokyo Nissan Auto Sales", False),
        R(FH, "chairman", "Daiei", False), R(FH, "ceo", "Daiei", False)],
 # 'Toyo Rayon (now Toray Industries)' is a renaming -> alias, no relation; BMW Tokyo and Tokyo Nissan Auto Sales
 # are not tied in the text to any parent named on its own -> nothing
 relations=[],
 outages=[],
 # published null; 'the 2021 Yokohama mayoral election' -> '2021'; 'when she was 31', 'ten years', 'five months'
 # left out
 dates=[D("2006", "2006"), D("2009", "2009"), D("2021", "2021"), D("July 2022", "2022-07"), D("1965", "1965"),
        D("1977", "1977"), D("1987", "1987")])

# ---- Europe --------------------------------------------------------------------------------------------------------
BG = "Bel\u00e9n Garijo"
MG = "Merck Group"
A["wp-belen-garijo"] = dict(
 # 'Garijo' -> alias; 'Merck' -> alias of Merck Group; Hospital Universitario La Paz -> Organization (her employer;
 # doubtful against Location for a facility); Aventis Spain and Sanofi -> two Companies (the text does not make
 # Aventis Spain a unit of anyone named); 'Europe' and 'Canada' (the regions of her Sanofi post) -> Location; 'DAX'
 # (a stock index, GUIDELINES) -> nothing; Forbes and Fortune -> Company (the lists' publishers); 'Chancellor Olaf
 # Scholz' -> Person
 entities=[E("Person", BG, "Garijo"), E("Company", MG, "Merck"), E("Location", "Almansa"), E("Location", "Spain"),
           E("Organization", "University of Alcal\u00e1"), E("Organization", "Hospital Universitario La Paz"),
           E("Company", "Aventis Spain"), E("Company", "Sanofi"), E("Location", "Europe"), E("Location", "Canada"),
           E("Person", "Stefan Oschmann"), E("Location", "Germany"), E("Company", "SpringWorks Therapeutics"),
           E("Person", "Olaf Scholz"), E("Location", "China"), E("Company", "BBVA"),
           E("Company", "L'Or\u00e9al"), E("Company", "Forbes"), E("Company", "Fortune")],
 # 'Since May 2021, she has been the CEO and chair of the executive board of Merck Group' -> ceo and chairman,
 # current (doubtful for chairman: the chair of a management board, named beside the CEO post); 'elected a board
 # member in 2015' with the chair named -> director, current (GUIDELINES: a board member who chairs that board gets
 # both); 'became chief operating officer of Merck Group, until being promoted to president in 2013' -> coo, not
 # current ('until'); president -> not current (a post she moved on from, told by the CEO post of 2021; doubtful);
 # 'managing director of Aventis Spain' (2003) -> director, not current (moved on: 'Over the course of 15 years at
 # Sanofi', then Merck from 2011); 'vice president of pharmaceutical operations for Europe and Canada' at Sanofi ->
 # vice-president, not current; 'it was announced Garijo will become CEO of Sanofi in late April 2026' -> ceo,
 # current (a role announced, GUIDELINES); 'BBVA, Member of the Board of Directors (since 2012)' -> director,
 # current; "L'Or\u00e9al, Member of the Board of Directors (2014\u20132024)" -> director, not current; 'named chief
 # executive officer of Merck, following Stefan Oschmann' -> ceo, not current (her predecessor); 'a member of the
 # executive committee' (Sanofi; a management body, as batch 31h's Group Executive Board) -> no role; 'Chancellor
 # Olaf Scholz' -> no role (no country tied to the title in the text, as batch 31h's 'French President'; doubtful:
 # Germany is named elsewhere in the text); 'a physician at' (a staff post) -> no role
 roles=[R(BG, "ceo", MG), R(BG, "chairman", MG), R(BG, "director", MG), R(BG, "coo", MG, False),
        R(BG, "president", MG, False), R(BG, "director", "Aventis Spain", False),
        R(BG, "vice-president", "Sanofi", False), R(BG, "ceo", "Sanofi"), R(BG, "director", "BBVA"),
        R(BG, "director", "L'Or\u00e9al", False), R("Stefan Oschmann", "ceo", MG, False)],
 # 'As Merck CEO, Garijo oversaw strategic acquisitions such as biopharmaceutical company SpringWorks Therapeutics'
 # -> acquired and parentOrganization (a completed purchase; GUIDELINES); 'leading the merger with Sanofi' (a merger
 # with no buyer stated) -> nothing; 'portfolio divestitures' (none named) -> nothing
 relations=[L(MG, "acquired", "SpringWorks Therapeutics"), L("SpringWorks Therapeutics", "parentOrganization", MG)],
 outages=[],
 # published null; '31 July 1960' twice, one item; '2023' three times, one item; 'late April 2026' -> the month
 # (GUIDELINES: 'late 2006' -> the year, so 'late April' -> April); '(2014\u20132024)' -> '2014' ('2024' already
 # an item); 'Over the course of 15 years' left out
 dates=[D("31 July 1960", "1960-07-31"), D("May 2021", "2021-05"), D("1983", "1983"), D("2003", "2003"),
        D("2011", "2011"), D("2013", "2013"), D("2015", "2015"), D("2022", "2022"), D("2024", "2024"),
        D("February 11, 2026", "2026-02-11"), D("late April 2026", "2026-04"), D("2012", "2012"),
        D("2014", "2014"), D("2023", "2023")])

JK = "Joe Kaeser"
SAG = "Siemens AG"
SC = "Siemens Components"
A["wp-joe-kaeser"] = dict(
 # 'Josef K\u00e4ser' (his birth name) and 'Kaeser' -> aliases; 'Siemens' and 'the Siemens AG' -> alias 'Siemens'
 # of Siemens AG; the Components Group, the Siemens Components Operations (Malacca), the Opto Semiconductors
 # Division, Siemens Components, Siemens Microelectronics and IC Mobile -> Company each (named units and
 # subsidiaries); 'Corporate Finance' (a head-office department) -> nothing (doubtful, as batch 31h's unnamed
 # function); the Regensburg university -> Organization; 'the Bavarian Forest' -> Location; 'US GAAP' (accounting
 # rules) and 'Fit4More' (a programme, GUIDELINES) -> nothing
 entities=[E("Person", JK, "Josef K\u00e4ser", "Kaeser"), E("Company", SAG, "Siemens"), E("Location", "Munich"),
           E("Location", "Arnbruck"), E("Location", "Bavarian Forest"), E("Location", "Germany"),
           E("Organization", "Regensburg University of Applied Sciences"), E("Company", "Components Group"),
           E("Company", "Siemens Components Operations"), E("Location", "Malacca"), E("Location", "Malaysia"),
           E("Company", "Opto Semiconductors Division"), E("Company", SC), E("Location", "Cupertino"),
           E("Location", "California"), E("Company", "Siemens Microelectronics"), E("Location", "San Jose"),
           E("Location", "New York"), E("Company", "IC Mobile"), E("Person", "Klaus Kleinfeld"),
           E("Person", "Peter L\u00f6scher")],
 # 'is the current CEO of Siemens AG ... since August 1, 2013' -> ceo, current (the rendering of 2013-2014);
 # 'appointed Vice President of business administration of the Opto Semiconductors Division' (1990) ->
 # vice-president, not current (moved on); 'served first as Executive Vice President and Chief Financial Officer,
 # and later as CEO of the Group's American subsidiary Siemens Components, ..., as well as at Siemens
 # Microelectronics' -> vice-president, cfo and ceo at Siemens Components, not current (moved on in 1999); ceo at
 # Siemens Microelectronics, not current (doubtful: 'as well as at' read as the same posts there, the CEO post the
 # last named); 'From April 2001 to September 2004 ... served as its Chief Financial Officer' (IC Mobile) -> cfo, not
 # current; 'a member of the Group Executive Committee of IC Mobile' -> no role (a committee seat); 'In his former
 # function as Chief Strategy Officer' (of 'the company', Siemens) -> executive, not current (doubtful: the
 # company named only as 'the company'); 'supported CEO Dr. Klaus Kleinfeld' -> ceo at Siemens AG, not current
 # (told within Kaeser's former function, with two later CEOs named; doubtful); 'Kaeser will replace Peter L\u00f6scher
 # as the CEO of the Siemens AG' -> ceo, not current (the text's present has Kaeser in the post since 2013)
 roles=[R(JK, "ceo", SAG), R(JK, "vice-president", "Opto Semiconductors Division", False),
        R(JK, "vice-president", SC, False), R(JK, "cfo", SC, False), R(JK, "ceo", SC, False),
        R(JK, "ceo", "Siemens Microelectronics", False), R(JK, "cfo", "IC Mobile", False),
        R(JK, "executive", SAG, False), R("Klaus Kleinfeld", "ceo", SAG, False),
        R("Peter L\u00f6scher", "ceo", SAG, False)],
 # 'the Components Group of Siemens' -> parentOrganization; "the Group's American subsidiary Siemens Components"
 # (the Group: Siemens) -> parentOrganization; the Malacca operations, the Opto Semiconductors Division, Siemens
 # Microelectronics and IC Mobile are not said in the text to belong to Siemens (their names and the career suggest
 # it) -> nothing (doubtful)
 relations=[L("Components Group", "parentOrganization", SAG), L(SC, "parentOrganization", SAG)],
 outages=[],
 # published null; 'June 23, 1957' twice, one item; '(1987\u20131988)' -> both years
 dates=[D("June 23, 1957", "1957-06-23"), D("August 1, 2013", "2013-08-01"), D("1980", "1980"), D("1987", "1987"),
        D("1988", "1988"), D("1990", "1990"), D("1994", "1994"), D("1999", "1999"), D("April 2001", "2001-04"),
        D("September 2004", "2004-09"), D("July 2013", "2013-07")])

PP = "Paulus Gerardus Josephus Maria Polman"
PG = "Procter & Gamble"
A["wp-paul-polman"] = dict(
 # the text never says 'Paul': the full name and 'Polman' -> one Person; 'P&G U.K.' -> Company (the British unit;
 # the bare 'P&G' is no separate form); 'the Americas' and 'Europe' (parts of titles: 'head of the Americas', 'group
 # president Europe') -> nothing (doubtful); the universities -> Organization; his parents' posts (unnamed
 # companies) -> nothing
 entities=[E("Person", PP, "Polman"), E("Company", PG), E("Company", "Nestl\u00e9"), E("Company", "Unilever"),
           E("Location", "Enschede"), E("Organization", "University of Groningen"),
           E("Organization", "University of Cincinnati"), E("Company", "P&G U.K."), E("Person", "Patrick Cescau")],
 # 'Since 2009, he has been the chief executive officer (CEO) of ... Unilever' -> ceo, current (the rendering of
 # about 2017); 'he joined the board of Nestl\u00e9 in 2006' and 'joined Nestl\u00e9 in 2006 as chief financial
 # officer and head of the Americas' -> director, cfo and head, not current (posts he moved on from, told by the
 # Unilever post of 2009; doubtful for head: a regional post); 'managing director of P&G U.K. from 1995 to 1998' ->
 # director, not current; 'president of global fabric care from 1998 to 2001, and group president Europe in 2001'
 # -> president at Procter & Gamble, not current (one item for the two unit presidencies; 'worked for Procter &
 # Gamble for 27 years (from 1979)'); 'initially as a cost analyst' (a staff post) -> no role; 'Polman succeeded
 # Patrick Cescau as chief executive officer of Unilever' -> ceo, not current
 roles=[R(PP, "ceo", "Unilever"), R(PP, "director", "Nestl\u00e9", False), R(PP, "cfo", "Nestl\u00e9", False),
        R(PP, "head", "Nestl\u00e9", False), R(PP, "director", "P&G U.K.", False),
        R(PP, "president", PG, False), R("Patrick Cescau", "ceo", "Unilever", False)],
 # 'managing director of P&G U.K.' -> P&G U.K. a unit of Procter & Gamble (the abbreviation in its name; doubtful,
 # as batch 31h's "Nokia's Networks Business Group" is stated outright)
 relations=[L("P&G U.K.", "parentOrganization", PG)],
 outages=[],
 # published null; '2006' twice, one item; '1979' twice ('in 1979', 'from 1979'), one item; '27 years' left out
 dates=[D("11 July 1956", "1956-07-11"), D("2006", "2006"), D("2009", "2009"), D("1977", "1977"),
        D("1979", "1979"), D("1995", "1995"), D("1998", "1998"), D("2001", "2001"),
        D("1 January 2009", "2009-01-01")])

# ---- North America -------------------------------------------------------------------------------------------------
SE = "Stephen Elop"
MS = "Microsoft"
A["wp-stephen-elop"] = dict(
 # 'Elop' -> alias; the Microsoft Business Division and the Microsoft Devices Group -> Company each (Microsoft units);
 # Windows Phone, 'Lumia phones', Surface Pro 3, Xbox One -> Service (software and devices, GUIDELINES), Lumia
 # named 'Lumia'; 'VAX-11/780' (the campus's computer system) -> Service (doubtful: a computer model, no maker
 # named); McMaster University's Faculty of Engineering -> Organization; 'the University' (McMaster) is a generic
 # phrase with a capital -> no alias; 'Devices & Services' (a Nokia unit named only inside his title) -> nothing;
 # 'the Orange Book' (a manual), 'the "burning platform" memo', the world wars -> nothing
 entities=[E("Person", SE, "Elop"), E("Company", "Telstra"), E("Company", "Nokia"),
           E("Company", "Microsoft Business Division"), E("Company", "Juniper Networks"),
           E("Company", "Adobe Systems"), E("Company", "Macromedia"), E("Company", "Boston Chicken"),
           E("Company", MS), E("Service", "Windows Phone"), E("Company", "Microsoft Devices Group"),
           E("Service", "Lumia"), E("Service", "Surface Pro 3"), E("Service", "Xbox One"),
           E("Organization", "McMaster University"), E("Organization", "Faculty of Engineering"),
           E("Location", "Ancaster"), E("Location", "Ontario"), E("Location", "Canada"),
           E("Company", "Westinghouse Electric Corporation"), E("Location", "Hamilton"), E("Service", "VAX-11/780")],
 # 'In the past he had worked for Nokia as its first non-Finnish CEO and later as Executive Vice President, Devices
 # & Services' and 'his ill-fated tenure as Nokia CEO from 2010 to 2014' -> ceo and vice-president at Nokia, not
 # current; 'the head of the Microsoft Business Division', 'the COO of Juniper Networks', 'the president of
 # worldwide field operations at Adobe Systems', 'the CIO at Boston Chicken' (all 'In the past') -> head, coo,
 # president (a unit's president at the company; doubtful) and executive (CIO), not current; 'As then head of the
 # Microsoft Devices Group' -> head, not current; 'in several senior positions in Macromedia' (no title) -> no role;
 # 'most recently worked at ... Telstra from April 2016' (no title) -> no role (doubtful); 'Since January 2016 he
 # has had a role as Distinguished Engineering Executive in Residence within McMaster University's Faculty of
 # Engineering' -> other, current (an honorary academic post; doubtful); his father 'an engineer at Westinghouse
 # Electric Corporation' (a staff post) -> no role
 roles=[R(SE, "ceo", "Nokia", False), R(SE, "vice-president", "Nokia", False),
        R(SE, "head", "Microsoft Business Division", False), R(SE, "coo", "Juniper Networks", False),
        R(SE, "president", "Adobe Systems", False), R(SE, "executive", "Boston Chicken", False),
        R(SE, "head", "Microsoft Devices Group", False), R(SE, "other", "Faculty of Engineering")],
 # "the company's partnership with Microsoft" (Nokia's) -> partner, as written; the two Microsoft units ->
 # parentOrganization; "Microsoft's varied product offerings including Lumia phones, Surface Pro 3, and Xbox One" ->
 # provider each; 'the move to Windows Phone software exclusivity' in the Microsoft partnership -> provider
 # (a careful reader is sure Windows Phone is Microsoft's; doubtful: the text does not say it outright);
 # "McMaster University's Faculty of Engineering" -> parentOrganization
 relations=[L("Nokia", "partner", MS), L("Microsoft Business Division", "parentOrganization", MS),
            L("Microsoft Devices Group", "parentOrganization", MS), L("Windows Phone", "provider", MS),
            L("Lumia", "provider", MS), L("Surface Pro 3", "provider", MS), L("Xbox One", "provider", MS),
            L("Faculty of Engineering", "parentOrganization", "McMaster University")],
 outages=[],
 # published null; 'the 1980s' (a decade) left out; 'First World War' / 'Second World War' (events) left out
 dates=[D("31 December 1963", "1963-12-31"), D("April 2016", "2016-04"), D("2010", "2010"), D("2014", "2014"),
        D("January 2016", "2016-01"), D("1981", "1981")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
