#!/usr/bin/env python3
"""Batch 35c (session 36; helper gather36c): English Wikinews (CC BY 2.5) articles that no earlier batch used, read
from the AMALGUM corpus (github.com/gucorpling/amalgum, older output folder `out/news/autogum_news_docNNN.xml`,
stored version 49e8fad, read with read_file), the thirteenth round of the Wikinews lane after batches 34c and 34l,
asked for business and technology stories (deals, executives, launches, outages).
How they were chosen: the `docNNN` numbers named nowhere (GATHERING.md, every gather script, /work/notes, the
train/dev split files, the test files by a number-only scan, the session-35 and session-36 pools) were counted at
01:12 UTC: 136 free. A seeded draw, random.Random(3635).sample(free, 16), gave doc575, 254, 470, 272, 493, 154, 138,
733, 507, 098, 086, 343, 268, 489, 091, 456 (all read); three documents that batch 34l had read and left for a later
round were read again (doc614, doc117) or for the first time (doc803, doc623). Of those 20, the five with the most
company, organisation, executive or service content told as news were kept, and a sixth from a second draw:
- doc614: a film director dropped by a studio over old posts, the studio's parent and its studio chairman (2018);
- doc138: a US complaint centre's cyber-crime report, the two bodies that run it, an IT consultancy's managing
  director and the agency's spokeswoman (2008);
- doc117: a Wikinews Shorts page: an online retailer restocking a games console that sold out on retailers' sites,
  a central bank's rate cut, a conservation charity, an electoral commission's chairman and troop moves (2008);
- doc086: a broadcaster's report that famine-aid money was diverted to a rebel movement, with charities, the
  movement's relief wing, a charity's director and a rock star (2010);
- doc493: the London Bridge attack, with a council's secretary general, a prime minister, a broadcaster and no
  train service to London Bridge station the next morning (2017; a near-miss, a closure for a cordon).
- doc363 (from a second draw, random.Random(3636).sample(free left, 5): doc203, 301, 363, 804, 171, all read):
  a woman killed by cult members in a fast-food chain's Chinese restaurant, the chain's statement, a state
  broadcaster, a state news agency and papers (2014).
A third draw, random.Random(3637).sample(free left, 8): doc652, 711, 165, 282, 563, 615, 375, 499 (all read) gave
none (politics, war, science, one text before the CC BY cut-off). No text of the 33 tells a service outage in the
strict sense.
Each text is the article body written out by hand from the XML: the headline and the date line (kept as
`published`) left out; image captions with their credits, pull quotes with their attribution lines, section
headings, source lists and 'Sister projects' lists cut; paragraphs as the XML's <p> elements; XML entities as their
characters; link texts as they read; runs of spaces made one and spaces at a paragraph's start or end dropped; no
word added or changed (the articles' own slips kept).
usage: batch35c.py [POOL_DIR] [--dry]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import amalgum
from write_pool import write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather36c/pool"
W = "https://en.wikinews.org/wiki/"
C = "Read from AMALGUM out/news/autogum_news_{} (commit 49e8fad) with read_file. "

GUNN = """On Friday, US director and screenwriter James Gunn was fired from work on Guardians of the Galaxy Vol. 3 for Marvel Studios reportedly for his offensive tweets from 2008 to 2011 about, amongst other things, rape and paedophilia.

In a statement, Walt Disney Studios' Chairman Alan Horn said, "The offensive attitudes and statements discovered on James' Twitter feed are indefensible and inconsistent with our studio's values, and we have severed our business relationship with him".

The Walt Disney Company owns Marvel Studios. James Gunn wrote the screenplay and directed Marvel movies Guardians of the Galaxy, released in 2014, and Guardians of the Galaxy Vol. 2, released in 2017. Based on the comic book characters in the Marvel Comics, the movie franchise featured Chris Pratt, Zoe Saldana, Dave Bautista, Karen Gillian as well as Bradley Cooper and Vin Diesel as voice cast for CGI characters. The two movies earned a worldwide box office revenue of about USD 773 million and USD 864 million per Box Office Mojo's statistics. Gunn had been writing the third movie in the franchise reportedly to be released in 2020.

