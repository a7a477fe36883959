#!/usr/bin/env python3
"""Batch 55p (session 54; gatherer lane 55p): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e and 55i, turned to mid-size technology companies: the Edinburgh fabless semiconductor company
started in 1984 by David Milne and Jim Reid, floated on the London Stock Exchange in 2003, led from 2006-2007 by Dave
Shrigley, a former Intel vice-president, and bought by Cirrus Logic in 2014 (semiconductors, United Kingdom); and the
Helsinki video game developer founded in July 1995 by Ilari Kuittinen and Harri Tikkanen out of their companies
Bloodhouse and Terramarque, bought by Sony Interactive Entertainment in June 2021 and part of PlayStation Studios
(games, Finland).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's own full-page rendering of an older revision of 'Wolfson Microelectronics' ('From Wikipedia,
the free encyclopedia'; about 2014-2015) and a Kiwix copy of 'Housemarque' from the dump wikipedia_en_all_maxi_2023-10
(wiki.outremer.quest); each cut at a sentence end (`truncated`). Edits per item in `notes` (site lines, infobox lines,
headings and citation markers cut; no word added or changed); `verify()` checks every kept paragraph against the saved
excerpt (/tmp/gather56p/src), the citation markers ('[1]', '[citation needed]') dropped and whitespace runs compared as
one space, as batches 55e and 55i did. No text tells an outage and none tells a near-miss of one. newskg (or any
extractor) was not run on any text. A round of two: seventeen queries, two of them answered with English Wikipedia text
on a company that is not yet in the corpus (see the round's notes, /work/notes/gather56/55p.md).
usage: batch55p.py [POOL_DIR] [--dry]   (default /tmp/gather56p/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather56p/pool"
SRC = "/tmp/gather56p/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-54 pools (/tmp/gather56*/pool) and in /work/notes/gather56/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- semiconductors, United Kingdom: Wolfson Microelectronics (en.wikipedia.org, a revision of about 2014-2015) -----
WOLFSON = [
 "Wolfson Microelectronics plc was a multinational microelectronics and fabless semiconductor company headquartered in "
 "Edinburgh, Scotland. It specialised in signal processing and mixed-signal chips for the consumer electronics market "
 "and had engineering and sales offices throughout Asia-Pacific, Europe and the United States. In 2014 it was "
 "acquired by Cirrus Logic for \u00a3291 million.",
 "Started in 1984 by David Milne and Jim Reid. Within a year the company had 20 employees and a deal with Fujitsu. "
 "Wolfson grew and floated on the London Stock Exchange in 2003 and be listed in the FTSE 250. Both Milne and Reid "
 "had connections with the University of Edinburgh; Reid attained a First Class Honours degree in EEE, and Milne "
 "directed the Wolfson Microelectronics Institute at King's Buildings from 1973 to 1985. In February, 2007, when "
 "Milne chose to step down, he was replaced in his CEO role by Dave Shrigley, previously Vice-President at Intel "
 "Corporation. His departure was one of a number of executive changes in late 2006, as Financial Director George "
 "Elliott also stood down.",
 "In 2006, Milne was declared Entrepreneur of the Year by the CBI, and Wolfson named Company of the Year. In November "
 "2006 David Shrigley became the CEO of Wolfson, his first appointment at this level: he had previously worked for "
 "Intel in the Asia-Pacific region, and held directorships elsewhere."]
KEPT["wp-wolfson-microelectronics"] = ("wolfson.txt", WOLFSON)
R.append(wp("wp-wolfson-microelectronics", "Wolfson Microelectronics",
 "https://en.wikipedia.org/wiki/Wolfson_Microelectronics",
 "\n\n".join(WOLFSON),
 "semiconductors", ["history", "founding", "executives", "acquisition"],
 "The article as en.wikipedia.org's full-page rendering of an older revision holds it in the page store (undated, no "
 "revision id; a revision of about 2014-2015: the infobox's 'Fate Acquired', 'Defunct 28 April 2014' and 'Website "
 "cirrus.com', the old site line 'Jump to: navigation, search'). Cut: the title line 'Wolfson Microelectronics'; the "
 "site lines 'From Wikipedia, the free encyclopedia' and 'Jump to: navigation, search'; the infobox lines ('Wolfson "
 "Microelectronics plc', 'Public limited company', 'Traded as LSEWLF', 'Industry Semiconductor,', 'Digital signal "
 "processing,', 'Mixed-signal integrated circuits', 'Fate Acquired', 'Founded Edinburgh (1984)', 'Defunct 28 April "
 "2014 (2014-04-28)', 'Headquarters Edinburgh, Scotland, United Kingdom', 'Key people', 'Mike Hickey (CEO)', 'Andy "
 "Brannan (CCO)', 'David Milne (Co-founder)', 'Jim Reid (Co-founder)', 'Number of employees', 'Website cirrus.com'), "
 "so Mike Hickey, Andy Brannan and their posts and the day of 28 April 2014 are not in the text (doubtful: the "
 "infobox names the last CEO; cut as batches 54zu, 55e and 55i cut their infoboxes); the citation markers '[1]' to "
 "'[4]'; cut after 'and held directorships elsewhere.', before the sentence the excerpt breaks off ('In September "
 "2008, Mike Hickey joined Wolfson as Chief Executive Officer Designate and became Chief '; `truncated`), so Hickey "
 "is not in the text. The two blank lines before 'Started in 1984' (a removed table of contents or heading, not "
 "shown) made one paragraph break. No heading in the excerpt. Kept as written: 'a multinational microelectronics and "
 "fabless semiconductor company', 'Asia-Pacific, Europe and the United States' (no serial comma), 'In 2014 it was "
 "acquired by Cirrus Logic for \u00a3291 million', 'Started in 1984 by David Milne and Jim Reid.' (a sentence "
 "without a subject), 'floated on the London Stock Exchange in 2003 and be listed in the FTSE 250' ('be' as written), "
 "'a First Class Honours degree in EEE', 'In February, 2007,' (the comma after the month), 'previously "
 "Vice-President at Intel Corporation', 'one of a number of executive changes in late 2006' (before the February "
 "2007 step-down it explains, as written), 'Financial Director George Elliott', 'Dave Shrigley' and 'David "
 "Shrigley' (both forms). 220 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (a revision "
 "before Wikimedia's June 2023 move to 4.0). Found at rank 1 of the query 'Wolfson Microelectronics plc was a "
 "fabless semiconductor company headquartered in Edinburgh, founded in 1984'. Looked at and not used: hubbry.com's "
 "copy of a newer revision (rank 2), wikimili.com's copy (rank 3; its lead adds the products and the parent), "
 "thefullwiki.org's copy of a revision of about 2009-2010 (rank 4), news and interviews (ranks 5-8). Wolfson, "
 "'Cirrus Logic', 'David Milne', 'Jim Reid', Shrigley, 'Mike Hickey', 'George Elliott', Sonaptic: " + CHECKED +
 " (Fujitsu, Intel, the London Stock Exchange and the University of Edinburgh are named in texts on other subjects; "
 "none is a history of Wolfson).",
 "non-US", v3=True))

# ---- video games, Finland: Housemarque (a Kiwix copy of October 2023) ----------------------------------------------
HOUSEMARQUE = [
 "Housemarque Oy is a Finnish video game developer based in Helsinki. The company was founded by Ilari Kuittinen and "
 "Harri Tikkanen in July 1995, through the merger of their previous video game companies, Bloodhouse and Terramarque, "
 "both of which were founded in 1993 as Finland's first commercial developers. Housemarque is the oldest active "
 "developer in Finland and has about 110 employees as of 2023. It was acquired by Sony Interactive Entertainment in "
 "June 2021, becoming a part of PlayStation Studios.",
 "Bloodhouse and Terramarque were founded in 1993, becoming Finland's first commercial video game developers. "
 "Bloodhouse was led by Harri Tikkanen, and released their first game, Stardust in 1993, with a version updated for "
 "the Amiga 1200, titled Super Stardust, released the following year. Terramarque was founded by Ilari Kuittinen and "
 "Stavros Fasoulas, and hired Miha Rinne in 1994. Fasoulas, at the time, was working on a clone of Bubble Bobble "
 "titled Galactic, but failed to find a publisher, wherefore the game ended up on a covermount in British magazine "
 "The One. The first game from Terramarque was Elfmania, released in 1994 to mixed reception. The company started "
 "work on a second game, P.I.D. (short for Private Investigator Dollarally), to be published by Renegade Software. "
 "When the Amiga was discontinued mid-development, production on P.I.D. was halted; when Terramarque members "
 "discussed whether the game should be ported to PlayStation, Fasoulas decided not to and quit game programming. A "
 "demo of the game has been released, but the game itself was not finished."]
KEPT["wp-housemarque"] = ("housemarque.txt", HOUSEMARQUE)
R.append(wp("wp-housemarque", "Housemarque",
 "https://wiki.outremer.quest/content/wikipedia_en_all_maxi_2023-10/A/Terramarque",
 "\n\n".join(HOUSEMARQUE),
 "video games", ["history", "founding", "merger", "acquisition"],
 "The article as a Kiwix copy of the dump wikipedia_en_all_maxi_2023-10 holds it in the page store "
 "(wiki.outremer.quest, at the address of the redirect 'Terramarque', whose page is the article 'Housemarque'; "
 "undated within the page, no revision id; a revision of up to October 2023: 'about 110 employees as of 2023'). Cut: "
 "the title line 'Housemarque'; the infobox lines that follow the lead in this copy ('Housemarque Oy', "
 "'TypeSubsidiary', 'IndustryVideo games', 'Predecessors' with 'Bloodhouse' and 'Terramarque', 'Founded19 July 1995 "
 "(1995-07-19)', 'Founders' with the two names, 'Headquarters,', 'Finland', 'Key people' (empty), 'Number of "
 "employees', '110[1] (2023)', 'ParentPlayStation Studios (2021\u2013present)', 'Websitehousemarque.com'), so the "
 "founding day of 19 July 1995 is not in the text; the heading 'History' and the sub-heading 'Bloodhouse and "
 "Terramarque (1993\u20131995)'; the citation markers '[2]' (nine times); cut after 'the game itself was not "
 "finished.', before the word the excerpt breaks off ('Hous'; `truncated`; a cut at a paragraph end), so the "
 "history from 1995 on is not in the text. No word added or changed. Kept as written: 'Housemarque Oy is a Finnish "
 "video game developer based in Helsinki', 'through the merger of their previous video game companies, Bloodhouse "
 "and Terramarque', 'both of which were founded in 1993 as Finland's first commercial developers', 'It was acquired "
 "by Sony Interactive Entertainment in June 2021, becoming a part of PlayStation Studios', 'Bloodhouse was led by "
 "Harri Tikkanen, and released their first game, Stardust in 1993' (no comma after Stardust), 'titled Super "
 "Stardust, released the following year', 'wherefore the game ended up on a covermount in British magazine The "
 "One', 'P.I.D. (short for Private Investigator Dollarally), to be published by Renegade Software', 'Fasoulas "
 "decided not to and quit game programming'. 250 words. No outage and no near-miss of one told. Recorded CC BY-SA "
 "4.0 (a Kiwix copy of the October 2023 dump, after Wikimedia's move to 4.0 of June 2023, as batch 55f recorded its "
 "copy of that dump); doubtful in that no revision id is held. Found at rank 3 of the query 'Housemarque Oy is a "
 "Finnish video game developer based in Helsinki, founded in 1995 through the merger of Bloodhouse and Terramarque'. "
 "Looked at and not used: friendlywiki.com (rank 1; raw wikitext with templates and references), wikimili.com's copy "
 "of a newer revision (rank 5; '29 years ago'), news (ranks 2, 4, 6, 7) and housemarque.com's blog (rank 8). "
 "Housemarque, Kuittinen, Tikkanen, Terramarque, Bloodhouse, Fasoulas, 'Miha Rinne', 'Renegade Software', "
 "Elfmania, Stardust, 'PlayStation Studios': " + CHECKED + " (Sony Interactive Entertainment is named in batch "
 "29a's train text on Kaz Hirai and in texts on other subjects; none is a history of Housemarque).",
 "non-US",
 copy_of="the Wikipedia article as it stood in October 2023, a Kiwix copy of the dump wikipedia_en_all_maxi_2023-10"))


def _norm(s):
    """The text without citation markers ('[4]', ' [4]', '[citation needed]'), whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[(\d+|citation needed)\]", "", s).split())


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
