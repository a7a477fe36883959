#!/usr/bin/env python3
"""Batch 26d (session 27, out-of-sample check; helper gather27d): Wikinews (CC BY 2.5) news articles that no earlier
batch used, taken from the AMALGUM corpus (github.com/gucorpling/amalgum), sampled widely: the older output folder
`out/news/` (`autogum_news_docNNN.xml`, plain XML) and the keyword-named GUM-style layer `amalgum/news/xml/` (one token
a line, with title, dateCreated, sourceURL on the <text> element and <p> paragraphs), read with read_file — outages
with no operator named (a stadium's lights cut by a city power problem, Jakarta, 2007; electricity and phone lines
out after Cyclone Gonu, Oman, 2007; a city's power cut after the Hindu Kush earthquake, Srinagar, 2015), company
relations and leadership (an open-source phone software project incorporated as a company with its investors and
its chief executive, Cyanogen Inc., 2013; an airline suing newspaper publishers and a broadcaster, with the
publishers' titles and a pilots' group's chairman, Ryanair, 2013; an army suspending an ammunition contract with a
supplier, its head and founder, AEY Inc., 2008; a broadcaster's senior editor dismissed, CNN, 2010; a ride-hailing
company's London licence refused, with its general manager, Uber, 2017; a prime minister resigning and his
successor appointed, with a Google executive among the reactions, Egypt, 2011) — and outage near-misses (a
helicopter owned by one company and rented to a power utility crashing while checking power lines, BC Hydro, 2008;
a municipal utility's power limiter on one customer's home, Bay City, 2009; an aircraft's electrical malfunctions;
a licence decision; weather suspensions).
Each text is the article body written out by hand from the XML: the headline and the date line (kept as
`published`) left out, image captions with their credits, 'File:' link lines, pull quotes, 'HAVE YOUR SAY' boxes,
section headings and link lists cut; paragraphs as the XML's <p> elements; runs of spaces made one; '&amp;' written
'&'; for the tokenised layer the tokens joined back (no space before punctuation or inside quotes and brackets, ''s'
joined to its word, '90 %' → '90%'); no word added or changed (the articles' own slips kept). Per-item cuts are in
each item's note.
usage: batch26d.py [POOL_DIR] [--dry]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import amalgum
from write_pool import write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool26d"

CYANOGEN = """The developers of CyanogenMod, an open source free Android-based operating system for smartphones, announced yesterday their incorporation following a successful venture capital campaign which netted the open-source project a US$7 million nest egg, and plan to roll out a simple installation app on Google Play for their Android firmware.

Android runs nearly 80% of new mobile devices; CyanogenMod operates on at least 7 or 8 million of those. CyanogenMod replaces the read-only-memory image in android devices which have been 'rooted' —control acquired of the device's superuser account— allowing continuing development for, and backporting abilities of new generations of the operating system to, older devices.

Investor Mitch Lasky wrote on his blog "We believe that CM is poised to become one of the largest mobile operating systems in the world." Benchmark Capital and Redpoint Ventures are part of the capital providers to form Cyanogen Inc.

"The only limitation we have right now is with the number of engineers and designers we currently have. As we hire more people and build this company, we’ll be able to work on so many cool things", said Koushik 'koush' Dutta, who took questions alongside Steve 'cyanogen' Kondik and team social media manager Abhisek "ciwrl" Devkota in a Reddit Ask Me Anything event shortly after making the announcement on the CyanogenMod blog. The team of 17, including Boost co-founder Kirt McMaster as CEO, are in Palo Alto, California and Seattle.

Kondik says Cyanogen mod is named after him. "I'm terrible with names, so I just slapped 'mod' onto the end of my handle and ran with it", he explained in the incorporation announcement.

An early question raised in the Reddit event concerned profit-making: "Monetization isn't an immediate concern and our investors [...] feel the same", said Dutta, adding "Creating disruption in a multibilion dollar market is enough to make any investor raise their eyebrow." This means CyanogenMod would continue to be free. Follow questions asked if the company was planning to release their own model of android device. "We certainly couldn't take on the monumental task of building/testing hardware [right now]. Hardware would be one of many potential very long term paths we could take", said Dutta.

The firm's first announced step is to improve the process of installing the software on owner's devices, which Kondik described as "hideous". A new installer app is planned to be released "in the coming weeks" on Google Play. The installer app will not require rooting the device, instead installing by simply clicking a button.

A further step, broadly described without any details, is a project with an unnamed original equipment manufacturer (OEM). "We have a least one OEM partnership in the works, there will be an announcement next week regarding our plans there", said Kondik. The team mentioned OEM licensing several times during the Q&A session on Reddit.

In addition to these corporate steps, there were questions regarding the roadmap for development of the ROM, which already has improvements regarding privacy and security over the native android loader. With "plenty of things in the product pipeline already" Dutta lists additional security features, AirPlay mirroring, screen recording, and Voice+ as upcoming. The mood throughout the event was jovial, with humourous questions such as "can you guys PLEASE release a CM build for my toaster? I'm not sure what model it is, but it's white and I got it at Savers." Kondik promised "Ship it to me and I'll duct tape a G1 running CM to it". Dutta said his "10 of your favorite lines of source code" are "The ones that worked when they shouldn't have.\""""

