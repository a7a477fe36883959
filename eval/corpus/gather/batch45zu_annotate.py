#!/usr/bin/env python3
"""Batch 45zu gold annotations (the texts of batch45zu.py: the Wireline Competition Bureau's public notice DA 04-2541
of 17 August 2004 granting the streamlined domestic section 214 application for the transfer of Verizon Hawaii, Inc.
to the Carlyle Group, with Pacific LightNet, Inc.'s opposition; the public notice DA 06-1254 of 16 June 2006 on
SkyTerra Communications, Inc.'s and Motient Corporation's applications to pass control of Mobile Satellite Ventures
Subsidiary LLC's licences to SkyTerra), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 15f, 43n, 43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg,
45zk, 45zo and 45zr; GUIDELINES section 2): a transfer of control of a named company (or of the licences a named
company holds) from a named holder to a named buyer, applied for or granted, consummation not told -> acquired (buyer,
company) and parentOrganization (company, holder) (ownership before the sale; relations carry no time); 'X, a
wholly-owned subsidiary of Y' and 'Y ... through its 80% owned subsidiary X' -> parentOrganization(X, Y); a minority
'interest' -> nothing; a short name in parentheses (with or without quotation marks, as written, spaces kept) ->
alias; a heading's upper-case form differing from the body's only in case -> not listed; a Bureau named in full ->
Organization, no relation from a Bureau to the Commission (15f, 45h); 'Commission' -> Organization (no 'FCC' in either
kept text); states and 'U.S.' as places -> Location (43g, 43s); laws, rule sections, docket numbers, kinds of
authorization and unnamed subsidiaries not annotated.
usage: batch45zu_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46zu/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, R, L
import batch10_annotate as b10

A = {}

# ---- Verizon Hawaii / Carlyle Group, public notice DA 04-2541, published 2004-08-17 ----------------------------------
VH = "Verizon Hawaii, Inc."
CG = "Carlyle Group"
PL = "Pacific LightNet, Inc."
A["us-fcc-verizon-hawaii-carlyle-group-streamlined-domestic-section-214-transfer-granted-public-notice-2004"] = dict(
 # Organizations: the Commission ('the Commission's streamlined procedures', 'The Commission received'; no 'FCC' in
 # the kept text); the Wireline Competition Bureau (named in full twice; no short name -> no alias; no relation to the
 # Commission, 15f). Companies: Verizon Hawaii, Inc. ('(VZ- HI)' -> alias as written, with its space); Carlyle Group
 # ('the Carlyle Group': the name without the lower-case article); Pacific LightNet, Inc. ('(PLNI)' -> alias).
 # Location: Hawaii ('Hawaii's only incumbent network': the state on its own; 'Hawaii' inside 'Verizon Hawaii, Inc.'
 # is part of the name). No Person. Not annotated: 'domestic section 214' (a kind of authorization), 'WC Docket No.
 # 04- 234', 'the new entity' (unnamed), 'Hawaii's only incumbent network' (a description of VZ-HI's network, not a
 # name), 'operations support system' (generic)
 entities=[E("Organization", "Commission"), E("Organization", "Wireline Competition Bureau"),
           E("Company", VH, "VZ- HI"), E("Company", CG), E("Company", PL, "PLNI"),
           E("Location", "Hawaii")],
 roles=[],
 # 'the transfer of Verizon Hawaii, Inc. (VZ- HI) to the Carlyle Group' with 'This application has been granted' and
 # 'the proposed transfer of control': control passes to Carlyle, granted, consummation not told -> acquired(Carlyle
 # Group, Verizon Hawaii, Inc.) only (GUIDELINES: agreed, not completed -> acquired, no parentOrganization(VZ-HI,
 # Carlyle)). **doubtful**: a reader may hold a Bureau's grant of a 'proposed' transfer to be too early for acquired
 # (as 45zk's and 45zr's applied-for notices, acquired is given). No holder before the sale: the seller (Verizon) is
 # not named in the kept text -- 'Verizon' is only inside 'Verizon Hawaii, Inc.' (no parentOrganization(VZ-HI,
 # Verizon): a near-miss, the parent a reader knows but the text never names). Pacific LightNet's 'comment in
 # opposition': an objector, no relation type (no competitor tie told: the text says only that VZ-HI's network is
 # 'Hawaii's only incumbent network'; a reader may infer PLNI is a rival -- a near-miss). Near-misses: 'the new
 # entity' (unnamed); the location of VZ-HI (Hawaii -- no located-in relation type in the schema)
 relations=[L(CG, "acquired", VH)],
 outages=[],
 # 'August 17, 2004' (release) -> 2004-08-17; 'July 15, 2004' (the Bureau's notice seeking comment) -> 2004-07-15.
 # Not dates: '04- 234' (docket), '214' (a section), '(1)', '(2)' (list markers)
 dates=[D("August 17, 2004", "2004-08-17"), D("July 15, 2004", "2004-07-15")])

# ---- Motient / SkyTerra / Mobile Satellite Ventures, public notice DA 06-1254, published 2006-06-16 ------------------
SK = "SkyTerra Communications, Inc."
MO = "Motient Corporation"
MS = "Mobile Satellite Ventures Subsidiary LLC"
ML = "Mobile Satellite Ventures LP"
MG = "Mobile Satellite Ventures GP Inc."
MI = "MSV Investors, LLC"
A["us-fcc-motient-skyterra-mobile-satellite-ventures-transfer-of-control-pleading-cycle-public-notice-2006"] = dict(
 # Organization: the Commission ('Commission approval'; no 'FCC' in the kept text; the issuing bureaus are not named
 # in it). Companies: SkyTerra Communications, Inc. ('(" SkyTerra")' -> alias); Motient Corporation ('Motient
 # Corporation and subsidiaries (" Motient")' -> alias 'Motient'; **doubtful**: the short name is defined for the
 # corporation and its subsidiaries together -- kept as the corporation's alias, as 45zr's 'DIRECTV'; a reader may
 # leave it out); Mobile Satellite Ventures Subsidiary LLC ('(" MSV Sub")'); Mobile Satellite Ventures LP ('(" MSV
 # LP")'); Mobile Satellite Ventures GP Inc. ('(" MSV GP")'); MSV Investors, LLC (no short name). The heading's
 # upper-case forms ('MOBILE SATELLITE VENTURES SUBSIDIARY LLC', 'MOTIENT CORPORATION', 'SKYTERRA COMMUNICATIONS, INC.')
 # differ only in case: not listed. Location: 'U. S.' ('a publicly- traded U. S. corporation': the country, as
 # written with its space, 43g/43s; **doubtful**: an adjective of nationality -- a reader may leave it out). No
 # Person. Not annotated: 'the Applicants' (collective), 'five entities that are limited partners of MSV LP'
 # (unnamed), 'sections 214 and 310( d)', 'Communications Act of 1934' (law), 'WC Docket No. 06- 106'
 entities=[E("Organization", "Commission"),
           E("Company", SK, "SkyTerra"), E("Company", MO, "Motient"), E("Company", MS, "MSV Sub"),
           E("Company", ML, "MSV LP"), E("Company", MG, "MSV GP"), E("Company", MI),
           E("Location", "U. S.")],
 roles=[],
 # 'the transfer of control to SkyTerra of licenses and authorizations held by Mobile Satellite Ventures Subsidiary
 # LLC', applied for ('PLEADING CYCLE ESTABLISHED') -> acquired(SkyTerra, MSV Sub) (45zk's NextWave reading: control
 # of the licences a named company holds passes to the buyer). Holder before the sale: the heading's 'TRANSFER
 # CONTROL OF MOBILE SATELLITE VENTURES SUBSIDIARY LLC FROM MOTIENT CORPORATION AND SUBSIDIARIES' -> parentOrganization
 # (MSV Sub, Motient) (the 45zk/45zo transferor tie; **doubtful**: the body says MSV LP is 'owned and controlled by
 # five entities' left unnamed -- Motient's control runs through them, told only by the heading's 'FROM MOTIENT'; a
 # reader may leave it out). 'Mobile Satellite Ventures Subsidiary LLC (" MSV Sub"), a direct wholly- owned subsidiary
 # of Mobile Satellite Ventures LP' -> parentOrganization(MSV Sub, MSV LP) (stated). 'SkyTerra ... through its 80%
 # owned subsidiary MSV Investors, LLC' -> parentOrganization(MSV Investors, SkyTerra) (stated). Near-misses:
 # 'SkyTerra ... holds an 18.2% indirect interest in MSV LP' (a minority interest: nothing); 'MSV LP and its general
 # partner, Mobile Satellite Ventures GP Inc.' (a general partner of a partnership: no relation type -- a reader may
 # give parentOrganization(MSV LP, MSV GP), **doubtful**, not given); MSV LP and MSV GP 'owned and controlled by five
 # entities' (unnamed); no acquired(SkyTerra, MSV LP) (the text passes control of MSV Sub's licences, not of MSV LP)
 relations=[L(SK, "acquired", MS), L(MS, "parentOrganization", MO), L(MS, "parentOrganization", ML),
            L(MI, "parentOrganization", SK)],
 outages=[],
 # 'June 16, 2006' (release) -> 2006-06-16; 'July 17, 2006', 'July 27, 2006', 'August 1, 2006' (due dates). Not
 # dates: '1934' in the Act's name, '06- 106' (docket), '18.2%', '80%'
 dates=[D("June 16, 2006", "2006-06-16"), D("July 17, 2006", "2006-07-17"), D("July 27, 2006", "2006-07-27"),
        D("August 1, 2006", "2006-08-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
