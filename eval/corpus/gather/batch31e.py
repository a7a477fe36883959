#!/usr/bin/env python3
"""Batch 31e (session 32; helper gather32e): eight English Wikinews (CC BY 2.5) news articles that no earlier batch
used, read from the AMALGUM corpus's older output folder `out/news/` (github.com/gucorpling/amalgum,
`autogum_news_docNNN.xml`: plain XML, the headline, dateCreated and sourceURL on the <text> element, paragraphs in
<p> elements) with read_file at the stored version 49e8fad (`fetch` of the 710 MB repository was refused to earlier
batches), a sixth round of this lane after batches 24c-26d, 28e, 29e and 30e. Sampled widely: a seeded random draw
(seed 3231) of 48 of the 500 numbers of doc000-doc810 that no GATHERING section or gather script names.
The eight kept: a columnist's charge that a newspaper held back reports on its advertiser (The Daily Telegraph,
HSBC, Tesco, 2015); the Concorde crash trial with a US airline, the aircraft's maker and its merger into EADS
(Continental Airlines, Air France, Aérospatiale, 2010); a man's death after an airport tasering with the airport
authority's president and CEO and three broadcasters (Vancouver, 2007); a team doctor's sentence with the
current president of a sports body and the head of an Olympic committee (USA Gymnastics, USOC, 2018); a White
House correspondent's retirement from a newspaper chain, with a news agency and press associations (Hearst, UPI,
2010); a NASA satellite launched on a SpaceX rocket, SpaceX a former partner of NASA (TESS, 2018); a football
club's two signings with its CEO and sporting director (Borussia Dortmund, 2016); a former CIA officer's
indictment over leaks to a New York Times reporter, with WikiLeaks' founder (2011).
Each text is the article body written out by hand from the XML: the headline and the date line (kept as
`published`) left out; image captions with their credits, pull quotes with their attribution lines and in-text
section headings cut; paragraphs as the XML's <p> elements; runs of spaces made one and spaces at a paragraph's end
dropped; no word added or changed (the articles' own slips kept). Per-item cuts are in each item's note.
usage: batch31e.py [POOL_DIR] [--dry]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import amalgum
from write_pool import write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather32e/pool"

TELEGRAPH = """Peter Oborne, former chief political commentator at British broadsheet newspaper the Daily Telegraph, has alleged the paper suppressed and under-reported stories involving banking giant HSBC so as to avoid a loss of advertising revenue. In a public resignation from the paper published on the openDemocracy website on Tuesday, the veteran journalist and columnist alleges the division between advertising and editorial had not been kept watertight and that editors were committing a form of "fraud" on readers of the newspaper.

In Oborne's article, he details how he submitted a story to the Telegraph regarding HSBC closing a number of prominent British Muslims's accounts — despite assurances to the contrary, the story was not published by the paper. This led to Oborne investigating other coverage of HSBC in the newspaper. He cites the example of a story written by the Telegraph banking correspondent Harry Wilson on problems with HSBC's accounts, which Oborne claims was quietly removed from the Telegraph website. Oborne says the failure of the Telegraph to cover HSBC is also present in the relative coverage given in November 2014 after the bank had to allocate a fund of £1 billion to compensate customers, as well as an investigation into manipulation of the currency market: Oborne argues these developments were given considerable coverage in competing newspapers including the Guardian, Times, and Mail but the Telegraph covered them only briefly several pages into the business section.

Oborne's article alleges a number of other examples of suppression — calling the coverage of pro-democracy protests in Hong Kong "bizarre", and noting that the paper under-reported news of false accounting at Tesco but gave significant prominence to stories about the company without a critical edge.

Following Oborne's article, a spokesman for the Telegraph responded: "Like any other business, we never comment on individual commercial relationships, but our policy is absolutely clear. We aim to provide all our commercial partners with a range of advertising solutions, but the distinction between advertising and our award-winning editorial operation has always been fundamental to our business. We utterly refute any allegation to the contrary. It is a matter of huge regret that Peter Oborne, for nearly five years a contributor to the Telegraph, should have launched such an astonishing and unfounded attack, full of inaccuracy and innuendo, on his own paper."

