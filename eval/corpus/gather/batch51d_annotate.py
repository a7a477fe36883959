#!/usr/bin/env python3
"""Batch 51d gold annotations (the texts of batch51d.py: the SEC's press release of 26 March 2002 on its suit against
the founder and five other former top officers of Waste Management Inc., with Thomas C. Newkirk, 'associate director
of the SEC's Division of Enforcement'; the SEC's Litigation Release No. 18919 (undated in the store: `published`
null) on six former senior officers of San Diego-based Peregrine Systems, Inc., an Arthur Andersen LLP engagement
partner and two channel partners' principals; the SEC's Litigation Release No. 16022 of 13 January 1999 on Livent
Inc.'s former chairman and CEO Garth Drabinsky and former president Myron Gottlieb), written from the texts alone;
newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (each release's own day, from its dateline or release line); with `published` null
(Peregrine) only absolute expressions are listed (GUIDELINES).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 48d; looked up in the gold of the corpus's SEC fraud files
on other matters -- Sunbeam (44d), Global Education (40zn), Symbol, Collins & Aikman, Gerber (47y), the Thomsen files
-- and GATHERING.md): the SEC -> Organization, its full name with the aliases the text uses ('SEC', 'Commission');
'U.S. District Court in Chicago' / 'the United States District Court in San Diego' (no district named) -> the court
as written without 'in <city>' (40zn's 'U.S. District Court in Chicago', 44d's 'U.S. District Court in Miami'),
the city its own Location; a court named in full -> Organization; "the SEC's Division of Enforcement" ->
Organization with parentOrganization to the SEC; 'X-based' -> Location X; the officers' posts as GUIDELINES maps
them, each post its own role and every one current false where the text calls them former ('former most senior
officers', "Peregrine's former Chairman ...", "Livent's former chairman ..."), but founder current (the corpus keeps
founders current: Ebbers, Batten); 'chairman of the board of directors' -> chairman only (GUIDELINES: the chair
alone); 'director' (a board seat) -> director; 'executive vice president', 'senior vice president', 'vice president'
-> vice-president; controller, chief accounting officer, general counsel -> executive (42e, 44d; one executive item
per person however many of these posts); a functional 'Director of X' -> director (the corpus's 'Director of Public
Affairs' and the like); an SEC associate director -> other (the corpus's associate directors); an audit firm's
engagement partner -> other at the firm (44d's Sunbeam/Harlow); an auditor and its client -> no relation (44d);
unnamed firms ('two Peregrine channel partners') -> nothing; fiscal years -> no date (44d); plays and musicals -> no
entity (GUIDELINES: TV shows, events).
usage: batch51d_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52d/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
DOE = "Division of Enforcement"
WM = "Waste Management Inc."
PG = "Peregrine Systems, Inc."
AA = "Arthur Andersen LLP"
LV = "Livent Inc."
A = {}

# ---- Waste Management Inc., press release of 26 March 2002 (a Tuesday) ------------------------------------------------
A["us-sec-waste-management-founder-buntrock-five-former-top-officers-massive-fraud-2002"] = dict(
 # The Securities and Exchange Commission ("the SEC's Division of Enforcement": alias 'SEC'; 'The Commission' stood
 # only in the cut sentence -- the kept text never writes 'Commission' alone, so no such alias); Waste Management Inc.
 # ('Waste Management', "Waste Management's": alias); the court as 'U.S. District Court' ('filed in U.S. District
 # Court in Chicago': no district named, written without 'in Chicago' as 40zn; **doubtful**: a reader may leave an
 # unnamed district court out or write 'U.S. District Court in Chicago'); Chicago (Location); the six officers by
 # their full names (no surname stands alone in the kept text: no aliases); Thomas C. Newkirk; the Division of
 # Enforcement. Not annotated: 'the founder and five other former top officers', 'defendants', 'unsuspecting
 # shareholders' (generic), 'the board of directors' (Waste Management's board, no name of its own)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", WM, "Waste Management"),
           E("Organization", "U.S. District Court"),
           E("Location", "Chicago"),
           E("Person", "Dean L. Buntrock"),
           E("Person", "Phillip B. Rooney"),
           E("Person", "James E. Koenig"),
           E("Person", "Thomas C. Hau"),
           E("Person", "Herbert Getz"),
           E("Person", "Bruce D. Tobecksen"),
           E("Person", "Thomas C. Newkirk"),
           E("Organization", DOE)],
 # "Waste Management's former most senior officers: Dean L. Buntrock, Waste Management's founder, chairman of the
 # board of directors, and chief executive officer" -> founder (current: founders stay founders, the corpus's way;
 # **doubtful**: 'former' heads the list, a reader may set it false), chairman and ceo (false). 'Phillip B. Rooney,
 # president and chief operating officer, director, and CEO for a portion of the relevant period' -> president, coo,
 # director (a board seat) and ceo, all false. 'James E. Koenig, executive vice president and chief financial
 # officer' -> vice-president and cfo, false. 'Thomas C. Hau, vice president, corporate controller, and chief
 # accounting officer' -> vice-president and executive (controller and chief accounting officer: one executive
 # item), false. 'Herbert Getz, senior vice president, general counsel, and secretary' -> vice-president and
 # executive (general counsel; the corporate secretary's post folded into the same executive item -- **doubtful**: a
 # reader may add 'other' for 'secretary'), false. 'Bruce D. Tobecksen, vice president of finance' -> vice-president,
 # false. 'Thomas C. Newkirk, associate director of the SEC's Division of Enforcement' -> other at the Division,
 # current (an SEC associate director, the corpus's way). Near-miss: 'during most of the relevant period' / 'for a
 # portion of the relevant period' (no dates)
 roles=[R("Dean L. Buntrock", "founder", WM), R("Dean L. Buntrock", "chairman", WM, False),
        R("Dean L. Buntrock", "ceo", WM, False),
        R("Phillip B. Rooney", "president", WM, False), R("Phillip B. Rooney", "coo", WM, False),
        R("Phillip B. Rooney", "director", WM, False), R("Phillip B. Rooney", "ceo", WM, False),
        R("James E. Koenig", "vice-president", WM, False), R("James E. Koenig", "cfo", WM, False),
        R("Thomas C. Hau", "vice-president", WM, False), R("Thomas C. Hau", "executive", WM, False),
        R("Herbert Getz", "vice-president", WM, False), R("Herbert Getz", "executive", WM, False),
        R("Bruce D. Tobecksen", "vice-president", WM, False),
        R("Thomas C. Newkirk", "other", DOE)],
 # "the SEC's Division of Enforcement" -> parentOrganization(Division of Enforcement, SEC). Nothing else: the suit
 # is no relation between the SEC and Waste Management
 relations=[L(DOE, "parentOrganization", SEC)],
 outages=[],
 # 'today' (in 'filed suit today') -> 2002-03-26 (the dateline's day, cut: `published`); 'between 1992 and 1997' ->
 # '1992' and '1997'. Skipped: 'more than five years', 'For years' (durations), 'March 26, 2002' (the dateline, cut)
 dates=[D("today", "2002-03-26"), D("1992", "1992"), D("1997", "1997")])

# ---- Peregrine Systems, Inc., LR 18919, published null (October 2004 by its first sentence) ---------------------------
A["us-sec-peregrine-systems-former-chairman-ceo-gardner-six-officers-andersen-partner-fraud-2004"] = dict(
 # The Securities and Exchange Commission ("the Commission's complaint", 'filings with the Commission': alias
 # 'Commission'); Peregrine Systems, Inc. ('Peregrine', "Peregrine's" throughout: alias; also inside 'the Peregrine
 # defendants', 'the Peregrine audit', 'Peregrine channel partners' as a modifier of the company); San Diego
 # ('San Diego-based' and 'in San Diego': one Location); the court as 'United States District Court' ('the United
 # States District Court in San Diego': no district named, as written without 'in San Diego' -- **doubtful** as in
 # the Waste Management text); the six officers, Stulac, Rodda and Whitt by their full names (no surname alone);
 # Arthur Andersen LLP (the audit firm: Company). Not annotated: 'two Peregrine channel partners (customers)'
 # (unnamed firms -- near-miss), 'the investing public', 'the Peregrine defendants' (generic)
 entities=[E("Organization", SEC, "Commission"),
           E("Company", PG, "Peregrine"),
           E("Location", "San Diego"),
           E("Organization", "United States District Court"),
           E("Person", "Stephen P. Gardner"),
           E("Person", "Gary L. Lenz"),
           E("Person", "Douglas S. Powanda"),
           E("Person", "Berdj J. Rassam"),
           E("Person", "Joseph G. Reichner"),
           E("Person", "Peter J. O'Brien"),
           E("Person", "Daniel F. Stulac"),
           E("Company", AA),
           E("Person", "Larry A. Rodda"),
           E("Person", "Michael D. Whitt")],
 # "Stephen P. Gardner, Peregrine's former Chairman and Chief Executive Officer" -> chairman and ceo, false; 'Gary L.
 # Lenz, the former President and Chief Operating Officer' -> president and coo, false; 'Douglas S. Powanda, the
 # former Executive Vice President of Sales' -> vice-president, false; 'Berdj J. Rassam, the former Controller' ->
 # executive, false; 'Joseph G. Reichner, the former Senior Vice President for Alliances and Business Development' ->
 # vice-president, false; 'Peter J. O'Brien, the former Director of Strategic Alliances' -> director (a functional
 # director, the corpus's 'Director of ...' way; **doubtful**: a reader may set executive), false -- the five after
 # Gardner are Peregrine's ('six former senior officers of ... Peregrine Systems, Inc.', the list under "the
 # Commission's complaint names"). 'Daniel F. Stulac, a certified public accountant and former Arthur Andersen LLP
 # engagement partner on the Peregrine audit' -> other at Arthur Andersen LLP, false (44d's Harlow). Near-miss:
 # 'Larry A. Rodda and Michael D. Whitt, former principals of two Peregrine channel partners' (the firms unnamed: no
 # org, no role)
 roles=[R("Stephen P. Gardner", "chairman", PG, False), R("Stephen P. Gardner", "ceo", PG, False),
        R("Gary L. Lenz", "president", PG, False), R("Gary L. Lenz", "coo", PG, False),
        R("Douglas S. Powanda", "vice-president", PG, False),
        R("Berdj J. Rassam", "executive", PG, False),
        R("Joseph G. Reichner", "vice-president", PG, False),
        R("Peter J. O'Brien", "director", PG, False),
        R("Daniel F. Stulac", "other", AA, False)],
 # None. Near-misses: Arthur Andersen LLP's audit of Peregrine (an auditor, 44d's way: no partner; **doubtful**: a
 # reader may set a supplier relation); 'two Peregrine channel partners (customers)' (customers named by no name: no
 # partner)
 relations=[],
 outages=[],
 # `published` null -> absolute expressions only: 'October 5, 2004' -> 2004-10-05 (the filing day); 'February 2003'
 # -> 2003-02 (in 'In February 2003'). Skipped: 'fiscal years 2000, 2001 and 2002' (fiscal years, GUIDELINES and 44d),
 # 'eleven quarters' (a count)
 dates=[D("October 5, 2004", "2004-10-05"), D("February 2003", "2003-02")])

# ---- Livent Inc., LR 16022, published 1999-01-13 (a Wednesday) -------------------------------------------------------
A["us-sec-livent-former-chairman-ceo-drabinsky-former-president-gottlieb-accounting-fraud-1999"] = dict(
 # The Securities and Exchange Commission ('filed with the Commission', 'with the Commission': alias 'Commission');
 # the United States District Court for the Southern District of New York (a court named in full); Livent Inc.
 # ('Livent', "Livent's": alias); Garth Drabinsky; Myron Gottlieb (full names only in the kept text). Not annotated:
 # Canada ('a Canadian-based theater owner': the adjective only, the country never named -- near-miss,
 # **doubtful**: the 'X-based' rule gives a Location where X is a place's name; a reader may add Canada), 'Ragtime',
 # 'The Phantom of the Opera', 'Show Boat', 'Fosse' (shows Livent produced: productions, not entities -- GUIDELINES'
 # TV shows and events; near-miss, **doubtful**: a reader may take them as Services of Livent), 'former senior
 # officers, directors, and members of the accounting staff' (unnamed)
 entities=[E("Organization", SEC, "Commission"),
           E("Organization", "United States District Court for the Southern District of New York"),
           E("Company", LV, "Livent"),
           E("Person", "Garth Drabinsky"),
           E("Person", "Myron Gottlieb")],
 # "Garth Drabinsky, Livent's former chairman and chief executive officer" -> chairman and ceo, false; "Myron
 # Gottlieb, the company's former president and a director" -> president, false, and director, false ('former'
 # read over both posts, with the heading's 'FORMER LIVENT INC. EMPLOYEES' -- **doubtful**: 'a director' may be read
 # as still current)
 roles=[R("Garth Drabinsky", "chairman", LV, False), R("Garth Drabinsky", "ceo", LV, False),
        R("Myron Gottlieb", "president", LV, False), R("Myron Gottlieb", "director", LV, False)],
 # None: no second company is named (the shows are no entities)
 relations=[],
 outages=[],
 # 'January 13, 1999' -> 1999-01-13 (the filing day, the release's own); 'from 1990 through the first quarter of
 # 1998' -> '1990' and 'the first quarter of 1998' 1998-Q1 (GUIDELINES' quarters). Skipped: 'eight years' (a span)
 dates=[D("January 13, 1999", "1999-01-13"), D("1990", "1990"), D("the first quarter of 1998", "1998-Q1")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
