#!/usr/bin/env python3
"""Batch 70l (session 64; gatherer lane 70l): transport-company histories from English Wikipedia in the company lane
of batches 36j-40zg, 54zu-70e, kept to three British transport companies new to the corpus, turned from the leads of
rounds 70e, 69ai and 69y (Bristol Tramways in 70e's 'Not yet queried' list; a cargo airline and an island bus
operator found beside its airline and bus-operator leads): Transmeridian Air Cargo, the British cargo airline of
1962-1979, founded as Trans Meridian Flying Service at Liverpool, taken over by Trans World Leasing at the end of 1967
and renamed, 90% bought by the Trafalgar House Group in 1977 and merged with IAS Cargo Airlines in 1979 to form
British Cargo Airlines, later HeavyLift Cargo (airlines, UK); the Bristol Omnibus Company, the Bristol bus operator
tracing its origins to the Bristol Tramways Company George White formed in 1875, merged with the Bristol Cab Company
in 1887 to form the Bristol Tramways & Carriage Company, which bought the Clifton Rocks Railway in 1912, White and its
management also running the Imperial Tramways Company (bus operators, UK); and Southern Vectis, the Isle of Wight bus
operator founded in 1921 as Dodson and Campbell, the Vectis Bus Company from 1923, purchased by Southern Railway in
1929, part of the National Bus Company from 1969, sold in a management buy out in 1986, starter of Badger Vectis and
Solent Blue Line in 1987, sold with Solent Blue Line to the Go-Ahead Group in July 2005 (bus operators, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's own '= Title =' renderings of 'Transmeridian Air Cargo' and 'Southern Vectis' (no revision
id; recent) and piglix.com's copy of 'Bristol Omnibus Company' (undated, an older revision). Each cut before the end
of the article (all `truncated`): Transmeridian at its fleet list, Bristol at the copy's '...', Southern Vectis before
the sentence its excerpt breaks off in. Edits per item in `notes` (title, infobox, heading and site lines cut;
paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept paragraph against the
saved excerpt (/tmp/gather70l/src), the markers ('[1]', ' [1]', '[nb 1]', '[edit]', '[citation needed]') dropped and
whitespace runs compared as one space, as batches 55e-70e did. No text tells an outage. newskg (or any extractor) was
not run on any text. A round of three: eight queries, three answered with English Wikipedia text on a transport
company not yet in the corpus and were taken, the rest left (round notes, /tmp/gather70l/NOTES.md; queries,
/tmp/gather70l/src/queries.txt; claims, /work/notes/gather70/CLAIMS.txt).
usage: batch70l.py [POOL_DIR] [--dry]   (default /tmp/gather70l/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70l/pool"
SRC = "/tmp/gather70l/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-64 pools "
           "(/tmp/gather70*/pool) and in /work/notes/gather70/CLAIMS.txt as it stood when checked, and in GATHERING.md "
           "at most in the leads lists of rounds 69-70 (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- airlines, UK: Transmeridian Air Cargo (en.wikipedia.org's '= Title =' rendering, recent) -----------------------
TMA = [
 "Transmeridian Air Cargo was a British cargo airline that operated from 1962 until 1979 when it merged with IAS "
 "Cargo Airlines to form British Cargo Airlines.",
 "Transmeridian was founded under the name Trans Meridian Flying Service on 5 October 1962 and began operations on 1 "
 "November 1962 using a Douglas DC-4. The airline was then based at Liverpool and used the DC-4 for freight and "
 "passenger charters. A second DC-4 (both were ex-military Douglas C-54 Skymaster) was bought and freight services to "
 "Dublin and Paris\u2013Le Bourget Airport were begun.",
 "At the beginning of 1965 the DC-4s were replaced by Douglas DC-7C and a year later two more DC-7s were acquired. "
 "With the expansion in the fleet freight services to the Middle East and Africa were started. By the end of 1967 the "
 "company was taken over by Trans World Leasing and converted into a pure freight operation, with that the name was "
 "changed to Transmeridian Air Cargo.",
 "In 1968 the Canadair CL-44 was introduced and eventually eight examples were incorporated the fleet, all being "
 "fitted with swinging rear fuselages to facilitate the loading of large items of cargo. It was during this period "
 "that the base of operations was moved to London Stansted Airport. Operations continued throughout the 1970s with "
 "1975 being the year when a base was set up in Hong Kong for freight flights to Australia.",
 "In 1977 the Trafalgar House Group bought 90% of Transmeridian and on 15 August 1979 merged it with IAS Cargo "
 "Airlines to form British Cargo Airlines, which later became HeavyLift Cargo."]
KEPT["wp-transmeridian-air-cargo"] = ("transmeridian-enwiki.txt", TMA)
R.append(wp("wp-transmeridian-air-cargo", "Transmeridian Air Cargo",
 "https://en.wikipedia.org/wiki/Transmeridian_Air_Cargo",
 "\n\n".join(TMA),
 "transport/airlines", ["history", "founding", "takeover", "merger", "fleet"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id "
 "held; undated, a recent rendering, recorded 4.0 as batches 58p-70e recorded their en.wikipedia.org renderings; "
 "doubtful: no revision id). Cut: the title line '= Transmeridian Air Cargo ='; the infobox lines between the title "
 "and the lead ('Infobox', '- Airline: Transmeridian Air Cargo' to '- Headquarters: Liverpool, England (1962\u20131968), "
 "London, England (1968\u20131979)', so London and the headquarters years are not in the text); the heading "
 "'==History=='; cut after '... which later became HeavyLift Cargo.', at the end of the History section, before the "
 "heading '==Fleet==' and its list of aircraft types, which the excerpt breaks off in ('- Boeing 737-2B1(C'; "
 "`truncated`). No citation markers in this rendering. Paragraphs as the rendering sets them apart (blank lines). No "
 "word added or changed. Kept as written: 'operated from 1962 until 1979 when it merged with IAS Cargo Airlines to "
 "form British Cargo Airlines', 'founded under the name Trans Meridian Flying Service on 5 October 1962', 'began "
 "operations on 1 November 1962 using a Douglas DC-4', '(both were ex-military Douglas C-54 Skymaster)', "
 "'Paris\u2013Le Bourget Airport' (an en dash), 'At the beginning of 1965', 'With the expansion in the fleet freight "
 "services to the Middle East and Africa were started' (no comma), 'By the end of 1967 the company was taken over by "
 "Trans World Leasing', 'with that the name was changed to Transmeridian Air Cargo', 'eight examples were "
 "incorporated the fleet' (no 'into'), 'London Stansted Airport', 'In 1977 the Trafalgar House Group bought 90% of "
 "Transmeridian and on 15 August 1979 merged it with IAS Cargo Airlines to form British Cargo Airlines, which later "
 "became HeavyLift Cargo'. 259 words. No outage and no near-miss of one told (the merger of 1979: a business event). "
 "Recorded CC BY-SA 4.0 (a recent rendering; doubtful, no revision id). Found at rank 4 of the query 'Transmeridian "
 "Air Cargo British cargo airline founded Stansted CL-44 history' (an airline beside the leads of rounds 69y and "
 "70e); en.wikipedia.org's older page (rank 1; an older text, 'replaned', 'begon', with a '[edit]' heading and the "
 "IATA line), kampuspedia.com (rank 2; Italian), de.wikial.top (rank 5; German) and jmediawiki.org (rank 6; "
 "Japanese) (translations), saadonline.uk (rank 3), avia-dejavu.net (rank 7) and worldhistory.biz (rank 8; another "
 "airline) (their own texts) not used. Transmeridian, Trans Meridian, Trans World Leasing, IAS Cargo, British Cargo "
 "Airlines, HeavyLift: " + CHECKED + " ('Trafalgar House' in texts on other matters).", "UK"))

# ---- bus operators, UK: Bristol Omnibus Company (piglix.com's copy, undated, an older revision) ----------------------
BOC = [
 "The Bristol Omnibus Company was the dominant bus operator in Bristol, and was one of the oldest bus companies in the "
 "United Kingdom. It ran buses over a wide area of Gloucestershire, Somerset, Wiltshire and neighbouring counties.",
 "The Bristol Omnibus Company traces its origins to 1875, when George White formed the Bristol Tramways Company and "
 "began a horse drawn service in Bristol from Upper Mauldlin Street to Blackboy Hill. In 1887 the Bristol Tramways "
 "Company merged with the Bristol Cab Company to form the Bristol Tramways & Carriage Company.",
 "In 1887, the company began a horse-bus service to Clifton, and later started several more horse-bus services to "
 "complement the tramways. In 1892, the Imperial Tramways Company moved its headquarters from London to Bristol. "
 "George White and the senior management team of Bristol Tramways also ran Imperial Tramways, though they remained "
 "separate companies.",
 "In 1895, the company began to operate electric trams, and in 1906 introduced motor buses on the route between the "
 "Centre and Clifton. Rapid expansion of its bus services followed, in both Bristol and the surrounding country "
 "areas. The company opened branches in Bath in 1909,Weston-super-Mare in 1910,Cheltenham in 1912 and Gloucester in "
 "1913. In 1912 the company also bought the Clifton Rocks Railway, which closed in 1934. After World War I more "
 "branches were opened in Swindon (1921),Wells (1922) and Coleford (1924)."]
KEPT["wp-bristol-omnibus-company"] = ("bristol-omnibus-piglix.txt", BOC)
R.append(wp("wp-bristol-omnibus-company", "Bristol Omnibus Company", "http://piglix.com/piglix/Bristol_Omnibus_Company",
 "\n\n".join(BOC),
 "transport/buses", ["history", "founder", "merger", "tramways", "purchase"],
 "The article as piglix.com's copy holds it in the page store (no date or revision id held; undated, an older "
 "revision, as batches 69j and 69ai took their piglix.com copies; recorded 4.0 as batch 69ai recorded its piglix.com "
 "copy; doubtful: no date held). Cut: the site line '*** Welcome to piglix ***', the title lines ('Bristol Omnibus "
 "Company' twice), the infobox and caption lines before the lead ('Sea Mills Bristol Omnibus C8320 UHY360.jpg', "
 "'Preserved Bristol KSW6B in May 2011', 'Founded 1887', 'Ceased operation 1987', 'Headquarters Lawrence Hill', "
 "'Service area Bristol', 'Gloucestershire', 'Somerset', 'Wiltshire', 'Service type Bus operator', so 1987 and "
 "Lawrence Hill are not in the text); cut after '... Coleford (1924).', where the copy's excerpt ends in '...', "
 "'Wikipedia', '...' (those lines cut; the article goes on past them; `truncated`). No citation markers in this copy. "
 "Paragraphs as the copy sets them apart (blank lines). No word added or changed. Kept as written: 'traces its "
 "origins to 1875, when George White formed the Bristol Tramways Company', 'a horse drawn service' (no hyphen), "
 "'Upper Mauldlin Street' (so spelt), 'In 1887 the Bristol Tramways Company merged with the Bristol Cab Company to "
 "form the Bristol Tramways & Carriage Company', 'the Imperial Tramways Company moved its headquarters from London to "
 "Bristol', 'George White and the senior management team of Bristol Tramways also ran Imperial Tramways, though they "
 "remained separate companies', 'in Bath in 1909,Weston-super-Mare in 1910,Cheltenham in 1912' and 'Swindon "
 "(1921),Wells (1922)' (no space after the commas, as the copy has them), 'In 1912 the company also bought the "
 "Clifton Rocks Railway, which closed in 1934', 'After World War I'. 225 words. No outage and no near-miss of one "
 "told (the Clifton Rocks Railway closed in 1934: a business end). Recorded CC BY-SA 4.0 (undated; doubtful). Found "
 "at rank 1 of the query 'Bristol Tramways and Carriage Company history George White founded bus company Bristol "
 "Omnibus' (Bristol Tramways, a lead of round 70e); theinfolist.com (rank 2; the text run together with the linked "
 "pages' opening lines) and absoluteastronomy.com (rank 4; an older text interleaved with linked definitions) not "
 "used, es.knowledger.de (rank 3), no.abcdef.wiki (rank 5), de.knowledgr.com (rank 6), pt.qwerty.wiki (rank 7) and "
 "es.stringtranslate.com (rank 8) (translations) not used. Bristol Omnibus, Bristol Tramways, Bristol Cab, Imperial "
 "Tramways, Clifton Rocks, Blackboy, Weston-super-Mare: " + CHECKED + " ('George White' in test's "
 "wp-bristol-aeroplane-company, a text on another company, without Bristol Tramways).", "UK",
 copy_of="the Wikipedia article, via piglix.com, a Wikipedia mirror"))

# ---- bus operators, UK: Southern Vectis (en.wikipedia.org's '= Title =' rendering, recent) --------------------------
SVB = [
 "Southern Vectis is a bus operator on the Isle of Wight, founded in 1921 as Dodson and Campbell. It became the Vectis "
 "Bus Company in 1923. The company was purchased by Southern Railway before being nationalised in 1969. In 1987, the "
 "company was re-privatised, and in July 2005, it became a subsidiary of Go-Ahead Group.",
 "In 1921 in Cowes, the company was founded as Dodson & Campbell. In 1923, it was renamed the Vectis Bus Company. "
 "Vectis was the Roman name for the Isle of Wight. The buses were built by the London bus body builder, Christopher "
 "Dodson.",
 "In 1929, the company was purchased by Southern Railway and incorporated as the Southern Vectis Omnibus Company "
 "Limited.",
 "In 1948, Southern Railway was nationalised and then in 1969, Southern Vectis became part of the National Bus "
 "Company.",
 "In 1986, with deregulation after the Transport Act 1985, the business was sold in a management buy out. Five new "
 "operators entered the market on the Isle of Wight.",
 "In 1987, Southern Vectis started Badger Vectis in Poole, and Solent Blue Line in Southampton. The new operations "
 "used older Southern Vectis buses and secondhand double-deckers. Southern Vectis also moved into other business areas "
 "on the Isle of Wight. The company bought a self-drive van hire firm. It also bought two Ford Granada taxis, which "
 "ran from the Cowes pontoon, and began taxibus services which continued until 1989.",
 "In 2003, Southern Vectis started The Pink Peril, a school service using a pink bus.",
 "In July 2005, Southern Vectis and Solent Blue Line were sold to the Go-Ahead Group and became part of Go South "
 "Coast."]
KEPT["wp-southern-vectis"] = ("southern-vectis-enwiki.txt", SVB)
R.append(wp("wp-southern-vectis", "Southern Vectis", "https://en.wikipedia.org/wiki/Southern_Vectis",
 "\n\n".join(SVB),
 "transport/buses", ["history", "founding", "renaming", "ownership", "subsidiaries"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id "
 "held; undated, a recent rendering, recorded 4.0 as batches 58p-70e recorded their en.wikipedia.org renderings; "
 "doubtful: no revision id). Cut: the title line '= Southern Vectis ='; the infobox lines between the title and the "
 "lead ('Southern Vectis', '- Logo: Southern_Vectis_2024_Logo.svg' to '- Ceo: Ben Murray,', with '- Operator: Go "
 "South Coast' and '- Fleet: 105', so Ben Murray is not in the text); the headings '==History==', "
 "'===1921\u20131928===', '===1929\u20131985===', '===1986\u20132004===' and '===2005\u2013present==='; cut after '... "
 "became part of Go South Coast.', before the sentence the excerpt breaks off in ('In April 2006, the network "
 "changed, with Newport the hub and other routes linking to'; `truncated`). No citation markers in this rendering. "
 "Paragraphs as the rendering sets them apart (blank lines). No word added or changed. Kept as written: 'founded in "
 "1921 as Dodson and Campbell' and 'founded as Dodson & Campbell' (both spellings), 'It became the Vectis Bus Company "
 "in 1923', 'The company was purchased by Southern Railway before being nationalised in 1969' (the lead's wording; "
 "the history tells 1948 and 1969 apart), 'in July 2005, it became a subsidiary of Go-Ahead Group', 'the London bus "
 "body builder, Christopher Dodson', 'incorporated as the Southern Vectis Omnibus Company Limited', 'Southern Vectis "
 "became part of the National Bus Company', 'the Transport Act 1985', 'sold in a management buy out', 'started "
 "Badger Vectis in Poole, and Solent Blue Line in Southampton', 'secondhand', 'two Ford Granada taxis', 'The Pink "
 "Peril', 'Southern Vectis and Solent Blue Line were sold to the Go-Ahead Group and became part of Go South Coast'. "
 "269 words. No outage and no near-miss of one told (nationalisation, privatisation and a sale: business events). "
 "Recorded CC BY-SA 4.0 (a recent rendering; doubtful, no revision id). Found at rank 5 of the query 'Southern Vectis "
 "Isle of Wight bus company history founded Dodson Brothers Southern Railway' (a bus operator beside the leads of "
 "rounds 69y and 69ai); piglix.com's 'Island Breezers' and 'Southern Vectis' copies (ranks 3, 8; older texts), "
 "wikisum.wiki (rank 4; sentences out of order), liquisearch.com (rank 6; an older History section), islandecho.co.uk "
 "(ranks 1, 7; news) and hobbydb.com (rank 2; a catalogue) not used. Southern Vectis, Vectis Bus, Dodson, Solent Blue "
 "Line, Badger Vectis, Go South Coast, Pink Peril: " + CHECKED + " ('Go-Ahead', 'National Bus Company', 'Southern "
 "Railway' and 'Isle of Wight' in texts on other matters).", "UK"))


def _norm(s):
    """The text without citation and note markers and edit links ('[4]', ' [4]', '[nb 1]', '[edit]', '[citation
    needed]'), whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[(\d+|nb \d+|edit|citation needed)\]", "", s).split())


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
