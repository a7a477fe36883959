#!/usr/bin/env python3
"""Batch 47za gold annotations (the texts of batch47za.py: the public notice DA 06-2574 of 21 December 2006 on the
domestic section 214 application to transfer control of IDACOMM, Inc. from IDACORP, Inc. to American Fiber Systems,
Inc.; the public notice DA 14-749 of 30 May 2014 granting the domestic section 214 application to transfer control of
NTS, Inc. to T3 North Intermediate Holdings, LLC), written from the texts alone; newskg was not run on them. The split
follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates
resolve against `published`.
Conventions (batches 15f, 43n-47x of the lane; GUIDELINES section 2): a transfer of control of a named company to a
named buyer, applied for or granted, completion not told -> `acquired` only (44b, 44g, 45zk, 46l, 46o, 47c-47x); the
named holder a company's control passes from (the 'Transferor') -> parentOrganization(company, holder) (43t's Ark-O
rule, 44k, 44o's Norlight/Journal, 45zx); 'Y is a wholly owned subsidiary of X', 'Y (wholly owned by X)', 'its
subsidiaries are Y' -> parentOrganization(Y, X), each stated direct link on its own (43n, 43t, 44b, 47u, 47x); 'Y will
be a wholly owned subsidiary of X' (not yet done) -> no parentOrganization; a short name in parentheses -> alias, as
written; an upper-case heading's form of a name -> not listed; defined party labels ('Applicants', 'Transferor',
'Transferee', 'the NTS licensees') not annotated (45zo, 47x); 'Commission' and 'Wireline Competition Bureau' (the
'Bureau') -> Organization (44b, 44g); 'an Idaho corporation' -> Idaho, states named on their own -> Location;
'U.S.-based' -> Location 'U.S.' (the corpus's '<place>-based' rule, 43g, 47p; **doubtful** in this lane, 43t left it
out); laws, sections, dockets not annotated; the Act's '1934' no date.
usage: batch47za_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather48za/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs, people
import batch10_annotate as b10

A = {}
CM = "Commission"

# ---- IDACOMM, Inc. (IDACORP, Inc.) -> American Fiber Systems, Inc., DA 06-2574, published 2006-12-21 ------------------
IC = "IDACORP, Inc."
AF = "American Fiber Systems, Inc."
IM = "IDACOMM, Inc."
A["us-fcc-idacomm-idacorp-american-fiber-systems-domestic-section-214-transfer-of-control-pleading-cycle-public-notice-2006"] = dict(
 # Companies: IDACORP, Inc. ('(“IDACORP” or “Transferor”)', 'from IDACORP'), American Fiber Systems, Inc. ('(“AFS” or
 # Transferee”)', 'to AFS'), IDACOMM, Inc. ('(“IDACOMM”)', 'IDACOMM, an Idaho corporation'); the heading's upper-case
 # forms ('IDACOMM, INC.', 'AMERICAN FIBER SYSTEMS, INC.') not listed. Organization: 'the Commission’s rules' (twice)
 # -> Commission. Locations: 'an Idaho corporation' and 'the states of Idaho and Nevada' -> Idaho, Nevada. Not
 # annotated: 'Transferor', 'Transferee' (three times, twice without 'the'), 'Applicants' (labels of the proceeding,
 # 45zo: not aliases; **doubtful**, the notice defines each as a second name of a named party), 'their affiliates' and
 # 'dominant local exchange carriers' (unnamed), 'WC Docket No. 06-211', sections 63.04 and 63.03(b)(2)(i),
 # 'commercial Internet services' (a kind of service). No Person, no role.
 entities=[E("Company", IC, "IDACORP"), E("Company", AF, "AFS"), E("Company", IM, "IDACOMM"), E("Organization", CM)]
          + locs("Idaho", "Nevada"),
 roles=[],
 # - acquired(AFS, IDACOMM): 'requesting authority to transfer control of IDACOMM, Inc. (“IDACOMM”) from IDACORP to
 #   AFS' and the heading (control of a named company to a named buyer, applied for; completion not told -> acquired
 #   only, no parentOrganization(IDACOMM, AFS)).
 # - parentOrganization(IDACOMM, IDACORP): control passes 'from IDACORP', the named 'Transferor' (the present holder,
 #   43t's Ark-O rule, 44o's Norlight/Journal). **Doubtful**: no sentence of the kept text calls IDACOMM IDACORP's
 #   subsidiary; a reader may give only the buyer's link.
 # Near-misses: IDACORP and AFS as co-applicants (not partners); 'the Applicants or their affiliates' (unnamed); no
 #   acquired from IDACORP (the seller); IDACOMM's lines leased 'from' an unnamed lessor (cut with the sentence the
 #   footnotes break).
 relations=[L(AF, "acquired", IM), L(IM, "parentOrganization", IC)],
 outages=[],
 # 'December 21, 2006' (released), 'January 4, 2007' and 'January 11, 2007' (comment dates), 'October 31, 2006' (the
 # filing); '10%' no date
 dates=[D("December 21, 2006", "2006-12-21"), D("January 4, 2007", "2007-01-04"), D("January 11, 2007", "2007-01-11"),
        D("October 31, 2006", "2006-10-31")])

# ---- NTS, Inc. -> T3 North Intermediate Holdings, LLC, DA 14-749, published 2014-05-30 --------------------------------
NT = "NTS, Inc."
TI = "T3 North Intermediate Holdings, LLC"
TH = "T3 North Holdings, LLC"
NC = "NTS Communications, Inc."
PR = "PRIDE Network, Inc."
TEL = "NTS Telephone Company, LLC"
XF = "Xfone USA, Inc."
WB = "Wireline Competition Bureau"
A["us-fcc-nts-t3-north-intermediate-holdings-domestic-section-214-transfer-of-control-granted-public-notice-2014"] = dict(
 # Companies: NTS, Inc. ('(NTS)', 'control of NTS', 'NTS provides', 'subsidiaries of NTS'; the 'NTS' inside 'the NTS
 # licensees' is part of a label), T3 North Intermediate Holdings, LLC ('(T3 Intermediate)', three more times), T3
 # North Holdings, LLC ('(T3 Holdings)', 'both T3 Holdings'), NTS Communications, Inc. ('(NTSC)', 'wholly owned by
 # NTSC' twice), PRIDE Network, Inc. ('(PRIDE)'), NTS Telephone Company, LLC (no short form), Xfone USA, Inc. (capitals
 # as written). The heading is in title case and gives the two parties' names as the body does (no separate form).
 # Organization: the Wireline Competition Bureau ('(Bureau)'). No 'Commission' in the kept text (it stands in the cut
 # sentence, with the Department of Justice, the Federal Bureau of Investigation and the Department of Homeland
 # Security). Locations: the eight states named on their own (Texas, Louisiana, Mississippi, Arizona, Colorado, Kansas,
 # New Mexico, Oklahoma); 'U.S.-based' -> U.S. (**doubtful**: the corpus's '<place>-based' rule; 43t in this lane left
 # 'U.S.-based' out). Not annotated: 'Applicants', 'Application' (labels), 'the NTS licensees' and 'NTS's U.S.-based
 # subsidiary licensees' (collective labels), 'no affiliates' (none named), the Communications Act of 1934 (a law;
 # '(Act)'), section 214, 'WC Docket No. 13-269'. No Person, no role.
 entities=[E("Company", NT, "NTS"), E("Company", TI, "T3 Intermediate"), E("Company", TH, "T3 Holdings"),
           E("Company", NC, "NTSC"), E("Company", PR, "PRIDE"), E("Company", TEL), E("Company", XF),
           E("Organization", WB, "Bureau")]
          + locs("Texas", "Louisiana", "Mississippi", "Arizona", "Colorado", "Kansas", "New Mexico", "Oklahoma", "U.S."),
 roles=[],
 # - acquired(T3 Intermediate, NTS): 'filed an application ... to transfer control of NTS to T3 Intermediate' and 'the
 #   Application is granted with the condition stated herein' (granted, consummation not told -> acquired only, as
 #   44b's RCHC grant); 'NTS will be a direct, wholly owned subsidiary of T3 Intermediate' tells the planned tie, not a
 #   done one -> no parentOrganization(NTS, T3 Intermediate) (**doubtful**: a reader may take the grant with that
 #   sentence for enough).
 # - parentOrganization(T3 Intermediate, T3 Holdings): 'T3 Intermediate is a direct wholly owned subsidiary of T3 North
 #   Holdings, LLC (T3 Holdings)'.
 # - parentOrganization(NTSC, NTS), parentOrganization(Xfone USA, Inc., NTS): 'Its subsidiaries are NTS
 #   Communications, Inc. (NTSC), ... and Xfone USA, Inc.' (NTS's subsidiaries, no intermediate holder stated).
 # - parentOrganization(PRIDE, NTSC), parentOrganization(NTS Telephone Company, LLC, NTSC): '(wholly owned by NTSC)'
 #   after each. **Doubtful**: the same list calls PRIDE and NTS Telephone NTS's subsidiaries too; only the direct
 #   holder is linked (47u's GE chain, 47x's Level 3 chain), so a reader may add parentOrganization(PRIDE, NTS) and
 #   parentOrganization(NTS Telephone Company, LLC, NTS) as the stated indirect holdings.
 # Near-misses: NTS and T3 Intermediate as co-applicants (not partners); 'created for the purpose of this proposed
 #   transaction' (a description); 'the NTS licensees will remain wholly owned direct or indirect subsidiaries of NTS'
 #   (the same links, by a label); the Bureau's grant 'with the condition stated herein' (a regulator's act, no
 #   relation; the condition and the Executive Branch Agencies' letter are cut).
 relations=[L(TI, "acquired", NT), L(TI, "parentOrganization", TH), L(NC, "parentOrganization", NT),
            L(XF, "parentOrganization", NT), L(PR, "parentOrganization", NC), L(TEL, "parentOrganization", NC)],
 outages=[],
 # 'May 30, 2014' (released); '1934' in the Act's name no date; the cut sentence's 'December 18, 2013' not in the text
 dates=[D("May 30, 2014", "2014-05-30")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
