#!/usr/bin/env python3
"""Batch 38y (session 39; helper gather39y): Voice of America staff stories on companies in Japan, 2001-2004 — a
carmaker's record half-year profit, a mobile operator's first loss, a hamburger chain's cut forecast after mad cow
fears and a chipmaker's enforced leave; a hamburger chain's price cut, a carmaker's quarterly profit and a police
probe of a theme-park operator's Japanese unit; a carmaker's record earnings, another's recall in North America and a
cosmetics maker's falling profit; two drug makers' merger and three carmakers' January output — the VOA lane of
session 39 (GATHER-VOA39.md), business stories only, a seventh round after batches 38m, 38o, 38p, 38q, 38r, 38t and
38v; all from VOA's weekly Tokyo business round-ups (page store; each shows the headings 'Accessibility links /
Breaking News / <heading>'):
- a record half-year profit, a first loss, a cut profit forecast, enforced leave (Toyota, Shinji Katayama of Shinko
  Securities, NTT DoCoMo, McDonald's Japan, Yasuyuki Yagi, Australia, Toshiba) (VOA, 9 November 2001);
- a price cut, wholesale prices, a quarterly profit, a police raid (McDonald's, Yasuyuki Yagi, Bank of Japan, Toyota,
  Universal Studios, Osaka) (VOA, 9 August 2002);
- record earnings, a recall, a profit slide (Toyota Motor, NTT DoCoMo, Tokyo Stock Exchange, Takeshi Suzuki, Honda,
  the Accord, the U.S. National Highway Traffic Safety Administration, Shiseido) (VOA, 7 November 2003);
- a drug makers' merger, January output, the trade surplus (Yamanouchi Pharmaceutical, Fujisawa Pharmaceutical,
  Toichi Takenaka, Toyota Motor, Nissan Motor, Honda Motor) (VOA, 27 February 2004).
Each text is the search tool's page-store excerpt (`search`, corpus `pages`) of the story on voanews.com, embedded
here. No story's page text as held shows a byline or a wire credit (AP, Reuters, AFP, 'Some information for this report
came from ...'); each is taken as a VOA staff story, a US government work (17 U.S.C. 105), as batch 18a's, 38m's,
38o's-38r's, 38t's and 38v's VOA items. Edits in `notes`; no word added or changed. newskg (or any extractor) was not
run on the texts.
usage: batch38y.py [POOL_DIR] [--dry]   (default /tmp/gather39y/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa as rec, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather39y/pool"

NO_WIRE = ("Wire check: the page text as held carries no byline, no credit to AP, Associated Press, Reuters, AFP, "
           "Agence France-Presse or any other agency or outlet and no 'Some information for this report came from' "
           "line, so it is taken as a VOA staff story (as batch 18a's, 38m's, 38o's-38r's, 38t's and 38v's VOA "
           "items)")
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, the gather scripts and /tmp/gather39*/pool as "
           "they stood; file names only, no test or dev text opened): ")
CHROME = "the page chrome ('Accessibility links', 'Breaking News')"



R = []
# ---- Japan: Toyota's record half-year profit, DoCoMo's loss, McDonald's Japan's forecast, Toshiba (9 November 2001) -
R.append(rec("voa-toyota-record-profit-docomo-loss-mcdonalds-japan-toshiba-2001",
 "https://www.voanews.com/a/a-13-a-2001-11-09-25-japan-s-66425602/550230.html", "2001-11-09",
 "Japan's Top Carmaker Reports Record Profits",
 "Japan's top carmaker reports a record profit while financial woes grip other Japanese market leaders.\n\n"
 "Japanese carmaker Toyota put in a strong performance for the first half of the year, despite the global economic "
 "slump. Toyota's net profit jumped 82 percent to almost $2.5 billion dollars, its best ever interim results.\n\n"
 "The company says that the weak yen helped boost overseas sales, and cost-cutting measures helped the bottom line."
 "\n\n"
 "Shinji Katayama is an auto analyst at Shinko Securities in Tokyo. \"The expectations are that Toyota's growth for "
 "the next year will remain flat because domestic and overseas economic conditions are tough,\" Katayama said.\n\n"
 "Nonetheless, Toyota predicts that its full year earnings will be strong.\n\n"
 "NTT DoCoMo, Japan's top cellular phone company, has tumbled into the red for the first time. In the half year to "
 "September, DoCoMo reported a 52 percent drop in net profit because of huge losses in its international "
 "investments. However, the company says its domestic mobile phone business remains strong and that it will review "
 "its overseas investment strategy.\n\n"
 "McDonald's Japan has slashed its profit forecast for this fiscal year by about 27 percent. It says public fears "
 "over mad cow disease, after the discovery of the country's first case two months ago, have affected hamburger "
 "sales.\n\n"
 "Yasuyuki Yagi is vice president of McDonald's Japan. He says the company has tried to reassure Japanese consumers "
 "that it imports its beef from Australia, which is free of the disease. \"We have been financially hit by mounting "
 "public concerns that beef is not safe,\" Yagi continues. \"I do not know how to express my anger over this "
 "misconception.\"\n\n"
 "In Japan's electronics sector, industry leader Toshiba says it will force 12,000 workers at its semiconductor "
 "factories to take leave. The move comes in response to the slowing demand for computer chips.",
 "autos/telecoms/restaurants/electronics", "earnings,leadership,restructuring",
 "The VOA story as voanews.com serves it in the page store (found with \"Accessibility links Breaking News Japan's "
 "Top Carmaker Reports Record Profits - 2001-11-09 McDonald's Japan\", rank 1; batch 38v's lead). Cut: " + CHROME +
 ", the heading \"Japan's Top Carmaker Reports Record Profits - 2001-11-09\" (kept as title, less its date); the "
 "excerpt's broken last sentence ('Over the next two mont', where the store's excerpt ends mid-word), so "
 "`truncated` true. `published` 2001-11-09 from the heading's date and the address ('a-13-a-2001-11-09'). Kept as "
 "written: '$2.5 billion dollars' (the currency told twice), 'best ever interim results', 'full year earnings', "
 "'Yagi continues'. " + NO_WIRE + ". " + CHECKED + "'Yagi', 'Shinko Securities', 'Katayama', 'Shinji Katayama' -> "
 "no file; 'McDonald's' -> texts and scripts on other subjects, none naming Japan but batch 35k's and 21b's scripts "
 "(other stories: McDonald's as a US chain); 'DoCoMo' -> batches 38m/38o/38v's pools (other stories: the Nokia "
 "alliance, the Nissan telematics deal, the Guam purchase) and one dev text by file name (mobile Linux, 2006; not "
 "opened); 'Toshiba' -> texts on other subjects; files naming both 'Toyota' and 'record profit' -> batch 38v's "
 "text (2006 banks, another story): Toyota's 2001 interim result, DoCoMo's first loss, McDonald's Japan's cut "
 "forecast and Toshiba's enforced leave are new to the corpus.",
 True))

# ---- Japan: McDonald's price cut, wholesale prices, Toyota's quarter, Universal Studios' Japanese unit (9 Aug 2002) --
R.append(rec("voa-mcdonalds-japan-price-cut-toyota-universal-studios-probe-2002",
 "https://www.voanews.com/a/a-13-a-2002-08-09-1-japanese-67577997/288332.html", "2002-08-09",
 "Japanese Automaker Reports Strong Earnings",
 "An automaker reports strong earnings while a fast food chain slashes prices.\n\n"
 "The Japanese operation of the U.S. fast food chain McDonald's slashed prices on plain hamburgers to about 50 "
 "cents, its lowest price ever.\n\n"
 "The move is the latest in a series of aggressive price cuts by McDonald's meant to attract more customers amid a "
 "prolonged economic slump.\n\n"
 "McDonald's President Yasuyuki Yagi says he hopes to see many customers come to his restaurants. He adds that a "
 "survey shows 80 percent of the chain's customers are satisfied with the latest price cut.\n\n"
 "Prices in other industries are falling as well. The latest data from the Bank of Japan confirms that deflation "
 "remains a worry. Domestic wholesale prices in July fell 1.2 percent from the same time last year. That marks "
 "nearly two years of consecutive declines. The BOJ says the latest drop is due to lower demand from the United "
 "States and cheaper prices for electronics.\n\n"
 "Toyota, Japan's largest auto maker, is going strong. The company posted a net profit of $2.8 billion in the three "
 "months to June. That is more than double from the same period last year.\n\n"
 "The auto giant attributes its performance to robust sales in the United States and favorable exchange rates. "
 "Toyota officials say they hope to achieve record earnings this fiscal year.\n\n"
 "The Japanese unit of American theme-park operator Universal Studios is undergoing a police probe. Police raided "
 "its offices Friday for evidence the company may have used and stored more explosives than is permitted. They are "
 "used for special effects in the park's displays.\n\n"
 "The company says it is fully cooperating with investigators. The popular theme park in Osaka also has faced "
 "problems with the hygiene standards of food and water served on its premises.",
 "restaurants/autos/entertainment", "earnings,leadership,economy,regulation",
 "The VOA story as voanews.com serves it in the page store (found with \"Accessibility links Breaking News Japan's "
 "Top Carmaker Reports Record Profits - 2001-11-09 McDonald's Japan\", rank 3). Cut: " + CHROME + " and the chrome "
 "word 'News', the heading 'Japanese Automaker Reports Strong Earnings' (kept as title; it carries no date), the "
 "closing chrome ('XS', 'SM', 'MD', 'LG'). Whole as held (the page's closing chrome follows the last sentence), so "
 "`truncated` false. `published` 2002-08-09 from the address ('a-13-a-2002-08-09'; a Friday, the day the text's "
 "'Friday' raid fell on). Kept as written: 'auto maker', 'more explosives than is permitted', 'McDonald's "
 "President Yasuyuki Yagi' (he heads the chain's Japanese operation, which the text leaves unnamed). " + NO_WIRE +
 ". " + CHECKED + "'Yagi', 'Universal Studios Japan' -> no file; 'Universal Studios' -> texts on other subjects "
 "(Wikipedia copies on PolyGram and Vivendi, a Wikinews sports story) and batches 26e/30d/37m's scripts; "
 "'McDonald's' -> as this batch's 2001 text (no file on McDonald's in Japan); 'Osaka' -> texts on other subjects: "
 "McDonald's Japanese price cut of August 2002, Toyota's April-June 2002 profit and the police raid on Universal "
 "Studios' Japanese unit are new to the corpus. This batch's 2001 text names the same man as McDonald's Japan's vice "
 "president (another story, nine months earlier).",
 False))

# ---- Japan: Toyota's record earnings, Honda's Accord recall, Shiseido's profit slide (7 November 2003) --------------
R.append(rec("voa-toyota-record-earnings-honda-accord-recall-shiseido-2003",
 "https://www.voanews.com/a/a-13-a-2003-11-07-38-japanese-66304432/542238.html", "2003-11-07",
 "Japanese Automaker Toyota Reports Record Earnings",
 "Japan's largest automaker reports record earnings while the country's top cosmetic maker sees its profit slide."
 "\n\n"
 "Toyota Motor is powering ahead, becoming Japan's largest company by market value and reporting record sales and "
 "profit for the first six months of the year.\n\n"
 "Toyota's market capitalization, the value of its shares, on the Tokyo Stock Exchange now totals about $112 "
 "billion, surpassing mobile phone giant NTT DoCoMo, the previous market leader.\n\n"
 "Toyota said this week that its net profit rose 23 percent to $4.8 billion for the first half of the year compared "
 "with the same period last year. Revenue rose eight percent to $75 billion. Toyota credits cost cutting and global "
 "marketing efforts for its strong results.\n\n"
 "Managing Director Takeshi Suzuki tells reporters that he is pleased with the company's performance. He adds that "
 "the automaker is increasing local production around the world to minimize the effects of volatile currency "
 "exchange rates.\n\n"
 "Toyota says it aims to control 15 percent of the world auto market by 2010, up from the current level of just "
 "over 10 percent.\n\n"
 "Japan's second biggest automaker, Honda, is recalling almost 700,000 vehicles in the United States and Canada "
 "because of a defect.\n\n"
 "Honda says it will recall five models including the popular Accord sedan because of a faulty mechanism that "
 "causes parked cars to roll. The recall will cost the company $32 million.\n\n"
 "The U.S. National Highway Traffic Safety Administration says there have been four injuries linked to the defect "
 "and more than 100 complaints have been made about it.\n\n"
 "Japan's biggest cosmetics maker posted weak earnings. Shiseido say its net profit declined 34 percent in the "
 "first half of the fiscal year to $60 million, from the same period a year earlier.\n\n"
 "Overseas sales, which account for a quarter of the company's revenue, were down sharply.",
 "autos/cosmetics", "earnings,leadership,recall",
 "The VOA story as voanews.com serves it in the page store (found with \"Accessibility links Breaking News Japanese "
 "Automaker Toyota Reports Record Earnings - 2003-11-07\", rank 1; batch 38v's lead). Cut: " + CHROME + ", the "
 "heading 'Japanese Automaker Toyota Reports Record Earnings - 2003-11-07' (kept as title, less its date); the "
 "excerpt's broken last sentence ('Many Japanese women buy cosmetics oversea', where the store's excerpt ends "
 "mid-word), so `truncated` true. `published` 2003-11-07 from the heading's date and the address "
 "('a-13-a-2003-11-07'). Kept as written: 'top cosmetic maker', 'Shiseido say' (sic), 'cost cutting', 'Managing "
 "Director Takeshi Suzuki' (Toyota's, from the paragraph before). " + NO_WIRE + ". " + CHECKED + "'Shiseido', "
 "'Takeshi Suzuki', 'National Highway Traffic', 'NHTSA' -> no file; files naming both 'Honda' and 'Accord' -> one "
 "train text (a Wikinews story on Wikimania 2008, where 'accord' is another word); 'Tokyo Stock Exchange' -> texts "
 "on other subjects (among them batch 38i's 2005 systems failure and batch 38r's Seibu round-up); 'DoCoMo' -> as "
 "this batch's 2001 text: Toyota's 2003 half-year record, Honda's Accord recall of November 2003 and Shiseido's "
 "profit slide are new to the corpus.",
 True))

# ---- Japan: Yamanouchi and Fujisawa to merge, carmakers' January output, the trade surplus (27 February 2004) -------
R.append(rec("voa-yamanouchi-fujisawa-drug-merger-toyota-nissan-honda-output-2004",
 "https://www.voanews.com/a/a-13-a-2004-02-27-32-drug/300279.html", "2004-02-27",
 "Drug Company Merger Tops Japanese Business News",
 "Two Japanese drug companies are merging and the country's trade surplus has powered ahead.\n\n"
 "An $8 billion merger in the pharmaceutical industry is the top business story from Japan this week. The country's "
 "third-largest drug maker will buy a smaller rival in one of the 10 largest acquisitions ever to take place in "
 "Japan.\n\n"
 "The merger between Yamanouchi Pharmaceutical and Fujisawa Pharmaceutical will create a powerhouse with annual "
 "sales of more than $7 billion.\n\n"
 "Profits at both companies have suffered recently as international rivals entered Japan's market. With a rapidly "
 "aging and relatively wealthy population, it is the world's number two market for pharmaceuticals, second only to "
 "the United States.\n\n"
 "Yamanouchi's President Toichi Takenaka told reporters that the deal will allow the merged company to better "
 "compete for market share.\n\n"
 "He says the merger will allow them to offer new products and survive in an increasingly competitive market.\n\n"
 "He also hopes the deal will lead to an expanded overseas presence and eventually to a leading role in the global "
 "pharmaceutical market.\n\n"
 "In the auto sector, two Japanese carmakers boosted global output in January, while a third suffered a decrease. "
 "Toyota Motor says production climbed 10 percent to nearly 530,000 vehicles compared with a year ago.\n\n"
 "For Nissan Motor, global production grew 9 percent to about 250,000 vehicles. Brisk demand in the United States "
 "and Europe helped both companies.\n\n"
 "But global output for Honda Motor contracted 9 percent, mostly due to sluggish sales in the United States.\n\n"
 "Japan's trade surplus continues to surge. It rose nearly five-fold in January from a year earlier as exports to "
 "Asia, especially to China, expanded.\n\n"
 "The surplus, the broadest measure of Japan's trade with the rest of the world, totaled $4.7 billion, well ahead "
 "of economists' forecasts.",
 "pharmaceuticals/autos/economy", "deal,leadership,economy",
 "The VOA story as voanews.com serves it in the page store (found with \"Japanese drugmakers merge Yamanouchi "
 "Fujisawa Astellas VOA Tokyo business news president told reporters\", rank 7). Cut: " + CHROME + " and the "
 "chrome word 'News', the heading 'Drug Company Merger Tops Japanese Business News - 2004-02-27' (kept as title, "
 "less its date), the closing chrome ('XS', 'SM', 'MD', 'LG'). Whole as held (the page's closing chrome follows the "
 "last sentence), so `truncated` false. `published` 2004-02-27 from the heading's date and the address "
 "('a-13-a-2004-02-27'). Kept as written: 'the 10 largest acquisitions', 'five-fold'. " + NO_WIRE +
 ". " + CHECKED + "'Yamanouchi', 'Fujisawa', 'Astellas', 'Toichi', 'Takenaka' -> no file for the first four; "
 "'Takenaka' -> batches 38p/38q's pools and scripts (Heizo Takenaka, a minister: another person); files naming "
 "both 'Nissan Motor' and 'Honda Motor' -> no file: the Yamanouchi-Fujisawa merger of February 2004 and "
 "the carmakers' January 2004 output are new to the corpus.",
 False))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
