#!/usr/bin/env python3
"""Batch 24c (session 25, out-of-sample check): Wikinews (CC BY 2.5) news articles that no earlier batch used, taken
from the AMALGUM corpus (github.com/gucorpling/amalgum, `amalgum/news` and `amalgum_extra/news`: Wikinews texts under
CC BY 2.5, its annotations under CC BY 4.0) — an outage (a church's website defaced and taken offline by an activist
group while its DDoS-protection provider stays on, Black Lotus Communications, December 2012), company relations (a
search company's research group and a Dutch institute that together broke the SHA-1 hash, with the company's browser,
2017; part 2: satellites with their operators and makers, a launch company and its customer, 2008), leadership (a
state-run airline's chairman quitting, with his predecessor, after its ATR fleet was grounded, Pakistan International
Airlines, December 2016; part 2: the launch company's chairman and chief executive and the customer's president) — and
outage near-misses (the ATR fleet grounded after a crash, no system failure; a bridge collapse during repairs with its
builder and a coal company hit, Borneo, 2011; a commuter airline's engine failure and crash with its owner, Divi Divi
Air, 2009; part 2: two airliners' near collision after a controller's mistake, 2007; a consumer-finance agency open
through a government shutdown with the companies complained about, 2013).
Outages: the AMALGUM news folders can only be listed 100 names a folder (alphabetical, a-c for amalgum/news, a-s for
amalgum_extra/news) and their keyword file names can only be guessed; of the 18 texts read, one told a service lost.
Each text is the article body as the AMALGUM GUM-style XML and RS3 layers hold it (one token a line / space-tokenised
segments), detokenised by hand: the headline and the date line (kept as `published`) left out, image captions with
their 'Image: <name>.' credits, pull quotes and the 'Sister link' line cut; paragraphs as the XML's <p> elements; no
word added or changed (the articles' own slips kept: 'for for', 'from from', 'Nugoroho').
usage: batch24c.py [POOL_DIR] [--dry]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, slug

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
AMALGUM = "https://github.com/gucorpling/amalgum"

PIA = (
 "Images of Pakistan International Airlines sacrificing a goat went viral on Monday as the beleaguered state-run "
 "airline resumed ATR flights. All ten ATRs in its fleet were grounded last week in the aftermath of a crash near "
 "Havelian earlier this month.\n\n"
 "PIA ground staff ritually slaughtered the black goat beside an ATR-42, the same type of aircraft lost in the "
 "disaster. The move is thought to ward off bad luck in Pakistan. The ATR-42 was the company's first ATR back in "
 "service following the crash. PIA said on December 15 they had chartered a Lockheed C-130 Hercules from the air "
 "force to resume cancelled services.\n\n"
 "PIA Flight 661, an ATR-42 just under ten years old, crashed into mountainous terrain in the Abbottabad region of "
 "Khyber Pakhtunkhwa two weeks ago. The crash killed all 47 on board and left burning wreckage strewn for several "
 "kilometres.\n\n"
 "PIA still operate five ATR-42s and five ATR-72s. The Civil Aviation Authority (CAA) announced inspections on "
 "December 11. The airline expected disruption to flights to smaller airports. Flight 661 was heading to Islamabad, "
 "having taken off from Chitral on a domestic flight. The plane reported engine trouble and lost control before the "
 "crash.\n\n"
 "PIA sacrificed the goat at Islamabad's Benazir Bhutto International Airport, ahead of a successful test flight to "
 "Multan. PIA stated ground staff acted on their own volition and were not influenced by managers.\n\n"
 "Another PIA ATR experienced troubles ahead of takeoff on December 11 and aborted the flight. The airline denied "
 "local media claims an engine caught fire. Pakistani media has claimed Flight 661 was operating with some known "
 "technical faults. The Aviation Herald reports receiving information to the contrary, and the airline also denies "
 "this.\n\n"
 "The CAA has left decisions on returning aircraft to service at the discretion of PIA and ATR. A CAA letter to PIA "
 "expressed concern over engine failures at the airline, and accused PIA of \"shortcomings in maintenance [and] "
 "quality assurance.\"\n\n"
 "The latest crash is the tenth time a PIA aircraft has been written off since 2000. Only one other such accident "
 "was fatal, the loss of PIA Flight 688 in 2006. Flight 668, a Fokker F-27, crashed on takeoff. The disaster killed "
 "45. That accident also involved an engine failure and a loss of control.\n\n"
 "The ATR-42 can carry up to 48 passengers. It is a twin-engine turboprop capable of using unpaved runways. PIA said "
 "the C-130 would be used for flights to Gilgit. With one ATR-42 declared airworthy as of December 15 PIA also said "
 "flights to Chitral could be expected to resume soon. A flight on December 15 using the C-130 was postponed by one "
 "day.\n\n"
 "Chairman Azam Saigol quit on December 12 for what he said were personal reasons. He had been drafted in to replace "
 "Nasser Jaffer following controversy generated when crews staged strikes to protest planned privatisation. The "
 "airline loses around 12-to-15 billion rupees annually, with taxpayers making up the shortfall.\n\n"
 "Saigol has been on PIA's board since 2013. The company said it needed a chair since changing organisational "
 "structure under provisions in the Companies Ordinance of 1984. He became chairman in May and is a prominent "
 "industrialist nationally, heading up major organisations. Saigol had been working for free, PIA said on December "
 "12 ahead of his resignation.\n\n"
 "The government has offered his job to several candidates, all of whom have turned it down.\n\n"
 "Another issue for the airline comes in the form of a recently-submitted notice in the Senate. Filed by the "
 "People's Party of Pakistan, it describes an 'illegal' sale of a PIA Airbus A-310 to a German firm. Senator Saleem "
 "Mandviwalla said the jet had a valid certificate of airworthiness and originally went to Malta to be used in a "
 "film.\n\n"
 "Mandviwalla said the plane ended up in the hands of a German museum and was sold without the PIA board's consent. "
 "Federal Minister Muhammad Zubair said the aircraft was sold for for 290,000 euros despite being worth millions. "
 "Mandviwalla has called for a criminal investigation.\n\n"
 "In the continuing Safety Investigation Board's investigation into Flight 661's crash, a team of French and Canadian "
 "experts from ATR reached Islamabad on December 12 and took forensic samples from the wreck site. The team, "
 "assisting the safety board, was also there to plan wreckage removal. The crash site is remote, with conventional "
 "vehicular access ending several kilometres away. Rescuers had to walk the remainder.\n\n"
 "PIA state the aircraft was maintained in accordance with the manufacturer's instructions, including engine "
 "changes. The airline also say the crashed plane's engines were inspected, as standard, ahead of its final flight. "
 "An airline spokesperson asked journalists to refrain from speculating on the accident's cause.\n\n"
 "Bodies have been identified using DNA analysis, with at least sixteen returned to families. Identification was "
 "undertaken by the Pakistan Institute of Medical Sciences (PIMS). The dead included six members of the same family, "
 "leaving behind a fourteen-year-old girl. Haseena Gul is entitled to tens of millions of rupees (equivalent to "
 "hundreds of thousands of euros) in compensation and numerous people have come forward claiming to be her "
 "relatives; she had remained with a friend in Chitral to study while her family travelled to Islamabad. Gul is "
 "currently receiving treatment from PIMS for psychological problems. \"They will not let me study in Chitral,\" she "
 "appealed to the government. \"Please have me shifted to Islamabad where I can study and fulfil my parents' "
 "dream.\"\n\n"
 "Also on board was Junaid Jamshed, a celebrated popstar who abandoned music in favour of preaching after joining "
 "Tableeghi Jamaat. Jamshed ran a nationally successful fashion business. His wife joined him on the flight. Other "
 "passengers included Osama Warraich, who was a senior civil servant in Chitral, and two infants.\n\n"
 "On Monday, Flight 898 to Kuala Lumpur diverted to Karachi. A replacement aircraft reached its destination over "
 "four hours late. PIA denied media claims the original plane suffered bursts in its hydraulics, but did not clarify "
 "what had happened. Also on Monday Flight 764 from from Jeddah to Faisalabad arrived ten hours late. All 130 "
 "passengers had their luggage left behind; PIA said it could take up to two days before they were reunited with "
 "their belongings.")

LOTUS = (
 "Black Lotus Communications, which \"prevents malicious traffic from reaching\" websites, such as a "
 "Denial-of-service attack (DDoS), has announced their decision to donate revenue made from the Westboro Baptist "
 "Church (WBC) to charity. The company has confirmed their intentions in a statement to Wikinews.\n\n"
 "\"We have received overwhelming support for donations to be given to various groups supporting the Newtown "
 "community, veterans groups like the Wounded Warrior Project, and LGBT groups like The Trevor Project\", said "
 "Jeffrey Lyon, Certified Information Systems Security Professional with the Black Lotus team, to Wikinews. Lyon also "
 "says The United Way may be the first charity to receive their donation. \"We've not [yet] made a formal "
 "decision,\" Lyon noted, but the company \"supports all of these groups and will give very serious consideration in "
 "ensuring that our donations have a strong impact.\"\n\n"
 "The announcement comes after the internet activist group known as Anonymous called on the companies that host and "
 "protect the Church's website to discontinue providing services to them after the Church announced their decision "
 "to protest funerals of those killed in the December 14 shooting at Sandy Hook Elementary School in Newtown, "
 "Connecticut. According to Lyon the company decided to donate revenue made from WBC to charity after, \"'Anonymous' "
 "supporters began a full blown Twitter campaign boycotting any company who provides services to WBC.\" Lyon also "
 "said the company, \"reached out to Anonymous spokespersons and asked their opinions on how the matter should be "
 "handled.\"\n\n"
 "The attack on WBC has been dubbed '#OpWestBor' on the social network site Twitter. As part of the operation, the "
 "Church's website was defaced and taken offline for most of the day Monday. Twitter accounts belonging to Shirley "
 "Phelps-Roper, the Church's spokeswoman, and leader Fred Phelps, were hacked and taken over by Anonymous. At the time "
 "of this report, both accounts were still under control of the group. Roper's account has been under the control "
 "of Anonymous since early Monday morning.\n\n"
 "On Sunday, in a video posted on YouTube, Anonymous announced their intentions saying, \"From the time you have "
 "received this message, our attack protocol has past been executed and your downfall is underway. Do not attempt to "
 "delude yourselves into thinking you can escape our reach, for we are everywhere, and all-seeing, in the same sense "
 "as God. ... We will render you obsolete. We will destroy you. We are coming.\" As a result of the breach, Anonymous "
 "claims to have gained access to and leaked alleged personal information such as names, home addresses and "
 "telephone numbers belonging to Church members. On Wednesday, following the leak, Twitter suspended one of "
 "Anonymous' most followed accounts '@YourAnonNews', claiming, according to Anonymous, that the profile posted "
 "\"private and confidential information\" regarding the lawyer for WBC and Roper. The account was reinstated a short "
 "time later and that is when Black Lotus contacted Anonymous.\n\n"
 "\"As a security service, we value freedom of expression... and have mandate to guarantee passage of data across "
 "the internet, which ultimately means that companies like Black Lotus should not interrupt services based solely on "
 "public opinion. By terminating their service, we would not actually take their sites offline. Instead, they would "
 "be without DDoS protection for a short period of time until they found another service that would harbor them. "
 "This logic did not add up for us\", Lyon added. He would not elaborate on how long WBC has sought the services of "
 "Black Lotus, but stated, \"they did not come to us because of any one specific attack.\"\n\n"
 "Lyon didn't state how much revenue is made from WBC, but he added the amount they receive \"from WBC is very "
 "small.\" As a result, Lyon says the company will \"actually make donations well in excess\" of the fees WBC pays. "
 "\"These donations will be in the thousands [of dollars], but we've not come to a final decision on the exact "
 "amounts\", he added. According to Lyon, WBC is aware of the company's intentions.\n\n"
 "\"We made it clear that while they have a right to expression, we have a social responsibility [to] ensure our "
 "services benefit society and to aid those in need\", said Lyon. Wikinews has contacted the WBC for a statement, but "
 "as of this report, no response has been received.\n\n"
 "For now, Lyon states only revenue received from the WBC will be considered for donation, but they hope the project "
 "can be expanded to include other customers. \"While we're attributing this specific decision to WBC, our long term "
 "plan is to expand our philanthropy program to substantially offset any harm that may have been caused by those "
 "serving content over our network\", said Lyon. The company hopes to formally announce their decisions in a press "
 "release at the end of the week.")

SHA = (
 "This Thursday, Google announced that it had performed a successful collision attack on the popular SHA-1 "
 "cryptographic hash function for the first time — that they know of. The collision attack demonstrated an "
 "algorithm for making two distinct inputs map to the same hash output, putting at risk the usage of SHA-1 for "
 "verifying data integrity. Google published a blog post and made a website about the collision attack.\n\n"
 "A successful attacker would be able to add a malicious file to the system to damage a backup relying on SHA-1 for "
 "checking data integrity, deliver a malicious update to clients using SHA-1 to verify the update file, attack and "
 "decrypt an encrypted connection to a website where the user's browser is using SHA-1 to identify the connection "
 "certificate, replace a file revision history using SHA-1 to identify commits, and perform other actions that "
 "would substitute for valuable files with something seemingly identical but misleading or malicious in practice. "
 "Similar systems not using SHA-1 would not be affected.\n\n"
 "To demonstrate the success of the algorithm, Google published two distinct Portable Document Format (PDF) files "
 "with identical SHA-1 hash. Google recommended everyone who uses SHA-1 to switch to SHA-256 or SHA-3, stronger "
 "cryptographic hash functions.\n\n"
 "The group started with a paper published by Marc Stevens in 2013 in which the authors proposed a theoretical "
 "algorithm for the collision attack. They chose PDF files as the basis for their attack. They wrote a PDF file "
 "prefix on both files and PDF contents which hashed to the same SHA-1 digest. Then they used the Google computing "
 "infrastructure to perform more than nine quintillion (upwards of 9,223,372,036,854,775,808) SHA1 computations. "
 "They described this as 6,500 years of CPU time distributed in the first phase, then 110 years of graphics "
 "processing unit (GPU) time total in the second phase of the attack to reach full collision. They said this new "
 "algorithm was 100,000 times faster than the brute-force attack and 50 times faster than a collision attack "
 "algorithm proposed in 2005.\n\n"
 "The cryptology group at the Centrum Wiskunde & Informatica (CWI) institute, Netherlands, collaborated with the "
 "Google Research Security, Privacy and Anti-abuse Group to achieve the collision. According to a press release, "
 "Marc Stevens and Elie Bursztein were the initial leaders of the initiative, Ange Albertini developed the PDF "
 "attack code, Pierre Karpman developed the cryptoanalysis, Yarik Markov and Pierre Karpman developed the distributed "
 "graphical processing unit (GPU) code, and Clement Baisse checked the reliability of the programs.\n\n"
 "Google also provided a collision detector online, where users can upload a PDF file to test whether it was "
 "tampered with for reaching a collision. Alex Petit Bianco developed the online file collision detector. Following "
 "its security policy, Google set a 90-day delay before the release of the source code for the attack.\n\n"
 "Operating systems and software rely on SHA-1 for verifying the file integrity when distributing updates to its "
 "users and in ISO checksums. Developers use SHA-1 in their file revision control systems, such as git, to verify "
 "the files' integrity. Many people install programs that use SHA-1 for detecting duplicate files on storage media "
 "and for verifying backups' integrity. People surfing the web see SHA-1 used for verifying the integrity of HTTPS "
 "certificates to verify the users' connection with the website is not subject to a man-in-the-middle attack. People "
 "also use SHA-1 in email PGP/GPG signatures.\n\n"
 "Since January, Google Chrome does not trust SHA-1 certificates. Mozilla Firefox stopped trusting them yesterday."
 "\n\n"
 "SHA-1 was introduced more than twenty years ago.")

BRIDGE = (
 "The death toll from the weekend suspension bridge collapse on the Indonesian island of Borneo has risen from four "
 "to eleven. Search and rescue teams continue to look for bodies in the Mahakam River.\n\n"
 "The number of wounded is currently 39 injured; reports from locals suggest 33 people remain missing at the scene "
 "in East Kalimantan's Kutai Kartanegara district, where \"Kalimantan's Golden Gate Bridge\" linked the towns of "
 "Tenggarong and the regional capital, Samarinda. A six-month-old baby is among the dead.\n\n"
 "Cars, motorbikes, and buses all fell into the Mahakam River when the bridge came down during repairs. Another car "
 "was left overturned and balanced upon wreckage over the water. State-owned builders PT Hutama Karya completed the "
 "bridge about a decade ago in the image of California's Golden Gate Bridge. A cable on the 720-metre structure is "
 "thought to have failed as workers dealt with it; six of the repair crew were reported missing yesterday. It had "
 "been the longest suspension bridge in Borneo.\n\n"
 "Eyewitnesses described heavy traffic at the time of the collapse, and one survivor said he left his truck to "
 "investigate a traffic jam. Some people were left trapped by debris as the bridge came down. \"It happened so fast, "
 "only about 30 seconds,\" according to National Disaster Management Agency spokesman Sutopo Nugoroho.\n\n"
 "National search and rescue head Daryatmo said yesterday cranes will attempt to move debris today, with new reports "
 "saying echo-sounding equipment will be used to check it is safe to begin lifting. It is believed the bodies of "
 "more victims will be found trapped in vehicles beneath the water, which is 35-40 metres deep. Visibility is poor, "
 "and one official explained authorities are still unsure how many vehicles are on the riverbed.\n\n"
 "\"The above-water search is continuing, but underwater operations have not been carried out because we're worried "
 "that the bridge's pylons are unstable and could collapse any time,\" said Nugoroho today. He explained that bodies "
 "had washed onto the riverbanks overnight and were recovered today.\n\n"
 "The president, Susilo Bambang Yudhoyono, has sent three ministers to the site to investigate the accident, while "
 "Bambang Widaryatmo, head of East Kalimantan's police, promised \"parties found to be negligent will be "
 "prosecuted\". The government has promised a replacement ferry service. The river is closed to boats as rescue "
 "operations continue, and a 22-strong team has been dispatched from the national police, comprising six forensics "
 "experts, five disaster victim identification specialists, and eleven investigators. They are there to augment the "
 "East Kalimantan Police. Health Minister Endang Rahayu Sedyaningsih yesterday visited survivors in Parikesit "
 "Hospital and promised them medical treatment at government expense.\n\n"
 "Some people swam ashore after falling, with the aftermath filled with screams. Survivor Syakrani, 24, yesterday "
 "asserted \"The authorities should have closed the bridge if it was under repair.\" His words were followed by a "
 "Jakarta Globe editorial declaring the accident \"unacceptable\".\n\n"
 "The Globe went on to comment upon suggestions corruption may have played a role; \"It is too early to point "
 "fingers and look to place blame, but if shoddy materials were used in the building of the bridge, those "
 "responsible must answer to the public.\" Another suggestion is coal barges striking the bridge may have weakened "
 "it. Local coal company Harum Energy lost five percent of its share value today amid fears the river blockage will "
 "hamper their ability to ship coal.\n\n"
 "Samarinda's seen a population and construction boom lately. A few years have seen the population triple and the "
 "construction of a large mosque, and a sports stadium; an airport and port are set to follow. However, the "
 "Corruption Eradication Commission warns 70% of the corruption it investigates concerns government contracts and up "
 "to 40% of money earmarked for infrastructure ends up stolen.")

DIVI = (
 "A British pilot has died in a plane crash in the Caribbean Sea but managed to help save the lives of the nine "
 "passengers on the plane. Robert Mansell, aged 32, was a pilot who lived in the village of Knowle in the West "
 "Midlands of England. He had previously worked with Windward Islands Airways but was flying planes for Divi Divi Air "
 "at the time of his death.\n\n"
 "At 0930 local time, Mansell was flying with his nine passengers between the Caribbean islands of Curaçao and "
 "Bonaire when the right engine of his Britten-Norman Islander light aircraft failed. At this time the height above "
 "sea level was roughly 3,500 feet. The pilot made a mayday call. It has emerged that the last words that he said on "
 "the transmission were: \"I’ve lost control of one of my engines…so long.\" The aircraft then crashed into the "
 "Caribbean Sea.\n\n"
 "The passengers — seven of them local, two of them tourists from the Netherlands — managed to escape from the plane "
 "and were rescued by services in the area. The impact of the crash caused the pilot and several passengers to lose "
 "consciousness, however the passengers managed to recover and escape, suffering only minor head injuries.\n\n"
 "Two passengers tried to rescue the pilot as the plane was beginning to sink and Robert was still unconscious. "
 "However, the crash had damaged the safety harness attached to the pilot, and the passengers were unable to free "
 "him. They were left with no choice but to escape through the plane door when they noticed that it was beginning "
 "to sink. The body of Mansell has yet to be found but the Foreign and Commonwealth Office has now confirmed that he "
 "died on Wednesday, with a spokesperson for them saying: \"We are aware of the death of a British national in a "
 "plane crash near Curaçao.\"\n\n"
 "\"He's a hero,\" said Simon Janzen from Divi Divi Air. \"All the passengers survived and he is the only one "
 "missing. If he wasn't a good pilot, he couldn't have ditched it so everyone could be saved. Other pilots wouldn't "
 "have known what to do but he landed the aircraft so that everyone could get out safely.\"\n\n"
 "Robert Mansell's father Roger expressed his disapproval. \"I am furious,\" commented Roger. \"If you have nine "
 "people on board and a plane is overloaded and a problem develops, it becomes much harder to fix.\" Roger said that "
 "Robert had repeatedly explained to him problems about overloading, as the weight of the luggage and the "
 "passengers was not checked properly. Roger continued: \"He was a wonderful son and a hero. Quite how he managed to "
 "bring the plane down in the water like that without it breaking apart is beyond me. It is a miracle that the "
 "passengers survived.\"\n\n"
 "In response to the allegations made, Germaine Richie who is the owner of Divi Divi Air, made a comment saying: "
 "\"We reject any allegations that we are overloading planes and putting safety at risk.\"")

# (AMALGUM document, its folder, title, sourceURL as AMALGUM records it, date line, sector, region, topics, text, note)
ITEMS = [
 ("AMALGUM_news_atr", "amalgum_extra/news", "Pakistan International Airlines sacrifices goat, resumes ATR flights",
  "https://en.wikinews.org/wiki/Pakistan_International_Airlines_sacrifices_goat%2C_resumes_ATR_flights",
  "2016-12-21", "aviation/airlines", "non-US", "outage,leadership", PIA,
  "AMALGUM dateCreated 2016-12-14; the article's date line 'Wednesday, December 21, 2016' kept as `published`. Two "
  "image captions with credits and a pull quote ('Please have me shifted ... dream — Teen who lost her family to the "
  "disaster', repeated later in the body) cut, and the closing 'Sister link PIA Flight 661'; 'ATR-72 s.' (the "
  "tokeniser's split) written 'ATR-72s.'; the body's paragraph breaks after 'Mandviwalla has called for a criminal "
  "investigation.' follow the RS3 layer's sentences grouped by topic (the XML page read did not reach them). "
  "Leadership (the chairman's resignation, his predecessor) and an outage near-miss: a fleet grounded after a crash "
  "and flights disrupted (an aircraft type withdrawn for safety, no system failure)."),
 ("AMALGUM_news_revenue", "amalgum_extra/news",
  "Internet security firm to donate revenue to charity after Anonymous protest of Westboro Baptist Church",
  "https://en.wikinews.org/wiki/Internet_security_firm_to_donate_revenue_to_charity_after_Anonymous_protest_of_"
  "Westboro_Baptist_Church",
  "2012-12-20", "internet/security", "US", "outage,deal", LOTUS,
  "AMALGUM dateCreated 2012-12-20, as the date line 'Thursday, December 20, 2012'. Clean apart from detokenising; "
  "the sentence the corpus split at 'to charity' / 'after, \"...' joined back. An outage told in one sentence (a "
  "church's website defaced and taken offline for most of Monday by an activist group's attack) beside a "
  "DDoS-protection company and its customer."),
 ("AMALGUM_news_google", "amalgum/news",
  "Google performs first successful collision attack on SHA-1 security algorithm",
  "https://en.wikinews.org/wiki/Google_performs_first_successful_collision_attack_on_SHA-1_security_algorithm",
  "2017-02-25", "internet/security", "mixed", "deal", SHA,
  "AMALGUM dateCreated 2017-02-23; the date line 'Saturday, February 25, 2017' kept as `published`. One image caption "
  "with its credit cut; 'PGP / GPG' written 'PGP/GPG'. Company relations: a company's research group and a Dutch "
  "institute's group that worked together, the company's browser and its online detector."),
 ("AMALGUM_news_collapse", "amalgum_extra/news", "Death toll from Borneo bridge collapse reaches eleven",
  "https://en.wikinews.org/wiki/Death_toll_from_Borneo_bridge_collapse_reaches_eleven",
  "2011-11-28", "construction/infrastructure", "non-US", "outage", BRIDGE,
  "AMALGUM dateCreated 2011-11-28, as the date line 'Monday, November 28, 2011'. Two image captions with credits cut. "
  "Outage near-miss: a bridge that collapsed during repairs (a physical accident), its state-owned builder, a coal "
  "company's shares hit by the river's closure and a promised replacement ferry service."),
 ("AMALGUM_news_passengers", "amalgum_extra/news", "British pilot dies in plane crash; nine passengers survive",
  "https://en.wikinews.org/wiki/British_pilot_dies_in_plane_crash%3B_nine_passengers_survive",
  "2009-10-25", "aviation/airlines", "non-US", "outage", DIVI,
  "AMALGUM dateCreated 2009-10-25, as the date line 'Sunday, October 25, 2009'. An empty figure element left out. "
  "Outage near-miss: a commuter airline's aircraft lost after an engine failure (a physical accident), its pilot's "
  "former and present employers and the airline's owner (an owner, no title)."),
]


# Part 2 (added after part 1 was committed; its own split cycle)
ARIANE = (
 "An Ariane 5ECA rocket has successfully launched two satellites. The European carrier rocket lifted off from ELA-3 "
 "(Launch Area 3) at the Guiana Space Centre in French Guiana, South America, at 21:47 GMT this evening, carrying the "
 "ProtoStar-1 and Badr-6 spacecraft.\n\n"
 "ProtoStar-1 is the first satellite to be operated by ProtoStar Corporation, a Bermuda-based US/Asian communications "
 "company. It will be positioned at 98.5°East longitude, in a geosynchronous orbit, around 36,000 kilometres above "
 "the Equator. It was built by Space Systems Loral, based on the LS-1300 bus. It will provide direct-to-home high "
 "definition broadcasting and internet services to South-East Asia. The satellite was originally named ChinaSat-8, "
 "and intended for launch on a Long March 3B carrier rocket by the Chinese satellite operator ChinaSat; this was "
 "cancelled due to US ITAR export regulations, with the uncompleted satellite being transferred to ProtoStar.\n\n"
 "Badr-6 will be operated by Arabsat, a Saudi Arabian company. It will be positioned at 26°East, from where it will "
 "be used to provide direct-to-home television broadcasting services to the Persian Gulf. It was built by EADS "
 "Astrium and Thales Alenia Space, based on the Eurostar 2000+ bus. Badr is Arabic for \"full moon\". Badr-6, which "
 "is also designated Arabsat-4C, was built to replace the Arabsat-4A satellite which was lost in a Proton launch "
 "failure during early 2006.\n\n"
 "A 17-metre long payload fairing was used to encapsulate the two satellites, and a Sylda dual-payload adapter, used "
 "to allow the rocket to carry two satellites. There are several different types of adapter; the Sylda-5 "
 "configuration was used on this launch. ProtoStar-1 was launched in the upper position, mated to the Sylda adapter, "
 "whilst Badr-6 was in lower position, directly integrated onto the second stage of the carrier rocket. ProtoStar-1 "
 "separated from the carrier rocket just over 27 minutes after launch, followed by the Sylda adapter about 90 seconds "
 "later, and Badr-6 just under 36 minutes into the flight.\n\n"
 "Following confirmation of successful deployment of the satellites, Jean Yves Le Gall, the Chairman and Chief "
 "Executive of Arianespace, thanked the launch team for the successful launch. He also thanked the European Space "
 "Agency, who \"by their continuous support of space policy guarantee [Arianepace's] success\". Phillip Father, the "
 "President of ProtoStar, thanked Arianespace for the launch, and also thanked the \"many people who have touched us "
 "and helped us out\". He also said that he \"would like to take this opportunity to thank the families, spouses, and "
 "significant others who have supported us\". The Badr-6 programme manager stated that \"this is a moment of sheer "
 "joy and excitement\". He also referred to an unofficial Arianespace slogan, \"launches speak louder than words\", "
 "saying that \"we heard you loud and clear\".\n\n"
 "The launch had previously been scheduled for late June, however delays with the previous Ariane launch caused it "
 "to be rescheduled for last Friday evening, from where it was delayed in order to replace part of an electrical "
 "connection between the rocket and mobile launch platform. This was the 34th launch of 2008, and the fourth to be "
 "conducted by an Ariane 5. This marked the 40th launch of an Ariane 5, and the 15th of the ECA configuration. The "
 "next Ariane launch is scheduled for early August, with the Superbird 7 and AMC-21 spacecraft.")

MIDAIR = (
 "A midair collision has been narrowly averted between two commercial airliners over Indiana, United States. A "
 "Midwest Airlines plane carrying 24 people and a United Express aircraft carrying 31 people came within 600 vertical "
 "feet and 1.3 horizontal miles apart.\n\n"
 "The eastbound Midwest Airlines jet was accidentally directed to descend into the direct path of the westbound "
 "United Express flight. The mistake was made after an air traffic controller erroneously removed the latter "
 "aircraft's identification aircraft tag in preparation to handing off the aircraft to the air traffic control centre "
 "for a neighbouring sector of airspace.\n\n"
 "The Traffic Collision Avoidance System (TCAS) installed in the cockpits of both aircraft sounded emergency warnings "
 "advising the pilots to take evasive action. The Midwest Airlines plane promptly pulled up out of danger. Had TCAS "
 "not activated, it is believed the jets would have struck each other. \"If they didn't suddenly climb, there would "
 "have been a convergence,\" said Midwest spokeswoman Carol Skornicka.\n\n"
 "Had the aircraft struck each other, they would have been traveling at a combined speed of about 700 m.p.h. "
 "Airspeed would normally be higher, but congestion around O'Hare International Airport had slowed things down. The "
 "incident occurred at the end of a rush period, during a change in shift at the control centre.\n\n"
 "Jeffrey Richards, president of the National Air Traffic Controllers Association, told reporters that pilots had "
 "mentioned three times in the course of the flight how close aircraft were coming, quoting them as saying to air "
 "traffic control on one occasion \"Center, you really lined us up on that last clearance.\"\n\n"
 "Near air misses are classified on a scale of D to A by the Federal Aviation Authority, A being the most serious. "
 "The incident was classed as a B, the third incident of such severity in just six weeks caused by mistakes at "
 "Chicago Centre. The minimum permitted distance for aircraft traveling at an altitude of 25,000 feet, as these two "
 "were, is five horizontal miles and 1,000 vertical feet.\n\n"
 "Richards said that on the night of the incident controllers at Chicago Centre had been working close to the two "
 "hour working limit between rest breaks. \"These controllers are fatigued from working such long stints and very "
 "few breaks compared to just three years ago,\" said Richards, who added that this was particularly true of the "
 "26-year-old veteran who made the mistake. \"Each of his sessions were right up to the two-hour limit,\" Richards "
 "said, adding that he was nearing the end of his shift and had returned from a break just minutes before the "
 "near-collision.\n\n"
 "Richards said that at the time the building contained a staff of 11 controllers, five trainees and one supervisor, "
 "which is one supervisor and one controller lower than usual. He went on to say that before a retirement wave, 17 "
 "controllers monitored the airspace. He says this is a part of a larger issue whereby retirements are exhausting "
 "the supply of skilled operators, in what he describes as \"a systemic problem,\".\n\n"
 "This latest incident raises important safety issues at Chicago Centre, which is currently undergoing a dispute "
 "between the controllers union and management over how many controllers are adequate to run the centre. The site is "
 "soon to have to handle large quantities of traffic as an annual holiday season starts. However, the FAA says that "
 "it currently has no issues with staffing at the facility, although Richards contends that low levels of staff and "
 "increasing workloads have long been a worrying factor at the facility.\n\n"
 "Skornicka said of the incident that it was \"part of a bigger debate taking place,\" and that she felt \"this is "
 "just one situation that highlights the need for modernization and overhaul of the air traffic control system.\"")

CFPB = (
 "Unlike some parts of the US Federal Government, the Consumer Financial Protection Bureau (CFPB) has been open during "
 "the federal government shutdown and recording a record-low number of complaints submitted by consumers against "
 "mortgage companies, credit card companies, student loan providers, banks, money transfer providers, companies who "
 "provide credit reports, and other companies providing consumer loans.\n\n"
 "With data not available for yesterday, the first four days of the shutdown had daily totals of 37, 16, 13, and 3 "
 "complaints. With the exceptions of September 29 with 15 complaints and September 28 with 23, it is the lowest daily "
 "total since March 16 of this year when 36 total complaints were recorded and February 23 of this year with 14. The "
 "total complaints are also down from the same dates last year, when the total complaints per day for the first four "
 "days of October 2012 were 272, 298, 288, and 225.\n\n"
 "Of the 69 filed complaints recorded so far this month, 27 were complaints about mortgage companies, 21 were about "
 "bank accounts and 10 were about credit card companies. 40% of credit card companies complaints, 42.9% of bank "
 "account complaints and 48.1% of mortgage complaints are currently listed as still in progress. Most of the rest "
 "have been closed with an explanation.\n\n"
 "Bank of America leads all companies in terms of total complaints filed this month with 9. Bayview Loan Servicing, "
 "LLC and JPMorgan Chase have 7 complaints each. Ally Bank, Sovereign Bank, and Wells Fargo have 4 each. Flagstar "
 "Bank and Equifax have 3 each. Citibank, Nationstar Mortgage, TD Bank, Amex, and FirstMerit Bank have 2 complaints "
 "each. 18 financial services companies have 1 complaint each filed against them.\n\n"
 "During the government shutdown, some CFPB staff have voiced their opinions on Twitter. Dan Munz, deputy assistant "
 "director for consumer engagement at the CFPB, tweeted, \"Boy, shutdown week has really created a sudden bumper crop "
 "of amateur federal management experts.\"; \"Also, seems like Boehner is singlehandedly undoing whatever progress "
 "he'd made in portraying this as a Dem [Democratic Party] shutdown.\"; and \"Basically, there's now a strong "
 "incentive to fill legislation with minor symbolic things you can bargain away later to protect the core.\"\n\n"
 "The agency has been able to stay open during the government shutdown because it is funded by the Federal Reserve. "
 "According to Amanda Terkel at the Huffington Post, Republican members of the United States House of "
 "Representatives have put closing the CFPB on their wish list of items in negotiating for a new debt ceiling limit. "
 "Party members have previously stalled the appointment of Richard Cordray as the CFPB boss as a way of hindering it "
 "from engaging in oversight of financial organizations in the the US.")

ITEMS2 = [
 ("AMALGUM_news_ariane", "amalgum/news", "40th Ariane 5 rocket launches ProtoStar-1 and Badr-6 satellites",
  "https://en.wikinews.org/wiki/40th_Ariane_5_rocket_launches_ProtoStar-1_and_Badr-6_satellites",
  "2008-07-07", "space/satellites", "mixed", "deal,leadership", ARIANE,
  "AMALGUM dateCreated 2008-07-07, as the date line 'Monday, July 7, 2008'. Clean apart from detokenising ('98.5 "
  "°East' written '98.5°East', 'Bermuda -based US / Asian' written 'Bermuda-based US/Asian'); the article's "
  "'[Arianepace's]' kept. Company relations and leadership: satellites with the companies that operate and built "
  "them, a launch company thanked by its customer, the launch company's chairman and chief executive and the "
  "customer's president."),
 ("AMALGUM_news_airliners", "amalgum_extra/news", "Two airliners come within seconds of collision over Indiana, US",
  "https://en.wikinews.org/wiki/Two_airliners_come_within_seconds_of_collision_over_Indiana%2C_US",
  "2007-11-17", "aviation/air traffic control", "US", "outage", MIDAIR,
  "AMALGUM dateCreated 2007-11-17, as the date line 'Saturday, November 17, 2007'. Clean apart from detokenising "
  "(the article's '700 m.p.h. Airspeed' and 'a systemic problem,\".' kept). Outage near-miss: an air traffic "
  "controller's mistake and a collision warning system that worked; no system failed and no service was lost."),
 ("AMALGUM_news_cfpb", "amalgum_extra/news", "CFPB records fewer complaints in early days of US government shutdown",
  "https://en.wikinews.org/wiki/CFPB_records_fewer_complaints_in_early_days_of_US_government_shutdown",
  "2013-10-08", "finance/regulation", "US", "outage,leadership", CFPB,
  "AMALGUM dateCreated 2013-10-08, as the date line 'Tuesday, October 8, 2013'. One image caption with its credit "
  "cut; the article's 'the the US' kept. Outage near-miss: a government shutdown that an agency stayed open through "
  "(no system failure), with the companies complained about and the agency's staff."),
]


def rec(doc, folder, title, url, pub, sector, region, topics, text, note):
    return {"id": slug(title, pub[:4], "wn"), "source": url, "licence": "CC BY 2.5",
            "attribution": f"Wikinews contributors, '{title}', {url} (CC BY 2.5); text via the AMALGUM corpus "
                           f"(Gessler et al. 2020, {AMALGUM}, {folder}/xml/{doc}.xml and rst/{doc}.rs3; its "
                           "annotations CC BY 4.0, not used)",
            "published": pub, "title": title, "text": text, "sector": sector, "region": region,
            "topics": topics.split(","), "origin": "wikinews (AMALGUM corpus)", "notes": note, "truncated": False}


def main():
    return [rec(*x) for x in ITEMS] + [rec(*x) for x in ITEMS2]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
