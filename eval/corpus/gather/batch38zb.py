#!/usr/bin/env python3
"""Batch 38zb (session 39; helper gather39zb): Voice of America staff stories on companies in Japan, 2004-2005 — a
prime minister's New Year view of the economy, a brewer's and a trading house's purchase into a Chinese soft drink
venture, a beef-bowl chain and a hamburger chain after the US beef ban; a carmaker's best half-year profit, a rival's
growing loss, a carmaker's Chinese joint venture and the current account surplus; three former bank executives'
arrest, the finance minister and a bank economist on the yen, an internet investor buying a retailer's baseball
team; an electronics maker's job cuts, a stock exchange chief seeking Japanese listings and a broadband company's
talks with an investment bank — the VOA lane of session 39 (GATHER-VOA39.md), business stories only, a round after
batches 38m, 38o, 38p, 38q, 38r, 38t, 38v and 38y kept to 2004-2008; all from VOA's weekly Tokyo business
round-ups (page store; each shows the heading 'Accessibility links', with or without 'Breaking News'):
- a New Year address, a purchase into a soft drink venture, the US beef ban (Junichiro Koizumi, Asahi Breweries,
  Itochu, Tingyi Holding, China, Yoshinoya, McDonald's Japan, Australia) (VOA, 9 January 2004);
- half-year results, a joint venture in China, the current account surplus (Mazda, Ford Motor, Hisakazu Imaki,
  Mitsubishi Motors, Honda, Dongfeng Motor, the finance ministry) (VOA, 12 November 2004);
- arrests at a bank, the yen, a baseball team's sale, a file-sharing conviction (UFJ Bank, Mitsubishi Tokyo Financial
  Group, Sumitomo Mitsui, Sadakazu Tanigaki, Mamoru Yamazaki of Barclays Capital, Softbank, Daiei, the Hawks,
  Rakuten, Yoshihiro Inoue, Kyoto District Court) (VOA, 3 December 2004);
- job cuts, new listings, a mobile venture's funding talks (Sanyo Electric, Sony, the New York Stock Exchange, John
  Thain, eAccess, Goldman Sachs, NTT DoCoMo, KDDI, Vodafone) (VOA, 30 September 2005).
Each text is the search tool's page-store excerpt (`search`, corpus `pages`) of the story on voanews.com, embedded
here. No story's page text as held shows a byline or a wire credit (AP, Reuters, AFP, 'Some information for this report
came from ...'); each is taken as a VOA staff story, a US government work (17 U.S.C. 105), as batch 18a's, 38m's,
38o's-38r's, 38t's, 38v's and 38y's VOA items. Records built with write_pool.voa. Edits in `notes`; no word added or
changed. newskg (or any extractor) was not run on the texts.
usage: batch38zb.py [POOL_DIR] [--dry]   (default /tmp/gather39zb/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa as rec, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather39zb/pool"

NO_WIRE = ("Wire check: the page text as held carries no byline, no credit to AP, Associated Press, Reuters, AFP, "
           "Agence France-Presse or any other agency or outlet and no 'Some information for this report came from' "
           "line, so it is taken as a VOA staff story (as batch 18a's, 38m's, 38o's-38r's, 38t's, 38v's and 38y's VOA "
           "items)")
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, the gather scripts and /tmp/gather39*/pool as "
           "they stood; file names only, no test or dev text opened): ")


R = []
# ---- Japan: Koizumi's New Year view, Asahi and Itochu into Tingyi's drinks, the US beef ban (9 January 2004) --------
R.append(rec("voa-koizumi-economy-asahi-itochu-tingyi-drinks-yoshinoya-beef-2004",
 "http://www.voanews.com/a/a-13-a-2004-01-09-7-japanese-67479147/281211.html", "2004-01-09",
 "Japanese Economy 'in Good Shape,' says Koizumi",
 "Japanese Prime Minister Junichiro Koizumi says the economy is starting the year in good shape.\n\n"
 "The Japanese prime minister says rising corporate profits are pushing Japan's economy out of the doldrums.\n\n"
 "In his New Year's address, Junichiro Koizumi also stressed his commitment to financial reform, especially within "
 "the banking sector, which is burdened by billions of dollars in bad loans. He vowed to drive the economy higher by "
 "pushing ahead with his reform agenda.\n\n"
 "The prime minister says the country is seeing some brighter signs and that the economic growth rate is even "
 "better than the government had expected.\n\n"
 "However, he warned that big challenges remain including near-record unemployment. He noted that many companies "
 "continue to cut jobs to boost profits and promised to take action to get the jobless back to work.\n\n"
 "Two Japanese companies are buying into one of China's biggest beverage businesses. Asahi Breweries, Japan's top "
 "beer maker, and Itochu, a major trading company, say they will acquire half of Tingyi Holding's soft drink "
 "venture for $420 million.\n\n"
 "The two Japanese companies say they want access to the world's most populous nation, where bottled drinks are "
 "increasingly popular.\n\n"
 "Some Japanese beef restaurants are scrambling to introduce new items after Tokyo banned U.S. beef imports because "
 "of a mad-cow scare.\n\n"
 "Yoshinoya, a popular fast-food chain that sells bowls of beef and rice, says it will be forced to stop selling its "
 "signature dish next month unless the ban ends. Almost all of its beef comes from the United States.\n\n"
 "Instead, it will sell items that do not include beef, such as curry or salmon roe with rice.\n\n"
 "Other restaurants are hoping to increase beef imports from Australia. McDonald's Japan, the nation's top "
 "fast-food chain, has taken out newspaper advertisements to reassure readers that it does not use U.S. beef.",
 "beverages/restaurants/economy", "economy,deal,partnership,regulation",
 "The VOA story as voanews.com serves it in the page store (found with \"Accessibility links Breaking News Japanese "
 "Brewer Kirin - 2006 this week's look at Japanese business news\", rank 8, and again with \"Accessibility links "
 "Breaking News Japanese Economy - 2004-04 Those are among the stories in this week's look at Japanese business "
 "news joint venture China\", rank 5). Cut: the page chrome ('Accessibility links'; no 'Breaking News' line in "
 "this copy), the heading \"Japanese Economy 'in Good Shape,' says Koizumi - 2004-01-09\" (kept as title, less its "
 "date); the excerpt's broken last sentence ('Mad cow disease is also known as bovine spongifo', where the store's "
 "excerpt ends mid-word), so `truncated` true. `published` 2004-01-09 from the heading's date and the address "
 "('a-13-a-2004-01-09'). Kept as written: 'mad-cow scare', 'salmon roe with rice', 'Tokyo banned' (the "
 "government). " + NO_WIRE + ". " + CHECKED + "'Itochu', 'Yoshinoya', 'Tingyi Holding' -> no file for the first "
 "two; 'Tingyi' -> a train text (a Wikipedia copy on Master Kong, which does not name Asahi or Itochu) and batch "
 "34d's script; 'Asahi Breweries' -> batch 38o's pool and its test text (a 2002 Asahi-Kirin story, another event); "
 "'McDonald's Japan' -> batch 38y's pool (2001 and 2002 stories, other events); 'Koizumi' -> batch 38r's and "
 "other texts (his post as prime minister is told there too, in passing): Asahi's and Itochu's purchase into "
 "Tingyi's drinks venture and Yoshinoya's beef-bowl halt of January 2004 are new to the corpus.",
 True))

# ---- Japan: Mazda's half-year profit, Mitsubishi Motors' loss, Honda-Dongfeng, the surplus (12 November 2004) -------
R.append(rec("voa-mazda-profit-mitsubishi-motors-loss-honda-dongfeng-venture-2004",
 "https://www.voanews.com/a/a-13-2004-11-12-voa6/291455.html", "2004-11-12",
 "Profits Soar at Mazda while Mitsubishi Motors Net Loss Grows",
 "Automaker Mazda is on track for its best year in nearly a decade while financial concerns grow at competitor "
 "Mitsubishi Motors. Meanwhile, two of Japan's key economic indicators are giving mixed signals.\n\n"
 "Mazda has revealed its best profit picture since 1985. The Hiroshima-based automaker, one-third owned by Ford "
 "Motor of the United States, says its profits totaled $177 million for the six-month period through September.\n\n"
 "But Mazda President Hisakazu Imaki says the carmaker still wants to improve its position in key markets. Mr. "
 "Imaki says although the company has made solid progress, he is still not satisfied and vows to accelerate Mazda's "
 "momentum.\n\n"
 "Mitsubishi Motors, hit by a series of cover-ups and recalls of defective vehicles, is posting an interim net loss "
 "of nearly $1.4 billion. That is double the amount of red ink from a year earlier. The company is also downgrading "
 "its full-year earnings forecast. Mitsubishi is Japan's only unprofitable automaker.\n\n"
 "Honda says it will boost production at one of its two car assembly factories in China to meet growing demand. The "
 "Japanese automaker, in a joint venture with China's Dongfeng Motor, says it will add a compact car to its lineup "
 "in China and quadruple vehicle output to 120,000 annually by early 2006.\n\n"
 "Japan's current account surplus grew nearly 13 percent in the April through September period. The finance "
 "ministry says that is the third straight half-year record increase. The data show exports climbing just over 13 "
 "percent while imports rose more than 10 percent.\n\n"
 "For the month of September, the current account surplus rose 9.3 percent to $16.6 billion. The current account "
 "surplus measures the flow of goods, services and investment income, and other financial transfers.\n\n"
 "But the country's core machinery orders fell nearly two percent in September from a month earlier.",
 "autos/economy", "earnings,partnership,leadership,economy",
 "The VOA story as voanews.com serves it in the page store (found with \"Accessibility links Breaking News Japanese "
 "Automakers Post Record Profits - 2005-05 weekly look at Japanese business news\", rank 4). Cut: the page chrome "
 "('Accessibility links', 'Breaking News'), the heading 'Profits Soar at Mazda while Mitsubishi Motors Net Loss "
 "Grows' (kept as title; it carries no date); the excerpt's broken last sentence ('That comes as a surprise to "
 "economists who say th', where the store's excerpt ends mid-word), so `truncated` true. `published` 2004-11-12 "
 "from the address ('a-13-2004-11-12-voa6'). Kept as written: 'one-third owned by', 'red ink', 'The finance "
 "ministry' (lower case), 'Mitsubishi' for Mitsubishi Motors. " + NO_WIRE + ". " + CHECKED + "'Dongfeng' -> a "
 "train text (a Wikipedia copy on Dongfeng Motor, which does not name Honda) and batch 32n's scripts; 'Imaki' -> "
 "batch 38r's pool and its test text (2003: Imaki named Mazda's next president, Mazda one-third owned by Ford; "
 "another story, whose gold gives Imaki president of Mazda, a role this text repeats, current); 'Mitsubishi "
 "Motors' -> batches 38o/38q's texts (the Fuso defects, 2004 car sales) and a train text on Carlos Ghosn, other "
 "stories: Mazda's 2004 half-year profit, Mitsubishi Motors' interim loss and Honda's Dongfeng joint venture "
 "output plan are new to the corpus.",
 True))

# ---- Japan: UFJ arrests, the yen, Softbank buys Daiei's Hawks, a file-sharing conviction (3 December 2004) ----------
R.append(rec("voa-ufj-bank-arrests-tanigaki-yen-softbank-buys-daiei-hawks-2004",
 "https://www.voanews.com/a/a-13-2004-12-03-voa9-67334592/272026.html", "2004-12-03",
 "3 Former Bank Officials Arrested in Japan",
 "Three former executives of UFJ Bank, Japan's fourth largest, have been arrested on suspicion of obstructing "
 "government inspectors. The trio allegedly destroyed or changed documents that investigators wanted to see while "
 "probing allegations that the bank lied about its bad-debt portfolio.\n\n"
 "Prosecutors have raided UFJ twice since October as part of their criminal investigation.\n\n"
 "Analysts say the case should not affect UFJ's plan to merge with the Mitsubishi Tokyo Financial Group. Another "
 "rival, Sumitomo Mitsui, is also trying to force a merger with UFJ.\n\n"
 "With the Japanese yen approaching its highest level against the dollar in five years, there is increasing "
 "speculation on what Tokyo will do.\n\n"
 "Finance Minister Sadakazu Tanigaki says talks with European finance officials are \"not necessarily\" "
 "preparation for joint action to limit the dollar's slide.\n\n"
 "Mamoru Yamazaki is the chief economist in Japan for the investment bank Barclays Capital. He said if the yen rises "
 "toward 90 to the dollar, financial authorities here would take action. \"Japanese government will intervene in the "
 "market to keep the yen at a certain level, so the U.S. dollar and Japanese yen may be over 90 or 95 [yen to the "
 "dollar],\" he said.\n\n"
 "Internet investor Softbank says it has reached a deal to buy a professional baseball team from the struggling "
 "retailer Daiei.\n\n"
 "Softbank says it is taking a 98 percent stake in the Hawks, based in the city of Fukuoka. The company says the "
 "price is about $50 million.\n\n"
 "Last month, Internet shopping site Rakuten received permission from Japan's professional baseball organization to "
 "start a new team.\n\n"
 "In one of the first crackdowns in Japan on Internet file sharing, a 42-year-old man has been handed a three-year "
 "suspended prison sentenced.\n\n"
 "Yoshihiro Inoue was convicted in Kyoto District Court of violating the copyright law.",
 "banking/internet/sport", "regulation,deal,economy,ownership",
 "The VOA story as voanews.com serves it in the page store (found with \"Accessibility links Breaking News Japanese "
 "Bank - 2006 Those are among the stories in this week's look at Japanese business news\", rank 3). Cut: the page "
 "chrome ('Accessibility links', 'Breaking News', 'News'), the heading '3 Former Bank Officials Arrested in Japan' "
 "(kept as title; it carries no date); the excerpt's broken last sentence ('He was arrested a year ago for putting "
 "two Hollywood movies on the', where the store's excerpt ends), so `truncated` true. `published` 2004-12-03 from "
 "the address ('a-13-2004-12-03-voa9'). Kept as written: 'a three-year suspended prison sentenced' (sic), the "
 "bracketed '[yen to the dollar]' inside the quote (VOA's own gloss), 'Japanese government will intervene' (no "
 "article, as quoted). " + NO_WIRE + ". " + CHECKED + "'Hawks', 'Tanigaki', 'Mamoru Yamazaki', 'Yoshihiro Inoue' "
 "-> no file; 'Barclays Capital' -> one dev text by file name (iPhone 4 pre-orders, 2010; not opened), another "
 "subject; 'Softbank' -> texts on other subjects (Wikipedia copies on Masayoshi Son, PayPay, Line, Pacnet and "
 "others; none names the Hawks); 'Daiei' -> batch 38q's pool and its test text (the 2004 bailout, another story) "
 "and a train text (Fumiko Hayashi); 'UFJ' -> batches 38p/38q's pools (the 2002 bad loans, the 2004 merger on "
 "hold and the Daiei bailout; this text gives the merger plan no relation); 'Rakuten' -> batch 38t's pool (the "
 "Golden Eagles award of November 2004, told here in one sentence with no team named) and Wikipedia copies: "
 "the UFJ executives' arrest, Softbank's purchase of the Hawks from Daiei and the Kyoto file-sharing conviction "
 "are new to the corpus.",
 True))

# ---- Japan: Sanyo's job cuts, the NYSE seeks Japanese listings, eAccess-Goldman talks (30 September 2005) -----------
R.append(rec("voa-sanyo-job-cuts-nyse-thain-japanese-listings-eaccess-goldman-2005",
 "http://www.voanews.com/a/a-13-2005-09-30-voa2-66395262/548727.html", "2005-09-30",
 "Sanyo Cuts Staff to Improve Competitiveness",
 "Sanyo Electric's restructuring plans include cutting the work force, closing factories in Japan and China and "
 "delisting its shares from European Stock Exchanges. And the New York Stock Exchange is looking for new Japanese "
 "listings.\n\n"
 "Officials at Sanyo Electric, a maker of televisions and mobile phones, says it will accelerate job cuts because "
 "it anticipates a bigger annual loss due to competition from China and to falling prices.\n\n"
 "Sanyo will cut 10 percent of its work force, or 10,000 employees, by January. It also forecasts an annual loss "
 "this year of $1.2 billion.\n\n"
 "Sanyo's planned cuts came after Sony decided last week to reduce its work force. The employee cuts at Sanyo and "
 "Sony indicate that the tough challenges they face from manufacturers in China and South Korea.\n\n"
 "The head of the New York Stock Exchange says the value of the 19 Japanese companies listed on the exchange totals "
 "$669 billion. Chief Executive Officer John Thain says the exchange is considering allowing 40 to 50 more Japanese "
 "companies to list.\n\n"
 "\"We have an interest in a number of companies across the broad range of industry sectors, and there is great "
 "growth opportunities in Japan,\" he said.\n\n"
 "The Japanese broadband services company eAccess is in talks with the U.S. investment bank Goldman Sachs on taking "
 "part in a new mobile phone venture. EAcess officials say Goldman is considering an investment of more than $220 "
 "million.\n\n"
 "The company is applying to for a Japanese mobile services license. If eAccess is receives one, it will be the "
 "first time in 12 years that a new player enters a market controlled by three providers - NTT DoCoMo, KDDI and "
 "Vodafone.\n\n"
 "And in the most recent quarter, Japanese manufacturers turned optimistic after three quarters of gloomier "
 "outlooks. The latest survey of manufacturers suggests that they may sustain investment rates to continue the "
 "fastest pace of economic growth in 15 years.",
 "electronics/stock exchanges/telecoms", "restructuring,leadership,deal,economy",
 "The VOA story as voanews.com serves it in the page store (found with \"Accessibility links Breaking News Japanese "
 "Electronics Maker - 2004-10 this week's look at Japanese business news\", rank 8). Cut: the page chrome "
 "('Accessibility links'; no 'Breaking News' line in this copy), the heading 'Sanyo Cuts Staff to Improve "
 "Competitiveness' (kept as title; it carries no date). The excerpt ends on a whole sentence at about the store's "
 "excerpt length, so the page was not seen to its end: `truncated` true (as batch 38t's Mizuho text). `published` "
 "2005-09-30 from the address ('a-13-2005-09-30-voa2'). Kept as written, errors and all: 'Officials at Sanyo "
 "Electric ... says', 'indicate that the tough challenges they face', 'there is great growth opportunities', "
 "'EAcess officials' (sic, for eAccess), 'is applying to for', 'If eAccess is receives one', 'European Stock "
 "Exchanges' (capitals, no exchange named). " + NO_WIRE + ". " + CHECKED + "'eAccess', 'EAcess' -> no file; "
 "'Thain' -> a train text (a 2008 Wikinews story on Bank of America and Merrill Lynch, where he is Merrill's chief "
 "executive: another post) and batch 13's annotation script; 'Sanyo' -> batch 38t's pool and its dev text (the "
 "2002 Haier tie-up, another story) and a train text (Master Kong); 'New York Stock Exchange' -> texts on other "
 "subjects; 'Goldman Sachs' -> texts on other subjects: Sanyo's 2005 job cuts, the NYSE's search for Japanese "
 "listings under John Thain and eAccess's talks with Goldman Sachs are new to the corpus.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
