#!/usr/bin/env python3
"""Batch 34b (session 35; helper gather35b): service outages told in US federal public-domain texts, the lane of
batches 32b/33b (FCC Enforcement Bureau outage cases) widened to other federal bodies, because the page store's FCC
outage orders, notices and news releases are all used by earlier batches or come back only as law-firm and news copies
(see the section's 'not used'). This round took inspectors general's outage write-ups (a vein batch 32m opened with
the VA's Hines summary), an agency statement, a congressional release and two Federal Student Aid announcements:
  - NARA's 32-hour internet outage of 13 September 2011 from a cut fiber-optic cable (the National Archives OIG's
    Management Letter No. 12-01, 13 October 2011);
  - the 7-day outage of the DOI and OIG websites after a power outage at the National Park Service's Lakewood data
    center on 1 January 2014 (the Interior OIG's summary of its inspection report, June 2014);
  - the IRS's hardware failure of 3 February 2016 that stopped its modernized e-file system and Where's My Refund
    (the IRS's statement of that day, as a tax firm's newsroom reproduces it);
  - the FAFSA launched on 30 December 2023 and not fully accessible until 6 January 2024 (the Senate HELP Committee
    ranking member's release of 24 January 2024 on a letter asking GAO to investigate);
  and two near-misses, planned outages announced ahead by Federal Student Aid (not a utility): the April 4-5, 2008
  outage period of its data center relocation test (an Electronic Announcement of 1 April 2008, as NASFAA's site
  reproduces it) and the SAIG mailbox maintenance of 2-3 February 2013 (an Electronic Announcement of 25 January 2013).
Every text is the search tool's page-store excerpt (corpus `pages`), never a whole page; page chrome, bylines
('Author: ...'), memo headers and section headings are left out, hard line wraps of the renderings joined (whitespace
only), and a text is cut at the last full sentence (or list item) before its excerpt breaks off (`truncated`). No word
added or changed; the renderings' own slips kept (NARA's 'September 13,2011', 'ifNARA', 'at All'). Per-item notes in
`notes`. Written before any extractor ran on a text of the batch (newskg was not run on them at all).
usage: batch34b.py [POOL_DIR] [--dry]   (default /tmp/gather35b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather35b/pool"
PD = "public domain (US federal government work)"
CHECK = ("Checked before annotation against train/dev (by file) and test (by script count only, no test file opened), "
         "GATHERING.md, every gather script, the /work/notes files and the other session-35 pools (/tmp/gather35a, c, "
         "d, e, f at 22:31 UTC: Hansard and Dail items, Wikinews and Wikipedia company articles, other events): ")


def rec(id, url, published, title, text, sector, topics, attribution, origin, notes, truncated=True):
    return {"id": id, "source": url, "licence": PD, "attribution": attribution, "published": published,
            "title": title, "text": text, "sector": sector, "region": "US", "topics": topics.split(","),
            "origin": origin, "notes": notes, "truncated": truncated}


R = []
# ---- outages ----------------------------------------------------------------------------------------------------
IGB = "https://archive.org/download/us-inspectors-general.bulk/us-inspectors-general.bulk.zip"
R.append(rec(
 "us-nara-oig-network-outage-management-letter-2011", IGB, "2011-10-13",
 "Management Letter No. 12-01, Network Outage",
 "On September 13,2011 NARA experienced an internet outage from a cut fiber-optic cable lasting approximately 32 "
 "hours and significantly affecting NARA's operations. During that time, NARA staff were not able to access home and "
 "shared drives, email, the Internet, and numerous critical applications needed to perform their jobs. In addition, "
 "NARA's customers were not able to access agency services because the outage affected NARA's external websites as "
 "well. This Management Letter brings two separate issues to your attention discovered as a result of this outage; "
 "NARA has no failover Internet connection, and NARA's continuity of operations (COOP) site may not be able to "
 "independently operate if there is an incident at All.\n\n"
 "NARA does not have a failover Internet connection to restore Internet and other services within a timely manner. "
 "According to the Executive for Business Support Services, when NARA implemented the Trusted Internet Connection "
 "(TIC) the Internet was no longer provided by a separate telecommunications circuit into one or more of our "
 "facilities. Instead it is provided through the MPLS wide area network (WAN) which is provided and managed by a "
 "service provider. According to the service provider, ifNARA had diversity (i.e. dual access) in the network, the "
 "outage would have been prevented. The service provider reported they are looking into a diversity option.\n\n"
 "NARA officials overseeing the network architecture should have known the design of the network created a single "
 "point of failure, and taken action to address this risk before NARA's mission and business capabilities were "
 "impacted.",
 "government IT/network", "outage",
 "U.S. National Archives and Records Administration, Office of Inspector General, Management Letter No. 12-01, "
 "'Network Outage', 13 October 2011, US federal government work (public domain); text as extracted from the OIG's "
 "PDF in the 'us-inspectors-general.bulk' collection on archive.org (the unitedstates/inspectors-general scraper's "
 "bulk file) as the page store holds it, " + IGB,
 "archive.org us-inspectors-general bulk file (page store)",
 "The page store holds the letter as one member of archive.org's 'us-inspectors-general.bulk' zip (text extracted "
 "from the OIG's PDF, shown as a Python bytes literal: the \\n escapes are line breaks, straight apostrophes). Left "
 "out: the letterhead and memo header ('NATIONAL ARCHIVES OFFICE of INSPECTOR GENERAL', 'Date October 13,2011', "
 "'Reply to Attn of: Office ofInspector General (OIG)', 'Subject: Management Letter No. 12-01, Network Outage' -- kept "
 "as title --, 'To : David S. Ferriero, Archivist of the United States (N)'); `published` is the letter's date. The "
 "PDF's hard line wraps joined into its three paragraphs (whitespace only). Cut after the third paragraph's first "
 "sentence, before 'Under the TIC ini', where the excerpt breaks off (`truncated`). Kept as written (the PDF text "
 "layer's slips): 'September 13,2011' (no space), 'ifNARA', 'an incident at All' (the text layer's reading of "
 "'AII', Archives II), 'outage; NARA has'. The letter's date and the FCW story on it (fcw.com, January 2012, "
 "copyrighted: not used) agree on the 32 hours. Found with 'NARA Office of Inspector General management letter "
 "Internet outage September 2011 fiber optic cable cut single point of failure' (after an FCW story came back for "
 "'OIG found the outage was caused by network failure ...'). " + CHECK + "NARA (as a word), 'National Archives', "
 "Brachfeld, 'Management Letter', 'fiber-optic cable' with NARA, us-inspectors-general: 0 everywhere.",
 truncated=True))

DOI = "http://www.doi.gov/oig/news/us-department-of-the-interior-web-hosting-services.cfm"
R.append(rec(
 "us-doi-oig-web-hosting-services-website-outage-2014", DOI, "2014-06-04",
 "U.S. Department of the Interior Web Hosting Services",
 "In response to the 7-day outage of the OIG and DOI websites, which are hosted by the National Park Service (NPS), "
 "we initiated an inspection to determine the cause of the outage and to identify whether the length of the recovery "
 "was appropriate. We found multiple reasons and deficiencies that contributed to the website outage, including no "
 "written agreements between NPS, DOI, and OIG describing the roles and responsibilities of each entity and "
 "information systems that had not been properly authorized to operate, were outdated or missing security "
 "documentation, and had insufficient contingency planning to prepare for a major power failure.\n\n"
 "NPS has a web hosting and content management system in its Lakewood, CO, data center referred to as the Denver "
 "Data Center Child System (DDC) that manages the content for NPS\u2019 and DOI\u2019s websites. According to the DDC "
 "system documentation, DDC is a subsystem of a larger system known as the NPS One General Support System (One GSS). "
 "Under a 2009 verbal agreement, NPS agreed to host DOI\u2019s website in the DDC under a Cloud-based content "
 "delivery network. In 2012, OIG verbally accepted DOI\u2019s offer to share web hosting and content management "
 "services, thus migrating OIG\u2019s website to the DDC, but NPS was not informed of this decision. On January 1, "
 "2014, the DDC experienced a power outage, leaving the DOI and OIG websites unavailable between January 1 and "
 "January 7, 2014.\n\n"
 "During the inspection, we found three major issues contributing to the outage. First, we found that One GSS had not "
 "been properly authorized to operate because NPS inadequately assessed One GSS and the data the system hosts. "
 "Second, we found that NPS did not have an appropriate contingency plan in place to efficiently respond to and "
 "minimize damage and downtime from the outage.",
 "government IT/web hosting", "outage",
 "U.S. Department of the Interior, Office of Inspector General, summary of its inspection report 'U.S. Department of "
 "the Interior Web Hosting Services' (Report No. ISD-IS-OCIO-0001-2014, June 2014) on the OIG's 'Recently Released "
 "Report' page, US federal government work (public domain); text as at " + DOI,
 "U.S. Department of the Interior OIG website (page store)",
 "The OIG's own summary page on doi.gov as the page store holds it. Left out: the page chrome ('Click to toggle text "
 "size.', 'Recently Released Report') and the report title (kept as title). Cut after the second of the three "
 "'major issues', before 'Third, we found that NPS, DOI, and OIG did not have written agreements for we', where the "
 "excerpt breaks off (`truncated`). `published` 2014-06-04 is the report's own date (its transmittal memo reads 'JUN "
 "0 4 2014' in the archive.org bulk copy of the report, which the page store also holds); the summary page's posting "
 "date is not in the excerpt (doubtful by days). Kept as written: the curly apostrophes ('NPS\u2019 and DOI\u2019s "
 "websites'), 'Lakewood, CO, data center', 'Cloud-based', '7-day'. The text never spells out DOI or OIG. A "
 "Washington Times story on the same report (June 2014, reproduced on doi.gov's 'In the News' page; copyrighted) "
 "not used. Found with 'Department of the Interior website outage January 1, 2014 National Park Service servers "
 "power surge inspector general report'. " + CHECK + "'Web Hosting Services', 'Denver Data Center', 'One GSS', "
 "'General Support System', Lakewood, 'ISD-IS-OCIO': 0 everywhere; 'National Park Service' only in other stories.",
 truncated=True))

HRB = "https://www.hrblock.com/tax-center/newsroom/irs/deadlines-and-extensions/irs-statement-hardware-failure/"
R.append(rec(
 "us-irs-statement-hardware-failure-e-file-systems-2016", HRB, "2016-02-03",
 "IRS Statement on Hardware Failure",
 "The IRS experienced a hardware failure this afternoon affecting a number of tax processing systems, which are "
 "currently unavailable. Several of our systems are not currently operating, including our modernized e-file system "
 "and a number of other related systems. The IRS is currently in the process of making repairs and working to "
 "restore normal operations as soon as possible. We anticipate some of the systems will remain unavailable until "
 "tomorrow.\n\n"
 "The IRS remains in close contact with e-file software transmitters and the tax community during this period.\n\n"
 "A number of taxpayer and tax practitioner tools are unavailable. IRS.gov remains available, although a number of "
 "the services on the site are not, including Where\u2019s My Refund.\n\n"
 "Taxpayers can continue to prepare and file their tax returns as they normally would. Taxpayers can continue to "
 "send their tax returns to their e-file provider; these companies will hold the tax returns until the IRS resumes "
 "accepting electronic tax returns. Taxpayers who have already filed their tax returns do not need to take any "
 "additional action.\n\n"
 "The IRS is still assessing the scope of the outage. At this time, the IRS does not anticipate major refund "
 "disruptions; we continue to expect that 9 out of 10 taxpayers will receive their refunds within 21 days.",
 "government/tax administration IT", "outage",
 "U.S. Internal Revenue Service, statement, 'IRS Statement on Hardware Failure', 2016-02-03, US federal government "
 "work (public domain); text as reproduced whole by H&R Block's tax-center newsroom at " + HRB,
 "hrblock.com newsroom copy of an IRS statement (page store)",
 "The IRS's statement of the evening of 3 February 2016 as H&R Block's newsroom page reproduces it (title 'IRS "
 "Statement on Hardware Failure', dated 'February 03, 2016'); the host adds no words to the statement's five "
 "paragraphs (a centrotaxes.com blog quotes the same sentences as 'The following statement was released by the IRS "
 "on Wednesday 2/3/2016'), as batches 17c-18a took federal texts from third-party copies. Left out: the host's "
 "date line and its chrome after the statement ('Contact the Media Desk', 'Related Resources' and its three "
 "teasers). The whole statement kept (`truncated` false). Kept as written: 'Where\u2019s My Refund' (curly "
 "apostrophe), 'modernized e-file system' (lower case), '9 out of 10'. The IRS's follow-up of 4 February (systems "
 "restored by 5 p.m.) came back only as news and blog copies: not used. Found with 'IRS statement hardware failure "
 "e-file systems down February 2016 tax returns processing resumed'. " + CHECK + "'hardware failure' with IRS, "
 "'modernized e-file', 'Where\u2019s My Refund'/'Where's My Refund', February 2016 with IRS: 0 everywhere (the IRS's "
 "Tax Day outage of 17 April 2018, batch 19b, is another event).",
 truncated=False))

HELP = ("https://www.help.senate.gov/ranking/newsroom/press/ranking-member-cassidy-chairwoman-foxx-urge-gao-to-"
        "investigate-fafsa-system-failures-amid-botched-rollout?ref=blog.freopp.org")
R.append(rec(
 "us-senate-help-cassidy-foxx-fafsa-system-failures-2024", HELP, "2024-01-24",
 "Ranking Member Cassidy, Chairwoman Foxx Urge GAO to Investigate FAFSA System Failures Amid Botched Rollout",
 "WASHINGTON \u2013 Today, U.S. Senator Bill Cassidy, M.D. (R-LA), ranking member of the Senate Health, Education, "
 "Labor, and Pensions (HELP) Committee, and U.S. Representative Virginia Foxx (R-NC), chairwoman of the House "
 "Education and the Workforce Committee, urged the Government Accountability Office (GAO) to investigate reported "
 "issues with the information technology (IT) system used by the U.S. Department of Education (DeptEd) in its "
 "botched rollout of the Free Application for Federal Student Aid (FAFSA).\n\n"
 "In 2021, DeptEd announced that it would modernize and revamp its FAFSA IT system by December 2023, but FAFSA was "
 "only available to students for a mere 30 minutes on December 30th. DeptEd announced the next day that it had "
 "identified issues with the FAFSA IT system and would be initiating pauses to the website to conduct maintenance.\n\n"
 "According to reports, the FAFSA IT system was available sporadically for only three hours from December 30th to "
 "January 2nd, and was not fully accessible for use until January 6th. Additionally, applicants reported multiple "
 "issues with the FAFSA website, including repeated loading screens, \u201cPlease Wait\u201d pages, and errors with "
 "submitting the form.\n\n"
 "Cassidy and Foxx seek information on if DeptEd properly tested the FAFSA IT system before it became available to "
 "students and the extent to which DeptEd knew about these issues before the rollout.\n\n"
 "\u201cBased on the initial poor user experience, we have significant questions about the extent to which the FAFSA "
 "Processing System underwent all needed testing, what system issues were uncovered in testing, and the "
 "decision-making process to roll out the system with known issues,\u201d wrote the lawmakers. \u201cAccordingly, we "
 "request that GAO review the recent launch of the FAFSA Processing System.\u201d",
 "government/student aid IT", "outage,oversight",
 "U.S. Senate Committee on Health, Education, Labor, and Pensions, ranking member's press release, 'Ranking Member "
 "Cassidy, Chairwoman Foxx Urge GAO to Investigate FAFSA System Failures Amid Botched Rollout', 2024-01-24, US "
 "federal government work (public domain); text as at " + HELP,
 "help.senate.gov ranking member's newsroom (page store)",
 "The release on help.senate.gov as the page store holds it (a query-string copy of the URL). Left out: 'Skip to "
 "content' and the headline (kept as title). Cut after the lawmakers' quotation, before 'At a recent press "
 "conference, Cassidy announced that followin', where the excerpt breaks off (`truncated`). The page carries no date "
 "in the excerpt: `published` 2024-01-24 is the date of the letter the release announces ('Today ... urged'), as the "
 "Education and the Workforce Committee chair's subpoena release of 25 July 2024 states it ('On January 24, 2024, I, "
 "... Ranking Member Bill Cassidy and 26 other Senators and House members transmitted a letter to Comptroller General "
 "Gene Dodaro') -- doubtful by a day if the release followed the letter. The committee's own version "
 "(edworkforce.house.gov, 'Chairwoman Foxx, Ranking Member Cassidy Urge ...', names in the other order) is the same "
 "release: one text for the subject. Kept as written: 'WASHINGTON \u2013 Today' (en dash), 'Bill Cassidy, M.D. "
 "(R-LA)', 'DeptEd', 'December 30th', curly quotation marks; trailing spaces at paragraph ends dropped (whitespace). "
 "Found with 'OIG review of the Federal Student Aid website outage students unable to access FAFSA hours' and "
 "'Cassidy Foxx urge GAO to investigate FAFSA system failures botched rollout January 2024'. " + CHECK + "FAFSA, "
 "'Free Application for Federal Student Aid', DeptEd, Cassidy, Foxx: 0 everywhere (GATHERING.md names only "
 "StudentAid.gov's FAFSA outage of 12 March 2025, another event, as left out).",
 truncated=True))

# ---- near-misses: planned outages announced ahead by a non-utility ----------------------------------------------
NAS = "http://nasfaa.org/publications/2008/eaoutage040208.html?Print=Yes"
FSA08 = ("https://fsapartners.ed.gov/knowledge-center/library/electronic-announcements/2008-04-01/summary-data-center-"
         "relocation-update-4-april-4-5-2008-outage-reminder")
R.append(rec(
 "us-fsa-data-center-relocation-outage-reminder-2008", NAS, "2008-04-01",
 "Summary: Data Center Relocation Update # 4 - April 4 - 5, 2008 Outage Reminder",
 "As we informed you in a March 28, 2008 Electronic Announcement posted on the Information for Financial Aid "
 "Professionals (IFAP) Web site, we plan to implement the Federal Student Aid data center relocation of the Central "
 "Processing System (CPS), the National Student Loan Data System (NSLDS), the Student Aid Internet Gateway (SAIG), "
 "and several Web sites in July 2008. Prior to this implementation, we will conduct two test cycles\u2014one in "
 "April 2008 and one in May 2008.\n\n"
 "The first outage period associated with this data center relocation work will occur during the period April 4 "
 "\u2013 5, 2008. Please review the information below and evaluate impact to your school or organization during this "
 "period.\n\n"
 "The CPS, the NSLDS, the SAIG, and the Web sites listed below will be unavailable to users from 5:00 P.M. (ET) on "
 "Friday, April 4, 2008 until 12:00 A.M. (ET) on Saturday, April 5, 2008.\n\n"
 "Note: After reassessing our schedule, we have changed the outage start time provided in the March 28th Electronic "
 "Announcement. The outage will start at 5:00 P.M. (ET)\u2014two hours later than our initial estimate (3:00 P.M.)\n\n"
 "During this outage period, the following Web sites will be unavailable to users:\n"
 "CPS Web Applications Demo System\n"
 "FAA Access to CPS Online\n"
 "FAFSA4caster\n"
 "FAFSA on the Web\n"
 "Federal Student Aid Download (FSAdownload)\n"
 "Federal Student Aid PIN\n"
 "ISIR Analysis Tool\n"
 "NSLDS Professional Access\n"
 "NSLDS Student Access\n"
 "R2T4 on the Web\n"
 "SAIG Mailbox Portal\n"
 "SAIG Enrollment\n\n"
 "In conjunction with this outage period, we will need to suspend the CPS compute process for a short period of "
 "time. We will not process application or correction data on Friday, April 4, 2008.",
 "government/student aid IT", "near-miss,planned-outage",
 "U.S. Department of Education, Federal Student Aid, Electronic Announcement, 'Summary: Data Center Relocation Update "
 "# 4 - April 4 - 5, 2008 Outage Reminder', 2008-04-01 (author William Leith, Acting General Manager, Application, "
 "Operations and Delivery Services, Federal Student Aid), US federal government work (public domain); text as "
 "reproduced by NASFAA at " + NAS + " (the Department's own copy: " + FSA08 + ")",
 "nasfaa.org copy of a Federal Student Aid Electronic Announcement (page store)",
 "The announcement as NASFAA's print page reproduces it, chosen over the Department's own fsapartners.ed.gov copy "
 "(also in the page store) because that excerpt breaks off inside the list of Web sites ('NSLDS Student Access'); "
 "the two agree word for word where both run. Left out: the 'Publication Date: April 1, 2008' and 'Summary: ...' "
 "lines (kept as `published` and title), the section headings 'April 4 \u2013 5, 2008 Outage Period', 'Impact on Web "
 "Sites' and 'Impact on CPS Compute Processing', and the list's bullet marks ('- '; one item a line kept); the "
 "print page's hard line wraps joined (whitespace only). Cut after 'on Friday, April 4, 2008.', before 'As a result, "
 "application and correction data sent to the CPS during the period April 3 \u2013 6, 2008 will not be processe', "
 "where the excerpt breaks off (`truncated`). Kept as written: the em dashes ('cycles\u2014one', '(ET)\u2014two'), "
 "'April 4 \u2013 5, 2008' (en dash), 'Web sites', 'March 28th', the Note's missing final full stop. The byline "
 "(William Leith) is left out of the text, as bylines are. Near-miss: a planned outage announced ahead by Federal "
 "Student Aid, not a utility (GUIDELINES: no outage). Found with 'fsapartners electronic announcement unplanned "
 "outage resolved systems were unavailable COD SAIG schools experienced'. " + CHECK + "fsapartners, IFAP, NSLDS, "
 "'Student Aid Internet Gateway', 'Central Processing System', FAFSA4caster, Leith, nasfaa: 0 everywhere.",
 truncated=True))

FSA13 = ("https://fsapartners.ed.gov/knowledge-center/library/electronic-announcements/2013-01-25/general-subject-"
         "outage-alert-saig-mailbox-functions-unavailable-february-2-3-2013")
R.append(rec(
 "us-fsa-saig-mailbox-functions-outage-alert-2013", FSA13, "2013-01-25",
 "OUTAGE ALERT - SAIG Mailbox Functions Unavailable February 2-3, 2013",
 "During the weekend of February 2-3, 2013, we need to execute an extended maintenance activity that will impact "
 "Student Aid Internet Gateway (SAIG) Mailbox users. Please review the information in this announcement and evaluate "
 "the impact on your school or organization during the period when the affected SAIG functions will be unavailable. "
 "This work is in addition to the regular weekly maintenance that occurs each weekend.\n\n"
 "From 12:00 A.M. (ET) on Saturday, February 2, 2013 until 11:59 P.M. (ET) on Sunday, February 3, 2013, the SAIG "
 "mailbox functions will be unavailable in order to implement system updates. During this time, schools will "
 "receive an error message informing them that the SAIG is unavailable.\n\n"
 "We appreciate your patience and understanding as we complete the required activity during the upcoming period.\n\n"
 "If you have any questions about the information contained in this document, contact CPS/SAIG Technical Support at "
 "800/330-5947 (TDD/TTY 800/511-5806), or by e-mail at CPSSAIG@ed.gov.",
 "government/student aid IT", "near-miss,planned-outage",
 "U.S. Department of Education, Federal Student Aid, Electronic Announcement, 'OUTAGE ALERT - SAIG Mailbox Functions "
 "Unavailable February 2-3, 2013', 2013-01-25 (author Pamela Eliadis, Service Director, System Operations & Aid "
 "Delivery Management, Federal Student Aid), US federal government work (public domain); text as at " + FSA13,
 "fsapartners.ed.gov Electronic Announcements (page store)",
 "The Department's Federal Student Aid partner site as the page store holds it (two renderings of the page; the "
 "one that begins 'Posted Date:January 25, 2013' taken, the other adds only a 'Maintained for Historical Purposes' "
 "banner and a '(General)' prefix). Left out: the 'Posted Date:', 'Author: ...' and 'Subject: ...' lines (kept as "
 "`published` and title; the byline left out as bylines are), the bold sub-heading 'SAIG Mailbox Functions "
 "Unavailable from 12:00 A.M. (ET) on Saturday, February 2, 2013 until 11:59 P.M. (ET) on Sunday, February 3, 2013' "
 "(the next paragraph repeats it word for word) and the heading 'Contact Information'. The whole announcement kept "
 "(`truncated` false). Kept as written: 'SAIG Mailbox' / 'SAIG mailbox' (case as each sentence has it), "
 "'CPS/SAIG Technical Support', the phone numbers and address. Near-miss: planned maintenance announced ahead by "
 "a non-utility; the regular weekend maintenance is general. Found with '.gov notice scheduled maintenance system "
 "will be unavailable planned outage Saturday from 8:00 p.m. to Sunday filers users'. " + CHECK + "SAIG, "
 "'Student Aid Internet Gateway', Eliadis, CPSSAIG: 0 everywhere.",
 truncated=False))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
