#!/usr/bin/env python3
"""Batch 47v gold annotations (the texts of batch47v.py: the SEC's press release 2014-192 of 11 September 2014 on 'a
Delaware-based bank holding company', Wilmington Trust Company ('Wilmington Trust'), 'acquired by M&T Bank in May
2011', with 'Andrew J. Ceresney, director of the SEC's Division of Enforcement' and 'Andrew M. Calamari, Director of
the SEC's New York Regional Office'; the SEC's Initial Decision Release No. 223 of 24 February 2003, 'In the Matter of
Hamilton Bancorp, Inc.', with 'Kerry A. Zinn for the Division of Enforcement, Securities and Exchange Commission',
'Bernardo Burstein for Respondent' and 'Robert G. Mahony, Administrative Law Judge'), written from the texts alone;
newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (each release's own day, from its dateline or the decision's date line).
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze, 45zi, 45zm, 45zp, 45zs, 45zv, 46a, 46d, 46g, 46j,
46m, 46n, 47a, 47e, 47h, 47k, 47m, 47p and 47s for SEC releases): the SEC -> Organization, the full name where the
text writes it, with its aliases ('SEC', 'Commission'); 'director of the SEC's Division of Enforcement' and 'Director
of the SEC's New York Regional Office' -> director at the division or office, each an Organization with
parentOrganization to the SEC (the corpus's Thomsen, Fagel, Berger, Bergers gold); 'Division of Enforcement,
Securities and Exchange Commission' (an appearance line) -> the same relation (the comma names the division's body);
'which was acquired by' -> acquired(buyer, target) and parentOrganization(target, buyer) (GUIDELINES, completed
acquisitions); '<state>-based' -> the state a Location (43a, 47s); a counsel appearing for the SEC's Division of
Enforcement -> other at the division (GUIDELINES: staff attorneys -> other); an SEC administrative law judge -> other
at the SEC (GUIDELINES: commissioners, staff attorneys -> other); counsel for a respondent -> no role (outside
counsel: no post at the company); laws, rules, forms and sections ('Securities Exchange Act of 1934', 'Rule 250',
'Form 10-K') -> nothing, and the year inside a law's name no date (the corpus's 56 texts with 'Act of 1934' give
none); '90 days' (a length of time) -> no item; 'today' from the release's day.
usage: batch47v_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather48v/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
DOE = "Division of Enforcement"
NYRO = "New York Regional Office"
WTC = "Wilmington Trust Company"
MTB = "M&T Bank"
HB = "Hamilton Bancorp, Inc."
A = {}

# ---- Wilmington Trust, PR 2014-192, published 2014-09-11 (a Thursday) ---------------------------------------------------
A["us-sec-wilmington-trust-delaware-bank-holding-company-past-due-loans-acquired-by-m-and-t-bank-2014"] = dict(
 # The Securities and Exchange Commission ('An SEC investigation', "the SEC's charges", "the SEC's Division of
 # Enforcement", "the SEC's New York Regional Office": alias 'SEC'); Delaware ('a Delaware-based bank holding company'
 # -> Location); Wilmington Trust Company ('Wilmington Trust' four times: alias; **doubtful**: the text charges 'a
 # Delaware-based bank holding company' and names 'Wilmington Trust Company' once and 'Wilmington Trust' after it --
 # a reader who knows the holding company is Wilmington Trust Corporation may split 'Wilmington Trust' (the holding
 # company) from 'Wilmington Trust Company' (the bank); the text alone gives one name in a full and a short form, so
 # one entity); M&T Bank (Company); Andrew J. Ceresney; the Division of Enforcement; Andrew M. Calamari; the New York
 # Regional Office (the SEC's units -> Organization). Not annotated: 'the bank' and 'banking institutions'
 # (generic), 'investors' (generic), 'the financial crisis', 'the real estate market' (no names)
 entities=[E("Organization", SEC, "SEC"),
           E("Location", "Delaware"),
           E("Company", WTC, "Wilmington Trust"),
           E("Company", MTB),
           E("Person", "Andrew J. Ceresney"),
           E("Organization", DOE),
           E("Person", "Andrew M. Calamari"),
           E("Organization", NYRO)],
 # 'Andrew J. Ceresney, director of the SEC's Division of Enforcement' -> director at the Division of Enforcement,
 # current true; 'Andrew M. Calamari, Director of the SEC's New York Regional Office' -> director at the New York
 # Regional Office, current true (the corpus's way with the SEC's office and division directors). Near-misses: no
 # officer of Wilmington Trust or M&T Bank named
 roles=[R("Andrew J. Ceresney", "director", DOE, True),
        R("Andrew M. Calamari", "director", NYRO, True)],
 # 'Wilmington Trust, which was acquired by M&T Bank in May 2011' -> acquired(M&T Bank, Wilmington Trust Company) and
 # parentOrganization(Wilmington Trust Company, M&T Bank) (a completed acquisition; the text does not say the target
 # was merged away); "the SEC's Division of Enforcement" and "the SEC's New York Regional Office" ->
 # parentOrganization to the SEC. Near-misses: the bank 'Delaware-based' (a seat, no relation); the $18.5 million
 # paid 'to settle the SEC's charges' (a settlement with a regulator: no partner)
 relations=[L(MTB, "acquired", WTC), L(WTC, "parentOrganization", MTB),
            L(DOE, "parentOrganization", SEC), L(NYRO, "parentOrganization", SEC)],
 outages=[],
 # 'today' (in 'today announced') -> 2014-09-11 (the dateline's day, cut); 'in 2009 and 2010' -> '2009' 2009 and
 # '2010' 2010; 'in May 2011' -> 'May 2011' 2011-05. Skipped: 'at least 90 days', '90 days or more' (lengths of time),
 # 'during the financial crisis' (no calendar value written)
 dates=[D("today", "2014-09-11"), D("2009", "2009"), D("2010", "2010"), D("May 2011", "2011-05")])

# ---- Hamilton Bancorp, Inc., Initial Decision Release No. 223, published 2003-02-24 (a Monday) -----------------------
A["us-sec-hamilton-bancorp-initial-decision-administrative-law-judge-mahony-section-12j-reports-2003"] = dict(
 # Kerry A. Zinn (named once); the Division of Enforcement ('the Division' three times: alias); the Securities and
 # Exchange Commission ('(Commission)', "the Commission's Rules of Practice": alias 'Commission'); Bernardo Burstein
 # (named once); Robert G. Mahony (named once); Hamilton Bancorp, Inc. ('(Bancorp)' and 'Bancorp' throughout: alias).
 # Not annotated: 'Respondent' (the party's role, generic), 'the OIP' (an order, not a body), the 'Securities
 # Exchange Act of 1934' / 'Exchange Act', 'Rule 250', 'Rules 13a-1 and 13a-13', 'Form 10-K', 'Form 10-Q', '17 C.F.R.
 # § 201.250' (laws, rules, forms)
 entities=[E("Person", "Kerry A. Zinn"),
           E("Organization", DOE, "Division"),
           E("Organization", SEC, "Commission"),
           E("Person", "Bernardo Burstein"),
           E("Person", "Robert G. Mahony"),
           E("Company", HB, "Bancorp")],
 # 'Kerry A. Zinn for the Division of Enforcement, Securities and Exchange Commission' -> other at the Division of
 # Enforcement, current true (counsel appearing for the division, GUIDELINES' staff attorneys -> other;
 # **doubtful**: the text gives no title -- a reader may give no role); 'BEFORE:Robert G. Mahony, Administrative Law
 # Judge' -> other at the Securities and Exchange Commission, current true (the judge hearing the Commission's own
 # proceeding; **doubtful**: the text does not write 'SEC' beside his title -- the page's heading 'Initial Decision of
 # an SEC Administrative Law Judge' is cut -- a reader may give no role, or give the post no org). Not a role:
 # 'Bernardo Burstein for Respondent' (**near-miss**: counsel for Hamilton Bancorp, Inc. -- an advocate, not a post
 # at the company)
 roles=[R("Kerry A. Zinn", "other", DOE, True),
        R("Robert G. Mahony", "other", SEC, True)],
 # 'the Division of Enforcement, Securities and Exchange Commission' -> parentOrganization(Division of Enforcement,
 # Securities and Exchange Commission) (**doubtful**: the appearance line's comma, not 'the SEC's'; batch 42e left a
 # division the text did not call the SEC's without a relation -- here the text names the body beside it).
 # Near-misses: the Commission's proceeding against Bancorp (a regulator and a respondent: no predicate); Burstein and
 # Bancorp (counsel: no predicate)
 relations=[L(DOE, "parentOrganization", SEC)],
 outages=[],
 # 'on December 16, 2002' -> 2002-12-16; 'on January 10, 2003' -> 2003-01-10; 'on January 27, 2003' -> 2003-01-27;
 # 'On January 28, 2003' -> 2003-01-28; 'on January 30, 2003' -> 2003-01-30; 'the year ended December 31, 2001' ->
 # 'December 31, 2001' 2001-12-31; 'the quarters ended March 31, 2002, and June 30, 2002' -> 'March 31, 2002'
 # 2002-03-31 and 'June 30, 2002' 2002-06-30. Skipped: '1934' inside 'the Securities Exchange Act of 1934' (a law's
 # name; the corpus gives it no date); 'February 24, 2003' (the decision's date line, cut: `published`);
 # **doubtful**: a reader may give 'the year ended December 31, 2001' as 2001 (the fiscal year) -- the day is
 # written, so the day is given
 dates=[D("December 16, 2002", "2002-12-16"), D("January 10, 2003", "2003-01-10"),
        D("January 27, 2003", "2003-01-27"), D("January 28, 2003", "2003-01-28"),
        D("January 30, 2003", "2003-01-30"), D("December 31, 2001", "2001-12-31"),
        D("March 31, 2002", "2002-03-31"), D("June 30, 2002", "2002-06-30")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
