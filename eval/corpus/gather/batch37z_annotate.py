#!/usr/bin/env python3
"""Batch 37z gold annotations (the texts of batch37z.py: two daily FCC Disaster Information Reporting System status
reports on communications in hurricane areas -- Hurricane Idalia, 2 September 2023, and Hurricane Matthew, 8 October
2016 -- and the PSHSB's notice of 19 September 2018 partly deactivating DIRS for Hurricane Florence), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids
dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published` (each
report's own date).
Conventions, taken from the Hurricane Ian report of batch 36 (us-fcc-communications-status-report-hurricane-ian-
october-2022) so the status reports read alike: the FCC -> Organization (alias 'FCC'); the Public Safety and
Homeland Security Bureau and the Public Safety Support Center -> Organization, the Center with parentOrganization the
FCC ('the FCC's Public Safety Support Center'); '911' -> Service; each state and each county named in the DIRS lists
-> Location (bare county names, as the lists give them); the Disaster Information Reporting System not annotated (as
the Ian report left it; doubtful: a Service run by the FCC); the hurricane itself not an entity.
usage: batch37z_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather38z/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10

A = {}
FCC = "Federal Communications Commission"
PSSC = "Public Safety Support Center"



# ---- Hurricane Idalia, 2 September 2023 ----------------------------------------------------------------------------
A["us-fcc-communications-status-report-hurricane-idalia-2023"] = dict(
 # FCC; PSHSB; the Center; 911 (in '911 Services', '911 Service Providers', 'state 911 Administrators'); Florida
 # (also 'FLORIDA' heading the county list: the same name case-blind, no alias); the thirteen counties of the
 # DIRS area. Not annotated: DIRS (see the
 # module note), 'PSAP'/'PSAPs' (a kind of facility), 'communications carriers', 'providers' (unnamed), Hurricane
 # Idalia (a storm, no entity type; it is the outage's cause below)
 entities=[E("Organization", FCC, "FCC"),
           E("Organization", "Public Safety and Homeland Security Bureau", "PSHSB"),
           E("Organization", PSSC), E("Service", "911"), E("Location", "Florida")]
          + locs("Alachua", "Baker", "Bradford", "Columbia", "Dixie", "Gilchrist", "Hamilton", "Jefferson",
                 "Lafayette", "Levy", "Madison", "Suwannee", "Union"),
 roles=[],
 # 'the FCC's Public Safety Support Center'. The PSHSB is not said in the kept text to be the FCC's (left out, as in
 # the Ian report)
 relations=[L(PSSC, "parentOrganization", FCC)],
 # one outage: '4.1% of cell sites in Florida are out of service' in the hurricane's DIRS area -- real service lost,
 # the carriers unnamed ('communications carriers providing services in Florida'): provider null, affected [] (no
 # named service is hit: wireless service by cell sites; not '911', since the text says no PSAP is affected),
 # date null (the outage's first day is not stated; 2 September is only the day of the snapshot;
 # doubtful: 2023-09-02), location Florida, cause 'Hurricane Idalia' (the report is on 'areas impacted by
 # Hurricane Idalia'; the causes by site are in the cut tables). Near-miss kept beside it: 'There are no PSAPs
 # reported as being affected' -- no 911 outage
 outages=[O(None, None, [], loc="Florida", cause="Hurricane Idalia")],
 # published 2023-09-02: 'September 2, 2023' -> 2023-09-02; '12:00 p.m.' -> 2023-09-02T12:00; 'today' (in
 # 'today's report') -> 2023-09-02
 dates=[D("September 2, 2023", "2023-09-02"), D("12:00 p.m.", "2023-09-02T12:00"), D("today", "2023-09-02")])
# ---- Hurricane Matthew, 8 October 2016 -----------------------------------------------------------------------------
A["us-fcc-communications-status-report-hurricane-matthew-2016"] = dict(
 # FCC (as 'Federal Communications Commission's' and 'FCC's'); PSHSB; the Center (alias 'PSSC'); 911; the three
 # states and their 39 counties as listed; Bulloch County (in 'The Bulloch County, Georgia PSAP'). Not annotated:
 # DIRS (module note), 'PSAP(s)', 'Public Safety Answering Point' (a facility kind), the unnamed 'adjacent PSAP'
 entities=[E("Organization", FCC, "FCC"),
           E("Organization", "Public Safety and Homeland Security Bureau", "PSHSB"),
           E("Organization", PSSC, "PSSC"), E("Service", "911"),
           E("Location", "Florida"), E("Location", "Georgia"), E("Location", "South Carolina")]
          + locs("Brevard", "Broward", "Clay", "Collier", "Duval", "Flagler", "Glades", "Hendry", "Highlands",
                 "Indian River", "Lake", "Marion", "Martin", "Miami-Dade", "Monroe", "Nassau", "Okeechobee",
                 "Orange", "Osceola", "Palm Beach", "Polk", "Putnam", "Saint Johns", "Saint Lucie", "Seminole",
                 "Volusia",
                 "Bryan", "Camden", "Chatham", "Glynn", "Liberty", "McIntosh",
                 "Beaufort", "Berkeley", "Charleston", "Colleton", "Dorchester", "Georgetown", "Jasper",
                 "Bulloch County"),
 roles=[],
 # 'the FCC's Public Safety Support Center (PSSC)'
 relations=[L(PSSC, "parentOrganization", FCC)],
 # one outage: 'The Bulloch County, Georgia PSAP has been rerouted to an adjacent PSAP (no call loss reported)' --
 # the county's 911 answering point out of service, its calls taken elsewhere (as the Ian report's rerouted
 # Sanibel PSAP was annotated): provider null (the PSAP is not named as a body; doubtful: the Ian report made the
 # named PSAP the provider), affected ['911'], date null (not stated; 8 October is the snapshot), location
 # 'Bulloch County', cause 'Hurricane Matthew' (the report's subject; doubtful: not said of this PSAP in so many
 # words). 'There are no PSAPs down that have not had calls rerouted' is no further outage. Doubtful as a whole:
 # with 'no call loss reported' a reader could call the rerouting a near-miss
 outages=[O(None, None, ["911"], loc="Bulloch County", cause="Hurricane Matthew")],
 # published 2016-10-08: 'October 8, 2016' -> 2016-10-08; '11:00 a.m.' -> 2016-10-08T11:00 (the text says 'EST')
 dates=[D("October 8, 2016", "2016-10-08"), D("11:00 a.m.", "2016-10-08T11:00")])

# ---- near-miss: Hurricane Florence, DIRS partially deactivated, 19 September 2018 ----------------------------------
A["us-fcc-pshsb-dirs-partial-deactivation-hurricane-florence-2018"] = dict(
 # FEMA and the FCC -> Organization; the four states (written 'GEORGIA', 'SOUTH CAROLINA', 'VIRGINIA', 'NORTH
 # CAROLINA' heading their lists, the only surface forms, so the names are kept as written: the scorer compares
 # names case-blind) and every
 # county or independent city listed -> Location (Beaufort, Chatham and Lee are listed under two states each; one
 # item per name). 'Florence' is both the storm ('Hurricane Florence', twice, not an entity) and a South Carolina
 # county (Location; doubtful: an extractor's 'Florence' from the storm's name would match it). Not annotated:
 # DIRS (module note; here 'its Disaster Information Reporting System', the FCC's -- doubtful: Service with provider
 # the FCC), 'Communications providers', 'government partners' (unnamed)
 entities=[E("Organization", "Federal Emergency Management Agency"), E("Organization", FCC, "FCC"),
           E("Location", "GEORGIA"), E("Location", "SOUTH CAROLINA"), E("Location", "VIRGINIA"),
           E("Location", "NORTH CAROLINA")]
          + locs("Appling", "Bacon", "Bryan", "Bulloch", "Burke", "Candler", "Chatham", "Effingham", "Emanuel",
                 "Evans", "Jeff Davis", "Jefferson", "Jenkins", "Liberty", "Long", "Mcintosh", "Montgomery",
                 "Screven", "Tattnall", "Toombs", "Treutlen", "Wayne",
                 "Allendale", "Bamberg", "Barnwell", "Beaufort", "Berkeley", "Calhoun", "Charleston",
                 "Chesterfield", "Clarendon", "Colleton", "Darlington", "Dillon", "Dorchester", "Florence",
                 "Georgetown", "Hampton", "Horry", "Jasper", "Kershaw", "Lee", "Marion", "Marlboro", "Orangeburg",
                 "Richland", "Sumter", "Williamsburg",
                 "Chesapeake City", "Suffolk City", "Virginia Beach City",
                 "Anson", "Bertie", "Bladen", "Brunswick", "Camden", "Carteret", "Chowan", "Columbus", "Craven",
                 "Cumberland", "Currituck", "Dare", "Duplin", "Edgecombe", "Franklin", "Gates", "Greene", "Halifax",
                 "Harnett", "Hertford", "Hoke", "Hyde", "Johnston", "Jones", "Lenoir", "Martin", "Moore", "Nash",
                 "New Hanover"),
 roles=[],
 # none: 'At the request of the Federal Emergency Management Agency' is a request, not a partnership
 relations=[],
 # no outage item: the notice stands a reporting system down for counties where providers need report no more, 'to
 # support remaining restoration efforts' -- no service is said to be lost (a near-miss; the storm's outages are
 # only implied by 'restoration')
 outages=[],
 # published 2018-09-19; the kept body holds no date expression (the release date is in the left-out release line)
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
