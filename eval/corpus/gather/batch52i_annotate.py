#!/usr/bin/env python3
"""Batch 52i gold annotations (the text of batch52i.py: an SEC litigation release of 5 February 2008 -- 'settled
insider trading charges against four Hong Kong residents ... in the securities of Dow Jones & Company, Inc.', 'David
Li Kwok Po ("David Li"), who served on the Dow Jones board of directors', 'the Chairman and Chief Executive Officer of
the Bank of East Asia'), written from the text alone; newskg was not run on it. The split follows the fixed rule: the
sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts); one id -> test. Dates resolve against
`published` (the release's date line).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 51c, 51h, 51u, 51za,
51ze, 51zj, 51zn, 52c; looked up in the corpus files: the Commission an Organization named in full with alias
'Commission' (51zn's LR 20000 file); district courts Organizations named as written (51zn); 'Chairman and Chief
Executive Officer' -> chairman and ceo, two items (52c's 'president and chief executive officer' the same way);
GUIDELINES: offers and bids no relation, legislators no role, former/then -> current false, one date item per distinct
text and value, case ignored).
usage: batch52i_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather53i/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

DJ = "Dow Jones & Company, Inc."
BEA = "Bank of East Asia"
LI = "David Li Kwok Po"
A = {}

# ---- Dow Jones / David Li Kwok Po, SEC Litigation Release No. 20447, published 2008-02-05 (a Tuesday) ------------------
A["us-sec-dow-jones-former-director-david-li-bank-of-east-asia-hong-kong-insider-trading-settlement-2008"] = dict(
 # The Securities and Exchange Commission ('the Commission' three times: alias 'Commission'); Dow Jones & Company,
 # Inc. ('("Dow Jones")' defined, then 'Dow Jones' throughout: alias 'Dow Jones'); News Corporation (once, as the
 # offeror); the Bank of East Asia (name without the article; a bank, Company); Hong Kong ('four Hong Kong residents',
 # "Hong Kong's ...": Location); "Hong Kong's Legislative Counsel and Executive Committee" -- named as the release
 # spells it, an Organization (a government body of Hong Kong) -- **doubtful**: the release runs the Legislative
 # Council and the Executive Council together and misspells 'Council'; a reader may leave it out as no real body's
 # name, or split it in two; the United States District Court for the Southern District of New York (as written, 51zn's
 # way); Merrill Lynch ('their account at Merrill Lynch', 'their Merrill Lynch account': the broker, Company); the four
 # persons with the short names the release defines for them ('("David Li")', '("K.K. Wong")', '("Charlotte Wong")',
 # '("Michael Leung")'). Not annotated: 'the Wongs' (the couple together, no one person's alias); 'the Offer' (an
 # event); 'Temporary Restraining Order', 'LR-20106' (a court order, a release number); 'the court' (generic)
 entities=[E("Organization", "Securities and Exchange Commission", "Commission"),
           E("Company", DJ, "Dow Jones"),
           E("Company", "News Corporation"),
           E("Company", BEA),
           E("Location", "Hong Kong"),
           E("Organization", "Legislative Counsel and Executive Committee"),
           E("Organization", "United States District Court for the Southern District of New York"),
           E("Company", "Merrill Lynch"),
           E("Person", LI, "David Li"),
           E("Person", "Kan King Wong", "K.K. Wong"),
           E("Person", "Charlotte Ka On Wong Leung", "Charlotte Wong"),
           E("Person", "Michael Leung Kai Hung", "Michael Leung")],
 # 'who served on the Dow Jones board of directors' -> director at Dow Jones, current false -- **doubtful**: the past
 # tense (and the heading's 'a Former Board Member', not annotated) say he has left the board; 'Dow Jones board member
 # David Li tipped' speaks of the time of the tip, not of now. 'David Li is the Chairman and Chief Executive Officer of
 # the Bank of East Asia' -> chairman and ceo at the Bank of East Asia, both current ('is'). Near-misses: 'a member of
 # Hong Kong's Legislative Counsel and Executive Committee' (a legislator and council member: GUIDELINES, legislators no
 # role); 'his close friend', 'the husband-wife couple' (family and friendship, no posts); Michael Leung and the Wongs
 # hold no post in the text
 roles=[R(LI, "director", DJ, False),
        R(LI, "chairman", BEA),
        R(LI, "ceo", BEA)],
 # No relation. Near-misses: 'an unsolicited $60 per share acquisition offer for Dow Jones ... by News Corporation'
 # (an offer: GUIDELINES, offers and bids give nothing; the completed purchase is not in the text); 'their account at
 # Merrill Lynch' (persons' brokerage account: a customer relation of persons, not of two organisations); the
 # Commission's action in the district court (no partner)
 relations=[],
 outages=[],
 # 'today' ('today announced') and 'Today' ('Today the Commission filed') -> 2008-02-05 (`published`): the same text
 # ignoring case with the same value, one item. 'May 1, 2007' -> 2007-05-01. 'May 8, 2007' ('On May 8, 2007,' and
 # 'See LR-20106 (May 8, 2007)') -> 2007-05-08, one item. Skipped: 'in the weeks before the public disclosure' (no
 # calendar value of its own)
 dates=[D("today", "2008-02-05"), D("May 1, 2007", "2007-05-01"), D("May 8, 2007", "2007-05-08")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
