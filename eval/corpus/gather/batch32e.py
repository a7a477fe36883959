#!/usr/bin/env python3
"""Batch 32e (session 33; helper gather33e): eight English Wikinews (CC BY 2.5) news articles that no earlier batch
used, read from the AMALGUM corpus (github.com/gucorpling/amalgum, older output folder
`out/news/autogum_news_docNNN.xml`, plain XML: headline, dateCreated and sourceURL on <text>, paragraphs in <p>)
with read_file at the stored version 49e8fad — the eighth round of this lane after batches 24c-26d, 28e, 29e, 30e,
31e and 31g, this time leaning to business, technology and economy stories.
How they were found: a seeded draw (random.Random(3332).sample(free, 40)) over the numbers doc000-doc810 that no
GATHERING section, gather script or notes file named at 18:00 UTC (439 free, 372 named; every `docNNN` with the
comma, 'and' and range lists after it); all 40 read whole, seven kept (doc381, doc390, doc070, doc284, doc745,
doc204, doc245); then a second draw (random.Random(3333).sample(rest, 12), rest = the free numbers less the 40), its
first six read whole and one kept (doc570), its other six left unread. Each source URL was checked against every corpus file
and gather script (doc771, drawn and read, turned out to be batch 24c's ProtoStar launch text under its URL: left).
The eight: a satellite launch with its launch company, operators, builders and their managers (Arianespace, Skynet 5C,
Turksat 3A, 2008); a regulator's review of an airliner after incidents on two airlines' aircraft (FAA, Boeing 787,
Japan Airlines, All Nippon Airways, 2013); a foundation's conference and its change of chair (Wikimedia Foundation,
Wikimania 2008); a former prime minister's paid speech sponsored by a bank, with the bank's deputy chairman and a
takeover offer (Toronto-Dominion Bank, 2007); a TV host bailed, with the network that owns his station (TV6,
Caribbean Communications Network, 2012); a museum's memorial to journalists, with the foundation that runs it and
the newspapers and stations they worked for (Newseum, Freedom Forum, 2009); unrest after an election with mobile
phone services cut, no operator named (Iran, 2009); a publisher merging two magazine titles, with its chief executive
(Bauer Media, Cleo, Dolly, 2013).
Each text is the article body written out by hand from the XML: the headline and the date line (kept as
`published`) left out; image captions with their credits and pull quotes with their attribution lines cut;
paragraphs as the XML's <p> elements; a line break inside a <p> written as one space; XML entities as their
characters; runs of spaces made one and spaces at a paragraph's end dropped; no word added or changed (the
articles' own slips kept). Per-item cuts are in each item's note.
usage: batch32e.py [POOL_DIR] [--dry]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import amalgum
from write_pool import write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather33e/pool"

ARIANE = """An Ariane 5ECA rocket has successfully placed two communications satellites into Geosynchronous transfer orbit. Liftoff, from ELA-3 at the Guiana Space Centre occurred at 22:05:02 GMT this evening. The satellites launched were Skynet 5C, which will be used to relay secure communications for the British armed forces, and Turksat 3A, which will be used for commercial communications. Paradigm Secure Communications will operate Skynet 5C on behalf of Britain's Ministry of Defence, whilst Turksat 3A will be operated by Turksat, an organisation based in Turkey.

The launch was conducted by French company Arianespace. It was originally scheduled to occur in May, but was delayed when an incorrect guidance programme was found to have been installed on the rocket. It is believed that several commands intended for use by the Ariane 5ES, a variant of the Ariane 5 used to launch spacecraft such as the Automated Transfer Vehicle, had been installed by mistake.

Skynet 5C and Turksat 3A separated from the carrier rocket 26 and 31 minutes after launch respectively, into a Geosynchronous transfer orbit. They will perform burns of onboard engines to raise the perigees of their orbits, and inject into Geosynchronous orbits, approximately 35,000 kilometres above the equator. Turksat 3A, which was constructed by Thales Alenia Space, will be positioned at a longitude of 42°E, where it will replace the older Turksat 1C satellite. Skynet 5C, which was originally constructed as a backup spacecraft, will be placed at 17.8°W. It was built by EADS Astrium.

