#!/usr/bin/env python3
"""Batch 32o (session 33, round 3; helper gather33o): English Wikinews (CC BY 2.5) news articles no earlier batch
used, read from the AMALGUM corpus (github.com/gucorpling/amalgum, older output folder
`out/news/autogum_news_docNNN.xml`: plain XML with headline, dateCreated and sourceURL on <text>, paragraphs in <p>)
with read_file at the stored version 49e8fad — the tenth round of this lane after batches 24c-26d, 28e, 29e, 30e,
31e, 31g, 32e and 32g, again looking for business, technology and economy stories.
How they were found: the free numbers of doc000-doc810 were counted at 19:23 UTC as batches 32e and 32g counted them
(a scan of GATHERING.md, every gather script and the /work/notes files for `docNNN` and the comma, 'and' and range
lists after it, this batch's own files left out: 481 named, 331 free); then five seeded draws, each over the free
numbers the earlier ones left: random.Random(3632).sample(free, 16), Random(3633) 12, Random(3634) 12, Random(3635)
12 and Random(3636) 6 — all 58 read whole, seven kept (doc379, doc197, doc065, doc707 from the first two; doc730,
doc438 from the third; doc682 from the fourth). Each kept source URL and the article's main names were checked
against every corpus split (test by script counts only), the gather scripts, GATHERING.md, the notes and the
session-33 pools: no match. Left out after checks: doc741 (Anonymous's attack on the Westboro Baptist Church
website, December 2012: batch 24c's outage text), doc783 (Wikinews Shorts of 19 April 2007: its first brief, Telecom
New Zealand and CallPlus on compensation for an Internet outage, follows a test text's outage), doc084 (Wikinews
Shorts of 4 August 2010: BP's 'static kill' of the Deepwater Horizon well, a subject train and dev texts hold).
The seven: a regulator's head proposing to release a nuclear plant's contaminated water, with the plant's operator,
a second utility shutting a reactor for inspection and a newspaper (Fukushima, TEPCO, Kansai Electric Power, 2013); a
broadcaster's correspondent dead, with the network's chief executive and president (Mike Wallace, CBS, 2012); a
development bank's president on food prices, with the IMF and a joint report (World Bank, 2011); a band's founder
dead, announced by its manager (GWAR, 2014); a court hearing with a coffee chain's chief executive answering a
shareholder, companies signing a brief and pollsters (Starbucks, Goldman Sachs, 2013); a statistics bureau's
inflation figures with a premier and a bank's researcher (China, ING, 2011); a snowstorm leaving homes without
power, with airports, a railway and a transit authority suspending service (Washington, Amtrak, 2010).
Each text is the article body written out by hand from the XML: the headline and the date line (kept as `published`)
left out; image captions with their credits and pull quotes with their attribution lines cut; paragraphs as the
XML's <p> elements; XML entities as their characters; runs of spaces made one and spaces at a paragraph's start or
end dropped; no word added or changed (the articles' own slips kept). Per-item cuts are in each item's note.
usage: batch32o.py [POOL_DIR] [--dry]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import amalgum
from write_pool import write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather33o/pool"

FUKU = """Radiation at Japan's damaged Fukushima Nuclear Power Plant yesterday spiked to lethal levels around a leaking tank. Today the national Nuclear Regulation Authority (NRA) said contaminated water may be pumped into the sea.

Tanks holding contaminated water at the site continue to leak; operator Tokyo Electric Power Company (TEPCO) says up to 300 metric tons may have leaked from one tank alone. Radiation at that tank soared to 1,800 millisieverts per hour yesterday, a rate lethal to an exposed human in about four hours. Japanese law says nuclear workers cannot be exposed to more than 50 millisieverts in a year.

TEPCO says other locations at the plant have readings of 70–230 millisieverts per hour. Waste water totalling more than 300,000 tons has already been collected at the site; more is being stored at a rate of 400 tons per day. An unknown quantity of radioactive groundwater is flowing into the sea.

NRA boss Shinichi Tanaka told a press conference today that stored water may be pumped into the Pacific after treatment to reduce contamination to within legal limits. "I'm afraid that it is unavoidable to dump or release the water into the sea," he said, adding "careless management" was being applied to the water by TEPCO.