HELICOPTER = """A 23-year-old Kenyan man was crushed and killed and three others died after a helicopter crashed in Cranbrook, British Columbia, Canada on May 13. All on board the helicopter, two passengers and the pilot of the helicopter, were also killed.

Considered a freak accident, the attention was not centered around the crash or those killed in it, but whether or not the volume on the iPod the 23-year-old pedestrian was allegedly listening to was too loud.

Isaiah Otieno, a student at the College of the Rockies arrived in Canada two years ago and was the son of Dalmas Otieno, Kenya's Minister of State for Public Service. He was walking down the street to retrieve his mail when the Bell 206 helicopter crashed on top of him, crushed him, then dragged his body along the pavement, with the helicopter bursting into flames. The helicopter pilot was unable to maintain altitude when it crashed, killing Otieno and those inside the helicopter, instantly. The cause of the crash is not known and is still being investigated, but media outlets such as The Globe and Mail criticized the boy for wearing headphones and having the volume turned up too high, which allegedly caused him not to hear the aircraft falling from the sky.

"He was a brilliant student, very considerate, very aggressive at times. He had strong leadership qualities. Everybody here is just shattered," stated Dalmas.

Despite the reports that Otieno was listening to his iPod, there has been no independent confirmation of those reports. Wikinews e-mailed the Royal Canadian Mounted Police to confirm or deny the iPod reports, but has not yet received a response.

Other deaths have been blamed on media players like the iPod. In 2007, a boy was killed after a train struck him in Grimsby, Ontario. The boy, who had headphones on at the time, was unable to hear the sounds of the train's horn as it approached, which subsequently struck and killed him.

The helicopter was owned by Bighorn Helicopters and was rented to BC Hydro, the Province's power and water authority. The Pilot has been identified as Edward William Kyle Heeb, 57. The other two individuals killed were employees for BC Hydro and have been identified as Dirk Bentley Rozenboom, 45 and Robert William Lehmann, 37. They were checking power lines along 14th street in Cranbrook, when according to witnesses, the engine stopped and the helicopter crashed in the intersection of 14th and 10th.

Despite the reports, a Canadian music consultant states that the accident involving the helicopter cannot be blamed on the use of Otieno's iPod.

"The average downtown street registers at around 60 decibels. A jet plane flying overhead is generally quoted at 120 to 130 decibels. If you are playing your music loud enough to cut out that level of noise, then you have it cranked to a degree that is damaging your hearing," said Geordon Hoag."""

EGYPT = """Ahmed Shafik, Egypt's acting prime minister, has resigned, the Supreme Council of the Armed Forces, now in control of the country, announced yesterday.

Shafik was appointed to his position by then Egyptian president Hosni Mubarak during the 2011 Egypt anti-government protests, not long before Mubarak decided to resign as president on February 11, 2011. Meanwhile, a number of his cabinet ministers have retained their positions. Shafik had received criticism for his negative attitude towards young protesters and his "inadequate vision", according to the Los Angeles Times.

In response to the announcement of Shafik's resignation, Wael Ghonim, a Google executive, credited with organizing the first demonstration and a former political prisoner, wrote on Twitter, a micro-blogging website, "Power to the people!" During the Egyptian protests, one of the key demands of the protesters was that Shafik step down from his acting minister status. Mohamed ElBaradei, another pro-democracy activist and co-recipient of the Nobel Peace Prize, tweeted on Twitter that Egypt is "on the right track."

The statement released by the Council also announced Essam Sharaf as the new prime minister. "The Supreme Council of the Armed Forces decided to accept the resignation of Prime Minister Ahmed Shafiq and appointed Essam Sharaf to form the new government," the armed forces said on social networking website Facebook.

Sharaf formerly held the position as the Minister of Transportation. The Los Angeles Times reports that he departed from that position five years ago, during the aftermath of numerous train collisions in which the Egyptian government was accused of carelessness.

Former Egyptian president Hosni Mubarak was considered persona non grata by Egypt on Monday, as was his family. According to BBC News Online, Mubarak is not in the good health and has yet been seen or heard from in public since his resignation.

Despite having achieved one of their aims, protesters intend to continue demonstrating with mass rallies on Friday because all their demands have yet to be met. The removal of a current emergency law is amongst those demands. The law allows the Egyptian government to place people under arrest without charges brought against them. In a statement, the January 25 Youth Coalition said that they "still demand a specific time frame to achieve the rest of the revolution's basic demands." The protesters also continue to request the removal of ministers with ties to the old regime."""

