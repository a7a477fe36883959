#!/usr/bin/env python3
"""Batch 69m (session 63; gatherer lane 69m): transport-company histories from English Wikipedia in the company lane
of batches 36j-40zg, 54zu-69e, kept to three British makers of aircraft and road vehicles, new to the corpus and taken
from the lists of leads of rounds 68q, 68e and 69e (aircraft makers: Miles Aircraft; vehicle makers: Seddon, Vulcan
Motor), after Reo Motor Car Company, the Allan Line, Air Anglia and the Anchor Line (the same lists) gave no usable
English Wikipedia copy naming people: Miles Aircraft Limited, the Woodley aircraft maker founded in 1928 by Charles
Powis and Jack Phillips as Phillips & Powis Aircraft (Reading) Ltd, with Rolls-Royce's interest from 1936 bought out in
1943, its technical school under Maxine (Blossom) Miles with a headmaster named (aviation, UK); Seddon Atkinson
Vehicles Limited, the Oldham lorry maker formed after Seddon Diesel Vehicles bought Atkinson Vehicles in 1970, bought
by International Harvester in 1974, sold to Enasa in 1984, made a subsidiary of Pegaso and part of Iveco in 1990, with
Atkinson & Co. founded by Edward and Henry Birch Atkinson (commercial vehicles, UK); and the Vulcan Motor and
Engineering Company Limited of Southport, set up by the brothers Thomas and Joseph Hampson, with its bought-in Aster
engine and its reforming in 1916 under the control of C.B. Wardman (motor vehicles, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's own '= Title =' rendering of 'Miles Aircraft' (undated, recent), profilpelajar.com's copy of
'Seddon Atkinson' (undated, recent) and wikimili.com's copy of 'Vulcan (motor vehicles)' (undated). Each cut before
the sentence its excerpt breaks off in (all `truncated`). Edits per item in `notes` (title, site-chrome, infobox,
caption, contents and heading lines cut; citation markers cut; paragraphs joined with blank lines; no word added or
changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather69m/src), the markers ('[1]',
' [1]', '[nb 1]', '[edit]', '[citation needed]') dropped, a space left before a closing bracket by a cut marker
dropped, and whitespace runs compared as one space, as batches 55e-68q did. No text tells an outage (factories shut
down, offices closed and a brand folded into a catalogue are business matters). newskg (or any extractor) was not run
on any text. A round of three: seven queries, three answered with English Wikipedia text on a transport company not
yet in the corpus and were taken, the rest left (round notes, /tmp/gather69m/NOTES.md; queries,
/tmp/gather69m/src/queries.txt; claims, /work/notes/gather69/CLAIMS.txt).
usage: batch69m.py [POOL_DIR] [--dry]   (default /tmp/gather69m/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69m/pool"
SRC = "/tmp/gather69m/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md (the lists of "
           "leads of batches 68e-69e aside), in the session-63 pools (/tmp/gather69*/pool) and in "
           "/work/notes/gather69/CLAIMS.txt as it stood when checked (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- aviation, UK: Miles Aircraft (en.wikipedia.org's rendering, undated, recent) ----------------------------------
MILES = [
 "Miles was the name used for aircraft and associated businesses of British engineer Frederick George Miles, who, with "
 "his wife \u2013 aviator and draughtswoman Maxine \"Blossom\" Miles (n\u00e9e Forbes-Robertson) \u2013 and his brother "
 "George Herbert Miles, designed numerous light civil and military aircraft and a range of curious prototypes, "
 "primarily between 1943 and 1947.",
 "A company was founded in 1928 by Charles Powis and Jack Phillips as Phillips & Powis Aircraft (Reading) Ltd. In 1929 "
 "they opened Woodley Aerodrome, near the town of Reading, Berkshire.",
 "In 1936, Rolls-Royce bought into the company. Although aircraft were produced under the Miles name, it was not until "
 "1943 that the firm became Miles Aircraft Limited when Rolls-Royce's interests were bought out.",
 "The company needed to increase production of the Miles Messenger and to do so it took over a former linen mill in "
 "Banbridge, County Down, Northern Ireland for the production of components of the aircraft. A hangar at RAF Long Kesh "
 "was used for assembly of the aircraft and flight testing was carried out at the airfield. The company moved to "
 "Newtownards following the end of the war in 1946.",
 "The company opened the Miles Aeronautical Technical School in 1943 under the directorship of Maxine (Blossom) Miles "
 "The school had a \"Headmaster\", Walter Evans."]
KEPT["wp-miles-aircraft"] = ("miles-enwiki.txt", MILES)
R.append(wp("wp-miles-aircraft", "Miles Aircraft", "https://en.wikipedia.org/wiki/Miles_Aircraft",
 "\n\n".join(MILES),
 "manufacturing/aircraft", ["history", "founding", "renaming", "shareholding", "plants", "school"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id "
 "held; undated, a recent rendering, recorded 4.0 as batches 58p-68q recorded their en.wikipedia.org renderings: its "
 "'A company was founded in 1928 by Charles Powis and Jack Phillips as Phillips & Powis Aircraft (Reading) Ltd' and "
 "'primarily between 1943 and 1947' are newer than the copies at ranks 1, 2 and 7 of the same query ('The original "
 "company was founded by Charles Powis and Jack Phillips as Phillips & Powis Aircraft after meeting Fred Miles'); "
 "doubtful: no revision id). Cut: the title line '= Miles Aircraft ='; the infobox lines ('Miles Aircraft Ltd' and '- "
 "Fate: aviation interests taken on by Handley Page' to '- Products: Aircraft, photocopiers, ...', with '- Successor: "
 "F.G.Miles Ltd / Handley Page Reading Ltd / Western Manufacturing Ltd' and '- Key People: Fred, Blossom & George Miles "
 "Test pilots included Thomas Rose and Ken Waller.', so Handley Page, the successors, Thomas Rose and Ken Waller are "
 "not in the text; cut as batches 54zu-68q cut their infoboxes); the headings '==History==', '===Phillips and "
 "Powis===' and '===Bankruptcy and receivership==='; cut after '... a \"Headmaster\", Walter Evans.', before the "
 "heading and the sentence the excerpt breaks off in ('In 1947, the company entered receivership following bankruptcy "
 "proceedings instigated by Titanine Ltd., in the Chance'; `truncated`), so the receivership and Titanine Ltd. are not "
 "in the text. No citation markers in this rendering. Paragraphs as the rendering sets them apart (blank lines). No "
 "word added or changed; the en dashes around the wife's description and the accent of 'n\u00e9e' kept. Kept as "
 "written: 'Miles was the name used for aircraft and associated businesses of British engineer Frederick George "
 "Miles', 'aviator and draughtswoman Maxine \"Blossom\" Miles (n\u00e9e Forbes-Robertson)', 'his brother George "
 "Herbert Miles', 'primarily between 1943 and 1947', 'A company was founded in 1928 by Charles Powis and Jack Phillips "
 "as Phillips & Powis Aircraft (Reading) Ltd', 'In 1929 they opened Woodley Aerodrome, near the town of Reading, "
 "Berkshire', 'In 1936, Rolls-Royce bought into the company', 'it was not until 1943 that the firm became Miles "
 "Aircraft Limited when Rolls-Royce's interests were bought out', 'it took over a former linen mill in Banbridge, "
 "County Down, Northern Ireland', 'A hangar at RAF Long Kesh', 'The company moved to Newtownards following the end of "
 "the war in 1946', 'under the directorship of Maxine (Blossom) Miles The school had a \"Headmaster\", Walter Evans' "
 "(no full stop after 'Miles', as written). 212 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 "
 "(a recent rendering; doubtful, no revision id). Found at rank 3 of the query 'Miles Aircraft Frederick George Miles "
 "Phillips & Powis Woodley company history' (an aircraft maker from the lists of round 69e); piglix.com (rank 1; no "
 "licence line seen, an older revision), wn.com through a fanyv88.com proxy (rank 2), theinfolist.com (rank 4; "
 "'Frederick George Miles', a life, glosses woven in), gracesguide.co.uk (ranks 5 and 6; Grace's Guide, its own text), "
 "alchetron.com (rank 7; an older copy with site chrome) and wikiwand.com (rank 8; 'Phillips & Powis Aircraft', a "
 "newer revision with '[when?]' tags, the same article) not used. Miles Aircraft, Phillips & Powis, Powis, Titanine, "
 "F.G.Miles, Western Manufacturing: " + CHECKED + " ('Miles Aircraft' only in the lists of leads of rounds 68ac-69e; "
 "'Blossom' in train's wp-mainframe-studios and batch 59h's script, 'Woodley' in a train news text, 'Rolls-Royce' "
 "and 'Reading' in texts on other matters).", "UK"))

# ---- commercial vehicles, UK: Seddon Atkinson (profilpelajar.com's copy, undated, recent) --------------------------
SEDDON = [
 "Seddon Atkinson Vehicles Limited, was a manufacturer of large goods vehicles based in Oldham, Lancashire, England, "
 "was formed after the acquisition in 1970 of Atkinson Vehicles Limited of Preston by Seddon Diesel Vehicles Limited "
 "of Oldham. In 1974, the firm was acquired by International Harvester, which sold it in March 1984 to the Spanish "
 "group Enasa which made it a subsidiary of Pegaso. In 1990, it became part of Iveco which used the brand for various "
 "types of specialised vehicles in the United Kingdom. The range of models produced included EuroMover, Pacer and "
 "Strato, which are aimed at refuse collection, recycling and construction operators.",
 "Iveco announced its decision to manufacture Seddon Atkinsons in Spain in 2005, and shortly afterwards the brand name "
 "was incorporated into the mainstream Iveco catalogue. The Oldham manufacturing facilities were shut down in 2004, and "
 "the offices were closed at the end of 2006.",
 "Recent Seddon Atkinson vehicles were readily identifiable from other Iveco products because of the company's former "
 "Atkinson logo, a large letter 'A' within a circle, usually in chrome (or chrome-effect) on the radiator grille. The "
 "circular Atkinson logo dated from 1937, supplemented by the 'Knight Of The Road' badge between the early 1950s and "
 "late 1970.",
 "Originally a firm of steam-wagon repairers and manufacturers, founded in 1907 in Preston, Lancashire, Atkinson & Co. "
 "evolved into Seddon Atkinson Vehicles Ltd through a succession of mergers.",
 "Atkinson & Co. was founded in the Frenchwood district of Preston, the cotton town and administrative capital of "
 "Lancashire, by two of five brothers, Edward Atkinson (1880\u20131932) and Henry Birch Atkinson (1882\u20131921) with "
 "assistance from their brother-in-law George Hunt (1870\u20131950)."]
KEPT["wp-seddon-atkinson"] = ("seddon-profilpelajar.txt", SEDDON)
R.append(wp("wp-seddon-atkinson", "Seddon Atkinson", "https://profilpelajar.com/article/Seddon_Atkinson",
 "\n\n".join(SEDDON),
 "manufacturing/commercial vehicles", ["history", "founding", "acquisitions", "subsidiary", "models", "closure"],
 "The Wikipedia article as profilpelajar.com's copy holds it in the page store (no date or revision id held; a "
 "recent revision: 'based in Oldham, Lancashire, England' and 'was a manufacturer', where a.osmarks.net's August 2020 "
 "snapshot at rank 5 of the same query has 'based in Oldham, Greater Manchester, England', and the wording of "
 "en.wikipedia.org's own rendering at rank 1; recorded 4.0 as batches of session 60 recorded profilpelajar.com's "
 "copies; doubtful: undated). Taken over en.wikipedia.org's rendering at rank 1, whose excerpt breaks off in the "
 "founders' sentence ('with assistance from their brother-in-law George'), because this copy reaches the end of that "
 "sentence; the words kept are the rendering's too. Cut: the citation markers '[1]', '[2]' and '[3]' (no space before "
 "them in this copy); the headings 'Atkinson' and 'Early years'; cut after '... George Hunt (1870\u20131950).', before "
 "the sentence the excerpt breaks off in ('The real and effective beginning of the company was in 1907, when the "
 "partners decided to capitalise on the need for local engineers to make temporary or permanent repairs to the "
 "increasing number of'; `truncated`). The copy runs its paragraphs on with single line breaks; joined with blank "
 "lines. No word added or changed; the en dashes of the life years kept. Kept as written: 'Seddon Atkinson Vehicles "
 "Limited, was a manufacturer of large goods vehicles based in Oldham, Lancashire, England, was formed after the "
 "acquisition in 1970 of Atkinson Vehicles Limited of Preston by Seddon Diesel Vehicles Limited of Oldham' (the comma "
 "after 'Limited' and the two 'was', as written), 'In 1974, the firm was acquired by International Harvester, which "
 "sold it in March 1984 to the Spanish group Enasa which made it a subsidiary of Pegaso', 'In 1990, it became part of "
 "Iveco', 'The range of models produced included EuroMover, Pacer and Strato', 'Iveco announced its decision to "
 "manufacture Seddon Atkinsons in Spain in 2005', 'The Oldham manufacturing facilities were shut down in 2004, and the "
 "offices were closed at the end of 2006', \"the company's former Atkinson logo, a large letter 'A' within a circle\", "
 "\"the 'Knight Of The Road' badge between the early 1950s and late 1970\", 'founded in 1907 in Preston, Lancashire, "
 "Atkinson & Co. evolved into Seddon Atkinson Vehicles Ltd through a succession of mergers', 'by two of five brothers, "
 "Edward Atkinson (1880\u20131932) and Henry Birch Atkinson (1882\u20131921) with assistance from their "
 "brother-in-law George Hunt (1870\u20131950)'. 272 words. No outage and no near-miss of one told (facilities shut "
 "down and offices closed are business ends). Recorded CC BY-SA 4.0 (a recent revision; doubtful, undated). Found at "
 "rank 4 of the query 'Seddon Diesel Vehicles Oldham Robert Seddon Atkinson Vehicles acquired International Harvester' "
 "(a vehicle maker from the lists of round 69e: 'Seddon'); en.wikipedia.org (rank 1; the founders' sentence broken "
 "off, above), pinocchiopedia.com (rank 2; infobox lines run into the text and 'edit' links), theinfolist.com (rank 3; "
 "glosses woven in), a.osmarks.net (rank 5; the 2020 snapshot, older), liquisearch.com (rank 6; the 'Seddon' section "
 "only), transpressnz.blogspot.com (rank 7; a blog) and enwiki.academic.ru (rank 8; an older revision) not used. "
 "Seddon Atkinson, Atkinson Vehicles, Pegaso, Henry Birch: " + CHECKED + " ('Seddon' only in the lists of leads of "
 "round 69e; 'Enasa' in train's wp-hispano-suiza and batch 65c's scripts, 'Iveco' in a train news text and batch 22a's "
 "script, 'International Harvester' nowhere: other matters or side mentions).", "UK",
 copy_of="the Wikipedia article, via profilpelajar.com, a site copying Wikipedia pages"))

# ---- motor vehicles, UK: Vulcan (motor vehicles) (wikimili.com's copy, undated) ------------------------------------
VULCAN = [
 "The Vulcan Motor and Engineering Company Limited, of Southport, England, made cars from 1902 until 1928 and "
 "commercial vehicles from 1914 until 1953.",
 "Brothers Thomas and Joseph Hampson had built an experimental car in Bolton in 1899. In 1902 they moved to Southport "
 "trading as Vulcan Motor Manufacturing and Trading and built the first Vulcan car which was a 4 hp single-cylinder "
 "belt-driven type driving the rear wheels through a two speed gearbox and a belt to the back axle. In 1903, this grew "
 "to 6.5 hp with shaft drive and the chassis was now \"armoured ash\". Twin-cylinder 1.5 L models followed in 1904 now "
 "with steel chassis and in 1905, 2 and then 3 L four-cylinder types appeared and the company moved from Yellow House "
 "Lane to Hawesside Street, both in Southport. Things kept growing and a van version of the twin came in 1906 along "
 "with large 4.8 L six-cylinder models and a move to even larger premises at Crossens, Southport with a change of "
 "company name to Vulcan Motor and Engineering. The six-cylinder model grew to 6 L in 1908. In 1912, a new small car "
 "\u2014 the 10/12 of 1.8 L with two-cylinder Aster engine \u2014 was added, the first use of a bought in engine.",
 "At the outbreak of World War I, the range consisted of the 2.4 L four-cylinder 10/15, the 2.6 L 15.9, the 3 L 15/20 "
 "and the last of the old sixes, the 25/30. As a sign of things to come, a 30 long cwt (1.5 long tons) truck was also "
 "offered. This model saw use as an ambulance in Britain, India, Belgium, Russia, and Portugal. During the war, the "
 "factory concentrated on munitions. In 1916, the Hampson brothers left the company and it was reformed as Vulcan "
 "Motor Engineering (1916) under the control of C.B. Wardman."]
KEPT["wp-vulcan-motor-vehicles"] = ("vulcan-wikimili.txt", VULCAN)
R.append(wp("wp-vulcan-motor-vehicles", "Vulcan (motor vehicles)", "https://wikimili.com/en/Vulcan_(motor_vehicles)",
 "\n\n".join(VULCAN),
 "manufacturing/motor vehicles", ["history", "founders", "renaming", "supplier", "control"],
 "The Wikipedia article as wikimili.com's copy holds it in the page store (its 'Last updated' line with no date; no "
 "revision id held; an older revision than en.wikipedia.org's own rendering at rank 3 of the same query, which has "
 "'commercial vehicles from 1906 until 1953' and 'In 1902 they set up a factory in Yellow House Lane', where this copy "
 "has 'from 1914' and 'In 1902 they moved to Southport'; recorded 4.0 undated as batches 68e and 69e recorded their "
 "wikimili.com copies; doubtful: undated, perhaps older than June 2023). Taken over en.wikipedia.org's rendering, whose "
 "excerpt breaks off in the 1916 sentence ('under the cont'), because this copy reaches its end. Cut: the title line "
 "'Vulcan (motor vehicles)', 'Last updated', the image caption lines ('Vulcan lorry, built 1949 Vulcan Truck mfrd "
 "1949 4195 cc.JPG', 'Vulcan lorry, built 1949', '2-seater 1911 15.9hp 2.4-litres 1911 Vulcan 2-seater "
 "(9989863036).jpg', '2-seater 1911 15.9hp 2.4-litres'), 'Contents' and the headings 'History' and '1902-1918'; the "
 "citation markers ' [1]' and ' [2]' (with a space before them in this copy); cut after '... under the control of C.B. "
 "Wardman.', before the sentence the excerpt breaks off in ('In 1918, the compan'; `truncated`). Paragraphs as the "
 "copy sets them apart (blank lines). No word added or changed; the em dashes kept. Kept as written: 'made cars from "
 "1902 until 1928 and commercial vehicles from 1914 until 1953', 'Brothers Thomas and Joseph Hampson had built an "
 "experimental car in Bolton in 1899', 'In 1902 they moved to Southport trading as Vulcan Motor Manufacturing and "
 "Trading and built the first Vulcan car', 'the company moved from Yellow House Lane to Hawesside Street, both in "
 "Southport', 'a move to even larger premises at Crossens, Southport with a change of company name to Vulcan Motor and "
 "Engineering', 'with two-cylinder Aster engine \u2014 was added, the first use of a bought in engine' ('bought in' "
 "unhyphenated), 'a 30 long cwt (1.5 long tons) truck', 'In 1916, the Hampson brothers left the company and it was "
 "reformed as Vulcan Motor Engineering (1916) under the control of C.B. Wardman'. 306 words. No outage and no "
 "near-miss of one told. Recorded CC BY-SA 4.0 (doubtful, undated). Found at rank 5 of the query 'Vulcan Motor and "
 "Engineering Company Southport Hampson brothers Tilling-Stevens acquired lorries' (a vehicle maker from the lists of "
 "round 69e: 'Vulcan Motor'); trucksplanet.com (rank 1; its own text), gracesguide.co.uk (rank 2; Grace's Guide), "
 "en.wikipedia.org (rank 3; broken off, above), theinfolist.com (rank 4; glosses woven in), driventowrite.com (rank "
 "6; a blog), cryer.org.uk (rank 7; a converter's garbage, 'a 301NaN1 truck', in the text) and wikiclassic.com (rank "
 "8; a mangled copy, 'fro' Wikipedia', '[ tweak]') not used. Vulcan Motor, Crossens, Hawesside, Wardman: " + CHECKED +
 " ('Vulcan Motor' only in the lists of leads of round 69e; 'Vulcan' elsewhere only as other matters, Vulcan "
 "Materials and others; 'Hampson' in test's wp-glossopdale-bus-company and batch 57s's script, another person).",
 "UK", copy_of="the Wikipedia article, via wikimili.com, a site copying Wikipedia pages"))


def _norm(s):
    """The text without citation and note markers and edit links ('[4]', ' [4]', '[nb 1]', '[edit]', '[citation
    needed]'), a space a cut marker leaves before a closing bracket dropped, whitespace runs as one space."""
    s = re.sub(r"\s*\[(\d+|nb \d+|edit|citation needed)\]", "", s)
    return " ".join(re.sub(r"\s+\)", ")", s).split())


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
