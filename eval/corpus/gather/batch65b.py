#!/usr/bin/env python3
"""Batch 65b (session 59; gatherer lane 65b): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-64n, kept to three American computer and electronics makers that no longer exist on their own, new to
the corpus: Wang Laboratories, the computer company founded in 1951 by An Wang and G. Y. Chu, renamed Wang Global
after its bankruptcy of 1992 and acquired by Getronics in 1999, then sold to KPN in 2007 and to CompuCom in 2008
(computers, US); Magnavox, the electronics company whose predecessor, the Commercial Wireless and Development Company,
was founded in 1911 by Edwin Pridham and Peter L. Jensen, renamed Magnavox in 1917, a subsidiary of Philips since 1974,
its brand's products made by Funai under licence (electronics, US); and Prime Computer of Natick, Massachusetts, the
minicomputer maker started in 1972 by seven founders named with their posts, one of whom, William Poduska, left in
1980 to start Apollo Computer (computers, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): worddisk.com's copy of 'Wang Laboratories' (undated, a recent revision), kiwix.casplantje.nl's Kiwix dump of
October 2018 ('Magnavox') and the-uncensored-wiki.com's static copy of 'Prime Computer' (its port-20061 archive, about
2006); each cut at a sentence or paragraph end before the sentence or heading its excerpt breaks off in, or kept to
the excerpt's end (`truncated`). Edits per item in `notes` (title lines, 'From Wikipedia, the free encyclopedia', the
infobox lines, image captions, the heading 'History' and citation markers cut; a list's bullets ('•') left out, each
item kept as its own paragraph; paragraphs joined with blank lines; no word added or changed); `verify()` checks every
kept paragraph against the saved excerpt (/tmp/gather66b/src), the markers ('[1]', '[edit]', '[citation needed]')
dropped and whitespace runs compared as one space, as batches 55e-64n did. No text tells an outage or a near-miss of
one (a bankruptcy, a company forced from its market and export controls are business and trade events). newskg (or
any extractor) was not run on any text. A round of three: ten queries, three answered with English Wikipedia text on
a company not yet in the corpus and were taken, the rest left (round notes, /work/notes/gather66/65b.md; queries,
/tmp/gather66b/src/queries.txt).
usage: batch65b.py [POOL_DIR] [--dry]   (default /tmp/gather66b/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather66b/pool"
SRC = "/tmp/gather66b/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-59 pools (/tmp/gather66*/pool) and in /work/notes/gather66/CLAIMS.txt as they stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- computers, US: Wang Laboratories (worddisk.com's copy of English Wikipedia, undated) --------------------------
WA = [
 "Wang Laboratories was a computer company founded in 1951, by An Wang and G. Y. Chu. The company was successively "
 "headquartered in Cambridge, Massachusetts (1954\u20131963), Tewksbury, Massachusetts (1963\u20131976), and "
 "finally in Lowell, Massachusetts (1976\u20131997). At its peak in the 1980s, Wang Laboratories had annual revenues "
 "of $3 billion and employed over 33,000 people. It was one of the leading companies during the time of the "
 "Massachusetts Miracle.",
 "The company was directed by An Wang, who was described as an \"indispensable leader\" and played a personal role "
 "in setting business and product strategy until his death in 1990. Under his direction, the company went through "
 "several distinct transitions between different product lines, beginning with typesetters, calculators and word "
 "processors, then adding computers, copiers and laser printers.",
 "Wang Laboratories filed for bankruptcy protection in August 1992. After emerging from bankruptcy, the company "
 "eventually changed its name to Wang Global. Wang Global was acquired by Getronics of The Netherlands in 1999, "
 "becoming Getronics North America, then was sold to KPN in 2007 and CompuCom in 2008, after which it no longer "
 "existed as a distinct brand or division."]
KEPT["wp-wang-laboratories"] = ("wang-worddisk.txt", WA)
R.append(wp("wp-wang-laboratories", "Wang Laboratories", "https://worddisk.com/wiki/Wang_Laboratories/",
 "\n\n".join(WA),
 "computers", ["history", "founding", "founders", "bankruptcy", "acquisitions"],
 "The article as worddisk.com's copy (a site that renders Wikipedia articles, used before by batches 25b, 55n and "
 "others) holds it in the page store (no date or revision id held; a recent revision, recorded 4.0: its lead names "
 "G. Y. Chu beside An Wang and tells the sales to KPN in 2007 and CompuCom in 2008, which fact-index.com's old copy "
 "lacks; doubtful: undated). Cut: the title line 'Wang Laboratories'; the infobox lines between the first and second "
 "paragraphs ('Wang Laboratories', 'IndustryComputer hardware', 'FoundedCambridge, Massachusetts, US (1951)', "
 "'FateAcquired by Getronics', 'HeadquartersTewksbury, Massachusetts, US (1963\u20131976)', 'Lowell, Massachusetts, "
 "US (1976\u20131997)', 'Key people', 'An Wang (founder)', 'ProductsWord Processors, Minicomputers, Microcomputers', "
 "'Number of employees'), so the infobox's 'An Wang (founder)' is not in the text; the citation markers '[1]' to "
 "'[5]'. Kept to the excerpt's end, a sentence end ('... no longer existed as a distinct brand or division.'); the "
 "copy goes on past it (an excerpt is never a whole page), so `truncated`. No word added or changed. Kept as written: "
 "'a computer company founded in 1951, by An Wang and G. Y. Chu' (a comma before 'by'), 'Cambridge, Massachusetts "
 "(1954\u20131963), Tewksbury, Massachusetts (1963\u20131976), and finally in Lowell, Massachusetts "
 "(1976\u20131997)' (en dashes), 'the time of the Massachusetts Miracle', 'The company was directed by An Wang, who "
 "was described as an \"indispensable leader\"' (two words quoted from a source the page cites; the rest is the "
 "editors' prose), 'until his death in 1990', 'filed for bankruptcy protection in August 1992', 'eventually changed "
 "its name to Wang Global', 'Wang Global was acquired by Getronics of The Netherlands in 1999, becoming Getronics "
 "North America, then was sold to KPN in 2007 and CompuCom in 2008' (a capital 'The'). 185 words. No outage and no "
 "near-miss of one told (a bankruptcy is a business event). Found at rank 2 of the query 'Wang Laboratories founded "
 "by An Wang and G. Y. Chu computer company Lowell Massachusetts acquired'; mvmag.net (rank 1; a magazine's column, "
 "copyrighted), fact-index.com (rank 3; an old copy of two short paragraphs naming no buyer), oldapps.com (rank 4; "
 "an unattributed copy under a site header), computinghistory.org.uk and ricomputermuseum.org (ranks 5, 7; museums' "
 "pages), liquisearch.com's 'An Wang - Wang Laboratories' (rank 6; a section of the founder's biography, the same "
 "matter) and a blogspot post (rank 8) not used. Wang Laboratories, Wang Global, Getronics, CompuCom, G. Y. Chu, "
 "Massachusetts Miracle: " + CHECKED + " ('Wang Laboratories' only in GATHERING.md's lists of leads; 'KPN' and "
 "'Lowell' in texts on other matters).", "US",
 copy_of="the Wikipedia article, via worddisk.com, a Wikipedia mirror"))

# ---- electronics, US: Magnavox (kiwix.casplantje.nl's Kiwix dump of English Wikipedia, October 2018) --------------
MV = [
 "Magnavox (Latin for \"great voice\") (stylized as MAGNAVOX) is an American electronics company founded in the "
 "United States. Since 1974 it is a subsidiary of Dutch electronics corporation Philips.",
 "The predecessor to Magnavox was founded in 1911 by Edwin Pridham and Peter L. Jensen, co-inventors of the "
 "moving-coil loudspeaker at their lab in Napa, California under United States Patent number 1,105,924 for "
 "telephone receivers. Six decades later, Magnavox produced the Odyssey, the world's first home video game console "
 "toy.",
 "Magnavox is the brand name worn by a line of products now made by Funai under license from trademark owner "
 "Philips.",
 "Jensen and Pridham founded the Commercial Wireless and Development Company in 1911, moved from Napa to San "
 "Francisco then Oakland in 1916, and changed the company name to Magnavox in 1917. Jensen moved on to the Jensen "
 "Radio Manufacturing Company, Chicago, in the late 1920s. Pridham stayed on with Magnavox, which moved "
 "manufacturing to Fort Wayne by the 1940s. The term \"Commercial Wireless\" had a different meaning in the early "
 "days of radio and telephone. Magnavox manufactured radios, TVs, and phonographs. In the 1960s Magnavox "
 "manufactured the first plasma displays for the military and for computer applications.",
 "In 1972 Magnavox introduced the Odyssey, the first video game console."]
KEPT["wp-magnavox"] = ("magnavox-kiwix.txt", MV)
R.append(wp("wp-magnavox", "Magnavox",
 "https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2018-10/A/Magnavox.html", "\n\n".join(MV),
 "electronics", ["history", "founding", "founders", "ownership", "licensing", "products"],
 "The article as the Kiwix dump of English Wikipedia of October 2018 (wikipedia_en_all_maxi_2018-10) served on "
 "kiwix.casplantje.nl holds it in the page store (a revision of 2018 or before, as the dump's name dates it; batch 36n "
 "took a copy from the same dump). Cut: the title line 'Magnavox'; the infobox lines ('Magnavox', "
 "'Subsidiary', 'Industry Consumer electronics', 'Founded 1917 (1917)', 'Napa, California, U.S.', 'Founder Edwin "
 "Pridham', 'Peter L. Jensen', 'Headquarters Knoxville, Tennessee, USA', 'Products Odyssey (video game console), "
 "TVs, ...', 'Parent Philips', 'Website magnavox.com') and the image caption 'Magnavox brand on a vintage "
 "amplifier'; the heading 'History'; the citation markers '[1]' to '[3]'; cut after 'In 1972 Magnavox introduced "
 "the Odyssey, the first video game console.', before the sentence the excerpt breaks off in ('In 1974, the "
 "Magnavox Company was acquired by Philips of the Netherlands to ensure nationwide distribution for their VLP (later "
 "renamed LaserVision) Videodisc technology, and all Philips consumer electronics in the US under the Norelco name "
 "began'; `truncated`; a cut inside a paragraph), so the purchase of 1974 is in the text only as 'Since 1974 it is "
 "a subsidiary of ... Philips'. No word added or changed. Kept as written: 'Magnavox (Latin for \"great voice\") "
 "(stylized as MAGNAVOX) is an American electronics company founded in the United States', 'Since 1974 it is a "
 "subsidiary of Dutch electronics corporation Philips', 'The predecessor to Magnavox was founded in 1911 by Edwin "
 "Pridham and Peter L. Jensen, co-inventors of the moving-coil loudspeaker at their lab in Napa, California under "
 "United States Patent number 1,105,924' (no comma after 'California'), 'the world's first home video game console "
 "toy', 'Magnavox is the brand name worn by a line of products now made by Funai under license from trademark owner "
 "Philips' ('license', the US spelling), 'moved from Napa to San Francisco then Oakland in 1916', 'changed the "
 "company name to Magnavox in 1917', 'Jensen moved on to the Jensen Radio Manufacturing Company, Chicago, in the "
 "late 1920s', 'Pridham stayed on with Magnavox, which moved manufacturing to Fort Wayne by the 1940s', 'Magnavox "
 "manufactured radios, TVs, and phonographs'. 208 words. No outage and no near-miss of one told. Recorded CC BY-SA "
 "3.0 (a revision of 2018, before Wikimedia's move to 4.0 of June 2023). Found at rank 3 of the query 'Magnavox "
 "founded Edwin Pridham Peter L. Jensen loudspeaker company acquired by Philips 1974'; analogsoundware.com (rank "
 "1; a company's page), aes-media.org (rank 2; a society's history page), vintageradio.nl (rank 5; a collector's "
 "page), a workers.dev proxy of en.wikipedia.org (rank 6) not used; wiki.richxsearch.com, review.clateway.com and "
 "wikimili.com (ranks 4, 7, 8; later revisions, free, whose excerpts hold the lead and the Funai paragraph of 2013 "
 "but end before the history) left for this one, which tells the founding company and its renaming. Magnavox, "
 "Pridham, Jensen Radio, Funai, North American Philips: " + CHECKED + " ('Magnavox' only in GATHERING.md's lists of "
 "leads; 'Odyssey' only in GATHERING.md, another matter; 'Commercial Wireless' only inside 'Commercial Wireless "
 "Services' and like names in texts on other matters; 'Philips' in texts on other matters, train's wp-philco "
 "among them).", "US",
 v3=True, copy_of="the Wikipedia article, in a Kiwix dump of October 2018"))

# ---- computers, US: Prime Computer (the-uncensored-wiki.com's static copy, about 2006) ----------------------------
PR = [
 "Prime Computer was a Natick, Massachusetts-based producer of minicomputers from 1972 until 1992.",
 "The company was started by 7 founders, some of whom worked on the Multics project at MIT.",
 "Robert Baron (President)",
 "Sidney Halligan (VP Sales)",
 "James Campbell (Director of Marketing)",
 "Joseph Cashen (VP Hardware Engineering)",
 "Robert Burkeweitz (VP Manufacturing)",
 "William Poduska (VP Software Engineering)",
 "John Carter (Director of Human Resources)",
 "The company started with the motto \"Software First\".",
 "Poduska left in 1980 to start Apollo Computer.",
 "The company' operating system, PRIMOS, is a derivative of Multics. This OS was originally implemented mostly in "
 "the Fortran programming language. Subsequently the PL/P and Modula-2 languages were used in the Kernel. A number "
 "of new PRIMOS utilities were written in SP/L which was similar to PL/P.",
 "The original products were clones of the Honeywell 316 and 516 minicomputers. The Prime 400 was a successful "
 "minicomputer of its day (late 1970's) and the Prime 750 (1979) was a competitor to the DEC Vax 11/780 and was one "
 "of the first 32bit superminicomputers.",
 "The company was successful in the 1970s and 1980s, peaking in 1988 at number 334 of the Fortune 500.",
 "By the late eighties, the company was having problems retaining customers who were moving to lower-cost systems. "
 "In addition, Prime was failing to keep up with the increasing need among the user base for raw computing power. "
 "By the end, not a single Prime computer was subject to COCOM export controls, as they were insufficiently "
 "powerful for the US Government to fear their falling into the hands of hostile powers."]
KEPT["wp-prime-computer"] = ("prime-uncensored.txt", PR)
R.append(wp("wp-prime-computer", "Prime Computer",
 "http://the-uncensored-wiki.com:20061/p/r/i/Prime_Computer_dd34.html", "\n\n".join(PR),
 "computers", ["history", "founding", "founders", "leadership", "products"],
 "The article as the-uncensored-wiki.com's static copy holds it in the page store (its port-20061 archive, a copy "
 "of about 2006: batches 25b and 31j took copies from that archive whose texts date themselves to 2005-2006; an "
 "older revision: it says 'Poduska left in 1980' "
 "and lists the seven founders with their posts, where the later copies on wikimili.com and cryer.org.uk say 'left "
 "in 1981' and drop the list from their excerpts). Cut: the title line 'Prime Computer' and 'From Wikipedia, the "
 "free encyclopedia'; the image caption 'Part of the CPU board of a Prime minicomputer.' (twice) with 'Enlarge'; "
 "the list's bullets ('\u2022') left out, each of the seven items kept as its own paragraph (no word changed); cut "
 "after '... to fear their falling into the hands of hostile powers.', before the sentence the excerpt breaks off in "
 "('Because the company had marketing rights to the MEDUSA CAD system, produced in England by a company named "
 "Cambridge Interactive Systems, and experience in the domain, the comp'; `truncated`; a cut at a paragraph end), so "
 "Cambridge Interactive Systems and the MEDUSA system are not in the text. The copy has no citation markers. No word "
 "added or changed. Kept as written: 'a Natick, Massachusetts-based producer of minicomputers from 1972 until 1992', "
 "'started by 7 founders' (a figure), 'the Multics project at MIT', the posts in brackets ('Robert Baron "
 "(President)', 'Sidney Halligan (VP Sales)', 'James Campbell (Director of Marketing)', 'Joseph Cashen (VP Hardware "
 "Engineering)', 'Robert Burkeweitz (VP Manufacturing)', 'William Poduska (VP Software Engineering)', 'John Carter "
 "(Director of Human Resources)'), 'Poduska left in 1980 to start Apollo Computer', \"The company' operating "
 "system\" (an apostrophe without 's'), 'the PL/P and Modula-2 languages were used in the Kernel' (a capital "
 "'Kernel'), 'the Honeywell 316 and 516 minicomputers', \"(late 1970's)\", 'the DEC Vax 11/780', '32bit "
 "superminicomputers' (no hyphen), 'peaking in 1988 at number 334 of the Fortune 500', 'COCOM export controls', "
 "'the US Government'. 259 words. No outage and no near-miss of one told (customers lost to cheaper systems and "
 "export controls are business and trade matters). Recorded CC BY-SA 3.0 (a copy of about 2006, GFDL text "
 "relicensed to CC BY-SA 3.0 in 2009, as batches 22b-64k recorded such copies). Found at rank 1 of the query 'Prime "
 "Computer Natick Massachusetts minicomputer maker founded 1972 William Poduska acquired Computervision 1988'; "
 "wikimili.com (rank 2; a later copy whose excerpt is joined from parts, sentences left out between them), "
 "chilton-computing.org.uk (rank 3; a laboratory's history pages), w.owiki.org, cryer.org.uk and profilpelajar.com "
 "(ranks 4, 7, 8; later copies whose excerpts drop the founders' list) and theinfolist.com (ranks 5, 6; glossary "
 "text woven into the sentences) not used. Prime Computer, PRIMOS, Robert Baron, Cashen, Burkeweitz, Cambridge "
 "Interactive, MEDUSA: " + CHECKED + " ('Prime Computer' once in test's wp-apollo-computer, in its record's notes "
 "on later copies of that article, and in GATHERING.md's lists of leads; 'Halligan' only in batch 54z's script and "
 "GATHERING.md, another person; 'Apollo Computer' and 'William Poduska' in test's wp-apollo-computer, another "
 "matter: Apollo's founding and sale, where this text tells Prime's founders).", "US",
 v3=True, copy_of="the Wikipedia article, via the-uncensored-wiki.com, a static Wikipedia mirror"))


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
