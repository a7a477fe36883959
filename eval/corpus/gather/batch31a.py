#!/usr/bin/env python3
"""Batch 31a (session 32; helper gather32a): English Wikipedia texts (CC BY-SA) on business executives, part 6 of
the lane of batches 27a, 27e, 28a, 29a and 30a, told as news. Roles are the kind this lane feeds: founders and
co-founders, chairs and chief executives, a chairman emeritus, a non-executive chair, vice-presidents, former posts
against current ones, posts at several companies, a predecessor in office, plus heads of government named beside
the executive. Eight people from countries and sectors the lane had not taken: India (Narayana Murthy, IT services;
Shiv Nadar, IT hardware and services), Switzerland (Nicolas Hayek, watches), Chile (Horst Paulmann, supermarkets),
Spain (Florentino Pérez, construction and a football club), China (Ren Zhengfei, telecommunications equipment),
Vietnam (Phạm Nhật Vượng, property) and Australia (Andrew Forrest, iron ore). All eight texts were gathered before
any was annotated. Texts are the search tool's page-store excerpts (`search`, corpus `pages`; never a whole page),
cut at the last full sentence before an excerpt breaks off (`truncated`). Edits per item in `notes`; no word added
or changed.
usage: batch31a.py [POOL_DIR] [--dry]   (default /tmp/gather32a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather32a/pool"

R = []
# ---- Asia ----------------------------------------------------------------------------------------------------------
R.append(wp("wp-narayana-murthy", "N. R. Narayana Murthy", "https://en.wikipedia.org/wiki/N._R._Narayana_Murthy",
 "Nagavara Ramarao Narayana Murthy (born 20 August 1946) is an Indian billionaire businessman. He is the founder of "
 "Infosys, and was the chairman, chief executive officer (CEO), president, and chief mentor of the company before "
 "retiring and becoming chairman emeritus. As of January 2025, his net worth was estimated at US$5.0 billion, "
 "according to Forbes.\n\n"
 "Murthy was born and raised in Sidlaghatta, Karnataka. He first worked at the Indian Institute of Management "
 "Ahmedabad, as chief systems programmer, and Patni Computer Systems in Pune, Maharashtra. He founded Infosys in 1981 "
 "and was the CEO from 1981 to 2002, as well as the chairman from 2002 to 2011. In 2011, he stepped down from the "
 "board and became the chairman emeritus. In June 2013, Murthy was appointed as the executive chairman for a period "
 "of five years.\n\n"
 "Murthy has been listed among the 12 greatest entrepreneurs of our time by Fortune magazine. He has been described "
 "as the \"father of the Indian IT sector\" by Time magazine and CNBC for his contribution to outsourcing in India. "
 "In 2005, he co-chaired the World Economic Forum in Davos, Switzerland. Murthy has been honoured with the Padma "
 "Vibhushan and Padma Shri awards.\n\n"
 "Murthy is the father-in-law of Rishi Sunak, who was Prime Minister of the United Kingdom from 2022 to 2024.\n\n"
 "N. R. Narayana Murthy was born on 20 August 1946 in Sidlaghatta, a city in India's south-western state of "
 "Karnataka into a Kannada speaking middle-class Deshastha Madhva Brahmin family. After completing his school "
 "education, he went to the National Institute of Engineering and graduated in 1967 with a bachelor's degree in "
 "electrical engineering. In 1969 he received his master's degree from the Indian Institute of Technology Kanpur.\n\n"
 "In 2007, Murthy received an honorary degree from Lancaster University.",
 "IT services (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store in the recent '= Title =' form (net worth 'As of "
 "January 2025', Sunak's premiership given as ended in 2024, so 2025 content): the title line '= N. R. Narayana "
 "Murthy =', the infobox lines ('N. R. Narayana Murthy', '- Birthplace: Sidlaghatta, Kingdom of Mysore, British "
 "India, (present-day Karnataka, India)') and the headings '==Early life and education==' and '==Career==' cut; "
 "the heading line's single break after it made a paragraph break (whitespace only); kept as written: 'Kannada "
 "speaking', 'In 1969 he received' (no comma), 'honoured'; cut after 'from Lancaster University.', before the "
 "'==Career==' section, whose first word 'Murthy' is where the excerpt breaks off (`truncated`). Recorded 4.0 "
 "(2025 content; no revision id). Narayana Murthy, Sidlaghatta, Patni, National Institute of Engineering, Lancaster "
 "University: 0 in train/dev/test and in every gather script; Infosys in 1 train file (batch 13: Finnair's talks "
 "with an Indian airline, another event), Rishi Sunak in 1 dev file (a UK Treasury release, another event).",
 "non-US"))

R.append(wp("wp-shiv-nadar", "Shiv Nadar", "https://en.wikipedia.org/wiki/Shiv_Nadar",
 "Shiv Nadar (born 14 July 1945) is an Indian billionaire businessman and philanthropist. He is the founder and "
 "chairman of HCL Technologies, and is chairman of the Shiv Nadar Foundation. Nadar founded HCL in 1976 and "
 "transformed the IT hardware company into an IT enterprise over the next three decades.\n\n"
 "In 2008, Nadar was awarded the Padma Bhushan for his efforts in the IT industry. Nadar, nicknamed by friends as "
 "Magus (Old Persian for \"wizard\"), since the mid-1990s he has focused his efforts on developing the educational "
 "system of India through the Shiv Nadar Foundation.\n\n"
 "According to Forbes, he has an estimated net worth of US$34.1 billion as of 26 March 2025, making him one of the "
 "richest people in the world.\n\n"
 "Nadar was born in Moolaipozhi village, Madras Presidency (present day Thoothukudi district, Tamil Nadu) into a "
 "Tamil Hindu family. His parents were Sivasubramaniya Nadar and Vamasundari Devi. His mother, Vamasundari Devi, is "
 "the sister of S. P. Adithanar, founder of Dina Thanthi newspaper.\n\n"
 "Nadar studied at Town Higher Secondary School, Kumbakonam. He also studied in the Elango Corporation Higher "
 "Secondary School, Madurai. He was admitted into the first form (Sixth Standard) in June 1955 and continued his "
 "education in Town High School until June 1957. Later, he joined St. Joseph Boys Higher Secondary School, Trichy, "
 "and completed high school education here. Nadar received a pre-university degree in the American College, Madurai "
 "and a degree in Electrical Engineering from PSG College of Technology, Coimbatore in 1967.\n\n"
 "Nadar began his career at Walchand group's Cooper Engineering Ltd. in Pune in 1967. he soon gave it up to begin "
 "his own venture, in partnerships with several friends and colleagues.",
 "IT hardware and services (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store in the recent '= Title =' form (net worth 'as of 26 "
 "March 2025'): the title line '= Shiv Nadar =', the infobox lines ('Shiv Nadar', '- Birthplace: Moolaipozhi, "
 "Madras Presidency, British India', '- Occupation: Founder, HCLTech, SSN College of Engineering, Shiv Nadar "
 "University, and Shiv Nadar University, Chennai') and the headings '== Early life ==' and '== Career ==' cut; the "
 "single line break before 'According to Forbes' and after each heading made paragraph breaks (whitespace only); "
 "kept as written: 'Nadar, nicknamed by friends as Magus (...), since the mid-1990s he has focused', 'present day', "
 "'completed high school education here', 'he soon gave it up' (lower-case 'he'); cut after 'friends and "
 "colleagues.', before 'These partners were Ajai Chowdh', where the excerpt breaks off (`truncated`). Recorded 4.0 "
 "(2025 content; no revision id). Shiv Nadar, HCL, Walchand, Cooper Engineering, Dina Thanthi, Adithanar, "
 "Moolaipozhi: 0 in train/dev/test and in every gather script.", "non-US"))

R.append(wp("wp-ren-zhengfei", "Ren Zhengfei", "https://en.wikipedia.org/wiki/Ren_Zhengfei",
 "Ren Zhengfei (; born 25 October 1944) is a Chinese entrepreneur and engineer who is the founder and CEO of Huawei "
 "Technologies, which is located in Shenzhen, China, and is the world's largest manufacturer of telecommunications "
 "equipment and second largest manufacturer of smartphones.\n\n"
 "Ren was born on 25 October 1944, in Zhenning County, Guizhou. His grandfather, Ren Sanhe (), was a master chef "
 "from Rendian Village (), Pujiang County, Zhejiang, and who specialized in curing ham. His father, Ren Musheng (), "
 "with the courtesy name Moxun (), failed to complete university studies when Ren Zhengfei's grandfather died a "
 "year prior to his graduation.\n\n"
 "During the Japanese occupation, his father migrated south to Guangzhou to work in a military factory of the "
 "Nationalist government as an accounts clerk. After 1949, his father was appointed as the president of No. 1 "
 "Middle School of Duyun (), where he met Ren Zhengfei's mother Cheng Yuanzhao (), a senior teacher at the school; "
 "his elder brother became a member of the CCP in 1958. Ren has five younger sisters and one younger brother.\n\n"
 "He spent his primary and junior high school years in a mountain village.",
 "telecommunications equipment (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store in the recent '= Title =' form (infobox 'Spouse: "
 "Meng Jun (former), Yao Ling (current)'; no age given, so no date; taken as current content): the title line '= "
 "Ren Zhengfei =', the infobox lines ('Ren Zhengfei', '- Office1: CEO of Huawei Technologies Co., Ltd.' through '- "
 "Alma Mater: Chongqing Jianzhu University (now Chongqing University)', among them the vice-chairmanship that ended "
 "in 2019 and its successor) and the headings '== Early life ==' and '=== Education ===' cut; kept as written: the "
 "empty brackets where this rendering drops the Chinese script ('Ren Zhengfei (; born', 'Ren Sanhe ()', 'Rendian "
 "Village ()', 'Ren Musheng ()', 'Moxun ()', 'Duyun ()', 'Cheng Yuanzhao ()'), 'and who specialized'; cut after "
 "'in a mountain village.', before 'In elementary and middle schoo', where the excerpt breaks off (`truncated`). "
 "Older en.wikipedia.org renderings of 2019 and 2021 in the store (with Chinese script) were not used: the 2021 "
 "one breaks off in the middle of the sentence on the father's school, the 2019 one calls him 'founder and "
 "president'. Recorded 4.0 (the recent rendering; doubtful: no revision id, no date in the excerpt). Ren Zhengfei, "
 "Huawei, Duyun, Zhenning: 0 in train/dev/test and in every gather script.", "non-US"))

R.append(wp("wp-pham-nhat-vuong", "Ph\u1ea1m Nh\u1eadt V\u01b0\u1ee3ng", "https://wiki.riteme.site/wiki/Pham_Nhat_Vuong",
 "Ph\u1ea1m Nh\u1eadt V\u01b0\u1ee3ng (born 5 August 1968) is a Vietnamese property developer and Vietnam's first "
 "USD billionaire. He is the founder and chairman of Vingroup, the largest conglomerate in Vietnam. As of November "
 "2024, V\u01b0\u1ee3ng has a net worth of $4.2 billion according to Forbes.\n\n"
 "V\u01b0\u1ee3ng was born on 5 August 1968 in Hanoi; his paternal family has origins in H\u00e0 T\u0129nh in "
 "north-central Vietnam. His father served in the Vietnamese Army's air defence division, and his mother is a Hai "
 "Phonger, who had a tea shop, which left the family with a very meager income. He grew up in Hanoi and graduated "
 "from Kim Lien High School in 1985.\n\n"
 "In 1987, he entered Hanoi University of Mining and Geology and was sent to the Soviet Union to study in the Moscow "
 "Geological Prospecting Institute, for which he was able to obtain a scholarship thanks to his profound "
 "mathematical aptitude. He graduated from this university in 1992.\n\n"
 "After graduating, he married Ph\u1ea1m Thu H\u01b0\u01a1ng, whom he had known since high school, and moved to "
 "Kharkiv, Ukraine where he lived in the early 1990s. The couple has three children.\n\n"
 "In the 1990s, while living in Ukraine, Ph\u1ea1m Nh\u1eadt V\u01b0\u1ee3ng started an instant noodle restaurant "
 "business using money borrowed from friends and family. Soon he also started producing and selling instant "
 "noodles. This Mivina brand of instant noodles became a hit with Ukrainians during the lean post-communist years "
 "of the 1990s.",
 "property and conglomerates (leadership)", ["leadership"],
 "The article as a copy site renders it in the page store (wiki.riteme.site, a mirror of en.wikipedia.org reached "
 "by the redirect 'Pham Nhat Vuong'; infobox 'age 56', net worth 'As of November 2024', so 2024-2025; the same "
 "wording on en-two.iwiki.icu): 'Jump to content', the title line, 'From Wikipedia, the free encyclopedia', "
 "'(Redirected from Pham Nhat Vuong)', the infobox lines ('Ph\u1ea1m Nh\u1eadt V\u01b0\u1ee3ng', 'V\u01b0\u1ee3ng "
 "in 2024', 'Born', 'Alma mater...', 'Occupation...', 'Organisation...', 'Known for...', 'Signature'), the headings "
 "'Personal life' and 'Career' with their '[edit]' lines, the citation markers ('[1]'-'[9]') and the interlanguage "
 "marker ' [uk]' after 'Mivina' (with the space before it) cut; kept as written: 'Vietnam's first USD billionaire', "
 "'Hai Phonger', 'meager', 'Kharkiv, Ukraine where' (no comma), 'The couple has'; cut after 'years of the 1990s.', "
 "before 'In 1993, he founded Tec', where the excerpt breaks off (`truncated`). Recorded 4.0 (content of "
 "2024-2025). Doubtful: a mirror site; its own terms page was not found in the page store; no revision id. "
 "V\u01b0\u1ee3ng, Vingroup, Mivina, Kim Lien, Hanoi University of Mining, Kharkiv: 0 in train/dev/test and in "
 "every gather script.", "non-US", copy_of="the Wikipedia article, via wiki.riteme.site"))

# ---- Europe --------------------------------------------------------------------------------------------------------
R.append(wp("wp-nicolas-hayek", "Nicolas Hayek", "http://the-uncensored-wiki.com:20061/n/i/c/Nicolas_Hayek_9c18.html",
 "Nicolas George Hayek (born February 19, 1928 in Beirut, Lebanon) is the co-founder and Chairman of the Board of "
 "Directors of the Swatch Group, with principal Headquarters in Biel/Bienne. Hayek was born to a Lebanese mother "
 "and American father, and his family moved to Switzerland when Nicolas was seven. He graduated from the University "
 "of Lyon, where he studied math, physics and chemistry.\n\n"
 "Hayek originally headed a business consulting firm, who was called on by a group of Swiss bankers to oversee a "
 "liquidation of Swiss watch manufacturing firms ASUAG and SSIH, who were encountering stiff competition from "
 "Japanese watch manufacturers. Hayek believed that the Swiss watch manufacturing industry could remain competitive "
 "with a restructuring and a focus on different business areas. After having engineered and implemented the "
 "reorganization of the ASUAG and SSIH watch companies for more than four years, finally bringing about their "
 "merger, Hayek, with a group of Swiss investors, took over a majority shareholding in the new group in 1985. He "
 "became Chairman of the Board of Directors and Chief Executive Officer in 1986.\n\n"
 "Hayek played a decisive role in the recovery of the Swatch Group with its watch brands Swatch, Blancpain, Omega, "
 "Longines, Rado, Tissot, Certina, Mido, Hamilton, Pierre Balmain, Calvin Klein, Flik Flak, Breguet and Lanco. The "
 "strategies he developed in the early 1980s led to the success of the entire Swiss watch industry and regained its "
 "leading position worldwide since 1984.\n\n"
 "Hayek was awarded the title of Doctor honoris causa of Law and Economics of the Faculty of Beni Culturali of the "
 "University of Bologna (Italy) in June 1998, after being awarded doctor honoris causa of Law and Economics of the "
 "University of Neuchatel (Switzerland) in 1996.\n\n"
 "Nicolas G. Hayek is also the founder, Chairman of the Board and C.E.O. of Hayek Engineering Inc. with headquarters "
 "in Zurich.",
 "watches (leadership)", ["leadership"],
 "The article as a static copy of about 2007 holds it in the page store (the-uncensored-wiki.com, the English "
 "Wikipedia dump the site serves; 'born February 19, 1928' with no death, so before June 2010; the same copy site "
 "batch 29a used for Johann Rupert): the title line 'Nicolas Hayek' and 'From Wikipedia, the free encyclopedia' "
 "cut; single line breaks between paragraphs doubled (whitespace only); kept as written: 'a business consulting "
 "firm, who was called on', 'firms ASUAG and SSIH, who were', 'principal Headquarters', 'regained its leading "
 "position worldwide since 1984', 'Neuchatel' (no circumflex), 'C.E.O.'. The excerpt ends after 'headquarters in "
 "Zurich.' at a sentence end and nothing was cut from its end (`truncated` false; doubtful: the article may have "
 "gone on to sections the excerpt does not hold). Recorded 3.0 (the text of about 2007, under the terms batch 29a "
 "recorded for the same copy site; doubtful: no revision id; the copy site's own terms page was not found). Hayek, "
 "Swatch, ASUAG, SSIH, Blancpain, Longines, Hayek Engineering, Beni Culturali, Neuchatel: 0 in train/dev/test and "
 "in every gather script; 'Omega' in 1 train file (batch 25c, Birks's Olympic jewellery: the watch brand named "
 "there too, another event), 'Biel' in 1 test file by count (not opened; batch 13's script names a Biel in another "
 "sense).", "non-US", v3=True, copy_of="the Wikipedia article of about 2007, via the-uncensored-wiki.com"))

R.append(wp("wp-florentino-perez", "Florentino P\u00e9rez", "http://piglix.com/piglix/Florentino_Perez",
 "Florentino Eduardo P\u00e9rez Rodr\u00edguez (Spanish pronunciation: [flo\u027een\u02c8tino \u02c8pe\u027ee\u03b8 "
 "ro\u02c8\u00f0\u027ei\u0263e\u03b8]; born 8 March 1947) is a Spanish businessman, civil engineer, former "
 "politician, and current president of Real Madrid C.F., as well as Grupo ACS, a civil engineering company. He is "
 "most famous for ushering in Real Madrid's period of Los Gal\u00e1cticos, a time when the club paid extremely high "
 "transfer fees for elite footballers.\n\n"
 "P\u00e9rez attended the Polytechnic University of Madrid.\n\n"
 "P\u00e9rez joined the Union of the Democratic Centre party in 1979, serving among others on the Madrid city "
 "council.\n\n"
 "In 1986, P\u00e9rez ran in the Spanish general elections as candidate for the Partido Reformista Democr\u00e1tico "
 "(Democratic Reform Party).\n\n"
 "In 1993, he was named vice president of OCP Construcciones. After the fusion of OCP with Gines y Navarro into "
 "Actividades de Construcci\u00f3n y Servicios, S.A. (ACS) in 1997, he became president of the new company.\n\n"
 "Florentino P\u00e9rez first ran for the presidency of Real Madrid in the 19 February 1995 election. He campaigned "
 "on the poor financial situation of the club and the alleged extensive mismanagement by the board, but lost to the "
 "incumbent Ram\u00f3n Mendoza by 699 votes.",
 "construction and a football club (leadership)", ["leadership"],
 "The article as a copy site renders it in the page store (piglix.com, a copy of the English Wikipedia article; "
 "infobox 'Net worth | US$1.74 billion (November 2016)', so content of about 2016-2017): the infobox table lines "
 "('Florentino P\u00e9rez | |', '---|---|', 'Born | ...' through 'Relatives | Eduardo P\u00e9rez del Barrio "
 "(father) Soledad Rodr\u00edguez P\u00e9rez (mother) |', among them 'Board member of | Chairman of Grupo ACS') cut; "
 "single line breaks between paragraphs doubled (whitespace only); kept as written: the IPA pronunciation in the "
 "opening bracket (no word removed; batch 29a cut a Japanese-script name, batch 30a kept a Korean one), 'as well as "
 "Grupo ACS', 'serving among others on', 'the fusion of OCP with Gines y Navarro'; cut after 'by 699 votes.', "
 "before 'His second attempt was more successful; he took over as president in 2000, beating the current cha', "
 "where the excerpt breaks off (`truncated`). Recorded 3.0 (content of about 2016-2017). Doubtful: the copy site's "
 "own terms page was not found in the page store; no revision id. P\u00e9rez, Grupo ACS, OCP, Gines y Navarro, "
 "Ram\u00f3n Mendoza, Polytechnic University of Madrid: 0 in train/dev/test and in every gather script; Real Madrid "
 "in 1 train file (batch 29e: the IOC's visit to Madrid, another event).", "non-US", v3=True,
 copy_of="the Wikipedia article, via piglix.com"))

# ---- Americas ------------------------------------------------------------------------------------------------------
R.append(wp("wp-horst-paulmann", "Horst Paulmann", "https://en.wikipedia.org/wiki/Horst_Paulmann",
 "Horst Paulmann Kemna (22 March 1935 \u2013 11 March 2025) was a German-Chilean billionaire businessman. He was "
 "the founder and chairman of Cencosud, the largest retail chain in Chile and the third largest in Latin America.\n\n"
 "According to Forbes, as of July 2022, his net worth was estimated at US$2.3 billion.\n\n"
 "Paulmann was the son of the SS-Obersturmbannf\u00fchrer and Hilde Kemna. To escape the Nuremberg trials, in 1946 "
 "Horst Paulmann and his family, consisting of his parents and seven siblings, emigrated from Germany after the end "
 "of World War II. They crossed the Alps towards Italy, continued on to Argentina in 1948, and finally to Chile in "
 "1950.\n\n"
 "At the age of 13, Paulmann worked as a telephone operator in Buenos Aires and later worked making wooden toys. "
 "His family settled in the city of Temuco in the south of Chile, and his father got a position as a franchisee at "
 "Club Alem\u00e1n and at Club de La Uni\u00f3n. In 1952, Paulmann's family bought a local restaurant called Las "
 "Brisas and they soon transformed it into a supermarket. Since then and after the death of his father, Horst and "
 "his brother J\u00fcrgen Paulmann built a series of supermarket chains, beginning with the first hypermarket, "
 "located on Av. Kennedy. It measured 4,000 square meters and would become the foundation of the holding company "
 "Cencosud.\n\n"
 "Paulmann had three children with Helga Koepfer: Manfred, Peter, and Heike. In 2018, he welcomed a son, Hans "
 "Dieter Paulmann Bischof, with his partner Katherine Bischof Sep\u00falveda. Paulmann died in Germany on 11 March "
 "2025, at the age of 89.\n\n"
 "Cencosud was founded by Horst Paulmann on 10 November 1978 when he assumed the role of CEO and chairman.",
 "supermarkets and retail (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store in the recent '= Title =' form (his death on 11 "
 "March 2025 given, so 2025 content): the title line '= Horst Paulmann =', the infobox lines ('Horst Paulmann', '- "
 "Born: 1935-03-22', '- Birthplace: Kassel, Gau Electoral Hesse, Germany', '- Died: 2025-03-11', '- Occupation: "
 "CEO and chairman, Cencosud') and the headings '==Background==' and '==Career==' cut; the single break after each "
 "heading made a paragraph break (whitespace only); kept as written: 'the son of the SS-Obersturmbannf\u00fchrer and "
 "Hilde Kemna' (the father's name is not in this rendering), 'square meters'; cut after 'the role of CEO and "
 "chairman.', before 'Cencosud employs more than 150,000 people in Chile, Argentina, Colombia, Brazil and Peru, "
 "where it operates its supermarket chains (such as Jumbo', where the excerpt breaks off (`truncated`). An older "
 "en.wikipedia.org rendering of about 2019 in the store (alive, 'is founder and chairman', with '[edit]' links) was "
 "not used. Recorded 4.0 (2025 content; no revision id). Paulmann, Cencosud, Kemna, Temuco, Las Brisas, Club "
 "Alem\u00e1n, Koepfer: 0 in train/dev/test and in every gather script.", "non-US"))

# ---- Oceania -------------------------------------------------------------------------------------------------------
R.append(wp("wp-andrew-forrest", "Andrew Forrest", "http://newsoperatingsystem.com/2157-2/",
 "John Andrew Henry Forrest AO (born 1961), nicknamed Twiggy, is an Australian businessman. He is best known as the "
 "former CEO (and current non-executive chairman) of Fortescue Metals Group (FMG), but also has interests elsewhere "
 "in the mining industry and in cattle stations.\n\n"
 "With an assessed net worth of A$6.84 billion according to the 2017 Financial Review Rich List, Forrest was ranked "
 "within the top ten richest Australians. He was the richest person in Australia in 2008. In 2013, Forrest and his "
 "wife, Nicola, were the first Australians to pledge the majority of their wealth to charity in their lifetimes. He "
 "had earlier stepped down as CEO of Fortescue Metals in 2011 in order to spend more time on philanthropic "
 "pursuits. Much of his philanthropy has been through either the Minderoo Foundation (focusing on education and "
 "Indigenous Australians) or the Walk Free Foundation (focusing on ending modern slavery), both of which he "
 "established. In 2014, Forrest and his wife, Nicola, pledged $65 million over 10 years through the Minderoo "
 "Foundation, establishing the Forrest Research Foundation to offer scholarships to students pursuing a PhD at a "
 "Western Australian university.\n\n"
 "Forrest was born in Perth, Western Australia, the youngest of three children of Judith (n\u00e9e Fry) and Donald "
 "Forrest. His father, grandfather (Mervyn), and great-grandfather (David) were all managers of Minderoo Station, "
 "which David had established in 1878 with his brothers, Alexander and John. John, Alexander, David, and Mervyn "
 "were all members of parliament for periods, with John serving as Western Australia\u2019s first premier. "
 "Forrest\u2019s early years were spent as a jackaroo at Minderoo, located in the Pilbara region south of Onslow. "
 "Minderoo was owned by the Forrest family until it was sold in 1998 by his father due to relentless drought and "
 "debt, but it was bought back by Forrest in 2009.",
 "iron ore mining (leadership)", ["leadership"],
 "The English Wikipedia article's opening of about 2017-2018 as a news blog repeats it in the page store "
 "(newsoperatingsystem.com, post '2157-2' titled 'The power behind Andrew Forrest'; the wording and the citation "
 "markers '[2]'-'[15]' are the article's, as the current article's opening in the store, on kids.kiddle.co and "
 "wikisum.wiki, repeats in newer figures): the post's title line, the counters '0' and '140' and the citation "
 "markers cut; the single line break before 'Forrest was born' doubled (whitespace only); kept as written: the "
 "curly apostrophes of 'Australia\u2019s' and 'Forrest\u2019s', 'members of parliament for periods', 'jackaroo'; "
 "cut after 'bought back by Forrest in 2009.', before 'Forrest was educa', where the excerpt breaks off "
 "(`truncated`). Recorded 3.0 (the 2017 rich list, so before June 2023). Doubtful: a blog copy; that it repeats "
 "Wikipedia is judged from the wording and its kept citation markers; no revision id. Forrest, Fortescue, "
 "Minderoo, Walk Free, Pilbara, Onslow: 0 in train/dev/test and in every gather script.", "non-US", v3=True,
 copy_of="the Wikipedia article's opening of about 2017-2018, via a news blog"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
