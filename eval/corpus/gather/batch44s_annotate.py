#!/usr/bin/env python3
"""Batch 44s gold annotations (the texts of batch44s.py: the public notice DA 10-993 on the applications filed by
Qwest Communications International Inc. and CenturyTel, Inc. d/b/a CenturyLink for consent to transfer of control,
28 May 2010; the public notice DA 01-1394 on the application of Berkshire Cable Corporation d/b/a Berkshire Long
Distance and Citizens Communications Company, 15 June 2001; the public notice DA 06-2231 on the application to
transfer control of Commonwealth Telephone Enterprises, Inc. to Citizens Communications Company, 27 October 2006; the
Common Carrier Bureau's public notice DA 98-381 on SBC Communications Inc. and Southern New England
Telecommunications Corporation (SNET) seeking consent for a proposed transfer of control, 27 February 1998), written
from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test,
train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n, 43p, 43r, 43t, 43u, 44b, 44g, 44k and 44o; GUIDELINES section 2): a transfer of
control of a named company to a named buyer that the parties have applied for together, completion not told ->
`acquired` only (a company that 'will become' or 'would become' a wholly owned subsidiary of the buyer the same);
"Y, the parent of X" -> parentOrganization(X, Y); a defined short name or a 'd/b/a' name -> alias, the upper-case
heading's forms the same names (not listed); 'Commission' -> Organization (15f, 43p; 'FCC' its alias where the text
has it); states -> Location, a place word inside a company's name not a Location mention; laws, dockets, rules,
defined party labels ('Applicants') and kinds of service not annotated.
usage: batch44s_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather45s/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs
import batch10_annotate as b10

A = {}
COM = "Commission"
CIT = "Citizens Communications Company"

# ---- CenturyLink / Qwest, DA 10-993, published 2010-05-28 ---------------------------------------------------------
QW = "Qwest Communications International Inc."
CT = "CenturyTel, Inc."
A["us-fcc-centurylink-qwest-transfer-of-control-applications-public-notice-2010"] = dict(
 # Companies: Qwest Communications International Inc. ('Qwest'), CenturyTel, Inc. ('CenturyLink', its d/b/a name and
 # defined short name; the heading's 'CENTURYTEL, INC., D/B/A/ CENTURYLINK' the same). Organization: 'Commission'.
 # Location: Delaware ('a publicly traded Delaware corporation'). Not annotated: the Communications Act of 1934 and
 # the Cable Landing License Act (laws), sections 214 and 310(d), 'WC Docket No. 10-110', 'Applicants', the unnamed
 # 'subsidiaries' and 'wholly owned operating companies', '14 states', kinds of service ('VoIP' included)
 entities=[E("Company", QW, "Qwest"), E("Company", CT, "CenturyLink"), E("Organization", COM)] + locs("Delaware"),
 roles=[],
 # 'seeking Commission approval for various transfers of control of licenses and authorizations held by Qwest and
 # its subsidiaries from Qwest to CenturyLink': applied for together, completion not told -> CenturyLink acquired
 # Qwest (acquired only; **doubtful**: the transfers are told of Qwest's licences and its subsidiaries' and a reader
 # may hold that no company-level acquisition is stated, as the heading says 'CONSENT TO TRANSFER OF CONTROL')
 relations=[L(CT, "acquired", QW)],
 outages=[],
 # 'May 28, 2010' (release date) -> 2010-05-28; 'July 12, 2010', 'July 27, 2010' (due dates); 'May 10, 2010'
 # (filing). Not dates: 'DA 10-993', '10-110', '1934' inside the law's name, '310(d)', '\u00a7 35'
 dates=[D("May 28, 2010", "2010-05-28"), D("July 12, 2010", "2010-07-12"), D("July 27, 2010", "2010-07-27"),
        D("May 10, 2010", "2010-05-10")])

# ---- Citizens / Berkshire, DA 01-1394, published 2001-06-15 -------------------------------------------------------
BC = "Berkshire Cable Corporation"
BT = "Berkshire Telephone Corporation"
A["us-fcc-citizens-berkshire-transfer-of-control-public-notice-2001"] = dict(
 # Companies: Berkshire Cable Corporation ('Berkshire Long Distance', its d/ b/ a name, and 'Berkshire', the defined
 # short name), Citizens Communications Company ('Citizens'), Berkshire Telephone Corporation (the heading's capitals
 # the same names). Organization: 'Commission'. No Location (none in the text). Not annotated: the Communications
 # Act of 1934 ('the Act'), sections 214 and 310( d), 'CC Docket No. 01- 125', 'the Applicants', Berkshire's unnamed
 # 'subsidiaries', kinds of service
 entities=[E("Company", BC, "Berkshire Long Distance", "Berkshire"), E("Company", CIT, "Citizens"),
           E("Company", BT), E("Organization", COM)],
 roles=[],
 # 'Berkshire Telephone Corporation, the parent of Berkshire' -> parentOrganization(Berkshire Cable Corporation,
 # Berkshire Telephone Corporation). 'Under the terms of the proposed transfer of control, Berkshire Telephone
 # Corporation ... will become a wholly- owned subsidiary of Citizens': proposed, completion not told -> Citizens
 # acquired Berkshire Telephone Corporation (acquired only). No acquired(Citizens, Berkshire Cable Corporation): the
 # company bought is its parent, Berkshire staying under it (**doubtful**: the applications 'transfer control to
 # Citizens of ... authorizations held by Berkshire', and a reader may give Citizens acquired Berkshire too)
 relations=[L(BC, "parentOrganization", BT), L(CIT, "acquired", BT)],
 outages=[],
 # 'June 15, 2001' (release date) -> 2001-06-15; 'May 21, 2001' (filing). Not dates: 'DA 01- 1394', '01- 125',
 # '1934' inside the law's name, '310( d)'
 dates=[D("June 15, 2001", "2001-06-15"), D("May 21, 2001", "2001-05-21")])

# ---- Citizens / Commonwealth Telephone Enterprises, DA 06-2231, published 2006-10-27 -----------------------------
CW = "Commonwealth Telephone Enterprises, Inc."
A["us-fcc-citizens-commonwealth-telephone-enterprises-transfer-of-control-public-notice-2006"] = dict(
 # Companies: Commonwealth Telephone Enterprises, Inc. ('Commonwealth'), Citizens Communications Company
 # ('Citizens') (the heading's capitals the same names). Organization: 'Commission' ('the Commission\u2019s rules').
 # Location: Pennsylvania ('in the state of Pennsylvania'). Not annotated: sections 63.04 and 63.03, 'WC Docket No.
 # 06- 184', 'the Applicants', the unnamed subsidiaries of both, 'incumbent LEC'
 entities=[E("Company", CW, "Commonwealth"), E("Company", CIT, "Citizens"), E("Organization", COM)]
          + locs("Pennsylvania"),
 roles=[],
 # 'requesting authority to transfer control of Commonwealth to Citizens': applied for together, completion not
 # told -> Citizens acquired Commonwealth (acquired only). 'one or more Commonwealth subsidiaries', 'Citizens and its
 # subsidiaries': unnamed, nothing
 relations=[L(CIT, "acquired", CW)],
 outages=[],
 # 'October 27, 2006' (release date) -> 2006-10-27; 'November 10, 2006', 'November 17, 2006' (due dates);
 # 'September 29, 2006' (filing). Not dates: 'DA 06- 2231', '06- 184', '63.04', '63.03'
 dates=[D("October 27, 2006", "2006-10-27"), D("November 10, 2006", "2006-11-10"),
        D("November 17, 2006", "2006-11-17"), D("September 29, 2006", "2006-09-29")])

# ---- SBC / SNET, DA 98-381, published 1998-02-27 -------------------------------------------------------------------
SB = "SBC Communications Inc."
SN = "Southern New England Telecommunications Corporation"
A["us-fcc-sbc-snet-transfer-of-control-pleading-cycle-public-notice-1998"] = dict(
 # Companies: SBC Communications Inc. ('SBC'), Southern New England Telecommunications Corporation ('SNET', defined
 # in the heading and the body) (the heading's capitals the same names). Organization: 'Commission' ('requesting
 # Commission approval'; 'FCC' in the heading the same body -> alias). No Location ('Southern New England' inside the
 # company's name only). Not annotated: the Communications Act (a law), sections 214 and 310(d), 'CC Docket No.
 # 98-25', SNET's unnamed 'affiliates or subsidiaries', 'Interested parties', kinds of service
 entities=[E("Company", SB, "SBC"), E("Company", SN, "SNET"), E("Organization", COM, "FCC")],
 roles=[],
 # 'a proposed merger of SBC and SNET. After the proposed merger, SNET would become a wholly owned subsidiary of SBC'
 # and 'the transfer of control to SBC of licenses and authorizations controlled or requested by SNET': proposed,
 # completion not told -> SBC acquired SNET (acquired only)
 relations=[L(SB, "acquired", SN)],
 outages=[],
 # 'February 27, 1998' (release date) -> 1998-02-27; 'March 30, 1998', 'April 29, 1998' (due dates, each twice: the
 # heading's lines and the body). Not dates: 'DA 98-381', '98-25', '310(d)'
 dates=[D("February 27, 1998", "1998-02-27"), D("March 30, 1998", "1998-03-30"), D("April 29, 1998", "1998-04-29")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