Media commentator Roy Greenslade, writing for the Guardian, described Oborne's allegations against the Telegraph as "dynamite" and said they go "to the heart of a paper's credibility". The Barclay brothers, owners of the Telegraph, "are being held to account", according to Greenslade, and Oborne "has shone a light on a dark reality"."""

CONCORDE = """A French court Tuesday launched the trial of five men and a US airline over the Concorde disaster. 113 people were killed when the supersonic jet struck a hotel near Paris in 2000.

The prosecution case agrees with the facts set out in the final accident report, which, by international law, was written from an entirely different investigation and thus cannot be introduced in court. It alleges that improper maintenance of an American airliner and failure to detect design flaws with the Concorde were responsible for the Air France jet's crash, to an extent that makes the six defendants guilty of involuntary manslaughter.

Both official investigations found that a Continental Airlines McDonnell Douglas DC-10 had taken off five minutes before Concorde with an improvised repair. A metal strip had been machined by mechanics instead of using a certified part. This strip dropped off the aircraft, leaving a 43cm (17in) piece of titanium on the runway.

Prosecutors and investigators concluded that as Concorde struck the part on takeoff a tyre burst and ripped apart, sending chunks of rubber flying. A large piece slammed into the underside of the wing hard enough to trigger a pressure wave that ruptured the fuel tank. Damaged wiring is believed to have been responsible for igniting this, creating a trailing fireball as the aircraft took off bound for New York.

Concorde's pilots attempted to circle round for an emergency landing back at Charles de Gaulle Airport, but instead struck a hotel approximately three kilometres (two miles) from the airport. All 109 passengers and crew were on board, as well as four people in the hotel, were killed. The majority of victims were Germans heading to meet up with a cruise liner for a Caribbean holiday, the remainder of the 100 passengers were from Austria.

John Taylor, the Continental mechanic who is alleged to have built and fitted the nonstandard part, and his boss Stanley Ford, have been targeted for prosecution. Both individuals and their employer deny responsibility. Also charged are two members of the UK-French firm behind Concorde - Aérospatiale, who have since merged into Airbus parent EADS. Henri Perrier was head of testing for Concorde and the aircraft's chief engineer was Jacques Herubel; both have been charged for a perceived failure to locate and rectify design flaws with Concorde. The former chief of civil aviation, Claude Frantzen, is facing charges on the same basis.

Each individual can be imprisoned for up to three years and fined up to €50,900 (US$71,000. Continental face a fine of up to €375,000 (US$520,000). The airline's defence claims the part on the runway had no role to play in the accident. TV channel Canal+ previously suggested the investigations and prosecution were a coverup of more serious issues with Concorde.

The broadcast alleged Concorde erupted into flames long before getting as far down the runway as the strip. Continental's lawyers say they can call 28 witnesses to give similar evidence and told the Le Parisien that they would seek a dismissal of the charges today. The case opened with judge Dominique Andreassier reading out every one of the 113 names of the deceased, followed by the charges against the six, in the court in Pontoise.

There are 80,000 pages of documents to be presented at trial, and 543 items are to be presented as evidence. The case is split into 90 volumes and is expected to take four months. The judge cautioned against losing touch with the human aspect of what is anticipated to be a very technical trial. The estimated cost is expected to be in excess of 3 million Euro (US$4.2 million).

The investigation found some contributory causes that can be linked to Air France. Four days before the crash an important tyre spacer was left off the Concorde by mechanics, and the plane was overloaded. The airport itself was also criticised for having cancelled a scheduled sweep of the runway. Air France lawyer Fernand Garnault, an aviation specialist, was adamant that Continental did play the main role in the accident; "[i]t is clear that a piece from a Continental plane fell on the runway. It is clear that the origin of the accident was this. This is my personal conviction and of course that of Air France."

Few families are represented at the trial, because all the passengers struck a deal with Air France to accept compensation in exchange for waiving their right to take legal action, leaving only those killed in the hotel and the crew. However, French group Fenvac are representing the families, and spokesman Stephane Gicquel said that the families would be observing keenly, that "[t]his tragedy is part of their personal history and of their family history."

Captain Christian Marty's family's lawyer, Roland Rappaport, said outside court today that, "[t]his accident should have been avoided. The weaknesses of the Concorde had been known for twenty years," while Air France's lawyers stated the inquiries had not located any evidence to suggest that Concorde had indeed encountered problems before reaching the metal debris.

Daniel Soulez Larivière, who represents Frantzen, said, "this accident was unforeseeable," and the original investigations should have agreed. Concorde suffered a string of similar incidents in the 1970s including one in Washington that came close to triggering a fire. "They [the authorities] wanted to protect Concorde, the image of France that it projected. They should have stopped service then [1979]," said Olivier Metzner, representing Continental. The plane was not grounded until after the accident, although it returned to service before being retired in 2003.

Metzner told the court that former French air accident investigator Michel Bourgeois was to be a key witness. Bourgeois recently alleged that authorities were indeed hiding flaws with the airliner, saying "[n]othing was allowed to disturb Air France [...] orders came from very high in the administration," and that investigations into Concorde's safety were shut down by the government."""

