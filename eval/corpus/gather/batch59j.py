#!/usr/bin/env python3
"""Batch 59j (session 56; gatherer lane 59j): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 57a, 57f, 57p, 58j, 58l and 59e, kept to
mid-size technology companies of the United States (an online service, graphics chips, personal computers, browser
software), new to the corpus: the online service of 1984-2001 founded on February 13, 1984 as Trintex, a joint venture
of CBS, IBM and Sears, Roebuck and Company, its roots in CBS and AT&T Corporation's Venture One of 1980, acquired by SBC
Communications in 2001, its Mexican branch by Telmex (online services, US); the Newtown, Pennsylvania maker of graphics
chips (ET3000, ET4000, ET6000) founded by Jack Tseng, whose engineers and graphics expertise ATI bought in December
1997 before the company merged with Cell Pathways in 1998 (graphics chips, US); the Irvine, California personal
computer maker founded in 1980 by Albert Wong, Safi Qureshey and Thomas Yuen as AST Associates (Qureshey its first
president), acquired by Samsung Electronics in 1997 (personal computers, US); and the Champaign, Illinois Internet
software company of 1990, an offshoot of the University of Illinois, licensee of NCSA's Mosaic and licensor of its
own Mosaic codebase to O'Reilly and Associates, CompuServe, IBM, Ipswitch and Microsoft (Internet Explorer), acquired
by OpenTV in 2000 (browser software, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): wikimili.com's copy of 'Prodigy (online service)' (a revision of 2024-2025), the-uncensored-wiki.com's copy of
'Tseng Labs' (a revision of about 2006-2007), en.wikipedia.org's rendering of 'AST Research' (a revision of
2023-2024) and en.wikipedia.org's '= Title =' rendering of 'Spyglass, Inc.' (undated); three cut at a paragraph or
sentence end (`truncated`), Tseng Labs' text whole but for the site lines. Edits per item in `notes` (title and site
lines, infobox lines, contents lines, headings, citation markers and page references cut; no word added or changed);
`verify()` checks every kept paragraph against the saved excerpt (/tmp/gather60j/src), the markers ('[1]', '[1]: 122',
'[edit]') dropped and whitespace runs compared as one space, as batches 58j, 58l and 59e did. No text tells an outage
(the lane's outage leads, The Planet's Houston fire of 2008 and 365 Main's San Francisco failure of 2007, came back
only as news and blog pages). newskg (or any extractor) was not run on any text. A round of four: twenty queries, six
of them answered with English Wikipedia text (or a copy of it) on a company of the lane, four taken (round notes,
/work/notes/gather60/59j.md; queries, /tmp/gather60j/src/queries.txt).
usage: batch59j.py [POOL_DIR] [--dry]   (default /tmp/gather60j/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather60j/pool"
SRC = "/tmp/gather60j/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-56 pools (/tmp/gather60*/pool) and in /work/notes/gather60/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- online services, US: Prodigy (wikimili.com's copy, a revision of 2024-2025) ------------------------------------
PRODIGY = [
 "Prodigy Communications Corporation was an online service from 1984 to 2001 that offered its subscribers access to a "
 "broad range of networked services. It was one of the major internet service providers of the 1990s.",
 "The company claimed it was the first consumer online service, citing its graphical user interface and basic "
 "architecture as differentiation from CompuServe, which started in 1979 and used a command-line interface. Prodigy "
 "was described by the New York Times as \"family-oriented\" and one of \"the Big Three information services\" in "
 "1994. By 1990, it was the second-largest online service provider with 465,000 subscribers, trailing only "
 "CompuServe's 600,000. In 1993 it was the largest.",
 "In 2001, it was acquired by SBC Communications, which in 2005 became the present iteration of AT&T. The Mexican "
 "branch of Prodigy, however, was acquired by Telmex.",
 "The roots of Prodigy date to 1980 when broadcaster CBS and telecommunications firm AT&T Corporation formed a joint "
 "venture named Venture One in Fair Lawn, New Jersey. The company conducted a market test of 100 homes in Ridgewood, "
 "New Jersey to gauge consumer interest in a Videotex-based TV set-top device that would allow consumers to shop at "
 "home and receive news, sports and weather. After concluding the market test, CBS and AT&T took the data and went "
 "their separate ways in pursuit of developing and profiting from this market demand.",
 "Prodigy was founded on February 13, 1984 as Trintex, a joint venture including CBS, computer manufacturer IBM and "
 "retailer Sears, Roebuck and Company."]
KEPT["wp-prodigy"] = ("prodigy-wikimili.txt", PRODIGY)
R.append(wp("wp-prodigy", "Prodigy (online service)", "https://wikimili.com/en/Prodigy_(online_service)",
 "\n\n".join(PRODIGY),
 "internet services/online services", ["history", "founding", "joint venture", "acquisition", "ownership"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; a revision of "
 "2024-2025: its infobox reads 'FoundedFebruary 13, 1984;40 years ago (1984-02-13) (as Trintex)'). Cut: the site's "
 "title line 'Prodigy (online service)' and its line 'Last updated'; the infobox lines ('Prodigy Communications, "
 "L.P.' to 'Products Telephone, Internet, Television', with 'Fate Defunct (part of AT&T Inc.)' and the headquarters "
 "in White Plains, New York and Austin, Texas), so White Plains, Austin and 'AT&T Inc.' are not in the text (cut as "
 "batches 54zu, 55i, 56b, 56j, 57a, 57f, 57p, 58j, 58l and 59e cut their infoboxes); the line 'Contents'; the "
 "heading 'Early history'; the citation markers ' [1]' to ' [8]' with the space before each (so 'Ridgewood, New "
 "Jersey [6] to gauge' reads 'Ridgewood, New Jersey to gauge'); cut in the last paragraph after '... a joint venture "
 "including CBS, computer manufacturer IBM and retailer Sears, Roebuck and Company.', before the sentence the excerpt "
 "breaks off ('The company was headed by Theodore Papes, a career IBM '; `truncated`; a cut at a sentence end), so "
 "Papes and his post are not in the text. No word added or changed. Kept as written: 'an online service from 1984 to "
 "2001', 'one of the major internet service providers of the 1990s' (lower-case 'internet'), 'citing its graphical "
 "user interface and basic architecture as differentiation from CompuServe, which started in 1979', 'described by "
 "the New York Times as \"family-oriented\"', 'trailing only CompuServe's 600,000', 'In 2001, it was acquired by SBC "
 "Communications, which in 2005 became the present iteration of AT&T.', 'The Mexican branch of Prodigy, however, was "
 "acquired by Telmex.', 'broadcaster CBS and telecommunications firm AT&T Corporation formed a joint venture named "
 "Venture One in Fair Lawn, New Jersey', 'The company conducted a market test of 100 homes' ('The company' being "
 "Venture One), 'CBS and AT&T took the data and went their separate ways', 'Prodigy was founded on February 13, 1984 "
 "as Trintex, a joint venture including CBS, computer manufacturer IBM and retailer Sears, Roebuck and Company.'. 248 "
 "words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a revision of 2024-2025, after Wikimedia's "
 "move to 4.0 of June 2023). Found at rank 2 of the query 'Prodigy Communications Corporation online service joint "
 "venture IBM and Sears, founded 1984, Wikipedia'; infomutt.com (rank 1; an unattributed older copy), wikisum.wiki "
 "(rank 3; sentences out of order), codeandcarrot.com (rank 4; a blog), blog.macb.net (rank 5; a pasted newspaper "
 "obituary), academickids.com (rank 6; a copy of about 2005), pinocchiopedia.com (rank 7; the same text, cut at the "
 "same word) and what-when-how.com (rank 8; a book's page) not used. Prodigy Communications, Trintex, Venture One, "
 "Fair Lawn, Theodore Papes: " + CHECKED + " ('Prodigy' alone only in batch 59e's CompuServe text, as one of 'the Big "
 "Three information services', another matter; 'SBC Communications', 'Telmex' and 'Sears, Roebuck' in texts on "
 "other matters).", "US", copy_of="the Wikipedia article, wikimili.com's copy"))

# ---- graphics chips, US: Tseng Labs (the-uncensored-wiki.com's copy, about 2006-2007) --------------------------------
TSENG = [
 "Tseng Laboratories, Inc. (also known as Tseng Labs or TLI) was a maker of graphics chips and controllers for IBM PC "
 "compatibles, based in Newtown, Pennsylvania, and founded by Jack Tseng. They were active from the early 1980s to "
 "their exit from the graphics business in 1997.",
 "Tseng's best-known products were the Tseng Labs ET3000, Tseng Labs ET4000 and Tseng Labs ET6000 VGA-compatible "
 "graphics chips, which were highly popular between 1990 and 1995 (the era of Windows 3.x). The company's ET4000 "
 "family was noteworthy for unusually fast host-interface (ISA) throughput, despite a conventional DRAM framebuffer.",
 "Tseng was a victim of the graphics card shakeout of the mid-1990s, losing market share to S3 Graphics and ATI "
 "Technologies. Tseng was especially late to integrate a RAMDAC into its product-line, not succeeding until the "
 "ET6000. In the later years of the ET4000's lifetime, the lack of an integrated RAMDAC severely hurt Tseng's "
 "competitiveness.",
 "Struggling to source adequate supplies of memory for their updated cards, and lacking the funds to complete "
 "development of a modern integrated 3D engine (the ET6300), the board decided to abandon plans to ship a next "
 "generation part, and chose instead to preserve the cash pile, and seek a buy out instead.",
 "This strategy eventually resulted in the company\u2019s engineers and graphics expertise being purchased by ATI "
 "(now AMD) in December of 1997. Tseng's management chose to use the proceeds of the sale, along with the existing "
 "cash reserves, to invest in a start-up, and merged the company with pharmaceutical company Cell Pathways in 1998."]
KEPT["wp-tseng-labs"] = ("tsenglabs-uncensored.txt", TSENG)
_t = wp("wp-tseng-labs", "Tseng Labs", "http://the-uncensored-wiki.com:20072/t/s/e/Tseng_Labs_dbdf.html",
 "\n\n".join(TSENG),
 "semiconductors/graphics chips", ["history", "founding", "products", "sale", "merger"],
 "The article as the-uncensored-wiki.com's copy holds it in the page store (no date or revision id held; a revision "
 "of about 2006-2007: the site line 'From Wikipedia, the free encyclopedia' and the closing 'In other languages' "
 "line of that period's MediaWiki, 'ATI (now AMD)' written after AMD's purchase of ATI in 2006, the copy held at the "
 "site's port 20072 as batch 59e's '@Home Network' was at port 20061). Cut: the title line 'Tseng Labs' and the site "
 "line 'From Wikipedia, the free encyclopedia'; the closing line 'In other languages' (the page's language links). "
 "The excerpt holds the article's whole body (no heading, infobox or citation marker in this copy), so nothing of the "
 "text is cut and `truncated` is false. No word added or changed. Kept as written: 'Tseng Laboratories, Inc. (also "
 "known as Tseng Labs or TLI)', 'a maker of graphics chips and controllers for IBM PC compatibles, based in Newtown, "
 "Pennsylvania, and founded by Jack Tseng', 'They were active from the early 1980s to their exit from the graphics "
 "business in 1997.', 'the Tseng Labs ET3000, Tseng Labs ET4000 and Tseng Labs ET6000 VGA-compatible graphics "
 "chips', '(the era of Windows 3.x)', 'losing market share to S3 Graphics and ATI Technologies', 'its product-line' "
 "(hyphenated), 'a modern integrated 3D engine (the ET6300)', 'a next generation part' (no hyphen), 'seek a buy out "
 "instead' (two words; 'instead' twice in its sentence), 'the company\u2019s engineers and graphics expertise being "
 "purchased by ATI (now AMD) in December of 1997' (a typographic apostrophe), 'merged the company with pharmaceutical "
 "company Cell Pathways in 1998'. 255 words. No outage and no near-miss of one told (the exit from the graphics "
 "business is a business decision). Recorded CC BY-SA 3.0 (a revision of about 2006-2007, before Wikimedia's move to "
 "4.0 of June 2023, as batches 57f, 58h, 58p and 59e recorded the same site's copies). Found at rank 1 of the query "
 "'Tseng Labs was an American manufacturer of graphics chips ET4000, founded by Jack Tseng, Newtown Pennsylvania, "
 "Wikipedia'; wikimili.com (rank 2; a 2022 revision whose excerpt ends in the product history, before the sale), "
 "questionai.com (rank 3; raw HTML), de.zxc.wiki (rank 4; German), dosdays.co.uk (rank 5; a product catalogue), "
 "hardware-aktuell.com (rank 6; German), store.computer.org (rank 7; a feature article) and de.wikial.top (rank 8; "
 "German) not used. Jack Tseng, Cell Pathways, ET4000, 'Tseng Laboratories': " + CHECKED + " ('Tseng Labs' only in "
 "GATHERING.md's lead lists; 'Newtown' in texts on other places).", "US", v3=True,
 copy_of="the Wikipedia article, via the-uncensored-wiki.com's copy of about 2006-2007")
_t["truncated"] = False
R.append(_t)

# ---- personal computers, US: AST Research (en.wikipedia.org's rendering, a revision of 2023-2024) -------------------
AST = [
 "AST Research, Inc., later doing business as AST Computer, was a personal computer manufacturer. It was founded in "
 "1980 in Irvine, California, by Albert Wong, Safi Qureshey, and Thomas Yuen, as an initialism of their first names. "
 "In the 1980s, AST designed add-on expansion cards, and evolved toward the 1990s into a major personal computer "
 "manufacturer. AST was acquired by Samsung Electronics in 1997 but was de facto closed in 1999 due to a series of "
 "losses.",
 "AST Research was founded as AST Associates by Thomas C. K. Yuen, Albert C. Wong, and Safi U. Qureshey. All three "
 "were immigrants to the United States\u2014Yuen and Wong from Hong Kong and Qureshey from Pakistan. Yuen had met "
 "Qureshey while working for Computer Automation Inc. in the 1970s, while Wong was a roommate of Yuen's while they "
 "both attended Orange Coast College in Costa Mesa, California. All had come to the United States to study "
 "engineering. Yuen was the principal founder of AST, proposing the creation of the company in 1979. Before breaking "
 "into the manufacture of hardware, Yuen envisioned the company as a computer consultancy firm for large businesses. "
 "The three incorporated AST Research with $2,000 of start-up capital in Irvine, California, in July 1980. The "
 "company name is an initialism for the three founders' first names. Selecting their initial job titles by drawing "
 "straws, Qureshey was named president, Yuen was named treasurer, and Wong was named secretary.",
 "AST delivered its first products by the end of 1981."]
KEPT["wp-ast-research"] = ("astresearch-enwiki.txt", AST)
R.append(wp("wp-ast-research", "AST Research", "https://en.wikipedia.org/wiki/AST_Research",
 "\n\n".join(AST),
 "computer hardware/personal computers", ["history", "founding", "founders", "acquisition"],
 "The article as en.wikipedia.org's rendering holds it in the page store (no revision id held; a revision of "
 "2023-2024: its infobox reads 'FoundedJuly 25, 1980; 43 years ago' and 'DefunctFebruary 28, 2001; 22 years ago', "
 "so between July 2023 and February 2024). Cut: the title line 'AST Research' and the site line 'From Wikipedia, "
 "the free encyclopedia'; the infobox lines ('AST Research, Inc.' to 'ParentSamsung Electronics (1997\u20132001) "
 "(archived)', with 'Company typeSubsidiary' and the headquarters in Irvine), so the infobox's parent and its years "
 "are not in the text (cut as batches 54zu, 55i, 56b, 56j, 57a, 57f, 57p, 58j, 58l and 59e cut their infoboxes); "
 "the heading 'Foundation (1979\u20131986)[edit]'; the citation markers and page references '[1]: 122' (three "
 "times), '[2]' and '[3][4]: 41' with the spaces after them; cut in the third paragraph after 'AST delivered its "
 "first products by the end of 1981.', before the sentence the excerpt breaks off ('By then, the computer "
 "consultancy idea had been abandoned, th'; `truncated`; a cut at a sentence end). No word added or changed. Kept as "
 "written: 'AST Research, Inc., later doing business as AST Computer', 'founded in 1980 in Irvine, California, by "
 "Albert Wong, Safi Qureshey, and Thomas Yuen, as an initialism of their first names', 'AST was acquired by Samsung "
 "Electronics in 1997 but was de facto closed in 1999 due to a series of losses.', 'AST Research was founded as AST "
 "Associates by Thomas C. K. Yuen, Albert C. Wong, and Safi U. Qureshey.' (the founders' fuller names), 'the United "
 "States\u2014Yuen and Wong from Hong Kong' (an em dash, no spaces), 'while working for Computer Automation Inc. in "
 "the 1970s', 'a roommate of Yuen's while they both attended Orange Coast College in Costa Mesa, California', 'Yuen "
 "was the principal founder of AST', 'The three incorporated AST Research with $2,000 of start-up capital in Irvine, "
 "California, in July 1980.', 'Selecting their initial job titles by drawing straws, Qureshey was named president, "
 "Yuen was named treasurer, and Wong was named secretary.', 'AST delivered its first products by the end of 1981.'. "
 "247 words. No outage and no near-miss of one told ('de facto closed in 1999 due to a series of losses' is a "
 "business failure). Recorded CC BY-SA 4.0 (a revision of July 2023 - February 2024, after Wikimedia's move to 4.0 of "
 "June 2023). Found at rank 5 of the query 'AST Research was an American personal computer manufacturer founded 1980 "
 "by Albert Wong, Safi Qureshey and Thomas Yuen, acquired by Samsung'; all-dictionary.com (rank 1), "
 "homecomputermuseum.nl (rank 2; its own text), piglix.com (rank 3; an older copy), en.wikipedia.org (rank 4; an "
 "older revision, 'Jump to navigation', without the founders' posts), pastfermiumj729.sbs (rank 6; a mirror under an "
 "unrelated user-page address), web-production-4e80b.up.railway.app (rank 7; a generated text) and latimes.com (rank "
 "8; news) not used. AST Research, Qureshey, Thomas Yuen, Computer Automation, Orange Coast College, 'AST "
 "Associates': " + CHECKED + " ('AST Research' only in GATHERING.md's lead lists; 'Albert Wong' in a Wikinews text on "
 "another person; 'Samsung Electronics' in texts on other matters).", "US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- browser software, US: Spyglass, Inc. (en.wikipedia.org's '= Title =' rendering, undated) ----------------------
SPYGLASS = [
 "Spyglass, Inc. was an Internet software company. It was founded in 1990, in Champaign, Illinois, as an offshoot of "
 "the University of Illinois at Urbana\u2013Champaign, and later moved to Naperville, Illinois. Spyglass was created "
 "to commercialize and support technologies from the National Center for Supercomputing Applications (NCSA). It "
 "focused on data visualization tools, such as graphing packages and 3D rendering engines.",
 "Spyglass became well known for its version of the Mosaic web browser. The company was acquired by OpenTV in 2000, "
 "now part of Kudelski Group, in a $2.5 billion stock swap.",
 "In May 1994, Spyglass licensed NCSA's Mosaic browser for several million dollars, with the intent to develop their "
 "own Web browser. However, NCSA's development effort had resulted in different features, user interfaces, and "
 "codebases for each of its major platforms: UNIX, Microsoft Windows, and classic Mac OS. Spyglass therefore created "
 "its own Mosaic codebase in which most source code and all features were shared between platforms.",
 "Spyglass offered a 30-day trial version for download, but did not actually sell the product to end-users. "
 "Instead, it licensed the code to re-sellers that delivered either an unmodified Spyglass Mosaic (e.g., O'Reilly and "
 "Associates) or a browser based on the Spyglass codebase (as CompuServe, IBM and Ipswitch) did. Among the browsers "
 "produced under license using Spyglass Mosaic's codebase was Microsoft's Internet Explorer.",
 "In addition to the major desktop platforms, Spyglass ported Mosaic to other systems including Nintendo 64 for the "
 "SharkWire Online system."]
KEPT["wp-spyglass"] = ("spyglass-enwiki.txt", SPYGLASS)
R.append(wp("wp-spyglass", "Spyglass, Inc.", "https://en.wikipedia.org/wiki/Spyglass,_Inc.",
 "\n\n".join(SPYGLASS),
 "software/web browsers", ["history", "founding", "licensing", "products", "acquisition"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; the "
 "'now part of Kudelski Group' of its lead and infobox is of 2010 or later, and wiki.outremer.quest's Kiwix copy of "
 "2023-10 holds the same lead). Cut: the title line '= Spyglass, Inc. ='; the infobox lines ('Spyglass, Inc.', '- "
 "Logo: Spyglass Inc Logo.png' to '- Products: Web browser intellectual property', with '- Fate: Acquired by OpenTV "
 "(now Kudelski Group)', '- Founder: NCSA, University of Illinois at Urbana\u2013Champaign' and '- Defunct: 2000'), "
 "so the infobox's founder line is not in the text (cut as batches 54zu, 55i, 56b, 56j, 57a, 57f, 57p, 58j, 58l and "
 "59e cut their infoboxes); the heading '==Mosaic=='; cut after '... including Nintendo 64 for the SharkWire Online "
 "system.', before the heading the excerpt breaks off ('===Browser '; `truncated`; a cut at a paragraph end), so the "
 "browser wars and the dispute with Microsoft are not in the text. No citation markers in this rendering. No word "
 "added or changed. Kept as written: 'Spyglass, Inc. was an Internet software company.', 'as an offshoot of the "
 "University of Illinois at Urbana\u2013Champaign' (an en dash), 'to commercialize and support technologies from the "
 "National Center for Supercomputing Applications (NCSA)', 'The company was acquired by OpenTV in 2000, now part of "
 "Kudelski Group, in a $2.5 billion stock swap.', \"In May 1994, Spyglass licensed NCSA's Mosaic browser for several "
 "million dollars\", 'its major platforms: UNIX, Microsoft Windows, and classic Mac OS', 'an unmodified Spyglass "
 "Mosaic (e.g., O'Reilly and Associates)', 'a browser based on the Spyglass codebase (as CompuServe, IBM and "
 "Ipswitch) did' (the verb after the parenthesis), \"Among the browsers produced under license using Spyglass "
 "Mosaic's codebase was Microsoft's Internet Explorer.\", 'Nintendo 64 for the SharkWire Online system'. 242 words. "
 "No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (doubtful: the revision is undated, as batches 56j, "
 "57a, 57f, 57p, 58j and 59e recorded their undated '= Title =' renderings). Found at rank 2 of the query 'Spyglass, "
 "Inc. was an American Internet software company Champaign Illinois, licensed Mosaic to Microsoft Internet Explorer, "
 "acquired by OpenTV 2000'; de.zxc.wiki (rank 1; German), db0nus869y26v.cloudfront.net (rank 3; an unnamed mirror), "
 "piglix.com (rank 4; a copy of about 2017), en.wikipedia.org (rank 5; an older revision, 'Jump to: navigation'), "
 "wiki.outremer.quest (rank 6; a Kiwix copy of 2023-10 with tables in the text) and theinfolist.com (ranks 7-8; link "
 "glosses pasted into the text) not used. Spyglass, OpenTV, Kudelski, Ipswitch, SharkWire, 'National Center for "
 "Supercomputing': " + CHECKED + " ('Mosaic' only in a text on another matter, a shop's name; CompuServe in batch 59e's "
 "CompuServe text, another matter).", "US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))


def _norm(s):
    """The text without citation markers, page references and edit links ('[4]', ' [4]', '[1]: 122', '[edit]',
    '[citation needed]'), whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[(\d+|edit|citation needed)\](:\s*\d+)?", "", s).split())


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
