#!/usr/bin/env python3
"""Batch 69ag (session 63; gatherer lane 69ag): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n, 65c, 65f, 65l, 65n, 66c, 67ae and 68c, turned to
European companies (the lane of 69ag: English Wikipedia histories of European companies, founders and executives with
posts, acquisitions, parents and subsidiaries; from the leads of rounds 69aa, 69u and 69o, whose free names Caudron,
Nieuport and Voisin (69aa's 'not searched' list) were taken), new to the corpus: the Soci\u00e9t\u00e9 des Avions Caudron,
founded in 1909 as the Association A\u00e9roplanes Caudron Fr\u00e8res by the brothers Gaston and Ren\u00e9 Caudron, a
subsidiary of Renault from 1933; Nieuport (Nieuport-Delage), formed as Nieuport-Duplex in 1902, re-formed as the
Soci\u00e9t\u00e9 G\u00e9n\u00e9rale d'A\u00e9ro-locomotion and Nieuport et Deplante, taken over by Henri Deutsch de la Meurthe in
1911; and Voisin, the Soci\u00e9t\u00e9 Anonyme des A\u00e9roplanes G. Voisin, established in 1906 by Gabriel Voisin and his
brother Charles as the Appareils d'Aviation Les Fr\u00e8res Voisin, after Gabriel's partnership with Louis Bl\u00e9riot
(aircraft, France).
English Wikipedia text, each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole page you did
not see): en.wikipedia.org's current page ('Caudron', a '= Title =' rendering, CC BY-SA 4.0), w.owiki.org's mirror of
'Nieuport' (undated, recorded CC BY-SA 3.0 as an older revision: 'reformed' and 'producing was fitted' where the
current page reads 're-formed') and piglix's copy of 'Voisin (aircraft)' (at the address 108.161.137.60/piglix,
undated, about 2017, CC BY-SA 3.0); all three cut at a sentence end before the point where the excerpt breaks off
(`truncated`). Edits per item in `notes` (title lines, infobox lines, headings, a site banner; no word added or
changed); `verify()` checks every kept paragraph (or kept piece) against the saved excerpt (/tmp/gather69ag/src),
citation markers ('[1]', '[edit]') dropped and whitespace runs compared as one space, as batches 57g-69aa did. No text
tells an outage or a near-miss of one. newskg (or any extractor) was not run on any text. A round of three: eleven
queries, eleven companies asked for, three taken (round notes /tmp/gather69ag/NOTES.md; queries,
/tmp/gather69ag/src/queries.txt; claims, /work/notes/gather69/CLAIMS.txt).
usage: batch69ag.py [POOL_DIR] [--dry]   (default /tmp/gather69ag/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69ag/pool"
SRC = "/tmp/gather69ag/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-63 pools (/tmp/gather69*/pool) and in /work/notes/gather69/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")
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


# ---- aircraft, France: Caudron (en.wikipedia.org) ------------------------------------------------------------------
CAUDRON = [
 "The Soci\u00e9t\u00e9 des Avions Caudron was a French aircraft company founded in 1909 as the Association A\u00e9roplanes "
 "Caudron Fr\u00e8res by brothers Gaston and Ren\u00e9 Caudron. It was one of the earliest aircraft manufacturers in France "
 "and produced planes for the military in both World War I and World War II. From 1933 onwards, it was a subsidiary "
 "of Renault.",
 "Born in Favi\u00e8res, Somme to parents who farmed nearby in Romiotte, the Caudron brothers were educated at a college in "
 "Abbeville. Gaston, as Alphonse was always known, intended to become an engineer but his education was cut short by "
 "health problems; Ren\u00e9 was interested in the development of mechanics and was a sportsman. After military service "
 "in an artillery regiment, they returned to work on the farm.",
 "They began to build their first aircraft, a large biplane, in August 1908. Initially unable to obtain an engine, "
 "they flew it as a glider, towed by a horse, and tested it through the summer. In September 1909, they finally flew "
 "it under power. By April 1910, they were able to make a return flight of 10 km to Forest-Montiers.",
 "Gaston Caudron died in an aircraft accident on 15 December 1915 at the airfield at Bron. Ren\u00e9 continued in the "
 "aircraft business until the fall of France at the start of World War II. He died in 1959.",
 "Needing a more convenient base than the farm, the brothers established their factory in nearby Le Crotoy, on the "
 "eastern side of the Somme estuary about 16 km from Abbeville and with a broad, flat, firm, south facing beach ideal "
 "for flying. They set up a flying school there which was functioning by 19 May 1910. This activity flourished and by "
 "early 1913 a second school had been set up at Port-Aviation (often called \"Juvisy Airfield\") in Viry-Ch\u00e2tillon "
 "with a combined capacity of 100 to 250. The War Ministry sent about 30 student pilots there in 1913."]
KEPT["wp-caudron"] = ("caudron-enwiki.txt", _pieces(CAUDRON))
R.append(wp("wp-caudron", "Caudron", "https://en.wikipedia.org/wiki/Caudron", _text(CAUDRON),
 "manufacturing/aircraft", ["history", "founding", "ownership"],
 "The current article as en.wikipedia.org serves it, in the page store as a plain rendering (title line '= ... =', "
 "headings '==...=='; no revision id held; a recent article, recorded CC BY-SA 4.0). Cut: the title line '= Caudron "
 "='; the headings '==Alphonse (Gaston) (1882\u20131915) and Ren\u00e9 Caudron (1884\u20131959)==' and '==Caudron Fr\u00e8res and "
 "Caudron-Renault==' (so the years 1882 and 1884 and the name 'Caudron-Renault' are not in the text; cut as batches "
 "57p-69aa cut headings); cut after '... sent about 30 student pilots there in 1913.', before the sentence the excerpt "
 "breaks off in ('By then the company was base', no full stop; `truncated`; a cut at a sentence end). The rendering "
 "has no citation markers in this excerpt and no infobox. Paragraphs joined with blank lines, as on the page. No word "
 "added or changed. Kept as written: 'founded in 1909 as the Association A\u00e9roplanes Caudron Fr\u00e8res by brothers "
 "Gaston and Ren\u00e9 Caudron.' (no 'the' before 'brothers'), 'From 1933 onwards, it was a subsidiary of Renault.', "
 "'Gaston, as Alphonse was always known,' (as the page has it), 'a return flight of 10 km to Forest-Montiers.', 'by "
 "early 1913 a second school had been set up at Port-Aviation (often called \"Juvisy Airfield\") in "
 "Viry-Ch\u00e2tillon'. " + TYPED + "321 words. No outage and no near-miss of one told (Gaston Caudron's fatal accident "
 "is an air crash, no service). Recorded CC BY-SA 4.0 (the current page). Found at rank 2 of the query 'Caudron "
 "French aircraft company founded by brothers Gaston Ren\u00e9 Caudron Renault acquired 1933 Wikipedia' (Caudron: a "
 "name of round 69aa's 'not searched' list); aircraft-in-focus.com (rank 1, a site's own summary), a Grok-written "
 "page on railway.app (rank 3, not Wikipedia), wikimili.com's copy of the same article (rank 4, shorter in the "
 "excerpt; the current page taken), de.wiki.li (rank 5, the German article), janes.migavia.com (rank 6, a "
 "reference-book text), ephemeridesalcide.com (rank 7, French) and the IPFS snapshot's older copy (rank 8) not used. "
 "Caudron, Le Crotoy, Romiotte, Favi\u00e8res, Abbeville, Viry-Ch\u00e2tillon, Port-Aviation: " + CHECKED + " (Renault "
 "stands in other texts, their own matters: train wp-renault-trucks, wp-mack-trucks and others).",
 "non-US", v3=False, copy_of="the Wikipedia article (current page)"))

# ---- aircraft, France: Nieuport (w.owiki.org's mirror) --------------------------------------------------------------
NIEUPORT = [
 "Nieuport, later Nieuport-Delage, was a French aeroplane company that primarily built racing aircraft before World "
 "War I and fighter aircraft during World War I and between the wars.",
 "Originally formed as Nieuport-Duplex in 1902 for the manufacture of engine components the company was reformed in "
 "1909 as the Soci\u00e9t\u00e9 G\u00e9n\u00e9rale d'A\u00e9ro-locomotion, and its products were marketed to the aviation industry, "
 "including ignition components. During this time they built their first aircraft, a small single-seat pod and boom "
 "monoplane. This was destroyed shortly after having been flown successfully, during the Great Flood of Paris in "
 "1909. A second design flew before the end of 1909 and had the essential form of modern aircraft, including an "
 "enclosed fuselage with the pilot protected from the slipstream and a horizontal tail whose aerodynamic force acted "
 "downwards, balancing the weight of the engine ahead of the center of gravity, as opposed to upwards as on "
 "contemporaries such as the Bl\u00e9riot XI.",
 "Nieuport had trouble obtaining suitable engines for their early designs and resorted to making their own. In 1910 "
 "a twin-cylinder horizontally-opposed type producing was fitted to the Nieuport II and proved successful.",
 "In 1911, the company was reformed specifically to build aircraft while continuing to build components including "
 "propellers under the name Nieuport et Deplante. In 1911, Edouard Nieuport, who was one of several aviation minded "
 "brothers, died after being thrown from his aircraft, and the company was taken over by Henri Deutsch de la Meurthe, "
 "a famous supporter of aviation development. With his financing, the name was changed to Soci\u00e9t\u00e9 Anonyme des "
 "\u00c9tablissements Nieuport, and development of existing designs was continued."]
KEPT["wp-nieuport"] = ("nieuport-owiki.txt", _pieces(NIEUPORT))
R.append(wp("wp-nieuport", "Nieuport", "http://w.owiki.org/wiki/Nieuport", _text(NIEUPORT),
 "manufacturing/aircraft", ["history", "founding", "ownership"],
 "The article as w.owiki.org's mirror of English Wikipedia holds it (undated; an older revision by its wording, "
 "'reformed' where the current en.wikipedia.org page in the same results reads 're-formed', and 'Edouard Nieuport, "
 "who was one of several aviation minded brothers' without the years '(1875\u20131911)' the current page adds; recorded CC "
 "BY-SA 3.0 as before Wikimedia's June 2023 move to 4.0, as round 69ab recorded its owiki.org copy). Cut: the title "
 "line 'Nieuport'; the headings 'History' and 'Beginnings'; cut after '... development of existing designs was "
 "continued.', before the sentence the excerpt breaks off in ('A second of the brothers, Charles Nieuport, died in "
 "another accident in 1912 ... the Swiss engineer Franz Schneider, better known for his', no full stop; `truncated`; "
 "a cut at a sentence end, so Charles Nieuport and Franz Schneider are not in the text). No infobox and no citation "
 "markers in this excerpt. The mirror's paragraphs after the first heading are separated by single line breaks; "
 "joined here with blank lines (whitespace only). No word added or changed. Kept as written: 'Originally formed as "
 "Nieuport-Duplex in 1902 for the manufacture of engine components the company was reformed in 1909' (no comma after "
 "'components'), 'In 1910 a twin-cylinder horizontally-opposed type producing was fitted to the Nieuport II' (the "
 "power figure lost in the copy, as written), 'Edouard Nieuport, who was one of several aviation minded brothers, "
 "died after being thrown from his aircraft, and the company was taken over by Henri Deutsch de la Meurthe', 'With "
 "his financing, the name was changed to Soci\u00e9t\u00e9 Anonyme des \u00c9tablissements Nieuport'. " + TYPED + "268 words. "
 "No outage and no near-miss of one told (the Great Flood of Paris destroyed an aircraft, no service). Found at rank "
 "8 of the query 'Nieuport French aeroplane company founded \u00c9douard Nieuport Henri Deutsch de la Meurthe "
 "Nieuport-Delage Wikipedia' (Nieuport: a name of round 69aa's 'not searched' list); freeflightarchive.com (rank 1, "
 "the article's words on a club site with no licence named), piglix.com's copy (rank 2, the same words to the name "
 "change; the owiki copy taken for its fuller excerpt), linen.miraheze.org (rank 3, another wiki), en.wikipedia.org's "
 "current page (rank 4, breaking off at 'a famous sup' before the name change, so the takeover and the new name would "
 "be lost), janes.migavia.com (rank 5, a reference-book text), blidanostalgie.fr (rank 6, French) and all-aero.com "
 "(rank 7, a site's own text) not used. Nieuport, Deutsch de la Meurthe, Deplante, A\u00e9ro-locomotion: "
 + CHECKED + " (Bl\u00e9riot: one hit, in GATHERING.md only).",
 "non-US", v3=True, copy_of="the Wikipedia article (an older revision) via w.owiki.org's mirror"))

# ---- aircraft, France: Voisin (aircraft) (piglix's copy) ------------------------------------------------------------
VOISIN = [
 "Voisin was a French aircraft manufacturing company, one of the first in the world. It was established in 1906 by "
 "Gabriel Voisin and his brother Charles, and was continued by Gabriel after Charles died in an automobile accident "
 "in 1912; the full official company name then became Soci\u00e9t\u00e9 Anonyme des A\u00e9roplanes G. Voisin (English: "
 "Aeroplanes Voisin public limited company). It created Europe's first manned, heavier-than-air powered aircraft "
 "capable of a sustained (1 km), circular, controlled flight, including take-off and landing, the Voisin-Farman I. On "
 "28 December 1909, French aviator M. Albert Kimmerling made the first manned, heavier-than-air powered flight in "
 "South Africa or even Africa in a Voisin 1907 biplane.",
 "During World War I, it was a major producer of military aircraft, notably the Voisin III. After the war Gabriel "
 "Voisin abandoned the aviation industry, and set up a company to design and produce luxury automobiles, called "
 "Avions Voisin.",
 "Gabriel Voisin had been employed by Ernest Archdeacon to work on the construction of gliders and then entered into "
 "partnership with Louis Bl\u00e9riot, to form the company Ateliers d' Aviation Edouard Surcouf, Bl\u00e9riot et Voisin in "
 "1905. Gabriel Voisin bought out Bl\u00e9riot and on 5 November 1906 established the Appareils d'Aviation Les Fr\u00e8res "
 "Voisin with his brother Charles (English: Flying Machines of Voisin Brothers). The company, based in the Parisian "
 "suburb of Billancourt, was the first commercial aircraft factory in the world.",
 "Like many early aircraft companies, Voisin were prepared to build machines to the designs of customers, this work "
 "supporting their own design experiments."]
KEPT["wp-voisin-aircraft"] = ("voisin-piglix.txt", _pieces(VOISIN))
R.append(wp("wp-voisin-aircraft", "Voisin (aircraft)", "http://108.161.137.60/piglix/Voisin_(aircraft)",
 _text(VOISIN), "manufacturing/aircraft", ["history", "founding", "executives"],
 "The article as piglix's copy holds it (piglix, a copy of English Wikipedia articles of about 2017, here served at "
 "the address 108.161.137.60/piglix with its banner '*** Welcome to piglix ***'; undated; recorded CC BY-SA 3.0 as "
 "an older revision, as rounds 69j and 69o recorded piglix copies). Cut: the banner line '*** Welcome to piglix "
 "***'; the title line 'Voisin (aircraft)'; the infobox lines ('Soci\u00e9t\u00e9 Anonyme des A\u00e9roplanes G. Voisin', "
 "'Industry Aerospace', 'Founded 1906', 'Headquarters France', 'Key people', 'Gabriel Voisin', 'Maurice Colieux', so "
 "Maurice Colieux is not in the text; cut as batches 57p-69aa cut their infoboxes); cut after '... supporting their "
 "own design experiments.', before the sentence the excerpt breaks off in ('The company's first customers were a M. "
 "Florencie, ... and Henri Kapferer, for whom they built a pus', no full stop; `truncated`; a cut at a sentence end, "
 "so Florencie and Kapferer are not in the text). No citation markers in this excerpt. Paragraphs joined with blank "
 "lines, as on the page. No word added or changed. Kept as written: 'It was established in 1906 by Gabriel Voisin and "
 "his brother Charles', 'the full official company name then became Soci\u00e9t\u00e9 Anonyme des A\u00e9roplanes G. Voisin "
 "(English: Aeroplanes Voisin public limited company).', 'French aviator M. Albert Kimmerling', 'entered into "
 "partnership with Louis Bl\u00e9riot, to form the company Ateliers d' Aviation Edouard Surcouf, Bl\u00e9riot et Voisin in "
 "1905.' (a space after \"d'\"), 'Gabriel Voisin bought out Bl\u00e9riot and on 5 November 1906 established the Appareils "
 "d'Aviation Les Fr\u00e8res Voisin with his brother Charles (English: Flying Machines of Voisin Brothers).'. " + TYPED +
 "254 words. No outage and no near-miss of one told (Charles's fatal automobile accident is no service). Found at "
 "rank 7 of the query 'Avions Voisin French company founded Gabriel Voisin Charles Voisin Appareils d'Aviation Les "
 "Fr\u00e8res Voisin Wikipedia' (Voisin: a name of round 69aa's 'not searched' list); all-aero.com (ranks 1 and 6, a "
 "site's own text), batona.net (rank 2, Russian), econterms.net (rank 3, the 'Inventing aviation' wiki, another "
 "licence), janes.migavia.com (rank 4, a reference-book text), review.clateway.com and en.wikipedia.org's 'Gabriel "
 "Voisin' (ranks 5 and 8, a person's article, not the company's) not used. Voisin, Archdeacon, Surcouf, Kimmerling, "
 "Bleriot: " + CHECKED + " (Bl\u00e9riot: one hit, in GATHERING.md only; Billancourt stands in dev wp-salmson and batch 68aa, a place in another "
 "company's matter).",
 "non-US", v3=True, copy_of="the Wikipedia article (an older revision, about 2017) via piglix's copy"))


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
