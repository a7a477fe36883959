#!/usr/bin/env python3
"""Batch 59d (session 56; gatherer lane 59d): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-58q, turned to mid-size service companies (two regional airlines, a budget hotel chain, a ferry
operator), new to the corpus: an American regional airline bought by SkyWest, Inc. in November 2010 and merged with
Atlantic Southeast Airlines, announced in late 2018 as to be bought by ManaAir (a joint venture of KAir Enterprises and
United Airlines), whose origins lie in commuter airlines bought by Texas Air Corporation / Continental Airlines (airline,
United States); a British regional airline, franchise partner of British Airways, grown from Manx Airlines Europe and
spun off in 1996 from Airlines of Britain Holdings as the British Regional Airlines Group, which took in Business Air
(airline, England); a UK budget hotel company begun by Charles Forte's Trusthouse Forte in 1973 and bought with the
Forte Group by Granada in 1995 (hotels, England); and a Southampton ferry company formed in 1861, bought by
Associated British Ports Holdings in 1989 and sold to JP Morgan Partners Inc. in 2001 (ferries, England).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's 'From Wikipedia' renderings of 'ExpressJet' (a revision of 2021: 'Flights are expected to
begin on October 24, 2021') and 'Travelodge UK' (the pre-2023 skin; infobox revenue of 2018), en.wikipedia.org's '=
Title =' rendering of 'British Regional Airlines' (undated), and the-uncensored-wiki.com's static copy of 'Red Funnel'
(an old dump of about 2007: '[edit]' links, nothing after 2006); each cut at a paragraph or sentence end (`truncated`).
Edits per item in `notes` (title and skin lines, infobox lines, image captions, headings and citation markers cut; no
word added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather60d/src), the
markers ('[1]', '[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as batch 58k did. No
text tells an outage; one tells a near-miss (ExpressJet's lost contract in the COVID-19 pandemic). No text names a
person with a title in its running text (each infobox's key people are cut). newskg (or any extractor) was not run on
any text. A round of four: eighteen queries, four taken (round notes, /work/notes/gather60/59d.md; queries,
/tmp/gather60d/src/queries.txt).
usage: batch59d.py [POOL_DIR] [--dry]   (default /tmp/gather60d/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather60d/pool"
SRC = "/tmp/gather60d/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-56 pools (/tmp/gather60*/pool) and in /work/notes/gather60/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- airline, United States: ExpressJet (en.wikipedia.org 'From Wikipedia' rendering, a 2021 revision) ---------------
XJ = [
 "ExpressJet Airlines is an American regional airline headquartered in College Park, Georgia. The company plans to "
 "launch aha! a brand for flights operating between Reno-Tahoe International Airport and cities along the West Coast "
 "of the United States. Flights are expected to begin on October 24, 2021.",
 "The airline was established in 1986 and started operations in 1987. The airline was purchased by SkyWest, Inc. (the "
 "parent company of SkyWest Airlines, the largest regional airline in the United States) in November 2010 and merged "
 "with Atlantic Southeast Airlines. The company had contracts to fly as American Eagle, Delta Connection and United "
 "Express. In late 2018, it was announced that ExpressJet would be spun-off by SkyWest and would be purchased by a "
 "joint venture called ManaAir with KAir Enterprises as the majority (50.1%) owner and United Airlines as the minority "
 "(49.9%) owner. Amid the transaction with United, the airline flew solely as United Express until it lost its "
 "contract on September 30, 2020 resulting from decimation in travel due to the COVID-19 pandemic.",
 "The airline was established in 1986 and started operations in 1987. Its origins were in a group of small commuter "
 "airlines acquired by Texas Air Corporation / Continental Airlines. These included Bar Harbor Airlines in Maine, "
 "Provincetown-Boston Airlines in New England, Rocky Mountain Airways in Denver, Colorado, and Britt Airways in Terre "
 "Haute, Indiana. ExpressJet operates under the original Federal Aviation Administration Part 121 certificate issued "
 "to Britt, which began operations as Continental Express in April 1987 and was later acquired by Continental "
 "Airlines."]
KEPT["wp-expressjet"] = ("expressjet-enwiki.txt", XJ)
R.append(wp("wp-expressjet", "ExpressJet", "https://en.wikipedia.org/wiki/ExpressJet",
 "\n\n".join(XJ),
 "transport/airlines", ["history", "ownership", "acquisitions", "joint-ventures"],
 "The article as en.wikipedia.org's 'From Wikipedia' rendering holds it in the page store (the skin before 2023, 'Jump "
 "to navigation Jump to search'; no revision id; a revision of 2021: 'Flights are expected to begin on October 24, "
 "2021'). Cut: the skin lines ('From Wikipedia, the free encyclopedia', 'Jump to navigation Jump to search'); the "
 "infobox lines ('ExpressJet Airlines', 'ExpressJet Airlines, LLC - Copy.png', 'IATA ICAO Callsign', 'Commenced "
 "operations1987', 'AOC #ASOA029B[1]', 'Parent company', 'HeadquartersAtlanta, Georgia, U.S.', 'Key peopleSubodh "
 "Karnik (CEO & Chairman)'), so Subodh Karnik and the infobox's Atlanta are not in the text; the image caption "
 "'ExpressJet Airlines Embraer ERJ-145'; the marker '[citation needed]'; cut after '... was later acquired by "
 "Continental Airlines.', before the word the excerpt breaks off ('Expr'; `truncated`; a cut at a sentence end). No "
 "word added or changed. Kept as written: 'The company plans to launch aha! a brand for flights' (no comma after "
 "'aha!'), 'The airline was established in 1986 and started operations in 1987.' twice (the lead's sentence repeated "
 "at the head of the history section, whose heading the rendering lacks), 'SkyWest, Inc. (the parent company of "
 "SkyWest Airlines, the largest regional airline in the United States)', 'would be spun-off by SkyWest', 'a joint "
 "venture called ManaAir with KAir Enterprises as the majority (50.1%) owner and United Airlines as the minority "
 "(49.9%) owner', 'acquired by Texas Air Corporation / Continental Airlines' (the slash as written), 'issued to "
 "Britt, which began operations as Continental Express in April 1987'. 255 words. No outage told; a near-miss: 'it "
 "lost its contract on September 30, 2020 resulting from decimation in travel due to the COVID-19 pandemic' (a lost "
 "contract; GUIDELINES, Outages). Recorded CC BY-SA 3.0 (a revision of 2021, before Wikimedia's June 2023 move; "
 "doubtful in that no revision date is held). Found at rank 5 of the query 'ExpressJet Airlines was an American "
 "regional airline, formerly Continental Express, acquired by SkyWest, chief executive'; library.kiwix.org's "
 "wikipedia_en_all_nopic_2018-09 copy (rank 1; the same matter, an older revision telling the SkyWest purchase at "
 "length) not used, one text per matter; sltrib.com, ynyoo.com, onlinetravelreview.com, flightwisdom.com, "
 "worldairlinenews.com, pilotjobs.atpflightschool.com (ranks 2-4, 6-8; copyrighted news and blogs) not used. "
 "ExpressJet, Atlantic Southeast, ManaAir, KAir Enterprises, Bar Harbor Airlines, Provincetown-Boston, Rocky Mountain "
 "Airways, Britt Airways, Texas Air Corporation: " + CHECKED + " ('SkyWest' in batch 54zu's texts, 'AirTran' and "
 "'Continental Airlines' in other matters).", "US", v3=True))

# ---- airline, England: British Regional Airlines (en.wikipedia.org '= Title =' rendering, undated) -------------------
BRAL = [
 "British Regional Airlines was a franchise partner of British Airways based in Manchester. It operated a large "
 "network of domestic and European services from many UK regional airports.",
 "British Regional Airlines held a United Kingdom Civil Aviation Authority Type A Operating Licence, It was permitted "
 "to carry passengers, cargo and mail on aircraft with 20 or more seats.",
 "British Regional Airlines can trace its history back to March 1991 when Manx Airlines created Manx Airlines Europe "
 "in order to expand and fly routes within the United Kingdom.",
 "In 1995 Manx Airlines Europe became a franchise carrier for British Airways, operating some routes from its "
 "Manchester base under the British Airways Express brand. In September 1996, Airlines of Britain Holdings which owned "
 "British Midland along with regional carriers Manx Airlines, Manx Airlines Europe, and Loganair, announced it would "
 "split the regional airlines into a separate grouping. As a result, the three regional carriers were spun off as the "
 "British Regional Airlines Group (BRAL). The UK based British Airways Express franchise operations of Manx Airlines "
 "Europe and Loganair now operated as a combined British Regional Airlines, while Manx Airlines continued to operate "
 "services from the Isle of Man. Business Air was also acquired and absorbed in to the group that year bringing a "
 "fleet of seven Saab 340 and one additional BAe 146 aircraft."]
KEPT["wp-british-regional-airlines"] = ("bral-enwiki.txt", BRAL)
R.append(wp("wp-british-regional-airlines", "British Regional Airlines",
 "https://en.wikipedia.org/wiki/British_Regional_Airlines",
 "\n\n".join(BRAL),
 "transport/airlines", ["history", "ownership", "franchising", "spin-offs"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id). Cut: "
 "the title line '= British Regional Airlines ='; the infobox lines ('Infobox', '- Airline: British Regional "
 "Airlines', '- Logo: British regional airlines logo.svg', '- Iata: TH', '- Icao: BRT', '- Callsign: BRITISH', '- "
 "Parent: BRAL Group', '- Founded: 1996', '- Ceased: 2002', '- Headquarters: Manchester Airport', '- Key People: "
 "Michael Bishop (Chairman), Terry Liddiard (MD)', '- Bases: Manchester Airport, Belfast City Airport, Southampton "
 "Airport, Cardiff Airport, Inverness Airport, Edinburgh Airport, Glasgow Airport'), so Michael Bishop, Terry Liddiard "
 "and the infobox's parent line are not in the text; the heading '==History=='; cut after '... one additional BAe 146 "
 "aircraft.', before the sentence the excerpt breaks off ('At the same time, British Airways closed down its "
 "'Highlands' division and transferred the routes to British Regional Airline'; `truncated`; a cut inside a "
 "paragraph, at a sentence end), so British Airways' purchase of March 2001 is not in the text. The excerpt has no "
 "citation markers. No word added or changed. Kept as written: 'a franchise partner of British Airways based in "
 "Manchester', 'Type A Operating Licence, It was permitted' (comma and capital as written), 'Manx Airlines created "
 "Manx Airlines Europe', 'Airlines of Britain Holdings which owned British Midland along with regional carriers Manx "
 "Airlines, Manx Airlines Europe, and Loganair' (no comma after 'Holdings'), 'spun off as the British Regional "
 "Airlines Group (BRAL)', 'The UK based British Airways Express franchise operations', 'absorbed in to the group' "
 "(two words), 'seven Saab 340 and one additional BAe 146 aircraft'. 222 words. No outage and no near-miss of one "
 "told. Recorded CC BY-SA 4.0 (a recent revision as en.wikipedia.org rendered it, as batch 58k recorded its '= Title "
 "=' renderings; doubtful in that no revision date is held). Found at rank 6 of the query 'British Regional Airlines "
 "Group founded as Manx Airlines, chief executive Terry Liddiard, acquired by British Airways 2001, BA CitiExpress'; "
 "wikimili.com's copy (rank 1; the same text with citation markers) not used, en.wikipedia.org's own rendering taken; "
 "en.wikipedia.org's 'Manx Airlines' (rank 8; another article on a related matter, not used: one airline group per "
 "round); airwaysmag.com, airliners.net, oocities.org, yesterdaysairlines.com, smiliner.com (ranks 2-5, 7; "
 "copyrighted) not used. British Regional Airlines (as a name), Manx Airlines, Airlines of Britain, Business Air, "
 "British Airways Express: " + CHECKED + " ('Loganair' in batch 40za's dev text wp-loganair and 'British Midland' in "
 "it, another matter; 'BRAL' only inside other words).", "non-US"))

# ---- hotels, England: Travelodge UK (en.wikipedia.org 'From Wikipedia' rendering, pre-2023 skin) ----------------------
TL = [
 "Travelodge Hotels Limited is a private company operating in the hotels and hospitality industry throughout the "
 "United Kingdom, Ireland and Spain. Known simply as Travelodge, it is the UK's largest independent hotel brand with "
 "over 570 limited service hotels across the UK.",
 "In the early 1970s, Charles Forte bought the US Travelodge brand with the hope of establishing it in Britain. The "
 "first Travelodges opened in 1973 in former Excelsior Motor Lodge branches, a brand of motels owned by Forte which "
 "were located near busy roads. Trusthouse Forte would later open another roadside hotel chain in 1976. These were "
 "Little Chef Lodges which were attached to Little Chef restaurants and was the first chain of budget hotels in the "
 "UK. In 1988, the two chains were combined and rebranded to become \"Forte Travelodge\".",
 "In 1995, Travelodge was bought by Granada, when the Forte Group (formerly Trusthouse Forte) underwent a hostile "
 "takeover. Granada decided to open Travelodges away from the roadside, with the first urban Travelodge opening in "
 "1997. In 2001, Granada merged and then de-merged with Compass Group, where their hospitality interests were "
 "transferred to Compass."]
KEPT["wp-travelodge-uk"] = ("travelodge-enwiki.txt", TL)
R.append(wp("wp-travelodge-uk", "Travelodge UK", "https://en.wikipedia.org/wiki/Travelodge_UK",
 "\n\n".join(TL),
 "hospitality/hotels", ["history", "ownership", "acquisitions", "brands"],
 "The article as en.wikipedia.org's 'From Wikipedia' rendering holds it in the page store (the skin before 2023, "
 "'Jump to navigation Jump to search', with '[edit]' links; no revision id; its infobox's newest figure is revenue for "
 "2018). Cut: the title line 'Travelodge UK' and the skin lines; the infobox lines ('Travelodge Hotels Limited', "
 "'TypePrivate limited company', 'Founded1973 (1973)', 'HeadquartersThame, England, United Kingdom', the numbers of "
 "locations, 'Area served', 'Key people' (empty), revenue, assets, 'OwnerGoldenTree Asset Management, Avenue Capital "
 "Group and Goldman Sachs[3]', employees), so the present owners are not in the text; the image caption 'A city "
 "centre Travelodge in York'; the headings 'Company history[edit]', 'Opening by Trusthouse Forte[edit]', 'Granada "
 "Ownership[edit]' and 'Sale to Permira[edit]'; the markers '[4]', '[5]', '[6]'; cut after '... were transferred to "
 "Compass.', before the heading 'Sale to Permira' and the sentence the excerpt breaks off ('In 2003, Tr'; `truncated`; "
 "a cut at a paragraph end), so Permira's purchase is not in the text. No word added or changed. Kept as written: "
 "'Known simply as Travelodge', 'Charles Forte bought the US Travelodge brand with the hope of establishing it in "
 "Britain', 'former Excelsior Motor Lodge branches, a brand of motels owned by Forte', 'These were Little Chef Lodges "
 "which were attached to Little Chef restaurants and was the first chain' ('was' as written), the quotation marks "
 "around 'Forte Travelodge', 'when the Forte Group (formerly Trusthouse Forte) underwent a hostile takeover', 'Granada "
 "merged and then de-merged with Compass Group'. 186 words. No outage and no near-miss of one told. Recorded CC BY-SA "
 "3.0 (the pre-2023 skin; doubtful in that no revision date is held, 2018 being only a lower bound). Found at rank 8 "
 "of the query 'Travelodge UK hotel chain founded 1985 Trusthouse Forte, sold by Compass Group to Permira 2003, Dubai "
 "International Capital, chief executive Grant Hearn'; piglix.com's copy (rank 1; an older revision of about 2011, "
 "'Lord Forte', the same matter) and studymode.com (rank 4) and absoluteastronomy.com (rank 6; link glosses spliced "
 "in) not used; bbctodays.pages.dev, thecaterer.com, hotel-online.com, theguardian.com (ranks 2, 3, 5, 7; copyrighted "
 "news) not used. Travelodge, Excelsior Motor, Little Chef, Trusthouse Forte, Charles Forte: " + CHECKED + " ('Granada' "
 "and 'Compass Group' in batch 40zb's dev text wp-rocco-forte-hotels, which tells Granada's takeover of the Forte Group "
 "from the Forte family's side and does not name Travelodge: another matter, noted as a doubtful call).", "non-US",
 v3=True))

# ---- ferries, England: Red Funnel (the-uncensored-wiki.com static copy, about 2007) -----------------------------------
RF = [
 "Red Funnel or The Southampton, Isle of Wight and South of England Royal Mail Steam Packet Co. Limited is a British "
 "company.",
 "Formed in 1861, its official name remains the longest name for a registered company in the United Kingdom. The "
 "shortened name was quickly adopted after 1935 when all the vessels operated by the company adopted the famous "
 "black-topped red funnel in their livery.",
 "The company originally operated a paddle steamer ferry service between Cowes, Isle of Wight and Southampton, "
 "England. In 1931 they introduced their first diesel ferry, the MV Medina III. The ferries used have steadily "
 "increased in size to the current Scottish built Raptor class of car ferries operated between East Cowes and the Town "
 "Quay in Southampton. The company also operates high speed, passenger only, catamarans between the Town Quay and West "
 "Cowes. Between 1969 and their phasing out during the nineteen-nineties, this route had been served by Italian built "
 "hydrofoils.",
 "During its long history the company has operated other routes connecting the Isle of Wight and mainland England. "
 "Today, two alternative passenger and two alternative vehicle ferry routes are operated by rival companies such as "
 "Wightlink and Hovertravel",
 "In 2001 The company was sold to JP Morgan Partners Inc. by Associated British Ports Holdings who had acquired the "
 "company in 1989 as a White knight to fend off a hostile take over by Sally Lines. In 2004 the company was sold again "
 "in a management buy-out backed by the Royal Bank of Scotland for \u00a360 million.",
 "The company's flag is divided diagonally into quarters of (clockwise from the top): white, green, red, blue. This "
 "derives from the company's four original steamers: The Pearl, The Emerald, The Ruby and The Sapphire. The strapline "
 "of the Red Funnel is The Original Isle of Wight Ferries."]
KEPT["wp-red-funnel"] = ("redfunnel-uncensored.txt", RF)
R.append(wp("wp-red-funnel", "Red Funnel", "http://the-uncensored-wiki.com:20072/r/e/d/Red_Funnel_b721.html",
 "\n\n".join(RF),
 "transport/ferries", ["history", "ownership", "acquisitions"],
 "The article as the-uncensored-wiki.com's static copy holds it in the page store (an old static dump, 'From "
 "Wikipedia, the free encyclopedia' and '[edit]' links; no revision id; nothing after March 2006 in the excerpt, so a "
 "revision of 2006-2007). Cut: the title line 'Red Funnel' and the line 'From Wikipedia, the free encyclopedia'; the "
 "line 'Contents |'; the headings '[edit] History', '[edit] Livery' and '[edit] Notable events'; cut after '... The "
 "Original Isle of Wight Ferries.', before the heading 'Notable events' and the sentence the excerpt breaks off ('On "
 "the 10th March 2006 Red Funnel hit the national headlines after one of'; `truncated`; a cut at a paragraph end), so "
 "the 2006 event is not in the text. The excerpt has no citation markers. No word added or changed. Kept as written: "
 "'Red Funnel or The Southampton, Isle of Wight and South of England Royal Mail Steam Packet Co. Limited', 'Cowes, Isle "
 "of Wight and Southampton, England', 'the current Scottish built Raptor class', 'the nineteen-nineties', 'rival "
 "companies such as Wightlink and Hovertravel' (no full stop: the paragraph ends without one), 'In 2001 The company' "
 "(capital 'The'), 'as a White knight to fend off a hostile take over by Sally Lines', 'a management buy-out backed by "
 "the Royal Bank of Scotland', 'The strapline of the Red Funnel is The Original Isle of Wight Ferries'. 299 words. No "
 "outage and no near-miss of one told. Recorded CC BY-SA 3.0 (a revision of 2006-2007, text from before Wikipedia's "
 "2009 relicensing, covered by it, as batches of sessions 22-27 recorded their the-uncensored-wiki.com dumps of about "
 "2007; doubtful in that no revision id is held and the copy's terms page was not found). Found at rank 6 of the query "
 "'Red Funnel ferry company Isle of Wight Southampton history owned by, acquired by, chief executive'; hubbry.com "
 "(ranks 1, 8) and zims-en.kiwix.campusafrica.gos.orange.com (rank 4; newer renderings whose excerpts break off at "
 "1865, before any owner), primidi.com (rank 2; history section of a later revision, no owner in the excerpt), "
 "zalansite.site (rank 5; wikitext of an edit page) not used; mailing-stuff.com and iwradio.co.uk (ranks 3, 7; "
 "copyrighted news) not used. Red Funnel, Royal Mail Steam Packet, Sally Lines, Associated British Ports, JP Morgan "
 "Partners, Hovertravel: " + CHECKED + " ('Wightlink' and 'Red Funnel' only in GATHERING.md's lists of free names).",
 "non-US", v3=True, copy_of="the Wikipedia article, in a static dump on another site"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[edit]', '[citation needed]'), whitespace
    runs as one space."""
    return " ".join(re.sub(r"\s*\[(\d+|edit|citation needed)\]", "", s).split())


def verify():
    """Each kept paragraph must occur in the saved excerpt, markers dropped and whitespace runs compared as one space;
    returns problems."""
    bad = []
    for rid, (fn, paras) in KEPT.items():
        path = os.path.join(SRC, fn)
        if not os.path.exists(path):
            bad.append(rid + ": no saved excerpt " + path)
            continue
        src = _norm(open(path, encoding="utf-8").read())
        for part in paras:
            if _norm(part) not in src:
                bad.append(rid + ": not in excerpt: " + part[:60])
    return bad


if __name__ == "__main__":
    problems = verify()
    if problems:
        sys.exit("\n".join(problems))
    write_all(R, POOL, dry="--dry" in sys.argv)
