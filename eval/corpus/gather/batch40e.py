#!/usr/bin/env python3
"""Batch 40e (session 41; gatherer lane 40e): Voice of America staff stories on companies in Japan, 2004-2006 — a bank
group's new president, another bank group's president on lending, a carmaker's restructuring plan and its chairman and
chief executive; an electronics and entertainment group's games console launch with a distributor's manager, a
carmaker's record profit and a space agency teaming up with NASA on a supersonic jet; bank groups' half-year results
and a bank group's president, a carmaker's plant stoppages and a recall — the VOA business lane of sessions 39-40
(GATHER-VOA39.md), a round after batches 39d and 39j taken to leads that the Tokyo round-up rounds (38o, 38v) left,
all from VOA's weekly Tokyo business round-ups on voanews.com (page store):
- UFJ Bank's new president Takamune Okihara, Mitsubishi Tokyo Financial Group's president Shigemitsu Miki, Mitsubishi
  Motors' restructuring plan and its chairman and chief executive officer Yoichiro Okazaki, the Mitsubishi
  conglomerate, Mizuho, Resona, exports (VOA, 28 May 2004);
- Sony Corporation's PlayStation 3 launch dates and prices, Microsoft's Xbox 360, Takaaki Noguchi, manager of the Sony
  distributor Totsu Sangyo Company, Toyota's record profit against General Motors, the Japanese Aerospace Exploration
  Agency to team up with NASA on a supersonic passenger jet (VOA, 12 May 2006; batch 38v's lead);
- Mitsubishi Tokyo, Mizuho and Sumitomo Mitsui back in profit, UFJ's loss and UFJ Holdings president Ryosuke
  Tamakoshi, the trade surplus, Nissan's steel-shortage stoppages, Suzuki Motor's Escudo recall (VOA, 26 November
  2004; batch 38v's lead).
Each text is the search tool's page-store excerpt (`search`, corpus `pages`) of the story on voanews.com, embedded
here. No story's page text as held shows a byline or a wire credit (AP, Reuters, AFP, 'Some information for this report
came from ...'); each is taken as a VOA staff story, a US government work (17 U.S.C. 105), as batch 18a's, 38m's-38zd's,
39d's and 39j's VOA items. Records built with write_pool.voa. Edits in `notes`; no word added or changed. newskg (or
any extractor) was not run on the texts.
usage: batch40e.py [POOL_DIR] [--dry]   (default /tmp/gather41e/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa as rec, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41e/pool"

NO_WIRE = ("Wire check: the page text as held carries no byline, no credit to AP, Associated Press, Reuters, AFP, "
           "Agence France-Presse or any other agency or outlet and no 'Some information for this report came from' "
           "line, so it is taken as a VOA staff story (as batch 18a's, 38m's-38zd's, 39d's and 39j's VOA items; the "
           "page itself was not seen whole)")
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, the gather scripts, /tmp/gather40*/pool and "
           "/tmp/gather41*/pool as they stood; file names only, no test or dev text opened): ")

R = []
# ---- Japan: UFJ's new president, MTFG's president, Mitsubishi Motors' restructuring (28 May 2004) -------------------
R.append(rec("voa-ufj-okihara-mtfg-miki-mitsubishi-motors-okazaki-restructuring-2004",
 "https://www.voanews.com/a/a-13-a-2004-05-28-8-1-67347232/272755.html", "2004-05-28",
 "Japanese Banks Still Struggle, Despite Rise in Exports",
 "Exports are on the rise from Japan, but some of the country's banks are still struggling to recover from a long "
 "slump. And one of Japan's automakers unveils a sweeping restructuring plan.\n\n"
 "The Japanese government says exports rose by more than 10 percent for the fourth straight month in April. Exports "
 "shot up nearly 11 percent from the same month a year ago while imports rose 6.5 percent. The trade surplus "
 "increased 30 percent.\n\n"
 "But economists warn Japanese export growth appears to have peaked in the last quarter of 2003 and could further "
 "slow amid signs that global economic growth is diminishing.\n\n"
 "Five of Japan's top seven banks this week announced improved results as the industry continues its decade-long "
 "struggle to shed huge portfolios of bad loans.\n\n"
 "The country's biggest bank, Mizuho, turned a net profit for 2003, but competitors UFJ and Resona stayed in the "
 "red.\n\n"
 "Takamune Okihara is the new president at UFJ Bank.\n\n"
 "Mr. Okihara says this year will be the last chance for a rebirth of UFJ.\n\n"
 "The president of the Mitsubishi Tokyo Financial Group, Shigemitsu Miki, warns profits in the sector will decline "
 "as financial institutions seek to boost lending.\n\n"
 "Mr. Miki says his bank is having a tough time increasing lending because there is no demand for loans and all the "
 "banks are chasing after the same qualified potential customers.\n\n"
 "Another company in the Mitsubishi conglomerate has unveiled a sweeping restructuring plan.\n\n"
 "Mitsubishi Motors says it will shut a domestic assembly plant, close an engine factory in Australia, slash nearly "
 "one-fourth of its group workforce and relocate its headquarters from Tokyo to Kyoto.\n\n"
 "The chairman and chief executive officer of the struggling automaker, Yoichiro Okazaki, says this is a last chance "
 "for the company to survive.",
 "banking/automotive", "earnings,leadership,economy,ownership",
 "The VOA round-up as voanews.com serves it in the page store ('/a/a-13-a-2004-05-28-8-1-67347232/272755.html'; found "
 "with \"Accessibility links Breaking News 3 Major Japanese Banking Groups Return to Profitability UFJ Tamakoshi "
 "Suzuki Escudo recall\", rank 8, and again with \"Accessibility links Breaking News Japanese Banks Mitsubishi UFJ "
 "Mizuho president Toyota Honda VOA Tokyo 2005 business news week\", rank 4). Cut: the page chrome ('Accessibility "
 "links', 'Breaking News', 'News'), the heading (kept as title, less its date: 'Japanese Banks Still Struggle, "
 "Despite Rise in Exports - 2004-05-28'); at the end the broken \"Mr. Okazaki tells reporters that Mitsubishi Motors "
 "is determined to get back to the basics by putting t\" where the store's excerpt (about 2,000 characters) breaks "
 "off: `truncated` true. `published` from the address ('a-13-a-2004-05-28') and the heading's date. Kept as written: "
 "'one-fourth', 'the Mitsubishi Tokyo Financial Group' (with the article), 'UFJ' beside 'UFJ Bank'. " + NO_WIRE + ". "
 + CHECKED + "'Shigemitsu Miki', 'Okazaki', 'a-13-a-2004-05-28', '2004-05-28' -> no file; 'Okihara' -> one test "
 "text (voa-daiei-creditors-ufj-bank-bailout-wal-mart-seiyu-2004, by file name) and batch 38q's scripts, which name "
 "Okihara as UFJ Bank's president in another story (Daiei's creditors): the role repeats one gold fact, the story "
 "does not; 'Mitsubishi Motors' -> texts on other events (its truck-defect cover-ups, its 2004 half-year loss, its "
 "car sales in May 2004; batches 38o, 38q, 38zb): Mitsubishi Motors' restructuring plan of May 2004, Miki's and "
 "Okazaki's posts and the banks' results of that week are new to the corpus.",
 True))

# ---- Japan: PlayStation 3 launch, Totsu Sangyo's manager, Toyota's profit, JAXA and NASA (12 May 2006) --------------
R.append(rec("voa-sony-playstation-3-launch-totsu-sangyo-noguchi-jaxa-nasa-jet-2006",
 "https://www.voanews.com/a/a-13-2006-05-12-voa4/315183.html", "2006-05-12",
 "Sony's PlayStation 3 to Hit the Market in November",
 "Sony Corporation will release its PlayStation 3 video game box in November, and Toyota Motors posted a record "
 "profit for 2005.\n\n"
 "Video game fans eagerly awaiting Sony Corporation's next-generation PlayStation will be able to buy it on "
 "November 11 in Japan, and November 17 in North America and Europe.\n\n"
 "Sony officials say there will be two versions of PS3: a 20-gigabyte version that will cost $499, and a larger, "
 "60-gigabyte version for $599.\n\n"
 "The new PlayStation will cost $100 more than Microsoft's competing machine, the Xbox 360. But Takaaki Noguchi, "
 "manager of Japan's Totsu Sangyo Company, which distributes Sony products, predicts great success for the PS3.\n\n"
 "\"It will do well, regardless of Microsoft's game, because it is more cutting edge than any other computer game "
 "machine on the market today,\" he said. \"I feel PS3 will be popular, especially because it has high resolution "
 "and a huge capacity. In other words, PS3 will lead the market.\"\n\n"
 "Toyota Motor Corporation, Japan's largest carmaker, continues on course to catch General Motors as the world's "
 "biggest producer of vehicles.\n\n"
 "Toyota predicted it would sell 8.45 million vehicles in 2006, an increase of 476,000 over the previous year.\n\n"
 "General Motors, the Number One carmaker for more than half a century, has not released its production "
 "projections for the year, but many analysts say the figure could drop well below 9.7 million vehicles.\n\n"
 "Toyota made a record $12.32 billion profit in the fiscal year ending March 31, enough to make it the world's most "
 "profitable manufacturing company. General Motors lost $10.6 billion last year.\n\n"
 "The Japanese Aerospace Exploration Agency and several Japanese firms plan to team up with their United States "
 "counterpart, NASA, to build a passenger jet that could travel at twice the speed of sound.\n\n"
 "Construction of the jet is due to start this summer, and is expected be completed by 2020.",
 "electronics/automotive/aerospace", "product,earnings,partnership,leadership",
 "The VOA round-up as voanews.com serves it in the page store ('/a/a-13-2006-05-12-voa4/315183.html'; batch 38v's "
 "lead; found with \"Accessibility links Breaking News Sony's PlayStation 3 to Hit the Market in November Totsu Sangyo "
 "Noguchi\", rank 1). Cut: the page chrome ('Accessibility links', 'Breaking News'), the heading (kept as title); at "
 "the end the broken 'The jet is des' where the store's excerpt (about 2,000 characters) breaks off: `truncated` "
 "true. `published` from the address ('a-13-2006-05-12'). Kept as written: 'Toyota Motors' (the teaser) beside "
 "'Toyota Motor Corporation', 'video game box', 'PS3' and 'the PS3', 'the Number One carmaker', 'is expected be "
 "completed' (a word missing, as held), 'Japanese Aerospace Exploration Agency' (so named in the text). " + NO_WIRE
 + ". " + CHECKED + "'Totsu Sangyo', 'Noguchi', 'Aerospace Exploration', 'a-13-2006-05-12', '2006-05-12' -> no "
 "file ('Totsu' alone -> one train text, wp-hiroshi-okuda, and batch 28a's scripts, inside 'Hitotsubashi', no "
 "Totsu Sangyo); 'PlayStation 3' / 'PS3' -> texts on other subjects (Sony's February 2007 forecast, batch 39j's "
 "train text; a 2008 Guitar Hero game, test; Eden Games, train; the 2011 PlayStation Network outage, dev; by file "
 "name) and 'Xbox 360' -> a dev Wikinews text on Microsoft's Xbox 360 launch dates of 2005 (by file name): the "
 "consoles' makers are gold facts there, but the PS3 launch dates and prices of May 2006, Totsu Sangyo's manager, "
 "Toyota's fiscal 2005 record profit and the JAXA-NASA jet plan are new to the corpus; the VOA Tokyo round-ups of "
 "batches 38o-38zd (ids and addresses) -> none of 12 May 2006.",
 True))

# ---- Japan: bank groups' half-year results, UFJ's loss, Nissan's stoppages, Suzuki's recall (26 November 2004) ------
R.append(rec("voa-japanese-banks-profit-ufj-loss-nissan-steel-shortage-suzuki-escudo-recall-2004",
 "https://www.voanews.com/a/a-13-2004-11-26-voa5/291545.html", "2004-11-26",
 "3 Major Japanese Banking Groups Return to Profitability",
 "Three of Japan's top banking groups say they were in the black for the first half of the fiscal year. A rallying "
 "economy is getting credit for helping Mitsubishi Tokyo, Mizuho, and Sumitomo Mitsui turn a profit. The three now "
 "are expected to meet a government deadline to halve their bad-loan portfolios by March 2005.\n\n"
 "But a fourth bank, UFJ, has posted a group net loss of more than $6.5 billion for the period "
 "April-through-September.\n\n"
 "UFJ Holdings President Ryosuke Tamakoshi says the bank intends to solve its bad-loan problems by the end of this "
 "fiscal year and hopes to have the ratio down below four percent by the end of March.\n\n"
 "Analysts say all four banks are still in a slump, with their combined operating profit shrinking more than 13 "
 "percent compared to the same period last year.\n\n"
 "Japan's trade surplus grew nearly nine percent in October from the same month last year. The Finance Ministry "
 "credits the leap to record exports, which surged nearly 12 percent overall. Exports to China in October jumped 20 "
 "percent and surpassed $7 billion, the largest amount ever.\n\n"
 "A steel shortage is forcing Japan's second-largest automaker Nissan to close operations at three of its four "
 "domestic plants that make cars and trucks.\n\n"
 "Nissan says it will stop work only for five days next week and in December (Nov. 29-Nov. 30 and Dec 6-Dec. 8). "
 "But analysts warn Nissan might fail to meet its current profit forecast.\n\n"
 "Rival automakers, including Toyota, Honda and Mazda, say they are not facing a steel shortage.\n\n"
 "Suzuki Motor, the top maker of mini-vehicles in Japan, is recalling its Escudo sport utility vehicle. It wants to "
 "replace faulty fuses in the model's air conditioners, which it says could start fires. The recall affects 160,000 "
 "cars.",
 "banking/automotive", "earnings,leadership,economy,product",
 "The VOA round-up as voanews.com serves it in the page store ('/a/a-13-2004-11-26-voa5/291545.html'; batch 38v's "
 "lead; found with \"Accessibility links Breaking News 3 Major Japanese Banking Groups Return to Profitability UFJ "
 "Tamakoshi Suzuki Escudo recall\", rank 1, and again with a query on Japanese banks' presidents, rank 3). Cut: the "
 "page chrome ('Accessibility links', 'Breaking News'), the heading (kept as title). The store's excerpt ends at "
 "'The recall affects 160,000 cars.', a full sentence, with no closing chrome after it, so whether the page ran on "
 "is not known: `truncated` true (as a careful guess). `published` from the address ('a-13-2004-11-26'). Kept as "
 "written: 'April-through-September', the parenthesis '(Nov. 29-Nov. 30 and Dec 6-Dec. 8)' with 'Dec' unpointed, "
 "'UFJ' beside 'UFJ Holdings', 'Mitsubishi Tokyo' and 'Sumitomo Mitsui' (short names as held). " + NO_WIRE + ". "
 + CHECKED + "'Escudo', 'a-13-2004-11-26', '2004-11-26', 'steel shortage' -> no file; 'Tamakoshi' -> batch 38q's "
 "train text (voa-ufj-mitsubishi-tokyo-merger-on-hold-sumitomo-trust-honda-2004, July 2004, the merger talks) and "
 "scripts: Tamakoshi's post at UFJ Holdings repeats one gold fact there, the story (the half-year results of November "
 "2004) does not; 'Suzuki Motor' -> texts on other subjects (by file name): the banks' November 2004 results, "
 "Nissan's steel-shortage stoppages and Suzuki's Escudo recall are new to the corpus.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
