#!/usr/bin/env python3
"""Batch 45zh gold annotations (the texts of batch45zh.py: Sen. Bill Nelson's release on his letters to nine cable,
telephone and internet companies' CEOs after Hurricane Irma, commerce.senate.gov, 14 September 2017; Sen. Bob Casey's
release on his letter to the Pennsylvania Public Utility Commission after the late-October storm, casey.senate.gov,
undated as held), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Nelson's text is dated 2017-09-14 and its relative expressions are resolved; Casey's has no
`published`, so only absolute expressions would be listed there (it has none) and its outage gets no date
(GUIDELINES, Dates and Outages).
Conventions (the corpus's congressional releases: batches 45e, 45i, 45n, 45q, 45u, 45y and 45zd): the utility or
carrier whose customers lost service -> the outage's provider (Company), null where the text names none; members of
Congress -> Person with no role; a regulator or agency -> Organization; datelines and the addressee's city as written
-> Location (45q's 'GLEN ROCK, NJ', 45u's 'NEW YORK, NY'); storms are events, not entities; party and state labels
('D-FL', 'D-PA') are not entities; demonyms ('Floridians', 'Pennsylvanians', 'Americans') are not annotated; street
addresses are not entities.
usage: batch45zh_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46zh/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10

A = {}

# ---- Nelson's letters to nine providers after Hurricane Irma (commerce.senate.gov; published 2017-09-14) -----------
A["us-senate-commerce-nelson-letters-telecom-ceos-hurricane-irma-rebates-2017"] = dict(
 # Person: Bill Nelson ('U.S. Sen. Bill Nelson'; 'Nelson' four times, "Nelson's" -> alias). Companies: the nine
 # addressees as written -- AT&T, CenturyLink, Charter Communications, Comcast, Cox Enterprises, Frontier
 # Communications, Sprint, T-Mobile, Verizon (Verizon again as the letter's addressee). Organization: Federal
 # Communications Commission ('(FCC)', 'the FCC' -> alias). Person: Lowell McAdam ('Mr. Lowell McAdam'; 'Mr. McAdam'
 # -> alias 'McAdam'). Locations: the dateline 'ORLANDO, FL' (as written), Alabama, Florida (four times), Georgia,
 # 'New York, NY' (the addressee's city, as written; **doubtful**: a reader may leave an address line out). Not
 # annotated: '140 West Street' and '10007' (address), 'Floridians', 'Americans' (demonyms), 'Hurricane Irma' (a storm:
 # an event), '(D-FL)' (party and state label), 'the nation's largest cable, telephone and internet providers'
 # (generic), 'pdf' (a file format)
 entities=[E("Person", "Bill Nelson", "Nelson"),
           E("Company", "AT&T"), E("Company", "CenturyLink"), E("Company", "Charter Communications"),
           E("Company", "Comcast"), E("Company", "Cox Enterprises"), E("Company", "Frontier Communications"),
           E("Company", "Sprint"), E("Company", "T-Mobile"), E("Company", "Verizon"),
           E("Organization", "Federal Communications Commission", "FCC"),
           E("Person", "Lowell McAdam", "McAdam")]
          + locs("ORLANDO, FL", "Alabama", "Florida", "Georgia", "New York, NY"),
 # Roles: 'Mr. Lowell McAdam / Chairman and CEO / Verizon' (the letter's address block) -> chairman and ceo at
 # Verizon, current (both posts named: GUIDELINES, Roles). Nelson: a legislator, none ('the CEOs of' the nine
 # companies are unnamed apart from McAdam)
 roles=[R("Lowell McAdam", "chairman", "Verizon"), R("Lowell McAdam", "ceo", "Verizon")],
 # No relation: letters from a senator to companies are no partnership; no service is named
 relations=[],
 # Three outages the text tells apart, all after Hurricane Irma, none with a provider the text names:
 # (1) 'at least 8.1 million cable and wireline subscribers are without service in Alabama, Florida, and Georgia due to
 #     Hurricane Irma' -> provider null (**doubtful**, the round's main doubt: the release asks the nine named
 #     companies for 'rebates for service interruptions', so a reader may give each of them an outage, but the text
 #     never says whose subscribers lost service or splits the count by company -- as 45zd's Maloney, the utilities
 #     met are not made providers); location null (**doubtful**: three states, and the outage field holds one place;
 #     a reader may give 'Florida'); date null ('yesterday' dates the FCC's data, 2017-09-13, not the outage's start;
 #     the landfall day is not in the text); cause 'Hurricane Irma'; affected [] (subscribers).
 # (2) '18 percent of cell sites in Florida were out of service' -> provider null, location Florida, cause 'Hurricane
 #     Irma' (the sentence follows the Irma count with 'Additionally'; a wireless outage, told apart from the wireline
 #     and cable count by its service), date null.
 # (3) Irma 'knocking out power for millions of people' (the letter) -> provider null, location Florida ('much of the
 #     state'), cause 'Hurricane Irma', date null (**doubtful**: a power outage told in passing; Irma's power outages
 #     are already test doe-working-together-restore-power-after-hurricane-irma-2017's, location null there -- kept
 #     because the text tells it; a reader may see it as background to the telecom outages).
 # **Near-misses**: the 60-day moratorium on late fees and the rebates (remedies, no event); 'restoring communications
 # service' (the restoration, not another outage); 'flooding neighborhoods' (damage, no service lost)
 outages=[O(None, None, [], cause="Hurricane Irma"),
          O(None, None, [], loc="Florida", cause="Hurricane Irma"),
          O(None, None, [], loc="Florida", cause="Hurricane Irma")],
 # published 2017-09-14 (a Thursday): 'today' -> 2017-09-14 (the letters); 'yesterday' -> 2017-09-13 (the FCC's
 # data); 'September 14, 2017' (the letter's date) -> 2017-09-14, its own item (another text, the same value).
 # Skipped: '60-day' (a span)
 dates=[D("today", "2017-09-14"), D("yesterday", "2017-09-13"), D("September 14, 2017", "2017-09-14")])

# ---- Casey to the Pennsylvania PUC on the late-October storm's outages (casey.senate.gov; published null) ----------
A["us-senate-casey-letter-puc-october-storm-pennsylvania-power-outages-2011"] = dict(
 # Person: Bob Casey ('U.S. Senator Bob Casey'; 'Senator Casey' three times, 'Casey', "Senator Casey's" -> alias
 # 'Casey'). Organization: Pennsylvania Public Utility Commission ('(PUC)' and 'the Public Utility Commission' twice ->
 # aliases 'PUC', 'Public Utility Commission'). Locations: the dateline 'WASHINGTON, DC' (as written), Pennsylvania
 # (twice as a place). Not annotated: '(D-PA)' (party and state label), 'Pennsylvanians' (demonym), 'the state' and
 # 'our state' (no name), the storms (events)
 entities=[E("Person", "Bob Casey", "Casey"),
           E("Organization", "Pennsylvania Public Utility Commission", "PUC", "Public Utility Commission")]
          + locs("WASHINGTON, DC", "Pennsylvania"),
 # No role: Casey is a legislator; the PUC's chairman is named only in the letter's address line, past the cut
 roles=[],
 relations=[],
 # One outage: 'continuing power outages that have blanketed parts of the state since a late October storm',
 # '15,000 Pennsylvanians had been without power for nearly a week due to the winter storm', 'fall's first storm hit
 # Pennsylvania ... the slow pace of turning the power back on has left large swaths of the state without
 # electricity' -> provider null (no utility is named anywhere in the excerpt: **doubtful** only in that a reader
 # knowing the record would name FirstEnergy's and PPL's companies); location Pennsylvania; cause 'late October storm'
 # (as written; 'the winter storm' and 'fall's first storm' are the same storm); date null (`published` null and
 # 'late October' has no year: GUIDELINES, Outages); no start or end; duration null ('for nearly a week' is
 # approximate and is how long 15,000 had waited, not the outage's length: **doubtful**, a reader may give 168);
 # affected [] (people).
 # **Near-misses**: the PUC investigation Casey asks for (a remedy, no event); 'pump water from their wells' (a
 # consequence of the power outage, not a water utility's outage); 'won't be left in the dark for much of the winter'
 # (a fear, no event)
 outages=[O(None, None, [], loc="Pennsylvania", cause="late October storm")],
 # published null: no absolute expression ('Today', 'Friday morning', 'Last month', 'Last weekend', 'A week later':
 # relative, skipped; 'late October' has no year; 'winter', 'fall' seasons without a year)
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