VANCOUVER = """A video showing a man being tasered by police and subsequently dying at the Vancouver International Airport has been released to the media. The cause of his death has not yet been determined.

Robert Dziekanski, 40, was immigrating from Pieszyce, Poland to live with his mother, Zofia Cisowski, in Kamloops, British Columbia. He did not clear customs at the airport for over eight hours and his mother was unable to locate him when she went to meet him at the airport. Since Dziekanski did not speak English airport security guards were unable to properly communicate with him. He started yelling at the airport staff because of this. He used chairs to prop open a door between a customs clearing area and a public lounge, he then threw a computer and threw a small table at a luggage section window.

He had calmed down and was standing with his hands at his side in the customs room until four Royal Canadian Mounted Police (RCMP) officers arrived and tasered the man, at least twice. Dziekanski began to convulse and was tasered a second time after falling to the ground, where the four officers pinned him down and handcuffed him. He screamed before he stopped moving. Paramedics arrived at the scene, but were unable to revive him and pronounced him dead.

Dziekanski's mother had told him to wait in the luggage area where she would meet him, not realizing that this was inside the airport's security zone, which was inaccessible to her. Arriving international passengers need to pass through customs first, before being able to meet people waiting to pick them up. His mother had tried in vain to get a message to him and eventually left the airport when told by airport staff that he wasn't there.

Paul Pritchard, who had just arrived from China back to Victoria, shot a video of the incident and gave it to police. The police promised they would return the video within 48 hours. They gave him back his camera without the video.

Pritchard immediately hired a lawyer, held his own news conference, and threatened that he would take them to court to get it back.

CBC, CTV and Global television paid Pritchard several thousand dollars for the video, and he says he will use the money to take care of his father.

"It was against his [Pritchard's father] wishes completely and my lawyer's wishes as well. Profit is such an ugly word, and I hope people realize that it's not a personal profit," said Pritchard.

"I extend my heartfelt condolences to Mr. Dziekanski's family, knowing that I could not hope to speak to the loss that they have suffered. I would also like to express my concerns for those people who were in any way touched by this extraordinary and tragic occurrence - our employees working that night, the various agencies involved, the emergency responders and the passengers who may have come across the scene," Larry Berg, President and CEO of the Vancouver Airport Authority said on November 1.

According to a RCMP spokesman in Vancouver, the four officers involved in the case will testify in court under the coroners request, but it is expected to happen sometime next year.

Polish ambassador to Canada, Piotr Ogrodzinski, said "Mr. Dziekanski (was) a person who was agitated, frustrated, I think terrified, but not aggressive. He was not making a gesture that he intended to fight anybody" and "he didn't know what to do. In fact, he was in search (of) help. That is why it is a really very sad and deeply moving film to watch."

The incident is being investigated by the RCMP, the British Columbia Coroner's Service, the Vancouver International Airport Authority, and the Commission for Public Complaints Against the RCMP."""

