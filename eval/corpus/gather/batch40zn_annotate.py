#!/usr/bin/env python3
"""Batch 40zn gold annotations (the texts of batch40zn.py: the SEC's final judgment against Yonghui Zhang, a Global
Education employee and brother of David Zhang, CEO of Global Education and Technology Group, Ltd., over Pearson plc's
agreed acquisition of Global Education, December 2013; the Goffer text the gatherer also annotated was left out by
the lead, see batch40zn.py), written from the text alone;
newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train
(batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 18a, 18b and 40zm for SEC releases): the SEC -> Organization ('SEC' alias); courts ->
Organization (GUIDELINES); a company's CEO -> ceo; 'who was ... during the relevant time period' -> current false; a
post that is no executive title (registered representative, proprietary trader) -> other (doubtful); a bare
'employee' -> no role (doubtful); a judge -> no role; 'agreed to acquire' -> acquired only (GUIDELINES: agreed, not
completed); a target 'would be acquired' with no buyer named -> nothing; complaints, judgments and case captions'
defendants other than companies are not entities.
usage: batch40zn_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather41zn/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Global Education / Pearson, Zhang final judgment, published 2013-12-20 (doubtful) ------------------------------
A["us-sec-global-education-zhang-final-judgment-pearson-2013"] = dict(
 # The SEC (written out once, 'SEC' four times, also in 'SEC v. All Know Holdings Ltd'); Yonghui Zhang ('Zhang' alone
 # five times; 'Zhang' never stands for David Zhang in the text); Global Education and Technology Group, Ltd.
 # ('Global Education' alias); Beijing ('Beijing-based'); the U.S. District Court ('the U.S. District Court in
 # Chicago': a court -> Organization, named as written without 'in Chicago'; doubtful); Chicago; Pearson plc
 # ('Pearson' alias); London ('London-based'); David Zhang; All Know Holdings Ltd (a company named in the case
 # caption; kept as written, doubtful: a defendant's name in a caption). Not annotated: 'eight defendants'
 entities=[E("Organization", "Securities and Exchange Commission", "SEC"), E("Person", "Yonghui Zhang", "Zhang"),
           E("Company", "Global Education and Technology Group, Ltd.", "Global Education"), E("Location", "Beijing"),
           E("Organization", "U.S. District Court"), E("Location", "Chicago"),
           E("Company", "Pearson plc", "Pearson"), E("Location", "London"), E("Person", "David Zhang"),
           E("Company", "All Know Holdings Ltd")],
 # 'David Zhang, CEO of Global Education' -> ceo, current (as written at the complaint's time; no 'former').
 # Yonghui Zhang, 'a Global Education employee': no post named -> no role (doubtful: other)
 roles=[R("David Zhang", "ceo", "Global Education and Technology Group, Ltd.")],
 # 'Pearson agreed to acquire all of Global Education's outstanding stock for $294 million' -> acquired (agreed, not
 # said completed: no parentOrganization; GUIDELINES). 'a publicly announced merger between Global Education and
 # London-based Pearson plc' adds nothing (the buyer is told in the next paragraph)
 relations=[L("Pearson plc", "acquired", "Global Education and Technology Group, Ltd.")],
 outages=[],
 # 'December 20, 2013'; 'December 5, 2011'; 'December 13, 2011'; 'November 21, 2011'. Skipped: 'the last trading
 # day before the merger announcement', 'that day' (relative, no day written)
 dates=[D("December 20, 2013", "2013-12-20"), D("December 5, 2011", "2011-12-05"),
        D("December 13, 2011", "2011-12-13"), D("November 21, 2011", "2011-11-21")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
