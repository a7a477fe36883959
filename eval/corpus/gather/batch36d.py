#!/usr/bin/env python3
"""Batch 36d (session 37; helper gather37d): telecom operators and a power utility told as company stories with
their state owners, parent groups, units, joint ventures, supply agreements, a purchase and the people the prose
names — the company lane of batches 35d, 35l, 35o and 35t taken to regions and industries the corpus holds little
of: Vietnam's military-owned mobile operator with its Taiwanese joint venture, its purchase of EVN Telecom and its
rivals (telecoms, South-East Asia); Poland's incumbent telephone company, its French parent, its mobile unit and
the consortium that bought into it (telecoms, Central Europe); Zambia's state power utility with its power
purchase and bulk supply agreements and its managing director (electricity, Southern Africa); Uruguay's state
telephone company, its broadband plans and the one privatisation that went through (telecoms, Latin America);
and Malaysia's regional telecoms group, once an arm of the national telephone company (telecoms, South and
South-East Asia). English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus
`pages`; never a whole page), cut at the last section end before the excerpt breaks off (`truncated`). Edits per
item in `notes`; no word added or changed. newskg (or any extractor) was not run on any text.
usage: batch36d.py [POOL_DIR] [--dry]   (default /tmp/gather37d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather37d/pool"

CHECKED = ("0 in GATHERING.md, in the train/dev/test texts and file names and in the gather scripts on main, and in "
           "none of the session-37 pools (/tmp/gather37*/pool held no files at about 04:20 UTC)")

R = []
# ---- telecoms, Vietnam: Viettel's mobile operator as the 2017 Kiwix dump told it ------------------------------------------
R.append(wp("wp-viettel-mobile", "Viettel Mobile",
 "https://ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Viettel_Mobile.html",
 "Viettel (full name in Vietnamese: T\u1eadp \u0111o\u00e0n Vi\u1ec5n th\u00f4ng Qu\u00e2n \u0111\u1ed9i) is "
 "Vietnam's largest mobile network operator. It is a state-owned enterprise wholly owned and operated by the "
 "Ministry of Defence.\n\n"
 "As of 2014, Viettel had 80,000 employees inside and outside the country, and served 63 million subscribers.\n\n"
 "In May 2007 Chunghwa Telecom Co., Ltd. established a joint venture with Viettel Mobile to provide Internet data "
 "centre services in Vietnam.\n\n"
 "In 2010, Viettel introduced 3G services.\n\n"
 "In December 2011, Viettel acquired EVN Telecom and officially finished transferring accounts one year later.\n\n"
 "In 2012, Viettel started producing mobile phones, while discontinuing a co-operation with China's Huawei, which "
 "had previously produced Viettel phones. That same year, it made a profit from its foreign operations for the "
 "first time, mainly based on profits from Cambodia and Laos.\n\n"
 "In 2013, VM has begun production of military-grade radio equipment for the PAVN. In 2014, the company announced "
 "that they are making UAVs.\n\n"
 "In 2014, Viettel announced its plan to invest $1 billion in a 3G network in Tanzania.\n\n"
 "Viettel had a market share (estimated based on revenues) of 40.67% in 2012. Its main competitors are Vinaphone "
 "(owned by VNPT) with 30% market share and MobiFone with 17.9%. They control almost 90% of the market, with the "
 "rest controlled by Vietnamobile with 8%, Gmobile (formerly Beeline) with 3.2% and S-Fone with 0.1%. Viettel "
 "reported having 58.9 million customers, while Vinaphone and MobiFone estimated to have 70 million and Gmobile and "
 "Vietnamobile 10 million.",
 "telecoms", ["deal", "partnership"],
 "The article 'Viettel Mobile' as the 2017 IPFS mirror of the English Wikipedia Kiwix dump (ipfs.io) serves it in "
 "the page store: the hatnote 'For the football club, see Viettel F.C.' and the infobox lines ('Viettel Group', "
 "'Group (T\u1eadp \u0111o\u00e0n)', industry, 'Founded 2004', headquarters, products, two revenue lines of 2015, "
 "'Number of employees', 'Parent Vietnam Military Telecommunications Group') cut, so the parent group's name is not "
 "in the text; the unnamed section breaks (blank lines where headings stood) and citation markers ('[3]' to "
 "'[11]', '[6]' twice) cut; kept as written: 'wholly owned and operated by the Ministry of Defence', 'Chunghwa "
 "Telecom Co., Ltd. established a joint venture with Viettel Mobile' (the article's name for the operator), "
 "'officially finished transferring accounts one year later', 'VM has begun production' (VM for Viettel Mobile), "
 "'the PAVN' (not spelt out), 'Gmobile (formerly Beeline)', 'estimated to have'; cut after 'Gmobile and "
 "Vietnamobile 10 million.', before the next section ('Viettel has developed telecommunication servic', where the "
 "excerpt breaks off; `truncated`). No executive is named in the text (the lane's wish is not met; kept for the "
 "state owner, the joint venture, the EVN Telecom purchase and the rivals with Vinaphone's owner). Content of about "
 "2016 (2015 figures; the 2017 dump): recorded CC BY-SA 3.0; doubtful: no revision id, the mirror's terms not "
 "found. An older en.wikipedia.org rendering in the page store (the same article with a 'Subsidiaries and "
 "joint-ventures' list, breaking off at the joint venture), the current 'Viettel' article as arietiform.com's proxy "
 "and detailedpedia.com serve it (the group's long history, its chairman and CEO in the infobox only), "
 "onbao.com's two-sentence copy, Viettel's own annual report pages and a VnExpress news item were looked at and "
 "not used. Viettel, EVN Telecom, Vinaphone, VNPT, MobiFone, Vietnamobile, Gmobile: " + CHECKED +
 "; Chunghwa Telecom and Huawei are named in other corpus texts (other events).", "non-US", v3=True,
 copy_of="the Wikipedia article as the 2017 Kiwix dump holds it, via an IPFS mirror"))

# ---- telecoms, Poland: Telekomunikacja Polska (Orange Polska), about 2013 -------------------------------------------------
R.append(wp("wp-telekomunikacja-polska", "Telekomunikacja Polska", "http://www.self.gutenberg.org/articles/eng/Neostrada",
 "Telekomunikacja Polska (trading as Orange Polska; also known as TPSA or just TP) is a Polish national "
 "telecommunications provider established in December 1991. It is a public company traded on the Warsaw Stock "
 "Exchange, with a controlling stake owned by Orange S.A., the latter controlling over 50% of this stake by 2002. It "
 "operates the following services: PSTN, ISDN, ADSL, IDSL, Frame Relay, ATM and Inmarsat. The company owns PTK "
 "Centertel, which operates the companies GSM 900/1800 network; and the NMT450i network, which is currently used "
 "as a WLL (wireless local loop) in rural areas.\n\n"
 "Telekomunikacja Polska was established in December 1991 as a joint stock company of the State Treasury, "
 "following the division of the communist era state-owned entity Polish Post, Telegraph and Telephone. On January "
 "1, 1992, the company was created under the name of 'TPSA'. The company changed its ownership structure in 1998, "
 "and began trading on the Warsaw Stock Exchange in 2000. In the same year, the Treasury sold a 35% stake in TPSA "
 "to a consortium of France T\u00e9l\u00e9com and Kulczyk Holding, with the consortium increasing its stake by a "
 "further 12.5% in 2001.\n\n"
 "On 21 December 2007 Telekomunikacja Polska was fined PLN 75 million (approximately EUR 20.7 million) by the "
 "Polish Office for Competition and Consumer Protection for discriminating against its competitors on the internet "
 "services market.\n\n"
 "Full privatisation of the company was completed in May 2010.\n\n"
 "In 2010 the company reported that they were nearing 500,000 pay TV subscribers, with the number now being "
 "695,000 (as of late 2012).",
 "telecoms", ["deal", "regulatory"],
 "The article as self.gutenberg.org's World Heritage Encyclopedia copy of English Wikipedia holds it in the page "
 "store, under the redirect 'Neostrada' (the company's DSL brand): the infobox lines ('Orange Polska', type, "
 "'Traded as Template:WSE', industry, 'Founded Warsaw, Poland (December 1991)', headquarters, 'Key people Maciej "
 "Wituck (Executive Chairman)', revenue and income lines of 2010, 'Employees 33,421 (2006)', 'Parent Orange S.A.') "
 "cut, so the executive chairman is not in the text; the unnamed section break after the lead and citation markers "
 "('[2]' to '[5]') cut; kept as written: 'the latter controlling over 50% of this stake by 2002', 'which operates "
 "the companies GSM 900/1800 network' (so written, no apostrophe), 'under the name of 'TPSA'' (straight quotes), "
 "'In the same year', 'France T\u00e9l\u00e9com', 'with the number now being 695,000 (as of late 2012)'; cut after "
 "that sentence, before 'The company currently serves approximately', where the excerpt breaks off (`truncated`). "
 "Content of about 2013 (2012 figures; the article before its move to 'Orange Polska'): recorded CC BY-SA 3.0; "
 "doubtful: no revision id, the copy's terms not found. grokipedia.com's page (not Wikipedia text), Italian and "
 "German Wikipedia copies (deit.abcdef.wiki, de.wiki.li), a Polish business profile (finanse.wp.pl), a 2012 blog "
 "post on the rebranding and a 1999 RCR Wireless item were looked at and not used. Telekomunikacja Polska, Orange "
 "Polska, TPSA, PTK Centertel, Polish Post, Telegraph and Telephone: " + CHECKED + " ('Kulczyk' occurs in "
 "GATHERING.md only as Jan Kulczyk in lists of people looked at; France T\u00e9l\u00e9com and Orange are named in other corpus "
 "texts, other events).", "non-US", v3=True,
 copy_of="the Wikipedia article as it stood in about 2013, via self.gutenberg.org's World Heritage Encyclopedia"))

# ---- electricity, Zambia: ZESCO, its agreements and its managing director (2022) ----------------------------------------
R.append(wp("wp-zesco", "ZESCO", "https://en.wikipedia.org/wiki/ZESCO",
 "ZESCO (acronym for Zambia Electricity Supply Corporation Limited) is a state-owned power company in Zambia. It is "
 "Zambia's largest power company producing about 80% of the electricity consumed in the country. ZESCO represents "
 "Zambia in the Southern African Power Pool.\n\n"
 "The company operates nine hydropower stations with a combined capacity of 2,217.5 MW and eight small thermal power "
 "plants with a combined capacity of 11.3 MW resulting in a total installed capacity of 2,228.8 MW.\n\n"
 "The company also owns and operates power distribution and transmission lines of 9,975 km.\n\n"
 "ZESCO has formed power purchase agreements with private companies that own power plants in Zambia. It purchases "
 "the power produced and feeds is directly into the national grid. GL Africa Energy provides the national grid "
 "through ZESCO with over 105 MW of power under this agreement.\n\n"
 "ZESCO owns 40% shares in EL Sewedy Electric Zambia Limited.\n\n"
 "In June 2022, ZESCO signed a 13-year Bulk Supply Agreement (BSA) with Copperbelt Energy Corporation (CEC) Plc. The "
 "power supply limit under the BSA was set at 380MW. ZESCO projects that they will earn an estimated US$150.0 "
 "million per annum from the agreement. These earnings are expected to translate into an estimated US$2.0 billion "
 "over the lifetime of the BSA.\n\n"
 "In July 2022, at the 94th Agricultural and Commercial Show in Lusaka, the managing director of the National "
 "Utility ZESCO, Victor Mapani announced that the company plans to deploy Electric Vehicle (EV) charging stations "
 "across the country in an effort to accelerate and promote the transition to EVs and enhance carbon emission "
 "reduction.",
 "electricity", ["partnership", "leadership"],
 "The current article as en.wikipedia.org itself (the 2023-2024 skin, 'Jump to content') is held in the page "
 "store: the infobox lines ('Zambia Electricity Supply Corporation Limited', company type, industry, headquarters, "
 "'Revenue US$ 409 million (2017)', 'Number of employees 3,600 (2007)', 'Parent State owned') cut; the unnamed "
 "section break after the lead and citation markers ('[1]' to '[5]') cut; kept as written: 'ZESCO (acronym for "
 "Zambia Electricity Supply Corporation Limited)', 'feeds is directly into the national grid' (so written), "
 "'Copperbelt Energy Corporation (CEC) Plc', '380MW', 'the managing director of the National Utility ZESCO, Victor "
 "Mapani announced' (no comma after the name); cut at the end of the lead and history text, before the heading "
 "'Power stations[edit]' and its paragraph, which breaks off in the excerpt ('The national grid in Zambia only "
 "extends to some parts of'; `truncated`). No outage is told (the text states capacity and plans only). Content of "
 "2022-2024 (the skin and the July 2022 item; after Wikimedia's June 2023 move most likely): recorded CC BY-SA 4.0; "
 "doubtful: no revision id. Zambian news pages (diggers.news, zambiamonitor, zambiandigest, tioz.news) and ZCCM-IH's "
 "news item were looked at and not used. ZESCO, Copperbelt Energy, GL Africa Energy, El Sewedy, Southern African "
 "Power Pool, Mapani: " + CHECKED + ".", "non-US",
 copy_of="the Wikipedia article"))

# ---- telecoms, Uruguay: ANTEL, its monopoly and its fibre plans (1931-2014) ------------------------------------------------
R.append(wp("wp-antel", "ANTEL", "https://en.wikipedia.org/wiki/ANTEL",
 "ANTEL (Spanish: Administraci\u00f3n Nacional de Telecomunicaciones, lit. 'National Administration of "
 "Telecommunications') is Uruguay's government-owned telecommunications company, founded in 1974 as a separate "
 "legal entity after spinning off the telecommunications division of UTE, which had the monopoly of landline "
 "telephony since 1931. The company has a monopoly of landline telephony and data services in the country. They "
 "also provide mobile phone services (in direct competition with Claro and Movistar) and Internet-related "
 "services, being the only provider of ADSL and land-line data services because of the monopoly situation.\n\n"
 "In 1992, under the presidency of Luis Alberto Lacalle, a privatization of all government-owned companies was "
 "attempted. However, a later referendum revoked the privatizations law, being Pluna the only company to be "
 "successfully privatized to Varig. Antel enjoys a monopoly on land lines in Uruguay.\n\n"
 "As of 2008 ANTEL's monopoly status also forbids cable operators even in larger cities, such as Montevideo, to "
 "provide data services (Internet) or voice services along with their cable service.\n\n"
 "Antel started deploying fiber to the home in Montevideo in 2012, aiming to switch 240,000 clients that year with "
 "a cost of US$180 million. Previous DSL subscribers keep their contract, or may switch to faster Internet Vera "
 "plans: 150/12 Mbit/s for US$72/month, 120/12 Mbit/s for $61/month, 60/10 Mbit/s for $49/month, or 30/4 Mbit/s "
 "for $32/month, throttled back to 10% of those speeds after a 700 / 350 / 400 / 150 GB cap. IP television, voice "
 "over IP and connections in the department capitals are expected for 2013 and 2014.",
 "telecoms", ["deal", "product"],
 "An older revision (the pre-2023 skin, 'Jump to navigation Jump to search'; FY2011 revenue) as en.wikipedia.org "
 "itself is held in the page store: 'From Wikipedia, the free encyclopedia' and the infobox lines ('Founded 1974 "
 "(spun off from UTE)', 'Area served', 'Key people Andr\u00e9s Tolosa (President)', 'Revenue U$S 0.9 billion "
 "(FY2011)', 'Owner Government of Uruguay', 'Divisions Antel Moviles, Antel Datos e Internet') cut, so the president "
 "of the company and its two divisions are not in the text; the unnamed section break after the lead and citation "
 "markers ('[1]' to '[3]') cut; kept as written: 'lit. 'National Administration of Telecommunications'' (straight "
 "quotes), 'They also provide', 'revoked the privatizations law, being Pluna the only company to be successfully "
 "privatized to Varig', 'As of 2008 ANTEL's monopoly status also forbids', 'Internet Vera plans', the plan list "
 "with its prices; cut at the end of the history text, before the heading 'Telecommunications tower[edit]' and the "
 "photo caption after it, where the excerpt ends (`truncated`). No executive of the company is named in the prose "
 "kept (the country's president of 1992 is). Content of about 2013-2019 (the old skin): recorded CC BY-SA 3.0; "
 "doubtful: no revision id. wikimili.com's copy (a later wording: 'Antel enjoys a monopoly on land lines in "
 "Uruguay, including voice-only lines as well as DSL and fiber internet', the 2008 paragraph gone, breaking off in "
 "the tower paragraph), the-uncensored-wiki.com's 2012 copy (its president in the infobox, no fibre paragraph), "
 "theinfolist.com's link-glossed copy, a French copy, commsupdate.com's 2004 item on its mobile arm Ancel and "
 "Uruguayan news on its presidents were looked at and not used. ANTEL, UTE, Pluna, Varig, Lacalle, Vera: " +
 CHECKED + " (as whole words; Movistar is named in other corpus texts, other events, and 'Claro' in GATHERING.md only as 'Claro video').", "non-US",
 v3=True, copy_of="the Wikipedia article"))

# ---- telecoms, Malaysia and Asia: Axiata, formerly TM International (1992-2009) --------------------------------------------
R.append(wp("wp-axiata", "Axiata", "https://www.wikizero.com/en/Axiata",
 "Axiata Group Berhad (commonly known as Axiata, formerly known as TM International Berhad), is a Malaysian "
 "multinational telecommunications conglomerate with extensive operations in Asia.\n\n"
 "Axiata's primary business is in investment holding and the provision of telecommunication and consultancy "
 "services on an international scale. Their main focus being emerging markets in ASEAN and South Asia.\n\n"
 "Formerly known as TM International Bhd (TMI), the company was incorporated on 12 June 1992 and was the mobile and "
 "international operations arm of Telekom Malaysia Bhd (TM). Following the de-merger of TMI from TM, the company "
 "was listed on the Main Board of Bursa Malaysia Securities Berhad in 2008. On 2 April 2009, TMI underwent a "
 "rebranding exercise, launching its new name, Axiata, and a new logo.\n\n"
 "Their new tagline, Advancing Asia, was also launched, reflecting the direction of the company in focusing their "
 "expansion within Asia.\n\n"
 "Axiata has controlling interests in mobile operators in Malaysia, Nepal, Indonesia, Sri Lanka, Bangladesh and "
 "Cambodia. The Group also has stakes in non-mobile telecommunication operations in Thailand and Pakistan.",
 "telecoms", ["deal"],
 "The article as wikizero.com's copy of English Wikipedia holds it in the page store: the title line, 'From "
 "Wikipedia the free encyclopedia' and the infobox lines ('Axiata Group Berhad', 'Formerly TM International Berhad "
 "(1992\u20132009)', company type, 'MYX: 6888', ISIN, industry, 'Founded 12 June 1992; 31 years ago', "
 "headquarters, areas served, products, five revenue, income, assets and equity lines of 2020, 'Owners', employees, "
 "'Subsidiaries', website) cut; the heading 'The group[edit]' and citation markers ('[2]' to '[6]', '[3]' and '[4]' "
 "twice) cut; kept as written: 'Axiata Group Berhad (commonly known as Axiata, formerly known as TM International "
 "Berhad), is', 'Their main focus being emerging markets in ASEAN and South Asia.', 'TM International Bhd (TMI)', "
 "'Telekom Malaysia Bhd (TM)', 'the de-merger of TMI from TM', 'Their new tagline, Advancing Asia'; cut after 'in "
 "Thailand and Pakistan.', before 'Their Board of Directors contains:' and its list, which breaks off at its first "
 "name ('Tan'; `truncated`), so no executive is in the text and the operators themselves are not named (the lane's "
 "wish for executives is not met; kept for the former parent, the de-merger and the listing, and as the corpus's "
 "first Malaysian telecoms group). Content of 2023-2024 ('31 years ago' from 12 June 1992, so rendered after "
 "Wikimedia's June 2023 move): recorded CC BY-SA 4.0; doubtful: no revision id, wikizero's terms not found. "
 "everything.explained.today's copy (the same wording, with a 'Subsidiary holdings' heading and a 2019 subscriber "
 "sentence after an empty board list), knowpia.com's Celcom article (its history breaks off in its first "
 "sentence), a Converge Digest blog post listing the operators, Axiata's own story page and news of the "
 "Axiata-Telenor merger were looked at and not used. Axiata, TM International, Telekom Malaysia, Bursa Malaysia: "
 + CHECKED + " ('Axiata' occurs in GATHERING.md only in lists of names looked at before: a Spanish copy only, and "
 "XL Axiata and Dialog Axiata news).", "non-US",
 copy_of="the Wikipedia article, via wikizero.com"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