NASSAR = """Former USA Gymnastics team doctor Larry Nassar was sentenced to prison on Wednesday for 40 to 175 years in Ingham County, Michigan, United States. Nassar pleaded guilty in November to seven charges of sexual assault in Ingham County, however, he is alleged to have victimized over a hundred girls over several years. Nassar is currently serving a 60-year sentence for federal child pornography charges.

Judge Rosemarie Aquilina, presiding over the Ingham County Circuit Court in Lansing, Michigan, handed down the sentence, stating: "I've just signed your death warrant."

Rachael Denhollander first accused Nassar, filing a criminal complaint in 2016. Nassar was charged in Ingham County with seven counts of sexual abuse and pleaded guilty in November of 2017. The true number of victims is alleged to exceed one hundred. During the sentencing hearings in court over 150 women testified Nassar abused them. Alleged victims include famous Olympic gymnasts, such as Simone Biles, Aly Raisman, and Gabby Douglas, although Nassar was not specifically charged with abusing them.

Judge Aquilina read out parts of a statement Nassar submitted to the court. In the statement, Nassar wrote, "I was a good doctor, because my treatments worked and those patients that are now speaking out are the same ones that kept coming back over and over". He also criticized an earlier judge for going "ballistic". Aquilina declined to read the entirety, citing concern for the victims; "I don't want them re-victimized by the words in the letter", she said.

Nassar served as the team physician for USA Gymnastics for years, spanning four Olympic Games. Simultaneously, he served with Michigan State University. He abused his victims under pretense of treating them as a doctor.

Nassar's case has led to allegations of lack of oversight by Michigan State University, USA Gymnastics, and the United States Olympic Committee (USOC). At USA Gymnastics, prior to the sentencing three board members resigned over the case on Monday, as well as its president last year. Corporate sponsors of the organization also pulled out.

The current president of USA Gymnastics, Kerry Perry, who was appointed in December, released a statement after the sentencing: "During the last seven days, more than 150 courageous women have shared their deeply personal experiences and how Larry Nassar’s despicable crimes impacted their lives. [...] USA Gymnastics applauds Judge Rosemarie Aquilina for handing Nassar the maximum sentence of up to 175 years[...] As stated on my first day on Dec. 1, 2017, I will not waver on my commitment to focus each and every day on our organization’s highest priority — the safety, health and well-being of our athletes."

USOC head Scott Blackmun also released a statement in which he apologized: "The purpose of this message is to tell all of Nassar’s victims and survivors, directly, how incredibly sorry we are. We have said it in other contexts, but we have not been direct enough with you. We are sorry for the pain caused by this terrible man, and sorry that you weren’t afforded a safe opportunity to pursue your sports dreams. The Olympic family is among those that have failed you."

Both Reuters and the Los Angeles Times noted applause in the courtroom when Nassar was escorted out. Judge Aquilina said, "There has to be a massive investigation as to why there was inaction, why there was silence.\""""

THOMAS = """Veteran White House journalist Helen Thomas, 89, announced her retirement yesterday with immediate effect, ending her fifty-seven year career, amid criticism over controversial remarks.

Thomas has been a correspondent for over fifty years and has covered every president from John F. Kennedy to Obama. Thomas, the daughter of Lebanese immigrants, who blazed a trail for female reporters in politics in the United States, has ended her career after apologizing for saying that Israel should "get the hell out of Palestine."

In retiring, Thomas stated: "I deeply regret my comments I made last week regarding the Israelis and the Palestinians. They do not reflect my heart-felt belief that peace will come to the Middle East only when all parties recognize the need for mutual respect and tolerance. May that day come soon."

Her departure as Hearst Newspaper columnist was announced after she was captured on video saying: "Remember, these people are occupied and it's their land. It's not Germany, it's not Poland," and that Israelis should "get the hell out of Palestine" and "they should go home" to Poland, Germany, the US and "everywhere else."

Rabbi David Nesenoff, an independent filmmaker, said he spoke to Thomas outside the White House on Jewish Heritage Day on May 27. Video of her controversial comments were widely disseminated on the Internet by his website, rabbilive.com, that relaunched last week.

Thomas was absent from Monday's White House briefing. She was dropped by her public speaking agency and a high school commencement address was canceled. The White House Correspondents Association called her remarks "indefensible". The Hearst statement came shortly after White House press secretary Robert Gibbs called her remarks "offensive and reprehensible."

Thomas has been a correspondent for fifty-seven years, she had worked for decades as a White House correspondent for United Press International and became a columnist for the Hearst newspaper chain in recent years. She was the first female officer of the National Press Club, the first female member and president of the White House Correspondents Association, and, in 1975, the first female member of the Gridiron Club.

Thomas did little to hide her views, with her questions to Presidents George W. Bush and Barack Obama and their press secretaries often about the wars in the Middle East. Two weeks ago, she asked Obama, "Mr. President, when are you going to get out of Afghanistan? Why are you continuing to kill and die there? What is the real excuse? And don't give us this Bushism, 'If we don't go there, they'll all come here.'"

Helen Thomas has written five books. During Kennedy's administration, Helen ended all presidential press conferences with a signature "Thank you, Mr. President" and always issued a caveat about her work: "In my career you're only as good as your last story.\""""

