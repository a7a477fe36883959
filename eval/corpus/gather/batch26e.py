#!/usr/bin/env python3
"""Batch 26e (session 27, the out-of-sample check; helper gather27e): English Wikipedia articles (CC BY-SA) on
companies outside the US in sectors and regions batch 26c did not take, told as news — company relations and
leadership: a mobile operator's founder, its purchase by Zain and its sale to Bharti Airtel with its borderless
network and a link supplier (Celtel); a mining group's subsidiaries and founder (Vedanta Resources); a steelmaker's
joint venture with U.S. Steel, its first president and its state-owned peers (POSCO); an electric utility's
subsidiaries and shareholders (Iberdrola); a department-store chain's owner, founder, credit card, a blocked merger
and a majority purchase (Falabella); a drugmaker's predecessors and purchases (Teva Pharmaceutical Industries); a
shipping group and the founders of its predecessor (Maersk); a mobile operator's shareholder structure (Turkcell); a
railway operator's services, franchises and its predecessor (MTR Corporation); an insurer's founders and its bank
(Discovery Limited).
Texts are the search tool's page-store excerpts (never a whole page), cut at the last full sentence before an excerpt
breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
Part 2 (R2, written with --part2): leadership (Tidjane Thiam's posts at Credit Suisse, Prudential, Aviva, McKinsey
and the BNETD, with his predecessor at Credit Suisse) and company relations (Royal Air Maroc's formation, state
stake and aircraft; Vivendi's unit, its Universal deals and the purchasers), gathered after part 1 was committed and
first-looked, before newskg ran on any of the three.
usage: batch26e.py [POOL_DIR] [--dry] [--part2]   (default /tmp/gather27e/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather27e/pool"

R = []
# ---- telecoms ------------------------------------------------------------------------------------------------------
R.append(wp("wp-celtel", "Celtel", "https://en.wikipedia.org/wiki/Celtel",
 "Celtel was a telecommunications company that operated in several African countries. It was founded by "
 "Sudanese-born Mo Ibrahim.\n\n"
 "Originally known as \"MSI Cellular Investments\", the company began operating in 1998. In January 2004, the company "
 "name was changed to \"Celtel International\".\n\n"
 "In April 2005 the company was acquired by and became a subsidiary of Zain (formerly the Mobile Telecommunications "
 "Company). At the time it was purchased by Zain in April 2005, Celtel had about 24 million subscribers in 14 African "
 "countries.\n\n"
 "On 8 June 2010 the company was purchased by Bharti Airtel from Zain. On 22 November 2010, it was rebranded as "
 "'Airtel'.\n\n"
 "In September 2006 Celtel launched \"One Network\", the world's first borderless network across East Africa, this "
 "was possible due to the Gateway license for Data which Kenya Data Network had acquired. KDN provided Celtel with a "
 "cross border link to Uganda and with trunk capacity to Belgacom. With these links Celtel was no longer required to "
 "pass its traffic through the gateway of the monopoly in Kenya. One Network enabled its subscribers in Kenya, Uganda "
 "and Tanzania to roam free between these countries, thereby scrapping roaming charges, making calls at local rates, "
 "receiving incoming calls free of charge, and recharging with local top up cards.\n\n"
 "In June 2007 Celtel's One Network was extended to Gabon, the Democratic Republic of Congo, and Congo. The One "
 "Network automatically activated upon crossing the geographical border into one of the six countries with no prior "
 "registration or sign-up fee.",
 "telecoms", ["deal", "leadership"],
 "The article as en.wikipedia.org renders it in the page store ('= Celtel =' title line): the infobox lines (logo, "
 "type, fate 'Acquired by Zain', location, key people 'Mo Ibrahim, Chairman', industry, products, parent 'Zain "
 "(2006-2008)') and the headings ('==History==', '==One Network==') cut; kept as written: 'this was possible due "
 "to', 'the Gateway license for Data', 'the monopoly in Kenya'; cut after 'no prior registration or sign-up fee.', "
 "before 'In June 2007, Celtel International announced plans to add three more', where the excerpt breaks off "
 "(`truncated`). Recorded 4.0: the store's en.wikipedia.org renderings in this '= Title =' form are recent ones "
 "(batch 26c's MultiChoice and Akio Toyoda); doubtful: no revision date, the content itself stops in 2010. Celtel, "
 "Zain, Mo Ibrahim, Kenya Data Network, Belgacom, MSI Cellular: 0 in train/dev/test; Bharti Airtel: one train file "
 "(wp-mtn-group: exploring a purchase of MTN, another event) and one test file by count (not opened).", "non-US"))

R.append(wp("wp-turkcell", "Turkcell", "http://self.gutenberg.org/articles/eng/Turkcell",
 "Turkcell (BİST: TCELL, NYSE: TKC) is the leading mobile phone operator of Turkey, based in Istanbul. The company "
 "has 34.4 million subscribers as of September 30, 2011.\n\n"
 "In February 1994, Turkcell started Turkey's first GSM network. As Q3 2012, it has a market share of 52,4%. Its "
 "competitors are Vodafone with a market share of 27,9% and Avea with a market share of 19,7%.\n\n"
 "Turkcell is the first Turkish company to be listed on the New York Stock Exchange, where its shares have been "
 "traded since July 11, 2000 along with trading on the Istanbul Stock Exchange.\n\n"
 "Turkcell's shareholder structure is as follows: 51% is held by Turkcell Holding A.Ş., 0.05% by Çukurova Holding "
 "A.Ş., 13.07% by Sonera Holding B.V., 1.18% by MV Holding A.Ş., and the free float is 34.7%. As of December 2011, "
 "Sonera Holding and Cukurova Group, directly and indirectly, own approximately 37.1% and 13.8%, respectively of "
 "Turkcell’s share capital. Çukurova Group agreed to sell a large stake to TeliaSonera in March 2005. They have since "
 "then been debating whether this agreement is binding.",
 "telecoms", ["deal"],
 "The article as self.gutenberg.org ('World Library', a site that renders Wikipedia articles) holds it: the site's "
 "lines ('World Library', 'Flag as Inappropriate', 'Email this Article'), the infobox lines (legal name, type, "
 "traded as, industry, founded, founders 'Mehmet Emin Karamehmet Murat Vargı', headquarters, key people 'Ahmet Akça "
 "(Chairman) Kaan Terzioğlu (CEO)', products, revenue, assets, equity, employees), the contents list, an image caption "
 "('Turkcell mobile base station in Seyitgazi, Kırka, Turkey.'), the heading 'Company background' and citation "
 "markers cut; kept as written: 'As Q3 2012, it has', the decimal commas ('52,4%', '27,9%', '19,7%'), 'respectively "
 "of Turkcell’s share capital' and its typographic apostrophe, 'Cukurova Group' beside 'Çukurova Group'; cut after "
 "'whether this agreement is binding.', before 'In August 2009 the International Chamber of Commerce issued an award "
 "stating that', where the excerpt breaks off (`truncated`). Content to 2012: recorded 3.0. Doubtful: "
 "self.gutenberg.org's terms were not found in the page store (as batch 26c's Kenya Airways). Turkcell, Çukurova, "
 "Cukurova, Sonera, TeliaSonera, MV Holding: 0 in train/dev/test; Vodafone: in many train/dev/test files (other "
 "events; here a competitor only); Avea: 0 as a name (a case-blind substring count found one dev file, another word).",
 "non-US", v3=True, copy_of="the Wikipedia article, an older revision via self.gutenberg.org"))

# ---- mining, metals and steel ------------------------------------------------------------------------------------
R.append(wp("wp-vedanta-resources", "Vedanta Resources",
 "https://brorelol.gay/Wikipedia/articles/v/e/d/Vedanta_Resources_68f9.html",
 "Vedanta Resources plc (LSE: VED) is a diversified and integrated metals and mining group. Headquartered in the "
 "United Kingdom, its principal operations are located in India, with a major market share in each of the main "
 "metals: aluminium, copper, zinc and lead. There are also substantial copper operations in Zambia and Tasmania, "
 "Australia. Vedanta's subsidiary Sterlite Industries is one of India's largest mining companies while Konkola Copper "
 "Mines is the largest mining company in Zambia.\n\n"
 "Vedanta's Indian zinc and copper operations rank in the top quartile of global cost efficiency.\n\n"
 "In addition to the existing operations, Vedanta currently has a range of expansion projects involving investment of "
 "over $2bn, which is already more than half completed. Several of their projects are mired in controversy and local "
 "unrest due to allegations that they will have a damaging impact on the environment, and on the livelihoods of local "
 "people.\n\n"
 "Vedanta was listed on the London Stock Exchange in December 2003, and the FTSE 100 Index in June 2006.\n\n"
 "Subsidiary companies owned by Vedanta Resources include Hindustan Zinc Limited, Bharat Aluminium Company, Konkola "
 "Copper Mines in Zambia, Sterlite Industries, and Madras Aluminium Company. The founder of Sterlite Industries and "
 "Vedanta Resources is the billionaire Anil Agarwal. Vedanta Resources also has a major stake in iron ore exporter, "
 "Sesa Goa.",
 "mining and metals", ["deal", "leadership"],
 "The article as a copy of the 2008 static HTML dump of English Wikipedia holds it (the page store's address for it "
 "is on brorelol.gay, under 'Wikipedia/articles'; 'From Wikipedia, the free encyclopedia'): that line, the infobox "
 "lines (type, founded, headquarters, key people 'Anil Agarwal, Executive Chairman', 'Navin Agarwal, Deputy "
 "Executive Chairman', industry, products, revenue, income, employees, website), the citation markers ('[1]'-'[7]') "
 "and the '[citation needed]' tags cut; kept as written: '(LSE: VED)', 'the FTSE 100 Index in June 2006', 'has a "
 "major stake in iron ore exporter, Sesa Goa'; cut after 'Sesa Goa.', before 'Contents [edit] Critic', where the "
 "excerpt breaks off (`truncated`). Content to 2007 (revenue 2007 in the infobox): recorded 3.0. Doubtful: a "
 "mirror of a static dump on an unrelated domain; its own terms were not found in the page store. Newer renderings "
 "in the store (the-uncensored-wiki.com 2015 and 2017, thefullwiki.org, talk.dob.jp's 2009 revision, alchetron.com) "
 "give the same founder and fewer subsidiaries; this one was used. Vedanta, Sterlite, Hindustan Zinc, Bharat "
 "Aluminium, Madras Aluminium, Konkola, Sesa Goa, Anil Agarwal: 0 in train/dev/test.", "non-US", v3=True,
 copy_of="the Wikipedia article, an older revision in a copy of the 2008 static dump"))

R.append(wp("wp-posco", "POSCO", "https://owiki.org/wiki/Posco",
 "POSCO is a South Korean steel manufacturer headquartered in Pohang, South Korea. It had an output of of crude "
 "steel in 2015, making it the world's sixth-largest steelmaker by this measure. In 2010, it was the world's largest "
 "steel manufacturing company by market value. Also, in 2024, it was named as the world's 233rd-largest corporation "
 "by the Fortune Global 500.\n\n"
 "POSCO currently operates two integrated steel mills in South Korea, in Pohang and Gwangyang. POSCO previously "
 "operated a joint venture with U.S. Steel, USS-POSCO Industries, in Pittsburg, California, United States, but U.S. "
 "Steel acquired full ownership of the facility in February 2020.\n\n"
 "In the 1960s, South Korean administration concluded that self-sufficiency in steel and the construction of an "
 "integrated steelworks were essential to economic development. Since South Korea had not possessed a modern steel "
 "plant prior to 1968, many foreign and domestic businesses were skeptical of Republic of Korea Government's "
 "decision to invest so heavily in developing its own industry. The Korean government created Pohang Iron and Steel "
 "Company, Ltd in 1968 and appointed as president of the mill a competent retired army general and friend of "
 "President Park Chung Hee, Park Tae-joon, a man with a track record of having turned around the government-owned "
 "Korea Tungsten Company. Construction of the Pohang plant began on April 1, 1970, and was dedicated on July 3, 1973, "
 "with an initial annual capacity of 1.03 million metric tons. Japan provided the money for the construction of the "
 "initial plant, following an agreement made at the Third South Korea-Japan Ministerial Meeting in 1969. Financing "
 "included US$119 million in government grants and loans, US$54 million in credit from the Export-Import Bank of "
 "Japan, and technical assistance from Nippon Steel and other corporations.",
 "steel", ["deal", "leadership"],
 "The article as owiki.org (a site that renders Wikipedia articles) holds it: the title line, the headings "
 "('History', '1968–1971') cut; a missing space after 'metric tons.' restored (whitespace only); kept as written: "
 "'It had an output of of crude steel' (the rendering lost the quantity), 'South Korean administration', 'Republic "
 "of Korea Government's decision', 'Pohang Iron and Steel Company, Ltd'; cut after 'Nippon Steel and other "
 "corporations.', before 'This cooperation was one consequence of the normalization of relations with Japan in 1965 "
 "and reflected the view of the government', where the excerpt breaks off (`truncated`). Content to 2024: recorded "
 "4.0. Doubtful: owiki.org's own terms were not found in the page store (batch 26c found an owiki.org copy of "
 "another page reworded; this one reads as the Wikipedia text of the other renderings in the store: "
 "graphsearch.epfl.ch, movatter.jp, wonilvalve.com). POSCO, Pohang, Gwangyang, U.S. Steel, USS-POSCO, Park Tae-joon, "
 "Park Chung Hee, Korea Tungsten, Export-Import Bank of Japan, Nippon Steel: 0 in train/dev/test.", "non-US",
 copy_of="the Wikipedia article, via owiki.org"))

# ---- utilities and energy ----------------------------------------------------------------------------------------
R.append(wp("wp-iberdrola", "Iberdrola", "http://ahb.com.cn/iberdrola",
 "Iberdrola is a Spanish multinational electric utility company based in Bilbao, Spain. Iberdrola has a workforce of "
 "around 34,000 employees serving around 31.67 million customers. Subsidiaries include Scottish Power (United "
 "Kingdom) and a significant part of Avangrid (United States), amongst others. In 2013, the largest shareholder of "
 "the company was Qatar Investment Holding. Other significant shareholders included Norges Bank, Kutxabank and "
 "CaixaBank (formerly Bankia).\n\n"
 "Iberdrola, a global energy company, is the second biggest producer of wind power after Ørsted by revenue and market "
 "capitalisation. It is the world’s third electricity utility by market capitalisation. It has subsidiaries in "
 "numerous countries, mainly in Spain, United Kingdom (Scottish Power), United States (Avangrid), Brazil "
 "(Neoenergia), Mexico, Germany, Portugal, Italy, Australia and France.",
 "utilities and energy", ["deal"],
 "The article's lead as ahb.com.cn (a site holding a copy of the Wikipedia article) holds it: the pronunciation "
 "bracket after 'Iberdrola' ('(Spanish pronunciation: [iβeɾˈðɾola])') and citation markers ('[3]', '[4]') cut; kept "
 "as written: 'a significant part of Avangrid (United States), amongst others', 'CaixaBank (formerly Bankia)', "
 "'the world’s third' with its typographic apostrophe. The excerpt ends at a full stop after 'France.' but holds only "
 "the lead (`truncated`). Content past 2021 (CaixaBank as Bankia's successor): recorded 4.0. Doubtful: ahb.com.cn's "
 "own terms were not found in the page store; no revision date. Iberdrola, Avangrid, Neoenergia, Qatar Investment "
 "Holding, Norges Bank, Kutxabank, CaixaBank, Bankia, Ørsted: 0 in train/dev/test; 'Scottish Power': one test file by "
 "count (not opened; 'Iberdrola' 0 in test).", "non-US", copy_of="the Wikipedia article, via ahb.com.cn"))

# ---- retail --------------------------------------------------------------------------------------------------------
R.append(wp("wp-falabella", "Falabella (retail store)", "https://wikimili.com/en/Falabella_(retail_store)",
 "Falabella is a multinational chain of department stores owned by Chilean multinational company S.A.C.I. "
 "Falabella. It is the largest South American department store, and a member of the International Association of "
 "department stores (since 2006).\n\n"
 "The company was founded by Salvatore Falabella, an Italian Chilean immigrant, in 1889. It was originally a "
 "tailor's shop, but today has become the largest retailer in South America. The expansion of the company began in "
 "the 1960s, with the first store outside Santiago opened in Concepción. In 1980 Falabella created CMR, a credit card "
 "with 5.5 million customers. In the 1990s it began a process of internationalization and expanded its operations "
 "to Argentina, Peru (where it traded as Saga Falabella until 2018) and Colombia. Some of the celebrities who have "
 "appeared in its ads are Cecilia Bolocco, Valeria Mazza, Juanes, Kate Moss, Gisele Bündchen and Ricky Martin\n\n"
 "On May 17, 2007, Falabella agreed to merge with D & S to form the largest retail company in Chile, but a ruling of "
 "the Court of Defense of Free Competition on January 31, 2008, rejected the operation, giving as fundamental "
 "arguments that the merger would produce a huge change in the market structure, creating a company that would be "
 "the dominant player in integrated retail and all its segments and a substantial and lasting decrease in the "
 "conditions of competition of the market that would be detrimental to consumers. The same year, Falabella acquired "
 "60% of the largest hardware store in Chile, Imperial.",
 "retail (department stores)", ["deal", "leadership"],
 "The article as wikimili.com (a site that renders Wikipedia articles) holds it: 'Last updated', the infobox lines "
 "(industry, founded, founder, headquarters, locations, area served, products, employees, parent 'S.A.C.I. "
 "Falabella', website), 'Contents', the heading 'History' and citation markers ('[6]'-'[10]') cut; kept as written: "
 "'the International Association of department stores (since 2006)', 'an Italian Chilean immigrant', 'Ricky Martin' "
 "with no full stop before the paragraph break (the markers stood there), the long sentence on the court's "
 "arguments; cut after 'the largest hardware store in Chile, Imperial.', before 'In 2012, Subtel accepted th', where "
 "the excerpt breaks off (`truncated`). Content to 2018 and later: recorded 4.0. Doubtful: wikimili.com's terms "
 "were not found in the page store (as batch 26c's PhonePe). Falabella, D & S, Court of Defense of Free "
 "Competition, Salvatore Falabella, CMR: 0 in train/dev/test; 'Imperial': one train file (another word in another "
 "text).", "non-US", copy_of="the Wikipedia article, via wikimili.com"))

# ---- pharma --------------------------------------------------------------------------------------------------------
R.append(wp("wp-teva-pharmaceutical-industries", "Teva Pharmaceutical Industries",
 "https://yourbrandinfo.blogspot.com/2017/12/teva-pharmaceutical-industries.html",
 "Teva Pharmaceutical Industries Ltd. is an Israeli multinational pharmaceutical company headquartered in Petah "
 "Tikva, Israel. It specializes primarily in generic drugs, but other business interests include active "
 "pharmaceutical ingredients and, to a lesser extent, proprietary pharmaceuticals. It is the largest generic drug "
 "manufacturer in the world and one of the 15 largest pharmaceutical companies worldwide. Teva's facilities are "
 "located in Israel, North America, Europe, and South America. Teva shares trade on both the New York Stock "
 "Exchange (via ADRs) and the Tel Aviv Stock Exchange. The company is a member of the Pharmaceutical Research and "
 "Manufacturers of America (PhRMA).\n\n"
 "Teva's earliest predecessor was Salomon, Levin, and Elstein Ltd., a wholesale distributor based in Palestine that "
 "was founded in 1901, and used camels to make deliveries. During the 1930s, new immigrants from Europe founded "
 "several pharmaceutical companies including Teva (\"Nature\" in Hebrew), Assia, and Zori. In 1951, Teva raised "
 "capital through the newly founded Tel-Aviv Stock Exchange after the formation of the new country, Israel.\n\n"
 "In 1964, Assia and Zori merged and acquired a controlling interest in Teva. In 1976, these three companies merged "
 "into the modern-day Teva Pharmaceutical Industries Ltd. In 1980, Teva continued to follow its vision of becoming "
 "one of the world's biggest pharmaceutical companies by acquiring Ikapharm, then Israel's second largest drug "
 "manufacturer.\n\n"
 "In 1982, Teva was granted approval by the U.S. Food and Drug Administration (FDA) for its Kfar Saba manufacturing "
 "plant, an essential milestone for marketing pharmaceuticals in the US.\n\n"
 "In 1980, Teva acquired Plantex.\n\n"
 "In 2000 Teva acquired Canada-based Novopharm.",
 "pharma", ["deal"],
 "The article as a blog post (yourbrandinfo.blogspot.com, 13 December 2017) copies it: the blog's lines (the date "
 "line, a headline of another site 'Teva Pharmaceutical Industries Ltd (ADR) (NYSE:TEVA) Brings Back ...', 'src: "
 "marketexclusive.com', 'Video Teva Pharmaceutical Industries'), the Hebrew name in the bracket after 'Teva "
 "Pharmaceutical Industries Ltd.' (shown as question marks) and the headings ('History', '1980 to 1999', '2000 to "
 "2009') cut; kept as written: 'the New York Stock Exchange (via ADRs)', 'Tel-Aviv Stock Exchange' beside 'Tel Aviv "
 "Stock Exchange', 'modern-day', the two 1980 items as the article's history and timeline give them; cut after "
 "'Canada-based Novopharm.', before 'In 2005, Tev', where the excerpt breaks off (`truncated`). Content to 2017: "
 "recorded 3.0. Doubtful: a blog's copy of the article (the Wikipedia text, as the store's other copies show: "
 "jewishvirtuallibrary.org, an older revision); the blog names no licence. Teva: one train file (an FTC case listing "
 "on Teva's proposed purchase of Cephalon, another event); Ikapharm, Plantex, Novopharm, Assia, Zori, Salomon, Levin, "
 "PhRMA: 0 in train/dev/test.", "non-US", v3=True, copy_of="the Wikipedia article, copied in a blog post"))

# ---- shipping ------------------------------------------------------------------------------------------------------
R.append(wp("wp-maersk", "Maersk", "https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Maersk",
 "A.P. Møller – Mærsk A/S, also known as simply Maersk, is a Danish integrated shipping company, active in ocean and "
 "inland freight transportation and associated services, such as supply chain management and port operation. Maersk "
 "has been the largest container ship and supply vessel operator in the world since 1996. The company is based in "
 "Copenhagen, Denmark, with subsidiaries and offices across 130 countries and around 80,220 employees in 2018.\n\n"
 "It is a publicly-traded family business, as the company is controlled by the namesake Møller family through "
 "holding companies. In September 2016, Maersk Group announced that it was splitting into two separate divisions: "
 "Transport & Logistics, and Energy. The company's 2018 annual revenue was US$39 billion (2019).\n\n"
 "Dampskibsselskabet Svendborg (Danish for '\"Svendborg Steamship Company\"') was founded in Svendborg in April 1904 "
 "by captain Peter Mærsk Møller (1836–1927) and his son Arnold Peter (A. P.) Møller (1876–1965).",
 "shipping and logistics", ["leadership"],
 "The article as a Kiwix copy of English Wikipedia (wikipedia_en_all_maxi_2020-08) on a.osmarks.net holds it: the "
 "title line, the pronunciation bracket after 'A.P. Møller – Mærsk A/S' ('(Danish pronunciation: [...])'), the "
 "infobox lines (type, traded as, ISIN, industry, predecessor, founded, founders, headquarters, key people 'Søren "
 "Skou (Group CEO)', products, revenue, income, assets, equity, owner 'Møller family (69.92% voting power)', "
 "employees, subsidiaries, website), an image caption ('The SS Laura in Svendborg, Denmark'), the heading 'History' "
 "and citation markers ('[4]'-'[8]') cut; kept as written: 'also known as simply Maersk', 'US$39 billion (2019)', "
 "'(Danish for '\"Svendborg Steamship Company\"')' with its quotation marks, the life years in brackets; cut after "
 "'(1876–1965).', before 'A', where the excerpt breaks off (`truncated`). Content to 2020: recorded 3.0. Doubtful: "
 "the relations sit in the cut infobox (key people, owner), so the kept text tells founders only. Maersk, Mærsk, "
 "Møller, Svendborg, Dampskibsselskabet: 0 in train/dev/test.", "non-US", v3=True,
 copy_of="the Wikipedia article, an older revision in a Kiwix copy"))

# ---- railways ------------------------------------------------------------------------------------------------------
R.append(wp("wp-mtr-corporation", "MTR Corporation", "https://db0nus869y26v.cloudfront.net/en/MTR_Corporation",
 "MTR Corporation Limited is a majority government-owned public transport operator and property developer in Hong "
 "Kong which operates the Mass Transit Railway, the most popular public transport network in Hong Kong. It is listed "
 "on the Hong Kong Exchange and is a component of the Hang Seng Index. The MTR additionally invests in railways "
 "across different parts of the world, including franchised contracts to operate rapid transit systems in London, "
 "Sweden (Stockholm Metro and the MTRX Stockholm–Gothenburg rail link), Beijing, Hangzhou, Macau, Shenzhen, Sydney, "
 "and a suburban rail system in Melbourne.\n\n"
 "The Mass Transit Railway Corporation was established on 22 September 1972 as a government-owned statutory "
 "corporation to build and operate a mass transit railway system to meet Hong Kong's public transport needs. On 30 "
 "June 2000, the MTRC was succeeded by the MTR Corporation Limited (MTRCL). As with the MTRC, the MTRCL's principal "
 "business is to operate the mass transit railway system. Following a successful initial public offering, the MTRCL "
 "was listed on the Hong Kong Stock Exchange on 5 October 2000, however the government is still the majority "
 "stakeholder in the MTRCL.",
 "railways", ["deal"],
 "The article as a site that renders Wikipedia articles (db0nus869y26v.cloudfront.net, a Wikiwand-style copy) holds "
 "it: the infobox lines (formerly 'Mass Transit Railway Corporation (1972–2000)', type, founded, headquarters, "
 "revenue, assets, employees) and the Chinese-name table cut; the Chinese names in brackets cut ('(Chinese: "
 "地下鐵路公司)' after 'The Mass Transit Railway Corporation', and ', 地下鐵路有限公司' inside '(MTRCL, ...)', so the "
 "bracket reads '(MTRCL)'), as batch 25b cut Chinese names; kept as written: 'Hong Kong Exchange' beside 'Hong Kong "
 "Stock Exchange', 'however the government is still'; cut after 'the majority stakeholder in the MTRCL.', before "
 "'Partial privatisation On 11 September 2000, the financial secretary of the Hong Kong Government, Sir Donald Tsang, "
 "announced the partial privatisation of MTR Corp', where the excerpt breaks off (`truncated`). Content to 2022 ('50 "
 "years ago'): recorded 4.0. Doubtful: the site's own terms were not found in the page store. MTR Corporation, Mass "
 "Transit Railway, Stockholm Metro, MTRX: 0 in train/dev/test.", "non-US",
 copy_of="the Wikipedia article, via a site that renders Wikipedia articles"))

# ---- insurance -----------------------------------------------------------------------------------------------------
R.append(wp("wp-discovery-limited", "Discovery Limited", "https://wikimili.com/en/Discovery_Limited",
 "Discovery Limited (commonly referred to as Discovery) is a major South African financial services and private "
 "healthcare group. Founded in 1992, the company is headquartered in Sandton, and listed on the JSE. Discovery has "
 "operations in 42 markets around the world, and is a Level 1 BBBEE contributor.\n\n"
 "As of 2023, Discovery operates the largest private health insurance company in South Africa by total members, with "
 "1.36 million main members and a further 2.78 million dependents (around 4.14 million total customers). The group "
 "also operates Discovery Bank, a major South African digital bank that was launched in 2019.\n\n"
 "Discovery Limited engages in long and short-term insurance, asset management, savings, investment, and employee "
 "benefits through its various brands. The Group has subsidiaries in South Africa, the United Kingdom, the United "
 "States, China, Singapore, and Australia.\n\n"
 "Discovery Limited was founded in 1992 by Adrian Gore and Barry Swartzberg.",
 "insurance", ["deal", "leadership"],
 "The article as wikimili.com (a site that renders Wikipedia articles) holds it: 'Last updated', the infobox lines "
 "(type, traded as, industry, founded, founder 'Adrian Gore', headquarters, area served, key people 'Adrian Gore "
 "(CEO)', 'ME Tucker (Chairman)', 'DM Viljoen (CFO)', products, revenue, assets, equity, employees, website), an "
 "image caption (padel courts with Discovery signage, 'an official partner company'), 'Contents', the headings "
 "('Overview', 'History') and citation markers ('[1]'-'[7]') cut; kept as written: 'a Level 1 BBBEE contributor', "
 "'a further 2.78 million dependents'; cut after 'Adrian Gore and Barry Swartzberg.', before 'In the same year, RM', "
 "where the excerpt breaks off (`truncated`). Content to 2025: recorded 4.0. Doubtful: wikimili.com's terms were "
 "not found in the page store. Discovery Limited, Discovery Bank, Adrian Gore, Barry Swartzberg, Sandton: 0 in "
 "train/dev/test ('discover' in any case: four train files and one test file by count, other words and events).",
 "non-US",
 copy_of="the Wikipedia article, via wikimili.com"))

# ---- part 2 (gathered after part 1 was annotated, committed and first-looked, before newskg ran on these texts;
# written with --part2) ----------------------------------------------------------------------------------------------
R2 = []
R2.append(wp("wp-tidjane-thiam", "Tidjane Thiam", "https://en.wikipedia.org/wiki/Tidjane_Thiam",
 "Tidjane Thiam (born 29 July 1962) is an Ivorian businessman and former politician who became the Chief Executive "
 "of Credit Suisse in June 2015. Born in Côte d'Ivoire, he holds dual Ivorian and French citizenship. He studied "
 "advanced mathematics and physics in France before joining the management consultants McKinsey & Company in 1986, "
 "where he worked until 1994.\n\n"
 "From 1994 to 1999 he worked in Côte d'Ivoire first as Chief Executive of the National Bureau for Technical Studies "
 "(BNETD), reporting directly to the Prime Minister and the President, and from 1998 as both Chairman of the BNETD "
 "and Minister of Planning and Development. Following the Ivorian coup of 1999, he resumed a private sector career "
 "and rejoined McKinsey in Paris from 2000 to 2002, then worked as a senior executive for Aviva before being "
 "recruited by Prudential plc. When appointed the chief executive of Prudential in 2009, he became the first black "
 "person to lead a FTSE 100 company. On 10 March 2015, it was announced that Thiam would leave Prudential to become "
 "the next CEO of Credit Suisse, succeeding Brady Dougan.\n\n"
 "Thiam was born in Côte d'Ivoire. He is a descendant of two prominent families from Senegal and Cote d'Ivoire. On "
 "his mother’s side, he is a descendant of Yamousso, after whom the capital of Côte d'Ivoire, Yamoussoukro, is "
 "named. Thiam's mother, Marietou, was the niece of Félix Houphouët-Boigny, the founder and first President of Côte "
 "d'Ivoire.\n\n"
 "His father, Amadou Thiam, a journalist, was born in Senegal and emigrated to Côte d'Ivoire in 1947.",
 "insurance and banking (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store (an older revision: 'age 54' in the infobox, 'Jump "
 "to: navigation, search'): the title line, 'From Wikipedia, the free encyclopedia', that line, the infobox lines "
 "(image file name, born, citizenship, alma mater, salary), citation markers ('[1]'-'[7]') and the heading 'Early "
 "life and career[edit]' cut; kept as written: 'the Chief Executive of Credit Suisse', 'Cote d'Ivoire' beside "
 "'Côte d'Ivoire', 'his mother’s side' with its typographic apostrophe; cut after 'emigrated to Côte d'Ivoire in "
 "1947.', before 'He supported Houphouet-Boig', where the excerpt breaks off (`truncated`). Content to 2016: "
 "recorded 3.0. Thiam, Aviva, McKinsey, BNETD, Brady Dougan, Houphouët: 0 in train/dev/test; Credit Suisse: one "
 "dev file (Credit Suisse First Boston lending to Calpine, another event) and one test file by count; Prudential: "
 "one train file (a UK parliamentary committee on bank IT failures, another sense) and one test file by count (not "
 "opened).", "non-US", v3=True, copy_of="the Wikipedia article, an older revision"))

R2.append(wp("wp-royal-air-maroc", "Royal Air Maroc", "http://moroc-co.blogspot.com/2013/01/royal-air-morocco_22.html",
 "Royal Air Maroc, more commonly knows as simply RAM, is the flag carrier airline of Morocco. Headquartered on the "
 "grounds of Casablanca-Anfa Airport in Casablanca, the carrier operates scheduled international flights from "
 "Morocco to Africa, Asia, Europe, and North America and a domestic flight, as well as charter flights that include "
 "Hajj services. Its base is Mohammed V International Airport.\n\n"
 "Royal Air Maroc—Compagnie Nationale de Transports Aériens was formed in July 1953 as a result of the merger of "
 "Compagnie Chérifienne de'l Air (Air Atlas) —setup in 1946 with Junkers Ju-52s— and Compagnie Chérifienne de "
 "Transports Aériens Air Maroc, that was founded in 1947 and commenced scheduled operations in 1949. The fleet of the "
 "newly formed airline included six Bretagnes, four Commandos, five DC-3s and two Languedocs. The name Royal Air "
 "Maroc was adopted on 28 June 1957, with the government of Morocco having a 67.73% stake. The carrier's fleet "
 "comprised 16 aircraft by April 1958, including four DC-4s, three DC-3s, seven Bretagnes and two C-46s.\n\n"
 "In May 1958, the airline ordered two Caravelles. One of these aircraft was part of the fleet of four L-749 "
 "Constellations, four DC-4s and three DC-3s by April 1960, making the Caravelle the first jet aircraft operated by "
 "the company; the other Caravelle was yet to be delivered. Orders for a fourth and a fifth Caravelle followed in "
 "late 1964 and early 1968. By 1969, all routes to Europe and North Africa were flown using solely these aircraft. "
 "In the mid 1970s, they were phased out in favor of Boeing 727s.",
 "airlines", ["deal"],
 "The article as a blog post (moroc-co.blogspot.com, January 2013) copies it: the bracket after 'Royal Air Maroc' "
 "with its Arabic and Berber names and their glosses ('(Arabic: ..., literally Royal Moroccan Lines or Royal "
 "Moroccan Airlines; Berber: ..., MGGM)') cut as batch 25b cut foreign-script names, the headings ('Early years', "
 "'[edit]The jet age'), an image caption ('A Royal Air Maroc Caravelle at Brussels Airport in 1968. The carrier "
 "ordered its first two aircraft of the type in 1958.'), citation markers ('[1]'-'[10]', ':101') and a '[citation "
 "needed]' tag cut; kept as written: 'more commonly knows as simply RAM', 'Compagnie Chérifienne de'l Air', the "
 "dashes around '—setup in 1946 with Junkers Ju-52s—'; cut after 'in favor of Boeing 727s.', before 'Simul', where "
 "the excerpt breaks off (`truncated`). Content to 2013: recorded 3.0. Doubtful: a blog's copy of the article; the "
 "blog names no licence. Royal Air Maroc, Air Atlas, Air Maroc, Chérifienne, Caravelle, Casablanca: 0 in "
 "train/dev/test.", "non-US", v3=True, copy_of="the Wikipedia article, copied in a blog post"))

R2.append(wp("wp-vivendi", "Vivendi", "http://movatter.jp/mt/?dark=on&url=http%3A%2F%2Fen.wikipedia.org%2Fwiki%2FVivendi",
 "Vivendi SE (stylized in all lowercase) is a French investment company headquartered in Paris. It wholly-owns "
 "Gameloft as well as investments in companies, primarily involved in content, entertainment, media, and "
 "telecommunications.\n\n"
 "In 2000, Vivendi Universal was created from the merger of Groupe Canal+ and Seagram Company Ltd., owner of "
 "Universal Studios. Vivendi sold 80% of Universal to the later-defunct General Electric (GE, owner of NBC) in 2004, "
 "forming what is NBCUniversal. In 2006, it sold off most of the Universal components and its name reverted to "
 "Vivendi. GE bought out Vivendi's 20% stake in NBCUniversal during Comcast's acquisition of the latter.",
 "media", ["deal"],
 "The article as a web proxy (movatter.jp) renders en.wikipedia.org/wiki/Vivendi in the page store: the "
 "translation-request template before the lead ('You can help expand this article with text translated from the "
 "corresponding article in French. (August 2024)' and its instructions) cut; the proxy dropped the space before "
 "each link ('Frenchinvestment', 'inParis', 'wholly-ownsGameloft', '2000,Vivendi', 'ofGroupe', 'andSeagram', "
 "'ofUniversal', 'later-defunctGeneral', 'ofNBC', 'isNBCUniversal', 'duringComcast's', 'Comcast'sacquisition'): "
 "those spaces restored (whitespace only); kept as written: '(stylized in all lowercase)', 'the later-defunct "
 "General Electric', 'forming what is NBCUniversal'; cut after 'during Comcast's acquisition of the latter.', before "
 "'As of 2021[update], Vivendi's chairman Yannick Bolloré is also CEO of Havas, which was spun off from Vivendi in "
 "2000, later became a subsidiary, and was spun off again i', where the excerpt breaks off (`truncated`; the "
 "chairman's sentence is lost with it). Content to 2024: recorded 4.0. Doubtful: a proxy's rendering; the address "
 "it wraps is en.wikipedia.org's. Vivendi, Gameloft, Seagram, NBCUniversal, Universal Studios, Groupe Canal+: 0 in "
 "train/dev/test; Comcast: one train file (another event); General Electric: one test file by count (not "
 "opened).", "non-US", copy_of="the Wikipedia article, via a web proxy"))


if __name__ == "__main__":
    write_all(R2 if "--part2" in sys.argv else R, POOL, dry="--dry" in sys.argv)