Responding to his firing, James Gunn said, "My words of nearly a decade ago were, at the time, totally failed and unfortunate efforts to be provocative. I have regretted them for many years since — not just because they were stupid, not at all funny, wildly insensitive, and certainly not provocative like I had hoped, but also because they don't reflect the person I am today or have been for some time. Regardless of how much time has passed, I understand and accept the business decisions taken today. Even these many years later, I take full responsibility for the way I conducted myself then."

In one of the old tweets, Gunn wrote, "The best thing about being raped is when you're done being raped and it's like 'whew this feels great, not being raped!'"

Dave Bautista, who portrays Drax the Destroyer in Gunn's Marvel movies, tweeted about Gunn's dismissal saying, "James Gunn is one of the most loving, caring, good natured people I have ever met. He's gentle and kind and cares deeply for people and animals. He's made mistakes. We all have. I'm NOT ok with what's happening to him".

After Gunn was fired, David Dastmalchian, an actor in the latest Marvel Studios movie Ant-Man and the Wasp wrote on Instagram, "i've been saying this FOR YEARS! @jamesgunn is one of the most amazing people I've ever known - both professionally & personally. there are so many people in our lives that we would never have known without the incredible magnet of talent & goodness that is James [...] thanks for making us a part of your family, buddy.\""""

CYBER = """The United Kingdom is listed second in a report on global cyber-crime statistics, behind the United States and ahead of cyber-crime "hotspots" Nigeria and Romania. The 2007 Internet Crime Report was released in April by the Internet Crime Complaint Center (IC3), a joint operation between the Federal Bureau of Investigation and the National White Collar Crime Center.

Americans reported losses of US$240 million from global cyber-crime in 2007, a $40 million increase from 2006. The Internet Crime Complaint Center received 206,884 complaints of online fraud in 2007, a decrease from the previous year's 207,492 complaints.

FBI special agent John Hambrick, in charge of the IC3 unit, told the Agence France-Presse "We're seeing more schemes involving bigger ticket items, get-rich-quick and work-at-home schemes that involve higher dollar losses". As the report only includes figures from crimes reported to law enforcement, it is likely that real crime numbers were higher.

FBI Cyber Division Assistant Director James E. Finch commented on the report: "The Internet presents a wealth of opportunity for would be criminals to prey on unsuspecting victims, and this report shows how extensive these types of crime have become ... What this report does not show is how often this type of activity goes unreported. Filing a complaint through IC3 is the best way to alert law enforcement authorities of Internet crime."

In response to the report's release, the information technology consultancy Global Secure Systems (GSS) warned that the United Kingdom is becoming a hotbed of internet crime. According to the report, the UK accounts for 15.3 per cent of online crime from US crime reports. "This is significantly ahead of other cyber-crime hotspots such as Nigeria (5.7 per cent) and Romania (1.5 per cent)," said David Hobson, managing director of GSS, in an interview with vnunet.com.

The 2007 Internet Crime Report cites the top ten countries by amount of perpetrators of online crime. In descending order, the top ten list includes the United States, the United Kingdom, Nigeria, Canada, Romania, Italy, Spain, South Africa, Russia, and Ghana. Scammers living within the United States most often lived in California, Florida, Georgia, Illinois, New York, Pennsylvania, and Texas. Men lost more money to online fraud than women in 2007, and also accounted for 75 percent of cyber-crime perpetrators.

FBI spokeswoman Cathy Milhoan told CIO Today that online scammers attempt to take advantage of the good will of individuals, asking for money for purported charities during crises. "The scammer tries to prey on victims who are kind of in tune with what's going on in the world. The scam changes, but ultimately they're preying on the good will of people," said Milhoan.

The most widely reported complaint was Internet auction fraud at 35.7 per cent of referred crime complaints. Other online criminal activities cited in the report include non-delivery of purchases and credit/debit card fraud, computer intrusions, spam/unsolicited e-mail, and child pornography. The report also seeks to raise awareness of other types of cyber-crimes, and describes steps individuals can take both to prevent internet crime, and to report it if they have been victimized."""

