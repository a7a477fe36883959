#!/usr/bin/env python3
"""Batch 49f gold annotations (the texts of batch49f.py: the Enforcement Bureau's consent decree with Wisconsin Energy
Corporation (attachment A2 of DA 00-2911, 2000) on radio licences whose control it and its utility subsidiaries took
through mergers and reorganizations without prior consent; the Enforcement Bureau's consent decree with Enron Corp.
(attachment A2 of DA 02-65, 2002) on the private radio and microwave licences held across Enron's affiliates and
subsidiaries), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted
ids dealt along test, train, dev, train (batch10_annotate's write_parts). `published` is null for both decrees:
absolute dates only.
Conventions (batches 15f, 43n-49c of the lane; 33b for the Enforcement Bureau's texts; GUIDELINES section 2): 'X ...
through its utility subsidiaries - A, B and C' -> parentOrganization(each, X) (48l's list of subsidiaries); 'Y and Z
were wholly-owned subsidiaries of X' (through a past year) -> parentOrganization(each, X), recorded though past
(GUIDELINES: ownership stated as past is still recorded; relations carry no time); 'Only one subsidiary, Y' of X ->
parentOrganization(Y, X); unnamed subsidiaries and affiliates -> nothing; a short name in parentheses or quotes ->
alias, as written (without the rendering's space after the opening mark); 'the Enforcement Bureau of the Federal
Communications Commission', written so -> parentOrganization(Enforcement Bureau, Federal Communications Commission)
(49c, after 33b's note on the dev Intrado order); a unit written only with a possessive ('the Enforcement Bureau's
Investigations & Hearings Division') -> Organization, no parentOrganization (the lane's no-link rule, 44g, 48h, 48l);
'X-based' -> the place as a Location (40o's 'Austin-based'); laws, sections, licences, file and account numbers not
annotated; a year alone -> a date of that year (GUIDELINES Dates).
usage: batch49f_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather50f/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L
import batch10_annotate as b10

A = {}
EB = "Enforcement Bureau"
FCC = "Federal Communications Commission"

# ---- Wisconsin Energy Corporation, consent decree (DA 00-2911), published null ---------------------------------------
WE = "Wisconsin Energy Corporation"
WP = "Wisconsin Electric Power Company"
WG = "Wisconsin Gas Company"
ES = "Edison Sault Electric Company"
WN = "Wisconsin Natural Gas Company"
A["us-fcc-wisconsin-energy-wepco-wisconsin-natural-gas-unauthorized-transfer-of-control-consent-decree-2000"] = dict(
 # Organizations: the Enforcement Bureau ('(" Bureau")' -> alias 'Bureau'; again in 'the Enforcement Bureau’s
 # Investigations & Hearings Division'); the Federal Communications Commission (written in full in the first sentence;
 # 'licenses issued by the Commission', 'prior Commission consent' -> alias 'Commission'); the Investigations &
 # Hearings Division (a named unit of the Bureau, as written). Companies: Wisconsin Energy Corporation ('(“ WEC”)' ->
 # alias 'WEC', used throughout; 'The company', 'the company' generic, not aliases); Wisconsin Electric Power Company
 # ('(" WEPCO")' -> alias 'WEPCO'); Wisconsin Gas Company ('(" WGC")' -> 'WGC'); Edison Sault Electric Company ('("
 # ESELCO")' -> 'ESELCO'); Wisconsin Natural Gas Company ('(“ WNG”)' -> 'WNG'). Locations: Milwaukee ('a Milwaukee-
 # based holding company'), Wisconsin ('customers in Wisconsin'), Michigan and Upper Peninsula ('Michigan's Upper
 # Peninsula' -> the state and the region each a Location; **doubtful**: a reader may keep one place, 'Upper
 # Peninsula', or name it with the possessive). No Person (WEC's counsel is unnamed), no role. Not annotated: 'the
 # Licenses' kind ('licenses issued by the Commission', 'radio facilities': licences and stations, not services),
 # 'its non- utility subsidiaries' and their lines of business ('energy services and development, pump
 # manufacturing, waste- to- energy and real estate businesses': unnamed).
 entities=[E("Organization", EB, "Bureau"), E("Organization", FCC, "Commission"),
           E("Organization", "Investigations & Hearings Division"),
           E("Company", WE, "WEC"), E("Company", WP, "WEPCO"), E("Company", WG, "WGC"), E("Company", ES, "ESELCO"),
           E("Company", WN, "WNG"),
           E("Location", "Milwaukee"), E("Location", "Wisconsin"), E("Location", "Michigan"),
           E("Location", "Upper Peninsula")],
 roles=[],
 # - parentOrganization(WEPCO, WEC), parentOrganization(WGC, WEC), parentOrganization(ESELCO, WEC): 'WEC ... serves
 #   ... customers ... through its utility subsidiaries - Wisconsin Electric Power Company (" WEPCO"), Wisconsin Gas
 #   Company (" WGC") and Edison Sault Electric Company (" ESELCO")' (stated, present).
 # - parentOrganization(WNG, WEPCO) and parentOrganization(WEC, WEPCO): 'Through 1986, Wisconsin Natural Gas Company
 #   (“ WNG”) and WEC were wholly- owned subsidiaries of WEPCO' (stated as past, recorded all the same).
 #   **Doubtful**: with parentOrganization(WEPCO, WEC) above the two companies stand as each other's parent (the
 #   1987 reversal that explains it is in the cut sentence); both are what the text states, and relations carry no
 #   time, so both are kept; a reader may drop the past one.
 # - parentOrganization(Enforcement Bureau, Federal Communications Commission): 'the Enforcement Bureau of the
 #   Federal Communications Commission' (49c's call). The Investigations & Hearings Division gets no link to the
 #   Bureau ('the Enforcement Bureau’s Investigations & Hearings Division': the lane's no-link rule for units written
 #   with a possessive; **doubtful**: a reader may link it).
 # Near-misses: 'it acquired control of radio facilities through a succession of mergers and corporate
 #   reorganizations without prior Commission consent' -- no merger partner or target named in the kept text: no
 #   acquired (the 1987 reorganization 'whereby WEC became the holding company of, and acquired all outstanding
 #   shares of stock in,' is cut mid-sentence); WEC's counsel informing the Division and WEC's filings (regulatory
 #   steps, no relation); the unnamed non-utility subsidiaries (nothing).
 relations=[L(WP, "parentOrganization", WE), L(WG, "parentOrganization", WE), L(ES, "parentOrganization", WE),
            L(WN, "parentOrganization", WP), L(WE, "parentOrganization", WP), L(EB, "parentOrganization", FCC)],
 outages=[],
 # `published` null -> absolute dates only: 'December 31, 1999' (the fiscal year's end) -> 1999-12-31; 'March 2000'
 # -> 2000-03; 'June 9, 2000', 'July 11, 2000', 'November 7, 2000' -> their days; 'Through 1986' -> 1986 (a year
 # alone, surface '1986'); '921,000', '$2,272,000, 000' no dates
 dates=[D("December 31, 1999", "1999-12-31"), D("March 2000", "2000-03"), D("June 9, 2000", "2000-06-09"),
        D("July 11, 2000", "2000-07-11"), D("November 7, 2000", "2000-11-07"), D("1986", "1986")])

# ---- Enron Corp. / Enron Broadband Services, Inc., consent decree (DA 02-65), published null -------------------------
EN = "Enron Corp."
EBS = "Enron Broadband Services, Inc."
A["us-fcc-enron-corp-enron-broadband-services-private-radio-licenses-consent-decree-2002"] = dict(
 # Organizations: the Enforcement Bureau ('(``Bureau '')' -> alias 'Bureau'); the Federal Communications Commission
 # (written in full in the first sentence; 'FCC licenses' twice -> alias 'FCC'). Companies: Enron Corp. ('(``Enron'')'
 # -> alias 'Enron', used throughout, also in 'Enron's gas pipelines'); Enron Broadband Services, Inc. (named once, no
 # short name). No Person, no Location ('around the world' is no place), no role. Not annotated: 'an intelligent
 # network platform to facilitate online business' (an unnamed platform: no Service), 'FCC licenses', 'private land
 # mobile radio and fixed non-commercial microwave facilities' (licences and stations), 'communications services'
 # (generic), 'hundreds of affiliates and subsidiaries' (unnamed).
 entities=[E("Organization", EB, "Bureau"), E("Organization", FCC, "FCC"), E("Company", EN, "Enron"),
           E("Company", EBS)],
 roles=[],
 # - parentOrganization(Enron Broadband Services, Inc., Enron Corp.): 'Enron has hundreds of affiliates and
 #   subsidiaries ... Only one subsidiary, Enron Broadband Services, Inc., holds FCC licenses' (stated: one of Enron's
 #   subsidiaries, named).
 # - parentOrganization(Enforcement Bureau, Federal Communications Commission): 'the Enforcement Bureau of the
 #   Federal Communications Commission' (as in the WEC decree and 49c).
 # Near-misses: the unnamed affiliates and subsidiaries that hold 'hundreds of FCC licenses' (nothing); Enron's
 #   lines of business (marketing electricity and gas, the network platform: no named service, no counterpart); the
 #   decree itself (a settlement with the Bureau, not a partnership). **Doubtful**: none on the relations; a reader
 #   might ask whether 'Only one subsidiary' makes Enron Broadband Services a subsidiary of Enron Corp. itself or of
 #   one of its affiliates -- the sentence counts it among Enron's subsidiaries, so Enron Corp. is its parent here.
 relations=[L(EBS, "parentOrganization", EN), L(EB, "parentOrganization", FCC)],
 outages=[],
 # `published` null -> absolute dates only: 'Its revenues in 2000' -> 2000 (a year alone); '$101 billion' no date
 dates=[D("2000", "2000")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
