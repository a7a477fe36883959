#!/usr/bin/env python3
"""Batch 51zb gold annotations (the texts of batch51zb.py: the SEC's Litigation Release No. 15385 of 11 June 1997 on
its settled complaint against Cambridge Biotech Corporation's former president and chief executive officer and former
chief financial officer; the SEC's Litigation Release No. 16728 of 27 September 2000 on its fraud action against three
former officers of Cylink Corporation; the SEC's Litigation Release No. 16516 of 13 April 2000 on its settled fraud
action against Peritus Software Services, Inc.'s then chief financial officer and an account manager), written from
the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (each release's own day, from its release line).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 51d, 51i, 51m, 51p, 51w; looked up in the gold of the
corpus's SEC files on other matters -- Tesla/Musk ('Silicon Valley-based' -> Location 'Silicon Valley'), the
U.S.-prefixed SEC files ('U.S. Securities and Exchange Commission' as the name where the text writes it so), 43h's
Marrone Bio ('head of the sales department' -> executive), the quarter dates of Biovail and Critical Path -- and
GATHERING.md): the SEC -> Organization, the fullest name the text gives, with the aliases it uses ('Commission'); 'of
X, Y' -> two Locations ('Worcester, Massachusetts', 'Orinda, California'; 'New York, New York' -> one Location 'New
York', the one surface); each post its own role, current false where the text says 'former' or 'at the time was';
'president and chief executive officer' -> president and ceo; 'chief financial officer'/'CFO' -> cfo; 'Vice President
of Sales' -> vice-president; 'head of North American Sales' and 'account manager' -> executive (GUIDELINES' 'manager'
-> executive); a company's defined short form ('CBC', 'Cylink', 'Peritus', 'AT&T') and a surname standing alone
('Leonard', 'Deary') -> aliases, possessive-free; the defined '"Company"' -> no alias (generic, as 51w's 'the
company'); an unnamed court, auditor, director of finance or controller -> no entity or role; generally accepted
accounting principles -> no entity (a standard); 'second quarter 1998' -> 1998-Q2; a date repeated with the same text
and value -> one item.
usage: batch51zb_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52zb/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
USSEC = "U.S. Securities and Exchange Commission"
CBC = "Cambridge Biotech Corporation"
CYL = "Cylink Corporation"
PER = "Peritus Software Services, Inc."
A = {}

# ---- Cambridge Biotech / Leonard and Hartman, LR 15385, published 1997-06-11 (a Wednesday) ---------------------------
A["us-sec-cambridge-biotech-former-president-ceo-leonard-former-cfo-hartman-revenue-recognition-1997"] = dict(
 # The Securities and Exchange Commission ('("Commission")', "the Commission's complaint": alias 'Commission');
 # Patrick J. Leonard ('("Leonard")': alias 'Leonard'); Peter P. Hartman ('("Hartman")': alias 'Hartman'); Cambridge
 # Biotech Corporation ('("CBC")', 'caused CBC', 'CBC had purchased': alias 'CBC'); Worcester and Massachusetts
 # ('headquartered in Worcester, Massachusetts': two Locations); Epping and New Hampshire ('a resident of Epping, New
 # Hampshire'); Suwanee and Georgia ('a resident of Suwanee, Georgia'). Not annotated: 'a biotechnology company'
 # (generic), 'the federal securities laws' (laws), 'The complaint' (a filing); the buyers in the 'nine sales and
 # license transactions' and the sellers of the 'unrelated goods and services' (unnamed -- near-miss); the
 # 'independent auditors' stand only in the cut sentence
 entities=[E("Organization", SEC, "Commission"),
           E("Person", "Patrick J. Leonard", "Leonard"),
           E("Person", "Peter P. Hartman", "Hartman"),
           E("Company", CBC, "CBC"),
           E("Location", "Worcester"),
           E("Location", "Massachusetts"),
           E("Location", "Epping"),
           E("Location", "New Hampshire"),
           E("Location", "Suwanee"),
           E("Location", "Georgia")],
 # 'Patrick J. Leonard ("Leonard"), former president and chief executive officer, ... of Cambridge Biotech
 # Corporation' -> president and ceo at Cambridge Biotech Corporation, both false; 'Peter P. Hartman ("Hartman"),
 # former chief financial officer, of Cambridge Biotech Corporation' -> cfo, false ('of' governs both men's posts).
 # Near-miss: 'Georgia' here is the US state (a reader might read the country; the text's 'Suwanee, Georgia' fixes it)
 roles=[R("Patrick J. Leonard", "president", CBC, False),
        R("Patrick J. Leonard", "ceo", CBC, False),
        R("Peter P. Hartman", "cfo", CBC, False)],
 # None: one company; 'CBC had simply "bought" its own product back' (no partner); no parent or buyer named
 relations=[],
 outages=[],
 # 'today' -> 1997-06-11 (the release line's day, cut: `published`); 'June 1991' -> 1991-06; 'December 1992' ->
 # 1992-12 ('between June 1991 and December 1992': two items). Not dates: '$50,000', '$6 million' (sums), 'nine'
 dates=[D("today", "1997-06-11"), D("June 1991", "1991-06"), D("December 1992", "1992-12")])

# ---- Cylink / Daws, Butler and Folit, LR 16728, published 2000-09-27 (a Wednesday) ----------------------------------
A["us-sec-cylink-former-cfo-daws-former-vp-sales-butler-former-north-american-sales-head-folit-fraud-2000"] = dict(
 # The U.S. Securities and Exchange Commission (the text's fullest form, as the corpus's U.S.-prefixed SEC files;
 # 'the Commission', "the Commission's federal court suit": alias 'Commission'); San Francisco ('federal district
 # court in San Francisco': Location; the court itself unnamed -- near-miss); Silicon Valley ('Silicon Valley-based':
 # Location, as the Tesla/Musk file); Cylink Corporation ('("Cylink" or the "Company")', "Cylink's": alias 'Cylink';
 # **doubtful**: 'the "Company"' is defined in quotes as a short form and reused ('led the Company'), left out as a
 # generic noun as 51w left '(TV Azteca or the company)'); John Daws; Orinda and California; Thomas Butler; Pebble
 # Beach (California again: one entity); Mark Folit; New York ('of New York, New York': one Location 'New York' --
 # **doubtful**: the city and the state share the surface; one item, as the corpus's 'New York, NY' files keep one
 # name). Not annotated: 'generally accepted accounting principles' (a standard), 'North American' inside Folit's
 # post (an adjective -- near-miss), 'the filings' (documents)
 entities=[E("Organization", USSEC, "Commission"),
           E("Location", "San Francisco"),
           E("Location", "Silicon Valley"),
           E("Company", CYL, "Cylink"),
           E("Person", "John Daws"),
           E("Location", "Orinda"),
           E("Location", "California"),
           E("Person", "Thomas Butler"),
           E("Location", "Pebble Beach"),
           E("Person", "Mark Folit")] + [E("Location", "New York")],
 # 'three former officers of Silicon Valley-based Cylink Corporation' and 'Named ... were: former Chief Financial
 # officer John Daws ...; former Vice President of Sales Thomas Butler ...; and former head of North American Sales
 # Mark Folit' -> at Cylink Corporation, all false: Daws cfo; Butler vice-president; Folit executive ('head of North
 # American Sales': a sales department's head -> executive, as 43h's 'head of the sales department'; **doubtful**: a
 # reader may give head, the GUIDELINES' head being a union or agency leader)
 roles=[R("John Daws", "cfo", CYL, False),
        R("Thomas Butler", "vice-president", CYL, False),
        R("Mark Folit", "executive", CYL, False)],
 # None: one company; 'In a separate action, the Commission brought charges against Cylink' (an enforcement action,
 # no relation -- near-miss)
 relations=[],
 outages=[],
 # 'today' -> 2000-09-27 (the release line's day, cut: `published`); '1997' -> 1997 and '1998' -> 1998 ('in 1997 and
 # 1998': two items). Not dates: '97.5%', the ages ('age 56', 'age 52', 'age 39'), 'the period of the fraud'
 # (unbounded in the kept text), 'quarterly revenue' (no quarter named)
 dates=[D("today", "2000-09-27"), D("1997", "1997"), D("1998", "1998")])

# ---- Peritus Software Services / Deary and Fichter, LR 16516, published 2000-04-13 (a Thursday) ----------------------
A["us-sec-peritus-software-former-cfo-deary-account-manager-fichter-att-license-fraud-2000"] = dict(
 # The Securities and Exchange Commission (no short form in the kept text: 'SEC' only in the heading); Allen K. Deary
 # (alias 'Deary'); Dennis A. Fichter ('Deary and Fichter', 'Defendant Fichter': alias 'Fichter'); Peritus Software
 # Services, Inc. ("Peritus Software Services, Inc.'s", 'Peritus', "Peritus'": alias 'Peritus', possessive-free);
 # Westborough and Massachusetts ('based in Westborough, Massachusetts'); Carlisle ('Carlisle, Massachusetts':
 # Massachusetts again, one entity); Easton and Pennsylvania; AT&T Corp. (alias 'AT&T'). Not annotated: 'Year 2000
 # software licenses and services' (a product kind, no named Service; 'Year 2000' names the date-change problem, not a
 # time of the story -- near-miss), "Peritus' director of finance and its controller" and "Peritus' outside auditors"
 # (unnamed -- near-miss), 'the company' (generic), 'analyst estimates'
 entities=[E("Organization", SEC),
           E("Person", "Allen K. Deary", "Deary"),
           E("Person", "Dennis A. Fichter", "Fichter"),
           E("Company", PER, "Peritus"),
           E("Location", "Westborough"),
           E("Location", "Massachusetts"),
           E("Location", "Carlisle"),
           E("Location", "Easton"),
           E("Location", "Pennsylvania"),
           E("Company", "AT&T Corp.", "AT&T")],
 # "Deary, who at the time was Peritus' CFO" -> cfo at Peritus Software Services, Inc., false ('at the time': a post
 # held then; the heading's 'FORMER CFO' agrees). 'Defendant Fichter, a Peritus account manager' -> executive at
 # Peritus, current true (an 'account manager': GUIDELINES' 'manager' -> executive; **doubtful**: the text does not
 # say former, though the post is told of 1998 -- a reader may set false, or give no role to a sales-staff post).
 # Near-misses: the unnamed director of finance and controller (no person)
 roles=[R("Allen K. Deary", "cfo", PER, False),
        R("Dennis A. Fichter", "executive", PER, True)],
 # None. Near-miss: 'AT&T Corp. had purchased a software license' -- a sale Deary claimed falsely; 'Peritus had not
 # sold a software license to AT&T' (no customer contract: no partner)
 relations=[],
 outages=[],
 # 'today' -> 2000-04-13 (the release line's day, cut: `published`); 'second quarter 1998' -> 1998-Q2 (twice, same text
 # and value: one item; **doubtful**: the text does not say Peritus's quarter is the calendar quarter -- its 10-Q for
 # the quarter ended June 30, 1998, outside the text, agrees). Skipped: 'Year 2000' (inside a product kind), '10%', the sums
 dates=[D("today", "2000-04-13"), D("second quarter 1998", "1998-Q2")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
