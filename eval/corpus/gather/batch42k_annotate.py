#!/usr/bin/env python3
"""Batch 42k gold annotations (the texts of batch42k.py: the Antitrust Division's Federal Register notices on
Parker-Hannifin Corporation's acquisition of CLARCOR Inc.'s aviation fuel filtration business assets, 30 January 2018;
on Martin Marietta Materials, Inc.'s proposed acquisition of Panadero Corp. and Panadero Aggregates Holdings, LLC,
including subsidiary Bluegrass Materials Company, LLC, 4 May 2018; on S&P Global Inc.'s proposed merger with IHS
Markit Ltd. and IHS Markit's Data License with GasBuddy LLC, 4 January 2022; on Verso Paper Corp.'s proposed
acquisition of NewPage Holdings Inc., 14 January 2015), written from the texts alone; newskg was not run on them. The
split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 41c, 42b and 42h for the Federal Register notices, after 21c, 22b, 40zi, 40zk; GUIDELINES
section 2): a deal the Division lets proceed on a settlement that awaits the court ('the proposed acquisition') is
agreed -> `acquired` only; an acquisition of a company's business assets is an asset purchase -> nothing
(near-miss); a 'merger' where the text does not say who buys whom -> nothing; an ordered divestiture -> nothing
(near-miss); "X's ... including subsidiary Y" -> parentOrganization(Y, X); a data licence between two named
companies -> `partner` (GUIDELINES: licensing deal), direction as written; the Antitrust Division -> `parentOrganization`
Department of Justice where both are named ('Department of Justice regulations'); 'Department of Justice, Antitrust
Division, Antitrust Documents Group' -> the office under the Division (40zk); courts -> Organization; the United
States as plaintiff -> Location, 'United States of America' in case names its alias; a named quarry -> Location (a
named site, GUIDELINES); a named business line with no company form ('the Facet filtration business') not
annotated (40zk's 'Modelo's entire U.S. business'); the Division's website, the Office of the Clerk, the Federal
Register, laws, court papers and agreements not annotated.
usage: batch42k_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather43k/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ, DDC, US

A = {}

# ---- Parker-Hannifin / CLARCOR, Federal Register notice, published 2018-01-30 ---------------------------------------
A["us-doj-federal-register-parker-hannifin-clarcor-proposed-final-judgment-2018"] = dict(
 # Companies: Parker-Hannifin Corporation (defined as 'Parker-Hannifin', used again), CLARCOR Inc. (defined as
 # 'CLARCOR'; 'CLARCOR Inc.' again in 'acquired from CLARCOR Inc.'). Organizations: the court (the District of
 # Delaware, twice), the Antitrust Division (twice), the Department of Justice ('Department of Justice
 # regulations'). Location: the United States (plaintiff, 'the United States filed'; the case name has 'United
 # States v.' only, no 'of America'). Not annotated: 'the Facet filtration business' (a business line divested, no
 # company form named; 40zk's 'Modelo's entire U.S. business'; **doubtful**: a reader may make Facet a Company),
 # 'aviation fuel filtration business assets' (unnamed assets), the website, the Office of the Clerk, the laws and
 # court papers
 entities=[E("Organization", "United States District Court for the District of Delaware"),
           E("Company", "Parker-Hannifin Corporation", "Parker-Hannifin"),
           E("Company", "CLARCOR Inc.", "CLARCOR"),
           E("Location", "United States"), E("Organization", ATR), E("Organization", DOJ)],
 # No person in the kept text
 roles=[],
 # "Parker-Hannifin Corporation's acquisition of CLARCOR Inc.'s aviation fuel filtration business assets" and 'the
 # aviation fuel filtration assets that it acquired from CLARCOR Inc. on February 28, 2017' -> nothing: a completed
 # purchase of a business's assets, not of the company (GUIDELINES' asset-purchase rule; **near-miss**, **doubtful**:
 # the whole of CLARCOR was bought, which a reader may know, but the kept text tells only the assets). The ordered
 # divestiture of the Facet filtration business names no buyer -> nothing (**near-miss**)
 relations=[ATR_DOJ],
 outages=[],
 # 'September 26, 2017' -> 2017-09-26; 'February 28, 2017' -> 2017-02-28. Not dates: '16(b)-(h)', '1:17-cv-01354',
 # 'Section 7', '15 U.S.C. 18'
 dates=[D("September 26, 2017", "2017-09-26"), D("February 28, 2017", "2017-02-28")])

# ---- Martin Marietta / Bluegrass, Federal Register notice, published 2018-05-04 -------------------------------------
MM = "Martin Marietta Materials, Inc."
BG = "Bluegrass Materials Company, LLC"
PAH = "Panadero Aggregates Holdings, LLC"
A["us-doj-federal-register-martin-marietta-bluegrass-proposed-final-judgment-2018"] = dict(
 # Companies: Martin Marietta Materials, Inc. (twice; 'Martin Marietta' in "Martin Marietta's Forsyth Quarry"),
 # Panadero Corp., Panadero Aggregates Holdings, LLC, Bluegrass Materials Company, LLC ('Bluegrass' in "Bluegrass's
 # Beaver Creek quarry"). Organizations: the court (twice), the Antitrust Division (twice), the Department of Justice
 # ('Department of Justice regulations'). Locations: the United States (plaintiff; 'United States of America' in the
 # case name), the quarries as named sites: 'Forsyth Quarry', 'Beaver Creek quarry' (**doubtful**: the lower-case
 # 'quarry' kept in the name as written; a reader may leave the quarries out as assets), Suwanee, Georgia,
 # Hagerstown, Maryland. Not annotated: 'Defendants' and 'et al.' (unnamed parties), 'the lease', 'related assets',
 # the website, the Office of the Clerk, the laws and court papers
 entities=[E("Organization", DDC),
           E("Company", MM, "Martin Marietta"),
           E("Company", "Panadero Corp."), E("Company", PAH),
           E("Company", BG, "Bluegrass"),
           US, E("Organization", ATR), E("Organization", DOJ)]
          + locs("Forsyth Quarry", "Suwanee", "Georgia", "Beaver Creek quarry", "Hagerstown", "Maryland"),
 # No person in the kept text
 roles=[],
 # "Martin Marietta Materials, Inc.'s proposed acquisition of Panadero Corp. and Panadero Aggregates Holdings, LLC",
 # settled on a proposed Final Judgment -> agreed: acquired for each named target only. 'including subsidiary
 # Bluegrass Materials Company, LLC' -> parentOrganization(Bluegrass, Panadero Aggregates Holdings, LLC), the
 # nearer holder named (**doubtful**: the text does not say which of the two Panadero companies holds it; a reader
 # may give Panadero Corp., or both; and no acquired(Martin Marietta, Bluegrass): the subsidiary comes with the
 # deal but is not its named object, as 42h's R.H. Sheppard). The ordered divestiture of the lease to the Forsyth
 # Quarry and of the Beaver Creek quarry names no buyer -> nothing (**near-miss**)
 relations=[L(MM, "acquired", "Panadero Corp."), L(MM, "acquired", PAH),
            L(BG, "parentOrganization", PAH), ATR_DOJ],
 outages=[],
 # 'April 25, 2018' -> 2018-04-25. 'within 60 days of the date of this notice' is a span. Not dates: '16(b)-(h)',
 # '1:18-cv-00973', 'Section 7', '15 U.S.C. 18'
 dates=[D("April 25, 2018", "2018-04-25")])

# ---- S&P Global / IHS Markit, Federal Register notice, published 2022-01-04 ------------------------------------------
IHS = "IHS Markit Ltd."
A["us-doj-federal-register-sp-global-ihs-markit-proposed-final-judgment-2022"] = dict(
 # Companies: S&P Global Inc. ('S&P', four times), IHS Markit Ltd. ('IHS Markit', five times, also in 'IHS
 # Markit's'), GasBuddy LLC ('GasBuddy'), the three price reporting agency businesses named with their
 # abbreviations: Oil Price Information Services ('OPIS'; 'OPIS LLC' the same business as a company, an alias),
 # 'Coals, Metals, and Mining' ('CMM'), PetrochemWire ('PCW') (price reporting agencies run as businesses, like news
 # agencies: Company; **doubtful**: CMM and PCW are named only as businesses to divest, a reader may leave them out
 # as business lines as 42k leaves out Facet; OPIS is a company by 'OPIS LLC'). Organizations: the court (twice),
 # the Antitrust Division ('the Antitrust Division's website'). Location: the United States (plaintiff; 'United
 # States of America' in the case name). Not annotated: 'Data License' (an agreement), 'et al.', the website, the
 # Office of the Clerk, the laws (the Clayton Act, the Sherman Act) and court papers. The Department of Justice is
 # in the cut sentence (no ATR_DOJ relation here)
 entities=[E("Organization", DDC),
           E("Company", "S&P Global Inc.", "S&P"),
           E("Company", IHS, "IHS Markit"),
           E("Company", "GasBuddy LLC", "GasBuddy"),
           E("Company", "Oil Price Information Services", "OPIS", "OPIS LLC"),
           E("Company", "Coals, Metals, and Mining", "CMM"),
           E("Company", "PetrochemWire", "PCW"),
           US, E("Organization", ATR)],
 # No person in the kept text
 roles=[],
 # "S&P's proposed merger with IHS Markit Ltd." -> nothing (a merger where the text does not say who buys whom,
 # GUIDELINES; **doubtful**: 'S&P's ... merger with' makes S&P the actor, and a reader may give acquired(S&P Global
 # Inc., IHS Markit Ltd.) as agreed; **near-miss**). "IHS Markit's Data License with GasBuddy LLC" -> partner(IHS
 # Markit Ltd., GasBuddy LLC), a licensing deal between two named companies, direction as written (the licence
 # ordered waived in part, its exclusivity and non-compete provisions only: the licence itself stands). The three
 # businesses to divest are not said to be whose (no parentOrganization; **doubtful**: S&P and IHS Markit are
 # both told to divest them). The ordered divestiture names no buyer -> nothing (**near-miss**)
 relations=[L(IHS, "partner", "GasBuddy LLC")],
 outages=[],
 # 'November 12, 2021' -> 2021-11-12. Not dates: '16(b)-(h)', '1:21-cv-03003', 'Section 7', 'Section 1', '15
 # U.S.C. 18', '15 U.S.C. 1', the list marks (1)-(3)
 dates=[D("November 12, 2021", "2021-11-12")])

# ---- Verso Paper / NewPage, Federal Register notice, published 2015-01-14 --------------------------------------------
A["us-doj-federal-register-verso-paper-newpage-proposed-final-judgment-2015"] = dict(
 # Companies: Verso Paper Corp. ('Verso', twice), NewPage Holdings Inc. ('NewPage', twice, also in "NewPage's").
 # Organizations: the court (twice), the Department of Justice (four times, in 'the Department of Justice, Antitrust
 # Division', 'the Department of Justice's Web site', 'Department of Justice regulations'), the Antitrust Division
 # (three times), the Antitrust Documents Group (40zk). Locations: the United States (plaintiff; 'United States of
 # America' in the case name), Biron, Wisconsin, Rumford, Maine (the mills' places), Washington, DC (the address;
 # 40zk, 21c). Not annotated: 'coated paper mills' (unnamed sites), 'tangible and intangible assets', the street
 # address, the telephone number, the websites, the Office of the Clerk, 'the Court' (generic), the Federal
 # Register, the laws and court papers
 entities=[E("Organization", DDC),
           E("Company", "Verso Paper Corp.", "Verso"),
           E("Company", "NewPage Holdings Inc.", "NewPage"),
           US, E("Organization", DOJ), E("Organization", ATR),
           E("Organization", "Antitrust Documents Group"), E("Location", "Washington, DC")]
          + locs("Biron", "Wisconsin", "Rumford", "Maine"),
 # No person in the kept text (the section chief Peter J. Mucchetti is in the sentence cut)
 roles=[],
 # "Verso's proposed acquisition of NewPage", settled on a proposed Final Judgment -> agreed: acquired only. The
 # ordered divestiture of NewPage's two mills names no buyer -> nothing (**near-miss**). 'the Department of Justice,
 # Antitrust Division, Antitrust Documents Group' -> the office under the Division (40zk; **doubtful**: told as an
 # address)
 relations=[L("Verso Paper Corp.", "acquired", "NewPage Holdings Inc."),
            L("Antitrust Documents Group", "parentOrganization", ATR), ATR_DOJ],
 outages=[],
 # 'December 31, 2014' -> 2014-12-31. 'within 60 days of the date of this notice' is a span. Not dates:
 # '16(b)-(h)', '1:14-cv-2216', 'Section 7', '15 U.S.C. \u00a7 18', '20530', '202-514-2481'
 dates=[D("December 31, 2014", "2014-12-31")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