RYANAIR = """Irish budget airline Ryanair have added newspaper publishers Associated Newspapers and Mirror Group to their legal targets in a High Court defamation action filed yesterday in Dublin that also targets Channel 4.

The move confirms the carrier's expression of intent to sue Channel 4 after the UK broadcaster screened Secrets of the Cockpit, a documentary about safety at the airline, on Monday night. Part of the Dispatches series, the show reported on an incident in Spain last year where three Ryanair jets declared fuel emergencies after being diverted to Valencia. Fuel policy was a strong focus for the documentary.

Pilots interviewed for the programme said they felt pressured to save fuel, the cost of which has hit Ryanair's profits. The Spanish Air Authority described Ryanair flights usually landing with a bare minimum of fuel, in a report the airline dismissed as "manifestly inaccurate and factually untrue".

Ryanair have also sacked veteran pilot John Goss for appearing on the show, the only pilot interviewed who did not seek anonymity. Ryanair have stated intent to sue Goss and claim he confirmed in the weeks before the show that he had no issues with his employer's safety. Goss is a member of Ryanair Pilots Group (RPG), which the airline call a union front.

Channel 4 previously promised when threatened with legal action to see Ryanair in court. "We stand by our journalism, and will robustly defend proceedings if they are initiated," a spokesperson said. The Belfast Telegraph was also sued but the action has been dropped after the Northern Irish publication issued an apology. The paper had published a story titled "Are budget airlines like Ryanair putting passengers at risk?".

Associated Newspapers are behind The Daily Mail and its online and Sunday variants. Mirror Group publish The Daily Mirror, its Sunday sister, and The People.

Secrets of the Cockpit also examined an RPG poll of 1,000 Ryanair flight crew, dismissed by the airline as part of unionisation efforts. According to the RPG survey almost 90% of respondents said the safety culture was nontransparent. Two-thirds said they felt uncomfortable raising safety issues, with a pilot interviewed by Channel 4 accusing Ryanair of "threats and bullying". Ryanair had told pilots anybody signing a "so-called safety petition" might be dismissed.

Over 90% of those surveyed wanted a regulatory inquiry, with RPG saying the survey results were passed to the airline and the Irish Aviation Authority (IAA). The IAA has already called the programme a "misguided attack" on Ryanair, saying "Ryanair Plc fully complies with all European and international regulations in all areas of its operations".

The IAA itself was accused of failing to respond to concerns from Ryanair pilots and one interviewee said his "personal belief is that the majority of Ryanair pilots do not have confidence in the safety agencies and that is a pretty critical issue". The authority responded "The IAA has responded to personal letters and reports from Ryanair pilots, this included several meetings and face-to-face interviews with pilots and their legal and professional representatives."

Ryanair makes heavy use of zero-hour contracts, which do not guarantee work and which the Irish Airline Pilots' Association describe as offering some of aviation's worst employment conditions. RPG chairman Evert van Zwol, also a recent Dutch Airline Pilots Association president, said zero-hour contracts tended to make pilots choose to fly when unwell and keep quiet if they had safety concerns. In 2005 a Polish Ryanair pilot became lost near Rome a few days after attending his son's funeral, while his Dutch co-pilot was seeing his first experience of navigating severe weather.

In the 2005 incident air traffic control intervened to keep the flight safe from midair collisions. The Polish pilot told Italian investigators he feared losing his job if he took extra time off work. The investigation concluded in 2009 he had been unfit to fly. Ryanair denied he would have been fired for taking time off to recover.

Secrets of the Cockpit also reported that in twelve separate serious incidents data from cockpit voice recorders had been wiped before investigators could access it, which the carrier says is a common occcurrence in aviation and attributed to pilot error.

In Sweden a report into a Ryanair emergency landing concluded this week an airline employee wiped the cockpit voice recorder and flight data recorder to prevent the investigation accessing them. The aircraft had returned to an airport near Stockholm shortly after takeoff suffering electrical malfunctions. Ryanair reject the Swedish Accident Investigation Authority's take on the missing data, telling newspaper Södermanlands Nyheter recordings were reset by a technician trying to repair the aircraft after consultation with Ryanair's technical department, who did not think the recordings needed saving.

Ryanair, which has never suffered a fatal accident, says the documentary is "false and defamatory", and the IAA says it is "based upon false and misleading information". "We have been instructed to vigorously prosecute these libel proceedings," said a statement from Ryanair's lawyers, who promised "other litigation is pending"."""

JAKARTA = """A lighting failure five minutes from the end interrupted the 2007 AFC Asian Cup Group D match between Korea Republic and Saudi Arabia.

The match, played at the Bung Karno Stadium in Jakarta, Indonesia, was stopped for 27 minutes after the lighting on one half of the stadium suddenly turned off.

At the time of the disruption - 84 minutes 35 seconds played - the match was delicately poised at one goal apiece.

An spokesperson for the Asian Football Confederation has said that the lighting failure was 'due to problems with power around Jakarta city'.

Referee Mark Shield, from Australia, immediately stopped the match after the lights turned out. Under tournament rules, officials had one hour to get the lights and play restarted before the match would have to be abandoned. An emergency generator was used to restore some of the knocked-out lights to a sufficient level for playing, allowing Shield to restart play after the lengthy delay.

The match was an eventful one generally, especially after half time. Both teams played a cautious first half which was devoid of any real scoring opportunities.

However, after the break, Korea went 1-0 ahead through striker Choi Sung-Kuk after sixty-six minutes. A curling cross from the left-hand wing found the head of Sung-Kuk, who moved in front of the Saudi defender and headed the ball into the bottom right-hand corner of the net.

Eleven minutes later, referee Shield awarded Saudi Arabia a penalty kick after Malek Mouath was adjudged to have been fouled inside the penalty box by a Korean defender. Captain Yasser Al-Qahtani stepped up and converted to level the scores 1-1 after seventy-seven minutes.

After play was restarted due to the power failure, Saudi Arabia had an excellent chance to win the match with the final kick of the game. Striker Saad Al Harthi missed a one-on-one opportunity with the Korean goalkeeper, pushing his shot wide.

The draw leaves hosts Indonesia on top of the Group D table after defeating Bahrain 2-1 in the opening match of the group.

In Group C, Iran has come back from a goal down to defeat Uzbekistan 2-1 at the Bukit Jalil Stadium, Kuala Lumpur.

Iran conceded the lead to Uzbekistan on sixteen minutes when Iranian defender Rahman Rezaei scored an own goal. Trying to head the ball back to his goalkeeper Hassan Roudbarian, Rezaei only managed to head the ball over Roudbarianand into the back of his own net.

The score remained 1-0 until the fifty-fifth minute, when Iran equalised through Seyed Jalal Hosseini. Hosseini headed a fast-moving corner kick from the right hand side by Mehdi Mahdavikia past Uzbekistan's defence to equalize.

Iran then went ahead after seventy-eight minutes after midfielder Andranik Teymourian provided a through-pass which found Javad Kazemian on the edge of the penalty box. Kazemian struck his shot sweetly to beat the goalkeeper and made the scoreline 2-1.

No further goals came, however Iranian coach Amir Ghalenoei was sent from the sidelines by the referee due to an indiscretion.

The result puts Iran on three points and at the top of Group C, however they trail China, who defeated Malaysia 5-1 a day prior, on goal difference."""

