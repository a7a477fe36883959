#!/usr/bin/env python3
"""Batch 47h gold annotations (the texts of batch47h.py: the SEC's Litigation Release No. 18524 of 24 December 2003 on
its emergency action against Security Brokerage, Inc. of Las Vegas and 'its president and majority owner, Daniel
Calugar', with Alliance Capital Management, Massachusetts Financial Services (MFS) and Judge Robert Clive Jones; the
SEC's press release 2003-138 of 16 October 2003 on 'James P. Connelly, Jr., former Vice Chairman and Chief Mutual Fund
Officer of Fred Alger & Company, Inc.', with Eliot Spitzer, 'New York State Attorney General', and Stephen M. Cutler,
'Director of the SEC Division of Enforcement'; the SEC's Litigation Release No. 19290 of 30 June 2005 on 'David M.
Hurley ("Hurley"), former chief operating officer of aaiPharma, Inc. ("aaiPharma")' of Wilmington, North Carolina),
written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (each release's own day, from its release line or dateline).
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze, 45zi, 45zm, 45zp, 45zs, 45zv, 46a, 46d, 46g, 46j,
46m, 46n, 47a and 47e for SEC releases): the SEC -> Organization, the full name with its aliases as written ('SEC',
'Commission'); the Division of Enforcement -> Organization, parentOrganization the SEC ('the SEC Division of
Enforcement': 40zm, 42g, 43a, 44l, 46m, 46n); its Director -> director at the Division (46m's and 46n's Cutler);
a state attorney general -> no role, the state a Location (46n's Spitzer); 'former' -> current false; 'president' ->
president; 'majority owner' -> no role, no relation (46m's Strong, 40zm); 'Vice Chairman' and 'Chief Mutual Fund
Officer' -> executive, one item (GUIDELINES; 44d's Brown: two posts mapping to one title); 'chief operating officer'
-> coo; judges -> Person, no role (39s, 41p, 45zi, 45zj); a judicial district ('the District of Nevada') -> not
annotated (41p, 42h, 43e, 43h); mutual funds a text does not name -> nothing (46m); places of residence and a
company's seat -> Location, each place once (41m, 47a, 47e); fiscal periods -> no date (42g, 44d, 44n, 44p); 'on the
same day' -> no date (43c); 'today' from the release's day.
usage: batch47h_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather48h/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
SBI = "Security Brokerage, Inc."
ALG = "Fred Alger & Company, Inc."
AAI = "aaiPharma, Inc."
DOE = "Division of Enforcement"
A = {}

# ---- Security Brokerage, Inc. and Daniel Calugar, LR 18524, published 2003-12-24 (a Wednesday) ---------------------------
A["us-sec-security-brokerage-president-calugar-late-trading-emergency-action-2003"] = dict(
 # The Securities and Exchange Commission ("the Commission's application" twice, 'The Commission applied', 'the
 # Commission instituted': alias 'Commission'); Security Brokerage, Inc. ('Security Brokerage' in 'trading through
 # Security Brokerage': alias; a registered broker-dealer -> Company); Las Vegas ('Security Brokerage, Inc. of Las
 # Vegas', 'residences in Las Vegas and Los Angeles': one entity); Daniel Calugar ('Calugar' five times: alias);
 # Alliance Capital Management ('an enforcement action against Alliance': alias 'Alliance'; a fund adviser ->
 # Company); Massachusetts Financial Services ('(MFS)', 'out of MFS': alias 'MFS'; named as written, without 46m's
 # 'Co.'); Los Angeles; Robert Clive Jones ('United States District Judge ... of the District of Nevada' -> Person).
 # Not annotated: 'the District of Nevada' (the judicial district, no court named: 41p, 42h; so no Nevada Location;
 # **doubtful**: a reader may give Nevada from it), 'the court' (unnamed), 'mutual funds managed by Alliance Capital
 # Management and Massachusetts Financial Services' (no fund named, 46m), 'mutual fund shareholders', 'the defendants'
 # (generic)
 entities=[E("Organization", SEC, "Commission"),
           E("Company", SBI, "Security Brokerage"),
           E("Location", "Las Vegas"),
           E("Person", "Daniel Calugar", "Calugar"),
           E("Company", "Alliance Capital Management", "Alliance"),
           E("Company", "Massachusetts Financial Services", "MFS"),
           E("Location", "Los Angeles"),
           E("Person", "Robert Clive Jones")],
 # 'Security Brokerage, Inc. of Las Vegas and its president and majority owner, Daniel Calugar' -> president at
 # Security Brokerage, Inc., current true (the text says nothing of his leaving; **doubtful**: the firm ceased to be a
 # broker-dealer in November 2003, which this text does not say). Not roles: 'majority owner' (a person's ownership:
 # no title, no relation; 46m's Strong); 'an attorney' (a profession, no organisation); Judge Jones (a judge: no role,
 # 45zi, 45zj)
 roles=[R("Daniel Calugar", "president", SBI)],
 # None. Near-misses: 'Calugar, trading through Security Brokerage' (his own firm, no relation between named
 # organisations); 'mutual funds managed by Alliance Capital Management and Massachusetts Financial Services' (the
 # funds unnamed: no provider); Calugar's $50 million moved 'out of MFS' (a customer's money, a person: no partner);
 # the Commission's action against Alliance (enforcement, no relation)
 relations=[],
 outages=[],
 # 'December 22, 2003' -> 2003-12-22; 'From at least 2001 to 2003' -> '2001' 2001 and '2003' 2003 (each end its own
 # item, as 47a and 47e); 'January 5, 2004' -> 2004-01-05; 'December 18, 2003' -> 2003-12-18. Skipped: 'on the same
 # day' (December 18, 2003 again, no date text of its own: 43c), 'age 49', '$175 million', '$50 million'
 dates=[D("December 22, 2003", "2003-12-22"), D("2001", "2001"), D("2003", "2003"),
        D("January 5, 2004", "2004-01-05"), D("December 18, 2003", "2003-12-18")])

# ---- James P. Connelly, Jr., Fred Alger & Company, PR 2003-138, published 2003-10-16 (a Thursday) -----------------------
A["us-sec-spitzer-cutler-fred-alger-former-vice-chairman-connelly-tampering-2003"] = dict(
 # New York State ('New York State Attorney General' -> Location, 46n); Eliot Spitzer ('Spitzer said': alias); the
 # Securities and Exchange Commission ('the SEC found', 'filed with the SEC', 'the SEC Division of Enforcement': alias
 # 'SEC'; no bare 'Commission' in the text); James P. Connelly, Jr. ('Connelly' four times, 'Mr. Connelly' twice:
 # alias 'Connelly'); Fred Alger & Company, Inc. ('managed by Alger', "Alger's public disclosures": alias 'Alger'; 'a
 # prominent mutual fund firm' -> Company); Stephen M. Cutler; the Division of Enforcement ('the SEC Division of
 # Enforcement': the name without the SEC's prefix, as 46m's and 46n's files; **doubtful**: 'SEC Division of
 # Enforcement' as the fullest form). Not annotated: 'Tampering with Physical Evidence' (a crime, a law's term), 'state
 # prison', 'the mutual funds industry', 'select investors', 'the fund shareholders' (generic), 'an administrative
 # order' (a filing)
 entities=[E("Location", "New York State"),
           E("Person", "Eliot Spitzer", "Spitzer"),
           E("Organization", SEC, "SEC"),
           E("Person", "James P. Connelly, Jr.", "Connelly"),
           E("Company", ALG, "Alger"),
           E("Person", "Stephen M. Cutler"),
           E("Organization", DOE)],
 # 'James P. Connelly, Jr., former Vice Chairman and Chief Mutual Fund Officer of Fred Alger & Company, Inc.' ->
 # executive at Fred Alger & Company, Inc., current false (both posts map to executive under GUIDELINES: one item, as
 # 44d's Brown); 'Stephen M. Cutler, Director of the SEC Division of Enforcement' -> director at the Division of
 # Enforcement, current true (46m, 46n). Not a role: 'New York State Attorney General Eliot Spitzer' (a state law
 # officer: 46n's Spitzer; **doubtful**: head or other at New York State). Near-miss: 'the first fund executive
 # charged' (a description, not a post; the post already given)
 roles=[R("James P. Connelly, Jr.", "executive", ALG, False), R("Stephen M. Cutler", "director", DOE)],
 # 'Director of the SEC Division of Enforcement' -> the Division parentOrganization the SEC. Near-misses: 'certain
 # mutual funds managed by Alger' (unnamed: no provider); the attorney general's and the SEC's joint announcement (no
 # partnership between organisations: New York State a Location, the attorney general's office unnamed)
 relations=[L(DOE, "parentOrganization", SEC)],
 outages=[],
 # 'today' -> 2003-10-16 (the release's day, the dateline cut). Skipped: 'up to four years' (a term), 'lifetime'
 dates=[D("today", "2003-10-16")])

# ---- David M. Hurley, aaiPharma, Inc., LR 19290, published 2005-06-30 (a Thursday) -------------------------------------
A["us-sec-aaipharma-former-coo-hurley-fraudulent-sales-settles-2005"] = dict(
 # The Securities and Exchange Commission ("the Commission's complaint", 'the Commission alleges': alias
 # 'Commission'); David M. Hurley ('("Hurley")', 'Hurley' throughout, "Hurley's consent": alias 'Hurley'); aaiPharma,
 # Inc. ('("aaiPharma")', "aaiPharma's", 'aaiPharma had met', 'aaiPharma falsely recorded': alias 'aaiPharma'; 'a
 # publicly-traded pharmaceutical company' -> Company); Wilmington and North Carolina ('headquartered in Wilmington,
 # North Carolina' -> two Locations, as 47e's 'Phoenix, Arizona'). Not annotated: 'the Court' (unnamed), 'the
 # Securities Exchange Act of 1934', 'Exchange Act' (a law), 'customers' (unnamed), 'a public company' (generic)
 entities=[E("Organization", SEC, "Commission"),
           E("Person", "David M. Hurley", "Hurley"),
           E("Company", AAI, "aaiPharma"),
           E("Location", "Wilmington"),
           E("Location", "North Carolina")],
 # 'David M. Hurley ("Hurley"), former chief operating officer of aaiPharma, Inc.' -> coo at aaiPharma, Inc., current
 # false. Near-misses: 'a permanent bar prohibiting him from acting as an officer or director of a public company' (a
 # bar, no post); the heading's 'FORMER AAIPHARMA INC. EXECUTIVE' (title only)
 roles=[R("David M. Hurley", "coo", AAI, False)],
 # None. Near-misses: 'three fraudulent sales transactions with customers' (customers unnamed: no partner);
 # aaiPharma 'headquartered in Wilmington, North Carolina' (a seat, no relation)
 relations=[],
 outages=[],
 # 'today' -> 2005-06-30 (the release's day, the release line cut); 'in 2003' -> '2003' 2003. Skipped: "aaiPharma's
 # 2003 fiscal third quarter end" (a fiscal quarter: no calendar value, 44n; its '2003' the same surface text as the
 # item already listed), 'the quarter', '1934' inside the Act's name (41e, 44d), 'at a later date'
 dates=[D("today", "2005-06-30"), D("2003", "2003")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
