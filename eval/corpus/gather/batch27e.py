#!/usr/bin/env python3
"""Batch 27e (session 28, this session's out-of-sample check; helper gather28e): English Wikipedia biographies (CC
BY-SA) of business executives outside the US, part 2 (after batch 27a), told as news — roles, the weak kind on new
text: posts at several companies with their dates, current and former posts, founders, chairs, chief executives,
board posts and company relations where the text gives them. Part 1, three women and three men from Spain, the
UK, Finland, China, Singapore and Nigeria: Pablo Isla (Inditex, Altadis, Banco Popular Español), Emma Walmsley (GSK,
L'Oréal, Diageo, Microsoft), Jorma Ollila (Nokia, Royal Dutch Shell, UPM-Kymmene, Otava), Lei Jun (Xiaomi, Kingsoft,
UCWeb, joyo.com), Ho Ching (Temasek Holdings), Aliko Dangote (Dangote Group, Dangote Cement); part 2, added
after part 1's first look and before newskg ran on its texts: Chey Tae-won (SK Group, the Korea Chamber of Commerce
and Industry, SK Corp.), Dong Mingzhu (Gree Electric, Yinlong).
Texts are the search tool's page-store excerpts (`search`, corpus `pages`; never a whole page), cut at the last full
sentence before an excerpt breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch27e.py [POOL_DIR] [--dry]   (default /tmp/gather28e/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather28e/pool"

R = []
# ---- Europe --------------------------------------------------------------------------------------------------------
isla = wp("wp-pablo-isla", "Pablo Isla", "https://en.wikipedia.org/wiki/Pablo_Isla",
 "Pablo Isla Álvarez de Tejera (born 22 January 1964) is a Spanish businessman and a State lawyer. He is the current "
 "chairman and CEO of Inditex, a large Spanish corporation and the world's largest fashion group.\n\n"
 "He graduated with a Law degree from the Complutense University of Madrid in 1987 being the first in his year and "
 "the best grade of the squade until the date.\n\n"
 "From 1992 to 1996 he was Director of Legal Services for Banco Popular Español. In 1996, he left that position and "
 "became the General Manager of the National heritage department of the Treasury. In 1998, he rejoined Banco Popular "
 "Español as General Secretary. From 2000 to 2005, he was chairman of Altadis group. Isla was named CEO and deputy "
 "chairman of Inditex in 2005 and was named chairman of the company in 2011.\n\n"
 "Under Isla, Inditex committed to eliminate the release of all hazardous chemicals from production and products by "
 "2020. Isla has also committed the company to adopt an eco-efficient store model that can reduce emissions by 30 "
 "percent and water consumption by 50% by 2020.\n\n"
 "Inditex has expanded from 2,692 stores in 2005, to 7,013 stores at the end of 2015 under Isla's leadership. During "
 "the same period, he is also credited with leading the company's online expansion.\n\n"
 "In 2017 Pablo Isla was recognized as the Best-Performing CEOs in the World's list by Harvard Business Review (up "
 "from 3rd position in 2015 and 14th in 2014). Likewise, from 2012-2013, Isla was listed on Barron's list of World's "
 "Best CEOs.",
 "fashion retail (leadership)", ["leadership"],
 "An older en.wikipedia.org rendering in the page store ('From Wikipedia, the free encyclopedia', 'Jump to: "
 "navigation, search', infobox 'age 54', so about 2018): the title line, those lines, the infobox lines (born, "
 "nationality, alma mater, occupation 'Chairman and CEO of Inditex', years active), citation markers ('[1]'-'[16]', "
 "with the space before three of them: 'Harvard Business Review[12] (up', '2015 [13] and 14th in 2014 [14])', "
 "whitespace only) cut; the body runs complete: cut before 'See also[edit]' and the reference list (the record keeps "
 "`truncated` false). Kept as written: 'a State lawyer', 'the best grade of the squade until the date', 'the Best-"
 "Performing CEOs in the World's list', 'from 2012-2013'. A newer copy in the store (at a bare IP address, "
 "70.231.62.181, 'age 62') tells his 2022 departure and successor but breaks off at 'Oscar Garcia as CEO and Mart' "
 "and its host is of unknown standing; not used. Content to 2018: recorded 3.0. Pablo Isla, Inditex, Altadis, "
 "Complutense: 0 in train/dev/test; Banco Popular Español is the subject of batch 27d's "
 "Banco Popular Español text (another event, its 2017 rescue sale; a test file, counted by script, not opened).", "non-US", v3=True, copy_of="the Wikipedia article, an older revision")
isla["truncated"] = False
R.append(isla)

R.append(wp("wp-emma-walmsley", "Emma Walmsley", "https://en.wikipedia.org/wiki/Emma_Walmsley",
 "Dame Emma Natasha Walmsley (born June 1969) is a British business executive, who was the chief executive of GSK "
 "from April 2017 until 31 December 2025. Before GSK, she worked for L'Oréal for 17 years, and was a non-executive "
 "director of Diageo until September 2016. Walmsley is also a non-executive director of Microsoft.\n\n"
 "Walmsley was born in June 1969 in Barrow-in-Furness in Lancashire (now Cumbria), the daughter of Vice-Admiral Sir "
 "Robert Walmsley and Lady (Christina V.) Walmsley ( Melvill). She boarded at St Swithun's School, Winchester, and has "
 "an MA in Classics and Modern Languages from Oxford University, where she was at Christ Church.\n\n"
 "Walmsley worked at L'Oréal for 17 years where she held a variety of general management and marketing roles in "
 "Paris, London and New York, including General Manager of Garnier-Maybelline. In 2007 she moved to Shanghai as "
 "General Manager, Consumer Products for L'Oreal China, where she ran the company's Chinese consumer products "
 "business, overseeing global brands including L'Oréal Paris, Maybelline and Garnier, as well as Mininurse, a Chinese "
 "skincare brand. At the time of her move to GSK in 2010, Advertising Age quoted company insiders surprised at her "
 "departure from L'Oreal, where she had been tipped for one of the most senior global management roles.\n\n"
 "She joined GlaxoSmithKline in May 2010 as President of Consumer Healthcare Europe, rising in October 2011 to head "
 "its global consumer healthcare division as President of Consumer Healthcare Worldwide and a member of the executive "
 "team. In March 2015 she became the chief executive officer of Consumer Healthcare. Walmsley was particularly "
 "involved in leading the company's sales drive in emerging markets.",
 "pharmaceuticals (leadership)", ["leadership", "deal"],
 "The article as en.wikipedia.org renders it in the page store ('= Emma Walmsley =' title line): that line, the "
 "infobox line ('Birthplace: ...') and the headings ('==Early life==', '==Career==') cut; kept as written: '( "
 "Melvill)' (the rendering lost the 'née' before it), 'L'Oréal' and 'L'Oreal' both, 'at Christ Church'; cut after "
 "'in emerging markets.', before 'Under her leadership the consumer products division, one of the world's largest "
 "consumer health groups with brands including Panadol, Voltaren and Horlick', where the excerpt breaks off "
 "(`truncated`). An older copy in the store (db0nus869y26v.cloudfront.net, 2024: she 'is the chief executive officer "
 "... She succeeded Sir Andrew Witty') was not used: its host is an unlabelled CDN address. Content to 2025: "
 "recorded 4.0. Walmsley, L'Oréal/L'Oreal, Diageo, Garnier, Maybelline, Mininurse, GlaxoSmithKline, GSK, Advertising "
 "Age: 0 in train/dev/test; Microsoft is named in many files (other events).", "non-US"))

R.append(wp("wp-jorma-ollila", "Jorma Ollila", "https://en-wikipedia--on--ipfs-org.ipns.dweb.link/wiki/Jorma_Ollila",
 "Jorma Jaakko Ollila (born 15 August 1950) is a Finnish businessman who was chairman of Royal Dutch Shell from 1 June "
 "2006 to May 2015, and at Nokia Corporation chairman from 1999 to 2012 and CEO from 1992 to 2006. He has been a "
 "director of Otava Books and Magazines Group Ltd. since 1996 and UPM-Kymmene since 1997, and an advisory partner at "
 "Perella Weinberg Partners, a New York-based boutique investment bank founded by Joseph R. Perella and Peter "
 "Weinberg in 2006.\n\n"
 "For Nokia, he was credited with turning the company into the then world's largest mobile phone maker.\n\n"
 "After elementary school in Kirkon koulu, Kurikka, Finland, Ollila went to high school in Vaasan Lyseon Lukio, "
 "Vaasa, with the help of a scholarship at the United World College of the Atlantic, where he earned his "
 "International Baccalaureate.\n\n"
 "Thereafter, he obtained a Master of Political Science from University of Helsinki, a Master of Science (Economics) "
 "from London School of Economics and a Master of Science (Technology) in Engineering Physics from Helsinki "
 "University of Technology.\n\n"
 "In 2003, he was elected an honorary fellow of the London School of Economics, and was awarded honorary membership "
 "of the Institute of Electrical and Electronics Engineers (IEEE). Ollila has also received honorary doctorates from "
 "the University of Helsinki, Helsinki University of Technology and the University of Vaasa.",
 "telecoms and oil (leadership)", ["leadership"],
 "The article as the Wikipedia-on-IPFS snapshot renders it (a copy of English Wikipedia): the title line, the "
 "citation marker '[1]', the infobox lines set between the first two paragraphs (image caption, born, nationality, "
 "alma mater, occupation, years active, title, term 2006-2015, predecessor Aad Jacobs, successor Charles O. Holliday, "
 "board memberships; lost with them) and the heading 'Education' cut; kept as written: 'at Nokia Corporation "
 "chairman', 'the then world's largest mobile phone maker', 'went to high school in Vaasan Lyseon Lukio, Vaasa, with "
 "the help of a scholarship at the United World College of the Atlantic'; cut after 'the University of Vaasa.', "
 "before 'Ollila was active in student polit', where the excerpt breaks off (`truncated`). Content to about 2017 "
 "(the IPFS snapshot of 2017): recorded 3.0. Doubtful: the snapshot's own terms page was not found in the page store. "
 "Ollila, Otava, UPM-Kymmene, Perella Weinberg: 0 in train/dev/test; Nokia (thirteen train/dev files, two test "
 "files by count) and Royal Dutch Shell (batch 27d's BG Group text) are named on other events.", "non-US", v3=True,
 copy_of="the Wikipedia article, via the Wikipedia-on-IPFS snapshot"))

# ---- Asia ----------------------------------------------------------------------------------------------------------
R.append(wp("wp-lei-jun", "Lei Jun", "https://en.wikipedia.org/wiki/Lei_Jun",
 "Lei Jun (born 16 December 1969) is a Chinese billionaire entrepreneur and computer engineer. He is known for being "
 "the founder, chairman, and CEO of the consumer electronics company Xiaomi. He also is the chairman of Kingsoft and "
 "Shunwei Capital. Lei has been a deputy to the National People's Congress of the People's Republic of China since "
 "2013.\n\n"
 "As of May 2025, Lei's net worth was estimated at US$42.6 billion by Forbes, ranking him 33rd worldwide.\n\n"
 "Lei was born on 16 December 1969 in the city of Xiantao, Hubei, China. Both of his parents were teachers; his "
 "father made $7 a month. As a child, he was interested in electronics and liked disassembling and re-assembling "
 "radios, which was encouraged by his father. He made the first electric lamp in his village using two batteries, a "
 "bulb, a self-made wooden box, and some wires.\n\n"
 "In 1987, he graduated from Hubei Provincial Mianyang High School and started to attend Wuhan University. He "
 "graduated from Wuhan University and received a Bachelor of Science degree with a major in Computer Science in "
 "1991.\n\n"
 "In 1992, Lei joined Kingsoft as an engineer. He became the CEO of the company in 1998 and led it towards an initial "
 "public offering on the Hong Kong Stock Exchange in 2007. On 20 December 2007, he resigned as president and CEO of "
 "Kingsoft for \"health reasons\".\n\n"
 "In 2000, Lei founded joyo.com, an online retailing platform, which he sold for US$75 million to Amazon.com in 2004. "
 "In 2005, he made a $1 million investment in YY; those shares were worth $129 million when the company became a "
 "public company via an initial public offering in 2012. In 2008, he became a chairman of UCWeb.",
 "consumer electronics and software (leadership)", ["leadership", "deal"],
 "The article as en.wikipedia.org renders it in the page store ('= Lei Jun =' title line): that line, the infobox "
 "lines ('Birthplace', 'Occupation: Founder, Chairman & CEO of Xiaomi, Chairman of Kingsoft, ...') and the headings "
 "('==Early life and education ==', '==Career==') cut; the school's Chinese name in brackets after 'Hubei Provincial "
 "Mianyang High School' cut (foreign script, as batch 27a's opening brackets); kept as written: 'He also is the "
 "chairman', 'he became a chairman of UCWeb', '\"health reasons\"'; cut after 'a chairman of UCWeb.', before 'In "
 "2010, Lei founded Xiaomi with multiple partners, including former Google executive L', where the excerpt breaks off "
 "(`truncated`). Content to 2025: recorded 4.0. Lei Jun, Xiaomi, Kingsoft, Shunwei, UCWeb, joyo.com, Xiantao, Wuhan "
 "University: 0 in train/dev/test; Amazon.com and the Hong Kong Stock Exchange are named on other events.", "non-US"))

R.append(wp("wp-ho-ching", "Ho Ching", "https://en.wikipedia.org/wiki/?oldid=999228200&title=Ho_Ching",
 "Ho Ching (born 27 March 1953) is a Singaporean business executive—the chief executive officer of Temasek Holdings "
 "(since 2004).\n\n"
 "She is married to the current prime minister of Singapore, Lee Hsien Loong. Ho first joined Temasek Holdings as a "
 "director in January 2002, then became its executive director in May 2002, and was appointed chief executive "
 "officer on 1 January 2004 by then Prime Minister and Emeritus Senior Minister Goh Chok Tong. As of 2020, she is "
 "listed as the 30th most powerful woman in the world by Forbes.\n\n"
 "She was born 27 March 1953 in Singapore. Ho completed her secondary education at Crescent Girls' School. She "
 "proceeded to become one of the top students for the 'A' level examinations in her cohort at National Junior "
 "College, where she was named Student of the Year.",
 "investment (leadership)", ["leadership"],
 "Revision 999228200 of the article (9 January 2021) as en.wikipedia.org renders it by its permanent link: 'Jump to "
 "content', the title line, 'From Wikipedia, the free encyclopedia', the old-revision notice, the infobox lines "
 "(image, spouse of the prime minister, CEO and executive director of Temasek Holdings with board chairmen, personal "
 "details), citation markers ('[1]'-'[3]') and the heading 'Early life' cut; the opening bracket's Chinese-script "
 "and romanised names ('Chinese: ; pinyin: Hé Jīng; Wade–Giles: Ho2 Ching1; Cantonese Yale: Hòh Jīng; ') cut to "
 "'(born 27 March 1953)' (as batch 27a's opening brackets); kept as written: 'business executive—the chief "
 "executive officer', 'then Prime Minister and Emeritus Senior Minister Goh Chok Tong'; cut after 'Student of the "
 "Year.', before '[', where the excerpt breaks off (`truncated`; her Ministry of Defence and Singapore Technologies "
 "posts are lost with it). Recorded 3.0 (a 2021 revision). Ho Ching, Temasek, Lee Hsien Loong, Goh Chok Tong, "
 "Crescent Girls', National Junior College: 0 in train/dev/test.", "non-US",
 v3=True, copy_of="the Wikipedia article, revision 999228200, by its permanent link"))

# ---- Africa --------------------------------------------------------------------------------------------------------
R.append(wp("wp-aliko-dangote", "Aliko Dangote", "https://en.wikipedia.org/wiki/Aliko_Dangote",
 "Aliko Mohammad Dangote (born 10 April 1957) is a Nigerian businessman known for his key roles in Dangote Group and "
 "Dangote Refinery. In 2011, he was appointed as member of the economic management team by President Goodluck "
 "Jonathan. Globally, according to Bloomberg Billionaires Index and Forbes, he is the 91st richest person and the "
 "wealthiest Black individual, with a net worth of nearly $30 billion as of January 2026.\n\n"
 "In 1977, Dangote founded the Dangote Group, a small company that traded commodities; importing sugar, salt, and "
 "food products. In 1981, he founded Dangote Nigeria Limited and Blue Star Services; both imports rice, and bulk "
 "materials like steel and aluminum products. Following the large sales by the company, and high demand for cement, "
 "Dangote founded Dangote Cement, which faced competition from Lafarge, a French cement manufacturing company known "
 "for importing cement to African countries during that period. As of 2023, Dangote Cement has generated about $3.7 "
 "billion in revenue, and Dangote Sugar Refinery has been ranked as one of the largest sugar producers in Nigeria and "
 "Africa.\n\n"
 "Dangote's political activities and views have made him a public figure in Africa. He is also known for his "
 "influence on the Economy of Nigeria, hence, he was awarded the Grand Commander of the Order of the Niger in 2011 by "
 "Goodluck Jonathan and listed in Time magazine's 100 most influential people in the world in 2014.\n\n"
 "Aliko Mohammad Dangote was born on 10 April 1957, in Kano, Kano State, British Nigeria. His name \"Aliko\" was "
 "given to him by his maternal grandfather, Sanusi Dantata; it means \"the victorious one who defends humanity\".\n\n"
 "Born to a prominent Nigerian family, Dangote is of Hausa descent. Raised a Muslim, he was educated in a Madrasa and "
 "completed his primary education in a public school.",
 "cement and commodities (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store ('= Aliko Dangote =' title line): that line, the "
 "infobox lines ('Birthplace', 'Occupation') and the headings ('==Early life==', '===Family===') cut; the opening "
 "bracket's lost pronunciation '(; born' cut to '(born' (the '; ' only, as batch 27a's Cher Wang); kept as written: "
 "'known for his key roles in Dangote Group' (no title told), 'both imports rice', 'the Economy of Nigeria', "
 "'British Nigeria'; cut after 'in a public school.', before 'His mother, Mariya (née Dantata), from a wealthy "
 "family', where the excerpt breaks off (`truncated`). Content to 2026: recorded 4.0. Dangote, Blue Star Services, "
 "Goodluck Jonathan, Sanusi Dantata, Lafarge: 0 in train/dev/test.", "non-US"))

# ---- part 2 (added after part 1's first look, before newskg ran on these texts; its own split cycle) ---------------
R.append(wp("wp-chey-tae-won", "Chey Tae-won", "https://en.wikipedia.org/wiki/?oldid=1181183687&title=Chey_Tae-won",
 "Chey Tae-won (born December 3, 1960), also known by his English name Anthony Chey, is a South Korean business "
 "magnate. He is the chairman of SK Group, Korea's second largest conglomerate that mainly engages in energy, "
 "chemicals, telecommunications, semiconductor, and biopharmaceutical businesses. SK Group has 186 subsidiaries "
 "including SK Telecom, SK Hynix, and SK Innovation through SK Inc.(holding company). Chey is well known for the "
 "group's SK Hynix merger deal, which eventually becomes the world fourth largest chipmaker behind Samsung "
 "Electronics, Intel, and TSMC. As of June 2021, he is the 14th richest person in South Korea with an estimated net "
 "worth of US$3.6 billion. The bulk of his fortune comes from SK Inc., holding company of SK Group.\n\n"
 "Chey has served as Chairman of the Korea Chamber of Commerce and Industry(KCCI) since March 2021 and has been "
 "representing the Korean business community.\n\n"
 "Chey was born on December 3, 1960, in Suwon, Gyeonggi Province, as the eldest son of Chey Jong-hyun, chairman of "
 "Sunkyung Group (now SK Group). Chey attended Korea University where he received a bachelor's degree in physics, "
 "and later he studied for his Ph.D. in economics at University of Chicago, USA, but did not finish. He joined SK "
 "Corp. as a manager, served as executive director of SK America, executive director of SK Corp. and vice president "
 "of SK Corp.",
 "conglomerates (leadership)", ["leadership", "deal"],
 "Revision 1181183687 of the article (October 2023) as en.wikipedia.org renders it by its permanent link: the title "
 "line, the infobox table (name in Hangul, born, education, occupations 'Chairman (SK Group), Chairman (Korea "
 "Chamber of Commerce and Industry)', spouse, children, romanisations), citation markers ('[1]'-'[6]') and the "
 "heading 'Early life and education' cut; kept as written: 'SK Inc.(holding company)', 'Industry(KCCI)' (no space "
 "before either bracket), 'which eventually becomes the world fourth largest chipmaker', 'USA'; cut after 'vice "
 "president of SK Corp.', before 'After the death of Chey Jong-hyun, the former chairman, he took the post of SK "
 "chairman at the early age of 38 with', where the excerpt breaks off (`truncated`). A copy of a later revision in "
 "the store (served through a review site's address) was not used. Recorded 4.0 (a revision after June 2023). "
 "Chey, SK Telecom, SK Hynix, SK Innovation, Sunkyung, Korea Chamber of Commerce: 0 in train/dev/test; Samsung "
 "Electronics, Intel and TSMC are named on other events.", "non-US",
 copy_of="the Wikipedia article, revision 1181183687, by its permanent link"))

R.append(wp("wp-dong-mingzhu", "Dong Mingzhu", "https://en.wikipedia.org/wiki/Dong_Mingzhu",
 "Dong Mingzhu (born August 1954) is a Chinese businesswoman who serves as Chairwoman and President of Gree "
 "Electric.\n\n"
 "Dong Mingzhu was born the youngest of seven children in a working-class family in Nanjing, capital of east China's "
 "Jiangsu province, in August 1954. When she was a child, she wanted to be a soldier. Dong graduated from a "
 "specialized institute in Wuhu, Anhui in 1975, with a degree in Statistics. After graduation, Dong got an "
 "administrative job at local government chemistry laboratory in Nanjing for 15 years.\n\n"
 "In 1990, at age 36, recently widowed Dong left her three-year-old son to his grandmother and quit her job at the "
 "government research facility in order to move to the more economically developed Shenzhen in Guangdong province "
 "and to find a new job, but moved to Zhuhai soon.\n\n"
 "Joining Haley (Gree Electric's predecessor) as a salesperson, she worked for four years as an air-conditioner "
 "saleswoman. \"Sent to a poor province, Anhui, she produced one-eighth of Gree's annual sales, catching the "
 "attention of Zhu Jianghong, Gree's first general manager, now chairman of the board.\" By 1994, she was become the "
 "company's head of sales; by 1996, its deputy president; by 2001, its president; and by 2012, it's chairwoman.\n\n"
 "According to the New York Times, \"Gree had income in the first three quarters of 2010 of 44.3 billion renminbi, or "
 "$6.7 billion, and net profit of 2.9 billion renminbi.\" According to Fortune, \"Gree Electric's company stock has "
 "risen 2300% during her stay and Dong has become a legend in China.\" Under her leadership, Gree Electric developed "
 "solar energy, China's smartphone market, robotic technology, recycled treatment centers nationwide, and acquired "
 "electric car maker Yinlong in March 2016.",
 "household appliances (leadership)", ["leadership", "deal"],
 "The article as en.wikipedia.org renders it in the page store ('= Dong Mingzhu =' title line): that line, the "
 "infobox lines ('Birthplace', 'Occupation', 'Nationality') and the headings ('==Early life==', '==Career==') cut; "
 "the opening bracket's lost pronunciation '(; born' cut to '(born' (the '; ' only, as batch 27a's Cher Wang); kept "
 "as written: 'she was become the company's head of sales', 'it's chairwoman', 'developed solar energy, China's "
 "smartphone market, ...', the quotations; cut after 'Yinlong in March 2016.', before 'In March 2019, she applied a "
 "cut on value-added taxes to reach more competitive prices and aim', where the excerpt breaks off (`truncated`). "
 "Content to 2019 or later, a '= Title =' rendering: recorded 4.0. Dong Mingzhu, Gree Electric, Haley, Zhu "
 "Jianghong, Yinlong: 0 in train/dev/test.", "non-US"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
