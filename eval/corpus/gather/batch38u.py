#!/usr/bin/env python3
"""Batch 38u (session 39; helper gather39u): a VOA Learning English (then 'Special English') staff story on a company,
the Learning English lane of session 39 (GATHER-VOA39.md), company stories:
- an Italian food company's collapse into bankruptcy, its chairman's arrest, the administrator its creditors
  appointed, a financial director's arrest, a financial official's admission and an offshore Parmalat company that
  existed only on paper (Parmalat, Bonlat Financing, Bank of America) (VOA Special English Economics Report,
  learningenglish.voanews.com, January 2004).
The text is the search tool's page-store excerpt (`search`, corpus `pages`) of the story on
learningenglish.voanews.com, embedded here. The page text as held shows no byline but the VOA announcer's line and no
wire credit (AP, Reuters, AFP, 'adapted from', 'Some information for this report came from ...'), so it is taken as
a VOA staff story, a US government work (17 U.S.C. 105), as batch 18a's VOA item. Edits in `notes`; no word added or
changed. newskg (or any extractor) was not run on the text.
usage: batch38u.py [POOL_DIR] [--dry]   (default /tmp/gather39u/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from functools import partial
from write_pool import voa, write_all

rec = partial(voa, origin="Voice of America Learning English website (page store)")

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather39u/pool"

NO_WIRE = ("Wire check: the page text as held carries no byline other than the VOA announcer's opening line ('This is "
           "Bob Doughty with the VOA Special English Economics Report.') and no credit to AP, Associated Press, "
           "Reuters, AFP, Agence France-Presse or any other agency or outlet, no 'adapted from' line and no 'Some "
           "information for this report came from' line, so it is taken as a VOA staff story (as batch 18a's VOA "
           "item; the page itself was not seen whole). The Financial Times is named in the text as a source of one "
           "fact ('The Financial Times newspaper says ...'), a report the story cites, not a credit for the text")



R = []
# ---- Italy: Parmalat's collapse, arrests, the administrator, an offshore paper company (January 2004) ---------------
R.append(rec("voa-parmalat-bankrupt-tanzi-arrested-bondi-administrator-2004",
 "https://learningenglish.voanews.com/a/a-23-a-2004-01-23-2-1-83122882/123573.html", "2004-01-23",
 "Parmalat's Problems",
 "In December, the Italian food company Parmalat admitted that almost five-thousand-million dollars the company said "
 "it had in a bank did not exist. The value of the company\u2019s debt investments, called bonds, fell by about "
 "seventy-five percent. Within one week, the company sought protection from its creditors. The company had failed and "
 "was bankrupt.\n\n"
 "Company Chairman Calisto Tanzi was arrested in December. So far, eleven people have been arrested and at least "
 "twenty-five people are under investigation.\n\n"
 "Mister Tanzi has admitted to taking at least six-hundred-million dollars from Parmalat. Investigators are now "
 "looking for at least seven-thousand-million dollars that the company claimed it had.\n\n"
 "Parmalat\u2019s creditors appointed Enrico Bondi as administrator of the company while it is in bankruptcy. The "
 "Italian Parliament has given Mister Bondi wide powers to administer the company. The Financial Times newspaper says "
 "Mister Bondi can cancel deals made by Parmalat up to two year ago.\n\n"
 "A lawyer for a group of Parmalat\u2019s creditors said some of the missing money may have been placed in a Bank of "
 "America office in New York City. Carlo Zauli says private investigators have linked the money at the bank to "
 "Mister Tanzi. But the Bank of America says it has investigated and found no record of so much money.\n\n"
 "Fausto Tonna, a financial director and advisor at the company has also been arrested. So has his wife. One of "
 "Parmalat\u2019s financial officials, Gianfranco Bocchi, has admitted to creating false documents. One claimed that a "
 "Parmalat company, called Bonlat Financing, had five-thousand-million dollars. The company was in the Cayman "
 "Islands.\n\n"
 "Bonlat is similar to other companies created by Parmalat in the Netherlands. These companies exist only on paper. "
 "They do not sell anything. They serve to create the appearance of business activity.",
 "food/finance", "bankruptcy,fraud,leadership",
 "The VOA Special English Economics Report as learningenglish.voanews.com serves it in the page store (found with "
 "\"In December, the Italian food company Parmalat admitted that almost five-thousand-million dollars the company "
 "said it had in a bank did not exist\", rank 1; a third-party copy on testbig.com, dated there 2004-1-22, rank 5, "
 "not used). Cut: the page chrome ('Accessibility links', 'Breaking News'), the heading (kept as title), the "
 "announcer's opening line ('This is Bob Doughty with the VOA Special English Economics Report.', broadcast "
 "framing); cut before 'Yet, these c', where the excerpt breaks off mid-word (`truncated`). `published` 2004-01-23 "
 "from the address ('a-23-a-2004-01-23'; doubtful by a day: testbig dates the script 2004-1-22; no relative day "
 "word in the text depends on it). Kept as written (curly apostrophes as held): 'five-thousand-million', "
 "'Mister Tanzi', 'up to two year ago', 'a financial director and advisor at the company has also been arrested' "
 "(no comma). " + NO_WIRE + ". Checked before annotation (grep -ril on train/dev/test, the gather scripts and "
 "/tmp/gather39*/pool as they stood; file names only): 'Parmalat', 'Tanzi', 'Calisto', 'Bondi', 'Bonlat', "
 "'Zauli', 'Tonna', 'Bocchi' -> no file: the Parmalat collapse of December 2003 is new to the corpus.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
