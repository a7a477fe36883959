#!/usr/bin/env python3
"""Batch 40v (session 41; gatherer lane 40v): company histories from English Wikipedia in the company lane of batches
36j, 36n, 37k, 37u, 38k, 38n, 40o and 40t, turned to regional airlines, banks and media companies - a British regional
airline co-founded by two men, its purchase of the airline whose licence it flew under, its flights for KLM Cityhopper
(airline, UK); a US regional airline founded by one man, owned by Pinnacle Airlines Corp., flying under the code-share
brands of Delta Air Lines, US Airways and Northwest Airlines and beside Republic Airlines (airline, US); an English
bank started by a Halifax industrialist, bought by National Australia Bank, merged into Clydesdale Bank and passed to
CYBG plc, the buyer of Virgin Money plc (banking, UK); and a Scottish newspaper publisher's purchases of publishers and
titles from 1846 to 2006 (media, UK and Ireland).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): two from en.wikipedia.org itself (current '= Title =' renderings), one from a copy (wikimili.com), one from
liquisearch.com's one-section page of an older revision; each cut at a sentence or section end (`truncated`). Edits
per item in `notes`; no word added or changed. No text tells an outage and none tells a near-miss. newskg (or any
extractor) was not run on any text.
usage: batch40v.py [POOL_DIR] [--dry]   (default /tmp/gather41v/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41v/pool"

CHECKED = ("0 hits in GATHERING.md, in the eval/corpus gold texts and file names, in the gather scripts, and in the "
           "session-41 pools (/tmp/gather41*/pool) as they stood when checked (`grep -ril`, file names only)")

R = []
# ---- airline, UK: Eastern Airways (en.wikipedia.org, a current '= Title =' rendering) --------------------------------
R.append(wp("wp-eastern-airways", "Eastern Airways", "https://en.wikipedia.org/wiki/Eastern_Airways",
 "Eastern Airways was a British regional airline headquartered at Humberside Airport near the village of Kirmington, "
 "North Lincolnshire, England. The airline operated domestic, international and private charter flights. Around "
 "1,300,000 passengers flew with the airline per rolling year including on services for KLM Cityhopper, charter "
 "operations, and government subsidised public service obligation (PSO) services which would otherwise be "
 "commercially unfeasible.\n\n"
 "The airline had its own hubs in Aberdeen and Humberside.\n\n"
 "Air Kilroe held a United Kingdom Civil Aviation Authority Type A Operating Licence. It was permitted to carry "
 "passengers, cargo and mail on aircraft with 20 or more seats and was IOSA approved.\n\n"
 "Co-founded by Bryan Huxford and Richard Lake, the airline started operations in December 1997 with a scheduled "
 "route between Humberside and Aberdeen with a leased Swearingen Metro, following KLM UK's withdrawal from the route. "
 "In February 1999, it purchased Manchester based Air Kilroe, thereby acquiring an air operator's certificate and a "
 "fleet of two BAe Jetstream 32 aircraft.\n\n"
 "In 2002, the first BAe Jetstream 41 entered the Eastern fleet, the aircraft type which formed the majority of the "
 "fleet up until the airline ceased operations.\n\n"
 "12 aircraft and their associated routes were transferred from British Airways CitiExpress on 30 March 2003.",
 "airline", ["history", "ownership", "deal", "partnership"],
 "The article as the page store holds it at https://en.wikipedia.org/wiki/Eastern_Airways, a current rendering headed "
 "'= Eastern Airways =' (the airline 'was', its history 'up until the airline ceased operations'; the copies name 27 "
 "October 2025 as the day it stopped; no revision id). Cut: the title line; the infobox list ('Airline: Air Kilroe "
 "Limited', logo, IATA, ICAO, callsign, headquarters, 'Founded: 1997-11-19', 'Key People: Richard Lake, owner, Orient "
 "Industrial Holdings', bases, destinations, 'Aoc: Air Kilroe Limited', employees), so Orient Industrial Holdings and "
 "the founding day are not in the text; the headings '== History ==' and '=== Early years ==='; cut after 'on 30 "
 "March 2003.', before the sentence the excerpt breaks off ('An Embraer 145 and 135 were also wet-leased from City "
 "Airline in 2003, which were then replaced with Saab 2000 ai'; `truncated`; a cut inside a paragraph, doubtful), so "
 "City Airline and the later history are not in the text. No citation markers on this rendering. Kept as written: "
 "'Around 1,300,000 passengers flew with the airline per rolling year', 'government subsidised', 'Air Kilroe held a "
 "United Kingdom Civil Aviation Authority Type A Operating Licence' (the airline's operating company named in the lead "
 "without the infobox's 'Air Kilroe Limited'), 'IOSA approved', 'Co-founded by', 'KLM UK's withdrawal', 'Manchester "
 "based Air Kilroe' (no hyphen), 'the Eastern fleet', '12 aircraft' (a figure opening the sentence). 204 words. No "
 "outage and no near-miss told (the airline's ceasing operations is only alluded to; a business failure). Recorded "
 "CC BY-SA 4.0 (a current rendering, content after June 2023); doubtful only in that no revision id is held. "
 "movatter.jp's proxy of en.wikipedia.org (the same current text with citation markers), artikeldigital.com's copy of "
 "an older revision (the airline 'is'; 'legally incorporated as Air Kilroe Limited'), a 2010-era copy without an "
 "address (Richard Lake MD, Brian Huxford Chairman, Chris Holliday COO in its infobox only), travelextra.ie's and "
 "reisevor9.de's news of the 2025 administration and the Louth Leader's pieces on Richard Lake's OBE were looked at "
 "and not used. Eastern Airways, Air Kilroe, Bryan Huxford, Richard Lake (as a person), KLM UK, KLM Cityhopper, "
 "British Airways CitiExpress, City Airline, Orient Industrial Holdings: " + CHECKED + ".", "UK"))

# ---- airline, US: Mesaba Airlines (en.wikipedia.org, a current '= Title =' rendering) --------------------------------
R.append(wp("wp-mesaba-airlines", "Mesaba Airlines", "https://en.wikipedia.org/wiki/Mesaba_Airlines",
 "Mesaba Aviation, Inc. (operating as Mesaba Airlines) was a regional airline in the United States that operated "
 "from 1944 until it merged with Pinnacle Airlines in 2012 to form Endeavor Air. It was based in Eagan, Minnesota. "
 "From 2010 to 2012, the airline was a wholly owned subsidiary of Pinnacle Airlines Corp. with code sharing flights "
 "operated as Delta Connection for Delta Air Lines and US Airways Express for US Airways. Previously, the airline "
 "operated code sharing service as Northwest Airlink and Northwest Jetlink on behalf of Northwest Airlines which "
 "subsequently merged with Delta. Mesaba also previously operated connecting flight services in association with "
 "Republic Airlines before this air carrier was subsequently merged into Northwest. Mesaba Airlines effectively "
 "ceased operations on January 4, 2012, when all aircraft and personnel were transitioned to the Pinnacle Airlines "
 "operating certificate. Mesaba's operating certificate was surrendered on July 31, 2012.\n\n"
 "Mesaba (from the Ojibwe language, misaabe: \"Soaring Eagle\") was founded in 1944 by Gordy Newstrom in the Mesabi "
 "Range city of Coleraine, Minnesota, and started operations in the same year under the name of Mesaba Aviation. It "
 "had one airplane, a Piper Cub purchased for $1,300, and it was used to shuttle employees of the Blandin Paper Mill "
 "Company from Grand Rapids, Minnesota, to Minneapolis.",
 "airline", ["history", "ownership", "partnership"],
 "The article as the page store holds it at https://en.wikipedia.org/wiki/Mesaba_Airlines, a current rendering "
 "headed '= Mesaba Airlines =' (no revision id). Cut: the title line; the infobox list (airline, logo, IATA, ICAO, "
 "callsign, 'Parent: class=nowrap, MAIR Holdings, Mesaba Holdings , Northwest Airlines , Delta Air Lines , Pinnacle "
 "Airlines Corp.', 'Founded: ,', 'Commenced: 1973-02-04', 'Ceased: ,', hubs, headquarters, 'Key People: John Spanjers "
 "(President)'), so MAIR Holdings, Mesaba Holdings and John Spanjers are not in the text; the heading '==History=='; "
 "cut after 'to Minneapolis.', before the sentence the excerpt breaks off ('In 19'; `truncated`; a cut inside a "
 "paragraph, doubtful), so the Halverson and Swenson families' purchases (1970 or 1973, 1977), the 1982 listing and "
 "the Northwest years are not in the text. No citation markers on this rendering. Kept as written: 'Mesaba Aviation, "
 "Inc. (operating as Mesaba Airlines)', 'until it merged with Pinnacle Airlines in 2012 to form Endeavor Air', "
 "'Pinnacle Airlines Corp. with code sharing flights' (no comma), 'Northwest Airlines which subsequently merged with "
 "Delta' (no comma), 'this air carrier', 'misaabe: \"Soaring Eagle\"', 'the Mesabi Range city of Coleraine, "
 "Minnesota', '$1,300'. 211 words. No outage and no near-miss told (ceasing operations on a move of the operating "
 "certificate is a business decision). Recorded CC BY-SA 4.0 (a current rendering); doubtful only in that no revision "
 "id is held. wikipedia.org's and fermiumeisst42.sbs's renderings (the same lead with markers, two sentences further: "
 "'In 1950 Newstrom moved the company to Grand Rapids.' and the Halverson family's purchase, 'Subsequently, they' "
 "breaking off), wikimili.com's copy (the same), an older en.wikipedia.org rendering of about 2012 (a shorter lead "
 "without Endeavor Air or Republic Airlines, reaching the 1977 and 1982 sentences), airlinefiles.com's and "
 "acearchive.org's rewritings and northwestairlineshistory.org's own history (not openly licensed) were looked at and "
 "not used. Mesaba, Pinnacle Airlines, Endeavor Air, Republic Airlines, Northwest Airlink, Gordy Newstrom, Blandin "
 "Paper Mill Company: " + CHECKED + " (Delta Connection is in batch 21b's Comair text and US Airways Express in the "
 "US Airways Group text; Northwest Airlines and Delta Air Lines in several texts; all on other subjects).", "US"))

# ---- banking, UK: Yorkshire Bank (wikimili.com, a copy of a 2024 revision) -------------------------------------------
R.append(wp("wp-yorkshire-bank", "Yorkshire Bank", "https://wikimili.com/en/Yorkshire_Bank",
 "Yorkshire Bank is a trading name used by Clydesdale Bank plc for its retail banking operations in England.\n\n"
 "The Yorkshire Bank was founded in 1859 as the West Riding of Yorkshire Provident Society and Penny Savings Society "
 "but the Provident Society was soon abandoned and the Bank then traded as the West Riding of Yorkshire Penny "
 "Savings Bank. After further abbreviations, its present name was adopted in 1959.\n\n"
 "The Bank's model was unique in that it directly owned an extensive network of penny banks, remitting funds into a "
 "Central Office. By the late nineteenth century, it was larger than any of the Trustee Savings Banks. However, the "
 "Bank faced a potential withdrawal of savings in 1911 and was acquired by a consortium of clearing banks.\n\n"
 "The Bank was acquired by National Australia Bank (NAB) in 1990 and was merged into another NAB subsidiary, "
 "Clydesdale Bank in 2005, continuing to operate as a distinct trading division. In 2016 NAB divested its UK "
 "operations as CYBG plc which went on to acquire Virgin Money plc in 2018. Subsequently the Yorkshire Bank name was "
 "phased out with all branches rebranded as Virgin Money.\n\n"
 "Colonel Edward Akroyd is regarded as the initiator of the Bank; he was a prominent Halifax industrialist, head of "
 "the family woollen firm of James Akroyd & Son, magistrate and Member of Parliament. His philanthropic work led him "
 "to the importance of savings for the working class, much as the founders of the savings banks and early penny "
 "banks had done decades before.",
 "banking", ["history", "ownership", "deal"],
 "The article as wikimili.com's copy holds it in the page store (its infobox 'Founded 1 May 1859; 165 years ago' and "
 "'Fate Purchased by Virgin Money UK': a revision of 2024; no revision id). Cut: the copy's furniture ('Last "
 "updated', 'Contents'); the infobox ('Company type Trading name', industry, 'Founded 1 May 1859 ... Halifax, West "
 "Yorkshire', 'Founder Edward Akroyd', 'Fate Purchased by Virgin Money UK', headquarters, 'Key people James "
 "Pettigrew (Chairman) David Duffy (Chief Executive Officer)', services, 'Parent Clydesdale Bank plc', website), so "
 "the chairman and chief executive, the founding day and the infobox's founder line are not in the text; the headings "
 "'History' and 'Formation'; cut after 'had done decades before.', before the sentence the excerpt breaks off ('His "
 "original intention was to establish'; `truncated`; a cut inside a paragraph, doubtful), so the 1856 pamphlet, the "
 "1911 consortium's members and the later history are not in the text. No citation markers in the excerpt. Kept as "
 "written: 'The Yorkshire Bank was founded in 1859 as the West Riding of Yorkshire Provident Society and Penny Savings "
 "Society but' (no comma), 'its present name' (the text of a revision that also says the name 'was phased out'), "
 "'By the late nineteenth century', 'Clydesdale Bank in 2005, continuing' (no comma after 'Bank' in the appositive), "
 "'In 2016 NAB divested its UK operations as CYBG plc which went on' (no commas), 'Subsequently the Yorkshire Bank "
 "name' (no comma), 'James Akroyd & Son'. 253 words. No outage and no near-miss told. Recorded CC BY-SA 4.0 (a 2024 "
 "revision); doubtful in that no revision id is held and wikimili.com's terms were not found in the page store (as "
 "earlier batches recorded). The IPFS mirror's copy of a 2017 revision ('established on 1 May 1859 by Colonel Edward "
 "Akroyd of Halifax', a trading division 'ultimately owned by CYBG plc', 2006 profits, the 1911 consortium's banks "
 "named and breaking off inside the list), set18.net's copy of a 2021 revision (the same lead, 'is being phased out "
 "... during 2021'), hmong.es's Spanish translation, yobs.org.uk's and legalbeagles.info's histories, an Old Hyde "
 "blog post quoting an older revision and liquisearch.com's 'Clydesdale Bank - History' (Midland Bank's ownership, "
 "the 1987 sale to NAB, Northern Bank and National Irish Bank sold to Danske Bank in 2005: a lead for a next round) "
 "were looked at and not used. Yorkshire Bank, Clydesdale Bank, CYBG, Edward Akroyd, James Akroyd & Son, Penny Bank: "
 + CHECKED + " (National Australia Bank is named only in batch 15f2's script, not in a gold text; Virgin Money in "
 "two Hansard texts on the sale of Northern Rock, another subject).", "UK"))

# ---- media, UK and Ireland: Johnston Press (liquisearch.com's 'History' section of an older revision) -----------------
R.append(wp("wp-johnston-press", "Johnston Press", "https://www.liquisearch.com/johnston_press/history",
 "The Johnston family has been involved in the printing business since 1767. It bought control of its first "
 "newspaper, the Falkirk Herald, in 1846. The company would remain headquartered in Falkirk for the next 150 years. "
 "The family publishing company was renamed F Johnston & Co Ltd in 1882, a title it would retain until it was floated "
 "on the London Stock Exchange as Johnston Press in 1988. The company's first major acquisition came in 1970, when it "
 "took control of the Fife-based publishers Strachan & Livingston. In 1978 it bought Wilfred Edmunds in Chesterfield, "
 "publisher of the Derbyshire Times and The Yorkshire Weekly Newspaper Group in Wakefield.\n\n"
 "The Company bought The West Sussex County Times in 1988, The Halifax Evening Courier in 1994 and the newspaper "
 "interests of EMAP plc in 1996. Further expansion followed with Portsmouth & Sunderland Newspapers in 1999 and "
 "Regional Independent Media Holdings in 2002.\n\n"
 "The Company expanded into the Irish market in 2005 by purchasing Local Press Ltd, a company owned by 3i (\u00a365 "
 "million), the newspaper assets of Scottish Radio Holdings, known as Score Press with forty-five titles in Scotland "
 "and Ireland (\u00a3155 million), and the Leinster Leader Group (\u20ac138.6 million). The titles were then "
 "reorganised into three main holding companies: Derry Journal Newspapers (Counties Donegal and Londonderry), "
 "Johnston Publishing (NI) (everywhere else in Northern Ireland) and Johnston Press Ireland (along with four smaller "
 "companies everywhere else in the Republic).\n\n"
 "The Company acquired Scotsman Publications in 2006.",
 "media (newspapers)", ["history", "deal", "ownership"],
 "The 'History' section of the Wikipedia article as liquisearch.com (a Wikipedia mirror serving one section a page, "
 "as batch 23b took Grupo Bimbo's 'Expansion' from it) holds it in the page store, a revision of about 2006-2008 by "
 "its content (the last event the purchase of Scotsman Publications in 2006; no revision id). Cut: the page's title "
 "lines ('Johnston Press - History', 'History') and its trailer ('Read more about this topic: Johnston Press', "
 "'Famous quotes containing the word history: ...'); the whole section, which ends in the excerpt, kept (`truncated`: "
 "a section of a longer page, so the lead with the company's Edinburgh headquarters, its titles and its officers is "
 "not in the text). No citation markers on this copy. Kept as written: 'It bought control of its first newspaper' "
 "(the sentence's 'It' after 'The Johnston family'), 'F Johnston & Co Ltd' (no full stop), 'Wilfred Edmunds in "
 "Chesterfield, publisher of the Derbyshire Times and The Yorkshire Weekly Newspaper Group in Wakefield' (no comma "
 "before 'and'), 'The Company' (capital C), 'the newspaper interests of EMAP plc', 'Further expansion followed with', "
 "'a company owned by 3i (\u00a365 million)', 'known as Score Press with forty-five titles', '(\u20ac138.6 "
 "million)', 'Johnston Publishing (NI) (everywhere else in Northern Ireland)', 'the Republic'. 244 words. No outage "
 "and no near-miss told. Recorded CC BY-SA 3.0 (a revision before June 2023); doubtful in that no revision id is held "
 "and liquisearch.com's terms were not found in the page store. ebook2.worldlibrary.net's 'World Library' copy of a "
 "2014 revision (the lead and the history's first paragraph, with 'The brothers William and Arthur Keith Johnston "
 "founded W. & A. K. Johnston Limited in 1826', breaking off at 1996), infogalactic.com's fork (the same, a little "
 "further; set aside as a fork, as batches 31i and 40o did), en-academic.com's run-together 2008 copy, wikimili.com's "
 "copy of a 2023 revision (the lead on the 2018 administration and JPIMedia, its history breaking off at 1846), "
 "fundinguniverse.com's company history (not openly licensed) and a Times obituary of Freddy Johnston were looked at "
 "and not used. Johnston Press, Falkirk Herald, Strachan & Livingston, Wilfred Edmunds, Score Press, Leinster Leader, "
 "Local Press Ltd, Scotsman Publications, Portsmouth & Sunderland, Regional Independent Media, JPIMedia: " + CHECKED +
 " (Scottish Radio Holdings is in one train text, batch 19c's Wikinews story of 2005 on its purchase of a Highland "
 "newspaper group, another subject; EMAP in three texts on other subjects).", "non-US", v3=True,
 copy_of="the Wikipedia article's 'History' section, an older revision"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
