#!/usr/bin/env python3
"""Batch 43u gold annotations (the texts of batch43u.py: the public notice DA 06-838 on the application to transfer
control of W.E. Communications, Inc. and its subsidiary Harmony Telephone Company from Linda Halverson to MSG Tel,
Inc., 11 April 2006; the public notice DA 06-561 on the application to transfer control of WETEC, LLC d/b/a Unitel
Communications from West Central Technologies, Inc. to Arvig Enterprises, Inc., 9 March 2006; the public notice DA
03-2756 on the application to transfer control of four telephone companies from MJD Services Corp. to Golden West
Telephone Properties, Inc., 28 August 2003), written from the texts alone; newskg was not run on them. The split
follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates
resolve against `published`.
Conventions (batches 15f, 43n, 43p, 43r and 43t; GUIDELINES section 2): a transfer of control of a named company to a
named buyer that the parties have applied for together, completion not told -> `acquired` only, one per named company
the application transfers (43p's FiberNet companies, 43t's Dalton companies); "X and its subsidiary Y" / "its
wholly- owned subsidiary" -> parentOrganization(Y, X); companies transferred 'from X' (X the transferor) ->
parentOrganization(each, X) (43t's Ark-O/TDS Telecom, **doubtful** as there); a d/b/a name and a defined short name
of the same company -> aliases (43p); 'Commission' (the FCC not named in full) -> Organization (15f, 43n, 43p, 43r,
43t); 'affiliates', part holdings (50%, 50.9%) and a company's service area -> nothing; persons owning a company ->
Person, no role (43t); places of incorporation, states and towns served -> Location; laws, dockets, rules, defined
party labels ('Transferor', 'Applicants') and kinds of service not annotated.
usage: batch43u_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather44u/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs, people
import batch10_annotate as b10

A = {}
COM = "Commission"

# ---- MSG Tel / W.E. Communications and Harmony Telephone, DA 06-838, published 2006-04-11 ------------------------
WEC = "W.E. Communications, Inc."
HA = "Harmony Telephone Company"
MSG = "MSG Tel, Inc."
A["us-fcc-msg-tel-harmony-telephone-transfer-of-control-public-notice-2006"] = dict(
 # Companies: W.E. Communications, Inc. ('WEC'; the heading's 'W.E. COMMUNICATIONS INC.' the same company, no comma),
 # Harmony Telephone Company ('Harmony'), MSG Tel, Inc. ('MSG'). Organization: 'Commission'. Person: Linda Halverson
 # (the transferor and WEC's 50.9% owner; no role, no post named). Location: Minnesota ('organized under Minnesota
 # law'). Not annotated: 'the Kenneth L. Halverson 2004 Irrevocable Trust' (**doubtful**: a named trust, a legal
 # arrangement, not an organisation; 43t left TDS's voting trust out; a reader may make it an Organization, and the
 # person inside its name is not a separate mention), 'WC Docket No. 06-71', sections 63.03, 63.04 and
 # 63.03(b)(2)(iii), 'Transferor', 'Transferee', 'Applicants', 'United States' inside 'a United States citizen'
 # (a nationality, as 43t's 'U.S. citizens')
 entities=[E("Company", WEC, "WEC"), E("Company", HA, "Harmony"), E("Company", MSG, "MSG"),
           E("Organization", COM)]
          + people("Linda Halverson")
          + locs("Minnesota"),
 roles=[],
 # 'to transfer control of W.E. Communications, Inc. (WEC), and its subsidiary Harmony Telephone Company (Harmony)'
 # -> parentOrganization(Harmony, WEC); the transferor and MSG applied together, completion not told -> MSG acquired
 # WEC and MSG acquired Harmony (one per company the heading and the application transfer, as 43t's Dalton and
 # Newcastle; **doubtful**: a reader may keep only WEC, the parent, as the object). 'WEC ... is owned by Linda
 # Halverson ... who holds 50.9% equity' -> nothing (a person's holding; no company relation)
 relations=[L(HA, "parentOrganization", WEC), L(MSG, "acquired", WEC), L(MSG, "acquired", HA)],
 outages=[],
 # 'April 11, 2006' (release date) -> 2006-04-11; 'April 25, 2006', 'May 2, 2006' (comment dates); 'March 24, 2006'
 # (filing). Not dates: 'DA 06-838', '06-71', '2004' inside the trust's name (part of a name), '50.9%', '10 percent'
 dates=[D("April 11, 2006", "2006-04-11"), D("April 25, 2006", "2006-04-25"), D("May 2, 2006", "2006-05-02"),
        D("March 24, 2006", "2006-03-24")])

# ---- Arvig / WETEC d/b/a Unitel Communications, DA 06-561, published 2006-03-09 ---------------------------------
WE = "WETEC, LLC"
WC = "West Central Technologies, Inc."
AR = "Arvig Enterprises, Inc."
A["us-fcc-arvig-wetec-unitel-transfer-of-control-public-notice-2006"] = dict(
 # Companies: WETEC, LLC ('WETEC'; its d/b/a name 'Unitel Communications' an alias, 43p's d/b/a rule), West Central
 # Technologies, Inc. ('West Central'), Arvig Enterprises, Inc. ('Arvig'), Qwest Communications (the incumbent in
 # whose area WETEC serves). Organization: 'Commission'. Locations: Minnesota, Park Rapids. Not annotated: 'WC Docket
 # No. 06-37', sections 63.04 and 63.03(b)(2)(ii), 'Applicants', 'LEC', 'cable television and Internet services'
 entities=[E("Company", WE, "WETEC", "Unitel Communications"), E("Company", WC, "West Central"),
           E("Company", AR, "Arvig"), E("Company", "Qwest Communications"), E("Organization", COM)]
          + locs("Minnesota", "Park Rapids"),
 roles=[],
 # 'requesting authority to transfer of control of West Central's 50% membership interest in WETEC to Arvig,
 # rendering Arvig as the sole owner of WETEC': the three applied together, completion not told -> Arvig acquired
 # WETEC (acquired only; the 50% that gives Arvig control, the heading's 'transfer of control of WETEC ... to Arvig';
 # **doubtful**: a reader may read a stake purchase between co-owners and leave it out). West Central's present 50%
 # (a half share, no parent said; the sentence on equal ownership is cut) -> nothing; Arvig's 'current and proposed
 # affiliates, including WETEC' -> nothing; WETEC 'within the incumbent service area of Qwest Communications' ->
 # nothing
 relations=[L(AR, "acquired", WE)],
 outages=[],
 # 'March 9, 2006' (release date) -> 2006-03-09; 'March 23, 2006', 'March 30, 2006' (comment dates); 'January 23,
 # 2006' (filing). Not dates: 'DA 06-561', '06-37', '50%', '10%'
 dates=[D("March 9, 2006", "2006-03-09"), D("March 23, 2006", "2006-03-23"), D("March 30, 2006", "2006-03-30"),
        D("January 23, 2006", "2006-01-23")])

# ---- Golden West Telephone Properties / MJD Services' four companies, DA 03-2756, published 2003-08-28 ------------
MJ = "MJD Services Corp."
GC = "Golden West Telecommunications Cooperative, Inc."
GP = "Golden West Telephone Properties, Inc."
UH = "Union Telephone Company of Hartford"
AI = "Armour Independent Telephone Co."
BC = "Bridgwater- Canistota Independent Telephone Co."
KA = "Kadoka Telephone Co."
A["us-fcc-golden-west-mjd-services-telephone-companies-transfer-public-notice-2003"] = dict(
 # Companies: MJD Services Corp. ('MJD'), Golden West Telecommunications Cooperative, Inc. ('Golden West Coop.'; a
 # cooperative carrier, Company), Golden West Telephone Properties, Inc. ('Golden West Properties'), Union Telephone
 # Company of Hartford ('Union'), Armour Independent Telephone Co. ('Armour'), Bridgwater- Canistota Independent
 # Telephone Co. (so spelt; the defined short name 'Bridgewater- Canistota' an alias as written), Kadoka Telephone Co.
 # ('Kadoka'); all names kept with the rendering's spaces. Organization: 'Commission'. No location named in the kept
 # text. Not annotated: 'WC Docket No. 03- 186', sections 63.03 and 63.04, 'Transferor', 'Transferees',
 # 'Applicants', 'facilities- based interexchange carriers' (unnamed)
 entities=[E("Company", MJ, "MJD"), E("Company", GC, "Golden West Coop."),
           E("Company", GP, "Golden West Properties"), E("Company", UH, "Union"), E("Company", AI, "Armour"),
           E("Company", BC, "Bridgewater- Canistota"), E("Company", KA, "Kadoka"), E("Organization", COM)],
 roles=[],
 # 'Golden West Telecommunications Cooperative, Inc. (Golden West Coop.) and its wholly- owned subsidiary Golden West
 # Telephone Properties, Inc.' -> parentOrganization(Golden West Properties, Golden West Coop.). 'to transfer control
 # of Union ..., Armour ..., Bridgwater- Canistota ... and Kadoka ... from MJD to Golden West Properties': MJD and the
 # transferees applied together, completion not told -> Golden West Properties acquired each of the four (acquired
 # only); MJD transfers control of them (the heading's 'certain affiliates of MJD Services Corp.') ->
 # parentOrganization(each, MJD) (**doubtful**, as 43t's Ark-O: 'affiliates' and 'transfer control ... from MJD',
 # no 'subsidiary' said; a reader may leave the four parent links out)
 relations=[L(GP, "parentOrganization", GC),
            L(UH, "parentOrganization", MJ), L(AI, "parentOrganization", MJ), L(BC, "parentOrganization", MJ),
            L(KA, "parentOrganization", MJ),
            L(GP, "acquired", UH), L(GP, "acquired", AI), L(GP, "acquired", BC), L(GP, "acquired", KA)],
 outages=[],
 # 'August 28, 2003' (release date) -> 2003-08-28; 'July 28, 2003' (filing). Not dates: 'DA 03- 2756', '03- 186',
 # '10%'
 dates=[D("August 28, 2003", "2003-08-28"), D("July 28, 2003", "2003-07-28")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
