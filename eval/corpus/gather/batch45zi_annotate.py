#!/usr/bin/env python3
"""Batch 45zi gold annotations (the texts of batch45zi.py: the SEC's Litigation Release No. 16730 of 27 September 2000
on 'Sirena Apparel Group, Inc. ("Sirena"), a women's swimwear manufacturer located in Los Angeles County, California',
'Maurice B. Newman, former CEO, and Richard A. Gerhart, former CFO'; the SEC's Litigation Release No. 18104 of 24 April
2003 on 'Chancellor Corporation, a Boston MA transportation equipment company', its former Chairman and CEO Brian Adley,
former President and Chief Operating Officer Franklyn E. Churchill, former acting Chief Financial Officer David C.
Volpe, Principal Accounting Officer, Corporate Treasurer and Controller Jonathan Ezrin, former director Rudolph
Peselman, and 'BKR Metcalf Davis, an Atlanta GA accounting firm' with its partner Gregory Davis; the SEC's Litigation
Release No. 19728 of 14 June 2006 on 'Arthur A. Goodwin of Plano, Texas', 'the former senior vice president of sales
at Interspeed, Inc., a now defunct North Andover, Massachusetts Internet hardware developer'), written from the texts
alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za and 45ze for SEC releases): the SEC -> Organization
('Commission' alias where written); 'Chief Executive Officer'/'CEO' -> ceo; 'Chief Financial Officer'/'CFO' -> cfo,
also 'acting' (42h's acting posts); 'President' -> president; 'Chief Operating Officer' -> coo; 'Chairman' ->
chairman; 'senior vice president' -> vice-president (GUIDELINES); 'Principal Accounting Officer', 'Corporate
Treasurer' and 'Controller' -> executive, one item (GUIDELINES, 42e's controller); 'a former director' -> director; an
audit firm's 'partner' -> other (44d's Arthur Andersen partner); 'controlling shareholder' and 'consultant' -> no role;
'former' -> current false; judges -> Person, no role (41p, 44u's Pepe); a US Attorney's title with no person
('the United States Attorney for the Central District of California') -> not annotated (44d, doubtful), a named
US Attorney's office -> Organization (42y, doubtful here: 'office' in lower case); a judicial district ('the District
of Massachusetts') -> not annotated (41p); '<city>, <state>' and '<city> <ST>' -> one Location (45r's, 45v's, 45za's
and 45ze's form), a bare later mention of the same city ('federal court in Boston') -> its alias (45za's 'Austin');
an auditor -> no partner relation (44d, doubtful); ages and durations -> no date item.
usage: batch45zi_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46zi/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
SI = "Sirena Apparel Group, Inc."
CC = "Chancellor Corporation"
BK = "BKR Metcalf Davis"
IS = "Interspeed, Inc."
A = {}

# ---- Sirena Apparel, Newman and Gerhart, published 2000-09-27 (a Wednesday) --------------------------------------------
A["us-sec-sirena-apparel-former-ceo-newman-former-cfo-gerhart-fraud-2000"] = dict(
 # The Securities and Exchange Commission ("the Commission's complaint", "The Commission's action"); Sirena Apparel
 # Group, Inc. ('("Sirena")', 'Sirena', "Sirena's"); Los Angeles County, California ('located in Los Angeles County,
 # California': one Location, the lane's '<place>, <state>' form; **doubtful**: a county, not a city; a reader
 # splitting it gets Los Angeles County and California); Maurice B. Newman ('Newman'); Richard A. Gerhart
 # ('Gerhart'); Los Angeles ('federal court in Los Angeles': the city, its own Location beside the county;
 # **doubtful**: a reader may fold it into the county as an alias). Not annotated: 'the United States Attorney for
 # the Central District of California' (a title, no person named, no office named as a body; 44d's way;
 # **doubtful**: a reader may set an Organization), 'federal court in Los Angeles' (no court named), 'Sirena
 # personnel', 'the complaint', 'an earnings press release', 'a quarterly report' (documents)
 entities=[E("Organization", SEC, "Commission"),
           E("Company", SI, "Sirena"),
           E("Location", "Los Angeles County, California"),
           E("Person", "Maurice B. Newman", "Newman"),
           E("Person", "Richard A. Gerhart", "Gerhart"),
           E("Location", "Los Angeles")],
 # 'the former Chief Executive Officer and the former Chief Financial Officer of Sirena Apparel Group, Inc.' and
 # 'Maurice B. Newman, former CEO, and Richard A. Gerhart, former CFO' -> Newman ceo and Gerhart cfo at Sirena, both
 # false ('former')
 roles=[R("Maurice B. Newman", "ceo", SI, False), R("Richard A. Gerhart", "cfo", SI, False)],
 # Nothing: 'located in Los Angeles County, California' (a seat, no relation type: near-miss)
 relations=[],
 outages=[],
 # 'On September 27, 2000' (twice, one item) -> 2000-09-27 (the release's day); 'the third quarter ended March 31,
 # 1999' -> 'March 31, 1999' 1999-03-31 (the quarter itself a fiscal one: no quarter item, GUIDELINES); 'the March
 # 1999 fiscal quarter' -> 'March 1999' 1999-03 (**doubtful**: a fiscal quarter named by its closing month; a reader
 # may skip it with the fiscal quarter); 'March 30 or March 31' -> 1999-03-30 and 1999-03-31 (the dates the clock was
 # reset to, in the March 1999 quarter; **doubtful**: resolved by the text's year, not `published`, which would give
 # 2000; 'March 31' its own item beside 'March 31, 1999'). Skipped: 'April shipments' and 'March revenue' (months as
 # kinds of shipments and revenue, no one time; near-miss), '13%', '30%'
 dates=[D("September 27, 2000", "2000-09-27"), D("March 31, 1999", "1999-03-31"), D("March 1999", "1999-03"),
        D("March 30", "1999-03-30"), D("March 31", "1999-03-31")])

# ---- Chancellor Corporation, Adley and others, published 2003-04-24 (a Thursday) ----------------------------------------
A["us-sec-chancellor-former-chairman-ceo-adley-officers-auditors-fraud-2003"] = dict(
 # The Securities and Exchange Commission ("the Commission's civil action", 'the Commission'); Chancellor Corporation
 # (twice in full, 'Chancellor', "Chancellor's"; 'the company' generic); Boston MA ('a Boston MA transportation
 # equipment company': one Location, the lane's city-and-state form with a postal abbreviation and no comma;
 # 'federal court in Boston' -> alias 'Boston', 45za's 'Austin'; **doubtful**: a reader splitting city and state gets
 # Boston and MA); Brian Adley; Franklyn E. Churchill; David C. Volpe ('Volpe'); Jonathan Ezrin ('Ezrin'); Rudolph
 # Peselman; BKR Metcalf Davis (an accounting firm: Company); Atlanta GA ('an Atlanta GA accounting firm': one
 # Location, as Boston MA); Gregory Davis. Not annotated: 'four of the company's former senior officers', 'a former
 # outside director', 'the company's audit firm', "the audit firm's engagement partner" (descriptions of persons and
 # firms named later), 'federal court in Boston' (no court named), 'the civil suit'
 entities=[E("Organization", SEC, "Commission"),
           E("Company", CC, "Chancellor"),
           E("Location", "Boston MA", "Boston"),
           E("Person", "Brian Adley"),
           E("Person", "Franklyn E. Churchill"),
           E("Person", "David C. Volpe", "Volpe"),
           E("Person", "Jonathan Ezrin", "Ezrin"),
           E("Person", "Rudolph Peselman"),
           E("Company", BK),
           E("Location", "Atlanta GA"),
           E("Person", "Gregory Davis")],
 # 'Brian Adley, Chancellor's former Chairman, CEO and controlling shareholder' -> chairman and ceo, false
 # ('controlling shareholder': no role); "Chancellor's former President and Chief Operating Officer, Franklyn E.
 # Churchill" -> president and coo, false; 'its former acting Chief Financial Officer and consultant, David C. Volpe'
 # -> cfo, false (acting: 42h's way; **doubtful**: a reader may give no role for an acting post, or read 'consultant'
 # as other); 'Jonathan Ezrin, who variously served as the company's Principal Accounting Officer, Corporate Treasurer
 # and Controller' -> executive, false (three posts of one kind, one item; past: 'served' and 'Former officers of the
 # company named as defendants ... were'; **doubtful**: a reader may give the Controller post alone or cfo for the
 # principal accounting officer); 'a former director of the company, Rudolph Peselman' -> director, false; 'Gregory
 # Davis, a partner and CPA at the firm' -> other at BKR Metcalf Davis, current true (44d's audit partner; no
 # 'former' here; **doubtful**: the firm 'served as Chancellor's auditors from 1999 to 2001', the partnership may be
 # read as past; 'CPA' a qualification, no role)
 roles=[R("Brian Adley", "chairman", CC, False), R("Brian Adley", "ceo", CC, False),
        R("Franklyn E. Churchill", "president", CC, False), R("Franklyn E. Churchill", "coo", CC, False),
        R("David C. Volpe", "cfo", CC, False), R("Jonathan Ezrin", "executive", CC, False),
        R("Rudolph Peselman", "director", CC, False), R("Gregory Davis", "other", BK)],
 # Nothing: 'BKR Metcalf Davis, ... that served as Chancellor's auditors from 1999 to 2001' (an auditor: no partner
 # relation, 44d's Arthur Andersen; **doubtful**: a reader may set BKR Metcalf Davis partner Chancellor Corporation as
 # a supplier of audit services; near-miss); 'a Boston MA transportation equipment company' (a seat)
 relations=[],
 outages=[],
 # 'today' -> 2003-04-24; 'from 1998 through 2001' -> '1998' 1998 and '2001' 2001; 'from 1999 to 2001' -> '1999' 1999
 # ('2001' again: the same text and value, one item)
 dates=[D("today", "2003-04-24"), D("1998", "1998"), D("2001", "2001"), D("1999", "1999")])

# ---- Interspeed and Arthur A. Goodwin, published 2006-06-14 (a Wednesday) ------------------------------------------------
A["us-sec-interspeed-former-senior-vice-president-goodwin-convicted-2006"] = dict(
 # The Securities and Exchange Commission (in full twice, 'the Commission'); Arthur A. Goodwin ('Goodwin'
 # throughout); Plano, Texas ('Arthur A. Goodwin of Plano, Texas': one Location, the lane's form); the Massachusetts
 # U.S. Attorney's office (the prosecuting office, named as a body: Organization, 42y's U.S. Attorney's Office;
 # **doubtful**: 'office' in lower case, a reader may skip it as a description or take 'U.S. Attorney's office'
 # alone); Interspeed, Inc. ('Interspeed', "Interspeed's"; 'the company' generic); North Andover, Massachusetts ('a
 # now defunct North Andover, Massachusetts Internet hardware developer': one Location); Richard G. Stearns ('Judge',
 # a Person). Not annotated: 'the District of Massachusetts' (a judicial district, 41p), 'federal court' (no court
 # named), 'Litigation Release Nos. 17758, 18180, 18468 and 18758' (release numbers), 'customers', "Interspeed's
 # former shareholders" (generic), 'any public company'
 entities=[E("Organization", SEC, "Commission"),
           E("Person", "Arthur A. Goodwin", "Goodwin"),
           E("Location", "Plano, Texas"),
           E("Organization", "Massachusetts U.S. Attorney's office"),
           E("Company", IS, "Interspeed"),
           E("Location", "North Andover, Massachusetts"),
           E("Person", "Richard G. Stearns")],
 # 'Goodwin was the former senior vice president of sales at Interspeed, Inc.' -> vice-president at Interspeed,
 # false ('former'; GUIDELINES: senior vice president -> vice-president). 'Judge Richard G. Stearns' -> no role (a
 # judge, no court named; 44u's Pepe). Not roles: 'an officer or director of any public company' (a bar sought, no
 # post held)
 roles=[R("Arthur A. Goodwin", "vice-president", IS, False)],
 # Nothing: 'a now defunct North Andover, Massachusetts Internet hardware developer' (a seat); the US Attorney's
 # office and the court (a prosecution, no relation)
 relations=[],
 outages=[],
 # 'on June 9, 2006' -> 2006-06-09 (the conviction); 'for October 5, 2006' -> 2006-10-05 (the sentencing set ahead);
 # 'from January to September 2000' -> 'January' 2000-01 (**doubtful**: the year is read from 'September 2000', not
 # from `published`, which would give 2006-01) and 'September 2000' 2000-09. Skipped: 'a nine day jury trial', 'up to
 # 20 years'' (durations)
 dates=[D("June 9, 2006", "2006-06-09"), D("October 5, 2006", "2006-10-05"), D("January", "2000-01"),
        D("September 2000", "2000-09")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
