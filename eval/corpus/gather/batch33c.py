#!/usr/bin/env python3
"""Batch 33c (session 34; helper gather34c): English Wikinews (CC BY 2.5) news articles that no earlier batch used,
read from the AMALGUM corpus (github.com/gucorpling/amalgum, older output folder `out/news/autogum_news_docNNN.xml`,
stored version 49e8fad, read with read_file) — the eleventh round of this lane after batches 24c-26d, 28e, 29e, 30e,
31e, 31g, 32e, 32g and 32o, again after business, technology, economy, telecom, airline and bank stories, outside the
US where possible (outage stories are gatherer 34b's).
How they were found: the doc numbers of doc000-doc810 that no file named were counted at 20:05 UTC the way batches
32e-32o counted them (GATHERING.md, every gather script, the /work/notes files and the session-34 pools scanned for
`docNNN` with the comma, 'and' and range lists after it; this batch's own files left out): 539 named, 273 free. Four
seeded draws over the free numbers, each over what the ones before left: random.Random(3732).sample(free, 20),
Random(3733) 24, Random(3734) 8 and Random(3735) 10 — all 62 read whole; six kept: doc564, doc227 and doc055 from the
second draw, doc335 and doc371 from the third, doc346 from the fourth (drawn after doc188 of the second draw, an
Iranian news agency copying The Onion in 2012, proved to share 231 8-word shingles with a dev text on the same
subject). The first draw's one business text, doc607, is train's Crew Dragon file already. Every kept source URL,
title and main name was checked against the train/dev/test files (test by script counts only), the gather scripts,
GATHERING.md, the notes and the session-34 pools, and 8-word shingles against all of them: no match.
The six: two Swedish journalists tried in Ethiopia, with an oil company whose former board member is Sweden's foreign
minister, four Swedish news organisations and a writers' group's chairman (Lundin Petroleum, 2011); debris thought
to be from an airline's missing flight found on a Maldives resort's beach, with a police unit, an aviation authority,
three papers and news sites and a transport minister (Malaysia Airlines, MH370, 2015); Hong Kong's 2016 election eve, with two Chinese-funded companies asking staff to vote
for pro-Beijing candidates, a news agency, two papers and an electoral commission's head (Bank of China, China
Resources Land, Reuters, 2016); two Wikinews Shorts pages — a social network's announced purchase of a messaging
service beside Ukraine's truce and an Australian refugee-data exposure (Facebook, WhatsApp, February 2014), and an
aircraft maker's cancelled orders beside four other briefs (Boeing, August 2010); Australia closing five detention
centres, with a union and two local businesses (2014).
Each text is the article body written out by hand from the XML: the headline and the date line (kept as `published`)
left out; image captions with their credits and pull quotes with their attribution lines cut; on Shorts pages the
compilation line, the template's invitation, each brief's heading and its 'Sources' and 'Related news' lists cut;
paragraphs as the XML's <p> elements, a line break inside one written as one space; XML entities as their characters;
runs of spaces made one and spaces at a paragraph's start or end dropped; no word added or changed (the articles'
own slips kept). Per-item cuts are in each item's note.
usage: batch33c.py [POOL_DIR] [--dry]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import amalgum
from write_pool import write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather34c/pool"

SWEDES = """The trial for two Swedish journalists being tried for terrorism in Ethiopia began yesterday. The freelance journalists were arrested after entering from neighboring country Somalia without permission. They allegedly aided a terrorist group and were wounded in a gunfight, in which 15 rebels were killed.

Ethiopian Prime Minister Meles Zenawi says the two imprisoned Swedish journalists "made their way into Ethiopia with a terrorist organization that had killed 70 people who worked for a mining company in an attack." He says "I think it would be a criminal relationship in any country".

"They are, at the very least, messenger boys of a terrorist organization. They are not journalists," the prime minister said. "Why would a journalist be involved with a terrorist organization and enter a country with that terrorist organization, escorted by armed terrorists, and participate in a fighting in which this terrorist organization was involved? If that is journalism, I don't know what terrorism is," says Zenawi.

