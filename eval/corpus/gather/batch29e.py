#!/usr/bin/env python3
"""Batch 29e (session 30, the fresh out-of-sample check; helper gather30e): Wikinews (CC BY 2.5) news articles that no
earlier batch used, taken from the AMALGUM corpus's older output folder `out/news/` (github.com/gucorpling/amalgum,
`autogum_news_docNNN.xml`, plain XML with title, dateCreated, sourceURL on the <text> element and <p> paragraphs), read
with read_file at the stored version 49e8fad and sampled widely over the folder (a seeded random draw of document
numbers that no earlier batch names) — a predatory-lending lawsuit against a lender, two banks and a title insurer
with a judge disqualified and a lender's former executive vice president (Countrywide, 2012); a charity suspending
all its work in a country after an attack on its office (Save the Children, Afghanistan, 2018); a band's tour
manager's death with a concert promoter's chairman of global touring (U2, Live Nation Entertainment, 2015); a
government department's network address blocked on an encyclopedia after edits, with a media-monitoring group's
analyst and an ISP (Department of Justice, Wikipedia, CAMERA, Verizon, 2008); two aid workers freed, with their
charity's president (GOAL, Sudan, 2009); floods in Brazil with a state left without electricity by power failures
(no operator named, 2009); an airliner shot down, with the airline, its aircraft type and the aviation bodies that
had declared the route safe (Malaysia Airlines Flight 17, 2014); a women's health fundraiser with a regional
affiliate's development director and communications manager (Planned Parenthood of the Heartland, 2012).
Part 2 (`ITEMS2`, written out after part 1 was committed, before newskg ran on any text): a French military
helicopter's crash off Gabon with its type, an oil company's vessels in the search and ministers (2009); the IOC's
evaluation visit to Madrid with its president, its commission and feared transport strikes (2013); a surf-wear
company's championship with its Chilean unit's marketing manager (Quiksilver, 2011); arrests in Turkey's Ergenekon
probe with a stock exchange's fall, ministers and a consultancy's analyst (2009); an air force's aircraft lost to
fuel leaks with a defence contractor's audit (Nimrod MR2, BAE Systems, 2007).
Each text is the article body written out by hand from the XML: the headline and the date line (kept as `published`)
left out; image captions with their credits, pull quotes with their attribution lines, section headings and template
lines cut; paragraphs as the XML's <p> elements; runs of spaces made one; no word added or changed (the articles' own
slips kept). Per-item cuts are in each item's note.
usage: batch29e.py [POOL_DIR] [--dry]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import amalgum
from write_pool import write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather30e/pool29e"

LENDING = """Judge James A. Stoelker of Santa Clara County, California Superior Court was disqualified from hearing a case on predatory lending practices the day before Christmas, on a technicality. The case was filed by David and Salma Merritt of Santa Clara County against multiple defendants, including Countrywide, Bank of America, and First American Title, among others.

The Merritts had challenged Judge Stoelker's involvement in the case, claiming many of his rulings had favored his former clients even when law would have indicated otherwise. Some of the defendants are Judge Stoelker's former clients.

The events leading to this case began in 2006 when the Merritts accepted a home loan from Countrywide. At that time, Countrywide was advertising 30-year mortgages at between 1 and 3 percent interest. The Merritts received a "good faith estimate" consistent with those advertisements. They claim that Countrywide representatives tricked them into signing loan documents that were subsequently altered to appear to commit them to an obligation they had not agreed to.

A review of similar predatory lending cases filed by individuals in California found that all had been settled in at most 9 months, usually in favor of the banks. Merritt v. Mozilo has continued in the courts for much longer, celebrating its third anniversary last Saturday. The Merritts' claims are consistent with published statements by Eileen Foster, former Executive Vice President of Fraud Risk Management at Countrywide, that fraud was endemic to certain parts of Countrywide.

Theirs was the only case heard in Department 9 that morning in recognition of Christmas. That hearing was scheduled, because the Sixth District of the California Court of Appeals (case number H038883) required the Santa Clara County Superior Court to (a) give all parties an opportunity to be heard regarding the possible disqualification of Judge Stoelker and (b) reply to the appellate court by December 26. This appellate ruling was only issued on November 26, and Judge Mark H. Pierce did not schedule the required hearing until December 12. The notice for this hearing required parties to file responses ten days before, which meant that the parties only had two days to prepare their replies.

On August 16, the Merritts learned Judge Stoelker had represented defendants in this case on numerous occasions before he was appointed to the bench in December 2010 and had not disclosed this fact to the Merritts. The next day they filed a Verified Statement of Disqualification asking Stoekler to recuse himself. The California Code of Civil Procedure (CCP) 170.3(c)(3) and (4) [confirmed in the 1988 appellate decision in Lewis v. Superior Court] give a judge ten days to respond to to such a motion. Stoelker replied on the eleventh day.

"All Rise" was heard at 9:04 AM local time Monday morning, whereupon Judge Pierce entered the courtroom. Attending by phone were attorneys James Goldberg representing Bank of America and Brian Craft representing First American Title. David Merritt was present representing himself. Goldberg had filed a brief asserting that the Merritts' Verified Statement of Disqualification was served upon Judge Stoelker on August 17 but was not filed, as witnessed by the fact that it was not listed on the docket. Judge Pierce reported that he had checked the files and found that this Statement had indeed been filed, and he didn't know why it was not on the docket. Attorney Goldberg suggested that the fact that the Statement was not on the docket may have contributed to Judge Stoelker's failure to respond within the ten day limit. Judge Pierce replied, "That's a stretch."

Attorney Craft asked about next steps, since all action in this case had been stayed by the appellate court pending resolution of this issue. Judge Pierce then replied that Judge Manoukian would be handling discovery in this case, replacing Judge Stoelker in that capacity. He further stated that a reply to the appellate court had been prepared concurring with the appellate court's disqualification of Judge Stoelker and asked Mr. Merritt to retrieve that order from the clerk in the courtroom and file it as usual with the clerk's office. He also noted that this action would lift the stay. Other actions in this case could now proceed with the next steps being scheduled January 22, 2013, or later.

This is the second appellate reversal of decisions by this superior court in this case. The first reversal came on December 19, 2011, when the appellate court reinstated Wells Fargo as a defendant."""

SAVE = """Wednesday, UK-based non-governmental charity organisation Save the Children announced in an official statement on their website the temporary suspension of all their activities in Afghanistan. The reason for this is an ISIL-claimed attack on a Save the Children office in Jalalabad, Nangarhar, which cost the lives of three staff members of the charity.

A group of militants attacked Save the Children's office after a suicide car explosion Wednesday morning just after 9 AM, local time. Staff member Zabiullah told The Guardian he heard "a very big explosion", after which he and his friends "rushed the basement". According to the latest reports, the attackers killed six people in total and injured more than two dozen people. One eyewitness said the attackers used rocket-propelled grenades to blast the compound gates, according to the BBC.

