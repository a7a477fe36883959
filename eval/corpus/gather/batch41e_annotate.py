#!/usr/bin/env python3
"""Batch 41e gold annotations (the texts of batch41e.py: the SEC's Litigation Release No. 25869 of 29 September 2023 on
Michael E. Lewitt and his investment advisory firm Third Friday Management, LLC, and the SEC's announcement of 11
October 2024 of settled charges against Robert "Hal" Turner, the former Executive Chairman and Principal Executive
Officer of Pareteum Corporation), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 18b, 40zm, 40zn and 41b for SEC releases): the SEC -> Organization ('SEC' alias); an SEC
regional office -> Organization, parentOrganization of the SEC (40zm, doubtful); 'former Executive Chairman' ->
chairman, current false (GUIDELINES: executive chairman -> chairman); 'Principal Executive Officer' -> executive
(doubtful: ceo); 'sole managing member' of an LLC -> executive (GUIDELINES: manager -> executive; doubtful); an owner
-> no role; SEC staff named with no post -> no role; 'City, State' -> two Locations (40zm's 'Buffalo, New York');
years inside the names of laws ('Securities Act of 1933') -> no date item.
usage: batch41e_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather42e/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Third Friday Management and Michael E. Lewitt, published 2023-09-29 (a Friday) ---------------------------------
A["us-sec-third-friday-management-lewitt-fund-misappropriation-2023"] = dict(
 # The SEC (written out once, 'SEC' in 'the SEC's complaint'); Michael E. Lewitt ('Lewitt' alone five times);
 # Boca Raton and Florida ('of Boca Raton, Florida': the city and the state); Third Friday Management, LLC ('Third
 # Friday' alias, so defined in the text); the Third Friday Total Return Fund, L.P. (a private fund organised as a
 # limited partnership -> Company; 'the Fund' is a generic defined term, not an alias). Not annotated: 'S&P 500
 # Index' (a stock index), 'a distressed (now bankrupt) company' (unnamed), 'Private Placement Memorandum' (a
 # document)
 entities=[E("Organization", "Securities and Exchange Commission", "SEC"), E("Person", "Michael E. Lewitt", "Lewitt"),
           E("Location", "Boca Raton"), E("Location", "Florida"),
           E("Company", "Third Friday Management, LLC", "Third Friday"),
           E("Company", "Third Friday Total Return Fund, L.P.")],
 # 'Lewitt is Third Friday's sole managing member and majority owner' -> executive at Third Friday Management, LLC,
 # current (the managing member runs an LLC; GUIDELINES map 'manager' -> executive; doubtful: head, or no role as
 # 'his investment advisory firm' and 'majority owner' speak of ownership)
 roles=[R("Michael E. Lewitt", "executive", "Third Friday Management, LLC")],
 # Third Friday managed the Fund's investment strategy (an adviser and its fund): no ownership or unit stated -> no
 # parentOrganization (doubtful); the Fund's loans to an unnamed company -> nothing
 relations=[],
 outages=[],
 # 'September 29, 2023' (= published); 'from at least 2012'; 'January 2018' (three times, one item); 'November
 # 2019'; 'March 2020'
 dates=[D("September 29, 2023", "2023-09-29"), D("2012", "2012"), D("January 2018", "2018-01"),
        D("November 2019", "2019-11"), D("March 2020", "2020-03")])

# ---- Pareteum, former Executive Chairman Turner, published 2024-10-11 (a Friday) -------------------------------------
A["us-sec-pareteum-former-executive-chairman-turner-accounting-fraud-2024"] = dict(
 # The SEC (written out once; 'SEC' alone in 'the SEC's order', 'filed with the SEC', 'the SEC's findings', 'the
 # SEC order', 'The SEC's investigation'); Robert "Hal" Turner (the fullest form, with the nickname in curly
 # quotation marks as written; 'Turner' alone six times); New York ('New York-based'); Pareteum Corporation
 # ('Pareteum' alone seven times); Megan Ryan and Julia C. Green (SEC staff); the Philadelphia Regional Office (an SEC
 # office). Not annotated: 'SOX' and the Acts (laws), 'Pareteum executives', 'his management team' (unnamed)
 entities=[E("Organization", "Securities and Exchange Commission", "SEC"),
           E("Person", "Robert \u201cHal\u201d Turner", "Turner"), E("Location", "New York"),
           E("Company", "Pareteum Corporation", "Pareteum"), E("Person", "Megan Ryan"), E("Person", "Julia C. Green"),
           E("Organization", "Philadelphia Regional Office")],
 # 'the former Executive Chairman and Principal Executive Officer of ... Pareteum Corporation' -> chairman (executive
 # chairman -> chairman) and executive ('Principal Executive Officer', the securities-law name of the top executive
 # post; doubtful: ceo), both current false ('former'). Megan Ryan ('conducted' the investigation) and Julia C.
 # Green ('under the supervision of'): no post written -> no role (doubtful: other, as staff attorneys)
 roles=[R("Robert \u201cHal\u201d Turner", "chairman", "Pareteum Corporation", False),
        R("Robert \u201cHal\u201d Turner", "executive", "Pareteum Corporation", False)],
 # 'Julia C. Green of the Philadelphia Regional Office' in the SEC's own release -> the Office parentOrganization
 # the SEC (batch 40zm's reading of 'the SEC's New York Regional Office'; doubtful: the text does not write 'the
 # SEC's' here). 'Pareteum or its successor in interest' (unnamed) -> nothing
 relations=[L("Philadelphia Regional Office", "parentOrganization", "Securities and Exchange Commission")],
 outages=[],
 # 'October 11, 2024' and 'today' (= published); 'from 2018 through mid-2019' -> '2018', 'mid-2019' -> 2019 (a part
 # of a year -> the year, as 'late 2006'). Skipped: 'fiscal year 2018' (a fiscal year not said to be the calendar
 # year; its '2018' is the item above), 'the first and second quarters of 2019' (two quarters in one phrase, no single
 # value; doubtful: 2019-Q1 and 2019-Q2), 'Securities Act of 1933' and 'Sarbanes-Oxley Act of 2002' (years in the
 # names of laws), 'During this time' (no value written)
 dates=[D("October 11, 2024", "2024-10-11"), D("today", "2024-10-11"), D("2018", "2018"), D("mid-2019", "2019")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
