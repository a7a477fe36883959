#!/usr/bin/env python3
"""Batch 32f (session 33, round 2; helper gather33f): outages, a seventh round of the lane of batches 27c, 29c, 30c,
31c, 31f and 32c, taken from places the lane had barely used — English Wikipedia articles on single cable incidents,
a US Department of Transportation Inspector General letter, and two parliamentary records the earlier rounds had
named but not used:
  - the cutting of two Baltic Sea data cables, the BCS East-West Interlink (owned by Arelion) and C-Lion1 (Cinia Oy),
    on 17 November 2024 (a Wikipedia mirror's copy of '2024 Baltic Sea submarine cable disruptions');
  - the two 2013 cuts of the SHEFA-2 cable that disrupted broadband in Shetland (en.wikipedia.org, 'SHEFA-2');
  - the FAA Telecommunications Infrastructure (FTI) outage of 19 November 2009 (the DOT OIG's letter on its review);
  - the West Midlands Gas Board's loss of gas supply to industry from Thursday 20 January 1966 after plant breakdowns
    at Tipton and Coleshill (a Commons private notice question of 25 January 1966, historic Hansard);
  - the wrecking of the Cork Telephone Exchange on 8 August 1922 (a Dail question of 29 November 1922);
  and one near-miss: the Estlink 2 power cable's unplanned failure of 25 December 2024, which cut cross-border
  capacity, with telecoms cables severed the same day, no loss of service to users told (en.wikipedia.org).
Texts are the search tool's page-store excerpts (corpus `pages`), never a whole page; cut at the last full sentence
before an excerpt breaks off (`truncated`). Edits per item in `notes`; no word added or changed. Written before any
extractor ran on a text of the batch (newskg was not run on them at all).
usage: batch32f.py [POOL_DIR] [--dry]   (default /tmp/gather33f/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, OPL_NOTICE, OIR_NOTICE
from wikimedia import record, EDITS

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather33f/pool"
WP = "https://en.wikipedia.org/wiki/"

R = []
# ---- outages ----------------------------------------------------------------------------------------------------
BALTIC_HELD = ("https://edgio-community-examples-v7-full-featured-perfor-f74158.edgio.link/wiki/"
               "2024_Baltic_Sea_submarine_cable_disruptions")
R.append(record(
 "wp-2024-baltic-sea-submarine-cable-disruptions", "2024 Baltic Sea submarine cable disruptions",
 WP + "2024_Baltic_Sea_submarine_cable_disruptions", BALTIC_HELD,
 "The 2024 Baltic Sea submarine cable disruptions refer to the disruption of two submarine telecommunication "
 "cables\u2014 the BCS East-West Interlink and C-Lion1 cables\u2014 at roughly the same time at the same location "
 "in the Baltic Sea. The simultaneous disruption of both cables in the same area prompted accusations from European "
 "government officials and NATO member nations of hybrid warfare and sabotage as the cause of the damage.\n\n"
 "The BCS East-West Interlink is a 218 km long submarine data communication cable that runs through the Baltic Sea, "
 "built in 1997 by Alcatel and owned by Arelion. It connects Sventoji in Lithuania to Katthammarsvik on the east "
 "coast of the Swedish island of Gotland. The C-Lion1 is a submarine communications cable between Finland and "
 "Germany. The cable is owned and operated by the Finnish telecommunications and IT services company Cinia Oy, and "
 "is the first direct communications cable between Finland and Central Europe following its start of operations in "
 "May 2016.\n\n"
 "On Monday, 18 November 2024, the telecommunications company Telia Lithuania announced that the BCS East-West "
 "Interlink submarine cable between Lithuania and Sweden had been \"cut\" on Sunday morning at around 10 a.m. local "
 "time. At around the same time, the submarine cable C-Lion1 for data communication between Finland and Germany was "
 "cut in the same region of the Baltic Sea. As a result, both of their telecom services were disrupted. The C-Lion1 "
 "fault was discovered off the coast of the Swedish island of \u00d6land. The two faults were detected about 60\u201365 "
 "miles apart from each other.",
 "telecoms/submarine cables", ["outage"],
 EDITS + "A mirror of English Wikipedia (an edgio.link demonstration host that serves Wikipedia pages with the "
 "'From Wikipedia, the free encyclopedia' line) as the page store holds it, an earlier revision than the page "
 "store's en.wikipedia.org rendering (whose excerpt ends in the Background section, before the disruptions are "
 "told): the lines 'Jump to content', the title, 'From Wikipedia, the free encyclopedia', the infobox ('Date 18 "
 "November 2024 (2024-11-18)', 'Time 10:00 (EET)', 'Location Baltic Sea', 'Cause Under investigation'), the headings "
 "'Background' and 'Disruptions' with their '[edit]' lines, and the citation markers [1]-[9] cut. Cut after '... "
 "about 60\u201365 miles apart from each other.', before 'An Arelion spokesperson described the damage to the BCS "
 "East-West Interlink cable as \"...not a pa', where the excerpt breaks off (`truncated`). Kept as written: the em "
 "dashes without a space before them ('cables\u2014 the'), '60\u201365 miles', the straight quotes of '\"cut\"'. "
 "Content of November 2024 or later: CC BY-SA 4.0; no revision id (the mirror shows none). Arelion, Cinia, C-Lion1, "
 "BCS East-West Interlink, Telia Lithuania, Sventoji, Katthammarsvik, Gotland, \u00d6land, Yi Peng: 0 in "
 "train/dev/test (by count), GATHERING.md, every gather script and the session-33 pools; Telia names one test file "
 "(no Lithuania, BCS, Arelion, Cinia or 2024 in it, by count).",
 "non-US"))

R.append(record(
 "wp-shefa-2", "SHEFA-2", WP + "SHEFA-2", WP + "SHEFA-2",
 "SHEFA-2 is an undersea communication cable linking the Faroe Islands to Scotland via the Orkney & Shetland. It is "
 "named after the route on which it is being deployed (SHEtland-FAroes) and succeeds an earlier cable called "
 "SHEFA-1 on the same route.\n\n"
 "SHEFA-2 runs from T\u00f3rshavn in the Faroe Islands to Maywick in Shetland, then from Sandwick in Shetland onwards "
 "to Ayre of Cara in Orkney, and from Manse Bay in Orkney to Banff in Aberdeenshire, on mainland Scotland. "
 "Establishing the SHEFA-2 cable took less than two years, from the planning of the project in June 2006 until March "
 "2008, when the cable became ready for use.\n\n"
 "SHEFA-1 was deployed from 1971 to 1994, when CANTAT-3 (the fibre-optic submarine cable between Canada and Europe, "
 "with branches to both Iceland and the Faroe Islands), was established. It was a coaxial cable with 120 channels, "
 "carrying 120 telephone conversations at a time.\n\n"
 "SHEFA-2 is a fibre-optic submarine cable and the capacity with the technology of 2006 is 57x10 gigabits per "
 "second. The total length of the cable is around 1000 km. SHEFA-2 includes the world's longest purely passive "
 "optical fibre cable link (390 km), entirely without amplifiers. With no submarine repeaters and no power feeds, "
 "repair and maintenance of the submarine cable is minimized. At the same time, the solution is future proof, as "
 "the end-point technology is the only item in need of change to increase the capacity.\n\n"
 "In the spring of 2013, the cable was cut at the south of Orkney. This led to major broadband disruptions "
 "throughout Shetland. Internet traffic was redirected onto the older and slower microwave links and the FARICE-1 "
 "cable.\n\n"
 "In the summer of 2013, the cable was cut for the second time where it crosses the Moray Firth on the north-east "
 "coast of Scotland, causing more disruption to Internet connections. It is believed that fishing vessels are to "
 "blame for both cable breaks.",
 "telecoms/submarine cables", ["outage"],
 EDITS + "en.wikipedia.org as the page store holds it (a current rendering with '= title =' and '==section==' "
 "marks): the title line and the headings '==Construction and route==' and '==Disruption incidents==' cut. Cut "
 "after '... to blame for both cable breaks.', before 'On 20 October 2022, the SHE', where the excerpt breaks off "
 "(`truncated`; the 2022 cuts are not in the text). Kept as written: 'the Orkney & Shetland', '57x10 gigabits', "
 "'around 1000 km', 'minimized'. Content of 2024 or later (the current rendering): CC BY-SA 4.0; no revision id. "
 "SHEFA, FARICE, CANTAT, T\u00f3rshavn, Maywick, Moray Firth, Faroe: 0 in train/dev/test (by count), GATHERING.md, "
 "every gather script and the session-33 pools; Orkney and Shetland name batch 32c's 1914 Post Office cable "
 "breakdowns (round 1 of this session: another cable, another century) and batch 16c2's 2022 Shetland power "
 "outage (a test file by count: no SHEFA, 2013 or Faroe in it).",
 "non-US"))

OIG = "https://www.oig.dot.gov/library-item/29670"
R.append({"id": "us-dot-oig-faa-telecommunications-infrastructure-outage-2009", "source": OIG,
 "licence": "public domain (US federal government work)",
 "attribution": f"U.S. Department of Transportation, Office of Inspector General, 'Letter to Chairmen Oberstar and "
                f"Costello Regarding the 2009 FAA Telecommunications Infrastructure Outage' (library item 29670; "
                f"undated in the excerpt, the review it reports issued 17 June 2010), US federal government work "
                f"(public domain); text as at {OIG}",
 "published": None,
 "title": "Letter to Chairmen Oberstar and Costello Regarding the 2009 FAA Telecommunications Infrastructure Outage",
 "text":
 "On June 17, 2010, we issued our review of an FAA Telecommunications Infrastructure (FTI) outage that occurred on "
 "November 19, 2009, delaying thousands of travelers and grounding hundreds of flights nationwide. This review was "
 "requested by the Chairmen of the House Committee on Transportation and Infrastructure and Subcommittee on "
 "Aviation. The Chairmen requested that we (1) identify the cause of the FTI outage, (2) review FAA\u2019s corrective "
 "action plan to prevent future critical outages, (3) examine FAA\u2019s ability to oversee FTI and the contractor, "
 "and (4) identify oversight vulnerabilities or best practices of other critical systems in the National Airspace "
 "System owned or operated by the private sector.\n\n"
 "We found that network configuration and procedural errors by the contractor caused the FTI outage, which blocked "
 "approximately 75 percent of the FTI network traffic and delayed service restoration for 5 hours. While FAA and "
 "the contractor have taken corrective actions to prevent a similar critical outage, they acknowledge that the risk "
 "of future outages remains as new services are added to FTI\u2019s fiber optic network. In addition, we found that "
 "FAA\u2019s oversight of the contractor could have been more effective and proactive. Moreover, FAA\u2019s internal "
 "reports show that FAA and the contractor still need to fully identify FTI vulnerabilities to ensure network "
 "reliability. FAA is increasingly shifting more acquisitions and services to the private sector to reduce costs, "
 "and we identified a number of best practices FAA should consider for FTI and other privately owned and operated "
 "systems.\n\n"
 "FAA has accepted the recent findings and recommendations of an independent review panel convened by the FAA "
 "Administrator to investigate the November 2009 outage, and another review of FTI reliability is pending.",
 "sector": "aviation/air traffic control", "region": "US", "topics": ["outage"],
 "origin": "US Department of Transportation, Office of Inspector General (page store)",
 "notes": "The OIG library page as the page store holds it: the text-size line '-A A +A', the heading 'Letter to "
          "Chairmen Oberstar and Costello Regarding the 2009 FAA Telecommunications Infrastructure Outage' (kept as "
          "title, so the two chairmen's names are in the title only) and the empty 'Project ID:' line cut; the "
          "trailing spaces after '... operated systems.' dropped. Cut after '... another review of FTI reliability "
          "is pending.', before 'Therefore, we are making no recomm', where the excerpt breaks off (`truncated`). "
          "`published` null: the letter's own date is not in the excerpt (the review it reports was issued on 17 "
          "June 2010). Kept as written: 'travelers', 'fiber optic', the curly apostrophes of 'FAA\u2019s'. Found "
          "with 'oig.dot.gov library-item outage FAA system failure review letter flights delayed cause'. "
          "'November 19, 2009', Oberstar, oig.dot.gov, '75 percent of the FTI': 0 in train/dev/test (by count), "
          "GATHERING.md and every gather script; 'Telecommunications Infrastructure' and 'FTI' occur in other "
          "corpus texts only as other words (an NHS Direct answer, an Oireachtas answer, an FCC order; one test "
          "file by count, with no 2009, 'November 19' or '75 percent' in it).",
 "truncated": True})

HH = "https://api.parliament.uk/historic-hansard/"
GAS = HH + "commons/1966/jan/25/gas-supply-west-midlands"
R.append({"id": "hansard-commons-gas-supply-west-midlands-1966", "source": GAS,
 "licence": "Open Parliament Licence v3.0",
 "attribution": f"{OPL_NOTICE}. Hansard, House of Commons, private notice question, 'Gas Supply (West Midlands)', "
                f"25 January 1966; text as at {GAS}",
 "published": "1966-01-25", "title": "Gas Supply (West Midlands)",
 "text":
 "Mr. Peyton (by Private Notice) asked the Minister of Power whether he will make a statement about the gas supply "
 "position in the West Midlands.\n\n"
 "Because of a series of breakdowns at the West Midlands Gas Board's plants at Tipton and Coleshill the Board was "
 "forced to impose severe restrictions on the use of gas by industry on Thursday, 20th January. Practically the "
 "whole of industry in the area, except where supplies were needed to avoid damage to plant, was without gas until "
 "Monday, 24th January, when supplies were restored to about 270 firms in the Birmingham and Stoke areas including "
 "the Potteries.\n\n"
 "These difficulties have been due to technical failures and not to miscalculation of demand. The Board had "
 "planned to provide sufficient capacity to meet a daily peak demand this winter of 490 million cubic feet, well "
 "above the demand actually experienced. However, last Thursday, 20th January, both streams at the Coleshill plant "
 "were out of commission because of the failure of boiler feed pumps, causing a loss of 50 million cubic feet of "
 "gas a day. One stream was brought back into operation the following day but the other had suffered damage during "
 "the emergency shut-down. The first stream at Tipton was already under repair and on 21st January the second "
 "stream developed boiler trouble and had to be shut down. The Board was thus deprived of a large proportion of the "
 "gas which feeds the Board's high pressure grid.\n\n"
 "With one stream at Coleshill working and the fall in demand due to the recent warmer weather a partial resumption "
 "of supplies became possible yesterday. But supplies of high pressure gas into the grid are still inadequate and "
 "resumption in those areas relying exclusively on the grid, in particular, the motor car centres of Coventry and "
 "Longbridge, is still not possible.\n\n"
 "The Boards and the contractors' engineers are working round the clock to repair the damaged plants.",
 "sector": "utilities/gas", "region": "non-US", "topics": ["outage"],
 "origin": "UK Parliament, historic Hansard (page store)",
 "notes": "The historic Hansard page as the page store holds it: the reference line 'HC Deb 25 January 1966 vol 723 "
          "cc35-9' and the speaker line 'The Minister of Power (Mr. Frederick Lee)' left out, as batches 14-32c cut "
          "speaker lines (so the Minister is not named in the text); the question's own opening 'Mr. Peyton (by "
          "Private Notice) asked ...' kept, the member's name standing inside the question's paragraph (as batch "
          "32c kept '27 Mr. Stagg asked ...'). The title is built from the page address ('gas-supply-west-"
          "midlands'), the page heading not being in the excerpt (doubtful: its punctuation supplied). Cut after "
          "'... to repair the damaged plants.', before 'It is too ', where the excerpt breaks off (`truncated`). "
          "Kept as written: 'shut-down', 'the Boards and the contractors' engineers', 'high pressure grid'. Found "
          "with 'historic-hansard gas supply breakdown West Midlands January 1966 consumers without gas'. Batch 31f "
          "looked at this breakdown through the Commons answer of 1 February 1966 and left it out because that "
          "excerpt names no board; this 25 January statement names the West Midlands Gas Board (the Lords' copy of "
          "the same statement, 25 January 1966, left out: one text per event). Coleshill, Tipton, 'West Midlands "
          "Gas', the Potteries, 1966/jan/25: 0 in train/dev/test (by count) and every gather script ('West "
          "Midlands Gas' once in GATHERING.md, batch 31f's note); Longbridge names only a train Wikinews text on the "
          "2005 closure of a car maker (another event); Peyton one test file by count (no 'West Midlands', 1966 or "
          "Coleshill in it).",
 "truncated": True})

CORK = "https://www.oireachtas.ie/en/debates/debate/dail/1922-11-29/9/"
R.append({"id": "oireachtas-dail-cork-telephone-subscribers-exchange-wrecked-1922", "source": CORK,
 "licence": "Oireachtas (Open Data) PSI Licence (CC BY 4.0)",
 "attribution": f"Dáil Éireann debate, questions, 'Cork Telephone Subscribers', 29 November 1922, {OIR_NOTICE}; "
                f"text as at {CORK}",
 "published": "1922-11-29", "title": "Cork Telephone Subscribers",
 "text":
 "To ask the Postmaster-General whether it is a fact that a considerable number of telephone subscribers in Cork "
 "City are suffering the inconvenience of telephonic disconnection, and will he state what steps are being taken to "
 "remedy this state of affairs; also whether he is aware that the business community in the South of Ireland has "
 "suffered serious financial losses in recent years through delay in telegraphic communications between Cork and "
 "Dublin, and if he contemplates any steps that should result in a more expeditious service.\n\n"
 "The Cork Telephone Exchange was wrecked on the 8th August last and every possible effort has since been made to "
 "restore it and to connect the subscribers' lines. The work is progressing as rapidly as possible, and it is hoped "
 "that it will be completed towards the end of the month. Up to the present about 500 lines have been connected. I "
 "have no information regarding the financial losses referred to by the Deputy, but steps have already been taken "
 "to provide Creed high-speed telegraph apparatus at Cork, principally to deal with the Dublin traffic. It is hoped "
 "to have the apparatus installed in a few months, when improved working between Cork and Dublin will be effected "
 "in normal conditions. For the past few months, however, telegraphic communication between these cities has been "
 "greatly interrupted, owing to the persistent malicious cutting of the lines, and, until malicious damage to lines "
 "ceases, a satisfactory service cannot be maintained.",
 "sector": "telecoms/telephone", "region": "non-US", "topics": ["outage"],
 "origin": "Houses of the Oireachtas, oireachtas.ie (page store)",
 "notes": "The oireachtas.ie page as the page store holds it: 'Skip to main content', 'Normal View', the 'Dáil "
          "Éireann debate - Wednesday, 29 Nov 1922' and 'Vol. 1 No. 32' lines, the heading 'CEISTEANNA\u2014"
          "QUESTIONS. - CORK TELEPHONE SUBSCRIBERS.' (kept as title without its prefix, in title case) and the "
          "closing 'Top' and 'Share' lines left out, as batches 31f and 32c did (no Deputy or minister named in the "
          "excerpt). The whole item kept (`truncated` false). Kept as written: 'Postmaster-General', 'Cork City', "
          "'the 8th August last', 'subscribers' lines'. Found with 'Dáil 1922 Cork telephone exchange wrecked August "
          "telegraph lines cut restoration of service Postmaster-General'; batch 31f looked at it and kept it in "
          "reserve (GATHERING.md: 'the Cork Telephone Exchange wrecked on 8 August 1922 ... kept in reserve, not "
          "used'); round 1 of this session (batch 32c) used another Cork item (the 999 calls of 1964, another "
          "event). 'Cork Telephone', 1922-11-29, 'telephonic disconnection': 0 in train/dev/test (by count) and "
          "every gather script; 'Creed' names one test file by count (no Cork, 1922 or telephone in it).",
 "truncated": False})

# ---- near-miss --------------------------------------------------------------------------------------------------
R.append(record(
 "wp-2024-estlink-2-incident", "2024 Estlink 2 incident", WP + "2024_Estlink_2_incident",
 WP + "2024_Estlink_2_incident",
 "On 25 December 2024 at 12:26 EET, the Estlink 2 submarine power cable had an unplanned failure, reducing the "
 "Estonia\u2013Finland cross-border capacity from 1,016 to 358 MW. Concerns about potential sabotage immediately "
 "arose due to other recent outages in the Baltic Sea region.\n\n"
 "On the evening of the same day authorities were informed of disruptions to four telecommunications cables. Two "
 "cables belonging to the Finnish telecommunications company Elisa had been completely severed until Elisa finished "
 "their repairs on 6 January 2025. Repairs to the power cable itself are expected to take months and cost tens of "
 "millions of euros.\n\n"
 "Finnish authorities are investigating the incident and suspect that the oil tanker Eagle S, believed to be part of "
 "the Russian shadow fleet, had intentionally caused the cable ruptures by dragging its anchor. The ship is being "
 "suspected of aggravated vandalism, an aggravated regulatory offense and aggravated communication interference.\n\n"
 "On early morning 25 December 2024, the oil tanker Eagle S, officially under management of the company Peninsular "
 "Maritime India and with an Indian safety management certificate from September 2024, left the Russian port of "
 "Ust-Luga with a load of unleaded gasoline, which was, according to press research, destined for Aliağa, Turkey. "
 "(Other sources say Port Said, Egypt.) The captain was a 39-year-old Georgian national, who had joined the crew in "
 "October.\n\n"
 "On 25 December at 10:26 GMT, Eagle S crossed the Estlink 2 submarine cable under the Gulf of Finland. At the same "
 "time, the Finnish electricity transmission grid operator Fingrid reported a power outage on the cable.",
 "energy/electricity transmission", ["near-miss"],
 EDITS + "en.wikipedia.org as the page store holds it (a current rendering with '= title =' and '==section==' "
 "marks): the title line, the infobox lines ('Infobox', 'Date: 25 December 2024', 'Time: 12.26', 'Timezone: Eastern "
 "European Time', 'Location: Gulf of Finland, Baltic Sea', 'Type: Maritime incident', 'Cause: Under investigation; "
 "suspected sabotage', 'Suspects: 8 crew members placed on travel bans') and the heading '==Incident==' cut. Cut "
 "after '... reported a power outage on the cable.', before 'At 1:50 p.m. local time the Eagle S made a U-turn back "
 "towar', where the excerpt breaks off (`truncated`). Kept as written: 'Estonia\u2013Finland', '12:26 EET', 'On "
 "early morning 25 December 2024', 'offense', 'Aliağa', the parenthesised sentence. Near-miss: an interconnector's "
 "unplanned failure that reduced cross-border capacity and telecoms cables 'completely severed', with no loss of "
 "supply or service to users told (as batch 25b's Basslink left as no outage). Content of 2024 or later: CC BY-SA "
 "4.0; no revision id. Estlink, Eagle S, Fingrid, Elisa, Ust-Luga, 'Gulf of Finland', Peninsular Maritime: 0 in "
 "train/dev/test (by count), GATHERING.md, every gather script and the session-33 pools ('Eagle S' matches one dev "
 "text only inside 'Giant Eagle, Inc.', another topic).",
 "non-US"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
