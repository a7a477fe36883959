#!/usr/bin/env python3
"""Batch 51i gold annotations (the texts of batch51i.py: the SEC's press release 2002-110 of 24 July 2002 on its
charges against Adelphia Communications Corp., its founder John J. Rigas, his three sons and two senior executives,
with the United States Attorney's Office for the Southern District of New York's criminal charges of the same day;
the SEC's Litigation Release No. 19174 of 7 April 2005 on Dollar General Corporation, a Tennessee-based discount
retailer, its former chief executive, chief financial officer, controller and president and a former accounting
manager; the SEC's Litigation Release No. 18276 of 7 August 2003 on the former chief financial officer and a former
regional sales vice president of Cutter & Buck Inc., a Seattle clothing company), written from the texts alone;
newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (each release's own day, from its dateline or release line).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 51d; looked up in the gold of the corpus's SEC fraud files
on other matters -- Sunbeam (44d), HealthSouth, Symbol, Global Education (40zn), the Waste Management, Peregrine and
Livent files of 51d's pool -- and GATHERING.md): the SEC -> Organization, its full name with the aliases the text
uses (here 'Commission' in all three; 'SEC' stands only in the titles); a United States Attorney's Office named with
its district -> Organization (the corpus's 'U.S. Attorney's Office for the Eastern District of New York'); 'federal
court in Manhattan' (no court's name) -> no court, Manhattan a Location; 'X-based' / 'based in X' -> Location X;
each post its own role, current false where the text calls the officer former, true where it does not ('its founder',
'two senior executives at Adelphia'); 'Chief Executive Officer' -> ceo, 'Chief Financial Officer' -> cfo, 'President'
-> president, 'Regional Sales Vice President' -> vice-president, controller and a manager's post -> executive (42e,
44d; GUIDELINES' "manager"), 'senior executives' -> executive; a short name in parentheses ('("Turner")') -> alias;
'the Company' capitalised -> no alias (generic); family ties ('his three sons') -> no role; unnamed subsidiaries,
affiliates, distributors and auditors -> nothing; 'Wall Street' as the market's name -> no entity (HealthSouth's way);
accounting standards (GAAP) -> no entity; fiscal years -> no date (44d), a stated calendar day that ends a fiscal
period -> a date.
usage: batch51i_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52i/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
AD = "Adelphia Communications Corp."
DG = "Dollar General Corporation"
CB = "Cutter & Buck Inc."
A = {}

# ---- Adelphia Communications Corp., press release 2002-110, published 2002-07-24 (a Wednesday) -----------------------
A["us-sec-adelphia-communications-founder-john-rigas-three-sons-two-senior-executives-fraud-2002"] = dict(
 # The Securities and Exchange Commission ('the Commission charges', 'the Commission alleges': alias 'Commission');
 # Adelphia Communications Corp. ('Adelphia' throughout: alias); the four Rigases and Brown and Mulcahey by their full
 # names (no surname stands alone for one man: 'the Rigas Family' and 'Rigas Family stock purchases' name the family,
 # no alias -- near-miss); New York ('luxury condominiums in New York': the place, a Location -- **doubtful**: city or
 # state is not said; kept as written); the United States Attorney's Office for the Southern District of New York
 # (Organization, named in full; 'New York' inside its name is no second mention); Manhattan ('federal court in
 # Manhattan'); the United States; Puerto Rico (Locations). Not annotated: 'federal court in Manhattan' as a court
 # (no court's name -- near-miss, **doubtful**: a reader may write 'federal court'), 'Wall Street' (the market, as the
 # corpus's HealthSouth file; near-miss), 'off-balance sheet affiliates' and 'various subsidiaries' (unnamed),
 # '32 states' (unnamed)
 entities=[E("Organization", SEC, "Commission"),
           E("Company", AD, "Adelphia"),
           E("Person", "John J. Rigas"),
           E("Person", "Timothy J. Rigas"),
           E("Person", "Michael J. Rigas"),
           E("Person", "James P. Rigas"),
           E("Person", "James R. Brown"),
           E("Person", "Michael C. Mulcahey"),
           E("Location", "New York"),
           E("Organization", "United States Attorney's Office for the Southern District of New York"),
           E("Location", "Manhattan"),
           E("Location", "United States"),
           E("Location", "Puerto Rico")],
 # 'Adelphia Communications Corp.; its founder John J. Rigas' -> founder at Adelphia, current (nothing says former;
 # founders stay founders, the corpus's way). 'two senior executives at Adelphia, James R. Brown, and Michael C.
 # Mulcahey' -> executive at Adelphia for each, current (the text says no 'former' -- **doubtful**: a reader who knows
 # they had left may set false; the text alone does not say it). Near-misses: 'his three sons, Timothy J. Rigas,
 # Michael J. Rigas, and James P. Rigas' (a family tie, no post at Adelphia in the kept text: no role -- **doubtful**:
 # a reader may take them as Adelphia officers from 'the individual defendants' and the headline, but no title is
 # written); the U.S. Attorney himself is not named (no person)
 roles=[R("John J. Rigas", "founder", AD),
        R("James R. Brown", "executive", AD),
        R("Michael C. Mulcahey", "executive", AD)],
 # None: 'through various subsidiaries' and 'off-balance sheet affiliates' name no company (near-miss: no
 # parentOrganization); the SEC and the U.S. Attorney's Office act side by side (no relation: no parent named, the
 # Department of Justice is not in the text); the Rigas Family's purchases (no company)
 relations=[],
 outages=[],
 # 'today' (twice: 'today filed charges', 'Also today') -> 2002-07-24 (the dateline's day, cut: `published`), one item
 # (same text, same value). Skipped: 'July 24, 2002' (the dateline, cut); nothing else is dated
 dates=[D("today", "2002-07-24")])

# ---- Dollar General Corporation, LR 19174, published 2005-04-07 (a Thursday) -------------------------------------------
A["us-sec-dollar-general-former-ceo-turner-cfo-controller-president-accounting-fraud-2005"] = dict(
 # The Securities and Exchange Commission ('The Commission also today', "the Commission's complaint": alias
 # 'Commission'); Dollar General Corporation ('("Dollar General")', "Dollar General's": alias 'Dollar General');
 # Tennessee ('a Tennessee-based discount retailer': the state's name inside 'X-based' -> Location, the corpus's way);
 # Cal Turner, Brian Burr, Randy Sanderson, Bobby Carpenter, Stephen C. Jones (each with the surname the text puts in
 # parentheses as alias). Not annotated: 'Generally Accepted Accounting Principles ("GAAP")' (accounting standards,
 # no organisation -- near-miss), 'the Company' (generic)
 entities=[E("Organization", SEC, "Commission"),
           E("Company", DG, "Dollar General"),
           E("Location", "Tennessee"),
           E("Person", "Cal Turner", "Turner"),
           E("Person", "Brian Burr", "Burr"),
           E("Person", "Randy Sanderson", "Sanderson"),
           E("Person", "Bobby Carpenter", "Carpenter"),
           E("Person", "Stephen C. Jones", "Jones")],
 # "the company's former Chief Executive Officer, Cal Turner" -> ceo, false; "its former Chief Financial Officer,
 # Brian Burr" -> cfo, false; "its former Controller, Randy Sanderson" -> executive, false (a controller, 44d's
 # Gluck); "its former President, Bobby Carpenter" -> president, false; 'former Accounting Manager Stephen C. Jones'
 # -> executive at Dollar General, false (GUIDELINES' "manager" -> executive; the company is implied by the sentence
 # that follows the four 'its' posts -- **doubtful**: the text does not write 'its' before his post, a reader may
 # leave the role out)
 roles=[R("Cal Turner", "ceo", DG, False),
        R("Brian Burr", "cfo", DG, False),
        R("Randy Sanderson", "executive", DG, False),
        R("Bobby Carpenter", "president", DG, False),
        R("Stephen C. Jones", "executive", DG, False)],
 # None: one company only
 relations=[],
 outages=[],
 # 'today' (twice: 'today announced', 'also today issued') -> 2005-04-07 (the release line's day, cut: `published`),
 # one item; 'January 2002' -> 2002-01 (the restatement). Skipped: 'fiscal years 1998 through 2001' (fiscal years,
 # 44d's way -- near-miss, **doubtful**: a reader may list '1998' and '2001'), 'the restated period' (no value)
 dates=[D("today", "2005-04-07"), D("January 2002", "2002-01")])

# ---- Cutter & Buck Inc., LR 18276, published 2003-08-07 (a Thursday) ---------------------------------------------------
A["us-sec-cutter-buck-former-cfo-lowber-regional-sales-vice-president-hilton-fraud-2003"] = dict(
 # The Securities and Exchange Commission ("The Commission's complaint", 'the Commission instituted', 'before the
 # Commission': alias 'Commission'); Stephen Scott Lowber ('Lowber') and David Andrew Hilton ('Hilton'): aliases;
 # Cutter & Buck Inc. ('Cutter' three times: alias; 'Company warehouses' and "the Company's auditors" generic, no
 # alias); Seattle and Washington ('based in Seattle, Washington': city and state, two Locations, the corpus's 'Miami,
 # Florida' way). Not annotated: the distributors and the auditors (unnamed -- near-miss), 'a public company'
 # (generic)
 entities=[E("Organization", SEC, "Commission"),
           E("Person", "Stephen Scott Lowber", "Lowber"),
           E("Person", "David Andrew Hilton", "Hilton"),
           E("Company", CB, "Cutter"),
           E("Location", "Seattle"),
           E("Location", "Washington")],
 # 'Stephen Scott Lowber and David Andrew Hilton, the former Chief Financial Officer and former Regional Sales Vice
 # President, respectively, of Cutter & Buck Inc.' -> Lowber cfo, false; Hilton vice-president, false (a regional
 # sales vice president: vice-president as GUIDELINES maps 'vice president' -- **doubtful**: a reader may set
 # executive for a regional post). Near-miss: 'an order barring him from serving as an officer or director of a
 # public company' (no post held)
 roles=[R("Stephen Scott Lowber", "cfo", CB, False),
        R("David Andrew Hilton", "vice-president", CB, False)],
 # None: the distributors ('distributors functioning as Company warehouses') and the auditors are unnamed (near-miss:
 # no partner)
 relations=[],
 outages=[],
 # 'today' -> 2003-08-07 (the release line's day, cut: `published`); 'April 30, 2000' -> 2000-04-30 (the day the
 # fiscal quarter and year ended: a calendar day written in full, listed -- **doubtful**: a reader may skip it with
 # the fiscal period, 44d's way for fiscal years)
 dates=[D("today", "2003-08-07"), D("April 30, 2000", "2000-04-30")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