This is the 30th orbital launch of 2008, and the third to be conducted by an Ariane 5 rocket. Overall, it is the 39th flight of an Ariane 5, and the 14th flight of the ECA variant. It is also the 25th successful launch of an Ariane rocket. The flight designation for the launch was V184, and the serial number of the rocket used was 540. The next Ariane 5 launch will occur in early July, with the Badr 6 and ProtoStar-1 satellites.

Speaking before launch, Arianespace Chairman Jean-Yves Le Gall described the mission as a "very important launch for us". Following launch, he said that he was "very happy to share this success with you", and that Arianespace could make a "guarantee to Europe's governments of their assured access to space". He commented on the fact that this was Arianespace's 25th consecutive successful launch, saying that this achievement "truly demands respect".

Patrick Wood, the Skynet 5C programme director at Paradigm Secure Communications described the launch as "another great achievement, and another major milestone", and that "we are extremely proud of it". Jean-Marie Robert, the manager of satellite programmes at Thales Alenia Space said that his company was "proud to have contributed" to the Turksat programme. Binali Yildirim, Turkey's Minister of Transportation, made a speech via telephone, thanking Arianespace for the launch."""

FAA787 = """The United States Federal Aviation Administration (FAA) ordered a review Friday into the design and manufacture of the Boeing 787 Dreamliner, following five incidents in five days involving the aircraft and two Japanese airlines.

On Monday, an electrical fire broke out aboard a Japan Airlines 787 at Boston's Logan International Airport, when a battery pack which powers the auxiliary power unit, for when the plane is on the ground, caught fire. The fire was discovered by maintenance workers after passengers and crew disembarked following their flight from Tokyo's Narita Airport.

The next day, a separate Japan Airlines 787, also at Logan International Airport, heading to Tokyo, suffered a fuel leak that spilled around 40 gallons, which was spotted by the crew of the aircraft taxiing behind them. "That Japan Air may know it, but they’ve got fuel or something spilling out the outboard left wing. Quite a bit," said the pilot of aircraft behind them on local air traffic control frequencies.

Wednesday, in Japan, an All Nippon Airways 787, the launch customer for the aircraft, cancelled a flight after a brake problem was reported.

Earlier Friday, two All Nippon Airways suffered separate incidents in Japan. An oil leak was noticed in the engine after one aircraft had landed in Miyazaki, coming from Tokyo's Haneda Airport. Another flight, flying between Haneda Airport and Matsuyama said the pilot's side window in the cockpit suffered a crack.

The FAA in a statement said "In light of a series of recent events, the FAA will conduct a comprehensive review of the Boeing 787 critical systems, including the design, manufacture and assembly." Further adding, "The purpose of the review is to validate the work conducted during the certification process and further ensure that the aircraft meets the FAA’s high level of safety."

According to the statement, "The review will also examine how the electrical and mechanical systems interact with each other." The Boeing 787 relies more on electrical, as opposed to mechanical, systems than past aircraft from the manufacturer including having electronics operate hydraulic pumps and using electric brakes. Large portions of the plane's structure use lightweight carbon fiber composite instead of more traditional metal airframe.

U.S. Transportation Secretary Ray LaHood said, "The safety of the traveling public is our top priority [...] This review will help us look at the root causes and do everything we can to safeguard against similar events in the future."

"We are confident that the aircraft is safe. But we need to have a complete understanding of what is happening," said newly sworn-in FAA Administrator Michael P. Huerta. "We are conducting the review to further ensure that the aircraft meets our high safety standards."

Boeing released a statement saying, "[The company] is confident in the design and performance of the 787. It is a safe and efficient airplane. The airplane has logged 50,000 hours of flight and there are more than 150 flights occurring daily.\""""

