#!/usr/bin/env python3
"""Batch 71ag (session 65; gatherer lane 71ag): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-71ac, kept to an American colour-microcomputer maker of 1973-1983, an American minicomputer maker of
1966 on and an American workstation maker of 1974-1985, all new to the corpus (Compucolor and Three Rivers Computer
Corporation named before only in the 'Leads for a next round' of round 71ac, as GATHERING.md holds it; Interdata not
named at all): Compucolor, a series of colour microcomputers introduced by Compucolor Corporation of Norcross,
Georgia, from the Intecolor 8001 terminal through the Compucolor 8001 (1976) to the Compucolor II (1977), its retail
store of 1979, out of business by 1983, its parent company Intelligent Systems Corporation (ISC), formed in 1973
(microcomputers, US); Interdata, Inc., a computer company founded in 1966 by Daniel Sinnott, a former Electronic
Associates engineer, in Oceanport, New Jersey, maker of the Interdata 7/32 (1974), the OS/16 and OS/32 operating
systems and the Multi Terminal Monitor, purchased in 1973 by Perkin-Elmer Corporation for $63.6 million
(minicomputers, US); and the Three Rivers Computer Corporation (3RCC), a spinoff of Carnegie-Mellon University founded
in May 1974 in Pittsburgh by six named people, maker of display products and from 1979 the PERQ workstation, developed
and produced jointly with ICL from 1981, renamed PERQ Systems Corporation in 1984 and insolvent in 1985
(workstations, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' rendering of 'Compucolor' (undated: recorded 4.0), everything.explained.today's
copy of 'Interdata' (undated: recorded 4.0) and wikimili.com's copy of 'Three Rivers Computer Corporation' (undated:
recorded 4.0); each cut at a sentence end before the sentence its excerpt breaks off in (`truncated`: each article
goes on). Edits per item in `notes` (title lines, infobox lines, headings and citation markers cut; paragraphs joined
with blank lines; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt
(/tmp/gather71ag/src), the markers ('[1]', ' [1]', '[edit]', '[citation needed]') dropped and whitespace runs compared
as one space, as batches 55e-71ac did. No text tells an outage or a near-miss of one. newskg (or any extractor) was
not run on any text. A round of three: six queries, three answered with English Wikipedia text on a company not yet
in the corpus, all three taken (round notes, /tmp/gather71ag/NOTES.md; queries, /tmp/gather71ag/src/queries.txt;
claims, /work/notes/gather71/CLAIMS.txt).
usage: batch71ag.py [POOL_DIR] [--dry]   (default /tmp/gather71ag/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71ag/pool"
SRC = "/tmp/gather71ag/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-65 pools "
           "(/tmp/gather71*/pool) and in /work/notes/gather71/CLAIMS.txt, and in GATHERING.md only the 'Leads for a "
           "next round' or the lists of names of earlier rounds, as they stood when checked (`grep -rilF`, file names "
           "only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- microcomputers, US: Compucolor (en.wikipedia.org's '= Title =' rendering) -----------------------------------
CC = [
 "Compucolor is a series of color microcomputers introduced by Compucolor Corporation of Norcross, Georgia. It was the "
 "first color home computer system with built-in color graphics and floppy-based data storage. It used the Intel 8080 "
 "CPU.",
 "The first model was an upgrade kit for the company's color computer terminal, turning the Intecolor 8001 into the "
 "Compucolor 8001 by adding more RAM and a number of optional storage systems. Released in 1976, the 8001 was soon "
 "replaced by the Compucolor II in 1977, although shipments did not start until the next year. The Compucolor II was "
 "smaller, less expensive, and used the newly introduced 5.25-inch floppy disks instead of the former 8-inch models.",
 "Compucolor opened its first retail computer store in Norcross, Georgia USA in 1979, aptly named the \"Compucolor "
 "Computer Store.\" The store had limited success in the six months of operation, and the store concept was "
 "abandoned. By 1983, Compucolor was out of business.",
 "Compucolor, and its forerunner, Intecolor, produced three computer designs (Intecolor 8001, Compucolor 8001 and "
 "Compucolor II) over the life of the parent company, Intelligent Systems Corporation. ISC formed in 1973 to produce "
 "color terminals.",
 "Intelligent Systems Corporation's first product was the Intecolor 8001, an intelligent terminal based on the Intel "
 "8080. Released some time in early 1976, it consisted of a $1,395 kit based around a 19-inch RCA delta-gun CRT and "
 "came with 4 KB of random-access memory (RAM)."]
KEPT["wp-compucolor"] = ("compucolor.txt", CC)
R.append(wp("wp-compucolor", "Compucolor", "https://en.wikipedia.org/wiki/Compucolor",
 "\n\n".join(CC),
 "computers", ["history", "products", "parent company", "retail", "closure"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id: "
 "recorded 4.0, as rounds 71s-71ac recorded this rendering; doubtful: no date held). Cut: the title line '= "
 "Compucolor ='; the infobox lines of the Intecolor 8001 ('Intecolor 8001', '- Manufacturer: Intelligent Systems "
 "Corporation', '- Type: Home Computer', '- Release Date: Created in 1973, released in February 1976;', '- "
 "Connectivity: RS232', '- Lifespan: December 1976', '- Os: Compucolor FCS', '- Input: Keyboard', '- Cpu: Intel "
 "8080', '- Memory: 4K RAM', '- Display: 19\" color delta-gun CRT, 192x160 dots', '- Successor: Compucolor 8001'; so "
 "'February 1976' and 'December 1976' are not in the text); the heading '==Intecolor 8001=='; cut after 'came with 4 "
 "KB of random-access memory (RAM).', before the sentence the excerpt breaks off in ('The monitor's three separate "
 "electron guns produced a bright and colorful picture, but had the disadvantage of requiring constant a'; "
 "`truncated`). Paragraphs as the rendering's blank lines give them, joined with blank lines. No word added or "
 "changed; the straight double quotes of '\"Compucolor Computer Store.\"' kept, the full stop inside them. Kept as "
 "written: 'introduced by Compucolor Corporation of Norcross, Georgia', 'in Norcross, Georgia USA in 1979' (no comma "
 "before 'USA'), 'By 1983, Compucolor was out of business.', 'Compucolor, and its forerunner, Intecolor, produced "
 "three computer designs (Intecolor 8001, Compucolor 8001 and Compucolor II) over the life of the parent company, "
 "Intelligent Systems Corporation', 'ISC formed in 1973 to produce color terminals', 'Released some time in early "
 "1976', 'a 19-inch RCA delta-gun CRT'. 234 words. No outage and no near-miss of one told (a store concept "
 "abandoned and a company out of business are business ends). Found at rank 1 of the query 'Compucolor Corporation "
 "Intelligent Systems Norcross Georgia Compucolor II' (a name of round 71ac's 'Not queried' list); questionai.com "
 "(ranks 2, 4; HTML markup run in), peripheralexchange.com (rank 3; a firm's own page), probsee.com (rank 5; a "
 "rewritten summary), wikimili.com (rank 6; the same text with its infobox run in after the lead), friendlywiki.com "
 "(rank 7; wikitext with inline citation templates) and theinfolist.com (rank 8; link glosses run in) not used. "
 "Compucolor, Intecolor, Intelligent Systems Corporation, Norcross: " + CHECKED + " ('Intelligent Systems' as words "
 "in a test text on another matter; 'Norcross' in GATHERING.md only as a person's name; Intel 8080 and RCA in other "
 "texts as other matters).", "US",
 copy_of="the Wikipedia article, as en.wikipedia.org renders it ('= Title =' form)"))

# ---- minicomputers, US: Interdata (everything.explained.today's copy) ---------------------------------------------
ID = [
 "Interdata, Inc., was a computer company, founded in 1966 by a former Electronic Associates engineer, Daniel "
 "Sinnott, and was based in Oceanport, New Jersey. The company produced a line of 16- and 32-bit minicomputers that "
 "were loosely based on the IBM 360 instruction set architecture but at a cheaper price. In 1974, it produced one of "
 "the first 32-bit minicomputers, the Interdata 7/32. The company then used the parallel processing approach, which "
 "uses more than one computer processor simultaneously to perform work on a problem. This helped in making real-time "
 "computing a reality.",
 "Some real-time applications Interdata computers were used for included: Core Protection Calculator, used in some "
 "later Combustion Engineering designed nuclear power plants; lottery systems manufactured by GTech; the NexRad "
 "weather radar system. Many companies used them for internal high speed laboratory data capture, such as United "
 "Technologies Research Center in East Hartford, Connecticut wind tunnel, General Electric R&D in Schenectady, New "
 "York, and Perkin-Elmer in Connecticut (which later acquired Interdata).",
 "The operating system for the 16-bit computers was called OS/16, and for the 32-bit computers OS/32. The assembly "
 "language could generate series independent object code. Later, as with Gould, SEL, Modcomp and other real time "
 "competitors, they offered a 32-bit time sharing system called MTM (Multi Terminal Monitor).",
 "In 1973, Interdata was purchased by Perkin-Elmer Corporation, a Connecticut-based producer of scientific "
 "instruments for $63.6 million. Interdata was already making $19 million in annual sales but this merger made "
 "Perkin-Elmer's annual sales rise to over $200 million."]
KEPT["wp-interdata"] = ("interdata.txt", ID)
R.append(wp("wp-interdata", "Interdata", "https://everything.explained.today/Interdata/",
 "\n\n".join(ID),
 "computers", ["history", "founding", "products", "acquisition"],
 "The article as everything.explained.today's copy holds it in the page store (undated, no revision id: recorded 4.0, "
 "as batches 64c-71f recorded this site's copies; doubtful: no date held). Cut: the infobox lines ('Interdata | |', "
 "'Fate: | Purchased by Perkin-Elmer and later known as Concurrent Computer Corporation |', 'Location: | Oceanport, "
 "New Jersey |', 'Key People: | Daniel Sinnott |', 'Industry: | Technology |', 'Products: | Interdata 7/32 |'; so "
 "'Concurrent Computer Corporation' is not in the text); the citation markers '[1]' to '[5]' (no space before them in "
 "this copy); cut after 'Perkin-Elmer's annual sales rise to over $200 million.', before the sentence the excerpt "
 "breaks off in ('Interdata then became the basis for Perkin-Elmer's Data Systems Group', with no full stop; "
 "`truncated`, so the Data Systems Group is not in the text). Paragraphs as the copy's line breaks give them, joined "
 "with blank lines. No word added or changed. Kept as written: 'Interdata, Inc., was a computer company, founded in "
 "1966 by a former Electronic Associates engineer, Daniel Sinnott', 'loosely based on the IBM 360 instruction set "
 "architecture', 'Core Protection Calculator, used in some later Combustion Engineering designed nuclear power "
 "plants' (no hyphen), 'lottery systems manufactured by GTech', 'United Technologies Research Center in East "
 "Hartford, Connecticut wind tunnel' (as the copy runs it), 'General Electric R&D in Schenectady, New York', "
 "'Perkin-Elmer in Connecticut (which later acquired Interdata)', 'as with Gould, SEL, Modcomp and other real time "
 "competitors', 'In 1973, Interdata was purchased by Perkin-Elmer Corporation, a Connecticut-based producer of "
 "scientific instruments for $63.6 million', 'this merger made Perkin-Elmer's annual sales rise' (the purchase "
 "called a merger). 249 words. No outage and no near-miss of one told. Found at rank 7 of the query 'Intertec Data "
 "Systems Corporation, later Wells American Corporation, was an American computer company active from 1973 to 1991' "
 "(a query for another company, on its lead words; Interdata turned up beside it); computerhistory.org (rank 5; a "
 "museum brochure page), wikisum.wiki (rank 6; sentences picked out of the article) and friendlywiki.com (rank 8; "
 "wikitext with inline citation templates) not used. Interdata, Perkin-Elmer, Sinnott, Oceanport, Electronic "
 "Associates, Concurrent Computer, Combustion Engineering: " + CHECKED + " (no hit at all; 'GTech' only inside other "
 "words in a test text; General Electric, IBM, United Technologies, Connecticut and New York in other texts as other "
 "matters).", "US",
 copy_of="the Wikipedia article, via everything.explained.today's copy"))

# ---- workstations, US: Three Rivers Computer Corporation (wikimili.com's copy) ------------------------------------
TR = [
 "The Three Rivers Computer Corporation (3RCC) was a spinoff from the Research Engineering Laboratory of the Computer "
 "Science Department of Carnegie-Mellon University, and was founded in May 1974 by Brian S. Rosen, James R. Teter, "
 "William H. Broadley, J. Stanley Kriz, D. Raj Reddy and Paul G. Newbury in Pittsburgh, Pennsylvania, United States "
 "to manufacture advanced technology computer displays, peripherals, and systems. Early products included: the "
 "GDP/2A Graphics Display processor with high speed vector generator capable of drawing in excess of 50,000 vectors "
 "at 60 Hz refresh rates; a CVD/2 Color Video Display System that displayed a full color raster scanned image with a "
 "unique data compression algorithm capable of full frame animation display; ADA-16 Analog to Digital and Digital to "
 "Analog converters for high fidelity music and speech research, and a UMB-11 Unibus Monitor that was a low-cost "
 "test instrument for PDP-11 series minicomputers. In 1979, the company launched its principal products, a line of "
 "workstation computers called PERQ, which were single-user high performance workstations with the power of a "
 "medium-scale mainframe computer from that era coupled with a versatile graphics display. In the summer of 1980, the "
 "company divested itself of all activities other than those related to PERQ. From 1981 onwards, 3RCC developed and "
 "produced the PERQ jointly with ICL in the United Kingdom. 3RCC changed its name to PERQ Systems Corporation in 1984, "
 "but became insolvent in 1985.",
 "The PERQ, also referred to as the Three Rivers PERQ or ICL PERQ, was a pioneering workstation computer produced in "
 "the late 1970s through the early 1980s."]
KEPT["wp-three-rivers-computer"] = ("three-rivers.txt", TR)
R.append(wp("wp-three-rivers-computer", "Three Rivers Computer Corporation",
 "https://wikimili.com/en/Three_Rivers_Computer_Corporation",
 "\n\n".join(TR),
 "computers", ["history", "founding", "products", "partnership", "renaming", "insolvency"],
 "The article as wikimili.com's copy holds it in the page store (undated, no revision id: recorded 4.0, as rounds "
 "71v-71x recorded this site's copies; doubtful: no date held). Cut: the title line 'Three Rivers Computer "
 "Corporation'; the infobox lines ('Industry Computer hardware and software', 'FateInsolvency (1985)', 'Founded "
 "Pennsylvania (1974)', 'Pittsburgh, Pennsylvania', 'Key people', 'Brian Rosen', 'Ed Fredkin', 'Raj Reddy', "
 "'Products PERQ', 'Number of employees', '150 (1985)'; so Ed Fredkin is not in the text); cut after 'produced in "
 "the late 1970s through the early 1980s.', before the sentence the excerpt breaks off in ('In June 1979, the company "
 "took its very first order from the UK's Rutherford Appleton Laboratory a'; `truncated`, so the Rutherford Appleton "
 "Laboratory is not in the text). Paragraphs as the copy's blank lines give them, joined with blank lines. No word "
 "added or changed. Kept as written: 'a spinoff from the Research Engineering Laboratory of the Computer Science "
 "Department of Carnegie-Mellon University' (the hyphen as the copy gives it), 'founded in May 1974 by Brian S. "
 "Rosen, James R. Teter, William H. Broadley, J. Stanley Kriz, D. Raj Reddy and Paul G. Newbury in Pittsburgh, "
 "Pennsylvania, United States to manufacture' (no comma after 'United States'), 'Early products included: the GDP/2A "
 "Graphics Display processor', 'In the summer of 1980, the company divested itself of all activities other than "
 "those related to PERQ', 'From 1981 onwards, 3RCC developed and produced the PERQ jointly with ICL in the United "
 "Kingdom', '3RCC changed its name to PERQ Systems Corporation in 1984, but became insolvent in 1985'. 259 words. No "
 "outage and no near-miss of one told (an insolvency is a business end). Found at rank 1 of the query 'Three Rivers "
 "Computer Corporation Pittsburgh PERQ workstation company founded 1974' (a name of round 71ac's 'Not queried' list); "
 "wikimili.com again (rank 2; the same text, its excerpt ending after the lead), liquisearch.com (rank 3; the 'PERQ' "
 "article, an older revision), review.clateway.com (rank 4; the 'PERQ' article), imssdr.top (rank 5; a search-result "
 "snippet), bushytree.fandom.com (rank 6; a Fandom wiki), wikisum.wiki (rank 7; sentences picked out) and "
 "computinghistory.org.uk (rank 8; a museum page) not used. Three Rivers Computer, 3RCC, Rosen, Teter, Broadley, "
 "Kriz, Raj Reddy, PDP-11: " + CHECKED + " ('Newbury' in a train text as a town; Carnegie Mellon University in a test "
 "text as another matter; ICL in test wp-elliott-brothers (its notes) and wp-fujitsu-siemens-computers-joint-venture "
 "as other matters; 'PERQ' only inside other words, e.g. 'perquisites').", "US",
 copy_of="the Wikipedia article via wikimili.com's copy"))


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