GONU = """Tropical Storm Gonu headed toward Iran today, after lashing Oman for two days with high winds and torrential rains, and causing at least 23 deaths and the evacuation of more than 20,000 people to emergency shelters. Concern was high for the oil industry, as rough seas kept tankers from leaving their ports.

Such storms are rare in the Middle East. Early today, Gonu was weakening and was downgraded to a tropical storm. The Joint Typhoon Warning Center projected the storm to continue weakening as it made landfall on Iran's southeastern coast. Offshore Iranian oil installations were expected to be spared, officials said.

In the Omani capital, Muscat yesterday, there were torrential rains and howling winds, a rarity in the quiet coastal city. Streets were flooded and emergency vehicles were useless. Flights were canceled at Oman's Seeb International Airport.

Twenty-three deaths were reported by Omani authorities today. Electricity and phone lines were out and roads flooded. Police said a body washed ashore in Sur. There were also reports of people trapped in homes in low-lying areas of the capital.

Authorities used mobile-phone text messages to warn people away from dangerous areas. Residents were warned to stay at home, or seek shelter in buildings that could withstand the harsh weather.

Shareefa bint Khalfan, Omani minister of social development, said more than 20,000 people were evacuated to government shelters.

At Oman's weather center, where records have been kept since 1890, metorologists said Gonu was likely the strongest storm to hit Oman since 1977. Milder tropical storms are common mid-May to late June.

In Iran, hundreds of residents of Chabahr, a port on the Gulf of Oman, were evacuated.

"University and school students were moved to higher ground in the area to avoid the cyclone effects," Hojjat Ali Shayanfar, head of emergency services in Sistan Baluchistan province, was quoted as saying by the Associated Press.

Some major roads were flooded in southeastern Iran. In the port city of Bandar Abbas, winds shattered windows and knocked down billboards & trees.

Oman has relatively small oil fields, and there was little damage to them. But oil exports were cut off, as the raging seas kept tankers battened down in port for a third day today. To the north, at the world's third-largest shipping fuel center in Fujairah, United Arab Emirates, all refueling and supply operations were suspended, and ships were kept in their berths. At the entrance to the Persian Gulf, the Strait of Hormuz, ships passed through, despite four- to six-foot swells and strong winds. About one-fifth of the world's oil passes through this narrow chokepoint.

Iran, OPEC's No. 2 oil exporter, said the storm would not disrupt supplies because its main terminals were inside the Gulf waterway. Analysts were mixed on how the storm will affect prices at the gas pump.

"About 17-21 million barrels a day of oil are coming out of the Persian Gulf. Even if only some of the tankers are delayed, that could reduce the supply of oil and increase prices," Manouchehr Takin, at the Center for Global Energy Studies in London, was quoted as saying by the Associated Press.

But Tim Evans, an analyst at Citigroup Global Markets, said while the storm may delay oil tankers, they will eventually get to their destinations, so prices shouldn't be affected too drastically.

Oil prices rose US$0.25 to $65.86 a barrel in midday trading on the New York Mercantile Exchange.

At its peak, Tropical Cyclone Gonu, named for a bag of palm leaves in the language of the Maldives, reached sustained winds of 240 kilometers an hour (149 miles per hour). By early today, winds were around 83 km/h, and it was expect to keep weakening.

The storm is believed to be the strongest cyclone to hit the Arabian Peninsula since record-keeping started in 1945, and was tied for the strongest tropical cyclone in the northern Indian Ocean, according to the Joint Typhoon Warning Center."""

