#!/usr/bin/env python3
"""Batch 45zm gold annotations (the texts of batch45zm.py: the SEC's Litigation Release No. 17550 of 10 June 2002 on
'Kenneth E. Kurtzman (Ashford.com's former Chief Executive Officer) and Brian E. Bergeron (Ashford.com's former Vice
President for Finance)', Ashford.com, Inc. and Amazon.com, Inc.; the SEC's Litigation Release No. 19587 of 2 March 2006
on 'Mitchell S. Drucker ("M. Drucker"), an attorney and former associate general counsel at NBTY, Inc. ("NBTY")', his
father Ronald Drucker and William Minerva), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze and 45zi for SEC releases): the SEC -> Organization
('Commission' alias where written); 'Chief Executive Officer' -> ceo; 'Vice President for Finance' -> vice-president
(GUIDELINES: vice president -> vice-president; 45d's 'senior vice president of finance'); 'associate general counsel'
-> executive (GUIDELINES: general counsel -> executive; 40j's Microsoft associate general counsel); 'attorney' (a
profession), 'his father', 'a friend' -> no role; 'former' -> current false; a named federal court -> Organization
(44d's and 44h's 'United States District Court for the Southern District of New York'); a contract between two named
companies -> partner, direction as written (45a's AIG and Brightpoint, 45k's Veritas and AOL; doubtful); the SEC's
short names in brackets ('("M. Drucker")') -> aliases; a fiscal quarter with no year ('NBTY's fourth quarter') -> no
date item; 'the quarter ended <day>' -> the day only (45zi's way).
usage: batch45zm_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46zm/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
AC = "Ashford.com, Inc."
AZ = "Amazon.com, Inc."
NB = "NBTY, Inc."
SDNY = "United States District Court for the Southern District of New York"
A = {}

# ---- Ashford.com, Kurtzman and Bergeron, published 2002-06-10 (a Monday) ------------------------------------------------
A["us-sec-ashford-com-former-ceo-kurtzman-former-vice-president-finance-bergeron-amazon-2002"] = dict(
 # The Securities and Exchange Commission ("the Commission's complaint", 'The Commission also', "The Commission's
 # Order"); Kenneth E. Kurtzman ('Kurtzman'); Brian E. Bergeron ('Bergeron'); Ashford.com, Inc. ('Ashford.com' and
 # "Ashford.com's" throughout; 'the company' generic); Amazon.com, Inc. ('Amazon.com' three times: a party to the
 # order and to the contract, so Company, not the website as a Service; **doubtful**: a reader may type the bare
 # 'Amazon.com' as the website). Not annotated: 'federal court' (no court named), 'analysts' (generic), 'the
 # Commission's complaint', "The Commission's Order", 'two separate documents' (documents)
 entities=[E("Organization", SEC, "Commission"),
           E("Person", "Kenneth E. Kurtzman", "Kurtzman"),
           E("Company", AC, "Ashford.com"),
           E("Person", "Brian E. Bergeron", "Bergeron"),
           E("Company", AZ, "Amazon.com")],
 # "Kenneth E. Kurtzman (Ashford.com's former Chief Executive Officer)" -> ceo at Ashford.com, false; "Brian E.
 # Bergeron (Ashford.com's former Vice President for Finance)" -> vice-president at Ashford.com, false (**doubtful**: a
 # reader may read a finance post as cfo; the text does not say chief financial officer). 'TWO OF ITS EXECUTIVES'
 # is in the title only (annotate the text, not the title)
 roles=[R("Kenneth E. Kurtzman", "ceo", AC, False), R("Brian E. Bergeron", "vice-president", AC, False)],
 # 'improperly deferred $1.5 million in expenses under a contract with Amazon.com' -> partner(Ashford.com, Inc.,
 # Amazon.com, Inc.), direction as written (Ashford.com's contract with Amazon.com; GUIDELINES: a contract relation
 # between two named organisations; **doubtful**: the contract is told only as the ground of the improper deferral
 # and 'the settlement of a dispute with Amazon.com'; 45k set partner for Veritas and AOL's sham deal, 45a for AIG and
 # Brightpoint). Near-miss: 'the settlement of a dispute with Amazon.com' (a dispute, no relation of its own);
 # Amazon.com named in the cease-and-desist order beside Ashford.com (a co-respondent, no relation)
 relations=[L(AC, "partner", AZ)],
 outages=[],
 # 'today' -> 2002-06-10 (the release's day); 'in March 2000' -> 'March 2000' 2000-03; 'the quarter ended March 31,
 # 2000' -> 'March 31, 2000' 2000-03-31 (the day only, 45zi's way; **doubtful**: a reader may add 2000-Q1 for the
 # quarter, which the text does not call fiscal or calendar). Skipped: '$0.30 per share' and the other amounts
 dates=[D("today", "2002-06-10"), D("March 2000", "2000-03"), D("March 31, 2000", "2000-03-31")])

# ---- NBTY, Mitchell S. Drucker and Ronald Drucker, published 2006-03-02 (a Thursday) ------------------------------------
A["us-sec-nbty-former-associate-general-counsel-drucker-father-insider-trading-2006"] = dict(
 # The Securities and Exchange Commission ('The Commission also named', "The Commission's Complaint" twice);
 # Mitchell S. Drucker ('("M. Drucker")' and 'M. Drucker' throughout: alias); NBTY, Inc. ('("NBTY")', 'NBTY',
 # "NBTY's"); Ronald Drucker ('("R. Drucker")', 'R. Drucker': alias); William Minerva ('("Minerva")': alias); the
 # United States District Court for the Southern District of New York (a named court: Organization, 44d's and 44h's
 # way). Not annotated: 'the "Defendants"' (a collective name for two persons), 'analysts' (generic), 'a press
 # release', 'EPS' (a measure)
 entities=[E("Organization", SEC, "Commission"),
           E("Person", "Mitchell S. Drucker", "M. Drucker"),
           E("Company", NB, "NBTY"),
           E("Person", "Ronald Drucker", "R. Drucker"),
           E("Person", "William Minerva", "Minerva"),
           E("Organization", SDNY)],
 # 'Mitchell S. Drucker ..., an attorney and former associate general counsel at NBTY, Inc.' -> executive at NBTY,
 # false (GUIDELINES: general counsel -> executive; 40j's associate general counsel; **doubtful**: a reader may give
 # other for an associate post below the general counsel, or none). Not roles: 'an attorney' (a profession, no
 # organisation), 'his father' (Ronald Drucker), 'a friend of M. Drucker' (Minerva), 'a relief defendant'
 roles=[R("Mitchell S. Drucker", "executive", NB, False)],
 # Nothing: 'a nutritional supplements manufacturer and retailer' (a description); the sales of NBTY stock (trades,
 # no relation between organisations)
 relations=[],
 outages=[],
 # 'today' -> 2006-03-02 (the release's day); 'on October 18, 2001' (three times, one item) -> 2001-10-18. Skipped:
 # "NBTY's fourth quarter" and 'its fourth quarter' (a fiscal quarter with no year; **doubtful**: a reader may resolve
 # it to the quarter ended in September 2001; near-miss), 'The day after M. Drucker's sales' (2001-10-19 by
 # reckoning, not a time expression of its own; **doubtful**: a reader may list it; near-miss), 'the next trading day'
 # (not resolvable from the text alone), 'about 50 percent', '27%' (amounts)
 dates=[D("today", "2006-03-02"), D("October 18, 2001", "2001-10-18")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
