#!/usr/bin/env python3
"""Batch 28e (session 29, the fresh out-of-sample check; helper gather29e): Wikinews (CC BY 2.5) news articles that no
earlier batch used, taken from the AMALGUM corpus's older output folder `out/news/` (github.com/gucorpling/amalgum,
`autogum_news_docNNN.xml`, plain XML with title, dateCreated, sourceURL on the <text> element and <p> paragraphs), read
with read_file and sampled widely over the folder (documents no batch 24c-26d names) — outages (Egypt's Internet and
mobile services cut, with an Internet-monitoring company, a social network's spokesman and a mobile operator's
statement, 2011; two disruptions of a Singapore metro operator's lines on one day, SMRT, 2016; a power outage at a
stadium during a championship game, no operator named, New Orleans, 2013), company relations and leadership (an
airline's crash with its owner, its aircraft maker and its orders from two makers, Aseman Airlines, 2018; a police
helicopter's crash with its maker, the ministry department that runs it and another operator's crash, Bell 429,
Slovakia, 2017; a Wikimedia volunteer's posts at two organisations and a foundation's committee, 2014; a plane crash
that killed a former premier, with the plane's operator and a part-owner, Norjet, 2016; retailers' sales after a
singer's death, with online stores, their owners, ticket sellers, an analyst and a dealer's chief operating officer,
2009; a regulator's complaint figures naming student-loan lenders, 2013) — and outage near-misses (the three crashes).
Part 2 (`ITEMS2`, read after part 1 was committed): a former agency head and charity chief executive's complaint about
a broadcaster's debate criteria, with former executives and governors (Mark Everson, Fox News, 2015); film studios'
and a streaming company's Oscar nominations (Lionsgate, Disney, Pixar, Amazon.com, 2017).
Each text is the article body written out by hand from the XML: the headline and the date line (kept as `published`)
left out; image captions with their credits, pull quotes with their attribution lines, section headings, 'HAVE YOUR
SAY' boxes, score boxes and template lines cut; paragraphs as the XML's <p> elements; runs of spaces made one; '&amp;'
written '&'; words the XML joins across a link ('8:52local time', '13,000feet') left joined; no word added or changed
(the articles' own slips kept). Per-item cuts are in each item's note.
usage: batch28e.py [POOL_DIR] [--dry]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import amalgum
from write_pool import write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather29e/pool28e"

EGYPT = """Anti-government protestors in Egypt rallying against the rule of president Hosni Mubarak took to the streets for a fourth straight day, demanding the long-time leader step down and complaining of poverty, corruption, and oppression. The demonstrations were supposedly inspired by a popular uprising that saw Tunisian president Zine al-Abidine Ben Ali ousted from office. A national curfew is in effect, but is being ignored by many.

Tens of thousands of people spilled out into streets after Friday prayers today, chanting slogans like "Down, down with Mubarak" and "The people want the regime to fall". At least eighteen people died in the violence between riot police and protestors, with hundreds more wounded. Up to a thousand people have been arrested.

Police responded to protestors by deploying rubber bullets, tear gas, and water cannons. In addition, Mubarak ordered the army out onto the streets to help quell the conflict. He was earlier supposed to make a statement, but hasn't yet done so.

In Cairo, demonstrators targeted the heavily-guarded state broadcasting building, as well as the building of the ruling National Democratic Party, which was set on fire, according to a BBC reporter. In Sinai, armed men took several policemen hostage after seizing a road leading into a nearby town.

Former International Atomic Energy Agency head Mohamed ElBaradei, a prominent opposition figure, was taken into custody by authorities and now under house arrest, The Telegraph reports.

Meanwhile, according to media reports and statistics, Egypt has shut down practically all Internet traffic both out of and into the nation, as well as disrupting cellphone usage. A graph by Arbor Networks available on the New York Times website shows an almost vertical drop in overall Egypt internet traffic, starting shortly before four o'clock in the afternoon with over 2.5 million megabits per second down to almost zero in the space of an hour.

"Almost nobody in Egypt has Internet connectivity, and there are no workarounds. I’ve never seen it happen at this scale," said the chief technology officer for Renesys, a company that tracks Internet traffic. "In a fundamental sense, it’s as if you rewrote the map and they are no longer a country. I never thought it would happen to a country the size and scale of Egypt."

Andrew Noyes, spokesman for Facebook, noted that the social website had seen almost all of its Egypt traffic disappear and there is only a "minimal" amount left. In a statement, Noyes said: "Although the turmoil in Egypt is a matter for the Egyptian people and their government to resolve, limiting Internet access for millions of people is a matter of concern for the global community."

Vodafone announced on its website that "all mobile operators in Egypt have been instructed to suspend services in selected areas. Under Egyptian legislation the authorities have the right to issue such an order and we are obliged to comply with it.\""""

