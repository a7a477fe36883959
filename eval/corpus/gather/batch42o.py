#!/usr/bin/env python3
"""Batch 42o (session 43; gatherer lane 42o): one Voice of America staff story from Ethiopia, 2009, on a state power
utility's blackouts — Addis Ababa and the large urban centres without power three or four nights a week, the chief
executive of the Ethiopian Electric Power Corporation saying the outages will continue through July, water, health
facilities, factories, shops and schools hit, the minister of energy and mines and the prime minister on the
causes — outages with a named operator in VOA staff stories from Africa (other than Zimbabwe), Latin America and the
Middle East, a round of session 43 after batch 42f, from VOA's own pages (page store; the story is held on
amharic.voanews.com, VOA's Amharic service's site under voanews.com, '/a/a-53-2009-07-10-...'):
- the Ethiopian Electric Power Corporation's blackouts, CEO Mehret Debebe, Minister of Energy and Mines Alemayehu
  Tegenu, Prime Minister Meles Zenawi (VOA, 10 July 2009).
The text is the search tool's page-store excerpt (`search`, corpus `pages`) of the story, embedded here. The page text
as held shows no byline and no wire credit (AP, Reuters, AFP, 'Some information for this report came from ...'); it
is taken as a VOA staff story, a US government work (17 U.S.C. 105), as batch 18a's, 38m's-38zd's, 39d's, 39j's,
40e's, 40i's, 41f's, 41l's, 41r's, 42c's, 42f's, 42i's and 42l's VOA items. The record is built with write_pool.voa;
the wire-check and duplicate-check wording is batch 42c's (imported); the stored text holds no heading, so the
attribution is set as batch 42l sets its headless story's. Edits in `notes`; no word added or changed. newskg (or any
extractor) was not run on the text.
usage: batch42o.py [POOL_DIR] [--dry]   (default /tmp/gather43o/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa as rec, write_all
from batch42c import NO_WIRE, CHECKED

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather43o/pool"

HOST = ("Host: the page is held on amharic.voanews.com, the site of VOA's Amharic service under the voanews.com "
        "domain (not a third party's copy; batch 42i left out stories held only on voazimbabwe.com, a separate host); "
        "the story is in English, as the address's 'a-53-2009-07-10-voa1' story number shows a VOA story of that day "
        "(a doubtful point for the lead: the brief asked for voanews.com copies, and this is a voanews.com subdomain)")

R = []
# ---- Ethiopia: the Ethiopian Electric Power Corporation's blackouts (10 July 2009) -----------------------------------
R.append(rec("voa-ethiopia-electric-power-corporation-blackouts-mehret-debebe-2009",
 "https://amharic.voanews.com/a/a-53-2009-07-10-voa1-93031624/1457668.html", "2009-07-10",
 None,
 "The power shortage in Ethiopia is affecting many areas of service.Addis Ababa and large urban centers experience "
 "blackouts for three or four nights a week.\n\n"
 "Mehret Debebe, the CEO of the Ethiopian Electric Power Corporation says the outages will continue through July. "
 "Urban neighborhoods are without water, health facilities are without light and water, factories have shut down, "
 "shelves in many stores are empty and a growing number of people are without jobs.\n\n"
 "The price of candles, lanterns and kerosene are rising every day, according to some residents.In some communities, "
 "residents complain that they are being billed for the electric power they haven't used. The power outages "
 "frequently interrupt classes in schools, colleges and universities in many regions in Ethiopia where students "
 "follow lessons on large-screen plasma television monitors and perform research on computers. Evening classes are "
 "often plunged into darkness and cancelled.\n\n"
 "\"Because the country is going through a transforming economic growth, we are experiencing power shortages,\u201d "
 "Mehret said. \u201cIndustries are booming, trade and the rate we are bringing electricity to rural towns created "
 "the shortage.\n\n"
 "\u201cWe saw a 24 percent increase in demand. The problem persisted because our planned commissioning of two "
 "hydro-electric generating projects was postponed.\n\n"
 "Minister of Energy and Mines Alemayehu Tegenu says upon completion of projects, Ethiopia not only will cover its "
 "electricity demand, but also, plans are already in place to export power to neighboring countries. \"We are "
 "completing the construction of power cables that connect our hydro-electric power stations to neighboring "
 "countries,\" he said.\n\n"
 "Prime Minister Meles Zenawi said, \"The country is unable to curb the problem of power shortage on time, because our "
 "development partners didn't provide us the support they had promised earlier. The shortage and the untimeliness of "
 "rain in Ethiopia is also another major factor that contributed to the problem.\"",
 "utilities/electricity", "outage,energy",
 "The VOA story as amharic.voanews.com serves it in the page store ('/a/a-53-2009-07-10-voa1-93031624/1457668.html'; "
 "found with \"voanews Ethiopia power rationing Ethiopian Electric Power Corporation blackouts businesses\", rank 4, "
 "and again at rank 1 for a query naming the CEO and his words, at rank 2 for a query of its last sentence and at "
 "rank 7 for a query on the 2008 rationing; no other copy came back). The stored text holds no chrome and no heading "
 "(`title` null; the attribution names the story, not a title): it begins at 'The power shortage in Ethiopia ...'. "
 "Nothing cut; the store's line breaks between paragraphs made blank lines. The excerpt is about 2,000 characters "
 "(1,996), the store's excerpt size, and ends at the end of the prime minister's quotation: whether the story goes "
 "on is not known, so `truncated` is true (a doubtful point; the story may be whole). `published` from the address "
 "('a-53-2009-07-10'; a Friday). Kept as written: 'service.Addis Ababa' and 'residents.In some' (no space after the "
 "full stop), the mixed straight and curly quotes and the unclosed quotation of Mehret's words ('\"Because ... "
 "shortages,\u201d', '\u201cIndustries ... the shortage.', '\u201cWe saw ... postponed.'), 'The price of candles, "
 "lanterns and kerosene are rising', 'a transforming economic growth', 'Mehret Debebe, the CEO of the Ethiopian "
 "Electric Power Corporation says' (no second comma). " + NO_WIRE + ". " + HOST + ". " + CHECKED + "'1457668', "
 "'a-53-2009', 'amharic.voanews', 'Mehret', 'Mihret', 'Ethiopian Electric Power', 'EEPCo', 'EEPC', 'Alemayehu "
 "Tegenu' -> no file; 'Meles Zenawi' -> train or test Wikinews texts on a journalists' trial (2011) and famine aid "
 "(2010) (other subjects, by file name); 'Addis Ababa' -> wp-ethio-telecom and wp-bethlehem-tilahun-alemu (other "
 "subjects, by file name); GATHERING.md names no Ethiopian power cut. The blackouts of July 2009 are new to the "
 "corpus as far as file names and GATHERING.md show; none of the VOA stories of batches 38m-42l (ids and addresses "
 "checked) is of July 2009.",
 True))

# The stored text holds no heading: write_pool.voa's null-title wording ('business round-up') would misdescribe a
# single story, so the attribution names the story (as batch 42l does for its headless Samsung story).
R[0]["attribution"] = ("Voice of America, story on Ethiopia's power shortage (its heading is not in the stored text; "
                       "VOA Amharic service's site), 2009-07-10, US federal government work (public domain); text as "
                       "at " + R[0]["source"])

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
