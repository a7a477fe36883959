#!/usr/bin/env python3
"""Batch 54j gold annotations (the texts of batch54j.py: the SEC News Digest item of 2 June 2010 charging 'Elizabeth A.
Dragon, the former Senior Vice President of Research and Development at Sequenom, Inc.', with 'Rosalind Tyson, Director
of the SEC's Los Angeles Office' quoted; the SEC's press release 2010-202 of 21 October 2010 on 'Office Depot, Inc. and
two executives', 'CEO Stephen A. Odland and then-CFO Patricia A. McKay'), written from the texts alone; newskg was not
run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts): the Office Depot id -> test, the Sequenom id -> train. Dates resolve against `published`.
Conventions (the federal SEC lane's, batches 18a, 40zm ... 52ze, 53d ... 53zp, 54e; looked up in GATHERING.md and
GUIDELINES) -- the Commission under its full name with alias 'SEC' where the text writes it; a company's short form
('Sequenom', 'Office Depot') -> alias; a person's surname alone and a shorter full form ('Elizabeth Dragon') -> aliases;
'Senior Vice President' -> vice-president (GUIDELINES); 'CEO' -> ceo, 'CFO' -> cfo; 'former' and 'then-' -> current
false (42e, 44l); a post named with no 'former' -> current true (45zv, 46d, 46g, 46j); "Director of the SEC's <city>
Office" -> director at the office, an Organization named as the text writes it, the office parentOrganization the SEC
(40zm's New York Regional Office, 41e's Philadelphia Regional Office, 41j's Miami Regional Office), the city inside the
office's name no Location of its own; a place named in '<place>-based' -> Location (41j, 41q, 43a); 'federal court'
unnamed -> no entity (42g, 44p, 46j); laws and rules (Regulation FD) -> no entity (GUIDELINES); an unnamed product ->
no Service; 'today' -> the release's day; one date item per distinct text and value.
usage: batch54j_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55j/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
SQN = "Sequenom, Inc."
LAO = "Los Angeles Office"
ODP = "Office Depot, Inc."
A = {}

# ---- Sequenom / Elizabeth A. Dragon, SEC News Digest 2010-101, published 2010-06-02 (a Wednesday) --------------------
A["us-sec-sequenom-former-senior-vice-president-dragon-down-syndrome-test-false-claims-2010"] = dict(
 # The Securities and Exchange Commission ('The SEC alleges' twice, "the SEC's Los Angeles Office", "The SEC's
 # complaint": alias 'SEC'); Elizabeth A. Dragon ('Dragon' four times, 'Elizabeth Dragon' in the quotation: aliases);
 # Sequenom, Inc. ('When Sequenom later announced', "Sequenom's Down syndrome test", "Sequenom's prenatal screening
 # test": alias 'Sequenom'; Company -- the 'San Diego-based biotechnology company' of the first paragraph, whose 'stock
 # price plummeted'); Rosalind Tyson (Person); the Los Angeles Office ("the SEC's Los Angeles Office": an SEC office
 # named with capitals -> Organization under the words the text writes, as 40zm's New York Regional Office;
 # **doubtful**: a reader may write "SEC's Los Angeles Office" or leave the office out and give Tyson director at the
 # SEC; 'Los Angeles' inside the office's name, no Location of its own); San Diego ('a San Diego-based biotechnology
 # company', 'federal court in San Diego': Location, one entity for both). Not annotated: 'her company's prenatal test
 # for Down syndrome', 'the test', "Sequenom's prenatal screening test for Down syndrome" (a product with no name --
 # near-miss: a reader may make 'Down syndrome test' a Service of Sequenom; GUIDELINES want a named product), 'Down
 # syndrome' (a condition), 'federal court' (unnamed), 'analysts and investors', 'scientists' (generic)
 entities=[E("Organization", SEC, "SEC"),
           E("Person", "Elizabeth A. Dragon", "Dragon", "Elizabeth Dragon"),
           E("Company", SQN, "Sequenom"),
           E("Person", "Rosalind Tyson"),
           E("Organization", LAO),
           E("Location", "San Diego")],
 # 'Elizabeth A. Dragon, the former Senior Vice President of Research and Development at Sequenom, Inc.' ->
 # vice-president at Sequenom (GUIDELINES: senior vice president -> vice-president), current false ('former'; 'a
 # former executive' in the first paragraph is the same post, no second role); "Rosalind Tyson, Director of the SEC's
 # Los Angeles Office" -> director at the Los Angeles Office (40zm's Berger), current true (no 'former').
 # Near-misses: 'her scientists' (unnamed staff); Dragon's 'presentations to analysts and investors' (no organisation)
 roles=[R("Elizabeth A. Dragon", "vice-president", SQN, False), R("Rosalind Tyson", "director", LAO)],
 # "the SEC's Los Angeles Office" -> parentOrganization the SEC (GUIDELINES: "X's Y" counts; 40zm, 41e, 41j).
 # Near-misses: Sequenom and San Diego ('San Diego-based': a place, no relation type for it); Sequenom and its
 # unnamed test (no Service, so no provider)
 relations=[L(LAO, "parentOrganization", SEC)],
 outages=[],
 # 'today' -> 2010-06-02 (the digest's and the charges' day). Skipped: 'later' ('When Sequenom later announced': not
 # resolvable from the text), 'at least three public events', '100 percent', '76 percent' (no times); the left-out
 # date line 'June 2, 2010' (not text)
 dates=[D("today", "2010-06-02")])

# ---- Office Depot / Stephen A. Odland and Patricia A. McKay, SEC press release 2010-202, published 2010-10-21 (a
# Thursday) -------------------------------------------------------------------------------------------------------------
A["us-sec-office-depot-ceo-odland-then-cfo-mckay-regulation-fd-analysts-2010"] = dict(
 # The Securities and Exchange Commission ('The SEC also charged', "The SEC's orders", "the SEC's charges": alias
 # 'SEC'); Office Depot, Inc. ('Office Depot' six times more, "Office Depot's second quarter", "Office Depot's prior
 # cautionary public statements": alias 'Office Depot'); Stephen A. Odland ('Odland'); Patricia A. McKay ('McKay').
 # Not annotated: 'Regulation FD' (twice: a rule, not an entity -- GUIDELINES' laws), 'two executives', 'analysts and
 # institutional investors', 'comparable companies' (unnamed), 'the company' (generic noun for Office Depot: no alias)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", ODP, "Office Depot"),
           E("Person", "Stephen A. Odland", "Odland"),
           E("Person", "Patricia A. McKay", "McKay")],
 # 'CEO Stephen A. Odland' -> ceo at Office Depot, current true (named with no 'former' or 'then', the lane's rule;
 # **doubtful**: the sentence places the post in the second quarter of 2007, and a reader who knows the release date
 # could ask whether he still held it in October 2010 -- the text does not say he left, so current true); 'then-CFO
 # Patricia A. McKay' -> cfo at Office Depot, current false ('then-', 42e's Nash, 44l's Therrien). The org is implied
 # by 'Office Depot's second quarter ... CEO ... and then-CFO' and 'Office Depot, Inc. and two executives' (clearly
 # implied, GUIDELINES). Near-misses: 'two executives' (the same two, no other post)
 roles=[R("Stephen A. Odland", "ceo", ODP), R("Patricia A. McKay", "cfo", ODP, False)],
 # No relation. Near-misses: the SEC and Office Depot (a regulator charging a company: no predicate); the one-on-one
 # calls to analysts (no named firm, no partner)
 relations=[],
 outages=[],
 # 'today' -> 2010-10-21 (the release's day, the dateline cut); 'second quarter for 2007' -> 2007-Q2 (GUIDELINES' 'the
 # first quarter of 2010' -> '2010-Q1'; **doubtful**: a fiscal quarter -- Office Depot's fiscal year is not stated, so
 # the calendar quarter is given). Skipped: 'the period' (the same quarter again, no text of its own), '$1 million',
 # '$50,000' (amounts)
 dates=[D("today", "2010-10-21"), D("second quarter for 2007", "2007-Q2")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