ASEMAN = """Yesterday, the Iranian military announced the wreckage of an Aseman Airlines airplane, which went missing on Sunday morning shortly before it was due to land in Yasuj, had been located at an elevation of about 13,000feet (4,000m) in the Zagros Mountains. All 65 people on board were presumed dead. Crews were searching for the aircraft's two black boxes to try to determine why it crashed.

Ramezan Sharif, a spokesman for Iran's Revolutionary Guards, said wreckage of the ATR 72-500 twin-engine turboprop had been sighted by a military drone and helicopters had then been sent to the location. Helicopter pilot Captain Soheili said on state television the wreckage was only some 100feet (30m) from a peak on Mount Dena, and "large parts of the plane, which were labeled with the Aseman company logo" were visible. The Revolutionary Guards released photos in which they said bodies of victims could be seen. Regional medical center director Ghafoor Rastinrooz told the official IRNA news agency that helicopters were unable to land at the site because of "deep and dangerous crevices in the area of the crash". General Kiumars Heidari, chief of ground forces in the Iranian Army, told the Fars News Agency the dead would have to be brought down the mountain by commandos using specialized ground vehicles.

The plane took off at about 0430UTC on Sunday from the Iranian capital, Tehran, on Aseman Airlines route EP3704 to Yasuj, in the southwest of the country. It vanished from controllers' radar screens at about 8:52local time, 0522UTC, and there were reports from people in the area of Samirom, about 14miles (22km) from its destination in Isfahan Province, of seeing it attempting an emergency landing in a pasture and of hearing the crash. Hundreds of searchers organized by the Red Crescent and using drones and dogs combed the mountainous terrain but were hampered by windy, foggy conditions and heavy snow. The search had to be suspended on Sunday. It resumed at dawn on Monday but weather then forced grounding the helicopters. At one point on Monday local officials announced searchers had found the wreckage, only to have the national civil aviation agency and the Red Crescent indicate the statement had been premature. A demonstration was reported by more than 100people outside a Dena Kooh government office, demanding resignations.

The plane reportedly had a crew of six — a pilot and a co-pilot, two flight attendants, and two security guards — and 59 passengers, one of them a child. A man who recounted missing the flight told the Tabnak news site "God has been really kind to me", expressing his sadness over those who had died.

The aircraft was 24 years old. Aseman Airlines, Iran's third largest air carrier and owned by the national civil service pension foundation, said it had been in storage for seven years before recently being placed in operation again. Iran's aircraft are aging and the country has been prevented from buying spare parts by international sanctions imposed in response to its nuclear program. Those sanctions were to be lifted under an agreement from 2015, and Iranian airlines, including Aseman, have ordered new planes from both Airbus and Boeing. However, since becoming US President, Donald Trump has declined to recertify the agreement.

There have been a number of serious Iranian air accidents in modern times. In 2011, at least 77 people died when an Iran Air Boeing 727 crashed during an emergency landing.

The pilot in the current crash, Captain Hojjatallah Foulad, successfully landed an ATR 72 at the airport in Yasuj in 2013 after one of the engines failed."""

SMRT = """Train services on two of Singapore's Mass Rapid Transit system lines, both operated by SMRT Corporation, were disrupted at separate times yesterday in two incidents.

During the morning rush hour, six stations of the Circle MRT Line (CCL) were without train service in both directions during the morning rush hour following what SMRT described as "intermittent signal interference". The company first announced the signalling fault on Twitter at 7:37 am, advising commuters to anticipate 10 additional minutes of travel time in the commute between Pasir Panjang and one-north stations. The fault was announced rectified two minutes later by another tweet from SMRT, though delays were still expected in the direction of Dhoby Ghaut station due to congestion at stations and on trains.

SMRT issued another tweet at 8:09 am, alerting commuters to another signalling fault affecting the CCL, on the stretch between Botanic Gardens and HarbourFront stations.

Initially informing commuters that the issue would add 10 minutes of travel time along the affected stretch, the company later revised this to 20, and finally, 30 minutes in subsequent tweets, attributing the delays to "intermittent signalling faults".

The company later announced via Twitter service unavailable between Botanic Gardens and Marymount stations at 9:06 am, whilst offering free bus services along the length of the CCL. SMRT later amended the announcement in another tweet to encompass the stretch between Botanic Gardens and Serangoon stations. Train service was restored along the affected stretch by about 10:27 am.

SMRT had previously experienced disruptions in service on the CCL for five consecutive days in September, also attributable to signalling issues, leading to authorities briefly switching off mobile signals at four CCL stations for two hours on September 2 during investigations. Most of the disruptions took place during peak hours, leading to suspicion the telecommunications network could be interfering with the train signalling system. After tests proved inconclusive following the lack of a disruption that day, the decision was made to turn off telecommunications signals in the event of another disruption.

“It's very frustrating", commented a commuter, 41-year-old Joseph Lim. "The trains are sometimes moving and sometimes getting stuck. I don't know whether to stay on board. The communication has been insufficient".

Another commuter, 29-year-old Alice Pan, stated, "I am now stuck at the station with no way to get to work. I can't get on any SBS buses because they are full and there's no free shuttle bus in sight. I can't get any cabs either". Pan was stranded in a train for an hour at Lorong Chuan station.

36-year-old Sean Chew, said of his experience during the incident, "I was stuck at Buona Vista for more than one hour. I didn't want to take the bus because it was very crowded. So no choice, had to wait [...] Luckily I just finished work."

However, following the morning incidents, a stalled train on the East West MRT Line led to a half-hour disruption during the evening peak hour on the same day. SMRT informed commuters of the disruption, between Queenstown and Outram Park stations in the direction of Pasir Ris station, on Twitter at 5:48 pm, attributing it to a "train fault" at Tiong Bahru station. In the same tweet, SMRT estimated that the issue would be resolved around 6:10 pm. Due to the disruption, the company offered free bus services along the affected stretch in a subsequent tweet.

At 6:20 pm, SMRT announced on Twitter that it had cleared the disruption by removing the stalled train, and that trains were "progressively return[ing] to normal speed". The company continued to offer free bus services until 7 pm, when it announced the termination of the service on Twitter.

In the wake of yesterday's incidents, commuters criticized SMRT's handling of the matter on social media, citing SMRT's failure to provide sufficient information or sufficient buses for commuters, and uploading photos of the congestion."""

