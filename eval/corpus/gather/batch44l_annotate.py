#!/usr/bin/env python3
"""Batch 44l gold annotations (the texts of batch44l.py: the SEC's press release 2003-70 of 5 June 2003 on six former
senior executives of Xerox Corporation, its former chief executive officers Paul A. Allaire and G. Richard Thoman and
its former chief financial officer Barry D. Romeril, Stephen M. Cutler, the SEC's Director of Enforcement, quoted; the
SEC's Litigation Release No. 19136 of 15 March 2005 on Joseph P. Nacchio, former co-chairman and chief executive
officer of Qwest Communications International Inc., and eight other former Qwest officers and employees with their
posts; the SEC's press release 2008-92 of 19 May 2008 on Brooks Automation, Inc. and its former President and CEO
Robert J. Therrien, Linda Chatman Thomsen, Director of the SEC's Division of Enforcement, and David Bergers, Director
of the SEC's Boston Regional Office, quoted; the SEC's Litigation Release No. 21491 of 19 April 2010 on the settlements
with David A. Stockman, J. Michael Stepp, Elkin B. McCallum, David R. Cosgrove and Paul C. Barnaba, former executives
or board members of Collins & Aikman Corporation), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d
and 44h for SEC releases): the SEC -> Organization (the fullest form the text writes); 'chief executive officer(s)',
'CEO' -> ceo; 'chief financial officer(s)', 'CFO' -> cfo; 'chief operating officer' -> coo; 'co-chairman',
'Chairman of the Board' -> chairman (31a's co-chair); 'President' -> president; 'executive vice president', 'senior
vice president' -> vice-president (GUIDELINES); 'Vice Chairman of the Board', 'Corporate Controller', 'senior manager'
-> executive (GUIDELINES: vice chairman, controller (44d's Gluck), manager); 'director of financial reporting' (a
department's head, no board seat) -> executive (doubtful); 'a former C&A Board member' -> director; 'former', 'then-'
-> current false; "the SEC's Director of Enforcement" -> director at the SEC (44d's Cutler); "Director of the SEC's
Division of Enforcement" -> director at the Division (43a's Avakian), "Director of the SEC's Boston Regional Office"
-> director at the Regional Office (43a's Berger), each division or office parentOrganization the SEC (40zm, 42g,
43a); '<city>, <state abbreviation>' -> one Location (44d's 'Birmingham, Ala.'); a case name's short company name
('SEC v. Collins & Aikman Corp.') -> alias; laws and rules ('Sarbanes-Oxley Act of 2002', 'Securities Act of 1933')
-> no entity, no date (41e, 41m, 44h); 'from 1997 to 2000', 'between 1999 and 2002' -> the two years (44h); 'Wall
Street' (the market) -> not annotated (40f, 44d); 'Court' (no court named) -> not annotated (44d).
usage: batch44l_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather45l/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
XR = "Xerox Corporation"
QW = "Qwest Communications International Inc."
BR = "Brooks Automation, Inc."
DOE = "Division of Enforcement"
BRO = "Boston Regional Office"
CA = "Collins & Aikman Corporation"
A = {}

# ---- Xerox, published 2003-06-05 (a Thursday) ------------------------------------------------------------------------
A["us-sec-xerox-six-former-senior-executives-allaire-thoman-romeril-fraud-2003"] = dict(
 # The SEC (written out once; "the SEC's allegations", 'The SEC intends', "the SEC's Director"); Xerox Corporation
 # ("Xerox's"); the three named former officers; Stephen M. Cutler. Not annotated: 'six former senior executives'
 # and 'The six defendants' (three unnamed), 'Wall Street' (the market; 44d), the Sarbanes-Oxley Act (a law), 'a
 # court account' (no court named)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", XR, "Xerox"),
           E("Person", "Paul A. Allaire"),
           E("Person", "G. Richard Thoman"),
           E("Person", "Barry D. Romeril"),
           E("Person", "Stephen M. Cutler")],
 # 'its former chief executive officers, Paul A. Allaire and G. Richard Thoman, and its former chief financial
 # officer, Barry D. Romeril' -> ceo twice, cfo, all current false; "Stephen M. Cutler, the SEC's Director of
 # Enforcement" -> director at the SEC (44d; a reader may set head)
 roles=[R("Paul A. Allaire", "ceo", XR, False), R("G. Richard Thoman", "ceo", XR, False),
        R("Barry D. Romeril", "cfo", XR, False), R("Stephen M. Cutler", "director", SEC)],
 relations=[],
 outages=[],
 # 'today' -> 2003-06-05; 'from 1997 to 2000' (and "Xerox's 1997-2000 financial results") -> '1997', '2000'.
 # Skipped: '2002' inside the Act's name (41e)
 dates=[D("today", "2003-06-05"), D("1997", "1997"), D("2000", "2000")])

# ---- Qwest, published 2005-03-15 (a Tuesday) ------------------------------------------------------------------------
A["us-sec-qwest-former-co-chairman-ceo-nacchio-former-officers-fraud-2005"] = dict(
 # The SEC ('The Securities and Exchange Commission', 'the Commission', "the Commission's complaints"); Qwest
 # Communications International Inc. ('Qwest'); the nine persons, each with the surname the text writes alone where
 # it does (Kozlowski and Noyes only in full). Not annotated: 'the investing public', 'the defendants'
 entities=[E("Organization", SEC, "Commission"),
           E("Company", QW, "Qwest"),
           E("Person", "Joseph P. Nacchio", "Nacchio"),
           E("Person", "Robert S. Woodruff", "Woodruff"),
           E("Person", "Robin R. Szeliga", "Szeliga"),
           E("Person", "Afshin Mohebbi", "Mohebbi"),
           E("Person", "Gregory M. Casey", "Casey"),
           E("Person", "Roger B. Hoaglund", "Hoaglund"),
           E("Person", "William L. Eveleth", "Eveleth"),
           E("Person", "James J. Kozlowski"),
           E("Person", "Frank T. Noyes")],
 # 'Joseph P. Nacchio, former co-chairman and chief executive officer of Qwest Communications International Inc.' ->
 # chairman (co-chairman, 31a) and ceo; the others 'former Qwest officers and employees': 'former chief financial
 # officers' -> cfo twice; 'former chief operating officer' -> coo; 'former executive vice president of wholesale
 # markets', 'former senior vice president of pricing and offer management', 'former senior vice president of
 # finance' -> vice-president; 'former director of financial reporting' -> executive (a department's head, no board
 # seat; doubtful: a reader may set director or head); 'former senior manager of financial reporting' -> executive
 # (GUIDELINES: manager). All current false
 roles=[R("Joseph P. Nacchio", "chairman", QW, False), R("Joseph P. Nacchio", "ceo", QW, False),
        R("Robert S. Woodruff", "cfo", QW, False), R("Robin R. Szeliga", "cfo", QW, False),
        R("Afshin Mohebbi", "coo", QW, False), R("Gregory M. Casey", "vice-president", QW, False),
        R("Roger B. Hoaglund", "vice-president", QW, False), R("William L. Eveleth", "vice-president", QW, False),
        R("James J. Kozlowski", "executive", QW, False), R("Frank T. Noyes", "executive", QW, False)],
 relations=[],
 outages=[],
 # 'today' -> 2005-03-15; 'between 1999 and 2002' -> '1999', '2002'
 dates=[D("today", "2005-03-15"), D("1999", "1999"), D("2002", "2002")])

# ---- Brooks Automation and Therrien, published 2008-05-19 (a Monday) -------------------------------------------------
A["us-sec-brooks-automation-backdating-settlement-former-president-ceo-therrien-2008"] = dict(
 # The SEC ('The Securities and Exchange Commission', "the SEC's complaint", 'the Commission', "the Commission's
 # investigation"); Brooks Automation, Inc. ('Brooks', "Brooks'"); 'the Chelmsford, Mass. ... company' -> one
 # Location (44d's 'Birmingham, Ala.'); Robert J. Therrien ('Therrien'); Linda Chatman Thomsen; David Bergers; the
 # Division of Enforcement and the Boston Regional Office (the SEC's units; 43a). Not annotated: 'Boston' inside the
 # office's name (no place of its own), 'other Brooks employees and executives', 'public companies', 'the
 # government' (no body named)
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Company", BR, "Brooks"),
           E("Location", "Chelmsford, Mass."),
           E("Person", "Robert J. Therrien", "Therrien"),
           E("Person", "Linda Chatman Thomsen"),
           E("Person", "David Bergers"),
           E("Organization", DOE),
           E("Organization", BRO)],
 # "the company's former President and CEO Robert J. Therrien" ("Brooks' then-CEO") -> president and ceo, current
 # false; 'Linda Chatman Thomsen, Director of the SEC's Division of Enforcement' -> director at the Division (43a's
 # Avakian); 'David Bergers, Director of the SEC's Boston Regional Office' -> director at the office (43a's Berger);
 # both current (a reader may set head)
 roles=[R("Robert J. Therrien", "president", BR, False), R("Robert J. Therrien", "ceo", BR, False),
        R("Linda Chatman Thomsen", "director", DOE), R("David Bergers", "director", BRO)],
 # "the SEC's Division of Enforcement", "the SEC's Boston Regional Office" -> parentOrganization (40zm, 42g, 43a)
 relations=[L(DOE, "parentOrganization", SEC), L(BRO, "parentOrganization", SEC)],
 outages=[],
 # 'today' -> 2008-05-19; 'in 2007' -> 2007; 'from 1999 to 2001' -> '1999', '2001'. Skipped: 'a 10-year period'
 # (a span)
 dates=[D("today", "2008-05-19"), D("2007", "2007"), D("1999", "1999"), D("2001", "2001")])

# ---- Collins & Aikman, Stockman and others, published 2010-04-19 (a Monday) ------------------------------------------
A["us-sec-collins-aikman-former-ceo-chairman-stockman-settlements-2010"] = dict(
 # The SEC ('The Securities and Exchange Commission', 'SEC' in the case name 'SEC v. Collins & Aikman Corp.', "the
 # Commission's allegations"); Collins & Aikman Corporation ('Collins & Aikman Corp.' in the case name, '("C&A")',
 # "C&A's"); the five defendants with their bracketed surnames. Not annotated: 'Court' (no court named; the caption
 # naming the judge is cut), the Securities Act and the Exchange Act (laws)
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Company", CA, "Collins & Aikman Corp.", "C&A"),
           E("Person", "David A. Stockman", "Stockman"),
           E("Person", "J. Michael Stepp", "Stepp"),
           E("Person", "Elkin B. McCallum", "McCallum"),
           E("Person", "David R. Cosgrove", "Cosgrove"),
           E("Person", "Paul C. Barnaba", "Barnaba")],
 # "Stockman, C&A's former CEO and Chairman of the Board" -> ceo and chairman; "Stepp, C&A's former CFO and Vice
 # Chairman of the Board" -> cfo and executive (vice chairman, GUIDELINES); 'McCallum, a former C&A Board member' ->
 # director; "Cosgrove, C&A's former Corporate Controller" -> executive (44d's controller). All current false.
 # Barnaba: only 'all former executives or board members' in the kept text (his post is in the cut sentence) -> no
 # role
 roles=[R("David A. Stockman", "ceo", CA, False), R("David A. Stockman", "chairman", CA, False),
        R("J. Michael Stepp", "cfo", CA, False), R("J. Michael Stepp", "executive", CA, False),
        R("Elkin B. McCallum", "director", CA, False), R("David R. Cosgrove", "executive", CA, False)],
 relations=[],
 outages=[],
 # 'today' -> 2010-04-19; 'went bankrupt in 2005' -> 2005. Skipped: '1933' and '1934' inside the Acts' names (41e)
 dates=[D("today", "2010-04-19"), D("2005", "2005")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
