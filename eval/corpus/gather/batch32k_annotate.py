#!/usr/bin/env python3
"""Batch 32k gold annotations (the six texts of batch32k.py: four American women executives, an Italian-Argentine
steel executive and a Singaporean hotel-group chairman, one part), written from each text alone (four after those
four were gathered, the last two after they were found); newskg (or any extractor) was
not run on them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(batch10_annotate.write_parts, one part). Wikipedia texts have `published` null: only absolute dates (GUIDELINES.md,
Dates); decades ('the early 1990s'), ages ('eight years old') and spans left out; a year inside a full date is not
listed again unless it also stands alone; a repeated text with the same value is one item.
Conventions as batches 27a-32h (GUIDELINES.md part 2): a post the text ends or gives as past ('From 1999 until 2012',
'former president and CEO', 'during her time as', 'was also the first woman to serve as') -> current false; a post
told with no end ('is the president', 'she became', 'is on the boards of') -> current true; 'founded by', 'the founder
of' -> founder (current, the convention); 'chair'/'Chairman' -> chairman; 'senior vice president', 'executive vice
president' -> vice-president; board seats -> director; advisers, assistants, members, fellows, staff jobs with no
title -> no role.
usage: batch32k_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- United States -------------------------------------------------------------------------------------------------
AJ = "Andrea Jung"
AV = "Avon Products, Inc."
GA = "Grameen America"
CTFA = "Cosmetic, Toiletry & Fragrance Association"
WFDSA = "World Federation of Direct Selling Associations"
A["wp-andrea-jung"] = dict(
 # 'Jung' and the Chinese script, pinyin and jyutping forms in the opening bracket -> aliases (as batches 31h-32h;
 # the jyutping with its tone numbers doubtful); 'Avon' -> alias of Avon Products, Inc.; 'Grameen' (in 'Grameen is the
 # fastest-growing microfinance organization') -> alias of Grameen America, a nonprofit -> Organization; the two trade
 # associations and the Avon Foundation for Women -> Organization; the Nobel Peace Prize and the Clinton Global
 # Citizen Award (awards) -> nothing
 entities=[E("Person", AJ, "\u937e\u5f6c\u5afa", "Zh\u014dng B\u012bnxi\u00e1n", "zung1 ban1 haa4", "Jung"),
           E("Organization", GA, "Grameen"), E("Person", "Muhammad Yunus"), E("Location", "United States"),
           E("Company", AV, "Avon"), E("Organization", CTFA), E("Organization", WFDSA),
           E("Organization", "Avon Foundation for Women"), E("Location", "Toronto"), E("Location", "Ontario"),
           E("Location", "Wellesley"), E("Location", "Massachusetts")],
 # 'In April 2014, she became president and CEO of Grameen America' (no end told) -> president and ceo, current;
 # 'From 1999 until 2012, she served as the first female CEO and chairman of Avon Products' and 'continued as chair of
 # Avon's board of directors through the end of 2012' -> ceo and chairman, not current (one chairman item); 'was also
 # the first woman to serve as Chairman' of the two associations -> chairman, not current (told in the past, no end
 # date; doubtful); 'founded by Nobel Peace Prize winner, Muhammad Yunus' -> founder (current, the convention); 'a
 # senior advisor to Avon's board through April 2014' (an adviser: no title in the vocabulary, GATHERING.md batch 13)
 # and 'her leadership of Avon Foundation for Women' (no title) -> no role
 roles=[R(AJ, "president", GA), R(AJ, "ceo", GA), R(AJ, "ceo", AV, False), R(AJ, "chairman", AV, False),
        R(AJ, "chairman", CTFA, False), R(AJ, "chairman", WFDSA, False), R("Muhammad Yunus", "founder", GA)],
 # the Avon Foundation for Women is not said to belong to Avon Products (named after it; doubtful) -> nothing
 relations=[],
 outages=[],
 # published null; '1958' twice, one item; 'April 2014' twice, one item; '2012' twice ('until 2012', 'the end of
 # 2012'), one item; 'the 2010 Clinton Global Citizen Award' -> '2010' (a year standing in an award's name; doubtful)
 dates=[D("1958", "1958"), D("April 2014", "2014-04"), D("1999", "1999"), D("2012", "2012"), D("2010", "2010")])

CB = "Carol Ann Bartz"
A["wp-carol-bartz"] = dict(
 # 'Bartz' and 'Carol' (in 'when Carol was eight years old') -> aliases of the subject (her father's full name is
 # given apart); 'Yahoo!' with its mark -> Company; her mother 'Shirley Ann (n\u00e9e Giese)' -> Person 'Shirley Ann'
 # (the birth surname in the bracket left out; doubtful), her father, brother 'Jim' and grandmother 'Alice' (first
 # names alone) -> Person each (as batch 32h's 'Manuel'; doubtful); 'near Alma, Wisconsin' -> Location 'Alma' and
 # Wisconsin; 'Fulton, Missouri' -> two Locations; universities and institutes -> Organization; 3M, Digital Equipment
 # Corporation, Sun Microsystems -> Company; the honorary degrees -> nothing
 entities=[E("Person", CB, "Bartz", "Carol"), E("Company", "Yahoo!"), E("Company", "Autodesk"),
           E("Location", "Winona"), E("Location", "Minnesota"), E("Person", "Shirley Ann"),
           E("Person", "Virgil Julius Bartz"), E("Person", "Jim"), E("Person", "Alice"), E("Location", "Alma"),
           E("Location", "Wisconsin"), E("Organization", "William Woods University"), E("Location", "Fulton"),
           E("Location", "Missouri"), E("Organization", "University of Wisconsin\u2013Madison"),
           E("Organization", "New Jersey Institute of Technology"),
           E("Organization", "Worcester Polytechnic Institute"), E("Company", "3M"),
           E("Company", "Digital Equipment Corporation"), E("Company", "Sun Microsystems")],
 # 'the former president and CEO of ... Yahoo!' -> president and ceo, not current; 'former chairman, president, and
 # CEO at ... Autodesk' -> chairman, president, ceo, not current ('She became CEO of Autodesk in 1992' the same ceo
 # item); 'went to work at ... 3M' and 'jobs at Digital Equipment Corporation and Sun Microsystems' (no title), the
 # cocktail-waitress job -> no role
 roles=[R(CB, "president", "Yahoo!", False), R(CB, "ceo", "Yahoo!", False), R(CB, "chairman", "Autodesk", False),
        R(CB, "president", "Autodesk", False), R(CB, "ceo", "Autodesk", False)],
 relations=[],
 outages=[],
 # published null; 'eight years old' and 'A few years later' left out
 dates=[D("August 28, 1948", "1948-08-28"), D("1971", "1971"), D("2002", "2002"), D("1976", "1976"),
        D("1992", "1992")])

LS = "Lisa Tzwu-Fang Su"
SIA = "Semiconductor Industry Association"
A["wp-lisa-su"] = dict(
 # 'Su' and the Chinese script -> aliases; 'IBM's Semiconductor Research and Development Center' -> Location (a named
 # research centre, GUIDELINES Types; doubtful), no role or relation attaching to it; 'the U.S. Semiconductor Industry
 # Association' -> alias of the association's name; 'the Institute of Electrical and Electronics Engineers (IEEE)' ->
 # Organization with alias 'IEEE' (also the first word of 'IEEE Robert Noyce Medal', an award -> nothing); EE Times
 # and Fortune (publishers of rankings) -> Company; 'Executive of the Year', 'World's Greatest Leaders' -> nothing
 entities=[E("Person", LS, "\u8607\u59ff\u4e30", "Su"), E("Company", "AMD"), E("Company", "Texas Instruments"),
           E("Company", "IBM"), E("Company", "Freescale Semiconductor"),
           E("Location", "Semiconductor Research and Development Center"), E("Company", "Cisco Systems"),
           E("Organization", "Global Semiconductor Alliance"), E("Organization", SIA, "U.S. " + SIA),
           E("Organization", "Institute of Electrical and Electronics Engineers", "IEEE"), E("Company", "EE Times"),
           E("Company", "Fortune"), E("Location", "Tainan"), E("Location", "Taiwan")],
 # 'is the president, chief executive officer and chair of AMD' -> president, ceo, chairman, current ('was appointed
 # president and CEO of AMD in October 2014' the same items); 'senior vice president of AMD's global business units
 # and chief operating officer' (roles held before her appointment) -> vice-president and coo, not current; 'vice
 # president of IBM's Semiconductor Research and Development Center' ('during her time as') -> vice-president at IBM,
 # not current (a unit's post given to the company, as batch 32a's Adobe president; doubtful); 'She is on the boards
 # of' three bodies -> director each, current; 'a fellow of the IEEE' and the 'engineering and management positions'
 # at Texas Instruments, IBM and Freescale (no title) -> no role
 roles=[R(LS, "president", "AMD"), R(LS, "ceo", "AMD"), R(LS, "chairman", "AMD"),
        R(LS, "vice-president", "AMD", False), R(LS, "coo", "AMD", False), R(LS, "vice-president", "IBM", False),
        R(LS, "director", "Cisco Systems"), R(LS, "director", "Global Semiconductor Alliance"),
        R(LS, "director", SIA)],
 relations=[],
 outages=[],
 # published null; 'November of 1969' -> the month (another text than the full birth date); '2014' (EE Times) beside
 # 'October 2014'; 'at the age of' not reached
 dates=[D("7 November 1969", "1969-11-07"), D("October 2014", "2014-10"), D("2012", "2012"), D("2014", "2014"),
        D("2017", "2017"), D("2021", "2021"), D("November of 1969", "1969-11")])

AbJ = "Abigail Pierrepont Johnson"
FI = "Fidelity Investments"
NED = 'Edward C. "Ned" Johnson III'
A["wp-abigail-johnson"] = dict(
 # 'Johnson' alone -> alias of the subject (her father and grandfather are named in full; 'the Johnson family' is a
 # family -> nothing); 'FMR' and 'Fidelity' -> aliases of Fidelity Investments; 'FIL' -> alias of Fidelity
 # International; her father's name with the nickname in quotes, as written -> Person; Breakthrough Energy Ventures
 # (an investment fund) -> Company; Forbes -> Company; the Forbes lists -> nothing
 entities=[E("Person", AbJ, "Johnson"), E("Person", "Edward C. Johnson II"), E("Company", FI, "FMR", "Fidelity"),
           E("Company", "Fidelity International", "FIL"), E("Person", NED),
           E("Company", "Breakthrough Energy Ventures"), E("Company", "Forbes"), E("Location", "Massachusetts")],
 # 'Since 2014, Johnson has been president and chief executive officer' -> president and ceo, current; 'chair of
 # ... Fidelity International' and 'In November 2016, Johnson was named chair' (of Fidelity) -> chairman each,
 # current; 'She is a board member of Breakthrough Energy Ventures' -> director, current; 'the founder of Fidelity
 # Investments' / 'founded by her grandfather' -> founder (current, the convention); 'remained chair emeritus of FMR
 # until his death in March 2022' -> other, not current (an honorary title; doubtful against no role)
 roles=[R(AbJ, "president", FI), R(AbJ, "ceo", FI), R(AbJ, "chairman", FI), R(AbJ, "chairman", "Fidelity International"),
        R(AbJ, "director", "Breakthrough Energy Ventures"), R("Edward C. Johnson II", "founder", FI),
        R(NED, "other", FI, False)],
 # 'its international former sister company Fidelity International' (no ownership between them) and the family's
 # 49% stake (persons) -> nothing
 relations=[],
 outages=[],
 # published null; 'December 19, 1961' twice, one item
 dates=[D("December 19, 1961", "1961-12-19"), D("2014", "2014"), D("March 2022", "2022-03"),
        D("March 2013", "2013-03"), D("November 2016", "2016-11"), D("2016", "2016"), D("2021", "2021"),
        D("2020", "2020")])

# ---- Argentina / Italy ---------------------------------------------------------------------------------------------
PR = "Paolo Rocca"
SID = "Siderar"
A["wp-paolo-rocca"] = dict(
 # 'Rocca' alone (in 'Rocca converted Somisa') -> alias of Paolo Rocca ('the younger Rocca' him too; 'the senior
 # Rocca' is Agostino, named in full; doubtful with three Roccas in the text); 'the Roccas' (a family) -> nothing;
 # 'Istituto per la Ricostruzione Industriale' with 'IRI' -> Organization (a state body as the text tells it;
 # doubtful against Company); 'the Mussolini regime' (a regime named by its leader, used as an adjective) -> nothing
 # (doubtful); 'Rocca converted Somisa into Siderar' -> one Company 'Siderar' with 'Somisa' as its former name (alias;
 # doubtful: the text may mean a new company); Dalmine and Siderca -> Company; universities -> Organization
 entities=[E("Person", PR, "Rocca"), E("Location", "Milan"), E("Person", "Roberto Rocca"),
           E("Person", "Agostino Rocca"), E("Organization", "Istituto per la Ricostruzione Industriale", "IRI"),
           E("Company", "Techint"), E("Location", "Italy"), E("Location", "Buenos Aires"), E("Company", "Dalmine"),
           E("Organization", "University of Milan"), E("Organization", "Harvard Business School"),
           E("Person", "Carlos Menem"), E("Location", "Argentina"), E("Company", SID, "Somisa"),
           E("Company", "Siderca")],
 # 'the founder of Techint, in 1945' -> founder (Agostino Rocca; current, the convention); 'a prominent member of the
 # IRI' -> no role; 'the presidency of Techint was transferred to Roberto Rocca' (no end told) -> president, current
 # (doubtful: a 2010 text); 'reaching the rank of executive vice president in 1990' -> vice-president, current (no
 # end or later post told before the cut; doubtful); 'joined Techint as his father's assistant' (a staff post) -> no
 # role; 'President Carlos Menem' at the early-1990s privatisation, with Argentina named on its own -> president of
 # Argentina, not current (told as past, as batch 32a's 'supported CEO Dr. Klaus Kleinfeld'; doubtful)
 roles=[R("Agostino Rocca", "founder", "Techint"), R("Roberto Rocca", "president", "Techint"),
        R(PR, "vice-president", "Techint"), R("Carlos Menem", "president", "Argentina", False)],
 # 'Techint ... purchasing a majority stake in ... the state-owned Somisa, in 1992' -> acquired and parentOrganization
 # (a completed purchase of control); the Roccas' 'acquisition of ... Dalmine, in 1954' (a family as buyer, no company
 # named) -> nothing (doubtful); Techint's operations integrated 'into Siderca' (Siderca not said to be Techint's) ->
 # nothing (doubtful)
 relations=[L("Techint", "acquired", SID), L(SID, "parentOrganization", "Techint")],
 outages=[],
 # published null; 'from 1933 to 1941' -> both years; 'the early 1990s' (a decade) left out
 dates=[D("October 14, 1952", "1952-10-14"), D("1933", "1933"), D("1941", "1941"), D("1945", "1945"),
        D("1946", "1946"), D("1954", "1954"), D("1978", "1978"), D("1985", "1985"), D("1990", "1990"),
        D("1992", "1992")])

# ---- Singapore -----------------------------------------------------------------------------------------------------
HKP = "Ho Kwon Ping"
A["wp-ho-kwon-ping"] = dict(
 # 'Ho' alone -> alias of the subject (his father is always named in full); 'SMU' -> alias; Singapore Management
 # University and the other universities and the Singapore Employers' Federation -> Organization; GIC (named bare,
 # Singapore's state investment company) -> Company (doubtful); 'the US' -> Location 'US'; 'Chinese culture' -> nothing
 entities=[E("Person", HKP, "Ho"), E("Company", "Banyan Group"), E("Company", "Laguna Resorts and Hotels"),
           E("Company", "Thai Wah Public Company"), E("Organization", "Singapore Management University", "SMU"),
           E("Company", "Singapore Power"), E("Company", "MediaCorp Singapore"),
           E("Company", "Standard Chartered Bank"), E("Company", "Diageo"), E("Company", "Singapore Airlines"),
           E("Company", "GIC"), E("Person", "Ho Rih Hwa"), E("Person", "Li Lienfung"), E("Location", "Hong Kong"),
           E("Location", "Thailand"), E("Location", "Singapore"), E("Location", "Taiwan"), E("Location", "US"),
           E("Organization", "Tunghai University"), E("Organization", "Stanford University"),
           E("Organization", "National University of Singapore"),
           E("Organization", "Singapore Employers' Federation")],
 # 'the founder and executive chairman of Banyan Group and Laguna Resorts and Hotels' (told twice) -> founder and
 # chairman of each, current; 'executive chairman of Thai Wah Public Company' -> chairman, current; 'He was the
 # founding chairman of Singapore Management University' -> chairman, not current (told as past; the word 'founding'
 # not made a founder role; doubtful); 'has chaired Singapore Power and MediaCorp Singapore' -> chairman each, not
 # current (past chairs; doubtful: present perfect with no end); 'has also served on the boards of' four companies
 # -> director each, not current (as batch 32h's 'served on the board of directors of Arm'; doubtful); Ho Rih Hwa's
 # post as 'Singapore's ambassador' (no title in the vocabulary) and the national service -> no role
 roles=[R(HKP, "founder", "Banyan Group"), R(HKP, "chairman", "Banyan Group"),
        R(HKP, "founder", "Laguna Resorts and Hotels"), R(HKP, "chairman", "Laguna Resorts and Hotels"),
        R(HKP, "chairman", "Thai Wah Public Company"),
        R(HKP, "chairman", "Singapore Management University", False), R(HKP, "chairman", "Singapore Power", False),
        R(HKP, "chairman", "MediaCorp Singapore", False), R(HKP, "director", "Standard Chartered Bank", False),
        R(HKP, "director", "Diageo", False), R(HKP, "director", "Singapore Airlines", False),
        R(HKP, "director", "GIC", False)],
 # 'All three family-owned companies' (owned by a family, no parent company named) -> nothing
 relations=[],
 outages=[],
 # published null; 'After a year in Taiwan' left out
 dates=[D("24 August 1952", "1952-08-24")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
