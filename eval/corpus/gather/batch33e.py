#!/usr/bin/env python3
"""Batch 33e (session 34; helper gather34e): English Wikipedia texts (CC BY-SA) on company executives told as news,
part 11 of the executive-biography lane after batches 32a, 32h and 32k. This round leans to airlines, banking,
telecoms-adjacent and retail posts outside the US: a German airline group's chairman and chief executive who ran its
cargo arm first, a South African woman who ran the national airline, started her own, and now runs a state freight
railway arm with three board seats, a South African woman engineer who chairs a banking group and runs a Dutch coal
miner, a Singaporean airline's chief executive who chaired its regional subsidiary, and a British supermarket chain's
chief executive who was a university chancellor. Texts are the search tool's page-store excerpts (`search`, corpus
`pages`; never a whole page) from English Wikipedia copies; four are cut at the last full sentence before an excerpt
breaks off (`truncated`), one (Leahy) is the whole body of an old static copy. Edits per item in `notes`; no word
added or changed. newskg (or any extractor) was not run on any text.
usage: batch33e.py [POOL_DIR] [--dry]   (default /tmp/gather34e/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather34e/pool"

R = []
# ---- Europe ----------------------------------------------------------------------------------------------------------
R.append(wp("wp-carsten-spohr", "Carsten Spohr", "http://piglix.com/piglix/Carsten_Spohr",
 "Carsten Spohr (born 16 December 1966) is a German airline executive. Since May 2014 he has been the chairman and "
 "chief executive officer (CEO) of Lufthansa.\n\n"
 "After graduating with a degree in industrial engineering from the University of Karlsruhe (now part of the "
 "Karlsruhe Institute of Technology), Spohr obtained a commercial pilot's license at Lufthansa Flight Training in "
 "Bremen and the Airline Training Center Arizona. Spohr continues to maintain this license until the present day. His "
 "license allows him to fly the Airbus A320.\n\n"
 "After gaining his commercial pilot\u2019s license, Spohr enjoyed a brief role at Deutsche Aerospace AG after "
 "enrolling in the company\u2019s management training programme. Following this, Spohr joined Lufthansa in 1994. "
 "Between 1995 and 1998, he served as the personal assistant to the CEO of the company. After this role, he moved on "
 "to head various regional partnerships at Lufthansa, for example in 1998, he became head of regional partner "
 "management. He was then soon appointed to lead the group\u2019s passenger airline strategy. In 2007, he was made CEO "
 "of Lufthansa Cargo. In 2011, in recognition of his loyalty to the company, he was invited to join the executive "
 "board. On 1 May 2014 he took over from Christoph Franz as Chief Executive Officer of Deutsche Lufthansa AG. During "
 "his time as CEO there have been poor industrial relations, with a number of strike actions, due to the push to "
 "expand Lufthansa's low-cost airline Germanwings.\n\n"
 "Spohr described the Germanwings Flight 9525 disaster as \"the darkest day for Lufthansa in its 60-year "
 "history\".\n\n"
 "According to his profile on Bloomberg, his annual compensation amounts to around \u20ac2.7 million.",
 "airlines (leadership)", ["leadership"],
 "The article as piglix.com holds it (a copy of English Wikipedia that earlier batches used, e.g. for Motorola "
 "Mobility and MafiaBoy; content of about 2015-2016: the Germanwings crash of March 2015 told, 'Salary | "
 "\u20ac1,038,000' in the infobox): the infobox lines ('Carsten Spohr', 'Born | Wanne-Eickel, Germany | 16 December "
 "1966', 'Nationality | German', 'Alma mater | Karlsruhe Institute of Technology', 'Occupation | Businessman', "
 "'Employer | Lufthansa', 'Salary | \u20ac1,038,000', 'Children | 2') cut; the copy has no headings or citation "
 "markers in the excerpt; single line breaks between paragraphs made blank lines (whitespace only); kept as written: "
 "the curly apostrophes in 'pilot\u2019s', 'company\u2019s' and 'group\u2019s' beside straight ones in 'pilot's' and "
 "'Lufthansa's', 'license' (US spelling) beside 'programme', 'Chief Executive Officer' capitalised once; cut after "
 "'around \u20ac2.7 million.', before 'In May 2014, Spohr was one of a number of business executives invited to the "
 "White', where the excerpt breaks off (`truncated`). Recorded 3.0 (content before June 2023; no revision id). The "
 "store also holds German Wikipedia (de.wiki.li and a proxy), a Lufthansa announcement on standbynordic.com, German "
 "news and a German blog profile: not used. Spohr, Karlsruhe, Lufthansa Flight Training, Airline Training Center, "
 "Deutsche Aerospace, Lufthansa Cargo, Christoph Franz, Germanwings: 0 in train/dev/test, in every gather script, in "
 "GATHERING.md and in every pool of this session; Lufthansa, Airbus A320, Bremen and Bloomberg in several files "
 "(other events, none a biography of Spohr by the ids).",
 "non-US", v3=True))

R.append(wp("wp-jose-ignacio-sanchez-galan", "Jos\u00e9 Ignacio S\u00e1nchez Gal\u00e1n",
 "https://enwikipedia.net/wiki/Jos%C3%A9_Ignacio_S%C3%A1nchez_Gal%C3%A1n",
 "Jos\u00e9 Ignacio S\u00e1nchez Gal\u00e1n (born 1950) is a Spanish businessman who currently serves as chairman "
 "and chief executive officer of Iberdrola, a multinational group present in dozens of countries worldwide and "
 "including the likes of ScottishPower in the United Kingdom, Avangrid in USA, Neoenergia in Brazil, Infigen in "
 "Australia and Iberdrola Mexico.\n\n"
 "Gal\u00e1n was born in 1950 in Salamanca, Spain. As a young man, he moved to Madrid to study industrial engineering "
 "at the ICAI School of Engineering attached to Comillas Pontifical University.\n\n"
 "Gal\u00e1n also graduated in business administration from the ICADE Business School and in Business Administration "
 "and Foreign Trade from the EOI Business School. He speaks English, French, Italian and Portuguese and is married "
 "with four children.\n\n"
 "Gal\u00e1n's career got under way in 1972 at Sociedad Espa\u00f1ola del Acumulador Tudor, where he held various "
 "executive posts and oversaw the company's international expansion.\n\n"
 "In the early 1990s, Gal\u00e1n took the helm at Industria de Turbopropulsores (ITP) from its inception. Between "
 "1993 and 1995 he was chairman of Eurojet, a European consortium that developed and manufactured the Eurojet 200 "
 "powerplants fitted to the Eurofighter. He then went on to serve as chief executive at Airtel M\u00f3vil.\n\n"
 "In 2001, Gal\u00e1n was appointed the executive vice-chairman and chief executive of Iberdrola and in 2006 he "
 "earned the position of executive chairman at the company. As Iberdrola's chairman and chief executive officer, he "
 "obtained total remuneration of 6.17 million euros in 2015, plus shares valued at 3.2 million euros.",
 "electric utilities, aero engines and telecoms (leadership)", ["leadership"],
 "The article as enwikipedia.net holds it (a copy of English Wikipedia, 'From Wikipedia, the free encyclopedia'; "
 "Infigen in Australia named among the group's companies and the 2016 meeting told, so content of about 2020-2022): "
 "the title line, 'From Wikipedia, the free encyclopedia', the name line under it, the headings with their empty "
 "edit marks ('Early life[]', 'Career[]', 'Early career[]', 'Career at Iberdrola[]') and the citation markers the copy "
 "writes as bare digits ('Gal\u00e1n1', '(ITP)2', 'company.3') cut; kept as written: 'Avangrid in USA', 'the likes "
 "of', 'powerplants', 'executive vice-chairman'; cut after 'valued at 3.2 million euros.', before 'At Iberdrola's "
 "2016 General Meeting of Shareholders (held on 8 April), the advisory vote ... thus making Gal', where the excerpt "
 "breaks off (`truncated`). Recorded 3.0 (content before June 2023; no revision id; doubtful). The store also holds "
 "the recent en.wikipedia.org rendering ('= Jos\u00e9 Ignacio S\u00e1nchez Gal\u00e1n =': a shorter career section, "
 "'executive chairman', and a controversies section on a court investigation; the older copy taken for its fuller "
 "career), an older copy on wiki-gateway.eudic.net, wikisum.wiki (a summary site), a German copy, Spanish news and "
 "his own site (ignaciogalan.es, not openly licensed): not used. Gal\u00e1n, Eurojet, Infigen, Turbopropulsores, "
 "Acumulador, Comillas: 0 in train/dev/test, in every gather script and in every pool of this session; GATHERING.md "
 "names him once, inside a search query of batch 26e's company lane ('Iberdrola Spanish electric utility acquired "
 "ScottishPower Avangrid chairman Ignacio Gal\u00e1n Wikipedia'), whose text, train/wp-iberdrola, tells the company "
 "(Scottish Power, Avangrid, Neoenergia) and does not name him: the same companies, another subject; 'Scottish "
 "Power' also in 1 test file by count (not opened; by its id a Storm Ophelia power cut in Ireland, 2017), 'ICADE' in "
 "1 test file by count (not opened; by its id a 2012 protest) and 'Airtel M' in 1 test file by count (not opened; by "
 "its id Telenor India): other events.",
 "non-US", v3=True))

_leahy = wp("wp-terry-leahy", "Terry Leahy",
 "http://the-uncensored-wiki.com:20072/t/e/r/Terry_Leahy_9e56.html",
 "Sir Terry Leahy(born 28 February 1956) is the CEO of Tesco, the largest British supermarket chain. He was knighted "
 "in 2002, and was Chancellor of UMIST, his alma mater, from that year until 1 October 2004 when he became "
 "co-chancellor of the newly formed University of Manchester.\n\n"
 "He had worked briefly stacking shelves in the Wandsworth Tesco in school holidays. After graduating from UMIST, "
 "Leahy returned to Tesco in 1979 as a marketing executive. He was appointed to the board in 1992 and became chief "
 "executive in 1997. Tesco has stretched its lead as the UK's largest retailer since then, and also has grown "
 "significantly internationally. He was chosen as Britain's \"Business Leader of the Year\" in 2003 and the Fortune "
 "European Businessman of the Year for 2003. In 2005 he was selected as Britain's most admired business leader by "
 "Management Today.\n\n"
 "Following Tesco's announcement of \u00a32 billion in profits in April 2005, Leahy hit back against protests that "
 "the company was \"too successful\". He argued that such protests against a successful company were unique to the "
 "UK. Leahy was born and grew up in Liverpool where he attended St. Edward's College. He is the third of four "
 "brothers and the only one to receive a higher education. He has since been granted the freedom of the city of "
 "Liverpool. Sir Terry is an Everton Football Club supporter and is a special advisor to the club. He is also part "
 "of a proposed ground move to Kirkby which would have a new ground with a Tesco supermarket, a hotel, a range of "
 "high street shops and extensive car parking. He lives in Cuffley, Hertfordshire where Tesco plans to open a new "
 "Tesco Express store much to the opposition of local business owners and the majority of local residents.",
 "supermarket retail (leadership)", ["leadership"],
 "The article as an old static HTML copy of English Wikipedia holds it (the-uncensored-wiki.com, a mirror of the "
 "Wikipedia static dump's file layout, 'From Wikipedia, the free encyclopedia'; content of about 2006-2007: Leahy "
 "'is the CEO of Tesco', the Kirkby ground move 'proposed'): the title line, 'From Wikipedia, the free "
 "encyclopedia', the citation markers (' [1]', ' [2]', ' [3]' with the stray full stop written after it, "
 "'car parking. [3].' made 'car parking.', and ' [4]') and the closing '[edit] External links' cut; kept as written: "
 "'Leahy(born' with no space, 'Sir Terry' as the text names him, 'special advisor', 'co-chancellor', "
 "'Fortune European Businessman of the Year for 2003' beside 'in 2003'. The excerpt holds the whole body of that "
 "revision (nothing after the cut heading but links), so the text is not truncated. Recorded 3.0 (an old revision; "
 "no revision id). The store also holds The Full Wiki's copy of about 2010 (longer, but its excerpt breaks off "
 "inside the career section), a 2008 revision behind a proxy (bp.piusbird.space; with vandalism about a card fraud "
 "in Bangkok in the body), absoluteastronomy.com's copy broken by glossary pop-ups, a Wikipedia diff page, "
 "ceo.wiki (not Wikipedia), Everipedia and bigthink.com profiles: not used. Leahy, UMIST, University of Manchester, "
 "Wandsworth, Management Today, St. Edward's, Everton, Kirkby, Cuffley, Tesco Express: 0 in GATHERING.md and in "
 "every pool of this session, except Management Today (1 train file, wn-microsoft-without-bill-gates-helm-2008) and "
 "Everton (1 dev file, wn-collyer-brothers-bid-everton-f-c-2006, and GATHERING.md's note on it): other events; "
 "'Tesco' in 8 files (train: two Oireachtas committee records, a Commons committee on food prices, Wikinews on "
 "Sainsbury's and on Shell; test by id only, not opened: Tesco's Polish sale in 2020, a Telegraph writer's "
 "allegations, Lotus's) and 'Liverpool' in 5: other events. Leahy, the subject, 0 in every file.",
 "non-US", v3=True)
_leahy["truncated"] = False
R.append(_leahy)

# ---- Africa ----------------------------------------------------------------------------------------------------------
R.append(wp("wp-siza-mzimela", "Siza Mzimela", "https://wikimili.com/wiki/Siza_Mzimela",
 "Sizakele Petunia Mzimela, known as Siza Mzimela, is credited as the first black woman to start an airline. She "
 "currently holds a position as Transnet Freight Rail Chief Executive Officer. Ms. Mzimela is charged with ensuring "
 "that TFR is the author of globally competitive regional freight system that enables sustained growth and "
 "diversification of the region's economies, enables economic growth by lowering the cost of doing business, and "
 "ensures reliable freight system through on-time scheduling and execution of train services. She was listed as one "
 "of Forbes magazine's most powerful women in 2011.\n\n"
 "Mzimela joined the South African Airways (SAA) national airline in January 1996 as a research analyst. She "
 "subsequently headed global sales and SAA's Voyager loyalty programme, serving as CEO from 1 April 2010 until 8 "
 "October 2012. She has also served as the first female member of the board of governors of the International Air "
 "Transport Association, based in Miami, Florida, USA.\n\n"
 "On 1 September 2015, Mzimela started the airline Fly Blue Crane. Fly Blue Crane entered business rescue 15 months "
 "later and terminated all services on 3 February 2017.\n\n"
 "She was appointed interim CEO of South African Express in April 2017, which was forced into business rescue on 28 "
 "April 2020 by its creditors.\n\n"
 "On 1 April 2020, Mzimela joined Transnet as CEO of its freight rail division. She is currently the Vice President "
 "of SARA (Southern Africa Railways Association) She also chairs the board of JSE-listed company Cargo Carriers and "
 "services as Non-Executive Director on the board of JSE-listed technology company, Etion Limited. Additionally, "
 "Siza serves on the board of reinsurance company, Africa Reinsurance Corporation.",
 "airlines and freight rail (leadership)", ["leadership"],
 "The article as wikimili.com holds it (a copy of English Wikipedia; 'Last updated', content after April 2020 and, "
 "by the paragraph that follows the cut, after 4 December 2022): 'Last updated', 'Contents', the heading 'Career' "
 "and the citation markers with the space before each (' [1]' to ' [10]') cut; kept as written: 'the author of "
 "globally competitive regional freight system', 'services as Non-Executive Director', the missing full stop in "
 "'(Southern Africa Railways Association) She also' (the marker ' [9]' stood between), 'Siza' alone; cut after "
 "'Africa Reinsurance Corporation.', before 'On 4 December 2022, the Minerals Council South Africa wrote to Transnet "
 "board chairperson Popo Molefe, ... Transnet Freig', where the excerpt breaks off (`truncated`). Recorded 4.0 "
 "(content after December 2022, likely after June 2023; no revision id; doubtful). The store also holds an older "
 "revision on enwikipedia.net (a 'Fly Blue Crane' section, no board seats; the later one taken for its posts), the "
 "same later text on nuuanu.net, an IMBO magazine page, venturesafrica.com, mwnation.com and a blog: not used. "
 "Mzimela, Fly Blue Crane, South African Express, Voyager, Southern Africa Railways, Cargo Carriers (as a company), "
 "Etion Limited, Africa Reinsurance: 0 in GATHERING.md, in train/dev/test, in every gather script and in every pool "
 "of this session; South African Airways and IATA in a few files, Transnet in 3 (a 2010 Wikinews report, the South "
 "African energy crisis and the Transnet ransomware attack: other events; Transnet Freight Rail's chief not named).",
 "non-US"))

R.append(wp("wp-nonkululeko-nyembezi-heita", "Nonkululeko Nyembezi-Heita",
 "https://wikimili.com/en/Nonkululeko_Nyembezi-Heita",
 "Nonkululeko Merina Cheryl Nyembezi-Heita, also Nku (born 22 March 1960), is a South African engineer, "
 "businesswoman and corporate executive who was appointed Chairperson-designate at Standard Bank Group and Standard "
 "Bank of South Africa, on 10 May 2022. She assumed office on 1 June 2022, replacing Thulani Geabashe, who retired "
 "on 31 May 2022, and became the bank's first Black female chairman. She has been active in steel, "
 "telecommunications and finance. Since March 2014, she has been CEO of the Dutch mining group, IchorCoal N.V.\n\n"
 "Nyembezi was born in Pietermaritzburg, South Africa, to father Aubrey, an attorney and mother Debiya Nyembezi, a "
 "nurse from Pietermaritzburg. She has an older brother (Manqoba Nyembezi) and a younger sister (Nontando Nyembezi). "
 "Brought up in a Methodist family, she attended a Bantu primary school in Clermont, KwaZulu-Natal, before "
 "embarking on her secondary school education at Inanda Seminary School near Durban. She obtained exceptionally good "
 "results in science and maths, becoming the top student in South Africa in her Junior Certificate year. After "
 "receiving her Senior Certificate, she was awarded an Awarded Anglo American Corporation Open Scholarship.",
 "banking, steel and mining (leadership)", ["leadership"],
 "The article as wikimili.com holds it (a copy of English Wikipedia; 'Last updated'; the infobox says '(age 65)' "
 "and names a 2023 World Economic Forum picture, so content of 2025): 'Last updated', the infobox lines "
 "('Nonkululeko Nyembezi', the picture's file name and caption 'Speaking at the 2023 World Economic Forum', 'Born "
 "(1960-03-22) 22 March 1960 (age 65)', 'Pietermaritzburg, South Africa', the 'Alma mater' rows with their three "
 "degrees, 'Occupation(s) ...', 'Years active1980 \u2014 present', 'TitleChairperson of Standard Bank Group and "
 "Standard Bank of South Africa.'), 'Contents', the heading 'Biography' and the citation markers with the space "
 "before each (' [1] [2]', ' [3] [4]', ' [5]', ' [3] [6]') cut; kept as written: 'Chairperson-designate' and "
 "'chairman', 'father Aubrey, an attorney and mother', 'an Awarded Anglo American Corporation Open Scholarship'; cut "
 "after 'Open Scholarship.', before 'She went on to graduate in electrical engineering at the University of Manche', "
 "where the excerpt breaks off (`truncated`; her IBM, Vodacom and ArcelorMittal South Africa posts follow the cut). "
 "Recorded 4.0 (content of 2025; no revision id). The store also holds a French Wikipedia copy (defzone.net) and "
 "news and profile pages (ujuh.co.za, miningmx.com, engineeringnews.co.za, iol.co.za, daughtersofafrica.org): not "
 "used. Nyembezi, Geabashe, IchorCoal, Standard Bank, Pietermaritzburg, KwaZulu, Inanda: 0 in train/dev/test, in every "
 "gather script and in every pool of this session; 'Standard Bank' twice in GATHERING.md (a bank's outage searched "
 "as news copies only; the bank's own wikimili page, 19th-century history only): other texts, not this one; "
 "'Anglo American' (1 train file, wp-2011-chile-blackout) and Durban (1 train file, wp-transnet-ransomware-attack): "
 "other events.",
 "non-US"))

# ---- Asia ------------------------------------------------------------------------------------------------------------
R.append(wp("wp-goh-choon-phong", "Goh Choon Phong", "http://en.m.wiki.x.io/wiki/Goh_Choon_Phong",
 "Goh Choon Phong (simplified Chinese: \u5434\u4fca\u9e4f; traditional Chinese: \u5433\u4fca\u9d6c; pinyin: W\u00fa "
 "J\u00f9n P\u00e9ng) is a Singaporean businessman who is the chief executive officer (CEO) of Singapore Airlines "
 "and Singapore Airlines Cargo. He was formally appointed to be the CEO on 1 January 2011 in an announcement dated 3 "
 "September 2010. Prior to his appointment, he worked for the SIA group for more than 20 years for the airlines' "
 "operations in China and Scandinavia.\n\n"
 "Goh was born in July 1963 in Singapore. He graduated from Hwa Chong Junior College, and is an alumnus of the "
 "Massachusetts Institute of Technology's Electrical Engineering and Computer Science Department, majoring in "
 "computer science, management science and cognitive science. He also holds Master of Science in Electrical "
 "Engineering and Computer Science.\n\n"
 "Goh joined Singapore Airlines after finishing his Masters degree at Massachusetts Institute of Technology as a "
 "cadet administrative officer, fulfilling the sponsorship Singapore Airlines offered to him to pursue his studies "
 "at MIT.\n\n"
 "Subsequently, Goh rose up the ranks, taking on appointments such as Senior Vice President of Commercial "
 "Technology, Senior Vice President of Information Technology, Executive Vice President of Marketing and Chairman "
 "of SilkAir, a former subsidiary of Singapore Airlines which has since merged with Singapore Airlines. He was "
 "appointed as CEO of Singapore Airlines on 1 January 2011, replacing outgoing CEO Chew Choon Seng who was "
 "retiring.",
 "airlines (leadership)", ["leadership"],
 "The article as en.m.wiki.x.io renders it (a mirror of the English Wikipedia mobile site; the 'edit' marks of the "
 "recent rendering; SilkAir 'has since merged' with Singapore Airlines, so content after 2021): the infobox lines "
 "('Goh Choon Phong', '\u5434\u4fca\u9e4f', the picture caption 'Mr Goh Choon Phong (Left) onboard the new Singapore "
 "Airlines B787-10', 'BornJuly 1963', 'NationalitySingaporean', 'Alma materHwa Chong Junior College', "
 "'Massachusetts Institute of Technology', 'Occupation(s)CEO of Singapore Airlines', 'CEO of Singapore Airlines "
 "Cargo', 'Chairman of Budget Aviation Holdings'), the headings 'Early life and education' and 'Career' with their "
 "'edit' lines and the citation markers ('[1]' to '[7]', '[6][7]') cut; kept as written: the Chinese script and "
 "pinyin in the opening bracket, 'the SIA group', 'Masters degree', 'holds Master of Science'; cut after 'who was "
 "retiring.', before 'As CEO, Goh led the airline group in its expansion phase post 2007-2008 Global Financial "
 "Crisis and the subsequent recovery', where the excerpt breaks off (`truncated`). Recorded 4.0 (recent rendering; "
 "no revision id). The store also holds hubbry.com's copy (a community hub, 'from Wikipedia', a slightly later "
 "wording), news of his appointment (fliegerweb.com, worldofaviation.com, a Bloomberg report quoted on a forum), "
 "The New Paper, Orient Aviation and a blog: not used. Goh Choon Phong, Chew Choon Seng, SilkAir, Singapore "
 "Airlines Cargo: 0 in GATHERING.md, in train/dev/test, in every gather script and in every pool of this session; "
 "'Hwa Chong' in 1 test file by count (not opened; by its id the biography of Olivia Lum, batch 31h, another "
 "Singaporean executive) and batch 31h's scripts; Singapore Airlines (11 files) and the Massachusetts Institute "
 "of Technology (4): other events.",
 "non-US"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
