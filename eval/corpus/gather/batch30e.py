#!/usr/bin/env python3
"""Batch 30e (session 31, the fresh out-of-sample check; helper gather31e): Wikinews (CC BY 2.5) news articles that no
earlier batch used, taken from the AMALGUM corpus's older output folder `out/news/` (github.com/gucorpling/amalgum,
`autogum_news_docNNN.xml`, plain XML with title, dateCreated, sourceURL on the <text> element and <p> paragraphs), read
with read_file at the stored version 49e8fad (`fetch` refused: 710 MB) and sampled widely over the folder (a seeded
random draw, seed 3130, of 48 document numbers that no earlier batch names) — a Zimbabwean opposition campaign halted
and all foreign aid groups banned, with a party chairman, spokespeople of a UN fund and a UN office and ministers
(2008); the WHO's call for a ban on tobacco advertising with its director-general, a regional director and an
initiative's director, and four tobacco companies (2008); two employees of an Indian IT company sub-contracted to a UN
agency kidnapped in Somalia (Genesys International Corporation, FAO, 2008); Israel's travel ban on twenty NGOs with
two of their heads and two ministers (2018); a schoolboy's arrest and the support of Google's co-founder, Facebook's
co-founder and Twitter (2015); a TransAsia Airways crash with the safety council's managing director, an engine maker
and 90 cancelled flights (2015); radiation after the Fukushima disaster with TEPCO, Greenpeace, a university centre's
head and a citizen group's director (2011); a Scottish party leader's announced resignation with a union's general
secretary and other party leaders (2015).
Part 2 (`ITEMS2`, written out after part 1 was committed, before newskg ran on any text): a Wikinews Shorts
compilation with a photography company's Chapter 11 filing and a fashion brand's apology (Eastman Kodak, Dolce &
Gabbana, 2012); an Africa-EU summit with the European Commission's head, the EU's and the AU's presidents and three
charities (2007).
Each text is the article body written out by hand from the XML: the headline and the date line (kept as `published`)
left out; image captions with their credits, pull quotes with their attribution lines, 'HAVE YOUR SAY' boxes and
'Related articles' lists cut; paragraphs as the XML's <p> elements (a line break inside one paragraph kept); runs of
spaces made one, spaces at a paragraph's end dropped; no word added or changed (the articles' own slips kept).
Per-item cuts are in each item's note.
usage: batch30e.py [POOL_DIR] [--dry]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import amalgum
from write_pool import write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather31e/pool"

ZIMBABWE = """Police in Zimbabwe have stopped opposition leader Morgan Tsvangirai (MDC) en route to a campaign rally. His convoy was then escorted to a police station in Esigodini.

"Tsvangirai and other MDC leaders were detained again in Umzingwane. They are being taken to Esigodini police station," said MDC spokesperson Nelson Chamisa.

Wayne Bvudzijena, a spokesman for the police, said that he was not aware of this incident, but added that roadblocks are used by the police to conduct weapons searches. "Tsvangirai and his convoy are not immune to search," he said. "They can be searched at any roadblock they pass."

Afterwards, the government banned political rallies in support of Tsvangirai, effectively ending his campaigning. Officials said the decision was made to protect the safety of Tsvangirai and MDC party leaders.

George Sibotshiwe, a spokesperson for Tsvangirai, called the ban "a clear indication that the regime will do everything necessary to remain in power," and said its justification was "nonsense."

Earlier today, Tsvangirai was prevented from attending a rally at a mine near Zimbabwe's second-largest city, Bulawayo, when police blocked the road.

"One of our leading vehicles was stopped, then the rest of us were stopped as well. We tried to get an explanation from the police and they said we should have told them in advance that Mr Tsvangirai was going to visit," said Lovemore Moyo, MDC chairman, to AFP. "They then turned us back and we had to use a smaller road to get back to the main road. We are now proceeding."

"We were unable to speak at the mine as we heard at the gate, there were ZANU-PF activists blocking the entrance. We only managed to speak to our local councillors," Moyo said.

Also today, the government announced a ban on all foreign aid groups operating in the country. Some groups, including CARE International had already been banned earlier this week.

"I hereby instruct all PVOs/NGOs to suspend all field operations until further notice," said social welfare minister Nicholas Goche in a statement.

James Elder, a spokesperson for the United Nations Children's Fund (UNICEF), called it "completely unacceptable and hugely concerning. Hundreds of thousands of children are in need of immediate assistance. With the onset of the winter in Zimbabwe, the timing is critical for children who are among the most vulnerable and most in need of support."

US Assistant Secretary of State for African Affairs Jendayi Frazer called on President Thabo Mbeki of South Africa to pressure Mugabe "not to starve the population and to allow international organizations to function."

"It's unbelievable that the government will actually kick out the organizations which are providing services to the people," Frazer said.

Rupert Colville, spokesperson for the United Nations' High Commissioner for Human Rights told Voice of America that halting food aid is unconscionable in the opinion of Louise Arbour.

