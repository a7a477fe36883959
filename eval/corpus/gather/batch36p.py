#!/usr/bin/env python3
"""Batch 36p (session 37; helper gather37p): English Wikipedia texts (CC BY-SA) on business executives told as news,
part 17 of the executive-biography lane, the second round beside batch 36h. This round went to an Argentine airline
chief, a Romanian oil-company owner who had been a minister, and an Indonesian banking-group owner: Juan Carlos
Pellegrini (general manager, vice-president and president of Aerolineas Argentinas; president of the board of the
company that built a Uruguayan resort casino), Dinu Patriciu (who took Rompetrol over from the state and sold it to
KazMunayGas; a founding member of a party and a minister in 1991) and Tomy Winata (whose group took over one bank,
which then bought his first bank). Texts are the search tool's page-store excerpts (`search`, corpus `pages`; never
a whole page): two en.wikipedia.org plain-text renderings and one copy of the English Wikipedia dump of May 2015
held by the-uncensored-wiki.com, each cut at the last full paragraph before the excerpt breaks off (`truncated`).
Edits per item in `notes`; no word added or changed. newskg (or any extractor) was not run on any text.
usage: batch36p.py [POOL_DIR] [--dry]   (default /tmp/gather37p/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather37p/pool"

# checks common to every item (GATHERING.md, batch 36p): the subject's name and the companies, bodies and places of
# each text were grepped in train/dev/test (file names and counts only; no test file opened), in every gather script,
# in GATHERING.md and in this session's other pools (/tmp/gather37*/pool as they stood at about 04:30 UTC)
R = []
# ---- Argentina -------------------------------------------------------------------------------------------------------
R.append(wp("wp-juan-carlos-pellegrini", "Juan Carlos Pellegrini", "https://en.wikipedia.org/wiki/Juan_Carlos_Pellegrini",
 "Juan Carlos Pellegrini (\u20132014) was a lawyer, officer of the Argentine Air Force, and businessman.\n\n"
 "From 1973, he held several important positions at Aerol\u00edneas Argentinas and was appointed president in 1982. "
 "During his tenure, the company dramatically expanded its commercial flights and created new international routes, "
 "becoming one of South America's most important airlines. His tenure was also marked by covert operations in "
 "support of Argentine troops during the Falklands War, including arms smuggling. He resigned from his post in 1983 "
 "due to disagreements with the military junta's economic interventions.\n\n"
 "He is also known for serving as the president of the board of Baluma S.A., which was responsible for building the "
 "Conrad Punta del Este Resort & Casino in 1992. He left the presidency in 2001 following a strong capitalization "
 "carried out by Caesars.\n\n"
 "Pellegrini was a lawyer and also served as an officer in the Argentine Air Force.\n\n"
 "From 1973, Pellegrini held several senior positions at Aerol\u00edneas Argentinas. In 1972, he became the general "
 "manager under the presidency of C\u00e9sar Guasco. In January 1975, Guasco resigned due to organizational changes "
 "made by the Argentine government, and Pellegrini resigned as well. In 1979, Pellegrini became the vice president "
 "under Pablo Apella. Apella maintained good relations with the government but left the company in 1982. Pellegrini "
 "then became the new president.\n\n"
 "During his terms, the airline purchased its first jumbo jets and implemented new commercial flights. The number of "
 "passengers flying Aerol\u00edneas Argentinas grew quickly, and Pellegrini established the \"Pilot Training Centre\", "
 "featuring the first flight simulators in Argentina. He also implemented the \"Maintenance Service of Planes and "
 "Others\" and the first computerized ticketing system in Argentina.",
 "airline, hotels and casinos (leadership)", ["leadership"],
 "The article as the page store holds it at en.wikipedia.org (a plain-text rendering with '= Title =' headings; no "
 "revision id and no content date: recorded CC BY-SA 4.0 as the store's en.wikipedia.org renderings of earlier "
 "batches were, doubtful): the title line '= Juan Carlos Pellegrini =', the infobox lines ('Juan Carlos "
 "Pellegrini', '- Died: 2014-09-14') and the heading '==Career at Aerol\u00edneas Argentinas==' cut; kept as "
 "written: '(\u20132014)' (the rendering dropped the birth year, leaving the dash), 'From 1973' beside 'In 1972, he "
 "became the general manager' (the article's own inconsistency), 'Pilot Training Centre' and 'Maintenance Service of "
 "Planes and Others' in quotation marks, the lead repeating the career section; cut after 'the first computerized "
 "ticketing system in Argentina.', before 'Furthermore, he introduced night flights to southern Arg', where the "
 "excerpt breaks off (`truncated`). The store also holds Swedish and French copies of the Wikipedia article on "
 "another Aerol\u00edneas Argentinas president, Juan Jos\u00e9 G\u00fciraldes (not English Wikipedia: not used), and a Spanish "
 "obituary of Pellegrini at cedaeonline.com.ar (not used). Pellegrini, Aerolineas (unaccented), Baluma, Punta del "
 "Este, Caesars, Guasco, Apella: 0 in train/dev/test, in every gather script, in GATHERING.md and in every pool of "
 "this session; 'Aerol\u00edneas' (accented) in one train file (wp-mexicana-de-aviacion), one gather script (35l) and "
 "two lines of GATHERING.md (a company article of batch 35 set aside, and a list of names searched), never as a "
 "subject used; Argentina, South America and the Falklands War in several files (other events).",
 "non-US"))

# ---- Romania ---------------------------------------------------------------------------------------------------------
R.append(wp("wp-dinu-patriciu", "Dinu Patriciu", "https://en.wikipedia.org/wiki/Dinu_Patriciu",
 "Dan Costache (Dinu) Patriciu (/ro/; 3 August 1950 \u2013 19 August 2014) was a Romanian billionaire businessman and "
 "politician. At the time of his death, Patriciu was the richest man in Romania. His wealth was based on the "
 "Rompetrol company (the second largest oil company in Romania), which he took over from the Romanian state and "
 "later sold to Kazakhstan's state-owned KazMunayGas.\n\n"
 "Patriciu's business activity was marred by legal troubles, being charged with defrauding the state, money "
 "laundering and illegally manipulating markets, but he successfully withstood the investigations into allegedly "
 "corrupt privatization deals.\n\n"
 "A supporter of right-libertarian politics, Patriciu was a long-time member of the National Liberal Party (PNL). "
 "During the 2009 Romanian presidential election, Patriciu released a video in which President B\u0103sescu appeared "
 "to hit a boy; Traian B\u0103sescu sued for libel and won.\n\n"
 "Patriciu was born in Bucharest in 1950, the son of Valeriu Patriciu, a mining engineer and chief geologist for "
 "Astra Rom\u00e2n\u0103 oil company during the interwar period. He graduated the Bucharest Institute of Architecture in "
 "1975 and worked as an architect. Starting in 1978 he taught at the Institute of Architecture. He won several "
 "architecture awards and he was involved in building projects in Romania and in the United Arab Emirates, "
 "including a palace in Abu Dhabi.\n\n"
 "A founding member of the National Liberal Party in 1990, Patriciu was elected a member of the Chamber of Deputies "
 "in the 1990 Romanian general election on the lists for the Timi\u0219 County. In 1991, he was named the Minister for "
 "Public Works and Territorial Planning.\n\n"
 "He was part of the Partidul Liberal '93 (PL '93) which split from PNL. He was re-elected a member of the parliament "
 "on the list of Democratic Convention of Romania (of which PL '93 was a member) in D\u00e2mbovi\u021ba County.",
 "oil and gas, property (leadership)", ["leadership"],
 "The article as the page store holds it at en.wikipedia.org (a plain-text rendering; no revision id; its lead "
 "differs from the older copies in the store (piglix.com: 'but died before he could be sentenced'), so a later "
 "revision, recorded CC BY-SA 4.0, doubtful): the title line '= Dinu Patriciu =', the infobox lines ('Dinu "
 "Patriciu', '- Birthplace: Bucharest, People's Republic of Romania') and the headings '==Early life==' and "
 "'==Political activity==' cut; kept as written: '(/ro/;' (the rendering dropped the IPA of the name), 'He "
 "graduated the Bucharest Institute of Architecture', 'the Timi\u0219 County', 'on the list of Democratic Convention "
 "of Romania'; cut after 'in D\u00e2mbovi\u021ba County.', before 'Patriciu w', where the excerpt breaks off "
 "(`truncated`), so the business section (Rompetrol's history, its purchase of Dyneff) is not in the text. The store "
 "also holds copies at piglix.com (older lead), fra.wiki, it.qaz.wiki, pt.abcdef.wiki (translations), wikisum.wiki "
 "(sentences out of order) and obituaries (emiratesvoice.com, independent.co.uk): not used. Patriciu, Rompetrol, "
 "KazMunayGas, Astra Rom\u00e2n\u0103, B\u0103sescu, Partidul Liberal, Democratic Convention of Romania, Timi\u0219, "
 "D\u00e2mbovi\u021ba: 0 in train/dev/test, in every gather script, in GATHERING.md and in every pool of this session; "
 "Romania, Bucharest, Kazakhstan, the United Arab Emirates and Abu Dhabi in several files (other events).",
 "non-US"))

# ---- Indonesia -------------------------------------------------------------------------------------------------------
R.append(wp("wp-tomy-winata", "Tomy Winata",
 "http://the-uncensored-wiki.com:20151/2015-wikipedia_en_all_2015-05/A/Tomy_Winata.html",
 "Tomy Winata (pronounced [\u02c8tomi wi\u02c8nata] and sometimes misspelled as Tommy Winata); born Guo Shuo Feng "
 "\u90ed\u8aaa\u92d2 on 23 July 1958; is an Indonesian businessman with interests in banking, property, and "
 "infrastructure. His philanthropic interests include the environment, particularly the Tambling Wildlife Nature "
 "Conservation a 45,000 hectare forest, endangered wildlife and sea conservation area, located in southern Sumatra.\n\n"
 "He is the son of an automobile spare parts trader and left school in the seventh grade upon which he sold ice pops "
 "to support his family. According to The Washington Post, he then \"rose from a car washer and office boy to become "
 "one of the nation's richest men\". In 2006, he was listed as #35 on a Forbes list of \"the 40 richest men in "
 "Indonesia\".\n\n"
 "Winata's business empire has been developed under the Artha Graha Group and Artha Graha Network. In 1988, he "
 "worked with the Indonesian Army Foundation to rescue a troubled local bank, Bank Propelat, and subsequently changed "
 "its name to Bank Artha Graha. In mid-1997, in cooperation with Bank Indonesia he bailed out Bank Arta Prima, which "
 "was then merged with Bank Artha Graha. In 2003, Artha Graha Group took over Bank Inter-pacific.,Tbk (a publicly "
 "listed company). In 2005, Bank Inter-pacific.,Tbk acquired Bank Artha Graha becoming Bank Artha Graha "
 "Internasional.,Tbk (INPC.JK).",
 "banking, property (leadership, acquisitions)", ["leadership"],
 "The article as a copy of the English Wikipedia dump 'wikipedia_en_all_2015-05' holds it at the-uncensored-wiki.com "
 "(content of May 2015 or before, so CC BY-SA 3.0; no revision id; the copy site's own terms were not looked for): "
 "the title line 'Tomy Winata', the infobox lines ('Tomy Winata', 'Born Guo Shuo Feng \u90ed\u8aaa\u92d2', 'July 23, "
 "1958', 'Pontianak, Indonesia', 'Nationality Indonesian', 'Occupation Entrepreneur, Philanthropist', 'Known for', "
 "'Owner and Chairman of Artha Graha Group', 'Founder of Artha Graha Care Foundation (Artha Graha Peduli "
 "Foundation)'), the heading 'Business career' and the citation markers ('[1]', '[2][3]', '[4]') cut; so his "
 "chairmanship, stated only in the infobox, is not in the text (doubtful: the prose names no post of his at all); "
 "kept as written: the pronunciation in brackets, the semicolons around 'born Guo Shuo Feng \u90ed\u8aaa\u92d2 on 23 July "
 "1958', 'Conservation a 45,000 hectare forest' with no comma, 'Bank Inter-pacific.,Tbk' and 'Bank Artha Graha "
 "Internasional.,Tbk' with their odd punctuation; cut after '(INPC.JK).', before 'Winata is involved in the property "
 "sector through PT Jakarta International Hotels and Development', the paragraph the excerpt breaks off in "
 "(`truncated`). The store also holds a German copy (de.abcdef.wiki, a translation) and Indonesian news profiles: not "
 "used. Winata, Artha Graha, Inter-pacific, Propelat, Arta Prima, Tambling, Indonesian Army Foundation: 0 in "
 "train/dev/test, in every gather script, in GATHERING.md and in every pool of this session; Indonesia, Sumatra, Bank "
 "Indonesia, The Washington Post and Forbes in several files (other events).",
 "non-US", v3=True, copy_of="the Wikipedia article"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
