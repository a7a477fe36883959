#!/usr/bin/env python3
"""Batch 34e (session 35; helper gather35e): English Wikipedia texts (CC BY-SA) on company executives told as news,
part 12 of the executive-biography lane after batches 32a, 32h, 32k and 33e. This round takes technology, internet,
carmaking and telecoms-investment chiefs from China and Russia, sectors and countries the lane had not reached: a
Russian security-software company's co-founder and chief executive, three Chinese founders who chair or ran the
companies they started (an electric-car and battery maker, a car group that bought a Swedish carmaker, an online
retailer) with the posts they held before, a Chinese ride-hailing company's founder with his former posts at an
e-commerce group and its payment arm, and a Russian investor in a mobile operator, an internet group and a metals
group who presided over a sports federation. Texts are the search tool's page-store excerpts (`search`, corpus
`pages`; never a whole page) from en.wikipedia.org renderings and copies; each is cut at the last full sentence
before the excerpt breaks off (`truncated`). Edits per item in `notes`; no word added or changed. newskg (or any
extractor) was not run on any text.
usage: batch34e.py [POOL_DIR] [--dry]   (default /tmp/gather35e/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather35e/pool"

# checks common to every item (GATHERING.md, batch 34e): the subject's name, the companies, schools and places of
# each text were grepped in train/dev/test (file names and counts only; no test file opened), in every gather script,
# in GATHERING.md and in this session's other pools (/tmp/gather35[a-g]/pool as they stood)
R = []
# ---- Russia ----------------------------------------------------------------------------------------------------------
R.append(wp("wp-eugene-kaspersky", "Eugene Kaspersky", "https://en.wikipedia.org/wiki/Eugene_Kaspersky",
 "Yevgeny Valentinovich Kaspersky (\u0415\u0432\u0433\u0435\u043d\u0438\u0439 \u0412\u0430\u043b\u0435\u043d\u0442"
 "\u0438\u043d\u043e\u0432\u0438\u0447 \u041a\u0430\u0441\u043f\u0435\u0440\u0441\u043a\u0438\u0439; born 4 October "
 "1965) is a Russian cybersecurity expert who is the co-founder and the CEO of Kaspersky Lab, an IT security company "
 "with 4,000 employees. He was a cryptologist and officer in the Soviet army until leaving the service in 1991. He "
 "co-founded Kaspersky Lab in 1997 and helped identify instances of government-sponsored cyberwarfare as the head of "
 "research. He has been an advocate for an international treaty prohibiting cyberwarfare.\n\n"
 "Kaspersky graduated from The Technical Faculty (cryptology) of the KGB Higher School in 1987 with a degree in "
 "mathematical engineering and computer technology. His interest in IT security began when his work computer was "
 "infected with the Cascade virus in 1989 and he developed a program to remove it. Kaspersky helped grow Kaspersky "
 "Lab through security research and salesmanship. He became the CEO in 2007 and remains so as of 2024.\n\n"
 "Kaspersky was born on 4 October 1965 in Novorossiysk, Soviet Union. He grew up near Moscow, where he moved at age "
 "nine. His father was an engineer and his mother a historical archivist. As a child he developed an early interest "
 "in math and technology. He spent his free time reading math books and won second place in a math competition at "
 "age 14. When he was fourteen, Kaspersky began attending A.N. Kolmogorov boarding school, run by Moscow University, "
 "specializing in mathematics. He was also a member of the Komsomol.\n\n"
 "At the age of 16, Kaspersky entered a five-year program with The Technical Faculty of the KGB Higher School, which "
 "prepared intelligence officers for the Russian military and KGB. He graduated in 1987 with a degree in mathematical "
 "engineering and computer technology.",
 "security software (leadership)", ["leadership"],
 "The article as the page store holds it at en.wikipedia.org (a plain-text rendering: the title line '= Eugene "
 "Kaspersky =', a short infobox and '==Early life==' headings; 'remains so as of 2024', so content of 2024 or after): "
 "the title line, the infobox lines ('Eugene Kaspersky', '- Birthplace: Novorossiysk, Krasnodar Krai, Soviet Union', "
 "'- Occupation: Chairman and CEO of Kaspersky Lab') and the heading '==Early life==' cut; kept as written: the "
 "Cyrillic name in the opening bracket, 'The Technical Faculty' with a capital T twice, 'math' beside 'mathematics', "
 "'program', 'age 14' beside 'fourteen'; cut after 'computer technology.' (the second time), before 'After "
 "graduating college, Kaspersky served the Soviet military intellig', where the excerpt breaks off (`truncated`); "
 "the career section (the company's naming, his wife's part, later posts) is not in the excerpt. Recorded 4.0 "
 "(content of 2024 or after; no revision id). The store also holds copies at n.global.ssl.fastly.net (a mirror with "
 "a longer infobox), wikihandbk.com (a Russian wiki's import with template names in the text), kids.kiddle.co (a "
 "rewritten children's version), an Italian biography site, a Daily Mail profile and a Guardian interview quoted on "
 "a blog: not used. Kaspersky, Novorossiysk, Kolmogorov, KGB Higher School, Komsomol, Cascade virus: 0 in "
 "train/dev/test, in every gather script, in GATHERING.md and in every pool of this session; KGB, Moscow, Soviet "
 "Union in some files (other events).",
 "non-US"))

R.append(wp("wp-alisher-usmanov", "Alisher Usmanov", "http://en.m.wiki.x.io/wiki/USM_Holdings",
 "Alisher Burkhanovich Usmanov (Uzbek: Alisher Burxonovich Usmonov, Russian: \u0410\u043b\u0438\u0448\u0435\u0440 "
 "\u0411\u0443\u0440\u0445\u0430\u043d\u043e\u0432\u0438\u0447 \u0423\u0441\u043c\u0430\u043d\u043e\u0432; born 9 "
 "September 1953) is a Russian oligarch from Uzbekistan. He is sanctioned by the US, EU, UK, and Ukrainian "
 "governments. By 2023, Usmanov had an estimated net worth of $14.5 billion and was among the world's 100 wealthiest "
 "people.\n\n"
 "Usmanov made his wealth after the collapse of the Soviet Union, through metal and mining operations, and "
 "investments. He is a shareholder of 49% of Metalloinvest, a Russian industrial conglomerate, which consolidated in "
 "2006 JSC Metalloinvest's assets (Mikhailovsky GOK and Ural Steel) with those of Gazmetall JSC (Lebedinsky GOK and "
 "the Oskol Electrometallurgical Plant).\n\n"
 "He owns the Kommersant publishing house. He is also a co-owner of Russia's second-largest mobile telephone "
 "operator, MegaFon, and co-owner of Udokan copper which develops one of the largest copper deposits in the world. "
 "Usmanov eventually teamed up with Yuri Milner and became the largest investor of Digital Sky Technologies "
 "(\"DST\"). On 16 September 2010, DST changed its name to \"Mail.ru Group\". He also holds shares of a number of "
 "international technology companies. He was the president of the F\u00e9d\u00e9ration Internationale "
 "d'Escrime, the international governing body of the sport of fencing, from 2008 until 2022.\n\n"
 "On 28 February 2022, in reaction to the Russian invasion of Ukraine, the European Union blacklisted Usmanov, "
 "imposing an EU-wide travel ban on him and freezing all his assets.",
 "metals, telecoms and internet investment (leadership)", ["leadership"],
 "The article as en.m.wiki.x.io holds it (a mirror of the English Wikipedia mobile site, reached by the redirect "
 "'(Redirected from USM Holdings)'; '(age 71)' in the infobox, so content of September 2024 or after): the title "
 "line 'Alisher Usmanov', the redirect line, the infobox lines ('Alisher Usmanov', the Cyrillic name, 'Usmanov in "
 "2013', 'Born (1953-09-09) 9 September 1953 (age 71)', 'Chust, Namangan Region, Soviet Union', 'Alma mater', "
 "'Moscow Institute of International Relations', 'Known for', 'Shareholder of USM Holdings (49%)', 'former "
 "President of F\u00e9d\u00e9ration Internationale d'Escrime', 'Spouse', '(div. 2022)', 'Awards') and the "
 "citation markers ('[1][2]', '[3]', '[4][5]', '[6]' to '[12]', '[10][11]', each written straight after a word or "
 "full stop) cut; kept as written: the Uzbek and Cyrillic names in the opening bracket, 'oligarch', 'US, EU, UK', "
 "'a shareholder of 49% of', 'the Kommersant publishing house', 'Udokan copper' in lower case, the straight double "
 "quotes around 'DST' and 'Mail.ru Group'; cut after 'freezing all his assets.', before 'On 3 March, the United "
 "States imposed similar sanctions', where the excerpt breaks off (`truncated`). Recorded 4.0 (content of 2024 or "
 "after; no revision id). The store also holds askwikinow.com's copy (a slightly later wording, 'Russian-Uzbek "
 "oligarch', 'By 2024'), kids.kiddle.co (a rewritten children's version), a German Wikipedia copy (de.zxc.wiki), "
 "Fortune, Reuters (Kyiv Post) and Bloomberg (fa-mag.com) profiles and a blog: not used. Usmanov, Metalloinvest, "
 "Gazmetall, Mikhailovsky, Lebedinsky, Oskol, Ural Steel, Kommersant, MegaFon, Udokan, Yuri Milner, Digital Sky "
 "Technologies, Mail.ru, Escrime: 0 in train/dev/test, in every gather script, in GATHERING.md and in every pool of "
 "this session, except 'Mail.ru' (2 dev files by count, the ICQ and Odnoklassniki service texts of batches "
 "32i and 32l, which name Mail.Ru Group as an owner; their scripts); Russia, Ukraine, the European Union in many "
 "files (other events).",
 "non-US"))

# ---- China -----------------------------------------------------------------------------------------------------------
R.append(wp("wp-wang-chuanfu", "Wang Chuanfu", "https://en.wikipedia.org/wiki/Wang_Chuanfu",
 "Wang Chuanfu (; born 8 April 1966) is a Chinese chemist, billionaire entrepreneur, and the founder, chairman and "
 "CEO of the BYD Company.\n\n"
 "Wang was born in Anhui to a poor farmer family. He then studied metallurgy and earned a bachelor's degree and "
 "master's degree. After briefly managing a battery company, he founded BYD in 1995 with a loan from his cousin. BYD "
 "grew rapidly, and entered the automotive industry in 2003.\n\n"
 "BYD Company is currently the world's largest mobile phone batteries manufacturer, and its subsidiary, BYD Auto is "
 "the world's largest plug-in electric vehicle manufacturer.\n\n"
 "Wang was born in Wuwei County, Anhui, into a poor farming family with eight children. After the death of his "
 "parents, he was raised by his elder brother and sister while attending high school.\n\n"
 "After graduating high school, he studied metallurgical physical chemistry at the then Central South Industrial "
 "University (nowadays the Central South University) and graduated in 1987. He went on to earn a master's degree in "
 "1990 from the Beijing Non-Ferrous Metal General Research Institute (now GRINM Group).\n\n"
 "In 1993, the Beijing Non-Ferrous Metal General Research Institute established a battery company called BAK Battery "
 "Co., Ltd. in Shenzhen. Given Wang's academic background in related research fields, he was appointed as the "
 "general manager. During his tenure, he gained experience in business management and battery manufacturing.\n\n"
 "Seeing a market opportunity in mobile phones and anticipating industry shifts as Japan phased out nickel-cadmium "
 "batteries, Wang Chuanfu chose to leave BAK Battery in 1995 and founded his own company, BYD Company, outside of "
 "Shenzhen. At 29 years old, he founded the company with his cousin Lu Xiangyang, who lent him CN\u00a5250,000.",
 "electric vehicles and batteries (leadership)", ["leadership"],
 "The article as the page store holds it at en.wikipedia.org (a plain-text rendering: the title line '= Wang "
 "Chuanfu =', a short infobox and '==Early life==', '==Career==' headings; BYD Auto called 'the world's largest "
 "plug-in electric vehicle manufacturer' and a career section rewritten after the wording of an April "
 "2024-2025 rendering the store also holds, so content of 2024 or after): the title line, the infobox lines ('Wang Chuanfu', '- Birthplace: Wuwei "
 "County, Anhui, China', '- Occupation: Chemist, businessman') and the headings '==Early life==' and '==Career==' "
 "cut; kept as written: the empty bracket '(; born' where the rendering dropped the Chinese name, 'the world's "
 "largest mobile phone batteries manufacturer', 'its subsidiary, BYD Auto is' without a second comma, 'the then "
 "Central South Industrial University', 'CN\u00a5250,000'; cut after 'who lent him CN\u00a5250,000.', before 'In "
 "September 2008, Warren Buffett's Berkshire Hathaway Inc through MidAmerican Energy Holdings, inv', where the "
 "excerpt breaks off (`truncated`). Recorded 4.0 (content of 2024 or after; no revision id). The store "
 "also holds another en.wikipedia.org rendering (?curid=22394459, 'Wang in 2023', 'age 58', the shorter career wording), "
 "everything.explained.today's and sagapedia.com's copies (the latter with the site's own opening paragraph), an "
 "Arabic copy, The Times and Portuguese profiles: not used. Wang Chuanfu, Lu Xiangyang, BAK Battery, GRINM, "
 "Non-Ferrous, Central South, Wuwei: 0 in train/dev/test, in every gather script, in GATHERING.md and in every pool "
 "of this session; 'BYD' in 1 train file by count (a 2017 Wikinews report, by its id a police helicopter crash; "
 "another event) and batch 28e's script.",
 "non-US"))

R.append(wp("wp-li-shufu", "Li Shufu", "https://en.wikipedia.org/wiki/Li_Shufu",
 "Li Shufu (simplified Chinese: \u674e\u4e66\u798f; traditional Chinese: \u674e\u66f8\u798f; pinyin: L\u01d0 "
 "Sh\u016bf\u00fa; born 25 June 1963), is a Chinese billionaire businessman, and the chairman of Zhejiang Geely "
 "Holding Group Co. Ltd. and Volvo Cars.\n\n"
 "Li Shufu was born in Taizhou, Zhejiang, China in 1963. He earned a master's degree from Yanshan University.\n\n"
 "Li was launched as the founder and chairman of Geely Automobile in 1986, which is the second largest private "
 "automobile manufacturer in China. Currently, He resides in Hangzhou, the capital city of Zhejiang province.\n\n"
 "On 28 March 2010, Geely signed a deal worth US$1.8 billion to buy Volvo Cars from American automobile manufacturer "
 "Ford Motor Company. It was the largest foreign purchase by a Chinese car manufacturer. Along with $900m of working "
 "capital from Geely and a commitment to build a Volvo factory in China, Li had a target of driving sales to 600,000 "
 "by 2015 in the domestic market.\n\n"
 "In 2013, Hurun Report ranked Li the 63rd richest person in mainland China, with a net worth of US$2.6 billion.\n\n"
 "Li announced in November 2018 that he has entered into an agreement with the China Aerospace Science and Industry "
 "Corp. to build a new line of supersonic bullet trains. The plan is for the trains to run using newly developed "
 "technology. Li said, \"Core technology can't be bought. The more you use others' technology, the more reliant you "
 "become. We have to innovate on our own. The journey will be tough but the prospects are promising.\"",
 "carmaking (leadership)", ["leadership"],
 "The article as the page store holds it at en.wikipedia.org (a rendering of 2019: 'age 55' and 'Net worth US$14.3 "
 "billion (February 2019)' in the infobox; 'From Wikipedia, the free encyclopedia'): the title line, 'From "
 "Wikipedia, the free encyclopedia', 'Jump to navigation Jump to search', the infobox lines ('Li Shufu', 'Born "
 "(1963-06-25) 25 June 1963 (age 55)[1]', 'Residence Hangzhou, China', 'Education Yanshan University', 'Occupation "
 "Chairman, Zhejiang Geely Holding Group Co. Ltd..', 'Years active 1986\u2013present', 'Net worth US$14.3 billion "
 "(February 2019)[2]', 'Board member of Geely Automobile', 'Spouse(s) Li Wang [3]'), the heading 'Early life[edit]' "
 "and the citation markers ('[2]', '[4]' to '[8]', written straight after a full stop) cut; the excerpt has no "
 "heading before 'Li was launched' (two blank lines there made one); kept as written: the Chinese script and pinyin "
 "in the opening bracket, the comma in '1963), is', 'Li was launched as the founder', 'Currently, He resides' with a "
 "capital H, '$900m', 'he has entered', the straight double quotes; cut after 'the prospects are promising.\"', "
 "before 'In 2018, according to the Financial Times, Li has become Daimler's largest shareholder, with a 9.7% "
 "stak', where the excerpt breaks off (`truncated`). Recorded 3.0 (a 2019 revision; no revision id). The store also "
 "holds an older en.wikipedia.org revision (about 2014, 'Volvo acquisition' section), a later copy on "
 "hessslslslsls.azureedge.net (an unexplained mirror host; 'age 61'), a German Munzinger-style profile and "
 "billionaire-list pages: not used. Li Shufu, Zhejiang Geely, Geely Automobile, Yanshan, Taizhou, Hurun, China "
 "Aerospace Science: 0 in train/dev/test, in every gather script, in GATHERING.md and in every pool of this session; "
 "'Geely' in 1 test file by count (not opened; by its id a 2017 Wikinews report on Volvo's new car models) and batch "
 "12b's script; Volvo Cars and Ford Motor Company in several files (other events).",
 "non-US", v3=True))

R.append(wp("wp-liu-qiangdong", "Liu Qiangdong", "https://en.wikipedia.org/wiki/Liu_Qiangdong",
 "Liu Qiangdong (Richard) (; born March 10, 1973) is a Chinese Internet entrepreneur. Liu founded JD Multimedia as a "
 "business-to-consumer single retail store for magneto-optical products in June 1998 and later moved the company into "
 "an e-commerce website known as JD.com (also known as Jingdong) in 2013.\n\n"
 "Liu is the company's former chief executive officer and now chairman, expanding its e-commerce products from "
 "selling consumer electronics to less specialized items. Under his leadership, JD.com has become the largest "
 "retailer in China. According to Forbes, Liu's net worth is US$4.9 billion as of 2023.\n\n"
 "Liu Qiangdong was born on March 10, 1973, in Suqian, Jiangsu province. He graduated from primary school in the "
 "Jiangsu province and enrolled in the department of sociology in the Renmin University of China 1992. He graduated "
 "from Renmin University with a Bachelor of Laws with a major in sociology in 1996. He received an executive Master "
 "of Business Administration from China Europe International Business School in Shanghai.\n\n"
 "As a college student, Liu invested his income earned from programming work and family loans into a restaurant "
 "venture. The business failed in a few months, losing more than RMB200,000, which left Liu in debt.\n\n"
 "After graduation, Liu was employed by Japan Life, a Japanese health product enterprise, and successively served as "
 "the director for computers, the director for business, and the logistics supervisor.\n\n"
 "In June 1998, he started his own business Jingdong in Zhongguancun High-tech Industrial Park in Beijing as a "
 "distributor of magneto-optical products, focusing on selling authorized products when counterfeit products were "
 "widely sold. Liu opened 12 brick-and-mortar stores under the Jingdong brand by 2003.",
 "e-commerce (leadership)", ["leadership"],
 "The article as the page store holds it at en.wikipedia.org (a plain-text rendering: the title line '= Liu "
 "Qiangdong =', a short infobox and '== Early life and education ==', '== Career ==' headings; 'as of 2023', so "
 "content of 2023 or after): the title line, the infobox lines ('Liu Qiangdong', '- Birthplace: Suqian, Jiangsu, "
 "China', '- Occupation: Founder and chairman, JD.com') and the two headings cut; kept as written: the empty "
 "bracket '(; born' where the rendering dropped the Chinese name, '(Richard)', 'in the Renmin University of China "
 "1992' without 'in', 'the Jiangsu province', 'RMB200,000', 'his own business Jingdong' without commas; cut after "
 "'by 2003.', before 'The SARS outbreak in 2003 kept staff and clients of Jingdong at home and forced Liu to r', "
 "where the excerpt breaks off (`truncated`). Recorded 4.0 (content of 2023 or after, no revision id; doubtful: the "
 "mobile copy the store also holds says 'age 51', the wording the same). The store also holds en.m.wikipedia.org's "
 "copy (with citation markers and 'edit' headings), two older en.wikipedia.org revisions (2020-2022, a disputed "
 "birth date), an IPFS copy of about 2015, a copy on a bare IP address and profile pages: not used. Liu Qiangdong, "
 "Richard Liu, JD.com, JD Multimedia, Jingdong, Suqian, Renmin, China Europe International Business School, Japan "
 "Life, Zhongguancun: 0 in train/dev/test, in every gather script, in GATHERING.md and in every pool of this "
 "session, except 'Renmin' (2 files by count: batch 27e's biography of Dong Mingzhu, train, and a 2005 "
 "Wikinews report, dev; other subjects) and 'JD.com' in one pool of this session (35f's Ele.me text, as an "
 "investor; another subject); Forbes, Beijing and Shanghai in many files (other events).",
 "non-US"))

R.append(wp("wp-cheng-wei", "Cheng Wei", "https://en.m.wikipedia.org./wiki/Cheng_Wei",
 "Cheng Wei (simplified Chinese: \u7a0b\u7ef4; traditional Chinese: \u7a0b\u7dad; pinyin: Ch\u00e9ng W\u00e9i; born "
 "19 May 1983) is a Chinese billionaire businessman. He is the founder, chairman and CEO of DiDi, a Chinese mobile "
 "transportation platform with global operations. In 2012, after eight years at Alibaba Group's regional and "
 "Alipay's operations, Cheng founded Beijing Xiaoju Technology Co Ltd in Zhongguancun.\n\n"
 "Cheng was born in 1983 in Jiangxi, China. He received a bachelor's degree in administration from Beijing "
 "University of Chemical Technology.\n\n"
 "After graduation, Cheng served as an assistant to a chairman at a foot massage company. About one year later, "
 "Cheng applied to join Alibaba as a sales person for its business-to-business e-commerce service in 2005.\n\n"
 "For six years at Alibaba, Cheng served as a sales manager for the northern region of China. He later moved to "
 "China's largest third-party online payment platform, Alipay, where he was soon promoted to the position of "
 "regional manager.\n\n"
 "In 2012, Cheng left Alibaba to found Beijing Xiaoju Technology Co and launch Didi Dache\u2014translated to \"Beep "
 "Beep Call a Taxi\"\u2014as the initial incarnation of his ride-hailing service.\n\n"
 "In 2014, Cheng hired Jean Liu (Liu Qing), a former Goldman Sachs Asia managing director, as the COO of the "
 "company.\n\n"
 "In February 2015, the company merged with its rival Kuaidi Dache and was renamed Didi Kuaidi (later renamed Didi "
 "Chuxing or \u201cDiDi\u201d).\n\n"
 "In August 2016, DiDi acquired all assets of the Chinese division of Uber.\n\n"
 "Since the company was founded in 2012, under the leadership of Cheng Wei and Jean Liu, DiDi has grown to become "
 "one of the world\u2019s highest valued tech start-ups.",
 "ride-hailing (leadership)", ["leadership"],
 "The article as the page store holds it at en.m.wikipedia.org. (the English Wikipedia mobile site, its host name "
 "written with a closing dot; 'age 40' in the infobox, so content of May 2023 to May 2024): the infobox lines "
 "(written after the first paragraph: 'Cheng Wei', '(\u7a0b\u7ef4)', 'Born (1983-05-19) 19 May 1983 (age 40)', "
 "'Shangrao, China', 'Education Beijing University of Chemical Technology', 'Occupation Businessman', 'Known for "
 "Founder, chairman and CEO of DiDi', 'Founder of Beijing Xiaoju Technology Ltd.'), the heading 'Biography edit' "
 "and the citation markers ('[1]' to '[9]', '[4][5][1]', '[4][6]', written straight after a full stop) cut; kept "
 "as written: the Chinese script and pinyin in the opening bracket, 'Beijing Xiaoju Technology Co Ltd' and "
 "'Beijing Xiaoju Technology Co' without full stops, the em dashes around the translation, the curly quotes "
 "around 'DiDi' and the curly apostrophe in 'world\u2019s' beside straight ones, 'a sales person'; cut after 'tech "
 "start-ups.', before the heading 'Other activities edit' and 'In Sep', where the excerpt breaks off (`truncated`). "
 "Recorded 4.0 (content of May 2023 or after is likely, no revision id; doubtful). The store also holds an old "
 "en.wikipedia.org revision of 16 June 2020 ('founder and CEO', no chair), a kiwix copy of October 2018 (Didi "
 "Chuxing under its older name, 'Beijing Orange Technology'), news profiles (Reuters retold, Forbes Asia via Retail "
 "in Asia, BBC News via a forum) and a Chinese-language news translation: not used. Cheng Wei, DiDi, Didi Chuxing, "
 "Didi Kuaidi, Kuaidi Dache, Xiaoju, Beijing University of Chemical Technology, Zhongguancun, Jiangxi: 0 in "
 "train/dev/test (the string 'Didi' in 3 files by count, inside other words or names; none names the company), in "
 "every gather script, in GATHERING.md and in every pool of this session; Jean Liu named in GATHERING.md only as a "
 "searched subject with no English Wikipedia text (batch 32a) and in batch 33e's list; Alibaba, Alipay, Goldman "
 "Sachs and Uber in several files (other events, none a biography of Cheng by the ids).",
 "non-US"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
