#!/usr/bin/env python3
"""Batch 26b (session 27, this session's out-of-sample check; helper gather27b): English Wikipedia articles (CC BY-SA)
told as news, weighted to outages and service disruptions with the operator named — Bangladesh's blackout of 4
October 2022 (the state power board reporting the grid's malfunction), Pakistan's blackout of 9 January 2021 (a
power-plant fault, the transmission company fined by the regulator, the power minister), the global outage of
Facebook and its apps of 4 October 2021 (lost routes to its DNS servers), Auckland's five-week power crisis of 1998
(the city's privatised network company and its cables), Pakistan's blackout of 24 January 2015 (a militant attack,
no operator named) and Chile's of 24 September 2011 (a substation failure, no operator named, mines hit) — and three
near-misses (Optus's data breach of September 2022, data stolen with no service lost; Lizard Squad's claimed
denial-of-service attacks and threats not carried out; Ghana's recurring load shedding, 'dumsor', counted, not told
apart). Company leadership and deals in English Wikipedia were left to helper gather27c.
Texts are the search tool's page-store excerpts (corpus `pages`; one from `docs`), never a whole page, cut at the last
full sentence before an excerpt breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch26b.py [POOL_DIR] [--dry]   (default /tmp/gather27b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather27b/pool"

R = []
# ---- outages ----------------------------------------------------------------------------------------------------
R.append(wp("wp-2022-bangladesh-blackout", "2022 Bangladesh blackout",
 "https://en.wikipedia.org/wiki/2022_Bangladesh_blackout",
 "The 2022 Bangladesh blackout was a power outage that occurred across Bangladesh on October 4, 2022. The blackout "
 "lasted for almost 7 hours.\n\n"
 "According to Bangladesh Power Development Board, the power grid of the country malfunctioned at around 2pm (08:00 "
 "GMT) on October 4, 2022.\n\n"
 "Due to the blackout, all power plants tripped and electricity was cut in the capital Dhaka and other big cities. "
 "Between 75 and 80 per cent electricity supply was suspended during the blackout.\n\n"
 "The blackout affected operations of the Bangladesh's lucrative export-oriented garment industry. According to the "
 "Bangladesh Garment Manufacturers and Exporters Association, they had to shut their offices because the generators "
 "were not able to run for long periods.",
 "electricity / grid", ["outage"],
 "The article as en.wikipedia.org renders it in the page store ('= 2022 Bangladesh blackout =' title line): the "
 "infobox lines (duration 'almost 7 hours', date, location 'Dhaka and other big cities', type) and the headings "
 "('Cause', 'Areas affected', 'Impact') cut; kept as written: 'the Bangladesh's lucrative export-oriented garment "
 "industry'; the excerpt ends after 'for long periods.' (`truncated`: the article may continue). Undated rendering "
 "(2022 content): recorded 4.0. Bangladesh Power Development Board, Garment Manufacturers, Dhaka: 0 in train/dev "
 "(Dhaka: one test file by count; batch 24b's 2014 Bangladesh blackout is another event, its text names no board).",
 "non-US"))

R.append(wp("wp-2021-pakistan-blackout", "2021 Pakistan blackout", "https://en.wikipedia.org/wiki/2021_Pakistan_blackout",
 "The 2021 Pakistan blackout was a power outage that occurred across Pakistan on January 9, 2021.\n\n"
 "The Power Minister Omar Ayub cited the reason that at 11.41pm local time (1841 GMT) on Saturday January 9, the "
 "blackout was caused by “an engineering fault” in Guddu power plant in southern Pakistan which tripped the system "
 "and caused power plants to shut down.\n\n"
 "Areas affected by power cuts include the capital Islamabad, along with major cities such as Karachi, Lahore, "
 "Peshawar, Multan, Quetta, Rawalpindi, Faisalabad, Muzaffargarh, Narowal, Bhakkar, Kabirwala, Khanewal, Bahawalpur "
 "and Sukkur. Between 80 and 90 per cent electricity supply was suspended during the blackout.\n\n"
 "The blackout affected the operations of airports as well as forced the hospitals to use their backup generators. An "
 "inquiry was also conducted by National Electric Power Regulatory Authority (NEPRA) to probe the incident and imposed "
 "a fine of Rs50 million on the National Transmission and Despatch Company (NTDC). NEPRA stated the reason that the "
 "NTDC failed to ensure the supply of electricity in a timely manner.",
 "electricity / grid", ["outage"],
 "The article as en.wikipedia.org renders it in the page store ('= 2021 Pakistan blackout =' title line): the infobox "
 "lines (title, date, time '11.41pm local time (1841 GMT)', location, cause, 'Reported Property Damage' naming the "
 "fine on the NTDC) and the headings ('Cause', 'Areas affected', 'Impact') cut; kept as written: 'The Power Minister "
 "Omar Ayub cited the reason that', 'Rs50 million'; the excerpt ends after 'in a timely manner.' (`truncated`: the "
 "article may continue). Undated rendering (2021 content): recorded 4.0. Guddu, NTDC, NEPRA, Omar Ayub: 0 in "
 "train/dev/test (batch 19d's 2023 Pakistan blackout is another event).", "non-US"))

R.append(wp("wp-2021-facebook-outage", "2021 Facebook outage",
 "https://vuink.com/post/ra-d-djvxvcrqvn-d-dbet/wiki/2021_Facebook_outage",
 "On October 4, 2021 at 15:39 UTC, the social network Facebook and its subsidiaries Messenger, Instagram, WhatsApp, "
 "Mapillary, and Oculus, became globally unavailable. During the outage, many users flocked to Twitter, Discord, and "
 "Telegram, resulting in disruptions on these apps' servers. The outage was caused by the loss of IP routes to the "
 "Facebook Domain Name System (DNS) servers, which were all self-hosted at the time. Border Gateway Protocol (BGP) "
 "routing was restored for the affected prefixes at about 20:50, and DNS services began to be available again at 21:05 "
 "UTC, but application-layer services were slowly restored to Facebook, Instagram, and WhatsApp more than an hour "
 "later, with the outage lasting over seven hours in total.\n\n"
 "Security experts identified the problem as a Border Gateway Protocol (BGP) withdrawal of the IP address prefixes in "
 "which Facebook's Domain Name servers were hosted, making it impossible for users to resolve Facebook and related "
 "domain names, and reach services. Effects were visible globally, for example Swiss Internet service provider Init7 "
 "recorded a massive drop in internet traffic to the Facebook servers after the change in the Border Gateway "
 "Protocol.",
 "internet / social media", ["outage"],
 "The article's lead and first section as a Wikipedia proxy (vuink.com, the address of "
 "en.wikipedia.org/wiki/2021_Facebook_outage encoded in its path) holds it: citation markers ('[1]' to '[9]') cut; "
 "the excerpt ends after 'the Border Gateway Protocol.' (`truncated`). Undated rendering (content after 2021): "
 "recorded 4.0. Doubtful: the proxy's terms were not found in the page store. Facebook's outage, Mapillary, Init7, "
 "Oculus: 0 in train/dev/test (Facebook and WhatsApp appear in train/dev files on other topics).", "mixed",
 copy_of="the Wikipedia article, via a proxy site"))

R.append(wp("wp-1998-auckland-power-crisis", "1998 Auckland power crisis",
 "https://huggingface.co/datasets/albertvillanova/tmp-struct/viewer/default/train?p=13",
 "The 1998 Auckland power crisis was a five-week-long power outage affecting the central city of Auckland, New "
 "Zealand from 19 February to 27 March 1998. A 1998 ministerial inquiry criticised both the Auckland Electric Power "
 "Board and its privatised successor, which had halved its staff after taking over in October 1993. The report blamed "
 "risk and asset management and contingency planning, but said reviews of the electricity network were in accordance "
 "with industry practice. However, Mercury Energy’s Board had known for 5 years of a potential failure of the power "
 "cables, but, instead of also replacing them, took the cost-saving risk of only building a replacement tunnel, which "
 "wasn't ready in time. The inquiry report also said, \"Internal expertise in 110 kV assets was not maintained at a "
 "sufficient level\".",
 "electricity / distribution", ["outage"],
 "The article's abstract as a Hugging Face dataset viewer page shows it (albertvillanova/tmp-struct, rows of "
 "Wikimedia's structured-contents format: name '1998 Auckland power crisis', identifier 2,116,923, 'abstract'), found "
 "with the search tool's `docs` corpus; the table furniture before it cut; cut after 'at a sufficient level\".', "
 "before 'At the time, almost all of Auckland's central business district was supplied ...', where the excerpt "
 "breaks off (`truncated`). Recorded 4.0 (a structured-contents snapshot of recent years). Doubtful: a dataset "
 "viewer page rather than a Wikipedia mirror; the abstract is the lead of the article. Mercury Energy, Auckland "
 "Electric Power Board: 0 in train/dev/test (batch 25b's 2006 Auckland blackout is another event).", "non-US",
 copy_of="the Wikipedia article's abstract, in a Wikimedia structured-contents sample shown by Hugging Face's dataset viewer"))

# ---- near-misses --------------------------------------------------------------------------------------------------
R.append(wp("wp-2022-optus-data-breach", "2022 Optus data breach", "https://wikimili.com/en/2022_Optus_data_breach",
 "In September 2022, Australian telecommunications company Optus suffered a data breach that affected up to 10 "
 "million current and former customers comprising a third of Australia's population. Information was illegally "
 "obtained, including names, dates of birth, home addresses, telephone numbers, email contacts, and numbers of "
 "passports and driving licences. Conflicting claims about how the breach happened were made; Optus presented it as a "
 "complicated attack on its systems while an Optus insider and the Australian Government said a human error caused a "
 "vulnerability in the company's API. A ransom notice asking for A$1,500,000 to stop the data from being sold online "
 "was issued. After a few hours, the data thieves deleted the ransom notice and apologised for their actions.\n\n"
 "Government figures, including Home Affairs and Cyber Security Minister Clare O'Neil, and Minister for Government "
 "Services Bill Shorten, criticised Optus for its role in the attack, and for being uncooperative with government "
 "agencies and the public. The government announced legislation, including the allowance of information-sharing with "
 "financial services and government agencies, and reforms to Australia's laws on security of critical infrastructure "
 "to help the government act in the event of future breaches. In response to the data breach, Optus agreed to pay for "
 "the replacements of compromised passports, commissioned an external review, and gave seriously affected customers "
 "a subscription to a credit monitoring service. Optus also apologised for the breach. Customers criticized Optus for "
 "not being responsive and providing inadequate responses to those affected. As of June 2023, investigations into the "
 "breach and a class-action lawsuit from affected customers were ongoing.\n\n"
 "Optus, an Australian telecommunications company, was founded in 1981 with the formation of the government-owned "
 "satellite-communications company AUSSAT.",
 "telecoms", ["near-miss"],
 "The article as a Wikipedia copy (wikimili.com, 'Last updated' furniture) holds it: the title and 'Last updated' "
 "lines, the 'Contents' line, the heading 'Background' and citation markers ('[1]', '[2]') cut; kept as written: "
 "'criticised' beside 'criticized'; cut after '... company AUSSAT.', before 'AUSSAT ...', where the excerpt breaks "
 "off (`truncated`). Content to June 2023: recorded 4.0. Doubtful: wikimili's terms were not found in the page store. "
 "Near-miss: a data breach, no service said lost. Optus is in train/dev (ACMA statements on its outages and penalties, "
 "other events); Kelly Bayer, Clare O'Neil, Bill Shorten, AUSSAT: 0 in train/dev/test.", "non-US"))

R.append(wp("wp-lizard-squad", "Lizard Squad", "https://www.reference.org/admin/ArticleIntroEdit/EspdTDUD",
 "Lizard Squad was a black hat hacking group, mainly known for their claims of distributed denial-of-service (DDoS) "
 "attacks primarily to disrupt gaming-related services.\n\n"
 "On September 3, 2014, Lizard Squad seemingly announced that it had disbanded only to return later on, claiming "
 "responsibility for a variety of attacks on prominent websites. The organization at one point participated in the "
 "Darkode hacking forums and shared hosting with them.\n\n"
 "On April 30, 2016, Cloudflare published a blog post detailing how cyber criminals using this group's name were "
 "issuing random threats of carrying out DDoS attacks. Despite these threats, Cloudflare claim they failed to carry "
 "through with a single attack. As a result of this, the British National Fraud Intelligence Bureau issued an alert "
 "warning businesses not to comply with ransom messages threatening DDoS attacks.",
 "internet / security", ["near-miss"],
 "The article's lead as reference.org holds it (an article-intro page of a Wikipedia-derived reference site); the "
 "excerpt is the whole intro as shown (`truncated`: the article itself continues). Undated rendering: recorded 4.0. "
 "Doubtful: the site's terms were not found in the page store. Near-miss: claimed attacks not told one by one and "
 "threats not carried out; no service said lost. Lizard Squad, Darkode, National Fraud Intelligence Bureau: 0 in "
 "train/dev/test; Cloudflare: one test file by count (not opened).", "non-US"))

R.append(wp("wp-2015-pakistan-blackout", "2015 Pakistan blackout", "https://en.wikipedia.org/wiki/2015_Pakistan_blackout",
 "The 2015 Pakistan blackout was a power outage that occurred across Pakistan on January 24, 2015.\n\n"
 "The Ministry of Water and Power released a statement that the blackout was caused due to a militant attack on a "
 "transmission tower near Naseerabad in Baluchistan province just before midnight.\n\n"
 "Due to the blackout, no electricity was available in Punjab, Khyber Pakhtunkhwa, Islamabad or Balochistan on the "
 "Saturday night. 80 per cent of the electricity supply was suspended during the blackout.",
 "electricity / grid", ["outage"],
 "The article as en.wikipedia.org renders it in the page store ('= 2015 Pakistan blackout =' title line): the "
 "headings ('Cause', 'Areas affected') cut; kept as written: 'was caused due to', 'Baluchistan' beside "
 "'Balochistan'; the excerpt ends after 'during the blackout.' (`truncated`: the article may continue). Undated "
 "rendering: recorded 4.0. Ministry of Water and Power, Naseerabad: 0 in train/dev/test; no operator named (the "
 "ministry reported it). Kept beside this batch's 2021 Pakistan blackout and batch 19d's 2023 one: three events, "
 "one text each.", "non-US"))

R.append(wp("wp-2011-chile-blackout", "2011 Chile blackout", "https://en.wikipedia.org/wiki/2011_Chile_blackout",
 "The 2011 Chile blackout was a major power outage that occurred on 24 September 2011, approximately between 20:30 and "
 "21:45 local time (23:30 and 00:45 UTC respectively), although the time of reinstatement varied geographically. It "
 "mainly affected the regions from Coquimbo to Maule, where the blackout was total, but it also reportedly partially "
 "affected the Atacama and Bío Bío regions. The blackout affected approximately nine million Chileans.\n\n"
 "Chile has 4 electrical interconnections that operate independently. In the blackout, the Central Interconnected "
 "System (SIC) collapsed.\n\n"
 "Prior to the blackout, 5 transmission lines had been removed from service for maintenance.\n\n"
 "The cause of the blackout, which started at 20:30 local time (UTC−03:00), was later determined to be equipment "
 "failure at an electrical substation. In particular, it began with a single phase short circuit. Rodrigo Álvarez "
 "Zenteno, Minister of Energy, noted a computer system malfunction and \"oscillation problems\" affecting two power "
 "lines. The blackout interrupted mobile phone service and forced the evacuation of thousands of rail and rapid "
 "transit passengers in Santiago, the capital city. It also delayed a concert by pop singer Ricky Martin A "
 "supermarket in Quilicura was looted, and a youth was wounded during a confrontation between the looters and "
 "police.\n\n"
 "The outage affected operations at a number of copper mines, of which Chile is the world's top producer. The Los "
 "Bronces mine, operated by Anglo American, halted production temporarily and later, with power from generators, "
 "resumed at one-third capacity. CODELCO, Chile's state-owned copper mining company, reported that its Andina "
 "division and the El Teniente mine had lost power but continued operations using generators until power was "
 "restored.",
 "electricity / grid", ["outage"],
 "The article as en.wikipedia.org renders it in the page store ('= 2011 Chile blackout =' title line); citation "
 "markers absent in this rendering; kept as written: 'Chile has 4 electrical interconnections', 'pop singer Ricky "
 "Martin A supermarket' (no full stop); cut before the heading '==Investigation==' and its first sentence, where the "
 "excerpt breaks off ('... determined that the cause of the blackout was an electrical s'; `truncated`). Undated "
 "rendering: recorded 4.0. Another event than batch 25b's 2010 Chile blackout (a test file): Álvarez Zenteno, Anglo "
 "American, CODELCO, Los Bronces, Quilicura, Ricky Martin: 0 in train/dev/test; Chile, Santiago and the SIC are "
 "shared with that text (its 8-word shingles checked by script).", "non-US"))

R.append(wp("wp-dumsor", "Dumsor", "https://en.wikipedia.org/wiki/Dumsor",
 "In Ghana, dumsor is a persistent, irregular, and unpredictable electric power outage. It is usually caused by a "
 "power supply shortage.\n\n"
 "By early 2019, Ghanaians began to experience another wave of a controversial dumsor or load shedding, whose "
 "schedule was not published, despite the norm. Ghana's Parliament was even divided on how to call it.\n\n"
 "While officials of Ghana's energy sector regulators claimed that dumsaa, the new wave of dumsor, was due to "
 "transmission failures, sector analysts believed dumsaa was a matter of gross corporate liquidity mismanagement.\n\n"
 "Ghana's power supply profusely became erratic in early 2013, because of generation capacity and breach in contract "
 "obligations to external partners. By 2015, Ghana experienced an unprecedented days and nights of blackouts because "
 "of acute electricity supply.\n\n"
 "The term Dumsor is used to denote a period of a permanently erratic power supply under the NDC administration when "
 "Ghanaian generating capacity by 2015 went all-time low 400-600 megawatts, less than Ghana needed. Ghanaian "
 "electricity distributors regularly shed load with rolling blackouts. At the beginning of 2015, the dumsor schedule "
 "went from 24 hours with light and 12 without to 12 hours with light and 24 without.",
 "electricity / distribution", ["near-miss"],
 "The article as en.wikipedia.org renders it in the page store ('= Dumsor =' title line): the pronunciation and "
 "gloss in brackets after 'dumsor' ('(/ak/ 'off and on')') cut, as batch 25b cut bracketed foreign-script names; "
 "the headings ('Terminology', 'History') cut; in 'Terminology' the first two paragraphs (the word's Akan origin) "
 "and the sentences whose Akan terms the rendering dropped ('... referred to the dumsor as , as compared to ...', "
 "'This thus ushered in the term : ...') cut, the rest kept in order; kept as written: 'an unprecedented days and "
 "nights of blackouts', 'went all-time low'; cut after '24 without.', before 'The long bl', where the excerpt breaks "
 "off (`truncated`). Undated rendering (content to 2019): recorded 4.0. Near-miss: recurring load shedding "
 "counted, not told one by one, no operator named. Dumsor: 0 in train/dev/test (Ghana: two test files by count, "
 "other events).", "non-US"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
