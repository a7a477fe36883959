#!/usr/bin/env python3
"""Batch 17e part 2: outages caused by cyberattacks at Irish universities and a US city, from Dáil written answers
and a US congressman's release — Munster Technological University's IT outage in a cyber-attack (Sunday 5 February
2023), South East Technological University's cyber incident (October 2024) that left students and lecturers without
the IT network for months, TU Dublin's Tallaght campus ransomware attack (1 April 2021), Baltimore's 911 dispatch
system disabled by a ransomware attack (March 2018) told with the city's ransomware attack of 7 May 2019 — and one
near-miss (a ransomware attack on a Medicare contractor's corporate network told as a data breach). Openly licensed
public records: Houses of the Oireachtas (Oireachtas (Open Data) PSI Licence, CC BY 4.0; oireachtas.ie and the
kildarestreet.com mirror, as earlier batches) and US federal government works (public domain: a House member's and a
House committee majority's releases). Every text is the search tool's page-store excerpt (corpus `pages`), embedded
here; where an excerpt was cut it ends at the last full sentence kept (`truncated`). Written after part 1
(batch17e.py) was annotated, split and checked, so that part 1's splits stay untouched (as batches 16a and 17c).
Edits per item in `notes`; no word added or changed.
usage: batch17e2.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, LICENCES, OIR_NOTICE

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"


def rec(id, url, published, title, kind, text, sector, region, topics, notes, lic, origin, truncated=True):
    """One pool record; `kind` names the author and the kind of item (used in the attribution)."""
    on = f", {published}" if published else ""
    att = {"PD": f"{kind}, '{title}'{on}, US federal government work (public domain); text as at {url}",
           "OIR": f"{kind}, '{title}'{on}, {OIR_NOTICE}; text as at {url}"}[lic]
    return {"id": id, "source": url, "licence": LICENCES[lic], "attribution": att, "published": published,
            "title": title, "text": text, "sector": sector, "region": region, "topics": topics.split(","),
            "origin": origin, "notes": notes, "truncated": truncated}


KS = "Houses of the Oireachtas via kildarestreet.com (page store)"
KS_NOTE = ("kildarestreet chrome (site, date, department and heading lines, the heading kept as title; the asker's and "
           "the Minister's photo/speaker lines and 'Link to this' lines, so they are not named in the text) and the "
           "question reference in brackets left out ({who}; '{ref}'); paragraph breaks doubled (whitespace only). ")
R = []
# ---- Dáil written answers: universities' IT systems lost to cyberattacks -------------------------------------------
R.append(rec("oireachtas-dail-written-answer-munster-technological-university-cyber-attack-costs-2025",
 "https://www.kildarestreet.com/wrans/?id=2025-05-27a.2399", "2025-05-27", "Cybersecurity Policy",
 "Dáil Éireann written answer (Question 896)",
 "896. To ask the Minister for Education and Skills for details on the €3.5 million cost following a cyber-attack in September 2024 at Munster Technological University; and if he will make a statement on the matter.\n\n"
 "Thank you Deputy for your question about the cyber-attack experienced at Munster Technological University. I would like to start by bringing the Deputies attention to the fact that the cyber-attack occurred in February 2023 and not September 2024.\n\n"
 "For context I have provided below a brief overview of the incident followed by a breakdown of the €3.5m costs.\n\n"
 "MTU’s Cork campuses were targeted in a cyber-attack on Sunday 5 February 2023. MTU became aware of the attack during its investigation of an IT outage and took prompt steps to intercept and manage the incident. MTU notified law enforcement and relevant regulatory authorities, and worked closely with those bodies throughout the process. The incident resulted in the encryption of certain MTU systems for the purpose of demanding a ransom and the accessing of certain data which was copied from MTU’s internal IT system. MTU had secure backups in place which facilitated full system recovery.\n\n"
 "The cost of the response, recovery and resilience projects amounted to approximately €3.5 million as outlined below. The response project involved a significant data analysis and notification process, in accordance with the University’s data protection obligations.",
 "education/university IT", "non-US", "outage",
 KS_NOTE.format(who="Donna McGettigan, James Lawless", ref="[27578/25]") +
 "The page's wording kept ('the Deputies attention'). Cut before the paragraph that the excerpt cuts off ('The recovery and resilience process resulted in ... accelerated as part of the re'), so the cost breakdown the answer announces is not in the text. Munster Technological University's cyber-attack of 5 February 2023 is new to the corpus; the Dáil topical-issue debate on it of 15 February 2023 (kildarestreet 2023-02-15a.26-29) was left out as the same event.",
 "OIR", KS))
R.append(rec("oireachtas-dail-written-answer-setu-cyber-incident-it-network-recovery-2025",
 "https://www.kildarestreet.com/wrans/?id=2025-03-27a.1164.q", "2025-03-27", "Technological Universities",
 "Dáil Éireann written answer (Questions 420 and 421)",
 "420. To ask the Minister for Education and Skills to provide an update on the continuing fallout of a cyber attack to SETU IT operations; the steps and schedule in place to restore student and staff access to the IT network, which is hampering provision of classes and course delivery; if the minister will outline his awareness of the issue and the schedule to its full remediation following four months where students and lecturers are unable to access the IT network and associated services; and if he will make a statement on the matter.\n\n"
 "421. To ask the Minister for Education and Skills of his awareness of the continuing lack of IT access to SETU Waterford campus and the continuing negative effect this is having on course provision and review.\n\n"
 "I propose to take Questions Nos. 420 and 421 together.\n\n"
 "South East Technological University (SETU) continues its recovery from the cyber incident which occurred last October. The majority of classrooms and laboratories are now fully restored, although there are challenges in some locations due to legacy infrastructure from it's IoT phase. SETU continues its efforts to support university activities across teaching, research and academic administration during this period of recovery. With support from my Department and the HEA, the Technological Sector Advancement Fund (TSAF), SETU has been able to put in place a dedicated cybersecurity unit.",
 "education/university IT", "non-US", "outage",
 KS_NOTE.format(who="Mattie McGrath, James Lawless", ref="[14893/25], [14894/25]") +
 "The page's wording kept ('it's IoT phase'). Cut before the sentence the excerpt cuts off ('Both my Department and the Higher Education Authority continue to observe the situ'). South East Technological University's cyber incident of October 2024 is new to the corpus.",
 "OIR", KS))
R.append(rec("oireachtas-dail-written-answer-tu-dublin-tallaght-ransomware-attack-2023",
 "https://www.oireachtas.ie/en/debates/question/2023-09-27/159/", "2023-09-27", "Technological Universities",
 "Dáil Éireann written answer (Question 159)",
 "159. Deputy Paul Murphy asked the Minister for Further and Higher Education, Research, Innovation and Science to give a comprehensive update on the ransomware attack on TU Dublin’s Tallaght campus in 2021; and if he will make a statement on the matter.\n\n"
 "On April 1st, 2021, TU Dublin were targeted by a ransomware attack that specifically impacted the IT infrastructure of its Tallaght Campus. During the initial assessment phase, I am informed, it became evident that the ransomware had successfully infected multiple devices. It is my understanding that TU Dublin responded immediately and isolated the Tallaght campus from the broader TU Dublin network, a proactive measure taken to contain the attack and prevent the ransomware from spreading to other locations.\n\n"
 "TU Dublin promptly notified relevant authorities, including law enforcement, the data protection commissioner, and their Cyber Insurance provider. The latter, in turn, deployed an external Cyber Incident Response team to assist in investigating the identified cyber incident within the university's IT environment. This external team collaborated closely with TU Dublin to formulate an incident response plan and subsequently initiated cyber incident response support services and forensic investigations. I am informed that TU Dublin successfully restored access to essential systems and data before the commencement of the academic year in September 2021.\n\n"
 "TU Dublin have informed my Department that, in response to the incident, the university implemented several enhancements and improvements to further bolster the security and accessibility of its systems.",
 "education/university IT", "non-US", "outage",
 "oireachtas.ie chrome ('Skip to main content', 'Normal View', the heading kept as title, 'Dáil Éireann Debate, Wednesday - 27 September 2023' kept as `published`, 'Questions (159)', the asker's name line, 'Question:', 'View answer', 'Written answers') and the question reference '[41778/23]' left out; paragraph breaks doubled (whitespace only). Cut before the sentence the excerpt cuts off ('This includes the implementation of enhanced security toolsets ... guidance and recommendations'). TU Dublin's ransomware attack of 1 April 2021 is new to the corpus.",
 "OIR", "Houses of the Oireachtas, oireachtas.ie (page store)"))
# ---- US federal: a House member's release ----------------------------------------------------------------------
R.append(rec("us-house-ruppersberger-release-ransomware-funding-baltimore-911-2019",
 "https://ruppersberger.house.gov/newsroom/press-releases/ruppersberger-provides-direction-for-new-funds-to-help-cities-prevent",
 "2019-06-11", "Ruppersberger Provides Direction for New Funds to Help Cities Prevent Ransomware Attacks",
 "Congressman C.A. Dutch Ruppersberger, press release",
 "(Washington, DC) – Congressman C.A. Dutch Ruppersberger today guided new federal funding to help U.S. cities prevent cyberattacks like the recent ransomware attack in Baltimore. The House Appropriations Committee adopted a $10 million increase for this purpose in the annual funding bill for the U.S. Department of Homeland Security that now goes before the full House of Representatives for a final vote.\n\n"
 "The bill includes $25 million total for cybersecurity advisors employed by the federal Cybersecurity and Infrastructure Security Agency (CISA), which are assigned to regions throughout the United States and are tasked with helping states, cities and other municipalities better understand risks to their computer networks and providing protection services that can mitigate those risks. The bill specifically cites the recent ransomware attacks in Baltimore, Atlanta and elsewhere across the country.\n\n"
 "“It’s the federal government’s role to partner with municipal governments – who often face competing priorities and scarce resources – to improve their cyber defenses,” Congressman Ruppersberger said. “We don’t have a silver bullet, but we can give state and local governments access to better-funded federal resources. This critical funding will help states and cities like Baltimore identify and fill holes in their IT infrastructure, preventing future cyber attacks.”\n\n"
 "The City of Baltimore was hit by a ransomware attack on May 7 and budget officials estimate recovery could cost more than $18 million, including lost or deferred revenue. A separate ransomware attack in March 2018 temporarily disabled Baltimore’s 911 dispatch system.",
 "government/city IT; public safety", "US", "outage",
 "The member's press release; the site chrome ('Mobile Menu - OpenMobile Menu - Closed', 'Connect with Dutch'), the heading (kept as title), the date line 'Jun 11, 2019' (kept as `published`) and 'Press Release' left out; a trailing space after the quotation dropped; paragraph breaks as on the page. Cut before the sentence the excerpt cuts off ('The attacks are part of a growing nationwide trend – ... according'). Baltimore's ransomware attacks of March 2018 and 7 May 2019 are new to the corpus.",
 "PD", "US House member website (page store)"))
# ---- near-miss: a House committee majority's letter release -------------------------------------------------------
R.append(rec("us-house-energy-commerce-rodgers-comer-letter-medicare-data-breach-ransomware-2023",
 "https://republicans-energycommerce.house.gov/news/letter", "2023-03-20",
 "Rodgers, Comer Press for Information on Data Breach of Thousands of Medicare Beneficiaries’ Personally Identifiable Information",
 "House Committee on Energy and Commerce (Chair) and House Committee on Oversight and Accountability (Chairman), letter release (as listed on the committee's letter page)",
 "Washington, D.C. — House Committee on Energy and Commerce Chair Cathy McMorris Rodgers (R-WA) and House Committee on Oversight and Accountability Chairman James Comer (R-KY) today wrote to Centers for Medicare & Medicare Services (CMS) Administrator Chiquita Brooks-LaSure, requesting documents and communications to assist in investigating CMS’s response to a data breach impacting personally identifiable information of approximately 254,000 Medicare beneficiaries.  “On October 8, 2022, [Healthcare Management Solutions, LLC (HMS)] ‘was subject to a ransomware attack on its corporate network.’ CMS was notified about the data breach a day later, and on October 18, 2022, CMS ‘determined with high confidence that the incident potentially included personally identifiable information and protected health information for some Medicare enrollees.’ However, it was not until December 1, 2022, that CMS made the determination that the data breach constituted a ‘major incident,’ as defined in the Federal Information Security Modernization Act of 2014,” wrote Rodgers and Comer.   After becoming aware of a major data breach and potential exposure of Medicare beneficiaries’ personal information, it took CMS two months to determine that the data breach constituted a “major incident” as defined in the Federal Information Security Modernization Act.",
 "health/government contractor IT", "US", "outage",
 "The first item of the committee majority's 'Letter Updates' page (the page's heading lines 'News' and 'Letter Updates', the item's date line 'Mar 20, 2023', kept as `published`, the label 'Letter' and its heading, kept as title, left out); the item's double and triple spaces after full stops and the letter's 'Centers for Medicare & Medicare Services' kept as printed. Cut before the next quotation, which the excerpt cuts off ('“In other words, bad actors had access ... [...] The compromised information potentially includes ... Social Sec'). Near-miss: the ransomware attack on HMS's corporate network is told as a data breach, with no lost service. The event is new to the corpus.",
 "PD", "US House committee website (page store)"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
