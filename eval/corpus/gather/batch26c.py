#!/usr/bin/env python3
"""Batch 26c (session 27, this session's out-of-sample check; helper gather27c): English Wikipedia articles (CC BY-SA)
on companies outside the US, told as news — company relations (Shoprite's acquisitions of chains, a distributor and a
ticket seller; Taito's founder, its purchase by Square Enix and its games; Namco's founder, former names, games and
Atari's Japanese subsidiary; MultiChoice owned by Canal+ with its television services and former operations; Kenya
Airways' former state ownership and its shareholders; Globe Telecom's shareholders and listing; CD Projekt's founders,
games unit, store and a publisher it worked with; Kotak Mahindra's joint ventures, subsidiaries and its purchase of ING
Vysya Bank; PhonePe's founders, its purchase by Flipkart and a bank partner) and leadership outside the US (Tony
Elumelu, chairman of Heirs Holdings and founder of his foundation; Lee Jae-yong, Samsung Electronics' executive
chairman, with his earlier posts and his relatives' posts).
Wikinews and outage articles were left to helpers gather27a and gather27b (batches 26a, 26b).
Texts are the search tool's page-store excerpts (never a whole page), cut at the last full sentence before an excerpt
breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
Part 2 (R2, written with --part2): leadership (Akio Toyoda's posts at Toyota, his 2009 appointment with his
predecessor's move and his 2023 step-down with his successor) and company relations (Grupo Televisa's former name,
founding stations, owners and its exclusive contract with Univision), gathered after part 1 was committed and
first-looked, before newskg ran on either text.
usage: batch26c.py [POOL_DIR] [--dry] [--part2]   (default /tmp/gather27c/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather27c/pool"

R = []
# ---- company relations ------------------------------------------------------------------------------------------
R.append(wp("wp-shoprite-south-africa", "Shoprite (South Africa)", "https://en.wikipedia.org/wiki/Shoprite_(South_Africa)",
 "The Shoprite Group of Companies (JSE: SHP), is Africa's largest food retailer. It operates 2,689 outlets in 15 "
 "countries across Africa and the Indian Ocean Islands. The company's headquarters are in the Western Cape province of "
 "South Africa. Shoprite Holdings Limited is a public company listed on the Johannesburg Stock Exchange, with secondary "
 "listings on both the Namibian and Zambian Stock Exchanges. As of 2016, the Shoprite Group employed almost 144,000 "
 "people, of whom 23,500 worked outside South Africa.\n\n"
 "The Shoprite Group of companies was established in 1979. In 1990 Shoprite opened in Namibia. In 1991, it acquired "
 "the national Checkers chain. In 1995 the first store in Lusaka, Zambia was opened. That same year the company "
 "acquired distributor Sentra, allowing the company to expand into franchising.\n\n"
 "In 1997 struggling \"OK Bazaars\" was acquired by the company from South African Breweries for one rand, adding 157 "
 "supermarkets and 146 furniture stores to the company. In 2000 the group opened its first supermarkets in Zimbabwe "
 "and Uganda. Two years later the company acquired the Madagascar stores of French chain Champion. The same year the "
 "company bought three Tanzanian supermarkets from Score Supermarket and opened it first Hypermarket outside of South "
 "Africa in Mauritius. In 2005 the Group acquired Foodworld as well as South African ticket seller Computicket, and "
 "opened the first Shoprite LiquorShop. The company also opened its first Nigerian store in the Victoria Island area "
 "of Lagos.",
 "retail (supermarkets)", ["deal"],
 "The article as en.wikipedia.org renders it in the page store (an older revision: 'From Wikipedia, the free "
 "encyclopedia', 'Jump to navigation Jump to search', revenue for FY 2017): those lines, the infobox lines (Shoprite "
 "Holdings, public company, traded as, headquarters, revenue, employees), two image captions ('A Shoprite store in "
 "Zeerust.', 'International presence of Shoprite supermarkets') and citation markers cut; kept as written: 'The "
 "Shoprite Group of Companies (JSE: SHP), is', 'opened it first Hypermarket'; cut after 'the Victoria Island area of "
 "Lagos.', before 'In 2008 the Shoprite Group was added to', where the excerpt breaks off (`truncated`). A 2008 "
 "revision on the-uncensored-wiki.com and a newer one (FY 2015 infobox) are in the store too; this one was used. "
 "Content to 2017: recorded 3.0. Shoprite, Checkers, OK Bazaars, Sentra, Computicket, Foodworld, South African "
 "Breweries, Score Supermarket: 0 in train/dev/test ('Champion' occurs in other texts as a common word).", "non-US",
 v3=True, copy_of="the Wikipedia article, an older revision"))

R.append(wp("wp-taito", "Taito", "http://a.dukovany.cz/index.php?q=aHR0cHM6Ly9lbi53aWtpcGVkaWEub3JnL3dpa2kvVGFpdG8%3D",
 "Taito Corporation is a Japanese company that specializes in video games, toys, arcade cabinets, and game centers, "
 "based in Shinjuku, Tokyo. The company was founded by Michael Kogan in 1953 as the Taito Trading Company, importing "
 "vodka, vending machines, and jukeboxes into Japan. It began production of video games in 1973. In 2005, Taito was "
 "purchased by Square Enix, becoming a wholly owned subsidiary by 2006.\n\n"
 "Taito is recognized as an important industry influencer in the early days of video games, producing a number of "
 "hit arcade games such as Speed Race (1974), Western Gun (1975), Space Invaders (1978), Bubble Bobble (1986), and "
 "Arkanoid (1986). Alongside Capcom, Konami, Namco, and Sega, it is one of the most prominent video game companies "
 "from Japan and the first that exported its games into other countries. Several of its games have since been "
 "recognized as important and revolutionary for the industry – Space Invaders in particular was a major contributor "
 "to the growth of video games in the late 1970s, and the aliens featured in the games are seen as iconic emblems "
 "within the video game industry.",
 "games", ["deal", "leadership"],
 "The article as a web proxy renders en.wikipedia.org/wiki/Taito in the page store ('[go: nahoru, domu]', 'Jump to "
 "content', 'From Wikipedia, the free encyclopedia'): those lines, the infobox lines (native name, formerly, company "
 "type, industry, founded, founder, headquarters, key people, total equity, employees, parent 'Square Enix "
 "(2005–present)', subsidiaries, website, the footnote) and the note and citation markers ('[b]', '[c]', '[1]', "
 "'[2]') cut; kept as written: 'Speed Race (1974)' and the other years in brackets, the en dash before 'Space "
 "Invaders in particular'; cut after 'within the video game industry.', before 'The company maintains a chai', where "
 "the excerpt breaks off (`truncated`). Content runs to 2024 ('71 years ago'): recorded 4.0. Doubtful: a proxy's "
 "rendering; the address it wraps is en.wikipedia.org's. Taito, Square Enix, Michael Kogan, Space Invaders, Capcom, "
 "Konami, Namco: 0 in train/dev/test; 'Sega': two files (dev: SEGA's purchase of Sports Interactive; train: a "
 "word inside another name), other events.", "non-US", copy_of="the Wikipedia article, via a web proxy"))

R.append(wp("wp-namco", "Namco", "http://www.infospaze.com/Namco",
 "Namco Limited is a Japanese corporation that operates game centers and theme parks, but is best known for its "
 "previous identity as a video game developer and publisher. Its headquarters are located in Minato, Tokyo. The "
 "company's English name is often officially written as NAMCO (in all capital letters).\n\n"
 "The original Namco Ltd. was founded in 1955 as Nakamura Seisakusho. In 2006, Namco absorbed the video game division "
 "of its sister company Bandai and formally renamed itself Namco Bandai Games . The same day, its existing amusement "
 "division split to form a new company called Namco Ltd.\n\n"
 "Namco was a front-runner during the golden age of arcade video games. Pac-Man went on to become the best-selling "
 "arcade game in history and an international popular culture icon. Namco is also known for creating successful "
 "franchises such as Galaxian, Dig Dug, Xevious, Ridge Racer, Ace Combat, Tekken, Soulcalibur and Tales.\n\n"
 "Masaya Nakamura founded the company as Nakamura Seisakusho Co., Ltd. in 1955. Based in Tokyo, the company started "
 "out by running children's rides on the roof of a department store in Yokohama. The business eventually expanded "
 "throughout the Tokyo area. Nakamura Seisakusho underwent in 1959 a name change to Nakamura Manufacturing Co, Ltd. "
 "Nakamura Manufacturing Company would later be used to form the acronym \"Namco\" as a brand name in 1971 which "
 "eventually became the company's own corporate name in 1977. In 1970, the company produced a coin-operated "
 "mechanical driving simulator called Racer.\n\n"
 "Atari Japan, the Tokyo-based subsidiary of Atari, was struggling financially by 1974. General manager Hide Nakajima "
 "was left in charge of the company after his boss had quit. Nakajima claims that employees had been stealing money "
 "and that he had contributed funds from his personal savings in order to pay creditors and stave off bankruptcy.",
 "games", ["deal", "leadership"],
 "The article as infospaze.com (a site that renders Wikipedia articles) holds it: the logo line ('Namco logo.svg'), "
 "the Japanese name in the bracket after 'Namco Limited' ('(株式会社ナムコ, Kabushiki gaisha Namuko)', as batch 25b "
 "cut Chinese and Hindi names) and citation markers ('[1]'-'[6]') cut; kept as written: 'renamed itself Namco Bandai "
 "Games .' (the space before the full stop), 'underwent in 1959 a name change', 'Nakamura Manufacturing Co, Ltd.'; "
 "cut after 'stave off bankruptcy.', before 'Though Nakajima wanted to try saving Atari Japan, ', where the excerpt "
 "breaks off (`truncated`). The revision describes Namco Bandai Games as current (about 2008-2012): recorded 3.0. "
 "Doubtful: infospaze.com's own terms were not found in the page store. Namco, Bandai, Masaya Nakamura, Atari Japan, "
 "Hide Nakajima, Pac-Man: 0 in train/dev/test; Atari: one train file (Eden Games, another event).", "non-US", v3=True,
 copy_of="the Wikipedia article, an older revision via infospaze.com"))

R.append(wp("wp-multichoice", "MultiChoice", "https://en.wikipedia.org/wiki/MultiChoice",
 "MultiChoice is a South African company, owned by French media conglomerate Canal+, that operates DStv, a major "
 "satellite television service in Sub-Saharan Africa. It also operates GOtv, a minor terrestrial TV service operating "
 "in 9 countries, and Showmax, a subscription video on-demand over-the-top streaming service.\n\n"
 "MultiChoice was formed out of the subscriber-management branch of the M-Net terrestrial pay television company, and "
 "broadcasts the full range of M-Net channels on the DStv service. MultiChoice is owned by the media conglomerate of "
 "the same name.\n\n"
 "One of the subsidiaries of MultiChoice is DStv Stream, formally DStv Now then DStv App, a service that delivers "
 "television transmission to mobile devices such as laptops, smart phones and notebooks.\n\n"
 "Formerly, it had operations in the Scandinavian, Benelux, Italy, Eastern Europe, Greek & Cypriot regions under the "
 "Filmnet TV service, Egypt under CNE (Cable Network of Egypt), Middle East under Gulf TV and Arab Radio and "
 "Television Network & Thailand under UBC (United Broadcasting Corporation).",
 "media (pay television)", ["deal"],
 "The article as en.wikipedia.org renders it in the page store ('= MultiChoice =' title line): the infobox lines "
 "(former name, type, industry, predecessor, headquarters, areas served, key people 'Maxime Saada (Chairman), David "
 "Mignot (CEO)', products, brands, revenue, owner 'Canal+ S.A. (via Canal+ Africa)') and the heading '==Overview==' "
 "cut; kept as written: 'formally DStv Now' (for 'formerly'), 'Scandinavian, Benelux, Italy, Eastern Europe, Greek & "
 "Cypriot regions', 'Network & Thailand'; cut after '(United Broadcasting Corporation).', before 'In 2020, MultiChoice "
 "had a total subscriber base of 20.1 million viewers throughout Africa, and Naspers a', where the excerpt breaks off "
 "(`truncated`). Content runs to 2025 (the Canal+ take-over): recorded 4.0. MultiChoice, DStv, GOtv, Showmax, Canal+, "
 "Filmnet: 0 in train/dev/test; M-Net: one dev file (wp-naspers, Naspers' founding of M-Net, not MultiChoice's "
 "owner).", "non-US"))

R.append(wp("wp-kenya-airways", "Kenya Airways", "http://www.self.gutenberg.org/articles/Kenya_Airways",
 "Kenya Airways Ltd., more commonly known as Kenya Airways, is the flag carrier of Kenya. The company was founded in "
 "1977, after the dissolution of East African Airways. The carrier's head office is located in Embakasi, Nairobi, "
 "with its hub at Jomo Kenyatta International Airport.\n\n"
 "The airline was wholly owned by the Government of Kenya until April 1995, and it was privatised in 1996, becoming "
 "the first African flag carrier to successfully do so. Kenya Airways is currently a public-private partnership. The "
 "largest shareholder is the Government of Kenya (29.8.%), followed by KLM, which has a 26.73% stake in the company. "
 "The rest of the shares are held by private owners; shares are traded on the Nairobi Stock Exchange, the Dar es "
 "Salaam Stock Exchange, and the Uganda Securities Exchange.\n\n"
 "Kenya Airways is widely considered as one of the leading Sub-Saharan operators; as of January 2013, the carrier was "
 "ranked fourth among the top ten ones that operate in Africa by seat capacity, behind South African Airways, "
 "Ethiopian Airlines and EgyptAir.",
 "airlines", ["deal"],
 "The article as self.gutenberg.org ('World Library', a site that renders Wikipedia articles) holds it: the site's "
 "lines ('World Library', 'Flag as Inappropriate', 'Email this Article', the title line), the infobox lines (codes, "
 "founded, commenced operations, frequent-flyer programme, lounges, alliance, subsidiaries 'African Cargo Handling "
 "Limited (100%)', 'Jambojet (100%)', 'Kenya Airfreight Handling Limited (51%)', fleet, slogan, headquarters, "
 "revenue, employees, website), citation markers and the template's ISO date after 'April 1995' ('(1995-04)') cut; "
 "kept as written: '(29.8.%)', 'the top ten ones'; cut after 'and EgyptAir.', before 'The airline became a full "
 "member of SkyTeam in June 2010 (2010-06), and', where the excerpt breaks off (`truncated`). Content to FY 2015: "
 "recorded 3.0. Doubtful: self.gutenberg.org's own terms were not found in the page store. Kenya Airways, East "
 "African Airways, Jambojet, Jomo Kenyatta International Airport, EgyptAir: 0 in train/dev/test; KLM: three train "
 "files (Air France-KLM's other deals, not Kenya Airways).", "non-US", v3=True,
 copy_of="the Wikipedia article, via self.gutenberg.org"))

R.append(wp("wp-globe-telecom", "Globe Telecom", "https://en.wikipedia.org/wiki/Globe_Telecom",
 "Globe Telecom commonly shortened as Globe, is a major provider of telecommunications services in the Philippines, "
 "supported by over 6,200 employees and nearly 1.05 million retailers, distributors, suppliers, and business partners "
 "nationwide. The company operates one of the largest mobile, fixed line, and broadband networks in the country, "
 "providing communications services to individual customers, small and medium-sized businesses, and corporate and "
 "enterprise clients. Globe currently has about 48.4 million mobile subscribers, nearly 3.5 million broadband "
 "customers, and 859 thousand landline subscribers.\n\n"
 "The company’s principal shareholders are Ayala Corporation and Singapore Telecom. It is listed on the Philippine "
 "Stock Exchange under the ticker symbol GLO and had a market capitalization of US$7.4 billion as of the end of June "
 "2015.\n\n"
 "Globe Telecom’s principal executive office is located at The Globe Tower, 32nd Street corner 7th Avenue, Bonifacio "
 "Global City, Taguig, Metropolitan Manila, Philippines.",
 "telecoms", ["deal"],
 "The article as en.wikipedia.org renders it in the page store (an older revision: 'From Wikipedia, the free "
 "encyclopedia', 'Jump to: navigation, search'): those lines and the infobox lines (Globe Telecom Inc., traded as, "
 "industry, founded, headquarters, key people 'Jaime Augusto Zóbel de Ayala II, Chairman', 'Ernest Cu, President and "
 "CEO', products, revenue, owner structure 'SingTel (21.51%)', 'Ayala Corporation (13.85%)', 'Asiacom (54.43%)', "
 "employees, subsidiaries 'Bayan Telecommunications', 'Innove Communications') cut — the leadership and subsidiaries "
 "stand only in the infobox, so the text is a weak deal text (shareholders, listing); kept as written: 'Globe Telecom "
 "commonly shortened as Globe, is'; cut after 'Metropolitan Manila, Philippines.', before 'In 1928, Congress passed Act "
 "No. 3495 granting the Robert Dollar Company', whose sentence the excerpt breaks off (`truncated`). Content to June "
 "2015: recorded 3.0. Globe Telecom, Ayala, Singapore Telecom, Philippine Stock Exchange, Bonifacio Global City: 0 in "
 "train/dev/test (SingTel: one test file by count, the infobox's short name, not in this text).", "non-US", v3=True,
 copy_of="the Wikipedia article, an older revision"))

# ---- leadership -------------------------------------------------------------------------------------------------
R.append(wp("wp-tony-elumelu", "Tony Elumelu", "http://blekko.com/wiki/Tony_Elumelu?source=672620ff",
 "Tony O. Elumelu (born 22 March 1963) is a Nigerian economist, banker, investor, and philanthropist. Elumelu is "
 "Chairman of Heirs Holdings, a pan-African proprietary investment company with interests in strategic sectors of "
 "Africa's economy. He is also the founder of the Tony Elumelu Foundation, an Africa-based and African-funded "
 "not-for-profit organisation (NPO) that is dedicated to the promotion and celebration of excellence in business "
 "leadership and entrepreneurship across Africa. Elumelu holds the Nigerian national honour, the Commander of the "
 "Order of Nigeria (CON). New African magazine recently listed him as one of the 100 most influential people in "
 "Africa.\n\n"
 "Elumelu was born in Jos, Nigeria, in 1963. He has two degrees in Economics from Nigerian schools. His Bachelor "
 "degree was from Ambrose Alli University and he has a Master of Science degree, also in Economics, from the "
 "University of Lagos. He is an alumnus of Harvard Business School's Advanced Management Programme. Tony Elumelu "
 "married Awele V. Elumelu, a medical doctor, in 1993 and has five daughters. He has four siblings including the Hon. "
 "Ndudi Elumelu, a member of the Nigerian Federal House of Representatives.\n\n"
 "In his early career, Elumelu made a name for himself when he acquired and turned Standard Trust Bank into a "
 "top-five player in Nigeria. In 2005, his corporate reputation as an African Business Leader was sealed when he led "
 "the largest merger in the banking sector in Sub-Saharan Africa to acquire United Bank for Africa (UBA). In five "
 "years he transformed it from a single-country bank, to a pan-African institution with over 7 million customers in "
 "19 African countries.",
 "banking / investment", ["leadership"],
 "The article as blekko.com's wiki pages hold it ('From Wikipedia, the free encyclopedia - View original article', "
 "'Jump to: navigation, search'): those lines, the headings ('Early life and family[edit]') and citation markers "
 "('[1]'-'[3]') cut; kept as written: 'to a pan-African institution', 'the Hon. Ndudi Elumelu'; cut after '19 African "
 "countries.', before 'Following his retirement from UBA in 2010, Elumelu founded Heirs Holdings, which invests in "
 "...;', a sentence the excerpt breaks off at a semicolon (`truncated`; so the text does not say he left UBA). "
 "Content to about 2013: recorded 3.0. Doubtful: blekko.com's own terms were not found in the page store. Elumelu, "
 "Heirs Holdings, Standard Trust Bank, United Bank for Africa, Tony Elumelu Foundation: 0 in train/dev/test.",
 "non-US", v3=True, copy_of="the Wikipedia article, via blekko.com"))

R.append(wp("wp-cd-projekt", "CD Projekt", "https://en.wikipedia.org/wiki/CD_Projekt",
 "CD Projekt S.A. is a Polish video game company based in Warsaw, founded in May 1994 by Marcin Iwiński and Michał "
 "Kiciński. Iwiński and Kiciński were video game retailers before they founded the company, which initially acted as "
 "a distributor of foreign video games for the domestic market. The department responsible for developing original "
 "games, CD Projekt Red, best known for The Witcher series and Cyberpunk 2077, was formed in 2002. In 2008, CD Projekt "
 "launched the digital distribution service Good Old Games, now known as GOG.com.\n\n"
 "The company began by translating major video game releases into Polish, collaborating with Interplay Entertainment "
 "for two Baldur's Gate games. CD Projekt was working on the PC version of Baldur's Gate: Dark Alliance when "
 "Interplay experienced financial difficulties. The game was cancelled and the company decided to reuse the code for "
 "their own video game. It became The Witcher, a 2007 video game based on the works of novelist Andrzej Sapkowski.",
 "games", ["deal", "leadership"],
 "The article as en.wikipedia.org renders it in the page store ('= CD Projekt =' title line): the infobox lines "
 "(logo, type, traded as, key people 'Marcin Iwiński (Chair) Adam Kiciński (Chair) Michał Nowakowski (CEO) Adam "
 "Badowski (CEO) Piotr Nielubowicz (CFO)', products, owner, employees, founders, location) and the pronunciation "
 "remnant '(/pl/)' after 'CD Projekt S.A.' cut; cut after 'novelist Andrzej Sapkowski.', before 'After the release of "
 "The Witcher, CD Projekt worked on a console port called The Witcher: White Wolf; however, developm', where the "
 "excerpt breaks off (`truncated`). Content runs to 2023-2024: recorded 4.0. CD Projekt, Witcher, Cyberpunk, "
 "Interplay, Sapkowski, Iwiński: 0 in train/dev/test ('GOG' only inside other words).", "non-US"))

R.append(wp("wp-kotak-mahindra-bank", "Kotak Mahindra Bank", "https://profilbaru.com/en/Kotak_Mahindra_Bank",
 "In 1985, Uday Kotak founded Kotak Capital Management Finance Limited as a financial services company with a loan of "
 "₹30 lakh from family and friends. In 1986, Anand Mahindra and his father Harish Mahindra invested ₹1 lakh in the "
 "company which was subsequently renamed Kotak Mahindra Finance. The company was initially engaged in bill "
 "discounting, along with lease and hire purchase activities.\n\n"
 "In the early 1990s, the company started offering car financing and investment banking services and expanded its "
 "operations overseas. In 1996, car financing company Kotak Mahindra Primus was incorporated as a 60:40 joint venture "
 "between Kotak Mahindra Finance and Ford Credit International. In the same year, Kotak Mahindra Finance hived off its "
 "investment banking division into a new company, Kotak Mahindra Capital, started in partnership with Goldman "
 "Sachs.\n\n"
 "In 1998, Kotak Mahindra Finance started its mutual fund arm called Kotak Mahindra AMC. In 2001, OM Kotak Mahindra "
 "Life Insurance was established as a 74:26 joint venture between Kotak Mahindra Finance and Old Mutual.\n\n"
 "In 2005, Kotak Mahindra Bank acquired Ford Credit's 40% stake in Kotak Mahindra Primus, making it a wholly-owned "
 "subsidiary of the group. Kotak Mahindra Primus was subsequently renamed as Kotak Mahindra Prime. In 2006, Kotak "
 "Mahindra Bank bought out Goldman Sachs' 25% stake in Kotak Mahindra Capital for ₹210 crore (US$46.35 million) and "
 "25% in Kotak Securities for ₹123 crore (US$27.15 million), turning both companies into its wholly-owned "
 "subsidiaries.\n\n"
 "In 2014, Kotak Mahindra Bank announced the acquisition of ING Vysya Bank in a deal valued at ₹15,000 crore (US$2.34 "
 "billion). With the merger completed in 2015, Kotak Mahindra Bank had almost 40,000 employees, and the number of "
 "branches reached 1,261. After the merger, ING Group, which controlled ING Vysya Bank, obtained a 6.5% stake in "
 "Kotak Mahindra Bank.",
 "banking", ["deal", "leadership"],
 "The article's History section as profilbaru.com (a site that renders English Wikipedia articles, '/en/' path) "
 "holds it; the excerpt begins at 'In 1985' (no lead). Citation markers ('[8]'-'[22]') cut; the store's single line "
 "breaks between paragraphs doubled. Doubtful: the markers jump ([14] to [17], [19] to [21]), so the excerpt likely "
 "leaves out sentences the article has between them (e.g. the 2003 change into a bank: the text never says "
 "Kotak Mahindra Finance became Kotak Mahindra Bank); kept as the store gives it. Kept as written: '₹30 lakh', 'hived "
 "off', 'was subsequently renamed as'; cut after '6.5% stake in Kotak Mahindra Bank.', before 'In 2016, Kotak "
 "Mahindra Bank acquired BSS Microfinance f', where the excerpt breaks off (`truncated`). Content to 2016 and later: "
 "recorded 4.0. Doubtful: profilbaru.com's own terms were not found in the page store. Kotak, ING Vysya, Ford Credit, "
 "Uday Kotak, Anand Mahindra: 0 in train/dev/test; Goldman Sachs: four train/dev files (other deals); Old Mutual: one "
 "test file by count (not opened).", "non-US", copy_of="the Wikipedia article, via profilbaru.com"))

R.append(wp("wp-phonepe", "PhonePe", "https://wikimili.com/en/PhonePe",
 "PhonePe is an Indian digital payments and financial services company headquartered in Bengaluru, Karnataka, India. "
 "PhonePe was founded in December 2015, by Sameer Nigam, Rahul Chari and Burzin Engineer. The PhonePe app, based on "
 "the Unified Payments Interface (UPI), went live in August 2016.\n\n"
 "The PhonePe app is accessible in 11 Indian languages. It enables users to perform various financial transactions "
 "such as sending and receiving money, recharging mobile and DTH, making utility payments, conducting in-store "
 "payments.\n\n"
 "PhonePe was incorporated in December 2015. In April 2016, the company was acquired by Flipkart and as part of the "
 "acquisition, the FxMart license was transferred to PhonePe and rebranded as the PhonePe wallet. PhonePe's founder "
 "Sameer Nigam was appointed as the CEO of the company.\n\n"
 "In August 2016, the company partnered with Yes Bank to launch a UPI-based mobile payment app, based on the "
 "government-backed UPI platform.\n\n"
 "In 2022, they were launching international UPI payments, allowing Indian users traveling abroad to pay foreign "
 "merchants with Unified Payments Interface (UPI).\n\n"
 "In 2022, PhonePe obtained licensing from the Reserve Bank of India for operating a Semi-Closed Prepaid Payment "
 "system.",
 "payments / fintech", ["deal", "leadership"],
 "The article as wikimili.com (a site that renders English Wikipedia articles) holds it: 'Last updated', the infobox "
 "lines (logo, type of business, founded, headquarters, founders, industry, revenue, parent 'Walmart', users), the "
 "'Contents' line, the heading 'History' and citation markers ('[2]'-'[21]') cut; kept as written: 'founded in December "
 "2015, by', 'they were launching', 'Semi-Closed Prepaid Payment system'; cut after 'Prepaid Payment system.', before "
 "the heading 'Ownership and funding' and 'In December 2020, Flipkart and PhonePe declared a partial split, with "
 "Walmart maintaining its maj', where the excerpt breaks off (`truncated`). Content to 2024: recorded 4.0. Doubtful: "
 "wikimili.com's own terms were not found in the page store. PhonePe, Flipkart, Yes Bank, FxMart, Sameer Nigam, Reserve "
 "Bank of India: 0 in train/dev/test.", "non-US", copy_of="the Wikipedia article, via wikimili.com"))

# ---- leadership (continued) ---------------------------------------------------------------------------------------
R.append(wp("wp-lee-jae-yong", "Lee Jae-yong (businessman)", "https://www.worddisk.com/wiki/Lee_Jae-yong_(businessman)",
 "Lee Jae-yong (born June 23, 1968), anglicized as Jay Y. Lee, is a South Korean business magnate and convicted "
 "felon who has been serving as the executive chairman of Samsung Electronics since October 2022. He is the only son "
 "of Lee Kun-hee and Hong Ra-hee. As of September 2021, Lee has an estimated net worth of US$11 billion, making him "
 "the fourth-wealthiest person in South Korea.\n\n"
 "In 2014, Lee was named the world's 35th most powerful person and the most powerful Korean by Forbes Magazine's List "
 "of The World's Most Powerful People along with his father, Lee Kun-hee.\n\n"
 "Jae-yong was born in Seoul, South Korea to Lee Kun-hee and Hong Ra-hee. He attended Kyungbock High School. He "
 "received his Bachelor of Arts degree in East Asian history from Seoul National University, and his Master of "
 "Business Administration degree from Keio University, which is a rival University of his father and grandfather's "
 "alma mater Waseda University, Tokyo. He attended Harvard Business School for about five years in pursuit of a "
 "Doctor of Business Administration degree, but did not graduate. He is the cousin of CJ Group chairman Lee Jay-hyun "
 "and Shinsegae Group CEO Chung Yong-jin.\n\n"
 "Lee is fluent in his native Korean, English, and Japanese.\n\n"
 "Lee has one son Lee Ji-ho (born 2000) and one daughter Lee Won-joo (born 2004) with his ex-wife Lim Se-ryung. Lim "
 "Se-ryung is the Vice Chairwoman of Daesang group. Lim Se-ryung filed for divorce from Lee Jae-yong in 2009. Lee "
 "enjoys golf and horse riding.\n\n"
 "Jae-yong started working for Samsung in 1991. He began serving as Vice President of Strategic Planning and then as "
 "\"Chief Customer Officer\", a management position created exclusively for Lee.",
 "electronics / conglomerate", ["leadership"],
 "The article as worddisk.com (a site that renders Wikipedia articles) holds it: the repeated title lines, the short "
 "description ('South Korean businessman (born 1968)'), the collapsed infobox line ('Quick Facts Born, Education "
 "...'), the headings ('Early life and education', 'Personal life', 'Career at Samsung') and citation markers "
 "('[4]'-'[15]') cut; the Korean and Hanja names in the bracket after 'Lee Jae-yong' ('Korean: ...; Hanja: ...;') cut "
 "as batch 25b cut Hindi and Chinese names, '(born June 23, 1968)' kept; kept as written: 'a rival University of his "
 "father and grandfather's alma mater', 'Daesang group'; cut after 'created exclusively for Lee.', before 'His "
 "prospects for future company leadership dim', where the excerpt breaks off (`truncated`). Content to 2022: recorded "
 "4.0. Doubtful: worddisk.com's own terms were not found in the page store (as batch 25b's Hindalco). Lee Jae-yong, "
 "Lee Kun-hee, CJ Group, Shinsegae, Daesang, Lim Se-ryung: 0 in train/dev/test; Samsung: one train file (a bidder "
 "named in another deal) and one test file by count (not opened; the test file has no Lee Jae-yong or Lee Kun-hee).",
 "non-US", copy_of="the Wikipedia article, via worddisk.com"))

# ---- part 2 (gathered after part 1 was annotated, committed and first-looked, before newskg ran on these texts;
# written with --part2) ----------------------------------------------------------------------------------------------
R2 = []
R2.append(wp("wp-akio-toyoda", "Akio Toyoda", "https://en.wikipedia.org/wiki/Akio_Toyoda",
 "Toyoda is a grandson of the founder of Toyota Motors, Kiichiro Toyoda, and a great-grandson of both the "
 "industrialist, Sakichi Toyoda, and the founder of the Takashimaya department stores corporation, Shinshichi Iida.\n\n"
 "On 1 April 2023, Toyoda stepped down as Toyota president and became chairman of the board. Toyota's chief branding "
 "officer and president of the Lexus division, Koji Sato, succeeded Toyoda as CEO.\n\n"
 "Toyoda is the great-grandson of the Toyoda Automatic Loom Works founder Sakichi Toyoda, and grandson of Toyota Motor "
 "Corporation founder Kiichiro Toyoda. He was born 3 May 1956, in Nagoya, to Shoichiro Toyoda and Hiroko (née "
 "Mitsui). Toyoda's family line have long dominated the upper management of the family businesses since the days his "
 "carpenter-farmer great-great-grandfather, Ikichi Toyoda, taught his son fabrication and carpentry. Akio Toyoda was "
 "the chief contender for the family business when Katsuaki Watanabe was reassigned as Vice-Chairman in the wake of "
 "the quality control crisis.\n\n"
 "Toyoda completed his undergraduate degree in law at Keio University and was awarded his Masters of Finance at "
 "Babson College, Massachusetts. He would join the family business in 1984.\n\n"
 "As grandson of the company's founder, Toyoda joined Toyota's board of directors in 2000. In 2005, Toyoda was "
 "promoted to the position of executive vice president. In January 2009, it was announced that Toyoda was chosen as "
 "the forthcoming president of the company. On 23 June 2009, he was confirmed as the new president, along with four "
 "new executive vice presidents and eight new board members. The previous president and CEO Katsuaki Watanabe became "
 "vice chairman, replacing Katsuhiro Nakagawa.",
 "autos", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store ('= Akio Toyoda =' title line): the infobox lines "
 "(birthplace, occupation 'Chairman of Toyota'), the headings ('==Early life and education==', '==Career==') cut; "
 "this rendering lost the lead's bold name and its bracket, so its first two sentences begin with no subject ('is a "
 "Japanese business executive who is the chairman of Toyota. He was previously the company's president and chief "
 "executive officer (CEO).') — those two sentences cut, the text starting at 'Toyoda is a grandson' (no word added); "
 "kept as written: 'Toyoda's family line have', 'Hiroko (née Mitsui)', 'Masters of Finance'; cut after 'replacing "
 "Katsuhiro Nakagawa.', before 'In 2012, he was named Autocar', where the excerpt breaks off (`truncated`). Other "
 "renderings in the store (en.wikipedia.org 2020 and 2024, piglix, a kiwix copy) end earlier or predate the 2023 "
 "change; this one was used. Content runs to 2023: recorded 4.0. Koji Sato, Katsuaki Watanabe, Katsuhiro Nakagawa, "
 "Takashimaya, Lexus, Babson: 0 in train/dev/test; Akio Toyoda: one train file (Toyota's 2010 electric-SUV deal with "
 "Tesla, where he is named as president — another event); Toyota: three train/dev files and three test files by "
 "count (other events; 'Akio Toyoda' 0 in test).", "non-US"))

R2.append(wp("wp-televisa", "Televisa", "https://gateway.ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Televisa_Networks.html",
 "Grupo Televisa, S.A.B. is a Mexican multimedia mass media company, and the largest in Hispanic America as well as "
 "the first of all the Spanish-speaking world. It is a major international entertainment business, with much of its "
 "programming airing in the United States on Univision, with which it has an exclusive contract.\n\n"
 "Grupo Televisa was founded in 1955 as Telesistema Mexicano, linking Mexico's first three television stations: "
 "XHTV-TV (founded in 1950), XEW-TV (1951) and XHGC-TV (1952). It was (and currently still is) owned by the Azcárraga "
 "family, O'Farril family and Ernesto Barrientos Reyes, who had signed on Mexico's first radio station, XEW-AM, in "
 "1930. Its headquarters, known as Televicentro, were originally located on Avenida Chapultepec in downtown Mexico "
 "City. The building opened on February 10, 1952.\n\n"
 "The channel was the first national network to be broadcast in color in 1963. Before the launch, Telesistema began "
 "airing in color in the late 1950s in select cities along the U.S.-Mexico border, given the fact that color signals "
 "were already present since the start of US color television in the decade starting from 1954.",
 "media (television)", ["deal"],
 "The article as the IPFS mirror of English Wikipedia holds it (a 2017 snapshot of an older revision; the page "
 "'Televisa_Networks' redirects there): the hatnote ('For the Venezuelan television network, see Televisa "
 "(Venezuela).'), the infobox lines (traded as, industry, predecessors, founded, founder 'Emilio Azcárraga "
 "Vidaurreta', headquarters, key people, products, revenue, profit, subsidiaries), an image caption ('Interview with "
 "Lolita Ayala at the charity auction ...'), the pronunciation bracket after 'Grupo Televisa, S.A.B.' ('(Spanish "
 "pronunciation: [teleˈβisa])') and citation markers cut; kept as written: 'the first of all the Spanish-speaking "
 "world', 'It was (and currently still is) owned by', 'in the decade starting from 1954'; cut after 'starting from "
 "1954.', before 'In 1968, Telesistema's', where the excerpt breaks off (`truncated`). Content to 2012 (infobox revenue): recorded 3.0. Televisa, "
 "Univision, Azcárraga, Telesistema, Televicentro, XEW: 0 in train/dev/test.", "non-US", v3=True,
 copy_of="the Wikipedia article, an older revision on the IPFS mirror"))


if __name__ == "__main__":
    write_all(R2 if "--part2" in sys.argv else R, POOL, dry="--dry" in sys.argv)
