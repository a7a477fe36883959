#!/usr/bin/env python3
"""Batch 66k (session 60; gatherer lane 66k): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-65r, kept to a Norwegian computer maker, an American online service and an American software
publisher that no longer exist on their own, new to the corpus: Norsk Data (ND), the minicomputer maker
established as A/S Nordata \u2013 Norsk Data-Elektronikk on 7 July 1967 by Lars Monrad-Krohn, Rolf Sk\u00e5r and
Per Bj\u00f8rge, engineers of the Norwegian Defence Research Establishment, its first contract a Nord-1 for
Norcontrol, its deliveries to CERN, its Sintran, Nord-5, Notis, ND-500 and Ndix,
buyer of Tandberg in 1978 and seller of it in 1980 (computers, Norway);
Quantum Link (Q-Link), the online service for the Commodore 64 and 128 from November 5, 1985, operated by Quantum
Computer Services of Vienna, Virginia, which later became America Online, built on the PlayNET system that Control
Video Corporation licensed, with its named features (online services, US); and VisiCorp, the software publisher
founded in 1977 by Dan Fylstra as Personal Software, merged in 1978 with Peter R. Jennings's Micro-Ware of Toronto,
publisher of Microchess, VisiCalc and Visi On, renamed in 1982, with its alumni who went on to found or run named
companies (software, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): review.clateway.com's copy of 'History of Norsk Data' (undated, a recent revision), en.wikipedia.org's own
'= Title =' rendering of 'Quantum Link' (recent) and wikimili.com's copy of 'VisiCorp' (undated, a recent revision);
each cut at a sentence or paragraph end before the sentence its excerpt breaks off in (`truncated`). Edits per item in
`notes` (a title line, wikimili.com's 'Last updated' line, the infobox lines and citation markers cut; paragraphs
joined with blank lines; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt
(/tmp/gather67k/src), the markers ('[1]', '[edit]', '[citation needed]') dropped and whitespace runs compared as one
space, as batches 55e-65r did. No text tells an outage; one tells a near-miss of one (Q-Link 'terminated on November
1, 1995, in favor of the America Online brand' and 'normally open weekday evenings and all day on weekends': a
service retired by its operator and its opening hours, no failure). newskg (or any extractor) was not run on any
text. A round of three: six queries, three answered with English Wikipedia text on a company or service not yet in
the corpus and were taken, the rest left (round notes, /work/notes/gather67/66k.md; queries,
/tmp/gather67k/src/queries.txt).
usage: batch66k.py [POOL_DIR] [--dry]   (default /tmp/gather67k/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather67k/pool"
SRC = "/tmp/gather67k/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-60 pools (/tmp/gather67*/pool) and in /work/notes/gather67/ (CLAIMS.txt and the round notes) as "
           "they stood when checked (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- computers, Norway: Norsk Data (review.clateway.com's copy of 'History of Norsk Data', undated) ----------------
ND = [
 "Norsk Data (ND) was a Norwegian manufacturer of minicomputers which operated between 1967 and 1992. The company "
 "was established as A/S Nordata \u2013 Norsk Data-Elektronikk on 7 July 1967 and took into use the Norsk Data brand "
 "in 1975. The company was founded by Lars Monrad-Krohn, Rolf Sk\u00e5r and Per Bj\u00f8rge, three computer "
 "engineers working at the Norwegian Defence Research Establishment which had just built the minicomputer SAM 2. "
 "ND's first contract was the delivery of a Nord-1 computer to Norcontrol. Initially in competition with Kongsberg, "
 "ND started delivering computers to Norwegian institutions. By 1972 the company had developed Sintran operating "
 "system, the 32-bit Nord-5 and a time sharing system.",
 "The international break-through came with the 1973 delivery of computers to CERN and the company soon had half "
 "their sales abroad. Two years later the database program Sibas (SIBAS is (tm) of SRS that has full rights to the "
 "code developed at the Central Institute for Industrial Research by Olli, Salter, Aschim and Hoffmann) had been "
 "completely ported and made available, and the following year a 150-terminal system connected via X.21/X.25 based "
 "XMSG and a flight simulator backbone for the F-16 were delivered. In 1978 Norsk Data both bought Tandberg and "
 "launched its office suite Notis, although Tandberg was sold again in 1980. ND became the first foreign-listed "
 "Norwegian company in 1981, which also saw the launch of the 32-bit ND-500. Throughout the 1980s ND acquired a "
 "series of domestic and foreign hardware and software companies, many loosely oriented at increased hardware sales. "
 "At the peak in 1986 and 1987, Norsk Data had 4,500 employees, 2.5 billion Norwegian krone (NOK) in revenue and was "
 "Norway's second-largest company by market capitalization\u2014having increased fifty-fold between 1977 and 1985.",
 "Despite late attempts to develop Ndix, ND never succeeded at entering the Unix market which started to dominate in "
 "the late 1980s."]
KEPT["wp-norsk-data"] = ("norsk-clateway.txt", ND)
R.append(wp("wp-norsk-data", "History of Norsk Data",
 "https://review.clateway.com/wiki/view_html.php?q=History_of_Norsk_Data", "\n\n".join(ND),
 "computers", ["history", "founding", "founders", "products", "customers", "acquisitions"],
 "The article 'History of Norsk Data' (English Wikipedia's history article beside 'Norsk Data') as review.clateway.com's "
 "copy (a site that renders Wikipedia articles by title, named as a free copy in batch 65b's notes) holds "
 "it in the page store (no date or revision id held; recorded 4.0, doubtful: undated). Cut: nothing before the first "
 "paragraph (the excerpt starts with it; no title line); cut after '... started to dominate in the late 1980s.', "
 "before the sentence the excerpt breaks off in ('The company's share value halved on 19 O'; `truncated`; a cut "
 "inside a paragraph). The copy has no citation markers. No word added or changed. Kept as written: 'A/S Nordata "
 "\u2013 Norsk Data-Elektronikk' (an en dash), 'took into use the Norsk Data brand in 1975', 'three computer engineers "
 "working at the Norwegian Defence Research Establishment which had just built the minicomputer SAM 2', \"ND's first "
 "contract was the delivery of a Nord-1 computer to Norcontrol\", 'Initially in competition with Kongsberg', 'By 1972 "
 "the company had developed Sintran operating system' (no article), 'The international break-through' (hyphenated), "
 "'the company soon had half their sales abroad', the bracket '(SIBAS is (tm) of SRS that has full rights to the code "
 "developed at the Central Institute for Industrial Research by Olli, Salter, Aschim and Hoffmann)' (an editor's "
 "aside, kept whole, surnames only), 'X.21/X.25 based XMSG', 'a flight simulator backbone for the F-16', 'In 1978 "
 "Norsk Data both bought Tandberg and launched its office suite Notis, although Tandberg was sold again in 1980', "
 "'Norwegian krone (NOK)' (the singular), 'market capitalization\u2014having' (an em dash, no spaces). 308 words. No "
 "outage and no near-miss of one told (a share price halving is cut; failing to enter a market is a business "
 "matter). Found at rank 2 of the query 'Norsk Data founded 1967 Oslo minicomputer company Nord-1 Lars Monrad-Krohn'; "
 "cw.no (rank 1; a Norwegian magazine's article), docslib.org (ranks 3, 7; a paper by a former employee, "
 "copyrighted), heim.bitraf.no (rank 4; a personal page), piglix.com's copy of 'Norsk Data' (rank 5; free, an older "
 "revision of the main article with the founding on August 8, 1967 and the CERN contract, the same matter: one text "
 "per matter, left for this one, which tells more products and the Tandberg purchase), an unaddressed copy of this "
 "text (rank 6; no address to attribute) and snl.no (rank 8; Norwegian, another encyclopaedia) not used. Norsk Data, "
 "Nordata, Rolf Sk\u00e5r, Bj\u00f8rge, Norcontrol, Sintran, Sibas, Notis, Nord-5, ND-500, Kongsberg: " + CHECKED +
 " ('Monrad' only in texts on another person; 'Tandberg' only in GATHERING.md's lists of leads and looked-at names, "
 "Tandberg's own matters; 'CERN' only inside other words and once in GATHERING.md, another matter).", "non-US",
 copy_of="the Wikipedia article, via review.clateway.com, a site rendering Wikipedia articles"))

# ---- online services, US: Quantum Link (en.wikipedia.org's '= Title =' rendering, recent) ------------------------
QL = [
 "Quantum Link (or Q-Link) was an American and Canadian online service for the Commodore 64 and 128 personal "
 "computers that operated starting November 5, 1985. It was operated by Quantum Computer Services of Vienna, "
 "Virginia, which later became America Online.",
 "In October 1989 the service was renamed America Online, and made available to users of PC systems as well. The "
 "original Q-link service was terminated on November 1, 1995, in favor of the America Online brand.",
 "The original Q-Link was a modified version of the PlayNET system, which Control Video Corporation licensed. Q-Link "
 "featured electronic mail, online chat (in its People Connection department), public domain file sharing "
 "libraries, online news, and instant messaging using On Line Messages (OLMs). Other noteworthy features included "
 "multiplayer games like checkers, chess, backgammon, hangman, and a clone of the television game show Wheel Of "
 "Fortune called Puzzler; and an interactive graphic resort island, called Habitat during beta-testing, then renamed "
 "Club Caribe.",
 "In October 1986, QuantumLink expanded their services to include casino games such as bingo, slot machines, "
 "blackjack and poker in RabbitJack's Casino; and RockLink, a section about rock music. The software archives were "
 "also organized into hierarchical folders and expanded.",
 "In November 1986, the service began offering to digitize users' photos to be included in their profiles, and "
 "started an online auction service.",
 "Connections to Q-Link were typically made by dial-up modems with speeds from 300 to 2400 baud, with 1200 being the "
 "most common. The service was normally open weekday evenings and all day on weekends. Pricing was $9.95 per month, "
 "with additional fees of six cents per minute (later raised to eight) for so-called \"plus\" areas, including most "
 "of the aforementioned services. Users were given one free hour of \"plus\" usage per month. Hosts of forums and "
 "trivia games could also earn additional free \"plus\" time."]
KEPT["wp-quantum-link"] = ("qlink-enwiki.txt", QL)
R.append(wp("wp-quantum-link", "Quantum Link", "https://en.wikipedia.org/wiki/Quantum_Link", "\n\n".join(QL),
 "online services", ["history", "online services", "products", "licensing", "renaming"],
 "The article as en.wikipedia.org's own page holds it in the page store, in its '= Title =' rendering (a recent "
 "revision, recorded 4.0, as batches 65k, 66c and 66d recorded such renderings). Cut: the title line '= Quantum Link "
 "='; cut after '... could also earn additional free \"plus\" time.', before the sentence the excerpt breaks off in "
 "('Q-Link comp'; `truncated`; a cut at a paragraph end). The rendering has no citation markers. No word added or "
 "changed. Kept as written: 'an American and Canadian online service for the Commodore 64 and 128 personal computers "
 "that operated starting November 5, 1985', 'It was operated by Quantum Computer Services of Vienna, Virginia, which "
 "later became America Online', 'In October 1989 the service was renamed America Online', 'The original Q-link "
 "service' (a small 'l'), 'terminated on November 1, 1995, in favor of the America Online brand', 'a modified "
 "version of the PlayNET system, which Control Video Corporation licensed', 'in its People Connection department', "
 "'On Line Messages (OLMs)', 'the television game show Wheel Of Fortune' (a capital 'Of'), 'called Habitat during "
 "beta-testing, then renamed Club Caribe', 'QuantumLink expanded their services' (one word), \"RabbitJack's "
 "Casino\", 'RockLink, a section about rock music', 'so-called \"plus\" areas'. 304 words. No outage told; a "
 "near-miss: the service 'terminated on November 1, 1995, in favor of the America Online brand' (a service retired "
 "by its operator for a brand, no failure) and 'normally open weekday evenings and all day on weekends' (opening "
 "hours). Found at rank 6 of the query 'Quantum Link online service Commodore 64 Control Video Corporation Steve Case "
 "renamed America Online'; dutchmidwife.com (rank 1; a video's transcript, copyrighted), filfre.net (ranks 2, 5; a "
 "blog's history series), iml.jou.ufl.edu (rank 3; a student project), swcs.com.au (rank 4; a timeline page), "
 "rightsta.com (rank 7; a generated article on Control Video) and primidi.com (rank 8; a release list) not used. "
 "Quantum Link, Q-Link, Quantum Computer Services, PlayNET, Control Video, Club Caribe, RabbitJack: " + CHECKED +
 " ('America Online' in texts on other matters: AOL's later deals, not this service's history).", "US"))

# ---- software, US: VisiCorp (wikimili.com's copy, undated) --------------------------------------------------------
VC = [
 "VisiCorp was an early personal computer software publisher. Its most famous products were Microchess, Visi On and "
 "VisiCalc.",
 "It was founded in 1977 by Dan Fylstra as the software publisher Personal Software. In 1978, it merged with Peter "
 "R. Jennings's Toronto-based software publisher Micro-Ware, with the two taking a 50% ownership each in the "
 "resulting company and Personal Software becoming the name of the combined company. It continued to publish the "
 "software from its original constituents, including Jennings' Microchess program for the MOS Technology KIM-1 "
 "computer, and later Commodore PET, Apple II, TRS-80, and Atari 8-bit computers. In 1979 it released VisiCalc, "
 "which would be so successful that in 1982 the company was renamed VisiCorp Personal Software, Inc..",
 "Bill Gates came to see Visi On at a trade show, and this seems what inspired him to create a windowed GUI for "
 "Microsoft. VisiCorp was larger than Microsoft at the time, and the two companies entered negotiations to merge, "
 "but could not agree on who would sit on the board of directors. Microsoft Windows when it was released included a "
 "wide range of drivers, so it could run on many different PCs, while Visi On cost more, and had stricter system "
 "requirements. Lotus released Lotus 1-2-3 in 1983. Microsoft eventually released its own spreadsheet Microsoft "
 "Excel.",
 "Early alumni of this company included Ed Esber who would later run Ashton-Tate, Bill Coleman who would found BEA "
 "Systems, Mitch Kapor founder of Lotus Software and the Electronic Frontier Foundation, Rich Melmon who would "
 "co-found Electronic Arts, Bruce Wallace author of Asteroids in Space , and Brad Templeton who would found early "
 "dot-com company ClariNet and was the director of the Electronic Frontier Foundation from 2000 to 2010."]
KEPT["wp-visicorp"] = ("visicorp-wikimili.txt", VC)
R.append(wp("wp-visicorp", "VisiCorp", "https://wikimili.com/wiki/VisiCorp", "\n\n".join(VC),
 "software", ["history", "founding", "founders", "merger", "products", "alumni"],
 "The article as wikimili.com's copy (a site that renders Wikipedia articles, used before by batches 65b and others) "
 "holds it in the page store (no date or revision id held; a recent revision, recorded 4.0, doubtful: undated). Cut: "
 "the title line 'VisiCorp', the line 'Last updated' and the infobox lines ('VisiCorp', 'Founded1977 Massachusetts', "
 "'Founders Dan Fylstra, Peter R Jennings'), so the infobox's naming of Jennings as a founder and 'Massachusetts' are "
 "not in the text; the citation markers ' [1]' to ' [8]' (with the space before each); cut after '... director of the "
 "Electronic Frontier Foundation from 2000 to 2010.', before the sentence the excerpt breaks off in ('VisiCorp agreed "
 "in 1979 to pay 36-50% of VisiCalc revenue to Software Arts, [1] compare'; `truncated`; a cut at a paragraph end), "
 "so Software Arts is not in the text. No word added or changed. Kept as written: 'It was founded in 1977 by Dan "
 "Fylstra as the software publisher Personal Software', \"Peter R. Jennings's Toronto-based software publisher "
 "Micro-Ware\", 'with the two taking a 50% ownership each in the resulting company', \"Jennings' Microchess program "
 "for the MOS Technology KIM-1 computer\", 'renamed VisiCorp Personal Software, Inc..' (two full stops), 'this seems "
 "what inspired him to create a windowed GUI for Microsoft', 'Microsoft Windows when it was released included', "
 "'Lotus released Lotus 1-2-3 in 1983', 'Ed Esber who would later run Ashton-Tate', 'Mitch Kapor founder of Lotus "
 "Software and the Electronic Frontier Foundation', 'Rich Melmon who would co-found Electronic Arts', 'Bruce Wallace "
 "author of Asteroids in Space , and' (a space before the comma), 'early dot-com company ClariNet', 'was the director "
 "of the Electronic Frontier Foundation from 2000 to 2010'. 284 words. No outage and no near-miss of one told (failed "
 "merger talks and a product that cost more are business matters). Found at rank 4 of the query 'VisiCorp Personal "
 "Software Dan Fylstra Peter Jennings VisiCalc Software Arts Dan Bricklin Lotus'; edesber.com (ranks 1, 2; a "
 "founder's memoir, copyrighted), bing.smone.us (rank 3; a search page), static.nosher.net (rank 5; a collector's "
 "page), computerhistory.org (rank 6; a catalogue entry), vuink.com (rank 7; a repost of a blog) and wikisum.wiki's "
 "'Dan Fylstra' (rank 8; a summary of the founder's article, the same matter) not used. VisiCorp, Personal "
 "Software, Fylstra, Micro-Ware, Microchess, Visi On, VisiCalc, Ed Esber, Mitch Kapor, Rich Melmon, Brad Templeton, "
 "ClariNet: " + CHECKED + " ('VisiCorp' and 'BEA Systems' only in GATHERING.md's lists of leads; 'Electronic Arts', "
 "'Ashton-Tate', 'Electronic Frontier Foundation' and 'Microsoft' in texts on other matters).", "US",
 copy_of="the Wikipedia article, via wikimili.com, a Wikipedia mirror"))


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
