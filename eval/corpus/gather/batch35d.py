#!/usr/bin/env python3
"""Batch 35d (session 36; helper gather36d): companies and business executives outside the US told as news, from
English Wikipedia (CC BY-SA) — the company lane of batches 34d/34m (owners, purchases, units, partners) and the
executive lane of batches 34e/34n (roles) taken together in one round. Three company texts from sectors and places the
corpus holds little of (an Argentine media group, a Polish oil refiner, a South African grocer) and two executive
biographies (a Philippine tobacco, brewing and banking magnate; a Nigerian fuel-marketing and power-generation
investor). Each text is the search tool's page-store excerpt (`search`, corpus `pages`; never a whole page), cut at
the last section end or full sentence before the excerpt breaks off (`truncated`). Edits per item in `notes`; no word
added or changed. newskg (or any extractor) was not run on any text.
usage: batch35d.py [POOL_DIR] [--dry]   (default /tmp/gather36d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather36d/pool"

CHECKED = ("0 in the train/dev/test texts (test by script count only), GATHERING.md, the gather scripts on main and "
           "the session-36 pools as they stood at about 01:20 UTC (none held a pool file)")

R = []
# ---- media, Argentina: Grupo Clarín, its newspaper, its units and its purchases (1945-1993) --------------------------
R.append(wp("wp-grupo-clarin", "Grupo Clarín",
 "https://gateway.ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Grupo_Clar%C3%ADn.html",
 "Grupo Clarín is the largest media conglomerate in Argentina.\n\n"
 "Established as such in 1999, it includes the Clarín newspaper (the most-widely circulated in Latin America), Papel "
 "Prensa (the nation's principal newsprint manufacturer), Cablevisión cable television, the Artear media company, and "
 "numerous other media outlets.\n\n"
 "Rooted in the successful, 1945 launch of the centrist daily, Clarín, by the late Roberto Noble, the group is active "
 "within the publishing, newspaper, television, radio, and telecommunications industries. Its largest shareholder is "
 "Ernestina Herrera de Noble. Other major shareholders include Héctor Magnetto, José Antonio Aranda, Lucio Rafael "
 "Pagliaro, and the investment bank Goldman Sachs. Magnetto is the President and CEO of the media group, while "
 "Ernestina Herrera de Noble directs the flagship Clarín newspaper.\n\n"
 "Having become the largest newspaper distributor in the Spanish-speaking world by 1980 (when its revenues topped "
 "US$900 million), the group diversified itself significantly in 1990, when it entered into television sector with "
 "the acquisition of Channel 13, and into radio with the purchase of Radio Mitre. Following the expansion into cable "
 "television in 1992 (Multicanal), Todo Noticias, the group's cable news channel, was established in 1993 and remains "
 "one of the most influential in its sector. The conglomerate also controls Patagonik Film Group and numerous "
 "regional newspapers (notably Los Andes of Mendoza and La Voz del Interior of Córdoba).",
 "media", ["deal", "leadership"],
 "The English Wikipedia article as the IPFS mirror of the 2017 Kiwix dump (wikipedia_en_all, gateway.ipfs.io) renders "
 "it in the page store: the title line 'Clarín Group' and the infobox lines (legal name 'Grupo Clarín S.A.', 'Traded "
 "as LSE: GCLA', industry, founded 1999, headquarters, key people 'Ernestina Herrera de Noble (Chairperson)' and "
 "'Héctor Magnetto (CEO)', products, 2011 revenue and assets) cut, so the chairperson title is not in the text; "
 "citation markers ('[1]' to '[3]') cut; kept as written: 'the most-widely circulated', 'Rooted in the successful, "
 "1945 launch', 'entered into television sector', 'Following the expansion into cable television in 1992 "
 "(Multicanal)'; cut after 'La Voz del Interior of Córdoba).', before 'Grupo Clarín was listed in the Buenos Aires "
 "and London Stock Exchang', where the excerpt breaks off (`truncated`; the listing and the later cable and "
 "telecoms years are lost with it). Content of about 2012-2017 (2011 figures in the infobox, the 2017 dump): "
 "recorded 3.0; doubtful: no revision id, the mirror's terms not found (the Kiwix dumps carry Wikipedia's CC BY-SA "
 "terms). Grupo Clarín, Clarín, Papel Prensa, Artear, Magnetto, Herrera de Noble, Radio Mitre, Multicanal, Todo "
 "Noticias, Patagonik, La Voz del Interior: " + CHECKED + " ('Cablevisi' occurs once, in GATHERING.md, as the US "
 "Cablevision); Goldman Sachs is named in other corpus texts (other events). The Global Media Registry's profile "
 "(CC BY-ND, no derivatives), the Spanish Metapedia page, a Portuguese encyclopedia's entry, the company's own "
 "rebuttal page and a book's listing were looked at and not used.", "non-US", v3=True,
 copy_of="the Wikipedia article, the 2017 Kiwix dump, via gateway.ipfs.io"))

# ---- energy, Poland: PKN Orlen, its founding merger and its chief executives (1999-2002) ------------------------------
R.append(wp("wp-pkn-orlen", "PKN Orlen", "https://m.wikiwordbook.info/PKN%20Orlen",
 "PKN Orlen (Polish: Polski Koncern Naftowy Orlen) (WSE: PKN) is a Polish state oil refiner and petrol retailer. The "
 "corporation is a significant European publicly traded firm with major operations in Poland, Czech Republic, "
 "Slovakia, Germany, and the Baltic states as well as an operation in Canada.\n\n"
 "PKN Orlen is the largest company in Central and Eastern Europe and is listed in global rankings such as Fortune "
 "Global 500, Platts TOP250 and Thompson Reuters TOP100.\n\n"
 "The firm was created through the merger of two state-run petrochemical firms: C.P.N. (Centrala Produktów "
 "Naftowych), Communist Poland's petroleum retail monopoly and Petrochemia Płock, the state firm in charge of the oil "
 "refineries in Płock, the largest complex of its kind in Poland. After the merger of CPN and Petrochemia Płock in "
 "1999, the company was renamed as Polski Koncern Naftowy (PKN), with Orlen added several months later as the "
 "consortium's brand name. The new name is derived from Orl- for \"orzeł\" (Polish: eagle) and its adjective "
 "\"orli\", and -en for \"energia\" (Polish: energy).\n\n"
 "In 1999, both firms were partially privatized and merged to create a retail and refining company under the name "
 "PKN Orlen.\n\n"
 "Orlengate is the biggest corruption scandal in the modern political history of Poland. The scandal started with "
 "the arrest on 7 February 2002 by the UOP (Office for State Protection) of Andrzej Modrzejewski, the CEO of PKN "
 "Orlen. He was accused of insider trading and disclosure of confidential information. Zbigniew Wrobel directly "
 "succeeded as CEO and proposed in December 2002 $160 million for the purchase of 295 German gas stations from the "
 "British BP PLC. It was the first step in Wrobel's strategy of expanding west. At this time PKN Orlen was Poland's "
 "largest company, with sales of $7.2 billion.",
 "energy", ["leadership"],
 "An old revision as the wikiwordbook.info dictionary site's copy of English Wikipedia renders it in the page store: "
 "its site lines ('Home »', 'Pkn orlen', 'The meaning of «pkn orlen»') cut; citation markers ('[3]' to '[5]') cut; "
 "kept as written: '(Polish: Polski Koncern Naftowy Orlen) (WSE: PKN)', 'Thompson Reuters TOP100', 'C.P.N. "
 "(Centrala Produktów Naftowych), Communist Poland's petroleum retail monopoly and Petrochemia Płock' (no comma "
 "after 'monopoly'), 'was renamed as', 'Zbigniew Wrobel directly succeeded as CEO and proposed in December 2002 $160 "
 "million'; cut after 'with sales of $7.2 billion.', before 'After losses in 2000 and 2001 the fund returned 25% in "
 "2002' (a stray sentence about an investment fund, as the article had it then) and the excerpt's end (`truncated`; "
 "the Unipetrol, Mažeikių and Lotos years are lost with it). Content of about 2018-2019 (the 'largest company in "
 "Central and Eastern Europe' wording and the Daniel Obajtek-era infobox en.wikipedia.org's 2020 rendering adds): "
 "recorded 3.0; doubtful: no revision id, the site's terms not found. en.wikipedia.org's own 2020 rendering (the "
 "same lead, its excerpt breaking off in the Orlengate paragraph) and theinfolist's 2022 copy (the same history with "
 "a stray \"''Fortune''\" mark-up) were looked at; the copy that runs furthest was taken. Orlen, PKN, Petrochemia, "
 "Centrala Produktów, Modrzejewski, Wrobel, Płock: " + CHECKED + "; BP is named in other corpus texts (other "
 "events). wikisum's sentence list, a MediaWiki edit form holding wikitext, Czech and Slovak news briefs were looked "
 "at and not used.", "non-US", v3=True,
 copy_of="the Wikipedia article, an old revision, via wikiwordbook.info"))

# ---- retail, South Africa: Pick n Pay, its founder, its chairmen and its Boxer stores (1967-2018) ---------------------
R.append(wp("wp-pick-n-pay", "Pick n Pay Stores", "https://en.wikipedia.org/wiki/Pick_n_Pay_Stores",
 "Pick n Pay is the second largest supermarket chain store in South Africa, established in 1967. It can also be found "
 "in other regions of southern Africa, such as Botswana, Zambia, Zimbabwe, Lesotho, Namibia, Swaziland, and had plans "
 "to open in Malawi but has yet to do so. The founder of the chain was Jack Goldin, a native of Obeliai, Lithuania "
 "who moved to South Africa when the Nazis invaded his town. Raymond Ackerman purchased three Pick n Pay supermarkets "
 "in Cape Town from Goldin, and served as executive chairman until his retirement in 2010. His eldest son, Gareth, is "
 "the current chairman.\n\n"
 "Due to a slump in profits in July 2011 the company told labour unions that it would lay off 3,137 of its 36,673 "
 "staff.\n\n"
 "As of 2018, the company was operating over 1,600 locations across 7 countries in Southern Africa. In that year's "
 "annual report, the company announced a planned expansion into Nigeria, and that it was considering expanding into "
 "Ghana. Pick n Pay also operates stores under the Boxer brand in South Africa and Swaziland.\n\n"
 "The Pick n Pay brand, which had previously remained largely unchanged since the 1970s, was redesigned in 2007.",
 "retail", ["leadership"],
 "An old revision as en.wikipedia.org rendered it in the page store (the 'Jump to navigation Jump to search' form): "
 "the title line, the site lines, the infobox lines (legal name 'Pick n Pay Stores Ltd.', 'Traded as JSE: PIK', "
 "headquarters, locations, key people 'Gareth Ackerman (Executive chairman)' and 'Richard Brasher', 2018 revenue, "
 "income, assets and equity), two photo captions ('Small format Pick n Pay store in Kenilworth, Cape Town, showing "
 "current branding.', 'Pick n Pay store in Windhoek, Namibia, with old logo.') and the heading before the brand "
 "paragraph cut, so Gareth's surname and Richard Brasher are not in the text; citation markers ('[2]' to '[4]') cut; "
 "kept as written: 'the second largest supermarket chain store', 'other regions of southern Africa', 'a native of "
 "Obeliai, Lithuania who moved', 'Southern Africa' (capitalised), 'Due to a slump in profits in July 2011 the "
 "company'; cut after 'was redesigned in 2007.', before 'On 12 November 2007, the company announced a brand "
 "transformation', where the excerpt breaks off in the next sentence (`truncated`; the rebranding's slogan and the "
 "Australian stores are lost with it). Content of 2018-2019 (2018 figures; Swaziland not yet Eswatini): recorded "
 "3.0; doubtful: no revision id. Pick n Pay, Goldin, Obeliai, Boxer as this chain's brand: " + CHECKED + " ('Boxer' "
 "occurs in two corpus texts as other words; 'Ackerman' in other texts as other people). An older revision with "
 "Score Supermarkets, Franklins and Coles Myer (no address in the page store), news of Raymond Ackerman's death "
 "(Reuters, Bloomberg, SABC, knowafrika), a German copy and a business encyclopedia's company history were looked "
 "at and not used.", "non-US", v3=True))

# ---- executive, Philippines: Lucio Tan, LT Group, Fortune Tobacco, Allied Banking, Asia Brewery (1966-1982) -----------
R.append(wp("wp-lucio-tan", "Lucio Tan", "https://wikizero.com/m/Lucio_Tan",
 "Lucio Chua Tan Sr. (traditional Chinese: ; simplified Chinese: ; Pe\u030dh-ōe-jī: Tân Éng-chai; pinyin: Chén "
 "Yǒngzāi; born July 17, 1934) is a Filipino business magnate, investor, and philanthropist. He presides over the "
 "Filipino conglomerate company LT Group, Inc., a company with extensive business interests in sports, banking, "
 "airline, liquor, tobacco, real estate, beverages, and education. As of 2024, his net worth is estimated at US$2.6 "
 "billion.\n\n"
 "Tan was born in Amoy (now Xiamen), Fujian, China. His parents moved to Cebu in the Philippines when he was a child. "
 "He was said to have gone to school on barefoot and first worked as a stevedore who tied cargo with ropes made from "
 "abaca. He earned a bachelor's degree in chemical engineering from the Far Eastern University in Manila. Forbes "
 "states that while in college, Tan \"worked as a janitor at a tobacco factory\" where he \"mopped floors to pay for "
 "school.\"\n\n"
 "In 1966, Lucio Tan co-founded Fortune Tobacco Corporation (FTC), with Benito Tan Kee Hiong, Atty. Florencio N. "
 "Santos, and Mariano Tanenglian.\n\n"
 "Tan acquired the insolvent General Bank and Trust in 1977 and subsequently renamed it Allied Banking Corporation.\n\n"
 "Asia Brewery, Inc. was established by Tan in 1982, with the inauguration of its brewery in Cabuyao, Laguna and the "
 "launch of its first brand, Beer Hausen Pale Pilsen.",
 "conglomerate", ["leadership", "deal"],
 "The English Wikipedia article as wikizero.com's mobile copy renders it in the page store: the title line, the "
 "infobox lines (the Chinese characters, born, nationality, education, alma mater, occupations, 'Known for Chairman "
 "and CEO (LT Group, Inc., Philippine Airlines, MacroAsia Corporation)', spouse, the Chinese-name box) cut, so his "
 "chairman and chief executive titles and Philippine Airlines are not in the text; the headings 'Early years' and "
 "'Business career' and their '[edit]' marks cut; citation markers ('[4]' to '[9]') cut; kept as written: the empty "
 "'(traditional Chinese: ; simplified Chinese: ;' (the page store dropped the Chinese characters), 'gone to school "
 "on barefoot', 'Atty. Florencio N. Santos'; cut after 'Beer Hausen Pale Pilsen.', before 'The brewery growth "
 "steadily in', where the excerpt breaks off (`truncated`; the Tanduay, Philippine Airlines and Philippine National "
 "Bank years are lost with it). Content of 2024 ('As of 2024', 'age 90'): recorded 4.0; doubtful: no revision id, the "
 "copy's terms page not found. Lucio Tan, LT Group, Fortune Tobacco, Allied Bank, General Bank and Trust, Asia "
 "Brewery, Beer Hausen, Tanenglian, Far Eastern University: " + CHECKED + "; Forbes is named in other corpus texts. "
 "en.wikipedia.org's 2015 rendering (owner statements only, no founding roles), Britannica's article (not openly "
 "licensed), a Grok-written page, German and Italian copies and news features were looked at and not used.",
 "non-US", copy_of="the Wikipedia article, via wikizero.com"))

# ---- executive, Nigeria: Femi Otedola, Forte Oil, Geregu Power, Zenon Petroleum and Gas (1992-2003) ----------------
R.append(wp("wp-femi-otedola", "Femi Otedola", "https://wikizero.org/wiki/en/Zenon_Petroleum_and_Gas",
 "Olufemi Peter Otedola CON (born 4 November 1962) is a Nigerian businessman and philanthropist. He is the former "
 "chairman of Forte Oil PLC, and is the current executive chairman of Geregu Power PLC.\n\n"
 "Otedola is also the founder of Zenon Petroleum and Gas Ltd, and the owner of a number of other businesses across "
 "shipping, real estate and finance. He has recently invested in power generation as part of the liberalization of "
 "the sector in Nigeria.\n\n"
 "Otedola was born in Ibadan, the capital of Oyo State, southwest Nigeria, into the family of the late Sir Michael "
 "Otedola, Governor of Lagos State from 1992 to 1993. He is ethnic Yoruba.\n\n"
 "Femi Otedola's first daughter, Tolani, is a singer. She was born to Otedola and his former wife, Olayinka Odukoya. "
 "Later, Femi married Nana Otedola and had two more daughters—Florence Ifeoluwa and Elizabeth Temi—and a son, Fewa. "
 "Florence Otedola, aka DJ Cuppy, is a DJ and music producer, as well as a tourism ambassador for Nigeria. Her "
 "younger sister, Temi, is an actress, a style blogger and aspiring designer. Otedola has homes in Lagos, Abuja, "
 "Dubai, London and New York City.\n\n"
 "In 2003, having identified an opportunity in the fuel retail market, Otedola secured the finance to set up Zenon "
 "Petroleum and Gas Ltd, a petroleum products marketing and distribution company.",
 "energy", ["leadership"],
 "The English Wikipedia article 'Femi Otedola' as wikizero.org's copy renders it in the page store, under the "
 "redirect 'Zenon Petroleum and Gas': the title line and the infobox lines (birth name, born, education, occupation, "
 "spouse, children, parent) cut; the headings 'Early life', 'Personal life', 'Fuel marketing' and 'Zenon Petroleum "
 "and Gas' and their '[edit]' marks cut; citation markers ('[1]' to '[10]') cut; kept as written: 'CON', 'He has "
 "recently invested', 'into the family of the late Sir Michael Otedola', the dashes around 'Florence Ifeoluwa and "
 "Elizabeth Temi'; cut after 'marketing and distribution company.', before 'As owner and chairman of Zenon, in 2004, "
 "he invested N15 billion', where the excerpt breaks off in the next sentence (`truncated`; the 2004-2007 Zenon "
 "years, the African Petroleum takeover and the Forte Oil and Geregu years are lost with it). Content of 2023-2024 "
 "('age 61', 'current executive chairman of Geregu Power'): recorded 4.0; doubtful: no revision id, the copy's "
 "terms page not found; a newer revision the page store holds with no address ('former executive chairman of "
 "Geregu Power', 'As of 2025') was not used for want of an address. Otedola, Zenon, Forte Oil, Geregu, African "
 "Petroleum, DJ Cuppy: " + CHECKED + ". Celebrity-birthday and biography sites (thefamousbirthday, topcelebrities, "
 "peoplaid, austinemedia, browse.ng; copies or rewrites), Nigerian news on the 2007 African Petroleum takeover and "
 "the 2019 Forte Oil sale were looked at and not used.", "non-US",
 copy_of="the Wikipedia article 'Femi Otedola', via wikizero.org under the redirect 'Zenon Petroleum and Gas'"))

# ---- executive, Ukraine: Rinat Akhmetov, System Capital Management, Shakhtar Donetsk, ARS (1992-2023) ----------------
R.append(wp("wp-rinat-akhmetov", "Rinat Akhmetov", "https://en.wikipedia.org/wiki/Rinat_Akhmetov",
 "Rinat Leonidovych Akhmetov (born on 21 September 1966) is a Ukrainian billionaire and businessman. He is the "
 "founder and president of System Capital Management (SCM), and is the wealthiest man in Ukraine. As of April 2023, "
 "he was listed as the 460th richest person in the world with an estimated net worth of US$5.7 billion.\n\n"
 "Akhmetov is the owner and president of the Ukrainian football club Shakhtar Donetsk. From 2006–2007 and "
 "2007–2012, Akhmetov was a member of the Ukrainian Verkhovna Rada (parliament) for the Party of Regions.\n\n"
 "Rinat Akhmetov was born in Donetsk, Ukrainian SSR, to a working-class family. He is an ethnic Volga Tatar and a "
 "practicing Sunni Muslim. His father, Leonid Akhmetov was a coal-miner. His mother, Nyakiya Nasredinovna, was a "
 "shop assistant.\n\n"
 "Akhmetov had an older brother, Igor, who also worked as a coal miner but had to resign due to work-related health "
 "complications. Igor died on 24 January 2021.\n\n"
 "Akhmetov earned a bachelor's degree in economics from Donetsk National University in 2001.\n\n"
 "Details regarding Akhmetov's past, how he obtained his wealth after the fall of communism in Ukraine, and his "
 "activities between 1985 and 1995, remain controversial. Akhmetov has stated in interviews that he successfully "
 "made risky business investments in the first years after the collapse of the Soviet Union.\n\n"
 "In 1992, Akhmetov said he and two partners started a company called ARS, which processed coal into coke — a key "
 "material in producing steel. Akhmetov said Bragin left ARS in 1993, but they remained close friends.",
 "conglomerate", ["leadership"],
 "The current-era article as en.wikipedia.org rendered it in the page store (the 'From Wikipedia, the free "
 "encyclopedia' form): the title line, the infobox lines (native name, photo caption 'Akhmetov in 2008', born, "
 "'Known for Owner, System Capital Management Group' and 'Owner, Shakhtar Donetsk', political party 'Opposition "
 "Bloc', spouse) cut; the note marker '[a]' after the name (the article's footnote of his Ukrainian, Russian and "
 "Tatar names) and citation markers ('[1]' to '[19]') cut; the headings 'Early life' and 'Business career' and "
 "their '[edit]' marks cut; kept as written: 'From 2006–2007 and 2007–2012', 'His father, Leonid Akhmetov was a "
 "coal-miner' (no comma after the name), 'Akhmetov said Bragin left ARS in 1993' (Bragin named by surname only; "
 "the text does not say he was one of the two partners); cut after 'they remained close friends.', before 'In 2010, "
 "denied he inhe', where the excerpt breaks off (`truncated`; the SCM, Metinvest, DTEK and media years are lost "
 "with it). Content of 2023-2024 ('age 57', 'As of April 2023'): recorded 4.0; doubtful: no revision id. Akhmetov, "
 "System Capital Management, Shakhtar, Verkhovna Rada, Party of Regions, Bragin: " + CHECKED + ". An older "
 "revision of about 2011 (Donetsk City Bank, his appointment at FC Shakhtar, SCM's founding in 2000; no address in "
 "the page store), wiki-persons' and an auto-paraphrased copy (jorihulkkonen: 'laminitis' for 'founder'), "
 "German, Italian and Portuguese copies were looked at and not used.", "non-US"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
