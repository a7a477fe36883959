#!/usr/bin/env python3
"""Batch 35h (session 36; helper gather36h): English Wikipedia texts (CC BY-SA) on company executives told as news,
part 14 of the executive-biography lane after batches 32a, 32h, 32k, 33e, 34e and 34n. This round took the brief's
airline, media, banking, telecoms, retail and energy chiefs in Latin America, South Asia and Eastern Europe: a
Bolivian-born owner of an oil-services group and of Colombia's national airline; an Indian television owner who held
a low-cost airline for five years; a Russian co-founder of a bank and an investment group with seats on a telecoms
group's, a grocery retailer's and an oil producer's boards; a Ukrainian co-founder and board chairman of a bank who
chaired a football club and governed a region; a Russian former chairman of a gold producer and president of an
investment group who ran a nickel miner; and a Ukrainian-born Russian owner and president of a conglomerate he
co-founded. No woman executive searched had an English Wikipedia text in the page store (GATHERING.md, batch 35h).
Texts are the search tool's page-store excerpts (`search`, corpus `pages`; never a whole page): three
en.wikipedia.org renderings of older revisions and three copies (owiki.org, chaos.owiki.org and World Library's
self.gutenberg.org), each cut at the last full sentence before the excerpt breaks off (`truncated`). Edits per item
in `notes`; no word added or changed. newskg (or any extractor) was not run on any text.
usage: batch35h.py [POOL_DIR] [--dry]   (default /tmp/gather36h/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather36h/pool"

# checks common to every item (GATHERING.md, batch 35h): the subject's name and the companies, bodies and places of
# each text were grepped in train/dev/test (file names and counts only; no test file opened), in every gather script,
# in GATHERING.md and in this session's other pools (/tmp/gather36[a-g]/pool as they stood at about 01:18 and 01:26 UTC)
R = []
# ---- Bolivia / Brazil / Colombia -------------------------------------------------------------------------------------
R.append(wp("wp-german-efromovich", "Germán Efromovich", "https://en.wikipedia.org/wiki/Germán_Efromovich",
 "Germán Efromovich (born 1948 in La Paz) is a Bolivian-born entrepreneur with multiple citizenship: Brazilian, "
 "Colombian, and Polish. He was born into a family of Polish Jews.\n\n"
 "His family is originally from Poland. Looking for a new home after World War II, his parents left Poland for South "
 "America, first to Bolivia, where he was born, and later to Chile, where Germán Efromovich was raised from 1955 in "
 "Arica and then from 1964 in São Paulo, Brazil. After schooling he earned a degree in mechanical engineering from "
 "FEI University in Brazil. His career includes selling encyclopedias, dubbing Mexican movies into Portuguese and the "
 "ownership of a school in São Bernardo do Campo, where in the 1980s he taught a union leader named Luiz Inácio Lula "
 "da Silva, who later became President of Brazil.\n\n"
 "However, the oil sector laid the foundation for what evolved into the Synergy Group. To build his oil and aviation "
 "empire Efromovich bought Avianca, Colombia's national airline, in 2004, for US$ 2 billion, plus the assumption of "
 "US$ 220 million in debt and leasing liabilities. Initially performing only nondestructive testing for the "
 "Brazilian-government-run oil company, Petrobras, Efromovich developed more business to the point of building and "
 "leasing oil rigs. His other businesses include power plants, shipyards and products for the medical industry.\n\n"
 "After the sinking of one of these oil rigs in the South Atlantic, off the Brazilian coast, legal disputes with "
 "insurance companies and with Petrobras, Germán Efromovich began investing in aviation. This was by pure chance, "
 "because a customer, who could not pay cash in a business deal, gave him two of his aircraft. This was the "
 "beginning of an air taxi company.",
 "airlines, oil services (leadership)", ["leadership"],
 "The article as the page store holds it at en.wikipedia.org (a desktop rendering with the page's own lines 'From "
 "Wikipedia, the free encyclopedia', '(Redirected from German Efromovich)', 'Jump to navigation Jump to search', held "
 "at the redirect's address https://en.wikipedia.org/wiki/German_Efromovich and recorded under the article's own "
 "title; the skin of about 2018-2021, and 'born 1948', an older wording than the Italian article's 28 March 1950; so content of "
 "before June 2023): the title line, those three lines, the image caption 'Efromovich in 2012' and the citation "
 "markers ('[1]' after '(born 1948 in La Paz)', '[2]', '[3]' after 'Lula da Silva,', '[4]') cut; kept as written: "
 "'US$ 2 billion' (the article's figure; other sources give US$64 million), 'multiple citizenship', 'encyclopedias', "
 "'nondestructive', 'Brazilian-government-run'; cut after 'This was the beginning of an air taxi company.', before "
 "'The Efromovich brothers called it OceanAir and started to transport staff between the oil exploration site in', "
 "where the excerpt breaks off (`truncated`). Recorded 3.0 (a revision of before June 2023; no revision id). The "
 "store also holds the Italian Wikipedia article and a German abcdef.wiki copy, a Spanish tierraendisputa.com note, "
 "Flightglobal, Forbes Colombia, Business Journals, eTurboNews and O Globo reports: not used. Efromovich, Synergy "
 "Group, OceanAir, FEI University, São Bernardo do Campo, Arica: 0 in train/dev/test, in every gather script, in "
 "GATHERING.md and in every pool of this session; 'Avianca' in 1 dev file by count (a Wikinews brewery-sale story, "
 "another subject) and batch 9's annotate script; Petrobras in 9 lines of GATHERING.md and several files (other "
 "subjects); 'Lula' in several files (other events).",
 "non-US", v3=True))

# ---- India -----------------------------------------------------------------------------------------------------------
R.append(wp("wp-kalanithi-maran", "Kalanithi Maran", "https://en.wikipedia.org/wiki/Kalanithi_Maran",
 "Kalanithi Maran (born 1964) is an Indian media baron who is the chairman and managing director of Sun Group, which "
 "was the most profitable television network in Asia.\n\n"
 "In June 2010, he acquired Spice Jet which was the most profitable airlines in India. Later on 15th January 2015, he "
 "exited from Spicejet and trasferred the ownership to the original owner Ajay Singh. While his television channels "
 "and newspapers are primarily concentrated in South India, his FM radio stations and DTH service are spread across "
 "the country.\n\n"
 "In 1990, Maran started a monthly video (VHS) news magazine in Tamil called Poomaalai which was stopped in 1992 due "
 "to piracy. On 14 April 1993, he founded Sun TV with an investment of US$86,000 from a bank loan. Sun TV was listed "
 "on the Bombay Stock Exchange on 24 April 2006 upon raising $133 million for 10% of the share capital and "
 "catapulting him into the billionaire charts. He was among the few representatives at a roundtable with the "
 "visiting then US President Bill Clinton.\n\n"
 "By 2010, he was the 17th richest Indian with net worth of US$4 Billion, and he is the highest paid business man in "
 "India. During his visit to Mumbai in 2010, US President Barack Obama praised Kalanithi Maran's spicejet as one of "
 "the job creators in USA Maran and his wife, Kavery Maran were second in the list of Indian executive pay charts "
 "with a package of 62 crore (US$9.4 million) each for the fiscal 2011\u20132012, behind Congress MP Naveen Jindal.",
 "media, airlines (leadership)", ["leadership"],
 "The article as the page store holds it at en.wikipedia.org (a desktop rendering of an older revision: 'Jump to: "
 "navigation, search', the skin of about 2015-2017, and the January 2015 exit from SpiceJet told, so content of 2015 "
 "to 2017 or so): the title line, 'From Wikipedia, the free encyclopedia', the navigation line, the infobox lines "
 "('Native name', 'Born 1964', 'Tamil Nadu, India', 'Alma mater University of Scranton (MBA)', 'Occupation Chairman & "
 "MD, Sun Group', 'Known for Founder of [Sun Group]', 'Net worth', 'Spouse(s)', 'Children'), the heading 'Business "
 "expansion[edit]', the citation markers ('[3][4]', '[5]' inside 'most profitable[5] airlines', '[6][7]' with the "
 "space before it, '[8][9]', '[10]', '[11]', '[12]', '[13]', '[14]', '[15]', '[16]') and the maintenance tag "
 "'[citation needed]' after 'due to piracy.' cut; kept as written: 'the most profitable airlines', 'Later on 15th "
 "January 2015', 'Spice Jet', 'Spicejet' and 'spicejet' (three spellings), 'trasferred', 'business man', 'the job "
 "creators in USA Maran and his wife' (no full stop in the article), 'Kavery Maran were', the en dash in "
 "'2011\u20132012'; cut after 'behind Congress MP Naveen Jindal.', before 'He has won Young Businessman awards from "
 "CNBC and', where the excerpt breaks off (`truncated`). Recorded 3.0 (a revision of before June 2023; no revision "
 "id). The store also holds a Hindi Wikipedia mobile page, Business Today, Hindustan Times, DNA India, vtvindia.com, "
 "aajtak.in and a blog post: not used. Kalanithi Maran, Sun TV, SpiceJet, Spice Jet, Poomaalai, Naveen Jindal, Kavery: "
 "0 in train/dev/test, in every gather script, in GATHERING.md and in every pool of this session; 'Sun Group' in 3 "
 "files by count (another company of that name; checked by the surrounding words only); Bombay Stock Exchange, "
 "Mumbai, Bill Clinton and Barack Obama in many files (other events).",
 "non-US", v3=True))

# ---- Russia ----------------------------------------------------------------------------------------------------------
R.append(wp("wp-mikhail-fridman", "Mikhail Fridman", "https://owiki.org/wiki/Mikhail_Fridman",
 "Mikhail Maratovich Fridman is a Ukrainian-born, Russian\u2013Israeli tycoon and oligarch. He is one of the "
 "co-founders of Alfa-Group, a multinational Russian conglomerate. According to Forbes, he was the second-richest "
 "Russian as of 2013, moving down to ninth-richest Russian in 2023. In May 2017, he was also ranked as Russia's most "
 "important businessman by bne IntelliNews.\n\n"
 "In February 2024, Fridman had a net worth of $13.1 billion, according to the Bloomberg Billionaires Index.\n\n"
 "As per Forbes list of The Richest People In The World, dated 6 February 2025 Mikhail Fridman ranked #150 with a net "
 "worth of $13.3 Billion.\n\n"
 "In 1991, he co-founded Alfa-Bank, one of the largest private banks in Russia. After being CEO of TNK-BP, the 50/50 "
 "TNK-BP joint venture, for nine years, in 2013 he sold his stake in the company and co-founded the international "
 "investment company LetterOne. Until 2022 Fridman was chairman of the supervisory board of Alfa Group Consortium, and "
 "was on the boards of Alfa-Bank and ABH Holdings.\n\n"
 "Prior to 2022, he was on the supervisory board of directors for VEON and X5 Retail Group. He is a member of the "
 "supervisory board of DEA Deutsche Erdoel AG, which is owned by LetterOne. Fridman has been a member of numerous "
 "public-facing bodies, including the Russian Union of Industrialists and Entrepreneurs, the Public Chamber of "
 "Russia, and the Council on Foreign Relations.\n\n"
 "In 2022, the EU imposed sanctions on Fridman in response to the 2022 Russian invasion of Ukraine. Fridman claimed "
 "the EU's allegations were false and defamatory. He subsequently decided to step down from the boards of LetterOne "
 "and Alfa Group, so that they could avoid sanctions. As reported by several media, Fridman has already filed "
 "lawsuits challenging sanctions on at least two occasions, like in July 2022 and in December 2022.",
 "banking, investment, telecoms, retail, oil (leadership)", ["leadership"],
 "The article as owiki.org holds it (a copy of the English Wikipedia article with the markup, infobox, citation "
 "markers and the bracketed birth date and transliterations already dropped by the copy; 'dated 6 February 2025' "
 "dates the content to 2025 or after): the title line 'Mikhail Fridman' cut; the copy's single line breaks between "
 "paragraphs made blank lines; kept as written: 'Mikhail Maratovich Fridman is a' (the copy drops the article's "
 "'(... born 21 April 1964)'), 'As per Forbes list of The Richest People In The World, dated 6 February 2025 Mikhail "
 "Fridman ranked #150' (no comma), '$13.3 Billion', 'Alfa-Group' beside 'Alfa Group Consortium' and 'Alfa Group', "
 "'the 50/50 TNK-BP joint venture', 'like in July 2022'; cut after 'in December 2022.', before 'In December 2022, a "
 "man reported by Russian state media to be Fridman was arrested', whose sentence the excerpt breaks off "
 "(`truncated`). Recorded 4.0 (content of 2025; no revision id; owiki.org's own terms were not looked for, doubtful). "
 "The store also holds a bdmobi.com copy with citation markers and an infobox, a geni.com profile quoting an older "
 "lead, a refract mirror of the Alfa Group article, bne IntelliNews, Die Welt and Munzinger profiles and a Spanish "
 "blog: not used. Fridman, Alfa-Bank, Alfa Group, LetterOne, X5 Retail, ABH Holdings, Deutsche Erdoel, bne "
 "IntelliNews, Public Chamber of Russia: 0 in train/dev/test, in every gather script, in GATHERING.md and in every pool "
 "of this session; TNK-BP in 2 lines of GATHERING.md (other subjects' notes) and 0 files; VEON in 6 files and 9 lines "
 "of GATHERING.md (its Kyivstar and Jazz units, Ursula Burns's board seat; other subjects); Russia, Ukraine, Forbes "
 "and the EU in many files (other events).",
 "non-US"))

# ---- Russia: Onexim Group, Renova Group ----------------------------------------------------------------------------
R.append(wp("wp-mikhail-prokhorov", "Mikhail Prokhorov", "http://chaos.owiki.org/wiki/Mikhail_Prokhorov",
 "Mikhail Dmitrievitch Prokhorov is a Russian billionaire, political activist, and former owner of the Brooklyn Nets. "
 "After graduating from the Moscow Finance Institute, he worked in the financial sector and subsequently went on to "
 "become one of Russia's leading industrialists, owning major stakes in multinational corporations in the precious "
 "metals sector. While he was running Norilsk Nickel, the company became the world's largest producer of nickel and "
 "palladium. He is the former chairman of Polyus Gold, Russia's largest gold producer, and the former President of "
 "Onexim Group. He resigned both positions to enter politics in June 2011.\n\n"
 "In December 2011, Prokhorov capped a year of higher-profile political activity in Russia with the December "
 "declaration that he would run as an independent candidate in the 2012 Russian presidential election. He was third "
 "in the voting, amassing 7.94% of the total vote. In June 2012 he declared the establishment of the new Russian "
 "political party called Civic Platform. As of May 2020 Forbes estimates his wealth at US $11.4 billion as of June "
 "2020.\n\n"
 "Prokhorov was born in Moscow to Tamara and Dmitri Prokhorov. He has one sibling, an elder sister, Irina. His "
 "maternal grandmother, Anna Belkina, was a Jewish microbiologist who remained in Moscow during World War II to make "
 "vaccines while her daughter Tamara was moved east to safety. His paternal grandparents were relatively wealthy "
 "peasant farmers who were persecuted as class enemies under the Bolsheviks and again under Stalin. His father, one "
 "of eight children, grew up poor, after his family \"lost everything and was forced to flee from one part of "
 "Siberia and restart life in another\".Dmitri Prokhorov was trained as a lawyer and handled international "
 "relations for the Soviet Committee of Physical Culture and Sport. Tamara Prokhorova was a materials engineer at "
 "the Institute for Chemical Machine-Building.",
 "mining, finance (leadership)", ["leadership"],
 "The article as chaos.owiki.org holds it (a copy of the English Wikipedia article with the markup, infobox, "
 "citation markers, transliteration and bracketed birth date already dropped by the copy; 'As of May 2020 ... as of "
 "June 2020' dates the content to mid-2020, before June 2023): the title line 'Mikhail Prokhorov' and the heading "
 "'Early life' cut; the copy's single line breaks between paragraphs made blank lines; kept as written: 'Mikhail "
 "Dmitrievitch Prokhorov is a' (the copy drops the article's bracketed forms), 'the former President of Onexim "
 "Group', 'with the December declaration', 'As of May 2020 Forbes estimates his wealth at US $11.4 billion as of June "
 "2020', 'restart life in another\".Dmitri Prokhorov' (no space, where the copy dropped a citation marker); cut "
 "after 'the Institute for Chemical Machine-Building.', before 'As part of his job, Dmitri Prokhorov had the "
 "opportunity to', where the excerpt breaks off (`truncated`). Recorded 3.0 (content of 2020; no revision id; the "
 "copy site's own terms were not looked for, doubtful). The store also holds a piglix.com copy of a 2017 revision "
 "(an infobox table), a stayingterbi456.cfd copy of a 2024 revision under another page's address, a 2010 blog "
 "repost, Forbes-list, Luxatic, Bleacher Report and Bloomberg Markets pages: not used. Prokhorov, Norilsk, Polyus, "
 "Onexim, Brooklyn Nets, Civic Platform, Moscow Finance Institute: 0 in train/dev/test, in every gather script, in "
 "GATHERING.md and in every pool of this session; Russia, Moscow, Forbes, Stalin in many files (other events).",
 "non-US", v3=True))

R.append(wp("wp-viktor-vekselberg", "Viktor Vekselberg", "http://self.gutenberg.org/articles/eng/Viktor_Vekselberg",
 "Viktor Felixovich Vekselberg (Russian: \u0412\u0438\u043a\u0442\u043e\u0440 \u0424\u0435\u043b\u0438\u043a\u0441\u043e\u0432\u0438\u0447 "
 "\u0412\u0435\u043a\u0441\u0435\u043b\u044c\u0431\u0435\u0440\u0433, Ukrainian: \u0412\u0456\u043a\u0442\u043e\u0440 "
 "\u0424\u0435\u043b\u0456\u043a\u0441\u043e\u0432\u0438\u0447 \u0412\u0435\u043a\u0441\u0435\u043b\u044c\u0431\u0435\u0440\u0433; "
 "born 14 April 1957) is a Ukrainian-born Russian businessman. He is the owner and president of Renova Group, a "
 "large Russian conglomerate. According to Forbes, his fortune is estimated at $13.6 billion, making him the fourth "
 "richest person in Russia, as of August 4, 2015.\n\n"
 "Vekselberg is close to the Moscow Kremlin, overseeing projects to modernize the Russian economy.\n\n"
 "Victor Vekselberg was born in 1957 to a Ukrainian Jewish father and a Russian mother in Drohobych, Ukrainian Soviet "
 "Socialist Republic (although some reports state that he was born in Lviv). In 1979, he graduated from the Moscow "
 "Transportation Engineering Institute. Thereafter, he worked as an engineer and research manager at a state-owned "
 "pump manufacturer.\n\n"
 "In 1988, after the Gorbachev administration relaxed restrictions on private business as part of his new policy "
 "Perestroika and Glasnost, he founded NPO Komvek which did work for the Irkuksk Aluminum Plant and in 1990, he "
 "co-founded Renova Group with college classmate, Leonard Blavatnik.",
 "metals, investment (leadership)", ["leadership"],
 "The article as self.gutenberg.org holds it (World Library's copy of the English Wikipedia article; 'as of August 4, "
 "2015' and 'Net worth US$13.6 billion (Aug 2015)' in the infobox, so content of August 2015 or soon after): the "
 "site's lines ('World Library', 'Flag as Inappropriate', 'Email this Article'), the title line, the infobox lines "
 "('Viktor Vekselberg', 'Born (1957-04-14) 14 April 1957', 'Drohobych, Ukrainian SSR', 'Ethnicity', 'Citizenship', "
 "'Alma mater', 'Occupation Owner of Renova Group', 'Net worth', 'Spouse(s)', 'Children', 'Website'), the contents "
 "list ('Early life and education 1' to 'External links 7'), the headings 'Early life and education' and the image "
 "caption 'Giving a presentation at the Skolkovo Institute of Science and Technology' and the citation markers "
 "('[1]', '[2][3]', '[4]', '[5][6]', '[7]', '[8]', '[7][8]', '[9]') cut; kept as written: the Russian and "
 "Ukrainian forms of the name, 'Victor Vekselberg' beside 'Viktor', 'the Moscow Kremlin', 'his new policy "
 "Perestroika and Glasnost', 'Irkuksk Aluminum Plant' (so spelt), 'with college classmate, Leonard Blavatnik'; cut "
 "after 'Leonard Blavatnik.', before 'KomVek owned 67% of Renova and Blavatnik's company Access Industries owned the "
 "remainder', the sentence the excerpt breaks off (`truncated`; its end could not be seen, so the ownership it tells "
 "is not in the text). Recorded 3.0 (content of 2015; no revision id; World Library's own terms were not looked for, "
 "doubtful). The store also holds an Italian abcdef.wiki copy, a French perceptiofr.com copy, a billionairenetworth.com "
 "profile and Russian, French and English news: not used. Vekselberg, Komvek, Skolkovo, Drohobych: 0 in "
 "train/dev/test, in every gather script, in GATHERING.md and in every pool of this session; 'Renova' in 3 files by "
 "count and 'Blavatnik' in 5 files and 1 line of GATHERING.md (Access Industries' deals; other subjects); Russia, "
 "Lviv, Forbes, Gorbachev in many files (other events).",
 "non-US", v3=True))

# ---- Ukraine ---------------------------------------------------------------------------------------------------------
R.append(wp("wp-ihor-kolomoyskyi", "Ihor Kolomoyskyi", "https://en.wikipedia.org/wiki/Ihor_Kolomoyskyi",
 "Ihor Valeriyovych Kolomoyskyi (Ukrainian: \u0406\u0433\u043e\u0440 \u0412\u0430\u043b\u0435\u0440\u0456\u0439\u043e\u0432\u0438\u0447 "
 "\u041a\u043e\u043b\u043e\u043c\u043e\u0439\u0441\u044c\u043a\u0438\u0439; Russian: \u0418\u0433\u043e\u0440\u044c "
 "\u0412\u0430\u043b\u0435\u0440\u044c\u0435\u0432\u0438\u0447 \u041a\u043e\u043b\u043e\u043c\u043e\u0439\u0441\u043a\u0438\u0439, "
 "Igor Kolomoisky; Hebrew: \u05d0\u05d9\u05d2\u05d5\u05e8 \u05e7\u05d5\u05dc\u05d5\u05de\u05d5\u05d9\u05e1\u05e7\u05d9; born 13 "
 "February 1963) is a Cypriot-Ukrainian billionaire business oligarch and the former Governor of Dnipropetrovsk "
 "Oblast.\n\n"
 "Kolomoyskyi is rated as the second or third richest person in Ukraine (after Rinat Akhmetov and/or Viktor Pinchuk) "
 "since 2006. and 1941st richest person in the world according to the Forbes magazine list of billionaires (as of "
 "2019). In March 2015 The Economist listed his net worth as $1.36 billion. Kolomoyskyi is the leading partner of "
 "the Privat Group and a de facto chairman of the FC Dnipro Dnipropetrovsk.\n\n"
 "In 2019, Ihor Kolomoyskyi was included in the list of the 100 most influential Ukrainians by Focus magazine, taking "
 "the 3rd place.\n\n"
 "Kolomoyskyi was born in Dnipropetrovsk, Ukrainian SSR, USSR, to a Jewish family of engineers. He graduated from the "
 "Dnipropetrovsk Metallurgical Institute in 1985. He is married with two children.\n\n"
 "Kolomoyskyi is the co-founder of the PrivatBank (and its informal Privat Group, respectively) and was appointed "
 "chairman of its board of directors in 1997.",
 "banking, media, football (leadership)", ["leadership"],
 "The article as the page store holds it at en.wikipedia.org (a desktop rendering of a 2019 revision: 'Jump to "
 "navigation Jump to search', '(age 56)' in the infobox and 'as of 2019', 'Net worth US$1.1 billion (May 2019)', so "
 "content of May 2019 to February 2020): the title line, 'From Wikipedia, the free encyclopedia', the navigation "
 "line, the infobox lines ('Ihor Kolomoyskyi', the Ukrainian name, the image file name, 'Born', 'Other names', 'Alma "
 "mater', 'Occupation', 'Known for', 'Net worth', the governorship with its dates, predecessor and successor), the "
 "heading 'Early life[edit]' and the citation markers ('[9]', '[10][11]', '[5]', '[12]', '[13]', '[14]', '[1]', "
 "'[4][15]', '[1][13]') cut; kept as written: the Ukrainian, Russian and Hebrew forms of the name, 'since 2006. and "
 "1941st richest person' (a full stop inside the sentence, left by the article), 'the Forbes magazine list', 'a de "
 "facto chairman of the FC Dnipro Dnipropetrovsk', 'the co-founder of the PrivatBank (and its informal Privat Group, "
 "respectively)'; cut after 'in 1997.', before 'Other fields of activity include:', whose list the excerpt breaks off "
 "(`truncated`). 177 words. Recorded 3.0 (a 2019 revision; no revision id). The store also holds a talk.dob.jp copy "
 "of a November 2023 revision (with 'Template:Lang-uk' left in the text), a wikisum.wiki summary, an Italian "
 "cultureoeuvre.com page, openDemocracy and LittleSis profiles and a blog: not used. Kolomoyskyi, Kolomoisky, "
 "PrivatBank, Privat Group, FC Dnipro, Dnipropetrovsk, Pinchuk, Focus magazine: 0 in train/dev/test, in every gather "
 "script, in GATHERING.md and in every pool of this session (36d's pool holds Rinat Akhmetov's own biography, named "
 "here only in passing); The Economist in 6 files and 2 lines of GATHERING.md (other events); Ukraine, Forbes, USSR "
 "in many files (other events).",
 "non-US", v3=True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