The journalists were jailed after entering into Ethiopia's troubled Ogaden region to cover rebel activity in the area. Zenawi claims one of the journalists was arrested on a previous attempt to enter illegally. "The second time he was seized with a terrorist organization in combat."

The Swedes were found travelling with the Ogaden National Liberation Front (ONLF), and were investigating actions by a company with ties to Sweden's Lundin Petroleum, oil group, and claims of human rights violations in the Ogaden region.

Swedish Foreign Minister Carl Bildt has been criticised for inaction post-arrests. Kerstin Lundell, who wrote a book on Lundin in Africa, says "the fact that Carl Bildt has reason to hide what is going on in Ogaden could explain why these journalists are still in prison."

Bildt Lundin board member but left previous to the firm gaining an Ethiopian concession for oil exploration.

Journalist Anna Roxvall, who is acting as facilitator of the Swedish journalists says the claim that one of the journalists was arrested previously is wrong. "No, no, no. It is clean cut a lie", she says.

Sveriges Radio, Sveriges Television, TT and Dagens Nyheter journalists applied for visa to attend the trial but were originally denied entry to the country. Ola Larsmo, writer and chairman of the Swedish Pen says access to information will be restricted if Swedish journalists do not attend. Zenawi says "we do not need to Swedish journalists to prove that our courts operate in accordance with international standards."

Amongst the crowded court audience were eighteen Swedish journalists and several Western diplomats, including US ambassador to Ethiopia Donald Booth.

Voice of America says legal experts expect a quick resolution. The accused's lawyers claim a four-to-six month trial is likely. An unnamed attorney close to the trial has claimed a negotiated settlement is still possible. The two journalists face fifteen years in prison if convicted of engaging in terrorist activity. The trial is scheduled to resume tomorrow."""

HK = """On Saturday, as the citizens of Hong Kong prepared to vote in Sunday's legislative election, multiple controversies broke out concerning different candidates and the fairness of the election overall. Following suspensions on Friday, another candidate, Kwan Wing-yip of the Neo Democrats, suspended his campaign; the head of the Electoral Affairs Commission responded to questions about the logistics of the ballots; a report surfaced concerning Chinese-funded companies calling their Hong Kong employees to vote for pro-Beijing or pro-establishment candidates; and allegations were made that localist party Youngspiration has ties with Beijing.

After six pan-democratic candidates suspended their campaigns on Friday, another candidate from the camp, Neo Democrats' Kwan Wing-yip of the District Council (Second) functional constituency, announced the suspension of his campaign. He stated that after other pan-democrats suspended their campaigns aiming to boost other pan-democratic candidates, members of his party experienced great pressure regarding the suspension of his candidacy. He also said it was a "difficult decision," and the "darkest day" in his political life.

The head of the Electoral Affairs Commission, Barnabus Fung Wah, responded to reports about the logistics of the ballot papers, saying that allowing the director of each polling station to take the ballot papers home and bring them to the polling stations on election day is more sound than trusting couriers. He also addressed concerns by the pro-Beijing or pro-establishment camp, such as pro-Beijing news outlet Wen Wei Po and pro-Beijing party Federation of Trade Unions, accusing the pan-democratic candidates' campaign suspensions of undermining democracy and proposing to report the incidents to the Independent Commission Against Corruption. Fung Wah addressed them by saying that because the candidates can't drop out from the ballot paper after the nomination period by law, the candidates suspending their campaigns would not affect the election's fairness.

Early Saturday morning Hong Kong Time, Reuters reported the Hong Kong employees of Chinese-funded companies were being asked to vote for pro-Beijing candidates in the election. The companies include Bank of China and China Resources Land, who according to the report showed a list of pro-Beijing candidates to vote for, and for Bank of China the employees were asked to call their managers after they have cast their votes. When asked by Reuters about the matter, Bank of China responded that it "supports and respects" the right of its employees to vote, while no response was immediately forthcoming from China Resources Land.

Meanwhile, after claiming Hong Kong's chief executive CY Leung and the Chinese central government's Hong Kong liaison office encouraged Hong Kong independence for the past few days, Sing Pao reported the new localist party Youngspiration has ties with pro-Beijing figure Lau Nai-keung. Youngspiration responded by stating its members do not know Lau Nai-keung personally or the pro-Beijing organisation "Hong Kong Community Network" mentioned in Sing Pao's article, and challenged the newspaper to "present its evidence" regarding the group's alleged ties to Beijing, saying accusing them without evidence "violates media ethics."

Pan-democratic Democratic Party candidate Lam Cheuk-ting said he received confirmation from the Independent Commission Against Corruption (ICAC) that they were investigating pro-establishment Justice Alliance Party candidate Leticia Lee for bribery. The pro-establishment group "Alliance in Support of Our Police Force" held a dinner on August 31, and it was reported Leticia Lee took part on stage during the lucky draw, and encouraged its members to vote for herself.

Before Saturday, the election was already controversial, with the Electoral Affairs Commission barring pro-independence candidates from running, and Liberal Party candidate Ken Chow Wing-kan of the New Territories West constituency unexpectedly suspending his campaign due to unspecified "threats." The 2016 Hong Kong legislative election, the sixth since the former British colony's transfer of sovereignty to China, was held on Sunday, electing 70 legislators to the Legislative Council."""