"To deprive people of food because of an election is a complete perversion of democracy. How can you possibly deprive people with food and then ask for a democratic vote?" Colville said.

Speaking at the United Nations Headquarters, the Zimbabwean ambassador Boniface Chidyauskiku said that the government was not using food as a tool in the election.

"There is no use of food as a political weapon. It is the other way around. It is the relief agencies, followed by the U.S. government, that have been using food as a political weapon," Chidyauskiku said to the Associated Press. "They have gone out into the countryside and they have been telling Zimbabweans that if you don't vote for the opposition, if you don't change your vote, there's no food for you."

Yesterday, United States and United Kingdom diplomats were stopped in their vehicles in an incident the US called "outrageous" and said that they were threatened with being burned alive in their cars.

"Basically, the police told them they were not going anywhere unless they got out of the car," said deputy information minister Bright Matonga. "The police told them they should respect the laws of the country unless they have something to hide."

Two days ago, Tsvangirai was detained for several hours before being released without charges."""

TOBACCO = """The United Nations health agency the World Health Organization (WHO) has called for a ban on tobacco advertising and promotion in order to protect the world's children. The news release from the WHO came on Friday, one day before the annual World No Tobacco Day held each year on May 31.

This year's World No Tobacco Day focuses on highlighting the practices of tobacco companies in their efforts to promote their products to young people. According to a WHO press release, studies show that young people are more likely to start smoking if exposed to tobacco advertising. The WHO notes that only five percent of the world population "is covered by comprehensive bans on tobacco advertising, promotion and sponsorship".

"The WHO appeals to member states and policy-makers to require by law a comprehensive ban on all forms of advertising, promotion, and sponsorship of tobacco products," said WHO Regional Director for Africa Luis Sambo, in a statement released Saturday in Kampala, Uganda.

"In order to survive, the tobacco industry needs to replace those who quit or die with new young consumers," said WHO Director-General Dr. Margaret Chan. "A ban on all tobacco advertising, promotion and sponsorship is a powerful tool we can use to protect the world’s youth."

The WHO said that tobacco companies are specifically targeting the half billion youth in the Asia Pacific region by tying smoking to the idea of a flashy lifestyle. The agency said the tobacco industry attempts to take advantage of children's susceptibility to advertising and marketing.

According to the WHO most people take up smoking before they reach age 18, and almost twenty-five percent of smokers worldwide are under the age of 10. The agency said that a survey of 13 to 15 year-olds found that fifty-five percent had seen cigarette ads on billboards in the prior month, and twenty-percent owned something with a cigarette company's logo.

According to BBC News, in the last ten years female and adolescent smoking in Russia has tripled. Russia does not have many anti-smoking laws. BBC News compared this to Canada, where smoking levels are at their lowest in 40 years and the country has very restrictive laws on smoking advertising.

"The tobacco industry employs predatory marketing strategies to get young people hooked to their addictive drug. But comprehensive advertising bans do work, reducing tobacco consumption by up to 16% in countries that have already taken this legislative step," said Dr. Douglas Bettcher, Director of WHO's Tobacco Free Initiative.

A report by the WHO on tobacco use stated that approximately two thirds of the planet's smokers reside in 10 countries including China, India, Indonesia, Russia, the United States, Japan, Bangladesh, Germany, and Turkey. Reuters reported that companies Philip Morris, Imperial Tobacco, British American Tobacco and Japan Tobacco are among the world's largest producers of cigarettes."""

SOMALIA = """Two foreign aid workers attached to a United Nations (UN) project were kidnapped in southern Somalia on Tuesday. The UN stated that the two men, one British and one Kenyan, were abducted at gunpoint while conducting a survey of local rivers. The men were taken hostage on a road leading to Bu'aale, in the southern Lower Jubba region of Somalia.

Briton Murray Watson was abducted along with his Kenyan colleague, Patrick Amukhuma, by six armed militiamen who ambushed their armed convoy. The abduction took place on a main road between Saakow and Bu'aale.

Gunfire was exchanged between Somali bodyguards and militia members. According to Agence France-Presse, local elders said that the gunmen fired shots during the attack and wounded one of the hostages, and The Daily Telegraph reported that witnesses said Watson was wounded in the leg.

Local district commissioner Ibrahim Noleye spoke with Agence France-Presse about the incident: "two foreign aid workers from the Food and Agriculture Organization (FAO) were intercepted by armed militiamen on their way to Buale ... We believe they are being held hostage".

Amos Nyaoro of Somalia Water and Land Information Management, the UN-supported agency where Watson was working, told The Daily Telegraph: "We are attempting to make contact with the people who abducted our colleagues. It is unclear why this attack has taken place. We understand that Mr Watson has been hurt, but we don't know the extent of his injuries."

Reuters has reported that local militias were pursuing the kidnappers in an attempt to free the hostages, and local clan elders are pressing for their release. Hajir Bille, an official from the Juba region in Somalia, told the Associated Press that security forces were looking for the abductors.

