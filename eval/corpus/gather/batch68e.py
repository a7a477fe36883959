#!/usr/bin/env python3
"""Batch 68e (session 62; gatherer lane 68e): transport-company histories from English Wikipedia in the company lane
of batches 36j-40zg, 54zu-67ab, kept to three companies of one country, new to the corpus and turned from the leads of
batch 67ab (Foden Trucks) and from the lists of batches 67e, 67k, 67w and 67ab (airlines: Cambrian Airways; aircraft
makers: Blackburn Aircraft): Foden Trucks, the Sandbach maker of trucks and buses with its origins in 1856 in Plant &
Hancock, the agricultural-equipment maker in which Edwin Foden became a partner and which was renamed Hancock & Foden
and, in 1876, Edwin Foden Sons & Co. Ltd., acquired by Paccar in 1980 (manufacturing, UK); Cambrian Airways, the
Cardiff airline established in 1935 as Cambrian Air Services, which took over Olley Air Service and Murray Chown
Aviation in 1953, was taken over by BEA in 1967 and was incorporated into British Airways when BOAC, BEA, Cambrian and
Northeast merged in 1974 (airlines, UK); and Blackburn Aircraft, the Leeds and Brough aircraft maker founded by Robert
Blackburn and Jessy Blackburn, with Norman Blackburn its managing director, which acquired the Cirrus-Hermes
Engineering company in 1934, built the Blackburn Botha at a Dumbarton factory that came of Robert Blackburn's
friendship with Maurice Denny, managing director of William Denny and Brothers, and amalgamated with General Aircraft
Limited in 1949 (manufacturing, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's own '= Title =' renderings of 'Foden Trucks' and 'Cambrian Airways' (no revision id; recent)
and wikimili.com's copy of 'Blackburn Aircraft' (undated, recent). Each cut before the sentence or paragraph its
excerpt breaks off in (all `truncated`). Edits per item in `notes` (title, infobox, heading and caption lines cut;
citation markers cut; paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept
paragraph against the saved excerpt (/tmp/gather69e/src), the markers ('[1]', ' [1]', '[edit]', '[citation needed]')
dropped and whitespace runs compared as one space, as batches 55e-67ab did. No text tells an outage (an airline that
stopped its activities at the outbreak of a war is no service failure). newskg (or any extractor) was not run on any
text. A round of three: seven queries, three answered with English Wikipedia text on a transport company not yet in
the corpus and were taken, the rest left (round notes, /tmp/gather69e/NOTES.md; queries,
/tmp/gather69e/src/queries.txt; claims, /work/notes/gather69/CLAIMS.txt).
usage: batch68e.py [POOL_DIR] [--dry]   (default /tmp/gather69e/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69e/pool"
SRC = "/tmp/gather69e/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md (the lists of "
           "leads of batches 63b-67ab aside), in the session-62 pools (/tmp/gather69*/pool) and in "
           "/work/notes/gather69/CLAIMS.txt as it stood when checked (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- manufacturing, UK: Foden Trucks (en.wikipedia.org's '= Title =' rendering, recent) ----------------------------
FODEN = [
 "Foden Trucks was a British truck and bus manufacturing company which had its origins in Elworth near Sandbach in "
 "1856. Paccar acquired the company in 1980 and ceased to use the marque name in 2006.",
 "In 1856, Edwin Foden became an apprentice at the agricultural equipment manufacturing company of Plant & Hancock. He "
 "left the company for an apprenticeship at Crewe Railway Works, but returned to Plant & Hancock at the age of 19. A "
 "few years afterwards, he became a partner in the company which was renamed to Hancock & Foden. in 1876, the company "
 "was renamed Edwin Foden Sons & Co. Ltd. The company produced massive industrial engines, small stationary steam "
 "engines, and from 1880, agricultural traction engines.",
 "In 1878, the legislation affecting agricultural use was eased, and as a result, Foden produced a successful range "
 "of agricultural traction engines. The perfecting of the compound traction engine in 1887 gave a significant "
 "marketing advantage and later proved invaluable to the development of the steam lorry. Foden also produced 11 "
 "Showman's road locomotives. Production of traction engines largely stopped with World War One but at least one was "
 "produced as late as 1920.",
 "In 1896, the restrictions affecting road transport were eased, which permitted vehicles under 3 tons to travel at "
 "up to 12 mph without a red flag. The time was right, and Foden produced a series of four prototype wagons. The "
 "experience gained from this enabled Foden to build a 3-ton wagon for the War Office 1901 self-propelled lorry "
 "trial."]
KEPT["wp-foden-trucks"] = ("foden-enwiki.txt", FODEN)
R.append(wp("wp-foden-trucks", "Foden Trucks", "https://en.wikipedia.org/wiki/Foden_Trucks",
 "\n\n".join(FODEN),
 "manufacturing/commercial vehicles", ["history", "origins", "partners", "renaming", "acquisition", "products"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id "
 "held; undated, a recent rendering, recorded 4.0 as batches 58p-65c recorded their en.wikipedia.org renderings; its "
 "wording 'A few years afterwards, he became a partner in the company which was renamed to Hancock & Foden. in 1876, "
 "...' is newer than wikimili.com's at rank 8 of the same query, 'Shortly afterwards, he became a partner in the "
 "company. On the retirement of George Hancock in 1887, the company was renamed ...'; doubtful: no revision id). "
 "Cut: the title line '= Foden Trucks ='; the infobox lines between the title and the lead ('Foden Trucks', '- Logo: "
 "Foden.jpg' to '- Parent: Paccar', with '- Successor: Leyland Trucks', '- Founder: Edwin Foden' and '- Defunct: July "
 "2006', so Leyland Trucks and the infobox's 'Founder' are not in the text; cut as batches 54zu-67ab cut their "
 "infoboxes); the headings '==History==' and '===Steam==='; cut after '... for the War Office 1901 self-propelled "
 "lorry trial.', at the end of a paragraph, before the paragraph the excerpt breaks off in ('The Foden was "
 "consistently faster and more economical over the arduous road trials than the Thorneycroft entry, but was placed "
 "second overall as it was claimed that the Thornycroft entry h'; `truncated`), so Thornycroft is not in the text. No "
 "citation markers in this rendering. Paragraphs as the rendering sets them apart (blank lines). No word added or "
 "changed. Kept as written: 'which had its origins in Elworth near Sandbach in 1856', 'Paccar acquired the company in "
 "1980 and ceased to use the marque name in 2006', 'Edwin Foden became an apprentice at the agricultural equipment "
 "manufacturing company of Plant & Hancock', 'He left the company for an apprenticeship at Crewe Railway Works, but "
 "returned to Plant & Hancock at the age of 19', 'A few years afterwards, he became a partner in the company which was "
 "renamed to Hancock & Foden. in 1876, the company was renamed Edwin Foden Sons & Co. Ltd.' ('renamed to'; a small "
 "'in' opening the sentence after the full stop, as the rendering has it), 'from 1880, agricultural traction "
 "engines', 'Foden also produced 11 Showman's road locomotives', 'Production of traction engines largely stopped with "
 "World War One but at least one was produced as late as 1920', 'up to 12 mph without a red flag' (no metric "
 "conversion in this rendering), 'to build a 3-ton wagon for the War Office 1901 self-propelled lorry trial'. 253 "
 "words. No outage and no near-miss of one told (production that stopped with a war is a business matter). Recorded "
 "CC BY-SA 4.0 (a recent rendering; doubtful, no revision id). Found at rank 7 of the query 'Foden Trucks Edwin Foden "
 "Plant & Hancock Sandbach Paccar acquired 1980' (batch 67ab's lead: 'Foden Trucks (free; en.wikipedia.org's '= "
 "Title =' rendering ...)'); a DBkWik SPARQL answer (rank 1; a Fandom wiki's abstract through webdatacommons.org, its "
 "licence not shown), japanesecartrade.com (rank 2; a dealer's page), trucknetuk.com (rank 3; a forum), wikicars.org "
 "(rank 4; a revision-history feed), a cinxe.com proxy of the article's HTML source (rank 5; markup, no running text "
 "in the excerpt), ijre.org (rank 6; a reworded essay) and wikimili.com (rank 8; free, an older wording with its "
 "image captions, breaking off in the 1901 trial) not used. Foden, Elworth, Sandbach, Edwin Foden, Plant & Hancock, "
 "Crewe Railway Works: " + CHECKED + " ('Foden' and 'Plant & Hancock' only in batch 67ab's leads and lists; 'Paccar' "
 "in train's wp-daf-trucks and an FTC text, other matters; 'War Office' in texts on other matters).", "UK"))

# ---- airlines, UK: Cambrian Airways (en.wikipedia.org's '= Title =' rendering, recent) -----------------------------
CAM = [
 "Cambrian Airways was an airline based in the United Kingdom which ran operations from Cardiff and Liverpool "
 "airports between 1935 and 1974. It was incorporated into British Airways when BOAC, BEA, Cambrian and Northeast "
 "merged on 1 April 1974.",
 "Cambrian was established on 25 April 1935 as Cambrian Air Services. The airline's base was at Pengam Moors Airfield "
 "east of Cardiff. The first aircraft to be operated was a de Havilland DH.60 Moth, mainly to train pilots and fly "
 "tourists. With the outbreak of World War II, Cambrian stopped its activities.",
 "Commencing on 1 January 1946 it was the first British airline to restart operations after the war, with a charter "
 "flight with an Auster Autocrat with a cargo of wire rope and an aircraft seat between Cardiff and Bristol. In 1948 "
 "Cambrian was flying in cooperation with BEA and used the de Havilland Dragon Rapide, the Autocrat and the Percival "
 "Proctor. During 1949 flights began between Birmingham and Jersey. During 1953, Cambrian took over Olley Air Service "
 "and Murray Chown Aviation and began services between Southampton to Dinard and Paris. This route was served with "
 "the de Havilland Dove and later with the Douglas DC-3. In 1956 the name changed to Cambrian Airways.",
 "By 1961, Cambrian was operating eight ex-BEA Douglas DC-3s. The service by the Vickers Viscount turboprop began on "
 "20 February 1963 from Cardiff via Bristol to Dublin. From 1964 the type was used on charter flights to Rimini, "
 "Palma, Nice, Valencia and Barcelona. In 1967 BEA took over Cambrian, although it continued as a separate airline. "
 "The following year the last DC-3 was flown."]
KEPT["wp-cambrian-airways"] = ("cambrian-enwiki.txt", CAM)
R.append(wp("wp-cambrian-airways", "Cambrian Airways", "https://en.wikipedia.org/wiki/Cambrian_Airways",
 "\n\n".join(CAM),
 "airlines", ["history", "founding", "renaming", "acquisitions", "takeover", "merger"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id "
 "held; undated, a recent rendering, recorded 4.0 as batches 58p-65c recorded their en.wikipedia.org renderings; its "
 "'ran operations from Cardiff and Liverpool airports' and 'Cambrian was established on 25 April 1935' where "
 "wikimili.com's copies at ranks 2 and 4 of the same query write 'from Cardiff Airport and Liverpool John Lennon "
 "Airport' and 'Cambrian was set up on 25 April 1935'; doubtful: no revision id, and which wording is the newer is "
 "not shown). Cut: the title line '= Cambrian Airways ='; the infobox lines between the title and the lead "
 "('Infobox', '- Airline: Cambrian Airways' to '- Headquarters: Cardiff, Wales', with '- Ceased: , (merged with BOAC, "
 "BEA and Northeast Airlines to form British Airways)', so 'Northeast Airlines', 'Wales' and the infobox's 'to form' "
 "are not in the text; cut as batches 54zu-67ab cut their infoboxes); the heading '==History=='; cut after 'The "
 "following year the last DC-3 was flown.', before the sentence the excerpt breaks off in ('Cambrian also operated "
 "jet BAC One-Elevens, used for charter flights and on the scheduled ne'; `truncated`), so the BAC One-Eleven is not "
 "in the text. No citation markers in this rendering. Paragraphs as the rendering sets them apart (blank lines). No "
 "word added or changed. Kept as written: 'which ran operations from Cardiff and Liverpool airports between 1935 and "
 "1974', 'It was incorporated into British Airways when BOAC, BEA, Cambrian and Northeast merged on 1 April 1974' "
 "('Northeast' alone), 'Cambrian was established on 25 April 1935 as Cambrian Air Services', 'Pengam Moors "
 "Airfield', 'With the outbreak of World War II, Cambrian stopped its activities', 'with a charter flight with an "
 "Auster Autocrat with a cargo of wire rope and an aircraft seat between Cardiff and Bristol', 'In 1948 Cambrian was "
 "flying in cooperation with BEA', 'During 1953, Cambrian took over Olley Air Service and Murray Chown Aviation and "
 "began services between Southampton to Dinard and Paris' ('between ... to'), 'eight ex-BEA Douglas DC-3s', 'In 1967 "
 "BEA took over Cambrian, although it continued as a separate airline'. 268 words. No outage and no near-miss of one "
 "told ('Cambrian stopped its activities' at the outbreak of war: a business's pause, no service failure). Recorded "
 "CC BY-SA 4.0 (a recent rendering; doubtful, no revision id). Found at rank 5 of the query 'Cambrian Airways Welsh "
 "airline founded Cardiff British European Airways shareholding merged British Airways history' (an airline from the "
 "lists of batches 67e, 67k, 67w and 67ab); airwaysmag.com (ranks 1, 7; a magazine, copyrighted), wikimili.com "
 "(ranks 2, 4; free, the same article with image captions, breaking off before the 1953 purchases), "
 "the-uncensored-wiki.com (rank 3; free, an old stub with typos, 'incorporated into British Airways in 1976'), "
 "sites.google.com (rank 6; French) and airlines-airliners.com (rank 8; German) not used. Cambrian, Olley Air, Murray "
 "Chown, Pengam: " + CHECKED + " ('BEA', 'BOAC' and 'British Airways' in texts on other matters).", "UK"))

# ---- manufacturing, UK: Blackburn Aircraft (wikimili.com's copy, undated, recent) ----------------------------------
BLACK = [
 "Blackburn Aircraft Limited was a British aircraft manufacturer from 1914 to 1963 that concentrated mainly on naval "
 "and maritime aircraft.",
 "Blackburn Aircraft was founded by Robert Blackburn and Jessy Blackburn, who built his first aircraft in Leeds in "
 "1908 with the company's Olympia Works at Roundhay opening in 1914.",
 "The Blackburn Aeroplane & Motor Company was created in 1914 and established in a new factory at Brough, East Riding "
 "of Yorkshire in 1916. Robert's brother Norman Blackburn later became managing director.",
 "Blackburn acquired the Cirrus-Hermes Engineering company in 1934, beginning its manufacture of aircraft engines. "
 "However an updated range of engines was under development and Blackburn wanted to wait until it was established "
 "before giving its name to them, so Cirrus Hermes Engineering was retained as a separate company for the time being.",
 "The company's name was changed to Blackburn Aircraft Limited in 1936.",
 "In 1937, with the new Cirrus engines now well established, engine manufacturing was brought into the parent company "
 "as an operating division, giving rise to the Blackburn Cirrus name.",
 "By 1937, pressure to re-arm was growing and the Yorkshire factory was approaching capacity. A fortuitous friendship "
 "between Maurice Denny, managing director of William Denny and Brothers, the Dumbarton ship building company, and "
 "Robert Blackburn resulted in the building of a new Blackburn factory at Barge Park, Dumbarton where production of "
 "the Blackburn Botha commenced in 1939.",
 "Blackburn amalgamated with General Aircraft Limited in 1949 as Blackburn and General Aircraft Limited, reverting to "
 "Blackburn Aircraft Limited by 1958."]
KEPT["wp-blackburn-aircraft"] = ("blackburn-wikimili.txt", BLACK)
R.append(wp("wp-blackburn-aircraft", "Blackburn Aircraft", "https://wikimili.com/en/Blackburn_Aircraft",
 "\n\n".join(BLACK),
 "manufacturing/aircraft", ["history", "founders", "executives", "acquisition", "renaming", "amalgamation"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; undated, taken for a "
 "recent revision, as batches 66l and 67ab took their wikimili.com copies: its 'founded by Robert Blackburn and Jessy "
 "Blackburn' and 'acquired the Cirrus-Hermes Engineering company in 1934' where english.turkcebilgi.com's older GFDL "
 "copy at rank 7 of the same query has the same words, and its infobox's 'Key people | Barry Laight'; doubtful: no "
 "date held). Cut: the infobox lines the excerpt opens with, in the copy's table form ('Industry | Aviation, aircraft "
 "engines |' to 'Key people | Barry Laight |', with 'Founder | Robert Blackburn |', 'Fate | Acquisition and merger |' "
 "and 'Successor | Hawker Siddeley Group |', so Barry Laight, Hawker Siddeley Group and the infobox's 'Acquisition' "
 "are not in the text; cut as batches 54zu-67ab cut their infoboxes); the citation markers (' [1] [2]', ' [3]', ' "
 "[4]', ' [5]', ' [6]', ' [7]', ' [8]', ' [9]', ' [10]', each with a space before it in this copy); cut after '... "
 "reverting to Blackburn Aircraft Limited by 1958.', before the sentence the excerpt breaks off in ('As part of the "
 "rationalisation of British aircraft manufacturers,'; `truncated`), so the later history (Hawker Siddeley) is not in "
 "the text. The copy's paragraphs are single lines, joined here with blank lines. No word added or changed. Kept as "
 "written: 'a British aircraft manufacturer from 1914 to 1963', 'Blackburn Aircraft was founded by Robert Blackburn "
 "and Jessy Blackburn, who built his first aircraft in Leeds in 1908 with the company's Olympia Works at Roundhay "
 "opening in 1914' ('his' after two founders, as the article has it), 'The Blackburn Aeroplane & Motor Company was "
 "created in 1914', 'at Brough, East Riding of Yorkshire in 1916' (no comma after 'Yorkshire'), \"Robert's brother "
 "Norman Blackburn later became managing director\", 'Blackburn acquired the Cirrus-Hermes Engineering company in "
 "1934', 'so Cirrus Hermes Engineering was retained as a separate company for the time being' (no hyphen this time), "
 "'However an updated range' (no comma after 'However'), 'giving rise to the Blackburn Cirrus name', 'A fortuitous "
 "friendship between Maurice Denny, managing director of William Denny and Brothers, the Dumbarton ship building "
 "company, and Robert Blackburn' ('ship building', two words), 'a new Blackburn factory at Barge Park, Dumbarton where "
 "production of the Blackburn Botha commenced in 1939', 'Blackburn amalgamated with General Aircraft Limited in 1949 "
 "as Blackburn and General Aircraft Limited, reverting to Blackburn Aircraft Limited by 1958'. 251 words. No outage "
 "and no near-miss of one told. Recorded CC BY-SA 4.0 (a recent revision; doubtful, undated). Found at rank 8 of the "
 "query 'Blackburn Aircraft Robert Blackburn founded Leeds Brough acquired by Hawker Siddeley 1960' (an aircraft maker "
 "from the lists of batches 67k, 67w and 67ab); aircraft-in-focus.com (rank 1), janes.migavia.com (rank 2), the "
 "Science Museum Group's collection pages (ranks 3, 5), airportofcroydon.com (rank 4) and vulcantothesky.org (rank 6; "
 "a bookshop's blurb) (copyrighted or their own terms) and english.turkcebilgi.com (rank 7; an older copy under the "
 "GFDL notice, cut after its 1937 sentence, with the site's notice) not used. Blackburn Aircraft, Robert Blackburn, "
 "Jessy, Norman Blackburn, Olympia Works, Roundhay, Cirrus-Hermes, William Denny, Barge Park: " + CHECKED + " "
 "('Blackburn' alone in texts on the Lancashire town and on other matters; 'Cirrus' in texts on Cirrus Aircraft and "
 "other matters; 'General Aircraft' in test's wp-cirrus-aircraft by a `grep -l` hit, China Aviation Industry General "
 "Aircraft, another matter; 'Hawker Siddeley' (not in the text) in texts on other matters).", "UK",
 copy_of="the Wikipedia article, via wikimili.com, a Wikipedia mirror"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[edit]', '[citation needed]'), whitespace
    runs as one space."""
    return " ".join(re.sub(r"\s*\[(\d+|edit|citation needed)\]", "", s).split())


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