A spokesperson for Nangarhar's governor said in a statement, six militants were involved in the attack. Later, in an updated statement, he said there were only five and all of them were killed. Afghan security personnel said the attackers killed two soldiers, two guards and two civilians. Sohrab Qaderi, a government member of Nangarhar province, said about four dozen people were rescued from the basement of the building, most of whom were Save the Children employees. They managed to escape through a back exit, one of them told the BBC afterwards. It took about ten hours to stop the attack, Qaderi added.

"We have temporarily suspended our operations across the country following today's events, however we remain fully committed to helping the most deprived children of Afghanistan", stated Save the Children in an official statement published Wednesday. They added, "We remain committed to resuming our operations and lifesaving work as quickly as possible, as soon as we can be assured that it is safe to do so." Furthermore, the organisation confirmed in the statement the death of three of its own staff members, one of whom was one of the two killed civilians. They also said four other staff members, who were injured, were receiving medical aid.

Via Amaq news agency, militant group Islamic State of Iraq and the Levant (ISIL) has claimed the responsibility of the attack, calling British and Swedish foundations, as well as institutes of the Afghan government, the targets of the attack.

Save the Children established operations in Afghanistan in 1976. As of 2018, it was present in sixteen Afghan provinces. In recent years, several attacks on rescue organisations have taken place northern Afghanistan. In February 2017, six people working for the Red Cross were killed in Dasth-e-Leili, Jowzjan Province while delivering humanitarian aid. Nine members of Czech-based organisation People in Need were killed in Balkh in 2015; and in 2013, six staff members of ACTED, a French charity, were shot dead in Faryab."""

U2 = """Dennis Sheehan, U2's tour manager, died in his Los Angeles hotel room on Wednesday at 68 years of age.

In their second show at the Los Angeles Forum, U2 paid tribute to their tour manager. According to The Guardian, in-between songs U2's lead singer Bono reflected on Sheehan's life to the audience, saying how he was family to the band. Bono said, "U2's family — it's a brotherhood, although there's a lot of sisters in it too... but the extended family is very important to us and we look after each other. It takes a lot to put on a show like tonight, and last night we lost a member of our family. Dennis Sheehan was his name. He was U2's tour manager for 33 years."

During the show, Bono also added, "A lot of U2 songs over the years were written to fill a void, an absence, a hole in a heart left by a loved one. With the loss of Sheehan, U2 now has such a wound."

According to Rolling Stone, Sheehan was with the Irish band U2 on their five-day Los Angeles tour. He was discovered dead in his West Hollywood hotel room and pronounced dead from a heart attack on Wednesday morning after paramedics were called at 5:30am local time. According to Billboard, the paramedics found Sheehan unresponsive before pronouncing him as dead soon after.

The band earlier on announced the death of their tour manager via their website, and in a statement, Bono said, "We've lost a family member, we're still taking it in. He wasn't just a legend in the music business, he was a legend in our band. He is irreplaceable." Arthur Fogel, Chairman of Global Touring for Live Nation Entertainment also stated his thoughts on the loss of Sheehan: "With profound sadness we confirm that Dennis Sheehan, U2's longstanding tour manager and dear friend to us all, has passed away overnight. Our heartfelt sympathy is with his wonderful family."

Having been a tour manager for U2 for over 30 years, Sheehan began his career at the age of 19, and started working with the band in 1982. Sheehan also toured with Led Zeppelin in the 70s and worked with other artists such as Patti Smith, Lou Reed, and Iggy Pop. Rolling Stone quote Sheehan talking to U2 Magazine in 1984 about how special the band was: "There is something extremely special about U2... Whether it be in their social lives, which they are very particular about, or in their business life... they go for the best, and in turn the people that work for them give of their best."

U2 are currently on their international "Innocence and Experience" tour which concludes in November."""

DOJ = """Wikinews has learned that a United States Department of Justice (DOJ) IP Address has been blocked on Wikipedia after making edits to an article which were considered "vandalism". In two separate instances, the IP address from the DOJ removed information from the Wikipedia article about the organization Committee for Accuracy in Middle East Reporting in America (CAMERA), regarding an attempt by the organization to secretly gain influence on the site. The IP address has been confirmed by Wikinews to be registered and used by the DOJ located in Washington, D.C.

On April 21, Electronic Intifada published a report based on leaked emails written between CAMERA and Wikipedia contributors who are allegedly planning to gain influence on the online encyclopedia. Information about CAMERA's campaign to influence Wikipedia was first added to the site's article about the organization on April 21 by user 'Bangpound', who cited the Electronic Intifada article.

According to the edit history on the Wikipedia article CAMERA, the entire subsection relating to this controversy was removed by the IP address 149.101.1.130, which is hosted by 'wdcsun30.usdoj.gov' and is used by the DOJ. The IP address removed information regarding CAMERA's plan to "cooperate with prominent Wikipedia editors to promote a Zionist viewpoint and oppose pro-Arab viewpoints on Wikipedia" at least two separate times, on April 24 and April 25.

The IP address belonging to the DOJ also made edits identified as vandalism to the Wikipedia articles Tracy Jordan, Roger Ebert, and James E. Akins. After several warnings on the IP address's "talk page", the IP address was blocked for four days for "repeated vandalism." Several hours prior to the DOJ edits, an IP address also from Washington D.C., 71.178.102.65, removed the same information. Wikinews can confirm the IP address is located in Washington D.C. and belongs to Verizon.

Wikipedia administrators were kept apprised in an ongoing discussion about the incident at Wikipedia's Administrators' noticeboard. "The Justice employee is attempting to scrub any mention of CAMERA's activities to influence Wikipedia (now double-sourced) as seen here in this edit," said Wikipedia editor Lawrence Cohen, in an initial post to the Administrators' noticeboard.

Founded in 1982, CAMERA is a pro-Israel media-monitoring and research non-profit organization based in Boston, Massachusetts. On April 21 the Electronic Intifada, a not-for-profit online publication which covers the Israeli-Palestinian Conflict from a Palestinian perspective, published an article describing efforts by CAMERA to secretly influence Wikipedia articles. According to the article, Electronic Intifada obtained a series of emails between CAMERA and members of Wikipedia, attempting to game the encyclopedia and influence articles on the site related to Israel.

Electronic Intifada quoted a March 13 email from Gilead Ini, a Senior Research Analyst at CAMERA, who enlisted volunteers to make sure articles about Israel on Wikipedia were "free of bias and error, and include necessary facts and context". In a follow-up email from March 17, Ini emphasized secrecy, telling the email list members not to "forward it to members of the news media", and wrote that "There is no need to advertise the fact that we have these group discussions." The media criticism organization Fairness and Accuracy in Reporting criticized the CAMERA emails, calling them "particularly insidious" because "stealth and misrepresentation are presented as the keys to success."