TESS = """On Wednesday at 6:51 p.m. local time (2251 UTC), a SpaceX Falcon 9 rocket launched from Cape Canaveral Air Force Base in Florida, United States, carrying, as a payload for the US National Aeronautics and Space Administration (NASA), the Transiting Exoplanet Survey Satellite (TESS). NASA designed TESS to search for exoplanets circling stars mostly within 300 light-years of the Sun.

Officially a NASA Astrophysics Explorer mission, much of the TESS program is to be run from the Massachusetts Institute of Technology's (MIT) Kavli Institute for Astrophysics and Space Research in cooperation with the Goddard Space Flight Center. "One of the biggest questions in exoplanet exploration is: If an astronomer finds a planet in a star's habitable zone, will it be interesting from a biologist's point of view?" TESS principal investigator George Ricker told the press, "We expect TESS will discover a number of planets whose atmospheric compositions, which hold potential clues to the presence of life, could be precisely measured by future observers."

A little more than an hour after launch, NASA and SpaceX teams announced the satellite was up and functioning and had deployed its solar panels. Most launches have a roughly two-hour period during which the mission can be executed, but this one had a window of only thirty seconds because this satellite must use the Moon's gravity to reach the desired orbit.

TESS is slated to enter a high orbit distinct from the geosynchronous orbits used by many other satellites. TESS instrument scientist Joel Villasenor, also of MIT, explained, "The Moon and the satellite are in a sort of dance. The Moon pulls the satellite on one side, and by the time TESS completes one orbit, the Moon is on the other side tugging in the opposite direction. The overall effect is the Moon's pull is evened out, and it's a very stable configuration over many years. Nobody's done this before, and I suspect other programs will try to use this orbit later on."

If all goes according to plan, TESS will circle the Earth for 60 days to establish its 13.7-day orbit and test its machinery before beginning its mission: using its four cameras to analyze stars for decreases in brightness that may be caused by a planet passing between us and them, a technique called the transit method. TESS's launch comes just as the Kepler space telescope, launched into orbit around the Sun 2009, is about to run out of fuel. Scientists used Kepler to identify at least over 2300, perhaps over 4500 planets and gather data on stars and black holes. TESS is designed to cover 400 times as much of the sky as Kepler, and is capable of viewing 85% of the sky. Scientists expect it to find 1500 planets during its two-year mission, 300 Earth-like, but believe it may find many more.

Because TESS's cameras can cover a wide range of radiant energy, including infrared, scientists believe it may be able to detect planets orbiting red dwarf stars, which scientists consider likely to host rocky, Earth-like planets with the right mass for an atmosphere and the right temperature to host liquid water, a range called the habitable zone.

The data collected by TESS are to be publicly accessible so anyone who wishes may participate in the search. NASA plans to process the data, about 27 gigabytes collected per day, using a supercomputer called Pleiades.

The original schedule had launch at 6:32 p.m. on Monday evening but it was postponed so the SpaceX team could perform more guidance navigation control tests before launch.

SpaceX is a private company that has partnered with NASA before on such missions as resupplying the International Space Station."""

