#!/usr/bin/env python3
"""Gold annotations for batch 58i (session 55, gatherer 58i): the federal text batch58i.py writes -- CFTC press release
8662-23, 'CFTC Announces Postponement of Commitments of Traders Report' (February 16, 2023, cftc.gov): the staff's
statement on reporting delays due to the cyber-related incident at ION Cleared Derivatives (a subsidiary of ION
Markets) -- written from the text alone; newskg was not run on it.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
the one id -> test (as write_parts dealt it).
Dates resolve against `published` (the release's date line, February 16, 2023, a Thursday).
Conventions (the federal SEC/CFTC lane's, batches 49k, 50a, 55h, 57d and 58b; the outage rules of GUIDELINES.md part 2
and the cyber-incident files of the UK and US rounds, looked up in the gather scripts): the CFTC as 'Commodity Futures
Trading Commission' with the alias 'CFTC' (Organization); a division named only in a coordinated phrase ('Divisions of
Clearing and Risk, Market Participants, Data, and Market Oversight') -> no entity, since no division's own name is
written whole; 'X (a subsidiary of Y)' -> parentOrganization(X, Y); a cyber incident at a service provider that leaves
firms unable to do what its services do -> an outage whose provider is the firm named as the incident's site, cause
the text's phrase, date null when the text gives no day, month or year for its start (as the British Library and JLR
files), affected empty when no service or organisation hit is named (57d's Deutsche Bank outage); a weekday with a day
and month -> the day (the year from `published` when not written); 'mid-March' -> the month (GUIDELINES: 'the end of
the month' -> the month); 'weekly', 'as early as', 'Thereafter' -> nothing.
usage: batch58i_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather59i/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O
import batch10_annotate as b10

CFTC = "Commodity Futures Trading Commission"
ICD = "ION Cleared Derivatives"
IM = "ION Markets"
A = {}

# ---- ION Cleared Derivatives / ION Markets, CFTC press release 8662-23, published 2023-02-16 (a Thursday) -------------
A["us-cftc-ion-cleared-derivatives-subsidiary-ion-markets-cyber-incident-commitments-of-traders-postponed-2023"] = dict(
 # The Commodity Futures Trading Commission ('to the CFTC' twice, 'CFTC staff': alias 'CFTC'; Organization); ION
 # Cleared Derivatives ('the cyber-related incident at ION Cleared Derivatives', then 'the ION cyber-related incident':
 # alias 'ION' -- **doubtful**: 'ION' is also the first word of its parent's name, and a reader may give the short
 # form to ION Markets or to neither; it names the incident's site, which the first sentence says is ION Cleared
 # Derivatives; Company); ION Markets (Company, its full name only). Not annotated: the four divisions ('Divisions of
 # Clearing and Risk, Market Participants, Data, and Market Oversight': no division's name written whole -- near-miss);
 # 'Staff', 'CFTC staff' (unnamed people); 'reporting firms' (unnamed); 'the public'; the 'Commitments of Traders
 # (CoT) report' (a statistical publication of the CFTC, not an app, website or platform -- near-miss, **doubtful**:
 # a reader may make it a Service provided by the CFTC); 'cleared derivatives order management, order execution,
 # trading, and trade processing' (kinds of service, no named product); the title's words (the title is not
 # annotated apart from the text)
 entities=[E("Organization", CFTC, "CFTC"),
           E("Company", ICD, "ION"),
           E("Company", IM)],
 # No person is named: no role. **Near-misses**: the divisions' 'Staff' and 'CFTC staff' (unnamed, no title)
 roles=[],
 # 'ION Cleared Derivatives (a subsidiary of ION Markets)' -> parentOrganization(ION Cleared Derivatives, ION
 # Markets). **Near-misses**: ION Cleared Derivatives 'a third-party service provider of cleared derivatives order
 # management ...' (no named Service and no named customer: no provider, no partner); the reporting firms and the
 # CFTC (a reporting duty, not a partnership)
 relations=[L(ICD, "parentOrganization", IM)],
 # One outage: 'the cyber-related incident at ION Cleared Derivatives ... a third-party service provider of cleared
 # derivatives order management, order execution, trading, and trade processing', after which 'reporting firms are
 # continuing to experience some issues submitting timely and accurate data to the CFTC' -> provider ION Cleared
 # Derivatives, cause 'cyber-related incident'. date null: the text gives no day, month or year for the incident's
 # start (the missed report of 'Friday, February 3, 2023' shows only that the trouble had begun by then -- a reader
 # may give 2023-02 or 2023, **doubtful**); affected empty: the firms hit are unnamed and the CoT report is not an
 # entity (**doubtful**: a reader may list the CFTC, whose data and report were delayed); no start, end, duration or
 # place stated. **Near-misses**: the postponement of the CoT report ('will be postponed', 'missed CoT reports') is
 # the CFTC's own decision, a planned pause of a publication, not a second outage; 'reporting delays' (the same
 # incident's effect, not told apart)
 outages=[O(ICD, None, [], cause="cyber-related incident")],
 # 'today' ('today released the following statement') -> 2023-02-16 (`published`); 'Friday, February 17' -> 2023-02-17
 # (the Friday after the release; the year from `published`); 'Friday, February 24, 2023' -> 2023-02-24; 'Friday,
 # February 3, 2023' -> 2023-02-03; 'mid-March' -> 2023-03 (the March after the release; the middle of a month -> the
 # month). Not dates: 'weekly', 'usual weekly schedule' (a frequency); 'Thereafter', 'After that' (no calendar value);
 # the left-out date line and release number
 dates=[D("today", "2023-02-16"), D("Friday, February 17", "2023-02-17"), D("Friday, February 24, 2023", "2023-02-24"),
        D("Friday, February 3, 2023", "2023-02-03"), D("mid-March", "2023-03")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