Later discussions in the series of emails obtained by Electronic Intifada included advice on how to get members of CAMERA elected as Wikipedia administrators, in order to gain influence. Wikipedia user 'Zeq' posted to the list: "One or more of you who want to take this route should stay away from any Israel realted [sic] articles for one month until they [sic] interact in a positive way with 100 wikipedia [sic] editors who would be used later to vote you as an administrator."

After the IP address belonging to the DOJ was blocked, Wikipedia editors informed the Wikimedia Foundation's Communications committee about the incident. Both Wikinews and Wikipedia are projects of the Wikimedia Foundation. In addition to the DOJ IP address, several Wikipedia users determined to be cooperating with the CAMERA campaign to influence Wikipedia had also previously been blocked by Wikipedia administrators.

Wikinews requested a statement from the Department of Justice on the edits to Wikipedia, but as of this article's publication had not received a response."""

GOAL = """Two members of Irish aid agency GOAL, kidnapped in Sudan's Darfur region last July, were freed on Sunday, and are "in good health," according to Abdel Baqi al-Jailani Sudan's Minister for Humanitarian Affairs. Sharon Commins and Hilda Kawuki say they are "thrilled" to be free at last.

Irish citizen Commins, 32, and her Ugandan colleague Hilda Kawuki, 42, were working for GOAL in a compound run by the charity in the North Darfur town of Kutum. Armed men seized them on July 3.

Following their release early Sunday morning they described their captivity as a "difficult time", and thanked everyone who had worked to secure their freedom in a joint statement released through the GOAL. They were, "naturally thrilled to be released after such a long period in captivity".

"We know it must have been a traumatic period for our families especially and for our friends," they said. "It was of course, a difficult time - but we found strength in each other and in our friendship." They also could "hardly wait to get home" to spend time with their families.

Al-Gilani indicated the pair were in Kutum and due to fly to Khartoum later the same day prior to them respectively returning to Ireland and Uganda.

John O'Shea, president of GOAL, told AFP by telephone that, "[w]e are all relieved," and that all at the charity were particularly happy for their families. "We don't yet know when they will go home but we hope it is as soon as possible."

Countering claims earlier in the year that the kidnappers demanded US$2 (€1.34) million for the pair's release, al-Gilani stressed "no ransom was paid,". adding that local tribal chiefs pressured the kidnappers into freeing the aid workers.

The captors held the two aid workers for over 100 days, the longest-running kidnapping in Darfur since the 2003 start of the region's conflict. Until March, the longest an aid worker had been detained in Darfur was 24 hours.

Following the issue of an arrest warrant in March by the International Criminal Court for Sudan's President Omar al-Bashir for masterminding war crimes, aid workers say hostility and threats have increased towards them, and that Sudan's relations with foreign relief organisations have declined dramatically.

In March and April two civil workers of Médecins Sans Frontières (Doctors Without Borders) and French aid agency Aide médicale internationale (International Medical Aid) were kidnapped then released after three and 26 days respectively. A different group still holds captive two employees of the region's joint United Nations—African Union peacekeeping force. These are the only two workers left in captivity.

To date, Sudanese authorities have not punished kidnappers; however al-Gilani announced yesterday that those responsible for the latest kidnapping must be brought to justice. In talking with AFP, he stated, "[t]hey must be punished otherwise there will be no more order". The government called the kidnappers "bandits" and state no amnesty will be granted for the release of aid workers."""

FLOODS = """Floods affecting five states in northeastern Brazil have left hundreds of thousands homeless and have taken 44 lives. Heavy rainfall which began in early April has caused overland flooding that has destroyed homes in the region and landslides that have blocked roads, including 6 major highways, and a railway.

The Associated Press reports that over 300,000 are homeless in north eastern Brazil, and CNN states 270 communities have been affected by overland water from flooded rivers. This flood has been the worst to strike the area since the 1950s and officials estimate damages at one billion reais (about US$482 million).

Civil defence authorities placed the homeless figure at about 185,000 as of Saturday. Emergency shelters have taken in some of the homeless, and friends and relatives have opened their doors to others who have been forced from their homes.

Maranhão has been hit the hardest, and has lost nine residents, two due to electrocution. The state has declared a state of emergency as over 40,000 are homeless and without water. A canoe with seven people aboard capsized. Police and firefighting officials are searching for two who are still missing.

Twelve deaths have been reported in the state of Ceará. Bahia on the Atlantic coast has suffered seven fatalities.

The state of Amazonas has lost eight people so far. The Rio Negro, the largest tributary of the Amazon, has been rising.

Piauí is suffering from two swollen rivers, no electricity due to power failures, and no potable water.

The Brazilian government began to send food via military cargo planes on Friday. The government has also sent out rice and beans by boat and helicopter to a few places. Officials verify that they are sending out as much aid as possible. Land slides combined with overland waters have washed out roads are making deliveries challenging.

Emergency flood crews are struggling to open roads and pathways for food, supplies and aid.

"We have to go out and find food because almost nothing's arrived here," said a victim helping out in an emergency shelter. Homeless people huddled together by the thousands in tents and cow pens are fishing and leaving by canoe to find food.

Besides drowning, electrocution is also taking victims. rattlesnakes and anacondas, and alligators are also displaced and are swimming through partially submerged communities in the swollen waters.

This northeastern region of Brazil typically endures drought-like conditions. meteorologists are baffled by the deluge of rain which hit the area for the past fourteen days. Precipitation is estimated to continue for another week and half."""

