#!/usr/bin/env python3
"""Batch 71x (session 65; gatherer lane 71x): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-71s, kept to a British business-computer maker of 1965-2005, an American electronic-kit and
microcomputer maker of 1967-1990 and a British computer-hardware company of 1982 on, all new to the corpus (Apricot
Computers, SWTPC and Torch Computers named before only in the 'Leads for a next round' or the lists of names looked at
of earlier rounds, as GATHERING.md holds them): Apricot Computers Ltd., originally Applied Computer Techniques Ltd.
(ACT), maker of the ACT Sirius 1, with a research and development center in Birmingham, acquired by the Mitsubishi
Electric Corporation (MELCO) in the early 1990s (computer hardware, UK); Southwest Technical Products Corporation
(SWTPC), incorporated in 1967 in San Antonio, Texas, succeeding the Daniel E. Meyer Company, seller of kits for Popular
Electronics articles by Daniel Meyer, Don Lancaster and Louis Garner, maker of the TV Typewriter (CT-1024) and of
computer kits on the Motorola 6800 and 6809, Point Systems from 1990 (electronic kits and computers, US); and Torch
Computers Ltd, from a 1982 joint venture between Acorn Computers and Climar Group, maker of the Communicator, in Great
Shelford near Cambridge, buyer of Arfon Microelectronics (founded by Kerr Borland in Caernarfon with the Welsh
Development Agency), set to be acquired by GEC in 1983, its founder Martin Vlieland-Boddy resigning as a director to
found Data Technologies, developer of the Graduate (computer hardware, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' rendering of 'Apricot Computers' (undated: recorded 4.0), wiki2.org's copy of
'SWTPC' (a Wikipedia reskin, undated: recorded 4.0) and wikimili.com's copy of 'Torch Computers' (undated, a recent
revision: recorded 4.0); each cut at a sentence end before the sentence its excerpt breaks off in, or before a
section heading (`truncated`: each article goes on). Edits per item in `notes` (title lines, infobox lines, headings
and citation markers cut; paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept
paragraph against the saved excerpt (/tmp/gather71x/src), the markers ('[1]', ' [1]', '[edit]', '[citation needed]')
dropped and whitespace runs compared as one space, as batches 55e-71s did. No text tells an outage or a near-miss of
one. newskg (or any extractor) was not run on any text. A round of three: nine queries, three answered with English
Wikipedia text on a company not yet in the corpus, all three taken (round notes, /tmp/gather71x/NOTES.md; queries,
/tmp/gather71x/src/queries.txt; claims, /work/notes/gather71/CLAIMS.txt).
usage: batch71x.py [POOL_DIR] [--dry]   (default /tmp/gather71x/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71x/pool"
SRC = "/tmp/gather71x/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-65 pools "
           "(/tmp/gather71*/pool) and in /work/notes/gather71/CLAIMS.txt, and in GATHERING.md only the 'Leads for a "
           "next round' or the lists of names of earlier rounds, as they stood when checked (`grep -rilF`, file names "
           "only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- computer hardware, UK: Apricot Computers (en.wikipedia.org's '= Title =' rendering) --------------------------
AP = [
 "Apricot Computers Ltd., originally Applied Computer Techniques Ltd. (ACT), was a British electronic company active "
 "from 1965 to 2005. The company had its greatest success during the 1980s as a manufacturer of personal computers for "
 "businesses, including the highly popular ACT Sirius 1, which for a time was the most popular 16-bit business "
 "computer in Europe. The company later released a number of MS-DOS\u2013compatible computer systems, to varying "
 "degrees of commercial success.",
 "Apricot was an innovative computer hardware company with a research and development center in Birmingham capable "
 "of manufacturing nearly every component of a personal computer, except for the integrated circuits (chips) "
 "themselves. This included custom BIOS development, system-level programming, silk-screening of motherboards, metal "
 "fabrication for internal chassis, and radio-frequency testing of the completed systems. The company pioneered "
 "several technical innovations, including the first commercial shipment of an all-in-one system with a 3.5-inch "
 "floppy drive (ahead of Apple). In the early 1990s, they also manufactured one of the world's most secure x86-based "
 "PCs, sold exclusively to the UK government. While Apricot were known for their culture of innovation, this resulted "
 "in some developments which were technically advanced but proved to be highly disadvantageous in the marketplace.",
 "Apricot remained a UK-owned company until its acquisition by the Mitsubishi Electric Corporation (MELCO) in the "
 "early 1990s."]
KEPT["wp-apricot-computers"] = ("apricot-computers.txt", AP)
R.append(wp("wp-apricot-computers", "Apricot Computers", "https://en.wikipedia.org/wiki/Apricot_Computers",
 "\n\n".join(AP),
 "computer hardware", ["history", "products", "acquisition"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (no revision id held: recorded "
 "4.0; doubtful: no date held). Cut: the title line '= Apricot Computers =', the infobox lines ('Apricot Computers "
 "Ltd.', '- Logo: ...', '- Logo Caption: Logo used from the early 1990s to 2005', '- Former Name: Applied Computer "
 "Techniques Ltd. (1965\u20131985)', '- Location: UK', '- Industry: Computer hardware', '- Products: Apricot PC, "
 "Apricot PC, Xi, Apricot Portable', '- Parent: Mitsubishi Electric, Mitsubishi Electric Corporation (1990\u20131999), "
 "Network Si UK Ltd (1999\u20132005)', so 'Apricot PC', 'Apricot Portable', '1985' and 'Network Si UK Ltd' are not in "
 "the text); cut after 'until its acquisition by the Mitsubishi Electric Corporation (MELCO) in the early 1990s.', "
 "before the sentence the excerpt breaks off in ('Mitsubishi believed that this acquisition would help them compete "
 "again'; `truncated`). Paragraphs as the rendering's blank lines give them, joined with blank lines. No word added or "
 "changed; the en dash of 'MS-DOS\u2013compatible' kept. Kept as written: 'Apricot Computers Ltd., originally Applied "
 "Computer Techniques Ltd. (ACT), was a British electronic company active from 1965 to 2005', 'including the highly "
 "popular ACT Sirius 1', 'a research and development center in Birmingham' (US spelling), '(ahead of Apple)', 'sold "
 "exclusively to the UK government', 'While Apricot were known for their culture of innovation' (plural verb), "
 "'Apricot remained a UK-owned company until its acquisition by the Mitsubishi Electric Corporation (MELCO) in the "
 "early 1990s'. 215 words. No outage and no near-miss of one told. Found at rank 6 of the query 'Apricot Computers "
 "British manufacturer ACT Applied Computer Techniques Roger Foster Birmingham' (a name of an earlier round's lead "
 "list); nosher.net (rank 1; a magazine advert's history page), independent.co.uk (ranks 2, 3; news, copyrighted), "
 "oocities.org (rank 4; a personal page), apricot-archive.co.uk (rank 5; a fan timeline), wiki.av1.space (rank 7; a "
 "Kiwix 'mini' copy with table rows) and wikimili.com (rank 8; citation markers, the same lead) not used. Apricot "
 "Computers, Applied Computer Techniques, ACT Sirius 1, MELCO: " + CHECKED + " ('Apricot' named once in a train "
 "file's notes on another matter, wp-demon-internet's 'the Apricot servers'; Mitsubishi Electric, Apple and Birmingham "
 "in other texts as other matters).", "UK",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- electronic kits and computers, US: SWTPC (wiki2.org's copy) -------------------------------------------------
SW = [
 "Southwest Technical Products Corporation, or SWTPC, was an American producer of electronic kits, and later complete "
 "computer systems. It was incorporated in 1967 in San Antonio, Texas, succeeding the Daniel E. Meyer Company. In "
 "1990, SWTPC became Point Systems, before ceasing a few years later.",
 "In the 1960s, many hobbyist electronics magazines such as Popular Electronics and Radio-Electronics published "
 "construction articles, for many of which the author would arrange for a company to provide a kit of parts to build "
 "the project. Daniel Meyer published several popular projects and successfully sold his kits. He soon started "
 "selling kits for other authors such as Don Lancaster and Louis Garner. Between 1967 and 1971 SWTPC sold kits for "
 "over 50 Popular Electronics articles. Most of these kits were intended for audio use, such as hi-fi, utility "
 "amplifiers, and test equipment such as a function generator based on the Intersil ICL8038.",
 "In 1972, SWTPC had a large enough collection of kits to justify printing a 32-page catalog. In January 1975 SWTPC "
 "introduced a computer terminal kit, the \"TV Typewriter\", or CT-1024. By November 1975 they were delivering "
 "complete computer kits based on Motorola MPUs. They were very successful for the next 5 or so years and grew to "
 "over 100 people. Most of the companies that were selling a computer kit in 1975 were out of business by 1978. Around "
 "1987, SWTPC moved to point of sale computer systems, becoming Point Systems. This new company lasted only a few "
 "years.",
 "When microprocessors (CPU chips) became available, SWTPC became one of the first suppliers of microcomputers to the "
 "general public, focusing on designs using the Motorola 6800 and, later, the 6809 CPUs. Many of these products were "
 "available in kit form as well."]
KEPT["wp-swtpc"] = ("swtpc.txt", SW)
R.append(wp("wp-swtpc", "SWTPC", "https://wiki2.org/en/SWTPC",
 "\n\n".join(SW),
 "electronics/computers", ["history", "founding", "products", "renaming"],
 "The article as wiki2.org's copy of English Wikipedia holds it in the page store (wiki2.org, a reskin that serves "
 "Wikipedia articles under their own titles; no revision id or date held: recorded 4.0; doubtful: no date held). Cut: "
 "the infobox lines ('Southwest Technical Products Corporation' (the title as the copy gives it), "
 "'PredecessorDaniel E. Meyer Company', 'SuccessorPoint Systems', 'HeadquartersSan Antonio, Texas'); the heading "
 "'Microcomputer pioneers'; cut after 'Many of these products were available in kit form as well.', before the "
 "sentence the excerpt breaks off in ('SWTPC also designed and supp'; `truncated`). Paragraphs as the copy's blank "
 "lines give them, joined with blank lines. No word added or changed; the straight double quotes of '\"TV "
 "Typewriter\"' kept. Kept as written: 'It was incorporated in 1967 in San Antonio, Texas, succeeding the Daniel E. "
 "Meyer Company', 'In 1990, SWTPC became Point Systems, before ceasing a few years later' beside 'Around 1987, SWTPC "
 "moved to point of sale computer systems, becoming Point Systems' (the article's own two years), 'Between 1967 and "
 "1971 SWTPC sold kits' (no comma), 'In January 1975 SWTPC introduced a computer terminal kit, the \"TV Typewriter\", "
 "or CT-1024', 'complete computer kits based on Motorola MPUs', 'They were very successful for the next 5 or so "
 "years', 'the Motorola 6800 and, later, the 6809 CPUs'. 289 words. No outage and no near-miss of one told. Found at "
 "rank 2 of the query 'Southwest Technical Products Corporation SWTPC San Antonio Daniel Meyer 6800 computer kit "
 "company'; ithistory.org (rank 1; an honour roll's biography), swiki.se (rank 3; Swedish), grokipedia.com (rank 4; "
 "generated text), pc-history.org (rank 5; a personal memoir), the-uncensored-wiki.com (rank 6; a 2006 copy of "
 "'Daniel Meyer', the founder's article, another subject), swtpcemu.com (rank 7; a magazine interview, copyrighted) "
 "and wikimili.com (rank 8; the same article, its excerpt ending in 1972) not used. Southwest Technical Products, "
 "SWTPC, Daniel E. Meyer Company, Daniel Meyer, Don Lancaster, Louis Garner, Popular Electronics, Radio-Electronics, "
 "Intersil, TV Typewriter: " + CHECKED + " (no hit at all; 'Point Systems' only inside 'Floating Point Systems', "
 "another company, in train wp-inmos).", "US",
 copy_of="the Wikipedia article via wiki2.org's copy"))

# ---- computer hardware, UK: Torch Computers (wikimili.com's copy) ------------------------------------------------
TC = [
 "Torch Computers Ltd was a computer hardware company with origins in a 1982 joint venture between Acorn Computers and "
 "Climar Group that led to the development of the Communicator or C-series computer, a system based on the BBC Micro "
 "with a Z80 second processor and integral modem, intended as a viewdata terminal.",
 "Establishing itself in Great Shelford, near Cambridge, UK, the company became well known for its computer "
 "peripherals for the Commodore VIC-20 and BBC Micro. Torch produced an expansion unit originally developed by Arfon "
 "Microelectronics for the VIC-20, having acquired Arfon, and several second processor units for the BBC Micro, many "
 "with integrated floppy disk or hard disk drives.",
 "Arfon Microelectronics was a producer of a cartridge expansion system for the Commodore VIC-20 and a speech "
 "generator expansion for the VIC-20 and other microcomputers. Arfon had been founded by Kerr Borland, former North "
 "American Semi managing director, in Caernarfon, North Wales, around the end of 1980 with assistance from the Welsh "
 "Development Agency.",
 "Towards the end of 1982, Torch acquired the assets of Arfon, taking on some of the \"defunct\" company's staff. This "
 "deal secured a reported quarter of a million pound investment from the Welsh Development Agency.",
 "During 1983, Torch had been set to be acquired by GEC, but with this acquisition abandoned, the company was "
 "refinanced by its shareholders for \u00a31 million and two of its directors resigned, one of them being founder "
 "Martin Vlieland-Boddy who subsequently established a company called Data Technologies which developed the Graduate "
 "product that would eventually be sold by Torch."]
KEPT["wp-torch-computers"] = ("torch-computers.txt", TC)
R.append(wp("wp-torch-computers", "Torch Computers", "https://wikimili.com/en/Torch_Computers",
 "\n\n".join(TC),
 "computer hardware", ["history", "founding", "joint venture", "acquisition", "refinancing"],
 "The article as wikimili.com's copy of English Wikipedia holds it in the page store (wikimili.com, a mirror that "
 "serves Wikipedia articles; the excerpt opens at the lead, no title or 'Last updated' line; no revision id or date "
 "held; a recent revision (the lead names the 1982 joint venture and Arfon, which liquisearch.com's older copy of the "
 "article does not): recorded 4.0, doubtful: no date held). Cut: the citation markers (' [1]' to ' [11]', two inside "
 "sentences, 'Climar Group [1] that led' and 'having acquired Arfon, [3] and several', so 'Climar Group that led' and "
 "'having acquired Arfon, and several' as the words run; ' [5] [6]' after 'the Commodore VIC-20'); the headings "
 "'Arfon acquisition and financing', 'GEC acquisition plans and refinancing' and 'Acorn Computers acquisition plans'; "
 "cut after 'the Graduate product that would eventually be sold by Torch.', before the heading 'Acorn Computers "
 "acquisition plans' and the sentence the excerpt breaks off in ('In 1984, Acorn Computers announced an initial "
 "agreement to acquire Torch, ... and the potential '; `truncated`, so Acorn's plan of 1984 is not in the text). "
 "Paragraphs as the copy's blank lines give them, joined with blank lines. No word added or changed; the straight "
 "double quotes of '\"defunct\"' and the pound sign kept. Kept as written: 'with origins in a 1982 joint venture "
 "between Acorn Computers and Climar Group that led to the development of the Communicator or C-series computer', "
 "'Torch produced an expansion unit originally developed by Arfon Microelectronics for the VIC-20, having acquired "
 "Arfon' beside 'Towards the end of 1982, Torch acquired the assets of Arfon, taking on some of the \"defunct\" "
 "company's staff', 'Arfon had been founded by Kerr Borland, former North American Semi managing director', 'During "
 "1983, Torch had been set to be acquired by GEC, but with this acquisition abandoned', 'two of its directors "
 "resigned, one of them being founder Martin Vlieland-Boddy who subsequently established a company called Data "
 "Technologies which developed the Graduate product that would eventually be sold by Torch' (no comma before 'who'). "
 "258 words. No outage and no near-miss of one told. Found at rank 3 of the query 'Torch Computers Cambridge company "
 "founded Chris Curry Torch Communicator Wikipedia' (a name of an earlier round's lead list); liquisearch.com (rank 1; "
 "an older copy of the article with a quotations appendix, fewer names), wikisum.wiki (rank 2; a summary with "
 "sentences out of order), tnmoc.org (rank 4; a museum's event notice), en.wikipedia.org's and wikisum.wiki's "
 "'Christopher Curry (businessman)' (ranks 5, 6; another subject), oocities.org (rank 7; a personal page) and bcs.org "
 "(rank 8; a profile of Curry) not used. Torch Computers, Climar Group, Arfon Microelectronics, Kerr Borland, Martin "
 "Vlieland-Boddy, Great Shelford, Data Technologies: " + CHECKED + " ('Arfon' in train wp-crosville-motor-services only "
 "inside a place name, 'Caernarfon'; Acorn Computers in test wp-acornsoft, BBC Micro, Commodore VIC-20, GEC and "
 "Cambridge in other texts as other matters).", "UK",
 copy_of="the Wikipedia article (a recent revision) via wikimili.com's copy"))


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
