#!/usr/bin/env python3
"""Batch 32g (session 33, round 2; helper gather33g): eight English Wikinews (CC BY 2.5) news articles that no earlier
batch used, read from the AMALGUM corpus (github.com/gucorpling/amalgum, older output folder
`out/news/autogum_news_docNNN.xml`, plain XML: headline, dateCreated and sourceURL on <text>, paragraphs in <p>) with
read_file at the stored version 49e8fad — the ninth round of this lane after batches 24c-26d, 28e, 29e, 30e, 31e, 31g
and 32e, again leaning to business, technology and economy stories.
How they were found: the six numbers batch 32e drew but did not read (doc769, 592, 544, 586, 108, 752) read first, none
kept; then a seeded draw random.Random(3432).sample(free, 40) over the numbers doc000-doc810 that no GATHERING section,
gather script or notes file named at 18:05 UTC (387 free, 425 named, counted as batch 32e did), all 40 read, six kept
(doc723, doc333, doc492, doc721, doc052, doc426); then random.Random(3433).sample(rest, 16) over the free numbers left,
all 16 read, two kept (doc049, doc151). Every kept source URL was checked against the sources of all corpus files, the
gather scripts, GATHERING.md, the notes and the session-33 pools (no match); doc417 (the Indonesian earthquake of
April 2012) proved to be a train text by its URL and was left, and doc518 (the Volkswagen emissions scandal, November
2015) was left because the scandal is a train text's subject.
The eight: a government's stake in a nuclear weapons maker sold to a US engineering company (AWE, BNFL, Jacobs
Engineering, Serco, Lockheed Martin, 2008); a head diver killed at a closed aquarium, with its operator and a ministry
(Underwater World Singapore, Haw Par Corporation, 2016); a football club's new head coach, with the club he left and its
general manager (Borussia Dortmund, Ajax, 2017); a wheelchair rugby series opened by a Paralympic committee's chief
executive, with a state premier and a broadcaster (Sydney, 2013); a land dispute over farmland sold to a developer, with
a news agency and a microblog censoring searches (Wukan, Country Garden, 2011); Egypt's economy after a rating
downgrade, with a rating agency, the IMF, the World Bank's managing director and an investment bank (2012); and two
Wikinews Shorts pages: power outages in Zimbabwe and Zambia, with a utility's supply halt (20 January 2008), and UK
unemployment with an accountancy firm's profit-warning count and a retailer's former staff, beside a Libyan council
vice-chair's resignation (23 January 2012).
Each text is the article body written out by hand from the XML: the headline and the date line (kept as `published`)
left out; image captions with their credits, pull quotes with their attribution lines and section headings cut;
paragraphs as the XML's <p> elements; a line break inside a <p> written as one space; XML entities as their characters;
runs of spaces made one and spaces at a paragraph's start or end dropped; no word added or changed (the articles' own
slips kept). On the two Shorts pages the compilation line with the date, each brief's heading and its 'Sources' and
'Related news' lists are cut, the briefs' paragraphs kept in order. Per-item cuts are in each item's note.
usage: batch32g.py [POOL_DIR] [--dry]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import amalgum
from write_pool import write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather33g/pool"

AWE = """The British government has decided to sell off its stake in the British nuclear weapon manufacturer, Atomic Weapons Establishment (AWE). The move has been met with anger and claims of cover up by the opposition parties. The news was broken by Jacobs Engineering, the California based company who bought the government's shares, and by a single line comment on the British Nuclear Fuels (BNFL) website. British Nuclear Fuels plc, a government owned company, held one third of the shares in AWE's operating company, with British firm Serco and American defence contractor Lockheed Martin each having a further third. The Atomic Weapons Establishment, which is based in Aldermaston, produces the warheads for the Lockheed Martin Trident D5 missile used by the Royal Navy's Vanguard class ballistic missile submarines.

The details of the deal have not been published, though opposition Liberal Democrat Treasury spokesman Vince Cable suggested the deal was "probably in the millions rather than the billions", echoing fears that the firm may have been undervalued in its sale. Both the methods of the deal's announcement and the deal itself have been attacked by both opposition parties. There is anger in some quarters over the deal being revealed on a website rather than through the commons, the Liberal Democrats describing such a failure as staggering. The Liberal Democrats have also raised the issue of the Nuclear Non-Proliferation Treaty, their defence spokesman Nick Harvey questioned "The whole argument used for Britain having a separate weapons establishment is that this is required by the non-proliferation treaty, as technology sharing is not allowed. We must therefore query the rationale of a US company having a majority shareholding in AWE. How does this all square?"

