#!/usr/bin/env python3
"""Batch 47x gold annotations (the texts of batch47x.py: the public notice DA 13-962 of 30 April 2013 on the
domestic section 214 application to transfer control of IP Networks, Inc. to Level 3 Communications, LLC; the public
notice DA 06-2586 of 22 December 2006 on the application to transfer control of Lightyear Network Solutions, LLC,
First Communications, LLC and Xtension Services, Inc. to First Communications, Inc., a newly formed holding company),
written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt
along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-47u of the lane; GUIDELINES section 2): a transfer of control of a named company to a
named buyer, applied for, completion not told -> `acquired` only (44g, 45zk, 46l, 46o, 47c, 47j, 47o, 47q, 47u), one
link per company transferred (44b's TDS/Chorus, 46c, 46f); 'Y is a wholly owned subsidiary of X' -> parentOrganization
(Y, X), each stated link on its own (43n, 43t, 44b, 47u); holders of '10 percent or more' of a company's stock ->
nothing (stakes of no stated control; GUIDELINES' minority stakes, 44b's Arvig owners made Persons with no role);
named trusts not annotated (43u, 44b, 46f); a short name in parentheses -> alias, as written; an upper-case heading's
form of a name -> not listed; collective defined terms ('Applicants', 'the Transferee') not annotated; 'Commission'
-> Organization; 'a Delaware corporation' -> Delaware, states named on their own -> Location (47c-47u); 'the U.S.' as
a noun -> Location 'U.S.' (as the lane's Altice/Suddenlink and Motient files); laws, sections, dockets not annotated.
usage: batch47x_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather48x/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs, people
import batch10_annotate as b10

A = {}
CM = "Commission"

# ---- IP Networks, Inc. -> Level 3 Communications, LLC, DA 13-962, published 2013-04-30 --------------------------------
IP = "IP Networks, Inc."
L3 = "Level 3 Communications, LLC"
LF = "Level 3 Financing, Inc."
LP = "Level 3 Communications, Inc."
FB = "Fiberco, General Engineering Contractors, Inc."
NS = "Nokia Siemens Networks US LLC"
A["us-fcc-ip-networks-level-3-communications-domestic-section-214-transfer-of-control-pleading-cycle-public-notice-2013"] = dict(
 # Companies: IP Networks, Inc. ('(IPN)', 'control of IPN', 'IPN, a Delaware corporation', 'stock of IPN'), Level 3
 # Communications, LLC ('(Level 3)', 'to Level 3', 'Level 3, a Delaware limited liability company', 'Level 3
 # provides'), Level 3 Financing, Inc. (twice, no short form), Level 3 Communications, Inc. ('(Level 3 Parent)'),
 # Fiberco, General Engineering Contractors, Inc. (**doubtful**: the semicolon-separated list gives 'Fiberco, General
 # Engineering Contractors, Inc.' as one holder; a reader may split it into 'Fiberco' and 'General Engineering
 # Contractors, Inc.' -- kept as one name, as the list's semicolons set it), Nokia Siemens Networks US LLC. Persons:
 # W. Leslie Pelio, Susan G. George (IPN's holders; no title, no role). Organization: 'the Commission’s rules' ->
 # Commission. Locations: 'a Delaware corporation' (twice), 'a Delaware limited liability company' -> Delaware;
 # California; 'throughout the U.S.' -> U.S. (a noun here, not an adjective). Not annotated: 'Robert George Family
 # Trust dated March 19, 1993' (a named trust, 43u/44b/46f; **doubtful**: a reader may make it an Organization -- it
 # would carry no relation, the holding being a stake), 'Applicants', 'WC Docket No. 13-100', section 63.03; the
 # heading's upper-case forms. No role.
 entities=[E("Company", IP, "IPN"), E("Company", L3, "Level 3"), E("Company", LF),
           E("Company", LP, "Level 3 Parent"), E("Company", FB), E("Company", NS), E("Organization", CM)]
          + people("W. Leslie Pelio", "Susan G. George") + locs("Delaware", "California", "U.S."),
 roles=[],
 # - acquired(Level 3, IPN): 'filed an application ... to transfer control of IPN to Level 3' and the heading
 #   'TRANSFER OF CONTROL OF IP NETWORKS, INC. TO LEVEL 3 COMMUNICATIONS, LLC' (control of a named company to a named
 #   buyer, applied for; completion not told -> acquired only, no parentOrganization(IPN, Level 3)).
 # - parentOrganization(Level 3, Level 3 Financing, Inc.): 'Level 3 ... is a wholly owned subsidiary of Level 3
 #   Financing, Inc.'.
 # - parentOrganization(Level 3 Financing, Inc., Level 3 Parent): 'Level 3 Financing, Inc. is a wholly owned
 #   subsidiary of Level 3 Communications, Inc. (Level 3 Parent)'.
 #   **Doubtful**: the name 'Level 3 Parent' tells that Level 3 Communications, Inc. stands over Level 3 as well; a
 #   reader may add parentOrganization(Level 3, Level 3 Parent) (the indirect holding) -- no sentence states it, so
 #   only the two stated direct links are kept (as 47u's GE chain).
 # Near-misses: the five holders of '10 percent or more of the various classes of stock of IPN' (W. Leslie Pelio,
 #   Fiberco, Nokia Siemens Networks US LLC, Susan G. George, the Robert George Family Trust): stakes of no stated
 #   size or control -> no parentOrganization to IPN, no role; Susan G. George and the Robert George Family Trust
 #   share a surname (no tie stated); 'a Delaware corporation operating as a holding company' (a description of Level
 #   3 Financing, no further link); IPN and Level 3 as co-applicants (not partners); Level 3 Parent's 10-percent
 #   holders (STT Crossing Ltd. etc.) cut with the sentence the excerpt breaks (not in the text).
 relations=[L(L3, "acquired", IP), L(L3, "parentOrganization", LF), L(LF, "parentOrganization", LP)],
 outages=[],
 # 'April 30, 2013' (released), 'May 14, 2013' and 'May 21, 2013' (comment dates), 'April 19, 2013' (the filing),
 # 'March 19, 1993' (the trust's date: **doubtful**, it stands in the holder's designation 'Robert George Family
 # Trust dated March 19, 1993' -- listed, as 44b listed 'March 4, 2011' in the Simon trusts' names); '10 percent' no
 # date
 dates=[D("April 30, 2013", "2013-04-30"), D("May 14, 2013", "2013-05-14"), D("May 21, 2013", "2013-05-21"),
        D("April 19, 2013", "2013-04-19"), D("March 19, 1993", "1993-03-19")])

# ---- Lightyear, First Communications, LLC, Xtension -> First Communications, Inc., DA 06-2586, published 2006-12-22 ---
FI = "First Communications, Inc."
LY = "Lightyear Network Solutions, LLC"
FL = "First Communications, LLC"
XT = "Xtension Services, Inc."
A["us-fcc-lightyear-network-solutions-first-communications-xtension-domestic-section-214-transfer-of-control-pleading-cycle-public-notice-2006"] = dict(
 # Companies: First Communications, Inc. ('(“FCI”)', 'to FCI', 'FCI, as the Transferee' twice), Lightyear Network
 # Solutions, LLC ('(“Lightyear”)', 'control of Lightyear'), First Communications, LLC ('(“First Communications”)',
 # 'First Communications, and Xtension': the short name is the LLC's, as the text defines it), Xtension Services,
 # Inc. ('(“Xtension”)', 'and Xtension to FCI'); the heading's upper-case forms not listed. Organization: 'the
 # Commission’s rules' (twice) -> Commission. No Location (Lightyear's 'Kentucky limited liability company' and its
 # state counts are cut with the sentence the footnotes break). Not annotated: 'Applicants', 'the Transferee' (a
 # label), 'their affiliates' and 'dominant local exchange carriers' (unnamed), 'WC Docket No. 06-228', sections
 # 63.04 and 63.03(b)(2)(i). No Person, no role.
 entities=[E("Company", FI, "FCI"), E("Company", LY, "Lightyear"), E("Company", FL, "First Communications"),
           E("Company", XT, "Xtension"), E("Organization", CM)],
 roles=[],
 # - acquired(FCI, Lightyear), acquired(FCI, First Communications, LLC), acquired(FCI, Xtension): 'requesting
 #   authority to transfer control of Lightyear, First Communications, and Xtension to FCI' and the heading (control
 #   of three named companies to a named transferee, applied for; completion not told -> acquired only, one link per
 #   company, no parentOrganization). **Doubtful**: FCI is 'a newly formed holding company' and the text says nothing
 #   of who owns it or of the carriers' owners; a reader may take the step for a reorganisation under a new parent
 #   (no acquired, or a planned parentOrganization) -- kept as acquired because the application asks for a transfer
 #   of control (presumptive streamlining under 63.03(b)(2)(i), not a pro forma notice) with FCI named 'the
 #   Transferee'. **Doubtful** too: First Communications, LLC and First Communications, Inc. share a name, so a
 #   reader may suspect they are already tied (no tie is stated; two entities, the LLC carrying the short name).
 # Near-misses: the four companies as co-applicants (not partners); 'the Applicants or their affiliates' (unnamed).
 relations=[L(FI, "acquired", LY), L(FI, "acquired", FL), L(FI, "acquired", XT)],
 outages=[],
 # 'December 22, 2006' (released), 'January 5, 2007' and 'January 12, 2007' (comment dates), 'December 06, 2006'
 # (the filing, written with its leading zero); '10%' no date
 dates=[D("December 22, 2006", "2006-12-22"), D("January 5, 2007", "2007-01-05"), D("January 12, 2007", "2007-01-12"),
        D("December 06, 2006", "2006-12-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
