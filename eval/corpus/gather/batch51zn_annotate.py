#!/usr/bin/env python3
"""Batch 51zn gold annotations (the texts of batch51zn.py: an SEC litigation release of 13 February 2007 -- 'The Dow
Chemical Company (Dow)' and 'improper payments made by a fifth-tier foreign subsidiary of Dow', 'the Dow subsidiary,
DE-Nocil Crop Protection Ltd. ("DE-Nocil"), headquartered in Mumbai, India', payments 'to an official in India's
Central Insecticides Board'; an SEC press release of 8 August 2005 -- 'former Citigroup executives Thomas W. Jones and
Lewis Daidone', 'Jones, the former chief executive officer of the asset management division'), written from the texts
alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train
(batch10_annotate's write_parts). Dates resolve against `published` (the litigation release's date line; the press
release's dateline).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 51c, 51h, 51u, 51za,
51ze, 51zj; looked up in the lane's subsidiary files (51p's Chiquita / Banadex: 'subsidiary' -> parentOrganization;
51m's and 51d's releases: former officers -> current false), batch 27a's call that an unnamed division's chief
executive is 'executive' at the company (recorded under 27e in GATHERING.md), 46m's mutual-fund files ('Strong mutual
funds', 'the Invesco complex of mutual funds' not annotated) and 46n's ('the Nations Funds family of funds' a Service,
provider the bank), the corpus's court names
as written (90 files 'United States District Court for the District of Columbia', 13 '... Southern District of New
York'), and GATHERING.md's 'laws' years -> nothing' and GUIDELINES (laws are no entities; former -> current false)).
usage: batch51zn_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52zn/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
DOW = "The Dow Chemical Company"
DEN = "DE-Nocil Crop Protection Ltd."
CITI = "Citigroup"
A = {}

# ---- The Dow Chemical Company / DE-Nocil, SEC Litigation Release No. 20000, published 2007-02-13 (a Tuesday) ----------
A["us-sec-dow-chemical-fifth-tier-subsidiary-de-nocil-india-improper-payments-fcpa-2007"] = dict(
 # The Securities and Exchange Commission ("the Commission's complaint": alias 'Commission'; 'SEC' only in the title,
 # not the text); the United States District Court for the District of Columbia (once, as the lane names courts);
 # The Dow Chemical Company ('(Dow)' defined, then 'Dow' three times and 'the Dow subsidiary': alias 'Dow'; 'The' kept
 # as written and as 47w's file names the same company); DE-Nocil Crop Protection Ltd. ('("DE-Nocil")' defined, then
 # 'DE-Nocil' and "DE-Nocil's": alias 'DE-Nocil'); Mumbai and India (Locations: 'headquartered in Mumbai, India';
 # "India's Central Insecticides Board"); the Central Insecticides Board ('the CIB official': alias 'CIB' -- the text
 # never pairs the two in parentheses, but 'CIB' follows 'an official in India's Central Insecticides Board' two
 # sentences on and can stand for nothing else). Not annotated: the Foreign Corrupt Practices Act ('FCPA') and the
 # Securities Exchange Act of 1934 ('Exchange Act') (laws: GUIDELINES), 'Indian government officials', 'an official',
 # 'state officials', 'contractors' (unnamed, generic), 'the Indian agriculture industry' (generic; 'Indian' an
 # adjective, no alias of India)
 entities=[E("Organization", SEC, "Commission"),
           E("Organization", "United States District Court for the District of Columbia"),
           E("Company", DOW, "Dow"),
           E("Company", DEN, "DE-Nocil"),
           E("Location", "Mumbai"),
           E("Location", "India"),
           E("Organization", "Central Insecticides Board", "CIB")],
 # No role: no person is named (the CIB official and the state officials are unnamed; the text names no officer of
 # Dow or DE-Nocil) -- near-miss
 roles=[],
 # 'a fifth-tier foreign subsidiary of Dow' and 'the Dow subsidiary, DE-Nocil Crop Protection Ltd.' -> DE-Nocil
 # parentOrganization The Dow Chemical Company (GUIDELINES: subsidiary -> parentOrganization; 'fifth-tier' an indirect
 # holding through four layers, still owned by Dow: **doubtful** only in that a strict reader might want the direct
 # parent, which the text never names). Near-misses: the Central Insecticides Board is 'India's' (a Location, not an
 # Organization: no parentOrganization); DE-Nocil's payments to the CIB official and its 'agreements with contractors'
 # (bribes and sham invoices, no partnership between named organisations); 'three DE-Nocil products' (unnamed: no
 # Service, no provider)
 relations=[L(DEN, "parentOrganization", DOW)],
 outages=[],
 # 'today' ('today filed a settled civil action') -> 2007-02-13 (`published`, the release's date line). '1996' ('from
 # 1996 through 2001', 'beginning in 1996', 'from 1996 and to 2001') -> one item, 1996; '2001' (twice) -> one item,
 # 2001 (GUIDELINES: the same text with the same value listed once). Skipped: '1934' inside the law's name (GATHERING.md:
 # laws' years -> nothing); 'over a six-year period' is in the cut part, not the text
 dates=[D("today", "2007-02-13"), D("1996", "1996"), D("2001", "2001")])

# ---- Thomas W. Jones and Lewis Daidone, SEC press release 2005-113, published 2005-08-08 (a Monday) --------------------
A["us-sec-former-citigroup-executives-jones-daidone-affiliated-transfer-agent-smith-barney-funds-2005"] = dict(
 # The Securities and Exchange Commission ("the Commission's settlement", 'the Commission alleges': alias
 # 'Commission'); the United States District Court for the Southern District of New York (once); Citigroup ('Citigroup'
 # five times with "Citigroup's"; 'the company' generic, no alias); Thomas W. Jones ('Jones' three times: alias);
 # Lewis Daidone ('Daidone' once: alias; the title's 'LEWIS E. DAIDONE' is not in the text). Not annotated: 'its Smith
 # Barney family of mutual funds' ('Smith Barney' only inside the fund family's name -- 46m's 'Strong mutual funds' and
 # 46m's Invesco file's 'Invesco complex of mutual funds' way, **doubtful**: 46n made 'the Nations Funds
 # family of funds' a Service with its bank as provider, and a reader may give a Service 'Smith Barney family of mutual
 # funds' with provider Citigroup); 'an affiliated transfer agent', 'the affiliated transfer agent', 'the funds' third
 # party transfer agent' (unnamed companies); 'the asset management division' (an unnamed unit); 'mutual fund
 # shareholders', 'victims of the fraud', 'the individuals' (generic)
 entities=[E("Organization", SEC, "Commission"),
           E("Organization", "United States District Court for the Southern District of New York"),
           E("Company", CITI),
           E("Person", "Thomas W. Jones", "Jones"),
           E("Person", "Lewis Daidone", "Daidone")],
 # 'former Citigroup executives Thomas W. Jones and Lewis Daidone' -> executive at Citigroup, current false, for each
 # ('former'). 'Jones, the former chief executive officer of the asset management division' -> the same item for Jones
 # (the division is unnamed and no entity: batch 27a gave an unnamed division's chief executive 'executive' at the
 # company, GATHERING.md under 27e -- **doubtful**: a reader may give ceo at Citigroup, which the text does not say he was).
 # Near-misses: 'two of the officers principally responsible for the fraud' (the same two, no further post); Daidone's
 # posts at the fund adviser and the funds are in the cut part of the release (not in the text: nothing given)
 roles=[R("Thomas W. Jones", "executive", CITI, False),
        R("Lewis Daidone", "executive", CITI, False)],
 # No relation: the affiliated transfer agent and the asset management division are unnamed (no entity to tie to
 # Citigroup); the Smith Barney fund family not annotated (above; **doubtful**: provider Citigroup if a Service); the
 # settlement 'with the company' (Citigroup paying the Commission: no partnership); 'the funds' third party transfer
 # agent' (a supplier, unnamed) -- near-misses
 relations=[],
 outages=[],
 # 'today' ('today filed an enforcement action', 'In its complaint filed today') -> one item, 2005-08-08 (`published`,
 # the dateline). 'May' ('the Commission's settlement with the company in May') -> 2005-05 (the May before the August
 # release; the cut sub-heading says 'in May, 2005' -- the text alone gives the year from `published`). Skipped: 'each
 # year' (no value)
 dates=[D("today", "2005-08-08"), D("May", "2005-05")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
