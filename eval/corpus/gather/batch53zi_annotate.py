#!/usr/bin/env python3
"""Gold for batch 53zi (session 54, gatherer lane zi): two FCC Media Bureau (Video Division form) letters on television
licence transactions with satellite stations, of 2007 and 2008 (DA 07-4468 of 30 October 2007, granting the
applications to assign and transfer the licences of stations controlled by Montecito Broadcast Group, LLC to New
Vision Television, LLC, with continuing satellite operation of KSNC(TV), KHAW-TV and KAII-TV; DA 08-165 of 29 January
2008, on the applications to assign WGTU(TV), Traverse City and WGTQ(TV), Sault Ste. Marie, Michigan from MTC License
LLC to Tucker Broadcasting of Traverse City, Inc. -- both the FCC's own EDOCS text files), written from the texts
alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev
(batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-53ze of the lane; GUIDELINES section 2): a granted (or applied-for) transfer or
assignment whose consummation is not told -> acquired(buyer, station) only (53p, 53z, 53zb, 53ze); the seller named
with 'from' or 'controlled by' -> parentOrganization(station, seller) (the lane's assignor call, 51j/51r, 52z, 53z's
Hoak, 53ze); a station run 'as a satellite of' another -> no relation of its own (52x, 52z, 53z, 53zb, 53ze); parent
stations named only as the satellites' parents -> no acquired (53z's KSFY-TV / KFYR-TV near-miss); stations ->
Company, call signs as written; short names in parentheses or quotation marks -> aliases; 'the Commission' ->
Organization 'Commission' (52p, 52x, 53z, 53ze); place names -> Location as written, a city and its state apart;
'Television Satellite Stations' (a Commission decision's short name), 'Note 5 of Section 73.3555', 'City Grade',
'Grade B', 'DMA' and the DMA names, 'the duopoly rule', file and facility numbers, 'we' (the Bureau) not annotated;
the reference lines are part of the text and annotated with it; the `title` is not annotated apart.
usage: batch53zi_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54zi/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Montecito Broadcast Group, LLC -> New Vision Television, LLC; satellites KSNC(TV), KHAW-TV, KAII-TV; DA 07-4468 --
MON = "Montecito Broadcast Group, LLC"
NVT = "New Vision Television, LLC"
SAT1 = ["KSNC(TV)", "KHAW-TV", "KAII-TV"]
A["us-fcc-montecito-broadcast-group-new-vision-television-ksnc-khaw-kaii-satellites-assignment-transfer-letter-2007"] = dict(
 # Companies: Montecito Broadcast Group, LLC ('(Montecito)' -> alias; 'Montecito has continued to operate'); New
 # Vision Television, LLC ('(New Vision)' -> alias); the three satellites KSNC(TV), KHAW-TV, KAII-TV and the two parent
 # stations KSNW(TV), KHON-TV, as written. Organization: Commission ('the Commission\u2019s Rules', 'the Commission\u2019s
 # television satellite policy', 'viewed favorably by the Commission'). Locations, as written: Great Bend, Kansas (twice,
 # one entity), Wichita, Hilo, Hawaii (three times, one entity), Wailuku, Honolulu. Not annotated: 'Television Satellite
 # Stations', 'Note 5 of Section 73.3555', 'City Grade', 'the parent' / 'the satellite' (generic), 'the transaction'.
 # No person (counsel were in the addressee blocks, left out).
 entities=[E("Company", MON, "Montecito"), E("Company", NVT, "New Vision")] + [E("Company", s) for s in SAT1] +
          [E("Company", "KSNW(TV)"), E("Company", "KHON-TV"), E("Organization", "Commission")] +
          [E("Location", x) for x in ("Great Bend", "Kansas", "Wichita", "Hilo", "Hawaii", "Wailuku", "Honolulu")],
 roles=[],
 # - acquired(New Vision Television, LLC, each of the three satellites): 'the applications to assign and transfer the
 #   licenses of several television stations currently controlled by Montecito ... to New Vision Television, LLC',
 #   'Included in the transaction are applications seeking authorization to continue operating station KSNC(TV) ...
 #   and to operate stations KHAW-TV ... and KAII-TV', 'we grant the applications' (granted, consummation not told ->
 #   acquired only; **doubtful**: the three are tied to the sale through 'Included in the transaction'; the 'several
 #   television stations' are never listed).
 # - parentOrganization(each of the three satellites, Montecito Broadcast Group, LLC): 'stations currently controlled
 #   by Montecito' and 'Since purchasing the stations in 2005, Montecito has continued to operate KSNC(TV), KAII-TV, and
 #   KHAW-TV as satellites' (the seller; stated control).
 # - acquired(Montecito Broadcast Group, LLC, each of the three satellites): 'Since purchasing the stations in 2005' --
 #   a completed purchase, so acquired AND parentOrganization (the latter already above; GUIDELINES: completed ->
 #   both; **doubtful**: 'the stations' are the 'several television stations' Montecito controls, the three named only
 #   as the stations it has run as satellites since; a reader may keep the 2005 purchase out or give it for all five).
 # Near-misses: KSNW(TV) and KHON-TV, the parent stations (New Vision is to run the satellites 'as a satellite of' /
 #   'as satellites of' them; never said to be in the sale or controlled by Montecito; no relation, 53z's KSFY-TV call;
 #   **doubtful**: a reader may give acquired(New Vision, KSNW(TV)) and acquired(New Vision, KHON-TV)); the satellite
 #   ties themselves (a licensing status, 52x/52z); no acquired(New Vision, Montecito) (the letter moves licences,
 #   'assign and transfer the licenses', not Montecito itself; **doubtful**: 'Transfer of Control of Montecito
 #   Broadcast Group, LLC to New Vision' in the 'Re:' line may be read as control of the company passing); no partner.
 relations=[L(NVT, "acquired", s) for s in SAT1] + [L(s, "parentOrganization", MON) for s in SAT1] +
           [L(MON, "acquired", s) for s in SAT1],
 outages=[],
 # 'October 30, 2007' (the release line, = `published`); '2005' (a year, 'purchasing the stations in 2005'). Not dates:
 # 'DA 07-4468', 'Section 73.3555'.
 dates=[D("October 30, 2007", "2007-10-30"), D("2005", "2005")])

# ---- MTC License LLC -> Tucker Broadcasting of Traverse City, Inc.; WGTU(TV), WGTQ(TV) (satellite); DA 08-165 (2008) --
TUC = "Tucker Broadcasting of Traverse City, Inc."
MTC = "MTC License LLC"
ST2 = ["WGTU(TV)", "WGTQ(TV)"]
A["us-fcc-mtc-license-tucker-broadcasting-of-traverse-city-wgtu-wgtq-assignment-satellite-letter-2008"] = dict(
 # Companies: Tucker Broadcasting of Traverse City, Inc. ('(\u201cTucker\u201d)' -> alias; 'Tucker requests'); MTC
 # License LLC (the assignor, once); WGTU(TV) and WGTQ(TV) (the 'Re:' line and the body). Organization: Commission
 # ('the Commission established'). Locations, as written: Traverse City (the 'Re:' line and the body), Sault Ste.
 # Marie (three times, one entity), Michigan (many times, one entity). Not annotated: 'Cadillac-Traverse City,
 # Michigan, DMA' and '\u201cTraverse City DMA\u201d' (a market name; its 'Michigan' counted with the others, 'Cadillac'
 # not annotated: part of the market name only; **doubtful**: 53ze took 'Rapid City' inside its DMA name as the city's
 # name, but that city was named apart too -- here 'Traverse City' is named apart, 'Cadillac' is not), 'Television
 # Satellite Stations', 'the duopoly rule', 'Grade B', 'City Grade', the file and facility numbers. No person (counsel
 # was in the addressee block, left out).
 entities=[E("Company", TUC, "Tucker"), E("Company", MTC)] + [E("Company", s) for s in ST2] +
          [E("Organization", "Commission"), E("Location", "Traverse City"), E("Location", "Sault Ste. Marie"),
           E("Location", "Michigan")],
 roles=[],
 # - acquired(Tucker Broadcasting of Traverse City, Inc., WGTU(TV)) and acquired(..., WGTQ(TV)): 'the above-captioned
 #   applications for assignment of licenses from MTC License LLC to Tucker Broadcasting of Traverse City, Inc.', the
 #   two stations in the 'Re:' line ('Application for Assignment of Licenses WGTU(TV) ... WGTQ(TV)'), 'As part of this
 #   transaction' (a deal awaiting approval; the kept text stops before the ruling -> acquired only, GUIDELINES'
 #   'awaiting approval'; **doubtful**: the stations tied to the applications through the 'Re:' line and
 #   'above-captioned', 52x's and 53zb's call).
 # - parentOrganization(WGTU(TV), MTC License LLC) and parentOrganization(WGTQ(TV), MTC License LLC): the licences
 #   assigned 'from MTC License LLC' (the lane's assignor call; **doubtful**: no 'licensee of' word).
 # Near-misses: 'WGTQ(TV) ... which operates as a satellite of WGTU(TV)' (a licensing status: no relation, 52x/52z);
 #   'The stations have Grade B overlap and are located within the Cadillac-Traverse City, Michigan, DMA' (no relation);
 #   no partner between MTC License LLC and Tucker (a sale); no parent group of either party named.
 relations=[L(TUC, "acquired", s) for s in ST2] + [L(s, "parentOrganization", MTC) for s in ST2],
 outages=[],
 # 'January 29, 2008' (the release line, = `published`). Not dates: '20070917' inside the file numbers, 'DA 08-165'.
 dates=[D("January 29, 2008", "2008-01-29")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