SLOVAKIA = """Last week's police helicopter accident in eastern Slovakia was caused by technical failure and not human error, said the Ministry of Interior of the Slovak Republic on Friday. The statement is based on preliminary flight recorder data analysis. Ministry spokesperson Petar Lazarov confirmed the flight recorder and remains of the helicopter will be sent to the United States for further analysis. Helicopter crash occurred during a training exercise on May 10 shortly before 2:30 PM CEST at Prešov Air Base near Prešov, resulting in deaths of two crewmembers and serious injuries of both pilots.

According to initial reports by the Slovak Police Force, the helicopter spiraled down from a height of about 100 metres and 200 metres away from the point of take-off. Slovak tabloid newspaper Plus Jeden Deň wrote that, according to a source from the forensic team that analysed flight recorders data, both rotors failed at the same time.

The accident caused fatal injuries to two Fire and Rescue Corps firefighters, First Lieutenant ((sk))Slovak language: nadporučík Peter Toďor, born 1974, and Lieutenant Colonel ((sk))Slovak language: podplukovník Radoslav Lacko, born 1968. According to reports, one died on the site, and one in the Louis Pasteur University Hospital in Košice. "The patient suffered serious head and chest injuries. Our doctors resuscitated him for about 50 minutes. Ultimately, he died of his injuries," said hospital spokesperson Ivana Stašková. Both firefighters were buried on May 16. The helicopter pilots were hospitalized with serious injuries in the Ján Adam Reiman Teaching Hospital with Polyclinic in Prešov. While one of them was stabilized and conscious already on May 10, suffering from right femoral fracture, right rib and facial bone fracture, the second one is still in serious condition at the Department of Anesthesiology and Intensive Medicine, said hospital spokesperson Renáta Cenková.

The Bell 429 GlobalRanger helicopter, registration OM-BYM, was made in 2014 and commissioned by the Aviation Department of the Ministry of Interior on August 17, 2015. The Aviation Department later commissioned another Bell 429 helicopter, registration OM-BYD. According to Bell Helicopter, the primary purpose of both these helicopters was to be "border protection, search and rescue, natural disaster relief missions and road traffic law enforcement".

Bell Helicopter reacted on the incident, expressing condolences and willingness to assist with the investigation. Members of the National Council started their late-afternoon session on May 10 with a minute of silence for the victims of the crash. Other government officials expressed their condolences as well, including the President Andrej Kiska, the Prime Minister Robert Fico, and the Mayor of Prešov Andrea Turčanová.

This accident was not the first Bell 429 helicopter crash in Slovakia. On September 7 of last year, an Air-Transport Europe rescue helicopter crashed near Banská Bystrica, killing all three crewmen and a patient aboard. Investigation is still in progress and no preliminary results are known."""

WIKIMEDIAN = """Cynthia Ashley-Nelson died the night before last while attending the Wikimedia Conference in Berlin, Germany. She was very active in the Wikimedia movement, and was named the vice-chair of Wikimedia's Affiliations Committee on Thursday, the day prior to her death, after only having joined the Committee earlier this year. The day before she died, she spent a lot of time talking to a number of the event's attendees and spent time with several members of the Affiliations Committee.

An announcement regarding her death was made on the main Wikimedia mailing list this morning by Bence Dakamos, a conference attendee and the previous chair of the Affiliations Committee. In part, the e-mail announcement said, "We are sad beyond words and so is everyone who came to Berlin to participate in the Wikimedia Conference. Her passing is a great loss for everyone in the Wikimedia movement. This morning all the conference attendees gathered together to grieve and talk about the loss of Cindy. We decided that all of us at the Wikimedia Conference could choose to continue the conversations about the future of the movement Cindy cared so much about, as well as spending our time here to remember and celebrate her. She will be greatly missed."

Fellow Affiliations Committee member Gregory Varnum said, "The Lord giveth, and The Lord taketh away. While the passage of time may allow us to forgive whatever greater presence you may believe in for taking her away, the passage of time will not result in us forgetting the amazing person she was, her passion for our movement, or the brilliance she brought to her volunteer work."

Wikimedia Foundation board member María Sefidari said in her part on her personal blog, "I got to know Cindy a bit beyond that, for she wanted to test ideas and potential directions in which to take the movement. We would send each other long emails about movement roles and how to move forward with the movement. And as it usually happens, conversations turned from the more formal to the informal, eventually including little snippets of our every day lives, the good things that happened to us and the not so good. When we met for the first time face to face two days ago, we gave each other a big hug. In the session we had during the AffCom meeting she once again showed her passion and commitment to help reimagine the role of AffCom and how to help emerging and new affiliates. And at the end of that session, she was confirmed as the new vice-chair of AffCom. That speaks to the impact she made inside the committee in such a short time. I think our last interaction was about getting together at some moment during the conference to just hang out and talk. She had a great smile."

Ashley-Nelson was actively involved in many parts of the Wikimedia community beyond her position on the Affiliations Committee. She served as a moderator on the Wikimedia Foundation's gendergap mailing list, a list dedicated to addressing the under representation of women as contributors. She became an Open-source Ticket Request System agent, handling requests from Wikimedia users who had problems they needed assistance with issues like copyright. She was an administrator on English Wikipedia. She had previously been a member of Wikimedia's Grant Advisory Committee, where she assisted in reviewing grant applications submitted by members of the Wikimedia community. She was involved with Wikimedia's Global Education Program, assisting students and professors with improving articles about global and United States public policy. She was also involved in the education program as an Online Ambassador, a member of the Ambassador Selection Team and Wikipedia Ambassador Steering Committee.

An active Wikipedia contributor since 2007, she made over 30,000 contributions to English Wikipedia. She wrote eight Did You Knows that appeared on the front page of the project, and contributed to two Good Articles, the Washington: A Life article and the Anthony Ashley-Cooper, 10th Earl of Shaftesbury article. The day prior to her death, she welcomed a number of new users to the project and did other editing tasks like removing copyright violations and cleaning up promotional language found in articles.

A Washington state resident, she was the founder and Executive Director of Catalyst Resource Network, having started the organization in December 2006. During the course of her professional career, she also worked for the Sycamore Street Review as a staff writer, Hookers for Jesus as the organization's Vice President, the Mental Health Planning and Advisory Council for the State of Washington, and several other roles for the State of Washington. She was honored several times in connection with her work.

Members of the Affiliations Committee got together for a breakfast before heading to the conference. A grief counselor was available at the conference. A brief tribute was held at the start of today's proceedings, which Sefidari described as "touching"."""

