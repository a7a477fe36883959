#!/usr/bin/env python3
"""Batch 42r (session 43; gatherer lane 42r): two Voice of America staff stories from Zimbabwe, 2006 and 2008, on
power and water outages with a named operator — VOA Studio 7 for Zimbabwe reports held on VOA's own sites
(voazimbabwe.com and voanews.com, allowed by the lead), a round of session 43 after batch 42p, on 42p's leads (power
and water only; gatherer 42s takes telecoms, airlines and banks at the same time):
- Kuwadzana, a Harare suburb, two weeks without electricity and likely to stay dark longer after the sub-station
  feeding it caught fire as Zimbabwe Electricity Supply Authority employees made repairs; ZESA engineering manager
  Peter Nyandiya quoted; the story opens on Glenview's protest over water shortages (VOA, 29 September 2006);
- Harare's water shortages in a fifth straight day, the Morton Jaffray Water Works resuming pumping after electric
  power was restored to it and purification chemicals delivered; the Zimbabwe Electricity Supply Authority and
  Zimphos thanked by Water Minister Munacho Mutezo (VOA, 18 January 2008).
The texts are the search tool's page-store excerpts (`search`, corpus `pages`) of the stories on VOA's sites,
embedded here. No page text as held shows a byline or a wire credit (AP, Reuters, AFP, 'Some information for this
report came from ...'); each names VOA's own reporter or correspondent of VOA's Studio 7 for Zimbabwe. Both are taken
as VOA staff stories, US government works (17 U.S.C. 105), as batch 18a's, 38m's-38zd's, 39d's, 39j's, 40e's, 40i's,
41f's, 41l's, 41r's, 42c's, 42f's, 42i's, 42l's, 42o's and 42p's VOA items. Records built with write_pool.voa; the
duplicate-check wording is batch 42c's, the wire note and the voazimbabwe.com host note batch 42p's (imported). Edits
in `notes`; no word added or changed. newskg (or any extractor) was not run on the texts.
usage: batch42r.py [POOL_DIR] [--dry]   (default /tmp/gather43r/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa as rec, write_all
from batch42c import CHECKED
from batch42p import HOST, wire

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather43r/pool"

VOA_IDS = ("none of the VOA stories of batches 38m-42p (ids and addresses checked) is of this date and subject")

R = []
# ---- Zimbabwe: Glenview's water protest; Kuwadzana's sub-station fire (29 September 2006) -----------------------------
R.append(rec("voa-kuwadzana-substation-fire-zesa-glenview-water-protest-2006",
 "https://www.voazimbabwe.com/a/a-13-56-74-2006-09-29-voa49-68949267/1470350.html", "2006-09-29",
 "Harare Residents Demonstrate Over Chronic Water Shortages",
 "Thousands of residents of Harare's Glenview district turned out Friday to protest the longstanding watershortages "
 "the southern suburb has experienced as well as the poor quality of the water that households are receiving, local "
 "sources said.\n\n"
 "Demonstrators bearing placards denouncing Local Government Minister Ignatius Chombo and Harare Commission "
 "Chairwoman Sekesai Makwavarara dumped trash at a local council office. No police intervention was reported, as the "
 "demonstrators scattered quickly after staging the protest.\n\n"
 "Even members of the the ruling party have criticized Chombo and Makwavarara for poor service delivery. William "
 "Nhara, ZANU-PF spokesman for Harare province and a communications aide to President Robert Mugabe said "
 "Makwavara's incompetence put in jeopardy the ruling party's chances of winning Harare elections. He accused "
 "Makwavaraa's commission of putting \"self-aggrandisement projects\" first.\n\n"
 "Analysts warn such demonstrations could spark wider protests against the Mugabe government. Similar protests have "
 "occurred in Budiriro and Dzivarasekwa.\n\n"
 "For an inside perspective on Friday's protest, reporter Blessing Zulu of VOA's Studio 7 for Zimbabwe spoke with "
 "Costa Machingauta, a resident and participant in the demonstration who estimated that some 4,000 people took "
 "part.\n\n"
 "Elsewhere, Kuwadzana residents without electricity for the past two weeks seemed likely to remain in the dark even "
 "longer after electrical sub-station feeding the high density Harare suburb caught fire. Residents said flames broke "
 "out at the facility as Zimbabwe Electricity Supply Authority employees were making repairs to it.\n\n"
 "Zesa engineering manager Peter Nyandiya said the state utility is looking into what he called a “minor problem” at "
 "the Kuwadzana sub-station. Nyandiya said damage of some $Z15 million was incurred, affecting an estimated 100 "
 "households.",
 "utilities/electricity", "outage,energy,water,leadership",
 "The VOA story as voazimbabwe.com serves it in the page store ('/a/a-13-56-74-2006-09-29-voa49-68949267/1470350.html'; "
 "batch 42p's lead, which had seen it and left it for time; found again with \"Kuwadzana sub-station fire ZESA Peter "
 "Nyandiya Glenview water protest Studio 7\", rank 3, below a VOA Shona page (voashona.com, another story, in Shona) "
 "and a Zimbabwean news tag page; no other copy of the VOA text came back). Cut: the chrome ('Accessibility links', "
 "'Breaking News'), the heading (kept as title 'Harare Residents Demonstrate Over Chronic Water Shortages'), and the "
 "damaged last words where the store's excerpt breaks off mid-word ('But Kuwadzana resident Fiona M'): the story "
 "went on, `truncated` true. `published` from the address ('a-13-56-74-2006-09-29'; a Friday, so 'Friday' is "
 "2006-09-29 and 'the past two weeks' reaches back to about 15 September 2006). Kept as written: 'watershortages' "
 "(one word), 'members of the the ruling party', the three spellings 'Makwavarara', 'Makwavara's' and 'Makwavaraa's', "
 "'after electrical sub-station' (no article), 'high density', 'Zesa' (so cased), '$Z15 million', the straight "
 "double quotes round 'self-aggrandisement projects' beside the curly ones round 'minor problem'. " +
 wire("'reporter Blessing Zulu'", "; 'local sources said' and 'Residents said' are sources, not wire credits") +
 ". " + HOST + ". " + CHECKED + "'1470350', 'a-13-56-74-2006-09-29', 'Kuwadzana', 'Nyandiya', 'Glenview' -> "
 "GATHERING.md only (batch 42p's lead, this story); 'Blessing Zulu', 'William Nhara', 'Chombo', 'Makwavara', "
 "'Harare Commission', 'Budiriro', 'Dzivarasekwa', 'Machingauta' -> no corpus file; 'Robert Mugabe' -> a Wikinews "
 "test text on the 2007 Africa-Europe summit and batch 30e's scripts (other subjects, by file name); 'ZESA' and "
 "'Zimbabwe Electricity Supply' -> batch 42i's two texts (May 2007 load-shedding, February 2008 blackout) and batch "
 "42p's two texts (2007 Harare water, 2009 Bulawayo blackout): other events; 'Harare' -> the VOA texts of batches "
 "42i and 42p and Wikinews/Wikipedia texts on other subjects (by file name). The Kuwadzana outage and the Glenview "
 "protest of September 2006 are new to the corpus as far as file names and GATHERING.md show; " + VOA_IDS + ".",
 True))

# ---- Zimbabwe: Harare's water crisis, the Morton Jaffray plant short of power and chemicals (18 January 2008) ---------
R.append(rec("voa-harare-water-crisis-purification-chemicals-morton-jaffray-zesa-2008",
 "https://www.voanews.com/a/a-13-2008-01-18-voa54-66730447/561258.html", "2008-01-18",
 "Harare Water Crisis Attributed To Shortage Of Purification Chemicals",
 "Critical shortages of water in many parts of Harare, Zimbabwe's capital, continued on Friday for the fifth "
 "straight day though sources said deliveries of chemicals needed to purify water raised the prospect of a return to "
 "something like normal conditions.\n\n"
 "The state-controlled Herald newspaper reported Friday that conditions had improved, though independent checks with "
 "sources around the city indicated that many districts outside the center remained without water. The Herald said "
 "the restoration of electric power for 24 straight hours to the Morton Jaffray Water Works and a new shipment of "
 "purification chemicals allowed the plant to resume pumping water into the system.\n\n"
 "The Herald said Water Minister Munacho Mutezo visited the plant Thursday, voicing appreciation for support in the "
 "crisis from the Zimbabwe Electricity Supply Authority and other key suppliers including Zimphos, a local chemical "
 "producer.\n\n"
 "The minister urged the public to make sparing use of the available water.\n\n"
 "But the newspaper acknowledged that status reports Thursday showed the Harare districts of Mabvuku, Tafara, "
 "Highlands, Borrowdale, Hatcliffe, Chisipite, Ruwa and Epworth without water, though the central business district "
 "was well provided.\n\n"
 "Correspondent Thomas Chiripasi of VOA's Studio 7 for Zimbabwe on Friday visited the Morton Jaffray plant where staff "
 "said chemical shortages caused the crisis.\n\n"
 "Combined Harare Residents Association officer Joseph Rose said the water minister’s visits to the plant had merely "
 "been an effort to seem to be doing something, because the water supply had long been deteriorating nothing was done "
 "about it.",
 "utilities/water", "outage,water,energy,leadership",
 "The VOA story as voanews.com serves it in the page store ('/a/a-13-2008-01-18-voa54-66730447/561258.html'; found "
 "with \"ZINWA stopped pumping water Harare ran out of water treatment chemicals told reporter of VOA's Studio 7 for "
 "Zimbabwe\", rank 6, below France 24, Mail & Guardian (Sapa-AFP), topnews.in (dpa) and thezimbabwedaily.com pages on "
 "the December 2008 shutdown (another event; copyrighted or wire copy, not used); no other copy of this VOA text came "
 "back). Cut: the chrome ('Accessibility links', 'Breaking News', 'News'), the heading (kept as title 'Harare Water "
 "Crisis Attributed To Shortage Of Purification Chemicals'), the closing link line 'More reports from VOA's Studio 7 "
 "for Zimbabwe...' and the size buttons 'XS', 'SM', 'MD', 'LG'. The story as held ends on a whole sentence before the "
 "link line: `truncated` false (a doubtful point, as batch 42i's). `published` from the address "
 "('a-13-2008-01-18'; a Friday, so 'Thursday' is 2008-01-17 and 'the fifth straight day' reaches back to Monday "
 "14 January 2008). Kept as written: 'the center', 'Water Minister' (beside 'Water Resources Minister' elsewhere in "
 "the corpus), 'the water minister’s' (curly apostrophe) beside straight 'VOA's', 'because the water supply had long "
 "been deteriorating nothing was done about it' (no comma). " + wire("'Correspondent Thomas Chiripasi'", "; most of "
 "the story reports what 'The state-controlled Herald newspaper reported', a source named in the text, not a wire "
 "credit") + ". Host: voanews.com, VOA's own site (as batch 42i's voanews.com items). " + CHECKED + "'561258', "
 "'a-13-2008-01-18', 'Chiripasi', 'Zimphos', 'Joseph Rose', 'Combined Harare', 'Hatcliffe', 'Chisipite', 'Epworth', "
 "'Purification Chemicals' -> no corpus file; 'Morton Jaffray', 'Mutezo' -> batch 42p's dev text (Harare's water "
 "shortage of August 2007, another event) and GATHERING.md; 'Mabvuku', 'Tafara' -> batch 42p's 2006 train text's "
 "notes only (its search query; another event); 'purification' -> dev wn-wikinews-shorts-january-20-2008-2008 "
 "(batch 33g's Wikinews Shorts, not opened: per GATHERING.md its Zimbabwe item is the national blackout of 19 "
 "January 2008, annotated with no operator, and no water outage is annotated in it; the word may come from that or "
 "another short: a doubtful point, recorded for the second annotation); 'ZESA', 'Zimbabwe Electricity Supply' -> "
 "batch 42i's and 42p's texts (other events). Harare's water crisis of 14-18 January 2008 is new to the corpus as "
 "far as file names and GATHERING.md show; " + VOA_IDS + ".",
 False))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
