#!/usr/bin/env python3
"""Batch 26a (session 27, out-of-sample check; helper gather27a): Wikinews (CC BY 2.5) news articles that no earlier
batch used, taken from the AMALGUM corpus (github.com/gucorpling/amalgum): the older output folder `out/news/`
(`autogum_news_docNNN.xml`, plain XML) and the keyword-named GUM-style layers `amalgum/news/xml/` and
`amalgum_extra/news/xml/` (one token a line, with title, dateCreated, sourceURL on the <text> element and <p>
paragraphs), read with read_file — outages (Georgia Power's customers without electricity after the Atlanta
tornado of March 2008; power down in Aceh after the Indonesian earthquake of 11 April 2012, no operator named;
Colombia's nationwide blackout of 26 April 2007 blamed on a substation failure, no operator named, one brief of a
Wikinews Shorts compilation), leadership and relations (Amtrak's CEO blaming CSX's signals after the Cayce
collision, 2018; TransCanada's spokesperson after a pipeline protest, 2012; United Launch Alliance's Atlas V and
NASA's administrator at the InSight launch, 2018; an internet radio station set up as a subsidiary, AstroNet Radio
and TogiNet Radio, 2017; a polling firm's president, GlobeScan, 2006; a union leader at a worker-run factory,
FaSinPat/Zanon, 2005; a transport minister fired after a crash, with the plane's owner and lessee, 2007) — and
near-misses (a train collision with signals not working; a pipeline's construction stopped by a protest; a rail
service suspended as a precaution; an airport closed by a hijacking, 2016; a plane crash).
Each text is the article body written out by hand from the XML: the headline and the date line (kept as
`published`) left out, image captions with their credits, pull quotes, section headings, source lists, 'Sister
link' lines and the Shorts compilation's other briefs cut; paragraphs as the XML's <p> elements; for the
tokenised layers the tokens joined back (spaces before punctuation and inside quotes and brackets removed, 'n’t'
and '’s' joined to their word, '100 %' → '100%', 'US$ 170' → 'US$170'); no word added or changed (the articles'
own slips kept). Per-item cuts are in each item's note.
usage: batch26a.py [POOL_DIR] [--dry]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import amalgum
from write_pool import write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool26a"

AMTRAK = """Early on Sunday morning, Amtrak's passenger train number 91, the Silver Star, bound for Miami from New York, slammed into a stationary CSX freight train in Cayce, about ten miles (16 km) south of Columbia, capital of the US state of South Carolina. Two Amtrak employees were killed and at least 116 were injured, some seriously.

The two killed were 54-year-old engineer Michael Kempf of Savannah, Georgia, and 36-year-old conductor Michael Cella of Orange Park, Florida. Robert Sumwalt, chairman of the National Transportation Safety Board, told a press conference the passenger train had been diverted into a siding by a switch left "literally locked, with a padlock" in that position.

The collision happened at about 2:35 am local time (0735 UTC) at a switching yard in the small city of Cayce. The Amtrak train, with reportedly 139 passengers and eight employees aboard, collided head on with the freight train, which was parked with no one on board. The Amtrak locomotive and the leading locomotive on the freight train were destroyed; the Amtrak locomotive and some of its passenger cars derailed, and one of those cars was folded in half. Several freight cars were crumpled, Reuters reported. In a press conference, the state governor, Henry McMaster, said the Amtrak locomotive was "barely recognizable" and described it as "a horrible thing to see, to understand the force involved".

Harrison Cahill, a spokesman for Lexington County, gave a count of 116 injured, up from an initial report of 70; according to Derrec Becker, public information officer for the South Carolina Emergency Management Division, injuries ranged "from cuts and bruises to severe broken bones". On Monday a Palmetto Health spokesperson said two patients were in serious and two in critical condition at their facilities. A spill of approximately 5,000 gallons of fuel from the freight train posed no safety hazard, according to officials.

Passenger Derek Pettaway told the CNN network that like most others, he had been sleeping when the collision happened. He said Amtrak staff cleared the passengers from the train rapidly, and there was no panic; "I think people were more in shock than anything else", he said.

"Key to this investigation is learning why the switch was lined that way", Sumwalt said. Amtrak's CEO, Richard Anderson, speaking to reporters on Sunday, held CSX responsible; he stated the track in that area is operated by CSX and the signals, which CSX operates, were not working at the time of the collision and a CSX dispatcher was therefore directing the Amtrak train's movements. Sumwalt noted an automatic monitoring and braking system called positive train control, which was not in use on the stretch of line, could have forestalled the collision.

Several fatal incidents involving Amtrak trains have occurred in the past three months. On December 18, the inaugural train on a new route in Washington state derailed at high speed while crossing above a highway, killing three; on January 31, the driver of a garbage truck was killed in Virginia when he collided with an Amtrak train chartered to take Republican lawmakers to a retreat."""

TORNADO = """A tornado, spawned from a large storm, has hit the United States city of Atlanta, Georgia, causing extensive damage throughout the city.