The Tories have also raised doubts over the decision, with Commons Public Accounts Select Committee member Richard Bacon suggesting that they may involve the National Audit Office. The Tory defence spokesperson, Gerald Howarth, commented that the firm was "critical" and said "What I'm absolutely determined is that the United Kingdom should have total control of its independent nuclear capability". Mr Howarth criticised handing over control to American firms, saying that the British people would want to know "their politicians are in command of the research and development of this capability".

The Ministry of Defence has defended the decision, saying "the UK Government not AWE that sets the UK's nuclear policy". The MoD also assured that the sale would have no affect on the independence of the British nuclear deterrent or on the safe operation of AWE. These statements have been backed up by news from the government that it has retained the ability to re-assert control over the site should it feel the need, due to a "Special Share"."""

UWS = """Following an accidental death at the closed Underwater World Singapore (UWS) aquarium in Sentosa on Tuesday, operations to relocate the facility's animals have been suspended.

Phillip Chan, 62, the head diver of the defunct facility, was moving stingrays in preparation for transfer to another aquarium when one of them stung him in the chest. Singapore newspaper The New Paper reported no prior such stingray incident was known to have occurred in Singapore. Australian conservationist Steve Irwin died in a similar manner in 2006.

Following a call to the Singapore Civil Defense Force at 2:20 pm, Chan was found near the entrance of UWS, where attempts were made to resuscitate him via CPR. He was taken to Singapore General Hospital, where he died from his injuries. While Chan's colleagues declined to comment to The New Paper, a staff member at Shangri-La's Rasa Sentosa Resort & Spa, who witnessed Chan being taken away by ambulance, stated, "It all happened very quickly. The ambulance came and quickly left the premises. I've never seen such an incident happening here before."

UWS operator Haw Par Corporation described Chan as a "veteran diver, aquarist and animal caregiver who had been caring for the aquatic animals at UWS since its opening in 1991". Ten staff, including Chan, remained at UWS after its closure on June 27 to facilitate care for its animals until they could be suitably relocated. In addition to assisting the Ministry of Manpower's (MOM) Occupational Safety and Health Inspectorate with their investigations, Haw Par has pledged Chan's family "all possible support and assistance". Due to Chan's death, MOM has ordered the cessation of animal transfers from UWS while investigations are pending.

In an interview with The New Paper, Dr. Tan Heok Hui, an ichthyologist and Lee Kong Chian Natural History Museum operations officer, stated, "Stingrays attack when they feel threatened, cornered or alarmed. Sometimes, a stingray might feel threatened when someone accidentally steps on it. Stingrays have backward pointing barbs on the spine that have serrated edges. They don't just cause physical pain, the toxins in the spine can also cause extreme discomfort. When a spine pierces human flesh, it breaks and releases toxins into the flesh."

Stingray venom contains serotonin, a neurotransmitter that can induce severe muscle contractions. According to Dr Tan, "If a victim is hit in vital organs like the chest area, it may trigger a cardiac arrest, which could subsequently be fatal". "Stingrays are not usually aggressive, and choose defensive methods to protect themselves. However, stingrays are still wild animals, and when provoked and left with no choice, they will defend themselves using their sting."

In an interview with The New Paper at the time of UWS' closure in June, Chan said of the animals he worked with, whom he described as his "band of friends", "They are so quietly tame. [...] We intend to find them the best homes and environment. The next time I see them, I might not recognise them any more but if I dive, they might recognise me."

Chan's work at UWS entailed diving into the tanks and feeding the animals whilst visitors took photos. In an interview at the time with The Straits Times, Chan stated, "I treat [the animals] like my babies." Chan also related anecdotes where he was bitten by sharks who mistook him for fish, releasing him when they recognised their mistake, describing the animals as "gentle". "Whenever I get in danger," said Chan, "I just keep calm. I can overcome any danger by just being calm".

