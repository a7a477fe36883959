#!/usr/bin/env python3
"""Batch 27c (session 28, part of this session's out-of-sample check; helper gather28c): English Wikipedia articles
(CC BY-SA) told as news on power outages — the two Western North America blackouts of 2 July and 10 August 1996, told
apart, the second begun by faults on lines of the federal power marketer named by its acronym — and a near-miss
(South Africa's energy crisis: the state utility's load shedding since 2007, rolling blackouts counted, not told one
by one).
Texts are the search tool's page-store excerpts (corpus `pages`), never a whole page, cut at the last full sentence
before an excerpt breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
Only 2 texts against the 12-16 asked: see GATHERING.md "Batch 27c" for the searches and why the other candidates
were left out (news copies only, or the event already in the corpus).
Part 2 (R2, written with --part2; gathered after part 1 was committed, before newskg ran on any text of the batch):
public-sector texts on outages — Ofgem's press release opening its investigation of two distribution network
operators over the 2013 Christmas storms (6 March 2014), Ofgem's statement on the Sheffield gas supply incident at a
gas distribution network (undated), a Commons statement on the Iberian peninsula's power outage of 28 April 2025
(Hansard, 30 April 2025) — and a near-miss (the US federal Judiciary's statement on cyberattacks on its case
management system, 7 August 2025; no service said lost).
Licences: Ofgem publishes under the Open Government Licence v3.0 (as batches 18a and 18a2); Hansard under the Open
Parliament Licence v3.0 (a Parallel Parliament reproduction, as batches 16-25d); the Administrative Office of the US
Courts' statement is a US federal government work (public domain, 17 U.S.C. 105).
Part 3 (R3, written with --part3; gathered after part 2 was committed, before newskg ran on it): an English Wikipedia
article on the ransomware attack that took a Japanese media group's websites and its video platform down (8 June 2024).
Part 4 (R4, written with --part4; gathered after part 3 was committed, before newskg ran on it): an English Wikipedia
article on Sri Lanka's power outages (the nationwide blackout of March 2016, the state utility's rolling blackouts of
18 March - 10 April 2019, the nationwide blackout of 17 August 2020) and a Scottish Government release on the power
cuts of Storm Floris (the network operator reconnecting 71,000 properties, 2025), as wired-gov.net reproduces it (Open
Government Licence v3.0, as batch 16c2's Shetland release).
usage: batch27c.py [POOL_DIR] [--dry] [--part2|--part3|--part4]   (default /tmp/g28c/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, OPL_NOTICE
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/g28c/pool"

R = []
# ---- outages ----------------------------------------------------------------------------------------------------
R.append(wp("wp-1996-western-north-america-blackouts", "1996 Western North America blackouts",
 "https://kiwix.haohe.fun/content/wikipedia_en_all_maxi_2024-01/A/1996_Western_North_America_blackouts",
 "The 1996 Western North America blackouts were two widespread power outages that occurred across Western Canada, the "
 "Western United States, and Northwest Mexico on July 2 and August 10, 1996. They were spread 6 weeks apart and were "
 "thought to be similarly caused by excess demand during a hot summer.\n\n"
 "Though affecting millions, the blackouts were largely an inconvenience, and not emergencies. On both occasions "
 "airport operations continued, and power was restored within minutes or hours.\n\n"
 "The blackouts raised concerns about the then-recent debates about deregulating electricity utilities.\n\n"
 "On July 2, 1996, a voltage instability resulted from the loss of steady state equilibrium conditions, caused by "
 "reactive power deficiency in the Idaho area. The power failure affected parts of Alberta and British Columbia in "
 "Canada, western Mexico, as well as Idaho, Montana, Utah, New Mexico, California, and Arizona, affecting more than "
 "two million people. Most power was restored in an hour or two.\n\n"
 "President Bill Clinton directed the United States Department of Energy to investigate the reasons for the widespread "
 "power outage and whether it could have been prevented.\n\n"
 "On August 10, 1996, the western electric grid experienced another massive blackout.\n\n"
 "This power outage affected customers in seven western US states, two Canadian provinces, and Baja California, "
 "Mexico. Approximately 7.5 million customers lost power for periods ranging from several minutes to six hours. The "
 "outage stretched from Canada to New Mexico and knocked out power to 4 million customers amid a triple-digit heat "
 "wave.\n\n"
 "At 2:06 p.m., the Big Eddy-Ostrander line flashed and grounded to a tree. At 2:52 p.m., the John Day–Marion line "
 "(also owned by BPA) flashed to a tree. Due to a circuit breaker being out of service, this also took the "
 "Marion–Lane line out of operation.",
 "electricity / transmission", ["outage"],
 "The article as a Kiwix copy of English Wikipedia holds it (kiwix.haohe.fun, the dump wikipedia_en_all_maxi_2024-01): "
 "the headings ('July 2 blackout', 'August 10 blackout') and citation markers ('[1]' to '[4]') cut; paragraphs, "
 "given one a line, joined with blank lines; cut after 'out of operation.', before 'At 3:42 p.m., the Keeler–Allston "
 "line ...', where the excerpt breaks off (`truncated`). Kept as written: 'They were spread 6 weeks apart', 'the "
 "then-recent debates about', 'Big Eddy-Ostrander' (hyphen) beside 'John Day–Marion' and 'Marion–Lane' (en dashes). "
 "Dump of January 2024: recorded 4.0. The en.wikipedia.org rendering in the page store is a later revision that "
 "stops inside the July 2 section and names neither the August lines nor BPA; the Kiwix copy was taken for the "
 "fuller account. Names checked: Bill Clinton, Bonneville, Big Eddy, Keeler, John Day, 'July 2, 1996', 'August 10, "
 "1996': 0 in train/dev/test; Western Canada one dev file, Idaho train/dev files, Department of Energy train/dev "
 "files (other topics); 'BPA' only as a substring of other words in train/dev.", "mixed"))

# ---- near-miss --------------------------------------------------------------------------------------------------
R.append(wp("wp-south-african-energy-crisis", "South African energy crisis",
 "https://en.wikipedia.org/wiki/South_African_energy_crisis",
 "South Africa's energy crisis (or load shedding) is an ongoing period of widespread national power outages beginning "
 "at the end of 2007. The South African government-owned national power utility, and primary power generator, Eskom, "
 "and various parliamentarians have attributed these rolling blackouts to insufficient generation capacity.\n\n"
 "According to Eskom and government officials, the solution requires the construction of additional power stations "
 "and generators. However, corruption and mismanagement of Eskom, most notably during the Jacob Zuma administration, "
 "has exacerbated the energy crisis; while neglect by Eskom staff, multiple acts of sabotage, and the activity of "
 "criminal syndicates within Eskom with alleged political connections have also contributed to ongoing power supply "
 "problems. Many South Africans commentators have described the ongoing energy crisis as a symptom of long-standing "
 "poor governance.\n\n"
 "In April 2024, South Africa had a full month without rotational power cuts, which was the first time since January "
 "2022. However, load shedding and scheduled rolling blackouts returned at the end of January 2025.\n\n"
 "In a December 1998 report, analysts and leaders in Eskom and in the South African government predicted that Eskom "
 "would run out of electrical power reserves by 2007 unless action was taken to prevent it. To improve power supply "
 "and reliability, the 1998 report recommended restructuring Eskom into separate electricity generation and power "
 "transmission businesses. Despite the warnings of the 1998 report and requests by Eskom to be allowed to increase "
 "capacity, the national government took no action. At the time the Mbeki government was considering the "
 "privatisation of Eskom which was cited as a reason why the government took no action. This resulted in Eskom being "
 "unable to add additional generating capacity and thereby keep up with increasing national demand for electricity "
 "from 2002 onward.",
 "electricity / generation", ["near-miss"],
 "The article as en.wikipedia.org renders it in the page store ('= South African energy crisis =' title line): the "
 "heading 'Background' cut; cut after 'from 2002 onward.', before 'The govern', where the excerpt breaks off "
 "(`truncated`). Kept as written: 'Many South Africans commentators', 'has exacerbated the energy crisis; while "
 "neglect ...'. Content after January 2025: recorded 4.0. Near-miss: load shedding and rolling blackouts over years, "
 "counted as a period, not told one by one (Decisions; as batch 26b's dumsor). Eskom, Mbeki: 0 in train/dev/test "
 "(GATHERING.md names Eskom's chief executives once, as a news-only search of batch 26e); Jacob Zuma: one train "
 "file (the Transnet ransomware text, another topic); South Africa: train/dev/test files on other topics.",
 "non-US"))


# ---- part 2: public-sector texts ----------------------------------------------------------------------------------
LIC = {"OGL": "Open Government Licence v3.0", "OPL": "Open Parliament Licence v3.0",
       "PD": "public domain (US federal government work)"}


def pub(id, url, published, title, lic, att, text, sector, region, topics, notes, origin, truncated=True):
    """A pool record for a public-sector text (fields as batch18a's `rec`)."""
    return {"id": id, "source": url, "licence": LIC[lic], "attribution": att, "published": published,
            "title": title, "text": text, "sector": sector, "region": region, "topics": topics.split(","),
            "origin": origin, "notes": notes, "truncated": truncated}


R2 = []
u = "https://www.ofgem.gov.uk/press-releases/ofgem-investigate-ukpn-and-sse%E2%80%99s-performance-during-christmas-storms"
t = "Ofgem to investigate UKPN and SSE’s performance during Christmas storms"
R2.append(pub("ofgem-press-release-investigate-ukpn-sse-christmas-storms-2014", u, "2014-03-06", t, "OGL",
 f"Ofgem, press release, '{t}', 2014-03-06, contains public sector information licensed under the Open Government "
 f"Licence v3.0; {u}",
 "Ofgem to investigate UKPN and SSE’s performance compared with other DNOs\n\n"
 "Ofgem will look into increasing payments to customers without electricity for an extended period of time during "
 "severe weather\n\n"
 "Distribution companies must learn storm lessons and report back to Ofgem on how they will improve their performance "
 "in the future\n\n"
 "Ofgem’s review of the electricity Distribution Network Operators’ (DNOs) handling of the 2013 Christmas storms shows "
 "wide differences in outcomes for consumers, with initial findings showing UK Power Networks (UKPN) and Scottish and "
 "Southern Energy (SSE) to have been the slowest in responding to customers and in reconnecting their electricity "
 "supply.\n\n"
 "The speed of response for restoring electricity supply varied significantly between the DNOs. Around one million "
 "customers were without power for at least three minutes with 95 per cent of them reconnected within 24 hours. "
 "Approximately 16,000 households suffered lengthy cuts of over 48 hours. Of these, more than 500 premises in the UKPN "
 "and SSE Southern regions were without supply for over five days. There was also a lack of consistency when it came "
 "to handling customer enquiries. One in five callers in UKPN and SSE Southern regions decided to hang up before "
 "speaking to an adviser whilst Western Power Distribution (WPD) answered calls almost immediately.\n\n"
 "Ofgem will be investigating UKPN and SSE’s performance in comparison with other DNOs. As part of this work, Ofgem is "
 "requiring all companies to review their processes and report back within two months. The investigation will be "
 "concluded in July 2014 and further action has not been ruled out.\n\n"
 "Ofgem will also consult to increase payments for customers during severe weather, especially for those customers "
 "disconnected for an extended period of time.",
 "energy/electricity", "non-US", "outage,regulatory",
 "Ofgem's press release as ofgem.gov.uk renders it in the page store; the page chrome ('Publication date', 'Information "
 "type', 'Policy area' labels) left out, the date '6th March 2014' kept as `published`, the heading kept as title; the "
 "three summary bullets kept as paragraphs without their bullet marks (no full stops added); cut after 'an extended "
 "period of time.', before 'The DNOs have estimated that 26,000', where the excerpt breaks off (`truncated`). UK Power "
 "Networks' and SSE's Christmas 2013 power cuts are new to the corpus (names 'Christmas storms', '2013 Christmas': 0 in "
 "train/dev/test; UK Power Networks: one train file on 9 August 2019). Related but not the same text or event: a test "
 "file (batch 18a2, Ofgem's proposal to double severe-weather payments) names Ofgem's senior partner for distribution, "
 "who is not in this excerpt; it tells no outage of its own (script count and batch18a2.py read, test file not opened). "
 "Ofgem's 24 July 2014 release on the companies' £8 million payments (a wired-gov.net copy) was left out: one text per "
 "event.", "Ofgem website (page store)"))

u = "https://www.ofgem.gov.uk/press-release/ofgem-statement-sheffield-gas-supply-incident-0"
t = "Ofgem statement on the Sheffield gas supply incident"
R2.append(pub("ofgem-statement-sheffield-gas-supply-incident-cadent", u, None, t, "OGL",
 f"Ofgem, press release, '{t}', contains public sector information licensed under the Open Government Licence v3.0; "
 f"{u}",
 "In these freezing temperatures we recognise this has been an extremely difficult situation for many households in "
 "Sheffield who have been without gas supply for a week.\n\n"
 "Ofgem staff have visited affected areas in Sheffield to monitor the network response and speak to customers about "
 "their experience directly, and we continue to actively monitor the situation.\n\n"
 "We are in constant and close contact with Cadent, Northern Powergrid, and Yorkshire Water to ensure that all "
 "customers’ needs are being met, particularly those who may be vulnerable.\n\n"
 "We have sought and received assurances from Cadent that each of their customers is being cared for and made "
 "comfortable while they wait for their supply to be restored. Cadent have assured us that they will restore all "
 "supply today, and leave inaccessible properties safe.\n\n"
 "It is likely that there will continue to be smaller scale, shorter duration disruptions to supplies for several more "
 "weeks as Cadent engineers fully remove all of the water from the gas pipes.\n\n"
 "As part of its incident reporting requirements, we have now asked Cadent to undertake an incident review, reporting "
 "to us by end of January.\n\n"
 "The scope of this review will include restoration of supplies and support for customers (especially vulnerable "
 "customers), cross agency coordination, communications (in particular with the community and customers), future "
 "protection of gas assets from similar events, and compensation payments. We will consider undertaking further "
 "reviews if necessary in due course.",
 "energy/gas", "non-US", "outage,regulatory",
 "Ofgem's statement as ofgem.gov.uk renders it in the page store; the page chrome ('Press release', the empty "
 "'Publication date' label, 'Industry sector', 'Supply and Retail Market') left out, the heading kept as title; the "
 "double space after 'restored.' made one and a trailing space dropped; cut before 'Akshay Kaul, Ofgem’s Director of "
 "Infrastructure and Security and Supply, said:', whose quotation the excerpt breaks off (`truncated`). The page shows "
 "no date and none is stated in the text: `published` null, so 'today', 'for a week' and 'end of January' are not "
 "resolved (GUIDELINES, Dates). Cadent, Yorkshire Water, Stannington: 0 in train/dev/test; Northern Powergrid: 0 "
 "(GATHERING.md names it once, in batch 11); Sheffield: train/dev files on other topics. Ofgem's later release on "
 "three gas distributors' callout targets (also naming Cadent) was left out: one text per company.",
 "Ofgem website (page store)"))

u = ("https://parallelparliament.co.uk/mp/michael-shanks/debate/Commons/2025-04-30/debates/"
     "65C98923-DECC-4A24-B3DB-6595FEDC910C/EnergyGridResilience")
t = "Energy Grid Resilience"
R2.append(pub("hansard-commons-statement-energy-grid-resilience-iberian-outage-2025", u, "2025-04-30", t, "OPL",
 f"{OPL_NOTICE}. Hansard, House of Commons, statement of the Parliamentary Under-Secretary of State for Energy "
 f"Security and Net Zero (Michael Shanks), '{t}', Wednesday 30 April 2025 (as reproduced by Parallel Parliament); "
 f"text as at {u}",
 "With permission, Mr Speaker, I will make a statement on the resilience of the UK’s energy grid in the context of the "
 "widespread power outages experienced across the Iberian peninsula over the past two days. My thoughts are with all "
 "those affected by the widespread disruption across that peninsula on Monday. I am glad to hear that power has now "
 "been fully restored across the region.\n\n"
 "I want to reassure the House that Great Britain has a highly resilient energy network, and that the incident in "
 "Iberia has not impacted Great Britain. The Secretary of State has been in regular contact with the National Energy "
 "System Operator over the past two days, and it has provided reassurance that there is no increase in risk to our "
 "energy supplies or system stability from this incident.\n\n"
 "My Department was informed on Monday 28 April by NESO that a power outage had occurred across the Iberian peninsula, "
 "affecting mainland Spain, Portugal, Andorra and areas of France. While all power was restored to the impacted areas "
 "yesterday, Tuesday 29 April, the disruption had cascading impacts on other sectors across the vast majority of Spain "
 "and Portugal. The cause of the outage is yet to be confirmed; it is likely to take some time for the Spanish network "
 "operator to carry out a thorough investigation to determine the exact cause of the failure. Various independent "
 "reviews have been commissioned by Spain, Portugal and the European Commission to understand the cause.\n\n"
 "Although GB is not directly connected to Spain and Portugal’s grid, NESO is in close contact with European "
 "counterparts, and is offering support where needed.",
 "energy/electricity", "non-US", "outage",
 "The minister's statement as Parallel Parliament reproduces it (the member's excerpt page); the site's lines (title, "
 "'Michael Shanks Excerpts', the date line kept as `published`, '(2 days, 15 hours ago)', 'Commons Chamber', 'Read "
 "Full debate ...', the speaker line 'Michael Shanks Portrait The Parliamentary Under-Secretary of State for Energy "
 "Security and Net Zero (Michael Shanks)' kept in the attribution, '- View Speech - Hansard - -') left out; cut after "
 "'offering support where needed.', before 'The Government are closely', where the excerpt breaks off (`truncated`). "
 "The Iberian outage of 28 April 2025 is new to the corpus ('Iberian': 0 in train/dev/test; GATHERING.md lists it as "
 "searched, news only, in batches 17a, 18a, 21c, 23b, 25b and 25d); NESO / National Energy System Operator: one dev file (the Heathrow substation "
 "review, another event).", "Hansard (UK Parliament), Parallel Parliament copy (page store)"))

u = "https://www.uscourts.gov/node/62366"
t = "Cybersecurity Measures Strengthened in Light of Attacks on Judiciary’s Case Management System"
R2.append(pub("us-courts-statement-cyberattacks-case-management-system-2025", u, "2025-08-07", t, "PD",
 f"Administrative Office of the U.S. Courts, news release, '{t}', 2025-08-07, US federal government work (public "
 f"domain); text as at {u}",
 "The federal Judiciary is taking additional steps to strengthen protections for sensitive case documents in response "
 "to recent escalated cyberattacks of a sophisticated and persistent nature on its case management system. The "
 "Judiciary is also further enhancing security of the system and to block future attacks, and it is prioritizing "
 "working with courts to mitigate the impact on litigants.\n\n"
 "The Administrative Office of the United States Courts has continued to collaborate with Congress as well as the "
 "Department of Justice, the Department of Homeland Security and other partners in the executive branch to mitigate "
 "the risks and impacts of these cyberattacks.\n\n"
 "The vast majority of documents filed with the Judiciary’s electronic case management system are not confidential and "
 "indeed are readily available to the public, which is fundamental to an open and transparent judicial system. "
 "However, some filings contain confidential or proprietary information that are sealed from public view.\n\n"
 "These sensitive documents can be targets of interest to a range of threat actors. To better protect them, courts "
 "have been implementing more rigorous procedures to restrict access to sensitive documents under carefully controlled "
 "and monitored circumstances.\n\n"
 "Enhancing the security of its systems is a top priority for the Judiciary. Over the past few years, the Judiciary "
 "has added significant cybersecurity protections and safeguards to the case management system.",
 "government/courts", "US", "near-miss",
 "The news release as uscourts.gov renders it in the page store; the site's '.gov' and HTTPS notice lines left out, "
 "the heading kept as title and 'Published on August 7, 2025' kept as `published`; kept as written: 'further enhancing "
 "security of the system and to block future attacks', 'information that are sealed'; cut after 'to the case "
 "management system.', before 'The Chairman of the Judicial Conference’s Committee on Information Technology, ...', "
 "where the excerpt breaks off (`truncated`). Near-miss: cyberattacks on a case management system and tighter access "
 "to sealed filings, no service said lost. 'CM/ECF', 'Case Management/Electronic', Administrative Office of the "
 "United States Courts: 0 in train/dev/test.", "US Courts website (page store)"))


# ---- part 3 -------------------------------------------------------------------------------------------------------
R3 = []
R3.append(wp("wp-2024-cyberattack-on-kadokawa-and-niconico", "2024 cyberattack on Kadokawa and Niconico",
 "https://en.wikipedia.org/wiki/2024_cyberattack_on_Kadokawa_and_Niconico",
 "On the morning of June 8, 2024, Kadokawa's official website and the Japanese video-sharing platform Niconico "
 "suffered a ransomware cyberattack by a Russian-linked hacker group called BlackSuit, who claimed responsibility for "
 "the attack.\n\n"
 "Niconico is a Japanese video-sharing platform launched in 2006. Niconico's owner, Dwango, is a subsidiary of "
 "Kadokawa Corporation. According to Alexa Internet, the site is the 14th most visited website in Japan as of May 1, "
 "2022.\n\n"
 "On June 3, 2024, Kadokawa Taiwan reported a cyberattack that leaked personal and corporate information.\n\n"
 "Two days after the initial attack, Wired stated that ransomware attacks are \"accelerating in 2024\".\n\n"
 "Japan's cyber security has been criticized for lacking IT expert specialists, with about 90% of domestic companies "
 "having none according to a think tank survey. One day before the initial attack, Japanese prime minister Fumio "
 "Kishida ordered his minister to craft a bill boosting Japan's \"active cyber defense\".\n\n"
 "A connection problem with Kadokawa Group services, including Niconico, was reported from around 3:30 (JST) on June "
 "8, 2024. Dwango stopped all Niconico services with issues at around 6:00 (JST) on the same day and conducted "
 "maintenance.\n\n"
 "On June 9, Kadokawa reported the incident to the police, expert specialists, and the Kanto Local Finance Bureau.",
 "media / online video", ["outage"],
 "The article as en.wikipedia.org renders it in the page store ('= 2024 cyberattack on Kadokawa and Niconico =' title "
 "line): the infobox lines (date 'June 8 – August 5, 2024', location, target, type, motive, property damage, "
 "perpetrator) and the headings ('Background', 'Attack') cut; cut after 'Kanto Local Finance Bureau.', before 'On June "
 "14, upon investigation, ...', whose sentence the excerpt breaks off (`truncated`). Kept as written: 'Kadokawa's "
 "official website', 'lacking IT expert specialists'. Content after August 2024: recorded 4.0. Kadokawa, Niconico, "
 "Dwango, BlackSuit: 0 in train/dev/test and in GATHERING.md.", "non-US"))


# ---- part 4 -------------------------------------------------------------------------------------------------------
R4 = []
R4.append(wp("wp-power-outages-in-sri-lanka", "Power outages in Sri Lanka",
 "https://en.wikipedia.org/wiki/Power_outages_in_Sri_Lanka",
 "Sri Lanka's electricity sector has been impacted by several major power outages.\n\n"
 "Sri Lanka faced major nationwide blackout in March 2016 which lasted for over eight hours.\n\n"
 "Following a severe drought that impacted hydroelectric plants, Sri Lanka experienced rolling blackouts for nearly a "
 "month from 18 March to 10 April 2019. The blackouts occurred for three to five hours per day except on Sundays in "
 "all parts of the country.\n\n"
 "It was revealed that the Ceylon Electricity Board (CEB), the main electricity provider in Sri Lanka, had restricted "
 "power supply to almost all regions of the country without prior notice and implemented a time schedule unofficially "
 "from 24 March 2019. President Maithripala Sirisena ordered authorities to take necessary action and remedies to "
 "solve the interrupted power supply issue. The CEB was widely criticised for its unauthorized action to limit power "
 "supply without any public notice and it was alleged that the power crisis resulted due to the inabilities and "
 "inefficiencies of the CEB in implementing long term plans regarding the supply of electricity.\n\n"
 "Prime Minister Ranil Wickremesinghe and Minister of Power and Renewable Energy Ravi Karunanayake issued a notice "
 "that the temporal power cut crisis would be solved before Sinhalese New Year and Puthandu, which fell on 13 and 14 "
 "April respectively. According to Karunanayake, the power cuts ended on 10 April and assured that electricity bills "
 "would not be increased and further charges would not be incurred from the public.\n\n"
 "Sri Lanka faced a series of electrical blackouts on 17 August 2020, beginning around 12.30 pm SLST (UTC+5:30) and "
 "lasting over seven hours. The nationwide blackouts occurred due to a transmission technical failure at the "
 "Kerawalapitiya Grid-Sub station. The Ministry of Power appointed a special committee to investigate the root cause "
 "behind the blackout.",
 "electricity / grid", ["outage"],
 "The article as en.wikipedia.org renders it in the page store ('= Power outages in Sri Lanka =' title line): the "
 "headings ('2016 blackout', '2019 blackouts', '2020 blackouts') cut; cut after 'the root cause behind the "
 "blackout.', before 'The blackout began when', where the excerpt breaks off (`truncated`). Kept as written: 'Sri "
 "Lanka faced major nationwide blackout', 'the temporal power cut crisis', 'According to Karunanayake, the power cuts "
 "ended on 10 April and assured that ...'. Content of 2020 and later (the page store's copy is the current article): "
 "recorded 4.0. Ceylon Electricity Board, Kerawalapitiya, Sirisena, Wickremesinghe, Karunanayake: 0 in "
 "train/dev/test and in GATHERING.md; Sri Lanka: one train and two test files (counts only; the train file is an "
 "earthquake report, another topic; GATHERING.md lists no Sri Lankan outage).", "non-US"))

u = "https://www.wired-gov.net/wg/news.nsf/articles/recovering+from+storm+floris+07082025101000?open"
t = "Recovering from Storm Floris"
R4.append(pub("scottish-government-recovering-from-storm-floris-ssen-2025", u, "2025-08-07", t, "OGL",
 f"Scottish Government, news release, '{t}', contains public sector information licensed under the Open Government "
 f"Licence v3.0; as wired-gov.net reproduces it, 2025-08-07, {u}",
 "Considerable progress made to restore power to homes and businesses.\n\n"
 "Justice Secretary Angela Constance has thanked responders for their efforts to support communities affected by "
 "Storm Floris.\n\n"
 "The significant and unseasonal storm had an impact particularly on power and transport infrastructure across the "
 "country, resulting in a major mobilisation of utility companies, national agencies and local authorities in "
 "response.\n\n"
 "While transport infrastructure is getting back to near normal, hundreds of engineers have continued working hard "
 "through today to restore power to homes and businesses with the worst affected areas being Inverness, Dornoch and "
 "the Moray coast.\n\n"
 "Of the 71,000 properties which lost power, 98% have now been re-connected. Due to the wide geographic spread of the "
 "storm and complex repairs, the majority of the remaining 1,600 properties still without electricity are expected to "
 "be connected later tonight, with the remainder on Thursday.\n\n"
 "Electricity network operator SSEN continues to provide support to those affected, particularly those who are "
 "vulnerable, including with welfare vans and other welfare arrangements.\n\n"
 "Ms Constance said:\n\n"
 "“I want to thank everyone in the public, private and third sector for the role they played in responding to Storm "
 "Floris. It was a significant and unseasonal storm with the worst affected areas covering a wide geographical "
 "spread.\n\n"
 "“Engineers have worked tirelessly over the past two days to return power to the remaining affected properties as "
 "soon as possible.\n\n"
 "“Energy companies continue to provide support to customers, including ensuring provisions are in place for the most "
 "vulnerable.”",
 "energy/electricity", "non-US", "outage",
 "The Scottish Government's release as wired-gov.net reproduces it in the page store (gov.scot content is under the "
 "Open Government Licence v3.0; as batch 16c2's Shetland release): the page store's date line kept as `published` "
 "(wired-gov's address carries 07082025 10:10; the release's words 'later tonight, with the remainder on Thursday' "
 "read as written on Wednesday 6 August, but `published` is the date the page gives), the headline kept as title, the "
 "standfirst kept as the first line; quotation marks as the page gives them; cut after '... for the most "
 "vulnerable.”', where the excerpt ends (`truncated`: the page's further lines are not in the excerpt). Storm Floris, "
 "Angela Constance, Inverness, Dornoch: 0 in train/dev/test and in GATHERING.md; SSEN: the Shetland release of batch "
 "16c2 (test, count only; another event, 2022).", "Scottish Government news release via wired-gov.net (page store)"))


if __name__ == "__main__":
    part = R4 if "--part4" in sys.argv else R3 if "--part3" in sys.argv else R2 if "--part2" in sys.argv else R
    write_all(part, POOL, dry="--dry" in sys.argv)