The National Weather Service confirmed Saturday morning that it was a tornado that struck the city. After reviewing the aftermath of the storm, they classified it as an EF2 tornado on the Enhanced Fujita scale. Atlanta mayor Shirley Franklin says she is beginning to apply for federal disaster aid.

There have been no confirmed deaths, but the mayor's spokeswoman says there may be dead victims trapped within the ruins of a collapsed loft complex. The Fulton Cotton Mill Lofts are located in the historic Cabbagetown neighborhood, where at least 20 homes were destroyed. "It looks like a bomb went off, it looks like World War III," said Mahsud Olufani, who has an art studio in the neighbourhood. "It's a disaster area."

At least 27 people suffered injuries, mostly cuts and bruises. One person is reported to be in critical condition. Grady Memorial Hospital, where many of the injured were taken, had suffered some window damage but was still operating. Around 50 people have been taken to a local Red Cross shelter for displaced residents.

The tornado struck during the semifinal game of the SEC Basktetball Tournament between Mississippi State and Alabama. Play was stopped with around 2 minutes to go in overtime when heavy wind could be heard outside with rippling of the roof. Damage was done to the roof as debris fell to the floor. No injuries were reported in the Dome. "I thought it was a tornado or a terrorist attack," said Mississippi State guard Ben Hansbrough.

The storm arrived with little forewarning. A tornado warning was issued for the downtown area a few minutes before the storm hit. "Ironically, the guy behind me got a phone call saying there was a tornado warning," said Lisa Lynn, who was attending the game at the Georgia Dome. "And in two seconds, we heard the noise and things started to shake. It was creepy."

The CNN Center in downtown Atlanta was severely damaged, especially in the atrium, where the ravaged ceiling allowed water to pour in. Police closed several streets near the CNN Center because of the debris, which included power lines, billboards, and even office chairs.

The Omni Hotel, which is attached to the CNN Center, also sustained damage, with many of its windows shattered. Visitors at the hotel were evacuated to the exhibition hall at street level. "It was crazy. There was a lot of windows breaking and stuff falling," said Terrence Evans, a valet at the hotel.

At Centennial Olympic Park, located near CNN and the Omni Hotel, two Olympic torch sculptures had fallen over, and a performance pavilion was destroyed. A high-rise dorm at Georgia State University was damaged by the tornado, as evidenced by a large hole in the building's 14th floor. University students were evacuated on buses.

According to Georgia Power, more than 13,000 of their customers are currently without electricity. Crews are working to fix downed power lines, but they said it would be difficult with all the debris.

Another large storm, currently in Mississippi, is heading towards Atlanta, and is forecast to arrive around 3 p.m. National Weather Service meteorologist Mike Leary said Friday's storm could be "nothing to compare with what's coming in tomorrow".

All downtown events scheduled to occur Saturday have been cancelled. This includes the city's Saint Patrick's Day parade. The remaining SEC tournament games are to be played at Georgia Tech's Alexander Memorial Coliseum, located in the undamaged midtown."""

QUAKE = """An 8.6 magnitude earthquake occurred off the Indonesian coast at 08:38:37 UTC today, causing a tsunami watch to be issued over the entire Indian Ocean.

According to the U.S. Geological Survey, the quake struck at a point 308 miles (495 km) southwest of Banda Aceh, the provincial capital, located on the northern extremity of the country's Sumatra island, at a depth of 20.5 miles (33 km). Local media reports suggest that people in Sumatra fled from their homes and offices in fear. The 8.6 quake was followed by a quake measuring 8.2 on the Richter Scale.

The Pacific Tsunami Warning Center (PTWC) advised authorities to "take appropriate action", stating that they were not aware whether a tsunami had occurred yet. The earthquake, initially believed to be 8.9 on the Richter Scale was later revised to be an 8.7 and finally an 8.6 quake. In reaction to the earthquake, the Indonesian disaster management agency noted that power had been shut down in Aceh. Moreover, people were being warned by sirens of the danger and were going to higher ground. Agency spokesman Sutopo said: "The electricity is down, there are traffic jams to access higher ground. Sirens and Koran recitals from mosques are everywhere."

In its report, the PWTC issued a tsunami watch for 28 countries, including, but not limited to Indonesia, India, Sri Lanka, Australia, Myanmar, Thailand, Maldives, United Kingdom, Malaysia, Mauritius, Singapore, Bangladesh, miscellaneous Indian Ocean islands, Pakistan, Somalia, Oman, Iran, Bangladesh, Kenya, South Africa and Mozambique. They mentioned that "[e]arthquakes of this size have the potential to generate a widespread destructive tsunami that can affect coastlines across the entire Indian Ocean basin."

The tsunami warnings were initially issued for Indonesia after the 8.6 earthquake and later issued for a further two hours after the 8.2 earthquake hit the Aceh province. The watch was lifted for Myanmar, Australia and Malaysia. Later, India too ended its tsunami watch, with a scientist at the Indian tsunami warning center noting that "the danger has passed".

Earlier, the tremors were felt as far away as Bangkok in Thailand and south India, particularly in Bangalore and Chennai. According to locals, people left their buildings in Bangalore on feeling the tremors. The Indian National Centre for Ocean Information Service issued a red high-level warning for the Andaman and Nicobar Islands. The southeastern coasts of Andhra Pradesh and Tamil Nadu were put on lower warnings. According to Sky News, people residing near the coast were asked to move away from the sea in India. The tremors there reached upto the northern city of Kolkata. Kolkata and its surrounding areas felt tremors, also felt in North 24 Parganas and the town of Siliguri in the same state. Several people rushed out of their office as windows and doors rattled due to the quake, while some buildings developed cracks. Metro Rail services were suspended in the city, and people were asked to leave the stations.

Similar warnings were issued by the governments in Sri Lanka, where mild tremors were experienced at Colombo. The tsunami warning was however lifted after 6 p.m. local time. But the government advised people not to go close to the sea. Smith Dhamasoroja, of the National Disaster Warning Foundation, predicted that Thailand would have to face a tsunami as the earthquake was so powerful. Thai Meteorological Department deputy chief Somchai Baimoung however stated that no warning had yet been issued. Later a warning was issued in the country and subsequently lifted. In Bangladesh, two tremors were felt. But the authorities stated there was no fear of a tsunami.

Amy Vaughn of the U.S. Geological Survey told Sky News that because the earthquake was so massive, "a large body of water is disturbed by the movement of the fault". Therefore, since the epicenter was so close to the west coast of Sumatra, "it could be devastating for the region." In Malaysia, high-rise buildings shook for over a minute.

Indonesia straddles the Pacific Ring of Fire, a major earthquake belt. On December 26, 2004 a 9.2-magnitude earthquake in the same area triggered massive tsunami waves, killing almost 220,000 people."""

