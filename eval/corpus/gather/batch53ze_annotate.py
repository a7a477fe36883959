#!/usr/bin/env python3
"""Gold for batch 53ze (session 54, gatherer lane ze): two FCC Media Bureau (Video Division form) letters granting
television licence transactions, of 2014 and 2020 (DA 14-453 of 3 April 2014, granting the transfer of control of
television licences from Mission TV, LLC to Gray Television Group, Inc., KEVN-TV, Rapid City and KIVV-TV, Lead, with
continuing satellite authority for KIVV-TV -- the fcc.gov document page; the letter of 7 April 2020 granting the
assignment of KFNE(TV), KFNR(TV), KFNB(TV) and KLWY(TV), Wyoming, from Wyomedia Corporation to Front Range Television,
LLC -- docslib.org's copy), written from the texts alone; newskg was not run on them. The split follows the fixed
rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against
`published`.
Conventions (batches 15f, 43n-53zc of the lane; GUIDELINES section 2): a granted transfer or assignment whose
consummation is not told -> acquired(buyer, station) only (53p, 53z, 53zb); the stations tied to the grant through
the 'Re:' line and 'above-captioned' (52x's and 53zb's call; **doubtful**); the transferor / assignor named with
'from' -> parentOrganization(station, that party) (the lane's assignor call, 51j/51r, 52z, 53z's Hoak); a station run
'as a satellite' -> no relation of its own (52x, 52z, 53z, 53zb); stations -> Company, call signs as written;
short names in parentheses -> aliases; 'the Commission' -> Organization 'Commission' (52p, 52x, 53z); place names ->
Location as written, a city and its state apart, a state's postal abbreviation an alias where the full name is also in
the text (53z's 'NY', 53zb's 'MT'), else its own Location as written (52x's 'TX'); 'Television Satellite Stations',
'City Grade', 'Nielsen Designated Market Area', 'DMA', rules, file and facility numbers, 'we' (the Bureau), 'the
Applicants', 'Continuing Satellite Waivers' (a run-in heading) not annotated; the reference lines are part of the
text and annotated with it; the `title` is not annotated apart.
usage: batch53ze_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54ze/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Mission TV, LLC -> Gray Television Group, Inc.; KEVN-TV, KIVV-TV (satellite); DA 14-453 (2014) ----------------
MIS = "Mission TV, LLC"
GRAY = "Gray Television Group, Inc."
ST1 = ["KEVN-TV", "KIVV-TV"]
A["us-fcc-mission-tv-gray-television-group-kevn-tv-kivv-tv-rapid-city-transfer-of-control-satellite-letter-2014"] = dict(
 # Companies: Mission TV, LLC ('(\u201cMission\u201d)' -> alias); Gray Television Group, Inc. ('(\u201cGray\u201d)' ->
 # alias; 'grant Gray authority' once more); KEVN-TV (the 'Re:' line only) and KIVV-TV (the 'Re:' line and the body).
 # Organization: Commission ('the Commission\u2019s rules', 'the Commission established'). Locations, as written:
 # Rapid City (the 'Re:' line; 'the Rapid City, South Dakota Nielsen Designated Market Area': the city's name, 53z's
 # 'Sioux Falls' call), Lead (the 'Re:' line and the body), South Dakota (twice; 'SD' twice in the 'Re:' line -> alias,
 # 53zb's 'MT' call). Not annotated: 'Nielsen Designated Market Area', 'DMA', 'Note 5 of Section 73.3555', 'Continuing
 # Satellite Waivers' (a run-in heading), 'Television Satellite Stations' (a Commission decision's short name), 'City
 # Grade', 'the parent' / 'the satellite' (generic), the file and facility numbers. No person (counsel were in the
 # addressee blocks, left out).
 entities=[E("Company", MIS, "Mission"), E("Company", GRAY, "Gray")] + [E("Company", s) for s in ST1] +
          [E("Organization", "Commission"), E("Location", "Rapid City"), E("Location", "Lead"),
           E("Location", "South Dakota", "SD")],
 roles=[],
 # - acquired(Gray Television Group, Inc., KEVN-TV) and acquired(..., KIVV-TV): 'we grant the above-captioned
 #   application for transfer of control of television licenses from Mission TV, LLC ... to Gray Television Group,
 #   Inc.', the two stations listed in the 'Re:' line; 'We also grant Gray authority to continue operating KIVV-TV'
 #   (granted, consummation not told -> acquired only; **doubtful**: KEVN-TV is tied to the transfer only through the
 #   'Re:' line and 'above-captioned', 52x's and 53zb's call; a reader may give KIVV-TV only).
 # - parentOrganization(KEVN-TV, Mission TV, LLC) and parentOrganization(KIVV-TV, Mission TV, LLC): the transfer of
 #   control of the licences 'from Mission TV, LLC' (the lane's assignor call, 53z's Hoak; **doubtful**: the text never
 #   says 'licensee of' or 'owns').
 # Near-misses: KIVV-TV run 'as a satellite in the Rapid City, South Dakota Nielsen Designated Market Area' (no parent
 #   station named; a licensing status, no relation); no acquired(Gray, Mission TV, LLC) (the text transfers 'television
 #   licenses from Mission', not Mission itself; **doubtful**: a reader may read a company purchase, 53z's Hoak
 #   near-miss); no partner between Mission and Gray (a sale); 'The station has operated as a satellite since 1959' (no
 #   partner, no owner).
 relations=[L(GRAY, "acquired", s) for s in ST1] + [L(s, "parentOrganization", MIS) for s in ST1],
 outages=[],
 # 'April 3, 2014' (the release line, = `published`); '1959' (a year, 52x's and 52z's year calls). Not dates:
 # '20131226' inside the file number, 'DA 14-453', 'Section 73.3555'.
 dates=[D("April 3, 2014", "2014-04-03"), D("1959", "1959")])

# ---- Wyomedia Corporation -> Front Range Television, LLC; KFNE, KFNR, KFNB, KLWY (Wyoming), 2020 ------------------
WYO = "Wyomedia Corporation"
FRT = "Front Range Television, LLC"
ST2 = ["KFNE(TV)", "KFNR(TV)", "KFNB(TV)", "KLWY(TV)"]
A["us-fcc-wyomedia-front-range-television-kfne-kfnr-kfnb-klwy-wyoming-assignment-letter-2020"] = dict(
 # Companies: Wyomedia Corporation ('(Wyomedia)' -> alias); Front Range Television, LLC ('(Front Range)' -> alias); the
 # four stations of the 'Re:' line as written, KFNE(TV), KFNR(TV), KFNB(TV), KLWY(TV). Locations, as written:
 # Riverton, Rawlins, Casper, Cheyenne, WY (four times, one entity; 'Wyoming' is not in the kept text, so 'WY' is its
 # own Location, 52x's 'TX' call). Not annotated: 'the Applicants' (the two parties together), 'Application', the
 # facility and file numbers. No Organization (no 'Commission' in the kept sentence: the letter speaks as 'This
 # letter'); no person (counsel were in the addressee blocks, left out).
 entities=[E("Company", WYO, "Wyomedia"), E("Company", FRT, "Front Range")] + [E("Company", s) for s in ST2] +
          [E("Location", x) for x in ("Riverton", "Rawlins", "Casper", "Cheyenne", "WY")],
 roles=[],
 # - acquired(Front Range Television, LLC, each of the four stations): 'This letter grants the above-captioned
 #   unopposed application (Application) for consent to assign the following station licenses from Wyomedia
 #   Corporation (Wyomedia), to Front Range Television, LLC' (granted, consummation not told -> acquired only;
 #   **doubtful**: the stations are tied to the grant only through the 'Re:' line and 'above-captioned' / 'the
 #   following station licenses', 52x's and 53zb's call).
 # - parentOrganization(each of the four stations, Wyomedia Corporation): the licences are assigned 'from Wyomedia
 #   Corporation' (the lane's assignor call; **doubtful**: no 'licensee of' word).
 # Near-misses: the satellite grant (KFNE(TV) and KFNR(TV) as satellites of KFNB(TV)) lies in the cut sentence; no
 #   partner between Wyomedia and Front Range ('collectively, the Applicants' names the two parties together, not a
 #   partnership; **doubtful**: a reader may read a tie); no Front Range parent group named.
 relations=[L(FRT, "acquired", s) for s in ST2] + [L(s, "parentOrganization", WYO) for s in ST2],
 outages=[],
 # 'April 7, 2020' (the date line, = `published`). Not dates: '20191015' inside the file numbers.
 dates=[D("April 7, 2020", "2020-04-07")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