FEB14 = """Ukraine's President Viktor Yanukovych declared a truce after a violent evening in Kiev's Independence Square. There was brief peace just five days ago when protesters agreed to unblock downtown streets. That was soon broken as violence occurred when interior ministry troops, special "Berkut" security forces, and police officers confronted protesters.

So far 26 people, including protesters and ten police officers, have been killed in Independence Square clashes. This is the most violence the country has seen since it gained independence 20 years ago.

Facebook yesterday announced a plan to purchase WhatsApp for US$16 billion. Facebook's plan says it will pay US$12 billion in stocks and US$4 billion in cash. All parties are still waiting regulatory approval. The deal could potentially be worth US$19 billion with US$3 billion more being offered to employees. Employees who remained at Facebook for four years would be offered restricted stock.

WhatsApp is a messaging service where users can send text, picture, and video messages using their data plans, instead of their messaging plan. The company has over 450 million world-wide active users, with about 70 percent of those users being active daily. WhatsApp adds about one million new users per day. Facebook founder Mark Zuckerberg said the app will not change for users.

The records of around 10,000 asylum-seekers in Australia were made available by the Australian government until The Guardian made authorities aware yesterday the data was freely accessible. Confidential refugee files were accessed, featuring the names, nationalities, locations, and arrival information. Paul Power, chief executive of the advocacy group Refugee Council of Australia, said the situation risked those in refugee centers in Australia, as well as their families.

In a speech delivered last November, Immigration Minister Scott Morrison said that the Australian government was responsible for protecting the identities of refugees. Now the Department of Immigration and Border Protection is being called to account for its role under Australia's privacy laws, including negligence."""