MOM stated of Chan's death, "The Ministry of Manpower was informed about an incident that took place at Underwater World Singapore Pte Ltd’s premises at Siloso Road on 4 October 2016. Officers from MOM's Occupational Safety and Health Inspectorate responded to the scene immediately and commenced investigations. Preliminary findings indicate that a worker was pierced in his chest by the barb of a stingray while he was in the midst of transferring the stingray from its tank. He was conveyed to hospital where he subsequently succumbed to this injuries. MOM has instructed the occupier to stop all activities associated with the transferring of sea animals. Investigations are ongoing.\""""

BOSZ = """On Tuesday, German football club Borussia Dortmund (BVB) announced Peter Bosz as their new head coach. Bosz, who spent one season with the Dutch Eredivisie runners-up Ajax, was to sign a two-year deal with the DFB Pokal winners BVB which runs through June 2019. Ajax's assistant coach Hendrie Krüzen also was to leave the Dutch side for Dortmund.

The 53-year-old Dutch manager led the the Dutch capital club to a second place finish in the Dutch league Eredivisie, finishing just one point below Feyenoord Rotterdam and won a silver medal in the UEFA Europa League, losing 2–0 against Manchester United.

Bosz's predecessor Thomas Tuchel led Dortmund to the DFB Pokal victory, third place finish in Bundesliga the last season and a qualification to next season's Champions League group stage. Two years ago, Tuchel succeded Jürgen Klopp and his side remained unbeaten in the home games. On May 30, days after winning his first trophy with Borussia Dortmund, the club announced Tuchel was sacked with immediate effect via their official website. "'Unfortunately we couldn't see a basis for continued work together built on trust with a successful outlook in the current personnel constellation.", the CEO said.

Edwin van der Sar, Ajax's General Manager said, "I have mixed feelings about this transfer. When we brought Peter in to Ajax last summer, it wasn't our intention that our partnership would end after just one season. Especially in the Europa League, we've had an amazing season. For our players, and our coach, that has attracted extra attention from clubs in top European competitions. But we couldn't go so far as to bind him to his contract, and we worked out a good deal with Dortmund. It's now up to us, prior to the start of the pre-season, to sign on a good successor." ((nl))Dutch language: Ik heb gemengde gevoelens bij deze overgang. Toen we Peter vorige zomer naar Ajax haalden was het niet de bedoeling dat na één jaar alweer een einde zou komen aan de samenwerking. We hebben, met name in de Europa League, een geweldig seizoen neergezet. Net als bij onze spelers trekt dat ook voor de trainer de aandacht van clubs uit de Europese topcompetities. Het ging ons te ver om hem aan zijn contract te houden en we zijn er met Dortmund goed uitgekomen. Het is nu aan ons om, voordat de voorbereiding begint, een goede opvolger te contracteren.

Under former coach Thomas Tuchel, Borussia Dortmund's key players İlkay Gündoğan, Henrikh Mkhitaryan and Dortmund then-captain Mats Hummels left Signal Iduna Park last season, but signed Ousmane Dembélé, André Schürrle, Marc Bartra and Mario Götze.

This season, Dortmund signed Ömer Toprak, Mahmoud Dahoud, Dan-Axel Zagadou and Maximilian Philipp."""

RUGBY = """Cathedral Square, Sydney, Australia — Wikinews attended the Wheelchair Rugby Tri-Nations Series in Cathedral Square, Sydney, ongoing from Wednesday. This is the first time an international wheelchair rugby event has been held outdoors, and in this arena. Three nations are competing: the United States, Australia, and New Zealand.

The venue is Cathedral Square, Sydney, which is adjacent to Hyde Park. The Sydney Central Business district is on the other side of the park. An outdoor stadium has been constructed specifically for the tournament, which is believed to be the first time an international wheelchair rugby tournament has been held outdoors. This choice was validated by the fine and warm weather. Free sunscreen was given to the crowd.

The Opening Ceremony was officiated by Australian Paralympic Committee Chief Executive Officer Jason Hellwig. In attendance were the Premier of New South Wales, Barry O'Farrell, the Deputy Lord Mayor of Sydney, Robyn Kemmis, and Paralympic swimmer Matthew Cowdrey. A large crowd, mostly consisting of school groups, was entertained by boy band Justice Crew singing their hit Best Night.

