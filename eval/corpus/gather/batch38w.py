#!/usr/bin/env python3
"""Batch 38w (session 39; helper gather39w): Voice of America staff stories on companies outside Japan and the US —
stake sales, acquisitions, executives and results — the VOA lane of session 39 (GATHER-VOA39.md), business stories
only, a third round after batches 38m and 38o; all from VOA's weekly Asian business round-ups written in Hong Kong
('business stories from Asia', 'this summary of business news in Asia'):
- a Hong Kong property developer's record land purchase and its deputy chairman, a Singapore state investment
  company opening its books, an Indian software company agreeing to buy a US company, an Indian IT company's profit
  (Cheung Kong Holdings, Temasek Holdings, Patni Computer Systems, Cymbal Corporation, Infosys) (VOA, 18 October 2004);
- minority shareholders blocking a tycoon's purchase of his son's stake in Hong Kong's dominant phone company, the
  company's chairman, a Japanese economist, and a German carmaker's first plant in India (PCCW, Pacific Century
  Regional Developments, Li Ka-shing, Richard Li, Francis Leung, Volkswagen) (VOA, 4 December 2006);
- two Indian IT companies' results and their chief executive and chairman, a Saudi-owned hotel company buying two
  Cambodian hotels from a Singapore company, and an Egyptian company's stake in a North Korean cement maker (Tata
  Consultancy Services, Wipro, Kingdom Hotel Investments, Raffles Holdings, Orascom Construction Industries, Sangwon
  Cement) (VOA, 23 July 2007).
Each text is the search tool's page-store excerpt (`search`, corpus `pages`) of the story on voanews.com (two) or on
VOA's own content-management host voa.pangea-cms.com (one, a 'preview' address), embedded here. No story's page text
as held shows a wire credit (AP, Reuters, AFP, 'Some information for this report came from ...'); two name their VOA
reporter in the teaser ('Claudia Blume at VOA's regional office in Hong Kong', 'VOA's Chen Li'), one carries no
byline; each is taken as a VOA staff story, a US government work (17 U.S.C. 105), as batch 18a's, 38m's and 38o's VOA
items. Edits in `notes`; no word added or changed. newskg (or any extractor) was not run on the texts.
usage: batch38w.py [POOL_DIR] [--dry]   (default /tmp/gather39w/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa as rec, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather39w/pool"

NO_WIRE = ("Wire check: the page text as held carries no credit to AP, Associated Press, Reuters, AFP, Agence "
           "France-Presse or any other agency or outlet, and no 'Some information for this report came from' line, "
           "so it is taken as a VOA staff story (as batch 18a's, 38m's and 38o's VOA items; the page itself was not "
           "seen whole)")
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, the gather scripts and /tmp/gather39*/pool as "
           "they stood; file names only, no test or dev text opened): ")



R = []
# ---- Hong Kong/Singapore/India: Cheung Kong's land, Temasek's books, Patni buys Cymbal (18 October 2004) ------------
R.append(rec("voa-cheung-kong-land-temasek-books-patni-cymbal-2004",
 "https://www.voanews.com/a/a-13-a-2004-10-18-1-1-66868842/260192.html", "2004-10-18", None,
 "One of Hong Kong's top property developers, Cheung Kong Holdings, has paid a record one-point-two billion dollars "
 "for a plot of prime residential land during the latest government land auction.\n\n"
 "The price, the largest amount ever paid for a single plot in Hong Kong, was far above expectations.\n\n"
 "Analysts say last week's land auction showed that Hong Kong's property market is finally firming up after years in "
 "a slump, which began after a severe financial crisis hit East Asia in 1997.\n\n"
 "Victor Li, Cheung Kong's deputy chairman, said the price the company paid for the site in Hong Kong's Kowloon "
 "district was not too expensive. Mr. Li said his company will build luxury apartments on the site because of an "
 "increasing demand for such units.\n\n"
 "Singapore's investment company, Temasek Holdings, has partially opened its financial books to the public for the "
 "first time since it was set up 30 years ago.\n\n"
 "For the year ending in March, Temasek's profit jumped to $4.4 billion from $143 million in the same period last "
 "year. The sale of its stake in three Singapore companies boosted profits.\n\n"
 "Temasek has some $53 billion in assets, more than half invested in Singapore. A large amount of its investments are "
 "in the telecommunications and financial services sectors.\n\n"
 "In India's software industry, Bombay-based Patni Computer Systems will acquire the U.S. company Cymbal Corporation. "
 "The $68 million purchase is aimed at expanding Patni's share of the U.S. telecommunications software sector.\n\n"
 "The continued outsourcing boom in India helped boost profit in India's information technology and software services "
 "companies. The country's second-largest IT company, Infosys, reported a 49-percent profit rise in the three months "
 "to September, compared WITH the previous quarter.\n\n"
 "Chinese state media report that the country is on course to be the largest beer producer in the world for the third "
 "year in a row, ahead of the United States and Germany.",
 "property/investment/software", "deal,leadership,earnings",
 "The VOA story as voanews.com serves it in the page store (found with \"our weekly summary of Asian business news: "
 "Chinese company buys stake, Singapore's Temasek, Indian carmaker\", rank 2, looking for other weeks of VOA's Hong "
 "Kong round-up). The stored text has no page chrome, no heading and no teaser, so `title` is null and the "
 "attribution says so (as batch 38o's round-ups without a heading); `published` from the address "
 "('a-13-a-2004-10-18'). Cut after 'ahead of the United States and Germany.', before 'China had already surpassed the "
 "United States as the world's bigg', where the store's excerpt (about 2,000 characters) breaks off mid-word: "
 "`truncated` true. Paragraph breaks as held (single line breaks in the store, written as blank lines). Kept as "
 "written: 'one-point-two billion dollars', 'compared WITH' (capitals as held), '49-percent', 'Bombay-based'. The "
 "sentence citing 'Chinese state media' cites a source for one fact; it is no credit for the text. " + NO_WIRE +
 " (no byline either). " + CHECKED + "'Victor Li', 'Cymbal' -> no file; 'Patni' -> one train text (a Wikipedia copy "
 "on Narayana Murthy, another subject) and batch 31a's scripts; 'Cheung Kong' -> Wikipedia texts on other companies "
 "(Northumbrian Water, Ausgrid, by file name) and batch 37q's scripts; 'Temasek' -> texts on other subjects (Singapore "
 "Airlines' 2008 bid for China Eastern, Ho Ching, Olam); 'Infosys' -> texts on other subjects: the 2004 land "
 "purchase, Temasek's first published accounts and Patni's purchase of Cymbal are new to the corpus.",
 True))

# ---- Hong Kong: shareholders block Li Ka-shing's purchase of Richard Li's PCCW stake (4 December 2006) ---------------
R.append(rec("voa-pccw-stake-sale-blocked-li-ka-shing-richard-li-2006",
 "https://www.voanews.com/a/a-13-2006-12-04-voa11/326691.html", "2006-12-04",
 "Shareholder Vote Ends Hong Kong Telecom Feud",
 "An attempt by Asia's richest man Li Ka-shing to buy his son's shares in Hong Kong's leading telephone company has "
 "failed, and Japan shows strong industrial production figures. Claudia Blume at VOA's regional office in Hong Kong "
 "has more on these and other business stories from Asia.\n\n"
 "Shareholders have blocked an attempt by Hong Kong tycoon Li Ka-shing to buy a 23 percent stake in the territory's "
 "dominant phone company, PCCW, from his son Richard Li. The vote by minority shareholders of Singapore-based Pacific "
 "Century Regional Developments ended an extended business and family drama.\n\n"
 "It started when PCCW chairman Richard Li began talks with foreign investors in June about selling some of the "
 "company's assets. This was effectively vetoed by Beijing, which has sovereignty over Hong Kong and wants PCCW to "
 "remain a locally owned company.\n\n"
 "Li then agreed to sell his stake to an investor group led by Hong Kong financier Francis Leung. It later turned out "
 "that Leung's financial backers included Richard's father Li Ka-shing, and the younger Li opposed the deal. He was "
 "not allowed to vote on the transaction, however, because it involved his father.\n\n"
 "Japan's industrial production grew by a stronger-than-expected 1.6 percent in October, compared with September. "
 "This has led to speculation that the Bank of Japan could raise interest rates as early as this month.\n\n"
 "Koichi Haji, chief economist at the N.L.I. research institute in Tokyo, says an increase is possible soon. But he "
 "says the central bank will first wait for the release of other statistics such as the consumer price index.\n\n"
 "\"If these statistics are very strong then the Bank of Japan may try to raise their interest rates but if these "
 "statistics are not so strong they will wait until next month,\" said Haji.\n\n"
 "German carmaker Volkswagen will invest more than $530 million to build its first plant in India.",
 "telecoms/finance/autos", "deal,ownership,leadership",
 "The VOA story as voanews.com serves it in the page store (found with \"Asian business news this week: Hong Kong "
 "telecommunications company PCCW chairman Richard Li says\", rank 1, and again with \"at VOA's regional office in "
 "Hong Kong has more on these and other business stories from Asia\"). Cut: the page chrome ('Accessibility links', "
 "'Breaking News'), the heading (kept as title 'Shareholder Vote Ends Hong Kong Telecom Feud'); cut after 'its first "
 "plant in India.', before 'The factory will be built near the ci', where the store's excerpt (about 2,000 "
 "characters) breaks off mid-word: `truncated` true. `published` from the address ('a-13-2006-12-04'). Kept as "
 "written: 'the N.L.I. research institute', the missing comma before 'but if these statistics', 'Richard's father'. "
 "The teaser names the VOA reporter: 'Claudia Blume at VOA's regional office in Hong Kong'. " + NO_WIRE + ". " +
 CHECKED + "'Francis Leung', 'Pacific Century', 'Koichi Haji', 'Claudia Blume' -> no file; 'PCCW' -> Wikipedia texts "
 "on other subjects (PCCW Mobile in dev, ViuTVsix and the 2006 Hengchun earthquakes in train, by file name) and "
 "batches 22b/30b/31j's scripts; 'Richard Li' -> one test text (a Wikipedia copy on Liu Qiangdong, by file name; "
 "another subject) and batch 34e's script; 'Li Ka-shing' -> one test text (3 Mobile's losses, 2005, by file name) "
 "and batch 20b2's scripts; 'Volkswagen' -> texts on other subjects: the blocked sale of Richard Li's PCCW stake "
 "(November 2006) is new to the corpus.",
 True))

# ---- India/Middle East: TCS and Wipro results, Kingdom Hotel Investments, Orascom-Sangwon (23 July 2007) ------------
R.append(rec("voa-tcs-wipro-profits-kingdom-hotel-orascom-sangwon-2007",
 "https://voa.pangea-cms.com/preview/en-US/a/a-13-2007-07-23-voa23/332784.html", "2007-07-23", None,
 "Indian information technology services companies are managing to offset the impact of a strong currency, the "
 "rupee, on earnings, while Middle Eastern investors buy Asian assets. From Hong Kong, VOA's Chen Li has this summary "
 "of business news in Asia.\n\n"
 "India's IT services and outsourcing companies, whose main market is the United States, have so far managed to "
 "counter the impact of a strong rupee on their earnings.\n\n"
 "The Indian currency rose nearly seven percent against the U.S. dollar from April to June this year.\n\n"
 "S. Ramadorai is chief executive officer of India's largest software services company, Tata Consultancy Services "
 "or TCS. He says an increase in outsourcing orders helped offset a decline in export revenues caused by the rupee's "
 "appreciation during the quarter.\n\n"
 "The company's profit rose 37 percent to $293 million over the same period last year.\n\n"
 "\"All and all that was in a great performance by TCS in a challenging time,\" he said. \"And we hopefully will "
 "continue the performance in the quarters and years ahead.\"\n\n"
 "Another Indian IT services company, Wipro, reported a 16 percent increase in profit to $175 million, for the "
 "quarter ending in June.\n\n"
 "\"The results for the quarter are satisfying considering the strong headwinds faced by us in the form of an "
 "appreciating rupee,\" said Azim Premji, Wipro's chairman.\n\n"
 "Middle Eastern companies expanded their investments in the region. Saudi-owned Kingdom Hotel Investments bought two "
 "Cambodian hotels for about $35 million from Singapore's Raffles Holdings. The two hotels, the Raffles Hotel Le "
 "Royal Phnom Penh and the Raffles Grand Hotel d'Angkor Siem Reap, will continue to be managed by Raffles.\n\n"
 "Kingdom Hotel Investments, which is controlled by the Saudi Prince Al Waleed Bin Talal, says it plans to increase "
 "investments in Asia, particularly in China.\n\n"
 "Orascom Construction Industries of Egypt says it will acquire a 50 percent stake in North Korea's Sangwon Cement "
 "for $115 million.",
 "software/hotels/cement", "earnings,leadership,deal",
 "The VOA story as VOA's own content-management host serves it in the page store (voa.pangea-cms.com, a 'preview' "
 "address carrying the voanews.com story path 'a/a-13-2007-07-23-voa23/332784.html'; found with \"India's Tata "
 "agreed to buy; Claudia Blume at VOA's Asia News Center in Hong Kong has more on these and other business stories "
 "from the region\", rank 5, and again with its first sentence, rank 1; no voanews.com copy came back). The stored "
 "text has no page chrome and no heading, so `title` is null and the attribution says so (as batch 38o's round-ups "
 "without a heading); `published` from the address ('a-13-2007-07-23'). Cut after 'for $115 million.', before "
 "'Orascom wants to raise the plant's capacity to three ', where the store's excerpt (about 2,000 characters) breaks "
 "off: `truncated` true. Paragraph breaks as held (single line breaks in the store, written as blank lines). Kept as "
 "written: 'All and all that was in a great performance', 'Tata Consultancy Services or TCS', 'Al Waleed Bin Talal', "
 "'d'Angkor'. The teaser names the VOA reporter: 'From Hong Kong, VOA's Chen Li'. " + NO_WIRE + ". " + CHECKED +
 "'Ramadorai', 'Premji', 'Kingdom Hotel', 'Sangwon', 'Chen Li' -> no file; 'Tata Consultancy' -> one dev text (a "
 "Wikipedia copy on Natarajan Chandrasekaran, by file name) and batch 25b's scripts; 'Wipro' -> one train text "
 "(Finnair's Indian partnership talks, 2008) and batch 13's script; 'Orascom' -> one train text (Wind Italy) and "
 "batch 30d's scripts; 'Raffles' -> one dev text (Fairmont Hotels & Resorts) and batch 31d's scripts; 'Al Waleed' -> "
 "one test text (a Wikipedia copy on Kwek Leng Beng, by file name) and batch 36o's scripts: the July 2007 results, "
 "the Cambodian hotels' sale and Orascom's Sangwon stake are new to the corpus.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
