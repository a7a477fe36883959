#!/usr/bin/env python3
"""Batch 17c: outages of airline IT systems, air traffic control facilities, a telecoms network and a health-record
system in US congressional press releases, letters and statements — United Airlines' IT failure that grounded its
domestic flights (January 2017), Delta Air Lines' IT issue a week later, the summer 2016 airline technology failures
(Southwest, Delta) and a United router issue, the Philadelphia TRACON's radar and communications losses that stopped
Newark flights (April-May 2025), the Denver Air Route Traffic Control Center's communications outage (May 2025), an
islandwide phone, internet and cable TV outage on Kauai (2019) — and two near-misses (a health-record system's
'dozens of outages' counted, not told; an airline's holiday 'operational collapse' not told as a system failure).
Openly licensed public records: US federal government works (public domain: senators' and representatives' press
releases and statements on their senate.gov and house.gov sites, a House committee's minority press release, the
Senate Commerce Committee chair's statement on commerce.senate.gov). Every text is the search tool's page-store excerpt
(corpus `pages`, first ~2,000 characters of a page), embedded here; where an excerpt was cut it ends at the last full
sentence kept (`truncated`). Edits per item in `notes`: page chrome, 'HERE' link lines, '###' end marks and date lines
left out; paragraph breaks doubled (whitespace only); no word added or changed.
usage: batch17c.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, LICENCES

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"


def rec(id, url, published, title, kind, text, sector, region, topics, notes, origin, truncated=True):
    """One pool record (US federal works only); `kind` names the author and the kind of item (attribution)."""
    on = f", {published}" if published else ""
    att = f"{kind}, '{title}'{on}, US federal government work (public domain); text as at {url}"
    return {"id": id, "source": url, "licence": LICENCES["PD"], "attribution": att, "published": published,
            "title": title, "text": text, "sector": sector, "region": region, "topics": topics.split(","),
            "origin": origin, "notes": notes, "truncated": truncated}


SEN = "US Senate member website (page store)"
HOU = "US House of Representatives website (page store)"
R = []
# ---- airlines' IT failures: Senators Markey and Blumenthal ------------------------------------------------------
R.append(rec("us-senate-markey-blumenthal-letter-united-it-failure-2017",
 "http://markey.senate.gov/news/press-releases/markey-and-blumenthal-query-united-airlines-about-its-it-system-in-light-of-yesterdays-outage-and-flight-disruptions",
 "2017-01-23", "Markey and Blumenthal Query United Airlines About Its IT System in Light of Yesterday's Outage and Flight Disruptions",
 "Senators Edward J. Markey and Richard Blumenthal, press release",
 "Senators continue their ongoing investigation into the reliability of airline IT systems and airline consumer protections\n\n"
 "Washington (January 23, 2017) – Senators Edward J. Markey (D-Mass.) and Richard Blumenthal (D-Conn.), members of the Commerce, Science, and Transportation Committee, today sent a letter to United Airlines, Inc. inquiring about the state of the airline’s Information Technology (IT) system in light of yesterday’s computer failure and flight disruptions. According to media reports, an IT issue yesterday caused United Airlines to ground all domestic flights for two and a half hours, resulting in hundreds of flight delays. In the letter, the Senators request information on the nature of the IT failure and what safeguards and backups were in place to prevent such an issue from occurring. The Senators also ask about how United Airlines accommodated impacted passengers, including reimbursement and compensation offerings.\n\n"
 "“In a world where consumers can find, purchase, and check in for flights from their smartphones, IT failures should not be grounding entire airline fleets,” write Senators Markey and Blumenthal. “Now that three of the four largest air carriers have recently experienced significant disruptions due to IT failures, it is time for airlines to update their IT systems for the jet age.”\n\n"
 "In August, Senators Markey and Blumenthal queried 13 major airlines about efforts to ensure airline IT systems are reliable and resilient.",
 "airlines/IT", "US", "outage",
 "The senator's press release; the link line 'A copy of the letter can be found HERE.' and the end mark '###' left out; paragraph breaks doubled (whitespace only). The whole release (`truncated` false). Title from the URL slug (the excerpt starts below the page heading). United Airlines' IT failure of 22 January 2017 is new to the corpus.",
 SEN, truncated=False))
R.append(rec("us-senate-markey-blumenthal-letter-delta-it-issue-2017",
 "https://markey.senate.gov/news/press-releases/senators-markey-and-blumenthal-demand-answers-from-delta-air-lines-about-it-system-in-light-of-yesterdays-flight-disruptions",
 "2017-01-30", "Senators Markey and Blumenthal Demand Answers from Delta Air Lines About IT System in Light of Yesterday's Flight Disruptions",
 "Senators Edward J. Markey and Richard Blumenthal, press release",
 "Delays and cancellations follow United Airlines’ IT failure last week\n\n"
 "Washington (January 30, 2017) – Senators Edward J. Markey (D-Mass.) and Richard Blumenthal (D-Conn.), members of the Commerce, Science, and Transportation Committee, today sent a letter to Delta Air Lines, Inc. inquiring about the state of the airline’s Information Technology (IT) system in light of yesterday’s flight disruptions. According to media reports, an IT issue yesterday caused Delta Air Lines to cancel and delay hundreds of flights. In their letter, the Senators request information on the nature of the IT failure and what safeguards and backups were in place to prevent such an issue from occurring. The Senators also ask about how Delta Air Lines accommodated impacted passengers, including reimbursement and compensation offerings.\n\n"
 "“Now that three of the four largest air carriers have recently experienced significant disruptions due to IT failures – including two within a week of one another – it is time for airlines to update their IT systems for the jet age,” write Senators Markey and Blumenthal.\n\n"
 "Last week, the Senators sent a similar letter to United Airlines, which reportedly experienced an IT issue that caused the airline to ground all domestic flights for two and a half hours, resulting in hundreds of flight delays.\n\n"
 "In August, Senators Markey and Blumenthal queried 13 major airlines about efforts to ensure airline IT systems are reliable and resilient.",
 "airlines/IT", "US", "outage",
 "The senator's press release; the link line 'A copy of the letter can be found HERE.' and an empty non-breaking-space line left out; paragraph breaks doubled (whitespace only). The whole release (`truncated` false). Title from the URL slug. Delta Air Lines' IT issue of 29 January 2017 is new to the corpus; United's failure of the week before is the main event of the United release of this batch (both in train/dev after the split).",
 SEN, truncated=False))
R.append(rec("us-senate-markey-blumenthal-query-13-airlines-it-systems-2016",
 "https://www.markey.senate.gov/news/press-releases/markey-and-blumenthal-query-airlines-about-information-technology-systems-in-light-of-recent-widespread-cancellations-and-delays",
 "2016-08-16", "Markey and Blumenthal Query Airlines About Information Technology Systems in Light of Recent Widespread Cancellations and Delays",
 "Senators Edward J. Markey and Richard Blumenthal, press release",
 "Senators also ask airlines about policies for reimbursement or to allow passengers to rebook on competing carriers’ flights during travel disruptions\n\n"
 "Washington (August 16, 2016) – As airline passengers suffer cancellations and delays due to unexplained airline technology issues, today, Senators Edward J. Markey (D-Mass.) and Richard Blumenthal (D-Conn.) queried 13 major airlines about efforts to ensure airline information technology (IT) systems are reliable and resilient. Recently, Southwest Airlines and Delta Air Lines experienced technology issues that resulted in thousands of flight cancellations across the country. Last year, a United Airlines router issue grounded all of the airline’s flights for two hours. In the letters, the Senators inquire about safeguards and backups in place within airline IT systems to protect against power outages, cyberattacks, and other hazards. The Senators also ask the airlines about policies that would allow passengers to be rebooked on another airline or on a different mode of transportation in the event of irregular operations caused by the airlines, as well as about their reimbursement and compensation policies.\n\n"
 "“We are concerned with recent reports indicating that airlines’ IT systems may be susceptible to faltering because of the way they are designed and have been maintained,” write Senators Markey and Blumenthal in the letters to the airline CEOs. “Now that four air carriers control approximately 85 percent of domestic capacity, all it takes is one airline to experience an outage and thousands of passengers could be stranded, resulting in missed business meetings, graduations, weddings, funerals, and other prepaid events.”",
 "airlines/IT", "US", "outage",
 "The senator's press release; paragraph breaks doubled (whitespace only). Cut before the list of the 13 airlines written to, which the excerpt cuts off ('Senators Markey and Blumenthal sent letters to the following airlines: American Airlines, ... Sun Country Airlines '). Title from the URL slug. Southwest's and Delta's technology failures of July-August 2016 and United's router issue of 2015 are new to the corpus (the later United and Delta failures of January 2017 are other events).",
 SEN))
# ---- air traffic control facilities' outages (2025) ---------------------------------------------------------------
R.append(rec("us-house-transportation-democrats-letter-newark-airport-radar-communications-loss-2025",
 "https://democrats-transportation.house.gov/news/press-releases/congressmembers-larsen-pou-cohen-lead-new-jersey-democrats-demanding-answers-on-newark-airport-chaos",
 None, "Congressmembers Larsen, Pou, Cohen Lead New Jersey Democrats Demanding Answers on Newark Airport Chaos",
 "House Committee on Transportation and Infrastructure Democrats, press release with the members' letter",
 "WASHINGTON, DC – Congressmembers Nellie Pou (D-NJ-09), Rick Larsen (D-WA-02), the Ranking Member of the House Transportation and Infrastructure Committee, and Steve Cohen (D-TN-09) today led several of their colleagues seeking answers from the Trump administration on growing problems at Newark Liberty International Airport.\n\n"
 "The letter is signed by Congressmembers Pou, Larsen, Cohen, Frank Pallone, Jr. (D-NJ-06), Rob Menendez (D-NJ-08), Josh Gottheimer (D-NJ-05), and Bonnie Watson Coleman (D-NJ-12). Pou and Cohen also help lead Democrats on the House’s Aviation Subcommittee.\n\n"
 "“Among the various challenges plaguing Newark Airport, reports indicate that air traffic controllers temporarily lost radar and communications with aircraft at Newark Airport last week for over a minute. The flying public must feel confident in the safety of our ATC system and that they will reach their destinations without interruption. That confidence has been shaken time and time again over the past months,” the members write the acting head of the Federal Aviation Administration.\n\n"
 "Over the past few days, hundreds of flights have been cancelled, and thousands of others are delayed for hours, wreaking havoc for travelers at one of America’s largest airports.\n\n"
 "The text of the members’ letter is below.\n\n"
 "Dear Acting Administrator Rocheleau:\n\n"
 "We write to express our concern regarding the significant flight disruptions and air traffic control (ATC) challenges impacting the safety of Newark Liberty International Airport (EWR). Newark Airport serves almost 50 million passengers annually and is a major economic driver in the region, supporting tens of thousands of jobs. Over the past few days, hundreds of flights have been cancelled, and thousands of others are delayed for hours, wreaking havoc for travelers at one of the country’s largest airports.",
 "aviation/air traffic control", "US", "outage",
 "The committee Democrats' press release with the start of the members' letter; paragraph breaks doubled (whitespace only). Cut before the cut-off 'Furthermore, it is our understanding that these stoppages were caused by multiple historic issues at the Philadelphia Terminal Radar Approach Con...'. The excerpt gives no release date (early May 2025 by the events it tells), so `published` is null and 'last week' stays unresolved. The loss of radar and communications for Newark of 28 April 2025 is new to the corpus.",
 HOU))
R.append(rec("us-senate-blumenthal-release-newark-philadelphia-tracon-telecommunications-issue-2025",
 "https://www.blumenthal.senate.gov/newsroom/press/release/05/19/2025/following-newark-airport-blackouts-blumenthal-calls-on-trump-administration-to-step-up-and-protect-the-flying-public",
 "2025-05-19", "Following Newark Airport Blackouts, Blumenthal Calls on Trump Administration to Step Up and Protect the Flying Public",
 "Senator Richard Blumenthal, press release",
 "3.61 million Americans expected to travel by air over the Memorial Day weekend\n\n"
 "[HARTFORD, CT] – Ahead of the Memorial Day weekend, U.S. Senator Richard Blumenthal (D-CT) called on U.S. Department of Transportation (DOT) Secretary Sean Duffy to take urgent action to address recent air radar and communications failures at Newark Airport and prevent future outages at airports across the country. 3.61 million Americans are expected to travel by air over the Memorial Day weekend, according to AAA.\n\n"
 "On May 11, the Philadelphia Terminal Radar Approach Control (TRACON), which manages the airspace surrounding Newark, experienced “a telecommunications issue” that forced the FAA to issue a 45-minute ground stop for all aircraft departing Newark, impacting hundreds of flights. This is the third major air traffic control incident at the same facility to interrupt Newark controllers in the past two weeks. Last week, a Colorado air traffic control facility experienced a similar communications outage.\n\n"
 "“These outages drastically increase the risk of a mid-air collision and undermine public confidence in the safety of our nation’s airspace. I urge you to take every necessary step to expeditiously end these dangerous technology blackouts and ensure that our airspace, especially the congested New York City area, is managed at all times with the highest safety standards that Americans expect and deserve,” Blumenthal wrote.\n\n"
 "Blumenthal continued, “It goes without saying that there is no room for these kinds of failures in our air traffic control system, which we rely on to safely guide thousands of flights every day. The Newark air traffic control blackouts must be addressed immediately, and your recent air traffic control announcements and attempts to assign blame to the previous administration do not reflect the urgency and gravity of the situation.”",
 "aviation/air traffic control", "US", "outage",
 "The senator's press release; paragraph breaks doubled (whitespace only). Cut before the cut-off 'In February, the Trump Administration terminated more than 300 safety-critical FAA employees, including an individual from '. `published` from the URL's date (05/19/2025); the excerpt has no date line. The Philadelphia TRACON's telecommunications issue of 11 May 2025 is new to the corpus; the Colorado facility's outage it mentions is the main event of the Bennet release of this batch (both in train/dev after the split).",
 SEN))
R.append(rec("us-senate-bennet-letter-denver-air-traffic-control-communications-outage-2025",
 "https://www.bennet.senate.gov/?p=15914", None,
 "Bennet, Hickenlooper, Neguse, DeGette Call on DOT and FAA to Address Air Travel Concerns after Denver Communications Outage",
 "Senator Michael Bennet, press release with the Colorado delegation's letter",
 "Washington, D.C. — Colorado U.S. Senators Michael Bennet and John Hickenlooper and Colorado U.S. Representatives Joe Neguse and Diana DeGette called on U.S. Department of Transportation Secretary Sean Duffy and Federal Aviation Administration (FAA) Acting Administrator Chris Rocheleau to address increased air travel concerns following last week’s communications outage at the Denver International Airport and the Denver Air Route Traffic Control Center in Longmont.\n\n"
 "“The Department of Transportation must take immediate action to restore the American people’s faith in safe air travel,” wrote Bennet, Hickenlooper, Neguse, and DeGette. “While we are fortunate that our pilots safely managed this potentially catastrophic situation in Denver, this incident is part of an unacceptable pattern that many airports across the country are experiencing.”\n\n"
 "According to the FAA, the outage left up to 20 pilots unable to communicate with air traffic control for up to six minutes while in flight. In their letter, the lawmakers emphasized that insufficient staffing at air traffic control towers and aging infrastructure are making American airspace less safe.\n\n"
 "“While investigations of the incident are underway, the Department needs to take immediate action to address the aging infrastructure and low staffing levels at air traffic control towers. Additionally, the Department must restore the FAA personnel that DOGE terminated earlier this year – it is clear that adequate staffing at the FAA is critical to ensuring safety. Put simply, this administration’s actions are making American airspace less safe and putting American lives at risk every time they travel,” continued the lawmakers.",
 "aviation/air traffic control", "US", "outage",
 "The senator's press release; paragraph breaks doubled (whitespace only). Cut before the link line 'The text of the letter is available HERE and below.' and the letter, which the excerpt cuts off ('Dear Secretary Duffy ... for Denver International Airp'). The excerpt gives no date and no heading: `published` null, the title descriptive. The Denver Air Route Traffic Control Center's communications outage of 12 May 2025 is new to the corpus.",
 SEN))
# ---- a telecoms network ------------------------------------------------------------------------------------------
R.append(rec("us-senate-schatz-letter-kauai-islandwide-outage-spectrum",
 "https://www.schatz.senate.gov/press-releases/schatz-presses-companies-for-answers-on-internet-cable-cell-phone-outage-and-their-slow-response-to-residents-on-kauai-calls-for-plan-to-prevent-future-outages",
 None, "Schatz Presses Companies For Answers On Internet, Cable, Cell Phone Outage And Their Slow Response To Residents On Kauai, Calls For Plan To Prevent Future Outages",
 "Senator Brian Schatz, press release",
 "Kauai Experienced Islandwide Outage Last Week For Prolonged Period, Impacting Residents and Businesses, Disrupting Basic Services\n\n"
 "WASHINGTON – Today, U.S. Senator Brian Schatz (D-Hawai‘i), lead Democrat on the Senate Subcommittee on Communications, Technology, Innovation, and the Internet, called on telecom companies to provide answers on the islandwide phone, internet, and cable TV outage that occurred last week on Kauai. According to reports, the outage lasted for at least a day for many residents. Many in the community voiced complaints about Spectrum’s response and their failure to provide quick, relevant information to residents about the outage, and more importantly, information on when services were expected to be restored.\n\n"
 "“Hawai‘i is uniquely vulnerable to service disruptions due to the limited number of undersea cables supporting telecommunications for the islands. Companies serving Hawai‘i must account for these challenges and ensure that the infrastructure they count upon to deliver service is reliable,” Senator Schatz wrote.\n\n"
 "In his letter to service providers Spectrum, Verizon, and CenturyLink, a co-owner of the fiber-optic cable line that reportedly caused the outage, Schatz requested a detailed account of what occurred, why information was not immediately communicated to residents, and why it took a prolonged period of time to restore service.\n\n"
 "“The outages on Kauai are a good example of how failed infrastructure that has not been made redundant can disrupt the lives and businesses of Hawai‘i residents. I am particularly concerned that the outage appears to have contributed to interruptions of 911 services, which could have had potentially serious consequences,” Schatz continued.",
 "telecoms", "US", "outage",
 "The senator's press release; 'Skip to content' and the heading (kept as title) left out; paragraph breaks doubled (whitespace only). Cut before 'The full text of the letter to Spectrum can be found below. PDF copies ' (cut off). The excerpt gives no date (the letters went out in November 2019), so `published` is null and the id carries no year; 'Today' and 'last week' stay unresolved. The Kauai outage of October 2019 is new to the corpus.",
 SEN))
# ---- near-misses -------------------------------------------------------------------------------------------------
R.append(rec("us-house-rosendale-statement-cerner-ehr-dozens-of-outages",
 "https://rosendale.house.gov/news/documentsingle.aspx?DocumentID=409", None,
 "Representative Rosendale Blasts VA Officials Over Failed Cerner EHR System",
 "Congressman Matt Rosendale, press release",
 "Washington, D.C. – Earlier this week, Congressman Matt Rosendale expressed his concerns over Cerner's electronic health record system, which has experienced dozens of outages since its initial \"go live\" in 2020.\n\n"
 "\"In February, we urged VA and Cerner to concentrate on fixing the technical problems in the key areas of pharmacy, referrals, and the patient portal before implementing the EHR at Walla Walla, Columbus, or anywhere else,\" said Congressman Rosendale. \"However, there has been no concrete action to solve these issues. There should be no more \"go lives\" or additional funding until every single issue is fixed.\"",
 "health IT/government", "US", "outage",
 "The member's press release; 'Skip to Content', 'Press Releases' and the heading (kept as title) left out, and the closing link line 'Click HERE to watch video segments from yesterday's hearing.'; paragraph breaks doubled (whitespace only). The whole release otherwise (`truncated` false). The excerpt gives no date (2022), so `published` is null and 'In February' stays without a year. Near-miss: 'dozens of outages' counted, none told apart.",
 HOU, truncated=False))
R.append(rec("us-senate-cantwell-statement-southwest-hearing-2023",
 "https://commerce.senate.gov/2023/2/cantwell-statement-ahead-of-southwest-hearing-the-american-people-have-a-lot-of-questions-we-re-going-to-ask-for-answers",
 "2023-02-08", "Cantwell Statement Ahead of Southwest Hearing: “The American people have a lot of questions…We’re going to ask for answers”",
 "US Senate Committee on Commerce, Science, and Transportation, chair's statement",
 "U.S. Senator Maria Cantwell, (D-Wash.), Chair of the Senate Committee on Commerce, Science and Transportation, released the below statement ahead of tomorrow’s hearing titled “Strengthening Airline Operations and Consumer Protections.”  Sen. Cantwell will question Southwest Airlines Chief Operating Officer Andrew Watterson about the upheaval at the airline over the 2022 holiday season that resulted in 16,700 canceled flights and millions of stranded passengers.  The Committee will also hear testimony from representatives from Southwest Airlines Pilots Association, Flyers’ Rights and Airlines for America.\n\n"
 "Sen. Cantwell stated:\n\n"
 "“The American people have a lot of questions about the Southwest debacle in December that left passengers stranded or unable to be with loved ones over the holidays. We’re going to ask for answers to those questions. I’m interested in hearing the pilot's testimony that this debacle could have been avoided if Southwest had made investments sooner. \n\n"
 "“We know this won’t be the last snowstorm to hit this country. So let's figure why Southwest’s operations collapsed and what needs to change so this never happens again on Southwest or any other airline.\n\n"
 "“The Senate Commerce Committee will soon begin working on legislation to reauthorize the FAA. We’ll be deciding how to strengthen protections for consumers, and what promises we need the airlines to make and keep about how they operate our nation’s air passenger system. What we learn at this hearing will greatly inform what reforms we put in place.”\n\n"
 "Yesterday, Sen. Cantwell held a virtual roundtable with constituents from Washington state who were impacted by Southwest’s failure.",
 "airlines", "US", "outage",
 "The committee's statement; the heading (kept as title) and the date line 'February 8, 2023' (kept as `published`) left out; paragraph breaks as on the page, with the excerpt's double spaces after two full stops and a trailing space kept. Cut before the cut-off 'The participants shared a range of experiences that included ... thousands of dollars spent o...'. Near-miss: the text tells the cancellations and that 'Southwest’s operations collapsed', but no system failure; Southwest's December 2022 cancellations are new to the corpus as a text (news copies only in batch 17a).",
 "US Senate committee website (page store)"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