MH17 = """Malaysia Airlines Flight 17, a Boeing 777, was shot down by a surface-to-air missile on Thursday according to US officials, over disputed eastern Ukraine by an unidentified party.

The flight, which departed Amsterdam Airport Schiphol in The Netherlands at 10:15 UTC en route to Kuala Lumpur International Airport in Malaysia, disappeared from radar at 13:15 UTC near Hrabove, a village in the Donetsk Oblast of Ukraine. 283 passengers and 15 crew were aboard the aircraft, all 298 in total perished. The area the plane was flying over is a conflict zone currently between Ukrainian forces and pro-Russian separatist forces.

United States officials confirmed the aircraft has been shot down, according to data from a surveillance satellite which showed the last trajectory and impact of the missile. The missile is believed to be a Buk M1 surface-to-air missile which are believed to be in the hands of rebels according to reports from the area.

So far no party has claimed responsibility for the attack. Ukrainian officials denied the missile which shot down the airliner belonged to Ukraine. Pavlo Klimkin, Ukraine's foreign minister, said to The Guardian, "We are absolutely sure and we checked yesterday that no missiles have been taken from the Ukrainian army". The Security Service of Ukraine (SBU) published on YouTube an alleged wiretap of separatist commanders and Russian intelligence officers discussing the shoot-down and acknowledging the aircraft shot down was civilian.

Meanwhile, Russia's defense ministry has denied involvement, posting a statement on their website which read, "In view of various types of speculation concerning operations of the Russian armed forces in the areas bordering Ukraine, we affirm that the anti-aircraft means of the Russian armed forces did not operate in that region July 17".

Ukrainian president Petro Poroshenko said, "This was not an 'incident', this was not a 'catastrophe', this was a terrorist act". Malyasian prime minister Najib Razak, said, "If it transpires that the flight was shot down, we insist that the perpetrators must swiftly be brought to justice."

All civilian aircraft have been barred from flying over eastern Ukraine. The US's Federal Aviation Adminstration issued a Notice to Airmen (NOTAM) prohibiting flight operations by United States carriers over eastern Ukraine. However, questions remain as to why the aircraft was flying over the contested area. Eurocontrol noted airspace was closed up to 32,000 feet. Flight 17 was flying at 33,000 feet just above the restricted airspace. Malaysia Airlines issued a statement saying "The usual flight route was earlier declared safe by the International Civil Aviation Organisation (ICAO). [The] International Air Transportation Association (IATA) has stated that the airspace the aircraft was traversing was not subject to restrictions.\""""

FLUKE = """Women's rights advocate and Georgetown University Law Center graduate Sandra Fluke was the keynote speaker at a women's health event Tuesday night in Nebraska.

Fluke was the headliner in Lincoln, Nebraska at the Rococo Theatre for the annual fundraiser of Planned Parenthood of the Heartland, titled: "The Big Event: Courage — No Matter What". She currently resides in Los Angeles, California with her fiancé and "Mr. President", their pet dog. After graduating cum laude with her J.D. degree this past May, Fluke successfully took and passed the bar exam in July and is now an attorney.

In an interview with the Lincoln Journal Star, Fluke reflected on her role as a public figure and her ability to contribute to the contribute to the discourse about women's rights, "It's uplifting and heartening to see how many people really care about the issues I’m talking about." Fluke observed, "I think it's also allowed me to give a voice and shine a light on the work that a lot of people are doing."

Fluke's speech centered on women's rights, women's healthcare, and the Patient Protection and Affordable Care Act. She stressed the importance of women's issues in the recent election for U.S. President: "This year, something changed in our national conversation about women’s health.... Before my time, women's healthcare has never decided a presidential election. We really did make a difference this election." She spurred on attendees of the event to become more active in supporting women's rights: "It’s time for young women in this country to join the fight, because it’s our rights and our health that are at stake."

Planned Parenthood regional development and planned gifts director Tari Hendrickson told the Lincoln Journal Star Sandra Fluke was her top choice for keynote speaker at the event: "Sandra was No. 1 on my list; I never had a No. 2. She's a voice of reason. I think she has raised the bar for rational conversation about a serious issue."

Planned Parenthood of the Heartland Planned Nebraska communications manager Susan Allen told the Daily Nebraskan Sandra Fluke was the ideal person to serve as keynote speaker: "She is a wonderfully outspoken person on the affordable care act, women's health and women's rights. We decided she would be the perfect person to speak to Planned Parenthood supporters."

Planned Parenthood intern and University of Nebraska-Lincoln student Emily Schiltz commented on landing Fluke as the keynote speaker, "She is definitely the biggest person we've had in a long time."

"I feel like she walks the walk rather than talk the talk," said Planned Parenthood intern and journalism student Audrey Nance.

Fluke indicated her intention was to persevere in speaking about issues she thinks important: "I think my ultimate goal is giving a voice to people who don't always have one."

She has been named as a candidate by Time magazine in a November 26 announcement, for their Person of the Year. Time concluded Fluke helped give U.S. President Barack Obama an edge in his presidential re-election campaign.

Fluke was a featured speaker on September 5 at the 2012 Democratic National Convention in Charlotte, North Carolina. Fluke spoke to attendees at the convention about the consequences for women of electing Republican candidate for U.S. President, Mitt Romney, over incumbent President Barack Obama. Fluke has campaigned with President Obama in his bid for re-election.

She was recognized April 22 with the Stand Up for Choice Award. Fluke was given the Stand Up for Choice Award at the "Third Annual Multi-Generational Brunch" of the organization NARAL Pro-Choice America which was held in New York City (NYC), New York in the United States.

Fluke received a nomination in March as a candidate for Time magazine's 100 most influential people in the world. The list is released annually as a special edition of Time magazine, titled Time 100.

She gave testimony to the US Congress on February 23 before the House Democratic Steering and Policy Committee at a hearing about women's health and contraception. She also worked for Sanctuary for Families in NYC which worked to crack down on human trafficking and domestic violence."""