WIKIMANIA = """Thursday saw the start of the fourth International Wikimedia Conference, better known as Wikimania 2008. The conference is being held in the Bibliotheca Alexandrina, a modern library with conference facilities for multiple tracks as well as a grand hall where the opening ceremony and first presentation were held.

Speakers for the opening ceremony: His Excellency Dr. Ahmed Darwish, the Egyptian Minister of State for Administrative Development, Florence Devouard, the outgoing chair of the Wikimedia Foundation, Mohamed Ibrahim the active lead volunteer, who took the initiative of approaching Bibliotheca Alexandrina to collaborate on the bidding and the organization of Wikimania 2008 along with the enthusiastic local volunteers, and finally Jakob Voss head of the program committee.

The theme of this year's conference is "Change the shape of wisdom", and the choice of location is seen as an outreach to the Arabic and African communities.

According to Dr. Darwish, the conference has the full support of the Egyptian Prime Minister who would have attended but for a clash with a prior engagement. In his introductory talk he described wikis as becoming more reliable and being a form of globalization which did not destroy local identity.

Talking of Egyptian efforts to improve education and make it a more continuous process he discussed increased e-Government and the fact that in this area Egypt had come in the top 25% of UN surveyed countries. The country's young population is seen as a driving factor in increasing Internet use. Optimistically, Dr Darwish spoke of the move from a two-sided situation to more collaboration between government and citizens.

Florence Devouard spoke briefly about the library, comparing their goals with those of the Wikimedia Foundation and drawing a number of parallels. One of the projects hosted by the library is a mirror of the Internet Archive. As a surprise announcement, she revealed that the language subcommittee had approved the creation of a new Wikipedia version for Egyptian Arabic.

Mohamed Ibrahim talked on how Alexandria winning the bid had significantly raised the profile of wiki projects within the Arab and African media. This was evidenced at a press conference held early that afternoon. Around six or seven TV crews were present along with at least 30 reporters. Despite not being Western media, the focus of questioning was on academic skepticism towards Wikipedia; the oft-repeated confusion between Wikia and the Wikimedia Foundation was dismissed when raised.

Jakob Voss, the last member of the opening ceremony team, gave a rundown of a number of statistics. The conference received over 150 submissions for talks and workshops. Of these approximately 75 were approved with around 100 speakers due to talk during the course of the three day conference.

Participation in the conference is around 650 attendees, coming from 47 different countries around the globe, in addition to some 80 other participants, including individuals from local and international media, sponsors representatives, BA directors and WMF advisory and board members.

At a well-attended press conference the usual issues were raised, such as the reliability of Wikipedia as a source. It was also announced that with the stepping down of Florence Devouard as Chair of the WMF board, her successor will be Michael Snow.

Jimmy Wales gave a speech titled Freedom of speech, human rights, and free culture. In his speech he made a comparison between the Freedom House rating with the size of the Wikipedia in that language. He found a link between the two in the cases he examined.

Other presentations included Rhonda Shearer's speech on media accountability, Foundation goals and plans with Sue Gardner and Erik Möller.

The day ended with a board panel providing an opportunity for discussion with the board and a question & answer segment. This included the announcement that the new chair of the Foundation is Michael Snow."""

