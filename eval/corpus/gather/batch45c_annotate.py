#!/usr/bin/env python3
"""Batch 45c gold annotations (the texts of batch45c.py: the Commission's Wireless Telecom Action news release Report
No. WT 97-2 on its grant of the transfer-of-control applications of SBC Communications, Inc. and Pacific Telesis
Group, 31 January 1997; the Commission's Common Carrier Action news release Report No. CC 98-22 on its approval of the
transfer from Teleport Communications Group, Inc. to AT&T Corp., 23 July 1998; the Commission's news release of 10
March 2000 on its approval of the transfer of control from US WEST, Inc. to Qwest Communications International Inc.),
written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along
test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n, 43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s and 44v; GUIDELINES section 2): a transfer
of control of a named company to a named buyer that the Commission has granted or approved, consummation not told ->
`acquired` only (a target that 'will become' a wholly-owned subsidiary of the buyer the same, 44s); a defined short
name -> alias, the upper-case heading's forms the same names (not listed); 'Commission' / 'FCC' -> Organization; a
Chairman or Commissioner named by surname in the release's 'Action by the Commission' line -> Person, chairman or
other at the Commission (43n, 44k); cities, states and countries -> Location, street addresses not; laws, sections,
orders' numbers, kinds of service and licence ('PCS', 'MDS', 'ITFS', 'interLATA'), party labels ('merger
applicants', 'a BOC') not annotated; petitioners against a transfer -> entities, no relation.
usage: batch45c_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46c/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, R, L, locs
import batch10_annotate as b10

A = {}
COM = "Commission"

# ---- SBC / Pacific Telesis, Report No. WT 97-2, published 1997-01-31 -----------------------------------------------
SB = "SBC Communications, Inc."
PT = "Pacific Telesis Group"
FCC = "FCC"
A["us-fcc-sbc-pacific-telesis-transfer-of-control-granted-news-release-1997"] = dict(
 # Companies: SBC Communications, Inc. ('SBC'; the heading's 'SBC COMMUNICATIONS, INC.' and the subheading's
 # 'SBC/PacTel' the same names), Pacific Telesis Group ('PacTel'), the petitioners MCI, AT&T and the Intelcom Group,
 # Inc ('ICG'; name as written, no full stop after 'Inc'). Organization: the FCC ('FCC' throughout, 'the Commission'
 # in the subheading and the action line; name 'FCC', the form the release uses most: **doubtful**, a reader may
 # name it 'Commission' with 'FCC' as alias -- the same entity either way). Persons: Hundt ('Chairman Hundt'),
 # Quello, Ness, Chong ('Commissioners Quello, Ness and Chong'; surnames only, as written). No Location. Not
 # annotated: 'Report No. WT 97-2', 'WIRELESS TELECOM ACTION' (the report's label), the Communications Act of 1934
 # and its Section 310(d) (a law), 'FCC 97-28' (the order's number), Personal Communications Services ('PCS'),
 # Multi-Point Distribution Service ('MDS'), Instructional Television Fixed Service ('ITFS') (kinds of licensed
 # service, not named products: near-miss), 'PacTel subsidiaries' (unnamed), 'the opponents of the transfer'
 entities=[E("Company", SB, "SBC"), E("Company", PT, "PacTel"), E("Company", "MCI"), E("Company", "AT&T"),
           E("Company", "Intelcom Group, Inc", "ICG"), E("Organization", FCC, COM),
           E("Person", "Hundt"), E("Person", "Quello"), E("Person", "Ness"), E("Person", "Chong")],
 # 'Chairman Hundt' -> chairman at the FCC; 'Commissioners Quello, Ness and Chong' -> other at the FCC (GUIDELINES:
 # commissioners -> other; 43n, 44k), current (the action line of the day)
 roles=[R("Hundt", "chairman", FCC), R("Quello", "other", FCC), R("Ness", "other", FCC), R("Chong", "other", FCC)],
 # 'The FCC has granted the transfer-of-control applications ... filed by SBC Communications, Inc. (SBC) and Pacific
 # Telesis Group (PacTel) in connection with the proposed merger of SBC and PacTel' and 'Under the terms of the
 # merger agreement, PacTel will merge with, and become, a wholly-owned subsidiary of SBC': an agreed deal, granted,
 # closing ahead ('will ... become', 'the proposed merger') -> SBC acquired PacTel (acquired only, 44s's SBC/SNET;
 # **doubtful**: 'will merge with, and become, a wholly-owned subsidiary' may be read as a merger told with its
 # outcome, and a reader may add parentOrganization(PacTel, SBC) for the agreed structure). 'PacTel subsidiaries'
 # unnamed: nothing. MCI, AT&T and ICG 'filed petitions to deny and comments': opponents, no relation (near-miss)
 relations=[L(SB, "acquired", PT)],
 outages=[],
 # 'January 31, 1997' (the report's date and the action's, the same text and value: listed once). Not dates: '1934'
 # inside the law's name, 'WT 97-2', 'FCC 97-28'
 dates=[D("January 31, 1997", "1997-01-31")])

# ---- AT&T / Teleport, Report No. CC 98-22, published 1998-07-23 -----------------------------------------------------
AT = "AT&T Corp."
TC = "Teleport Communications Group, Inc."
A["us-fcc-att-teleport-transfer-of-control-granted-news-release-1998"] = dict(
 # Companies: Teleport Communications Group, Inc. ('Teleport'), AT&T Corp. ('AT&T'). Organization: 'Commission'.
 # Persons: Kennard ('Chairman Kennard'), Ness, Powell, Tristani ('Commissioners Ness, Powell, and Tristani'),
 # Furchtgott-Roth ('Commissioner Furchtgott-Roth'); surnames only, as written. Location: the United States ('in the
 # United States'). Not annotated: 'Report No. CC 98-22', 'COMMON CARRIER ACTION', the Communications Act (a law),
 # 'FCC 98-169', 'merger applicants', 'the combined entity' (unnamed), 'the nation' (not a name)
 entities=[E("Company", TC, "Teleport"), E("Company", AT, "AT&T"), E("Organization", COM),
           E("Person", "Kennard"), E("Person", "Ness"), E("Person", "Powell"), E("Person", "Tristani"),
           E("Person", "Furchtgott-Roth")] + locs("United States"),
 # 'Chairman Kennard' -> chairman at the Commission; the four Commissioners -> other at the Commission (43n, 44k);
 # current (the action line of the day)
 roles=[R("Kennard", "chairman", COM), R("Ness", "other", COM), R("Powell", "other", COM),
        R("Tristani", "other", COM), R("Furchtgott-Roth", "other", COM)],
 # 'The Commission has approved the transfer of communications licenses and authorizations from Teleport
 # Communications Group, Inc. to AT&T Corp., thereby granting the companies' merger application' and 'As a result of
 # the merger, Teleport will become a wholly-owned subsidiary of AT&T': approved, closing not told ('will become') ->
 # AT&T acquired Teleport (acquired only, as 44v's ALLTEL/Aliant and 44s's SBC/SNET; **doubtful**: a reader may add
 # parentOrganization(Teleport, AT&T) for the stated outcome)
 relations=[L(AT, "acquired", TC)],
 outages=[],
 # 'July 23, 1998' (the report's date) -> 1998-07-23; 'July 21, 1998' (the Commission's action) -> 1998-07-21. Not
 # dates: 'CC 98-22', 'FCC 98-169'
 dates=[D("July 23, 1998", "1998-07-23"), D("July 21, 1998", "1998-07-21")])

# ---- Qwest / US WEST, news release, published 2000-03-10 --------------------------------------------------------------
QW = "Qwest Communications International Inc."
UW = "US WEST, Inc."
FC = "Federal Communications Commission"
A["us-fcc-qwest-us-west-transfer-of-control-approved-news-release-2000"] = dict(
 # Companies: US WEST, Inc. ('US WEST'; the heading's 'QWEST / US WEST' the same names), Qwest Communications
 # International Inc. ('Qwest'). Organization: Federal Communications Commission ('FCC', 'Commission'; the heading's
 # upper-case form the same name). Location: Washington, D.C. (the dateline; one entity, as 41h). Not annotated:
 # 'a BOC' (a class of carrier: Bell Operating Company, not expanded in the text), 'interLATA' and 'long distance'
 # services (kinds of service), Section 271 of the Communications Act (a law), 'the merged company' (unnamed), 'US
 # WEST's region' / 'territory' (no name)
 entities=[E("Company", UW, "US WEST"), E("Company", QW, "Qwest"), E("Organization", FC, "FCC", COM)]
          + locs("Washington, D.C."),
 roles=[],
 # 'the Federal Communications Commission (FCC) approved applications to transfer control of licenses and lines from
 # US WEST, Inc. (US WEST) to Qwest Communications International Inc. (Qwest)' with 'Qwest's divestiture and the
 # Commission's approval must be completed prior to closing the merger': an agreed deal, approved subject to a
 # condition, closing ahead -> Qwest acquired US WEST (acquired only). Qwest's divestiture of 'its long distance
 # customers in US WEST's region' (a sale of customers, buyer unnamed): nothing (near-miss)
 relations=[L(QW, "acquired", UW)],
 outages=[],
 # 'March 10, 2000' (the release's date) -> 2000-03-10; 'Today' (the day of the release) -> 2000-03-10
 dates=[D("March 10, 2000", "2000-03-10"), D("Today", "2000-03-10")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
