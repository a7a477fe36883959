#!/usr/bin/env python3
"""Batch 47o gold annotations (the texts of batch47o.py: the public notice DA 12-805 of 22 May 2012 on the domestic
section 214 application to transfer control of Knology, Inc. and its subsidiaries to WideOpenWest Finance, LLC; the
public notice DA 16-1070 of 21 September 2016 on the applications to transfer control of RCN Telecom Services, LLC and
Grande Communications Networks LLC to Radiate Holdings, L.P.), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 15f, 43n-47j of the lane; GUIDELINES section 2): a transfer of control of a named company to a
named buyer, applied for, completion not told -> `acquired` only (44g, 45zk, 46l, 46o, 47c, 47j); the upper-case
heading counts as text (47j's RCN heading backed its body; here, in DA 16-1070, the heading is the only place that
names the two companies whose control passes); transfers of licences and authorizations -> nothing (asset steps, 46f,
46h, 47c, 47g, 47j); a short name in parentheses -> alias, as written ('(WOW!)' with its exclamation mark); an
upper-case heading's form of a name also written in mixed case -> not listed; a name written only in the heading ->
the entity, named as written there (upper case); collective defined terms ('Applicants', 'Knology Companies') not
annotated; 'Commission' -> Organization; states named on their own -> Location, 'a Delaware corporation' -> Delaware
(47c, 47j); named US regions ('the Southeast', 'upper Midwest') -> Location (40zi's MidSouth/Southeast, the NTELOS
notice's Midwest, dev); laws, sections, dockets and file numbers not annotated, and the years in the laws' names are
no dates.
usage: batch47o_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather48o/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs
import batch10_annotate as b10

A = {}
CM = "Commission"

# ---- Knology, Inc. -> WideOpenWest Finance, LLC, public notice DA 12-805, published 2012-05-22 ------------------------
KN = "Knology, Inc."
WW = "WideOpenWest Finance, LLC"
A["us-fcc-knology-wideopenwest-finance-domestic-section-214-transfer-of-control-pleading-cycle-public-notice-2012"] = dict(
 # Companies: Knology, Inc. ('(Knology)', 'Knology' three times more; the heading's 'KNOLOGY, INC.' only in case: not
 # listed), WideOpenWest Finance, LLC ('(WOW!)', 'to WOW!.'; the heading's 'WIDEOPENWEST FINANCE, LLC' only in case).
 # Organization: 'the Commission’s rules' -> Commission. Locations: 'a Delaware corporation' -> Delaware; the regions
 # 'the Southeast' and 'upper Midwest' (named US regions -> Location, **doubtful**: a reader may leave them as loose
 # geography, or name the second 'Midwest'); Kansas (named as a region and again in the state list: one entity);
 # Alabama, Florida, Georgia, Iowa, Kentucky, Minnesota, Missouri, Rhode Island, South Carolina, South Dakota,
 # Tennessee (states named on their own). Not annotated: 'Knology Companies' (the notice's defined label for Knology
 # and its subsidiaries together, used as a collective subject: **doubtful**, a reader may make it an alias of
 # Knology, Inc., as the NTELOS notice's 'FiberNet' was set on one FiberNet company); 'Applicants' (a label);
 # 'operating subsidiaries', 'its subsidiaries' (unnamed); 'telecommunications services', 'rural incumbent local
 # exchange carriers (incumbent LECs)' (kinds); 'WC Docket No. 12-120', 'section 63.03'. No Person, no role.
 entities=[E("Company", KN, "Knology"), E("Company", WW, "WOW!"), E("Organization", CM)]
          + locs("Delaware", "Southeast", "upper Midwest", "Kansas", "Alabama", "Florida", "Georgia", "Iowa",
                 "Kentucky", "Minnesota", "Missouri", "Rhode Island", "South Carolina", "South Dakota", "Tennessee"),
 roles=[],
 # - acquired(WOW!, Knology): 'filed an application ... requesting approval for the transfer of control of Knology and
 #   its subsidiaries (Knology Companies) to WOW!' and the heading 'APPLICATION FILED FOR THE TRANSFER OF CONTROL OF
 #   KNOLOGY, INC. AND ITS SUBSIDIARIES TO WIDEOPENWEST FINANCE, LLC' (control of the company itself, applied for;
 #   completion not told -> acquired only, 45zk, 47j's RCN).
 # Near-misses: Knology's 'operating subsidiaries' and 'certain of the Knology Companies' that are incumbent LECs
 #   (unnamed: no parentOrganization); Knology and WOW! as co-applicants (not partners); WOW!'s own description and
 #   owners (cut with the sentence the footnotes break); the customers in the twelve states (unnamed).
 relations=[L(WW, "acquired", KN)],
 outages=[],
 # 'May 22, 2012' (released), 'June 5, 2012' and 'June 12, 2012' (comment dates), 'May 1, 2012' (the filing)
 dates=[D("May 22, 2012", "2012-05-22"), D("June 5, 2012", "2012-06-05"), D("June 12, 2012", "2012-06-12"),
        D("May 1, 2012", "2012-05-01")])

# ---- RCN Telecom Services / Grande Communications Networks -> Radiate Holdings, DA 16-1070, published 2016-09-21 ------
RH = "Radiate Holdings, L.P."
YP = "Yankee Cable Partners, LLC"
GI = "Grande Investment L.P."
RT = "RCN TELECOM SERVICES, LLC"
GN = "GRANDE COMMUNICATIONS NETWORKS LLC"
A["us-fcc-rcn-telecom-services-grande-communications-networks-radiate-holdings-transfer-of-control-pleading-cycle-public-notice-2016"] = dict(
 # Companies: Radiate Holdings, L.P. ('(Radiate Holdings)', 'to Radiate Holdings.'; the heading's 'RADIATE HOLDINGS,
 # L.P.' only in case: not listed), Yankee Cable Partners, LLC ('(Yankee Partners)', 'held by Yankee Partners'),
 # Grande Investment L.P. ('(Grande Investment)', 'and Grande Investment'); RCN TELECOM SERVICES, LLC and GRANDE
 # COMMUNICATIONS NETWORKS LLC, named only in the upper-case heading -> entities named as written there
 # (**doubtful**: a reader may title-case them, or leave heading-only names out). Organization: 'the Commission’s
 # rules' -> Commission. Not annotated: 'Applicants', 'Act' (labels); 'Communications Act of 1934' (a law); 'various
 # licenses and authorizations' (assets, no names); 'WC Docket No. 16-276', sections 214, 310(d), 63.04, 63.18,
 # 63.24. No Location, no Person, no role.
 entities=[E("Company", RH, "Radiate Holdings"), E("Company", YP, "Yankee Partners"),
           E("Company", GI, "Grande Investment"), E("Company", RT), E("Company", GN), E("Organization", CM)],
 roles=[],
 # - acquired(Radiate Holdings, RCN TELECOM SERVICES, LLC) and acquired(Radiate Holdings, GRANDE COMMUNICATIONS
 #   NETWORKS LLC): the heading 'APPLICATIONS FILED FOR THE TRANSFER OF CONTROL OF RCN TELECOM SERVICES, LLC AND GRANDE
 #   COMMUNICATIONS NETWORKS LLC TO RADIATE HOLDINGS, L.P.' (control of two named companies to a named buyer, applied
 #   for; completion not told -> acquired only). **Doubtful**: the relations rest on the heading alone -- the body's
 #   kept sentence speaks of 'licenses and authorizations held by Yankee Partners and Grande Investment' passing to
 #   Radiate Holdings (an asset step on its own); a reader who reads only the body gives nothing.
 # Near-misses: no parentOrganization(RCN Telecom Services, Yankee Partners) or (Grande Communications Networks, Grande
 #   Investment) -- the sentence that says 'Yankee Partners would sell all of its interests in RCN Telecom Services,
 #   LLC (RCN-TS)' is the one the excerpt breaks off (cut), and 'licenses ... held by Yankee Partners and Grande
 #   Investment' says who holds licences, not companies; no acquired from Yankee Partners or Grande Investment (they
 #   are the sellers); the three applicants as co-applicants (not partners).
 relations=[L(RH, "acquired", RT), L(RH, "acquired", GN)],
 outages=[],
 # 'September 21, 2016' (released), 'October 21, 2016' and 'November 7, 2016' (pleading dates). '1934' is in the Act's
 # name, not a date
 dates=[D("September 21, 2016", "2016-09-21"), D("October 21, 2016", "2016-10-21"),
        D("November 7, 2016", "2016-11-07")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
