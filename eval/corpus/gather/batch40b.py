#!/usr/bin/env python3
"""Batch 40b (session 41; gatherer 40b): outages with a named provider told in modern UK Parliament (Hansard)
records, the lane of batches 35a, 35i, 36a, 36q, 36v, 37i, 38c, 38h, 39e, 39i and 39k, a round after 39e, 39i and 39k
turned from water companies and storms to a rail infrastructure owner's overhead line failures and a power
distributor's tree-caused cuts:
  - the disruption on the west coast main line over the new year period, for which Network Rail apologised, put
    down by Virgin Trains' chief executive Tony Collins largely to overhead line equipment failures (a Commons
    Transport oral question of Tuesday 27 January 2009, as theyworkforyou.com reproduces the Hansard text);
  - power outages across Waterhouses, Brandon and Esh Winning, many of them put down to trees contacting Northern
    Powergrid's overhead lines, counted and not told apart, and a member's call for Electricity North West to bury
    its cables in Cumbria (a near-miss: Commons Energy Security and Net Zero oral questions of Tuesday 10 February
    2026, as parallelparliament.co.uk reproduces the Hansard text).
Texts are the search tool's page-store excerpts (corpus `pages`), never a whole page; edits per item in `notes` (the
page chrome, heading and date lines and speaker labels left out; single line breaks written as blank lines; no word
added or changed). Both are modern Hansard items, so each record is made by `write_pool.modern_hansard` (batch 39i's)
with the fields and attribution form of write_pool.hansard; each copy keeps the Hansard sitting in the attribution's
kind and the copy's address as source (as batches 38c, 39i and 39k did).
Written before any extractor ran on a text of the batch (newskg was not run on them at all).
usage: batch40b.py [POOL_DIR] [--dry]   (default /tmp/gather41b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, modern_hansard

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41b/pool"
CHECKED = ("Looked for before taking it, with no hit in train/dev/test (file names only; no dev or test file opened), "
           "GATHERING.md, the gather scripts and the /tmp/gather41* pools (41a, 41d, 41f as they stood): {words}. ")
TWFY = "UK Parliament, Hansard text as reproduced by theyworkforyou.com (page store)"
PP = "UK Parliament, Hansard text as reproduced by parallelparliament.co.uk (page store)"


R = []
R.append(modern_hansard(
 "hansard-commons-west-coast-main-line-network-rail-overhead-line-failures-2009",
 "https://www.theyworkforyou.com/debates/?id=2009-01-27b.150.4&s=section%253Adebates+section%253Awhall+"
 "section%253Alords+section%253Ani+speaker%253A10286", "2009-01-27", "West Coast Main Line",
 "Commons oral answers to questions (Transport), Hansard text (House of Commons, 27 January 2009) as reproduced by "
 "theyworkforyou.com",
 "What recent estimate he has made of the cost to the economy of disruption on the west coast main line over the "
 "new year period; and if he will make a statement.\n\n"
 "Network Rail has apologised to passengers and businesses for the disruption on the west coast main line over the "
 "new year period, which was the result of separate incidents. Disruption on the railway does have economic "
 "consequences, which is why we are committing record levels of investment to increase capacity and resilience. "
 "The economic impact of the improved west coast main line is a very positive one, cutting journey times and "
 "allowing 45 per cent. more long-distance trains out of Euston.\n\n"
 "I thank the Secretary of State for his answer. In his latest newsletter, Tony Collins, chief executive of Virgin "
 "Trains, says of the delay in the implementation of the new timetable:\n\n"
 "\"we are disappointed with the current situation. We will continue to work with Network Rail\".\n\n"
 "Of the disruption over the new year, he says:\n\n"
 "\"Setting aside the tragic plane crash in Staffordshire, the bad days have largely related to overhead line "
 "equipment failures.\"\n\n"
 "Does the Secretary of State understand that members of the Lichfield commuters club—and, indeed, other "
 "commuters up and down the west coast main line—feel that with increased fares they should be getting increased "
 "service? Where does the buck stop? When will the Secretary of State—\n\n"
 "I congratulate the hon. Gentleman on his question.",
 "transport/rail", ["outage"],
 "Text of theyworkforyou.com's page as the search tool's page store keeps it; the Hansard text is Parliament's, the "
 "site's own lines are not used. Left out: the heading 'West Coast Main Line' (kept as title), the line 'Oral "
 "Answers to Questions — Transport – in the House of Commons at 2:30 pm on 27 January 2009.' (kept as `published`), "
 "'Alert me about debates like this' and the speaker lines ('Photo of Michael Fabricant Michael Fabricant "
 "Opposition Whip (Commons) 2:30, 27 January 2009', 'Photo of Geoff Hoon Geoff Hoon Secretary of State, Department "
 "for Transport', and the same two again), so that no member is named by a label (neither speaker is named in the "
 "text: a member's question, the Secretary of State for Transport's answer, the member's supplementary, cut off by "
 "the Speaker as Hansard prints it with 'When will the Secretary of State—', and the first sentence of the "
 "answer). Cut after 'I congratulate the hon. Gentleman on his question.', before 'I am told that he chairs \"a "
 "small but influential group of rail us', where the excerpt breaks off inside a word (`truncated`; that sentence "
 "left out whole). Kept as written: 'west coast main line' in lower case, '45 per cent.' with its full stop, the "
 "straight double quotes of the copy, the unspaced dashes round 'and, indeed, other commuters up and down the west "
 "coast main line', 'Lichfield commuters club' without an apostrophe. Found with the search 'Commons January 2009 "
 "west coast main line overhead power lines Wembley Euston disruption Network Rail Virgin Trains question "
 "Minister' (rank 3; the other results news pages on the Wembley, Watford, Bletchley and Atherstone failures of "
 "4-8 January 2009, not used); the search 'theyworkforyou west coast main line overhead line failures new year "
 "2009 Network Rail apologised Transport questions' brought back no other part of the page. "
 + CHECKED.format(words="'Lichfield commuters', 'Tony Collins', 'Geoff Hoon', 'overhead line equipment', "
                  "'2009-01-27b' (0 hits); 'Fabricant' only in a 2004 committee text on the BBC charter (another "
                  "subject); 'west coast main line' only in a 2011 Wikinews story on a fire in a train toilet in "
                  "Bedfordshire (another event); 'Network Rail' and 'Virgin Trains' only in files on other events (by "
                  "file name: the Christmas 2015 rail disruption, the 2004 London and Birmingham power failures, the "
                  "2018 Govia Thameslink readiness board)"),
 True, origin=TWFY))

R.append(modern_hansard(
 "hansard-commons-energy-questions-northern-powergrid-durham-outages-electricity-north-west-2026",
 "https://www.parallelparliament.co.uk/mp/tim-farron/debate/Commons/2026-02-10/debates/"
 "5D162DE7-BB71-4C18-87C1-BA3E0069ADF9/OralAnswersToQuestions", "2026-02-10", "Oral Answers to Questions",
 "Commons oral answers to questions (Energy Security and Net Zero), Hansard text (hansard.parliament.uk/Commons/"
 "2026-02-10/debates/5D162DE7-BB71-4C18-87C1-BA3E0069ADF9) as reproduced by parallelparliament.co.uk",
 "My hon. Friend asks an important question. I completely understand the frustrations of people who are without "
 "power and the disruption that it has on people’s lives. My Department has had a number of conversations with "
 "Northern Powergrid on the particular issues in my hon. Friend’s constituency and I am advised that many of the "
 "power outages across Waterhouses, Brandon and Esh Winning were caused by trees contacting overhead lines. This "
 "is all feeding into work that is being done to ensure that the resilience of the network allows us to avoid "
 "those situations in the future. We are also working on how we can upgrade the network where possible to ensure "
 "it is resilient. There is always more that we can do, but the grid does remain hugely resilient across the "
 "country, and we will work to support communities such as that of my hon. Friend where, unfortunately, there are "
 "power outages.\n\n"
 "There are two things that the Government could do to improve energy resilience, particularly in communities "
 "like mine in Cumbria. First, they could support Electricity North West by ensuring that it buries its cables "
 "where possible to protect them against wild weather, which, as the Minister knows, we have from time to time. "
 "Secondly, they could accelerate local energy markets so that in places like Coniston, which the Minister and I "
 "discussed in our meeting yesterday, they are able to provide energy for the community they are embedded within, "
 "thereby enhancing the resilience of the network. Will the Minister do those things?",
 "utilities/electricity", ["near-miss"],
 "Text of parallelparliament.co.uk's page (a member's page of the sitting) as the search tool's page store keeps "
 "it; the Hansard text is Parliament's, the site's own lines are not used. Left out: the heading 'Oral Answers to "
 "Questions' (kept as title), 'Tim Farron Excerpts', 'Tuesday 10th February 2026' (kept as `published`), '(4 days, "
 "13 hours ago)', 'Commons Chamber', 'Read Full debate Read Hansard Text Read Debate Ministerial Extracts' and the "
 "speaker labels ('Michael Shanks Portrait Michael Shanks', '- Hansard - - - Excerpts', 'Tim Farron Portrait Tim "
 "Farron (Westmorland and Lonsdale) (LD)', '- Hansard - -'), so that no member is named by a label (neither speaker "
 "is named in the text: the Energy Minister's answer to a question on power outages in a member's constituency, "
 "the question itself not in the excerpt, then another member's question on Cumbria). Cut after 'Will the Minister "
 "do those things?', before the Minister's reply 'I think Electricity North West is considering exactly that "
 "question, look', where the excerpt breaks off inside a word (`truncated`; that reply left out whole). Kept as "
 "written: 'people’s' and 'Friend’s' with curly apostrophes, 'Esh Winning', 'wild weather'. Found with the search "
 "'parallelparliament debate constituents power cut UK Power Networks Northern Powergrid Electricity North West "
 "faulty cable hours without power' (rank 7; rank 2 commons-sense.co.uk's summary of the same exchange with the "
 "question, a third-party summary, not used, as batch 39i left it); the search 'Mary Foy Esh Winning Witton "
 "Gilbert Brandon Waterhouses power outages Northern Powergrid temporary repairs' brought back no Hansard copy of "
 "the question. "
 + CHECKED.format(words="5D162DE7, 'Esh Winning', 'Waterhouses', 'Witton Gilbert', 'Coniston', 'Tim Farron', "
                  "'Mary Foy' (0 hits); 'Northern Powergrid' only in files on other events (by file name: Storms Isha "
                  "and Jocelyn, the North Finchley power cuts, the Sheffield gas supply incident); 'Electricity "
                  "North West' only in the Storm Desmond Lancaster substation text; 'Michael Shanks' only in the "
                  "2025 Heathrow substation and Iberian outage texts (other subjects)"),
 True, origin=PP))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