AUG10 = """A man armed with a 2-foot long knife killed three children and a teacher in a brutal attack in Zibo in eastern China. The Chinese government has been mostly silent on the incident.

The man who killed the people was identified as 26 year-old Fang Jiantang, and he later turned himself in to police. His motive for killing the children and the teacher is unknown.

After a rare clash between Israeli and Lebanese forces over the cutting down of a tree near the border of the two countries, it appears that all sides are attempting to restore peace.

The skirmish started after an Israeli soldier started cutting down a tree that has the capability to provide cover for Lebanese infiltrators. Israel has stated that they clear the border of underbrush weekly. After the tree was cut down, the Lebanese army started firing. The Lebanese were allegedly aiming at a base nearby, and the resulting skirmish killed a senior Israeli military officer, a Lebanese journalist, and two Lebanese army soldiers.

The United Nations peacekeeping force in south Lebanon has stated that Israel was operating in their own territory. However, Lebanese Information Minister Tarek Mitri said that the area of land which had the tree "[was] Lebanese territory," and also stated that though Lebanon respects the border, the country still contests part of it.

According to TIME magazine, Haitian-American music star Wyclef Jean is to seek Haiti's presidency this Thursday. Last week Jean, who is a former member of the Fugees music group, took legal steps to run for the presidency, and Jean said in an interview that "if I can't take five years out to serve my country as President, then everything I've been singing about, like equal rights, doesn't mean anything." His younger brother also said that his candidacy was "very serious."

On January 12 of this year, Haiti was rocked by a devastating 7.0 magnitude earthquake that killed 300,000 and displaced millions. Whoever wins the presidency will face the task of rebuilding the crippled country. The presidential elections are scheduled for November 28.

The president of Pakistan, Asif Zardari, is facing criticism for continuing a tour of Europe while his homeland is facing the worst flooding in 80 years.

Opposition politician Imran Khan called for the president "to head home immediately." Khan citicized Zardari for "[going] on this lavish tour — this money could be used on the victims. Remember, Pakistan is bankrupt right now so the government doesn't have enough money, so he should be mobilizing people to help these victims of the floods." Zardari is scheduled to meet UK Prime Minister David Cameron on Friday.

The flooding has killed over 1,500 people and has left over three million others in need of assistance. According to Islamabad's National Weather Forecasting Center, rain has been falling at a rate of 25-30% higher than average.

Aircraft company Boeing lost orders for 26 jets over the past week, according to the company's website. Boeing lost 15 orders for their new and long-delayed 787 Dreamliner, 10 for their Boeing 777 and one for their smaller 737 jet. The company also gained two orders for the 737, which makes for a net loss of 25 orders. Boeing hasn't identified the customers that cancelled their orders.

With the 15 dropped 787 orders, Boeing has lost four more orders than it gained for the aircraft this year. Boeing has gained 28 orders for the 787 and lost 32 in 2010. Boeing has gained 255 orders for its lineup this year, which consists of the 737, 747, 767, 777 and 787. 229 of those orders are for the 737 jet.

Alex Rodriguez, baseball player for the New York Yankees, hit his 600th career home run on Wednesday. His 600th home run was hit in Yankee Stadium against the Toronto Blue Jays. The Yankees currently lead 5–1 against the Blue Jays in the game. Yankees manager Joe Girardi said that the homer was "an amazing feat — quite an accomplishment."

With the home run, Rodriguez, also known as A-Rod, became the seventh player in Major League Baseball history to reach the 600 milestone."""

