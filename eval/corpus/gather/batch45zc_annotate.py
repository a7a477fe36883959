#!/usr/bin/env python3
"""Batch 45zc gold annotations (the texts of batch45zc.py: the Media Bureau's public notice DA 02-733 of 29 March 2002 on
AT&T Corp.'s and Comcast Corporation's applications to transfer control to AT&T Comcast Corporation; the three Bureaus'
news release of 8 October 2003 approving Global Crossing's transfer of control of its licences to GC Acquisition
Limited (New GX)), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 15f, 43n, 43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t and 45x; GUIDELINES
section 2): a transfer of control of a named company to a named buyer, applied for or granted, consummation not told
-> `acquired` only (the CenturyLink/Qwest notice: acquired on an application); companies to become 'wholly-owned
subsidiaries' of a named new parent -> acquired(parent, each); a holding company 'for X's division' -> its
parentOrganization X; a transfer of 'substantially all of its assets and operations' -> nothing (GUIDELINES: asset
purchases); a defined short name in quotes or brackets -> alias; a heading's upper-case short form -> alias where it
differs from the body's forms beyond case; 'Commission' and 'FCC' -> one Organization (45h, 45m); a Bureau named as
acting -> Organization; a dateline -> Location (45h, 45m); a person named only as a holder of an interest -> Person,
no role; laws, sections, docket and file numbers, kinds of licence and service not annotated.
usage: batch45zc_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46zc/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, R, L
import batch10_annotate as b10

A = {}

# ---- AT&T / Comcast, Media Bureau public notice DA 02-733, published 2002-03-29 ------------------------------------
AC = "AT&T Comcast Corporation"
CC = "Comcast Corporation"
AT = "AT&T Corp."
AB = "AT&T Broadband Corp."
A["us-fcc-att-comcast-broadband-transfer-of-control-pleading-cycle-public-notice-2002"] = dict(
 # Organizations: the Media Bureau ('MEDIA BUREAU ACTION': the Bureau issuing the notice; named only so, upper case
 # as written); the Commission ('the Commission received applications'; 'SEEK FCC CONSENT' in the heading -> alias
 # 'FCC', 45h/45m). Companies: AT&T Comcast Corporation ('("AT&T Comcast")' -> alias), Comcast Corporation
 # ('("Comcast")', the heading's 'COMCAST CORP.' -> aliases), AT&T Corp. ('("AT&T,"' -> alias 'AT&T'; the heading's
 # 'AT&T CORP.' differs only in case: not listed), AT&T Broadband Corp. ('("AT&T Broadband")' -> alias). Person:
 # Brian L. Roberts (a holder of '33 percent of the voting interest' to be: no title or organization post stated ->
 # no role; **doubtful**: a reader who knows him may give him a post at Comcast -- the text gives none). Location:
 # Pennsylvania ('a Pennsylvania corporation': the state of incorporation, named). Not annotated: "AT&T's broadband
 # division" (a division described, not named: the holding company is AT&T Broadband Corp.), 'the Applicants'
 # (collective), 'the subsidiaries and affiliates' (unnamed), 'Communications Act of 1934' and 'Sections 214 and
 # 310(d)' (law), 'MB DOCKET NO. 02-70' (a number), the shareholders (unnamed)
 entities=[E("Organization", "MEDIA BUREAU"), E("Organization", "Commission", "FCC"),
           E("Company", AC, "AT&T Comcast"), E("Company", CC, "Comcast", "COMCAST CORP."),
           E("Company", AT, "AT&T"), E("Company", AB, "AT&T Broadband"),
           E("Person", "Brian L. Roberts"), E("Location", "Pennsylvania")],
 roles=[],
 # 'the subsequent merger of AT&T Broadband and Comcast into wholly-owned subsidiaries of AT&T Comcast' with 'the
 # proposed transfer of control' for which consent is sought: both companies to pass under AT&T Comcast, applied for,
 # not yet consummated ('After the merger is consummated') -> acquired(AT&T Comcast, AT&T Broadband) and
 # acquired(AT&T Comcast, Comcast) only (GUIDELINES: agreed, awaiting approval). **doubtful**: a reader may hold it a
 # merger of two companies into a new parent and give nothing, or read it as Comcast buying AT&T's cable business
 # (the text never says Comcast buys). 'AT&T Broadband Corp. ("AT&T Broadband"), a holding company for AT&T's
 # broadband division', to be spun off 'to AT&T's shareholders' -> parentOrganization(AT&T Broadband, AT&T)
 # (ownership now, before the spin-off; relations carry no time). **doubtful**: a reader may leave it out (the text
 # says 'holding company for AT&T's division', not 'subsidiary'). Near-misses: the shareholders' future economic and
 # voting interests (53, 41 and 1 percent; no named holder but Roberts, a person: no relation); 'the subsidiaries and
 # affiliates of Comcast Corporation' (unnamed); no parentOrganization(Comcast, AT&T Comcast) beyond acquired (not
 # completed)
 relations=[L(AC, "acquired", AB), L(AC, "acquired", CC), L(AB, "parentOrganization", AT)],
 outages=[],
 # 'March 29, 2002' (the notice's date) -> 2002-03-29; 'April 29, 2002' (petitions due), 'May 14, 2002' (oppositions
 # due), 'February 28, 2002' (the first applications; written '2002,1' with the footnote mark: the date text stops
 # before it). Not dates: '1934' inside the Act's name (a law's name), '02-70' (docket)
 dates=[D("March 29, 2002", "2002-03-29"), D("April 29, 2002", "2002-04-29"), D("May 14, 2002", "2002-05-14"),
        D("February 28, 2002", "2002-02-28")])

# ---- Global Crossing / New GX, the Bureaus' news release, published 2003-10-08 --------------------------------------
GX = "Global Crossing"
NG = "GC Acquisition Limited"
A["us-fcc-global-crossing-gc-acquisition-new-gx-transaction-approved-news-release-2003"] = dict(
 # Organizations: the FCC ('its FCC authorizations and licenses', 'FCC domestic and international Section 214
 # authorizations', 'FCC licenses'; 'established Commission precedent' -> alias 'Commission', 45h/45m); the
 # International Bureau, the Wireless Telecommunications Bureau and the Wireline Competition Bureau (the three acting
 # jointly; '(Bureaus)' names the three together: no alias of any one). Companies: Global Crossing (named only so);
 # GC Acquisition Limited ('(New GX)' -> alias). Locations: Washington, D. C. (the dateline, as written), Bermuda
 # ('organized under the laws of Bermuda'), New Jersey ('principal offices in New Jersey'). Not annotated: 'Global
 # Crossing subsidiaries' (unnamed), 'Section 214 authorizations', 'submarine cable landing licenses', 'radio
 # licenses' (kinds of licence), 'a global fiber optic network' (unnamed), 'data, voice and Internet services'
 # (generic services)
 entities=[E("Organization", "FCC", "Commission"), E("Organization", "International Bureau"),
           E("Organization", "Wireless Telecommunications Bureau"), E("Organization", "Wireline Competition Bureau"),
           E("Company", GX), E("Company", NG, "New GX"),
           E("Location", "Washington, D. C."), E("Location", "Bermuda"), E("Location", "New Jersey")],
 roles=[],
 # No relation. 'Global Crossing received approval to transfer control of its FCC authorizations and licenses to GC
 # Acquisition Limited (New GX)' and 'Global Crossing will transfer substantially all of its assets and operations,
 # including its ownership interests in subsidiaries holding FCC licenses, to New GX': what passes is licences,
 # assets and operations and the interests in unnamed subsidiaries -- an asset transfer (GUIDELINES: asset purchases
 # -> nothing; 45m's COMSAT General/Intelsat). **doubtful**: a reader may give acquired(GC Acquisition Limited, Global
 # Crossing), New GX taking over substantially all of Global Crossing's business with approval granted (45c's rule
 # for granted transfers of control), or parentOrganization of the subsidiaries (unnamed: nothing to attach).
 # Near-misses: 'Through its subsidiaries, Global Crossing ... owns and operates a global fiber optic network'
 # (unnamed network and subsidiaries); the Bureaus' conditions; the cut sentence on New GX's formation for Global
 # Crossing's reorganization
 relations=[],
 outages=[],
 # 'October 8, 2003' (the release's date) -> 2003-10-08; 'today' (the approval, the release's day) -> 2003-10-08
 dates=[D("October 8, 2003", "2003-10-08"), D("today", "2003-10-08")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
