#!/usr/bin/env python3
"""Batch 60k (session 56; gatherer lane 60k): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 57a, 57f, 57p, 58j, 58l, 59e, 59j, 60d and
60g, kept to mid-size technology and telecom companies of the United States (a DSL carrier, a memory-chip maker, a
supercomputer maker), new to the corpus: the competitive local exchange carrier of 1997-2001 founded by Michael W.
Malaga and five other former executives of Metropolitan Fiber Systems, with its eleven named business relationships
(Microsoft, Tandy Corporation, Intel, Verio and others), its investors, Verizon's agreement of September 2000 to buy a
55% interest and merge the two DSL businesses, terminated after NorthPoint's restatement, and its bankruptcy filing
of January 2001 (telecoms/DSL, US); the semiconductor maker founded in 1969 by L. J. Sevin, Louay E. Sharif and
Richard L. Petritz, its manufacturing in cooperation with Sprague Electric, its first contract from Burroughs, its
MK1001 and MK4006 chips, its purchase by United Technologies Corporation in 1979 and its sale to Thomson SA in 1985
(semiconductors, US); and the business history of the supercomputer maker Thinking Machines, its DARPA contracts,
CEO Sheryl Handler forced out by 1992, its Chapter 11 filing of August 1994, Sun Microsystems' purchases of its
hardware portion and its parallel software business, its own purchase by Oracle Corporation in 1999, WAIS and Greg
Papadopoulos, later Sun's chief technology officer (computer hardware/software, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): the unlabelled CloudFront host's copy of 'NorthPoint Communications' (db0nus869y26v.cloudfront.net, the host
batches 31d, 31j, 32i and 33f took copies from; undated), en.wikipedia.org's 'Jump to navigation' rendering of
'Mostek' of about 2022 ('53 years ago' from 1969) and liquisearch.com's copy of the 'Business History' section of
'Thinking Machines Corporation' (a revision of about 2010-2013, as batch 59a took liquisearch's sections); all three
cut at a sentence or paragraph end, or a section (`truncated`). Edits per item in `notes` (infobox lines, the
rendering's and the copy's page furniture, headings, an image caption and citation markers cut; no word added or
changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather61k/src), the markers ('[1]',
'[5][4]', '[edit]') dropped and whitespace runs compared as one space, as batches 58j, 58l, 59e, 59j, 60d and 60g did.
No text tells an outage: NorthPoint's 'Some internet service providers, which faced a disruption in service, blamed
the banks' is service lost through a business failure (GUIDELINES, Outages: business failures are no outage), a
near-miss; Thinking Machines' Chapter 11 filing is a business failure too. newskg (or any extractor) was not run on any
text. A round of three: twelve queries, eight of them answered with English Wikipedia text (or a copy of it) on a
company of the lane, three taken (round notes, /work/notes/gather61/60k.md; queries, /tmp/gather61k/src/queries.txt).
usage: batch60k.py [POOL_DIR] [--dry]   (default /tmp/gather61k/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather61k/pool"
SRC = "/tmp/gather61k/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-56 pools (/tmp/gather61*/pool) and in /work/notes/gather61/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- telecoms/DSL, US: NorthPoint Communications (the unlabelled CloudFront host's copy, undated) ------------------
NORTHPOINT = [
 "NorthPoint Communications Group, Inc. was a competitive local exchange carrier focused on data transmission via "
 "digital subscriber lines. The company had relationships with Microsoft, Tandy Corporation, Intel, Verio, Cable & "
 "Wireless, Frontier Corporation, Concentric Network, ICG Communications, Enron, Network Plus, and Netopia. The "
 "company had investments from The Carlyle Group, Accel Partners, Benchmark, and Greylock Partners.",
 "The company was founded in 1997 by Michael W. Malaga and 5 other former executives of Metropolitan Fiber Systems.",
 "On May 5, 1999, during the dot-com bubble, the company became a public company via an initial public offering in "
 "which it sold 15 million shares at $24 per share. Malaga, then 34 years old, was worth $300 million on paper.",
 "In September 2000, Verizon agreed to acquire a 55% interest in the company and merge the companies' DSL businesses.",
 "In November 2000, as its customers failed to pay their bills, NorthPoint restated downwards its financial "
 "performance for the third quarter of 2000, lowering revenue from $30 million to $24 million. After the earnings "
 "restatement, Verizon terminated its acquisition agreement, claiming that a material adverse change had occurred. "
 "Northpoint sued Verizon to force it to complete the transaction. The lawsuit was settled out of court in July 2002, "
 "with Verizon agreeing to pay $175 million to Northpoint. NorthPoint stated that \"it would cut its workforce by "
 "19%, or 248 jobs, to lower expenses after the collapse of its merger with Verizon.\"",
 "In January 2001, NorthPoint filed bankruptcy. Some internet service providers, which faced a disruption in service, "
 "blamed the banks for failing to work out a deal to save the company."]
KEPT["wp-northpoint-communications"] = ("northpoint-cloudfront.txt", NORTHPOINT)
R.append(wp("wp-northpoint-communications", "NorthPoint Communications",
 "https://db0nus869y26v.cloudfront.net/en/NorthPoint_Communications",
 "\n\n".join(NORTHPOINT),
 "telecoms/DSL carriers", ["history", "founding", "partners", "investors", "abandoned deal", "bankruptcy", "near-miss"],
 "The article as an unlabelled CloudFront-served copy holds it in the page store (db0nus869y26v.cloudfront.net, the "
 "host batches 31d, 31j, 32i and 33f took Wikipedia copies from; no date or revision id held). Cut: the infobox table "
 "lines ('Founded | 1997 |', '---|---|', 'Founder | Michael W. Malaga |', 'Defunct | 2001 |', 'Fate | Bankruptcy, "
 "assets acquired by AT&T |', 'Headquarters | California |', 'Key people | Herman Bluestein (Chief Development "
 "Officer) |', 'Number of employees | 506 (1999) |'), so AT&T's purchase of the assets, the headquarters and the "
 "chief development officer are not in the text; the citation markers '[1]', '[2]' (twice), '[3]', '[4]' (twice), "
 "'[5][4]', '[6]', '[7]', '[8]', '[9][10][11]' and the broken-off '[12'; paragraphs, one line each in the copy, "
 "joined with blank lines; the text ends where the excerpt breaks off, after '... failing to work out a deal to save "
 "the company.' (`truncated`; a cut at a sentence end: the article goes on). The copy has no title line and no "
 "headings in this excerpt. No word added or changed. Kept as written: 'NorthPoint Communications Group, Inc. was a "
 "competitive local exchange carrier focused on data transmission via digital subscriber lines.', 'The company had "
 "relationships with Microsoft, Tandy Corporation, Intel, Verio, Cable & Wireless, Frontier Corporation, Concentric "
 "Network, ICG Communications, Enron, Network Plus, and Netopia.', 'The company had investments from The Carlyle "
 "Group, Accel Partners, Benchmark, and Greylock Partners.', 'founded in 1997 by Michael W. Malaga and 5 other former "
 "executives of Metropolitan Fiber Systems' (the numeral), 'Malaga, then 34 years old, was worth $300 million on "
 "paper.', 'Verizon agreed to acquire a 55% interest in the company and merge the companies' DSL businesses.', "
 "'NorthPoint restated downwards its financial performance for the third quarter of 2000', 'Northpoint' (three times, "
 "lower-case p) beside 'NorthPoint', the quotation 'it would cut its workforce by 19%, or 248 jobs, ...' with its "
 "full stop inside the quotation marks, 'NorthPoint filed bankruptcy.' (no 'for'), 'Some internet service providers, "
 "which faced a disruption in service, blamed the banks for failing to work out a deal to save the company.' 266 "
 "words. No outage told: the disruption the internet service providers faced came with NorthPoint's bankruptcy, a "
 "business failure (GUIDELINES, Outages), a near-miss. Recorded CC BY-SA 4.0 (doubtful: the copy is undated; its "
 "wording 'filed bankruptcy' is older than the 'filed for bankruptcy' of a 2025 copy at rank 4, and batch 31d "
 "recorded 3.0 for a copy of this host with content to 2022; this text's content stops at 2002). Found at rank 2 of "
 "the query 'NorthPoint Communications was a DSL provider founded 1997 by Michael Malaga, San Francisco, Verizon "
 "merger, bankruptcy, AT&T acquired assets' (batch 60g's lead); theinfolist.com (rank 1; link glosses pasted into the "
 "text), wikizero.net (rank 3; the same revision with 'History' and 'Bankruptcy' headings, its excerpt breaking off "
 "inside the last sentence), l.global.ssl.fastly.net (rank 4; a 2025 copy, '28 years ago', no markers; its excerpt "
 "breaks off in the same sentence), acearchive.org (rank 5; a rewrite) and eweek.com, computerworld.com.au and "
 "nexttv.com (ranks 6-8; news) not used. NorthPoint, Malaga, Metropolitan Fiber, Frontier Corporation, Network Plus, "
 "Netopia, Greylock, Bluestein: " + CHECKED + " (NorthPoint only in batch 60g's GATHERING.md lead and in "
 "batch60g.py's docstring as an outage lead; Microsoft, Tandy Corporation, Intel, Verio, Cable & Wireless, Concentric "
 "Network, ICG Communications, Enron, The Carlyle Group, Accel Partners and Verizon in texts on other matters or in "
 "GATHERING.md's lead lists).", "US",
 copy_of="the Wikipedia article, via an unlabelled CloudFront-served copy"))

# ---- semiconductors, US: Mostek (en.wikipedia.org's 'Jump to navigation' rendering of about 2022) -----------------
MOSTEK = [
 "Mostek was a semiconductor integrated circuit manufacturer, founded in 1969 by L. J. Sevin, Louay E. Sharif, "
 "Richard L. Petritz and other ex-employees of Texas Instruments. Initially their products were manufactured in "
 "Worcester, Massachusetts in cooperation with Sprague Electric, however by 1974 most of its manufacturing was done in "
 "the Carrollton, Texas facility on Crosby Road. At its peak in the late 1970s, Mostek held an 85% market share of the "
 "dynamic random-access memory (DRAM) memory chip market worldwide, until being eclipsed by Japanese DRAM "
 "manufacturers who offered equivalent chips at lower prices by dumping memory on the market.",
 "In 1979, soon after its market peak, Mostek was purchased by United Technologies Corporation for US$345M. In 1985, "
 "after several years of red ink and declining market share, UTC sold Mostek for US$71M to the French electronics "
 "firm Thomson SA, later part of STMicroelectronics. Mostek's intellectual property portfolio, which included rights "
 "to the Intel x86 microprocessor family as well as many foundational patents in DRAM technology, provided a large "
 "windfall of royalty payments for STMicroelectronics in the 1990s.",
 "Mostek's first contract was from Burroughs, a $400 contract for circuit design.",
 "The first design to be produced in their newly set-up MOS fab in Worcester, was the MK1001, a simple barrel shifter "
 "chip made using an aluminum-gate PMOS process. This was followed by a 1K DRAM, the MK4006, that was manufactured in "
 "their Carrollton facility."]
KEPT["wp-mostek"] = ("mostek-enwiki.txt", MOSTEK)
R.append(wp("wp-mostek", "Mostek", "https://en.wikipedia.org/wiki/Mostek",
 "\n\n".join(MOSTEK),
 "semiconductors/memory chips", ["history", "founding", "products", "customers", "acquisitions"],
 "The article as en.wikipedia.org's 'Jump to navigation' rendering holds it in the page store (no revision id held; "
 "a rendering of about 2022: the infobox's 'Founded1969; 53 years ago'). Cut: the page furniture ('From Wikipedia, "
 "the free encyclopedia', 'Jump to navigation Jump to search'); the infobox lines ('Founded1969; 53 years ago (1969) "
 "in Worcester, Massachusetts', the three founders' bullet lines '• L. J. Sevin', '• Louay E. Sharif', '• Richard L. "
 "Petritz', 'Defunct1985 (1985)', 'FateMerged into STMicroelectronics'), so the infobox's merger into "
 "STMicroelectronics is not in the text; the heading 'Early calculator business[edit]' and the image caption 'Early "
 "Mostek calculator on a chip'; cut after '... that was manufactured in their Carrollton facility.', before the "
 "sentence the excerpt breaks off in ('Mostek had been working with Sprague Electric to develop the ion implantation "
 "process which provided much better control of doping profiles, especially in lowering'; `truncated`; a cut at a "
 "sentence end). No citation markers in this rendering. No word added or changed. Kept as written: 'Mostek was a "
 "semiconductor integrated circuit manufacturer, founded in 1969 by L. J. Sevin, Louay E. Sharif, Richard L. Petritz "
 "and other ex-employees of Texas Instruments.', 'manufactured in Worcester, Massachusetts in cooperation with "
 "Sprague Electric, however by 1974' (no comma after 'Massachusetts'), 'the Carrollton, Texas facility on Crosby "
 "Road', 'the dynamic random-access memory (DRAM) memory chip market' ('memory' twice), 'Mostek was purchased by "
 "United Technologies Corporation for US$345M', 'UTC sold Mostek for US$71M to the French electronics firm Thomson "
 "SA, later part of STMicroelectronics.', 'rights to the Intel x86 microprocessor family', 'Mostek's first contract "
 "was from Burroughs, a $400 contract for circuit design.', 'The first design to be produced in their newly set-up "
 "MOS fab in Worcester, was the MK1001' (the comma before 'was'), 'a 1K DRAM, the MK4006'. 233 words. No outage and "
 "no near-miss of one told. Recorded CC BY-SA 3.0 (a rendering of about 2022, before Wikimedia's move to 4.0 of June "
 "2023; doubtful: no revision id). Found at rank 6 of the query 'Mostek Corporation was a semiconductor integrated "
 "circuit manufacturer founded in 1969 by L. J. Sevin, Louay E. Sharif, Richard L. Petritz Wikipedia', a second "
 "query after the first ('Mostek Corporation semiconductor founded 1969 by L. J. Sevin, Texas Instruments engineers, "
 "acquired by United Technologies 1979, sold to Thomson') had brought only copies; graphsearch.epfl.ch (rank 1; its "
 "prices dropped: 'for .'), wiki.stringtranslate.com (rank 2; sentences out of order), a German askwikinow.com page "
 "(rank 3), infospaze.com (rank 4; an unlabelled copy of an older revision), questionai.com (rank 5; raw HTML), an "
 "Italian page with no address (rank 7) and findatwiki.com (rank 8; sentences broken off at its links) not used. "
 "Mostek, Sevin, Petritz, Sprague Electric, Thomson SA, MK1001, MK4006: " + CHECKED + " (Mostek only in GATHERING.md's "
 "lead lists; 'Sharif' only as other people's name in texts on other matters; Texas Instruments, United Technologies "
 "Corporation, Burroughs and STMicroelectronics in texts on other matters).", "US", v3=True,
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- computer hardware/software, US: Thinking Machines (liquisearch.com's 'Business History' section) --------------
THINKING = [
 "Thinking Machines was the third company to register a .com domain name (think.com), which it did in May 1985. It "
 "became profitable in 1989 thanks to its DARPA contracts, and in 1990 the company had $65 million (USD) in revenue, "
 "making it the market leader in parallel supercomputers. In 1991, DARPA reduced its purchases amid criticism it was "
 "unfairly subsidizing Thinking Machines at the expense of other vendors like Cray, IBM, and in particular, NCUBE and "
 "MasPar. By 1992 the company was losing money again, due to lack of business; CEO Sheryl Handler was forced out in "
 "the face of public criticism.",
 "Thinking Machines filed for Chapter 11 bankruptcy in August 1994. The hardware portion of the company was purchased "
 "by Sun Microsystems, and TMC re-emerged as a small software company specializing in parallel software tools for "
 "commodity clusters and data mining software for its installed base and former competitors' parallel "
 "supercomputers. In December 1996, the parallel software development business was acquired by Sun Microsystems, "
 "forming the basis of Sun's entry into High Performance Computing.",
 "Thinking Machines continued as a pure data mining company until it was acquired in 1999 by Oracle Corporation. "
 "Oracle later acquired Sun Microsystems, thus re-uniting much of Thinking Machines' intellectual property.",
 "The program WAIS, developed at Thinking Machines by Brewster Kahle, would later be influential in starting the "
 "Internet Archive and associated projects including the Rosetta Disk as part of Danny Hillis' Clock of the Long Now.",
 "Key architect Greg Papadopoulos later became Sun Microsystems, Inc.'s Chief Technology Officer."]
KEPT["wp-thinking-machines"] = ("thinking-machines-liquisearch.txt", THINKING)
R.append(wp("wp-thinking-machines", "Thinking Machines Corporation",
 "https://www.liquisearch.com/thinking_machines_corporation/business_history",
 "\n\n".join(THINKING),
 "computer hardware/supercomputers", ["history", "contracts", "leadership", "bankruptcy", "acquisitions"],
 "The 'Business History' section of the article as liquisearch.com's copy holds it in the page store (liquisearch "
 "serves one section a page; no date or revision id held; a revision of 2010 or later, as it tells Oracle's purchase "
 "of Sun Microsystems as done, and by liquisearch's copies of about 2010-2013). The excerpt holds the whole section; "
 "the text opens 'Thinking Machines was the third company' (the article's lead and products are not on that page, so "
 "the founders, the founding and the Connection Machine are not in the text). Cut: the copy's title lines ('Thinking "
 "Machines Corporation - Business History', 'Business History') and its trailer ('Read more about this topic:  "
 "Thinking Machines Corporation', 'Famous quotes containing the words business and/or history:' and the quotation of "
 "Hilaire Belloc and the line after it, which the excerpt breaks off in); `truncated` (a section, not the article). "
 "The excerpt has no citation markers. No word added or changed. Kept as written: 'the third company to register a "
 ".com domain name (think.com), which it did in May 1985', 'thanks to its DARPA contracts', '$65 million (USD)', "
 "'other vendors like Cray, IBM, and in particular, NCUBE and MasPar' ('NCUBE' in capitals), 'By 1992 the company "
 "was losing money again, due to lack of business; CEO Sheryl Handler was forced out in the face of public "
 "criticism.', 'The hardware portion of the company was purchased by Sun Microsystems, and TMC re-emerged as a small "
 "software company', 'In December 1996, the parallel software development business was acquired by Sun "
 "Microsystems', 'it was acquired in 1999 by Oracle Corporation', 'Oracle later acquired Sun Microsystems, thus "
 "re-uniting much of Thinking Machines' intellectual property.', 'The program WAIS, developed at Thinking Machines by "
 "Brewster Kahle', \"Danny Hillis' Clock of the Long Now\", \"Key architect Greg Papadopoulos later became Sun "
 "Microsystems, Inc.'s Chief Technology Officer.\" 254 words. No outage and no near-miss of one told (the Chapter 11 "
 "filing is a business failure). Recorded CC BY-SA 3.0 (a revision before Wikimedia's move to 4.0 of June 2023, as "
 "batches 37f and 59a and batch 36's Air Mauritius recorded liquisearch's copies; doubtful: no revision id, and "
 "liquisearch's own terms page not found). Found at rank 1 of the query 'Thinking Machines Corporation business "
 "history DARPA contracts CEO Sheryl Handler forced out, Chapter 11 August 1994, Oracle acquired 1999', built on the "
 "same copy seen at rank 5 of the query 'Thinking Machines Corporation supercomputer manufacturer founded 1983 by "
 "Sheryl Handler and Danny Hillis, Connection Machine, bankruptcy 1994, Sun Microsystems'; the-uncensored-wiki.com's "
 "copy of about 2007 (rank 2; lead, products and the first business paragraph, no purchase), a Dutch magazine "
 "translation (rank 3), profilpelajar.com (rank 4; a newer revision, its excerpt opening inside the products "
 "section), questionai.com (rank 5; raw HTML), a 2008 wikitext in a university course folder (rank 6), alchetron.com "
 "(rank 7) and newscientist.com (rank 8; news), and from the first query startupintros.com (a generated page), "
 "google.academickids.com, reference.com and thehopewishdreamfoundation.org (older and newer copies of the lead) not "
 "used. Thinking Machines, Sheryl Handler, Hillis, Papadopoulos, Brewster Kahle, MasPar, NCUBE, DARPA: " + CHECKED +
 " (Thinking Machines only in GATHERING.md's lead lists; 'WAIS' only inside other words in texts on other matters; "
 "Sun Microsystems, Oracle, IBM, Cray and the Internet Archive in texts on other matters).", "US", v3=True,
 copy_of="the Wikipedia article's 'Business History' section, via liquisearch.com's copy of about 2010-2013"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[1][2]', '[edit]', '[citation needed]'),
    whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[(\d+|edit|citation needed)\](\s*:\s*[A-Z]?\d+(\u2013[A-Z]?\d+)?)?", "", s).split())


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
