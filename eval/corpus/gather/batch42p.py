#!/usr/bin/env python3
"""Batch 42p (session 43; gatherer lane 42p): five Voice of America staff stories from Zimbabwe, 2005-2009, on
outages with a named operator — VOA Studio 7 for Zimbabwe reports held on voazimbabwe.com, VOA's own Zimbabwe site
(allowed by the lead for this round; batches 42i and 42m had left them out), a round of session 43 after batches 42i
and 42m, on 42m's leads:
- South Africa's Telkom severing TelOne's access to its domestic network, calls to South Africa routed by way of
  Canada; lawyer Daniel Molokele (VOA, 5 September 2005);
- eastern Harare neighbourhoods four weeks without water for lower pressure at the Letombo Reservoir, the water
  authority (ZINWA) blamed; former mayor Elias Mudzuri of the MDC (VOA, 11 October 2006);
- Harare households up to five days without running water, the Zimbabwe National Water Authority's spokesman blaming
  machinery breakdowns at the Morton Jaffray plant, ZESA's power cuts (VOA, 9 August 2007);
- NetOne and TelOne phone services faltering, TelOne blaming power outages, the TelOne-Econet connector down, fixed
  lines out of service since the year before (VOA, 23 October 2007);
- Bulawayo suburbs two weeks without running water after a power blackout around the Magwegwe Water Reservoir, the
  local authority working with ZESA to restore power (VOA, 3 August 2009).
The texts are the search tool's page-store excerpts (`search`, corpus `pages`) of the stories on voazimbabwe.com,
embedded here. No page text as held shows a byline or a wire credit (AP, Reuters, AFP, 'Some information for this
report came from ...'); each names VOA's own reporter of VOA's Studio 7 for Zimbabwe. All are taken as VOA staff
stories, US government works (17 U.S.C. 105), as batch 18a's, 38m's-38zd's, 39d's, 39j's, 40e's, 40i's, 41f's,
41l's, 41r's, 42c's, 42f's, 42i's, 42l's and 42o's VOA items. Records built with write_pool.voa; the duplicate-check
wording is batch 42c's (imported); the three stored texts without a heading get their attribution set as batch 42o
sets its headless story's. Edits in `notes`; no word added or changed. newskg (or any extractor) was not run on the
texts.
usage: batch42p.py [POOL_DIR] [--dry]   (default /tmp/gather43p/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa as rec, write_all
from batch42c import CHECKED

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather43p/pool"

HOST = ("Host: the page is held on voazimbabwe.com, VOA's own Studio 7 for Zimbabwe site (the lead allowed that host "
        "for this round; it is VOA's official site, not a third party's copy; the address's 'a-13-56-74-...-voaNN' "
        "story number is VOA's, as on voanews.com)")


def wire(reporter, extra=""):
    """The wire check of a VOA Studio 7 for Zimbabwe report that names VOA's own reporter (as batch 42i's)."""
    return ("Wire check: the page text as held carries no byline and no credit to AP, Associated Press, Reuters, AFP, "
            "Agence France-Presse or any other agency and no 'Some information for this report came from' line; it "
            "names VOA's own reporter (" + reporter + ", of 'VOA's Studio 7 for Zimbabwe')" + extra + "; it is taken "
            "as a VOA staff story (as batch 18a's, 38m's-38zd's, 39d's, 39j's, 40e's, 40i's, 41f's, 41l's, 41r's, "
            "42c's, 42f's, 42i's, 42l's and 42o's VOA items; the page itself was not seen whole)")


def headless(r, what):
    """The attribution of a story whose stored text holds no heading (as batch 42o's)."""
    r["attribution"] = ("Voice of America, story on " + what + " (its heading is not in the stored text; VOA's "
                        "Studio 7 for Zimbabwe site), " + r["published"] + ", US federal government work (public "
                        "domain); text as at " + r["source"])
    return r


VOA_IDS = ("none of the VOA stories of batches 38m-42o (ids and addresses checked) is of this date")

R = []
# ---- Zimbabwe: Telkom severs TelOne's access, calls routed by way of Canada (5 September 2005) -----------------------
R.append(headless(rec("voa-telkom-cuts-telone-calls-rerouted-canada-molokele-2005",
 "https://www.voazimbabwe.com/a/a-13-56-74-2005-09-05-voa26-68955297/1464588.html", "2005-09-05",
 None,
 "Operations of Zimbabwe’s monopoly fixed-line telecommunications provider Telone have been hamstrung by South "
 "African TelKom’s decision to sever Telone’s access to its domestic network, cutting off many Zimbabwean émigrés "
 "from family and friends and obliging Telone to route calls to South Africa by way of Canada.\n\n"
 "Telkom cut off the state-controlled Zimbabwean company because cash flows from an agreement for cross-border "
 "collaboration went deeply into the red. Harare residents say Telone’s woes are weighing on their personal and "
 "professional lives.\n\n"
 "David Mutomba in Harare filed a report to VOA’s Studio 7 for Zimbabwe.\n\n"
 "Some Zimbabweans see politics at work in the business dispute between Telkom and Telone, given current tensions "
 "between Harare and Pretoria, which has agreed to bail out Zimbabwe financially but demans on political and economic "
 "reforms in exchange.\n\n"
 "Reporter Praxedes Jeremiah of VOA’s Studio 7 for Zimbabwe spoke with South Africa-based lawyer Daniel Molokele, a "
 "Zimbabwean who is active in émigré-support groups and writes a column for the Web site NewZimbabwe.com.\n\n"
 "Mr. Molokele says Telekom’s main concern was financial – but that politics probably played a role in the decision "
 "given Pretoria's frustration with Harare.",
 "telecoms/telephone", "outage,partnership",
 "The VOA story as voazimbabwe.com serves it in the page store ('/a/a-13-56-74-2005-09-05-voa26-68955297/1464588.html'; "
 "found with \"Telkom South Africa cuts TelOne access calls rerouted via Canada Zimbabwe Studio 7\", rank 3, below a "
 "GTReview page and a Mail & Guardian (Sapa) page on the same cut-off, and again at rank 1 for a query of its opening "
 "words; no other copy of the VOA text came back). The stored text holds no chrome and no heading (`title` null; the "
 "attribution names the story, not a title): it begins at 'Operations of Zimbabwe’s ...'. Cut: the closing link line "
 "'More reports from VOA's Studio 7 for Zimbabwe...'. The story as held ends on a whole sentence before the link "
 "line: `truncated` false (the text as held is whole before the link line; a doubtful point, as batch 42i's). "
 "`published` from the address ('a-13-56-74-2005-09-05'; a Monday); the day of the cut-off is not told. Kept as "
 "written: the three spellings 'TelKom’s', 'Telkom' and 'Telekom’s', 'Telone' (not 'TelOne'), 'demans on political "
 "and economic reforms', the mixed curly and straight apostrophes ('VOA’s', 'Pretoria's'), the en dash in "
 "'financial – but'. " + wire("'Reporter Praxedes Jeremiah'", "; 'David Mutomba in Harare filed a report to VOA’s "
 "Studio 7 for Zimbabwe', a report filed to VOA, not a byline of another outlet") + ". " + HOST + ". " + CHECKED +
 "'1464588', 'a-13-56-74-2005', 'TelOne' (case-insensitive, so 'Telone'), 'Tel*One', 'Tele-Globe', 'Molokele', "
 "'Mutomba', 'Praxedes', 'NewZimbabwe' -> no corpus file; 'TelOne' -> GATHERING.md only (batches 42i's and 42m's "
 "leads, this story among them); 'Telkom' -> Wikipedia texts on MTN Group, SAT-3/WASC, Vodacom and two cable systems "
 "(other subjects, by file name) and batches 22c's, 35e's, 37f's, 37w's and 38d's scripts (the same texts); "
 "'voazimbabwe' -> batch 42o's host note only. Telkom's cut-off of TelOne (2005) is new to the corpus as far as file "
 "names and GATHERING.md show; " + VOA_IDS + ".",
 False), "Telkom's cut-off of TelOne"))

# ---- Zimbabwe: eastern Harare four weeks without water, the water authority blamed (11 October 2006) ----------------
R.append(rec("voa-harare-eastern-suburbs-no-water-letombo-zinwa-mudzuri-2006",
 "https://www.voazimbabwe.com/a/a-13-56-74-2006-10-11-voa58-68988442/1468470.html", "2006-10-11",
 "Harare Water Blues Continue As National Authority Fails to Deliver",
 "Harare residents continue to grapple with water shortages despite assurances from the Zimbabwe Water Authority and "
 "Harare City Council that the problem is fixed.\n\n"
 "Residents say burst water pipes go unrepaired for days, while eastern neighborhoods have had no water for four weeks "
 "due to lower pressure at the Letombo Reservoir.\n\n"
 "Critics say the national water authority's assumption of responsibility from Harare only made matters worse, as "
 "ZINWA has failed to provide water treatment chemicals.\n\n"
 "Instead, it is asking the government for permission to raise water charges tenfold from Z$8 per cubic meter to "
 "more than Z$100, arguing that water rates are far too low to ensure the sustainable operation of the metropolitan "
 "water supply system.\n\n"
 "Former Harare Mayor Elias Mudzuri, now organizing secretary for the Movement for Democratic Change faction of MDC "
 "founding president Morgan Tsvangirai, said in an interview with reporter Jonga Kandemiiri of VOA's Studio 7 for "
 "Zimbabwe that Harare should have built the proposed Kunzvi Dam long ago to end such problems.",
 "utilities/water", "outage,water",
 "The VOA story as voazimbabwe.com serves it in the page store ('/a/a-13-56-74-2006-10-11-voa58-68988442/1468470.html'; "
 "found with \"eastern Harare suburbs Mabvuku Tafara without water for four weeks ZINWA VOA Studio 7 2006\" (not in "
 "that answer) and \"Harare residents without water Morton Jaffray Zimbabwe National Water Authority power cuts VOA's "
 "Studio 7 for Zimbabwe reporter\", rank 3, and at rank 1 for a query of its heading; no other copy came back). Cut: "
 "the chrome ('Accessibility links', 'Breaking News'), the heading (kept as title 'Harare Water Blues Continue As "
 "National Authority Fails to Deliver'), the closing link line 'More reports from VOA's Studio 7 for Zimbabwe...'. "
 "The story as held ends on a whole sentence before the link line: `truncated` false (a doubtful point, as batch "
 "42i's). `published` from the address ('a-13-56-74-2006-10-11'; a Wednesday). Kept as written: 'the Zimbabwe Water "
 "Authority' (without 'National'), 'eastern neighborhoods', 'Z$8', 'Z$100', 'organizing secretary'. " +
 wire("'reporter Jonga Kandemiiri'") + ". " + HOST + ". " + CHECKED + "'1468470', 'a-13-56-74-2006', 'Letombo', "
 "'Mudzuri', 'Kandemiiri', 'Kunzvi', 'Zimbabwe Water Authority' -> no corpus file; 'ZINWA' -> batch 42i's 2008 "
 "text (train; Masvingo's water not run by ZINWA, 2008, another subject) and its scripts; 'Morgan Tsvangirai' -> "
 "batch 42i's 2007 text (test) and batch 30e's Wikinews text on the 2008 campaign (train) (other subjects, by "
 "file name); 'Harare City Council', 'NewZimbabwe' -> no file. The eastern Harare water cut of September-October 2006 is new to the corpus as far as file names and "
 "GATHERING.md show; " + VOA_IDS + ".",
 False))

# ---- Zimbabwe: Harare water shortages, Morton Jaffray breakdowns and ZESA cuts (9 August 2007) ------------------------
R.append(headless(rec("voa-harare-water-shortages-zinwa-morton-jaffray-breakdowns-2007",
 "https://voazimbabwe.com/amp/a-13-56-74-2007-08-09-voa52-68993307/1464789.html", "2007-08-09",
 None,
 "Residents of the Zimbabwean capital of Harare say water shortages in the city have reached alarming levels, such "
 "that some now say they fear a public health emergency with households going for up to five days without running "
 "water.\n\n"
 "Harare needs 900 megaliters a day, experts say, but at present the capacity of the Morton Jaffray Water Treatment "
 "Works is just 600 megaliters of purified water.\n\n"
 "Frequent power cuts by the Zimbabwe Electricity Supply Authority are also limiting the ability of the Zimbabwe "
 "National Water Authority to supply water to the city.\n\n"
 "Critics say the capital’s water supply system is simply insufficient to meet the needs of an expanding population "
 "now estimated at 3 million. And such experts say ZINWA does not have the capacity or the funds to meet the demand "
 "for clean water.\n\n"
 "Senior ZINWA officials could not be reached for for comment. But a spokesman for the parastatal enterprise, "
 "Nicholas Mukarakate, told state television that the disruption of water supplies stems from machinery breakdowns "
 "at the Morton Jaffray plant, which was operating at 50 percent of capacity. He promised a solution by Saturday.\n\n"
 "Water Resources Minister Munacho Mutezo said the government is asking consumers to bear with the difficulties "
 "because it is “battling to provide water for everybody.”\n\n"
 "Executive Director Ngoni Mudege of the Institute of Water and Sanitation Development told reporter Carole "
 "Gombakomba of VOA's Studio 7 for Zimbabwe that with water in short supply, households are turning to other "
 "sources, posing a health risk.",
 "utilities/water", "outage,water,leadership",
 "The VOA story as voazimbabwe.com serves it in the page store, its AMP page "
 "('/amp/a-13-56-74-2007-08-09-voa52-68993307/1464789.html', the address as held; batch 42m's lead named the page "
 "without '/amp'); found with \"Harare residents without water Morton Jaffray Zimbabwe National Water Authority power "
 "cuts VOA's Studio 7 for Zimbabwe reporter\", rank 2, and again for a query of its opening words; no other copy came "
 "back). The stored text holds no chrome and no heading (`title` null; the attribution names the story): it begins "
 "at 'Residents of the Zimbabwean capital ...'. Cut: the closing link line 'More reports from VOA's Studio 7 for "
 "Zimbabwe...'. The story as held ends on a whole sentence before the link line: `truncated` false (a doubtful "
 "point, as batch 42i's). `published` from the address ('a-13-56-74-2007-08-09'; a Thursday, so 'by Saturday' is "
 "2007-08-11). Kept as written: 'could not be reached for for comment', 'megaliters', the curly quotes "
 "('“battling ... everybody.”', 'capital’s') beside straight 'VOA's'. " + wire("'reporter Carole Gombakomba'",
 "; the spokesman's words are reported as told to 'state television', a source, not a wire credit") + ". " + HOST +
 ". " + CHECKED + "'1464789', 'a-13-56-74-2007', 'Morton Jaffray', 'Mukarakate', 'Mutezo', 'Mudege', 'Water and "
 "Sanitation Development', 'Gombakomba' -> no corpus file ('Morton Jaffray' in GATHERING.md only, batch 42m's lead); "
 "'ZINWA' and 'Zimbabwe Electricity Supply' -> batch 42i's two texts (train and test: ZESA's widened load-shedding "
 "of May 2007 and the February 2008 blackout, other events) and scripts. The Harare water shortage of August 2007 is "
 "new to the corpus as far as file names and GATHERING.md show; " + VOA_IDS + ".",
 False), "Harare's water shortages"))

# ---- Zimbabwe: NetOne and TelOne phone services falter, the TelOne-Econet link down (23 October 2007) ----------------
R.append(headless(rec("voa-telone-netone-econet-phone-networks-falter-power-outages-2007",
 "https://www.voazimbabwe.com/a/a-13-56-74-2007-10-23-voa55-69001597/1469521.html", "2007-10-23",
 None,
 "Frustration is mounting among Zimbabwean telephone subscribers and their offshore family and friends as the "
 "country's mobile and fixed-line phone services falter.\n\n"
 "It has been increasingly difficult to reach subscribers on the state-controlled NetOne mobile network, or to get "
 "through to TelOne fixed-line phones. The privately owned Econet has had problems too, though far fewer than NetOne, "
 "or parent TelOne.\n\n"
 "Experts say the telecommunications crisis has sprung up on the back of the general economic crisis gripping the "
 "country. Fixed-line monopoly TelOne issued a statement recently saying current problems are due to continuous "
 "electric power outages.\n\n"
 "Three weeks ago, TelOne and Econet jointly informed the public that a connector linking their networks was down. "
 "TelOne says the vandalism of telephone cables is another factor in the increasing unreliability of its networks.\n\n"
 "Bulawayo and Harare residents report that their fixed lines have been out of service in some cases since last "
 "year. They added that they have reported the problems, but TelOne technicians have told them that computer network "
 "problems have made it difficult to track line problems let alone follow through to make repairs.\n\n"
 "Opposition parliamentarian Murisi Zwizwai, a member of the house committee on communications, told reporter Carole "
 "Gombakomba of VOA's Studio 7 for Zimbabwe that the real problem is insufficient investment by state providers in "
 "their networks, arising in part from the chronic shortage of hard currency in the country.",
 "telecoms/telephone", "outage,ownership",
 "The VOA story as voazimbabwe.com serves it in the page store ('/a/a-13-56-74-2007-10-23-voa55-69001597/1469521.html'; "
 "found with \"voazimbabwe Telone NetOne phone networks faltering power outages cable vandalism Econet link Studio 7 "
 "for Zimbabwe\", rank 1, and again for a query of its opening words; no other copy came back). The stored text holds "
 "no chrome and no heading (`title` null; the attribution names the story): it begins at 'Frustration is mounting "
 "...'. Nothing cut; the store's line breaks between paragraphs made blank lines. The excerpt ends on a whole "
 "sentence but without the closing link line 'More reports from VOA's Studio 7 for Zimbabwe...' that the other four "
 "stories' excerpts end on; the excerpt (1,527 characters) is well under the store's excerpt size (about 2,000), "
 "so the stored page text seems to end there: `truncated` false (a doubtful point; the page may have gone on). "
 "`published` from the address "
 "('a-13-56-74-2007-10-23'; a Tuesday; 'Three weeks ago' is about 2 October 2007, 'last year' 2006). Kept as "
 "written: 'NetOne, or parent TelOne', 'house committee on communications', 'let alone follow through'. " +
 wire("'reporter Carole Gombakomba'") + ". " + HOST + ". " + CHECKED + "'1469521' -> GATHERING.md only (batch 42i's "
 "and 42m's leads); 'NetOne', 'TelOne' -> GATHERING.md only (the same leads); 'Zwizwai', 'Gombakomba', "
 "'a-13-56-74-2007-10' -> no corpus file; 'Econet' -> train wp-econet-wireless (the company's Wikipedia article: no "
 "2007 network failure and no outage in its gold, checked in that train file) and batch 27b's scripts, and batch "
 "42i's 2007 record's notes (by file name). The network failures of 2007 are new to the corpus as far as file names "
 "and GATHERING.md show; " + VOA_IDS + ".",
 False), "Zimbabwe's faltering phone networks"))

# ---- Zimbabwe: Bulawayo suburbs without water after a blackout at the Magwegwe reservoir (3 August 2009) -------------
R.append(rec("voa-bulawayo-suburbs-no-water-magwegwe-blackout-zesa-2009",
 "https://www.voazimbabwe.com/a/a-13-56-74-2009-08-03-voa43-68995907/1457038.html", "2009-08-03",
 "Zimbabwe Water Shortages Flare Up Again in Bulawayo Suburbs",
 "Residents of several high-density suburbs of Bulawayo, Zimbabwe's second-largest city, have been without running "
 "water for the past two weeks due to an electric power blackout around the Magwegwe Water Reservoir, whose pumping "
 "station serves those suburbs.\n\n"
 "Suburbs affected include Emakhandeni, Magwegwe, Lobengula, Phelandaba and Entumbane whose residents told VOA that "
 "they must now fetch water from unsafe sources as they can't afford to buy 20-liter buckets of water at a price of "
 "South African rand (65 US cents).\n\n"
 "Zimbabwe only recently shook off a cholera epidemic due in large part to contaminated water supplies which cost "
 "the lives of nearly 4,300 people.\n\n"
 "Bulawayo Mayor Patrick Thaba Moyo told reporter Sithandekile Mhlanga of VOA's Studio 7 for Zimbabwe that the local "
 "authority is working with the Zimbabwe Electricity Supply Authority or ZESA to restore power to the reservoir and "
 "get water flowing again.",
 "utilities/water", "outage,water,energy",
 "The VOA story as voazimbabwe.com serves it in the page store ('/a/a-13-56-74-2009-08-03-voa43-68995907/1457038.html'; "
 "found with \"Bulawayo residents no water Magwegwe pumping station power outage ZESA told VOA Studio 7 2009\", rank "
 "1; no other copy came back). Cut: the chrome ('Accessibility links', 'Breaking News'), the heading (kept as title "
 "'Zimbabwe Water Shortages Flare Up Again in Bulawayo Suburbs'), the closing link line 'More reports from VOA's "
 "Studio 7 for Zimbabwe...'. The story as held ends on a whole sentence before the link line: `truncated` false (a "
 "doubtful point, as batch 42i's). `published` from the address ('a-13-56-74-2009-08-03'; a Monday; 'the past two "
 "weeks' reaches back to about 20 July 2009). Kept as written: 'at a price of South African rand (65 US cents)' (no "
 "figure before 'South African rand'), '20-liter', 'the Zimbabwe Electricity Supply Authority or ZESA'. " +
 wire("'reporter Sithandekile Mhlanga'") + ". " + HOST + ". " + CHECKED + "'1457038', 'a-13-56-74-2009', "
 "'Magwegwe' (GATHERING.md only, batch 42m's lead), 'Thaba Moyo', 'Sithandekile', 'Emakhandeni', 'Entumbane', "
 "'Phelandaba' -> no corpus file; 'ZESA' -> batch 42i's two texts (May 2007 and February 2008, other events) and "
 "GATHERING.md; 'Bulawayo' -> batch 42i's 2008 text (its February 2008 water stoppage, another event) and "
 "batch 30e's Wikinews text on the 2008 campaign (train; another subject, by file name). The Bulawayo "
 "water cut of July-August 2009 is new to the corpus as far as file names and GATHERING.md show; " + VOA_IDS + ".",
 False))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