TEPCO first noticed a leak at the now-deadly tank in July but said it was minor and the NRA gave it a level one "anomaly" rating on the seven-part international scale. Last week that was raised to "serious incident", level three, after TEPCO said up to 300 tons of water had leaked. The exact amount is unknown as there is no gauge to measure levels inside the tank and TEPCO staff had said water levels in the tank had remained constant.

Last week levels under the tank, where lost water is thought to have seeped into the ground, stood at 100 millisieverts per hour, and another at the facility had a level of 70 millisieverts per hour. TEPCO found another leak yesterday in a pipe between coolant tanks. Highly radioactive material was dripping out, but TEPCO says the leak is now fixed. Monitoring at the site has been increased since the original leak's discovery two weeks ago.

Around 1,000 tanks are used to store water from the power plant's coolant system, which was contaminated when three reactors melted down after a tsunami in March 2011. Around 160,000 people were evacuated in the worst nuclear disaster since 1986. Tanaka said "The situation at Fukushima is changing everyday... The accident has yet to be settled down."

The new radiation involves beta rays, TEPCO said, which can be stopped with a sheet of metal. Water treatment has extracted caesium from the tanks but other radioactive elements remain. TEPCO's equipment to remove other contamination is out of action due to filter corrosion after a few months of operating, but the government has demanded it be returned to service this month.

None of the tanks have monitoring equipment and TEPCO's initial procedure involved two employees manually checking each tank over a two-hour period. Since the tank was found to be leaking the total monitoring staff has increased from ten to 60, and patrols are carried out four times a day instead of twice a day.

Prosecutors brought criminal charges against TEPCO and government officials including then-Prime Minister Naoto Kan for their handling of the crisis formed after the tsunami. Daily newspaper Sankei Shimbun today claimed all charges, brought after local residents complained, were to be dropped. Sankei Shimbun suggests a formal announcement may come within days.

Kansai Electric Power today began shutting down one of only two reactors still generating power in Japan, reactor #3 at Oi Nuclear Power Plant, for mandatory inspection. The other, Oi's reactor #4, is to be permanently switched off this month. When the accident began nuclear energy supplied a third of Japan's power requirements, but in the aftermath of Fukushima the nation has switched to fossil fuels."""

WALLACE = """Retired CBS News television correspondent Mike Wallace, known for his tough interviewing style, died April 7, at Waveny Care Center in New Canaan, Connecticut, surrounded by his family. He was 93 years old.

"It is with tremendous sadness that we mark the passing of Mike Wallace. His extraordinary contribution as a broadcaster is immeasurable and he has been a force within the television industry throughout its existence. His loss will be felt by all of us at CBS. All of us at CBS News and particularly at '60 Minutes' owe so much to Mike. Without him and his iconic style, there probably wouldn't be a '60 Minutes," said CEO and president of CBS Leslie Moonves. CBS plans a tribute broadcast in remembrance of Wallace, scheduled to air on April 15.

Wallace interviewed many famous people including former United States president John F. Kennedy, Martin Luther King Jr., Malcolm X, former first lady Nancy and former president Ronald Reagan. He worked for the CBS News magazine show 60 Minutes for almost 40 years and announced he would step down in 2006, and subsequently interviewed for the program sparingly. His last sit down interview which occurred on January 6, 2007 was with baseball star Roger Clemens.

Wallace won his 21st Emmy Award for his 2006 interview with Iranian President Mahmoud Ahmadinejad; Wallace was 89 years old at the time. Wallace said that interview stuck out to him the most, as well as his interview with Russian-American classical piano virtuoso Vladimir Horowitz, which he later said was his favorite interview.

Wallace said the interview that most affected him was his documentary on the Vietnam War in 1982. In the report, Wallace said General William Westmoreland exaggerated enemy casualty figures so Americans would keep supporting the war. Westmoreland sued CBS (Westmoreland v. CBS) and Wallace for $120 million, and later dropped the lawsuit. The trial pushed Wallace into clinical depression and he admitted in a 2006 60 Minutes tribute to himself, that he attempted suicide by overdosing. Wallace eventually became a spokesperson for the Brain & Behavior Research Foundation, formerly known as the National Alliance for Research on Schizophrenia and Depression. He appeared in a 1998 documentary about depression called "Dead Blue."

Wallace attended the University of Michigan, where he delved into the broadcasting world. He graduated in 1939 and became a communication officer in the U.S. Navy for three years during World War II. In the 1940’s and 1950’s Wallace appeared on many television and radio shows doing both news and entertainment broadcasts.

He married a woman he meet at college, Norma Kaphan and they had two boys, Peter and Christopher. The couple divorced in 1948. Wallace then married actress Buff Cobb which ended in divorce. He married twice more to Lorraine Perigord for 28 years and then Mary Yates, his current wife, turned widow.

He is survived by his two sons, wife, stepdaughter Pauline Dora and stepson Eames Yates including several grandchildren."""