A statement released by the UN country office for Somalia addressed reports that one of the men kidnapped had been wounded: "Witnesses on the ground say there was gunfire when the men were taken, but there is no information to suggest that any serious injury was sustained by either man." Reuters has reported that the hostages are being held "in or near" the town of Jilib.

UN officials in Rome, Italy said that the two men worked for an Indian-based group sub-contracted to do aerial survey work for the Food and Agriculture Organization (FAO), a United Nations agency. The men are not themselves members of the FAO, but are employees of Genesys International Corporation, an information technology company in Bangalore, India.

Genesys International Corporation performs aerial surveys in Somalia which help the area population deal with flooding due to a rise in water level of the Juba and Shabelle rivers.

Western companies and organizations have paid ransoms to free their employees, and kidnappings in the area have increased as a result. In recent months attacks on foreigners in Somalia have increased, but had been localized to the northern region of Puntland. Médecins Sans Frontières withdrew its international staff from the country after three workers were killed by a bomb in February.

Attacks against Somalia's weak government and its Ethiopian military backers have increased in the last six months. Somalia's government has not been functional since civil war began in 1991, when dictator Mohamed Siad Barre was overthrown and rival warlords then turned on each other.

Over one million citizens in Somalia depend on foreign aid, and UN aid helps millions of Somalians each year."""

ISRAEL = """On Sunday, Israel's Ministry of Strategic Affairs published a list of 20 specific non-government organizations (NGOs) now forbidden to enter the country. These organizations were associated with the boycott, divestment and sanctions movement (BDS), which supports boycotts of Israel as a state and other actions as a means of protesting Israel's treatment of Palestine.

"Forming the list is another step in our struggle against the incitement and lies of the boycott organizations, and no state would allow visitors who come to harm the state to enter it, and certainly with the goal of destroying Israel as a Jewish state," Minister of Strategic Affairs Gilad Erdan told the press.

The proscribed organizations include the BDS organizations from France, Italy, Chile, and South Africa, BDS national committee, and BDS Kampagne; the France Association Palestine Solidarity, the Ireland Palestine Solidarity Campaign, the European Coordination of Committees and Associations for Palestine, Friends of Al-Aqsa, the Palestine Committee of Norway, War on Want, Palestine Solidarity Campaign, and the Palestine Solidarity Association of Sweden from Europe; and American Muslims for Palestine, U.S. Campaign for Palestinian Rights, National Students for Justice in Palestine, Code Pink, Jewish Voice for Peace, and the American Friends Service Committee from the United States. "Friends" is another name for the Quakers, a Christian sect with egalitarianism as a central tenet. Officials from these organizations and any activist known to be associated may be barred from entering Israel. Other public figures who advocate boycotts of Israel, such as the mayors of towns, may also be denied entry.
The American Friends Service Committee was awarded the Nobel Peace Prize in 1947 for its work helping refugees displaced by World War II; principally, noted Israeli newspaper Haaretz, families of Jewish refugees married to non-Jews.

"For me as a Palestinian, it means a lot that they are going to ban me from going to see my family and people. It is absolutely horrible," said Fatin al-Tamimi, head of the Ireland Palestine Solidarity Campaign.

Israeli Minister of the Interior Arye Derry issued a statement: "These people are trying to exploit the law and our hospitality to act against Israel and to defame the country. I will act against this by every means."

Rebecca Vilkomerson, executive director of one of the listed groups, Jewish Voice for Peace, responded on Facebook, "As someone with considerable family in Israel, this policy will be a personal hardship. But I am also heartened by this indicator of the BDS movement's growing strength, and hope that it will bring the day closer when just as I go to visit my friends and family in Israel, so will Palestinian friends and colleagues be able to return home."

Human rights groups sharply criticized the prohibition as opposing free speech."""

CLOCK = """Time magazine named 14-year-old Ahmed Mohamed yesterday to its list of "30 Most Influential Teens of 2015". He was made famous after being taken into custody by police when a teacher thought a clock he brought to his Texas school looked like a bomb. Mohamed joins the ranks of influential teens including US President Barack Obama's daughter Malia Obama, and Nobel Peace Prize winner Malala Yousafzai.

Time said of Mohamed in announcing the news: "Not many people make national news by bringing a homemade clock to school. But the ninth-grader's arrest, after teachers and authorities mistook said clock for a bomb, kicked off a national debate over racial profiling".

Mohamed traveled to the White House last week where he met with US President Barack Obama. His family said last week that they would move from Texas to Qatar, where Mohamed was offered a full-scholarship to a well-respected school in the country.

The September 14 incident in Irving, Texas triggered a wider discussion about Islamophobia within the community. The Twitter hashtag #IStandWithAhmed became part of a social movement in support of the youth. After news of the police response was reported, Mohamed received support online ranging from US President Barack Obama to Facebook creator Mark Zuckerberg.

