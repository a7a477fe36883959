#!/usr/bin/env python3
"""Batch 19b: US federal texts told news-style from agencies the corpus had few or none of — the OCC's conditional
approval of Capital One's acquisition of Discover Bank (2025) and its final rule on bank mergers (2024, near-miss),
NASA contract releases naming prime contractors, subsidiaries and subcontractors (United Space Alliance 2011,
Lockheed Martin 2011, Lockheed Martin Space Operations 2003), a Defense Department contract announcement for Lockheed
Martin's aeronautics company (2017), an FDIC failed-bank release (Westsound Bank and Kitsap Bank, 2009), the IRS's
Tax Day system outage (17 April 2018), the SEC's notice to EDGAR filers during Hurricane Ike's power outages in Texas
(2008), the President's order prohibiting Broadcom's takeover of Qualcomm (2018) — and near-misses (the Antitrust
Division's merger-process changes for COVID-19, 2020; the Treasury's planned pause of check and ACH reclamation
processing for a systems upgrade, 2023; the OCC's bank-merger rule).
All texts are US federal government works (public domain, 17 U.S.C. 105): a statement of the agency, a release
distributed by the agency, or a presidential order; four are on the agencies' own sites (nasa.gov, justice.gov,
sec.gov, and a Federal Register copy), the others copies on third-party hosts whose kept paragraphs are the agency's
text only (the hosts' own lines left out). Every text is the search tool's page-store excerpt (corpus `pages`),
embedded here; where an excerpt was cut it ends at the last full sentence kept (`truncated`). Edits per item in
`notes`; no word added or changed.
usage: batch19b.py [POOL_DIR] [--dry]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18e import rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
AGENCY = "US federal agency website (page store)"
COPY = "US federal agency text, copy on a third-party site (page store)"
R = []
# ---- OCC: Capital One and Discover Bank (April 2025) ---------------------------------------------------------------
R.append(rec("us-occ-conditional-approval-capital-one-discover-bank-2025",
 "https://mondovisione.com/media-and-resources/news/us-office-of-the-comptroller-of-the-currency-announces-conditional-approval-of-c-2025418/",
 "2025-04-18", "Office Of The Comptroller Of The Currency Announces Conditional Approval Of Capital One, National Association To Acquire Discover Bank",
 "Office of the Comptroller of the Currency, news release",
 "The Office of the Comptroller of the Currency (OCC) announced today that it has conditionally approved the merger of Discover Bank, Greenwood, Delaware, into Capital One, National Association, McLean, Virginia.\n\n"
 "The OCC conducted a fulsome review of the application submitted March 21, 2024, to ensure all statutory and regulatory requirements have been met. The approval also follows consideration of numerous public comments submitted in writing and expressed during a public meeting held with the Board of Governors of the Federal Reserve System conducted on July 19, 2024. Today’s announcement reflects the OCC’s careful analysis of the effect of the merger on communities, the banking industry, and the U.S. financial system.\n\n"
 "The OCC’s approval of Capital One’s application is conditioned upon the approved plans detailing effective and sustainable corrective actions and timelines to address the root causes of any outstanding enforcement actions against Discover Bank and remediation of harm.\n\n"
 "“The OCC is committed to a regulatory framework that expands access to financial services for consumers, businesses and communities,” said Acting Comptroller of the Currency Rodney E. Hood.\n\n"
 "Upon consummation of this transaction, Capital One, National Association is expected to have $660 billion in total assets.",
 "finance/banking", "deal,regulatory",
 "The OCC's news release of 18 April 2025 as mondovisione.com reproduces it (the date is in the page's address; the host adds no text to the kept paragraphs). The excerpt holds no heading: the title is the page's own, spelled out from the address's cut slug and completed from a trade copy's address (crowdfundinsider.com, '...occ-announces-conditional-approval-of-capital-one-national-association-to-acquire-discover-bank'), capitalised as the host prints titles. The excerpt ends with the release's last paragraph; whether contact lines followed is not known (`truncated` set). One text per event: the Federal Reserve Board's approval of the same day (also on mondovisione.com) and news and law-firm copies left out. Capital One and Discover are new to the corpus.",
 COPY))
# ---- NASA contract releases -----------------------------------------------------------------------------------------
R.append(rec("us-nasa-six-one-month-options-united-space-alliance-2011",
 "https://www.nasa.gov/home/hqnews/2011/mar/HQ-C11-016_SPOC_Announcement.html",
 "2011-03-31", "NASA Negotiates Six One-Month Options With United Space Alliance", "NASA, contract release C11-016",
 "HOUSTON -- NASA has incorporated six, one-month content adjustments that provide options for continuation of services to support fly-out of the space shuttle manifest beyond Thursday, March 31. If all options are exercised, this extension to the Space Program Operations Contract with United Space Alliance (USA) of Houston is valued at $436,480,084. NASA plans to exercise four, one-month options to support the current shuttle manifest.\n\n"
 "The contract covers work and support for mission design and planning; software development and integration; astronaut and flight controller training; system integration; flight operations; vehicle processing, launch and recovery; vehicle sustaining engineering; flight crew equipment processing; and space shuttle and International Space Station-related support to the Constellation Program. The contract is a cost reimbursement contract, with provisions for award and performance fees.\n\n"
 "Work in support of this contract is performed at USA's facilities in Houston; Huntsville, Ala.; NASA's Kennedy Space Center, Fla.; major subcontractor facilities in Huntington Beach, Calif.; Houston; and Cape Canaveral, Fla. Significant subcontractors include Barrios Technology of Houston; Bastion Technologies Inc. of Houston; Lockheed Martin Commercial Space Systems of Newtown, Pa.; Pratt & Whitney Rocketdyne of Canoga Park, Calif.; and The Boeing Company of Houston.",
 "aerospace", "contract",
 "NASA's contract release C11-016 of 31 March 2011 on nasa.gov; the media-contact lines ('Michael Curie / Headquarters, Washington', 'Kyle Herring / Johnson Space Center, Houston'), the date line (kept as `published`), 'RELEASE : C11-016', the heading (kept as title), the closing lines ('For more information about NASA and agency programs, visit:', '- end -', 'text-only version of this release') and the mailing-list note left out. Whole release kept (`truncated` false). United Space Alliance is new to the corpus.",
 AGENCY, truncated=False))
R.append(rec("us-nasa-lockheed-martin-mission-operations-fdoc-extension-2011",
 "https://prnewswire.com/news-releases/nasa-extends-mission-operations-support-contract-135466583.html",
 "2011-12-12", "NASA Extends Mission Operations Support Contract", "NASA, contract release",
 "NASA has awarded a $165 million contract extension to Lockheed Martin Corp. of Gaithersburg, Md., to provide continued mission control systems services, development, maintenance and operations support as part of the Facilities Development and Operations Contract, or FDOC.\n\n"
 "Under the contract, Lockheed Martin provides support for the hardware, software, data and displays systems used to train for and execute all human spaceflight missions supported by the Mission Operations Directorate at NASA's Johnson Space Center in Houston. The contract provides systems services support within the Christopher C. Kraft Jr. Mission Control Center and the Jake Garn Mission Simulator and Training Facility at Johnson, and at backup control centers.\n\n"
 "The majority of the work will take place at or near Johnson. Significant subcontractors include Cimarron Software Services Inc. and United Space Alliance, both of Houston.\n\n"
 "This extension exercises the first of two potential options for the contract. The $755 million contract base period is from Jan. 1, 2009, through Sept. 30, 2012. This option will extend the contract through Sept. 30, 2013, and increase the total contract value to $919.5 million.",
 "aerospace", "contract",
 "NASA's contract release of 12 December 2011 as distributed on PR Newswire's US Newswire ('SOURCE NASA'); the dateline 'HOUSTON, Dec. 12, 2011 /PRNewswire-USNewswire/ --' (date kept as `published`), the logo line, NASA's closing line ('For more information about NASA and its programs, visit:') and the wire's own lines ('SOURCE NASA', 'WANT YOUR COMPANY'S NEWS FEATURED ON PRNEWSWIRE.COM?' and its menu) left out. Whole release kept (`truncated` false).",
 COPY, truncated=False))
R.append(rec("us-nasa-iss-cargo-mission-contract-lockheed-martin-space-operations-2003",
 "https://spaceflightnow.com/news/n0311/05isscargo/",
 "2003-11-05", "NASA awards space station cargo mission contract", "NASA, news release",
 "NASA has awarded a contract with a potential value of $165.8 million for support of International Space Station (ISS) Cargo Mission services to Lockheed Martin Space Operations of Houston.\n\n"
 "The ISS Cargo Mission contract is among the contracts being awarded as part of a restructuring of ISS contracts seeking to consolidate work, increase efficiency, increase accountability, and transition the program's contract strategy from development and construction of hardware to orbital operations.\n\n"
 "Work under the contract will provide services related to the planning, preparation and conduct of cargo missions to the International Space Station. The contract activities will include: cargo mission planning, cargo coordination, stowage integration, analytical integration, physical processing, decals, placards, graphics, on-orbit operations, sustaining engineering, management, and the integration of commercial cargo carriers and services.\n\n"
 "Options under the contract are available to provide stowage integration services to the Space Shuttle Program, NASA prepacked-cargo processing for the Japanese H-II Transfer Vehicle and NASA prepacked-cargo processing for the European Automated Transfer Vehicle, which are planned to provide future logistics support to the ISS.\n\n"
 "The basic period of the cost-plus-award-fee contract is four years and nine months, with an estimated value of $108.5 million. Two one-year extension options to the basic period are available and would bring the total contract value to $165.8 million.\n\n"
 "Work on the contract will be performed at NASA's Johnson Space Center in Houston, NASA's Kennedy Space Center in Florida and its immediate surrounding areas, and other locations inside and outside the United States. Major subcontractors include United Space Alliance of Houston, Teledyne Brown Engineering of Huntsville, Ala., and Bastion Technologies of Houston.",
 "aerospace", "contract",
 "NASA's news release of 5 November 2003 as Spaceflight Now reproduces it under the label 'NASA NEWS RELEASE' (the host's label and its 'Posted: November 5, 2003' line, kept as `published`, left out; the release's text only is kept). Cut before 'More information on', where the excerpt stops.",
 COPY))
# ---- Defense Department contract announcement ---------------------------------------------------------------------
R.append(rec("us-dod-contract-lockheed-martin-aeronautics-f35-modification-2017",
 "http://www.defense-aerospace.com/cgi-bin/client/modele.pl?shop=dae&modele=release&prod=184001&cat=3",
 None, "Pentagon Contract Announcement", "US Department of Defense, contract announcement",
 "Lockheed Martin Corp., Lockheed Martin Aeronautics Co., Fort Worth, Texas, is being awarded $19,846,828 for cost-plus-fixed-fee modification to delivery order N0001917F0108, issued previously against basic ordering agreement N00019-14-G-0020.\n\n"
 "This modification procures work on the aircraft memory system and panoramic cockpit display in order to alleviate diminishing manufacturing sources constraints projected under F-35 production Lot 15 for the Air Force ($7,938,730; 40 percent); Navy ($3,969,366; 20 percent); Marine Corps ($3,969,366; 20 percent); and international partners ($3,969,366; 20 percent).\n\n"
 "Work will be performed in Fort Worth, Texas, and is expected to be completed in March 2019. Fiscal 2016 research, development, test and evaluation (Air Force, Navy, Marine Corps); and international partners funds in the amount of $2,661,064 are being obligated on this award, $2,128,000 of which will expire at the end of the current fiscal year.\n\n"
 "The Naval Air Systems Command, Patuxent River, Maryland, is the contracting activity.",
 "aerospace/defence", "contract",
 "One award of the Defense Department's daily contract announcements as defense-aerospace.com reproduces it under '(Source: US Department of Defense; issued May 226, 2017)'; the host's heading (kept as title), that source line and the host's own 'EDITOR'S NOTE' paragraph left out. The source line's day is garbled ('May 226, 2017'): `published` null (every date kept in the text is absolute). The award is whole; whether other awards of the day followed on the page is not known (`truncated` set).",
 COPY))
# ---- FDIC: a failed bank's deposits assumed (May 2009) --------------------------------------------------------------
R.append(rec("us-fdic-kitsap-bank-assumes-deposits-westsound-bank-2009",
 "https://www.elitetrader.com/et/threads/fdic-friday-2009.151146/page-3",
 "2009-05-08", "Kitsap Bank, Port Orchard, Washington, Assumes All of the Deposits of Westsound Bank, Bremerton, Washington",
 "Federal Deposit Insurance Corporation, press release",
 "Westsound Bank, Bremerton, Washington, was closed today by the Washington Department of Financial Institutions, which appointed the Federal Deposit Insurance Corporation (FDIC) as receiver. To protect the depositors, the FDIC entered into a purchase and assumption agreement with Kitsap Bank, Port Orchard, Washington, to assume all of the deposits, except those from brokers, of Westsound Bank.\n\n"
 "Westsound Bank's nine offices will reopen on Monday as branches of Kitsap Bank. Depositors of the failed bank will automatically become depositors of Kitsap Bank. Deposits will continue to be insured by the FDIC, so there is no need for customers to change their banking relationship to retain their deposit insurance coverage.\n\n"
 "Over the weekend, customers of Westsound Bank can access their deposits by writing checks or using ATM or debit cards. Checks drawn on the bank will continue to be processed. Loan customers should continue to make their payments as usual.\n\n"
 "As of March 31, 2009, Westsound Bank had total assets of $334.6 million and total deposits of $304.5 million. Kitsap will not assume the approximately $9.4 million in brokered deposits. The FDIC will pay the brokers directly. Customers who placed money with brokers should contact them directly for more information about the status of their deposits.\n\n"
 "Customers who would like more information on today's transaction should visit the FDIC's Web site at http://www.fdic.gov/bank/individual/failed/westsound.html.",
 "finance/banking", "deal,regulatory",
 "The FDIC's press release of 8 May 2009 as a forum post on elitetrader.com quotes it in full (the poster's line 'just one lonely one...#32' and the forum's chrome left out); the release's heading (kept as title), 'FOR IMMEDIATE RELEASE', the date line (kept as `published`) and the media-contact lines left out. Cut before the paragraph on the assets purchased, where the excerpt stops mid-word ('...$49.3 million of assets comp'). Batch 10 took an FDIC release of February 2009 from the same thread (another bank); Westsound Bank and Kitsap Bank are new to the corpus.",
 COPY))
# ---- IRS: Tax Day system outage (17 April 2018) ----------------------------------------------------------------------
R.append(rec("us-irs-additional-day-file-pay-after-system-issues-2018",
 "https://marketingmuses.com/thanks-to-todays-outage-the-goobers-at-the-irs-are-giving-people-another-day-to-file-their-taxes",
 "2018-04-17", "IRS provides an extra day for taxpayers to file, pay their taxes following system issues", "Internal Revenue Service, statement",
 "The Internal Revenue Service announced today that it is providing taxpayers an additional day to file and pay their taxes following system issues that surfaced early on the April 17 tax deadline. Individuals and businesses with a filing or payment due date of April 17 will now have until midnight on Wednesday, April 18. Taxpayers do not need to do anything to receive this extra time.\n\n"
 "The IRS encountered system issues Tuesday morning. Throughout the system outage, taxpayers were still able to file their tax returns electronically through their software providers and Free File. Taxpayers using paper to file and pay their taxes at the deadline were not affected by the system issue.\n\n"
 "“This is the busiest tax day of the year, and the IRS apologizes for the inconvenience this system issue caused for taxpayers,” said Acting IRS Commissioner David Kautter. “The IRS appreciates everyone’s patience during this period. The extra time will help taxpayers affected by this situation.”\n\n"
 "The IRS advised taxpayers to continue to file their taxes as normal Tuesday evening – whether electronically or on paper. Automatic six-month extensions are available to taxpayers who need additional time to file can visit https://www.irs.gov/forms-pubs/extension-of-time-to-file-your-tax-return",
 "government/tax", "outage",
 "The IRS statement of 17 April 2018 as a blog post on marketingmuses.com quotes it whole after 'Here’s the IRS statement:' (the blog's own paragraphs before it, which repeat the commissioner's quotation, left out; only the quoted statement kept, its last sentence as printed, no full stop added). The statement has no heading in the copy: the title is the IRS's tweet of the same evening as a news copy (wftv.com) quotes it, its leading 'Urgent:' and closing sentence ('File by midnight, April 18.') left out; `published` is the day the statement gives ('today' on 'the April 17 tax deadline', 'Tuesday'). Whole statement kept (`truncated` false). One text per event: news copies (nextgov, washingtonpost, politico, abc30 and others) left out. The IRS outage of 17 April 2018 is new to the corpus.",
 COPY, truncated=False))
# ---- SEC: EDGAR filers and Hurricane Ike's power outages (September 2008) -------------------------------------------
R.append(rec("us-sec-notice-edgar-filers-hurricane-ike-houston-power-outage-2008",
 "http://www.sec.gov/info/edgar/ednews/ikefiling.htm",
 None, "Notice for EDGAR Filers re: Hurricane Ike and Houston Power Outage Filing Problems", "US Securities and Exchange Commission, notice",
 "We recognize that the ongoing power outages in certain areas of Texas are creating problems for filers who are required to submit their filings to us. As power is restored, companies should file or submit their filings on EDGAR as promptly as possible.\n\n"
 "The electronic filing rules provide that the staff may adjust the filing date for an electronic filing if the filing was delayed for technical difficulties beyond the filer's control. While we do not automatically grant filing date adjustments, we will give priority consideration to filing date adjustment requests by filers in the area affected by Hurricane Ike.\n\n"
 "To submit a filing date adjustment request, a company or its counsel should follow the procedures on the SEC web site at http://www.sec.gov/info/edgar/cfedgarguidance.htm. Investment companies and institutional investment managers should follow the procedures on the SEC web site at http://www.sec.gov/info/edgar/ednews/imedgarpac.htm.\n\n"
 "We will attempt to respond to requests by telephone within two business days.",
 "finance/securities markets", "outage,regulatory",
 "The SEC's notice to EDGAR filers on sec.gov; the page chrome ('U.S. Securities & Exchange Commission Seal', 'Home | Previous Page'), the heading (kept as title), the repeated address line and 'Modified: 09/24/2008' left out. The page gives no issue date, only its last modification (24 September 2008): `published` null (no date in the text needs one). Whole notice kept (`truncated` false). Hurricane Ike's power outages are new to the corpus.",
 AGENCY, truncated=False))
# ---- The President's order on Broadcom and Qualcomm (March 2018) ----------------------------------------------------
R.append(rec("us-presidential-order-prohibits-broadcom-takeover-qualcomm-2018",
 "https://regulations.justia.com/regulations/fedreg/2018/03/15/2018-05479.html",
 "2018-03-12", "Regarding the Proposed Takeover of Qualcomm Incorporated by Broadcom Limited", "Presidential order (Federal Register, 83 FR 11631)",
 "By the authority vested in me as President by the Constitution and the laws of the United States of America, including section 721 of the Defense Production Act of 1950, as amended (section 721), 50 U.S.C. 4565, it is hereby ordered as follows:\n\n"
 "Section 1. Findings. (a) There is credible evidence that leads me to believe that Broadcom Limited, a limited company organized under the laws of Singapore (Broadcom), along with its partners, subsidiaries, or affiliates, including Broadcom Corporation, a California corporation, and Broadcom Cayman L.P., a Cayman Islands limited partnership, and their partners, subsidiaries, or affiliates (together, the Purchaser), through exercising control of Qualcomm Incorporated (Qualcomm), a Delaware corporation, might take action that threatens to impair the national security of the United States; and (b) Provisions of law, other than section 721 and the International Emergency Economic Powers Act (50 U.S.C. 1701 et seq.), do not, in my judgment, provide adequate and appropriate authority for me to protect the national security in this matter.\n\n"
 "Sec. 2. Actions Ordered and Authorized. On the basis of the findings set forth in section 1 of this order, considering the factors described in subsection 721(f) of the Defense Production Act of 1950, as appropriate, and pursuant to my authority under applicable law, including section 721, I hereby order that: (a) The proposed takeover of Qualcomm by the Purchaser is prohibited, and any substantially equivalent merger, acquisition, or takeover, whether effected directly or indirectly, is also prohibited.",
 "technology/semiconductors", "deal,regulatory",
 "The presidential order of 12 March 2018 as published in the Federal Register of 15 March 2018 (83 FR 11631, FR Doc. 2018-05479), text as regulations.justia.com holds it (a single block); the page's heading line, 'Download as PDF', the Register's running header ('Federal Register / Vol. 83, No. 51 / Thursday, March 15, 2018 / Presidential Documents 11631 Presidential Documents') and 'Order of March 12, 2018' (kept as `published`) and the title line (kept as title) left out; the block split into paragraphs at the order's own section breaks (whitespace only). Cut after Sec. 2(a), before (b), where the excerpt stops mid-word. A blocked takeover (near-miss for `acquired`) that names the bidder's subsidiaries. Broadcom is new to the corpus.",
 COPY))
# ---- near-misses ------------------------------------------------------------------------------------------------------
R.append(rec("us-occ-final-rule-policy-statement-bank-merger-act-2024",
 "https://marketswired.com/us-treasury/office-of-the-comptroller-of-the-currency/occ-approves-final-rule-and-policy-statement-on-bankmergers",
 "2024-09-17", "OCC Approves Final Rule and Policy Statement on Bank Mergers", "Office of the Comptroller of the Currency, news release",
 "WASHINGTON—The Office of the Comptroller of the Currency (OCC) today approved a final rule updating its regulations for business combinations involving national banks and federal savings associations and a policy statement clarifying its review of applications under the Bank Merger Act (BMA).\n\n"
 "The final rulemaking is part of the OCC’s effort to enhance transparency around its process of reviewing transactions under the BMA. It also provides additional guidance to stakeholders around the OCC’s review of applications. The policy statement specifically discusses:\n\n"
 "general principles for the OCC’s review of applications under the BMA, including:\n\n"
 "indicators for applications that are more likely to withstand scrutiny and be approved expeditiously; and\n\n"
 "indicators for applications that raise supervisory or regulatory concerns which most likely need to be resolved prior to OCC approval;\n\n"
 "the OCC’s consideration of the financial stability; managerial and financial resources and future prospects; and convenience and needs statutory factors under the BMA; and\n\n"
 "the OCC’s decision process for extending the public comment period or holding a public meeting.\n\n"
 "“The diversity of the banking system is critical to the nation’s communities, consumers and economy,” said Acting Comptroller Michael J. Hsu. “This final rule and policy statement provide clarity and transparency around the OCC’s consideration of bank mergers to improve outcomes to benefit communities, enhance competition, and support a diverse banking system.”",
 "finance/banking", "regulatory",
 "The OCC's news release as marketswired.com reproduces it (heading kept as title; the host's 'Related Link' line left out; the list's bullet marks left out, each item kept as its own paragraph, no word changed). The copy carries no date: `published` is the day of the final rule as the OCC's own bulletin on occ.treas.gov gives it ('OCC Bulletin 2024-28 | September 17, 2024 / Business Combinations Under the Bank Merger Act: Final Rule', held by the page store), on which the release's 'today' is read. Whole release kept (`truncated` false). Near-miss: bank-merger review rules told in general; no deal named.",
 COPY, truncated=False))
R.append(rec("us-doj-antitrust-division-civil-process-changes-covid-19-2020",
 "https://www.justice.gov/opa/pr/justice-department-announces-antitrust-civil-process-changes-pendency-covid-19-event",
 None, "Justice Department Announces Antitrust Civil Process Changes for Pendency of COVID-19 Event", "US Department of Justice, Office of Public Affairs, press release",
 "The Department of Justice Antitrust Division announced today that it has adopted a series of temporary changes to its civil merger investigation processes, which will remain in place during the pendency of the coronavirus (COVID-19) event. These changes will ensure that the Antitrust Division will be able to continue operations as its employees carry out their duties to protect American consumers under a mass telework directive, in accordance with health guidance from the CDC, WHO, and other health authorities.\n\n"
 "“As the Antitrust Division takes steps to protect the health and safety of its work force and the parties that appear before it, these process changes will ensure that the Division can continue to review transactions efficiently and effectively,” said Assistant Attorney General Makan Delrahim of the Department of Justice’s Antitrust Division. “The Division remains open for business, and we will continue to carry out our mission to protect competition and the American consumer. We are in this together and intend to work cooperatively with the business community on pending mergers, consistent with our responsibilities under the antitrust laws and to protect the health and safety our employees and the public.”",
 "government/competition", "regulatory",
 "The Justice Department's press release on justice.gov; the page chrome ('Related Content', 'Speech', 'Columbus', 'Press Release') and the archive notice left out; the heading is the page's (title from the page address and a copy on air.valleyadmins.com, which prints it). The excerpt has no date line: `published` null ('today' not resolved). Cut before 'The civil process changes include the following:', whose list the excerpt does not hold, and the contact line after it (`truncated`). Near-miss: merger reviews told in general; no deal named.",
 AGENCY))
R.append(rec("us-treasury-fiscal-service-notice-check-ach-reclamation-pause-2023",
 "https://www.frbservices.org/news/communications/103023-notice-fi-processing-automated-clearing-house",
 "2023-10-30", "Notice to Financial Institutions Processing Federal Government Automated Clearing House and U.S. Treasury Check Payments",
 "Department of the Treasury, Bureau of the Fiscal Service, notice",
 "Due to plans to implement some technology upgrades to Treasury’s post payment processing systems, U.S. Treasury Check and Automated Clearing House (ACH) reclamation notices and debits and non-receipt forms will be paused beginning December 1, 2023. This pause is expected to last until December 7, 2023 (approximately five business days).\n\n"
 "U.S. Treasury checks will continue to be disbursed during this period. Financial institutions should continue to process using their normal procedures.\n\n"
 "U.S. Treasury check returns and adjustments will be impacted, and some delays may occur during this pause. Image Cash Letter (ICL) presented to Treasury will be processed in date order. Adjustments and returns will resume once Treasury’s post payment processing systems are upgraded.\n\n"
 "Check reclamation notices generated and delivered during this time via the U.S. mail or FedLine® will be paused. The Bureau of the Fiscal Service (Fiscal Service) will continue the processing of all check reclamation debits on the 31st day and debits voluntarily requested by the Receiving Depository Financial Institutions (RDFI).\n\n"
 "TCVS will remain operational.\n\n"
 "ACH reclamation notices generated and delivered during this period via the U.S. mail or FedLine will be paused. Fiscal Service will continue the process of debiting a RDFI Federal Reserve Bank master account when a RDFI does not respond to an ACH reclamation notice within 60 days either through Pay.gov or cashier’s check by U.S. mail.",
 "finance/payments", "regulatory",
 "The Bureau of the Fiscal Service's notice of 30 October 2023 as the Federal Reserve Banks' frbservices.org posts it; the letterhead ('Department of the Treasury - Bureau of the Fiscal Service - Washington, DC 20227'), the heading (kept as title), the date line (kept as `published`) and the section labels ('U.S. Treasury Checks Disbursement:', 'US Treasury Check Adjustments and Returns:', 'U.S. Treasury Check Reclamations:', 'Treasury Check Verification System (TCVS):', 'ACH Reclamations:') left out. Cut before the 'ACH Non-Receipts:' section, where the excerpt stops. Near-miss: a planned pause of reclamation processing for a systems upgrade, with the services that stay up; no failure told.",
 COPY))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
