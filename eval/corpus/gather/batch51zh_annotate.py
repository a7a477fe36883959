#!/usr/bin/env python3
"""Batch 51zh gold annotations (the texts of batch51zh.py: the SEC's Litigation Release No. 18827 of 11 August 2004 on
its fraud action over a scheme to manipulate Competitive Technologies, Inc.'s stock, naming its former CEO and six
current or former brokers at four brokerage firms; the SEC's Litigation Release No. 16305 of 28 September 1999 on its
fraud case against Itex Corporation, its founder and four members of its management at the time; the SEC's Litigation
Release No. 14905 of 9 May 1996 on its settled fraud action against three former senior managers of Platinum Software
Corporation), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (Itex's and Platinum's from their release lines; Competitive Technologies' from the
filing day that the SEC's later releases in the case give, the stored page having no release line -- doubtful).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 51w, 51zb; looked up in the gold of the corpus's SEC files
on other matters and GATHERING.md -- 40zn's and 46n's 'registered representative'/'broker' -> other, 51zb's 'at the
time' -> current false, 44u's Nicor 'Assistant Vice President and Controller' -> vice-president and executive,
46m's 'founder' -> founder current true, the corpus's stock exchanges as Company, its named district courts
as Organization):
the SEC -> Organization, the fullest name the text gives, with the alias 'Commission' where the text uses it; 'of X, Y'
-> two Locations, a repeated state one entity; each post its own role, current false where the text says 'former',
'formerly' or 'at the time'; 'CEO'/'Chief Executive Officer' -> ceo; 'Chief Financial Officer' -> cfo; 'Chairman of
the Board of Directors' -> chairman (the chair alone named, GUIDELINES); 'Executive Vice President/Corporate
Controller' -> vice-president and executive; 'a broker at X' -> other at X; 'founder' -> founder; 'members of Itex
management' -> executive (doubtful); a post with no firm written ('former brokers Thomas Kocherhans ... and Sheldon
Strauss') -> no role; a company's short form ('CTT', 'Itex', 'Platinum') and a surname standing alone ('Steele',
'Blackie', 'Neal') -> aliases, possessive-free; the defined '"Company"' and 'the company' -> no alias (generic, as
51zb); unnamed courts, auditors, customers and offshore entities -> no entity; a named barter exchange users trade on
('the Itex Exchange') -> Service, provider its company; bare years -> the year; 'early 1994' -> 1994 (GUIDELINES'
'late 2006'); a date repeated with the same text and value -> one item.
usage: batch51zh_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52zh/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
CTT = "Competitive Technologies, Inc."
PRU = "Prudential Securities Inc."
MSDW = "Morgan Stanley Dean Witter"
ITEX = "Itex Corporation"
PSC = "Platinum Software Corporation"
A = {}

# ---- Competitive Technologies / Steele et al., LR 18827, published 2004-08-11 (a Wednesday) --------------------------
A["us-sec-competitive-technologies-former-ceo-mcpike-six-brokers-prudential-morgan-stanley-stock-manipulation-2004"] = dict(
 # The Securities and Exchange Commission ("the Commission's complaint": alias 'Commission'); Hartford ('federal court
 # in Hartford': Location; the court unnamed -- near-miss); Competitive Technologies, Inc. ('(CTT)', "CTT's", 'CTT
 # stock', 'the former CEO of Competitive Technologies': aliases 'CTT' and 'Competitive Technologies'; 'the company
 # itself', "the company's stock repurchase plan" -> no alias, generic); Fairfield and Connecticut ('a small technology
 # company in Fairfield, Connecticut'; 'Ridgefield, Connecticut' again: one entity); Chauncey Steele ("at Steele's
 # direction": alias 'Steele'); Cohasset and Massachusetts; Hyannis ('the Hyannis, Massachusetts office of Prudential
 # Securities Inc.': Location; the office itself no entity -- near-miss); Prudential Securities Inc.; Richard Kwak;
 # Escondido and California; Morgan Stanley Dean Witter; John Glushko; Las Vegas and Nevada; Finance 500 (a brokerage
 # firm: Company; **doubtful**: the name alone does not show a firm, the sentence 'six ... brokers at four different
 # brokerage firms' does); Stephen Wilson; Pompano Beach and Florida; Shamrock Partners (Company, as Finance 500);
 # Thomas Kocherhans; Orem and Utah; Sheldon Strauss; Beachwood and Ohio; Frank McPike; Ridgefield; the American Stock
 # Exchange ('CTT stock, which is listed on the American Stock Exchange': Company, as the corpus's stock exchanges).
 # Not annotated: 'seven individuals', 'the defendants' (generic), "the company's stock repurchase plan" (a plan)
 entities=[E("Organization", SEC, "Commission"),
           E("Location", "Hartford"),
           E("Company", CTT, "CTT", "Competitive Technologies"),
           E("Location", "Fairfield"),
           E("Location", "Connecticut"),
           E("Person", "Chauncey Steele", "Steele"),
           E("Location", "Cohasset"),
           E("Location", "Massachusetts"),
           E("Location", "Hyannis"),
           E("Company", PRU),
           E("Person", "Richard Kwak"),
           E("Location", "Escondido"),
           E("Location", "California"),
           E("Company", MSDW),
           E("Person", "John Glushko"),
           E("Location", "Las Vegas"),
           E("Location", "Nevada"),
           E("Company", "Finance 500"),
           E("Person", "Stephen Wilson"),
           E("Location", "Pompano Beach"),
           E("Location", "Florida"),
           E("Company", "Shamrock Partners"),
           E("Person", "Thomas Kocherhans"),
           E("Location", "Orem"),
           E("Location", "Utah"),
           E("Person", "Sheldon Strauss"),
           E("Location", "Beachwood"),
           E("Location", "Ohio"),
           E("Person", "Frank McPike"),
           E("Location", "Ridgefield"),
           E("Company", "American Stock Exchange")],
 # 'the former CEO of Competitive Technologies' and 'Frank McPike ..., while acting as CTT's CEO' -> ceo at
 # Competitive Technologies, Inc., false (one man: the release names no other CEO). 'Chauncey Steele ... while working
 # as a broker at the Hyannis, Massachusetts office of Prudential Securities Inc.' -> other at Prudential Securities
 # Inc., false (**doubtful**: 'while working as' ties the post to the scheme's years, as 'then'; the text does not say
 # 'former' -- a reader may set true, as 46n's Sihpol). 'Richard Kwak, ..., a broker at Morgan Stanley Dean Witter' ->
 # other, true; 'John Glushko ..., a broker at Finance 500' -> other, true; 'Stephen Wilson ..., a broker at Shamrock
 # Partners at the time' -> other, false ('at the time', as 51zb's Peritus). 'broker' -> other (40zn's
 # registered representative, 46n's broker). Near-misses: 'former brokers Thomas Kocherhans ... and Sheldon Strauss' (no
 # firm named: no role), McPike's 'purchases in the company's stock repurchase plan' (no post beyond CEO)
 roles=[R("Frank McPike", "ceo", CTT, False),
        R("Chauncey Steele", "other", PRU, False),
        R("Richard Kwak", "other", MSDW, True),
        R("John Glushko", "other", "Finance 500", True),
        R("Stephen Wilson", "other", "Shamrock Partners", False)],
 # None. Near-misses: 'the Hyannis, Massachusetts office of Prudential Securities Inc.' (an office, no named unit);
 # 'CTT stock, which is listed on the American Stock Exchange' (a listing, no partner); 'Steele ... acting in concert
 # with Richard Kwak' (persons, no firms' link)
 relations=[],
 outages=[],
 # 'today' -> 2004-08-11 (the filing day the later releases give: `published`, doubtful); '1998' -> 1998 and '2001' ->
 # 2001 ('from at least 1998 through 2001': two items). Not dates: 'On almost every trading day' (no day), 'the close
 # of the market', 'seven', 'six', 'four'
 dates=[D("today", "2004-08-11"), D("1998", "1998"), D("2001", "2001")])

# ---- Itex Corporation / Neal et al., LR 16305, published 1999-09-28 (a Tuesday) -------------------------------------
A["us-sec-itex-barter-exchange-founder-neal-four-managers-inflated-revenues-fraud-1999"] = dict(
 # The Securities and Exchange Commission ('The Commission's complaint', 'filed with the Commission': alias
 # 'Commission'); the United States District Court for the District of Oregon (a named court: Organization, as the
 # corpus's district courts; 'Oregon' only inside its name: no Location -- near-miss); Itex Corporation ('("Itex")',
 # "Itex's", 'Itex investors', 'Itex management': alias 'Itex'); Terry L. Neal ('Terry Neal', 'Neal': aliases); Michael
 # T. Baer ('Michael Baer'); Graham H. Norris ('Graham Norris'); Cynthia Pfaltzgraff (written the same both times);
 # Joseph M. Morris ('Joseph Morris'); the NASDAQ Small Cap Market ('formerly listed on the NASDAQ Small Cap Market':
 # Company, as the corpus's stock exchanges and its 'NASDAQ'; **doubtful**: a listing tier of the Nasdaq market, not a
 # firm of its own -- a reader may leave it out); the Itex Exchange ('On the Itex Exchange, members trade goods and
 # services': a barter platform its members use -> Service; **doubtful**: a reader may read a market, as an exchange).
 # Not annotated: 'the Complaint' (a filing), 'various mysterious offshore entities' (unnamed -- near-miss), 'Itex
 # investors', 'the investing public', '"trade dollars"' (a unit of account), 'U.S.-dollar' (an adjective)
 entities=[E("Organization", SEC, "Commission"),
           E("Organization", "United States District Court for the District of Oregon"),
           E("Company", ITEX, "Itex"),
           E("Person", "Terry L. Neal", "Terry Neal", "Neal"),
           E("Person", "Michael T. Baer", "Michael Baer"),
           E("Person", "Graham H. Norris", "Graham Norris"),
           E("Person", "Cynthia Pfaltzgraff"),
           E("Person", "Joseph M. Morris", "Joseph Morris"),
           E("Company", "NASDAQ Small Cap Market"),
           E("Service", "Itex Exchange")],
 # "Terry Neal, Itex's founder and control person" -> founder at Itex Corporation, true (a founder stays one, 46m;
 # 'control person' is no title -- near-miss). 'various people who, at the time, were members of Itex management,
 # specifically, Michael Baer, Graham Norris, Joseph Morris and Cynthia Pfaltzgraff' -> executive at Itex Corporation
 # for each, false ('at the time'); **doubtful**: 'members of management' names no post -- a reader may give no role,
 # as 46n left 'a Columbia portfolio manager' without one, but the firm is named here and 'manager' -> executive
 roles=[R("Terry L. Neal", "founder", ITEX, True),
        R("Michael T. Baer", "executive", ITEX, False),
        R("Graham H. Norris", "executive", ITEX, False),
        R("Joseph M. Morris", "executive", ITEX, False),
        R("Cynthia Pfaltzgraff", "executive", ITEX, False)],
 # 'On the Itex Exchange, members trade goods and services' beside 'Itex, a company engaged in the barter exchange
 # business' -> provider(Itex Exchange, Itex Corporation) (the name and the business make the operator sure;
 # **doubtful** as the Service). Near-misses: 'sham barter deals between Itex and various mysterious offshore entities
 # related to and/or controlled by Neal' (unnamed: no partner); 'formerly listed on the NASDAQ Small Cap Market' (a
 # listing, no relation)
 relations=[L("Itex Exchange", "provider", ITEX)],
 outages=[],
 # 'September 27, 1999' -> 1999-09-27 (the filing day, the day before `published`); 'December 1993' -> 1993-12;
 # 'February 1998' -> 1998-02 ('from at least December 1993 through February 1998': two items). Not dates:
 # '99-1361-HA' (a docket number)
 dates=[D("September 27, 1999", "1999-09-27"), D("December 1993", "1993-12"), D("February 1998", "1998-02")])

# ---- Platinum Software / Blackie, Erickson and Tague, LR 14905, published 1996-05-09 (a Thursday) --------------------
A["us-sec-platinum-software-former-ceo-president-chairman-blackie-cfo-erickson-controller-tague-fraud-1996"] = dict(
 # The Securities and Exchange Commission ('("Commission")': alias 'Commission'); the United States District Court for
 # the District of Columbia (named court: Organization, the corpus's most frequent court name); Platinum Software
 # Corporation ('("Platinum" or the "Company")', "Platinum's": alias 'Platinum'; the defined '"Company"' and 'the
 # Company' -> no alias, generic, as 51zb's Cylink); Gerald R. Blackie ('("Blackie")': alias 'Blackie'); Jon R.
 # Erickson ('("Erickson")': alias 'Erickson'); Mark S. Tague (no short form in the kept text). Not annotated: 'a
 # certified public accountant ("CPA")' and 'an inactive CPA' (a qualification, no body), 'the Company's independent
 # auditors' and 'the customer' (unnamed -- near-miss), 'The Complaint' (a filing)
 entities=[E("Organization", SEC, "Commission"),
           E("Organization", "United States District Court for the District of Columbia"),
           E("Company", PSC, "Platinum"),
           E("Person", "Gerald R. Blackie", "Blackie"),
           E("Person", "Jon R. Erickson", "Erickson"),
           E("Person", "Mark S. Tague")],
 # 'three former senior managers of Platinum Software Corporation ... -- Gerald R. Blackie ("Blackie"), formerly
 # Platinum's Chief Executive Officer, President and Chairman of the Board of Directors' -> ceo, president and chairman
 # at Platinum Software Corporation, all false ('formerly' governs the list; the chair alone named -> chairman, not
 # director, GUIDELINES); 'Jon R. Erickson ("Erickson"), formerly Platinum's Chief Financial Officer' -> cfo, false;
 # 'Mark S. Tague, formerly Platinum's Executive Vice President/Corporate Controller' -> vice-president and executive,
 # both false (GUIDELINES' executive vice president -> vice-president; 'Controller' -> executive, 44u's Nicor 'Assistant
 # Vice President and Controller'; **doubtful**: the slash joins the two titles of one post -- a reader may give only
 # vice-president). Near-miss: 'senior managers' (a class, the posts named after it)
 roles=[R("Gerald R. Blackie", "ceo", PSC, False),
        R("Gerald R. Blackie", "president", PSC, False),
        R("Gerald R. Blackie", "chairman", PSC, False),
        R("Jon R. Erickson", "cfo", PSC, False),
        R("Mark S. Tague", "vice-president", PSC, False),
        R("Mark S. Tague", "executive", PSC, False)],
 # None: one company; the customers of the license agreements and the independent auditors are unnamed (near-miss)
 relations=[],
 outages=[],
 # 'today' -> 1996-05-09 (the release line's day, cut: `published`); '1993' -> 1993; 'early 1994' -> 1994 ('during 1993
 # and early 1994': two items; 'early 1994' to the year as GUIDELINES' 'late 2006'). Not dates: 'for a period of time'
 # (unbounded)
 dates=[D("today", "1996-05-09"), D("1993", "1993"), D("early 1994", "1994")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
