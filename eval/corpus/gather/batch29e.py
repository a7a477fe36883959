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


def main():
    return [amalgum.record(*x) for x in ITEMS]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
