#!/usr/bin/env python3
"""Batch 25a (session 26, out-of-sample check; helper gather26a): Wikinews (CC BY 2.5) news articles that no earlier
batch used, taken from the AMALGUM corpus's older output folder `out/news/` (github.com/gucorpling/amalgum,
`out/news/autogum_news_docNNN.xml`: plain XML with title, dateCreated, sourceURL and <p> paragraphs; the Wikinews
text, CC BY 2.5) — outages with the operator named (TEPCO's power outages after the aftershock of 11 April 2011;
Cleco Corporation's outages in a rare southern snowfall, a Wikinews Shorts brief of 13 December 2008), company
relations (Sinopec's purchase of Addax Petroleum inside China's Africa pledges, 2009; a dialysis maker's Turkish
factory with its managers during a strike, FMC Novamed and Fresenius Medical Care, 2007; SpaceX's rockets, capsule,
NASA agreement and executives, 2008; an airline's parent, Helios Airways and Libra Holidays Group, 2005), leadership
outside the US (the heads of Petrobras, BNDES and Eletrobrás with Brazil's ministers, PDVSA's and Petrobras' refinery
protocol and EMBRAER's aircraft, 2005; Air Zimbabwe's chief, the Zimbabwe Civil Aviation Authority's head and BNO
News' head in a staged crash drill, 2010; an Iranian news agency and The Onion's editors, 2012; an air-taxi
operator's executive vice president after a midair collision report, ExcelAire, 2008) — and outage near-misses (the
crash drill; a fatal crash after an air-supply failure, Helios; a transponder failure behind a midair collision; a
strike at a factory).
Each text is the article body as the `out/news` XML holds it, written out by hand: the headline and the date line
(kept as `published`) left out, image captions with their credits, pull quotes with their attribution lines, 'HAVE
YOUR SAY' boxes, section headings, source lists and portal link lists cut; paragraphs as the XML's <p> elements
(line breaks inside a paragraph joined with a space); runs of spaces made one; no word added or changed (the
articles' own slips kept). Per-item cuts are in each item's note.
usage: batch25a.py [POOL_DIR] [--dry]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, slug

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool25a"
AMALGUM = "https://github.com/gucorpling/amalgum"

TEPCO = """The crisis at a stricken nuclear plant on the northeast coast of Japan is now as severe as the disaster at Chernobyl in 1986, officials have said. Radiation is continuing to leak from the plant, which was damaged during the devastating magnitude 9.0 earthquake and tsunami last month, which left thousands dead. Japanese authorities have warned the crisis is now a "major accident" with "wider consequences" than previously thought.

A spokesperson for NISA, the Japanese government nuclear authority, said officials had upgraded the crisis to a level seven on the International Nuclear Event Scale—the same applied to the Chernobyl disaster—because of a number of factors, including the detection of radiation in crops. "We have upgraded the severity level to seven as the impact of radiation leaks has been widespread from the air, vegetables, tap water and the ocean," he said.

TEPCO, the operator of the plant, has warned radiation was continuing to leak from the site and the magnitude of the crisis could exceed that of Chernobyl. Despite this, Japanese nuclear safety officials have insisted the leakage of radiation was small compared to the devastated plant in the former Soviet Union. "In terms of volume of radioactive materials released, our estimate shows it is about ten percent of what was released by Chernobyl," one nuclear official said.

The news comes as a new blow after another powerful aftershock yesterday which left at least six people dead after they were killed in a mudslide in the city of Iwaki. The landslide, which destroyed numerous homes, was triggered by a magnitude 6.6 aftershock which came exactly a month after the 9.0 magnitude earthquake. Fire officials in the city said three people had already been rescued and taken to hospital, and emergency workers were working to free an unknown number of others.

Workers at the damaged Fukushima nuclear plant returned after they were briefly evacuated following the earthquake, and officials issued tsunami warnings for the northeast coast which were later cancelled. Workers have been fighting a desperate battle to prevent the reactors from overheating and entering meltdown. Raging fires burned into the night after the earthquake, and TEPCO reported widespread power outages; hundreds of thousands of homes and businesses had power cut off.

Reports of the change in severity at the damaged nuclear plant followed the announcement that the exclusion zone around the site was to be expanded. A spokesperson for the government confirmed the radius of the zone would be expanded to include another five communities over the next several weeks. He stressed there was "no need to evacuate immediately" but said concerns had been raised over health risks from the leaking radiation.

The new development at the plant and the aftershock are new blows to a country wounded after the massive earthquake in March, which caused a tsunami that washed away whole towns and villages along the country's northeast coast. Thousands of bodies have been recovered, and many more are still unaccounted for, many left under mounds of rubble or washed out to sea. More than 150,000 people remain displaced, living in emergency shelters.

Before the aftershock struck yesterday, survivors of the first earthquake marked the time it hit a month ago with a moment of silence across the country. Writing to seven international newspapers, Naoto Kan, the Japanese prime minister, expressed his gratitude to people globally for their support. "Through our own efforts and with the help of the global community, Japan will recover and come back even stronger. We will then repay you for your generous aid," he wrote. "With this in our hearts, we now stand together dedicated to rebuilding the nation.\""""

