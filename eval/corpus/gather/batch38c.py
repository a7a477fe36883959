#!/usr/bin/env python3
"""Batch 38c (session 39; helper gatherer 39c): outages told in UK public-sector texts under the Open Parliament
Licence v3.0, round 4 of the lane of batches 35g, 36c and 37c (and of batch 33g's storm statements), turned from
GDS's incident blog and the UK Statistics Authority's breach reports (both mined out: see GATHERING.md) to two UK
Parliament texts on storm outages with the operator or the count of customers named:
  - Thames Water's Shalford Water Treatment Works in Guildford shut down by Storm Ciaran on 4 and 5 November 2023,
    about 20,000 properties' water supply disrupted, most back on 8 November (a Lords written question answered on
    21 November 2023, questions-statements.parliament.uk) -> outage, provider named;
  - more than 250,000 customers losing power in Storm Goretti, 193 still without power in the south-west on the
    morning of 13 January 2026 (the Cabinet Office minister's answer to a Commons urgent question of that day, as
    parallelparliament.co.uk reproduces the Hansard text) -> outage, no operator named.
Every text is the search tool's page-store excerpt (corpus `pages`), never a whole page; furniture and cuts are
listed per item in `notes`; no word changed. Written before any extractor ran on them (newskg was not run at all).
usage: batch38c.py [POOL_DIR] [--dry]   (default /tmp/gather39c/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import public_record, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather39c/pool"
ORIGINS = {"OPL": "UK Parliament written questions on questions-statements.parliament.uk (page store)"}


def rec(*args, **kw):
    return public_record(ORIGINS, *args, **kw)


R = []

# ---- a water supply outage with its operator named ---------------------------------------------------------------
R.append(rec("hansard-lords-written-answer-thames-water-shalford-storm-ciaran-2023",
 "https://questions-statements.parliament.uk/written-questions/detail/2023-11-07/hl74",
 "2023-11-21", "Water Supply: Surrey (written question HL74)",
 "House of Lords written question and answer (Department for Environment, Food and Rural Affairs), "
 "questions-statements.parliament.uk",
 "To ask His Majesty's Government what steps they are taking to support the restoration of water supply in areas "
 "of Surrey left without water following Storm Ciar\u00e1n; and to ensure that the impact of similar future "
 "incidents is minimised.\n\n"
 "During 4 and 5 November, the effects of Storm Ciar\u00e1n caused Thames Water\u2019s Shalford Water Treatment "
 "Works in Guildford to shut down. Approximately 20,000 properties in Guildford had their water supply disrupted. "
 "Most properties were back on supply on 8 November and mains water supply has now been restored to all impacted "
 "properties.\n\n"
 "Defra officials were in close contact with Thames Water throughout the incident to ensure appropriate support "
 "was provided to impacted customers. This included the opening of three bottled water stations, and regular "
 "deliveries to vulnerable customers.\n\n"
 "On 9 November Defra\u2019s Environment Minister, Rebecca Pow, spoke with Cathryn Ross, joint CEO Thames Water, "
 "to discuss lessons and seek assurances that further mitigations will be implemented to avoid future incidents. "
 "This was followed up with a further conversation on Tuesday Nov 14. Thames Water is also producing a detailed "
 "report for the Drinking Water Inspectorate, who will undertake a full assessment.\n\n"
 "Ensuring water companies have strong levels of resilience is a Government priority, as set out in our Plan for "
 "Water published in April 2023. Earlier this year, regional water resources groups and water companies, "
 "including Thames Water, consulted on their draft Water Resource Management Plans. Within their plans, water "
 "companies must consider all options, including demand management and water resources infrastructure for at "
 "least the next 25 years.\n\n"
 "Water companies are also using the \u00a3469 million made available by Ofwat in the current Price Review period "
 "(2020-2025) to investigate strategic water resources options, which are required to improve the resilience of "
 "England\u2019s water supplies.",
 "utilities/water", "non-US", "outage",
 "The page's 'Answered on' line with its date '21 November 2023' (kept as `published`) left out; a paragraph "
 "break put between the question and the answer, and the answer's lines (one paragraph to a line in the store) set "
 "off by blank lines (whitespace only). The question's heading and the asker's and answerer's names are not in "
 "the excerpt: no member is named in the text, and the title is descriptive, with the question number from the "
 "URL (HL74, tabled 7 November 2023 by the URL). Cut after '... to improve the resilience of England\u2019s water "
 "supplies.', before 'Ofwat also recently announced th', where the excerpt breaks off (`truncated`). Kept as "
 "written: 'His Majesty's' (straight apostrophe) beside 'Thames Water\u2019s', 'Defra\u2019s', 'England\u2019s' "
 "(curly), 'Storm Ciar\u00e1n', 'Tuesday Nov 14', 'joint CEO Thames Water', '(2020-2025)'. Licence: Open "
 "Parliament Licence v3.0 (as batch 16h's questions-statements.parliament.uk item). Event: the Guildford supply "
 "outage after Storm Ciar\u00e1n (Thames Water, Shalford), new to the corpus; the same storm's Testwood outage "
 "(Southern Water, the Waterside area of the New Forest) is another event, already in the corpus (batch 15c). "
 "Found with 'hansard.parliament.uk water supply interruption constituents without water days company statement "
 "minister urgent question 2024 Thames Water Guildford' and 'Shalford Water Treatment Works Guildford Storm "
 "Ciar\u00e1n 20,000 properties water supply disrupted Thames Water written question'. Shalford, 'hl74': 0 in "
 "train/dev/test (test by count), GATHERING.md, every gather script and the session-39 pools; Guildford only on "
 "other subjects (a train Wikipedia article, batch 30d); Cathryn Ross only in the train EFRA committee sitting on "
 "Thames Water's finances (batch 15g; another subject); 'Storm Ciar' in one test file by count (the Testwood "
 "answer, batch 15c's script).",
 "OPL"))

# ---- a storm power outage, no operator named ---------------------------------------------------------------------
R.append(rec("hansard-commons-urgent-question-storm-goretti-power-2026",
 "https://parallelparliament.co.uk/mp/andrew-george/debate/Commons/2026-01-13/debates/"
 "AEE5E9B1-A4C8-4CA8-A530-2E7F4AAF6F1A/StormGoretti",
 "2026-01-13", "Storm Goretti (urgent question)",
 "House of Commons urgent question (Cabinet Office), Hansard text as reproduced by parallelparliament.co.uk",
 "To ask the Chancellor of the Duchy of Lancaster if he will make a statement following Storm Goretti.\n\n"
 "I thank the hon. Gentleman for securing this urgent question. May I express my deepest condolences to the "
 "family and friends of the man who tragically lost his life in Cornwall during Storm Goretti? Last week, the Met "
 "Office issued a red weather warning for wind covering south-east England, with wider parts of the UK covered by "
 "amber and yellow warnings for wind, snow and rain. As is normal when these alerts are issued, the Government "
 "took action to ensure the necessary preparations for the arrival of the storm were in place. In view of the "
 "potential threat to life in Cornwall and in St Ives specifically, the Cabinet Office issued two emergency alerts "
 "to approximately 500,000 people on the Isles of Scilly and in Cornwall, both of which were under a red weather "
 "warning urging people to stay indoors during the severe winds.\n\n"
 "Storm Goretti caused disruption across the UK. However, some of its most significant impacts were felt in the "
 "south-west. The storm saw a peak gust of 99 mph on the Isles of Scilly, and it was the worst windstorm in parts "
 "of Cornwall and the Isles of Scilly for 30 years. It damaged infrastructure, resulting in impacts on transport, "
 "power and telecoms, particularly impacting rural communities in the south-west.\n\n"
 "More than 250,000 customers lost power during the storm. This morning, 193 customers remained without power in "
 "the south-west as a result of Storm Goretti, with 82 identified as vulnerable customers who continue to be "
 "offered support by local authorities. The industry expects that all remaining customers will have their power "
 "restored by later this afternoon.",
 "utilities/electricity", "non-US", "outage",
 "parallelparliament.co.uk's page of the urgent question on Andrew George's debates: the page chrome ('Andrew "
 "George', 'Main Page: Andrew George (Liberal Democrat - St Ives)Department Debates - View all Andrew George's "
 "debates with the Cabinet Office', '(1 day, 11 hours ago)', 'Commons Chamber'), the speaker label 'Andrew George "
 "(St Ives) (LD)' and the '(Urgent Question):' label left out, so no member is named in the text (the Minister, "
 "Dan Jarvis, is named only in the speaker labels of the same debate's other parallelparliament page); single line "
 "breaks doubled (whitespace only). Cut after '... will have their power restored by later this afternoon.', "
 "before 'While reconnections are continuing at pace, I am aware tha', where the excerpt breaks off "
 "(`truncated`). `published` is the sitting's day (Tuesday 13 January 2026, from the address and the Minister's "
 "page of the same debate); the excerpt itself states no date. Kept as written: 'hon. Gentleman', '99 mph', "
 "'south-west', 'south-east England'. Licence: Open Parliament Licence v3.0 for the Hansard text (parallelparliament "
 "copies as batches 15e and 16h used them). Event: the power cuts of Storm Goretti (January 2026), new to the "
 "corpus. Found with 'Storm Goretti Cornwall power cuts properties without power National Grid Electricity "
 "Distribution mobile masts written question minister' and 'hansard Storm Goretti urgent question 13 January 2026 "
 "Chancellor of the Duchy of Lancaster statement 250,000 customers lost power 193 customers remained'. Goretti: 0 "
 "in train/dev/test (test by count), GATHERING.md, every gather script and the session-39 pools.",
 "OPL", origin="UK Parliament, Hansard text as reproduced by parallelparliament.co.uk (page store)"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
