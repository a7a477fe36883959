#!/usr/bin/env python3
"""Batch 44h gold annotations (the texts of batch44h.py: the SEC's Litigation Release No. 20136 of 31 May 2007 on
Mercury Interactive, LLC, its former Chairman and CEO Amnon Landan, former CFOs Sharlene Abrams and Douglas Smith and
former General Counsel Susan Skaer, Mercury 'acquired by Hewlett-Packard Company on November 8, 2006'; the SEC's
Litigation Release No. 21616 of 5 August 2010 on Navistar International Corporation, its CEO Daniel C. Ustian, former
CFO Robert C. Lannert and five other respondents; the SEC's Litigation Release No. 20460 of 19 February 2008 on Phillip
R. Bennett, former chairman and chief executive officer of Refco Inc. and its corporate predecessor Refco Group Ltd.,
and Refco Group Holdings, Inc.; the SEC's press release 2009-72 of 1 April 2009 on Take-Two Interactive Software, Inc.,
its former Chief Executive Officer and Chairman Ryan Brant, and Christopher Conte, an Associate Director in the SEC's
Division of Enforcement), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g and
44d for SEC releases): the SEC -> Organization (the fullest form the text writes: 'U.S. Securities and Exchange
Commission', 'United States Securities and Exchange Commission' where written so); 'Chairman and Chief Executive
Officer', 'chairman and chief executive officer' -> chairman and ceo; 'CEO' -> ceo; 'CFO', 'Chief Financial Officer'
-> cfo; 'General Counsel' -> executive (GUIDELINES); 'former' -> current false; a post stated at the time of the order
('CEO Daniel C. Ustian' beside 'former CFO') -> current true (44d's Scrushy); 'an Associate Director in the SEC's
Division of Enforcement' -> other at the Division (GUIDELINES: a deputy's or associate director's post, as 15a's
'Associate Director for Healthcare' -> other), the Division parentOrganization the SEC (40zm, 42g, 43a); 'acquired by
X on <date>' -> acquired and parentOrganization (GUIDELINES: completed); a company's former name ('formerly known as')
-> alias; a corporate predecessor -> its own Company, no relation (doubtful); an entity a person 'controlled' -> no
role, no relation; 'federal district court for the Northern District of California' (no court named) -> not
annotated (44d's Middle District of Pennsylvania); a court's full name -> Organization (43d, 43g, 44d); a place named
inside '<place>-based' -> Location (43a); laws and rules ('Securities Act of 1933', 'Exchange Act Rules ...') -> no
entity, no date (41e, 41m); 'from 1997 to 2005' -> '1997', '2005' (44d's 'from at least 1998').
usage: batch44h_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather45h/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
MI = "Mercury Interactive, LLC"
HP = "Hewlett-Packard Company"
NAV = "Navistar International Corporation"
RI = "Refco Inc."
RG = "Refco Group Ltd."
TT = "Take-Two Interactive Software, Inc."
DOE = "Division of Enforcement"
A = {}

# ---- Mercury Interactive, published 2007-05-31 (a Thursday) ----------------------------------------------------------
A["us-sec-mercury-interactive-former-officers-backdating-hewlett-packard-2007"] = dict(
 # The SEC (written out once; 'The SEC alleges', "The SEC's case"; 'Commission' never alone); California (inside
 # 'California-based', and in the district's name); Mercury Interactive, LLC ('formerly known as Mercury Interactive
 # Corporation': the former name an alias; 'Mercury', "Mercury's"); Amnon Landan ('Landan'), Sharlene Abrams
 # ('Abrams'), Douglas Smith ('Smith'), Susan Skaer ('Skaer'); Hewlett-Packard Company. Not annotated: 'federal
 # district court for the Northern District of California' (no court named; 44d), 'other employees', 'overseas
 # employees' (unnamed)
 entities=[E("Organization", SEC, "SEC"),
           E("Location", "California"),
           E("Company", MI, "Mercury Interactive Corporation", "Mercury"),
           E("Person", "Amnon Landan", "Landan"),
           E("Person", "Sharlene Abrams", "Abrams"),
           E("Person", "Douglas Smith", "Smith"),
           E("Person", "Susan Skaer", "Skaer"),
           E("Company", HP)],
 # 'four former senior officers of Mercury -- former Chairman and Chief Executive Officer Amnon Landan, former Chief
 # Financial Officers Sharlene Abrams and Douglas Smith, and former General Counsel Susan Skaer' -> chairman and ceo;
 # cfo twice; executive (general counsel, GUIDELINES); all current false
 roles=[R("Amnon Landan", "chairman", MI, False), R("Amnon Landan", "ceo", MI, False),
        R("Sharlene Abrams", "cfo", MI, False), R("Douglas Smith", "cfo", MI, False),
        R("Susan Skaer", "executive", MI, False)],
 # 'Mercury, which was acquired by Hewlett-Packard Company on November 8, 2006' -> acquired and parentOrganization
 # (completed; GUIDELINES)
 relations=[L(HP, "acquired", MI), L(MI, "parentOrganization", HP)],
 outages=[],
 # 'today' -> 2007-05-31; 'from 1997 to 2005' -> '1997', '2005'; 'on November 8, 2006' -> 2006-11-08. Skipped:
 # 'during this period' (a span already listed)
 dates=[D("today", "2007-05-31"), D("1997", "1997"), D("2005", "2005"), D("November 8, 2006", "2006-11-08")])

# ---- Navistar, Ustian, Lannert and others, published 2010-08-05 (a Thursday) ----------------------------------------
A["us-sec-navistar-ceo-ustian-former-cfo-lannert-restated-results-2010"] = dict(
 # The SEC ('the United States Securities and Exchange Commission (Commission)', "the Commission's findings");
 # Navistar International Corporation ('(Navistar)', 'Navistar'); the seven persons with their bracketed surnames;
 # Wisconsin ('a Wisconsin foundry': the state named as a word). Not annotated: the Order (a document), 'Each
 # Respondent', 'certain individuals' (unnamed), the foundry (unnamed)
 entities=[E("Organization", "United States " + SEC, "Commission"),
           E("Company", NAV, "Navistar"),
           E("Person", "Daniel C. Ustian", "Ustian"),
           E("Person", "Robert C. Lannert", "Lannert"),
           E("Person", "Thomas M. Akers, Jr.", "Akers"),
           E("Person", "James W. McIntosh", "McIntosh"),
           E("Person", "James J. Stanaway", "Stanaway"),
           E("Person", "Ernest A. Stinsa", "Stinsa"),
           E("Person", "Michael J. Schultz", "Schultz"),
           E("Location", "Wisconsin")],
 # 'Navistar International Corporation (Navistar), CEO Daniel C. Ustian (Ustian), former CFO Robert C. Lannert' ->
 # Ustian ceo of Navistar, current (his post on the day of the order; doubtful: a reader may take the list's 'CEO'
 # as unattached to the company); Lannert cfo of Navistar, current false. Akers, McIntosh, Stanaway, Stinsa and
 # Schultz: no post stated in the kept text -> no role
 roles=[R("Daniel C. Ustian", "ceo", NAV), R("Robert C. Lannert", "cfo", NAV, False)],
 relations=[],
 outages=[],
 # 'On August 5, 2010' -> 2010-08-05; 'from 2001 through 2005' -> '2001', '2005'
 dates=[D("August 5, 2010", "2010-08-05"), D("2001", "2001"), D("2005", "2005")])

# ---- Refco and Bennett, published 2008-02-19 (a Tuesday) -------------------------------------------------------------
A["us-sec-refco-former-chairman-ceo-bennett-fraud-2008"] = dict(
 # The SEC ('The U.S. Securities and Exchange Commission (the Commission)', "The Commission's complaint"); the court
 # (its full name); Phillip R. Bennett ('Bennett', "Bennett's"); Refco Inc. ('Refco', "Refco's": '(together, Refco)'
 # names Refco Inc. and its predecessor together; the short form set on Refco Inc., doubtful); Refco Group Ltd. (the
 # 'corporate predecessor': its own Company, doubtful: a reader may take it as Refco Inc.'s former name and make it
 # an alias); Refco Group Holdings, Inc. ('(RGHI)', 'RGHI'). Not annotated: 'a private entity that Bennett
 # controlled' (named later as RGHI), 'Refco shareholders' (unnamed), the Securities Act and the Exchange Act (laws)
 entities=[E("Organization", "U.S. " + SEC, "Commission"),
           E("Organization", "United States District Court for the Southern District of New York"),
           E("Person", "Phillip R. Bennett", "Bennett"),
           E("Company", RI, "Refco"),
           E("Company", RG),
           E("Company", "Refco Group Holdings, Inc.", "RGHI")],
 # 'Phillip R. Bennett, the former chairman and chief executive officer of Refco Inc. and its corporate predecessor,
 # Refco Group Ltd.' -> chairman and ceo of each, current false. RGHI 'a non-Refco entity that Bennett controlled' ->
 # no title stated, no role
 roles=[R("Phillip R. Bennett", "chairman", RI, False), R("Phillip R. Bennett", "ceo", RI, False),
        R("Phillip R. Bennett", "chairman", RG, False), R("Phillip R. Bennett", "ceo", RG, False)],
 # None: a corporate predecessor is no parent or acquisition (doubtful); RGHI is 'a non-Refco entity' owing Refco debt
 # (no relation of the four kinds)
 relations=[],
 outages=[],
 # 'today' -> 2008-02-19; 'in October 2005', 'to October 2005' -> 2005-10 (one item); 'from at least 1998' -> '1998'.
 # Skipped: 'two months after the company's initial public offering' (relative to an undated event), '1933' and
 # '1934' inside the Acts' names (41e)
 dates=[D("today", "2008-02-19"), D("October 2005", "2005-10"), D("1998", "1998")])

# ---- Take-Two and Brant, published 2009-04-01 (a Wednesday) ----------------------------------------------------------
A["us-sec-take-two-backdating-former-ceo-chairman-brant-2009"] = dict(
 # The SEC (written out once; 'the SEC's charges', "the SEC's Division", "The SEC's complaint"); Take-Two
 # Interactive Software, Inc. ('Take-Two' throughout, "Take Two's" once without the hyphen: both surface forms
 # aliases); Ryan Brant; Christopher Conte; the Division of Enforcement (43a). Not annotated: 'the Board or a
 # Committee of the Board' (the company's board), 'officers, directors, and key employees', 'investors' (unnamed)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", TT, "Take-Two", "Take Two"),
           E("Person", "Ryan Brant"),
           E("Person", "Christopher Conte"),
           E("Organization", DOE)],
 # "Take Two's former Chief Executive Officer and Chairman Ryan Brant" -> ceo and chairman, current false;
 # 'Christopher Conte, an Associate Director in the SEC's Division of Enforcement' -> other at the Division, current
 # (an associate director's post, 15a; doubtful: a reader may set director)
 roles=[R("Ryan Brant", "ceo", TT, False), R("Ryan Brant", "chairman", TT, False),
        R("Christopher Conte", "other", DOE)],
 # "the SEC's Division of Enforcement" -> parentOrganization (40zm, 42g, 43a)
 relations=[L(DOE, "parentOrganization", SEC)],
 outages=[],
 # 'today' -> 2009-04-01 (twice: 'The Securities and Exchange Commission today', 'Our enforcement action today');
 # 'from 1997 to 2003' -> '1997', '2003'. Skipped: 'over a seven-year period', 'seven-year' (spans)
 dates=[D("today", "2009-04-01"), D("1997", "1997"), D("2003", "2003")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
