#!/usr/bin/env python3
"""Batch 60d (session 56; gatherer lane 60d): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 57a, 57f, 57p, 58j, 58l, 59e and 59j, kept to
mid-size technology companies of the United States (an online service, CPU upgrade chips, motherboards), new to the
corpus: the early online service of 1978-1989 founded in 1978 as Digital Broadcasting Corporation by Bill von Meister
with support from Jack R. Taub, its networking and computing supplied by Dialcom Inc. (whose President and CEO Robert
Ryan was its founding President), sold to The Reader's Digest Association and purchased by CompuServe in 1989 (online
services, US; batch 59j's lead, taken as its own matter as the brief allows); the Corvallis, Oregon maker of CPU upgrade
chips of 1989-2005 founded by Kenneth "Mike" Magee, a former vice president of Software Support Services and founder of
M.S. Systems, Inc., maker of the 486 SuperChip with Cyrix's Cx486 and party to a contract with IBM in 1994 (CPU
upgrades, US); and the Mountain View, California motherboard maker of 1986-1998 founded by Frank Lin, Dean Chang,
Harvey Wong and Minsiu Huang, buyer of Orchid Technology in 1994, acquired by Diamond Multimedia in 1998 (motherboards,
US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' rendering of 'The Source (online service)' (undated), wikimili.com's copy of
'Evergreen Technologies' (a revision of 2024-2025) and en.wikipedia.org's '= Title =' rendering of 'Micronics
Computers' (held under the address 'Micronics'; undated); all three cut at a sentence end (`truncated`). Edits per item
in `notes` (title lines, infobox lines, headings, citation markers and page references cut; no word added or
changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather61d/src), the markers ('[1]',
'[2] : 80', '[4] : C1–C2', '[edit]') dropped and whitespace runs compared as one space, as batches 58j, 58l, 59e and
59j did. No text tells an outage (the lane's outage leads, the Fisher Plaza fire of July 2009 and Rackspace's Hosted
Exchange failure of December 2022, came back only as news, blog and mailing-list pages). newskg (or any extractor) was
not run on any text. A round of three: sixteen queries, four of them answered with English Wikipedia text (or a copy of
it) on a company of the lane, three taken (round notes, /work/notes/gather61/60d.md; queries,
/tmp/gather61d/src/queries.txt).
usage: batch60d.py [POOL_DIR] [--dry]   (default /tmp/gather61d/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather61d/pool"
SRC = "/tmp/gather61d/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-56 pools (/tmp/gather61*/pool) and in /work/notes/gather61/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- online services, US: The Source (en.wikipedia.org's '= Title =' rendering, undated) ---------------------------
SOURCE = [
 "The Source (Source Telecomputing Corporation) was an early online service, one of the first such services to be "
 "oriented toward and available to the general public.",
 "The Source was in operation from 1978 to 1989, when it was purchased by rival CompuServe and discontinued sometime "
 "thereafter. The Source's headquarters were located at 1616 Anderson Road, McLean, Virginia, 22102.",
 "The Source was founded in 1978 as Digital Broadcasting Corporation by Bill von Meister, with support from Jack R. "
 "Taub, a businessman who had been very successful publishing the Scott catalogue of postage stamps. Initially the "
 "idea was to transmit email using an unused subcarrier piggy-backed onto FM radio signals. Instead, the two hit on "
 "the idea of an \"information utility,\" using cheap overnight excess capacity in minicomputers and data networks to "
 "make online information available to dial-up subscribers. Dialcom Inc., located in Silver Spring, MD was the "
 "backbone of The Source and supplied all of the networking, computing power and software development until the sale "
 "of The Source to The Reader's Digest Association. Robert Ryan was the President and CEO of Dialcom for fifteen "
 "years and concurrently served as the founding President of The Source and remained in that role for three years "
 "and then decided to return full-time to Dialcom. Having secured publishing rights and put in place the necessary "
 "software, the system was announced at Comdex in June 1979. At a launch in New York the following month, Isaac "
 "Asimov declared it to be \"the start of the information age.\" Prices were initially US$100 for a subscription, "
 "then $2.75 per hour off-peak."]
KEPT["wp-the-source"] = ("thesource-enwiki.txt", SOURCE)
R.append(wp("wp-the-source", "The Source (online service)",
 "https://en.wikipedia.org/wiki/The_Source_(online_service)",
 "\n\n".join(SOURCE),
 "internet services/online services", ["history", "founding", "supplier", "executives", "acquisition"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id). Cut: "
 "the title line '= The Source (online service) ='; the infobox lines ('The Source', '- Type: Private' to '- Parent: "
 "CompuServe', with '- Fate: Acquired by CompuServe', '- Founder: Bill von Meister' and '- Hq Location City: 1616 "
 "Anderson Road, McLean, Virginia 22102.'), so the infobox's founder and parent lines are not in the text (cut as "
 "batches 54zu, 55i, 56b, 56j, 57a, 57f, 57p, 58j, 58l, 59e and 59j cut their infoboxes); the heading '== History "
 "=='; cut in the third paragraph after '... then $2.75 per hour off-peak.', before the sentence the excerpt breaks "
 "off ('However, the project had already run up large debts, and'; `truncated`; a cut at a sentence end), so the "
 "debts, von Meister's leaving and the later owners' years are not in the text. No citation markers in this "
 "rendering. No word added or changed. Kept as written: 'The Source (Source Telecomputing Corporation) was an early "
 "online service', 'The Source was in operation from 1978 to 1989, when it was purchased by rival CompuServe and "
 "discontinued sometime thereafter.', '1616 Anderson Road, McLean, Virginia, 22102' (the street address and postal "
 "code in the text), 'founded in 1978 as Digital Broadcasting Corporation by Bill von Meister, with support from Jack "
 "R. Taub', 'the Scott catalogue of postage stamps', 'the idea of an \"information utility,\"' (the comma inside the "
 "quotation marks), 'Dialcom Inc., located in Silver Spring, MD was the backbone of The Source' (no comma after "
 "'MD'), 'until the sale of The Source to The Reader's Digest Association', 'Robert Ryan was the President and CEO "
 "of Dialcom for fifteen years and concurrently served as the founding President of The Source and remained in that "
 "role for three years and then decided to return full-time to Dialcom.', 'announced at Comdex in June 1979', 'At a "
 "launch in New York the following month, Isaac Asimov declared it to be \"the start of the information age.\"', "
 "'US$100', '$2.75 per hour off-peak'. 263 words. No outage and no near-miss of one told ('discontinued sometime "
 "thereafter' is the end of a business, not a failure). Recorded CC BY-SA 4.0 (doubtful: the revision is undated, as "
 "batches 56j, 57a, 57f, 57p, 58j, 59e and 59j recorded their undated '= Title =' renderings). Found at rank 1 of the "
 "query 'The Source (online service) Source Telecomputing Corporation Bill von Meister Jack Taub Reader's Digest "
 "Wikipedia'; filfre.net (ranks 2-4 and 8; a blog's history series), podscripts.co (ranks 5-6; a podcast transcript) "
 "and it.qwertyu.wiki (rank 7; Italian) not used. Source Telecomputing, Digital Broadcasting Corporation, von "
 "Meister, Taub, Dialcom, Reader's Digest: " + CHECKED + " (all only in GATHERING.md's lead lists and in batch 59j's "
 "'looked at' paragraph; 'The Source' named in batch 59e's CompuServe text as the competitor CompuServe bought, the "
 "same purchase seen from the buyer's side: this text, the bought service's own history with its founders, supplier "
 "and first owner, is taken as its own matter, as the brief for this round allows).", "US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- CPU upgrades, US: Evergreen Technologies (wikimili.com's copy, a revision of 2024-2025) -------------------------
EVERGREEN = [
 "Evergreen Technologies, Inc., was a privately owned computer company active from 1989 to 2005 that manufactured a "
 "wide variety CPU upgrade chips for x86-based personal computers. Based in Corvallis, Oregon, the company enjoyed a "
 "heyday in the 1990s, becoming a market leader in the CPU upgrade segment.",
 "Evergreen Technologies was founded in 1989 by Kenneth \"Mike\" Magee in Corvallis, Oregon. Before founding "
 "Evergreen, Magee previously worked as vice president of Software Support Services, a Corvallis-based software "
 "vendor; he had also previously founded M.S. Systems, Inc., a computer store in Corvallis. The company's first "
 "product, a CPU upgrade module that allowed motherboards with Intel 80286 processors to be upgraded to i386 "
 "processors, first shipped in May 1990. In 1992, Evergreen introduced the 486 SuperChip, a CPU upgrade module "
 "featuring Cyrix's Cx486 processor that allowed 286-class machines to achieve close to i486-level performance. "
 "Evergreen later signed a contract with IBM allowing the latter to capitalize on Evergreen's patents and "
 "circuit-board layouts for their 486 upgrade modules, in 1994.",
 "At their heyday in the 1990s, Evergreen's largest competitors included Intel themselves, with their i486 and "
 "Pentium OverDrive chips, and Kingston Technology, with their TurboChip. Sales in Evergreen's upgrade modules grew "
 "159-fold between 1993 and 1998; the company sold roughly 40 percent of their products to international buyers. By "
 "mid-1997, Evergreen had expanded to possess four buildings in Corvallis, a manufacturing plant in Portland, Oregon, "
 "a sales office in New York City and a regional office in Swindon, England. Between all locations, the company "
 "employed roughly 70 workers in that year."]
KEPT["wp-evergreen-technologies"] = ("evergreen-wikimili.txt", EVERGREEN)
R.append(wp("wp-evergreen-technologies", "Evergreen Technologies", "https://wikimili.com/en/Evergreen_Technologies",
 "\n\n".join(EVERGREEN),
 "computer hardware/CPU upgrades", ["history", "founding", "founder", "products", "licensing"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held in this excerpt; a "
 "revision of 2024-2025: the same copy's other rendering at rank 6 of the same query reads 'Founded1989;35 years ago' "
 "and 'Defunct2005;19 years ago'). Cut: the image line '![]() | |' and the infobox table lines ('Company type | "
 "Private |' to 'Number of employees | 70 (1997) |', with 'Founded | 1989Corvallis, Oregon | in' and 'Fate | "
 "Dissolution |'), so the infobox's employee count is not in the text (cut as batches 54zu, 55i, 56b, 56j, 57a, 57f, "
 "57p, 58j, 58l, 59e and 59j cut their infoboxes); the citation markers and page references ' [1]', ' [2] : 80', ' "
 "[3] [2] : 80', ' [4] [5] : C1', ' [6]', ' [7]', ' [2] : 76', ' [3]' (after 'between 1993 and 1998;'), ' [4] : C1' "
 "and ' [4] : C1\u2013C2' with the space before each; the paragraphs, one line each in this copy, joined with blank "
 "lines; cut after '... the company employed roughly 70 workers in that year.', before the paragraph the excerpt "
 "breaks off ('In early'; `truncated`; a cut at a paragraph end), so the company's later years and its dissolution "
 "are not in the text. No heading in this excerpt. No word added or changed. Kept as written: 'Evergreen "
 "Technologies, Inc., was a privately owned computer company' (a comma after 'Inc.'), 'manufactured a wide variety "
 "CPU upgrade chips' (no 'of'), 'founded in 1989 by Kenneth \"Mike\" Magee' (the nickname in straight quotation "
 "marks), 'Magee previously worked as vice president of Software Support Services, a Corvallis-based software "
 "vendor; he had also previously founded M.S. Systems, Inc., a computer store in Corvallis.', 'allowed motherboards "
 "with Intel 80286 processors to be upgraded to i386 processors', 'the 486 SuperChip, a CPU upgrade module featuring "
 "Cyrix's Cx486 processor', 'Evergreen later signed a contract with IBM allowing the latter to capitalize on "
 "Evergreen's patents and circuit-board layouts for their 486 upgrade modules, in 1994.', 'Intel themselves, with "
 "their i486 and Pentium OverDrive chips, and Kingston Technology, with their TurboChip', 'grew 159-fold between "
 "1993 and 1998', 'By mid-1997', 'in that year'. 257 words. No outage and no near-miss of one told. Recorded CC BY-SA "
 "4.0 (a revision of 2024-2025, after Wikimedia's move to 4.0 of June 2023). Found at rank 4 of the query 'Everex "
 "Systems was a computer manufacturer founded 1983 by Steve Hui, Fremont California, Formosa Plastics, Wikipedia' "
 "(a query for another company; the copy came back on its wording); wikimili.com (rank 6; the same copy in another "
 "rendering, its excerpt ending earlier, at 'four building'), friendlywiki.com (rank 8; wikitext with citation "
 "templates), wikisum.wiki (rank 1; another article, out of order), bobdenton.com (rank 2), boysha.eth.limo (rank 3; "
 "another article) and smoliva.blog (ranks 5 and 7) not used. Evergreen Technologies, Magee, SuperChip, 'Software "
 "Support Services', 'M.S. Systems', Kingston Technology: " + CHECKED + " ('Magee' only in a text on another person; "
 "Cyrix in texts on other matters, batches 58j and 58l).", "US",
 copy_of="the Wikipedia article, wikimili.com's copy"))

# ---- motherboards, US: Micronics Computers (en.wikipedia.org's '= Title =' rendering, undated) ---------------------
MICRONICS = [
 "Micronics Computers, Inc. was an American computer company active from 1986 to 1998 that manufactured complete "
 "systems, motherboards, and peripherals. Based in the San Francisco Bay Area, Micronics was one of the largest "
 "domestic motherboard manufacturers in the United States in the 1990s. After acquiring Orchid Technology in 1994, "
 "the company entered the market for multimedia products, such as graphics adapters and sound cards. In 1998, "
 "Micronics was acquired by Diamond Multimedia.",
 "Micronics Computers was founded by Frank Lin, Dean Chang, Harvey Wong, and Minsiu Huang, four Taiwan-American "
 "electronics engineers and businessmen in Mountain View, California, in November 1986. Lin and Chang were the "
 "company's principal founders, the company originally based out of Lin's home garage in San Francisco. The two set "
 "out to found Micronics as an OEM vendor of IBM PC compatible motherboards for systems integrators to buy in bulk. "
 "While devoting their free time to developing Micronics as a side venture, Lin worked at TeleVideo in San Jose, "
 "while Chang worked at Silicon Compilers, another Silicon Valley hardware company. After Lin's neighbors complained "
 "of electromagnetic interference affecting the reception of their television sets, he and Chang contacted Wong and "
 "Huang, and the four pooled together $150,000 to formally incorporate Micronics in Mountain View. The company's "
 "first headquarters were a 400-square-foot office in the city. Their first products were motherboards based on "
 "Intel's 80286 and i386 processors."]
KEPT["wp-micronics-computers"] = ("micronics-enwiki.txt", MICRONICS)
R.append(wp("wp-micronics-computers", "Micronics Computers", "https://en.wikipedia.org/wiki/Micronics",
 "\n\n".join(MICRONICS),
 "computer hardware/motherboards", ["history", "founding", "founders", "acquisition"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store, under the address "
 "en.wikipedia.org/wiki/Micronics (a redirect to 'Micronics Computers'; undated, no revision id; the HandWiki copy of "
 "the same text at encycloreader.org, rank 4 of the same query, reads 'November 1986; 37 years ago' and 'July 1998; "
 "26 years ago', so a revision of 2023-2024 holds the same lead). Cut: the title line '= Micronics ='; the infobox "
 "lines ('Micronics Computers, Inc.', '- Logo: Micronics Computers logo.svg' to '- Num Employees: 215 (1991)', with "
 "'- Hq Location: Fremont, California (1991\u20131998)', '- Fate: Acquired by Diamond Multimedia' and '- Founders: "
 "Frank Lin, Dean Chang, Harvey Wong, Minsiu Huang'), so Fremont is not in the text (cut as batches 54zu, 55i, 56b, "
 "56j, 57a, 57f, 57p, 58j, 58l, 59e and 59j cut their infoboxes); the headings '==History==' and '===Foundation and "
 "growth (1986\u20131992)==='; cut in the second paragraph after '... motherboards based on Intel's 80286 and i386 "
 "processors.', before the sentence the excerpt breaks off ('Micronics''; `truncated`; a cut at a sentence end), so "
 "the company's later years and its executives' posts are not in the text. No citation markers in this rendering. No "
 "word added or changed. Kept as written: 'Micronics Computers, Inc. was an American computer company active from "
 "1986 to 1998', 'Based in the San Francisco Bay Area', 'After acquiring Orchid Technology in 1994, the company "
 "entered the market for multimedia products', 'In 1998, Micronics was acquired by Diamond Multimedia.', 'founded by "
 "Frank Lin, Dean Chang, Harvey Wong, and Minsiu Huang, four Taiwan-American electronics engineers and businessmen in "
 "Mountain View, California, in November 1986', 'Lin and Chang were the company's principal founders, the company "
 "originally based out of Lin's home garage in San Francisco.', 'an OEM vendor of IBM PC compatible motherboards', "
 "'Lin worked at TeleVideo in San Jose, while Chang worked at Silicon Compilers, another Silicon Valley hardware "
 "company', 'neighbors' (American spelling), '$150,000', 'a 400-square-foot office', \"motherboards based on Intel's "
 "80286 and i386 processors\". 229 words. No outage and no near-miss of one told ('electromagnetic interference "
 "affecting the reception of their television sets' is the neighbours' complaint, not a service lost). Recorded CC "
 "BY-SA 4.0 (doubtful: the revision is undated, as batches 56j, 57a, 57f, 57p, 58j, 59e and 59j recorded their "
 "undated '= Title =' renderings). Found at rank 2 of the query 'Micronics Computers was founded by Frank Lin, Dean "
 "Chang, Harvey Wong, and Minsiu Huang, Mountain View motherboards, acquired by Diamond Multimedia'; wikisum.wiki "
 "(rank 1; sentences out of order), theinfolist.com (rank 3; link glosses pasted into the text), encycloreader.org "
 "(rank 4; HandWiki's copy with citation markers, the same matter), jmedia.wiki (rank 5; Japanese), justmac.info "
 "(rank 6), cnet.com (rank 7; news) and forums.anandtech.com (rank 8) not used. Micronics, Minsiu Huang, Orchid "
 "Technology, TeleVideo, Silicon Compilers: " + CHECKED + " ('Frank Lin' in batch 44p's Trident Microsystems text, "
 "'Frank C. Lin', its founder, another man by the text; Diamond Multimedia in batch 59e's S3 Graphics text, its merger "
 "with S3, another matter; Intel and IBM in texts on other matters).", "US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))


def _norm(s):
    """The text without citation markers, page references and edit links ('[4]', ' [4]', '[2] : 80', '[1]: 122',
    '[4] : C1\u2013C2', '[edit]', '[citation needed]'), whitespace runs as one space."""
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
