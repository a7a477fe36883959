#!/usr/bin/env python3
"""Batch 31h gold annotations (the eight texts of batch31h.py, women executives and founders, one part), written
from each text alone before newskg was run on any of them (it was not run at all by the gatherer). Split rule fixed
before annotation: the batch's sorted ids dealt along test, train, dev, train (batch10_annotate.write_parts, one
part). Wikipedia texts have `published` null: only absolute dates (GUIDELINES.md, Dates); decades ('the 1950s'),
'early 2023' beside a plain '2023', and text-relative phrases ('The following year', 'That same year') left out.
Conventions as batches 27a-31a (GUIDELINES.md part 2): a post the text ends or gives as past ('former', 'was the
CEO ... from 2010 until 2018', 'Until 2005', 'She left', 'retired', 'previously') -> current false; a post a person
moved on from, told by a later post -> current false; posts told with no end ('is', 'current', 'was appointed',
'joined the board') -> current true, also one the person 'plans to step down' from; 'founded' -> founder (current,
the convention), two people founding together and 'co-founder' -> cofounder; 'chairwoman', 'chairman emeritus' ->
chairman (one item per person and organisation; the lead decides); 'vice chair', 'vice-chairman' -> executive;
'managing director' and board membership ('non-executive director', 'member of the board', 'trustee') -> director;
'senior vice president' -> vice-president; 'group chief executive officer' -> ceo; staff posts, legislators, an
ambassador title, editors and writers -> no role; heads of state named without their country -> no role.
usage: batch31h_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- Asia ----------------------------------------------------------------------------------------------------------
ZX = "Zhang Xin"
SC = "SOHO China"
A["wp-zhang-xin"] = dict(
 # the Chinese characters and the pinyin in the opening bracket -> aliases (surface forms of her name; doubtful, no
 # earlier batch listed a native-script form); Sina Weibo and Twitter ('the Chinese version of Twitter') ->
 # Service, no provider named; Forbes -> Company; the Bureau of Foreign Languages, the universities and the
 # foundation -> Organization; 'SOHO China Scholarships' (a programme), 'the Cultural Revolution' (an event), 'Burmese
 # Chinese' -> nothing
 entities=[E("Person", ZX, "\u5f20\u6b23", "\u5f35\u6b23", "Zh\u0101ng X\u012bn"), E("Company", SC),
           E("Location", "Beijing"), E("Company", "Forbes"), E("Location", "China"), E("Service", "Sina Weibo"),
           E("Service", "Twitter"), E("Person", "Pan Shiyi"), E("Organization", "SOHO China Foundation"),
           E("Organization", "Harvard University"), E("Organization", "Yale University"), E("Location", "Burma"),
           E("Organization", "Bureau of Foreign Languages"), E("Location", "Hong Kong")],
 # 'She is co-founder and CEO of SOHO China' -> cofounder and ceo, current; 'Zhang Xin and her husband Pan Shiyi
 # founded the SOHO China Foundation' -> cofounder for both (two people founding together, as batch 31a's Forrest
 # Research Foundation)
 roles=[R(ZX, "cofounder", SC), R(ZX, "ceo", SC), R(ZX, "cofounder", "SOHO China Foundation"),
        R("Pan Shiyi", "cofounder", "SOHO China Foundation")],
 # the foundation shares the company's name but the text does not make it the company's unit -> nothing; gift
 # agreements with two universities (a donor and recipients, no partnership between businesses) -> nothing
 relations=[],
 outages=[],
 # published null; '1965' twice, one item; 'As of 2014' -> '2014'; 'the 1950s' (a decade) left out
 dates=[D("1965", "1965"), D("2014", "2014"), D("2005", "2005"), D("July 2014", "2014-07"),
        D("October 2014", "2014-10")])

OL = "Olivia Lum Ooi Lin"
HY = "Hyflux Group"
A["wp-olivia-lum"] = dict(
 # 'Lum' alone -> alias (only she bears it); 'Hyflux' and its precursor's name 'Hydrochem' ('Hydrochem, the
 # precursor to Hyflux') -> aliases of Hyflux Group (a former name); 'Glaxo' -> alias of Glaxo Pharmaceutical;
 # SESDAQ and the Mainboard (listing boards companies use; doubtful as Service) -> Service; Singapore Exchange and
 # Forbes -> Company; the schools, the faculty and the university -> Organization; 'Southeast Asia Rich List' (a
 # list) -> nothing
 entities=[E("Person", OL, "Lum"), E("Location", "Singapore"), E("Company", HY, "Hyflux", "Hydrochem"),
           E("Organization", "Tiong Bahru Secondary School"), E("Organization", "Hwa Chong Junior College"),
           E("Organization", "Faculty of Science"), E("Organization", "National University of Singapore"),
           E("Company", "Glaxo Pharmaceutical", "Glaxo"), E("Service", "SESDAQ"), E("Company", "Singapore Exchange"),
           E("Service", "Mainboard"), E("Company", "Forbes")],
 # 'the founder, group chief executive officer, and president of the Singapore-based Hyflux Group' -> founder, ceo
 # and president, all current (no end told); 'She also heads the Research and Development function' (an unnamed
 # unit) and 'a chemist with Glaxo Pharmaceutical' (a staff post) -> no role
 roles=[R(OL, "founder", HY), R(OL, "ceo", HY), R(OL, "president", HY)],
 # 'the Faculty of Science of the National University of Singapore' -> parentOrganization (as batch 31a's faculty
 # of a university); "the Singapore Exchange's Mainboard" -> provider (doubtful with the type); SESDAQ's operator
 # is not named -> no provider
 relations=[L("Faculty of Science", "parentOrganization", "National University of Singapore"),
            L("Mainboard", "provider", "Singapore Exchange")],
 outages=[],
 # published null; ages ('three', '15', '28') and 'for three years' left out
 dates=[D("1986", "1986"), D("1989", "1989"), D("January 2001", "2001-01"), D("April 2003", "2003-04"),
        D("2005", "2005")])

YS = "Yoshiko Shinohara"
PH = "Persol Holdings"
A["wp-yoshiko-shinohara"] = dict(
 # 'Shinohara', the Japanese script and the Hepburn form 'Shinohara Yoshiko' -> aliases (native script doubtful, as
 # Zhang Xin's); 'Tempstaff' ('Persol Holdings (formerly Tempstaff)') -> alias; Forbes -> Company; 'World War II'
 # (an event), 'Japanese' -> nothing
 entities=[E("Person", YS, "Shinohara", "\u7be0\u539f\u6b23\u5b50", "Shinohara Yoshiko"),
           E("Company", PH, "Tempstaff"), E("Location", "Japan"),
           E("Organization", "Yokohama Eiri Girls High School"), E("Location", "Europe"),
           E("Location", "Australia"), E("Company", "Forbes")],
 # 'Shinohara founded Persol Holdings (formerly Tempstaff) in 1973' -> founder, current (the convention); 'leading
 # the company until she retired while taking on the role of chairman emeritus in 2016', 'retired from her role as
 # chairman of the company in 2016 while retaining the title of chairman emeritus' -> chairman, not current (the
 # emeritus title the same post, as batch 31a's Murthy; the lead gives the leading post as ended); her 11% stake
 # (a shareholder) -> no role
 roles=[R(YS, "founder", PH), R(YS, "chairman", PH, False)],
 relations=[],
 outages=[],
 # published null; '1973' and '2016' twice, one item each; 'early 2023' left out beside '2023' ('in 2023'); ages
 # ('8', '20', '38') left out
 dates=[D("1973", "1973"), D("2016", "2016"), D("2017", "2017"), D("1934", "1934"), D("1953", "1953"),
        D("1988", "1988"), D("2020", "2020"), D("2023", "2023")])

# ---- Europe --------------------------------------------------------------------------------------------------------
AL = "Anne Lauvergeon"
A["wp-anne-lauvergeon"] = dict(
 # 'Lauvergeon' -> alias; 'the Corps de Mines' -> alias of the Corps des Mines (the same body, spelt two ways);
 # 'l'Inspection générale des carrières (IGC)' -> Organization 'Inspection générale des carrières' with 'IGC'; The
 # Wall Street Journal -> Company; Usinor and Lazard -> Company; the schools, the corps and the atomic energy
 # commission -> Organization; Côte-d'Or (a department), Burgundy (a region), Europe, New York -> Location;
 # 'Agrégation' (an examination), 'the G7 summit' (a meeting) -> nothing
 entities=[E("Person", AL, "Lauvergeon"), E("Company", "Areva"), E("Company", "The Wall Street Journal"),
           E("Location", "Dijon"), E("Location", "C\u00f4te-d'Or"), E("Location", "Burgundy"),
           E("Location", "Orl\u00e9ans"), E("Organization", "\u00c9cole normale de jeunes filles"),
           E("Organization", "Corps des Mines", "Corps de Mines"), E("Company", "Usinor"),
           E("Organization", "Commissariat \u00e0 l'\u00e9nergie atomique"), E("Location", "Europe"),
           E("Organization", "Inspection g\u00e9n\u00e9rale des carri\u00e8res", "IGC"),
           E("Person", "Fran\u00e7ois Mitterrand"), E("Company", "Lazard"), E("Location", "New York")],
 # 'served as CEO of Areva from 2001 until 2011' -> ceo, not current; 'became a managing partner of Lazard' ->
 # executive (a partner of a bank: a generic senior title; doubtful against director), not current (a post she
 # moved on from: the lead gives her later post from 2001; the excerpt is cut before the sentence telling she left
 # in 1996; doubtful); 'French President François Mitterrand' -> no role (the country is not named on its own,
 # GUIDELINES part 2); 'assistant secretary general' (of a body not named), 'personal representative to the
 # president', 'mayor of a village' (her grandfather, unnamed) -> no role
 roles=[R(AL, "ceo", "Areva", False), R(AL, "executive", "Lazard", False)],
 relations=[],
 outages=[],
 # published null; 'The following year' (relative to 1990, not to a publication date) left out
 dates=[D("2 August 1959", "1959-08-02"), D("2001", "2001"), D("2011", "2011"), D("1983", "1983"),
        D("1984", "1984"), D("1985", "1985"), D("1988", "1988"), D("1990", "1990"), D("1995", "1995")])

SB = "Sari Maritta Baldauf"
NBG = "Networks Business Group"
A["wp-sari-baldauf"] = dict(
 # 'Baldauf' -> alias; "Nokia's Networks Business Group" -> Company (a business unit) with parentOrganization;
 # "Nokia's Group Executive Board" (the company's management body, not a unit that does business) -> nothing
 # (doubtful); Fortune and the Wall Street Journal -> Company; the schools, the foundation and the think tank ->
 # Organization; 'Finnish' -> nothing
 entities=[E("Person", SB, "Baldauf"), E("Location", "Kotka"), E("Location", "Finland"), E("Company", "Nokia"),
           E("Person", "Risto Siilasmaa"), E("Company", NBG), E("Organization", "Helsinki School of Economics"),
           E("Organization", "Helsinki University of Technology"), E("Organization", "Turku School of Economics"),
           E("Organization", "Aalto University School of Business"), E("Company", "Fortune"),
           E("Company", "Wall Street Journal"), E("Location", "Europe"), E("Company", "Fortum"),
           E("Company", "Capman"), E("Company", "F-Secure"), E("Company", "Hewlett-Packard"),
           E("Company", "Daimler"), E("Person", "Matti Lehti"), E("Organization", "Aalto University Foundation"),
           E("Organization", "Demos Helsinki")],
 # 'is chairwoman of the board of directors of Nokia' (to step down in April 2026: not yet left) -> chairman,
 # current; 'She joined the board in 2018' -> director, current (board member and chair both named, GUIDELINES part
 # 2); 'became vice chair in 2019, before she succeeded ... as chairwoman in 2020' -> executive (vice chair), not
 # current (moved on); 'she succeeded Risto Siilasmaa as chairwoman' -> Siilasmaa chairman, not current; 'Until
 # 2005, she was head of Nokia's Networks Business Group' -> head, not current; 'In 2011, she replaced Matti Lehti as
 # chairman of the board at ... Fortum' and 'She left the Fortum board in 2018' -> her chair and board seat at
 # Fortum and Lehti's chair, not current; 'She is or was a member of a number of executive boards ... including
 # Fortum, Capman, F-Secure, Hewlett-Packard and Daimler' -> director at Capman, F-Secure, Hewlett-Packard and
 # Daimler, current (no end told; doubtful: 'is or was'); 'a Member of the Board of Directors of Aalto University
 # Foundation and the think tank Demos Helsinki' -> director, current; 'selected into Nokia's Group Executive Board'
 # (left with her resignation in 2004) -> no separate item (doubtful)
 roles=[R(SB, "chairman", "Nokia"), R(SB, "director", "Nokia"), R(SB, "executive", "Nokia", False),
        R("Risto Siilasmaa", "chairman", "Nokia", False), R(SB, "head", NBG, False),
        R(SB, "chairman", "Fortum", False), R(SB, "director", "Fortum", False),
        R("Matti Lehti", "chairman", "Fortum", False), R(SB, "director", "Capman"), R(SB, "director", "F-Secure"),
        R(SB, "director", "Hewlett-Packard"), R(SB, "director", "Daimler"),
        R(SB, "director", "Aalto University Foundation"), R(SB, "director", "Demos Helsinki")],
 relations=[L(NBG, "parentOrganization", "Nokia")],
 outages=[],
 # published null; '2018' twice, one item; 'the year 1998' -> '1998'
 dates=[D("10 August 1955", "1955-08-10"), D("2018", "2018"), D("2019", "2019"), D("2020", "2020"),
        D("January 2026", "2026-01"), D("April 2026", "2026-04"), D("2005", "2005"), D("1979", "1979"),
        D("1983", "1983"), D("1994", "1994"), D("1998", "1998"), D("2002", "2002"),
        D("December 3, 2004", "2004-12-03"), D("2011", "2011")])

MS = "Marjorie Morris Scardino"
PP = "Pearson PLC"
A["wp-marjorie-scardino"] = dict(
 # 'Scardino' and 'Marjorie' (in 'Dame Marjorie'; the honour not part of the name, as batch 31a's 'AO') -> aliases;
 # 'Pearson' -> alias; 'Private Eye magazine', Associated Press, The Georgia Gazette (a newspaper) and Twitter (its
 # board: the business) -> Company; Oxfam and the IF Coalition -> Organization; 'UK' (in 'a UK company') and
 # Luxembourg -> Location; 'FTSE 100' (an index) -> nothing
 entities=[E("Person", MS, "Scardino", "Marjorie"), E("Company", PP, "Pearson"), E("Organization", "Oxfam"),
           E("Company", "Private Eye"), E("Organization", "IF Coalition"), E("Location", "Luxembourg"),
           E("Location", "UK"), E("Company", "Nokia"), E("Company", "Economist Group"), E("Company", "Twitter"),
           E("Location", "Flagstaff"), E("Location", "Arizona"), E("Location", "Texarkana"), E("Location", "Texas"),
           E("Organization", "Baylor University"), E("Organization", "George Washington University"),
           E("Company", "Associated Press"), E("Location", "Charleston"), E("Location", "West Virginia"),
           E("Organization", "University of San Francisco School of Law"), E("Company", "The Georgia Gazette")],
 # 'the former CEO of Pearson PLC' -> ceo, not current; 'former CEO of the Economist Group' -> ceo, not current;
 # 'a non-executive director of Nokia' -> director, current; 'she joined the board of Twitter as its first female
 # director' -> director, current; 'became a trustee of Oxfam during her tenure at Pearson' -> director (a charity's
 # board), current (no end told; doubtful both); 'the editor of the newspaper, The Georgia Gazette' (an editorial
 # post) and 'a journalist at Associated Press' -> no role (doubtful for the editor)
 roles=[R(MS, "ceo", PP, False), R(MS, "ceo", "Economist Group", False), R(MS, "director", "Nokia"),
        R(MS, "director", "Twitter"), R(MS, "director", "Oxfam")],
 relations=[],
 outages=[],
 # published null; 'Before 1985' -> '1985'
 dates=[D("25 January 1947", "1947-01-25"), D("1997", "1997"), D("December 2013", "2013-12"), D("1947", "1947"),
        D("1969", "1969"), D("1985", "1985")])

KB = "Karren Rita Brady"
BC = "Birmingham City F.C."
WH = "West Ham United F.C."
A["wp-karren-brady"] = dict(
 # 'Brady' alone (her father is named in full) and the title 'Baroness Brady' -> aliases; 'Birmingham City', 'West
 # Ham United' -> aliases of the clubs (Organization, GUIDELINES part 2); 'Sullivan' and 'Gold' (surnames only) ->
 # Person each; 'Sir Philip Green' -> Person 'Philip Green' (the honour not part of the name); 'the Woman & Home
 # magazine', The Sun -> Company; 'Conservative' (the party) and the House of Lords, 'the UK government' ->
 # Organization (the party doubtful: named by its adjective only); 'UK' (in 'a UK plc') -> Location; 'Tottenham
 # Hotspur' (the club, named in 'the Tottenham Hotspur football ground') -> Organization (doubtful); The Apprentice
 # (a TV show), 'Strong Woman' (a book), 'Sunday Times Bestseller' (a list), 'English football' -> nothing
 entities=[E("Person", KB, "Baroness Brady", "Brady"), E("Organization", BC, "Birmingham City"),
           E("Organization", WH, "West Ham United"), E("Person", "Alan Sugar"), E("Organization", "Conservative"),
           E("Organization", "House of Lords"), E("Organization", "UK government"), E("Location", "UK"),
           E("Person", "Sullivan"), E("Person", "Gold"), E("Company", "Woman & Home"), E("Company", "The Sun"),
           E("Person", "Philip Green"), E("Company", "Taveta"), E("Company", "Arcadia Group"),
           E("Location", "Edmonton"), E("Location", "London"), E("Organization", "Tottenham Hotspur"),
           E("Person", "Terry Brady"), E("Person", "Rita"), E("Person", "Darren")],
 # 'a former managing director of Birmingham City F.C.' and 'She left in 2009' -> director, not current; 'current
 # vice-chairman of West Ham United F.C.' -> executive (vice chairman), current; 'appointed ... to chairman of
 # Taveta' -> chairman, current; 'an aide to Alan Sugar', 'a Conservative member of the House of Lords' (a
 # legislator), 'a Small Business Ambassador for the UK government', 'a regular writer' -> no role
 roles=[R(KB, "director", BC, False), R(KB, "executive", WH), R(KB, "chairman", "Taveta")],
 # 'Taveta, owner of the Arcadia Group' -> parentOrganization; 'Sullivan and Gold's purchasing of the club' (people
 # buying) -> nothing
 relations=[L("Arcadia Group", "parentOrganization", "Taveta")],
 outages=[],
 # published null; her age '23' left out
 dates=[D("4 April 1969", "1969-04-04"), D("March 1993", "1993-03"), D("2002", "2002"), D("1997", "1997"),
        D("2009", "2009"), D("January 2010", "2010-01"), D("March 2012", "2012-03"),
        D("22 September 2014", "2014-09-22"), D("17 July 2017", "2017-07-17")])

# ---- the Americas and Europe ---------------------------------------------------------------------------------------
MG = "Moya Marguerite Greene"
CP = "Canada Post"
CIBC = "Canadian Imperial Bank of Commerce"
A["wp-moya-greene"] = dict(
 # no alias for her ('Greene' alone names no one: her parents are 'Austin Greene' and 'Angela ( Cooke) Greene');
 # her mother -> Person 'Angela' (the rendering's 'Angela ( Cooke) Greene' is no clean name; doubtful); 'Tellier' ->
 # alias of Paul Tellier; Royal Mail, Canada Post (state-owned postal businesses), the railway, the banks, Bombardier
 # and the National Post (a newspaper) -> Company; the public service, departments, the Privy Council Office and
 # schools -> Organization; Newfoundland (a province) -> Location
 entities=[E("Person", MG), E("Company", "Royal Mail"), E("Company", CP), E("Location", "St John's"),
           E("Location", "Newfoundland"), E("Person", "Austin Greene"), E("Person", "Angela"),
           E("Location", "Coley's Point"), E("Organization", "Memorial University of Newfoundland"),
           E("Organization", "Osgoode Hall Law School"), E("Organization", "Public Service of Canada"),
           E("Location", "Ottawa"), E("Organization", "Department of Labour"),
           E("Organization", "Privy Council Office"), E("Organization", "Transport Canada"),
           E("Company", "Canadian National Railway"), E("Company", "TD Securities"), E("Company", CIBC),
           E("Company", "Bombardier"), E("Person", "Paul Tellier", "Tellier"), E("Location", "Canada"),
           E("Company", "National Post"), E("Organization", "Ivey Business School")],
 # 'was the chief executive officer (CEO) of the Royal Mail from 2010 until 2018' -> ceo, not current; 'having
 # previously been the CEO of Canada Post' and 'appointed president and chief executive officer of Canada Post' ->
 # ceo and president, not current; 'joined TD Securities as managing director' (1996, moved on in 2000) ->
 # director, not current; 'joined the Canadian Imperial Bank of Commerce as senior vice president and chief
 # administrative officer' (moved on in 2003) -> vice-president, not current (one item for the post); 'joined
 # Bombardier as senior vice president' and 'After resigning from Bombardier' -> vice-president, not current;
 # 'under CEO Paul Tellier' with 'Tellier's departure' -> ceo, not current; 'Assistant Deputy Minister for
 # Transport Canada' (a senior civil-service post) -> other, not current (doubtful); 'immigration adjudicator' (a
 # staff post) and her parents' work -> no role
 roles=[R(MG, "ceo", "Royal Mail", False), R(MG, "ceo", CP, False), R(MG, "president", CP, False),
        R(MG, "director", "TD Securities", False), R(MG, "vice-president", CIBC, False),
        R(MG, "vice-president", "Bombardier", False), R("Paul Tellier", "ceo", "Bombardier", False),
        R(MG, "other", "Transport Canada", False)],
 relations=[],
 outages=[],
 # published null; '10 June 1954' twice, one item; 'That same year' (relative to 2003) left out
 dates=[D("10 June 1954", "1954-06-10"), D("2010", "2010"), D("2018", "2018"), D("1974", "1974"),
        D("1979", "1979"), D("1996", "1996"), D("2000", "2000"), D("2003", "2003"), D("2004", "2004"),
        D("May 12, 2005", "2005-05-12")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A))
