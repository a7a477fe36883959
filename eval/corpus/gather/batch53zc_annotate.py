#!/usr/bin/env python3
"""Gold for batch 53zc (session 54, gatherer lane zc): one FCC Media Bureau letter on a television licence assignment, of
2005 (DA 05-1693 of 17 June 2005, on the applications to assign the licences of KVII-TV, Amarillo, Texas and KVIH-TV,
Clovis, New Mexico from NVG-Amarillo, Inc. to Barrington Broadcasting Texas Corporation, with Barrington's request to
go on running KVIH-TV as a satellite of KVII-TV -- the FCC's EDOCS text rendering), written from the text alone;
newskg was not run on it. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train
(batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-53zb of the lane; GUIDELINES section 2): an assignment application whose grant is not in
the kept text (the kept text stops before the Bureau's ruling) -> acquired(assignee, the station) only, as a pending
application (52z's KWCH, WTVK and London letters; **doubtful**: a reader may give nothing before a grant); the assignor
named with 'from' -> parentOrganization(station, assignor) (the lane's assignor call, 51j/51r, 52z); a station run 'as
a satellite of' another -> no relation (52x, 52z, 53z, 53zb); stations -> Company, call signs as written, the
rendering's spaced 'KVII- TV' included (the names must match the text; 52z's 'KWCH- TV'); short names in parentheses
-> aliases; 'the Commission' -> Organization 'Commission' (52p, 52x, 52z); place names -> Location as written, a city
and its state apart; 'Television Satellite Stations' (a Commission decision's short name), 'City Grade', 'Note 5 of
Section 73.3555', file and ID numbers not annotated; the reference line is part of the text and annotated with it;
the `title` is not annotated apart.
usage: batch53zc_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54zc/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- NVG-Amarillo -> Barrington Broadcasting Texas Corporation; KVIH-TV satellite of KVII-TV (DA 05-1693), 2005 -----
NVG = "NVG- Amarillo, Inc."
BAR = "Barrington Broadcasting Texas Corporation"
ST = ["KVII- TV", "KVIH- TV"]
A["us-fcc-nvg-amarillo-barrington-broadcasting-texas-kvii-tv-kvih-tv-satellite-assignment-letter-2005"] = dict(
 # Companies: KVII- TV and KVIH- TV as written (each in the 'Re:' line and twice in the body); NVG- Amarillo, Inc. (as
 # written, the rendering's space after the hyphen kept; '(NVG)' -> alias); Barrington Broadcasting Texas Corporation
 # ('(Barrington)' and 'Barrington' once more -> alias). Organization: Commission ('the Commission\u2019s Rules', 'the
 # Commission\u2019s television satellite policy'). Locations, as written: Amarillo, Texas, Clovis, New Mexico (each
 # twice: the 'Re:' line and the body). Not annotated: 'Television Satellite Stations' (a Commission decision's short
 # name), 'City Grade', 'Note 5 of Section 73.3555', the file and ID numbers, 'the parent' / 'the satellite' (generic).
 # No person (the addressee blocks with counsel were left out). **Doubtful**: 'Amarillo' also sits inside the
 # assignor's name 'NVG- Amarillo, Inc.' (the Location is the city as written in the station lines, not the name).
 entities=[E("Company", s) for s in ST] + [E("Company", NVG, "NVG"), E("Company", BAR, "Barrington"),
           E("Organization", "Commission")] +
          [E("Location", x) for x in ("Amarillo", "Texas", "Clovis", "New Mexico")],
 roles=[],
 # - acquired(Barrington Broadcasting Texas Corporation, KVII- TV) and acquired(..., KVIH- TV): 'the applications to
 #   assign the licenses of stations KVII- TV ... and KVIH- TV ... from NVG- Amarillo, Inc. (NVG) to Barrington
 #   Broadcasting Texas Corporation' (pending in the kept text; the grant lies after the cut -> acquired only, 52z's
 #   call; **doubtful**: a reader may give nothing before a grant).
 # - parentOrganization(KVII- TV, NVG- Amarillo, Inc.) and parentOrganization(KVIH- TV, NVG- Amarillo, Inc.): the
 #   licences are assigned 'from NVG' (the assignor holds the licences; the lane's assignor call; **doubtful**: the text
 #   never says 'licensee of').
 # Near-misses: 'continue operating KVIH- TV as a satellite of KVII- TV' (a satellite operation: no relation, as 52z's
 #   KBSD-TV/KWCH-TV); no partner between NVG and Barrington (a sale); 'the parent' and 'the satellite' in the criteria
 #   (generic, no entity); no Barrington parent group is named (the buyer's 'Texas Corporation' is all the text gives).
 relations=[L(BAR, "acquired", s) for s in ST] + [L(s, "parentOrganization", NVG) for s in ST],
 outages=[],
 # 'June 17, 2005' (the release line, = `published`). Not dates: '20050414' inside the file numbers, 'DA 05- 1693',
 # 'Section 73.3555'.
 dates=[D("June 17, 2005", "2005-06-17")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
