#!/usr/bin/env python3
"""Batch 28a gold annotations (the 10 biographies of batch28a.py, two parts of 8 and 2), written from each text alone before newskg was run on
any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
batch's own cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Wikipedia texts have `published` null:
only absolute dates (GUIDELINES.md, Dates). Conventions as batches 27a and 27e (GUIDELINES.md part 2 and earlier
batches): a post the text says ended ('former', 'was ... from X to Y', 'until he quit', 'served on') -> current false;
a post a person moved on from, told by a later post -> current false (doubtful where the text does not say the
person left); posts told with no end -> current true; founders -> founder (current true), 'co-founded', 'one of the
founders' -> cofounder; 'chairperson', 'chairwoman', 'Non-Executive Chairwoman', 'ad interim chairman' -> chairman;
'vice chair' -> executive; 'managing director' -> director; 'senior vice-president', 'executive vice-president' ->
vice-president; 'national sales manager', 'director of marketing', 'chief general manager' (heads of functions) ->
executive; 'First Assistant Secretary (the head)' of a government office -> head; junior posts (salesman,
probationary officer, executive assistant, summer intern, social worker) and owners -> no role; the units and brands a
company runs, as the text tells them -> parentOrganization and provider; a merger with no buyer told -> nothing.
usage: batch28a_annotate.py POOL_DIR eval/corpus [--part2]   (part 1 by default; --part2 writes part 2)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- Asia ----------------------------------------------------------------------------------------------------------
AB = "Arundhati Bhattacharya"
SBI = "State Bank of India"
A["wp-arundhati-bhattacharya"] = dict(
 # 'Bhattacharya' alone is Arundhati throughout (her husband is named in full) -> alias; 'SBI' -> alias of the bank;
 # 'Calcutta' (in "Calcutta’s Lady Brabourne College") is Kolkata's other name -> alias; Bokaro Steel Plant (a named
 # plant) -> Location (named sites and facilities, batches 19b-19c); 'St. Xavier's School, Bokaro' -> the school and
 # the town; Forbes and Fortune (magazines) -> Company; 'Fortune India 500' (a list) -> nothing; 'India-based' ->
 # Location India (a modifier, as batch 26c's 'U.S.'; doubtful); 'State Bank of India Capital Markets' (the bank's
 # merchant banking arm) -> Company; 'Bengali', 'Indian' -> nothing
 entities=[E("Person", AB, "Bhattacharya"), E("Company", SBI, "SBI"), E("Company", "Forbes"), E("Company", "Fortune"),
           E("Location", "Kolkata", "Calcutta"), E("Location", "Bhilai"), E("Person", "Prodyut Kumar Mukherjee"),
           E("Location", "Bokaro Steel Plant"), E("Person", "Kalyani Mukherjee"), E("Location", "Bokaro"),
           E("Organization", "St. Xavier's School"), E("Organization", "Lady Brabourne College"),
           E("Organization", "Jadavpur University"), E("Person", "Pritimoy Bhattacharya"),
           E("Organization", "IIT Kharagpur"), E("Location", "India"),
           E("Company", "State Bank of India Capital Markets"), E("Location", "New York")],
 # 'a retired Indian banker and former Chairman of the State Bank of India' -> chairman, not current; 'the chief
 # executive of the bank's merchant banking arm- State Bank of India Capital Markets' -> ceo of the arm, not current
 # (retired); 'chief general manager in charge of new projects' -> executive at the bank, not current; 'joined SBI ...
 # as a Probationary Officer' -> no role (a trainee post); Pritimoy Bhattacharya 'an ex-professor of IIT Kharagpur' ->
 # no role (an academic post, outside the title vocabulary; doubtful)
 roles=[R(AB, "chairman", SBI, False), R(AB, "ceo", "State Bank of India Capital Markets", False),
        R(AB, "executive", SBI, False)],
 # "the bank's merchant banking arm- State Bank of India Capital Markets" -> parentOrganization
 relations=[L("State Bank of India Capital Markets", "parentOrganization", SBI)],
 outages=[],
 # published null; 'the age of 22 years', '36-year career' (an age and a span) left out
 dates=[D("2016", "2016"), D("September 1977", "1977-09"), D("1977", "1977")])

JZ = "Jaime Zóbel de Ayala y Pfitz"
AC = "Ayala Corporation"
A["wp-jaime-zobel-de-ayala"] = dict(
 # 'Jaime Zóbel', 'Zóbel' alone -> aliases (the other Zóbels are named in full); family members named by first name
 # only ('Jaime Augusto', 'Fernando', 'Patricia', ...) -> Person each, nicknames in brackets -> aliases; 'his cousin
 # Enrique' (whom he succeeded) -> Person 'Enrique', not the grandfather Enrique Zóbel de Ayala (doubtful: a
 # first-name-only entity); 'Col. Joseph McMicking' -> Person without the rank; 'Ayala y Compañía' (the company he
 # joined in 1958) -> its own Company (the text does not say it became Ayala Corporation; doubtful); 'Filipinas Life
 # Assurance Company (now, BPI-Philam Life Assurance Corporation)' -> one Company with its later name as alias; 'the
 # Ayala group' (lower-case group) -> nothing; 'Far East' -> Location; 'Advanced Management Program' (a course), 'PLH'
 # (an order) -> nothing
 entities=[E("Person", JZ, "Jaime Zóbel", "Zóbel"), E("Company", AC), E("Person", "Alfonso Zóbel de Ayala"),
           E("Person", "Carmen Pfitz y Herrero"), E("Person", "Maria Victoria", "Vicky"),
           E("Person", "Alfonso Jr.", "Alfonsito"), E("Person", "Enrique Zóbel de Ayala"),
           E("Person", "Consuelo de Ayala"), E("Person", "Beatriz Miranda"), E("Person", "Jaime Augusto"),
           E("Person", "Fernando"), E("Person", "Beatriz Susana", "Bea Jr."), E("Person", "Patricia"),
           E("Person", "Cristina"), E("Person", "Monica"), E("Person", "Sofia"), E("Location", "Philippines"),
           E("Organization", "Harvard University"), E("Location", "Far East"),
           E("Organization", "Harvard Graduate School of Business Administration"), E("Location", "Baguio"),
           E("Company", "Ayala y Compañía"), E("Person", "Enrique"), E("Person", "Joseph McMicking"),
           E("Company", "Filipinas Life Assurance Company", "BPI-Philam Life Assurance Corporation")],
 # 'He is the chairman emeritus of Ayala Corporation' beside 'In 1984, he succeeded Enrique, as chairman and president
 # of Ayala Corporation' -> chairman, not current (an emeritus holds the title after leaving the chair; doubtful) and
 # president, not current (doubtful: the text does not say he left the presidency; the emeritus title implies he
 # retired); 'In 1975, he became president of Filipinas Life Assurance Company' -> president, not current (he moved on
 # to Ayala Corporation's chair; doubtful); Enrique, succeeded 'as chairman and president' -> both, not current;
 # 'executive assistant' -> no role (a junior post); Joseph McMicking -> no post told
 roles=[R(JZ, "chairman", AC, False), R(JZ, "president", AC, False),
        R(JZ, "president", "Filipinas Life Assurance Company", False), R("Enrique", "chairman", AC, False),
        R("Enrique", "president", AC, False)],
 # 'the insurance companies of the Ayala group' does not name Filipinas Life as one of them -> nothing (doubtful)
 relations=[],
 outages=[],
 # published null; '(1904-1967)', '(1909-1999)' -> two years each; 'six-week' (a span) left out
 dates=[D("1934", "1934"), D("1904", "1904"), D("1967", "1967"), D("1909", "1909"), D("1999", "1999"),
        D("1957", "1957"), D("1963", "1963"), D("1958", "1958"), D("1975", "1975"), D("1984", "1984")])

# ---- Europe --------------------------------------------------------------------------------------------------------
PB = "Peter Brabeck-Letmathe"
NG = "Nestlé Group"
A["wp-peter-brabeck-letmathe"] = dict(
 # 'Brabeck-Letmathe' -> alias; 'Nestlé Group' / 'Nestlé' / 'Nestlé S.A.' -> one Company; Nestlé Ecuador and Nestlé
 # Venezuela -> Companies of their own (country names only inside them: no Location); 'the Culinary Products Division',
 # 'the Strategic Business Group' (capitalised units of Nestlé) -> Company each (doubtful, as batch 27e's 'Consumer
 # Healthcare'); 'Buitoni pasta' (a brand) -> Service 'Buitoni'; the university with its present name in brackets ->
 # one Organization with alias; 'Nazi Germany' (a former state) and 'Germany' -> two Locations; 'Catholic',
 # 'Austrian' -> nothing
 entities=[E("Person", PB, "Brabeck-Letmathe"), E("Company", NG, "Nestlé", "Nestlé S.A."),
           E("Company", "Formula One Group"), E("Organization", "World Economic Forum"), E("Location", "Villach"),
           E("Location", "Nazi Germany"), E("Location", "Iserlohn-Letmathe"), E("Location", "Germany"),
           E("Organization", "University of World Trade", "Vienna University of Economics and Business"),
           E("Location", "Austria"), E("Location", "Chile"), E("Company", "Nestlé Ecuador"),
           E("Company", "Nestlé Venezuela"), E("Location", "Vevey"), E("Company", "Culinary Products Division"),
           E("Company", "Strategic Business Group"), E("Service", "Buitoni")],
 # 'From 1997 to 2008 he was the CEO of the Nestlé Group, chairman 2005-2017 and then chairman emeritus until April
 # 2026' -> ceo and chairman, not current (the emeritus title ended too: one chairman item); 'a former chairman of the
 # Formula One Group' -> chairman, not current; 'for a short time as ad interim chairman of the World Economic Forum
 # in 2025' -> chairman, not current; 'national sales manager and later as director of marketing' in Chile (Nestlé's
 # business there, unnamed) -> executive at Nestlé, not current; 'managing director of Nestlé Ecuador' -> director,
 # not current; 'president and managing director of Nestlé Venezuela' -> president and director, not current; 'senior
 # vice-president in charge of the Culinary Products Division', 'executive vice-president of Nestlé S.A.' ->
 # vice-president at Nestlé (one item), not current; 'salesman', 'specialist for new products' -> no role
 roles=[R(PB, "ceo", NG, False), R(PB, "chairman", NG, False), R(PB, "chairman", "Formula One Group", False),
        R(PB, "chairman", "World Economic Forum", False), R(PB, "executive", NG, False),
        R(PB, "director", "Nestlé Ecuador", False), R(PB, "president", "Nestlé Venezuela", False),
        R(PB, "director", "Nestlé Venezuela", False), R(PB, "vice-president", NG, False)],
 # Nestlé Ecuador and Nestlé Venezuela ('His career within the group', the group's name in theirs) and the two
 # capitalised units -> parentOrganization (doubtful for the units); 'the Strategic Business Group encompassing food,
 # Buitoni pasta, ...' -> the brand Nestlé runs (provider)
 relations=[L("Nestlé Ecuador", "parentOrganization", NG), L("Nestlé Venezuela", "parentOrganization", NG),
            L("Culinary Products Division", "parentOrganization", NG),
            L("Strategic Business Group", "parentOrganization", NG), L("Buitoni", "provider", NG)],
 outages=[],
 # published null; 'chairman 2005-2017' and '(1970–1980)' -> two years each; 'almost 10 years' (a span) left out
 dates=[D("13 November 1944", "1944-11-13"), D("1997", "1997"), D("2008", "2008"), D("2005", "2005"),
        D("2017", "2017"), D("April 2026", "2026-04"), D("2025", "2025"), D("1968", "1968"), D("1970", "1970"),
        D("1980", "1980"), D("1981", "1981"), D("1983", "1983"), D("October 1987", "1987-10"),
        D("1 January 1992", "1992-01-01")])

LM = "Luca Cordero di Montezemolo"
A["wp-luca-di-montezemolo"] = dict(
 # 'Luca di Montezemolo', 'Montezemolo' alone -> aliases (his relatives are named in full or by first name); his
 # father 'Massimo', 'Andrea' -> aliases of the full names; grandfather 'Mario' and great-grandfather 'Carlo' (named by
 # first name only) -> Person each (doubtful); 'Admiral', 'colonel' dropped from names; Confindustria (an employers'
 # federation), Future Italy (a think tank), Civic Choice (an electoral list), the Royal House of Savoy (a royal house;
 # doubtful), the Regia Marina, the Italian Army, La Sapienza University -> Organization; NTV, Ferrari, Fiat S.p.A.,
 # Alitalia, McLaren Group Holdings Ltd. -> Company; the Fosse Ardeatine (a site) -> Location; 'Europe' -> Location;
 # 'World War II', 'the Nazi occupation troops', 'Piedmontese', 'Italian' -> nothing; '"Cordero di Montezemolo"' (the
 # surname as a word) -> no mention of a person
 entities=[E("Person", LM, "Luca di Montezemolo", "Montezemolo"), E("Company", "Ferrari"), E("Company", "Fiat S.p.A."),
           E("Organization", "Confindustria"), E("Company", "Alitalia"), E("Location", "Piedmont"),
           E("Location", "Italy"), E("Company", "NTV"), E("Location", "Europe"), E("Organization", "Future Italy"),
           E("Organization", "Civic Choice"), E("Company", "McLaren Group Holdings Ltd."), E("Location", "Bologna"),
           E("Person", "Massimo Cordero dei Marchesi di Montezemolo", "Massimo"),
           E("Organization", "Royal House of Savoy"), E("Person", "Clotilde Neri"), E("Person", "Vincenzo Neri"),
           E("Person", "Giorgio Cordero dei Marchesi di Montezemolo"), E("Organization", "Regia Marina"),
           E("Person", "Mario"), E("Person", "Carlo"), E("Organization", "Italian Army"),
           E("Person", "Andrea Cordero Lanza di Montezemolo", "Andrea"),
           E("Person", "Giuseppe Cordero di Montezemolo"), E("Location", "Fosse Ardeatine"), E("Location", "Rome"),
           E("Organization", "La Sapienza University")],
 # 'the former chairman of Ferrari, Fiat S.p.A., Confindustria and Alitalia' -> chairman of each, not current; 'one
 # of the founders and former president of NTV' -> cofounder (current) and president (not current); 'Montezemolo
 # founded Future Italy' -> founder; 'reported to have been appointed as a director of McLaren Group Holdings Ltd.' ->
 # director, current (doubtful: 'reported'); Giorgio 'a commander in the Regia Marina', the Generals, Andrea 'a
 # cardinal', a colonel -> no role (military and church ranks)
 roles=[R(LM, "chairman", "Ferrari", False), R(LM, "chairman", "Fiat S.p.A.", False),
        R(LM, "chairman", "Confindustria", False), R(LM, "chairman", "Alitalia", False), R(LM, "cofounder", "NTV"),
        R(LM, "president", "NTV", False), R(LM, "founder", "Future Italy"),
        R(LM, "director", "McLaren Group Holdings Ltd.")],
 # 'a free market think tank that joined Civic Choice in the 2013 Italian parliamentary election' -> nothing (an
 # electoral alliance of non-business bodies; doubtful)
 relations=[],
 outages=[],
 # published null; life spans in brackets -> two years each; '2009' (founding and a death year) -> one item
 dates=[D("31 August 1947", "1947-08-31"), D("2009", "2009"), D("2013", "2013"), D("28 June 2025", "2025-06-28"),
        D("1920", "1920"), D("1922", "1922"), D("2017", "2017"), D("1918", "1918"), D("1986", "1986"),
        D("1888", "1888"), D("1960", "1960"), D("1858", "1858"), D("1943", "1943"), D("2006", "2006"),
        D("1944", "1944"), D("1971", "1971")])

OD = "Oleg Vladimirovich Deripaska"
UCR = "United Company Rusal"
A["wp-oleg-deripaska"] = dict(
 # 'Deripaska' -> alias; 'Rusal' (founded 2000) and 'United Company Rusal' / 'UC Rusal' (formed in 2007 when Rusal
 # merged with SUAL Group and Glencore International AG) -> two Companies (doubtful: the text calls the first 'the
 # world's largest aluminium company Rusal' and the second 'the second-largest'); Volnoe Delo ('Russia's largest
 # charitable foundation') -> Organization; 'the Sayanogorsk aluminium smelter' -> Location 'Sayanogorsk' (the
 # smelter is named by its town; doubtful); 'the Soviet Union' -> Location; Roman Abramovich -> Person
 entities=[E("Person", OD, "Deripaska"), E("Location", "Russia"), E("Location", "Soviet Union"),
           E("Location", "Sayanogorsk"), E("Company", "Rusal"), E("Company", "Basic Element"),
           E("Organization", "Volnoe Delo"), E("Company", "En+ Group"), E("Company", UCR, "UC Rusal"),
           E("Company", "Sibirsky Aluminium"), E("Person", "Roman Abramovich"), E("Company", "Millhouse Capital"),
           E("Company", "SUAL Group"), E("Company", "Glencore International AG")],
 # 'the founder of Basic Element ... and Volnoe Delo' -> founder of each; 'In 2000, Deripaska founded Rusal' ->
 # founder; 'He was the president of En+ Group ... and headed United Company Rusal ... until he quit both roles in
 # 2018' -> president of En+ Group, not current; the post he headed UC Rusal in is told later ('to form UC Rusal, with
 # Deripaska as chairman') -> chairman, not current; "Roman Abramovich's Millhouse Capital" -> an owner, no role
 roles=[R(OD, "founder", "Basic Element"), R(OD, "founder", "Volnoe Delo"), R(OD, "founder", "Rusal"),
        R(OD, "president", "En+ Group", False), R(OD, "chairman", UCR, False)],
 # 'a partnership between Sibirsky Aluminium and Roman Abramovich's Millhouse Capital' -> partner, as written;
 # 'Rusal merged with SUAL Group and Glencore International AG to form UC Rusal' -> nothing (a merger with no buyer);
 # the acquired stakes in the smelter -> nothing (an asset purchase)
 relations=[L("Sibirsky Aluminium", "partner", "Millhouse Capital")],
 outages=[],
 # published null; 'the 1990s' (a decade) left out
 dates=[D("2 January 1968", "1968-01-02"), D("2018", "2018"), D("2000", "2000"), D("2007", "2007")])

# ---- Latin America, Oceania, US ------------------------------------------------------------------------------------
GF = "Maria das Graças Foster"
PT = "Petrobras-Petróleo Brasil"
A["wp-gracas-foster"] = dict(
 # 'Graça Foster', 'Foster' -> aliases; 'née Silva' -> the maiden name 'Silva' as alias (as batch 27a's maiden
 # names); 'Petrobras-Petróleo Brasil' -> Company, as written; Forbes and Fortune (magazines) -> Company; 'the Time 100
 # list' (Time only inside a list's name) -> nothing; 'the U.S.' -> Location (as batch 26c); Complexo do Alemão (a
 # named area of Rio de Janeiro) -> Location; 'Brazilian security forces' (lower case) -> nothing
 entities=[E("Person", GF, "Graça Foster", "Foster", "Silva"), E("Company", PT), E("Location", "Brazil"),
           E("Location", "Rio de Janeiro"), E("Company", "Forbes"), E("Company", "Fortune"), E("Location", "U.S."),
           E("Location", "Caratinga"), E("Location", "Minas Gerais"), E("Location", "Complexo do Alemão")],
 # 'She was the CEO of Petrobras-Petróleo Brasil' -> ceo, not current (told in the past tense beside her present-tense
 # description; doubtful: 'was' is the only sign)
 roles=[R(GF, "ceo", PT, False)],
 # "Brazil's state-controlled oil company" -> a state owner (a Location), no relation
 relations=[],
 outages=[],
 # published null; '26 August 1953' twice -> one item; 'for the second year in a row', 'two years old' left out
 dates=[D("26 August 1953", "1953-08-26"), D("April 2012", "2012-04"), D("2014", "2014"), D("2013", "2013")])

AS = "Ann Caroline Sherry"
A["wp-ann-sherry"] = dict(
 # 'Ann Sherry', 'Sherry' alone -> aliases (her father is named in full); 'June Caroline (née Stanton)' -> Person
 # 'June Caroline' with the maiden name as alias; her husband 'Michael' -> Person; Somerville House (a school), the
 # University of Queensland, the Office of the Status of Women, the Australian Government, the United Nations ->
 # Organization; 'Victoria' (the state) -> Location; 'the Victorian public service', 'a trade union', 'the Prime
 # Minister' (unnamed) -> nothing
 entities=[E("Person", AS, "Ann Sherry", "Sherry"), E("Location", "Gympie"), E("Location", "Queensland"),
           E("Location", "Australia"), E("Person", "John Morgan Sherry"), E("Person", "June Caroline", "Stanton"),
           E("Location", "Brisbane"), E("Organization", "Somerville House"),
           E("Organization", "University of Queensland"), E("Person", "Michael"), E("Location", "London"),
           E("Location", "United Kingdom"), E("Location", "Melbourne"), E("Location", "Victoria"),
           E("Location", "Canberra"), E("Organization", "Office of the Status of Women"),
           E("Organization", "Australian Government"), E("Organization", "United Nations"), E("Person", "Bob Joss"),
           E("Company", "Westpac")],
 # 'First Assistant Secretary (the head) of the Office of the Status of Women from 1992 to 1994' -> head, not current;
 # 'Bob Joss, Chief Executive Officer of Westpac' -> ceo, current (an appositive title with no end told; doubtful:
 # a past-tense scene); 'prison social worker', 'Her first role with the bank' (no title) -> no role
 roles=[R(AS, "head", "Office of the Status of Women", False), R("Bob Joss", "ceo", "Westpac")],
 relations=[],
 outages=[],
 # published null; 'born 1954' and '2 February 1954' -> two items (another text); 'the early 1980s' (a decade) and
 # 'for 5 years' (a span) left out
 dates=[D("1954", "1954"), D("2 February 1954", "1954-02-02"), D("1975", "1975"), D("1977", "1977"),
        D("1992", "1992"), D("1994", "1994")])

UB = "Ursula M. Burns"
A["wp-ursula-burns"] = dict(
 # 'Burns' -> alias; Teneo, Integrum Holdings (a private equity firm), Forbes -> Company; 'the White House' (the
 # president's office, named as the programme's home) -> Organization (doubtful); the President's Export Council ->
 # Organization; 'New York City' / 'New York' -> one Location; the Baruch Houses (a housing project) and East 56th
 # Street -> Locations (named sites; doubtful for the street); 'Brooklyn Polytechnic Institute (now New York
 # University Tandon School of Engineering)' -> one Organization with its present name as alias; 'Fortune 500' (a
 # list), 'STEM' (a programme), 'Panamanian', 'Catholic' -> nothing
 entities=[E("Person", UB, "Burns"), E("Company", "Xerox"), E("Company", "Uber"), E("Company", "American Express"),
           E("Company", "ExxonMobil"), E("Company", "VEON"), E("Company", "Teneo"), E("Company", "Integrum Holdings"),
           E("Person", "Barack Obama"), E("Organization", "White House"),
           E("Organization", "President's Export Council"), E("Company", "Forbes"), E("Location", "Baruch Houses"),
           E("Location", "New York City", "New York"), E("Organization", "Cathedral High School"),
           E("Location", "East 56th Street"),
           E("Organization", "Brooklyn Polytechnic Institute", "New York University Tandon School of Engineering"),
           E("Organization", "Columbia University")],
 # 'the CEO of Xerox from 2009 to 2016' -> ceo, not current; 'remained the chairman at Xerox from 2010 to 2017' ->
 # chairman, not current; 'also served on the board of directors of Uber, American Express, and ExxonMobil' ->
 # director of each, not current ('served'); 'the chairperson and CEO of VEON from late 2018 to early 2020' -> chairman
 # and ceo, not current; 'is the Non-Executive Chairwoman of Teneo' -> chairman, current; 'co-founded private equity
 # firm Integrum Holdings' -> cofounder; 'chairwoman of the President's Export Council from 2015 to 2016, following her
 # role as vice chair from 2010 to 2015' -> chairman and executive (vice chair), not current; 'led the White House
 # national program' -> no title of an organisation (a programme); 'Under President Barack Obama' -> no country named
 # on its own ('American' only) -> no role (GUIDELINES.md, Roles); summer intern -> no role
 roles=[R(UB, "ceo", "Xerox", False), R(UB, "chairman", "Xerox", False), R(UB, "director", "Uber", False),
        R(UB, "director", "American Express", False), R(UB, "director", "ExxonMobil", False),
        R(UB, "chairman", "VEON", False), R(UB, "ceo", "VEON", False), R(UB, "chairman", "Teneo"),
        R(UB, "cofounder", "Integrum Holdings"), R(UB, "chairman", "President's Export Council", False),
        R(UB, "executive", "President's Export Council", False)],
 relations=[],
 outages=[],
 # published null; 'late 2018', 'early 2020' -> the years (as 'early 1992' in batch 27a); 'that summer' (of 1980,
 # told only by the sentence before) left out; 'Born in 1958' beside 'September 20, 1958' -> two items
 dates=[D("September 20, 1958", "1958-09-20"), D("2009", "2009"), D("2016", "2016"), D("2010", "2010"),
        D("2017", "2017"), D("late 2018", "2018"), D("early 2020", "2020"), D("2021", "2021"), D("2015", "2015"),
        D("2014", "2014"), D("1958", "1958"), D("1980", "1980"), D("1981", "1981")])

IDS = sorted(A)

# ---- part 2 (two Japanese biographies, added after part 1's gold commit and before newskg ran on any text of the
# batch; its own split cycle, so part 1's files do not move) ------------------------------------------------------
A2 = {}
FM = "Fujio Mitarai"
A2["wp-fujio-mitarai"] = dict(
 # 'Mitarai' alone (also in 'the Mitarai way', "Mitarai's cousin") and 'Fujio' -> aliases (his uncle is named in
 # full); 'Canon' / 'Canon Japan' -> one Company (doubtful: 'Canon Japan' read as the company itself, not a unit);
 # 'Canon USA' ('President of Canon in the USA') -> its own Company; 'Chuo University' / 'University of Chuo' -> one
 # Organization; 'Hajime' (his cousin, named by first name) -> Person; 'Kamae', 'Ōita', 'Saiki' ('(now Saiki)', the
 # town's present municipality) -> Locations; 'the USA' -> Location; the Japan Business Federation -> Organization
 entities=[E("Person", FM, "Mitarai", "Fujio"), E("Location", "Kamae"), E("Location", "Ōita"),
           E("Company", "Canon", "Canon Japan"), E("Organization", "Chuo University", "University of Chuo"),
           E("Location", "USA"), E("Location", "Saiki"), E("Person", "Takeshi Mitarai"), E("Company", "Canon USA"),
           E("Person", "Hajime"), E("Organization", "Japan Business Federation")],
 # 'is the chairman of Canon' -> chairman, current; 'was President of Canon in the USA until 1989', '1979: Appointed
 # President position of Canon USA' -> president of Canon USA, not current; '1995: Assumed the 6th presidency after
 # Hajime ... died' and '2012: Returned to presidency of Canon Japan' -> president of Canon, current (the latest item,
 # no end told; doubtful beside 'is the chairman'); Hajime, the 'former president' who died -> president, not
 # current; '2006: Chairman of Japan Business Federation. 2010: Resigned the Chairman position.' -> chairman of the
 # federation, not current (the resigned chair read as the federation's, the item before; doubtful); 'Now Chairman
 # Emeritus' -> no further item; 'his uncle Takeshi Mitarai - one of the founders of the company' -> cofounder of Canon
 roles=[R(FM, "chairman", "Canon"), R(FM, "president", "Canon USA", False), R(FM, "president", "Canon"),
        R("Hajime", "president", "Canon", False), R(FM, "chairman", "Japan Business Federation", False),
        R("Takeshi Mitarai", "cofounder", "Canon")],
 # 'President of Canon in the USA' / 'Canon USA' -> Canon's unit (parentOrganization)
 relations=[L("Canon USA", "parentOrganization", "Canon")],
 outages=[],
 # published null; 'September 23, 1935' and '1935 September 23' -> two items (two texts, one value); '1961 March' ->
 # the month; 'in April' (no year of its own) left out; '6th' (an ordinal) left out
 dates=[D("September 23, 1935", "1935-09-23"), D("1989", "1989"), D("1935 September 23", "1935-09-23"),
        D("1961 March", "1961-03"), D("1979", "1979"), D("1995", "1995"), D("2006", "2006"), D("2010", "2010"),
        D("2012", "2012")])

HO = "Hiroshi Okuda"
TM = "Toyota Motor Corporation"
A2["wp-hiroshi-okuda"] = dict(
 # 'Okuda' -> alias; 'Toyota Motor Corporation' / 'Toyota' -> one Company; the university, the Prime Minister's
 # Economic Strategy Council, the two associations -> Organization; 'Mie Prefecture' -> Location; 'Japanese' ->
 # nothing
 entities=[E("Person", HO, "Okuda"), E("Company", TM, "Toyota"), E("Location", "Mie Prefecture"),
           E("Organization", "Hitotsubashi University"),
           E("Organization", "Prime Minister's Economic Strategy Council"),
           E("Organization", "Japan Federation of Employers' Associations"),
           E("Organization", "Japan Automobile Manufacturers Association")],
 # 'served as president of the Toyota Motor Corporation from 1995 to 1999 and as its chairman from 1999 to 2006' ->
 # president and chairman, not current; 'became chairman of the Japan Federation of Employers' Associations' ->
 # chairman, current (no end told; doubtful, the text's other posts all ended); 'held the position of chairman of the
 # Japan Automobile Manufacturers Association from 2000 to 2002' -> chairman, not current; 'a member of the Prime
 # Minister's Economic Strategy Council' -> no role (a council member; no title)
 roles=[R(HO, "president", TM, False), R(HO, "chairman", TM, False),
        R(HO, "chairman", "Japan Federation of Employers' Associations"),
        R(HO, "chairman", "Japan Automobile Manufacturers Association", False)],
 relations=[],
 outages=[],
 # published null; '29 December 1932' twice -> one item; 'That same year' (1995, told only by the sentence before)
 # and 'for 40 years' left out
 dates=[D("29 December 1932", "1932-12-29"), D("1995", "1995"), D("1999", "1999"), D("2006", "2006"),
        D("1955", "1955"), D("1998", "1998"), D("2000", "2000"), D("2002", "2002")])

IDS2 = sorted(A2)

if __name__ == "__main__":
    b10.main_parts(sys.argv, (IDS, A), (IDS2, A2))
