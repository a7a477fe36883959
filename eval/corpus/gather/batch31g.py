#!/usr/bin/env python3
"""Batch 31g (session 32; helper gather32g, round 2 of the session's gatherers): eight English Wikinews (CC BY 2.5)
news articles that no earlier batch used, read from the AMALGUM corpus (github.com/gucorpling/amalgum, older output
folder `out/news/autogum_news_docNNN.xml`, plain XML with the headline, dateCreated and sourceURL on <text> and the
paragraphs in <p>) with read_file at the stored version 49e8fad, a seventh round of this lane after batches 24c-26d,
28e, 29e, 30e and 31e.
Where the eight came from: first the four documents batch 31e read and named usable but left (doc530, doc046,
doc624, doc540), then a fresh seeded draw (random.Random(3232).sample(free, 40)) over the numbers doc000-doc810
that no GATHERING section, gather script or session-32 section named at 15:40 UTC (batch 31e's 48 included); the
first 13 of the draw read whole and four kept (doc497, doc679, doc689, doc286), the rest of the draw left unread.
The eight: a non-profit veterans' centre shut after a former patient killed its executive director, its clinical
director and a psychologist (The Pathway Home, 2018); a charity's viral campaign and its finances, with its
co-founder and a church's programming director (Invisible Children, 2012); an election poll lead with five polling
firms and a tabloid (UK Labour, 2015); the shooting at a satirical magazine with its editor-in-chief and a police
union's spokesman (Charlie Hebdo, 2015); the dismissal of the FBI's director, told to a broadcaster (James Comey,
2017); the death of a gun-control group's chairperson, with its former name (Brady Campaign, 2015); a county's
settlement over a ban on corporate political spending, with two local companies (Humboldt County, 2008); a
broadcaster's correspondent freed in Gaza (BBC, 2007).
Each text is the article body written out by hand from the XML: the headline and the date line (kept as
`published`) left out; image captions with their credits, quote boxes with their attribution lines cut;
paragraphs as the XML's <p> elements; XML entities written as their characters, runs of spaces made one and
spaces at a paragraph's end dropped; no word added or changed (the articles' own slips kept). Per-item cuts are
in each item's note.
usage: batch31g.py [POOL_DIR] [--dry]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import amalgum
from write_pool import write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather32g/pool"

PATHWAY = """In the United States, autopsy results were released on Thursday by the Napa County Sheriff's Office, which show that Albert Wong killed himself after shooting his three hostages at The Pathway Home veterans' psychiatric center in Yountville, California last Friday. The hostages died instantly from rifle shots to the head, and Wong shot himself in the head with a shotgun. Officials said there was no indication any of the four was killed by a sheriff's deputy who exchanged shots with Wong.

The Sheriff of Napa County also acts as the county coroner. According to the official report, the three hostages "all suffered immediately fatal head wounds caused by a high velocity projectile consistent with the rifle that the shooter, Albert Wong, used in this incident". Wong's fatal head wound was self-inflicted. Sheriff's Captain Steven Blower clarified that neither Wong nor the hostages was shot by the deputy.

According to authorities, Wong, a former Pathway resident, drove a rented car to the center Friday, March 9, and shortly after 10AM local time (UTC-8), dressed in black and armed with a semi-automatic rifle, took five of the people at a leaving party hostage. The first call to the emergency 9-1-1 number was made at about 10:20. About ten minutes later, shots were heard, and a sheriff's deputy and Wong exchanged fire. Wong then shut himself in a room with three of the hostages. The campus was evacuated, but there was no further contact with Wong. A little before 6PM, a video feed from a remote-controlled robot showed the four people in the room were probably dead.

The three victims were all women. Christine Loeber, 48, was the executive director of the home. Jen Golick, 42, was its clinical director. Jennifer Gonzales Shushereba, 36, was a psychologist on the staff of the San Francisco Department of Veterans Affairs Healthcare System and also worked with PsychArmor, a nonprofit group, to create a toolkit for college campuses to assist students with post-traumatic stress disorder (PTSD). She was entering her last trimester of pregnancy.