DORTMUND = """On Thursday, German football club Borussia Dortmund (BVB) announced Mario Götze would rejoin the club from their arch rivals Bayern Munich after obligatory medical tests; Götze is to sign a four-year contract. On Friday, BVB announced signing André Schürrle from VfL Wolfsburg.

2014 FIFA World Cup winning goal scorer Götze has spent twelve years with Borussia Dortmund, joining the youth ranks in 2001. The 24-year-old midfielder has scored 44 goals in 156 Bundesliga appearances; 22 goals for each club. In three seasons with Bayern, Götze won three Bundesliga titles, two DFB-Pokal titles, and a UEFA Super Cup. With Dortmund, he won two League titles and a DFB Cup. Making his international debut in November 2010, Götze has played 56 matches and scored seventeen goals.

As both the clubs reached the agreement, Borussia Dortmund's CEO Hans-Joachim Watzke said, "Personally, I'm absolutely delighted that Mario has chosen to come back to Borussia Dortmund. Ever since his departure in 2013, I've always hoped that he would return to the club one day" ((de))German language: Ich freue mich persönlich sehr, dass Mario sich für Borussia Dortmund entschieden hat. Ich habe seit seinem Weggang im Jahr 2013 immer gehofft, dass er eines Tages zu uns zurückkehren wird.

Götze said, " If I am now to return to my hometown club, then I want to try to win everyone over – especially those who do not welcome me back with open arms – with my performances." ((de))German language: Wenn ich nun in meine Heimat zurückkehre, möchte ich versuchen, alle Menschen – gerade auch die, die mich nicht mit offenen Armen empfangen – durch Leistung zu überzeugen.

Götze would potentially play against Bayern in the DFL-Supercup next month.

Wolfsburg signed now-25-year-old André Schürrle from Chelsea F.C. in February 2015. Having also played for other two German clubs, Mainz 05 and Bayer Leverkusen, Schürrle has scored 48 goals in 174 Bundesliga appearances, and provided 29 assists. Schürrle has scored 20 goals for Germany in 55 appearances.

Borussia Dortmund's sporting director Michael Zorc said, " André Schürrle is a Germany international with outstanding attacking potential who is also a very good passer of the ball and consistently contributes neatly to his team's defensive play." ((de))German language: André Schürrle ist ein deutscher Nationalspieler mit herausragendem Offensivpotenzial, der zudem sehr passsicher ist und sich auch in der Defensivarbeit immer wieder geschickt einbringt.

Schürrle had three years left in his contact with the Wolves, now signing for a five-year contract with BVB. The clubs did not disclose the transfer sum. Dortmund's sporting director added, "Our offensive lineup is now complete." ((de))German language: Damit ist unsere Offensive komplettiert."""

