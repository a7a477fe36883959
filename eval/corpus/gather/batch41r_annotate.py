#!/usr/bin/env python3
"""Batch 41r gold annotations (the texts of batch41r.py), written from the text alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part): voa-cathay-pacific-sars-fleet-grounding-ing-wickham-2003 -> test,
voa-resona-bank-government-bailout-koizumi-fukuda-2003 -> train. Relative dates resolve against each story's
`published` (from its address): 2003-04-13 (a Sunday), 2003-05-19 (a Monday).
Conventions (GUIDELINES.md part 2; the VOA business lanes of batches 38m-38zd, 39d, 39j, 40e, 40i, 41f and 41l):
'an aviation industry analyst with X, an investment bank' -> analyst at X (as batch 41f's Wickham); 'Prime Minister
X' with the country named on its own -> minister of the country (batches 38r, 38zb); a government spokesman or cabinet
secretary with no named body -> no role (batch 38za's Fukuda); the day of publication named ('Sunday', 'Monday') ->
that day. No outage is told: flights cut and a fleet's grounding weighed for want of passengers (a business decision
for lack of demand, no system failing) and a bank's bailout are no service lost; the grounding message is a near-miss.
usage: batch41r_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather42r/pool /tmp/gather42r/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, R, locs
import batch10_annotate as b10


A = {}

# ---- Cathay Pacific and SARS, ING's Wickham (published 2003-04-13, a Sunday) ---------------------------------------
A["voa-cathay-pacific-sars-fleet-grounding-ing-wickham-2003"] = dict(
 # 'Cathay Pacific Airways' / 'Cathay Pacific's' / "Cathay's", 'Cathay' (three times) -> Company ('The city's dominant
 # airline', "Hong Kong's main airline", 'the airline' generic, no aliases); 'Philip Wickham' / 'Mr. Wickham' ->
 # Person (alias 'Wickham'); 'ING, an investment bank in Hong Kong' -> Company; 'The World Health Organization' ->
 # Organization; places: 'Hong Kong' (six times, with "Hong Kong's"), 'U.S.' ('U.S. airlines') -> Location.
 # Left out: "Hong Kong's airport authority" (written in lower case, a description here, not a name: doubtful),
 # 'the city's international airport' (not named), 'Severe Acute Respiratory Syndrome, or SARS' (a disease),
 # 'the news media', 'Other airlines', 'U.S. airlines' (not named)
 entities=[E("Company", "Cathay Pacific Airways", "Cathay Pacific", "Cathay"),
           E("Person", "Philip Wickham", "Wickham"), E("Company", "ING"),
           E("Organization", "World Health Organization")]
          + locs("Hong Kong", "U.S."),
 # 'Philip Wickham, an aviation industry analyst with ING, an investment bank in Hong Kong' -> analyst at ING.
 # 'Executives at Cathay Pacific Airways' (not named) -> nothing
 roles=[R("Philip Wickham", "analyst", "ING")],
 # No relation: ING is Wickham's employer, not Cathay's partner; the airport authority is not an entity
 relations=[],
 # Near-miss, not an outage: Cathay's flight cancellations ('canceled about 40 percent of its flights') and the leaked
 # message on 'grounding all flights' are cuts for lack of passengers (SARS), no system failing (GUIDELINES.md: a
 # business decision, not a service disruption)
 outages=[],
 # 'Sunday' -> 2003-04-13 (the day of publication, a Sunday); 'on Saturday' -> 2003-04-12; 'in 2001' -> 2001 (the
 # terror attacks). Left out: 'for now', 'normally', 'a day' (not dates)
 dates=[D("Sunday", "2003-04-13"), D("Saturday", "2003-04-12"), D("2001", "2001")])

# ---- Resona Bank's government bailout (published 2003-05-19, a Monday) ---------------------------------------------
A["voa-resona-bank-government-bailout-koizumi-fukuda-2003"] = dict(
 # 'Resona Bank' / 'Resona' (four times, with 'a Resona branch', 'the Resona crisis') -> Company ("Japan's fifth
 # largest bank", 'the beleaguered bank', 'the bank' generic, no aliases); 'Prime Minister Junichiro Koizumi' ->
 # Person; 'Chief Cabinet Secretary Yasuo Fukuda' -> Person; places: 'Japan' ("Japan's"), 'Tokyo' -> Location.
 # Left out: 'the key Nikkei index' (a stock index: not an entity, GUIDELINES.md), 'the government' (not named),
 # 'Japanese banks', 'Analysts', 'One customer' (not named)
 entities=[E("Company", "Resona Bank", "Resona"), E("Person", "Junichiro Koizumi"), E("Person", "Yasuo Fukuda")]
          + locs("Japan", "Tokyo"),
 # 'Prime Minister Junichiro Koizumi' -> minister of Japan ('Japan' named on its own: "Japan's fifth largest bank";
 # batches 38r and 38zb). 'Chief Cabinet Secretary Yasuo Fukuda ... The top government spokesman' -> no role (the
 # government is not a named entity; batch 38za's call on the same man; doubtful)
 roles=[R("Junichiro Koizumi", "minister", "Japan")],
 # 'place it under state control' -> no relation (the state is not a named organisation; a bailout, no buyer named)
 relations=[],
 # No outage: a bank kept open by a bailout, its doors opened as usual ('no lines of nervous depositors'); no near-miss
 outages=[],
 # 'Monday' -> 2003-05-19 (the day of publication, a Monday). Left out: 'for the new week', 'in the morning session'
 # (not resolvable to more than the day), 'the day's'
 dates=[D("Monday", "2003-05-19")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
