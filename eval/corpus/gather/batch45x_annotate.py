#!/usr/bin/env python3
"""Batch 45x gold annotations (the texts of batch45x.py: the International Bureau's Order and Authorization DA 98-409
of 2 March 1998 granting the transfer of control of Orion Network Systems, Inc. to Loral Space & Communications Ltd.;
Chairman Michael K. Powell's press statement of 19 December 2003 on the Commission's order on General Motors
Corporation's and Hughes Electronics Corporation's transfer of control to The News Corporation Limited), written from
the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 15f, 43n, 43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m and 45t; GUIDELINES
section 2): a transfer of control of a named company to a named buyer that the FCC has granted or approved,
consummation not told -> `acquired` only, the word 'merger' no bar where the text gives the direction (45h's
AirTouch/Vodafone, 45t's Hughes/PanAmSat); a blocked transaction -> nothing (GUIDELINES); a defined or running short
name -> alias; a caption's misspelt form of a party's name -> alias of the full name the body gives; a 'd/b/a' name ->
alias (a trade name of the same company); 'Commission' named only so -> Organization 'Commission' (45m, 45t); a Bureau
named in a signature line ('By Chief, International Bureau') -> Organization, its unnamed Chief no Person; the
Commission's Chairman named in a statement's heading -> Person as written (upper case, as train
us-doj-usao-edny-computer-associates-... keeps 'SANJAY KUMAR') with role chairman at the Commission; laws, sections,
orders, docket and file numbers, kinds of licence and service ('Section 214 Authorizations', 'Space Station', 'cable
and satellite television') not annotated.
usage: batch45x_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46x/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, R, L
import batch10_annotate as b10

A = {}
COM = "Commission"

# ---- Loral / Orion, DA 98-409, published 1998-03-02 ----------------------------------------------------------------
LO = "Loral Space & Communications Ltd."
OR = "Orion Network Systems, Inc."
IP = "International Private Satellite Partners, L.P."
A["us-fcc-loral-orion-network-systems-transfer-of-control-granted-order-1998"] = dict(
 # Organization: the International Bureau ('By Chief, International Bureau:'; the Bureau acting, its Chief unnamed: no
 # Person, no role). No 'Commission' in the kept text (the letterhead cut; 'this Order' and 'we' are the Bureau's).
 # Companies: Loral Space & Communications Ltd. (the body's form, fullest; aliases 'Loral Space & Communication Ltd.',
 # the caption's spelling without the final 's' -- the same party, **doubtful**: a reader may keep only one form --
 # and 'Loral Ltd.', the body's short name); Orion Network Systems, Inc. ('Orion'; "Orion" also sits inside 'Orion
 # Atlantic, L.P.', another name); International Private Satellite Partners, L.P. (a caption party; 'Orion Atlantic,
 # L.P.', its '(d/b/a)' trade name -> alias). No Location: 'the domestic ... market', 'the international ...
 # market', 'the global telecommunications market' (markets, no place named). Not annotated: 'Section 214
 # Authorizations', 'Various Space Station, Earth Stations' (kinds of authorization), 'ORDER AND AUTHORIZATION',
 # 'Introduction' (headings)
 entities=[E("Organization", "International Bureau"),
           E("Company", LO, "Loral Space & Communication Ltd.", "Loral Ltd."),
           E("Company", OR, "Orion"), E("Company", IP, "Orion Atlantic, L.P.")],
 roles=[],
 # 'we grant the applications of Loral Space & Communications Ltd. and Orion Network Systems, Inc. to transfer
 # control of Orion to Loral Ltd.': a named buyer taking control of a named company, granted, closing not told ->
 # acquired(Loral, Orion) only (45c's rule; 45t's Hughes/PanAmSat). **doubtful**: a reader may add
 # parentOrganization(Orion, Loral) for the control granted. Near-miss: International Private Satellite Partners,
 # L.P. / Orion Atlantic is a caption party beside Orion, but the kept text never says Orion owns or controls it (the
 # name 'Orion Atlantic' suggests it; a reader may add parentOrganization(IPSP, Orion) -- not stated, left out). 'to
 # compete more effectively': rivals in general, no relation
 relations=[L(LO, "acquired", OR)],
 outages=[],
 # 'February 26, 1998' (adopted) -> 1998-02-26; 'March 2, 1998' (released, the published date) -> 1998-03-02. Not
 # dates: the file numbers with '98' and '97' (cut anyway)
 dates=[D("February 26, 1998", "1998-02-26"), D("March 2, 1998", "1998-03-02")])

# ---- News Corp / Hughes, Chairman Powell's press statement, published 2003-12-19 ------------------------------------
GM = "General Motors Corporation"
HU = "Hughes Electronics Corporation"
NC = "The News Corporation Limited"
PO = "MICHAEL K. POWELL"
A["us-fcc-powell-statement-news-corporation-hughes-electronics-transfer-approved-2003"] = dict(
 # Person: MICHAEL K. POWELL (the heading 'PRESS STATEMENT OF CHAIRMAN MICHAEL K. POWELL'; named only there, in upper
 # case: the name as written). Organization: the Commission ('the Commission has now reviewed', 'blocked by the
 # Commission'; named only so -> 'Commission', 45m/45t). Companies: General Motors Corporation ('General Motors' in
 # 'this transaction between the News Corporation and General Motors' -> alias), Hughes Electronics Corporation (the
 # caption only), The News Corporation Limited (the caption's full name; 'News Corporation' ('News Corporation has a
 # history', 'the News Corporation') and 'News' ('between programmers and News', "News' other programming") ->
 # aliases), DirecTV ('two separate license transfer applications involving DirecTV': the licensee whose licences
 # were twice the subject of transfer applications -> Company; **doubtful**: a reader may type it Service, the
 # satellite television service subscribers use -- the text speaks of it only as a party to licence transfers),
 # EchoStar ('the proposed transaction with EchoStar' -> Company). No Location: 'rural America' (a region described,
 # not named as a place: **doubtful**, a reader may add America as a Location), 'the American public' (an adjective).
 # Not annotated: 'MB Docket No. 03- 124', 'the Order' (the order, unnamed), 'the merged entity' (unnamed),
 # 'unaffiliated programmers', 'programmers' (generic), 'regional sports coverage' (programming)
 entities=[E("Person", PO), E("Organization", COM),
           E("Company", GM, "General Motors"), E("Company", HU),
           E("Company", NC, "News Corporation", "News"),
           E("Company", "DirecTV"), E("Company", "EchoStar")],
 # 'PRESS STATEMENT OF CHAIRMAN MICHAEL K. POWELL', speaking of 'the Commission' and 'Our strict conditions' -> chairman
 # at the Commission, current (the Commission's Chairman making the statement; the org implied by the statement on
 # the Commission's order -- GUIDELINES 'stated or clearly implied')
 roles=[R(PO, "chairman", COM)],
 # 'General Motors Corporation and Hughes Electronics Corporation, Transferors and The News Corporation Limited,
 # Transferee, For Authority to Transfer Control' with 'This merger with strict conditions ultimately benefits' and
 # 'this transaction between the News Corporation and General Motors as conditioned will yield significant benefits':
 # control passes from the transferors to News, approved with conditions, closing not told -> acquired(News, Hughes)
 # only (45c's rule; **doubtful**: the text never says in so many words what News buys -- the caption names Hughes
 # with GM as the transferors, so the control transferred is over Hughes (GM the seller); a reader may add nothing,
 # holding to 'a merger where the text does not say who buys whom', or may read GM as the company acquired).
 # Near-miss: 'the proposed transaction with EchoStar -- the first major transaction blocked by the Commission in
 # decades': a blocked deal -> nothing (GUIDELINES); 'license transfer applications involving DirecTV': DirecTV's
 # owner not stated (no parentOrganization(DirecTV, Hughes), though a reader who knows the deal would add it); no
 # parentOrganization(Hughes, General Motors) (co-transferors; ownership not stated)
 relations=[L(NC, "acquired", HU)],
 outages=[],
 # 'year end 2004' (the local channels' roll-out by the end of that year) -> 2004 (GUIDELINES: 'the end of last year'
 # -> the year). Not dates: 'in decades' (no calendar value), '03- 124' (a docket number)
 dates=[D("year end 2004", "2004")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
