#!/usr/bin/env python3
"""Batch 36x (session 37; helper gather37x): company stories from regions the corpus holds few of - a fourth round
beside batches 36d and 36j, taken to a Gulf telecom incumbent and a Pacific flag carrier: Bahrain's principal
telecommunications company, its shareholders, the 2006 sale of Cable and Wireless's 20% stake to three state bodies,
its regional holding company and the Saudi data-communications venture it sold (telecom, Middle East); and the flag
carrier of Papua New Guinea, its regional subsidiary and the government and three Australian airlines that held its
shares at its founding (airline, Oceania). English Wikipedia text (CC BY-SA), each the search tool's page-store
excerpt (`search`, corpus `pages`; never a whole page) from en.wikipedia.org itself or a copy, cut at the last
paragraph end before the excerpt breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
Neither text tells an outage. newskg (or any extractor) was not run on either text.
usage: batch36x.py [POOL_DIR] [--dry]   (default /tmp/gather37x/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather37x/pool"

CHECKED = ("0 hits in GATHERING.md, in the eval/corpus file names and texts, and in none of the session-37 pools "
           "(/tmp/gather37*/pool) as they stood at about 05:37 UTC")

R = []
# ---- telecom, Bahrain: Batelco --------------------------------------------------------------------------------------------------
R.append(wp("wp-batelco", "Batelco",
 "https://en-academic.com/dic.nsf/enwiki/294375",
 "Bahrain Telecommunications - (Batelco) - is the principal telecommunications company of Bahrain. The company is "
 "headquartered in Bahrain and is listed on the Bahrain Stock Exchange. In 2008, it posted profits of US$269.2 "
 "million (BD101.5m) on a revenue of US$777.4m (BD293.1m).\n\n"
 "Batelco was established in 1981 as a Bahraini shareholding company and has an authorized share capital of BD100 "
 "million (US$265 million). Batelco's major shareholders include the Government of Bahrain, Quasi-government "
 "institutions, financial and commercial organizations, and private Bahraini and GCC investors. These parties "
 "together hold 80% of Batelco, while Cable and Wireless holds the remaining 20%.\n\n"
 "December 6th 2006, three Government of Bahrain entities - Bahrain Mumtalakat Holding, General Organization for "
 "Social Insurance (GOSI) and The Pension Fund Commission - acquired all of Cable and Wireless 20% stake in Batelco "
 "for the agreed purchase price of USD $ 506.1 million.\n\n"
 "Despite the full liberalization of Bahrain\u2019s telecommunications market by the Telecommunications Regulatory "
 "Authority (TRA), Batelco is still the monopoly operator for fixed, Internet and data services in the country.\n\n"
 "Batelco, through its holding company (Batelco Middle East EC (BMEC)) in Bahrain, has set up a number of "
 "communications partner companies acting as a spearhead for Cable and Wireless's global data communications "
 "strategy. These communications partner companies are found in several key areas of the region including Kuwait, "
 "Jordan, and Egypt. However, such expansion is not uniform, with Batelco selling its 50% share of the datacomm "
 "provider Batelco Al-Jeraisy (Atheer) in Saudi Arabia during the last quarter of 2004.",
 "telecom", ["ownership", "deal"],
 "The Wikipedia article as en-academic.com's copy of English Wikipedia (dic.nsf/enwiki) holds it in the page store "
 "(a text of about 2009: 2008 profits, the 2006 stake sale, no later events). Cut: the citation link left in the "
 "copy after '(BD293.1m)' ('[ [ Gulf Daily News ] ]', a source name in brackets, with the space before it and the "
 "space the copy leaves before the full stop, so '(BD293.1m).'); the blank line between paragraphs where the copy "
 "dropped a heading; cut after 'during the last quarter of 2004.', before the paragraph 'Batelco allocated an amount "
 "of BD 42 million ...', which the excerpt breaks off ('In '), so `truncated`. Kept as written: 'Bahrain "
 "Telecommunications - (Batelco) - is', 'Quasi-government institutions', 'December 6th 2006, three Government of "
 "Bahrain entities - ... -' (no 'On'), 'The Pension Fund Commission', 'all of Cable and Wireless 20% stake' (no "
 "possessive), 'USD $ 506.1 million', 'Bahrain\u2019s' (curly apostrophe), '(Batelco Middle East EC (BMEC))', "
 "'datacomm provider'. No outage is told; no executive is named. Content of about 2009: recorded CC BY-SA 3.0; "
 "doubtful: no revision id, en-academic's own terms page not found in the page store. hisour.com's, "
 "territorioscuola.com's and self.gutenberg.org's copies of 'Telecommunications in Bahrain' (another article, a "
 "sector story) and commsupdate.com news (not openly licensed) were looked at and not used. Batelco, Bahrain "
 "Mumtalakat Holding, GOSI, Atheer, Batelco Al-Jeraisy, Batelco Middle East: " + CHECKED + " (Cable and Wireless "
 "is named in two other corpus texts, other events; Bahrain in batch texts on Gulf Air and a football match).",
 "non-US", v3=True, copy_of="the Wikipedia article, via en-academic.com's copy"))

# ---- airline, Papua New Guinea: Air Niugini ---------------------------------------------------------------------------------------
R.append(wp("wp-air-niugini", "Air Niugini",
 "https://en.wikipedia.org/wiki/Air_Niugini",
 "Air Niugini Limited is the flag carrier of Papua New Guinea, based in Air Niugini House on the site of Port "
 "Moresby International Airport, Port Moresby. It operates a domestic network from Port Moresby to 12 major "
 "airports while its subsidiary company, Link PNG, operates routes to minor airports. It also operates "
 "international services in Asia, Oceania, and Australia on a weekly basis. Its main base is Port Moresby "
 "International Airport, which is located in 7 Mile, Port Moresby, Papua New Guinea. Niugini is the Tok Pisin word "
 "for New Guinea.\n\n"
 "The airline was established in November 1973 as the national airline of Papua New Guinea with the government "
 "holding 60% of the shares, with the rest divided between Australian airline companies Ansett (16%), Qantas (12%) "
 "and Trans Australia Airlines (TAA) (12%). It started as an exclusively domestic carrier, but soon expanded to "
 "offer international services. In founding the airline, the government aimed to encourage regional development "
 "in a country without an extensive road network. The airline was established using DC-3 and Fokker F27 aircraft.",
 "aviation", ["ownership", "history"],
 "The article as en.wikipedia.org's own excerpt in the page store holds it (the current revision's wording, "
 "'the flag carrier of Papua New Guinea' and 'on the site of', where the Kiwix 2023-02 copy has 'the national "
 "airline' and 'on the property of'). Cut: the '= Air Niugini =' title line and the infobox list (IATA/ICAO codes, "
 "callsign, headquarters, 'Key People: Alan Milne (CEO), Karl Yalo (Chairman)', hubs, 26 destinations, "
 "'Subsidiaries: Link PNG'), so the chief executive and the chairman are NOT in the text; the heading '== History "
 "=='; cut after 'DC-3 and Fokker F27 aircraft.', before the paragraph 'In 1975, when PNG gained independence from "
 "Australia, ...', which the excerpt breaks off ('in the extremely'), so `truncated`. Kept as written: 'Air Niugini "
 "House', 'in 7 Mile, Port Moresby', 'with the government holding 60% of the shares, with the rest divided between', "
 "'Trans Australia Airlines (TAA) (12%)'. No outage is told. Current content: recorded CC BY-SA 4.0; doubtful: no "
 "revision id. The Kiwix copy at dev.library.kiwix.org (an older revision with other executives in its infobox), "
 "memim.com's page (a machine translation of the German article) and German-language pages were looked at and not "
 "used. Air Niugini, Link PNG, Trans Australia Airlines: " + CHECKED + " (Qantas and Ansett are named in other "
 "corpus texts, other events; Port Moresby in one text on a cable system).",
 "non-US"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