UBER = """On Friday, Transport for London (TfL) announced US-based taxi booking application Uber would not get a renewed private hire operator license after their current permit expires at the end of the month. The regulatory body released an official statement on their website and stated Uber London Limited was "not fit and proper to hold a private hire operator license".

TfL said Uber London "demonstrate[d] a lack of corporate responsibility" for reporting serious criminal offences, and for obtaining background of the drivers and medical certificates. In August, police said Uber allowed a driver despite allegations of sexually assaulting a passenger. The company has been accused of sexism and bullying. TfL in its statement also complained about possible use of "greyball" software to prevent officials from accessing the application for law enforcement duties.

According to Uber's statistics, about 3.5 million people in London use Uber. There are some 40 thousand drivers tied with Uber within the British capital. Per the Private Hire Vehicles (London) Act 1998, Uber can appeal against TfL's decision within three weeks. Uber received an interim renewal for four months in May, and it is set to expire at the end of the month. To this announcement, Uber London's General Manager Tom Elvidge said, "By wanting to ban our app from the capital Transport for London and the Mayor have caved in to a small number of people who want to restrict consumer choice. If this decision stands, it will put more than 40,000 licensed drivers out of work and deprive Londoners of a convenient and affordable form of transport. To defend the livelihoods of all those drivers, and the consumer choice of millions of Londoners who use our app, we intend to immediately challenge this in the courts." He also added, "This ban would show the world that, far from being open, London is closed to innovative companies who bring choice to consumers."

TfL said Uber's irresponsibility could compromise the safety and security of the public. In contrast, Uber's response said their service enhances safety. London mayor Sadiq Khan, on Facebook, said, "[...]all companies in London must play by the rules and adhere to the high standards we expect — particularly when it comes to the safety of customers. Providing an innovative service must not be at the expense of customer safety and security. I fully support TfL's decision — it would be wrong if TfL continued to license Uber if there is any way that this could pose a threat to Londoners' safety and security. Any operator of private hire services in London needs to play by the rules."

Uber has received criticism from traditional taxi drivers as well as government officials. Uber was banned from Bulgaria and Denmark, and faces regulatory issues in France, Italy, Hungary, and Spain. It also faced legal inquiry for use of greyball in the US to resist government regulation of the application. Regarding the complaint about improper use of use of Greyball, Elvidge cited an independent review and said it "found that 'greyball' has never been used or considered in the UK for the purposes cited by TfL". Uber operates in over 40 cities and towns in the UK."""

BAYCITY = """Marvin Schur, a 93-year-old man from Bay City, Michigan has died after the electric company limited his electric use due to his failure to pay over US$1,000 in past-due payments.

Bay City Electric Light & Power installed a power-limiting device on his home on January 13. The device would limit the amount of power the resident uses and would essentially shut it off if that limit is reached, or if the resident fails to pay the outstanding bill within 10 days of installation. In order for the electricity to be turned back on, the limiter must be reset by pushing a button.

Bay City power says that a warning, indicating that the power was to be turned off and a limiter installed, had been placed on Schur's front door. Despite that, the company says that they are now "looking at our website and possibly doing an automated phone message. We obviously need to get the word out."

The autopsy performed on Schur's body concluded that he had died "a slow, painful death" caused by hypothermia. Dr. Kanu Virani, who performed the autopsy, explained: "Hypothermia shuts the whole system down, slowly. It's not easy to die from hypothermia without first realizing your fingers and toes feel like they're burning."

It was less than 32 degrees Fahrenheit (0 Centigrade) in Schur's home when neighbors found Schur dead on January 17. Virani commented that it was his first time performing an autopsy on a body in which "the person froze to death indoors."

"His furnace was not running - the insides of his windows were full of ice the morning we found him," said George A. Pauwels Jr., who was with his wife when they found Schur's body.

In Michigan it is illegal for a utility company to disconnect power to any home between November 1 and March 31 when a resident is over the age of 65. Limiters are also not supposed to be used during that time frame. However, municipally-owned electric utilities like the one in Bay City, are not regulated by the state. The Michigan state attorney general's office has launched an investigation into the incident.

Residents around Schur's home say he was hard of hearing, and the city states that the device's function and operation were never explained to him. When word of the story got around, people from all over the United States began to call the city in anger.

"I've taken calls from Canada, Massachusetts, Texas, New York, Alabama - and that's just the ones I can think of off the top of my head," said Melody Roth of the city's administrative office, who also added that people from all over are "calling all city departments, not just our office."

Schur has no known children, and his wife had died several years prior to the incident."""

AEY = """The United States Army has suspended its contract with a company that delivered old and corroding ammunition from China for use by Afghan army and police forces in a way that violated the contract terms.

The ammunition was supplied by the Miami-based AEY Inc., a company run by a 22-year old named Efrain Diveroli. The nearly US$300 million contract stated that bullets were coming from Hungary, but were actually decades-old, damaged and corroded bullets from China.

Officials from the Army Legal Services Agency notified Diveroli, via a letter, that his company is suspended from future contracting with any U.S. government agency. The letter came as part of an Army investigation since November regarding violation of the contract.

According to the New York Times, Diveroli signed papers back on November 25, 2007 certifying that 28 pallets of ammunition for Afghanistan had been manufactured by MFS 2000, a Hungarian company, according to a memo written by investigators.

AEY violated the contract by breaking two clauses, one stating that the ammunition could not be acquired directly or indirectly from the People’s Republic of China, which is a violation of American law. The other clause specified that it must be packaged to comply with best commercial practices for international shipment.

According to the Times, says the ammunition arrived in decomposing cardboard boxes which contained ammunition dating as far back as 1966. However, Army officials believe some ammunition even dates back further to 1962.

The Army had contracted with AEY in January 2007 to supply various types of nonstandard ammunition for use by the Afghan National Army and Afghan National Police, an Army official said on background. The company was required to purchase the ammunition and deliver it to Kabul International Airport in Afghanistan. AEY was recently awarded a delivery order amount of $48,717,553 on March 17, 2007 as part of the $298,004,398 contract.

Also according to the Times, when purchasing the ammunition, AEY worked with middlemen and a shell company which has been placed on federal list of entities suspected of illegal arms trafficking. Also, the Times reported that, Diveroli was secretly recorded in conversation that suggested corruption on his company's purchase of 100 million aging rounds from Albania.

Bryan Whitman, The Pentagon's spokesperson told reporters that suspension of the contract was due to the violation of the origin of the ammunition and the packaging of the ammunition, not the safety and performance.

“Safety and performance has not apparently been a factor, according to our folks in Afghanistan. They have had no safety incidents reported and no reports of any ammunition that has malfunctioned associated with this particular contract,” Whitman told the press.

He also denied that the issue happened because the Army awarded the contract to the lowest bidder and that he was not aware of AEY's qualifications to fulfill the contract.

“As the United States government does business, they are obviously always trying to ensure they get the best value,” he said. “But that does not mean that, in achieving the best value for the taxpayer, that we will accept something that is below standard for what it is we are purchasing, either.”

According to an Army official, the suspension of the contract will not have an impact on Afghanistan operations and other contractors are expressing interest into entering into a contract. “Besides, there’s no shortage of ammunition already in Afghanistan. This will have no impact," he said.

Michael Diveroli, Efrain's father, who originally founded AEY as a small printing business, said of his son's career choice to CBS' Miami affiliate, WFOR, "I would prefer he became a nice Jewish doctor or lawyer rather than an arms dealer. He's never asked for my approval on the company. He doesn't always take my advice, I don't influence him. As a father of a boy genius he's hard to control."

Angelo Diveroli, Efrain's grandfather said the young man frequently accompanied him to gun shows when he was younger and became an expert at weapons.

A friend of Diveroli said to WFOR, "The government came here and checked him out and gave him the contract. How do you give someone, a 21 year old kid a contract like that?"

The United States Army Criminal Investigation Command is continuing their investigation, according to officials."""