PRENTICE = """The former premier of the Canadian province of Alberta, Jim Prentice, was killed on Thursday night along with three other people after the plane they were traveling in crashed shortly after takeoff near Kelowna, British Columbia, en route to Calgary, Alberta.

The plane, a Cessna Citation, departed Kelowna at 9:32 p.m. before quickly disappearing from radar sight, according to a Transportation Safety Board official, Bill Yearwood. The National Post reported RCMP detachments in Kelowna and Lake Country were alerted to the loss of contact at 10:07 p.m. by Surrey Air Traffic Control Centre.

According to tracking site FlightAware, the plane's last recorded data point showed it descending from an altitude of 4,800 feet at 2,200 feet per minute. The plane crashed 18 km (11 miles) north of Kelowna in a wooded are, where its wreckage was subsequently found by search crews. Local residents noted it was raining at the time, though without heavy storms.

On the accident, Bill Yearwood stated to CTV News, "It was during climb out from Kelowna that something went wrong obviously to cause the aircraft to descend and collide with terrain."

Officials and family identified the other passengers on the plane as optometrist Ken Gellatly, father-in-law to one of Prentice's daughters, and businessman Sheldon Dunphy Reid, who owned stock in the plane's operator Norjet. Both men were from Calgary. The plane's pilot was Jim Kruk, a friend of Prentice.

The Prentice family stated, "Words cannot begin to express our profound shock and heartbreak at the news that our beloved husband, father and grandfather, Jim, has died in this tragic event". The statement also mentioned Gellatly, "also a very special man." They noted, "To lose two family members at once is unbelievably painful and we are certain you will appreciate and respect our wishes for privacy at this time and the coming weeks".

Prentice, 60, led Alberta as premier and leader of the Progressive Conservative Party from September 2014 to May 2015, until his government was toppled in a provincial election. Before ascending to the position, he served under the federal Conservative Party as a cabinet minister, first for Indian and Northern Affairs, then Industry, and finally the Environment. As news broke of his death, the country's political leaders issued tributes to Prentice.

In a press conference in Lethbridge, Alberta, Justin Trudeau, the country's Prime Minister, described Prentice as "a strong voice for the people of Alberta and for the people of Canada", adding Prentice's work used an "intelligent, honest and straightforward approach". "I greatly enjoyed my interactions with Jim, time I spent working beside him, across from him in the House. And while we didn't always share the same views, he was always incredibly kind and respectful to me, and I will miss him profoundly".

Stephen Harper, Trudeau's predecessor, under whose administration Prentice served, issued a statement on Twitter, "Laureen [Harper's wife] and I were shocked and saddened to learn of the death of our friend and colleague Jim Prentice [...] Jim was a family man, friend, leader, and most importantly, a proud Canadian. His legacy will live on through his loving family and decades of public service."

Elizabeth May, leader of the Green Party of Canada, highlighted Prentice's term of office as environment minister and his "genuine concern" for environmental protection: "My heart goes out to Jim's wife, Karen, three daughters and grandchildren as they mourn this tragic loss", saying the news of Prentice's death left her "heartbroken".

Tom Mulcair, leader of the federal NDP Party, noted that Prentice's service to his country and province was carried out with "honour and respect". "He possessed a love for politics and deep sense of public service that was universally admired. [...] Today we all mourn this tragic loss."

"He was deeply loved Alberta," said Prentice's successor Rachel Notley, who defeated Prentice in the previous election, following which Prentice resigned as leader of the Progressive Conservative party and as a member of Alberta's Legislative Assembly. "I benefited from his advice". "For Alberta, today is a day of sorrow in the face of terrible tragedy." Notley's father died in a plane crash.

Prentice's death came months after another former Canadian cabinet minister died in a plane crash, Jean Lapierre. Lapierre, of the federal Liberal Party, died after his plane crashed on March 29 in Îles-de-la-Madeleine, Quebec."""

JACKSON = """The death of Michael Jackson on Thursday has caused retail demand for his songs and for memorabilia to increase.

Yesterday, the top nine selling items at Apple's iTunes Store were albums by Jackson, with first and second being a "hits" album and the 1982 album Thriller.

Amazon.com similarly reported selling more Jackson merchandise in the 24 hours following his death than it had sold in the preceding 11 years, and that sales of Jackson CDs accounted for 60% of its total business on Thursday. Yesterday morning the top seller in the album chart for Amazon's U.K. division was Off the Wall, followed by Bad and Thriller in second and third places, respectively.

Many stores, including Graywhale CD Exchange in Salt Lake City, several record stores in Danville, Virginia, and many retailers in New Zealand, have all reported selling out of Jackson's CDs and DVDs. The flagship store of Tower Records Japan, in Shinjuku, sold out of several of Jackson's DVDs and ran low on several other items including CDs. The Danville Register Bee recommended to its readers that if they had record players they should investigate antique and charity shops, after one antique shop reported discovering three Jackson Five vinyl albums in its basement.

The effect of the increase in sales had an effect on stock prices. Midday yesterday, Apple shares rose around 2%, Amazon shares rose around 1.3%, and eBay shares rose by 0.64%. Stock market analysts predict that this will be a short-term effect, however. Scott Fullman, an investment strategist at WJB Capital Group in New York, stated "This is going to be one of these events that will have an immediate impact and then wane out in a week or two.".

In Las Vegas, 21 items of Jackson memorabilia, including handwritten lyrics for Jackson's song "Bad" and the shirt that Jackson wore on his Victory Tour in 1984, sold at auction yesterday at the Planet Hollywood Resort and Casino for a total of USD$205,000, with the shirt, at USD$52,500 the most expensive individual item.

eBay has reported an increase in individuals auctioning Jackson memorabilia. These range from records to a Fedora hat signed by Jackson.

Also for sale on eBay and elsewhere are tickets to the This Is It concerts, at the O2 arena, where Jackson had been scheduled to perform. Ticket sellers such as Ticketmaster, Seatwave, and AEG Live have announced that they will be refunding concert tickets. But under standard contract law such refunds only apply to the original purchasor of the ticket, who dealt with the ticket companies directly. Anyone buying a ticket on eBay only has recourse against the seller on eBay that they bought from, and even then only if it was explicitly stated in the terms and conditions of the particular eBay sale that a refund was available.

At the 2009 Glastonbury Festival, stalls have been selling commemorative T-shirts to Festival attendees, with various different slogans including "Michael Jackson R.I.P 1958–2009" and "I was at Glasto 09 when Jacko died". T-shirt vendors also appeared outside of the UCLA Medical Center where paramedics took Jackson, proferring for USD$10 T-shirts with the slogan "in loving memory of Michael Jackson" and a silhouette of Jackson, although they had few takers.

In Union Square in New York, one street artist was selling hand-made buttons that have pictures of Jackson's album covers on them. In Times Square, another T-shirt vendor was selling T-shirts printed with copies of the front page of USA Today that reported Jackson's death.

One observer, Allison Southwick (a Better Business Bureau spokeswoman), commented "I'm honestly expecting to see a Web site pop up by the end of the day selling Michael Jackson commemorative plates." Whilst such commemorative plates have yet to appear, collectors have been offering commemorative stamps of Jackson for sale on eBay and elsewhere. Several commemorative stamps of Jackson already exist. Saint Vincent and the Grenadines issued $5, $2, $1, and 60¢ Michael Jackson stamps in 1985, as part of its Leaders Of The World series. Tanzania issued a 350s stamp, part of a Famous Black Entertainers set, in 1990. Guinea issued a 500f stamp in 1991. St Vincent issued another $2 Jackson stamp in 1991, as part of Famous Entertainers series. And Grenada issued a 60¢ Jackson stamp, part of its Gold Record Winners series in 1992.

Gore Vidal once remarked of the death of rival Truman Capote that it was a "good career move". The death of an artist does serve to increase the popularity of their works. People have speculated whether this will be a temporary or a permanent thing for Jackson.

Jim Lentz, who is the Chief Operating Officer of American Royal Arts (a memorabilia dealership in Boca Raton), asked "Is he Elvis or Marilyn Monroe, or is he Mike Tyson?".

Elvis Presley died at 42, officially of heart failure. Stores sold out of his records and souveniers within hours of the news of his death. In the 20 years following his death, RCA Records sold approximately 400 million of his recordings.

In the days and weeks immediately following Presley's death, RCA had to sub-contract pressing to other companies, as it was unable by itself to keep up with demand. Sony Corporation announced yesterday that it had received "unprecedented" levels of orders for CDs of Jackson's music, and was considering boosting production. It had received 150,000 orders for CDs at its music unit in Tokyo. "The amount is unprecedented for one day and we think we need to consider increasing the production of CDs that we plan to sell from July." said a spokesman for the company. Amazon has been informing customers buying Jackson CDs that they might have to wait between 1 and 3 weeks for their orders to be shipped."""

