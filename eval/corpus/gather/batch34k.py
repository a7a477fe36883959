#!/usr/bin/env python3
"""Batch 34k (session 35; helper gather35k): outages of the federal courts' electronic filing systems (CM/ECF and
PACER) told by the courts' own web pages, US federal government works (the judiciary's; 17 U.S.C. 105), a new corner
of the federal lane of batches 32b/33b/34b. The corpus's one judiciary outage text is batch 27c's Administrative
Office release on the 2025 cyberattack; these are district courts' status boards and notices on other events:
  - the Eastern District of New York's 'Court and CMECF Operation Status' board as it stood in December 2025 (a
    national CM/ECF and PACER log-in disruption of 11 December 2025, 1:00-1:45 PM; a district CM/ECF disruption of
    28-29 August 2025; a planned half-hour outage announced for 18 December 2025);
  - the District of Utah's 'CMECF Downtime and Unavailability Log' (unscheduled downtimes of 16 and 24 January and
    4-5 April 2014, and one planned maintenance of 20-21 May 2016);
  - the Southern District of Texas's undated notice that a network service problem kept users from its CM/ECF system;
  and two near-misses, planned windows announced ahead: the Middle District of North Carolina bankruptcy court's
  notice of routine maintenance on a Saturday, 21 February (no year in the text), and the Northern District of
  Indiana's notice (27 September 2021) that CM/ECF would be unavailable 5-8 November 2021 for the NextGen upgrade.
Every text is the search tool's page-store excerpt (corpus `pages`) of the court's own uscourts.gov page; page chrome
('You are here', 'Skip to main content') and the page title (kept as `title`) are left out, lines that hold only a
space dropped and paragraph breaks kept; no word added or changed, the pages' own slips kept ('It the filer',
'how handle', 'teh', '((at'). Per-item notes in `notes`. Written before any extractor ran on a text of the batch
(newskg was not run on them at all).
usage: batch34k.py [POOL_DIR] [--dry]   (default /tmp/gather35k/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather35k/pool"
PD = "public domain (US federal government work: a United States court's web page, 17 U.S.C. 105)"
CHECK = ("Checked before annotation against train/dev (by file) and test (by script count only, no test file opened), "
         "GATHERING.md, every gather script and the other session-35 pools (/tmp/gather35a-g and h-n as present at "
         "00:32 UTC): ")


def rec(id, url, published, title, text, sector, topics, attribution, notes, truncated=False):
    return {"id": id, "source": url, "licence": PD, "attribution": attribution, "published": published,
            "title": title, "text": text, "sector": sector, "region": "US", "topics": topics.split(","),
            "origin": "uscourts.gov court web page (search tool page store)", "notes": notes, "truncated": truncated}


def att(court, kind, title, url):
    return (court + ", " + kind + ", '" + title + "', US federal government work (public domain); text as the search "
            "tool's page store holds " + url)


R = []
# ---- outages ----------------------------------------------------------------------------------------------------
U = "https://www.nyed.uscourts.gov/index.php/operating-status"
R.append(rec(
 "us-nyed-court-cmecf-pacer-status-disruptions-2025", U, "2025-12-16", "Court and CMECF Operation Status",
 "Court Operating Status\n"
 "Reduced Clerk's Office Hours:\n"
 "Due to the government shutdown, the public service hours of the Clerk's Office are reduced as follows: Monday "
 "through Friday, 10:00 A.M. to 1:00 P.M. and 3:00 P.M. to 4:00 P.M.\n\n"
 "NOTICES:\n8/27/2025\nThe Clerk's Offices in both courthouses will close at 3:00 P.M. on Friday, August 29, 2025.\n\n"
 "CMECF Status\n\n"
 "12/16/2025\nCM/ECF will be unavailable on Thursday, December 18th from 6:30 PM - 7:00 PM\n\n"
 "12/11/2025\nOn Dec. 11, 2025 at 1:45 PM, the National Service Desk reported that user access to CM/ECF and PACER "
 "has returned to normal.\n\n"
 "The National Service Desk has reported a service disruption that is impacting CM/ECF and PACER. External users "
 "may be unable to log into CM/ECF or PACER. Dec. 11, 2025, 1:00 PM.\n\n"
 "8/29/2025 9:35 AM EST\nCMECF SERVICE IS BACK TO NORMAL\n\n"
 "8/28/2025 3:38PM EST\nCMECF SERVICE IMPACTED\n"
 "Users reported a service disruption that is impacting District Case Management/Electronic Case Files (CM/ECF). "
 "The Program Office is validating this service disruption and taking steps to resolve it.\n"
 "IMPACT\nDistrict CM/ECF users may receive a 404 error when accessing their outside application.",
 "courts/electronic filing", "outage",
 att("U.S. District Court for the Eastern District of New York", "status page", "Court and CMECF Operation Status", U),
 "The court's status board (a running page, newest entry first), as the page store holds it: left out 'Skip to main "
 "content' and the page heading (kept as title); kept its own sub-headings ('Court Operating Status', 'NOTICES:', "
 "'CMECF Status', 'IMPACT') and the entries' date lines, which carry the dates. Trailing spaces and a line holding "
 "only a space dropped (whitespace only). The page is undated; `published` is the newest entry's date, 12/16/2025 "
 "(doubtful: the board may have been captured later, but no later entry shows). The excerpt looks whole (it ends "
 "with the August entry's IMPACT line; older entries, if any, not in it: `truncated` false, doubtful). The court's "
 "name is not in the text (the page's own site is nyed.uscourts.gov). Found with 'CM/ECF PACER outage court "
 "electronic filing system unavailable notice'. " + CHECK + "CMECF, 'CM/ECF', PACER, 'National Service Desk', "
 "'Program Office', 'Eastern District of New York', nyed, '404 error', 2025-12-11, 2025-08-28: none in the corpus "
 "beyond batch 27c's release (CM/ECF named, on the cyberattack disclosed in August 2025, another event: its text "
 "tells a compromise, not the 28 August log-in 404 errors; doubtful only in that both are August 2025) and the "
 "nothing else. 8-word shingle overlap with train/dev and the pools: 0; with the gather scripts (the test texts' "
 "stand-in) 1, a clock range ('00 p m to 4 00 p m') shared with batch 13b's annotations, no shared text."))

U = "https://www.utd.uscourts.gov/cmecf-downtime-and-unavailability-log"
R.append(rec(
 "us-utd-court-cmecf-downtime-unavailability-log-2016", U, None, "CMECF Downtime and Unavailability Log",
 "CMECF (Electronic Case Filing) and/or PACER may be unavailable from time to time due to various reasons. It the "
 "filer is experiencing technical problems on their end, they should contact their Internet provider and/or their "
 "technical support. If the problem is on the Court's end, and the system is unavailable, the Court will maintain a "
 "log of these unscheduled downtimes. Please refer to the Administrative Procedures for E-filing in the District of "
 "Utah III.B. for more information on how handle filings during those periods.\n\n"
 "Date / Time Systems affected Explanation/Cause\n"
 "5/20/16 (Friday) 5 pm until 5/21/2016 (Saturday) - 10 am CMECF and PACER Planned and scheduled maintenance and "
 "updates to ECF servers\n"
 "4/4/2014 (Friday) 2:20 pm until 4/5/2014 (Saturday) - 9 pm CMECF and PACER Issues with relocation to new building\n"
 "1/24/2014 (Friday) 2 pm - 5 pm approximately CMECF/PACER and domain generally CMECF and PACER systems nationally "
 "were affected. There was little or no access to all websites (including District of Utah) Possible distributed "
 "denial of service (DDoS) attack by hackers, and/or other network configuration issues at the national level\n"
 "1/16/2014 - 9 am - 11 am approx. CMECF/PACER and domain CMECF and PACER systems in most Federal Circuits were "
 "affected There was little or poor access to many websites (including District of Utah)",
 "courts/electronic filing", "outage",
 att("U.S. District Court for the District of Utah", "web page", "CMECF Downtime and Unavailability Log", U),
 "The court's log page as the page store holds it: left out 'You are here' and the page heading (kept as title). The "
 "log is a table; the page store renders each row as one line, cells run together with single spaces (kept so: "
 "the header row 'Date / Time Systems affected Explanation/Cause' and four rows, newest first). The intro's slips "
 "kept ('It the filer', 'how handle'). The page is undated; `published` null (the newest row is of May 2016; the "
 "page's capture date is unknown), so only absolute dates are annotated. The excerpt looks whole (`truncated` "
 "false). Found with 'District of Utah CMECF downtime unavailability log unscheduled downtimes' after it came back "
 "for 'CM/ECF PACER outage court electronic filing system unavailable notice'. The national outage of Friday "
 "24 January 2014 is told in the page store also by a Florida Times-Union story (govtech.com copy) and a lawyers' "
 "blog (copyrighted, not used); no corpus text tells it. " + CHECK + "CMECF, 'CM/ECF', PACER, 'District of Utah', "
 "utd, DDoS with 2014, 'European Cyber Army', 'relocation to new building', 2014-01-24, 2014-01-16, 2014-04-04: "
 "0 in the corpus (batch 15a's annotation names 'District of Utah' in no outage: checked, another story). 8-word "
 "shingle overlap with train/dev and the pools: 0."))

U = "https://www.txs.uscourts.gov/page/electronic-filing-and-pacer-access-temporarily-unavailable"
R.append(rec(
 "us-txs-court-electronic-filing-pacer-unavailable-notice", U, None,
 "Electronic Filing and PACER Access Temporarily Unavailable",
 "Due to a network service problem, attorneys and the public are temporarily unable to connect to our CM/ECF "
 "system to file or view cases and documents.\n\n"
 "The service provider and staff from the Courts are working to resolve this problem, but we do not yet have an "
 "expected time. We hope that this interruption of service will end this morning.\n\n"
 "The District Court's Administrative Procedures governing electronic filing state (at section 11):\n"
 "A Filing User whose electronic filing is or would be made untimely as a result of a technical failure may seek "
 "appropriate relief from the presiding Judge in the case.\n\n"
 "The Bankruptcy Court's Administrative Procedures governing electronic filing state ((at section III.A.12):\n"
 "If there is a technical failure of the Court's System which renders it inaccessible to an Electronic Filer on the "
 "last day prescribed under any applicable rule or court order for the timely filing of a document, such prescribed "
 "period shall be extended until the end of the next business day after access to the System has been restored.\n\n"
 "Practice Note: Parties should be aware that the Authorizing Court may lack authority to relieve a party from the "
 "operation of any applicable statute of limitations based on teh unavailability of the Court's System. In such "
 "event, alternative filing means should be utilized in a timely manner.\n\n"
 "If you have questions, please contact our Help Desk at 713-250-5500.",
 "courts/electronic filing", "outage",
 att("U.S. District Court and U.S. Bankruptcy Court for the Southern District of Texas", "notice",
     "Electronic Filing and PACER Access Temporarily Unavailable", U),
 "The courts' notice page as the page store holds it: left out 'You are here' and the heading (kept as title; "
 "'PACER' is only in the title, not the text). The page shows no date and the page store none: `published` null, "
 "the outage undated ('this morning' unresolved). The slips 'teh' and '((at' kept. The excerpt looks whole (it ends "
 "with the help-desk line: `truncated` false). Found with 'CM/ECF PACER outage court electronic filing system "
 "unavailable notice'. " + CHECK + "'Southern District of Texas', txs, '713-250-5500', 'network service problem', "
 "'Electronic Filing and PACER': 0 in the corpus. 8-word shingle overlap with train/dev and the pools: 0."))

# ---- near-miss --------------------------------------------------------------------------------------------------
U = "https://www.ncmb.uscourts.gov/node/9602"
R.append(rec(
 "us-ncmb-court-cmecf-routine-maintenance-notice", U, None,
 "CM/ECF to be Unavailable for Routine Maintenance on Saturday, February 21st",
 "The Court\u2019s CM/ECF system will be undergoing routine maintenance beginning at 8 am on Saturday, February 21st. "
 "It is anticipated that the service will not be accessible for most of the day.\n\n"
 "During the outage, Filing Users may submit emergency or time sensitive filings via email (pdf files only) to "
 "ncmbml_intake@ncmb.uscourts.gov. Staff will be monitoring this address and will confirm receipt of the filing. "
 "They will also let the user know that the document must be filed via CM/ECF on the first day that filing via "
 "CM/ECF next becomes available (anticipated to be Sunday, February 22nd). If the document is timely filed via "
 "CM/ECF as directed, it will be deemed filed as of the time the email filing was received by the Clerk\u2019s Office. "
 "If the document is not timely filed via CM/ECF as directed, it will be deemed filed when it is, in fact, filed "
 "via CM/ECF.\n\n"
 "Thank you for your attention to this matter. We apologize for any inconvenience this may cause.",
 "courts/electronic filing", "near-miss",
 att("U.S. Bankruptcy Court for the Middle District of North Carolina", "notice",
     "CM/ECF to be Unavailable for Routine Maintenance on Saturday, February 21st", U),
 "The court's notice as the page store holds it: the heading kept as title; lines holding only a space between the "
 "paragraphs dropped (whitespace only). No year in the page or the page store: `published` null (21 February fell "
 "on a Saturday in 2009, 2015 and 2026; not guessed). Near-miss: routine maintenance announced ahead by a court (not "
 "a utility), 'the outage' in the text being that planned window: no outage annotated (GUIDELINES). The excerpt "
 "looks whole (`truncated` false). Found with the same query as the Texas notice (rank 8). " + CHECK +
 "'Middle District of North Carolina', ncmb, ncmbml_intake, 'routine maintenance' with CM/ECF: 0 in the corpus. "
 "8-word shingle overlap with train/dev and the pools: 0."))

U = "https://www.innd.uscourts.gov/news/electronic-court-filing-unavailable-during-upgrade?page=2"
R.append(rec(
 "us-innd-court-cmecf-nextgen-upgrade-unavailable-2021", U, "2021-09-27", "Electronic Court Filing Unavailable During Upgrade",
 "The Court\u2019s case management/electronic filing system (\u201cCM/ECF\u201d) is being upgraded to the new Next "
 "Generation CM/ECF system (\u201cNextGen\u201d). Accordingly, at 12:00 p.m. (EST) on Friday, November 5, 2021, the "
 "CM/ECF system will be unavailable until 9:00 a.m. (EST) on Monday, November 8, 2021. During that time period, the "
 "Court\u2019s electronic filing system is considered \u201cinaccessible\u201d for purposes of computing time. See Fed. "
 "R. Civ. P. 6(a)(3).\n\n"
 "Emergency filings requesting judicial action between noon on November 5, 2021 and 9:00 a.m. on November 8, 2021, "
 "may be submitted by email to: All emergency filings must include an email address and phone number where the "
 "filer may be reached.\n\n"
 "Attorneys are reminded that a feature of the NextGen system is Central Sign-On functionality, which allows "
 "attorneys to use one account to e-file in all NextGen courts (appellate, bankruptcy, and district) in which they "
 "practice, and to log into PACER nationwide. Attorneys should prepare well in advance to ensure their individual "
 "accounts are properly setup for the NextGen system. See\n\n"
 "General Order 2021-26",
 "courts/electronic filing", "near-miss",
 att("U.S. District Court for the Northern District of Indiana", "news item", "Electronic Court Filing Unavailable "
     "During Upgrade", U),
 "The court's news item as the page store holds it: left out 'You are here', the heading (kept as title) and the "
 "date line 'Monday, September 27, 2021' (kept as `published`). The page's links are dropped by the rendering and "
 "left so: the e-mail address after 'by email to:' (the text runs on into 'All emergency filings') and the link "
 "behind 'See' before 'General Order 2021-26'; no word added. Near-miss: a planned upgrade window (CM/ECF unavailable "
 "from noon on 5 November to 9 a.m. on 8 November 2021) announced ahead by a court, not a utility: no outage. The "
 "excerpt looks whole (`truncated` false). Found with 'Court of Appeals notice CM/ECF system outage unexpected "
 "unavailable filing deadline extended' (rank 5). " + CHECK + "NextGen (only batch 25c's 'Bombardier CRJ900 "
 "NextGen', another thing), 'Central Sign-On', 'Northern District of Indiana', innd, 'General Order 2021-26': 0 "
 "otherwise. 8-word shingle overlap with train/dev, the pools and the gather scripts: 0."))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