W = "https://en.wikinews.org/wiki/"
C = "Read from out/news/autogum_news_{} (commit 49e8fad). "
# (path in the AMALGUM repository, title, Wikinews url, published, sector, region, topics, text, note)
ITEMS = [
 ("autogum_news_doc739", "California judge disqualified from predatory lending case",
  W + "California_judge_disqualified_from_predatory_lending_case", "2012-12-27", "finance/legal", "US",
  "regulation,leadership", LENDING,
  C.format("doc739.xml") + "AMALGUM dateCreated 2012-12-16; the date line 'Thursday, December 27, 2012' kept as "
  "`published`. The image caption cut; double spaces made one; the article's own slips kept ('Stoekler', 'respond "
  "to to'). A predatory-lending lawsuit against a lender, two banks and a title insurer, a judge disqualified, the "
  "lender's former executive vice president."),
 ("autogum_news_doc159", "'Save the Children' organisation suspends all activities in Afghanistan after ISIL attack",
  W + "%27Save_the_Children%27_organisation_suspends_all_activities_in_Afghanistan_after_ISIL_attack", "2018-01-26",
  "non-profit", "non-US", "outage", SAVE,
  C.format("doc159.xml") + "AMALGUM dateCreated 2018-01-24; the date line 'Friday, January 26, 2018' kept as "
  "`published`. The map caption with its credit cut; the article's own slips kept ('rushed the basement', 'have "
  "taken place northern Afghanistan'). A charity suspending all its work in a country after an attack on its "
  "office (an outage near-miss: a deliberate suspension, no system failed), a news agency, other charities."),
 ("autogum_news_doc648", "U2 tour manager, Dennis Sheehan dies in Los Angeles hotel room at 68",
  W + "U2_tour_manager%2C_Dennis_Sheehan_dies_in_Los_Angeles_hotel_room_at_68", "2015-05-30", "media/music", "mixed",
  "leadership", U2,
  C.format("doc648.xml") + "AMALGUM dateCreated 2015-05-28; the date line 'Saturday, May 30, 2015' kept as "
  "`published`. The image caption with its credit cut; a double space made one. A band's tour manager's death, a "
  "concert promoter's chairman of global touring, music magazines."),
 ("autogum_news_doc265", "US Dept. of Justice IP address blocked after 'vandalism' edits to Wikipedia",
  W + "US_Dept._of_Justice_IP_address_blocked_after_%27vandalism%27_edits_to_Wikipedia", "2008-04-29",
  "internet/government", "US", "regulation,leadership", DOJ,
  C.format("doc265.xml") + "AMALGUM dateCreated 2008-04-28; the date line 'Tuesday, April 29, 2008' kept as "
  "`published`. The template line 'This article mentions the Wikimedia Foundation, one of its projects, or people "
  "related to it. Wikinews is a project of the Wikimedia Foundation.' (before the first paragraph) and two pull "
  "quotes with their attribution lines cut; the article's own slips kept ('realted [sic]'). A government "
  "department's network address blocked on an encyclopedia, a media-monitoring group's analyst, an ISP, the "
  "foundation that runs the sites."),
 ("autogum_news_doc104", "Kidnappers release two aid workers in Darfur, Sudan after more than 100 days",
  W + "Kidnappers_release_two_aid_workers_in_Darfur%2C_Sudan_after_more_than_100_days", "2009-10-19",
  "non-profit", "non-US", "leadership", GOAL,
  C.format("doc104.xml") + "AMALGUM dateCreated 2009-10-19, as the date line 'Monday, October 19, 2009'. The map "
  "caption with its credit and the section headings 'Capture and release', 'No ransom paid', 'Increased hostility "
  "and threats' and 'No amnesty' cut; a double space made one; the article's own slips kept ('al-Jailani' beside "
  "'al-Gilani', 'paid,\". adding'). Two aid workers freed, their charity's president, a news agency, other aid "
  "agencies."),
 ("autogum_news_doc765", "44 dead and over 300,000 homeless after flooding in Brazil",
  W + "44_dead_and_over_300%2C000_homeless_after_flooding_in_Brazil", "2009-05-12", "utilities/disaster", "non-US",
  "outage", FLOODS,
  C.format("doc765.xml") + "AMALGUM dateCreated 2009-05-11; the date line 'Tuesday, May 12, 2009' kept as "
  "`published`. Three image captions (one with its 'missing from commons' note) and the file link "
  "'File:Itajai floods.jpg' at the end of a paragraph cut; double spaces made one; the article's own slips kept "
  "('rattlesnakes' and 'meteorologists' beginning sentences in lower case, 'are making deliveries'). Floods with a "
  "state left without electricity by power failures (an outage, no operator named), news agencies."),
 ("autogum_news_doc551", "Malaysia Airlines Flight 17 shot down over eastern Ukraine, killing 298",
  W + "Malaysia_Airlines_Flight_17_shot_down_over_eastern_Ukraine%2C_killing_298", "2014-07-19", "aviation",
  "non-US", "outage,regulation", MH17,
  C.format("doc551.xml") + "AMALGUM dateCreated 2014-07-18; the date line 'Saturday, July 19, 2014' kept as "
  "`published`. Two image captions with their credits cut; double spaces made one; the article's own slips kept "
  "('Malyasian', 'Federal Aviation Adminstration'). An airliner shot down (an outage near-miss: a physical attack, "
  "no system failed), the airline, its aircraft type, aviation bodies, a regulator's notice."),
 ("autogum_news_doc743", "Sandra Fluke gives keynote speech at Nebraska women's health event",
  W + "Sandra_Fluke_gives_keynote_speech_at_Nebraska_women%27s_health_event", "2012-12-06", "non-profit/health", "US",
  "leadership", FLUKE,
  C.format("doc743.xml") + "AMALGUM dateCreated 2012-12-05; the date line 'Thursday, December 6, 2012' kept as "
  "`published`. The image caption with its credit and three pull quotes with their attribution lines cut; the "
  "article's own slips kept ('contribute to the contribute to the', the curly apostrophes beside straight ones). A "
  "women's health fundraiser with a regional affiliate's development director and communications manager, news "
  "outlets, an advocacy organisation."),
]

# Part 2 (written out and annotated after part 1 was committed, before newskg ran on any text; its own split cycle in
# batch29e_annotate.py).
COUGAR = """Officials say that a French military helicopter with 10 French soldiers, including four crew members and six Special Forces paratroopers, has crashed off the coast of Gabon in west central Africa.

The Eurocopter AS 532 Cougar ditched shortly into the Atlantic Ocean after leaving a French naval ship, about 50 kilometres off the coast. Seven French soldiers were killed, two were rescued, and one is still missing, according to a statement issued by President Nicolas Sarkozy's office.

"Today, the wreckage of the helicopter was located at a depth of 35 metres and searched. Unfortunately, we must report the deaths of five other soldiers. A final soldier remains missing. Searches are continuing," the statement explained.

According to Libreville Lieutenant Colonel Pascal Carpentier, the ill-fated helicopter crashed Saturday night at 8:08 p.m. (1908 GMT) into Atlantic waters off Nyonie, a small town located between Gabon's capital Libreville and the town of Port-Gentil. It was taking off from the amphibious assault ship La Foudre's naval landing craft transporter cruising 50 kilometers (30 miles) off the Gabonese coast, during a joint training exercise, said Lieutenant Colonel Francois-Marie Gougeon, spokesman for the general staff.

The ship "set off the alert and arrived at the crash site with rescuers who picked up the injured crew within half an hour. The sea was calm and the wind low at the time of the crash but the night was very dark," Lieutenant Gougeon explained, adding that "search operations will naturally continue all night." La Foudre, two helicopters and oil giant Total S.A.'s three vessels, including its sonar and underwater robot joined the rescue effort of the salvage team.

"Divers were deployed to locate the wreckage," said Captain Christophe Prazuck, spokesman for the army general staff. "At daybreak we will deploy all our means, planes, helicopters, boats... to take part in the search," said Gabon's Interior Minister André Mba Obame.

Meanwhile French President Nicolas Sarkozy directed Defence Minister Hervé Morin to travel to the crash site. Sarkozy had "asked that all available means in the area be immediately deployed to find the soldiers who were aboard."
Morin later announced there would be two probes, a judicial one and another by the French defence ministry, with the assistance of French gendarmes and an air accident expert.

Minister Morin arrived in Libreville on Sunday and met with President Omar Bongo to discuss rescue efforts for the missing body of one of the seven soldiers. "The cause of this tragedy remains unknown. It may be natural or human, or a combination of both." Morin said. "Divers were inspecting the Cougar, which was in water 35 meters (about 115 feet) deep. We will do everything we can to find the last person missing," he added.

Morin viewed rescue efforts on La Foudre, and visited friends and relatives of the missing at Camp DeGaulle. The French soldiers were "permanent personnel in Gabon who knew the region well," said General Claude Reglat, Gabon commander of French forces. "The six others were commandos who had arrived from the French army's elite 13th Regiment of Dragon Paratroopers. We have expressed our compassion and solidarity to the families," he added.
“This type of helicopter does not have a black box. So the flight was not recorded, nor were the voices in the cockpit. So some elements will remain unknown,” Claude Reglat also noted.

The January 17-21 bilateral manoeuvres called 'Operation N'Gari' involved 600 French soldiers and 120 Gabonese troops maneuvering in the military drill known as Baptise Ngeri. The soldiers were backed by Cougar and Fennec helicopters to coordinate maritime safety operations with UN peacekeepers at Bouna airport, in the Ivory Coast. In the joint exercise soldiers were to be parachuted onto predetermined targets including Nyonie.

Gabon, a former French colony, hosts one of four permanent French bases in Africa. Gabon is a country in west central Africa sharing borders with the Gulf of Guinea to the west, Equatorial Guinea to the northwest, and Cameroon to the north, with the Republic of the Congo curving around the east and south. According the FFG which has around 1,000 troops in Gabon, the French Forces in Gabon (FFG)'s role is "to assure the safety of the 12,000 French residents in the country in case of threat, and carry out aid missions.\""""