CLECO = """Snow has started falling in some southern states of the US, including Louisiana and Mississippi. As much as eight inches of snow were recorded, and thousands of people were left without power - one of Louisiana's largest power suppliers, Cleco Corporation, reported ten thousand outages. Forecasters warned of dangerous driving conditions, and some flights at Louis Armstrong International Airport, located near New Orleans, were affected.

In New Orleans, snow fell today for the first time in four years. The largest snowfall amount for the city ever recorded is about 5 inches, on December 30, 1963."""

LULA = """CARACAS, Venezuela — The Brazilian President Luiz Inácio Lula da Silva met the Venezuelan President Hugo Chavez on February 14, 2005 in Caracas, Venezuela. Brazil and Venezuela signed agreements of cooperation on many areas. According to the Brazilian government this was a strategical encounteur. This meeting is the first of three meetings that President Lula will have with South American Presidents in three days. The scheduled meetings are with the presidents of: Venezuela (February, 14), Guiana (February, 15) and Suriname (February, 16).

President Lula was accompanied by the following comitiva: the Minister of Development, Industry, and External Trade Luiz Fernando Furlan, the Minister of Finance Antônio Palocci, the Minister of Foreign Relations Celso Amorim, the Minister of Health Humberto Costa, the Minister of Mines and Energy Dilma Roussef, the Minister of Tourism Walfrido Mares Guia, the President of Petrobras José Eduardo Dutra, the President of National Economic and Social Development Bank (BNDES) Guido Mantega, the President of Eletrobrás Silas Rondeau Cavalcante Silva and the Special Secretary for Aquaculture and Fisheries José Fritsch. In addition a delegation of executives representing enterprises from Brazil accompanied the President.

The Brazilian Ministry of External Relations told the trip aims the construction of a strategical alliance and commercial integration between both countries. The Brazilian Presidential Advisor Marco Aurélio Garcia said:"With this gesture, Brazil will consolidate one of its major political goals, which is the constitution of a South American community of nations". He added: "These agreements with Venezuela are strategical. We want this agreement as a model for other agreements in the region."

According to President Lula the integration of the Latin America is the priority number one of his government. Days before the arrival in Venezuela and commenting about the trip Lula said: "We're going to do the same thing in Colombia and in other countries in which integration is no longer a campaign speech but part of the way we deal with real things, day to day".

The integration of the Latin America is the politics repeatedly proposed by Lula during the meetings of the Foro de São Paulo. According to him and the others members of the Foro there must be a integration among all the left parties and governments of Latin America. The union aims to be an alternative and opposing force to the politics and influence of the richest countries, mainly the United States. Among the organizations which are usually participants of the Foro de São Paulo are: Communist Party of Cuba, Colombian Communist Party, Communist Party of Bolivia, Communist Party of Brazil, Workers' Party, Paraguayan Communist Party, Peruvian Communist Party, Socialist Party of Peru, National Liberation Army, Revolutionary Armed Forces of Colombia, Farabundo Martí National Liberation Front, Guatemalan National Revolutionary Unity, Tupamaros.

On December 4, 2001 during the 10th edition of the Foro de São Paulo in Havana Lula said:"A shoal of small fish may mean the finishing of the hungry in our countries, in out continent. We should not think as the History ended on our journey by the Earth. Even it happens just once, or with one gesture, let's effectively contribute to the improve the life of millions of human beings who live socially excluded by this neoliberal model."

In Venezuela, once again, he brought out the integration wish: "This is the biggest dream I am carrying, that we can negotiate collectively, not like one country, but like a set of countries so we can do that our people may have the chance to conquer the full citizenship."

Brazil and Venezuela signed agreements of cooperation in the sectors of electric energy, mining, exploration of oil and gas, science and technology, fishing and agrarian development, military, communication and Defense of the Amazon. They discussed about the creation of the South Development Bank and collaboration in the audio-visual diffusion.

PDVSA (Venezuelan Petroleum S.A.) and Petrobrás (Brazilian Petroleum S.A.) signed a intention protocol for the building of an oil refinery in Brazil. The investiment will be worth of U$ 2 billion and the expected production is 150 thousand to 200 thousand barrels. Another four agreements were signed covering petroleum exploration and production in Venezuela.

The National Economic and Social Development Bank (BNDES) will liberate U$ 900 million to finance infrastructure projects in Venezuela.

Contracts worth of U$ 235 million were ratified. According to the superintendent of the BNDES's Area of Foreign Trade Luiz Antônio Araújo Dantas these U$ 235 million funds will be for the third line of the Caracas subway, the purchase of harvestors and other agricultural machinery and for the La Vueltosa Hydroelectric Plant.

Venezuela will support Brazilian candidacy to the United Nations Security Council. Brazil and Venezuela signed agreements of technological and industrial cooperation for aerospace development and Amazonia monitoring.

Brazil will sell to Venezuela 26 attack airplanes type Super Tucano and 12 airplanes type AMX-T manufactured by EMBRAER (Brazil's Aircraft Company). According to the representant of EMBRAER in Venezuela Joany Kings the program will cost USS 300 million in two years.

The Venezuelan Air Force is using 20 old model Tucanos. The new model Super Tucano is equipped with last generation technology and can carry up to 1.15 ton of bombs. The AMX-T model is a two-seat advanced trainer AMX variant which can do strategical attacks from long distance using guided bombs.

Brazil will transfer technology knowledge to Venezuela with the goal to stimulate Venezuelan development in the military field and other areas."""