SHORTS = """Biologists from Fauna and Flora International say that they had discovered up to twenty critically endangered monkeys in a remote forest in northwestern Vietnam.

The group, which belongs to the species of Tonkin snub-nosed monkeys, included three infant monkeys, an indication that they were breeding and increasing in their numbers.

Before the discovery, less than 250 of the animals were thought to inhabit the planet.

India has announced that it will release a stimulus package worth $4 billion, or 200 billion rupees, to help its economy, as the global economic slowdown continues.

This comes as the Reserve Bank of India cut its key interest rate by 1%, from 7.5% to 6.5%, on Saturday to, encourage more spending. The rates are at their lowest since June of 2006. This is the third time since October that the bank has cut its rates.

Business confidence in India has also been lowered after an attack on Mumbai last week left at least 170 people dead.

Officials say that a high turnout has been recorded for elections for president and parliament in Ghana.

Despite long queues at polling stations, the election has been reported as peaceful. 12.4 million voters, approximately half the country's population, have cast their ballots.

"Voter turnout is going to be very high," said Electoral Commission Chairman Kwadwo Afari-Gyan. "I should expect a higher number than we saw in the last elections because I could see this one is very competitive." Turnout in 2004 was a record 85%.

The election results are expected to come in on Monday.

The army of Sudan has deployed additional troops to the state of Kordofan, which is rich in oil. The army told state media that it wanted to prevent "feverish attempts" to attack the area by Darfur rebels, members of the Justice and Equality Movement (JEM).

The army's announcement comes just days after officials in semi-autonomous southern Sudan accused the north of creating a large force in southern Kordofan over the period of the last three weeks.

The Sudanese army has been on alert since JEM launched an unprecedented attack on the Sudanese capital of Khartoum in May of this year.

On December 7, 2008, Walmart.com announced that it will have thousands of Wiis in stock online starting Monday. The console will be sold for $249.24 alone, or for $329 in a "value bundle," which includes the Wii console and other Wii items such as an extra pair of controllers.

The Wii has been one the most popular electronic items this season. On Black Friday, retailers ran out of stock, forcing consumers to go online to sites such as Yahoo! Shopping, eBay, and other big retailer sites.

By nightfall on Friday, the Wii console sold out on all big retailer sites including Walmart.com, BestBuy.com, and CircuitCity.com."""

AID = """An investigation by the BBC has revealed that millions of dollars in famine relief aid money, including the money raised from the charity supergroup Band Aid and the Live Aid concert held by Bob Geldof, was "siphoned off" by Ethiopian rebels to buy weapons. One rebel said that at least US$ 95 million (£63 million) from — Western governments and private charities — was diverted into rebel coffers.

This was also noted in a declassified Central Intelligence Agency assessment of the famine situation titled Ethiopia: Political and Security Impact of the Drought, in which the report states, "Some funds that insurgent organizations are raising for relief operations, as a result of increased world publicity, are almost certainly being diverted for military purposes."

During the 1984–1985 famine, Ethiopia was fighting Eritrean and Tigray rebels in those two northern provinces, although Eritrea has since gained its independence. Since the countryside was out of the government's control, aid was brought in from neighboring Sudan. Some aid came in the form of food, while other aid came as cash which would be used by the aid agencies to buy grain from Ethiopian farmers.

Rebels would disguise themselves as traders and merchants to get their hands on the currency. "I was given clothes to make me look like a Muslim merchant. This was a trick for the NGOs," said Gebremedhin Araya, a senior member of the Tigray People's Liberation Front (TPLF).

One such aid worker that brought the grain was Max Peberdy, who worked for the charity Christian Aid. Peberdy is seen in a photo with Araya buying grain.

Araya said that only some of the sacks were filled with grain; the rest were filled with sand. The transaction was overseen by a member of the Relief Society of Tigray (REST), the humanitarian wing of the TPLF. The money was then given to TPLF leaders, including chairman Meles Zenawi, who has been Prime Minister of Ethiopia since 1991. Zenawi has not commented on the allegations.

Peberdy disputes the claims that he was duped, saying, "As far as we were concerned and as far as we were told by REST, the people we were dealing with were merchants." He added, "It's 25 years since this happened, and in the 25 years it's the first time anybody has claimed such a thing."

However, an exiled TPLF commander who lives in the Netherlands, Aregawi Berhe, is backing Araya's story. He said the group got their hands on over US$100 million (£66 million) of which 95% went to buy weapons and build up a hardliner Marxist party inside the rebel movement. The remaining five percent would go to famine victims. Berhe told the BBC that the group would put on a "drama" to get the money. Berhe said, "The aid workers were fooled."

In response to the allegations, the charity Christian Aid issued a statement saying, "There are allegations in the story which are against all of Christian Aid's principles and our initial investigations do not correspond to the BBC's version of events."

Nick Guttmann, who is director of emergency relief operations for the group, says the "story has to be put into context". "We were working in a major conflict, there was a massive famine and people on all sides were suffering," Guttmann said, adding, "Both the rebels and the government were using innocent civilians to further their own political ends."

Bob Geldof, the Irish rock star who help organized Live Aid, said, "We are talking about a disgruntled, exiled general. The essence of the report also is not just about Live Aid. It's that all monies going into Tigray — that would be Oxfam, Save the Children, UNICEF and Christian Aid — somehow, we were all duped and gulled. And that's simply not the case. It just didn't happen.\""""

