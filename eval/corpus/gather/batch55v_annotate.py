#!/usr/bin/env python3
"""Gold annotations for batch 55v (session 54, gatherer 55v): two sec.gov releases on securities firms' officers --
SEC v. Marc J. Gabelli and Bruce Alpert (Litigation Release No. 20539: the former portfolio manager of the Gabelli
Global Growth Fund and the Chief Operating Officer of its adviser Gabelli Funds LLC, over a market timing arrangement
with Folkes Asset Management, now Headstart Advisers Ltd.); Brookstreet Securities Corp. and its President and CEO
Stanley C. Brooks (PR 2009-260: fraud in sales of risky CMOs) -- written from the texts alone; newskg was not run on
them. The split follows the fixed rule: the sorted ids dealt along test, train (batch10_annotate's write_parts): the
Brookstreet id -> test, the Gabelli id -> train. Dates resolve against `published` (2008-04-24 and 2009-12-08: the
release's date line and dateline).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 55b, 55l; looked up in GATHERING.md, GUIDELINES and the
corpus files) -- the SEC -> Organization 'Securities and Exchange Commission' with the short forms the text writes
('SEC', 'Commission') as aliases, never from the title; a firm's bracketed or repeated short form -> alias; a later
name written 'currently known as' -> alias of the same entity, the first-written name kept as the name (GUIDELINES:
former names are aliases; the corpus's 'Hollinger International (now known as Sun-Times Media Group)'); 'President and
CEO' -> president and ceo; 'Chief Operating Officer' -> coo; 'former portfolio manager' of a named fund -> no role
(46g's Kelsoe, 47e's Putnam managers: a function; 55r's Pia, given executive, was marked doubtful); a named fund ->
Company, no relation to the adviser that manages it (41e, 54zq, 55l: a fund and its adviser no relation, even written
'GGGF's adviser'); a federal district court named in full -> Organization under that name; SEC officials: 'Director of
the SEC's Division of Enforcement' -> director at the Division (46m), 'Director of the SEC's Los Angeles Regional Office'
-> director at the Office (54j's Tyson); an SEC division or office written as the SEC's -> Organization with
parentOrganization the SEC (41e); 'City, State-based' -> two Locations, the state under the form written ('Calif.',
as five earlier scripts); products (CMOs, mortgage-backed securities) and laws -> no entity.
usage: batch55v_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather56v/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
GF = "Gabelli Funds LLC"
BSC = "Brookstreet Securities Corp."
DOE = "Division of Enforcement"
LARO = "Los Angeles Regional Office"
A = {}

# ---- SEC v. Marc J. Gabelli and Bruce Alpert, Lit. Rel. 20539, published 2008-04-24 (a Thursday) ------------------------
A["us-sec-gabelli-funds-coo-alpert-former-portfolio-manager-marc-gabelli-gggf-market-timing-headstart-2008"] = dict(
 # The Securities and Exchange Commission (written out once; 'The Commission's Complaint' -> alias 'Commission'; 'SEC'
 # stands in the title only). 'the United States District Court for the Southern District of New York' ->
 # Organization under the full name (as the corpus's 'United States District Court for the District of ...' courts).
 # Marc J. Gabelli ('Marc Gabelli' five times; never 'Gabelli' alone, which would clash with the firm). The Gabelli
 # Global Growth Fund ('(GGGF)', 'GGGF' four times more, "GGGF's adviser") -> Company (a named fund, 41e), its later
 # name 'GAMCO Global Growth Fund' ('currently known as') an alias. Bruce Alpert ('Alpert' twice). Gabelli Funds LLC
 # ('(Gabelli Funds)', "Gabelli Funds' was rejecting") -> Company. Folkes Asset Management, 'currently known as
 # Headstart Advisers Ltd. (Headstart)' -> one Company, named by the first-written form, 'Headstart Advisers Ltd.' and
 # 'Headstart' (six times) aliases (**doubtful**: a reader may name it by its current name, Headstart Advisers Ltd.).
 # Not annotated: 'a hedge fund that Marc Gabelli also managed', 'other affiliated funds' (unnamed), 'other market
 # timers' (generic), 'mutual fund shares' (generic)
 entities=[E("Organization", SEC, "Commission"),
           E("Organization", "United States District Court for the Southern District of New York"),
           E("Person", "Marc J. Gabelli", "Marc Gabelli"),
           E("Company", "Gabelli Global Growth Fund", "GGGF", "GAMCO Global Growth Fund"),
           E("Person", "Bruce Alpert", "Alpert"),
           E("Company", GF, "Gabelli Funds"),
           E("Company", "Folkes Asset Management", "Headstart Advisers Ltd.", "Headstart")],
 # 'Bruce Alpert, Chief Operating Officer of GGGF's adviser, Gabelli Funds LLC (Gabelli Funds)' -> coo at Gabelli Funds
 # LLC (the apposition names the adviser; current: no 'former', while the same sentence writes it for Marc Gabelli).
 # Near-misses: 'Marc J. Gabelli, the former portfolio manager of the Gabelli Global Growth Fund' -> no role (a
 # portfolio manager's function, 46g/47e; **doubtful**: a reader may give executive at the fund, current false, as 55r
 # did for Pia); 'a hedge fund that Marc Gabelli also managed' (unnamed: no role); 'at their direction' (no post)
 roles=[R("Bruce Alpert", "coo", GF)],
 # None. Near-misses: "GGGF's adviser, Gabelli Funds LLC" -> no provider or parentOrganization between Gabelli Funds
 # LLC and the Gabelli Global Growth Fund (an adviser's contract with the fund it manages; 41e, 54zq and 55l give a
 # fund and its adviser no relation -- **doubtful**: a reader may write provider or parentOrganization); Headstart and
 # GGGF ('a market timing arrangement', 'authorized Headstart to place market timing trades in GGGF') -> no partner
 # (a trading permission, not a business partnership); Gabelli Funds LLC's parent (GAMCO Investors) is not named
 relations=[],
 outages=[],
 # 'On April 24, 2008' (= published); 'From September 1999 until August 2002' -> two month dates; 'Beginning in April
 # 2000' -> a month date. Not dates: 'short term' (no value)
 dates=[D("April 24, 2008", "2008-04-24"), D("September 1999", "1999-09"), D("August 2002", "2002-08"),
        D("April 2000", "2000-04")])

# ---- Brookstreet Securities Corp. / Stanley C. Brooks, SEC PR 2009-260, published 2009-12-08 (a Tuesday) ---------------
A["us-sec-brookstreet-securities-president-ceo-brooks-risky-cmo-sales-fraud-2009"] = dict(
 # The Securities and Exchange Commission (written out once; 'The SEC alleges', 'The SEC further alleges', "the SEC's
 # Division", "the SEC's Los Angeles Regional Office" -> alias 'SEC'; 'Commission' is not written). 'Irvine,
 # Calif.-based' -> Irvine and 'Calif.' (Locations; the state under the form written, as five earlier scripts).
 # Brookstreet Securities Corp. ('Brookstreet' six times, "Brookstreet's program"). Stanley C. Brooks ('Brooks' four
 # times). Robert Khuzami, the SEC's Division of Enforcement, Rosalind R. Tyson, the SEC's Los Angeles Regional Office.
 # Not annotated: 'Collateralized Mortgage Obligations (CMOs)' and 'mortgage-backed securities' (kinds of securities,
 # no named product), 'an internal program' and "Brookstreet's program" (unnamed), 'the firm's registered
 # representatives', 'One trader', 'seniors, retirees', 'Brookstreet investors' (unnamed people), 'the financial
 # crisis' (an event, no entity)
 entities=[E("Organization", SEC, "SEC"),
           E("Location", "Irvine"), E("Location", "Calif."),
           E("Company", BSC, "Brookstreet"),
           E("Person", "Stanley C. Brooks", "Brooks"),
           E("Person", "Robert Khuzami"),
           E("Organization", DOE),
           E("Person", "Rosalind R. Tyson"),
           E("Organization", LARO)],
 # 'Brookstreet Securities Corp. and its President and CEO Stanley C. Brooks' -> president and ceo at Brookstreet
 # (current: the release writes no 'former', though the firm 'eventually ... collapse[d]' -- **doubtful**: a reader
 # may mark the posts current false because the firm has collapsed; the text gives his post in the present form).
 # 'Robert Khuzami, Director of the SEC's Division of Enforcement' -> director at the Division; 'Rosalind R. Tyson,
 # Director of the SEC's Los Angeles Regional Office' -> director at the Office (54j). Near-miss: 'the firm's registered
 # representatives' (unnamed); 'One trader' (unnamed)
 roles=[R("Stanley C. Brooks", "president", BSC),
        R("Stanley C. Brooks", "ceo", BSC),
        R("Robert Khuzami", "director", DOE),
        R("Rosalind R. Tyson", "director", LARO)],
 # "the SEC's Division of Enforcement" and "the SEC's Los Angeles Regional Office" -> parentOrganization the SEC.
 # Near-misses: Brookstreet as provider of 'an internal program' or of CMOs (a sales programme and securities it sold,
 # no named Service); no parent of Brookstreet is named
 relations=[L(DOE, "parentOrganization", SEC), L(LARO, "parentOrganization", SEC)],
 outages=[],
 # 'today' (= published 2009-12-08). Not dates: 'overnight' (no calendar value), 'during the financial crisis' (an
 # event, no value written), the sums ('1,000')
 dates=[D("today", "2009-12-08")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