Mohamed brought the digital clock he made to school on September 14, and a teacher mistakenly thought it resembled a bomb. Police arrested and questioned the student. Images of the boy wearing a NASA T-shirt and handcuffed by the police were quickly posted and reposted online.

The Twitter attention led to outreach from Google and Mohamed was invited to their Google Science Fair. Mohamed was a VIP guest at the Google Science Fair, and met finalists at the event held at Google's headquarters located in Mountain View, California. Co-founder of Google, Sergey Brin, personally met with Mohamed during his visit to Google.

US President Barack Obama tweeted using his @POTUS account: "Cool clock, Ahmed. Want to bring it to the White House? We should inspire more kids like you to like science. It's what makes America great." Twitter gave Mohamed the option to come to their company for an internship. Facebook co-founder Mark Zuckerberg tweeted to Mohamed and said the boy was welcome to come and tour the company.

Both the Irving Independent School District and the Irving Police Department have asserted that the boy's religion and name were not a factor in the manner in which they approached the situation."""

TRANSASIA = """The death toll from Wednesday's plane crash in Taipei, Taiwan reached 40 today with the recovery of five more bodies.

There were 58 on board when TransAsia Airways Flight 235 crashed into the city's Keelung River. Fifteen survived and three more remain missing. Tzu Chi Foundation volunteer Lee Hung Shu-ying said today cold weather meant the families of the missing believe their loved ones are dead.

The Aviation Safety Council is investigating. The plane was in the air for minutes before banking steeply, hitting an elevated road, and crashing into the river. The domestic flight from Taipei Songshan Airport was headed to the island of Kinmen.

Investigators are focusing on the ATR 72-600's engines. One engine automatically 'feathered' itself. Feathering involves the turboprop's propeller rotating its blades to reduce drag.

Engines autofeather when they fail ('flaming out'). By reducing drag on the non-working engine, a twin turboprop plane can fly safely using only its other engine. A feathered engine will not provide any thrust. The reason for autofeathering is presently unclear; what is known is the flight crew subsequently shut off the wrong engine. A series of stall warnings went off in the cockpit as the aircraft headed to disaster.

Aviation Safety Council managing director Thomas Wang confirmed an automated "number two engine flameout" message should have alerted the crew to the engine trouble, leading them to follow "the corresponding checklist". "There are procedures that pilots go through — safeguards — when you're going to shut down an engine, particularly close to the ground," said John M. Cox, former commercial pilot and boss of a safety consultant. "Why that didn't occur here, I don't know."

Stephen Fredrick, a former pilot of similar aircraft, told CNN video showing the final seconds is consistent with dual flameout. He said the wings-level, nose-down position suggested gliding.

Wang, however, cautions it is too early to blame any particular factor. "At this moment we just release the numbers, the parameter we've confirmed, we did not release any judgment who did what at this time". The Aviation Safety Council has teamed up with engine manufacturer Pratt & Whitney Canada to examine the engines.

Also being prioritised is finalising a cockpit voice recorder transcript and cockpit examination. The aircraft was near-new.

Local prosecutors are investigating potential "professional error", and the Civil Aeronautics Administration has ordered TransAsia retest all ATR pilots. 90 flights over three days are cancelled to allow the proficiency checks. TransAsia and Uni Air have also been ordered to check their collective 22 ATRs for engine and fuel system problems.

Pilot Liao Chien-tsung and his co-pilot, not publicly identified, were initially hailed as heroes by prosecutors, mayor Ko Wen-je, international press, and at least one relative of a survivor. After declaring "Mayday Mayday, engine flameout" to air traffic control the pair grappled with their struggling plane, avoiding buildings in its path.

They have been credited with reducing the death toll. Their bodies were found in the cockpit, with leg fractures. Both were still holding the wrecked plane's controls."""