Wong, 36, was a decorated veteran who served in the infantry in Afghanistan for a year in 2011–2012. He had been in treatment at the center for about a year but had been expelled two weeks before the hostage-taking because knives were found in his possession. His brother Tyrone Lampkin told The Press Democrat, Wong had been angry and said he "wanted to get back at them", but what he had mentioned was to "talk to them, yell at them, not to kill them".

The Board of Directors of The Pathway Home announced on Wednesday that it would suspend operations "indefinitely". It is a ten-year-old non-profit in-patient center treating veterans with PTSD, brain injuries, depression and addictions on the campus of the Veterans Home of California Yountville. Yountville is a small town in the wine country a little more than 50 miles north of San Francisco. Founded as a last-resort center for intensive treatment of veterans who had not been helped by other approaches, it transitioned in 2015 to providing care to those not yet in crisis, including veterans studying at Napa Community College. The Veterans Home is the largest in the United States, with more than 900 residents."""

KONY = """Recently, the non-profit activist organization, Invisible Children, Inc. released a video online which served to kick start the Kony 2012 campaign. The campaign was meant to raise awareness about the Lord's Resistance Army and its leader Joseph Kony. Both support and condemnation followed the release of the video.

The video attracted over 100 million views and lead to significant discussion via an array of social networking sites. The campaign assertively called for people to "pledge" to stand up and take action against Joseph Kony and the Lord's Resistance Army. However, of the 104 million views of the film, only 3.4 percent of those people pledged to do something about the issue.

"I know that there is some criticism, in particular about the campaign and Invisible Children as an organization," said Josh Schuler, the director of programming at Christian Fellowship Church in Evansville, Indiana. "I really think that some of that stuff is unfounded and people don’t understand what it’s like for the Ugandans."

Schuler is an advocate for Invisible Children's push to capture Joseph Kony. He has visited Uganda twice, once in 1997 and again in 2010. There, Schuler and a missions team from the church, spent the majority of their time speaking to school children in orphanages, and similar institutions and also addressed groups in various men's and women's prisons, in and around Kampala, Uganda.

Some of the criticism of Invisible Children comes from people questioning what they do with their donations. Invisible Children’s website provides financial statements from 2006 to 2011. Statements reveal that, in 2011 the organization's net income was US$4,870,547. However, the report does not state how the organization spends those monies. Invisible Children did not provide a statement to Wikinews about the net income.

“If you look at Invisible Children’s budget, a lot of it is awareness; raising money so they can build awareness, not necessarily so they can execute justice, because they are not a justice organization," Schuler said.

Invisible Children's 2011 annual report compares their Central Africa Programs from 2011 with years 2010 and 2009. It shows that Invisible Children spent only 37 percent on these programs in 2011, compared with 46.5 percent in 2010, when Invisible Children made a revenue of 67 percent more in 2011 than in 2010.

“Honestly, even if Invisible Children was completely illegitimate, Kony is still a madman and he still needs to be brought to justice," Schuler said. Schuler emphasized that the value of awareness is huge, however he believes the next step to take is "calling congressmen, senators and lobbying for them to take action."

"There are bills out there trying to allocate dollars that are already in the U.S. budget to continue to fund the work of these groups in countries to bring people to justice," Schuler said.

The United States is taking few steps to apprehend Kony. “If Uganda was resource rich to the degree that Iraq was, in the United States we would be talking about Joseph Kony to the same degree that we talk about Saddam Hussein, it’s just that Uganda is not full of oil," Schuler said. "There is no economic benefit for the U.S. to go prosecute [Kony], it’s purely justice."

