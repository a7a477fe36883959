#!/usr/bin/env python3
"""Batch 41f (session 42; gatherer lane 41f): a Voice of America staff story on companies in Hong Kong, mainland China,
Singapore and the US West Coast, 2002 — a Hong Kong airline's five new Asian routes and its growing rivalry with the
larger carrier that holds a stake in it, an investment bank's airline analyst, an entertainment group delaying a
mainland theme park, a Singapore port operator's cargo growth — the VOA business lane of sessions 39-42
(GATHER-VOA39.md), a round after batches 39d, 39j, 40e and 40i turned away from Japan, from VOA's weekly Asian business
round-up on voanews.com's archive (page store):
- Dragonair's go-ahead for Manila, Seoul, Tokyo, Bangkok and Sydney, Cathay Pacific's stake in Dragonair and its bid
  for mainland routes, Philip Wickham, airline analyst with ING Barings, Disney delaying a mainland park until 2010,
  PSA's cargo traffic after the US West Coast port shutdown (VOA, 9 December 2002).
The text is the search tool's page-store excerpt (`search`, corpus `pages`) of the story on voanews.com, embedded here.
The story's page text as held shows no byline and no wire credit (AP, Reuters, AFP, 'Some information for this report
came from ...'); it is taken as a VOA staff story, a US government work (17 U.S.C. 105), as batch 18a's, 38m's-38zd's,
39d's, 39j's, 40e's and 40i's VOA items. Record built with write_pool.voa. Edits in `notes`; no word added or changed.
newskg (or any extractor) was not run on the text.
usage: batch41f.py [POOL_DIR] [--dry]   (default /tmp/gather42f/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa as rec, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather42f/pool"

NO_WIRE = ("Wire check: the page text as held carries no byline, no credit to AP, Associated Press, Reuters, AFP, "
           "Agence France-Presse or any other agency or outlet and no 'Some information for this report came from' "
           "line, so it is taken as a VOA staff story (as batch 18a's, 38m's-38zd's, 39d's, 39j's, 40e's and 40i's VOA "
           "items; the page itself was not seen whole)")
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, the gather scripts, GATHERING.md and "
           "/tmp/gather42*/pool as they stood; file names only, no test or dev text opened): ")

R = []
# ---- Hong Kong: Dragonair's new routes, Cathay Pacific, ING Barings' Wickham, Disney, PSA (9 December 2002) ---------
R.append(rec("voa-dragonair-new-routes-cathay-pacific-ing-barings-wickham-disney-psa-2002",
 "https://www.voanews.com/archive/week-asia-business-2002-12-09", "2002-12-09", None,
 "Hong Kong-based airline, Dragonair, has received the go-ahead to fly to five new Asian destinations: Manila, Seoul, "
 "Tokyo, Bangkok and Sydney.\n\n"
 "In September, Hong Kong regulators granted the airline permission to fly between Hong Kong and Taipei - one of "
 "Asia's most lucrative routes. That move put the company in direct competition with Hong Kong's largest carrier, "
 "Cathay Pacific, which holds a stake in Dragonair.\n\n"
 "Cathay Pacific is now seeking approval to fly to destinations in mainland China, currently serviced by Dragonair.\n\n"
 "Philip Wickham is an airline analyst with ING Barings investment bank. \"It's another sign of the relationship "
 "between Dragonair and Cathay starting to evolve into one of competition from one previously pretty much working "
 "together,\" he says. \"The thing, which Cathay is weighing, is the value of investment in Dragonair versus what the "
 "potential of loss could be in terms of market position.\"\n\n"
 "Analysts say consumers are not expected see price discounts on the new Dragonair routes in the near future, as the "
 "extra flights will have little impact on capacity.\n\n"
 "Disney says it will delay plans to open a theme park in mainland China now until 2010 - so it can make sure its "
 "park being constructed in Hong Kong is successful first. The Hong Kong site is due to open by 2006 and is expected "
 "to attract millions of visitors from the mainland. The company revealed only months ago that it was talking with "
 "Shanghai officials, sparking concern in Hong Kong about too much nearby competition.\n\n"
 "One of Asia's largest port operators PSA says labor unrest that shut down U.S. West Coast ports earlier this year "
 "has had little impact on its overall bottom line. The state-owned Singaporean company says purchases of terminals "
 "in China and Belgium have helped it boost cargo traffic by close to 30 percent.",
 "aviation/leisure/shipping", "service,ownership,competition,expansion,earnings",
 "The VOA round-up as voanews.com's archive serves it in the page store ('/archive/week-asia-business-2002-12-09'; "
 "found with \"Week in Asia Business 2002-12-09 Dragonair new routes mainland China Philip Wickham ING Barings\", "
 "rank 1; batch 38zc had seen it and left it as a lead). The stored text shows no heading and no page chrome (`title` "
 "null, as batch 39d's pangea-cms item; the attribution says so). Cut: at the end the broken 'In Australia, Prime "
 "Minister John Howard announced a $200 million aid package for the next three years to help farmers survive the "
 "country's worst drought in nearly a cent' where the store's excerpt (about 2,000 characters) breaks off: "
 "`truncated` true. `published` from the address ('2002-12-09'). Kept as written: 'Hong Kong-based airline, "
 "Dragonair,' (commas as held), 'not expected see' (a word missing, as held), 'The thing, which Cathay is weighing,', "
 "'One of Asia's largest port operators PSA' (no comma), 'U.S. West Coast'. " + NO_WIRE + ". " + CHECKED
 + "'Wickham', 'week-asia-business-2002-12-09', '2002-12-09' -> no file; 'ING Barings' -> one train text on another "
 "subject (wp-iowa-telecom); 'Dragonair' -> dev wp-cathay-dragon (by file name; a Wikipedia article on the airline, "
 "not opened: its history may mention the 2002 routes or Cathay's stake) and batch 28d's scripts; 'Disney' -> texts "
 "on other subjects (Pixar, Euro Disney, Disney Cruise Line, others); 'PSA' -> only Public Safety Answering Point "
 "texts (FCC), not the port operator; 'John Howard', 'drought' -> other subjects (and cut here). None of the VOA "
 "stories of batches 38m-40i (ids and addresses checked) is of 9 December 2002.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
