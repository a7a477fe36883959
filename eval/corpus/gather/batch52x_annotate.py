#!/usr/bin/env python3
"""Gold for batch 52x (session 53, gatherer 52x): two FCC television-licence letters of 2007 and 2014 (the Media
Bureau's letter DA 07-4103 of 28 September 2007 granting the transfer of control of Comcorp of Bryan License Corp.,
licensee of KYLE(TV), Bryan, Texas, from Shareholders of Communications Corporation of America, Inc. (Debtor-in-
Possession) to SP ComCorp LLC, with KYLE's satellite authority continued -- the FCC's own text file; the Media
Bureau's letter DA 14-1757 of 4 December 2014 granting the assignment of eight television licences from subsidiaries
of Communications Corporation of America to Nexstar Broadcasting, Inc. -- a docsbay.net copy), written from the texts
alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev,
train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-52v of the lane; GUIDELINES section 2): a granted licence assignment or transfer of
control whose consummation the text does not tell -> acquired(assignee or transferee, the station, or the licensee
corporation whose control passes) only (44k, 50c-52v; 52d's Beaumont Television); 'X, licensee of S' ->
parentOrganization(S, X) (stated; the lane's licensee call); a station whose licence is assigned 'from subsidiaries
of Y' -> parentOrganization(S, Y) (**doubtful**: the licensees are unnamed subsidiaries, Y their parent, so the
station is Y's at one remove; the lane's assignor call); a licensee corporation whose control passes 'from
Shareholders of Y' -> parentOrganization(licensee, Y) (**doubtful**: the tie is implied by the transferors' name, not
stated as 'a subsidiary of'); a station run 'as a satellite of' another -> no relation (a licensing status, not
ownership or partnership; near-miss); TV stations -> Company (52p's WBUI(TV), 52d's KFDM); the bare call sign
('KYLE', 'KWKT') -> alias of the station; short names in parentheses or quotation marks -> aliases; 'the Commission'
-> Organization 'Commission' (52p's WBUI letter); place names -> Location, a state's abbreviation ('TX', 'LA', 'MS')
its own Location as written (51r, 51zd, 52p, 52t, 52v; **doubtful**); 'we' (the Bureau, unnamed in the kept text)
-> no entity; 'Television Satellite Stations' (a Commission decision's short name), rules, notes, files, facility IDs
and channel numbers not annotated; the 'Re:' lines kept as `title` not annotated beyond what the text repeats.
usage: batch52x_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather53x/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- KYLE(TV), Bryan: Comcorp of Bryan License Corp. -> SP ComCorp LLC (DA 07-4103), 2007-09-28 ---------------------
KYLE = "KYLE(TV)"
CBLC = "Comcorp of Bryan License Corp."
CCAI = "Communications Corporation of America, Inc."
SPC = "SP ComCorp LLC"
KWKT = "KWKT(TV)"
A["us-fcc-comcorp-of-bryan-license-sp-comcorp-kyle-tv-bryan-transfer-of-control-satellite-letter-2007"] = dict(
 # Companies: KYLE(TV) (the 'Re:' line and the body; 'KYLE' three times -> alias, the bare call sign); Comcorp of
 # Bryan License Corp. (the body, once; the addressee block's 'ComCorp' spelling was left out with the block);
 # Communications Corporation of America, Inc. (in 'Shareholders of Communications Corporation of America, Inc.
 # (Debtor-in-Possession)': the company named, its shareholders the transferors; '(Debtor-in-Possession)' a status,
 # no alias); SP ComCorp LLC ('(\"SP ComCorp\")' and 'SP ComCorp' twice more -> alias); KWKT(TV) ('KWKT' -> alias).
 # Organization: Commission ('the Commission' twice). Locations: Bryan (the 'Re:' line and the body), TX (the 'Re:'
 # line and the body, as written), Waco. Not annotated: 'Channel 28', 'Television Satellite Stations' (a decision's
 # short name), 'City Grade' (a contour), 'we' (the Bureau), the facility and file numbers.
 entities=[E("Company", KYLE, "KYLE"), E("Company", CBLC), E("Company", CCAI), E("Company", SPC, "SP ComCorp"),
           E("Company", KWKT, "KWKT"), E("Organization", "Commission"), E("Location", "Bryan"), E("Location", "TX"),
           E("Location", "Waco")],
 # No person is named in the kept text (counsel's name was in the addressee block and salutation, left out).
 roles=[],
 # - acquired(SP ComCorp LLC, Comcorp of Bryan License Corp.): 'the above-captioned application for transfer of
 #   control of Comcorp of Bryan License Corp. ... to SP ComCorp LLC', 'we will grant ... the application for
 #   transfer of control of KYLE' (granted, consummation not told -> acquired only, 52d's Beaumont Television call:
 #   the licensee corporation whose control passes; **doubtful**: a reader may name KYLE(TV) as the thing acquired,
 #   the letter's own 'transfer of control of KYLE').
 # - parentOrganization(KYLE(TV), Comcorp of Bryan License Corp.): 'Comcorp of Bryan License Corp., licensee of
 #   KYLE(TV)' (stated).
 # - parentOrganization(Comcorp of Bryan License Corp., Communications Corporation of America, Inc.): control passes
 #   'from Shareholders of Communications Corporation of America, Inc.' (**doubtful** as in the docstring: the
 #   licensee is not written as CCA's subsidiary; a reader may leave it).
 # Near-misses: 'operating KYLE as a satellite of KWKT(TV)' and 'KYLE has been operating as a satellite of KWKT'
 #   (a satellite operation: no parentOrganization, no partner; KWKT's owner is not named in the kept text);
 #   '(Debtor-in-Possession)' (bankruptcy status, no event); 'The application is unopposed' (no objector).
 relations=[L(SPC, "acquired", CBLC), L(KYLE, "parentOrganization", CBLC), L(CBLC, "parentOrganization", CCAI)],
 outages=[],
 # 'September 28, 2007' (the release line, = `published`); '1996' (satellite authority first granted) and '2004'
 # (last continued), each a year. Not dates: '20070717' inside the file number, 'DA 07-4103' (left out).
 dates=[D("September 28, 2007", "2007-09-28"), D("1996", "1996"), D("2004", "2004")])

# ---- Eight TV licences: subsidiaries of Communications Corporation of America -> Nexstar Broadcasting, Inc. (DA 14-1757),
# 2014-12-04 -----------------------------------------------------------------------------------------------------------
NEX = "Nexstar Broadcasting, Inc."
CCA = "Communications Corporation of America"
ST = ["KVEO-TV", "KWKT-TV", "KYLE-TV", "KTSM-TV", "WGMB-TV", "KETK-TV", "KADN-TV", "WNTZ-TV"]
A["us-fcc-communications-corporation-of-america-nexstar-broadcasting-eight-tv-licenses-kyle-tv-satellite-assignment-letter-2014"] = dict(
 # Companies: Nexstar Broadcasting, Inc. ('(\u201cNexstar\u201d)' -> alias); Communications Corporation of America
 # ('(\u201cCCA\u201d)' -> alias; written here without 'Inc.', as the letter writes it); the eight stations of the
 # 'Re:' line, KVEO-TV, KWKT-TV, KYLE-TV, KTSM-TV, WGMB-TV, KETK-TV, KADN-TV and WNTZ-TV (KYLE-TV and KWKT-TV again in
 # the body). Organization: Commission ('the Commission\u2019s rules', 'the Commission adopted'). Locations, as
 # written: Brownsville, TX (the 'Re:' line, five times, one entity), Waco (twice), Bryan (twice), El Paso, Baton
 # Rouge, LA (twice), Jacksonville, MS (twice), Lafayette, Natchez, Texas (twice, the body). 'KETK-TV, Jacksonville,
 # MS' kept as the letter writes it (no correction: Jacksonville and MS are each annotated as written). Not annotated:
 # 'Note 5 of Section 73.3555', 'Television Satellite Stations' (a decision's short name), 'City Grade', 'the duopoly
 # rule', 'we' (the Bureau), the facility and file numbers.
 entities=[E("Company", NEX, "Nexstar"), E("Company", CCA, "CCA")] + [E("Company", s) for s in ST] +
          [E("Organization", "Commission")] +
          [E("Location", x) for x in ("Brownsville", "TX", "Waco", "Bryan", "El Paso", "Baton Rouge", "LA",
                                      "Jacksonville", "MS", "Lafayette", "Natchez", "Texas")],
 # No person is named in the kept text (the addressee blocks, naming Nexstar's and CCA's counsel, were left out).
 roles=[],
 # - acquired(Nexstar Broadcasting, Inc., each of the eight stations): 'we grant the above-captioned uncontested
 #   applications for the assignment of eight television licenses from subsidiaries of ... CCA ... to Nexstar', the
 #   eight stations listed in the 'Re:' line; 'In connection with the sale' (granted, consummation not told ->
 #   acquired only; **doubtful**: the stations are tied to the grant through the 'Re:' list and 'above-captioned').
 # - parentOrganization(each station, Communications Corporation of America): the licences come 'from subsidiaries
 #   of Communications Corporation of America' (**doubtful** as in the docstring: the licensee subsidiaries are
 #   unnamed; the lane's assignor call one step up).
 # Near-misses: 'operate station KYLE-TV ... as a satellite of KWKT-TV' (a satellite operation: no relation); no
 #   partner between CCA and Nexstar (a sale); the 'subsidiaries of' CCA (unnamed: no entity).
 relations=[L(NEX, "acquired", s) for s in ST] + [L(s, "parentOrganization", CCA) for s in ST],
 outages=[],
 # 'December 4, 2014' (the release line, = `published`). Not dates: '20130503' inside the file numbers, 'DA 14-1757'
 # (left out).
 dates=[D("December 4, 2014", "2014-12-04")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
