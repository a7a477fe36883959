#!/usr/bin/env python3
"""Batch 38x (session 39; helper gather39x): Voice of America staff stories on Asian companies — a majority stake
bought, executives questioned in a graft probe, results and a joint venture — the VOA lane of session 39
(GATHER-VOA39.md), business stories only, a fourth round after batches 38m, 38o and 38w; all from VOA's weekly Asian
business round-ups of 2005-2006 ('this week's summary of business news in Asia'):
- a US software company buying a majority stake in an Indian banking-software maker from Citigroup and other
  holders, and Hong Kong's railway operator doubling its half-year profit (Oracle, i-flex solutions, Citigroup, MTR
  Corporation; Oracle's president Charles Phillips, MTR's chief executive C.K. Chow) (VOA, 8 August 2005);
- the Hong Kong branch of Bank of China, Qantas and Thai Airways International on results, a joint venture of LG
  Electronics and Nortel Networks, and Khazanah Nasional and Telekom Malaysia buying a stake in Singapore's Mobile
  One (VOA, 22 August 2005);
- police detaining Hyundai Motor's chief financial officer and accounting vice president in a graft probe, its
  chairman Chung Mong-koo and his son at Kia Motors, IATA's new Chinese flight routes, and the MTR-KCR merger terms
  (VOA, 17 April 2006).
Each text is the search tool's page-store excerpt (`search`, corpus `pages`) of the story on voanews.com (two) or on
VOA's own content-management host voa.pangea-cms.com (one, a 'preview' address carrying the voanews.com story path),
embedded here. No story's page text as held shows a wire credit (AP, Reuters, AFP, 'Some information for this report
came from ...'); one names its VOA reporter in the teaser ("VOA's Heda Bayron in Hong Kong"), two carry no byline;
each is taken as a VOA staff story, a US government work (17 U.S.C. 105), as batch 18a's, 38m's, 38o's and 38w's VOA
items. Edits in `notes`; no word added or changed. newskg (or any extractor) was not run on the texts.
usage: batch38x.py [POOL_DIR] [--dry]   (default /tmp/gather39x/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa as rec, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather39x/pool"

NO_WIRE = ("Wire check: the page text as held carries no credit to AP, Associated Press, Reuters, AFP, Agence "
           "France-Presse or any other agency or outlet, and no 'Some information for this report came from' line, "
           "so it is taken as a VOA staff story (as batch 18a's, 38m's, 38o's and 38w's VOA items; the page itself "
           "was not seen whole)")
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, the gather scripts and /tmp/gather39*/pool as "
           "they stood; file names only, no test or dev text opened): ")



R = []
# ---- India/Hong Kong: Oracle's majority stake in i-flex solutions, MTR Corporation's profit (8 August 2005) ---------
R.append(rec("voa-oracle-i-flex-majority-stake-mtr-profit-2005",
 "https://www.voanews.com/a/a-13-2005-08-08-voa5-66934217/264338.html", "2005-08-08",
 "US Software Giant Buys Indian IT Company",
 "A U.S. software giant has bought an Indian information technology company, and Hong Kong's railway operator posts "
 "strong half-year profits. VOA's Heda Bayron in Hong Kong has this week's summary of business news in Asia.\n\n"
 "U.S. software giant Oracle acquired a majority stake in Indian software maker i-flex solutions for about $900 "
 "million.\n\n"
 "Oracle bought Citigroup's 41 percent stake in the Bombay-listed company and another 20 percent from various "
 "shareholders, putting its total shareholding at 61 percent.\n\n"
 "I-flex solutions makes a popular software for banks called FLEXCUBE, a product that Oracle President Charles "
 "Phillips says would boost his company's influence in the banking software business.\n\n"
 "\"With Oracle's size and global presence combined with this leading banking software, this is a power "
 "combination,\" he said.\n\n"
 "In Hong Kong, the MTR Corporation, the city's mass railway transport operator, more than doubled its profit for "
 "the first six months of the year.\n\n"
 "MTRC's profit rose to $335 million from $150 million in the same period last year, boosted by a 32 percent profit "
 "rise from the company's real estate projects.\n\n"
 "Chief executive C.K. Chow says the company is optimistic about further growth, especially with a new train service "
 "to Hong Kong Disneyland, which opens next month. But he says international factors could affect growth.\n\n"
 "\"Obviously there are risks in the economy overall in terms of oil prices, in terms of interest rate movements, in "
 "terms of the adjustments of the renminbi of China - these would have an impact on the overall economy of Hong "
 "Kong,\" he said. \"But on the assumption that even with all these risks the Hong Kong economy would still be "
 "moving forward in the next six months, we believe we will benefit.\"\n\n"
 "Meanwhile, Singapore and South Korea signed a free trade pact lifting tariffs on almost all products over the next "
 "10 years.",
 "software/transport", "deal,ownership,earnings,leadership",
 "The VOA story as voanews.com serves it in the page store (found with \"Accessibility links Breaking News Indian "
 "Company to Buy - 2007 VOA Hong Kong business stories from Asia\", rank 5, and again with \"voa.pangea-cms.com "
 "preview a-13-2006 Chinese bank chief executive profit jumped; Indian software company buys U.S. firm\", rank 1). "
 "Cut: the page chrome ('Accessibility links', 'Breaking News', 'News'), the heading (kept as title 'US Software "
 "Giant Buys Indian IT Company'); cut after 'over the next 10 years.', before 'The deal also covers products mad', "
 "where the store's excerpt (about 2,000 characters) breaks off mid-word: `truncated` true. `published` from the "
 "address ('a-13-2005-08-08'). Kept as written: 'i-flex solutions' / 'I-flex solutions' (lower case as held, "
 "capital at the sentence start), 'makes a popular software', 'MTRC's', 'renminbi of China - these'. The teaser "
 "names the VOA reporter: \"VOA's Heda Bayron in Hong Kong\". " + NO_WIRE + ". " + CHECKED + "'i-flex', 'FLEXCUBE', "
 "'Charles Phillips', 'C.K. Chow', 'Heda Bayron' -> no file; 'MTR Corporation' -> one train text (a Wikipedia copy "
 "on MTR Corporation itself, by file name) and batch 26e's scripts; 'Oracle', 'Citigroup' -> texts on other "
 "subjects (Oracle's Siebel, Innobase and Sun purchases, by file name): Oracle's 2005 purchase of the i-flex "
 "majority stake and MTR's 2005 half-year profit are new to the corpus.",
 True))

# ---- Hong Kong/Australia/Thailand/Korea/Malaysia: results, LG-Nortel, Mobile One stake (22 August 2005) ------------
R.append(rec("voa-bank-of-china-hk-qantas-lg-nortel-m1-stake-2005",
 "https://voa.pangea-cms.com/preview/en-US/a/a-13-2005-08-22-voa9/307110.html", "2005-08-22", None,
 "The Hong Kong branch of a Chinese banking giant and Australia's biggest airline both post strong growth, while the "
 "Thai national carrier hits financial turbulence.\n\n"
 "Bank of China's branch in Hong Kong said its profit jumped nearly 17 percent, to $833 million, in the six months to "
 "June.\n\n"
 "He Guangbei, the bank's chief executive in Hong Kong, credited the territory's economic upturn for the "
 "higher-than-expected results.\n\n"
 "\"The growth momentum of the Hong Kong economy continued into the first half of 2005, creating a more favorable "
 "operating environment for the business sector as a whole. The property market remained active. There was higher "
 "demand for loans and other financial services,\" he said.\n\n"
 "In Australia, the country's biggest airline, Qantas, said profit rose 18 percent, to $587 million, for the fiscal "
 "year ending in June, despite increased competition and high oil prices.\n\n"
 "The company has cut two hundred management jobs in the past two months. Chief executive Geoff Dixon says soaring "
 "fuel costs remain the airline's greatest concern.\n\n"
 "\"We believe fuel will stay at current high levels for quite some period of time, and we must compensate for "
 "that,\" said Mr. Dixon.\n\n"
 "At the same time, Thailand's national carrier, Thai Airways International, lost $117 million in the quarter ending "
 "in June because of high oil prices and increased personnel expenses. Its president was suspended last week, "
 "reportedly because of the company's financial problems.\n\n"
 "South Korea's LG Electronics and Canada's Nortel Networks have formed a $295 million joint venture to develop "
 "telecommunications and networking equipment.\n\n"
 "Nortel supplies wireless communications equipment worldwide, while LG is the one of the world's largest mobile "
 "telephone handset makers.\n\n"
 "Finally, Malaysia's state investment arm, Khazanah Nasional, and Telekom Malaysia will together buy a 12 percent "
 "stake in Singapore's mobile operator, Mobile One, for some $158 million.",
 "banking/airlines/telecoms", "earnings,leadership,partnership,deal",
 "The VOA story as VOA's own content-management host serves it in the page store (voa.pangea-cms.com, a 'preview' "
 "address carrying the voanews.com story path 'a/a-13-2005-08-22-voa9/307110.html'; found with \"Accessibility "
 "links Breaking News Asian Airlines Merge, Singapore Bank Profits; VOA's Hong Kong business stories from the "
 "region\", rank 1; no voanews.com copy came back). The stored text has no page chrome, no heading and no reporter's "
 "line, so `title` is null and the attribution says so (as batches 38o's and 38w's round-ups without a heading); "
 "`published` from the address ('a-13-2005-08-22'). Cut after 'for some $158 million.', before 'The deal will "
 "increase Telekom's stake in Mobile One to 17 perce', where the store's excerpt (about 2,000 characters) breaks off "
 "mid-word: `truncated` true. Paragraph breaks as held (single line breaks in the store, written as blank lines). "
 "Kept as written: 'two hundred', 'LG is the one of the world's largest', 'higher-than-expected'. " + NO_WIRE +
 " (no byline either). " + CHECKED + "'He Guangbei', 'Nortel', 'Khazanah', 'Mobile One', 'MobileOne' -> no file; "
 "'Geoff Dixon' -> one test text (a Wikipedia copy on Alan Joyce, by file name; another subject) and gather "
 "scripts; 'Qantas' -> texts on other subjects (A380 flights, Virgin, ACCC, a JAL round-up, by file name); 'Thai "
 "Airways' -> one train text (an A380 test flight); 'Telekom Malaysia' -> Wikipedia texts on other subjects "
 "(Axiata, Asia-America Gateway): the August 2005 results, the LG-Nortel joint venture and the Mobile One stake are "
 "new to the corpus.",
 True))

# ---- South Korea/China/Hong Kong: Hyundai graft probe, IATA routes, MTR-KCR merger terms (17 April 2006) -----------
R.append(rec("voa-hyundai-probe-executives-iata-china-routes-mtr-kcr-2006",
 "https://www.voanews.com/a/a-13-2006-04-17-voa7/327273.html", "2006-04-17",
 "Hyundai Probe Widens, China Implements Time-Saving Flight Routes",
 "A probe into graft at South Korea's Hyundai Motor widens as police briefly detain two senior executives on "
 "suspicion of creating a slush fund for illegally lobbying policymakers. And China signs a deal to save air "
 "travelers time, cut airlines' costs, and reduce air pollution levels.\n\n"
 "Legal scrutiny of South Korea's number one automaker, Hyundai Motor, has intensified, with Chief Financial Officer "
 "Lee Jung-dae and Vice President of Accounting Kim Seung-nyun being detained for several hours Friday in connection "
 "with a bribery investigation.\n\n"
 "South Korean police say they plan to question Hyundai Motor Chairman Chung Mong-koo after his return from a "
 "business trip to China. They also plan to question his son, Chung Eui-sun, who runs Hyundai affiliate, Kia "
 "Motors.\n\n"
 "China is opening up some more of its airspace to civilian flights - and probably saving passengers time.\n\n"
 "The Singapore-based International Air Transport Association - or IATA - says it has successfully completed six "
 "years of talks with Beijing aimed at establishing new flight routes across northwest China.\n\n"
 "Albert Tjoeng, a corporate communications manager for IATA, says the routes are a big boost not only for the "
 "bottom line, but also the environment.\n\n"
 "\"Flight times between Europe and China will be cut by about an average of 30 minutes. This translates into $30 "
 "million savings in the fuel bill [per year],\" said Tjoeng. \"The more direct routing will result in eliminating "
 "84,000 tons [per year] of carbon dioxide emissions.\"\n\n"
 "The new routes are expected to affect 110 flights each week.\n\n"
 "And rail travelers in Hong Kong can look forward to some savings of their own.\n\n"
 "Authorities have approved terms for merging the territory's main subway system, known as the MTR, with the "
 "Kowloon-Canton Railway, or KCR system.",
 "autos/aviation/rail", "leadership,regulatory,deal",
 "The VOA story as voanews.com serves it in the page store (found with \"Accessibility links Breaking News South "
 "Korea's Hyundai chairman arrested; business news Asia VOA Hong Kong\", rank 3). Cut: the page chrome "
 "('Accessibility links', 'Breaking News'), the heading (kept as title 'Hyundai Probe Widens, China Implements "
 "Time-Saving Flight Routes'); cut after 'or KCR system.', before 'The KCR connects Hong Kong's more densely "
 "populated center with outlying areas, and extends north into ma', where the store's excerpt (about 2,000 "
 "characters) breaks off mid-word: `truncated` true. `published` from the address ('a-13-2006-04-17'). Kept as "
 "written: the bracketed '[per year]' (twice, as held), 'Hyundai affiliate, Kia Motors', 'the Kowloon-Canton "
 "Railway, or KCR system'. The stored text names no reporter (a non-VOA copy of its first paragraphs, "
 "carsandracingstuff.com/library/articles/1303.php, names Kurt Achin in Seoul and calls it 'an Asian business "
 "report'; not used). " + NO_WIRE + " (no byline either). " + CHECKED + "'Chung Mong-koo', 'Chung Eui-sun', 'Lee "
 "Jung-dae', 'Kim Seung-nyun', 'Tjoeng', 'Kowloon-Canton', 'Kia Motors' -> no file; 'Hyundai Motor' -> texts on "
 "other subjects (Stellantis, 2009 US car sales, by file name); 'International Air Transport Association' -> texts "
 "on other subjects (EU passenger compensation, a Congo crash, the 2010 ash cloud, Siza Mzimela): the April 2006 "
 "Hyundai detentions, the IATA Chinese routes and the MTR-KCR merger terms are new to the corpus.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
