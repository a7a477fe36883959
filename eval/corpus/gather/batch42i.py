#!/usr/bin/env python3
"""Batch 42i (session 43; gatherer lane 42i): two Voice of America staff stories from Zimbabwe, 2007 and 2008, on one
state power utility — the Zimbabwe Electricity Supply Authority's load-shedding cuts widened to as much as 20 hours a
day to spare power for wheat irrigation, with its chief executive quoted; and the water and power services still
erratic across the country's towns after a weekend blackout the utility blamed on a system malfunction — the VOA
business lane of sessions 39-43 (GATHER-VOA39.md), a round of session 43 after batches 42c and 42f, from VOA's own
news pages on voanews.com (page store, '/a/a-13-2007-...' and '/a/a-13-2008-...'; both VOA Studio 7 for Zimbabwe
reports):
- ZESA's announcement on Wednesday 9 May 2007 that load-shedding cuts will be expanded to as much as 20 hours a day
  for three months so that winter wheat farmers can irrigate; Chief Executive Officer Ben Rafemoyo as quoted in the
  state-run Herald; opposition MP Joel Gabuza of the MDC faction of Morgan Tsvangirai (VOA, 9 May 2007);
- water and electricity erratic in Harare, Chitungwiza, Bulawayo, Mutare, Gweru and Masvingo on Tuesday 5 February
  2008 after the weekend's national blackout, which ZESA blamed on a system malfunction; the Zimbabwe National Water
  Authority's takeover of city water systems (VOA, 5 February 2008).
The texts are the search tool's page-store excerpts (`search`, corpus `pages`) of the stories on voanews.com, embedded
here. Neither page text as held shows a wire credit (AP, Reuters, AFP, 'Some information for this report came from
...'); each names VOA's own reporter (Patience Rusere of VOA's Studio 7 for Zimbabwe). Both are taken as VOA staff
stories, US government works (17 U.S.C. 105), as batch 18a's, 38m's-38zd's, 39d's, 39j's, 40e's, 40i's, 41f's, 41l's,
41r's, 42c's and 42f's VOA items. Records built with write_pool.voa; the duplicate-check wording is batch 42c's
(imported). Edits in `notes`; no word added or changed. newskg (or any extractor) was not run on the texts.
usage: batch42i.py [POOL_DIR] [--dry]   (default /tmp/gather43i/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa as rec, write_all
from batch42c import CHECKED

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather43i/pool"


def wire_studio7(extra=""):
    """The wire check of a VOA Studio 7 for Zimbabwe report that names VOA's own reporter (as batch 42f's note for a
    standfirst naming VOA's correspondent)."""
    return ("Wire check: the page text as held carries no byline and no credit to AP, Associated Press, Reuters, AFP, "
            "Agence France-Presse or any other agency and no 'Some information for this report came from' line; it "
            "names VOA's own reporter ('reporter Patience Rusere', of 'VOA's Studio 7 for Zimbabwe')" + extra + "; it is "
            "taken as a VOA staff story (as batch 18a's, 38m's-38zd's, 39d's, 39j's, 40e's, 40i's, 41f's, 41l's, 41r's, "
            "42c's and 42f's VOA items; the page itself was not seen whole)")


R = []
# ---- Zimbabwe: ZESA widens load-shedding to 20 hours a day for wheat irrigation (9 May 2007) -----------------------
R.append(rec("voa-zesa-load-shedding-20-hours-wheat-farmers-rafemoyo-2007",
 "https://www.voanews.com/a/a-13-2007-05-09-voa49-66553327/554648.html", "2007-05-09",
 "State Utility Warns Zimbabweans Power Could Be Off 20 Hours A Day",
 "The Zimbabwe Electricity Supply Authority announced Wednesday that load-shedding power cuts will be expanded to as "
 "much as 20 hours a day for the next three months so that winter wheat farmers will have power enough to irrigate "
 "their fields.\n\n"
 "ZESA Chief Executive Officer Ben Rafemoyo was quoted in the state-run Herald newspaper as saying the move was "
 "needed to keep agriculture \u201cticking\u201d and to spare the country the expense of importing wheat or flour to "
 "meet national needs.\n\n"
 "The state utility has been plagued by problems ranging from broken generators to fuel shortages to shortages of "
 "foreign exchange to purchase electricity from abroad.\n\n"
 "Opposition member of parliament Joel Gabuza, secretary for mines, environment, and tourism in the MDC faction of "
 "Morgan Tsvangirai, told reporter Patience Rusere of VOA's Studio 7 for Zimbabwe that ZESA\u2019s decision is not so "
 "much about giving wheat farmers priority as admitting that the national power supply is inadequate.",
 "utilities/electricity", "outage,energy,agriculture",
 "The VOA story as voanews.com serves it in the page store ('/a/a-13-2007-05-09-voa49-66553327/554648.html'; found "
 "with \"reports from Harare Zimbabwe Electricity Supply Authority power cuts factories farmers VOA\", rank 5, and "
 "again for a query of its heading (Guardian, New Zealand Herald and other pages on the same announcement ranked "
 "above it; no other copy of the VOA text came back). Cut: the chrome ('Accessibility links', 'Breaking News', "
 "'News'), the heading (kept as title 'State Utility Warns Zimbabweans Power Could Be Off 20 Hours A Day'), the "
 "closing link line 'More reports from VOA's Studio 7 for Zimbabwe...' and the page's text-size buttons ('XS', 'SM', "
 "'MD', 'LG'). The story as held ends on a whole sentence before the link line; whether the page went on is not "
 "known: `truncated` false (the text as held is whole between the heading and the link line; a doubtful point). "
 "`published` from the address ('a-13-2007-05-09'; a Wednesday, the day of the announcement told as 'Wednesday'). "
 "Kept as written: the curly quotes ('\u201cticking\u201d', 'ZESA\u2019s'), 'secretary for mines, environment, and "
 "tourism', 'power enough'. " + wire_studio7("; the chief executive's words are reported as quoted in 'the state-run "
 "Herald newspaper', a named source, not a wire credit") + ". " + CHECKED + "'554648', 'a-13-2007-05-09', 'Rafemoyo', "
 "'Gabuza', 'Zimbabwe Electricity Supply', 'Patience Rusere', 'Studio 7' -> no file; 'ZESA' -> GATHERING.md only "
 "(batch 41's list of outage answers not used: 'Zimbabwe's 18-hour ZESA load' shedding, a later event; batch 42f's "
 "'Cahora Bassa's cut-off of ZESA (January 2008)' and its lead for ZESA cuts); 'Zimbabwe' -> train and test texts on "
 "other subjects (the 2008 campaign, Air Zimbabwe 2010, Econet Wireless and company articles, by file name) and dev "
 "wn-wikinews-shorts-january-20-2008-2008 (batch 32g's Shorts: per GATHERING.md its Zimbabwe outage is the blackout "
 "of 19 January 2008, another event; not opened). The announcement of 9 May 2007 is new to the corpus as far as file "
 "names and GATHERING.md show; none of the VOA stories of batches 38m-42f (ids and addresses checked) is of 9 May "
 "2007.",
 False))