FUKUSHIMA = """As Japan last weekend marked the 66th anniversary of the atomic bombings of Hiroshima and Nagasaki, concern continues to mount about new revelations of elevated radiation readings following the March 11 Fukushima Daiichi nuclear disaster.

Evidence of unsafe levels of radiation within the food supply chain continues to emerge, with Japanese media reporting on Wednesday that a Greenpeace study has found radioactivity exceeding government-mandated levels in four out of eight fish samples taken from the Fukushima Prefecture.

The news comes as media reports of recent weeks have highlighted spikes in radiation readings at the crippled plant. On August 3, plant operator Tokyo Electric Power Company (TEPCO) reported potentially deadly levels of radiation in the damaged reactors, including one reading of 10 sieverts per hour. Such levels are enough to kill a person “within a few weeks”, according to the World Nuclear Association, and are 250 times the readings recorded immediately after the disaster.

The radiation findings have further called into question the response of government and industry to the crisis, with renewed allegations of incompetence and dishonesty being levelled against Japanese authorities over the transparency of information released in the months following the disaster. TEPCO only conceded that “partial meltdowns” had occurred in up to three of the Fukushima site’s reactors last month.

In testimony to Japanese parliament in late July, Professor Tatsuhiko Kodama, head of the Radioisotope Centre at the University of Tokyo, condemned the government's response to the catastrophe. His criticism centered on inadequate radiation measurement methods and the failure to properly protect communities potentially affected by radioactivity from the stricken plant, citing the example of school bus routes passing through areas, such as Iitate-Mura, with unsafe levels of radiation.

Kodama says the “uranium equivalent” of the radiation from Fukushima amounts to “20 Hiroshima bombs”, while the natural decrease in radioactivity caused by the disaster is far slower than that caused by an atomic bomb: one-tenth against one-thousandth of original levels after a year.

“We should recognize from the start that just like Chernobyl, Fukushima I Nuclear Plant has released radioactive materials equivalent in the amount to tens of nuclear bombs,” he said during his parliamentary testimony. “The resulting contamination is far worse than the contamination by a nuclear bomb.”

Further criticism was levelled against authorities this week when The New York Times revealed that shortly after the initial disaster Tokyo bureaucrats had failed to warn evacuees in the Tsushima district that wind patterns were blowing radiation spewing from the Fukushima site towards them.

Despite the recent revelations, the ongoing fallout from the catastrophe has largely slipped from the mainstream international news agenda. Australian online publication Crikey! last week denounced the poor airing of contamination and accountability issues in the Japanese press, claiming it has been left to bloggers and social media to accurately portray the still-unfolding crisis.

It is in this context that unofficial citizen groups have begun conducting their own measurements of radiation levels at various sites around Japan. Yesterday, Al-Jazeera reported on one such group, called Safecast, whose US and Japanese investigators have discovered disturbing readings not identified by official government agencies. For instance, on August 7 the group uncovered ground readings of 20,000 counts per minute 28 kilometres from the stricken plant, well outside the government’s 20-kilometre mandatory evacuation zone.

“Getting into this has showed us there is a lack of data everywhere,” says Sean Bonner, the group’s director.

The Al-Jazeera report also quotes Jyunichi Tokuyama, a specialist with the Iwate Prefecture Agricultural and Fisheries Department, who said he was shocked to find radioactive hotspots up to 300 kilometres from Fukushima.

"The biggest cause of this contamination is the rice straw being fed to the cows, which was highly radioactive," Tokuyama told Al Jazeera, reflecting fears about the effects of the disaster in terms of contaminated food supplies.

In the wake of the ongoing crisis, the Japanese government has pledged to reduce the country’s reliance on nuclear power, reflecting widespread public concern."""

MURPHY = """Jim Murphy yesterday announced he intends to stand down as Scottish Labour Party leader next month, after narrowly surviving a no confidence vote. Murphy said he will present a list of suggested reforms to be made to the party, including changing the system for electing party leader to one member, one vote, upon offering his resignation at the next meeting of its national executive in June. Murphy also said he will not stand for the Scottish Parliament election in May 2016 and will "do something else".

At a meeting in the Scottish city Glasgow yesterday, the party's national executive held a vote of no confidence in Murphy; he won by 17 votes to 14. "Today I received more support in the executive vote than I did from members of the executive when I stood for election five months ago", Murphy said. Murphy became Scottish Labour leader in December 2014, following Johann Lamont's resignation from the role. Until Scottish Labour holds a fresh leadership election — its sixth in a span of eight years — Kezia Dugdale, currently the party's deputy leader, is to assume the role of acting leader for the time being. Murphy cited concerns about Scottish Labour being divided as a contributory factor to his decision. "Scotland needs a strong Labour party; Scotland needs a united Labour party", he said yesterday. "We have been the greatest force for change in our nation’s remarkable history. The Scottish Labour party will rise again. It will be under someone else’s leadership and I am confident about my party’s future."

The announcement came nine days after the party lost all but one of its 41 Scottish seats, including Murphy's East Renfrewshire constituency, to the Scottish National Party (SNP) in a UK general election, and eight days after Ed Miliband said he would stand down as leader of the UK Labour Party.

There was controversy regarding whether Murphy should retain his role following this performance. Labour Party supporters were reportedly asked to sign a letter supporting Murphy's leadership, to be presented at the executive meeting yesterday. Calls for Murphy to resign came from multiple quarters, including trade unions Unite and ASLEF, as well as Labour MSPs Alex Rowley and Elaine Smith. Earlier in the week, Unite general secretary Len McCluskey said "the anti-Scottish card that was played by Lynton Crosby and the Conservatives" had caused them to win a majority in the general election, before going on to say: "I lay the blame for that very squarely at the feet of Scottish Labour. Not only have they lost Scotland but I think they've been responsible for making certain that the Conservatives were back in power in Westminster." However, trade unions USDAW and Community were amongst those supporting Murphy's continued leadership.

In a speech, Murphy suggested he did he did not want the party to be divided as a result of his leadership. "It is clear that the small minority who didn’t accept my election as party leader by the majority five months ago also won’t accept the vote of the Executive today and will continue to divide the party if I remain", he said. Murphy singled out McCluskey for criticism, claiming to have "been at the centre of a campaign by the London leadership of the Unite union in blaming myself and the Scottish Labour party for the defeat of the UK Labour party in the general election. That is a grotesque insult to the Scottish Labour party." He went on to criticise what he called McCluskey's "destructive behaviour", commenting that: "Whether in Scotland, or in the contest to come across the UK, we cannot have our leaders selected or deselected by the grudges and grievances of one prominent man. The leader of the Scottish Labour Party doesn’t serve at the grace of Len McCluskey and the next leader of the UK Labour Party should not be picked by Len McCluskey."

Reacting to the news, SNP leader and Scottish First Minister Nicola Sturgeon tweeted: "I wish Jim Murphy all the very best for the future. Leadership is not easy and he deserves credit for standing up for what he believes in." Scottish Liberal Democrats leader Willie Rennie said: "Credit to [Murphy]. He stepped up and energetically campaigned for his beliefs. I wish him the best for the future." Harriet Harman, the acting leader of the UK Labour Party, said Murphy had been a "hugely important figure" for them, adding: "Jim has given so much to the Labour Party over the last twenty years. He, I know reluctantly, took the responsibility for leading Scottish Labour at the most difficult election they have ever faced. He did so with incredible energy, purpose and dignity [...] He leaves with the best wishes and thanks of our movement."

Scottish Green Party co-convenor Patrick Harvie was more critical in his response, arguing the Greens should be the opposition of the Scottish Parliament instead. Harvie said Murphy's resignation was "almost inevitable, but even as he announced it he promised to further weaken Labour’s relationship with the wider labour movement. People haven’t left Labour because of the trade unions, but because the party itself long ago strayed from its principles. Without a clear sense of purpose, it has seemed to care only about holding office instead of creating new ideas for a better society. It’s clear that the Scottish Parliament needs an opposition that’s creative and challenging, but which can act constructively too."

Scottish Conservative Party leader Ruth Davidson tweeted: "Jim Murphy announces a managed exit in order to help the party, which is to his credit. But leaves a tough gig for whoever comes next."

Wikinews asked Unite the Union to comment on the story and has yet to receive a response. However, Pat Rafferty, Unite's Scotland leader, earlier stated: "Jim has done the decent thing. Scottish Labour needs to recover, re-engage and reform. It can now begin that process." """.rstrip()

