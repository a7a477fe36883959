#!/usr/bin/env python3
"""Batch 38zd (session 39; helper gather39zd): a Voice of America staff story on companies in Japan, 2002 — a
second meat processor accused of mislabeling beef, the agriculture minister's response, Snow Brand Foods' earlier
case, an Internet service provider and a data communications company that may join forces, the Bank of Japan's
assessment — the VOA lane of session 39 (GATHER-VOA39.md), business stories only, a round after batches 38m, 38o,
38p, 38q, 38r, 38t, 38v, 38y, 38za and 38zb (brief: single VOA staff business stories of the Asian bureaus, 2001-2006,
not yet taken); from VOA's Tokyo business reports (page store; the page shows 'Accessibility links / Breaking News /
<heading> - 2002-07-19'):
- a new beef-labelling scandal, a possible fiber-network tie-up (Nippon Shokuhin, Agriculture Ministry, Tsutomu
  Takebe, Snow Brand Foods, Internet Initiative Japan, PoweredCom, Bank of Japan) (VOA, 19 July 2002).
The text is the search tool's page-store excerpt (`search`, corpus `pages`) of the story on voanews.com, embedded
here. The page text as held shows no byline or wire credit (AP, Reuters, AFP, 'Some information for this report came
from ...'); it is taken as a VOA staff story, a US government work (17 U.S.C. 105), as batch 18a's, 38m's, 38o's-38r's,
38t's, 38v's, 38y's, 38za's and 38zb's VOA items. Record built with write_pool.voa. Edits in `notes`; no word added
or changed. newskg (or any extractor) was not run on the text.
usage: batch38zd.py [POOL_DIR] [--dry]   (default /tmp/gather39zd/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa as rec, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather39zd/pool"

NO_WIRE = ("Wire check: the page text as held carries no byline, no credit to AP, Associated Press, Reuters, AFP, "
           "Agence France-Presse or any other agency or outlet and no 'Some information for this report came from' "
           "line, so it is taken as a VOA staff story (as batch 18a's, 38m's, 38o's-38r's, 38t's, 38v's, 38y's, "
           "38za's and 38zb's VOA items)")
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, the gather scripts and /tmp/gather39*/pool as "
           "they stood; file names only, no test or dev text opened): ")
CHROME = "the page chrome ('Accessibility links', 'Breaking News')"


R = []
# ---- Japan: Nippon Shokuhin's beef scandal, IIJ and PoweredCom may join forces (19 July 2002) -----------------------
R.append(rec("voa-nippon-shokuhin-beef-scandal-takebe-iij-poweredcom-2002",
 "https://www.voanews.com/a/a-13-a-2002-07-19-28-new-66502422/553020.html", "2002-07-19",
 "New Scandal Involving Japanese Food Company Hits the Headlines",
 "In Japan, a leading Internet access provider considers a joint venture, and a new scandal involving a food "
 "company hits the headlines. A second Japanese meat processor has been accused of intentionally mislabeling beef. "
 "Police have searched Nippon Shokuhin, a bankrupt meat processor in southern Japan that is suspected of falsely "
 "labeling imported beef as domestic to receive government subsidies. The Agriculture Ministry has filed criminal "
 "complaints against two of the company's executives.\n\n"
 "Tokyo introduced a beef buyback program to help meat companies hit by a sales slump after an outbreak of mad cow "
 "disease last year. Nippon Shokuhin, which filed for bankruptcy court protection earlier this month, is alleged to "
 "have received about one-million dollars from the government under false pretenses.\n\n"
 "Agricultural Minister Tsutomu Takebe said he is outraged that the scandal occurred. He said his ministry will "
 "respond aggressively.\n\n"
 "Snow Brand Foods, a well-known brand across the country, was involved in a similar case, and police arrested "
 "five company officials in May.\n\n"
 "Mad cow disease is thought to cause a fatal brain disease in humans that has killed about 100 people around the "
 "world, mostly in Europe.\n\n"
 "Internet Initiative Japan, a Japanese Internet service provider, and PoweredCom, a data communications company, "
 "may join forces.\n\n"
 "They aim to run a national fiber optic network and become leaders in the telecommunications industry. Two "
 "companies will announce concrete plans by the end of this year.\n\n"
 "The Bank of Japan this week upgraded its economic assessment for the fifth consecutive month. Brisk exports and "
 "an improvement in corporate sentiment are behind the bright outlook. However, the central bank remains concerned "
 "about faltering worldwide stock markets and the soaring Japanese currency.",
 "food/internet/telecoms/economy", "regulation,partnership,economy",
 "The VOA story as voanews.com serves it in the page store (found with \"Accessibility links Breaking News Japanese "
 "Government - 2002-01-15 company president apologized\", rank 7, and again with \"Accessibility links Breaking "
 "News Japanese - 2002-08-30 In Japan, a leading company and the government announces\", rank 4). Cut: " + CHROME +
 ", the heading 'New Scandal Involving Japanese Food Company Hits the Headlines - 2002-07-19' (kept as title, less "
 "its date), the broken last sentence where the store's excerpt ends ('The yen recently appreciated to 115.54 "
 "against the dollar, its str'), so `truncated` true. The first paragraph as held runs the story's introduction "
 "('In Japan, a leading Internet access provider considers ... hits the headlines.') into its first report; kept "
 "so. `published` 2002-07-19 from the heading's date and the address ('a-13-a-2002-07-19'). Kept as written: "
 "'Agricultural Minister', 'one-million dollars', 'Two companies will announce' (no article). A weekly-style "
 "business report of VOA's Tokyo bureau (several items), not a single-company story. " + NO_WIRE + ". " + CHECKED +
 "'Nippon Shokuhin', 'Takebe', 'PoweredCom', 'Internet Initiative Japan', '2002-07-19' -> no file; 'Snow Brand' -> "
 "batch 38za's pool, its dev text and scripts (Snow Brand Food's fraud admission of January 2002; this text names "
 "the case only in passing, with the arrests of May 2002 that 38za's text does not tell): the Nippon Shokuhin "
 "case, the IIJ-PoweredCom plan and Takebe's post are new to the corpus.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
