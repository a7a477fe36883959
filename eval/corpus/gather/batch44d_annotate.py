#!/usr/bin/env python3
"""Batch 44d gold annotations (the texts of batch44d.py: the SEC's press release 2003-34 of 19 March 2003 on
HealthSouth Corp. and its Chief Executive Officer and Chairman Richard M. Scrushy, Stephen M. Cutler quoted; the SEC's
Litigation Release No. 18727 of 26 May 2004 on Rite Aid Corporation's former CFO Frank M. Bergonzi, former CEO Martin
L. Grass and former vice chairman and chief legal officer Franklin C. Brown; the SEC's press release 2004-100 of 27
July 2004 on four former top executives of U.S. Foodservice, 'a major subsidiary of' Royal Ahold (Koninklijke Ahold
N.V.), and 'Ahold's April 2000 tender offer acquisition of U.S. Foodservice'; the SEC's Litigation Release No. 17001
of 15 May 2001 on Sunbeam Corporation's five former officers and the Arthur Andersen LLP partner; the SEC's Litigation
Release No. 18734 of 3 June 2004 on Symbol Technologies, Inc. and its former President and CEO, CFO and General
Counsel), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d and 43g
for SEC releases): the SEC -> Organization (the fullest form the text writes: 'SEC' where the kept text never writes
it out, as 43d, 43g); 'CEO', 'Chief Executive Officer' -> ceo; 'chairman', 'Chairman' -> chairman; 'CFO' -> cfo,
'principal financial officer' -> cfo (doubtful); 'President' -> president; 'vice-president', 'Executive Vice
President', 'Vice President' -> vice-president (GUIDELINES); 'vice chairman', 'chief legal officer', 'General
Counsel', 'Chief Marketing Officer', 'controller' -> executive (GUIDELINES, 42e's controller); an audit firm's
'partner' -> other (GUIDELINES' partner of a firm); the SEC's 'Director of Enforcement' -> director at the SEC (43a's
Avakian, no division named as an entity here); 'former' -> current false; a post stated at the time of the charges
('its Chief Executive Officer and Chairman') -> current true; judges -> Person, no role (41p, 42b); a judicial
district ('the Middle District of Pennsylvania') and a title without a person ('the United States Attorney for the
Middle District of Pennsylvania') -> not annotated (41p, doubtful); a court's full name -> Organization (43d, 43g),
'U.S. District Court in Miami, Florida' -> 'U.S. District Court' (doubtful); 'a major subsidiary of X' -> parent-
Organization; 'X's ... tender offer acquisition of Y' with Y X's subsidiary -> acquired and parentOrganization
(GUIDELINES: completed); an auditor -> no partner relation (doubtful); state abbreviations ('Ala.', 'Md.') -> Location
(batch 19b's 'Ala.', 'Md.'); 'Wall Street' as the market's expectations -> nothing (40f); a stock exchange
-> Company (GUIDELINES); '1934' inside the Act's name -> no date (41e, 41m); fiscal years -> no date (GUIDELINES'
fiscal rule, as 43d, 43g); 'early 2003' -> the year (GUIDELINES).
usage: batch44d_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather45d/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
HS = "HealthSouth Corp."
RA = "Rite Aid Corporation"
AH = "Koninklijke Ahold N.V."
USF = "U.S. Foodservice"
SB = "Sunbeam Corporation"
AA = "Arthur Andersen LLP"
SY = "Symbol Technologies, Inc."
A = {}

# ---- HealthSouth and Scrushy, published 2003-03-19 (a Wednesday) ------------------------------------------------------
A["us-sec-healthsouth-ceo-chairman-scrushy-accounting-fraud-2003"] = dict(
 # The SEC (written out once; 'The Commission's complaint', 'Commission order', 'the SEC's Director'); HealthSouth
 # Corp. ('HealthSouth' throughout); Richard M. Scrushy ('Scrushy'); Birmingham and 'Ala.' (the court's city and
 # state, 'in Birmingham, Ala.'); Stephen M. Cutler. Not annotated: 'Wall Street' ('Wall Street earnings
 # expectations', 'Wall Street's expectations': the market's analysts), 'federal district court' (no name), the
 # complaint and the order (documents), 'executive officers of major public companies' (generic)
 entities=[E("Organization", SEC, "Commission", "SEC"),
           E("Company", HS, "HealthSouth"),
           E("Person", "Richard M. Scrushy", "Scrushy"),
           E("Location", "Birmingham"),
           E("Location", "Ala."),
           E("Person", "Stephen M. Cutler")],
 # 'its Chief Executive Officer and Chairman Richard M. Scrushy' -> ceo and chairman of HealthSouth Corp., current
 # true (his posts on the day of the charges; the text says nothing of his leaving). 'Stephen M. Cutler, the SEC's
 # Director of Enforcement' -> director at the SEC (43a's 'Director of the SEC's Division of Enforcement' -> director;
 # no division named as an entity here; doubtful: head)
 roles=[R("Richard M. Scrushy", "ceo", HS), R("Richard M. Scrushy", "chairman", HS),
        R("Stephen M. Cutler", "director", SEC)],
 relations=[],
 outages=[],
 # 'today' -> 2003-03-19; 'since 1999' -> '1999'; 'By the third quarter of 2002' -> 2002-Q3; 'this morning' ->
 # 2003-03-19; 'the Commission's order last year' -> 2002. Skipped: 'for two business days' (a span)
 dates=[D("today", "2003-03-19"), D("1999", "1999"), D("the third quarter of 2002", "2002-Q3"),
        D("this morning", "2003-03-19"), D("last year", "2002")])

# ---- Rite Aid, Bergonzi, Grass and Brown, published 2004-05-26 (a Wednesday) ----------------------------------------
A["us-sec-rite-aid-former-cfo-bergonzi-settlement-former-ceo-grass-2004"] = dict(
 # The SEC (written out once; 'the Commission' throughout); Rite Aid Corporation ('Rite Aid', "Rite Aid's");
 # Frank M. Bergonzi ('Bergonzi'); Martin L. Grass; Franklin C. Brown; J. Rambo ('the Hon. J. Rambo', the judge);
 # Harrisburg and Pennsylvania ('based in Harrisburg, Pennsylvania'). Not annotated: 'the Middle District of
 # Pennsylvania' (twice: a judicial district, once in 'federal district court in the ...', once in a title; 41p,
 # doubtful), 'the United States Attorney for the Middle District of Pennsylvania' (a title, no person named; the
 # office not named as a body; doubtful: a reader may set an Organization), 'two other former senior executives'
 # (named later), 'others'
 entities=[E("Organization", SEC, "Commission"),
           E("Company", RA, "Rite Aid"),
           E("Person", "Frank M. Bergonzi", "Bergonzi"),
           E("Person", "Martin L. Grass"),
           E("Person", "Franklin C. Brown"),
           E("Person", "J. Rambo"),
           E("Location", "Harrisburg"),
           E("Location", "Pennsylvania")],
 # 'former Rite Aid Corporation CFO Frank M. Bergonzi' -> cfo, false; 'Martin L. Grass, Rite Aid's former CEO' ->
 # ceo, false; 'Franklin C. Brown, the former vice chairman and chief legal officer' -> executive at Rite Aid
 # Corporation, false (vice chairman and chief legal officer both map to executive: one item). J. Rambo: a judge,
 # no role (41p)
 roles=[R("Frank M. Bergonzi", "cfo", RA, False), R("Martin L. Grass", "ceo", RA, False),
        R("Franklin C. Brown", "executive", RA, False)],
 relations=[],
 outages=[],
 # 'announced today' -> 2004-05-26; 'On June 21, 2002' -> 2002-06-21; 'sentenced earlier today' -> 2004-05-26;
 # 'from May 1997 to May 1999' -> 1997-05, 1999-05
 dates=[D("today", "2004-05-26"), D("June 21, 2002", "2002-06-21"), D("earlier today", "2004-05-26"),
        D("May 1997", "1997-05"), D("May 1999", "1999-05")])

# ---- U.S. Foodservice and Royal Ahold, published 2004-07-27 (a Tuesday) ----------------------------------------------
A["us-sec-us-foodservice-former-executives-royal-ahold-subsidiary-fraud-2004"] = dict(
 # The SEC (written out once; 'SEC filings', 'The Commission' three times); the court (its full name); Michael
 # Resnick ('Resnick'), Mark P. Kaiser ('Kaiser'), Timothy J. Lee ('Lee'), William Carter ('Carter'); Koninklijke
 # Ahold N.V. (the legal name in brackets, the fullest form; 'Royal Ahold' and '(Ahold)' as aliases; "Ahold's");
 # Columbia and 'Md.' ('Columbia, Md., based'); U.S. Foodservice. Not annotated: 'numerous suppliers', 'the company's
 # auditors', 'an associate of Lee' (unnamed), the Securities Exchange Act of 1934 and 'the Exchange Act' (a law)
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Organization", "United States District Court for the Southern District of New York"),
           E("Person", "Michael Resnick", "Resnick"),
           E("Person", "Mark P. Kaiser", "Kaiser"),
           E("Person", "Timothy J. Lee", "Lee"),
           E("Person", "William Carter", "Carter"),
           E("Company", AH, "Royal Ahold", "Ahold"),
           E("Location", "Columbia"),
           E("Location", "Md."),
           E("Company", USF)],
 # 'top executives at ... U.S. Foodservice' with 'Resnick, former CFO, Kaiser, former Chief Marketing Officer, Lee,
 # former Executive Vice President of Purchasing, and Carter, former Vice President of Purchasing' -> at U.S.
 # Foodservice: cfo; executive (chief marketing officer, GUIDELINES); vice-president (executive vice president,
 # GUIDELINES); vice-president; all current false ('former')
 roles=[R("Michael Resnick", "cfo", USF, False), R("Mark P. Kaiser", "executive", USF, False),
        R("Timothy J. Lee", "vice-president", USF, False), R("William Carter", "vice-president", USF, False)],
 # 'U.S. Foodservice, a major subsidiary of Ahold' -> parentOrganization; "Ahold's April 2000 tender offer
 # acquisition of U.S. Foodservice" -> acquired (completed: U.S. Foodservice is Ahold's subsidiary in the text;
 # GUIDELINES: acquired and parentOrganization, the latter already set)
 relations=[L(USF, "parentOrganization", AH), L(AH, "acquired", USF)],
 outages=[],
 # 'today' -> 2004-07-27; "Ahold's April 2000 tender offer" -> 2000-04. Skipped: 'fiscal years 2001 and 2002'
 # (fiscal years, GUIDELINES), '1934' inside the Act's name (41e)
 dates=[D("today", "2004-07-27"), D("April 2000", "2000-04")])

# ---- Sunbeam, Dunlap and others, published 2001-05-15 (a Tuesday) ----------------------------------------------------
A["us-sec-sunbeam-former-ceo-dunlap-officers-arthur-andersen-partner-2001"] = dict(
 # The SEC (written out once; 'The Commission', "the Commission's Complaint"); 'U.S. District Court in Miami,
 # Florida' -> the court as 'U.S. District Court' (doubtful: no district named; a reader may leave it out) with
 # Miami and Florida as Locations; Sunbeam Corporation ('Sunbeam', "Sunbeam's"); Arthur Andersen LLP (the audit
 # firm); Albert J. Dunlap ('Dunlap'), Russell A. Kersh ('Kersh'), Robert J. Gluck, Donald R. Uzzi, Lee B. Griffith,
 # Phillip Harlow. Not annotated: "Sunbeam's Board" (a board), "Sunbeam's finance organization" (a function),
 # 'the Defendants', 'the Company' (generic), 'turnaround' (no name)
 entities=[E("Organization", SEC, "Commission"),
           E("Organization", "U.S. District Court"),
           E("Location", "Miami"),
           E("Location", "Florida"),
           E("Company", SB, "Sunbeam"),
           E("Company", AA),
           E("Person", "Albert J. Dunlap", "Dunlap"),
           E("Person", "Russell A. Kersh", "Kersh"),
           E("Person", "Robert J. Gluck"),
           E("Person", "Donald R. Uzzi"),
           E("Person", "Lee B. Griffith"),
           E("Person", "Phillip Harlow")],
 # "Sunbeam's former CEO and chairman Albert J. Dunlap" -> ceo and chairman, false; 'former principal financial
 # officer Russell A. Kersh' -> cfo, false (doubtful: a reader may set executive); 'former controller Robert J.
 # Gluck' -> executive, false (42e); 'former vice-presidents Donald R. Uzzi, and Lee B. Griffith' -> vice-president,
 # false; 'Arthur Andersen LLP partner Phillip Harlow', 'the former engagement partner on the Arthur Andersen LLP
 # audits' -> other at Arthur Andersen LLP, false (a firm's partner; 'former' from the first sentence)
 roles=[R("Albert J. Dunlap", "ceo", SB, False), R("Albert J. Dunlap", "chairman", SB, False),
        R("Russell A. Kersh", "cfo", SB, False), R("Robert J. Gluck", "executive", SB, False),
        R("Donald R. Uzzi", "vice-president", SB, False), R("Lee B. Griffith", "vice-president", SB, False),
        R("Phillip Harlow", "other", AA, False)],
 # None: Arthur Andersen LLP audited Sunbeam's financial statements (an auditor; no partner/customer relation set,
 # doubtful: a reader may set Arthur Andersen LLP partner Sunbeam Corporation as a supplier relation)
 relations=[],
 outages=[],
 # 'today' -> 2001-05-15; 'in July 1996' -> 1996-07
 dates=[D("today", "2001-05-15"), D("July 1996", "1996-07")])

# ---- Symbol Technologies, published 2004-06-03 (a Thursday) ----------------------------------------------------------
A["us-sec-symbol-technologies-former-president-ceo-razmilovic-executives-fraud-2004"] = dict(
 # The SEC (written only as 'SEC' and 'the Commission' in the kept text: named 'SEC', as 43d); the court (its full
 # name); Symbol Technologies, Inc. ('"Symbol"', 'Symbol' throughout); James Dean; Holtsville and New York ('Based
 # in Holtsville, New York'; the state); the New York Stock Exchange (a Company, GUIDELINES); Tomo Razmilovic, Kenneth
 # Jaeggi, Leonard Goldner. Not annotated: 'eleven former Symbol executives', 'the other defendants', 'injured
 # investors' (generic), 'bar code scanners' (a kind of product, no name)
 entities=[E("Organization", "SEC", "Commission"),
           E("Organization", "United States District Court for the Eastern District of New York"),
           E("Company", SY, "Symbol"),
           E("Person", "James Dean"),
           E("Location", "Holtsville"),
           E("Location", "New York"),
           E("Company", "New York Stock Exchange"),
           E("Person", "Tomo Razmilovic"),
           E("Person", "Kenneth Jaeggi"),
           E("Person", "Leonard Goldner")],
 # The list of 'individual defendants who worked at Symbol': 'Tomo Razmilovic, age 62, former President and CEO' ->
 # president and ceo, false; 'Kenneth Jaeggi, age 58, former CFO' -> cfo, false; 'Leonard Goldner, age 56, former
 # General Counsel' -> executive (GUIDELINES: general counsel), false. James Dean: no role ('One individual
 # defendant'; one of the 'eleven former Symbol executives' by implication, his post not stated; doubtful)
 roles=[R("Tomo Razmilovic", "president", SY, False), R("Tomo Razmilovic", "ceo", SY, False),
        R("Kenneth Jaeggi", "cfo", SY, False), R("Leonard Goldner", "executive", SY, False)],
 # None: the listing on the New York Stock Exchange is no relation of the four kinds
 relations=[],
 outages=[],
 # 'On June 3, 2004' -> 2004-06-03; 'from at least 1998' -> '1998'; 'until early 2003' -> 2003 (GUIDELINES: 'late
 # 2006' -> the year)
 dates=[D("June 3, 2004", "2004-06-03"), D("1998", "1998"), D("early 2003", "2003")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