CIA = """Jeffrey Alexander Sterling, an ex-officer of the Central Intelligence Agency (CIA), was taken into custody Thursday by federal agents in St. Louis, Missouri. He was indicted on six separate counts of unauthorized disclosure of national defense information, as well as four additional charges: mail fraud, unlawfully keeping national defense information, obstruction of justice, and unauthorized conveyance of government property. Sterling, aged 43, had been employed by the CIA from May 1993 until he was fired in January 2002. During his arraignment, a judge declared that he would be held until a Monday hearing because the government called him a danger to the community.

Sterling, an African American lawyer who lives in O'Fallon, allegedly provided classified information to New York Times reporter James Risen, some of which was incorporated into Risen's 2006 State of War: The Secret History of the CIA and the Bush Administration. Risen, who wrote about the CIA's involvement in Iran's nuclear program, has not named any of his sources even after being subpeonaed twice; Risen was not explicitly named in Sterling's indictment, but his involvement in the alleged leak is strongly supported by its contents, and a US government official confirmed the connection to NBC News.

The indictment stated that, for two years during his career with the CIA, Sterling had been involved in "a classified clandestine operational program designed to conduct intelligence activities related to the weapons capabilities of certain countries." An anonymous source close to the investigation said one of those countries was Iran. While managing CIA operations, Sterling also handled a "human asset," whose name he is also accused of releasing.

From 2000, Sterling had been engaged in various disputes with the agency. According to a story authored by Risen for The New York Times in March 2002, Sterling's supervisor during the Iran program said, "You kind of stick out as a big black guy." The comment was made after Sterling made requests for new assignments concerning Iran, requests declined because his appearance could interfere with the cases. Sterling, sued the CIA for racial discrimination shortly after being fired, but was unable to come to a settlement in February 2003, and allegedly began leaking the classified information soon after that. The indictment claimed the motive behind the leak was retaliation for the unsuccessful lawsuit.

Edward B. MacMahon Jr., a Virginia attorney for Sterling, said, "He has always maintained his innocence throughout the course of this entire investigation. We'll seek to prove that in court." MacMahon also said trial will be held at a U.S. District Court in Alexandria, as the case began in that state. Every charge against Sterling comes with the possibility of 10–20 years of jail time.

US Assistant Attorney General Lanny Breuer made a statement, saying that "Sterling placed at risk our national security and the life of an individual working on a classified mission." A spokesperson for the CIA said, "Separate and apart from any specific instance, including this matter involving a former agency officer who left the CIA years ago, we take very seriously the unauthorized disclosure of classified information." The New York Times did not comment on the matter.

The Obama administration has already taken action in several similar leaks involving government officers. The administration has also initiated an investigation into Julian Assange, founder of WikiLeaks, after the site's release of thousands of classified documents."""

W = "https://en.wikinews.org/wiki/"
C = "Read from out/news/autogum_news_{} (commit 49e8fad). "