BLAIR = """Tony Blair, United Kingdom's former Prime Minister, made his first public appearance since stepping down as PM yesterday at a speech entitled Global Relations: A Conversation with Tony Blair to an audience of about 2,400 in Calgary, Alberta from noon to 2:30 p.m. in the Telus Convention Centre, sponsored by Toronto-Dominion Bank (TD Canada Trust).

Lunch was served with an authentic Alberta beef steak. Alberta premier Ed Stelmach, Calgary mayor Dave Bronconnier, and other public officials were there. "Congratulations on winning a third term. As a three-term prime minister I can tell you that's when things get rough," Blair told Bronconnier.

During the speech he talked about Canada on the world stage, the controversial military role in Afghanistan, defending the country in war-devastated places, as well as other large issues facing Canada.

Blair said it's not about being on the left or right side of politics, it's about being open or closed.

"If we want to win, we can't just be for democracy and freedom. We have to be for justice and fairness," Blair said to the audience that paid CA$400 to attend the event. "It's a battle of ideas."

"If we're going to fight this terrorism off, we're going to have to show them we're as tough as they are ... and stay the course." Blair said even though it'll be a long-road in the war it's important to not give up the fight against "the forces of extremism."

Blair is an Envoy in the Quartet on the Middle East, which is involved in mediating the peace process in the Israeli-Palestinian conflict. He become Envoy the same day he stepped down as PM.

"This morning I looked at your local papers and saw 'Premier Under Fire'. And I thought, 'Oh God, why, what have I done now?' before realising that I wasn't PM anymore. I'm still adjusting."

He also commented about Alberta's oil and gas royalty dispute saying, "I'm just glad it's not my decision," and after three terms of being PM he's "learned when to keep my mouth shut." Alberta has the second largest oil reserves in the world and Abu Dhabi National Energy Co. recently made their third offer for $5-billion to buy Alberta-based company Prime West Energy Trust. In relation to that, Blair said, "Calgary is not only the new centre of Canada or North America, but a global centre for the world."

"I often say to people, Canada will become one of the most powerful nations in the world." He also pointed out, "As power grows... so does more responsibility. What you need to do is carry with it your optimistic spirit. You're a country that can easily play as large a role as anyone else."

"Optimism is something you get very easily when you come to Canada," he said relating to Canada's strong alliances with other countries. He said Canada has a "can-do" attitude.

After, he sat down with former premier of New Brunswick Frank McKenna, now TD Bank's deputy chairman, in green armchairs, part of TD's advertising campaign, and had a Q&A period.

Journalists were not allowed to use cameras or recording devices during the event as ordered by Scotland Yard, the Globe and Mail reports, who were told by event organisers.

Blair also praised Canada's wine, "This is a secret you've just got to get out.\""""

TV6 = """Trinidad's Ian Alleyene, host of TV6's Crime Watch, has been released on bail. He spent the weekend in custody after being charged under the Sexual Offences Act following television broadcasts allegedly showing a mentally ill teenage girl's rape.

Arrested on April 20, Alleyne spent the weekend in a hospital and the night of April 23 in police custody. He is now free after a Port of Spain magistrate granted his release on TT$80,000 (About US$13,300). The case is adjourned until May 14, when the owner of the TV station, Caribbean Communications Network, is summonsed to also appear in court regarding the same broadcasts.

The charges, filed just days before the statute of limitations expired, allege footage was thrice broadcast in October 2011 which allowed public identification of a rape victim. A fourth charge alleges Alleyne, who's lawyer says has no previous convictions, obstructed the police investigation.

The fourth charge relates to an incident last week at Caribbean Communications Network's Independence Square premises in Port of Spain. Alleyne was ultimately arrested publicly but police claim they first asked him to attend a police station.

Alleyne was taken to court early yesterday morning where he appeared before Chief Magistrate Marcia Ayers-Caesar in a hearing witnessed by journalists and his family. Thirty minutes after bail was granted he had posted it and was freed, meeting supporters protesting against the prosecution outside the courthouse.

"[I]f you go back to the genesis of this entire incident you will realise it is just a travesty of justice," he told the press. Walking through Port of Spain upon his release, he twice mounted tables to address following supporters. "They can lock me up for a month, they can lock me up for two months, but I will still come out and will continue my fight for you. As long as there is breath in my body, I will continue fighting for you, the poor people."

During the hearing, court officials were accused by the magistrate of breaching procedure. Alleyne had been taken directly into the court before it had opened, and was fed breakfast there. Superintendent of the Court and Process Branch Kenneth Cordner promised to "hold some training sessions to ensure that the officers fully understand their roles" and called the incident "upsetting."

Director of Public Prosecutions Roger Gaspard warned local media yesterday not to prejudice any trial, noting the high public interest in the case. Gaspard said doing so would "would constitute an unwelcome and unfortunate interference with the due administration of justice and may properly provide a sufficient basis upon which a citation for contempt may be fastened."

Also yesterday, Alleyne took to the studio and returned to his position hosting Crime Watch. He denies all charges."""