Each team is to play the others two twice, on Wednesday September 18 and Thursday September 19. Finals are to be held on Friday. All three teams are highly ranked internationally. The United States team is ranked number one in the world. It won bronze at the 2004 Summer Paralympics in Athens, gold at the 2008 Summer Paralympics in Beijing, and bronze at the 2012 Summer Paralympics in London, and is the current world champion. This is its first visit to Australia since the 2000 Summer Paralympics.

The Australian team, known as the Steelers, is ranked second in the world. It won silver in Beijing and gold in London. The team is almost unchanged from the one that won in London. Greg Smith has become the assistant coach.

The first game, held immediately after the Opening Ceremony, was between the United States and Australia. The United States proved the better team, forcing errors and turnovers. Three turnovers in the first quarter were especially costly for the Steelers, who lost 56–43.

The second game was held at 17:30 under lights. The crowd was small, but there were a number of New Zealand fans in the crowd, including a few Maori. Two of the New Zealand players are also Maori. The well-disciplined United States team proved too good for the Wheel Blacks as well, who lost 58–40 in an entertaining contest.

The third game was at 19:30, between Australia and New Zealand. The Australians led the whole game, which was nonetheless entertaining to the last. In the dying seconds of the game, Australia's Ryley Batt shunted a stalling New Zealand player across the line to force him to score, then threw the ball to team mate Chris Bond, who raced for the line at high speed but was beaten by the buzzer. Australia won 61–48.

The New Zealand team, known as the Wheel Blacks, is ranked tenth in the world. It won gold in Athens.

Highlights of the tournament are scheduled to be shown on Foxtel Sports in Australia on September 28 and 29."""

WUKAN = """Villagers in the Chinese town of Wukan are now in open revolt as, in the fourth month of their land dispute with the government, they expelled all Communist Party officials. Last Sunday they also repelled an attempt by around a thousand police to retake the town using tear gas and water cannons.

Negotiations were previously ongoing over the land dispute with villagers claiming farmland was taken, and sold to private developers Country Garden, with no compensation provided to locals. However, recent remarks over the legality of the initial protests in September by a county-level spokesperson prompted a return to street protests last week in the Guangdong province town.

Mass-protests on economic grounds are frequent in China. An average of around 15,000 protests occur each month. Local officials are frequently accused of requisitioning land, using police and thugs to intimidate rural farmers and complete — often illegal — evictions. Following this, and as seems the case in Wukan, the land is sold on to local developers and entrepreneurs with no compensation paid to the evicted.

When rioting began this September in Wukan, State news agency Xinhua said that eleven investigations into forced evictions which had led to violent protests were underway. A total of 31 local officials were facing potential criminal charges, with the reported cases of land grabs a mix of "illegal" and "badly executed" evictions. In at least one case, a forced eviction resulted in the death of a 48-year-old woman.

Following on from the days of rioting over the land-grab in September, and the police's ruthless retaking of the town of 20,000, Lufeng county government officials — in an exceptional move — commenced negotiations with representatives chosen by the villagers themselves. Until, that is, last week after a local official asserted the town's chosen negotiators were helping "overseas forces that want to sow divisions between the government and villagers." This prompted a resumption of protesting — including a sit-in by the villagers.

Plain-clothes police mounted an operation against the villagers last Friday, capturing five of the town's thirteen chosen representative–negotiators. Amongst those seized was 42-year-old Xue Jinbo, who died in custody on Sunday. Villagers, including Xue's 24-year-old son-in-law, claim he was tortured and that, when visiting the funeral home where the body is being held, his corpse was bloody and bruised, and his thumbs broken. Xinhua disputes these claims, asserting the cause of death was a heart attack; and, that this occurred following Xue confessing to criminal involvement with the September rioting.

News of the uprising in Wukan is subject to censorship in China media — including through online censorship of micro-blogging sites. The BBC reports Sina Weibo, the Chinese hybrid–equivalent of Twitter and Facebook, returns the message: "According to relevant law, regulations and policies, search results for Wukan cannot be displayed" when a search for the town's name is made. It is being suggested that Chinese web users have switched to using the tag "WK", which can be taken as an abbreviation of either "Wukan" or "What is going on?" And, at-present the English-language website for Xinhua returns no search results for "Wukan", and none that are relevant to the revolt when searching for the province name, "Guangdong".

