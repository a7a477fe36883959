#!/usr/bin/env python3
"""Batch 53zs gold annotations (the texts of batch53zs.py: the SEC's administrative-proceeding summary of 2 March 2023 --
'settled charges against Utah-based brokerage firm Cambria Capital, LLC for failing to file Suspicious Activity Reports
(SARs)', the investigation 'conducted Adam S. Ross, Heather L. Freiburger, and Jeb Wildschut' and 'supervised by Mary S.
Brady, Nicholas P. Heinke, and Jason J. Burt of the Denver Regional Office'; and its announcement of 12 November 2024 --
'antifraud charges against Elanco Animal Health Inc.' over its revenue-growth statements and 'quarter-end sales
incentives'), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids
dealt along test, train, dev, train (batch10_annotate's write_parts): Cambria -> test, Elanco -> train. Dates resolve
against `published`.
Conventions (the federal SEC lane's, batches 18a, 40zm ... 52ze, 53d, 53i, 53q, 53x, 53zg, 53zj, 53zl, 53zp; looked up
in GATHERING.md and GUIDELINES) -- the Commission under its full name with alias 'SEC' where the text writes both, and
alias 'Commission' where 'the Commission' stands for it (41m's ABB); 'X-based' -> the place as a Location; SEC staff
named as conducting or supervising an investigation 'of the <City> Regional Office' -> Persons with no role (no post
written; 41e's Julia C. Green, 41m's Tracy L. Davis), and the Office parentOrganization the SEC (41m's reading, doubtful
where 'the SEC's' does not stand before the office's name); the date opening an AP summary's first paragraph -> a date
item (41m, 41n); a release's 'today' -> the release date; 'the first quarter of 2019' -> 2019-Q1 (GUIDELINES' quarters);
one date item per distinct text and value; years inside the names of Acts ('of 1934', 'of 1933') skipped; a word in the
title only (Elanco's 'Indiana-Based') not annotated (annotate the text, not the title).
usage: batch53zs_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54zs/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
CAM = "Cambria Capital, LLC"
DRO = "Denver Regional Office"
EL = "Elanco Animal Health Inc."
A = {}

# ---- Cambria Capital, LLC, File No. 3-21319, published 2023-03-02 (a Thursday) ----------------------------------------
A["us-sec-cambria-capital-utah-broker-dealer-suspicious-activity-reports-denver-regional-office-2023"] = dict(
 # The Securities and Exchange Commission ("The SEC's order" twice, "The SEC's investigation": alias 'SEC';
 # 'broker-dealers registered with the Commission': alias 'Commission', as 41m's ABB -- **doubtful** only in that a
 # reader may take 'the Commission' there as a generic reference; it can only be this Commission); Utah ('Utah-based
 # brokerage firm': Location, as 'X-based'); Cambria Capital, LLC ('Cambria' throughout, "Cambria's": alias; Company,
 # 'brokerage firm'); Adam S. Ross, Heather L. Freiburger, Jeb Wildschut, Mary S. Brady, Nicholas P. Heinke, Jason J.
 # Burt (Persons, SEC staff); the Denver Regional Office (Organization; 'Denver' inside the office's name, no separate
 # Location, as 41m's San Francisco Regional Office). Not annotated: 'Suspicious Activity Reports (SARs)' (a report
 # type), 'Bank Secrecy Act', 'Securities Exchange Act of 1934', 'Rule 17a-8' (laws and rules), 'customer accounts',
 # 'an independent compliance consultant' (unnamed), 'microcap securities' (generic)
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Location", "Utah"),
           E("Company", CAM, "Cambria"),
           E("Person", "Adam S. Ross"),
           E("Person", "Heather L. Freiburger"),
           E("Person", "Jeb Wildschut"),
           E("Person", "Mary S. Brady"),
           E("Person", "Nicholas P. Heinke"),
           E("Person", "Jason J. Burt"),
           E("Organization", DRO)],
 # No role. The six staff members are named as conducting ('conducted Adam S. Ross, ...', the page's wording without
 # 'by') or supervising the investigation, with no post written -> no role (41e, 41m; a reader may set other at the
 # Office, as SEC staff -- the most likely reader addition; **doubtful** also how far 'of the Denver Regional Office'
 # reaches: all three supervisors, or all six staff). No officer of Cambria is named (a company-only order: near-miss)
 roles=[],
 # parentOrganization(Denver Regional Office, Securities and Exchange Commission) -- "The SEC's investigation ...
 # supervised by ... of the Denver Regional Office" (41m's reading; **doubtful**, as 'the SEC's' does not stand before
 # the office's name). Near-misses: the 'independent compliance consultant' Cambria must retain (unnamed, no partner);
 # Cambria's customers (unnamed); Cambria Investment Management and the Cambria ETF Trust (other firms, not in the text)
 relations=[L(DRO, "parentOrganization", SEC)],
 outages=[],
 # 'March 2, 2023' (opening the first paragraph, = published); 'today' (= published); 'March 2017' -> 2017-03; 'May
 # 2019' -> 2019-05 ('from March 2017 through May 2019'). Skipped: '1934' inside the Act's name; the left-out date
 # line and footer (not text)
 dates=[D("March 2, 2023", "2023-03-02"), D("today", "2023-03-02"), D("March 2017", "2017-03"),
        D("May 2019", "2019-05")])

# ---- Elanco Animal Health Inc., File No. 3-22309, published 2024-11-12 (a Tuesday) ------------------------------------
A["us-sec-elanco-animal-health-quarter-end-sales-incentives-revenue-growth-antifraud-2024"] = dict(
 # The Securities and Exchange Commission ("the SEC's Order" twice, "the SEC's findings" is past the cut: alias 'SEC');
 # Elanco Animal Health Inc. ('Elanco' throughout: alias; Company). Not annotated: 'Indiana' (in the title only:
 # near-miss), 'its distributors' and 'end-user' (unnamed), 'the COVID-19 pandemic' (an event, not an entity), the
 # 'Order' (a document), 'Securities Act of 1933', 'Securities Exchange Act of 1934' and the Rules (laws)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", EL, "Elanco")],
 # No role: no person is named in the kept text (a company-only release; near-miss)
 roles=[],
 # No relation. Near-misses: Elanco's distributors (unnamed; a supply relation with no named partner); Eli Lilly and
 # Company, Elanco's former parent (the 2018 spin-off is told by avma.org's copy, not by the SEC's kept text)
 relations=[],
 outages=[],
 # 'November 12, 2024' (opening the first paragraph, = published); 'today' (= published); 'the first quarter of 2019'
 # -> 2019-Q1; 'the first quarter of 2020' (twice: 'through the first quarter of 2020', 'in the first quarter of 2020';
 # one item, same text and value) -> 2020-Q1. Skipped: '1933' and '1934' inside the Acts' names; 'before the pandemic
 # began' (no calendar value written)
 dates=[D("November 12, 2024", "2024-11-12"), D("today", "2024-11-12"),
        D("the first quarter of 2019", "2019-Q1"), D("the first quarter of 2020", "2020-Q1")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