FOOD = """The World Bank, an organization that provides loans to developing countries, warned Thursday that rising food prices are driving millions of people deeper into poverty.

Robert Zoelick, World Bank president, said that food prices have risen 36% over the last year, pushing 44 million more people into poverty since last June. About 1.2 billion people are extremely poor.

He warned that a further increase of 10% in the cost of food would move an additional 10 million persons into extreme poverty, and there was no sign of a near term reversal in the inflation of food prices, which affects the developing world disproportionately.

"We have to put food first and protect the poor and vulnerable, who spend most of their money on food," said Zoellick. “The general trend lines are ones where we are in a danger zone… because prices have already gone up and [food] stocks are relatively low,” he said.

The cost of the basic foods, such as wheat, maize and soy are all surging. Only rice has shown a slight decrease in price.

The steep rise in the cost of food is being driven by a combination of factors, including bad weather in food exporting areas such as Russia, Ukraine, North America and China, rising energy costs that increase the cost of producing and transporting food, and the incentives for farmers in many countries to produce crops for biofuels instead of for food.

"The linkage between food and fuel is much tighter than it was ten years ago," said Zoellick.

Additionally, the change in diet of the growing middle class in developing countries means they consume more meat and pork products which take increased grain to produce and drives up the price of feed stocks.

National food investment and export policies of some wealthier countries are affecting poorer nations. For example, China is acquiring large amounts of land in Africa to grow food for the needs of the Chinese; Saudi Arabia has given up wheat production to invest overseas for food, and a drought in Russia has led it to implement an export ban on wheat.

Zoellick spoke in Washington at the opening of the meetings of the World Bank and the International Monetary Fund (IMF). He hopes to discuss food policies with officials of the G-20 countries to develop a "code of conduct" on export bans and to encourage these countries to do more to increase food production and aid developing countries in managing agricultural problems.

On Saturday, the World Bank and the IMF issued "Global Monitoring Report 2011: Improving the Odds of Achieving the MDGs" which said the world was still on track toward reaching a key goal of reducing the number of the world's people living in extreme poverty and hunger by half, to 883 million, by the target date of 2015. Most of the world's progress is due to fast growth in India and China, while African countries are behind."""