DETENTION = """A spokesperson for the Australian Assistant Minister for Infrastructure and Regional Development, Warren Truss, announced plans this week to close four mainland immigration detention facilities — Scherger, at RAAF Scherger, Queensland; Leonora, in Leonora, Western Australia; Port Augusta, in Port Augusta, South Australia; and Inverbrackie facilities in Woodside, the Adelaide Hills, South Australia — by the end of February. The detainees would be relocated to other detention centres. Pontville detention facility, in Pontville, Tasmania, was empty and would also be closed.

The detention centres staff learned about planned closure of their workplaces from the media rather than the employer directly, United Voice, an Australian trade union, commented. It estimated the number of affected people as 100 workers and "many more" casuals and contractors.

In a statement, Australian Immigration Minister Scott Morrison referred to recent border protection practices to justify the decision. On Tuesday, he told PM radio, "This Government is taking control of our borders, which enables us to shut mainland detention centres down in Australia. This will save taxpayers around $89 million a year and it's the first down-payment on the dividend of stronger border protection. ... These sites are remote, relatively small and expensive. The savings ... amount to at least $7.4 million a month". He also noted that the Pontville and Scherger detention facilities would be returned to the Defence Department.

The local mayor near the Pontville detention centre, Tony Foster, said the centre was opened only three years ago and revived the local economy. Foster also complained about the short notice from the new federal government elected last year. He cited recent centre upgrade costs of $15 million, estimated the number of local small businesses serving the centre between 45 and 48, and said he would explore the option of converting it to a "corrections facility for 18 to 24 year olds" with the relevant state and Commonwealth officials.

Scott Donaghy, who runs the Brighton's Best Bakehouse business in Brighton, said "Staff members come in for breakfast, coffee, lunch, having a meeting. Not only were they coming in but there was more money coming into the general area from wages and people living here. I'm disappointed at the fact that another employer is gone from the area." A pharmacist-in-charge at Brighton Discount Drug Store also commented, saying that staff members from the detention centre came to Brighton for lunch and shopping.

The announcement follows controversial reports of wrecked refugee boats found near Indonesian shores by the local police. The refugees had reported being towed back from Australia by the Australian Navy, which had originally deceptively claimed Christmas Island as the refugees' destination."""

MALDIVES = """Authorities are investigating what's left of debris believed to belong to a plane, that washed ashore several small islands in the Maldives. The investigation began as a result of photos of the debris being uploaded to the social networking website Facebook. Some of the debris is reported to have washed ashore as early as May 31 and was found on a beach owned by the Banyan Tree Vabbinfaru resort, located in Kaafu Atoll. In the past few days, several other pieces of debris were recovered on at least three other islands. Authorities are trying to determine if it may be part of Malaysia Airlines Flight 370 (MH370). Last week, a piece of a wing known as a flaperon, reported to be from MH370, was found washed ashore on Réunion Island.

Pictures taken of the objects recovered in the Maldives on, reportedly, May 31, were posted to Facebook by an employee of the resort. That prompted authorities to launch an investigation into the debris, but before it could be examined, it had already been sent away for disposal. The photographs show a large white object, possibly two, stained with algae and appear to be made of a fiberglass and honeycomb material. The objects appear to be several feet in length and width and in one photo where the paint is severely peeled, red letters "IC" can be seen. Those pieces, along with others, were taken away and disposed of as trash. When authorities discovered the photographs, they returned to the site, but only found a small, five to seven inch (about 13–18cm) piece of debris they say doesn't appear to be part of a plane.

According to the resort's manager Mr. Naseem, the bigger pieces of debris and other waste were taken away and disposed of in the usual way. He added other forms of debris and trash with no value, such as buoys and suspected military waste, wash up on the islands all the time, especially during monsoon season. Local residents and resort workers regularly collect trash which is sent to the garbage island Thilafushi where it's sorted, exported for recycling, or burned. Reports say at the time the debris was collected, no one suspected it could be from MH370.

"Although some of it was taken to Thilafushi, there is still a five or a seven inch piece on the resort. It was left because it is small. The management has decided to hand it over to the Police", said an unnamed official to SunOnline, who said authorities don't know if any of the debris taken away has been destroyed. The Serious and Organized Crime Unit of the Maldives Police Service and experts from the Maldives Civil Aviation Authority are heading the investigation.

Yesterday, reports stated several more pieces of debris, one piece measuring some eight feet by two feet (about 2.4 by 0.6m), were found on Baa Atoll, Fehendhoo and Fulhahdhoo and washed ashore sometime in the past few days. One piece appears to have a serial number on the side, possibly reading '021411270507.' Initially residents who found the debris took it home. "A resident had found the debris and taken it home. Nobody had thought twice about it then. When he heard about the discovery in Vabbinfaru resort we immediately called the Police," said Mohamed Ibrahim, a councilman for Fehendhoo Island, to Haveeru Daily.

MH370, while flying from Kuala Lumpur, Malaysia to Beijing, China, vanished without a trace on March 8, 2014. All 239 passengers and crew are believed to be dead. On the day the plane went missing, residents on the small Maldive island of Kudahuvadhoo claimed to have seen a very "low flying jumbo jet" crash into the Indian Ocean. Some also noted the colors appeared to resemble that of a Malaysia Airlines plane. "I’ve never seen a jet flying so low over our island before. We've seen seaplanes, but I'm sure that this was not one of those. I could even make out the doors on the plane clearly", one resident was quoted as saying to the newspaper Haveeru Daily. Some claim the plane appeared to be headed in the direction of Diego Garcia.

According to The Huffington Post, Haveeru reported the witnesses were interviewed by authorities who deemed their statements to be truthful, but Maldive military officials along with Malaysian officials say no such aircraft was in Maldive airspace at the time MH370 went missing. "Based on the monitoring up to date, no indication of Flight MH370 has been observed on any military radars in the country [Maldives]. Furthermore, the data of radars at Maldives airports have also been analysed and shows no indication of the said flight", said Malaysian Transport Minister Hishamuddin Hussein."""