COLOMBIA = """Colombia was faced with a nationwide electricity outage at 10:15 a.m. local time today. Traffic chaos and people trapped in elevators has been reported. Hospitals and airports continued operations, using their own backup generators.

Speaking on local radio, President Alvaro Uribe said, "It appears to have affected all of the country."

"The blackout was caused by a failure at an energy substation in northern Bogota. We do not know what type of failure it was," Manuel Maiguashca, vice minister of energy and mines, told reporters. Speculation that the outage was caused by left wing rebels was dismissed by officials."""

PIPELINE = """Two protesters in the United States who are associated with the 'Tar Sands Blockade' were arrested Monday after they barricaded themselves inside a portion of the Keystone Oil Pipeline under construction in Winona, Texas. TransCanada, which owns the pipeline, stopped construction once the protest began.

"TransCanada Corporation didn’t bother to ask the people of this neighborhood if they wanted to have millions of gallons of poisonous tar sands pumped through their backyards," said one of the protesters inside the pipeline, Matt Almonte in a statement posted to the group's website. "This multinational corporation has bullied landowners and expropriated homes to fatten its bottom line", added Almonte. Glen Collins, the second protester said, "I’m barricading this pipe with Tar Sands Blockade today to say loud and clear to the extraction industry that our communities and the resources we depend on for survival are not collateral damage."

According to their website www.tarsandsblockade.org, Almonte and Collins entered the pipeline prior to about 7:30 a.m. local time. They went 25 feet into the pipeline and took with them two barrels filled with cement, weighing 600 pounds each and locked themselves in between them. At around noon, police on scene entered the section of pipe, only to emerge a few minutes later without the protesters. At 12:30, after an ambulance arrived on scene, police once again entered the pipe and began to pull on one of the barrels. They were successfully removed and both Almonte and Collins were arrested. A short time later a third protester, identified as Isabel Indigo Brooks, was also arrested.

In a statement to Wikinews, spokesperson for TransCanada Grady Semmens called the incident "unfortunate" saying, "This project is about supplying Canadian and American oil to U.S. refineries, pushing out more expensive crude oil from foreign regimes that do not support American values of freedom and common sense — Libya, Venezuela and the Middle East." He also confirmed that construction was halted and staff members were "instructed to stand down and stop all work until local law enforcement resolved [the] situation".

"It is unfortunate these protestors are trying to keep thousands of Americans from the jobs they depend on to provide for their families. This project is important not only to thousands of workers but also to Americans in general," added Semmens.

Construction on portions of the pipeline were halted in January when the White House denied permits for it to be finished. "This announcement is not a judgment on the merits of the pipeline, but the arbitrary nature of a deadline that prevented the State Department from gathering the information necessary to approve the project and protect the American people," said President Barack Obama in January.

The portion of the pipeline affected by the protesters is part of the 'Gulf Coast Pipeline Project' that is to be about 485 miles long and consist of a "36-inch crude oil pipeline beginning in Cushing, Oklahoma and extending south to Nederland, Texas", says TransCanada on their website."""