United States President Barack Obama first assigned 100 troops in October 2011 in Uganda to search for Kony. On April 25, 2012 Obama announced that he had extended their time in Africa, aiming for Kony's capture. "There is legislation out there; an organization, International Justice Mission, which is a prosecuting organization working around the world for issues with social justice, prosecuting cases with sex slavery and child labor around the world," Schuler said.

There have also been questions raised asking whether Kony is even still alive and doubts about his current location. "Kony and the LRA have been pushed out of Uganda, but they still do raids into northern Uganda," Schuler said. "Taking Kony out, doesn’t fix all of the problems. It would definitely start to help with some of it. And I think the corruption stuff could actually be solved democratically."

The film, released on March 5 shows clips of two different trips that co-founder and director of Invisible Children, Jason Russell, took to Uganda. They want to the campaign to raise awareness in hope that if enough people call for Kony's capture, US leaders would have to respond. Using this strategy, Invisible Children's goal is to detain Kony by December 2012.

Invisible Children was started in 2004 after Jason Russell, Bobby Bailey and Laren Poole traveled to Uganda to film a documentary, Invisible Children: The Rough Cut, about the ongoing civil war in Uganda. Since its establishment, Invisible Children has started multiple campaigns to raise awareness.

After the initial release of the first Kony 2012 video, both support and condemnation followed. The negative reviews from the public lead Invisible Children to release a second video titled Kony 2012 Part II- Beyond Famous, on April 2, 2012. The video was published to address the criticism and issues of the first video and shed light on what the organization has accomplished in Uganda."""

LABOUR = """The approval ratings of UK Labour leader Ed Miliband rose above those of his Conservative opponent, David Cameron, for the first time in this year's bitterly fought general election campaign. The poll results showed support for the Labour Party was also rising.

A poll by Panelbase yesterday showed Labour six points ahead; a similar survey by Survation for the Daily Mirror showed Labour four points ahead of the Conservatives. This latter poll was mixed for the Labour leader as it showed only 25% of voters were convinced Miliband was suited to the job of Prime Minister while 37% preferred David Cameron, but it also shows that people preferred Miliband's recent conduct as party leader to Cameron's. A poll by TNS found a three point lead for Labour.

ComRes polling indicated the eventual outcome of the election is too close to call, projecting the Conservatives with 34% of the vote and Labour 33%.

Following the poll results, the Conservative Party fired a volley of negative remarks towards Labour. Defense secretary Michael Fallon said Ed Miliband would end up signing up for "a grubby backstairs deal" with the Scottish National Party (SNP) which would lead to the cancellation or non-renewal of the Trident nuclear submarine programme. The Labour Party have stated they support the continuation of Trident and will not negotiate on Trident with the SNP.

Fallon's comments on Trident were backed up by David Cameron.

The Labour Party counter-claimed a deal between the Conservatives and Liberal Democrats had put the cost of Trident renewal up by £1.4bn.

Miliband responded to Fallon's comments: "Michael Fallon is a decent man, but today I think he has demeaned himself and he has demeaned his office. National security is too important to play politics with and I will never compromise national security."

Former Labour leader Tony Blair said Fallon's remarks hinted at desperation: "The Tories were up to their old tricks in their personal attack on Ed this morning. I remember the 'demon eyes' poster of 1997. It is always a sign of desperation and it will backfire. It shows how nervous they are of a Labour campaign full of confidence, which is showing that it understands the challenges facing working people and how to overcome them. The more they indulge in these tactics the better we should feel."

Liberal Democrat Vince Cable expressed his displeasure at Fallon's remarks, saying it was "an appalling way to conduct the argument".

The two main parties have also proposed a number of new ideas for policy. Labour's Yvette Cooper is to formally announce a new policy today to protect 10,000 police officers' jobs by eliminating elected Police and Crime Commissioners and gun licensing subsidy, and sharing of police back-office services and procurement. The Labour crime and justice manifesto also includes creating a new commission on sexual and domestic violence, banning "legal highs", and reforming prisons to introduce more education and work for prisoners.

