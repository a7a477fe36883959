#!/usr/bin/env python3
"""Batch 67f (session 61; gatherer lane 67f): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-66k, kept to three American computer and network-equipment makers that no longer exist on their own,
new to the corpus: Ohio Scientific, Inc., the microcomputer maker incorporated as Ohio Scientific Instruments in
Hiram, Ohio, in 1975 by Mike and Charity Cheiky and Dale A. Dreisbach, maker of the Challenger and Superboard
computers, bought by M/A-COM in 1980 and renamed M/A-COM Office Systems, sold in 1983 to Kendata Inc. and then to AB
Fannyudde of Sweden, its Aurora factory shut in October 1983 (computers, US); SynOptics Communications, Inc., the
Santa Clara, California network equipment vendor founded in 1985 by Andrew K. Ludwick and Ronald V. Schmidt of
Xerox's Palo Alto Research Center, maker of LattisNet (first named AstraNet), rival of 3Com and Cabletron
(networking equipment, US); and Convex Computer, the maker of vector minisupercomputers formed in 1982 by Bob Paluck
and Steve Wallach in Richardson, Texas, first named Parsec, maker of the C1, the C2, the Exemplar series and
ConvexOS, bought by HP in 1995 (computer hardware, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): owiki.org's copy of 'Ohio Scientific' (reached through the redirect title 'Challenger 1P'; undated, a recent
revision), en.wikipedia.org's own '= Title =' rendering of 'SynOptics' (recent) and the-uncensored-wiki.com's old
static copy of 'Convex Computer' (the 'From Wikipedia, the free encyclopedia' layout with '[edit]' before headings,
of about 2006-2008); each cut at a sentence or paragraph end before the sub-heading or sentence its excerpt breaks off
in (`truncated`). Edits per item in `notes` (title lines, site lines, the infobox lines, a 'Contents' line and
sub-headings cut; paragraphs joined with blank lines, the one-sentence lines of the '= Title =' rendering joined with
a space inside their paragraph; no word added or changed); `verify()` checks every kept paragraph against the saved
excerpt (/tmp/gather68f/src), the markers ('[1]', '[edit]', '[citation needed]') dropped and whitespace runs compared
as one space, as batches 55e-66k did. No text tells an outage; one tells a near-miss of one (Ohio Scientific's 'The
flagship Aurora factory, by then only employing 16 people, was finally shut down in October 1983': a plant closed by
its owner, no service lost by users). newskg (or any extractor) was not run on any text. A round of three: three
queries, each answered with English Wikipedia text on a company not yet in the corpus, all three taken (round notes,
/work/notes/gather68/67f.md; queries, /tmp/gather68f/src/queries.txt).
usage: batch67f.py [POOL_DIR] [--dry]   (default /tmp/gather68f/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68f/pool"
SRC = "/tmp/gather68f/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-61 pools (/tmp/gather68*/pool) and in /work/notes/gather68/ (CLAIMS.txt and the round notes) as "
           "they stood when checked (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- computers, US: Ohio Scientific (owiki.org's copy, undated) ---------------------------------------------------
OSI = [
 "Ohio Scientific, Inc., was a privately owned American computer company based in Ohio that built and marketed "
 "computer systems, expansions, and software from 1975 to 1986. Their best-known products were the Challenger series "
 "of microcomputers and Superboard single-board computers. The company was the first to market microcomputers with "
 "hard disk drives in 1977.",
 "The company was incorporated as Ohio Scientific Instruments in Hiram, Ohio, by husband and wife Mike and Charity "
 "Cheiky and business associate Dale A. Dreisbach in 1975. Originally a maker of electronic teaching aids, the "
 "company leaned quickly into microcomputer production, after their original educational products failed in the "
 "marketplace while their computer-oriented products sparked high interest in the hobbyist community. The company "
 "moved to Aurora, Ohio, occupying a 72,000-square-foot factory. The company reached the $1 million revenue mark in "
 "1976; by the end of 1980, the company generated $18 million in revenue. Ohio Scientific's manufacturing presence "
 "likewise expanded into greater Ohio as well as California and Puerto Rico.",
 "In 1980, the company was acquired by telecommunications conglomerate M/A-COM of Burlington, Massachusetts, for $5 "
 "million. M/A-COM soon consolidated the company's product lines, in order to focus their new subsidiary on "
 "manufacturing business systems. During their tenure under M/A-COM, Ohio Scientific was renamed M/A-COM Office "
 "Systems. M/A-COM struggled financially themselves and sold the division in 1983 to Kendata Inc. of Trumbull, "
 "Connecticut, who immediately renamed it back to Ohio Scientific. Kendata, previously only a corporate reseller of "
 "computer systems, failed to maintain Ohio Scientific's manufacturing lines and subsequently sold the division to AB "
 "Fannyudde of Sweden. The flagship Aurora factory, by then only employing 16 people, was finally shut down in "
 "October 1983."]
KEPT["wp-ohio-scientific"] = ("osi-owiki.txt", OSI)
R.append(wp("wp-ohio-scientific", "Ohio Scientific", "https://owiki.org/wiki/Challenger_1P", "\n\n".join(OSI),
 "computers", ["history", "founding", "founders", "products", "acquisitions", "renaming"],
 "The article 'Ohio Scientific' as owiki.org's copy (a site that renders Wikipedia articles by title, used before by "
 "batches 64k and 66p) holds it in the page store, at the address of the redirect title 'Challenger 1P' (the page "
 "shows the article 'Ohio Scientific'; no date or revision id held; a recent revision, its lead as the 2023-2024 "
 "copies at ranks 4, 6 and 7 of its query have it; recorded 4.0, doubtful: undated). Cut: the title line 'Ohio "
 "Scientific'; cut after '... was finally shut down in October 1983.', before the sub-heading 'Beginnings "
 "(1975\u20131976)' and the sentence the excerpt breaks off in after it ('Ohio Scientific was founded in Hiram, Ohio, "
 "in 1975 by'; `truncated`; a cut at a paragraph end). The copy has no infobox lines and no citation markers in the "
 "excerpt, so the infobox's 'Founders' list and its later owners (Isotron, Dataindustrier AB) are not in the text. "
 "The copy's lead lacks the bracket '(OSI, originally Ohio Scientific Instruments, Inc.)' that other copies have: "
 "kept as the copy has it. No word added or changed. Kept as written: 'Ohio Scientific, Inc., was a privately owned "
 "American computer company based in Ohio', 'from 1975 to 1986', 'Their best-known products were the Challenger "
 "series of microcomputers and Superboard single-board computers', 'The company was incorporated as Ohio Scientific "
 "Instruments in Hiram, Ohio, by husband and wife Mike and Charity Cheiky and business associate Dale A. Dreisbach in "
 "1975', 'the company leaned quickly into microcomputer production', 'a 72,000-square-foot factory', 'by the end of "
 "1980, the company generated $18 million in revenue', 'acquired by telecommunications conglomerate M/A-COM of "
 "Burlington, Massachusetts, for $5 million', 'to focus their new subsidiary on manufacturing business systems', "
 "'During their tenure under M/A-COM, Ohio Scientific was renamed M/A-COM Office Systems', 'M/A-COM struggled "
 "financially themselves and sold the division in 1983 to Kendata Inc. of Trumbull, Connecticut, who immediately "
 "renamed it back to Ohio Scientific', 'subsequently sold the division to AB Fannyudde of Sweden', 'The flagship "
 "Aurora factory, by then only employing 16 people, was finally shut down in October 1983'. 275 words. No outage "
 "told; a near-miss: the Aurora factory 'was finally shut down in October 1983' (a plant its owner closed, no service "
 "lost by users). Found at rank 1 of the query 'Ohio Scientific computer company founded Mike and Charity Cheiky Dale "
 "Dreisbach acquired by M/A-COM'; old-computers.com (rank 2; a museum site's reader letter), wikiclassic.com (rank 3; "
 "a copy with garbled words, 'fro'' and 'inner'), wiki.riteme.site (rank 4; free, the same matter), "
 "m.global.ssl.fastly.net (rank 5; numbered fragments), wikizero.org (rank 6; free, the same matter, 'M-A/COM' in "
 "place of 'M/A-COM' in its excerpt), iiab.me's Kiwix copy of 2023-10 (rank 7; the same matter) and "
 "hessslslslsls.azureedge.net (rank 8; a broken infobox table) not used. Ohio Scientific, M/A-COM, MA-COM, Kendata, "
 "Fannyudde, Cheiky, Dreisbach, Superboard: " + CHECKED + ".", "US",
 copy_of="the Wikipedia article 'Ohio Scientific', via owiki.org, a site rendering Wikipedia articles"))

# ---- networking equipment, US: SynOptics (en.wikipedia.org's '= Title =' rendering, recent) -----------------------
SYN = [
 "SynOptics Communications, Inc., was a Santa Clara, California-based early computer network equipment vendor from "
 "1985 until 1994. SynOptics popularized the concept of the modular Ethernet hub and high-speed Ethernet networking "
 "over copper twisted-pair and fiber optic cables.",
 "SynOptics Communications was founded in 1985 by Andrew K. Ludwick and Ronald V. Schmidt, both of whom worked at "
 "Xerox's Palo Alto Research Center (PARC). The most significant product that Synoptics produced was LattisNet "
 "(originally named AstraNet) in 1987. This meant that unshielded twisted-pair cabling already installed in office "
 "buildings could be re-utilized for computer networking instead of special coaxial cables. The star network "
 "topology made the network much easier to manage and maintain. Together these two innovations directly led to the "
 "ubiquity of Ethernet networks.",
 "Before the final standard version of what is known today as the 10BASE-T protocol, there were several different "
 "methods and standards for running Ethernet over twisted-pair cabling at various speeds, such as StarLAN. LattisNet "
 "was similar to the final 10BASE-T protocol except that it had slightly different voltage and signal "
 "characteristics. Synoptics updated their product line to the 10BASE-T specification once it was published.",
 "Through the late 1980s and into the early 1990s, SynOptics produced a series of innovative products including "
 "early 10BASE-2 hubs, pre-standard (LattisNet), and 100BASE-TX products.",
 "The company was the market leader in Ethernet LAN hubs over rivals 3Com and Cabletron."]
KEPT["wp-synoptics"] = ("synoptics-enwiki.txt", SYN)
R.append(wp("wp-synoptics", "SynOptics", "https://en.wikipedia.org/wiki/SynOptics", "\n\n".join(SYN),
 "networking equipment", ["history", "founding", "founders", "products", "competition"],
 "The article as en.wikipedia.org's own page holds it in the page store, in its '= Title =' rendering (a recent "
 "revision, recorded 4.0, as batches 65k, 66c, 66d and 66k recorded such renderings). Cut: the title line '= "
 "SynOptics ='; the infobox lines ('SynOptics Communications, Inc.', '- Logo: SynOptics logo.svg' to '- Industry: "
 "Networking equipment', with '- Fate: Merged with Wellfleet Communications', '- Successor: Bay Networks' and '- Key "
 "People: Andrew K. Ludwick, Founder and CEO'), so Wellfleet Communications, Bay Networks and Ludwick's CEO post are "
 "not in the text; the sub-heading '==History=='; cut after '... over rivals 3Com and Cabletron.', before the "
 "sentence the excerpt breaks off in ('Despite intense competition that drove down prices, Synoptics' annual revenue "
 "grew to a high of'; `truncated`; a cut inside a paragraph). The rendering sets each sentence of the History "
 "section's first paragraph on its own line: joined with a space inside its paragraph (the blank lines of the "
 "rendering kept as paragraph breaks). The rendering has no citation markers. No word added or changed. Kept as "
 "written: 'a Santa Clara, California-based early computer network equipment vendor from 1985 until 1994', "
 "'SynOptics popularized the concept of the modular Ethernet hub', 'founded in 1985 by Andrew K. Ludwick and Ronald "
 "V. Schmidt, both of whom worked at Xerox's Palo Alto Research Center (PARC)', 'The most significant product that "
 "Synoptics produced' ('Synoptics', a small 'o', here and twice more), 'LattisNet (originally named AstraNet) in "
 "1987', 're-utilized', 'Together these two innovations', 'such as StarLAN', 'Synoptics updated their product line "
 "to the 10BASE-T specification once it was published', 'pre-standard (LattisNet)', 'the market leader in Ethernet "
 "LAN hubs over rivals 3Com and Cabletron'. 227 words. No outage and no near-miss of one told (the company's end in "
 "1994 and rivals' competition are business matters). Found at rank 2 of the query 'SynOptics Communications "
 "founded Andrew Ludwick Ronald Schmidt Xerox PARC Ethernet merged Wellfleet Bay Networks'; wikimili.com (rank 1; "
 "free, the same article with citation markers, left for the marker-free rendering), gsb.stanford.edu (rank 3; a "
 "case study's abstract), hubbry.com's copy of 'Bay Networks' (rank 4; the merged company's history, another "
 "matter), de.wiki.li (rank 5; German Wikipedia) and historyofcomputercommunications.info (ranks 6-8; a book site and "
 "an interview) not used. SynOptics, LattisNet, AstraNet, Ludwick, Ronald V. Schmidt, Palo Alto Research: " + CHECKED +
 " ('StarLAN' only inside 'Starlancer', batch 58c's game text, another matter; '3Com' and 'Cabletron' in texts on "
 "other matters).", "US"))

# ---- computer hardware, US: Convex Computer (the-uncensored-wiki.com's old static copy, about 2006-2008) ----------
CVX = [
 "Convex Computer was a company that produced a number of vector minisupercomputers, supercomputers for "
 "small-to-medium-sized businesses. Their later Exemplar series of parallel computing machines were based on the "
 "Hewlett-Packard PA-RISC CPU series, and in 1995, HP bought the company. Exemplar machines were offered for sale by "
 "HP for some time, and Exemplar technology was used in HP's V-Class machines.",
 "Convex was formed in 1982 by Bob Paluck and Steve Wallach in Richardson, Texas. It was originally named Parsec. "
 "They planned on producing a machine very similar in architecture to the Cray Research vector processor machines, "
 "with a somewhat lower performance, but with a much better price/performance ratio. In order to lower costs, the "
 "Convex designs were not as technologically aggressive as Cray's, and were based on more mainstream chip "
 "technology, attempting to make up for the loss in performance in other ways.",
 "Their first machine was the C1, released in 1985. The C1 was very similar to the Cray-1 in general design, but used "
 "a slower memory and main CPU. They offset this by increasing the capabilities of the vector units, including 128 "
 "64-bit registers, double that of the Cray. It also used virtual memory as opposed to the statically paged memory "
 "system of the Cray machines, which improved programming. It was based on CMOS chips, and generally rated at 20 "
 "MFLOP/s peak for double precision (64 bits), and 40 MFLOP/s peak for single precision (32 bits), about 1/5th the "
 "normal speed of the Cray-1. They also invested heavily in advanced automatic vectorizing compilers in order to gain "
 "performance when existing programs were ported to their systems. The machines ran a BSD version of Unix known as "
 "ConvexOS.",
 "The C2 was a crossbar-interconnected multiprocessor version of the C1, with up to 4 CPUs, released in 1988."]
KEPT["wp-convex-computer"] = ("convex-uncensored.txt", CVX)
R.append(wp("wp-convex-computer", "Convex Computer", "http://the-uncensored-wiki.com:20061/c/o/n/Convex_Computer_2490.html",
 "\n\n".join(CVX),
 "computer hardware/supercomputers", ["history", "founding", "founders", "products", "acquisition"],
 "The article as an old static copy of English Wikipedia holds it (the-uncensored-wiki.com, 'From Wikipedia, the free "
 "encyclopedia', the '[edit] History' layout of MediaWiki before 2010; no date or revision id held; its lead 'Convex "
 "Computer was a company that produced a number of vector minisupercomputers' is the wording the revision diffs at "
 "ranks 3 and 4 of its query show as the old one, before 'Convex Computer Corporation was a company that developed, "
 "manufactured and marketed'; so a revision of about 2006-2008; recorded 3.0 as batches 60h and 64f recorded their "
 "the-uncensored-wiki.com copies). Cut: the title line 'Convex Computer', the site line 'From Wikipedia, the free "
 "encyclopedia', the lines 'Contents' and '[edit] History'; cut after '... with up to 4 CPUs, released in 1988.', "
 "before the sentence the excerpt breaks off in ('It used newer Emitter Coupled Logic chips for a boost in clock "
 "speed from 10 MH'; `truncated`; a cut inside a paragraph). The copy has no infobox and no citation markers in the "
 "excerpt. No word added or changed. Kept as written: 'Convex Computer was a company that produced a number of vector "
 "minisupercomputers, supercomputers for small-to-medium-sized businesses' (no 'and'), 'based on the "
 "Hewlett-Packard PA-RISC CPU series, and in 1995, HP bought the company', 'Exemplar machines were offered for sale "
 "by HP for some time', \"HP's V-Class machines\", 'Convex was formed in 1982 by Bob Paluck and Steve Wallach in "
 "Richardson, Texas', 'It was originally named Parsec', 'the Cray Research vector processor machines', \"not as "
 "technologically aggressive as Cray's\", 'Their first machine was the C1, released in 1985', 'double that of the "
 "Cray', 'about 1/5th the normal speed of the Cray-1', 'a BSD version of Unix known as ConvexOS', 'a "
 "crossbar-interconnected multiprocessor version of the C1, with up to 4 CPUs, released in 1988'. 296 words. No "
 "outage and no near-miss of one told (a slower memory and lower performance are design matters). Recorded CC BY-SA "
 "3.0 (doubtful: no revision date). Found at rank 6 of the query 'Convex Computer Corporation founded 1982 Bob Paluck "
 "Steve Wallach minisupercomputer acquired Hewlett-Packard 1995'; s.cnmilf.com (ranks 1, 3, 4; revision diffs in "
 "wikitext, no rendered article), acearchive.org (rank 2; a reworked, embellished retelling), grokipedia.com (rank "
 "5; generated text), theinfolist.com (rank 7) and absoluteastronomy.com (rank 8; copies with glossary text run into "
 "the article) not used. Convex, Paluck, Wallach, ConvexOS, Parsec: " + CHECKED + " ('Exemplar' only in one test "
 "text's and batch 54o's file names, the SEC matter of Carter's, another matter, left unopened; 'Cray Research' only "
 "in GATHERING.md's lists of leads).", "US", v3=True,
 copy_of="the Wikipedia article, an old static copy on the-uncensored-wiki.com"))


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