LONDON = """Saturday night in the UK, three men wearing what were later found to be fake suicide vests drove a van into crowds on London Bridge, then exited the van at Borough Market and began to stab people with blades, killing seven and injuring at least 48. All three were shot and killed by police, who went on to arrest at least twelve other people. Militants from the Islamic State of Iraq and the Levant claimed responsibility.

Prime Minister Theresa May says that the attacks on Westminster Bridge, Manchester Arena, and now London Bridge were not connected through any known network but did attribute the attack to the "evil ideology of Islamist extremism". According to the BBC, a witness to the attack heard one or more of the perpetrators say "this is for Allah."

"Enough is enough," said May. "There is, to be frank, far too much tolerance of extremism in our country. So we need to become far more robust at identifying it and stamping it out [...] That will require some difficult and often embarrassing conversations. We need to live our lives not in a series of separated, segregated communities but as one truly United Kingdom."

The Muslim Council of Britain condemned the attacks: "These acts of violence were truly shocking and I condemn them in the strongest terms. Muslims everywhere are outraged and disgusted at these cowards who once again have destroyed the lives of our fellow Britons. That this should happen in this month of Ramadan, when many Muslims were praying and fasting only goes to show that these people respect neither life nor faith" said the organization's Secretary General, Harun Khan.

Yesterday morning there was no train service to London Bridge station. Because the site was still cordoned off, many people had to take miles-long detours, often on foot, to get to work or else had to wait outside for long periods. Security office Mohammed Osman told the press: "I'm not feeling worried. I'm strong enough. These enemies are trying to divide us but we have to be together."

While most of the country's political parties have decided to suspend campaigning temporarily, the upcoming general elections scheduled for Thursday have not been cancelled.

According to the BBC, this attack differs from the one in Manchester Arena because creating a bomb requires sophisticated technical skill and operating vans and knives does not.

Some of the people injured in the attacks have been released from hospitals; as of yesterday, others were still reported in critical condition."""

