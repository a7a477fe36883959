#!/usr/bin/env python3
"""Gold for batch 53y (session 54, gatherer 53y): two FCC texts of 2013 and 1996 on commercial radio transactions (the
Commission's Memorandum Opinion and Order FCC 13-71 of 14 May 2013 on Radio Palouse, Inc.'s application for review of
the Media Bureau's 2007 grant of the assignment of KZZL-FM, Pullman, and KRAO-FM, KCLX(AM) and KMAX(AM), Colfax,
Washington, from Palouse Country, Inc. to Inland Northwest Broadcasting, LLC -- the FCC's fcc.gov document page; the
Audio Services Division's letter of 27 June 1996 on the transfer of control of Skyline Broadcasters, Inc., licensee of
KGEZ(AM), Kalispell, Montana, informal objections denied -- the UNT web archive's copy of the Division's decision
page), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids
dealt along test, train, dev (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-53s of the lane; GUIDELINES section 2): a granted assignment whose consummation the text
does not tell -> acquired(assignee, the station) only (44k, 50c-53s); the assignor or licensee of a station ->
parentOrganization(S, licensee) (51e's to 53s's licensee call; **doubtful**: a reader may give the licence holder no
ownership link); a transfer of control of a licensee between named persons -> no relation (persons are no party of
parentOrganization or acquired; 53g's Foreman/Pfuntner call); the objector (Radio Palouse, Inc.; KGEZ's listeners) ->
no relation to the parties (53a's ADX, 53o's Holland, 53s's Kidd); radio stations -> Company (35l, 43v, 49m, 51e-53s);
short names in parentheses and quotation marks ('(\u201cRPI\u201d)', '(\u201cPCI\u201d)', '(\u201cInland\u201d)',
'("Skyline")') -> aliases (52p-53s); 'the Commission' -> Organization 'Commission' (48h, 50c-53s); 'Media Bureau' ->
Organization with alias 'Bureau' (51zg); a Commissioner named in the order's 'By the Commission:' line -> Person with
role other at the Commission (GUIDELINES: commissioners -> other); defined names of filings and decisions
('Application for Review', 'Petition for Reconsideration', 'Assignment Applications', 'Reconsideration Letter') ->
not annotated; a market definition ('Arbitron Metro radio market', 'the local radio ownership rule') -> no entity; a
radio programme ('Valley Speak') and a statute ('the Communications Act of 1934') -> no entity and no date
(GUIDELINES: TV shows and laws are not entities); place names -> Location, a state's abbreviation as written ('MT')
its own Location (51r-53s); 'we' -> no entity; the caption and 'In re:' lines kept in the texts annotated as text,
the `title` not annotated beyond what the text repeats.
usage: batch53y_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54y/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Palouse Country, Inc. -> Inland Northwest Broadcasting, LLC: KZZL-FM et al., Radio Palouse's AFR, FCC 13-71 -----
PCI = "Palouse Country, Inc."
INL = "Inland Northwest Broadcasting, LLC"
RPI = "Radio Palouse, Inc."
STATIONS = ("KZZL-FM", "KRAO-FM", "KCLX(AM)", "KMAX(AM)")
A["us-fcc-palouse-country-inland-northwest-broadcasting-kzzl-fm-pullman-assignment-radio-palouse-review-order-2013"] = dict(
 # Companies: Palouse Country, Inc. (the caption's 'Assignor', the body's 'filed by Palouse Country, Inc.
 # (\u201cPCI\u201d)' -> alias 'PCI', used once); Inland Northwest Broadcasting, LLC (the caption's 'Assignee', the
 # body's '(\u201cInland\u201d)', 'Inland\u2019s compliance' -> alias 'Inland'); Radio Palouse, Inc. (the
 # petitioner: '(\u201cRPI\u201d)', 'RPI seeks', 'RPI\u2019s', 'RPI argued', 'devised by RPI' -> alias 'RPI'); the four
 # stations as the caption names them ('Station KZZL-FM, Pullman, Washington', 'Station KRAO-FM, Colfax', 'Station
 # KCLX(AM), Colfax', 'Station KMAX(AM), Colfax'). Organizations: the Commission ('By the Commission:', 'The Commission
 # has before it', 'for Commission consent' -> 'Commission'); the Media Bureau ('the Media Bureau', 'Bureau staff',
 # 'the Bureau should' -> alias 'Bureau'). Person: McDowell ('Commissioner McDowell not participating.'). Locations:
 # Pullman, Washington (the caption, four times), Colfax (three times). Not annotated: 'Arbitron Metro' (inside 'any
 # Arbitron Metro radio market', a market definition; the ratings company named only inside it; **doubtful**: 52zc's
 # WLNI annotated 'Arbitron' where the text wrote it on its own, '[Roanoke-Lynchburg Arbitron] market' -- here it is
 # part of the defined term 'Arbitron Metro'); 'four radio stations', 'this particular local radio market', 'three
 # specific local communities' (generic); the filings and decisions named in capitals.
 entities=[E("Company", PCI, "PCI"), E("Company", INL, "Inland"), E("Company", RPI, "RPI")]
          + [E("Company", s) for s in STATIONS]
          + [E("Organization", "Commission"), E("Organization", "Media Bureau", "Bureau"), E("Person", "McDowell")]
          + [E("Location", n) for n in ("Pullman", "Washington", "Colfax")],
 # - McDowell: 'Commissioner McDowell not participating.' -> other at the Commission, current (GUIDELINES:
 #   commissioners -> other; **doubtful**: a reader may skip a name given only as not taking part, or want the
 #   surname-only Person left out).
 roles=[R("McDowell", "other", "Commission")],
 # - acquired(Inland Northwest Broadcasting, LLC, each of the four stations): the caption 'Palouse Country, Inc.,
 #   Assignor and Inland Northwest Broadcasting, LLC, Assignee Application for Assignment of License for: Station
 #   KZZL-FM ... Station KMAX(AM)', and the body's 'action by the Media Bureau ... granting the above-captioned
 #   applications ... filed by Palouse Country, Inc. (\u201cPCI\u201d) for Commission consent to assign four radio
 #   stations to Inland Northwest Broadcasting, LLC' (granted; consummation not told -> acquired only; **doubtful**:
 #   the grant is under review in this very order -- the title says the Commission upheld it, the text's excerpt
 #   stops before the ruling; granted is the state the text tells).
 # - parentOrganization(each station, Palouse Country, Inc.): the caption's 'Assignor' of the four licences (the
 #   licensee call).
 # Near-misses: Radio Palouse, Inc. (the petitioner and a competitor: no relation to the parties; its own stations
 #   are not named in the excerpt); 'Bureau staff used the contour-overlap analysis methodology to determine
 #   Inland\u2019s compliance with the local radio ownership rule' (a rule test, no relation); the Media Bureau as a
 #   unit of the Commission (the text does not say it: no parentOrganization, unlike 51zg where 'Media Bureau, Audio
 #   Division' was written as one; **doubtful**).
 relations=[L(INL, "acquired", s) for s in STATIONS] + [L(s, "parentOrganization", PCI) for s in STATIONS],
 outages=[],
 # 'May 13, 2013' (adopted); 'May 14, 2013' (released, = `published`); 'December 11, 2007' (the Bureau's action).
 # Not dates: '20040806' inside the file numbers.
 dates=[D("May 13, 2013", "2013-05-13"), D("May 14, 2013", "2013-05-14"), D("December 11, 2007", "2007-12-11")])

# ---- Skyline Broadcasters, Inc. / KGEZ(AM), Kalispell: transfer of control, informal objections denied, 1996 -------
SKY = "Skyline Broadcasters, Inc."
KGEZ = "KGEZ(AM)"
A["us-fcc-skyline-broadcasters-kgez-am-kalispell-transfer-of-control-informal-objections-admonished-letter-1996"] = dict(
 # Companies: Skyline Broadcasters, Inc. ('(\"Skyline\")', 'admonish Skyline' -> alias 'Skyline'); KGEZ(AM) (the 'In
 # re:' line and 'licensee of KGEZ(AM)'). Persons: the two transferors C.M. Anzjon and M.A. Himsl and the four
 # transferees Charles Lee, Dallas I. Herron, Michael S. Stocklin, Stephen Breeze (each once, names as written).
 # Organization: the Commission ('the Commission's rules'). Locations: Kalispell, MT (the 'In re:' line), the
 # Flathead Valley ('listeners in the Flathead Valley', a region). Not annotated: 'Valley Speak' (a radio programme:
 # GUIDELINES' TV shows are no entities; **doubtful**: a reader may type it a Service provided by KGEZ(AM)); the
 # informal objectors and 'many objectors' (unnamed); 'the Communications Act of 1934' (a law; '1934' inside its
 # name no date); 'Section 310(d)', 'Section 73.3540' (rules).
 entities=[E("Company", SKY, "Skyline"), E("Company", KGEZ)]
          + [E("Person", n) for n in ("C.M. Anzjon", "M.A. Himsl", "Charles Lee", "Dallas I. Herron",
                                      "Michael S. Stocklin", "Stephen Breeze")]
          + [E("Organization", "Commission")]
          + [E("Location", n) for n in ("Kalispell", "MT", "Flathead Valley")],
 # No titles in the text (the persons are the licensee's controlling and proposed controlling parties, no office
 # named -> no role; **doubtful**: a reader may read control of the licensee as ownership, which has no title in the
 # vocabulary).
 roles=[],
 # - parentOrganization(KGEZ(AM), Skyline Broadcasters, Inc.): 'Skyline Broadcasters, Inc. (\"Skyline\"), licensee of
 #   KGEZ(AM)' (the licensee call).
 # Near-misses: the transfer of control of Skyline from C.M. Anzjon and M.A. Himsl to the four named persons (control
 #   passing between persons, not companies: no acquired -- persons are no party of the relation; the grant is not
 #   yet told either: 'we shall deny the objections'); 'an unauthorized transfer of control of the licensee has
 #   occurred' (to whom is not said: nothing); Skyline admonished (an enforcement step, no relation); the objectors
 #   (unnamed).
 relations=[L(KGEZ, "parentOrganization", SKY)],
 outages=[],
 # No date expression in the text ('1934' is part of the Act's name; 'BTC-960201EB' a file number). `published`
 # 1996-06-27 from the page's address.
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
