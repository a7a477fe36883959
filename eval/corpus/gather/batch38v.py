#!/usr/bin/env python3
"""Batch 38v (session 39; helper gather39v): Voice of America staff stories on companies in Japan, 2001-2006 — two
electronics makers' half-year losses and a US carmaker building a compact car in Japan with a Japanese partner, two
camera makers merging, a business federation's head at a Japan-China conference, an electronics maker's new
television line and its banking unit, Japan's banks' record profits, a carmaker's plan to lead the world, a
mobile operator marketing a music phone, a carmaker selling its stake in a truck maker and a mobile operator buying two
operators on Guam — the VOA lane of session 39 (GATHER-VOA39.md), business stories only, a sixth round after batches
38m, 38o, 38p, 38q, 38r and 38t; all from VOA's weekly Tokyo business round-ups (page store; each shows the headings
'Accessibility links / Breaking News / <heading>'):
- half-year losses at two electronics makers, a US carmaker's compact car built with a Japanese partner (Fujitsu,
  Takashi Takaya, Sony, General Motors, Suzuki Motors, Chevrolet Cruze, Jack Smith) (VOA, 26 October 2001);
- two camera makers to merge, a casual-wear retailer's falling sales, the best-selling car of 2002 (Konica, Minolta,
  Fumio Iwai, Fast Retailing, Honda's Fit, Toyota's Corolla, Nissan's March) (VOA, 10 January 2003);
- a business federation's head at a Japan-China conference, a new television line, a joint venture and a bank's
  stake sale (Keidanren, Hiroshi Okuda, Toyota, Sony, Katsumi Ihara, Bravia, Wega, Samsung Electronics, J.P. Morgan
  Chase, Sony Bank, Sony Financial Holdings) (VOA, 16 September 2005);
- a carmaker's stake sale in a truck maker, a mobile operator's purchase of two Guam operators (Nissan Motor Company,
  Carlos Ghosn, Nissan Diesel, Volvo, NTT DoCoMo, Guam Cellular & Paging, Guam Wireless Telephone, i-mode) (VOA,
  24 March 2006);
- the banks' record profits, a carmaker's plan to overtake GM, a mobile operator to market a music phone (Mitsubishi
  U.F.J. Financial Group, Nobuo Kuroyanagi, Toyota Motor Corporation, General Motors, K.D.D.I., Sony, Walkman) (VOA,
  26 May 2006).
Each text is the search tool's page-store excerpt (`search`, corpus `pages`) of the story on voanews.com, embedded
here. No story's page text as held shows a byline or a wire credit (AP, Reuters, AFP, 'Some information for this report
came from ...'); each is taken as a VOA staff story, a US government work (17 U.S.C. 105), as batch 18a's, 38m's,
38o's, 38p's, 38q's, 38r's and 38t's VOA items. Edits in `notes`; no word added or changed. newskg (or any extractor)
was not run on the texts.
usage: batch38v.py [POOL_DIR] [--dry]   (default /tmp/gather39v/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa as rec, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather39v/pool"

NO_WIRE = ("Wire check: the page text as held carries no byline, no credit to AP, Associated Press, Reuters, AFP, "
           "Agence France-Presse or any other agency or outlet and no 'Some information for this report came from' "
           "line, so it is taken as a VOA staff story (as batch 18a's, 38m's, 38o's-38r's and 38t's VOA items)")
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, the gather scripts and /tmp/gather39*/pool as "
           "they stood; file names only, no test or dev text opened): ")
CHROME = "the page chrome ('Accessibility links', 'Breaking News')"



R = []
# ---- Japan: Fujitsu and Sony losses, GM and Suzuki's Chevrolet Cruze (26 October 2001) -----------------------------
R.append(rec("voa-fujitsu-sony-losses-gm-suzuki-chevrolet-cruze-2001",
 "http://www.voanews.com/a/a-13-a-2001-10-26-12-japanese-66940557/377520.html", "2001-10-26",
 "Japanese Electronics Giants Post Losses; GM Builds Cars in Japan",
 "Two Japanese electronics companies report half-year losses and the world's largest carmaker hopes to gain a "
 "foothold in Japan.\n\n"
 "Japanese electronics firm Fujitsu says it will cut more jobs as it slides into the red, losing money.\n\n"
 "The company posted a net loss of nearly $1.5 billion for the first six months of the year ending in September. "
 "That contrasts with a $140 million profit in the same period last year. Fujitsu will slash an additional 46,000, "
 "bringing total job cuts since August to 21,000.\n\n"
 "Takashi Takaya is executive vice president of Fujitsu. He said the terrorist incidents in the United States could "
 "lead to weaker demand during the coming holiday shopping season.\n\n"
 "He said he believes that a market recovery in the next business year will be difficult.\n\n"
 "Another Japanese electronics giant, Sony, is also suffering. Sony reported a loss of more than $350 million for "
 "the first half of the year, blaming low demand and a slump in the tech industry. Analysts forecast that Sony's "
 "losses will deepen in the second half of the fiscal year as the global economy continues to cool.\n\n"
 "For the first time Since World War Two, General Motors of the United States is building cars in Japan. In "
 "cooperation with Suzuki Motors, it has developed a compact car called the Chevrolet Cruze which is manufactured "
 "at a plant west of Tokyo.\n\n"
 "GM's attempts to export cars to Japan have so far been unsuccessful because the cars were seen as too big and "
 "often lacked the right-hand drive that is standard in Japan. Jack Smith, chairman of General Motors, said \"we "
 "ought to focus on building cars in regions outside of the United States that meet the desires of customers.\"\n\n"
 "The two companies are hoping to sell 20,000 units of the Cruze car in Japan within one year.",
 "electronics/autos", "earnings,restructuring,partnership,leadership",
 "The VOA story as voanews.com serves it in the page store (found with \"Accessibility links Breaking News Japanese "
 "Electronics Makers Report Losses - 2001-10\", rank 5). Cut: " + CHROME + " and the chrome word 'News', the heading "
 "'Japanese Electronics Giants Post Losses; GM Builds Cars in Japan - 2001-10-26' (kept as title, less its date), "
 "the closing chrome ('XS', 'SM', 'MD', 'LG'). Whole as held (the page's closing chrome follows the last sentence), "
 "so `truncated` false. `published` 2001-10-26 from the heading's date and the address ('a-13-a-2001-10-26'). Kept "
 "as written: 'an additional 46,000, bringing total job cuts since August to 21,000' (the figures as given), 'For "
 "the first time Since World War Two' (capital S), 'Suzuki Motors', the unquoted lower-case opening of Smith's "
 "quote. " + NO_WIRE + ". " + CHECKED + "'Takaya', 'Cruze', 'Chevrolet', 'Suzuki' -> no file; 'Jack Smith' -> a "
 "train text (a Wikipedia copy on Hotmail: another Jack Smith) and batch 32b's scripts; 'Fujitsu' -> texts on other "
 "subjects (among them batch 38o's Toshiba-Fujitsu chip round-up of 2002, another story): Fujitsu's and Sony's "
 "October 2001 losses and the GM-Suzuki Cruze are new to the corpus.",
 False))

# ---- Japan: Konica and Minolta to merge, Fast Retailing's sales, Honda's Fit (10 January 2003) ---------------------
R.append(rec("voa-konica-minolta-merger-fast-retailing-honda-fit-2003",
 "https://www.voanews.com/a/a-13-a-2003-01-10-23-major-66297272/541755.html", "2003-01-10",
 "Major Japanese Photographic Companies Join Forces",
 "Konica and Minolta, which make cameras and office equipment, will merge later this year. The move reflects "
 "serious competition from bigger rivals such as Sony, Canon and Ricoh.\n\n"
 "The merger is likely to create a Konica-controlled entity with a current market value of four-billion dollars. "
 "Executives say they plan to slash four-thousand jobs or 10 percent of their combined work force.\n\n"
 "Konica President Fumio Iwai commented on the merger, saying he believes that integrating the two companies will "
 "result in a powerhouse.\n\n"
 "In earnings news, a popular Japanese casual clothing retailer posted significantly lower monthly sales. Fast "
 "Retailing says its sales in December fell 30 percent from a year earlier. That marks the 15th double digit drop in "
 "a row. The company is facing heavy pressure from competitors and has further slashed prices amid deflation and "
 "the sluggish Japanese economy.\n\n"
 "Honda's Fit compact car has surpassed Toyota's Corolla as the best selling model in Japan last year. The shift is "
 "significant, because the Corolla has held the top position for 34 years.\n\n"
 "Honda sold more than 250,000 Fit cars in Japan last year after launching it in 2001. Customers say they like its "
 "high fuel efficiency and spacious interior. Toyota's Corolla came in second, followed by Nissan's March.",
 "electronics/retail/autos", "deal,leadership,earnings,restructuring",
 "The VOA story as voanews.com serves it in the page store (found with \"Accessibility links Breaking News Japanese "
 "Electronics Giants - 2003-01 Amy Bickers weekly look at Japanese business headlines merge\", rank 6). Cut: " +
 CHROME + " and the chrome word 'News', the heading 'Major Japanese Photographic Companies Join Forces - 2003-01-10' "
 "(kept as title, less its date), the closing chrome ('XS', 'SM', 'MD', 'LG'). Whole as held, so `truncated` false. "
 "`published` 2003-01-10 from the heading's date and the address ('a-13-a-2003-01-10'). Kept as written: "
 "'four-billion dollars', 'four-thousand jobs', '15th double digit drop', 'best selling', 'has surpassed ... as the "
 "best selling model in Japan last year'. " + NO_WIRE + ". " + CHECKED + "'Konica', 'Minolta', 'Fumio Iwai', "
 "'Ricoh' -> no file; 'Fast Retailing', 'Corolla' -> batch 38t's pool (this session: a dev text, the January 2002 "
 "round-up on Fast Retailing's food business and the Corolla as 2001's best seller, another story; its gold gives "
 "Corolla provider Toyota, a fact this batch's text repeats in passing): the Konica-Minolta merger of January 2003 "
 "and the Fit's 2002 lead are new to the corpus.",
 False))

# ---- Japan: Keidanren's Okuda on China, Sony's Bravia, Sony-Samsung, J.P. Morgan Chase's Sony Bank stake (16 Sep 2005)
R.append(rec("voa-keidanren-okuda-sony-bravia-samsung-sony-bank-2005",
 "https://www.voanews.com/a/a-13-2005-09-16-voa8-67398967/276038.html", "2005-09-16",
 "Japanese, Chinese Business Leaders Air Differences",
 "Japanese and China business leaders failed to bridge their differences over the issue of technology transfer "
 "during a high-profile conference in Tokyo.\n\n"
 "Chinese participants argued that Japanese companies, especially automakers and electronics manufacturers, have "
 "not brought key technologies to their country. But Japanese businessmen countered that China's licensing system "
 "has too many restrictions and most of the country does not have adequate infrastructure to handle "
 "state-of-the-art technologies.\n\n"
 "In a speech to the group, the head of Keidanren, Japan's leading business federation, Hiroshi Okuda, said "
 "business leaders in both countries need to understand that it would be mutually beneficial to work together more "
 "closely.\n\n"
 "Mr. Okuda, who also is chairman of automaker Toyota, says such cooperation is essential now that China has become "
 "Japan's top trading partner.\n\n"
 "Struggling electronics maker Sony, hoping to regain its once dominant position in television manufacturing, is "
 "predicting global sales of more than 2.5 million units of its new liquid-crystal display television sets.\n\n"
 "Sony Executive Deputy President Katsumi Ihara says the new Bravia line replaces the Wega brand. Mr. Ihara says "
 "this week's domestic rollout of six new models is essential to revive the business and the company is targeting a "
 "30-percent share of the Japanese LCD market.\n\n"
 "Sony is producing the flat panels through a $2 billion joint venture with South Korea's Samsung Electronics.\n\n"
 "American investment bank J.P. Morgan Chase is cashing out of Sony's four-year-old online banking unit. The "
 "American company says it has sold its 2.2 percent stake in Sony Bank to Sony Financial Holdings.\n\n"
 "The price of the 15,000 shares has not been made public.\n\n"
 "A J.P. Morgan Chase representative says the sale is unrelated to Sony Bank's weak earnings.",
 "autos/electronics/banking", "leadership,partnership,ownership,deal",
 "The VOA story as voanews.com serves it in the page store (found with \"Accessibility links Breaking News Japanese "
 "Firms Form Alliance - 2004 president told reporters joint venture China\", rank 2, and again with \"Accessibility "
 "links Breaking News Japanese Electronics Giants - 2003-01 Amy Bickers weekly look at Japanese business headlines "
 "merge\", rank 7). Cut: " + CHROME + " and the chrome word 'News', the heading 'Japanese, Chinese Business Leaders "
 "Air Differences' (kept as title; it carries no date); the excerpt's last, broken paragraph ('For the first time, a "
 "Japanese rating company has downgraded Japan Airli', where the store's excerpt ends mid-word), so `truncated` "
 "true. `published` 2005-09-16 from the address ('a-13-2005-09-16-voa8'). Kept as written: 'Japanese and China "
 "business leaders', 'who also is chairman', 'Executive Deputy President', '30-percent share'. " + NO_WIRE + ". " +
 CHECKED + "'Keidanren' -> a test text by file name (a Wikipedia copy on Fujio Mitarai; not opened) and batch 28a's "
 "script; 'Okuda' -> a train text (a Wikipedia copy on Hiroshi Okuda, whose gold gives his Toyota chairmanship, "
 "1999-2006: that role repeats here in passing), a train text on Kaz Hirai and batch 38p's pool (Sony's 2003 "
 "earnings, another story); 'Ihara', 'Bravia', 'Wega', 'Sony Bank', 'Sony Financial' -> no file; 'J.P. Morgan' -> "
 "a dev text by file name (Operation Ababil; not opened) and batch 21b's scripts, another subject; 'Samsung' -> "
 "texts on other subjects (Samsung's chiefs, Tizen, a Sony Ericsson phone) and a train text (a Wikipedia copy on "
 "LG.Philips LCD, which names the Samsung-Sony panel venture S-LCD as a rival; its gold gives that venture no "
 "relation): the September 2005 Japan-China conference, "
 "Sony's Bravia launch and J.P. Morgan Chase's Sony Bank sale are new to the corpus.",
 True))

# ---- Japan: Nissan's Nissan Diesel stake to Volvo, DoCoMo buying two Guam operators (24 March 2006) -----------------
R.append(rec("voa-nissan-diesel-volvo-stake-docomo-guam-purchase-2006",
 "https://www.voanews.com/a/a-13-2006-03-24-voa19/322140.html", "2006-03-24",
 "Nissan-Volvo Deal and Other Japanese Business News",
 "Japan's Nissan Motor Company sells the majority of its stake in truck maker Nissan Diesel to Sweden's Volvo, while "
 "Japan's NTT DoCoMo plans to buy two mobile operations based on the island of Guam.\n\n"
 "Nissan Motor Company, which is Japan's second largest automaker, has decided to get out of the truck business. It "
 "sold most of its 19 percent stake in Nissan Diesel to the Volvo Auto Group of Sweden.\n\n"
 "Volvo is the world's second-largest truck manufacturer. It will buy 13 percent of Nissan Diesel for $195 million, "
 "and has an option to buy the remaining six percent from Nissan within the next four years.\n\n"
 "Nissan's president, Carlos Ghosn, explained the reasons for the sale. \"We don't have an intention to become, "
 "also, a truck manufacturer,\u201d he said. \u201cWe have a lot of projects in cars. We at Nissan Motors have a lot "
 "of prospective of growth, a lot of markets, a lot of products to do.\"\n\n"
 "Volvo hopes to increase its sales in Japan, China and Southeast Asia. Nissan Diesel is Japan's fourth-largest "
 "truck manufacturer.\n\n"
 "NTT DoCoMo, Japan's largest mobile phone operator, plans to expand in the global market by purchasing two mobile "
 "companies in Guam.\n\n"
 "The company says it is paying $71.8 million for Guam Cellular & Paging Incorporated and Guam Wireless Telephone "
 "Company. NTT DoCoMo plans to merge the two companies, which have 60 percent of the island's mobile customers "
 "between them.\n\n"
 "The deal must be approved by the United States government, since Guam, a Pacific island located east of the "
 "Philippines, is a territory of the United States.\n\n"
 "DoCoMo has spent about $16 million in the past 10 years buying stakes in operators around the world, in hopes of "
 "expanding the global market for its i-mode mobile Internet technology.",
 "autos/trucks/telecoms", "ownership,deal,leadership",
 "The VOA story as voanews.com serves it in the page store (found with \"This is VOA's weekly look at business news "
 "in Japan. will buy company's subsidiary chief executive officer said\", rank 5). Cut: " + CHROME + " and the "
 "chrome word 'News', the heading 'Nissan-Volvo Deal and Other Japanese Business News' (kept as title; it carries no "
 "date), the section headings 'Japan's Nissan Diesel Sells Stake to Volvo', 'NTT DoCoMo Plans Guam Expansion' and "
 "'Japanese Stores Expanding Overseas', and the excerpt's last, broken paragraph under the last of them ('Japan's "
 "Hankyu Department Stores will open its first o', where the store's excerpt ends mid-word), so `truncated` true. "
 "`published` 2006-03-24 from the address ('a-13-2006-03-24-voa19'). Kept as written: the mixed straight and curly "
 "quotation marks of Ghosn's quote, 'a lot of prospective of growth', 'Nissan Motors' in the quote, 'Volvo Auto "
 "Group'. " + NO_WIRE + ". " + CHECKED + "'Nissan Diesel', 'Guam Cellular', 'Guam Wireless', 'i-mode', 'UD Trucks' "
 "-> no file; 'Volvo' -> texts on other subjects (Renault Trucks, Li Shufu, a 2017 Volvo cars story) and batches "
 "12b/32d/34e's scripts; 'Ghosn' -> batch 38r's pool (its train text, 2005, gives Ghosn as head of Nissan and "
 "Renault: his Nissan post repeats here in passing), train texts (Wikipedia copies on Carlos Ghosn and Renault "
 "Trucks) and a test text by file name on another subject (Stellantis; not opened); 'DoCoMo' -> batch 38m/38o's pools (DoCoMo's Nokia and Nissan "
 "alliances, 2001-2002, other stories): Volvo's 2006 Nissan Diesel stake and DoCoMo's Guam purchase are new to the "
 "corpus.",
 True))

# ---- Japan: banks' record profits, MUFG's Kuroyanagi, Toyota's plan to overtake GM, KDDI's Walkman phone (26 May 2006)
R.append(rec("voa-japan-banks-record-profits-mufg-toyota-kddi-walkman-2006",
 "https://www.voanews.com/a/a-13-2006-05-26-voa4/329389.html", "2006-05-26",
 "Japan's Banks See Record Profits",
 "Japan's top banks made record profits in 2005, while Toyota Motor Corporation plans to become the world's largest "
 "carmaker in four years.\n\n"
 "Japan's six major banks made record profits for the 2005 (fiscal) year that ended on March 31. The number of their "
 "bad loans declined due to the country's economic recovery and to improved ratings by creditors.\n\n"
 "The banks recorded combined profits of $26.4 billion in 2005, an all-time record that is four times more than the "
 "previous year and nearly twice the previous record (of $18 billion) made in 1990 during the so-called bubble "
 "economy.\n\n"
 "The head of Mitsubishi U.F.J. Financial Group, Nobuo Kuroyanagi, said despite the record profits the banks still "
 "need a long-term strategy to increase profitability.\n\n"
 "\"Since we haven't paid back all the money the government lent us we are still using tax money to run our "
 "business,\" he said. \"The reality is that we are still not out of trouble.\"\n\n"
 "In other business news, Toyota Motor Corporation plans to overtake General Motors as the world's largest "
 "carmaker, in terms of annual car production, by the end of 2010.\n\n"
 "The company plans to build 10 new plants overseas, which would give it a total of 41 assembly plants worldwide. "
 "The new factories will allow Toyota to produce more than 10 million cars a year, an increase of three million "
 "cars per year.\n\n"
 "G.M. currently produces nine million cars per year, but it plans to shut down some of its plants as part of a "
 "major restructuring program.\n\n"
 "Toyota will build the new plants in the United States, Canada, Thailand and possibly northern France.\n\n"
 "Japanese consumers by this summer will be able to play up to 500 songs and listen to music for 30 hours on their "
 "mobile phones without re-charging their batteries.\n\n"
 "K.D.D.I., Japan's second-largest mobile phone company, is to market Sony Corporation's Walkman-brand mobile "
 "phone.",
 "banking/autos/telecoms", "earnings,leadership,restructuring,partnership",
 "The VOA story as voanews.com serves it in the page store (found with \"Accessibility links Breaking News Japanese "
 "Automakers Report Record Profits - 2004-11 weekly look at Japanese business news\", rank 1, and \"Accessibility "
 "links Breaking News Japan's Banks Report Profits weekly look at Japanese business news 2006 tie-up\", rank 1). "
 "Cut: " + CHROME + " and the chrome word 'News', the heading \"Japan's Banks See Record Profits\" (kept as title; "
 "it carries no date); the excerpt's last, broken sentence ('The new phone, created with Sony Ericsson (Mobile "
 "Communica', where the store's excerpt ends mid-word), so `truncated` true. `published` 2006-05-26 from the "
 "address ('a-13-2006-05-26-voa4'). Kept as written: '(fiscal)' and '(of $18 billion)' in brackets, 'Mitsubishi "
 "U.F.J. Financial Group', 'G.M.', 'K.D.D.I.', 're-charging'. " + NO_WIRE + ". " + CHECKED + "'Kuroyanagi', "
 "'Mitsubishi U.F.J' -> no file; 'Mitsubishi UFJ' -> a dev text by file name (a Wikipedia copy on JCB; not "
 "opened), another subject; 'Walkman' -> a test text by file name (a 2007 Wikinews story on a Sony Ericsson phone; "
 "not opened) and batch 12's annotation script: the sentence naming Sony Ericsson is the one cut, and this text's "
 "gold gives Walkman provider Sony Corporation, which that file's gold may also hold (not checked); 'KDDI' -> "
 "batch 38p's pool (a 2002 broadband consortium, another story) and batch 38d's script; files naming both 'Toyota' "
 "and 'General Motors' -> texts on other subjects: the banks' fiscal 2005 profits, Kuroyanagi's remarks and Toyota's "
 "May 2006 plan are new to the corpus.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
