#!/usr/bin/env python3
"""Batch 41l (session 42; gatherer lane 41l): a Voice of America staff story on companies in South Korea, 2003 — a
conglomerate's share price falling after a false earnings report, its trading arm's allegedly inflated accounts, an
investment bank's senior analyst on the timing of corporate reforms, the central bank's stimulus for the debt
markets — the VOA business lane of sessions 39-42 (GATHER-VOA39.md), a round of session 42 after batch 41f, from VOA's
weekly Asian business round-up on voanews.com (page store):
- SK Corporation's share price plunge, SK Global's accounts allegedly inflated by $1.2 billion in 2001, the group's
  owner and nine top executives charged, president Roh Moo-Hyun's chaebol reforms, Robert Subbaraman, senior analyst
  at Lehman Brothers, the Central Bank of Korea's $1.6 billion injection (VOA, Katherine Maria, 17 March 2003).
The text is the search tool's page-store excerpt (`search`, corpus `pages`) of the story on voanews.com, embedded here.
The story's page text as held shows no wire credit (AP, Reuters, AFP, 'Some information for this report came from
...'); its teaser names the VOA reporter ('Katherine Maria takes a look at ...'); it is taken as a VOA staff story, a
US government work (17 U.S.C. 105), as batch 18a's, 38m's-38zd's, 39d's, 39j's, 40e's, 40i's and 41f's VOA items.
Record built with write_pool.voa. Edits in `notes`; no word added or changed. newskg (or any extractor) was not run on
the text.
usage: batch41l.py [POOL_DIR] [--dry]   (default /tmp/gather42l/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa as rec, write_all
from batch41f import CHECKED

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather42l/pool"

NO_WIRE = ("Wire check: the page text as held carries no credit to AP, Associated Press, Reuters, AFP, Agence "
           "France-Presse or any other agency or outlet and no 'Some information for this report came from' line; "
           "its teaser names the VOA reporter ('Katherine Maria takes a look at major business developments around "
           "Asia this week'), so it is taken as a VOA staff story (as batch 18a's, 38m's-38zd's, 39d's, 39j's, 40e's, "
           "40i's and 41f's VOA items; the page itself was not seen whole)")

R = []
# ---- South Korea: SK Corporation's false earnings report, SK Global, Lehman's Subbaraman (17 March 2003) ----------
R.append(rec("voa-sk-global-accounting-scandal-sk-corporation-lehman-subbaraman-2003",
 "http://www.voanews.com/a/a-13-a-2003-03-17-3-south/303705.html", "2003-03-17",
 "South Korean Corporate Accounting Scandal Rocks Investor Confidence",
 "An accounting scandal in one of South Korea's biggest corporations rocks investor confidence, and around Asia, "
 "rents for office space in major cities have fallen. Katherine Maria takes a look at major business developments "
 "around Asia this week.\n\n"
 "South Korea's third biggest conglomerate, SK Corporation, saw its share price plummet more than 20 percent last "
 "week after it was revealed the group had issued a false earnings report. Accounts of the group's trading arm, SK "
 "Global, were allegedly inflated by $1.2 billion in 2001. South Korean authorities have charged the group's owner "
 "and nine top executives with fraud and other business irregularities.\n\n"
 "Since taking office last month, South Korea's new president Roh Moo-Hyun has pushed forward with reforms and "
 "investigations into illegal trading within the country's \"chaebols\", family-controlled conglomerates. Some "
 "analysts say that government measures to improve transparency among South Korea's biggest conglomerates are "
 "overdue.\n\n"
 "But senior analyst Robert Subbaraman at investment bank Lehman Brothers said the timing of corporate reforms is "
 "unfortunate, given the fragile global economy and the tension over North Korea's nuclear programs. \"It's good to "
 "push through reforms but it is important to recognize that they do have short-term negative feedback affects on "
 "the economy,\" he said. \"The government might have to slow down some of these reforms in the near term and start "
 "to focus more on ways to try to boost the economy.\"\n\n"
 "Just days after the accounting scandal came to light the Central Bank of Korea announced a stimulus package aimed "
 "at stabilizing the country's debt markets. Investors have been selling off bonds, worried by SK Corporation's "
 "ability to pay its debts and by continued tensions over North Korea and a possible war in Iraq.\n\n"
 "The bank injected $1.6 billion into the short-term debt market by buying repurchase agreements.",
 "conglomerates/banking", "fraud,economy,regulatory",
 "The VOA round-up as voanews.com serves it in the page store ('/a/a-13-a-2003-03-17-3-south/303705.html'; found with "
 "\"Week in Asia Business SK Global accounting fraud South Korea creditors analyst says\", rank 7; its first sentence "
 "as a query brought back VOA's Korean-language version of the same story, voakorea.com, rank 1, and no other "
 "English copy). Cut: the chrome ('Accessibility links'), the heading (kept as title 'South Korean Corporate "
 "Accounting Scandal Rocks Investor Confidence'). The excerpt (about 2,000 characters) ends at a full sentence ('The "
 "bank injected $1.6 billion into the short-term debt market by buying repurchase agreements.') before the office-rent "
 "item the teaser announces: `truncated` true. `published` from the address ('a-13-a-2003-03-17'; a Monday). Kept as "
 "written: 'Roh Moo-Hyun' (capital H), 'negative feedback affects' (for 'effects', as held), 'the Central Bank of "
 "Korea' (the text's name for the Bank of Korea), '\"chaebols\"' (the quotation marks as held). " + NO_WIRE + ". "
 + CHECKED + "'303705', 'a-13-a-2003-03-17', 'Subbaraman', 'Katherine Maria', 'Son Kil' -> no file; 'SK Global' -> "
 "only GATHERING.md (batch 41f's 'no VOA page' line on SK Global's creditors); 'Chey Tae' -> test wp-chey-tae-won (by "
 "file name; a Wikipedia biography of the SK chairman, not opened: it may tell the 2003 fraud; this text names no "
 "owner) and batch 27e's scripts. None of the VOA stories of batches 38m-41f (ids and addresses checked) is of 17 "
 "March 2003.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
