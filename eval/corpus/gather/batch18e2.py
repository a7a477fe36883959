#!/usr/bin/env python3
"""Batch 18e part 2, written after part 1 (batch18e.py) was annotated, split and committed, so that part 1's splits
stay as they were: a PSAP's 911 calls rerouted after Hurricane Ian (an FCC communications status report of 6 October
2022), a week of Federal Reserve actions naming bank holding companies' subsidiary banks and a withdrawn acquisition
(October 2008), and one near-miss (an FCC fact sheet on outage-notification rules for 911, April 2021: outages in
general, none told). US federal government works (public domain) on the agencies' own sites. Every text is the search
tool's page-store excerpt (corpus `pages`), embedded here; where an excerpt was cut it ends at the last full sentence
or item kept (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch18e2.py [POOL_DIR] [--dry]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18e import rec, AGENCY

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
R = []
R.append(rec("us-fcc-communications-status-report-hurricane-ian-october-2022",
 "https://docs.fcc.gov/public/attachments/DOC-387977A1.txt",
 "2022-10-06", "Communications Status Report for Areas Impacted by Hurricane Ian", "Federal Communications Commission, report",
 "The following is a report on the status of communications services in geographic areas impacted by Hurricane Ian as of October 6, 2022, at 12:00 p.m. EDT. This report incorporates network outage data submitted by communications providers to the Federal Communications Commission (FCC) Disaster Information Reporting System (DIRS). Note that the operational status of communications services during an event may evolve rapidly, and this report represents a snapshot in time. The following counties in Florida are in the current geographic area that is part of DIRS (the “disaster area”) for today’s report. The area of interest for this activation includes the following counties in Florida.\n\n"
 "Florida: Baker, Bradford, Charlotte, Clay, Collier, Desoto, Duval, Flagler, Glades, Hardee, Hendry, Highlands, Hillsborough, Lake, Lee, Manatee, Marion, Monroe, Nassau, Okeechobee, Orange, Osceola, Pinellas, Polk, Putnam, Sarasota, Seminole, St. Johns, Union, Volusia.\n\n"
 "911 Services\n\n"
 "The Public Safety and Homeland Security Bureau (PSHSB) learns the status of each Public Safety Answering Point (PSAP) through the filings of 911 Service Providers in DIRS, reporting to the FCC’s Public Safety Support Center, coordination with state 911 Administrators, and, if necessary, direct contact with individual PSAPs.\n\n"
 "Florida: Sanibel Police Department Headquarters has been rerouted to another PSAP with location information.",
 "telecoms/911", "outage",
 "The FCC's daily DIRS status report for 6 October 2022 (docs.fcc.gov text version); the heading with its date (kept as title and `published`) left out; the text file's single block split into paragraphs at the report's own section breaks (whitespace only), the section heading '911 Services' kept as its own line; two footnote markers ('1' after the county list and after 'location information') left out. Cut before the chart of PSAPs affected by date, whose labels the text file runs together ('Number of PSAPs Affected in the Disaster Area by Date 6 5 4 3 2 1 0 28-Sep ...'). One text per event: the reports of 29 and 30 September and 1 and 2 October 2022 and the chairwoman's update of 30 September (a trade-press copy) left out. Hurricane Ian's communications outages are new to the corpus.",
 AGENCY))
R.append(rec("us-federal-reserve-h2-delegated-actions-subsidiary-banks-2008",
 "https://www.federalreserve.gov/Releases/H2/20081011/delactions.htm",
 None, "Actions of the Board, Its Staff, and the Federal Reserve Banks; Applications and Reports Received",
 "Board of Governors of the Federal Reserve System, H.2 release",
 "Actions taken during the week ending October 11, 2008\n\n"
 "Bank Branches, Domestic\n\n"
 "Richmond\n\n"
 "Heritage Bank, Norfolk, Virginia  -- to establish a branch at 1756 Laskin Road, Virginia Beach.\n\n"
 "-Approved, October 10, 2008\n\n"
 "Richmond\n\n"
 "Susquehanna Bank, Hagerstown, Maryland  -- to establish a branch at 201 International Drive, Hunt Valley.\n\n"
 "-Approved, October 8, 2008\n\n"
 "Bank Holding Companies\n\n"
 "Kansas City\n\n"
 "C L C Enterprises, Inc., Nelson, Nebraska  -- to engage in lending activities.\n\n"
 "-Approved, October 7, 2008\n\n"
 "Atlanta\n\n"
 "Citizens Investors, LLC, Savannah, Georgia  -- to become a bank holding company and to acquire shares of First Citizens Bankshares, Inc., Glenville, and its subsidiary bank, First Citizens Bank.\n\n"
 "-Approved, October 7, 2008\n\n"
 "Cleveland\n\n"
 "Emclaire Financial Corp, Emlenton, Pennsylvania  -- waiver of application to acquire Elk County Savings and Loan Association, Ridgway, in connection with its conversion from a mutual savings association to a state-chartered stock savings association and its merger with Emclaire's subsidiary bank, The Farmers National Bank of Emlenton, Emlenton.\n\n"
 "-Granted, October 10, 2008\n\n"
 "New York\n\n"
 "EuroBancshares, Inc. San Juan, Puerto Rico  -- to engage through its subsidiary, EUBK Securities, Inc. (in formation), San Juan, in securities brokerage and riskless-principal transactions.\n\n"
 "-Approved, October 8, 2008\n\n"
 "St. Louis\n\n"
 "First National Corporation of Wynne, Wynne, Arkansas  -- to acquire an interest in Twin Lakes Bancshares, Inc., Flippin, and thereby retain control of Twin Lakes Community Bank and indirectly acquire Smith Associated Banking Corporation, Hot Springs, and Bank of Salem, Salem.\n\n"
 "-Withdrawn, October 9, 2008",
 "finance/banking", "deal,regulatory",
 "The Federal Reserve's weekly H.2 release (actions under delegated authority, week ending 11 October 2008) on federalreserve.gov; the navigation lines ('Release dates | Full version (300 KB PDF)', 'Board Actions | Actions under delegated authority', 'Applications and reports received:' and the twelve district links) and the heading 'Actions under delegated authority' left out; the list's own lines kept, each as its own paragraph (district labels, approval lines; the page's double spaces before '--' kept, trailing spaces dropped). The release date is not in the excerpt: `published` null (every date in the text is absolute). The excerpt ends after the last item shown; whether the list went on is not known (`truncated` set). A list register, kept for its subsidiary banks and a withdrawn acquisition; the banks are new to the corpus.",
 AGENCY))
R.append(rec("us-fcc-fact-sheet-911-reliability-outage-notification-nprm-2021",
 "https://docs.fcc.gov/public/attachments/DOC-371282A1.txt",
 "2021-04-01", "Improving 911 Reliability; Amendments to Part 4 of the Commission s Rules Concerning Disruptions to Communications; New Part 4 of the Commission s Rules Concerning Disruptions to Communications Third Notice of Proposed Rulemaking",
 "Federal Communications Commission, fact sheet",
 "One of the ways the Commission oversees the integrity of 911 communications infrastructure is by requiring service providers to report network outages to both the Commission and 911 call centers, known as Public Safety Answering Points (PSAPs). This NPRM is intended to enhance public safety by improving the framework for reporting network disruptions that affect 911 service. Today, the FCC has different outage notification rules for carriers that serve PSAPs (covered 911 service providers) and the wireless, wireline, and VoIP carriers that individuals use to call 911 (originating service providers). This NPRM proposes to harmonize many of these rules. The proposals would ensure that PSAPs and the public receive timely and useful notification of these disruptions, which would help PSAPs to maintain emergency services to the public and inform the public when they should seek alternatives to calling 911.\n\n"
 "Harmonize the timeframe, means, and frequency of notification from originating and covered 911 service providers to PSAPs about network disruptions. This includes requiring originating service providers to notify, via telephone and in writing through electronic means, potentially affected 911 facilities of an outage no later than 30 minutes of discovering the outage. Also, as additional information becomes available, service providers would be required to communicate such information no later than two hours after the initial notification.",
 "telecoms/911", "regulatory",
 "The FCC's fact sheet of 1 April 2021 on a draft rulemaking (docs.fcc.gov text version); the header ('April 1, 2021 FCC FACT SHEET1', kept as `published`), the heading (kept as title, as the text file prints it, 'Commission s' with its apostrophe lost) and the docket line ('- PS Docket Nos. 13-75 and 15-80; ET Docket No. 04-35'), the labels 'Background:' and 'What the NPRM Proposes:' and the bullet mark (printed as a quotation mark) left out; the first bullet kept as its own paragraph, no full stop added. Cut after the first bullet, before the point where the excerpt stops in the second ('...such as name of the service provider(s) offering the notification and/or experi...'). Near-miss: outage-notification rules for 911 told in general; no outage event, operator or day.",
 AGENCY))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
