#!/usr/bin/env python3
"""Batch 68aa (session 62; gatherer lane 68aa): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n, 65c, 65f, 65l, 65n, 66c, 67ae, 68c, 68i, 68o and
68t, turned to European companies (the lane of 68aa: English Wikipedia histories of European companies that name
founders and executives with their posts, plus acquisitions, parents and subsidiaries; from the leads of rounds 68t,
68o and 68i), new to the corpus: N.V. Koolhoven, the Rotterdam aircraft maker of 1926-1940, with Frederick "Frits"
Koolhoven's posts as chief designer of the British Aerial Transport Company and of the N.V. Nationale Vliegtuig
Industrie (N.V.I.), its FK-58, FK-50 and FK-41 and Desoutter's licence for the FK-41 (aircraft, the Netherlands);
Huntley & Palmers, the Reading biscuit maker founded in 1822 by Joseph Huntley as J. Huntley & Son, with Huntley,
Boorne, and Stevens founded by his younger son Joseph, his retirement of 1838, his son Thomas and George Palmer, and
Griffin's Foods' licence (food, UK); and Salmson, the French engineering company established by Emile Salmson in
1890, renamed Emile Salmson & Cie, bought by ITT-LMT in 1962 and by Thomson in 1976, with its car plant directed by
Emile Petit and its Societe des Moteurs Salmson of 1922 (engineering, France).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's own '= Title =' rendering of 'Koolhoven' (undated, recent), piglix.com's
copy of 'Huntley & Palmers' (an older revision, about 2017-2018) and the-uncensored-wiki.com's static copy of
'Salmson' (port 20082, an old copy of about 2006-2007); each cut at a sentence or paragraph end before the point where
the excerpt breaks off (`truncated` for all three: each article goes on). Edits per item in `notes` (site lines, title
lines, infobox lines, headings, captions, edit links and citation markers cut; no word added or changed); `verify()`
checks every kept paragraph against the saved excerpt (/tmp/gather68aa/src), citation markers ('[1]', '[edit]')
dropped and whitespace runs compared as one space, as batches 57g-68t did. No text tells an outage or a near-miss of
one. newskg (or any extractor) was not run on any text. A round of three: five queries, five companies asked for,
three taken (round notes /tmp/gather68aa/NOTES.md; queries, /tmp/gather68aa/src/queries.txt; claims,
/work/notes/gather68/CLAIMS.txt).
usage: batch68aa.py [POOL_DIR] [--dry]   (default /tmp/gather68aa/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68aa/pool"
SRC = "/tmp/gather68aa/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-62 pools "
           "(/tmp/gather68*/pool) and in /work/notes/gather68/CLAIMS.txt as they stood when checked (`grep -ril`, file "
           "names only)")
# a citation marker ('[1]', ' [2]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")
TYPED = ("The saved excerpt was written from the tool's display of it: a no-break space, if the page had one, is "
         "written as a plain space (the check compares whitespace runs as one space). ")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- aircraft, the Netherlands: Koolhoven (en.wikipedia.org's '= Title =' rendering) ------------------------------
KOOLHOVEN = [
 "N.V. Koolhoven was an aircraft manufacturer based in Rotterdam, Netherlands. From its conception in 1926 to its "
 "destruction in the Blitzkrieg in May 1940, the company remained the second major Dutch aircraft manufacturer (after "
 "Fokker). Although many of its aircraft were as unsuccessful economically as they were brilliant from a design "
 "standpoint, the company managed to score several 'hits', amongst them the FK-58 single-seat monoplane fighter, the "
 "FK-50 twin-engine passenger transport, and the FK-41, built in England under licence by Desoutter.",
 "In 1920, aircraft designer Frederick \"Frits\" Koolhoven returned from England to his native Netherlands. The "
 "postwar years had not been good to him; the British Aerial Transport Company for which he was chief designer went "
 "bankrupt and all other manufacturers were struggling for survival too hard to think of hiring. The Netherlands, "
 "Koolhoven hoped, would be better. But there he found that while the Netherlands' new airline KLM was a willing "
 "taker for all the aircraft it could get, the market was almost completely dominated by Fokker. Out of other "
 "options, Koolhoven returned to his old job and worked as an automobile engineer for the Spyker automobile factory.",
 "In 1921, his luck began to change when a group of businessmen founded the N.V. Nationale Vliegtuig Industrie "
 "(\"National Aircraft Industry, Incorporated\") and hired him as their chief designer. The time was still not yet "
 "ripe for a second Dutch aircraft manufacturer and, as with BAT, N.V.I. produced technically advanced designs that "
 "attracted attention from all over the world, but received virtually no orders. The company lasted only four years.",
 "At the demise of N.V.I. Koolhoven had become sufficiently business-aware to convince several of the N.V.I. "
 "shareholders that the company would still be viable, if only he would have complete control of the operations."]
KEPT["wp-koolhoven"] = ("koolhoven-enwiki.txt", KOOLHOVEN)
R.append(wp("wp-koolhoven", "Koolhoven", "https://en.wikipedia.org/wiki/Koolhoven",
 "\n\n".join(MARK.sub("", p) for p in KOOLHOVEN),
 "aerospace/aircraft manufacturing", ["history", "founding", "executives", "licensing", "products"],
 "The article as en.wikipedia.org's own page in its '= Title =' rendering (undated, recent) holds it in the page store "
 "(no revision id held; recorded 4.0). Cut: the title line '= Koolhoven ='; the heading '==History=='; cut after '... "
 "if only he would have complete control of the operations.', before the sentence the excerpt breaks off in ('Enough "
 "of the shareholders agreed and even while N.V.I. was being dissolved, its as', no full stop; `truncated`; a cut "
 "inside a paragraph), so the taking over of N.V.I.'s assets by the new company is not in the text. The rendering has "
 "no infobox and no citation marker in this excerpt. Paragraphs joined with blank lines, as in the page. No word added "
 "or changed. Kept as written: 'N.V. Koolhoven was an aircraft manufacturer based in Rotterdam, Netherlands.', 'the "
 "second major Dutch aircraft manufacturer (after Fokker)', 'several 'hits'' (single quotes), 'the FK-58 single-seat "
 "monoplane fighter, the FK-50 twin-engine passenger transport, and the FK-41, built in England under licence by "
 "Desoutter.', 'aircraft designer Frederick \"Frits\" Koolhoven' (straight double quotes), 'The postwar years had not "
 "been good to him; the British Aerial Transport Company for which he was chief designer went bankrupt' (the "
 "semicolon), 'the Netherlands' new airline KLM', 'the Spyker automobile factory', 'the N.V. Nationale Vliegtuig "
 "Industrie (\"National Aircraft Industry, Incorporated\") and hired him as their chief designer', 'as with BAT, "
 "N.V.I. produced', 'At the demise of N.V.I. Koolhoven had become sufficiently business-aware' (no comma after "
 "'N.V.I.'). " + TYPED + "293 words. No outage and no near-miss of one told (the factory's destruction in the "
 "Blitzkrieg is a war's matter). Found at rank 2 of the query 'Koolhoven Dutch aircraft manufacturer Frederick "
 "Koolhoven founded N.V.I. Wikipedia' (Koolhoven: a lead of round 68t, 'no corpus hit, free to claim'); piglix.com "
 "(rank 1, an older copy of the same article under the title 'Nationale Vliegtuig Industrie': the rendering taken "
 "for its recent text), pinocchiopedia.com (rank 3, the designer's biography 'Frederick Koolhoven', with his posts at "
 "British Deperdussin and Armstrong Whitworth: the company article taken, as round 68t's leads asked), all-aero.com "
 "(rank 4, a reference note), aviastar.org (ranks 5 and 7, a reference note), de.knowledgr.com (rank 6, a German "
 "machine translation) and defzone.net (rank 8, Spanish) not used. Koolhoven, Nationale Vliegtuig Industrie, "
 "Desoutter, Spyker: " + CHECKED + ", GATHERING.md aside, where Koolhoven stood only in earlier rounds' lists and "
 "leads (Fokker, KLM, Rotterdam and England in other texts, other matters).", "non-US"))

# ---- food, UK: Huntley & Palmers (piglix.com's copy) -------------------------------------------------------------
HUNTLEY = [
 "Huntley & Palmers is a British firm of biscuit makers originally based in Reading, Berkshire. The company created "
 "one of the world's first global brands and ran what was once the world\u2019s largest biscuit factory. Over the "
 "years, the company was also known as J. Huntley & Son and Huntley & Palmer.",
 "In 2006, Huntley & Palmers resumed operations and was re-established in Sudbury, Suffolk in 2006. Since 1985, the "
 "New Zealand firm Griffin's Foods makes Huntley and Palmers biscuits under licence.",
 "In 2017 conservators found a 106-year-old fruitcake from the company in the artefacts from Cape Adare. The artefact "
 "is believed to have been part of the rations of Captain Robert Falcon Scott\u2019s Terra Nova Expedition in "
 "1910-1913.",
 "Huntley & Palmers was founded in 1822 by Joseph Huntley as J. Huntley & Son. Initially, the business was a small "
 "biscuit baker and confectioner shop at number 119 London Street. A blue plaque is displayed outside. The building "
 "is now home to Age UK Berkshire. At this time London Street was the main stage coach route from London to Bristol, "
 "Bath and the West Country.",
 "One of the main calling points of the stage coaches was the Crown Inn, opposite Joseph Huntley's shop, and he "
 "started selling his biscuits to the travellers on the coaches. Because the biscuits were vulnerable to breakage on "
 "the coach journey, he started putting them in metal tins. Out of this innovation grew two businesses: Joseph's "
 "biscuit shop that was to become Huntley & Palmers, and Huntley, Boorne, and Stevens, a firm of biscuit tin "
 "manufacturers founded by his younger son, also called Joseph.",
 "In 1838 Joseph Huntley was forced by ill-health to retire, handing control of the business to his older son "
 "Thomas. In 1841, Thomas took as a business partner George Palmer, a distant cousin and member of the Society of "
 "Friends."]
KEPT["wp-huntley-and-palmers"] = ("huntley-piglix.txt", HUNTLEY)
R.append(wp("wp-huntley-and-palmers", "Huntley & Palmers", "http://piglix.com/piglix/Huntley_and_Palmers_Ltd",
 "\n\n".join(MARK.sub("", p) for p in HUNTLEY),
 "food/biscuit manufacturing", ["history", "founding", "licensing", "succession"],
 "The Wikipedia article as piglix.com (a site copying Wikipedia pages, under the title 'Huntley and Palmers Ltd', a "
 "redirect's name) holds it in the page store (no date or revision id held; its text reaches 2017, the fruitcake "
 "found at Cape Adare, with '1910-1913' and no later event: an older revision of about 2017-2018, recorded 3.0 as "
 "batches 25b, 27a and 27d recorded their piglix.com copies; doubtful: undated). Cut: the infobox lines ('Biscuit "
 "maker | |' to 'Website | huntleyandpalmers |', so the headquarters line's 'Sudbury, Suffolk, England' is not in the "
 "text as such; the founder line 'Founder | Joseph Huntley |' cut as batches 57p-68t cut their infoboxes); cut after "
 "'... a distant cousin and member of the Society of Friends.', before the sentence the excerpt breaks off in "
 "('George Palmer soon became the chie', no full stop; `truncated`; a cut inside a paragraph), so George Palmer's "
 "part in the firm and the later history (the King's Road factory, the merger with Peek Frean, Associated Biscuits, "
 "Nabisco, Danone) are not in the text. The copy has no heading and no citation marker in this excerpt. Lines of the "
 "copy joined with blank lines as paragraphs. No word added or changed. Kept as written: 'Huntley & Palmers is a "
 "British firm of biscuit makers originally based in Reading, Berkshire.', 'the world\u2019s largest biscuit "
 "factory' (the curly apostrophe here, straight ones elsewhere: 'world's first global brands', 'Griffin's Foods'), "
 "'J. Huntley & Son and Huntley & Palmer', 'In 2006, Huntley & Palmers resumed operations and was re-established in "
 "Sudbury, Suffolk in 2006.' ('2006' twice, as written), 'Since 1985, the New Zealand firm Griffin's Foods makes "
 "Huntley and Palmers biscuits under licence.' ('makes', 'and', as written), 'In 2017 conservators found' (no "
 "comma), 'Captain Robert Falcon Scott\u2019s Terra Nova Expedition in 1910-1913' (the hyphen), 'at number 119 "
 "London Street' (the current article's number; '72' in older copies), 'The building is now home to Age UK "
 "Berkshire.', 'At this time London Street was' (no comma), 'the Crown Inn, opposite Joseph Huntley's shop', "
 "'Huntley, Boorne, and Stevens, a firm of biscuit tin manufacturers founded by his younger son, also called "
 "Joseph.' ('Boorne', the serial comma), 'In 1838 Joseph Huntley was forced by ill-health to retire, handing control "
 "of the business to his older son Thomas.', 'In 1841, Thomas took as a business partner George Palmer'. " + TYPED +
 "309 words. No outage and no near-miss of one told. Found at rank 5 of the query 'Huntley & Palmers biscuit company "
 "history Joseph Huntley founded Associated Biscuits Wikipedia' (Huntley & Palmers: a lead of round 68t, 'weigh "
 "Nabisco's corpus texts': this excerpt ends before Associated Biscuits and Nabisco); wikimili.com (rank 1, the "
 "current article, breaking off in the second paragraph of its history, before Thomas Huntley and George Palmer), "
 "wikivisually.com (rank 2, the lead and captions run together with a 'biscuit' article), en.wikipedia.org (rank 3, "
 "the '= Title =' rendering with its infobox, breaking off at the Crown Inn), absoluteastronomy.com (ranks 4 and 6, "
 "older copies with glossary text run into the sentences), bahnsport-info.de (rank 7, a proxied copy, the same reach "
 "as rank 1) and commercialoverprints.com (rank 8, a dealer's own summary, no open licence) not used. Huntley & "
 "Palmers, J. Huntley & Son, Huntley, Boorne, and Stevens, Griffin's Foods, Cape Adare: " + CHECKED + ", GATHERING.md "
 "aside, where Huntley & Palmers stood only in earlier rounds' lists and leads (Reading, London, Bristol, Bath and "
 "New Zealand in other texts, other matters).", "non-US", v3=True,
 copy_of="the Wikipedia article, via piglix.com"))

# ---- engineering, France: Salmson (the-uncensored-wiki.com's static copy) ----------------------------------------
SALMSON = [
 "Salmson is a French engineering company, initially in the automobile and aeroplane manufacturing area, turning to "
 "pump manufacturing in the 1960s.",
 "It was established by \u00c9mile Salmson (1858-1917) as Emile Salmson, Ing. as a workshop in Paris (1890), making "
 "steam engine-powered compressors and centrifugal pumps to railway and military purposes. Being joined by engineers "
 "Canton and Unn\u00e9, it was renamed Emile Salmson & Cie, building petrol-powered lifts and motors (1896).",
 "The company became one of the first to make purpose built aircraft engines starting before World war I and "
 "continuing into World War II.",
 "After World War I the company looked around for other work and started making car bodies followed by complete cars.",
 "Car production finished in 1957.",
 "Focus also moved back to pump production and the facilities moved to Mayenne in 1961 and the firm was bought by "
 "ITT-LMT in 1962 and then by Thomson in 1976.[1]",
 "It is today headquartered in Chatou.",
 "It moved to Billancourt and as well as making engines made its first completeaeroplanes in World War I mainly "
 "fighters. Salmson aircraft were also used for air mail to India in (1911).",
 "Aeroplane manufacturing moved to Villeurbanne near Lyon. Two world records were set by Maryse Basti\u00e9 who flew "
 "Le Bourget to Moscow (1931).",
 "The Billancourt factory became the car manufacturing plant directed by Emile Petit. As they had no direct car "
 "design expertise they started by building the British GN cyclecar under licence displaying six cars at the 1919 "
 "Paris Salon.[2]",
 "In 1922 the car part of the business became a separate company named Soci\u00e9t\u00e9 des Moteurs Salmson.",
 "The first Salmson car proper used a four cylinder engine designed by Petit with unusual valve gear."]
KEPT["wp-salmson"] = ("salmson-uncensored.txt", SALMSON)
R.append(wp("wp-salmson", "Salmson",
 "http://the-uncensored-wiki.com:20082/articles/s/a/l/Salmson.html",
 "\n\n".join(MARK.sub("", p) for p in SALMSON),
 "manufacturing/engines and pumps", ["history", "founding", "renaming", "acquisition", "products"],
 "The Wikipedia article as the-uncensored-wiki.com's static copy (port 20082, 'From Wikipedia, the free "
 "encyclopedia', '[edit]' links before its headings) holds it in the page store (no date or revision id held; its "
 "text ends in the 1970s, with Chatou the headquarters and no Wilo purchase of 1984: an old static copy of about "
 "2006-2007, recorded 3.0 as batches of the 20082 copies recorded theirs; doubtful: undated). Cut: the title line "
 "'Salmson' and the site line 'From Wikipedia, the free encyclopedia'; the line 'Contents'; the headings '[edit] "
 "Aircraft manufacture' and '[edit] Car manufacture'; the captions 'Salmson 9Z' and 'Salmson S4E' (each twice); the "
 "lines 'Two of the models made were' and 'and the aircraft' (the lead-ins of two lists whose items the copy does not "
 "hold: sentences broken off, cut whole); the citation markers '[1]' and '[2]'; cut after '... designed by Petit "
 "with unusual valve gear.', before the sentence the excerpt breaks off in ('A single pushrod actuated both inlet and "
 "exhaust valves pushin', no full stop; `truncated`; a cut inside a paragraph). Paragraphs joined with blank lines, as "
 "in the page. No word added or changed; the accents as written ('\u00c9mile Salmson' once, 'Emile Salmson, Ing.', "
 "'Emile Salmson & Cie', 'Emile Petit' without). Kept as written: 'Salmson is a French engineering company, initially "
 "in the automobile and aeroplane manufacturing area, turning to pump manufacturing in the 1960s.', 'It was "
 "established by \u00c9mile Salmson (1858-1917) as Emile Salmson, Ing. as a workshop in Paris (1890)' (the hyphen), "
 "'centrifugal pumps to railway and military purposes', 'Being joined by engineers Canton and Unn\u00e9, it was "
 "renamed Emile Salmson & Cie', 'purpose built aircraft engines starting before World war I' (lower-case 'war'), "
 "'the firm was bought by ITT-LMT in 1962 and then by Thomson in 1976.', 'made its first completeaeroplanes' (two "
 "words run together in the copy), 'air mail to India in (1911)', 'Two world records were set by Maryse Basti\u00e9 "
 "who flew Le Bourget to Moscow (1931).', 'the car manufacturing plant directed by Emile Petit', 'the British GN "
 "cyclecar under licence displaying six cars at the 1919 Paris Salon', 'a separate company named Soci\u00e9t\u00e9 "
 "des Moteurs Salmson', 'a four cylinder engine designed by Petit'. " + TYPED + "281 words. No outage and no "
 "near-miss of one told. Found at rank 5 of the query 'Salmson French engineering company history founded \u00c9mile "
 "Salmson aircraft engines automobiles Wikipedia' (Salmson: a name of the lists and leads of rounds 68t, 68o and "
 "68i, 'not searched'); voz.co.at (rank 1, German), transpressnz.blogspot.com (rank 2, a blog's note), "
 "all-andorra.com (rank 3, a site's unattributed copy of the current lead and history, with Wilo 1984: no licence "
 "shown), es.stringtranslate.com (rank 4, Spanish), a Grokipedia page (rank 6, a generated text), movatter.jp (rank "
 "7, German Wikipedia) and amicale-salmson.org (rank 8, French) not used. Salmson, ITT-LMT, Chatou, Mayenne, "
 "Villeurbanne, Maryse Basti\u00e9: " + CHECKED + ", GATHERING.md aside, where Salmson stood only in earlier rounds' "
 "lists and leads (Thomson, Paris, Lyon, Moscow and India in other texts, other matters).", "non-US", v3=True,
 copy_of="the Wikipedia article, via the-uncensored-wiki.com, a static copy of Wikipedia pages",
 ))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[edit]', '[ citation needed ]'), whitespace
    runs as one space."""
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
