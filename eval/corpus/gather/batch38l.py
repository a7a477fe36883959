#!/usr/bin/env python3
"""Batch 38l (session 39; helper gather39l): service outages told in Voice of America staff stories (public domain,
US federal government works), the VOA lane of session 39 beside batch 38i's Tokyo Stock Exchange story (and batch
18a's FAA Leesburg story) -- taken to power blackouts with the government or utility named. One text only: the
page store held very few VOA staff stories on outages (see GATHERING section 38l and the notes below): the rolling
four-hour blackouts that began in 18 of Venezuela's 24 states on Monday 25 April 2016 under President Nicolas
Maduro's 40-day power rationing, in response to a drought that left the hydroelectric plants nearly useless
('Venezuelans Surprised by Rolling Blackouts', VOA News, as VOA's own preview host voa.pangea-cms.com serves it).
The text is the search tool's page-store excerpt (`search`, corpus `pages`), embedded here; the page chrome, the
photo caption and the byline box are left out (notes). No word added or changed. newskg (or any extractor) was not
run on the text.
usage: batch38l.py [POOL_DIR] [--dry]   (default /tmp/gather39l/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather39l/pool"

CHECKED = ("Checked before annotation (grep -ril on train/dev/test, GATHERING.md, the gather scripts and "
           "/tmp/gather39*/pool as they stood; file names only, no test or dev text read): 'rationing' with "
           "'Venezuela' -> no file; 'Venezuela' -> train wp-2019-venezuelan-blackouts (the blackouts of March-July "
           "2019 and Maduro's plan of 31 March 2019 to 'ration power': another event) and texts on other subjects; "
           "'rolling blackouts' -> four texts on other countries (Dumsor, Sri Lanka, South Africa, Bangladesh "
           "2014); 'El Nino', 'blow-drying', 'San Cristobal', 'Tachira', 'pangea' -> no file (the accented 'El "
           "Niño' only in a Malaysian water-crisis text and batch 34i); in the session-39 pools 'Venezuela' occurs "
           "only in gather39d's Cuba blackouts text (another subject). The rationing of April 2016 is new to the "
           "corpus")



R = []
# ---- Venezuela: rolling four-hour blackouts under the government's power rationing, Monday 25 April 2016 ----------
U1 = "https://voa.pangea-cms.com/preview/en-US/a/venezuelans-surprised-by-rolling-blackouts/3302794.html"
R.append(voa("voa-venezuelans-surprised-rolling-blackouts-rationing-2016", U1, "2016-04-25",
 "Venezuelans Surprised by Rolling Blackouts",
 "Some Venezuelans were surprised Monday by rolling four-hour blackouts that the government says will last 40 days, "
 "in response to a drought that has rendered hydroelectric power plants nearly useless.\n\n"
 "President Nicolas Maduro's government announced power rationing on Monday in 18 of Venezuela's 24 states. The "
 "capital, Caracas, has been spared.\n\n"
 "But residents complained to news media that they were not warned of the cutoffs, leaving homes with refrigerators "
 "full of spoiled food and businesses with no way to complete electronic transactions.\n\n"
 "Maduro's government says the El Nino weather phenomenon has caused the power shortages, but his critics blame "
 "economic mismanagement and the currently low price of oil on which the Venezuelan economy depends.\n\n"
 "Maduro has put in place some power-saving measures such as shorter work weeks and a time zone shift to make more "
 "use of daylight. He has also encouraged people to stop blow-drying their hair and ironing clothing, until the power "
 "shortage is over.",
 "energy/electricity", "outage",
 "The VOA story as VOA's own content-system preview host (voa.pangea-cms.com, the Pangea CMS that serves voanews.com; "
 "story id 3302794) holds it in the page store, found with 'This is the VOA Special English Economics Report power "
 "failures blackout electricity' (rank 7) and again with 'rolling blackouts rationing hours a day electricity "
 "shortage residents complained government announced power cuts VOA' (rank 2). Left out: the page chrome "
 "('Accessibility links', 'Breaking News'), the heading (kept as `title`), the photo caption printed twice ('A man "
 "cooks near lit candles at his home during a power cut in San Cristobal, in the state of Tachira, Venezuela, April "
 "25, 2016'), the byline box at the foot ('16x9 Image', 'VOA News', and its stock line 'The Voice of America "
 "provides news and information in more than 40 languages to an estimated weekly audience of over 326 million "
 "people. Stories with the VOA News byline are the work of multiple VOA journalists and may contain information "
 "from wire service reports.') and the size switcher ('XS SM MD LG'). The excerpt reaches the foot of the page, so "
 "the story is whole (`truncated` false). `published` from the caption's date, the Monday the story tells (25 April "
 "2016 was a Monday); the page prints no date line. Wire check: the byline is 'VOA News' and the page as held "
 "credits no agency (no AP, Reuters, AFP byline or 'Some information for this report came from ...' line), so it is "
 "taken as a VOA staff story; doubtful: the byline box's stock sentence says VOA News stories 'may contain "
 "information from wire service reports' without naming any. Kept as written: 'Nicolas Maduro' (no accent), 'El "
 "Nino', 'cutoffs', 'blow-drying'. 157 words. " + CHECKED + ".",
 False, origin="Voice of America content-system preview host (page store)"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
