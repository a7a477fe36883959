#!/usr/bin/env python3
"""Batch 54zb gold annotations (the texts of batch54zb.py: the SEC's press release 2015-24 of 5 February 2015 on
Broadwind Energy, its 'then-CEO J. Cameron Drecoll' and its 'CFO Stephanie K. Kushner'; the sec.gov claims page for
Admin. Proceeding File No. 3-16575 on 'Computer Sciences Corporation ("CSC")', its 'Former CEO Laphen' and 'former CFO
Mancuso', Wayne Banks, Claus Zilmer and Paul Wakefield, and CSC's contract 'with the United Kingdom's National Health
Service ("NHS")'), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the
sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts): the Broadwind id -> test, the CSC id
-> train. Dates resolve against `published` (Broadwind); the CSC page has `published` null, so only its absolute dates.
Conventions (the federal SEC lane's, batches 18a, 40zm ... 52ze, 53d ... 53zp, 54e, 54j, 54o, 54u; looked up in
GATHERING.md and GUIDELINES) -- the Commission under its full name with alias 'SEC' where the text writes both
(Broadwind); 'SEC' as the name with alias 'Commission' where the text never writes the full name (CSC; as 54o's Terex,
Sinotech, Natural Health Trends); a company's short form or bracketed acronym ('CSC') -> alias; a person's surname
alone -> alias; 'then-CEO' and 'Former CEO' -> ceo, current false; 'CFO' with no 'former' -> current true; 'former CFO'
-> current false; a place named in '<place>-area' -> Location (Nicor's 'Chicago-area', 54u's '-based'); a federal court
named in full -> Organization, the state inside its name no Location of its own (54o, 54u); a government health
service -> Organization; countries -> Location; a stated contract between two named organisations -> partner (GUIDELINES:
supply/customer contract), direction as written; 'today' -> the release's day; with `published` null, only absolute
dates; one date item per distinct text and value.
usage: batch54zb_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55zb/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
BW = "Broadwind Energy"
CSC = "Computer Sciences Corporation"
NHS = "National Health Service"
A = {}

# ---- Broadwind Energy, SEC press release 2015-24, published 2015-02-05 (a Thursday) ---------------------------------
A["us-sec-broadwind-energy-then-ceo-drecoll-cfo-kushner-impairment-disclosure-violations-2015"] = dict(
 # The Securities and Exchange Commission ('The SEC alleges', "the SEC's complaint", "the SEC's charges": alias 'SEC');
 # Chicago ('a Chicago-area alternative energy company': Location, as Nicor's 'Chicago-area' in the lane's dev file --
 # **doubtful**: the place sits inside an adjective, a reader may skip it); Broadwind Energy (Company; the text never
 # writes 'Inc.' or a shorter form -- 'Broadwind Energy' six times, "Broadwind Energy's" three times; 'the company' is
 # generic); J. Cameron Drecoll ('Drecoll' twice: alias); Stephanie K. Kushner ('Kushner' twice: alias); the U.S.
 # District Court for the Northern District of Illinois (a court named in full -> Organization; 'Illinois' inside its
 # name no Location of its own, as 54o's and 54u's courts). Not annotated: 'two significant customers', 'the company's
 # auditors, investment bankers, and lender' (unnamed), 'senior management' (generic), the title's 'Chicago-Area
 # Alternative Energy Company' (title only; Chicago is in the text anyway)
 entities=[E("Organization", SEC, "SEC"),
           E("Location", "Chicago"),
           E("Company", BW),
           E("Person", "J. Cameron Drecoll", "Drecoll"),
           E("Person", "Stephanie K. Kushner", "Kushner"),
           E("Organization", "U.S. District Court for the Northern District of Illinois")],
 # "Broadwind Energy's then-CEO J. Cameron Drecoll" (and 'its former CEO' in the first paragraph) -> ceo at Broadwind
 # Energy, current false ('then-', 'former'). "Broadwind Energy's CFO Stephanie K. Kushner, who was newly hired at the
 # time" -> cfo at Broadwind Energy, current true (the release writes 'its CFO' beside 'its former CEO', so she still
 # held the post; **doubtful**: 'at the time' may make a reader set current false). Near-misses: 'senior management at
 # Broadwind Energy' (no person named); the heading's company description (title only)
 roles=[R("J. Cameron Drecoll", "ceo", BW, False),
        R("Stephanie K. Kushner", "cfo", BW, True)],
 # No relation: the two significant customers, the auditors, investment bankers and lender are unnamed (near-misses:
 # a customer relation and a lender relation with no named partner); the court and the Commission (no predicate)
 relations=[],
 outages=[],
 # 'today' -> 2015-02-05 (the release's day, from its dateline). Skipped: 'several months later', 'two months after the
 # offering', 'at the time' (no anchor the text dates)
 dates=[D("today", "2015-02-05")])

# ---- Computer Sciences Corporation, sec.gov claims page, Admin. Proceeding File No. 3-16575, published null ----------
A["us-sec-computer-sciences-former-ceo-laphen-former-cfo-mancuso-nhs-contract-accounting-fraud-fair-fund-2015"] = dict(
 # The SEC ('the SEC issued an Order', "the Commission's Order": name 'SEC', alias 'Commission' -- the full name is not
 # in the text, as the lane's Terex and Sinotech files); Computer Sciences Corporation ('("CSC")' and 'CSC' nine times,
 # "CSC's": alias 'CSC'); Michael Laphen ('Laphen' four times), Michael Mancuso ('Mancuso' twice), Wayne Banks
 # ('Banks' twice) -- surnames as aliases; Claus Zilmer and Paul Wakefield (Persons, named once each); the National
 # Health Service ("the United Kingdom's National Health Service (\"NHS\")", 'the NHS contract', 'the NHS account':
 # Organization, a government health service, alias 'NHS'); the United Kingdom, the United States, Australia, Denmark
 # (Locations). Not annotated: 'the Order' (a document), 'the Sarbanes-Ox...' (after the cut), 'CSC finance personnel'
 # and 'CSC's most senior executives' (generic)
 entities=[E("Organization", "SEC", "Commission"),
           E("Company", CSC, "CSC"),
           E("Person", "Michael Laphen", "Laphen"),
           E("Person", "Michael Mancuso", "Mancuso"),
           E("Person", "Wayne Banks", "Banks"),
           E("Person", "Claus Zilmer"),
           E("Person", "Paul Wakefield"),
           E("Organization", NHS, "NHS"),
           E("Location", "United Kingdom"),
           E("Location", "United States"),
           E("Location", "Australia"),
           E("Location", "Denmark")],
 # 'Former CEO Laphen approved CSC's use of improper accounting models' -> ceo at Computer Sciences Corporation,
 # current false; 'Laphen and former CFO Mancuso' -> cfo at Computer Sciences Corporation, current false (the sentence
 # is about CSC's disclosures, so the company is clear though 'of CSC' is not written -- **doubtful** only in that).
 # No role for Banks, Zilmer or Wakefield: the text gives them no post (near-miss: "CSC's former Finance Director for
 # the NHS account" is unnamed -- a reader who knows the case may tie him to one of the three; the text does not, and
 # the finance personnel 'in Australia' and 'in Denmark' are unnamed too)
 roles=[R("Michael Laphen", "ceo", CSC, False),
        R("Michael Mancuso", "cfo", CSC, False)],
 # "the company's multi-billion dollar contract with the United Kingdom's National Health Service" -> partner
 # (Computer Sciences Corporation -> National Health Service), a stated customer contract between two named
 # organisations, direction as written (**doubtful**: a reader may leave a government customer out of `partner`; the
 # lane's rule counts supply/customer contracts). No parentOrganization: NHS and the United Kingdom (a Location, no
 # relation); CSC's units in Australia and Denmark are not named (near-miss: 'CSC finance personnel in Australia',
 # 'in Denmark' -- no named subsidiary)
 relations=[L(CSC, "partner", NHS)],
 outages=[],
 # `published` null: only absolute expressions. 'June 5, 2015' -> 2015-06-05; 'from 2009 to 2011' -> '2009' and
 # '2011' (two items, as the lane's Nicor and ACS files). Skipped: 'in one quarter', 'Throughout this period' (no value)
 dates=[D("June 5, 2015", "2015-06-05"), D("2009", "2009"), D("2011", "2011")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