GWAR = """Dave Brockie of rubber-costumed metal act GWAR was found dead in his Richmond, Virginia home late on Sunday. Better known by stage name Oderus Urungus, Brockie was 50.

Founder, singer, leader, and occasional bassist of GWAR, Brockie's career stretches back to 1984. He and fellow Virginia Commonwealth University art students formed what they dubbed "Earth's only openly extra-terrestrial rock band", growing famous for satirical and obscene lyrical themes, and live shows featuring the defilement of effigies and plenty of fake blood.

Fellow founding member Don Drakulich, who still makes props and costumes for the rockers, said he was "very sad" and "shocked". He said Brockie's roommate found the corpse. GWAR members changed frequently and the band recovered from the sudden death of guitarist Cory "Flattus Maximus" Smoot during a 2011 tour, but the New York Daily News notes "it's hard to envision their saga going further" after Brockie's death.

The band ran with the backstory of crashing to "the most insignificant planet in the universe" 43 million years ago before creating humans by having sex with apes. Becoming encased with ice, the legend ran that upon thawing out in 1984 the members decided to form a band.

Manager Jack Flanagan announced the death via GWAR's website, adding a post-mortem will be conducted. "My main focus right now is to look after my band mates and his family" he said. Flanagan said another GWAR member found the body.

Brockie said in 2009 "I am one of the blessed people that gets to do what I love to do for a living." GWAR received a Grammy nomination in 1993, with Phallus in Wonderland up for Best Longform Music Video.

Fellow Virginia rocker Randy Blythe, vocalist for Lamb of God, paid tribute online, writing on Instagram "When someone dies, a lot of the time people will say 'Oh, he was a unique person, really one of a kind, a true original' [...] I can't think of ANYONE even remotely like him."

Blythe also took to Facebook. "Right now, if I were to truly honor Dave in the way HE would do it if it were ME that had died, I would make a completely tasteless joke about his death. But I do not have the stomach for that — Dave would, but not me. He never put much stock in 'limits'."

Ex-GWAR guitarist Steve Douglas said on Facebook "I have had a few bad days in my life but this one truly ranks right up there. [...] you are gone and it is hurting very badly!" "I wish it was a joke" said another ex-member, Chris Bopst. "Everyone is in shock."

Former bassist Mike Bishop paid tribute in an interview with Style Weekly. "Dave was one of the funniest, smartest, most creative and energetic persons I've known," he said. "He was brash sometimes, always crass, irreverent, he was hilarious in every way. But he was also deeply intelligent and interested in life, history, politics and art.\""""

SCOTUS = """This week, the United States Supreme Court is scheduled to address two cases before them on the issue of same-sex marriage. The federal Defense of Marriage Act case is scheduled to be heard on Wednesday. The other case involves California's Proposition 8. A ruling is unlikely to be made until June.

The federal case involves the denial of privileges afforded to heterosexual married couples on the federal level, and the legality of states to opt out of recognizing legal marriages performed in other states in the union and to deny state benefits for those couples.

John Eastman, law professor at Chapman University and chairman of National Organization for Marriage, a group that opposes same-sex marriage, believes the eventual ruling will be a close one, with Associate Justice Anthony Kennedy likely to be the key swing vote. Eastman is quoted by U.S. News and World Report as saying of Kennedy, "All eyes are on Justice Kennedy and he's obviously written the two major gay rights decisions in the past decade and a half and that means that people rightly think that he's kind of open to taking this step, but he has studiously avoided taking that step in prior cases." Other court watchers agree with this sentiment.

In the lead up to the hearings, a number of high profile politicians have expressed their support for same-sex marriage including Democratic Senator Mark Warner of Virginia, Democratic Senator Claire McCaskill of Missouri, former Secretary of State Hillary Rodham Clinton and Republican Senator Rob Portman of Ohio. Earlier this month, 40 United States senators signed a legal brief arguing against the constitutionality of the federal Defense of Marriage Act that was submitted to the Supreme Court.

High visibility companies have also indicated support for legalized same-sex marriage in the United States, including Starbucks where CEO Howard Schultz gave company support at a share-holder meeting last week. After share-holder Tom Strobhar implied at the meeting that Starbuck's historical position of supporting same-sex marriage, which included open support of the same-sex marriage legalization efforts in the state of Washington last year, hurt the company's bottom line, Schultz responded by saying, "If you feel, respectfully, that you can get a higher return than the 38% you got last year, it’s a free country. You can sell your shares of Starbucks and buy shares in another company." The company's position is predicated on respecting diversity, even if it potentially impacts Starbucks earnings.

Goldman Sachs has also supported the push for same-sex marriage arguing that the lack of equality hurts businesses. Goldman Sachs, Marriott International and Thomson Reuters have all signed a legal brief condemning the federal Defense of Marriage Act.

A Washington Post-ABC News poll published last week showed support for same-sex marriage in the United States was at an all time high at 58%, an increase of 21% since 2003. A recent Gallup poll showed similar results, with 54% of Americans supporting federal benefits for gay and lesbian couples, an increase of 27% since 1996 when the federal Defense of Marriage Act became law. Last week, a poll published by Reuters/Ipso found 63% of Americans supported same-sex marriage or civil unions. Despite this, social conservatives argue that this support may be over-stated by as much as 7% when voters are asked to voice their opinion on the issue at the ballot box. They cite a 2010 study by New York University political science professor Patrick J. Egan. Social conservatives also argue that people lie to pollsters to avoid appearing intolerant. 2000 Republican presidential candidate Gary Bauer said on Fox News Sunday, "I’m not worried about [same-sex marriage], because the polls are skewed. Just this past November, four states, very liberal states, voted on this issue and my side lost all four of those votes. But my side had 45, 46 percent of the vote in all four of those liberal states." Brian S. Brown, president of the National Organization for Marriage, also argues that misleading polling questions over-count support for same-sex marriage in the United States.

Despite the potential for skewed polling, the four most recent ballot initiatives regarding same-sex marriage in the United States on a state level resulted in citizens voting to support same-sex marriage in Minnesota, Maryland, Washington and Maine. It also comes at a time when the most recent election cycle in the United States saw opponents of same-sex marriage outspent 3 to 1."""

