#!/usr/bin/env python3
"""Batch 32d (session 33; helper gather33d): deals, joint ventures and changes of owner told as events, round 3 of the
deals lane after batches 31d and 31j — English Wikipedia articles (CC BY-SA) on one company whose story is an owner
change, a joint venture or a purchase, in sectors the lane had not taken: a French truck maker made from Renault's truck
arms and now Volvo's (Renault Trucks); a recorded-music joint venture of Sony and Bertelsmann (Sony BMG); an Australasian
brewer formed by Kirin's purchase of Lion Nathan, with its dairy arm sold to Bega (Lion); a British cereal maker owned
by Bright Food and agreed to be sold to Post Holdings (Weetabix); a Japanese truck and bus maker owned by Daimler Truck,
with the renamings and split of its Mitsubishi forerunners (Mitsubishi Fuso Truck and Bus Corporation); a hardware
chain run as a Woolworths-Lowe's joint venture and closed (Masters Home Improvement); a Czech car plant set up as a
Toyota-PSA joint venture and bought out by Toyota (Toyota Motor Manufacturing Czech Republic, formerly TPCA); a
Sino-German car joint venture (SAIC Volkswagen).
Texts are the search tool's page-store excerpts (never a whole page), cut at the last full sentence or list item
before an excerpt breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch32d.py [POOL_DIR] [--dry]   (default /tmp/gather33d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather33d/pool"

R = []
# ---- trucks: Renault Trucks (Renault Véhicules Industriels), Volvo's since 2001 -------------------------------------
R.append(wp("wp-renault-trucks", "Renault Trucks", "https://en.wikipedia.org/wiki/Renault_Trucks",
 "Renault Trucks is a French commercial truck manufacturer with corporate headquarters at Saint-Priest near Lyon. "
 "Originally part of Renault, it has been a subsidiary of Volvo since 2001.\n\n"
 "From its beginnings in 1978 to 2002, the company was called Renault Véhicules Industriels (Renault Industrial "
 "Vehicles), from 1992 on officially written as Renault V. I.. Until 2002, Renault Véhicules Industriels also "
 "manufactured buses.\n\n"
 "Renault first began building dedicated commercial trucks in 1906. In 1956, however Renault stopped producing trucks "
 "and buses under its own name. Instead, the company Saviem was formed as a subsidiary of their own commercial products "
 "with the manufacturers Somua and Latil. Lighter commercials kept on using the Renault name, however. From 1957 on, "
 "Saviem was also used as the brand name for the trucks and buses produced by the company.\n\n"
 "As a result of French industrial policy, in 1975 state-owned Renault also acquired the truck and bus manufacturer "
 "Berliet from Citroën (at that time a part of the Michelin corporation). In 1978, Berliet and Saviem were merged to "
 "form Renault Véhicules Industriels. Again, the old brand names were retained for two more years while the model "
 "lineups were gradually incorporated, until in 1980 they were replaced by the name Renault.",
 "trucks and commercial vehicles", ["deal"],
 "The article as en.wikipedia.org renders it in the page store ('= Renault Trucks =' title line): the infobox lines "
 "(name 'Renault Trucks SAS', logo, type 'Subsidiary', foundation, location, key people 'Antoine Declaux (President)', "
 "industry, predecessor 'Saviem, Berliet, Dodge UK', products, revenue and net income for 2024, employees, parent "
 "'Volvo', subsidiary 'Renault Trucks Defense') and the heading '==History==' cut; kept as written: 'Renault V. I..' "
 "(two full stops), 'In 1956, however Renault' (no second comma), 'a subsidiary of their own commercial products with "
 "the manufacturers Somua and Latil'; cut after 'replaced by the name Renault.', before 'In 1971, Saviem became a "
 "member of the Euro Truck Development Group or Club of Four, a cooperation between four European truck producers "
 "(Saviem, Volvo, DAF and Magirus-Deutz, which', where the excerpt breaks off (`truncated`). The current rendering "
 "(revenue for 2024): recorded 4.0. Renault Trucks, Renault Véhicules Industriels, Saviem, Berliet, Somua, Latil: 0 "
 "in train/dev/test texts; Volvo in one train FTC text (Daimler Truck/Volvo's clean-truck case, another event) and one "
 "test text by count; Renault, Citroën and Michelin in other texts (Carlos Ghosn's biography, Stellantis; other "
 "events). piglix.com's older copy (as 'Renault_Trucks_Defense') was looked at and not used: the current rendering "
 "was preferred.", "non-US"))

# ---- recorded music: Sony BMG Music Entertainment -----------------------------------------------------------------
R.append(wp("wp-sony-bmg", "Sony BMG",
 "https://www.radioswissclassic.ch/en/music-database/musician/237051102a2f9e4398ce3d93241c542dc22e11/biography",
 "Sony BMG Music Entertainment was a global recorded music company, which was a 5050 joint venture between the Sony "
 "Corporation of America and Bertelsmann AG. The ventures successor, the again-active Sony Music Entertainment, is "
 "100% owned by the Sony Corporation of America.\n\n"
 "Sony BMG Music Entertainment began as the result of a 5050 joint venture between Sony Music Entertainment (part of "
 "Sony) and Bertelsmann Music Group (part of Bertelsmann) completed on March 4, 2004. It is one of the Big Four music "
 "companies, and includes ownership and distribution of recording labels such as Arista Records, Columbia Records, "
 "Epic Records, J Records, Jive Records, RCA Victor Records, RCA Records, Legacy Recordings, Sonic Wave America, and "
 "others. The merger affected all Sony Music and Bertelsmann Music Group companies worldwide except for Japan, where "
 "it was felt that it would reduce competition in that countrys music industry significantly.\n\n"
 "Financial analysts covering the merger anticipated that up to 2,000 jobs would be cut as a result, saving Sony BMG "
 "approximately $350 million annually.\n\n"
 "The company's Chief Executive Officer (CEO) is Rolf Schmidt-Holtz, who succeeded Andrew Lack on February 10, 2006. "
 "In the first half of 2005, the company's share of new releases in the United States (US) declined from 33% to 26% "
 "according to Nielsen SoundScan. This, and Lack's negotiation of what some called an \"ill-conceived\" deal with "
 "Bruce Springsteen led to Bertelsmann informing Sony that it would not renew Lack's contract.",
 "recorded music", ["deal", "leadership"],
 "The article as Radio Swiss Classic's music database reproduces it in the page store (a 'Sony BMG Schweiz' "
 "biography page headed 'From Wikipedia, the free encyclopedia.'): the page lines 'Sony BMG Schweiz' and 'Sony BMG', "
 "the 'From Wikipedia' line and the infobox lines (former type 'Joint venture', fate 'Sony buys Bertelsmann's share', "
 "successor, founded 'March 3, 2004', defunct 'October 1, 2008', headquarters, key people 'David Gordon: Chairman "
 "Sound & Vision', industry, products, parents 'Bertelsmann AG (50%)' and 'Sony Corporation of America (50%)') cut; "
 "kept as written (the copy drops en dashes and some apostrophes): '5050' twice, 'The ventures successor', 'that "
 "countrys music industry', 'It is one of the Big Four', 'Chief Executive Officer (CEO) is'; cut after 'would not "
 "renew Lack's contract.', before 'The company signe', where the excerpt breaks off (`truncated`). Content of about "
 "2008-2009 (the successor named, the CEO still 'is'): recorded 3.0; doubtful: no revision date, the host's terms "
 "page not found in the page store. Sony BMG Music Entertainment, Sony Corporation of America, Bertelsmann Music "
 "Group, Rolf Schmidt-Holtz, Andrew Lack, the nine labels: 0 in train/dev/test texts; 'Sony BMG' named once in one dev "
 "Wikinews text (a German label's closure, 2009: 'its parent merge with Sony in 2005 to form Sony BMG', one clause, "
 "another event; doubtful, see GATHERING.md); Bertelsmann in batch 27f's RTL Group and batch 31d's Penguin Random "
 "House texts; 'Sony Music' in one train biography (Kaz Hirai; other events). wikiplanet.click's copy (infobox "
 "fragments run into the text) and movatter.jp's proxy of the current page (words run together) were looked at and "
 "not used.", "non-US", v3=True, copy_of="the Wikipedia article, via a Radio Swiss Classic biography page"))

# ---- beer: Lion (Lion Nathan National Foods), Kirin's ---------------------------------------------------------------
R.append(wp("wp-lion-australasian-company", "Lion (Australasian company)",
 "https://en.wikipedia.org/wiki/Lion_(Australasian_company)",
 "Lion is an alcoholic beverage company that operates in Australia and New Zealand, and a subsidiary of Japanese "
 "beverage conglomerate Kirin. It produces and markets a range of beer and cider in Australia, and wine in New "
 "Zealand and the United States through Distinguished Vineyards & Wine Partners. It acts as distributors for a range "
 "of spirits in New Zealand, but does not own any distilleries outright, although holding a 50% share of Four Pillars "
 "Gin in Victoria.\n\n"
 "Lion was formed in October 2009 under the name Lion Nathan National Foods when Kirin Holdings Company Limited "
 "purchased brewer Lion Nathan and merged the business with National Foods, which it had owned since 2007. In 2011, "
 "the company changed its name to Lion, one company with three businesses: Lion Beer, Spirits, and Wine Australia; "
 "Lion, Beer, Spirits and Wine NZ; with National Foods becoming a Melbourne-based subsidiary called Lion Dairy & "
 "Drinks. Lion Dairy & Drinks was acquired by Bega in November 2020.\n\n"
 "As of 2020 the Australian arm of the company is registered in Sydney as Lion-Beer Spirits & Wine Pty Ltd, a body "
 "corporate with multiple business names registered to it, including the Lion Nathan Australia, South Australian "
 "Brewing Company, James Boag Brewing, Byron Bay Brewery, Hahn Brewing Company, James Squire Brewery, Castlemaine, "
 "Little Creatures Brewery, and others.",
 "beer and beverages", ["deal"],
 "The article as en.wikipedia.org renders it in the page store ('= Lion (Australasian company) =' title line): the "
 "infobox lines (logo, type 'Subsidiary', parent 'Kirin', location, foundation, key people 'Rod Eddington AO "
 "(chairman), Stuart Irvine (CEO)', industry, products, subsidiaries, homepage) cut; kept as written: 'It acts as "
 "distributors', 'Lion Beer, Spirits, and Wine Australia; Lion, Beer, Spirits and Wine NZ;' (the list's commas and "
 "semicolons), 'including the Lion Nathan Australia'; cut after 'Little Creatures Brewery, and others.', before 'Lion "
 "New Zealand is the largest alcoholic beverage company in the country, employin', where the excerpt breaks off "
 "(`truncated`). The current rendering (as of 2020, Bega's purchase of November 2020): recorded 4.0. Lion Nathan, "
 "Kirin, National Foods, Lion Dairy & Drinks, Four Pillars, the brewery names: 0 in train/dev/test texts. "
 "Infogalactic's 2016 fork and theinfolist's copy with glosses run into the text were looked at and not used.",
 "non-US"))

# ---- breakfast cereal: Weetabix Limited, Bright Food's, agreed sale to Post Holdings --------------------------------
R.append(wp("wp-weetabix-limited", "Weetabix Limited", "http://piglix.com/piglix/Snackimals",
 "Weetabix Ltd., trading under the name Weetabix Food Company and commonly referred to as simply Weetabix, is a food "
 "processing company that is responsible for the production of breakfast cereal brands, including Weetabix, Alpen, "
 "and Ready Brek. The company also produces Puffins cereal and Snackimals snacks through their Barbara's Bakery "
 "division.\n\n"
 "Founded in England in 1932, the company holds a Royal Warrant from Queen Elizabeth II. Since 2012 the company has "
 "been co-owned by the Chinese Government through the state-run Bright Food, and the equity firm Baring Private "
 "Equity Asia, with Bright Food having the controlling interest.\n\n"
 "In April 2017, the American company Post Holdings reached an agreement to buy the company for £1.4 billion.\n\n"
 "The food product was originally invented in Australia in the 1920s by Bennison Osborne. Osborne and his friend "
 "Malcolm MacFarlane successfully launched Weet-Bix in Australia and New Zealand under the sponsorship of the owner "
 "of Grain Products Ltd., who soon sold the Australasian rights to the Australasian Conference Association Limited "
 "Sanitarium Health Food Company. Osborne and MacFarlane decided to expand into South Africa and while there, they "
 "began the establishment of the British & African Cereal Company, Ltd., a Private Company, in order to start a "
 "venture in England under the Companies, Act,1929, (Company No. 267687), where they became joint Managing Directors "
 "until MacFarlane left the Company in 1932/1933, after which Osborne became the sole Managing Director until 1936, "
 "when he left the Company for the United States of America.",
 "food and breakfast cereals", ["deal", "leadership"],
 "The article as piglix.com reproduces it in the page store, at the address of its redirect 'Snackimals' (a site "
 "rendering Wikipedia pages): the infobox lines (type 'Private', industry, founded, headquarters 'Burton Latimer, "
 "Northamptonshire, UK', area served, key people 'CEO: Giles Turrel Chairman: Sir Richard George', products, owner "
 "'Bright Food (60%) Baring Private Equity Asia (40%)', employees, website) cut; kept as written: 'through their "
 "Barbara's Bakery division', 'under the Companies, Act,1929, (Company No. 267687),', 'the Company' with a capital C, "
 "'1932/1933'; cut after 'for the United States of America.', before 'The first Directors of the Com', where the "
 "excerpt breaks off (`truncated`). Content of 2017 (the agreed sale to Post Holdings, not its completion): recorded "
 "3.0; the copy shows no title line: the title 'Weetabix Limited' is the one en.wikipedia.org's own later rendering "
 "of the page carries in the page store (its text differs: Post Holdings as owner, no 2012-2017 paragraphs); doubtful: no "
 "revision date; piglix's terms page not found in the page store. Weetabix, Bright Food, Baring Private Equity Asia, "
 "Barbara's Bakery, Sanitarium, Bennison Osborne: 0 in train/dev/test texts; Post Holdings in one train FTC text (its "
 "TreeHouse purchase, another event). News pages on the sale (theweek.com, businesschief.com and others) were looked "
 "at and not used (not openly licensed).", "non-US", v3=True,
 copy_of="the Wikipedia article, via piglix.com, a site rendering Wikipedia pages, under the redirect 'Snackimals'"))

# ---- trucks and buses: Mitsubishi Fuso Truck and Bus Corporation, Daimler Truck's ---------------------------------
R.append(wp("wp-mitsubishi-fuso", "Fuso (company)", "https://en.m.wikipedia.org/wiki/Fuso_(company)",
 "The Mitsubishi Fuso Truck and Bus Corporation is a manufacturer of trucks and buses. It is headquartered in "
 "Kawasaki, Kanagawa, Japan. Currently, it is 89.29% owned by Germany-based Daimler Truck.\n\n"
 "Fuso derives from the ancient Chinese term fusang (扶桑), for a sacred tree said to grow at the spot in the east "
 "where the sun rises, and has been used to refer to Japan itself. The actual fuso tree is a hibiscus.\n\n"
 "In 1932, the first B46 bus (the Fuso) was built at the Mitsubishi Shipbuilding Company's Kobe Works. Two years later "
 "(1934), the Mitsubishi Shipbuilding Company was renamed Mitsubishi Heavy Industries (MHI). Three years after that "
 "(1937), the MHI motor-vehicle operations at the Kobe Works were transferred to the Tokyo Works. In 1949, the Fuso "
 "Motors Sales Company was established.\n\n"
 "In 1950, Mitsubishi Heavy Industries was split into three companies:\n\n"
 "• West Japan Heavy Industries.\n"
 "• Central Japan Heavy Industries.\n"
 "• East Japan Heavy Industries.\n\n"
 "Two years later (1952):\n\n"
 "• West Japan Heavy Industries was renamed Mitsubishi Shipbuilding and Engineering Company.\n"
 "• Central Japan Heavy Industries was renamed Shin Mitsubishi Heavy Industries.\n"
 "• East Japan Heavy Industries was renamed Mitsubishi Nippon Heavy Industries (MNHI).\n"
 "• Fuso Motor Sales Company was renamed the Mitsubishi Fuso Motors Sales Company.\n\n"
 "Products from the companies were distributed by Mitsubishi Fuso Motor Sales because of brand recognition.",
 "trucks and commercial vehicles", ["deal"],
 "The article as the mobile rendering of en.wikipedia.org holds it in the page store (en.m.wikipedia.org, page 'Fuso "
 "(company)'): the Japanese name and its romanisation in brackets after 'Corporation' ('(Japanese: "
 "三菱ふそうトラック・バス株式会社, Hepburn: Mitsubishi Fusō Torakku・Basu Kabushiki gaisha)') cut (as batches 31d and "
 "31j cut Chinese, Japanese and Korean names in brackets; the term 'fusang (扶桑)' kept, a gloss of a word, not a "
 "name), with the citation marker '[2]', the infobox lines (name, native name, industry, founded '1932; 90 years ago', "
 "key people, products, revenue for 2010, employees, parent 'Daimler Truck', subsidiary 'Fuso Trucks America') and "
 "the heading 'Mitsubishi Heavy Industries.Edit'; whitespace only: the list items' leading spaces dropped, the lists "
 "set off by blank lines; kept as written: 'Fuso Motors Sales Company' and 'Fuso Motor Sales Company', 'Mitsubishi "
 "Fuso Motors Sales Company' and 'Mitsubishi Fuso Motor Sales' (the copy's own variants); cut after 'because of brand "
 "recognition.', before the heading 'Mitsubishi Fuso Heavy Industries.Edit' and 'In 1957, MNHI integrated the Tokyo "
 "and', where the excerpt breaks off (`truncated`). Content of 2022 ('90 years ago'): recorded 4.0. Mitsubishi Fuso, "
 "Mitsubishi Heavy Industries, Daimler Truck's ownership: 0 in train/dev/test texts ('Daimler Truck' in one train FTC "
 "text, another event). The older WikiMili copy (glosses of linked terms run into the text) and a liquisearch history "
 "list were looked at and not used.", "non-US", copy_of="the Wikipedia article, in its mobile rendering"))

# ---- hardware retail: Masters Home Improvement, a Woolworths-Lowe's joint venture -----------------------------------
R.append(wp("wp-masters-home-improvement", "Masters Home Improvement",
 "https://en.wikipedia.org/wiki/Masters_Home_Improvement",
 "Masters Home Improvement was an Australian home improvement chain operated by two retailers; Woolworths and Lowe's. "
 "It was established as a way for Woolworths to enter the hardware retail market, which has been historically "
 "dominated by Bunnings, owned by their competitor Wesfarmers. These two companies also compete with each other with "
 "groceries, liquor, fuel and general merchandise. Most of the stores shared the same format of conventional Lowe's "
 "stores and borrowed elements from Bunnings Warehouse for the garden and trade areas.\n\n"
 "The joint venture was ultimately a failure for Woolworths, accumulating losses of over $3.2 billion over a seven "
 "year period, and caused Woolworths to leave the hardware market. All stores were closed and sold off by 11 December "
 "2016. A key reason for the failure was the lack of product localisation to the Australian market from company "
 "leadership, with product schedules based upon the United States Northern Hemisphere seasons, which do not align "
 "with Australia's opposite Southern Hemisphere seasons. The failure is regarded as one of the biggest disasters in "
 "Australian retail history and left Bunnings with a near-monopoly over the retail hardware market in Australia.\n\n"
 "Woolworths announced a plan to enter the Australian hardware market by establishing a joint venture with United "
 "States–based hardware chain Lowe's on 25 August 2009. The plan was to develop 150 stores within a 5-year period.",
 "hardware retail", ["deal"],
 "The article as en.wikipedia.org renders it in the page store ('= Masters Home Improvement =' title line): the "
 "infobox lines (logo, type 'Subsidiary', industry, foundation '1 September 2011', defunct '11 December 2016', "
 "locations, area served, key people 'Grant O'Brien (Woolworths CEO), Matt Tyson (Director, Home Improvement), "
 "Melinda Smith (Director, Masters)', revenue and operating income for 2017, parent 'Woolworths, Lowe's', homepage) "
 "and the heading '==History==' cut; kept as written: 'operated by two retailers; Woolworths and Lowe's' (a "
 "semicolon), 'compete with each other with groceries', 'a seven year period', 'United States–based' (an en dash); "
 "cut after 'within a 5-year period.', before 'The Masters brand name w', where the excerpt breaks off (`truncated`). "
 "The current rendering: recorded 4.0. Masters Home Improvement, Lowe's: 0 in train/dev/test texts; Woolworths, "
 "Wesfarmers and Bunnings in one train ACCC text (a supermarket acquisition protocol of 2012, another event) and "
 "Woolworths in a dev Wikinews text (toilet-paper limits) and a train Wikinews text (the UK Woolworths, another "
 "company). Older copies (piglix, alchetron, theinfolist, wiki.studentb.eu) and a wikisum summary were looked at and "
 "not used. The chain's closure is a business failure, no outage.", "non-US"))

# ---- cars: Toyota Motor Manufacturing Czech Republic (TPCA), a Toyota-PSA joint venture bought out by Toyota -------
R.append(wp("wp-toyota-motor-manufacturing-czech", "Toyota Motor Manufacturing Czech Republic",
 "https://alem.dynip.sapo.pt/wiki/content/wikipedia_en_all_maxi_2024-01/A/Toyota_Motor_Manufacturing_Czech_Republic",
 "Toyota Motor Manufacturing Czech Republic s.r.o., also known by its initials TMMCZ, is a Czech automobile "
 "manufacturer headquartered in Kolín, Czech Republic. It was originally established in 2002 by the Toyota Motor "
 "Corporation and the PSA Group (previously PSA Peugeot Citroën) as a 50:50 joint venture known as Toyota Peugeot "
 "Citroën Automobile Czech s.r.o. (TPCA) until 2021. On 1 January 2021, two years after announcement of the end of the "
 "joint venture in Europe, Toyota acquired the remaining 50% of PSA's interest in TPCA and adopted its present name.\n\n"
 "TPCA was established in March 2002 and production started in February 2005.\n\n"
 "In November 2018, PSA and Toyota announced the end of their joint venture in Europe. On 1 January 2021, the plant "
 "became a wholly owned subsidiary of Toyota Motor Europe and was renamed as Toyota Motor Manufacturing Czech "
 "Republic, making it its 8th plant in Europe.\n\n"
 "The company originally produced three cars that were, in essence, the same but badge engineered: the Citroën C1, "
 "Peugeot 107 and Toyota Aygo. These cars shared the vast majority of parts with only small cosmetic alterations. The "
 "project was called B-Zero after its city car market segment.\n\n"
 "In 2014, the new generation models were launched, with Citroën and Toyota retaining their existing model names, and "
 "Peugeot naming their new version the 108.",
 "automobiles", ["deal"],
 "The article as a Kiwix server holds it in the page store ('wikipedia_en_all_maxi_2024-01', an English Wikipedia "
 "dump of January 2024): the title line, the infobox lines (former name, type 'Subsidiary', industry, founded, "
 "headquarters, products, revenue, operating and net income and total assets for 2021 with their 'Edit this on "
 "Wikidata' tags, owner 'Toyota', employees, parent 'Toyota Europe', website), the headings 'History' and 'Products', "
 "the logo caption 'Logo of Toyota Peugeot Citroën Automobile Czech' and the citation markers ('[1]' to '[6]') cut; "
 "kept as written: 'two years after announcement of the end', 'the remaining 50% of PSA's interest', 'its 8th plant'; "
 "cut after 'their new version the 108.', before 'The second gen', where the excerpt breaks off (`truncated`). A "
 "dump of January 2024: recorded 4.0; doubtful: the Kiwix host's terms page was not found in the page store. TMMCZ, "
 "TPCA, Toyota Motor Europe, the three cars: 0 in train/dev/test texts; Toyota in other texts (Akio Toyoda's "
 "biography, other events); 'PSA Group' in one train Hansard text (its purchase of Opel/Vauxhall, another event) and "
 "one test text by count. News on the buy-out (praguemonitor, afia.pt, iol.co.za and others) was looked at and not "
 "used.", "non-US", copy_of="the Wikipedia article, via a Kiwix copy of the January 2024 English Wikipedia dump"))

# ---- cars: SAIC Volkswagen, a Sino-German joint venture ---------------------------------------------------------------
R.append(wp("wp-saic-volkswagen", "SAIC Volkswagen", "https://en.wikipedia.org/wiki/SAIC_Volkswagen",
 "SAIC Volkswagen Automotive Co., Ltd., formerly known as Shanghai Volkswagen Automotive Co., Ltd. is an automobile "
 "manufacturing company headquartered in Anting, Shanghai, China and a joint venture between SAIC Motor and Volkswagen "
 "Group. It was founded in 1984 and produces cars under the Volkswagen, Škoda and Audi marques. It is the second "
 "automobile manufacturing joint venture in China after American Motors and the first German car manufacturer to "
 "enter China.\n\n"
 "The joint venture is made up of equity from SAIC Motor (50%), Volkswagen AG (40%), Volkswagen (China) Invest (10%), "
 "with a fixed-term venture for 45 years up until 2030. It is the first of three joint ventures operated by Volkswagen "
 "in China, alongside FAW-Volkswagen with FAW Group and Volkswagen Anhui with JAC Group.\n\n"
 "In November 1978, the first delegation headed by Zhou Zijian, then Minister of the First Ministry of Machinery "
 "Industry, visited the then West Germany Volkswagen. In 1982, China purchased 100 Santana units from Volkswagen and "
 "assembled them in Shanghai Automobile Plant for trial. The first Volkswagen Santana produced in Shanghai Automobile "
 "Plant was delivered in 1983. On October 10, 1984, the joint venture contract of SAIC Volkswagen Automotive Co., Ltd. "
 "was signed in the Great Hall of the People in Beijing. The Chinese and German parties each invested 50% of the "
 "company, and the contract period was 25 years.",
 "automobiles", ["deal"],
 "The article as en.wikipedia.org renders it in the page store ('= SAIC Volkswagen =' title line): the infobox lines "
 "(name, logo, type 'Joint venture', location, area served, key people 'Chen Hong (chairman), Chen Xianzhang "
 "(president)', industry, products, brands, owners 'SAIC Motor (50%), Volkswagen AG (39%), Volkswagen (China) Invest "
 "(10%), Audi AG (1%)', subsidiary, homepage) and the heading '== History ==' cut; kept as written: 'Co., Ltd. is an "
 "automobile' (no comma after the former name), 'the first German car manufacturer to enter China' (said of the joint "
 "venture), 'visited the then West Germany Volkswagen', 'in Shanghai Automobile Plant'; the text's 40% for Volkswagen "
 "AG kept though the infobox says 39%; cut after 'the contract period was 25 years.', before 'Two days later, Vice "
 "Premier Li Peng of the State Council of the Pe', where the excerpt breaks off (`truncated`). The current rendering: "
 "recorded 4.0. SAIC Volkswagen, Shanghai Volkswagen, FAW-Volkswagen, Volkswagen Anhui, Zhou Zijian: 0 in "
 "train/dev/test texts; 'SAIC' in two train Wikinews texts (MG Rover, 2005; other events); Volkswagen in other texts "
 "(other events). WikiMili's 2021 copy and worddisk's copy were looked at and not used (the current rendering "
 "preferred).", "non-US"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
