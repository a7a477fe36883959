#!/usr/bin/env python3
"""Batch 26f (session 27, this session's out-of-sample check; helper gather27f): English Wikipedia articles (CC BY-SA)
told as news on cyberattacks that took a named company's service down — the ransomware attack that made South Africa's
ports and rail company declare force majeure at its container terminals (22 July 2021), the cyberattack that cut
Ukraine's largest mobile operator, a subsidiary of an Amsterdam-based group (12 December 2023), the attack on a
satellite operator's network that bricked its customers' modems and a wind-turbine maker's remote control (24
February 2022) — and four near-misses (the Petya attacks of June 2017 on unnamed Ukrainian organisations, counted, not
told apart; the 2007 attacks on Estonian websites, a series with no operator named; a British telecoms provider's data
breach of October 2015, data stolen with no service lost; the theft from Bangladesh's central bank through the
interbank network in February 2016, money stolen with no service lost).
Texts are the search tool's page-store excerpts (corpus `pages`), never a whole page, cut at the last full sentence
before an excerpt breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch26f.py [POOL_DIR] [--dry]   (default /tmp/gather27f/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather27f/pool"

R = []
# ---- outages ----------------------------------------------------------------------------------------------------
R.append(wp("wp-transnet-ransomware-attack", "Transnet ransomware attack",
 "https://en.wikipedia.org/wiki/Transnet_ransomware_attack",
 "On 22 July 2021, Transnet became a victim of a ransomware attack. The attack caused Transnet to declare force "
 "majeure at several key container terminals, including Port of Durban, Ngqura, Port Elizabeth and Cape Town. The "
 "attack was the first time that the \"operational integrity of the country's critical maritime infrastructure has "
 "suffered a severe disruption\" leading the Institute for Security Studies (ISS) to call its impact \"unprecedented\" "
 "in South African history.\n\n"
 "The ISS speculated that Transnet was withholding details about the attack as it was an issue of national security "
 "and because the attack might cause legal liabilities for the company. Bloomberg News stated that the attackers "
 "encrypted files on Transnet's computer systems thereby preventing the company from accessing their own information "
 "whilst leaving instructions on how to start ransom negotiations. The Bloomberg article quotes a source from the "
 "cybersecurity firm Crowdstrike Holdings Inc. which states that the ransomware used in the attack was linked to "
 "\"strains known variously as “Death Kitty,” “Hello Kitty” and “Five Hands.”\" and likely originated from Russia or "
 "Eastern Europe. The Department of Public Enterprises stated that none of Transnet client's data had been compromised "
 "in the attack.\n\n"
 "The timing of the attack, which followed closely after the 2021 South African unrest following former South African "
 "President Jacob Zuma's imprisonment, caused speculation that the two events might have been part of a coordinated "
 "effort to disrupt economic activity in the country. The authorities stated that the two events were likely "
 "unrelated.\n\n"
 "The Durban port handles 60% of South African container traffic.",
 "transport / ports", ["outage"],
 "The article as en.wikipedia.org renders it in the page store ('= Transnet ransomware attack =' title line): the "
 "infobox lines (title, time 'SAST', date '22 July 2021', target 'Shipping infrastructure') and the headings "
 "('Background', 'Timeline') cut; the 'Timeline' list (day-and-month items without a year) cut, the excerpt breaking "
 "off in its third item (`truncated`); kept as written: 'none of Transnet client's data', the nested quotation marks. "
 "Undated rendering (2021 content): recorded 4.0. Ngqura, Institute for Security Studies, Department of Public "
 "Enterprises, Jacob Zuma, Crowdstrike Holdings: 0 in train/dev/test; Transnet: one test file by count, which names "
 "no cyberattack, ransomware or 2021 (script count only, not opened).", "non-US"))

R.append(wp("wp-2023-kyivstar-cyberattack", "2023 Kyivstar cyberattack",
 "https://en.wikipedia.org/wiki/2023_Kyivstar_cyberattack",
 "Kyivstar, Ukraine's largest telecommunications provider, was the target of a cyberattack on December 12, 2023. The "
 "attack caused widespread disruption to mobile and internet services across Ukraine and is considered one of the most "
 "impactful cyberattacks on civilian infrastructure during the ongoing Russo-Ukrainian War.\n\n"
 "Kyivstar is a leading Ukrainian telecommunications company, providing mobile and internet services to approximately "
 "24.3 million mobile subscribers and over 1.1 million home internet users. The company is a subsidiary of VEON, an "
 "Amsterdam-based multinational telecommunications services company.\n\n"
 "On December 12, 2023, Kyivstar experienced a massive cyberattack that disrupted its mobile and internet services "
 "nationwide. The attack also affected critical services, including air raid warning systems in Kyiv and Sumy regions. "
 "Ukrainian authorities attributed the attack to Sandworm, a hacker group linked to Russia's military intelligence "
 "agency, the GRU. The group Solntsepek, associated with Sandworm, claimed responsibility for the attack, stating they "
 "had destroyed Kyivstar's computers, servers, and cloud infrastructure .\n\n"
 "The cyberattack had significant consequences. Millions of Kyivstar customers lost access to mobile and internet "
 "services, affecting both personal and business communications. The disruption extended to essential services, "
 "including air raid alert systems, compromising public safety during ongoing military conflicts.\n\n"
 "Ukraine's Security Service (SBU) initiated an investigation into the cyberattack, gathering evidence for potential "
 "prosecution.",
 "telecoms", ["outage"],
 "The article as en.wikipedia.org renders it in the page store ('= 2023 Kyivstar cyberattack =' title line): the "
 "infobox lines (part of, date '2023-12-12', location, target, type, theme, outcome '$90 million recovery cost') and the "
 "headings ('Background', 'Attack', 'Impact', 'Response') cut; kept as written: 'cloud infrastructure .' (a space "
 "before the full stop); cut after 'potential prosecution.', before 'The International C', where the excerpt breaks "
 "off (`truncated`). Content after 2023: recorded 4.0. Kyivstar, VEON, Solntsepek: 0 in train/dev/test; Sandworm: "
 "one dev file (Wikipedia's 2015 Ukraine power grid hack, another event).", "non-US"))

R.append(wp("wp-viasat-hack", "Viasat hack",
 "https://wiki.outremer.quest/content/wikipedia_en_all_maxi_2023-10/A/Viasat_hack",
 "The Viasat hack was a cyberattack on American communications company Viasat affecting their KA-SAT network.\n\n"
 "On 24 February, 2022, the day Russia invaded Ukraine, thousands of Viasat modems got bricked by a \"deliberate ... "
 "cyber event\". Thousands of customers in Europe have been without internet for a month since.\n\n"
 "Remote control of 5,800 wind turbines belonging to Enercon in Central Europe was affected.\n\n"
 "The National Security Agency was reported to be investigating the attack in March 2022.\n\n"
 "On 31 March, 2022, SentinelOne researchers Juan Andres Guerrero-Saade and Max van Amerongen announced the discovery "
 "of a new wiper malware codenamed AcidRain designed to permanently disable routers. Viasat later confirmed that the "
 "AcidRain malware was used during the 'cyber event'. AcidRain shares code with VPNFilter, a 2018 cyber operation "
 "against routers attributed to the Russian military by the FBI. On 10 May, 2022, the European Union condemned the "
 "attack targeting Viasat's KA-SAT network as a Russian operation.\n\n"
 "The Viasat hack led Ukraine to deem Starlink as a potential solution for communications amidst the war as Russia had "
 "damaged or destroyed other means to communicate and get Internet within the country.\n\n"
 "According to Viasat, the attacker used a poorly configured virtual private network appliance to gain access to the "
 "trusted management part of the KA-SAT network. The attackers then issued commands to overwrite part of the flash "
 "memory in modems, making them unable to access the network, but not permanently damaged. The satellite itself and "
 "its ground infrastructure were not directly affected.",
 "telecoms / satellite", ["outage"],
 "The article as a Kiwix copy of English Wikipedia holds it (wiki.outremer.quest, the dump "
 "wikipedia_en_all_maxi_2023-10, with the line 'This article is issued from Wikipedia. The text is licensed under "
 "Creative Commons - Attribution - Sharealike.'): the title line, the headings ('Events', 'Viasat Analysis', "
 "'References'), citation markers ('[1]' to '[11]', with the space before them) and the closing licence line cut; kept "
 "as written: '24 February, 2022', 'got bricked', 'have been without internet for a month since'. The excerpt is the "
 "whole article text (`truncated`: the live article may have grown). October 2023 dump: recorded 4.0. Doubtful: the "
 "mirror's own terms were not found in the page store. Viasat, KA-SAT, Enercon, SentinelOne, AcidRain: 0 in "
 "train/dev/test.", "mixed", copy_of="the Wikipedia article, in a Kiwix dump of October 2023"))

# ---- near-misses --------------------------------------------------------------------------------------------------
R.append(wp("wp-2017-ukraine-ransomware-attacks", "2017 Ukraine ransomware attacks",
 "https://kiwix.lema.org/wikipedia_en_all_mini_2024-02/A/2017_Ukraine_ransomware_attacks",
 "A series of powerful cyberattacks using the Petya malware began on 27 June 2017 that swamped websites of Ukrainian "
 "organizations, including banks, ministries, newspapers and electricity firms. Similar infections were reported in "
 "France, Germany, Italy, Poland, Russia, United Kingdom, the United States and Australia. ESET estimated on 28 June "
 "2017 that 80% of all infections were in Ukraine, with Germany second hardest hit with about 9%. On 28 June 2017, "
 "the Ukrainian government stated that the attack was halted. On 30 June 2017, the Associated Press reported experts "
 "agreed that Petya was masquerading as ransomware, while it was actually designed to cause maximum damage, with "
 "Ukraine being the main target.",
 "internet / security", ["near-miss"],
 "The article's lead as a Kiwix copy of English Wikipedia holds it (kiwix.lema.org, the dump "
 "wikipedia_en_all_mini_2024-02, with the line 'This article is issued from Wikipedia. ...'): the title line, the "
 "infobox lines (caption, date '27–28 June 2017', location, type, cause, outcome naming 'several Ukrainian ministries, "
 "banks, metro systems and state-owned enterprises', suspects) and the closing licence line cut; the 'mini' dump holds "
 "only the lead (`truncated`). February 2024 dump: recorded 4.0. Doubtful: the mirror's own terms were not found in "
 "the page store. Near-miss: a series of attacks on organisations not named, not told one by one. Petya, ESET's "
 "estimate, the 2017 Ukraine attacks: 0 in train/dev/test (ESET: two train files on other topics).", "non-US",
 copy_of="the Wikipedia article's lead, in a Kiwix dump of February 2024"))

R.append(wp("wp-2007-cyberattacks-on-estonia", "2007 cyberattacks on Estonia",
 "http://piglix.com/piglix/2007_cyberattacks_on_Estonia",
 "Cyberattacks on Estonia were a series of cyber attacks that began 27 April 2007 and swamped websites of Estonian "
 "organizations, including Estonian parliament, banks, ministries, newspapers and broadcasters, amid the country's "
 "disagreement with Russia about the relocation of the Bronze Soldier of Tallinn, an elaborate Soviet-era grave marker, "
 "as well as war graves in Tallinn. Most of the attacks that had any influence on the general public were distributed "
 "denial of service type attacks ranging from single individuals using various methods like ping floods to expensive "
 "rentals of botnets usually used for spam distribution. Spamming of bigger news portals commentaries and defacements "
 "including that of the Estonian Reform Party website also occurred.\n\n"
 "Some observers reckoned that the onslaught on Estonia was of a sophistication not seen before. The case is studied "
 "intensively by many countries and military planners as, at the time it occurred, it may have been the second-largest "
 "instance of state-sponsored cyberwarfare, following Titan Rain.\n\n"
 "Estonian Foreign Minister Urmas Paet accused the Kremlin of direct involvement in the cyberattacks. On 6 September "
 "2007 Estonia's defense minister admitted he had no evidence linking cyber attacks to Russian authorities. \"Of "
 "course, at the moment, I cannot state for certain that the cyber attacks were managed by the Kremlin, or other "
 "Russian government agencies,\" Jaak Aaviksoo said in interview on Estonian's Kanal 2 TV channel. Aaviksoo compared "
 "the cyber attacks with the blockade of Estonia's Embassy in Moscow. \"Again, it is not possible to say without doubt "
 "that orders (for the blockade) came from the Kremlin, or that, indeed, a wish was expressed for such a thing "
 "there,\" said Aaviksoo. Russia called accusations of its involvement \"unfounded,\" and neither NATO nor European "
 "Commission experts were able to find any proof of official Russian government participation.",
 "internet / security", ["near-miss"],
 "The article as piglix.com holds it (a Wikipedia copy site, the article's old revision): the site's welcome line "
 "('*** Welcome to piglix ***') and the title line cut; kept as written: 'Spamming of bigger news portals "
 "commentaries', 'in interview on Estonian's Kanal 2 TV channel'; cut after 'government participation.', before the "
 "copy's '...' where the excerpt breaks off (`truncated`). Recorded 3.0 (the copy's text predates Wikimedia's June "
 "2023 move: the article's current title and wording differ). Doubtful: piglix's terms were not found in the page "
 "store. Near-miss: a series of attacks on organisations mostly not named, not told one by one; one party's website "
 "defaced, not said lost. Urmas Paet, Jaak Aaviksoo, Kanal 2, Reform Party, Bronze Soldier, Titan Rain: 0 in "
 "train/dev/test; Estonia: one train file (a Latvian bank), one test file by count, neither naming an attack.",
 "non-US", v3=True, copy_of="the Wikipedia article, an older revision"))

R.append(wp("wp-2015-talktalk-data-breach", "2015 TalkTalk data breach",
 "https://artikeldigital.com/en/2015_TalkTalk_data_breach",
 "In October 2015, British telecommunications provider TalkTalk experienced a cyber attack that resulted in a data "
 "breach. As a consequence, personal and banking details of around 160,000 customers were illegally accessed.\n\n"
 "In the course of the attack, TalkTalk received a ransom demand from a group claiming to be responsible. Some "
 "customers complained that they were targeted by criminals before TalkTalk disclosed the cyber-attack, and the Chair "
 "of the Home Affairs Select Committee said \"Suggestions that TalkTalk has covered up both the scale and duration of "
 "this attack ... must be thoroughly investigated.\"\n\n"
 "The attack was carried out using SQL injection.\n\n"
 "In September 2016, hacker Daniel Kelley was charged with blackmail, computer hacking, and fraud in connection with "
 "the TalkTalk data breach and various other attacks. He pleaded guilty to 11 of the offences later that year. He was "
 "sentenced to 4 years jail time in 2019.\n\n"
 "In November 2018, two further suspects were found guilty of cybercrime charges in connection with the data "
 "breach.\n\n"
 "It was initially thought that up to 4 million customers could be affected by the breach. On 24 October, TalkTalk "
 "issued a statement saying that a \"materially lower\" amount of customers’ financial information was stolen, and "
 "that the stolen data was not sufficient for money to be taken from bank accounts. On 6 November, TalkTalk stated "
 "that the impact of the breach was \"much more limited than initially suspected\", adding that 156,959 customer "
 "accounts were involved, from which 15,656 sort codes and bank account numbers had been taken. Partial data on "
 "28,000 credit and debit cards was also stolen, but that data was insufficient for carrying out transactions on those "
 "cards. TalkTalk stated that the lost data had not been encrypted, and that they had not been legally required to "
 "encrypt it.",
 "telecoms", ["near-miss"],
 "The article as artikeldigital.com holds it (a Wikipedia copy site): the headings ('Attack and perpetrators', "
 "'Scope', 'Aftermath') and citation markers ('[1]' to '[11]') cut; kept as written: 'sentenced to 4 years jail "
 "time'; cut after 'to encrypt it.', before the 'Aftermath' section, whose first sentence the excerpt breaks off "
 "(`truncated`). Undated rendering: recorded 4.0. Doubtful: the site's terms were not found in the page store. "
 "Near-miss: a data breach, no service said lost. TalkTalk: one train file (a 2013 committee hearing on rural "
 "broadband, other topic), 0 in test by count; Daniel Kelley, Home Affairs Select Committee: 0 in train/dev/test.",
 "non-US"))

R.append(wp("wp-bangladesh-bank-robbery", "Bangladesh Bank robbery",
 "https://profilpelajar.com/article/Bangladesh_Bank_robbery",
 "The Bangladesh Bank robbery, also known colloquially as the Bangladesh Bank cyber heist, was a theft that took place "
 "in February 2016. Thirty-five fraudulent instructions were issued by security hackers via the SWIFT network to "
 "illegally transfer close to US$1 billion from the Federal Reserve Bank of New York account belonging to Bangladesh "
 "Bank, the central bank of Bangladesh. Five of the thirty-five fraudulent instructions were successful in transferring "
 "US$101 million, with US$81 million traced to the Philippines and US$20 million to Sri Lanka. The Federal Reserve Bank "
 "of New York blocked the remaining thirty transactions, amounting to US$850 million, due to suspicions raised by a "
 "misspelled instruction. As of 2018, only around US$18 million of the US$81 million transferred to the Philippines "
 "has been recovered, and all the money transferred to Sri Lanka has since been recovered. Most of the money "
 "transferred to the Philippines went to four personal accounts, held by single individuals, and not to companies or "
 "corporations.\n\n"
 "Like many other national banks, Bangladesh Bank, the central bank of Bangladesh, maintains an account with the "
 "Federal Reserve Bank of New York to deposit, maintain, and transfer foreign currency reserve of Bangladesh. The "
 "foreign currency reserve of Bangladesh, a growing economy, often reaches multiple billions of US dollars. As of "
 "September 2020, Bangladesh has a foreign currency reserve of US$39 billion. The Society for Worldwide Interbank "
 "Financial Telecommunication (SWIFT) network is used to communicate with the bank holding the foreign exchange "
 "account in order to withdraw, transfer, or deposit the currency.\n\n"
 "The 2016 cyber-attack on the Bangladesh Bank was not the first attack of its kind. In 2013, the Sonali Bank of "
 "Bangladesh was also successfully targeted by hackers who were able to remove US$250,000.",
 "banking", ["near-miss"],
 "The article as profilpelajar.com holds it (a Wikipedia copy site): citation markers ('[1]' to '[4]') and the heading "
 "'Background' cut; cut after 'US$250,000.', before 'In both cases, the perpetrators were suspected ...', where the "
 "excerpt breaks off (`truncated`). Content after September 2020, undated: recorded 4.0. Doubtful: the site's terms "
 "were not found in the page store. Near-miss: money stolen through fraudulent payment instructions, no service said "
 "lost. Bangladesh Bank, Federal Reserve Bank of New York: 0 in train/dev/test; Sonali: one train file on another "
 "topic, one test file by count that names neither Bangladesh nor a hack; SWIFT: train/dev/test files on other "
 "topics (the word as used for speed or other names).", "non-US"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