SALLIE = """A review this week by Wikinews of US Consumer Financial Protection Bureau (CFPB) complaints about student loans in the United States shows Sallie Mae leads all lending institutions in complaints. Of the 4,851 complaints dating back to March 2012 when the CFPB first began collecting student loan data, 2,262 or 46.6% of all complaints were about the lender. US Federal Reserve data from 2010/2011 shows Sallie Mae is the nation's largest student loan lender, responsible for 25% of the market

The other major lenders in this space include Wells Fargo, JP Morgan Chase, PNC, and Discover. In complaints, AES/PHEAA came in second with 546, or 11.3% of all complaints. Wells Fargo, Citibank and JPMorgan Chase each had between 5% and 7.5% of all complaints, totaling 918 complaints between them. 78 other lending institutions round out the list of organizations with complaints filed against them for student loans.

Few of the complaints originate from people with problems with federal student loans. Less than 1%, 35 total, are for these types of loans, with Sallie Mae accounting for the bulk of complaints with 17 total. 14 other lending institutions have 3 or fewer complaints. For non-federal student loans, Sallie Mae is still the leader for complaints, with 2245 or 46.6% of all non-federal student loan complaints.

The Consumer Financial Protection Bureau sorts complaints into three issues: Problems when you are unable to pay, Repaying your loan, and Getting a loan. None of the federal loans had complaints about getting a loan. For non-federal loans, 65.5% of the 4,816 complaints related to loan repayment. Sallie Mae led in total complaints in this category with 1467. They were followed by AES/PHEAA with 356, Wells Fargo with 231, Citibank with 201, Discover with 158, JPMorgan Chase with 154, ACS Education Services with 143, and KeyBank NA with 116. CFPB says loan repayment issues include a basket of claim types including "fees, billing, deferment, forbearance, fraud, and credit reporting." Problems when you are unable pay accounts for 30.8% of the complaints. Sallie Mae had 698 complaints. They were followed by AES/PHEAA with 181, JPMorgan Chase with 106, Wells Fargo with 104, Citibank with 70, and KeyBank NA with 58. Many of the complaints are, according to the CFPB, because borrowers have difficulty getting deferrments on loan repayment as a result of being unable to find employment.

The total complaints against Sallie Mae for September of this year is 2 fewer than the same time last year. The company's performance this year compared to last year has been mixed. March and June numbers were down over 150 complaints from the same month a year before. April, May, July and August all saw increases of 17–43. Of the top six lenders by volume of complaints, only AES/PHEAA and Citibank saw drops every month between March and September from the total volume in the previous year. Wells Fargo had a gain of 1 in August and 6 in May from the previous year. JPMorgan Chase had a difference of 0 from the same month last year for April, 3 more this year for May, and 4 more for August. Discover saw an increase every month from the same period last year except for September. When the total complaints differences from year to year for March to September are counted, this year has 571 fewer complaints against the top six lenders.

Most, 1470, of the complaints against Sallie Mae were closed with explanations. 10.2% were closed with monetary relief. 7.7% were closed with non-monetary relief. 2.1% were closed with relief and 12.1% were closed without relief. AES/PHEAA's complaint closure picture was much different. 40.1% of AES/PHEAA's 546 complaints were closed with non-monetary relief, 35.3% were closed with explanations and 21.2% were closed without relief. Of the eight lending institutions with 100 or more complaints filed against them, Discover was the institution most likely to result in a closure with monetary relief with 12.9% of all their closures ending this way. Citibank was the institution with the highest percentage of closures ending with no relief at 26.0%.

Complaints over student loan lenders were geographically distributed, coming from 3,447 different zip codes. The largest cluster of complaints is for 20001, a Washington D.C. zip code with 10 complaints originating from there. 07950, the zip code for Morris Plains, New Jersey, and 37013, the zip code for Antioch, Tennessee, each had 8 complaints originating from them. Zip codes for Patchogue, New York; Philadelphia, Pennsylvania; Washington D.C.; and Arlington, Virginia each had 7 complaints originating from them. By volume of complaints by state, New York led with 497, with California second with 467, Pennsylvania third with 303, Florida fourth with 288 and Ohio fifth with 219 complaints. US Territories largely occupied the bottom spots. The Northern Marianas Islands, with a population of around 50,000, had 1 complaint. The U.S. Armed Forces – Pacific had 3. North Dakota and U.S. Armed Forces – Europe had 5 complaints each. South Dakota had 7. Wyoming had 8. Puerto Rico and Alaska had 9 each. Rounding out the bottom five states by volume of complaints, Mississippi had 11.

With the possibility of a United States government federal shutdown looming on October 1, student loans may be impacted because of potential for an automatic increase in interest rates."""