# (path in the AMALGUM repository, title, Wikinews url, published, sector, region, topics, text, note)
ITEMS = [
 ("autogum_news_doc535", "Senior Telegraph writer Peter Oborne alleges paper suppressed reports on HSBC",
  W + "Senior_Telegraph_writer_Peter_Oborne_alleges_paper_suppressed_reports_on_HSBC", "2015-02-19",
  "media/banking", "non-US", "leadership,regulation", TELEGRAPH,
  C.format("doc535.xml") + "AMALGUM dateCreated 2015-02-19, the date line 'Thursday, February 19, 2015' kept as "
  "`published`. No caption or quote box; no cut but the headline and the date line. A newspaper's former chief "
  "political commentator charging it with holding back reports on a bank that advertises with it, a retailer, "
  "competing newspapers, the newspaper's owners."),
 ("autogum_news_doc452", "Concorde crash trial begins",
  W + "Concorde_crash_trial_begins", "2010-02-03", "aviation", "non-US", "regulation,leadership", CONCORDE,
  C.format("doc452.xml") + "AMALGUM dateCreated 2010-02-02, the date line 'Wednesday, February 3, 2010' kept as "
  "`published`. An image caption ('Concorde, a joint Anglo-French project, withdrawn from service in 2003.') and a "
  "pull quote with its attribution line ('—Michel Bourgeois, air accident investigator') cut; a space at a "
  "paragraph's end dropped; the article's own slips kept ('(US$71,000.', 'All 109 passengers and crew were on "
  "board, as well as four people in the hotel, were killed', 'told the Le Parisien'). A crash trial of an airline, "
  "the aircraft's maker (merged into an aerospace group) and their staff (an outage near-miss: a physical "
  "accident, no service said lost)."),
 ("autogum_news_doc458", "Video of man tasered at Vancouver airport released",
  W + "Video_of_man_tasered_at_Vancouver_airport_released", "2007-11-15", "aviation/public-sector", "non-US",
  "leadership", VANCOUVER,
  C.format("doc458.xml") + "AMALGUM dateCreated 2007-11-15, the date line 'Thursday, November 15, 2007' kept as "
  "`published`. No caption or quote box; no cut but the headline and the date line. A death at an airport after a "
  "police tasering, the airport authority's president and CEO, three broadcasters that bought a video, the bodies "
  "investigating."),
 ("autogum_news_doc630", "United States: Dr. Larry Nassar sentenced in sexual abuse case",
  W + "United_States%3A_Dr._Larry_Nassar_sentenced_in_sexual_abuse_case", "2018-01-27", "sport/non-profit", "US",
  "leadership", NASSAR,
  C.format("doc630.xml") + "AMALGUM dateCreated 2018-01-24, the date line 'Saturday, January 27, 2018' kept as "
  "`published`. An image caption with its credit and reuse-terms link ('Former US President Barack Obama with "
  "members of the 2012 Olympic gymnastics team. Image: White House. (Reuseterms.)') cut; spaces at paragraphs' ends "
  "dropped; the typographic apostrophes of the quotes kept. A sports body's former team doctor sentenced, the "
  "body's current president, its board members' and former president's resignations, an Olympic committee's head, "
  "a university."),
 ("autogum_news_doc230", "US White House correspondent Helen Thomas retires",
  W + "US_White_House_correspondent_Helen_Thomas_retires", "2010-06-08", "media", "US", "leadership", THOMAS,
  C.format("doc230.xml") + "AMALGUM dateCreated 2010-06-07, the date line 'Tuesday, June 8, 2010' kept as "
  "`published`. An image caption ('Helen Thomas at the White House, September 30, 1976 (age 56)') cut; runs of "
  "spaces made one. A correspondent's retirement from a newspaper chain's column, her decades at a "
  "news agency, her posts in press associations, a press secretary, a filmmaker's website."),
 ("autogum_news_doc619", "NASA launches exoplanet-hunting satellite TESS",
  W + "NASA_launches_exoplanet-hunting_satellite_TESS", "2018-04-21", "space", "US", "partnership", TESS,
  C.format("doc619.xml") + "AMALGUM dateCreated 2018-04-16, the date line 'Saturday, April 21, 2018' kept as "
  "`published` (a space after it dropped). An image caption ('Artist's representation of the Transiting Exopanet "
  "Survey Satellite. Image: NASA.') cut; runs of spaces made one. A space agency's satellite launched "
  "on a company's rocket, the company a former partner of the agency, a university institute and a space centre "
  "running the mission (an outage near-miss: a launch postponed for tests, no service lost)."),
 ("autogum_news_doc504", "Götze to make Dortmund return, Schürrle completes Dortmund offensive lineup",
  W + "G%C3%B6tze_to_make_Dortmund_return%2C_Sch%C3%BCrrle_completes_Dortmund_offensive_lineup", "2016-07-24",
  "sport", "non-US", "leadership,deal", DORTMUND,
  C.format("doc504.xml") + "AMALGUM dateCreated 2016-07-22, the date line 'Sunday, July 24, 2016' kept as "
  "`published`. Two image captions ('File photo of Mario Götze, 2011. Image: Steindy.', 'File photo of André "
  "Schürrle, 2011. Image: Steindy.') and the two section headings ('Götze to rejoin his boyhood club', 'Schürrle to "
  "play for fourth Bundesliga club of his career') cut; runs of spaces made one, spaces at paragraphs' ends "
  "dropped; the German originals of the three quotes, each after the template's '((de))German language:' marker, "
  "kept as they stand inside their paragraphs, and the space after two opening quotation marks kept; the "
  "article's own slips kept ('other two German clubs', 'his contact with the Wolves'). A football club's two "
  "signings from rival clubs (player transfers, no company deal), its CEO and sporting director."),
 ("autogum_news_doc221", "Former CIA agent indicted after leaking classified information",
  W + "Former_CIA_agent_indicted_after_leaking_classified_information", "2011-01-08", "government/media", "US",
  "leadership,regulation", CIA,
  C.format("doc221.xml") + "AMALGUM dateCreated 2011-01-07, the date line 'Saturday, January 8, 2011' kept as "
  "`published`. An image caption ('The seal of the CIA') cut; a run of spaces made one ('sued the CIA for'); the "
  "article's own slips kept ('Sterling, sued', 'subpeonaed'). A former intelligence officer indicted over leaks to "
  "a newspaper's reporter, a broadcaster's source, an assistant attorney general, the founder of a leaking "
  "site."),
]


def main():
    return [amalgum.record(*x) for x in ITEMS]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