MCD = """Police in China announced yesterday the arrests of six people who reportedly pled guilty to murdering a woman by bludgeoning her to death at a McDonald's restaurant in the city of Zhaoyuan, Shandong province. Police said they believed the suspects, who included a man, his reportedly twelve-year-old son, and two daughters, along with two other women, were members of a cult known as Quannengshen, Chinese meaning "All-powerful spirit".

Police said the victim, surname Wu, refused to give the man, surname Zhang, her telephone number when he solicited her for induction into the group, following which, Zhang began to bludgeon her with a mop before the other suspects joined in the assault. The Australian cited claims from uncensored websites saying the women who accompanied Zhang shouted "beat her to death" prior to attacking the victim themselves.

The son, who can't be held criminally responsible in China due to his age, will be "dealt with separately" according to authorities. Following the incident, state broadcaster China Central Television reported discovery of religious material at a location connected to Quannengshen.

Video footage of the assault has been uploaded to the internet, along with photos of Wu motionless on the floor of the restaurant in a pool of blood. Though taken to hospital, Wu, who was reportedly the mother of a young son, died. The incident has drawn the criticism of netizens online, who highlighted the presence of dozens of other customers in the restaurant who stood by and filmed the assault, while doing nothing to stop the attack or assist the victim.

According to the newspaper Southern Metropolis Daily, Quannengshen, a doomsday cult which bases its ideology on the Christian Bible, began about twenty years ago in Heilongjiang province and now has members based in the eastern provinces of China. Reportedly the Chinese government declared the group an illegal "evil cult" in 1995. In December 2012, according to a report by the Beijing Morning News, seventeen cultists were arrested in Beijing for harassing people with an apocalyptic message in a public park.

The incident comes amid ongoing efforts by the Chinese government to control religious movements who base their teachings on Christianity and Buddhism. Another group, Falungong, also illegalized as an "evil cult", was suppressed by the government in 1999, and reportedly had a membership of millions. The government has detained tens of thousands of Falungong members and, according to the group, tortured members for their beliefs.

McDonald's has released a statement on its Chinese microblog, expressing “deep-felt grief” for the incident, along with a promise the company would conduct an investigation. Chinese state news agency Xinhua quoted Shandong authorities, "Local provincial police authorities vowed to severely punish illegal activities of heretic sects to protect the safety of people's lives and property". When the Associated Press contacted the police headquarters in Zhaoyuan, they were told by a clerk there was no one available for comment."""

