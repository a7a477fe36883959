#!/usr/bin/env python3
"""Batch 45t gold annotations (the texts of batch45t.py: the Commission's International Action news release Report No.
IN 97-9 of 4 April 1997 granting the transfer of control of PanAmSat to Hughes; the Commission's International Action
news release Report No. IN 97-25 of 21 August 1997 on its approval of the merger of MCI Communications Corporation and
British Telecommunications plc; the Commission's news release of 22 October 1999 approving AT&T's and BT's request to
obtain or transfer licences to their joint venture), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 15f, 43n, 43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h and 45m; GUIDELINES section
2): a transfer of control of a named company to a named buyer that the Commission has granted or approved,
consummation not told -> `acquired` only, the word 'merger' no bar where the text gives the direction (45h's
AirTouch/Vodafone, 45m's Comsat); two named companies forming an unnamed joint venture -> partner (direction as
written; 45m's SBC/BellSouth), the unnamed venture ('JV') no entity; a defined short name -> alias, the heading's
forms the same names (not listed); 'Commission' named only so -> Organization 'Commission' (45m's Comsat text), named
in full -> 'Federal Communications Commission' with 'Commission' as alias; 'U.S.' / 'U.K.' as places -> Location
(45h), the full name with the short form as alias where both occur (45h's United States); objectors and petitioners
-> entities, no relation (45c); laws, sections, orders, report numbers, kinds of service and licence ('Section 214
authorizations', 'earth station licenses', 'common carrier') not annotated; the contact lines were cut (no Person in
any text, so no roles).
usage: batch45t_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46t/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, R, L, locs
import batch10_annotate as b10

A = {}
COM = "Commission"

# ---- Hughes / PanAmSat, Report No. IN 97-9, published 1997-04-04 -----------------------------------------------------
HU = "Hughes Communications, Inc."
PA = "PanAmSat Licensee Corp."
A["us-fcc-hughes-panamsat-transfer-of-control-granted-news-release-1997"] = dict(
 # Organization: the Commission ('Today the Commission', 'with the Commission', 'The Commission states'; the heading's
 # 'COMMISSION'; named only so: name 'Commission', as 45m's Comsat text). Companies: Hughes Communications, Inc.
 # ('"Hughes"'; the heading's 'HUGHES' the same name), PanAmSat Licensee Corp. ('"PanAmSat"'; the heading's 'PANAMSAT';
 # "PanAmSat's" possessive), the objector GE Americom ('filed by GE and Comsat', 'In its filing, GE Americom stated':
 # one company, 'GE' its short form -> alias; **doubtful**: 'GE' may be read as the parent General Electric and 'GE
 # Americom' as its unit -- two entities, a parentOrganization the text does not state), the objector Comsat ("Comsat's
 # principal objections"). No Location: 'the Latin American satellite video services market' (an adjective naming a
 # market: near-miss), 'domestically and internationally' (no place named). Not annotated: 'IN 97-9', 'INTERNATIONAL
 # ACTION' (the report's label), 'an Order and Authorization' / 'the Order' (the order, unnamed), 'one stop shopping'
 # (a phrase), 'its current owners' (unnamed), 'the combined entity' (unnamed), 'common carrier' (a status)
 entities=[E("Organization", COM), E("Company", HU, "Hughes"), E("Company", PA, "PanAmSat"),
           E("Company", "GE Americom", "GE"), E("Company", "Comsat")],
 roles=[],
 # 'grants the transfer of control of PanAmSat from its current owners to Hughes' (heading 'COMMISSION GRANTS TRANSFER
 # OF CONTROL OF PANAMSAT TO HUGHES'), 'requesting the approval of Hughes to acquire control of PanAmSat', 'the
 # approved merger': a named buyer taking control of a named company, granted, consummation not told -> Hughes
 # acquired PanAmSat (acquired only, 45c's rule; the word 'merger' no bar: the text gives the direction; **doubtful**:
 # a reader may add parentOrganization(PanAmSat, Hughes) for the control granted, or hold to 'merger' and add
 # nothing). 'its current owners' unnamed: no relation from them. 'objections and comments, filed by GE and
 # Comsat': objectors, no relation (near-miss, 45c's petitioners); 'GE Americom stated that it had no objection'
 # the same. 'the manufacturing services provided by Hughes': services, unnamed -> no provider
 relations=[L(HU, "acquired", PA)],
 outages=[],
 # 'April 4, 1997' (the report's date) -> 1997-04-04; 'Today' (the day of the order and the report) -> 1997-04-04
 # (45c's Qwest text); 'October 8, 1996' (the applications filed) -> 1996-10-08. Not dates: 'IN 97-9'
 dates=[D("April 4, 1997", "1997-04-04"), D("Today", "1997-04-04"), D("October 8, 1996", "1996-10-08")])

# ---- MCI / BT, Report No. IN 97-25, published 1997-08-21 ------------------------------------------------------------
MC = "MCI Communications Corporation"
BT = "British Telecommunications plc"
A["us-fcc-mci-british-telecommunications-merger-approved-news-release-1997"] = dict(
 # Organizations: Federal Communications Commission ('The Federal Communications Commission has approved'; 'the
 # Commission', 'The Commission' -> alias 'Commission'), the European Union ('the equal access initiatives of the
 # European Union'; a union of states acting as a body -> Organization, **doubtful**: a reader may type it Location).
 # Companies: MCI Communications Corporation ('MCI'; "MCI's" possessive), British Telecommunications plc ('BT';
 # "BT's" possessive). Locations: the United States ('in the United States'; 'U.S.' in 'the U.S.-U.K. route', 'the
 # U.S. and U.K. telecommunications markets', 'U.S.-outbound calls' -> alias, as 45h), the United Kingdom ('in the
 # United Kingdom'; 'U.K.' in the same phrases and 'U.K.-outbound' -> alias; **doubtful**: the short forms sit in
 # adjectives and compounds, and a reader may leave them out). Not annotated: 'Report No. IN 97-25', 'INTERNATIONAL
 # ACTION' (the report's label), 'the U.S.-U.K. route' (a traffic route, not a place: near-miss), 'equal access' (a
 # regime), 'carriers other than BT' and "BT's competitors" (unnamed), 'a settlement rate of 7 cents per minute' (a
 # price)
 entities=[E("Organization", "Federal Communications Commission", COM), E("Organization", "European Union"),
           E("Company", MC, "MCI"), E("Company", BT, "BT"),
           E("Location", "United States", "U.S."), E("Location", "United Kingdom", "U.K.")],
 roles=[],
 # 'has approved the merger of MCI Communications Corporation (MCI) and British Telecommunications plc (BT)' with 'the
 # transfer of control of MCI's licenses and authorizations to BT is in the public interest': a merger whose direction
 # the text gives (MCI's licences go under BT's control), approved, closing not told -> BT acquired MCI (acquired
 # only, 45c's rule; as 45h's 'the merger of AirTouch ... and Vodafone' with AirTouch's licences going to Vodafone;
 # **doubtful**: a reader holding to 'a merger where the text does not say who buys whom' may add nothing, since the
 # text never says BT buys MCI's shares). 'BT recently agreed to accept a settlement rate': an undertaking to the
 # Commission, no relation. 'MCI has committed to support the equal access initiatives of the European Union': support
 # for a policy, no relation (near-miss: no partner, no memberOf). 'carriers other than BT', "BT's competitors":
 # unnamed rivals, nothing
 relations=[L(BT, "acquired", MC)],
 outages=[],
 # 'August 21, 1997' (the report's date) -> 1997-08-21. Not dates: 'recently' (BT's agreement: no calendar value a
 # reader can fix), 'Currently' (the present of the text, nothing told), 'IN 97-25', '7 cents per minute'
 dates=[D("August 21, 1997", "1997-08-21")])

# ---- AT&T / BT joint venture, Commission news release, published 1999-10-22 -----------------------------------------
AT = "AT&T Corp."
BB = "British Telecommunications, plc"
A["us-fcc-att-bt-joint-venture-licenses-approved-news-release-1999"] = dict(
 # Organization: the Commission ('The Commission voted today', "The Commission's action"; the heading's 'COMMISSION';
 # named only so: name 'Commission', as 45m's Comsat text). Companies: AT&T Corp. ('AT&T'; "AT&T's" possessive; the
 # heading's 'AT&T/BT' the two short names), British Telecommunications, plc ('BT'; name as written here, with the
 # comma before 'plc' -- the same company as 45t's MCI/BT text names 'British Telecommunications plc'). Locations:
 # 'U.S.' ('the U.S.- U.K. route', twice; 'the U.S. international services market') and 'U.K.' ('the U.S.- U.K. route';
 # "the JV's subsidiary in the U.K.") -- places named only by their short forms -> Location 'U.S.' and 'U.K.' (43g,
 # 45h; **doubtful**: mostly adjectives). Not annotated: 'a proposed joint venture (JV)' and 'the JV' (a defined
 # abbreviation of a common noun, not a name: the venture is unnamed in the text; **doubtful**: a reader may take 'JV'
 # as its name and add it as a Company with partner or parentOrganization links; near-miss), "the JV's subsidiary in
 # the U.K." (unnamed), 'Section 214 authorizations', 'submarine cable stations and facilities', 'earth station
 # licenses' (kinds of licence and facility), 'special concessions rule' (a rule), 'the foreign carriers' (generic)
 entities=[E("Organization", COM), E("Company", AT, "AT&T"), E("Company", BB, "BT")] + locs("U.S.", "U.K."),
 roles=[],
 # 'the application of AT&T Corp., (AT&T) and British Telecommunications, plc, (BT) to obtain or transfer licenses and
 # authorizations in connection with a proposed joint venture (JV)', 'authorizes AT&T to transfer to the JV AT&T's
 # existing ownership interests': two named companies forming a joint venture, approved -> partner(AT&T, BT) (direction
 # as written; 45m's SBC/BellSouth through Alloy). **doubtful**: 'The Commission did not conclude ... that AT&T should
 # be regulated as dominant ... because it is not "affiliated" with BT' -- a regulatory finding that AT&T is not BT's
 # affiliate in the rule's sense (quoted), which a reader may take against partner; kept, since the two are told
 # forming the venture together. The JV's 'affiliation with BT' and 'the JV's subsidiary': the venture unnamed, no
 # relation (near-miss). AT&T's transfer of cable-station and earth-station interests to the JV: assets, nothing
 relations=[L(AT, "partner", BB)],
 outages=[],
 # 'October 22, 1999' (the release's date) -> 1999-10-22; 'today' ('voted today': the day of the release) ->
 # 1999-10-22. Not dates: 'Section 214'
 dates=[D("October 22, 1999", "1999-10-22"), D("today", "1999-10-22")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
