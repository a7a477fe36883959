#!/usr/bin/env python3
"""Batch 39g gold annotations (the texts of batch39g.py: the FCC's DIRS status report on Hurricane Lee of 17 September
2023 and Chairman Ajit Pai's statement 'FCC Response to Hurricanes Harvey, Irma, and Maria'), written from the texts
alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev,
train (batch10_annotate's write_parts). Dates resolve against `published` (the Lee report's own date; the statement's
`published` is null, so only absolute expressions count there, and it has none).
Conventions: the status report follows batch 37z's Idalia and Matthew reports (and batch 36's Hurricane Ian report):
the FCC -> Organization (alias 'FCC'); the Public Safety and Homeland Security Bureau and the Public Safety Support
Center -> Organization, the Center parentOrganization the FCC ('the FCC's Public Safety Support Center'); '911' ->
Service; each state and county named -> Location (bare county names, as listed); DIRS not annotated (doubtful: a
Service run by the FCC); the hurricane no entity. The statement follows batch 16a2's and batch 18e's FCC statements:
header (the author) left out of the text, so no role for him; storms no entities; carriers whose service is not said
to have failed get no outage.
usage: batch39g_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather40g/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, locs
import batch10_annotate as b10

A = {}
FCC = "Federal Communications Commission"
PSSC = "Public Safety Support Center"



# ---- Hurricane Lee, 17 September 2023 ------------------------------------------------------------------------------
A["us-fcc-communications-status-report-hurricane-lee-2023"] = dict(
 # FCC; PSHSB; the Center; 911 (in '911 Services', '911 Service Providers', 'state 911 Administrators'); Maine and
 # Massachusetts (each also heading its county list and its PSAP line); the ten counties of the DIRS area (Washington,
 # Lincoln, York, Cumberland, Hancock, Knox as county names here). Not annotated: DIRS (module note), 'PSAP'/'PSAPs'
 # (a kind of facility), 'communications providers'/'communications carriers' (unnamed), Hurricane Lee (a storm;
 # the outage's cause below)
 entities=[E("Organization", FCC, "FCC"),
           E("Organization", "Public Safety and Homeland Security Bureau", "PSHSB"),
           E("Organization", PSSC), E("Service", "911"),
           E("Location", "Maine"), E("Location", "Massachusetts")]
          + locs("Cumberland", "Hancock", "Knox", "Lincoln", "Sagadahoc", "Waldo", "Washington", "York",
                 "Barnstable", "Nantucket"),
 roles=[],
 # 'the FCC's Public Safety Support Center'; the PSHSB is not said in the kept text to be the FCC's (as 37z)
 relations=[L(PSSC, "parentOrganization", FCC)],
 # one outage: '0.7% of the cell sites in the affected area are out of service' -- wireless service lost at some
 # sites, the carriers unnamed ('communications carriers providing services in Maine and Massachusetts'): provider
 # null, affected [] (no named service: not '911', since no PSAP in either state is affected), date null (the first
 # day is not stated; 17 September is the snapshot's day -- doubtful: 2023-09-17, as 37z's Idalia), location null
 # (the affected area spans both states' listed counties; doubtful: 'Maine', where eight of the ten counties are),
 # cause 'Hurricane Lee' (the report is on 'areas impacted by Hurricane Lee'; the per-site causes are in the cut
 # table). The two no-PSAP lines are the near-miss half of the text; no 911 outage
 outages=[O(None, None, [], cause="Hurricane Lee")],
 # published 2023-09-17: 'September 17, 2023' -> 2023-09-17; '12:00 p.m.' -> 2023-09-17T12:00 (EDT); 'today' (in
 # 'today's report') -> 2023-09-17
 dates=[D("September 17, 2023", "2023-09-17"), D("12:00 p.m.", "2023-09-17T12:00"), D("today", "2023-09-17")])

# ---- Chairman Pai's statement on Harvey, Irma and Maria (Puerto Rico) ----------------------------------------------
A["us-fcc-pai-statement-hurricanes-harvey-irma-maria-puerto-rico-no-power-cell-sites"] = dict(
 # 'FCC' (the only surface form: 'FCC Response', 'the FCC continues', 'the FCC stands ready') -> Organization;
 # the Department of Homeland Security and the Federal Emergency Management Agency (alias 'FEMA') -> Organization
 # (no relation: the text lists them side by side and does not say FEMA is part of DHS); Fowlkes, Anderson and
 # Clyburn -> Person (surnames only, as written); Texas, the Florida Keys, Puerto Rico, the U.S. Virgin Islands,
 # Florida -> Location; Open Mobile ('a provider of wireless services in Puerto Rico') -> Company; 'Claro (or the
 # Puerto Rico Telephone Company)' -> one Company, the fullest form as name and 'Claro' as alias (the text gives the
 # two names as one carrier). Not annotated: Hurricanes Harvey, Irma and Maria (storms), 'the largest national
 # carriers serving Puerto Rico' (unnamed), 'wireless services' (generic)
 entities=[E("Organization", "FCC"), E("Person", "Fowlkes"), E("Person", "Anderson"), E("Person", "Clyburn"),
           E("Organization", "Department of Homeland Security"),
           E("Organization", "Federal Emergency Management Agency", "FEMA"),
           E("Company", "Open Mobile"), E("Company", "Puerto Rico Telephone Company", "Claro")]
          + locs("Texas", "Florida Keys", "Puerto Rico", "U.S. Virgin Islands", "Florida"),
 # none: 'Bureau Chief Fowlkes' and 'Division Chief Anderson' head a bureau and a division the text does not name;
 # 'Commissioner Clyburn' -- the body is not named in the kept text (doubtful: 'other' at the FCC, which a reader of
 # an FCC chairman's statement would infer; the header naming the author is left out, so nothing in the text ties
 # her to the FCC in words)
 roles=[],
 # none: 'assist these companies in restoring communications' is help, not a partnership; Open Mobile's wireless
 # services are unnamed
 relations=[],
 # two outages told apart in one clause, 'especially in Puerto Rico -- where there is no power and where 91% of cell
 # sites remain out of service': (1) electric power out across Puerto Rico and (2) 91% of the island's cell sites
 # out of service. Both: provider null (no utility is named; no carrier is said to be the one whose sites are down --
 # doubtful: Open Mobile and the Puerto Rico Telephone Company are named as companies the FCC will help to restore
 # communications, so a reader could take either as a provider; the text ties no outage to one of them), date null
 # (`published` null and no day stated), no start, end or duration, affected [], location Puerto Rico, cause null
 # (the text puts Puerto Rico's destruction down to 'this hurricane season', with Harvey, Irma and Maria in the Re:
 # line; no one storm is named as the cause -- doubtful: 'Hurricane Maria'). Doubtful as a count: one item for the
 # clause (as batch 39c's Isabel sentence) would also be defensible
 outages=[O(None, None, [], loc="Puerto Rico"), O(None, None, [], loc="Puerto Rico")],
 # published null: only absolute expressions count, and there are none ('This month', 'Over the weekend' skipped)
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
