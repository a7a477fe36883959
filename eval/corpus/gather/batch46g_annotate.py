#!/usr/bin/env python3
"""Batch 46g gold annotations (the texts of batch46g.py: the SEC's Litigation Release No. 20625 of 19 June 2008 on
'Bear Stearns Asset Management (BSAM)', its then senior managing directors Ralph R. Cioffi and Matthew M. Tannin and
the two Bear Stearns High-Grade Structured Credit Strategies funds, the U.S. Attorney's Office for the Eastern District
of New York's parallel indictment; the SEC's Litigation Release No. 21540 of 28 May 2010 on 'Pequot Capital
Management, Inc., a registered investment adviser based in Connecticut', 'Arthur J. Samberg, its Chairman and CEO',
David Zilkha and Microsoft Corp.), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze, 45zi, 45zm, 45zp, 45zs, 45zv, 46a and 46d for SEC
releases): the SEC -> Organization (the fullest form the text writes; 'SEC' and 'Commission' aliases where written);
'CEO' -> ceo; 'Chairman' -> chairman; 'senior managing director' -> director (GUIDELINES: managing director ->
director; 15g's 'Managing Director'); 'then-' and 'two former' -> current false (GUIDELINES: former/then); a post named
with no 'former' -> current true (45zv, 46d); a court named with 'United States District Court' -> Organization
(45a, 45f, 45v, 45zv, 46d); a U.S. Attorney's Office named in full -> Organization (42y, 44n); investment funds
named by the text -> Service with their manager as provider (batch 38's CLSA funds: investment funds as products);
'based in <state>' -> the state a Location (no relation type); 'today' -> the release's day; a day and month without
a year -> the year the text sets ('the quarter that had ended on March 31' in 2001); 'the first five months of
<year>' -> the year (the lane's 'the first six months of the year' -> the year); 'That weekend' -> nothing
(GUIDELINES: 'this weekend' skipped).
usage: batch46g_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather47g/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
BSAM = "Bear Stearns Asset Management"
HG = "Bear Stearns High-Grade Structured Credit Strategies Fund"
HGEL = "Bear Stearns High-Grade Structured Credit Strategies Enhanced Leverage Fund"
PQ = "Pequot Capital Management, Inc."
A = {}

# ---- Bear Stearns Asset Management, Cioffi and Tannin, published 2008-06-19 (a Thursday) -------------------------------
A["us-sec-bear-stearns-asset-management-former-senior-managing-directors-cioffi-tannin-hedge-funds-2008"] = dict(
 # The Securities and Exchange Commission ("The SEC's complaint", "According to the SEC's complaint": alias 'SEC';
 # 'Commission' never alone); Bear Stearns Asset Management ('(BSAM)', 'then-BSAM': alias 'BSAM'; 'the firm's'
 # generic; an asset manager, a business -> Company); Ralph R. Cioffi ('Cioffi' twice) and Matthew M. Tannin
 # ('Tannin' twice); the U.S. Attorney's Office for the Eastern District of New York (named in full, acting:
 # 'announced the indictment' -> Organization, 42y, 44n; the district inside its name no Location of its own); the U.S.
 # District Court for the Eastern District of New York (a court named in full -> Organization); the two funds, named
 # in full once each (-> Service, as the CLSA funds of batch 38: investment funds as products; **doubtful**: a reader
 # may make them Company, as 42l's Murakami Fund -- a firm there, a pooled fund here -- or leave them out). Not
 # annotated: Bear Stearns itself (named only inside 'Bear Stearns Asset Management' and the funds' names, never on
 # its own: GUIDELINES, a company named only inside another name; near-miss: a reader may add The Bear Stearns
 # Companies and a parentOrganization), 'investors', 'institutional counterparties' (generic)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", BSAM, "BSAM"),
           E("Person", "Ralph R. Cioffi", "Cioffi"),
           E("Person", "Matthew M. Tannin", "Tannin"),
           E("Organization", "U.S. Attorney's Office for the Eastern District of New York"),
           E("Organization", "U.S. District Court for the Eastern District of New York"),
           E("Service", HG),
           E("Service", HGEL)],
 # 'then-BSAM senior managing directors Ralph R. Cioffi and Matthew M. Tannin' -> director at Bear Stearns Asset
 # Management, each current false ('then-', and the first sentence's 'two former ... portfolio managers';
 # **doubtful**: 'senior managing director' read as managing director -> director; a reader may give
 # vice-president, as GUIDELINES map senior vice presidents, or executive). Near-misses: 'two former Bear Stearns
 # Asset Management (BSAM) portfolio managers', 'Cioffi acted as senior portfolio manager' and 'Tannin acted as
 # portfolio manager' (a function, not a post in the title vocabulary; GUIDELINES' '"manager" -> executive' would
 # give each a second, executive role at BSAM -- **doubtful**, left out as the same men's work on the funds); 'Tannin
 # acted as ... chief operating officer for the funds' (**doubtful**: coo, but at the funds, which are products
 # (Service) here, not an organisation; a reader who makes the funds Company gives Tannin coo at each, or coo at
 # BSAM)
 roles=[R("Ralph R. Cioffi", "director", BSAM, False), R("Matthew M. Tannin", "director", BSAM, False)],
 # "the firm's two largest hedge funds" (the firm: BSAM) -> each fund provider BSAM (38's CLSA funds with CLSA;
 # **doubtful** with the funds' type). Nothing else: the Office and the court are not tied to the SEC (a parallel
 # action, no relation type); Bear Stearns not annotated (see above)
 relations=[L(HG, "provider", BSAM), L(HGEL, "provider", BSAM)],
 outages=[],
 # 'today' (twice, one item) -> 2008-06-19 (the release's day); 'June 2007' -> 2007-06; 'the first five months of
 # 2007' -> '2007' (the span within one year, as the lane's 'the first six months of the year'; a reader may give
 # only '2007'). Skipped: '$1.8 billion' (an amount)
 dates=[D("today", "2008-06-19"), D("June 2007", "2007-06"), D("the first five months of 2007", "2007")])

# ---- Pequot Capital Management and Arthur J. Samberg, published 2010-05-28 (a Friday) ----------------------------------
A["us-sec-pequot-capital-management-chairman-ceo-samberg-microsoft-insider-trading-settled-2010"] = dict(
 # The Securities and Exchange Commission ("The Commission's complaint" twice: alias 'Commission'; 'SEC' only in the
 # title); Pequot Capital Management, Inc. ('from Pequot', 'funds managed by Pequot': alias 'Pequot'; a registered
 # investment adviser, a business -> Company); 'based in Connecticut' -> Connecticut a Location (also in 'the United
 # States District Court in Connecticut'); Arthur J. Samberg ('Samberg' eight times, "Samberg's" twice); Microsoft
 # Corp. ('Microsoft' throughout: alias); David Zilkha ('Zilkha' four times); the United States District Court in
 # Connecticut (**doubtful**: a court given by 'United States District Court' and its state rather than its formal
 # name 'for the District of Connecticut' -> Organization as written, as 46d's 'United States District Court for the
 # Western District of Pennsylvania'; a reader may take it as 46d's 'federal court in Miami', the state only). Not
 # annotated: 'funds managed by Pequot' (unnamed), 'a friend of Samberg's', 'colleagues at Microsoft' (no one named),
 # 'Microsoft options', 'Microsoft stock' (securities, the company's name only)
 entities=[E("Organization", SEC, "Commission"),
           E("Company", PQ, "Pequot"),
           E("Location", "Connecticut"),
           E("Person", "Arthur J. Samberg", "Samberg"),
           E("Company", "Microsoft Corp.", "Microsoft"),
           E("Person", "David Zilkha", "Zilkha"),
           E("Organization", "United States District Court in Connecticut")],
 # 'Arthur J. Samberg, its Chairman and CEO' (its: Pequot's) -> chairman and ceo at Pequot Capital Management, Inc.,
 # both current true (no 'former'; the release states the posts as held in 2010). Near-misses: 'Zilkha was a
 # Microsoft employee who had accepted an offer of employment from Pequot' (an employee, no title; the move to Pequot
 # no post named), 'a friend of Samberg's' (no one named)
 roles=[R("Arthur J. Samberg", "chairman", PQ), R("Arthur J. Samberg", "ceo", PQ)],
 # Nothing: Pequot trading Microsoft's securities and hiring Microsoft's employee is no partnership, supply or
 # ownership; 'funds managed by Pequot' unnamed (no Service to tie); 'based in Connecticut' places the company (no
 # relation type)
 relations=[],
 outages=[],
 # 'today' -> 2010-05-28 (the release's day); 'May 27, 2010' -> 2010-05-27 (the filing, the day before); '2001' ->
 # 2001 (the trading year); 'Friday, April 6, 2001' -> 2001-04-06 (a Friday indeed); 'March 31' -> 2001-03-31 (the
 # quarter's end before April 2001: **doubtful**, the year borrowed from the sentence's 'April 6, 2001', as 46d's
 # 'July'); 'April 19, 2001' -> 2001-04-19. Skipped: 'That weekend' (GUIDELINES), 'At the time', 'the quarter'
 # (no value of their own), '$14,769,960' (past the cut)
 dates=[D("today", "2010-05-28"), D("May 27, 2010", "2010-05-27"), D("2001", "2001"),
        D("Friday, April 6, 2001", "2001-04-06"), D("March 31", "2001-03-31"), D("April 19, 2001", "2001-04-19")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