W = "https://en.wikinews.org/wiki/"
C = "Read from out/news/autogum_news_{} (commit 49e8fad). "
# (path in the AMALGUM repository, title, Wikinews url, published, sector, region, topics, text, note)
ITEMS = [
 ("autogum_news_doc131", "Tsvangirai campaign rallies banned in Zimbabwe",
  W + "Tsvangirai_campaign_rallies_banned_in_Zimbabwe", "2008-06-06", "politics/non-profit", "non-US",
  "leadership,regulation", ZIMBABWE,
  C.format("doc131.xml") + "AMALGUM dateCreated 2008-06-06, the date line 'Friday, June 6, 2008' kept as "
  "`published`. No caption or quote box; a space at a paragraph's end dropped; the article's own slip kept "
  "('including CARE International had'). An opposition campaign halted, all foreign aid groups banned by a minister's "
  "order (an outage near-miss: a government order, no system failed), a party chairman, spokespeople of a UN fund "
  "and a UN office."),
 ("autogum_news_doc133", "World Health Organization calls for ban on tobacco ads",
  W + "World_Health_Organization_calls_for_ban_on_tobacco_ads", "2008-06-01", "health/tobacco", "mixed",
  "regulation,leadership", TOBACCO,
  C.format("doc133.xml") + "AMALGUM dateCreated 2008-06-01, the date line 'Sunday, June 1, 2008' kept as "
  "`published`. Two pull quotes with their attribution lines ('—WHO Director-General Dr. Margaret Chan', '—Dr. "
  "Douglas Bettcher, Director of WHO's Tobacco Free Initiative') cut; a space at a paragraph's end dropped. A UN "
  "agency's call for an advertising ban, its director-general, a regional director and an initiative's director, "
  "four tobacco companies."),
 ("autogum_news_doc140", "Two UN contract workers kidnapped in Somalia",
  W + "Two_UN_contract_workers_kidnapped_in_Somalia", "2008-04-02", "IT/non-profit", "non-US", "leadership", SOMALIA,
  C.format("doc140.xml") + "AMALGUM dateCreated 2008-04-02, the date line 'Wednesday, April 2, 2008' kept as "
  "`published`. One pull quote with its attribution line ('—United Nations country office for Somalia') cut; spaces "
  "at paragraphs' ends dropped. Two employees of an Indian IT company sub-contracted to a UN agency kidnapped; a "
  "UN-supported agency, news agencies, a charity."),
 ("autogum_news_doc160", "Israel issues travel ban on 20 non-government organizations over pro-Palestinian boycotts",
  W + "Israel_issues_travel_ban_on_20_non-government_organizations_over_pro-Palestinian_boycotts", "2018-01-10",
  "non-profit/government", "non-US", "regulation,leadership", ISRAEL,
  C.format("doc160.xml") + "AMALGUM dateCreated 2018-01-08, the date line 'Wednesday, January 10, 2018' kept as "
  "`published`. Runs of spaces made one (three places); the line break inside the third paragraph kept; a space at "
  "the date line's end dropped with it. A state's travel ban on twenty NGOs, two of their heads, two ministers."),
 ("autogum_news_doc167", "Time magazine names Ahmed Mohamed to 'Most Influential Teens of 2015'",
  W + "Time_magazine_names_Ahmed_Mohamed_to_%27Most_Influential_Teens_of_2015%27", "2015-10-28", "internet/media",
  "US", "leadership", CLOCK,
  C.format("doc167.xml") + "AMALGUM dateCreated 2015-10-28, the date line 'Wednesday, October 28, 2015' kept as "
  "`published`. Two image captions with their credits and two pull quotes with their attribution lines ('—Time "
  "magazine', '—US President Barack Obama') cut. A schoolboy's arrest, a magazine's list, the co-founders of "
  "Google and Facebook, Twitter's internship offer."),
 ("autogum_news_doc354", "Taipei plane crash toll reaches 40",
  W + "Taipei_plane_crash_toll_reaches_40", "2015-02-07", "airline", "non-US", "outage,leadership", TRANSASIA,
  C.format("doc354.xml") + "AMALGUM dateCreated 2015-02-07, the date line 'Saturday, February 7, 2015' kept as "
  "`published`. Two image captions with their credits cut; spaces at paragraphs' ends dropped. An airliner crash "
  "(an outage near-miss: a physical accident; 90 flights cancelled for pilots' retests by a regulator's order), the "
  "safety council's managing director, an engine maker, a second airline."),
 ("autogum_news_doc436", "Renewed concern over nuclear response following atomic bomb anniversary",
  W + "Renewed_concern_over_nuclear_response_following_atomic_bomb_anniversary", "2011-08-13", "energy/nuclear",
  "non-US", "leadership", FUKUSHIMA,
  C.format("doc436.xml") + "AMALGUM dateCreated 2011-08-11, the date line 'Saturday, August 13, 2011' kept as "
  "`published`. Four image captions with their credits cut; spaces at paragraphs' ends dropped. Radiation after a "
  "nuclear disaster, the plant operator, an environmental group, a university centre's head, a citizen group's "
  "director."),
 ("autogum_news_doc528", "Jim Murphy announces resignation as Scottish Labour Party leader",
  W + "Jim_Murphy_announces_resignation_as_Scottish_Labour_Party_leader", "2015-05-17", "politics/unions", "non-US",
  "leadership", MURPHY,
  C.format("doc528.xml") + "AMALGUM dateCreated 2015-05-16, the date line 'Sunday, May 17, 2015' kept as "
  "`published`. An empty image element at the first paragraph's end, the 'HAVE YOUR SAY' box ('Did Jim Murphy make "
  "the right decision?', 'Add or view comments') and the 'Related articles' heading with its two-item list cut; "
  "spaces at paragraphs' ends dropped; the article's own slip kept ('he did he did not want'). A party leader's "
  "announced resignation, its acting leader to be, a union's general secretary and Scotland leader, other parties' "
  "leaders."),
]

