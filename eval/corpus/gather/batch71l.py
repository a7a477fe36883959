#!/usr/bin/env python3
"""Batch 71l (session 65; gatherer lane 71l): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-71b, kept to three American makers and their founders, new to the corpus, the names from the lists of
leads of rounds 71b and 70ak: James Ward Packard, who with his brother William founded the Packard Electric Company in
Warren, Ohio in 1890 and created the Packard Motor Car Company (incorporated as the Ohio Automobile Company in 1900,
renamed in 1902, merged with the Studebaker Corporation in 1954), the Packard Electric Company acquired by General
Motors in 1932 and renamed Delphi Packard Electric Systems in 1995 (automobiles, US; the lead's Packard, asked for as
'check against Studebaker's leads and wp-pierce-arrow first'); the Lima Locomotive Works of Lima, Ohio, earlier the
Lima Machine Works, which built Ephraim Shay's Shay locomotive from 1880 (railway equipment, US; a name of round 71b's
leads, 'checked with no hit and not queried'); and Christian Frederick Martin, Sr., the luthier from Markneukirchen
whose New York City shop of 1833 was the forerunner of C. F. Martin & Company of Nazareth, Pennsylvania (musical
instruments, US; an American guitar maker beside round 71b's Gibson). English Wikipedia text (CC BY-SA), each the
search tool's page-store excerpt (`search`, corpus `pages`; never a whole page): en.wikipedia.org's '= Title ='
rendering of 'James Ward Packard' and of 'Lima Locomotive Works' (undated) and the-uncensored-wiki.com's copy of
'Christian Frederick Martin' (an older revision, about 2007-2008). Edits per item in `notes` (title and site lines,
infobox lines, headings, citation markers, an edit link, the reference lines and trailing broken sentences cut;
paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept paragraph against the
saved excerpt (/tmp/gather71l/src), the markers dropped and whitespace runs compared as one space, as batches 55e-71b
did. No text tells an outage or a near-miss of one (renamings, a merger, an acquisition, a spin-off, a licence and a
move are business events). newskg (or any extractor) was not run on any text. A round of three: four queries, three
answered with English Wikipedia text on a subject not yet in the corpus and were taken (round notes
/tmp/gather71l/NOTES.md; queries, /tmp/gather71l/src/queries.txt; claims in /work/notes/gather71/CLAIMS.txt).
usage: batch71l.py [POOL_DIR] [--dry]   (default /tmp/gather71l/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71l/pool"
SRC = "/tmp/gather71l/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-65 pools (/tmp/gather71*/pool) and in /work/notes/gather71/CLAIMS.txt as they stood when checked "
           "(`grep -rilF`, file names only)")

MARK = re.compile(r"\s*\[(\d+|lower-alpha \d+|edit|citation needed)\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- automobiles, US: James Ward Packard (en.wikipedia.org's rendering) -------------------------------------------
JP = [
 "James Ward Packard (November 5, 1863 \u2013 March 20, 1928) was an American industrialist who, alongside his elder "
 "brother William, created the Packard Motor Car Company and Packard Electric Company.",
 "James Ward Packard was born in Warren, Ohio, on November 5, 1863, the son of Mary Elizabeth Doud and Warren Packard. "
 "He had a brother named William and sisters named Alaska, Carlotta, and Cornelia. Alaska later gained fame as the "
 "first female FBI agent. From 1880 to 1884, Packard studied mechanical engineering at Lehigh University in Bethlehem, "
 "Pennsylvania.",
 "After he graduated, Packard and his brother William founded the Packard Electric Company in 1890, through which they "
 "manufactured incandescent carbon arc lamps. In 1893, the brothers formed a partnership with Winton Motor Carriage "
 "Company investor George L. Weiss called Packard & Weiss. The first Packard automobile was released in 1899. In 1900, "
 "the company incorporated as the Ohio Automobile Company and was renamed the Packard Motor Car Company in 1902.",
 "The company relocated to Detroit in 1903. The company eventually merged with the Studebaker Corporation in 1954, and "
 "the last Packard was made in 1958. Following the company relocation to Detroit, the Packard brothers focused on "
 "making automotive electrical systems via the Packard Electric Company. General Motors acquired the company in 1932, "
 "renaming it Delphi Packard Electric Systems in 1995. The company was spun off and became independent of GM in 1999.",
 "Packard fell ill in 1925 and underwent surgery for cancer the following year. He spent his final 16 months at the "
 "Cleveland Clinic Hospital, where he died at the age of 64 on March 20, 1928. He was survived by his wife, Elizabeth "
 "Gillmer, with whom he had no children."]
KEPT["wp-james-ward-packard"] = ("packard-enwiki.txt", JP)
R.append(wp("wp-james-ward-packard", "James Ward Packard", "https://en.wikipedia.org/wiki/James_Ward_Packard",
 "\n\n".join(JP),
 "automobiles", ["history", "founding", "founders", "partnership", "renaming", "merger", "acquisition", "spin-off"],
 "The article up to its legacy section as en.wikipedia.org's '= Title =' rendering holds it in the page store "
 "(undated, no revision id held), recorded 4.0 as batches 65h, 67h, 68q, 70p, 70ae and 70ak recorded the page store's "
 "en.wikipedia.org renderings. Cut: the title line '= James Ward Packard ='; the infobox lines from 'James Ward "
 "Packard' and '- Born: 1863-11-05' to '- Occupation: Industrialist'; the headings '==Early life==', '==Career==', "
 "'==Death==' and '==Legacy=='; the legacy section's one broken sentence ('Packard Park in Warren, Ohio, is on land "
 "donated by the Pa', where the excerpt ends; `truncated`). The rendering prints no citation marker in the excerpt. "
 "Paragraphs joined with blank lines. No word added or changed. Kept as written: '(November 5, 1863 \u2013 March 20, "
 "1928)' (an en dash), 'alongside his elder brother William, created the Packard Motor Car Company and Packard "
 "Electric Company' (no 'the' before the second name), 'sisters named Alaska, Carlotta, and Cornelia', 'the first "
 "female FBI agent', 'formed a partnership with Winton Motor Carriage Company investor George L. Weiss called Packard & "
 "Weiss', 'In 1900, the company incorporated as the Ohio Automobile Company and was renamed the Packard Motor Car "
 "Company in 1902.', 'The company eventually merged with the Studebaker Corporation in 1954', 'Following the company "
 "relocation to Detroit', 'General Motors acquired the company in 1932, renaming it Delphi Packard Electric Systems in "
 "1995.', 'became independent of GM in 1999', 'the Cleveland Clinic Hospital'. 281 words. No outage and no near-miss "
 "of one told (renamings, a merger, an acquisition and a spin-off are business events; an illness is no outage). Found "
 "at rank 7 of the query 'Packard Motor Car Company Wikipedia James Ward Packard William Doud Packard Warren Ohio Henry "
 "B. Joy Detroit' (round 71b's lead: 'Names checked with no hit and not queried ... Packard (check against Studebaker's "
 "leads and wp-pierce-arrow first)'; the Studebaker Corporation is named here only as the party of a merger); "
 "kids.britannica.com (a caption), ed.mdict.net (a biographical dictionary), de.zxc.wiki (a machine translation of the "
 "German article), usedcars.biz (a dealer's blog), packardamerica.us and packardmotorfdn.org (a brand's and a "
 "foundation's own histories, no open licence) and kampuspedia.com (a copy with its lead and career paragraph broken "
 "apart) not used. James Ward Packard, Packard Electric, Delphi Packard, Packard & Weiss, George L. Weiss, Ohio "
 "Automobile, Warren, Ohio: " + CHECKED + " ('Packard Motor' none; 'Packard' alone only as Hewlett-Packard and a "
 "train text's passing mention in other matters; 'Studebaker' in dev's wp-pierce-arrow as a buyer, not taken as a "
 "subject; 'Lehigh' only in other matters).", "US"))

# ---- railway equipment, US: Lima Locomotive Works (en.wikipedia.org's rendering) -----------------------------------
LL = [
 "Lima Locomotive Works (LLW) was an American firm that manufactured railroad locomotives from the 1870s through the "
 "1950s. The company's name is derived from the location of its main manufacturing plant in Lima, Ohio (/\u02c8la\u026am\u0259/ "
 "LY-m\u0259). The shops were located between the Erie Railroad main line, the Baltimore & Ohio's Cincinnati-Toledo "
 "main line and the Nickel Plate Road main line and shops.",
 "The company produced the Shay geared logging steam locomotive, developed by Ephraim Shay, and for William E. "
 "Woodard's \"Super Power\" advanced steam locomotive concept \u2013 exemplified by the prototype 2-8-4 Berkshire, Lima "
 "demonstrator A-1. In World War II the Lima plant produced the M4A1 version of the M4 Sherman tank.",
 "In 1878, James Alley contracted the Lima Machine Works to build a steam locomotive that Ephraim Shay had designed. In "
 "April 1880, Lima rebuilt Ephraim Shay's original design, using vertically side-mounted pistons mounted on the right, "
 "connected to a drive line on the outside of the trucks. The Shay was geared down to provide more slow-moving, "
 "pulling ability for use in the lumber industry. The first Shay locomotive was built in 1880; it was such a success "
 "that many people in the lumber industry wanted one. To accommodate the new demand for the locomotive, Shay licensed "
 "the right to build his locomotive to the Lima Machine Works, which expanded and began to ship Shay locomotives to "
 "lumbermen across the frontier. Two years later, locomotives were the main product being produced by the Lima Machine "
 "Works, which would produce over 300 locomotives during the next ten years."]
KEPT["wp-lima-locomotive-works"] = ("lima-enwiki.txt", LL)
R.append(wp("wp-lima-locomotive-works", "Lima Locomotive Works", "https://en.wikipedia.org/wiki/Lima_Locomotive_Works",
 "\n\n".join(LL),
 "railway equipment", ["history", "founding", "products", "licence", "former names"],
 "The lead of the article and the opening of its history as en.wikipedia.org's '= Title =' rendering holds them in the "
 "page store (undated, no revision id held), recorded 4.0 as batches 65h, 67h, 68q, 70p, 70ae and 70ak recorded the "
 "page store's en.wikipedia.org renderings. Cut: the title line '= Lima Locomotive Works ='; the infobox lines from "
 "'Lima Locomotive Works' and '- Industry: Locomotive manufacturing' to '- Hq Location Country: United States' (among "
 "them 'Fate: Merged with Baldwin Locomotive Works in September 1951' and 'Successor: Lima-Hamilton Corporation (July "
 "1947)', which the running text does not reach); the heading '== History =='; the trailing broken sentence ('After a "
 "serious fire, a new shop was opened in 1902 and Shay pro', where the excerpt ends; `truncated`). The rendering prints "
 "no citation marker in the excerpt. Paragraphs joined with blank lines. No word added or changed. Kept as written: "
 "'Lima, Ohio (/\u02c8la\u026am\u0259/ LY-m\u0259)' (the pronunciation as the rendering prints it), 'the Baltimore & Ohio's "
 "Cincinnati-Toledo main line', 'The company produced the Shay geared logging steam locomotive, developed by Ephraim "
 "Shay, and for William E. Woodard's \"Super Power\" advanced steam locomotive concept \u2013 exemplified by the "
 "prototype 2-8-4 Berkshire, Lima demonstrator A-1.' (the revision's broken construction 'and for', an en dash), 'the "
 "M4A1 version of the M4 Sherman tank', 'In April 1880, Lima rebuilt Ephraim Shay's original design', 'Shay licensed "
 "the right to build his locomotive to the Lima Machine Works'. 258 words. No outage and no near-miss of one told (a "
 "contract, a licence and a war's production are business events). Found at rank 2 of the query 'Lima Locomotive Works "
 "Wikipedia Lima Ohio Shay locomotive Ephraim Shay Baldwin-Lima-Hamilton 1950 merger' (round 71b's lead: 'Names "
 "checked with no hit and not queried ... the Lima Locomotive Works'); memim.com (a machine translation from German), "
 "ichacha.net (a list of example sentences), marbk-73r.win (a copy held at another article's address), "
 "american-rails.com (three addresses: a site's own history, no open licence) and steamgiants.com (a site's own "
 "history) not used. Lima Locomotive, Lima Machine, Ephraim Shay, James Alley, Nickel Plate: " + CHECKED + " ('Lima "
 "Locomotive' and 'Nickel Plate' only in GATHERING.md's lists of leads or other matters' notes; 'Lima, Ohio' a place in "
 "another matter; 'Woodard' a surname in another matter; the Baldwin Locomotive Works of round 71b named only in the "
 "cut infobox).", "US"))

# ---- musical instruments, US: Christian Frederick Martin (the-uncensored-wiki.com's copy) ----------------------------
CM = [
 "Christian Frederick Martin, Sr. (German: Christian Friedrich Martin I.; January 31, 1796 \u2013 February 16, 1873) was "
 "a luthier who specialized in guitars.",
 "Born in Markneukirchen, Germany to a family of cabinet makers, Martin became an apprentice of the guitar maker "
 "Johann Stauffer of Vienna, Austria.",
 "As a result of a dispute between the Cabinet Makers Guild, of which Martin was a member, and the Violin Makers Guild, "
 "Martin moved to the United States in 1833. On arriving in New York City , he set up shop at 196 Hudson Street on the "
 "Lower West Side. Martin\u2019s first workshop housed a small production setup in the back room, and a retail music "
 "store up front. This shop was the forerunner of C. F. Martin & Company, which is still family-owned and operated, "
 "whose current CEO is CF Martin's great-great-great grandson, CF Martin IV as of 2007.",
 "At the insistence of his wife, Ottilie Lucia K\u00fchler (daughter of well-known guitarmaker Karl K\u00fchler of "
 "Vienna), Martin moved the guitar shop in 1838 to Nazareth, Pennsylvania where it is still located.",
 "Martin's guitar construction and design innovations produced a model of flattop guitar that is still in use today."]
KEPT["wp-christian-frederick-martin"] = ("cfmartin-uncensored.txt", CM)
R.append(wp("wp-christian-frederick-martin", "Christian Frederick Martin",
 "http://the-uncensored-wiki.com:20082/articles/c/h/r/Christian_Frederick_Martin_64b0.html",
 "\n\n".join(CM),
 "musical instruments", ["history", "founding", "founder", "ceo", "relocation"],
 "The article as the-uncensored-wiki.com holds it in the page store (a site serving static copies of English "
 "Wikipedia; its port-20082 copy; an older revision, about 2007-2008 by its wording: 'whose current CEO is ... CF "
 "Martin IV as of 2007' and references retrieved in 2006 and 2007; no revision id held), recorded CC BY-SA 3.0 as "
 "batch 70ag recorded that site's copy. Cut: the title line 'Christian Frederick Martin'; the site's line 'From "
 "Wikipedia, the free encyclopedia'; the citation markers '[1]', '[2]' and '[3]'; the edit link and heading '[edit] "
 "References' and the three reference lines after it (the excerpt's end; the article's text is whole, `truncated` "
 "false). Paragraphs (single line breaks in the copy) joined with blank lines. No word added or changed. Kept as "
 "written: 'Christian Frederick Martin, Sr. (German: Christian Friedrich Martin I.; January 31, 1796 \u2013 February "
 "16, 1873)' (an en dash), 'Born in Markneukirchen, Germany to a family of cabinet makers' (no comma after 'Germany'), "
 "'On arriving in New York City , he set up shop' (a space before the comma), 'Martin\u2019s first workshop' (a curly "
 "apostrophe beside the straight ones of \"CF Martin's\" and \"Martin's guitar\"), 'whose current CEO is CF Martin's "
 "great-great-great grandson, CF Martin IV as of 2007', 'well-known guitarmaker Karl K\u00fchler', 'Nazareth, "
 "Pennsylvania where it is still located' (no comma). 196 words. No outage and no near-miss of one told (a guild "
 "dispute and a move are no outage). Found at rank 3 of the query 'C. F. Martin & Company Wikipedia guitar "
 "manufacturer Nazareth Pennsylvania Christian Frederick Martin 1833 New York' (an American guitar maker in the lane of "
 "round 71b's Gibson); monkhaus.com (Grove's dictionary, copyrighted), pamarkers.blogspot.com (a blog), "
 "guitarcenter.com (a shop), immigrantentrepreneurship.org (twice: an institute's essay, no open licence), "
 "en.wikipedia.org's 'C. F. Martin & Company' (rank 6: the lead only, a list of eleven guitarists with no post and no "
 "relation in the running text; the executives only in its infobox) and democracyforthecartoons.blogspot.com (a blog "
 "quoting the same revision in part) not used. Christian Frederick Martin, C. F. Martin, C.F. Martin, CF Martin, Martin "
 "Guitar, Markneukirchen, K\u00fchler, Cabinet Makers, Violin Makers, Nazareth, Pennsylvania: " + CHECKED + " ('Stauffer' "
 "only as Stauffer Chemical in GATHERING.md's lists of leads).", "US",
 v3=True, copy_of="an older revision of the Wikipedia article, mirrored at the-uncensored-wiki.com"))
R[-1]["truncated"] = False


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
