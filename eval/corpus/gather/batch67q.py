#!/usr/bin/env python3
"""Batch 67q (session 61; gatherer lane 67q): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-67f, kept to three American technology companies that no longer exist on their own, new to the corpus,
two of them turned from the leads of batches 66k, 66p, 67b and 67f: Bay Networks, Inc., the network hardware vendor
formed through the merger of SynOptics Communications and Wellfleet Communications on July 6, 1994, with the eight
companies it acquired from May 1995 to April 1997 (Centillion Networks, Xylogics, Performance Technology, ARMON
Networking, LANcity, Penril Datability Networks, NetICs and ISOTRO Network Management) (networking, US); Digital
Research, Inc. (originally Intergalactic Digital Research), the company Gary Kildall created to market and develop
his CP/M operating system, of Pacific Grove, California, with its MP/M, CP/M-86, Concurrent CP/M, Concurrent DOS,
DR-DOS and Flex OS, purchased by Novell in 1991 (software, US); and Signetics, the maker of integrated circuits
started in 1961 by four engineers who left Fairchild Semiconductor, financed through Lehman Brothers, 51% owned by
Corning Glass from November 1962, maker of the 555 timer, bought by Philips in 1975 and incorporated in Philips
Semiconductors (now NXP) (semiconductors, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): hubbry.com's copy of 'Bay Networks' (undated, a recent revision), princeton.edu's wiki100k copy of 'Digital
Research' (undated, an older revision) and en.wikipedia.org's permanent link to revision 1002271559 of 'Signetics'
(about January 2021); each cut at a paragraph end before the item or paragraph its excerpt breaks off in
(`truncated`). Edits per item in `notes` (a site's chrome lines, title lines, infobox lines, section headings, '[edit]'
links, list bullets and citation markers cut; paragraphs and list items joined with blank lines; no word added or
changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather68q/src), the markers ('[1]',
'[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as batches 55e-67f did. No text
tells an outage or a near-miss of one (mergers, purchases, investments and a product 'unsuccessful in competition'
are business matters). newskg (or any extractor) was not run on any text. A round of three: eight queries, three
answered with English Wikipedia text on a company not yet in the corpus and were taken; Software Arts, Control Video
Corporation, the Yankee Network and RKO General were not (round notes, /work/notes/gather68/67q.md; queries,
/tmp/gather68q/src/queries.txt).
usage: batch67q.py [POOL_DIR] [--dry]   (default /tmp/gather68q/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68q/pool"
SRC = "/tmp/gather68q/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-61 pools (/tmp/gather68*/pool) and in /work/notes/gather68/ (CLAIMS.txt and the round notes) as "
           "they stood when checked (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- networking, US: Bay Networks (hubbry.com's copy, undated) -----------------------------------------------------
BN = [
 "Bay Networks, Inc., was a network hardware vendor formed through the merger of Santa Clara, California, based "
 "SynOptics Communications and Billerica, Massachusetts based Wellfleet Communications on July 6, 1994. SynOptics "
 "was an important early innovator of Ethernet products, having developed a pre-standard twisted pair 10 Mbit/s "
 "Ethernet product and a modular Ethernet hub product that dominated the enterprise networking market. Wellfleet was "
 "an important competitor to Cisco Systems in the router market, ultimately commanding up to a 20% market share of "
 "the network router business worldwide. The combined company was renamed Bay Networks, as SynOptics was based in "
 "the San Francisco Bay Area and Wellfleet in Greater Boston, nearby to Massachusetts Bay.",
 "Bay Networks expanded its product line both through internal development and acquisition, acquiring the following "
 "companies during the course of its existence:",
 "Centillion Networks, Inc. (May, 1995) \u2013 Provided Asynchronous Transfer Mode switching and Token Ring "
 "technology.",
 "Xylogics, Inc. (December, 1995) \u2013 Remote access technologies.",
 "Performance Technology (March, 1996) \u2013 LAN-to-WAN access technology.",
 "ARMON Networking, Ltd. (July, 1996) \u2013 RMON and RMON2 network management technology.",
 "LANcity Corporation (October, 1996) \u2013 Cable modem technology.",
 "Penril Datability Networks (November, 1996) \u2013 Dial-up modems and remote access products based on Digital "
 "Signal Processing technology.",
 "NetICs, Inc. (December, 1996) \u2013 ASIC-based Fast Ethernet switching technology.",
 "ISOTRO Network Management, Inc. (April, 1997) \u2013 DNS and DHCP technologies."]
KEPT["wp-bay-networks"] = ("baynetworks-hubbry.txt", BN)
R.append(wp("wp-bay-networks", "Bay Networks", "https://www.hubbry.com/Bay_Networks", "\n\n".join(BN),
 "networking", ["history", "merger", "acquisitions"],
 "The article as hubbry.com's community-hub copy holds it in the page store (hubbry.com/Bay_Networks, headed 'Bay "
 "Networks' and 'from Wikipedia'; no date or revision id held; recorded 4.0 as batch 66j recorded its hubbry.com "
 "copy; doubtful: undated). Cut: the site's chrome lines ('Hubbry Logo', 'Bay NetworksBay NetworksMain', 'Open "
 "search', 'Community hub', 'logo', '7 pages, 0 posts', '0 subscribers', 'Be the first to start a discussion here.' "
 "twice, the title line four times and 'from Wikipedia'); the infobox's placeholder heading 'Key Information' (its "
 "lines are not in the excerpt); the heading 'Acquisitions' and its '[edit]' link; the list's bullets ('  \u2022 '; "
 "each item its own paragraph, as batches 55b, 65b, 65h and 67h kept lists); the citation markers '[2]' to '[5]' (no "
 "space before them); cut after the item 'ISOTRO Network Management, Inc. (April, 1997) \u2013 DNS and DHCP "
 "technologies.', before the item the excerpt breaks off in ('Rapid City Communicatio'; `truncated`; a cut at an "
 "item's end), so Rapid City and the article's later section on Northern Telecom's purchase of 1998 are not in the "
 "text. No word added or changed. Kept as written: 'Bay Networks, Inc., was a network hardware vendor' (a comma "
 "after 'Inc.'), 'formed through the merger of Santa Clara, California, based SynOptics Communications and "
 "Billerica, Massachusetts based Wellfleet Communications on July 6, 1994' (no hyphens, a comma after one place and "
 "none after the other), 'a pre-standard twisted pair 10 Mbit/s Ethernet product', 'an important competitor to Cisco "
 "Systems in the router market, ultimately commanding up to a 20% market share', 'The combined company was renamed "
 "Bay Networks', 'nearby to Massachusetts Bay', the items' dates as '(May, 1995)' (a comma after the month) and their "
 "en dashes ('\u2013'), 'Provided Asynchronous Transfer Mode switching and Token Ring technology' (a capital 'P', "
 "no subject), 'LAN-to-WAN', 'RMON and RMON2', 'ASIC-based Fast Ethernet switching technology'. 224 words. No outage "
 "and no near-miss of one told (a merger, a renaming and purchases). Found at rank 2 of the query 'Bay Networks "
 "formed merger SynOptics Wellfleet Communications 1994 acquisitions Nortel 1998', the lead batch 67f left "
 "(\"hubbry.com's copy of English Wikipedia at rank 4 of query 1\"); startupintros.com (rank 1; a generated "
 "profile), everyfhing.explained.today (ranks 3 and 8 of two queries; a copy whose list is dropped, on an odd "
 "address), en.wikipedia.org's '= Title =' rendering (ranks 4 and 7; the same revision, its excerpt breaking off at "
 "the sixth item, 'Penril Databilit'), computing.co.uk, irishtimes.com, esj.com, fiercetelecom.com and "
 "itworldcanada.com (news), si.frajer.net (a forum's repost of a magazine story) and incjournal.com (a copy of an "
 "SEC filing) not used. Bay Networks, Centillion, Xylogics, LANcity, Penril, Performance Technology: " + CHECKED +
 " ('Bay Networks' only in the notes of dev's wp-synoptics (batch 67f), whose text names neither Bay Networks nor "
 "Wellfleet, and in GATHERING.md's and 67f's lists of leads; 'Centillion', 'Xylogics', 'LANcity' only there; "
 "'ARMON', 'NetICs' and 'ISOTRO' only inside other words, 'Rapid City' only in texts on a South Dakota city; "
 "'SynOptics' is the subject of dev's wp-synoptics, another matter: that company's own history up to the early "
 "1990s, this text the merged company's).", "US",
 copy_of="the Wikipedia article, via hubbry.com, a site copying Wikipedia pages"))

# ---- software, US: Digital Research (princeton.edu's wiki100k copy, undated, an older revision) ---------------------
DR = [
 "Digital Research, Inc. (aka DR or DRI; originally Intergalactic Digital Research) was the company created by Dr. "
 "Gary Kildall to market and develop his CP/M operating system and related products. It was the first large "
 "software company in the microcomputer world. Digital Research was based in Pacific Grove, California.",
 "The company's operating systems, starting with CP/M for 8080/Z80-based microcomputers, were the de facto standard "
 "of their era, as MS-DOS and MS Windows came later. DR's product suite included the original CP/M and its various "
 "offshoots; DR-DOS which was a MS-DOS compatible version of CP/M, and MP/M, the multi-user CP/M. The first 16-bit "
 "system was CP/M-86, which was to be unsuccessful in competition with MS-DOS. There followed Concurrent CP/M, a "
 "single-user version of the multi-tasking MP/M-86 featuring \"virtual consoles\" from which applications could be "
 "launched to run concurrently. Successive revisions of this system, which gradually supported MS-DOS applications "
 "and the FAT filesystem, were labelled Concurrent DOS, Concurrent DOS XM and Concurrent DOS 386.",
 "Soon after the introduction of the Intel 80286, DR introduced a radical new real-time system, initially called "
 "DOS-286 and subsequently Flex OS. This exploited the greater memory addressing capability of the new CPU to "
 "provide a more flexible multi-tasking environment. There was a small but powerful set of system APIs, each with a "
 "synchronous and an asynchronous variant. Pipes were supported, and all named resources could be aliased by setting "
 "Environment variables. This system was to enjoy enduring favour in point-of-sale systems and was adopted by the "
 "IBM 4690 OS.",
 "Digital Research was purchased by Novell in 1991, primarily for Novell to gain access to the OS line."]
KEPT["wp-digital-research"] = ("digitalresearch-princeton.txt", DR)
R.append(wp("wp-digital-research", "Digital Research",
 "http://www.princeton.edu/~achaney/tmve/wiki100k/docs/Digital_Research.html", "\n\n".join(DR),
 "software", ["history", "founding", "founders", "products", "acquisition"],
 "The article as princeton.edu's 'wiki100k' collection (a static copy of about a hundred thousand English Wikipedia "
 "articles in a course project's folder, named as a free copy by batches 35l, 40za and 62l) holds it in the page "
 "store (no date or revision id held: an older revision, whose lead reads 'was the company created by Dr. Gary "
 "Kildall' where the current article's reads 'was a privately held American software company created by Gary "
 "Kildall'; recorded 3.0, before Wikimedia's June 2023 move to 4.0; doubtful: undated). Cut: nothing before the "
 "first paragraph (the excerpt starts with it; no title line, no infobox, no citation markers); cut after "
 "'... primarily for Novell to gain access to the OS line.', before the paragraph the excerpt breaks off in ('DR "
 "produced a selection of programming language compilers ... They also produced a microcomputer version of the GKS "
 "gr'; `truncated`; a cut at a paragraph end). No word added or changed. Kept as written: 'Digital Research, Inc. "
 "(aka DR or DRI; originally Intergalactic Digital Research)', 'the company created by Dr. Gary Kildall to market and "
 "develop his CP/M operating system and related products', 'CP/M for 8080/Z80-based microcomputers', 'as MS-DOS and "
 "MS Windows came later', \"DR's product suite included the original CP/M and its various offshoots; DR-DOS which "
 "was a MS-DOS compatible version of CP/M, and MP/M, the multi-user CP/M\" (a semicolon before the list, 'a MS-DOS'), "
 "'The first 16-bit system was CP/M-86, which was to be unsuccessful in competition with MS-DOS', 'a single-user "
 "version of the multi-tasking MP/M-86 featuring \"virtual consoles\"', 'were labelled Concurrent DOS, Concurrent DOS "
 "XM and Concurrent DOS 386' (British spelling), 'a radical new real-time system, initially called DOS-286 and "
 "subsequently Flex OS' (two words), 'Environment variables' (a capital 'E'), 'enduring favour' (British spelling), "
 "'was adopted by the IBM 4690 OS', 'Digital Research was purchased by Novell in 1991, primarily for Novell to gain "
 "access to the OS line'. 270 words. No outage and no near-miss of one told (a product 'unsuccessful in competition' "
 "is a business matter). Found at rank 6 of the query 'Digital Research privately held American software company "
 "created by Gary Kildall to market and develop his CP/M operating system', the query on the article's own lead "
 "words that batches 66k and 67b proposed; etsist.upm.es (rank 1; Spanish), a.dukovany.cz (rank 2; a proxy of "
 "wn.com), wikimd.com (rank 3; another wiki's rewritten page), xnico.com (rank 4; sentence fragments), mediated.wiki "
 "and friendlywiki.com (ranks 5 and 8; the current article's wikitext, infobox only) and ai-entrepreneurship.wiki "
 "(rank 7; a generated page) not used. Digital Research, Kildall, Intergalactic, DR-DOS, Concurrent CP/M, Concurrent "
 "DOS, Flex OS, FlexOS, IBM 4690, Pacific Grove: " + CHECKED + " ('Digital Research' and 'Kildall' only in batch "
 "67b's notes, GATHERING.md's and the session-61 round notes' lists of leads and names looked at; 'CP/M' in texts on "
 "other companies (Kaypro, Osborne, Zenith Data Systems, Borland, Sage), 'MP/M' only inside other words, 'Novell' in "
 "texts on other matters).", "US", v3=True,
 copy_of="the Wikipedia article, via princeton.edu's wiki100k collection, a static copy of Wikipedia articles"))

# ---- semiconductors, US: Signetics (en.wikipedia.org's revision 1002271559, about January 2021) --------------------
SG = [
 "Signetics was an American electronics manufacturer specifically established to make integrated circuits. Founded "
 "in 1961, they went on to develop a number of early microprocessors and support chips, as well as the widely used "
 "555 timer chip. They were bought by Philips in 1975 and incorporated in Philips Semiconductors (now NXP).",
 "Signetics was started in 1961, by a group of engineers\u2014David Allison, David James, Lionel Kattner, and Mark "
 "Weissenstern\u2014who left Fairchild Semiconductor. At the time, Fairchild was concentrating on its component "
 "business (mostly transistors), and its management felt that by making integrated circuits (ICs) it would alienate "
 "its customers. Signetics founders believed that ICs were the future of electronics (much like another "
 "contemporary Fairchild spinoff, Amelco) and wished to commercialize them. The name came from Signal Network "
 "Electronics.",
 "The venture was financed by a group organized through Lehman Brothers, who invested $1M. The initial idea was to "
 "design and manufacture ICs for specific customers. In order to facilitate this goal, Signetics did not have a "
 "separate R&D lab; instead, the engineering was all done in technical development department, and was closely tied "
 "to marketing.",
 "Signetics first developed a series of standard DTL ICs, which it announced in 1962. However, it was struggling to "
 "sell custom-made circuits, which was the original goal, and was quickly exhausting the initial investment money, "
 "and new investors had to be found. In November 1962, Corning Glass invested another $1.7M in Signetics, in "
 "exchange for 51% ownership. This money enabled Signetics to survive, and much of it was put into a marketing and "
 "sales campaign."]
KEPT["wp-signetics"] = ("signetics-enwiki-oldid.txt", SG)
R.append(wp("wp-signetics", "Signetics", "https://en.wikipedia.org/wiki/?oldid=1002271559&title=Signetics",
 "\n\n".join(SG),
 "semiconductors", ["history", "founding", "founders", "ownership", "acquisition", "products"],
 "The article as en.wikipedia.org's permanent link to an old revision holds it in the page store (the address "
 "'?oldid=1002271559&title=Signetics'; the excerpt carries no old-revision banner or date, so the revision id is "
 "the only mark of its time: ids near 1,000,000,000 were given in January 2021; recorded 3.0, before Wikimedia's "
 "June 2023 move to 4.0; doubtful: the date read from the id). Cut: the title line 'Signetics'; the infobox's table "
 "lines ('Industry | Integrated circuits |', '---|---|', 'Founded | 1961 |', 'Founder | David Allison, David James, "
 "Lionel Kattner and Mark Weissenstern |', 'Fate | Acquired by Philips |', 'Headquarters | , USA |'); the heading "
 "'History'; the citation markers '[1]' (twice, no space before them); cut after '... much of it was put into a "
 "marketing and sales campaign.', before the paragraph the excerpt breaks off in ('In 1963, the Department of Defense "
 "made a decision to begin a shift towards microelec'; `truncated`; a cut at a paragraph end), so the Department of "
 "Defense and the later story are not in the text. No word added or changed. Kept as written: 'Founded in 1961, they "
 "went on to develop' and 'They were bought by Philips in 1975' (the company as 'they'), 'the widely used 555 timer "
 "chip', 'incorporated in Philips Semiconductors (now NXP)', 'started in 1961, by a group of engineers\u2014David "
 "Allison, David James, Lionel Kattner, and Mark Weissenstern\u2014who left Fairchild Semiconductor' (a comma after "
 "'1961', em dashes with no spaces), 'its management felt that by making integrated circuits (ICs) it would alienate "
 "its customers', 'Signetics founders believed' (no article), 'much like another contemporary Fairchild spinoff, "
 "Amelco', 'The name came from Signal Network Electronics', 'a group organized through Lehman Brothers, who invested "
 "$1M', 'the engineering was all done in technical development department' (no article), 'In November 1962, Corning "
 "Glass invested another $1.7M in Signetics, in exchange for 51% ownership'. 259 words. No outage and no near-miss "
 "of one told (an investor's money running out is a business matter). Found at rank 6 of the query 'Signetics "
 "founded 1961 Fairchild Semiconductor employees Corning Glass Works Philips acquired 1975 integrated circuits'; "
 "reference.com (rank 1; an old copy with 'SIGnal NETwork Integrated Circuits' and Intel), graphsearch.epfl.ch (rank "
 "3; a later revision's copy) and en.m.wikipedia.org (rank 5; a later revision, 'Signetics Corporation', its excerpt "
 "ending in the same paragraph), the IPFS copy (rank 8; the same text as this revision, undated), iiab.me's Kiwix "
 "'Fairchild Semiconductor' (rank 2; another article), electronicsweekly.com (rank 4; a magazine's blog) and "
 "pl.xcv.wiki (rank 7; Polish) not used. Signetics, Kattner, Weissenstern, Amelco, Corning Glass, Philips "
 "Semiconductors, 555 timer: " + CHECKED + " ('Lehman Brothers', 'Fairchild' and 'NXP' in texts on other matters).",
 "US", v3=True, copy_of="the Wikipedia article: the permanent link of its old revision on en.wikipedia.org"))


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