INSIGHT = """On Saturday, United Launch Alliance launched a Atlas V 401 rocket carrying NASA's InSight Mars lander and two Mars Cube One (MarCO) miniature spacecraft known as cubesats. The pre-dawn launch from Vandenberg Air Force Base Space Launch Complex 3E in Lompoc, California was declared a success. This was the very first deep space launch from the west coast of the United States, and aimed to send a lander to the surface of the planet Mars to study its interior.

Launched alongside InSight were two MarCO cubesats, the first to be sent beyond Earth, nicknamed 'WALL-E' and 'Eve' after the protagonists of the 2008 animated science fiction film WALL-E. They were designed as a dual telecommunications relay for InSight during the spacecraft's descent through the Martian atmosphere.

Traditionally, NASA launched interplanetary spacecraft at Cape Canaveral Air Force Station in Florida on the United States' east coast. There, rockets were sent eastward over the Atlantic Ocean, borrowing the Earth's rotational velocity to shoot their payloads out into the solar system. Due to congestion on the launch calendar at Canaveral, NASA chose to launch the spacecraft from from Vandenberg Air Force Base on the country's west coast instead. A launch eastward from Vandenberg would have been dangerous due to densely populated areas being located downrange. Instead, rockets launched from Vandenberg were sent in a south-southeast trajectory. For Insight and MarCO, the spacecraft was placed in a temporary polar orbit after the launch, with the pair being shot towards Mars during a escape burn performed over the North Pole.

Despite a heavy fog settling in at the rocket's launch pad in Lompoc, the United Launch Alliance declared a "100% chance of favorable weather for liftoff". Spectators in Lompoc were treated to a mostly obscured view of the launch, though they were witness nonetheless to the sound and shock waves of the Atlas V's Common Core first stage as it lifted the spacecraft off the ground on-schedule at 4:05 PDT (1105 UTC). People along the coast of southern California and northern Baja California, however, were in clear view of the Atlas V's main engine burn and the first burn of the rocket's Centaur upper stage. People in Orange County, California were treated to the sight of InSight and the Centaur almost eclipsing the planet Jupiter in the night sky.

The recently-inaugurated Administrator of NASA, Jim Bridenstine, congratulated the InSight team in an address televised live on NASA TV after the launch, along with the United Launch Alliance on what was their 128th successful launch in a row. The InSight mission part of NASA's Discovery program, a class of low-cost solar system exploration missions. It was selected to launch in the program after beating the Comet Hopper and Titan Mare Explorer proposals amongst responses to a 2010 request.

Both InSight and the MarCO cubesats are en route to Mars. InSight carries eight scientific instruments, including a seismometer known as Seismic Experiment for Interior Structure (SEIS). The SEIS instrument will be recording the very first seismic measurements of Mars, which scientists hope will shed light on the structure of Mars beneath its surface. The lander was equipped with two cameras, based on the architecture of the Mars Exploration Rover's navigation camera and hazard avoidance camera, to allow mission scientists to monitor the activity of the instruments. NASA scheduled a November 26 landing for InSight on a broad plain in the planet's northern hemisphere, known as Elysium Planitia."""

ZANON = """Factory workers at a ceramic factory in Neuquén, Argentina are preparing to defend their autonomous running of their workplace, as the courts start to look at appointing an owner. The workers have been running the factory themselves since the Argentinian government meltdown in 2001, and say they are more effective working independently.

There are now 410 workers at FaSinPat ('Fabrica sin Patrones' or 'Factory without Bosses'), having hired over 170 new workers in four years of autonomous control. The factory is widely known as Zanon, the name under the previous owner, Luis Zanon, who accumulated some US$170 million in debt, and shut down the factory, firing the workers.

Argentinian government and businesses were in chaos at the time, with the government dissolving repeatedly and defaulting on $88 billion of debt, inflation skyrocketing and people demanding money from banks who had closed their doors.

Like over 200 Argentinian workplaces facing similar conditions, the workers chose spontaneously to run the factory themselves, and continued maintenance and production, to keep trading on their own behalf.

Now thirty workers have travelled the 1,200 kilometers to Buenos Aires, presenting a petition containing thousands of signatures from all over the world at the central courthouse, and mobilising outside.

"With these actions we are marking a playing ground for the judge," said Raul Godoy, Zanon worker and General Secretary of the Ceramists' Union.

As the government has continued its legal assault upon the Zanon factory, at least one factory employee has been reported to have suffered repeated threats and violence at the hand of unknown attackers.

Esteban Magnani, author of El Cambio Silencioso (The Silent Change), a book about worker cooperatives in Argentina told UpsideDownWorld.org, "In Neuquen you have Jorge Sobisch, a right wing governor who wants to be the new [President] Carlos Menem... wants to show how tough he is... Zanon is very politicized and famous, which is bad for a governor who wants to be seen as a right wing savior. Sobisch feels the need to crack down now, because the longer he waits, the more powerful Zanon becomes. "Some of the workers feel that Sobisch may be approving the attacks or may be culpable in failing to defend the workers.

Magnani indicates incumbent President Néstor Kirchner, described by Wikipedia as "a Peronist with leftist leanings", might defend Zanon. "One of Kirchner’s flags is human rights. Now with this kidnapping and the continued threats, Kirchner shouldn’t have any excuse to not do something about this."

"Subway workers, train workers, airline workers, other recuperated businesses and many other sectors have made it clear that the employees at Zanon will not be alone." Says one Zanon worker, "We are willing to defend the factory with our lives."

It may not come to that. Governnor Sobisch has been attempting to evict the workers of Zanon in an ongoing, highly politicized legal battle for several years. Sobisch has been ordered by the Federal Supreme Court of Argentina to evict the workers as soon as possible.

Other sources consulted about the past record of behavior by Sobisch do not reflect a record of overt violence against the workers. At least one source from October 2004 said that Sobish wants the workers to leave the Zanon factory and work instead in a government-sponsored micro-enterprise project for unemployed workers, constructing prefabricated houses."""

