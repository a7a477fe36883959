#!/usr/bin/env python3
"""Batch 30c (session 31, part of this session's out-of-sample check; helper gather31c): outages and service
disruptions with the operator named, from English Wikipedia (CC BY-SA) as the search tool's page store holds it — the
2011 Southwest blackout (8 September 2011, five utilities hit, San Diego Gas & Electric a subsidiary of Sempra
Energy; an older revision at en.wikipedia.org), Malaysia's power outages of 1992, 1996, 2003 and 2005 told apart
(a list article, Tenaga Nasional named as the utility after the 1996 blackout; a Wikipedia copy) — and a near-miss (the Anthem medical data breach disclosed on 4
February 2015, records stolen, no service said lost; a Wikipedia copy). Only three texts: the deadline came before more
events new to the corpus could be found (most famous outages are already in it; see the section file).
Texts are page-store excerpts (corpus `pages`), never a whole page, cut at the last full sentence before an excerpt
breaks off (`truncated`). Edits per item in `notes`; no word added or changed. Written before newskg ran on any text
of the batch.
usage: batch30c.py [POOL_DIR] [--dry]   (default /tmp/gather31c/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather31c/pool"

R = []
# ---- outage -----------------------------------------------------------------------------------------------------
R.append(wp("wp-2011-southwest-blackout", "2011 Southwest blackout",
 "http://en.wikipedia.org/wiki/2011_Southwest_blackout",
 "The 2011 Southwest blackout, sometimes referred to as the Great Blackout of 2011, was a widespread power outage "
 "that affected large areas of Southern California as well as western Arizona and northern Baja California and "
 "Sonora. It occurred on Thursday, September 8, 2011, beginning at about 3:38 pm PDT. It was the largest power "
 "failure in California history.\n\n"
 "SDG&E's system is connected to Arizona by the Southwest Power Link, which is a single 500 kV power line "
 "(afterwards, SDG&E built a second line, but this connects in the Imperial Valley and the Arizona section is still "
 "a single line). There is no connection at the 500 kV level between SDG&E and SCE (or LADWP). Rather, they are both "
 "connected to \"SONGS\" (San Onofre Nuclear Generating Station). IID has a 92 kV system connected to both.\n\n"
 "Five utilities were affected: San Diego Gas & Electric, a subsidiary of Sempra Energy that serves San Diego County "
 "and parts of southern Orange County and parts of Riverside County; the Imperial Irrigation District, serving the "
 "Imperial Valley; the portion of Comisión Federal de Electricidad, Mexico's electric utility, serving Baja "
 "California; Arizona Public Service; and Western Area Power Administration - Lower Colorado. The blackout left "
 "nearly seven million people without power, including 1.4 million customers in San Diego County and 1.1 million "
 "customers in Mexico. The outage was the result of 23 distinct events that occurred on 5 separate power grids in a "
 "span of 11 minutes. Federal, regional and local officials are investigating what happened and why the outage "
 "cascaded the way it did. The Arizona Public Service (APS) North Gila Substation reported power loss at 3:27 pm "
 "PDT.",
 "utilities/electricity", ["outage"],
 "An older revision as the page store holds it at the http address of en.wikipedia.org ('From Wikipedia, the free "
 "encyclopedia' and 'Jump to: navigation, search' lines, the map caption 'States with areas largely affected by the "
 "Southwest Blackout of 2011' and the image label 'a map' cut; citation markers '[1]' to '[8]' cut); cut after "
 "'reported power loss at 3:27 pm PDT.', before 'Within seconds a portion of a Mexico power plant shut down, but "
 "there is no indication that Arizona imp', where the excerpt breaks off (`truncated`). Kept as written: 'Western "
 "Area Power Administration - Lower Colorado', 'Federal, regional and local officials are investigating' (the "
 "revision's present tense). The page store's current en.wikipedia.org rendering of the same article (a rewritten "
 "'Background' section) left out: one text per event. Recorded CC BY-SA 3.0: a revision from before Wikimedia's "
 "June 2023 move (the old skin's navigation line; no revision id). Sempra, San Onofre, Comisión Federal de "
 "Electricidad, North Gila, SDG&E, Arizona Public Service, Imperial Valley, Imperial Irrigation District, Sonora, "
 "LADWP, Southwest Power Link: 0 in train/dev/test and in GATHERING.md.", "US", v3=True))

# ---- near-miss --------------------------------------------------------------------------------------------------
R.append(wp("wp-anthem-medical-data-breach", "Anthem medical data breach",
 "http://twiki.owiki.org/wiki/Anthem_medical_data_breach",
 "The Anthem medical data breach was a medical data breach of information held by Anthem Inc. On February 4, 2015, "
 "Anthem, Inc. disclosed that criminal hackers had broken into its servers and potentially stolen over 37.5 million "
 "records that contain personally identifiable information from its servers. On February 24, 2015 Anthem raised the "
 "number to 78.8 million people whose personal information was affected. According to Anthem, Inc., the data breach "
 "extended into multiple brands Anthem, Inc. uses to market its healthcare plans, including, Anthem Blue Cross, "
 "Anthem Blue Cross and Blue Shield, Blue Cross and Blue Shield of Georgia, Empire Blue Cross and Blue Shield, "
 "Amerigroup, Caremore, and UniCare. Healthlink says it was also a victim. Anthem says the medical information and "
 "financial data was not compromised. Anthem has offered free credit monitoring in the wake of the breach. According "
 "to Bloomberg News, China may be responsible for this data breach. Michael Daniel, chief adviser on cybersecurity "
 "for President Barack Obama, said he would be changing his own password. According to The New York Times about 80 "
 "million company records were hacked, and there is fear that the stolen data will be used for identity theft. The "
 "compromised information contained names, birthdays, medical IDs, social security numbers, street addresses, "
 "e-mail addresses and employment information, including income data.\n\n"
 "The data was stolen over a period of weeks the month before the data breach was discovered. Anthem was not "
 "required by law to encrypt the data. However, Anthem faced several civil class-action lawsuits, which were settled "
 "in 2017 at a cost of $115 million. Anthem did not admit any wrongdoing in the settlement.\n\n"
 "Data from the attack is expected to be sold on the black market.\n\n"
 "Persons whose data was stolen could have resulting problems about identity theft for the rest of their lives.",
 "healthcare/insurance", ["near-miss"],
 "A Wikipedia copy (twiki.owiki.org, 'wiki/Anthem_medical_data_breach') as the page store holds it: the headings "
 "'Theft of the data', 'Use of the data' and 'Impact' cut; cut after 'for the rest of their lives.', before 'Anthem "
 "had a million insurance policy for cyber problem', where the excerpt breaks off (`truncated`). Kept as written: "
 "'including, Anthem Blue Cross', 'On February 24, 2015 Anthem raised', 'Caremore'. Near-miss: records stolen, no "
 "service said lost (as batch 26b's Optus and batch 26f's TalkTalk breaches). Undated copy with content to 2017: "
 "recorded 4.0 as earlier batches' undated copies (doubtful: the copy site's terms were not found in the page "
 "store). Anthem, Healthlink, Amerigroup, UniCare, Caremore, Michael Daniel: 0 in train/dev/test and in "
 "GATHERING.md.", "US"))

R.append(wp("wp-power-outages-in-malaysia", "Power outages in Malaysia", "https://wikimili.com/en/Power_outages_in_Malaysia",
 "Several major power outages have occurred in the country of Malaysia.\n\n"
 "1992 blackout\n\n"
 "On 29 September 1992, Malaysia suffered a long and total power blackout caused by lightning striking a "
 "transmission facility and causing a rolling failure in the transmission and distribution system.\n\n"
 "1996 blackout\n\n"
 "A widespread power outage in Peninsular Malaysia began at 17:17 on 3 August 1996. The states of Peninsular "
 "Malaysia \u2013 including Kuala Lumpur, Selangor, Putrajaya, Johor, Melaka, and Negeri Sembilan \u2013 lost power for "
 "several hours.\n\n"
 "A transmission line near Sultan Ismail Power Station in Paka, Terengganu tripped at 5:17pm causing all power "
 "stations in Peninsular Malaysia to collapse resulting in a massive power failure. Supply was back to normal by "
 "11pm.\n\n"
 "The weekend power outage was the third in the past four years, and the worst since In the wake of that "
 "capacity-related stumble, the government moved to allow five independent power producers to enter the "
 "electricity-generation business. After this blackout, utility giant Tenaga Nasional's stock fell considerably.\n\n"
 "2003 blackout\n\n"
 "The southern Peninsular Malaysia electricity blackout crisis affected the southern part of Peninsular Malaysia, "
 "including Kuala Lumpur, Selangor, Negeri Sembilan, Malacca and Johor due to a power failure. The 5 states "
 "(including Kuala Lumpur) had been affected for 5 hours from 10.00 am local time (02:00 UTC) to 3.00 pm (07:00 UTC) "
 "on September 4, costing industries $13.8 million\n\n"
 "2005 blackout\n\n"
 "The northern Peninsular Malaysia blackout crisis was a power outage in Malaysia in 2005 where many states of "
 "Malaysia's northern peninsular, including Perak, Penang, Kedah, and Perlis had no electricity owing to a fault of "
 "the main cable transmission line grid near Serendah, Selangor.",
 "utilities/electricity", ["outage"],
 "WikiMili's copy of the list article as the page store holds it: the 'Last updated' and 'Contents' lines and the "
 "citation markers ('[1]' to '[4]', with the space before them) cut; the section headings ('1992 blackout', '1996 "
 "blackout', '2003 blackout', '2005 blackout') KEPT as lines of the text (unlike the other Wikipedia texts): they "
 "carry the years that tell the four outages apart (the 2003 section's 'September 4' has no year of its own); cut "
 "before the heading '2013 blackouts', whose section the excerpt breaks off ('originated from Bakun', `truncated`). "
 "Kept as written: 'the worst since In the wake of', 'costing industries $13.8 million' (no full stop), 'Melaka' "
 "beside 'Malacca', 'northern peninsular'. The page store's older en.wikipedia.org rendering (reached through the "
 "redirect '2003 southern Malaysia blackout') left out: it stops inside the 2005 section and adds to the 1992 "
 "section an unsourced claim about a named company. Undated copy: recorded 4.0 (as batch 26b's WikiMili copy). "
 "Tenaga Nasional, Paka, Serendah, Sultan Ismail Power Station, Peninsular Malaysia, Terengganu, Negeri Sembilan: 0 "
 "in train/dev/test and in GATHERING.md.", "non-US", copy_of="the Wikipedia article, via WikiMili"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
