#!/usr/bin/env python3
"""Batch 54o gold annotations (the texts of batch54o.py: the SEC's press release 2010-252 of 20 December 2010 on 'a
former Executive Vice President of children's clothing marketer Carter's Inc.', Joseph M. Elles, with 'Robert Khuzami,
Director of the SEC's Division of Enforcement' quoted; the SEC's Litigation Release No. 21177 of 12 August 2009 on
'Terex Corporation, a Westport, Conn.-based heavy equipment manufacturer', and 'a fraudulent accounting scheme at United
Rentals, Inc. (URI)'), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the
sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts): the Carter's id -> test, the Terex id
-> train. Dates resolve against `published`.
Conventions (the federal SEC lane's, batches 18a, 40zm ... 52ze, 53d ... 53zp, 54e, 54j; looked up in GATHERING.md and
GUIDELINES) -- the Commission under its full name with alias 'SEC' where the text writes the full name; where it does
not (a litigation release writing only 'The Commission' and 'SEC'), the entity is named 'SEC' with alias 'Commission'
(as the gold files of Symbol Technologies, Sinotech Energy, Natural Health Trends and AremisSoft); a company's short
form ('Carter's', 'Terex') and a bracketed acronym ('URI') -> alias; a person's surname alone -> alias ('Elles's' ->
'Elles', possessive-free); 'Executive Vice President' -> vice-president (GUIDELINES); 'former' -> current false;
"Director of the SEC's Division of Enforcement" -> director at the Division of Enforcement, an Organization named as
the text writes it, parentOrganization the SEC (42e's Enforcement Division, 54j's Los Angeles Office); a place named in
'<place>-based' -> Location (41j, 41q, 43a, 54j); 'Conn.' -> alias of Connecticut (as an earlier gold file's
Connecticut/'Conn.'); a federal court named in full -> Organization (GUIDELINES: courts), the state inside its name no
Location of its own; laws and programmes (the 'cooperation initiative', 'non-prosecution agreement') -> no entity;
'today' -> the release's day; 'earlier this year' -> the year (the corpus's 20 earlier items); one date item per
distinct text and value.
usage: batch54o_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55o/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
CRI = "Carter's Inc."
ENF = "Division of Enforcement"
TEX = "Terex Corporation"
URI = "United Rentals, Inc."
A = {}

# ---- Carter's / Joseph M. Elles, SEC press release 2010-252, published 2010-12-20 (a Monday) ---------------------------
A["us-sec-carters-former-executive-vice-president-elles-fraud-insider-trading-non-prosecution-agreement-2010"] = dict(
 # The Securities and Exchange Commission ('The SEC alleges', 'The SEC also announced', 'the SEC' four times more,
 # "the SEC's new cooperation initiative", "the SEC's Division of Enforcement": alias 'SEC'); Carter's Inc. ('Carter's'
 # six times besides the full name: "Carter's expenses", "Carter's prompt ... self-reporting", "Carter's investors", 'Carter's did the right
 # thing': alias; Company -- 'children's clothing marketer', 'the Atlanta-based company'; the name itself carries the
 # apostrophe, so "Carter's expenses" is the alias, not a possessive of 'Carter'); Joseph M. Elles ("Elles's misconduct",
 # "Elles's unlawful conduct", "Elles's trickery": alias 'Elles', possessive-free); Robert Khuzami (Person); the
 # Division of Enforcement ("the SEC's Division of Enforcement": an SEC division named with capitals -> Organization
 # under the words the text writes, as 42e's Enforcement Division; **doubtful**: a reader may write "SEC's Division of
 # Enforcement" or leave the division out and give Khuzami director at the SEC); Atlanta ('the Atlanta-based company':
 # Location). Not annotated: 'the federal securities laws' (laws), 'non-prosecution agreement' (an instrument, no
 # entity), "the SEC's new cooperation initiative" (a programme: GUIDELINES' not-entities), 'companies, shareholders'
 # (generic), 'the company' (generic noun for Carter's: no alias)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", CRI, "Carter's"),
           E("Person", "Joseph M. Elles", "Elles"),
           E("Person", "Robert Khuzami"),
           E("Organization", ENF),
           E("Location", "Atlanta")],
 # 'a former Executive Vice President of children's clothing marketer Carter's Inc.' (the SEC's charge against him,
 # named in the next sentence as 'Joseph M. Elles') -> vice-president at Carter's Inc. (GUIDELINES: executive vice
 # president -> vice-president), current false ('former'; the post is tied to Elles by the release's first two
 # sentences -- 'a former Executive Vice President ... The SEC alleges that Joseph M. Elles's misconduct caused an
 # understatement of Carter's expenses' -- and by 'Elles's unlawful conduct' at Carter's: clearly implied, GUIDELINES;
 # **doubtful** only in that the text never writes name and post in one phrase); "Robert Khuzami, Director of the SEC's
 # Division of Enforcement" -> director at the Division of Enforcement (42e's Ceresney, 54j's Tyson), current true.
 # Near-misses: 'its exemplary and extensive cooperation' (Carter's staff unnamed); 'shareholders' (generic)
 roles=[R("Joseph M. Elles", "vice-president", CRI, False), R("Robert Khuzami", "director", ENF)],
 # "the SEC's Division of Enforcement" -> parentOrganization the SEC (GUIDELINES: "X's Y" counts; 42e, 54j).
 # Near-misses: the SEC's non-prosecution agreement with Carter's (a regulator's settlement: no partner predicate);
 # Carter's and Atlanta ('Atlanta-based': a place, no relation type); the customer to whom Elles awarded 'excessive
 # discounts' (unnamed in the kept text: no partner)
 relations=[L(ENF, "parentOrganization", SEC)],
 outages=[],
 # 'today' -> 2010-12-20 (the release's day, the dateline cut); 'earlier this year' ("the announcement of the SEC's new
 # cooperation initiative earlier this year") -> 2010 (the corpus resolves 'earlier this year' to the year, 20 items).
 # Skipped: 'several financial reporting periods' (no time), the left-out dateline 'Dec. 20, 2010' (not text)
 dates=[D("today", "2010-12-20"), D("earlier this year", "2010")])

# ---- Terex Corporation / United Rentals, SEC Litigation Release No. 21177, published 2009-08-12 (a Wednesday) ---------
A["us-sec-terex-accounting-fraud-aiding-united-rentals-sale-leaseback-litigation-release-2009"] = dict(
 # The SEC ('The Commission today charged', "the SEC's charges", 'The SEC previously charged', "The SEC's complaint"
 # twice; the full name is in the left-out lines and caption only, so the entity is named 'SEC' with alias
 # 'Commission', as the lane's litigation releases that write no full name); Terex Corporation ('Terex' ten times,
 # "Terex's accounting staff": alias 'Terex'; Company -- 'a Westport, Conn.-based heavy equipment manufacturer'); United
 # Rentals, Inc. ('(URI)' and 'URI' seven times, "URI's sales": alias 'URI'; Company -- 'another Connecticut-based
 # public company'); the U.S. District Court for the District of Connecticut (a court named in full -> Organization;
 # 'Connecticut' inside its name no Location of its own); Westport ('a Westport, Conn.-based heavy equipment
 # manufacturer': Location); Connecticut ('Conn.' in 'Westport, Conn.-based', 'Connecticut-based': one Location, alias
 # 'Conn.'; **doubtful**: a reader may fold 'Westport, Conn.' into one place or leave the state out). Not annotated: 'a
 # financing company' and 'the financing company' (unnamed -- near-miss: the release names no lender), 'officers of URI
 # and Terex' (unnamed), "Terex's accounting staff" (generic), 'investors' (generic)
 entities=[E("Organization", "SEC", "Commission"),
           E("Company", TEX, "Terex"),
           E("Company", URI, "URI"),
           E("Organization", "U.S. District Court for the District of Connecticut"),
           E("Location", "Westport"),
           E("Location", "Connecticut", "Conn.")],
 # No role: the kept text names no officer ('officers of URI and Terex' are unnamed; the former Terex CFO is named only
 # in the complaint and in news copies, not here). Near-miss: "Terex's accounting staff" (no person, no post)
 roles=[],
 # partner(Terex Corporation, United Rentals, Inc.): 'These fraudulent transactions also allowed Terex to prematurely
 # recognize revenue from its sales to URI' -- a supplier/customer relation between two named companies (GUIDELINES:
 # supply/customer contract -> partner, direction as written: the seller first); **doubtful**: the sales are told as
 # part of the fraud, and a reader may hold that the SEC's account of a scheme is no business relationship -- but the
 # text states the sales and the mutual guarantees ('URI separately guaranteed Terex') as fact, so the relation is
 # kept. Near-misses: Terex's guarantee to 'the financing company' (unnamed: no partner); the SEC, the court and the
 # two companies (a regulator and a court: no predicate); Westport/Connecticut and the companies ('-based': places, no
 # relation type)
 relations=[L(TEX, "partner", URI)],
 outages=[],
 # 'today' -> 2009-08-12 (the release's day, from its release-number line); 'from 2000 through June 2004' -> '2000'
 # -> 2000 and 'June 2004' -> 2004-06 (two items). Skipped: 'two year-end transactions' (no year given), 'a short
 # period', 'the end of the lease period' (no value), 'previously' ('The SEC previously charged URI': unresolvable),
 # '$8 million' (an amount)
 dates=[D("today", "2009-08-12"), D("2000", "2000"), D("June 2004", "2004-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