SUPERBOWL = """In the National Football League, the Baltimore Ravens defeated the San Francisco 49ers, 34–31 to win Super Bowl XLVII on Sunday, despite a power outage at the New Orleans Superdome.

Referee Jerome Boger flipped the coin and the Ravens of the AFC won the coin toss and elected to defer till the second half. The 49ers of the NFC started on the 20 yard line and quickly went three and out. The Ravens first play on offense was a pass from quarterback Joe Flacco to Vonta Leach for an 8 yard gain. After working their way down the field the Ravens scored on a Flacco pass to Anquan Boldin. Justin Tucker put in the extra point for the Ravens to take the lead 7–0.

The 49ers came back on the next drive and drove down the field for a David Akers 36 yard field goal. Nearing the end of the first quarter the Ravens were pushing towards a touchdown until they were stopped on a 3rd and 13. The next possession for the 49ers ended with a fumble by LaMichael James that was recovered by Arthur Jones for no gain. After going down down the field, the Ravens scored on a Flacco pass to Dennis Pitta. The next possession for the 49ers ended as soon as it started after a Colin Kaepernick interception by Ed Reed. After the play penalties for unnecessary roughness were granted to each team due to an incident on the field.

The Ravens worked their way down the field until they hit the 14 yard line, where they set up for a field goal. Tucker took a direct snap and ran towards the first down marker ending up short of the first down ending their drive. The ensuing 49ers drive ended in a 3 and out. The Ravens responded with a 3 play touchdown drive ending with a 56 yard pass to Jacoby Jones from Flacco. This put the Ravens up 21–3 with 1:45 left in the first half. A successful 27 yard field goal by Akers followed shortly after as the score became 21–6 heading into halftime.

After the half-time show featuring Beyoncé, the Ravens got the ball to start the second half. Akers kicked it off to Jacoby Jones, Jones stepping out from the end of the end zone returning it for 108 yards, an tie for the longest return in Super Bowl history. This pushed the score up to 28–6.

After a punt by the 49ers and the Ravens, the 49ers drove down the field to score with a 31 yard throw to Michael Crabtree for a touchdown. An Akers extra point brought the score to 28–13. The next drive for the Ravens ended in a 3 and out. The 49ers came back 2 plays later with a 6 yard run by Frank Gore. The following Akers extra point made the score 28–20. The next possession for the Raven ended 2 plays in after a Ray Rice fumble that was recovered by Tarell Brown. The next drive almost ended in a missed 39 yard field goal by Akers but was saved due to a running into the kicker penalty by Chykie Brown. After the 5 yards were accessed, Akers lined up and made the 34 yard field goal bringing the score to 28–23.

The Ravens responded on their next drive with a 19 yard field goal by Tucker to increase their lead to 31–23. The 49ers responded with a 5 play touchdown drive ending with a Kaepernick 15 yard scramble to close the gap to 31–29 with the extra point to follow. The 49ers attempted a two point conversion but the pass was overthrown resulting in a missed attempt, leaving the score at 31–29 with 9:57 remaining in the 4th quarter. The Ravens took over the ball for a 5 minute 38 second drive that ended in a Tucker 38 yard field goal, making the score 34–29. Trying to finish their rally, the 49ers drove down to the 7 yard line. After a 2 yard rush by James, and 3 incomplete passes by Kaepernick, the Raven took over on downs on the 5 yard line with 1:46 left in the game.

After a run by Ray Rice, the 49ers called their last timeout to stop the clock with 1:42 left. A run by Bernard Pierce, and then Leach left the Ravens with a 4th and 7. The Ravens called a timeout to determine their next play. Lining up in punting formation, Koch caught the ball and ran around the end zone to waste time before getting pushed out for a safety by Chris Culliver to make the score 34–31 with 4 seconds left in the game. To end the game Koch punted the ball to Ted Ginn who returned the ball to end the game."""