CPI = """China's National Bureau of Statistics released data Saturday showing that the consumer price index (CPI) for June climbed 6.4% from a year ago. That compares with a 5.5% rise in May, which was the largest since a 6.3% increase in July 2008. The major factor contributing to this figure was the steep rise in food prices which climbed 14.4%. Pork is a major food staple in China, and its price rose 65% from last year.

Analysts predicted that China's inflation would peak in June, but particularly worrisome was the steep rise in the cost of food from the same time last year and up from 11.7% in May, indicating that Beijing may have difficulty in controlling inflation.

China is the world's second largest economy, having grown robustly in the last two years driven by a 2009 governmental stimulus package of $586 billion and low interest rates offered by state-owned banks. These were directed at promoting investments in real estate construction and government infrastructure projects, enabling China to lead the global recovery after the collapse of the U.S. mortgage market led to a worldwide recession.

Now Beijing is attempting to slow its fast pace of growth, fearful of inflation, by restricting bank lending and raising interest rates. High inflation along with high property values could hurt the economy. Since October, China’s Central Bank has raised interest rates five times.

Many factors are contributing to China's inflation, including higher wages for migrant workers, increases in the prices of food and gasoline, as well as diminished output from crucial agricultural areas cause by droughts and flooding this spring.

Today, China's Premier Wen Jiabao indicated that the war on inflation was continuing and controlling inflation was a top priority for the government, increasing expectations that interest rates would be further increased.

"We must treat stabilising overall price levels as the top priority of our macro-economic controls and keep the direction of macro-economic adjustments unchanged," Wen said today in comments reported on the central government's website. He had said in March that the ruling Communist Party is worried that a continuing rise in food prices could result in public protests.

Wen said the government would boost the supply of hogs to keep the price of pork stable, the price of pork being the major contributor to China's food inflation index and the most closely watched item on it.

"If they signal any comfort with inflation, and inflation is as high as it is now, they could create an environment in which people would panic, and they can have a real problem on their hands," said Tim Condon, Asian researcher at ING.

As markets worried about the news of Chinese inflation as well as concerns about the European debt crisis, oil dropped below US$95 a barrel today."""