GOL = """It has been revealed that the final report into a midair collision that killed 154 people in 2006 will blame a string of human error for the disaster. Gol Transportes Aéreos Flight 1907, a Boeing 737, crashed into the ground after an Embraer Legacy 600 executive jet's wing clipped it. The Legacy, owned by ExcelAire, performed an emergency landing at a nearby airbase.

The report says the Legacy's transponder was "inadvertently turned off by the hand of one of the pilots," and says this was the "central point in a chain of errors" leading to the collision. Crucially, the transponder failure - which the US pilots have denied causing - prevented the Traffic Collision Avoidance System (TCAS) from functioning.

The investigation, which was conducted by the Brazilian Air Force, criticised air traffic control (ATC) on a number of points; the Legacy was not properly advised on the altitude at which it should be cruising, when one controller changed shift there was a miscommunication between them about the Legacy's altitude and there was a failure of communication between the Legacy and ATC.

The ExcelAire pilots, Joseph Lepore and Jan Paladino, were only allowed to return home after promising they would return to Brazil if summoned by the courts. The pair, along with four air traffic controllers, have been indicted over the crash and all six face up to three years in prison each.

The purpose of this investigation, however, was not to acertain blame but to determine the root causes and suggest measures by which a reccurence can be avoided. Some moves have already been made in the aftermath; the accident was the deadliest in Brazil until TAM Airlines Flight 3054 crashed the following year and both were responsible for the 2006-2007 Brazilian aviation crisis. In response, a major overhaul of the nation's military ATC system is underway.

ExcelAire's executive vice president David Rimmer was critical of the report. "The transponder issue is a distraction from the true cause of the accident, which is an air traffic control system that put two airplanes on a collision course for about an hour," he said. He complained that ATC did not "recognize the transponder failure and to provide increased separation between the two jets, as required by international aviation regulations."

He was also concerned by the Air Force's methodology and the conclusions drawn from it. "We have no proof of how the transponder was turned off and no evidence to suggest it was inadvertently turned off by the pilots," he said. "[The Air Force] relied on theories rather than conducting in-depth testing of the equipment."

The report's official release is next week, however it has already been seen by Brazilian newspapers, hence making its findings public today."""

HELIOS = """A Helios airliner (Boeing 737, flight HCY 522) with 115 passengers and 6 crew onboard has crashed into a mountain at 09:04 UTC (12:04 p.m. EEST) near Grammatiko, 40 kilometres (25 miles) north of Athens, while approaching the capital's airport. All on board perished. The plane was travelling from Larnaca, in the southeast of Cyprus (Greek:Kypros, Κύπρος) and scheduled to arrive in Prague after a stop in Athens.

Immediately after take-off, the pilots reported a problem with the air conditioning system of the aircraft and requested to stay at a low altitude. A few minutes later, the pilots alerted the station that the problem had been fixed and requested permission to ascend. This information however has been denied by the Director of Helios Airways. As the plane approached Athens, all communication abruptly ceased, and the plane never issued a mayday distress signal. Two Greek F-16 military aircraft were assigned to observe the plane. The pilots of the F-16s noted that one airliner pilot appeared to be unconscious and the other was not in the cockpit.

The F-16s accompanied the airliner until it crashed.

The Greek F-16 pilots saw at least one of the aircraft's pilots may have become unconscious before the crash, causing control of the plane to be lost. The emergency oxygen masks were also reported to have dropped.

There had been speculation that an electrical fire or some other cause could have flooded the cabin with carbon monoxide or another gas that would render the passengers unconscious. However, the chief coroner of Athens, Greece, said that tests showed none of the passengers or crew had carbon monoxide in their blood. It was also speculated that the air-supply system of the aircraft may have failed, causing a loss of air pressure within the cockpit. This malfunction can cause a steep drop in air temperature. On December 16, 2004 the same aircraft made an emergency landing after failure of the ventilation system at 35,000 feet and 3 passengers were hospitalized. However, an airline spokesman insisted that the plane was airworthy when it took off.

Tests showed that at least 26 people on the flight were still alive when it crashed.

After a cabin decompression occurred onboard a Learjet carrying golf pro Payne Stewart in 1999, all the travelers lost consciousness and the plane eventually crashed with no survivors.

Helios Airlines was unable to supply a complete passenger list, having only first initials and surnames available for investigators.

The official passenger list released by Cyprus Police, as reported by CNA, indicates that there were 22 young persons onboard aged 4-16. Most of the passengers were Cypriot, a small number were Greek and one of the pilots was German. There were 4 Armenian passengers who lived in Cyprus.

The complete list, in Greek, has been published by the Cyprus News Agency.

After the crash, a fire started around the airliner. It was extinguished by firefighters after 2 hours. The fire burned most of the bodies that are now being collected by special firefighter units and transferred to the city of Shisto, near Athens. Meanwhile, the two F-16 pilots were transferred to Ministry of Defense to give their report.

The flight data recorder has been recovered. The cockpit voice recorder was found the following morning in bad condition. The two devices will be sent to Paris for examination.

Nektarios-Sotirios Voutas reported that a passenger (his cousin) sent a text message that read: "The pilot has turned blue [in the face]. [F]arewell we're freezing". He was arrested the following day as it appeared to be a hoax.

Helios has informed the relatives of the victims; however, the company has been met with criticism for failing to release the passenger list quickly.

Helios Airways released a statement on their website today, stating, "Our thoughts are with the families of those on board at this difficult time."

An emergency telephone number in Nicosia, Cyprus can be contacted at +357/70003737, 22 – 446146.

The Cypriot government has declared three days of national mourning and ordered flags to be lowered on half-mast.

Upon allegations brought by the Communications and Works Minister and the chief of police, warrants were issued by the attorney general to search Helios Airways offices

Helios Airways was founded in 1999 as Cyprus' first private airline. It is now a subsidiary of Libra Holidays Group of Limassol, Cyprus and is registered in Cyprus. Helios' remaining fleet consists of 2 Boeing 737-800 jets and an Airbus A319. Helios offers flights between Cyprus and London, Athens, Sofia, Warsaw, Dublin and Strasbourg."""

