#!/usr/bin/env python3
"""Gold for batch 55u (session 54, gatherer 55u: two Justice Department releases on Antitrust Division fraud and
bid-rigging cases, as the UNT End of Term web archive holds the Department's pages -- John Richard Olsen, 'the former
general manager of Chemical Products Technologies LLC (CPT)', agreeing to plead guilty to filing false federal income
tax returns and to two conspiracies to commit mail fraud against CPT (28 March 2006); Inter-Tel Technologies Inc., 'a
subsidiary of Inter-Tel Incorporated', agreeing to plead guilty to bid rigging and wire fraud in the Federal
Communication Commission's E-Rate program (8 December 2004)), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts). Dates
resolve against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-55m; GUIDELINES section 2): the Department of Justice an
Organization under the name the text gives ('the Department of Justice announced'); 'United States District Court in
<city>' / 'U.S. District Court in <city>' -> one Organization under the form printed and the city a Location (51t-55m:
neither text names a district inside the court's name); a United States Attorney's Office named with its district ->
one Organization under the full name printed (the corpus's CFTC/SEC texts do the same); 'X-based' with a place's name
-> Location X (the lane's rule: 53f, 55m's 'Clarkston-based'); a country or state written as a place or a modifier of
a place-bound thing ('United States federal income tax returns', 'school districts in Michigan and California') ->
Location; a company's or person's parenthesised short form ('(CPT)', '(Olsen)') and a company's name cut short
('Inter-Tel') -> aliases; 'the former general manager of <company>' -> executive at the company (GUIDELINES: 'manager'
-> executive), current false ('former'); 'Y, a subsidiary of X' -> parentOrganization(Y, X); programmes (the E-Rate
program), laws (the Telecommunications Act of 1996, with its year: not a date, as the corpus skips years inside law
names), generic products (glyphosate, cabling, servers) -> nothing; unnamed parties ('an independent trucking
company', 'a sham company', 'a co-conspirator', 'two different school districts') -> nothing; 'today' -> the date of
`published`.
usage: batch55u_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather56u/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

DOJ = "Department of Justice"
A = {}

# ---- Chemical Products Technologies LLC's former general manager John Richard Olsen, published 2006-03-28 (Tuesday) --
CPT = "Chemical Products Technologies LLC"
JO = "John Richard Olsen"
A["us-doj-atr-chemical-products-technologies-former-general-manager-olsen-kickback-mail-fraud-false-tax-returns-2006"] = dict(
 # Company: Chemical Products Technologies LLC ('(CPT)' -> alias 'CPT', seven times more on its own; 'a Georgia-based
 # chemical manufacturer' and 'his former employer' are the same company, unnamed there). Organizations: Department of
 # Justice ('the Department of Justice announced today'), United States District Court ('the United States District
 # Court in Atlanta', as printed). Person: John Richard Olsen ('(Olsen)' and 'Olsen' twice more -> alias). Locations:
 # Georgia ('Georgia-based': the X-based rule), Atlanta (the court's city), United States ('United States federal
 # income tax returns', 'U.S. federal income tax returns' -> alias 'U.S.' -- **doubtful**: the country only as the
 # taxing state, a modifier; kept, as the corpus keeps a place written as a modifier, 55m's 'A Michigan company').
 # Not annotated: 'an independent trucking company', 'a sham company', 'a co-conspirator' (unnamed -- **near-miss**: a
 # reader may want the trucking company's owner as a Person or a partner(CPT, trucking company); neither is named),
 # glyphosate (a generic chemical, no named product or brand: no Service -- **near-miss**: 'CPT's glyphosate business'
 # reads like a provider line, but glyphosate is a substance, not a named Service), 'his former employer' (CPT again)
 entities=[E("Location", "Georgia"),
           E("Organization", DOJ),
           E("Location", "United States", "U.S."),
           E("Organization", "United States District Court"),
           E("Location", "Atlanta"),
           E("Person", JO, "Olsen"),
           E("Company", CPT, "CPT")],
 # 'John Richard Olsen (Olsen), the former general manager of Chemical Products Technologies LLC (CPT)' and 'While
 # employed as the general manager of CPT' -> executive at Chemical Products Technologies LLC (GUIDELINES: 'manager' ->
 # executive; a general manager runs the company's operations but is no chief executive -- **doubtful**: a reader may
 # give ceo or president), current false ('former', 'his former employer'). One role, not two (the same post twice)
 roles=[R(JO, "executive", CPT, False)],
 # No relation. Near-misses: partner(CPT, the trucking company) ('ensuring that the trucking company received business
 # from CPT' -- a customer tie, but the trucking company is unnamed); the court and the Department (no relation stated)
 relations=[],
 outages=[],
 # 'the Department of Justice announced today' -> 'today' 2006-03-28 (the release's date line 'TUESDAY, MARCH 28,
 # 2006'). Not dates: 'four-count', 'two false ... returns', 'two separate conspiracies' (counts); the returns' tax
 # years are not given
 dates=[D("today", "2006-03-28")])

# ---- Inter-Tel Technologies Inc. (subsidiary of Inter-Tel Incorporated), E-Rate, published 2004-12-08 (Wednesday) ---
ITT = "Inter-Tel Technologies Inc."
ITI = "Inter-Tel Incorporated"
A["us-doj-opa-inter-tel-technologies-inter-tel-subsidiary-e-rate-bid-rigging-wire-fraud-plea-agreement-2004"] = dict(
 # Companies: Inter-Tel Technologies Inc. ('Inter-Tel' twice more, each time the charged subsidiary: 'Inter-Tel was
 # charged', 'Inter-Tel also was charged' -> alias of the subsidiary -- **doubtful**: the short name is also the
 # parent's, but the text uses it for the defendant), Inter-Tel Incorporated (the parent, once). Organizations: Federal
 # Communication Commission (named as printed, without the usual 's' -- **doubtful**: the name is the text's, not the
 # agency's own 'Federal Communications Commission'), Department of Justice, United States Attorney's Office for the
 # Northern District of California (as printed, with its curly apostrophe), Congress ('created by Congress'), U.S.
 # District Court ('U.S. District Court in San Francisco'). Locations: San Francisco (the court's city; 'in San
 # Francisco' again for the defrauded projects), Michigan, California ('school districts in Michigan and California').
 # Not annotated: the E-Rate program (a programme: GUIDELINES -- **near-miss**: a reader may type it a Service with
 # the Federal Communication Commission as provider), the Telecommunications Act of 1996 (a law), 'the Internet',
 # cabling, servers, PBX, switches (generic), 'needy schools and libraries', 'two different school districts' and
 # 'telephone users' (unnamed), 'the Northern District of California' (a judicial district inside the office's name:
 # California is annotated from 'Michigan and California'), 'WASHINGTON, D.C.' (the dateline: no entity, as 55c and
 # 55m), Arizona (in the headline only, not the text)
 entities=[E("Company", ITT, "Inter-Tel"),
           E("Company", ITI),
           E("Organization", "Federal Communication Commission"),
           E("Organization", DOJ),
           E("Organization", "United States Attorney\u2019s Office for the Northern District of California"),
           E("Organization", "Congress"),
           E("Organization", "U.S. District Court"),
           E("Location", "San Francisco"),
           E("Location", "Michigan"),
           E("Location", "California")],
 # No role: the text names no person (the quotation that closes the excerpt breaks off before its speaker, R. Hewitt
 # Pate in other copies of the release -- not in this text)
 roles=[],
 # 'Inter-Tel Technologies Inc., a subsidiary of Inter-Tel Incorporated' -> parentOrganization(Inter-Tel Technologies
 # Inc., Inter-Tel Incorporated). Near-misses: provider(E-Rate program, Federal Communication Commission) (a programme,
 # no entity); partner between Inter-Tel and the school districts (unnamed customers); the Department and the U.S.
 # Attorney's Office (announced together; the office is part of the Department, but the text does not say so -- no
 # parentOrganization); Congress and the Federal Communication Commission (no relation stated)
 relations=[L(ITT, "parentOrganization", ITI)],
 outages=[],
 # 'announced today', 'unsealed today' -> 'today' 2004-12-08 (the release's date line 'WEDNESDAY, DECEMBER 8, 2004';
 # one item: same text, same value); 'filed under seal on December 6, 2004' -> 2004-12-06. Not dates: '1996' inside
 # 'the Telecommunications Act of 1996' (a law's name: skipped, as the corpus does), 'monthly' (a frequency),
 # 'two-count', 'one count' (counts), '$8.71 million' (money)
 dates=[D("today", "2004-12-08"), D("December 6, 2004", "2004-12-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