SNOW = """A major winter storm, which has been nicknamed by some as "Snowmageddon", has pummeled parts of the U.S. Middle Atlantic region, dumping up to 19 inches (50 centimeters) of snow in some parts of the Washington area.

The National Weather Service is predicting as much as 24 to 30 inches (60 to 75 cm) of snow for the Washington, D.C. region by late Saturday. The storm brought high winds and low visibility, with winds gusting at 56 miles per hour (93 kilometers per hour) along the coast.

Life in the nation's capital ground to a halt with the federal government and most businesses closing early on Friday and residents warned to stay off the snow-clogged roads. Hundreds of thousands of homes were without power as the wet snow weighed heavily on trees and power lines. Power lines in some areas have been brought down by the heavy snow.

The Weather Service issued blizzard and winter storm warnings for states reaching from Virginia and West Virginia up to Maryland, Pennsylvania, Delaware, and New Jersey.

Forecasters say this could be the largest recorded snowfall in Washington, rivaling a storm, known as the Knickerbocker Storm, that hit the city nearly 90 years ago, in January 1922. The largest amount of snowfall recorded so far has been in Elkridge, Maryland, reporting 32 inches (81 cm). The 1922 storm was named the Knickerbocker Storm for a theater where 98 people were killed when the building's roof collapsed due to heavy snow. Snowfall in that storm measured 28 inches (71 cm).

Airlines and airports across the region have canceled flights and train service has been disrupted. Ronald Reagan Washington National Airport suspended flight operations for the day while nearby Washington Dulles International Airport reported only a few international flights would be departing. Baltimore/Washington International Thurgood Marshall Airport reported most flights were canceled. Flights at Philadelphia International Airport are also canceled.

Amtrak announced that it was canceling a number of trains between Washington and New York City, along with service from Washington to cities in the south. The Washington Metropolitan Area Transit Authority, known as the Metro locally, has suspended bus service and above ground train service. Underground subway service is running at 30 minute intervals.

As the storm approached, residents emptied supermarket shelves, stocking up on food and other supplies, especially due to Super Bowl XLIV which will be held on Sunday. Local area sports teams in Washington, D.C. will still play games as scheduled. People are urged to take the Metro to see the games and not use the roads. Impromptu snowball fights have also broken with some people going as far as to organize them over Facebook and Twitter.

The winter weather has already been blamed for hundreds of road accidents. So far two fatalities have been reported, a father and son who were rendering aid to a stranded motorist on Interstate 81 in Virginia, when an approaching tractor-trailer jackknifed and killed the pair.

This is the second major snowstorm to hit the region in less than two months."""

W = "https://en.wikinews.org/wiki/"
C = "Read from out/news/autogum_news_{} (commit 49e8fad). "

