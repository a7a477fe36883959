#!/usr/bin/env python3
"""Batch 47q gold annotations (the texts of batch47q.py: the public notice DA 06-1225 of 7 June 2006 on the domestic
section 214 application to transfer control of Mpower Communications Corp. from Mpower Holding Corporation to U.S.
TelePacific Holdings Corp.; the public notice DA 06-995 of 8 May 2006 on the application to transfer control of
Conversent Communications, Inc.'s subsidiaries to CTC Communications Group, Inc. and Choice One Communications Inc.;
the public notice DA 02-2068 of 22 August 2002 on the application to transfer Logix Communications Corporation's
authorization and facilities to Western Communications, Inc.), written from the texts alone; newskg was not run on
them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-47o of the lane; GUIDELINES section 2): a transfer of control of a named company to a
named buyer, applied for, completion not told -> `acquired` only (44g, 45zk, 46l, 46o, 47c, 47j, 47o); 'the
acquisition of X by A and B' -> acquired from each buyer; transfers of authorizations, facilities or assets -> nothing
(asset steps, 46f, 46h, 47c, 47g, 47j); 'X ... is the parent company of Y' and 'Y and its parent company, X' ->
parentOrganization(Y, X); a short name in parentheses -> alias, as written (the rendering's '(“ MPHC”)' gives the alias
'MPHC'); names keep the renderings' spaces as written ('U. S. TelePacific Holdings Corp.', 'U. S. Bankruptcy Court
...'); an upper-case heading's form of a name also written in mixed case -> not listed; collective defined terms
('Applicants', 'Combined Corporation', 'Choice One Subsidiaries', 'the Conversent subsidiaries') not annotated;
'Commission' -> Organization, a court -> Organization; states named on their own -> Location, 'a Delaware
corporation' -> Delaware (47c, 47j, 47o); named US regions ('the Northeast and Midwest regions') -> Location (47o's
Southeast and upper Midwest); laws, codes, sections, dockets and file numbers not annotated, and the years in the
laws' names are no dates.
usage: batch47q_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather48q/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs
import batch10_annotate as b10

A = {}
CM = "Commission"

# ---- Mpower Communications Corp. -> U. S. TelePacific Holdings Corp., DA 06-1225, published 2006-06-07 --------------
MH = "Mpower Holding Corporation"
TH = "U. S. TelePacific Holdings Corp."
MP = "Mpower Communications Corp."
A["us-fcc-mpower-communications-mpower-holding-us-telepacific-holdings-domestic-section-214-transfer-of-control-pleading-cycle-public-notice-2006"] = dict(
 # Companies: Mpower Holding Corporation ('(“ MPHC”)', 'MPHC, a Delaware corporation'), U. S. TelePacific Holdings
 # Corp. ('(“ Holdings”)', 'to Holdings'; the name as the rendering writes it, with its space after 'U.'), Mpower
 # Communications Corp. ('(“ Mpower”)', 'parent company of Mpower'); the heading's upper-case forms only in case: not
 # listed. Organization: 'the Commission’s rules' -> Commission. Location: 'a Delaware corporation' -> Delaware. Not
 # annotated: 'Applicants' (a label), 'affiliates', 'dominant local exchange carriers' (unnamed), 'WC Docket No. 06-
 # 107', sections 63.04 and 63.03( b)( 2)( i). **Doubtful**: 'Holdings' as an alias is the notice's own defined
 # short name (kept, as 47o's 'Radiate Holdings'); a reader may think it too generic. No Person, no role.
 entities=[E("Company", MH, "MPHC"), E("Company", TH, "Holdings"), E("Company", MP, "Mpower"),
           E("Organization", CM)] + locs("Delaware"),
 roles=[],
 # - acquired(Holdings, Mpower): 'requesting authority to transfer control of Mpower Communications Corp. (“ Mpower”)
 #   to Holdings' and the heading 'TRANSFER OF CONTROL OF MPOWER COMMUNICATIONS CORP. FROM MPOWER HOLDING CORPORATION
 #   TO U. S. TELEPACIFIC HOLDINGS CORP.' (control of a named company to a named buyer, applied for; completion not
 #   told -> acquired only, no parentOrganization(Mpower, Holdings)).
 # - parentOrganization(Mpower, MPHC): 'MPHC, a Delaware corporation, is the parent company of Mpower' (the present
 #   owner, the seller; ownership stated).
 # Near-misses: MPHC and Holdings as co-applicants (not partners); 'Applicants and their affiliates' (unnamed);
 #   Mpower's own description and customers (cut with the sentence the footnotes break); no acquired from MPHC (the
 #   seller).
 relations=[L(TH, "acquired", MP), L(MP, "parentOrganization", MH)],
 outages=[],
 # 'June 7, 2006' (released), 'June 21, 2006' and 'June 28, 2006' (comment dates), 'May 18, 2006' (the filing); '10%'
 # no date
 dates=[D("June 7, 2006", "2006-06-07"), D("June 21, 2006", "2006-06-21"), D("June 28, 2006", "2006-06-28"),
        D("May 18, 2006", "2006-05-18")])

# ---- Conversent Communications, Inc. -> CTC Communications Group, Inc. and Choice One Communications Inc., DA 06-995 --
CG = "CTC Communications Group, Inc."
CO = "Choice One Communications Inc."
CV = "Conversent Communications, Inc."
A["us-fcc-conversent-communications-ctc-communications-group-choice-one-domestic-section-214-transfer-of-control-public-notice-2006"] = dict(
 # Companies: CTC Communications Group, Inc. ('(“CTC Group”)', 'by CTC Group', 'CTC Group' in the combined entity's
 # list), Choice One Communications Inc. ('(“Choice One”)', 'Choice One' three times more; 'Choice One' inside 'the
 # Choice One Subsidiaries' is part of a label), Conversent Communications, Inc. ('(“Conversent”)', 'of Conversent',
 # 'Conversent' in the list; 'the Conversent subsidiaries' a label); the heading's upper-case forms only in case: not
 # listed. Organization: 'the Commission’s rules' -> Commission. Locations: 'a Delaware corporation' -> Delaware; the
 # regions 'Northeast' and 'Midwest' ('the Northeast and Midwest regions': named US regions -> Location, **doubtful**,
 # as 47o's Southeast/upper Midwest: a reader may leave them as loose geography); the twelve states named on their own
 # (Connecticut, Illinois, Indiana, Maine, Massachusetts, Michigan, New Hampshire, New York, Ohio, Pennsylvania, Rhode
 # Island, Wisconsin). Not annotated: 'Applicants', 'Combined Corporation' (the notice's label for the three together
 # after the deal: **doubtful**, a reader may see a named merged entity; it is a defined term, not a name), 'Choice
 # One Subsidiaries', 'the Conversent subsidiaries' (collective labels, no names), 'a dominant local exchange carrier'
 # (unnamed), 'WC Docket No. 06-85', sections. No Person, no role.
 entities=[E("Company", CG, "CTC Group"), E("Company", CO, "Choice One"), E("Company", CV, "Conversent"),
           E("Organization", CM)]
          + locs("Delaware", "Northeast", "Midwest", "Connecticut", "Illinois", "Indiana", "Maine", "Massachusetts",
                 "Michigan", "New Hampshire", "New York", "Ohio", "Pennsylvania", "Rhode Island", "Wisconsin"),
 roles=[],
 # - acquired(CTC Group, Conversent) and acquired(Choice One, Conversent): 'transfer control of the Conversent
 #   subsidiaries as a result of the acquisition of Conversent by CTC Group and Choice One' and the heading 'TRANSFER OF
 #   CONTROL OF CONVERSENT COMMUNICATIONS, INC. SUBSIDIARIES FROM CONVERSENT COMMUNICATIONS, INC. TO CTC COMMUNICATIONS
 #   GROUP, INC. AND CHOICE ONE COMMUNICATIONS INC.' (the acquisition of a named company by two named buyers, applied
 #   for; completion not told -> acquired only, one relation from each buyer). **Doubtful**: a joint acquisition by
 #   two buyers; a reader may give the relation to one of them only, or read the 'Combined Corporation' as a merger
 #   of the three (a merger naming no buyer gives nothing) -- the text names the buyers ('by CTC Group and Choice
 #   One'), so both are kept.
 # Near-misses: no parentOrganization from the unnamed 'Choice One Subsidiaries' or 'Conversent subsidiaries' (no
 #   names); CTC Group and Choice One as co-applicants and joint buyers (not partners: no partnership stated); the
 #   businesses served (unnamed); no parentOrganization(Conversent, CTC Group) (not completed).
 relations=[L(CG, "acquired", CV), L(CO, "acquired", CV)],
 outages=[],
 # 'May 8, 2006' (released), 'May 22, 2006' and 'May 29, 2006' (comment dates), 'April 10, 2006' (the filing); '10
 # percent' no date
 dates=[D("May 8, 2006", "2006-05-08"), D("May 22, 2006", "2006-05-22"), D("May 29, 2006", "2006-05-29"),
        D("April 10, 2006", "2006-04-10")])

# ---- Logix Communications Corporation -> Western Communications, Inc. (assets), DA 02-2068, published 2002-08-22 -----
WC = "Western Communications, Inc."
LX = "Logix Communications Corporation"
LE = "Logix Communications Enterprises, Inc."
BC = "U. S. Bankruptcy Court for the Southern District of Texas"
A["us-fcc-logix-communications-western-communications-domestic-section-214-transfer-of-assets-pleading-cycle-public-notice-2002"] = dict(
 # Companies: Western Communications, Inc. ('(Western)', 'for Western to acquire', 'the transferee, Western'), Logix
 # Communications Corporation ('(Logix)', 'Logix' four times more; 'Logix facilities' uses the name), Logix
 # Communications Enterprises, Inc. ('its parent company, Logix Communications Enterprises, Inc.'); the heading's
 # upper-case forms only in case: not listed. Organizations: 'the Commission’s rules' -> Commission; 'the U. S.
 # Bankruptcy Court for the Southern District of Texas' (a court -> Organization, named as written with the
 # rendering's space; **doubtful**: 'Houston Division' left inside the court's description, not its own entity -- a
 # reader may add Houston as a Location, or take the court's name with ', Houston Division'). Locations: 'an Oklahoma
 # corporation' -> Oklahoma (also in the state list), Arkansas, Kansas, Missouri, Texas (states named on their own;
 # Texas again inside the court's name). Not annotated: 'Communications Act of 1934', 'United States Bankruptcy Code',
 # 'Chapter 11' (laws and a chapter: 'United States' inside the code's name is not a Location mention, as a company
 # named inside a product name), 'Applicants', 'dominant local exchange carriers' (unnamed), '47 U. S. C. § 214',
 # 'WC Docket No. 02- 217', sections. No Person, no role.
 entities=[E("Company", WC, "Western"), E("Company", LX, "Logix"), E("Company", LE),
           E("Organization", CM), E("Organization", BC)]
          + locs("Oklahoma", "Arkansas", "Kansas", "Missouri", "Texas"),
 roles=[],
 # - parentOrganization(Logix, Logix Communications Enterprises): 'Logix and its parent company, Logix Communications
 #   Enterprises, Inc., filed voluntary bankruptcy petitions' (ownership stated).
 # Near-misses: no acquired(Western, Logix) -- what passes is 'the section 214 authorization held by Logix' and
 #   'certain Logix facilities' (the heading: 'CONSENT TO TRANSFER ASSETS FROM LOGIX ... TO WESTERN'): an authorization
 #   and asset purchase gives nothing (GUIDELINES; 46f, 47j's Allegiance/Qwest); **doubtful** only in that 'transfer
 #   control of the section 214 authorization' says 'control' -- of an authorization, not of a company. Western and
 #   Logix as co-applicants (not partners); Logix's 35,000 customers (unnamed); the joint bankruptcy filing (no
 #   relation beyond the parent).
 relations=[L(LX, "parentOrganization", LE)],
 outages=[],
 # 'August 22, 2002' (released), 'July 19, 2002' (the filing), 'February 28, 2002' (the bankruptcy petitions); '1934'
 # in the Act's name and '10 percent' no dates
 dates=[D("August 22, 2002", "2002-08-22"), D("July 19, 2002", "2002-07-19"), D("February 28, 2002", "2002-02-28")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
