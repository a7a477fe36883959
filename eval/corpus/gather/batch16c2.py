#!/usr/bin/env python3
"""Batch 16c part 2: outages told in Welsh Government written statements (a health service's two data centres down
after a firewall change; a water company's mains bursts that cut supply in Conwy and in Flintshire) and a Scottish
Government news release (an island's power outage and the network operator's restoration work). Government texts
under the Open Government Licence v3.0 (as batch 10's gov.uk press releases): gov.wales pages, and the Scottish
Government release as wired-gov.net reproduces it (as batch 10's Department for Transport statements). Every text is
the search tool's page-store excerpt (corpus `pages`), embedded here; cut at the last full sentence kept
(`truncated`). Written after part 1 (batch16c.py) was annotated and committed, so part 1's splits stay as dealt.
Edits per item in `notes`: page chrome and date lines left out, single line breaks doubled (whitespace only); no word
added or changed.
usage: batch16c2.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
OGL = "Open Government Licence v3.0"


def ogl(author, title, date, url):
    on = f" ({date})" if date else ""
    return (f"{author}, '{title}'{on}, Crown copyright, contains public sector information licensed under the Open "
            f"Government Licence v3.0; text as at {url}")


def rec(id, url, published, title, author, text, sector, region, topics, notes, origin, truncated=True, date_words=None):
    return {"id": id, "source": url, "licence": OGL, "attribution": ogl(author, title, date_words, url),
            "published": published, "title": title, "text": text, "sector": sector, "region": region,
            "topics": topics.split(","), "origin": origin, "notes": notes, "truncated": truncated}


GW = "Welsh Government written statement on gov.wales (page store)"
R = []
R.append(rec("welsh-government-written-statement-nhs-wales-data-centre-outage-2018", "https://www.gov.wales/written-statement-nhs-wales-data-centre-outage",
 "2018-04-04", "Written Statement: NHS Wales data centre outage", "Welsh Government, written statement",
 "Vaughan Gething, Cabinet Secretary for Health and Social Services\n\n"
 "On the morning of the 24 January a technical issue occurred, which caused an outage at the two data centres operated by the NHS Wales Informatics Service (NWIS) on behalf of NHS Wales.\n\n"
 "This incident affected twenty-six nationally-hosted systems, including systems which manage appointments and which share patient referrals, tests results, laboratory results and GP test requests. The NHS Wales email system was also impacted.\n\n"
 "During the incident, all Health Boards activated business continuity plans to ensure both NHS Wales staff and patients were supported during this outage and as a result, care and treatment continued to be provided. However, as this incident impacted our frontline staff, there were delays experienced by patients, for example in receiving test results.\n\n"
 "By 16:15 the same day all systems were operational, with business-as-usual service being resumed by 20:00.\n\n"
 "I would like to thank all of our NHS Wales technical staff who worked hard to resolve this issue as quickly as possible. I would also like to thank all of our frontline staff who continued to provide excellent services to the people of Wales under difficult circumstances.\n\n"
 "Following resolution of the issue, NWIS initiated an investigation to establish the cause of the data centre outage and I agreed to issue a written statement once this review had concluded.\n\n"
 "Firstly, I can confirm this was not a cyber attack and that the integrity of patient records was not compromised by this incident.\n\n"
 "I can also confirm that the investigation found the cause of the incident to be a problem with the firewall equipment which occurred when a routine firewall change was applied.",
 "health/government IT", "non-US", "outage",
 "gov.wales chrome ('Skip to main content', 'First published: 4 April 2018' kept as `published`, 'Last updated:', 'This was published under the 2016 to 2021 administration of the Welsh Government') left out; the minister's byline kept as the first line; cut before the cut-off 'The manufacturer of the equipment has confirmed that the firewall acted in an unpredictable way and that the change mad...'. NHS Wales's data-centre outage of 24 January 2018 is new to the corpus.",
 GW, date_words="4 April 2018"))
R.append(rec("welsh-government-written-statement-water-supply-interruption-conwy", "https://www.gov.wales/written-statement-water-supply-interruption-conwy",
 None, "Written Statement: Water supply interruption, Conwy", "Welsh Government, written statement",
 "Huw Irranca-Davies MS, Deputy First Minister and Cabinet Secretary for Climate Change and Rural Affairs Ken Skates MS, Cabinet Secretary for Transport and North Wales.\n\n"
 "On Wednesday 15 January, Dŵr Cymru Welsh Water (DCWW) notified the Welsh Government of a mains water pipe burst near the Bryn Cowlyd Water Treatment Works, Dolgarrog, Conwy.\n\n"
 "The Welsh Government activated its civil contingencies response arrangements on Wednesday evening in support of the multi-agency North Wales Strategic Coordination Group being led by the North Wales Fire and Rescue Service.\n\n"
 "This was a substantial burst, presenting a complex fix in a very challenging location underneath the Afon Ddu. Supplies for up to 40,000 properties were affected over the course of Wednesday 15 and Thursday 16 January. A major incident was declared and the Welsh Government has been fully engaged in supporting the multi-agency coordinated response.\n\n"
 "The loss of water supply for any extended period has a very significant impact. It is clear that, as this incident has continued, it has caused huge concern for residents in Conwy and had a substantial impact on people, schools and businesses. It has seen 23 schools closed on Thursday 16 January and 40 schools closed on Friday 17 January.\n\n"
 "The Deputy First Minister met the Chief Executive of DCWW to be briefed on progress with the repair and provision of water to people who have lost supply. The Deputy First Minister stressed the importance of clear messages to the public and ensuring that emergency supplies are provided and accessible to all, and of ensuring that vulnerable customers are supported in particular.\n\n"
 "The Cabinet Secretary for Transport and North Wales met the Leader of Conwy Council to discuss the impact of the incident. They discussed the arrangements being made to support people who have lost water supplies and the impacts on businesses.",
 "utilities/water", "non-US", "outage",
 "The page-store excerpt begins with the ministers' byline (kept as the first line, the two names run together as the excerpt gives them); single line breaks doubled (whitespace only); cut before the cut-off 'Officials have been in close contact with Defra and the UK Government’s emergency response hub, COBR, throughout th...'. `published` null: the excerpt gives no date (its weekdays therefore have no year). The Conwy supply interruption is new to the corpus.",
 GW))
R.append(rec("welsh-government-written-statement-water-supply-interruption-bretton-flintshire", "https://www.gov.wales/node/70445",
 None, "Written Statement: water supply interruption in Flintshire", "Welsh Government, written statement",
 "Huw Irranca-Davies MS, Deputy First Minister and Cabinet Secretary for Climate Change and Rural Affairs\n\n"
 "On Wednesday, 13 August, Dŵr Cymru Welsh Water notified Welsh Government that a repair previously undertaken to fix a burst on a water main near Bretton Water Treatment Works in Flintshire had deteriorated, and an emergency fix was now required. This meant an interruption to the water supply for a significant number of properties in the area.\n\n"
 "The Welsh Government activated its response arrangements in support of the wider multi-agency response put in place by partners from the North Wales Local Resilience Forum to manage the risks of the incident.\n\n"
 "The incident affected many people in the Flintshire area, and I am aware that some communities were affected for several days.\n\n"
 "Three bottled water stations were established over the course of the incident, in addition to community hubs set up to provide alternative water. Dŵr Cymru Welsh Water also delivered bottled water to vulnerable individuals and maintained supplies to a hospital and to care homes. I would like to express my gratitude to Dŵr Cymru Welsh Water and its workforce for restoring water supplies to all customers who were affected by the incident as this was a substantial burst, which required a complex fix due to the challenges posed by the depth of the leak.\n\n"
 "The loss of water supply for any extended period can have a significant impact, especially during a time when temperatures are high. It is distressing and concerning for all residents, and especially for those who are vulnerable or receiving health or care support. I would like to recognise the resilience of those communities affected, and to extend my sympathy for the difficult situation they have faced.",
 "utilities/water", "non-US", "outage",
 "The page-store excerpt of gov.wales node 70445 begins with the minister's byline (kept as the first line); single line breaks doubled (whitespace only); cut before the cut-off 'Dŵr Cymru Welsh Water have rightly announced arrangements for compensation ... relating to the burst water main in Br...'. The title is ours (the excerpt has no heading). `published` null: the excerpt gives no date. The Flintshire supply interruption is new to the corpus.",
 GW))
R.append(rec("scottish-government-update-shetland-power-outage-ssen-2022", "https://www.wired-gov.net/wg/news.nsf/articles/update+on+shetland+power+outage+16122022150500?open",
 "2022-12-16", "Update on Shetland power outage", "Scottish Government, news release",
 "Minister chairs further resilience meeting.\n\n"
 "Scottish Government Minister for resilience Keith Brown has visited Shetland to meet responders and agencies involved in efforts to restore power.\n\n"
 "He visited Bixter Community Hall where he met members of the local community along with Scottish and Southern Electricity Networks (SSEN) and Police Scotland teams, before chairing a further meeting of the Scottish Government Resilience Room.\n\n"
 "Justice Secretary Keith Brown, lead Minister for Resilience yesterday said:\n\n"
 "\"The situation in the west of Shetland remains extremely difficult for many people and businesses without power.\"\n\n"
 "“There has been a fantastic community and cross partner response. I met a range of residents at Bixter Hall today and what has struck me most is the huge team effort at play in a set of very difficult circumstances. Everyone is mucking in and helping each other, from making food and keeping each others spirits up, to checking on vulnerable members of the community. It really is quite extraordinary.\n\n"
 "“I also chaired a further meeting of the Scottish Government Resilience Room (SGoRR) with our multi-agency partners to ensure all efforts are being made.\n\n"
 "“There is now a 125 strong team of engineers working flat out to restore power to the remaining 2,400 properties off supply, with more engineers and materials set to arrive tomorrow and an improving weather forecast. SSEN have confirmed that the majority of those customers should be restored by the end of the weekend, subject to any further change in the weather.\n\n"
 "“Shetland Islands Council is caring for vulnerable people in care homes and hospital and is contacting those with medical needs.\n\n"
 "“Police Scotland advice remains to stay at home, find ways to stay warm and listen to local radio or follow social media for updates.",
 "energy/utilities", "non-US", "outage",
 "The Scottish Government's release as wired-gov.net reproduces it (gov.scot content is under the Open Government Licence v3.0): the page store's date line (kept as `published`), the 'Scottish Government' source line and the headline (kept as title) left out; the standfirst kept as the first line; quotation marks as the page gives them (straight and curly mixed); single line breaks doubled (whitespace only); cut before the cut-off 'The Scottish Government wi...'. The Shetland power outage of December 2022 is new to the corpus.",
 "Scottish Government news release via wired-gov.net (page store)", date_words="16 December 2022"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
