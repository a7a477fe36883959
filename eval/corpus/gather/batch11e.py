#!/usr/bin/env python3
"""Batch 11e: four more Hansard texts (Open Parliament Licence v3.0), gathered after batch 11's post-annotation check
(newskg had by then been run on batch 11's train and dev files, never on these): two statements on UK border e-gate
outages (May 2023, May 2024) and two rail-disruption statements that are near-misses (engineering overruns, a timetable
change). Same editing rules as batch11.py.
usage: batch11e.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch11 as b11
from batch11 import OPL, opl

U_EG23 = "https://hansard.parliament.uk/Lords/2023-06-07/debates/361C73EF-827F-48C3-8E46-28426A52CE65/ElectronicPassportControlSystems"
U_EG24 = "https://hansard.parliament.uk/commons/2024-05-08/debates/4453EA34-02A8-4904-B9B4-AFB7B767ACB6/PassportE-GatesNetworkOutage"
U_RAIL15 = "https://hansard.parliament.uk/Commons/2015-01-05/debates/15010515000003/RailNetwork(Disruption)"
U_RAIL18 = "https://hansard.parliament.uk/commons/2018-06-04/debates/8053C64D-817B-4041-BB61-9C445FDC599E/RailTimetabling"
NOTE = "First ~2,000 characters of the Hansard page: 'Skip to main content', the heading, volume/date line and 'Asked by' line left out (the stored page has no speakers' names); cut at the last full sentence."

RECS = [
 dict(id="hansard-lords-electronic-passport-control-systems-2023", source=U_EG23, licence=OPL,
      attribution=opl("Hansard, House of Lords, 'Electronic Passport Control Systems', volume 830, debated on Wednesday 7 June 2023", U_EG23),
      published="2023-06-07", title="Electronic Passport Control Systems", sector="government IT / border control", region="non-US",
      topics=["outage", "regulatory"], truncated=True, origin="hansard.parliament.uk (search tool page store)", notes=NOTE,
      text="""To ask His Majesty’s Government what action they are taking to improve the reliability of their electronic passport control systems.

The UK border has a highly resilient e-gate infrastructure, with over 50% of all arrivals successfully using automation in the year ending March 2023. On Friday 26 May we had a nationwide border system issue, the unintended consequence of a change, which meant that we had to take our e-gates offline. We are undertaking a full review of the incident and are fully committed to ensuring that resilience is at the heart of our transformation of the border.

I am grateful to the Minister for that explanation. When you are standing for many hours at an e-gate, resilient is not the adjective I would use, but at least the Home Office issued a press release the next day, saying that it had put in place “robust plans” to deploy officers. That is useful. Is it not time that we had a contingency plan for e-gates, three years after the Government vowed to take back control of our Brexit borders, rather than relying on the odd person to check your passport manually? Is it not more important to do that than to see the Prime Minister flying off to Dover, putting on a life jacket, standing in a dinghy and pretending he is King Canute to keep a few illegal immigrants out?

As the noble Lord well knows, 95.9% of recorded wait times in the first three months of 2023 were within published service standard. The UK border system has, as I have already said, a highly resilient e-gate infrastructure, with circa 65 million passengers being processed in the year to May 2023. There are currently 288 e-gates operational, comprising 22 at air and rail terminals, including in Paris, at Gare du Nord, and Brussels, at Gare du Midi. From April 2011 to June 2021, e-gates processed 258 million passengers through the UK border."""),
 dict(id="hansard-commons-passport-e-gates-network-outage-2024", source=U_EG24, licence=OPL,
      attribution=opl("Hansard, House of Commons, 'Passport e-Gates Network Outage', ministerial statement, volume 749, debated on Wednesday 8 May 2024", U_EG24),
      published="2024-05-08", title="Passport e-Gates Network Outage", sector="government IT / border control", region="non-US",
      topics=["outage", "regulatory"], truncated=True, origin="hansard.parliament.uk (search tool page store)",
      notes="First ~2,000 characters of the Hansard page: 'Skip to main content', the heading and volume/date line left out; cut at the last full sentence.",
      text="""With permission, Mr Speaker, I will make a statement about disruption at the border.

At around a quarter to eight last night, the Home Office became aware of a significant IT outage. Investigations determined that the incident was caused by technical issues within the Home Office network. The relevant teams quickly swung into action and a technical response was under way within six minutes. Once the fault was identified, officials worked closely with partners to rectify the problem and restore service. I joined a gold call with the lead officials at midnight last night, and the issue was resolved shortly before half-past midnight.

My information this morning is that all impacted systems have been restored and the incident has been formally closed, with all due diligence checks completed. At this stage, I can assure the House and the wider public that all security checks were maintained throughout. Border security was not compromised at any point, and there is no indication of malicious cyber-activity. Police access to operational systems was unaffected.