Now under-siege from police, food and water are not being allowed into the town by Communist authorities, and residents are being prevented from leaving. Some town residents reportedly say they are able to obtain supplies from neighbouring villages, but it has also been reported Wukan only has enough supplies to last about ten days."""

EGYPT = """Standard & Poor's downgraded Egypt's currency rating for the second time in four months based on the country's shorfall in foreign reserves and shaky political transition. It's the latest development for a nation facing mounting economic diffuclties.

Egypt's foreign reserves fell by over 50 percent last year to about US$16 billion. Egypt has requested US$3.2 billion from the International Monetary Fund to bolster its reserves and prevent a devalation but that could take months.

Experts say that Egypt's problem of attracting foreign investment and tourists, which are two sources that would increase reserves, has already caused the Egyptian pound to lose 1 percent of its value and if the country doesn't solve the shortfall in foriegn currency, it could even lead to a further currency devaluation within the next two to three months.

The long-term solution is to restore tourism and foreign investments but both are suffering because of the continuing unrest.

Egyptian tourism suffered this past year as a result of a revolution, a transition to an elected government, and continuing signs of unrest and instability.

The Egyptian Revolution began on January 25 last year and President Hosni Mubarak resigned over two weeks later on February 11. The protests have continued as Egyptians grew uncomfortable with the military's control over the transition. At the start of this month, 79 people were killed at a soccer event in Port Said.

Tourism in Egypt accounted for US$12.5 billion in 2010 but fell 30 percent, or US$8.8 billion, in 2011, according to Mounir Fakhry Abdel Nour, Egypt's tourism minister. Tourism accounts for 11.6 percent of Egypt's GDP.

Last week, two U.S. female tourists and their Egyptian guide were abducted in the Sinai peninsula by Bedouin tribesmen and released shortly afterward.

The kidnapping took place in broad daylight on a busy road while the tourists travelled after a visit to St. Catherine's Monastery. Masked tribesmen stopped their bus, abducted the tourists by gunpoint, and escaped into the mountains. Three other tourists of unknown nationalities were left on the bus. Local authorities organized a search which ended in negotiations with local Bedouin tribesmen. The Bedouin demanded the release of recently apprehended tribesmen, who had been detained for drug trafficking and robbery. The US hostages were released unharmed, Abdel Nour said.

As a location, Egypt boasts ancient pyramids, the Nile River, Biblical sites like Mount Sinai, museums, and Red Sea coastal resorts. Last year the number of tourists plunged from fifteen million people down to nine million, which is a 40 percent drop.

The low amount of tourism to Egypt has also affected tourism in other countries. Stas Misezhnikov, Israeli tourism minister, said that Israeli tourism is down because the flow of tourism from Egypt's Sharm el-Sheikh resort is "almost nonexistent right now."

Egypt's current investment climate is also severely hampered by the perception that the climate is not yet right for investment.

Mulyani Indrawati, managing director of the World Bank, said investors were not ready to get back into the markets of the Arab Spring countries until stability is restored but the situation has also been exacerbated by the precarious state of the regional and international economy.

Egypt's domestic politics is threatening one of the country's largest stable sources of foreign investment. The United States' annual military aid to Egypt accounts for US$1.5 billion. U.S. politicians have threatened to withhold that aid package, however, because of an investigation into pro-democracy NGOs that involve 19 American citizens and more U.S. money. Senator John Kerry said the Egyptian investigation is a "dangerous game that risks damaging both Egypt's democratic prospects and the U.S.-Egyptian bilateral relationship."

Faiza Abou el-Naga, who is the Egyptian minister who distributes Egypt's aid money, a former Mubarak loyalist who survived through the transition, and one of Egypt's most visible female politicians, claims the NGOs are meddling in her country's sovereignty. Both the Muslim parties who won the election and the generals in power are backing those hearings. Her argument that foreigners are meddling in Egypt also has a populist appeal.

The military government's slow transition is also stalling foreign investments. Khaled bin Mohamed al-Attiya, foreign minister of Qatar, said a few weeks ago his government is holding back from making US$10 billion in investments because power has not been transferred to an elected government. The other Middle Eastern countries that pledged investments, such as Saudi Arabia and United Arab Emirates are also waiting.

