#!/usr/bin/env python3
"""Batch 32n (session 33; helper gather33n, round 3): deals, joint ventures, spin-offs and demergers told as company
stories, the deals lane again after batches 31d, 31j, 32d and 32j — English Wikipedia articles (CC BY-SA) in sectors
the lane had not taken: a Franco-American aero-engine joint venture of GE and Snecma (CFM International); a Sino-Japanese
car joint venture of Dongfeng Motor Corporation and Nissan, with its own marque (Dongfeng Motor Company); a German
chemicals group spun off from Bayer (Lanxess); an Australian wine business demerged from the brewer Foster's Group,
with the purchase of Southcorp and two chief executives (Treasury Wine Estates); an American toy-truck maker, its
founders and its sale to Hasbro (Tonka); a British insurer, its founder, the mutual it absorbed and its merger with CGU
(Norwich Union).
Texts are the search tool's page-store excerpts (never a whole page), each cut at the last full sentence before its
excerpt breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch32n.py [POOL_DIR] [--dry]   (default /tmp/gather33n/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather33n/pool"

R = []
# ---- aero engines: CFM International, a GE-Snecma joint venture (1974) ----------------------------------------------
R.append(wp("wp-cfm-international", "CFM International", "https://en.wikipedia.org/wiki/CFM_International",
 "CFM International is a Franco-American aircraft engine manufacturer. The company is a joint venture between GE "
 "Aerospace and Safran Aircraft Engines (formerly known as Snecma) and is headquartered in Cincinnati, Ohio. It was "
 "founded in 1974 to build and support the CFM56 series of turbofan engines. CFM is the world's largest commercial "
 "aircraft engine manufacturer, with a 39% market share As of 2020. It has delivered more than 37,500 of its engines "
 "to more than 570 operators. The name CFM is derived from the two parent companies' commercial engine designations: "
 "GE's CF series and Snecma's M series.\n\n"
 "While General Electric's military engine business for fighter jets was undeniably booming, the American company's "
 "ambitions were struggling to materialise in the civil sector. It was not until the late 1950s that GE made its "
 "first foray into this market.\n\n"
 "On the other side, Snecma has been thinking since the mid-1960s about the best strategy for approaching the civil "
 "market with a new engine offering major performance gains in terms of fuel consumption and noise reduction, "
 "characteristics increasingly sought after by aircraft manufacturers and airlines.\n\n"
 "In 1969, General Electric and Snecma began working together for the first time. Together with the German company "
 "MTU (Motoren-und-Turbinen-Union), the two companies produced parts for the CF6-50 engine powering the Airbus A300.\n\n"
 "At the same time, and since the mid-1960s, Snecma began conducting a series of thermodynamic, aerodynamic and "
 "acoustic studies to establish the main characteristics of the M56 engine.",
 "aircraft engines", ["deal"],
 "The current article as en.wikipedia.org renders it in the page store: the title line '= CFM International =', the "
 "infobox lines (logo, type 'Joint venture', industry, key people 'Gaël Méheust (CEO)', products, parent 'GE "
 "Aerospace (50%), Safran Aircraft Engines (50%)', headquarters 'Evendale (Cincinnati), Ohio', country, homepage) and "
 "the heading '== History ==' cut; kept as written: 'with a 39% market share As of 2020' (the rendering's capital "
 "'As of' from a template), 'Snecma has been thinking since the mid-1960s', 'MTU (Motoren-und-Turbinen-Union)'; cut "
 "after 'the main characteristics of the M56 engine.', before 'Several', where the excerpt breaks off (`truncated`). "
 "The current rendering (GE Aerospace, the name GE's aviation arm took in 2022; 'As of 2020'): recorded 4.0. CFM, "
 "CFM56, Snecma, Safran, GE Aerospace, MTU, Airbus A300: 0 in train/dev/test texts, GATHERING.md, gather scripts and "
 "the session-33 pools; General Electric in two train/dev texts and one test text by count (other events). "
 "centreforaviation.com's supplier profile, an absoluteastronomy copy of an older article (with glosses), GE "
 "Aerospace's and Safran's anniversary pages and flightglobal's history were looked at and not used.", "US"))

# ---- automobiles: Dongfeng Motor Company, a Dongfeng-Nissan joint venture (2003) ------------------------------------
R.append(wp("wp-dongfeng-motor-company", "Dongfeng Motor Company", "https://en.wikipedia.org/wiki/Dongfeng_Motor_Company",
 "Dongfeng Motor Company Limited is an automobile manufacturing company headquartered in Wuhan, China, and a 50:50 "
 "joint-venture between Dongfeng Motor Corporation and Nissan Motors. It produces passenger cars under the Nissan "
 "marque and commercial vehicles under the Dongfeng marque.\n\n"
 "Confusingly, Dongfeng Motor Corporation is a separate legal entity from Dongfeng Motor Company. The corporation is a "
 "Chinese, state-owned automaker while the company is a joint venture between Dongfeng Motor Corporation and Nissan. "
 "It may be fitting that, at times, it can be hard to distinguish the subsidiary from its part-owner as Nissan's "
 "cooperative effort with Dongfeng is quite integral to Dongfeng as a whole. As late as 2011, nearly 70% of Dongfeng "
 "products were connected in some way to Nissan, and, as of 2006, the company was being referred to as \"the biggest "
 "Sino-foreign vehicle joint venture\".\n\n"
 "Dongfeng Motor Company was formally established on 9 June 2003 and began operations on 1 July 2003. Initially "
 "headquartered in Shiyan, it moved closer to its Chinese parent relocating to Wuhan in June, 2006.\n\n"
 "Sales targets in 2007 were in excess of 600,000 units.\n\n"
 "In September 2010, Dongfeng Motor Company unveiled a new automobile marque, Venucia (or \"Qi Chen\" in Chinese), to "
 "sell vehicles tailored specifically for second- and third-tier Chinese cities in the poorer interior of the "
 "country.",
 "automobiles", ["deal"],
 "An older rendering of the article by en.wikipedia.org in the page store (the 'From Wikipedia, the free "
 "encyclopedia' and 'Jump to: navigation, search' lines of the pre-2023 skin): those two site lines, the infobox lines "
 "(name, 'Private joint venture', industry, founded '9 June 2003 (Shiyan)', headquarters, products, employees, parent "
 "'Dongfeng Motor Corporation (50%) Nissan Motors (50%)', the simplified and traditional Chinese names) and the "
 "citation markers ('[1]' to '[5]') cut; kept as written: 'a 50:50 joint-venture', 'relocating to Wuhan in June, "
 "2006', 'Venucia (or \"Qi Chen\" in Chinese)' (a romanised name, no Chinese characters); cut after 'in the poorer "
 "interior of the country.', before 'In 2011, a roadmap for additional investment in Dongfeng Motor Company by its "
 "Japanese and Chinese parents', where the excerpt breaks off (`truncated`). Content to about 2011-2012 (the 2011 "
 "roadmap the latest event, the old skin): recorded 3.0; doubtful: no revision date. Dongfeng, Venucia, Shiyan: 0 in "
 "train/dev/test texts, GATHERING.md, gather scripts and the session-33 pools; Nissan in three train/dev texts, four "
 "test texts by count and batch 33a's pool (Fumiko Hayashi's biography; other events; no Dongfeng). Automobiles are "
 "not new to the lane (batch 32d's SAIC Volkswagen and TMMCZ); kept as a Sino-Japanese joint venture with its own "
 "marque. Chinese and Slovenian news and a question-and-answer site on Dongfeng Nissan were looked at and not used.",
 "non-US", v3=True))

# ---- chemicals: Lanxess, spun off from Bayer (2004) ----------------------------------------------------------------
R.append(wp("wp-lanxess", "Lanxess", "http://en.wikipedia.org/wiki/Lanxess",
 "Lanxess AG (often styled all-caps as LANXESS AG) is a specialty chemicals group based in Germany, with headquarters "
 "and major operations in Cologne. It was founded in 2004 when Bayer AG spun off its chemicals operations and parts "
 "of its polymer activities. As measured by sales, Lanxess is the ninth-largest chemicals group in Germany. The "
 "company's principal product areas are in polymers, intermediate products and specialty chemicals, rubber and "
 "plastics.\n\n"
 "In September 2012, Lanxess became a component of the DAX index, which tracks 30 major companies listed on the "
 "Frankfurt Stock Exchange. The company announced in 2011 that it would move its headquarters from Leverkusen to a "
 "newly refurbished structure in Cologne in the second half of 2013, the Lanxess Tower. The move was officially "
 "completed on August 1, 2013.\n\n"
 "Lanxess traces its roots to 1863, the year in which Friedrich Bayer & Co. was founded as a manufacturer of "
 "synthetic dyestuffs. In 2004, Bayer, seeking to focus its business on healthcare and nutrition, spun off most of "
 "its chemicals business and roughly one-third of its polymers business into an independent subsidiary named "
 "Lanxess. Shares in Lanxess AG began to trade on the Frankfurt Stock Exchange on January 31, 2005, at which time "
 "each shareholder of Bayer was issued one share of stock in Lanxess.",
 "chemicals", ["deal"],
 "An older rendering of the article by en.wikipedia.org in the page store (of 2014: revenue and staff for 2013, the "
 "2014 announcement on its first chief executive; the page store holds two such renderings at this address, this "
 "one with 'the ninth-largest chemicals group in Germany', the other with 'fourth-largest'): the site lines 'From "
 "Wikipedia, the free encyclopedia' and 'Jump to: navigation, search', the infobox lines (type, 'Traded as FWBLXS', "
 "industry, predecessor 'Bayer AG', founded, headquarters, empty 'Key people', products, revenue, EBITDA and the "
 "other 2013 figures, employees) and the citation markers ('[1]' to '[9]') cut; the unheaded history paragraph kept "
 "as its own paragraph; kept as written: 'The company's principal product areas are in polymers', 'a newly "
 "refurbished structure in Cologne in the second half of 2013, the Lanxess Tower'; cut after 'one share of stock in "
 "Lanxess.', before 'On January 26, 2014, the company announced that its first chief executive as an independent "
 "company, Axel Heitmann, would leave when his contra', where the excerpt breaks off (`truncated`; the only "
 "executive of the excerpt is lost with it). Content of 2014: recorded 3.0; doubtful: no revision date. Lanxess, "
 "Friedrich Bayer, Frankfurt Stock Exchange, DAX: 0 in train/dev/test texts, GATHERING.md, gather scripts and the "
 "session-33 pools; Bayer in four train/dev texts (Syngenta, Schering AG and others; other events), Leverkusen and "
 "Cologne in one train/dev text (football). The 2016 revision (en.wikipedia.org '?oldid=739628560'), an Infogalactic "
 "copy, a Talk page copy, German dictionary citations and trade-press pages on the 2004 carve-out were looked at and "
 "not used.", "non-US", v3=True,
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it at its http address"))

# ---- wine: Treasury Wine Estates, demerged from Foster's Group (2011) -----------------------------------------------
R.append(wp("wp-treasury-wine-estates", "Treasury Wine Estates", "http://absoluteastronomy.com/topics/Treasury_Wine_Estates",
 "Treasury Wine Estates is an Australian-based global winemaking and distribution business. Headquartered in "
 "Southbank, Melbourne, Victoria, and until a demerger in May 2011 was the wine division of international brewing "
 "company Foster's Group.\n\n"
 "Foster's began to build its wine division from 1995 onwards. Through acquisition, it built the division in to one "
 "of the worlds largest wine makers. In 2005, it acquired the Australian wine-making group Southcorp, adding famous "
 "brands including Penfolds, Lindemans and Rosemount, and around A$1 billion to revenues. Beringer Blass is the "
 "seventh largest producer of wine in the United States. However, the division was always both a poor performing "
 "business, and often a cash drain on the highly profitable brewing business. On 10th June 2008, Foster's CEO Trevor "
 "O'Hoy resigned after poor performance by the wine division. By 2011, the company had written down the value of the "
 "wines division by half since it acquired it at the peak of the market, leaving it worth about ASD$3.1 billion. "
 "After further difficulties in the division resulting in an additional ASD$1.3 billion write-down in early 2011, at "
 "a meeting in Melbourne on 29 April 2011, 99% of Fosters Group shareholders agreed to split Fosters Group business "
 "in to two separate brewing and wines companies. Treasury Wine Estates officially became a separately listed "
 "company on 9 May 2011, with David Dearie as its CEO. The scheme of arrangement for the demerger of Treasury Wine "
 "Estates from Foster's Group was implemented on 20 May 2011.",
 "wine", ["deal", "leadership"],
 "The article as AbsoluteAstronomy renders it in the page store (absoluteastronomy.com/topics/Treasury_Wine_Estates, a "
 "topic page copying the Wikipedia article, used by earlier batches): the site lines 'Treasury Wine Estates' and "
 "'Encyclopedia' cut; whitespace only: the copy breaks a line after every linked name ('Australia / n-based', "
 "'Southbank / , Melbourne / , Victoria / , and', 'A$ / 1 billion', 'Trevor O'Hoy / resigned'), so those line "
 "breaks were dropped before punctuation and inside words and made spaces between words; the copy marks no "
 "paragraphs in the body, so one break was set between the lead and the history, where the copy's own gloss of the "
 "lead ends ('...brewing company Foster's Group.-History:...'), doubtful; kept as written: 'Australian-based', "
 "'Headquartered in Southbank, Melbourne, Victoria, and until a demerger ... was the wine division', 'built the "
 "division in to one of the worlds largest wine makers', 'On 10th June 2008', 'ASD$3.1 billion' and 'ASD$1.3 "
 "billion' beside 'A$1 billion', 'Fosters Group' (twice, no apostrophe) beside 'Foster's Group', 'in to two "
 "separate brewing and wines companies'; cut after 'was implemented on 20 May 2011.', before the copy repeats the "
 "title with its gloss of the lead and its glossary of linked names ('Treasury Wine Estates / Treasury Wine Estates "
 "is an ...', 'Australia , officially the Commonwealth of Australia, ...'), where the body ends and the excerpt breaks "
 "off in the glossary (`truncated`: the copy's later sections, if any, are not in the excerpt). Content of mid-2011 "
 "(the demerger implemented, nothing later): recorded 3.0; doubtful: no revision date, AbsoluteAstronomy's terms "
 "page was not found in the page store. Treasury Wine Estates, Southcorp, Penfolds, Lindemans, Rosemount, Beringer, "
 "Trevor O'Hoy, David Dearie: 0 in train/dev/test texts, GATHERING.md, gather scripts and the session-33 pools; "
 "\"Foster's\" only in a dev biography (Graça Foster, a person's name); batch 32d's Lion (Lion Nathan, Kirin) is "
 "another brewer. The demerger booklet (vdocuments, financedocbox, docslib) and news on the renaming (decanter, "
 "drinksint, smh.com.au, just-drinks) were looked at and not used.", "non-US", v3=True,
 copy_of="the Wikipedia article, via AbsoluteAstronomy, a site rendering Wikipedia pages"))

# ---- toys: Tonka, sold to Hasbro (1991) ---------------------------------------------------------------------------
R.append(wp("wp-tonka", "Tonka", "https://profilpelajar.com/article/Tonka",
 "Tonka is an American brand and former manufacturer of toy trucks. The company was founded in 1946 and operated as "
 "an independent manufacturer of popular steel toy construction type trucks and machinery, until its sale to Hasbro "
 "in 1991.\n\n"
 "Tonka began as \"Mound Metalcraft\", a gardening tools company, in the fall of 1946 in Mound, Minnesota. Lynn "
 "Everett Baker (1898–1964), Avery F. Crounse, and Alvin F. Tesch created the company in an old schoolhouse. Their "
 "building's former occupant, the Streater Company, had made and patented several toys, including toy trucks. E. C. "
 "Streater was not interested in the toy business so they approached Mound Metalcraft. The three men at Mound "
 "Metalcraft thought they might make a good sideline to their other products.\n\n"
 "After some modifications to the design by Alvin Tesch and the addition of a new logo created by Erling Eklof, the "
 "company began selling metal toys, which soon became the primary business. The logo was based on a University of "
 "Minnesota drafting student's sketch by Donald B. Olson, who later became the company's Chief Industrial Engineer. "
 "The logo used the Dakota Sioux word tanka, which means \"great\" or \"big\".\n\n"
 "In November 1955, Mound Metalcraft changed its name to \"Tonka Toys Incorporated\". From 1947 to 1957, their logo "
 "was an oval, showing the Tonka Toys name in red above blue ocean waves with seagulls overhead, honoring nearby Lake "
 "Minnetonka.\n\n"
 "From 1958 to 1961, the logo no longer included seagulls and the colors were changed to white, grey, and red. The "
 "colors changed to red and gold in 1963. In 1978, the oval was removed and the company began using only the name "
 "Tonka on their toys.\n\n"
 "In 1964, Tonka acquired the Mell Manufacturing Company in Chicago, Illinois, allowing it to produce barbecue "
 "grills, eventually under the Tonka Firebowl label.\n\n"
 "In 1968, Tonka moved company headquarters from Mound to Minneapolis.",
 "toys", ["deal", "leadership"],
 "The article as profilpelajar.com renders it in the page store (a site reproducing Wikipedia articles, used by "
 "batch 27's and later gatherers): the heading 'History' and the citation markers ('[1]', '[4][5]', '[4]', '[6]', "
 "'[7]', '[8]', '[9]', '[10][6]', '[11]' and the page-cited '[8]: 85–86') cut; kept as written: 'popular steel toy "
 "construction type trucks', 'The three men at Mound Metalcraft', 'the Dakota Sioux word tanka', 'the company began "
 "using only the name Tonka on their toys'; cut after 'from Mound to Minneapolis.', before 'In 1987, Tonka purchased "
 "Kenner Parker,[12] inclu', where the excerpt breaks off (`truncated`; the Kenner Parker purchase is lost with it). "
 "The same text as WikiMili's copy of the current article ('78 years ago', 2024; WikiMili's excerpt stops earlier, "
 "in the 1958-1961 logo paragraph, and was not used): recorded 4.0; doubtful: no revision date, profilpelajar's "
 "terms page was not found in the page store. Tonka, Hasbro, Mound Metalcraft, Mell Manufacturing, Streater, "
 "Minnetonka: 0 in train/dev/test texts, GATHERING.md, gather scripts and the session-33 pools ('Kenner' only as a "
 "journalist's name in one dev Wikinews text and in batch 26d's scripts). An older copy (the-uncensored-wiki.com, "
 "2007 state), atozwiki's copy, theinfolist's gloss-filled copy and toy-history pages (neatoldtoys chronology, "
 "historytoy, fundinguniverse) were looked at and not used.", "US",
 copy_of="the Wikipedia article, via profilpelajar.com, a site reproducing Wikipedia articles"))

# ---- insurance: Norwich Union, merged with CGU (2000) and rebranded Aviva (2009) -----------------------------------
R.append(wp("wp-norwich-union", "Norwich Union", "http://w.owiki.org/wiki/Norwich_Union",
 "Norwich Union was the name of insurance company Aviva's British arm before June 2009. It was originally established "
 "in 1797. It was listed on the London Stock Exchange and was once a constituent of the FTSE 100 Index.\n\n"
 "On 29 April 2008, Aviva announced that the Norwich Union brand would be phased out and disappear over a period of "
 "two years, on the grounds that a consistent Aviva brand would bring \"global impact\". On 1 June 2009, Norwich "
 "Union was rebranded as Aviva.\n\n"
 "Norwich Union was founded in 1797 in Norwich, when 36-year-old merchant and banker Thomas Bignold formed the "
 "\"Norwich Union Society for the Insurance of Houses, Stock and Merchandise from Fire\", a mutual society owned by "
 "the policyholders who received a share of the profits. This in turn became known as the Norwich Union Fire "
 "Insurance Office.\n\n"
 "In 1808 Thomas Bignold established a second mutual, the Norwich Union Life Insurance Society. The Fire Society "
 "demutualised in 1821 when it absorbed the Norwich General Assurance Company. In common with many insurance "
 "companies against fire loss, they operated their own fire brigades to protect the society's policyholders whose "
 "buildings were identified by \"fire insurance marks\". It was not until 1929 that the Fire Society gave up its "
 "last private brigade, in Worcester, to the municipal authorities.\n\n"
 "In 1997, its bicentenary year, Norwich Union demutualised and floated as a public limited company on the London "
 "Stock Exchange. Although it sold general insurance, motoring, healthcare and life policies—its wide range of "
 "products leading indirectly to its slogan no-one protects more—it was listed on the markets as a life company, and "
 "in later years was under some pressure from analysts to shed its general insurance arm.\n\n"
 "In 2000, Norwich Union merged with CGU, which itself was formed from the merger of General Accident and Commercial "
 "Union in October 1998. The Norwich Union had tried to take over General Accident over 100 years earlier.",
 "insurance", ["deal", "leadership"],
 "The article as owiki.org renders it in the page store (w.owiki.org/wiki/Norwich_Union; batch 32j took Diebold "
 "Nixdorf from the same site): the title line 'Norwich Union' and the heading 'History' cut; whitespace only: the "
 "copy's single line breaks between paragraphs made paragraph breaks; kept as written: 'the name of insurance "
 "company Aviva's British arm', '36-year-old merchant and banker', 'policies—its wide range', 'its slogan no-one "
 "protects more—it was listed' (unquoted slogan, unspaced em dashes), 'The Norwich Union had tried'; cut after 'over "
 "100 years earlier.', before 'CGU ', where the excerpt breaks off (`truncated`; the CGNU name and the renaming to "
 "Aviva of 2002 are lost with it). Content to 2009 in the older wording ('was the name of insurance company Aviva's "
 "British arm before June 2009'; later revisions open 'was a British insurance company' and add the brand's 2019 "
 "revival): recorded 3.0; doubtful: no revision date, owiki's terms page was not found in the page store. Norwich "
 "Union, Bignold, CGU, CGNU, General Accident, Commercial Union: 0 in train/dev/test texts, GATHERING.md, gather "
 "scripts and the session-33 pools; Aviva in one train biography (Tidjane Thiam, 'a senior executive for Aviva'; "
 "another subject). piglix's copy (under 'Norwich Union Fire Insurance Company', with an infobox and a gap where a "
 "link was), upcscavenger's and grokipedia's pages (later wording; grokipedia is not Wikipedia), theinfolist's "
 "gloss-filled copy, a Cypriot insurer's timeline and an insurance broker's blog were looked at and not used.",
 "non-US", v3=True, copy_of="the Wikipedia article, via owiki.org, a site rendering Wikipedia pages"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
