#!/usr/bin/env python3
"""Batch 38i (session 39; helper gather39i): an exchange outage told in a US federal public-domain text, the lane of
bank, payment-network, stock-exchange, airline-system and air-traffic failures (batches 37l, 37p, 37t) — the Tokyo
Stock Exchange's failure of Tuesday 1 November 2005, when its computerized trading system failed to boot up, all
stock trading was suspended until the afternoon, the linked bourses in Sapporo and Fukuoka were off line too and the
exchange's managing director blamed software developed by Fujitsu (a Voice of America staff story of 1 November 2005).
The event was in earlier 'looked at, not used' lists as news only (GATHERING.md, batches 36-37t); the VOA story is a
US government work. The text is the search tool's page-store excerpt (`search`, corpus `pages`), embedded here; it
ends at the last full sentence before the excerpt breaks off (`truncated`). Edits in `notes`; no word added or
changed. newskg (or any extractor) was not run on the text.
usage: batch38i.py [POOL_DIR] [--dry]   (default /tmp/gather39i/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import federal, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather39i/pool"

CHECKED = ("Checked before annotation (grep -ril on train/dev/test, the gather scripts and /tmp/gather39*/pool as "
           "they stood; file names only): 'Amano', 'Osaka Stock Exchange', '2005-11-01' -> no file; 'Tokyo Stock "
           "Exchange' -> two texts on other subjects (a Livedoor investigation of 2006, a Micron company text); "
           "'Yosano' -> one 2008 recession story; 'Sapporo' -> an earthquake text. GATHERING.md names 'the Tokyo Stock "
           "Exchange halt (1 November 2005)' and 'its 1 November 2005 failure' only in 'looked at, not used' lists "
           "(news only), so the event is new to the corpus")


R = []
# ---- exchanges, Tokyo: the trading-system failure of 1 November 2005 (a VOA staff story) ------------------------------
U1 = "https://www.voanews.com/a/a-13-2005-11-01-voa4/305582.html"
T1 = "Tokyo Stock Exchange Suspends Trading After Systems Failure"
R.append(federal("voa-tokyo-stock-exchange-suspends-trading-systems-failure-2005", U1, "2005-11-01", T1,
 "Asia's largest stock exchange failed to open for business on time Tuesday due to what officials called a software "
 "defect. It was the first time in its nearly 60-year history that the Tokyo Stock Exchange was forced to suspend all "
 "stock trading.\n\n"
 "It was not until the afternoon that technicians at the Tokyo Stock Exchange were able to get their computerized "
 "trading system working again. But in the 90-minute session, the benchmark Nikkei index of 225 selected issues soared "
 "nearly two percent to 13,867, a 53-month high.\n\n"
 "Exchange officials say the network, which is also linked to bourses in Sapporo and Fukuoka, failed to boot up "
 "Tuesday morning, causing all six computer servers that process orders to fail.\n\n"
 "Tokyo Stock Exchange Managing Director Tomio Amano apologized to investors for the worst systems failure to hit the "
 "bourse since it ended traditional floor trading and shifted entirely to computerized dealing in 1999.\n\n"
 "Mr. Amano says the problem was caused by software installed last month that processes data from investment banks. "
 "He says the exchange might seek compensation for damages from Fujitsu, the developer of the software.\n\n"
 "The exchange, which has recently seen record trading volume, last month instituted an emergency upgrade of its "
 "computer system to handle increased capacity for orders.\n\n"
 "Trading of futures and options was not affected.\n\n"
 "The Osaka Stock Exchange, which is on a different computer system, operated normally and reported a surge in volume "
 "while the exchanges in the three other cities were off line.\n\n"
 "Kaoru Yosano, who was appointed economic and fiscal policy minister only on Monday, calls the system failure a "
 "serious problem. Mr. Yosano says the trouble is of concern not only to Japan, but the entire financial world.",
 "financial markets/exchanges", "outage",
 f"Voice of America, news story, '{T1}', 2005-11-01, US federal government work (public domain); text as at {U1}",
 "Voice of America website (page store)",
 "The VOA story as voanews.com serves it in the page store (found with \"Wikinews Tokyo Stock Exchange trading halted "
 "computer system failure November 1 2005 Fujitsu\", rank 2 among news copies). The page chrome ('Accessibility "
 "links', 'Breaking News') and the heading (kept as title) left out; `published` from the address "
 "('a-13-2005-11-01-voa4'), the Tuesday the story tells (1 November 2005 was a Tuesday). Cut before 'The Financial "
 "Services Agency late Tuesday, invoking the Securities and Exchange Law, ordered the Tokyo bourse to report on the "
 "cause o', where the excerpt breaks off (`truncated`): the regulator is therefore not in the text. Kept as written: "
 "'computerized', 'nearly 60-year history', '13,867, a 53-month high', 'Mr. Amano', 'off line', 'economic and fiscal "
 "policy minister'. The excerpt carries no byline and no wire-service credit (AP, Reuters, AFP), so it is taken as a "
 "VOA staff story, a US government work (as batch 18a's VOA item). " + CHECKED + ".",
 True, region="non-US"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
