#!/usr/bin/env python3
"""Batch 36z (session 37; helper gather37z): service-company stories from Africa - a fifth round of batch 36 beside
batches 36d, 36j and 36x, taken to two airlines of the Indian Ocean and East Africa: a Tanzanian carrier founded as a
private company, Kenya Airways' 2003 purchase of a 49% stake in it (beside South African Airways' stake in the
national carrier) and its founder's retained half, and its 2011 listing on the Dar es Salaam exchange (airline,
Tanzania); and the flag carrier of Mauritius, set up in 1967 by Air France, BOAC, the Mauritian government and a
local sales agent, its early leases from other carriers, its 1995 listing and its holding company (airline,
Mauritius). English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`;
never a whole page) from a copy of the article, cut at a paragraph or section end (`truncated`). Edits per item in
`notes`; no word added or changed. Neither text tells an outage. newskg (or any extractor) was not run on either.
usage: batch36z.py [POOL_DIR] [--dry]   (default /tmp/gather37z/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather37z/pool"

CHECKED = ("0 hits in GATHERING.md, in the eval/corpus file names and texts, and in none of the session-37 pools "
           "(/tmp/gather37*/pool) as they stood at about 06:31 UTC")

R = []
# ---- airline, Tanzania: Precision Air ----------------------------------------------------------------------------------------
R.append(wp("wp-precision-air", "Precision Air",
 "https://wikimili.com/en/Precision_Air",
 "Precision Air Services Plc (operating as Precision Air; DSE:PAL) is a Tanzanian airline based at Julius Nyerere "
 "International Airport in Dar es Salaam. The airline operates scheduled passenger services to Nairobi and "
 "Comoros; and to various airports and airstrips in Tanzania. Kenya Airways owns 41.23% of the airline.\n\n"
 "Precision Air was incorporated in Tanzania in January 1991 as a private airline and started operations in 1993. "
 "At first, it operated as a private charter air transport company but in November 1993 changed to offer "
 "scheduled services to serve the growing tourist market.\n\n"
 "In 2006, Precision Air became the first Tanzanian airline to pass the IATA Operational Safety Audit.\n\n"
 "In April 2011, the airline became a public company.\n\n"
 "Precision Air was privately owned until 2003, when Kenya Airways acquired a 49 percent stake, paying US$2 "
 "million, weeks after its rival South African Airways acquired a 49 percent stake in Air Tanzania for US$20 "
 "million. The remaining 51 percent was retained by Michael Shirima, the founder of the airline.\n\n"
 "In October 2011, Precision Air floated shares in its stock in an initial public offering on the Dar es Salaam "
 "Stock Exchange, after which Shirima's and Kenya Airways's stakes declined and the new share subscribers owned "
 "15.86 percent.",
 "aviation", ["ownership", "deal", "history"],
 "The article as WikiMili's copy of English Wikipedia (wikimili.com/en/Precision_Air) holds it in the page store "
 "(current wording: FY 2022 figures in its infobox, 'Julius Nyerere International Airport', services to 'Nairobi "
 "and Comoros'). Cut: the infobox lines (founded, hubs, 'DSE: PAL', fleet, revenue, employees; its 'Key people' "
 "row is empty in the copy); citation markers ('[2]', '[5]' ... '[11]'); the headings the copy dropped (the "
 "ownership paragraphs stand under a corporate-affairs heading in the article), each paragraph end kept as a "
 "blank line; cut after 'owned 15.86 percent.', before 'As of 31 March 2016, the major shareholders were:', which "
 "opens a shareholder table the excerpt breaks off ('Nam'), so `truncated`. Kept as written: '(operating as "
 "Precision Air; DSE:PAL)', 'to Nairobi and Comoros; and to various airports', 'changed to offer', 'US$2 million', "
 "'Kenya Airways's'. No outage is told; the founder is the one person named. Current content: recorded CC BY-SA "
 "4.0; doubtful: no revision id. self.gutenberg.org's copy (an older revision of about 2016, with 'Founded 1993 "
 "Arusha' and a 2013 market share) and ch-aviation, The EastAfrican, Nation and tzaffairs news (not openly "
 "licensed) were looked at and not used. Precision Air, Michael Shirima: " + CHECKED + " (Kenya Airways and Air "
 "Tanzania each have their own corpus article, wp-kenya-airways and wp-air-tanzania, neither naming Precision Air; "
 "South African Airways' 49% stake in Air Tanzania, told here in one clause, is also told in wp-air-tanzania).",
 "non-US", copy_of="the Wikipedia article, via WikiMili's copy"))

# ---- airline, Mauritius: Air Mauritius (History section) --------------------------------------------------------------------
R.append(wp("wp-air-mauritius", "Air Mauritius",
 "https://www.liquisearch.com/air_mauritius/history",
 "The company was set up on 14 June 1967 by Air France, the BOAC enterprise, and the Government of Mauritius, with "
 "a 27.5% stake each; the balance was held by Rogers and Co. Ltd., the general sales agent for Air France and BOAC "
 "within Mauritius.\n\n"
 "In the beginning, the carrier operated international services in conjunction with Air France, Air India and "
 "British Airways, which jointly had a 25% holding in Air Mauritius at that time. Until 1972, the company "
 "restricted its activities to ground services only; it started flight operations in its own right in August 1972 "
 "with a six-seater Piper PA-31 Navajo aircraft leased from Air Madagascar, connecting Mauritius with Rodrigues. In "
 "1973, a wet-leased Vickers VC10 from British Airways enabled the company to launch a long-haul route to London "
 "via Nairobi. Likewise, long-range operations in its own right started on 1 November 1977, using a Boeing 707 "
 "wet-leased from British Airtours.\n\n"
 "During the 1970s and 1980s, long-haul routes were operated with Boeing 707s and Boeing 747 SPs. These aircraft "
 "have been gradually replaced with Boeing 767s and Airbus A340s, introduced in 1988 and 1994, respectively. "
 "African medium-haul routes started utilising the Airbus A319 following its delivery in 2001, and ATR 42s and ATR "
 "72s were introduced in 1987 and 2002, respectively, to operate inter-island services.\n\n"
 "In 1995, the company was listed on the stock exchange of Mauritius. As of 31 March 2012 (2012 -03-31), "
 "shareholders having more than 5% of participation in the airline are Air Mauritius Holdings (51%) and the "
 "government of Mauritius (8.4%), while other investors hold another 21.9% stake in the company. It employs a "
 "staff 2,761 strong (at March 2007).\n\n"
 "The airline has the Paille-en-Queue, a fish-eating tropical bird, as its symbol.",
 "aviation", ["ownership", "history", "partnership"],
 "The article's History section as liquisearch.com's copy of English Wikipedia (liquisearch.com/air_mauritius/"
 "history) holds it in the page store: the whole section, so the text opens 'The company was set up' (the lead, "
 "which names the airline, is not on that page). Cut: the copy's title lines ('Air Mauritius - History', "
 "'History') and its trailer ('Read more about this topic: Air Mauritius' and the 'Famous quotes containing the "
 "word history' block); `truncated` (one section of the article). Kept as written: 'the BOAC enterprise', "
 "'Rogers and Co. Ltd.', 'within Mauritius', 'As of 31 March 2012 (2012 -03-31),' (the copy's rendering of a date "
 "template, space and all), 'employs a staff 2,761 strong (at March 2007)', 'Boeing 747 SPs'. No outage is told; no "
 "person is named. Content of about 2012: recorded CC BY-SA 3.0; doubtful: no revision id, liquisearch's own "
 "terms not found. piglix.com's copy (lead and History run together with words misplaced: 'set up on 14 June "
 "1967Air France ... byIn the beginning'), a worldcrews.blogspot.com post copying the lead, an Italian mirror and "
 "a question-and-answer page were looked at and not used. Air Mauritius, Air Mauritius Holdings, Rogers and Co., "
 "Air Madagascar, British Airtours: " + CHECKED + " (Air France, BOAC, British Airways and Air India are named in "
 "other corpus texts, other events).",
 "non-US", v3=True, copy_of="the Wikipedia article, via liquisearch.com's copy"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
