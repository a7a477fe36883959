#!/usr/bin/env python3
"""Batch 58j (session 55; gatherer lane 58j): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 57a, 57f and 57p, kept to mid-size technology
and electronics companies of the United States and Wales, new to the corpus: a Mountain View, California, software and
electronics company spun off from Apple Computer in May 1990 with the founders Marc Porat, Andy Hertzfeld and Bill
Atkinson, Apple's then-CEO John Sculley joining its board, maker of Magic Cap (used by Sony's Magic Link and the
Motorola Envoy) and Telescript, liquidated in 2004 (software and electronics, US); a Welsh maker of the Dragon 32 and
Dragon 64 home computers set up by the toy company Mettoy, which sought a North American branch with Rexnord's Tano
Corporation and sold stakes to Prudential's Prutec, Hill Samuel and the Welsh Development Agency (computer hardware,
UK); a San Jose, California, maker of 3D graphics chips founded in 1994 by Ross Smith, Gary Tarolli and Scott Sellers
with backing from Gordie Campbell's TechFarm, maker of Voodoo Graphics, Voodoo2 and the Glide API, acquired by Nvidia
after going bankrupt in 2002 (graphics hardware, US); and a Richardson, Texas, microprocessor developer founded in
1988 by Tom Brightman and Jerry Rogers, whose foundry partner was IBM, which merged with National Semiconductor on 11
November 1997, its designs going on as MediaGX and Geode (semiconductors, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' renderings of 'General Magic' and 'Dragon Data' (both undated), piglix.com's
copy of '3dfx Interactive' (held at the redirect's address 'Voodoo_Graphics'; a revision of about 2017) and
wikimili.com's copy of 'Cyrix' (a revision of 2022 or later); each cut at a paragraph end (`truncated`). Edits per
item in `notes` (title and site lines, infobox lines, maintenance-tag lines, headings, citation markers cut; no word
added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather59j/src), the markers
('[1]', '[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as batches 55e, 55i, 55p,
55x, 55za, 55zd, 56b, 56j, 57a, 57f and 57p did. No text tells an outage; two tell near-misses of one (General Magic
ceasing operations and liquidated; 3dfx going bankrupt: business failures). newskg (or any extractor) was not run on
any text. A round of four: eight queries, four of them answered with English Wikipedia text on a company not yet in
the corpus that was taken (round notes, /work/notes/gather59/58j.md; queries, /tmp/gather59j/src/queries.txt).
usage: batch58j.py [POOL_DIR] [--dry]   (default /tmp/gather59j/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather59j/pool"
SRC = "/tmp/gather59j/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-55 pools (/tmp/gather59*/pool) and in /work/notes/gather59/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- software and electronics, US: General Magic (en.wikipedia.org's '= Title =' rendering, undated) --------------
GENERAL_MAGIC = [
 "General Magic was an American software and electronics company co-founded by Bill Atkinson, Andy Hertzfeld, and "
 "Marc Porat. Based in Mountain View, California, the company developed precursors to USB, software modems, small "
 "touchscreens, touchscreen controller Integrated circuits, ASICs, multimedia email, networked games, streaming TV, "
 "and early e-commerce notions.",
 "The company's main product was Magic Cap, the operating system used in 1994 by Sony's Magic Link and the Motorola "
 "Envoy PDAs. It also introduced the programming language Telescript. After announcing it would cease operations in "
 "2002, it was liquidated in 2004 with Paul Allen purchasing most of its patents.",
 "The original project started in 1989 within Apple Computer, when Marc Porat convinced Apple's then-CEO John Sculley "
 "that the next generation of computing would require a partnership of computer, communications and consumer "
 "electronics companies to cooperate. Known as the Paradigm project, the project ran for some time within Apple, but "
 "management remained generally uninterested and the team struggled for resources. Eventually they approached "
 "Sculley with the idea of spinning off the group as a separate company, which occurred in May 1990 with founders "
 "Marc Porat, Andy Hertzfeld, and Bill Atkinson. Apple took a minority stake in the company, with John Sculley "
 "joining the General Magic board.",
 "Porat, Hertzfeld and Atkinson were soon joined at General Magic by Susan Kare, Joanna Hoffman (vice president of "
 "marketing), hardware pioneer Wendell Sander, Walt Broedner and Megan Smith who joined from Apple Japan, and most of "
 "Apple's System 7 team, including Phil Goldman and soon after Bruce Leak and Darin Adler."]
KEPT["wp-general-magic"] = ("generalmagic-enwiki.txt", GENERAL_MAGIC)
R.append(wp("wp-general-magic", "General Magic", "https://en.wikipedia.org/wiki/General_Magic",
 "\n\n".join(GENERAL_MAGIC),
 "software/electronics", ["history", "founding", "spin-off", "leadership", "products", "liquidation"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; the "
 "latest year the kept text names is 2004). Cut: the title line '= General Magic ='; the infobox lines ('General "
 "Magic', '- Logo: frameless', '- Class: skin-invert]]', '- Hq Location City: Mountain View, California', '- Hq "
 "Location Country: United States'; cut as batches 54zu, 55i, 56b, 56j, 57a, 57f and 57p cut their infoboxes); the "
 "headings '==History==' and '===Apple project and spinoff (1989)==='; cut after '... including Phil Goldman and soon "
 "after Bruce Leak and Darin Adler.', before the heading '===Early years (1992\u20131994)===' and the paragraph the "
 "excerpt breaks off ('The company initially operated in near-complete secrecy. By 1'; `truncated`; a cut at a "
 "paragraph end). No citation markers in this rendering. No word added or changed. Kept as written: 'General Magic "
 "was an American software and electronics company co-founded by Bill Atkinson, Andy Hertzfeld, and Marc Porat.', "
 "'touchscreen controller Integrated circuits' (capital 'I'), 'the operating system used in 1994 by Sony's Magic Link "
 "and the Motorola Envoy PDAs', 'It also introduced the programming language Telescript.', 'it was liquidated in 2004 "
 "with Paul Allen purchasing most of its patents', 'Marc Porat convinced Apple's then-CEO John Sculley', 'Known as "
 "the Paradigm project', 'which occurred in May 1990 with founders Marc Porat, Andy Hertzfeld, and Bill Atkinson', "
 "'Apple took a minority stake in the company, with John Sculley joining the General Magic board.', 'Joanna Hoffman "
 "(vice president of marketing)', 'hardware pioneer Wendell Sander', 'Walt Broedner and Megan Smith who joined from "
 "Apple Japan', 'most of Apple's System 7 team'. 255 words. No outage told; one near-miss (General Magic's announced "
 "end of operations in 2002 and its liquidation in 2004: a business ending). Recorded CC BY-SA 4.0 (doubtful: the "
 "revision is undated; the '= Title =' renderings that batches 55i and 56b dated were of 2024-2025, after Wikimedia's "
 "move to 4.0 of June 2023, as batches 56j, 57a, 57f and 57p recorded their undated ones). Found at rank 4 of the "
 "query 'General Magic was an American software and electronics company co-founded by Bill Atkinson, Andy Hertzfeld, "
 "and Marc Porat'; wikisum.wiki (rank 1; sentences out of order with footnote numbers), vuink.com (rank 2; a pasted "
 "copy), liquisearch.com (rank 3; an older revision with pasted quotations), a generated rewrite on up.railway.app "
 "(ranks 5 and 7), piglix.com (rank 6; an older revision) and kamlashow.com (rank 8) not used. General Magic, Marc "
 "Porat, Hertzfeld, Bill Atkinson, Sculley, Joanna Hoffman, Susan Kare, Wendell Sander, Megan Smith, Phil Goldman, "
 "Bruce Leak, Darin Adler, Magic Cap, Telescript, Magic Link, Motorola Envoy, Paradigm project: " + CHECKED + ".",
 "US", copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- computer hardware, UK (Wales): Dragon Data (en.wikipedia.org's '= Title =' rendering, undated) -----------------
DRAGON = [
 "Dragon Data Ltd. was a Welsh producer of home computers during the early 1980s. These computers, the Dragon 32 and "
 "Dragon 64, strongly resembled the Tandy TRS-80 Color Computer (\"CoCo\")\u2014both followed a standard Motorola "
 "datasheet configuration for the three key components (CPU, SAM and VDG). The machines came in both 32 KB and "
 "(later) 64 KB versions.",
 "The history of Dragon Data in the period 1982-84 was a checkered one.",
 "The company was originally set up by toy company Mettoy, and after initial good sales looked to have a bright "
 "future. At its high point it entered negotiations with Rexnord's Tano Corporation to form a North American branch.",
 "Mettoy then suffered financial difficulties, casting a shadow on the future of Dragon Data before it was spun off "
 "as a separate business, forcing the company to seek outside investors and to dispose of a majority stake in this "
 "new enterprise. Prudential's technology investment subsidiary, Prutec, took a 41 percent stake, alongside Hill "
 "Samuel and the Welsh Development Agency (WDA), leaving Mettoy with a 20 percent stake.",
 "However, a number of circumstances (the delay in introducing the 64K model, poor colour support with a maximum of 4 "
 "colours displayable in \"graphics mode\" and only 2 colours in the highest 256 \u00d7 192 pixel mode, the late "
 "introduction of the external disk unit and of the supporting OS-9-based software) caused the company to lose market "
 "share."]
KEPT["wp-dragon-data"] = ("dragondata-enwiki.txt", DRAGON)
R.append(wp("wp-dragon-data", "Dragon Data", "https://en.wikipedia.org/wiki/Dragon_Data",
 "\n\n".join(DRAGON),
 "computer hardware", ["history", "parent company", "products", "ownership", "investors"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; the "
 "latest year the kept text names is '1982-84', the cut infobox's 1984). Cut: the title line '= Dragon Data ='; the "
 "infobox lines ('Dragon Data Ltd.', '- Logo: Dragon-data-logo-300px.png', '- Founded: 1982', '- Defunct: 1984', '- "
 "Fate: No longer in existence (final owner bankrupt)', '- Industry: Computer hardware', '- Products: Dragon 32 and 64 "
 "computers', '- Location: Wales, United Kingdom'), so the years 1982 and 1984 on their own, Wales and the United "
 "Kingdom are not in the text (cut as batches 54zu, 55i, 56b, 56j, 57a, 57f and 57p cut their infoboxes); the heading "
 "'== History =='; cut after '... caused the company to lose market share.', before the paragraph the excerpt breaks "
 "off inside its first sentence ('With Dragon Data itself experiencing difficulties, a \"survival plan\" was "
 "formulated by a temporary chief executive appointed by the WDA ... into whose own portfolio t'; `truncated`; a cut "
 "at a paragraph end), so the unnamed temporary chief executive is not in the text. No citation markers in this "
 "rendering. No word added or changed. Kept as written: 'Dragon Data Ltd. was a Welsh producer of home computers "
 "during the early 1980s.', 'the Tandy TRS-80 Color Computer (\"CoCo\")\u2014both followed' (an em dash, no spaces), "
 "'(CPU, SAM and VDG)', 'in the period 1982-84 was a checkered one' (a hyphen), 'originally set up by toy company "
 "Mettoy', 'it entered negotiations with Rexnord's Tano Corporation to form a North American branch', 'before it was "
 "spun off as a separate business', 'Prudential's technology investment subsidiary, Prutec, took a 41 percent stake, "
 "alongside Hill Samuel and the Welsh Development Agency (WDA), leaving Mettoy with a 20 percent stake.', 'the "
 "highest 256 \u00d7 192 pixel mode' (a multiplication sign), 'the supporting OS-9-based software'. 233 words. No "
 "outage and no near-miss of one told (the loss of market share is a business decline). Recorded CC BY-SA 4.0 "
 "(doubtful: the revision is undated, as above). Found at rank 2 of the query 'Dragon Data Ltd was a Welsh "
 "manufacturer of home computers, subsidiary of Mettoy, Port Talbot, Dragon 32'; collection.sciencemuseumgroup.org.uk "
 "(rank 1), magzter.com (rank 3; PC Pro, copyrighted), obsoletemedia.org (rank 4), geocities.ws (rank 5), sundby.com "
 "(rank 6), babylonwales.blogspot.com (rank 7) and friendlywiki.com (rank 8; the article's wikitext with templates) "
 "not used. Dragon Data, Mettoy, Rexnord, Tano Corporation, Prutec, Welsh Development Agency, Dragon 32: " + CHECKED +
 " ('Hill Samuel' only in GATHERING.md on another matter).", "non-US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- graphics hardware, US: 3dfx Interactive (piglix.com's copy, a revision of about 2017) --------------------------
TDFX = [
 "3dfx Interactive was a company headquartered in San Jose, California, founded in 1994, that specialized in the "
 "manufacturing of 3D graphics processing units and, later, graphics cards. It was a pioneer in the field from the "
 "late 1990s until 2000.",
 "The company's flagship product was the Voodoo Graphics, an add-in card that accelerated 3D graphics. The hardware "
 "accelerated only 3D rendering, relying on the PC's current video card for 2D support. Despite this limitation, the "
 "Voodoo Graphics product and its follow-up, Voodoo2, were popular. It became standard for 3D games to offer support "
 "for the company's Glide API.",
 "3dfx rapidly declined beginning in the late 1990s and was acquired by Nvidia mostly for intellectual property "
 "rights after going bankrupt in 2002.",
 "Founded in 1994 by Ross Smith, Gary Tarolli and Scott Sellers (all former employees of Silicon Graphics Inc.) with "
 "backing from Gordie Campbell's TechFarm, 3dfx released its Voodoo Graphics chip in 1996. The company manufactured "
 "only the chips and some reference boards, and initially did not sell any product to consumers; rather, it acted as "
 "an OEM supplier for graphics card companies, which designed, manufactured, marketed, and sold their own graphics "
 "cards including the Voodoo chipset.",
 "3dfx gained initial fame in the arcade market. The first arcade machine that 3Dfx Voodoo Graphics hardware was used "
 "in was ICE Home Run Derby, a game released in 1996. Later that year it was featured in more popular titles, such as "
 "Atari's San Francisco Rush and Wayne Gretzky's 3D Hockey."]
KEPT["wp-3dfx-interactive"] = ("3dfx-piglix.txt", TDFX)
R.append(wp("wp-3dfx-interactive", "3dfx Interactive", "http://piglix.com/piglix/Voodoo_Graphics",
 "\n\n".join(TDFX),
 "graphics hardware/semiconductors", ["history", "founding", "products", "customers", "bankruptcy", "acquisition"],
 "The article as piglix.com (a site that serves copies of Wikipedia articles) holds it at the address of the redirect "
 "'Voodoo_Graphics' (the page's title line 'Voodoo Graphics'; its text and infobox are those of '3dfx Interactive', "
 "so the record is titled and attributed to that article; undated, no revision id; a revision of about 2017: the "
 "infobox reads 'Founded 1994; 23 years ago (1994)', as batch 58c dated its piglix.com copy of Silicon Knights to "
 "about 2015-2017). Cut: the site line '*** Welcome to piglix ***' and the title line 'Voodoo Graphics'; the infobox "
 "lines ('3dfx Interactive', 'Industry Semiconductors', 'Fate Bankrupt, most assets bought by Nvidia, fate of "
 "remaining assets unknown.', 'Successor Nvidia', 'Founded 1994; 23 years ago (1994)', 'Defunct 2002', 'Headquarters "
 "San Jose, California, USA', 'Key people', 'Ross Smith, Scott Sellers, Gary Tarolli', 'Products Voodoo Graphics "
 "Series', 'Website 3dfx.com at the Wayback Machine (archived February 1, 2001)'), so 'most assets bought by Nvidia' "
 "is not in the text (cut as batches 54zu, 55i, 56b, 56j, 57a, 57f, 57p and 58c cut their infoboxes); the excerpt's "
 "closing lines '...', 'Wikipedia' and '...' (piglix.com's end of its opening section and its attribution line), "
 "after '... such as Atari's San Francisco Rush and Wayne Gretzky's 3D Hockey.' (`truncated`: piglix.com shows the "
 "opening of the article only; a cut at a paragraph end). No citation markers in this copy. No word added or changed. "
 "Kept as written: 'a company headquartered in San Jose, California, founded in 1994, that specialized in the "
 "manufacturing of 3D graphics processing units and, later, graphics cards', 'The company's flagship product was the "
 "Voodoo Graphics, an add-in card', 'its follow-up, Voodoo2', 'the company's Glide API', 'was acquired by Nvidia "
 "mostly for intellectual property rights after going bankrupt in 2002', 'Founded in 1994 by Ross Smith, Gary "
 "Tarolli and Scott Sellers (all former employees of Silicon Graphics Inc.) with backing from Gordie Campbell's "
 "TechFarm', 'it acted as an OEM supplier for graphics card companies', 'the Voodoo chipset', 'The first arcade "
 "machine that 3Dfx Voodoo Graphics hardware was used in was ICE Home Run Derby' (capital 'D' in '3Dfx'), 'Later that "
 "year', 'Atari's San Francisco Rush and Wayne Gretzky's 3D Hockey'. 248 words. No outage told; one near-miss (3dfx "
 "'going bankrupt in 2002': a business failure). Recorded CC BY-SA 3.0 (content of about 2017, before Wikimedia's "
 "move to 4.0 of June 2023, as batches 55n and 58c recorded their piglix.com copies); doubtful in that no revision id "
 "is held. Found at rank 7 of the query '3dfx Interactive was an American computer hardware company founded in 1994 "
 "by Ross Smith, Gary Tarolli and Scott Sellers'; computerhistory.org (rank 1; an oral-history page), tech.china.com "
 "(rank 2; Chinese), liquisearch.com (rank 3; a section with pasted quotations), oemdrivers.com (rank 4; an "
 "unattributed copy of an older revision), vdocuments.us (rank 5; a transcript, copyrighted), videocide.com (rank 6) "
 "and computerlanguage.com (rank 8) not used. 3dfx, Voodoo Graphics, Glide API, Tarolli, Scott Sellers, Ross Smith, "
 "Gordie Campbell, TechFarm: " + CHECKED + " ('Nvidia' and 'Silicon Graphics' in texts on other matters, none a "
 "history of 3dfx).", "US",
 v3=True, copy_of="the Wikipedia article, via piglix.com's copy of about 2017"))

# ---- semiconductors, US: Cyrix (wikimili.com's copy, a revision of 2022 or later) ---------------------------------
CYRIX = [
 "Cyrix Corporation was a microprocessor developer that was founded in 1988 in Richardson, Texas, as a specialist "
 "supplier of floating point units for 286 and 386 microprocessors. The company was founded by Tom Brightman and "
 "Jerry Rogers.",
 "In 1992, Cyrix introduced its own i386 compatible processors, the 486SLC and 486DLC. These had higher performance "
 "than the Intel parts, but a lower price. They were primarily marketed to users looking to upgrade existing "
 "machines. Their release sparked a lengthy series of lawsuits with Intel while their foundry partner IBM was "
 "releasing the same designs under their own branding.",
 "The combination of these events led Cyrix to begin losing money, and the company merged with National "
 "Semiconductor on 11 November 1997. National released Cyrix's latest designs under the MediaGX name and then an "
 "updated version as Geode in 1999. National sold the line to AMD in August 2003 where it was known as Geode. The "
 "line was discontinued in 2019.",
 "At the end of March in 1992, the Cyrix Cx486SLC was released. It was a x86 microprocessor that was pin compatible "
 "with the 386SX and made for notebook computer applications. Following up shortly after in June 1992, the Cx486DLC "
 "was released, a desktop version of the SLC that was pin-compatible with the 386DX."]
KEPT["wp-cyrix"] = ("cyrix-wikimili.txt", CYRIX)
R.append(wp("wp-cyrix", "Cyrix", "https://wikimili.com/en/Cyrix",
 "\n\n".join(CYRIX),
 "semiconductors", ["history", "founding", "products", "foundry partner", "merger", "product line sale"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; a revision of 2022 or "
 "later: the text names the line's end in 2019, and the same lead in another copy cites sources retrieved on 21 "
 "February 2022). Cut: the maintenance-tag line 'This article needs additional citations for verification .(June "
 "2016) |'; the infobox lines ('Company type | Public company |' to 'Number of employees | c. 300 |', with 'Fate | "
 "Merged and dissolved |' and 'Successor | Sold to National Semiconductor (later to VIA Technologies); assets sold to "
 "Advanced Micro Devices |'), so the sale to National Semiconductor and VIA Technologies in those words, 'Advanced "
 "Micro Devices' in full and the NASDAQ ticker are not in the text (cut as batches 54zu, 55i, 56b, 56f, 56j, 57a, 57f "
 "and 57p cut their infoboxes); the citation markers ' [2]' to ' [7]' with the space before each (so 'the 486SLC and "
 "486DLC. [2] These' reads 'the 486SLC and 486DLC. These'); the excerpt's single line breaks between paragraphs kept "
 "as blank lines; cut after '... a desktop version of the SLC that was pin-compatible with the 386DX.', before the "
 "maintenance-tag line 'This section possibly contains original research .(February 2014) |' and the paragraph the "
 "excerpt breaks off ('The first Cyrix product for the personal computer market was a x87 compatible FPU coprocessor. "
 "The Cyrix FasMath 83D87 and 83S87 were introduced in November 1989. [8] The 83D'; `truncated`; a cut at a "
 "paragraph end). The copy drops the article's headings (none to cut). No word added or changed. Kept as written: "
 "'a specialist supplier of floating point units for 286 and 386 microprocessors', 'The company was founded by Tom "
 "Brightman and Jerry Rogers.', 'its own i386 compatible processors' (no hyphen), 'These had higher performance than "
 "the Intel parts, but a lower price.', 'their foundry partner IBM was releasing the same designs under their own "
 "branding', 'the company merged with National Semiconductor on 11 November 1997', 'National released Cyrix's latest "
 "designs under the MediaGX name and then an updated version as Geode in 1999.', 'National sold the line to AMD in "
 "August 2003 where it was known as Geode.', 'At the end of March in 1992, the Cyrix Cx486SLC was released.', 'It was "
 "a x86 microprocessor that was pin compatible with the 386SX' ('a x86', no hyphen in 'pin compatible'), 'a desktop "
 "version of the SLC that was pin-compatible with the 386DX' (with the hyphen). 211 words. No outage and no near-miss "
 "of one told (the line 'discontinued in 2019' is a product withdrawn). Recorded CC BY-SA 4.0 (doubtful: a revision "
 "of 2022 or later, not dated closer; wikimili.com's copies are of recent revisions, as batch 56f recorded its "
 "wikimili.com copy of Wagamama). Found at rank 6 of the query 'Cyrix Corporation was a microprocessor developer "
 "founded in 1988 in Richardson, Texas, Wikipedia'; review.clateway.com (rank 1 of this query and of the first; a web "
 "proxy, not a mirror, as batch 57a did not use it), ibselectronics.com (rank 2), factsnippet.com (ranks 3-4; "
 "sentences cut apart), pc-atrium.de (rank 5; German), miekuah.co.vu (rank 7; an unattributed blog copy of an older "
 "revision) and telecomcorridor.com (rank 8) not used. Cyrix, Brightman, Jerry Rogers, National Semiconductor, "
 "MediaGX, Geode, 486SLC: " + CHECKED + ".", "US",
 copy_of="the Wikipedia article, wikimili.com's copy"))


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
