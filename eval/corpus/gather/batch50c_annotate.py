#!/usr/bin/env python3
"""Batch 50c gold annotations (the texts of batch50c.py: the Wireline Competition Bureau's public notice DA 20-634 of
16 June 2020 granting the application to transfer control of Jaguar Communications, Inc. from Provincial Real Estate
Holdings, LLC to MetroNet Holdings, LLC; the Bureau's public notice DA 22-1361 of 22 December 2022 granting the
application to transfer control of Empire Telephone Corporation, Empire Long Distance Corporation, North Penn
Telephone Company and North Penn Long Distance Corporation to Endurance Parent, Inc.), written from the texts alone;
newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train
(batch10_annotate's write_parts). Dates resolve against `published` (each notice's release date).
Conventions (batches 15f, 43n-49m of the lane; GUIDELINES section 2): a transfer of control of a named company to a
named buyer, granted, consummation not told -> `acquired` only (44b's and 44g's grants, 48h's DA 21-849); the named
holder a company's control passes 'from' -> parentOrganization(company, holder) (43t's Ark-O rule, 44k, 44o, 48c,
48h); co-applicants whose tie to the carriers the text does not state -> no relation; a short name in parentheses ->
alias, as written; a d/b/a name -> alias (45zk, 44g's Blackfoot); a heading's upper-case form differing from the
body's only in case -> not listed (45zg, 47u, 48h); collective defined terms ('Applicants', 'the Section 214
Holders') not annotated; 'Commission' (only in 'the Commission’s rules') -> Organization 'Commission' (48h); the
Wireline Competition Bureau -> Organization, no parentOrganization to the Commission (44g, 48h: the text does not say
'of the Commission'); a person acting for a company's interest holders with no title -> Person, no role; laws,
sections, dockets, DA numbers not annotated; '1934' inside the Act's name no date (48h).
usage: batch50c_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather51c/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L
import batch10_annotate as b10

A = {}
CM = "Commission"
WCB = "Wireline Competition Bureau"

# ---- Jaguar Communications: Provincial -> MetroNet Holdings, DA 20-634, published 2020-06-16 ------------------------
JW = "James T. Ward"
PR = "Provincial Real Estate Holdings, LLC"
MH = "MetroNet Holdings, LLC"
JC = "Jaguar Communications, Inc."
A["us-fcc-jaguar-communications-provincial-real-estate-holdings-metronet-holdings-domestic-section-214-transfer-of-control-granted-public-notice-2020"] = dict(
 # Organizations: the Wireline Competition Bureau ('(Bureau)' -> alias 'Bureau'); 'the Commission’s rules' ->
 # Commission (no parent between them, 44g, 48h). Companies: Provincial Real Estate Holdings, LLC ('(Provincial)',
 # 'from Provincial' -> alias 'Provincial'); MetroNet Holdings, LLC ('(MetroNet Holdings)', 'to MetroNet Holdings' ->
 # alias 'MetroNet Holdings'; the heading's 'METRONET HOLDINGS, LLC' differs only in case, not listed); Jaguar
 # Communications, Inc. ('(Jaguar)' -> alias 'Jaguar'; the heading's form not listed). Person: James T. Ward ('filed
 # by James T. Ward, as the representative of all of the interest holders of Provincial'). No Location. Not
 # annotated: 'Applicants', 'Public Notice' (this document), 'the Communications Act of 1934' and '(Act)' (a law),
 # section 214, sections 63.03-04, 'WC Docket No. 20-37', 'DA 20-634'.
 entities=[E("Organization", WCB, "Bureau"), E("Organization", CM), E("Person", JW),
           E("Company", PR, "Provincial"), E("Company", MH, "MetroNet Holdings"), E("Company", JC, "Jaguar")],
 # No role: 'the representative of all of the interest holders of Provincial' is no title of the vocabulary and
 # names no post at Provincial (**doubtful**: a reader may give Ward 'other' at Provincial Real Estate Holdings, LLC).
 roles=[],
 # - acquired(MetroNet Holdings, Jaguar): the Bureau 'grants an application ... requesting approval for consent to
 #   transfer control of Jaguar Communications, Inc. (Jaguar) from Provincial to MetroNet Holdings' (granted;
 #   consummation not told -> acquired only, 44g's Schurz grant, 48h's Interoute).
 # - parentOrganization(Jaguar, Provincial): control passes 'from Provincial' -- the present holder named (43t's
 #   Ark-O rule, 48h). **Doubtful**: no sentence calls Jaguar Provincial's subsidiary, and Provincial's interest
 #   holders are the filers; a reader may give no parent link.
 # Near-misses: Ward as the interest holders' representative (a person, no ownership stated of him); Provincial and
 #   MetroNet Holdings as co-applicants (not partners); no acquired from Provincial (the seller); the Bureau as
 #   grantor (no relation to the companies); MetroNet Holdings' own owners (not named in the kept text).
 relations=[L(MH, "acquired", JC), L(JC, "parentOrganization", PR)],
 outages=[],
 # 'June 16, 2020' (released); '1934' inside the Act's name, '20-634', '20-37', '63.03-04' no dates
 dates=[D("June 16, 2020", "2020-06-16")])

# ---- Empire Telephone et al. -> Endurance Parent, DA 22-1361, published 2022-12-22 ----------------------------------
EP = "Endurance Parent, Inc."
LT = "Lantelco, Inc."
BC = "Barch Corporation"
ET = "Empire Telephone Corporation"
EL = "Empire Long Distance Corporation"
NP = "North Penn Telephone Company"
NL = "North Penn Long Distance Corporation"
A["us-fcc-empire-telephone-north-penn-telephone-endurance-parent-domestic-section-214-transfer-of-control-granted-public-notice-2022"] = dict(
 # Organizations: the Wireline Competition Bureau (never 'Bureau' alone in the kept text, as 48h's DA 21-849);
 # 'the Commission’s rules' -> Commission. Companies, each with its short name in parentheses as alias: Endurance
 # Parent, Inc. ('(Endurance)', 'to Endurance'); Lantelco, Inc. ('(Lantelco)'); Barch Corporation ('(Barch)'); Empire
 # Telephone Corporation ('(Empire Telephone)', 'the Empire Telephone'); Empire Long Distance Corporation ('d/b/a
 # Empire Access (ELD)' -> aliases 'Empire Access', its d/b/a name, and 'ELD'; **doubtful**: a reader may type
 # 'Empire Access' a Service, the brand it trades under -- the lane makes d/b/a names aliases); North Penn Telephone
 # Company ('(North Penn Telephone)'); North Penn Long Distance Corporation ('(NPLD)'). No Person, no Location, no
 # role. Not annotated: 'Applicants', 'the Section 214 Holders' (collective labels), 'Public Notice', the Act (a law),
 # section 214, sections 63.03-04, 'WC Docket No. 22-155', 'DA 22-1361'.
 entities=[E("Organization", WCB), E("Organization", CM),
           E("Company", EP, "Endurance"), E("Company", LT, "Lantelco"), E("Company", BC, "Barch"),
           E("Company", ET, "Empire Telephone"), E("Company", EL, "Empire Access", "ELD"),
           E("Company", NP, "North Penn Telephone"), E("Company", NL, "NPLD")],
 roles=[],
 # - acquired(Endurance, each of the four carriers): the Bureau 'grants an application ... requesting consent to
 #   transfer control of the Empire Telephone, ELD, North Penn Telephone, and NPLD ... to Endurance' (granted;
 #   consummation not told -> acquired only, as 48h's DA 21-849).
 # Near-misses: Lantelco, Inc. and Barch Corporation -- co-applicants, most likely the present holders of the Empire
 #   and North Penn carriers, but the kept text never says whose control passes, nor from whom: no parentOrganization
 #   of any carrier to either (**doubtful**: a reader who reads the filer list as transferors may link them; which
 #   holds which cannot be told from the text); no parent link between Empire Telephone and ELD or between North Penn
 #   Telephone and NPLD (alike in name, nothing stated); the co-applicants are not partners; the Bureau as grantor.
 relations=[L(EP, "acquired", ET), L(EP, "acquired", EL), L(EP, "acquired", NP), L(EP, "acquired", NL)],
 outages=[],
 # 'December 22, 2022' (released); '1934' inside the Act's name, '22-1361', '22-155', '63.03-04' no dates
 dates=[D("December 22, 2022", "2022-12-22")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