NEWSEUM = """The names of 77 reporters, photographers and broadcasters were added to a memorial to honor slain journalists in the Newseum in Washington, D.C.

"These 77 individuals were brought together in a fellowship that none of them would have chosen, a fellowship created by their commitment, their courage and, ultimately, their sacrifice," said Chris Wells, vice president of the Freedom Forum, which runs the Newseum.

The Newseum Journalist's Memorial contains the names of 1,913 journalists dating back to 1837. Thirteen of the names added Monday were journalists killed in Iraq in 2008, which has been the most dangerous country for journalists since the Iraq War began in 2003.

Mexico was the second deadliest country for journalists last year, with five journalists being killed due to drug violence. According to Newseum records, Mexico had not been so dangerous for journalists in at least five years.

Among the slain journalists in Mexico was Armando Rodriguez, a reporter who covered crime along the border of El Paso, Texas, for 10 years. He was shot to death in his driveway while sitting in his car with his eight-year-old daughter.

"These murders strike at the heart of democracy by silencing speech and by depriving a community of the information it needs to conduct its affairs," said Newseum chairman Alberto Ibarguen.

Another was Magomed Yevloyev, who ran the independent Russian news site Ingushetia.org, which the Russian government tried to shut down. Yevloyev was shot while in police custody; authorities said he tried to take an officer's weapon.

Some of the journalists added to the memorial were killed in accidents, rather than murders or war zones. Tom Borrelli, a sports writer for The Buffalo News, died after falling down a set of metal stairs at a high school football stadium and landing on his head.

"I hate more than anything that it had to come to this, but it did come to this," said Borelli's widow, Karen. "And the honor is just tremendous. He would say he didn't deserve it, but he did."

Steven Shoob, a broadcaster with WTOC-TV in Georgia, was also added to the memorial. Shoob was struck by a car while covering an accident story in Savannah in July 2008.

Among the new names, 62 journalists were killed in 2008 and 15 were killed in prior years, including Honolulu Star-Bulletin reporter Sarah Park, who died in 1957 in a small plane crash while covering a tsunami.

The name of the youngest journalist on the memorial was added Monday. Ryan Rendleman, 22, of the Daily Egyptian of Southern Illinois University Carbondale who died in April 2008 when a tractor-trailer hit his parked car while he was on assignment."""

IRAN = """Protests, riots and violence broke out in several cities in Iran on Saturday night following an election which many in Iran and the world say was fraudulent. Demonstrations took place late into the night, with waves of police fighting protestors in Tehran, Shiraz, Mashad and Rasht.

Protesters chanting "Death to the dictator!" occupied major streets around Tehran, with roadblocks being set up against police. Tear gas has been deployed against protestors in the upscale Valiasr Street district of Tehran as well as at the University of Tehran.

The protestors are supporters of Mir-Hossein Mousavi, a candidate in the Iranian presidential election. Mousavi accuses the Iranian government of "appalling" fraud after it reported that the nation's current president Mahmoud Ahmadinejad, who had been expected to receive less than 50% of the vote and have to face Mousavi in a runoff election, received 62%. Addressing officials in an open letter, Mousavi said, "this country has been through a grand Islamic revolution and the least message of this revolution is that our nation is alert and will oppose anyone who aims to seize the power against the law." The protesters, reports say, do not seek to overthrow the Islamic regime, which has been in place in Iran since 1979, but instead to reform it.

In a second letter, Mousavi reported that he has asked Iran's Guardian Council to nullify the electoral result and urged his supporters to wear green, take up the slogan "Allahu akbar" ("God is great") and peacefully protest the official position.

In response, Ahmadinejad celebrated victory in Tehran this afternoon with his supporters, and addressing a largely-sympathetic group of reporters at a press conference, asserted that the election had been free and fair and said

The situation in the country is in a very good condition. Iran is the most stable country in the world, and there's the rule of law in this country, and all the people are equal before the law.

It has been reported that the safety of Ahmadinejad's rivals could not be guaranteed. As a result, many prominent reformists and leaders of the Islamic Iran Participation Front have been arrested. Rumors which spread around the nation saying Mousavi himself had been detained are, however, untrue and the candidate plans to address his supporters later today. However, the brother of former Iranian president and reformist Mohammad Khateimi has been detained. Former president Hashemi Rafsanjani has resigned from all his posts in the government in protest.

125 members of faculty resigned in protest at Sharif University, students and faculty protesting together at the urban Tehran campus, and according to eyewitnesses, police, around 23:00 UTC, raided Teheran University, and arrested over 100 students.

Reporters Without Borders has said that the Iranian government has instituted mass censorship, with foreign journalists being asked to leave the country. It also says an interpreter working with an Italian news crew was beaten by police. Mobile phone services have apparently been cut, and many reformist and social networking websites have been blocked. The Iranian government has also made use of the Internet by circulating a false invitation to a rally outside Mousavi's headquarters; the city square containing the headquarters has been surrounded by police, trapping thousands of Mousavi's supporters inside.

Iranians living abroad as well as supporters of what is being called the "green revolution", from the colors of Mousavi's campaign, have staged demonstrations outside Iranian embassies and consulates in Rome, Kuala Lumpur, Paris, Berlin, London, and The Hague, with events planned in the United States in Chicago, Illinois and Los Angeles, California for later in the day.

Meanwhile, the U.S. does not accept the results of the Iranian election. U.S. Secretary of State Hillary Clinton said that she hopes "genuine will and desire" of the people will reflect the results of the election."""