ITEMS = [
 ("autogum_news_doc614", "US director James Gunn fired from Marvel Studios for decade-old offensive tweets",
  W + "US_director_James_Gunn_fired_from_Marvel_Studios_for_decade-old_offensive_tweets", "2018-07-23",
  "media/entertainment", "US", "leadership,partnership", GUNN,
  C.format("doc614.xml") + "AMALGUM dateCreated 2018-07-21, the date line 'Monday, July 23, 2018' kept as "
  "`published`. One image caption ('File photo of James Gunn, 2014. Image: Mingle Media TV (flickr) (CC BY 2.0).') "
  "cut; a run of two spaces ('Karen Gillian  as well') made one; film titles' italics dropped with their words "
  "kept; the link texts written as they read ('Walt Disney Studios'' from two links, 'tweets', 'USD'); '&amp;' as "
  "'&'; the article's own wording kept ('Karen Gillian', 'i've', the closing quotation mark after 'buddy.'). A film "
  "director dropped by a studio over old posts, the studio's owner named, its studio chairman quoted, a box-office "
  "site, two social networks; no outage."),
 ("autogum_news_doc138", "UK nears US in cyber-crime, ahead of Nigeria, Romania",
  W + "UK_nears_US_in_cyber-crime%2C_ahead_of_Nigeria%2C_Romania", "2008-04-10", "technology/security",
  "mixed", "leadership,partnership", CYBER,
  C.format("doc138.xml") + "AMALGUM dateCreated 2008-04-10, the date line 'Thursday, April 10, 2008' kept as "
  "`published`. Two pull quotes with their attribution lines cut ('We're seeing more schemes ...' / '—John "
  "Hambrick, FBI special agent'; 'The scammer tries to prey ...' / '—Cathy Milhoan, FBI spokeswoman'; the words "
  "stay in their paragraphs); the report title's and the papers' italics dropped; spaces at paragraphs' ends "
  "dropped; the link text 'US$' written as it reads; the article's own wording kept ('told the Agence "
  "France-Presse', 'would be criminals'). A complaint centre's cyber-crime report, the two bodies that run it, "
  "an FBI unit's agent in charge, a division's assistant director, a spokeswoman, an IT consultancy's managing "
  "director, two technology news sites; no outage (fraud counts, no service lost)."),
 ("autogum_news_doc117", "Wikinews Shorts: December 8, 2008", W + "Wikinews_Shorts%3A_December_8%2C_2008",
  "2008-12-08", "retail/finance", "mixed", "product,near-miss", SHORTS,
  C.format("doc117.xml") + "AMALGUM dateCreated 2008-12-08; the compilation line 'A compilation of brief news "
  "reports for Monday, December 8, 2008.' (its date kept as `published`) and the italic 'Contribute to Wikinews "
  "...' line cut; each brief's heading ('New sub-population of critically endangered species of monkey found', "
  "'India announces $4 billion stimulus package', 'High turnout in Ghanian elections', 'Sudan deploys more troops "
  "to oil-rich state', 'Walmart.com to stock up on Wiis starting Monday') and its 'Sources' list cut, the five "
  "briefs' paragraphs kept in order; a space at a paragraph's end dropped; the link texts as they read "
  "('Walmart.com', 'Wiis'); the article's own slips kept ('on Saturday to, encourage', 'one the most popular'). "
  "An online retailer restocking a console that sold out on retailers' sites (sold out: no outage, a near-miss), "
  "a central bank's rate cut, a conservation charity, an electoral commission's chairman, troop moves."),
 ("autogum_news_doc086", "BBC: Ethiopian famine aid 'siphoned off' to buy weapons according to rebels, report",
  W + "BBC%3A_Ethiopian_famine_aid_%27siphoned_off%27_to_buy_weapons_according_to_rebels%2C_report",
  "2010-03-05", "media/charities", "non-US", "leadership", AID,
  C.format("doc086.xml") + "AMALGUM dateCreated 2010-03-04, the date line 'Friday, March 5, 2010' kept as "
  "`published`. Two image captions with their credits (the Live Aid concert; Meles Zenawi) and two pull quotes "
  "with their attribution lines cut (the CIA report's words; Araya's words — both stay in their paragraphs); the "
  "report title's italics dropped; runs of two spaces after full stops made one and spaces at paragraphs' ends "
  "dropped; the article's own wording kept ('US$ 95 million (£63 million) from — Western governments', 'help "
  "organized'). A broadcaster's investigation into famine aid diverted to a rebel movement, its relief wing, "
  "charities and a charity's director of emergency relief, a spy agency's assessment, a prime minister; no "
  "outage."),
 ("autogum_news_doc493", "Seven killed, forty-eight injured in attack on London Bridge",
  W + "Seven_killed%2C_forty-eight_injured_in_attack_on_London_Bridge", "2017-06-05", "transport/security",
  "non-US", "near-miss,leadership", LONDON,
  C.format("doc493.xml") + "AMALGUM dateCreated 2017-06-04, the date line 'Monday, June 5, 2017' kept as "
  "`published`. The pull quote with its attribution line cut ('Muslims everywhere are outraged ...' / '—Harun Khan "
  "of the Muslim Council of Britain'; the words stay in their paragraph); the 'Sister projects' heading and its "
  "list ('June 2017 London attack') cut; runs of two spaces after full stops made one; the link text 'the "
  "country' kept; the article's own wording kept ('Security office Mohammed Osman'). A terror attack, a prime "
  "minister, a council's secretary general, a broadcaster; no train service to London Bridge station the next "
  "morning while the site was cordoned off (a closure after an attack: a near-miss, no outage)."),
 ("autogum_news_doc363", "Chinese police arrest six after woman beaten to death at Shandong McDonald's",
  W + "Chinese_police_arrest_six_after_woman_beaten_to_death_at_Shandong_McDonald%27s", "2014-06-01",
  "retail/media", "non-US", "near-miss", MCD,
  C.format("doc363.xml") + "AMALGUM dateCreated 2014-05-31, the date line 'Sunday, June 1, 2014' kept as "
  "`published`. No caption or heading to cut; the italics of the cult's name and the papers' names dropped with "
  "their words kept; a run of two spaces after a full stop made one and a space at a paragraph's end dropped; the "
  "typographic quotation marks around 'deep-felt grief' kept as they stand beside the straight ones. A killing "
  "in a fast-food chain's restaurant, with the chain's statement, a state broadcaster, a state news agency, two "
  "Chinese papers, an Australian paper and a US news agency; no outage (a crime)."),
]


def main():
    return [amalgum.record(*x) for x in ITEMS]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
