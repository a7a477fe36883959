#!/usr/bin/env python3
"""Batch 31h (session 32; helper gather32h, round 2): English Wikipedia texts (CC BY-SA) on business executives told
as news, the second part this session of the lane of batches 27a-31a, and the first of it to take only WOMEN
executives and founders, all from outside the United States: China (Zhang Xin, property), France (Anne Lauvergeon,
nuclear energy), Singapore (Olivia Lum, water treatment), Japan (Yoshiko Shinohara, staffing), Finland (Sari
Baldauf, telecommunications equipment and a utility), the United Kingdom (Marjorie Scardino, publishing; Karren
Brady, football clubs and retail) and Canada/UK (Moya Greene, postal services). Roles: founders and co-founders,
chief executives, chairs and a chairman emeritus, vice chairs, managing directors, presidents, board members,
predecessors in office, former posts against current ones. All eight texts were gathered before any was annotated.
Texts are the search tool's page-store excerpts (`search`, corpus `pages`; never a whole page), cut at the last full
sentence before an excerpt breaks off or before a section the excerpt only begins (`truncated`). Edits per item in
`notes`; no word added or changed.
usage: batch31h.py [POOL_DIR] [--dry]   (default /tmp/gather32h/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather32h/pool"

R = []
# ---- Asia ----------------------------------------------------------------------------------------------------------
R.append(wp("wp-zhang-xin", "Zhang Xin (businesswoman)", "https://en.wikipedia.org/wiki/Zhang_Xin_(businesswoman)",
 "Zhang Xin (simplified Chinese: \u5f20\u6b23; traditional Chinese: \u5f35\u6b23; pinyin: Zh\u0101ng X\u012bn, born "
 "1965) is a Chinese business magnate. She is co-founder and CEO of SOHO China, the largest commercial real estate "
 "developer in Beijing. As of 2014, she is listed as the 62nd most powerful woman in the world by Forbes.\n\n"
 "As one of China's most celebrated female entrepreneurs, Zhang Xin has an online following of over 8 million fans "
 "on Sina Weibo, the Chinese version of Twitter.\n\n"
 "Zhang Xin and her husband Pan Shiyi founded the SOHO China Foundation in 2005 as a philanthropic organization to "
 "engage in education focused initiatives to alleviate poverty. In July 2014, the SOHO China Foundation announced "
 "the SOHO China Scholarships a US $100 million initiative to endow financial aid scholarships at leading "
 "international universities.\n\n"
 "The SOHO China Foundation signed a US $15 million gift agreement with Harvard University in July 2014, and a US "
 "$10 million gift agreement with Yale University in October 2014.\n\n"
 "In the 1950s, Zhang Xin's parents, third generation Burmese Chinese, left Burma and immigrated to China, leaving "
 "behind their confectionery business. There, they worked as translators at the Bureau of Foreign Languages. They "
 "separated during the Cultural Revolution.\n\n"
 "Born in Beijing in 1965, Zhang Xin moved to Hong Kong at the age of 14 with her mother and lived in a room just "
 "big enough for two bunk beds.",
 "property development (leadership)", ["leadership"],
 "The article as en.wikipedia.org rendered it about 2016-2017 (infobox 'age 51', net worth 'May 2015', 'As of 2014' "
 "in the lead), held at its own address in the page store: the title line 'Zhang Xin (businesswoman)', 'From "
 "Wikipedia, the free encyclopedia', 'Jump to: navigation, search', the hatnote 'This is a Chinese name; the family "
 "name is Zhang.', the infobox lines ('Born (1965-08-24) 24 August 1965 (age 51)', 'Occupation CEO, SOHO China', "
 "'Religion ...', 'Spouse(s) Pan Shiyi', 'Website www.sohochina.com' and the rest), the heading 'Early life and "
 "education[edit]', the citation markers and one '[citation needed]' cut; kept as written: the Chinese script and "
 "pinyin in the opening bracket, 'the SOHO China Scholarships a US $100 million initiative' (no comma), 'US $15 "
 "million', 'education focused'; cut after 'two bunk beds.', before 'To save for an education abroad, she worked for "
 "five years in small factories tha', where the excerpt breaks off (`truncated`). Recorded 3.0 (a rendering of "
 "2016-2017, before June 2023; no revision id). The page store also holds the-uncensored-wiki.com's 2014 copy "
 "(its lead names her CEO and chairwoman of Teach For China, and its excerpt breaks off in the sentence that tells "
 "the co-founding): not used, the newer rendering states the co-founding whole. Zhang Xin, SOHO, Pan Shiyi, Bureau "
 "of Foreign Languages: 0 in train/dev/test and in every gather script; Sina Weibo in 1 corpus file, Harvard in "
 "several (other events).", "non-US", v3=True))

R.append(wp("wp-olivia-lum", "Olivia Lum", "https://en.wikipedia.org/wiki/Olivia_Lum",
 "Olivia Lum Ooi Lin is a Singaporean businesswoman. She is best known for being the founder, group chief executive "
 "officer, and president of the Singapore-based Hyflux Group. She also heads the Research and Development "
 "function.\n\n"
 "Lum was adopted at birth, and never knew her biological parents; she was brought up by a woman she called her "
 "\"grandmother\". When Lum was only three, her grandmother gambled away her savings; they lost the house in which "
 "they were living, and moved to a leaky shack without running water. She came to Singapore at the age of 15 and "
 "enrolled at the Tiong Bahru Secondary School, where she supported herself through tutoring and sales jobs. She "
 "went on to study at Hwa Chong Junior College and graduated in 1986 with an Honours degree in chemistry from the "
 "Faculty of Science of the National University of Singapore.\n\n"
 "Lum started corporate life as a chemist with Glaxo Pharmaceutical. After working for three years at Glaxo, she "
 "left in 1989 at the age of 28 to start up Hydrochem, the precursor to Hyflux, with just SG$20,000 of capital, "
 "which she raised by selling her condominium and car. She hired three employees at the start; Lum herself rode "
 "around on a motorcycle selling her company's water filters and treatment chemicals. By January 2001, Hyflux had "
 "become the first water treatment company to be listed on SESDAQ, and was upgraded to the Singapore Exchange's "
 "Mainboard in April 2003. By 2005, she had a net worth of over US$240 million, which earned her a place as the only "
 "woman on Forbes' \"Southeast Asia Rich List\".",
 "water treatment (leadership)", ["leadership"],
 "The article as en.wikipedia.org rendered it about 2017-2019 (the 'Jump to navigation Jump to search' line of "
 "those years; net worth '(2011)' in the infobox; nothing of Hyflux's 2018 court protection in the excerpt), held at "
 "its own address in the page store: the title line, 'From Wikipedia, the free encyclopedia', the navigation line, "
 "the infobox lines ('Born Kampar, Perak, Malaysia', 'Alma mater National University of Singapore', 'Occupation "
 "Group CEO & President, Hyflux Group of Companies', 'Net worth US$$460 million Increase(2011)', the Chinese-name "
 "lines), the heading 'Early life[edit]', the citation markers and one '[citation needed]' after 'Research and "
 "Development function.' and one after 'in April 2003.' cut; the blank lines where the page's Career heading stood "
 "made one paragraph break (whitespace only); kept as written: 'Olivia Lum Ooi Lin' (no Chinese script in the "
 "opening), 'Glaxo Pharmaceutical', 'SG$20,000', 'Forbes' \"Southeast Asia Rich List\"'; cut after 'Southeast Asia "
 "Rich List\".', before 'As of 2007, Hyflux was', where the excerpt breaks off (`truncated`). Recorded 3.0 (a "
 "rendering before June 2023; no revision id). Olivia Lum, Hyflux, Hydrochem, SESDAQ, Tiong Bahru, Hwa Chong: 0 in "
 "train/dev/test and in every gather script; 'Glaxo' in 2 corpus files (GlaxoSmithKline events) and 'Singapore "
 "Exchange' elsewhere, other events.", "non-US", v3=True))

R.append(wp("wp-yoshiko-shinohara", "Yoshiko Shinohara", "https://wiki.riteme.site/wiki/Yoshiko_Shinohara",
 "Yoshiko Shinohara (Japanese: \u7be0\u539f\u6b23\u5b50, Hepburn: Shinohara Yoshiko) is a Japanese businesswoman "
 "and philanthropist. Shinohara founded Persol Holdings (formerly Tempstaff) in 1973, leading the company until she "
 "retired while taking on the role of chairman emeritus in 2016. In 2017, she became the first woman in Japan to "
 "become a self-made billionaire.\n\n"
 "Shinohara was born in 1934, to a school headmaster and a midwife. She had a tough upbringing growing up during "
 "World War II and her father died when she was only 8. She attended public schools, eventually graduating from "
 "Yokohama Eiri Girls High School in 1953. She got married shortly after finishing high school when she was 20 but "
 "left her husband shortly thereafter realizing \"she would rather not be married.\" She never remarried and has no "
 "children.\n\n"
 "In 1973, Shinohara founded Tempstaff from a one-bedroom apartment after returning to Japan after living abroad in "
 "Europe and Australia where she saw women working as temps. She was 38 and had recently divorced her husband. At "
 "the time, it was unusual for Japanese women to do paid work let alone start a company and, initially, her company "
 "was in violation of the law which did not allow for temporary employment. The company was initially staffed "
 "entirely by women but began hiring men in 1988.\n\n"
 "Shinohara retired from her role as chairman of the company in 2016 while retaining the title of chairman emeritus. "
 "As of 2020, she had an 11% stake in Persol Holdings. In early 2023, she became Japan's first self-made woman "
 "billionaire as shares in her company boomed. Forbes estimated her net worth at $965 million in 2023.",
 "staffing services (leadership)", ["leadership"],
 "The article as wiki.riteme.site, a mirror of en.wikipedia.org (the copy batch 31a used for Pham Nhat Vuong), holds "
 "it in the page store ('(age 90)' in the infobox: a rendering of October 2024 to October 2025): 'Jump to content', "
 "the title line, 'From Wikipedia, the free encyclopedia', the infobox lines ('Yoshiko Shinohara', the Japanese "
 "name, 'Born (1934-10-19) 19 October 1934 (age 90)', 'NationalityJapanese', 'Known forFounder and chairman "
 "emeritus, Persol Holdings (formerly Temp Holdings)'), the headings 'Early life and education' and 'Career' with "
 "their '[edit]' lines and the citation markers cut; the breaks after the removed headings made paragraph breaks "
 "(whitespace only); kept as written: the Japanese script and Hepburn form in the opening bracket, 'realizing', "
 "'chairman emeritus', 'let alone start a company'; cut after 'net worth at $965 million in 2023.', before 'She "
 "has ', where the excerpt breaks off (`truncated`). en.wikipedia.org's own rendering in the store ('= Yoshiko "
 "Shinohara =') drops the name from the opening (' is a Japanese businesswoman') and reads 'High School As of "
 "1953': not used. Recorded 4.0 (2024-2025 content; no revision id). Shinohara, Persol, Tempstaff, Yokohama Eiri: 0 "
 "in train/dev/test and in every gather script.", "non-US", copy_of="the Wikipedia article, via a mirror"))

# ---- Europe --------------------------------------------------------------------------------------------------------
R.append(wp("wp-anne-lauvergeon", "Anne Lauvergeon", "https://en.m.wikipedia.org/wiki/Anne_Lauvergeon",
 "Anne Lauvergeon (born 2 August 1959) is a French businesswoman who served as CEO of Areva from 2001 until 2011. "
 "According to The Wall Street Journal, she is known internationally as one of the most prominent defenders of "
 "nuclear power.\n\n"
 "Lauvergeon was born into a middle-class family in Dijon, C\u00f4te-d'Or; her father taught history and her mother "
 "was a social worker. Her grandfather was mayor of a village in Burgundy. She later grew up in Orl\u00e9ans, where "
 "her father became a professor of geography.\n\n"
 "Lauvergeon attended the \u00c9cole normale de jeunes filles to pass the Agr\u00e9gation in physics. Then she "
 "entered the Corps des Mines. In 1983 she enrolled in her first vocational course with the Corps de Mines, in the "
 "iron and steel industry, at Usinor. A second vocational course, in 1984, took place with the Commissariat \u00e0 "
 "l'\u00e9nergie atomique, where she studied chemical safety in Europe.\n\n"
 "From 1985 to 1988, Lauvergeon was with the l'Inspection g\u00e9n\u00e9rale des carri\u00e8res (IGC). In 1990, she "
 "was placed in charge of the mission for the international economy and foreign trade by French President "
 "Fran\u00e7ois Mitterrand. The following year, she became assistant secretary general. She was then named "
 "\"sherpa\", i.e. personal representative to the president, and responsible for preparing international meetings "
 "such as the G7 summit.\n\n"
 "In 1995, Lauvergeon joined the banking sector, and became a managing partner of Lazard; she was the only woman "
 "partner at the firm. While at Lazard, she spent several months at the investment bank's New York office.",
 "nuclear energy (leadership)", ["leadership"],
 "The article as en.m.wikipedia.org (the mobile site) rendered it about 2019-2020 (infobox 'age 60'), held at that "
 "address in the page store: the infobox lines that the mobile rendering prints after the opening paragraph ('Anne "
 "Lauvergeon', the photograph's file name, 'Born (1959-08-02) 2 August 1959 (age 60)', 'NationalityFrench', "
 "'EducationLyc\u00e9e Lakanal', 'Alma mater...', 'Spouse(s)Olivier Fric'), the headings 'Early life end "
 "educationEdit', 'CareerEdit' and 'Early beginningsEdit' and the citation markers cut; the breaks after the removed "
 "lines made paragraph breaks (whitespace only); kept as written: 'the Corps de Mines' beside 'the Corps des Mines', "
 "'was with the l'Inspection g\u00e9n\u00e9rale des carri\u00e8res (IGC)', 'assistant secretary general', "
 "'\"sherpa\", i.e.'; cut after 'the investment bank's New York office.', before 'In late 1996, she left the firm "
 "after difficulties with \u00c9douard Stern; ...', whose last sentence the excerpt breaks off in (`truncated`). "
 "Recorded 3.0 (a rendering of 2019-2020, before June 2023; no revision id). The store also holds an en.wikipedia.org "
 "old revision (oldid 1216927435, 2 April 2024), whose excerpt breaks off before Lazard, and Infogalactic's fork "
 "(its lead adds a sentence of its own): not used. Lauvergeon, Cogema, Usinor, Dijon, Orl\u00e9ans: 0 in "
 "train/dev/test and in every gather script; Areva in 1 corpus file and 2 gather scripts (other events), Lazard in "
 "1 corpus file (another event).", "non-US", v3=True, copy_of="the Wikipedia article, mobile rendering"))

R.append(wp("wp-sari-baldauf", "Sari Baldauf", "https://en.wikipedia.org/wiki/Sari_Baldauf",
 "Sari Maritta Baldauf (born 10 August 1955 in Kotka, Finland) is a Finnish businesswoman who is chairwoman of the "
 "board of directors of Nokia. She joined the board in 2018 and became vice chair in 2019, before she succeeded "
 "Risto Siilasmaa as chairwoman in 2020. In January 2026, it was announced that Baldauf plans to step down as "
 "chairwoman at the annual general meeting in April 2026. Until 2005, she was head of Nokia's Networks Business "
 "Group.\n\n"
 "Baldauf graduated as a Master of Business Administration from the Helsinki School of Economics. She received "
 "honorary doctorates in Technology (from the Helsinki University of Technology) and Business Administration (from "
 "the Turku School of Economics and Aalto University School of Business) in 1979.\n\n"
 "Baldauf joined Nokia in 1983. She was selected into Nokia's Group Executive Board in 1994.\n\n"
 "Baldauf was selected as the most influential female executive in the year 1998 by Fortune. In 2002, the Wall "
 "Street Journal named her as Europe's most successful female executive.\n\n"
 "On December 3, 2004 Baldauf announced that she would resign from Nokia for personal reasons. She is or was a "
 "member of a number of executive boards of Finnish and international companies including Fortum, Capman, "
 "F-Secure, Hewlett-Packard and Daimler. In 2011, she replaced Matti Lehti as chairman of the board at the "
 "electrical utility company in Finland, Fortum, making her the first female chairman of a major Finnish company. "
 "She left the Fortum board in 2018. She is also a Member of the Board of Directors of Aalto University Foundation "
 "and the think tank Demos Helsinki.",
 "telecommunications equipment and utilities (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store in the recent '= Title =' form (the step-down "
 "announced 'In January 2026', so 2026 content): the title line '= Sari Baldauf =', the infobox lines ('Sari "
 "Baldauf', '- Birthplace: Kotka, Kymenlaakso, Finland', '- Occupation: Businesswoman') and the headings "
 "'==Education==' and '==Business==' cut; the single breaks after the headings made paragraph breaks, and the one "
 "before 'Baldauf was selected as the most influential' and before 'On December 3, 2004' doubled (whitespace only); "
 "kept as written: 'honorary doctorates ... in 1979' (the year as the page gives it), 'On December 3, 2004 Baldauf' "
 "(no comma), 'She is or was a member of a number of executive boards', 'chairman of the board' beside "
 "'chairwoman', 'a Member of the Board of Directors'; the excerpt ends after 'Demos Helsinki.' with a section break "
 "and the page goes on (`truncated`; doubtful whether anything of the section was left out). Recorded 4.0 (2026 "
 "content; no revision id). Baldauf, Siilasmaa, Fortum, Capman, F-Secure, Matti Lehti, Demos Helsinki, Kotka: 0 in "
 "train/dev/test and in every gather script; Nokia in 10 corpus files (other events: phones, networks, its own "
 "history is no corpus text by id), Hewlett-Packard and Daimler in several (other events).", "non-US"))

R.append(wp("wp-marjorie-scardino", "Marjorie Scardino", "http://piglix.com/piglix/Marjorie_Scardino",
 "Dame Marjorie Morris Scardino, DBE, FRSA (born 25 January 1947) is an American-born British business executive. "
 "She is the former CEO of Pearson PLC. Dame Marjorie became a trustee of Oxfam during her tenure at Pearson. She "
 "has been criticized by Private Eye magazine because, while Oxfam campaigns against corporate tax avoidance as "
 "part of the IF Coalition, Pearson was \"a prolific tax haven user...routing hundreds of millions of pounds "
 "through an elaborate series of Luxembourg companies (and a Luxembourg branch of a UK company) to avoid tax\". She "
 "became the first female Chief Executive of a FTSE 100 company when she was appointed CEO of Pearson in 1997. She "
 "is also a non-executive director of Nokia and former CEO of the Economist Group. During her time at Pearson, she "
 "had tripled profits to a record \u00a3942m. In December 2013, she joined the board of Twitter as its first female "
 "director, after a controversy involving a lack of diversity on the Twitter board.\n\n"
 "Scardino was born in Flagstaff, Arizona in 1947, and grew up in Texarkana, Texas. While living in Texas she "
 "participated in rodeo riding as a teenager. Scardino is a graduate of Baylor University with a BA in French and "
 "psychology in 1969. She began law school at George Washington University but dropped out to become a journalist "
 "at Associated Press in Charleston, West Virginia, and later obtained her law degree from the University of San "
 "Francisco School of Law.\n\n"
 "Before 1985, Scardino was the editor of the newspaper, The Georgia Gazette.",
 "publishing and media (leadership)", ["leadership"],
 "The English Wikipedia article of about 2014-2016 (Twitter's board 'In December 2013', Nokia directorship as "
 "current) as piglix.com, a copy site, holds it in the page store: the infobox table ('Marjorie Scardino | |', the "
 "photograph caption, 'Born | Marjorie Morris 25 January 1947 Arizona |', 'Residence | London |', 'Nationality | "
 "American |', 'Citizenship | British |', 'Alma mater', 'Occupation', 'Employer', 'Spouse(s)' rows) and the "
 "citation markers '[1]' and '[2]' with the space before each cut (whitespace only); the copy prints no headings "
 "and a single line break between paragraphs, doubled (whitespace only); kept as written: 'Dame Marjorie Morris "
 "Scardino, DBE, FRSA', 'tax haven user...routing' (no spaces round the ellipsis), 'Chief Executive' (capitals), "
 "'Flagstaff, Arizona in 1947' (no comma); the excerpt ends after 'The Georgia Gazette.' and the article goes on "
 "(the same page on an IPFS copy continues 'She is the board chair of the MacArthur F...') (`truncated`). Her "
 "career was in the US until 1993 and in London after; counted non-US (a British executive, American-born; "
 "doubtful). Recorded 3.0 (before June 2023; no revision id). Scardino, Economist Group, Private Eye, IF "
 "Coalition, Georgia Gazette, Baylor: 0 in train/dev/test and in every gather script; Pearson in round-2 gatherer "
 "gather32d's pool as the name of a publisher in its text on Penguin Random House (the company, not her; checked by "
 "grep only); Nokia, Twitter, Associated Press in many corpus files, Oxfam in 1 (other events).", "non-US", v3=True,
 copy_of="the Wikipedia article of about 2014-2016, via a copy site"))

R.append(wp("wp-karren-brady", "Karren Brady", "https://en.wikipedia.org/wiki/Karren_Brady",
 "Karren Rita Brady, Baroness Brady, (born 4 April 1969) is a British business executive and television "
 "personality. She is a former managing director of Birmingham City F.C. and current vice-chairman of West Ham "
 "United F.C., and an aide to Alan Sugar on The Apprentice. She is a Conservative member of the House of Lords and "
 "has been a Small Business Ambassador for the UK government.\n\n"
 "Her appointment with Birmingham City began in March 1993, when she was 23. In 2002, she became the first woman to "
 "hold such a post in the top flight of English football when the team was promoted. She oversaw the company's "
 "flotation in 1997, thus becoming the youngest managing director of a UK plc. She left in 2009. In January 2010, "
 "she was appointed vice-chairwoman of West Ham United following Sullivan and Gold's purchasing of the club. Brady "
 "is a regular writer for the Woman & Home magazine and The Sun. She has also published four books including two "
 "novels. Her most recent book, Strong Woman, published in March 2012 and aimed at inspiring women in business, was "
 "a Sunday Times Bestseller. On 22 September 2014, Brady was elevated to the House of Lords as a Conservative life "
 "peer, taking the title Baroness Brady.\n\n"
 "On 17 July 2017, she was appointed by Sir Philip Green to chairman of Taveta, owner of the Arcadia Group.\n\n"
 "Brady was brought up in Edmonton, London, and the family house was near the Tottenham Hotspur football ground. "
 "Her Irish father, Terry Brady, had made his fortune in printing and property development. Her mother, Rita, is "
 "Italian, and she has an older brother, Darren.",
 "football clubs and retail (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store in the recent '= Title =' form, with content that "
 "stops in 2017 (her Taveta chair 'On 17 July 2017', 'current vice-chairman of West Ham United'): the title line '= "
 "Karren Brady =', the infobox lines ('The Baroness Brady |honorific-suffix =', '- Birthplace: Edmonton, London, "
 "England', '- Occupation: ...') and the heading '==Early life==' cut; the single line break before 'On 17 July "
 "2017' and the one after the heading made paragraph breaks (whitespace only); kept as written: 'Karren Rita Brady, "
 "Baroness Brady, (born' (comma before the bracket), 'the Woman & Home magazine', 'Sullivan and Gold's purchasing', "
 "'appointed by Sir Philip Green to chairman of Taveta'; cut after 'an older brother, Darren.', before 'She attended "
 "Salcombe Preparatory School ... a boys' school which accepted girls in the sixth form, wher', where the excerpt "
 "breaks off (`truncated`). Recorded 4.0 (the recent rendering form, as batch 31a's en.wikipedia.org texts; "
 "doubtful: nothing in the excerpt is dated after 2017 and no revision id). Karren Brady, Birmingham City, West Ham, "
 "Alan Sugar, Woman & Home, Edmonton: 0 in train/dev/test and in every gather script; Taveta named in GATHERING.md "
 "(another text's note); Arcadia in 1 corpus file and The Sun in several (other events).", "non-US"))

# ---- the Americas and Europe ---------------------------------------------------------------------------------------
R.append(wp("wp-moya-greene", "Moya Greene", "https://en.wikipedia.org/wiki/Moya_Greene",
 "Dame Moya Marguerite Greene (born 10 June 1954) is a Canadian businesswoman who was the chief executive officer "
 "(CEO) of the Royal Mail from 2010 until 2018, having previously been the CEO of Canada Post.\n\n"
 "Moya Marguerite Greene was born on 10 June 1954, in St John's, Newfoundland, the daughter of Austin Greene, a DIY "
 "shop owner and Angela ( Cooke) Greene, a special education teacher, of Coley's Point. She graduated from Memorial "
 "University of Newfoundland with a Bachelor of Arts in 1974, and then attended Osgoode Hall Law School.\n\n"
 "On graduation in 1979, she joined the Public Service of Canada in Ottawa as an immigration adjudicator, later "
 "taking positions in the Department of Labour and the Privy Council Office. In the later position as Assistant "
 "Deputy Minister for Transport Canada, she was responsible for transport, overseeing the privatisation of Canadian "
 "National Railway and the deregulation of the Canadian airline industry.\n\n"
 "In 1996, she joined TD Securities as managing director of infrastructure finance and public private partnership. "
 "In 2000 she joined the Canadian Imperial Bank of Commerce as senior vice president and chief administrative "
 "officer, retail products. In 2003 she joined Bombardier as senior vice president, operational effectiveness, under "
 "CEO Paul Tellier. That same year she was named among the 100 most influential women in Canada by the National "
 "Post, and in 2004 as one of the Top 40 female corporate executives in Canada by the Ivey Business School.\n\n"
 "After resigning from Bombardier at the end of 2004, following Tellier's departure, she was appointed president and "
 "chief executive officer of Canada Post on May 12, 2005. During her tenure, she placed emphasis on cost cutting "
 "through cutting absenteeism, increasing automation and improved labour relations.",
 "postal services (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store in the recent '= Title =' form (the Royal Mail post "
 "given as ended 'from 2010 until 2018'): the title line '= Moya Greene =', the infobox lines ('Moya Greene | "
 "honorific-suffix =', '- Birthplace: St. John's, Newfoundland and Labrador, Canada') and the headings '==Early life "
 "and education==' and '==Career==' cut; the single breaks after the headings made paragraph breaks (whitespace "
 "only); kept as written: 'Angela ( Cooke) Greene' (the rendering drops 'n\u00e9e' and keeps the space), 'a DIY "
 "shop owner and Angela' (no comma), 'In 2000 she joined', 'privatisation', 'labour'; cut after 'improved labour "
 "relations.', before 'The result was a trebling of Canada Post's ', where the excerpt breaks off (`truncated`). "
 "Recorded 4.0 (the recent rendering form; no revision id). Copies of other years in the store (wikimili.com, an "
 "IPFS copy of about 2016, a proxy of en.wikipedia.org) were not used. Moya Greene, Canada Post, TD Securities, "
 "Tellier, Osgoode, Coley's Point: 0 in train/dev/test and in every gather script; Royal Mail in 2 corpus files and "
 "Bombardier in several (other events).", "non-US"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