CLEO = """Senior Editor for Australia's Cleo magazine Sharri Markson confirmed on Wednesday that she will not be competing for the role of editor between the sudden merger of Dolly and Cleo titles. The news came only days after German-based Bauer Media announced the merger of two of their most popular Australian magazines, with an expected loss of half the production staff by early next year.

The production team was informed of the merge in a staff meeting on Monday. Chief executive Matt Stanton and publisher Sebastian Kadas explained the merger process, which will see the separate mastheads continue under the one production team and half the size of the normal magazine printing dimensions.

Both current editors Sharri Markson and Tiffany Dunk, along with the entire production team, were required to re-apply for their positions and compete against one another to secure a position. However, according to The Australian, after only three days of consideration, Markson informed staff that she is not prepared to accept the role given it would mean producing two magazines with half the staff.

Former editors of both Dolly and Cleo are turning to Twitter to show support for the staff in danger of unemployment. Mia Freedman posted; "Sad for all the girls who dream of working in magazines. The dream is sadly very much over. No joy today. Thinking of Dolly & Cleo staff", and Lisa Wilkinson posting "Very sad to hear news that Dolly & Cleo magazines are merging, with expected losses of half the staff. End of an era. And a personal one ..." Wilkinson told The Sydney Morning Heald. "I just hope the magazine publishers in this country have been mentoring that new talent otherwise it simply will not work".

Bauer Media have released a statement addressing the situation, claiming to be “continually reviewing every aspect of its business, looking at new opportunities for growth and investment, whilst ensuring all divisions are working as efficiently and effectively as possible”. Bauer’s CEO who addressed the staff on Monday continued, saying "it makes sense to bring the staff creating these young women’s lifestyle titles together. The single publishing unit enables us to tap the synergies and expertise between the mastheads to further enhance the reach and relevance of these two much-loved Australian magazine brands."

The production staff along with popular media personalities are publicly questioning the efficiency of the merge, as both titles have distinctly different audiences; with Dolly aiming at teenager readers and Cleo at women in their 20s and 30s. This combined with the ever increasing stress of publishing will only maximise the pressure on the new production team. Ita Buttrose highlighted the concern, telling Crikey, "I know everybody is cost-cutting at the moment, but this seems a bit extreme. You'd have to be a very experienced, very talented editor to put out both titles. I ran the women's division at ACP Magazines, but all the titles had their own clearly defined editors. For one person to edit two magazines — that may be something they do in Germany, but it's new for me ... I'd like to see their business plan."

The move comes closely after Bauer discontinued women's magazine titles Madison and Grazia in Australia earlier this year due to continuing financial pressures."""

W = "https://en.wikinews.org/wiki/"
C = "Read from out/news/autogum_news_{} (commit 49e8fad). "

