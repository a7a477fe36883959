#!/usr/bin/env python3
"""Batch 70c (session 64; gatherer lane 70c): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n, 65c, 65f, 65l, 65n, 66c, 67ae, 68c, 69aa and 69ag,
turned to European companies (the lane of 70c: English Wikipedia histories of European companies, founders and
executives with posts, acquisitions, parents and subsidiaries; from the leads of rounds 69ag, 69c, 69aa, 69u, 69o and
69i, whose free names Hanriot and Morane-Saulnier (69ag's 'not checked or searched' list) and Delaunay-Belleville (69c's
and 69o's 'not searched' lists) were taken), new to the corpus: Hanriot (Aéroplanes Hanriot et Cie.), founded by René
Hanriot in 1910 as The Monoplans Hanriot Company Ltd., merged with Farman in 1936 into the Société Nationale de
Constructions Aéronautiques du Centre (SNCAC); Aéroplanes Morane-Saulnier, formed in October 1911 by Raymond Saulnier
and the Morane brothers Leon and Robert, after the brothers' Morane company (Morane-Borel, their partnership with
Gabriel Borel) (aircraft, France); and Automobiles Delaunay-Belleville of St. Denis sur Seine, the S.A. des Automobiles
Delaunay-Belleville formed in 1903 by Louis Delaunay and Marius Barbarou (luxury cars, France).
English Wikipedia text, each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole page you did
not see): piglix's copies of 'Hanriot' and 'Morane-Saulnier' (piglix.com, undated, about 2017, CC BY-SA 3.0 as an
older revision) and the-uncensored-wiki.com's copy of 'Delaunay-Belleville' (port 20082, an old revision of about
2008, recorded CC BY-SA 3.0 as rounds 31j and 69o recorded that site's copies); all three cut at a sentence end
before the point where the excerpt breaks off (`truncated`) or before the copy's trailing headings. Edits per item in
`notes` (infobox lines, title and site lines, captions, headings; no word added or changed); `verify()` checks every
kept paragraph against the saved excerpt (/tmp/gather70c/src), citation markers ('[1]', '[edit]') dropped and
whitespace runs compared as one space, as batches 57g-69ag did. No text tells an outage or a near-miss of one. newskg
(or any extractor) was not run on any text. A round of three: six queries, five companies asked for, three taken (round
notes /tmp/gather70c/NOTES.md; queries, /tmp/gather70c/src/queries.txt; claims, /work/notes/gather70/CLAIMS.txt).
usage: batch70c.py [POOL_DIR] [--dry]   (default /tmp/gather70c/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70c/pool"
SRC = "/tmp/gather70c/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-64 pools "
           "(/tmp/gather70*/pool) and in /work/notes/gather70/CLAIMS.txt as they stood when checked (`grep -ril`, file "
           "names only); in GATHERING.md only in earlier rounds' lists of leads")
# a citation marker ('[1]', ' [2]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")
TYPED = ("The saved excerpt was written from the tool's display of it: a no-break space, if the page had one, is "
         "written as a plain space (the check compares whitespace runs as one space). ")

KEPT = {}   # id -> (saved excerpt's file, paragraphs or pieces kept, as written in the excerpt)
R = []


def _text(paras):
    """Paragraphs joined with blank lines; a paragraph given as a tuple is its pieces joined as they stand (a cut
    inside the paragraph between them), citation markers dropped."""
    return "\n\n".join(MARK.sub("", "".join(p) if isinstance(p, tuple) else p) for p in paras)


def _pieces(paras):
    return [q for p in paras for q in (p if isinstance(p, tuple) else (p,))]


# ---- aircraft, France: Hanriot (piglix's copy) ----------------------------------------------------------------------
HANRIOT = [
 "A\u00e9roplanes Hanriot et Cie. or simply 'Hanriot' was a French aircraft manufacturer with roots going back to the "
 "beginning of aviation. Founded by Ren\u00e9 Hanriot in 1910 as The Monoplans Hanriot Company Ltd. the company survived "
 "in different forms until 1916 when it established itself with the Hanriot-Dupont (HD.) fighters and observation "
 "aircraft. The company lasted through several takeovers and structural changes until in 1936 it merged with Farman to "
 "become the Soci\u00e9t\u00e9 Nationale de Constructions A\u00e9ronautiques du Centre (SNCAC). 'Central Air Works' consortium.",
 "Hanriot aeroplanes included pre-war monoplanes with boat-like fuselages, the HD.1 and 2 World War I biplane fighters, "
 "the HD.14 trainer, and the H.220 series of twin-engined heavy fighters that eventually evolved in the SNCAC 600 "
 "fighter just before World War II.",
 "The company's main bases of operations were B\u00e9theny (a suburb of Reims) Boulogne-Billancourt, "
 "Carri\u00e8res-sur-Seine and Bourges.",
 "Ren\u00e9 Hanriot, a builder and racer of motor boats and a race car driver for the Darracq motor company, built his "
 "first aircraft in 1907, although it did not fly until late 1909. It was a monoplane with a wire-braced wooden "
 "fuselage resembling the Bl\u00e9riot XI but was almost immediately superseded by a series of similar monoplanes, which "
 "were exhibited at the Brussels Salon d'Automobiles, d'Aeronautique, du Cycles et dus Sports in January 1910. These "
 "featured a slender wooden monocoque fuselage and were powered by a 20 hp Darracq and a 40 hp Gyp. and a handful were "
 "built. Together with Darracq racing colleague Louis Wagner, Hanriot started a flying school at B\u00e9theny near Reims, "
 "where the Hanriot factory was located."]
KEPT["wp-hanriot"] = ("hanriot-piglix.txt", _pieces(HANRIOT))
R.append(wp("wp-hanriot", "Hanriot (aircraft company)", "http://piglix.com/piglix/Hanriot", _text(HANRIOT),
 "manufacturing/aircraft", ["history", "founding", "ownership"],
 "The article as piglix's copy holds it (piglix.com, a copy of English Wikipedia articles of about 2017; undated; "
 "recorded CC BY-SA 3.0 as an older revision, as rounds 69j, 69o and 69ag recorded piglix copies; the article's title "
 "'Hanriot (aircraft company)', as en.wikipedia.org's own page in the same results names it). Cut: the infobox lines "
 "('Industry | Aeronautics, defence |' to 'Products | Aircraft |', with 'Founded | 1907 |', 'Founder | Ren\u00e9 Hanriot |' "
 "and 'Defunct | 1936 |'; cut as batches 57p-69ag cut their infoboxes); cut after '... where the Hanriot factory was "
 "located.', before the sentence the excerpt breaks off in ('Unusu', no full stop; `truncated`; a cut at a sentence "
 "end). The copy has no title line in this excerpt and no citation markers. Paragraphs (single line breaks in the "
 "copy) joined with blank lines (whitespace only). No word added or changed. Kept as written: 'A\u00e9roplanes Hanriot et "
 "Cie. or simply 'Hanriot' was a French aircraft manufacturer', 'Founded by Ren\u00e9 Hanriot in 1910 as The Monoplans "
 "Hanriot Company Ltd. the company survived' (no comma), 'it merged with Farman to become the Soci\u00e9t\u00e9 Nationale de "
 "Constructions A\u00e9ronautiques du Centre (SNCAC). 'Central Air Works' consortium.' (a fragment, as the copy has it), "
 "'evolved in the SNCAC 600 fighter', 'B\u00e9theny (a suburb of Reims) Boulogne-Billancourt' (no comma), 'd'Aeronautique, "
 "du Cycles et dus Sports' and 'a 40 hp Gyp. and a handful were built.' (as written). " + TYPED + "262 words. No outage "
 "and no near-miss of one told. Found at rank 1 of the query 'Hanriot French aircraft manufacturer Ren\u00e9 Hanriot "
 "company history Wikipedia' (Hanriot: a name of round 69ag's 'not checked or searched' list); pt.wikipedia.org's and "
 "pt.frwiki.wiki's 'Ren\u00e9 Hanriot' (ranks 2 and 8, Portuguese, a person's article), en.wikipedia.org's older "
 "rendering (rank 3, breaking off in the first history paragraph, before the flying school; piglix's copy taken for "
 "its fuller excerpt), wikisum.wiki (rank 4, shuffled sentences), everything.explained.today (rank 5, the same words "
 "with a '[1]' marker; piglix's copy taken as the corpus's usual copy), a Polish copy of the French person's article "
 "(rank 6) and 5.180.24.3's copy (rank 7, a site with no licence shown) not used. Hanriot, B\u00e9theny, "
 "Carri\u00e8res-sur-Seine, SNCAC, Louis Wagner: " + CHECKED + " (Darracq stands in train wp-darracq and other texts, "
 "its own matter, here only as the maker René Hanriot raced for and an engine; Farman in two corpus texts, other "
 "matters, here only as the merger partner).",
 "non-US", v3=True, copy_of="the Wikipedia article (an older revision, about 2017) via piglix's copy"))

# ---- aircraft, France: Morane-Saulnier (piglix's copy) --------------------------------------------------------------
MORANE = [
 "A\u00e9roplanes Morane-Saulnier is a French aircraft manufacturing company formed in October 1911 by Raymond Saulnier "
 "(1881\u20131964) and the Morane brothers, Leon (1885\u20131918) and Robert (1886\u20131968). The company was taken over and "
 "diversified in the 1960s.",
 "Morane-Saulnier's first product was the Model A, a development of a monoplane design produced by the Morane company "
 "(sometimes called Morane-Borel, from the brothers partnership with Gabriel Borel). Using a wing-warping mechanism for "
 "control, this was the type in which Jules V\u00e9drines won the Paris-Madrid race on May 26, 1911.",
 "Morane-Saulnier's first commercially successful design was the Morane-Saulnier G, a wire-braced shoulder-wing "
 "monoplane with wing warping. This led to the development of a series of aircraft and was very successful in racing "
 "and setting records. The Type G was a 2-seater, and was reduced slightly in size to produce the Morane-Saulnier H, a "
 "single-seater, and was given a faired fuselage to produce the Morane-Saulnier N single-seat fighter. The "
 "Morane-Saulnier H was modified so that its wings were mounted parasol fashion, above the fuselage to afford the "
 "observer a better view, creating the Morane-Saulnier L. The L was then fitted with a faired fuselage as on the N and "
 "ailerons to make the Morane-Saulnier LA, which was then completely redesigned (though looking very similar) to make "
 "the Morane-Saulnier P which would be the basis for a whole family of aircraft developed in the '20s. The Type N was "
 "developed into the larger and more powerful Morane-Saulnier I and the very similar Morane-Saulnier V, but these were "
 "not successful, being too powerful and having inadequate controls. The V was then redesigned to create the "
 "Morane-Saulnier AC which substituted ailerons for wing warping and had a strut-braced wing."]
KEPT["wp-morane-saulnier"] = ("morane-saulnier-piglix.txt", _pieces(MORANE))
R.append(wp("wp-morane-saulnier", "Morane-Saulnier", "http://piglix.com/piglix/Morane-Saulnier", _text(MORANE),
 "manufacturing/aircraft", ["history", "founding", "products"],
 "The article as piglix's copy holds it (piglix.com, a copy of English Wikipedia articles of about 2017; undated; "
 "recorded CC BY-SA 3.0 as an older revision, as rounds 69j, 69o and 69ag recorded piglix copies). The excerpt starts "
 "at the lead (no title line, no infobox). Cut after '... and had a strut-braced wing.', before the sentence the "
 "excerpt breaks off in ('The AC was not particularly successful, ... so the Morane-Saulnier AI was developed, in which "
 "the wing was raised above the', no full stop; `truncated`; a cut at a sentence end, so the Morane-Saulnier AI is not "
 "in the text). No citation markers in this excerpt. Paragraphs (single line breaks in the copy) joined with blank "
 "lines (whitespace only). No word added or changed. Kept as written: 'is a French aircraft manufacturing company "
 "formed in October 1911 by Raymond Saulnier (1881\u20131964) and the Morane brothers, Leon (1885\u20131918) and Robert "
 "(1886\u20131968).' ('Leon' without an accent, as the copy has it), 'The company was taken over and diversified in the "
 "1960s.' (no buyer named), 'the Morane company (sometimes called Morane-Borel, from the brothers partnership with "
 "Gabriel Borel)' (no apostrophe), 'the Paris-Madrid race on May 26, 1911', 'developed in the '20s'. " + TYPED +
 "280 words. No outage and no near-miss of one told. Found at rank 8 of the query 'Morane-Saulnier French aircraft "
 "manufacturer founded 1911 L\u00e9on Morane Robert Morane Raymond Saulnier Wikipedia' (Morane-Saulnier: a name of round "
 "69ag's 'not checked or searched' list and of 69c's and 69o's 'not searched' lists); enpa-capmatifou.com (rank 1, "
 "French), de.zxc.wiki (rank 2, the German article), perceptiopl.com (rank 3, Polish), janes.migavia.com (rank 4, a "
 "reference-book text), aircraft-in-focus.com (rank 5, a site's own text), wikisum.wiki (rank 6, shuffled sentences) "
 "and econterms.net's 'Inventing aviation' wiki (rank 7, another licence) not used. Morane, Saulnier, Borel (as "
 "Gabriel Borel), V\u00e9drines, Puteaux: " + CHECKED + " (Borel: one corpus text, a Wikinews list of names, no "
 "Gabriel Borel).",
 "non-US", v3=True, copy_of="the Wikipedia article (an older revision, about 2017) via piglix's copy"))

# ---- luxury cars, France: Delaunay-Belleville (the-uncensored-wiki.com's copy) --------------------------------------
DELAUNAY = [
 "Automobiles Delaunay-Belleville was a French luxury automobile manufacturer from St. Denis sur Seine, France.",
 "At the beginning of the 20th century they were among the most prestigious cars produced in the world, and perhaps "
 "the most desirable French marque. S.A. des Automobiles Delaunay-Belleville was formed in 1903 by Louis Delaunay and "
 "Marius Barbarou. Barbarou's family owned the boiler making company St. Denis in Belleville, with boiler design "
 "influences inspired by the company. Marius had experience working for Clement, Lorraine-Dietrich and Benz and was "
 "responsible for design and styling.",
 "Most of the models were powered by inline-six engines, with a few four cylinder engines. A pressurized system of "
 "pumps and oil ways for lubrication was one of the first of its kind, most cars of the day having a drip system.",
 "The Delaunay-Belleville were favorite automobiles of Russian Tsar Nicholas II. Other royal owners included King "
 "George I of Greece and King Alphonso XIII of Spain. Jules Bonnot, the famous French anarchist gangster, used a "
 "Delaunay-Belleville for his first hold-up.",
 "By the late 1920s the Delaunay-Belleville had lost its prestige and converted to truck and military vehicles "
 "production."]
KEPT["wp-delaunay-belleville"] = ("delaunay-belleville-uncensored.txt", _pieces(DELAUNAY))
R.append(wp("wp-delaunay-belleville", "Delaunay-Belleville",
 "http://the-uncensored-wiki.com:20082/articles/d/e/l/Delaunay-Belleville_c97d.html", _text(DELAUNAY),
 "manufacturing/automobiles", ["history", "founding"],
 "The article as the-uncensored-wiki.com's copy holds it (a static dump of English Wikipedia served at port 20082, "
 "an old revision of about 2008 by its '[edit]' links and 'From Wikipedia, the free encyclopedia' line; recorded CC "
 "BY-SA 3.0 as rounds 31j and 69o recorded that site's copies). Cut: the title line 'Delaunay-Belleville'; the site "
 "line 'From Wikipedia, the free encyclopedia'; the image caption, given twice ('A Delaunay-Belleville car from tsar "
 "Nicholas II of Russia equipped with Kegresse system (1917).', so 1917, Russia and Kegresse are not in the text); the "
 "trailing headings '[edit] See also' and '[edit] External links' (the excerpt ends there; nothing cut off mid-"
 "sentence). No citation markers. Paragraphs joined with blank lines, as on the page. No word added or changed. Kept as "
 "written: 'S.A. des Automobiles Delaunay-Belleville was formed in 1903 by Louis Delaunay and Marius Barbarou.', "
 "'Barbarou's family owned the boiler making company St. Denis in Belleville' (as the old revision has it), 'Marius had "
 "experience working for Clement, Lorraine-Dietrich and Benz', 'The Delaunay-Belleville were favorite automobiles of "
 "Russian Tsar Nicholas II.', 'King Alphonso XIII of Spain'. " + TYPED + "187 words. No outage and no near-miss of one "
 "told. Found at rank 4 of the query 'Delaunay-Belleville French automobile manufacturer Saint-Denis boilers Louis "
 "Delaunay history' (Delaunay-Belleville: a name of rounds 69c's and 69o's 'not searched' lists); autolifeinfo.com "
 "(rank 1, a site's own text), gracesguide.co.uk (ranks 2 and 3, Grace's Guide, its own licence), geneapictures.fr "
 "(rank 5, French), absoluteastronomy.com (rank 6, the article broken by inserted glosses), franco.wiki and "
 "fr.xcv.wiki (ranks 7 and 8, French) not used. Delaunay, Barbarou, Bonnot: " + CHECKED + " (Lorraine-Dietrich stands "
 "in batch 69c's text, its own matter, here only as Barbarou's earlier employer; Benz and Clement in other texts, here "
 "only as employers).",
 "non-US", v3=True, copy_of="the Wikipedia article (an old revision, about 2008) via the-uncensored-wiki.com's copy"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[edit]', '[ citation needed ]'), whitespace
    runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|edit|citation needed)\s*\]", "", s).split())


def verify():
    """Each kept paragraph (or piece) must occur in the saved excerpt, markers dropped and whitespace runs compared as
    one space; returns problems."""
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
