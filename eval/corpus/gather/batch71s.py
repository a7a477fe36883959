#!/usr/bin/env python3
"""Batch 71s (session 65; gatherer lane 71s): company and person histories from English Wikipedia in the company lane
of batches 36j-40zg, 54zu-71m, kept to an American graphics-software author and publisher of the early 1980s, an
American video game peripheral maker of 1981-1984 and a British microcomputer maker of 1979 on, all new to the corpus
(Mark Pelczarski / Penguin Software, Starpath and Tangerine Computer named before only in the 'Leads for a next round'
of earlier rounds, as GATHERING.md holds them): Mark Pelczarski, who self-published Magic Paintbrush in 1979 while
teaching at Northern Illinois University, was hired as an editor at SoftSide magazine in 1980 and left to start Penguin
Software in 1981, co-writer with David Lubar of Special Effects and Graphics Magician, author of MIDI Onstage (software,
US); Starpath, founded as Arcadia Corporation in 1981 by Alan Bayley, Robert Brown and Craig Nelson, renamed for
trademark reasons after Emerson Radio Corporation's Emerson Arcadia 2001, maker of the Starpath Supercharger for the
Atari 2600, bought by Epyx in 1984 (video games, US); and Tangerine Computer Systems, founded in 1979 by Paul Johnson,
Mark Rainer and Nigel Penton Tilbury in St. Ives, Cambridgeshire, later Oric Products International, maker of the
TAN1648 VDU and the Microtan 65, seller of the Microtan 2 design to HH Electronics (home computers, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' rendering of 'Mark Pelczarski' (recorded 4.0), a Wikipedia mirror's copy of
'Starpath' (magnificenth850.sbs, a MediaWiki 'Jump to content' rendering, undated: recorded 4.0) and en.wikipedia.org's
'= Title =' rendering of 'Tangerine Computer Systems' (recorded 4.0); each cut at a sentence end before the sentence
its excerpt breaks off in, or before a section heading (`truncated`: each article goes on). Edits per item in `notes`
(title lines, site lines, infobox lines, headings and citation markers cut; paragraphs joined with blank lines; no
word added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather71s/src), the
markers ('[1]', '[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as batches 55e-71m
did. No text tells an outage or a near-miss of one. newskg (or any extractor) was not run on any text. A round of
three: eleven queries, three answered with English Wikipedia text on a company or person not yet in the corpus, all
three taken (round notes, /tmp/gather71s/NOTES.md; queries, /tmp/gather71s/src/queries.txt; claims,
/work/notes/gather71/CLAIMS.txt).
usage: batch71s.py [POOL_DIR] [--dry]   (default /tmp/gather71s/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71s/pool"
SRC = "/tmp/gather71s/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-65 pools "
           "(/tmp/gather71*/pool) and in /work/notes/gather71/CLAIMS.txt, and in GATHERING.md only the 'Leads for a "
           "next round' of earlier rounds, as they stood when checked (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- software, US: Mark Pelczarski (en.wikipedia.org's '= Title =' rendering) -------------------------------------
MP = [
 "Mark Pelczarski wrote and published some of the earliest digital multimedia computer software. In 1979 while "
 "teaching computer science at Northern Illinois University, he self-published Magic Paintbrush, which was one of the "
 "first digital paint programs for the Apple II, the first consumer computer that had color graphics capabilities.",
 "Pelczarski was hired as an editor at SoftSide magazine in 1980, but then left to start Penguin Software in 1981 to "
 "publish his optimistically-titled Complete Graphics System, which included digital imaging and 3D wireframe "
 "rendering.",
 "In the next year he co-wrote and published Special Effects and Graphics Magician with David Lubar, who was then "
 "writing for Creative Computing magazine. Special Effects produced digital effects with images and also contained "
 "one of the first uses of digital paintbrushes. Graphics Magician featured one of the first uses of vector graphics "
 "for image compression, as well as animation routines that made it easy for programmers to add animation to their "
 "software. Graphics Magician was licensed by most of the software publishers in the early 1980s for adding graphics "
 "and animation to their games and educational software, won numerous awards, and was one of the best selling "
 "programs of the time. It was the forerunner of software like Adobe Flash for compressed images and animation.",
 "Pelczarski wrote a monthly column for Softalk magazine about computer graphics programming, and those columns were "
 "later collected into a book, Graphically Speaking.",
 "In 1986 Pelczarski wrote and published one of the first digital music performance programs, MIDI Onstage, which "
 "allowed control of MIDI devices to accompany live performances. Soon after, he built the digital portion of "
 "recording studios for Jimmy Buffett and Dan Fogelberg.",
 "Pelczarski returned to college teaching and taught one of the first online courses in 1996."]
KEPT["wp-mark-pelczarski"] = ("mark-pelczarski.txt", MP)
R.append(wp("wp-mark-pelczarski", "Mark Pelczarski", "https://en.wikipedia.org/wiki/Mark_Pelczarski",
 "\n\n".join(MP),
 "software", ["biography", "founding", "products", "publishing"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (no revision id held: recorded "
 "4.0; doubtful: no date held). Cut: the title line '= Mark Pelczarski ='; cut after 'Pelczarski returned to college "
 "teaching and taught one of the first online courses in 1996.', before the sentence the excerpt breaks off in ('As "
 "part of the development for the course he wrote Dialogue, one of the first web f'; `truncated`). Paragraphs as the "
 "rendering's blank lines give them, joined with blank lines. No word added or changed. Kept as written: 'In 1979 "
 "while teaching computer science at Northern Illinois University, he self-published Magic Paintbrush' (no comma "
 "after '1979'), 'Pelczarski was hired as an editor at SoftSide magazine in 1980, but then left to start Penguin "
 "Software in 1981 to publish his optimistically-titled Complete Graphics System', 'In the next year he co-wrote and "
 "published Special Effects and Graphics Magician with David Lubar, who was then writing for Creative Computing "
 "magazine', 'It was the forerunner of software like Adobe Flash', 'those columns were later collected into a book, "
 "Graphically Speaking', 'In 1986 Pelczarski wrote and published one of the first digital music performance "
 "programs, MIDI Onstage', 'recording studios for Jimmy Buffett and Dan Fogelberg'. 290 words. No outage and no "
 "near-miss of one told. Found at rank 4 of the query 'Mark Pelczarski Penguin Software Polarware Wikipedia' (a name "
 "in the leads of round 71f); mobygames.com (rank 1; a games database's company page, not Wikipedia), "
 "freegameempire.com (rank 2; the same company blurb), an Italian Wikipedia copy (rank 3), chicagotribune.com (rank 5; "
 "news, copyrighted), libcat.ru (rank 6; a copy of a copyrighted book), oligur.com (rank 7; Japanese) and "
 "applerss.com (rank 8; French) not used. Mark Pelczarski, Penguin Software, Magic Paintbrush, Graphics Magician, "
 "David Lubar, SoftSide, Softalk, Creative Computing, Jimmy Buffett, Dan Fogelberg: " + CHECKED + " ('Pelczarski', "
 "'Penguin Software', 'SoftSide', 'Softalk' and 'David Lubar' in the leads of round 71f only; 'Northern Illinois' "
 "named in a text on another matter).", "US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- video games, US: Starpath (a Wikipedia mirror's copy, magnificenth850.sbs) ----------------------------------
ST = [
 "Starpath was a U.S. company known for creating the Starpath Supercharger in August 1982. The company was founded "
 "under the name Arcadia Corporation in 1981 by Alan Bayley, Robert Brown, and Craig Nelson. It changed its name to "
 "Starpath shortly after for trademark reasons because Emerson Radio Corporation had released a video game console "
 "named the Emerson Arcadia 2001.",
 "The Starpath Supercharger is a peripheral cartridge for the Atari 2600 video game console that expands the machine "
 "capabilities by adding more RAM, allowing for higher resolution graphics and larger games, and by providing a "
 "connector to which a regular cassette player can be connected, thus permitting larger games, stored on tape, to be "
 "loaded.",
 "As the video game console market collapsed Starpath's fortunes began to worsen. Sales of their existing titles were "
 "in a steep decline as the console market flooded with games. Retailers were also uninterested in stocking new "
 "titles as they couldn't sell what they already had. Without enough capital to switch to developing for the home "
 "computer market Starpath looked for a buyer. Epyx, which shared some board members with Starpath, would purchase "
 "the company in 1984. Several development staff continued to work at Epyx after the merger and transitioned to "
 "making home computer games."]
KEPT["wp-starpath"] = ("starpath.txt", ST)
R.append(wp("wp-starpath", "Starpath",
 "https://magnificenth850.sbs/w/index.php?action=show-download-screen&page=Carry_On_Abroad&title=Special%3ADownloadAsPdf",
 "\n\n".join(ST),
 "video games", ["history", "founding", "founders", "products", "renaming", "acquisition"],
 "The article as a Wikipedia mirror's copy (magnificenth850.sbs, a MediaWiki rendering that opens 'Jump to content' "
 "and 'From Wikipedia, the free encyclopedia') holds it in the page store (undated, no revision id; the address held "
 "names a PDF download screen for another page, 'Carry_On_Abroad', while the text is the article 'Starpath': "
 "doubtful; the 'Jump to content' skin of 2023 on: recorded 4.0, doubtful). Cut: the lines 'Jump to content', "
 "'Starpath' (the title) and 'From Wikipedia, the free encyclopedia'; the infobox lines ('Starpath Corporation', "
 "'Company typePrivate', 'IndustryVideo games', 'PredecessorArcadia Corporation', 'FoundedLivermore, California, "
 "USA', 'June 1981', 'FounderAlan Bayley(1933-2010)[1][2]', 'Robert Brown', 'Craig Nelson', 'Defunct1984[3]', "
 "'HeadquartersSanta Clara, California, USA', 'Key people' and seven programmers' lines, 'ProductsStarpath "
 "Supercharger', '12 games', 'OwnerEpyx (1984-1993)', 'Bridgestone Multimedia Group (1993-present)', so 'Starpath "
 "Corporation', 'Livermore', 'Santa Clara', 'June 1981', the programmers and 'Bridgestone Multimedia Group' are not in "
 "the text); the citation markers ('[4][5]', '[3]', one inside a paragraph, 'in 1984.[3] Several', so 'in 1984. "
 "Several' as the words run); cut after 'transitioned to making home computer games.', before the sentence the "
 "excerpt breaks off in ('One of the last titles in development at Starpath, 'Sweat! The Decat'; `truncated`). "
 "Paragraphs as the copy's blank lines give them, joined with blank lines. No word added or changed. Kept as written: "
 "'Starpath was a U.S. company known for creating the Starpath Supercharger in August 1982', 'The company was founded "
 "under the name Arcadia Corporation in 1981 by Alan Bayley, Robert Brown, and Craig Nelson', 'because Emerson Radio "
 "Corporation had released a video game console named the Emerson Arcadia 2001', 'As the video game console market "
 "collapsed Starpath's fortunes began to worsen' (no comma after 'collapsed'), 'Without enough capital to switch to "
 "developing for the home computer market Starpath looked for a buyer' (no comma), 'Epyx, which shared some board "
 "members with Starpath, would purchase the company in 1984', 'after the merger'. 208 words. No outage and no "
 "near-miss of one told (a market's collapse is a business matter). Found at rank 1 of the query 'Starpath "
 "Corporation Arcadia Corporation Supercharger Atari 2600 Alan Bayley Bob Brown founded 1981' and again at rank 6 of "
 "'Starpath was a U.S. company known for creating the Starpath Supercharger in August 1982' (a name of earlier "
 "rounds' lead lists); atarihq.com and its retromirror.org copy (a fan site, not Wikipedia), es.stringtranslate.com "
 "(Spanish), epyxgames.com (a company's page), theinfolist.com (link glosses run into the text), "
 "thehistoryofhowweplay.wordpress.com (a blog), en.wikipedia.org's 'Starpath_Supercharger' (the product's own "
 "article, another subject) and absoluteastronomy.com (the product's article, an old copy) not used. Starpath, "
 "Arcadia Corporation, Alan Bayley, Craig Nelson, Starpath Supercharger, Emerson Arcadia 2001: " + CHECKED + " "
 "('Starpath', 'Epyx' and 'Emerson Radio' in GATHERING.md's lead lists only).", "US",
 copy_of="the Wikipedia article, via a mirror (magnificenth850.sbs)"))

# ---- home computers, UK: Tangerine Computer Systems (en.wikipedia.org's '= Title =' rendering) ----------------------
TC = [
 "Tangerine Computer Systems was a British microcomputer company founded in 1979 by Dr. Paul Johnson, Mark Rainer and "
 "Nigel Penton Tilbury in St. Ives, Cambridgeshire.",
 "The very first product was the successful TAN1648 VDU kit which received much acclaim in the technical press.",
 "The home computer market was beginning to move, albeit slowly, and it was essential to establish a presence. "
 "Development and expansion was imperative. It was decided that the latter two partners would relinquish their "
 "involvement in order to focus on their consultancy work.",
 "Barry Muncaster became involved operationally and the company moved to new premises in Ely, Cambridgeshire. The "
 "company was later renamed, and was known as Oric Products International.",
 "Tangerine produced one of the first 6502-based kit computers, the Microtan 65. It had a 3U form factor, a small "
 "amount of memory (RAM), a video character generator and UHF modulator for use with a TV set, and a simple latch for "
 "entering hex data from a keypad, and the computer was designed to be expandable. The manual came with a "
 "one-kilobyte listing of Conway's Game of Life. An optional expansion board could be built with a UART, more memory "
 "and BASIC ROMs. Additional expansion boards became available later, offering more RAM, dedicated serial and "
 "parallel I/O boards, etc.",
 "After the Microtan 65, Tangerine planned to build a desktop machine and managed to get as far as selling the design "
 "for the Microtan 2, also known as Tangerine Tiger, to HH Electronics, better known for building amplifiers. They "
 "released it as the HH Tiger, but it was not a commercial success."]
KEPT["wp-tangerine-computer-systems"] = ("tangerine-computer-systems.txt", TC)
R.append(wp("wp-tangerine-computer-systems", "Tangerine Computer Systems",
 "https://en.wikipedia.org/wiki/Tangerine_Computer_Systems",
 "\n\n".join(TC),
 "home computers", ["history", "founding", "founders", "products", "renaming"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (no revision id held: recorded "
 "4.0; doubtful: no date held). Cut: the title line '= Tangerine Computer Systems ='; the infobox lines ('Tangerine "
 "Computer Systems', '- Foundation: 1979, United Kingdom', '- Location: United Kingdom', '- Industry: Computing, "
 "Electronics', '- Products: TAN1648 VDU, Tangerine Microtan 65, Oric', so 'United Kingdom' is not in the text); the "
 "heading '==Early years: Microtan 65=='; cut before the heading '==Tantel==' and its section, which the excerpt "
 "breaks off in ('- AlphaTantel (1981) \u2013 Prestel adapter with a full '; `truncated`). Paragraphs as the "
 "rendering's blank lines give them, joined with blank lines. No word added or changed. Kept as written: 'Tangerine "
 "Computer Systems was a British microcomputer company founded in 1979 by Dr. Paul Johnson, Mark Rainer and Nigel "
 "Penton Tilbury in St. Ives, Cambridgeshire', 'the successful TAN1648 VDU kit', 'Development and expansion was "
 "imperative', 'It was decided that the latter two partners would relinquish their involvement', 'Barry Muncaster "
 "became involved operationally', 'The company was later renamed, and was known as Oric Products International', "
 "'Tangerine produced one of the first 6502-based kit computers, the Microtan 65', 'dedicated serial and parallel "
 "I/O boards, etc.', 'selling the design for the Microtan 2, also known as Tangerine Tiger, to HH Electronics, better "
 "known for building amplifiers', 'They released it as the HH Tiger'. 264 words. No outage and no near-miss of one "
 "told. Found at rank 2 of the query 'Tangerine Computer Systems was a British computer company Cambridge Barry "
 "Muncaster Paul Johnson Microtan 65 Oric' (a name of an earlier round's lead list); wikisum.wiki (rank 1; a "
 "summary with sentences out of order), pcmuseum.ca (rank 3; a museum's profile), wikiwand.com (rank 4; maintenance "
 "banners and a caption run into the text), oocities.org (rank 5; a personal page), mediated.wiki (rank 6; "
 "maintenance banners run in), mansionmaniax.com (rank 7; German) and theinfolist.com (rank 8; link glosses run into "
 "the text) not used. Tangerine Computer Systems, Paul Johnson with Mark Rainer and Nigel Penton Tilbury, Barry "
 "Muncaster, Microtan, HH Electronics, Oric Products International, TAN1648: " + CHECKED + " ('Tangerine Computer' "
 "in a lead list of GATHERING.md only; 'Oric-1', a platform, named in a text on another matter).", "UK",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))


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
