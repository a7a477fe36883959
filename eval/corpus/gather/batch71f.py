#!/usr/bin/env python3
"""Batch 71f (session 65; gatherer lane 71f): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-70aj, kept to two American computer-game publishers of the early 1980s and an American web search
engine of the 1990s, all new to the corpus (each named before only in the 'Leads for a next round' of rounds 70x, 70ad
and 70aj, as GATHERING.md holds them): Sirius Software of California, founded in 1980 by Jerry Jewell and Terry Bradley,
publisher of games for the Apple II, Atari 8-bit family, Commodore 64 and VIC-20, with Atari 2600 games published in
1982 and 1983 by 20th Century Fox Video Games, whose failure to pay royalties ended it in 1984, Nasir Gebelli's Gorgon
among its hits (video games, US); Synapse Software Corporation (SynSoft in the UK), founded in 1981 by Ihor Wolosenko
and Ken Grant, maker of File Manager 800, Dodge Racer, Protector, Shamus, Blue Max, Necromancer and Alley Cat, bought
by Broderbund in late 1984 and its label retired in 1985 (video games and software, US); and WebCrawler, the search
engine Brian Pinkerton began at the University of Washington in January 1994, launched on April 21, 1994, sponsored
by DealerNet and Starwave from December 1, 1994 and acquired by America Online (AOL) on June 1, 1995 (internet
search, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): everything.explained.today's copy of 'Sirius Software' (undated: recorded 4.0), en.wikipedia.org's '= Title ='
rendering of 'Synapse Software' (recent: recorded 4.0) and a Wikipedia proxy's copy of 'WebCrawler' (vuink.com, the
address of en.m.wikipedia.org in rot13, as batches 20c and 26b took it; undated: recorded 4.0); each cut at a
sentence end before the sentence its excerpt breaks off in or before a section heading (`truncated`: each article
goes on). Edits per item in `notes` (title lines, infobox lines, headings and citation markers cut; paragraphs joined
with blank lines; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt
(/tmp/gather71f/src), the markers ('[1]', '[edit]', '[citation needed]') dropped and whitespace runs compared as one
space, as batches 55e-70aj did. No text tells an outage or a near-miss of one. newskg (or any extractor) was not run on
any text. A round of three: six queries, three answered with English Wikipedia text on a company or service not yet in
the corpus, all three taken (round notes, /tmp/gather71f/NOTES.md; queries, /tmp/gather71f/src/queries.txt; claims,
/work/notes/gather71/CLAIMS.txt).
usage: batch71f.py [POOL_DIR] [--dry]   (default /tmp/gather71f/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71f/pool"
SRC = "/tmp/gather71f/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-65 pools "
           "(/tmp/gather71*/pool) and in /work/notes/gather71/CLAIMS.txt, and in GATHERING.md only the 'Leads for a "
           "next round' of earlier rounds, as they stood when checked (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- video games, US: Sirius Software (everything.explained.today's copy) -----------------------------------------
SI = [
 "Sirius Software was a California-based publisher of video games for the Apple II, Atari 8-bit family, Commodore 64, "
 "and VIC-20. Most games were written for the Apple II, then ported to other systems. The company was founded in 1980 "
 "by Jerry Jewell and Terry Bradley and released over 160 games before folding in 1984. Sirius also developed games "
 "for the Atari 2600 which were published in 1982 and 1983 by 20th Century Fox Video Games. Fox's failure to pay "
 "Sirius resulted in company's downfall. Nasir Gebelli wrote some of the early hits from Sirius, establishing his "
 "reputation as an Apple II game programmer.",
 "The company was founded in 1980 by Jerry Jewell and Terry Bradley. It gained attention for its dramatically quick "
 "rise to prominence and its equally quick collapse in 1984 after 20th Century Fox (Fox Video Games) failed to pay "
 "over USD$18 Million in owed royalties. Sirius Software designed and marketed more than 160 computer video games, "
 "software products and hardware devices worldwide. Jewell was profiled by author Steven Levy in his book Hackers.",
 "Sirius' quick rise was due in part to a chain of hits by programmer Nasir Gebelli. Gebelli's breakthrough game was "
 "Gorgon, which brought the gameplay of the arcade's Defender to the Apple II. His technical ability and Jewell's "
 "sales and marketing skills combined to create in a single year a multimillion-dollar enterprise operating out of a "
 "rented apartment. By June 1982 the game had sold 23,000 copies, making it one of the best-selling computer games "
 "at the time. By early 1984 InfoWorld estimated that Sirius was the world's 15th-largest microcomputer-software "
 "company, with $11 million in 1983 sales.",
 "Sirius also published a line of graphical adventure games in an attempt to compete with Sierra On-Line, but "
 "without much success."]
KEPT["wp-sirius-software"] = ("sirius-software.txt", SI)
R.append(wp("wp-sirius-software", "Sirius Software", "https://everything.explained.today/Sirius_Software/",
 "\n\n".join(SI),
 "video games", ["history", "founding", "founders", "products", "publishing deal", "collapse"],
 "The article as everything.explained.today's copy holds it in the page store (undated, no revision id; its words "
 "'a California-based publisher of video games for the Apple II, Atari 8-bit family, Commodore 64, and VIC-20' are "
 "those es.stringtranslate.com's Spanish rendering of a recent revision translates at rank 4 of the same query: "
 "recorded 4.0; doubtful: no date held). Cut: the title line 'Sirius Software Explained'; the heading 'History'; the "
 "citation markers ('[1]', '[2]', '[3]'); cut after 'Sirius also published a line of graphical adventure games in an "
 "attempt to compete with Sierra On-Line, but without much success.', before the sentence the excerpt breaks off in "
 "('Most of the company's games were launched on the Apple II line of computers, but they also released some titles "
 "for the Atari 8-bit family, Commodo'; `truncated`). Paragraphs as the copy's blank lines give them, joined with "
 "blank lines. No word added or changed. Kept as written: 'The company was founded in 1980 by Jerry Jewell and Terry "
 "Bradley and released over 160 games before folding in 1984', 'Sirius also developed games for the Atari 2600 which "
 "were published in 1982 and 1983 by 20th Century Fox Video Games', 'Fox's failure to pay Sirius resulted in "
 "company's downfall' (no 'the', as written), 'Nasir Gebelli wrote some of the early hits from Sirius', 'after 20th "
 "Century Fox (Fox Video Games) failed to pay over USD$18 Million in owed royalties' (so cased), 'Jewell was profiled "
 "by author Steven Levy in his book Hackers', 'Gebelli's breakthrough game was Gorgon, which brought the gameplay of "
 "the arcade's Defender to the Apple II', 'By June 1982 the game had sold 23,000 copies', 'By early 1984 InfoWorld "
 "estimated that Sirius was the world's 15th-largest microcomputer-software company, with $11 million in 1983 sales', "
 "'in an attempt to compete with Sierra On-Line'. 294 words. No outage and no near-miss of one told (a collapse "
 "after unpaid royalties is a business failure). Found at rank 1 of the query 'Sirius Software Sacramento founded "
 "Jerry Jewell Terry Bradley Apple II games company' (a games publisher named in the leads of rounds 70x, 70ad and "
 "70aj); retro365.blog (rank 2; a blog post), timetoast.com (rank 3; a user's timeline), es.stringtranslate.com (rank "
 "4; Spanish), a fanyv88.com proxy of fr.wikipedia.org (rank 5; French), libcat.ru (rank 6; a book's text, "
 "copyrighted), sierragamers.com (rank 7; a forum post) and historian159.rssing.com (rank 8; a blog's feed) not used. "
 "Sirius Software, Jerry Jewell, Terry Bradley, Nasir Gebelli, Gorgon, Fox Video Games: " + CHECKED + " ('Sirius "
 "Software' in the leads of rounds 70x, 70ad and 70aj only; the corpus file name wn-xm-sirius-announce-merger-deal-"
 "2007 is Sirius Satellite Radio's, another matter; 'Commodore 64', 'Apple II' and 'Sierra On-Line' named in texts on "
 "other matters).", "US",
 copy_of="the Wikipedia article, via everything.explained.today's copy"))

# ---- video games and software, US: Synapse Software (en.wikipedia.org's '= Title =' rendering) -------------------
SY = [
 "Synapse Software Corporation (marketed as SynSoft in the UK) was an American software developer and publisher "
 "founded in 1981 by Ihor Wolosenko and Ken Grant. Synapse published application software and developer tools, but "
 "was primarily known for video games. It initially focused on the Atari 8-bit computers, then later developed for "
 "the Commodore 64 and other systems. Synapse was purchased by Broderbund in late 1984 and the Synapse label retired "
 "in 1985.",
 "The company's first release was the database File Manager 800, written by Grant and Wolosenko, followed by the "
 "game Dodge Racer, a clone of Sega's Head On programmed by Rob Re. 1981's Protector and 1982's Shamus established "
 "Synapse as a creator of high-quality action games. Additional well-received releases followed, including Rainbow "
 "Walker, Blue Max, The Pharaoh's Curse, and some others based on unusual concepts, like Necromancer and Alley Cat. "
 "First-person game Dimension X was promoted for its \"altered perspective scrolling\" technology, then released in "
 "a cut-down form over nine months later to disappointing reviews. The company also sold databases, a 6502 "
 "assembler, and a suite of biofeedback hardware and software. A line of productivity applications published in "
 "1983, including a spreadsheet, led to financial difficulties and the company's downfall.",
 "The box cover art for most of Synapse's games was done by Tim Boxell, a friend of Ihor Wolosenko."]
KEPT["wp-synapse-software"] = ("synapse-software.txt", SY)
R.append(wp("wp-synapse-software", "Synapse Software", "https://en.wikipedia.org/wiki/Synapse_Software",
 "\n\n".join(SY),
 "video games", ["history", "founding", "founders", "products", "acquisition"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (a recent revision: its infobox "
 "carries 'Defunct: 1985' and its lead 'Synapse published application software and developer tools, but was "
 "primarily known for video games', where the store's older en.wikipedia.org rendering at rank 4 of the same query, "
 "with 'Jump to navigation Jump to search', has 'was an American video game development and publishing company "
 "founded in 1981': recorded 4.0; no revision id held). Cut: the title line '= Synapse Software ='; the infobox lines "
 "('Synapse Software', '- Logo: ...', '- Type: Corporation / Subsidiary', '- Founders: Ihor Wolosenko, Ken Grant', "
 "'- Fate: Defunct (purchased by Broderbund)', '- Successor: The Learning Company', '- Defunct: 1985', '- Products: "
 "...', so 'The Learning Company' is not in the text); cut before the heading '==Action games==' and its paragraph, "
 "which the excerpt breaks off in ('Protector (1981) uses element'; `truncated`). Paragraphs as the rendering's blank "
 "lines give them, joined with blank lines. No word added or changed. Kept as written: 'Synapse Software Corporation "
 "(marketed as SynSoft in the UK)', 'founded in 1981 by Ihor Wolosenko and Ken Grant', 'Synapse was purchased by "
 "Broderbund in late 1984 and the Synapse label retired in 1985', 'the database File Manager 800, written by Grant and "
 "Wolosenko, followed by the game Dodge Racer, a clone of Sega's Head On programmed by Rob Re', '1981's Protector and "
 "1982's Shamus established Synapse as a creator of high-quality action games', 'Rainbow Walker, Blue Max, The "
 "Pharaoh's Curse, and some others based on unusual concepts, like Necromancer and Alley Cat', 'First-person game "
 "Dimension X', 'A line of productivity applications published in 1983', 'The box cover art for most of Synapse's "
 "games was done by Tim Boxell, a friend of Ihor Wolosenko'. 220 words. No outage and no near-miss of one told. Found "
 "at rank 6 of the query 'Synapse Software Corporation founded Ihor Wolosenko Ken Grant Atari 8-bit games "
 "Broderbund' (a games publisher named in the leads of rounds 70ad and 70aj); retro365.blog (rank 1; a blog post), "
 "atarimagazines.com (rank 2; an ANTIC interview of 1983, copyrighted), wikimili.com (rank 3; '[1]' markers in the "
 "same words, a second copy), en.wikipedia.org's older rendering (rank 4; an older revision, taken the newer), "
 "wiki.riteme.site (rank 5; the same words, a mirror), theinfolist.com (rank 7; link glosses run into the text) and "
 "wikisum.wiki (rank 8; shuffled sentences) not used. Synapse Software, Ihor Wolosenko, Ken Grant, SynSoft, Tim "
 "Boxell, Dodge Racer, Shamus: " + CHECKED + " ('Synapse Software' in the leads of rounds 70ad and 70aj and in a lead "
 "of an earlier round on Broderbund only; 'Broderbund' in GATHERING.md's leads and a gather script's notes only, 'Sega' "
 "and 'Commodore 64' named in texts on other matters).", "US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- internet search, US: WebCrawler (a Wikipedia proxy's copy, vuink.com) ----------------------------------------
WC = [
 "WebCrawler is a search engine, and one of the oldest surviving search engines on the web today. For many years, it "
 "operated as a metasearch engine. WebCrawler was the first web search engine to provide full text search.",
 "Brian Pinkerton first started working on WebCrawler, which was originally a desktop application, on January 27, "
 "1994 at the University of Washington. On March 15, 1994, he generated a list of the top 25 websites.",
 "WebCrawler launched on April 21, 1994, with more than 4,000 different websites in its database and on November 14, "
 "1994, WebCrawler served its 1 millionth search query for \"nuclear weapons design and research\".",
 "On December 1, 1994, WebCrawler acquired two sponsors, DealerNet and Starwave, which provided money to keep "
 "WebCrawler operating. Starting on October 3, 1995, WebCrawler was fully supported by advertising, but separated "
 "the adverts from search results.",
 "On June 1, 1995, America Online (AOL) acquired WebCrawler. After being acquired by AOL, the website introduced its "
 "mascot \"Spidey\" on September 1, 1995."]
KEPT["wp-webcrawler"] = ("webcrawler.txt", WC)
R.append(wp("wp-webcrawler", "WebCrawler", "https://vuink.com/post/ra-d-djvxvcrqvn-d-dbet/wiki/WebCrawler",
 "\n\n".join(WC),
 "internet search", ["history", "founding", "launch", "sponsorship", "acquisition"],
 "The article as a Wikipedia proxy (vuink.com, the address of en.m.wikipedia.org in rot13, 'ra-d-djvxvcrqvn-d-dbet', "
 "as batches 20c and 26b took it) holds it in the page store: the lead and the first part of its history, no title "
 "line held (undated, no revision id; 'For many years, it operated as a metasearch engine' in the past tense marks a "
 "revision of recent years: recorded 4.0; doubtful: no date held and the proxy's terms not found in the page store). "
 "Cut: the citation markers ('[1]', '[2]', '[3]', two of them inside sentences, 'in its database[2] and' and 'search "
 "query[2] for', so 'in its database and' and 'search query for' as the words run). Paragraphs as the copy's line "
 "breaks give them, joined with blank lines. No word added or changed. The excerpt ends at a sentence end ('on "
 "September 1, 1995.[2]'); the article goes on (`truncated`). Kept as written: 'one of the oldest surviving search "
 "engines on the web today', 'Brian Pinkerton first started working on WebCrawler, which was originally a desktop "
 "application, on January 27, 1994 at the University of Washington', 'WebCrawler launched on April 21, 1994' (other "
 "pages of the store give April 20), 'WebCrawler served its 1 millionth search query for \"nuclear weapons design "
 "and research\"', 'On December 1, 1994, WebCrawler acquired two sponsors, DealerNet and Starwave', 'On June 1, 1995, "
 "America Online (AOL) acquired WebCrawler', 'introduced its mascot \"Spidey\" on September 1, 1995' (other pages of "
 "the store give September 4). 166 words. No outage and no near-miss of one told. Found at rank 6 of the query "
 "'WebCrawler search engine Brian Pinkerton University of Washington America Online Excite acquired' (a search "
 "engine named in the leads of rounds 70ad and 70aj); siliconindia.com (rank 1; a news feature, copyrighted), "
 "wiki.preterhuman.net (rank 2; the WebCrawler project's own pages as a vintage wiki holds them, not Wikipedia), "
 "qlopedia.com (ranks 3 and 5; an AI-written encyclopedia), everything2.com (rank 4; a user's write-up), "
 "pi87.blogspot.com (rank 7; a blog post) and probsee.com (rank 8; an AI-written summary) not used. WebCrawler, Brian "
 "Pinkerton, DealerNet, Starwave, Spidey: " + CHECKED + " ('WebCrawler' in the leads of rounds 70ad and 70aj only; "
 "'America Online', 'AOL' and 'University of Washington' named in texts on other matters).", "US",
 copy_of="the Wikipedia article, via a Wikipedia proxy's copy (vuink.com) of en.m.wikipedia.org"))


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