# ---- Zimbabwe: water and power erratic after the weekend's national blackout (5 February 2008) ---------------------
R.append(rec("voa-zimbabwe-blackout-zesa-system-malfunction-water-electricity-2008",
 "https://www.voanews.com/a/a-13-2008-02-05-voa49-66742382/562092.html", "2008-02-05",
 "In Zimbabwe Cities And Towns, Water And Electricity Mostly Intermittent",
 "Sources around Zimbabwe said water and electric services remained erratic following a major power blackout over the "
 "weekend which the Zimbabwe Electricity Supply Authority blamed on a system malfunction.\n\n"
 "An informal survey by VOA found that most parts of Harare had no electricity or water on Tuesday. Nearby "
 "Chitungwiza had had no water or power for nine days.\n\n"
 "Electricity in Bulawayo has been turned off almost daily for four to 12 hours at a time. Bulawayo reservoirs are "
 "full, but residents have had no water for the past four days.\n\n"
 "In eastern Mutare, residents said electric power had been available for up to 12 hours a day in the past two days; "
 "previously it was on for just two hours a day.\n\n"
 "In Gweru, Midlands, residents had gone without water for four days and some living in the high-density suburb of "
 "Mkoba were digging wells and selling water. But the flow of electricity had improved in Gweru since the national "
 "blackout on the weekend.\n\n"
 "Electric power was erratic in Masvingo, but the south-central town has a steady supply of water, which some "
 "attribute to the fact that the water system is still controlled by the municipality rather than the Zimbabwe "
 "National Water Authority. ZINWA has taken over many city water systems in the country in the past year.\n\n"
 "Chitungwiza resident Nicholas Zulu said he has had no water for nine days. Zulu told reporter Patience Rusere how "
 "he is surviving the water and power shortages.",
 "utilities/electricity", "outage,energy,water",
 "The VOA story as voanews.com serves it in the page store ('/a/a-13-2008-02-05-voa49-66742382/562092.html'; found "
 "with \"voanews Zimbabwe water and power outages Harare ZESA blackout Kariba Hwange breakdown Studio 7 2008\", rank "
 "8; no other copy came back). Cut: the chrome ('Accessibility links', 'Breaking News'), the heading (kept as title "
 "'In Zimbabwe Cities And Towns, Water And Electricity Mostly Intermittent'), the closing link line 'More reports "
 "from VOA's Studio 7 for Zimbabwe...'. The story as held ends on a whole sentence before the link line: `truncated` "
 "false (a doubtful point, as the first record). `published` from the address ('a-13-2008-02-05'; a Tuesday, the day "
 "of the survey told as 'Tuesday'; 'over the weekend' is 2-3 February 2008). Kept as written: 'had had no water', "
 "'In Gweru, Midlands,', 'the past year'. " + wire_studio7() + ". " + CHECKED + "'562092', 'a-13-2008-02-05', "
 "'ZINWA', 'National Water Authority', 'Chitungwiza', 'Nicholas Zulu', 'Mkoba', 'Zimbabwe Electricity Supply', "
 "'Patience Rusere' -> no file; 'ZESA' -> GATHERING.md only (as the first record); 'Zimbabwe' -> as the first record: "
 "dev wn-wikinews-shorts-january-20-2008-2008 tells the blackout of 19 January 2008 (per GATHERING.md; not opened), "
 "two weeks before this weekend's; the VOA story of that January blackout (22 January 2008, "
 "'/a/a-13-2008-01-22-voa68/349080.html') was left out for that reason. The weekend blackout of 2-3 February 2008 is "
 "new to the corpus as far as file names and GATHERING.md show; none of the VOA stories of batches 38m-42f (ids and "
 "addresses checked) is of 5 February 2008.",
 False))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