SHORTS = """No injuries were suffered when two bombs were exploded in Londonderry, Northern Ireland by Republican dissidents. A coded message was received by the police half an hour before they were detonated in streets around the city's main shopping centre.

Police Service of Northern Ireland Superintendent Stephen Martin has described the attacks as "cowardly and callous", and said that the city centre will remain sealed off to allow for the search for other devices and forensic evidence.

Eastman Kodak Co has filed for Chapter 11 bankruptcy in order to complete its transformation from its traditional wet film business, with which it made its name, into a specialist digital printing company.

The move would allow the company to sell off assets to pay off pension liabilities and creditors.

Newt Gingrich refutes claims by his second wife, Marianne Ginther, that he demanded that they have an open marriage so that he could continue an affair with Callista Bisek, who later became his third wife.

The accusations, aired on ABC News on Thursday, come just before the Republican party's South Carolina presidential primary. If true, the allegations would mean Gingrich was having an affair whilst pillorying President Bill Clinton over his involvement with Monica Lewinsky.

Italian luxury goods brand Dolce & Gabbana has issued an apology over its ban on Hong Kong citizens taking photographs of its shopfront in Hong Kong, even when taken from a public sidewalk. The ban enforced by its security guards against locals but not mainland Chinese and foreigners infuriated locals, who have staged a number of protests against the retailer.

Photography from a public place of subjects normally visible from that place is legal in Hong Kong, and the local government has been condemned for not confronting Dolce & Gabbana, leaving things to protesters to bring about the apology.

An earthquake of magnitude 6.1 struck South Island, New Zealand yesterday. The epicenter was located off the coast about 204 kilometers west of Invercargill at a depth of 18 kilometers.

The earthquake struck late in the day local time. No damage or injuries were reported and no alerts were issued by the Pacific Tsunami Warning Center. An aftershock measuring 5.2 magnitude hit the area two hours later.

An earthquake measuring 6.3 magnitude hit Christchurch last year, killing over 180 people. There may be as many as 15,000 shocks per year in New Zealand, which is on the "Ring of Fire"."""

