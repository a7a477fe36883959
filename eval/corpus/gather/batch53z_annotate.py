#!/usr/bin/env python3
"""Gold for batch 53z (session 54, gatherer lane z): two FCC Media Bureau (Video Division) letters granting television
deals, of 2012 and 2014 (DA 12-390 of 13 March 2012 granting the assignment of eight stations controlled by the Freedom
Communications Broadcast Trust to entities ultimately controlled by Sinclair Broadcast Group, Inc., with a
failing-station waiver for WCWN(TV) and WRGB(TV) -- the FCC's fcc.gov document page; DA 14-452 of 3 April 2014
granting the transfer of control of television licences from Hoak Media, LLC to Gray Television Group, Inc., with
continuing satellite authority for five stations -- the FCC's own docs.fcc.gov text), written from the texts alone;
newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train
(batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-53v of the lane; GUIDELINES section 2): a granted assignment or transfer of control
whose consummation is not told -> acquired(buyer, station) only (53p's KMTR(TV): 'granted, consummation not told');
stations acquired by 'entities ultimately controlled by' a named group -> acquired(the group, station) (53p's
'Sinclair subsidiary' call; **doubtful**); the seller named with 'from' or as the party that 'controls' the stations
-> parentOrganization(station, seller) (the lane's assignor call, 51j/51r/53p); a station run 'as a satellite of'
another -> no relation (a licensing status: 52x's KYLE, 52z's KWAB-TV near-miss); stations -> Company, call signs as
written ('KMOT' without suffix); short names in parentheses or quotation marks -> aliases; 'the Commission' ->
Organization 'Commission' (52p, 52x, 52z); place names -> Location as written, a city and its state apart, one entry
per name; a television market named by its cities ('Albany-Schenectady-Troy', 'Minot- Bismarck-Dickinson') ->
Location as written (52z's 'Odessa-Midland'; **doubtful**); 'Nielsen Designated Market Area(s)', 'DMA(s)', defined
market short names ('Albany DMA'), 'Television Satellite Stations' (a Commission decision's short name), rules,
notes, file and facility numbers, 'we' (the Bureau) not annotated; the reference lines are part of the text and
annotated with it; the `title` is not annotated apart.
usage: batch53z_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54z/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Freedom Communications Broadcast Trust -> Sinclair Broadcast Group; WCWN(TV)/WRGB(TV); DA 12-390 (2012) -------
FR = "Freedom Communications Broadcast Trust"
SBG = "Sinclair Broadcast Group, Inc."
A["us-fcc-freedom-communications-broadcast-trust-sinclair-wcwn-wrgb-albany-failing-station-waiver-letter-2012"] = dict(
 # Companies: Freedom Communications Broadcast Trust ('(\u201cFreedom\u201d)' -> alias; 'the Freedom stations' once
 # more) -- a trust that controls eight stations, a business holder -> Company (**doubtful**: a reader may type a
 # trust Organization); Sinclair Broadcast Group, Inc. ('(\u201cSinclair\u201d)' -> alias; 'Sinclair does not ...'
 # once more); WCWN(TV) (the reference line and the body); WRGB(TV). Organization: Commission ('the Commission\u2019s
 # Rules'). Locations: Schenectady (the reference line; also inside the market name); New York ('NY' in the reference
 # line -> alias; 'New York' in the market's name; **doubtful**: a reader may keep 'NY' apart or leave it out);
 # Albany-Schenectady-Troy (the market, 52z's call; **doubtful**). Not annotated: 'Nielsen Designated Market Areas',
 # 'DMAs', 'Albany DMA' (a defined market short name: near-miss), 'Section 73.3555(b)(2)', file and ID numbers; the
 # licensee companies and counsel of the addressee blocks are not in the kept text. No person in the text.
 entities=[E("Company", FR, "Freedom"), E("Company", SBG, "Sinclair"), E("Company", "WCWN(TV)"),
           E("Company", "WRGB(TV)"), E("Organization", "Commission")] +
          [E("Location", "Schenectady"), E("Location", "New York", "NY"), E("Location", "Albany-Schenectady-Troy")],
 roles=[],
 # - acquired(Sinclair Broadcast Group, Inc., WCWN(TV)) and acquired(Sinclair, WRGB(TV)): 'the applications to assign
 #   the licenses of eight ... stations ... controlled by the Freedom Communications Broadcast Trust ... to entities
 #   ultimately controlled by Sinclair', 'two of the stations that are being acquired, WCWN(TV) and WRGB(TV)', 'we
 #   grant the waiver and grant the application' (granted, consummation not told -> acquired only; **doubtful**: the
 #   assignees are Sinclair's unnamed entities, Sinclair the group, 53p's call).
 # - parentOrganization(WCWN(TV), Freedom Communications Broadcast Trust) and parentOrganization(WRGB(TV), Freedom):
 #   the stations 'controlled by the Freedom Communications Broadcast Trust' and 'the Freedom stations' (the seller, the
 #   lane's assignor call; **doubtful**: the two are tied to Freedom's eight only by 'two of the stations that are
 #   being acquired'; the licensee companies, 'Freedom Broadcasting of New York Licensee, L.L.C.' and 'WCWN Licensee,
 #   LLC', were in the addressee blocks, left out).
 # Near-misses: the other six Freedom stations (unnamed: no relation); 'Sinclair does not currently have an
 #   attributable interest in any television stations ... in which the Freedom stations are located' (a negative
 #   statement: nothing); WCWN(TV) and WRGB(TV) operating together under a 'failing station' waiver (a joint operation
 #   in one market, no partner relation in the schema); 'the applicants' (no partner).
 relations=[L(SBG, "acquired", "WCWN(TV)"), L(SBG, "acquired", "WRGB(TV)"),
            L("WCWN(TV)", "parentOrganization", FR), L("WRGB(TV)", "parentOrganization", FR)],
 outages=[],
 # 'March 13, 2012' (the release line, = `published`). Not dates: 'BALCDT-20111108AMP' (a file number), '73264'.
 dates=[D("March 13, 2012", "2012-03-13")])

# ---- Hoak Media -> Gray Television Group; satellites of KSFY-TV and KFYR-TV; DA 14-452 (2014) ---------------------
HOAK = "Hoak Media, LLC"
GRAY = "Gray Television Group, Inc."
SAT = ["KPRY-TV", "KABY-TV", "KQCD-TV", "KMOT", "KUMV-TV"]
A["us-fcc-hoak-media-gray-television-group-transfer-of-control-kpry-kaby-kqcd-kmot-kumv-satellites-letter-2014"] = dict(
 # Companies: Hoak Media, LLC ('(\u201cHoak\u201d)' -> alias); Gray Television Group, Inc. ('(\u201cGray\u201d)' -> alias;
 # 'grant Gray authority' once more); the five satellite stations KPRY-TV, KABY-TV, KQCD-TV, KMOT, KUMV-TV and their
 # parent stations KSFY-TV and KFYR-TV. Organization: Commission ('the Commission\u2019s rules', 'the Commission
 # established'). Locations, as written: Pierre, South Dakota (three times, one entity), Aberdeen, Sioux Falls ('the
 # Sioux Falls, South Dakota Nielsen Designated Market Area': the city's name), Dickinson, North Dakota (four times),
 # Minot, Williston, Minot- Bismarck-Dickinson (the market's name with the text file's space, 52z's call; **doubtful**;
 # 'Bismarck' only inside it, no entity). Not annotated: 'Nielsen Designated Market Area', 'DMA', 'Note 5 of Section
 # 73.3555', 'Television Satellite Stations', 'City Grade', 'Continuing Satellite Waivers' (a section heading), the
 # file numbers; no person (counsel were in the addressee blocks, left out).
 entities=[E("Company", HOAK, "Hoak"), E("Company", GRAY, "Gray")] + [E("Company", s) for s in SAT] +
          [E("Company", "KSFY-TV"), E("Company", "KFYR-TV"), E("Organization", "Commission")] +
          [E("Location", x) for x in ("Pierre", "South Dakota", "Aberdeen", "Sioux Falls", "Dickinson", "North Dakota",
                                      "Minot", "Williston", "Minot- Bismarck-Dickinson")],
 roles=[],
 # - acquired(Gray Television Group, Inc., each of the five satellites): 'we grant the above-captioned applications
 #   for transfer of control of television licenses from Hoak Media, LLC ... to Gray' and 'We also grant Gray
 #   authority to continue operating (i) KPRY-TV ... and KABY-TV ... (ii) KQCD-TV ..., KMOT ... and KUMV-TV ... as
 #   satellite stations', the satellite showing being required of 'all applicants seeking to transfer or assign
 #   satellite stations' (granted, consummation not told -> acquired only; **doubtful**: the stations are tied to the
 #   transfer only through Gray's authority to 'continue operating' them; the full station list was in Exhibit A, not
 #   in the text).
 # - parentOrganization(each of the five satellites, Hoak Media, LLC): the transfer 'from Hoak Media, LLC' (the
 #   lane's assignor call; **doubtful** as above).
 # Near-misses: KSFY-TV and KFYR-TV, the parent stations (Gray is to run the satellites 'as satellite stations of'
 #   them, so Gray must hold them too, but the text never says they are in the transfer or whose they are: no
 #   relation; **doubtful**: a reader may give acquired(Gray, KSFY-TV) and acquired(Gray, KFYR-TV)); the satellite
 #   ties themselves (a licensing status, 52x/52z); no acquired(Gray, Hoak Media, LLC) (the text transfers
 #   'television licenses from Hoak', not Hoak itself; **doubtful**: a reader may read a company purchase); 'Each of the
 #   stations has operated as a satellite for most, if not all, of its history' (no partner).
 relations=[L(GRAY, "acquired", s) for s in SAT] + [L(s, "parentOrganization", HOAK) for s in SAT],
 outages=[],
 # 'April 3, 2014' (the release line, = `published`). Not dates: '20131220' inside the file number.
 dates=[D("April 3, 2014", "2014-04-03")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
