#!/usr/bin/env python3
"""Batch 51b gold annotations (the text of batch51b.py: the Antitrust Division's Federal Register notice on its
proposed Final Judgment over the proposed acquisition by Cengage Learning of the assets of Houghton Mifflin College
Division, with assets for textbooks used in 14 college-level courses to be divested, 19 June 2008), written from the
text alone; newskg was not run on it. The split follows the fixed rule: the sorted ids dealt along test, train, dev,
train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 40zk, 41c, 42w, 43h, 43j, 43l, 43m, 47l, 49e, 50b, 50e, 50h and 50k for the Division's notices;
GUIDELINES section 2): 'the proposed acquisition by X of the assets of Y' -> an asset purchase: nothing, a near-miss
(43j's Microsemi / Semicoa, 42h's Neenah / US Foundry, 50b's Takata assets); a named division is a Company (47r's
Hardware and Home Improvement division, 47l's Plastics Division), here with no owner named in the text; an ordered
divestiture of unnamed assets naming no buyer -> nothing; 'Name, Chief, X Section, Antitrust Division' -> head of the
Section, current, the Section under the Division (21c, 42z, 43h, 43m, 50k); 'Department of Justice, Antitrust
Division, Antitrust Documents Group' -> the Group under the Division, the Division under the Department (40zk, 42w,
43h, 43j, 43l, 43m, 50k); the United States as plaintiff -> Location (43h, 43j, 43l, 50h, 50k); the address
'Washington, DC' -> Location (21c, 40zk, 42w, 43h, 43j, 43l, 43m, 50k); laws, court papers, the Federal Register, the
website, the Office of the Clerk, street addresses, telephone numbers and 'the Court' not annotated.
usage: batch51b_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52b/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ, DDC
from batch42w_annotate import ADG, ADG_ATR

A = {}
US = E("Location", "United States")

# ---- Cengage Learning / Houghton Mifflin College Division, Federal Register notice, published 2008-06-19 (a Thursday)
CLH = "Cengage Learning Holdings I, L.P."
CL = "Cengage Learning"
HMC = "Houghton Mifflin College Division"
NTS = "Networks & Technology Enforcement Section"
A["us-doj-federal-register-cengage-learning-houghton-mifflin-college-division-proposed-final-judgment-2008"] = dict(
 # Companies: Cengage Learning Holdings I, L.P. (once, the short case name), Cengage Learning (twice: the buyer in
 # 'the proposed acquisition by Cengage Learning' and the party 'required ... to divest'), Houghton Mifflin College
 # Division (once; a named division, typed Company as 47r's and 47l's divisions). Cengage Learning Holdings I, L.P.
 # and Cengage Learning are kept apart: the text names the partnership only in the case name and never says how the
 # two are related (**doubtful**: a reader may take the case name's first defendant for the buyer and merge them, or
 # link them as unit and parent; neither is stated). 'Houghton Mifflin' is written only inside the division's name:
 # no entity of its own (GUIDELINES: a company named only inside another name is not annotated). Organizations: the
 # court (twice, once in 'the Office of the Clerk of ...'), the Department of Justice ('the Department of Justice,
 # Antitrust Division', "the Department of Justice's Web site", 'Department of Justice regulations', 'Antitrust
 # Division, Department of Justice'; no other form), the Antitrust Division (three times), the Antitrust Documents
 # Group, the Networks & Technology Enforcement Section (the chief's section). Person: James J. Tierney. Locations:
 # the United States (plaintiff: 'United States v.' in the case name and 'the United States filed'), Washington, DC
 # (the two addresses). Not annotated: 'textbooks and educational materials used in 14 college-level courses'
 # (unnamed products), the Antitrust Procedures and Penalties Act, the Clayton Act and 'section 7' (laws), the
 # Complaint, the proposed Final Judgment, the Asset Preservation Stipulation and Order and the Competitive Impact
 # Statement (court papers), 'Civil Action No. 1:08-cv-00899', 'the Court', the Federal Register (a publication), the
 # website and its address, the Office of the Clerk, the street addresses and telephone numbers. The signer (Patricia
 # A. Brink) falls in the part cut off
 entities=[E("Organization", DDC), US, E("Company", CLH), E("Company", CL), E("Company", HMC),
           E("Organization", DOJ), E("Organization", ATR), E("Organization", ADG), E("Location", "Washington, DC"),
           E("Person", "James J. Tierney"), E("Organization", NTS)],
 # 'James J. Tierney, Chief, Networks & Technology Enforcement Section, Antitrust Division' -> head of the Section,
 # current (43h, 43m: the same chief and section in other matters)
 roles=[R("James J. Tierney", "head", NTS)],
 # 'the proposed acquisition by Cengage Learning of the assets of Houghton Mifflin College Division' -> the assets of
 # a division: an asset purchase, so no `acquired` and no parentOrganization (**near-miss**, **doubtful**: the assets
 # are the whole named division's, and a reader may write acquired(Cengage Learning, Houghton Mifflin College
 # Division) as 47r's 'acquisition of ... Hardware and Home Improvement division' was read; the lane has read 'the
 # assets of X' as an asset purchase since 43j). 'requires Cengage Learning to divest assets related to textbooks
 # and educational materials used in 14 college-level courses' -> ordered, assets unnamed, no buyer named -> nothing
 # (**near-miss**). No parentOrganization from the division to a Houghton Mifflin company (none annotated, none
 # stated as owner) nor between Cengage Learning and Cengage Learning Holdings I, L.P. (alike in name, nothing
 # stated: **near-miss**). The Group and the Section under the Division, the Division under the Department
 relations=[ADG_ATR, ATR_DOJ, L(NTS, "parentOrganization", ATR)],
 outages=[],
 # 'May 28, 2008' -> 2008-05-28 (the Complaint filed; a Wednesday). Not dates: 'within 60 days of the date of this
 # notice' (a span), 'at the same time as the Complaint' (no separate expression), '16(b)-(h)', '1:08-cv-00899',
 # 'section 7', '15 U.S.C. 18', '14 college-level courses', 'Suite 1010', 'Suite 9500', '20530', the telephone numbers
 dates=[D("May 28, 2008", "2008-05-28")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
