#!/usr/bin/env python3
"""Batch 45z gold annotations (the texts of batch45z.py: the Antitrust Division's Federal Register notices on United
States v. The Manitowoc Co., Inc., Grove Investors, Inc., and National Crane Corp. (public comments, 25 November 2002)
and on United States v. The Manitowoc Company, Inc., et al. (Enodis plc, 16 October 2008)), written from the texts
alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev,
train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 16e, 21c, 40zi, 41c, 42w, 42z, 43c, 43m, 43s, 44c, 44j, 44n, 45d, 45j and 45o for the Division's
notices; GUIDELINES section 2): 'X's proposed acquisition of Y' / 'the proposed acquisition by X of Y', challenged and
settled on a proposed Final Judgment -> agreed: `acquired` only (42w-45o; no parentOrganization to the buyer, as the
notices do not say the deal closed); "Y (and its subsidiary, Z)" -> parentOrganization(Z, Y) (44b's "its subsidiary,
Y"); the United States as plaintiff -> Location without the case name's forms as aliases (40zi, 44c, 45o); a market
region ('North America') -> Location; a company's short name and the case name's short form -> aliases of the company
they stand for; laws, court papers, the Federal Register, product kinds ('boom trucks', 'commercial cube ice
machines'), 'the defendants', 'the Court' (generic), 'a purchaser acceptable to the United States' (unnamed) not
annotated.
usage: batch45z_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46z/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L
import batch10_annotate as b10

A = {}
US = E("Location", "United States")
DDC = E("Organization", "United States District Court for the District of Columbia")

# ---- Manitowoc / Grove Investors, public comments notice (UNT edocket copy), published 2002-11-25 (a Monday) ----------
MTW2 = "The Manitowoc Company Inc."
GROVE = "Grove Investors, Inc."
NCC = "National Crane Corp."
A["us-doj-federal-register-manitowoc-grove-national-crane-public-comments-2002"] = dict(
 # Companies: The Manitowoc Company Inc. (once, in "The Manitowoc Company Inc.'s proposed acquisition", as printed
 # without a comma; the case name's 'The Manitowoc Co., Inc.' an alias -- **doubtful** which form is the name: the
 # full 'Company' form taken, the case name's short form kept as alias -- and "Manitowoc's" once, alias 'Manitowoc'),
 # Grove Investors, Inc. (twice; "Grove's" once, alias 'Grove'), National Crane Corp. (twice). Organization: the
 # court (full name once; 'the Court' twice, generic, not an alias). Locations: the United States (plaintiff:
 # 'United Statesv.' in the misprinted case name, 'the United States filed', 'acceptable to the United States',
 # "the United State's responses"), North America (the boom-truck market). Not annotated: the Acts, the Complaint,
 # the proposed Final Judgment, the Hold Separate papers, the Certificate of Compliance, the Federal Register, 'the
 # two public comments' (their authors are past the cut; **near-miss**), 'a purchaser acceptable to the United
 # States' (unnamed), 'boom trucks' (a product kind), 'the defendants'
 entities=[US, E("Company", MTW2, "The Manitowoc Co., Inc.", "Manitowoc"), E("Company", GROVE, "Grove"),
           E("Company", NCC), DDC, E("Location", "North America")],
 # No person is named in the kept text (the signature and the commenters are past the cut)
 roles=[],
 # "The Manitowoc Company Inc.'s proposed acquisition of Grove Investors, Inc." -> agreed: acquired(Manitowoc,
 # Grove) only (42w-45o; **doubtful** as ever for an agreed deal: a reader may leave it out until it closes, but the
 # lane's rule keeps it). "Grove Investors, Inc. (and its subsidiary, National Crane Corp.)" -> parentOrganization
 # (National Crane Corp., Grove Investors, Inc.). Not acquired(Manitowoc, National Crane): the text names Grove as
 # the target and National Crane as Grove's subsidiary (**near-miss**). 'divest either Manitowoc's or Grove's boom
 # truck business to a purchaser' -> nothing (no buyer named, an either/or; **near-miss**)
 relations=[L(MTW2, "acquired", GROVE), L(NCC, "parentOrganization", GROVE)],
 outages=[],
 # 'July 31, 2002' -> 2002-07-31 (the Complaint's filing). Not dates: '60-day' (a period), '15 U.S.C. Sec.
 # 16(b)-(h)', '1:02 CV 01509 (RL)', 'Section 7', '15 U.S.C. 18', 'two'
 dates=[D("July 31, 2002", "2002-07-31")])

# ---- Manitowoc / Enodis, Federal Register notice (regulations.justia.com), published 2008-10-16 (a Thursday) --------
MTW = "The Manitowoc Company, Inc."
ENO = "Enodis plc"
A["us-doj-federal-register-manitowoc-enodis-proposed-final-judgment-2008"] = dict(
 # Companies: The Manitowoc Company, Inc. (twice in full, once in the case name, once as the buyer; defined as
 # '(\u2018\u2018Manitowoc\u2019\u2019)' and used once more, alias 'Manitowoc'), Enodis plc (once; "Enodis\u2019s" once,
 # alias 'Enodis'). Organization: the court (full name once). Location: the United States (plaintiff: 'United
 # States v.', 'the United States filed'; also the market 'in the United States', twice). Not annotated: 'et al.'
 # (the other defendants, ENODIS PLC and Enodis Corporation, are named only in the left-out caption; **near-miss**:
 # Enodis Corporation is not in the kept text), 'Enodis\u2019s entire business engaged in ... ice machines' (an
 # unnamed business; **near-miss**), the Act, the Complaint, the Stipulation, the proposed Final Judgment, the
 # Competitive Impact Statement, 'commercial cube ice machines', 'ice machine parts' (product kinds)
 entities=[DDC, US, E("Company", MTW, "Manitowoc"), E("Company", ENO, "Enodis")],
 # No person is named in the kept text (the section chief and the signature are past the cut)
 roles=[],
 # 'the proposed acquisition by The Manitowoc Company, Inc. ... of Enodis plc', challenged and settled on a proposed
 # Final Judgment -> agreed: acquired(Manitowoc, Enodis plc) only (42w-45o). 'requires Manitowoc to divest
 # Enodis\u2019s entire business engaged in ... ice machines' -> nothing (no buyer named; the business unnamed;
 # **near-miss**)
 relations=[L(MTW, "acquired", ENO)],
 outages=[],
 # 'October 6, 2008' -> 2008-10-06 (the Complaint's filing). Not dates: '15 U.S.C. \u00a7 16(b)\u2013(h)',
 # '1:08\u2013cv\u201301704', 'Section 7', '15 U.S.C. \u00a7 18', 'the same day' (the Complaint's day, no new date)
 dates=[D("October 6, 2008", "2008-10-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