DRILL = """Today, Zimbabwean officials informed the media that an Air Zimbabwe Boeing 767 aircraft carrying 250 people had crashed at Harare International Airport, before they announced the reports were false and the incident had in fact been a drill to simulate the occurrence of such an event. Initial reports suggested that a flight from London had crashed upon landing at the airport. However, Medical Rescue International later stated in a post on Facebook that no airplane had crashed and it had "joined up with other services to attend to a mock accident at Harare International Airport ... Good to keep the practising up."

Those behind the staged accident had reportedly not told any other governmental departments, resulting in relatives inquiring with Air Zimbabwe as to what had happened. A senior figure for Air Zimbabwe stated that he was "concerned that this incident led to many, many calls to us. People were frightened. No actual plane was involved, but there was a scenario involving a Boeing 767 plane that had been hijacked and forced down at Harare airport."

It was reported that Peter Chikumba, chief of Air Zimbabwe, had also not been informed that the exercise was to take place, and that the airline had set up an emergency helpdesk to liaise with the families of victims. Alan McGuinness, a correspondent for Sky News, stated, "journalists who arrived at the airport saw smoke rising from a runway and were then taken to a room where they were told to wait. David Chawota, the head of the Zimbabwe Civil Aviation Authority, said the media was duped to make the drill more realistic." Chawota stated, "telling the media was part of the exercise. We wanted to see how the media would react," he said.

Chawota himself told BNO News that an airliner had crashed. Michael van Poppel, head of BNO News said that "while I first thought Chawota was just misinformed by others, although that would be odd since he is the CEO of the aviation authority, I was stunned to hear that he actually knew it was a drill and wanted to see the media's response ... This basically means he was lying to me when I spoke to him, but also to other reporters he spoke to ... I think it was absolutely irresponsible of this CEO and I can't imagine what the families of passengers travelling to Harare around that time must have gone through when they heard news reports that there had been an 'accident' at the airport."

McGuinness reported, "Stuart Sprake, general manager of FX Logistics, works at Harare airport and believed the secrecy surrounding the drill will help emergency crews learn valuable lessons." Sprake told reporters "they (the crews) had to find their way through crowds and traffic ... training exercises should be ad hoc — the less people know about it the better.\""""