As a result of the outage, there were delays at some airports, as Members will be aware. The queues remained manageable and within health and safety parameters. Staff on the ground supported passengers, including through the provision of water, and ensured that welfare needs were met. Although undoubtedly inconvenient, the delays were necessary to maintain the integrity of our border. That is not to minimise the impact of the disruption; I realise that it will have been frustrating for all those affected. I offer my thanks to passengers for their patience as urgent activity was mounted to resolve the incident. I also place on record my gratitude to all the personnel who were involved in the response, including staff within the Home Office and Border Force, and at airports."""),
 dict(id="hansard-commons-rail-network-disruption-christmas-2015", source=U_RAIL15, licence=OPL,
      attribution=opl("Hansard, House of Commons, 'Rail Network (Disruption)', urgent question, volume 590, debated on Monday 5 January 2015", U_RAIL15),
      published="2015-01-05", title="Rail Network (Disruption)", sector="rail", region="non-US", topics=["regulatory"],
      truncated=True, origin="hansard.parliament.uk (search tool page store)",
      notes="First ~2,000 characters of the Hansard page: 'Skip to main content', the heading and volume/date line left out; cut at the last full sentence. Near-miss: engineering works overran, no system failure.",
      text="""(Urgent Question): To ask the Secretary of State for Transport to make a statement on the major disruptions to Britain’s rail network over the Christmas period.

As I made clear at the time, the disruption at King’s Cross and Paddington after Christmas was totally unacceptable. Passengers deserve a reliable rail service, they deserve clear information, and they deserve rapid help when things go wrong. I am sorry that in this case they did not get those things.

Before I give the House further details of what happened, I wish to pay tribute to the 11,000 engineers who were working on the track across the country over the holiday period on 300 projects at some 2,000 work sites, often in difficult conditions—a record level of activity and investment and part of the £38 billion being invested in our railways by this Government, working to create capacity, increase reliability and make our railways safer. The vast majority of complex projects were completed on time. For instance, a vital new flyover opened today at Reading—a complex scheme on time and on budget—and London Bridge reopened after key work on the Thameslink programme which will continue for some time. When things go wrong, however, we expect the industry to have proper contingency plans, so let me turn to what happened at Christmas and what is being done to put them right.

First, at King’s Cross, Network Rail had in place a vital scheme to replace and modernise some seven sets of points and crossings, and associated track and overhead wiring. It involved the replacement of more than 1 km of track, some 12,000 tonnes of ballast and 14 dedicated engineering trains. That work needed to be done and was planned for Christmas to limit impact."""),
 dict(id="hansard-commons-rail-timetabling-statement-2018", source=U_RAIL18, licence=OPL,
      attribution=opl("Hansard, House of Commons, 'Rail Timetabling', ministerial statement, volume 642, debated on Monday 4 June 2018", U_RAIL18),
      published="2018-06-04", title="Rail Timetabling", sector="rail", region="non-US", topics=["regulatory"],
      truncated=True, origin="hansard.parliament.uk (search tool page store)",
      notes="First ~2,000 characters of the Hansard page: 'Skip to main content', the heading and volume/date line left out; cut at the last full sentence. Near-miss: a timetable change that failed, no system outage.",
      text="""I am pleased to take the earliest opportunity to update the House on the recent difficulties around the timetable changes, in particular on some GTR and Northern routes.

I want to be absolutely clear: passengers on these franchises are facing totally unsatisfactory levels of service. It is my and my Department’s No. 1 priority to make sure that the industry restores reliability for passengers to an acceptable level as soon as possible. I assure the passengers affected that I share their frustration about what has happened, and that I am sorry that this has taken place.

The timetable change was intended to deliver the benefits to passengers of major investments in the rail network, meaning new trains, including all trains on the Northern and TransPennine Express networks, being either new or refurbished; the great north rail project infrastructure upgrades worth well over £1 billion, such as those at the Ordsall Chord and Liverpool Lime Street; and in the south-east, through the Thameslink programme, new trains and improved stations, including London Bridge and Blackfriars.

The huge growth in passenger numbers in recent years demanded expanded routes, services and extra seats, but this timetable change has resulted instead in unacceptable disruption for the passengers who rely on these services. The most important thing right now is to get things back to a position of stability for those passengers, but it is also vital to understand what has happened and why we are in the situation we are in today. The circumstances of the failures are different on the Northern and GTR networks.

The investigations that are being carried out right now are providing more information about what has gone wrong, but it is worth being clear that the industry remained of the view until the last moment that it would be able to deliver the changes."""),
]

if __name__ == "__main__":
    b11.RECS = RECS
    b11.POOL = sys.argv[1] if len(sys.argv) > 1 else b11.POOL
    b11.main()
