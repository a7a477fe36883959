#!/usr/bin/env python3
"""Batch 68ac (session 62; gatherer lane 68ac): transport-company histories from English Wikipedia in the company
lane of batches 36j-40zg, 54zu-68x, kept to three British companies new to the corpus and turned from the lists of
leads of batches 68q, 68k and 68e (vehicle makers: Leyland Motors, named there as 'Lists still not queried'), after
BKS Air Transport, Western Star Trucks, William Denny and Brothers and Scammell gave no usable English Wikipedia copy
or were already in the corpus: Leyland Motors Limited, the Leyland lorry, bus and trolleybus maker founded in 1896 by
the Sumner and Spurrier families as the Lancashire Steam Motor Company, renamed in 1907 when it took over Coulthards of
Preston, buyer of Triumph (1960) and Rover (1967), merged with British Motor Holdings in 1968 into the British Leyland
Motor Corporation (later BL and Rover Group), with the marques that survived and Leyland Trucks, a subsidiary of Paccar
(manufacturing, UK); Silver City Airways, the British airline of 1946-1962 whose parent was the Zinc Corporation and
whose control passed in 1948 to British Aviation Services, with its first Bristol Freighter, its air ferry between
Lympne and Le Touquet and its first Bristol Superfreighter (air transport, UK); and Boulton & Paul Ltd, the Norwich
general manufacturer that became involved in aircraft manufacture, from an ironmonger's shop founded in 1797 by
William Moore through Moore & Barnard and Barnard & Boulton, with its partners, its subsidiary the Midland Woodworking
Company and its board member Richard Jewson, bought by Jeld Wen Inc. with John Carr from the Rugby Group plc in 1999
(manufacturing, aircraft, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's own '= Title =' renderings of 'Leyland Motors', 'Silver City Airways' and 'Boulton & Paul
Ltd' (undated, recent). Leyland and Silver City cut before the sentence their excerpts break off in, Boulton & Paul
at the end of its 'History' section's first part, before the subsection its excerpt breaks off in (all `truncated`).
Edits per item in `notes` (title, infobox and heading lines cut; paragraphs joined with blank lines; no word added or
changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather68ac/src), the markers ('[1]',
' [1]', '[nb 1]', '[edit]', '[citation needed]') dropped, a space left before a closing bracket by a cut marker
dropped, and whitespace runs compared as one space, as batches 55e-68q did. No text tells an outage (a merger, a
nationalisation, businesses gone defunct or divested and a change of control are business matters). newskg (or any
extractor) was not run on any text. A round of three: nine queries, three answered with English Wikipedia text on a
transport company not yet in the corpus and were taken, the rest left (round notes, /tmp/gather68ac/NOTES.md; queries,
/tmp/gather68ac/src/queries.txt; claims, /work/notes/gather68/CLAIMS.txt).
usage: batch68ac.py [POOL_DIR] [--dry]   (default /tmp/gather68ac/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68ac/pool"
SRC = "/tmp/gather68ac/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md (the lists of "
           "leads of batches 63b-68q aside), in the session-62 pools (/tmp/gather68*/pool) and in "
           "/work/notes/gather68/CLAIMS.txt as it stood when checked (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- manufacturing, UK: Leyland Motors (en.wikipedia.org's rendering, undated, recent) ----------------------------
LEY = [
 "Leyland Motors Limited (later known as the Leyland Motor Corporation) was an English vehicle manufacturer of lorries, "
 "buses and trolleybuses. The company diversified into car manufacturing with its acquisitions of Triumph and Rover in "
 "1960 and 1967, respectively. It gave its name to the British Leyland Motor Corporation, formed when it merged with "
 "British Motor Holdings in 1968, to become British Leyland after having been nationalised. British Leyland later "
 "changed its name to simply BL, then in 1986 to Rover Group.",
 "After the various vehicle manufacturing businesses of BL and its successors went defunct or were divested, the "
 "following marques survived: Jaguar and Land Rover, now built by Jaguar Land Rover owned by TATA Motors; MG, now built "
 "by MG Motor, and Mini, now built by BMW. The truck building operation survived largely intact as Leyland Trucks, a "
 "subsidiary of Paccar.",
 "Leyland Motors has a long history dating from 1896, when the Sumner and Spurrier families founded the Lancashire "
 "Steam Motor Company in the town of Leyland in North West England. Their first products included steam powered lawn "
 "mowers. The company's first vehicle was a 1.5-ton-capacity steam powered van. This was followed by a number of "
 "undertype steam wagons using a vertical fire-tube boiler. By 1905 they had also begun to build petrol-engined "
 "wagons. The Lancashire Steam Motor Company was renamed Leyland Motors in 1907 when it took over Coulthards of "
 "Preston, who had been making steam wagons since 1897."]
KEPT["wp-leyland-motors"] = ("leyland-enwiki.txt", LEY)
R.append(wp("wp-leyland-motors", "Leyland Motors", "https://en.wikipedia.org/wiki/Leyland_Motors",
 "\n\n".join(LEY),
 "manufacturing/commercial vehicles", ["history", "founding", "renaming", "acquisition", "merger", "subsidiary"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id "
 "held; undated, a recent rendering, recorded 4.0 as batches 58p-68q recorded their en.wikipedia.org renderings: its "
 "'an English vehicle manufacturer' and 'Jaguar Land Rover owned by TATA Motors' are newer wording than the copies "
 "at ranks 1 and 4 of the same query ('a British vehicle manufacturer'); doubtful: no revision id). Cut: the title "
 "line '= Leyland Motors ='; the infobox lines ('Leyland Motors Limited', '- Logo: Leyland-Logo.svg' to '- Products: "
 "Buses, Cars, Trucks', with '- Successor: British Leyland, Ashok Leyland', so Ashok Leyland is not in the text; cut "
 "as batches 54zu-68q cut their infoboxes); the headings '==History==' and '===Beginning==='; cut after '... who had "
 "been making steam wagons since 1897.', before the sentence the excerpt breaks off in ('They also built a second "
 "factory in the neighbouring town of Chorley which still remains today as the headquarters of the Lex Auto'; "
 "`truncated`). No citation markers in this rendering. Paragraphs as the rendering sets them apart (blank lines). No "
 "word added or changed. Kept as written: 'Leyland Motors Limited (later known as the Leyland Motor Corporation) was an "
 "English vehicle manufacturer of lorries, buses and trolleybuses', 'its acquisitions of Triumph and Rover in 1960 and "
 "1967, respectively', 'It gave its name to the British Leyland Motor Corporation, formed when it merged with British "
 "Motor Holdings in 1968, to become British Leyland after having been nationalised', 'changed its name to simply BL, "
 "then in 1986 to Rover Group', 'the following marques survived: Jaguar and Land Rover, now built by Jaguar Land Rover "
 "owned by TATA Motors; MG, now built by MG Motor, and Mini, now built by BMW' ('TATA' in capitals), 'The truck "
 "building operation survived largely intact as Leyland Trucks, a subsidiary of Paccar' ('Paccar' in mixed case), "
 "'when the Sumner and Spurrier families founded the Lancashire Steam Motor Company in the town of Leyland in North "
 "West England', 'a 1.5-ton-capacity steam powered van', 'By 1905', 'was renamed Leyland Motors in 1907 when it took "
 "over Coulthards of Preston, who had been making steam wagons since 1897'. 240 words. No outage and no near-miss of "
 "one told (businesses gone defunct or divested, a merger and a nationalisation are business matters). Recorded CC "
 "BY-SA 4.0 (a recent rendering; doubtful, no revision id). Found at rank 7 of the query '\"Leyland Motors Limited was "
 "a British vehicle manufacturer of lorries, buses and trolleybuses\" Wikipedia' (batch 68q's lead: 'vehicle makers "
 "Leyland Motors (named in several texts)'), after a first query on the company's founders gave no Wikipedia copy; "
 "allservicerepairmanuals.com (rank 1; a shop's page), diecastfirecollection.com (rank 2; a shop's summary), X-Nico "
 "(rank 3; unaddressed facts), search.aol.com (rank 4; search results), autowp.ru (rank 5), wikijtr.icu (rank 6; "
 "Turkish) and roarington.com (rank 8; a rewritten summary) not used. Leyland Motors, Lancashire Steam Motor, "
 "Coulthards, Spurrier: " + CHECKED + " ('Leyland Motor Corporation', 'British Leyland' and 'British Motor "
 "Holdings' in train's wp-guy-motors and dev's wp-innocenti, the merger of 1968 told there in passing; 'Leyland "
 "Trucks' and 'Paccar' in test's wp-erf-lorry-manufacturer and train's wp-daf-trucks, 'Rover Group' in batches 14 and "
 "15f: side mentions here).", "UK"))

# ---- air transport, UK: Silver City Airways (en.wikipedia.org's rendering, undated, recent) -----------------------
SCA = [
 "Silver City Airways was an airline based in the United Kingdom that operated mainly in Europe between 1946 and 1962. "
 "Unlike many airlines at the time, it was independent of government-owned corporations; its parent company was Zinc "
 "Corporation, an Australian company involved mainly in mining and mineral processing. The name \"Silver City\" "
 "originated as a nickname of Broken Hill, Australia \u2013 an area famed for silver mines, including some owned by "
 "the airline's parent company.",
 "The first commercial flight by Silver City departed London Heathrow for Sydney via Johannesburg in late 1946. The "
 "following year, Silver City leased its first Bristol Freighter, moved its base to Blackbushe and participated in the "
 "airlift of Hindu and Muslim refugees between Pakistan and India. In 1948, control of Silver City passed from the Zinc "
 "Corporation to British Aviation Services. In July of that year, the airline inaugurated the world's first air ferry "
 "service across the English Channel between Lympne Airport and Le Touquet Airport. In 1948\u201349, Silver City "
 "participated in the Berlin Airlift. In 1949, it established a French sister airline.",
 "In 1953, Silver City took delivery of its first Bristol Superfreighter."]
KEPT["wp-silver-city-airways"] = ("silvercity-enwiki.txt", SCA)
R.append(wp("wp-silver-city-airways", "Silver City Airways", "https://en.wikipedia.org/wiki/Silver_City_Airways",
 "\n\n".join(SCA),
 "transport/airlines", ["history", "founding", "parent company", "change of control", "air ferry"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id "
 "held; undated, a recent rendering, recorded 4.0 as batches 58p-68q recorded their en.wikipedia.org renderings: its "
 "'an airline based in the United Kingdom that operated mainly in Europe between 1946 and 1962' is newer wording than "
 "gutenberg.us's World Library copy at rank 1 ('a private, British independent airline formed in 1946'); doubtful: no "
 "revision id). Cut: the title line '= Silver City Airways ='; the infobox lines ('Infobox', '- Airline: Silver City "
 "Airways' to '- Key People: Hugh Kennard,, Eoin C. Mekie,, Air Cdre Griffith J. Powell', with '- Ceased: 1962 (member "
 "of, British Aviation Services group; taken over by, British United Airways)', so British United Airways, the bases "
 "and the three key people are not in the text; cut as batches 54zu-68q cut their infoboxes); cut after '... its first "
 "Bristol Superfreighter.', before the sentence the excerpt breaks off in ('The following year, the company moved to a "
 "new permanent home'; `truncated`). No citation markers in this rendering. Paragraphs as the rendering sets them "
 "apart (blank lines). No word added or changed; the en dashes of 'Broken Hill, Australia \u2013 an area' and "
 "'1948\u201349' kept. Kept as written: 'an airline based in the United Kingdom that operated mainly in Europe between "
 "1946 and 1962', 'its parent company was Zinc Corporation, an Australian company involved mainly in mining and "
 "mineral processing' (no 'the' before 'Zinc Corporation' here, 'the Zinc Corporation' below), 'The name \"Silver "
 "City\" originated as a nickname of Broken Hill, Australia', 'departed London Heathrow for Sydney via Johannesburg in "
 "late 1946', 'leased its first Bristol Freighter, moved its base to Blackbushe', 'In 1948, control of Silver City "
 "passed from the Zinc Corporation to British Aviation Services', 'In July of that year, the airline inaugurated the "
 "world's first air ferry service across the English Channel between Lympne Airport and Le Touquet Airport', 'In "
 "1948\u201349, Silver City participated in the Berlin Airlift', 'In 1949, it established a French sister airline' "
 "(unnamed), 'In 1953, Silver City took delivery of its first Bristol Superfreighter'. 189 words. No outage and no "
 "near-miss of one told. Recorded CC BY-SA 4.0 (a recent rendering; doubtful, no revision id). Found at rank 3 of the "
 "query 'Silver City Airways British airline founded 1946 air ferry Lympne Wikipedia' (an airline of the lane's kind, "
 "named in no text; the leads' BKS Air Transport gave no English Wikipedia copy in two queries); gutenberg.us (rank 1; "
 "World Library, no licence line seen), image.absoluteastronomy.com (rank 2; glosses woven in), reference.com (rank 4; "
 "an older text, no licence line), liquisearch.com (ranks 5 and 7; a section of 'Air ferry'), silvercityairways.com "
 "(rank 6; an enthusiasts' site) and airliners-airlines.de (rank 8; German) not used. Silver City, Zinc Corporation, "
 "British Aviation Services: " + CHECKED + " ('Broken Hill' in train's wp-commonwealth-aircraft-corporation and texts "
 "on other matters: a town named in passing here).", "UK"))

# ---- manufacturing, UK: Boulton & Paul Ltd (en.wikipedia.org's rendering, undated, recent) ------------------------
BP = [
 "Boulton & Paul Ltd was a British general manufacturer from Norwich, England that became involved in aircraft "
 "manufacture.",
 "Jeld Wen Inc. bought Boulton & Paul (along with another joinery company John Carr) from the Rugby Group plc in 1999 to "
 "form its British subsidiary.",
 "The company's origins date back to an ironmonger's shop founded in 1797 in Norwich by William Moore. William Staples "
 "Boulton joined the ironworks firm of Moore & Barnard in 1844. By 1870 Boulton had been elevated to a partner "
 "alongside of John Barnard and the firm was renamed to Barnard & Boulton. A later partner in the firm was Joseph Paul, "
 "and the firm was again renamed to Boulton & Paul Ltd, which started its construction engineering division in 1905. "
 "By the early 1900s, Boulton & Paul Ltd had become a successful general manufacturing firm.",
 "During the Second World War it was a major producer of prefabricated buildings, wire netting and wooden "
 "sub-assemblies of aircraft. In 1942 the Midland Woodworking Company of Melton Mowbray became a subsidiary. Richard "
 "Jewson of the Jewson timber merchants and former Lord Mayor of Norwich was a member of the board until retiring in "
 "1947."]
KEPT["wp-boulton-paul-ltd"] = ("boulton-paul-enwiki.txt", BP)
R.append(wp("wp-boulton-paul-ltd", "Boulton & Paul Ltd", "https://en.wikipedia.org/wiki/Boulton_&_Paul_Ltd",
 "\n\n".join(BP),
 "manufacturing/aircraft and general engineering", ["history", "founding", "partners", "renaming", "subsidiary",
                                                    "acquisition", "board"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store, at "
 "en.wikipedia.org/wiki/Boulton_%26_Paul_Ltd (the address here built from the title, '&' unescaped; no date or "
 "revision id held; undated, a recent rendering, recorded 4.0 as batches 58p-68q recorded their en.wikipedia.org "
 "renderings: its 'William Staples Boulton joined the ironworks firm of Moore & Barnard in 1844' is fuller than "
 "image.absoluteastronomy.com's older copy at rank 4 of the same query ('Later partners in the firm were John Barnard, "
 "William Boulton, and Joseph Paul'); doubtful: no revision id). Cut: the title line '= Boulton & Paul Ltd ='; the "
 "infobox lines ('Boulton & Paul Ltd', '- Image Alt: plaque in Norwich' to '- Subsid: Midland Woodworking Company'; cut "
 "as batches 54zu-68q cut their infoboxes); the heading '== History =='; cut after '... until retiring in 1947.', "
 "before the subsection heading '=== Corrugated iron buildings ===' and its paragraph, which the excerpt breaks off in "
 "('It was demolished i'; `truncated`), so Woodhall Spa Cottage Museum, Carrow House, Colman's and Monkton Combe School "
 "are not in the text. No citation markers in this rendering. Paragraphs as the rendering sets them apart (blank "
 "lines). No word added or changed. Kept as written: 'a British general manufacturer from Norwich, England that became "
 "involved in aircraft manufacture' (no comma after 'England'), 'Jeld Wen Inc. bought Boulton & Paul (along with "
 "another joinery company John Carr) from the Rugby Group plc in 1999 to form its British subsidiary', 'an "
 "ironmonger's shop founded in 1797 in Norwich by William Moore', 'William Staples Boulton joined the ironworks firm of "
 "Moore & Barnard in 1844', 'By 1870 Boulton had been elevated to a partner alongside of John Barnard' ('alongside "
 "of' as written), 'the firm was renamed to Barnard & Boulton', 'A later partner in the firm was Joseph Paul, and the "
 "firm was again renamed to Boulton & Paul Ltd', 'In 1942 the Midland Woodworking Company of Melton Mowbray became a "
 "subsidiary', 'Richard Jewson of the Jewson timber merchants and former Lord Mayor of Norwich was a member of the "
 "board until retiring in 1947'. 194 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a recent "
 "rendering; doubtful, no revision id). Found at rank 7 of the query 'Boulton Paul Aircraft Limited British aircraft "
 "manufacturer Norwich Wolverhampton Wikipedia history' (an aircraft maker of the lane's kind, named in no text; "
 "the query's own 'Boulton Paul Aircraft' gave only theinfolist.com's glossed copy, so its parent's article was taken); "
 "gzb.ae (rank 1; a book's blurb), typesofplanes.com (rank 2), pilotfriend.com (rank 3), image.absoluteastronomy.com "
 "(rank 4; glosses woven in), theinfolist.com (ranks 5 and 6; glosses woven in) and janes.migavia.com (rank 8) not "
 "used. Boulton, Jeld Wen, Rugby Group, Midland Woodworking, Jewson: " + CHECKED + " ('John Carr' in train's "
 "wp-o2-uk and 'Barnard' in test's wp-distillers-company: other people and matters).", "UK"))


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
