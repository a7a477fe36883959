#!/usr/bin/env python3
"""Batch 18e: US federal agency releases and statements told as news, with the emphasis on outages and on company
relations — the Southwest blackout of 8 September 2011 (a FERC-NERC news release), the Florida blackout of 26
February 2008 (a FERC news release), the outages in Texas and the Southwest of February 2011 (a FERC commissioner's
statement), Verizon's blocked 911 calls in two Maryland counties in the snowstorm of 26 January 2011 (an FCC bureau's
news release), wireless cell sites out of operation after Tropical Storm Harvey (the FCC chairman's update of 28
August 2017, as benton.org quotes it), wireless service to be restored after Hurricane Ida (the FCC acting
chairwoman's letter of 14 September 2021); bank acquisitions and subsidiary banks approved by the Federal Reserve
(Chemical Financial and TCF, 2019; a week of delegated actions, December 2025) — and two near-misses (the Fedwire
Funds Service's longer operating hours, 2003; the SEC chair's statement on adopting Regulation SCI, 2014: systems
incidents told in general, no outage).
All texts are US federal government works (public domain); four are the agencies' own pages (ferc.gov,
docs.fcc.gov, federalreserve.gov), the others copies on third-party hosts that add no text to the kept paragraphs
(benton.org, webarchive.library.unt.edu, whenthefedspeaks.com, dart.deloitte.com). Every text is the search tool's
page-store excerpt (corpus `pages`), embedded here; where an excerpt was cut it ends at the last full sentence kept
(`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch18e.py [POOL_DIR] [--dry]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
LIC = "public domain (US federal government work)"


def rec(id, url, published, title, kind, text, sector, topics, notes, origin, truncated=True, copy=None):
    """One pool record; `kind` names the author and the kind of item; `copy` names a third-party host."""
    on = f", {published}" if published else ""
    where = f"text as reproduced at {url} ({copy})" if copy else f"text as at {url}"
    att = f"{kind}, '{title}'{on}, US federal government work (public domain); {where}"
    return {"id": id, "source": url, "licence": LIC, "attribution": att, "published": published,
            "title": title, "text": text, "sector": sector, "region": "US", "topics": topics.split(","),
            "origin": origin, "notes": notes, "truncated": truncated}


AGENCY = "US federal agency website (page store)"
COPY = "US federal agency text, copy on a third-party site (page store)"
R = []
# ---- FERC: the Southwest blackout of 8 September 2011 ------------------------------------------------------------
R.append(rec("us-ferc-nerc-joint-inquiry-southwest-power-outage-2011",
 "https://www.ferc.gov/media/news-releases/2011/2011-3/09-09-11.asp",
 "2011-09-09", "NERC, FERC Announce Joint Inquiry into Outage", "Federal Energy Regulatory Commission, news release",
 "The Federal Energy Regulatory Commission (FERC) and the North American Electric Reliability Corporation (NERC) today announced a joint inquiry into the September 8 power outage that left more than 1 million customers in Southern California, parts of Arizona and Northern Baja Mexico without electricity. As of 2:15 a.m. PDT today, all but 200 MW of the initial 4,300 MW lost had been restored.\n\n"
 "FERC and NERC will coordinate with the Department of Energy and other federal agencies, the California ISO, the Western Electricity Coordinating Council, California and Arizona state regulators and the companies involved to monitor the situation. The inquiry will focus on causes of the outages.\n\n"
 "“NERC and FERC are partnering to conduct a full inquiry into the cause of this event,” said Gerry Cauley, president and chief executive officer of NERC. “Partnering brings together the expertise of both organizations, and emphasizes the importance placed on reliability of the bulk power system.”\n\n"
 "“This inquiry is an effective way for us to protect consumers and ensure the reliability of the bulk power system,” FERC Chairman Jon Wellinghoff said.\n\n"
 "The initial focus remains on ensuring a timely and safe restoration of power to customers. Updates will continue as more information is confirmed.\n\n"
 "FERC is charged with oversight of reliability of the nation’s bulk power system. FERC has designated NERC as the organization that develops and enforces mandatory reliability standards.",
 "energy/electricity", "outage,regulatory",
 "FERC's news release of 9 September 2011 on ferc.gov; the page chrome ('Skip Navigation', 'Federal Energy Regulatory Commission', 'Text Size small medium large'), the date line 'News Release: September 9, 2011' (kept as `published`) and the heading (kept as title) left out. The excerpt ends with the release's closing paragraph; whether contact lines followed is not known (`truncated` set). One text per event: FERC's later settlement releases on the same blackout (APS, 7 July 2014; Western-DSW, 24 November 2014; WECC, 26 May 2015) and a news copy (insurancejournal.com) were left out. The Southwest blackout of 8 September 2011 is new to the corpus.",
 AGENCY))
# ---- FERC: the Florida blackout of 26 February 2008 --------------------------------------------------------------
R.append(rec("us-ferc-joins-investigation-florida-blackout-2008",
 "https://webarchive.library.unt.edu/eot2008/20090114221510/http://www.ferc.gov/news/news-releases/2008/2008-1/03-19-08.asp",
 "2008-03-19", "FERC joins investigation into Florida blackout", "Federal Energy Regulatory Commission, news release",
 "The Federal Energy Regulatory Commission (FERC) today joined the North America Electric Reliability Corporation's (NERC) and the Florida Reliability Coordinating Council's (FRCC) investigation into the Feb. 26, 2008, Florida blackout by initiating a non-public, formal investigation into whether any mandatory federal reliability standards were violated during the event.\n\n"
 "FERC has been gathering information related to the blackout since the day of the incident. With today's vote, the Commission has authorized its Office of Enforcement and Office of Electric Reliability to conduct what is known as a non-public, formal investigation, with subpoena authority, regarding any reliability standards violations that may have occurred in connection with the Florida blackout.\n\n"
 "Non-public investigations are conducted under authority of the Federal Power Act and may involve interviews, site visits, data requests and depositions. Formal investigations involve subpoena authority. This investigation will be conducted in full coordination with the existing investigation being conducted by NERC and FRCC. FERC staffers are authorized to share information and materials gathered in the investigation fully with those organizations.\n\n"
 "Although FERC is announcing the existence of its formal, non-public investigation, the investigation will not be conducted in public. Any information or documents obtained during the joint investigation will be non-public until FERC decides to make them public.\n\n"
 "\"The Florida blackout was a significant event that affected millions of Florida residents. One localized event affected multiple transmission lines and generators,\" FERC Chairman Joseph T. Kelliher said.",
 "energy/electricity", "outage,regulatory",
 "FERC's news release of 19 March 2008 as the University of North Texas's End of Term 2008 web archive holds ferc.gov (the archive adds no text); the page chrome ('skip navigation', 'Text Size small medium large', the breadcrumb 'News Arrow News Releases Arrow Archives Arrow January–March 2008', 'Print this page'), the date line (kept as `published`), the docket line 'Docket No: IN08-5' and the heading (kept as title) left out; the release's own wording kept ('North America Electric Reliability Corporation's'). Cut at the last full sentence before the point where the excerpt stops (the chairman's next quotation, '\"FERC oversees the development and implementation of mandatory standa...'). The operator whose system failed is not named in the kept text. The Florida blackout of 26 February 2008 is new to the corpus.",
 "US federal agency website, archived copy (page store)"))
# ---- FERC: a commissioner's statement on the February 2011 outages ----------------------------------------------
R.append(rec("us-ferc-norris-statement-outages-texas-southwest-2011",
 "https://www.ferc.gov/media/statements-speeches/norris/2011/02-17-11-norris-noi.asp",
 "2011-02-17", "Statement of Commissioner John R. Norris on recent inquiry into outages in Texas and the Southwest",
 "Federal Energy Regulatory Commission, Commissioner John R. Norris, statement",
 "\"I appreciate the Chairman highlighting this issue today. I believe that the Notice of Inquiry we issued earlier this week focuses on the most important next steps regarding this matter.\n\n"
 "I was in Houston during the time of the outages there and had a small glimpse at the enormous disruption that occurred. When outages like this occur, human health and safety is put at risk and there are significant financial costs to businesses and individuals. Before I left town that day, some were already making accusations about the cause of these outages. While emotions may run high in these situations, jumping to conclusions before all the facts are known is not helpful.\n\n"
 "For these reasons, I am glad we are focusing our initial efforts on gathering the facts and identifying the true causes of these disruptions. This is an essential first step because you cannot solve a problem until you identify why you had the problem in the first place. If there were violations of reliability standards or other rules and regulations, then we should hold the violators accountable. But, we should not rush to judgment before the facts are known. To do so can cause unjustified harm to individuals and utility businesses who are not at fault.\n\n"
 "We can also use what we learn during our inquiry to help us both try to prevent similar events in the future, and better respond to such events if they do occur. This kind of analysis regarding significant reliability events benefits everyone. It helps utilities around the country to know how to prevent similar future reliability events or better address their impacts if they do occur, assisting them in avoiding widespread outages that impact customers and cause financial and safety concerns.",
 "energy/electricity", "outage,regulatory",
 "The commissioner's statement of 17 February 2011 on ferc.gov; the page chrome ('Skip Navigation', 'Federal Energy Regulatory Commission', 'Media Statements & Speeches', 'Text Size small medium large'), the date line (kept as `published`), the docket line 'Docket No. AD11-9-000' and the heading (kept as title) left out; the opening quotation mark kept as the page prints it (the statement's closing mark is past the cut). Cut at the last full sentence before the point where the excerpt stops ('Furth...'). The kept text names neither the operators nor the days of the outages (the heading names Texas and the Southwest). The outages of early February 2011 in Texas and the Southwest are new to the corpus (no text of the corpus names ERCOT).",
 AGENCY))
# ---- FCC: Verizon's blocked 911 calls in Maryland, 26 January 2011 -----------------------------------------------
R.append(rec("us-fcc-pshsb-verizon-blocked-911-calls-maryland-snowstorm-2011",
 "https://docs.fcc.gov/public/attachments/DOC-304751A1.txt",
 "2011-02-18", "FCC’S PUBLIC SAFETY AND HOMELAND SECURITY BUREAU REQUESTS VERIZON TO TAKE ACTION TO PREVENT FUTURE BLOCKING OF 911 CALLS",
 "Federal Communications Commission, news release",
 "Approximately 10,000 Emergency Calls Made by Residents in Montgomery and Prince George’s Counties (MD) on the Verizon Network Didn’t Connect to 911 Call Centers during the January 26th Snowstorm\n\n"
 "Washington, D.C. – Jamie Barnett, Rear Admiral (ret.) and Chief of the FCC’s Public Safety and Homeland Security Bureau, this week requested that Verizon provide the Commission with a full assessment of what caused the failure to connect approximately 10,000 wireless emergency calls to 911 call centers in Montgomery and Prince George’s Counties, Maryland, during the January 26, 2011 snowstorm, identify remedies to help prevent similar occurrences in the future, and implement solutions to quickly restore reliable network operations when there are problems. The Bureau’s preliminary findings show that on January 26th all 14 circuits in the Verizon network that properly route all wireless calls in Montgomery County failed and nine of 10 Verizon circuits in Prince George’s County failed over a five-hour period on the night in question. This resulted in approximately 8,300 blocked 911 calls in Montgomery County and 1,700 blocked 911 calls in Prince George’s County that evening.",
 "telecoms/911", "outage,regulatory",
 "The FCC's news release of 18 February 2011 (docs.fcc.gov text version); the letterhead lines ('NEWS Federal Communications Commission 445 12th Street, S.W. ...', the MCI v. FCC notice, the media-contact lines with the date, kept as `published`) and the upper-case heading (kept as title) left out; the sub-heading kept as the first paragraph; the text file's single block split into two paragraphs (whitespace only). Cut at the last full sentence before the bureau chief's quotation, which the excerpt cuts off ('Rear Admiral Barnett in a letter delivered to Verizon yesterday wrote, “… any 911 call which is not connected can have serious consequences, but the large number of missed 911 calls on January 26th is alarming. The...'). News and trade-press copies of the same event (commlawmonitor, fiercetelecom, urgentcomm, apcointl) left out. The 911 failure of 26 January 2011 in Maryland is new to the corpus.",
 AGENCY))
# ---- FCC: the chairman's update on Tropical Storm Harvey ---------------------------------------------------------
R.append(rec("us-fcc-pai-update-tropical-storm-harvey-cell-sites-2017",
 "https://benton.org/headlines/chairman-pai-provides-update-tropical-storm-harvey",
 "2017-08-28", "Chairman Pai Provides Update On Tropical Storm Harvey", "Federal Communications Commission, Chairman Ajit Pai, statement",
 "To date, the storm has most severely impacted communications networks near where Harvey made landfall. In Aransas, Calhoun, and Refugio Counties, for instance, most wireless cell sites are currently out of operation. We are also keeping close tabs on the effect that widespread flooding could have on communications networks in Harris County and surrounding areas in the hours and days to come.\n\n"
 "Today [Aug 28], I have talked with Federal Communications Commission public safety and enforcement staff, including field agents who have been traveling throughout the storm zone, to thank them for their efforts. I am also speaking with representatives from network operators in the affected areas to get first-hand assessments of the situation and make clear that the FCC stands ready to help however we can. The worst of tragedies brings out the best in people. In Harvey’s wake, first responders and everyday citizens have heroically stepped up to the plate to help their fellow Americans. Broadcasters and other news outlets have also played a critical role in conveying emergency information, and in some cases, even coordinating live, on-air rescues. Everyone who is pitching in deserves our gratitude and support. We’re all in this together.",
 "telecoms/wireless", "outage",
 "The FCC chairman's statement as benton.org's headline page quotes it (benton.org adds the bracketed date '[Aug 28]', kept as the page prints it, and a closing line repeating the heading with a link to a trade-press story, 'FCC's Pai: News Outlets Play Critical Role in Harvey Aid (B&C)', left out); the heading kept as title; `published` from the bracketed date. The excerpt appears to hold the whole quotation; whether the FCC's statement had more is not known (`truncated` set). As earlier batches used benton.org's quotations of FCC texts (batches 9 and 16i). Tropical Storm Harvey's communications outages of August 2017 are new to the corpus.",
 COPY, copy="benton.org"))
# ---- FCC: the acting chairwoman's letter on Hurricane Ida --------------------------------------------------------
R.append(rec("us-fcc-rosenworcel-letter-hurricane-ida-wireless-roaming-2021",
 "https://docs.fcc.gov/public/attachments/DOC-375906A2.txt",
 "2021-09-14", "Letter from Acting Chairwoman Rosenworcel to Congressman Garret Graves on Hurricane Ida",
 "Federal Communications Commission, Office of the Acting Chairwoman, letter",
 "Thank you for your letter expressing concern for those who are harmed by Hurricane Ida and asking the Federal Communications Commission to use its authority to help restore wireless service in the affected area. The agency shares your concern and is using all tools available to ensure that communications are restored as swiftly as possible. A critical part of this effort involves the Commission working directly with wireless carriers on their implementation of the Wireless Resiliency Cooperative Framework. Under this agreement, each of the nationwide wireless providers have committed to providing for reasonable roaming under disaster arrangements when technically feasible and otherwise fostering mutual aid during emergencies. No FCC approval is needed for carriers to implement this kind of disaster roaming, and we understand that each of the wireless companies have opened up roaming in the affected areas to the extent that their networks will allow, so that they, collectively, could serve the maximum population in the affected area with the current coverage available. The Commission continues to monitor the effectiveness of these actions.\n\n"
 "These efforts began even before Hurricane Ida made landfall in the United States. On Sunday, August 29, the Commission started communicating with nationwide wireless providers through our regular incident preparedness and response activities. Part of this communication entailed surveying wireless providers’ roaming abilities and encouraging the implementation of roaming agreements.",
 "telecoms/wireless", "outage",
 "The FCC acting chairwoman's reply of 14 September 2021 to a member of Congress (docs.fcc.gov text version; an agency letter, not a congressional one); the letterhead ('FEDERAL COMMUNICATIONS COMMISSION WASHINGTON OFFICE OF THE ACTING CHAIRWOMAN'), the date (kept as `published`), the address block ('The Honorable Garret Graves U.S. House of Representatives 2402 Rayburn House Office Building Washington, DC 20515') and the salutation ('Dear Congressman Graves:') left out; the title is descriptive (the letter has no heading); the text file's single block split into two paragraphs (whitespace only). Cut at the last full sentence before the point where the excerpt stops ('Because these arrangements vary by technology ... in a different area'). Hurricane Ida (August 2021) is new to the corpus.",
 AGENCY))
# ---- Federal Reserve: bank acquisitions ----------------------------------------------------------------------------
R.append(rec("us-federal-reserve-approval-chemical-financial-tcf-2019",
 "https://www.whenthefedspeaks.com/doc/press_release_20190716_federal_reserve_board_announces_approval_of",
 "2019-07-16", "Federal Reserve Board announces approval of application by Chemical Financial Corporation",
 "Board of Governors of the Federal Reserve System, press release",
 "The Federal Reserve Board on Tuesday announced its approval of the application under section 3 of the Bank Holding Company Act of 1956 by Chemical Financial Corporation, Detroit, Michigan, to acquire TCF Financial Corporation, Wayzata, Minnesota, and thereby indirectly acquire its subsidiary bank, TCF National Bank, Sioux Falls, South Dakota.\n\n"
 "Attached is the Board's order relating to this action.",
 "finance/banking", "deal,regulatory",
 "The Federal Reserve's press release of 16 July 2019 as whenthefedspeaks.com reproduces it (the host's lines 'press releases · July 15, 2019', 'Press Release', 'Share', 'Related Content', 'Board Votes' and its citation block left out; the heading kept as title, the date line as `published`); the release's own lines 'For release at 2:30 p.m. EDT', 'For media inquiries, call 202-452-2955.' and 'Attachment (PDF)' left out. The whole release (`truncated` false). Chemical Financial's acquisition of TCF is new to the corpus.",
 COPY, truncated=False, copy="whenthefedspeaks.com"))
R.append(rec("us-federal-reserve-h2-delegated-actions-bank-acquisitions-2025",
 "https://www.federalreserve.gov/releases/h2/20251227/delactions.htm",
 None, "Actions of the Board, Its Staff, and the Federal Reserve Banks; Applications and Reports Received",
 "Board of Governors of the Federal Reserve System, H.2 release",
 "Actions taken during the week ending December 27, 2025\n\n"
 "Bank Branches, Domestic\n\n"
 "New York\n\n"
 "Metropolitan Commercial Bank, New York, New York -- to establish a branch at 180 Lakeview Avenue, West Palm Beach, Florida.*\n\n"
 "Approved: December 19, 2025\n\n"
 "*Addition\n\n"
 "Richmond\n\n"
 "United Community Bank, Greenville, South Carolina -- to establish a branch at 5880-5884 Sunset Drive, South Miami, Florida.\n\n"
 "Approved: December 22, 2025\n\n"
 "St. Louis\n\n"
 "CS Bank, Eureka Springs, Arkansas -- to establish a branch at 310 North Olive Street, Harrison, Arkansas.\n\n"
 "Approved: December 26, 2025\n\n"
 "Bank Holding Companies\n\n"
 "Atlanta\n\n"
 "Lawrence Bancshares, Inc., Nashville, Tennessee -- waiver of filing requirement under section 3 of the Bank Holding Company Act to acquire and merge with F&M Financial Corporation and thereby indirectly acquire F&M Bank, both of Clarksville, Tennessee, in connection with the merger of F&M Bank with and into Volunteer Bank, Nashville, Tennessee.*\n\n"
 "Granted: December 19, 2025\n\n"
 "*Addition\n\n"
 "SB Financial, Inc., Mount Juliet, Tennessee -- to become a bank holding company by acquiring outstanding shares of Southern Bank of Tennessee, Mt. Juliet, Tennessee.\n\n"
 "Approved: December 23, 2025\n\n"
 "Cleveland\n\n"
 "Park National Corporation, Newark, Ohio -- waiver of filing requirement under section 3 of the Bank Holding Company Act to merge with First Citizens Bancshares, Inc., and thereby indirectly acquire First Citizens National Bank (FCNB), both of Dyersburg, Tennessee, in connection with the merger of FCNB with and into Park National Bank, Newark, Ohio.\n\n"
 "Granted: December 23, 2025\n\n"
 "Kansas City\n\n"
 "Baldwin Bancshares, Inc., Baldwin City, Kansas -- to become a bank holding company by acquiring The Baldwin State Bank, Baldwin City, Kansas.\n\n"
 "Approved: December 23, 2025\n\n"
 "St. Louis\n\n"
 "Bradford Bancorp, Inc., Greenville, Illinois -- to acquire State Bank of St. Jacob, St. Jacob, Illinois.",
 "finance/banking", "deal,regulatory",
 "The Federal Reserve's weekly H.2 release (actions under delegated authority, week ending 27 December 2025) on federalreserve.gov; the heading (kept as title) and the line 'Actions under delegated authority PDF' left out; the list's own lines kept, each as its own paragraph (the Reserve Bank district labels 'New York', 'Richmond', 'St. Louis', 'Atlanta', 'Cleveland', 'Kansas City', the asterisks and '*Addition' notes, no full stops added). The release date is not in the excerpt: `published` null (every date in the text is absolute). Cut after the last full item before the point where the excerpt stops (its approval line, 'Approved: Dec...'). A list register, not a story: kept for its acquisitions and subsidiary banks. The banks and deals are new to the corpus.",
 AGENCY))
# ---- Near-misses -------------------------------------------------------------------------------------------------
R.append(rec("us-federal-reserve-fedwire-funds-service-expanded-hours-2003",
 "https://www.federalreserve.gov/boarddocs/press/other/2003/20030521/default.htm",
 "2003-05-21", "Press Release", "Board of Governors of the Federal Reserve System, press release",
 "The Federal Reserve Board on Wednesday announced it will expand the operating hours for the online FedwireŽ Funds Service.\n\n"
 "The Fedwire Funds Service will open three and one-half hours earlier (9:00 p.m. Eastern Time the prior calendar day) than the current opening time of 12:30 a.m. ET. The closing time for the service will remain 6:30 p.m. ET. The scheduled timeframe for full implementation of the expanded operating hours is the second quarter of 2004. Fedwire participants will be notified at least sixty days before the specific effective date of the new hours.\n\n"
 "The impetus for the expansion of the Fedwire operating hours was industry requests to achieve greater overlap of U.S. wholesale payments system operating hours with those of the Asia-Pacific markets, including Australia, Hong Kong, Japan, and New Zealand.\n\n"
 "The Fedwire Funds Service is a real-time, large-value electronic funds transfer service, which is provided by the Federal Reserve Banks. Depository institutions and other authorized participants use this service to send and receive large-value, time-critical payments. Each payment transaction is settled individually in central bank money and is final and irrevocable once processed.\n\n"
 "The Board's notice is attached.",
 "finance/payments", "regulatory",
 "The Federal Reserve Board's press release of 21 May 2003 on federalreserve.gov; the page chrome ('Federal Reserve Release, Press Release; image with eagle logo links to home page', 'For immediate release', 'Attachment (101 KB PDF)', '2003 Other announcements', 'Home | News and events', 'Last update: May 21, 2003') and the date line (kept as `published`) left out; the page has no headline beyond 'Press Release' (kept as title); the page's 'FedwireŽ' (a registered-trade-mark sign garbled in the page) kept as printed. The whole release (`truncated` false). Near-miss: a payment system's operating hours, told with opening and closing times; no failure or lost service.",
 AGENCY, truncated=False))
R.append(rec("us-sec-white-statement-open-meeting-regulation-sci-2014",
 "https://dart.deloitte.com/USDART/obj/50a9b70e-3f1d-11e6-95db-5f0f9e99ccb9",
 "2014-11-19", "Statement at Open Meeting on Regulation SCI",
 "U.S. Securities and Exchange Commission, Chair Mary Jo White, statement",
 "Good morning. This is an open meeting of the U.S. Securities and Exchange Commission on November 19, 2014 under the Government in the Sunshine Act.\n\n"
 "The Commission will today consider the staff´s recommendation to adopt Regulation Systems Compliance and Integrity, or Regulation SCI, a very important set of rules central to our ongoing efforts to strengthen the technology infrastructure of the U.S. securities markets, to improve its resilience, and to enhance the Commission´s ability to oversee it.\n\n"
 "Today marks both an historic shift in the Commission´s regulation of the central functions of the U.S. securities markets and a major step forward in what is – and must be – a continuous process of enhancing the technological infrastructure of our markets. For over two decades, the Commission´s oversight of technology controls in the securities markets has focused closely on the clearing agencies, exchanges, FINRA, and the plan processors that disseminate consolidated market data in the equities and options markets. This oversight, however, has been conducted pursuant to a voluntary program rooted in policy statements that were issued before many Americans even owned a computer, let alone connected to the internet. At the time these policy statements were formulated, they provided a strong framework for the Commission to continue to develop its oversight capabilities as technological change accelerated in the marketplace.\n\n"
 "But at the same time, the number and significance of technology-related incidents have grown as our securities markets have attained unprecedented levels of automation, demonstrating the need for stronger, mandatory rules that reflect current market reality. Each of these incidents, irrespective of its cause or the magnitude of its impact, can undermine investor confidence.",
 "finance/securities markets", "regulatory",
 "The SEC chair's opening statement of 19 November 2014 as Deloitte's DART library reproduces it (the host adds no text to the kept paragraphs); the heading (kept as title), the byline 'Chair Mary Jo White' and the date line (kept as `published`) and the sub-heading 'The Importance of Acting Now' left out; the page's acute accents for apostrophes ('staff´s', 'Commission´s') kept. Cut at the last full sentence before the point where the excerpt stops ('The Commission simply cannot adequately exercise its oversight...'). Near-miss: technology incidents at exchanges told in general, none with an operator or a day. The NYSE's July 2015 halt and its Regulation SCI charges (in the corpus) are a different event.",
 COPY, copy="dart.deloitte.com"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
