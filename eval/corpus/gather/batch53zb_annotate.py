#!/usr/bin/env python3
"""Gold for batch 53zb (session 54, gatherer lane zb): two FCC Media Bureau texts granting television transfers of
control, of 2017 and 2006 (DA 17-638 of 30 June 2017, the Video Division's letter granting the transfer of control of
seven licences licensed to Bluestone License Holdings, Inc. from Bonten Media Group LLC to Sinclair Television Group,
Inc., with continued satellite authority for KCFW-TV -- docsbay.net's copy; DA 06-72 of 17 January 2006, the Media
Bureau's order granting the transfer of control of The Liberty Corporation, Cosmos Broadcasting Corporation, CivCo,
Inc. and LibCo, Inc. to Raycom Media, Inc., with a continuing satellite waiver for KTRE(TV) -- docslib.org's copy),
written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along
test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-53z of the lane; GUIDELINES section 2): a granted transfer whose consummation is not
told -> acquired(buyer, target) only (53p's KMTR(TV), 53z); a station's stated licensee ('licenses, licensed to X')
-> parentOrganization(station, X) (43v, 51e); a transfer of control 'from' a party -> that party controls what is
transferred (the lane's assignor call, 53z's Hoak); 'its wholly-owned subsidiary' / 'X's wholly-owned subsidiaries'
-> parentOrganization(subsidiary, X); a station run 'as a satellite of' another -> no relation (52x, 52z, 53z); a
station the buyer is authorised to run 'as a satellite' in the deal -> acquired(buyer, station) (53z's Hoak call;
**doubtful**); stations -> Company, call signs as written; short names in parentheses -> aliases; 'the Commission'
-> Organization 'Commission', 'Media Bureau' -> Organization (53v); place names -> Location as written, a city and
its state apart, a state's postal abbreviation an alias where the full name is also in the text (53z's 'NY'), else
its own Location as written (52x's 'TX', 'LA', 'MS'); 'Television Satellite Stations' (a decision's short name),
'City Grade', rules, file and facility numbers, 'we' (the Bureau) not annotated; the reference and caption lines are
part of the text and annotated with it; the `title` is not annotated apart.
usage: batch53zb_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54zb/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Bonten Media Group -> Sinclair Television Group; Bluestone; KCFW-TV satellite; DA 17-638 (2017) --------------
BON = "Bonten Media Group LLC"
STG = "Sinclair Television Group, Inc."
BLU = "Bluestone License Holdings, Inc."
ST1 = ["KTXS-TV", "WCYB-TV", "KAEF-TV", "KRCR-TV", "KTVM-TV", "KCFW-TV", "KECI-TV"]
A["us-fcc-bonten-media-group-sinclair-television-group-bluestone-seven-tv-licenses-kcfw-tv-satellite-letter-2017"] = dict(
 # Companies: Bonten Media Group LLC ('(Bonten)' -> alias); Sinclair Television Group, Inc. ('(STG)' -> alias, written
 # 'Inc.(STG)' with no space; 'STG' once more); Bluestone License Holdings, Inc. (the licensee); the seven stations of
 # the 'Re:' line, KTXS-TV, WCYB-TV, KAEF-TV, KRCR-TV, KTVM-TV, KCFW-TV ('(KCFW)' -> alias) and KECI-TV ('(KECI)' ->
 # alias). Organization: Commission ('the Commission adopted'). Locations, as written: Sweetwater, Texas, Bristol, VA
 # (only so written: its own Location, 52x's call), Arcata, CA (twice, one entity), Redding, Butte, Kalispell (the
 # 'Re:' line and the body), Missoula (twice), Montana ('MT' three times in the 'Re:' line -> alias; 'Montana' twice in
 # the body; **doubtful**: 52x kept 'TX' apart from 'Texas'). Not annotated: 'Television Satellite Stations' (spelt
 # 'InTelevision Satellite Stations' in the copy; a Commission decision's short name), 'City Grade', 'the local
 # television ownership rule', 'satellite exemption', the facility and file numbers, 'we' (the Bureau). No person (the
 # addressee blocks with counsel were left out).
 entities=[E("Company", BON, "Bonten"), E("Company", STG, "STG"), E("Company", BLU)] +
          [E("Company", s, s.split("-")[0]) if s in ("KCFW-TV", "KECI-TV") else E("Company", s) for s in ST1] +
          [E("Organization", "Commission")] +
          [E("Location", x) for x in ("Sweetwater", "Texas", "Bristol", "VA", "Arcata", "CA", "Redding", "Butte",
                                      "Kalispell", "Missoula")] + [E("Location", "Montana", "MT")],
 roles=[],
 # - acquired(Sinclair Television Group, Inc., each of the seven stations): 'we grant the above-captioned uncontested
 #   application ... for the transfer of control of 7 fullpower television licenses ... from Bonten ... to Sinclair
 #   Television Group, Inc.', the seven stations listed in the 'Re:' line; 'In connection with the sale' (granted,
 #   consummation not told -> acquired only; **doubtful**: the stations are tied to the grant through the 'Re:' list
 #   and 'above-captioned', 52x's call).
 # - parentOrganization(each of the seven stations, Bluestone License Holdings, Inc.): '7 fullpower television
 #   licenses, licensed to Bluestone License Holdings, Inc.' (the stated licensee).
 # - parentOrganization(Bluestone License Holdings, Inc., Bonten Media Group LLC): control of the licences 'licensed to
 #   Bluestone' passes 'from Bonten Media Group LLC' (the transferor controls the licensee; **doubtful**: the text
 #   never says 'subsidiary' or 'owns').
 # Near-misses: no acquired(STG, Bluestone License Holdings, Inc.) (a reader may read the transfer of control of the
 #   licensee's licences as control of the licensee itself; **doubtful**; 53z gave none for Hoak Media either); no
 #   acquired(STG, Bonten) (the text moves control of licences, not Bonten); 'operate station KCFW-TV ... as a satellite
 #   of KECI-TV' (a satellite operation: no relation); no partner between Bonten and STG (a sale).
 relations=[L(STG, "acquired", s) for s in ST1] + [L(s, "parentOrganization", BLU) for s in ST1] +
           [L(BLU, "parentOrganization", BON)],
 outages=[],
 # 'June 30, 2017' (the release line, = `published`). Not dates: '20170505' inside the file number, 'DA 17-638'.
 dates=[D("June 30, 2017", "2017-06-30")])

# ---- The Liberty Corporation / Cosmos -> Raycom Media; KTRE(TV) satellite of KLTV(TV); DA 06-72 (2006) -------------
LIB = "The Liberty Corporation"
COS = "Cosmos Broadcasting Corporation"
RAY = "Raycom Media, Inc."
A["us-fcc-liberty-corporation-cosmos-broadcasting-raycom-media-transfer-of-control-ktre-satellite-order-2006"] = dict(
 # Companies: The Liberty Corporation ('(Liberty)' -> alias; the name with its 'The', as written); Cosmos Broadcasting
 # Corporation ('(Cosmos)' -> alias; 'Cosmos\u2019' once more); CivCo, Inc.; LibCo, Inc.; Raycom Media, Inc. ('Raycom'
 # twice more -> alias); KTRE(TV); KLTV(TV). Organizations: Media Bureau ('By the Chief, Media Bureau', 'by the Chief,
 # Media Bureau', 53v's call; no person: the Chief is not named), Commission ('The Commission, by the Chief ...').
 # Locations: Lufkin, Texas (twice, one entity), Tyler. Not annotated: 'our multiple ownership rules', 'four markets'
 # (unnamed), 'continuing satellite waiver', the file numbers, 'we' (the Bureau).
 entities=[E("Company", LIB, "Liberty"), E("Company", COS, "Cosmos"), E("Company", "CivCo, Inc."),
           E("Company", "LibCo, Inc."), E("Company", RAY, "Raycom"), E("Company", "KTRE(TV)"),
           E("Company", "KLTV(TV)"), E("Organization", "Media Bureau"), E("Organization", "Commission")] +
          [E("Location", x) for x in ("Lufkin", "Texas", "Tyler")],
 roles=[],
 # - parentOrganization(Cosmos Broadcasting Corporation, The Liberty Corporation): 'The Liberty Corporation (Liberty)
 #   and its wholly-owned subsidiary Cosmos Broadcasting Corporation'.
 # - parentOrganization(CivCo, Inc., Cosmos) and parentOrganization(LibCo, Inc., Cosmos): 'Cosmos\u2019 wholly-owned
 #   subsidiaries CivCo, Inc. and LibCo, Inc.'.
 # - acquired(Raycom Media, Inc., The Liberty Corporation), and likewise Cosmos, CivCo, Inc. and LibCo, Inc.:
 #   'applications to transfer control of The Liberty Corporation ... and ... Cosmos ... and ... CivCo, Inc. and LibCo,
 #   Inc. to Raycom Media, Inc.', 'we grant the requested waivers and the applications' (granted, consummation not told
 #   -> acquired only; the four named as the objects of the transfer, 44g's Schurz call of two targets; **doubtful**:
 #   a reader may give Liberty only, the others following as its subsidiaries).
 # - acquired(Raycom Media, Inc., KTRE(TV)): 'Raycom also seeks a continuing satellite waiver to operate KTRE(TV),
 #   Lufkin, Texas as a satellite of KLTV(TV)', granted with the applications (53z's Hoak call; **doubtful**: the station
 #   is tied to the transfer only through the waiver; Exhibit A, the station list, is not in the text).
 # Near-misses: KTRE(TV) -> any Liberty company (which of the four holds it is not told: no parentOrganization);
 #   KLTV(TV) (the parent station: no relation; a reader may give acquired(Raycom, KLTV(TV)), **doubtful**); the
 #   satellite tie itself (52x, 52z, 53z: no relation); 'television duopolies in four markets' (unnamed stations); no
 #   partner between Liberty and Raycom (a sale).
 relations=[L(COS, "parentOrganization", LIB), L("CivCo, Inc.", "parentOrganization", COS),
            L("LibCo, Inc.", "parentOrganization", COS)] +
           [L(RAY, "acquired", x) for x in (LIB, COS, "CivCo, Inc.", "LibCo, Inc.", "KTRE(TV)")],
 outages=[],
 # 'January 13, 2006' (adopted) and 'January 17, 2006' (released, = `published`); 54b's K-W TV gave both. Not dates:
 # 'six-month' (a duration), the file numbers.
 dates=[D("January 13, 2006", "2006-01-13"), D("January 17, 2006", "2006-01-17")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
