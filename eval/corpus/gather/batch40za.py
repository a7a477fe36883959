#!/usr/bin/env python3
"""Batch 40za (session 41; gatherer lane 40za): company histories from English Wikipedia in the company lane of batches
36j, 36n, 37k, 37u, 38k, 38n, 40o, 40t, 40u, 40v, 40w, 40x and 40y, a round on the leads batches 40v, 40x and 40y left -
a Santa Monica games developer founded by two men, bought by Activision, with a studio merged into it and the studios
it develops a series alongside (games, US); a Scottish regional airline founded by a builder as his construction
company's air charter arm and owned by the Royal Bank of Scotland from 1968 to 1983 (airline, UK); a Glasgow bank
bought by Midland Bank, sold to NAB with Midland's other UK subsidiaries, beside NAB's Irish banks later sold to Danske
Bank (banking, UK); and the founder of Psion, its chief executive and chairman, its purchase of Teklogix and the
creation of Symbian Limited with four partners (computing, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): one from en.wikipedia.org itself (an '= en.wikipedia.org.' rendering of about 2024), one from a copy on a .cfd
site, one 'History' section from liquisearch.com, one from wikimili.com's copy; each cut at a sentence or section end
(`truncated`). Edits per item in `notes`; no word added or changed. No text tells an outage and none tells a
near-miss. newskg (or any extractor) was not run on any text.
usage: batch40za.py [POOL_DIR] [--dry]   (default /tmp/gather41za/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41za/pool"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, and in the session-41 pools "
           "(/tmp/gather41*/pool) as they stood when checked (`grep -ril`, file names only)")

R = []
# ---- games, US: Treyarch (en.wikipedia.org., a rendering of about 2024) ------------------------------------------------
R.append(wp("wp-treyarch", "Treyarch", "http://en.wikipedia.org./wiki/Treyarch",
 "Treyarch Corporation (formerly Treyarch Invention LLC) is an American video game developer based in Santa Monica, "
 "California. Founded in 1996 by Peter Akemann and Do\u011fan K\u00f6sl\u00fc, it was acquired by Activision in 2001. "
 "The studio is known for its work for the Call of Duty series, which it develops alongside Infinity Ward, Sledgehammer "
 "Games and Raven Software.\n\n"
 "Treyarch was founded in 1996 as Treyarch Inventions and was acquired by Activision in 2001. In 2005, Gray Matter "
 "Studios was merged into Treyarch.\n\n"
 "As part of the 2007 Leipzig Games Convention, Activision announced that Treyarch would be one of three developers "
 "behind their first James Bond-based game, 007: Quantum of Solace. The game was released on October 31, 2008, in "
 "Europe and November 4, 2008, in North America. Vicarious Visions developed the Nintendo DS version and Eurocom "
 "developed the PlayStation 2 version. Treyarch is a major developer in the Call of Duty series.\n\n"
 "Call of Duty: Black Ops II held the record for the largest entertainment launch in history in any form of "
 "entertainment, breaking the record within 24 hours of its release until it was surpassed by Grand Theft Auto V. "
 "Sales from the game worldwide reached US$650 million within five days after its release. Treyarch worked on the Wii "
 "U version of Call of Duty: Ghosts, in order to optimize it for the console.",
 "video games", ["history", "ownership", "deal"],
 "The article as the page store holds it at http://en.wikipedia.org./wiki/Treyarch (the host written with a trailing "
 "dot), a rendering of about 2024 ('From Wikipedia, the free encyclopedia'; the infobox's 'Founded 1996; 28 years "
 "ago'; no revision id). Cut: the header line and the title line; the infobox list ('Formerly Treyarch Invention LLC "
 "(1996\u20132001)', 'Founders \u2022 Peter Akemann \u2022 Do\u011fan K\u00f6sl\u00fc', 'Key people \u2022 Mark Lamia "
 "(chairman) \u2022 Corky Lehmkuhl (creative director) \u2022 Craig Houston (senior lead writer) \u2022 Brian Tuey "
 "(audio director and composer)', 'Parent Activision (2001\u2013present)', employees, website), so the chairman Mark "
 "Lamia and the other key people are not in the text; the pronunciation guide inside the lead's parenthesis "
 "('/\u02c8tr\u0251\u02d0rk/ TRAY-ark;' with its marker '[2]'), so the parenthesis reads '(formerly Treyarch "
 "Invention LLC)'; the heading 'History[edit]'; the citation markers '[1]' to '[7]'; cut after 'for the console.', "
 "before the sentence the excerpt breaks off ('Dan Bunting, who had been'; `truncated`; a cut inside a paragraph, "
 "doubtful), so the later history is not in the text. Kept as written: 'formerly Treyarch Invention LLC' beside "
 "'founded in 1996 as Treyarch Inventions' (two forms of the former name, as the page has them), 'the Call of Duty "
 "series, which it develops alongside', 'behind their first James Bond-based game', 'was released on October 31, "
 "2008, in Europe and November 4, 2008, in North America', 'held the record for the largest entertainment launch in "
 "history in any form of entertainment', 'US$650 million', 'Wii U', 'optimize'. 224 words. No outage and no near-miss "
 "told. Recorded CC BY-SA 4.0 (a rendering of about 2024); doubtful only in that no revision id is held. Batch 40x "
 "named this rendering as a lead (it took Gray Matter Studios, the studio merged into Treyarch, and left Treyarch to "
 "keep one Activision studio in its batch). pjsgames.com's and web-production-4e80b.up.railway.app's AI-written pages "
 "(the latter names 'Don Likeness' as co-founder), giantbomb.com's user-written history (also 'Don Likeness'), "
 "leverger.co.uk's rewriting, a hardcoregamer.com anniversary piece and heise.de's report of the 2001 purchase (Ron "
 "Doornik, Activision's COO; news, not openly licensed) were looked at and not used. Akemann, K\u00f6sl\u00fc, "
 "Infinity Ward, Sledgehammer Games, Vicarious Visions, Eurocom: " + CHECKED + " (Treyarch and Akemann are named in "
 "batch 40x's Gray Matter Studios text, train, as the studio it was merged into and in that file's notes; Activision "
 "is in texts on other subjects; none is a history of Treyarch).", "US"))

# ---- airline, UK: Loganair (a copy on a .cfd site of a revision of about 2022-2023) ---------------------------------
R.append(wp("wp-loganair", "Loganair",
 "https://championssca463.cfd/w/index.php?action=edit&section=1&title=Roman_Catholic_Archdiocese_of_Melbourne",
 "Loganair is a Scottish regional airline headquartered at Glasgow Airport in Paisley, Renfrewshire, Scotland. The "
 "airline primarily operates domestic flights within the United Kingdom. It is the largest regional airline in "
 "Scotland by passenger numbers and fleet size.\n\n"
 "In addition to its main base at Glasgow, it has hubs at Aberdeen, Edinburgh, Inverness and Newcastle upon Tyne "
 "airports. It holds a United Kingdom Civil Aviation Authority Type A Operating Licence, permitting it to carry "
 "passengers, cargo and mail on aircraft with 20 or more seats.\n\n"
 "Loganair was established on 1 February 1962 by Willie Logan of the Logan Construction Company Ltd, operating as its "
 "air charter arm with a Piper PA-23 Aztec based at Edinburgh.\n\n"
 "In 1967, Loganair took delivery of three Britten-Norman Islander twin-engine eight-seat light commuter airliners and "
 "began regular flights between the Orkney Islands, and started operating in Shetland in 1970. In 1966, after "
 "Renfrew Airport closed, the airline established its head office at Glasgow Airport. This aspect of Loganair's "
 "operations ceased on 31 March 2006 when the new contract for air ambulance work was awarded to Gama Aviation.\n\n"
 "Between 1968 and 1983, the company was owned by the Royal Bank of Scotland, Towards the end of this period, "
 "Loganair bought Short 360 and Fokker F27 Friendship aircraft. The company brought jet aircraft into the fleet with "
 "two British Aerospace 146s.",
 "aviation", ["history", "ownership"],
 "The article as a copy on championssca463.cfd holds it in the page store (the address is an edit link under another "
 "page's title, 'Roman_Catholic_Archdiocese_of_Melbourne', but the page held is the Loganair article: its infobox "
 "'Revenue \u00a3161 million (2021)', 'Parent company Airline Investments Limited (AIL)', 'Frequent-flyer program Clan "
 "Loganair' date it to a revision of about 2022-2023; no revision id). Cut: the title line; the infobox table "
 "(founded, AOC, operating bases, 'Frequent-flyer program Clan Loganair', fleet size, destinations, 'Parent company "
 "Airline Investments Limited (AIL)', headquarters, revenue, profit, employees, website), so the present parent company "
 "is not in the text; the headings 'History' and 'Early years' with their '[edit]' links; the citation markers '[2]' "
 "to '[11]'; cut after 'two British Aerospace 146s.', before the sentence the excerpt breaks off ('In December 1983 it "
 "became '; `truncated`; a cut inside a paragraph, doubtful), so British Midland's ownership, the franchises and the "
 "later history are not in the text. Kept as written: 'Glasgow Airport in Paisley, Renfrewshire, Scotland', 'hubs at "
 "Aberdeen, Edinburgh, Inverness and Newcastle upon Tyne airports', 'by Willie Logan of the Logan Construction Company "
 "Ltd, operating as its air charter arm', 'began regular flights between the Orkney Islands, and started operating in "
 "Shetland in 1970', 'This aspect of Loganair's operations ceased on 31 March 2006 when the new contract for air "
 "ambulance work was awarded to Gama Aviation' (the air ambulance work is not named before it in this revision: a "
 "dangling reference, kept as printed), 'the Royal Bank of Scotland, Towards the end' (a comma before a capital where "
 "the marker '[8]' stood, kept as printed), 'British Aerospace 146s'. 224 words. No outage and no near-miss told (the "
 "end of the air ambulance work on a contract's award is a business change). Recorded CC BY-SA 3.0 (by its content a "
 "revision of about 2022-2023, before June 2023; doubtful: a later revision would be 4.0); doubtful also in that no "
 "revision id is held and the copying site's own terms were not found (batch 40v named .sbs/.cfd copies as usable). "
 "self.gutenberg.org's 'World Library' copy of a revision of about 2013 (Stewart Adams CEO in the infobox, 'established "
 "... by the Logan Construction Company Ltd', breaking off at 'Between 1968 and 1983 the'), en.wikipedia.org's older "
 "rendering (about 2012, a different history breaking off early), the company's own heritage pages (loganair.co.uk: "
 "'the National Commercial Bank of Scotland' in October 1968, 'acquired by British Midland Airways' in December 1983; "
 "not openly licensed), jh-reisen.de's German page, referenceforbusiness.com's profile, simpleflying.com's and its "
 "copy's history, aerospaceglobalnews.com's, businessairnews.com's and heraldscotland.com's pieces (Scott Grier's "
 "management buy-out of 1997, chief executive Jonathan Hinkles; news) were looked at and not used. Loganair, Willie "
 "Logan, Logan Construction, Gama Aviation: " + CHECKED + " (the Royal Bank of Scotland is in texts on other "
 "subjects; not opened).", "non-US", v3=True,
 copy_of="the Wikipedia article as it stood in about 2022-2023, a copy on a .cfd site"))

# ---- banking, UK: Clydesdale Bank (liquisearch.com's 'History' section) --------------------------------------------
R.append(wp("wp-clydesdale-bank", "Clydesdale Bank", "https://www.liquisearch.com/clydesdale_bank/history",
 "Clydesdale Bank was founded in Glasgow in 1838. Clydesdale later expanded throughout Scotland, and later became the "
 "first Scottish bank to open branches in the north of England. In 1919 Midland Bank acquired Clydesdale Bank. In 1950 "
 "Midland Bank merged Clydesdale with the North of Scotland Bank which it acquired in 1926.\n\n"
 "The Midland Bank later sold its UK subsidiaries, including Clydesdale Bank, to NAB in 1987. The bank became part of "
 "NAB's UK and Irish subsidiaries including Northern Bank in Northern Ireland and National Irish Bank (N.I.B.) in the "
 "Republic of Ireland. In 1990 Yorkshire Bank also became part of the group.\n\n"
 "In the 1970s Clydesdale Bank became a pioneer in the use of automated banking, including the widespread "
 "introduction of \"AutoBank\" ATMs and keypads at branch counters. A new corporate identity (with a new \"CB\" logo "
 "and a mustard-yellow colour scheme) was also introduced.\n\n"
 "In 2001, NAB Group transferred the assets and liabilities of Yorkshire Bank to Clydesdale Bank as part of a "
 "reorganisation of its British businesses by amalgamating two banking licences into one. The National Australia "
 "Group Europe Act 2001 was a private Act of Parliament passed to facilitate the transfer. Yorkshire Bank is now a "
 "trading name of Clydesdale Bank in England.\n\n"
 "In 2005 NAB sold Northern Bank and National Irish Bank to the Danish Danske Bank.\n\n"
 "In July 2007 Clydesdale Bank became the main sponsor of the Scottish Premier League in an \u00a38 million four-year "
 "agreement.",
 "banking", ["history", "ownership", "deal"],
 "The 'History' section of the Wikipedia article as liquisearch.com (a Wikipedia mirror serving one section a page) "
 "holds it in the page store (a revision of about 2007-2010: the last event the sponsorship of July 2007, 'Yorkshire "
 "Bank is now a trading name'; no revision id). The page store holds two versions of the address; the one taken sets "
 "its paragraphs apart with blank lines. Cut: the page's title lines ('Clydesdale Bank - History', 'History') and its "
 "trailer ('Read more about this topic: Clydesdale Bank', 'Famous quotes containing the word history: ...'); the whole "
 "section kept (a section of a longer page, so the lead, the banknotes and the officers are not in the text; "
 "`truncated`). No citation markers. Kept as written: 'Clydesdale later expanded throughout Scotland, and later "
 "became', 'In 1950 Midland Bank merged Clydesdale with the North of Scotland Bank which it acquired in 1926', 'The "
 "Midland Bank later sold its UK subsidiaries', 'The bank became part of NAB's UK and Irish subsidiaries', 'National "
 "Irish Bank (N.I.B.)', '\"AutoBank\" ATMs', 'NAB Group' beside 'NAB', 'the Danish Danske Bank', '\u00a38 million'. 242 "
 "words. No outage and no near-miss told. Recorded CC BY-SA 3.0 (a revision before June 2023); doubtful in that no "
 "revision id is held and liquisearch.com's own terms were not found in the page store (as batches 40v and 40y "
 "recorded). talk.dob.jp's page of revision 154249927 (2007: 'nab Group', 'Beginning July 2007 Clydesdale Bank will "
 "become the main sponsor'; the infobox and lead before the same history, breaking off at the banknotes), the Wayback "
 "Machine's copy of the article of October 2008 (the same history with 'the Midland Bank', breaking off), a banknote "
 "collector's blog quoting the first paragraphs, gracesguide.co.uk's page (its own timeline; its licence not looked "
 "up), archiseek.com's note on Northern Bank and wikimili.com's copy of 'Danske Bank (Northern Ireland)' (another "
 "article) were looked at and not used. Clydesdale Bank: batch 40v's Yorkshire Bank text (train) tells Yorkshire "
 "Bank's merger into it; North of Scotland Bank is named in one dev file (batch 29d's Midland Bank history; not "
 "opened), Danske Bank in texts on other subjects; none is a history of Clydesdale Bank. AutoBank, N.I.B.: " + CHECKED +
 ".", "non-US", v3=True,
 copy_of="the Wikipedia article's 'History' section, liquisearch.com's page of a revision of about 2007-2010"))

# ---- computing, UK: David E. Potter (wikimili.com's copy) -----------------------------------------------------------
R.append(wp("wp-david-potter-psion", "David E. Potter", "https://wikimili.com/en/David_E._Potter",
 "David Edwin Potter CBE FREng (born 1943) is the founder and chairman of the microcomputer systems company Psion "
 "PLC., and Psion Teklogix after Psion's acquisition of Teklogix in the year 2000.\n\n"
 "Potter was born in East London, South Africa, in 1943 and brought up in Cape Town. In 1963 he took up a Beit "
 "scholarship to read natural sciences at Trinity College, Cambridge. In 1966 he was awarded a Commonwealth "
 "Scholarship to study for a doctorate in mathematical physics at Imperial College London, where he was subsequently "
 "appointed to the staff. As an academic during the 1970s, he taught at the University of London and at the "
 "University of California, consulted and wrote a number of academic papers and a book on the use of computers in "
 "physics.\n\n"
 "Potter founded Psion in 1980. In its early years, Psion became a leader in software for home microcomputers. In "
 "1984, Psion invented 'The Organizer', the world's first volume hand-held computer for personal use and "
 "information.\n\n"
 "In 1988, Potter led Psion's flotation on the London Stock Exchange, which saw Psion's scale and value multiply many "
 "times. The company expanded further into data communications and mobile corporate solutions. In 1998, using "
 "Psion's experience in small mobile operating systems, Potter led the creation of Symbian Limited in partnership with "
 "Nokia, Ericsson, Motorola and Matsushita to create the operating system standard for mobile wireless devices \u2013 "
 "now known as Symbian.\n\n"
 "In 1999, Potter stood down as chief executive of the company and assumed the role of chairman. He retired as "
 "chairman in September 2009.\n\n"
 "Potter has been a member of the London Regional Council of the CBI, a board member of the London First Centre and "
 "co-chairman of the London Manufacturing Group. From 1999 to 2003 he was a member of The Council for Science and "
 "Technology reporting to the Cabinet.",
 "computing", ["history", "management", "deal", "partnership"],
 "The article as wikimili.com's copy holds it in the page store (a revision after 2009, 'He retired as chairman in "
 "September 2009', with a '[buzzword]' tag of about 2020 or later; no revision id). Cut: the title and page lines; the "
 "inline cleanup tag '[ buzzword ]' after 'mobile corporate solutions.'; the citation marker '[1]'; cut after "
 "'reporting to the Cabinet.', before the sentence the excerpt breaks off ('Potter served on the 1997 National "
 "Committee of Inquiry into Higher Education (The Dearing Committee), and continued his involveme'; `truncated`; a cut "
 "inside a paragraph, doubtful), so his later public posts and honours are not in the text. No infobox or headings in "
 "the excerpt. Kept as written: 'is the founder and chairman of the microcomputer systems company Psion PLC., and "
 "Psion Teklogix after Psion's acquisition of Teklogix in the year 2000' (the lead's present tense beside 'He retired "
 "as chairman in September 2009'), 'a Beit scholarship', 'a Commonwealth Scholarship', 'consulted and wrote', 'the "
 "world's first volume hand-held computer', 'Potter led the creation of Symbian Limited in partnership with', 'devices "
 "\u2013 now known as Symbian', 'The Council for Science and Technology reporting to the Cabinet'. 305 words. No "
 "outage and no near-miss told. Recorded CC BY-SA 4.0 (wikimili.com copies recent revisions; the tag dates it after "
 "about 2020; doubtful: a revision before June 2023 would be 3.0); doubtful in that no revision id is held and "
 "wikimili.com's terms were not found in the page store (as batch 40v recorded). Taken for Psion's early history (a "
 "lead of batch 40v): en.wikipedia.org's current rendering of 'Psion (company)' (its lead: the Teklogix merger of "
 "September 2000 and Motorola Solutions' agreement of June 2012 to acquire Psion; the excerpt breaks off at the "
 "heading 'Beginnings (1980\u20131984)', and Potter is named only in the infobox), princeton.edu's wiki100k copy of an "
 "older revision ('Potter Scientific Instruments', Sinclair Research, breaking off in the sentence on Potter's posts), "
 "friendlywiki.com's raw wikitext, company-histories.com's, referenceforbusiness.com's and encyclopedia.com's "
 "profiles (not openly licensed), powerbase.info's page (David Levin chief executive from February 1999; its "
 "licence not looked up), The Register's pieces (John Hawkins his successor as chairman; news), vuink.com's copy of a "
 "newsletter essay, archivesit.org.uk's interview summary and Management Today's and the Independent's profiles were "
 "looked at and not used. Potter, Psion, Teklogix, Potter Scientific: " + CHECKED + " (Symbian is named in texts on "
 "other subjects, Nokia, Ericsson and Motorola in many; none is a history of Psion or a life of Potter).", "non-US",
 copy_of="the Wikipedia article as it stood in about 2020-2024, wikimili.com's copy"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
