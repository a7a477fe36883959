#!/usr/bin/env python3
"""Batch 71b (session 65; gatherer lane 71b): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-70ak, kept to three American makers, new to the corpus, the names from the lists of leads of rounds
70y, 70ae and 70ak: Gibson, the guitar maker Orville Gibson founded in Kalamazoo, Michigan in 1902 as the Gibson
Mandolin-Guitar Mfg. Co. Ltd., bought by Chicago Musical Instruments (CMI) in 1944, CMI acquired in 1969 by Ecuadorian
Company Limited (ECL), renamed Norlin Corporation, the company acquired in 1986 by a group led by Henry Juszkiewicz and
David H. Berryman and in 2018 by investors led by Kohlberg Kravis Roberts (musical instruments, US); the Baldwin
Locomotive Works of Philadelphia and Eddystone, Pennsylvania, founded by Matthias W. Baldwin, which stopped producing
locomotives in 1956 and went out of business in 1972 (railway equipment, US); and Pierce-Arrow of Buffalo, New York
(1901-1938), whose ancestor was George N. Pierce's George N. Pierce Company, begun as the George N. Pierce Motor
Company in 1901, renamed The Pierce-Arrow Motor Car Company in 1908, in which Studebaker acquired a controlling interest
in 1928 (automobiles, US). English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`,
corpus `pages`; never a whole page): wap.bdmobi.com's Wikipedia viewer's copy of 'Gibson (guitar company)' (the same
view_html.php viewer as review.clateway.com's; a late revision, undated), piglix.com's copy of 'Baldwin Locomotive
Works' (held at its 'Baldwin-Lima-Hamilton' address; undated) and fact-index.com's copy of 'Pierce-Arrow' (an early
revision, about 2004-2005). Edits per item in `notes` (title and site lines, infobox lines, a caption, citation markers
and a trailing broken sentence cut; paragraphs joined with blank lines; no word added or changed); `verify()` checks
every kept paragraph against the saved excerpt (/tmp/gather71b/src), the markers dropped and whitespace runs compared
as one space, as batches 55e-70ak did. No text tells an outage or a near-miss of one (acquisitions, a renaming, a
controlling interest and going out of business are business events). newskg (or any extractor) was not run on any
text. A round of three: fourteen queries, three answered with English Wikipedia text on a subject not yet in the corpus
and were taken (round notes /tmp/gather71b/NOTES.md; queries, /tmp/gather71b/src/queries.txt; claims in
/work/notes/gather71/CLAIMS.txt).
usage: batch71b.py [POOL_DIR] [--dry]   (default /tmp/gather71b/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71b/pool"
SRC = "/tmp/gather71b/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-65 pools (/tmp/gather71*/pool) and in /work/notes/gather71/CLAIMS.txt as they stood when checked "
           "(`grep -rilF`, file names only)")

MARK = re.compile(r"\s*\[(\d+|lower-alpha \d+|edit|citation needed)\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- musical instruments, US: Gibson (wap.bdmobi.com's Wikipedia viewer) -------------------------------------------
GB = [
 "Gibson, Inc. (formerly Gibson Guitar Corporation and Gibson Brands Inc.) is an American manufacturer of guitars, "
 "other musical instruments, and professional audio equipment from Kalamazoo, Michigan, and now based in Nashville, "
 "Tennessee.",
 "Orville Gibson started making instruments in 1894 and founded the company in 1902 as the Gibson Mandolin-Guitar Mfg. "
 "Co. Ltd. in Kalamazoo, Michigan, to make mandolin-family instruments. Gibson invented archtop guitars by constructing "
 "the same type of carved, arched tops used on violins. By the 1930s, the company was also making flattop acoustic "
 "guitars, as well as one of the first commercially available hollow-body electric guitars, used and popularized by "
 "Charlie Christian. In 1944, Gibson was bought by Chicago Musical Instruments (CMI), which was acquired in 1969 by "
 "Panama-based conglomerate Ecuadorian Company Limited (ECL), that changed its name in the same year to Norlin "
 "Corporation. Gibson was owned by Norlin Corporation from 1969 to 1986. In 1986, the company was acquired by a group "
 "led by Henry Juszkiewicz and David H. Berryman. In November 2018, the company was acquired by a group of investors "
 "led by private equity firm Kohlberg Kravis Roberts (KKR).",
 "Gibson sells guitars under a variety of brand names and builds one of the world's best-known guitars, the Gibson Les "
 "Paul. Gibson was at the forefront of innovation in acoustic guitars, especially in the big band era of the 1930s; the "
 "Gibson Super 400 was widely imitated."]
KEPT["wp-gibson-guitar-company"] = ("gibson-bdmobi.txt", GB)
R.append(wp("wp-gibson-guitar-company", "Gibson (guitar company)",
 "https://wap.bdmobi.com/view_html.php?lang=en&q=Gibson_%28guitar_company%29&sq=Albert+Einstein",
 "\n\n".join(GB),
 "musical instruments", ["history", "founding", "founder", "acquisition", "ownership", "renaming", "products"],
 "The lead of the article as wap.bdmobi.com's Wikipedia viewer (view_html.php, the same viewer as review.clateway.com's, "
 "whose copies batch 70ak and earlier batches recorded) holds it in the page store: a late revision (it names the "
 "company 'Gibson, Inc.', formerly Gibson Brands Inc., and KKR & Co. Inc. its owner; undated, no revision id held), "
 "recorded 4.0. Cut: the title line 'Gibson (guitar company)'; the infobox lines from 'Gibson, Inc.' and 'FormerlyGibson "
 "Guitar Corp. and Gibson Brands, Inc.' to 'Websitewww.gibson.com'; the citation markers '[7][8][9][10]', '[1]' and "
 "'[11]'; the trailing broken sentence ('In 1952, Gibson introduced its first solid-body electric guitar, the Les Paul, "
 "which became its most p', where the excerpt ends; `truncated`). The copy prints no heading in the excerpt. Paragraphs "
 "joined with blank lines. No word added or changed. Kept as written: 'Gibson, Inc. (formerly Gibson Guitar "
 "Corporation and Gibson Brands Inc.)' (no comma before 'Inc.' in the lead, where the infobox wrote 'Gibson Brands, "
 "Inc.'), 'the Gibson Mandolin-Guitar Mfg. Co. Ltd.', 'Chicago Musical Instruments (CMI), which was acquired in 1969 by "
 "Panama-based conglomerate Ecuadorian Company Limited (ECL), that changed its name in the same year to Norlin "
 "Corporation.', 'a group led by Henry Juszkiewicz and David H. Berryman', 'a group of investors led by private equity "
 "firm Kohlberg Kravis Roberts (KKR)', 'popularized' (American spelling). 232 words. No outage and no near-miss of one "
 "told (acquisitions, a renaming and an ownership are business events). Found at rank 7 of the query 'Gibson Brands "
 "Wikipedia Kalamazoo 1902 Chicago Musical Instrument 1944 ECL Norlin Corporation Henry Juszkiewicz David Berryman "
 "1986' (a name of round 70ak's leads: 'Names checked with no hit and not queried ... Gibson Guitar'); everything2.com "
 "(twice: a user's write-up), cst1021.ridgewater.net (a student site), engtopic.ru (an early copy placing the company in "
 "Albuquerque, not a faithful text), simple.wikipedia.org (a user draft), the-uncensored-wiki.com's 'Orville Gibson' "
 "(the company's own promotional prose), a Japanese mirror of 'Orville Gibson', technosound.gr (a shop), a Wayback "
 "capture of wn.com (no licence stated), gibson.com (the company's own press kit), pt.qaz.wiki and es.qwe.wiki "
 "(translations), denisyuriev.ru (a spun page) and hmong.in.th (Thai) not used, across two queries. Gibson (guitar "
 "company), Orville Gibson, Gibson Mandolin, Gibson Brands, Gibson Guitar Corporation, Chicago Musical Instrument, "
 "Ecuadorian Company, Norlin, Juszkiewicz, Berryman, Charlie Christian, Les Paul: " + CHECKED + " ('Gibson Guitar' only "
 "in GATHERING.md's lists of leads; 'Gibson' alone in other matters: Foy & Gibson, Derek Gibson; 'Kalamazoo' only as a "
 "city in other matters).", "US", copy_of="the Wikipedia article, via wap.bdmobi.com's Wikipedia viewer"))

# ---- railway equipment, US: Baldwin Locomotive Works (piglix.com's copy) ------------------------------------------
BL = [
 "The Baldwin Locomotive Works was an American builder of railroad locomotives. It was originally located in "
 "Philadelphia, and later moved to nearby Eddystone, Pennsylvania. Although the company was very successful as the "
 "largest producer of steam locomotives, its transition to the production of diesels was far less so. Later, when the "
 "early demand for diesel locomotives to replace steam tapered off, Baldwin could not compete in the marketplace. It "
 "stopped producing locomotives in 1956 and went out of business in 1972, having produced over 70,000 locomotives, the "
 "vast majority powered by steam.",
 "This company is not to be confused with E M Baldwin of Australia who made small locomotives for such things as sugar "
 "cane tramways.",
 "The Baldwin Locomotive Works had a humble beginning. Matthias W. Baldwin, the founder, was a jeweller and whitesmith, "
 "who, in 1825, formed a partnership with a machinist, and engaged in the manufacture of bookbinders' tools and "
 "cylinders for calico printing. Baldwin then designed and constructed for his own use a small stationary engine, the "
 "workmanship of which was so excellent and its efficiency so great that he was solicited to build others like it for "
 "various parties, and thus led to turn his attention to steam engineering. The original engine was in use and powered "
 "many departments of the works for well over 60 years, and is currently on display at the Smithsonian Institution in "
 "Washington, DC."]
KEPT["wp-baldwin-locomotive-works"] = ("baldwin-piglix.txt", BL)
R.append(wp("wp-baldwin-locomotive-works", "Baldwin Locomotive Works", "http://piglix.com/piglix/Baldwin-Lima-Hamilton",
 "\n\n".join(BL),
 "railway equipment", ["history", "founding", "founder", "products", "closure"],
 "The lead of the article and the opening of its history as piglix.com's copy holds them in the page store, at the "
 "address of 'Baldwin-Lima-Hamilton' (a redirect to 'Baldwin Locomotive Works', whose text it holds; undated, no "
 "revision id held), recorded 3.0 as batches 70p, 70x, 70ag and 70ai recorded piglix.com's copies. Cut: the caption "
 "line 'Baldwin Locomotive Works in 1875'; the infobox lines from the two '|' lines and 'Industry | Railway |' to "
 "'Products | Locomotives |'; the coordinates line ('Coordinates: 39°51′33″N ...'). The excerpt ends at a sentence end "
 "('... at the Smithsonian Institution in Washington, DC.'; `truncated` kept true: the article runs on). The copy prints "
 "no title line, no heading and no citation marker in the excerpt. Paragraphs joined with blank lines. No word added "
 "or changed. Kept as written: 'It was originally located in Philadelphia, and later moved to nearby Eddystone, "
 "Pennsylvania.', 'Baldwin could not compete in the marketplace.', 'It stopped producing locomotives in 1956 and went "
 "out of business in 1972', 'E M Baldwin of Australia who made small locomotives' (no full stops after the initials), "
 "'a jeweller and whitesmith' (British spelling), 'formed a partnership with a machinist' (unnamed), 'and thus led to "
 "turn his attention to steam engineering', 'Washington, DC'. 233 words. No outage and no near-miss of one told (a "
 "company that could not compete, stopped producing and went out of business: a business failure, GUIDELINES, "
 "Outages). Found at rank 5 of the query 'Baldwin Locomotive Works Wikipedia Matthias W. Baldwin Philadelphia "
 "Eddystone history company' (a name of rounds 70y's, 70ae's and 70ak's leads: 'Names checked with no hit and not "
 "queried ... Baldwin Locomotive Works'); gluedideas.com (Encyclopaedia Britannica of the 1930s with OCR faults), "
 "philadelphia.wiki (twice: revision feeds of a rewritten local wiki), steamloco.info (a site's own history), hsp.org "
 "(a society's blog), memim.com (a machine translation from German) and ww-w.pages.dev (a word index) not used. Baldwin "
 "Locomotive, Matthias W. Baldwin, Baldwin-Lima, E M Baldwin: " + CHECKED + " ('Baldwin Locomotive' only in "
 "GATHERING.md's lists of leads; 'Eddystone' only as a power station's site in other matters; 'calico' and "
 "'Smithsonian' only in other matters).", "US",
 v3=True, copy_of="the Wikipedia article 'Baldwin Locomotive Works', mirrored at piglix.com"))

# ---- automobiles, US: Pierce-Arrow (fact-index.com's copy of an early revision) --------------------------------------
PA = [
 "The Pierce-Arrow was a United States based company from 1901 to 1938. Pierce-Arrow is best known for their expensive "
 "luxury automobiles; they also manufactured commercial motor trucks, fire trucks, and bicycles.",
 "The ancestor of Pierce-Arrow was the George N. Pierce Company, founded by George N. Pierce (1846-1911) of Buffalo, "
 "New York, which various products including bicycles and bird-cages. In 1901 he started the George N. Pierce Motor "
 "Company, producing a small single-cylinder engine automobile, the Pierce, with some modest success. In 1903 he "
 "decided to concentrate on making a larger more luxurious auto for the upscale market, and the Pierce-Arrow was born. "
 "This proved Pierce's most successful product, and these solidly built cars with powerful engines gained much "
 "positive publicity by winning various auto races. In 1908 Pierce Motor was renamed The Pierce-Arrow Motor Car "
 "Company.",
 "In 1909 U.S. President William Howard Taft ordered two Pierce-Arrows to be used for state occasions, the first "
 "official automobiles of the White House.",
 "Through 1914 Pierce-Arrow also produced a line of motorcycles.",
 "The Pierce-Arrow was a status symbol, owned by many top Hollywood stars, corporate tycoons; royalty of many foreign "
 "nations had at least one Pierce-Arrow in their collections. In American luxury cars it was rivaled only by the Stutz "
 "Bearcat, then somewhat later the Duesenberg and Locomobile.",
 "Pierce-Arrow advertisements were artistic and understated. Unusually for automobile advertising, the image of the "
 "car was in the background rather than the foreground of the picture. Usually only a portion of the automobile was "
 "visible. The Pierce-Arrow was always depicted in elegant settings.",
 "In 1928 Studebaker acquired a controlling interest in Pierce-Arrow, although the two companies continued to maintain "
 "separate engineering and production facilities."]
KEPT["wp-pierce-arrow"] = ("piercearrow-factindex.txt", PA)
R.append(wp("wp-pierce-arrow", "Pierce-Arrow", "http://fact-index.com/p/pi/pierce_arrow.html",
 "\n\n".join(PA),
 "automobiles", ["history", "founding", "founder", "renaming", "products", "acquisition"],
 "The opening of the article as fact-index.com holds it in the page store: a site mirroring English Wikipedia of about "
 "2004-2005 (an early revision; undated, no revision id held), recorded 3.0 as batch 70y recorded its fact-index.com "
 "copy. Cut: the site's line at the excerpt's head ('Main Page | See live article | Alphabetical index'); the title "
 "line 'Pierce-Arrow'; the caption line '1919 Pierce-Arrow advertisement'; the trailing broken sentence ('Studebaker "
 "sold out their inte', where the excerpt ends; `truncated`). The copy prints no infobox, no heading and no citation "
 "marker in the excerpt. Paragraphs joined with blank lines (the one-sentence paragraphs kept apart as the excerpt sets "
 "them). No word added or changed. Kept as written: 'a United States based company' (no hyphen), 'which various "
 "products including bicycles and bird-cages' (the early revision's missing verb), '(1846-1911)' (a hyphen), 'the "
 "Pierce', \"This proved Pierce's most successful product\", 'In 1908 Pierce Motor was renamed The Pierce-Arrow Motor "
 "Car Company.' (a capital 'The'), 'owned by many top Hollywood stars, corporate tycoons; royalty of many foreign "
 "nations', 'rivaled only by the Stutz Bearcat, then somewhat later the Duesenberg and Locomobile', 'In 1928 Studebaker "
 "acquired a controlling interest in Pierce-Arrow'. 279 words. No outage and no near-miss of one told (a renaming and a "
 "controlling interest are business events). Recorded CC BY-SA 3.0 (an early revision, about 2004-2005). Found at rank "
 "7 of the query 'Pierce-Arrow Motor Car Company Wikipedia George N. Pierce Buffalo New York Studebaker 1928 Seagrave "
 "1938' (round 70ae's lead: 'Pierce-Arrow beyond academickids.com's early copy (a query on the Studebaker interest of "
 "1928 or Seagrave might reach a later copy)'; fact-index.com's copy reaches the 1928 interest, which academickids.com's "
 "did not); nymtmuseum.org (a museum journal's article), autoclasico.com.mx, buffaloah.com (a local history site), "
 "conceptcarz.com, academickids.com (the early copy that round 70ae saw), busmuseum.org (a museum's post, Wikipedia "
 "text without attribution) and bellinaclassicmotors.com (a dealer's blog) not used. Pierce-Arrow, Pierce Arrow, George "
 "N. Pierce, Great Arrow, Stutz Bearcat, Locomobile: " + CHECKED + " ('Pierce-Arrow' only in GATHERING.md's lists of "
 "leads; 'Stutz' and 'Duesenberg' in test's wp-auburn-automobile-company, named here only as rival cars; 'William "
 "Howard Taft', 'White House' and 'Studebaker' in other matters or lists of leads).", "US",
 v3=True, copy_of="an early revision of the Wikipedia article, mirrored at fact-index.com"))


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
