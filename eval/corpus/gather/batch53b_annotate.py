#!/usr/bin/env python3
"""Gold for batch 53b (session 54, gatherer lane b): two FCC television-licence texts of 2002 and 2008 (the Mass Media
Bureau's Memorandum Opinion and Order DA 02-100 of 15 January 2002 on the application to assign WCTX(TV), New Haven,
from K-W TV, Inc. to WTNH Broadcasting, Inc., a subsidiary of LIN Television Corporation; the Media Bureau's letter
DA 08-1109 of 12 May 2008 on the application of the Chapter 11 Trustee for Reading Broadcasting, Inc. to assign
WTVE(TV), Reading, to WRNN-TV Associates Limited Partnership, over the petitions of Philadelphia Television Network,
Inc. and Ronald Hester -- both the FCC's own docs.fcc.gov text files), written from the texts alone; newskg was not
run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-52zd of the lane; GUIDELINES section 2): a granted licence assignment whose consummation
the text does not tell -> acquired(assignee, the station) only (44k, 50c-52zd); an assignment application whose grant
is not in the kept text -> acquired only as well, as a pending application (51j, 51zd, 51zg, 52z, 52zd; **doubtful**:
a reader may give nothing before a grant); the assignor named with 'from' -> parentOrganization(station, assignor)
(the lane's assignor call, 51j/51r/52z/52zd); 'X, a subsidiary of Y' -> parentOrganization(X, Y); 'X is the licensee
of S' -> parentOrganization(S, X) (52d's licensee call); stations -> Company (52p, 52x, 52z); a network named in
brackets after a station's channel ('Channel 59 (UPN)') -> the network as Company and partner(station, network) (52p's
'Channel 23 (CW)' affiliate call; **doubtful**); short names in brackets and quotation marks -> aliases, written as the
text writes them (the spaced conversion 'K- W' kept); 'the Commission' -> Organization 'Commission' (52k-52zd); a
bureau named on its own ('the Chief, Mass Media Bureau') -> Organization, the Chief unnamed (no person), the Bureau
not linked to the Commission (51r); a court -> Organization, its short form 'Bankruptcy Court' an alias; a bankruptcy
trustee 'for' a company -> role other at that company (**doubtful**: a reader may give no role, the trustee being an
officer of the court); the defined term '(\u201cTrustee\u201d)' is a generic title, not an alias (GOLD_FORMAT:
generic noun phrases are not aliases; **doubtful**); place names -> Location as written, a city and its state apart
(52zd's 'Fort Smith', 'Arkansas'); a market's name ('the same Hartford- New Haven DMA') not annotated (a near-miss;
**doubtful**); pleadings, plans ('Plan of Liquidation'), rules, file and facility numbers not annotated; the 'Re:'
line is part of the letter's text and annotated with it; the order's caption is only its `title` (not annotated).
usage: batch53b_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54b/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
CM = "Commission"

# ---- WCTX(TV), New Haven: K-W TV, Inc. -> WTNH Broadcasting, Inc. (LIN Television Corporation), DA 02-100 -------
WCTX = "WCTX( TV)"
KW = "K- W TV, Inc."
WTNH = "WTNH Broadcasting, Inc."
LIN = "LIN Television Corporation"
A["us-fcc-k-w-tv-wtnh-broadcasting-lin-television-wctx-new-haven-assignment-order-2002"] = dict(
 # Organizations: the Mass Media Bureau ('By the Chief, Mass Media Bureau:', 'The Chief, Mass Media Bureau': the
 # Chief unnamed, no person); the Commission ('the Commission\u2019s Rules', possessive dropped). Companies: the
 # stations WCTX( TV) ('WCTX' four times more -> alias) and WTNH- TV; K- W TV, Inc. ('(\u201c K- W\u201d)' -> alias,
 # as the conversion spaces it); WTNH Broadcasting, Inc. ('(\u201c WTNH\u201d)', then 'WTNH' five times -> alias;
 # 'WTNH' inside 'WTNH- TV' is the station's call sign, not the alias); LIN Television Corporation; the networks UPN
 # ('Channel 59 (UPN)') and ABC ('Channel 8 (ABC)') (52p's CW and Fox). Locations: New Haven (twice beside
 # 'Connecticut'), Connecticut. Not annotated: 'Hartford- New Haven DMA' (a market's name; 'Hartford' nowhere else;
 # **doubtful**: a reader may annotate Hartford), 'the LMA arrangement', 'Section 73.3555( b)( 2)', 'Grade B'.
 entities=[E("Organization", "Mass Media Bureau"), E("Organization", CM),
           E("Company", WCTX, "WCTX"), E("Company", "WTNH- TV"), E("Company", KW, "K- W"),
           E("Company", WTNH, "WTNH"), E("Company", LIN), E("Company", "UPN"), E("Company", "ABC")] +
          [E("Location", x) for x in ("New Haven", "Connecticut")],
 # No person is named in the kept text.
 roles=[],
 # - acquired(WTNH Broadcasting, Inc., WCTX( TV)): 'application to assign the license of WCTX( TV) ... from K- W TV,
 #   Inc. ... to WTNH Broadcasting, Inc.', 'an option to acquire the station, which WTNH has exercised', 'its proposed
 #   acquisition of WCTX' (the Bureau's ruling is not in the kept text -> a pending application, acquired only;
 #   **doubtful**: a reader may give nothing before a grant).
 # - parentOrganization(WCTX( TV), K- W TV, Inc.): the assignor, 'from K- W TV, Inc.' (the lane's assignor call).
 # - parentOrganization(WTNH Broadcasting, Inc., LIN Television Corporation): 'WTNH Broadcasting, Inc. ... a
 #   subsidiary of LIN Television Corporation'.
 # - parentOrganization(WTNH- TV, WTNH Broadcasting, Inc.): 'WTNH is also the licensee of WTNH- TV' (52d's licensee
 #   call).
 # - partner(WTNH Broadcasting, Inc., WCTX( TV)): 'WTNH currently programs WCTX pursuant to a local marketing
 #   agreement dated December 9, 1994' (a stated contract between two named parties, direction as written;
 #   **doubtful**: a reader may give nothing for an LMA, or tie it to K- W TV, Inc., the licensee that signed it).
 # - partner(WCTX( TV), UPN), partner(WTNH- TV, ABC): 'WCTX( TV), Channel 59 (UPN)', 'WTNH- TV, Channel 8 (ABC)'
 #   (52p's affiliate call; **doubtful**: the affiliation is shown only by the bracketed network).
 # Near-misses: 'The LMA arrangement also included an option to acquire the station' (the option, exercised ->
 #   counted in acquired above, not a second relation); 'the same entity may own or control two television
 #   stations' (the rule, generic); 'the second station in the DMA licensed to WTNH' (WCTX after the sale: the
 #   pending acquisition, no parentOrganization(WCTX, WTNH) -- GUIDELINES: agreed, not completed -> acquired only);
 #   the Bureau and the Commission (not written together: no link, 51r).
 relations=[L(WTNH, "acquired", WCTX), L(WCTX, "parentOrganization", KW), L(WTNH, "parentOrganization", LIN),
            L("WTNH- TV", "parentOrganization", WTNH), L(WTNH, "partner", WCTX),
            L(WCTX, "partner", "UPN"), L("WTNH- TV", "partner", "ABC")],
 outages=[],
 # 'January 14, 2002' (adopted); 'January 15, 2002' (released, = `published`); 'December 9, 1994' (the LMA). Not
 # dates: '20010917' inside the file number (title only), '73.3555'.
 dates=[D("January 14, 2002", "2002-01-14"), D("January 15, 2002", "2002-01-15"),
        D("December 9, 1994", "1994-12-09")])

# ---- WTVE(TV), Reading: Trustee for Reading Broadcasting, Inc. -> WRNN-TV Associates LP (DA 08-1109) -------------
RBI = "Reading Broadcasting, Inc."
WRNN = "WRNN-TV Associates Limited Partnership"
PTN = "Philadelphia Television Network, Inc."
CT = "United States Bankruptcy Court for the Eastern District of Pennsylvania"
A["us-fcc-reading-broadcasting-trustee-wrnn-tv-associates-wtve-reading-assignment-ptn-petition-letter-2008"] = dict(
 # Companies: WTVE(TV) (the 'Re:' line and the body); Reading Broadcasting, Inc. ('(\u201cRBI\u201d)', 'RBI' three
 # times more -> alias); WRNN-TV Associates Limited Partnership ('(\u201cWRNN\u201d)' -> alias); Philadelphia
 # Television Network, Inc. ('(\u201cPTN\u201d)', 'PTN' three times more, 'PTN\u2019s' -> alias). Persons: George L.
 # Miller (the '(\u201cTrustee\u201d)' and 'the Trustee', 'the Trustee\u2019s' -- a title, not an alias;
 # **doubtful**); Ronald Hester ('Mr. Ronald Hester', '(\u201cHester\u201d)' -> alias; the 'Mr.' dropped from the
 # name). Organization: the United States Bankruptcy Court for the Eastern District of Pennsylvania ('the
 # \u201cBankruptcy Court\u201d', 'the Bankruptcy Court' twice -> alias). Locations: Reading (twice), Pennsylvania
 # (twice, one entity; 'Eastern District of Pennsylvania' inside the court's name not counted apart). 'we' (the
 # Bureau, unnamed in the kept text) -> no entity. Not annotated: 'Petitions to deny', 'Chapter 11', 'Plan of
 # Liquidation', 'competing plan', the file and facility numbers.
 entities=[E("Company", "WTVE(TV)"), E("Person", "George L. Miller"), E("Company", RBI, "RBI"),
           E("Company", WRNN, "WRNN"), E("Company", PTN, "PTN"), E("Person", "Ronald Hester", "Hester"),
           E("Organization", CT, "Bankruptcy Court")] +
          [E("Location", x) for x in ("Reading", "Pennsylvania")],
 # 'George L. Miller (\u201cTrustee\u201d), Chapter 11 Trustee for Reading Broadcasting, Inc.' -> other at RBI,
 # current (he files and pleads as trustee in the letter's time; **doubtful**: a reader may give no role, a
 # court-appointed trustee not being the company's own officer). Hester: no title, no role.
 roles=[R("George L. Miller", "other", RBI)],
 # - acquired(WRNN-TV Associates Limited Partnership, WTVE(TV)): 'the application ... for the assignment of the
 #   license of WTVE(TV) ... to WRNN-TV Associates Limited Partnership', 'we deny the petitions and grant the
 #   application' (granted, consummation not told -> acquired only).
 # - parentOrganization(WTVE(TV), Reading Broadcasting, Inc.): the assignor -- the application is filed by the
 #   'Chapter 11 Trustee for Reading Broadcasting, Inc.' (the lane's assignor call; **doubtful**: the text names the
 #   trustee, not RBI, as the filer, and never says 'licensee'; a reader may give nothing).
 # Near-misses: 'PTN was a creditor of RBI' (a creditor, no relation in the vocabulary; **doubtful** as partner);
 #   'PTN and the Trustee filed competing plans' (rivals); PTN's and Hester's petitions (objectors: no relation);
 #   'RBI sought protection from its creditors in a Chapter 11 bankruptcy filing' (no relation to the court);
 #   'The Bankruptcy Court confirmed the Trustee\u2019s Plan of Liquidation' (a court act, no relation).
 relations=[L(WRNN, "acquired", "WTVE(TV)"), L("WTVE(TV)", "parentOrganization", RBI)],
 outages=[],
 # 'May 12, 2008' (the release line, = `published`); 'October 7, 2005' (RBI's Chapter 11 filing). Not dates:
 # '20080125' inside the file number.
 dates=[D("May 12, 2008", "2008-05-12"), D("October 7, 2005", "2005-10-07")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
