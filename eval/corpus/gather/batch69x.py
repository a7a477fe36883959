#!/usr/bin/env python3
"""Batch 69x (session 63; gatherer lane 69x): technology company histories from English Wikipedia in the company lane
of batches 36j-40zg, 54zu-69r, kept to an American toy and video game maker told through its chief executive's
article, a Japanese video game maker and an American microcomputer maker, new to the corpus: Coleco, as the article
'Arnold Greenberg (Coleco)' tells it (the company started by his father Maurice Greenberg, his posts as chief of
marketing and CEO, his purchase of Eagle Toys, the Telstar, ColecoVision and Adam Computer) (toys/video games, US);
Hudson Soft, the Sapporo video game company founded on May 18, 1973 by the brothers Yuji and Hiroshi Kudo, Nintendo's
first third-party software vendor, with its PC Engine developed with Nippon Electric Corporation and Konami its
largest shareholder from 2001 (video games, non-US); and Cromemco, the Mountain View microcomputer company begun as a
partnership of Harry Garland and Roger Melen in 1974, with its Dazzler, Z-1, Z-2 and System One to Three (computers,
US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's own '= Title =' rendering of 'Arnold Greenberg (Coleco)' (recent: his death of March 2025
told), liquisearch.com's copy of the History section of 'Hudson Soft' (undated, an older revision) and
thefullwiki.org's copy of 'Cromemco' (undated, an older revision); each cut at a sentence end before the sentence its
excerpt breaks off in (`truncated`). Edits per item in `notes` (title and site lines, infobox lines, section headings
and citation markers cut; paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept
paragraph against the saved excerpt (/tmp/gather69x/src), the markers ('[1]', '[edit]', '[citation needed]') dropped
and whitespace runs compared as one space, as batches 55e-69r did. No text tells an outage or a near-miss of one.
newskg (or any extractor) was not run on any text. A round of three: eight queries, three answered with English
Wikipedia text on a company not yet in the corpus and were taken (round notes, /tmp/gather69x/NOTES.md; queries,
/tmp/gather69x/src/queries.txt; claims, /work/notes/gather69/CLAIMS.txt).
usage: batch69x.py [POOL_DIR] [--dry]   (default /tmp/gather69x/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69x/pool"
SRC = "/tmp/gather69x/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names and in the gather scripts, and hits in GATHERING.md "
           "only in its lists of leads and names checked, none in the session-63 pools (/tmp/gather69*/pool) or in "
           "/work/notes/gather69/CLAIMS.txt as they stood when checked (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- toys/video games, US: Coleco, as 'Arnold Greenberg (Coleco)' tells it (en.wikipedia.org, recent) ------------
AG = [
 "Arnold Greenberg (June 12, 1933 \u2013 March 19, 2025) was an American businessman best known as the CEO of Coleco "
 "in the 1970s and 1980s. He began his career in law but joined Coleco, a family toy business, in 1966. He worked "
 "aggressively to gain a large share of the video game market while maintaining Coleco's position as a manufacturer "
 "of other toys. Greenberg's drive to develop and market the Adam Computer in 1982 and 1983 eventually led the "
 "company into bankruptcy.",
 "Arnold Greenberg was born on June 12, 1933 in Hartford, Connecticut to Russian-Jewish immigrant parents. His "
 "father, Maurice Greenberg, started Coleco.",
 "Arnold Greenberg entered law and practiced until 1966. He then joined Coleco, where he quickly came to dominate the "
 "company as its driving force and chief of marketing while his brother, Leonard Greenberg, provided engineering and "
 "manufacturing know-how. At this time, Coleco's main business was plastic above-ground swimming pools. Greenberg "
 "quickly acquired Eagle Toys, a maker of tabletop sports games, to diversify the company's offerings.",
 "Greenberg eventually became CEO of Coleco. In 1975, he decided to move Coleco into the video game business. The "
 "company developed the Telstar video game console, a home tennis game. This sold well, leading Coleco to the head of "
 "the market. Greenberg aggressively developed new games and hired talent from rival companies, keeping Coleco "
 "competitive through the 1970s.",
 "Near the end of the decade, Greenberg decided to develop a home console that could play a variety of arcade-quality "
 "games. In 1981, Coleco began producing tabletop versions of arcade titles. The home ColecoVision console was "
 "released the following year. Greenberg also moved into third-party game development for systems from rivals Atari "
 "and Intellivision."]
KEPT["wp-arnold-greenberg-coleco"] = ("greenberg.txt", AG)
R.append(wp("wp-arnold-greenberg-coleco", "Arnold Greenberg (Coleco)",
 "https://en.wikipedia.org/wiki/Arnold_Greenberg_(Coleco)", "\n\n".join(AG),
 "toys/video games", ["history", "executives", "founding", "acquisitions", "products"],
 "The article as en.wikipedia.org's own page in its '= Title =' rendering holds it in the page store (recent: it "
 "tells his death on March 19, 2025; no revision id held; recorded 4.0). The company is the subject: the article is "
 "its chief executive's, told through Coleco's business (Coleco a name of batches 69r's lists of leads). Cut: the "
 "title line '= Arnold Greenberg (Coleco) =', the section headings '==Early life and career==' and '==Greenberg as "
 "CEO=='; cut after '... systems from rivals Atari and Intellivision.', before the sentence the excerpt breaks off in "
 "('His biggest coup was winning the license to Donkey Kong from Nintendo, although this eventually got him embroiled "
 "in a court'; `truncated`; a cut inside a paragraph, so Nintendo and Donkey Kong are not in the text). The rendering "
 "has no infobox lines and no citation markers. No word added or changed. Kept as written: '(June 12, 1933 \u2013 "
 "March 19, 2025)' (an en dash), 'best known as the CEO of Coleco in the 1970s and 1980s', 'joined Coleco, a family "
 "toy business, in 1966', 'the Adam Computer in 1982 and 1983', 'His father, Maurice Greenberg, started Coleco', "
 "'its driving force and chief of marketing', 'his brother, Leonard Greenberg', 'Greenberg quickly acquired Eagle "
 "Toys, a maker of tabletop sports games, to diversify the company's offerings', 'Greenberg eventually became CEO of "
 "Coleco', 'the Telstar video game console, a home tennis game', 'The home ColecoVision console was released the "
 "following year', 'systems from rivals Atari and Intellivision'. {WORDS} words. No outage and no near-miss of one "
 "told (a bankruptcy is a business failure). Found at rank 8 of the query 'Coleco American company founded 1932 "
 "Maurice Greenberg Connecticut Leather Company Arnold Greenberg'; piglix.com (rank 1; an older free copy of 'Coleco "
 "Industries'), colecovisionzone.com (rank 2; a fan history), askwikinow.com (rank 3; the lead with its references "
 "list), en.wikipedia.org's 'Coleco' (rank 4; its excerpt breaks off in the 1954 paragraph, before any post is "
 "named), mrpopculture.com (rank 5; a blog), enwikipedia.net and earthspot.org (ranks 6, 7; copies of the company "
 "article with the founding and leather years only) not used; the CEO's article preferred for its posts. Coleco, "
 "ColecoVision, Eagle Toys, Adam Computer, Intellivision, Cabbage Patch: " + CHECKED + " ('Coleco' only in "
 "GATHERING.md's lists of leads; 'Greenberg' in texts on other people; 'Telstar' in texts on the satellite; 'Atari' "
 "in texts on other matters).", "US"))

# ---- video games, non-US: Hudson Soft (liquisearch.com's copy of the History section; undated) -------------------
HS = [
 "Hudson Soft Ltd. was founded in Sapporo, Japan on May 18, 1973 by brothers Yuji and Hiroshi Kudo. The founders grew "
 "up admiring trains, and named the business after their favorite, the Hudson locomotives (especially Japanese C62). "
 "Hudson began as a shop selling telecommunications devices and art photographs. In September 1975, Hudson Soft "
 "began selling personal computer-related products, and in March 1978 started developing and selling video game "
 "packages.",
 "Hudson became Nintendo's first third-party software vendor for its Family Computer. Hudson's second title for this "
 "console, Lode Runner, sold 1.5 million units after its 1984 release. The business continued developing video games "
 "on the Famicom and other platforms (NEC PC-8801 MSX, ZX Spectrum), and was reorganized as Hudson Soft Co., Ltd. in "
 "November 1984. In July 1985, a \"caravan\" was held at sixty venues throughout Japan, a first for the video game "
 "industry. Bomberman was released in December of this year on the Famicom and was considered a \"big hit\" by "
 "Hudson Soft.",
 "In July 1987, Hudson developed the \"C62 System\" and collaborated with Nippon Electric Corporation to develop the "
 "PC Engine video game console. It achieved a second-best success to Famicom in Japan, but its release as the "
 "TurboGrafx-16 in North America had less market-share than Nintendo's new Super Nintendo and Sega's new Genesis. "
 "Throughout 1990, Hudson Soft developed and published video games for an array of systems. In 1994, the 32-bit "
 "semiconductor chip \"HuC62\" was independently developed by Hudson and used in NEC's PC-FX video game console.",
 "In December 2000, Hudson Soft Co., Ltd. entered the stockmarket, listing on Nippon New Market Hercules, formerly "
 "known as NASDAQ Japan Exchange. This led to Konami purchasing a stock allocation of 5.6 million shares in August "
 "2001, becoming the company's largest shareholder."]
KEPT["wp-hudson-soft"] = ("hudson.txt", HS)
R.append(wp("wp-hudson-soft", "Hudson Soft", "http://www.liquisearch.com/hudson_soft/history", "\n\n".join(HS),
 "video games", ["history", "founding", "founders", "partners", "products", "shareholders"],
 "The History section of the article as liquisearch.com's copy holds it in the page store (as batches 23b-37y took "
 "liquisearch.com copies; no date or revision id held; an older revision by its wording: 'Nippon New Market Hercules, "
 "formerly known as NASDAQ Japan Exchange' and 'Nippon Electric Corporation', where en.wikipedia.org's recent "
 "rendering names Konami's 55% stake of 2005 and its purchase of April 1, 2011 in the lead; recorded 3.0, doubtful: "
 "undated). Cut: the title line 'Hudson Soft - History' and the heading 'History'; cut after '... becoming the "
 "company's largest shareholder.', before the sentence the excerpt breaks off in ('Within the terms of this purchase, "
 "Hudson acquired the Sapporo division of Konami Computer Entertain'; `truncated`; a cut inside a paragraph, so "
 "Konami Computer Entertainment is not in the text). The copy has no citation markers. No word added or changed. "
 "Kept as written: 'founded in Sapporo, Japan on May 18, 1973 by brothers Yuji and Hiroshi Kudo' (the surname "
 "written once for both), 'the Hudson locomotives (especially Japanese C62)', 'Nintendo's first third-party software "
 "vendor for its Family Computer', 'Lode Runner, sold 1.5 million units after its 1984 release', '(NEC PC-8801 MSX, "
 "ZX Spectrum)' (no comma between 'PC-8801' and 'MSX', as written), 'was reorganized as Hudson Soft Co., Ltd. in "
 "November 1984', 'a \"caravan\"', 'in December of this year', 'a \"big hit\"', 'the \"C62 System\"', 'collaborated "
 "with Nippon Electric Corporation to develop the PC Engine video game console', 'its release as the TurboGrafx-16 in "
 "North America', 'less market-share', 'the 32-bit semiconductor chip \"HuC62\"', 'NEC's PC-FX video game console', "
 "'entered the stockmarket' (one word), 'Konami purchasing a stock allocation of 5.6 million shares in August 2001, "
 "becoming the company's largest shareholder'. {WORDS} words. No outage and no near-miss of one told. Found at rank "
 "3 of the query 'Hudson Soft Japanese video game company founded 1973 Sapporo Yuji Kudo Hiroshi Kudo Konami PC "
 "Engine NEC' (Hudson Soft a name of batches 69k's and 69r's lists of leads); honeysanime.com (ranks 1, 2; an "
 "editorial), en.wikipedia.org (rank 4; the lead of an older rendering with its infobox and markers, no founders in "
 "its prose; rank 7; the recent '= Title =' rendering, its excerpt breaking off at the History heading, the founders "
 "only in the infobox), timeextension.com (rank 5; a magazine feature), ultimatepopculture.fandom.com (rank 6; a "
 "fandom copy with 'Script error' lines) and mobygames.com (rank 8; a user-written profile) not used; the History "
 "section preferred for its founders and deals in prose. Hudson Soft, Lode Runner, Bomberman, Famicom, TurboGrafx, "
 "PC-FX, Nippon Electric, HuC62: " + CHECKED + " ('Hudson Soft' only in GATHERING.md's lists of leads; 'Konami' in "
 "train's wp-taito and wp-silicon-knights and dev's wp-ocean-software, 'PC Engine' in train's wp-ubisoft-blue-byte, "
 "'Nintendo' and 'Hercules' in texts on other matters).", "non-US", v3=True,
 copy_of="the Wikipedia article's History section, as liquisearch.com serves it"))

# ---- computers, US: Cromemco (thefullwiki.org's copy; undated) ---------------------------------------------------
CR = [
 "Cromemco was a Mountain View, California microcomputer company known for its high-end Z80-based S-100 bus computers "
 "in the early days of the home computer revolution. The Cromemco Dazzler was the first color graphics card "
 "available for personal computers.",
 "The company began as a partnership in 1974 between Harry Garland and Roger Melen, two Stanford PhD students. The "
 "company was named for their residence at Stanford University, Cro(thers) Mem(orial), a Stanford dormitory reserved "
 "for engineering graduate students. Cromemco was incorporated in 1976.",
 "The first computer released by Cromemco was the Z-1 in August 1976. The Z-1 came with 8K of static RAM and used the "
 "same chassis as the IMSAI 8080 but featured the Z80 microprocessor rather than the IMSAI computer's Intel 8080 chip. "
 "The Z-1 was succeeded by the Z-2 in June 1977, which featured 64K of RAM and the ability to run CDOS, a variant of "
 "the CP/M operating system. The Z-2 also added a parallel interface in addition to an RS-232C serial port and no "
 "longer included the large panel of switches that had been part of the Z-1 model.",
 "Cromemco re-packaged their systems to produce the System One, followed by the larger System Two and System Three. "
 "The System Three, announced in 1978 was capable of running both FORTRAN IV and Z80 BASIC programming languages. The "
 "System Three was designed for multiuser professional use and included an optional hard disk, CRT terminal, printer "
 "and the main computer unit."]
KEPT["wp-cromemco"] = ("cromemco.txt", CR)
R.append(wp("wp-cromemco", "Cromemco", "http://www.thefullwiki.org/Cromemco", "\n\n".join(CR),
 "computers/microcomputers", ["history", "founding", "founders", "products"],
 "The article as thefullwiki.org's copy ('From Wikipedia, the free encyclopedia') holds it in the page store (as "
 "earlier rounds took thefullwiki.org copies; no date or revision id held; an older revision by its wording: 'in the "
 "early days of the home computer revolution' and 'two Stanford PhD students', where theinfolist.com's later copy "
 "reads 'Cromemco, Inc.', 'personal computer revolution' and 'Ph.D.'; recorded 3.0, doubtful: undated). Cut: the "
 "site's lines ('The Full Wiki', 'Cromemco: Wikis', its 'Note: Many of our articles ...' line, 'Did you know ...', "
 "'More interesting facts on Cromemco', 'Include this on your site/blog:', 'From Wikipedia, the free encyclopedia'), "
 "the infobox lines ('Fate Sold (European division Cromemco AG still in business)', 'Industry Computer hardware'), so "
 "Cromemco AG is in no sentence kept, the citation markers ('[1]' to '[5]'); cut after '... and the main computer "
 "unit.', before the sentence the excerpt breaks off in ('In 1979, Cromemco released CROMIX, the first Unix-like "
 "operating'; `truncated`; a cut inside a paragraph, so CROMIX is not in the text). No word added or changed. Kept "
 "as written: 'a Mountain View, California microcomputer company', 'Z80-based S-100 bus computers', 'The Cromemco "
 "Dazzler was the first color graphics card', 'The company began as a partnership in 1974 between Harry Garland and "
 "Roger Melen, two Stanford PhD students', 'Cro(thers) Mem(orial)' (the brackets as written), 'Cromemco was "
 "incorporated in 1976', 'the Z-1 in August 1976', 'the same chassis as the IMSAI 8080', 'the IMSAI computer's Intel "
 "8080 chip', 'the Z-2 in June 1977', 'CDOS, a variant of the CP/M operating system', 'Cromemco re-packaged their "
 "systems' (a plural 'their'), 'The System Three, announced in 1978 was capable' (no comma after '1978'), 'FORTRAN IV "
 "and Z80 BASIC programming languages'. {WORDS} words. No outage and no near-miss of one told. Found at rank 7 of the "
 "query 'Cromemco, Inc. was a Mountain View, California microcomputer company known for its high-end Z80-based S-100 "
 "bus computers' (Cromemco a name of batches 69r's lists of leads; a first query reached no English Wikipedia text: "
 "historyofpersonalcomputing.com, twice, memim.com (a machine translation of the German article), computerhistory.org, "
 "infolab.stanford.edu, a newsblur story, wikisum.wiki (a summary) and theinfolist.com (pasted glosses)); memim.com "
 "(rank 1), s100computers.com (ranks 2, 5; a collector's history), theinfolist.com (rank 3; the lead with pasted "
 "glosses), factsnippet.com (rank 4; sentences as numbered facts), qsl.net (rank 6; a personal page) and "
 "es.knowledger.de (rank 8; a Spanish translation) not used. Cromemco, Dazzler, CROMIX, IMSAI 8080, Dynatech: "
 + CHECKED + " ('Cromemco' and 'IMSAI' only in GATHERING.md's lists of leads; 'Garland' and 'Melen' in texts on "
 "other people; 'CP/M' and 'Z80' in texts on other matters: train's wp-digital-research and wp-kaypro, dev's "
 "wp-zilog, wp-zenith-data-systems and wp-osborne-computer, test's wp-borland and wp-sage-group).", "US", v3=True,
 copy_of="the Wikipedia article, as thefullwiki.org serves it"))

for r in R:
    r["notes"] = r["notes"].replace("{WORDS}", str(len(r["text"].split())))


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
