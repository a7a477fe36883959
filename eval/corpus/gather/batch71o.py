#!/usr/bin/env python3
"""Batch 71o (session 65; gatherer lane 71o): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n, 65c, 65f, 65l, 65n, 66c, 67ae, 68c, 69aa, 69ag, 70c,
70j, 70o, 70u, 70aa, 70ag, 71c and 71i (the lane of 71c and 71i: English Wikipedia histories of European companies,
founders and executives with posts, acquisitions, parents and subsidiaries; from the leads of rounds 71i and 71c, here
round 71i's best lead, Schichau-Werke, and two German engineering names of round 71i's lead list, Henschel and Orenstein
& Koppel), new to the corpus: the Schichau-Werke (F. Schichau), the engineering works and shipyard founded in 1837 by
Ferdinand Schichau in Elbing, maker of locomotives for the Prussian Eastern Railway and of the Prussian P 8, moved to
Bremerhaven in 1945 (engineering and shipbuilding, Germany); Orenstein & Koppel (O&K), the Berlin engineering company
founded on April 1, 1876 by Benno Orenstein and Arthur Koppel, buyer of Gerlach and König around 1908, its escalator
division spun off to its majority shareholder Friedrich Krupp AG Hoesch-Krupp in 1996 and its construction-equipment
business sold to New Holland Construction in 1999 (engineering, Germany); and Henschel & Son (Henschel und Sohn), the
Kassel maker of locomotives, trucks and tanks founded in 1810 by Georg Christian Carl Henschel, maker of the Panzer I,
the Panzer III and the Tiger tanks (engineering, Germany).
English Wikipedia text, each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole page you did
not see): piglix.com's copies of 'Schichau-Werke' and 'Henschel & Son' (copies of English Wikipedia articles of about
2017, CC BY-SA 3.0; round 71j recorded a piglix copy) and twiki.owiki.org's copy of 'Orenstein & Koppel' (an undated
revision before Wikimedia's June 2023 move by the copy's form, recorded CC BY-SA 3.0); cut at a sentence end before
the point where the excerpt breaks off (`truncated`) or before the copy's closing lines. Edits per item in `notes`
(title and site lines, infobox lines, headings; no word added or changed); `verify()` checks every kept paragraph
against the saved excerpt (/tmp/gather71o/src), citation markers and '[edit]' dropped and whitespace runs compared as
one space, as batch 71i did. No text tells an outage (war damage, a move before a conquest, a spin-off and a sale:
war and business matters, no service lost in the guidelines' sense). newskg (or any extractor) was not run on any
text. A round of three: three queries, three companies asked for, three taken (round notes /tmp/gather71o/NOTES.md;
queries, /tmp/gather71o/src/queries.txt; claims, /work/notes/gather71/CLAIMS.txt).
usage: batch71o.py [POOL_DIR] [--dry]   (default /tmp/gather71o/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71o/pool"
SRC = "/tmp/gather71o/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-65 pools "
           "(/tmp/gather71*/pool) and in /work/notes/gather71/CLAIMS.txt as they stood when checked, and in GATHERING.md "
           "none outside the leads and 'Looked at and not used' paragraphs of earlier rounds (`grep -ril`, file names "
           "only)")
# a citation marker ('[1]', '[citation needed]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")
TYPED = ("The saved excerpt was written from the tool's display of it: a no-break space, if the page had one, is "
         "written as a plain space (the check compares whitespace runs as one space). ")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []


def _text(paras):
    """Paragraphs joined with blank lines, citation markers dropped."""
    return "\n\n".join(MARK.sub("", p) for p in paras)


# ---- engineering and shipbuilding, Germany: Schichau-Werke (piglix.com, about 2017) -------------------------------
SCH = [
 "The Schichau-Werke (German: F. Schichau, Maschinen- und Lokomotivfabrik, Schiffswerft und Eisengie\u00dferei GmbH) was a "
 "German engineering works and shipyard based in Elbing, Germany (now Elbl\u0105g, Poland) on the Frisches Haff (Vistula "
 "Lagoon) of then-East Prussia. It also had a subsidiary shipyard in nearby Danzig (now: Gda\u0144sk, Poland). Due to the "
 "Soviet conquest of eastern Germany, Schichau moved to Bremerhaven in March 1945, and its successors continued in "
 "business until 2009.",
 "Ferdinand Schichau had studied engineering in Berlin, the Rheinland and Great Britain. In 1837, he founded the "
 "engineering institution, later known as F. Schichau GmbH, Maschinen- und Lokomotivfabrik (F. Schichau engineering "
 "and locomotive factory) in Elbing. It started with the production of hydraulic presses and diggers; in 1860, it "
 "began to produce locomotives for the Prussian Eastern Railway. From 1867 locomotive construction began in earnest, "
 "and three years later, the factory was connected to the railway network. In the early 20th century, the firm was "
 "one of several that built the Prussian P 8, the most numerous steam locomotive of its day.",
 "From 1847, Schichau produced steam engines for ships, starting with the engine for the first entirely Prussian-built "
 "steamer James Watt (built by nearby Mitzlaff shipyard). In 1854, Schichau built the shipyard at Elbing, known as the "
 "Elbinger Dampfschiffs-Reederei F. Schichau ('Elbing Steamship Shipping Company F. Schichau'). The first ship launched "
 "was the small steamer Borussia in 1855 \u2013 the first Prussian iron propellor ship. The shipyard was subsequently "
 "expanded, and in 1872 Schichau acquired Mitzlaff's yard."]
KEPT["wp-schichau-werke"] = ("schichau-piglix.txt", SCH)
R.append(wp("wp-schichau-werke", "Schichau-Werke", "http://piglix.com/piglix/Schichau-Werke", _text(SCH),
 "manufacturing/engineering and shipbuilding", ["history", "founding", "products", "shipyards", "relocation"],
 "The article as piglix's copy holds it in the page store (piglix.com, a copy of English Wikipedia articles of about "
 "2017), CC BY-SA 3.0 (round 71j recorded a piglix copy). Cut: the infobox lines at the excerpt's head ('Locomotive "
 "nameplate' to 'About 7,800 when it closed |'); cut after '... in 1872 Schichau acquired Mitzlaff's yard.', before "
 "the sentence the excerpt breaks off in ('From 1877 the shipyard produced ships for the Prussian Navy and export, "
 "becoming specialized in torpedo boats and l'; `truncated`). The copy shows no headings and no citation markers in "
 "this excerpt. Paragraphs joined with blank lines. No word added or changed. Kept as written: 'then-East Prussia', "
 "'(now: Gda\u0144sk, Poland)', 'the first Prussian iron propellor ship' ('propellor'), the en dash before it, "
 "\"Schichau acquired Mitzlaff's yard\". " + TYPED + "No outage and no near-miss of one told (a move before a "
 "conquest is no service lost). Found at rank 1 of the query 'Schichau-Werke Ferdinand Schichau Elbing shipyard "
 "locomotives history' (round 71i's best lead 'Schichau-Werke'); de.zxc.wiki (rank 2; a machine translation of the "
 "German article), wiki-gateway.eudic.net (rank 3; a revision opening with a wartime forced-labour paragraph before "
 "the history, breaking off earlier in it), en.wikipedia-on-ipfs.org (rank 4; the same history with the infobox in "
 "the text and citation markers), desv.xcv.wiki, denl.abcdef.wiki and deit.xcv.wiki (ranks 5-7; machine "
 "translations) and en.wikipedia.org's rendering (rank 8; a later revision, 'on the Vistula Lagoon', breaking off "
 "one sentence earlier) not used. Schichau, Elbing, Mitzlaff: " + CHECKED + " ('Schichau' and 'Mitzlaff' only in "
 "GATHERING.md's leads and notes of round 71i).",
 "non-US", v3=True))

# ---- engineering, Germany: Orenstein & Koppel (twiki.owiki.org) ---------------------------------------------------
OK = [
 "Orenstein & Koppel was a major German engineering company specialising in railway vehicles, escalators, and heavy "
 "equipment. It was founded on April 1, 1876 in Berlin by Benno Orenstein and Arthur Koppel.",
 "Originally a general engineering company, O&K soon started to specialise in the manufacture of railway vehicles. "
 "The company also manufactured heavy equipment and escalators. O&K pulled out of the railway business in 1981. Its "
 "escalator-manufacturing division was spun off to the company's majority shareholder at the time, Friedrich Krupp AG "
 "Hoesch-Krupp, in 1996, leaving the company to focus primarily on construction machines. The construction-equipment "
 "business was sold to New Holland Construction, at the time part of the Fiat Group, in 1999.",
 "The Orenstein & Koppel Company was a mechanical-engineering firm that first entered the railway-construction field, "
 "building locomotives and other railroad cars.",
 "First founded in 1892 in Schlachtensee, in the Zehlendorf district of Berlin, and known as the M\u00e4rkische "
 "Lokomotivfabrik, the O&K factories expanded to supply the Imperial German Army under Kaiser Wilhelm II with "
 "field-service locomotives, or Feldbahn. O&K supplied all manner of railway equipment to the Army. Because of "
 "strained capacity at the Schlachtensee shops, work transferred in 1899 to a site in Nowawes, later Babelsberg, near "
 "Potsdam. Around 1908, O&K acquired the firm of Gerlach and K\u00f6nig in Nordhausen, building petrol and diesel "
 "locomotives there under the trade mark \"Montania\".",
 "O&K expanded to build freight and passenger cars, and above all, excavators for construction. The company also "
 "built other heavy equipment, including graders, dump trucks, forklift trucks, compressors, crawler loaders, wheeled "
 "loaders, road rollers, and truck cranes.",
 "The company also began manufacturing escalators, transmissions, rapid-transit railway lines, buses, tractors, and "
 "cargo ships."]
KEPT["wp-orenstein-koppel"] = ("orenstein-koppel-owiki.txt", OK)
R.append(wp("wp-orenstein-koppel", "Orenstein & Koppel", "http://twiki.owiki.org/wiki/Orenstein_%26amp%3B_Koppel",
 _text(OK),
 "manufacturing/engineering", ["history", "founding", "acquisitions", "ownership", "divestitures", "products"],
 "The article as twiki.owiki.org's copy holds it in the page store (a site serving copies of English Wikipedia; an "
 "undated revision, recorded CC BY-SA 3.0 as round 71i recorded owiki.org's copies before June 2023; the address "
 "writes the title's ampersand as '%26amp%3B'). Cut: the title line 'Orenstein & Koppel'; the headings 'Founding and "
 "railway work' and 'Diversification'; cut after '... buses, tractors, and cargo ships.', before the words the "
 "excerpt breaks off on ('Passenger liners, shipb'; `truncated`). The copy shows no citation markers in this "
 "excerpt. Paragraphs joined with blank lines as the copy's lines run (its two paragraphs under each heading kept "
 "apart). No word added or changed. Kept as written: 'specialising', 'O&K' beside 'Orenstein & Koppel' and 'The "
 "Orenstein & Koppel Company', 'Friedrich Krupp AG Hoesch-Krupp', 'Nowawes, later Babelsberg', 'the trade mark "
 "\"Montania\"' (straight quotes). " + TYPED + "No outage and no near-miss of one told (a spin-off, a sale and "
 "'strained capacity' are business matters). Found at rank 4 of the query 'Orenstein & Koppel company history Berlin "
 "founded 1876 Benno Orenstein' (a name of round 71i's lead list, 'Orenstein & Koppel'); buecher.de (rank 1; a "
 "bookshop's page, German), de.zxc.wiki (rank 2; a machine translation), image.absoluteastronomy.com (rank 3; the same "
 "article with words broken across lines and a sentence cut at its start), deutsche-biographie.de (rank 5; German), "
 "berlingeschichte.de (rank 6; German), deit.qaz.wiki (rank 7; a machine translation) and profilpelajar.com (rank 8; "
 "Italian) not used. Orenstein, Koppel, Gerlach, Montania, M\u00e4rkische, Schlachtensee: " + CHECKED + " ('Orenstein' "
 "only in GATHERING.md's leads and notes of round 71i and inside another name, 'Borenstein'; 'Krupp', 'Hoesch', 'New "
 "Holland' and 'Fiat' in other texts on other matters, here only as the shareholder, the buyer of a business and its "
 "group).",
 "non-US", v3=True))

# ---- engineering, Germany: Henschel & Son (piglix.com, about 2017) ------------------------------------------------
HS = [
 "Henschel & Son (German: Henschel und Sohn) was a German company, located in Kassel, best known during the 20th "
 "century as a maker of transportation equipment, including locomotives, trucks, buses and trolleybuses, and armoured "
 "fighting vehicles and weapons.",
 "Georg Christian Carl Henschel founded the factory in 1810 at Kassel. His son Carl Anton Henschel founded another "
 "factory in 1837. In 1848, the company began manufacturing locomotives. The factory became the largest locomotive "
 "manufacturer in Germany by the 20th century. Henschel built 10 articulated steam trucks, using Doble steam designs, "
 "for Deutsche Reichsbahn railways as delivery trucks. Several cars were built as well, one of which became Hermann "
 "G\u00f6ring's staff car. In 1935 Henschel was able to upgrade its various steam locomotives to a high-speed Streamliner "
 "type with a maximum speeds of up to 140 km/h (87 mph) by the addition of a removable shell over the old steam "
 "locomotive.",
 "Early in 1935, Henschel began manufacturing Panzer I tanks. During World War II, the firm was responsible for "
 "license production of the Dornier Do 17Z medium bomber, and in 1939\u20131940 it began large-scale production of the "
 "Panzer III. Henschel was the sole manufacturer of the Tiger I and Tiger II. In 1945, the company had 8000 workers "
 "working in two shifts each of 12 hours, and forced labour was used extensively. The company's factories were among "
 "the most important bomber targets and were nearly completely destroyed, although throughout the war they did "
 "manufacture narrow gauge locomotives."]
KEPT["wp-henschel-son"] = ("henschel-piglix.txt", HS)
R.append(wp("wp-henschel-son", "Henschel & Son", "http://piglix.com/piglix/Henschel_%26_Son", _text(HS),
 "manufacturing/engineering", ["history", "founding", "products", "armaments", "wartime production"],
 "The article as piglix's copy holds it in the page store (piglix.com, a copy of English Wikipedia articles of about "
 "2017), CC BY-SA 3.0 (round 71j recorded a piglix copy). Cut: the site line '*** Welcome to piglix ***'; the title "
 "line 'Henschel & Son'; the infobox lines ('Henschel & Son; Henschel Works' to 'Headquarters Kassel, Germany'); the "
 "copy's closing lines ('...', 'Wikipedia', '...'), where the excerpt ends, the kept text ending at a "
 "paragraph end (`truncated`: the excerpt is a part of the article). The copy shows no headings and no citation markers in this excerpt. "
 "Paragraphs joined with blank lines. No word added or changed. Kept as written: 'Henschel und Sohn', 'using Doble "
 "steam designs', 'with a maximum speeds of up to 140 km/h (87 mph)', 'license production', '1939\u20131940' (en dash), "
 "'8000 workers'. " + TYPED + "No outage and no near-miss of one told beyond war damage ('nearly completely "
 "destroyed' as bomber targets: a physical matter, not a service lost). Found at rank 6 of the query 'Henschel & Son "
 "Kassel company history locomotives founded 1810' (a name of round 71i's lead list, 'Henschel'); wikioo.org (rank 1; "
 "Spanish), made-in-hessen.online (rank 2; German), it.m.wikipedia.org (rank 3; an Italian diff), globalsecurity.org "
 "(rank 4; its own text), fotocommunity.fr (rank 5; German), kiwix.haohe.fun's 2024-01 copy (rank 7; image captions "
 "inside the text, a CC BY-SA 4.0 revision) and orka.bibliothek.uni-kassel.de (rank 8; a 1910 German festschrift) not "
 "used. Henschel, Doble, Reichsbahn, G\u00f6ring: " + CHECKED + " ('Henschel' only in GATHERING.md's leads and notes of "
 "earlier rounds; 'Panzer' and 'Tiger I' in one other text on another matter (a game publisher's titles); 'Kassel' "
 "in one other text on another matter; 'Dornier' only in GATHERING.md's leads, here only inside a product name).",
 "non-US", v3=True))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [2]', '[edit]', '[citation needed]'), whitespace runs
    as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|edit|citation needed)\s*\]", "", s).split())


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