CNN = """Atlanta-based CNN journalist Octavia Nasr, 20-year veteran of the network and senior editor for Middle East affairs, was reprimanded for a Twitter comment published on Sunday in which she expressed sadness at the death of Iraqi-born Lebanese Grand Ayatollah Mohammad Hussein Fadlallah. In the post, the journalist stated that she was "Sad to hear of the passing of Sayyed Mohammad Hussein Fadlallah.. One of Hezbollah's giants I respect a lot..".

According to a New York Times blog, after Parisa Khosravi, the CNN senior vice president, "had a conversation" with Ms. Nasr she was formally asked to step down. She left the network on Wednesday.

Brian Stelter of the Times reports that the issue was originally brought to the public's attention by online supporters of Israel, who republished the comment widely. They criticised her for being a "Hezbollah sympathizer" for a man who was "committed to the destruction of Israel." Critics point to comments Fadlallah has made in the past about the Holocaust, in which he questions the veracity of the agreed-upon figures of Jewish deaths in concentration camps.

"Is this the sort of extremist figure that CNN's Senior Editor of Mideast Affairs should be professing her respect for?" asked HonestReporting, the media watchdog group which purports to defend Israel "against prejudice in the media."

Salon reporter Glenn Greenwald has responded to these allegations of "prejudice" by pointing to similar cases in which no controversy arose: "The Washington Post lavished editorial praise on the brutal, right-wing tyrant Augusto Pinochet, and that caused no controversy...Benjamin Netanyahu formally celebrates the Terrorist bombing of the King David Hotel that killed...78 civilians and nobody is stigmatized for supporting him. Erick Erickson sent around the most rancid and arguably racist tweets, only to thereafter be hired as a CNN contributor."

Lebanese author and academic Dr. As'ad Abu-Khalil has also argued that commentators have not properly placed Fadlallah in context, and pointed to the schools and orphanages he founded in Beirut and southern Lebanon. Amira Al Hussaini of Global Voices quotes Abu-Khalil's post, saying "His [Fadlallah's] relationship with Hizbullah is always misunderstood...he broke from Wilayat Al-Faqih...and developed a new liberal thinking especially on issues of personal status laws." He also "urged for a closer relationship between science and religion", which drew the ire of both Iran and Hizbullah.

Nasr herself clarified her comment the day before her dismissal on a post to her CNN blog, saying that she used the words "respect" and "sad" because "to me as a Middle Eastern woman, Fadlallah took a contrarian and pioneering stand among Shia clerics on woman's rights. He called for the abolition of the tribal system of 'honor killing.' He called the practice primitive and non-productive. He warned Muslim men that abuse of women was against Islam."

The cleric has been a controversial figure in the West and has been blacklisted by the United States as a terrorist for several years, along with Hizbullah's leader, Hassan Nasrallah. He is thought to have been the target of a 1985 car bombing in Beirut, which killed 80 people but not the Ayatollah himself. The BBC reports it may have been "the work of the CIA, possibly in conjunction with regional intelligence agencies friendly to the US", while David Kenner of Foreign Policy writes that the plot was all but confirmed by Bob Woodward through interviews with then-CIA Director William Casey."""