Conservative Cameron pre-announced a proposal to change the rules so workers in the public sector and for companies with 250 employees or more — which between the two is estimated to be around half the work force — would be entitled to three days of paid volunteering leave per year. In prepared remarks, Cameron is to call the move represents the "clearest demonstration of the Big Society in action". This marks a return of the language of the 'Big Society' which had slowly disappeared from use since the last election."""

HEBDO = """At least twelve people have been killed today in a shooting at the Paris offices of the satirical weekly French magazine Charlie Hebdo. Three men in hoods armed with Kalashnikov rifles entered the magazine's office in the 11th arrondissement and shot dead ten journalists and two police officers before making a getaway in a car driven by a fourth collaborator. Five people have been seriously injured in the attack. A member of the police said after leaving the scene the attackers drove to the northeastern suburbs of Paris where they abandoned their vehicle and hijacked another car.

French police union Unité spokesman Rocco Contento said of the crime scene, "it was a real butchery". The French Government have raised the country's security level to the maximum. President François Hollande told reporters: "This is a terrorist attack, there is no doubt about it".

The French news website 20minutes.fr is reporting one eyewitness claimed that as the attackers approached the magazine's office, they shouted: "you say to the media that it is al-Qaeda in Yemen" ((fr))French language: vous direz aux médias que c'est Al-Qaïda au Yémen.

Gerard Biard, the editor-in-chief of Charlie Hebdo, stated: "I don't understand how people can attack a newspaper with heavy weapons. A newspaper is not a weapon of war." The magazine recently posted a cartoon on Twitter depicting Abu Bakr al-Baghdadi, a leader of the Islamic State militant group.

US President Barack Obama gave a statement condemning the attack: "France is America’s oldest ally, and has stood shoulder to shoulder with the United States in the fight against terrorists who threaten our shared security and the world. Time and again, the French people have stood up for the universal values that generations of our people have defended." Obama also said that the US would provide assistance "to help bring these terrorists to justice".

British Prime Minister David Cameron tweeted: "The murders in Paris are sickening. We stand with the French people in the fight against terror and defending the freedom of the press."

The Arab League and the Cairo-based Al-Azhar University have also condemned the attack.

In 2006, Charlie Hebdo ran the cartoons depicting Muhammad that originally appeared in the Danish newspaper Jyllands-Posten. In 2011, it published another cartoon depiction of Muhammed subtitled "Charia Hebdo", a pun on sharia. The magazine's office was subsequently firebombed. Following the bombing, the magazine's website was hacked and death threats were made against their staff. The magazine responded by publishing on their front page an image showing both the remains of the magazine's offices and one of their cartoonists kissing a bearded Muslim man. The cover contained the headline "Love is stronger than hate" ((fr))French language: L'Amour plus fort que la haine."""

COMEY = """Despite the White House's initial assertion that Federal Bureau of Investigation (FBI) Director James Comey was dismissed Tuesday over mishandling the Hillary Clinton email case, United States President Donald Trump on Thursday told NBC that "this Russia thing" was among his reasons, mentioning Comey's repeated claims that he, Trump, was not being investigated. He also accused Comey of "showboating" and said "the FBI has been in turmoil."

James Comey was leading an investigation into the Trump campaign's alleged ties to Russia and possible Russian involvement in the 2016 US presidential election that placed Trump in power. The official reason given for his dismissal, overly harsh treatment of then-presidential candidate Hillary Clinton, was met with skepticism from politicians and the press.

President Trump also told NBC's Lester Holt that, despite statements to the contrary by Vice President Pence and Sean Spicer, recommendations from deputy attorney general Rod Rosenstein did not have anything to do with his decision, which he made before receiving Rosenstein's memo. "Regardless of recommendation I was going to fire Comey. Knowing, there was no good time to do it[...] And, in fact, when I decided to just do it, I said to myself, I said: 'You know, this Russia thing with Trump and Russia is a made up story, it's an excuse by the Democrats for having lost an election that they should've won.'" He went on to express regret that firing Comey might prolong the investigation and said Comey had told him that he, Trump, was not under investigation when asked.