ASTRONET = """Paranoria, TX, a modern radio drama hosted at internet-based AstroNet Radio, released its 100th episode. The episode is titled The People's Choice and aired on Monday.

The station's web site describes the show as "old school radio theater with a new and outrageous geeky spin!" In its early days, the show was featured solely at the long-running internet radio site TogiNet Radio, a site focused on talk radio. In late 2015, TogiNet established AstroNet Radio as a subsidiary station. The show originally featured amateur voice actors, local to East Texas. After some time, professional actors/talent came to be featured intermittently. Some of those were
Kevin Betzer from television series Deep South Paranormal.
Clu Gulager notably from The Virginian and The Fall Guy.
John Gulager notably as director of Piranha 3DD.
Diane Ayala Goldner notably from horror film franchise Feast.
Vernon Wells notably from the films Mad Max 2: The Road Warrior and Weird Science.

Wikinews caught up with the show's producer, George Jones, to discuss the show.

((WN)) First, tell our readers about Paranoria, Texas.

George Jones: Paranoria, TX started out as a little show that could. We really didn't know what we were doing but we wanted to do Old School radio in a brand new format which consisted of a new script every week with a cast of voice actors. The result was a surprising hit and now the show has grown into something completely different than what it was in the beginning and we have followers worldwide. The basic premise of the story is that there is a group of nerds who come together plotting to take over the world but end up saving it time and again.

((WN)) When did the idea for the show first come to you?

GJ: I was called into the [TogiNet] studio for an interview about one of my events and while I was there the DJ asked me if I had ever thought about doing a radio show myself. I had no idea what I was going to do but I was intrigued and after a little brainstorming and utilizing my own creativity the show was born.

((WN)) You've written most of the scripts, right? Has anyone else helped you with writing?

GJ: I have written 90% of the scripts for the show. Eric Nivens, Alan Mendez, Jeremy Nagel and Matt McBride have also written a few scripts. It gets tough running a brand new 20-page script every week but somehow we've managed for almost a hundred weeks. We thank God for fans who keep us going, otherwise it would not have made it for so long.

Jones estimates since the first episode, the show has been downloaded roughly 30,000 times. The show is set to feature a spin-off series soon."""

CONGO = """More than 50 people have been killed after a plane crashed in the Democratic Republic of the Congo, causing president Joseph Kabila to fire his transport minister.

The Russian-built Antonov An-26 twin-turboprop cargo plane went down into a market in the African nation's capital, Kinshasa, killing 51 and injuring at least 25, mostly on the ground. Of the plane's crew, only the Congolese flight engineer survived the accident.

The Congolese air safety record is one of the worst in the world, and this is the latest and deadliest in a string of recent aviation accidents and incidents. According to presidential spokesman Kudura Kasongo, the reason behind the sacking of transport minister Remy Henri Kuseyo Gatanga is "for being incapable of organising the aviation sector".

Transport Minister Rémy Kuseyo had previously said the aircraft should never have taken off due to a ban imposed three weeks ago on the use of Antonov aircraft in the country due to safety concerns. He feels his dismissal is unjust, saying "Measures had been taken... "I had taken measures, but I am not the one who was to have put the measures in place on the ground."

Saleh Kinyongo of the Humanitarian Affairs Ministry revised previous information that the entire flight crew had been killed, saying to reporters "We now know there is a survivor in hospital. He's the mechanic (of the plane)... He's alive and well. He's talking and he's even been on TV." His name was given as Dede Ngama and he is receiving treatment at the Roi Baudouin hospital in Kinshasa. Previously, Russia's foreign ministry had reported that all three of the flight crew were Russian nationals and were killed in the crash. This has, however, been confirmed as accurate for the pilot and co-pilot.

It is known that shortly after takeoff, the plane experienced technical difficulties and initiated fuel dumping, then contacted air traffic control to request an emergency landing. Aircraft often dump fuel prior to emergency landings shortly after takeoff, as the aircraft are too heavy to land safely with full fuel loads. However, after about ten minutes, the plane suddenly plunged down into a market and houses in a residential area. The Russian Foreign ministry reported that upon takeoff the plane lost a propeller, and that a wing sheared off when the plane impacted a bank of trees.

An emergency meeting of Congo's cabinet was held yesterday to investigate how existing air safety regulations could be improved, including possibilities of better inspections and tougher penalties for non-conformers.

The crash site has proved difficult to secure from onlookers and petty criminals. Local police have already arrested several people attempting to steal scrap metal, engine parts and any other valuables from the fire-scorched wreckage.

The crash has provoked national outrage, with local newspapers using headlines such as "Another flying coffin kills again," and "Congo's killer skies,". The government had promised to improve poor safety standards.

The plane belonged to Africa One, but had been leased to Manilla Airlift. The aircraft had undergone a safety inspection prior to it's departure from nearby Ndjili international airport.

The International Air Transport Association has described Congo's aviation safety record as 'an embarrassment', while all Congolese airlines except Hewa Bora Airways are on the List of air carriers banned in the EU."""

