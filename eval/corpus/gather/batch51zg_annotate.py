#!/usr/bin/env python3
"""Gold for batch 51zg (session 52, gatherer 51zg): two FCC broadcast-licence texts of 1969 and 2013 (the Commission's
Memorandum Opinion and Order FCC 69-907 adopted 14 August 1969, 19 F.C.C.2d 433, on the application to transfer
control of Wichita-Hutchinson Co., Inc., licensee of KTVH-TV, from the Minneapolis Star & Tribune Co. to WKY Television
System, Inc.; the Commission's Memorandum Opinion and Order FCC 13-35 of 2013 upholding the Media Bureau's decision on
the assignment of WHAT(AM)'s licence from Urban Radio I, LLC to Marconi Broadcasting Company, LLC), written from the
texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train,
dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-51zd of the lane; GUIDELINES section 2): a granted licence assignment whose consummation
the text does not tell, and an application pending before the Commission -> acquired(assignee or transferee, the
station or the licensee whose control passes) only (44k, 50c, 50f, 50i, 51e, 51j, 51r, 51zd); the named transferee
('the purchaser') is the buyer; the assignor of a station's licence ('assign the license of S ... from X') and a
station's stated licensee ('X, licensee of station S') -> parentOrganization(S, X) (51e's, 51j's, 51r's and 51zd's
call; **doubtful**: a reader may give the licence holder no ownership link; GUIDELINES: ownership stated as past is
still recorded); 'S is owned by X', 'X which in turn is owned by Y' -> parentOrganization (stated); families named
after a person ('the John Cowles family') -> no entity (32h's 'KK Birla family', 40f); television and radio stations
-> Company (35l, 43v, 49m, 51e, 51j, 51r, 51zd); Commissioners -> Person with role other at the Commission, a chairman
-> chairman (GUIDELINES; 44k, 51r), names written only in capitals ('CHAIRMAN HYDE', 'COMMISSIONER H. REX LEE', 'BY
THE COMMISSION') annotated as written (51r's 'MEDIA BUREAU', 51zd's 'BARTLEY'); 'the Commission' -> Organization
'Commission' (48h, 50c, 50i, 51e, 51j, 51r, 51zd); the Media Bureau -> Organization with no parentOrganization to the
Commission (51r: the text does not say 'of the Commission'), its 'Audio Division' written after it ('the Media
Bureau, Audio Division') -> its own Organization under the Bureau (50b's 'Section, Division' chain; **doubtful**); a
short name in parentheses -> alias; place names -> Location, a state's abbreviation ('Kans.') its own Location as
written (51r's 'N.Y.', 51zd's 'Tex.', **doubtful**); dockets, files, rules, policies, applications, pleadings
('Application for Review', 'Petition for Reconsideration'), decisions ('the Staff Decision') and channels not
annotated; the captions and page headings (kept as `title`) not annotated beyond what the text repeats.
usage: batch51zg_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52zg/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Minneapolis Star & Tribune Co. -> WKY Television System, Inc.: Wichita-Hutchinson Co. / KTVH-TV, 1969-08-14 --
CMU = "COMMISSION"
WH = "Wichita-Hutchinson Co., Inc."
MST = "Minneapolis Star & Tribune Co."
WKY = "WKY Television System, Inc."
OPC = "Oklahoma Publishing Co."
KTVH = "KTVH-TV"
A["us-fcc-minneapolis-star-tribune-wichita-hutchinson-ktvh-tv-wky-television-oklahoma-publishing-transfer-order-1969"] = dict(
 # Organization: the Commission, named only in the upper-case line 'BY THE COMMISSION:' -> 'COMMISSION' as written
 # (**doubtful** for the capitals, as 51zd's 'BARTLEY'; the body never names it). Persons: the five Commissioners,
 # named only in that line -- 'CHAIRMAN HYDE' -> 'HYDE'; 'COMMISSIONER ROBERT E. LEE'; 'COMMISSIONER WADSWORTH';
 # 'COMMISSIONER JOHNSON'; 'COMMISSIONER H. REX LEE' (two Lees, each by his full form, no shared 'LEE' alias).
 # Companies: the station KTVH-TV (twice; 'This property' not an alias); Wichita-Hutchinson Co., Inc. ('the
 # Wichita-Hutchinson Co.' -> alias 'Wichita-Hutchinson Co.'); Minneapolis Star & Tribune Co. (twice; 'The latter'
 # not an alias); WKY Television System, Inc. ('the purchaser' not an alias); Oklahoma Publishing Co. Locations:
 # Hutchinson, Kans.; Wichita-Hutchinson ('KTVH-TV serves Wichita-Hutchinson, Kans.': the two-city market as a place,
 # **doubtful**: a reader may split it into Wichita and Hutchinson or skip it as a market's name; not the company's
 # alias); the Midwest ('Midwest'); Southern United States; Southwestern United States (regions as written).
 # Not annotated: 'the John Cowles family' and 'the Edward K. Gaylord family' (families named after a person: no
 # entity, 32h's 'KK Birla family'; **doubtful**: a reader may write Persons 'John Cowles' and 'Edward K. Gaylord',
 # a near-miss), 'Cowles interests', 'Gaylord holdings' (the families' holdings, no alias), 'the Nation' and "the
 # Nation's southern and midwestern regions" (the country unnamed, lower-case regions; **doubtful**), 'CATV',
 # 'channel 12', 'a corporate structure of newspaper and publishing concerns' (unnamed).
 entities=[E("Organization", CMU), E("Person", "HYDE"), E("Person", "ROBERT E. LEE"), E("Person", "WADSWORTH"),
           E("Person", "JOHNSON"), E("Person", "H. REX LEE"), E("Company", KTVH),
           E("Company", WH, "Wichita-Hutchinson Co."), E("Company", MST), E("Company", WKY), E("Company", OPC),
           E("Location", "Hutchinson"), E("Location", "Kans."), E("Location", "Wichita-Hutchinson"),
           E("Location", "Midwest"), E("Location", "Southern United States"),
           E("Location", "Southwestern United States")],
 # 'CHAIRMAN HYDE' -> chairman at the Commission; 'COMMISSIONER ROBERT E. LEE', 'COMMISSIONER WADSWORTH ABSENT',
 # 'COMMISSIONER JOHNSON', 'COMMISSIONER H. REX LEE' -> other (GUIDELINES), all current (the order's day).
 roles=[R("HYDE", "chairman", CMU), R("ROBERT E. LEE", "other", CMU), R("WADSWORTH", "other", CMU),
        R("JOHNSON", "other", CMU), R("H. REX LEE", "other", CMU)],
 # - parentOrganization(KTVH-TV, Wichita-Hutchinson Co., Inc.): 'the Wichita-Hutchinson Co., Inc., licensee of
 #   station KTVH-TV' and 'This property is owned by the Wichita-Hutchinson Co.' (stated).
 # - parentOrganization(Wichita-Hutchinson Co., Inc., Minneapolis Star & Tribune Co.): '... which in turn is owned by
 #   the Minneapolis Star & Tribune Co.' (stated).
 # - acquired(WKY Television System, Inc., Wichita-Hutchinson Co., Inc.): 'the application for transfer of control
 #   of the Wichita-Hutchinson Co., Inc., ... from the Minneapolis Star & Tribune Co. to WKY Television System, Inc.'
 #   with WKY as 'the purchaser' (an agreed transfer awaiting the Commission's consent -> acquired only; **doubtful**:
 #   the text tells a 'proceeding', and a reader may hold a transfer of control under review as no agreed purchase).
 # - parentOrganization(WKY Television System, Inc., Oklahoma Publishing Co.): 'Behind the corporate identity of the
 #   purchaser stands the Oklahoma Publishing Co.' (the purchaser's controlling company; **doubtful**: 'stands
 #   behind' is not 'owns', so a reader may give no link).
 # Near-misses: no acquired(WKY, KTVH-TV) (control of the licensee passes, the station stays its property; the
 #   station's link to WKY would be transitive); no link from the Minneapolis Star & Tribune Co. to KTVH-TV (the chain
 #   above, no transitive relation); the Cowles and Gaylord families' control of the two publishers (families, no
 #   entity); WKY and the Minneapolis Star & Tribune Co. as counterparties (a sale, no partner).
 relations=[L(KTVH, "parentOrganization", WH), L(WH, "parentOrganization", MST), L(WKY, "acquired", WH),
            L(WKY, "parentOrganization", OPC)],
 outages=[],
 # 'August 14, 1969' (the adoption line). Not dates: 'channel 12', 'for the moment' (no calendar value).
 dates=[D("August 14, 1969", "1969-08-14")])

# ---- Urban Radio I, LLC -> Marconi Broadcasting Company, LLC: WHAT(AM), FCC 13-35, published 2013-03-21 ---------
CM = "Commission"
MB = "Media Bureau"
AD = "Audio Division"
URB = "Urban Radio I, LLC"
MAR = "Marconi Broadcasting Company, LLC"
WHAT = "WHAT(AM)"
WIL = "Leon A. Williams"
A["us-fcc-urban-radio-i-marconi-broadcasting-what-am-philadelphia-assignment-review-order-2013"] = dict(
 # Organizations: the Commission ('By the Commission:', 'Commission policy'; 'we' not annotated); the Media Bureau
 # ('(\u201cBureau\u201d)' -> alias, again 'the Bureau' three times); its Audio Division ('the Media Bureau, Audio
 # Division (\u201cBureau\u201d)': the parenthesis names the Bureau as the text goes on to use it, so 'Bureau' is the
 # Media Bureau's alias; **doubtful**: a reader may give it to the Division or keep one entity 'Media Bureau, Audio
 # Division'). Person: Leon A. Williams ('(\u201cWilliams\u201d)' -> alias; 'Williams\u2019s' the same, possessive
 # dropped). Companies: the station WHAT(AM); Urban Radio I, LLC; Marconi Broadcasting Company, LLC. Locations:
 # Philadelphia, Pennsylvania. Not annotated: 'Application for Review' / 'AFR', 'Petition for Reconsideration',
 # 'Assignment Application', 'the Staff Decision' (documents and pleadings), 'Commission policy', 'format changes',
 # 'MEMORANDUM OPINION AND ORDER'.
 entities=[E("Organization", CM), E("Organization", MB, "Bureau"), E("Organization", AD), E("Person", WIL, "Williams"),
           E("Company", WHAT), E("Company", URB), E("Company", MAR), E("Location", "Philadelphia"),
           E("Location", "Pennsylvania")],
 # Williams is named with no post (an objector; 'Esq.' only in the cut footnote 2) -> no role.
 roles=[],
 # - acquired(Marconi Broadcasting Company, LLC, WHAT(AM)): 'the December 28, 2006, grant of an uncontested
 #   application for consent to assign the license of broadcast station WHAT(AM), Philadelphia, Pennsylvania, from
 #   Urban Radio I, LLC, to Marconi Broadcasting Company, LLC', upheld now (granted; consummation not told ->
 #   acquired only, as 51zd's KTRK-TV; **doubtful**: a grant of 2006 upheld in 2013 may be read as done, so a reader
 #   may add parentOrganization(WHAT(AM), Marconi)).
 # - parentOrganization(WHAT(AM), Urban Radio I, LLC): the assignor of the licence (**doubtful**, the assignor call).
 # - parentOrganization(Audio Division, Media Bureau): 'the Media Bureau, Audio Division' (the Division written under
 #   the Bureau, 50b's chain; **doubtful**, as above).
 # Near-misses: no Media Bureau -> Commission link (51r); Williams as objector (a Person: no relation type); footnote
 #   1's 'Marconi Broadcasting, LLC' and footnote 3's 'Urban' and 'Marconi' short forms (cut with the footnotes).
 relations=[L(MAR, "acquired", WHAT), L(WHAT, "parentOrganization", URB), L(AD, "parentOrganization", MB)],
 outages=[],
 # 'March 20, 2013' (adopted), 'March 21, 2013' (released), 'April 14, 2008' (the AFR), 'March 14, 2008' (the
 # Bureau's decision), 'December 28, 2006' (the grant). Not dates: 'Assignment Application' etc.
 dates=[D("March 20, 2013", "2013-03-20"), D("March 21, 2013", "2013-03-21"), D("April 14, 2008", "2008-04-14"),
        D("March 14, 2008", "2008-03-14"), D("December 28, 2006", "2006-12-28")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