Trump told NBC that he had asked Comey if he, Trump, were under investigation, to which Comey had replied in the negative. While it is not illegal under U.S. law for President Trump to ask if he is under investigation, former U.S. Department of Justice spokesperson Matthew Miller described it as "completely inappropriate" and pointed out that Comey would not be allowed to answer under Department rules.

Deputy White House Press Secretary Sarah Huckabee Sanders disagreed with Miller's assessment. "I don't see it as a conflict of interest and neither do many of the legal scholars who've been commenting on it over the last hour." She did not elaborate on the reference to legal scholars.

While some sources have said Comey requested more resources for the Russia investigation only days before being fired, one of his associates told news outlets this was not true and the investigation had no shortage of resources.

In his interview with Holt, President Trump affirmed that his campaign had no connections to Russia.

Four candidates for Comey's position were scheduled to be interviewed today: a lawyer named Alice Fisher, an appeals court judge named Michael Garcia, Senator John Cornyn of Texas, and Andrew McCabe, who is currently serving as acting director of the FBI. McCabe has promised to "vigorously and completely" continue the Russia investigation and to tell Congress if any pressure is brought to bear to stop it."""

BRADY = """Sarah Brady, gun control campaigner and widow of former US White House Press Secretary James Brady, has died at the age of 73. Her death was announced by the Brady Campaign and Center to Prevent Gun Violence. Brady died on Friday after a battle with pneumonia according to e-mails sent by her family.

A statement by the Brady Campaign and Center to Prevent Gun Violence was posted on Facebook. It said "We are heartbroken over the loss of Sarah Brady, our dear friend and Chairperson of the Brady Campaign and Center to Prevent Gun Violence. Sarah was a champion for gun violence prevention and her commitment and fiery compassion will live on."

On March 30, 1981 , Sarah Brady's husband, James, was injured in a shooting attempted assassination of US President Ronald Reagan. A bullet entered his head and lodged in his brain. He suffered severe injuries and was partially paralyzed for the remainder of his life. The attack by John W. Hinckley Jr. also injured three more people, including President Reagan.

In the years after the shooting, Sarah Brady became an advocate for gun control laws, and in 1989 vice chair of Handgun Control, Inc. In 2001 Handgun Control, Inc. became known as the Brady Campaign in tribute of both Sarah and James' efforts in fighting for tougher gun control. Brady said "the proudest moment of our lives" was in 1993 when President Bill Clinton signed into effect the Brady Bill, tightening gun law legislation.

Former First Lady Nancy Reagan released a statement regarding the death of her "dear friend" Sarah Brady. She said "Over the years, I found her to be a woman of immense courage, strength and optimism. I will miss Sarah very much, but take comfort in knowing that she joined Jim on Good Friday and is now at peace."

Another tribute came from former Congresswoman Gabrielle Giffords. Giffords, who was was shot in the head and nearly killed in 2011, said "We know Sarah will be missed by all those whose lives she touched and who were so inspired by her commitment to her late husband Jim and to the cause of reducing gun violence in our country[...] Sarah Brady showed us not only what a tireless fight for common sense looks like, but also what it means to be a loving spouse and caretaker in the wake of a senseless tragedy. Our prayers are with her son Scott, her daughter Missy, and the entire Brady Campaign family as they mourn this devastating loss".

Brady's death has come less than a year after the death of her husband. James Brady also died at the age of 73 last August. She is survived by son James and stepdaughter Melissa."""

