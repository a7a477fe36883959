#!/usr/bin/env python3
"""Batch 71ab (session 65; gatherer lane 71ab): transport-company histories from English Wikipedia in the company lane
of batches 36j-40zg, 54zu-71z, kept to three early airline texts new to the corpus, turned from the leads of rounds
71v, 71q and 71k (transport companies: airlines, railways, shipping lines, bus operators; their named bus leads were in
GATHERING.md's lists or claimed, so three airline subjects with no hit anywhere): Aircraft Transport and Travel Limited,
the British airline formed on 5 October 1916 by George Holt Thomas, a subsidiary of Airco (Aircraft Manufacturing
Company Limited), also known as Airco Air Express, part of the BSA group with its parent from February 1920 and run
under the control of Frank Searle of Daimler Hire Limited (airlines, UK); Hillman's Airways, the 1930s British airline
formed in November 1931 as Hillman's Saloon Coaches and Airways Limited by the Essex coach operator Edward Henry
Hillman, renamed Edward Henry Hillman Limited, later part of British Airways (airlines, UK); and Walter Thomas Varney
(1888-1967), the American aviation pioneer who founded forerunners of United Airlines and Continental Airlines, his
Varney Air Service of Pasco, Washington, the Varney Air Group sold in 1930 to United Aircraft and Transport, and
Varney Speed Lines, founded in 1934 with his partner Louis Mueller (airlines, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): piglix.com's copy of 'Aircraft Transport and Travel' (undated, about 2017 as piglix.com's copies were dated in
batches 71e and 71k; recorded 3.0), en.wikipedia.org's page of "Hillman's Airways" at revision 720593852 (the oldid in
the address; the page says 'as edited by BG19bot ... at 20:41, 16 May 2016'; recorded 3.0) and en.wikipedia.org's
'= Title =' rendering of 'Walter Varney' (undated; recorded 4.0, doubtful: no revision id). Each cut before the end of
the article (all `truncated`): Aircraft Transport and Travel at the end of its excerpt (a sentence end); Hillman's
Airways after its last prose paragraph, before the headings whose lists the excerpt does not hold; Walter Varney before
the sentence its excerpt breaks off in. Edits per item in `notes` (title, site, revision-banner, infobox, caption and
heading lines cut; paragraphs as the copy sets them apart; no word added or changed); `verify()` checks every kept
paragraph against the saved excerpt (/tmp/gather71ab/src), the markers ('[1]', ' [1]', '[nb 1]', '[edit]', '[citation
needed]', '[ citation needed ]') dropped and whitespace runs compared as one space, as batches 55e-71v did. No text
tells an outage. newskg (or any extractor) was not run on any text. A round of three: five queries, three answered
with English Wikipedia text on an airline or airline founder not yet in the corpus and were taken, the rest left (round
notes, /tmp/gather71ab/NOTES.md; queries, /tmp/gather71ab/src/queries.txt; claims, /work/notes/gather71/CLAIMS.txt).
usage: batch71ab.py [POOL_DIR] [--dry]   (default /tmp/gather71ab/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71ab/pool"
SRC = "/tmp/gather71ab/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-65 pools (/tmp/gather71*/pool) and in /work/notes/gather71/CLAIMS.txt as it stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- airlines, UK: Aircraft Transport and Travel (piglix.com's copy) ------------------------------------------------
AT = [
 "Aircraft Transport and Travel Limited was a British airline formed during the First World War, a subsidiary of "
 "Airco. It was the first airline to operate a regular international flight (between London and Paris).",
 "On 5 October 1916, Aircraft Transport and Travel (AT&T) was formed by George Holt Thomas. Using a fleet of former "
 "military Airco DH.4A biplanes, it operated relief flights between Folkestone and Ghent. On 15 July 1919, the company "
 "flew a proving flight across the English Channel, despite a lack of support from the British government. Flown by "
 "Lt. H Shaw in an Airco DH.9 between RAF Hendon and Paris - Le Bourget Airport, the flight took 2 hours and 30 "
 "minutes, and cost \u00a321 per passenger.",
 "On 25 August 1919, the company used DH.16s to start a regular service from Hounslow Heath Aerodrome to Le Bourget, "
 "the first regular (daily) international service in the world. The airline soon gained a reputation for reliability, "
 "despite problems with bad weather. In November 1919, it won the first British civil airmail contract. Six Royal Air "
 "Force Airco DH.9A aircraft were lent to the company, to operate the airmail service between Hawkinge and Cologne. In "
 "1920, they were returned to the Royal Air Force.",
 "In February 1920, with its parent Aircraft Manufacturing Company Limited (Airco), AT&T, also known as Airco Air "
 "Express, became part of the BSA group. It continued operations, under the control of Frank Searle of Daimler Hire "
 "Limited."]
KEPT["wp-aircraft-transport-and-travel"] = ("aircraft-transport-and-travel-piglix.txt", AT)
R.append(wp("wp-aircraft-transport-and-travel", "Aircraft Transport and Travel",
 "http://piglix.com/piglix/Aircraft_Transport_and_Travel",
 "\n\n".join(AT),
 "transport/airlines", ["history", "founding", "subsidiary", "airmail"],
 "The article as piglix.com's copy of English Wikipedia holds it in the page store (piglix.com, a mirror of English "
 "Wikipedia articles; no revision id or date held; about 2017 as batches 71e and 71k dated piglix.com's copies, "
 "recorded 3.0). Cut: the image caption 'De Havilland DH.16, Aircraft Transport & Travel, probably Croydon 1920', the "
 "infobox lines ('|', '|', 'Founded | 5 October 1916 |', '---|---|', 'Ceased operations | 28 February 1921 |', 'Hubs "
 "| |', 'Secondary hubs | |', 'Destinations |', so the closing day is not in the text); no citation marker in the "
 "excerpt; the excerpt ends at '... under the control of Frank Searle of Daimler Hire Limited.', a sentence end, "
 "before the article's later paragraphs (the KLM service, the liquidation of 1920 and Daimler Airway, which the "
 "excerpt does not hold; `truncated`). Paragraphs as the copy sets them apart (one per line), joined with blank lines. "
 "No word added or changed. Kept as written: 'a British airline formed during the First World War, a subsidiary of "
 "Airco', 'On 5 October 1916, Aircraft Transport and Travel (AT&T) was formed by George Holt Thomas', 'Flown by Lt. H "
 "Shaw in an Airco DH.9 between RAF Hendon and Paris - Le Bourget Airport' (the copy's spaced hyphen), 'Six Royal Air "
 "Force Airco DH.9A aircraft were lent to the company', 'In February 1920, with its parent Aircraft Manufacturing "
 "Company Limited (Airco), AT&T, also known as Airco Air Express, became part of the BSA group', 'under the control of "
 "Frank Searle of Daimler Hire Limited'. 241 words. No outage and no near-miss of one told (a formation, a won "
 "contract, aircraft lent and returned, a change of group: business events; 'problems with bad weather' is no lost "
 "service). Found at rank 3 of the query 'Aircraft Transport and Travel airline George Holt Thomas Airco 1916' (query "
 "4); en.wikipedia.org's 'George Holt Thomas' (rank 1; another article, the founder's), wikisum.wiki (rank 2; a "
 "summary site's sentences out of order), memim.com (rank 4; a translated German article), absoluteastronomy.com "
 "(rank 5; an older text with the formation sentence dropped and link glosses run in), gracesguide.co.uk (rank 6; not "
 "Wikipedia's), edcoatescollection.com (rank 7; a photo caption) and piglix.com's 'George Holt Thomas' (rank 8; "
 "another article) not used. Aircraft Transport and Travel, Airco Air Express, Hounslow Heath, Frank Searle, the BSA "
 "group: " + CHECKED + "; George Holt Thomas and Airco in train wp-gloster-aircraft-company (batch 68t; a director of "
 "Gloster with a 50 per cent holder, another matter) and Daimler Hire in train wp-daimler-company's record as another "
 "matter.", "UK", v3=True,
 copy_of="the Wikipedia article, mirrored at piglix.com"))

# ---- airlines, UK: Hillman's Airways (en.wikipedia.org, oldid 720593852) --------------------------------------------
HA = [
 "Hillman's Airways was a 1930s British airline that later became part of British Airways.",
 "The company was formed in November 1931 as Hillman's Saloon Coaches and Airways Limited by Edward Henry Hillman who "
 "was a coach operator in Essex. His previous business had been sold to London Transport following a change in "
 "government rules on the expansion of bus routes. The airline's first service was a charter flight on 25 December "
 "1931. It started a scheduled service on 1 April 1932 between Romford and Clacton using a de Havilland Puss Moth and "
 "a de Havilland Fox Moth; with a fare of \u00a31 return it was operated every three hours due to the popularity. A de "
 "Havilland Dragon was bought to operate an international service between Romford and Paris Le Bourget.",
 "From 1 December 1934 the airline was given a contract to fly air mail between London, Liverpool, Glasgow and Belfast "
 "formerly operated by the Railway Air Services. Following the award of the contract Hillman changed the legal name "
 "from Hillman's Airways Limited to Edward Henry Hillman Limited and the airline extended its services to continental "
 "Europe, including Ostend and Brussels. On 1 June 1934 the airline moved its operating base to Stapleford Aerodrome.",
 "Just before Hillman died, on 31 December 1934, aged 45, the company became a public company, although within a year "
 "it had been merged with two other airlines to form British Airways."]
KEPT["wp-hillmans-airways"] = ("hillmans-airways-enwiki-oldid720593852.txt", HA)
R.append(wp("wp-hillmans-airways", "Hillman's Airways", "https://en.wikipedia.org/wiki/Hillman's_Airways?oldid=720593852",
 "\n\n".join(HA),
 "transport/airlines", ["history", "founding", "renaming", "merger"],
 "The article at revision 720593852 as en.wikipedia.org's page holds it in the page store (the oldid in the address; "
 "the page's banner: 'This is an old revision of this page, as edited by BG19bot ... at 20:41, 16 May 2016'; before "
 "Wikimedia's 2023 move to CC BY-SA 4.0, recorded 3.0). Cut: the title line \"Hillman's Airways\", the site line 'From "
 "Wikipedia, the free encyclopedia', the old-revision banner ('This is an old revision of this page, as edited by "
 "BG19bot ... may differ significantly from the current revision.'); the citation markers ('[1]', '[2]'); cut after "
 "'... merged with two other airlines to form British Airways.', the last prose paragraph the excerpt holds, before the "
 "headings 'Accidents and incidents', 'Fleet', 'References' and 'Notes' (their lists not in the excerpt) and the "
 "broken first note ('1. ^ a b Bluffield 2009'; `truncated`). Paragraphs as the page sets them apart (blank lines). No "
 "word added or changed. Kept as written: 'a 1930s British airline that later became part of British Airways', 'The "
 "company was formed in November 1931 as Hillman's Saloon Coaches and Airways Limited by Edward Henry Hillman who was "
 "a coach operator in Essex' (no comma before 'who'), 'His previous business had been sold to London Transport', 'From "
 "1 December 1934 the airline was given a contract ... formerly operated by the Railway Air Services', 'Hillman "
 "changed the legal name from Hillman's Airways Limited to Edward Henry Hillman Limited', 'On 1 June 1934 the airline "
 "moved its operating base to Stapleford Aerodrome' (so the revision orders it after December 1934), 'within a year "
 "it had been merged with two other airlines to form British Airways'. 235 words. No outage and no near-miss of one "
 "told (a formation, a sale, a won contract, a renaming, a death, a merger: business events). Found at rank 2 of the "
 "query \"Hillman's Airways Edward Hillman airline history\" (query 1); wikimili.com's copy (rank 6; a later text "
 "naming Spartan Air Lines and United Airways Limited, no revision id), en.wikipedia.org's current page (rank 7; the "
 "same prose, undated), el.flightsim.to (rank 1; a one-name study's text, not Wikipedia's), it.qwertyu.wiki (rank 3; "
 "Italian), theinfolist.com (rank 4) and absoluteastronomy.com (rank 5; link glosses run in) and gracesguide.co.uk "
 "(rank 8; not Wikipedia's) not used. Hillman's Airways, Edward Henry Hillman, Hillman's Saloon Coaches, Stapleford: "
 + CHECKED + "; British Airways, London Transport and Railway Air Services' names elsewhere only as other matters "
 "('Hillman' alone in other texts as the Rootes Group's car marque).", "UK", v3=True,
 copy_of="the Wikipedia article (revision 720593852) via en.wikipedia.org's page"))

# ---- airlines, US: Walter Varney (en.wikipedia.org's rendering) -----------------------------------------------------
WV = [
 "Walter Thomas Varney (December 26, 1888 \u2013 January 25, 1967) was an American aviation pioneer who founded "
 "forerunners of two major U.S. airlines, United Airlines and Continental Airlines, which combined under United "
 "Continental Holdings in 2010, long after his death in 1967.",
 "Varney was also one of the most prominent airmail contractors of the early 20th century.",
 "Varney served as a pilot in the Aviation Section, U.S. Signal Corps during World War I. After the war Varney "
 "established an aviation school and air taxi service in northern California.",
 "After finishing flight school in 1918, he purchased Lynch Field in Redwood City with the goal of starting a flying "
 "school and an air taxi service from San Francisco. In October 1925, Varney was awarded one of the first contracts "
 "under the recently passed Contract Air Mail Act after the determination was made the United States Army Air Corps "
 "was not suited for air mail flying. He based his operation, Varney Air Service, in Pasco, Washington, and flew "
 "routes between Pasco, and Elko, Nevada, stopping in Boise, Idaho each way. Varney's first airmail flight took off "
 "on April 6, 1926.",
 "Varney, following a five-company merger, sold the much expanded Varney Air Group in 1930 to United Aircraft and "
 "Transport. The company's name was changed to United Air Lines in 1933.",
 "Continental Airlines was founded in 1934 by Varney and his partner Louis Mueller as Varney Speed Lines. On July 15, "
 "1934, Varney Speed Lines flew its first trip on a 530-mile route from Pueblo, Colorado to El Paso, Texas with stops "
 "in Las Vegas, New Mexico, and Santa Fe and Albuquerque New Mexico."]
KEPT["wp-walter-varney"] = ("walter-varney-enwiki.txt", WV)
R.append(wp("wp-walter-varney", "Walter Varney", "https://en.wikipedia.org/wiki/Walter_Varney",
 "\n\n".join(WV),
 "transport/airlines", ["history", "founder", "airmail", "acquisitions"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (no revision id or date held; "
 "recorded 4.0, doubtful: no revision id or date; the lead's 'which combined under United Continental Holdings in "
 "2010' dates it after 2010). Cut: the title line '= Walter Varney =', the infobox lines ('Walter Varney', '- Born: "
 "December 26, 1888', '- Birthplace: San Francisco, California, U.S.', '- Died: 1967-01-25', '- Occupation: Pilot, "
 "Airline executive'), the heading '== Aviation career =='; cut after '... and Santa Fe and Albuquerque New Mexico.', "
 "before the sentence the excerpt breaks off in ('Varney ceded control to Mueller in 1934, and in 1936 a controlling "
 "interest in the company was sold to Robert Six who renamed it Continental Airlines in 1937, moving its headquarters "
 "to Denve'; `truncated`, so Robert Six and the renaming are not in the text). No citation marker in the excerpt. "
 "Paragraphs as the rendering sets them apart (its lines; the lead's two lines kept as two paragraphs), joined with "
 "blank lines. No word added or changed. Kept as written: 'an American aviation pioneer who founded forerunners of "
 "two major U.S. airlines, United Airlines and Continental Airlines, which combined under United Continental Holdings "
 "in 2010', 'in the Aviation Section, U.S. Signal Corps', 'he purchased Lynch Field in Redwood City', 'He based his "
 "operation, Varney Air Service, in Pasco, Washington, and flew routes between Pasco, and Elko, Nevada' (the comma "
 "after 'Pasco' as written), 'Varney, following a five-company merger, sold the much expanded Varney Air Group in "
 "1930 to United Aircraft and Transport', 'The company's name was changed to United Air Lines in 1933', 'Continental "
 "Airlines was founded in 1934 by Varney and his partner Louis Mueller as Varney Speed Lines', 'Santa Fe and "
 "Albuquerque New Mexico' (no comma). 271 words. No outage and no near-miss of one told (contracts, a sale, a "
 "founding, flights: business events). Found at rank 5 of the query 'Varney Air Lines Walter Varney airline history' "
 "(query 2); es.stringtranslate.com (rank 1; Spanish), lifesflightplan.wordpress.com and patriciahysell.wordpress.com "
 "(ranks 2-3; blogs, not Wikipedia's), de.xcv.wiki (rank 4; German), theinfolist.com's 'Varney Speed Lines' (rank 6; "
 "another article with link glosses run in), netipedia.com (rank 7; an old diff page of 2006 with non-encyclopedic "
 "text) and edcoatescollection.com (rank 8; a photo caption) not used. Walter Varney, Varney Air Service, Varney "
 "Speed Lines, Louis Mueller, United Aircraft and Transport, Lynch Field: " + CHECKED + " ('Varney' alone in DOJ "
 "texts as Christine Varney, another person); United Airlines and Continental Airlines in other texts as other "
 "matters.", "US",
 copy_of="the Wikipedia article via en.wikipedia.org's rendering"))


def _norm(s):
    """The text without citation and note markers and edit links ('[4]', ' [4]', '[nb 1]', '[edit]', '[citation
    needed]', '[ citation needed ]'), whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|nb \d+|edit|citation needed)\s*\]", "", s).split())


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