AFRICA = """China has offered Africa concessional loans worth US$10 (€6.5) billion as part of a host of new measures aimed at improving the economy of African nations. The announcement was made at the opening of the Forum on China-Africa Cooperation (FOCAC) in Sharm el-Sheikh, Egypt. Leaders of nearly 50 African countries are attending the two-day conference.

China had already stated today at the 3rd Conference of Chinese and African Entrepreneurs, held immediately before the FOCAC, that Chinese firms would be encouraged to invest in Africa, while both sides would work together to improve the tourism, telecommunications and finance industries. China also said that governments should work with businesses to ensure co-operation between China and Africa.

As well as the loans, made over three years, China will write off the debt of Africa's poorest countries, build 100 African green energy facilities and systematically lower import duties on 95% of all African products exported to China. Another promise is a loan of one billion dollars aimed at small and medium sized businesses in Africa. There will also be efforts to promote each other's culture and increased medical assistance to Africa. Medical assistance comes in the form of 500 million yuan (US$73.2 million) of goods for the 60 hospitals and malaria centers China has already built, as well as 3,000 doctors and nurses. Roads will also be improved.

China also plans to assist with satellite weather monitoring, to help combat desertification and work within the urban environment, all aimed at reducing global warming. The new energy facilities will focus on solar, biogas and small-scale hydroelectrical installations. Another new measure is a promise to aid African farmers to ensure the continent is fed, increasing the number of demonstrations of agricultural technology in Africa to 20 and sending 50 teams of agricultural technology experts to the continent. Training in agricultural technology will be provided to 2,000 people.

"The Chinese people cherish sincere friendship toward the African people, and China's support to Africa's development is concrete and real," said co-chair Chinese Premier Wen Jiabao as the FOCAC opened up, adding "Whatever change that may take place in the world, our friendship with African people will not change." He described this friendship as 'unbreakable'. Two years ago China pledged US$5 (€3.37) billion at the last FOCAC in Beijing and now, according to Jiabao, "China is ready to deepen practical cooperation in Africa."

China has fulfilled its 2006 pledge, investing a total of US$7.8 (€5.26) billion in Africa last year alone. 49 African countries are represented at the FOCAC, which was created in 2000, although Jiabao noted that relations between China and Africa go back fifty years. China had already forgiven or reduced the debt for thirty nations at that FOCAC summit.

According to Chinese state-owned paper China Daily, trade between China and Africa increased by 45% last year, to give a total value of US$107 (€72.1) billion, a tenfold increase since 2001 and up from US$491 (€331) million in 2003. The Chinese have a 9.8% market share, the largest of any nation, according to the U.S. Commerce Department. China has paid for schools, hospitals, malaria clinics and Chinese scholarships for African students. 50 more schools are to be built and 1,500 people trained to staff them.

Since 2006 Chinese energy firms have committed to spend at least US$16 (€10.8) billion securing African oil and gas. China's Sinopec Group, an oil giant, bought up Addax Petroleum Corporation from its Swiss owners that year, gaining control of oilfields in Nigeria, Cameroon and Gabon. China promised earlier this year to spend US$9 (€6) billion on infrastructure in the Congo in exchange for mineral deposits for mining operations.

Jean Ping, leader of the African Union, said the told those at the conference that the money is coming at an opportune time, because African growth was "totally compromised" by the global financial crisis. Ping said one of the lessons learned is that the world is paying for "the irresponsible and lax behavior" of large financial companies whose philosophy was to make short-term profits.

Not all Africans are happy with China's increasing involvement in their continent. Trade practices are a concern for some, with a view that China exploits Africa for raw materials before selling back finished goods. Among these are Egyptian Trade and Industry Minister Rachid Mohamed Rachid. Egypt is the richest nation in the Middle East and is discussing this perceived issue with China. Rachid told Bloomberg "What is a worry for me is if competition is unfair. That is where we are unhappy." Jiabao described the trade as being based on "win-win programmes... and transparency."

Others in Africa are delighted with the situation. "We want more investment from China," Tanzanian President Jakaya Mrisho Kikwete told the forum. Egypt's own President Hosni Mubarak talked of "peace, security and growth," and of "boosting cooperation between China and Africa."

Jiabao also used his speech to respond to criticisms that China worked with nations regardless of their human rights record, such as Sudan, whose President Omar al-Beahir is wanted on a warrant issued by the International Criminal Court for war crimes. "Africa is fully capable of solving its own problems, in an African way," he said, adding that "China has never attached any political strings […] to assistance to Africa."

Beshir thanked China in a speech for diplomatic work in Sudan, including working to defuse the Darfur conflict, which the United Nations says has left 300,000 dead. "We express our deep appreciation for China's efforts in backing the comprehensive peace agreement in Sudan and its peace efforts in Darfur," he said, referring to a peace deal between the northern and southern parts of his country. "We thank China particularly for backing efforts by our countries to achieve peace and stability in Africa's zones of conflict." Jiabao said China was willing to work towards "the settlement of issues of peace and security," in Africa.

A further criticism has been that China has brought in Chinese workers and used their own knowledge, instead of training locals. Jiabao's speech indicated an intention to co-operate better in the fields of science and technology, as well as improve training for African students on technical courses.

"Why do some only criticise China?" asked Jiabao. "Is this a view representing African countries, or rather the view of Western countries?\""""

SPACEX = """At 10:30pm on November 23, 2008, near the airport in McGregor, Texas, Space Exploration Technologies Corporation (SpaceX) tested their new Falcon 9 rocket at full thrust for nearly 3 minutes (160 seconds). The engineers then shut down two of the nine engines — in order to limit potential damage to the launch pad — and continued the test for 18 more seconds before finally shutting the rocket down. "We ran the engines just like they would run during flight, but instead of being up in the air, they were held down. They weren’t moving," said Lauren Dreyer, SpaceX's manager for business development. This was the Falcon 9's first major test firing, and it marks a milestone for the company in its plans to capture a section of the commercial launch market.

The test reportedly shook the windows of houses 5 miles away, causing agitation among residents who felt that they had not received adequate warning. "I appreciate the fact that the company notified [the City of] McGregor, but did they not think the test would affect the surrounding communities?" asked commenter Lorena Resident on the website for the Waco Tribune-Herald. Waco lies just east of McGregor.

The Falcon 9 rocket, and its smaller sibling the Falcon 1, are the first rockets capable of entering Low Earth Orbit (LEO) to have their design be privately funded in its entirety. According to SpaceX the Falcon 9 can generate 4 times the maximum thrust of a Boeing 747 while firing in a vacuum, and will eventually be able to perform interplanetary missions in addition to its initial role as an orbital launch vehicle. SpaceX is also designing a crew and cargo capsule for the Falcon 9, which it has named the "Dragon".

SpaceX is a contender for future commercial contracts from various government run space agencies, with NASA expressing particular interest. NASA will be retiring their fleet of Columbia Class Space Shuttles in 2010, but will not have the Shuttles' replacements (the Ares I and Ares V rockets) ready until at least 2014. NASA hopes to fill some of this gap using commercial launches from companies such as SpaceX. SpaceX has already reached an agreement with NASA to conduct three test flights of the Dragon capsule in conjunction with the Falcon 9. The first of these flights is expected in 2009.

Elon Musk, CEO and CTO of SpaceX, said, "The full mission-length test firing clears the highest hurdle for the Falcon 9 first stage before launch. In the next few months, we will have the first Falcon 9 flight vehicle on its launch pad at Cape Canaveral, preparing for lift-off in 2009.\""""

