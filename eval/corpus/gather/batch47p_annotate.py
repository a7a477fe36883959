#!/usr/bin/env python3
"""Batch 47p gold annotations (the texts of batch47p.py: the SEC's press release 2012-59 of 11 April 2012 on
AutoChina International Limited, 'the China-based firm', and 'AutoChina senior executive and director Hui Kai Yan',
sued in the U.S. District Court for the District of Massachusetts, with Robert Khuzami, 'Director of the SEC's Division
of Enforcement', and David P. Bergers, 'Director of the SEC's Boston Regional Office'; the SEC's Litigation Release No.
22833 of 4 October 2013 on the default judgment entered by the Honorable Ellen S. Huvelle against China MediaExpress
Holdings, Inc., charged in June 2013 with 'its Chairman and CEO, Zheng Cheng'; the SEC's Litigation Release No. 22321
of 6 April 2012 on 'Franklin Bank Corp., a Houston-based bank holding company', and 'Franklin CEO Nocella and CFO
McCann', sued in the 'U.S District Court for the Southern District of Texas'), written from the texts alone; newskg
was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (each release's own day, from its release line or dateline).
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze, 45zi, 45zm, 45zp, 45zs, 45zv, 46a, 46d, 46g, 46j,
46m, 46n, 47a, 47e, 47h, 47k and 47m for SEC releases): the SEC -> Organization, the full name where the text writes
it, with its aliases ('SEC', 'Commission'); the Division of Enforcement and a Regional Office -> Organization,
parentOrganization the SEC, each Director -> director (43a, 44l, 45za, 47k); 'former' -> current false, no 'former'
-> current true; 'Chairman' -> chairman, 'CEO' -> ceo, 'CFO' -> cfo; 'senior executive and director' -> executive and
director (two posts, two roles, 45k); a judge -> Person, no role, no court entity from the judge's title (39s, 41p,
47a); a court named in full -> Organization (46g), the text's own spelling kept ('U.S District Court ...'); the place
inside a court's or an office's name -> no Location of its own (44l's 'Boston'); a place inside '<place>-based' ->
Location (43a, 44h; 'U.S.-based' -> 'U.S.', 'Hong Kong-based' -> 'Hong Kong'); 'U.S.' as a place ('the U.S. securities
laws', 'the U.S. capital markets') -> Location (43g, 45zp); laws and rules ('Securities Act of 1933') -> no entity, no
date item (41e, 41m, 45r); two quarters of one year in one phrase -> the year (45a); a season -> the year (GUIDELINES);
'the end of <month>' -> the month (GUIDELINES); spans of months ('the next three months') -> no item; 'today' from the
release's day.
usage: batch47p_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather48p/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
DOE = "Division of Enforcement"
BRO = "Boston Regional Office"
ACH = "AutoChina International Limited"
DMA = "U.S. District Court for the District of Massachusetts"
CME = "China MediaExpress Holdings, Inc."
FBC = "Franklin Bank Corp."
SDT = "U.S District Court for the Southern District of Texas"
A = {}

# ---- AutoChina and Hui Kai Yan, press release 2012-59, published 2012-04-11 (a Wednesday) ---------------------------
A["us-sec-autochina-international-senior-executive-director-yan-stock-manipulation-2012"] = dict(
 # The Securities and Exchange Commission ("the SEC's complaint", "the SEC's Division", 'The SEC will', "the SEC's
 # Boston Regional Office": alias 'SEC'); AutoChina International Limited ('AutoChina' and "AutoChina's" throughout:
 # alias; 'the China-based firm' generic); China ('China-based' -> Location, 43a); the U.S. District Court for the
 # District of Massachusetts (a court named in full -> Organization, 46g; 'Massachusetts' inside its name: no
 # Location); Hui Kai Yan (named once); the U.S. ('U.S.-based brokerage accounts', 'the U.S. securities laws', 'the
 # U.S. capital markets' -> one Location, 43g, 45zp); Hong Kong ('a Hong Kong-based broker-dealer' -> Location);
 # Robert Khuzami; the Division of Enforcement; David P. Bergers; the Boston Regional Office ('Boston' inside the
 # office's name: no Location, 44l). Not annotated: '11 investors', 'a former AutoChina manager' (unnamed), 'the
 # defendants', 'lenders', 'a Hong Kong-based broker-dealer' (unnamed firm), 'foreign companies', 'any public company'
 # (generic)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", ACH, "AutoChina"),
           E("Location", "China"),
           E("Organization", DMA),
           E("Person", "Hui Kai Yan"),
           E("Location", "U.S."),
           E("Location", "Hong Kong"),
           E("Person", "Robert Khuzami"),
           E("Organization", DOE),
           E("Person", "David P. Bergers"),
           E("Organization", BRO)],
 # 'AutoChina senior executive and director Hui Kai Yan' (and 'a senior executive and director at the China-based
 # firm' in the first sentence) -> executive and director at AutoChina International Limited, current true (no
 # 'former': 'a former AutoChina manager' is another, unnamed person; **doubtful**: a reader may give only director,
 # 'senior executive' being no post, or read 'director' as a board seat and 'executive' as the same post);
 # 'Robert Khuzami, Director of the SEC's Division of Enforcement' -> director at the Division; 'David P. Bergers,
 # Director of the SEC's Boston Regional Office' -> director at the office (44l's Bergers, 43a); both current
 # (**doubtful**: head). Near-misses: 'a former AutoChina manager' (unnamed); '11 investors' (unnamed)
 roles=[R("Hui Kai Yan", "executive", ACH), R("Hui Kai Yan", "director", ACH),
        R("Robert Khuzami", "director", DOE), R("David P. Bergers", "director", BRO)],
 # "the SEC's Division of Enforcement", "the SEC's Boston Regional Office" -> parentOrganization SEC (40zm, 42g, 43a,
 # 44l). Near-misses: the accounts 'with a Hong Kong-based broker-dealer' (unnamed: no partner); the 'lenders' that
 # offered AutoChina a stock-backed loan (unnamed); the complaint filed in the court (a venue); AutoChina 'China-based'
 # (a seat, no relation)
 relations=[L(DOE, "parentOrganization", SEC), L(BRO, "parentOrganization", SEC)],
 outages=[],
 # 'today' (in 'today charged') -> 2012-04-11 (the dateline's day, cut); 'Starting in October 2010' -> 'October
 # 2010' 2010-10. Skipped: 'over the next three months' (a span, no month named)
 dates=[D("today", "2012-04-11"), D("October 2010", "2010-10")])

# ---- China MediaExpress and Zheng Cheng, LR 22833, published 2013-10-04 (a Friday) ------------------------------------
A["us-sec-china-mediaexpress-chairman-ceo-zheng-cheng-default-judgment-2013"] = dict(
 # The Securities and Exchange Commission ('the SEC filed'; 'SEC' also inside the cited release title: alias 'SEC');
 # Ellen S. Huvelle (a judge: Person, named once); China MediaExpress Holdings, Inc. ('(China Media)' and 'China
 # Media'/"China Media's" throughout: alias); Zheng Cheng (named once); China ('China-Based Company' inside the cited
 # release title in brackets -> Location, 43a; **doubtful**: a reader may leave the bracketed title alone); the Cross
 # Border Working Group (named inside the cited title -> Organization; **doubtful** as China, and no relation: the
 # text does not say whose group it is). Not annotated: 'United States District Court Judge for the District of
 # Columbia' (the judge's title: no court entity, no Location, 47a's Irizarry; **doubtful**: a reader may give the
 # court or 'District of Columbia'), 'China' inside the company's name (no place of its own), the laws and rules
 # ('Securities Act of 1933', 'Securities Exchange Act of 1934', 'Rule 10b-5', 'the Exchange Act'), 'the
 # Defendants', 'investors', 'the investing public' (generic)
 entities=[E("Organization", SEC, "SEC"),
           E("Person", "Ellen S. Huvelle"),
           E("Company", CME, "China Media"),
           E("Person", "Zheng Cheng"),
           E("Location", "China"),
           E("Organization", "Cross Border Working Group")],
 # 'China Media and its Chairman and CEO, Zheng Cheng' -> chairman and ceo at China MediaExpress Holdings, Inc., both
 # current true (no 'former'; the posts as the complaint of June 2013 gave them; **doubtful**: a reader who knows the
 # company defunct may set false, the text does not say so). Not roles: 'the Honorable Ellen S. Huvelle, United
 # States District Court Judge' (a judge: no role, 39s, 41p, 47a). Near-misses: the default judgment and penalty (no
 # post)
 roles=[R("Zheng Cheng", "chairman", CME), R("Zheng Cheng", "ceo", CME)],
 # None: one company, no unit of the SEC named as such (the Cross Border Working Group's owner is not written).
 # Near-misses: the Working Group as the SEC's unit (the bracketed title says only 'Latest Cross Border Working Group
 # Case'); the court as venue; 'stock sales to investors' (no named buyer)
 relations=[],
 outages=[],
 # 'on October 3, 2013' -> 2013-10-03; 'On June 20, 2013' -> 2013-06-20 (the same text again in the cross-reference
 # '(June 20, 2013)': one item); 'from at least October 2009' -> 'October 2009' 2009-10. Skipped: the years inside
 # the laws' names ('of 1933', 'of 1934': no date item, 41e, 45r)
 dates=[D("October 3, 2013", "2013-10-03"), D("June 20, 2013", "2013-06-20"), D("October 2009", "2009-10")])

# ---- Franklin Bank Corp., Nocella and McCann, LR 22321, published 2012-04-06 (a Friday) -------------------------------
A["us-sec-franklin-bank-ceo-nocella-cfo-mccann-loan-modification-fraud-2012"] = dict(
 # The Securities and Exchange Commission ("The SEC's complaint" three times, 'The SEC alleges': alias 'SEC');
 # Anthony J. Nocella ('Nocella' throughout: alias); J. Russell McCann ('McCann' throughout: alias); Franklin Bank
 # Corp. ('Franklin' and "Franklin's" throughout: alias; "the Bank's loan portfolio" -- the capitalised 'Bank' read as
 # a generic noun, not an alias; **doubtful**: a reader may add 'Bank' as an alias); Houston ('Houston-based' ->
 # Location, 43a); the U.S District Court for the Southern District of Texas (a court named in full -> Organization,
 # 46g, with the text's 'U.S' as written; 'Texas' inside its name: no Location). Not annotated: 'a Houston-based bank
 # holding company' (a description), 'investors', 'shareholders' (generic)
 entities=[E("Organization", SEC, "SEC"),
           E("Person", "Anthony J. Nocella", "Nocella"),
           E("Person", "J. Russell McCann", "McCann"),
           E("Company", FBC, "Franklin"),
           E("Location", "Houston"),
           E("Organization", SDT)],
 # 'Franklin CEO Nocella and CFO McCann' -> ceo and cfo at Franklin Bank Corp., current true (**doubtful**: the text
 # writes no 'former' -- the posts are told for 2007 and the page says nothing of the bank's end; a reader who reads
 # the posts as past may set false). Near-misses: none (no other person named)
 roles=[R("Anthony J. Nocella", "ceo", FBC), R("J. Russell McCann", "cfo", FBC)],
 # None: one company. Near-misses: Franklin's bank ('the Bank's loan portfolio', its savings bank not named in this
 # text: no subsidiary); the court as venue; Franklin 'Houston-based' (a seat, no relation)
 relations=[],
 outages=[],
 # 'today' (in 'today charged') -> 2012-04-06 (the release line's day, cut); 'during the 3rd and 4th quarters of
 # 2007' -> 'the 3rd and 4th quarters of 2007' 2007 (two quarters in one phrase -> the year, 45a; **doubtful**: a
 # reader may give 2007-Q3 and 2007-Q4); 'during the summer of 2007' -> 2007 (a season -> the year); 'By the end of
 # September 2007' -> 'the end of September 2007' 2007-09; 'for the quarter ended September 30, 2007' ->
 # 'September 30, 2007' 2007-09-30
 dates=[D("today", "2012-04-06"), D("the 3rd and 4th quarters of 2007", "2007"), D("the summer of 2007", "2007"),
        D("the end of September 2007", "2007-09"), D("September 30, 2007", "2007-09-30")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
