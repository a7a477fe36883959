#!/usr/bin/env python3
"""Batch 27a (session 28, this session's out-of-sample check; helper gather28a): English Wikipedia biographies (CC
BY-SA) of business executives outside the US, told as news — roles, the weak kind on new text: posts at several
companies with their dates, current and former posts, founders, chairs, chief executives and managing directors,
predecessors and successors, and company relations where the text gives them. Seven women and seven men from
Oceania, Europe, East and South Asia, Latin America, Africa and Canada: Gail Kelly (Westpac, Nedcor, the Commonwealth
Bank), Alan Joyce (Qantas, Jetstar, Aer Lingus, Ansett), Sergio Marchionne (Fiat Chrysler, Ferrari, CNH Industrial,
SGS, UBS), Cher Wang (HTC, VIA Technologies), Luiza Trajano (Magazine Luiza), Kiran Mazumdar-Shaw (Biocon), Vittorio
Colao (Vodafone, Omnitel, RCS MediaGroup), Christine Holgate (Australia Post, Blackmores), Masayoshi Son (SoftBank,
Sprint, Arm), Morris Chang (TSMC, Texas Instruments, Sylvania), Carlos Slim (Telmex, America Movil), Isabel dos Santos
(Urbana 2000, Jembas Group), Patrice Motsepe (African Rainbow Minerals, Harmony Gold, Sanlam, the Confederation of
African Football), Belinda Stronach (Magna International, a Canadian ministry).
Texts are the search tool's page-store excerpts (`search`, corpus `pages`; never a whole page), cut at the last full
sentence before an excerpt breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch27a.py [POOL_DIR] [--dry]   (default /tmp/gather28a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather28a/pool"

R = []
# ---- Oceania -------------------------------------------------------------------------------------------------------
R.append(wp("wp-gail-kelly", "Gail Kelly", "http://theinfolist.com/php/SummaryGet.php?FindGo=Gail_Kelly",
 "Gail Kelly (née: Currer) (born 25 April 1956) is a South African-born Australian businesswoman. She is the former "
 "chief executive officer (CEO) of Westpac, stepping down from the role on 1 February 2015. She was replaced by Brian "
 "Hartzer, previously Westpac's financial services chief executive. In 2002, she became the first female CEO of a "
 "major Australian bank or top 15 company and, as of 2005, was the highest paid woman in an Australian corporation. "
 "She assumed the position of CEO at Westpac in 2008. In 2010 Kelly was named 8th most powerful woman in the world by "
 "Forbes and as of 2014, she is listed in 56th place.\n\n"
 "Gail Currer was born in Pretoria, South Africa. Currer attended the University of Cape Town where she undertook an "
 "arts degree majoring in history and Latin as well as a Diploma in Education. She married Allan Kelly in December "
 "1977.\n\n"
 "The couple moved to Rhodesia (now Zimbabwe) where she taught Latin at Falcon College while he served in the "
 "Rhodesian army. They returned to South Africa where Allan Kelly studied medicine at the University of the "
 "Witswatersrand and Gail Kelly taught at a government high school.\n\n"
 "Kelly started work at the Nedcor Bank in 1980 as a teller but was fast-tracked into an accelerated training "
 "program. She started an MBA in 1986 while pregnant with her oldest daughter and graduated with distinction in 1987. "
 "In 1990, she became head of human resources at Nedcor (after having given birth to triplets five months earlier). "
 "From early 1992 to 1997 she held various other general manager positions at Nedcor, including cards and personal "
 "banking.\n\n"
 "The Kellys were becoming disillusioned with South Africa in the middle of the 1990s and were looking to move to a "
 "different country. In June 1997, she flew to Sydney where she held interviews with four of the major banks and was "
 "appointed to a senior position at the Commonwealth Bank in July 1997.",
 "banking (leadership)", ["leadership"],
 "The article as theinfolist.com's summary page renders it (the text of en.wikipedia.org revision 948037410, March "
 "2020, which the page store also holds but cut off earlier, at 'she flew to Sydney whe'): citation markers "
 "('[1]'-'[7]') and the headings ('Early life and education', 'Teacher', 'Banking') cut; kept as written: 'the "
 "University of the Witswatersrand', 'the Rhodesian army', 'top 15 company'; cut after 'Commonwealth Bank in July "
 "1997.', before the heading 'Career in Australia' and 'Kelly start', where the excerpt breaks off (`truncated`; her "
 "St George and Westpac years are lost with it). Content to 2015 (revision 2020): recorded 3.0. Doubtful: "
 "theinfolist.com's terms were not found in the page store. Gail Kelly, Westpac, Brian Hartzer, Nedcor, Commonwealth "
 "Bank, Falcon College, Witswatersrand: 0 in train/dev/test.", "non-US", v3=True,
 copy_of="the Wikipedia article, revision 948037410, via theinfolist.com"))

R.append(wp("wp-alan-joyce", "Alan Joyce (businessman)", "https://wikimili.com/en/Alan_Joyce_(businessman)",
 "Alan Joseph Joyce AC FTSE (born 30 June 1966) is an Irish-Australian businessman. He was the chief executive "
 "officer (CEO) of Qantas Airways Limited from 2008 until his resignation in 2023. Joyce retired as CEO on 5 September "
 "2023, with Vanessa Hudson succeeding him the following day.\n\n"
 "Joyce was born and raised in Tallaght, now a suburb of Dublin, Ireland. His mother was a cleaner, and his father "
 "worked in a tobacco factory. Joyce attended secondary school at St Mark's Community School in Springfield, "
 "Tallaght.\n\n"
 "Joyce attended Dublin Institute of Technology and Trinity College Dublin. He graduated with Honours, receiving a "
 "Bachelor of Science degree in Applied Science (Physics and Mathematics) and a Master of Science degree in Management "
 "Science. He is a Fellow of the Royal Aeronautical Society.\n\n"
 "In 1988, Joyce commenced work at Aer Lingus, the flag carrier of the Republic of Ireland. He held various positions "
 "in sales, marketing, information technology, network planning, operations research, revenue management and fleet "
 "planning. In 1996, he resigned to join the now-defunct Ansett Australia. In 2000, Joyce joined Qantas. At both "
 "Ansett Australia and Qantas, he headed the Network Planning, Schedules Planning and Network Strategy functions. "
 "Joyce was appointed CEO of Qantas subsidiary Jetstar Airways in October 2003.\n\n"
 "Joyce became CEO of Qantas on 28 November 2008, succeeding Geoff Dixon who had been in the role since March 2001.",
 "airlines (leadership)", ["leadership", "deal"],
 "The article as wikimili.com renders it: wikimili's lines ('Last updated', 'Contents'), the infobox lines (image "
 "file name, 'Joyce in 2014', born, nationality, education, occupations, organisation 'Qantas', spouse), citation "
 "markers with the spaces around them ('(born 30 June 1966 [1] )' becomes '(born 30 June 1966)', whitespace only; "
 "'[2]'-'[7]') and the headings ('Early life and education', 'Career', 'Early career', 'CEO of Qantas') cut; kept as "
 "written: 'AC FTSE' after his name, 'with Vanessa Hudson succeeding him the following day'; cut after 'since March "
 "2001.', before 'He is a former director of Orangestar Investment Holdings Pte Limited (holding company of "
 "Singapore-based Jetstar Asia Airways and Valuair) and Jetstar Pacifi', where the excerpt breaks off (`truncated`). "
 "An en.wikipedia.org rendering of 2021 in the store goes past that sentence but predates his 2023 retirement and "
 "successor; this one was used. Content to September 2023: recorded 4.0. Doubtful: wikimili.com's terms were not "
 "found in the page store. Alan Joyce, Vanessa Hudson, Geoff Dixon, Ansett, Tallaght: 0 in train/dev/test; Qantas: "
 "seven train/dev files and three test files by count (other events); Aer Lingus: ten train/dev files and two test "
 "files by count (other events); Jetstar: one train/dev file and one test file by count (other events).", "non-US",
 copy_of="the Wikipedia article, via wikimili.com"))

R.append(wp("wp-christine-holgate", "Christine Holgate", "http://chaos.owiki.org/wiki/Christine_Holgate",
 "Christine Holgate is a British business executive, and has been the chief executive of Australia Post, since 30 "
 "October 2017. Prior to that appointment she was CEO of the vitamin and nutritional supplement company Blackmores "
 "from 2008 to 2017. She is also a board member of Collingwood Football Club.\n\n"
 "Christine Holgate is the first female CEO in the history of Australia Post. She is also an inaugural chairwoman of "
 "the ASEAN – Australia council board. In 2014, Christine Holgate was one of the only 20 business leaders invited to "
 "the G20 Summit held in Brisbane, Australia. She is also the first women awarded the “CEO of the Year” by the CEO "
 "Magazine. In 2015, Holgate ranked the top “100 Women of Influence” by the Australian Financial Review in 2015.\n\n"
 "Christine Holgate grew up with her four siblings, in Cheshire, England. Holgate's father was an entrepreneur and "
 "ran a construction company. Since Holgate was young, her father insisted her on running “little businesses” to earn "
 "her pocket money. When Holgate was 15, she cleaned windows with her friend and had a truck selling ice–creams.\n\n"
 "In 1982, by the time Holgate turned 18, she left Cheshire for London. In London, Holgate met Flo, who financially "
 "supported her to pursue a business degree at the University of North London. Christine Holgate had three "
 "post-graduate diplomas in Marketing, Management and Purchasing and Supply. She finished her diploma in Management "
 "in 1986 and completed her Master of Business Administration degree in 1991.\n\n"
 "Holgate first worked as postie for the Christmas season when she was 18. After graduating from the university, "
 "Holgate worked for Allied Healthcare and BBC News. In 1988, she joined the Caribbean Cable & Wireless "
 "telecommunication and started her international career.",
 "postal services and consumer health (leadership)", ["leadership"],
 "The article as chaos.owiki.org renders it (a Wikipedia copy that drops bracketed text: the en.wikipedia.org "
 "rendering of the same 2020 revision in the store reads '(born 1963/1964)' and 'chief executive (CEO)' where this "
 "one has neither): the headings ('Early life and education', 'Career', 'Early career') cut, single line breaks "
 "between paragraphs doubled (whitespace only); kept as written: 'the first women awarded', 'ranked the top ... in "
 "2015' (the year twice), 'her father insisted her on running', 'ice–creams' with its dash, 'the Caribbean Cable & "
 "Wireless telecommunication', the curly quotation marks; cut after 'started her international career.', before "
 "'During her 12 years at Cables & Wireless, Holgate directed the company’s Marketing department, arranged customer "
 "division and conducted pro', where the excerpt breaks off (`truncated`). The en.wikipedia.org rendering stops "
 "earlier, at 'Holgate first worked'; this one was used. Content to 2020: recorded 3.0. Doubtful: owiki.org's terms "
 "were not found in the page store, and batch 26e set aside an owiki.org copy that read rewritten (this one matches "
 "the en.wikipedia.org rendering word for word where both run, brackets apart). Christine Holgate, Blackmores, "
 "Collingwood, Allied Healthcare, Cable & Wireless: 0 in train/dev/test; Australia Post: 0 in train/dev, one test "
 "file by count (not opened); ASEAN: one train/dev file and one test file by count (other events).", "non-US",
 v3=True, copy_of="the Wikipedia article, a 2020 revision via chaos.owiki.org"))

# ---- Europe --------------------------------------------------------------------------------------------------------
R.append(wp("wp-sergio-marchionne", "Sergio Marchionne", "https://howlingpixel.com/i-en/Sergio_Marchionne",
 "Sergio Marchionne (June 17, 1952 – July 25, 2018) was an Italian-Canadian businessman, widely known for his "
 "turnarounds of the automakers Fiat and Chrysler, his business acumen and his outspoken and often frank approach, "
 "especially when dealing with unpalatable issues related to his companies and the automotive industry.\n\n"
 "Marchionne was the chairman of CNH Industrial, the chief executive officer (CEO) of Fiat Chrysler Automobiles, the "
 "chairman and CEO of FCA US LLC, the chairman and CEO of Ferrari, and the chairman of Maserati. He was the chairman "
 "of Swiss-based SGS and vice chairman of UBS from 2008 to 2010, as well as the chairman of the European Automobile "
 "Manufacturers Association for 2012 (first elected in January 2006). He was a member of the Peterson Institute for "
 "International Economics, and the chairman of the Italian branch of the Council for the United States and Italy.\n\n"
 "Noted for his keen observations of the automotive industry, Marchionne's insights ranged from frank criticism of "
 "his company's own products to a highly-regarded 2015 presentation titled Confessions of a Capital Junkie, extolling "
 "the benefits of industry consolidation.\n\n"
 "Marchionne was widely recognized for turning around Fiat Group to become one of the fastest growing companies in "
 "the auto industry, in less than two years. In 2009, he was instrumental in Fiat Group forming a strategic alliance "
 "with the ailing US automaker Chrysler, with the support of the U.S. and Canadian governments and trade unions. Less "
 "than two years later, following its emergence from Chapter 11, Chrysler returned to profitability, repaying all "
 "government loans. In 2014, Fiat and Chrysler merged into a new holding company, Fiat Chrysler Automobiles, now the "
 "seventh-largest automobile manufacturer in the world.\n\n"
 "Following complications from surgery, Marchionne resigned from all of his positions in July 2018 and died a few "
 "days later.",
 "autos (leadership)", ["leadership", "deal"],
 "The article as howlingpixel.com renders it: the pronunciation in the opening bracket ('Italian: [ˈsɛrdʒo "
 "marˈkjɔnne]; ') cut as batch 26c cut a pronunciation remnant (the bracket keeps the dates), citation markers "
 "('[4]'-'[11]') cut; kept as written: 'highly-regarded', 'fastest growing', 'US automaker' beside 'the U.S. and "
 "Canadian governments', 'now the seventh-largest'; cut after 'died a few days later.', before 'T', where the excerpt "
 "breaks off (`truncated`). A newer rendering in the store (review.clateway.com) stops earlier, at 'with the supp'; "
 "this one was used. Content to 2018: recorded 3.0. Doubtful: howlingpixel.com's terms were not found in the page "
 "store. Marchionne, CNH Industrial, FCA US, Ferrari, Maserati, SGS, Peterson Institute, European Automobile "
 "Manufacturers: 0 in train/dev/test; Fiat: one train/dev file and two test files by count (Chrysler's 2009 "
 "bankruptcy, another text); Chrysler: eleven train/dev files and five test files by count (other events); UBS: in "
 "many files (other events).", "non-US", v3=True, copy_of="the Wikipedia article, via howlingpixel.com"))

R.append(wp("wp-vittorio-colao", "Vittorio Colao", "https://en.wikipedia.org/wiki/Vittorio_Colao",
 "Vittorio Amedeo Colao (born 3 October 1961) is an Italian manager who has been serving as Minister for "
 "Technological Innovation and Digital Transition in the government of Prime Minister Mario Draghi from 2021 to 2022. "
 "From 2008 until 2018, he was the chief executive officer at Vodafone Group.\n\n"
 "The son of an officer in the Carabinieri, Colao was born in Brescia. He received a business degree from Bocconi "
 "University and an MBA from the Harvard Business School.\n\n"
 "Colao started his career at investment bank Morgan Stanley in London. He joined the Milan office of McKinsey & Co "
 "in 1986, where as a Partner he worked on media, telecommunications and industrial goods sectors and was responsible "
 "for office recruitment.\n\n"
 "In 1996 Colao joined Omnitel Pronto Italia, rising to chief operating officer before its take over to become "
 "Vodafone Italy. He became regional CEO, Southern Europe in 2001 and joined the main board in 2002. After missing out "
 "on the CEO's job, taken by his friend Arun Sarin, and having a purchase of a Bulgarian mobile company blocked, he "
 "left Vodafone for Italian publishing company RCS MediaGroup, where he became CEO in July 2004.",
 "telecoms and publishing (leadership)", ["leadership", "deal"],
 "The article as en.wikipedia.org renders it in the page store (an older revision: 'age 61', 'Jump to' lines absent, "
 "'[edit]' after headings): the title line, 'From Wikipedia, the free encyclopedia', the infobox lines (minister's "
 "office, term, prime minister, preceded and succeeded by, 'CEO of Vodafone', 'July 2008 – October 2018', 'Preceded "
 "by Arun Sarin', 'Succeeded by Nick Read', personal details, 'Known for Omnitel Pronto Italia COO RCS MediaGroup CEO "
 "Vodafone CEO'), citation markers ('[1]'-'[7]') and the headings ('Early life', 'Career in the private sector') cut; "
 "kept as written: 'who has been serving ... from 2021 to 2022', 'as a Partner', 'before its take over to become "
 "Vodafone Italy', 'regional CEO, Southern Europe'; cut after 'CEO in July 2004.', before 'After shareholder "
 "criticism of the publishing group's strategy and governance, he resigned from RCS MediaGroup following the "
 "company's board meeting in September, rejoining Vodafone in ' (a copy on everything.explained.today runs on to 'in "
 "October 2006 as CEO Europe and succeeding S' and breaks off there too), where the excerpt breaks off (`truncated`; "
 "his RCS resignation is lost with it). Content to October 2022: recorded 3.0. Colao, Omnitel, Arun Sarin, RCS "
 "MediaGroup, Bocconi, Carabinieri: 0 in train/dev/test; Vodafone: eleven train/dev files and nine test files by "
 "count (other events); McKinsey: one dev file (wp-tidjane-thiam, another man's employer); Morgan Stanley: one test "
 "file by count; Mario Draghi: one train/dev file (his 2005 Bank of Italy appointment, another event).", "non-US",
 v3=True, copy_of="the Wikipedia article, an older revision"))

# ---- Asia ----------------------------------------------------------------------------------------------------------
R.append(wp("wp-cher-wang", "Cher Wang", "https://en.wikipedia.org/wiki/Cher_Wang",
 "Cher Wang (born 15 September 1958) is a Taiwanese businesswoman and entrepreneur. As co-founder, chairperson (since "
 "2007), and CEO (as of 2025) of HTC Corporation and integrated chipset maker VIA Technologies, she is one of the most "
 "successful women in computer technology. Wang's father was Wang Yung-ching, founder of the plastics and "
 "petrochemicals conglomerate Formosa Plastics Group and one of the wealthiest individuals in Taiwan before his death "
 "in 2008. In 2014, she was listed as the 54th most powerful woman in the world by Forbes.\n\n"
 "Wang was born on 15 September 1958 in Taipei, Taiwan. She studied abroad at the College Preparatory School in "
 "Oakland, California, and earned her bachelor's degree in economics from the University of California, Berkeley, in "
 "1981.\n\n"
 "Wang joined First International Computer (FIC) in 1982. Wang and others founded VIA in 1987 and HTC in 1997. "
 "Smartphones are core products of both companies. In May 2011, Forbes ranked her, with husband Wen Chi Chen, as the "
 "wealthiest person in Taiwan, with a net worth of US$8.8 billion. In August 2012, Wang was named No. 56 on Forbes' "
 "list of The World's 100 Most Powerful Women. As of 2014, Forbes listed her as the 54th most powerful woman in the "
 "world.\n\n"
 "VIA product VT3421, an anti-hack chip also named as TF376, was suspected of assisting the Chinese government in "
 "surveilling mobile devices of anti-communist and human rights activists. The case concluded with VIA losing and "
 "being fined millions of dollars. The case was addressed in multiple tribunals before reaching closure, however. In "
 "October 2014, Cher Wang appealed the original arbitration's Final Award of the \"HKIAC / A11022 arbitration\". Wang "
 "asserted that the Award was contrary to public policy.",
 "electronics (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store ('= Cher Wang =' title line): that line, the infobox "
 "lines (birthplace, occupation), the headings ('==Early life and education==', '==Career==') cut; the opening bracket "
 "had lost its Chinese name and read '(; born 15 September 1958)': the remnant '; ' cut (as batch 26c cut a "
 "pronunciation remnant); kept as written: 'As co-founder, chairperson (since 2007), and CEO (as of 2025) of HTC "
 "Corporation and integrated chipset maker VIA Technologies' (the posts told for both companies at once), 'also named "
 "as TF376', 'The case was addressed ... however.'; cut after 'contrary to public policy.', before 'In a hearing "
 "before Justice Mimmie Chan in the Hong Kong High Court (Case No.:HCCT40 / 2014), the defense counsel maintained "
 "that the', where the excerpt breaks off (`truncated`). Content to 2025: recorded 4.0. Cher Wang, VIA Technologies, "
 "Formosa Plastics, Wang Yung-ching, First International Computer, Wen Chi Chen: 0 in train/dev/test; HTC: one "
 "train/dev file (wp-beats-electronics, HTC's stake in Beats, another event).", "non-US"))

R.append(wp("wp-morris-chang", "Morris Chang", "http://piglix.com/piglix/Morris_Chang",
 "Morris Chang (born July 10, 1931 in Zhejiang), is the founding Chairman of Taiwan Semiconductor Manufacturing "
 "Company Ltd. (TSMC) in 1987. TSMC pioneered the \"dedicated silicon foundry\" industry and is the largest silicon "
 "foundry in the world. Morris is known as the father of Taiwan's chip industry.\n\n"
 "Chang was born in Ningbo, Zhejiang. When he was younger, he had wanted to become a writer, such as a novelist or "
 "journalist. However, his father, an official in the Ningbo county government, persuaded him otherwise. In 1948, as "
 "China was in the height of the Chinese Civil War, Chang moved to Hong Kong. The very next year he moved yet again to "
 "the United States to attend Harvard University. He transferred to the Massachusetts Institute of Technology and "
 "received his Bachelor of Science and Master of Science degrees in Mechanical Engineering from MIT in 1952 and 1953, "
 "respectively. After leaving MIT without obtaining a Ph.D., he sought to find a job and was hired by Sylvania "
 "Semiconductor, then just known as a small semiconductor division of Sylvania Electric Products, in 1955. Three "
 "years after working at Sylvania Semiconductor, he moved onto Texas Instruments in 1958, which was then rapidly "
 "rising in its field. After three years at TI, he rose to become the manager of the engineering section of the "
 "company. It was then, in 1961, that Texas Instruments decided to invest in him by giving him the opportunity to "
 "obtain his Ph.D or Doctorate degree. He received his Ph.D. in Electrical Engineering from Stanford University in "
 "1964.",
 "semiconductors (leadership)", ["leadership", "deal"],
 "The article as piglix.com (a Wikipedia copy) holds it: the infobox lines (native name, born, alma mater, occupation "
 "'Chairman and CEO of TSMC', spouse, children, parents) cut; the Chinese name and its pinyin in the opening bracket "
 "('Chinese: 張忠謀; pinyin: Zhāng Zhōngmóu; ') cut as batch 25b cut foreign-script names (the bracket keeps the "
 "birth date and place); single line breaks between paragraphs doubled (whitespace only); kept as written: '(born "
 "July 10, 1931 in Zhejiang), is the founding Chairman ... in 1987', 'moved onto Texas Instruments', 'his Ph.D or "
 "Doctorate degree'; the excerpt ends at 'Stanford University in 1964.' (`truncated`: the article runs on). Content "
 "to about 2017 (a 'founding Chairman' present tense, before his 2018 retirement): recorded 3.0. Doubtful: "
 "piglix.com's terms were not found in the page store; a newer rendering (askwikinow.com) gives only the lead. Morris "
 "Chang, TSMC, Taiwan Semiconductor, Texas Instruments, Ningbo: 0 in train/dev/test; 'Sylvania': in train/dev/test "
 "files only inside 'Pennsylvania'.", "non-US", v3=True, copy_of="the Wikipedia article, via piglix.com"))

R.append(wp("wp-masayoshi-son", "Masayoshi Son", "https://en.wikipedia.org/wiki/Masayoshi_Son",
 "Masayoshi Son (born August 11, 1957) is a Japanese business magnate and investor who is the founder and current "
 "chief executive officer of Japanese holding conglomerate SoftBank, the chief executive officer of SoftBank Mobile, "
 "current chairman of U.S.-based Sprint Corporation and chairman of U.K.-based Arm Holdings. According to Forbes "
 "magazine, Son's estimated net worth is US $23 billion and he is the richest man in Japan, despite having the "
 "distinction of losing the most money in history (approximately $70bn during the dot com crash of 2000). Forbes also "
 "describes him as a philanthropist.\n\n"
 "Son was named the world's 45th most powerful person by Forbes Magazine's List of The World's Most Powerful People in "
 "2013.\n\n"
 "Son was ranked at number 43 on the Forbes list of The World's Billionaires 2019, with a net worth of $22.9 "
 "billion.\n\n"
 "Ethnically Korean, Son's grandparents emigrated to Japan from South Korea in search for economic opportunities. Son "
 "was born in a small town on Japan's southern island Kyushu in the sparsely populated Saga Prefecture.\n\n"
 "At age 16, Son moved from Japan to California and finished high school in three weeks by taking the required exams "
 "at Serramonte High while staying with friends and family in South San Francisco. After spending two years at Holy "
 "Names University in Oakland, CA, Son transferred to the University of California, Berkeley, where he majored in "
 "economics and studied computer science.",
 "telecoms and investment (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store (an older revision: 'age 61', the 2019 billionaires "
 "list): the title line, 'From Wikipedia, the free encyclopedia', 'Jump to navigation Jump to search', the infobox "
 "lines (image file name and caption, born, residence, nationality, alma mater, occupation 'Founder & CEO of "
 "SoftBank', net worth), citation markers ('[1]'-'[9]') and the heading 'Early life and education[edit]' cut; the "
 "Japanese name and its reading in the opening bracket ('孫 正義, Son Masayoshi, ') cut as batch 25b cut "
 "foreign-script names (the bracket keeps the birth date); kept as written: 'US $23 billion', 'the dot com crash', "
 "'Forbes Magazine's List', 'in search for', 'Oakland, CA'; cut after 'studied computer science.', before 'Enamoured "
 "by a microchip featured in a magazine', where the excerpt breaks off (`truncated`). Content to 2019: recorded 3.0. "
 "Masayoshi Son, Arm Holdings, SoftBank Mobile, Serramonte, Holy Names: 0 in train/dev/test; SoftBank: one train/dev "
 "file and one test file by count (other events: Arm's abandoned sale to Nvidia, Supercell's owners); Sprint "
 "Corporation: one train/dev file (wp-sprint-nextel, another text).", "non-US", v3=True,
 copy_of="the Wikipedia article, an older revision"))

R.append(wp("wp-kiran-mazumdar-shaw", "Kiran Mazumdar-Shaw", "https://en.wikipedia.org/wiki/Kiran_Mazumdar-Shaw",
 "Kiran Mazumdar-Shaw (born 23 March 1953) is an Indian billionaire entrepreneur. She is the executive chairperson "
 "and founder of Biocon Limited and Biocon Biologics Limited, a biotechnology company based in Bangalore, India and "
 "the former chairperson of Indian Institute of Management, Bangalore. In 2014, she was awarded the Othmer Gold Medal "
 "for outstanding contributions to the progress of science and chemistry. She was on the Financial Times 2011 top 50 "
 "women in business list. In 2019, she was listed as the 68th most powerful woman in the world by Forbes. She was "
 "named EY World Entrepreneur Of The Year 2020.\n\n"
 "Kiran Mazumdar was born on 23 March 1953 in Bangalore, Karnataka state, to Gujarati parents. She was educated at "
 "Bangalore's Bishop Cotton Girl's High School, graduating in 1968. She then attended Mount Carmel College, "
 "Bangalore, a women's college offering pre-university courses as an affiliate of Bangalore University. She studied "
 "biology and zoology, graduating from Bangalore University with a bachelor's degree in zoology in 1973. Mazumdar "
 "hoped to go to medical school, but was not able to obtain a scholarship.\n\n"
 "Her father, Rasendra Mazumdar, was the head brewmaster at United Breweries. He suggested that she study "
 "fermentation science, and train to be a brewmaster, a very non-traditional field for women. Mazumdar went to "
 "Ballarat College, Melbourne University in Australia to study malting and brewing. In 1974, she was the only woman "
 "enrolled in the brewing course and topped in her class. She earned the degree as master brewer in 1975.\n\n"
 "She worked as a trainee brewer in Carlton and United Breweries, Melbourne and as a trainee maltster at Barrett "
 "Brothers and Burston, Australia.",
 "biotechnology (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store ('= Kiran Mazumdar-Shaw =' title line): that line, "
 "the infobox lines (birthplace, occupation 'Founder & chairperson of Biocon'), the headings ('== Early life ==') "
 "and a paragraph left broken by a lost template (', Mazumdar-Shaw is ranked 93rd-wealthiest in India, with a net "
 "worth of $3.42 billion.', its 'As of' date gone) cut; kept as written: 'Biocon Limited and Biocon Biologics "
 "Limited, a biotechnology company', 'the former chairperson of Indian Institute of Management, Bangalore', 'Bishop "
 "Cotton Girl's High School', 'Ballarat College, Melbourne University'; cut after 'Barrett Brothers and Burston, "
 "Australia.', before 'She also worked for some time as a technical ', where the excerpt breaks off (`truncated`). "
 "Recorded 4.0: the store's en.wikipedia.org renderings in this '= Title =' form are recent ones (batch 26e's "
 "Celtel); doubtful: no revision date, the content itself stops in 2020. Mazumdar, Biocon, Carlton and United, "
 "Barrett Brothers, Mount Carmel, Bishop Cotton: 0 in train/dev/test; United Breweries: 0 in train/dev, one test file "
 "by count (not opened); 'Indian Institute of Management': 0 in train/dev, one test file by count (batch 25b's "
 "names).", "non-US"))

# ---- Latin America -------------------------------------------------------------------------------------------------
R.append(wp("wp-luiza-trajano", "Luiza Trajano", "https://en.wikipedia.org/wiki/Luiza_Trajano",
 "Luiza Helena Trajano Inácio Rodrigues (born 9 October 1948) is a Brazilian businessperson. She is chair of the "
 "retailer Magazine Luiza and associated companies. In July 2020, Forbes noted that she was Brazil's wealthiest "
 "woman. Trajano is an advisory board member to both UNICEF Brazil and UNFPA Brazil, among other entities. In 2021 "
 "Luiza was listed by TIME magazine as one of the 100 most influential people in the world. She is a feminist.\n\n"
 "Trajano was born in Franca in the state of São Paulo. She graduated in law from Faculdade de Direito de Franca "
 "(School of Law of Franca) in 1972. Trajano's parents (she is the only daughter) owned a retail store in Franca under "
 "the brand name Magazine Luiza. Trajano worked in various departments such as sales, purchase and management, prior "
 "to becoming the company's director-superintendent in 1991. Under her chairpersonship, Magazine Luiza became a chain "
 "of over 1,000 stores scattered throughout 18 Brazilian states with over 18 million clients and 27 thousand "
 "employees, as well as a publicly traded company.\n\n"
 "During Brazil's 2018 presidential election, Trajano held a Q&A session with several candidates. The eventual "
 "winning candidate, Jair Bolsonaro, did not attend. Shortly afterwards, Bolsonaro tweeted 'Who's Luiza Trajano "
 "anyway?'. Reports emerged that he had resented being excluded by the organisation for failing to confirm "
 "participation in time.\n\n"
 "Trajano is the chairperson of non-governmental organisation Grupo Mulheres do Brasil (Women of Brazil), founded in "
 "2013 by 40 Brazilian women entrepreneurs. The organisation is dedicated to promoting equal rights, work, safety, "
 "health and education for all. Over 48,000 women across 14 countries are currently associated with Women of "
 "Brazil.",
 "retail (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store ('= Luiza Trajano =' title line): that line, the "
 "infobox lines (birthplace, occupation 'Chair, Magazine Luiza'), the headings ('== Life ==', '===Role in promoting "
 "women's empowerment===') cut; kept as written: 'She is chair of the retailer Magazine Luiza and associated "
 "companies', 'director-superintendent', 'Under her chairpersonship', 'the organisation' (the Q&A's organiser, not "
 "named); cut after 'associated with Women of Brazil.', before 'In 2017, the femicide of Magazine Luiza store "
 "manager Denise Neves dos Anjos,', where the excerpt breaks off (`truncated`). Recorded 4.0: a '= Title =' rendering "
 "(as batch 26e's Celtel); doubtful: the content itself stops in 2021. Luiza Trajano, Magazine Luiza, Bolsonaro, "
 "UNICEF, UNFPA, Mulheres, Franca: 0 in train/dev/test.", "non-US"))

R.append(wp("wp-carlos-slim", "Carlos Slim", "https://en.wikipedia.org/?oldid=473455755&title=Carlos_Slim",
 "Carlos Slim Helú (born January 28, 1940) is a Mexican business magnate and philanthropist who as of 2011 is the "
 "richest person in the world, for the second year in a row. He is the chairman and chief executive of "
 "telecommunications companies Telmex and América Móvil and has extensive holdings in other Mexican companies through "
 "his conglomerate, Grupo Carso SAB, as well as business interests elsewhere in the world.\n\n"
 "América Móvil, which in 2010 was Latin America’s largest mobile-phone carrier, accounted for around US$49 billion of "
 "Slim's wealth by the end of 2010. His corporate holdings as of September 2011 have been estimated at US$63.3 "
 "billion.\n\n"
 "Slim was born in Mexico City, Mexico in 1940 to Maronite Christian parents Julián Slim Haddad and Linda Helú, both "
 "of Lebanese descent. His father, born Khalil Slim Haddad, immigrated to Mexico at the age of 14 in 1902 and changed "
 "his first name to Julián. As it was not uncommon for Lebanese children to be sent abroad before they reached the "
 "age of 15 to avoid being conscripted into the Ottoman army, four of Haddad's older brothers were already living in "
 "Mexico at the time of his arrival.\n\n"
 "Carlos Slim's mother, Linda Helú, was born in Parral, Chihuahua, of Lebanese parents who had immigrated to Mexico "
 "in the late 19th century.",
 "telecoms (leadership)", ["leadership"],
 "The article as en.wikipedia.org revision 473455755 (January 2012) renders it in the page store: the title line, "
 "two template remnants ('Template:Arabic nameTemplate:Spanish name'), the infobox lines (born, nationality, alma "
 "mater, occupation 'Chairman & CEO of Telmex, América Móvil and Grupo Carso', known for, spouse, children, parents, "
 "website), citation markers ('[1]'-'[5]') and the heading 'Early years' cut; the pronunciation in the opening "
 "bracket ('Spanish pronunciation: [ˈkaɾlos esˈlim eˈlu]; ') cut as batch 26c cut a pronunciation remnant (the "
 "bracket keeps the birth date); single line breaks between paragraphs doubled (whitespace only); kept as written: "
 "'who as of 2011 is the richest person', 'Latin America’s' with its typographic apostrophe, 'Grupo Carso SAB'; cut "
 "after 'in the late 19th century.', before 'Her parents upon immigrating to Mexico had founded one of the first "
 "Arabic language magaz', where the excerpt breaks off (`truncated`). Content to 2011 (revision January 2012): "
 "recorded 3.0. Carlos Slim, Telmex, América Móvil, Grupo Carso, Haddad, Helú: 0 in train/dev/test.", "non-US",
 v3=True, copy_of="the Wikipedia article, revision 473455755"))

# ---- Africa --------------------------------------------------------------------------------------------------------
R.append(wp("wp-isabel-dos-santos", "Isabel dos Santos",
 "https://wiki-gateway.eudic.net/wikipedia_en/Isabel_dos_Santos.html",
 "Isabel dos Santos (born 20 April 1973) is an Angolan investor considered by Forbes to be the richest woman not only "
 "in Angola, but the whole of Africa. In 2013, according to research by Forbes, her net worth had reached more than "
 "three billion US Dollars, making her Africa’s first billionaire woman. She is the daughter of Angola's President "
 "José Eduardo dos Santos, who has ruled the country since 1979.\n\n"
 "Isabel dos Santos was born in Baku, Azerbaijan SSR, the oldest daughter of Angola's President José Eduardo dos "
 "Santos and his first wife, the Russian-born Tatiana Kukanova, whom he met while studying in Azerbaijan. Her "
 "father's parents came from São Tomé and Príncipe. She studied electrical engineering at King's College in London. "
 "There she met her husband from the Democratic Republic of the Congo, Sindika Dokolo, a son of a millionaire from "
 "Kinshasa and his Danish wife. There were reports that when they got married in Luanda in December 2002 the wedding "
 "ceremony cost about US$4 million, with a special choir flown in from Belgium and two planes chartered to bring food "
 "from France. About 800 guests were present at the wedding, half of them relatives of the couple, and also several "
 "African presidents.\n\n"
 "In the early 1990s, Isabel dos Santos returned from London to join her father in Luanda, and started working as a "
 "project manager engineer for Urbana 2000, a subsidiary of Jembas Group, that won the contract for cleaning and "
 "disinfection of the city.",
 "investment (leadership)", ["leadership", "deal"],
 "The article as wiki-gateway.eudic.net (a Wikipedia copy) holds it: the title line, the infobox lines (born, "
 "residence, nationality, alma mater, occupation 'Investor', net worth, religion, spouse, children, parents), "
 "citation markers with the space before one ('investor [5] considered' becomes 'investor considered', whitespace "
 "only; '[4]'-'[20]') and the headings ('Family and education', 'Business activities') cut; kept as written: 'the "
 "oldest daughter', 'three billion US Dollars', 'Africa’s' with its typographic apostrophe, 'a project manager "
 "engineer for Urbana 2000, a subsidiary of Jembas Group, that won the contract'; cut after 'disinfection of the "
 "city.', before 'Then, she set up a trucking busin', where the excerpt breaks off (`truncated`). Content to 2015 "
 "(net worth November 2015 in the infobox): recorded 3.0. Doubtful: eudic.net's terms were not found in the page "
 "store; newer renderings in the store (en.wikipedia.org 2019, review.clateway.com) give her later court cases and no "
 "post; this one was used. Isabel dos Santos, José Eduardo dos Santos, Urbana 2000, Jembas, Sindika Dokolo, Kukanova: "
 "0 in train/dev/test.", "non-US", v3=True, copy_of="the Wikipedia article, via wiki-gateway.eudic.net"))

R.append(wp("wp-patrice-motsepe", "Patrice Motsepe", "http://en.wikipedia.org/wiki?curid=1002787",
 "Patrice Tlhopane Motsepe (born 28 January 1962) is a South African billionaire businessman and football "
 "administrator. Since March 2021, he has been president of the Confederation of African Football. He is the founder "
 "and executive chairman of African Rainbow Minerals, which has interests in gold, ferrous metals, base metals, and "
 "platinum. He sits on several company boards, including being the non-executive chairman of Harmony Gold, the "
 "world's 12th largest gold mining company, and the deputy chairman of Sanlam. In 2012, Motsepe was named South "
 "Africa's richest man (excluding Elon Musk), topping the Sunday Times' annual Rich List with an estimated fortune of "
 "$1 billion. Almost a decade later in 2020, Motsepe was ranked as the 1,307th-wealthiest person in the world by "
 "Forbes, with a reported fortune of US$3.1 billion.\n\n"
 "In 2003, he became the owner of football club Mamelodi Sundowns.\n\n"
 "In 2013, he joined The Giving Pledge, committing to give half of his wealth to charitable causes.\n\n"
 "Patrice Motsepe was born to Kgosi Augustine Motsepe, a chief of the Mmakau branch of the Tswana people, who had "
 "previously been a schoolteacher and who was later a small businessman as the owner of a Spaza shop which was "
 "popular with mine workers. It was from this shop that Motsepe learned basic business principles from his father, "
 "as well as first-hand exposure to mining.",
 "mining (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store (addressed by its page id, curid 1002787; 'age 62'): "
 "the title line, 'From Wikipedia, the free encyclopedia', the infobox lines ('7th President of CAF', 'Assumed office "
 "12 March 2021', 'Preceded by Ahmad Ahmad', personal details, relatives, alma mater, occupation, known for), "
 "citation markers ('[1]'-'[6]') and the heading 'Early life and education[edit]' cut; kept as written: '(excluding "
 "Elon Musk)', 'the Sunday Times' annual Rich List', 'Almost a decade later in 2020'; cut after 'exposure to "
 "mining.', before 'He', where the excerpt breaks off (`truncated`). An older en.wikipedia.org rendering (2018) in "
 "the store lacks the CAF presidency; this one was used. Content to 2024: recorded 4.0. Motsepe, African Rainbow "
 "Minerals, Harmony Gold, Sanlam, Mamelodi, Confederation of African Football: 0 in train/dev/test.", "non-US",
 copy_of="the Wikipedia article, addressed by page id"))

# ---- Canada --------------------------------------------------------------------------------------------------------
R.append(wp("wp-belinda-stronach", "Belinda Stronach", "https://en.wikipedia.org/wiki/Belinda_Stronach",
 "Belinda Caroline Stronach (born May 2, 1966) is a Canadian businesswoman and former politician. She served as a "
 "Member of Parliament (MP) from 2004 to 2008, initially as a Conservative and later as a Liberal. During her "
 "political career, Stronach served as the Minister of Human Resources and Skills Development from May 17, 2005, to "
 "February 6, 2006, and Minister responsible for Democratic Renewal from May 17, 2005, to February 6, 2006, both in "
 "Paul Martin's Cabinet.\n\n"
 "The daughter of businessman Frank Stronach, she assumed leadership roles in Magna International and The Stronach "
 "Group after leaving politics.\n\n"
 "Stronach was born in Newmarket, Ontario, Canada, to Austrian parents Elfriede Sallmutter and Frank Stronach, the "
 "Magna International founder and chairman. She graduated from Newmarket High School and in 1985 attended York "
 "University in Toronto, where she studied business and economics for a year before dropping out to work at "
 "Magna.\n\n"
 "Stronach received an honorary Doctor of Law degree from Brock University in St. Catharines, Ontario in June 2009 "
 "for her charity work with Rick Mercer on Spread the Net.",
 "autos and racing (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store ('= Belinda Stronach =' title line): that line, the "
 "infobox lines (office, terms, prime minister, predecessors and successors, riding, party, spouse, residence, "
 "occupation 'Chairman, Chief Executive Officer and President, The Stronach Group', parents, children) and the "
 "heading '==Early life==' cut; kept as written: 'She served as a Member of Parliament (MP)', 'both in Paul Martin's "
 "Cabinet', 'she assumed leadership roles in Magna International and The Stronach Group after leaving politics' (no "
 "title told); cut after 'on Spread the Net.', before '==Professiona', where the excerpt breaks off (`truncated`; "
 "her Magna posts are lost with it). An older rendering in the store (a 2004 revision under a mislabelled address on "
 "wiki.privacytools.io) tells her Magna posts; left out for its doubtful provenance. Recorded 4.0: a '= Title =' "
 "rendering (as batch 26e's Celtel). Stronach, Magna International, Paul Martin, Newmarket, Rick Mercer: 0 in "
 "train/dev/test.", "non-US"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