HIJACK = """Two hijackers seized an Afriqiyah Airways jet this morning, diverting it away from its domestic Libyan route to Malta. The men surrendered to Maltese custody.

Flight 209, an Airbus A320, was flying from Sabha to Tripoli. Men identified as Suhaha Mussa and Ahmed Alid, armed with what appeared to be a grenade and two pistols, took control of the aircraft. The airline said a proposal to land in Libya was rejected by the hijackers, who took the plane to nearby Malta owing to fuel limits. After landing, the plane's engines were not shut off for around ninety minutes.

Malta International Airport was closed after the arrival. Negotiators and security forces met the plane, carrying 111 passengers and at least six crew, at the airport. The hijackers released the passengers, one of whom was an infant, and most crewmembers before surrendering.

The hijacking appears to be in favour of Libya's deceased, deposed former leader Muammar al-Gaddafi. One hijacker waved a flag from the Gaddafi regime. Libyan news station Channel TV said it spoke by phone to one hijacker, quoting him as saying "We took this measure to declare and promote our new party."

Channel TV reported the man said he had formed a new group called al-Fateh al-Jadid, which means "The New al-Fateh". Al-Gaddafi renamed September as al-Fateh in honour of his September 1969 coup; al-Fateh came to be a term closely associated with him.

There were reports, including comments by a Libyan minister, the hijackers sought political asylum in Malta, something Maltese Prime Minister Joseph Muscat denied. Muscat, who tweeted throughout today's events, told a press conference the hostages would be questioned over several hours and then flown home by a replacement Afriqiyah Airways plane.

Libyan foreign minister Taher Siala, allied to the Government of National Accord, said the two hijackers intended to form a political party allied to Gaddafi, who died during a 2011 uprising. Gaddafi used the same green flag as displayed by the hijackers from 1977 until his death. One publication in Germany claimed the release of Saif al-Gaddafi was demanded.

The airline operates a twice-weekly Sabha-Tripoli route, on Fridays and Tuesdays. Friday flights depart at 10:10am, and arrive seventy minutes later. Passengers were being freed by 1:50pm in Malta; at 3:50pm the hijackers surrendered. Muscat spoke to Libyan Prime Minister Faez al-Serraj during the incident, according to Muscat's communications chief Kurt Farrugia. Negotiators reportedly included Libya's transport minister, with Maltese efforts led by commander Jeffrey Curmi of the Armed Forces.

The airport has reopened. At least 44 flights were affected, with nine diverted to Sicily, Italy. There were delays to twenty departures and fifteen arrivals.

Libya suffered a power vacuum since the 2011 fall of al-Gaddafi. The nation, wealthy due to oil reserves, is split amongst competing governments and parliaments, controlled by rival militants. The present internationally-recognised Government of National Accord is the result of United Nations negotiations.

The situation has led to the nation's airports falling under the varying control of numerous armed groups. Libya's main airport was destroyed in 2014 when it caught fire during a battle for its control. Libyan flights are banned from direct entry to European airspace. "Every airport in Libya is poorly secured", according to BBC correspondent Rana Jawad.

Malta has not seen a large-scale hijacking since November 1985, when an EgyptAir plane was diverted there. After a 24-hour standoff Maltese commandos burst on-board to rescue hostages from three hijackers. The ensuing firefight left 62 dead."""