# (path in the AMALGUM repository, title, Wikinews url, published, sector, region, topics, text, note)
ITEMS = [
 ("autogum_news_doc381", "Ariane rocket launches Skynet and Turksat spacecraft",
  W + "Ariane_rocket_launches_Skynet_and_Turksat_spacecraft", "2008-06-12", "aerospace/telecom", "non-US",
  "partnership,leadership", ARIANE,
  C.format("doc381.xml") + "AMALGUM dateCreated 2008-06-12, the date line 'Thursday, June 12, 2008' kept as "
  "`published`. No caption or quote box; the last <p> holds a line break before 'Jean-Marie Robert' (written as "
  "one space) and a run of two spaces after 'Jean-Marie Robert,' (made one); a space at the second paragraph's end "
  "dropped. A launch company and its chairman, two satellites with their operators and builders, a ministry the "
  "operator works for, two companies' programme managers and a minister. A different launch from batch 24c's "
  "ProtoStar-1/Badr-6 text (the next launch, named here in passing); an outage near-miss: the launch delayed by a "
  "wrong guidance programme (no service lost)."),
 ("autogum_news_doc390", "FAA orders review of Boeing 787 Dreamliners following week of incidents",
  W + "FAA_orders_review_of_Boeing_787_Dreamliners_following_week_of_incidents", "2013-01-13", "aviation/regulation",
  "US", "regulation,partnership", FAA787,
  C.format("doc390.xml") + "AMALGUM dateCreated 2013-01-11, the date line 'Sunday, January 13, 2013' kept as "
  "`published`. An image caption with its credit ('A Japan Airlines Boeing 787 Dreamliner sits idle on the "
  "tarmac ... Image: Patrick Mannion.') cut; runs of two spaces made one ('in Japan. An oil leak', 'is safe. But', "
  "'a safe and efficient'); the typographic apostrophes kept; the article's own slips kept ('two All Nippon "
  "Airways suffered', 'the pilot of aircraft behind them'). A regulator's review of an airliner after five "
  "incidents on two airlines' aircraft, the regulator's administrator, the maker's statement, the launch customer. "
  "An outage near-miss: a flight cancelled after a brake problem (a product defect, no IT or service failure)."),
 ("autogum_news_doc070", "Wikimania 2008 opens at Bibliotheca Alexandrina, Egypt",
  W + "Wikimania_2008_opens_at_Bibliotheca_Alexandrina%2C_Egypt", "2008-07-18", "non-profit/internet", "non-US",
  "leadership", WIKIMANIA,
  C.format("doc070.xml") + "AMALGUM dateCreated 2008-07-17, the date line 'Friday, July 18, 2008' kept as "
  "`published`. The disclosure line of the template before the first paragraph ('This article mentions the "
  "Wikimedia Foundation, one of its projects, or people related to it. Wikinews is a project of the Wikimedia "
  "Foundation.', outside any <p>) cut; a line break inside the fifth <p> (before 'Optimistically') written as one "
  "space; the link text ' Jakob Voss' carries a leading space (its run with the space before it made one, at a "
  "paragraph's start dropped); 'question &amp; answer' written '&'; a space at a paragraph's end dropped. A "
  "foundation's conference, its outgoing chair and announced successor, a minister, a library that co-organised "
  "it, a for-profit wiki company. Not batch 28e's 2014 Wikimedia text nor batch 24c's doc041 (Wikimania 2012, left "
  "out): another year's conference, another change of chair."),
 ("autogum_news_doc284", "Tony Blair speaks in Canada", W + "Tony_Blair_speaks_in_Canada", "2007-10-27",
  "banking/politics", "non-US", "leadership", BLAIR,
  C.format("doc284.xml") + "AMALGUM dateCreated 2007-10-27, the date line 'Saturday, October 27, 2007' kept as "
  "`published`. No caption or quote box; no cut but the headline and the date line; 'Q&amp;A' written 'Q&A'; "
  "the article's own slips kept ('He become Envoy', 'the Globe and Mail "
  "reports, who were told'). A former prime minister's speech sponsored by a bank, the bank's deputy chairman (a "
  "former provincial premier), a province's premier, a takeover offer (an offer only: no deal), a police force."),
 ("autogum_news_doc745", "Trinidad TV host bailed on teen rape broadcast charges",
  W + "Trinidad_TV_host_bailed_on_teen_rape_broadcast_charges", "2012-04-25", "media/legal", "non-US",
  "regulation", TV6,
  C.format("doc745.xml") + "AMALGUM dateCreated 2012-04-25, the date line 'Wednesday, April 25, 2012' kept as "
  "`published`. An image caption ('The controversial case centres around Port of Spain.') and a pull quote with "
  "its attribution line ('it is just a travesty of justice' / '—Ian Alleyne') cut; spaces at paragraphs' ends "
  "dropped; the article's own slips kept ('Ian Alleyene' beside 'Alleyne', \"who's lawyer\", 'would \"would "
  "constitute'). A TV host charged over his station's broadcasts, the network that owns the station summonsed, a "
  "magistrate, a police branch's superintendent and a prosecutor."),
 ("autogum_news_doc204", "77 names added to fallen journalist memorial in Washington, D.C.",
  W + "77_names_added_to_fallen_journalist_memorial_in_Washington%2C_D.C.", "2009-03-31", "media/non-profit", "US",
  "leadership", NEWSEUM,
  C.format("doc204.xml") + "AMALGUM dateCreated 2009-03-31, the date line 'Tuesday, March 31, 2009' kept as "
  "`published`. An image caption ('The Newseum, a journalism museum in Washington, D.C.') cut; no other cut; the "
  "article's own slips kept ('Borelli's widow' beside 'Tom Borrelli', the last paragraph's verbless sentence). A "
  "museum's memorial with its chairman and the foundation that runs it and its vice president, journalists and the "
  "newspapers, station and news site they worked for."),
 ("autogum_news_doc245", "Civil unrest in Iranian cities after Ahmadinejad declares victory",
  W + "Civil_unrest_in_Iranian_cities_after_Ahmadinejad_declares_victory", "2009-06-14", "politics/telecom",
  "non-US", "outage,leadership", IRAN,
  C.format("doc245.xml") + "AMALGUM dateCreated 2009-06-14, the date line 'Sunday, June 14, 2009' kept as "
  "`published`. Two image captions with their credits ('A riot in Teheran following the 2009 presidential "
  "election. Image: shahram sharif.', 'Mir-Hossein Mousavi (right) at an electoral event in Zanjan Image: "
  "Mardetanha.') cut; the quoted statement of Ahmadinejad that stands outside any <p> after '... and said' (the "
  "article's own block quote, not a pull quote: its words appear nowhere else) kept as its own paragraph; spaces at "
  "paragraphs' ends dropped; the article's own spellings kept ('Khateimi', 'Teheran University' beside 'University "
  "of Tehran'). Unrest after an election, with mobile phone services 'apparently' cut and websites blocked (an "
  "outage with no operator named), a president, two former presidents, a rights group, a foreign minister."),
 ("autogum_news_doc570", "Cleo and Dolly merger leaves senior Australian Cleo editor Sharri Markson out of work",
  W + "Cleo_and_Dolly_merger_leaves_senior_Australian_Cleo_editor_Sharri_Markson_out_of_work", "2013-11-08",
  "media/publishing", "non-US", "leadership,deal", CLEO,
  C.format("doc570.xml") + "AMALGUM dateCreated 2013-11-08, the date line 'Friday, November 8, 2013' kept as "
  "`published`. An image caption ('Logo Bauer Media Group') cut; a run of two spaces made one ('on Wednesday "
  "that'); a space at a paragraph's end dropped; '&amp;' written '&'; the typographic quotation marks and "
  "apostrophes kept; the article's own slips kept ('The Sydney Morning Heald', 'Mia Freedman posted;'). A "
  "publisher merging two of its magazine titles, its chief executive and publisher, the titles' editors, a former "
  "head of a rival's division, two titles it closed. (Batches 12 and 21a left a copy of this story out for "
  "words lost in its wikitext conversion; this AMALGUM copy is whole.)"),
]


def main():
    return [amalgum.record(*x) for x in ITEMS]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