NOVAMED = """In a free trade zone in Antalya, Turkey, 80 women workers of FMC Novamed are in strike for almost a year now, since September 26th, 2006. They allege not only low wages but also severe abuses on FMC's part.

Novamed, founded in 2001, is a factory managed by Turkish capitalists and located in the free trade zone in Antalya, Turkey. 95% of its workers are women. It is owned by Fresenius Medical Care (FMC), which is an international corporation with its headquarters in Germany. With factories in 12 countries and a total of 100,000 workers, FMC is a monopoly in the market of dialysis products.

Following is a list of some of the abuses as alleged by the woman workers of the union:
Married woman workers are not allowed to become pregnant without FMC Novamed's approval. Each worker is given a schedule, which specifies during which months they are allowed to become pregnant. If a woman worker becomes pregnant in "breach" of this given schedule, she is terminated without compensation.
Woman workers are required to get permission from the employer before getting married.
To "save energy" for their work at the factory, workers are being advised:
not to accept guests in their own homes when they are off the clock,
not to communicate or even have sex with their spouses when they are off the clock,
not to see each other when they are off the clock,
only to eat and sleep when they are off the clock.
Workers are treated inhumanely, and continuously humiliated regardless of whether they make a mistake or not.
Managers and supervisors call their workers to their office and accuse and humiliate them in such a way that there are few workers who come out of these accusation-performances without crying.
Workers are not allowed to talk to each other during work hours, as well as in the shuttle during their trips from and to work.
Workers are allowed inside the factory premises after being "sniffed" by their supervisors, because smoking during work hours is forbidden.
During work hours, there is only a 15-minute break and a 25-minute lunch break. During lunch, instead of food, the factory is serving tea and cookies.
An average shuttle trip from home to work may take as long as 2 hours because there are not enough shuttles allocated by the factory for the workers.

In 2005, FMC Novamed had 264 workers. Workers applied to the Labor Ministry of Turkey for a union license after its union members (162 then) became the majority among the factory's workers. However, they were sued for the license and due to the procedures of the lawsuit, the membership list of the union had to be given to the employer, FMC Novamed. Following pressure from the company, workers started to quit the union, and even the factory itself.

When the union finally managed to start negotiations with FMC Novamed, they were greeted by an attitude of indifference. As the negotiations were blocked, the union had to decide whether to strike. They were inclined to apply to "Grand Arbitrator Committee" (Yüksek Hakem Kurulu), a committee whose duty is to arbitrate between the employer and the employee when they cannot negotiate themselves and are bound for a strike.

However, in the meantime, FMC Novamed employed an unfamiliar anti-union strategy: the factory employed workers and enrolled them in the union, but interestingly not as strike-breakers. While the union workers voted for an arbitrator instead of going to strike, the factory-employed workers, now the majority, voted for the strike and won. In the end, those who voted yes for the strike kept on working during the strike, while those who voted no ended up in a forced strike: if they would not strike, their union license would be revoked...

FMC Novamed maintains that all the allegations by the union workers are a lie. According to Cem Günaltay, the Finance Manager for Novamed, the workers who are on strike and all the members of the union are lying. FMC's International Production Manager Antonio Raffa claimed that the union is insincere and hypocritical in its allegations.

According to Burn (2005, p. 170-172), Free Trade Zones are established in "Third World" countries because they are generally exempt from tax, labor, safety, health, and environment laws when they do business in these zones. In these zones, women are the preferred labor force because they can be hired for significantly lower pay and under significantly less desirable working conditions than men can. Often from rural areas and unaware of their rights, in a setting with high unemployment rates, left unprotected by their nation-state, and already oppressed by the harsher patriarchal conditions of their societies, women workers in a transnational factory have little choice other than to accept the questionable work conditions imposed on them."""

