#!/usr/bin/env python3
"""Batch 18a: outages told news-style, with the operator named where the text names it — an FAA air route traffic
control centre evacuated after a basement fire (Chicago En Route Center, 26 September 2014; an FAA statement), the
FAA's Leesburg centre's automation problem that delayed East Coast flights (15 August 2015; a Voice of America staff
story), Wikipedia and the other Wikimedia projects unreachable for hours after a network provider's routing change
(18 August 2006; Wikinews), southern Brazil's blackout when the Itaipu hydroelectric plant failed (10 November 2009;
Wikinews), the British power cuts of 9 August 2019 and the companies' payments over them (an Ofgem press release),
the continental European blackout of 4 November 2006 traced to E.ON Netz (a European Commission press release) — and
two near-misses (the SEC's settlement with Knight Capital over its 2012 trading incident, erroneous orders but no lost
service; the Department of Energy's update on the SolarWinds compromise, malware isolated and no function impaired).
Openly licensed texts: US federal government works (public domain: FAA, VOA staff, SEC, DOE), Wikinews (CC BY 2.5),
the European Commission (CC BY 4.0 / Decision 2011/833/EU) and Ofgem (Open Government Licence v3.0). Every text is the
search tool's page-store excerpt (corpus `pages`), embedded here; where an excerpt was cut it ends at the last full
sentence kept (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch18a.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, EC_NOTICE

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
LIC = {"PD": "public domain (US federal government work)", "WN": "CC BY 2.5", "EC": "CC BY 4.0",
       "OGL": "Open Government Licence v3.0"}


def rec(id, url, published, title, kind, text, sector, region, topics, notes, lic, origin, truncated=True):
    """One pool record; `kind` names the author and the kind of item (used in the attribution)."""
    on = f", {published}" if published else ""
    att = {"PD": f"{kind}, '{title}'{on}, US federal government work (public domain); text as at {url}",
           "WN": f"Wikinews contributors, '{title}'{on}, {url} (CC BY 2.5)",
           "EC": f"{EC_NOTICE}, {kind}, '{title}'{on}, {url}, CC BY 4.0",
           "OGL": f"{kind}, '{title}'{on}, contains public sector information licensed under the Open Government "
                  f"Licence v3.0; {url}"}[lic]
    return {"id": id, "source": url, "licence": LIC[lic], "attribution": att, "published": published,
            "title": title, "text": text, "sector": sector, "region": region, "topics": topics.split(","),
            "origin": origin, "notes": notes, "truncated": truncated}


R = []
# ---- US federal: an FAA statement ---------------------------------------------------------------------------------
R.append(rec("us-faa-statement-chicago-en-route-center-fire-evacuated-2014",
 "https://www.faa.gov/news/press_releases/news_story.cfm?newsId=17216&cid=TW253",
 "2014-09-26", "Updated FAA Statement–Event at Chicago Air Traffic Facility",
 "Federal Aviation Administration, press release",
 "The Federal Aviation Administration evacuated its Chicago En Route Center in Aurora, IL just before 6 a.m. local time on Friday, September 26, because of a fire reported in a basement telecommunications room. Air traffic controllers immediately transferred airspace management to adjacent air traffic facilities and the FAA put other steps in place to manage the traffic.\n\n"
 "The Federal Bureau of Investigation and the Bureau of Alcohol, Tobacco, Firearms and Explosives are investigating the incident and the FAA is supporting the investigation.\n\n"
 "The FAA has conducted a preliminary damage assessment, and expects to gain access to the telecommunications area this evening to conduct a more thorough assessment. After technicians fully review the damage, they will be able to develop a timeline for repairs, replacement, and full restoration of services at the facility.\n\n"
 "The FAA currently is managing Chicago Center traffic through adjacent high altitude radar centers in Cleveland, Indianapolis, Kansas City, and Minneapolis. Those facilities are working with the Chicago Terminal Radar Approach (TRACON) facility in Elgin, Illinois and other surrounding large TRACONs in areas such as South Bend, IN, Rockford and Moline IL, and Milwaukee, WI to track flights on radar and manage departures and arrivals in Chicago Center airspace. The FAA is re-routing overflights around the airspace.\n\n"
 "Flights are currently arriving and departing in the Chicago area at a reduced rate. The FAA is using all of its available air traffic tools to maximize capacity at the Chicago-area airports. The FAA will continue working with operators through the weekend to reduce disruptions. Travelers are encouraged to contact their airlines for further information about specific flights.",
 "aviation/air traffic control", "US", "outage",
 "The FAA's updated statement of 26 September 2014; the page chrome ('Skip to page content', 'Press Release –' before the heading, kept as title), 'For Immediate Release', the date line (kept as `published`) and the contact and phone lines left out; a trailing space after the second paragraph dropped. The excerpt ends after the last paragraph shown; whether the page went on is not known (`truncated` set). The FAA's first statement of the same morning (newsId=17214) and Wikinews' story on the fire were left out (one text per event). The Chicago Center fire of 26 September 2014 is new to the corpus.",
 "PD", "US federal agency website (page store)"))
# ---- US federal: a Voice of America staff story -------------------------------------------------------------------
R.append(rec("voa-air-traffic-control-technical-problem-east-coast-flights-leesburg-2015",
 "https://www.voanews.com/a/traffic-control-technical-problem-snarls-united-states-east-coast-flights/2919428.html",
 "2015-08-15", "Traffic Control Technical Problem Snarls US East Coast Flights",
 "Voice of America, news story",
 "Flights to and from New York, Washington and other U.S. East Coast airports were disrupted for several hours Saturday by technical problems in the government's air traffic control network.\n\n"
 "The Federal Aviation Administration reported that an unspecified technical issue at one of its air traffic centers outside Washington forced controllers to order delays in takeoffs and landings. The slowdown at all Washington- and New York-area airports quickly spread to other cities along the East Coast and beyond.\n\n"
 "Takeoffs were being delayed by more than 45 minutes at some airports, the FAA reported, and arriving flights were ordered to circle in holding patterns overhead for similar periods. Problems were worst in Virginia, Maryland and Florida.\n\n"
 "The agency announced late in the afternoon that the unexplained \"automation\" problem had been resolved and that the restrictions were to be lifted. It did not explain details of the technical problem at its regional traffic center in Leesburg, Virginia.\n\n"
 "The government agency did not indicate whether an accident or computer-security problem may have been involved.",
 "aviation/air traffic control", "US", "outage",
 "The VOA story; the page chrome ('Accessibility links', 'Breaking News'), the heading (kept as title) and the photo caption ('People stand in line at Washington's Reagan National Airport after technical issues at a Federal Aviation Administration center in Virginia caused delays, Aug. 15, 2015.') left out; `published` taken from the caption's date, the Saturday the story tells (15 August 2015 was a Saturday). The excerpt carries no byline and no wire-service credit (AP, Reuters, AFP), so it is taken as a VOA staff story, a US government work; the excerpt ends after the paragraph shown (`truncated` set, the page may go on). The Leesburg centre's automation problem of 15 August 2015 is new to the corpus.",
 "PD", "Voice of America website (page store)"))
# ---- Wikinews ------------------------------------------------------------------------------------------------------
R.append(rec("wn-wikimedia-servers-unreachable-network-outage-2006",
 "http://en.Wikinews.org/wiki/Wikimedia_servers_unreachable_for_3_hours_due_to_network_outage",
 "2006-08-18", "Wikimedia servers unreachable for 3 hours due to network outage", "Wikinews article",
 "Earlier today, Wikipedia, the free encyclopedia, and other projects hosted by the Wikimedia Foundation suffered downtime due to network issues. Thanks to the efforts of Wikimedia staff and volunteers, service was restored relatively quickly. The downtime lasted from about 17:20 UTC to 20:00 UTC, according to Wikimedia's Chief Technology Officer, Brion Vibber.\n\n"
 "According to Vibber, Cogent Communications readvertised routing to Wikimedia's primary IP address block, rendering the site unreachable to most visitors. The reason behind Cogent's actions remain unclear at this time. According to a reliable anonymous source, the service outage was due to a dispute between Cogent and the hosting provider used by Wikimedia, and had nothing to do with Wikimedia's services or content in any way. Rumors that the outage was related to a DMCA takedown notice received by Cogent are false, according to the same source.\n\n"
 "Whilst some users were still able to access the site, projects such as Wikipedia were temporarily switched to read-only mode in order to combat vandalism. This block on editing was removed once normal service resumed.\n\n"
 "\"This was an unfortunate case of collateral damage\" said Brad Patrick of WMF. \"It was a shock that something like this could happen to us without warning. We will do everything necessary to make sure our users have continuous access to our projects.\"",
 "tech/internet", "US", "outage",
 "The Wikinews article of 18 August 2006; the page chrome ('From Wikinews, the free news source you can write!', 'Jump to navigation Jump to search'), the notice 'This article mentions the Wikimedia Foundation, one of its projects, or people related to it. Wikinews is a project of the Wikimedia Foundation.', the date line (kept as `published`), the image caption 'Logos of various Wikimedia projects.' and the twice-printed footer 'This article features first-hand journalism by Wikinews members. See the collaboration page for more details.' left out; the article's wording kept ('The reason behind Cogent's actions remain'). The excerpt ends with the quotation (`truncated` set: the sources section, if any, is not in it). The outage of 18 August 2006 is new to the corpus (the corpus's Wikimedia outage is that of March 2010).",
 "WN", "Wikinews (page store)"))
R.append(rec("wn-massive-power-failure-hits-brazil-itaipu-2009",
 "https://en.wikinews.org/w/index.php?title=Massive_power_failure_hits_Brazil&oldid=4615754",
 "2009-11-11", "Massive power failure hits Brazil", "Wikinews article",
 "A massive power blackout in southern Brazil left tens of millions of people without power, with residents in major cities like Rio de Janeiro and São Paulo affected. Police called in extra officers and asked people to stay off the street when the Itaipu hydroelectric plant failed at 10:15 pm local time Tuesday (0015 GMT Wednesday) and plunged the affected areas into darkness.\n\n"
 "The electric plant supplies the regions of Sao Paulo, Minas Gerais, Mato Grosso, Mato Grosso do Sul, Rio de Janeiro, Goiás, Rio Grande do Sul, Paraná, and Espírito Santo, as well as 90% of neighbouring Paraguay, which was almost completely without power for fifteen minutes. Brazilian Energy Minister Edson Lobao stated that the cause of the “complete paralysis” of the plant was not yet known, but put forward a theory that lightning may have caused the high-tension supply lines to short out.\n\n"
 "Although this is not the first time that Brazil has had power outages, with severe loss of electricity in 2001, 2005 and 2007, radio station Bandnews estimated that 50 million people—a quarter of Brazil’s population—were affected, one of the largest outages in recent history.\n\n"
 "A few hours after the power cut, the hydroelectric plant came back on line and the affected regions gradually regained power, allowing the areas in chaos caused by lack of traffic lights and power to underground railways to return to normal, and residents to put out their candles.",
 "energy/electricity", "non-US", "outage",
 "The Wikinews article as a third-party page (growaherbgarden.com/massive-power-failure-hits-brazil) reproduces it, with its line 'Retrieved from “https://en.wikinews.org/w/index.php?title=Massive_power_failure_hits_Brazil&oldid=4615754”' (that revision is `source`); the host adds no text to the article (its own lines, the date line 'Wednesday, November 11, 2009', kept as `published`, and the 'Retrieved from' line left out). The article's spellings kept ('São Paulo' and 'Sao Paulo'). The copy ends before any sources section (`truncated` set). The blackout of 10 November 2009 is new to the corpus.",
 "WN", "Wikinews, copy on a third-party site (page store)"))
# ---- UK regulator: an Ofgem press release ------------------------------------------------------------------------
R.append(rec("ofgem-press-release-companies-pay-9-august-power-cut-2020",
 "https://www.ofgem.gov.uk/publications/companies-pay-ps105-million-over-9-august-power-cut",
 "2020-01-03", "Companies pay £10.5 million over 9 August power cut", "Ofgem, press release",
 "Hornsea One Ltd and RWE agree to pay out £4.5 million for not remaining connected after the lightning strike\n\n"
 "UKPN will also pay out £1.5 million after a technical breach of rules\n\n"
 "Ofgem also identified issues surrounding National Grid Electricity System Operator’s (ESO) management of the system\n\n"
 "Ofgem will accelerate its already planned review of ESO’s structure and governance\n\n"
 "Ofgem’s investigation into the power cuts of 9 August found that the combined loss of two large generators, as well as the smaller loss of generation at a local level, together triggered the subsequent disconnection, loss of power and disruption to more than one million consumers.\n\n"
 "This included many rail passengers. Ofgem has worked closely with the Office of Rail and Road which has today published its findings into rail companies’ roles in the disruption. It found that software flaws on some trains caused extended delays for commuters.\n\n"
 "Ofgem has concluded that two large power stations, Hornsea One Ltd (co-owned by Orsted) and Little Barford (operated by RWE) did not remain connected after the lightning strike. They have agreed to make a voluntary payment of £4.5 million each into Ofgem’s redress fund.\n\n"
 "Ofgem found that local network operators disconnected and reconnected consumers in response to the loss of power as expected. However, UK Power Networks began reconnecting customers without being asked to by the ESO, which could have potentially jeopardised recovery of the system. This has no impact on 9 August and UK Power Networks has recognised this technical breach, taken swift action to prevent any future reoccurrence, and agreed to pay £1.5 million into Ofgem’s voluntary redress fund.",
 "energy/electricity", "non-US", "outage,regulatory",
 "Ofgem's press release; the page chrome ('Press release', the empty 'Publication date' and 'Industry sector' labels and the sector list 'Supply and Retail Market', 'Distribution Network', 'Transmission Network') left out, the heading kept as title; the four summary bullets kept as paragraphs without their bullet marks (no full stops added). The page shows no date in the excerpt: `published` 3 January 2020 is the day the release and Ofgem's report came out (National Grid ESO's page on the 9 August power cut: 'Friday 3 January 2020: Industry regulator Ofgem ... have published their reports'). Cut at the last full sentence before the point where the excerpt stops ('All parties have fully cooperated with the regulator throughout its investig...'). Ofgem's press release of 20 August 2019 opening the investigation was left out (one text per event). Licence: Ofgem publishes its material under the Open Government Licence v3.0 except where otherwise stated. The power cuts of 9 August 2019 are new to the corpus.",
 "OGL", "Ofgem website (page store)"))
# ---- European Commission: a press release -------------------------------------------------------------------------
R.append(rec("ec-press-release-blackout-november-2006-lessons-eon-netz-2007",
 "http://europa.eu/rapid/press-release_IP-07-110_en.htm?locale=en",
 "2007-01-30", "Blackout of November 2006: important lessons to be drawn", "European Commission, press release IP/07/110",
 "The final report on the incident of 4 November 2006, released today by the Union for the Coordination of Transmission of Electricity (UCTE), demonstrate that common action at European level is urgent. Energy Commissioner Andris Piebalgs stated, “Europe should draw lessons from this Blackout that left millions of Europeans in various Member States without electricity and develop stronger network security standards\".\n\n"
 "A serious incident on the continental European electricity network on 4 November lead to blackouts over most of the system. Following this incident, Energy Commissioner Andris Piebalgs requested the UCTE to produce the report, released, today on the causes of such major failures. He also asked for the assessment of the European Regulators Group (ERGEG) which will report, beginning of February, about the lessons to be learned from this event.\n\n"
 "Following the investigation carried out by UCTE, three main reasons appear as the causes of this incident.\n\n"
 "Firstly, E.ON Netz, the electricity transmission system operator who was at the origin of the fault, did not have the security procedure in place and did not even have the full technical tools to verify that the system operated within the security limits.\n\n"
 "Secondly, other European transmission system operators did not receive information on the actions taken by the German transmission operator.\n\n"
 "Thirdly, the lack of sufficient investment both at the level of the reliability and of the operation of the grid are also to be blamed. Other issues to be tackled are the behaviour of distribution networks and in case of disturbances, the disconnection and reconnection of loads and generators.",
 "energy/electricity", "non-US", "outage,regulatory",
 "The Commission's press release IP/07/110; the page chrome ('Navigation path', 'Left navigation', 'Additional tools', 'Other available languages: FR DE ES NL IT'), the date line 'Brussels, 30 January 2007' (kept as `published`; the place is not kept) and the heading (kept as title) left out, the footnote marker '[1]' after the first sentence left out; the release's wording and its mixed quotation marks kept ('demonstrate', 'lead to', 'released, today'). Cut at the last full sentence before the point where the excerpt stops ('These causes confirm ... throughout the Europea...'). A Voice of America story on the same blackout (5 November 2006) was left out (one text per event). The blackout of 4 November 2006 is new to the corpus.",
 "EC", "European Commission press release database (page store)"))
# ---- near-misses --------------------------------------------------------------------------------------------------
R.append(rec("us-sec-knight-capital-market-access-rule-settlement-2013",
 "https://executiveitforums.org/news/governance/knight-capital-reaches-12m-sec-settlement-over-it-meltdown2070",
 "2013-10-16", "SEC Charges Knight Capital With Violations of Market Access Rule",
 "U.S. Securities and Exchange Commission, press release (as executiveitforums.org reproduces it)",
 "The Securities and Exchange Commission today announced that Knight Capital Americas LLC has agreed to pay $12 million to settle charges that it violated the agency's market access rule in connection with the firm's Aug. 1, 2012 trading incident that disrupted the markets.\n\n"
 "An SEC investigation found that Knight Capital did not have adequate safeguards in place to limit the risks posed by its access to the markets, and failed as a result to prevent the entry of millions of erroneous orders. Knight Capital also failed to conduct adequate reviews of the effectiveness of its controls.\n\n"
 "This is the SEC's first enforcement action under the market access rule, which was adopted in 2010 as Rule 15c3-5.\n\n"
 "\"The market access rule is essential for protecting the markets, and Knight Capital's violations put both the firm and the markets at risk,\" said Andrew Ceresney, co-director of the SEC's Division of Enforcement. \"Given the rapid pace of trading in today's markets and the potential massive impact of control breakdowns, broker-dealers must be held to the high standards of compliance necessary for the safe and orderly operation of the markets.\"\n\n"
 "Daniel M. Hawke, chief of the SEC Enforcement Division's Market Abuse Unit, added, \"Brokers and dealers must look at each component in each of their systems and ask themselves what would happen if the component malfunctions and what safety nets are in place to limit the harm it could cause. Knight Capital's failure to ask these questions had catastrophic consequences.\"\n\n"
 "According to the SEC's order, Knight Capital made two critical technology missteps that led to the trading incident on Aug. 1, 2012. Knight Capital moved a section of computer code in 2005 to an earlier point in the code sequence in an automated equity router, rendering a function of the router defective. Although this function was not meant to be used, Knight left it in the router.",
 "finance/securities trading", "US", "regulatory,outage",
 "The SEC's press release of 16 October 2013 as a third-party page reproduces it (title as the SEC's release is headed; the host's own heading 'Knight Capital Reaches $12M SEC Settlement Over IT Meltdown', its 'REGISTER' and 'email 14 48' lines and the date prefix 'October 16, 2013 - ', kept as `published`, left out); the host adds no text to the release's paragraphs. Cut at the last full sentence before the point where the excerpt stops ('In late July 2012 when preparing for participa...'). Near-miss: a trading firm's software malfunction that sent erroneous orders into the markets; no service that users lost is told. Knight Capital's trading incident of 1 August 2012 is new to the corpus.",
 "PD", "US federal agency release, copy on a third-party site (page store)"))
R.append(rec("us-doe-update-cyber-incident-solarwinds-compromise-2020",
 "https://www.energy.gov/articles/doe-update-cyber-incident-related-solar-winds-compromise",
 None, "DOE Update on Cyber Incident Related to Solar Winds Compromise", "U.S. Department of Energy, statement",
 "“The Department of Energy is responding to a cyber incident related to the Solar Winds compromise in coordination with our federal and industry partners. The investigation is ongoing and the response to this incident is happening in real time. At this point, the investigation has found that the malware has been isolated to business networks only, and has not impacted the mission essential national security functions of the Department, including the National Nuclear Security Administration (NNSA). When DOE identified vulnerable software, immediate action was taken to mitigate the risk, and all software identified as being vulnerable to this attack was disconnected from the DOE network.” –Shaylyn Hynes, DOE Spokeswoman\n\n"
 "Additional background: As part of its ongoing response, DOE has been in constant communication with our industry partners, including the leadership of the energy sector Subsector Coordinating Councils, and is also in regular contact with the Electricity, Oil & Natural Gas (ONG), and Downstream Natural Gas (DNG) Information Sharing and Analysis Centers (ISAC).",
 "energy/government IT", "US", "outage",
 "The Department of Energy's statement as the excerpt gives it (the whole statement); the title is the page's heading as its address spells it. The excerpt carries no date (the statement was issued in December 2020, after the SolarWinds compromise became public): `published` null, so no relative date is resolved. Near-miss: a cyber incident with malware on business networks and vulnerable software disconnected as a precaution; the statement says no mission function was impaired and tells no lost service. The SolarWinds compromise is new to the corpus.",
 "PD", "US federal agency website (page store)", truncated=False))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
