#!/usr/bin/env python3
"""Batch 40zf (session 41; gatherer lane 40zf): company histories from English Wikipedia in the company lane of batches
36j, 36n, 37k, 37u, 38k, 38n, 40o, 40t, 40u, 40v, 40x, 40y, 40za and 40zd, turned to automotive, aerospace and rail
makers and their suppliers - a British racing engine maker founded by two Lotus men, its owners UEI, Carlton,
Vickers, Ford and two Champ Car owners, and its engineering division sold to VW/Audi and Mahle (automotive engineering,
UK); a British motorsport and automotive engineering group, its co-founders and chairman, its customers, its
partnership with Subaru, minority investors and its purchase of Tickford (automotive engineering, UK); a Spanish train
maker, its two founders and its agreement with American Car and Foundry (rail equipment, Spain); and a US light
aircraft maker founded by the Klapmeier brothers, its owner AVIC and its aircraft models (aerospace, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): one from en.wikipedia.org itself, three from copies (two one-section pages of liquisearch.com, one concept page
of EPFL Graph Search); each cut at a sentence or section end (`truncated`). Edits per item in `notes`; no word added or
changed. No text tells an outage and none tells a near-miss. newskg (or any extractor) was not run on any text.
usage: batch40zf.py [POOL_DIR] [--dry]   (default /tmp/gather41zf/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41zf/pool"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, and in the session-41 pools "
           "(/tmp/gather41*/pool) as they stood when checked (`grep -ril`, file names only)")

R = []
# ---- automotive engineering, UK: Cosworth (liquisearch.com's 'Corporate History' section) ---------------------------
R.append(wp("wp-cosworth", "Cosworth", "https://www.liquisearch.com/cosworth/corporate_history",
 "The company was founded as a British racing internal combustion engine maker in 1958 by Mike Costin and Keith "
 "Duckworth (1933-2005) (COStin and duckWORTH). Cosworth, despite being an independent company, was supported by Ford "
 "Motor Company for many years, and most of the Cosworth engines were named as Ford engines.\n\n"
 "The company went through a number of ownership changes. After Keith Duckworth decided he didn't want to be involved "
 "with the day-to-day business of running a growing company, he sold out to United Engineering Industries (UEI) in "
 "1980, retaining his life presidency and day-to-day technical involvement with Cosworth, and becoming a UEI board "
 "director; UEI was a group of small to medium-sized technology companies which was taken over by Carlton "
 "Communications in 1988 - Carlton was primarily interested in some of the audio-visual companies in the UEI "
 "portfolio and Cosworth was a poor fit with these; a new buyer for the company in the engineering/automotive sector "
 "was sought and the traditional engineering company Vickers plc bought Cosworth in 1990. In 1998, Vickers sold "
 "Cosworth and Pi Research to Ford. In September, 2004 Ford announced that it was selling Cosworth and Pi Research, "
 "along with Cosworth Racing Ltd and its Jaguar Formula One team. On 15 November 2004, the sale of Cosworth was "
 "completed, to Champ Car World Series owners Gerald Forsythe and Kevin Kalkhoven, the current Cosworth Group.\n\n"
 "The road car engine aspect of the business was split from the racing division following the sale of the "
 "engineering division of Cosworth to VW/Audi in September 1998 and renamed Cosworth Technology, before being acquired "
 "by Mahle GmbH in 2005. Cosworth Technology was then renamed as MAHLE Powertrain on 1 July 2005.",
 "automotive", ["history", "ownership", "deal", "partnership", "leadership"],
 "The 'Corporate History' section of the Wikipedia article as liquisearch.com (a Wikipedia mirror serving one section "
 "a page) holds it in the page store (a revision of about 2005-2010: 'the current Cosworth Group' after the sale of "
 "November 2004, 'renamed as MAHLE Powertrain on 1 July 2005' the last event; no revision id). Cut: the page's title "
 "lines ('Cosworth - Corporate History', 'Corporate History') and its trailer ('Read more about this topic: "
 "Cosworth', 'Famous quotes containing the words corporate and/or history: ...'); the whole section kept (a section "
 "of a longer page, so the lead, the engines and the officers after 2005 are not in the text; `truncated`). No "
 "citation markers. Kept as written: 'The company was founded' (the section opens without the company's name), "
 "'Keith Duckworth (1933-2005) (COStin and duckWORTH)' (a hyphen between the years), 'he sold out to United "
 "Engineering Industries (UEI) in 1980, retaining his life presidency', 'becoming a UEI board director', 'taken over "
 "by Carlton Communications in 1988 - Carlton was' (a spaced hyphen), 'the engineering/automotive sector', 'In 1998, "
 "Vickers sold Cosworth and Pi Research to Ford' beside 'the sale of the engineering division of Cosworth to VW/Audi "
 "in September 1998' (the text's own two accounts of 1998), 'In September, 2004 Ford announced', 'Champ Car World "
 "Series owners Gerald Forsythe and Kevin Kalkhoven, the current Cosworth Group', 'Mahle GmbH' beside 'MAHLE "
 "Powertrain'. 280 words. No outage and no near-miss told. Recorded CC BY-SA 3.0 (a revision before June 2023); "
 "doubtful in that no revision id is held and liquisearch.com's own terms were not found in the page store (as "
 "batches 40v, 40y and 40za recorded). liquisearch.com's lead page of the same article (not reached in the store), "
 "gracesguide.co.uk's timeline (Duckworth's retirement of 1988, Carlton's sale to Vickers; its licence not looked "
 "up), grandprix.com's and slashgear.com's retellings (Audi's purchase 'as part of its purchase of Vickers's other "
 "subsidiary Rolls Royce Motor Cars', CGH (Isle of Man) Holdings Ltd and Indeck-Cosworth LLC as owners in 2024; not "
 "openly licensed), mahle-powertrain.com's company history (Mike Costin chairman of Cosworth Engineering in 1988; "
 "the company's own text), en-academic.com's copy of 'Mike Costin' (a stub), encyclopedia.kids.net.au's copy of an "
 "early revision ('Cosworth Racing is now a wholly-owned subsidiary of Ford'), zalansite.site's wikitext (a mirror "
 "whose standing was not looked at) and forum posts were looked at and not used. Cosworth, Costin, Duckworth, United "
 "Engineering Industries, Pi Research, Forsythe, Kalkhoven, Mahle: " + CHECKED + " ('Costin' matches only inside "
 "other words; Carlton Communications is named in batch 31j's ITV plc text, dev, and Vickers in texts on other "
 "subjects, not opened; none is a history of Cosworth).", "non-US", v3=True,
 copy_of="the Wikipedia article's 'Corporate History' section, liquisearch.com's page of a revision of about "
         "2005-2010"))

# ---- automotive engineering, UK: Prodrive (liquisearch.com's 'History' section) -----------------------------------
R.append(wp("wp-prodrive", "Prodrive", "https://www.liquisearch.com/prodrive/history",
 "Prodrive was founded in 1984 by Ian Parry and David Richards, the latter is now the chairman of the group. Their "
 "first involvement in motorsport was with the Rothmans Porsche Rally Team running a Porsche 911 SC RS for Saed Al "
 "Hajri in the Middle East Rally Championship. In 1986, in addition to the Rothman's programme, Prodrive ran a MG "
 "Metro 6R4 in British and Irish rally championships. In 1987, they expanded into touring cars, running BMWs M3 in the "
 "British Touring Car Championship. They were the outright 1988 champions, and class champions in 1989 and 1990. "
 "Since then, Prodrive has run touring car programmes for Alfa Romeo (BTCC champions 1994) for Honda, for Ford (BTCC "
 "champions in 2000) and with Volvo in FIA European Touring Car Championship (ETCC). It currently runs the Ford "
 "Performance Racing team in Australia's equivalent touring car championship, the V8 Supercar Series.\n\n"
 "In 1990, Prodrive started rallying with Subaru, a relationship which lasted until December 2008, when the global "
 "economic downturn forced their withdrawal from World Rallying. During the near 20 year partnership, the team won "
 "three drivers' WRC titles for Colin McRae (1995), Richard Burns (2001) and Petter Solberg (2003), as well as three "
 "manufacturers' titles (1995,96,97).\n\n"
 "In 1999, investment group Apax Partners bought 49% of the company. In 2007 Apax sold their investment in the "
 "business and in 2008, The Investment Dar company, based in Kuwait, acquired a share of the business.\n\n"
 "In 2000 Prodrive expanded out of its base in Banbury, UK and bought a private proving ground in Warwickshire to "
 "house its automotive technology business. In 2001 the company acquired Tickford and merged this automotive "
 "engineering business into its own operations. With Tickford came subsidiary businesses in North America and "
 "Australia.",
 "automotive", ["history", "ownership", "deal", "partnership", "leadership"],
 "The 'History' section of the Wikipedia article as liquisearch.com (a Wikipedia mirror serving one section a page) "
 "holds it in the page store (a revision of about 2009-2011: the Subaru partnership ended 'until December 2008', 'It "
 "currently runs the Ford Performance Racing team'; the lead page of the same copy names 'the new Mini WRC Team'; no "
 "revision id). Cut: the page's title lines ('Prodrive - History', 'History'); cut after 'in North America and "
 "Australia.', before the sentence the excerpt breaks off ('The businesses in North America were subsequently sold, "
 "while in Australia, the Tickford brand was replaced by the new Ford Performance Vehicles (FPV) b'; `truncated`; a "
 "cut inside a paragraph, doubtful), so Ford Performance Vehicles, Formula One and the later history are not in the "
 "text. No citation markers. Kept as written: 'the latter is now the chairman of the group', 'the Rothmans Porsche "
 "Rally Team' beside 'the Rothman's programme', 'a MG Metro 6R4', 'running BMWs M3' (no apostrophe), 'for Alfa Romeo "
 "(BTCC champions 1994) for Honda' (no comma), 'with Volvo in FIA European Touring Car Championship (ETCC)', 'World "
 "Rallying', 'the near 20 year partnership', '(1995,96,97)', 'The Investment Dar company, based in Kuwait, acquired a "
 "share', 'Banbury, UK'. 290 words. No outage and no near-miss told. Recorded CC BY-SA 3.0 (a revision before June "
 "2023); doubtful in that no revision id is held and liquisearch.com's own terms were not found in the page store (as "
 "batches 40v, 40y and 40za recorded). liquisearch.com's lead page (Ford Performance Vehicles, 'a joint venture with "
 "Ford Australia'; no people), wikipedia2007.classicistranieri.com's copy of a revision of 2007 (the infobox naming "
 "'Dave Richards (founder) Ian Parry (founder)', 'In May 2001, Prodrive acquired Tickford, a British automotive "
 "engineering busi' where the excerpt breaks off; a shorter history), web-production-4e80b.up.railway.app's "
 "AI-written page, auto123.com's, speedhunters.com's and Autocar's pieces and the Independent's book review (news and "
 "features, not openly licensed), nzfpvtoc.org.nz's, tickford.com.au's and motoring.com.au's pages on Tickford and "
 "FPV and piglix.com's copy of 'Tickford Vehicle Engineering' (another article) were looked at and not used. "
 "Prodrive, Ian Parry, David Richards, Tickford, Apax, Investment Dar: " + CHECKED + " (Rothmans is named in batch "
 "29a's Johann Rupert text, test, and Subaru in one Wikinews car-sales story, test; not opened; neither is a history "
 "of Prodrive).", "non-US", v3=True,
 copy_of="the Wikipedia article's 'History' section, liquisearch.com's page of a revision of about 2009-2011"))

# ---- rail equipment, Spain: Talgo (EPFL Graph Search's concept page) ------------------------------------------------
R.append(wp("wp-talgo", "Talgo", "https://graphsearch.epfl.ch/en/concept/517282",
 "Talgo (officially Patentes Talgo, SAU) is a Spanish manufacturer of intercity, standard, and high-speed passenger "
 "trains. Talgo is an abbreviation of Tren Articulado Ligero Goicoechea Oriol (English: Lightweight articulated train "
 "Goicoechea Oriol)\n\n"
 "The company was founded by Alejandro Goicoechea and Jos\u00e9 Luis Oriol. It was first incorporated in 1942.\n\n"
 "The creation of Talgo can be largely credited to the work of two individuals, Alejandro Goicoechea and Jos\u00e9 Luis "
 "Oriol. During the 1930s, Goicoechea, a pioneering railway engineer, sought to produce a new generation of rolling "
 "stock that would be primarily composed of metal, rather than wood; to reduce operational cost, he also emphasised "
 "lightweight yet sturdy construction, while a low center of gravity would deter derailing and thus permit higher "
 "operating speeds. In 1942, financial backing for the construction of a prototype train was provided by Oriol, which "
 "believed in Goicoechea's concepts. The two produced the agreement that established Patentes Talgo as a company that "
 "same year. The prototype train would emerge as the Talgo I.\n\n"
 "During the late 1940s, Talgo came to recognize that Spain, and the wider European continent, were in a poor "
 "economic condition following the Second World War and so were unlikely to be customers for new rolling stock from "
 "an unproven manufacturer. Furthermore, the company was keen to acquire advanced technical knowledge and designs, so "
 "a favourable agreement was struck with American Car and Foundry (ACF) to collaborate on the manufacture of the "
 "Talgo II in the United States. The first vehicles arrived in Spain in 1950, enabling the first commercial Talgo II "
 "service to be run on 14 July of that year, between Madrid, Spain and Hendaye, France. Continued collaboration with "
 "ACF led to the creation of the Talgo III during the 1960s.",
 "rail", ["history", "partnership", "product"],
 "The article's opening as EPFL Graph Search's concept page holds it in the page store ('Concept', 'Talgo'; the "
 "wording of a revision of about 2020-2022: 'two individuals', 'which believed', 'recognize', where the current "
 "rendering reads 'recognise'; no revision id). Cut: the page's header lines ('Concept', 'Talgo'); the sentence whose "
 "figure the copy lost ('It was the first train in Spain to be authorized to travel at a service speed of up to .'; "
 "damaged, the speed missing), so the Talgo II's speed is not in the text; cut after 'the Talgo III during the "
 "1960s.', before the sentence the excerpt breaks off ('It was brought into service between Madrid and Barcelona i'; "
 "`truncated`; a cut inside a paragraph, doubtful), so the Talgo Pendular, the high-speed trains and the owners are "
 "not in the text. The copy runs the lead and the history on one line with no paragraph breaks and no headings: set "
 "apart with blank lines where the article's paragraphs end (after 'Goicoechea Oriol)', 'incorporated in 1942.' and "
 "'the Talgo I.'). No citation markers on this copy. Kept as written: '(officially Patentes Talgo, SAU)', 'Goicoechea "
 "Oriol) The company' (no full stop after the bracket), 'provided by Oriol, which believed', 'that same year', "
 "'recognize' beside 'emphasised' and 'favourable', 'run on 14 July of that year'. 289 words. No outage and no "
 "near-miss told. Recorded CC BY-SA 3.0 (a copy of an older revision, as batch 33f's Swissair text recorded EPFL "
 "Graph Search's copy); doubtful in that no revision id is held and EPFL Graph Search's own terms were not found in "
 "the page store. googleweblight.com's proxy of en.m.wikipedia.org, wiki.riteme.site's and nickelshinty36.sbs's "
 "copies of the current article (the infobox's owners Trilantic Capital Partners (39.89%) and J.M. de Oriol; each "
 "breaking off before the ACF sentence ends or just after; proxies and mirrors whose standing was not looked at), "
 "talgoamerica.com's 'About Us' (Jose Luis Oriol y Uriguen incorporating Patentes Talgo SA (PTSL) in 1942; the "
 "company's own text), spanishrailwaysnews.com's, vozpopuli.com's and tecnimusa.es's pieces (Oriol's Hidroel\u00e9ctrica "
 "Espa\u00f1ola of 1907; not openly licensed), oepm.es's virtual museum page (Spanish), dewiki.de's copy of the German "
 "article (German) and a forum thread were looked at and not used. Talgo, Goicoechea, Oriol, American Car and "
 "Foundry: " + CHECKED + ".", "non-US", v3=True,
 copy_of="the Wikipedia article's opening, EPFL Graph Search's concept page of a revision of about 2020-2022"))

# ---- aerospace, US: Cirrus Aircraft (en.wikipedia.org, a rendering of 2021) ---------------------------------------
R.append(wp("wp-cirrus-aircraft", "Cirrus Aircraft", "https://en.wikipedia.org/wiki/Cirrus_Aircraft",
 "The Cirrus Design Corporation, doing business as Cirrus Aircraft (and previously branded as Cirrus Design), is an "
 "aircraft manufacturer that was founded in 1984 by Alan and Dale Klapmeier to produce the VK-30 kit aircraft. The "
 "company is owned by a subsidiary of the Chinese government-owned AVIC, and is headquartered in Duluth, Minnesota, "
 "United States, with additional operational locations in Grand Forks, North Dakota, Knoxville, Tennessee, and "
 "McKinney, Texas. Cirrus markets several versions of its three certificated single-engine light aircraft models: the "
 "SR20 (certified in 1998), SR22 (certified in 2000), and SR22T (certified in 2010). As of January 2021, the company "
 "had delivered 8,000 SR-aircraft in over 20 years of production, and has been the world's largest producer of "
 "piston-powered aircraft since 2013.\n\n"
 "Sales of the SR-series grew rapidly during the 2000s, until the economic crisis of 2008. Cirrus was planning to "
 "market a light-sport aircraft called the SR Sport, but suspended the project in 2009, due to financial challenges "
 "and a lack of market demand. This has since been cancelled.",
 "aerospace", ["history", "ownership", "product"],
 "The article as en.wikipedia.org holds it in the page store ('Cirrus Aircraft', 'From Wikipedia, the free "
 "encyclopedia', 'Jump to navigation Jump to search'; its infobox 'Founded 1984; 37 years ago' and 'As of January "
 "2021': a rendering of 2021; no revision id). Cut: the title and site lines; the infobox lines ('Cirrus Design "
 "Corporation', 'Formerly Cirrus Design (1984\u2013December 2008)', 'Founders Alan & Dale Klapmeier', 'Key people Zean "
 "Nielsen (CEO)', Patrick Waddick, Todd Simmons, 'Dale Klapmeier (co-founder & senior advisor)', Don McIsaac, Ravi "
 "Dharnidharka, 'Owner China Aviation Industry General Aircraft (CAIGA)', 'Parent Aviation Industry Corporation of "
 "China (AVIC)', employees), so the officers and the owner CAIGA are not in the text; the citation markers '[3]', "
 "'[5]' and '[6][7][8][9]'; cut after 'This has since been cancelled.', before the sentence the excerpt breaks off "
 "('After a return to company growth in the 2010s, Cirrus certifie'; `truncated`; a cut inside a paragraph, "
 "doubtful), so the Vision SF50 jet, the sale of 2011 and the later history are not in the text. Kept as written: "
 "'doing business as Cirrus Aircraft (and previously branded as Cirrus Design)', 'founded in 1984 by Alan and Dale "
 "Klapmeier', 'owned by a subsidiary of the Chinese government-owned AVIC', 'certificated', '8,000 SR-aircraft', "
 "'the SR-series'. 171 words. No outage and no near-miss told. Recorded CC BY-SA 3.0 (a rendering of 2021, before "
 "June 2023); doubtful only in that no revision id is held. wikisum.wiki's summaries of 'Cirrus Design' and "
 "'Klapmeier brothers' (sentences taken out of order with their markers), mprnews.org's timeline and sale story "
 "(Crescent Capital's 58% in August 2001, CEO Brent Wouters; news), bjtonline.com's profile, aircraft-in-focus.com's "
 "note and slashgear.com's piece (not openly licensed) were looked at and not used. Cirrus, Klapmeier, AVIC, Aviation "
 "Industry Corporation: " + CHECKED + ".", "US", v3=True,
 copy_of="the Wikipedia article"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
