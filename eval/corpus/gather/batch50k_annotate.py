#!/usr/bin/env python3
"""Batch 50k gold annotations (the text of batch50k.py: the Antitrust Division's Federal Register notice on its
proposed Final Judgment over the proposed acquisition by Humana Inc. of Arcadian Management Services, Inc., with health
plans to be divested in five states, 4 April 2012), written from the text alone; newskg was not run on it. The split
follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates
resolve against `published`.
Conventions (batches 40zk, 41c, 42w, 43h, 43j, 43l, 43m, 47l, 49e, 50b, 50e and 50h for the Division's notices;
GUIDELINES section 2): 'the proposed acquisition by X of Y' settled on a proposed Final Judgment -> agreed: `acquired`
only, no parentOrganization (42w, 42z, 43j, 43l, 43m, 50h); an ordered divestiture of unnamed assets naming no buyer
-> nothing (near-miss); 'Name, Chief, X Section, Antitrust Division' -> head of the Section, current, the Section under
the Division (21c, 42z, 43h, 43m); 'Department of Justice, Antitrust Division, Antitrust Documents Group' -> the Group
under the Division, the Division under the Department (40zk, 42w, 43h, 43j, 43l, 43m); 'U.S. Department of Justice'
-> an alias of the Department (43m); the United States as plaintiff -> Location (43h, 43j,
43l, 50h); the address 'Washington, DC' -> Location (21c,
40zk, 42w, 43h, 43j, 43l, 43m); states named in a list -> Locations; laws, court papers, the Federal Register, the
website, the Office of the Clerk, street addresses, telephone numbers and 'the Court' not annotated.
usage: batch50k_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather51k/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ, DDC
from batch42w_annotate import ADG, ADG_ATR

A = {}
US = E("Location", "United States")

# ---- Humana / Arcadian Management Services, Federal Register notice, published 2012-04-04 (a Wednesday) ------------
HUM = "Humana Inc."
ARC = "Arcadian Management Services, Inc."
LIT = "Litigation I Section"
A["us-doj-federal-register-humana-arcadian-management-services-health-plans-proposed-final-judgment-2012"] = dict(
 # Companies: Humana Inc. (twice in full: the case name and 'the proposed acquisition by Humana Inc.'; no short form
 # used), Arcadian Management Services, Inc. (twice in full; no short form). Organizations: the court (twice, once in
 # 'the Office of the Clerk of ...'), the Department of Justice ('the Department of Justice, Antitrust Division',
 # "the Department of Justice's Web site", 'Department of Justice regulations'; 'U.S. Department of Justice' once in
 # the comment paragraph, an alias), the Antitrust Division (three times), the Antitrust Documents Group, the
 # Litigation I Section (the chief's section). Person: Joshua H. Soven. Locations: the United States (plaintiff:
 # 'United States v.' in the case name and 'the United States filed'), Arizona, Arkansas, Louisiana, Oklahoma, Texas
 # (the states of the divested plans' counties and parishes), Washington, DC (the addresses, twice). Not annotated:
 # 'health plans' and '51 counties and parishes' (unnamed), 'the parties' (generic), the Antitrust Procedures and
 # Penalties Act, the Clayton Act and 'Section 7' (laws), the Complaint, the proposed Final Judgment, the
 # Stipulation and the Competitive Impact Statement (court papers), 'Civil Action No. 12-cv-00464', 'the Court', the
 # Federal Register (a publication), the website and its address, the Office of the Clerk, the street addresses and
 # telephone numbers. The signer (Patricia A. Brink) falls in the part cut off
 entities=[E("Organization", DDC), US, E("Company", HUM), E("Company", ARC)]
          + locs("Arizona", "Arkansas", "Louisiana", "Oklahoma", "Texas")
          + [E("Organization", DOJ, "U.S. Department of Justice"), E("Organization", ATR), E("Organization", ADG),
             E("Location", "Washington, DC"),
             E("Person", "Joshua H. Soven"), E("Organization", LIT)],
 # 'Joshua H. Soven, Chief, Litigation I Section, Antitrust Division' -> head of the Section, current (21c, 42z, 43m)
 roles=[R("Joshua H. Soven", "head", LIT)],
 # 'the proposed acquisition by Humana Inc. of Arcadian Management Services, Inc.', settled on a proposed Final
 # Judgment -> agreed: acquired(Humana Inc., Arcadian Management Services, Inc.) only, no parentOrganization (the
 # earlier rounds' 'proposed acquisition' reading; **doubtful** only as far as news outside the text says the deal
 # closed days before the notice -- the text never says so). 'requires the parties to divest health plans in 51
 # counties and parishes in Arizona, Arkansas, Louisiana, Oklahoma, and Texas' -> ordered, plans unnamed, no buyer
 # named -> nothing (**near-miss**; no owner relation from 'the parties' to the plans either: not named). No
 # location relation from the companies to the five states (the plans are in them, not the companies' seats:
 # **near-miss**). The Group and the Section under the Division, the Division under the Department
 relations=[L(HUM, "acquired", ARC), ADG_ATR, ATR_DOJ, L(LIT, "parentOrganization", ATR)],
 outages=[],
 # 'March 27, 2012' -> 2012-03-27 (the Complaint filed; a Tuesday). Not dates: 'within 60 days of the date of this
 # notice' (a span), 'at the same time as the Complaint' (no separate expression), '16(b)-(h)', '12-cv-00464',
 # 'Section 7', '15 U.S.C. 18', 'Suite 1010', 'Suite 4100', '20530', the telephone numbers
 dates=[D("March 27, 2012", "2012-03-27")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