MADRID = """The International Olympic Committee (IOC) Evaluation Commission is in Madrid, Spain this week as part of the city's bid to host the 2020 Summer Olympics.

Sir Craig Reedie of Great Britain is leading the IOC delegation, whom Spanish Prime Minister Mariano Rajoy greeted at the start of their inspection process. Of the fourteen-member bid delegation, five have been through this process before as part of the city's failed bids for the 2012 Summer Olympics and 2016 Summer Olympics bids.

On a cold but sunny day yesterday, the IOC visited four sites on their first inspection date including Real Madrid's Santiago Bernabéu Stadium, Buen Retiro park and bullfighting ring Las Ventas. Today, the IOC is scheduled to visit the proposed venues for the Olympic village and stadium. The inspection is scheduled to last four days.

While at Santiago Bernabéu, IOC members met the Spanish national football team captain Iker Casillas and were given Real Madrid jerseys with their names on them.

As Spain is currently undergoing severe economic problems at the moment, with 26% unemployment currently and public debt in 2012 at 84% of the country's gross domestic product, the €1.5bn (US$1.9bn, £1.3bn) costs of the Games have been a highly visible aspect of the city's bid process. Security costs are estimated to add another €149m (US$192m, £127m) to organizing costs. Proponents of the bid including Madrid's mayor Ana Botella believe the Games would provide an economic boost to the city and the country. IOC President Jacques Rogge is also on the record as stating that he does not believe Spanish economic problems will play a part in the IOC's decision-making process. Spanish newspaper El Mundo quoted Rogge saying, "The crisis does not affect it, because substantial facilities have in most cases already been built. No major investment is needed".

Botella outlined some of the costs, quoted by the Associated Press during the IOC visit saying, "The budget that remains for the construction of infrastructure, some 1.5 billion [euros] divided between the three administrations responsible and over a period of seven years, is a perfectly affordable amount."

Local organizers have promised to follow the legacy of London, using historical landmarks and existing venues with 80% of proposed venues, 28 of 35, already in place, and providing a roadmap for future development of Olympic sites to avoid any "white elephants" that are unused after the Games, a situation that happened with a number of Athens Olympic venues. Madrid's bid Chief Executive Victor Sánchez, quoted by Agence France-Presse, explained they avoided "[p]rojects that have no real use for citizens after the Games have finished. That is why we have given priority to existing infrastructures and then to other infrastructures that the city has a direct need for. Finally, where a future use cannot be guaranteed, we have opted for temporary solutions. Only three such temporary solutions will be used, while a mere four permanent facilities remain to be built. The result is lower costs, reduced environmental impact and less disruption to the everyday lives of the people of Madrid, all with government backing at central, regional and municipal level."

Local organizers are preparing to cope with protesters trying to draw attention to Spain's labor situation who planned to picket outside the Hotel Eurostars Madrid Tower where IOC members are staying. The planned protest is over cuts to the Municipal Government budget. Protesters did not picket yesterday, which was a holiday in Madrid. Bid organizers and the government feared potential strikes by people working for the public transport system. Botella explained to the media that protests and work stoppages should not be seen as evidence that Spaniards would not welcome the Games, but rather unhappiness with local economic issues, which Botella said the Games should help fix. Spain's current unemployment level is the highest of any European country and the worst the country has faced since the 1970s. Botella's view is supported by an IOC survey, which found 81% of Spaniards supported Madrid's bid for the Games.

Madrid is one of three cities currently competing for the 2020 Games. The IOC visited Tokyo, Japan earlier this month and is scheduled to visit Istanbul, Turkey later this month. The host city is to be formally selected at a meeting of the IOC on September 7 in Buenos Aires, Argentina. Shortly after that, Rogge is scheduled to step down from his position as IOC President."""

