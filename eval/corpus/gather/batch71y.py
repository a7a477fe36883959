#!/usr/bin/env python3
"""Batch 71y (session 65; gatherer lane 71y): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-71r, kept to three early American makers and their founders, new to the corpus, reached from the lists
of leads of rounds 71r, 71l and 71b (makers of the same age and trades as theirs: bicycles and motorcycles, musical
instruments): George Mallory Hendee, the American bicycle racer and co-founder of the Indian Motocycle Manufacturing
Company, his Silver King bicycles, the Hendee & Nelson Manufacturing Company of Springfield, Massachusetts and the
Hendee Manufacturing Company he incorporated in 1898, its Indian bicycles, his meeting with Carl Oscar Hedstrom in
January 1900 (bicycles and motorcycles, US); the Pope Manufacturing Company, founded by Albert Augustus Pope around
1876 in Boston and incorporated in Connecticut in 1877, its bicycles first made at the Weed Sewing Machine Company
factory in Hartford, its Westfield plant and Columbia brand, its shareholders Albert, Charles and Edward Pope (bicycles,
motorcycles and automobiles, US); and Gretsch, the musical instrument maker founded in 1883 in Brooklyn, New York by
Friedrich Gretsch, its move of 1916 under Fred Gretsch Sr., its collaboration of 1954 with Chet Atkins and its Gretsch
6120 and Country Gentleman guitars (musical instruments, US). English Wikipedia text (CC BY-SA), each the search tool's
page-store excerpt (`search`, corpus `pages`; never a whole page): en.wikipedia.org's '= Title =' rendering of 'George
M. Hendee' (undated), piglix.com's copy of 'Pope Manufacturing Company' (undated) and en.wikipedia.org's '= Title ='
rendering of 'Gretsch' (undated). Edits per item in `notes` (title lines, infobox lines, headings and trailing broken
sentences cut; paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept paragraph
against the saved excerpt (/tmp/gather71y/src), the markers dropped and whitespace runs compared as one space, as
batches 55e-71r did. No text tells an outage or a near-miss of one (a bankruptcy, foundings, incorporations, moves and
the end of a production line are business events). newskg (or any extractor) was not run on any text. A round of
three: three queries, each answered with English Wikipedia text on a subject not yet in the corpus, and each taken
(round notes /tmp/gather71y/NOTES.md; queries, /tmp/gather71y/src/queries.txt; claims in
/work/notes/gather71/CLAIMS.txt).
usage: batch71y.py [POOL_DIR] [--dry]   (default /tmp/gather71y/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71y/pool"
SRC = "/tmp/gather71y/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-65 pools (/tmp/gather71*/pool) and in /work/notes/gather71/CLAIMS.txt as they stood when checked "
           "(`grep -rilF`, file names only)")

MARK = re.compile(r"\s*\[(\d+|lower-alpha \d+|edit|citation needed)\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- bicycles and motorcycles, US: George M. Hendee (en.wikipedia.org's rendering) ------------------------------------
GH = [
 "George Mallory Hendee (October 2, 1866 \u2013 June 13, 1943) was an American bicycle racer and the co-founder of the "
 "Indian Motocycle Manufacturing Company. Hendee first became involved with the bicycle industry after his "
 "bicycle-racing career. Not only did Hendee build bicycles, but he also sponsored numerous bicycle events and racers. "
 "Once he retired from racing and the manufacturing company, Hendee bred cattle and chickens on his farm.",
 "George M. Hendee took up bicycle racing at age 16. He won the United States National Amateur High Wheel Championship "
 "in 1886, setting a new world record over a dirt half-mile track of 2 minutes 27.4 seconds, which he held until 1892. "
 "Hendee was America's first national cycling champion, winning 302 of the 309 races he entered and dedicating himself "
 "to racing and traveling to bicycling events.",
 "In 1892 Hendee retired from bicycle racing and began making Silver King bicycles at 41-43 Taylor Street in "
 "Springfield, Massachusetts in 1895. In 1896, the Hendee & Nelson Manufacturing Company at 478 Main Street in "
 "Springfield, Massachusetts was building safety bicycles under the names Silver King for men and Silver Queen for "
 "women. The company went bankrupt; and Hendee purchased the entire inventory at auction and set up shop on "
 "Worthington Street in 1898, incorporating the Hendee Manufacturing Company with a capital stock of $5,000. The "
 "company's new line of bicycles was called Indian.",
 "Hendee sponsored a number of bicycle racers and events throughout New England. It was during an event at Madison "
 "Square Garden in New York in January 1900 that Hendee became acquainted with Carl Oscar Hedstr\u00f6m and witnessed "
 "first-hand the excellent performance of the motorized pacing bicycle built by Hedstr\u00f6m."]
KEPT["wp-george-m-hendee"] = ("hendee-enwiki.txt", GH)
R.append(wp("wp-george-m-hendee", "George M. Hendee", "https://en.wikipedia.org/wiki/George_M._Hendee",
 "\n\n".join(GH),
 "bicycles and motorcycles", ["history", "founding", "founders", "bicycles", "bankruptcy", "incorporation"],
 "The article up to the opening of its partnership paragraph as en.wikipedia.org's '= Title =' rendering holds it in "
 "the page store (undated, no revision id held), recorded 4.0 as batches 65h, 67h, 68q, 70p, 70ae, 70ak and 71l "
 "recorded the page store's en.wikipedia.org renderings. Cut: the title line '= George M. Hendee ='; the infobox lines "
 "from 'George Hendee' and '- Born: 1866-10-02' to '- Occupation: Motorcycle manufacturer'; the headings '==Bicycle "
 "racing==' and '==Manufacturing=='; the trailing broken sentence ('Hendee and Hedstr\u00f6m signed a partnership "
 "agreement i', where the excerpt ends; `truncated`). The rendering prints no citation marker in the excerpt. "
 "Paragraphs joined with blank lines. No word added or changed. Kept as written: '(October 2, 1866 \u2013 June 13, "
 "1943)' (an en dash), 'the co-founder of the Indian Motocycle Manufacturing Company' ('Motocycle', the company's own "
 "spelling), 'Once he retired from racing and the manufacturing company', 'at age 16', 'began making Silver King "
 "bicycles at 41-43 Taylor Street in Springfield, Massachusetts in 1895' (the years 1892 and 1895 as written), 'The "
 "company went bankrupt; and Hendee purchased the entire inventory at auction' (a semicolon before 'and'), 'with a "
 "capital stock of $5,000', 'Carl Oscar Hedstr\u00f6m' (with its o-umlaut). 278 words. No outage and no near-miss of one "
 "told (a bankruptcy and a purchase at auction are business events). Found at rank 3 of the query 'Indian Motocycle "
 "Manufacturing Company Hendee Manufacturing Company George M. Hendee Oscar Hedstrom Springfield Massachusetts "
 "Wikipedia' (a maker of the age and trade of round 71r's and 71b's leads, the Stanley and Pope-era vehicle makers); "
 "collection.sciencemuseumgroup.org.uk (rank 1; a museum's record), rightsta.com (rank 2; a site's rewritten essay, no "
 "open licence), twowheeledlegends.blogspot.com (rank 4; a blog), wikisum.wiki (rank 5; a summary site's sentences "
 "picked out of order), oldbike.eu (rank 6; a collector's page quoting the article), newenglandhistoricalsociety.com "
 "(rank 7; a society's essay) and read.dmtmag.com (rank 8; a magazine) not used. Hendee, Hedstr, Indian Motocycle, "
 "Silver King: " + CHECKED + ".", "US",
 copy_of="the Wikipedia article, rendered at en.wikipedia.org"))

# ---- bicycles, motorcycles and automobiles, US: Pope Manufacturing Company (piglix.com's copy) -----------------------
PM = [
 "Pope Manufacturing Company was founded by Albert Augustus Pope around 1876 in Boston, Massachusetts, and incorporated "
 "in Connecticut in 1877. Manufacturing of bicycles began in 1878 in Hartford, Connecticut, at the Weed Sewing Machine "
 "Company factory. Pope manufactured bicycles, motorcycles, and automobiles. From 1905 to 1913, Pope gradually "
 "consolidated manufacturing to the Westfield Mass plant. The main offices remained in Hartford CT. It ceased "
 "automobile production in 1915, and ceased motorcycle production in 1918. Bicycles continued to be made available "
 "under the Columbia brand.",
 "Pope Manufacturing Company was listed in the 1876 Boston City Directory, located at 54 High Street. In March 1877, "
 "the company drafted incorporation documents in Connecticut, naming Albert Pope, Charles Pope, and Edward Pope as "
 "shareholders. At the time of incorporation, Albert Pope held 595 shares, his father Charles held 400 shares, and his "
 "cousin Edward held five shares. The incorporation documents stated the company's intended business activities, "
 "\"[to] make, manufacture and sell and licence to others to make, manufacture and sell air pistols and guns, darning "
 "machines, amateur lathes, cigarette rollers and other patented articles and to own, sell and deal in patents and "
 "patent rights for the manufacture thereof.\" Pope Manufacturing Company was already selling air pistols and "
 "cigarette rolling machines.",
 "Though Pope Manufacturing had filed for incorporation in Connecticut, it continued to base its offices and many of "
 "its operations in Boston. Albert and Edward Pope operated a factory at 87 Summer Street in Boston as early as 1874 "
 "for the production of hand-held cigarette rolling machines."]
KEPT["wp-pope-manufacturing-company"] = ("pope-piglix.txt", PM)
R.append(wp("wp-pope-manufacturing-company", "Pope Manufacturing Company",
 "http://piglix.com/piglix/Pope_Manufacturing_Company",
 "\n\n".join(PM),
 "bicycles and automobiles", ["history", "founding", "founder", "incorporation", "shareholders", "products"],
 "The lead of the article and its early years as piglix.com's copy holds them in the page store (undated, no revision "
 "id held), recorded 3.0 as batches 70p, 70x, 70ag, 70ai and 71b recorded piglix.com's copies. Cut: the infobox lines "
 "from 'Bicycle and Automobile Manufacturing | |' to 'Website | www |' (among them 'Founded | 1876 |' and 'Founder | "
 "Albert Augustus Pope |'); the trailing broken sentence ('Albert Pope started adverti', where the excerpt ends; "
 "`truncated`). The copy prints no title line, no heading and no citation marker in the excerpt. Paragraphs (single "
 "line breaks in the copy) joined with blank lines. No word added or changed. Kept as written: 'founded by Albert "
 "Augustus Pope around 1876 in Boston, Massachusetts, and incorporated in Connecticut in 1877', 'the Westfield Mass "
 "plant' (no full stop), 'The main offices remained in Hartford CT.', 'It ceased automobile production in 1915, and "
 "ceased motorcycle production in 1918.', 'the 1876 Boston City Directory', 'his father Charles held 400 shares, and "
 "his cousin Edward held five shares', the incorporation documents' quoted words with their '[to]' (the article's own "
 "bracket, one sentence of three paragraphs; the text is not largely a quotation), 'licence' (British spelling in the "
 "quotation). 254 words. No outage and no near-miss of one told (the end of automobile and motorcycle production is a "
 "business event). Found at rank 3 of the query 'Pope Manufacturing Company Albert Augustus Pope Columbia bicycles "
 "Hartford Connecticut Wikipedia' (a maker of the age and trade of round 71r's and 71b's leads); absoluteastronomy.com "
 "(rank 1; link glosses run into the text), en-academic.com (rank 2; an old revision of 'Albert Augustus Pope' with "
 "raw citation templates in the text), profilpelajar.com (rank 4; the man's later article, on his family), "
 "wikimili.com (rank 5; a later revision of the same article, its excerpt ending inside the quotation: the piglix.com "
 "copy, whole to its third paragraph, taken), zabytkowemotocykleirowery.pl (rank 6; a dealer's history), "
 "hartforddailyphoto.blogspot.com (rank 7; a blog) and cedarhillfoundation.org (rank 8; a foundation's page) not used. "
 "Pope Manufacturing, Albert Augustus Pope, Weed Sewing, Columbia High: " + CHECKED + ".", "US",
 v3=True, copy_of="the Wikipedia article, mirrored at piglix.com"))

# ---- musical instruments, US: Gretsch (en.wikipedia.org's rendering) --------------------------------------------------
GR = [
 "Gretsch is an American company that manufactures and markets musical instruments. The company was founded in 1883 "
 "in Brooklyn, New York by Friedrich Gretsch, a 27-year-old German immigrant, shortly after his arrival to the United "
 "States. Friedrich Gretsch manufactured banjos, tambourines, and drums until his death in 1895. In 1916, his son, Fred "
 "Gretsch Sr. moved operations to a larger facility where Gretsch went on to become a prominent manufacturer of "
 "American musical instruments. Through the years, Gretsch has manufactured a wide range of instruments, though they "
 "currently focus on electric and acoustic guitars and drums.",
 "Gretsch instruments enjoyed market prominence by the 1950s. In 1954, Gretsch began a collaboration with guitarist "
 "Chet Atkins to manufacture a line of electric guitars with Atkins' endorsement, resulting in the Gretsch 6120 "
 "hollowbody guitar and other later models such as the Country Gentleman. Electric guitars before 1957 used single "
 "coil pickups that have significant hum problems as an inherent part of their design. Frustration with the hum of "
 "these pickups prompted Atkins to collaborate with American inventor and engineer Ray Butts on the development of a "
 "new \"humbucking\" pickup by connecting two single-coil pickups serially and out of phase."]
KEPT["wp-gretsch"] = ("gretsch-enwiki.txt", GR)
R.append(wp("wp-gretsch", "Gretsch", "https://en.wikipedia.org/wiki/Gretsch",
 "\n\n".join(GR),
 "musical instruments", ["history", "founding", "founder", "guitars", "collaboration"],
 "The lead of the article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no "
 "revision id held), recorded 4.0 as batches 65h, 67h, 68q, 70p, 70ae, 70ak and 71l recorded the page store's "
 "en.wikipedia.org renderings. Cut: the title line '= Gretsch ='; the infobox lines from 'Gretsch' and '- Logo: "
 "Gretsch company logo.png' to '- Homepage: Gretsch.com' (among them 'Key People: Friedrich Gretsch (founder, d. "
 "1885) ...', a year the lead gives as 1895); the trailing broken sentence ('This resulted in what may have been the "
 "first humbucker pickup (a c', where the excerpt ends; `truncated`). The rendering prints no citation marker in the "
 "excerpt. Paragraphs joined with blank lines. No word added or changed. Kept as written: 'founded in 1883 in "
 "Brooklyn, New York by Friedrich Gretsch, a 27-year-old German immigrant, shortly after his arrival to the United "
 "States' ('arrival to'), 'In 1916, his son, Fred Gretsch Sr. moved operations' (no comma after 'Sr.'), 'though they "
 "currently focus', 'with Atkins' endorsement', 'the Gretsch 6120 hollowbody guitar', 'single coil pickups' beside "
 "'single-coil pickups', the quoted '\"humbucking\"'. 196 words. No outage and no near-miss of one told (a death, a "
 "move of operations and a collaboration are no outage; 'hum problems' are a product's design, no service lost). Found "
 "at rank 7 of the query 'Gretsch company Friedrich Gretsch Brooklyn 1883 drums guitars Fred Gretsch Baldwin "
 "Wikipedia' (a maker of the trade of round 71r's and 71b's leads, Rickenbacker and Gibson); makingmusicmag.com (rank "
 "1; a magazine), mynewstouse.com (rank 2; a press feature), arotr.com (rank 3; the company's own history), "
 "friendlywiki.com (rank 4; raw wikitext with its templates), drummerszone.com (rank 5; the company's text), "
 "zalansite.site (rank 6; an edit page of raw wikitext) and acousticmusic.org (rank 8; a site's history) not used. "
 "Gretsch, Chet Atkins, Ray Butts: " + CHECKED + ".", "US",
 copy_of="the Wikipedia article, rendered at en.wikipedia.org"))


def _norm(s):
    """The text without citation and note markers and edit links ('[4]', ' [4]', '[lower-alpha 4]', '[edit]',
    '[citation needed]'), whitespace runs as one space."""
    return " ".join(MARK.sub("", s).split())


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
