#!/usr/bin/env python3
"""Batch 37n (session 38; helper gather38n): English Wikipedia texts (CC BY-SA) on technology and telecom executives
told as news, the executive-biography lane of batches 36h, 36p, 36o and 37g turned back to software, chip and telecom
chiefs: Paul Maritz (a Microsoft executive vice president for fourteen years, then chairman of Pivotal Software),
Jerry Sanders (co-founder and chief executive of Advanced Micro Devices for 33 years, fired by Fairchild Semiconductor
before it), John Legere (chief executive and president of T-Mobile US after chief executive, head and president posts
in AT&T's units) and Stéphane Richard (deputy chief executive, then chief executive and chairman of the French operator
Orange). Texts are the search tool's page-store excerpts (`search`, corpus `pages`; never a whole page): three
en.wikipedia.org renderings (HTML ones of 2017-2018 and 2021, a plain-text one of 2023 or later) and one static IPFS snapshot of
the article served through an eth.limo gateway, each cut at the end of the last whole paragraph the excerpt holds
(`truncated`). Edits per item in `notes`; no word added or changed. newskg (or any extractor) was not run on any
text.
usage: batch37n.py [POOL_DIR] [--dry]   (default /tmp/gather38n/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather38n/pool"

# every subject, company, body and place of the four texts was grepped (file names and counts only; no test file
# opened) in train/dev/test and second-annotation*, in every gather script, in GATHERING.md and in the pools
# /tmp/gather38[a-m]/pool as they stood at about 07:34 UTC (GATHERING.md, batch 37n, lists the names and counts)
R = []
# ---- software: Microsoft, Pivotal -------------------------------------------------------------------------------------
R.append(wp("wp-paul-maritz", "Paul Maritz", "https://en.wikipedia.org/wiki/Paul_Maritz",
 "Paul Alistair Maritz (born March 16, 1955) is a computer scientist and software executive. He held positions at "
 "large companies including Microsoft and EMC Corporation. He currently serves as chairman of Pivotal Software.\n\n"
 "Paul Maritz was born and raised in Rhodesia (now Zimbabwe). His family later moved to South Africa where he was "
 "schooled at Highbury Preparatory School and Hilton College. He received a B.Sc. in Computer Science from the "
 "University of Natal, and a B.Sc. (Hons) degree, also in Computer Science, from the University of Cape Town in "
 "1977.\n\n"
 "After finishing his graduate studies, Maritz had a programming job with Burroughs Corporation and later became a "
 "researcher at the University of St. Andrews in Scotland, before moving to Silicon Valley in 1981 to join Intel. He "
 "worked for Intel for five years, including developing early tools to help developers write software for the "
 "then-new x86 platform, before joining Microsoft in 1986.\n\n"
 "From 1986 to 2000, he worked at Microsoft and served on its executive committee. He became executive vice "
 "president of the Platforms Strategy and Developer Group and part of the 5-person executive management team. He was "
 "often said to be the third-ranking executive, behind Bill Gates and Steve Ballmer. He was responsible for "
 "essentially all of Microsoft's desktop and server software, including such major initiatives as the development "
 "of Windows 95, Windows NT, and Internet Explorer.\n\n"
 "He was the highest-ranking executive to testify at the antitrust trial of Microsoft in 1999. While at Microsoft, "
 "Maritz was credited with originating the term \"eating your own dogfood\" also known as dogfooding.",
 "software, cloud and virtualisation (leadership)", ["leadership"],
 "The article as the page store holds it at en.wikipedia.org (an HTML rendering; the infobox gives his age as 66, so "
 "content of March 2021 to March 2022, before Wikimedia's June 2023 move: CC BY-SA 3.0; no revision id): the page "
 "furniture ('From Wikipedia, the free encyclopedia', 'Jump to navigation Jump to search'), the title line, the "
 "infobox lines ('Paul Maritz, CEO of VMWare (3239016392).jpg', 'Paul Maritz in 2009', 'Born (1955-03-16) March 16, "
 "1955 (age 66)[1]', 'Alma mater University of Natal University of Cape Town', 'Occupation Chairman, Pivotal "
 "Software'), the heading 'Early life[edit]' and the citation markers ('[2]' to '[8]', '[5]' twice) cut; the blank "
 "line where the rendering dropped the next heading kept as one paragraph break; kept as written: 'the University of "
 "St. Andrews', 'the then-new x86 platform', 'the 5-person executive management team', '\"eating your own "
 "dogfood\" also known as dogfooding' with no comma; cut after 'dogfooding.', before the broken citation marker '[' "
 "where the excerpt breaks off (`truncated`), so his later posts (Pi Corporation, EMC's cloud division, VMware's "
 "chief executive, Pivotal's chief executive) are not in the text. The store also holds a 2011 blog copy "
 "(raviitblog.com, with the VMware years; a blog reproduction, terms unknown), Italian, German and Spanish pages "
 "(it.wikipedia.org, de.wikipedia.org, wikide.org, de.wiki.li, es.knowledger.de) and a constructor.org profile: not "
 "used. Maritz, EMC Corporation, Burroughs, Hilton College, Highbury, University of Natal, St. Andrews, dogfood: 0 in "
 "train/dev/test, second-annotation, every gather script, GATHERING.md and this session's pools ('maritz' only inside "
 "'Pietermaritzburg', one train file and its script); Pivotal, VMware, Microsoft, Intel, Bill Gates, Steve Ballmer, "
 "South Africa, Cape Town in other files (other subjects).",
 "mixed", v3=True))

# ---- chips: Advanced Micro Devices ------------------------------------------------------------------------------------
R.append(wp("wp-jerry-sanders", "Jerry Sanders (businessman)",
 "https://en.wikipedia.org/wiki/Jerry_Sanders_(businessman)",
 "Walter Jeremiah Sanders III (born September 12, 1936) is an American businessman and engineer who was a co-founder "
 "and long-time CEO of the American semiconductor manufacturer Advanced Micro Devices (AMD), serving in the position "
 "from 1969 to 2002.\n\n"
 "Jerry Sanders III grew up in the South Side of Chicago, Illinois, raised by his paternal grandparents. He was once "
 "attacked and beaten by a street gang leaving him so covered in blood that a priest was called to administer the "
 "last rites. He attended the University of Illinois Urbana\u2013Champaign on an academic scholarship from the Pullman "
 "railroad car company. He graduated from there with a Bachelor of Science degree in electrical engineering in "
 "1958.\n\n"
 "After graduation, Sanders worked for the Douglas Aircraft Company. He subsequently moved to Motorola, then to "
 "Fairchild Semiconductor.\n\n"
 "Jerry Sanders joined Fairchild Semiconductor in 1961 as a young engineer. At Fairchild, Sanders quickly rose from "
 "lower sales positions up to a succession of management positions in marketing, making him a likely candidate for "
 "one of the company's top vice presidencies. However, in 1968, a new management team was brought into Fairchild "
 "Semiconductor by Sherman Fairchild, led by C. Lester Hogan, then vice president of Motorola Semiconductor. The "
 "staff from Motorola, also known as \"Hogan's Heroes\", were conservative and hence immediately clashed with "
 "Sanders' boisterous style. Sanders' flamboyant personality and style made the new management at Fairchild "
 "Semiconductor feel uneasy so they fired him. Sanders said that, on his firing from Fairchild, \"My whole life has "
 "been about treating people fairly, and I wasn't treated fairly\".",
 "semiconductors (leadership)", ["leadership"],
 "The article as the page store holds it at en.wikipedia.org (a plain-text rendering with '= Title =' and '== "
 "Section ==' headings; no revision id and no content date; its lead has the 'co-founder and long-time CEO ..., "
 "serving in the position from 1969 to 2002' wording and 'electrical engineering' where a WikiMili copy giving his "
 "age as 87 (September 2023 to September 2024) still reads 'engineering', so content of late 2023 or after, after "
 "Wikimedia's June 2023 move: CC BY-SA 4.0): the title line '= Jerry Sanders (businessman) =', the infobox lines "
 "('Jerry Sanders', '- Birthplace: Chicago, Illinois, U.S.') and the headings '== Early life and education ==', '== "
 "Business career ==' and '=== 1961\u20131969: Fairchild Semiconductor ===' cut; kept as written: 'a street gang "
 "leaving him' with no comma, 'Sanders' boisterous style', 'fairly\".' with the full stop outside the quotation; "
 "cut at the end of the section '1961\u20131969: Fairchild Semiconductor', before the heading '=== 1969\u20132004: "
 "Advanced Micro Devices ===' and 'In 1969, eight engineers left Fairchild Semiconductor together to start a new "
 "company, fo', where the excerpt breaks off (`truncated`), so the founding of AMD is told only in the lead. The "
 "store also holds an older en.wikipedia.org HTML rendering (age 83, 2019-2020; a shorter career section), the "
 "WikiMili copy (citation markers, 'Contents'), a theinfolist.com copy with glosses spliced into the sentences, a "
 "svec.org profile and two generated pages: not used. Jerry Sanders, Lester Hogan, Sherman Fairchild, Pullman: 0 in "
 "train/dev/test, second-annotation, every gather script, GATHERING.md and this session's pools; Advanced Micro "
 "Devices, Fairchild Semiconductor (one dev file, an FTC case on its purchase by ON Semiconductor), Douglas Aircraft, "
 "Motorola, Chicago, Illinois in other files (other subjects).",
 "US"))

# ---- telecoms: T-Mobile US, AT&T -------------------------------------------------------------------------------------
R.append(wp("wp-john-legere", "John Legere", "https://en.wikipedia.org/wiki/John_Legere",
 "John J. Legere is an American businessman who is the chief executive officer and president of T-Mobile US. He "
 "previously served as an executive for AT&T, Dell, Global Crossing, and serves on the CTIA board of directors.\n\n"
 "A Massachusetts native, Legere graduated from St. Bernard's Central Catholic School in Fitchburg, Massachusetts and "
 "aspired to be a gym teacher, before he figured out he wanted a more lucrative career and decided to study business "
 "instead. He received a BBA from the University of Massachusetts, an M.S., as an Alfred P. Sloan fellow, at the MIT "
 "Sloan School of Management and an MBA from Fairleigh Dickinson University. He also completed Harvard Business "
 "School's Program for Management Development (PMD).\n\n"
 "Legere was appointed CEO of T-Mobile USA (now T-Mobile US) in September 2012, and has since been noted for "
 "T-Mobile's \"Un-carrier\" approach to contract-free wireless networks.\n\n"
 "He first worked in telecommunications at New England Telephone. Legere then spent nearly twenty years at AT&T, "
 "where he spent a period working under Daniel Hesse, formerly CEO of Sprint Corporation. He served as chief "
 "executive for AT&T Asia from April 1994 to November 1997, and also spent time as head of AT&T Global Strategy and "
 "Business Development. From 1997 to 1998, he served as President of the worldwide outsourcing subsidiary of AT&T, "
 "AT&T Solutions.",
 "telecommunications, computers (leadership)", ["leadership"],
 "The article as the page store holds it at en.wikipedia.org (an HTML rendering; the infobox gives his age as 59, so "
 "content of June 2017 to June 2018, before Wikimedia's June 2023 move: CC BY-SA 3.0; no revision id): the page "
 "furniture ('From Wikipedia, the free encyclopedia', 'Jump to: navigation, search'), the title line, the infobox "
 "lines ('T-Mobile John Legere at CES14.jpg', 'Legere at T-Mobile's press event at CES in 2014', 'Born June 4, 1958 "
 "(1958-06-04) (age 59)', 'Nationality American', the 'Alma mater' rows, 'Occupation Corporate executive'), the "
 "heading 'Early life and education[edit]', the citation markers ('[1]' to '[6]') and the tag '[dead link]' cut; "
 "the blank line where the rendering dropped the heading 'Career' kept as one paragraph break; kept as written: "
 "'Fitchburg, Massachusetts and aspired' with no comma, 'an M.S., as an Alfred P. Sloan fellow, at', 'T-Mobile USA "
 "(now T-Mobile US)', 'President' in capitals; cut after 'AT&T Solutions.', before 'Legere then worked as senior "
 "vice president of Dell and president and chief operations officer for Dell's Operations in Europe, the Midd', "
 "where the excerpt breaks off (`truncated`), so his Dell and Global Crossing posts are told only in the lead. The "
 "store also holds a WikiMili copy of 2023-2024 ('former chief executive officer', his resignation after the "
 "T-Mobile and Sprint merger; it breaks off at the same Dell paragraph), a ceo.wiki page (not Wikipedia), a "
 "munzinger.de profile and news of his appointment: not used. Legere, Global Crossing (once in GATHERING.md, a "
 "searched name of another round with no text), CTIA, Fitchburg, St. Bernard, Fairleigh Dickinson, Sloan School, New "
 "England Telephone, AT&T Asia, AT&T Solutions, Daniel Hesse, Un-carrier: 0 in train/dev/test, second-annotation, "
 "every gather script and this session's pools; T-Mobile US (three FCC texts and Marcelo Claure's biography), "
 "Sprint Corporation, AT&T, Dell, Harvard Business School, Massachusetts in other files (other subjects).",
 "US"))

# ---- telecoms: Orange (France Telecom) --------------------------------------------------------------------------------
R.append(wp("wp-stephane-richard", "St\u00e9phane Richard",
 "https://boysha.eth.limo/wiki/St%C3%A9phane_Richard.html",
 "St\u00e9phane Richard (born 24 August 1961) is a French businessman and the Chief Executive and Chairman of the "
 "worldwide mobile phone network Orange.\n\n"
 "St\u00e9phane Richard was born in Caud\u00e9ran in the Gironde department in Aquitaine (South-West France), on 24 "
 "August 1961.\n\n"
 "He is the son of an engineer.\n\n"
 "He studied at \u00c9cole des Hautes \u00c9tudes Commerciales (HEC Paris) and \u00c9cole nationale "
 "d'administration in Strasbourg.\n\n"
 "From 2007 until 2009 he was Chief of Staff to the French Minister for the Economy, Industry, and Employment, now "
 "the Minister of the Economy, Finances and Industry.\n\n"
 "He joined Orange in September 2009, becoming deputy Chief Executive.\n\n"
 "He became Chief Executive of Orange S.A. on 1 March 2011.\n\n"
 "He was awarded the Legion of Honour (Ordre national de la L\u00e9gion d'honneur) in 2006. In 2007 there were "
 "rumors of an imminent arrest warrant for tax fraud.\n\n"
 "In June 2015, St\u00e9phane Richard said in Egypt, that he would like to withdraw the Orange brand from Israel as "
 "soon as possible, but that the move would take time. \u201cOur intention is to withdraw from Israel. It will take "
 "time\u201d but \u201cfor sure we will do it,\u201d he said. \u201cI am ready to do this tomorrow morning\u2026 but "
 "without exposing Orange to huge risks.\u201d",
 "telecommunications (leadership)", ["leadership"],
 "The article as a static IPFS snapshot of English Wikipedia holds it, served through an eth.limo gateway "
 "(boysha.eth.limo/wiki/...html, the '/wiki/Title.html' layout of the IPFS mirror batch 37d used; the infobox has "
 "'Term 2011 - present' and the text tells June 2015 as the latest event, so content of 2015-2017, before his "
 "resignation of late 2021 and before Wikimedia's June 2023 move: CC BY-SA 3.0; the gateway's own terms not looked "
 "for): the title line, the infobox lines ('St\u00e9phane Richard at the 37th G8 summit in Deauville, France "
 "(2011)', 'Born (1961-08-24) 24 August 1961', 'Caud\u00e9ran, France', 'Nationality French', 'Education HEC Paris "
 "\u00c9NA', 'Occupation CEO Orange', 'Term 2011 - present', 'Predecessor Didier Lombard'), the headings 'Early "
 "life', 'Career', 'French government', 'Orange', 'Personal life' and '2015 statement of \"intention to withdraw "
 "from Israel\"' and the citation markers ('[1]' to '[4]') cut; the one-sentence paragraphs kept as the snapshot "
 "has them; kept as written: 'Chief Executive and Chairman' in capitals, 'said in Egypt, that' with the comma, "
 "'rumors', the curly quotation marks and the ellipsis character; cut after 'huge risks.\u201d', before 'In "
 "response, a wide range of Israeli politicians condemned his statements', a paragraph that runs to a quotation from "
 "Miri Regev where the excerpt breaks off ('the France that w'; `truncated`). The store also holds a wikisum.wiki "
 "digest (sentences out of order, with the network outage of June 2021 that is not in this snapshot), a Thai copy "
 "(hmong.in.th), topceos.net and news of his 2021 resignation: not used. St\u00e9phane Richard, Caud\u00e9ran, "
 "HEC Paris, Nexity, Miri Regev, Legion of Honour, boysha: 0 in train/dev/test, second-annotation, every gather "
 "script, GATHERING.md and this session's pools; 'Orange S.A.' in other files (Orange as another text's company); "
 "Strasbourg, Egypt, Israel in other files (other events).",
 "non-US", v3=True, copy_of="the Wikipedia article, a static IPFS snapshot"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
