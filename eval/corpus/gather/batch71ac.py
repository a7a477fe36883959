#!/usr/bin/env python3
"""Batch 71ac (session 65; gatherer lane 71ac): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-71x, kept to a British computer and instrument company of the 1950s and 1960s, an American disk-drive
maker of 1976 on and an American microcomputer maker of 1976 on, all new to the corpus (Elliott Brothers and
PolyMorphic Systems named before only in the 'Leads for a next round' or the lists of names looked at of earlier
rounds, as GATHERING.md holds them; Micropolis not named at all): Elliott Brothers (London) Ltd, tracing its descent
from a firm of instrument makers founded by William Elliott in London around 1804, with research laboratories at
Borehamwood from 1946, maker of the Elliott 152, 803 and 503 Mark II computers, employer of Tony Hoare, Dina St
Johnston and John Lansdown, with an integrated circuit facility in Glenrothes, Scotland from 1966, as Elliott
Automation merged with English Electric in 1967, its data processing part taken over by International Computers and
Tabulators (ICT) in 1968 (computers, UK); Micropolis Corporation, a disk drive company in Chatsworth, California,
founded in 1976, doubling Shugart Associates' 48 TPI floppy standard, entering hard disks after Seagate (the next
company Alan Shugart founded), selling its hard drive business to Singapore Technologies, a subsidiary of Temasek
Holdings (computer storage, US); and PolyMorphic Systems, incorporated in California in 1976 as Interactive Products
Corporation d/b/a PolyMorphic Systems, in Goleta, then Santa Barbara, maker of S-100 boards compatible with the
Altair 8800 and IMSAI 8080 and of the Poly-88 (first called the Micro-Altair, renamed after objections from MITS) and
the System 8813 (microcomputers, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): gateway.ipfs.io's copy of 'Elliott Brothers (computer company)' (the IPFS snapshot of English Wikipedia, an
older revision: recorded 3.0), en.wikipedia.org's older rendering of 'Micropolis Corporation' ('From Wikipedia, the
free encyclopedia', 'Jump to: navigation, search': recorded 3.0) and wiki.bitter.house's Kiwix copy
(wikipedia_en_all_maxi_2024-01) of 'Polymorphic Systems (computers)' (January 2024: recorded 4.0); each cut at a
sentence end before the sentence its excerpt breaks off in, or before a section heading (`truncated`: each article
goes on). Edits per item in `notes` (title lines, hatnotes, captions, infobox lines, headings and citation markers
cut; paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept paragraph against
the saved excerpt (/tmp/gather71ac/src), the markers ('[1]', ' [1]', '[edit]', '[citation needed]') dropped and
whitespace runs compared as one space, as batches 55e-71x did. No text tells an outage or a near-miss of one. newskg
(or any extractor) was not run on any text. A round of three: thirteen queries, three answered with English
Wikipedia text on a company not yet in the corpus, all three taken (round notes, /tmp/gather71ac/NOTES.md; queries,
/tmp/gather71ac/src/queries.txt; claims, /work/notes/gather71/CLAIMS.txt).
usage: batch71ac.py [POOL_DIR] [--dry]   (default /tmp/gather71ac/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71ac/pool"
SRC = "/tmp/gather71ac/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-65 pools "
           "(/tmp/gather71*/pool) and in /work/notes/gather71/CLAIMS.txt, and in GATHERING.md only the 'Leads for a "
           "next round' or the lists of names of earlier rounds, as they stood when checked (`grep -rilF`, file names "
           "only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- computers, UK: Elliott Brothers (gateway.ipfs.io's copy) ------------------------------------------------------
EB = [
 "Elliott Brothers (London) Ltd was an early computer company of the 1950s60s in the United Kingdom. It traced its "
 "descent from a firm of instrument makers founded by William Elliott in London around 1804. The research "
 "laboratories were originally set up in 1946 at Borehamwood. The first Elliott 152 computer appeared in 1950. "
 "Elliotts' were a pioneer of Head-up displays - HUDs.",
 "The computer scientist Sir Tony Hoare was an employee there from August 1960 to 1968. He wrote an ALGOL 60 compiler "
 "for the Elliott 803. He also worked on an operating system for the new Elliott 503 Mark II computer, although this "
 "was unsuccessful and abandoned along with \"over thirty man-years of programming effort.\" (c.f. The Emperor's Old "
 "Clothes)",
 "The founder of the UK's first software house, Dina St Johnston, had her first programming job there from "
 "1953-1958.",
 "John Lansdown pioneered the use of computers as an aid to planning; making perspective drawings on an Elliott 803 "
 "computer in 1963, modelling a building's lifts and services, plotting the annual fall of daylight across its site, "
 "as well as authoring his own computer aided design (CAD) applications.",
 "In 1966 the company established an integrated circuit design and manufacturing facility in Glenrothes, Scotland, "
 "followed by a MOS semiconductor research laboratory. The Glenrothes site was closed in 1969 following the take over "
 "of English Electric by GEC.",
 "Elliott Automation (as it had become) merged with English Electric in 1967. The data processing computer part of "
 "the company was then taken over by International Computers and Tabulators (ICT) in 1968; this marriage was forced "
 "by the British Government, who believed that the UK required a strong national computer company."]
KEPT["wp-elliott-brothers"] = ("elliott-brothers.txt", EB)
R.append(wp("wp-elliott-brothers", "Elliott Brothers (computer company)",
 "https://gateway.ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/"
 "Elliott_Brothers_(computer_company).html",
 "\n\n".join(EB),
 "computers", ["history", "founding", "products", "merger", "takeover"],
 "The article as gateway.ipfs.io's copy of English Wikipedia holds it in the page store (the IPFS snapshot of English "
 "Wikipedia, an older revision, before Wikimedia's June 2023 move to CC BY-SA 4.0: recorded 3.0; no date or revision "
 "id held; doubtful: the revision dated only by the snapshot). Cut: the title line 'Elliott Brothers (computer "
 "company)'; the hatnote 'For builders merchant, see Elliott Brothers (builders merchant).'; the caption 'Sector, "
 "made by Elliott Brothers Ltd, UK, ca. 1854' (so '1854' is not in the text); the heading 'Elliott Automation' and "
 "the caption 'The Elliott Automation logo'; cut after 'required a strong national computer company.', before the "
 "sentence the excerpt breaks off in ('The combined company was called International Computers Limited'; "
 "`truncated`, so ICL is not in the text). Paragraphs as the copy's blank lines give them, joined with blank lines. "
 "No word added or changed. Kept as written: 'an early computer company of the 1950s60s in the United Kingdom' (the "
 "copy runs '1950s' and '60s' together, its dash lost; kept so), 'a firm of instrument makers founded by William "
 "Elliott in London around 1804', 'Elliotts' were a pioneer of Head-up displays - HUDs' (the plural possessive and "
 "the hyphen as the copy gives them), 'Sir Tony Hoare was an employee there from August 1960 to 1968', the closing "
 "'(c.f. The Emperor's Old Clothes)' with no full stop, 'from 1953-1958', 'the take over of English Electric by GEC' "
 "('take over' two words), 'Elliott Automation (as it had become) merged with English Electric in 1967', 'The data "
 "processing computer part of the company was then taken over by International Computers and Tabulators (ICT) in "
 "1968'. 277 words. No outage and no near-miss of one told. Found at rank 4 of the query 'Elliott Brothers (London) "
 "Ltd was an early computer company of the 1950s and 1960s in the United Kingdom' (round 71x's lead, on the "
 "article's lead words), and again at rank 8 of a second query; computerhistory.org (rank 1; a museum brochure "
 "page), historybit.it (rank 2; Italian), image.absoluteastronomy.com (rank 3; an older copy with words broken "
 "across lines, 'Head-up display\\ns'), self.gutenberg.org (rank 5; the same article with '1950s\u201360s' but a site "
 "header and a contents list run in, its excerpt ending inside the sentence on ICT), tnmoc.org (ranks 6, 7; a museum page) "
 "and kids.kiddle.co (rank 8; a rewritten children's version) not used. Elliott Brothers, Borehamwood, Tony Hoare "
 "(GATHERING.md's lists only), William Elliott as the company's name-giver, Dina St Johnston, John Lansdown, "
 "Glenrothes, Elliott 152, Elliott 803: " + CHECKED + " ('Elliott' alone in many texts as other people's names; "
 "English Electric in test wp-cmc-electronics and International Computers in test "
 "wp-fujitsu-siemens-computers-joint-venture as other matters; GEC in other texts as other matters).", "UK",
 v3=True, copy_of="the Wikipedia article (an older revision) via the IPFS snapshot at gateway.ipfs.io"))

# ---- computer storage, US: Micropolis Corporation (en.wikipedia.org's older rendering) ----------------------------
MP = [
 "Micropolis Corporation was a disk drive company located in Chatsworth, California and founded in 1976. Micropolis "
 "initially manufactured high capacity (for the time) hard sectored 5.25 inch floppy drives and controllers. Later "
 "manufacturing hard drives using SCSI and ESDI interfaces.",
 "Micropolis's first advance was to take the existing 48 TPI (tracks per inch) standard created by Shugart "
 "Associates, and double both the track density and track recording density to get 4 times the total storage on a "
 "5.25 inch floppy. Micropolis used 100 TPI density because of the attraction of an exact 100 tracks to the inch, but "
 "later switched to 96 TPI when Shugart also went to the 96 TPI standard, based on exact doubling of the 48 TPI "
 "standard. This allowed for backwards compatibility for reading by double stepping to read 48 TPI discs.",
 "Micropolis entered the hard disk business with an 8\" hard drive, following Seagate's lead (Seagate was the next "
 "company Alan Shugart founded after Shugart Associates was sold). They later followed with a 5\" hard drive.",
 "This company was one of the many hard drive manufacturers in the 1980s and 1990s that went out of business, "
 "merged, or closed their hard drive divisions; as a result of capacities and demand for products increased, and "
 "profits became hard to find. While Micropolis was able to hold on longer than many of the others, it ultimately "
 "sold its hard drive business to Singapore Technologies (a subsidiary of Temasek Holdings), who has ceased to market "
 "the brand."]
KEPT["wp-micropolis"] = ("micropolis.txt", MP)
R.append(wp("wp-micropolis", "Micropolis Corporation", "https://en.wikipedia.org/wiki/Micropolis_Corporation",
 "\n\n".join(MP),
 "computer storage", ["history", "founding", "products", "divestiture"],
 "The article as en.wikipedia.org's own older rendering holds it in the page store (the rendering titled 'Micropolis "
 "(company)', '(Redirected from Micropolis Corporation)'; 'From Wikipedia, the free encyclopedia', 'Jump to: "
 "navigation, search': an older revision, before Wikimedia's June 2023 move to CC BY-SA 4.0: recorded 3.0; no date "
 "or revision id held; doubtful: the revision dated only by its layout). Cut: the title line 'Micropolis (company)'; "
 "the lines 'From Wikipedia, the free encyclopedia', '(Redirected from Micropolis Corporation)' and 'Jump to: "
 "navigation, search'; the hatnote 'This article is about the disk drive company. For the open-source version of the "
 "original SimCity, see Micropolis (video game).'; the caption 'Micropolis boot diskette, as used with the "
 "micropolis dual 5.25 drive to boot an IMSAI 8080. Note the characteristic Micropolis logo.' (so 'IMSAI 8080' is "
 "not in the text); cut after 'who has ceased to market the brand.', before the sentence the excerpt breaks off in "
 "('After the disk business sale, Micropolis was reorganized as StreamLogic Corporation, whi'; `truncated`, so "
 "StreamLogic is not in the text). Paragraphs as the rendering's blank lines give them, joined with blank lines. No "
 "word added or changed; the straight double quotes of '8\"' and '5\"' kept. Kept as written: 'located in "
 "Chatsworth, California and founded in 1976' (no comma), 'Later manufacturing hard drives using SCSI and ESDI "
 "interfaces.' (a sentence with no subject), 'when Shugart also went to the 96 TPI standard', 'Seagate was the next "
 "company Alan Shugart founded after Shugart Associates was sold', 'as a result of capacities and demand for products "
 "increased', 'it ultimately sold its hard drive business to Singapore Technologies (a subsidiary of Temasek "
 "Holdings), who has ceased to market the brand'. 249 words. No outage and no near-miss of one told. Found at rank 2 "
 "of the query 'Micropolis Corporation disk drive manufacturer Chatsworth California company history Singapore "
 "Technologies'; de.zxc.wiki (rank 1; German), en.wikipedia.org's current rendering (rank 3; the same article, its "
 "excerpt ending before the sale, with citation markers), de.m.wikipedia.org (rank 4; German), s100computers.com "
 "(rank 5; a collector's page), a Cambridge University Press book page (rank 6), patents.justia.com (rank 7) and "
 "sec.gov (rank 8; a 10-K, public domain but a filing, not a history) not used. Micropolis, StreamLogic, Shugart, "
 "Shugart Associates, Alan Shugart: " + CHECKED + " (no hit at all; Seagate in test wp-maxtor, Singapore "
 "Technologies and Temasek Holdings in other texts as other matters).", "US",
 v3=True, copy_of="the Wikipedia article, as en.wikipedia.org rendered an older revision"))

# ---- microcomputers, US: PolyMorphic Systems (wiki.bitter.house's Kiwix copy) -------------------------------------
PS = [
 "PolyMorphic Systems was a manufacturer of microcomputer boards and systems based on the S-100 bus. Their products "
 "included the Poly-88 and the System 8813. The company was incorporated in California in 1976 as Interactive "
 "Products Corporation d/b/a PolyMorphic Systems. It was initially based in Goleta, then Santa Barbara, California.",
 "PolyMorphic Systems' first products were several interface boards based on the then-popular S-100 bus. These were "
 "compatible with other microcomputers such as the Altair 8800 and IMSAI 8080. The first was an A/D and D/A converter "
 "board. This was followed by a video terminal interface (VTI) card which became the primary display device for "
 "their systems. Later board-level products included CPU, RAM, and disk controller cards.",
 "With the release of their CPU card, PolyMorphic began selling complete systems. Their first was the Poly-88, housed "
 "in a 5-slot S100 chassis, with additional side-mounted S-100 connectors for the purpose of joining chassis "
 "together. This unit earned the nickname \"orange toaster\" due to its orange metal cover, and the fact that the "
 "S-100 cards generated noticeable heat. The Poly-88 was available in kit form, or assembled. It was originally "
 "called the Micro-Altair, but after objections from MITS, manufacturers of the Altair, the name was changed."]
KEPT["wp-polymorphic-systems"] = ("polymorphic-systems.txt", PS)
R.append(wp("wp-polymorphic-systems", "Polymorphic Systems (computers)",
 "https://wiki.bitter.house/content/wikipedia_en_all_maxi_2024-01/A/Poly-88",
 "\n\n".join(PS),
 "computers", ["history", "founding", "products", "renaming"],
 "The article as wiki.bitter.house's Kiwix copy of English Wikipedia (wikipedia_en_all_maxi_2024-01, under the "
 "redirect 'Poly-88') holds it in the page store (the article's title as wiki-gateway.eudic.net's copy of the same "
 "text gives it, 'Polymorphic Systems (computers)'; the Kiwix build of January 2024, after Wikimedia's June 2023 move "
 "to CC BY-SA 4.0: recorded 4.0; no revision id held). Cut: the infobox table lines ('| Industry | Electronics |', "
 "'| Founded | 1976 |', '| Headquarters | Santa Barbara, California |', '| Products | desktop computer systems |' and "
 "the table rules); the headings 'S-100 boards' and 'Poly-88'; the citation markers ('[1]', '[2]', '[3]', each run "
 "onto a full stop, so 'together. This unit', 'noticeable heat. The Poly-88' and 'the name was changed.' as the words "
 "run); cut before the heading 'Hardware' and the board list the excerpt breaks off in ('Video Terminal Interface "
 "(VTI) which produc'; `truncated`, so the Intel 8080 is not in the text). Paragraphs as the copy's blank lines and "
 "headings give them, joined with blank lines. No word added or changed; the straight double quotes of '\"orange "
 "toaster\"' kept. Kept as written: 'The company was incorporated in California in 1976 as Interactive Products "
 "Corporation d/b/a PolyMorphic Systems', 'It was initially based in Goleta, then Santa Barbara, California', "
 "'compatible with other microcomputers such as the Altair 8800 and IMSAI 8080', 'housed in a 5-slot S100 chassis' "
 "('S100' with no hyphen there), 'It was originally called the Micro-Altair, but after objections from MITS, "
 "manufacturers of the Altair, the name was changed'. 201 words. No outage and no near-miss of one told. Found at "
 "rank 5 of the query 'PolyMorphic Systems Santa Barbara computer company Poly-88 Wikipedia' (a name of an earlier "
 "round's lead list); retrotechnology.com (ranks 1, 2; a personal history page), polymorphic-computers.com (rank 3; a "
 "fan site), wiki-gateway.eudic.net (rank 4; the same text with the title line, not taken as the Kiwix copy dates "
 "itself), grokipedia.com (rank 6; generated text) and theinfolist.com (ranks 7, 8; link glosses run into the "
 "sentences) not used. PolyMorphic Systems, Interactive Products Corporation, Poly-88, Micro-Altair, System 8813, "
 "Goleta, Altair: " + CHECKED + " ('MITS' only inside other words, e.g. 'Mitsubishi', in other texts; IMSAI 8080 in "
 "train wp-cromemco as another matter; Santa Barbara and California in other texts as other matters).", "US",
 copy_of="the Wikipedia article via wiki.bitter.house's Kiwix copy (wikipedia_en_all_maxi_2024-01)"))


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
