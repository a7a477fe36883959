#!/usr/bin/env python3
"""Batch 47e gold annotations (the texts of batch47e.py: the SEC's Litigation Release No. 18653 of 2004 (no date in the
stored page) on the final judgment against Security Trust Company, N.A. (STC) of Phoenix, Arizona, with "STC's former
chief executive, Grant D. Seeger", 'its former president, William A. Kenyon' and 'its former senior vice president,
Nicole McDermott', the Office of the Comptroller of the Currency and 'several hedge funds controlled by Edward J.
Stern, known as the Canary Capital funds'; the SEC's press release 2003-142 of 28 October 2003 on Putnam Investment
Management LLC and 'two former Putnam Managing Directors and portfolio managers, Justin M. Scott and Omid Kamshad',
with the Division of Enforcement), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (none needs it in the STC text, whose `published` is null: every date written in full).
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze, 45zi, 45zm, 45zp, 45zs, 45zv, 46a, 46d, 46g, 46j,
46m, 46n and 47a for SEC releases): the SEC -> Organization, the full name with alias 'Commission' (41m, 45a); a court
named in full -> Organization (42a, 42k, 43q); the Division of Enforcement -> Organization, parentOrganization the SEC
(40zm, 42g, 43a, 44l, 44p, 46a, 46j, 46m, 46n); 'former' -> current false; 'chief executive' -> ceo; 'president' ->
president; 'senior vice president' -> vice-president (GUIDELINES); 'Managing Director' -> director (GUIDELINES);
'portfolio managers' -> no role (46g's Kelsoe: a function, no post; doubtful); investment funds the text names ->
Service (46g, batch 38's CLSA funds); places of residence and a company's seat -> Location, each place once (41m,
47a); a regulator's supervision -> no relation (no predicate fits); 'today' from the release's day.
usage: batch47e_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather48e/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
STC = "Security Trust Company, N.A."
PIM = "Putnam Investment Management LLC"
DOE = "Division of Enforcement"
A = {}

# ---- Security Trust Company, Seeger, Kenyon, McDermott, LR 18653 (2004; `published` null) ----------------------------------
A["us-sec-security-trust-company-former-ceo-seeger-president-kenyon-svp-mcdermott-canary-late-trading-judgment-2004"] = dict(
 # The Securities and Exchange Commission ("the Commission's complaint" three times: alias 'Commission'); the United
 # States District Court for the District of Arizona (a court named in full -> Organization); Security Trust Company,
 # N.A. ('(STC)', 'STC' throughout: alias 'STC'; 'an uninsured national banking association' -> Company, a bank as
 # 46n's Bank of America); Phoenix ('based in Phoenix, Arizona', 'of Phoenix' twice, 'near Phoenix': one entity);
 # Arizona ('Phoenix, Arizona'; again inside the court's name); the Office of the Comptroller of the Currency
 # (Organization, a federal regulator); Grant D. Seeger (alias 'Seeger'); William A. Kenyon (alias 'Kenyon'); Nicole
 # McDermott ('McDermott consented': alias 'McDermott'); Edward J. Stern; the Canary Capital funds ('several hedge
 # funds controlled by Edward J. Stern, known as the Canary Capital funds' -> Service 'Canary Capital funds', the
 # group name the text gives, as 46g's Bear Stearns funds; **doubtful**: a reader may type them Company or
 # Organization, or give the name as 'Canary Capital'). Not annotated: 'third party administrators (TPAs)', 'TPAs'
 # (generic), 'retirement plans', 'mutual funds' (unnamed), 'the hedge funds' (the Canary funds again, generic form),
 # 'EST' (a time zone)
 entities=[E("Organization", SEC, "Commission"),
           E("Organization", "United States District Court for the District of Arizona"),
           E("Company", STC, "STC"),
           E("Location", "Phoenix"),
           E("Location", "Arizona"),
           E("Organization", "Office of the Comptroller of the Currency"),
           E("Person", "Grant D. Seeger", "Seeger"),
           E("Person", "William A. Kenyon", "Kenyon"),
           E("Person", "Nicole McDermott", "McDermott"),
           E("Person", "Edward J. Stern"),
           E("Service", "Canary Capital funds")],
 # "STC's former chief executive, Grant D. Seeger" -> ceo at STC, current false; 'its former president, William A.
 # Kenyon' -> president at STC, current false ('its' = STC's, the list carrying on); 'its former senior vice president,
 # Nicole McDermott' -> vice-president at STC, current false. Near-misses: 'hedge funds controlled by Edward J. Stern'
 # (control of funds, no post written: no role; **doubtful**: a reader may give Stern head or founder -- of a Service,
 # which takes no role); the judge (none named)
 roles=[R("Grant D. Seeger", "ceo", STC, False), R("William A. Kenyon", "president", STC, False),
        R("Nicole McDermott", "vice-president", STC, False)],
 # None. Near-misses: 'its primary regulator, the Office of the Comptroller of the Currency' (supervision: no
 # predicate); STC effecting the Canary funds' trades (a client relation, but partner takes two named organisations
 # and the funds are a Service here; **doubtful**: a reader who types the funds Company gives partner STC -> Canary
 # Capital funds); the funds 'controlled by Edward J. Stern' (a person: no provider); STC 'based in Phoenix, Arizona'
 # (a seat, no relation)
 relations=[],
 outages=[],
 # 'March 31, 2004' (twice) -> 2004-03-31, one item; 'November 25, 2003' -> 2003-11-25; 'February 23, 2004' ->
 # 2004-02-23; 'From May 2000 to July 2003' -> 'May 2000' 2000-05 and 'July 2003' 2003-07 (each end its own item, as
 # 47a's 'April'/'December, 2003'). Skipped: '4:00 p.m. EST', '6:00 p.m.', '9:00 p.m. EST' (times of day), the ages,
 # '$1 million', the percentages
 dates=[D("March 31, 2004", "2004-03-31"), D("November 25, 2003", "2003-11-25"),
        D("February 23, 2004", "2004-02-23"), D("May 2000", "2000-05"), D("July 2003", "2003-07")])

# ---- Putnam Investment Management, Scott and Kamshad, PR 2003-142, published 2003-10-28 (a Tuesday) ------------------------
A["us-sec-putnam-investment-management-former-managing-directors-scott-kamshad-self-dealing-2003"] = dict(
 # The Securities and Exchange Commission ('The Commission filed', 'The Commission issued': alias 'Commission');
 # Putnam Investment Management LLC ('(Putnam)', 'against Putnam', 'Putnam engaged', 'Putnam failed': alias 'Putnam';
 # 'Putnam Managing Directors', 'Putnam mutual funds' the same name as a modifier); Justin M. Scott (alias 'Scott');
 # Omid Kamshad (alias 'Kamshad'); Boston ('federal district court in Boston' -> Location; no court named); the
 # Division of Enforcement ('(the Division)', 'The Division further alleges': alias 'Division'). Not annotated: 'Putnam
 # mutual funds' (the firm's funds, no fund named: 46m left brand-plus-'funds' out), 'the fund boards', 'other
 # employees', 'fund shareholders' (generic), 'federal district court in Boston' (no court named), 'the complaint', 'an
 # administrative order' (filings)
 entities=[E("Organization", SEC, "Commission"),
           E("Company", PIM, "Putnam"),
           E("Person", "Justin M. Scott", "Scott"),
           E("Person", "Omid Kamshad", "Kamshad"),
           E("Location", "Boston"),
           E("Organization", DOE, "Division")],
 # 'two former Putnam Managing Directors and portfolio managers, Justin M. Scott and Omid Kamshad' -> director at
 # Putnam Investment Management LLC for each, current false (GUIDELINES: managing director -> director; 'Putnam' the
 # alias just given to the adviser; the heading's 'Two Putnam Managing Directors' without 'former' is title only).
 # Not roles: 'portfolio managers' (and 'Putnam mutual funds for which they were portfolio managers': the men's work
 # on the funds, 46g's Kelsoe; **doubtful**: GUIDELINES' '"manager" -> executive' would add executive at Putnam for
 # each). Near-miss: 'other employees' (unnamed)
 roles=[R("Justin M. Scott", "director", PIM, False), R("Omid Kamshad", "director", PIM, False)],
 # 'The Commission issued an administrative order ... in which the Division of Enforcement (the Division) alleges' ->
 # the Division parentOrganization the SEC (the Commission's order carrying its Division's allegations, 46n's Sihpol
 # reading; **doubtful**: here no 'SEC Director of Enforcement' says whose division it is in so many words).
 # Near-misses: Putnam's funds (unnamed: no provider); the Commission's action against Putnam (enforcement, no
 # relation)
 relations=[L(DOE, "parentOrganization", SEC)],
 outages=[],
 # 'today' -> 2003-10-28 (the release's day, the dateline cut). Skipped: none else in the text
 dates=[D("today", "2003-10-28")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