ONION = """The Fars News Agency (FNA), an Iranian news agency, yesterday reported an article from US satirical news website The Onion as fact. The article reports "a Gallup poll" suggesting "the overwhelming majority of rural white Americans" would prefer to vote for Mahmoud Ahmadinejad, the President of Iran, as opposed to US President Barack Obama. The Onion article reports "77 percent of rural Caucasian voters" saying they would prefer to drink beer with Ahmadinejad or attend a baseball game with him.

Fictional West Virginia resident Dale Swiderski is reported by the Chicago, Illinois based website saying about Ahmadinejad: "I like him better". 'Swiderski' is also quoted as saying the Iranian President "takes national defense seriously, and he'd never let some gay protesters tell him how to run his country like Obama does."

In Iran, homosexuality is a criminal offence which can carry a penalty of incarceration or capital punishment. Just over five years ago, when he participated in a debate at Columbia University in New York, New York, Ahmadinejad stated "In Iran we don't have homosexuals like in your country".

The FNA copied The Onion's article verbatim and in its entirety, excluding part of a sentence saying Ahmadinejad was "a man who has repeatedly denied the Holocaust and has had numerous political prisoners executed". However, the Iranian news service did not attribute The Onion as its source.

The FNA's error has made international headlines, including in the United States, Canada, United Kingdom, Australia and India.

A link to the FNA article page redirects to an error message which reads: "Error For Your Request. Not Exist This Story." However, The Onion included a link to a screenshot of the FNA's page on their original article, accompanied by a message telling readers to "visit our Iranian subsidiary organization" for more information on the story.

There are no reports of the article being republished in Persian. The FNA has yet to comment on the incident. However, The Onion's editor Will Tracy humourously remarked their website "freely shares content with Fars and commends the journalists at Iran's Finest News Source on their superb reportage".

This is not the first time The Onion has caused the mistaken belief of their material being accurate. In a November 2007 interview with Wikinews, The Onion's Editorial Manager Chet Clem recounted an incident in which the Beijing Evening News reproduced a story from The Onion created in 2002, copied entirely verbatim, headlined "Congress threatens to leave DC unless new capitol is built". When the error was highlighted to the Chinese newspaper, Clem said "their response was not to print a correction, but just to say that some newspapers in America make money by printing lies." In a separate incident, Christians forwarded a story on the Internet from The Onion saying children were converting to Satanism as a result of reading the Harry Potter book series.

BBC News Online also reported an instance of two newspapers in Bangladesh apologising over their publication of an article disputing the validity of the moon landings, originally written by The Onion."""