W = "https://en.wikinews.org/wiki/"
C = "Read from out/news/autogum_news_{} (commit 49e8fad). "
# (path in the AMALGUM repository, title, Wikinews url, published, sector, region, topics, text, note)
ITEMS = [
 ("autogum_news_doc079", "Egypt anti-government protests continue, Internet shut down",
  W + "Egypt_anti-government_protests_continue%2C_Internet_shut_down", "2011-01-28", "telecommunications/internet",
  "non-US", "outage,leadership", EGYPT,
  C.format("doc079.xml") + "AMALGUM dateCreated 2011-01-28, as the date line 'Friday, January 28, 2011'. The image "
  "caption with its credit, the section heading 'Internet shutdown' and the 'HAVE YOUR SAY' box cut; a trailing "
  "space dropped. A country's Internet and mobile services cut by order of the authorities (an outage with no "
  "operator named; a doubtful point, as a government order), an Internet-monitoring company's chief technology "
  "officer (unnamed), a social network's spokesman, a mobile operator's statement."),
 ("autogum_news_doc158", "Iran: Wreckage found of plane crashed in mountains; all believed dead",
  W + "Iran%3A_Wreckage_found_of_plane_crashed_in_mountains%3B_all_believed_dead", "2018-02-21", "aviation",
  "non-US", "deal,leadership,outage", ASEMAN,
  C.format("doc158.xml") + "AMALGUM dateCreated 2018-02-19; the date line 'Wednesday, February 21, 2018' kept as "
  "`published`. The image caption with its credit and reuse link cut; words the XML joins across links kept "
  "joined ('13,000feet', '8:52local time', '100people'); a double space made one. An airline's crash (an outage "
  "near-miss: a physical accident), its owner, its aircraft type and its orders from two makers, spokesmen and "
  "officials."),
 ("autogum_news_doc331", "Signalling issues and stalled train disrupt service on Singapore's Mass Rapid Transit lines",
  W + "Signalling_issues_and_stalled_train_disrupt_service_on_Singapore%27s_Mass_Rapid_Transit_lines", "2016-11-03",
  "transport/rail", "non-US", "outage", SMRT,
  C.format("doc331.xml") + "AMALGUM dateCreated 2016-11-02; the date line 'Thursday, November 3, 2016' kept as "
  "`published`. The image caption with its credit cut; a double space made one; the article's own slips kept "
  "('during the morning rush hour' twice in one sentence, '“It's very frustrating\"'). Two disruptions of a metro "
  "operator's lines on one day (signalling faults on one line, a stalled train on another), with earlier "
  "disruptions counted."),
 ("autogum_news_doc495",
  "Fatal police helicopter crash in Slovakia due to technical failure: preliminary Interior Ministry finding",
  W + "Fatal_police_helicopter_crash_in_Slovakia_due_to_technical_failure%3A_preliminary_Interior_Ministry_finding",
  "2017-05-21", "aviation/government", "non-US", "outage,product", SLOVAKIA,
  C.format("doc495.xml") + "AMALGUM dateCreated 2017-05-20; the date line 'Sunday, May 21, 2017' kept as "
  "`published`. The image caption with its credit cut; double spaces made one; the Wikinews language markers "
  "('((sk))Slovak language:') kept as the XML has them. A police helicopter's crash (an outage near-miss: a "
  "technical failure in an accident), its maker, the ministry department that commissioned it, another operator's "
  "crash of the same type."),
 ("autogum_news_doc556", "Wikimedian Cindy Ashley-Nelson dies at conference in Berlin",
  W + "Wikimedian_Cindy_Ashley-Nelson_dies_at_conference_in_Berlin", "2014-04-12", "internet/non-profit", "mixed",
  "leadership", WIKIMEDIAN,
  C.format("doc556.xml") + "AMALGUM dateCreated 2014-04-12, as the date line 'Saturday, April 12, 2014'. The "
  "template line 'This article mentions the Wikimedia Foundation, one of its projects, or people related to it. "
  "Wikinews is a project of the Wikimedia Foundation.' (before the date line) and the image caption cut. A "
  "volunteer's posts at a foundation's committees and at two organisations, the committee's former chair, a board "
  "member."),
 ("autogum_news_doc665", "Former Alberta premier Jim Prentice killed in plane crash",
  W + "Former_Alberta_premier_Jim_Prentice_killed_in_plane_crash", "2016-10-15", "aviation/government", "non-US",
  "leadership,outage", PRENTICE,
  C.format("doc665.xml") + "AMALGUM dateCreated 2016-10-15, as the date line 'Saturday, October 15, 2016'. The "
  "image caption with its credit cut; double spaces made one; the article's own slips kept ('in a wooded are', "
  "'He was deeply loved Alberta'). A plane crash (an outage near-miss: a physical accident) that killed a former "
  "premier, the plane's operator and a part-owner, a safety board's official, party leaders."),
 ("autogum_news_doc705", "Sales of Jackson songs and memorabilia rise after his death",
  W + "Sales_of_Jackson_songs_and_memorabilia_rise_after_his_death", "2009-06-27", "retail/media", "mixed",
  "product,leadership", JACKSON,
  C.format("doc705.xml") + "AMALGUM dateCreated 2009-06-27, as the date line 'Saturday, June 27, 2009'. Two image "
  "captions with their credits and the section headings 'Song sales', 'Memorabilia sales' and 'Comparison to "
  "history' cut; double spaces made one; the article's own slips kept ('purchasor', 'proferring', 'souveniers', "
  "'two.\".', 'Tyson?\".'). Retailers' and online stores' sales after a singer's death, a store and its owner, "
  "a division, ticket sellers, an analyst, a dealer's chief operating officer, a record company's music unit."),
 ("autogum_news_doc718", "Sallie Mae leads Consumer Financial Protection Bureau complaints about student loans",
  W + "Sallie_Mae_leads_Consumer_Financial_Protection_Bureau_complaints_about_student_loans", "2013-10-01",
  "finance/banking", "US", "regulation", SALLIE,
  C.format("doc718.xml") + "AMALGUM dateCreated 2013-09-29; the date line 'Tuesday, October 1, 2013' kept as "
  "`published`. Four image captions with their credits cut; double spaces made one; the article's own slips kept "
  "(the first paragraph ends without a full stop; 'unable pay', 'deferrments'). A regulator's complaint figures "
  "naming student-loan lenders and a servicer."),
 ("autogum_news_doc734", "Super Bowl XLVII: Ravens defeat 49ers, 34-31",
  W + "Super_Bowl_XLVII%3A_Ravens_defeat_49ers%2C_34-31", "2013-02-05", "sport/utilities", "US", "outage",
  SUPERBOWL,
  C.format("doc734.xml") + "AMALGUM dateCreated 2013-02-04; the date line 'Tuesday, February 5, 2013' kept as "
  "`published`. The score box before the first paragraph (the two team names and the score 34, 31) and two image "
  "captions with their credits cut; the article's own slips kept ('down down', 'an tie', 'the Raven', 'accessed'). "
  "A power outage at a stadium during a championship game (no operator named)."),
]

