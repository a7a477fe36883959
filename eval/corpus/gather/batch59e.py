#!/usr/bin/env python3
"""Batch 59e (session 56; gatherer lane 59e): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 57a, 57f, 57p, 58j and 58l, kept to mid-size
technology companies of the United States (graphics chips, online services, cable and dial-up Internet access, web
hosting), new to the corpus: a cable Internet service provider founded by Milo Medin, the cable companies TCI,
Comcast and Cox Cable and William Randolph Hearst III (its first CEO) as a joint venture, started by Kleiner Perkins
Caufield & Byers, listed on July 11, 1996, whose chairman and CEO Thomas Jermoluk agreed on 19 December 1998 with
Excite's chairman and CEO George Bell the purchase of Excite (cable Internet access, US); a maker of graphics
processors (Trio, ViRGE, Savage, Chrome) founded in January 1989 by Dado Banatao and Ronald Yara, merged with Diamond
Multimedia in 1999 into SONICblue, its graphics portion spun off into a joint effort with VIA Technologies, whose stake
HTC bought in 2011 (graphics chips, US); the first major commercial online service, opened in Columbus, Ohio, in 1969,
bought by H&R Block in 1980, buyer of its competitor The Source, maker of GIF and host of online games (online
services, US); and one of the first Internet service providers, founded in Greenbelt, Maryland, in 1991 by Doug
Humphrey and Mike Doughney, bought by Intermedia Communications in 1997, partly spun off in 1999, taken over by WorldCom
in two steps (2000, 2003), with WorldCom bought by Verizon in 2006 (web hosting and Internet access, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): the-uncensored-wiki.com's copy of '@Home Network' (a revision of about 2006-2007), en.wikipedia.org's '= Title
=' renderings of 'S3 Graphics' and 'CompuServe' (both undated) and wikimili.com's copy of 'Digex' (a revision of about
2023); each cut at a paragraph or sentence end (`truncated`). Edits per item in `notes` (title and site lines,
infobox lines, contents lines, headings, citation markers cut; no word added or changed); `verify()` checks every
kept paragraph against the saved excerpt (/tmp/gather60e/src), the markers ('[1]', '[edit]', '[citation needed]')
dropped and whitespace runs compared as one space, as batches 58j and 58l did. No text tells an outage (none of the
four kept texts tells a service lost; the lane's outage leads, Excite@Home's, came back only as news pages). newskg
(or any extractor) was not run on any text. A round of four: thirteen queries, five of them answered with English
Wikipedia text (or a copy of it) on a company new to the corpus, four taken (round notes, /work/notes/gather60/59e.md;
queries, /tmp/gather60e/src/queries.txt).
usage: batch59e.py [POOL_DIR] [--dry]   (default /tmp/gather60e/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather60e/pool"
SRC = "/tmp/gather60e/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-56 pools (/tmp/gather60*/pool) and in /work/notes/gather60/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- cable Internet access, US: @Home Network (the-uncensored-wiki.com's copy, about 2006-2007) -----------------------
ATHOME = [
 "@Home Network was a high-speed cable Internet service provider from 1998 to 2002. It was founded by Milo Medin, "
 "cable companies TCI, Comcast, and Cox Cable, and William Randolph Hearst III, who was their first CEO, as a joint "
 "venture to produce high-speed cable Internet service through two-way television cable infrastructure. These cable "
 "companies were referred to as MSOs or Multi System Operators.",
 "At the company's peak it provided high speed Internet service for 4.1 million subscribers in the US, Canada, Japan, "
 "Australia, and Benelux, operating four joint ventures, three of which were international.",
 "The Passing of the Telecommunications Act of 1996 enabled cable companies to start to offer Internet telephony "
 "services to customers.",
 "Brainchild of the company's first VP of Engineering and later Chief Technology Officer Milo Medin, the company got "
 "its start from venture capital firm Kleiner Perkins Caufield & Byers.",
 "On July 11, 1996, @Home Network went public with an initial public offering of $10.50 a share and raised $94.5 "
 "million in capital by the end of the first day with 9 million shares issued. In the SEC report for the initial "
 "public offering were cash flow positive revenues of $1.8 million for the first six months of 1997 with a loss of "
 "$22.8 million, up from $8.3 million the year before. Underwriters were Morgan Stanley, Merrill Lynch, and Ambrecht "
 "& Quist.",
 "In December 1998, Excite was in serious merger negotiations with Yahoo! inc in an agreement to purchase the Excite "
 "portal for a price between $5.5 billion and $6 billion. On December 19, at Kleiner Perkins prompting, @Home "
 "Network's Chairman and Chief Executive Officer Thomas Jermoluk met with Excite\u2019s Chairman and CEO George Bell, "
 "according to documents filed with the SEC, and a deal was hashed out for the purchase of Excite and its debt."]
KEPT["wp-at-home-network"] = ("athome-uncensored.txt", ATHOME)
R.append(wp("wp-at-home-network", "@Home Network",
 "http://the-uncensored-wiki.com:20061/40/h/o/%40Home_Network_89e5.html",
 "\n\n".join(ATHOME),
 "internet services/cable broadband", ["history", "founding", "joint venture", "leadership", "IPO", "deal"],
 "The article as the-uncensored-wiki.com's copy holds it in the page store (no date or revision id held; a revision "
 "of about 2006-2007: the site line 'From Wikipedia, the free encyclopedia', the '[edit]' links and the 'Contents' "
 "line of that period's MediaWiki, the copy held at the site's port 20061 as batch 58p's copy of Pringle of Scotland "
 "of about November 2006 - 2007 was). Cut: the title line '@Home Network' and the site line 'From Wikipedia, the free "
 "encyclopedia'; the line 'Contents'; the headings '[edit] Chief executive officers' (a section whose list the copy "
 "does not hold) and '[edit] History' with their edit links; cut after '... a deal was hashed out for the purchase "
 "of Excite and its debt.', before the paragraph the excerpt breaks off in its first sentence ('On January 19, 1999, "
 "@Home Networks was acquired '; `truncated`; a cut at a paragraph end), so the way the deal was closed is not in the "
 "text. No citation markers in this copy. No word added or changed. Kept as written: 'a high-speed cable Internet "
 "service provider from 1998 to 2002' (the years of the copy, though the text lists the company on July 11, 1996), "
 "'It was founded by Milo Medin, cable companies TCI, Comcast, and Cox Cable, and William Randolph Hearst III, who "
 "was their first CEO, as a joint venture', 'MSOs or Multi System Operators', 'high speed Internet service' (no "
 "hyphen, beside 'high-speed' above), 'The Passing of the Telecommunications Act of 1996' (capital 'P'), 'Brainchild "
 "of the company's first VP of Engineering and later Chief Technology Officer Milo Medin', 'In the SEC report for the "
 "initial public offering were cash flow positive revenues', 'Ambrecht & Quist' (so spelt), 'Yahoo! inc' (lower-case "
 "'inc'), 'at Kleiner Perkins prompting' (no possessive), \"@Home Network's Chairman and Chief Executive Officer "
 "Thomas Jermoluk\", 'Excite\u2019s Chairman and CEO George Bell' (a typographic apostrophe), 'a deal was hashed out "
 "for the purchase of Excite and its debt'. 299 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 "
 "(a revision of about 2006-2007, before Wikimedia's move to 4.0 of June 2023, as batches 57f, 58h and 58p recorded "
 "the same site's copies). Found at rank 2 of the query '@Home Network was a high speed cable modem Internet service "
 "provider, Wikipedia, TCI, Kleiner Perkins, Excite merger 1999, bankruptcy 2001'; nexttv.com (rank 1), "
 "encyclopedia.com (rank 3), stewartschley.com (rank 4), bannister.us (rank 5), cnet.com (rank 6), "
 "pcworld.idg.com.au (rank 7) and mediageek.net (rank 8) not used (news and blog pages, copyrighted). @Home Network "
 "(only a Dutch '@Home', a lead of another batch, and 'Vodafone@home' in GATHERING.md), Excite@Home, Milo Medin, "
 "Jermoluk, Hearst III, Kleiner Perkins, George Bell, Ambrecht, Cox Cable: " + CHECKED + ".", "US",
 v3=True, copy_of="the Wikipedia article, via the-uncensored-wiki.com's copy of about 2006-2007"))

# ---- graphics chips, US: S3 Graphics (en.wikipedia.org's '= Title =' rendering, undated) ---------------------------
S3 = [
 "S3 Graphics, Ltd. was an American computer graphics company. The company sold the Trio, ViRGE, Savage, and Chrome "
 "series of graphics processors. Struggling against competition from 3dfx Interactive, ATI and Nvidia, it merged with "
 "hardware manufacturer Diamond Multimedia in 1999. The resulting company renamed itself to SONICblue Incorporated, "
 "and, two years later, the graphics portion was spun off into a new joint effort with VIA Technologies. The new "
 "company focused on the mobile graphics market. VIA Technologies' stake in S3 Graphics was purchased by HTC in 2011.",
 "S3 was founded and incorporated in January 1989 by Dado Banatao and Ronald Yara. It was named S3 as it was "
 "Banatao's third startup company.",
 "The company's first products were among the earliest graphical user interface (GUI) accelerators. These chips were "
 "popular with video card manufacturers, and their followup designs, including the Trio64, made strong inroads with "
 "OEMs. S3 took over the high end 2D market just prior to the popularity of 3D accelerators.",
 "S3's first 3D accelerator chips, the ViRGE series, controlled half of the market early on but could not compete "
 "against the high end 3D accelerators from ATI, Nvidia, and 3Dfx. In some cases, the chips performed worse than "
 "software-based solutions without an accelerator. As S3 lost market share, their offerings competed in the "
 "mid-range market. Their next design, the Savage 3D, was released early and suffered from driver issues, but it "
 "introduced S3TC, which became an industry standard. S3 bought Number Nine's assets in 1999, then merged with "
 "Diamond Multimedia."]
KEPT["wp-s3-graphics"] = ("s3graphics-enwiki.txt", S3)
R.append(wp("wp-s3-graphics", "S3 Graphics", "https://en.wikipedia.org/wiki/S3_Graphics",
 "\n\n".join(S3),
 "graphics hardware/semiconductors", ["history", "founding", "products", "merger", "spin-off", "ownership"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; the "
 "latest year the kept text names is 2011). Cut: the title line '= S3 Graphics ='; the infobox lines ('S3 Graphics, "
 "Ltd.', '- Logo: S3 Graphics Logo neu.svg', '- Type: Subsidiary', '- Location: Fremont, California, U.S.', '- Key "
 "People: Dado Banatao, Ronald Yara', '- Industry: Computer hardware', '- Fate: Defunct or Merged', '- Products: "
 "Video cards', '- Parent: HTC'), so Fremont, California and the infobox's 'Parent: HTC' are not in the text (cut as "
 "batches 54zu, 55i, 56b, 56j, 57a, 57f, 57p, 58j and 58l cut their infoboxes); the heading '==History=='; cut in the "
 "last paragraph after '... S3 bought Number Nine's assets in 1999, then merged with Diamond Multimedia.', before the "
 "sentence the excerpt breaks off ('The resulting company renamed itself SONICblue, refocused on consumer electronics, "
 "and sold its graphics business to VIA Tec'; `truncated`; a cut at a sentence end), so the sale of the graphics "
 "business to VIA Technologies is told in the lead's words only. No citation markers in this rendering. No word added "
 "or changed. Kept as written: 'The company sold the Trio, ViRGE, Savage, and Chrome series of graphics processors.', "
 "'it merged with hardware manufacturer Diamond Multimedia in 1999', 'The resulting company renamed itself to "
 "SONICblue Incorporated, and, two years later, the graphics portion was spun off into a new joint effort with VIA "
 "Technologies.', \"VIA Technologies' stake in S3 Graphics was purchased by HTC in 2011.\", 'S3 was founded and "
 "incorporated in January 1989 by Dado Banatao and Ronald Yara.', \"It was named S3 as it was Banatao's third startup "
 "company.\", 'their followup designs, including the Trio64' ('followup', one word), 'the high end 2D market' (no "
 "hyphens), 'from ATI, Nvidia, and 3Dfx' (capital 'D', beside '3dfx Interactive' above), 'Their next design, the "
 "Savage 3D, was released early', \"S3 bought Number Nine's assets in 1999, then merged with Diamond Multimedia.\" "
 "(the merger told twice). 251 words. No outage and no near-miss of one told ('suffered from driver issues' is a "
 "product defect). Recorded CC BY-SA 4.0 (doubtful: the revision is undated; findatwiki.com's copy of the same lead "
 "carries a maintenance tag of July 2022, and the '= Title =' renderings batches 55i and 56b dated were of 2024-2025, "
 "as batches 56j, 57a, 57f, 57p and 58j recorded their undated ones). Found at rank 1 of the query 'S3 Graphics was "
 "an American computer graphics company founded in 1989 by Dado Banatao and Ronald Yara, VIA Technologies, HTC'; "
 "theladders.com (rank 2; an older text on a jobs site), findatwiki.com (rank 3; words dropped at the links), "
 "zalansite.site (rank 4; wikitext), wikimili.com (rank 5; the same text), friendlywiki.com (rank 6; wikitext), "
 "techspots.pages.dev (rank 7; a feature article) and theinfolist.com (rank 8; link glosses pasted into the text) not "
 "used. S3 Graphics (only in GATHERING.md's lead lists), Ronald Yara, SONICblue, Trio64, ViRGE, Number Nine (only in "
 "GATHERING.md's lead lists): " + CHECKED + " ('Banatao' in batch 58l's test text on Chips and Technologies, his "
 "earlier company; 'VIA Technologies' and 'HTC' in texts on other matters, none a history of S3).", "US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- online services, US: CompuServe (en.wikipedia.org's '= Title =' rendering, undated) ---------------------------
CSV = [
 "CompuServe, Inc. (CompuServe Information Service, Inc., also known by its initialism CIS or later CSi) was an "
 "American Internet company that provided the first major commercial online service. It opened in 1969 in Columbus, "
 "Ohio, as a timesharing and remote access service marketed to corporations. After a successful 1979 venture selling "
 "otherwise under-utilized after-hours time to Radio Shack customers, the system was opened to the public, roughly "
 "the same time as The Source.",
 "H&R Block bought the company in 1980 and began to advertise the service aggressively. CompuServe dominated the "
 "industry during the 1980s, buying their competitor The Source. One popular use of CompuServe during the 1980s was "
 "file exchange, particularly pictures. In 1985, it hosted one of the earliest online comics, Witches and Stitches. "
 "CompuServe introduced a simple black-and-white image format known as RLE (run-length encoding) to standardize the "
 "images so they could be shared among different types of microcomputers. With the introduction of more powerful "
 "machines enabling display of color, CompuServe introduced the much more capable Graphics Interchange Format (GIF), "
 "invented by Steve Wilhite. GIF later became the most common format for 8-bit images transmitted by Internet during "
 "the early and mid-1990s.",
 "At its peak during the early 1990s, CIS had an online chat system, message forums for a variety of topics, "
 "extensive software libraries for most personal computers, and a series of popular online games, including MegaWars "
 "III and Island of Kesmai. In 1994, it was described as \"the oldest of the Big Three information services (the "
 "others are Prodigy and America Online)\"."]
KEPT["wp-compuserve"] = ("compuserve-enwiki.txt", CSV)
R.append(wp("wp-compuserve", "CompuServe", "https://en.wikipedia.org/wiki/CompuServe",
 "\n\n".join(CSV),
 "internet services/online services", ["history", "founding", "ownership", "acquisition", "services", "formats"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; the "
 "latest year the kept text names is 1994). Cut: the title line '= CompuServe ='; the infobox lines ('CompuServe, "
 "Inc.', '- Logo: CompuServe wordmark.svg', '- Type: Subsidiary', '- Foundation: (as Compu-Serv Network, Inc.)', '- "
 "Industry: Internet and communications', '- Products: Online services, ISP', '- Location: Columbus, Ohio, U.S.'), so "
 "the founding name Compu-Serv Network, Inc. is not in the text (cut as batches 54zu, 55i, 56b, 56j, 57a, 57f, 57p, "
 "58j and 58l cut their infoboxes); cut in the third paragraph after '... (the others are Prodigy and America "
 "Online)\".', before the sentence the excerpt breaks off ('However, the rise of modern systems like AOL, as well as "
 "the open World Wide Web system, l'; `truncated`; a cut at a sentence end), so the company's decline and its sale "
 "(to AOL, with WorldCom as broker, in other copies) are not in the text. No citation markers in this rendering. No "
 "word added or changed. Kept as written: 'CompuServe, Inc. (CompuServe Information Service, Inc., also known by its "
 "initialism CIS or later CSi)', 'It opened in 1969 in Columbus, Ohio, as a timesharing and remote access service "
 "marketed to corporations.', 'After a successful 1979 venture selling otherwise under-utilized after-hours time to "
 "Radio Shack customers', 'roughly the same time as The Source', 'H&R Block bought the company in 1980', 'buying their "
 "competitor The Source', 'In 1985, it hosted one of the earliest online comics, Witches and Stitches.', 'RLE "
 "(run-length encoding)', 'Graphics Interchange Format (GIF), invented by Steve Wilhite', 'the early and mid-1990s', "
 "'including MegaWars III and Island of Kesmai', 'In 1994, it was described as \"the oldest of the Big Three "
 "information services (the others are Prodigy and America Online)\".' (straight quotes, the full stop after the "
 "closing quote). 256 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (doubtful: the revision is "
 "undated; wiki.munthe.me's Kiwix copy of 2025-08 (wikipedia_en_all_maxi_2025-08) holds the same lead, as batches "
 "56j, 57a, 57f, 57p and 58j recorded their undated '= Title =' renderings). Found at rank 1 of the query 'CompuServe "
 "was an American online service provider, H&R Block subsidiary, acquired by WorldCom and AOL in 1998, Wikipedia'; an "
 "IPFS copy of an older revision (rank 2), a generated rewrite on up.railway.app (rank 3), wiki.munthe.me's Kiwix "
 "copies (ranks 4 and 7; the same text with citation markers), questionai.com (rank 5; HTML), internet-guide.co.uk "
 "(rank 6) and wikien4.appspot.com (rank 8; letters altered) not used. CompuServe, Compu-Serv, Steve Wilhite, "
 "Witches and Stitches, MegaWars, Island of Kesmai, Graphics Interchange Format: " + CHECKED + " ('H&R Block' in "
 "texts on other matters: an IRS e-file statement of 2016 and batch 34b; 'Radio Shack' in a Wikinews text of 2010 on "
 "iPhone 4 orders; 'The Source' as common words only).", "US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- web hosting and Internet access, US: Digex (wikimili.com's copy, about 2023) -----------------------------------
DIGEX = [
 "Digex, Inc. was one of the first Internet service providers in the United States.",
 "During the dot-com bubble, its stock price rose to $184 per share; the company was acquired for $1 per share a few "
 "years later.",
 "Digital Express Group, predecessor to DIGEX, was founded by Doug Humphrey and Mike Doughney in the basement of Mr. "
 "Humphrey's townhouse in Greenbelt, Maryland in 1991, offering web hosting services and Internet access.",
 "In 1995, the company raised $8 million from Grotech Capital and Venrock.",
 "In October 1996, the company became a public company via an initial public offering. The company employed 260 "
 "people by that year.",
 "In 1997, the company was acquired by Intermedia Communications, a competitive local exchange carrier based in "
 "Tampa, Florida.",
 "In 1999, Intermedia completed the partial corporate spin-off of Digex.",
 "In 2000, Microsoft and Compaq invested $100 million in Digex.",
 "In September 2000, WorldCom acquired Intermedia Communications and gained a majority stake in Digex.",
 "In 2003, WorldCom acquired the remainder of the company.",
 "Verizon acquired Worldcom in 2006 and integrated the company into Verizon Business.",
 "In 1995, Digex launched ISP-TV, a network of linked CU-SeeMe videotelephony servers from multiple ISPs to provide "
 "for large-audience webcasts via streaming media."]
KEPT["wp-digex"] = ("digex-wikimili.txt", DIGEX)
R.append(wp("wp-digex", "Digex", "https://wikimili.com/en/Digex",
 "\n\n".join(DIGEX),
 "internet services/web hosting", ["history", "founding", "acquisition", "ownership", "investors", "services"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; a revision of about "
 "2023: its infobox reads 'Founded1991;32 years ago (1991)' and 'Defunct2003;20 years ago (2003)'). Cut: the site's "
 "title line 'Digex' and its line 'Last updated'; the infobox lines ('Digex', 'Industry Telecommunications' to "
 "'Footnotes /references', '[1]'), with 'Fate Acquired by Worldcom', 'Headquarters Laurel, Maryland, United States' "
 "and the key people 'George L. Kerns, CEO & President' and 'T. Scott Zimmerman, CFO', so Laurel, Kerns and "
 "Zimmerman and their posts are not in the text (cut as batches 54zu, 55i, 56b, 56f, 56j, 57a, 57f, 57p, 58j and 58l "
 "cut their infoboxes); the line 'Contents'; the headings 'History' and 'Streaming media'; the citation markers ' "
 "[2]' to ' [11]' with the space before each (so '... a few years later. [2]' reads '... a few years later.'); cut "
 "after '... to provide for large-audience webcasts via streaming media.', before the paragraph the excerpt breaks "
 "off ('In 1996, ISP-TV began producing original video con'; `truncated`; a cut at a paragraph end). No word added or "
 "changed. Kept as written: 'Digex, Inc. was one of the first Internet service providers in the United States.', "
 "'its stock price rose to $184 per share; the company was acquired for $1 per share a few years later', 'Digital "
 "Express Group, predecessor to DIGEX' (capitals), \"in the basement of Mr. Humphrey's townhouse in Greenbelt, "
 "Maryland in 1991\" (no comma after 'Maryland'), 'the company raised $8 million from Grotech Capital and Venrock', "
 "'The company employed 260 people by that year.', 'a competitive local exchange carrier based in Tampa, Florida', "
 "'Intermedia completed the partial corporate spin-off of Digex', 'Microsoft and Compaq invested $100 million in "
 "Digex', 'WorldCom acquired Intermedia Communications and gained a majority stake in Digex', 'WorldCom acquired the "
 "remainder of the company', 'Verizon acquired Worldcom in 2006 and integrated the company into Verizon Business' "
 "('Worldcom', lower-case 'c'), 'a network of linked CU-SeeMe videotelephony servers from multiple ISPs'. 201 words. "
 "No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (doubtful: a revision of about 2023, not dated "
 "closer, so before or after Wikimedia's move to 4.0 of June 2023; as batches 56f and 58j recorded their wikimili.com "
 "copies). Found at rank 5 of the query 'Digex web hosting company Beltsville Maryland, Wikipedia, acquired by "
 "Intermedia Communications, WorldCom, founded'; movatter.jp (rank 1; a web proxy, as batch 57a did not use such "
 "proxies), friendlywiki.com (rank 2; wikitext), theinfolist.com (rank 3; link glosses pasted into the text), "
 "en.wikipedia.org (rank 4; an older revision with another text, 'Jump to navigation'), "
 "db0nus869y26v.cloudfront.net (rank 6; an unnamed mirror), dichtienghoa.com (rank 7; a translation proxy) and "
 "sec.gov (rank 8; the cover page of WorldCom's Schedule TO for Digex, 2003) not used. Digex, Digital Express, Doug "
 "Humphrey, Doughney, Intermedia Communications, Grotech, Venrock, ISP-TV, CU-SeeMe: " + CHECKED + " ('Intermedia' "
 "alone only inside other words, 'intermediate' and 'intermediary'; 'Compaq' in two Wikinews texts on Apple and HP).",
 "US", copy_of="the Wikipedia article, wikimili.com's copy"))


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
