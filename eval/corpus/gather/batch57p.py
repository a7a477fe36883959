#!/usr/bin/env python3
"""Batch 57p (session 55; gatherer lane 57p): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 57a and 57f, kept to mid-size technology
companies of the United States and Australia (computer hardware, software, networking), new to the corpus: an American
maker of luggable CP/M computers in Solana Beach, California, organized in 1982 as a daughter company of Non-Linear
Systems (NLS), the test-equipment maker Andrew Kay founded in 1952, bankrupt in 1992 (hardware, US); the Hayward,
California, maker of the Osborne 1 portable computer, founded in January 1981 by Adam Osborne (who had sold his book
publishing company to McGraw-Hill) with Lee Felsenstein as designer, which paid MicroPro International in stock and per
copy for WordStar (hardware, US); a software and hardware company formed in October 1988 by Jon Garber, whose board
members were Garber, Bonnie Fought and Roy McDonald, its chief executive officer and president when it closed in August
2003, maker of Virtual and seller of HandOff II and SuperMenu by Fred Hollander of Utilitron, Inc. (software, US); and
a Brisbane peering-exchange and fibre network company, a subsidiary of TPG Telecom after a takeover of March 2010,
serving the ISPs Eftel, iiNet, Internode, Netspace and iPrimus, whose subsidiary PIPE International runs the PPC-1
cable to Guam and which formed a joint venture with Kordia (networking, Australia).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' renderings of 'Kaypro' and 'Osborne Computer Corporation' (both undated),
thefullwiki.org's copy of 'Connectix' (a revision of about 2009-2010) and en.wikipedia.org's older rendering of 'PIPE
Networks' ('Jump to: navigation, search'; a revision of about 2010-2016); each cut at a sentence end (`truncated`).
Edits per item in `notes` (title and site lines, infobox lines, headings, a table, citation markers cut; no word added
or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather58p/src), the markers ('[1]',
'[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as batches 55e, 55i, 55p, 55x, 55za,
55zd, 56b, 56j, 57a and 57f did. No text tells an outage; two tell near-misses of one (Kaypro forced into bankruptcy
and Connectix closed: business failures). newskg (or any extractor) was not run on any text. A round of four: fourteen
queries, four of them answered with English Wikipedia text on a company not yet in the corpus, all taken (round notes,
/work/notes/gather58/57p.md; queries, /tmp/gather58p/src/queries.txt).
usage: batch57p.py [POOL_DIR] [--dry]   (default /tmp/gather58p/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather58p/pool"
SRC = "/tmp/gather58p/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-55 pools (/tmp/gather58*/pool) and in /work/notes/gather58/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- computer hardware, US: Kaypro (en.wikipedia.org's '= Title =' rendering, undated) ----------------------------
KAYPRO = [
 "Kaypro Corporation was an American home and personal computer manufacturer based in Solana Beach, California, in the "
 "1980s. The company was founded by Non-Linear Systems (NLS) to compete with the popular Osborne 1 portable "
 "microcomputer. Kaypro produced a line of rugged, luggable CP/M-based computers sold with an extensive software bundle "
 "which supplanted its competitors and quickly became one of the top-selling personal computer lines of the early "
 "1980s.",
 "Kaypro was exceptionally loyal to its original customer base but slow to adapt to the changing computer market and "
 "the advent of IBM PC compatible technology. It faded from the mainstream before the end of the decade and was "
 "eventually forced into bankruptcy in 1992.",
 "Kaypro began as Non-Linear Systems (NLS), a maker of electronic test equipment, founded in 1952 by Andrew Kay, the "
 "inventor of the digital voltmeter.",
 "In the 1970s, NLS was an early adopter of microprocessor technology, which enhanced the flexibility of products such "
 "as production-line test sets. In 1981, Non-Linear Systems began designing a personal computer, called KayComp, that "
 "would compete with the popular Osborne 1 luggable microcomputer. In 1982, Non-Linear Systems organized Kaypro "
 "Corporation as a daughter company. The company stated at the April 1982 West Coast Computer Faire that it had 20 "
 "dealers, would not use its existing test-equipment distributors, received $50,000 in orders every day, and expected "
 "to start shipping the computer on 20 May.",
 "The first Kaypro model to be released commercially was branded as the Kaypro II; at the time, one of the most popular "
 "microcomputers was the Apple II."]
KEPT["wp-kaypro"] = ("kaypro-enwiki.txt", KAYPRO)
R.append(wp("wp-kaypro", "Kaypro", "https://en.wikipedia.org/wiki/Kaypro",
 "\n\n".join(KAYPRO),
 "computer hardware", ["history", "founding", "parent company", "products", "bankruptcy"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; the "
 "latest year the running text names is 1992). Cut: the title line '= Kaypro ='; the infobox lines ('Kaypro "
 "Corporation', '- Logo: Kaypro wordmark.svg', '- Type: Corporation', '- Foundation: 1981', '- Defunct: 1992', '- "
 "Location: Solana Beach, California', '- Key People: Andrew Kay', '- Industry: Computer hardware', '- Products: "
 "Computers'), so the infobox's founding year 1981 and Andrew Kay as Kaypro's key person are not in the text (cut as "
 "batches 54zu, 55i, 56b, 56j, 57a and 57f cut their infoboxes); the heading '==History=='; cut after '... the most "
 "popular microcomputers was the Apple II.', before the sentence the excerpt breaks off ('The Kaypro II was designed "
 "to be portable like the Osborne, contained in a single enclosure with a handle for ca'; `truncated`; a cut inside a "
 "paragraph, at a sentence end). No citation markers in this rendering. No word added or changed. Kept as written: "
 "'an American home and personal computer manufacturer based in Solana Beach, California, in the 1980s', 'The company "
 "was founded by Non-Linear Systems (NLS)', 'rugged, luggable CP/M-based computers', 'the advent of IBM PC compatible "
 "technology' (no hyphen), 'was eventually forced into bankruptcy in 1992', 'Kaypro began as Non-Linear Systems (NLS), "
 "a maker of electronic test equipment, founded in 1952 by Andrew Kay, the inventor of the digital voltmeter', 'a "
 "personal computer, called KayComp', 'In 1982, Non-Linear Systems organized Kaypro Corporation as a daughter "
 "company.', 'the April 1982 West Coast Computer Faire', 'on 20 May' (no year), 'branded as the Kaypro II; at the "
 "time, one of the most popular microcomputers was the Apple II'. 257 words. No outage told; one near-miss (the "
 "bankruptcy of 1992: a business failure, no service said to be lost). Recorded CC BY-SA 4.0 (doubtful: the revision "
 "is undated; the '= Title =' renderings that batches 55i and 56b dated were of 2024-2025, after Wikimedia's move to "
 "4.0 of June 2023, as batches 56j, 57a and 57f recorded their undated ones). Found at rank 5 of the query 'Kaypro "
 "Corporation was an American home and personal computer manufacturer founded by Andrew Kay, Non-Linear Systems, "
 "Solana Beach'; historyofpersonalcomputing.com (ranks 1 and 3), vclab.de (rank 2; German), sandiegoreader.com (rank "
 "4), gmwatch.eu (rank 6; an unattributed copy of an older revision) and mailing-list posts (ranks 7-8) not used. "
 "Kaypro, Non-Linear Systems, Andrew Kay, KayComp, Solana Beach, West Coast Computer Faire, Osborne 1: " + CHECKED +
 ".", "US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- computer hardware, US: Osborne Computer Corporation (en.wikipedia.org's '= Title =' rendering, undated) -------
OSBORNE = [
 "The Osborne Computer Corporation (OCC) was an American computer company and pioneering maker of portable computers. "
 "It was located in Hayward, California, in the San Francisco Bay Area.",
 "In 1981, Adam Osborne and Lee Felsenstein developed the world's first mass-produced portable computer, the Osborne 1.",
 "After Adam Osborne sold his computer book-publishing company to McGraw-Hill in 1979, he decided to market an "
 "inexpensive portable computer with bundled software and hired Lee Felsenstein to design it. The resulting Osborne 1 "
 "featured a 5 in 52-column cathode-ray tube display, two floppy-disk drives, a Z80 microprocessor, and 64 KB of RAM. "
 "It could fit under an airplane seat and survive being accidentally dropped. The bundled software package included "
 "the CP/M operating system, the MBASIC and CBASIC programming languages, the WordStar word processing package, and "
 "the SuperCalc spreadsheet program. It also included project management software with PERT and Gantt charts, and "
 "communications software for a 300 baud modem. Osborne obtained the software in part by offering stock in the new "
 "Osborne Computer Corporation, which he founded in January 1981. For example, MicroPro International received 75,000 "
 "shares and $4.60 for each copy of WordStar Osborne distributed with his computers.",
 "Unlike other startup companies, Osborne Computer Corporation's first product was ready soon after its founding. The "
 "first Osborne 1 shipped in July 1981, and its low price set market expectations for bundled hardware and software "
 "packages for several years to come. The company sold 11,000 Osborne 1s in the eight months after its July 1981 "
 "debut, with 50,000 more on backorder, although the early units had a 10\u201315% failure rate."]
KEPT["wp-osborne-computer"] = ("osborne-enwiki.txt", OSBORNE)
R.append(wp("wp-osborne-computer", "Osborne Computer Corporation",
 "https://en.wikipedia.org/wiki/Osborne_Computer_Corporation",
 "\n\n".join(OSBORNE),
 "computer hardware", ["history", "founding", "products", "software licensing"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; the "
 "latest year the kept text names is 1981, the cut infobox's 1985). Cut: the title line '= Osborne Computer "
 "Corporation ='; the infobox lines ('Osborne Computer Corporation', '- Logo: Osborne logo.svg', '- Successor: "
 "Mikrolog Ltd', '- Fate: Bankrupt', '- Defunct: 1985', '- Location: Hayward, California', '- Industry: Computer "
 "hardware'), so the successor Mikrolog Ltd and the bankruptcy are not in the text (cut as batches 54zu, 55i, 56b, "
 "56j, 57a and 57f cut their infoboxes); the headings '==History==' and '===Osborne 1==='; cut after '... the early "
 "units had a 10\u201315% failure rate.', before the sentence the excerpt breaks off ('The peak sales per month for '; "
 "`truncated`; a cut inside a paragraph, at a sentence end). The excerpt's single line break between the lead's two "
 "sentences ('... San Francisco Bay Area.' / 'In 1981, ...') is kept as a blank line, as every Wikipedia text of these "
 "batches. No citation markers in this rendering. No word added or changed. Kept as written: 'The Osborne Computer "
 "Corporation (OCC) was an American computer company and pioneering maker of portable computers.', 'In 1981, Adam "
 "Osborne and Lee Felsenstein developed the world's first mass-produced portable computer, the Osborne 1.', 'After "
 "Adam Osborne sold his computer book-publishing company to McGraw-Hill in 1979' (the publishing company unnamed), "
 "'hired Lee Felsenstein to design it', 'a 5 in 52-column cathode-ray tube display' ('5 in' for five inches), 'a Z80 "
 "microprocessor', 'the CP/M operating system, the MBASIC and CBASIC programming languages, the WordStar word "
 "processing package, and the SuperCalc spreadsheet program', 'PERT and Gantt charts', 'Osborne obtained the software "
 "in part by offering stock in the new Osborne Computer Corporation, which he founded in January 1981.', 'MicroPro "
 "International received 75,000 shares and $4.60 for each copy of WordStar Osborne distributed with his computers' "
 "(no comma after 'WordStar'), 'The company sold 11,000 Osborne 1s', 'a 10\u201315% failure rate' (an en dash). 264 "
 "words. No outage and no near-miss of one told (the 10-15% failure rate is a product defect, GUIDELINES, Outages). "
 "Recorded CC BY-SA 4.0 (doubtful: the revision is undated, as above). Found at rank 2 of the query 'Osborne Computer "
 "Corporation was an American computer company founded in 1981 by Adam Osborne, Hayward, California, Osborne 1'; "
 "historyofinformation.com (rank 1), geocities.ws (rank 3), artsandculture.google.com (rank 4; German), ithistory.org "
 "(rank 5; a copy of an older revision with no licence statement), computerhistory.org (rank 6), worldkings.org (rank "
 "7) and trandict.xyz (rank 8) not used. Osborne Computer Corporation, Adam Osborne, Felsenstein, Osborne 1, WordStar, "
 "SuperCalc, MBASIC, Mikrolog: " + CHECKED + " ('MicroPro' only as a part of 'microprocessor'; 'McGraw-Hill' and "
 "'Hayward' in texts on other matters).", "US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- software and hardware, US: Connectix (thefullwiki.org's copy, a revision of about 2009-2010) -----------------
CONNECTIX = [
 "Connectix Corporation was a software and hardware company, noted for having released innovative products that were "
 "either made obsolete as Apple Computer incorporated the ideas into system software, or were sold to other companies "
 "once they become popular. It was formed in October 1988 by Jon Garber; dominant board members were Garber, Bonnie "
 "Fought (the two were later married), and close friend Roy McDonald. McDonald was still Chief Executive Officer and "
 "president when Connectix finally closed in August 2003.",
 "Primary products included:",
 "\u2022 Virtual, its original flagship product, which introduced virtual memory to the Mac OS years before Apple's "
 "implementation in System 7 (Virtual also ran on a motley assortment of accelerator cards for the original Mac / Mac "
 "Plus / Mac SE line, which were not supported by Apple);",
 "\u2022 HandOff II, the file launcher developed by Fred Hollander of Utilitron, Inc. This INIT for Macintosh solved the "
 "\"Application Not Found\" problem by launching a substitute application for the one that created the file the user "
 "was trying to open. Apple would later build similar functionality into System 7;",
 "\u2022 SuperMenu, the first commercial hierarchical Apple menu, developed by Fred Hollander of Utilitron, Inc."]
KEPT["wp-connectix"] = ("connectix-thefullwiki.txt", CONNECTIX)
R.append(wp("wp-connectix", "Connectix", "http://www.thefullwiki.org/Connectix",
 "\n\n".join(CONNECTIX),
 "software", ["history", "founding", "leadership", "products", "closure"],
 "The article as thefullwiki.org's copy holds it in the page store (no date or revision id held; a revision of about "
 "2009-2010: the site's copies carry its own note on citable quotes, and batch 32k dated its thefullwiki.org copy to about "
 "2010; the text's latest date is August 2003). Cut: the site lines 'The Full Wiki', 'Connectix: Wikis', the note 'Note: "
 "Many of our articles have direct quotes from sources you can cite, within the Wikipedia article! This article "
 "doesn't yet, but we're working on it! See more info or our list of citable articles.' and 'From Wikipedia, the free "
 "encyclopedia'; the infobox lines ('Connectix Corporation', 'Fate Sold Quickcam to Logitech, Sold Virtual Game "
 "Station to Sony, sold Virtual PC to Microsoft, discontinued other products', 'Successor Dissolved', 'Founded October "
 "1988', 'Defunct August 2003', 'Key people Jon Garber', 'Bonnie Fought', 'Roy McDonald', 'Eric Traut', 'Industry "
 "computer software and hardware', 'Products Virtual', 'RAM Doubler', 'Speed Doubler', 'Virtual Game Station', "
 "'Virtual PC', 'Virtual Server'), so the sales of QuickCam to Logitech, Virtual Game Station to Sony and Virtual PC to "
 "Microsoft, and Eric Traut, are not in the text (doubtful: they are the page's best-known facts; cut as batches 54zu, "
 "55i, 56b, 56j, 57a and 57f cut their infoboxes); cut after 'SuperMenu, the first commercial hierarchical Apple menu, "
 "developed by Fred Hollander of Utilitron, Inc.', before the sentence the excerpt breaks off ('Again, Apple would make "
 "a hierarchal Apple menu standard in System 7, by'; `truncated`; a cut inside a list item, where 'Inc.' ends the "
 "sentence, as the capital 'Again' that follows shows). The list items keep their '\u2022' marks (as batch 10 kept "
 "list bullets), the indent before each dropped (whitespace only), each item a paragraph. No citation markers in this "
 "copy. No word added or changed. Kept as written: 'innovative products that were either made obsolete as Apple "
 "Computer incorporated the ideas into system software, or were sold to other companies once they become popular' "
 "(so written, 'become'), 'It was formed in October 1988 by Jon Garber; dominant board members were Garber, Bonnie "
 "Fought (the two were later married), and close friend Roy McDonald.', 'McDonald was still Chief Executive Officer "
 "and president when Connectix finally closed in August 2003.', 'Primary products included:', 'Virtual, its original "
 "flagship product', 'the original Mac / Mac Plus / Mac SE line', 'HandOff II, the file launcher developed by Fred "
 "Hollander of Utilitron, Inc.', 'This INIT for Macintosh', 'the \"Application Not Found\" problem', 'Apple would "
 "later build similar functionality into System 7;' (the item ends in a semicolon), 'the first commercial hierarchical "
 "Apple menu'. 195 words (the three '\u2022' marks counted). No outage told; one near-miss (Connectix 'finally closed': a business ending, no service said "
 "to be lost). Recorded CC BY-SA 3.0 (a revision of about 2009-2010, before Wikimedia's move to 4.0 of June 2023). "
 "Found at rank 3 of the query 'Connectix Corporation was an American software and hardware company founded in 1988 "
 "by Jon Garber, Virtual PC sold to Microsoft'; questionai.com (rank 1; raw HTML of the infobox only), memim.com (rank "
 "2; a machine translation from German), absoluteastronomy.com (rank 6) and theinfolist.com (rank 7) (both with link "
 "glosses pasted into the running text, as 'Apple Computer / Apple Computer / Apple Inc. is an American "
 "multinational ...', so not usable as written), wikimd.com (rank 5; a rewritten text) and two generated blogs (ranks "
 "4 and 8) not used. Connectix, Jon Garber, Bonnie Fought, Roy McDonald, Utilitron, Fred Hollander, HandOff, "
 "SuperMenu, RAM Doubler, QuickCam, Virtual PC: " + CHECKED + " ('Apple Computer' in texts on other matters).", "US",
 v3=True, copy_of="the Wikipedia article, via thefullwiki.org's copy of about 2009-2010"))

# ---- networking, Australia: PIPE Networks (en.wikipedia.org's older rendering, about 2010-2016) --------------------
PIPE = [
 "PIPE Networks (also known as PIPE) is an Australian telecommunications company, based in Brisbane, Queensland. It is "
 "a subsidiary of TPG Telecom. It is primary business is setting up peering exchanges. PIPE itself stands for \"Public "
 "Internet Peering Exchange\". The company also provides services such as co-location, telehousing, and fibre networks.",
 "PIPE listed on the then Australian Stock Exchange on 17 May 2005 as PIPE Networks Limited with a stock code of: PWK.",
 "Australian ISPs which use PIPE's metropolitan fibre networks include Eftel, iiNet, Internode, Netspace and iPrimus "
 "amongst others.",
 "In March 2010, shareholders accepted a takeover offer from TPG Telecom Limited. The company was noted for recently "
 "increasing their revenues, in contrast to the general trend in their industry.",
 "PIPE currently runs six metropolitan exchange networks.",
 "In January 2008, PIPE Networks announced it would be constructing a $200 million international link, known as PPC-1 "
 "(Pipe Pacific Cable), from Sydney to Guam. The link connects Madang in Papua New Guinea. It is operated by a newly "
 "formed PIPE subsidiary, PIPE International.",
 "In April 2008, PIPE Networks entered into a joint venture with New Zealand-based Kordia to build an undersea fibre "
 "optic cable between New Zealand and Australia. This cable will be known as PPC-2."]
KEPT["wp-pipe-networks"] = ("pipenetworks-enwiki.txt", PIPE)
R.append(wp("wp-pipe-networks", "PIPE Networks", "https://en.wikipedia.org/wiki/PIPE_Networks",
 "\n\n".join(PIPE),
 "telecommunications/networking", ["history", "ownership", "takeover", "customers", "joint venture", "submarine cable"],
 "The article as the page store holds en.wikipedia.org's address in an older rendering ('From Wikipedia, the free "
 "encyclopedia', 'Jump to: navigation, search'; undated, no revision id; a revision of about 2010-2016: it tells the "
 "takeover offer accepted in March 2010 and calls TPG Telecom the parent, and that skin's lines were dropped by "
 "2017). Cut: the title line 'PIPE Networks', the lines 'From Wikipedia, the free encyclopedia' and 'Jump to: "
 "navigation, search'; the infobox lines ('PIPE Networks Limited', 'Private (subsidiary of TPG Telecom)', 'Industry "
 "Telecommunications', 'Fate acquired by TPG Telecom', 'Founded 2001', 'Founder Bevan Slattery, Steve Baxter', "
 "'Headquarters Brisbane, Australia', 'Key people', 'Bevan Slattery, Managing Director and Co-founder', 'Owner TPG "
 "Telecom', 'Parent TPG Telecom', 'Website www.pipenetworks.com'), so the founders Bevan Slattery and Steve Baxter, "
 "Slattery's post as managing director and the founding year 2001 are not in the text (doubtful: they are the page's "
 "only people; cut as batches 54zu, 55i, 56b, 56j, 57a and 57f cut their infoboxes); the headings 'Peering "
 "exchanges[edit]' and 'PIPE International[edit]'; the table under 'PIPE currently runs six metropolitan exchange "
 "networks.' ('City First opened Number of sites', 'Brisbane May 2002 4', 'Sydney January 2003 6', 'Adelaide January "
 "2003 2', 'Melbourne July 2003 4', 'Hobart August 2003 2', 'Canberra June 2004 1'; a table's cells run together, not "
 "prose), so Adelaide, Melbourne, Hobart and Canberra and the exchanges' opening months are not in the text; the "
 "citation markers '[1]' to '[7]'; cut after '... This cable will be known as PPC-2.', before the heading 'Takeover "
 "offer[edit]' and the paragraph the excerpt breaks off ('In Marc'; `truncated`; a cut at a paragraph end). No word "
 "added or changed. Kept as written: 'PIPE Networks (also known as PIPE) is an Australian telecommunications company, "
 "based in Brisbane, Queensland.', 'It is a subsidiary of TPG Telecom.', 'It is primary business is setting up "
 "peering exchanges.' (so written, 'It is' for 'Its'), 'PIPE itself stands for \"Public Internet Peering Exchange\".', "
 "'PIPE listed on the then Australian Stock Exchange on 17 May 2005 as PIPE Networks Limited with a stock code of: "
 "PWK.' (the colon as written), 'Australian ISPs which use PIPE's metropolitan fibre networks include Eftel, iiNet, "
 "Internode, Netspace and iPrimus amongst others.', 'In March 2010, shareholders accepted a takeover offer from TPG "
 "Telecom Limited.', 'The company was noted for recently increasing their revenues', 'PIPE currently runs six "
 "metropolitan exchange networks.', 'known as PPC-1 (Pipe Pacific Cable), from Sydney to Guam', 'It is operated by a "
 "newly formed PIPE subsidiary, PIPE International.', 'a joint venture with New Zealand-based Kordia', 'This cable "
 "will be known as PPC-2.'. 204 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (a revision of "
 "about 2010-2016, before Wikimedia's move to 4.0 of June 2023, as batch 57b recorded its older rendering of Addison "
 "Lee); doubtful in that no revision id or date is held. Found at rank 1 of the query 'PIPE Networks was an "
 "Australian telecommunications company founded in Brisbane by Bevan Slattery and Steve Baxter, acquired by TPG'; "
 "smartcompany.com.au (rank 2), delimiter.com.au (ranks 3, 4 and 7), businessnewsaus.com.au and "
 "businessnewsaustralia.com (ranks 5-6) and external-brain.redwolf.com.au (rank 8) not used (news; copyrighted). PIPE "
 "Networks, PIPE International, Pipe Pacific Cable, Bevan Slattery, Netspace: " + CHECKED + " ('TPG Telecom', "
 "'iiNet', 'Internode', 'iPrimus', 'Kordia' and 'Australian Stock Exchange' are in texts on other matters, none a "
 "history of PIPE Networks; 'PPC-1' only in GATHERING.md's list of cable outages, as a lead on TPG's cable faults of "
 "2016-2017, another matter).", "non-US",
 v3=True, copy_of="the Wikipedia article, an older rendering at its address"))


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