W = "https://en.wikinews.org/wiki/"
C = "Read from out/news/autogum_news_{} (commit 49e8fad). "

ITEMS = [
 ("autogum_news_doc055", "Jailed Swedish journalists tried as terrorists", W + "Jailed_Swedish_journalists_tried_as_terrorists",
  "2011-10-19", "media/energy", "non-US", "leadership", SWEDES,
  C.format("doc055.xml") + "AMALGUM dateCreated 2011-10-12, the date line 'Wednesday, October 19, 2011' kept as "
  "`published` (relative days read against it). A pull quote with its attribution line ('If that is journalism, I "
  "don't know what terrorism is' —Meles Zenawi; the sentence stays in its paragraph) and an image caption ('Swedish "
  "Foreign Minister Bildt is embroiled in allegations related to the case') cut; spaces at paragraphs' ends dropped; "
  "the article's own slips kept ('Bildt Lundin board member but left previous to ...', a sentence without a verb; "
  "'we do not need to Swedish journalists'; 'Lundin Petroleum, oil group'). Two journalists tried in Ethiopia, an oil "
  "company whose former board member is the foreign minister, four Swedish news organisations, a writers' group's "
  "chairman, a public broadcaster."),
 ("autogum_news_doc335", "Multiple controversies arise on eve of Hong Kong legislative election",
  W + "Multiple_controversies_arise_on_eve_of_Hong_Kong_legislative_election", "2016-09-06", "finance/media",
  "non-US", "leadership", HK,
  C.format("doc335.xml") + "AMALGUM dateCreated 2016-09-03, the date line 'Tuesday, September 6, 2016' kept as "
  "`published` (relative days read against it: 'Saturday' → 2016-09-03, the day AMALGUM gives). Two image captions "
  "('pro-Beijing figure Lau Nai-keung'; 'Justice Alliance Party candidate Leticia Lee' with its missing-image note) "
  "and the image link text 'File:Leticia Lee See-yin.jpg' at the end of the fifth paragraph cut; the line break "
  "inside that paragraph written as one space; spaces at paragraphs' ends dropped; the article's own spelling "
  "'Barnabus Fung Wah' kept. An election eve with two Chinese-funded companies asking staff to vote for pro-Beijing "
  "candidates, a news agency's report and a bank's answer, two papers, an electoral commission's head."),
 ("autogum_news_doc346", "Suspected plane debris washes ashore on several Maldives islands",
  W + "Suspected_plane_debris_washes_ashore_on_several_Maldives_islands", "2015-08-09", "airline/media", "non-US",
  "leadership", MALDIVES,
  C.format("doc346.xml") + "AMALGUM dateCreated 2015-08-07, the date line 'Sunday, August 9, 2015' kept as "
  "`published` (relative days read against it). An image caption with its credit ('Location of Kaafu Atoll within "
  "the Maldives. Image: TUBS.') cut; the unit links written as they read ('13–18cm', '0.6m'); a run of two spaces "
  "made one ('can be seen.  Those'); spaces at paragraphs' ends dropped; the article's own spellings kept "
  "('Fulhahdhoo', 'Organized', 'I’ve' with its typographic apostrophe). Debris thought to be from an airline's "
  "missing flight found on a resort's beach, a police unit and an aviation authority investigating, three papers and "
  "news sites, a social network, a transport minister."),
 ("autogum_news_doc564", "Wikinews Shorts: February 20, 2014", W + "Wikinews_Shorts%3A_February_20%2C_2014",
  "2014-02-20", "technology/media", "mixed", "deal,leadership", FEB14,
  C.format("doc564.xml") + "AMALGUM dateCreated 2014-02-18, the compilation line 'A compilation of brief news reports "
  "for Thursday, February 20, 2014.' (the date kept as `published`) and the template's invitation ('Contribute to "
  "Wikinews by expanding these briefs or add a new one.') cut; the three briefs' headings ('Ukrainian truce "
  "established', 'Facebook plans to purchase messaging service for US$16 billion', 'Australia releases confidential "
  "information of thousands of refugees'), their 'Sources' lists and two image captions (Kiev's Independence Square; "
  "the WhatsApp logo) cut; the briefs' paragraphs kept in order; a run of two spaces made one ('the  names'), the "
  "line break inside the last paragraph ('Now the' / 'Department') written as one space, spaces at paragraphs' ends "
  "dropped. A social network's announced purchase of a messaging service awaiting regulatory approval, with its "
  "founder; a president's truce; a government's refugee-data exposure found by a newspaper, an advocacy group's "
  "chief executive and a minister."),
 ("autogum_news_doc227", "Wikinews Shorts: August 5, 2010", W + "Wikinews_Shorts%3A_August_5%2C_2010",
  "2010-08-05", "aerospace/sport", "mixed", "leadership", AUG10,
  C.format("doc227.xml") + "AMALGUM dateCreated 2010-08-04, the compilation line 'A compilation of brief news reports "
  "for Thursday, August 5, 2010.' (the date kept as `published`) and the template's invitation cut; the six briefs' "
  "headings ('Four dead in Chinese kindergarten school attack', 'Cutting down of tree flares up Lebanese violence', "
  "'Music star Wyclef Jean to seek Haitian presidency', 'Pakistani president criticized over European tour', 'Boeing "
  "787 orders go negative for 2010', 'Alex Rodriguez hits 600th home run'), their 'Sources' lists, one 'Related news' "
  "list (the Wyclef Jean brief) and four image captions with their credits (Zibo; the Blue Line; Wyclef Jean; the "
  "787's first flight) cut; the briefs' paragraphs kept in order; runs of spaces made one, spaces at paragraphs' ends "
  "dropped; the article's own slips kept ('citicized', '26 year-old'). An aircraft maker's cancelled orders and its "
  "five airliner types, a baseball team's manager, a minister, a president, a prime minister, a magazine."),
 ("autogum_news_doc371", "Australia announces plans to close five mainland refugee detention centres",
  W + "Australia_announces_plans_to_close_five_mainland_refugee_detention_centres", "2014-01-17",
  "government/services", "non-US", "leadership", DETENTION,
  C.format("doc371.xml") + "AMALGUM dateCreated 2014-01-15, the date line 'Friday, January 17, 2014' kept as "
  "`published` (relative days read against it). Two image captions with their credits ('Pontville, Brighton "
  "location in Tasmania.' and 'Pontville and Brighton, 3km apart.', each 'Image: OpenStreetMap.') cut; spaces at "
  "paragraphs' ends dropped; the article's own wording kept ('The detention centres staff'). A government closing "
  "five detention centres, two ministers, a trade union, two local businesses and a bakery's owner."),
]


def main():
    return [amalgum.record(*x) for x in ITEMS]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
