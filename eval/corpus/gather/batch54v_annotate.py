#!/usr/bin/env python3
"""Batch 54v gold annotations (the texts of batch54v.py: the SEC's Litigation Release No. 25779 of 14 July 2023 --
'Celsius Network Limited (Celsius) and its founder and former CEO, Alex Mashinsky', charged over 'Celsius's crypto
lending product, the Earn Interest Program', false statements to its investors and the manipulation of 'Celsius's own
crypto asset security, CEL'; and its Litigation Release No. 24981 of 11 December 2020 -- 'Washington D.C., December 11,
2020 - The Securities and Exchange Commission today charged New York-based brand-management company Sequential Brands
Group, Inc. with failing to impair its goodwill'), written from the texts alone; newskg was not run on them. The split
follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts): Celsius ->
test, Sequential -> train. Dates resolve against `published`.
Conventions (the federal SEC lane's, batches 18a, 40zm ... 52ze, 53d, 53i, 53q, 53x, 53zg, 53zj, 53zl, 53zp, 53zs,
54b, 54i, 54p; looked up in GATHERING.md and GUIDELINES) -- the Commission in full with 'SEC' as alias (41m, 53zs, 54b,
54p); 'X Limited (Celsius)' -> the short form as alias (54p's 'FTX Trading Ltd. (FTX)'); 'its founder and former CEO X'
-> founder, current true (a founding is not undone; 51zh, 54b's 'co-founder and former CEO') and ceo, current false
('former' stands before 'CEO' only; 54b); a named lending product investors used -> Service with the company that
offers it as provider (54i's Abra Earn); a crypto token sold as a security (CEL) not annotated (53zl, 54b, 54p:
instruments); a dateline city -> Location, written as the text writes it ('Washington D.C.', as three corpus files
name it); 'X-based' -> Location X (49g, 50j, 54p); a release's 'today' -> the release date (54i); 'early November
2016' -> the month ('early May 2013' -> 2013-05 in the corpus); 'the fourth quarter of 2017' -> 2017-Q4 (GUIDELINES);
'the next three quarters', 'almost a year' skipped (no calendar value of their own); one date item per distinct text and
value.
usage: batch54v_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55v/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
CN = "Celsius Network Limited"
AM = "Alex Mashinsky"
EIP = "Earn Interest Program"
SB = "Sequential Brands Group, Inc."
A = {}

# ---- Celsius Network Limited / Alex Mashinsky / Earn Interest Program, LR 25779, published 2023-07-14 (a Friday) ------
A["us-sec-celsius-network-founder-former-ceo-mashinsky-earn-interest-program-cel-manipulation-fraud-2023"] = dict(
 # The Securities and Exchange Commission ("the SEC's complaint" three times: alias 'SEC'); Celsius Network Limited
 # (Company: 'Celsius Network Limited (Celsius)', 'Celsius', "Celsius's" -> alias 'Celsius'; 'the company' generic);
 # Alex Mashinsky ('Mashinsky' twice: alias; the caption's 'Alexander "Alex" Mashinsky' is left out of the text, so
 # the text's form is the name); Earn Interest Program (Service: "Celsius's crypto lending product, the Earn Interest
 # Program", by which 'investors tendered their crypto assets to Celsius in exchange for interest payments' -- a named
 # product investors used, as 54i's Abra Earn; **doubtful**: a reader may leave it out as a programme (GUIDELINES: 'Not
 # entities: ... programmes') -- but the text calls it a 'product' offered and sold, so Service, as 54i did). Not
 # annotated: 'CEL' ("Celsius's own crypto asset security, CEL": an instrument, 53zl/54b/54p; near-miss,
 # **doubtful**: a reader may make CEL a Service with provider Celsius Network Limited); 'its platform', "Celsius's
 # platform" (unnamed); 'investors', 'customer assets' (unnamed)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", CN, "Celsius"),
           E("Person", AM, "Mashinsky"),
           E("Service", EIP)],
 # 'Celsius Network Limited (Celsius) and its founder and former CEO, Alex Mashinsky' -> founder at Celsius Network
 # Limited, current true, and ceo, current false ('former' qualifies 'CEO'; a founding is not undone -- 51zh, 54b;
 # **doubtful** only in that a reader may carry 'former' over to 'founder', which 54b's convention does not). Near-miss:
 # the heading's 'Founder Alex Mashinsky' (`title` only, the same post)
 roles=[R(AM, "founder", CN),
        R(AM, "ceo", CN, False)],
 # provider(Earn Interest Program, Celsius Network Limited): "Celsius's crypto lending product, the Earn Interest
 # Program", 'Celsius offered to investors the Earn Interest Program'. Near-misses: CEL and Celsius (token not
 # annotated, so no provider); no parent of Celsius Network Limited is written (the caption's and other sources'
 # Celsius group companies are not in the text)
 relations=[L(EIP, "provider", CN)],
 outages=[],
 # '2018' ('from almost the inception of Celsius in 2018') -> 2018; 'June 12, 2022' -> 2022-06-12 ('the point the
 # company effectively halted its platform on June 12, 2022': a halt of a service by the company itself, told as the
 # end of the offering -- near-miss for an outage, **doubtful**: GUIDELINES count a planned pause by a non-utility and
 # business failures as no outage, so none is recorded). No 'today' in the kept text; the left-out release line and
 # caption dates are not text
 dates=[D("2018", "2018"), D("June 12, 2022", "2022-06-12")])

# ---- Sequential Brands Group, Inc., goodwill impairment, LR 24981, published 2020-12-11 (a Friday) --------------------
A["us-sec-sequential-brands-group-new-york-brand-management-goodwill-impairment-charged-2020"] = dict(
 # Washington D.C. (the dateline city -> Location, the text's form without a comma); The Securities and Exchange
 # Commission ("The SEC's complaint": alias 'SEC'); Sequential Brands Group, Inc. (Company: 'New York-based
 # brand-management company'; 'Sequential' six times: alias; 'the company' generic; the name kept with its ', Inc.' as
 # the text writes it); New York ('New York-based' -> Location, the corpus's 'X-based' way; **doubtful** only in that
 # the text does not say whether the city or the state is meant -- one Location either way). Not annotated: 'the
 # complaint' (the SEC's own paper); 'accounting principles', 'the federal securities laws' (laws and rules); 'its
 # disclosed two-step impairment test' (a method); 'Manhattan' (in the cut-off paragraph only; near-miss)
 entities=[E("Location", "Washington D.C."),
           E("Organization", SEC, "SEC"),
           E("Company", SB, "Sequential"),
           E("Location", "New York")],
 # No person is named in the kept text, so no role (near-miss: the company's officers who ran the goodwill test are
 # not named)
 roles=[],
 # No relation: no other organisation is named beside the SEC (near-miss: 'the federal securities laws' and
 # 'accounting principles' are not parties; Sequential's brands and licensees are not named in the kept text)
 relations=[],
 outages=[],
 # 'December 11, 2020' (the dateline) -> 2020-12-11; 'today' -> 2020-12-11 (the release date, the same day); 'early
 # November 2016' -> 2016-11 (the month, as 'early May 2013' in the corpus); 'December 2016' -> 2016-12; '2016' ('in
 # 2016') -> 2016; 'the fourth quarter of 2017' -> 2017-Q4. Skipped: 'several months', 'almost a year', 'the next three
 # quarters' (durations and a count of quarters after an unstated point: no calendar value of their own; near-miss,
 # **doubtful**: a reader may resolve 'the next three quarters' to 2017-Q1..Q3)
 dates=[D("December 11, 2020", "2020-12-11"), D("today", "2020-12-11"), D("early November 2016", "2016-11"),
        D("December 2016", "2016-12"), D("2016", "2016"), D("the fourth quarter of 2017", "2017-Q4")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
