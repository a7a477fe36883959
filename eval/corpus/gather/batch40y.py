#!/usr/bin/env python3
"""Batch 40y (session 41; gatherer lane 40y): company histories from English Wikipedia of companies that run supply
networks - a train operator, an electricity utility, a telephone operator and a railway operator - in the company lane
of batches 36j, 36n, 37k, 37u, 38k, 38n, 40o, 40t, 40u and 40v, told by owners, buyers, parents, subsidiaries, a
general manager and the lines and networks they run: the
British train operating company M40 Trains and its Chiltern Railways franchise, John Laing, Henderson Equity Partners,
Laing Rail's purchase by Deutsche Bahn, DB Regio and Arriva UK Trains, 1996-2011 (transport/rail, UK); the Jamaican
electricity utility founded in 1923, nationalised in 1970, privatised in 2001 and owned by Marubeni and the Korea
Electric Power Corporation, its predecessors and first general manager (utilities/electricity, Jamaica); the Isle of
Man telephone operator created by British Telecom in 1986, part of mmO2 from 2001 and sold to HgCapital with CPS
Partners in 2010 (telecommunications, Isle of Man); the New Zealand railway operator formed in 1993 to buy New Zealand
Rail Limited, taken over by Toll Holdings in 2003 (transport/rail, New Zealand).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): one from en.wikipedia.org itself (a current '= Title =' rendering), two 'History' sections from liquisearch.com
(a Wikipedia mirror serving one section a page, as batches 23b and 40v took Grupo Bimbo and Johnston Press from it)
and one early revision from fact-index.com (a mirror of about 2004, as batch 32b took Hotmail from it); cut at a
sentence or section end. Edits per item in `notes`; no word added or changed. No text tells an outage and none tells
a near-miss. newskg (or any extractor) was not run on any text.
usage: batch40y.py [POOL_DIR] [--dry]   (default /tmp/gather41y/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41y/pool"

CHECKED = ("0 hits in GATHERING.md's item lists, in the eval/corpus gold texts and file names, in the gather scripts, "
           "and in the session-41 pools (/tmp/gather41*/pool) as they stood when checked (`grep -ril`, file names only)")

R = []
# ---- transport/rail, UK: Chiltern Railways / M40 Trains (liquisearch.com's 'History' section) -------------------------
R.append(wp("wp-chiltern-railways-m40-trains", "Chiltern Railways",
 "https://liquisearch.com/chiltern_railways/history",
 "In June 1996 M40 Trains was awarded the Chiltern Railways franchise by the Director of Passenger Rail Franchising "
 "for a period of seven years with operations commencing on 21 July 1996. M40 Trains was a management buyout led by "
 "some former British Rail managers who held a combined 51% shareholding backed by John Laing plc (26%) and 3i (23%). "
 "A restructure in March 1999 saw John Laing taking an 84% shareholding with the remaining 16% owned by the former "
 "British Rail managers.\n\n"
 "In March 2000 the Shadow Strategic Rail Authority announced M40 Trains and Go-Ahead had been shortlisted to bid for "
 "the next Chiltern franchise. In August 2000 M40 Trains was awarded a new franchise, to run for 20 years conditional "
 "on various investments being made. The new franchise commenced on 3 March 2002.\n\n"
 "In August 2002 John Laing acquired the remaining 16% of shares in M40 Trains it did not already own. In September "
 "2006 John Laing was purchased by Henderson Equity Partners.\n\n"
 "In June 2006 M40 Trains was invited by the Department for Transport to lodge a bid to operate the Snow Hill Lines "
 "lines then operated by Central Trains, as part of the letting of the West Midlands franchise. The bid was not "
 "successful.\n\n"
 "In July 2007 Henderson Equity Partners put Laing Rail up for sale. Arriva and Go-Ahead both expressed an interest in "
 "acquiring Laing Rail, but by December 2007 only Deutsche Bahn of Germany and NedRail of the Netherlands remained in "
 "the bidding contest. In January 2008 Laing Rail was purchased by Deutsche Bahn and Chiltern became part of the DB "
 "Regio group.\n\n"
 "A restructure in early 2011 saw DB Regio become a subsidiary of Arriva UK Trains.\n\n"
 "In May 2011 Chiltern took over the operation of services on the Oxford to Bicester Line from First Great Western.",
 "transport/rail", ["history", "ownership", "deal"],
 "The 'History' section of the Wikipedia article as liquisearch.com (a Wikipedia mirror serving one section a page, as "
 "batches 23b and 40v took Grupo Bimbo's 'Expansion' and Johnston Press's 'History' from it) holds it in the page "
 "store (a revision of about 2011-2013 by its content: the last event the Oxford to Bicester services of May 2011; no "
 "revision id). Cut: the page's title lines ('Chiltern Railways - History', 'History') and its trailer ('Read more "
 "about this topic: Chiltern Railways', 'Famous quotes containing the word history: ...'); the whole section kept "
 "(`truncated`: a section of a longer page, so the lead, the company's legal name and its officers are not in the "
 "text). No citation markers on this copy. Kept as written: 'M40 Trains was a management buyout led by', 'who held a "
 "combined 51% shareholding backed by John Laing plc (26%) and 3i (23%)' (no comma), 'A restructure in March 1999 "
 "saw', 'the Shadow Strategic Rail Authority', 'a new franchise, to run for 20 years', 'the remaining 16% of shares "
 "in M40 Trains it did not already own', 'the Snow Hill Lines lines' (the word repeated as printed), 'the letting of "
 "the West Midlands franchise', 'Deutsche Bahn of Germany and NedRail of the Netherlands', 'the DB Regio group', 'in "
 "early 2011'. 303 words. No outage and no near-miss told (the Gerrards Cross tunnel collapse of 30 June 2005, which "
 "other copies tell, is not in this section). Recorded CC BY-SA 3.0 (a revision before June 2023 by its content); "
 "doubtful in that no revision id is held and liquisearch.com's own terms were not found in the page store (as batch "
 "40v recorded). rail-pass.com's two pages (a rewriting of the current article in bullet points, with the Gerrards "
 "Cross closure), theironroad.net's data page (the same history retold, not openly licensed), an enow.com search "
 "page, emadeldeen.com's spun copy, an Oxford Times piece on a book about the company and a tribute to Adrian "
 "Shooter (news, not openly licensed) were looked at and not used. Laing Rail, NedRail, DB Regio, Henderson Equity "
 "Partners, Arriva UK Trains: " + CHECKED + " ('Chiltern' and 'M40 Trains' are named in one dev file and batch 18b's "
 "scripts, a 2001 Strategic Rail Authority release on the bidders for the Wessex franchise, another subject, not "
 "opened; John Laing also in one train text on the Irish National Broadband Plan and batch 15g's scripts; "
 "Deutsche Bahn, Arriva, Go-Ahead and First Great Western in texts on other subjects).", "UK", v3=True,
 copy_of="the Wikipedia article's 'History' section, liquisearch.com's page of a revision of about 2011-2013"))

# ---- utilities/electricity, Jamaica: Jamaica Public Service (en.wikipedia.org, a current '= Title =' rendering) -------
R.append(wp("wp-jamaica-public-service", "Jamaica Public Service",
 "https://en.wikipedia.org/wiki/Jamaica_Public_Service",
 "The Jamaica Public Service Company Limited (JPS) is the only electricity utility in Jamaica. As a single buyer, it "
 "owns and operates the island's transmission and distribution networks as a monopoly, and also owns a significant "
 "share of electricity generation.\n\n"
 "Originally founded in 1923 as a private company, JPS was nationalised in 1970. In 2001 it was privatised again, and "
 "is now owned by Marubeni and the Korea Electric Power Corporation, with the Government of Jamaica holding a minority "
 "stake. On 1 July 2025, the Government of Jamaica formally gave notice to JPS of its intention not to renew its "
 "licence under the existing terms.\n\n"
 "As of 2024, JPS annually sells over 3.3 TWh of electricity to 701,670 customers in Jamaica.\n\n"
 "In the early twentieth century, Jamaica had several small regional electricity companies. JPS was founded in this "
 "competitive market on the 25 May 1923, with just 3,928 customers. It assumed the licences and stock of both the "
 "West India Electric Company and the Jamaica Electric Light and Power Company, who operated Bog Walk hydro station "
 "and Gold Street power station, as well as Kingston's tram system. The capital in JPS, at its foundation, was "
 "\"primarily Canadian\". The first general manager was Alfred S. Nichols, an employee of Stone & Webster. Nichols "
 "remained as general manager for 15 years, until his death in 1938.\n\n"
 "Over the next few decades, JPS acquired or merged with rival electricity providers, emerging as the island's "
 "dominant power company by 1945.",
 "utilities/electricity", ["history", "ownership", "leadership"],
 "The article as the page store holds it at https://en.wikipedia.org/wiki/Jamaica_Public_Service, a current "
 "rendering headed '= Jamaica Public Service =' (its text runs to 1 July 2025; no revision id). Cut: the title line; "
 "the infobox list ('Jamaica Public Service Company Ltd.', 'Type: Private Company', 'Industry: Energy', "
 "'Predecessors: West India Electric Company, Jamaica Electric Light and Power Company', 'Founded: in Kingston, "
 "Jamaica', headquarters, area served, products, 'Owner: Government of Jamaica, Marubeni, Korea Electric Power "
 "Corporation', 'Num Employees: ca. 1600'); the heading '== History =='; cut after 'by 1945.', a sentence end inside "
 "the History section's second paragraph, because the excerpt breaks off in the next sentence ('In 1966, its dominant "
 "position was recognised by'; `truncated`; a cut inside a paragraph, doubtful), so the 1966 all-island licence, the "
 "1970 nationalisation's story and the 2001 and 2007 sales to Mirant, Marubeni and Korea East-West Power are not told "
 "in the text. No citation markers on this rendering. Kept as written: 'As a single buyer', 'Originally founded in "
 "1923 as a private company', 'is now owned by Marubeni and the Korea Electric Power Corporation', 'On 1 July 2025, "
 "the Government of Jamaica formally gave notice', 'As of 2024', 'on the 25 May 1923', 'It assumed the licences and "
 "stock of both', 'who operated Bog Walk hydro station and Gold Street power station', 'Kingston's tram system', "
 "'\"primarily Canadian\"' (the quotation marks as printed), 'The first general manager was Alfred S. Nichols', "
 "'acquired or merged with rival electricity providers'. 246 words. No outage and no near-miss told. Recorded CC "
 "BY-SA 4.0 (a current rendering); doubtful only in that no revision id is held. wikimili.com's copy of the same "
 "revision (with markers, breaking off at the same place), JPS's own history pages (jpsco.com and an archived "
 "myjpsco.com page via a proxy: the company's text, not openly licensed), a Jamaica Trade and Invest sector profile, "
 "a Jamaica Observer piece on Marubeni's investment, profilpelajar.com's copy of the list of power stations in "
 "Jamaica and a Commonwealth Governance page were looked at and not used. Jamaica Public Service, West India "
 "Electric, Jamaica Electric Light, Stone & Webster, Alfred S. Nichols, Korea Electric Power: " + CHECKED +
 " (Marubeni is named in one test file and batch 34m's script, a Manila water concessionaire's history, another "
 "subject, not opened).", "non-US"))

# ---- telecommunications, Isle of Man: Manx Telecom (liquisearch.com's 'History' section) ------------------------------
R.append(wp("wp-manx-telecom", "Manx Telecom", "https://www.liquisearch.com/manx_telecom/history",
 "Historically, the telephone system in the Isle of Man had been run as a monopoly by the British General Post Office, "
 "and later British Telecommunications, and operated as part of the Liverpool telephone district.\n\n"
 "In 1985, the Manx Government announced that it would award a 20-year licence to operate the telephone system in a "
 "tender process. As part of this process, in 1986 British Telecom created a Manx-registered subsidiary company, Manx "
 "Telecom, to bid for the tender. It was believed that a local identity and management would be more politically "
 "acceptable in the tendering process as they competed with Cable & Wireless to win the licence.\n\n"
 "Manx Telecom won the tender, and commenced operations under the new identity from 1 January 1987.\n\n"
 "On 17 November 2001, Manx Telecom became part of mmO2 following the demerger of BT Wireless's operations from BT "
 "Group.\n\n"
 "On 4 June 2010 Manx Telecom was sold to UK private equity investor HgCapital (who were buying the majority stake), "
 "alongside telecoms management company CPS Partners. HG Capital indicated that the enterprise value of the deal was "
 "158.8 million pounds ($232.5 million).",
 "telecommunications", ["history", "ownership", "deal"],
 "The 'History' section of the Wikipedia article as liquisearch.com holds it in the page store (a revision of about "
 "2010-2013 by its content: the last event the sale of 4 June 2010, before the company's 2014 listing; no revision "
 "id). Cut: the page's title lines ('Manx Telecom - History', 'History'); the hatnote 'For more details on this "
 "topic, see Communications in the Isle of Man#Telephones.'; the trailer ('Read more about this topic: Manx "
 "Telecom', 'Famous quotes containing the word history: ...'); the whole section kept (`truncated`: a section of a "
 "longer page, so the lead and the company's officers are not in the text). No citation markers on this copy. Kept "
 "as written: 'the British General Post Office, and later British Telecommunications', 'the Liverpool telephone "
 "district', 'the Manx Government', 'a 20-year licence', 'British Telecom created a Manx-registered subsidiary "
 "company, Manx Telecom', 'as they competed with Cable & Wireless', 'under the new identity', 'BT Wireless's "
 "operations', 'On 4 June 2010 Manx Telecom' (no comma), 'UK private equity investor HgCapital' and 'HG Capital' "
 "(both spellings), '(who were buying the majority stake)', '158.8 million pounds ($232.5 million)'. 184 words. No "
 "outage and no near-miss told. Recorded CC BY-SA 3.0 (a revision before June 2023 by its content); doubtful in that "
 "no revision id is held and liquisearch.com's own terms were not found in the page store (as batch 40v recorded). "
 "Manx Radio, Evening Standard, Isle of Man Today and Guardian pieces on the 2010 sale, the 2014 flotation and JT "
 "Group's purchase of 2025 (news, not openly licensed) were looked at and not used. Manx Telecom, HgCapital, CPS "
 "Partners: " + CHECKED + " (mmO2 and BT Wireless are named in one train text and batch 27d's scripts, the history "
 "of O2 UK, another subject; BT and Cable & Wireless in many).", "UK", v3=True,
 copy_of="the Wikipedia article's 'History' section, liquisearch.com's page of a revision of about 2010-2013"))

# ---- transport/rail, New Zealand: Tranz Rail (fact-index.com, an early revision) --------------------------------------
R.append(wp("wp-tranz-rail", "Tranz Rail", "http://www.fact-index.com/t/tr/tranz_rail.html",
 "Tranz Rail Holdings Limited is New Zealand's principal railways operator. The company was formed on 7 July 1993 to "
 "buy out the SOE New Zealand Rail Limited. The company completed the purchase of New Zealand Rail in September 1993 "
 "for $NZ328328.3 million. The Government retained ownership of the land on which the sold rail assets were situated "
 "- the purchase price included the lease of this land.\n\n"
 "New Zealand Rail itself was formed on 10 October 1990 from a separation from New Zealand Railways detailed in the "
 "New Zealand Railways Corporation Restructuring Act 1990, which continues to this day as an SOE.\n\n"
 "New Zealand Rail Limited was renamed Tranz Rail Limited in 1995. In 1996, the company listed on the New Zealand "
 "Stock Exchange and also on NASDAQ in the United States. In July 2002 it delisted from NASDAQ.\n\n"
 "An Australian company, Toll Holdings, is now majority shareholder of Tranz Rail after a successful takeover bid "
 "between July and October 2003.",
 "transport/rail", ["history", "ownership", "deal"],
 "A copy of an early revision of the article on fact-index.com (a mirror of English Wikipedia of about 2004: 'Main "
 "Page | See live article | Alphabetical index'; its text runs to the takeover of October 2003; no revision id), as "
 "batch 32b took Hotmail from it. Cut: the mirror's header line 'Main Page | See live article | Alphabetical index'; "
 "the title line 'Tranz Rail'; the empty 'External Links' heading and the stub notice 'This article is a stub. You "
 "can help Wikipedia by fixing it.'. The article's prose is whole, so `truncated` is false. No citation markers. Kept "
 "as written: 'New Zealand's principal railways operator', 'to buy out the SOE New Zealand Rail Limited', "
 "'$NZ328328.3 million' (the figure damaged as printed, the digits '328' doubled; kept, as no word may change and the "
 "sentence carries the purchase; doubtful), 'situated - the purchase price' (a spaced hyphen), 'from a separation "
 "from New Zealand Railways detailed in the New Zealand Railways Corporation Restructuring Act 1990, which continues "
 "to this day as an SOE', 'listed on the New Zealand Stock Exchange and also on NASDAQ', 'An Australian company, "
 "Toll Holdings, is now majority shareholder', 'between July and October 2003'. 161 words. No outage and no "
 "near-miss told. Recorded CC BY-SA 3.0 (a revision of about 2004, under the GFDL then and available under CC BY-SA "
 "3.0 since Wikipedia's 2009 relicensing, as batch 32b recorded for Hotmail); doubtful in that fact-index.com names "
 "no revision and its own terms were not found in the page store. piglix.com's later copy (the infobox with chairman "
 "Edward Burkhardt and the CEOs, its lead and the New Zealand railways' history before 1990, breaking off before the "
 "company's formation), absoluteastronomy.com's copy (linked articles' glosses run into the text), a zalansite.site "
 "MediaWiki edit page (raw markup of a later revision), acearchive.org's rewriting, the Ministry of Transport's "
 "page on recent rail history (transport.cwp.govt.nz; its licence not found in the page store) and a Progressive "
 "Railroading brief on the renaming as Toll NZ (news) were looked at and not used. Tranz Rail, New Zealand Rail, "
 "Toll Holdings: " + CHECKED + " (NASDAQ in many files).", "non-US", v3=True,
 copy_of="an early revision of the Wikipedia article, mirrored at fact-index.com"))
R[-1]["truncated"] = False

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
