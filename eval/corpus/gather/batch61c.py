#!/usr/bin/env python3
"""Batch 61c (session 57; gatherer lane 61c): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-56j, 57a-57p, 58j, 58l, 59e, 59j, 60d, 60g and 60k, kept to American technology and telecom
companies, new to the corpus: the broadband satellite-internet venture Teledesic, its 840-satellite plan of 1994 cut
to 288 satellites in 1997, its renaming as Teledesic, LLC, its funding from Bill Gates, Craig McCaw (named as founder
of McCaw Cellular Communications) and Alwaleed bin Talal, and its suspension of satellite construction on 1 October
2002 after the failures of Iridium and Globalstar (telecoms/satellite internet, US); the fabless chip designer
Transmeta Corporation of Santa Clara, its seven founders of 1995 named together, its Code Morphing Software and its
Crusoe and Efficeon processors (semiconductors, US); and the computer maker Zenith Data Systems Corporation, a division
of the Zenith Radio Company after that company bought the Heath Company from Schlumberger in October 1979, its
contracts with the United States Department of Defense and the Internal Revenue Service, its Z-100 and SupersPort
computers and its purchase by Groupe Bull of France in late 1989 (computer hardware, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' rendering of 'Teledesic' (a recent scrape, undated), review.clateway.com's
viewer rendering of 'Transmeta' (the revision of about 2024 batch 60k saw there and at the CloudFront host) and
owiki.org's mirror of 'Zenith Data Systems' (held at the address 'Zenith_Z-180', undated; a revision after July 2023
by its wording); all three cut at a sentence or paragraph end (`truncated`). Edits per item in `notes` (title lines, a
section heading, infobox lines and citation markers cut; no word added or changed); `verify()` checks every kept
paragraph against the saved excerpt (/tmp/gather62c/src), the markers ('[3][4][5]', ' [8]') dropped and whitespace runs
compared as one space, as batches 58j, 58l, 59e, 59j, 60d, 60g and 60k did. No text tells an outage: Teledesic's
suspension of its satellite construction is a business decision about a network never built (no service was lost), a
near-miss; the lane's outage leads (AT&T's long-distance collapse of January 15, 1990, America Online's 19-hour outage
of August 7, 1996, Netcom's 13-hour outage of June 1996) came back only as news, mailing-list posts and blogs.
newskg (or any extractor) was not run on any text. A round of three: twelve queries, seven of them answered with English
Wikipedia text (or a copy of it) on a company of the lane, three taken (round notes, /work/notes/gather62/61c.md;
queries, /tmp/gather62c/src/queries.txt).
usage: batch61c.py [POOL_DIR] [--dry]   (default /tmp/gather62c/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather62c/pool"
SRC = "/tmp/gather62c/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-57 pools (/tmp/gather62*/pool) and in /work/notes/gather62/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- telecoms/satellite internet, US: Teledesic (en.wikipedia.org's '= Title =' rendering, undated) --------------
TELEDESIC = [
 "Teledesic was a company founded in the 1990s to build a commercial broadband satellite internet constellation. "
 "Using low-Earth-orbiting satellites small antennas could be used to provide uplinks of as much as 100 Mbit/s and "
 "downlinks of up to 720 Mbit/s. The original 1994 proposal was extremely ambitious, costing over 9 billion USD and "
 "originally planning 840 active satellites with in-orbit spares at an altitude of 700 km. In 1997, the plan was "
 "scaled back to 288 active satellites at 1400 km (900 miles). Teledesic Corporation changed its name to Teledesic, "
 "LLC by pro forma assignment of its license, granted on 26 January 1998.",
 "The commercial failure of the similar Iridium and Globalstar ventures (composed of 66 and 48 operational "
 "satellites respectively) and other systems, along with bankruptcy protection filings, were primary factors in "
 "halting the project, and Teledesic officially suspended its satellite construction work on 1 October 2002.",
 "Announced in March 1994 as a satellite constellation with 840 satellites and initial $5 million investments from "
 "Bill Gates and Craig McCaw, the Teledesic system would have provided \"fiber-optic like\" links to customers around "
 "the world. The system was to act as a network operator and support communications ranging from high-quality voice "
 "channels to broadband channels supporting video-conferencing, interactive multimedia, and real-time two-way data "
 "flow. Teledesic was notable for gaining early funding from Gates; McCaw, founder of McCaw Cellular Communications; "
 "and Saudi prince Alwaleed bin Talal. The system would have used Ka band to send and receive signals from users. "
 "Each satellite would have acted as a node in a large-scale packet-switching network. The service was planned to "
 "begin in 2002 with a total cost of the project estimated at US$9 billion."]
KEPT["wp-teledesic"] = ("teledesic-enwiki.txt", TELEDESIC)
R.append(wp("wp-teledesic", "Teledesic", "https://en.wikipedia.org/wiki/Teledesic",
 "\n\n".join(TELEDESIC),
 "telecoms/satellite internet", ["history", "satellite constellation", "funding", "renaming", "suspension",
                                 "near-miss"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (a recent scrape; no date or "
 "revision id held). Cut: the title line '= Teledesic ='; the section heading '==Description=='; the sentence the "
 "excerpt breaks off in ('The satellites were three-axis stabilized with a faceted antenna on the bottom and a large "
 "articulated solar panel on top, weighing around 800'), so the text ends after '... estimated at US$9 billion.' "
 "(`truncated`; a cut at a sentence end: the article goes on). No citation markers in this rendering. No word added "
 "or changed. Kept as written: 'Teledesic was a company founded in the 1990s to build a commercial broadband "
 "satellite internet constellation.', 'Using low-Earth-orbiting satellites small antennas could be used' (no comma), "
 "'costing over 9 billion USD', 'In 1997, the plan was scaled back to 288 active satellites at 1400 km (900 miles).', "
 "'Teledesic Corporation changed its name to Teledesic, LLC by pro forma assignment of its license, granted on 26 "
 "January 1998.', 'The commercial failure of the similar Iridium and Globalstar ventures (composed of 66 and 48 "
 "operational satellites respectively)', 'Teledesic officially suspended its satellite construction work on 1 October "
 "2002.', 'initial $5 million investments from Bill Gates and Craig McCaw', '\"fiber-optic like\" links' (no hyphen "
 "before 'like'), 'Teledesic was notable for gaining early funding from Gates; McCaw, founder of McCaw Cellular "
 "Communications; and Saudi prince Alwaleed bin Talal.' (the semicolons), 'The service was planned to begin in 2002 "
 "with a total cost of the project estimated at US$9 billion.' 280 words. No outage told: the suspension of the "
 "satellite construction stops a network never built (no service lost; GUIDELINES, Outages: business failures are "
 "no outage), a near-miss. Recorded CC BY-SA 4.0 (the '= Title =' renderings are recent scrapes, as batches 54zu-60g "
 "recorded them; doubtful: no revision id). Found at rank 6 of the query 'Teledesic was a company founded in the "
 "1990s to build a commercial broadband satellite constellation; backed by Craig McCaw, Bill Gates, Prince Alwaleed; "
 "Boeing; suspended 2002' (batch 60d's lead), after a first query ('Teledesic company satellite internet "
 "constellation founded Craig McCaw Bill Gates Wikipedia') brought only news; bruceb.com (rank 1; a blog), onet.pl "
 "(rank 2; Polish news), sjl.us and ianbell.com (ranks 3 and 5; blogs quoting news), archive.seattletimes.com (ranks 4 "
 "and 8), zdnet.com (rank 7; news), and from the first query techmonitor.ai, newsweek.com, chicagotribune.com, "
 "recordnet.com, kitsapsun.com (news) and a textbook copy on 123docz.net not used. Teledesic, McCaw Cellular, Craig "
 "McCaw, Alwaleed: " + CHECKED + " (Teledesic, McCaw and Alwaleed only in GATHERING.md's lead lists; Bill Gates, "
 "Iridium and Globalstar in texts on other matters).", "US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- semiconductors, US: Transmeta (review.clateway.com's viewer rendering of about 2024) -------------------------
TRANSMETA = [
 "Transmeta Corporation was an American fabless semiconductor company based in Santa Clara, California. It developed "
 "low power x86 compatible microprocessors based on a VLIW core and a software layer called Code Morphing Software.",
 "Code Morphing Software (CMS) consisted of an interpreter, a runtime system and a dynamic binary translator. x86 "
 "instructions were first interpreted one instruction at a time and profiled, then depending upon the frequency of "
 "execution of a code block, CMS would progressively generate more optimized translations.",
 "The VLIW core implemented features specifically designed to accelerate CMS and translations. Among the features "
 "were support for general speculation, detection of memory aliasing and detection of self modifying x86 code.",
 "The combination of CMS and the VLIW core allowed for the achievement of full x86 compatibility while maintaining "
 "performance and reducing power consumption.",
 "Transmeta was founded in 1995 by Bob Cmelik, Dave Ditzel, Colin Hunter, Ed Kelly, Doug Laird, Malcolm Wing and "
 "Greg Zyner.",
 "Its first product, the Crusoe processor, was launched on January 19, 2000. Transmeta went public on November 7, "
 "2000. On October 14, 2003, it launched its second major product, the Efficeon processor. In 2005, Transmeta "
 "increased its focus on licensing its portfolio of microprocessor and semiconductor technologies."]
KEPT["wp-transmeta"] = ("transmeta-clateway.txt", TRANSMETA)
R.append(wp("wp-transmeta", "Transmeta",
 "https://review.clateway.com/wiki/view_html.php?lang=en&q=Transmeta&sq=Envato",
 "\n\n".join(TRANSMETA),
 "semiconductors/microprocessors", ["history", "founding", "products", "IPO"],
 "The article as review.clateway.com's viewer holds it in the page store (no date or revision id held; the revision "
 "of about 2024 that batch 60k saw at this address and at db0nus869y26v.cloudfront.net). Cut: the infobox table "
 "lines ('Company type | Private |', '---|---|', 'Industry | Intellectual property licensing |', 'Founded | 1995 |', "
 "'Defunct | 2009 |', 'Fate | Acquired by Novafora, patent portfolio sold to Intellectual Ventures. |', "
 "'Headquarters | Santa Clara, California |', 'Key people | Murray A. Goldman, David Ditzel, Colin Hunter |', "
 "'Products | Microprocessors, Microprocessor patents |', the three revenue and income lines, 'Number of employees "
 "| 24 (2009)[2] |', 'Parent | Novafora |'), so Novafora's purchase, Intellectual Ventures, Murray A. Goldman and the "
 "infobox's 'David Ditzel' are not in the text; the citation markers '[3][4][5]' (three times), '[6][7]' and ' [8]'; "
 "paragraphs, one line each in the copy, joined with blank lines; cut after '... microprocessor and semiconductor "
 "technologies.', before the sentence the excerpt breaks off in ('After layoffs in 2007, Transmeta made a complete "
 "shift away from semiconductor production to IP licens'; `truncated`; a cut at a sentence end). The copy has no "
 "title line and no headings in this excerpt. No word added or changed. Kept as written: 'Transmeta Corporation was "
 "an American fabless semiconductor company based in Santa Clara, California.', 'low power x86 compatible "
 "microprocessors' (no hyphens), 'a software layer called Code Morphing Software', 'Code Morphing Software (CMS) "
 "consisted of an interpreter, a runtime system and a dynamic binary translator.', 'x86 instructions were first "
 "interpreted' (the sentence opening in lower case), 'detection of self modifying x86 code', 'Transmeta was founded "
 "in 1995 by Bob Cmelik, Dave Ditzel, Colin Hunter, Ed Kelly, Doug Laird, Malcolm Wing and Greg Zyner.', 'Its first "
 "product, the Crusoe processor, was launched on January 19, 2000.', 'Transmeta went public on November 7, 2000.', "
 "'On October 14, 2003, it launched its second major product, the Efficeon processor.', 'In 2005, Transmeta "
 "increased its focus on licensing its portfolio of microprocessor and semiconductor technologies.' 201 words. No "
 "outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a revision of about 2024, after Wikimedia's move to "
 "4.0 of June 2023, as batch 60k dated it; doubtful: no revision id). Found at rank 2 of the query 'Transmeta "
 "Corporation American fabless semiconductor company founded 1995, acquired by Novafora 2009' (batch 60k's lead); "
 "vrworld.com, tomshw.it, eweek.com, landofthefreeish.com and xbitlabs.com (ranks 1, 3, 5-7; news and blogs), "
 "app.dealroom.co (rank 4; a generated profile) and artikeldigital.com (rank 8; Italian Wikipedia) not used; two "
 "further queries for a rendering whose body tells Novafora's purchase of January 2009 brought news (theregister, "
 "cnet.com, xbitlabs.com, an archived theinquirer.net page), a blog, techtarget's glossary, time.com, IEEE "
 "Spectrum's captions, startupintros.com (generated), encyclopedia.kids.net.au (an old copy of about 2003) and "
 "liquisearch.com's 'History' section (the stealth years and Crusoe's reception, no purchase). Transmeta, Cmelik, "
 "Ditzel, Colin Hunter, Zyner, Malcolm Wing, Crusoe, Efficeon, Code Morphing, Novafora: " + CHECKED + " (Transmeta, "
 "Crusoe, Efficeon and Novafora only in GATHERING.md's lead lists; 'Laird' only in other names, Cammell Laird, in "
 "texts on other matters; Santa Clara and California in texts on other matters).", "US",
 copy_of="the Wikipedia article, rendered by a viewer at review.clateway.com"))

# ---- computer hardware, US: Zenith Data Systems (owiki.org's mirror, undated) --------------------------------------
ZENITH = [
 "Zenith Data Systems Corporation was an American computer systems manufacturing company active from 1979 to 1996. It "
 "was originally a division of the Zenith Radio Company, after that company purchased the Heath Company and its "
 "Heathkit line of electronic kits and kit microcomputers, from Schlumberger in October 1979. ZDS originally operated "
 "from Heath's own headquarters in St. Joseph, Michigan. By the time Zenith acquired Heathkit, the Heathkit H8 kit "
 "computer already had an installed customer base of scientific engineers and computing enthusiasts. ZDS's first "
 "offerings were preassembled versions of existing Heathkit computers, but within a few years, the company began "
 "selling its own designs including the Zenith Z-100, a hybrid 8085- and 8088-based computer capable of running both "
 "CP/M and MS-DOS.",
 "ZDS largely avoided the retail consumer market, instead focusing on selling directly to businesses, educational "
 "institutions, and government agencies. By the late 1980s, the company won several lucrative government contracts "
 "worth several hundreds of millions of dollars combined, including a US$242-million contract with the United States "
 "Department of Defense, the largest such computer-related government contract up to that date. In 1986 the company "
 "made headlines when it beat out IBM for a contract with the Internal Revenue Service to supply a portable computer. "
 "By the mid-1980s ZDS's profits offset losses in Zenith's television sales. Its Zenith SupersPort laptop was "
 "released in 1988 to high demand, composing a quarter of the entire American laptop market that year. The company "
 "reached a peak in terms of revenue in 1988, generating US$1.4 billion that year. The following year saw ZDS "
 "floundering in multiple ways, including a cancelled contract with the United States Navy and a failed attempt to "
 "increase consumer desktop sales. In late 1989, ZDS was purchased by Groupe Bull of France for between $511 million "
 "and $635 million."]
KEPT["wp-zenith-data-systems"] = ("zenith-data-systems-owiki.txt", ZENITH)
R.append(wp("wp-zenith-data-systems", "Zenith Data Systems", "https://owiki.org/wiki/Zenith_Z-180",
 "\n\n".join(ZENITH),
 "computer hardware/personal computers", ["history", "parent company", "acquisitions", "government contracts",
                                          "products"],
 "The article as owiki.org's mirror holds it in the page store, at the address of the redirect 'Zenith_Z-180' (the "
 "mirror batches 22b and 22c took copies from; no date or revision id held; by its wording a revision after the "
 "oldid 1167164488 of 26 July 2023, whose 'Z80- and 8088-based' and 'bespoke systems' this copy has as '8085- and "
 "8088-based' and 'its own designs', as the current '= Title =' rendering has them). Cut: the title line 'Zenith Data "
 "Systems'; the words the excerpt breaks off in ('Following the acquisition,'), so the text ends after '... for "
 "between $511 million and $635 million.' (`truncated`; a cut at a sentence end: the article goes on to Packard Bell "
 "NEC's purchase of 1996). The copy has no infobox, no headings and no citation markers in this excerpt. Paragraphs, "
 "one line each in the copy, joined with blank lines. No word added or changed. Kept as written: 'Zenith Data Systems "
 "Corporation was an American computer systems manufacturing company active from 1979 to 1996.', 'It was originally "
 "a division of the Zenith Radio Company, after that company purchased the Heath Company and its Heathkit line of "
 "electronic kits and kit microcomputers, from Schlumberger in October 1979.' (no '(later Zenith Electronics)', which "
 "other renderings have), \"Heath's own headquarters in St. Joseph, Michigan\", 'By the time Zenith acquired "
 "Heathkit, the Heathkit H8 kit computer', \"ZDS's first offerings\", 'the Zenith Z-100, a hybrid 8085- and "
 "8088-based computer capable of running both CP/M and MS-DOS.', 'a US$242-million contract with the United States "
 "Department of Defense', 'In 1986 the company made headlines when it beat out IBM for a contract with the Internal "
 "Revenue Service to supply a portable computer.' (no comma after '1986'), \"By the mid-1980s ZDS's profits offset "
 "losses in Zenith's television sales.\" (no comma), 'Its Zenith SupersPort laptop was released in 1988', 'a "
 "cancelled contract with the United States Navy', 'In late 1989, ZDS was purchased by Groupe Bull of France for "
 "between $511 million and $635 million.' 298 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 "
 "(a revision after June 2023 by its wording, as above; doubtful: the copy is undated and lacks the parenthesis "
 "both older and newer renderings carry). Found at rank 8 of the query 'Zenith Data Systems purchased by Groupe Bull "
 "1989 Packard Bell NEC 1996' (batch 60k's lead, which named this copy); en.wikipedia.org's oldid 1167164488 "
 "rendering and '= Title =' rendering (ranks 1-2; both break off before Groupe Bull's purchase, at 'including a "
 "US$242-million contr' and 'By the mid-1980s ZDS's profits'), apnews.com, chicagotribune.com and the Roanoke Times "
 "(ranks 3, 5 and 7; news) and two Spanish stringtranslate.com translations (ranks 4 and 6) not used. Zenith Data "
 "Systems, Zenith Radio, Heath Company, Heathkit, Z-100, SupersPort, Groupe Bull: " + CHECKED + " (all only in "
 "GATHERING.md's lead lists; Schlumberger, IBM, the Internal Revenue Service, the Department of Defense and the "
 "United States Navy in texts on other matters).", "US",
 copy_of="the Wikipedia article, via owiki.org's mirror"))


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
