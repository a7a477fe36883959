#!/usr/bin/env python3
"""Batch 30a (session 31, this session's out-of-sample check; helper gather31a): English Wikipedia texts (CC BY-SA)
on business executives, part 5 (after batches 27a, 27e, 28a and 29a), told as news — roles, the weak kind on new
text: founders and co-founders, chief executives, chairs, managing directors, vice-presidents, posts at several
companies, current against former posts, with company relations where the text gives them. Five biographies and one
company article led by its founders and chief executive, from countries earlier batches did not take: Nigeria
(Folorunso Alakija), Canada (Heather Reisman), Sweden (Jacob Wallenberg, 1892-1980), Malaysia (Tony Fernandes),
Argentina (Amalia Lacroze de Fortabat) and Indonesia (the Salim Group); three women, no US executive. Part 1: all
six texts were gathered before any was annotated and committed before newskg ran on them; part 2 (Galen Weston Jr.
of Canada and Koo Bon-moo of South Korea, two men: eight texts in all, three women) was gathered after that commit and
annotated before newskg ran on it. Texts are the search tool's page-store excerpts (`search`, corpus
`pages`; never a whole page), cut at the last full sentence before an excerpt breaks off (`truncated`). Edits per
item in `notes`; no word added or changed.
usage: batch30a.py [POOL_DIR] [--dry]   (default /tmp/gather31a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather31a/pool"

R = []
# ---- Africa --------------------------------------------------------------------------------------------------------
R.append(wp("wp-folorunso-alakija", "Folorunsho Alakija", "https://en.m.wikipedia.org/wiki/Folorunsho_Alakija",
 "Chief Folorunso Alakija (born 15 July 1951) is a Nigerian businesswoman and philanthropist. She is currently the "
 "group managing director of The Rose of Sharon Group and also serves as executive vice chairman of Famfa Oil "
 "Limited.\n\n"
 "Alakija was born into a middle class home on 15 July 1951. Her father, Chief L.A. Ogbara, had 8 wives and 52 "
 "children, and Folorunso's mother was his first. She is from the Yoruba ethnicity of south-western Nigeria. At the "
 "age of ten, Alakija traveled to the United Kingdom for her education. Alakija attended Muslim High School in "
 "Shagamu, Nigeria. She then returned to England for her secretarial studies at Pitman's Central College, London.\n\n"
 "Alakija started her 12-year banking career in 1974 as an executive secretary at Sijuade Enterprises in Lagos, "
 "Nigeria. She moved to the former First National Bank of Chicago as the Executive Secretary to the Managing "
 "Director. She became the Head of the Corporate Affairs Department of the International Merchant Bank of Nigeria, "
 "and later became the Office Assistant to the Treasury Department.\n\n"
 "Alakija then studied fashion design at the American College in London and the Central School of Fashion. She "
 "started a fashion label called Supreme Stitches, renamed in 1996 as The Rose of Sharon House of Fashion. She was "
 "the president and lifelong trustee of the Fashion Designers Association of Nigeria (FADAN).\n\n"
 "In May 1993, Alakija applied for the allocation of an oil prospecting license (OPL). The license to explore for "
 "oil on a 617,000-acre block, about 100 km offshore of Nigeria, in the Agbami Field, was granted to Alakija's "
 "company, Famfa Limited.",
 "oil, fashion and printing (leadership)", ["leadership"],
 "The article as the mobile en.m.wikipedia.org rendering holds it in the page store (maintenance tag 'This article "
 "contains promotional content. (November 2022)', so content from late 2022 on): that tag line, the infobox lines "
 "('Born', 'Occupation | Businesswoman', 'Spouse', 'Modupe Alakija (m. 1976)', 'Children | 4', 'Website'), the "
 "headings with their 'edit' links ('Early life', 'Career'; the word 'edit' was glued to the next paragraph's first "
 "word, 'editAlakija') and the citation markers ('[1]'-'[16]') cut; kept as written: 'Chief Folorunso' (the page "
 "title spells 'Folorunsho'), 'traveled', 'license'; cut after 'Famfa Limited.', before 'In September 1996, Alakija "
 "entered into a joint venture agreement wit', where the excerpt breaks off (`truncated`). Recorded 4.0 (doubtful: "
 "content from November 2022 on; 3.0 if the rendering was held before June 2023; no revision id). Alakija, Rose of "
 "Sharon, Famfa, Sijuade, First National Bank of Chicago, Merchant Bank of Nigeria, Pitman, FADAN: 0 in "
 "train/dev/test and in every gather script (incl. batch30b-e in the other gatherers' worktrees).", "non-US"))

# ---- Americas ------------------------------------------------------------------------------------------------------
R.append(wp("wp-heather-reisman", "Heather Reisman", "https://wikimili.com/en/Heather_Reisman",
 "Heather Maxine Reisman OC (born August 28, 1948) is a Canadian businesswoman and philanthropist. Reisman is the "
 "founder and chief executive of the Canadian retail chain Indigo Books and Music. She is the co-founder and past "
 "Chair of Kobo, and was appointed an Officer of the Order of Canada in 2019.\n\n"
 "Reisman was born in 1948 to a Jewish family in Montreal, Quebec and educated at McGill University.\n\n"
 "Reisman was first employed in social work as a caseworker. After her first marriage ended in divorce, she "
 "switched careers and joined her brother Howard\u2019s company. In 1979, she co-founded Paradigm Consulting and "
 "served as the managing director of this strategic change consultancy until 1995.\n\n"
 "In 1995, she was invited to become a \"front-line investor\" for Borders Group, which was planning to enter the "
 "Canadian market. When Borders was unable to obtain the necessary federal regulatory approval in Canada, Reisman "
 "founded a company called Indigo Books and Music. She raised $25m from a group of investors based on the original "
 "concept document for Indigo. In 2001, Indigo Books and Music acquired its main rival, Chapters, to form the "
 "largest book retailer in Canada, obtaining a clear leadership position in the book retailing industry. Reisman "
 "co-founded Kobo Inc. in 2009 and two years later, sold Indigo\u2019s majority stake in Kobo to the Japanese "
 "company Rakuten for $315 million.\n\n"
 "Since 1998, Reisman has also chosen more than 262 \"Heather's Picks\" for Indigo, which are books specifically "
 "recommended by her and come with a money-back guarantee.",
 "book retail (leadership)", ["leadership", "deal"],
 "The article as a copy site renders it in the page store (wikimili.com, 'Last updated', infobox 'age 76', so "
 "2024-2025): the title line, 'Last updated', the infobox lines ('Heather Reisman', 'OC', the image name and "
 "caption, 'Born', 'Montreal, Quebec, Canada', 'Alma mater', 'Occupation(s)CEO of Indigo Books and Music', "
 "'Co-founder and past Chair of Kobo', 'Spouse Gerald Schwartz', 'Children4'), 'Contents', the headings ('Early "
 "life and education', 'Career') and the citation markers (' [1]'-' [5]', each with the space before it) cut; kept "
 "as written: the curly apostrophes of 'Howard\u2019s' and 'Indigo\u2019s' beside the straight one of 'Heather's', "
 "'$25m'; cut after 'money-back guarantee.', before 'Although Indigo has increasingly stocked giftware in its "
 "stores,', where the excerpt breaks off (`truncated`). Recorded 4.0 (content of 2024-2025). Doubtful: the copy "
 "site's own terms page was not found in the page store; no revision id. Reisman, Paradigm Consulting, Chapters, "
 "Cott, Onex, Gerald Schwartz: 0 in train/dev/test and in every gather script; Kobo and Rakuten in 1 train/dev file "
 "(another event), 'Indigo' in 1 test file by count (not opened; the word), 'Borders' in 2 train/dev files (the "
 "word).", "non-US", copy_of="the Wikipedia article, via wikimili.com"))

R.append(wp("wp-amalia-lacroze-de-fortabat", "María Amalia Lacroze de Fortabat",
 "http://piglix.com/piglix/Mar%C3%ADa_Amalia_Lacroze_de_Fortabat",
 "María Amalia Lacroze de Fortabat (August 15, 1921 \u2013 February 18, 2012) was an Argentine executive and "
 "philanthropist.\n\n"
 "María Amalia Sara Lacroze Reyes Oribe de Fortabat Pourtale was born in 1921 to Amalia Reyes and Daniel Lacroze, "
 "members of prominent Argentine families; a grandfather, Federico Lacroze, developed Buenos Aires' first tramway "
 "line, in the 1880s. Her mother\u2019s family descended from Uruguay\u2019s second president, Manuel Oribe. She was "
 "raised in Paris and in 1942, having returned to Argentina, married Hernán de Lafuente, with whom she had a "
 "daughter, María Inés. The marriage, however, ended in separation in 1943.\n\n"
 "Amalia (as she was known) had met Alfredo Fortabat, a divorced industrialist, during a Teatro Colón function, and "
 "the two began a relationship. Planning to wed, they were impeded by Argentina's then-conservative nuptial laws, "
 "which precluded separated couples from remarrying. The marriage, which ultimately took place in neighboring "
 "Uruguay in 1947, became recognized in Argentina following a reform signed into law by President Juan Perón, in "
 "1951. The two enjoyed a close marriage, and Mrs. Fortabat's gregariousness and knowledge of four foreign "
 "languages made her a timely traveling companion in the industrialist's frequent business trips abroad; the "
 "marriage did suffer from a number of publicized infidelities, however.\n\n"
 "Founded by Alfredo Fortabat in 1926, Loma Negra became the leader in cement and concrete production in Argentina "
 "during the 1950s and '60s.",
 "cement (leadership)", ["leadership"],
 "The article as a copy site renders it in the page store (piglix.com, a copy of the English Wikipedia article; "
 "infobox 'Net worth | US$2.0 billion (2012)', so content to 2012): the infobox table lines ('Born', 'Died', "
 "'Residence', 'Occupation | Art collector and Businessperson', 'Net worth', 'Spouse(s)', 'Children') cut; single "
 "line breaks between paragraphs doubled (whitespace only); kept as written: the curly apostrophes of "
 "'mother\u2019s' and 'Uruguay\u2019s' beside straight ones ('Buenos Aires'', 'Argentina's', 'Fortabat's', "
 "''60s'), 'neighboring', 'traveling'; cut after 'and '60s.', before 'The death of her husband in 1976 left Mrs. "
 "Fortabat as the company's nearly sole owner, President and Chairperso', where the excerpt breaks off "
 "(`truncated`): her own posts at Loma Negra are in the part cut. Recorded 3.0 (content to 2012). Doubtful: the "
 "copy site's own terms page was not found in the page store; no revision id; the English Wikipedia article is now "
 "titled 'Amalia Lacroze de Fortabat' (the attribution names the title the copy gives). Fortabat, Lacroze, Loma "
 "Negra, Perón, Oribe, Teatro Colón: 0 in train/dev/test and in every gather script.", "non-US", v3=True,
 copy_of="the Wikipedia article, via piglix.com"))

# ---- Europe --------------------------------------------------------------------------------------------------------
R.append(wp("wp-jacob-wallenberg-1892", "Jacob Wallenberg (1892\u20131980)",
 "https://en.wikipedia.org/wiki/?oldid=971761271&title=Jacob_Wallenberg_%281892%E2%80%931980%29",
 "Jacob \"Juju\" Wallenberg (27 September 1892 \u2013 1 August 1980) was a Swedish banker and industrial leader. "
 "Wallenberg held various central positions in Stockholms Enskilda Bank. He was also chairman of the board of "
 "several companies, including Stora Kopparbergs Bergslag and Orkla Mining Company. From 1934 to 1944 he was a "
 "member of the Swedish governmental commission for trade with Germany.\n\n"
 "Wallenberg was born in Stockholm, Sweden, the son of Marcus Wallenberg Sr. and his wife Amalia (née Hagdahl) and "
 "brother of Marcus Wallenberg Jr. He grew up in Östermalm in Stockholm and spent many summers at Malmvik Estate in "
 "Lovön. The tradition in the family was patriarchal, but privately Jacob Wallenberg was subordinate to his mother, "
 "the matriarch Amalia, whose birthday the family still celebrates May 29 each year. He moved away from home only "
 "when he approached 30 year old, and then just upstairs in the house at Strandvägen 27. After six years of "
 "education at the Royal Swedish Naval Academy, Wallenberg became a naval officer in 1912 (later sub-lieutenant in "
 "the Swedish Navy reserve in 1920) and graduated from the Stockholm School of Economics in 1914.",
 "banking, mining and forestry (leadership)", ["leadership"],
 "An old revision of the article on en.wikipedia.org as the page store holds it (permanent link oldid=971761271, "
 "'as edited by Alistair1978 ... at 02:01, 8 August 2020'): 'Jump to content', the title line, 'From Wikipedia, "
 "the free encyclopedia', the old-revision notice, the infobox lines ('Jacob Wallenberg during the 1960s', 'Born', "
 "'Died', 'Nationality', 'Alma mater', 'Occupation Banker', 'Children', 'Parent(s)', 'Relatives'), the heading "
 "'Early life' and the citation markers ('[1]'-'[3]') cut; kept as written: 'when he approached 30 year old'; cut "
 "after 'in 1914.', before 'Wallenberg worked for various banks in Basel, London and New Yo', where the excerpt "
 "breaks off (`truncated`). Recorded 3.0 (the revision of 8 August 2020). Wallenberg, Stockholms Enskilda, Stora "
 "Kopparberg, Orkla, Malmvik, Stockholm School of Economics: 0 in train/dev/test and in every gather script; this "
 "Jacob Wallenberg (1892-1980) is not the present chairman of Investor AB (his grand-nephew).", "non-US", v3=True,
 copy_of="the Wikipedia article, revision 971761271 (8 August 2020)"))

# ---- Asia ----------------------------------------------------------------------------------------------------------
R.append(wp("wp-tony-fernandes", "Tony Fernandes",
 "http://graduates-entreprenaurs.blogspot.com/p/usahawan-tony-fernandes.html",
 "Anthony Francis Fernandes CBE (born 30 April 1964; also known as Tony Fernandes) is a Malaysian entrepreneur and "
 "the founder of Tune Air Sdn. Bhd., who introduced the first budget no-frills airline, AirAsia, to Malaysians with "
 "the tagline \"Now everyone can fly\". He has since founded the Tune Group of companies. He rose to prominence by "
 "turning AirAsia, a failing government-linked commercial airline, into a highly successful budget airline "
 "public-listed company. Fernandes was also instrumental in lobbying the then-Malaysian Prime Minister, Tun Dr. "
 "Mahathir Mohamad in mid-2003, to propose the idea of open skies agreements with neighbouring Thailand, Indonesia, "
 "and Singapore. As a result, these nations have granted landing rights to AirAsia and other discount carriers.\n\n"
 "Born in Kuala Lumpur to a Goan father, and Kristang mother, Ena Dorothy Fernandez. At a young age, Tony used to "
 "follow his mother, a businesswoman, to Tupperware dealer parties and conventions. He was educated at Epsom College "
 "1977-83 and then graduated from the London School of Economics in 1987. He worked very briefly with Virgin "
 "Atlantic as an auditor, subsequently becoming the financial controller for Richard Branson's Virgin Records in "
 "London from 1987 to 1989.Tony was admitted as Associate Member of the Association of Chartered Certified "
 "Accountants (ACCA) in 1991 and became Fellow Member in 1996.Upon his return to Malaysia, he became the youngest "
 "managing director of Warner Music (Malaysia) Sdn Bhd. Though an accountant, Fernandes is an amateur guitarist and "
 "also has achieved grade 8 piano which is where his musical inclination lies. He was responsible for "
 "revolutionising ethnic music, nasyid and dangdut, bringing them into the mainstream of contemporary Malaysian "
 "music.He subsequently became the South East Asian regional vice-president for Warner Music Group from 1992-2001.",
 "airlines and music (leadership)", ["leadership"],
 "The English Wikipedia article's text of about 2010 as a blog page repeats it in the page store "
 "(graduates-entreprenaurs.blogspot.com, page 'Usahawan Tony Fernandes'; the wording matches the article's lead, "
 "'Early years' and career sections of that time, as the copies on pages.rediff.com and other blogs in the store "
 "do): the single line break between the two paragraphs doubled (whitespace only); kept as written: 'Born in Kuala "
 "Lumpur to a Goan father, and Kristang mother, Ena Dorothy Fernandez.' (no verb), '1977-83', the three sentences "
 "run together without a space as the copy has them ('1989.Tony', '1996.Upon', 'music.He', where the article had "
 "paragraph breaks), 'from 1992-2001'; cut after 'from 1992-2001.', before 'When Time Warner Inc announced its "
 "merger with America Online Inc., Fernandes left to pursue his dream of starting a budget ', where the excerpt "
 "breaks off (`truncated`). Recorded 3.0 (content of about 2010). Doubtful: a blog copy; that it repeats Wikipedia "
 "is judged from the wording; no revision id. Fernandes, Tune Air, Tune Group, Mahathir, Virgin Records, Warner "
 "Music (Malaysia), Epsom College, Chartered Certified Accountants: 0 in train/dev/test and in every gather script; "
 "AirAsia in 1 test file by count (not opened), Virgin Atlantic in 2 train/dev files and 1 test file by count, "
 "Branson in 2 train/dev files, Warner Music in 2 train/dev files (other events).", "non-US", v3=True,
 copy_of="the Wikipedia article's text of about 2010, via a blog page"))

R.append(wp("wp-salim-group", "Salim Group", "https://en.wikipedia.org/wiki/Salim_Group",
 "The Salim Group is Indonesia's biggest conglomerate and refers to companies where the Salim family held majority "
 "ownership. Its assets include Indofood Sukses Makmur, the world's largest instant noodle producer; Indomobil "
 "Group, one of Indonesia's largest car manufacturers; Indomaret, Indonesia's largest convenience store chain; and "
 "Bogasari, a large flour-milling operation. The group was founded in October 1972 by Sudono Salim and his junior "
 "partner Sutanto Djuhar (Lin Wenjing). The current CEO is Anthoni Salim, a son of Sudono Salim.\n\n"
 "The Salim Group also owns major oil palm plantations (about 1,000 km2) and logging concessions. Salim Group has "
 "been involved in property development and the leisure industry for around 30 years. Its businesses include hotel "
 "and resort development, golf courses, and commercial real estate.\n\n"
 "The Salim Group was closely tied to Indonesian politician and dictator Suharto, who ruled Indonesia for 31 years "
 "and was Sudono Salim's \"friend and patron\". During the May 1998 riots that led to Suharto's downfall, Sudono "
 "Salim's house was burned down and he was forced to flee to Singapore.\n\n"
 "In 1999, the group called off talks to sell a stake in Indofood to San Miguel Corporation, the largest food and "
 "beverage conglomerate in the Philippines, because of control questions.\n\n"
 "The Salim Group is involved in a number of projects in West Bengal, an eastern state of India. It is involved in "
 "the construction of Kolkata West International City.",
 "conglomerates, food and retail (leadership)", ["leadership"],
 "The article as an older en.wikipedia.org rendering holds it in the page store ('From Wikipedia, the free "
 "encyclopedia', headings with '[edit]' links; infobox 'Founded 4 October 1972 Edit this on Wikidata', 'Key people "
 "Anthoni Salim (CEO)', 'Owner First Pacific'; about 2021-2023): the title line, 'From Wikipedia', the infobox "
 "lines, the footnote marker '[a]', the citation markers ('[1]'-'[5]'), the image caption between the third and "
 "fourth paragraphs ('A portrait of Salim Group founder Sudono Salim being burned by rioters when his Jakarta house "
 "was ransacked during the May 1998 riots') and the heading 'Projects in West Bengal[edit]' cut; blank lines where "
 "the caption and heading stood reduced to one paragraph break (whitespace only); kept as written: 'km2'; cut after "
 "'Kolkata West International City.', before 'Salim and Universal Success are investors in the project, Ciputra is "
 "the developer, and Singapore-based Surbana is the project m', where the excerpt breaks off (`truncated`). A "
 "company article, not a biography: its founders, co-founder and chief executive are the roles (the page store held "
 "no English biography of Anthoni Salim). Recorded 3.0 (before June 2023; no revision id). Salim, Indofood, "
 "Indomobil, Indomaret, Bogasari, Sutanto Djuhar, Suharto, San Miguel, Kolkata West: 0 in train/dev/test and in "
 "every gather script.", "non-US", v3=True, copy_of="the Wikipedia article, an older rendering"))


# ---- part 2 (gathered after part 1 was committed; annotated before newskg ran on it; its own split cycle) ---------
R.append(wp("wp-galen-weston-jr", "Galen Weston Jr.", "https://wikimili.com/en/Galen_Weston_Jr.",
 "Willard Galen Garfield Weston (born December 19, 1972), known as Galen Weston Jr. or Galen G. Weston, is an "
 "Irish-Canadian businessman and a member of the Weston family. He is chairman and chief executive officer (CEO) of "
 "George Weston Limited, and chairman and former president of Loblaw Companies Limited. He is the second child of "
 "Galen Weston and Hilary Weston.\n\n"
 "Weston was born on December 19, 1972, in Dublin, Ireland, where his father Galen Weston had relocated to in the "
 "1960s. Weston's father originally moved to Dublin to start up a supermarket chain. He married Hilary Frayne there "
 "in 1966 and had two children, Alannah and Galen. The Westons relocated to Canada in 1974.\n\n"
 "Weston grew up in Toronto, Ontario, where he attended Upper Canada College. He subsequently received his "
 "bachelor's from Harvard University and his Master of Business Administration degree from Columbia University.\n\n"
 "Weston succeeded his father to become the executive chairman of Loblaw Companies Limited in October 2006. "
 "Previously, he had held positions in the company for eight years and was a member of its board of directors. At "
 "that point, the company was worth around $9.5 billion. Since becoming chairman of Loblaw, Weston has featured in a "
 "number of television and radio commercials for Loblaw and its brands, similar to Dave Nichol who had been the "
 "spokesman for Loblaw in the 1980s.\n\n"
 "In September 2016, Weston took over from his father as CEO of George Weston Limited. In December 2020, Weston "
 "succeeded his father as the controlling shareholder of Wittington Investments, Limited, which controls George "
 "Weston Limited.",
 "food retail and processing (leadership)", ["leadership"],
 "The article as a copy site renders it in the page store (wikimili.com; maintenance tag of November 2024, so "
 "2024-2025): that tag line ('A major contributor to this article appears to have a close connection with its "
 "subject.(November 2024) |'), the infobox table lines ('Galen Weston Jr.', 'Born | Willard Galen Garfield Weston "
 "December 19, 1972', 'Nationality', 'Alma mater', 'Occupation | Businessman', 'Spouse | Alexandra Schmidt', "
 "'Parents', 'Relatives') and the citation markers (' [1]'-' [16]', each with the space before it) cut; single line "
 "breaks between paragraphs doubled (whitespace only); kept as written: 'had relocated to in the 1960s'; cut after "
 "'controls George Weston Limited.', before 'In ', where the excerpt breaks off (`truncated`). Older en.wikipedia.org "
 "renderings of 2010 and 2017 in the store (shorter, 'executive chairman and President', 'executive CEO') were not "
 "used. Recorded 4.0 (content of 2024-2025). Doubtful: the copy site's own terms page was not found in the page "
 "store; no revision id. Loblaw, Wittington, Dave Nichol, Upper Canada College, Hilary Weston: 0 in train/dev/test "
 "and in every gather script; George Weston (the company) in 1 dev file (batch wp-grupo-bimbo: Bimbo's purchase of "
 "Weston Foods, another event).", "non-US", copy_of="the Wikipedia article, via wikimili.com"))

R.append(wp("wp-koo-bon-moo", "Koo Bon-moo", "https://sagapedia.com/en/Koo_Bon-moo",
 "Koo Bon-moo (Korean: \uad6c\ubcf8\ubb34; 10 February 1945 \u2013 20 May 2018) was a South Korean business "
 "executive, who gained worldwide fame as the renamer and business executive of the LG Group.\n\n"
 "Born on 10 February 1945 in Jinju, Korea, Empire of Japan (now South Gyeongsang Province, South Korea), Koo "
 "enrolled at Yonsei University. He moved to Ohio and completed his bachelor's and master's degrees at Ashland "
 "University and Cleveland State University, respectively.\n\n"
 "Upon graduation from Cleveland State University, Koo returned to South Korea in 1975 and began working for Lucky "
 "Chemical, which later became LG Chem. He was transferred to GoldStar in 1980, and from 1983 to 1985, headed the "
 "company's Tokyo office. In 1995, Koo succeeded his father Koo Cha-kyung, the oldest son of LG's founder Koo "
 "In-hwoi as chairman of LG Group because of the Koo family's \u201cmale-only succession rule\".",
 "electronics and chemicals (leadership)", ["leadership"],
 "The article as a copy site renders it in the page store (sagapedia.com; infobox 'Predecessor | Koo Cha-kyung "
 "(father) (1925\u20132019)' and 'Jinju, Korea, Empire of Japan', the article's wording of 2024 on, as the "
 "friendlywiki.com copy of its source shows): the site's own opening paragraph before the article ('In today's "
 "world, Koo Bon-moo is a topic that has captured the attention ... In this article, we will explore ...', not "
 "Wikipedia's text), the infobox table lines ('Koo Bon-moo', the Korean name, the image line, 'Born', 'Died', "
 "'Nationality', 'Alma mater', 'Years active', 'Title | Chairman of LG Group (1995\u20132018)', 'Predecessor', "
 "'Successor') and the citation markers ('[1]'-'[5]') cut; single line breaks between paragraphs doubled "
 "(whitespace only); kept as written: the Korean name in the opening bracket (batch 29a cut Hirai's; kept here, no "
 "word removed), 'LG's founder Koo In-hwoi as chairman' (no comma), the curly opening and straight closing quotes "
 "of '\u201cmale-only succession rule\"'; cut after 'succession rule\".', before 'Koo Bon-moo adopted his nephew Koo "
 "Kwang-mo ', where the excerpt breaks off (`truncated`). A 2020 revision on a diff-page mirror (talk.dob.jp) was "
 "not used ('Template:Lang-ko' in its opening bracket). Recorded 4.0 (doubtful: the wording of 2024 on; no revision "
 "id; the copy site's own terms page was not found in the page store). Koo, LG Group, LG Chem, GoldStar, Lucky "
 "Chemical, Yonsei, Cleveland State, Jinju: 0 in train/dev/test and in every gather script; 'Ashland' in 1 test "
 "file by count (not opened; the name).", "non-US", copy_of="the Wikipedia article, via sagapedia.com"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