# Part 2 (read after part 1 was committed and first-looked; its own split cycle in batch28e_annotate.py).
EVERSON = """U.S. Republican Party presidential candidate Mark Everson, former commissioner of the Internal Revenue Service (IRS), filed a complaint on Monday with the Federal Election Commission (FEC) to challenge his exclusion from Thursday's first Fox News Republican Party presidential debate. Everson argues his exclusion violates Title 11 of the U.S. Code of Federal Regulations in that debate hosts must not "structure the debates to promote or advance one candidate over another", and must "use pre-established objective criteria to determine which candidates may participate in a debate."

Everson served as Commissioner of the IRS from 2003 to 2007, during the George W. Bush administration. After his departure, he briefly served as CEO of the American Red Cross, worked in the cabinet of Indiana governor Mitch Daniels, and worked for the tax consulting firm alliantgroup. He announced his candidacy this past March with a sixteen-page open letter in which he outlined the six pillars of his campaign: amnesty for illegal immigrants, reinstatement of the military draft, a promise to serve only a single presidential term, and calls for tax reform, deficit reduction, and corporate responsibility.

Fox News claims Everson fails to meet the criteria it established for Thursday's two debates. Only seventeen candidates meet the criteria, which require a candidate "consistently" be included in "recognized" opinion polls. The prime-time event features the top ten candidates by average polling percentage. The other seven participate in a separate debate just before the prime time event.

In his complaint, Everson urges the FEC to compel Fox News to include him in the second tier debate as the eighth participant.

Everson argues Fox News, in violation of Title 11, "structure[d] the debates to promote or advance one candidate over another" through a July 27 change to its criteria that replaced a pre-existing one percent polling threshold with a threshold admitting those "consistently" included in "recognized" polls. He alleges this was done to ensure the inclusion of the low-polling candidates former Hewlett-Packard CEO Carly Fiorina, former New York governor George Pataki, Senator Lindsey Graham, and former Virginia governor Jim Gilmore, because Fox News recognizes these candidates as "major players."

Furthermore, Everson argues the Fox News criteria are not "objective," as Title 11 requires, because they fail to define the terms "consistently" and "recognized" when referring to polls. He asserts he was included in the Republican Party's online straw poll in May and is the only candidate still listed on that poll who has been excluded from Thursday's debate.

Election law expert Richard Winger, publisher of Ballot Access News, says Everson is "completely correct" in his challenge. However, he believes Everson only has a chance of success if he actually files a lawsuit rather than simply complaining to the FEC."""

OSCARS = """Yesterday, La La Land, directed by Damien Chazelle, received a record-equalling fourteen Academy Awards nomination, tied with 1950s movie All About Eve and 1990's Titanic. Mel Gibson's HackSaw Ridge based on true story bagged six nominations.

The movie, featuring Ryan Gosling and Emma Stone, received nominations in all major categories. Gosling and Stone received nominations for Best Actor and Actress respectively. The other nominations include Best Picture, Director, Cinematography, Costume Design, Film-editing, Original Score, Production Design, Sound Editing, Sound Mixing and Original Screenplay. Two songs from the movie, Audition (The Fools Who Dream) and City of Stars, received nominations for best original song. Lionsgate studio received 26 nominations — more than any other studio.

Andrew Garfield, who previously starred in The Amazing Spider-Man along with Emma Stone, competes with Gosling for his role in Hacksaw Ridge. Based on the true story of US combat medic Desmond Doss, the movie has received six nominations including Best Picture, Actor in Leading Role, Best Director, Film Editing, Sound Editing and Sound Mixing — La La Land also receiving nominations in these categories. Lion and Manchester by the Sea also received six nominations.

Author J.K. Rowling's screenwriting début Fantastic Beasts and Where to Find Them starring Eddie Redmayne received two nominations for costume design and production design. Redmayne won the award for best actor two years ago for playing Stephen Hawking in The Theory of Everything and was nominated last year for The Danish Girl.

This year, six black actors received nominations setting a new record. The hashtag #OscarsSoWhite was mentioned lot of times on Twitter as no non-white received nominations for the past two years. April Reign, creator of the hashtag, said "Everyone is saying the Oscars are more diverse this year. No they're not. They're blacker, but where are the Latinx movies, the LGBTQIA movies? The Asian American/Pacific Islander community has had a worse year. We can't forget just because we have black nominees this year." Bradford Young, cinematographer of Arrival, is the first African-American to be nominated and Joi McMillon – editor of Moonlight – is the first non-white woman to receive nomination. Mahershala Ali, Naomie Harris, Viola Davis, Dev Patel, and Octavia Spencer are the non-white people who are nominated for their supporting roles.

Disney's Zootopia and Moana received nominations for Best Animated Feature film. Pixar's Finding Dory did not receive this nomination. Last year, Pixar's The Good Dinosaur also missed the nomination but Pixar's Inside Out, directed by Pete Docter, won the award.

Manchester by the Sea's nomination made the e-commerce website Amazon.com the first movie streaming company to earn a nomination for the Best Picture category. Arrival bagged eight nominations. Florence Foster Jenkins starring Meryl Streep nominated for Best Actress earned her 20th career Oscars nomination.

The award ceremony is to be held on February 26 to be hosted by Jimmy Kimmel."""

ITEMS2 = [
 ("autogum_news_doc676", "U.S. presidential candidate Mark Everson challenges debate exclusion",
  W + "U.S._presidential_candidate_Mark_Everson_challenges_debate_exclusion", "2015-08-05", "government/media", "US",
  "leadership,regulation", EVERSON,
  C.format("doc676.xml") + "AMALGUM dateCreated 2015-08-04; the date line 'Wednesday, August 5, 2015' kept as "
  "`published`. The image caption with its credit cut. A former agency head and charity chief executive complaining "
  "to a regulator about a broadcaster's debate criteria, with former executives and governors named."),
 ("autogum_news_doc654", "La La Land receives record-equalling fourteen Oscar nominations; Hacksaw Ridge gets six",
  W + "La_La_Land_receives_record-equalling_fourteen_Oscar_nominations%3B_Hacksaw_Ridge_gets_six", "2017-01-25",
  "media/film", "US", "product", OSCARS,
  C.format("doc654.xml") + "AMALGUM dateCreated 2017-01-25, as the date line 'Wednesday, January 25, 2017'. The image "
  "caption with its credit cut; the article's own slips kept ('fourteen Academy Awards nomination', '1990's Titanic', "
  "'HackSaw Ridge' beside 'Hacksaw Ridge', 'mentioned lot of times'). Film studios' and a streaming company's "
  "nominations (films are no entities)."),
]


def main():
    return [amalgum.record(*x) for x in ITEMS] + [amalgum.record(*x) for x in ITEMS2]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
