#!/usr/bin/env python3
"""Batch 44p gold annotations (the texts of batch44p.py: the SEC's press release 2008-82 of 8 May 2008 on Marvell
Technology Group, Ltd. and its co-founder and former chief operating officer Weili Dai, Linda Chatman Thomsen,
Director of the SEC's Division of Enforcement, and Marc J. Fagel, Co-Acting Regional Director of the SEC's San
Francisco Regional Office, quoted; the SEC's press release 2007-250 of 4 December 2007 on Maxim Integrated Products,
Inc., its former CFO Carl W. Jasper and its former President, CEO, and Chairman of the Board John F. Gifford, Thomsen
and Fagel quoted; the SEC's Litigation Release No. 21643 of 9 September 2010 on Affiliated Computer Services, Inc.,
'later acquired by Xerox Corporation on February 5, 2010'; the SEC's Litigation Release No. 21593 of 16 July 2010 on
Trident Microsystems, Inc., its founder and former Chief Executive Officer Frank C. Lin and its former Chief
Accounting Officer Peter Jen), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h and 44l for SEC releases): the SEC -> Organization (the fullest form the text writes; 'SEC', 'Commission'
aliases); 'chief executive officer', 'CEO' -> ceo; 'CFO' -> cfo; 'chief operating officer' -> coo; 'President' ->
president; 'Chairman of the Board' -> chairman; 'Chief Accounting Officer' -> executive (41j's and 42e's chief
accounting officers); 'founder' -> founder, 'co-founder' -> cofounder, current true (a founder stays one: 23a, 24a's
'founder and former CEO'); 'former' -> current false; "the SEC's Director of Enforcement" -> director at the SEC (44d's
and 44l's Cutler); "Director of the SEC's Division of Enforcement" -> director at the Division (43a, 44l), "Co-Acting
Regional Director of the SEC's San Francisco Regional Office" -> director at the Office (40zm's and 41j's Regional
Directors; 'Acting' keeps the post, current true: 40zi's and 41h's acting heads), each unit parentOrganization the SEC
(40zm, 41m, 42g, 43a, 44l), the city inside the Office's name no Location (41m); a completed acquisition ('was later
acquired by') -> acquired + parentOrganization(target, buyer) (GUIDELINES); a court named in full -> Organization
(41b, 42a, 42j, 42v), 'federal district court in <place>' -> the place a Location and no court entity (42g, 42v);
'Silicon Valley' -> Location (40zm); '<city>, <state>' and '<city>, <state>-based' -> one Location (41j's 'Irving,
Texas-based', 44d's 'Birmingham, Ala.'); fiscal years -> no date item (42g); 'Fortune 500' (a list) -> nothing; the
unnamed former CEO and CFO of ACS -> no role.
usage: batch44p_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather45p/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
MV = "Marvell Technology Group, Ltd."
MX = "Maxim Integrated Products, Inc."
ACS = "Affiliated Computer Services, Inc."
XR = "Xerox Corporation"
TR = "Trident Microsystems, Inc."
DOE = "Division of Enforcement"
SFO = "San Francisco Regional Office"
A = {}

# ---- Marvell and Weili Dai, published 2008-05-08 (a Thursday) -----------------------------------------------------------
A["us-sec-marvell-technology-backdating-cofounder-former-coo-dai-2008"] = dict(
 # The SEC ('The Securities and Exchange Commission', "The SEC's complaint", "the SEC's charges", 'the Commission');
 # Marvell Technology Group, Ltd. ('Marvell' throughout, "Marvell's"); Weili Dai ('Dai'); Thomsen; Fagel; the
 # Division of Enforcement and the San Francisco Regional Office (the SEC's units); 'a Silicon Valley semiconductor
 # company' -> Silicon Valley (40zm); 'federal district court in San Jose' -> San Jose (the court unnamed: 42v's
 # Houston). Not annotated: 'public company officers', 'public companies', 'shareholders'
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Company", MV, "Marvell"),
           E("Person", "Weili Dai", "Dai"),
           E("Person", "Linda Chatman Thomsen"),
           E("Person", "Marc J. Fagel"),
           E("Organization", DOE),
           E("Organization", SFO),
           E("Location", "Silicon Valley"),
           E("Location", "San Jose")],
 # 'a Silicon Valley semiconductor company and its co-founder' with 'former chief operating officer Weili Dai' and
 # 'Marvell and Dai settled' -> Dai cofounder of Marvell (current true; the co-founder is Dai by the text's pairing of
 # the company and her in every sentence: doubtful, a reader may leave it out) and coo (current false); 'Linda
 # Chatman Thomsen, Director of the SEC's Division of Enforcement' -> director at the Division; 'Marc J. Fagel,
 # Co-Acting Regional Director of the SEC's San Francisco Regional Office' -> director at the Office (acting,
 # current; a reader may set head)
 roles=[R("Weili Dai", "cofounder", MV), R("Weili Dai", "coo", MV, False),
        R("Linda Chatman Thomsen", "director", DOE), R("Marc J. Fagel", "director", SFO)],
 # "the SEC's Division of Enforcement", "the SEC's San Francisco Regional Office" -> parentOrganization (43a, 44l)
 relations=[L(DOE, "parentOrganization", SEC), L(SFO, "parentOrganization", SEC)],
 outages=[],
 # 'today' and "Today's" -> 2008-05-08 (one item: the same text and value). Skipped: 'its fiscal years 2000 through
 # 2006' (fiscal years, 42g)
 dates=[D("today", "2008-05-08")])

# ---- Maxim, Jasper and Gifford, published 2007-12-04 (a Tuesday) -------------------------------------------------------
A["us-sec-maxim-integrated-backdating-former-cfo-jasper-former-ceo-gifford-2007"] = dict(
 # The SEC ('The Securities and Exchange Commission', "the SEC's Director", "the SEC's San Francisco Regional
 # Office", 'The Commission', "the Commission's charges"); Maxim Integrated Products, Inc. ('Maxim', "Maxim's");
 # Silicon Valley ('a Silicon Valley semiconductor company'); Thomsen; Fagel; the San Francisco Regional Office;
 # Carl W. Jasper and John F. Gifford (each only in full); their homes 'San Jose, Calif.' and 'Menlo Park, Calif.'
 # (one Location each, 44d's 'Birmingham, Ala.'). Not annotated: 'Maxim employees and directors', 'shareholders'
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Company", MX, "Maxim"),
           E("Location", "Silicon Valley"),
           E("Person", "Linda Chatman Thomsen"),
           E("Person", "Marc J. Fagel"),
           E("Organization", SFO),
           E("Person", "Carl W. Jasper"),
           E("Location", "San Jose, Calif."),
           E("Person", "John F. Gifford"),
           E("Location", "Menlo Park, Calif.")],
 # "the company's former CEO and CFO": 'former CFO Carl W. Jasper' -> cfo; 'former President, CEO, and Chairman of
 # the Board John F. Gifford' -> president, ceo and chairman; all current false, at Maxim (the post's company from
 # the first paragraph's 'the company's former CEO and CFO'); "Linda Chatman Thomsen, the SEC's Director of
 # Enforcement" -> director at the SEC (44d's Cutler; no Division written here); 'Marc J. Fagel, Co-Acting Regional
 # Director of the SEC's San Francisco Regional Office' -> director at the Office (current)
 roles=[R("Carl W. Jasper", "cfo", MX, False),
        R("John F. Gifford", "president", MX, False), R("John F. Gifford", "ceo", MX, False),
        R("John F. Gifford", "chairman", MX, False),
        R("Linda Chatman Thomsen", "director", SEC), R("Marc J. Fagel", "director", SFO)],
 relations=[L(SFO, "parentOrganization", SEC)],
 outages=[],
 # 'today' -> 2007-12-04. Skipped: 'in ten consecutive quarters' (unresolvable)
 dates=[D("today", "2007-12-04")])

# ---- Affiliated Computer Services, published 2010-09-09 (a Thursday) ---------------------------------------------------
A["us-sec-affiliated-computer-services-backdating-settlement-acquired-by-xerox-2010"] = dict(
 # The SEC ('The Securities and Exchange Commission', "The SEC's complaint", 'the SEC', 'the Commission');
 # Affiliated Computer Services, Inc. ('("ACS")', 'ACS' throughout); Xerox Corporation (once); 'federal district
 # court in Washington, D.C.' -> Washington, D.C. (the court unnamed: 42g, 42v). Not annotated: 'Fortune 500' (a
 # list), 'its former CEO and its former CFO' (unnamed: no person, no role)
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Company", ACS, "ACS"),
           E("Company", XR),
           E("Location", "Washington, D.C.")],
 roles=[],
 # 'ACS was later acquired by Xerox Corporation on February 5, 2010' -> acquired + parentOrganization (a completed
 # purchase, GUIDELINES)
 relations=[L(XR, "acquired", ACS), L(ACS, "parentOrganization", XR)],
 outages=[],
 # 'today' -> 2010-09-09; 'the period 1995 to 2006' and 'from 1995 to 2006' -> '1995', '2006' (one item each);
 # 'February 5, 2010' -> 2010-02-05
 dates=[D("today", "2010-09-09"), D("1995", "1995"), D("2006", "2006"), D("February 5, 2010", "2010-02-05")])

# ---- Trident Microsystems, Lin and Jen, published 2010-07-16 (a Friday) --------------------------------------------------
A["us-sec-trident-microsystems-backdating-founder-former-ceo-lin-former-cao-jen-2010"] = dict(
 # The SEC ('The Securities and Exchange Commission', "The Commission's complaint"); Trident Microsystems, Inc.
 # ('Trident', "Trident's"; 'the Company' generic, no alias); 'a Santa Clara, California-based provider' -> one
 # Location (41j's 'Irving, Texas-based'); Frank C. Lin ('Lin'); Peter Jen ('Jen'); the United States District Court
 # for the District of Columbia (named in full -> Organization, 42j). Not annotated: 'Company employees, officers',
 # 'directors', 'newly hired employees'
 entities=[E("Organization", SEC, "Commission"),
           E("Company", TR, "Trident"),
           E("Location", "Santa Clara, California"),
           E("Person", "Frank C. Lin", "Lin"),
           E("Person", "Peter Jen", "Jen"),
           E("Organization", "United States District Court for the District of Columbia")],
 # "Trident's founder and former Chief Executive Officer, Frank C. Lin" -> founder (current true, 24a) and ceo
 # (current false); "Trident's former Chief Accounting Officer, Peter Jen" -> executive (41j, 42e), current false
 roles=[R("Frank C. Lin", "founder", TR), R("Frank C. Lin", "ceo", TR, False),
        R("Peter Jen", "executive", TR, False)],
 relations=[],
 outages=[],
 # 'today' -> 2010-07-16; 'from at least 1993 to May 2006' -> '1993', 'May 2006' (2006-05)
 dates=[D("today", "2010-07-16"), D("1993", "1993"), D("May 2006", "2006-05")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
