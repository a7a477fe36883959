#!/usr/bin/env python3
"""Batch 37n gold annotations (the texts of batch37n.py: a Microsoft executive vice president who now chairs Pivotal
Software; the co-founder and long-time chief executive of Advanced Micro Devices, fired by Fairchild Semiconductor
before it; T-Mobile US's chief executive and president, once chief executive, head and president in AT&T's units; the
deputy chief executive, then chief executive and chairman of the French operator Orange; one part),
written from each text alone; newskg (or any extractor) was not run on them.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(batch10_annotate.write_parts, one part), so wp-jerry-sanders -> test, wp-john-legere -> train, wp-paul-maritz ->
dev, wp-stephane-richard -> train. Wikipedia texts have `published` null: only absolute dates (GUIDELINES.md, Dates); spans ('for five years'),
'tomorrow morning' (inside a quotation) left out; a repeated date with the same text is one item.
Conventions as batches 27a-37g (GUIDELINES.md part 2): posts the text gives in the present tense -> current true;
posts told as past ('was ... long-time CEO ..., serving in the position from 1969 to 2002', 'From 1986 to 2000, he
worked at Microsoft', 'then vice president'), and a post followed by a higher one at the same company (deputy chief
executive, then chief executive) -> current false; co-founders -> cofounder, current (the lane's convention);
executive vice president -> vice-president; deputy chief executive -> executive; a researcher, a committee member, a
programmer, a young engineer, 'management positions in marketing' -> no role; a post held under an office with no named
body or holder ('Chief of Staff to the French Minister for the Economy, Industry, and Employment') -> no role.
usage: batch37n_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- software: Microsoft, Pivotal -------------------------------------------------------------------------------------
PM = "Paul Alistair Maritz"
MS = "Microsoft"
PSDG = "Platforms Strategy and Developer Group"
A["wp-paul-maritz"] = dict(
 # 'Paul Maritz' and 'Maritz' -> aliases of the birth-form name; Microsoft, EMC Corporation, Pivotal Software,
 # Burroughs Corporation, Intel -> Company; the Platforms Strategy and Developer Group -> Company (a unit of
 # Microsoft: 'essentially all of Microsoft's desktop and server software'; Organization could be argued); Highbury
 # Preparatory School, Hilton College, the University of Natal, the University of Cape Town, the University of St.
 # Andrews -> Organization; 'Rhodesia (now Zimbabwe)' -> one Location with 'Zimbabwe' as alias (a former name, as
 # batch 37g's 'Bombay ... (now Mumbai)'); South Africa, Scotland, Silicon Valley -> Location; Bill Gates, Steve
 # Ballmer -> Person (no post stated: 'the third-ranking executive, behind Bill Gates and Steve Ballmer'); Windows 95,
 # Windows NT, Internet Explorer -> Service; 'the then-new x86 platform' -> nothing (a processor architecture, not a
 # product the text ties to a maker; Service with provider Intel could be argued); 'executive committee', 'the
 # 5-person executive management team', 'B.Sc.', 'the antitrust trial of Microsoft' (an event) -> nothing
 entities=[E("Person", PM, "Paul Maritz", "Maritz"), E("Company", MS), E("Company", "EMC Corporation"),
           E("Company", "Pivotal Software"), E("Location", "Rhodesia", "Zimbabwe"), E("Location", "South Africa"),
           E("Organization", "Highbury Preparatory School"), E("Organization", "Hilton College"),
           E("Organization", "University of Natal"), E("Organization", "University of Cape Town"),
           E("Company", "Burroughs Corporation"), E("Organization", "University of St. Andrews"),
           E("Location", "Scotland"), E("Location", "Silicon Valley"), E("Company", "Intel"), E("Company", PSDG),
           E("Person", "Bill Gates"), E("Person", "Steve Ballmer"), E("Service", "Windows 95"),
           E("Service", "Windows NT"), E("Service", "Internet Explorer")],
 # 'He currently serves as chairman of Pivotal Software' -> chairman, current; 'From 1986 to 2000, he worked at
 # Microsoft ... He became executive vice president of the Platforms Strategy and Developer Group' -> vice-president
 # at the group, not current (the post as the text names it; the title is Microsoft's and org Microsoft could be
 # argued); 'had a programming job with Burroughs', 'became a researcher at the University of St. Andrews', 'served on
 # its executive committee', 'the third-ranking executive' -> no role (no title of the vocabulary, or no post)
 roles=[R(PM, "chairman", "Pivotal Software"), R(PM, "vice-president", PSDG, False)],
 # 'Microsoft's desktop and server software, including ... Windows 95, Windows NT, and Internet Explorer' -> provider
 # x3; the group -> parentOrganization(Microsoft) (doubtful, see above); 'positions at ... EMC Corporation' -> nothing
 relations=[L("Windows 95", "provider", MS), L("Windows NT", "provider", MS), L("Internet Explorer", "provider", MS),
            L(PSDG, "parentOrganization", MS)],
 outages=[],
 # 'From 1986 to 2000' and 'in 1986' -> one '1986' item
 dates=[D("March 16, 1955", "1955-03-16"), D("1977", "1977"), D("1981", "1981"), D("1986", "1986"),
        D("2000", "2000"), D("1999", "1999")])

# ---- chips: Advanced Micro Devices ------------------------------------------------------------------------------------
JS = "Walter Jeremiah Sanders III"
AMD = "Advanced Micro Devices"
FS = "Fairchild Semiconductor"
A["wp-jerry-sanders"] = dict(
 # 'Jerry Sanders III', 'Jerry Sanders', 'Sanders' -> aliases of the full name; Advanced Micro Devices ('AMD'), the
 # Douglas Aircraft Company, Motorola, Fairchild Semiconductor ('Fairchild' in 'At Fairchild' and 'his firing from
 # Fairchild': the company, not the man), Motorola Semiconductor -> Company; 'the Pullman railroad car company' ->
 # Company 'Pullman' (the name the text gives it; doubtful); the University of Illinois Urbana-Champaign ->
 # Organization; the South Side (of Chicago), Chicago, Illinois -> Location; Sherman Fairchild, C. Lester Hogan ->
 # Person; '"Hogan's Heroes"' (a nickname of the Motorola staff), 'a street gang', 'the new management' -> nothing
 entities=[E("Person", JS, "Jerry Sanders III", "Jerry Sanders", "Sanders"), E("Company", AMD, "AMD"),
           E("Location", "South Side"), E("Location", "Chicago"), E("Location", "Illinois"),
           E("Organization", "University of Illinois Urbana\u2013Champaign"), E("Company", "Pullman"),
           E("Company", "Douglas Aircraft Company"), E("Company", "Motorola"), E("Company", FS, "Fairchild"),
           E("Person", "Sherman Fairchild"), E("Person", "C. Lester Hogan"), E("Company", "Motorola Semiconductor")],
 # 'was a co-founder and long-time CEO of ... Advanced Micro Devices (AMD), serving in the position from 1969 to 2002'
 # -> cofounder, current (the lane's convention) and ceo, not current; 'C. Lester Hogan, then vice president of
 # Motorola Semiconductor' -> vice-president, not current; 'led' a management team and Sherman Fairchild bringing it
 # in -> no role (no title); Sanders' 'lower sales positions' and 'management positions in marketing' at Fairchild ->
 # no role (no title named; 'a likely candidate for one of the company's top vice presidencies' is a post he did not
 # get)
 roles=[R(JS, "cofounder", AMD), R(JS, "ceo", AMD, False), R("C. Lester Hogan", "vice-president",
                                                            "Motorola Semiconductor", False)],
 # 'C. Lester Hogan, then vice president of Motorola Semiconductor. The staff from Motorola' -> parentOrganization(
 # Motorola Semiconductor, Motorola) (the unit read as Motorola's from the next sentence; doubtful); 'an academic
 # scholarship from the Pullman railroad car company' -> nothing (no partner, supply or customer relation)
 relations=[L("Motorola Semiconductor", "parentOrganization", "Motorola")],
 outages=[],
 dates=[D("September 12, 1936", "1936-09-12"), D("1969", "1969"), D("2002", "2002"), D("1958", "1958"),
        D("1961", "1961"), D("1968", "1968")])

# ---- telecoms: T-Mobile US, AT&T -------------------------------------------------------------------------------------
JL = "John J. Legere"
TMO = "T-Mobile US"
GSBD = "AT&T Global Strategy and Business Development"
A["wp-john-legere"] = dict(
 # 'Legere' -> alias; T-Mobile US ('T-Mobile USA (now T-Mobile US)' -> a former name, alias; 'T-Mobile's "Un-carrier"
 # approach' -> alias), AT&T, Dell, Global Crossing, New England Telephone, Sprint Corporation -> Company; AT&T Asia,
 # AT&T Global Strategy and Business Development and AT&T Solutions -> Company (units of AT&T; Organization could be
 # argued for the strategy department); CTIA -> Organization (an industry body with a board); St. Bernard's Central
 # Catholic School, the University of Massachusetts, the MIT Sloan School of Management, Fairleigh Dickinson
 # University, Harvard Business School -> Organization; Massachusetts, Fitchburg -> Location; Daniel Hesse -> Person;
 # 'an Alfred P. Sloan fellow' (a fellowship's name), the 'Program for Management Development (PMD)' (a programme),
 # '"Un-carrier"' (a marketing approach, not a product), 'a gym teacher' -> nothing
 entities=[E("Person", JL, "Legere"), E("Company", TMO, "T-Mobile USA", "T-Mobile"), E("Company", "AT&T"),
           E("Company", "Dell"), E("Company", "Global Crossing"), E("Organization", "CTIA"),
           E("Location", "Massachusetts"), E("Organization", "St. Bernard's Central Catholic School"),
           E("Location", "Fitchburg"), E("Organization", "University of Massachusetts"),
           E("Organization", "MIT Sloan School of Management"), E("Organization", "Fairleigh Dickinson University"),
           E("Organization", "Harvard Business School"), E("Company", "New England Telephone"),
           E("Person", "Daniel Hesse"), E("Company", "Sprint Corporation"), E("Company", "AT&T Asia"),
           E("Company", GSBD), E("Company", "AT&T Solutions")],
 # 'is the chief executive officer and president of T-Mobile US' (and 'appointed CEO of T-Mobile USA ... in September
 # 2012') -> ceo and president, current; 'previously served as an executive for AT&T, Dell, Global Crossing' ->
 # executive x3, not current (the AT&T role kept beside the unit posts below: the lead names AT&T itself); 'serves on
 # the CTIA board of directors' -> director, current; 'chief executive for AT&T Asia from April 1994 to November 1997'
 # -> ceo, not current; 'spent time as head of AT&T Global Strategy and Business Development' -> head, not current;
 # 'From 1997 to 1998, he served as President of ... AT&T Solutions' -> president, not current; 'Daniel Hesse,
 # formerly CEO of Sprint Corporation' -> ceo, not current; 'worked in telecommunications at New England Telephone' ->
 # no role (no post)
 roles=[R(JL, "ceo", TMO), R(JL, "president", TMO), R(JL, "executive", "AT&T", False),
        R(JL, "executive", "Dell", False), R(JL, "executive", "Global Crossing", False), R(JL, "director", "CTIA"),
        R("Daniel Hesse", "ceo", "Sprint Corporation", False), R(JL, "ceo", "AT&T Asia", False),
        R(JL, "head", GSBD, False), R(JL, "president", "AT&T Solutions", False)],
 # 'the worldwide outsourcing subsidiary of AT&T, AT&T Solutions' -> parentOrganization; AT&T Asia and AT&T Global
 # Strategy and Business Development -> parentOrganization(AT&T) (units named as AT&T's and told inside his 'nearly
 # twenty years at AT&T'; doubtful: the text does not call them units); 'the MIT Sloan School of Management',
 # 'Harvard Business School' -> nothing (MIT and Harvard University not named on their own)
 relations=[L("AT&T Solutions", "parentOrganization", "AT&T"), L("AT&T Asia", "parentOrganization", "AT&T"),
            L(GSBD, "parentOrganization", "AT&T")],
 outages=[],
 # 'From 1997 to 1998' and 'November 1997' -> '1997' and 'November 1997', two items (another text, another value)
 dates=[D("September 2012", "2012-09"), D("April 1994", "1994-04"), D("November 1997", "1997-11"),
        D("1997", "1997"), D("1998", "1998")])

# ---- telecoms: Orange -------------------------------------------------------------------------------------------------
SR = "St\u00e9phane Richard"
A["wp-stephane-richard"] = dict(
 # Stéphane Richard (no shorter form in the text); Orange (with 'Orange S.A.' and 'the Orange brand') -> one Company;
 # 'École des Hautes Études Commerciales (HEC Paris)' and 'École nationale d'administration' -> Organization; Caudéran,
 # Gironde ('the Gironde department'), Aquitaine, South-West France (a region named in brackets; leaving it out, or
 # annotating France, could be argued), Strasbourg, Egypt, Israel -> Location; 'the French Minister for the Economy,
 # Industry, and Employment' and 'the Minister of the Economy, Finances and Industry' (an office, no holder named, no
 # ministry named as a body) -> nothing; 'the Legion of Honour (Ordre national de la Légion d'honneur)' (an award) ->
 # nothing
 entities=[E("Person", SR), E("Company", "Orange", "Orange S.A."), E("Location", "Caud\u00e9ran"),
           E("Location", "Gironde"), E("Location", "Aquitaine"), E("Location", "South-West France"),
           E("Organization", "\u00c9cole des Hautes \u00c9tudes Commerciales", "HEC Paris"),
           E("Organization", "\u00c9cole nationale d'administration"), E("Location", "Strasbourg"),
           E("Location", "Egypt"), E("Location", "Israel")],
 # 'is ... the Chief Executive and Chairman of the worldwide mobile phone network Orange' (present tense in this
 # snapshot) and 'He became Chief Executive of Orange S.A. on 1 March 2011' -> ceo and chairman, current (one ceo role
 # for both sentences); 'He joined Orange in September 2009, becoming deputy Chief Executive' -> executive, not current
 # (followed by the chief executive's post at the same company); 'Chief of Staff to the French Minister ...' -> no role
 # (no organisation entity; 'other' at a French government body could be argued if one were named)
 roles=[R(SR, "ceo", "Orange"), R(SR, "chairman", "Orange"), R(SR, "executive", "Orange", False)],
 # 'withdraw the Orange brand from Israel' -> nothing (a brand plan; no partner named)
 relations=[],
 outages=[],
 # 'From 2007 until 2009' and 'In 2007' -> one '2007' item; 'tomorrow morning' (inside a quotation of June 2015, with
 # `published` null) -> nothing
 dates=[D("24 August 1961", "1961-08-24"), D("2007", "2007"), D("2009", "2009"), D("September 2009", "2009-09"),
        D("1 March 2011", "2011-03-01"), D("2006", "2006"), D("June 2015", "2015-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
