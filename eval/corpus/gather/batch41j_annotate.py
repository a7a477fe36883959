#!/usr/bin/env python3
"""Batch 41j gold annotations (the texts of batch41j.py: the SEC's press release 2023-170 of 6 September 2023 on
Fluor Corporation and five former and current Fluor officers and employees, the SEC's Litigation Release No. 25195 of
3 September 2021 on The Kraft Heinz Company, its former Chief Operating Officer Eduardo Pelleissone and its former
Chief Procurement Officer Klaus Hofmann, and the SEC's press release 2022-65 of 20 April 2022 on Stericycle, Inc.'s
bribery schemes in Argentina, Brazil and Mexico), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 18b, 40zm, 40zn, 41b and 41e for SEC releases): the SEC -> Organization ('SEC' alias); an
SEC regional office -> Organization, parentOrganization of the SEC, its Director -> director (40zm's 'Marc P. Berger,
Director of the SEC's New York Regional Office'); 'Chief Operating Officer' -> coo; 'CFO' -> cfo; 'president' ->
president; 'senior vice president' -> vice-president; other chief officers ('Chief Accounting Officer and
Controller', 'Chief Procurement Officer') -> executive (GUIDELINES); a post held in one of a company's business lines
-> the post at the company named (doubtful); 'former' -> current false; 'City, State' -> two Locations (40zm's
'Buffalo, New York'; 'Irving, Texas-based').
usage: batch41j_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather42j/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Fluor Corporation and five officers, published 2023-09-06 (a Wednesday) ------------------------------------------
A["us-sec-fluor-accounting-improprieties-five-officers-2023"] = dict(
 # The SEC (written out once; 'SEC' in 'The SEC's order', 'According to the SEC's order'); Irving and Texas
 # ('Irving, Texas-based': the city and the state); Fluor Corporation ('Fluor' alone eleven times, 'Fluor's'); the
 # five officers and employees, each named once in full (no surname alone). Not annotated: 'U.S. generally accepted
 # accounting principles (GAAP)' (accounting rules), 'the customer' (unnamed), the two projects (unnamed)
 entities=[E("Organization", "Securities and Exchange Commission", "SEC"), E("Location", "Irving"),
           E("Location", "Texas"), E("Company", "Fluor Corporation", "Fluor"), E("Person", "Bradley R. Scott"),
           E("Person", "Robin K. Chopra"), E("Person", "James F. Brittain"), E("Person", "Jon Eric Best"),
           E("Person", "Kent N. Smith")],
 # 'Bradley R. Scott, a current Fluor business-line CFO' -> cfo at Fluor Corporation, current (doubtful: the CFO
 # of one business line, not of the company; a reader may set executive); 'Robin K. Chopra, Fluor's former Chief
 # Accounting Officer and Controller' -> executive (a chief officer not in the title list; GUIDELINES), current
 # false; 'James F. Brittain, a former Fluor business-line president' -> president, current false (doubtful as
 # Scott's: head of a business line); 'Jon Eric Best, a former Fluor business-line CFO' -> cfo, current false
 # (doubtful as Scott's); 'Kent N. Smith, a former Fluor business-line senior vice president' -> vice-president
 # (GUIDELINES: senior vice president -> vice-president), current false
 roles=[R("Bradley R. Scott", "cfo", "Fluor Corporation"),
        R("Robin K. Chopra", "executive", "Fluor Corporation", False),
        R("James F. Brittain", "president", "Fluor Corporation", False),
        R("Jon Eric Best", "cfo", "Fluor Corporation", False),
        R("Kent N. Smith", "vice-president", "Fluor Corporation", False)],
 # No relation told: the business lines are unnamed; the customer is unnamed
 relations=[],
 outages=[],
 # 'today' (= published, 2023-09-06). No other time expression in the text as cut ('over time' has no value)
 dates=[D("today", "2023-09-06")])

# ---- The Kraft Heinz Company, Pelleissone and Hofmann, published 2021-09-03 (a Friday) --------------------------------
A["us-sec-kraft-heinz-former-coo-procurement-officer-accounting-scheme-2021"] = dict(
 # The SEC ('The SEC also charged', 'the SEC's order' twice, 'the SEC investigation'); The Kraft Heinz Company (the
 # fullest form, with 'The' as written; 'Kraft' alone six times and in 'Kraft's'); Eduardo Pelleissone (named once;
 # 'Pelleissone' alone only in the part cut off, so no alias); Klaus Hofmann ('Hofmann' in 'its complaint against
 # Hofmann'). Not annotated: the suppliers and 'financial analysts' (unnamed), 'EBITDA' (a metric)
 entities=[E("Organization", "Securities and Exchange Commission", "SEC"),
           E("Company", "The Kraft Heinz Company", "Kraft"), E("Person", "Eduardo Pelleissone"),
           E("Person", "Klaus Hofmann", "Hofmann")],
 # 'Kraft's former Chief Operating Officer Eduardo Pelleissone' -> coo, current false; 'its former Chief
 # Procurement Officer Klaus Hofmann' -> executive (a chief officer not in the title list; GUIDELINES), current false
 roles=[R("Eduardo Pelleissone", "coo", "The Kraft Heinz Company", False),
        R("Klaus Hofmann", "executive", "The Kraft Heinz Company", False)],
 # 'its procurement division' (unnamed) -> nothing; no other company named
 relations=[],
 outages=[],
 # 'today' (= published); 'the last quarter of 2015' -> 2015-Q4 (a calendar quarter); 'the end of 2018' -> 2018
 # (GUIDELINES: 'the end of last year' -> the year); 'June 2019'. Skipped: 'several years' (no value)
 dates=[D("today", "2021-09-03"), D("the last quarter of 2015", "2015-Q4"), D("the end of 2018", "2018"),
        D("June 2019", "2019-06")])

# ---- Stericycle, published 2022-04-20 (a Wednesday) -----------------------------------------------------------------
A["us-sec-stericycle-latin-america-bribery-miami-regional-office-2022"] = dict(
 # The SEC ('the SEC's charges', 'The SEC's order', 'the SEC's order', 'the SEC's Miami Regional Office'); Stericycle,
 # Inc. ('Stericycle' alone five times, once inside the quotation); Argentina, Brazil, Mexico (each twice or more);
 # Latin America (twice, in the quotation: a region -> Location); Eric I. Bustillo; the Miami Regional Office (an
 # SEC office; 'Miami' inside the office's name, no separate Location, as 40zm's New York Regional Office). Not
 # annotated: 'Foreign Corrupt Practices Act (FCPA)' (a law), 'government customers', 'sham third-party vendors'
 # (unnamed), 'alfa'/'alfajores' (a code name and a cookie)
 entities=[E("Organization", "Securities and Exchange Commission", "SEC"), E("Company", "Stericycle, Inc.", "Stericycle"),
           E("Location", "Argentina"), E("Location", "Brazil"), E("Location", "Mexico"),
           E("Location", "Latin America"), E("Person", "Eric I. Bustillo"),
           E("Organization", "Miami Regional Office")],
 # 'Eric I. Bustillo, Director of the SEC's Miami Regional Office' -> director of the Office, current (40zm's
 # reading of Marc P. Berger; doubtful: head, as he leads the office)
 roles=[R("Eric I. Bustillo", "director", "Miami Regional Office")],
 # 'the SEC's Miami Regional Office' -> parentOrganization (GUIDELINES: "X's Y" counts; 40zm). Stericycle's
 # operations in Argentina, Brazil and Mexico are not named as companies -> no subsidiary relation
 relations=[L("Miami Regional Office", "parentOrganization", "Securities and Exchange Commission")],
 outages=[],
 # 'today' (= published); 'from at least 2012 to 2016' -> '2012', '2016' ('prior to 2016': the same text and value,
 # one item). Skipped: 'for many years' (no value)
 dates=[D("today", "2022-04-20"), D("2012", "2012"), D("2016", "2016")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
