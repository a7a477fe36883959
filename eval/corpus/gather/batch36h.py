#!/usr/bin/env python3
"""Batch 36h (session 37; helper gather37h): English Wikipedia texts (CC BY-SA) on business executives told as news,
part 16 of the executive-biography lane after batches 32a, 32h, 32k, 33e, 34e, 34n, 35h and 35p. This round took
founders and chiefs from technology and from regions the lane had not reached: a Vietnamese co-founder, chairman and
CEO of an IT and internet group; a Singaporean founder who chaired and ran a PC-audio maker until his death; a Serbian
owner of a holding group who had been financial director and chief executive of a chemical works and founded a bank
later sold to an Italian bank; a Ghanaian founder of a software house and its named products. Texts are the search
tool's page-store excerpts (`search`, corpus `pages`; never a whole page): one Kiwix copy of the English Wikipedia
dump of October 2018, one en.wikipedia.org rendering of 2023 or after, one copy of a 2006 revision held by the-
uncensored-wiki.com and one copy on kampuspedia.com of 2024 or after, each cut at the last full sentence, paragraph
or section before the excerpt breaks off (`truncated`). Edits per item in `notes`; no word added or changed. newskg
(or any extractor) was not run on any text.
usage: batch36h.py [POOL_DIR] [--dry]   (default /tmp/gather37h/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather37h/pool"

# checks common to every item (GATHERING.md, batch 36h): the subject's name and the companies, bodies and places of
# each text were grepped in train/dev/test (file names and counts only; no test file opened), in every gather script,
# in GATHERING.md and in this session's other pools (/tmp/gather37[a-e]/pool as they stood at about 04:22 UTC)
R = []
# ---- Vietnam ---------------------------------------------------------------------------------------------------------
R.append(wp("wp-truong-gia-binh", "Trương Gia Bình",
 "https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2018-10/A/Tr%C6%B0%C6%A1ng_Gia_B%C3%ACnh.html",
 "Trương Gia Bình (born 1956 in Nghệ An Province) is a Vietnamese businessman. He is best known as the co-founder, "
 "chairman and CEO of the Vietnamese technology company FPT Corporation. Binh is also the Vice President of The "
 "Asian-Oceanian Computing Industry Organization (ASOCIO), Chairman of Vietnam Software Association (VINASA).\n\n"
 "Trương Gia Bình was born on 1956 in Nghệ An Province. His father, Truong Gia Tho, was a doctor in Hanoi. Binh "
 "attended Chu Van An highschool in Vietnam, and then went to the Soviet Union for college. He graduated from the "
 "Faculty of Mechanics and Mathematics, Lomonosov Moscow State University in 1978. He obtained his PhD in 1982 from "
 "the same university. In 1991, Binh was recognized as an Associate Professor by the State of Vietnam.\n\n"
 "On September 13, 1988, Binh and 12 Vietnamese scientists founded the Food Processing Technology company, the "
 "predecessor of FPT. He became the head of the Corporation for Financing and Promoting Technology, Vietnam's earliest "
 "information technology firm, in 1990.\n\n"
 "In March 2002, after the equitization of FPT, Binh became the Chairman and Chief Executive Officer (CEO) of FPT "
 "Corporation. Afterwards, he led the firm in its expansion from its origins as an internet service provider to other "
 "areas such as software outsourcing for Japanese companies.\n\n"
 "In 2006, his company opened FPT University, Vietnam's first private university; he also took up a position as the "
 "chairman of its managing board.",
 "information technology, internet, software (leadership)", ["leadership"],
 "The article as a Kiwix copy of the English Wikipedia dump 'wikipedia_en_all_maxi_2018-10' holds it at "
 "kiwix.casplantje.nl (content of October 2018 or before, so recorded CC BY-SA 3.0; no revision id; the mirror's own "
 "terms were not looked for): the title line 'Trương Gia Bình', the infobox lines ('Trương Gia Bình', 'Truong Gia "
 "Binh', 'Born 1956 Nghệ An North Vietnam', 'Residence Hanoi, Vietnam', 'Nationality Vietnamese', 'Occupation "
 "Co-founder, Chairman and CEO,', 'FPT Corporation', 'Years active 1988-present', 'Known for Co-founding FPT - the "
 "leading ICT company in Vietnam', 'Awards ...' with its two awards), the headings 'Early life' and 'Career' and the "
 "citation markers ('[1]', '[2]', '[3]', '[4][5]') cut; kept as written: 'born on 1956', 'Chu Van An highschool', "
 "'The Asian-Oceanian' (a capital T), 'Binh' beside 'Trương Gia Bình'; cut after 'he also took up a position as the chairman of its "
 "managing board.', before 'He is speculated to be the richest person in Vietnam; as of January 2007, the value of "
 "his stake in FPT', where the excerpt breaks off (`truncated`). The store also holds a 2008 revision at "
 "brorelol.gay (an uncensored-wiki style copy with '[edit] References'; shorter, not used) and Vietnamese, Japan "
 "Times and VnExpress profiles: not used. Trương Gia Bình, Truong Gia Binh, FPT, ASOCIO, VINASA, Lomonosov, Nghệ An, "
 "Chu Van An: 0 in train/dev/test, in every gather script, in GATHERING.md and in every pool of this session (37d's "
 "pool has another Vietnamese company, Viettel Mobile, which this text does not name); Vietnam, Hanoi and the Soviet "
 "Union in several files (other events).",
 "non-US", v3=True, copy_of="the Wikipedia article"))

# ---- Singapore -------------------------------------------------------------------------------------------------------
R.append(wp("wp-sim-wong-hoo", "Sim Wong Hoo", "https://en.wikipedia.org/wiki/Sim_Wong_Hoo",
 "Sim Wong Hoo (; 1955 \u2013 4 January 2023) was a Singaporean inventor and billionaire entrepreneur known for "
 "founding Creative Technology, a designer and manufacturer of products for personal computers and personal digital "
 "entertainment devices. He was the chairman and chief executive officer of Creative Technology from 1981 until his "
 "death in 2023. Creative Technology is notable for its products such as the Sound Blaster audio card and the "
 "Creative ZEN range of audio and media products.\n\n"
 "Sim was born into a Zhao'an Hokkien family in the Colony of Singapore. He attended Bukit Panjang Government High "
 "School, before graduating from Ngee Ann Technical College (now Ngee Ann Polytechnic) in 1975. After completing his "
 "mandatory National Service, Sim worked in the private engineering sector for a year.\n\n"
 "On 1 July 1981, with a capital outlay of S$10,000, Sim, along with former schoolmate Ng Kai Wa, opened a computer "
 "repair shop in Pearl's Centre, in Chinatown, and founded Creative Technology.\n\n"
 "Sim started by developing and selling an add-on memory boards for the Apple II computer. Creative Technology "
 "subsequently began creating customised PCs adapted for the Chinese language, including enhanced audio capabilities "
 "that allowed the devices to produce speech and melodies.\n\n"
 "In 1988, Sim established an office in the United States, and began selling Sound Blaster, a stand-alone sound "
 "card. It was among the first dedicated audio processing cards widely available to general consumers. Creative "
 "Technology dominated the PC audio market until the 2000s, when OEM PCs began to be built with integrated sound "
 "boards in the motherboard. Sound Blaster then found itself reduced to a niche product.",
 "computer hardware, consumer electronics (leadership)", ["leadership"],
 "The article as the page store holds it at en.wikipedia.org (a plain-text rendering: '= Sim Wong Hoo =' headings, "
 "content of January 2023 or after since it gives his death, so CC BY-SA 4.0; no revision id): the title line '= Sim "
 "Wong Hoo =', the infobox lines ('Sim Wong Hoo', '- Birthplace: Colony of Singapore', '- Died: 2023-01-04') and the "
 "headings '==Early life and education==' and '==Career==' cut; kept as written: '(; 1955' (the rendering dropped "
 "the Chinese name and pinyin, leaving the semicolon), 'an add-on memory boards', 'customised', 'S$10,000'; cut after "
 "'Sound Blaster then found itself reduced to a niche product.', before 'In May 2006, Creative Technology filed suit "
 "against Apple Inc. for violating their \"Zen patent\"', whose sentence the excerpt breaks off (`truncated`; so "
 "Apple Inc. is not in the text). The store also holds an older rendering of the same article ('Jump to navigation "
 "Jump to search', Sim alive, 'US$6,000'; not used, the newer has more of the career) and Business Times, TODAY, "
 "Straits Times, Malay Mail, Vulcan Post and AsiaOne obituaries: not used. Sim Wong Hoo, Creative Technology, Sound "
 "Blaster, Creative ZEN, Ng Kai Wa, Ngee Ann, Bukit Panjang, Pearl's Centre, Apple II: 0 in train/dev/test, in every "
 "gather script, in GATHERING.md and in every pool of this session; Singapore, Chinatown and the United States in "
 "several files (other events).",
 "non-US"))

# ---- Serbia ----------------------------------------------------------------------------------------------------------
R.append(wp("wp-miroslav-miskovic", "Miroslav Mišković",
 "http://the-uncensored-wiki.com:20061/m/i/r/Miroslav_Mi%C5%A1kovi%C4%87_b741.html",
 "Miroslav Mišković (Serbian Cyrillic: Мирослав Мишковић) (born July 5, 1945 in Kruševac, Serbia) is a Serbian "
 "businessman, the owner of the Delta Holding company. He is considered to be the richest person in Serbia, with his "
 "wealth estimated at approximately $1.5 billion as of 2006, according to the list of 100 wealthiest persons of the "
 "post-communist countries made by Polish magazine Wprost. Mišković holds 38th place of this list, but is on the "
 "second place among the tycoons outside former Soviet Union, behind Jan Kulczyk from Poland.\n\n"
 "Mišković was born in Kruševac, where he had graduated, before moving to Belgrade, where he gained his faculty "
 "diploma in economy in 1971. Afterwards, he has worked in Jugobanka and Trajal in Kruševac until 1977, when he moved "
 "to Župa Chemical Industries, where he became financial director in 1984 and the chief executive of the company in "
 "1987, and he had remained on this position until 1990, when he became a vicepresident of the Serbian government, "
 "but has remained on this position for only six months. Meanwhile, Mišković has founded Delta M company (Delta M "
 "being a sort of abbreviation of his initials - double M), a company that became very successful in the following "
 "years, during Yugoslav wars and under the regime of Slobodan Milošević. Soon afterwards, he has founded Delta Bank "
 "(sold to Banca Intesa in 2004), that was to become the first part of Mišković's extremely successful Delta Holding "
 "corporation that works in agribusiness, retail, distribution, financial brokerage, real estate development and "
 "insurance.\n\n"
 "Mišković's connection to Slobodan Milošević has never been obvious, except for the fact that he was a "
 "vice-president of the Government. After the overthrow of Milošević's regime, Mišković was linked to Dušan "
 "Mihajlović, the minister of police at the time and the other leaders of Democratic Opposition of Serbia.",
 "holding group, banking, retail (leadership)", ["leadership"],
 "The article as the-uncensored-wiki.com holds it (a static copy of a 2006 revision: '$1.5 billion as of 2006', "
 "'sold to Banca Intesa in 2004'; the text was written under the GFDL and, with all of Wikipedia's text, made "
 "available under CC BY-SA 3.0 by the 2009 licensing update, so recorded CC BY-SA 3.0, doubtful: batch 35h set "
 "aside another uncensored-wiki copy for its '[edit]' headings and broken bracket, which this excerpt does not have; "
 "no revision id; the copy site's own terms were not looked for): the title line 'Miroslav Mišković', 'From "
 "Wikipedia, the free encyclopedia' and the citation marker '[1]' cut; kept as written: the Cyrillic form of the "
 "name, 'Polish magazine Wprost', 'holds 38th place of this list, but is on the second place', 'he has worked in "
 "Jugobanka', 'a vicepresident of the Serbian government' beside 'a vice-president of the Government', 'during "
 "Yugoslav wars'; cut after 'the other leaders of Democratic Opposition of Serbia.', before 'Mišković is', where "
 "the excerpt breaks off (`truncated`). The store also holds Delta Holding's own profile of him, a December 2006 "
 "Serbian Wikipedia dump, a Danish frwiki copy and news: not used. Mišković, Delta Holding, Delta Bank, Delta M, "
 "Banca Intesa, Jugobanka, Trajal, Župa, Kruševac, Wprost, Mihajlović, Milošević, Democratic Opposition of Serbia: 0 "
 "in train/dev/test, in every gather script, in GATHERING.md and in every pool of this session; Jan Kulczyk was "
 "searched as a subject in batch 35h's list (no text) and is named here in passing only; 'Intesa' once in "
 "GATHERING.md (another text, Intesa Sanpaolo); Serbia, Belgrade, Poland and the Soviet Union in several files.",
 "non-US", v3=True, copy_of="a 2006 revision of the Wikipedia article"))

# ---- Ghana -----------------------------------------------------------------------------------------------------------
R.append(wp("wp-herman-chinery-hesse", "Herman Chinery-Hesse", "https://kampuspedia.com/en/Herman_Chinery-Hesse",
 "Herman Owula Kojo Chinery-Hesse (18 November 1963 \u2013 17 September 2024) was a Ghanaian technology businessman "
 "and the founder of theSOFTtribe, the oldest and largest software company in Ghana. He was popularly known as \"the "
 "Bill Gates of Africa\". Chinery-Hesse also made the list of 15 Black STEM Innovators. In March 2019, he was "
 "introduced as the Commonwealth Chair for Business and Technology Initiatives for Africa.\n\n"
 "In 1991, Chinery-Hesse co-founded theSOFTtribe, one of the leading software houses in Africa. Over the years, the "
 "company has pioneered a number of groundbreaking products in the following areas:\n\n"
 "Hei Julor!!! a low-cost, mobile-based, mass market community security alert system for Africa\n"
 "Government payroll systems\n"
 "ERP systems\n"
 "Nationwide utility e-billing systems\n"
 "Point of Sale Systems\n"
 "Electronic payment systems\n\n"
 "In addition to theSOFTtribe's proprietary payroll system, Akatua, other software products his firm introduced to "
 "the local market were Gbefalor (a travel package), Battor (forex management), Nzama (stock management), Eziban "
 "(restaurant management), Efuom (farm management), Bimbilla (a general ledger), and e-Susu (software for "
 "microfinance/peer-to-peer savings and credit)\n\n"
 "His project \"Afrikan Echoes\" is aimed at creating African audiobooks app for global consumption, such that for "
 "the first time ever Africans are in a position to tell their own stories to a worldwide audience. He was an "
 "assessor for the Commercial Courts of Ghana. He was also a real estate investor, with business interests in "
 "property development joint ventures in Ghana and Sierra Leone.\n\n"
 "Chinery-Hesse was married to Sierra Leonean lawyer, Sadia Atami Chinery-Hesse (n\u00e9e Clarke) and they had two "
 "children, Nii Tettey and Naa Densua. He died on 17 September 2024, at the age of 60.",
 "software (leadership)", ["leadership"],
 "The article as kampuspedia.com holds it (a copy of the English Wikipedia article; it gives his death on 17 "
 "September 2024, so content of 2024 or after, CC BY-SA 4.0; no revision id; the copy site's own terms were not "
 "looked for): the citation markers ('[2][3][4]', '[5][6][7]', '[8]', '[9]', '[12][13][14][15][16][17][18]', '[19]' "
 "twice, '[20]', '[21]', '[19][22]', '[23][24][25]', '[26]') and the heading 'Personal life and death' cut; the "
 "page store's excerpt goes straight from the lead to the career paragraph (the markers '[10]' and '[11]' never "
 "appear, so the early-life section, if the copy has one, is not in the excerpt: a gap the store made, not a cut of "
 "ours, doubtful); the product list's six lines kept one to a line, as the excerpt has them (no bullets); kept as "
 "written: 'theSOFTtribe' (one word, lower-case 'the'), 'the founder of' in the lead beside 'co-founded' later, "
 "'Hei Julor!!!' with no punctuation after it, 'credit)' with no full stop, '\"Afrikan Echoes\"', 'African "
 "audiobooks app'; cut after 'He died on 17 September 2024, at the age of 60.', before 'Chinery-Hesse was buried "
 "at the Graceland Memorial Garden, in Berekuso, located at the foothi', where the excerpt breaks off "
 "(`truncated`). The store also holds a BBC World Service judge's profile, Moguldom, HumanIPO and obituaries "
 "(Daily Guide, Adom Online, IT Edge News): not used. Chinery-Hesse, theSOFTtribe, Akatua, Hei Julor, Commercial "
 "Courts of Ghana, Sierra Leone: 0 in train/dev/test, in every gather script, in GATHERING.md and in every pool of "
 "this session ('chinery' matches only inside 'machinery' elsewhere); Ghana, Africa and Bill Gates in several files "
 "(other events).",
 "non-US", copy_of="the Wikipedia article"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
