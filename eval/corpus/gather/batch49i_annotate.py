#!/usr/bin/env python3
"""Batch 49i gold annotations (the texts of batch49i.py: the Antitrust Division's Federal Register notice on the
settlement of the suit against the merger of Harris Corporation and L3 Technologies, Inc., 10 July 2019; the Division's
notice on the settlement as to Nexstar Media Group, Inc. in the suit over exchanges of spot-advertising information
among broadcast television companies, 1 February 2019), written from the texts alone; newskg was not run on them. The
split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 41c, 42b, 42w, 43j, 43m, 47z, 48b, 48f, 48k, 49b and 49e for the Division's notices; GUIDELINES
section 2): "the proposed merger of X and Y" with no buyer told -> nothing (GUIDELINES: 'A "merger" where the text does
not say who buys whom: nothing'; the not-used UTC / Raytheon notice of 2020 read the same way); "X's <kind> business"
to be divested, the business unnamed and no buyer named -> nothing (an unnamed business is no entity; 49e's SGL);
companies said to have agreed to exchange information in breach of Section 1 of the Sherman Act -> no partner relation
(an unlawful exchange alleged by the Department among rivals, not a partnership, joint venture or contract the text
states; **doubtful**); defined short forms ('Harris', 'Nexstar') -> aliases; the United States as plaintiff ->
Location, without the case name's 'United States of America' as an alias (43h, 43j, 47z, 48b, 48k, 49b, 49e); the
Antitrust Division named with 'Department of Justice regulations' -> the Division under the Department (42b's Intuit
and Waste Management notices, the same wording; **doubtful**: the text never puts the two side by side); laws, court
papers, the Federal Register, the website, the Office of the Clerk, case numbers and 'et al.' not annotated; 'the
Complaint', 'the Court', 'the Defendants' are generic.
usage: batch49i_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather50i/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ, DDC

A = {}
US = E("Location", "United States")

# ---- Harris / L3 Technologies, Federal Register notice, published 2019-07-10 (a Wednesday) --------------------------
HAR = "Harris Corporation"
L3 = "L3 Technologies, Inc."
A["us-doj-federal-register-harris-l3-technologies-night-vision-proposed-final-judgment-2019"] = dict(
 # Organizations: the United States District Court for the District of Columbia (twice, the second inside 'the Office
 # of the Clerk of ...'), the Antitrust Division (three times: "the Antitrust Division's website" twice, 'from the
 # Antitrust Division'), the Department of Justice ('Department of Justice regulations'). Companies: Harris
 # Corporation (the case name and 'the proposed merger of Harris Corporation (``Harris'')': 'Harris' an alias, used
 # again in "Harris's night vision business"), L3 Technologies, Inc. (the case name and the merger sentence; no short
 # form). Location: the United States (plaintiff: 'United States of America v.' in the case name, 'the United States
 # filed'). No person (the section chief's name is in the sentence cut). Not annotated: the Antitrust Procedures and
 # Penalties Act and the Clayton Act (laws), the proposed Final Judgment, the Stipulation, the Competitive Impact
 # Statement and the Complaint (court papers), 'Civil Action No. 1:19-cv-01809', "Harris's night vision business" (an
 # unnamed business), the website and 'http://www.justice.gov/atr', the Office of the Clerk, the Federal Register,
 # 'the Defendants', 'the Court'
 entities=[E("Organization", DDC), US, E("Company", HAR, "Harris"), E("Company", L3),
           E("Organization", ATR), E("Organization", DOJ)],
 # No named person in the kept text
 roles=[],
 # 'the proposed merger of Harris Corporation (``Harris'') and L3 Technologies, Inc.' -> a merger of two companies,
 # the text says neither buys the other -> no acquired (**doubtful**: a reader may write acquired(Harris Corporation,
 # L3 Technologies, Inc.) from the news -- Harris took L3 in an all-stock deal and became L3Harris -- which the text
 # does not say; GUIDELINES' merger rule and the UTC / Raytheon reading). 'requires the Defendants to divest Harris's
 # night vision business' -> an unnamed business, no buyer named -> nothing (**near-miss**; the release and the news
 # name Elbit Systems as the buyer: not in the text). 'the Antitrust Division' and 'Department of Justice
 # regulations' -> the Division under the Department (42b; **doubtful**, see the docstring)
 relations=[ATR_DOJ],
 outages=[],
 # 'June 20, 2019' -> 2019-06-20 (the Complaint filed; a Thursday). Not dates: 'within 60 days of the date of this
 # notice' (a span from the notice's date; 21c, 41c), '16(b)-(h)', '1:19-cv-01809', 'Section 7', '15 U.S.C. 18' (law
 # and case references)
 dates=[D("June 20, 2019", "2019-06-20")])

# ---- Sinclair Broadcast Group et al. (as to Nexstar), Federal Register notice, published 2019-02-01 (a Friday) -------
NEX = "Nexstar Media Group, Inc."
A["us-doj-federal-register-sinclair-broadcast-nexstar-spot-advertising-information-exchange-proposed-final-judgment-"
  "2019"] = dict(
 # Organizations: the United States District Court for the District of Columbia (twice, the second inside 'the Office
 # of the Clerk of ...'), the Antitrust Division (twice: "the Antitrust Division's website", 'from the Antitrust
 # Division'), the Department of Justice ('Department of Justice regulations'). Companies (broadcast television
 # companies, news businesses -> Company, GUIDELINES' types): Nexstar Media Group, Inc. ('(\u201cNexstar\u201d)'
 # defined: 'Nexstar' an alias, used five times more), Sinclair Broadcast Group, Inc. (the case name and the list of
 # defendants; no short form), Raycom Media, Inc., Tribune Media Company, Meredith Corporation, Griffin
 # Communications, LLC, Dreamcatcher Broadcasting, LLC (each once, in the list of defendants). Location: the United
 # States (plaintiff: 'United States of America v.' in the case name, 'the United States filed'). No person. Not
 # annotated: the Antitrust Procedures and Penalties Act and the Sherman Act (laws), the proposed Final Judgment, the
 # Stipulation, the Competitive Impact Statement and the Amended Complaint (court papers), 'Civil Action No.
 # 1:18-cv-2609', 'et al.', 'antitrust compliance training programs' (generic), the website and
 # 'http://www.justice.gov/atr', the Office of the Clerk, 'the Complaint'
 entities=[E("Organization", DDC), E("Company", NEX, "Nexstar"), US,
           E("Company", "Sinclair Broadcast Group, Inc."), E("Company", "Raycom Media, Inc."),
           E("Company", "Tribune Media Company"), E("Company", "Meredith Corporation"),
           E("Company", "Griffin Communications, LLC"), E("Company", "Dreamcatcher Broadcasting, LLC"),
           E("Organization", ATR), E("Organization", DOJ)],
 # No named person in the kept text
 roles=[],
 # 'Nexstar, Sinclair Broadcast Group, Inc., Raycom Media, Inc., Tribune Media Company, Meredith Corporation, Griffin
 # Communications, LLC, and Dreamcatcher Broadcasting, LLC violated Section 1 of the Sherman Act ... by agreeing to
 # unlawfully exchange station-specific, competitively sensitive information' -> an alleged unlawful agreement among
 # competitors, not a partnership or a contract the text states between two named companies -> nothing
 # (**near-miss**; **doubtful**: a reader may record partner pairs among the seven defendants). Dreamcatcher
 # Broadcasting's ties to Tribune Media (its stations run under Tribune's agreements, in the news) and the defendants'
 # station groups are not in the text -> nothing (**near-miss**). 'the Antitrust Division' and 'Department of Justice
 # regulations' -> the Division under the Department (42b; **doubtful**)
 relations=[ATR_DOJ],
 outages=[],
 # 'December 13, 2018' -> 2018-12-13 (the Amended Complaint filed; a Thursday). Not dates: 'within 60 days of the
 # date of this notice' (a span), 'at the same time as the Complaint' (no surface date), '16(b)-(h)', '1:18-cv-2609',
 # 'Section 1', '15 U.S.C. 1' (law and case references)
 dates=[D("December 13, 2018", "2018-12-13")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
