#!/usr/bin/env python3
"""Batch 42f (session 43; gatherer lane 42f): two Voice of America staff stories from South Korea and South Africa,
2005 and 2008 — a collapsed conglomerate's founder and former chairman back from six years abroad to face fraud
charges; a state power utility that cut supplies to the country's mines and now restores most of them, with the
minister's rationing plan — the VOA business lane of sessions 39-43 (GATHER-VOA39.md), a round of session 43 after
batch 42c, from VOA's own news pages on voanews.com (page store, '/a/a-13-2005-...' and '/a/a-13-2008-...'):
- Daewoo's former chairman Kim Woo-chung returning to Seoul from Vietnam on Tuesday 14 June 2005 to face charges of
  fraud and graft, the $40 billion of exaggerated finances, the $25 billion sent abroad, the company he started in
  1967 (VOA, 14 June 2005);
- South Africa's gold, diamond and platinum mines, which suspended operations on Friday 25 January 2008 after Eskom
  said it could not guarantee their power, hoping to resume as Eskom restores 90 percent of their supplies; the
  Chamber of Mines' estimate of the daily loss; Public Enterprises minister Alec Erwin's four months of rationing
  (VOA, Scott Bobb, Johannesburg, 30 January 2008).
The texts are the search tool's page-store excerpts (`search`, corpus `pages`) of the stories on voanews.com, embedded
here. Neither page text as held shows a wire credit (AP, Reuters, AFP, 'Some information for this report came from
...'); the South African story names its VOA correspondent. Both are taken as VOA staff stories, US government works
(17 U.S.C. 105), as batch 18a's, 38m's-38zd's, 39d's, 39j's, 40e's, 40i's, 41f's, 41l's, 41r's and 42c's VOA items.
Records built with write_pool.voa; the duplicate-check wording is batch 42c's (imported). Edits in `notes`; no word
added or changed. newskg (or any extractor) was not run on the texts.
usage: batch42f.py [POOL_DIR] [--dry]   (default /tmp/gather43f/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa as rec, write_all
from batch42c import NO_WIRE, CHECKED

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather43f/pool"

WIRE_VOA_BYLINE = ("Wire check: the page text as held carries no credit to AP, Associated Press, Reuters, AFP, "
                   "Agence France-Presse or any other agency or outlet and no 'Some information for this report came "
                   "from' line; its standfirst names VOA's own correspondent ('Correspondent Scott Bobb reports from "
                   "Johannesburg'); it is taken as a VOA staff story (as batch 18a's, 38m's-38zd's, 39d's, 39j's, "
                   "40e's, 40i's, 41f's, 41l's, 41r's and 42c's VOA items; the page itself was not seen whole)")

R = []
# ---- South Korea: Daewoo's former chairman Kim Woo-chung returns to face charges (14 June 2005) ---------------------
R.append(rec("voa-daewoo-kim-woo-chung-returns-fraud-charges-2005",
 "https://www.voanews.com/a/a-13-2005-06-14-voa17-67391762/275432.html", "2005-06-14",
 "Former Corporate Titan Returns to South Korea for Criminal Trial",
 "A corporate tycoon turned illegal fugitive returned to South Korea Tuesday to face charges of fraud and graft. Kim "
 "Woo-chung was the chairman of Daewoo, a conglomerate that once symbolized South Korean can-do capitalism. But Daewoo "
 "went bankrupt several years ago, and its former chairman faces charges stemming from the collapse of his one-time "
 "empire.\n\n"
 "Police escorted Kim Woo-chung through an angry mob as he arrived Tuesday in Seoul after an early morning flight "
 "from Vietnam.\n\n"
 "Many South Koreans want the 68-year-old tycoon punished for financial crimes he is accused of committing as the "
 "chairman of Daewoo, the corporate empire he started in 1967.\n\n"
 "Mr. Kim fled South Korea six years ago following the Asian financial crisis that helped bring on Daewoo's collapse, "
 "inflicting heavy losses on investors and the South Korean public sector.\n\n"
 "Prosecutors say Mr. Kim exaggerated Daewoo's finances by $40 billion, then used those fraudulent records to secure "
 "billions of dollars in illegal bank loans.\n\n"
 "They also accuse him of transferring $25 billion to overseas accounts - much of which, prosecutors say, was used to "
 "buy influence with South Korean politicians.\n\n"
 "Mr. Kim has not made any specific admissions of guilt, but did tell reporters at the airport he is sorry.\n\n"
 "Mr. Kim said he is ready to take whatever responsibility is necessary for his actions. If found guilty, he faces "
 "fines and imprisonment for the company's financial improprieties - punishments other Daewoo executives have "
 "already received.\n\n"
 "In addition to criminal charges, Mr. Kim faces dozens of civil suits. Daewoo shareholders say they have lost a "
 "combined total of about $300 million because of his actions.\n\n"
 "Many South Koreans have mixed emotions about Mr. Kim's return to South Korea.",
 "conglomerates", "executives,fraud,bankruptcy",
 "The VOA story as voanews.com serves it in the page store ('/a/a-13-2005-06-14-voa17-67391762/275432.html'; found "
 "with \"voanews 2005 Daewoo founder Kim Woo-choong returns Seoul arrested\", rank 4, and again at rank 1 for a query "
 "of its first two sentences; no other copy came back). Cut: the chrome ('Accessibility links', 'Breaking News'), the "
 "heading (kept as title 'Former Corporate Titan Returns to South Korea for Criminal Trial'), the photo caption run "
 "into the first paragraph ('Investigator arrest Kim Woo-choong, center, upon his arrival at Incheon International "
 "Airport'). The excerpt (about 2,000 characters) breaks off inside the next sentence ('His success in turning a "
 "small textile '), cut after '... about Mr. Kim's return to South Korea.': `truncated` true. `published` from the "
 "address ('a-13-2005-06-14'; a Tuesday, the day of the return told as 'Tuesday'). Kept as written: 'Kim Woo-chung' "
 "(the caption, cut, spells it 'Kim Woo-choong'), 'illegal fugitive', 'the 68-year-old tycoon', 'overseas accounts - "
 "much of which'. " + NO_WIRE + ". " + CHECKED + "'275432', 'a-13-2005-06-14', 'Woo-chung', 'Woo-choong', 'Woo "
 "Choong', 'Incheon' -> no file; 'Daewoo' -> train voa-gm-daewoo-motor-takeover-agreement-2001 (batch 38m's: GM's "
 "purchase of Daewoo Motor, 2001, another event), a Romanian Ford text of 2007 (test, by file name), Uzbek telecom "
 "texts naming Daewoo Unitel and an EU merger text (other subjects, by file name); GATHERING.md names 'Daewoo Motors/GM "
 "Korea' and 'Daewoo Electronics' only among pages not used. The return of 14 June 2005 is new to the corpus as far "
 "as file names show; none of the VOA stories of batches 38m-42c (ids and addresses checked) is of 14 June 2005.",
 True))

# ---- South Africa: Eskom restores power to the mines after the January 2008 cuts (30 January 2008) ------------------
R.append(rec("voa-south-africa-mines-eskom-power-cuts-erwin-rationing-2008",
 "https://www.voanews.com/a/a-13-2008-01-30-voa19-66596232/555857.html", "2008-01-30",
 "South African Mines Seek to Resume Operations After Power Cuts",
 "Mines in South Africa are beginning to ramp up production six days after most halted operations because of "
 "widespread shortages of electrical power. Correspondent Scott Bobb reports from Johannesburg the state-owned "
 "electrical company says it hopes to restore 90 percent of power to the industry, but adds that rationing will be "
 "needed for months to come.\n\n"
 "South Africa's major mines said they hoped to resume most operations by the end of the week when the state-owned "
 "electricity company, Eskom, said it would restore 90 percent of their power supplies.\n\n"
 "The companies said they needed at least 90 percent of normal power to safely send their miners underground. Most "
 "of their power is used to ventilate and pump water from shafts up to four kilometers deep.\n\n"
 "Officials at some mines said they would not resume production until next week.\n\n"
 "South Africa's major gold, diamond and platinum mines suspended operations Friday after Eskom told them it could "
 "not guarantee adequate supplies of electricity.\n\n"
 "The Chamber of Mines estimates $250 million was lost each day by mining companies, suppliers, workers and tax "
 "collection agencies.\n\n"
 "The minister for Public Enterprises, Alec Erwin, told reporters that restoring power to the mines would mean "
 "sacrifices from other consumers.\n\n"
 "\"We need to go into a power rationing situation for the next four months, very intensive for the first four weeks "
 "and then reducing to a degree in the next four months,\"said Erwin.\n\n"
 "He said Eskom and the government would begin rationing electricity in order to avoid more emergency cuts.\n\n"
 "South Africa had been experiencing power outages for months because of rising demand from its booming economy. But "
 "the shortfall reached the crisis level when several power plants were taken off-line for routine maintenance and "
 "others were shut down unexpectedly because of technical problems.",
 "utilities/electricity", "outage,energy,mining",
 "The VOA story as voanews.com serves it in the page store ('/a/a-13-2008-01-30-voa19-66596232/555857.html'; found "
 "with \"voanews 2008 South Africa Eskom power cuts mines shut electricity shortage\", rank 5, and again at rank 2 "
 "for a query of its first sentence; no other copy came back). Cut: the chrome ('Accessibility links', 'Breaking "
 "News'), the heading (kept as title 'South African Mines Seek to Resume Operations After Power Cuts'). The excerpt "
 "(about 2,000 characters) breaks off inside the next sentence ('Economists say the power cuts have ma'), cut after "
 "'... because of technical problems.': `truncated` true. The standfirst (the first paragraph, with the "
 "correspondent's name) is kept as the page gives it. `published` from the address ('a-13-2008-01-30'; a Wednesday; "
 "'suspended operations Friday' is 25 January). Kept as written: 'months,\"said Erwin' (no space), 'four kilometers "
 "deep', 'the state-owned electrical company'. " + WIRE_VOA_BYLINE + ". " + CHECKED + "'555857', "
 "'a-13-2008-01-30', 'Alec Erwin', 'Chamber of Mines', 'Scott Bobb' -> no file; 'Eskom' -> train "
 "wp-south-african-energy-crisis (batch 27c's Wikipedia text on the crisis: no 2008 event and no mine in its text, "
 "read here, a train file), dev wn-wikinews-shorts-january-20-2008-2008 (batch 32g's Shorts: per GATHERING.md its "
 "outages are Zambia's and Zimbabwe's of 19 January 2008, not read here), test "
 "us-sec-abb-south-africa-eskom-bribery-fcpa-unit-2022 and Umeme, Globeleq and company texts (other subjects, by "
 "file name). The mines' suspension of 25 January 2008 and its restoration are new to the corpus as far as file "
 "names and GATHERING.md show (a doubtful point: the same national power crisis is the subject of the train Wikipedia "
 "text); none of the VOA stories of batches 38m-42c (ids and addresses checked) is of 30 January 2008.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
