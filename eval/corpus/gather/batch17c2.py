#!/usr/bin/env python3
"""Batch 17c part 2 (written after part 1 was committed, so that part 1's splits stay untouched): outages of federal
public-service digital systems — the US Patent and Trademark Office's PALM database outage of August 2018 and its
data centre's power disruption of December 2015, the State Department's visa system errors of June 2015 (a US
embassy's notice) — and one near-miss (a House subcommittee chairman on the first nationwide Emergency Alert System
test's problems, 2011). US federal government works (public domain): USPTO pages on uspto.gov, a US embassy page on
usembassy.gov, a House Energy and Commerce Committee press release as The Federal Newswire reproduces it. Every text is
the search tool's page-store excerpt (corpus `pages`), embedded here; where an excerpt was cut it ends at the last full
sentence kept (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch17c2.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch17c import rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"

R = []
R.append(rec("uspto-palm-outage-information-patent-customers-2018",
 "https://www.uspto.gov/about-us/news-updates/august-15-palm-outage-updates", None,
 "PALM outage information for patent customers",
 "United States Patent and Trademark Office, web page (questions and answers)",
 "What happened?\n\n"
 "PALM is the primary USPTO tool for tracking patent prosecution progress. PALM data supports many other USPTO systems used for filing, searching, and paying patent fees. At approximately 4:30 a.m. ET on August 15, 2018, PALM experienced an issue during maintenance that impacted its ability to function properly. PALM was taken offline to fix the issue. Because PALM is interconnected with other USPTO systems, the functionality of these systems was also affected. Trademarks systems were not affected.\n\n"
 "When did things return to normal?\n\n"
 "Systems returned to service on August 23.\n\n"
 "What progress was made to fix the issue?\n\n"
 "During the outage, our IT team worked round-the-clock to resolve the issue with PALM. We also worked to minimize the impact this issue has on all patent operations, including providing customers alternate means of conducting business with us. Many of our systems are not dependent on PALM, and they remained operational during the PALM outage.\n\n"
 "How did you report when systems were down and how often did you update this info?\n\n"
 "For any type of planned or unexpected system issue, we post updates on our Systems Status page as they become available. during the outage, we provided updates at 10 a.m. and 4 p.m. ET each day until the PALM issue was resolved on August 23. We also provided more-immediate updates on the Systems Status page and the USPTO's Facebook and Twitter pages when there was something new or urgent to report.\n\n"
 "Was this the result of malicious activity?\n\n"
 "The issue stemmed from an internal systems failure and was not the result of external causes. Please see USPTO Director Andrei Iancu's statement, which addresses this question.",
 "government IT/patents", "US", "outage",
 "The page-store passage of the USPTO's questions-and-answers page on the PALM outage (the store holds this page as two passages: its opening lines on refunds of paper filing fees, not used, and this one); the page heading kept as title; line breaks doubled (whitespace only); the lower-case 'during the outage' kept as printed. The page gives no date line: `published` null (the page was written after the outage ended on 23 August 2018). The PALM outage of 15-23 August 2018 is new to the corpus; Director Iancu's statement on the same outage was left out (one text per event).",
 "US federal agency website (page store)", truncated=False))
R.append(rec("uspto-statement-power-disruption-data-center-2015",
 "https://www.uspto.gov/about-us/news-updates/statement-uspto-acting-chief-communications-officer-patrick-ross",
 "2015-12-24", "Statement of USPTO Acting Chief Communications Officer Patrick Ross",
 "United States Patent and Trademark Office, statement",
 "On Tuesday night, December 22, a major power disruption to the USPTO’s data center resulted in the shutdown of our public filing, searching, and payment systems, as well as the core systems our patent and trademark examiners use. Since then, dedicated teams have been working around the clock with our service providers to assess the situation and safely stabilize and restore those systems. Repair estimates remain the same—that the USPTO will be impacted at least through December 25.\n\n"
 "Power that comes into the USPTO’s main building feeds two power filtration systems that provide steady, “filtered” power so systems don’t suffer from damaging surges or drops in power supply. A malfunction in the power supply lines feeding these two systems caused significant damage to both systems. This is what we believe caused our systems to go down on Tuesday night.\n\n"
 "Because of their size, these large and highly complex power filtration systems cannot be easily replaced. We are working with service providers to obtain a source of uninterrupted conditioned power to the data center as soon as possible.",
 "government IT/patents", "US", "outage",
 "The USPTO's statement; the heading (kept as title; it names the speaker, who is then not named in the text) and the date line '(December 24, 2015)' (kept as `published`) left out; paragraph breaks doubled (whitespace only). Cut before the fourth paragraph, whose two web addresses the page store lost ('through our systems status webpage ( and Facebook account ( With that information ...'), and the closing paragraph after it. The USPTO data centre's power disruption of 22 December 2015 is new to the corpus.",
 "US federal agency website (page store)"))
R.append(rec("us-embassy-fiji-passport-visa-system-errors-consular-database-2015",
 "https://fj.usembassy.gov/passport-visa-system-errors/", "2015-06-16", "Passport and Visa System Errors",
 "US Embassy in Fiji (US Department of State), notice",
 "The Department of State’s Bureau of Consular Affairs is currently experiencing technical problems with its visa system that performs national security checks. This issue is not specific to any particular country or visa category.\n\n"
 "Security measures prevent consular officers from printing a visa until the case completes the required national security checks.\n\n"
 "Currently, the system is unable to print most immigrant and nonimmigrant visas approved after June 8, 2015. In addition, U.S. embassies and consulates are unable to process new applications submitted on or after June 9, 2015.\n\n"
 "Individuals with visa interview appointments scheduled for June 14-20, 2015, are requested to reschedule their appointments if they submitted a DS-160 online application after June 9, 2015.\n\n"
 "The technical issues also affected the Department of State’s ability to adjudicate applications for U.S. passports accepted overseas between May 26 and June 14, 2015. If an applicant lodged a U.S. passport application overseas during this timeframe and has travel plans within the next 10 business days, it is recommended that you request an emergency passport at the U.S. embassy or consulate at which you originally applied.\n\n"
 "The Bureau is working urgently to rectify the problem and restore full operability. There is no evidence the problem is related to cyber security.",
 "government IT/consular services", "mixed", "outage",
 "The embassy's notice; the heading (kept as title) and the date 'June 16, 2015' that opens the first paragraph (kept as `published`) left out; paragraph breaks doubled (whitespace only). Cut before the closing lines, whose links the page store lost ('Appointments can be rescheduled by following the instructions located on . ...', 'Please contact: or 3302906.'). The State Department's visa and passport system failure of June 2015 is new to the corpus. Region mixed (a US department's worldwide system, told on the Fiji embassy's site).",
 "US Department of State (embassy website; page store)"))
R.append(rec("us-house-energy-commerce-walden-emergency-alert-system-test-briefing-2011",
 "https://thefederalnewswire.com/stories/620256717-walden-schedules-fcc-fema-briefing-on-emergency-alert-system-test",
 "2011-11-15", "Walden Schedules FCC, FEMA Briefing on Emergency Alert System Test",
 "House Committee on Energy and Commerce, press release (as reproduced by The Federal Newswire)",
 "Washington, D.C. - Following last week’s National Emergency Alert System test, Communications and Technology Subcommittee Chairman Greg Walden (R-OR) has scheduled a bipartisan member briefing with the Federal Communications Commission and Federal Emergency Management Agency to review the test results and discuss ways to improve.\n\n"
 "“By many accounts, last week’s test had major problems,\" Rep. Walden said. “In my home state of Oregon, most -if not all -stations didn’t even receive the signal. Soon afterward, I contacted FCC Chairman Julius Genachowski and FEMA to request a briefing for the subcommittee’s members on November 17. I look forward to hearing where the agencies can relay what worked, what didn’t, and where we can go from here to fix it.\"",
 "broadcast/public safety", "US", "outage",
 "The committee's press release as The Federal Newswire reproduces it (a US federal government work; the site's own lines are left out: the repeated heading, 'The following press release was published by the House Committee on Energy and Commerce on Nov. 15, 2011. It is reproduced in full below.' (the date kept as `published`) and 'Source: House Committee on Energy and Commerce'); paragraph breaks doubled (whitespace only); the mixed quotation marks kept as printed. The whole release (`truncated` false). Near-miss: a nationwide test's problems ('stations didn't even receive the signal'), no service lost.",
 "US House of Representatives press release, third-party copy (page store)", truncated=False))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
