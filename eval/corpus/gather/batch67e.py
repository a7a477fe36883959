#!/usr/bin/env python3
"""Batch 67e (session 61; gatherer lane 67e): airline and shipping-line histories from English Wikipedia in the
company lane of batches 36j-40zg, 54zu-66l, kept to three companies of two countries, new to the corpus and turned from
the leads and lists of batches 66l and 66e and from batch 38g's lead (Lamport and Holt): Air Florida, the Miami
low-cost carrier of 1972-1984, organised by a group with Eli Timoner as chairman, Bill Spohrer as president, Jim
Woodman as VP, Robert Bussey as Secretary and Reed Cleary as chief pilot, flown under contract to Midway Airlines as
'Midway Express' and sold to Midway in 1985 (airlines, US); Lamport and Holt, the Liverpool shipping line of 1845 taken
over in 1911 by the Royal Mail Steam Packet Company, bought in 1944 by the Vestey Group and absorbed in 1991 into its
Blue Star Line subsidiary (shipping, UK); and Texas International Airlines, Trans-Texas Airways until its renaming,
acquired in 1972 by Jet Capital Corporation, headed by Frank Lorenzo (airlines, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' rendering of 'Air Florida' (undated, recent), en.wikipedia.org's rendering of
'Lamport and Holt' under the interwiki address 'wiki/en:Lamport_and_Holt' (undated, recent) and liquisearch.com's copy
of the 'History' section of 'Texas International Airlines' (undated, an older revision); each cut at a paragraph or
sentence end before the paragraph or sentence its excerpt breaks off in (`truncated`).
Edits per item in `notes` (title, infobox, table, heading and edit-link lines cut; paragraphs joined with blank lines;
no word added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather68e/src), the
markers ('[1]', '[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as batches 55e-66l
did. No text tells an outage (a fatal crash, a grounding in bankruptcy, a takeover, a collapse and an absorption are
physical and business events). newskg (or any extractor) was not run on any text. A round of three: three queries,
each answered with English Wikipedia text on a company not yet in the corpus, one text taken from each (round notes,
/work/notes/gather68/67e.md; queries, /tmp/gather68e/src/queries.txt).
usage: batch67e.py [POOL_DIR] [--dry]   (default /tmp/gather68e/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68e/pool"
SRC = "/tmp/gather68e/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md (the lists of "
           "leads of batches 38g, 65q-66l aside), in the session-61 pools (/tmp/gather68*/pool) and in "
           "/work/notes/gather68/CLAIMS.txt as it stood when checked (`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- airlines, US: Air Florida (en.wikipedia.org's '= Title =' rendering, undated, recent) ---------------------------
AF = [
 "Air Florida was an American low-cost carrier that operated under its own brand from 1972 to 1984. During the period "
 "from 1972 to 1978 Air Florida was an intrastate airline. Until a high-profile 1982 aircraft crash in Washington DC, "
 "Air Florida was considered an early success story of U.S. airline deregulation, having expanded rapidly from its "
 "original Florida network, including internationally to Europe and Latin America. After the crash, the airline "
 "struggled for over two and a half years before finally succumbing to bankruptcy in 1984.",
 "After being grounded for three months in Chapter 11 bankruptcy, Air Florida flew again for 10 months in 1984 and "
 "1985 under contract to Midway Airlines using the brand \"Midway Express\", with Midway selling the tickets and doing "
 "the marketing. In 1985 it was sold to Midway.",
 "Air Florida was based at Miami International Airport. Air Florida was initially organized as an intrastate airline "
 "by a group including Miami native Eli Timoner as chairman, Bill Spohrer as president, Jim Woodman as VP, Robert "
 "Bussey as Secretary and Reed Cleary as chief pilot. The inspiration was Pacific Southwest Airlines, the "
 "long-established California intrastate airline. Spohrer came from Convair 990 operator APSA, which may account for "
 "Air Florida's initial focus on a 149-seat Convair 990 as an aircraft, to be leased from Modern Air Transport. Later "
 "the focus changed to an Eastern Air Lines DC-8 before settling on a Pan Am Boeing 707 purchased for $1.1mm."]
KEPT["wp-air-florida"] = ("airflorida-enwiki.txt", AF)
R.append(wp("wp-air-florida", "Air Florida", "https://en.wikipedia.org/wiki/Air_Florida",
 "\n\n".join(AF),
 "airlines", ["history", "founding", "executives", "acquisitions", "bankruptcy", "contracts"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (no date or revision id held; "
 "undated, taken for a recent revision: its infobox gives 'Founded: 4 November 1971' and 'Parent: Air Florida System, "
 "Inc.', where piglix.com's older copy reads 'Founded | September 1971' and 'Parent company | Air Florida, Inc.'). Cut: "
 "the title line '= Air Florida ='; the infobox lines ('Infobox' to '- Key People: Eli Timoner, Ed Acker, Donald "
 "Lloyd-Jones', so Air Florida System, Inc., Ed Acker and Donald Lloyd-Jones are not in the text; cut as batches "
 "54zu-66l cut their infoboxes); the headings '==History==' and '===Intrastate origin==='; cut in the third paragraph "
 "after '... a Pan Am Boeing 707 purchased for $1.1mm.', before the sentence the excerpt breaks off in ('The inability "
 "to settle on an aircraft delayed Federal Aviation Administration (FAA) approval and thus start of the carrie'; "
 "`truncated`; a cut inside a paragraph, at a sentence end; the FAA leaves the text with it). No citation markers. "
 "Paragraphs joined with blank lines. No word added or changed. Kept as written: 'Air Florida was an American "
 "low-cost carrier that operated under its own brand from 1972 to 1984', 'During the period from 1972 to 1978 Air "
 "Florida was an intrastate airline' (no comma after '1978'), 'a high-profile 1982 aircraft crash in Washington DC' (no "
 "comma or points in 'DC'), 'U.S. airline deregulation', 'flew again for 10 months in 1984 and 1985 under contract to "
 "Midway Airlines using the brand \"Midway Express\", with Midway selling the tickets and doing the marketing', 'In 1985 "
 "it was sold to Midway', 'a group including Miami native Eli Timoner as chairman, Bill Spohrer as president, Jim "
 "Woodman as VP, Robert Bussey as Secretary and Reed Cleary as chief pilot' (a capital 'S' on 'Secretary'), 'Spohrer "
 "came from Convair 990 operator APSA', 'a 149-seat Convair 990', 'to be leased from Modern Air Transport', 'an "
 "Eastern Air Lines DC-8', 'a Pan Am Boeing 707 purchased for $1.1mm' (the '$1.1mm' as written). 240 words. No outage "
 "and no near-miss of one told beyond a grounding in bankruptcy and a crash (a business failure and a physical "
 "accident, GUIDELINES, Outages). Recorded CC BY-SA 4.0 (a recent revision). Found at rank 5 of the query 'Air Florida "
 "airline history founded Eli Timoner acquired' (the free copy whose excerpt names the first officers); yahoo.com and "
 "articles.sun-sentinel.com (ranks 1, 2; news stories, copyrighted), piglix.com (rank 3; free, an older revision "
 "naming Ted Griffin and Ed Acker, not taken: one text per matter, and its lead holds fewer posts), airwaysmag.com "
 "(rank 4; a magazine's tag page), wikisum.wiki (rank 6; a summary site's reworded sentences), knowpia.com (rank 7; "
 "its own reuse terms not held, an older lead) and theinfolist.com (rank 8; a copy interleaving other articles' "
 "leads) not used. Air Florida, Timoner, Spohrer, Woodman, Bussey, Cleary, Midway Airlines, Midway Express, APSA, "
 "Modern Air Transport: " + CHECKED + " ('Pacific Southwest Airlines' in batch 65q's wp-pacific-southwest-airlines, "
 "another matter, named here only as an inspiration; 'Eastern Air Lines' and 'Pan Am' in texts on other matters).",
 "US"))

# ---- shipping, UK: Lamport and Holt (en.wikipedia.org's 'wiki/en:' rendering, undated, recent) ----------------------
LH = [
 "Lamport and Holt was a UK merchant shipping line. It was founded as a partnership in 1845, reconstituted as a limited "
 "company in 1911 and ceased trading in 1991.",
 "From 1845 until 1975 Lamport and Holt was headquartered in Liverpool. The founders of Booth Line and Blue Funnel Line "
 "had family links with the original partners in Lamport and Holt, and worked for them before founding their own "
 "steamship lines in the 1860s.",
 "Lamport and Holt was an independent partnership until 1911, when it became a limited company and the Royal Mail "
 "Steam Packet Company (RMSP) took it over. RMSP collapsed as a result of the Royal Mail Case in 1931 but was "
 "reconstituted as Royal Mail Lines in 1932. Vestey Group bought Lamport and Holt in 1944 and absorbed it into its "
 "Blue Star Line subsidiary in 1991.",
 "For much of its history Lamport and Holt traded with the east coast of South America, operating liner services "
 "there to and from New York, Britain and mainland Europe. from 1902 to 1928 it operated a significant passenger ocean "
 "liner service and from 1932 to 1939 it ran cruise ships.",
 "Lamport and Holt carried cargo for the UK government in the Crimean War, World War I, World War II and Falklands War. "
 "In each World War it operated troopships and lost numerous ships and personnel to enemy action.",
 "From 1932 Liverpool City Council authorised the company to fly the city's civic flag when in port. It is the only "
 "shipping company to have been granted this privilege.",
 "William James Lamport (1815\u20131874) was born in Lancaster, Lancashire, the son of a Unitarian minister. In the "
 "1830s he started work in the office of Gibbs, Bright and Company in Liverpool, where he learnt commerce and ship "
 "management. His brother Charles Lamport became the proprietor of a shipyard in Workington, Cumberland."]
KEPT["wp-lamport-and-holt"] = ("lamportholt-enwiki.txt", LH)
R.append(wp("wp-lamport-and-holt", "Lamport and Holt", "https://en.wikipedia.org/wiki/en:Lamport_and_Holt",
 "\n\n".join(LH),
 "shipping", ["history", "founding", "acquisitions", "mergers", "subsidiaries"],
 "The article as en.wikipedia.org's rendering under the interwiki address 'wiki/en:Lamport_and_Holt' holds it in the "
 "page store (no date or revision id held; undated, taken for a recent revision: its lead reads 'was a UK merchant "
 "shipping line. It was founded as a partnership in 1845, reconstituted as a limited company in 1911', where the "
 "Kiwix copy of October 2018 opens 'was a shipping line based in Liverpool, England. It was founded in 1845 by William "
 "James Lamport and George Holt'). Cut: the title line 'Lamport and Holt'; the infobox's table lines ('Industry | "
 "maritime transport |' to 'Owner |' and '|', with 'Founder | WJ Lamport, George Holt |', so the founders' names and "
 "George Holt are not in the text; cut as batches 54zu-66l cut their infoboxes); the heading 'Founding' and the edit "
 "link '[edit]' before the seventh paragraph; the citation marker '[1]'; cut at the end of the seventh paragraph "
 "('... the proprietor of a shipyard in Workington, Cumberland.'), before the paragraph the excerpt breaks off in "
 "('George Holt, jun'; `truncated`). The copy's paragraphs are single lines, joined here with blank lines. No word "
 "added or changed. Kept as written: 'Lamport and Holt was a UK merchant shipping line', 'From 1845 until 1975 Lamport "
 "and Holt was headquartered in Liverpool' (no comma), 'The founders of Booth Line and Blue Funnel Line' (no 'the' "
 "before either), 'the Royal Mail Steam Packet Company (RMSP) took it over', 'RMSP collapsed as a result of the Royal "
 "Mail Case in 1931 but was reconstituted as Royal Mail Lines in 1932', 'Vestey Group bought Lamport and Holt in 1944 "
 "and absorbed it into its Blue Star Line subsidiary in 1991' (no 'the' before 'Vestey Group'), 'mainland Europe. from "
 "1902 to 1928' (a small 'f' opening the sentence), 'carried cargo for the UK government in the Crimean War, World War "
 "I, World War II and Falklands War', 'From 1932 Liverpool City Council authorised the company', 'William James "
 "Lamport (1815\u20131874)' (an en dash), 'the office of Gibbs, Bright and Company in Liverpool', 'His brother Charles "
 "Lamport became the proprietor of a shipyard in Workington, Cumberland'. 307 words. No outage and no near-miss of "
 "one told (a takeover, a collapse, a purchase and an absorption are business events; ships lost to enemy action are "
 "war losses). Recorded CC BY-SA 4.0 (a recent revision; undated). Found at rank 6 of the query 'Lamport and Holt Line "
 "history founded William James Lamport George Holt Liverpool shipping company' (the free copy whose excerpt reaches "
 "furthest into the recent revision); kiwix.casplantje.nl (rank 1; free, the Kiwix copy of October 2018, an older "
 "revision naming the founders in running text but breaking off before the 1911 takeover; one text per matter), "
 "en.wikipedia.org's '= Title =' rendering and en.wikipedia-on-ipfs.org (ranks 7, 8; free, the same words, breaking "
 "off earlier in the Lamport paragraph), theinfolist.com (rank 2; a copy interleaving other articles' leads), "
 "liverpoolpicturebook.com and liverpoolmuseums.org.uk (ranks 3, 4; a photo blog and a museum's archive guide, their "
 "own terms) and glabarre.com (rank 5; a dealer's page quoting the article) not used. Lamport, Vestey, Blue Star Line, "
 "Royal Mail Lines, Booth Line, Gibbs, Bright: " + CHECKED + " ('Royal Mail Steam Packet Company' in dev's "
 "wp-red-funnel, another matter; 'Blue Funnel Line' in batch 66l's wp-blue-funnel-line, another matter, named here "
 "only as a founders' line).", "UK",
 copy_of="the Wikipedia article, via en.wikipedia.org's interwiki address 'wiki/en:'"))

# ---- airlines, US: Texas International Airlines (liquisearch.com's copy of 'History', undated, older) ----------------
TI = [
 "During the 1960s the airline operated a Beechcraft Model 99 and six Convair 600s, along with the inevitable Douglas "
 "DC-3s. By the early 1960s Texas International (then still titled Trans-Texas) operated services from one side of "
 "Texas to the other, as far west as El Paso and as far east as Texarkana, Arkansas (the airport for the city also "
 "serves neighboring Texarkana, Texas). Soon flights to New Mexico were added.",
 "Starting in 1967 it had a fleet of McDonnell Douglas DC-9 jets, nineteen Series 10 and seven Series 30 aircraft, "
 "operating them to airports as small as Baton Rouge, Louisiana, Beaumont, Texas, and Little Rock, Arkansas. The "
 "airline was derisively called \"Tree Top Airlines\" and \"Tinker Toy Airlines\" by its competitors. When Trans-Texas "
 "Airways changed its name to Texas International Airlines, the company ran newspaper ads showing a Tinker Toy "
 "airplane flying along treetops. The copy read \"No More Tinker Toys. No More Treetops. We are now Texas "
 "International Airlines.\"",
 "After suffering annual losses of up to $3 million it was acquired in 1972 by Jet Capital Corporation, headed by "
 "32-year-old Frank Lorenzo. The airline quickly saw a $6 million profit, largely due to aggressive wage cuts "
 "spearheaded by Lorenzo as well as sharp marketing efforts.",
 "Historically the airline had scheduled service to such cities as: El Paso, McAllen, Amarillo, Lubbock, Wichita "
 "Falls, San Angelo, Abilene, Midland-Odessa, Austin and Beaumont-Port Arthur. Outside of Texas, service included "
 "Arkansas (Hot Springs), New Mexico (Roswell, Albuquerque, Hobbs and Santa Fe), Colorado (Denver), California (Los "
 "Angeles), Nevada (Las Vegas), and Mexico (Veracruz and Tampico)."]
KEPT["wp-texas-international-airlines"] = ("texasintl-liquisearch.txt", TI)
R.append(wp("wp-texas-international-airlines", "Texas International Airlines",
 "http://www.liquisearch.com/texas_international_airlines/history",
 "\n\n".join(TI),
 "airlines", ["history", "renaming", "acquisitions", "executives", "routes", "fleet"],
 "The 'History' section of the article as liquisearch.com (a Wikipedia mirror serving one section a page, as batches "
 "23b, 65h and 65q recorded their copies) holds it in the page store (no date or revision id held; undated, taken for "
 "an older revision, as batch 65q dated its liquisearch.com copy: its words 'Starting in 1967 it had a fleet of "
 "McDonnell Douglas DC-9 jets' stand where a later copy with no address held reads 'In 1967 it purchased a fleet of'; "
 "doubtful). Cut: the title line 'Texas International Airlines - History' and the heading 'History'; the traffic "
 "table ('Revenue passenger traffic, in millions of passenger-miles (scheduled flights only, domestic plus "
 "international)', 'Year Pax-Miles' and its six rows '1951 17' to '1975 580'; a table, cut as the templates cut "
 "infobox tables, so its years are not in the text); cut at the end of the fourth running paragraph ('... Nevada (Las "
 "Vegas), and Mexico (Veracruz and Tampico).'), before the paragraph the excerpt breaks off in ('During the mid-1970s, "
 "in response to intense competition from Southwest Airlines, Texas Inter'; `truncated`; Southwest Airlines leaves the "
 "text with it). The section does not name the airline in full before its second running paragraph ('The airline "
 "was derisively called ...'; the article's lead is not served on this page), kept as it stands. No citation markers. "
 "Paragraphs joined with blank lines. No word added or changed. Kept as written: 'along with the inevitable Douglas "
 "DC-3s', 'By the early 1960s Texas International (then still titled Trans-Texas) operated services', 'Texarkana, "
 "Arkansas (the airport for the city also serves neighboring Texarkana, Texas)', 'nineteen Series 10 and seven Series "
 "30 aircraft', '\"Tree Top Airlines\" and \"Tinker Toy Airlines\"', 'When Trans-Texas Airways changed its name to "
 "Texas International Airlines', the advertisement's copy in double quotation marks (three short sentences of an "
 "advertisement, 14 words, as the article quotes them), 'After suffering annual losses of up to $3 million it was "
 "acquired in 1972 by Jet Capital Corporation, headed by 32-year-old Frank Lorenzo' (no comma after 'million'), "
 "'such cities as: El Paso, McAllen, ...' (a colon after 'as'), 'Midland-Odessa', 'Beaumont-Port Arthur'. 260 words. "
 "No outage and no near-miss of one told (annual losses and wage cuts are business facts). Recorded CC BY-SA 3.0 (an "
 "older revision). Found at rank 5 of the query 'Texas International Airlines Jet Capital Corporation Frank Lorenzo "
 "1972 Trans-Texas Airways history' (the addressed free copy that batch 66l's lead asked for, reaching the 1972 "
 "purchase); an excerpt with no address held (rank 3; a copy of the article whose lead tells the 1982 merger with "
 "Continental Airlines; no address to cite), yourattorneyinfo.blogspot.com (rank 1; a blog's machine-translated "
 "copy of another article), super70s.com and theartrocks.com (ranks 2, 4; a magazine site's essay and a memoir, "
 "copyrighted), stanwing.com (rank 6; a collector's page), alchetron.com (rank 7; its own terms, the lead and route "
 "lists) and owiki.org (rank 8; free, its excerpt breaking off in the route paragraphs, before 1972) not used. Texas "
 "International, Trans-Texas, Jet Capital, Tree Top, Tinker Toy, Beechcraft Model 99, Convair 600: " + CHECKED + " "
 "('Lorenzo' in train's wn-mario-draghi-succeeds-antonio-fazio-bank-2005, another person; 'Texas Air' in train's "
 "wp-expressjet, not in the kept text).", "US",
 v3=True, copy_of="the Wikipedia article's 'History' section, via liquisearch.com, a Wikipedia mirror"))


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