POLL = """Sixty percent of respondents in an international survey conducted for the BBC World Service felt that the likelihood of terrorist attacks around the world has been increased by the war in Iraq.

The international polling firm GlobeScan conducted the survey, which polled 41,856 residents of 35 countries between October 2005 and February 2006. Participants were asked, "Has the war in Iraq increased, decreased or had no effect on the likelihood of terrorist attacks around the world?"

Fifteen percent felt that the likelihood or terrorism had decreased; 12 percent felt there had been no effect; and 13 percent did not answer.

Out of the 35 countries polled, only Mexico and Nigeria thought the invasion lessened the likelihood of terrorist attacks. By contrast, 85 percent of Chinese respondents said they felt the invasion increased the likelihood of terrorist attacks.

Other questions asked in the poll found that 45 percent of respondents felt removing Saddam Hussein from power was a mistake, compared to 36 percent who felt the removal was the right decision. The poll also found that results were split on whether the foreign troops should remain in Iraq until the country is stable: 35 percent said they believed the troops should stay, 32 percent felt the troops should pull out within a few months, and 13 percent thought that a pull-out should occur within a few months unless the government of Iraq requested them to stay.

"It's official. Citizens worldwide think Western leaders have made a fundamental mistake in their war on terror by invading Iraq," Doug Miller, president of GlobeScan, said. "Short of the Iraqi government asking them to stay longer, people think the troops should leave," he said.

In the United States, the GlobeScan poll found that 55 percent thought chances of terror attacks were increased. In an unrelated poll conducted in the U.S. by CBS News, only 36 percent of U.S. respondents thought "the war is going well," and that 30 percent felt "Bush was doing a good job of handling the conflict." This U.S. poll also found that only 18 percent held a favorable view of Vice-President Dick Cheney.

In a televised interview with Elizabeth Vargas of ABC's World News Tonight which aired last Tuesday, President Bush said, "If I worried about polls, I wouldn't be doing my job," on the topic of his low U.S. approval ratings. "I think the American people — I know the American people want somebody to stand on principle, make decisions and stand by them and lead this world toward a more peaceful tomorrow, and I strongly believe we're doing that," he said.

"I've got ample [political] capital and I'm using it to spread freedom and to protect the American people, plus we've got a strong agenda to keep this economy growing." President Bush also said that Iraqis must choose between "chaos or unity.\""""

