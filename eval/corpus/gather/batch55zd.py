#!/usr/bin/env python3
"""Batch 55zd (session 54; gatherer lane 55zd): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x and 55za, turned to mid-size companies in aerospace and video games:
a Canadian aerospace maker formed in 1996 from the remains of Fleet Industries (a subsidiary of Fleet Aerospace), buyer
in the 1990s of Orenda Engines, Bristol Aerospace, Chicopee Manufacturing, Haley Industries and five US companies, and
of the assets of Mayflower Aerospace, which became Magellan Aerospace UK (aerospace, Canada); a British video game
developer founded in 1987 by Tim Ansell, which worked with Electronic Arts under the EA Sports brand and was bought by
Sega in March 2005 (video games, UK); and a British video game holding company formed in December 2017 as the parent of
Sumo Digital (founded in 2003 by four former members of Infogrames Studios, bought by Foundation 9 Entertainment, bought
back in a management buyout) and Atomhawk, chaired by Ian Livingstone from 2015 to 2022, buyer of Pipeworks Studios
and Auroch Digital, wholly acquired by Tencent (through its subsidiary Sixjoy Hong Kong Limited) in January 2022 (video
games, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): the-uncensored-wiki.com's static copy of 'Magellan Aerospace' (a revision of about 2006: the infobox's 2005
figures), en.wikipedia.org's older full-page rendering of 'Creative Assembly' (at the address of the redirect 'The
Creative Assembly'; a revision of about 2015-2016: 'currently working on ... Halo Wars 2') and hubbry.com's copy of
'Sumo Group' ('from Wikipedia'; a revision of about 2024-2025); each cut at a sentence end (`truncated`). Edits per
item in `notes` (site lines, infobox lines, headings, edit links and citation markers cut; no word added or changed);
`verify()` checks every kept paragraph against the saved excerpt (/tmp/gather56zd/src), the markers ('[1]', '[edit]')
dropped and whitespace runs compared as one space, as batches 55e, 55i, 55p, 55x and 55za did. No text tells an outage
and none tells a near-miss of one. newskg (or any extractor) was not run on any text. A round of three: eleven
queries, three of them answered with English Wikipedia text on a company not yet in the corpus that was taken (round
notes, /work/notes/gather56/55zd.md).
usage: batch55zd.py [POOL_DIR] [--dry]   (default /tmp/gather56zd/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather56zd/pool"
SRC = "/tmp/gather56zd/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-54 pools (/tmp/gather56*/pool) and in /work/notes/gather56/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- aerospace, Canada: Magellan Aerospace (the-uncensored-wiki.com's static copy, a revision of about 2006) --------
MAGELLAN = [
 "Magellan Aerospace (TSX: MAL) is a Canadian manufacturer of advanced aerospace systems and components. Magellan also "
 "repairs and overhauls, tests, and provides aftermarket support services for a variety of engines, and engine "
 "structural components. The company's integrated business units are divided into these product areas: aeroengines, "
 "aerostructures, rockets and space, and specialty products. Its corporate offices in Mississauga, Ontario, Magellan "
 "operates in facilities throughout Canada, the United States, and the United Kingdom.",
 "Magellan formed in 1996 from the remains of Fleet Industries, a subsidiary of the US-based Fleet Aerospace located "
 "in Fort Erie, Ontario. They produced a number of products and services for the Canadian military, as well as "
 "considerable amounts of subassembly for various aviation companies.",
 "Through the 1990s, Magellan aggressively expanded its portfolio, buying a number of Canadian aviation companies. "
 "These included Orenda Engines in Toronto, Bristol Aerospace of Winnipeg, Chicopee Manufacturing in Kitchener, "
 "Ontario and Haley Industries. Several US companies were also added, including Aeronca (formerly part of the "
 "US-based portions of Fleet), AMBEL Precision Manufacturing, Ellanef Manufacturing, Middleton Aerospace and Presto "
 "Casting. They also purchased the assets of Mayflower Aerospace in England, becoming Magellan Aerospace UK in 2003.",
 "Through their Orenda division, Magellan attempted to bring a new 600hp general aviation engine to market, the "
 "Orenda OE600."]
KEPT["wp-magellan-aerospace"] = ("magellan-uncensored.txt", MAGELLAN)
R.append(wp("wp-magellan-aerospace", "Magellan Aerospace",
 "http://the-uncensored-wiki.com:20061/m/a/g/Magellan_Aerospace_4848.html",
 "\n\n".join(MAGELLAN),
 "aerospace", ["history", "founding", "acquisition", "subsidiary"],
 "The article as the-uncensored-wiki.com's static copy of English Wikipedia holds it in the page store (undated, no "
 "revision id; a revision of about 2006: 'From Wikipedia, the free encyclopedia', the infobox's revenue and net "
 "income for 2005; batch 25b took this site's 2006 copy of 'Haier' the same way). en.m.wikipedia.org's rendering of "
 "the article (rank 4 of the same query; a revision of about 2021, '25 years ago') was not used: it drops the list "
 "of bought Canadian companies after 'These included:' (a list the page store does not keep), so its history reads "
 "broken (batch 55za found the same). Cut: the title line 'Magellan Aerospace' and the site line 'From Wikipedia, the "
 "free encyclopedia'; the infobox lines ('Magellan Aerospace Corp.', 'Type Public', 'TSX: MAL', 'Founded 1996', "
 "'Headquarters Mississauga, Ontario', 'Key people N. Murray Edwards (Chairman), Richard A. Neill (CEO), Brian A. "
 "Little (Senior Vice President)', industry, revenue, net income, employees, website), so the chairman, the CEO and "
 "the senior vice president are not in the text; the line 'Contents'; the heading '[edit] History' (with its edit "
 "link); cut after 'Through their Orenda division, Magellan attempted to bring a new 600hp general aviation engine "
 "to market, the Orenda OE600.', before the sentence the excerpt breaks off ('This engine had originally been "
 "designed'; `truncated`; a cut inside a paragraph, at a sentence end). The kept text holds no citation markers. "
 "Whitespace only: the copy's paragraph breaks kept as blank lines. No word added or changed. Kept as written: "
 "'Magellan Aerospace (TSX: MAL) is a Canadian manufacturer of advanced aerospace systems and components', 'Its "
 "corporate offices in Mississauga, Ontario, Magellan operates in facilities throughout Canada' (so worded), "
 "'Magellan formed in 1996 from the remains of Fleet Industries, a subsidiary of the US-based Fleet Aerospace', "
 "'They produced' (the plural), 'considerable amounts of subassembly', 'Through the 1990s, Magellan aggressively "
 "expanded its portfolio, buying a number of Canadian aviation companies. These included ...', 'Chicopee "
 "Manufacturing in Kitchener, Ontario and Haley Industries' (no comma before 'and'), 'Aeronca (formerly part of the "
 "US-based portions of Fleet)', 'They also purchased the assets of Mayflower Aerospace in England, becoming Magellan "
 "Aerospace UK in 2003.', 'a new 600hp general aviation engine' ('600hp' run together). 211 words. No outage and no "
 "near-miss of one told. Recorded CC BY-SA 3.0 (a revision of about 2006, first published under the GFDL and "
 "relicensed with every revision in 2009, as batch 25b recorded its 2006 copy). Doubtful: the site is an unofficial "
 "static mirror; its terms were not found. Found at rank 2 of the query 'Magellan Aerospace history Fleet Industries "
 "Orenda acquired Wikipedia'; company-histories.com's and encyclopedia.com's International Directory of Company "
 "Histories text (ranks 1, 3; copyrighted), a Globe & Mail article reposted on a forum (ranks 5, 6), a Nova Scotia "
 "government release (rank 7) and a company release (rank 8) not used. Magellan Aerospace, Fleet Industries, Fleet "
 "Aerospace, Orenda, Bristol Aerospace, Haley Industries, Aeronca, Ellanef, Middleton Aerospace, Mayflower Aerospace: "
 + CHECKED + " (batch 55za's section names Magellan Aerospace and its bought companies only as a lead, 'not "
 "claimed').", "non-US", v3=True,
 copy_of="the Wikipedia article, a 2006 revision on an old static mirror"))

# ---- video games, UK: Creative Assembly (en.wikipedia.org, an older rendering of about 2015-2016) ------------------
CREATIVE = [
 "Creative Assembly is a British video game developer established in 1987 by Tim Ansell and based in the West Sussex "
 "town of Horsham. An Australian branch was operated from Fortitude Valley, Queensland (Sega Studios Australia). In "
 "its early years, the company worked on porting games to DOS from Amiga and ZX Spectrum platforms, later working "
 "with Electronic Arts to produce a variety of games under the EA Sports brand. In 1999, the company had sufficient "
 "resources to attempt a new and original project, proceeding to develop the strategy computer game Shogun: Total "
 "War which was highly successful for the Creative Assembly and is regarded as a benchmark strategy game. Subsequent "
 "titles in the Total War series built on the triumph of Shogun: Total War, increasing the company's critical and "
 "commercial success.",
 "In March 2005, Creative Assembly was acquired by Sega as a European subsidiary. Under Sega, further Total War titles "
 "were developed, and Creative Assembly entered the console market with action-adventure games such as Spartan: "
 "Total Warrior, Viking: Battle for Asgard and Alien: Isolation. The company is currently working on three different "
 "Total War projects and Halo Wars 2.",
 "Creative Assembly was founded on 18 August 1987 as a limited company. The founder, Tim Ansell, had begun "
 "professional computer programming in 1985, working on video game titles for the Amstrad CPC, Commodore 64 and "
 "Atari 800."]
KEPT["wp-creative-assembly"] = ("creative-enwiki.txt", CREATIVE)
R.append(wp("wp-creative-assembly", "Creative Assembly", "https://en.wikipedia.org/wiki/The_Creative_Assembly",
 "\n\n".join(CREATIVE),
 "video games", ["history", "founding", "acquisition"],
 "The article as en.wikipedia.org's older full-page rendering holds it in the page store, at the address of the "
 "redirect 'The_Creative_Assembly' ('(Redirected from The Creative Assembly)'; undated, no revision id; a revision "
 "of about 2015-2016: 'The company is currently working on three different Total War projects and Halo Wars 2', a "
 "game announced in 2015 and released in 2017, and the older 'Jump to: navigation, search' layout). Newer copies "
 "(ranks 3, 4: a movatter.jp proxy whose words run together, 'Britishvideo game', and a proxy of the current "
 "rendering) and a fan wiki's copy of an older text (rank 2) not used. Cut: the title line 'Creative Assembly'; the "
 "site lines 'From Wikipedia, the free encyclopedia', '(Redirected from The Creative Assembly)' and 'Jump to: "
 "navigation, search'; the infobox lines ('Creative Assembly Ltd.', 'Subsidiary of Sega', industry, 'Founded 18 "
 "August 1987[1]', 'Founder Tim Ansell', 'Headquarters Horsham, West Sussex, United Kingdom', 'Key people', 'Tim "
 "Ansell', 'Michael Simpson', 'Al Bickham', 'Products Total War series', 'Owner Independent (1987-2005)', 'Sega "
 "Sammy Holdings (2005-present)', employees, 'Parent Sega'), so Michael Simpson, Al Bickham and Sega Sammy Holdings "
 "are not in the text; the empty lines where the rendering drops its contents box and the heading of the history "
 "section (none printed in the excerpt); cut after 'working on video game titles for the Amstrad CPC, Commodore 64 "
 "and Atari 800.', before the sentence the excerpt breaks off ('Initially, Ansell kept the company small so he "
 "could personally work on computer pro'; `truncated`; a cut inside a paragraph, at a sentence end). The kept text "
 "holds no citation markers. No word added or changed. Kept as written: 'established in 1987 by Tim Ansell and "
 "based in the West Sussex town of Horsham', 'An Australian branch was operated from Fortitude Valley, Queensland "
 "(Sega Studios Australia).', 'porting games to DOS from Amiga and ZX Spectrum platforms', 'later working with "
 "Electronic Arts to produce a variety of games under the EA Sports brand', 'the strategy computer game Shogun: Total "
 "War which was highly successful for the Creative Assembly' (no comma before 'which'; 'the Creative Assembly' beside "
 "'Creative Assembly'), 'Subsequent titles in the Total War series built on the triumph', 'acquired by Sega as a "
 "European subsidiary', 'The company is currently working on', 'The founder, Tim Ansell, had begun', 'the Amstrad "
 "CPC, Commodore 64 and Atari 800'. 226 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (a "
 "revision of about 2015-2016, before Wikimedia's move to 4.0 of June 2023). Found at rank 1 of the query 'The "
 "Creative Assembly history founded Tim Ansell acquired by Sega 2005 Wikipedia'; an edit page of a MediaWiki copy "
 "(rank 6; wikitext) and news and features (ranks 5, 7, 8; copyrighted) not used. Creative Assembly, Tim Ansell, "
 "Sega Studios Australia: " + CHECKED + ".", "non-US", v3=True,
 copy_of="the Wikipedia article, an older revision as en.wikipedia.org rendered it"))

# ---- video games, UK: Sumo Group (hubbry.com's copy, a revision of about 2024-2025) --------------------------------
SUMO = [
 "Sumo Group Limited is a British video game holding company based in Sheffield. It was formed in December 2017 as "
 "the parent company for Sumo Digital and Atomhawk, followed by its initial public offering on the London Stock "
 "Exchange later that month. After purchasing a minority stake in Sumo Group in November 2019, Tencent wholly "
 "acquired the company in January 2022.",
 "Carl Cavers, Paul Porter, Darren Mills and James North-Hearn, four former members of the defunct Infogrames "
 "Studios, established the developer Sumo Digital in 2003. It was bought by Foundation 9 Entertainment in March 2008 "
 "before Cavers, Porter, Mills and Chris Stockwell completed a management buyout of the studio in November 2014. Ian "
 "Livingstone served as chairman from 2015 to 2022. In December 2017, Sumo Group was formed in December 2017 as the "
 "parent company for Sumo Digital and its Atomhawk subsidiary. Sumo Group had its initial public offering on the "
 "London Stock Exchange's (LSE) AIM market later that month.",
 "In November 2019, the Chinese conglomerate Tencent acquired 15 million shares of Sumo Group, representing a 10% "
 "stake. Sumo Group acquired Pipeworks Studios in October 2020 and opened a publishing label, Secret Mode, in March "
 "2021. In July that year, Tencent and Sumo Group agreed that Tencent would, through its subsidiary Sixjoy Hong Kong "
 "Limited, wholly acquire the company for \u00a35.13 per share (143.3% of the shares' previous closing price of "
 "\u00a33.58), totalling \u00a3919 million. At the time, Tencent was Sumo Group's second-largest shareholder at 8.75%.",
 "In September 2021, Sumo Group acquired Auroch Digital, a Bristol-based developer, \u00a36 million."]
KEPT["wp-sumo-group"] = ("sumo-hubbry.txt", SUMO)
R.append(wp("wp-sumo-group", "Sumo Group", "https://www.hubbry.com/Sumo_Group",
 "\n\n".join(SUMO),
 "video games", ["history", "founding", "ownership", "acquisition", "leadership"],
 "The article as hubbry.com's copy holds it in the page store ('Sumo Group from Wikipedia'; undated, no revision id; "
 "a revision of about 2024-2025: its lead has 'Tencent wholly acquired the company in January 2022' and 'Ian "
 "Livingstone served as chairman from 2015 to 2022', but neither the sentence on Secret Mode that wikimili.com's copy "
 "of 2023-2024 has in its lead nor the 'ceased to exist in 2025' of mediated.wiki's revision 1343093318). "
 "wikimili.com's copy (rank 7 of the first Sumo query; saved as sumo-wikimili.txt) holds the same history word for "
 "word, with one more sentence in its lead, but breaks off earlier ('In Septemb'); enwikipedia.net's older revision "
 "(2021-2022, no chairman sentence), wikiclassic.com's garbled copy ('izz', 'fer', 'inner') and mediated.wiki's "
 "markdown (links written inline, breaks off in the history) not used. Cut: the site's lines ('Hubbry Logo', 'Sumo "
 "GroupSumo GroupMain', 'Open search', 'Community hub', 'logo', '8 pages, 0 posts', '0 subscribers', 'Be the first "
 "to start a discussion here.' twice, 'Sumo Group' thrice, 'from Wikipedia'); the line 'Key Information' (where the "
 "copy drops its infobox, so no CEO is in the text); the heading 'History' and its '[edit]'; the citation markers "
 "'[2]' to '[13]'; cut after 'In September 2021, Sumo Group acquired Auroch Digital, a Bristol-based developer, "
 "\u00a36 million.', before the sentence the excerpt breaks off ('Tencent's acquisition was approved by'; "
 "`truncated`; a cut inside a paragraph, at a sentence end), so the approval of Tencent's purchase and the later "
 "history are not in the text. No word added or changed. Kept as written: 'a British video game holding company "
 "based in Sheffield', 'formed in December 2017 as the parent company for Sumo Digital and Atomhawk', 'After "
 "purchasing a minority stake in Sumo Group in November 2019, Tencent wholly acquired the company in January 2022', "
 "'four former members of the defunct Infogrames Studios, established the developer Sumo Digital', 'It was bought by "
 "Foundation 9 Entertainment in March 2008 before Cavers, Porter, Mills and Chris Stockwell completed a management "
 "buyout of the studio', 'Ian Livingstone served as chairman from 2015 to 2022.' (no company named in the sentence), "
 "'In December 2017, Sumo Group was formed in December 2017' (the date twice), 'the London Stock Exchange's (LSE) AIM "
 "market', 'opened a publishing label, Secret Mode', 'In July that year', 'through its subsidiary Sixjoy Hong Kong "
 "Limited', '(143.3% of the shares' previous closing price of \u00a33.58)', 'Auroch Digital, a Bristol-based "
 "developer, \u00a36 million' (so worded, no 'for'). 259 words. No outage and no near-miss of one told. Recorded CC "
 "BY-SA 4.0 (a revision of about 2024-2025; doubtful: the copy is undated, and a revision of before June 2023 would "
 "be 3.0). Found at rank 5 of the query 'Sumo Digital British video game developer Sheffield Carl Cavers Paul Porter "
 "Foundation 9 management buyout Wikipedia'; a fan wiki's page on Sumo Digital (rank 1), the developer's own page "
 "(rank 2; copyrighted), a railway.app page of machine-written text (rank 3) and news (first query, ranks 1, 3, 6, 8) "
 "not used. Sumo Group, Sumo Digital, Atomhawk, Pipeworks, Secret Mode, Sixjoy, Foundation 9, Carl Cavers, "
 "Infogrames Studios, Auroch: " + CHECKED + " (GATHERING.md names 'Sumo Group/Tencent (news)' only among texts "
 "looked at and not used by an early batch; 'Ian Livingstone' is in one test file and batch 16f's scripts, a 2006 "
 "parliamentary committee text on the games industry, another matter).", "non-US",
 copy_of="the Wikipedia article, hubbry.com's copy 'from Wikipedia'"))


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