ITEMS = [
 ("autogum_news_doc379", "Japan suggests dumping Fukushima waste at sea as radiation hits lethal levels",
  W + "Japan_suggests_dumping_Fukushima_waste_at_sea_as_radiation_hits_lethal_levels", "2013-09-02",
  "energy/utilities", "non-US", "regulation,leadership", FUKU,
  C.format("doc379.xml") + "AMALGUM dateCreated 2013-09-02, the same day as the date line 'Monday, September 2, "
  "2013' (kept as `published`). An image caption with its credit ('A diagram marking the various points ... "
  "Image: Sodacan.') and a pull quote with its attribution line ('The situation at Fukushima is changing "
  "everyday... The accident has yet to be settled down.' — Shinichi Tanaka; the sentence stays in its paragraph) "
  "cut; a space at a paragraph's end dropped; 'everyday' kept as written. A nuclear regulator's head on releasing "
  "a plant's contaminated water, the plant's operating utility, a newspaper, a second utility shutting a reactor."),
 ("autogum_news_doc197", "CBS News correspondent Mike Wallace dies at 93",
  W + "CBS_News_correspondent_Mike_Wallace_dies_at_93", "2012-04-10", "media/broadcasting", "US",
  "leadership", WALLACE,
  C.format("doc197.xml") + "AMALGUM dateCreated 2012-04-08, the date line 'Tuesday, April 10, 2012' kept as "
  "`published`. An image caption with its credit ('Mike Wallace Interviews 1957 Image: Publicity photo, Mike "
  "Wallace Interviews.') and a pull quote with its attribution line (the opening words of Leslie Moonves' "
  "statement — Leslie Moonves; the statement stays in its paragraph) cut; '&amp;' written '&'; a space at a "
  "paragraph's end dropped; the article's own slips ('he meet at college', 'wouldn't be a '60 Minutes,\"', "
  "'1940’s') kept. A network correspondent's death with the network's chief executive and president, a "
  "foundation he spoke for."),
 ("autogum_news_doc065", "Poverty rises as food prices increase",
  W + "Poverty_rises_as_food_prices_increase", "2011-04-17", "finance/economy", "mixed",
  "leadership", FOOD,
  C.format("doc065.xml") + "AMALGUM dateCreated 2011-04-14, the date line 'Sunday, April 17, 2011' kept as "
  "`published` (relative days read against it: 'Thursday' → 2011-04-14, the day AMALGUM gives). An image "
  "caption with its credit ('Various grains.Image: Rainer Zenz.') and two pull quotes with their attribution "
  "lines ('The general trend lines are ones where we are in a danger zone.' and 'The linkage between food and "
  "fuel is much tighter than it was ten years ago.', each '—Robert Zoelick, World Bank president'; both "
  "sentences stay in their paragraphs) cut; runs of spaces made one and spaces at paragraphs' ends dropped; the "
  "article's two spellings 'Zoelick' and 'Zoellick' kept. A development bank's president on food prices, the "
  "bank's and the IMF's joint report."),
 ("autogum_news_doc707", "GWAR frontman Dave Brockie aka Oderus Urungus dies at age 50",
  W + "GWAR_frontman_Dave_Brockie_aka_Oderus_Urungus_dies_at_age_50", "2014-03-25", "media/music", "US",
  "leadership", GWAR,
  C.format("doc707.xml") + "AMALGUM dateCreated 2014-03-25, the same day as the date line 'Tuesday, March 25, "
  "2014' (kept as `published`). An image caption with its credit ('Brockie as Oderus Urungus onstage in 2010. "
  "Image: Stuart Sevastos.') and two pull quotes with their attribution lines ('I am one of the blessed people "
  "...' —Brockie in 2009; 'He never put much stock in 'limits'' —Lamb of God singer Randy Blythe; both stay in "
  "their paragraphs) cut; runs of spaces made one, a space at a paragraph's end dropped. A band founder's death "
  "announced by the band's manager, a newspaper and a weekly, two online services."),
 ("autogum_news_doc730", "Supreme Court of the United States contemplates same-sex marriage",
  W + "Supreme_Court_of_the_United_States_contemplates_same-sex_marriage", "2013-03-26", "retail/finance", "US",
  "leadership", SCOTUS,
  C.format("doc730.xml") + "AMALGUM dateCreated 2013-03-26, the same day as the date line 'Tuesday, March 26, "
  "2013' (kept as `published`). Three image captions with their credits (the Supreme Court building; Associate "
  "Justice Anthony Kennedy; protesters in St. Paul, Minnesota) cut; runs of spaces made one and spaces at "
  "paragraphs' ends dropped; the article's own slips ('Starbuck's historical position', 'Reuters/Ipso') and its "
  "typographic apostrophes kept. A court hearing with a coffee chain's chief executive answering a shareholder, "
  "companies signing a legal brief, pollsters, an advocacy group's chairman and president."),
 ("autogum_news_doc438", "China's consumer prices rise to a three-year high in June as food prices soar 14.4 percent",
  W + "China%27s_consumer_prices_rise_to_a_three-year_high_in_June_as_food_prices_soar_14.4_percent", "2011-07-11",
  "finance/economy", "non-US", "regulation", CPI,
  C.format("doc438.xml") + "AMALGUM dateCreated 2011-07-09, the date line 'Monday, July 11, 2011' kept as "
  "`published`. An image caption with its credit ('The price of pork, a Chinese staple, rose 65% in a year. "
  "Image: MutHwaBC.') and two pull quotes with their attribution lines (Wen Jiabao's and Tim Condon's words, "
  "'—Wen Jiabao, Premier of China', '—Tim Condon, ING Asian researcher'; both quotes stay in their paragraphs) "
  "cut; runs of spaces made one and spaces at paragraphs' ends dropped; the article's own slip 'cause by "
  "droughts' and its typographic apostrophe ('China’s Central Bank') kept. A statistics bureau's inflation "
  "figures, a central bank's rate rises, a premier and a bank's researcher."),
 ("autogum_news_doc682", "Major snowstorm sweeps across Eastern US",
  W + "Major_snowstorm_sweeps_across_Eastern_US", "2010-02-07", "transport/utilities", "US", "outage", SNOW,
  C.format("doc682.xml") + "AMALGUM dateCreated 2010-02-06, the date line 'Sunday, February 7, 2010' kept as "
  "`published` (relative days read against it). The closing 'In pictures' heading and its gallery of image "
  "captions with credits (a satellite image, snow scenes in Arlington, Washington, D.C., Ephrata and "
  "Gaithersburg) cut — the article ends with 'less than two months.'; runs of spaces made one and spaces at "
  "paragraphs' ends dropped. A snowstorm with homes without power (no utility named), airports, a railway and a "
  "transit authority suspending service."),
]


def main():
    return [amalgum.record(*x) for x in ITEMS]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
