#!/usr/bin/env python3
"""Batch 42b gold annotations (the texts of batch42b.py: the Antitrust Division's Federal Register notices on Intuit
Inc.'s proposed acquisition of Credit Karma, Inc., 16 December 2020, and on Waste Management, Inc.'s proposed
acquisition of Advanced Disposal Services, Inc., 3 November 2020; the Office of Public Affairs' release on ZAO
Hewlett-Packard A.O. (HP Russia), a subsidiary of Hewlett-Packard Company, pleading guilty and sentenced, 11 September
2014), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids
dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batch 41c's Federal Register notices, after 21c, 22b, 40zi, 40zk; batch 41p's corporate criminal
releases, after 39s, 40d, 40h; GUIDELINES section 2): a deal the Division lets proceed on a settlement that awaits
the court ('the proposed acquisition') is agreed -> `acquired` only; an ordered divestiture of a business, assets or
markets is not done -> nothing (near-miss); a named product line told as the business to divest -> Service with its
maker as provider (41c's HPE Instant On, doubtful); the Antitrust Division -> `parentOrganization` Department of
Justice where both are named ('Department of Justice regulations'); courts -> Organization; the United States as
plaintiff -> Location, 'United States of America' in case names its alias; the Division's website, the Office of
the Clerk, the Federal Register, laws and court papers not annotated; 'an international subsidiary of' ->
parentOrganization; a division named with its department ('the Justice Department's Criminal Division') ->
parentOrganization; a deputy of an Assistant Attorney General -> other (41h's McDonald); an agent in charge of a
field office -> executive at the agency (the field office folded in; 41p); 'Chief of' an agency unit -> head; a US
Attorney -> no role where no office is named as a body (41p's Kim and Williams); judges -> Person, no role; the
judicial district in a title ('the Northern District of California') not annotated (41p, doubtful).
usage: batch42b_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather43b/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ, DDC, US

CD = "Criminal Division"
IRS = "Internal Revenue Service \u2013 Criminal Investigation"
A = {}

# ---- Intuit / Credit Karma, Federal Register notice, published 2020-12-16 --------------------------------------------
A["us-doj-federal-register-intuit-credit-karma-proposed-final-judgment-2020"] = dict(
 # Companies: Intuit Inc. ('Intuit'), Credit Karma, Inc. ('Credit Karma'). Service: Credit Karma Tax (the named
 # digital do-it-yourself tax preparation business). Organizations: the court (twice, the Office of the Clerk's
 # court the same), the Antitrust Division (three times), the Department of Justice (in 'Department of Justice
 # regulations'). Location: the United States (plaintiff; 'United States of America' in the case name). Not
 # annotated: 'DDIY' (a product class, 'digital do-it-yourself'), 'the Antitrust Division's website' and
 # 'http://www.justice.gov/atr' (the Division's web page, 41c), the Office of the Clerk, the Federal Register, the
 # laws and court papers, 'consumers' (unnamed), 'the Court' (generic)
 entities=[E("Organization", DDC),
           E("Company", "Intuit Inc.", "Intuit"),
           E("Company", "Credit Karma, Inc.", "Credit Karma"),
           E("Service", "Credit Karma Tax"),
           US, E("Organization", ATR), E("Organization", DOJ)],
 # No person in the kept text (the section chief Robert A. Lepore is in the sentence cut)
 roles=[],
 # 'the proposed acquisition by Intuit Inc. of Credit Karma, Inc.', settled on a proposed Final Judgment -> agreed:
 # acquired only. 'Credit Karma's digital do-it-yourself ("DDIY") tax preparation business, Credit Karma Tax' ->
 # provider Credit Karma (**doubtful**: told as a business to divest; a reader may take it as a unit, Company with
 # parentOrganization, or as no entity; 41c typed HPE Instant On, a product line told as a business, as Service).
 # The ordered divestiture names no buyer -> nothing (**near-miss**)
 relations=[L("Intuit Inc.", "acquired", "Credit Karma, Inc."),
            L("Credit Karma Tax", "provider", "Credit Karma, Inc."),
            ATR_DOJ],
 outages=[],
 # 'November 25, 2020' -> 2020-11-25. 'within 60 days of the date of this notice' is a span (21c, 41c). Not dates:
 # '16(b)-(h)', '1:20-cv-03441-ABJ', 'Section 7', '15 U.S.C. 18'
 dates=[D("November 25, 2020", "2020-11-25")])

# ---- Waste Management / Advanced Disposal, Federal Register notice, published 2020-11-03 -----------------------------
A["us-doj-federal-register-waste-management-advanced-disposal-proposed-final-judgment-2020"] = dict(
 # Companies: Waste Management, Inc. ('Waste Management'; also in the case name), Advanced Disposal Services, Inc.
 # ('Advanced Disposal Services'). Organizations: the court, the Antitrust Division, the Department of Justice (in
 # 'Department of Justice regulations'). Location: the United States (plaintiff; 'United States of America' in the
 # case name). Not annotated: '57 local markets located in 10 states' (unnamed places), 'certain tangible and
 # intangible assets' (unnamed assets), the website, the Office of the Clerk, the Federal Register, the laws and
 # court papers, 'et al.' (unnamed parties)
 entities=[E("Organization", DDC),
           E("Company", "Waste Management, Inc.", "Waste Management"),
           E("Company", "Advanced Disposal Services, Inc.", "Advanced Disposal Services"),
           US, E("Organization", ATR), E("Organization", DOJ)],
 # No person in the kept text (the section chief Katrina Rouse is in the sentence cut)
 roles=[],
 # 'Waste Management, Inc.'s proposed acquisition of Advanced Disposal Services, Inc.', settled on a proposed Final
 # Judgment -> agreed: acquired only. The ordered divestiture of assets, no buyer named -> nothing (**near-miss**)
 relations=[L("Waste Management, Inc.", "acquired", "Advanced Disposal Services, Inc."), ATR_DOJ],
 outages=[],
 # 'October 23, 2020' -> 2020-10-23. 'within 60 days of the date of this notice' is a span. Not dates:
 # '16(b)-(h)', '1:20-cv-3063', 'Section 7', '15 U.S.C. 18'
 dates=[D("October 23, 2020", "2020-10-23")])

# ---- HP Russia, Office of Public Affairs, published 2014-09-11 (a Thursday) ------------------------------------------
A["us-doj-hewlett-packard-russia-pleads-guilty-sentenced-bribery-2014"] = dict(
 # Companies: ZAO Hewlett-Packard A.O. ('HP Russia', four times), Hewlett-Packard Company ('HP Co.'; 'Hewlett
 # Packard' in 'Hewlett Packard's Russia subsidiary' in the quotation). Organizations: the Office of the Prosecutor
 # General of the Russian Federation (a government body; 'the Russian Federation' inside its name not its own
 # entity, as 41p's 'New York Division'), the Justice Department, its Criminal Division, the FBI (its 'Washington
 # Field Office' folded in), Internal Revenue Service - Criminal Investigation ('IRS-CI'; one name as written, with
 # the spaced en dash). People: Marshall L. Miller ('Miller'), Melinda Haag, Andrew G. McCabe, Richard Weber, D.
 # Lowell Jensen (the judge). Locations: California ('the California technology company'; 41p's 'Stockholm-based'),
 # Washington (the field office's city, 41p's 'Washington, D.C.'), Russia (in 'Hewlett Packard's Russia
 # subsidiary'; **doubtful**: a country's name used as a modifier; a reader may leave it out). Not annotated: 'the
 # Northern District of California' (twice; the judicial district in Haag's and Jensen's titles, 41p; doubtful),
 # 'Russian' (an adjective), the FCPA (a law), the plea agreement, 'the court' (generic), 'HP Russia executives'
 # (unnamed)
 entities=[E("Company", "ZAO Hewlett-Packard A.O.", "HP Russia"),
           E("Company", "Hewlett-Packard Company", "HP Co.", "Hewlett Packard"),
           E("Organization", "Office of the Prosecutor General of the Russian Federation"),
           E("Organization", "Justice Department"), E("Organization", CD), E("Organization", "FBI"),
           E("Organization", IRS, "IRS-CI"),
           E("Person", "Marshall L. Miller", "Miller"), E("Person", "Melinda Haag"),
           E("Person", "Andrew G. McCabe"), E("Person", "Richard Weber"), E("Person", "D. Lowell Jensen")]
          + locs("California", "Washington", "Russia"),
 # Miller, 'Principal Deputy Assistant Attorney General ... of the Justice Department's Criminal Division' -> other
 # at the Criminal Division (a deputy, not the Division's head: 41h's McDonald; a reader may give executive).
 # McCabe, 'Assistant Director in Charge ... of the FBI's Washington Field Office' -> executive at the FBI (41p's
 # special agent in charge reading; doubtful: head of the field office). Weber, 'Chief ... of the Internal Revenue
 # Service - Criminal Investigation' -> head (41p). Haag, 'U.S. Attorney ... of the Northern District of
 # California': no role (no office named as a body: 41p's Kim and Williams; **doubtful**). Jensen, 'U.S. District
 # Judge': no role (no court entity)
 roles=[R("Marshall L. Miller", "other", CD), R("Andrew G. McCabe", "executive", "FBI"),
        R("Richard Weber", "head", IRS)],
 # 'ZAO Hewlett-Packard A.O. (HP Russia), an international subsidiary of ... Hewlett-Packard Company (HP Co.)' ->
 # parentOrganization (and 'Hewlett Packard's Russia subsidiary' again). 'the Justice Department's Criminal
 # Division' -> parentOrganization. 'a large technology contract with the Office of the Prosecutor General' -> no
 # partner (a contract secured by bribery, told as the crime's object; **doubtful**: GUIDELINES count a
 # supply/customer contract between two named organisations, and a reader may give partner HP Russia -> the
 # Office; left out as the lane's releases leave bribed contracts out: 41p's Telia and VimpelCom name none)
 relations=[L("ZAO Hewlett-Packard A.O.", "parentOrganization", "Hewlett-Packard Company"),
            L(CD, "parentOrganization", "Justice Department")],
 outages=[],
 # 'today' -> 2014-09-11; 'this morning' -> 2014-09-11 (another text with the same value: its own item). Not
 # dates: '$58,772,250', 'multimillion dollar'
 dates=[D("today", "2014-09-11"), D("this morning", "2014-09-11")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
