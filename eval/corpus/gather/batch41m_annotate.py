#!/usr/bin/env python3
"""Batch 41m gold annotations (the texts of batch41m.py: the SEC's administrative-proceeding summary of 22 July 2019
on Microsoft Corporation's FCPA violations through its subsidiaries in Hungary, Saudi Arabia, Thailand and Turkey,
with Microsoft Hungary's non-prosecution agreement with the U.S. Department of Justice, and the SEC's press release
2022-214 of 3 December 2022 on ABB Ltd's bribery scheme at Eskom in South Africa, Charles Cain, Chief of the SEC's
FCPA Unit, quoted), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e and 41j for SEC releases): the SEC -> Organization ('SEC' alias; 'the
Commission' an alias where the text so calls it, as batch12b did); an SEC office or unit -> Organization,
parentOrganization of the SEC (40zm's 'the SEC's New York Regional Office'; 41e's Philadelphia Regional Office, named
without 'the SEC's': doubtful); 'Chief of the SEC Enforcement Division's Market Abuse Unit' -> head of the Unit
(18a), so 'Chief of the SEC's FCPA Unit' -> head; SEC staff named with no post -> no role (41e); a subsidiary named
after the text calls it the parent's subsidiary -> parentOrganization of the parent; a state-owned company ->
parentOrganization of the government the text names (batches 26e and 35o's readings, doubtful); a contract won from a
named company -> partner, direction as written (GUIDELINES: supply/customer contract); years inside the names of laws
('Securities Exchange Act of 1934') -> no date item (41e).
usage: batch41m_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather42m/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Microsoft Corporation and its foreign subsidiaries, published 2019-07-22 (a Monday) ------------------------------
A["us-sec-microsoft-hungary-foreign-subsidiaries-fcpa-2019"] = dict(
 # The SEC (written out once; 'SEC' alone in 'the SEC's order' twice, 'The SEC also found', 'The SEC further found',
 # 'the SEC's findings', 'The SEC's investigation'); Microsoft Corporation ('Microsoft' alone and in 'Microsoft's'
 # throughout); Hungary, Saudi Arabia, Thailand, Turkey (the four subsidiaries' countries); Microsoft Hungary (named
 # once, in the third paragraph); the U.S. Department of Justice; Tracy L. Davis (SEC staff); the San Francisco
 # Regional Office (an SEC office; 'San Francisco' inside the office's name, no separate Location, as 41j's Miami
 # Regional Office). Not annotated: 'Foreign Corrupt Practices Act (FCPA)', 'Securities Exchange Act of 1934'
 # (laws), the resellers, distributors, vendors, third parties and customers (unnamed), the subsidiaries in Saudi
 # Arabia, Thailand and Turkey (unnamed)
 entities=[E("Organization", "Securities and Exchange Commission", "SEC"),
           E("Company", "Microsoft Corporation", "Microsoft"),
           E("Location", "Hungary"), E("Location", "Saudi Arabia"), E("Location", "Thailand"), E("Location", "Turkey"),
           E("Company", "Microsoft Hungary"), E("Organization", "U.S. Department of Justice"),
           E("Person", "Tracy L. Davis"), E("Organization", "San Francisco Regional Office")],
 # 'supervised by Tracy L. Davis of the San Francisco Regional Office' -> no role (no post written; a reader may set
 # other, as SEC staff; 41e's Julia C. Green)
 roles=[],
 # 'Microsoft's subsidiary in Hungary' ... 'Microsoft Hungary' -> parentOrganization (the subsidiary the text then
 # names; a careful reader takes them as one company); 'The SEC's investigation was supervised by Tracy L. Davis of
 # the San Francisco Regional Office' -> the Office parentOrganization the SEC (41e's reading of the Philadelphia
 # Regional Office; doubtful, as 'the SEC's' is not written before the office's name). The non-prosecution agreement
 # with the Department of Justice is no partnership -> nothing
 relations=[L("Microsoft Hungary", "parentOrganization", "Microsoft Corporation"),
            L("San Francisco Regional Office", "parentOrganization", "Securities and Exchange Commission")],
 outages=[],
 # 'July 22, 2019' (the date opening the text, = published); 'today' (= published). Skipped: '1934' inside the Act's
 # name
 dates=[D("July 22, 2019", "2019-07-22"), D("today", "2019-07-22")])

# ---- ABB Ltd, bribery scheme in South Africa, published 2022-12-03 (a Saturday, as the dateline gives it) -------------
A["us-sec-abb-south-africa-eskom-bribery-fcpa-unit-2022"] = dict(
 # The SEC (written out once; 'SEC' alone in 'the SEC's charges', 'The SEC's order', 'the SEC's FCPA Unit', 'the
 # SEC's cease-and-desist order', 'The SEC also ordered', 'the SEC's action'; 'the Commission deemed' -> alias
 # 'Commission'); ABB Ltd ('ABB' alone nine times, 'ABB's'); South Africa (three times); Switzerland; Eskom (a
 # state-owned electricity provider -> Company, as the corpus's earlier Eskom); the South African government (twice;
 # named as written, as the corpus's 'Indian government', 'Russian government'); Kusile Power Station (a named power
 # station -> Location, GUIDELINES); Charles Cain; the FCPA Unit (an SEC unit, 'the SEC's FCPA Unit'). Not annotated:
 # 'Foreign Corrupt Practices Act (FCPA)' (a law; 'FCPA' alone and in 'FCPA-related' is the law), 'ABB executives in
 # Switzerland and South Africa', 'a high-ranking government official', 'third-party service providers' (unnamed)
 entities=[E("Organization", "Securities and Exchange Commission", "SEC", "Commission"),
           E("Company", "ABB Ltd", "ABB"), E("Location", "South Africa"), E("Location", "Switzerland"),
           E("Company", "Eskom"), E("Organization", "South African government"),
           E("Location", "Kusile Power Station"), E("Person", "Charles Cain"), E("Organization", "FCPA Unit")],
 # 'said Charles Cain, Chief of the SEC's FCPA Unit' -> head of the FCPA Unit, current (18a's 'chief of the SEC
 # Enforcement Division's Market Abuse Unit' -> head; a reader may set executive, GUIDELINES' chief officers)
 roles=[R("Charles Cain", "head", "FCPA Unit")],
 # 'Eskom, an electricity provider owned by the South African government' -> parentOrganization (state ownership as
 # batches 26e and 35o read it; doubtful: a reader may leave a company owned by a government without relation); 'the
 # SEC's FCPA Unit' -> parentOrganization (40zm's reading of an SEC office); 'In return ABB obtained a $160 million
 # contract to provide cabling and installation work at Eskom's Kusile Power Station' -> partner ABB Ltd -> Eskom (a
 # supply contract between two named companies, GUIDELINES; doubtful: won by bribery). No subsidiary of ABB is named
 relations=[L("Eskom", "parentOrganization", "South African government"),
            L("FCPA Unit", "parentOrganization", "Securities and Exchange Commission"),
            L("ABB Ltd", "partner", "Eskom")],
 outages=[],
 # 'today' (= published, 2022-12-03); 'from 2015 through 2017' -> '2015', '2017'. Skipped: 'earlier' (no value)
 dates=[D("today", "2022-12-03"), D("2015", "2015"), D("2017", "2017")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
