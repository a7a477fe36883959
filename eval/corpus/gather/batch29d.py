#!/usr/bin/env python3
"""Batch 29d (session 30, the fresh out-of-sample check; helper gather30d): deals and regulatory cases as events, part 3
of batch 27d's lane — English Wikipedia articles (CC BY-SA) whose subject is one deal, one company's change of owner,
a privatisation and demerger or a failed rescue, all outside the US — an agrochemical maker's merger origins, its
purchase by a Chinese state group and a rejected bid (Syngenta, ChemChina, Monsanto); a German bank's founding
consortium and its purchase by Commerzbank (Dresdner Bank); a British bank taken over by HSBC (Midland Bank); a coffee
chain bought by Whitbread and agreed to be sold to Coca-Cola (Costa Coffee); a telephone company's privatisation and
demerger (Spark New Zealand, Telecom New Zealand, Chorus); a drinks group's mergers, its purchase by Pernod Ricard and
the sale of its restaurant business to a consortium (Allied Domecq); a privatised generator and its German parent
(E.ON UK, Powergen); an Indian low-cost airline's parent and its merger (Simplifly Deccan, Kingfisher Airlines); a
carmaker's sale to Spyker, a blocked purchase and its bankruptcy (Saab Automobile); a French retailer's founders and its
merger with Carrefour (Promodès); an Indian airline bought by Jet Airways after a failed first attempt (JetLite, Air
Sahara); a British conglomerate's purchases, sale and merger into Diageo (Grand Metropolitan).
Texts are the search tool's page-store excerpts (never a whole page), cut at the last full sentence before an excerpt
breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch29d.py [POOL_DIR] [--dry]   (default /tmp/gather30d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather30d/pool"

R = []
# ---- agrochemicals: Syngenta -------------------------------------------------------------------------------------------
R.append(wp("wp-syngenta", "Syngenta", "https://en.wikipedia.org/wiki/Syngenta",
 "Syngenta AG is a global agricultural technology company headquartered in Basel, Switzerland. It primarily covers crop "
 "protection and seeds for farmers. Syngenta is part of the Syngenta Group, entirely owned by Sinochem, a Chinese "
 "state-owned enterprise.\n\n"
 "Syngenta was founded in 2000 by the merger of the agrichemical businesses of Novartis and AstraZeneca, and acquired by "
 "China National Chemical Corporation (ChemChina) in 2017. In 2020, the Syngenta Group was formed, bringing together "
 "Syngenta (Syngenta Crop Protection and Syngenta Seeds), Adama, and the agricultural business of Sinochem, now called "
 "Syngenta Group China, under a single entity.\n\n"
 "Syngenta's primary products include pesticides such as selective herbicides, fungicides, insecticides, as well as "
 "corn, soya, and biofuel.\n\n"
 "Based in Basel, Switzerland, Syngenta was formed on 13 November 2000 by the merger of Novartis Agribusiness and "
 "AstraZeneca Agrochemicals.\n\n"
 "In 2004, Syngenta Seeds purchased Garst, the North American corn and soybean business of Advanta, as well as Golden "
 "Harvest Seeds.\n\n"
 "As of 2014, Syngenta's main competitors were Monsanto Company, BASF, Dow AgroSciences, Bayer CropScience and DuPont "
 "Pioneer.\n\n"
 "In 2014, Monsanto sought to acquire Syngenta for a reported $40 billion, but Syngenta rejected the offer. Since April "
 "2015, Monsanto and Syngenta had been working with their investment banks Morgan Stanley and Goldman Sachs "
 "respectively on a deal.",
 "agriculture/chemicals", ["deal", "near-miss"],
 "The article as en.wikipedia.org renders it in the page store ('= Syngenta =' title line): the infobox lines (logo, "
 "type 'State-owned', industry, area served, location, key people 'Jeff Rowe (CEO) Steven Hawkins (President Syngenta "
 "Crop Protection) Justin Wolf (President Syngenta Seeds)', products, revenue, net income, owner 'Sinochem') and the "
 "heading '==History==' cut; kept as written: 'agrichemical', 'Syngenta (Syngenta Crop Protection and Syngenta Seeds)'; "
 "cut after 'respectively on a deal.', before 'The ', where the excerpt breaks off (`truncated`). Content to 2024: "
 "recorded 4.0. Near-miss inside: Monsanto's 2014 offer, rejected, and the talks since 2015. Syngenta, ChemChina, "
 "Sinochem, Adama, Garst, Advanta, Golden Harvest: 0 in train/dev/test; Monsanto, Novartis: 0; AstraZeneca: one "
 "train/dev file and one test file by count (other events); Bayer, BASF, Morgan Stanley, Goldman Sachs: named in "
 "train/dev files on other events.", "non-US"))

# ---- banking: Dresdner Bank --------------------------------------------------------------------------------------------
R.append(wp("wp-dresdner-bank", "Dresdner Bank", "https://wikiwand.com/en/articles/Dresdner_Bank",
 "Dresdner Bank AG was a German bank, founded in 1872 in Dresden, then headquartered in Berlin from 1884 to 1945 and in "
 "Frankfurt from 1963 onwards after a postwar hiatus. Long Germany's second-largest bank behind Deutsche Bank, it was "
 "eventually acquired by Commerzbank in May 2009.\n\n"
 "The Dresdner Bank was established on 12 November 1872 through the conversion of Bankhaus Kaskel , a Dresden-based "
 "private bank founded in 1771, on the advice of banker Eugen Gutmann. The bank's founding consortium of investors "
 "consisted of Allgemeine Deutsche Credit-Anstalt (Leipzig), Berliner Handels-Gesellschaft (Berlin), Deutsche "
 "Vereinsbank (Frankfurt), Deutsche Effecten- und Wechselbank (Frankfurt) and Anglo-Deutsche Bank (Hamburg), with an "
 "initial capital of 8 million Thalers (24 million Marks) and 30 employees in Wilsdruffer Strasse in Dresden. Gutmann "
 "became chairman of the new entity's board and led it until his retirement in 1920.\n\n"
 "In the 1870s, the Dresdner Bank acquired smaller regional institutes and several banks. In 1881, it opened a branch "
 "in Berlin, whose activity quickly exceeded the nominal head office in Dresden. Therefore, the registered office moved "
 "to Berlin in 1884, while the place of jurisdiction remained in Dresden until 1950. In 1889, together with Deutsche "
 "Bank and others, the Dresdner Bank participated in the creation of Deutsch-Asiatische Bank in Shanghai, and in 1894 "
 "of Banca Commerciale Italiana in Milan.",
 "banking and finance", ["deal"],
 "The article as wikiwand.com renders it in the page store: the site line 'Loading AI tools', the short description "
 "'Former German bank From Wikipedia, the free encyclopedia', the infobox table (company type, industry, predecessor "
 "'Böhmische Escompte-Bank Danat-Bank', founded, founder 'Eugen Gutmann', defunct, fate 'Acquired by Commerzbank', "
 "successor, headquarters, products, parent 'Commerzbank', website) and the markers '[citation needed]' and '[1]: 445' "
 "cut; kept as written: the space before the comma in 'Bankhaus Kaskel ,', 'institutes', 'Therefore,'; cut after "
 "'Banca Commerciale Italiana in Milan.', before 'It also developed its own overseas-oriented network by ope', where "
 "the excerpt breaks off (`truncated`). wikiwand renders the current article: recorded 4.0. Dresdner Bank, "
 "Commerzbank, Kaskel, Gutmann, Deutsch-Asiatische Bank: 0 in train/dev/test; Deutsche Bank: train/dev files on "
 "other events.", "non-US", copy_of="the Wikipedia article, via a site rendering Wikipedia pages"))

# ---- banking: Midland Bank ---------------------------------------------------------------------------------------------
R.append(wp("wp-midland-bank", "Midland Bank", "https://wikimili.com/en/Midland_Bank",
 "Midland Bank Plc was one of the Big Four banking groups in the United Kingdom for most of the 20th century. It is now "
 "part of HSBC. The bank was founded as the Birmingham and Midland Bank in Union Street, Birmingham, England in August "
 "1836. It expanded in the Midlands, absorbing many local banks, and merged with the Central Bank of London Ltd. in "
 "1891, becoming the London City and Midland Bank.\n\n"
 "After a period of nationwide expansion, including the acquisition of many smaller banks, the name Midland Bank Ltd "
 "was adopted in 1923. By 1934, it was the largest deposit bank in the world. It was listed on the London Stock "
 "Exchange, and was once a constituent of the FTSE 100 Index, but in June 1992, it was taken over by HSBC Holdings plc, "
 "which phased out the Midland Bank name by June 1999 in favour of HSBC Bank.\n\n"
 "On 10 June 2015, HSBC announced that it would be rebranding its branches in the United Kingdom. HSBC chairman Douglas "
 "Flint described the Midland brand as \"odds on favourite\" for a return to the high street. In September 2015, it was "
 "announced that the Midland Bank name would not be revived, and the branch network in the United Kingdom would be "
 "branded \"HSBC UK\".\n\n"
 "Midland Bank was founded by Charles Geach, its first manager in Union Street, Birmingham, England, in August 1836. "
 "Geach had formerly worked at the Bank of England; he secured the business support and capital backing of leading "
 "merchants and manufacturers in Birmingham.\n\n"
 "In the 1830s and 1840s, Midland offered discounted bills of exchange for customers.",
 "banking and finance", ["deal", "leadership"],
 "The article as wikimili.com renders it in the page store: the infobox table (company type, industry, predecessor "
 "'North of Scotland Bank', founded, defunct, fate 'Acquired by HSBC Holdings (1992), brand retired (1999)', successor "
 "'HSBC Bank Plc', headquarters, products, parent 'HSBC Holdings plc', website) and the citation markers '[3]', '[4]', "
 "'[5]' cut; kept as written: 'Midland Bank Plc', 'Central Bank of London Ltd.', the quotation marks; cut after "
 "'discounted bills of exchange for customers.', before 'By the 1850s the bank'', where the excerpt breaks off "
 "(`truncated`). Content to 2020: recorded 4.0. Midland Bank, HSBC Holdings, Charles Geach, Douglas Flint: 0 in "
 "train/dev/test ('Midland' alone names English regions in train files); HSBC: train/dev files and two test files "
 "by count (other events; none names Midland Bank).", "non-US",
 copy_of="the Wikipedia article, via a site rendering Wikipedia pages"))

# ---- coffee shops: Costa Coffee ----------------------------------------------------------------------------------------
R.append(wp("wp-costa-coffee", "Costa Coffee",
 "https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2018-10/A/Costa_Coffee.html",
 "Costa Coffee is a British multinational coffeehouse company headquartered in Dunstable, Bedfordshire, and a wholly "
 "owned subsidiary of Whitbread. It is the second largest coffeehouse chain in the world, and the largest in the UK. On "
 "31 August 2018, it was announced that Coca-Cola intends to purchase the chain for £3.9bn, a deal that is expected to "
 "complete in the first half of 2019.\n\n"
 "Costa Coffee was founded in London in 1971 by the Costa family as a wholesale operation supplying roasted coffee to "
 "caterers and specialist Italian coffee shops. Acquired by Whitbread in 1995, it has since grown to 3,401 stores "
 "across 31 countries. The business has 2,121 UK restaurants, over 6,000 Costa Express vending facilities and a further "
 "1,280 outlets overseas (including 460 in China).\n\n"
 "Brothers Bruno and Sergio Costa founded a coffee roastery in Lambeth, London, in 1971, supplying local caterers. The "
 "family had moved to England from Parma, Italy, in the 1960s. Costa branched out to selling coffee in 1978, when its "
 "first store opened in Vauxhall Bridge Road, London.\n\n"
 "In 1985, Sergio bought out Bruno's share of the company. Bruno went on to found a tableware company. By 1995, the "
 "chain had 41 stores in UK, and was acquired by Whitbread, the UK's largest hotel and coffee shop operator, becoming a "
 "wholly owned subsidiary. In 2009, Costa opened its 1,000th store in Cardiff. In December 2009, Costa Coffee agreed to "
 "acquire Coffee Heaven for £36 million, adding 79 stores in central and eastern Europe.",
 "food and drink/retail", ["deal"],
 "The article as a Kiwix copy (kiwix.casplantje.nl, wikipedia_en_all_maxi_2018-10) holds it: the infobox lines (Costa "
 "Limited, Subsidiary, industry, founded, founder 'Bruno Costa Sergio Costa', headquarters, number of locations, area "
 "served, key people 'Dominic Paul (CEO)', products, revenue, parent 'Whitbread', website), the heading 'History' and "
 "the citation markers cut; kept as written: 'intends to purchase', '41 stores in UK', 'Costa Express vending "
 "facilities'; cut after 'central and eastern Europe.', before 'In 2018,', where the excerpt breaks off (`truncated`). "
 "The 2018-10 dump: recorded 3.0 (text from before Wikimedia's June 2023 move to 4.0). Costa Coffee, Whitbread, Coffee "
 "Heaven, Sergio and Bruno Costa: 0 in train/dev/test ('Costa' alone: Costa Rica, a Brazilian minister's surname, "
 "Costa Del Mar); Coca-Cola: one test file by count (another event is likely; not opened).", "non-US", v3=True,
 copy_of="the Wikipedia article, in a Kiwix dump on another site"))

# ---- telecoms: Spark New Zealand ---------------------------------------------------------------------------------------
R.append(wp("wp-spark-new-zealand", "Spark New Zealand",
 "https://wiki-gateway.eudic.net/wikipedia_en/Spark_New_Zealand.html",
 "Spark New Zealand (formerly Telecom New Zealand) is a New Zealand-wide communications service provider (CSP), "
 "providing fixed line telephone services, a mobile network, an internet service provider, and a major ICT provider to "
 "NZ businesses (through its Spark Digital division). It has operated as a publicly traded company since 1990.\n\n"
 "Spark is one of the largest companies by value on the New Zealand Exchange (NZX). As of 2007, it was the 39th "
 "largest telecommunications company in the OECD. The company is part of New Zealand Telecommunications Forum.\n\n"
 "Telecom New Zealand was formed in 1987 from a division of the New Zealand Post Office, and privatised in 1990. In "
 "2008, Telecom was operationally separated into three divisions under local loop unbundling initiatives by central "
 "government – Telecom Retail; Telecom Wholesale; and Chorus, the network infrastructure division. This separation "
 "effectively ended any remnants of monopoly that Telecom Retail once had in the market. In 2011 the demerger process "
 "was complete, with Telecom and Chorus becoming separate listed companies. On 8 August 2014, the company changed its "
 "name to Spark New Zealand.\n\n"
 "The Postal Services Act 1987 split the then New Zealand Post Office into New Zealand Post Limited (trading as "
 "NZPost), Telecom New Zealand Limited (trading as Telecom) and Post Office Bank Limited (trading as PostBank, sold to "
 "ANZ in 1989) and all three industries progressively deregulated.",
 "telecoms", ["deal", "regulatory"],
 "The article as a Wikipedia mirror (wiki-gateway.eudic.net, wikipedia_en) holds it: the infobox table (public, traded "
 "as, industry, predecessor 'New Zealand Post Office', founded '1 April 1987 (known as Telecom New Zealand)', "
 "headquarters, area served, key people, products, services, revenue, profit, total assets, total equity, number of "
 "employees, divisions, website), the heading 'History' and the citation markers cut; kept as written: 'NZ businesses', "
 "the dash and semicolons in the list of divisions, 'all three industries progressively deregulated'; cut after "
 "'progressively deregulated.', before 'The se', where the excerpt breaks off (`truncated`). Content to 2015: recorded "
 "3.0. Spark New Zealand, Chorus, New Zealand Post Office, PostBank: 0 in train/dev/test; Telecom New Zealand: one dev "
 "file (its Yellow Pages sale, 2006, another event) and one test file by count (not opened); ANZ: train/dev files on "
 "other events.", "non-US", v3=True, copy_of="the Wikipedia article, via a site mirroring Wikipedia pages"))

# ---- drinks: Allied Domecq ---------------------------------------------------------------------------------------------
R.append(wp("wp-allied-domecq", "Allied Domecq", "https://en.wikipedia.org/wiki/Allied_Domecq",
 "Allied Domecq PLC was an international company, headquartered in Bristol, United Kingdom, that operated spirits, "
 "wine, and quick service restaurant businesses. It was once a FTSE 100 Index constituent but has been acquired by "
 "Pernod Ricard.\n\n"
 "Allied Domecq was the result of a 1994 merger between Allied Lyons and Pedro Domecq S.A. Allied Lyons itself was the "
 "result of a 1978 merger between Allied Breweries and the food and catering group J. Lyons and Co.\n\n"
 "In early 2005, a takeover bid for the company was launched by French-based rival Pernod Ricard S.A. Pernod Ricard "
 "successfully completed acquisition on 26 July 2005 and sold off the overlapping spirits brands to U.S.-based "
 "competitor Fortune Brands and British-based multinational Diageo. On 12 December 2005, Pernod Ricard announced that it "
 "had agreed to sell the restaurant businesses (Dunkin' Brands) to a consortium of three US private equity firms "
 "(Thomas H. Lee Partners, the Carlyle Group and Bain Capital LLP) for $2.43 billion. The closing of the sale occurred "
 "on 1 March 2006.",
 "food and drink", ["deal"],
 "The article as en.wikipedia.org rendered it in an older revision held by the page store ('From Wikipedia, the free "
 "encyclopedia'): the title line, the infobox lines (Allied Domecq PLC, industry, founded 1994, defunct 2005, fate "
 "'Acquired', successor 'Pernod Ricard', headquarters), the heading 'History[edit]', the citation markers and the last "
 "section ('Portfolio at time of takeover[edit]': one sentence, 'Their product portfolio included:', the line 'Brands "
 "acquired by Fortune Brands:' and a bullet list of fourteen brand names, then 'References[edit]', where the excerpt "
 "ends) left out; kept as written: 'a FTSE 100 Index constituent', 'successfully completed acquisition', 'Pedro Domecq "
 "S.A.' ending its sentence. Content to 2006: recorded 3.0. Allied Domecq, Allied Lyons, Pedro Domecq, J. Lyons, "
 "Fortune Brands, Dunkin' Brands, Thomas H. Lee Partners, Carlyle, Bain Capital: 0 in train/dev/test; Pernod Ricard: "
 "one train FTC case list (its Vin & Sprit purchase, another event); Diageo: one train biography (another event).",
 "non-US", v3=True))

# ---- energy: E.ON UK (Powergen) ----------------------------------------------------------------------------------------
R.append(wp("wp-eon-uk", "E.ON UK", "https://howlingpixel.com/i-en/E.ON_UK",
 "E.ON UK is a British energy company and part of the global energy firm E.ON (which is headquartered in Essen, Germany "
 "and has around 43,000 employees worldwide). It is the second largest electricity and gas supplier in the UK and is "
 "sometimes referred to as one of the so-called \"Big Six\". It was founded in 1989 as Powergen, and was listed on the "
 "London Stock Exchange and was once a constituent of the FTSE 100 Index. It has been a subsidiary of E.ON since 1 July "
 "2002.\n\n"
 "E.ON, was formerly a vertically integrated utility company with interests in electrical generation, electricity "
 "distribution in the Midlands region, and in the electricity and gas supply markets. It took a pioneering role in the "
 "development of large scale renewables including the construction and operation of the UK's first offshore wind farm "
 "at Blyth in Northumberland. It became one of the first in the world, and the first major UK energy company, to "
 "significantly alter its structure by spinning off its fossil generation business so it could focus on energy supply, "
 "grid development and renewables.\n\n"
 "On 10 March 2018 it was announced E.ON would acquire Innogy in €43bn deal with RWE.\n\n"
 "Powergen was formed in 1989 as a Public Limited Company which was wholly owned by the UK government and acquired about "
 "50% of the Central Electricity Generating Board generating capacity. Sir Robert Malpas was Chairman of the Group from "
 "1989 to 1991. Sixty per cent of Powergen was sold to private investors in 1991, followed by the remaining 40% in "
 "March 1995.",
 "energy/electricity", ["deal"],
 "The article as howlingpixel.com (a site rendering Wikipedia pages) holds it: the infobox lines between the lead and "
 "the history (E.ON UK plc, public limited company, founded '1989 (as Powergen)', headquarters Coventry, key people "
 "'Mike Lewis, CEO', products, revenue, number of employees) and the citation markers cut; kept as written: 'E.ON, was "
 "formerly' with its comma, 'in €43bn deal with RWE', 'Chairman of the Group'; cut after 'the remaining 40% in March "
 "1995.', before 'It expanded considerably by acquiring the regional electricity com', where the excerpt breaks off "
 "(`truncated`). Content to 2018: recorded 3.0. E.ON UK, Powergen, Innogy, Robert Malpas: 0 in train/dev/test; E.ON: "
 "train/dev files on other events (E.ON Netz's blackout of 2006, a committee on winter supply, a merger listing); the "
 "Central Electricity Generating Board: one dev Hansard file (a 1964 power failure, another event).", "non-US",
 v3=True, copy_of="the Wikipedia article, via a site rendering Wikipedia pages"))

# ---- airlines: Simplifly Deccan (Air Deccan) ---------------------------------------------------------------------------
R.append(wp("wp-simplifly-deccan", "Simplifly Deccan", "https://wikimili.com/en/Simplifly_Deccan",
 "Simplifly Deccan, formerly known as Air Deccan, was the first Indian low-cost carrier. Headquartered in Bengaluru, it "
 "operated domestic flights from seven base airports using a fleet of Airbus A320, ATR 42 and ATR 72 aircraft. The "
 "airline appealed to middle class travellers with low fares and a large route network. It employed several innovative "
 "methods to ensure the profitability of its business model. Nevertheless, Simplifly Deccan merged with Kingfisher "
 "Airlines in April 2008. Kingfisher replaced the Deccan brand with Kingfisher Red in August 2008.\n\n"
 "Simplifly Deccan was founded as Air Deccan by G. R. Gopinath, a retired Indian Army captain who had gained experience "
 "in the aviation industry through his Deccan Aviation venture. Air Deccan became a wholly owned subsidiary of Deccan "
 "Aviation. The airline launched operations on 25 August 2003 with a flight from Bengaluru to Hubbali. At that time, "
 "its fleet consisted of two ATR 42-320 aircraft. In order to increase capacity on its trunk routes, Air Deccan "
 "purchased two Airbus A320-200s and leased five in 2004. In December of that year, the airline purchased an additional "
 "30 A320s in a US$1.8 billion order. It ordered 30 ATR 72-500s in February 2005.\n\n"
 "The airline underwent rapid growth, witnessing 30% growth in its passenger numbers in 2005–2006. In 2006 it was the "
 "third largest airline in India with a 19% market share, flying to 55 destinations with 30 aircraft. It placed an "
 "order for 30 more Airbus A320s in December 2006.",
 "airlines", ["deal", "near-miss"],
 "The article as wikimili.com renders it in the page store: the infobox table (commenced and ceased operations, "
 "operating bases, fleet size, destinations, parent company 'United Breweries Group', headquarters, key people 'G. R. "
 "Gopinath, founder'), the heading 'Air Deccan (2003–2007)' and the citation markers cut; kept as written: 'Hubbali', "
 "'2005–2006' with its dash, 'Nevertheless,'; cut after 'in December 2006.', before 'The airline experienced 42% growth "
 "in passenger traffic in 2006–2007, becoming the ', where the excerpt breaks off (`truncated`). wikimili renders the "
 "current article: recorded 4.0. Near-miss inside: the merger with Kingfisher Airlines, told with no buyer. Simplifly "
 "Deccan, Air Deccan, Deccan Aviation, Kingfisher Airlines, Gopinath: 0 in train/dev/test; United Breweries (only in "
 "the cut infobox): one train biography and one test file by count, other events (no test file names Kingfisher "
 "Airlines or Mallya).", "non-US", copy_of="the Wikipedia article, via a site rendering Wikipedia pages"))

# ---- autos: Saab Automobile bankruptcy ---------------------------------------------------------------------------------
R.append(wp("wp-saab-automobile-bankruptcy", "Saab Automobile bankruptcy",
 "https://en.wikipedia.org/wiki/Saab_Automobile_bankruptcy?oldid=752277200",
 "Saab Automobile was sold to Spyker Cars N.V. in 2010 after a deal between Spyker and then-current owner General "
 "Motors. After struggling to avoid insolvency throughout 2011, the company petitioned for bankruptcy following the "
 "failure of a Chinese consortium to complete a purchase of the company; the purchase had been blocked by former owner "
 "GM, which opposed the transfer of technology and production rights to a Chinese company. In 2012, Spyker filed a "
 "lawsuit against GM asking for US$3 billion in damages after GM had attempted to block the deals between Spyker and "
 "Chinese automaker Youngman, who were investing in Saab Automobile. Consequently, Saab was forced to file bankruptcy in "
 "2012. Spyker's claim was dismissed in June 2013.\n\n"
 "On 26 January 2010, General Motors confirmed that Spyker and GM had come to an agreement allowing Spyker to purchase "
 "Saab, subject to regulatory and government approval; the sale was completed on February 23, 2010. General Motors "
 "would continue to supply Saab with engines and transmissions, and also completed vehicles in the shape of the new "
 "Saab 9-4x from GM's Mexican factory. The deal included a loan from the European Investment Bank, guaranteed by the "
 "Swedish government. It comprised US$74m in cash up front, payable to GM by July 2010, and shares in Spyker in the "
 "amount of US$320m.\n\n"
 "Saab announced that it was going to build its US headquarters in Royal Oak, Michigan. A new Saab 9-3 was confirmed "
 "for 2012, while production restarted at the Saab plant in Sweden in March 2010.",
 "autos", ["deal", "near-miss", "regulatory"],
 "An old revision of the article on en.wikipedia.org held by the page store (revision 752277200, 30 November 2016, as "
 "its banner says): the title line, the site lines ('Jump to content', 'From Wikipedia, the free encyclopedia'), the "
 "old-revision banner, the heading '2010' and the citation markers cut; kept as written: 'then-current owner', "
 "'February 23, 2010' beside '26 January 2010', 'Saab 9-4x'; cut after 'in March 2010.', before 'Victor Muller, CEO "
 "and founder of Spyker Cars stated in an interview that the take-ov', where the excerpt breaks off (`truncated`). A "
 "2016 revision: recorded 3.0; `published` stays null (the revision date is not the text's date). Near-miss inside: the "
 "Chinese consortium's purchase blocked by GM, the deals with Youngman GM tried to block, the bankruptcy and a lawsuit. "
 "Saab Automobile, Spyker, Youngman: 0 in train/dev/test; 'Saab' alone: one dev Wikinews file (GM's 2009 buyouts, "
 "another event) and one test file by count (no test file names Spyker); General Motors: many files on other events.",
 "non-US", v3=True, copy_of="the Wikipedia article, revision 752277200 of 30 November 2016"))

# ---- retail: Promodès --------------------------------------------------------------------------------------------------
R.append(wp("wp-promodes", "Promodès",
 "http://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq.ipfs.cf-ipfs.com/wiki/Promod%C3%A8s.html",
 "Promodès is a former French group of retailers. It was owned up to 56% by the Halley family. Paul-Auguste Halley, "
 "which was a simple grocer in the Mancha in the 1950s, had the idea of importing the concept of supermarkets in "
 "France.\n\n"
 "With his two sons, Paul-Louis and Robert, he founded the group Promodis (future Promodès) in 1961 in Caen (Calvados) "
 "by combining several Norman families of wholesalers: the Halley's, the Duval-Lemonnier and the Marette.\n\n"
 "From the 1960s, the group grows rapidly in Europe and internationally in Belgium in 1969, Spain in 1973, Brazil in "
 "1975, and the United States (Red Food) in 1979.\n\n"
 "In 1999, Paul-Louis Halley announced the merger between the groups Promodes and Carrefour making the biggest retail "
 "group in Europe and the second in the world after Wal-Mart.\n\n"
 "After an exchange of shares, the Halley family became the largest shareholder in the new group with a 13% stake of "
 "Group Carrefour.",
 "retail", ["deal", "near-miss"],
 "The article as an IPFS copy of a Wikipedia dump holds it ('This article is issued from Wikipedia - version of the "
 "7/19/2014. The text is available under the Creative Commons Attribution/Share Alike but additional terms may apply "
 "for the media files.'): the title line, the infobox lines (S.A, industry, founded, divisions 'Continent Champion "
 "Shopi Dia'), the heading 'Merger with Carrefour', the citation markers, the heading 'References' and that footer cut; "
 "kept as written: 'which was a simple grocer', 'the Mancha', 'the Halley's', 'grows', 'Promodes' beside 'Promodès', "
 "'Group Carrefour'. The excerpt holds the whole short article (`truncated` false). The 2014 version: recorded 3.0. "
 "Near-miss inside: the merger with Carrefour, told with no buyer. Promodès, Promodis, Halley, Carrefour, Red Food: 0 "
 "in train/dev/test; Wal-Mart: files on other events.", "non-US", v3=True,
 copy_of="the Wikipedia article, in a static dump on another site"))
R[-1]["truncated"] = False

# ---- airlines: JetLite (Air Sahara) ------------------------------------------------------------------------------------
R.append(wp("wp-jetlite", "JetLite", "https://en.wikipedia.org/wiki/Jetlite",
 "JetLite was a low-cost subsidiary of Jet Airways. It was formerly known as Air Sahara until the buyout by Jet Airways "
 "which rebranded the airline as JetLite.\n\n"
 "The airline was established on 20 September 1991 and began operations on 3 December 1993 with two Boeing 737-200 "
 "aircraft as Sahara Airlines, as part of the major Sahara India Pariwar business conglomerate. Initially services were "
 "primarily concentrated in the northern sectors of India, keeping Delhi as its base, and then operations were "
 "extended to cover all the country. Sahara Airlines was rebranded as Air Sahara on 2 October 2000, although Sahara "
 "Airlines remains the carrier's registered name. On 22 March 2004 it became an international carrier with the start "
 "of flights from Chennai to Colombo, later expanding to London, Singapore, Maldives and Kathmandu. It had also planned "
 "to become the first private Indian carrier to serve China with flights to Guangzhou from winter 2006, however this "
 "did not materialize. The uncertainty over the airline's fate caused its share of the domestic Indian air transport "
 "market go down from approximately 11% in January 2006 to a reported 8.5% in April 2007.\n\n"
 "Jet Airways announced its first takeover attempt on 19 January 2006, offering US$500 million (₹20 billion) in cash "
 "for the airline. Market reaction to the deal was mixed, with many analysts suggesting that Jet Airways was paying too "
 "much for Air Sahara.",
 "airlines", ["deal", "near-miss"],
 "The article as en.wikipedia.org rendered it in an older revision held by the page store under the redirect 'Jetlite' "
 "('From Wikipedia, the free encyclopedia (Redirected from Jetlite) Jump to navigation Jump to search'): those site "
 "lines, the logo line, the infobox lines (IATA, ICAO, callsign, founded '1991 (as Sahara Airlines)', operating bases, "
 "frequent-flyer programme, fleet size, destinations '22 (February 2017)', company slogan, parent company 'Tailwinds "
 "Limited', headquarters, key people 'Naresh Goyal (Owner)'), the caption 'Former Air Sahara Logo', the heading 'Buyout "
 "by Jet Airways[edit]' and the citation markers cut; kept as written: 'market go down', 'materialize', '(₹20 billion)'; "
 "cut after 'paying too much for Air Sahara.', before 'The Indian Civil Aviation Ministry gave approval in', where the "
 "excerpt breaks off (`truncated`; the kept text tells the buyout in its lead only). Content to 2017: recorded 3.0. "
 "Near-miss inside: Jet Airways' first takeover attempt of 2006 (an offer). JetLite, Air Sahara, Sahara India "
 "Pariwar, Jet Airways: 0 in train/dev/test.", "non-US", v3=True,
 copy_of="the Wikipedia article, under the redirect 'Jetlite'"))

# ---- conglomerates: Grand Metropolitan ---------------------------------------------------------------------------------
R.append(wp("wp-grand-metropolitan", "Grand Metropolitan", "https://en.wikipedia.org/wiki/Grand_Metropolitan",
 "Grand Metropolitan plc was a leisure, manufacturing and property conglomerate headquartered in England. The company "
 "was listed on the London Stock Exchange and was a constituent of the FTSE 100 Index until it merged with Guinness plc "
 "to form Diageo in 1997.\n\n"
 "The business began in 1934 as a hotel business called MRMA Ltd (abbreviated from Mount Royal Metropolitan "
 "Association). Grand Hotels (Mayfair) Ltd, a business founded after World War II by Maxwell Joseph, merged with MRMA "
 "in 1957 and the combined business expanded rapidly under Joseph's leadership. It was first listed on the London Stock "
 "Exchange in 1961 and changed its name to Grand Metropolitan Hotels Ltd in 1962.\n\n"
 "It diversified into catering acquiring Bateman Catering in 1967 and then Midland Catering in 1968. It then bought "
 "Express Dairies in 1969, the Berni Inn chain, and the Mecca bingo halls in 1970.\n\n"
 "Next came its move into brewing, when in 1972 it bought Truman, Hanbury & Buxton and Watney Mann including the "
 "latter's subsidiary International Distillers & Vintners which owned the J&B whisky, Bailey's Irish Cream, Gilbey's "
 "gin, Piat wine and Croft sherry and port brands, as well as the European and Commonwealth rights to Smirnoff vodka. "
 "It changed its name to Grand Metropolitan in 1973.\n\n"
 "In 1980 it bought Liggett Group, a US tobacco and drinks business. In 1981 it bought Warner Holidays and "
 "Intercontinental Hotels Corporation.\n\n"
 "In 1986 the Company sold the Liggett Group to Bennett S. LeBow.",
 "conglomerates/food and drink", ["deal"],
 "The article as en.wikipedia.org rendered it in an older revision held by the page store ('From Wikipedia, the free "
 "encyclopedia Jump to: navigation, search'): the title line, those site lines, the infobox lines (industry, fate "
 "'Merged with Guinness plc', successor 'Diageo', founded, defunct, headquarters, key people 'Sir Stanley Grinstead "
 "(Chairman) Alan Sheppard (CEO)', number of employees) and the citation markers cut; kept as written: 'Bailey's Irish "
 "Cream', 'Truman, Hanbury & Buxton', 'the Company'; cut after 'to Bennett S. LeBow.', before 'It acquired Heublein "
 "wines and spirits in 1987, which made it one of the largest producers of wines and spirits ', where the excerpt "
 "breaks off (`truncated`). An older rendering (about 2016): recorded 3.0. Grand Metropolitan, MRMA, Maxwell Joseph, "
 "Watney Mann, International Distillers & Vintners, Liggett, Express Dairies, Berni Inn, Mecca, Smirnoff, Guinness "
 "(only the surname McGuinness in one train file): 0 in train/dev/test; Diageo: one train biography (another "
 "event).", "non-US", v3=True))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