HUMBOLDT = """Yesterday, a settlement agreement was filed in court that effectively brings to an end a two-year-old law banning many election-related activities by corporations in a north-western county of California. The County of Humboldt and Pacific Legal Defense Foundation agreed to a settlement declaring a law banning corporate political contributions, Measure T, null and void. If approved by a US District Court judge, this will end the lawsuit against the County that stems from allegations that the law, if enforced, is a violation of the 1st and 14th Amendments of the US Constitution.

In California, the voters have the ability to propose laws at general elections subject to certain restrictions. In 2006, a group called Democracy Unlimited (DU) sponsored a ban on political contributions from non local corporations. DU was able to acquire the signatures necessary to qualify the measure and it was listed on the ballot as Measure T.

Despite it qualifying for the ballot, many individuals campaigned against it. They argued that it was unconstitutional. Opponents pointed out that in order for a corporation to be considered local, everything about it must be based in Humboldt County. However, unions, which tend to be corporations, only needed one member in the County. Opponents drew upon the 1st and 14th Amendments to support their contentions, arguing that since corporations have been held as persons, the measure infringes on free speech, and that since the measure gives preference to some corporations and not others, it violates the Equal Rights provisions of the 14th Amendment.

Notwithstanding these arguments, the measure was passed easily at the polls. Earlier this year, the Pacific Legal Foundation sued the County on the behalf of Mercer-Fraser and O&M, two companies that did business locally, but did not meet the local corporation standard. The lawsuit sought a preliminary injunction against enforcement on the grounds that it was most likely unconstitutional. Judge Susan Illston granted the motion for an injunction in September, agreeing with the plaintiffs that the measure as written was most likely a violation of the 1st and 14th Amendments. According to county officials, this settlement was prompted by an assessment of the merits of continuing litigation and the costs that such litigation would entail. The settlement would declare Measure T null and void and unconstitutional. Additionally, the County would be required to pay $44,000 in legal fees to Pacific Legal Foundation.

Supporters of Measure T expressed disappointment accusing the county of caving to corporate pressure and not utilizing available resources. County officials have stated that the only reason why they fought the suit was because the measure was a voter initiative, that the costs of litigation would be high, and the end result would most likely remain the same."""

JOHNSTON = """The BBC's correspondent Alan Johnston based in Gaza has been freed after almost four months in captivity. The BBC broadcast images of Alan Johnston leaving a building in Gaza and entering a white car.

Hamas police surrounded a building where it was believed Johnston was being held. Earlier, Hamas had captured several members of the Army of Islam and continued to put pressure, by threat of force, on the captors. An intervention by another militant group, the Popular Resistance Committees, led to a breakthrough in negotiations between Hamas and the Army of Islam.

Rallies were held worldwide and an online petition calling for Johnston's release was signed by over 200,000 people. On Johnston's appearance after his release a witness said that he appeared healthy, but had lost weight.

"We have been able to close this chapter which has harmed the image of our people greatly," said Khaled Meshaal, leader of Hamas. "The efforts by Hamas have produced the freedom of Alan Johnston."

On the subject of Fatah, Meshaal told Reuters, "It showed the difference between the era in which a group used to encourage and commit security anarchy and chaos and the current situation in which Hamas is seeking to stabilise security." Hamas had stated that they were anxious to have Johnston freed to highlight differences in their ability to provide security in Gaza as compared to Fatah.

Alan Johnston was the only western correspondent working full-time in Gaza. He went missing on March 12th 2007. Concern for his safety grew last month as a video released by the Army of Islam showed Johnston wearing a vest packed with explosives.

In a press conference with Hamas Prime Minister Ismail Haniya, Alan Johnston said he felt 'buried alive and detached from the world' and that he gained hope through listening to the radio and the support that he has received from around the world. He also thanked the Hamas leader and security services.

His parents held a press conference just after 7 a.m. (BST) on the 4th of July. The parents said that they never gave up hope over the 114 days. They received a phone call late last night where he told them briefly that he was okay. The parents ended wanting to thank people for helping them get through this difficult time and for keeping their spirits up.

Gordon Brown Prime Minister of Britain issued a statement on the release of Alan Johnston at his first Prime Minister's Questions. "I welcome the good news of Alan Johnston's release. This will come as a great relief to his family and friends, and all those who have worked to see him freed."

At 2:15 p.m. (BST) a rally was held at BBC Television Centre which over one hundred BBC staff attended. At the same time the 'Free Alan Johnston' poster which was attached to the side of the Television Centre was taken down. Alan Johnston also thanked the people at the rally and was amazed at the support he has been given."""

