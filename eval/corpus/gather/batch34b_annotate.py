#!/usr/bin/env python3
"""Batch 34b gold annotations (the texts of batch34b.py), written from each text alone; newskg was not run on any of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's own
cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Every text has `published` (the letter's, the
statement's, the announcement's or the release's date; the DOI summary's is its report's date), so relative
expressions are resolved against it.
usage: batch34b_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather35b/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O
import batch10_annotate as b10


A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["us-nara-oig-network-outage-management-letter-2011"] = dict(
 # 'NARA' (the text's only name for the National Archives; the letterhead was left out) -> Organization. Not
 # annotated: the Trusted Internet Connection (TIC, a federal programme), 'the MPLS wide area network (WAN)' (NARA's
 # network, described, not named as a product), 'the service provider' (unnamed), 'the Executive for Business Support
 # Services' (a post with no person), 'the Internet', and 'All' (the PDF text layer's reading of 'AII', Archives II,
 # a facility; garbled, so left out -- doubtful: Location)
 entities=[E("Organization", "NARA")],
 roles=[],
 relations=[],
 # one outage: 'On September 13,2011 NARA experienced an internet outage from a cut fiber-optic cable lasting
 # approximately 32 hours' -> provider NARA (whose internet connection failed; the WAN's service provider is not
 # named), date 2011-09-13, duration 32 ('approximately 32 hours'), no clock times, affected [] (staff drives, email,
 # 'numerous critical applications' and 'NARA's external websites', none named), no place, cause 'cut fiber-optic
 # cable'. Doubtful: provider NARA or the unnamed service provider whose circuit was cut; the text says NARA
 # experienced the outage and NARA's design was the single point of failure, as batch 32m gave the VA its outage
 outages=[O("NARA", "2011-09-13", [], dur=32, cause="cut fiber-optic cable")],
 # published 13 October 2011: 'September 13,2011' (as written) -> 2011-09-13; 'During that time' skipped
 dates=[D("September 13,2011", "2011-09-13")])

A["us-doi-oig-web-hosting-services-website-outage-2014"] = dict(
 # 'OIG' and 'DOI' (never spelled out in the text; the title's 'U.S. Department of the Interior' is not in it) ->
 # Organization under the text's names; 'the National Park Service (NPS)' -> Organization, alias NPS; 'Lakewood, CO'
 # -> Location 'Lakewood' and Location 'CO' (the state, abbreviated); 'the Denver Data Center Child System (DDC)'
 # (NPS's web hosting and content management system) and 'the NPS One General Support System (One GSS)' (its parent
 # system) -> Service, each with its abbreviation as alias. Not annotated: 'the OIG and DOI websites' (unnamed),
 # 'a Cloud-based content delivery network' (generic)
 entities=[E("Organization", "OIG"), E("Organization", "DOI"), E("Organization", "National Park Service", "NPS"),
           E("Location", "Lakewood"), E("Location", "CO"),
           E("Service", "Denver Data Center Child System", "DDC"),
           E("Service", "NPS One General Support System", "One GSS")],
 roles=[],
 # 'NPS has a web hosting and content management system ... referred to as the Denver Data Center Child System' and
 # 'the NPS One General Support System' -> provider (an Organization as o, as batch 19b's SEC/EDGAR and USPTO/PALM).
 # Not annotated: NPS or OIG parentOrganization DOI (not said in the text -- doubtful: a careful reader knows the Park
 # Service is an Interior bureau, but the text only says NPS hosts DOI's website); DDC 'a subsystem of' One GSS (no
 # predicate for system parts)
 relations=[L("Denver Data Center Child System", "provider", "National Park Service"),
            L("NPS One General Support System", "provider", "National Park Service")],
 # one outage: 'On January 1, 2014, the DDC experienced a power outage, leaving the DOI and OIG websites unavailable
 # between January 1 and January 7, 2014' and 'the 7-day outage' -> provider National Park Service (it runs the DDC),
 # date 2014-01-01, duration 168 (the text's '7-day'), no clock times (the dates alone), affected DOI and OIG (their
 # websites, unnamed), location Lakewood (the data center), cause 'power outage'
 outages=[O("National Park Service", "2014-01-01", ["DOI", "OIG"], dur=168, loc="Lakewood", cause="power outage")],
 # published 4 June 2014 (the report's date): '2009', '2012', 'January 1, 2014', 'January 1' (in 'between January 1
 # and January 7, 2014'; another text, same value, its own item) and 'January 7, 2014'; '7-day' skipped
 dates=[D("2009", "2009"), D("2012", "2012"), D("January 1, 2014", "2014-01-01"), D("January 1", "2014-01-01"),
        D("January 7, 2014", "2014-01-07")])

A["us-irs-statement-hardware-failure-e-file-systems-2016"] = dict(
 # 'The IRS' -> Organization; 'our modernized e-file system' -> Service under its lower-case name (the IRS's e-file
 # system named by what it is; GOLD_FORMAT takes lower-case service names such as 'elastic compute service';
 # doubtful: a description rather than a name); 'IRS.gov' (the website) and 'Where's My Refund' (a tool on it) ->
 # Service. Not annotated: 'e-file software transmitters', 'the tax community', 'e-file provider' (generic)
 entities=[E("Organization", "IRS"), E("Service", "modernized e-file system"), E("Service", "IRS.gov"),
           E("Service", "Where\u2019s My Refund")],
 roles=[],
 # 'our modernized e-file system', 'IRS.gov' and 'the services on the site ... including Where's My Refund' -> the
 # IRS's own services: provider (Organization as o, as batch 19b)
 relations=[L("modernized e-file system", "provider", "IRS"), L("IRS.gov", "provider", "IRS"),
            L("Where\u2019s My Refund", "provider", "IRS")],
 # one outage: 'The IRS experienced a hardware failure this afternoon affecting a number of tax processing systems,
 # which are currently unavailable ... including our modernized e-file system' and 'a number of the services on the
 # site are not [available], including Where's My Refund' -> provider IRS, date 2016-02-03 ('this afternoon' of the
 # statement's day; no clock time), affected the e-file system and Where's My Refund (IRS.gov 'remains available':
 # not affected), no duration (the end is only expected 'tomorrow'), no place, cause 'hardware failure'
 outages=[O("IRS", "2016-02-03", ["modernized e-file system", "Where\u2019s My Refund"], cause="hardware failure")],
 # published Wednesday 3 February 2016: 'this afternoon' -> 2016-02-03; 'tomorrow' -> 2016-02-04; 'At this time',
 # 'this period' and '21 days' skipped
 dates=[D("this afternoon", "2016-02-03"), D("tomorrow", "2016-02-04")])

A["us-senate-help-cassidy-foxx-fafsa-system-failures-2024"] = dict(
 # the dateline 'WASHINGTON' -> Location as written; 'U.S. Senator Bill Cassidy, M.D.' (alias 'Cassidy') and 'U.S.
 # Representative Virginia Foxx' (alias 'Foxx') -> Person; the two congressional committees, the Government
 # Accountability Office (GAO) and the U.S. Department of Education (alias 'DeptEd', the release's own short form) ->
 # Organization; 'the Free Application for Federal Student Aid (FAFSA)' (the form and website applicants use) and
 # 'the FAFSA Processing System' -> Service. Not annotated: the party-state tags '(R-LA)', '(R-NC)' (not place
 # mentions -- doubtful), 'the FAFSA IT system' and 'the FAFSA website' (descriptions of the FAFSA's system and
 # site, not further names), 'the lawmakers', 'applicants'
 entities=[E("Location", "WASHINGTON"), E("Person", "Bill Cassidy", "Cassidy"), E("Person", "Virginia Foxx", "Foxx"),
           E("Organization", "Senate Health, Education, Labor, and Pensions (HELP) Committee", "HELP"),
           E("Organization", "House Education and the Workforce Committee"),
           E("Organization", "Government Accountability Office", "GAO"),
           E("Organization", "U.S. Department of Education", "DeptEd"),
           E("Service", "Free Application for Federal Student Aid", "FAFSA"),
           E("Service", "FAFSA Processing System")],
 # 'ranking member of the Senate ... Committee' and 'chairwoman of the House ... Committee': legislators' committee
 # posts -> no role (GUIDELINES: legislators no role; committee chairs who are legislators none, as batches 16d-20)
 roles=[],
 # 'DeptEd announced that it would modernize and revamp its FAFSA IT system' -> FAFSA provider U.S. Department of
 # Education; 'the FAFSA Processing System' is the same department's system (the release asks whether 'DeptEd
 # properly tested the FAFSA IT system') -> provider too (Organization as o, as batch 19b)
 relations=[L("Free Application for Federal Student Aid", "provider", "U.S. Department of Education"),
            L("FAFSA Processing System", "provider", "U.S. Department of Education")],
 # one outage: 'FAFSA was only available to students for a mere 30 minutes on December 30th. DeptEd announced the
 # next day that it had identified issues with the FAFSA IT system and would be initiating pauses to the website ...
 # available sporadically for only three hours from December 30th to January 2nd, and was not fully accessible for
 # use until January 6th' -> provider U.S. Department of Education, date 2023-12-30, no clock times, no duration
 # (sporadic availability from 30 December, fully back only by 6 January; no hours stated for the outage itself),
 # affected the FAFSA, no place, cause 'issues with the FAFSA IT system'. Doubtful: a botched launch rather than an
 # outage of a running service, and the 'pauses ... to conduct maintenance' were announced; the text tells a service
 # users could not use for days because of IT issues found after launch, so one outage (not a planned pause
 # announced ahead, GUIDELINES' near-miss)
 outages=[O("U.S. Department of Education", "2023-12-30", ["Free Application for Federal Student Aid"],
            cause="issues with the FAFSA IT system")],
 # published Wednesday 24 January 2024 (the letter's date; see the note): 'Today' -> 2024-01-24; '2021' (in 'In
 # 2021'); 'December 2023' -> 2023-12; 'December 30th' -> 2023-12-30 (the last 30 December before publication);
 # 'the next day' -> 2023-12-31; 'January 2nd' -> 2024-01-02; 'January 6th' -> 2024-01-06; 'a mere 30 minutes',
 # 'three hours' and 'recent' skipped
 dates=[D("Today", "2024-01-24"), D("2021", "2021"), D("December 2023", "2023-12"), D("December 30th", "2023-12-30"),
        D("the next day", "2023-12-31"), D("January 2nd", "2024-01-02"), D("January 6th", "2024-01-06")])

# ---- near-misses ------------------------------------------------------------------------------------------------
FSA08_SITES = ["CPS Web Applications Demo System", "FAA Access to CPS Online", "FAFSA4caster", "FAFSA on the Web",
               "Federal Student Aid PIN", "ISIR Analysis Tool", "NSLDS Professional Access", "NSLDS Student Access",
               "R2T4 on the Web", "SAIG Mailbox Portal", "SAIG Enrollment"]
A["us-fsa-data-center-relocation-outage-reminder-2008"] = dict(
 # 'Federal Student Aid' (in 'the Federal Student Aid data center relocation'; the announcement's 'we') ->
 # Organization; the systems and Web sites named -> Service: the Information for Financial Aid Professionals (IFAP)
 # Web site (alias IFAP), the Central Processing System (CPS), the National Student Loan Data System (NSLDS), the
 # Student Aid Internet Gateway (SAIG), and the twelve listed Web sites ('Federal Student Aid Download
 # (FSAdownload)' with its short name as alias). Not annotated: 'Electronic Announcement' (a document series), 'the
 # CPS compute process' (a process of the CPS), 'your school or organization' (generic)
 entities=[E("Organization", "Federal Student Aid"),
           E("Service", "Information for Financial Aid Professionals", "IFAP"),
           E("Service", "Central Processing System", "CPS"), E("Service", "National Student Loan Data System", "NSLDS"),
           E("Service", "Student Aid Internet Gateway", "SAIG"),
           E("Service", "Federal Student Aid Download", "FSAdownload")]
          + [E("Service", s) for s in FSA08_SITES],
 roles=[],
 # 'the Federal Student Aid data center relocation of the Central Processing System (CPS), the National Student Loan
 # Data System (NSLDS), the Student Aid Internet Gateway (SAIG), and several Web sites' -> the systems and the listed
 # Web sites are Federal Student Aid's: provider (Organization as o). The IFAP Web site only carries the
 # announcements -> no relation (doubtful: it is Federal Student Aid's site too, but the text does not say so)
 relations=[L(s, "provider", "Federal Student Aid") for s in
            ["Central Processing System", "National Student Loan Data System", "Student Aid Internet Gateway",
             "Federal Student Aid Download"] + FSA08_SITES],
 # near-miss: 'The CPS, the NSLDS, the SAIG, and the Web sites listed below will be unavailable to users from 5:00
 # P.M. (ET) on Friday, April 4, 2008 until 12:00 A.M. (ET) on Saturday, April 5, 2008' -- a planned outage period
 # of a data center relocation test announced ahead by a body that is not a utility -> no outage (GUIDELINES, batch
 # 19b's Treasury pause); the suspended CPS compute process of 4 April is part of the same plan
 outages=[],
 # published 1 April 2008: 'March 28, 2008' and 'March 28th' (another text, same value) -> 2008-03-28; 'July 2008',
 # 'April 2008', 'May 2008' -> months; '5:00 P.M.' (on Friday, April 4, 2008; the same text and value again in the
 # Note) -> 2008-04-04T17:00; 'Friday, April 4, 2008' -> 2008-04-04; '12:00 A.M.' (on Saturday, April 5) ->
 # 2008-04-05T00:00; 'Saturday, April 5, 2008' -> 2008-04-05; '3:00 P.M.' (the first estimate for 4 April) ->
 # 2008-04-04T15:00. 'April 4 \u2013 5, 2008' (a two-day range, no single value) and 'a short period of time' skipped
 dates=[D("March 28, 2008", "2008-03-28"), D("July 2008", "2008-07"), D("April 2008", "2008-04"),
        D("May 2008", "2008-05"), D("5:00 P.M.", "2008-04-04T17:00"), D("Friday, April 4, 2008", "2008-04-04"),
        D("12:00 A.M.", "2008-04-05T00:00"), D("Saturday, April 5, 2008", "2008-04-05"),
        D("March 28th", "2008-03-28"), D("3:00 P.M.", "2008-04-04T15:00")])

A["us-fsa-saig-mailbox-functions-outage-alert-2013"] = dict(
 # 'Student Aid Internet Gateway (SAIG)' -> Service (alias SAIG); 'SAIG mailbox' (its mailbox function, as the second
 # paragraph writes it; the first has 'Student Aid Internet Gateway (SAIG) Mailbox users', no separate surface form)
 # -> Service. Not annotated:
 # 'CPS/SAIG Technical Support' (a help desk, not an organisation named as such -- doubtful), the e-mail address.
 # Federal Student Aid is named only in the byline (left out), so no organisation and no provider relation
 entities=[E("Service", "Student Aid Internet Gateway", "SAIG"), E("Service", "SAIG mailbox")],
 roles=[],
 relations=[],
 # near-miss: 'we need to execute an extended maintenance activity that will impact Student Aid Internet Gateway
 # (SAIG) Mailbox users ... From 12:00 A.M. (ET) on Saturday, February 2, 2013 until 11:59 P.M. (ET) on Sunday,
 # February 3, 2013, the SAIG mailbox functions will be unavailable in order to implement system updates' -- planned
 # maintenance announced ahead by a non-utility -> no outage (GUIDELINES); 'the regular weekly maintenance' is general
 outages=[],
 # published 25 January 2013: '12:00 A.M.' (on Saturday, February 2) -> 2013-02-02T00:00; 'Saturday, February 2,
 # 2013' -> 2013-02-02; '11:59 P.M.' (on Sunday, February 3) -> 2013-02-03T23:59; 'Sunday, February 3, 2013' ->
 # 2013-02-03. 'the weekend of February 2-3, 2013' (a range), 'each weekend', 'During this time' and 'the upcoming
 # period' skipped
 dates=[D("12:00 A.M.", "2013-02-02T00:00"), D("Saturday, February 2, 2013", "2013-02-02"),
        D("11:59 P.M.", "2013-02-03T23:59"), D("Sunday, February 3, 2013", "2013-02-03")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
