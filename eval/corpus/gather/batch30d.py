#!/usr/bin/env python3
"""Batch 30d (session 31, the fresh out-of-sample check; helper gather31d): deals and regulatory cases as events, part 4
of batch 27d's lane — English Wikipedia articles (CC BY-SA) whose subject is one deal, one change of owner or one
regulatory case, all outside the US — a German drugmaker bought by Bayer (Schering AG); a Swiss biotech
company bought by Merck (Serono); a Canadian airline's origins, purchases and its purchase by Air Canada (Canadian
Airlines); an Italian banking scandal over two contested takeovers (Bancopoli: Antonveneta, BNL); a music company's
joint-venture origins and its sale to Seagram (PolyGram); a British game developer bought by Electronic Arts (Bullfrog
Productions); a Korean bank bought by a US fund, with failed sales (Hana Bank, Korea Exchange Bank); a Thai retail
chain, its founder group and Tesco's stake (Lotus's); part 2: an Italian utility bought by EDF, its founder and
leaders (Edison); an Italian mobile operator, its owners' joint venture and its leaders (Wind, Wind Tre).
Texts are the search tool's page-store excerpts (never a whole page), cut at the last full sentence before an excerpt
breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch30d.py [POOL_DIR] [--dry]   (default /tmp/gather31d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather31d/pool"

R = []
# ---- pharma: Schering AG -----------------------------------------------------------------------------------------------
R.append(wp("wp-schering-ag", "Schering AG", "https://en.wikipedia.org/wiki/Schering_AG",
 "Schering AG was a research-centered German multinational pharmaceutical company headquartered in Wedding, Berlin, "
 "which operated as an independent company from 1851 to 2006. In 2006, it was bought by Bayer AG and merged to form the "
 "Bayer subsidiary Bayer Schering Pharma AG, which was renamed Bayer HealthCare Pharmaceuticals in 2011. Schering was "
 "listed on the Frankfurt Stock Exchange and had 26,000 employees as of 2004.\n\n"
 "The American pharmaceutical company Schering-Plough, formerly the Schering Corporation, was originally the US "
 "subsidiary of Schering AG, and merged with Merck & Co. in 2009.\n\n"
 "In 1851, Ernst Christian Friedrich Schering opened the Grüne Apotheke (Green Pharmacy) in Berlin's Chausseestraße, "
 "and in 1871, converted into the name Chemische Fabrik auf Actien (formerly E. Schering). This date is the company's "
 "date of incorporation.\n\n"
 "The company grew strongly in the following years. In 1913, the company employed 935 workers, 112 master craftsman and "
 "180 office employees. In addition to the Berlin site, two factories were also located in Russia (Moscow and Wydriza "
 "(Idritsa)) with over 1,000 workers and a plant in Great Britain. Turnover at the time was about 10 million German "
 "gold mark, created with the production of photochemicals and pharmaceuticals. Important products produced were "
 "salicylic acid, the antigout preparation atophan, various sleeping and disinfecting agents.\n\n"
 "At the beginning of the 1920s, Schering took over the wash and colouring company located in the Berlin district "
 "Köpenick.",
 "pharmaceuticals", ["deal"],
 "The article as en.wikipedia.org renders it in the page store ('= Schering AG =' title line): the infobox lines (logo, "
 "fate 'Merged', successor, foundation, location, industry, key people 'Hubertus Erlen, last CEO', products, number of "
 "employees) and the heading '==History==' cut; kept as written: 'research-centered', '112 master craftsman', "
 "'converted into the name', 'Wydriza (Idritsa))'; cut after 'district Köpenick.', before 'In 1922, the management "
 "acquired the majority of sha', where the excerpt breaks off (`truncated`). The current rendering: recorded 4.0. "
 "Schering, Bayer Schering Pharma, Schering-Plough, Merck: 0 in train/dev/test; Bayer: one train and one dev file on "
 "other events.", "non-US"))

# ---- pharma: Serono ----------------------------------------------------------------------------------------------------
R.append(wp("wp-serono", "Serono", "https://en.wikipedia.org/wiki/Serono",
 "Serono was a biotechnology company headquartered in Geneva, Switzerland. It was acquired by the German pharmaceutical "
 "company Merck in 2006. The company was founded as the Serono Pharmacological Institute by Cesare Serono in 1906 in "
 "Rome, Italy. Serono was incorporated in 1987 and the holding company, Ares-Serono S.A., changed its name to Serono "
 "S.A. in May 2000, the same year that its CEO, Ernesto Bertarelli, led a listing on the New York Stock Exchange.\n\n"
 "Serono developed and marketed pharmaceuticals in the fields of reproductive health, multiple sclerosis, growth & "
 "metabolism and dermatology. A key step in its development was the discovery of a method of extracting urinary "
 "gonadotropins by Dr. Piero Donini. A decade after his discovery, a partnership with Professor Bruno Lunenfeld led to "
 "gonadotropins being able to become a widely available and commercially successful treatment for infertility, "
 "marketed by the company as Pergonal. Serono obtained the biological material for the gonoadtropin extraction from "
 "the urine of Italian nuns, thanks to the connections of one of its board members, Giulio Pacelli, who was the nephew "
 "of Pope Pius XII.\n\n"
 "A particular commercial success was its drug, REBIF, used to treat Multiple Scleroris. Introduced in 1998 to treat "
 "relapsing-remitting MS, the most common form of the degenerative disease. By 1999 it had generated $143 million in "
 "sales, but was barred by provisions of the Orphan Drug Act from entering the US market, where Biogen’s treatment, "
 "Avonex, held orphan status.",
 "pharmaceuticals/biotechnology", ["deal", "leadership"],
 "The article as en.wikipedia.org renders it in the page store ('= Serono =' title line): the infobox lines (logo, type, "
 "industry, fate 'Acquired by Merck Group', successor 'Merck Serono', founder, headquarters, key people 'Claudio "
 "Bertarelli (Chairman), Ernesto Bertarelli (CEO)', products, parent 'Merck Group') cut; kept as written: 'gonoadtropin', "
 "'Multiple Scleroris', 'REBIF', the verbless 'Introduced in 1998 ...' sentence, the curly apostrophe in 'Biogen’s'; cut "
 "after 'held orphan status.', before 'Bertarelli and Serono invested signif', where the excerpt breaks off "
 "(`truncated`). The current rendering: recorded 4.0. Serono, Merck, Bertarelli, Rebif: 0 in train/dev/test; Biogen: "
 "one dev file (another event).", "non-US"))

# ---- airlines: Canadian Airlines ---------------------------------------------------------------------------------------
R.append(wp("wp-canadian-airlines", "Canadian Airlines", "https://en.wikipedia.org/wiki/Canadian_Airlines",
 "Canadian Airlines International Ltd. (stylized as Canadi›n Airlines or Canadi‹n Airlines, or simply Canadian) was a "
 "major Canadian airline that operated from 1987 until 2001. The airline was Canada's second largest airline after Air "
 "Canada, carrying more than 11.9 million passengers to over 160 destinations in 17 countries on five continents at its "
 "height in 1996. Canadian Airlines served 105 destinations in Canada, more than any other airline. Canadian Airlines "
 "was also a founding member of the Oneworld airline alliance.\n\n"
 "Canadian Airlines was headquartered in Calgary, Alberta, and had revenue of approximately $3 billion at the end of "
 "1999. The airline and its aircraft were acquired by Air Canada in 2000, and the merger was officially completed on "
 "January 1, 2001.\n\n"
 "Canadian Airlines International was the principal subsidiary of its parent company Canadian Airlines Corporation. The "
 "new airline was formed on March 27, 1987, when Pacific Western Airlines purchased Canadian Pacific Air Lines (which "
 "operated as CP Air for a number of years), which in turn had recently acquired Eastern Provincial Airways and "
 "Nordair.\n\n"
 "In 1989, Canadian Airlines acquired Wardair, giving them access to new routes including long-sought-after routes to "
 "the UK and Europe.",
 "airlines", ["deal"],
 "The article as en.wikipedia.org rendered it in the page store ('Canadian Airlines From Wikipedia, the free "
 "encyclopedia'): the title line, that site line, the infobox lines (French name, IATA/ICAO/callsign, founded, ceased "
 "operations '(acquired by Air Canada)', focus cities, frequent-flyer programme, alliance, parent company, headquarters, "
 "key people 'Kevin Benson (President & CEO)'), an image caption ('A McDonnell Douglas DC-10-30 in crossover CP Air "
 "livery at Amsterdam Airport Schiphol in 1988') and the citation markers cut; kept as written: the stylised "
 "'Canadi›n' and 'Canadi‹n', 'giving them access'; cut after 'the UK and Europe.', before 'Its major hubs were at "
 "Montréal-Dorval International Airport (now known as ...), Toronto Pearson Internationa', where the excerpt breaks off "
 "(`truncated`). The rendering has no revision date (no 'Jump to' line): recorded 4.0, doubtful. Canadian Airlines, "
 "Pacific Western, CP Air, Wardair, Nordair: 0 in train/dev/test; Air Canada: three train and one dev file (other "
 "events); Oneworld: train/dev files (memberships); 'Canadian Pacific': one train file (the railway).", "non-US"))

# ---- banking/regulatory: Bancopoli -------------------------------------------------------------------------------------
R.append(wp("wp-bancopoli", "Bancopoli", "http://piglix.com/piglix/Bancopoli",
 "\"Bancopoli\" was the name coined by the Italian press for the finance and banking scandals between July 2005 and "
 "January 2006. The Italian Banca Popolare Italiana (BPI), in competition with Holland's ABN AMRO for control of Banca "
 "Antonveneta, was given an unfair advantage by Banca d'Italia's (Italy's central bank) president, Antonio Fazio.\n\n"
 "Fazio was forced to resign and BPI Managing Director, Gianpiero Fiorani, was arrested on a number of charges in "
 "connection with the attempted takeover, having been accused of using illegal procedures. Giovanni Consorte, head of "
 "the Italian insurance company Unipol, was also forced to resign due to implications that he was connected with the "
 "Antonveneta scheme and another attempted takeover of the Italian Banca Nazionale del Lavoro (BNL). Ultimately, ABN "
 "AMRO gained control of Antonveneta and the French BNP Paribas attained control of BNL.\n\n"
 "During the summer of 2004, ABN AMRO sought authorization from the Banca d'Italia to increase its ownership share of "
 "the Antonveneta bank from 12.6% to 20%, thereby making it the largest single shareholder. On February 14, 2005, the "
 "Italian bank BPI, (known at the time as Banca Popolare di Lodi (BPL)) received permission from the Banca d'Italia to "
 "raise its holdings in Antonveneta to 15%.\n\n"
 "On March 30, 2005, ABN AMRO launched a bid for Antonveneta and a month later, on April 29, BPL proposed a merger with "
 "Antonveneta.\n\n"
 "On March 29, 2005, the Spanish bank, BBVA, launched a bid to increase its controlling share of 15% in order to become "
 "the majority shareholder of BNL. In the same year, on July 19, the Italian insurance company, Unipol, launched a "
 "takeover bid for a controlling interest in BNL. Unipol's bid created competition between two Italian companies and "
 "two foreign banks for ownership of the domestically-owned banks in Italy.",
 "banking and finance", ["deal", "regulatory", "near-miss", "leadership"],
 "The article as piglix.com reproduces it in the page store (a site rendering Wikipedia pages; its lines are the "
 "article's paragraphs with single line breaks, made paragraph breaks here, whitespace only); no infobox or marker in "
 "the excerpt; kept as written: 'Holland's ABN AMRO', 'Banca d'Italia's (Italy's central bank) president', 'BPI "
 "Managing Director, Gianpiero Fiorani,', 'the Italian bank BPI, (known at the time as ...)'; the excerpt ends after "
 "'banks in Italy.', a full sentence, before the article's next section (`truncated`). A copy of about 2017: recorded "
 "3.0; doubtful: the copy's date and piglix's terms page were not found in the page store. Bancopoli, Antonveneta, BPI, "
 "Fiorani, Consorte, Unipol, BNL: 0 in train/dev/test; ABN AMRO and BNP Paribas: batch 28d's Fortis file and other "
 "files (other events); Antonio Fazio: one train file by count (not this scandal's text); BBVA: train/dev files on other "
 "events. Near-miss inside: bids, a proposed merger and attempted takeovers, and only 'gained control' told as done.",
 "non-US", v3=True, copy_of="the Wikipedia article, via a site rendering Wikipedia pages"))

# ---- music/media: PolyGram ---------------------------------------------------------------------------------------------
R.append(wp("wp-polygram", "PolyGram", "https://wikimili.com/en/PolyGram",
 "PolyGram N.V. was a multinational major music record label and entertainment company formerly based in the "
 "Netherlands. It was founded in 1962 as the Grammophon-Philips Group by Dutch corporation Philips and German "
 "corporation Siemens, to be a holding for their record companies, and was renamed \"PolyGram\" in 1972. The name was "
 "chosen to reflect the Siemens interest Polydor Records and the Philips interest Phonogram Records. The company traced "
 "its origins through Deutsche Grammophon back to the inventor of the flat disc gramophone, Emil Berliner.\n\n"
 "Later on, PolyGram expanded into the largest global entertainment company, creating film and television divisions. "
 "In May 1998, it was sold to the alcoholic distiller Seagram which owned film, television and music company Universal "
 "Studios. PolyGram was thereby folded into Universal Music Group, and PolyGram Filmed Entertainment was folded into "
 "Universal Pictures, which had been both Seagram successors of MCA Inc. When the newly formed entertainment division "
 "of Seagram faced financial difficulties, it was sold to Vivendi, and MCA became known as Universal Studios, as "
 "Seagram ceased to exist.",
 "music/media", ["deal"],
 "The article as wikimili.com renders it in the page store ('Last updated'): the title and site lines, the infobox "
 "lines (company type, industry, predecessor, founded, founder 'Polydor Deutsche Grammophon', defunct '1999;25 years "
 "ago', fate, the catalogues' owners, successor, headquarters, parent), the marker '[ citation needed ]' and the line "
 "'Contents' cut; kept as written: 'a multinational major music record label and entertainment company', 'which had "
 "been both Seagram successors of MCA Inc.'; cut after 'as Seagram ceased to exist.', before 'Vivendi remains the "
 "majority owner of the Universal Music Group (while the film and television division was sol', where the excerpt "
 "breaks off (`truncated`). Content to 2024: recorded 4.0; doubtful: wikimili's terms page was not found in the page "
 "store. PolyGram, Polydor, Phonogram, Deutsche Grammophon, MCA: 0 in train/dev/test; Philips two test files by count, "
 "Siemens, Seagram (one dev file), Vivendi (one dev file), Universal Music (one test file by count): other events.",
 "non-US"))

# ---- games: Bullfrog Productions ---------------------------------------------------------------------------------------
R.append(wp("wp-bullfrog-productions", "Bullfrog Productions", "https://en.wikipedia.org/wiki/Bullfrog_Productions",
 "Bullfrog Productions Limited was a British video game developer based in Guildford, England. Founded in 1987 by Peter "
 "Molyneux and Les Edgar, the company gained recognition in 1989 for their third release, Populous, and is also well "
 "known for titles such as Theme Park, Theme Hospital, Magic Carpet, Syndicate and Dungeon Keeper. Bullfrog's name was "
 "derived from an ornament in the offices of Edgar's and Molyneux's other enterprise, Taurus Impact Systems, Bullfrog's "
 "precursor where Molyneux and Edgar were developing business software. Bullfrog Productions was founded as a separate "
 "entity after Commodore mistook Taurus for a similarly named company.\n\n"
 "Electronic Arts, Bullfrog's publisher, acquired the studio in January 1995. Molyneux had become an Electronic Arts "
 "vice-president and consultant in 1994, after EA purchased a significant share of Bullfrog. Molyneux's last project "
 "with Bullfrog was Dungeon Keeper, and as a result of his dissatisfaction of the corporate aspects of his position, he "
 "left the company in July 1997 to found Lionhead Studios. Others would follow him to Lionhead, and some founded their "
 "own companies, such as Mucky Foot Productions. After Molyneux's departure, Electronic Arts' control over Bullfrog "
 "caused several projects to be cancelled.",
 "video games", ["deal", "leadership"],
 "The article as en.wikipedia.org renders it in the page store ('= Bullfrog Productions =' title line): the infobox "
 "lines (logo, logo caption, type 'Subsidiary', industry, fate 'Merged into EA UK', predecessor, successors, founders, "
 "headquarters, key people 'Peter Molyneux (managing director, 1987–1997) Les Edgar (chairman, managing director, "
 "1987–1999) Bruce McMillan (managing director, 1999–2001)', products, parent 'Electronic Arts (1995–2001)') cut; kept "
 "as written: 'dissatisfaction of the corporate aspects'; cut after 'to be cancelled.', before 'Bullfrog was merged', "
 "where the excerpt breaks off (`truncated`). The current rendering: recorded 4.0. Bullfrog, Molyneux, Les Edgar, "
 "Lionhead, Mucky Foot, Taurus Impact Systems, Commodore: 0 in train/dev/test; Electronic Arts: one dev file (a "
 "committee's report on games, another event).", "non-US"))

# ---- banking/regulatory: Hana Bank (Korea Exchange Bank) ---------------------------------------------------------------
R.append(wp("wp-hana-bank", "Hana Bank", "https://en.m.wikipedia.org/wiki/Korea_Exchange_Bank",
 "Hana Bank is a commercial bank headquartered in Seoul, South Korea. Since its establishment as Korea Exchange Bank in "
 "1967, it provides the largest range of foreign exchange products in South Korea.\n\n"
 "Korea Exchange Bank was established in 1967 as a government-owned bank specializing in foreign exchange. It was "
 "privatized in 1989 and was one of Korea's first commercial banks. During the 2002 FIFA World Cup in Korea and Japan, "
 "KEB was the first Korean bank to export Korean won to another nation, by exporting bundles of 10000 won notes to "
 "Japan.\n\n"
 "Korea Exchange Bank was acquired in 2003 by Lone Star Funds, a private U.S. equity fund, as part of the general "
 "reorganization of the South Korean financial sector following the Asian financial crisis. In 2006, Lone Star tried to "
 "sell the company to the highest bidder, Kookmin Bank, but the plan was scrapped when it faced investigations by South "
 "Korean prosecutors and regulators. In September 2007, HSBC agreed to purchase a controlling stake for $6 billion, but "
 "the sale was not approved by the South Korean government. In September 2008, Kookmin Bank and Hana Bank were "
 "considered for a takeover of KEB after HSBC failed to acquire the bank in 2007.",
 "banking and finance", ["deal", "regulatory", "near-miss"],
 "The article as the mobile site en.m.wikipedia.org renders it in the page store, reached under the redirect 'Korea "
 "Exchange Bank' ('Hana Bank (Redirected from Korea Exchange Bank)'): the title and redirect lines, the opening "
 "bracket with the Korean name, its romanisation and 'KEB Hana Bank outside South Korea' (as batch 28d cut Yukos's "
 "Russian name), the infobox lines (native name, formerly, founded '1967; 56 years ago', area served, key people 'Park "
 "Sung-ho (President & CEO)', parent 'Hana Financial Group', names), the headings with the mobile site's 'Edit' ('Korea "
 "Exchange Bank (1967–2015)Edit', 'Establishment and privatizationEdit', 'Acquisition by Lone Star FundsEdit') and the "
 "marker '[1]' cut; cut after 'acquire the bank in 2007.', before a bullet list of dated events ('Oct 2003: Acquired by "
 "Lone Star Funds', ...) and the next section (`truncated`). A rendering of 2023 ('56 years ago'): recorded 4.0, "
 "doubtful. Hana Bank, Korea Exchange Bank, Lone Star, Kookmin: 0 in train/dev/test; HSBC: train/dev files (batch 29d's "
 "Midland Bank) and test files by count (other events). Near-miss inside: Lone Star's scrapped sale to Kookmin Bank and "
 "HSBC's agreed purchase not approved by the government.", "non-US",
 copy_of="the Wikipedia article, as the mobile site renders it, under the redirect 'Korea Exchange Bank'"))

# ---- retail: Lotus's (Tesco Lotus) -------------------------------------------------------------------------------------
R.append(wp("wp-lotuss", "Lotus's", "https://wikimili.com/en/Lotus%27s",
 "Lotus's (formerly known as Lotus Supercenter, Tesco Lotus Supercenter and Tesco Lotus) is a retail chain in Thailand "
 "founded and operated by Charoen Pokphand (CP) Group, with operations in Malaysia following the acquisition of Tesco "
 "Malaysia in 2020.\n\n"
 "In 1994, the Charoen Pokphand (CP) Group established the Lotus Supercenter chain, opening its first outlet at Seacon "
 "Square. In 1998, British supermarket chain Tesco acquired a stake of the Lotus Supercenter chain to form \"Tesco "
 "Lotus\". CP Group sold most of its remaining shares of Tesco Lotus in 2003.\n\n"
 "Tesco Lotus stores currently operate in five formats: Extra, Hypermarket, Department Store, Talad, and Express. "
 "Extra, Hypermarket, and Department store formats sell fresh food, prepared foods, and grocery offerings as well as a "
 "non-food offerings including electrical appliances, apparel, toys, stationery, and household goods. Talad ('market') "
 "is a \"supermarket format\" selling mainly groceries. Express is a convenience \"mini-supermarket\" format. Many of "
 "the products on the shelf are Tesco house brand products.\n\n"
 "The bigger stores are often set in malls and have food courts and many other shops and stalls available as well as "
 "large car parks.",
 "retail", ["deal"],
 "The article as wikimili.com renders it in the page store ('Last updated'): the title and site lines, the infobox "
 "lines (formerly, industry, founded, headquarters, area served, key people 'Naris Thamkuekool, Group CEO Sompong "
 "Rungnirattisai, CEO', products, owner 'CP All', parent 'CP Axtra', website), an image caption ('Lotus's in "
 "Ongkharak, Thailand'), the line 'Contents' and the heading 'Description' cut; kept as written: 'a non-food "
 "offerings', 'acquired a stake of', 'currently operate'; cut after 'large car parks.', before 'Tesco Lotus also offers "
 "a range of retail and financial', where the excerpt breaks off (`truncated`). Content to 2024 ('30 years ago "
 "(1994)'): recorded 4.0; doubtful: wikimili's terms page was not found in the page store. Lotus's, Tesco Lotus, CP "
 "Group, Seacon Square: 0 in train/dev/test; Charoen Pokphand: one test file by count (no test file names Tesco Lotus); "
 "Tesco: five train files and one test file by count (other events).", "non-US"))

# ======== part 2 (gathered after part 1 was committed; annotated before newskg ran on either text) ====================
# ---- energy: Edison (company) ------------------------------------------------------------------------------------------
R.append(wp("wp-edison", "Edison (company)", "https://worddisk.com/wiki/Società_Adriatica_di_Elettricità",
 "Edison S.p.A. is an Italian electric utility company headquartered in Milan. The company was established in 1884 and "
 "acquired by Electricité de France in 2012. Edison employs more than 5,000 people in Europe, North Africa, and the "
 "Middle East. The chairman of the board is Luc Rémont (CEO of EDF) and the chief executive officer is Nicola Monti.\n\n"
 "Founded in 1884 by Giuseppe Colombo in Milan, Italy, as \"Società generale italiana di elettricità sistema Edison\", "
 "it served the purpose of introducing and applying Thomas Edison's inventions to Italy. Indeed, Colombo, an "
 "engineering professor, was a great admirer of Edison, whom he had met in the United States in 1881, securing an "
 "exclusive licence for some of his patents for Italy and hiring some of his collaborators. Edison operated the Santa "
 "Radegonda power plant, Europe's first power plant. In the following decades, Edison continued growing, especially in "
 "hydroelectric power, and came to control power distribution in most of northern Italy. In 1962, the centre-left "
 "coalition government of Christian Democrats and Socialists decided to nationalize the electric sector in Italy to "
 "break the oligopolistic power of the four dominant electric companies that comprised the market. With the "
 "compensation money it obtained from the state, Edison, then headed by Giorgio Valerio, invested heavily to diversify "
 "its activities, primarily in the petrochemical sector and by buying the Standa supermarkets chain, continuing "
 "producing power only for self-consumption.",
 "energy", ["deal", "leadership"],
 "The article 'Edison (company)' as worddisk.com renders it in the page store (a site mirroring Wikipedia pages, "
 "reached under the redirect 'Società_Adriatica_di_Elettricità'): the page-name line, the repeated title lines, the "
 "short description line 'Italian electric utility company headquartered in Milan', the infobox stub 'Quick Facts "
 "Company type, Industry ...', the headings 'History' and 'Early history (1884-1966)' and the citation markers cut; "
 "kept as written: 'Electricité de France' (no accent on the E), 'Thomas Edison's inventions' beside the company's "
 "'Edison', 'continuing producing power'; cut after 'only for self-consumption.', before 'This strategy was "
 "unsuccessful, though, ... so in 1965, Edison was eventually forced to merge with Montecatini, forming Montedison, "
 "the', where the excerpt breaks off (`truncated`). Content to 2023 or later (Luc Rémont as EDF's CEO): recorded 4.0; "
 "doubtful: worddisk's terms page was not found in the page store. Edison S.p.A., Luc Rémont, Nicola Monti, Giuseppe "
 "Colombo, Giorgio Valerio, Montecatini, Enrico Mattei: 0 in train/dev/test; Electricité de France: one dev file "
 "(another event); 'Edison' alone: Con Edison files (another company); Eni: train/dev files on other events.",
 "non-US", copy_of="the Wikipedia article, via a site mirroring Wikipedia pages, under the redirect "
 "'Società_Adriatica_di_Elettricità'"))

# ---- telecoms: Wind (Italy) --------------------------------------------------------------------------------------------
R.append(wp("wp-wind-italy", "Wind (Italy)", "https://profilbaru.com/article/Wind_(Italy)",
 "On 31 December 2016, the merger between 3 Italy and Wind into Wind Tre was completed. This merger project, carried "
 "out by CK Hutchison Holdings and VimpelCom, envisaged the creation of an equal joint venture to combine telephony "
 "services in Italy. However, the Wind brand remained active until 16 March 2020, when it was replaced by the single "
 "Wind Tre brand.\n\n"
 "Wind had 21.6 million mobile customers with a market share of 22.9% (placing itself behind TIM and Vodafone) and 2.8 "
 "million customers on fixed-lines with a market share of 13.2% (that makes it the second largest fixed line operator, "
 "behind Telecom Italia). The company served through a network of 159 owned stores and around 498 exclusive "
 "franchised outlets under the Wind brand, as well as 396 electronic chain stores.\n\n"
 "In 2011 Wind became part of VimpelCom group, after a merger between the Russian company and the EgyptianOrascom "
 "Telecom: the newborn group appointed Khaled Bichara Chairman of Wind and Ossama Bessada CEO, after Luigi Gubitosi's "
 "exit.\n\n"
 "In April 2013, Wind announced it would be investing $1.3 billion on building a fourth-generation (4G) mobile "
 "broadband network to catch-up with its rivals TIM and Vodafone.\n\n"
 "On December 31, 2016, Wind Telecomunicazioni S.p.A. was merged with H3G S.p.A. into Wind Tre S.p.A.\n\n"
 "Despite the merger, the Wind and Infostrada brands continued to operate independently of the 3 Italy brand in the "
 "private sector.\n\n"
 "On May 23, 2017 Wind Business was merged with 3 Business, giving life to Wind Tre Business, which combines all the "
 "services dedicated to VAT-registered customers and companies.\n\n"
 "On March 16, 2020, after the merger of the Wind-3 mobile networks completed at the end of 2019, the company carried "
 "out a rebranding, replacing the old Wind and 3 Italy brands with the new Wind Tre single brand, both for mobile "
 "telephony and for fixed-line telephony.",
 "telecoms", ["deal", "leadership"],
 "The article as profilbaru.com reproduces it in the page store (a site rendering Wikipedia pages; the excerpt starts "
 "inside the article, without its lead, and its lines are the article's paragraphs with single line breaks, made "
 "paragraph breaks here, whitespace only): the citation markers ('[4][5]', '[6]', '[7]', '[2]', '[9]', '[5]', '[10]', "
 "'[6]') cut; kept as written: 'EgyptianOrascom' (run together), 'Chairman', 'to catch-up with', 'On May 23, 2017 Wind "
 "Business' (no comma), both '31 December 2016' and 'December 31, 2016'; cut after 'for fixed-line telephony.', before "
 "the heading 'Awards' and its paragraph (`truncated`). Content to 2020: recorded 3.0; doubtful: the copy's date and "
 "profilbaru's terms page were not found in the page store, and the excerpt lacks the article's opening. Wind Tre, "
 "Wind Telecomunicazioni, H3G, VimpelCom, Orascom, Bichara, Bessada, Gubitosi, Infostrada: 0 in train/dev/test; CK "
 "Hutchison: one test file by count (no test file names Wind Tre or VimpelCom); TIM, Vodafone, Telecom Italia: "
 "train/dev files on other events.", "non-US", v3=True,
 copy_of="the Wikipedia article, via a site rendering Wikipedia pages"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
