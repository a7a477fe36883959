#!/usr/bin/env python3
"""Batch 50f gold annotations (the texts of batch50f.py: the Wireline Competition Bureau's public notice DA 09-1384 of
22 June 2009 granting the application to transfer control of Orlando Telephone Company, Inc. to Summit Broadband
Inc.; the Bureau's public notice DA 07-67 of 12 January 2007 granting the application to transfer control of Telstra
Incorporated from the Commonwealth of Australia to the shareholders of Telstra Corporation Limited; the International
Bureau's Order and Declaratory Ruling DA 06-860 of 14 April 2006 on the indirect foreign ownership of TelCove FWL,
Inc., a subsidiary of TelCove, Inc.), written from the texts alone; newskg was not run on them. The split follows the
fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve
against `published` (each text's release date).
Conventions (batches 15f, 43n-50c of the lane; GUIDELINES section 2): a transfer of control of a named company to a
named buyer, granted, consummation not told -> `acquired` only (44g's and 44k's grants, 48h's DA 21-849, 50c); control
passing to unnamed shareholders -> no `acquired`; 'X, which is the ultimate parent company of Y' and 'Y, an indirect
wholly- owned subsidiary of X' -> parentOrganization(Y, X); a government body named as a unit inside another ('the
Department of Justice, including the Federal Bureau of Investigation') -> parentOrganization(unit, department), as
45zj's Division under the Department; a condition-of-grant agreement with government bodies -> no partner (45h's
VoiceStream/DOJ/FBI agreement); a country as a carrier's holder -> Location, no relation (GUIDELINES: countries are
Location); a short name in parentheses or quotation marks -> alias, as written without the rendering's spaces;
a heading's names identical to the body's -> not listed again; collective defined terms ('Applicants', 'the
Executive Branch Agencies', 'the Agreement') not annotated; 'Commission' (in 'the Commission’s rules' and alone) ->
Organization 'Commission' (48h, 50c); the Wireline Competition Bureau and the International Bureau -> Organization, no
parentOrganization to the Commission (44g, 48h: the texts do not say 'of the Commission'); an unnamed Bureau chief ->
no person; laws, sections, dockets, file and DA numbers not annotated; '1934' inside the Act's name no date (48h).
usage: batch50f_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather51f/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L
import batch10_annotate as b10

A = {}
CM = "Commission"
WCB = "Wireline Competition Bureau"
FBI = "Federal Bureau of Investigation"
DHS = "Department of Homeland Security"

# ---- Orlando Telephone -> Summit Broadband, DA 09-1384, published 2009-06-22 ----------------------------------------
OT = "Orlando Telephone Company, Inc."
SB = "Summit Broadband Inc."
DOJ1 = "Department of Justice"
A["us-fcc-orlando-telephone-company-summit-broadband-domestic-section-214-transfer-of-control-granted-public-notice-2009"] = dict(
 # Organizations: the Wireline Competition Bureau (always written out; no alias); the Commission ('the Commission’s
 # rules', 'The Commission released', 'that the Commission defer'); the Department of Justice, the Federal Bureau of
 # Investigation, the Department of Homeland Security (each once, no short form). Companies: Orlando Telephone
 # Company, Inc. ('(Orlando Telephone)', 'of Orlando Telephone' -> alias 'Orlando Telephone'; the heading's full name
 # the same); Summit Broadband Inc. ('(Summit Broadband)', 'to Summit Broadband' -> alias 'Summit Broadband'). No
 # Person (the Bureau's chief is not named), no Location, no role. Not annotated: 'Applicants', 'the Executive Branch
 # Agencies' (collective labels), section 63.03, 'WC Docket No. 09-61', 'DA 09-1384'.
 entities=[E("Organization", WCB), E("Organization", CM), E("Organization", DOJ1), E("Organization", FBI),
           E("Organization", DHS),
           E("Company", OT, "Orlando Telephone"), E("Company", SB, "Summit Broadband")],
 roles=[],
 # - acquired(Summit Broadband, Orlando Telephone): the heading 'DOMESTIC SECTION 214 AUTHORIZATION GRANTED' over 'the
 #   transfer of control of Orlando Telephone to Summit Broadband', and 'grant of the application will serve the
 #   public interest' (granted; consummation not told -> acquired only, 44k's DA 07-4520, 50c).
 # - parentOrganization(FBI, Department of Justice): 'the Department of Justice, including the Federal Bureau of
 #   Investigation' -- the Bureau named as part of the Department (45zj's Division under the Department).
 #   **Doubtful**: a reader may read 'including' as listing two filers and give no link; the FBI's place in the
 #   Department is not otherwise told.
 # Near-misses: Orlando Telephone's present owner (not named: no parent link for the seller side); the Executive
 #   Branch Agencies' deferral request and its withdrawal (a review, no relation; the Department of Homeland Security
 #   'with the concurrence' -> no partner); Orlando Telephone and Summit Broadband as co-applicants (not partners); the
 #   Bureau as grantor; the cut sentence on the 'resulting entity' (its market share and services).
 relations=[L(SB, "acquired", OT), L(FBI, "parentOrganization", DOJ1)],
 outages=[],
 # 'June 22, 2009' (the notice's date); 'May 1, 2009' (filed); 'May 8, 2009' (streamlined notice); 'May 29, 2009'
 # (the letter; written twice, listed once); 'June 16, 2009' (withdrawal). '09-1384', '09-61', '63.03' no dates.
 dates=[D("June 22, 2009", "2009-06-22"), D("May 1, 2009", "2009-05-01"), D("May 8, 2009", "2009-05-08"),
        D("May 29, 2009", "2009-05-29"), D("June 16, 2009", "2009-06-16")])

# ---- TelCove FWL / TelCove, DA 06-860, published 2006-04-14 ---------------------------------------------------------
TC = "TelCove, Inc."
TF = "TelCove FWL, Inc."
A["us-fcc-telcove-telcove-fwl-indirect-foreign-ownership-declaratory-ruling-order-2006"] = dict(
 # Organizations: the International Bureau ('By the Chief, International Bureau:'); the Commission ('requesting that
 # the Commission find permissible'). Companies: TelCove, Inc. ('(“ TelCove” or “Petitioner”)', 'subsidiary of
 # TelCove' -> alias 'TelCove'; 'Petitioner' is a role label, not an alias); TelCove FWL, Inc. ('(“ TelCove FWL”)',
 # 'of TelCove FWL' -> alias 'TelCove FWL'). No Person, no Location (the foreign owners are not named in the kept
 # text), no role. Not annotated: 'Petition', 'this Order and Declaratory Ruling' (documents), the Communications Act
 # and '(the “Act”)' (a law), 'section 310( b)( 4)', the 25 percent benchmark.
 entities=[E("Organization", "International Bureau"), E("Organization", CM),
           E("Company", TC, "TelCove"), E("Company", TF, "TelCove FWL")],
 roles=[],
 # - parentOrganization(TelCove FWL, TelCove): 'TelCove FWL, Inc. (“ TelCove FWL”), an indirect wholly- owned
 #   subsidiary of TelCove' (stated outright; 'indirect' -> still parentOrganization, as the lane links indirect
 #   subsidiaries to the named parent).
 # Near-misses: the indirect foreign ownership of TelCove FWL (owners unnamed, no relation); the ruling itself (a
 #   permission, not an acquisition); the Bureau as the deciding body (no relation to the companies).
 relations=[L(TF, "parentOrganization", TC)],
 outages=[],
 # 'April 14, 2006' (adopted and released; the same text and value twice, listed once). '1934' inside the Act's
 # name, '310( b)( 4)', '25 percent' no dates.
 dates=[D("April 14, 2006", "2006-04-14")])

# ---- Telstra Incorporated: Commonwealth of Australia -> Telstra's shareholders, DA 07-67, published 2007-01-12 ----
TU = "Telstra Incorporated"
TL = "Telstra Corporation Limited"
CW = "Commonwealth of Australia"
RL = "Reach Ltd."
PC = "Pacific Century CyberWorks Limited"
DOJ2 = "U.S. Department of Justice"
A["us-fcc-telstra-incorporated-commonwealth-of-australia-telstra-corporation-domestic-transfer-of-control-granted-public-notice-2007"] = dict(
 # Organizations: the Wireline Competition Bureau (written out once); the Commission; the Federal Bureau of
 # Investigation (twice, written out); the U.S. Department of Justice ('the U.S. Department of Justice' and 'the
 # Department of Justice' -> one entity, the fuller form as name, 'Department of Justice' alias); the Department of
 # Homeland Security. Companies: Telstra Incorporated ('(“Telstra USA”)', 'of Telstra USA' -> alias 'Telstra USA');
 # Telstra Corporation Limited ('(“Telstra,”' -> alias 'Telstra'; 'the shareholders of Telstra', 'Telstra filed a
 # letter'; the full name again in the Agreement's parties); Reach Ltd.; Pacific Century CyberWorks Limited ('the
 # Pacific Century CyberWorks Limited', article not part of the name). Location: the Commonwealth of Australia
 # ('(“Commonwealth”)', 'from the Commonwealth' -> alias 'Commonwealth'; a country as the holder: Location, by the
 # GUIDELINES' types; **doubtful**: a reader may type it Organization, the Australian government acting as
 # shareholder). No Person, no role. Not annotated: 'Applicants', 'the Agreement' (an unnamed agreement's label),
 # section 63.04, 'WC Docket No. 06-218', 'DA 07-67'.
 entities=[E("Organization", WCB), E("Organization", CM), E("Organization", FBI),
           E("Organization", DOJ2, "Department of Justice"), E("Organization", DHS),
           E("Company", TU, "Telstra USA"), E("Company", TL, "Telstra"), E("Company", RL), E("Company", PC),
           E("Location", CW, "Commonwealth")],
 roles=[],
 # - parentOrganization(Telstra Incorporated, Telstra Corporation Limited): 'the shareholders of Telstra, which is the
 #   ultimate parent company of Telstra USA' (stated outright).
 # Near-misses: control of Telstra USA passes 'from the Commonwealth to the shareholders of Telstra' -- the buyers
 #   are unnamed shareholders (no acquired), and the Commonwealth is a Location, so no Ark-O parent link to it
 #   (**doubtful**: a reader who types the Commonwealth an Organization may give parentOrganization(Telstra
 #   Incorporated, Commonwealth of Australia) by 43t's Ark-O rule, or link Telstra Corporation Limited to it as its
 #   controlling holder -- the text never says the Commonwealth holds Telstra's shares); the November 2001 Agreement
 #   between Reach Ltd., Telstra Corporation Limited and Pacific Century CyberWorks Limited on one side and the FBI and
 #   the Department of Justice on the other (a condition-of-grant security agreement with government bodies: no
 #   partner, 45h; no partner among the three companies either, one side of one agreement -- Reach's owners are not
 #   told); the agencies filing no comments; the Bureau as grantor.
 relations=[L(TU, "parentOrganization", TL)],
 outages=[],
 # 'January 12, 2007' (the notice's date); 'December 4, 2006' (filed); 'December 14, 2006' (streamlined notice);
 # 'January 5, 2007' (Telstra's letter); 'November 29, 2001' (the Agreement's date, 'a November 29, 2001
 # Agreement'). '07-67', '06-218', '63.04' no dates.
 dates=[D("January 12, 2007", "2007-01-12"), D("December 4, 2006", "2006-12-04"),
        D("December 14, 2006", "2006-12-14"), D("January 5, 2007", "2007-01-05"),
        D("November 29, 2001", "2001-11-29")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