SUMMIT = """The Africa-European Union summit ended yesterday in Portugal with agreement on many global challenges but with differences on other key issues.

European and African Union leaders left the Portuguese capital expressing satisfaction for the most part with their first summit in seven years and what they called a new spirit in relations between the two continents.

The head of the European Commission, José Manuel Barroso, said they agreed that climate change probably represents the most important challenge of the 21st Century.

"Climate change is not just an issue for environment," he said. "It's also an issue for development. And only with the commitment of African leaders and European leaders can we really achieve some progress."

The leaders agreed to increase efforts to fight deforestation and desertification.

The president of the European Union, Portuguese Prime Minister José Sócrates, said the summit's plan to deal with migration was an example of the new partnership. He says the leaders want to combat illegal immigration but encourage legal migration and help immigrants to integrate more fully into their new countries.

The leaders agreed to develop information programs for would-be migrants in Africa and to address the drain of African skilled workers by promoting ethical recruitment policies in critical fields.

On governance, the head of the African Union, Ghana's President John Kufuor, said Africa has an interest in good governance and respect for human rights.

"Transparency is the order of the day," he said. "This is not to saying there is perfection. The point is that we all see that it is with good governance that we will attract the partnerships for development that we need."

He noted that the AU has created mechanisms such as the Africa Peer Review to promote these ideals.

The leaders also agreed to promote security by developing a system for rapid conflict prevention and funds for an African rapid deployment force, but human rights issues brought discord.

German Chancellor Angela Merkel criticized Zimbabwe's President Robert Mugabe's human rights record as bringing shame on the continent. This led Mr. Mugabe to accuse her of arrogance. A dispute over whether to invite Mr. Mugabe blocked the summit for five years and was only resolved a few months ago.

Sudanese President Omar al-Bashir met with United Nations officials seeking to deploy a joint U.N.-Africa peacekeeping force in Darfur. The two sides said some clarifications were obtained but that critical needs remain, in particular air support.

The issue of free trade agreements caused the most public controversy. Senegal's President Abdoulaye Wade said the accords would set back African development.

He says there is no African industry that can withstand competition from Europe with its millions of consumers.

Most African governments have refused to sign the accords. The accords exempt African exports from European tariffs but also call for lower African tariffs on European goods. European officials said negotiations will continue.

Civic organizations had little praise for the summit. The Oxfam group said African opposition to the trade agreements should serve as a wake-up call to European leaders.

Human Rights Watch said the summit failed to make any progress on restoring the rule of law in Zimbabwe, bringing peace to Darfur or preventing banks from protecting the wealth of corrupt officials.

And Save The Children called the meeting a high profile exercise of little substance, noting that five million African children continue to die of preventable causes every year. It said since the leaders declared this a summit of equals they must bear equal responsibility for its failures."""

# part 2 (written out after part 1 was committed, before newskg ran on any text of the batch)
ITEMS2 = [
 ("autogum_news_doc422", "Wikinews Shorts: January 20, 2012",
  W + "Wikinews_Shorts%3A_January_20%2C_2012", "2012-01-20", "mixed", "mixed", "deal", SHORTS,
  C.format("doc422.xml") + "AMALGUM dateCreated 2012-01-20, the date line inside the opening sentence 'A compilation "
  "of brief news reports for Friday, January 20, 2012.' kept as `published`. The opening sentence and the italic "
  "invitation after it ('If you believe any of these stories deserves more in-depth coverage, ...'), the five "
  "briefs' headings and their source lists (two to three items each) cut. A compilation of five briefs: a company's "
  "Chapter 11 filing (a business failure, no outage), a fashion brand's apology, a bombing, a politician's "
  "denial, an earthquake."),
 ("autogum_news_doc156", "Africa-Europe summit concludes with mixed results",
  W + "Africa-Europe_summit_concludes_with_mixed_results", "2007-12-10", "politics/non-profit", "non-US",
  "leadership,regulation", SUMMIT,
  C.format("doc156.xml") + "AMALGUM dateCreated 2007-12-10, the date line 'Monday, December 10, 2007' kept as "
  "`published`. A file link ('File:Robert Mugabe.jpg') at the end of the eleventh paragraph and an image caption "
  "with its missing-image note cut; runs of spaces made one (three places). A summit's leaders with their posts at "
  "a commission, two unions of states and three countries, three charities."),
]


def main():
    return [amalgum.record(*x) for x in ITEMS] + [amalgum.record(*x) for x in ITEMS2]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
