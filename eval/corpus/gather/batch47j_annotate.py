#!/usr/bin/env python3
"""Batch 47j gold annotations (the texts of batch47j.py: the International Bureau's Order and Authorization DA 02-576
of March 2002 granting the assignment of the ORBCOMM system's authorizations from Orbital Communications Corporation
and ORBCOMM Global, L.P. to ORBCOMM License Corp. and ORBCOMM LLC; the public notice DA 10-667 of 20 April 2010 on the
application to transfer control of RCN Corporation to Yankee Cable Acquisition, LLC and Yankee Metro Parent, Inc.; the
public notice DA 04-136 of 21 January 2004 on Qwest Communications International Inc.'s application to acquire the
assets of Allegiance Telecom, Inc.), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 15f, 43n-47g of the lane; GUIDELINES section 2): a transfer of control of a named company to a
named buyer, applied for or granted, completion not told -> `acquired` only (44g, 45zk, 46l, 46o, 47c); 'X (with its
operating subsidiaries, Y and Z)' -> parentOrganization(Y, X) (47g's 'X and its subsidiaries, Y, Z'); assignments of
licences and purchases of assets -> nothing (asset steps, 46f, 46h, 47c, 47g; GUIDELINES); a short name in parentheses
or quotation marks -> alias, as written, also where the notice defines it for the company with its subsidiaries
('(with operating subsidiaries, Allegiance)', '(Qwest)': the group named by its parent, 45zr's 'DIRECTV'); an upper-case
heading's form of the same name -> not listed; 'Debtor-in-Possession' (here 'Debtor- in- Possession') -> a status,
not in the name (46h, 47c); 'Commission' -> Organization; a Bureau -> Organization, no parentOrganization to the
Commission (45h, 45m, 46l, 46o, 47c); 'Chief' with no person named -> no role; states and the District of Columbia
named on their own -> Location, 'a Delaware corporation' the same Location as the list's Delaware (47c); a named
satellite system -> Service (47c's named satellites); laws, sections, dockets, file numbers and collective defined
terms ('Applicants', 'Assignors', 'Assignees', 'Act') not annotated, and the years in the laws' names are no dates.
usage: batch47j_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather48j/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs
import batch10_annotate as b10

A = {}
CM = "Commission"

# ---- Orbital Communications / ORBCOMM Global -> ORBCOMM License Corp. / ORBCOMM LLC, order DA 02-576, 2002-03-11 ------
OC = "Orbital Communications Corporation"
OG = "ORBCOMM Global, L.P."
OL = "ORBCOMM License Corp."
OLL = "ORBCOMM LLC"
A["us-fcc-orbital-communications-orbcomm-global-orbcomm-license-assignment-order-2002"] = dict(
 # Companies: Orbital Communications Corporation ('(“OCC”)', 'OCC'), ORBCOMM Global, L.P. ('(“ORBCOMM Global”',
 # 'ORBCOMM Global’s bankruptcy'), ORBCOMM License Corp. ('(“OLC”)'), ORBCOMM LLC (no short name) -- each named in
 # the caption and again in paragraph 1. Service: 'the ORBCOMM non-voice, non-geostationary mobile satellite system
 # (“ORBCOMM System”)' -> ORBCOMM System (a named satellite network that 'will continue to be able to provide ...
 # markets with ... capabilities'; the descriptive phrase before the defined name is no name). Organization: the
 # by-line's International Bureau. Location: 'the United States'. Not annotated: 'Assignors', 'Assignees',
 # 'Applicants', 'Communications Act', 'Act' (labels; the Act a law); 'VSAT Network', 'a VSAT network',
 # 'experimental licenses', 'earth and space station authorizations' (assets, no names); 'mobile data services',
 # 'unserved and underserved markets' (kinds). 'Chief' with no person named -> no role. No Person; the Commission is
 # not named in the kept text (letterhead cut).
 entities=[E("Company", OC, "OCC"), E("Company", OG, "ORBCOMM Global"), E("Company", OL, "OLC"),
           E("Company", OLL), E("Service", "ORBCOMM System"), E("Organization", "International Bureau")]
          + locs("United States"),
 roles=[],
 # No relation. The grant is of 'the authority to assign various ... authorizations, experimental licenses, and a
 # VSAT network related to the ORBCOMM ... system from [OCC] and [ORBCOMM Global] ... to [OLC] and [ORBCOMM LLC]':
 # licences and a network pass between named companies -- an asset step (47c's TerreStar licences, 47g's GCI
 # licences): no acquired, no parentOrganization. **Doubtful**: no provider for the ORBCOMM System -- the text ties
 # the system to ORBCOMM Global only through 'the successful reorganization of the ORBCOMM System, in light of ORBCOMM
 # Global’s bankruptcy' and to the four companies through its licences; it never says who runs it (a reader may give
 # provider(ORBCOMM System, ORBCOMM Global, L.P.), or to the assignees after the grant). 'ORBCOMM System' typed Service
 # (a named network users use, GUIDELINES types) -- a reader may leave it out as the order's defined label.
 # Near-misses: the assignors and assignees (four companies sharing the ORBCOMM name) have no stated ownership tie in
 #   the kept text (the cut paragraph 2 begins 'OCC ... is a wholly-owned subsidiary o' and breaks off: no
 #   parentOrganization from a sentence the text does not hold); OCC and ORBCOMM Global, OLC and ORBCOMM LLC as joint
 #   assignors and assignees (not partners); 'ORBCOMM Global’s bankruptcy' and the 'reorganization' (events, no
 #   relation); 'current and future users' (unnamed).
 relations=[],
 outages=[],
 # 'March 8, 2002' (adopted), 'March 11, 2002' (released). '1934' is in the Act's name, not a date
 dates=[D("March 8, 2002", "2002-03-08"), D("March 11, 2002", "2002-03-11")])

# ---- RCN Corporation -> Yankee Cable / Yankee Metro, public notice DA 10-667, published 2010-04-20 --------------------
RC = "RCN Corporation"
YC = "Yankee Cable Acquisition, LLC"
YM = "Yankee Metro Parent, Inc."
A["us-fcc-rcn-yankee-cable-acquisition-yankee-metro-parent-transfer-of-control-pleading-cycle-public-notice-2010"] = dict(
 # Companies: RCN Corporation ('(RCN)', 'RCN' four times more, 'RCN Corporation' again in the third sentence; the
 # heading's 'RCN CORPORATION' only in case: not listed), Yankee Cable Acquisition, LLC ('(Yankee Cable)'), Yankee
 # Metro Parent, Inc. ('(Yankee Metro)'); the heading's upper-case forms only in case. Organization: 'authorized by
 # the Commission' -> Commission. Locations: 'a Delaware corporation' and the list's 'Delaware' (one entity), and the
 # list's Connecticut, District of Columbia, Illinois, Maine, Maryland, Massachusetts, New Hampshire, New Jersey, New
 # York, Pennsylvania, Rhode Island, Vermont, Virginia (states and the District named on their own -> Location, 47c).
 # Not annotated: 'Applicants' (a label); 'RCN subsidiaries', 'its subsidiaries', 'several subsidiaries' (unnamed);
 # 'bundled phone, cable and high speed Internet services', 'fiber-optic local network', 'domestic and international
 # telecommunications services', 'competitive intrastate telecommunications services' (kinds of service, no names;
 # 'Internet' inside a kind, no entity); 'Communications Act of 1934' (a law); 'WC Docket No. 10-79', sections 214
 # and 310(d). No Person, no role.
 entities=[E("Company", RC, "RCN"), E("Company", YC, "Yankee Cable"), E("Company", YM, "Yankee Metro"),
           E("Organization", CM)]
          + locs("Delaware", "Connecticut", "District of Columbia", "Illinois", "Maine", "Maryland", "Massachusetts",
                 "New Hampshire", "New Jersey", "New York", "Pennsylvania", "Rhode Island", "Vermont", "Virginia"),
 roles=[],
 # - acquired(Yankee Cable, RCN) and acquired(Yankee Metro, RCN): 'applications ... related to the transfer of control
 #   of RCN and its subsidiaries to Yankee Cable and Yankee Metro' and the heading 'APPLICATION FILED FOR THE TRANSFER
 #   OF CONTROL OF RCN CORPORATION TO YANKEE CABLE ACQUISITION, LLC AND YANKEE METRO PARENT, INC.' (control of the
 #   company itself, applied for; completion not told -> acquired only, 45zk; two named buyers of one company -> two
 #   relations, as 46o's Charter and 47g's four Frontier subsidiaries). **Doubtful**: a reader may give only one buyer
 #   (the two Yankee companies are one acquiring chain, the text does not say which holds RCN).
 # Near-misses: no parentOrganization between Yankee Cable Acquisition, LLC and Yankee Metro Parent, Inc. (the name
 #   'Parent' suggests one, the kept text states none; the party filings not used name ABRY Partners behind them); no
 #   parentOrganization for 'RCN subsidiaries' (named only in footnote 2, cut); RCN and the Yankee companies as
 #   co-applicants (not partners); '429,000 residential and small business customers' and 'consumers in densely
 #   populated markets' (unnamed).
 relations=[L(YC, "acquired", RC), L(YM, "acquired", RC)],
 outages=[],
 # 'April 20, 2010' (released), 'May 4, 2010' and 'May 11, 2010' (comment and reply dates). '1934' is in the Act's
 # name, not a date
 dates=[D("April 20, 2010", "2010-04-20"), D("May 4, 2010", "2010-05-04"), D("May 11, 2010", "2010-05-11")])

# ---- Allegiance Telecom assets -> Qwest, public notice DA 04-136, published 2004-01-21 ---------------------------------
AT = "Allegiance Telecom, Inc."
QI = "Qwest Communications International Inc."
QCC = "Qwest Communications Corporation"
QC = "Qwest Corporation"
A["us-fcc-allegiance-telecom-qwest-communications-international-acquisition-of-assets-pleading-cycle-public-notice-2004"] = dict(
 # Companies: Allegiance Telecom, Inc. ('(ATI)'; '(with operating subsidiaries, Allegiance)' -- the notice's short
 # name for ATI with its subsidiaries, used for the seller throughout: alias of ATI, the group named by its parent
 # (45zr's 'DIRECTV'), **doubtful** in that a reader may leave 'Allegiance' as a collective label; 'Debtor- in-
 # Possession' a status, not in the name; the heading's 'ALLEGIANCE TELECOM, INC.' only in case); Qwest Communications
 # International Inc. ('(QCII)'; '(Qwest)' defined for QCII with its two operating subsidiaries, used for the buyer
 # throughout, also 'Qwest’s LEC affiliate': alias of QCII, doubtful as 'Allegiance'; the heading's form only in
 # case); its named operating subsidiaries Qwest Communications Corporation ('(QCC)') and Qwest Corporation ('(QC)').
 # Organization: the heading's 'COMMISSION SEEKS COMMENT' and 'the Commission’s rules' (twice) -> Commission. Not
 # annotated: 'Applicants' (a label); 'a dominant local exchange carrier (LEC)', 'Qwest’s LEC affiliate' (unnamed;
 # 'LEC' a kind); 'Allegiance services', 'domestic interstate and international telecommunications services' (kinds);
 # 'WC Docket No. 04- 13', 'IB File No. ITC- ASG- 20040112- 00012', sections 63.03, 63.04, 63.03( b), 63.12. No
 # Location, no Person, no role.
 entities=[E("Company", AT, "ATI", "Allegiance"), E("Company", QI, "QCII", "Qwest"), E("Company", QCC, "QCC"),
           E("Company", QC, "QC"), E("Organization", CM)],
 roles=[],
 # - parentOrganization(QCC, QCII) and parentOrganization(QC, QCII): 'Qwest Communications International Inc. (QCII)
 #   (with its operating subsidiaries, Qwest Communications Corporation (QCC) and Qwest Corporation (QC), (Qwest))'.
 # Near-misses: no acquired(Qwest, Allegiance) -- the application is 'for consent to transfer from Allegiance to Qwest
 #   substantially all of the assets used by Allegiance' and the heading says 'ACQUISITION OF ASSETS OF ALLEGIANCE
 #   TELECOM, INC.': an asset purchase (nothing, GUIDELINES; 'the assets being acquired' the same), and only applied
 #   for; Allegiance's 'operating subsidiaries' (unnamed: no parentOrganization); 'Qwest’s LEC affiliate' that 'is
 #   dominant' (unnamed in the kept text; a reader who knows it is Qwest Corporation still has only 'affiliated with',
 #   which the subsidiaries' relation already covers); Allegiance and Qwest as co-applicants (not partners); the
 #   'dominant local exchange carrier' (a kind).
 relations=[L(QCC, "parentOrganization", QI), L(QC, "parentOrganization", QI)],
 outages=[],
 # 'January 21, 2004' (released), 'December 31, 2003' (the filing)
 dates=[D("January 21, 2004", "2004-01-21"), D("December 31, 2003", "2003-12-31")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