AFGHAN = """Early yesterday afternoon local time, a 7.5 magnitude earthquake hit Afghanistan, Pakistan and North India, with its epicenter in the Hindu Kush mountain range which stretches from Afghanistan to North Pakistan, causing damage to life and buildings. A Wikinews correspondent felt the shock waves in Behror, Rajasthan at 2:50 PM IST (0920 UTC).

Hundreds of people died in this disaster. The death toll is highest in Pakistan. Pakistani officials yesterday afternoon declared over 145 people were found dead. United States Geological Survey reported the earthquake occurred at 212km depth due to reverse faulting. Twelve students died in the rush due to trembles, in an Afghani girls' school in Takhar, near Badakhshan. Two elderly women in Kashmir died due to heart attack. Some people in Pakistan died by crushing by roof collapse.

Indian states Punjab, Jammu and Kashmir, Rajasthan, Uttar Pradesh and Delhi National Capital Region were affected. Srinagar experienced a power cutoff after the earthquake.

During yesterday afternoon, Indian Prime minister Narendra Modi communicated with Pakistani Prime Minister Nawaz Sharif, volunteering help. He also tweeted "Heard about strong earthquake in Afghanistan-Pakistan region whose tremors have been felt in parts of India. I pray for everyone's safety."

Yesterday evening, Pervez Rashid, Pakistani Information Minister, declared Pakistan would not ask for help for resources and rescue work and thanked India for offering help. "We have enough resources to handle the situation. Our top priority is to help those affected because of the earthquake".

As of earlier today, officials in Pakistan and Afghanistan came up with statistics of 237 deaths in Pakistan and a total rising to 311.

Almost a decade ago, this region suffered an earthquake with a magnitude of 7.6.

A Wikinews correspondent reports the tremors were felt in Behror, Rajasthan at 2:50 PM IST. In the boys hostel on NIIT University, the students felt the vibrations of cupboards, tables and beds which lasted over a minute. Nobody was harmed because of the shock-waves, but many students came out of their rooms, asking others whether they felt the vibrations or not.

Our correspondent contacted other students in affected areas of India. According to one student the projectors used for delivering lectures in BITS Pilani university in Pilani, Rajasthan started shaking. The students asked the professor to cancel the lecture. A first year B. Tech student said he was in the library, listening to music, when suddenly everyone ran out. Later, when he got out of the library, he came to know it was an earthquake.

Students in ITM Gurgaon in Gurgaon, Haryana were asked to shelter themselves in an open space of the sports ground and return after few minutes. Many of the students left for their home."""

