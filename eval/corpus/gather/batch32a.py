#!/usr/bin/env python3
"""Batch 32a (session 33; helper gather33a): English Wikipedia texts (CC BY-SA) on company executives told as news,
round 3 of the executive-biography lane after batches 31a (eight men) and 31h (eight women). This round leans on
finance and operating chiefs beside chief executives and founders: two chief financial officers' careers (Meng
Wanzhou at Huawei, China; Joe Kaeser at Siemens' units, Germany), a former CFO of Nestle who ran Unilever (Paul
Polman, the Netherlands), a Spanish physician who rose from chief operating officer to chief executive of Merck
Group (Belen Garijo), a Japanese car saleswoman who ran BMW Tokyo, Daiei and Tokyo Nissan Auto Sales before becoming
a mayor (Fumiko Hayashi), a Canadian chief executive of Nokia with posts at Microsoft, Juniper Networks, Adobe and
Boston Chicken (Stephen Elop), the Taiwanese founder of Hon Hai Precision (Terry Gou) and the chairman of the Hong
Kong Stock Exchange and deputy chairman of The Hongkong and Shanghai Banking Corporation (Laura Cha). Four women,
four men, none a US executive. The first seven texts were gathered before any was annotated; the eighth (Laura Cha)
was found after those seven were annotated and was annotated on its own; newskg (or any extractor) was not run.
Texts are the search tool's page-store excerpts (`search`, corpus `pages`; never a whole page), cut at the last full
sentence before an excerpt breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch32a.py [POOL_DIR] [--dry]   (default /tmp/gather33a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather33a/pool"

R = []
# ---- Asia ----------------------------------------------------------------------------------------------------------
R.append(wp("wp-meng-wanzhou", "Meng Wanzhou", "https://infoanew.com/wikipedia/Meng_Wanzhou",
 "Meng Wanzhou (Chinese: \u5b5f\u665a\u821f; born 13 February 1972), also known as Cathy Meng and Sabrina Meng, also "
 "informally known in China as the \"Princess of Huawei\", is a Chinese business executive who is the deputy chair "
 "of the board and chief financial officer (CFO) of telecom giant and China's largest privately held company, "
 "Huawei, founded by her father Ren Zhengfei.\n\n"
 "On 1 December 2018, Meng was arrested at Vancouver International Airport. On 28 January 2019, the U.S. Department "
 "of Justice announced financial fraud charges against Meng, accusing her of employing a subsidiary to facilitate "
 "business activities in Iran in violation of U.S sanctions. On 24 September 2021, the Department of Justice "
 "announced it had reached a deal with Meng to resolve the case through a deferred prosecution agreement. As part "
 "of the deal, Meng agreed to a statement of facts, including a statement that she had made untrue statements to "
 "HSBC to enable transactions in U.S., at least some of which supported Huawei's work in Iran which violated U.S. "
 "law, but did not have to pay a fine nor plead guilty to her key charges. The Department of Justice said it would "
 "move to dismiss all charges against Meng when the deferral period ends on 21 December 2022, on the condition that "
 "Meng doesn\u2019t commit any other crimes before then.",
 "telecommunications equipment (leadership)", ["leadership"],
 "The English Wikipedia article of late 2021 (infobox 'age 49'; the deferred prosecution deal of 24 September 2021 "
 "told, her return to China not yet in the excerpt) as infoanew.com, a site repeating Wikipedia articles under "
 "/wikipedia/ addresses, holds it in the page store: the site's line '\U0001f929 Discover new information from across "
 "the web', the title line, the site's gloss line 'Member of the Communist Party of China / Chinese business "
 "executive', the infobox lines ('\u5b5f\u665a\u821f', 'Meng in 2021', 'Born Ren Wanzhou (1972-02-13) 13 February "
 "1972 (age 49)', 'Nationality', 'Other names', 'Education', 'Occupation', 'Years active', 'Title Deputy chair and "
 "CFO, Huawei', 'Political party', 'Criminal charge(s)', 'Spouse(s)', 'Children', 'Parents', the Chinese-name "
 "lines) and the citation markers ('[2]' and '[4]' to '[13]') cut; kept as written: the Chinese script in the opening "
 "bracket, 'in violation of U.S sanctions' (no stop after 'S'), 'in U.S.', 'a fine nor plead', the curly "
 "apostrophe in 'doesn\u2019t'; cut after 'before then.', before 'Meng left Can', where the excerpt breaks off "
 "(`truncated`). Recorded 3.0 (2021 content, before June 2023; no revision id). The store also holds a Kiwix copy "
 "of October 2023 (iiab.me, wikipedia_en_all_maxi_2023-10): its excerpt breaks off in the sentence on the deal's "
 "terms, leaving about 130 words, under the 150 the corpus wants: not used. Meng Wanzhou, Skycom, Vancouver "
 "International Airport: 0 in train/dev/test and in every gather script; Huawei in 2 corpus files (batch 31a's Ren "
 "Zhengfei biography among them: her father, named here once; a different subject), HSBC in several (other events).",
 "non-US", v3=True, copy_of="the Wikipedia article of late 2021, via infoanew.com"))

R.append(wp("wp-terry-gou", "Terry Gou",
 "http://the-uncensored-wiki.com:20082/articles/t/e/r/Terry_Gou_71bb.html",
 "Terry Gou (traditional Chinese: \u90ed\u53f0\u9298; pinyin: Gu\u014d T\u00e1im\u00edng) (born October 8th, 1950) "
 "is a Taiwanese tycoon who leads Hon Hai Precision, a company that manufactures electronics on contract for other "
 "companies. It is now the largest such Electronics Manufacturing Services company in the world, with factories in "
 "several countries but mainly in mainland China where it employs 450,000 people, and is China's largest "
 "exporter.\n\n"
 "His parents lived in mainland China before they fled to Taiwan in 1949. He founded Hon Hai in Taiwan in 1974 with "
 "ten workers to make plastic parts for television sets. In 1988 he opened his first factory in mainland China, in "
 "Shenzhen, where his largest factory remains today. He now owns 30% of the public company and was ranked 142nd on "
 "Forbes magazine's 2007 list of the world's richest people, with a net worth of US$5.5 billion.\n\n"
 "A charismatic man with an autocratic leadership style, he tries to avoid publicity. In 2005 his wife died of "
 "breast cancer at age 55; his brother died in 2007 of leukemia. He has a son (born 1976) who works in the film "
 "industry and a daughter (born 1978) who works in the financial sector.\n\n"
 "In 2002 he bought a Rozt\u011b\u017e castle near Kutn\u00e1 Hora in the Czech Republic for $30 million. In 2007 "
 "court documents were revealed showing that he had been blackmailed by a woman with whom he had had an affair and "
 "who in 1992 secretly shot a video of them having sex together.\n\n"
 "He founded an educational charity organization with his wife in 2000. He has said that he intends to eventually "
 "give away one third of his wealth to charity.",
 "electronics manufacturing (leadership)", ["leadership"],
 "The English Wikipedia article of 2007 (Forbes' '2007 list' the newest fact) as the-uncensored-wiki.com's static "
 "copy holds it in the page store (the site batches 29a and 31a used for Rupert and Hayek): the title line, 'From "
 "Wikipedia, the free encyclopedia', the citation markers ('[1]' to '[3]') and the '[edit] References', '[edit] "
 "See also', '[edit] External links' and 'Languages' lines with the three references cut; the copy prints no other "
 "headings; kept as written: the Chinese script and pinyin in the opening bracket, the two brackets one after the "
 "other, 'October 8th, 1950', 'Electronics Manufacturing Services' (capitals), 'a Rozt\u011b\u017e castle', "
 "'leukemia'; the excerpt holds the whole article body, nothing cut at its end (`truncated` false). His post "
 "is given only as 'who leads' Hon Hai beside his founding of it. Recorded 3.0 (2007 "
 "content; no revision id). A 2015 blog copy (mostpowerfulleaders.blogspot.com) and a 2023-2025 summary site "
 "(wikisum.wiki, sentences picked out with markers) were not used. Terry Gou, Hon Hai, Kutn\u00e1 Hora: 0 in "
 "train/dev/test and in every gather script; Foxconn (not in this text) in 1 corpus file, Shenzhen in several "
 "(other events).", "non-US", v3=True,
 copy_of="the Wikipedia article of 2007, via the-uncensored-wiki.com"))
R[-1]["truncated"] = False   # the excerpt holds the whole article body

R.append(wp("wp-laura-cha", "Laura Cha", "https://profilpelajar.com/en/Laura_Cha",
 "Laura Cha Shih May-lung, GBM, GBS, JP (Chinese: \u67e5\u53f2\u7f8e\u502b; born 5 December 1949) is a Hong Kong "
 "businesswoman and politician. She is the Chairman of Hong Kong Stock Exchange and Non-Executive Deputy Chairman of "
 "The Hongkong and Shanghai Banking Corporation. She served as a non-official member of the Executive Council of "
 "Hong Kong from 2004 to 2022.\n\n"
 "On 5 December 1949, Cha was born in Shanghai, China. At age 2, Cha and her family moved to British Hong Kong.\n\n"
 "Cha earned a Bachelor of Arts degree from the University of Wisconsin\u2013Madison and a Juris Doctor degree from "
 "the Santa Clara University School of Law. She was a member of the Committee of 100, a Chinese American political "
 "and cultural organisation.\n\n"
 "In 1983, Cha was admitted to the State Bar of California as Laura May-Lung Cha. Cha practised law with Pillsbury "
 "Madison and Sutro, one of the powerful law firms in San Francisco, California. Since 1994, Cha no longer practices "
 "law in California.\n\n"
 "After her return to Hong Kong, Cha continued practising law with Coudert Brothers. She worked at Hong Kong's "
 "Securities and Futures Commission from 1991 to early 2001, becoming its deputy chairman in 1998.",
 "stock exchanges and banking (leadership)", ["leadership"],
 "The English Wikipedia article of 2024 (infobox 'age 74'; her Executive Council seat told as ended in 2022) as "
 "profilpelajar.com, a site repeating Wikipedia articles under /en/ addresses, holds it in the page store: the "
 "title line, the infobox lines ('Laura Cha', '\u53f2\u7f8e\u502b', 'Cha in 2022', the Executive Council and "
 "National People's Congress office lines, 'Personal details', 'Born Shih May-lung (1949-12-05) 5 December 1949 (age "
 "74) Shanghai, China', 'Alma mater', the Chinese-name and transcription lines), the headings 'Early life and "
 "education' and 'Career' and the citation markers ('[1]' to '[4]') cut; the single breaks after the headings made "
 "paragraph breaks (whitespace only); kept as written: the honours after her name ('GBM, GBS, JP'), the Chinese "
 "script in the opening bracket, 'Chairman of Hong Kong Stock Exchange' (no article), 'Non-Executive Deputy "
 "Chairman of The Hongkong and Shanghai Banking Corporation', 'Since 1994, Cha no longer practices law', "
 "'practised'; cut after 'becoming its deputy chairman in 1998.', before 'When she gave notice at the SFC in "
 "mid-2000, Cha was mulling a chan', where the excerpt breaks off (`truncated`). Recorded 4.0 (2024 content; no "
 "revision id). The store also holds enwikipedia.net's copy of 2022 (the Executive Council seat as current; the "
 "same career text) and HSBC's and HKEX's own biographies (company copyright): not used. Laura Cha, Hongkong and "
 "Shanghai Banking, Securities and Futures Commission, Coudert, Committee of 100: 0 in train/dev/test and in every "
 "gather script; 'Hong Kong Stock Exchange' in 2 corpus files and 'Santa Clara' in 2 (other events).",
 "non-US", copy_of="the Wikipedia article of 2024, via profilpelajar.com"))

R.append(wp("wp-fumiko-hayashi", "Fumiko Hayashi (politician)",
 "https://en.wikipedia.org/wiki/Fumiko_Hayashi_(politician)",
 "is a Japanese politician and the former mayor of Yokohama, the capital of Kanagawa Prefecture in Japan. She is the "
 "first female mayor of the city. Her previous roles have included president of BMW Tokyo, president of Tokyo "
 "Nissan Auto Sales, and chairperson and CEO of the Japanese supermarket chain Daiei. On taking the chief executive "
 "role at Daiei, all of whose executives are men, Hayashi told the Nikkei Weekly: \"I thought I would be able to "
 "create an example of a success in male-female collaboration.\"\n\n"
 "In 2006, Forbes named her the 39th most powerful woman in the world, the highest rank for a Japanese woman. She "
 "was elected as mayor of Yokohama in 2009 following the sudden resignation of the former mayor, Hiroshi Nakada, "
 "until her defeat at the 2021 Yokohama mayoral election. In July 2022, she was awarded as Honorary Member of the "
 "Order of the British Empire (MBE), for services to the British Olympic and Paralympic Teams.\n\n"
 "Hayashi entered the workforce upon graduating from Tokyo Metropolitan Aoyama High School in 1965, working at Toyo "
 "Rayon (now Toray Industries) a Japanese textile company. She became a salesperson with Honda in 1977, when she was "
 "31. It was rare for a woman in Japan to work for a carmaker, particularly in a sales role. However, in her first "
 "year, she was the top-performing salesperson. After ten years at Honda, Hayashi sought a role with BMW Tokyo. "
 "Although initially turned down by the company she persisted, writing a seven-page letter to BMW Tokyo, explaining "
 "why she should be hired. In 1987, five months after her first approach, the company hired her.",
 "car retail and supermarkets (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store in the recent '= Title =' form (her 2021 defeat and "
 "a July 2022 award told, so 2022 content or later): the title line '= Fumiko Hayashi (politician) =', the infobox "
 "lines ('Fumiko Hayashi', '- Native Name Lang: ja', '- Order: Mayor of Yokohama', '- Term Start: 30 August 2009', "
 "'- Term End: 30 August 2021', '- Predecessor: Hiroshi Nakada', '- Successor: Takeharu Yamanaka', '- Birth Name: "
 "Fumiko Hayashi', '- Birth Place: Tokyo, Japan', '- Occupation: Businesswoman and politician', '- Party: "
 "Democratic Party for the People') and the heading '==Private sector career==' cut; the single break after the "
 "heading made a paragraph break and the space before the opening 'is' dropped (whitespace only). Doubtful, kept "
 "as the rendering gives it: the opening sentence has no subject ('is a Japanese politician ...'): the rendering "
 "drops the name with the Japanese-name template, as batch 31h found for Yoshiko Shinohara's en.wikipedia.org "
 "rendering; no mirror of this article was found in the store (bornglorious.com repeats an older lead with a "
 "picture credit spliced in and '? ??' for the Japanese script), so the text was kept and the subject is named "
 "only 'Hayashi'; kept as written: 'Toyo Rayon (now Toray Industries) a Japanese textile company' (no comma), "
 "'Although initially turned down by the company she persisted', 'awarded as Honorary Member'; cut after 'the "
 "company hired her.', before 'Within a month o', where the excerpt breaks off (`truncated`). Recorded 4.0 (2022 "
 "content or later; no revision id). Hayashi, Daiei, BMW Tokyo, Tokyo Nissan, Nakada, Toyo Rayon, Toray, Aoyama: 0 "
 "in train/dev/test and in every gather script; Yokohama, Honda and BMW in a few corpus files (other events).",
 "non-US"))

# ---- Europe --------------------------------------------------------------------------------------------------------
R.append(wp("wp-belen-garijo", "Bel\u00e9n Garijo", "https://en.wikipedia.org/wiki/Bel\u00e9n_Garijo",
 "Bel\u00e9n Garijo (born 31 July 1960) is a Spanish business executive. Since May 2021, she has been the CEO and "
 "chair of the executive board of Merck Group.\n\n"
 "Garijo was born on 31 July 1960 in Almansa, Spain. She graduated from the University of Alcal\u00e1 in 1983 with "
 "a degree in medicine.\n\n"
 "Garijo was a physician at Hospital Universitario La Paz.\n\n"
 "In 2003, Garijo became managing director of Aventis Spain, leading the merger with Sanofi. Over the course of 15 "
 "years at Sanofi, she was vice president of pharmaceutical operations for Europe and Canada and a member of the "
 "executive committee.\n\n"
 "In 2011, Garijo became chief operating officer of Merck Group, until being promoted to president in 2013 and "
 "elected a board member in 2015. In May 2021, she was named chief executive officer of Merck, following Stefan "
 "Oschmann. At the time, she was the first woman to head a company listed in Germany's stock market index DAX; she "
 "also became one of the top earners among the executives of DAX companies.\n\n"
 "As Merck CEO, Garijo oversaw strategic acquisitions such as biopharmaceutical company SpringWorks Therapeutics and "
 "portfolio divestitures. Also in her capacity as CEO, she accompanied Chancellor Olaf Scholz on state visits to "
 "China in 2022 and 2024.\n\n"
 "On February 11, 2026, it was announced Garijo will become CEO of Sanofi in late April 2026.\n\n"
 "- BBVA, Member of the Board of Directors (since 2012)\n"
 "- L'Or\u00e9al, Member of the Board of Directors (2014\u20132024)\n\n"
 "Garijo has been included in the list of \"World's 100 most powerful women\" by Forbes in 2023 (68th rank in 2023). "
 "She was ranked 30th on Fortune list of Most Powerful Women in 2023.\n\n"
 "Garijo is married to a urology specialist, with whom she has two daughters.",
 "pharmaceuticals (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store in the recent '= Title =' form (her Sanofi "
 "appointment announced 'On February 11, 2026', so 2026 content), held at its percent-encoded address "
 "(https://en.wikipedia.org/wiki/Bel%C3%A9n_Garijo, the same page): the title line '= Bel\u00e9n Garijo =' and the "
 "headings '== Early life ==', '== Career ==', '===Early beginnings===', '===Merck, 2011\u20132026===', '=== Sanofi "
 "2026\u2013 ===', '== Other activities ==', '== Recognition==' and '== Personal life ==' cut; the single breaks "
 "after the headings made paragraph breaks (whitespace only); the two list lines of 'Other activities' kept as "
 "lines ('- BBVA, Member of the Board of Directors (since 2012)', '- L'Or\u00e9al, ...'), the text's only statement "
 "of those board seats; kept as written: 'the CEO and chair of the executive board', 'until being promoted', "
 "'following Stefan Oschmann', 'On February 11, 2026, it was announced Garijo will become CEO of Sanofi in late "
 "April 2026' (the heading 'Sanofi 2026\u2013' cut above it), 'on Fortune list', the en dash in '2014\u20132024'; "
 "the excerpt ends after 'two daughters.' and holds the whole rendered body as far as the page store gives it "
 "(`truncated` false; doubtful whether a references section followed, as batch 31a's Hayek). Recorded 4.0 (2026 "
 "content; no revision id). Garijo, Almansa, Alcal\u00e1, La Paz, Oschmann, SpringWorks: 0 in train/dev/test and in "
 "every gather script; Merck, Sanofi, Aventis, BBVA and L'Or\u00e9al in 1-2 corpus files each (other events: drug "
 "and bank news, batch 31h's Emma Walmsley at L'Or\u00e9al).", "non-US"))
R[-1]["truncated"] = False   # the excerpt ends where the rendered body ends (doubtful, see notes)

R.append(wp("wp-joe-kaeser", "Joe Kaeser", "https://en.wikipedia.org/wiki/Joe_Kaeser",
 "Joe Kaeser (born Josef K\u00e4ser on June 23, 1957) is the current CEO of Siemens AG, Munich, a role he has been "
 "in since August 1, 2013.\n\n"
 "Joe Kaeser was born in Arnbruck, in the Bavarian Forest in Germany, on June 23, 1957. He spent his early life in "
 "education throughout Germany. Following his studies in business administration at the Regensburg University of "
 "Applied Sciences, he joined the Components Group of Siemens in 1980.\n\n"
 "Kaeser subsequently held various business administration management positions, including a term at the Siemens "
 "Components Operations in Malacca, Malaysia (1987\u20131988). In 1990 he was appointed Vice President of business "
 "administration of the Opto Semiconductors Division. In 1994 Kaeser served first as Executive Vice President and "
 "Chief Financial Officer, and later as CEO of the Group\u2019s American subsidiary Siemens Components, located in "
 "Cupertino, California, as well as at Siemens Microelectronics, in neighboring San Jose.\n\n"
 "In 1999 Kaeser joined Corporate Finance where he was responsible for developing a Company-wide performance "
 "controlling system. During this time he also shared oversight for preparing the company\u2019s stock market "
 "listing in New York and the worldwide conversion of its accounting system to US GAAP.\n\n"
 "From April 2001 to September 2004 Kaeser was a member of the Group Executive Committee of IC Mobile and served as "
 "its Chief Financial Officer, where he was especially active in managing and restructuring its finance exposure "
 "from customer loans and working Capital management.\n\n"
 "In his former function as Chief Strategy Officer, Kaeser supported CEO Dr. Klaus Kleinfeld in the design and "
 "execution of the Fit4More transformation program, as well as the long-term orientation of the company\u2019s "
 "strategies on global megatrends.\n\n"
 "In July 2013 it was announced that Kaeser will replace Peter L\u00f6scher as the CEO of the Siemens AG.",
 "industrial conglomerates (leadership)", ["leadership"],
 "The article as en.wikipedia.org rendered it about 2013-2014 ('is the current CEO of Siemens AG ... since August 1, "
 "2013'; 'it was announced that Kaeser will replace Peter L\u00f6scher'; 'From Wikipedia, the free encyclopedia' "
 "with 'Jump to: navigation, search', the full-page form of those years), held at its own address in the page "
 "store: the title line, 'From Wikipedia, the free encyclopedia', 'Jump to: navigation, search', the heading 'Early "
 "life[edit]' and the citation markers ('[1]', four times) cut; the blank lines where the page's career heading "
 "stood made one paragraph break (whitespace only); kept as written: 'born Josef K\u00e4ser on June 23, 1957', "
 "'Siemens AG, Munich', 'the Group\u2019s' and 'the company\u2019s' (curly apostrophes), '(1987\u20131988)', "
 "'Company-wide', 'working Capital management', 'CEO Dr. Klaus Kleinfeld', 'will replace', 'the CEO of the "
 "Siemens AG'; cut after 'the CEO of the Siemens AG.', before 'Ru', where the excerpt breaks off (`truncated`; "
 "his 2006-2013 post as Siemens' chief financial officer is not in the excerpt). Recorded 3.0 (a rendering of "
 "2013-2014, before June 2023; no revision id). Kaeser, Arnbruck, Regensburg, Kleinfeld, L\u00f6scher, IC Mobile, "
 "Opto Semiconductors: 0 in train/dev/test and in every gather script ('IC Mobile' matched case-blind only inside "
 "'Public Mobile'); Siemens in 7 corpus files (other events), "
 "Cupertino in 2 (Apple news).", "non-US", v3=True))

R.append(wp("wp-paul-polman", "Paul Polman", "https://en.wikipedia.org/wiki/Paul_Polman",
 "Paulus Gerardus Josephus Maria Polman (born 11 July 1956) is a Dutch businessman. After a long-term tenure with "
 "Procter & Gamble, he joined the board of Nestl\u00e9 in 2006. Since 2009, he has been the chief executive officer "
 "(CEO) of the British-Dutch consumer goods company Unilever. Polman has received several awards for business "
 "leadership related to sustainable development.\n\n"
 "Polman was born and grew up in the Dutch city of Enschede, in a Catholic family with three brothers and two "
 "sisters, the son of a tyre company executive father and a former schoolteacher mother.\n\n"
 "Polman had hoped to become a doctor, but medical school places were allocated by lottery and he was not chosen. "
 "Instead, he studied at the University of Groningen, graduating with a BBA/BA in 1977. From the University of "
 "Cincinnati, he gained an MA in Economics and an MBA in Finance and International Marketing in 1979.\n\n"
 "Polman worked for Procter & Gamble for 27 years (from 1979), initially as a cost analyst, becoming managing "
 "director of P&G U.K. from 1995 to 1998, president of global fabric care from 1998 to 2001, and group president "
 "Europe in 2001.\n\n"
 "Polman then joined Nestl\u00e9 in 2006 as chief financial officer and head of the Americas.\n\n"
 "On 1 January 2009, Polman succeeded Patrick Cescau as chief executive officer of Unilever.",
 "consumer goods (leadership)", ["leadership"],
 "The article as en.wikipedia.org rendered it about 2017 (infobox 'age 61', 'Term 2009-present', 'Successor "
 "Incumbent'), held at its own address in the page store: the title line, 'From Wikipedia, the free encyclopedia', "
 "'Jump to: navigation, search', the infobox lines ('Paul Polman', 'Paul Polman 2014.jpg', the caption, 'Born "
 "Paulus Gerardus Josephus Maria Polman (1956-07-11) 11 July 1956 (age 61) Enschede, Netherlands', 'Nationality', "
 "'Alma mater', 'Occupation', 'Years active', 'Salary', 'Title CEO of Unilever', 'Term', 'Predecessor Patrick "
 "Cescau', 'Successor Incumbent', 'Spouse(s)', 'Children'), the headings 'Early life and education[edit]' and "
 "'Procter & Gamble[edit]' and the citation markers ('[1]' to '[3]') cut; the blank lines where the page's Nestl\u00e9 "
 "and Unilever headings stood made paragraph breaks (whitespace only); kept as written: the full name (the text "
 "never says 'Paul'), 'BBA/BA', 'tyre', 'P&G U.K.', 'head of the Americas'; cut after 'chief executive officer of "
 "Unilever.', before 'Under Polman's leadership, Unilever has set a target to do', where the excerpt breaks off "
 "(`truncated`). Recorded 3.0 (a rendering of about 2017, before June 2023; no revision id). The store also holds "
 "the newer '= Title =' rendering and wikimili.com copies of 2023-2025 (his Unilever years told as ended, his later "
 "funds and boards; the P&G and Nestl\u00e9 posts fall beyond their excerpts): not used. Polman, Enschede, "
 "Groningen, Cescau: 0 in train/dev/test and in every gather script; Unilever in 2 corpus files, Nestl\u00e9 in 6, "
 "Procter & Gamble in 1, Cincinnati in 2 (other events).", "non-US", v3=True))

# ---- North America -------------------------------------------------------------------------------------------------
R.append(wp("wp-stephen-elop", "Stephen Elop", "https://en.wikipedia.org/wiki/Stephen_Elop",
 "Stephen Elop (born 31 December 1963) is a Canadian businessman who most recently worked at Australian telecom "
 "company Telstra from April 2016. In the past he had worked for Nokia as its first non-Finnish CEO and later as "
 "Executive Vice President, Devices & Services, as well as the head of the Microsoft Business Division, as the COO "
 "of Juniper Networks, as the president of worldwide field operations at Adobe Systems, in several senior positions "
 "in Macromedia and as the CIO at Boston Chicken.\n\n"
 "He is best known for his ill-fated tenure as Nokia CEO from 2010 to 2014, which included controversies such as "
 "the \"burning platform\" memo and the company's partnership with Microsoft, resulting in the move to Windows Phone "
 "software exclusivity. He was criticised for some of his decisions, which resulted in the company suffering "
 "massive losses both financially and in market share. As then head of the Microsoft Devices Group, Elop was in "
 "charge of Microsoft's varied product offerings including Lumia phones, Surface Pro 3, and Xbox One. Since January "
 "2016 he has had a role as Distinguished Engineering Executive in Residence within McMaster University's Faculty "
 "of Engineering, where he originally studied in the 1980s.\n\n"
 "Elop was born in Ancaster, Ontario, Canada, as the second of three children. His mother was a chemist and his "
 "father was an engineer at Westinghouse Electric Corporation. Both of them still live in Ancaster. His grandfather "
 "was a wireless operator who used morse code from ships in both the First World War and Second World War. Elop "
 "was influenced by and learned much about technology from his grandfather.\n\n"
 "From 1981, Elop studied computer engineering and management at McMaster University, Hamilton, Ontario. After his "
 "first year at the University, Elop wrote the user operating manual, called the Orange Book, for the campus's new "
 "computer system, VAX-11/780.",
 "telecommunications equipment and software (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store in the recent '= Title =' form ('most recently "
 "worked at ... Telstra from April 2016'; no date after 2016 in the excerpt): the title line '= Stephen Elop =', "
 "the infobox lines ('Stephen Elop', '- Birthplace: Ancaster, Ontario, Canada') and the heading '== Early life and "
 "education==' cut; the single break after the heading made a paragraph break (whitespace only)"
 "; kept as written: 'Executive Vice President, Devices & Services', 'the CIO at Boston "
 "Chicken', 'As then head of the Microsoft Devices Group', 'morse code', 'the University'; cut after "
 "'VAX-11/780.', before 'During that', where the excerpt breaks off (`truncated`). Recorded 4.0 (the recent "
 "rendering form; no revision id). Not used: piglix.com's copy of about 2016 (the same lead with 'has worked at "
 "... Telstra since April 2016'), the-uncensored-wiki.com's Kiwix copy of January 2012 (CEO of Nokia then; "
 "shorter), wikisum.wiki (sentences picked out). Juniper Networks, Boston Chicken: 0 in train/dev/test and in every "
 "gather script; Elop himself named in 1 train file (the Wikinews report of Adobe's 2005 purchase of Macromedia, "
 "as Macromedia's chief executive: another event); Nokia in 10 corpus files and Microsoft in "
 "many (other events; batch 31h's Sari Baldauf names Nokia's chair, not him); Macromedia in 2 corpus files (Adobe's "
 "2005 purchase of it, a Wikinews train file, and a software history): this text names his 'several senior "
 "positions in Macromedia' only, not the purchase; Telstra, McMaster and Ancaster in a few corpus files (other "
 "events).", "non-US"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
