#!/usr/bin/env python3
"""Batch 55k gold annotations (the texts of batch55k.py: the Office of Public Affairs' release of 5 February 2010 on
Balli Aviation Ltd., 'a subsidiary of the United Kingdom-based Balli Group PLC', pleading guilty over Boeing 747
exports to Iran; the District of South Carolina's release of 5 December 2012, as bis.doc.gov reposts it, on Markos
Baghdasarian, 'the manager of Delfin Group USA LLC', pleading guilty over exports to Iran; the Southern District of
Texas' undated release, as fbi.gov reposts it, on the last conviction in the kickback scheme at Continuum Healthcare
LLC, 'which owned Westbury Community Hospital', and its executive team), written from the texts alone; newskg was not
run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's
write_parts). Dates resolve against `published`; where it is null (Continuum) only absolute dates are given.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-55d; GUIDELINES section 2): "X, a subsidiary of the Y-based Z"
-> parentOrganization(X, Z), and the country in 'Y-based' a Location (52f's 'Calif.-based' reading); "the U.S.
Department of Commerce's Bureau of Industry and Security", "the U.S. Department of the Treasury's Office of Foreign
Assets Control" -> parentOrganization(unit, department) ("X's Y division"; 48a's OFAC / Treasury); 'Director of the
Department of Treasury's Office of Foreign Assets Control' and 'Director of U.S. Immigration and Customs Enforcement'
-> head (GUIDELINES: an agency's director leading it); 'Assistant Attorney General for National Security' (no division
named as a body) -> no role (52f); 'U.S. Attorney for the District of <X>' -> Person, no role, the district no entity
(44r, 47n, 52f); 'Acting Deputy Assistant Secretary of Commerce for Export Enforcement' where the text names the U.S.
Department of Commerce as a body -> other at the department (a departmental official below its head: GUIDELINES'
commissioners and 15g's and 16b's assistant secretaries; **doubtful**), and 'Assistant Secretary of Commerce for
Export Enforcement' where the text names no Commerce body -> no role (20a's 'Assistant Secretary for Health'); 'X, the
manager of Y' -> executive at Y (GUIDELINES: 'manager' -> executive); 'were part of the executive team for Y' ->
executive at Y, current (21a's 'join Six Apart's executive team'; **doubtful** beside 45zv's membership near-miss); "Y,
which owned Z Hospital" -> Company for the hospital with parentOrganization(hospital, Y) (54zr's and 47t's hospitals a
named firm owns; **doubtful** against GUIDELINES' facilities-as-Location); a court named in full ('the U.S. District
Court for the District of Columbia') -> Organization (51t, 52f); a judicial district named as a place ('in the
District of South Carolina') -> nothing (53f, 53k); an aircraft model ('commercial Boeing 747 aircraft') -> Service,
and the maker named only inside it gets no entity (GUIDELINES); laws (IEEPA) and programmes (Medicare) -> no entity
(54zr); countries named as the ends of an export ('from the United States to Iran') -> Location; 'City, State' and
'City, S.C.' -> one Location; the dateline as written ('COLUMBIA, S.C.', 'HOUSTON', with the same city in the text as
its alias, 54zr's PHILADELPHIA).
usage: batch55k_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather56k/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Balli Aviation Ltd., DOJ OPA, published 2010-02-05 (a Friday) ----------------------------------------------------
BAV = "Balli Aviation Ltd."
BGP = "Balli Group PLC"
COURT = "U.S. District Court for the District of Columbia"
OFAC = "Office of Foreign Assets Control"
UST = "U.S. Department of the Treasury"
DOC = "U.S. Department of Commerce"
BIS = "Bureau of Industry and Security"
A["us-doj-opa-balli-aviation-balli-group-subsidiary-boeing-747-iran-export-guilty-plea-2010"] = dict(
 # Companies: Balli Aviation Ltd. (four times more in that form; 'Balli Aviation' once: alias; 'Balli Aviation, Ltd.'
 # was in the cut sentence), Balli Group PLC ('Balli Group' once: alias). Location: United Kingdom ('the United Kingdom-based Balli
 # Group PLC': the country in a '-based' modifier, 52f), United States and Iran ('from the United States to Iran').
 # Organizations: the U.S. District Court for the District of Columbia (a court named in full, 51t, 52f), the Office of
 # Foreign Assets Control ("the Department of Treasury's Office of Foreign Assets Control" and "the U.S. Department of
 # the Treasury's Office of Foreign Assets Control (OFAC)": alias 'OFAC'), the U.S. Department of the Treasury ('the
 # Department of Treasury' in Szubin's title: alias), the U.S. Department of Commerce, the Bureau of Industry and
 # Security ('(BIS)' and 'BIS history': alias 'BIS'). Service: Boeing 747 ('commercial Boeing 747 aircraft': an
 # aircraft model; Boeing, named only inside the model's name, gets no entity, GUIDELINES). People: David Kris,
 # Channing D. Phillips, Thomas Madigan, Adam J. Szubin. Not annotated: 'the District of Columbia' (only inside the
 # court's name and Phillips' title: a judicial district, no entity); 'Commerce' in Madigan's title (a word of his
 # title, not an alias of the department: **doubtful**); 'a two-count criminal information', 'the plea agreement',
 # 'the related civil settlement' (legal papers); 'corporate probation', 'export privileges' (generic)
 entities=[E("Company", BAV, "Balli Aviation"),
           E("Location", "United Kingdom"),
           E("Company", BGP, "Balli Group"),
           E("Organization", COURT),
           E("Service", "Boeing 747"),
           E("Location", "United States"),
           E("Location", "Iran"),
           E("Person", "David Kris"),
           E("Person", "Channing D. Phillips"),
           E("Person", "Thomas Madigan"),
           E("Person", "Adam J. Szubin"),
           E("Organization", UST, "Department of Treasury"),
           E("Organization", OFAC, "OFAC"),
           E("Organization", DOC),
           E("Organization", BIS, "BIS")],
 # "Adam J. Szubin, Director of the Department of Treasury's Office of Foreign Assets Control" -> head at OFAC, current
 # (the director who leads the office). 'Thomas Madigan, Acting Deputy Assistant Secretary of Commerce for Export
 # Enforcement' -> other at the U.S. Department of Commerce, current (acting is current; a departmental official
 # below its head; **doubtful**: a reader may give no role, the title naming the department by one word, or tie him
 # to the BIS, which the text does not). Near-misses: Kris, 'Assistant Attorney General for National Security' (no
 # division or department named as a body: no role, 52f); Phillips, 'U.S. Attorney for the District of Columbia' (no
 # office named as a body: no role, 44r, 47n, 52f)
 roles=[R("Adam J. Szubin", "head", OFAC), R("Thomas Madigan", "other", DOC)],
 # 'Balli Aviation Ltd., a subsidiary of the United Kingdom-based Balli Group PLC' -> parentOrganization(Balli
 # Aviation Ltd., Balli Group PLC). "the U.S. Department of Commerce's Bureau of Industry and Security (BIS)" ->
 # parentOrganization(BIS, Commerce); "the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC)" ->
 # parentOrganization(OFAC, Treasury) (48a). Near-misses: the civil settlement 'among Balli Group PLC, Balli Aviation
 # Ltd., the ... BIS, and the ... OFAC' (a settlement with regulators: no partner); Balli Aviation and the Boeing 747
 # (it exported the aircraft, it does not make or run the model: no provider; Boeing is not an entity); Balli and Iran
 # (a destination country: no relation); Balli Group and the United Kingdom (a base: no relation)
 relations=[L(BAV, "parentOrganization", BGP), L(BIS, "parentOrganization", DOC),
            L(OFAC, "parentOrganization", UST)],
 outages=[],
 # 'pleaded guilty today' and 'also announced today' -> 'today' 2010-02-05 (one item: the same text and value).
 # Skipped: 'for five years' (twice: spans), '$2 million', '$15 million' (amounts)
 dates=[D("today", "2010-02-05")])

# ---- Delfin Group USA LLC, DOJ / USAO D.S.C. on bis.doc.gov, published 2012-12-05 (a Wednesday) -----------------------
DELFIN = "Delfin Group USA LLC"
ICE = "U.S. Immigration and Customs Enforcement"
A["us-doj-usao-dsc-delfin-group-usa-manager-baghdasarian-iran-exports-guilty-plea-2012"] = dict(
 # Location: COLUMBIA, S.C. (dateline, as written: one Location, the 'City, State' rule), Iran ('Iran' six times more,
 # "Iran's" included), Atlanta ('arrested ... in Atlanta'), United States ('the President of the United States', 'from
 # the United States to Iran', 'the national security of the United States'). Person: Markos Baghdasarian
 # ('Baghdasarian' twice more: alias), William N. Nettles, Lisa Monaco, John Morton, David W. Mills. Company:
 # Delfin Group USA LLC (once in the kept text; 'Delfin Group USA' was in the cut sentence). Organization: U.S.
 # Immigration and Customs Enforcement ('(ICE)': alias). Not annotated: 'the District of South Carolina' (twice: a
 # judicial district as the place of the plea and the complaint, 53f, 53k; **doubtful**: a reader may type it
 # Location); 'the President of the United States' (an unnamed office-holder); 'the Iranian government' / 'its
 # government' (generic; **doubtful**: a reader may add a Government of Iran organisation); the International
 # Emergency Economic Powers Act ('IEEPA', five times: a law); 'U.S. government licenses', 'a criminal complaint',
 # 'the indictment', 'a March 1995 executive order' (papers and generic); 'Commerce' in Mills' title (no department
 # named as a body in this text)
 entities=[E("Location", "COLUMBIA, S.C."),
           E("Person", "Markos Baghdasarian", "Baghdasarian"),
           E("Company", DELFIN),
           E("Location", "Iran"),
           E("Person", "William N. Nettles"),
           E("Person", "Lisa Monaco"),
           E("Person", "John Morton"),
           E("Organization", ICE, "ICE"),
           E("Person", "David W. Mills"),
           E("Location", "Atlanta"),
           E("Location", "United States")],
 # 'Markos Baghdasarian, the manager of Delfin Group USA LLC' -> executive at Delfin Group USA LLC, current
 # (GUIDELINES: 'manager' -> executive; the text does not say he left; **doubtful**: news pages call him the
 # company's president and say he was put on leave -- outside the text, not used). 'John Morton, Director of U.S.
 # Immigration and Customs Enforcement (ICE)' -> head at ICE, current (an agency's director). Near-misses: Nettles,
 # 'U.S. Attorney for the District of South Carolina' (no role, 44r, 47n, 52f); Monaco, 'Assistant Attorney General
 # for National Security' (no division named: no role, 52f); Mills, 'Assistant Secretary of Commerce for Export
 # Enforcement' (no Commerce body in this text: no role, 20a; **doubtful**); Baghdasarian as president or ceo (not in
 # the text)
 roles=[R("Markos Baghdasarian", "executive", DELFIN), R("John Morton", "head", ICE)],
 # No relation: one company only. Near-misses: Delfin Group USA LLC and Iran (exports to a country: no relation); its
 # Russian owner (named only in news pages, not in the text: nothing); ICE and any department (not stated)
 relations=[],
 outages=[],
 # 'pleaded guilty yesterday' -> 'yesterday' 2012-12-04 (the day before the release; myrtlebeachonline's 'December 4,
 # 2012' agrees); 'arrested on May 19, 2012' -> 'May 19, 2012'; 'indicted on June 14, 2012' -> 'June 14, 2012'; 'In
 # May 1995' -> 'May 1995' 1995-05; 'a March 1995 executive order' -> 'March 1995' 1995-03. Skipped: 'five years',
 # '20 years' (sentences: spans)
 dates=[D("yesterday", "2012-12-04"), D("May 19, 2012", "2012-05-19"), D("June 14, 2012", "2012-06-14"),
        D("May 1995", "1995-05"), D("March 1995", "1995-03")])

# ---- Continuum Healthcare LLC, USAO S.D. Tex. on fbi.gov, published null -------------------------------------------
CONT = "Continuum Healthcare LLC"
WCH = "Westbury Community Hospital"
A["us-doj-usao-sdtx-continuum-healthcare-westbury-community-hospital-executive-rouse-medicare-kickbacks-plea"] = dict(
 # Locations: HOUSTON (dateline, as written) with 'Houston' ('an 80-year-old Houston man', 'of Houston', 'all of
 # Houston', 'in Houston', 'the Houston area') as its alias (54zr's PHILADELPHIA); the residences Palm Harbor, Florida
 # (one Location, 'City, State'), Crockett, Wimberley, Missouri City (also a center's location: one entity), Fresno,
 # Atlanta, Georgia (one Location), Beasley; the centers' locations Hornwood and Baytown ('known by their locations as
 # Hornwood, Baytown and Missouri City': place names; **doubtful** for Hornwood, which the text gives no kind of
 # place for). Companies: Continuum Healthcare LLC ('Continuum Healthcare' and 'Continuum': aliases), Westbury
 # Community Hospital (owned by the firm: Company, 54zr; **doubtful**). People: Ryan K. Patrick, Bobby Rouse ('Rouse'
 # twice more: alias), Cheryl Waller, Steven Houseworth ('Houseworth': alias), James Bobino, Ernestine Johnson,
 # Jackie Harris, Vermon Lacy III, David Edson ('Edson' twice: alias), Jeffery Parsons ('Parsons' twice: alias),
 # Aretha Johnson, Inger Michelle Pace ('Pace': alias), Ronald Turner ('Turner': alias), Deborah Davis, Mary Browning.
 # Not annotated: 'Johnson also pleaded guilty' (two Johnsons in the text: the surname alone is not given to either,
 # **doubtful**); Medicare ('the Medicare program', 'Medicare': a programme, 54zr, **doubtful**); 'its various health
 # centers', 'community mental health centers' (unnamed); 'A federal jury' (generic); the ages (not dates)
 entities=[E("Location", "HOUSTON", "Houston"),
           E("Company", CONT, "Continuum Healthcare", "Continuum"),
           E("Person", "Ryan K. Patrick"),
           E("Person", "Bobby Rouse", "Rouse"),
           E("Person", "Cheryl Waller"),
           E("Person", "Steven Houseworth", "Houseworth"),
           E("Person", "James Bobino"),
           E("Person", "Ernestine Johnson"),
           E("Person", "Jackie Harris"),
           E("Person", "Vermon Lacy III"),
           E("Person", "David Edson", "Edson"),
           E("Location", "Palm Harbor, Florida"),
           E("Person", "Jeffery Parsons", "Parsons"),
           E("Location", "Crockett"),
           E("Person", "Aretha Johnson"),
           E("Location", "Wimberley"),
           E("Person", "Inger Michelle Pace", "Pace"),
           E("Location", "Missouri City"),
           E("Person", "Ronald Turner", "Turner"),
           E("Location", "Fresno"),
           E("Person", "Deborah Davis"),
           E("Location", "Atlanta, Georgia"),
           E("Person", "Mary Browning"),
           E("Location", "Beasley"),
           E("Company", WCH),
           E("Location", "Hornwood"),
           E("Location", "Baytown")],
 # 'Rouse, Houseworth, Edson and Parsons were part of the executive team for Continuum Healthcare LLC' -> executive
 # at Continuum Healthcare LLC for each of the four, current (the text does not say they left; 21a's executive team
 # reading; **doubtful**: 45zv gave a team membership no role, and a reader may set current false from 'were part
 # of'). Near-misses: Patrick, 'U.S. Attorney' (his office is named only in the page's office line, left out: no role,
 # 45zn, 54zr's McSwain); the ten others (defendants with no post at a named organisation)
 roles=[R("Bobby Rouse", "executive", CONT), R("Steven Houseworth", "executive", CONT),
        R("David Edson", "executive", CONT), R("Jeffery Parsons", "executive", CONT)],
 # 'Continuum Healthcare LLC, which owned Westbury Community Hospital in Houston' -> parentOrganization(Westbury
 # Community Hospital, Continuum Healthcare LLC) (ownership told in the past is still recorded, GUIDELINES).
 # Near-misses: the community mental health centers (unnamed: nothing to tie); Continuum and Medicare (the payer of
 # the false claims: no partner); Rouse's kickbacks to co-defendants (people: no relation)
 relations=[L(WCH, "parentOrganization", CONT)],
 outages=[],
 # `published` is null: only absolute dates -- 'March 2, 2017' (Waller's conviction). Near-misses: 'today' twice
 # (relative, unresolvable without a publication date: left out); 'a three-day trial' (a span)
 dates=[D("March 2, 2017", "2017-03-02")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