W = "https://en.wikinews.org/wiki/"
C = "Read from out/news/autogum_news_{} (commit 49e8fad). "

# (path in the AMALGUM repository, title, Wikinews url, published, sector, region, topics, text, note)
ITEMS = [
 ("autogum_news_doc624",
  "United States: Coroner says former patient killed self and three hostages at California veterans center",
  W + "United_States%3A_Coroner_says_former_patient_killed_self_and_three_hostages_at_California_veterans_center",
  "2018-03-17", "health/non-profit", "US", "leadership", PATHWAY,
  C.format("doc624.xml") + "A batch-31e leftover. AMALGUM dateCreated 2018-03-11, the date line 'Saturday, March "
  "17, 2018' kept as `published`. An image caption with its credit ('The Pathway Home has its offices at the "
  "Veterans Home of California Yountville complex. Image: CHHSA.') cut; a space at a paragraph's end dropped. A "
  "non-profit veterans' centre whose executive director and clinical director were killed by a former patient, its "
  "board suspending operations (an outage near-miss: a care centre closing, no service of a company lost), a "
  "sheriff's office, a newspaper."),
 ("autogum_news_doc046", "Kony 2012 campaign faces ridicule, praise",
  W + "Kony_2012_campaign_faces_ridicule%2C_praise", "2012-05-04", "non-profit", "US", "leadership", KONY,
  C.format("doc046.xml") + "A batch-31e leftover. AMALGUM dateCreated 2012-04-27, the date line 'Friday, May 4, "
  "2012' kept as `published`. Two image captions with their credits ('Jason Russell at “The Rescue” of Invisible "
  "Children in Santa Monica in 2009.Image: Jane Rahman.', 'US President Barack Obama makes an announcement ... "
  "Video: The White House.') and a pull quote with its attribution line ('—Josh Schuler') cut; spaces at "
  "paragraphs' ends dropped (a run of two among them); the mixed straight and typographic quotation marks and "
  "apostrophes kept as they stand; the article's own slips kept ('lead to significant discussion', 'They want to "
  "the campaign', 'Kony 2012 Part II- Beyond Famous'). A charity's campaign and its finances, its co-founder and "
  "director, a church's director of programming, a head of state."),
 ("autogum_news_doc530", "Labour grabs poll lead in UK General Election campaign",
  W + "Labour_grabs_poll_lead_in_UK_General_Election_campaign", "2015-04-10", "politics/media", "non-US",
  "leadership", LABOUR,
  C.format("doc530.xml") + "A batch-31e leftover. AMALGUM dateCreated 2015-04-10, the date line 'Friday, April "
  "10, 2015' kept as `published`. An image caption ('Labour leader Ed Miliband. Image: Department of Energy.') "
  "cut; no other cut. Five polling firms and a tabloid that commissioned a poll, party leaders and a defence "
  "secretary in an election campaign."),
 ("autogum_news_doc540", "Twelve dead in shooting at offices of French satirical magazine Charlie Hebdo",
  W + "Twelve_dead_in_shooting_at_offices_of_French_satirical_magazine_Charlie_Hebdo", "2015-01-07", "media",
  "non-US", "leadership", HEBDO,
  C.format("doc540.xml") + "A batch-31e leftover. AMALGUM dateCreated 2015-01-07, the date line 'Wednesday, "
  "January 7, 2015' kept as `published`. No caption or quote box; no cut but the headline and the date line; the "
  "French originals of two quotes after the template's '((fr))French language:' marker kept inside their "
  "paragraphs, as batch 31e kept German ones. An attack on a magazine's office, its editor-in-chief, a police "
  "union's spokesman, a news website, heads of state, the magazine's website hacked in 2011 (an outage near-miss: "
  "no service said lost)."),
 ("autogum_news_doc497",
  "Changing position, President Trump says FBI Director Comey was fired over Russia investigation, showboating",
  W + "Changing_position%2C_President_Trump_says_FBI_Director_Comey_was_fired_over_Russia_investigation%2C_showboating",
  "2017-05-13", "government/media", "US", "leadership", COMEY,
  C.format("doc497.xml") + "AMALGUM dateCreated 2017-05-12, the date line 'Saturday, May 13, 2017' kept as "
  "`published`. A pull quote with its attribution line ('—President Trump to NBC', the quote repeating a passage "
  "of the third paragraph) cut; runs of spaces made one, a space at a paragraph's end dropped. An agency head's "
  "dismissal told to a broadcaster, the acting head, a former department spokesperson, a head of state and his "
  "vice-president."),
 ("autogum_news_doc679", "Gun control campaigner Sarah Brady dies aged 73",
  W + "Gun_control_campaigner_Sarah_Brady_dies_aged_73", "2015-04-05", "non-profit", "US", "leadership", BRADY,
  C.format("doc679.xml") + "AMALGUM dateCreated 2015-04-04, the date line 'Sunday, April 5, 2015' kept as "
  "`published`. An image caption with its credit ('Sarah Brady, pictured far right in 2006Image: White House.') "
  "cut; spaces at paragraphs' ends dropped; the article's own slips kept ('March 30, 1981 ,', 'who was was "
  "shot'). The death of a gun-control group's chairperson, her earlier post as the group's vice chair under its "
  "former name, the statement posted on a social network, two former presidents."),
 ("autogum_news_doc689", "California county's corporate anti-electioneering measure abandoned",
  W + "California_county%27s_corporate_anti-electioneering_measure_abandoned", "2008-11-11", "government/legal",
  "US", "regulation", HUMBOLDT,
  C.format("doc689.xml") + "AMALGUM dateCreated 2008-11-11, the date line 'Tuesday, November 11, 2008' kept as "
  "`published`. No caption or quote box; the first <p> holds a line break after its first sentence (a single "
  "newline in the wiki source, shown as a space), written here as one space; spaces at paragraphs' ends dropped; "
  "'O&amp;M' written 'O&M'; the article's own slips kept ('Pacific Legal Defense Foundation' beside 'Pacific "
  "Legal Foundation', 'on the behalf of'). A county's settlement ending a ban on corporate political "
  "contributions, two local companies and a legal foundation that sued for them, the group behind the ban."),
 ("autogum_news_doc286", "BBC Reporter Alan Johnston is released in Gaza",
  W + "BBC_Reporter_Alan_Johnston_is_released_in_Gaza", "2007-07-04", "media", "non-US", "leadership", JOHNSTON,
  C.format("doc286.xml") + "AMALGUM dateCreated 2007-07-04, the date line 'Wednesday, July 4, 2007' kept as "
  "`published`. The opening quote box cut whole: its bold first line ('A short time ago, we received the news "
  "...'), the paragraph that continues the family's statement ('The last 114 days have been a dreadful time for "
  "us ...') and its attribution line ('—Graham, Margaret and Katriona Johnston (his father, mother and "
  "sister).'); a run of two spaces made one ('the Hamas leader'); spaces at paragraphs' ends dropped. A "
  "broadcaster's correspondent freed after four months, a militant group's leader, a news agency, a prime "
  "minister, the broadcaster's television centre."),
]


def main():
    return [amalgum.record(*x) for x in ITEMS]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
