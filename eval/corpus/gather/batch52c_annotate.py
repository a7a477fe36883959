#!/usr/bin/env python3
"""Batch 52c gold annotations (the texts of batch52c.py: an SEC press release of 30 March 2004 -- 'The U.S.
Securities and Exchange Commission and the New York Stock Exchange today announced ... enforcement actions against five
NYSE specialist firms', the five named in a list; an SEC press release of 19 May 2005 -- 'the National Stock Exchange
(NSX)', "NSX's president and chief executive officer, David Colker"), written from the texts alone; newskg was not run
on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published` (each release's dateline).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 51c, 51h, 51u, 51za,
51ze, 51zj, 51zn; looked up in the corpus files: stock exchanges are Company (GUIDELINES 'Stock exchanges ... that are
businesses are Company'; the corpus's 24 files with the New York Stock Exchange all type it Company, 6 of them with
alias 'NYSE'); 'U.S. Securities and Exchange Commission' as written with alias 'SEC' (6 corpus files); 'president and
chief executive officer' -> president and ceo, two items (the corpus's Cambridge Biotech and BizJet files); 45g's
call that 'a joint investigation' is no partner (GATHERING.md under 45g); GATHERING.md's 'laws' years -> nothing' and
GUIDELINES (laws are no entities)).
usage: batch52c_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather53c/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

NYSE = "New York Stock Exchange"
NSX = "National Stock Exchange"
A = {}

# ---- Five NYSE specialist firms, SEC press release 2004-42, published 2004-03-30 (a Tuesday) --------------------------
A["us-sec-nyse-five-specialist-firms-bear-wagner-labranche-van-der-moolen-trading-ahead-settlement-2004"] = dict(
 # The U.S. Securities and Exchange Commission (the fullest form, as written; 'NYSE and SEC': alias 'SEC'); the New
 # York Stock Exchange ('five NYSE specialist firms', 'the NYSE': alias 'NYSE'; a Company as the corpus types it);
 # the five firms of the list, each once, named in full as written with 'LLC' / 'Inc.' (the list's semicolons part
 # them: 'Fleet Specialist, Inc.' and 'Spear, Leeds & Kellogg Specialists LLC' keep their commas). Not annotated:
 # 'Exchange rules' (capitalised 'Exchange' stands for the NYSE, but as a modifier of 'rules', not a name used for it
 # -- **doubtful**: a reader may add alias 'Exchange' to the New York Stock Exchange); 'federal securities laws'
 # (laws); 'certain of their registered specialists', 'public customer', 'the firms' (generic, unnamed)
 entities=[E("Organization", "U.S. Securities and Exchange Commission", "SEC"),
           E("Company", NYSE, "NYSE"),
           E("Company", "Bear Wagner Specialists LLC"),
           E("Company", "Fleet Specialist, Inc."),
           E("Company", "LaBranche & Co., LLC"),
           E("Company", "Spear, Leeds & Kellogg Specialists LLC"),
           E("Company", "Van der Moolen Specialists USA, LLC")],
 # No role: no person is named in the text (Stephen M. Cutler, 'the SEC's Director of Enforcement', is in the
 # sentence the excerpt breaks off in, cut) -- near-miss; 'their registered specialists' unnamed
 roles=[],
 # No relation. Near-misses: 'five NYSE specialist firms' (firms trading as specialists on the exchange's floor,
 # members of it, not owned by it: no parentOrganization); 'In a joint investigation, the NYSE and SEC found' (a
 # regulator and an exchange acting together in an enforcement matter: no partner, 45g's call); the firms' parents
 # (Bear Stearns, FleetBoston, Goldman Sachs in the AP story) are not in the text (nothing given)
 relations=[],
 outages=[],
 # 'today' ('today announced') -> 2004-03-30 (`published`, the dateline). '1999' and '2003' ('between 1999 and
 # 2003') -> one item each. No other time expression
 dates=[D("today", "2004-03-30"), D("1999", "1999"), D("2003", "2003")])

# ---- National Stock Exchange and David Colker, SEC press release 2005-79, published 2005-05-19 (a Thursday) -----------
A["us-sec-national-stock-exchange-nsx-president-ceo-david-colker-failure-to-enforce-rules-2005"] = dict(
 # The Securities and Exchange Commission ('the SEC' four times: alias 'SEC'); the National Stock Exchange ('(NSX)'
 # defined, then 'NSX' and 'NSX’s' throughout: alias 'NSX'; a Company as the corpus types stock exchanges --
 # **doubtful** only in that the text says nothing of its ownership or form); David Colker ('Colker', 'Colker’s':
 # alias 'Colker'). Not annotated: the Securities Exchange Act of 1934 ('Exchange Act') (a law: GUIDELINES); 'NSX
 # dealers' (unnamed firms); 'its customer priority rule', 'market order exposure (MOE) rule' ('MOE' an
 # abbreviation of a rule, no entity); 'national best bid and offer' (a market price, no entity)
 entities=[E("Organization", "Securities and Exchange Commission", "SEC"),
           E("Company", NSX, "NSX"),
           E("Person", "David Colker", "Colker")],
 # "NSX's president and chief executive officer, David Colker" -> president and ceo at the National Stock Exchange,
 # both current (no 'former'; the release tells the action against him in his post). The title's 'Its CEO' says the
 # same (title not annotated). Near-miss: 'NSX and Colker did not enforce' (no further post)
 roles=[R("David Colker", "president", NSX),
        R("David Colker", "ceo", NSX)],
 # No relation: 'NSX dealers' unnamed (no member firm to tie to the exchange); the Commission's action against the
 # exchange (a regulator and the regulated: no partner) -- near-misses
 relations=[],
 outages=[],
 # 'today' ('today instituted') -> 2005-05-19 (`published`, the dateline). '1997' ('from 1997 through 2003', 'In
 # 1997') -> one item, 1997 (the same text, the same value: listed once); '2003' -> 2003; '2004' ('failing until
 # 2004') -> 2004. Skipped: '1934' inside the law's name (GATHERING.md: laws' years -> nothing); the fractions '1/8',
 # '1/16', '1/4' are price steps, not dates
 dates=[D("today", "2005-05-19"), D("1997", "1997"), D("2003", "2003"), D("2004", "2004")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
