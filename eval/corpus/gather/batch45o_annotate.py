#!/usr/bin/env python3
"""Batch 45o gold annotations (the text of batch45o.py: the Antitrust Division's Federal Register notice on United
States v. Archer-Daniels-Midland Company and Minnesota Corn Processors, LLC, 7 November 2002), written from the text
alone; newskg was not run on it. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train
(batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 16e, 21c, 40zi, 41c, 42w, 42z, 43c, 43m, 43s, 44c, 44j, 44n, 45d and 45j for the Division's
notices; GUIDELINES section 2): 'the proposed acquisition by X of Y', challenged and settled on a proposed Final
Judgment -> agreed: `acquired` only (42w-45j); a stated joint venture between two named organisations -> partner,
direction as written (GUIDELINES; 43s), kept though the judgment orders it dissolved (relations carry no time); an
unnamed joint venture -> no entity; the United States as plaintiff -> Location without the case name's forms as
aliases (40zi, 44c); the short names 'ADM', 'MCP', 'CPI' -> aliases of the companies they stand for; laws, court
papers, the Federal Register, product kinds ('corn syrup', 'HFCS'), 'the defendants', 'private litigants', 'the
Court' (generic) not annotated.
usage: batch45o_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46o/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

A = {}
US = E("Location", "United States")

# ---- ADM / Minnesota Corn Processors, Federal Register notice (federal.elaws.us), published 2002-11-07 (a Thursday) -
ADM = "Archer-Daniels-Midland Company"
MCP = "Minnesota Corn Processors, LLC"
CPI = "Corn Products International, Inc."
A["us-doj-federal-register-archer-daniels-midland-minnesota-corn-processors-proposed-final-judgment-2002"] = dict(
 # Companies: Archer-Daniels-Midland Company (twice in full; 'ADM' once, an alias: the notice uses it without
 # defining it), Minnesota Corn Processors, LLC (twice; 'MCP' three times, an alias), Corn Products International,
 # Inc. (once; 'CPI' twice, an alias; **doubtful** only in that the notice never ties 'CPI' to the name in words,
 # but no other name fits it). Organization: the court (its full name once, 'United States District Court for the
 # District of Columbia'; 'the Court' generic, not an alias). Locations: the United States (plaintiff: 'United States
 # v.', 'the United States filed', 'filed by the United States'; also the market 'in the United States and Canada'
 # and 'in the United States'), Canada. Not annotated: the unnamed 'exclusive sales joint venture' (no name, no
 # entity; **near-miss**), 'corn syrup', 'high fructose corn syrup' and 'HFCS' (product kinds), 'four other firms'
 # (unnamed), the Acts, the Complaint, the Stipulation and Order, the proposed Final Judgment and the Competitive
 # Impact Statement (court papers), 'the defendants', 'private litigants'
 entities=[E("Organization", "United States District Court for the District of Columbia"), US,
           E("Company", ADM, "ADM"), E("Company", MCP, "MCP"), E("Location", "Canada"), E("Company", CPI, "CPI")],
 # No person is named in the kept text (the section chief's sentence and the signature are past the cut)
 roles=[],
 # 'the proposed acquisition by Archer-Daniels-Midland Company of Minnesota Corn Processors, LLC', challenged and
 # settled on a proposed Final Judgment -> agreed: acquired(ADM, MCP) only (42w-45j; the notice does not say the deal
 # closed, so no parentOrganization). 'MCP sells these products through an exclusive sales joint venture that it
 # formed in December 2000 with another corn wet miller, Corn Products International, Inc.' -> partner(MCP, CPI),
 # direction as written (GUIDELINES: a stated joint venture between two named organisations; **doubtful**: the
 # judgment orders the venture dissolved 'by December 31, 2002' -- kept, as relations carry no time and the text
 # states the venture as existing; a reader may leave it out as ending). 'ADM and MCP are two of the largest corn wet
 # millers', 'competing against only four other firms' -> rivals, no relation (**near-miss**). 'allowing CPI to
 # compete independently' -> nothing
 relations=[L(ADM, "acquired", MCP), L(MCP, "partner", CPI)],
 outages=[],
 # 'September 6, 2002' -> 2002-09-06 (the Complaint's filing); 'December 2000' -> 2000-12 (the venture's forming);
 # 'December 31, 2002' -> 2002-12-31 (the dissolution deadline). Not dates: '15 U.S.C. \u00a7 16(b)-(h)', '1:02 CV
 # 01768', '60-day' (a period), 'section 7', '15 U.S.C. 18', 'four'
 dates=[D("September 6, 2002", "2002-09-06"), D("December 2000", "2000-12"),
        D("December 31, 2002", "2002-12-31")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
