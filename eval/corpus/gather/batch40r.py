#!/usr/bin/env python3
"""Batch 40r (session 41, gatherer 40r): outages told in Welsh Government written statements on gov.wales (Open
Government Licence v3.0, Crown copyright; as batches 16c2 and 32m), the devolved-bodies lane of batches 16c2, 27c,
32m and 33g asked for failures with a NAMED provider:
  - the Port of Holyhead open again at full capacity after the damage Storm Darragh did to its terminal 3 and
    terminal 5 ferry berths, Stena reopening terminal 5 and Stena's and Irish Ferries' sailings resuming (Ken
    Skates, Cabinet Secretary for Transport and North Wales; the excerpt undated, `published` inferred as
    2025-01-16, doubtful);
  - the disruption of public transport and road networks in the snow from Thursday 1 March 2018: road closures,
    bus services, and the railway's two issues (weather disruption from Thursday; damage to the wheels of the
    long-distance trains) (Ken Skates, Cabinet Secretary for Economy and Transport, 5 March 2018; no operator named
    in the excerpt).
Text is the search tool's page-store excerpt (corpus `pages`). gov.wales chrome ('Skip to main content', 'First
published', 'Last updated', the administration line) left out; the minister's byline kept as the first line (batch
16c2's way); single line breaks doubled (whitespace only); cut at the last full sentence where the excerpt breaks off.
No word added or changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch40r.py [POOL_DIR] [--dry]   (default /tmp/gather41r/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch16c2 import rec  # batch 16c2's Welsh Government record builder (OGL attribution)

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41r/pool"
GW = "Welsh Government written statement on gov.wales (search tool page store)"
CHECK = ("Checked before annotation, by its names, places and dates, against the corpus files (grep -ril over train, "
         "dev and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather "
         "script and the session-41 pools /tmp/gather41*/pool: ")


R = []
# ---- Port of Holyhead reopened after Storm Darragh's damage to its ferry berths (undated excerpt) -----------------
U1 = "https://www.gov.wales/written-statement-welsh-government-statement-following-reopening-port-holyhead"
R.append(rec("welsh-government-written-statement-port-of-holyhead-reopening-stena", U1,
 "2025-01-16", "Written Statement: Welsh Government statement following the reopening of the Port of Holyhead",
 "Welsh Government, written statement",
 "Ken Skates, Cabinet Secretary for Transport and North Wales\n\n"
 "As a result of the determined and concerted effort across a range of partner organisations, I am delighted that the Port of Holyhead is today once again open for business at full capacity.\n\n"
 "First and foremost, I would like to thank passengers and the freight industry for their patience and co-operation in adapting to the route changes that were necessary in light of the damage caused from Storm Darragh affecting terminal 3 and terminal 5 ferry berths. I would also like to thank the port operators, the ferry companies and the dedicated staff in Holyhead, Fishguard, Milford Haven and further afield, for their efforts in ensuring that both people and goods were able to complete their journeys, especially over the peak festive period.\n\n"
 "Co-ordination of this effort was greatly boosted as a result of the close co-operation between Welsh Government Ministers and officials with their counterparts in the Irish Government, with the First Minister meeting with the Taoiseach as recently as last Friday. The collaboration and sharing of information in real-time informed the provision of alternative services and helped minimise traffic related impacts. I am also grateful to the relevant UK Government Ministers and Departments, local authorities and trade bodies for the part they have played in this task.\n\n"
 "I would like to thank Stena for honouring their commitment to reopen terminal 5 today, despite the challenges posed by poor weather conditions, allowing the resumption of both their own and Irish Ferries sailings, restoring the normal capacity of this critical route.\n\n"
 "Work is proceeding to establish the multi-stakeholder taskforce that I announced last week. I will provide you with regular updates as it this work progresses.",
 "transport/ports", "non-US", "outage",
 "The page-store excerpt begins with the minister's byline (kept as the first line) and holds the statement whole "
 "(it ends with the minister's promise of updates; `truncated` false); single line breaks doubled (whitespace only). "
 "Kept as written: 'the damage caused from Storm Darragh', 'as it this work progresses' (sic), 'Co-ordination'. The "
 "title is built from the page address (capitals and 'the' supplied; doubtful). `published` inferred, doubtful: the "
 "excerpt has no date line; its 'today once again open', Stena's reopening of terminal 5 'today' and the resumed "
 "Stena and Irish Ferries sailings, 'over the peak festive period' and the taskforce 'announced last week' match "
 "the resumption of Stena Line's Holyhead services on 16 January 2025 that a nation.cymru page of 30 January 2025 "
 "reports (a Thursday; read there, not used as text). " + CHECK + "Holyhead (one dev file by name, a 1913 "
 "telegraph text, another subject; batch 36v's script, the same), Stena, 'Irish Ferries', 'Port of Holyhead', "
 "'terminal 5': 0; Darragh in train and test files and scripts on power, broadband and rail outages of other "
 "places (the Commons urgent question on Storm Darragh's power cuts is in test) - the port's ferry berths are "
 "another service and provider; Ken Skates in batch 16c2's Conwy water statement (another event). The port's "
 "closure after Storm Darragh is new to the corpus.",
 GW, truncated=False))
# ---- Disruption to public transport and road networks, 5 March 2018 ----------------------------------------------
U2 = "https://www.gov.wales/written-statement-disruption-public-transport-and-road-networks"
R.append(rec("welsh-government-written-statement-disruption-public-transport-road-networks-snow-2018", U2,
 "2018-03-05", "Written Statement: Disruption to public transport and road networks",
 "Welsh Government, written statement",
 "Ken Skates, Cabinet Secretary for Economy and Transport\n\n"
 "Following the difficult weather conditions experienced across Wales since Thursday last week, I want to put on record my sincere thanks to staff across the entire transport sector who have worked tirelessly over the weekend to support the travelling public and to re-open our public transport and road network. I am always impressed by the diligence and resourcefulness of those on our front lines and these last few days have again demonstrated the professionalism and commitment of those working in Welsh transport.\n\n"
 "There were a number of locations where unfortunately our network became impassable and roads had to be shut. This is always a last resort, and any decisions to close roads were not taken lightly. Whilst reinstatement and rescue efforts were hampered in some locations by abandoned vehicles, all of our road network was re-opened by Sunday. Bus services across Wales are now operating normally, with some localised exceptions. Our teams have also been providing support to aid local authorities.\n\n"
 "To put the scale of our response into perspective, whilst other parts of the UK saw occupants trapped in vehicles for up to 18 hours,  no one was trapped on our network for comparable durations. Although there were a number of minor incidents on our road network, we are not aware of any fatal or serious injury accidents as a result of the extreme weather.\n\n"
 "Last week I informed members of a number of challenges being faced by the railway in Wales. There were two issues. Firstly the very challenging weather conditions, combing heavy snow and a prolonged period of low temperatures, which caused significant disruption to services from Thursday onwards. Secondly, the issue of damage to the wheels of the trains used to provide long distance services in Wales.",
 "transport/rail", "non-US", "outage",
 "gov.wales chrome ('Skip to main content', 'First published:' / '5 March 2018' (kept as `published`), 'Last "
 "updated:', 'This was published under the 2016 to 2021 administration of the Welsh Government') left out; the "
 "minister's byline kept as the first line; cut before the cut-off 'The poor weath...' (`truncated`). Kept as "
 "written: 'combing heavy snow' (sic), the double space in 'for up to 18 hours,  no one', 're-open', "
 "'re-opened'. The title is built from the page address (capitals supplied; doubtful). The rail operator is not "
 "named within the excerpt. " + CHECK + "'Beast from the East', 'class 175', 'disruption-public-transport': 0; "
 "'Storm Emma' in train and test files on Irish water, post office and Thames Water texts (other places and "
 "services); 'Arriva Trains Wales' only in batch 32m's Cardiff signalling statement of 2011 (test; not in this "
 "excerpt); Ken Skates as above. The snow disruption of Welsh transport of 1-4 March 2018 is new to the corpus.",
 GW, date_words="5 March 2018"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
