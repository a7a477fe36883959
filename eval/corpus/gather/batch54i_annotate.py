#!/usr/bin/env python3
"""Batch 54i gold annotations (the text of batch54i.py: the SEC's press release of 26 August 2024 -- settled charges
against 'Plutus Lending LLC, which does business as Abra', for failing to register the offers and sales of 'its
retail crypto asset lending product, Abra Earn', offered 'in the United States' to 'U.S. investors', and for operating
as an unregistered investment company), written from the text alone; newskg was not run on it. The split follows the
fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts): the one id -> test.
Dates resolve against `published`.
Conventions (the federal SEC lane's, batches 18a, 40zm ... 52ze, 53d, 53i, 53q, 53x, 53zg, 53zj, 53zl, 53zp, 53zs, 54b;
looked up in GATHERING.md and GUIDELINES) -- the Commission in full with 'SEC' as alias (41m, 53zs, 54b); a 'doing
business as' name -> alias of the company (43p's d/b/a names, 'Verizon Southwest' under GTE Southwest Incorporated);
a named product users use -> Service with the company that offers it as provider (GUIDELINES: 'a brand/product/app/
website/platform users use is a Service'); the crypto assets tendered (unnamed) not annotated; 'the United States' and
'U.S.' -> one Location, the fuller name with 'U.S.' as alias (as the one SEC-lane train file that has both); a release's
'today' -> the release date; 'in or around July 2020' -> 2020-07 (an approximate month is still that month); durations
('for at least two years') skipped; one date item per distinct text and value.
usage: batch54i_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55i/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
PL = "Plutus Lending LLC"
AE = "Abra Earn"
A = {}

# ---- Plutus Lending LLC (Abra) / Abra Earn, SEC press release, published 2024-08-26 (a Monday) ------------------------
A["us-sec-plutus-lending-abra-earn-crypto-lending-product-unregistered-investment-company-settled-2024"] = dict(
 # The Securities and Exchange Commission ('The SEC also charged', "the SEC's complaint", 'SEC registration': alias
 # 'SEC'); Plutus Lending LLC (Company: an LLC that offers a lending product and 'issued securities'; 'which does
 # business as Abra' -> 'Abra' its trade name, alias, and "Abra's promise" the same; **doubtful**: a reader may make
 # 'Abra' a Service (the app/brand) -- but the text's 'Abra' is the firm that 'began to offer and sell', 'operated ...
 # as an unregistered investment company' and 'issued securities', so one Company with the alias); Abra Earn (Service:
 # 'its retail crypto asset lending product, Abra Earn', 'the Abra Earn program' -- a named product investors used,
 # **doubtful** only in that it is a lending program, not an app; the heading's word 'securities' makes it also an
 # investment in the SEC's reading, which does not change the entity type); the United States ('in the United States';
 # 'U.S. investors' twice and 'U.S.-based' -> alias 'U.S.'). Not annotated: 'investors', 'institutional borrowers',
 # 'customers' (unnamed); 'crypto assets' (unnamed instruments); 'an unregistered investment company' (a category);
 # the left-out quote's speaker (past the break)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", PL, "Abra"),
           E("Service", AE),
           E("Location", "United States", "U.S.")],
 # No role: no person is named in the kept text (near-miss: the quoted official, past the break)
 roles=[],
 # provider(Abra Earn, Plutus Lending LLC): 'its retail crypto asset lending product, Abra Earn', 'Abra began to offer
 # and sell Abra Earn', 'Abra began winding down the Abra Earn program'. Near-misses: Abra's 'loans of crypto assets to
 # institutional borrowers' (unnamed counterparties: no partner); no parent of Plutus Lending LLC is written
 relations=[L(AE, "provider", PL)],
 outages=[],
 # 'today' -> 2024-08-26; 'July 2020' ('in or around July 2020') -> 2020-07; 'June 2023' -> 2023-06. Skipped: 'for at
 # least two years' (a duration); the left-out distribution line's '08/26/2024' (not text)
 dates=[D("today", "2024-08-26"), D("July 2020", "2020-07"), D("June 2023", "2023-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
