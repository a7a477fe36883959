#!/usr/bin/env python3
"""Batch 39d gold annotations (the texts of batch39d.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part): voa-icbc-buys-fifth-of-standard-bank-cfo-ridley-2007 -> test,
voa-infosys-profit-gopalakrishnan-sinosteel-midwest-stake-2008 -> train,
voa-tap-gas-pipeline-adb-qantas-air-new-zealand-alliance-infosys-2003 -> dev. Relative dates resolve against each
story's `published` (from its address): 2007-10-26 (a Friday), 2008-07-14 (a Monday), 2003-04-14 (a Monday).
Conventions (GUIDELINES.md part 2; the VOA business lanes of batches 38m, 38w, 38x, 38z and 38zc): a completed majority
stake ('has acquired a majority stake') -> acquired AND parentOrganization (as batch 38x's Oracle/i-flex); a minority
stake, bought or held ('has purchased 20 percent of', 'owns about 22 percent of') -> nothing (as batch 38zc's KPN
stake); a route-cooperation deal between two named airlines, proposed to the watchdogs -> partner (doubtful); "VOA's"
-> Company 'VOA' and the reporter a Person with no role (as batches 38w and 38x); 'chief financial officer' -> cfo,
'chief executive officer' -> ceo; a development bank's 'project coordinator' -> other. Competition watchdogs and a
development bank are Organization. No outage is told in any of the three.
usage: batch39d_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather40d/pool /tmp/gather40d/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10


A = {}

# ---- ICBC buys 20 percent of Standard Bank; Standard Bank's CFO Simon Ridley (published 2007-10-26) ----------------
ICBC = "Industrial and Commercial Bank of China"
A["voa-icbc-buys-fifth-of-standard-bank-cfo-ridley-2007"] = dict(
 # 'the state-controlled Industrial and Commercial Bank of China, ICBC' / 'the ICBC' -> Company, alias 'ICBC' (a bank
 # run as a business, state-controlled); 'Standard Bank' (five times), "South Africa's largest lender" -> Company;
 # "VOA's Delia Robertson" -> Company 'VOA' (a news organisation) and Person 'Delia Robertson' (a reporter: no role);
 # "Standard Bank's chief financial officer, Simon Ridley" / 'Ridley' (three times) -> Person, alias 'Ridley';
 # 'South Africa' (four times; 'South African' adjectives: nothing), 'China' (five times, "China's" included),
 # 'Johannesburg' ('our bureau in Johannesburg'), 'Africa' (twice) -> Location. 'the South African banking regulator'
 # and 'the government' (unnamed): nothing
 entities=[E("Company", ICBC, "ICBC"), E("Company", "Standard Bank"), E("Company", "VOA"),
           E("Person", "Delia Robertson"), E("Person", "Simon Ridley", "Ridley")]
          + locs("South Africa", "China", "Johannesburg", "Africa"),
 # "Standard Bank's chief financial officer, Simon Ridley" -> cfo of Standard Bank. Delia Robertson (reporter): no role
 roles=[R("Simon Ridley", "cfo", "Standard Bank")],
 # 'ICBC, has purchased 20 percent of Standard Bank' (a completed purchase of a minority stake; 'The $5.5 billion
 # deal') -> nothing: a fifth of the shares makes no parent or acquisition (GUIDELINES.md: stakes and asset purchases
 # -> nothing; as batch 38zc's KPN stake). Doubtful: a reader may give acquired, or partner from 'the deal'
 relations=[],
 outages=[],
 # No resolvable time expression: 'post-apartheid' (an era), 'many quiet years' (a span) -> nothing
 dates=[])

# ---- Infosys profit and its CEO, Sinosteel's majority stake in Midwest, Japan's consumer confidence (2008-07-14) ---
INF = "Infosys Technologies"
A["voa-infosys-profit-gopalakrishnan-sinosteel-midwest-stake-2008"] = dict(
 # "India's" -> Location 'India'; 'Japanese' adjective: nothing, 'Japan' (three times) -> Location; 'Heda Bayron' ->
 # Person (the VOA reporter: no role; VOA not named in this text); 'in Asia', 'from Hong Kong' -> Location 'Asia',
 # 'Hong Kong'; 'Infosys Technologies' ('The Bangalore I.T. outsourcing company') -> Company; 'Bangalore' -> Location;
 # 'the United States' -> Location; 'S. Gopalakrishnan' -> Person (no other form in the text); "China's Sinosteel" /
 # 'Sinosteel' -> Company, 'China' Location; 'the Australian iron ore miner Midwest' / "Midwest's board" -> Company
 # 'Midwest' ('Australian' adjective: nothing); 'Australian miner Murchison Metals' -> Company. 'The government'
 # (Japan's, unnamed) and 'Chinese state-owned companies' (unnamed): nothing
 entities=[E("Person", "Heda Bayron"), E("Company", INF), E("Person", "S. Gopalakrishnan"),
           E("Company", "Sinosteel"), E("Company", "Midwest"), E("Company", "Murchison Metals")]
          + locs("India", "Japan", "Asia", "Hong Kong", "Bangalore", "United States", "China"),
 # 'S. Gopalakrishnan, the company's chief executive officer' (the company: Infosys Technologies) -> ceo
 roles=[R("S. Gopalakrishnan", "ceo", INF)],
 # "China's Sinosteel has acquired a majority stake in the Australian iron ore miner Midwest" (completed, majority)
 # -> acquired AND parentOrganization(Midwest, Sinosteel), as batch 38x's Oracle/i-flex. Murchison Metals' 'rival
 # bid' (failed): nothing. Infosys's 49 clients (unnamed): nothing
 relations=[L("Sinosteel", "acquired", "Midwest"), L("Midwest", "parentOrganization", "Sinosteel")],
 outages=[],
 # 'for the quarter ending in June' -> 'June' 2008-06; 'from the same period a year ago' -> 'a year ago' 2007-Q2 (the
 # April-June quarter a year before; as batch 38zc's 'a year earlier' -> the month compared); 'dropped to 32.6 last
 # month' -> 'last month' 2008-06; 'from 33.9 in May' -> 'May' 2008-05; 'in 1982' -> '1982'. Left out: 'for the
 # fiscal year' (a fiscal year), '26 years', 'in a decade', 'years of deflation', 'the short term' (spans)
 dates=[D("June", "2008-06"), D("a year ago", "2007-Q2"), D("last month", "2008-06"), D("May", "2008-05"),
        D("1982", "1982")])

# ---- Gas pipeline and the ADB, the Qantas-Air New Zealand alliance, Infosys's earnings (published 2003-04-14) -----
QF, NZ = "Qantas Airways", "Air New Zealand"
A["voa-tap-gas-pipeline-adb-qantas-air-new-zealand-alliance-infosys-2003"] = dict(
 # 'India' / "India's" (six times), 'South Asia' ('Central and South Asia': only 'South Asia' is a name as written),
 # 'Australia' (three times; 'Australian' inside the commission's name), 'New Zealand' (twice on its own, and
 # "New Zealand's"), 'Turkmenistan' ('southern Turkmenistan'), 'Afghanistan', 'Pakistan' -> Location; 'Qantas Airways'
 # / 'Qantas' (twice) -> Company, alias 'Qantas'; 'Air New Zealand' (three times) -> Company; 'The Asian Development
 # Bank' -> Organization (a multilateral development bank, as batch 26e's state lenders); 'Seethapathy Chander' ->
 # Person; "New Zealand's Commerce Commission" -> Organization 'Commerce Commission'; 'The Australian Consumer
 # Competition Commission' -> Organization (as written); 'Infosys Technologies, the Indian software giant' ->
 # Company. 'Consumer watchdogs' (unnamed as a group): nothing
 entities=[E("Company", QF, "Qantas"), E("Company", NZ), E("Organization", "Asian Development Bank"),
           E("Person", "Seethapathy Chander"), E("Organization", "Commerce Commission"),
           E("Organization", "Australian Consumer Competition Commission"), E("Company", "Infosys Technologies")]
          + locs("India", "South Asia", "Australia", "New Zealand", "Turkmenistan", "Afghanistan", "Pakistan"),
 # 'Seethapathy Chander, project coordinator of the Asian Development Bank' -> other (a project post, not a senior
 # title; doubtful: a reader may give executive)
 roles=[R("Seethapathy Chander", "other", "Asian Development Bank")],
 # 'a deal between Qantas and Air New Zealand to cooperate on routes' / 'a proposal by Qantas Airways and Air New
 # Zealand' / 'the alliance' -> partner(Qantas Airways, Air New Zealand), direction as written (two named airlines
 # that have agreed a route alliance between themselves, now before the watchdogs; doubtful: the watchdogs 'look
 # likely to reject' it, and a reader may treat it as a blocked deal -> nothing). 'Qantas owns about 22 percent of
 # Air New Zealand' (a minority stake) -> nothing (as batch 38zc's KPN stake)
 relations=[L(QF, "partner", NZ)],
 outages=[],
 # 'not expected before June' -> 'June' 2003-06; 'for its fourth quarter on Thursday' -> 'Thursday' 2003-04-10 (the
 # Thursday before Monday 14 April 2003). Left out: 'last week' (skipped, GUIDELINES.md), 'at least three years' (a
 # span), 'its fourth quarter' (a fiscal quarter: skipped, GUIDELINES.md)
 dates=[D("June", "2003-06"), D("Thursday", "2003-04-10")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
