#!/usr/bin/env python3
"""Batch 17a: outages in registers the corpus had few of — US congressional letters, statements and press releases
(an electricity blackout across eight states and Ontario, a hurricane's telephone outages, a 911 vendor's outages, a
utility's preventive power cut-offs, Puerto Rico's grid collapse and selective blackouts, a Texas utility's hurricane
outages, a senator's floor speech on a hurricane that took down power, water, internet and cable), a European
Commission press release (a satellite navigation system's six-day interruption), a UK written answer (a distribution
network's storm outages in Gloucestershire) — and three near-misses (a congressman's warning of possible shutoffs; a
police computer system's scheduled downtime and its record of no unplanned downtime, in two Dáil written answers).
Openly licensed public records: US federal government works (public domain: the House Energy and Commerce Committee's
letters and press releases, House members' and senators' statements and press releases, the Congressional Record on
govinfo.gov), a European Commission press release (CC BY 4.0, Commission reuse policy), UK Parliament (historic
Hansard on api.parliament.uk; Open Parliament Licence v3.0) and the Houses of the Oireachtas (oireachtas.ie and
kildarestreet.com; Oireachtas (Open Data) PSI Licence, CC BY 4.0). Every text is the search tool's page-store excerpt
(corpus `pages`, first ~2,000 characters of a page), embedded here; where an excerpt was cut it ends at the last full
sentence kept (`truncated`). Edits per item in `notes`: page chrome, headers, speaker labels, question references and
date lines left out; line breaks joined or doubled where noted (whitespace only); no word added or changed.
usage: batch17a.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, LICENCES, OPL_NOTICE, OIR_NOTICE, EC_NOTICE

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"


def rec(id, url, published, title, kind, text, sector, region, topics, notes, lic, origin, truncated=True):
    """One pool record; `kind` names the author and the kind of item (used in the attribution)."""
    on = f", {published}" if published else ""
    att = {"PD": f"{kind}, '{title}'{on}, US federal government work (public domain); text as at {url}",
           "OPL": f"{OPL_NOTICE}. {kind}, '{title}'{on}, {url}",
           "OIR": f"{kind}, '{title}'{on}, {OIR_NOTICE}; text as at {url}",
           "EC": f"{EC_NOTICE}, {kind}, '{title}'{on}, {url}, CC BY 4.0"}[lic]
    return {"id": id, "source": url, "licence": LICENCES[lic], "attribution": att, "published": published,
            "title": title, "text": text, "sector": sector, "region": region, "topics": topics.split(","),
            "origin": origin, "notes": notes, "truncated": truncated}


R = []
# ---- US federal: congressional letters, statements and press releases -----------------------------------------
R.append(rec("us-house-energy-commerce-dingell-letter-blackout-firstenergy-miso-2003",
 "https://webarchive.library.unt.edu/eot2008/20080915224510/http://energycommerce.house.gov/press/108ltr67.shtml",
 "2003-12-23", "Letter to the Speaker on H.R. 3004, the Electric Reliability Improvement Act of 2003",
 "House Committee on Energy and Commerce Democrats (Ranking Member), letter to the Speaker of the House",
 "The Honorable J. Dennis Hastert\n\nThe Speaker\n\nU.S. House of Representatives\n\nWashington, D.C. 20515\n\n"
 "Dear Mr. Speaker:\n\n"
 "I am writing to encourage you to bring up H.R. 3004, the \"Electric Reliability Improvement Act of 2003,\" at the earliest possible opportunity when the House returns. This bill, introduced in September in the wake of the August blackout and sponsored by 34 Members, embodies consensus provisions included in the conference report on H.R. 6 and every major electricity reform bill in recent memory.\n\n"
 "As you know, the economy and welfare of my home state of Michigan, seven other states, and parts of Ontario were severely jeopardized by the electricity blackout that began on August 14, 2003. Public safety was compromised and businesses alone suffered millions of dollars in losses.\n\n"
 "While we have begun to learn more about what caused this emergency, experts tell us we remain at risk for another blackout. The report recently issued by the U.S.-Canada Power System Outage Task Force indicated that contributing factors to the blackout included violations of voluntary rules issued by the North American Electric Reliability Council (NERC) by both FirstEnergy Corp. and the Midwest Independent System Operator (MISO).\n\n"
 "Enactment of H.R. 3004 would not address all risks associated with potential blackouts, including the need for stronger regional transmission organizations (RTOs). As I indicated at the September 3, 2003, blackout hearing held by the Committee on Energy and Commerce, my experience with past energy bills counsels against assuming the enactment of H.R. 6 on any given timetable. Several months have already been wasted in terms of the ability of NERC and the Federal Energy Regulatory Commission (FERC) to begin implementing this new authority.",
 "energy/utilities", "mixed", "outage",
 "The UNT End of Term web archive's copy of the Energy and Commerce Committee Democrats' letters page (energycommerce.house.gov/press/108ltr67.shtml): the site chrome ('Committee on Energy and Commerce, Democrats Home Page', 'Who We Are Schedule What's New', 'View Printable Version', 'Text only of letters sent from the Committee on Energy and Commerce Democrats') and the date line 'December 23, 2003' (kept as `published`) left out; the address block's line breaks doubled (whitespace only). Cut before the cut-off 'Reg...'; the signature is not in the excerpt, so the writer (the committee's ranking member, from Michigan) is not named in the text. Title descriptive. The blackout of 14 August 2003 is new to the corpus (the London power cut of 28 August 2003 is another event).",
 "PD", "US House of Representatives (UNT web archive copy of energycommerce.house.gov; page store)"))
R.append(rec("us-senate-commerce-stevens-statement-hurricane-katrina-phone-lines-2005",
 "https://commerce.senate.gov/2005/9/communications-in-a-disaster",
 "2005-09-22", "Communications in a Disaster: Statement of Senator Stevens",
 "US Senate Committee on Commerce, Science, and Transportation, chairman's statement at a hearing",
 "Statement of Senator Stevens\n\n"
 "According to the FCC, Hurricane Katrina disrupted service to approximately 3 million phone lines. Storm surges reported in excess of 20 feet and tens of feet of floodwater resulted in rarely seen levels of devastation.\n\n"
 "Thousands have worked around the clock to restore phone service and we appreciate their extraordinary efforts.\n\n"
 "Today we will hear from the FCC and some of the companies involved about what Hurricane Katrina did to the communications networks and about their efforts to restore service.\n\n"
 "In particular, we hope to hear about three common problems:\n\n"
 "Credentialling, first -- repair crews were ready to begin restoring service but couldn’t get permission from officials who were controlling the area to enter the area. There needs to be a plan in place for important people who are associated with restoring the critical infrastructure of communications.\n\n"
 "As far as security, once the repair crews enter the affected area there is no reason that they should have to fear for their lives. Part of any disaster recovery plan must include providing for safety of essential communications personnel.\n\n"
 "And also, the issue of power, or energy – over-reliance on the power grid is not acceptable. Companies need to ensure that they have sufficient backup generators with sufficient fuel in place. Maybe natural gas pipelines could provide a backup fuel source to critical infrastructure.",
 "telecoms", "US", "outage",
 "The committee page's chrome ('Communications in a Disaster', '10:00 AM SD 562', 'Click here for video of this hearing.', 'Witnesses are:', the browser-help lines, 'Majority Statement - Ted Stevens Senator Majority Statement Ted Stevens') left out, so the text starts at the statement's heading; a missing space after the first sentence's full stop restored as a paragraph-internal space (whitespace only); line breaks doubled. `published` is the hearing's date, 22 September 2005 (the committee's printed hearing S. Hrg. 109-1108 and the URL's 2005/9); the page gives no date line. Cut before the cut-off 'We have no solution to offer we want to hear what solutions are being expl...'. Hurricane Katrina's communications outages are new to the corpus.",
 "PD", "US Senate committee website (page store)"))
R.append(rec("us-house-energy-commerce-democrats-letter-comtech-911-outages",
 "https://thefederalnewswire.com/stories/620269468-e-c-dems-request-briefing-from-comtech-on-911-emergency-operator-outages",
 None, "E&C Dems Request Briefing from Comtech on 911 Emergency Operator Outages",
 "House Committee on Energy and Commerce Democrats, press release (as reproduced by The Federal Newswire)",
 "Washington, D.C. - Energy and Commerce Ranking Member Frank Pallone, Jr. (D-NJ), Communications and Technology Subcommittee Ranking Member Mike Doyle (D-PA), and Oversight and Investigations Subcommittee Ranking Member Diana DeGette (D-CO) sent a letter to Comtech CEO and President Fred Kornberg today requesting a briefing about the concerning reports that Comtech’s recent outages have prevented people from connecting with 911 emergency operators.\n\n"
 "The letter follows reports that Comtech’s 911 system has experienced outages that have led to officials in communities in Ohio, Connecticut, and South Dakota suspending or even discontinuing services with Comtech. The city of Cincinnati alone has experienced 10 outages since June of 2016, including one lasting three hours and 30 minutes, eventually leading city officials to discontinue services with the company. Though 911 services are provided by local governments, most calls from wireless phones - the only phones for most Americans - are routed through just two national vendors, including Comtech. Comtech’s Annual Report states that its Next Generation 911 products “are utilized by literally millions of people in more than 30 states.\"\n\n"
 "“When someone calls 911, every second counts and any delay in connecting could be devastating. Furthermore, the recent natural disasters ravaging significant parts of our country show just how critical it is for communities to have 911 systems they can rely on no matter what,\" the E&C Democrats wrote to Kornberg. “Effective 911 services can be the difference between life and death, and that is why we are so troubled by reports detailing 911 system outages in areas serviced by Comtech throughout the country.\"",
 "telecoms/public safety", "US", "outage",
 "The committee Democrats' press release as The Federal Newswire reproduces it (a US federal government work; the site adds no text of its own to the excerpt); paragraph breaks doubled (whitespace only). The excerpt gives no release date (the letter asks for a briefing 'by Tuesday, October 17th', so 2017), so `published` is null and the id carries no year. Cut before the cut-off 'The three Democrats are requesting that Comtech provide a briefing ... and l...'. Comtech's 911 outages (Cincinnati, 2016-2017) are new to the corpus (Comtech is named in a train FCC statement only as AT&T's supplier).",
 "PD", "US House of Representatives press release, third-party copy (page store)"))
R.append(rec("us-house-mcclintock-statement-pge-power-cutoff-customers-2019",
 "https://mcclintock.house.gov/newsroom/current-issues/pge-power-shut-offs",
 "2019-10-09", "PG&E Power Shut Offs: Statement in Response to PG&E’s Cutoff of Power to Customers",
 "Congressman Tom McClintock, statement",
 "Congressman Tom McClintock\n\n"
 "Representing the 4th District of California\n\n"
 "Statement in Response to PG&E’s Cutoff of Power to Customers\n\n"
 "October 9, 2019\n\n"
 "I realize that PG&E is caught in a Hobson’s choice, but I do not support its decision for preventative power cut-offs due to high winds.  They are balancing the possibility of a wildfire ignition due to wind damage against the certainty of deliberately causing millions of dollars of damage to their customers and creating major public safety hazards.  I expressed this opinion directly to the CEO of PG&E yesterday.\n\n"
 "That said, we need to recognize that bad public policies are contributing to a bad decision.  Until the state government changes laws that currently hold utilities strictly liable for circumstances beyond their control, and until the state and federal governments change the laws that have made active public lands management all but impossible, we will continue to face these perils every windy day into the future, and that is unacceptable.",
 "energy/utilities", "US", "outage",
 "The member's page chrome (social-media icon lines) and the page heading block 'PG&E Power Shut Offs / April 17, 2020 / Current Issues' (the page's filing date) left out; the masthead lines 'Congressman Tom McClintock' and 'Representing the 4th District of California' kept as the byline; line breaks doubled (whitespace only). `published` is the statement's own date line, 9 October 2019. The whole statement is kept (`truncated` false). PG&E's preventive power cut-offs of October 2019 are new to the corpus.",
 "PD", "US House of Representatives member website (page store)", truncated=False))
R.append(rec("us-house-harder-statement-pge-potential-power-shutoffs-2019",
 "https://harder.house.gov/media/press-releases/harder-pushes-pge-double-down-helping-communities-facing-power-shutoffs-slams",
 "2019-06-26", "Harder Pushes PG&E to Double Down on Helping Communities Facing Power Shutoffs, Slams Massive Executive Bonuses",
 "Representative Josh Harder, press release",
 "WASHINGTON – Representative Josh Harder released the following statement urging Pacific Gas and Electric Company (PG&E) to double down on their public engagement to ensure our communities are prepared in the face of potential multi-day power shutoffs resulting from dangerous wildfire conditions. Rep. Harder’s office has been in communication with PG&E and is very concerned with the possible shutdowns and what it means for families in Manteca and Ripon.\n\n"
 "“While PG&E has taken some important steps to get the word out about the potential shutdowns, I believe they need to double down on this outreach and do more to help our cities in the Valley. I’m very concerned that in the year 2019 we still don’t have the utility infrastructure to keep our power on during wildfires. Shutdowns are a band-aid – we need real investments in our infrastructure.\n\n"
 "“No one wants their power shut off, especially for days at a time. Families and businesses deserve better. Our power grid is in bad shape and it’s ridiculous that we’re hearing talk about bonuses for PG&E executives. Instead of giving handouts to executives, PG&E should invest that money in our aging infrastructure. Any executive who takes that bonus should have to come explain to folks in Manteca and Ripon why their power is being shut off while wealthy executives can get another kickback.”",
 "energy/utilities", "US", "outage",
 "The release's heading (kept as title) and the 'June 26, 2019 / Press Release' lines (the date kept as `published`) left out; paragraph breaks doubled (whitespace only). The whole excerpt is the release (`truncated` false). Near-miss: possible future shutoffs, none taken place.",
 "PD", "US House of Representatives member website (page store)", truncated=False))
R.append(rec("us-house-degette-letter-luma-energy-puerto-rico-outages-hurricane-fiona",
 "https://degette.house.gov/media-center/press-releases/lawmakers-demand-answers-more-500000-remain-without-power-puerto-rico",
 None, "Lawmakers demand answers as more than 500,000 remain without power in Puerto Rico",
 "Representative Diana DeGette, press release",
 "WASHINGTON, D.C. – Lawmakers on Capitol Hill are demanding answers today as more than 500,000 Americans in Puerto Rico remain without power more than one week after Hurricane Fiona made landfall there.\n\n"
 "U.S. Rep. Diana DeGette (D-CO), chair of the House Energy and Commerce Oversight and Investigations panel, along with Reps. Frank Pallone, Jr. (D-NJ) and Bobby L. Rush (D-IL), sent a letter Tuesday to the head of LUMA Energy, the company responsible for operating Puerto Rico’s power grid, to express their deep concern over the island’s ongoing power outages and demanded to know what’s being done to restore power there immediately.\n\n"
 "In writing to LUMA Energy President and CEO Wayne Stensby, the lawmakers said they wanted to know, among other things, “why the company had not adequately prepared the island’s energy infrastructure to withstand a Category One hurricane.”\n\n"
 "They also pointed out that their concerns with the company’s ability to develop and maintain the island’s power grid started well before Hurricane Fiona hit and that the ongoing outages only “amplify concerns” that LUMA has failed to adequately maintain the island’s electrical infrastructure.\n\n"
 "Despite being “richly compensated,” the lawmakers noted, the company – which became Puerto Rico’s sole supplier of electricity in June 2021 – has failed to provide Puerto Ricans with the reliable and affordable energy they deserve.\n\n"
 "“Since LUMA assumed control of the grid in 2021, Puerto Ricans have reported recurring power surges that have interfered with critical medical care, disrupted access to education, and destroyed property,” the lawmakers wrote. “The collapse of the electric grid in the aftermath of Hurricane Fiona is just the latest example of such failures.”",
 "energy/utilities", "US", "outage",
 "The release's heading kept as title; paragraph breaks doubled (whitespace only). The excerpt gives no date (the letter went out on the Tuesday more than a week after Hurricane Fiona's landfall, September 2022), so `published` is null and the id carries no year. Cut before the cut-off 'The lawmakers demanded that company officials provide the committee answers to a series of questions regarding the steps LUMA has t...'. Puerto Rico's outages after Hurricane Fiona are new to the corpus.",
 "PD", "US House of Representatives member website (page store)"))
R.append(rec("us-house-torres-letter-puerto-rico-power-outages-2024",
 "https://ritchietorres.house.gov/posts/congressman-ritchie-torres-and-resident-commissioner-jenniffer-gonzalez-colon-urge-the-biden-administration-to-restore-electricity-to-puerto-rico-as-quickly-as-possible",
 "2024-06-19", "Congressman Ritchie Torres and Resident Commissioner Jenniffer González-Colón Urge the Biden Administration to Restore Electricity to Puerto Rico As Quickly As Possible",
 "Congressman Ritchie Torres, press release with a letter to the Secretary of Energy",
 "On June 13th, Congressman Ritchie Torres (NY-15) and Resident Commissioner Jenniffer González-Colón (PR) sent a letter to Secretary of Energy Jennifer M. Granholm regarding the current energy crisis in Puerto Rico. The letter reads:\n\n"
 "“We are writing to express our deep concern over the ongoing power outages in Puerto Rico, which have left many residents without electricity for extended periods. These power outages are having a severe impact on the daily lives of Puerto Ricans, hindering access to essential services, disrupting businesses, while posing significant health and safety risks.\n\n"
 "“For many weeks, thousands of residents in Puerto Rico have been without access to electricity. The latest outage left over 340,000 customers without power, while impacting water reservoirs and the main airport. It has been reported that multiple municipalities in the Central and South region of the main island will have to wait weeks until power is restored. This wait time can be compared to what many families go through right after a natural disaster, the difference is that this time is happening without a hurricane or any major disaster. We cannot wait until an emergency to fix something that we know does not work. The current state of the electric grid in Puerto Rico is unacceptable. The lack of reliable energy infrastructure has persisted for too long, and it is clear that immediate and decisive action is required to address this critical issue.\n\n"
 "“The federal government has a responsibility to ensure that all U.S. citizens, including those in Puerto Rico, have access to reliable and stable electricity. We urge the U.S. Department of Energy to intervene and provide the necessary assistance to expedite the rebuilding of the electric grid in Puerto Rico.",
 "energy/utilities", "US", "outage",
 "The post's heading kept as title; its date and tag lines ('Jun 19, 2024', 'Health', 'In the News', 'Other', 'Public Safety'; the date kept as `published`) left out; paragraph breaks doubled (whitespace only). Cut before the cut-off 'This intervention should include the establis...'. Puerto Rico's outages of June 2024 are new to the corpus.",
 "PD", "US House of Representatives member website (page store)"))
R.append(rec("us-house-hernandez-floor-speech-puerto-rico-selective-blackouts-luma-2025",
 "https://pubt.io/view/C3C590A24CBFE381F724B31B4EB0A4C3CD5506C8",
 "2025-05-15", "Resident Commissioner Hernández renews call for action on Puerto Rico's energy crisis",
 "Resident Commissioner Pablo José Hernández (Puerto Rico), press release (as distributed by Public Technologies)",
 "WASHINGTON, D.C. - Today on the floor of the U.S. House of Representatives, Puerto Rico Resident Commissioner Pablo José Hernández renewed his call for immediate action to address Puerto Rico's escalating energy crisis, warning that the local government's failure to implement contingency plans has left the island vulnerable as selective blackouts begin.\n\n"
 "\"I acknowledged that the government of Puerto Rico had a Plan A: to bring in barges with temporary generation capacity and to repair old generation plants. I offered to support those goals and put my office at the local government's disposition to help accomplish them,\" said Hernández. \"But I also said we needed a Plan B, in case Plan A failed.\"\n\n"
 "Hernández reminded lawmakers that he had supported the government's efforts to bring temporary generation capacity to the island and repair aging plants, but also urged the development of a Plan B in case those measures fell short. Among the steps he proposed were:\n\n"
 "\"Last week, the government announced that the generation barges are no longer viable. One of the repaired units failed. And this week, over 100,000 customers lost power in a selective outage announced by LUMA, the utility company, that very same day, leaving them unprepared,\" said Hernández. \"And where is Plan B? It doesn't exist.\"\n\n"
 "Hernández shared the Puerto Rico Government's decisions to walk away from the very actions other administrations have taken to compensate and protect the Puerto Rican people from harm.\n\n"
 "\"Worse yet, the government is walking away from over 300 million dollars in federal appropriated funds for solar panels, and is walking away from a billion-dollar lawsuit against oil companies - a lawsuit that sought to compensate our people for environmental harm.\"",
 "energy/utilities", "US", "outage",
 "The Resident Commissioner's press release as Public Technologies (pubt.io) distributes it (a US federal government work): the distributor's header line '05/15/2025 | Press release | Distributed by Public on 05/15/2025 11:46' (the date kept as `published`) and the link line 'Click HEREto read and HEREto view the Resident Commissioner's House floor speech.' left out; the list of proposed steps after 'Among the steps he proposed were:' is absent from the excerpt (as the page store gives it); paragraph breaks doubled (whitespace only). Title descriptive. Cut before the cut-off 'Hernández also expressed concern that Department of Homeland Security Secretary Kris...'. Puerto Rico's selective blackouts of May 2025 are new to the corpus.",
 "PD", "US House of Representatives press release, third-party distribution (page store)"))
R.append(rec("us-senate-cruz-letter-centerpoint-hurricane-beryl-2024",
 "https://publicnow.com/view/3BB54AB66918EA086015630CD464EC2239711567",
 "2024-07-29", "In Letter to CenterPoint CEO, Sen. Cruz Writes Beryl Experience Must Not Be Repeated",
 "Senator Ted Cruz, press release with a letter (as distributed by Public Technologies)",
 "WASHINGTON, D.C. - In a letter to CenterPoint Energy President and CEO Jason Wells, U.S. Sen. Ted Cruz (R-Texas) reiterated his call for an after-action report from CenterPoint about what went wrong during Hurricane Beryl, and what the company would do to improve its response to future storms.\n\n"
 "In his letter, Sen. Cruz wrote, \"CenterPoint's response to Hurricane Beryl-a Category 1 hurricane that hit at the beginning of storm season-was a failure, and Texans deserve better from the largest utility company in the region.\n\n"
 "\"Since Hurricane Beryl made landfall, I have traveled through Southeast Texas and met with hundreds of local, state, and federal officials charged with coordinating emergency response to ensure Texans receive the necessary resources. …\n\n"
 "\"As we discussed on the call, my conversations with constituents-and your customers-made absolutely clear that CenterPoint's lack of transparency and communication threatened both lives and livelihoods. …\n\n"
 "\"All of us in the Texas delegation look forward to reviewing the company's detailed after-action report addressing the failures of the response to Hurricane Beryl.\"\n\n"
 "Read the full letter here and below.\n\n"
 "Dear Mr. Wells:\n\n"
 "Thank you for participating in the phone call with congressional leaders that my office organized. Texans, and Houstonians in particular, are no strangers to natural disasters and understand reasonable delays in repairing critical infrastructure. Texans are especially grateful to the linemen who worked day and night to restore power.\n\n"
 "However, CenterPoint's response to Hurricane Beryl-a Category 1 hurricane that hit at the beginning of storm season-was a failure, and Texans deserve better from the largest utility company in the region.",
 "energy/utilities", "US", "outage",
 "The senator's press release as Public Technologies (publicnow.com) distributes it (a US federal government work): the distributor's lines 'Ted Cruz' and '29/07/2024 | Press release | Distributed by Public on 30/07/2024 03:47' (the release date kept as `published`) and the heading (kept as title) left out; paragraph breaks doubled (whitespace only). Cut before the cut-off 'Since Hurricane Beryl made landfall, I have traveled through Southeast Texas and met with hundr...' (the letter's own repeat of the release's quotation). CenterPoint Energy's outages after Hurricane Beryl (July 2024) are new to the corpus.",
 "PD", "US Senate press release, third-party distribution (page store)"))
R.append(rec("congressional-record-senate-kennedy-hurricane-laura-2020",
 "https://www.govinfo.gov/content/pkg/CREC-2020-09-21/html/CREC-2020-09-21-pt1-PgS5729.htm",
 "2020-09-21", "Hurricane Laura", "Congressional Record (Senate), Volume 166, Number 163, pages S5729-S5730, speech by Senator Kennedy",
 "Mr. President, a few weeks ago, on August 27, Louisiana and southeastern Texas were hit by Hurricane Laura.\n\n"
 "I say ``Louisiana'' because if you look at some of the press reports, they say ``Southwest Louisiana,'' but the impact of Hurricane Laura in Louisiana was much greater.\n\n"
 "The storm came onshore in Southwest Louisiana in Cameron Parish. It headed north, then moved northeast, and finished in the northeastern part of our State.\n\n"
 "I have seen the damage from the air and on the ground. I have never seen a hurricane do this kind of damage in any State, much less Louisiana.\n\n"
 "The path of destruction is about 60 miles wide, starting in Southwest Louisiana, running north, bending to the northeast, and it is about 200 miles long. We took it full in the face.\n\n"
 "When you see devastation like this, when you go through something like this, you start to understand that we human beings are a vain lot. We think we can control nature, but nature controls us.\n\n"
 "Our entire electrical system went down. Our water system went down. Our internet went down. Our cable TV went down. It was a category 4 storm with winds of up to 150 miles an hour.\n\n"
 "This storm was unusual in that winds were sustained and did not dissipate as it got further inland. We took it full in the face.\n\n"
 "Now, it doesn't do any good to complain. Louisianans are resilient people. We live by the old Japanese proverb: ``Fall down seven times, stand up eight.'' We are standing back up.\n\n"
 "About 60 percent of our electrical power has been restored. We now have water back. In some cases, there are still some boil orders because the water is not clean.",
 "energy/utilities,telecoms", "US", "outage",
 "The govinfo.gov rendering of the Congressional Record: its header lines ('[Congressional Record Volume 166, Number 163 (Monday, September 21, 2020)]', '[Senate]', '[Pages S5729-S5730]', 'From the Congressional Record Online through the Government Publishing Office [www.gpo.gov]'; the date kept as `published`), the heading 'Hurricane Laura' (kept as title) and the speaker label 'Mr. KENNEDY.' left out (as historic Hansard's speaker labels in earlier batches), so the senator is not named in the text; the record's fixed-width line breaks joined and paragraph breaks doubled (whitespace only); the record's ``...'' quotation marks kept as printed. Cut before the cut-off 'But we are deficient in one area, and that is cable TV and internet, with an emphasis on internet...'. Hurricane Laura's outages (August 2020) are new to the corpus.",
 "PD", "Congressional Record on govinfo.gov (page store)"))
# ---- European Commission --------------------------------------------------------------------------------------
R.append(rec("ec-press-release-galileo-incident-july-2019-inquiry-board-2019",
 "https://single-market-economy.ec.europa.eu/news/galileo-incident-july-2019-independent-inquiry-board-provides-final-recommendations-2019-11-19_en",
 "2019-11-19", "Galileo Incident of July 2019: Independent Inquiry Board provides final recommendations",
 "European Commission, Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs, press release",
 "Since December 2016, Galileo provides so-called “initial services” which already improve everyday life for citizens and businesses with accurate positioning, navigation and timing signals At the same time, Galileo is undergoing extensive system upgrades to prepare for the ‘full operational services’ phase. With already more than a billion users worldwide, Galileo is expected to provide stable and permanent services. Note that during this initial ‘pilot' phase preceding the ‘full operational services' phase, Galileo signals are used in combination with other satellite navigation systems. In the full operational phase, users will be able to use Galileo signals independently of other satellite navigation systems. The upgrade of the system from its initial phase to its “fully operational phase” will further reinforce the redundancy of the system, and service continuity\n\n"
 "On 10 July 2019, during a system upgrade, a service incident occurred in the Galileo ground infrastructure. Despite intense recovery efforts, it resulted in a six-day interruption of the Galileo initial navigation and timing services.\n\n"
 "The European Commission set up an independent Inquiry Board to investigate the incident and provide recommendations to avoid similar incidents in the future. The Board - composed of Member States’ experts with significant experience in complex operational transport, space and defence projects - delivered its final recommendations to the Commission on 4 November.",
 "space/satellite navigation", "non-US", "outage",
 "The Commission page's chrome ('Skip to main content', 'Internal Market, Industry, Entrepreneurship and SMEs', 'Press release19 November 2019Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs2 min read'; the date kept as `published`) and the heading (kept as title) left out; the first paragraph's missing full stops ('signals At the same time', 'service continuity') kept as the page gives them. Cut before the cut-off 'The independent Inquiry Board confirmed the programme’s findings ... due to the ongoi...'. Licence: the Commission's reuse policy (Decision 2011/833/EU; Commission content under CC BY 4.0 since 2019), as batch 16e's Commission texts. The Galileo interruption of July 2019 is new to the corpus.",
 "EC", "European Commission website (page store)"))
# ---- UK Parliament --------------------------------------------------------------------------------------------
R.append(rec("hansard-written-answers-electricity-supply-gloucestershire-aquila-storm-2002",
 "https://api.parliament.uk/historic-hansard/written_answers/2002/nov/06/electricity-supply-gloucestershire",
 "2002-11-06", "Electricity Supply (Gloucestershire)",
 "House of Commons written answers (Department of Trade and Industry), historic Hansard",
 "To ask the Secretary of State for Trade and Industry, what investigations she has made into the fluctuations in power in homes in Gloucestershire following the restored supplies; and if she will make a statement.\n\n"
 "[holding answer 4 November 2002]: In view of the scale of the disruptions to the electricity network operated by Aquila Network Services (which supplies the Midlands area including Gloucestershire) the company has been seeking to restore supply to all customers before addressing any outstanding voltage problems, such as voltage fluctuations or low volts.\n\n"
 "All supplies to Gloucestershire were restored by midnight on 31 October 2002. As of midday on 1 November 2002 only a few isolated customers supplied by Aquila remained off supply. Outstanding voltage problems in Gloucestershire will be resolved soon.\n\n"
 "On 29 October 2002, I announced that a study will be commissioned to review how the electricity companies handled the emergency commencing on 27 October 2002. The response of Aquila Network Services, including resolution of follow-up problems such as voltage complaints, will he included in the study.\n\n"
 "To ask the Secretary of State for Trade and Industry, if she will make a statement about the time taken to restore power to houses in Gloucestershire.\n\n"
 "[holding answer 4 November 2002]: I have been advised that 130,000 customers in Aquila's network (formerly Midlands Electricity's network) were affected by interruptions caused by the storm. By midday on 30 October 2002 supplies had been restored to 97.3 per cent. of these customers. Supplies to all customers in Gloucestershire were restored by midnight on 31 October 2002. I advised that Aquila recruited 200 linesmen and craftsmen from other electricity companies to assist with restoration of supplies.",
 "energy/utilities", "non-US", "outage",
 "Historic Hansard's 'HC Deb 06 November 2002 vol 392 cc387-8W' line (the date kept as `published`), the speaker labels ('Mr. Laurence Robertson', 'Mr. Wilson') and the question references ('[79352]', '[79350]') left out, so no member is named in the text; the answers' '[holding answer 4 November 2002]:' kept; the misprint 'will he included' kept as printed; paragraph breaks doubled (whitespace only). Cut before the cut-off 'On 29 October 2002 I announced that a study will be commissioned to review how the ...' (a repeat in the second answer). The storm outages of 27 October 2002 on Aquila's network are new to the corpus.",
 "OPL", "UK Parliament, historic Hansard on api.parliament.uk (page store)"))
# ---- Houses of the Oireachtas: near-misses --------------------------------------------------------------------
R.append(rec("oireachtas-written-answer-garda-pulse-scheduled-downtime-2019",
 "https://www.oireachtas.ie/ga/debates/question/2019-04-09/263/",
 "2019-04-09", "Garda Resources", "Dáil Éireann written answer (Question 263, Minister for Justice and Equality)",
 "Deputy Thomas P. Broughan asked the Minister for Justice and Equality the number of times per year that the Garda PULSE system is shut down for updates; the improvements planned in this regard; his views in regard to the recording of road safety-related data; and if he will make a statement on the matter.\n\n"
 "As the Deputy will be aware, there has been an unprecedented level of investment in An Garda Síochána in recent years, in support of the Government’s commitment to ensuring a strong and visible police presence throughout the country, including a budgetary allocation to An Garda Síochána of €1.76 billion for 2019.  Significant capital investment is also being made in An Garda Síochána, including a total of €342 million being invested in Garda ICT infrastructure between 2016 and 2021 to enable An Garda Síochána to deploy the latest cutting edge technologies.  A total of €46 million is being invested in the Garda fleet over the same period.\n\n"
 "As the Deputy will appreciate, decisions in relation to the provision, allocation and management of Garda equipment and resources are matters for the Garda Commissioner. As Minister, I have no role in these matters.\n\n"
 "I am informed by the Garda authorities that PULSE downtime for scheduled system upgrades typically occurs twice a year, and is completed within the course of the scheduled day.\n\n"
 "I am further informed by the Garda authorities that when scheduled downtime for a PULSE release occurs, members of An Garda Síochána are notified and informed when and how long the PULSE release will take.  Where an incident occurs during the PULSE release update, Garda members will record it on PULSE after the release has been deployed.",
 "government IT/policing", "non-US", "outage",
 "oireachtas.ie's Irish-language page chrome ('Léim ar aghaidh chuig an bpríomhábhar', 'Gnáthamharc', 'Dáil Éireann Debate, Tuesday - 9 April 2019' (kept as `published`), 'Ceisteanna (263)', the asker's name line 'Thomas P. Broughan', 'Ceist:', 'Amharc ar fhreagra', 'Freagraí scríofa'), the question number '263.' and the reference '[16303/19]' left out; the heading 'Garda Resources' kept as title; paragraph breaks doubled (whitespace only). Cut before the cut-off 'In relation to the recording of road s...'. Near-miss: planned (scheduled) downtime twice a year, counted, none told.",
 "OIR", "Houses of the Oireachtas, oireachtas.ie (page store)"))
R.append(rec("oireachtas-written-answer-garda-pulse-no-unplanned-downtime-2006",
 "https://www.kildarestreet.com/wrans/?id=2006-03-21.2591.0",
 "2006-03-21", "Garda Equipment", "Dáil Éireann written answer (Question 650, Minister for Justice, Equality and Law Reform)",
 "To ask the Minister for Justice, Equality and Law Reform the position regarding the operation of the PULSE system; the number of Garda stations in which it is available and not available; the practical implications for members of the Garda Síochána who are attached to Garda stations where it is not available having to input the system; the effect in terms of time lost in so doing; the amount being expended per month in consultants fees on the system; the cost to date of the system since it was introduced seven years ago; and the shortcomings he accepts apply to the system.\n\n"
 "Significant developments have been underway, particularly over the past year to improve the stability of the PULSE system, as well as providing for increased functionality and greater access to the system.\n\n"
 "In particular, significant improvements to the PULSE system have been achieved in terms of the improved number of networked locations; extra PCs made available at existing networked Garda stations, and significant strengthening of the PULSE platform. The upgrade of the PULSE system, which arises from the natural life-cycle of IT equipment, is now nearing completion. As a result of this work, the PULSE platform has been significantly strengthened and major improvements in response times have been recorded. PULSE is now a robust platform that has suffered no unplanned downtime.\n\n"
 "The Garda authorities also inform me that items of interest inquiries on PULSE have increased by 23% over the last 12 months. The next phase of work will address the replacement of printers across all networked stations.",
 "government IT/policing", "non-US", "outage",
 "kildarestreet.com's chrome ('Written answers', 'Tuesday, 21 March 2006' (kept as `published`), 'Department of Justice, Equality and Law Reform', the heading 'Garda Equipment' (kept as title), '8:00 pm', the photo/speaker lines 'Photo of Jim O'KeeffeJim O'Keeffe (Cork South West, Fine Gael)' and 'Photo of Michael McDowellMichael McDowell (Dublin South East, Progressive Democrats)', 'Link to this: Individually | In context'), the label 'Question 650:' and the reference '[10576/06]' left out, so no member is named in the text; paragraph breaks doubled (whitespace only). Cut before the cut-off 'PULSE is now available in 231 Garda...'. Near-miss: 'no unplanned downtime' (the 2009 PULSE answer in train is another sitting; this is an earlier answer).",
 "OIR", "Houses of the Oireachtas via kildarestreet.com (page store)"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
