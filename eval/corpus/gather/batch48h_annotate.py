#!/usr/bin/env python3
"""Batch 48h gold annotations (the texts of batch48h.py: the public notice DA 04-2856 of 1 September 2004 on the
domestic section 214 application for the transfer of control of GT Group Telecom (USA) LLC from 360networks (USA) Inc.
to BCE Nexxia Corporation; the Wireline Competition Bureau's public notice DA 21-849 of 16 July 2021 granting the
application to transfer control of Interoute US LLC from GTT Communications, Inc. and GTT Americas, LLC to Cube Telecom
Europe (US BidCo), LLC), written from the texts alone; newskg was not run on them. The split follows the fixed rule:
the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-48e of the lane; GUIDELINES section 2): a transfer of control of a named company to a
named buyer, applied for or granted, consummation not told -> `acquired` only (44b's and 44g's grants, 47u, 48c, 48e);
the named holder a company's control passes 'from' -> parentOrganization(company, holder) (43t's Ark-O rule, 44k, 44o,
45zx, 47za, 48c); 'X and its wholly-owned subsidiary, Y' -> parentOrganization(Y, X) (44g's Schurz/GoldStar); a short
name in parentheses or quotes -> alias, as written (the rendering's '(“ GT Corp.”' gives the alias 'GT Corp.', 47u); a
heading's upper-case form differing from the body's only in case -> not listed (45zg, 47u); a name written in full
only in the upper-case heading -> that form as printed, the body's short form its alias (45zj's capitals rule; 45zc:
a heading form differing beyond case is listed); collective defined terms ('Applicants', 'Assignor', 'Transferor',
'Transferee') not annotated; 'Commission' -> Organization; the Wireline Competition Bureau -> Organization, no
parentOrganization to the Commission (44g); 'U. S.' as an adjective -> no Location (47u); laws, sections, dockets not
annotated.
usage: batch48h_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather49h/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L
import batch10_annotate as b10

A = {}
CM = "Commission"

# ---- GT Group Telecom (USA) LLC: 360networks -> BCE Nexxia, DA 04-2856, published 2004-09-01 ----------------------------
GS = "GT Group Telecom Services (USA) Corp."
N3 = "360networks (USA) Inc."
BN = "BCE Nexxia Corporation"
GL = "GT GROUP TELECOM (USA) LLC"
A["us-fcc-gt-group-telecom-usa-360networks-bce-nexxia-domestic-section-214-transfer-of-control-pleading-cycle-public-notice-2004"] = dict(
 # Companies: GT Group Telecom Services (USA) Corp. ('(“ GT Corp.” or “Assignor”)' -> alias 'GT Corp.'); 360networks
 # (USA) Inc. ('(“ 360networks” or “Transferor”)', 'from 360networks' -> alias '360networks'; the heading's
 # '360NETWORKS' differs only in case, not listed); BCE Nexxia Corporation ('(“ BCE Nexxia” or Transferee”)', 'to BCE
 # Nexxia' -> alias 'BCE Nexxia'; the heading's 'BCE NEXXIA' not listed); the company whose control passes, written in
 # full only in the upper-case heading ('GT GROUP TELECOM (USA) LLC') and in the body only as 'GT LLC' (never defined
 # there: the definition stood in the cut sentence and footnotes) -> name as printed in the heading, alias 'GT LLC'.
 # **Doubtful**: the name's form (a reader may name it 'GT LLC' and leave the heading's capitals out, as the lane does
 # where the body gives the full name; or list a mixed-case 'GT Group Telecom (USA) LLC', which the text never writes).
 # Organization: 'the Commission’s rules' (twice) -> Commission. No Location ('U. S.' twice as an adjective: 'U. S.
 # local exchange services', 'any U. S. domestic service'), no Person, no role. Not annotated: 'Applicants',
 # 'Assignor', 'Transferor', 'Transferee' (labels), 'their affiliates', 'their Affiliates' (unnamed), 'WC Docket No.
 # 04- 325', sections 63.03, 63.04 and 63.03( b)( 2)( i).
 entities=[E("Company", GS, "GT Corp."), E("Company", N3, "360networks"), E("Company", BN, "BCE Nexxia"),
           E("Company", GL, "GT LLC"), E("Organization", CM)],
 roles=[],
 # - acquired(BCE Nexxia, GT LLC): 'requesting authority for the transfer of control of GT LLC from 360networks to BCE
 #   Nexxia' and the heading 'TRANSFER OF CONTROL OF GT GROUP TELECOM (USA) LLC, FROM 360NETWORKS TO BCE NEXXIA'
 #   (control of a named company to a named buyer, applied for; completion not told -> acquired only).
 # - parentOrganization(GT LLC, 360networks): control passes 'from 360networks', the named present holder (43t's Ark-O
 #   rule, 48c's FairPoint), with 360networks the application's 'Transferor'. **Doubtful**: no kept sentence calls GT
 #   LLC 360networks' subsidiary (the cut sentence names 360networks Corporation 'the ultimate parent company of
 #   360networks, GT Corp., and GT LLC' -- not in the text); a reader may give only the buyer's link.
 # Near-misses: GT Corp. as 'Assignor' (what it assigns -- 'certain assets' to GT LLC -- is in the cut sentence: no
 #   relation in the kept text; asset steps are nothing in the lane anyway); GT Corp. and GT LLC (alike in name, nothing
 #   stated between them); the three co-applicants (not partners); no acquired from 360networks (the seller); Bell
 #   Canada and 360networks Corporation (only in the cut sentence: not in the text).
 relations=[L(BN, "acquired", GL), L(GL, "parentOrganization", N3)],
 outages=[],
 # 'September 1, 2004' (released), 'September 15, 2004' and 'September 22, 2004' (comment dates), 'August 18, 2004'
 # (the filing); '10%', '(1)'-'(3)' and the section numbers no dates
 dates=[D("September 1, 2004", "2004-09-01"), D("September 15, 2004", "2004-09-15"),
        D("September 22, 2004", "2004-09-22"), D("August 18, 2004", "2004-08-18")])

# ---- Interoute US LLC: GTT / GTT Americas -> Cube Telecom Europe (US BidCo), LLC, DA 21-849, published 2021-07-16 -------
WCB = "Wireline Competition Bureau"
GT = "GTT Communications, Inc."
GA = "GTT Americas, LLC"
IR = "Interoute US LLC"
BC = "Cube Telecom Europe BidCo Limited"
UB = "Cube Telecom Europe (US BidCo), LLC"
A["us-fcc-interoute-us-gtt-cube-telecom-europe-us-bidco-domestic-section-214-transfer-of-control-granted-public-notice-2021"] = dict(
 # Organizations: the Wireline Competition Bureau (the grantor; never 'Bureau' alone in the kept text), 'the
 # Commission’s rules' -> Commission (no parent between them, 44g). Companies: GTT Communications, Inc. ('(GTT)', 'from
 # GTT' -> alias 'GTT'); GTT Americas, LLC ('its wholly-owned subsidiary, GTT Americas, LLC'; no short name);
 # Interoute US LLC ('(Interoute)', 'control of Interoute' -> alias 'Interoute'; the heading's 'INTEROUTE US LLC'
 # differs only in case, not listed); Cube Telecom Europe BidCo Limited ('(BidCo)' -> alias 'BidCo'); Cube Telecom
 # Europe (US BidCo), LLC ('(US BidCo)' -> alias 'US BidCo'; the heading's 'CUBE TELECOM EUROPE (US BIDCO), LLC'
 # differs only in case, not listed) -- two companies, named apart (a UK-style 'Limited' applicant and a US 'LLC'
 # transferee). No Location, no Person, no role. Not annotated: 'Applicants' (a label), 'Public Notice' (this
 # document), 'the Communications Act of 1934' (a law; '1934' no date), section 214, sections 63.03-04, 'WC Docket No.
 # 20-427', 'DA 21-849'.
 entities=[E("Organization", WCB), E("Organization", CM), E("Company", GT, "GTT"), E("Company", GA),
           E("Company", IR, "Interoute"), E("Company", BC, "BidCo"), E("Company", UB, "US BidCo")],
 roles=[],
 # - parentOrganization(GTT Americas, GTT): 'GTT and its wholly-owned subsidiary, GTT Americas, LLC' (stated).
 # - acquired(US BidCo, Interoute): the Bureau 'grants, as conditioned, the application ... requesting consent to
 #   transfer control of Interoute ... to Cube Telecom Europe (US BidCo), LLC (US BidCo)' (granted; consummation not
 #   told -> acquired only, 44g's Schurz grant).
 # - parentOrganization(Interoute, GTT), parentOrganization(Interoute, GTT Americas): control passes 'from GTT and its
 #   wholly-owned subsidiary, GTT Americas, LLC' -- both named as its present holders (43t's Ark-O rule, 48c).
 #   **Doubtful**: the notice does not say which of the two holds Interoute directly (GTT Americas, the subsidiary,
 #   most likely, GTT through it); a reader may give one link (to GTT Americas) or none (no sentence calls Interoute a
 #   subsidiary).
 # Near-misses: BidCo and US BidCo (alike in name; the kept text states nothing between them -- **doubtful**, a reader
 #   may take US BidCo for BidCo's US subsidiary from the names alone); no acquired from BidCo (the applicant, not the
 #   named transferee); GTT, Interoute and BidCo as co-applicants (not partners); no acquired from GTT or GTT Americas
 #   (the sellers); the Bureau as grantor (no relation to the companies).
 relations=[L(GA, "parentOrganization", GT), L(UB, "acquired", IR), L(IR, "parentOrganization", GT),
            L(IR, "parentOrganization", GA)],
 outages=[],
 # 'July 16, 2021' (released); '1934' inside the law's name, '21-849', '20-427', '63.03-04' no dates
 dates=[D("July 16, 2021", "2021-07-16")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
