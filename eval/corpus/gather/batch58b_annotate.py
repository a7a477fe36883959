#!/usr/bin/env python3
"""Gold annotations for batch 58b (session 55, gatherer 58b): the two federal texts batch58b.py writes -- the SEC's
complaint against Ronald A. Romito, former Chief Accounting Officer of California Micro Devices Corporation ("Cal
Micro") (Litigation Release No. 14776, January 4, 1996, the UNT web archive's text copy of sec.gov); the Northern
District of Illinois's release on HONEY HOLDING I, LTD. (Honey Solutions), GROEB FARMS, INC., DOUGLAS A. MURPHY
(former director of sales for Honey Holding) and DONALD COUTURE (president of Premium Food Sales, Inc.) (justice.gov,
2013) -- written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
California Micro Devices -> test, Groeb Farms / Honey Holding -> train (as write_parts dealt them).
Dates resolve against `published` (Cal Micro: the release line, January 4, 1996; honey: 2013-02-20, read from the
release's address -- no relative date is kept in that text, so the value changes no gold date).
Conventions (the federal SEC/DOJ lane's, batches 41j, 42e, 44p, 51t, 51zd, 52f, 57l, 57r and 57y; looked up in
GATHERING.md and the gather scripts): the SEC as 'Securities and Exchange Commission' with the alias 'Commission'; a
federal court named in full -> Organization under the form written, a state inside its name no Location (57y);
'Chief Accounting Officer' -> executive (41j, 42e, 44p), 'former' -> current false; a surname standing alone -> alias;
a name written in capitals -> the name as written (51zg's 'ROBERT E. LEE'); 'doing business as X' -> X an alias of the
company (a trade name of the same entity; **doubtful**); 'director of sales' -> director (52f's precedent, itself
doubtful: a sales post, not a board seat); 'president of X' -> president; "U.S. Immigration and Customs Enforcement's
(ICE) Homeland Security Investigations (HSI)" -> parentOrganization(HSI, ICE) (41p, 51t); 'City, St.' with a state
abbreviation -> the city and the abbreviation each a Location as written (51zd's 'Houston', 'Tex.', 52f); 'City,
Province' -> two Locations; a calendar day ending a fiscal period ('the fiscal year ended June 30, 1994', 'the periods
ended December 31, 1993 and March 31, 1994') -> the day (45zi, 45zm, 57y); amounts, release and docket numbers, laws,
accounting standards and forms -> nothing.
usage: batch58b_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather59b/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
CMD = "California Micro Devices Corporation"
ICE = "U.S. Immigration and Customs Enforcement"
HSI = "Homeland Security Investigations"
HH = "HONEY HOLDING I, LTD."
GF = "GROEB FARMS, INC."
PFS = "Premium Food Sales, Inc."
A = {}

# ---- California Micro Devices Corporation / Ronald A. Romito, LR 14776, published 1996-01-04 (a Thursday) -------------
A["us-sec-california-micro-devices-former-chief-accounting-officer-romito-revenue-fraud-insider-trading-1996"] = dict(
 # The Securities and Exchange Commission ("The Commission's complaint" twice: alias 'Commission'); the United States
 # District Court for the Northern District of California (a named court: Organization under the form written;
 # 'California' inside its name, no Location of its own); Ronald A. Romito ('by Romito', 'Romito, together with',
 # 'Romito and others': alias 'Romito'); California Micro Devices Corporation ('("Cal Micro")', "Cal Micro's": alias
 # 'Cal Micro'). Not annotated: 'the Company' (capitalised as a defined term, but a generic noun phrase: no alias --
 # near-miss); 'Generally Accepted Accounting Principles ("GAAP")' (an accounting standard, not an organisation or a
 # service: near-miss); 'its outside auditors' (unnamed); 'other officers and employees' (unnamed); 'Forms 10- Q',
 # 'Form 10-K', 'quarterly reports', 'annual report' (papers); 'federal securities laws' (laws); 'Cal Micro stock'
 entities=[E("Organization", SEC, "Commission"),
           E("Organization", "United States District Court for the Northern District of California"),
           E("Person", "Ronald A. Romito", "Romito"),
           E("Company", CMD, "Cal Micro")],
 # 'Ronald A. Romito, former Chief Accounting Officer of California Micro Devices Corporation ("Cal Micro")' ->
 # executive at California Micro Devices Corporation, current false (41j, 42e, 44p: a chief officer not in the title
 # list -> executive). **Near-misses**: 'other officers ... of the Company' (unnamed, no role); no one at the Commission
 # or the court named; no cfo for a chief accounting officer (a different post)
 roles=[R("Ronald A. Romito", "executive", CMD, False)],
 # No relation. **Near-misses**: Cal Micro and 'its outside auditors' (unnamed: no partner); Cal Micro and the
 # Commission or the court (a proceeding: no relation type)
 relations=[],
 outages=[],
 # 'today' ('today announced') -> 1996-01-04 (`published`); 'June 30, 1994' (twice, 'fiscal year ended' and 'the year
 # ended': one item) -> 1994-06-30 (a calendar day ending a fiscal year: the day); 'December 31, 1993' -> 1993-12-31
 # and 'March 31, 1994' -> 1994-03-31 ('the periods ended ...': days ending fiscal quarters). Not dates: 'fiscal year'
 # alone (no calendar value); the caption's 'December 19, 1995' and the release line's date (left out); 'May 1994'
 # (after the cut)
 dates=[D("today", "1996-01-04"), D("June 30, 1994", "1994-06-30"), D("December 31, 1993", "1993-12-31"),
        D("March 31, 1994", "1994-03-31")])

# ---- HONEY HOLDING I, LTD. / GROEB FARMS, INC., USAO N.D. Ill., published 2013-02-20 (a Wednesday) --------------------
A["us-usao-ndil-groeb-farms-honey-holding-honey-solutions-illegal-chinese-honey-imports-murphy-couture-2013"] = dict(
 # China ('honey from China': Location); U.S. Immigration and Customs Enforcement ('(ICE)': alias) and its Homeland
 # Security Investigations ('(HSI)': alias), each an Organization (51t); HONEY HOLDING I, LTD. ('Honey Holding' three
 # times, 'doing business as Honey Solutions': aliases 'Honey Holding' and 'Honey Solutions' -- **doubtful** for the
 # trade name, which a reader might make a Service or a Company of its own; it names the same business); Baytown and
 # 'Tex.' ('of Baytown, Tex.': two Locations, 51zd's way); GROEB FARMS, INC. ('Groeb Farms': alias); Onsted and 'Mich.'
 # (two Locations); DOUGLAS A. MURPHY and DONALD COUTURE (Persons, as written in capitals; no surname alone in the
 # text, so no alias); Premium Food Sales, Inc. (Company); Bradford and Ontario ('in Bradford, Ontario': two
 # Locations). Not annotated: 'the government' (generic: no entity for the prosecutors); 'three honey brokers' and 'an
 # undercover agent' (unnamed); 'the nation' (generic); the title's words (the title is not annotated apart from the
 # text); 'deferred prosecution agreements', 'corporate compliance programs' (papers and programmes); the Commerce
 # Department (in the cut paragraph only)
 entities=[E("Location", "China"),
           E("Organization", ICE, "ICE"),
           E("Organization", HSI, "HSI"),
           E("Company", HH, "Honey Holding", "Honey Solutions"),
           E("Location", "Baytown"),
           E("Location", "Tex."),
           E("Company", GF, "Groeb Farms"),
           E("Location", "Onsted"),
           E("Location", "Mich."),
           E("Person", "DOUGLAS A. MURPHY"),
           E("Person", "DONALD COUTURE"),
           E("Company", PFS),
           E("Location", "Bradford"),
           E("Location", "Ontario")],
 # 'DOUGLAS A. MURPHY, former director of sales for Honey Holding' -> director at HONEY HOLDING I, LTD., current false
 # (52f's 'director of sales and marketing' -> director; **doubtful**: a sales post, not a board seat -- a reader may
 # give executive, the GUIDELINES' word for a 'manager'). 'DONALD COUTURE, president of Premium Food Sales, Inc.' ->
 # president at Premium Food Sales, Inc., current (no 'former'). **Near-misses**: 'an undercover agent assumed the
 # role of director of procurement at ... HONEY HOLDING I, LTD.' (an unnamed agent in a cover post: no Person, no
 # role); no one at ICE or HSI named
 roles=[R("DOUGLAS A. MURPHY", "director", HH, False),
        R("DONALD COUTURE", "president", PFS, True)],
 # "U.S. Immigration and Customs Enforcement's (ICE) Homeland Security Investigations (HSI)" -> parentOrganization(HSI,
 # ICE) (41p, 51t: an agency's named unit). **Near-misses**: Honey Holding 'cooperating with the investigation' and
 # both companies' 'deferred prosecution agreements with the government' (settlements with prosecutors: no partner);
 # Groeb Farms and Honey Holding, 'two of the nation's largest honey suppliers' (peers, no tie between them);
 # Premium Food Sales, 'a broker and distributor of raw and processed honey' (no customer or supplier named: no
 # partner, and honey is no Service); the honey 'mislabeled as coming from other countries' (no exporter named)
 relations=[L(HSI, "parentOrganization", ICE)],
 # No outage (none told).
 outages=[],
 # 'In June 2011' -> 'June 2011' 2011-06. Not dates: 'the second phase' (no calendar value); 'December 2001' (in the
 # cut paragraph only); the amounts
 dates=[D("June 2011", "2011-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