The Egyptian government announced this week that it was investigating Yasser el-Mallawany, an investment banker with EFG Hermes based in Cairo, for allegedly paying soccer fans to riot at Port Said, a charge which el-Mallawany dismissed and attributed to gossip.

Meanwhile, investors within Egypt are looking for other investment vehicles such as real estate as they fear holding cash in a period of devaluation.

Florence Eid, who is an expert on Middle Eastern economies at U.K. Arabia Monitor, said the situation throughout the Middle East could get worse. "People are frustrated because the reasons that they revolted against to begin with, are still there," Eid said. "Whoever said this was going to be smooth was naive.\""""

SHORTS2008 = """Former Indonesian president Suharto, 86, is now moving and speaking softly, doctors say. He was admitted to Pertamina Hospital in Jakarta on January 4 after suffering multiple organ failure.

"He is fully conscious, he can follow instructions and answer our questions in a weak voice," Dr. Jusuf Misbach said. "He scratched himself and raised his hands. It's an amazing accomplishment."

Mardjo Soebiandono said that Suharto would be given physiotherapy, but he also stated that his condition is still considered critical.

According to doctors, Suharto's blood pressure is now stable, his heart and lungs are functioning better, and infections are being treated with antibiotics.

Preparations for a state funeral had begun last week when Suharto developed pneumnonia and sepsis. He was given only a 50:50 chance of survival.

Major power outages in Zimbabwe and Zambia left many without services such as electricity, water, and mobile phone connections for much of Saturday and Sunday.

The blackout reportedly hit the two nations almost simultaneously on Saturday evening. In Zambia, the power was restored eight hours later, but residents of Zimbabwe had to wait until Sunday afternoon for power.

Officials in Harare said the cause of the blackout was a fault that "tripped" the power grid, while some in Zambia blamed "turbine problems" at one of the country's hydroelectric dams.

40% of Zimbabwe's power is imported from neighboring countries like South Africa. As the power situation in South Africa has also been worsening, state utility company Eskom announced it will stop supplying power to Zimbabwe and other countries in order to meet domestic needs.

Francis Joyon of France completed his maritime journey around the globe in a 57 days, 13 hours, 34 minutes, and 6 seconds, breaking Ellen MacArthur's record by 2 weeks. He sailed the world's oceans in a trimaran of his own making.

The journey began November 23 in the port of Brest. Joyon then sailed under the tip of Africa and across the Southern Hemisphere before making his way back to France.

MacArthur was there to greet him when he landed on shore. "I'm really happy for him, proud of him," she said. "He was very fast, he played really well, and he really deserves this record." MacArthur had previously beaten Joyon's record in 2005.

"The speed part, the sailing passion part, that's extraordinary. But what is the strongest of all is having precious moments when you can be in harmony with the planet, with the elements. That is what will stay with me," Joyon said."""

SHORTS2012 = """A six-strong flotilla of United States, French, and British warships, centered around the USS Abraham Lincoln, has sailed through the Strait of Hormuz. The move comes on the eve of an expected embargo on the import of Iranian oil by the European Union, and an Iranian threat to close the straits to international shipping.

Thirty five percent of the world's supply of crude oil passes through the Strait of Hormuz.

Abdul Hafiz Ghoga, the vice-chair of Libya's National Transitional Council (NTC) resigned following protests in Benghazi on Saturday. Talking to Al Jazeera on Sunday he said, "[m]y resignation is for the benefit of the nation and is required at this stage."

A human rights lawyer, Ghoga became the focus of discontent over the prominence of former Gaddafi loyalists on the NTC, the pace of reform and the belief that Benghazi was sidelined in the political process.

The confirmed death toll of 178 in co-ordinated attacks against Nigerian government targets in Kano on Friday, with police and soldiers amongst the many dead and wounded, is expected to rise.

Attacks by Boko Haram, who seek to create an Islamic state, are becoming increasingly sophisticated, with fears the group aims to provoke a civil war between Nigeria's Muslim north and Christian south.

Improving the economy and fighting poverty, not legislating to create a Muslim state, will be the Muslim Brotherhood's agenda when they form Egypt's first post-Mubarak government today. "We can't talk about implementing Islamic Shariah law when the country is experiencing such devastating economic problems," said Mohammed Gouda, a party policymaker and economics committee member.

Islamists form a majority in the new assembly with the Muslim Brotherhood winning 46% of seats and the conservative Al-Nour Party 23%.

The UK's unemployment rate has reached 8.4% — 2.685 million people — according to data released by the Office of National Statistics. The figure reflects the quarter ending last November and is a 0.3% increase on the previous quarter.

Unemployment amongst younger people now stands at 22.3% — 1.043 million people, and the number of people claiming Jobseekers' Allowance has now reached 1.6 million; in December, 1,200 new claimants began receiving unemployment benefits.

Profit warnings from firms within the UK have increased from 51 in the third quarter to 88 in the fourth, say Ernst & Young. The nation saw 206 firms issue 278 warnings profits were not as high as initially expected.

Three years after British retailer Woolworths collapsed, 24,000 who lost their jobs as a result have won a fight for compensation; each will receive 60 days' pay, a total payout of £67.8 million and averaging £2,800 per person."""