SURF = """The fourteenth Quiksilver Ceremonial Punta de Lobos Big Wave Invitational surf championship took place on Saturday in the Chilean city of Pichilemu, often called the "Capital of the Surf." In this year's competition, 24 surfers from countries such as South Africa, Peru, Chile, the United States, and Argentina participated in the championship, including Pichileminians Ramón Navarro and Cristian Merelló, and Hawaiian Köhl Christensen. The surfers competed for a US$20,000 prize.

The Quiksilver Ceremonial Punta de Lobos has been a tradition since 1998. Christensen won that championship, and has regularly participated in it since then, according to La Tercera. "If [the Chilean waves] weren't that good, I wouldn't come back. They're powerful, that's what makes of Chile a great place to train," Christensen told La Tercera.

The competition was scheduled to take place sometime between April 1 and May 31; it was confirmed to take place on May 28 by Gary Linden, the Big Wave World Tour Contest Director. "We are excited to kick off the 2011 Big Wave World Tour with the third annual Quiksilver Ceremonial. [...] It looks like patience is going to pay off as we are expecting surf in the 30 to 40 foot range with light winds and good lighting making for the perfect start to season," Linden said.

"The Quiksilver Ceremonial is one of the world's most anticipated big wave events, featuring some of the best waves and skilled surfers from around the globe," Hawaiian media Aloha Update reported. Carlos Ferrer, marketing manager of Quiksilver Chile, said: "This championship has managed to put itself as one of the great dates of the worldwide surfing scene. It is of international class."

On Thursday, Mayor of Pichilemu Roberto Córdova reunited with organizers of the ceremonial, Carlos Ferrer, Gary Linden, and Ricardo Parot from Wetfly Productions, at the Pichilemu city hall. "The mayor reiterates his commitment to the community with these kinds of events in the low-season as they are great attractions that help support Pichilemu's tourism industry," city hall representatives said on its Facebook profile.

Many people visited Punta de Lobos on Friday, as the surfers were practicing. "There was great expectation in Punta de Lobos yesterday [on Friday]," La Tercera reported. "It has arrived the same amount of people coming a long holiday weekend to Pichilemu, but this time, only to see the championship," director of surf magazine Glass.cl Rodrigo Farías told the newspaper. Farías also told La Tercera that during last year's ceremonial there were waves eight-meters high, and "[Saturday]'s waves are expected to be more ordained." He predicted that it would be "a bit cloudy, and there will be more time between one wave and another, so there could be more tubes, which will be much better visually."

The surfers dropped into the sea to begin the championship at 07:30 local time (11:30 UTC). It is estimated that least two thousand people from Chile and other countries attended the event throughout the day. A helicopter flew overhead at Punta de Lobos, recording and photographing the surfers and attendants. The attendants were given free fruit juice, fruits, as well as Red Bull drinks at the end of the day.

The 24 competing surfers were: Köhl Christensen, Carlos Burle, Marcos Monteiro, Peter Mel, Chris Bertish, Ramón Navarro, Diego Medina, Cristian Merello, Rusty Long, Grant "Twiggy" Baker, Fernando Zegers, Reinaldo Ibarra, Greg Long, Gabriel Villarán, Jamie Sterling, Anthony Taschnick, Mark Healey, Kealii Mamala, Jaimie Mitchell, Danilo Couto, Sebastian de Romana, León Vicuña, and Matías López.

The Quiksilver Ceremonial Punta de Lobos was broadcasted live in HD quality for the first time in the championship's history through its official website. The footage included underwater shots.

The championship lasted until 17:30 local time (21:30 UTC), and the results were as follows:

"Viva Brazil! Firstly I want to thank God, because everyone's okay and nobody got injured. I also want to thank the residents of Pichilemu for giving us good vibes and to the jet-skis pilots, who worked hard all day. I knew this day was going to come," Marcos Monteiro, the winning surfer said shortly after the championship ended during a press conference.

The Big World Tour's next stop is Pico Alto, Peru, on July 1."""

ERGENEKON = """Turkish police arrested two colonels and two lieutenants Saturday as part of a wide-reaching probe into a suspected coup plot. The arrests are the latest related to an alleged clandestine neonationalist organization referred to as "Ergenekon". The Ergenekon case has had adverse effects on financial markets in Turkey, a candidate for the European Union.

Turkey's state-run news service, Anatolian News, reported that the four Turkish army officers were arrested in Istanbul for alleged ties to a right-wing group suspected of conspiring to overthrow the AK Party government. 40 people were detained on Wednesday, including three retired army generals.

Prime Minister Recep Tayyip Erdoğan and General Ilker Basbug, Chief of the General Staff of the Turkish Armed Forces, held crisis talks on Thursday to discuss the recent waves of arrests. General Basbug met with the prime minister after a six-hour meeting with military commanders, including members of the Gendarmerie, Turkish Air Force, and Army. After his meeting with the prime minister, General Basbug met with President Abdullah Gul. President Abdullah Gul met with Besir Atalay, Turkey's interior minister.

The talks between Erdogan and Basbug prompted a spate of selling on the Istanbul Stock Exchange, which fell by six percent on Thursday. TUSIAD, the main business association in Turkey, voiced its hope that investigators respect the legal rights of the suspects.

Turkish media also reported Saturday that law enforcement officials found ammunition and grenades buried near Golbasi lake outside Ankara, supposedly related to the Ergenekon organization. According to the Turkish media reports, police found a drawing in the home of former police chief Ibrahim Sahin, which led them to the site. Ibrahim Sahin was among the 40 individuals arrested Wednesday.

Deniz Baykal, who heads Turkey's secular chief opposition party the Republican People's Party, was critical of the arrests made by police under the AK Party government. "We are witnessing a confrontation against the Republic's core values. This is a regime change, like in the Khomeini and Hitler eras," said Baykal at a news conference held Wednesday. According to Baykal, the Ergenekon investigation is an attempt by the government to silence opposition. Other members of the opposition have also criticized the investigation as being politically motivated.

In a statement published in the Turkish newspaper Hürriyet, Justice Minister Mehmet Ali Şahin asserted that the Ergenekon investigation is judicial and appropriate. "The investigation has no political aspects. Detentions are purely juridical. I follow developments from the press," said Şahin.

Wikinews interviewed a college graduate and resident of Turkey who wished not to be named, and this individual shared thoughts on the effects of the Ergenekon investigation on local citizens. "It affected everyone in the country. Everyone wonders if they are next," said the source. "I am terrified here - anytime the wind is not in favor of the ruling party a new wave of this crap happens."

Members of the Turkish state bureaucracy, military, and judicial system make up the country's secularist establishment. According to Reuters, this secularist establishment states that the arrests carried out by the AK Party are retaliatory, in response to a 2008 court case. The court case attempted to ban the AK Party, which has roots in political Islam, for anti-secular activities. The AK Party has denied these claims.

"The risk of a reaction by the military is growing as the Ergenekon probe is turning into a test of strength between the AKP and secularist circles," said analyst Wolfango Piccoli of the Eurasia Group in a statement published in the Financial Times.

The investigation by the government began in June 2007, when officials discovered a cache of arms in Istanbul in the home of a retired military officer. According to The Guardian, in total approximately 200 people have been arrested in relation to the investigation. 86 individuals have been indicted since the investigation started, including many officials from the military and two retired four-star generals. In addition to military officials, the investigation has focused on journalists, writers, politicians and leaders of gangs. The murder of journalist Hrant Dink is sometimes cited as possibly linked to the Ergenekon case.

The indictments allege involvement in plans to increase instability in the country through political assassinations. Hürriyet reported that the Ergenekon investigation has faced criticism in the past for detaining suspects for extended periods of time in prison without charges, and for its reliance on insubstantial evidence. In the past 50 years, the country's military has intervened to topple four governments in Turkey."""