# (path in the AMALGUM repository, title, Wikinews url, published, sector, region, topics, text, note)
ITEMS = [
 ("amalgum/news/xml/AMALGUM_news_amtrak.xml",
  "United States: Two killed, more than a hundred injured in Amtrak train collision in South Carolina",
  "https://en.wikinews.org/wiki/United_States%3A_Two_killed%2C_more_than_a_hundred_injured_in_Amtrak_train_collision_in_South_Carolina",
  "2018-02-07", "transport/rail", "US", "outage,leadership", AMTRAK,
  "AMALGUM dateCreated 2018-02-04; the date line 'Wednesday, February 7, 2018' kept as `published`. Read from the "
  "tokenised layer (amalgum/news/xml, commit ad33923); the image caption with its credit cut. A passenger train's "
  "operator and its CEO, the freight railroad that runs the track and signals, the safety board's chairman; an "
  "outage near-miss (signals 'not working' behind a collision: a physical accident, no service said lost)."),
 ("amalgum/news/xml/AMALGUM_news_tornado.xml", "Tornado hits downtown Atlanta",
  "https://en.wikinews.org/wiki/Tornado_hits_downtown_Atlanta",
  "2008-03-15", "utilities/energy", "US", "outage", TORNADO,
  "AMALGUM dateCreated 2008-03-15, as the date line 'Saturday, March 15, 2008'. Read from the tokenised layer "
  "(amalgum/news/xml, commit ad33923); the article's own slips kept ('Basktetball'). A utility's customers without "
  "electricity after a tornado (a real outage with the operator named)."),
 ("amalgum/news/xml/AMALGUM_news_tsunami.xml", "Massive earthquake hits Indonesia, no tsunami risk",
  "https://en.wikinews.org/wiki/Massive_earthquake_hits_Indonesia%2C_no_tsunami_risk",
  "2012-04-11", "utilities/transport", "non-US", "outage", QUAKE,
  "AMALGUM dateCreated 2012-04-11, as the date line 'Wednesday, April 11, 2012'. Read from the tokenised layer "
  "(amalgum/news/xml, commit c62d76a); the article's own slips kept ('PWTC' beside 'PTWC', 'upto', 'Bangladesh' "
  "twice). Power down in a province after an earthquake (no operator named) and a city's metro suspended as a "
  "precaution (a near-miss)."),
 ("amalgum_extra/news/xml/AMALGUM_news_dow.xml", "Colombia hit by nationwide power-outage",
  "https://en.wikinews.org/wiki/Wikinews_Shorts%3A_April_26%2C_2007",
  "2007-04-26", "utilities/energy", "non-US", "outage", COLOMBIA,
  "One brief of the compilation 'Wikinews Shorts: April 26, 2007' (AMALGUM dateCreated 2007-04-26, as the "
  "compilation's date line 'Thursday, April 26, 2007'); the compilation's three other briefs (a stock index record, "
  "an attack on an Athens police station, a Senate bill) and every brief's source list, the 'Related news' list and "
  "the archive notice cut; the title is the brief's heading, the source the compilation's page. Read from the "
  "tokenised layer (amalgum_extra/news/xml, commit c62d76a). A nationwide blackout caused by a substation failure, "
  "no operator named."),
 ("amalgum/news/xml/AMALGUM_news_pipeline.xml",
  "Protesters arrested after barricading themselves inside portion of Keystone Oil Pipeline",
  "https://en.wikinews.org/wiki/Protesters_arrested_after_barricading_themselves_inside_portion_of_Keystone_Oil_Pipeline",
  "2012-12-04", "energy", "US", "outage,leadership", PIPELINE,
  "AMALGUM dateCreated 2012-12-03; the date line 'Tuesday, December 4, 2012' kept as `published`. Read from the "
  "tokenised layer (amalgum/news/xml, commit ad33923); the image caption with its credit cut; the curly "
  "apostrophes of the tokens kept ('didn’t', 'I’m'). A pipeline owner and its spokesperson; a near-miss "
  "(construction stopped by a protest, no service lost)."),
 ("amalgum/news/xml/AMALGUM_news_launch.xml", "NASA's InSight lander and MarCO craft launch in new mission to Mars",
  "https://en.wikinews.org/wiki/NASA%27s_InSight_lander_and_MarCO_craft_launch_in_new_mission_to_Mars",
  "2018-05-07", "aerospace", "US", "leadership,product", INSIGHT,
  "AMALGUM dateCreated 2018-05-05; the date line 'Monday, May 7, 2018' kept as `published`. Read from the tokenised "
  "layer (amalgum/news/xml, commit c62d76a); two image captions with their credits cut; the article's own slips "
  "kept ('a Atlas V', 'from from', 'Insight', 'a escape burn', 'The InSight mission part of'). A launch company's "
  "rocket and the space agency's administrator."),
 ("amalgum/news/xml/AMALGUM_news_workers.xml", "Argentinian workers preparing to defend control of factory",
  "https://en.wikinews.org/wiki/Argentinian_workers_preparing_to_defend_control_of_factory",
  "2005-04-26", "manufacturing", "non-US", "leadership", ZANON,
  "AMALGUM dateCreated 2005-04-26, as the date line 'Tuesday, April 26, 2005' (content of that date is public "
  "domain under Wikinews' terms; CC BY 2.5 recorded, as batches 24a and 25a did). Read from the tokenised layer "
  "(amalgum/news/xml, commit c62d76a); the section heading 'Reports of violence against a Zanon worker' cut; the "
  "ellipses joined to the word before ('Menem...', 'he is...'); the article's own slips kept ('Governnor', 'Sobish', "
  "an unmatched quotation mark before 'Some of the workers'). A worker-run factory, its former owner and a union's "
  "general secretary."),
 ("autogum_news_doc650", "Modern radio drama Paranoria, TX releases 100th episode",
  "https://en.wikinews.org/wiki/Modern_radio_drama_Paranoria%2C_TX_releases_100th_episode",
  "2017-02-16", "media", "US", "deal", ASTRONET,
  "Read from out/news/autogum_news_doc650.xml (commit 49e8fad). AMALGUM dateCreated 2017-02-13; the date line "
  "'Thursday, February 16, 2017' kept as `published`. The image caption with its credit cut; the list of five "
  "actors kept, one item a line, under its lead-in line; the interview's '((WN))' markers and speaker labels kept "
  "as written. An internet radio station set up as a subsidiary of another."),
 ("autogum_news_doc013", "Dozens killed in Congo plane crash, transport minister fired",
  "https://en.wikinews.org/wiki/Dozens_killed_in_Congo_plane_crash%2C_transport_minister_fired",
  "2007-10-06", "aviation", "non-US", "outage,leadership,deal", CONGO,
  "Read from out/news/autogum_news_doc013.xml (commit 49e8fad). AMALGUM dateCreated 2007-10-06, as the date line "
  "'Saturday, October 6, 2007'. The article's own slips kept ('it's departure', 'Measures had been taken... \"I had', "
  "'skies,\".'). A minister fired after a crash, the plane's owner and lessee; an outage near-miss (a plane "
  "crash)."),
 ("autogum_news_doc016", "Hijackers divert Libyan passenger jet to Malta",
  "https://en.wikinews.org/wiki/Hijackers_divert_Libyan_passenger_jet_to_Malta",
  "2016-12-23", "aviation", "non-US", "outage,leadership", HIJACK,
  "Read from out/news/autogum_news_doc016.xml (commit 49e8fad). AMALGUM dateCreated 2016-12-23, as the date line "
  "'Friday, December 23, 2016'. Three image captions with their credits and the 'Sister link' line cut. An airline's "
  "hijacked jet and an airport closed for it (an outage near-miss: a security closure, no system failed), with "
  "ministers and a prime minister."),
 ("autogum_news_doc017",
  "BBC global poll finds majority feel the US led Iraq invasion increased likelihood of terrorist attacks",
  "https://en.wikinews.org/wiki/BBC_global_poll_finds_majority_feel_the_US_led_Iraq_invasion_increased_likelihood_of_terrorist_attacks",
  "2006-03-06", "media/research", "mixed", "leadership", POLL,
  "Read from out/news/autogum_news_doc017.xml (commit 49e8fad). AMALGUM dateCreated 2006-03-01; the date line "
  "'Monday, March 6, 2006' kept as `published`. The article's own slips kept ('likelihood or terrorism'). A polling "
  "firm working for a broadcaster, with its president."),
]


def rec(path, *rest):
    return amalgum.record(path, *rest, truncated=path.endswith("AMALGUM_news_dow.xml"))


def main():
    return [rec(*x) for x in ITEMS]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
