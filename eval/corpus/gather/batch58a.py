#!/usr/bin/env python3
"""Batch 58a (session 55; gatherer lane 58a): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56f, 56h, 56j, 56n, 56p, 57b, 57f, 57g, 57m, 57s,
57w and 57x, taking up leads the batch 57w and 57x rounds left (MicroProse; a Scottish ferry line; local radio; a
North East bus company), new to the corpus: an American video game publisher and developer founded in 1982 by Bill
Stealey and Sid Meier, a subsidiary of Spectrum HoloByte from 1993 and of Hasbro Interactive from 1998, whose
designers Sid Meier, Jeff Briggs and Brian Reynolds left to form Firaxis Games in 1996 and whose intellectual
properties Hasbro Interactive sold to Infogrames in 2001 (video games, US); a family-owned ferry company of Orkney
founded in 1997 by its managing director Andrew Banks, which bought the Caledonian MacBrayne ferry Iona and has run the
Gills Bay - St Margaret's Hope crossing since May 2001 (ferries, Scotland); a Guernsey radio station launched in 1992,
founded by Kevin Stewart (managing director until 2002) and bought by Sir Ray Tindle in February 1998 as the first
station of the Tindle Radio Group (radio, Channel Islands); and a bus company of North East England, formerly the
Northern General Transport Company, bought from the National Bus Company by a management buyout in February 1987,
which bought Gypsy Queen in 1990, split into five subsidiaries in 1991 and was the foundation of the Go-Ahead Group,
which bought OK Motor Services in 1995 (buses, England).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): a Kiwix copy (wikipedia_en_all_maxi_2018-10) of 'MicroProse', en.wikipedia.org's '= Title =' rendering of
'Pentland Ferries' (undated), en.wikipedia-on-ipfs.org's copy of 'Island FM' (a revision of late 2018 or later, before
the copy's snapshot) and encycloreader.org's copy of 'Go North East' (a revision of May 2023 or later); three cut at a
paragraph or sentence end (`truncated`), Island FM whole but for its title, infobox, headings, references heading and
the copy's footer. Edits per item in `notes` (title lines, infobox lines, headings and citation markers cut; no word
added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather59a/src), the markers
('[1]', '[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as batches 57m, 57s and 57x
did. No text tells an outage; three tell near-misses of one (MicroProse's studio closings; Go North East's depot
closings with job losses; an earlier Orkney crossing abandoned in 1989). newskg (or any extractor) was not run on any
text. A round of four: eleven queries on ten companies, seven of them answered with English Wikipedia text (or a
copy of it) on the company, four taken (round notes, /work/notes/gather59/58a.md; queries, /tmp/gather59a/src/queries.txt).
usage: batch58a.py [POOL_DIR] [--dry]   (default /tmp/gather59a/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather59a/pool"
SRC = "/tmp/gather59a/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-55 pools (/tmp/gather59*/pool) and in /work/notes/gather59/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- video games, US: MicroProse (Kiwix copy, wikipedia_en_all_maxi_2018-10) ----------------------------------------
MICROPROSE = [
 "MicroProse Software Inc. was an American video game publisher and developer founded by Bill Stealey and Sid Meier "
 "in 1982. It developed and published numerous games, many of which are regarded as groundbreaking, classics and cult "
 "titles, including starting the Civilization and X-COM series. Most of their internally developed titles were "
 "vehicle simulation and strategy games.",
 "In 1993, the company lost most of their UK-based personnel and became a subsidiary of Spectrum HoloByte. Subsequent "
 "cuts and corporate policies led Sid Meier, Jeff Briggs and Brian Reynolds leaving and forming Firaxis Games in 1996, "
 "as MicroProse closed its ex-Simtex development studio in Austin, Texas. In 1998, following an unsuccessful buyout "
 "attempt by GT Interactive Software, the struggling MicroProse (Spectrum HoloByte) became a wholly owned subsidiary "
 "of Hasbro Interactive and its development studios in Alameda, California and Chapel Hill, North Carolina were "
 "closed the following year. In 2001, MicroProse ceased to exist as an entity and Hasbro Interactive sold the "
 "MicroProse intellectual properties to Infogrames Entertainment, SA. MicroProse UK's former main office in Chipping "
 "Sodbury was closed in 2002, followed by the company's former headquarters in Hunt Valley, Maryland in 2003."]
KEPT["wp-microprose"] = ("microprose-kiwix.txt", MICROPROSE)
R.append(wp("wp-microprose", "MicroProse",
 "https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2018-10/A/MicroProse.html",
 "\n\n".join(MICROPROSE),
 "media/video-games", ["history", "founding", "ownership", "acquisitions"],
 "The article as a Kiwix copy (the wikipedia_en_all_maxi_2018-10 dump, so a revision of October 2018 or a little "
 "earlier) holds it in the page store. Cut: the title line 'MicroProse' (twice, as the copy repeats it); the infobox "
 "lines ('Industry Video game industry', 'Fate Dissolved by parent company, MicroProse brand name now owned by The "
 "Cybergun Group', 'Founded 1982 (1982) (as MicroProse Software Inc.)', 'Defunct 2003 (2003)', 'Headquarters Hunt "
 "Valley, Maryland, U.S. (MicroProse)', 'Alameda, California, U.S. (MicroProse Systems)', 'Key people', 'Sid Meier "
 "and Bill Stealey (co-founders)', 'Stewart Bell, Andy Hollis, Brian Reynolds, Sandy Petersen, Geoff Crammond "
 "(designers)', 'Products Video games, consumer electronics', the three 'Parent' lines (Spectrum HoloByte, Hasbro "
 "Interactive, Infogrames, with years) and 'Website www.microprose.com/ Edit this on Wikidata'), so Stewart Bell, "
 "Andy Hollis, Sandy Petersen, Geoff Crammond, MicroProse Systems and The Cybergun Group are not in the text; cut "
 "after '... in Hunt Valley, Maryland in 2003.', before the paragraph the excerpt breaks off ('The brand was revived "
 "in 2007 when Interactive Game Group acquired it from'; `truncated`; a cut at a paragraph end), so Interactive Game "
 "Group is not in the text. The excerpt has no citation markers. No word added or changed. Kept as written: "
 "'founded by Bill Stealey and Sid Meier in 1982', 'including starting the Civilization and X-COM series', 'the "
 "company lost most of their UK-based personnel and became a subsidiary of Spectrum HoloByte', 'Subsequent cuts and "
 "corporate policies led Sid Meier, Jeff Briggs and Brian Reynolds leaving and forming Firaxis Games in 1996' (so, "
 "'led ... leaving'), 'its ex-Simtex development studio in Austin, Texas', 'following an unsuccessful buyout attempt "
 "by GT Interactive Software', 'the struggling MicroProse (Spectrum HoloByte) became a wholly owned subsidiary of "
 "Hasbro Interactive', 'closed the following year', 'Hasbro Interactive sold the MicroProse intellectual properties to "
 "Infogrames Entertainment, SA', 'MicroProse UK's former main office in Chipping Sodbury'. 189 words. No outage told; "
 "near-misses: the closing of the ex-Simtex studio, of the Alameda and Chapel Hill studios, of the Chipping Sodbury "
 "office and of the Hunt Valley headquarters (business decisions; GUIDELINES, Outages). Recorded CC BY-SA 3.0 (a "
 "revision of 2018, before Wikimedia's move to 4.0 of June 2023). Found at rank 5 of the query 'MicroProse Software, "
 "Inc. was an American video game publisher founded in Hunt Valley, Maryland, acquired by Spectrum HoloByte in 1993, "
 "Wikipedia'; piglix.com's copy (rank 1; the same two paragraphs of an older revision, 'Stewart Bell, Founder "
 "Microprose Europe' in its infobox; saved as microprose-piglix.txt, not used: the Kiwix copy is dated), "
 "4ort.xyz (rank 2; a generated summary), void.ai (rank 3), mobygames.com (ranks 4, 8; copyrighted), "
 "gamechronicles.com (rank 6) and an archive.org search page with wikitext (rank 7) not used. MicroProse, Sid Meier, "
 "Bill Stealey, Spectrum HoloByte, Firaxis, Jeff Briggs, Simtex, Hasbro Interactive, Interactive Game Group, "
 "Chipping Sodbury, Civilization series: " + CHECKED + " ('MicroProse', 'Sid Meier', 'Bill Stealey', 'Spectrum "
 "HoloByte', 'Firaxis' and 'Hasbro Interactive' only in GATHERING.md's batch 57a and 57w leads and not-used lines; 'GT "
 "Interactive' in batch 57a's Ubisoft Reflections text, 'Infogrames' in batch 55zd's Eden Games and Sumo Group texts, "
 "'Brian Reynolds' in batch 51a's unrelated CFTC text and 'Hunt Valley' in batch 18e2's Federal Reserve list, all "
 "other matters; 'X-COM' matches 'Logix-Com...' in FCC texts, case-insensitively).",
 "US", v3=True, copy_of="the Wikipedia article, the Kiwix dump wikipedia_en_all_maxi_2018-10"))

# ---- ferries, Scotland: Pentland Ferries (en.wikipedia.org '= Title =' rendering, undated) ---------------------------
PENTLAND = [
 "Pentland Ferries is a privately owned, family company which has operated a ferry service between Gills Bay in "
 "Caithness, Scotland and St Margaret's Hope on South Ronaldsay in Orkney since May 2001. The company is one of only "
 "two major vehicle ferry operators within Scotland not owned by, or contracted to run a public service for, the "
 "Scottish Government or local authorities.",
 "Pentland Ferries was founded by its present managing director, Andrew Banks, in 1997. In October that year he "
 "purchased the Caledonian MacBrayne passenger and vehicle ferry Iona. Banks obtained a 99-year lease on the Gills "
 "Bay terminal, about 3 mi west of John o' Groats. After two years work improving the site, and further work at St "
 "Margaret's Hope, he started operating the short sea crossing with Pentalina B in May 2001. The service operates "
 "year-round with the custom built passenger and vehicle catamaran Pentalina.",
 "An earlier attempt to operate the short sea crossing between Caithness and Orkney had been abandoned in 1989, mainly "
 "because of the exposed conditions at Gills Bay.",
 "Andrew Banks was recognised in the 2014 New Year Honours and in March 2014 was appointed an OBE by Queen Elizabeth "
 "II for \"services to transport and the community in Orkney\"."]
KEPT["wp-pentland-ferries"] = ("pentland-enwiki.txt", PENTLAND)
R.append(wp("wp-pentland-ferries", "Pentland Ferries", "https://en.wikipedia.org/wiki/Pentland_Ferries",
 "\n\n".join(PENTLAND),
 "transport/ferries", ["history", "founding", "leadership"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "revision of 2021 or later: its fleet list gives a former vessel's years as '2015\u20132021'). Cut: the title line "
 "'= Pentland Ferries =' and the line 'Pentland Ferries'; the infobox lines ('- Logo: Pentland ferries logo.png', "
 "'- Type: Private', '- Foundation: 1997', '- Location: St Margaret\u2019s Hope, Scotland', '- Area Served: Pentland "
 "Firth', '- Key People: Andrew Banks', '- Industry: Transport', '- Homepage: pentlandferries.co.uk'); the heading "
 "'==History=='; cut after '... \"services to transport and the community in Orkney\".', before the heading "
 "'==Fleet==' and the fleet lists, whose vessel names the rendering drops ('- , since 2019', 'The current catamaran "
 "ferry, , was built ...'; `truncated`; a cut at a paragraph end). The excerpt has no citation markers. No word added "
 "or changed. Kept as written: 'a privately owned, family company', 'one of only two major vehicle ferry operators "
 "within Scotland not owned by, or contracted to run a public service for, the Scottish Government or local "
 "authorities', 'founded by its present managing director, Andrew Banks, in 1997', 'In October that year he purchased "
 "the Caledonian MacBrayne passenger and vehicle ferry Iona', 'a 99-year lease on the Gills Bay terminal, about 3 mi "
 "west of John o' Groats' ('3 mi', the rendering's unit template), 'After two years work' (no apostrophe), 'custom "
 "built' (no hyphen), 'was appointed an OBE by Queen Elizabeth II'. 205 words. No outage told; a near-miss: 'An earlier "
 "attempt to operate the short sea crossing between Caithness and Orkney had been abandoned in 1989' (an abandoned "
 "venture, no provider named). Recorded CC BY-SA 4.0 (a recent revision as en.wikipedia.org rendered it, as batches "
 "56j, 56p, 57b, 57g, 57m and 57x recorded their '= Title =' renderings; doubtful in that no revision date is held, "
 "2021 being only a lower bound). Found at rank 2 of the query 'Pentland Ferries is a ferry company operating between "
 "Gills Bay and St Margaret's Hope, Orkney, founded by Andrew Banks'; pentlandferries.co.uk (ranks 1, 8; the "
 "company's own pages, copyrighted), absoluteastronomy.com and alchetron.com (ranks 3, 4; older copies with link "
 "glosses or page furniture spliced in), scotsman.com, a blogspot copy of a Times article and birlinn.co.uk (ranks 5-7; "
 "copyrighted) not used. Pentland Ferries, Andrew Banks, Pentalina, Gills Bay, St Margaret's Hope: " + CHECKED + " "
 "('Pentland Ferries' only in GATHERING.md's batch 57x leads; 'Caledonian MacBrayne' in batch 17b's Hansard debate on "
 "Ferguson Marine, another matter).", "non-US"))

# ---- radio, Channel Islands: Island FM (en.wikipedia-on-ipfs.org copy) ------------------------------------------------
ISLANDFM = [
 "Island FM is an Independent Local Radio station broadcasting across the Bailiwick of Guernsey on 104.7FM and 93.7FM "
 "in Alderney. Launched in 1992, Island FM remains the sole commercial station in the island and continues to be "
 "extremely successful with high listenership figures.",
 "Island FM, along with Channel 103 in Jersey were merged with the Midlands 103 in Ireland in 2013 as part of an "
 "internal split within the Tindle group.",
 "The music aired on Island FM consists mainly of popular music, from the 1980s to present day.",
 "Listening figures under a 2018 survey showed that out of a population of 53,000 adults, 31,000 listened each week, "
 "at an average of 11.6 hours per person giving a 37% market share.",
 "Founded by Kevin Stewart, who remained managing director until 2002.",
 "In February 1998 Sir Ray Tindle acquired Island FM and the station became the first part of the Tindle Radio Group, "
 "which now owns Jersey's Channel 103.",
 "The station's logo was changed in December 2002 and again in July 2014.",
 "October 2018 - 37% market share"]
KEPT["wp-island-fm"] = ("islandfm-ipfs.txt", ISLANDFM)
R.append(wp("wp-island-fm", "Island FM", "https://en.wikipedia-on-ipfs.org/wiki/Island_FM",
 "\n\n".join(ISLANDFM),
 "media/radio", ["history", "founding", "leadership", "ownership"],
 "The article as en.wikipedia-on-ipfs.org's copy holds it in the page store (no date or revision id held; a revision "
 "of October 2018 or later, naming a 2018 survey and 'October 2018', and older than the current article, which "
 "wikiwand.com's copy (rank 2 of the second query named below) shows with DAB transmissions of 2021 and Bauer's Hits Radio network). Cut: "
 "the title line 'Island FM'; the infobox lines ('Island FM', 'CityGuernsey', 'Broadcast areaBailiwick of Guernsey', "
 "'Frequency104.7 FM and 93.7 FM in Alderney', 'Programming', 'FormatContemporary adult hits, news and information.', "
 "'Ownership', 'OwnerTindle CI Broadcasting', 'Channel 103', 'Midlands 103', 'History', 'First air date', 'October 15, "
 "1992', 'Links', 'WebsiteIsland FM'), so Tindle CI Broadcasting and the first air date are not in the text; the "
 "heading 'History'; the citation markers ('[1]', '[2][3]', '[4]'); the heading 'References' and the copy's footer "
 "('This article is issued from Wikipedia. The text is licensed under Creative Commons - Attribution - Sharealike. "
 "Additional terms may apply for the media files.'). The whole article text is kept (not `truncated`); its paragraphs "
 "are joined with blank lines as in the copy. No word added or changed. Kept as written: '104.7FM and 93.7FM' (no "
 "space), 'the sole commercial station in the island', 'Island FM, along with Channel 103 in Jersey were merged with "
 "the Midlands 103 in Ireland in 2013 as part of an internal split within the Tindle group' (so, 'were', lower-case "
 "'group'), 'Founded by Kevin Stewart, who remained managing director until 2002.' (a sentence without a subject), 'In "
 "February 1998 Sir Ray Tindle acquired Island FM' (no comma), 'which now owns Jersey's Channel 103', the last line "
 "'October 2018 - 37% market share' (a list line of the article's history section, kept as written). 176 words. No "
 "outage and no near-miss of one told. Recorded CC BY-SA 3.0 (a revision of 2018-2021 as the IPFS copy holds it, "
 "before Wikimedia's move to 4.0 of June 2023; the copy's footer names the licence without a version). Found at rank "
 "4 of the query 'Isle of Wight Radio is an Independent Local Radio station for the Isle of Wight, launched in 1990, "
 "owned by' (which found no Wikipedia text on Isle of Wight Radio) and again at rank 1 of the query 'Island FM is an "
 "Independent Local Radio station broadcasting across the Bailiwick of Guernsey, founded by Kevin Stewart, acquired by "
 "Tindle' (the same copy, the infobox as a table, no footer); wikiwand.com (rank 2 of that query; 'Remove ads' and a "
 "maintenance banner spliced in), islandfm.com and redtech.pro (ranks 3, 5; copyrighted), de.knowledgr.com (rank 4; "
 "German), sagapedia.com and iiab.me's Kiwix copy of 'Tindle Radio Group' (ranks 6, 8; another article, on the group) "
 "not used. Island FM, Kevin Stewart, Ray Tindle, Tindle Radio, Midlands 103: " + CHECKED + " ('Tindle' and 'Channel "
 "103' only in GATHERING.md's leads; 'Bailiwick of Guernsey' in batch 57m's Aurigny text, another matter).",
 "non-US", v3=True, copy_of="the Wikipedia article, the IPFS mirror en.wikipedia-on-ipfs.org"))
R[-1]["truncated"] = False

# ---- buses, England: Go North East (encycloreader.org copy, a revision of May 2023 or later) -------------------------
GNE = [
 "Go North East operates both local and regional bus services in County Durham, Cumbria, Northumberland, North "
 "Yorkshire and Tyne and Wear, England. It was previously known as the Northern General Transport Company and "
 "Go-Ahead Northern. The company was the foundation of today's Go-Ahead Group, which now operates bus and rail "
 "services across the United Kingdom, as well as Germany, Ireland, Norway and Singapore.",
 "In October 1986, at the time of bus deregulation in Great Britain, the company operated from fourteen depots: "
 "Chester-le-Street, Consett, Gateshead, High Spen, Houghton-le-Spring, Jarrow, Murton, Percy Main, South Shields, "
 "Stanley, Sunderland, Wallsend, Washington and Winlaton.",
 "As part of the privatisation of the National Bus Company, a management buyout led by Chris Moyes and Martin "
 "Ballinger saw the purchase of the Northern General Transport Company in February 1987.",
 "Early expansion saw the acquisition of a number of smaller competing bus operators in the region, including Langley "
 "Park-based Gypsy Queen in January 1990.",
 "In February 1990, the company's Murton depot was closed, with the loss of 20 jobs. The remaining 109 staff were "
 "redeployed to other nearby depots in Houghton-le-Spring and Sunderland. In September 1990, the loss-making depot at "
 "Jarrow, and High Spen, which was making a marginal profit, were closed. Following the closures, a total of 20 jobs "
 "were lost, with a further 150 staff redeployed.",
 "By January 1991, the parent company was split into five separate subsidiary companies: Coastline, Go-Ahead "
 "Gateshead, Go-Ahead Northern, VFM and Wear Buses.",
 "In March 1995, the Go-Ahead Group acquired Bishop Auckland-based OK Motor Services for \u00a35.4 million."]
KEPT["wp-go-north-east"] = ("gne-encycloreader.txt", GNE)
R.append(wp("wp-go-north-east", "Go North East", "https://encycloreader.org/r/wikipedia.php?q=Go_North_East",
 "\n\n".join(GNE),
 "transport/buses", ["history", "ownership", "acquisitions", "subsidiaries"],
 "The article as encycloreader.org's copy holds it in the page store (no date or revision id held; a revision of May "
 "2023 or later: its infobox gives the fleet 'at 28 May 2023'). Cut: the infobox lines, held as a table ('Parent | "
 "Go-Ahead Group |', '---|---|', 'Founded | February 1987 |', 'Headquarters | Gateshead, Tyne and Wear England |', "
 "'Service area | |', 'Service type | Bus and coach |', 'Depots | 7 |', 'Fleet | 599 (at 28 May 2023) |', 'Managing "
 "Director | Nigel Featham |', 'Website | www |'), so the managing director Nigel Featham and the infobox's parent are "
 "not in the text; the citation markers ('[1]' to '[11]'); cut after '... OK Motor Services for \u00a35.4 million.', "
 "before the sentence the excerpt breaks off ('Following the acq'; `truncated`; a cut inside a paragraph, at a "
 "sentence end). The copy has no title line and no headings (en.wikipedia.org's rendering has '=== 1980s: "
 "Post-deregulation ===' and '=== 1990s: Early expansion ==='); its single-line paragraphs are joined with blank lines. "
 "No word added or changed. Kept as written: 'It was previously known as the Northern General Transport Company and "
 "Go-Ahead Northern', 'The company was the foundation of today's Go-Ahead Group', 'at the time of bus deregulation in "
 "Great Britain', the fourteen depot towns, 'a management buyout led by Chris Moyes and Martin Ballinger saw the "
 "purchase of the Northern General Transport Company', 'Langley Park-based Gypsy Queen', 'the loss-making depot at "
 "Jarrow, and High Spen', 'the parent company was split into five separate subsidiary companies: Coastline, Go-Ahead "
 "Gateshead, Go-Ahead Northern, VFM and Wear Buses', 'Bishop Auckland-based OK Motor Services for \u00a35.4 million'. "
 "256 words. No outage told; near-misses: the closing of the Murton, Jarrow and High Spen depots 'with the loss of 20 "
 "jobs' (business decisions, no service said to be lost; GUIDELINES, Outages). Recorded CC BY-SA 4.0 (a revision of "
 "May 2023 or later; doubtful in that a revision of the weeks before Wikimedia's move to 4.0 of June 2023 is "
 "possible, and both licences allow the reuse with attribution). Found at rank 5 of the query 'Go North East is a bus "
 "operator in North East England, a subsidiary of the Go-Ahead Group, formerly Northern General Transport'; "
 "en.wikipedia.org's '= Title =' rendering (rank 1; the same revision but for the managing director, Ben Gilligan, "
 "its excerpt breaking off before the 1991 split and the OK Motor Services purchase; saved as gne-enwiki.txt, not "
 "used), an older en.wikipedia.org 'Jump to: navigation' rendering (rank 2; chief executive Kevin Carr in the "
 "infobox only; Gypsy Queen 'in 1989', Low Fell Coaches), theinfolist.com (rank 3; link glosses spliced in), a Kiwix "
 "copy of 2020-06 (rank 4; East Yorkshire Motor Services), utasch.com, mynewsdesk.com and gonortheast.co.uk (ranks "
 "6-8; news and the company's pages) not used. Go North East, Northern General Transport, Go-Ahead Northern, Go-Ahead "
 "Gateshead, Wear Buses, Gypsy Queen, OK Motor Services, Chris Moyes, Martin Ballinger, Langley Park, Nigel Featham: "
 + CHECKED + " ('Go North East' only in GATHERING.md's batch 57x leads; 'Go-Ahead' in texts on other matters, among "
 "them a Hansard answer on Thameslink and Southern, the Chiltern Railways and EZ-Link texts; 'Coastline' matches "
 "unrelated words).", "non-US",
 copy_of="the Wikipedia article, encycloreader.org's reader"))


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