NIMROD = """Leaked emails have revealed that the United Kingdom's Royal Air Force (RAF) were aware of a dangerous problem with fuel leaking from Nimrod MR2 surveillance aircraft long before one exploded in midair during a mission in Kandahar, Afghanistan. All 14 people on board were killed in the crash in September last year.

Graham Knight, father of Sergeant Ben Knight, who died in the accident aged 25, told reporters that he had received internal RAF emails detailing prior concerns about the fuel leak problems on the Nimrod. One email originally sent on December 2, 2005 commented that “XV230 [the tail number of the Nimrod that would go on to crash] has fuel-leak issues which need to be rectified before the aircraft can be deployed.” Another, from February 2006, had the following to say: “The age of the airframe, combined with the aggressive tempo with which we are flying the jets in stark temperature shifts, is contributing to our leak headache.”

Another email later the same month highlighted the serious nature of the problem: “Fuel leaks on the Nimrod MR2 aircraft now pose a significant threat to the force being able to meet commitments and operational tasking.”

The emails were quietly forwarded to Knight, who has gone public with them via Sky News. “I have evidence that a fuel leak caused the crash and the Service was fully aware of the risk months beforehand. I believe the RAF killed my son,” he said.

He said that the emails were all written by senior members of the RAF, adding “there are so many people within the organisation who are not happy with what has been going on.”

"The more I have dug, the deeper the conspiracy gets - essentially, I think the major failures have been down to communication problems."

A board of inquiry has recently completed deliberating the cause of the accident, with a final report expected in about two weeks time. It is expected by many that the report will find a fuel leak was to blame. The crash was the largest loss of life from any UK service in a single incident since the Falklands war. Although the report will determine the cause of the crash and make recommendations to prevent it's recurrence, it will not attempt to establish blame for the disaster.

The Ministry of Defence (MoD) had previously admitted they were experiencing Nimrod fuel leaks, saying in January that in the six months proceeding there had been no less than 25 fuel leaks in RAF Nimrod aircraft. Nimrods were grounded after the crash, but were subsequently phased back into operation, and are currently back in full service flying regular reconnaissance missions in Afghanistan.

The MoD's response to these recent allegations was as follows: "RAF Nimrod aircraft are designed and certified to strict airworthiness and safety standards.

"If we didn't have confidence in the aircraft, we would not continue to fly them.

"Nimrod has a good safety record and remains a potent and respected aircraft.

"The Board of Inquiry to establish the cause of the accident last September is continuing and it would be unhelpful to speculate on the outcome until the board's findings are published."

All 12 of the crewmembers on board were from 102 Squadron at RAF Kinloss, Scotland. The loss was so large as in to have an adverse affect on the air base. The other two personnel on board were a marine and a solider.

"An aircraft should not suddenly burst into a ball of flames in mid-air,” Knight commented. He has been conducting his own investigation based on documentation obtained under the Freedom of Information Act. One important document is a recommendation made by BAE Systems in 2004 following a safety audit that concluded that it would be impossible to extinguish a fire on a Nimrod. The recommendation was to install a fire detection system. It was never acted upon."""

ITEMS2 = [
 ("autogum_news_doc113", "Seven dead, one missing, two survive French helicopter crash off Gabon coast",
  W + "Seven_dead%2C_one_missing%2C_two_survive_French_helicopter_crash_off_Gabon_coast", "2009-01-19",
  "aviation/defence", "non-US", "outage,product", COUGAR,
  C.format("doc113.xml") + "AMALGUM dateCreated 2009-01-18; the date line 'Monday, January 19, 2009' kept as "
  "`published`. Three image captions cut; a double space made one; two line breaks inside paragraphs kept as the "
  "XML has them; the article's own slips kept ('According the FFG', 'Baptise Ngeri'). A military helicopter's crash "
  "(an outage near-miss: a physical accident), its type and its maker, an oil company's vessels in the search, "
  "spokesmen and ministers."),
 ("autogum_news_doc385", "IOC visits Madrid as part of 2020 Olympic bid process",
  W + "IOC_visits_Madrid_as_part_of_2020_Olympic_bid_process", "2013-03-19", "sport/government", "non-US",
  "leadership", MADRID,
  C.format("doc385.xml") + "AMALGUM dateCreated 2013-03-19, as the date line 'Tuesday, March 19, 2013'. The file "
  "link and three image captions with their credits cut; double and triple spaces made one. A city's Olympic bid "
  "with its chief executive, a committee's president and evaluation commission, a football club, a hotel, feared "
  "public-transport strikes (an outage near-miss), news agencies."),
 ("autogum_news_doc062", "Brazilian surfer wins world championship in Pichilemu, Chile",
  W + "Brazilian_surfer_wins_world_championship_in_Pichilemu%2C_Chile", "2011-05-30", "sport/retail", "non-US",
  "leadership,product", SURF,
  C.format("doc062.xml") + "AMALGUM dateCreated 2011-05-28; the date line 'Monday, May 30, 2011' kept as "
  "`published`. Four image and video captions with their credits, the section headings 'Background', 'The "
  "championship' and 'Photographs', the results table after 'the results were as follows:' (the paragraph itself "
  "kept) and the photograph section's captions cut; a double space made one; the article's own slips kept "
  "('Merelló' beside 'Merello', 'least two thousand', 'more ordained', 'broadcasted'). A surf-wear company's "
  "championship with its Chilean unit's marketing manager, a production company, a tour's contest director, a "
  "newspaper and a magazine's director."),
 ("autogum_news_doc235", "Waves of arrests in Turkey on suspicion of involvement in 'Ergenekon' organization",
  W + "Waves_of_arrests_in_Turkey_on_suspicion_of_involvement_in_%27Ergenekon%27_organization", "2009-01-11",
  "government/finance", "non-US", "leadership", ERGENEKON,
  C.format("doc235.xml") + "AMALGUM dateCreated 2009-01-11, as the date line 'Sunday, January 11, 2009'. The image "
  "caption with its credit and three pull quotes with their attribution lines cut. Arrests in a coup-plot probe, "
  "a stock exchange's fall, a business association, an analyst of a consultancy, ministers and party leaders, "
  "newspapers and news agencies."),
 ("autogum_news_doc397", "Leaked emails show UK RAF were aware of Nimrod problems prior to fatal crash",
  W + "Leaked_emails_show_UK_RAF_were_aware_of_Nimrod_problems_prior_to_fatal_crash", "2007-10-26",
  "aviation/defence", "non-US", "outage,product", NIMROD,
  C.format("doc397.xml") + "AMALGUM dateCreated 2007-10-26, as the date line 'Friday, October 26, 2007'. Nothing "
  "cut but the headline and the date line; the article's own slips kept ('prevent it's recurrence', 'six months "
  "proceeding', 'adverse affect', 'solider', the curly and straight quotation marks as the XML has them). An air "
  "force's surveillance aircraft lost to a fuel leak (an outage near-miss: a physical accident), the aircraft type, "
  "a defence contractor's safety audit, a broadcaster."),
]


def main():
    return [amalgum.record(*x) for x in ITEMS] + [amalgum.record(*x) for x in ITEMS2]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
