#!/usr/bin/env python3
"""Batch 66l (session 60; gatherer lane 66l): shipping-line and airline histories from English Wikipedia in the company
lane of batches 36j-40zg, 54zu-66e, kept to three companies of two countries, new to the corpus and turned from the
leads and lists of batches 65q, 65h and 66e and from batch 38g's lead (Blue Funnel Line): the Blue Funnel Line, the
trading name of Alfred Holt and Company, the Liverpool shipping company founded by Alfred Holt on 16 January 1866,
with its main operating subsidiary the Ocean Steam Ship Company, a Dutch subsidiary of 1891, an East India subsidiary
sold in 1899 to Norddeutscher Lloyd, and the China Mutual Steam Navigation Company acquired in 1902 (shipping, UK);
Wien Air Alaska, the Alaskan airline started in June 1927 by Noel and Ralph Wien, formed from Northern Consolidated
Airlines and Wien Alaska Airways, which absorbed the Fairbanks Airplane Company, with Sigurd Wien its CEO after Noel
retired (airlines, US); and the Inman Line, the British transatlantic line founded in 1850 as the Liverpool and
Philadelphia Steamship Company by William Inman and his partners John Grubb Richardson and his brothers, bought in
1886 by the International Navigation Company and absorbed in 1893 into the American Line (shipping, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): wikimili.com's copy of 'Blue Funnel Line' (undated, recent), a cf-ipfs.com IPFS copy of 'Wien Air Alaska'
(undated, the IPFS Wikipedia snapshot of about 2017) and detailedpedia.com's copy of 'Inman Line' (undated, recent);
each cut at a paragraph or sentence end before the paragraph or sentence its excerpt breaks off in (`truncated`).
Edits per item in `notes` (title, infobox, image-caption and heading lines cut; paragraphs joined with blank lines; no
word added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather67l/src), the
markers ('[1]', '[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as batches 55e-66e
did. No text tells an outage (a fatal crash, a business sold, absorbed or merged are physical and business events).
newskg (or any extractor) was not run on any text. A round of three: eleven queries, three answered with English
Wikipedia text on a company not yet in the corpus and were taken, the rest left (round notes,
/work/notes/gather67/66l.md; queries, /tmp/gather67l/src/queries.txt).
usage: batch66l.py [POOL_DIR] [--dry]   (default /tmp/gather67l/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather67l/pool"
SRC = "/tmp/gather67l/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md (the lists of "
           "leads of batches 38g, 65n-66e aside), in the session-60 pools (/tmp/gather67*/pool) and in "
           "/work/notes/gather67/CLAIMS.txt as it stood when checked (`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- shipping, UK: Blue Funnel Line (wikimili.com's copy, undated, recent) ------------------------------------------
BF = [
 "Alfred Holt and Company, trading as Blue Funnel Line, was a UK shipping company that was founded in 1866 and "
 "operated merchant ships for 122 years. It was one of the UK's larger shipowning and operating companies, and as such "
 "had a significant role in the country's overseas trade and in the First and Second World Wars.",
 "Alfred Holt founded the business on 16 January 1866. The main operating subsidiary was the Ocean Steam Ship "
 "Company, which owned and operated the majority of the company's vessels.",
 "A Dutch subsidiary, the Nederlandsche Stoomvaart Maatschappij Oceaan, was founded in 1891, as was the East India "
 "Ocean Steam Ship Company, operated from Singapore. This latter was sold in 1899 to Norddeutscher Lloyd. The company "
 "acquired the competing China Mutual Steam Navigation Company in 1902, keeping it as a subsidiary company but "
 "operating it as part of Blue Funnel Line. The company's ships connected the major ports of Shanghai and Hong Kong to "
 "Liverpool. The ship's crews were Chinese as well as European. As a consequence, some Chinese seamen settled in "
 "Liverpool from the 1860s to found the oldest Chinese community in Europe.",
 "Ships of the Blue Funnel fleet all had names from classical Greek legend or history. The majority were cargo ships, "
 "but most of the Ocean SS Co cargo ships also had capacity for a few passengers. The line also had a small number of "
 "purely passenger vessels.",
 "Nestor, launched 7 December 1912, and Ulysses, launched 5 July 1913, are examples of large cargo/passenger vessels "
 "entering the line's service at the time."]
KEPT["wp-blue-funnel-line"] = ("bluefunnel-wikimili.txt", BF)
R.append(wp("wp-blue-funnel-line", "Blue Funnel Line", "https://wikimili.com/en/Blue_Funnel_Line",
 "\n\n".join(BF),
 "shipping", ["history", "founding", "founders", "subsidiaries", "acquisitions", "divestitures"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; undated, taken for a "
 "recent revision: its lead reads 'was a UK shipping company that was founded in 1866 and operated merchant ships for "
 "122 years', where the-uncensored-wiki.com's copy of February 2014 opens 'Alfred Holt and Company, marketed as the "
 "Blue Funnel Line, was founded by Alfred Holt on 16 January 1866'; doubtful: no date held). Cut: the infobox's "
 "table lines before the lead ('Type | Subsidiary of the Ocean "
 "Steam Ship Company |' to 'Subsidiaries |' and '|', with 'Founder | Alfred Holt |', 'Successor | Ocean Group plc |', "
 "'Key people | Victoria Drummond (Engineer) |' and 'Parent | Ocean Steam Ship Company |', so Victoria Drummond, Ocean "
 "Group plc and the infobox's reversed parent line are not in the text; cut as batches 54zu-66e cut their infoboxes); "
 "the citation markers (' [1]' to ' [6]', each with a space before it in this copy); cut in the fifth paragraph after "
 "\"... entering the line's service at the time.\", before the sentence the excerpt breaks off in ('Both ships were "
 "built in Belfast by Workman, Cla'; `truncated`; a cut inside a paragraph, at a sentence end). The copy's paragraphs "
 "are single lines, joined here with blank lines. No word added or changed. Kept as written: 'Alfred Holt and Company, "
 "trading as Blue Funnel Line, was a UK shipping company' (no 'the' before 'Blue Funnel Line'), \"It was one of the "
 "UK's larger shipowning and operating companies\", 'Alfred Holt founded the business on 16 January 1866', 'The main "
 "operating subsidiary was the Ocean Steam Ship Company', 'A Dutch subsidiary, the Nederlandsche Stoomvaart "
 "Maatschappij Oceaan, was founded in 1891, as was the East India Ocean Steam Ship Company, operated from Singapore', "
 "'This latter was sold in 1899 to Norddeutscher Lloyd', 'The company acquired the competing China Mutual Steam "
 "Navigation Company in 1902, keeping it as a subsidiary company but operating it as part of Blue Funnel Line', \"The "
 "ship's crews were Chinese as well as European\" (so, singular 'ship's'), 'most of the Ocean SS Co cargo ships', "
 "'Nestor, launched 7 December 1912, and Ulysses, launched 5 July 1913', 'large cargo/passenger vessels'. 260 words. "
 "No outage and no near-miss of one told (a subsidiary sold and a company acquired are business events). Recorded CC "
 "BY-SA 4.0 (a recent revision; doubtful, undated). Found at rank 2 of the query 'Blue Funnel Line Alfred Holt Ocean "
 "Steam Ship Company history founded'; thriftbooks.com and akateeminenwebshop.com (ranks 1, 7; a book's blurb, "
 "copyrighted), indiabuildings.uk (rank 3; a building's history site), blog.gracesguide.co.uk (rank 4; Grace's Guide, "
 "its own terms), clement-jones.com and liverpoolshipsandsailors.com (ranks 5, 6; a family-history page and an "
 "association's blog quoting the article's older lead) and the-uncensored-wiki.com (rank 8; free, the February 2014 "
 "copy, 150 words of running text without the Chinese-community and ships' paragraphs) not used. Blue Funnel, Alfred "
 "Holt, Ocean Steam Ship, China Mutual, Oceaan, Barber Blue, Workman, Clark: " + CHECKED + " ('Ocean Group' in dev's "
 "wp-john-fredriksen as inside 'Golden Ocean Group', another company; 'Norddeutscher Lloyd' in dev's "
 "wp-norddeutscher-lloyd, another matter, its 1970 merger).", "UK",
 copy_of="the Wikipedia article, via wikimili.com, a Wikipedia mirror"))

# ---- airlines, US: Wien Air Alaska (a cf-ipfs.com IPFS copy, undated, about 2017) -----------------------------------
WI = [
 "Wien Air Alaska (IATA: WC) was a United States airline formed from Northern Consolidated Airlines (NCA) and Wien "
 "Alaska Airways. The company was famous for being the first airline in Alaska, and one of the first in the United "
 "States.",
 "Noel Wien flew an open-cockpit biplane, a Hisso Standard J1 from Anchorage, Alaska's \"Park Strip\" to Fairbanks, "
 "Alaska on 6 July 1924.",
 "In 1925, Wien purchased a Fokker F.III monoplane with a cabin built in 1921 in Amsterdam for the Fairbanks Airplane "
 "Company, and it was shipped to Seward, Alaska, by boat, then shipped in pieces via the Alaska Railroad to Fairbanks. "
 "Ralph Wien, Noel's brother, came with him, to work as a mechanic. They assembled the Fokker F.III Monoplane in "
 "Fairbanks.",
 "Noel taught Ralph how to fly in 1924. Ralph was killed on October 12, 1930, while flying a diesel-powered Bellanca "
 "Bush plane with Fr. Philip Dolen, Superior general of Alaskan Catholic missions, and Fr. William Walsh, a diocesan "
 "priest from Oakland, California, on board.",
 "The airline was started in June 1927 by Noel and Ralph Wien in Nome, Alaska, but traces its roots back to their 1924 "
 "to 1926 flights out of Fairbanks with Bennett Rodebaugh's Fairbanks Airplane Company, which was later absorbed into "
 "Wien Alaska Airways.",
 "His brother Sigurd Wien was a mechanic from 1935 to 1937, when Noel taught Sig how to fly. Starting in 1937, Sig was "
 "also a bush pilot. Sig managed the Nome Office and flew the North Slope bush flights. Sig Wien, as a bush pilot, flew "
 "contracts for USGS geologic exploration activities including geologist Marvin Mangus. Sig Wien became CEO of Wien "
 "Airlines after his brother Noel Wien retired from management activities [1940 to 1969]."]
KEPT["wp-wien-air-alaska"] = ("wien-cfipfs.txt", WI)
R.append(wp("wp-wien-air-alaska", "Wien Air Alaska",
 "https://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq.cf-ipfs.com/wiki/Wien_Air_Alaska.html",
 "\n\n".join(WI),
 "airlines", ["history", "founding", "founders", "executives", "mergers", "acquisitions"],
 "The article as an IPFS copy of English Wikipedia holds it in the page store (a cf-ipfs.com gateway address of the "
 "snapshot batch 29d took Promod\u00e8s from; no date or revision id held; undated, taken for a revision of about 2017, "
 "the snapshot's; doubtful: its lead reads 'formed from Northern Consolidated Airlines (NCA) and Wien Alaska Airways', "
 "where en.wikipedia.org's later rendering reads 'the result of a merger of ... in April 1, 1968'). Cut: the title line "
 "'Wien Air Alaska', the image caption 'Former Wien Air Alaska hangar in Fairbanks, Alaska' and the infobox lines "
 "('Commenced operations June 1927', 'Ceased operations 1985', 'Key people Noel Wien'); the citation markers "
 "('[1][2]'); cut at the end of the sixth paragraph ('... retired from management activities [1940 to 1969].'), "
 "before the paragraph the excerpt breaks off in ('Expansion came at a price, as Wien was pushed to the brink of "
 "bankruptcy. Household Finance, controlling owners since 1979, then dumped its investment i'; `truncated`; its first "
 "sentence left out with it: it would give 'Wien' to the airline as well as to Noel Wien). Paragraphs joined with "
 "blank lines (the copy's double blank line after the lead made one). No word added or changed. Kept as written: 'Wien "
 "Air Alaska (IATA: WC) was a United States airline formed from Northern Consolidated Airlines (NCA) and Wien Alaska "
 "Airways', 'a Hisso Standard J1 from Anchorage, Alaska's \"Park Strip\" to Fairbanks, Alaska on 6 July 1924' (no "
 "comma before 'on'), 'In 1925, Wien purchased a Fokker F.III monoplane with a cabin built in 1921 in Amsterdam for "
 "the Fairbanks Airplane Company', 'They assembled the Fokker F.III Monoplane in Fairbanks' (a capital 'M' here), "
 "'Ralph was killed on October 12, 1930, while flying a diesel-powered Bellanca Bush plane with Fr. Philip Dolen, "
 "Superior general of Alaskan Catholic missions, and Fr. William Walsh', 'The airline was started in June 1927 by Noel "
 "and Ralph Wien in Nome, Alaska', \"Bennett Rodebaugh's Fairbanks Airplane Company, which was later absorbed into "
 "Wien Alaska Airways\", 'Sig managed the Nome Office', 'flew contracts for USGS geologic exploration activities "
 "including geologist Marvin Mangus', 'Sig Wien became CEO of Wien Airlines after his brother Noel Wien retired from "
 "management activities [1940 to 1969]' (the bracketed years are the article's, not a citation marker). 284 words. "
 "No outage and no near-miss of one told (a fatal crash is a physical event; a merger and an absorption are business "
 "events). Recorded CC BY-SA 3.0 (the IPFS snapshot's revision, before June 2023). Found at rank 6 of the query 'Wien "
 "Air Alaska Noel Wien founded airline Household Finance acquired' (the free copy whose excerpt reaches Sigurd Wien's "
 "post); en.wikipedia.org's '= Title =' rendering (rank 7; free, a later revision, breaking off in the 1927 paragraph), "
 "wikivisually.com (rank 8; free, breaking off inside the 1928 incorporation sentence), talk.dob.jp (rank 4; a diff "
 "page of the 6 September 2008 revision, its top a table of wiki markup), stanwing.com, simpleflying.com, "
 "alaska.wikia.com and alaskaairmuseum.org (ranks 1, 2, 3, 5; a collector's page, an aviation site, a fan wiki's "
 "biography and a museum's) not used. Wien Air, Wien Alaska, Northern Consolidated, Fairbanks Airplane, Rodebaugh, "
 "Sigurd, Hisso, Fokker F.III, Alaska Railroad, Mangus: " + CHECKED + " ('Wien' in train's wp-creditanstalt and "
 "others as the German name of Vienna; 'Household Finance', not in the kept text, in other texts).", "US",
 v3=True, copy_of="the Wikipedia article, via an IPFS copy of English Wikipedia"))

# ---- shipping, UK: Inman Line (detailedpedia.com's copy, undated, recent) -------------------------------------------
IN = [
 "The Inman Line was one of the three largest 19th-century British passenger shipping companies on the North "
 "Atlantic, along with the White Star Line and Cunard Line. Founded in 1850, it was absorbed in 1893 into American "
 "Line. The firm's formal name for much of its history was the Liverpool, Philadelphia and New York Steamship Company, "
 "but it was also variously known as the Liverpool and Philadelphia Steamship Company, as Inman Steamship Company, "
 "Limited, and, in the last few years before absorption, as the Inman and International Steamship Company.",
 "By embracing new technology, Inman Line became the first to show that unsubsidized ocean liners could profitably "
 "cross the North Atlantic. With its first steamer, City of Glasgow of 1850, Inman led the drive to replace "
 "wood-hulled paddle steamers with iron-hulled screw-propelled ships. In 1852, Inman established that steerage "
 "passengers could be transported in steamships. Inman's City of Paris of 1866 was the first screw liner that could "
 "match the speed of the paddlers. By 1870, Inman landed more passengers in New York than any other line.",
 "In 1886, the US-owned International Navigation Company bought the company. The new owners began updating the "
 "express fleet with two Blue Riband winners, City of New York and the second City of Paris, ushering in the "
 "double-screw era that ended the need for auxiliary sails.",
 "The Inman Line had its roots in a line of sailing packets owned by John Grubb Richardson and his brothers along "
 "with their young business partner, William Inman (1825\u201381). In 1850, Inman persuaded his partners to form the "
 "Liverpool and Philadelphia Steamship Company and buy an advanced new ship, City of Glasgow."]
KEPT["wp-inman-line"] = ("inman-detailedpedia.txt", IN)
R.append(wp("wp-inman-line", "Inman Line", "https://detailedpedia.com/wiki-Inman_Line",
 "\n\n".join(IN),
 "shipping", ["history", "founding", "founders", "acquisitions", "mergers", "renaming"],
 "The article as detailedpedia.com's copy holds it in the page store (no date or revision id held; undated, taken for "
 "a recent revision, its words those of en.wikipedia.org's current rendering, ships' names aside; as batch 27b "
 "recorded its detailedpedia.com copy of Careem; doubtful: the site's own terms were not found in the page store). "
 "Cut: the title line "
 "'Inman Line'; the image captions 'Inman Line house flag.', 'City of Glasgow of 1850 established that steamships "
 "could operate on the Atlantic without subsidies.' and 'William Inman (1825\u201381)' (a portrait's caption under the "
 "heading; the same words stand in the kept paragraph); the headings 'History' and '1850\u201366'; cut in the fourth "
 "paragraph after '... buy an advanced new ship, City of Glasgow.', before the sentence the excerpt breaks off in ('She "
 "proved profitable because her iron hull required less repair, and her screw propulsion system left more room for "
 "passe'; `truncated`; a cut inside a paragraph, at a sentence end). No citation markers. Paragraphs joined with blank "
 "lines. No word added or changed. Kept as written: 'one of the three largest 19th-century British passenger shipping "
 "companies on the North Atlantic, along with the White Star Line and Cunard Line', 'Founded in 1850, it was absorbed "
 "in 1893 into American Line' (no 'the'), 'the Liverpool, Philadelphia and New York Steamship Company', 'the Liverpool "
 "and Philadelphia Steamship Company, as Inman Steamship Company, Limited, and, ... as the Inman and International "
 "Steamship Company', 'With its first steamer, City of Glasgow of 1850, Inman led the drive', \"Inman's City of Paris "
 "of 1866\", 'By 1870, Inman landed more passengers in New York than any other line', 'In 1886, the US-owned "
 "International Navigation Company bought the company', 'two Blue Riband winners, City of New York and the second "
 "City of Paris', 'a line of sailing packets owned by John Grubb Richardson and his brothers along with their young "
 "business partner, William Inman (1825\u201381)' (an en dash, a two-digit year), 'In 1850, Inman persuaded his "
 "partners to form the Liverpool and Philadelphia Steamship Company'. 273 words. No outage and no near-miss of one "
 "told (a purchase and an absorption are business events). Recorded CC BY-SA 4.0 (a recent revision; doubtful, "
 "undated). Found at rank 8 of the query 'Inman Line William Inman Liverpool and Philadelphia Steam Ship Company "
 "history International Navigation Company acquired' (the free copy that keeps the ships' names); en.wikipedia.org's "
 "'= Title =' rendering, chaos.owiki.org, 845018.h0gkzb4o2.asia and cryer.org.uk (ranks 2, 3, 5, 6; free, but "
 "renderings that drop the ships' names, leaving 'With its first steamer, of 1850,' and 'buy an advanced new ship, .'), "
 "cunard-whitestarline.fandom.com (rank 4; a fan wiki's reworded copy), militaria.co.uk (rank 1; a shop's page) and "
 "docslib.org (rank 7; a journal article, copyrighted) not used. Inman Line, Inman Steamship, Liverpool and "
 "Philadelphia, International Navigation, American Line, John Grubb Richardson, City of Glasgow: " + CHECKED + " "
 "('Inman' in train's and test's texts as other people's surname; 'Richardson' in texts as other people; 'White Star "
 "Line' in train's wp-white-star-line and 'Cunard' in texts on other matters; 'Blue Riband' only in GATHERING.md).",
 "UK",
 copy_of="the Wikipedia article, via detailedpedia.com, a Wikipedia mirror"))


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