W = "https://en.wikinews.org/wiki/"
C = "Read from out/news/autogum_news_{} (commit 49e8fad). "

# (path in the AMALGUM repository, title, Wikinews url, published, sector, region, topics, text, note)
ITEMS = [
 ("autogum_news_doc723", "UK government sells stake in nuclear weapons firm",
  W + "UK_government_sells_stake_in_nuclear_weapons_firm", "2008-12-21", "defence/government", "non-US",
  "deal,leadership", AWE,
  C.format("doc723.xml") + "AMALGUM dateCreated 2008-12-20, the date line 'Sunday, December 21, 2008' kept as "
  "`published`. An image caption ('A Trident D5 missile launched from underwater by an American submarine') cut; "
  "the article's own slip 'no affect' kept. A state-owned company's third of a weapons maker's operating company "
  "sold to a US engineering company, the other two shareholders, opposition spokesmen and a ministry."),
 ("autogum_news_doc333", "Stingray kills head diver of Underwater World Singapore",
  W + "Stingray_kills_head_diver_of_Underwater_World_Singapore", "2016-10-07", "leisure/tourism", "non-US",
  "leadership,regulation", UWS,
  C.format("doc333.xml") + "AMALGUM dateCreated 2016-10-06, the date line 'Friday, October 7, 2016' kept as "
  "`published`. An image caption with its credit ('File photo of a common stingray. Image: Liné1.') cut; '&amp;' "
  "written '&'; spaces at two paragraphs' ends dropped; the typographic apostrophe of 'Pte Ltd’s' and the "
  "article's own slip 'this injuries' kept. A closed aquarium's head diver killed, its operating company, a "
  "ministry's inspectorate ordering transfers stopped, two newspapers."),
 ("autogum_news_doc492", "Borussia Dortmund announces former Ajax coach Peter Bosz as team's new boss",
  W + "Borussia_Dortmund_announces_former_Ajax_coach_Peter_Bosz_as_team%27s_new_boss", "2017-06-09",
  "sport/football", "non-US", "leadership", BOSZ,
  C.format("doc492.xml") + "AMALGUM dateCreated 2017-06-08, the date line 'Friday, June 9, 2017' kept as "
  "`published`. No caption or quote box; the Dutch original of van der Sar's quote after the template's "
  "'((nl))Dutch language:' marker kept inside its paragraph (as batch 31e kept the German originals of its "
  "Dortmund text); the articles' own slips kept ('led the the Dutch capital club', 'succeded', the quote "
  "ending '.\", the CEO said'). A football club's new head coach, his former club's general manager and an "
  "unnamed chief executive; another event than batch 31e's Dortmund signings of July 2016."),
 ("autogum_news_doc721", "Wheelchair Rugby Tri-Nations Series begins in Sydney",
  W + "Wheelchair_Rugby_Tri-Nations_Series_begins_in_Sydney", "2013-09-20", "sport/media", "non-US",
  "leadership", RUGBY,
  C.format("doc721.xml") + "AMALGUM dateCreated 2013-09-18, the date line 'Friday, September 20, 2013' kept as "
  "`published`. Six image captions with their credits cut (two credited to the Australian Paralympic Committee, "
  "four to Hawkeye7, one naming 'Premier of New South Wales Barry O'Farrell and CEO of the Australian Paralympic "
  "Committee Jason Hellwig'); the line breaks inside the first and fourth <p> written as one space; runs of two "
  "spaces made one ('It won silver', 'Foxtel Sports in'); spaces at paragraphs' ends dropped; the article's own "
  "slip 'the others two twice' kept. A sports series opened by a Paralympic committee's chief executive, a "
  "state premier, a deputy lord mayor, a band, a pay-TV sports channel."),
 ("autogum_news_doc426", "Authorities blockade Chinese town rebelling over land dispute",
  W + "Authorities_blockade_Chinese_town_rebelling_over_land_dispute", "2011-12-15", "real estate/media",
  "non-US", "regulation", WUKAN,
  C.format("doc426.xml") + "AMALGUM dateCreated 2011-12-14, the date line 'Thursday, December 15, 2011' kept as "
  "`published`. An image caption ('Logo of Country Garden (Holdings) Ltd., who bought Wukan land in an allegedly "
  "illegal sale by local officials.') cut: the company's fuller name is therefore not in the text. A land "
  "dispute over farmland sold to a developer, a state news agency, a broadcaster, a microblogging service "
  "blocking searches (censorship, no outage)."),
 ("autogum_news_doc049", "Egypt struggles to recover tourism, investment",
  W + "Egypt_struggles_to_recover_tourism%2C_investment", "2012-02-10", "economy/finance", "non-US",
  "regulation,leadership", EGYPT,
  C.format("doc049.xml") + "AMALGUM dateCreated 2012-02-03, the date line 'Friday, February 10, 2012' kept as "
  "`published` (a week after dateCreated: the relative dates are read against the date line, as in batches "
  "24c-32e; a doubtful point). Four image captions with their credits and the two section headings "
  "('Tourism', 'Investment') cut; spaces at two paragraphs' starts dropped; '&amp;' written '&'; the "
  "article's own slips kept ('shorfall', 'diffuclties', 'devalation', 'foriegn', 'U.K. Arabia Monitor'). A "
  "rating agency's downgrade, the IMF, the World Bank's managing director, ministers, an investment bank's "
  "banker."),
 ("autogum_news_doc151", "Wikinews Shorts: January 20, 2008",
  W + "Wikinews_Shorts%3A_January_20%2C_2008", "2008-01-20", "energy/utilities", "non-US", "outage", SHORTS2008,
  C.format("doc151.xml") + "AMALGUM dateCreated 2008-01-20; the compilation line 'A compilation of brief news "
  "reports for Sunday, January 20, 2008.' cut and its date kept as `published`. The three briefs' headings "
  "('Suharto shows 'amazing signs of recovery'', 'Zimbabwe, Zambia suffer widespread power outages', 'Francis "
  "Joyon sails world in 57 days, breaks record'), their 'Related news' and 'Sources' lists cut, the briefs' "
  "paragraphs kept in order; a space at a paragraph's end dropped; the articles' own slips kept ('pneumnonia', "
  "'in a 57 days'). Two power outages told apart (Zambia, restored after eight hours; Zimbabwe, until Sunday "
  "afternoon), no operator named, with a utility announcing a supply halt."),
 ("autogum_news_doc052", "Wikinews Shorts: January 23, 2012",
  W + "Wikinews_Shorts%3A_January_23%2C_2012", "2012-01-23", "economy/labour", "non-US", "leadership",
  SHORTS2012,
  C.format("doc052.xml") + "AMALGUM dateCreated 2012-01-22; the compilation line 'A compilation of brief news "
  "reports for Monday, January 23, 2012.' with the template's invitation after it cut and its date kept as "
  "`published`. The five briefs' headings and their source lists cut, the briefs' paragraphs kept in order; "
  "'&amp;' written '&'. Briefs on a naval flotilla, a Libyan council vice-chair's resignation, attacks in "
  "Nigeria, Egypt's new government and UK unemployment with an accountancy firm's profit-warning count and a "
  "failed retailer's former staff."),
]


def main():
    return [amalgum.record(*x) for x in ITEMS]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