# (AMALGUM document, title, sourceURL as the XML records it, date line, sector, region, topics, text, note)
ITEMS = [
 ("autogum_news_doc450",
  "Crisis at stricken Japan nuclear plant escalates to level of Chernobyl; six killed in aftershock",
  "https://en.wikinews.org/wiki/Crisis_at_stricken_Japan_nuclear_plant_escalates_to_level_of_Chernobyl%3B_six_"
  "killed_in_aftershock",
  "2011-04-12", "energy/utilities", "non-US", "outage", TEPCO,
  "AMALGUM dateCreated 2011-04-11; the date line 'Tuesday, April 12, 2011' kept as `published`. Three image captions "
  "with credits, a 'File:' link line and two pull quotes with their attribution lines cut; 'minister,  expressed' "
  "(two spaces) written with one. An outage told in one clause (the plant's operator reporting widespread power "
  "outages after the earthquake, hundreds of thousands of homes and businesses cut off) inside a nuclear-crisis "
  "story."),
 ("autogum_news_doc005", "Rare snowfall strikes southern United States",
  "https://en.wikinews.org/wiki/Wikinews_Shorts%3A_December_13%2C_2008",
  "2008-12-13", "energy/utilities", "US", "outage", CLECO,
  "One brief of the compilation 'Wikinews Shorts: December 13, 2008' (AMALGUM dateCreated 2008-12-13; the "
  "compilation's date line 'Saturday, December 13, 2008' kept as `published`); the title is the brief's own heading, "
  "the source the compilation's page. The six other briefs (inaugural donations, a black hole, cholera in Zimbabwe, "
  "an extradition, a model's death, mobile voting) and the source lists cut; 'years.  The' (two spaces) written with "
  "one and the trailing space dropped. An outage: a utility's ten thousand outages in a snowfall."),
 ("autogum_news_doc801", "Brazilian President Lula met Chavez, military and economic cooperation",
  "https://en.wikinews.org/wiki/Brazilian_President_Lula_met_Chavez%2C_military_and_economic_cooperation",
  "2005-02-17", "energy/oil", "non-US", "leadership,deal", LULA,
  "AMALGUM dateCreated 2005-02-16; the date line 'Thursday, February 17, 2005' kept as `published` (Wikinews content "
  "of that date is public domain by Wikinews' own terms; CC BY 2.5 recorded as batch 24a did). An empty figure "
  "element, one image caption with its 'File:' line and the two section headings ('Economic cooperation', 'Military "
  "cooperation') cut; line breaks inside paragraphs joined with a space; double spaces made one. The article's own "
  "slips kept ('encounteur', 'comitiva', 'investiment', 'representant', 'USS 300 million', 'in out continent'). "
  "Leadership outside the US (the presidents of Petrobras, BNDES and Eletrobrás beside Brazil's ministers), a "
  "refinery protocol between two state oil companies and aircraft 'manufactured by EMBRAER'."),
 ("autogum_news_doc770", "Brazil blames human error for 2006 midair airliner collision",
  "https://en.wikinews.org/wiki/Brazil_blames_human_error_for_2006_midair_airliner_collision",
  "2008-12-06", "aviation/airlines", "mixed", "outage,leadership", GOL,
  "AMALGUM dateCreated 2008-12-06, as the date line 'Saturday, December 6, 2008'. The 'HAVE YOUR SAY' box cut; the "
  "trailing space of the first paragraph dropped. The article's own slips kept ('acertain', 'reccurence'). Outage "
  "near-miss: a transponder 'failure' on an executive jet that kept a collision-avoidance system from working (an "
  "aircraft's equipment, no service lost), with the jet's owner and its executive vice president."),
 ("autogum_news_doc202", "Cypriot plane with 121 on board crashes in Greece",
  "https://en.wikinews.org/wiki/Cypriot_plane_with_121_on_board_crashes_in_Greece",
  "2005-08-14", "aviation/airlines", "non-US", "outage,deal", HELIOS,
  "AMALGUM dateCreated 2005-08-14, as the date line 'Sunday, August 14, 2005' (public domain by Wikinews' terms; CC "
  "BY 2.5 recorded). Cut: the section headings; the line 'CBC reported the following:' and the paragraph it "
  "introduces (a passage quoted from another news outlet, not Wikinews' own text, with its '[August 17, 2005]' "
  "update); the bullet-list 'Timeline' of ten times and its time-zone note; the bold formatting of the phone numbers. "
  "'a hoax .' written 'a hoax.'; double spaces made one; the last sentence of 'Official reactions' has no full stop "
  "in the source and none was added. Outage near-miss: an airliner's air-conditioning/air-supply problem before a "
  "fatal crash (a physical accident), with the airline's parent group."),
 ("autogum_news_doc083", "Mass panic as Zimbabwean officials fake air crash",
  "https://en.wikinews.org/wiki/Mass_panic_as_Zimbabwean_officials_fake_air_crash",
  "2010-08-05", "aviation/airlines", "non-US", "outage,leadership", DRILL,
  "AMALGUM dateCreated 2010-08-05, as the date line 'Thursday, August 5, 2010'. One image caption with its credit "
  "cut; the trailing space of the first paragraph dropped. Leadership outside the US (an airline's chief, an aviation "
  "authority's head and CEO, a news agency's head, a logistics company's general manager) and an outage near-miss: a "
  "staged crash drill (no system failed, no service lost)."),
 ("autogum_news_doc097", "China offers Africa financial aid including $10 billion in loans",
  "https://en.wikinews.org/wiki/China_offers_Africa_financial_aid_including_%2410_billion_in_loans",
  "2009-11-08", "energy/oil", "non-US", "deal,leadership", AFRICA,
  "AMALGUM dateCreated 2009-11-08, as the date line 'Sunday, November 8, 2009'. One image caption with its credit, "
  "two pull quotes with their attribution lines and the 'HAVE YOUR SAY' box cut; the trailing spaces of two "
  "paragraphs dropped. The article's own slips kept ('said the told', 'al-Beahir' beside 'Beshir'). A completed "
  "purchase (Sinopec Group and Addax Petroleum) among government pledges, with heads of government and state."),
 ("autogum_news_doc712", "SpaceX successfully test fires Falcon 9 rocket in Texas",
  "https://en.wikinews.org/wiki/SpaceX_successfully_test_fires_Falcon_9_rocket_in_Texas",
  "2008-11-24", "aerospace", "US", "deal,leadership", SPACEX,
  "AMALGUM dateCreated 2008-11-24, as the date line 'Monday, November 24, 2008'. Two empty figure elements, the "
  "'HAVE YOUR SAY' box and the 'Science and Technology' and 'Space' portal link lists cut; the first paragraph sits "
  "outside a <p> element in the XML and is kept as the first paragraph. Company relations and leadership: a rocket "
  "maker's rockets and capsule, its agreement with NASA, its CEO and CTO and a manager."),
 ("autogum_news_doc399", "A 1-year long strike against FMC Novamed: Women workers allege unfair treatment",
  "https://en.wikinews.org/wiki/A_1-year_long_strike_against_FMC_Novamed%3A_Women_workers_allege_unfair_treatment",
  "2007-09-17", "healthcare/manufacturing", "non-US", "outage,deal,leadership", NOVAMED,
  "AMALGUM dateCreated 2007-09-16; the date line 'Monday, September 17, 2007' kept as `published`. The section "
  "headings and the closing list 'Support Meetings by Other Organizations' (two meeting times and places) cut; the "
  "list of alleged abuses kept, one item a line (the nested items too) under its lead-in line; trailing spaces "
  "dropped. A factory owned by a foreign group, with a manager of each, and an outage near-miss: a strike (no "
  "service lost)."),
 ("autogum_news_doc189", "Iranian news agency reproduces The Onion article",
  "https://en.wikinews.org/wiki/Iranian_news_agency_reproduces_The_Onion_article",
  "2012-09-29", "media", "mixed", "leadership", ONION,
  "AMALGUM dateCreated 2012-09-29, as the date line 'Saturday, September 29, 2012'. An empty figure element and the "
  "closing 'This story has updates' line with its link cut; the italic markup that split 'The Onion'' + 's' joined "
  "('The Onion's'). The article's own slips kept ('humourously'). Media companies and their editors (a news agency, a "
  "satirical website's editor and editorial manager, a Beijing newspaper)."),
]


def rec(doc, title, url, pub, sector, region, topics, text, note):
    return {"id": slug(title, pub[:4], "wn"), "source": url, "licence": "CC BY 2.5",
            "attribution": f"Wikinews contributors, '{title}', {url} (CC BY 2.5); text via the AMALGUM corpus "
                           f"(Gessler et al. 2020, {AMALGUM}, out/news/{doc}.xml; its annotations not used)",
            "published": pub, "title": title, "text": text, "sector": sector, "region": region,
            "topics": topics.split(","), "origin": "wikinews (AMALGUM corpus, out/news)", "notes": note,
            "truncated": doc in ("autogum_news_doc005", "autogum_news_doc202", "autogum_news_doc399")}


def main():
    return [rec(*x) for x in ITEMS]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
