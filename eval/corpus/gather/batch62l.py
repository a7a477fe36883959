#!/usr/bin/env python3
"""Batch 62l (session 57; gatherer lane 62l): two company histories of American technology and telecommunications
companies, new to the corpus: McCaw Cellular Communications, the cellular telephone pioneer: MCI Communications's
mobile businesses bought in 1986, LIN Broadcasting in 1989, AT&T as technology provider for its 'Cellular One' service
of 1990, AT&T's 33% of 1992, the merger of 1994, the spin-off of 2002 as AT&T Wireless Services, and its beginnings in
J. Elroy McCaw's cable holding in Centralia, Washington sold to his sons in 1966 (cellular telephony, US); and Kendall
Square Research (KSR), the supercomputer company of Cambridge, Massachusetts, co-founded in 1986 by Henry Burkhardt III
and Steve Frank, its KSR1 and KSR2, its customer the Pacific Northwest National Laboratory, its collapse amid
accounting irregularities and its end in late 1993 (supercomputers, US) -- in the company lane of batches 36j-40zg,
54zu, 55e-56j, 57a-57p, 58j, 58l, 59e, 59j, 60d, 60g, 60k, 61c and 62c, kept to American technology, internet and
telecommunications companies.
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page) of a copy of the article: wikimili.com's copy of 'McCaw Cellular Communications' (recent, 'Last updated',
undated) and the-uncensored-wiki.com's copy of 'Kendall Square Research' (2006); `published` null for both. The McCaw
text is cut at a sentence end (`truncated`); the Kendall Square text is whole as the copy holds it but for its title
and site lines, section headings and an image caption (`truncated` false). Edits per item in `notes` (site lines,
infoboxes, section headings, an image caption and citation markers cut; no word added or changed); `verify()` checks
every kept paragraph against the saved excerpt (/tmp/gather63l/src), citation markers dropped and whitespace runs
compared as one space, as batches 58j-62c did. No text tells an outage.
A third text, First Virtual Holdings (thefullwiki.org's copy of the Wikipedia article), was looked at and not used
because most of it is a quoted newspaper article, which the article's CC BY-SA licence does not cover.
newskg (or any extractor) was not run on any text. A round of two: thirteen queries, three answered with a Wikipedia
copy with its address, two of them taken; the lane's outage leads (AT&T's long-distance collapse of January 15, 1990,
America Online's outage of August 7, 1996, Wikimedia's cut-fibre outage of August 2012) came back as news, blogs and
copies only (round notes, /work/notes/gather63/62l.md; queries, /tmp/gather63l/src/queries.txt).
usage: batch62l.py [POOL_DIR] [--dry]   (default /tmp/gather63l/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather63l/pool"
SRC = "/tmp/gather63l/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-57 pools (/tmp/gather63*/pool) and in /work/notes/gather63/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- cellular telephony, US: McCaw Cellular Communications (wikimili.com's copy, recent) ---------------------------
MCCAW = [
 "McCaw Cellular Communications was a cellular telephone pioneer in the United States. Savvy licensing of cellular "
 "spectrum in the early 1980s put McCaw Cellular in an extremely strong position, quickly outpacing the growth of "
 "the \"Baby Bells\" in the emerging market. The company purchased MCI Communications's mobile businesses in 1986, "
 "followed by LIN Broadcasting in 1989, giving them widespread access in all of the major US markets. Partnering "
 "with AT&T as a technology provider, McCaw introduced their \"Cellular One\" service in 1990, the first truly "
 "national cellular system. AT&T purchased 33% of the company in 1992, and arranged a merger in 1994 that made Craig "
 "McCaw one of AT&T's largest shareholders. In 2002, the company was spun off from AT&T to become AT&T Wireless "
 "Services.",
 "In 1966 J. Elroy McCaw sold one of his cable television holdings in Centralia, Washington to his three sons, "
 "including Craig who was 16 years old at the time. Craig took an increasingly central role in the development of "
 "McCaw Communications, and by the early 1980s had grown the company from 2,000 subscribers to about $5 million in "
 "annual revenue.",
 "In 1981 McCaw came across an AT&T document about the future of cellular telephony, which predicted that by the "
 "turn of the century there would be 900,000 cellular subscribers in the United States. Intrigued, McCaw found that "
 "the licenses for cellular spectrum were being sold at $4.50 per \"pop\", meaning he could build a base for future "
 "subscribers for very low cost. By 1983, McCaw Communications had purchased licenses in six of the 30 largest US "
 "markets."]
KEPT["wp-mccaw-cellular-communications"] = ("mccaw-cellular-wikimili.txt", MCCAW)
R.append(wp("wp-mccaw-cellular-communications", "McCaw Cellular Communications",
 "https://wikimili.com/en/McCaw_Cellular_Communications",
 "\n\n".join(MCCAW),
 "cellular telephony", ["history", "founding", "acquisitions", "partners", "spin-off"],
 "The article as wikimili.com's copy holds it in the page store (a recent copy, 'Last updated' without a date; no "
 "revision id held). Cut: the title line 'McCaw Cellular Communications', the site line 'Last updated', the "
 "infobox lines ('McCaw Cellular Communications', 'IndustryCellular telephone', 'Founded1966 as a cable television "
 "provider, 1986 as McCaw Cellular', 'DefunctOctober 1994', 'FateAcquired', 'Successor AT&T Wireless Services', "
 "'Headquarters Redmond, Washington', 'Key people', 'Craig McCaw', 'Products AMPS'), so Redmond, AMPS, the infobox's "
 "'1986 as McCaw Cellular' and its 'Key people' are not in the text; the copy's 'Contents' line and the section "
 "headings 'History' and 'McCaw Cellular Communications'; the citation marker ' [1]' after '... annual revenue.'; "
 "cut after '... in six of the 30 largest US markets.', a sentence end, before the sentence the excerpt breaks off "
 "in ('McCaw then succeeded in using the license'; `truncated`), so the later history (Cellular One's building, "
 "the LIN purchase told in full, the AT&T deal) stands only in the lead. No word added or changed. Kept as written: "
 "'McCaw Cellular Communications was a cellular telephone pioneer in the United States.', 'put McCaw Cellular in an "
 "extremely strong position, quickly outpacing the growth of the \"Baby Bells\"', 'The company purchased MCI "
 "Communications's mobile businesses in 1986, followed by LIN Broadcasting in 1989' (the possessive 's after "
 "'Communications'), 'giving them widespread access', 'Partnering with AT&T as a technology provider, McCaw "
 "introduced their \"Cellular One\" service in 1990, the first truly national cellular system.', 'AT&T purchased 33% "
 "of the company in 1992, and arranged a merger in 1994 that made Craig McCaw one of AT&T's largest shareholders.', "
 "'In 2002, the company was spun off from AT&T to become AT&T Wireless Services.', 'In 1966 J. Elroy McCaw sold one "
 "of his cable television holdings in Centralia, Washington to his three sons' (no comma after 'Washington'), "
 "'including Craig who was 16 years old at the time', 'the development of McCaw Communications', 'from 2,000 "
 "subscribers to about $5 million in annual revenue', 'In 1981 McCaw came across an AT&T document', '900,000 "
 "cellular subscribers', '$4.50 per \"pop\"', 'By 1983, McCaw Communications had purchased licenses in six of the 30 "
 "largest US markets.' 262 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a recent copy, as "
 "batches 60a-61d recorded wikimili.com's copies; doubtful: no revision id). Found at rank 2 of the query 'McCaw "
 "Cellular Communications company history Craig McCaw founded acquired AT&T 1994 Wikipedia' (batch 61c's lead); "
 "startupintros.com (rank 1; a generated page), theinfolist.com, en.wikipedia.org's diff of 2007 and liquisearch.com "
 "(ranks 3, 5 and 8; 'Craig McCaw', a person's article), latimes.com (rank 4; news), achievement.org and "
 "edugovpresspublishers.com (ranks 6 and 7) not used. The company's history is a matter apart from Teledesic "
 "(test's wp-teledesic names Craig McCaw and McCaw Cellular only as Teledesic's backer and his earlier company). "
 "LIN Broadcasting, 'McCaw Communications', 'Elroy McCaw': " + CHECKED + " ('Craig McCaw' and 'McCaw Cellular' only "
 "in wp-teledesic and batch 61c's notes; 'Cellular One', 'AT&T Wireless', 'MCI Communications' and Centralia in texts "
 "on other matters).", "US",
 copy_of="the Wikipedia article, wikimili.com's copy"))

# ---- supercomputers, US: Kendall Square Research (the-uncensored-wiki.com's 2006 copy) -----------------------------
KSR = [
 "Kendall Square Research (KSR) was a supercomputer company headquartered originally in Kendall Square in "
 "Cambridge, Massachusetts in 1986, near the MIT. It was co-founded by Henry Burkhardt III, who had previously "
 "helped found Data General and Encore Computer and was one of the original team that designed the PDP-8, and by "
 "Steve Frank.",
 "Its machines ran a specially customized version of OSF/1, a Unix variant. The architecture was shared memory "
 "implemented as an all cache memory COMA. Being all cache, memory dynamically migrated and replicated in a coherent "
 "manner based on access pattern of individual processors . The processors were arranged in a hierarchy of rings, "
 "and the operating system mediated process migration and device access. Each processor was a custom 64 bit RISC "
 "CPU capable of peak output of 20 MIPS and 40 MFLOPS. 8-1088 of these processors could be arranged in a single "
 "system.",
 "As the company scaled up quickly to enter production, they moved in the early 1990s to Waltham, Massachusetts.",
 "A few of the KSR1 models were sold, but as the KSR2 was being rolled out, the company collapsed amid accounting "
 "irregularities involving the overstatement of revenue.",
 "One customer of the KSR2, the Pacific Northwest National Laboratory, a United States Department of Energy "
 "facility, purchased an enormous pile of spare parts, and kept their machines running for years after the demise "
 "of KSR.",
 "KSR, along with many of its competitors (see below) went bankrupt during the collapse of the supercomputer market "
 "in the early-1990s. KSR went out of business in late 1993. Within months, Thinking Machines followed.",
 "KSR's competitors included Thinking Machines and Meiko, in addition to various old-line (and still surviving) "
 "companies like IBM, Intel, and Sun Microsystems."]
KEPT["wp-kendall-square-research"] = ("kendall-square-research-uncensored-wiki.txt", KSR)
_ksr = wp("wp-kendall-square-research", "Kendall Square Research",
 "http://the-uncensored-wiki.com:20072/k/e/n/Kendall_Square_Research_1711.html",
 "\n\n".join(KSR),
 "computer hardware/supercomputers", ["history", "founding", "products", "customers", "business failure"],
 "The article as the-uncensored-wiki.com's copy of 2006 holds it in the page store (no revision id held; the copy "
 "is of a 2006 revision: 'various old-line (and still surviving) companies like IBM, Intel, and Sun Microsystems'). "
 "Cut: the title line 'Kendall Square Research' and the site line 'From Wikipedia, the free encyclopedia'; the "
 "section headings '[edit] Technology', '[edit] Fate of the company' and '[edit] Competition' (with their edit "
 "links); the image caption 'KSR1 logo', twice, between 'Waltham, Massachusetts.' and 'A few of the KSR1 models'. The "
 "excerpt ends after '... IBM, Intel, and Sun Microsystems.' (1,938 characters, fewer than an excerpt holds, so the "
 "copy's text ends there): the article's prose is whole as held (`truncated` false; doubtful: lists or links the "
 "2006 page may have carried after it are not held). '(see below)' refers to the cut heading 'Competition' and its "
 "paragraph, kept. No word added or changed. Kept as written: 'headquartered originally in Kendall Square in "
 "Cambridge, Massachusetts in 1986, near the MIT.' ('the MIT'), 'It was co-founded by Henry Burkhardt III, who had "
 "previously helped found Data General and Encore Computer and was one of the original team that designed the PDP-8, "
 "and by Steve Frank.', 'a specially customized version of OSF/1, a Unix variant', 'an all cache memory COMA', "
 "'access pattern of individual processors .' (the space before the full stop), 'a custom 64 bit RISC CPU' (no "
 "hyphen), '8-1088 of these processors', 'they moved in the early 1990s to Waltham, Massachusetts.', 'the company "
 "collapsed amid accounting irregularities involving the overstatement of revenue.', 'One customer of the KSR2, the "
 "Pacific Northwest National Laboratory, a United States Department of Energy facility, purchased an enormous pile of "
 "spare parts', 'KSR, along with many of its competitors (see below) went bankrupt' (no comma after the bracket), "
 "'in the early-1990s' (the hyphen), 'KSR went out of business in late 1993. Within months, Thinking Machines "
 "followed.' 283 words. No outage told (the collapse and bankruptcy are a business failure by the guidelines, and "
 "the PNNL's machines kept running). Recorded CC BY-SA 3.0 (a revision of 2006, before Wikimedia's move to 4.0 of "
 "June 2023; the copy's text of 2006 was under the GFDL then, relicensed in 2009). Found at rank 1 of the query "
 "'Kendall Square Research supercomputer company Waltham Henry Burkhardt founded 1986 Wikipedia' (a free company of "
 "the lead lists of batches 60k-62c); bearcave.com (rank 2; a personal page on the SEC case), wikisum.wiki (rank 3; "
 "sentences out of order), nytimes.com and techmonitor.ai (ranks 4 and 7; news), acearchive.org (rank 5; a "
 "generated rewrite), piglix.com and princeton.edu's wiki100k copy (ranks 6 and 8; later revisions whose excerpts "
 "hold the lead and the technical sections only) not used. Kendall Square, KSR, Burkhardt, 'Steve Frank', 'Encore "
 "Computer', 'Data General', PDP-8, OSF/1, 'Pacific Northwest National': " + CHECKED + " (GATHERING.md names Kendall "
 "Square only in lead lists and in batch 51w's untried SEC lead; 'Burkhardt' hits other people; Thinking Machines is "
 "dev's wp-thinking-machines, a matter apart, whose text does not name KSR; Meiko only in GATHERING.md's notes).",
 "US", v3=True, copy_of="the Wikipedia article")
_ksr["truncated"] = False
R.append(_ksr)


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