# (path in the AMALGUM repository, title, Wikinews url, published, sector, region, topics, text, note)
ITEMS = [
 ("autogum_news_doc722", "CyanogenMod: Open-source smartphone OS goes commercial",
  "https://en.wikinews.org/wiki/CyanogenMod%3A_Open-source_smartphone_OS_goes_commercial",
  "2013-09-19", "technology/software", "US", "deal,leadership,product", CYANOGEN,
  "Read from out/news/autogum_news_doc722.xml (commit 49e8fad). AMALGUM dateCreated 2013-09-19, as the date line "
  "'Thursday, September 19, 2013'. The 'File:CyanogenMod Cid.svg' link line and two image captions with their "
  "credits cut; the article's own slips kept ('a least one', 'multibilion', 'humourous', 'Cyanogen mod'). An "
  "open-source project incorporated as a company, its investors, its CEO and its product."),
 ("amalgum/news/xml/AMALGUM_news_ryanair.xml", "Ryanair sue Associated Newspapers, Mirror Group",
  "https://en.wikinews.org/wiki/Ryanair_sue_Associated_Newspapers%2C_Mirror_Group",
  "2013-08-17", "aviation/media", "non-US", "deal,leadership,outage", RYANAIR,
  "AMALGUM dateCreated 2013-08-17, as the date line 'Saturday, August 17, 2013'. Read from the tokenised layer "
  "(amalgum/news/xml, commit ad33923; checked against its RS3 layer); the image caption with its credit and the "
  "pull quote with its attribution line ('— Ryanair's lawyers') cut; '90 %' joined to '90%'; the article's own "
  "slips kept ('occcurrence', 'Ryanair have ... call'). An airline suing publishers and a broadcaster, the "
  "publishers' titles, a pilots' group's chairman; an outage near-miss (an emergency landing after electrical "
  "malfunctions: one aircraft, no service said lost)."),
 ("autogum_news_doc071",
  "Egyptian prime minister steps down; armed forces appoint former transport minister to position",
  "https://en.wikinews.org/wiki/Egyptian_prime_minister_steps_down%3B_armed_forces_appoint_former_transport_minister_to_position",
  "2011-03-04", "government", "non-US", "leadership", EGYPT,
  "Read from out/news/autogum_news_doc071.xml (commit 49e8fad). AMALGUM dateCreated 2011-03-03; the date line "
  "'Friday, March 4, 2011' kept as `published`. The 'HAVE YOUR SAY' box and eight image captions with their credits "
  "cut; runs of spaces made one; the article's own slips kept ('Shafiq' beside 'Shafik', 'is not in the good "
  "health', 'has yet been seen'). A prime minister resigning and his successor appointed, with a company "
  "executive among the reactions."),
 ("autogum_news_doc136", "Pedestrian, three others killed in helicopter crash in British Columbia",
  "https://en.wikinews.org/wiki/Pedestrian%2C_three_others_killed_in_helicopter_crash_in_British_Columbia",
  "2008-05-21", "utilities/aviation", "non-US", "outage,deal", HELICOPTER,
  "Read from out/news/autogum_news_doc136.xml (commit 49e8fad). AMALGUM dateCreated 2008-05-21, as the date line "
  "'Wednesday, May 21, 2008'. No cut beyond the headline and date line. A helicopter owned by one company and "
  "rented to a power utility; an outage near-miss (the helicopter crashed while checking power lines: a physical "
  "accident, no supply said lost)."),
 ("autogum_news_doc196", "AFC Asian Cup: Lights fail as Korea draw with Saudi Arabia, Iran defeat Uzbekistan",
  "https://en.wikinews.org/wiki/AFC_Asian_Cup%3A_Lights_fail_as_Korea_draw_with_Saudi_Arabia%2C_Iran_defeat_Uzbekistan",
  "2007-07-12", "utilities/sport", "non-US", "outage", JAKARTA,
  "Read from out/news/autogum_news_doc196.xml (commit 49e8fad). AMALGUM dateCreated 2007-07-12, as the date line "
  "'Thursday, July 12, 2007'. No cut beyond the headline and date line; the article's own slips kept ('An "
  "spokesperson', 'Roudbarianand'). A stadium's lights cut by a city power "
  "problem, stopping a match for 27 minutes (an outage, no operator named)."),
 ("autogum_news_doc289", "Rare Middle East cyclone batters Oman",
  "https://en.wikinews.org/wiki/Rare_Middle_East_cyclone_batters_Oman",
  "2007-06-07", "utilities/energy", "non-US", "outage,leadership", GONU,
  "Read from out/news/autogum_news_doc289.xml (commit 49e8fad). AMALGUM dateCreated 2007-06-07, as the date line "
  "'Thursday, June 7, 2007'. The four section headings ('Oman lashed', 'Iran prepares', 'Impact on oil industry', "
  "'Strongest cyclone') cut; a tab before a full stop dropped ('(149 miles per hour) .' → '(149 miles per hour).'); "
  "'&amp;' written '&'; the article's own slips kept ('metorologists', 'it was expect to', 'Chabahr'). Electricity "
  "and phone lines out after a cyclone (an outage, no operator named); flights cancelled, exports and refuelling "
  "suspended by the weather (near-misses); a minister and two analysts."),
 ("autogum_news_doc488", "Uber London to lose operator licence after September",
  "https://en.wikinews.org/wiki/Uber_London_to_lose_operator_licence_after_September",
  "2017-09-25", "transport/internet", "non-US", "leadership,outage", UBER,
  "Read from out/news/autogum_news_doc488.xml (commit 49e8fad). AMALGUM dateCreated 2017-09-22; the date line "
  "'Monday, September 25, 2017' kept as `published`. No cut beyond the headline and date line; the article's own "
  "slips kept ('use of use of'). A regulator refusing to renew a ride-hailing company's licence, with the London "
  "unit's general manager (an outage near-miss: a licence decision, no service stopped yet)."),
 ("autogum_news_doc688", "93-year-old Michigan man freezes to death after electric company limits his power usage",
  "https://en.wikinews.org/wiki/93-year-old_Michigan_man_freezes_to_death_after_electric_company_limits_his_power_usage",
  "2009-01-28", "utilities/energy", "US", "outage", BAYCITY,
  "Read from out/news/autogum_news_doc688.xml (commit 49e8fad). AMALGUM dateCreated 2009-01-28, as the date line "
  "'Wednesday, January 28, 2009'. No cut beyond the headline and date line; '&amp;' written '&'. A municipal "
  "utility's power limiter on one customer's home (an outage near-miss: one household's supply limited, no "
  "service failure)."),
 ("autogum_news_doc387", "United States Army suspends ammo contract for Afghan security forces",
  "https://en.wikinews.org/wiki/United_States_Army_suspends_ammo_contract_for_Afghan_security_forces",
  "2008-03-28", "defence", "US", "deal,leadership", AEY,
  "Read from out/news/autogum_news_doc387.xml (commit 49e8fad). AMALGUM dateCreated 2008-03-28, as the date line "
  "'Friday, March 28, 2008'. The pull quote with its attribution line ('—Michael Diveroli, Efrain's father') cut; "
  "runs of spaces made one; the curly quotes of the source kept; the article's own slips kept ('According to the "
  "Times, says', 'The Pentagon's spokesperson'). An army contract with a supplier suspended, the supplier's "
  "head and founder, its claimed manufacturer, a broadcaster's affiliate."),
 ("autogum_news_doc229", "CNN journalist fired for controversial Twitter message",
  "https://en.wikinews.org/wiki/CNN_journalist_fired_for_controversial_Twitter_message",
  "2010-07-09", "media", "US", "leadership", CNN,
  "Read from out/news/autogum_news_doc229.xml (commit 49e8fad). AMALGUM dateCreated 2010-07-08; the date line "
  "'Friday, July 9, 2010' kept as `published`. The image caption cut; runs of spaces made one. A broadcaster's "
  "senior editor dismissed, with its senior vice president."),
 ("autogum_news_doc338", "Magnitude 7.5 earthquake hits Afghanistan",
  "https://en.wikinews.org/wiki/Magnitude_7.5_earthquake_hits_Afghanistan",
  "2015-10-27", "utilities", "non-US", "outage,leadership", AFGHAN,
  "Read from out/news/autogum_news_doc338.xml (commit 49e8fad). AMALGUM dateCreated 2015-10-26; the date line "
  "'Tuesday, October 27, 2015' kept as `published`. The map caption, the section heading 'Effects in Behror and "
  "nearby areas', the 'Sister link' list and the 'Realted news' line cut; '212 km' as the XML joins it ('212km'); "
  "runs of spaces made one. A city's power cut after an earthquake (an outage, no operator named) and ministers."),
]



def main():
    return [amalgum.record(*x) for x in ITEMS]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
