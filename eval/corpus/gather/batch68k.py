#!/usr/bin/env python3
"""Batch 68k (session 62; gatherer lane 68k): transport-company histories from English Wikipedia in the company lane
of batches 36j-40zg, 54zu-68e, kept to three companies of two countries, new to the corpus and turned from the lists
of leads of batches 67w, 67ab and 68e (vehicle makers: Crossley Motors, Hupmobile; airlines: Transair), after Anchor
Line, Brocklebank (the first leads of batch 68e) and three more names of those lists gave no usable English Wikipedia
copy: Crossley Motors, the Manchester maker of cars, buses and military vehicles established as a division of the
engine builders Crossley Brothers, which bought 68.5% of Avro's shares in 1920 and whose directors agreed to a takeover
by AEC in the late 1940s (manufacturing, UK); Transair, the Croydon air-taxi and charter airline founded in 1947 by
Gerald "Gerry" Freeman, part of the Airwork group by 1957, absorbed into British United Airways in 1960, with its first
inclusive-tour charter contract with Horizon Holidays in 1953 (airlines, UK); and the Hupp Motor Car Company, the
Detroit maker of the Hupmobile from 1909 to 1939, co-founded by Bobby Hupp with Charles Hastings, with J. Walter
Drake and three more investors, a president, a vice president and general manager, a chief engineer and an
assistant general manager (manufacturing, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): everything.explained.today's copy of 'Crossley Motors' (undated, recent) and wikimili.com's copies of 'Transair
(UK)' and 'Hupmobile' (undated, recent). Each cut before the sentence its excerpt breaks off in (all `truncated`).
Edits per item in `notes` (title, site, coordinates, infobox, image-caption, contents and heading lines cut; citation
and note markers cut; paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept
paragraph against the saved excerpt (/tmp/gather69k/src), the markers ('[1]', ' [1]', '[nb 1]', '[edit]', '[citation
needed]') dropped, a space left before a closing bracket by a cut marker dropped, and whitespace runs compared as one
space, as batches 55e-68e did. No text tells an outage (car-making run down and stopped, production that finally
stopped, an airline absorbed into another are business matters). newskg (or any extractor) was not run on any text. A
round of three: nine queries, three answered with English Wikipedia text on a transport company not yet in the
corpus and were taken, the rest left (round notes, /tmp/gather69k/NOTES.md; queries, /tmp/gather69k/src/queries.txt;
claims, /work/notes/gather69/CLAIMS.txt).
usage: batch68k.py [POOL_DIR] [--dry]   (default /tmp/gather69k/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69k/pool"
SRC = "/tmp/gather69k/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md (the lists of "
           "leads of batches 63b-68e aside), in the session-62 pools (/tmp/gather69*/pool) and in "
           "/work/notes/gather69/CLAIMS.txt as it stood when checked (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- manufacturing, UK: Crossley Motors (everything.explained.today's copy, undated, recent) -----------------------
CROSS = [
 "Crossley Motors was an English motor vehicle manufacturer based in Manchester, England. It produced approximately "
 "19,000 cars from 1904 until 1938, 5,500 buses from 1926 until 1958, and 21,000 goods and military vehicles from 1914 "
 "to 1945.",
 "Crossley Brothers, originally manufacturers of textile machinery and rubber processing plant, began the licensed "
 "manufacture of the Otto internal combustion engine before 1880. The firm started car production in 1903, building "
 "around 650 vehicles in their first year.",
 "The company was established as a division of engine builders Crossley Brothers, but from 1910 became a stand-alone "
 "company. Although founded as a car maker, they were major suppliers of vehicles to British Armed Forces during World "
 "War I, and in the 1920s moved into bus manufacture. With re-armament in the 1930s, car-making was run down, and "
 "stopped completely in 1936. During World War II output was again concentrated on military vehicles. Bus production "
 "resumed in 1945 but no more cars were made. The directors decided in the late 1940s that the company was too small "
 "to survive alone and agreed to a takeover by AEC. Production at the Crossley factories finally stopped in 1958.",
 "Crossley Motors Ltd was first registered on 11 April 1906 (and re-registered with a different company number in "
 "1910) as the vehicle manufacturing arm of Crossley Brothers. The first car was actually built in 1903 to a design by "
 "James S. Critchley, who had been with Daimler and exhibited at the Society of Motor Manufacturers' Exhibition at "
 "Crystal Palace in February 1904, but the parent company saw a future for these new machines and decided a separate "
 "company was required.",
 "In 1920, Crossley Motors bought 34,283 (68.5%) of the 50,000 issued shares of the nearby firm of Avro."]
KEPT["wp-crossley-motors"] = ("crossley-explained.txt", CROSS)
R.append(wp("wp-crossley-motors", "Crossley Motors", "http://everything.explained.today/Crossley_Motors/",
 "\n\n".join(CROSS),
 "manufacturing/commercial vehicles", ["history", "parent company", "registration", "stake purchase", "takeover",
                                       "products"],
 "The article as everything.explained.today's copy holds it in the page store (undated, no revision id; a recent "
 "revision: its 'an English motor vehicle manufacturer', 'British Armed Forces during World War I' and 'agreed to a "
 "takeover by AEC' are the words of the current en.wikipedia.org page as ibetubet.com's aggregator holds it at rank 7 "
 "of the same query, where tractors.fandom.com's older copy at rank 8 has 'The company was taken over by AEC in 1948'; "
 "doubtful: no date held). Cut: the title line 'Crossley Motors Explained'; the infobox lines ('Crossley Motors', "
 "'Fate:Acquired and closed down', 'Successor:AEC', 'Foundation:1906', 'Defunct:1958', 'Location:Manchester, "
 "England'), so the infobox's 'Acquired' and 'Successor' are not in the text (cut as batches 54zu-68e cut their "
 "infoboxes); the heading 'Overview'; the citation markers '[1]' and '[2]' (no space before them in this copy); cut "
 "after 'In 1920, Crossley Motors bought 34,283 (68.5%) of the 50,000 issued shares of the nearby firm of Avro.', "
 "before the sentence the excerpt breaks off in ('Crossley took over Avro's car manufacturing business an'; "
 "`truncated`), so the car-business takeover is not in the text. Paragraphs as the copy sets them apart (blank "
 "lines). No word added or changed. Kept as written: 'an English motor vehicle manufacturer based in Manchester, "
 "England', 'approximately 19,000 cars from 1904 until 1938, 5,500 buses from 1926 until 1958, and 21,000 goods and "
 "military vehicles from 1914 to 1945', 'began the licensed manufacture of the Otto internal combustion engine before "
 "1880', 'building around 650 vehicles in their first year', 'The company was established as a division of engine "
 "builders Crossley Brothers, but from 1910 became a stand-alone company', 'major suppliers of vehicles to British "
 "Armed Forces during World War I', 'car-making was run down, and stopped completely in 1936', 'The directors decided "
 "in the late 1940s that the company was too small to survive alone and agreed to a takeover by AEC', 'Production at "
 "the Crossley factories finally stopped in 1958', 'Crossley Motors Ltd was first registered on 11 April 1906 (and "
 "re-registered with a different company number in 1910) as the vehicle manufacturing arm of Crossley Brothers', 'to "
 "a design by James S. Critchley, who had been with Daimler and exhibited at the Society of Motor Manufacturers' "
 "Exhibition at Crystal Palace in February 1904, but the parent company saw a future' (the run-on sentence as "
 "written), 'bought 34,283 (68.5%) of the 50,000 issued shares of the nearby firm of Avro'. 288 words. No outage and "
 "no near-miss of one told (car-making stopped and production that finally stopped are business ends). Recorded CC "
 "BY-SA 4.0 (a recent revision; doubtful, undated), as batch 64c recorded everything.explained.today's Seafirst Bank. "
 "Found at rank 5 of the query 'Crossley Motors Manchester vehicle manufacturer founded Crossley Brothers acquired by "
 "AEC' (a vehicle maker from the lists of batches 67ab and 68e); kisautok.reblog.hu (rank 1; Hungarian), an "
 "unaddressed wikitext copy with '〔...〕' references run in (rank 2), questionai.com (rank 3; HTML markup), the Science "
 "Museum Group's collection page (rank 4; its own terms), acearchive.org (rank 6; a reworded essay), ibetubet.com "
 "(rank 7; an aggregator's proxy of the current page, '[edit]' links and captions run in) and tractors.fandom.com (rank "
 "8; a Fandom wiki's older copy, its licence not shown) not used. Crossley, Critchley, A V Roe, Associated Equipment, "
 "Gorton, Openshaw, Errwood: " + CHECKED + " ('Crossley' only in the lists of leads of batches 67k-68e; 'Avro' in "
 "texts naming Avro aircraft and A. V. Roe Canada, other matters; 'AEC' in a train text on another matter; 'Daimler' "
 "and 'Crystal Palace' in texts on other matters).", "UK",
 copy_of="the Wikipedia article, via everything.explained.today"))

# ---- airlines, UK: Transair (wikimili.com's copy, undated, recent) -------------------------------------------------
TRANS = [
 "Transair Limited was an early post-World War II private, independent British airline formed in 1947. It began as "
 "an air taxi operator at Croydon Airport. In 1953, it started inclusive tour (IT) charter flights. By 1957, Transair "
 "became part of the Airwork group. The following year it shifted its operating base and headquarters to Gatwick "
 "Airport. In 1960, Transair was absorbed into British United Airways (BUA), as a result of the Airwork \u2014 "
 "Hunting-Clan merger.",
 "In 1947, former Royal Air Force pilot Gerald \"Gerry\" Freeman founded Transair Ltd as an air taxi operator at "
 "Croydon Airport (London's main airport pre-war).",
 "Following a difficult start, in Britain's poor economic conditions, the airline became very profitable by "
 "specialising in distributing newspapers. By 1952, the number of annual newspaper delivery flights using Avro Ansons "
 "exceeded 3,000. Transair's newspaper flights also established industry performance standards.",
 "In 1953, Transair began flying British holidaymakers to sunnier climes in the Mediterranean following the signing "
 "of its first IT charter contract with Vladimir Raitz's Horizon Holidays. By that time, the airline's fleet was ten "
 "Douglas DC-3 Dakota piston airliners."]
KEPT["wp-transair-uk"] = ("transair-wikimili.txt", TRANS)
R.append(wp("wp-transair-uk", "Transair (UK)", "https://wikimili.com/en/Transair_%28UK%29",
 "\n\n".join(TRANS),
 "airlines", ["history", "founding", "founder", "group membership", "charter contract", "merger"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; undated, taken for a "
 "recent revision, as batches 66l, 67ab and 68e took their wikimili.com copies: the same wording as piglix.com's copy "
 "at rank 2 of the same query, with its note and citation markers; doubtful: no date held). Cut: the site lines "
 "'Transair (UK)' and 'Last updated'; the infobox lines ('Transair' to 'H.S. Perren', with 'Ceased operations1960 "
 "(member of Airwork group; merged with Hunting-Clan Air Transport to form British United Airways)' and 'Key "
 "peopleG.H. Freeman, C.W. Bebb, H.S. Perren', so 'Hunting-Clan Air Transport', C.W. Bebb and H.S. Perren are not in "
 "the text; cut as batches 54zu-68e cut their infoboxes); the note marker ' [nb 1]' and the citation markers ' [1] "
 "[2]', ' [3]', ' [4]' (each with a space before it in this copy); the lines 'Contents' and 'History'; the image "
 "caption lines ('Transair Douglas C-47B Dakota at Manchester (Ringway) Airport in 1953.' with the file name, twice), "
 "so Manchester and the C-47B are not in the text; cut after '... ten Douglas DC-3 Dakota piston airliners.', before "
 "the sentence the excerpt breaks off in ('Although all of these w'; `truncated`). Paragraphs as the copy sets them "
 "apart (blank lines). No word added or changed. Kept as written: 'an early post-World War II private, independent "
 "British airline formed in 1947' (the note marker after 'independent' cut), 'In 1953, it started inclusive tour "
 "(IT) charter flights', 'By 1957, Transair became part of the Airwork group', 'The following year it shifted its "
 "operating base and headquarters to Gatwick Airport', 'In 1960, Transair was absorbed into British United Airways "
 "(BUA), as a result of the Airwork \u2014 Hunting-Clan merger' (an em dash with spaces, as written), 'former Royal "
 "Air Force pilot Gerald \"Gerry\" Freeman founded Transair Ltd as an air taxi operator at Croydon Airport (London's "
 "main airport pre-war)', 'using Avro Ansons', 'the signing of its first IT charter contract with Vladimir Raitz's "
 "Horizon Holidays', 'ten Douglas DC-3 Dakota piston airliners'. 181 words. No outage and no near-miss of one told "
 "(an airline absorbed into another on a merger is a business matter). Recorded CC BY-SA 4.0 (a recent revision; "
 "doubtful, undated). Found at rank 1 of the query 'Transair British independent airline Croydon Gatwick merged into "
 "British United Airways 1960 Airwork' (an airline from the lists of batches 67w, 67ab and 68e); piglix.com (rank 2; "
 "the same words without markers, reaching one paragraph further; left as batches 60g and 60j left piglix.com, no "
 "licence line seen), wikimili.com's 'Court Line' (rank 3; another company), no.qaz.wiki (rank 4; Norwegian), "
 "de.knowledgr.com (rank 5; German) and the copies of 'British United Airways' at ranks 6-8 (another company) not "
 "used. Transair, Hunting-Clan, Horizon Holidays, Gerry Freeman, Raitz: " + CHECKED + " ('Transair' only in the lists "
 "of leads of batches 67e-68e; 'Airwork' in train's wp-fisons and its script, 'British United' in test's "
 "wp-aurigny-air-services and its script, 'Avro Anson' and 'Croydon' in texts on other matters).", "UK",
 copy_of="the Wikipedia article, via wikimili.com, a Wikipedia mirror"))

# ---- manufacturing, US: Hupmobile (wikimili.com's copy, undated, recent) -------------------------------------------
HUPP = [
 "Hupmobile was an automobile built from 1909 through 1939 by the Hupp Motor Car Company of Detroit. The prototype was "
 "developed in 1908 and had its first successful run on November 8 with investors aboard for champagne at the Tuller "
 "Hotel a few blocks away. The company was incorporated in November of that year. The first Hupmobile model, the Hupp "
 "20, was introduced at the 1909 Detroit automobile show. It was an instant success.",
 "In 1909, Bobby Hupp co-founded Hupp Motor Car Company, with Charles Hastings, formerly of Oldsmobile, who put up the "
 "first US$8,500 toward manufacturing Hupp's car. They were joined by investors J. Walter Drake, Joseph Drake, John "
 "Baker, and Edwin Denby. Drake was elected president; Hupp was vice president and general manager. Emil Nelson, "
 "formerly of Oldsmobile and Packard, joined the company as chief engineer. Hastings was named assistant general "
 "manager. In late 1909 Bobby's brother, Louis Gorham Hupp left his job with the Michigan Central Railroad in Grand "
 "Rapids and joined the company.",
 "Hupp Motors obtained $25,000 (equal to $711,389 today) in cash deposits at the 1909 automobile show (the lowest "
 "capitalization of Detroit's eight major car makers) to begin manufacturing the Hupp 20."]
KEPT["wp-hupmobile"] = ("hupmobile-wikimili.txt", HUPP)
R.append(wp("wp-hupmobile", "Hupmobile", "https://wikimili.com/en/Hupmobile",
 "\n\n".join(HUPP),
 "manufacturing/automobiles", ["history", "founders", "investors", "executives", "products"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; undated, taken for a "
 "recent revision, as batches 66l, 67ab and 68e took their wikimili.com copies: its 'In 1909, Bobby Hupp co-founded "
 "Hupp Motor Car Company, with Charles Hastings' is newer than piglix.com's older copy at rank 1 of the same query, "
 "'... founded the company with investors J. Walter Drake, ...'; doubtful: no date held). Cut: the site line 'Last "
 "updated'; the coordinates line; the infobox lines ('Hupp Motor Car Company', 'Automobile Manufacturing', 'Industry "
 "Automotive', 'Products vehicles', 'Automotive parts'); the image caption lines ('Hupp grille badge, on a 1941 "
 "Skylark', '1911 Hupmobile at Crawford Auto-Aviation Museum', '1909 Model 20 Runabout', 'The Hupp Motor Car Company "
 "factory with a truck and three cars. (1911)', each with its file name), so the Skylark and the museum are not in the "
 "text; the citation markers ' [1]' to ' [6]' (each with a space before it; ' [6] )' before a closing bracket cut "
 "with the space after it, 'car makers)'); cut after '... to begin manufacturing the Hupp 20.', before the sentence "
 "the excerpt breaks off in ('The first cars were built in a small building at 345 (now 1'; `truncated`). "
 "Paragraphs as the copy sets them apart (blank lines). No word added or changed. Kept as written: 'an automobile "
 "built from 1909 through 1939 by the Hupp Motor Car Company of Detroit', 'had its first successful run on November 8 "
 "with investors aboard for champagne at the Tuller Hotel a few blocks away', 'The company was incorporated in "
 "November of that year', 'the Hupp 20, was introduced at the 1909 Detroit automobile show', 'In 1909, Bobby Hupp "
 "co-founded Hupp Motor Car Company, with Charles Hastings, formerly of Oldsmobile, who put up the first US$8,500 "
 "toward manufacturing Hupp's car', 'They were joined by investors J. Walter Drake, Joseph Drake, John Baker, and "
 "Edwin Denby', 'Drake was elected president; Hupp was vice president and general manager' ('Drake' alone after two "
 "Drakes), 'Emil Nelson, formerly of Oldsmobile and Packard, joined the company as chief engineer', 'Hastings was "
 "named assistant general manager', \"In late 1909 Bobby's brother, Louis Gorham Hupp left his job with the Michigan "
 "Central Railroad in Grand Rapids\" (no comma after 'Hupp'), 'Hupp Motors obtained $25,000 (equal to $711,389 today) "
 "in cash deposits', \"(the lowest capitalization of Detroit's eight major car makers)\". 198 words. No outage and no "
 "near-miss of one told. Recorded CC BY-SA 4.0 (a recent revision; doubtful, undated). Found at rank 3 of the query "
 "'Hupp Motor Car Company Detroit Robert Hupp Hupmobile automobile 1909 1939 Graham-Paige' (a vehicle maker from the "
 "lists of batches 67k, 67ab and 68e); piglix.com (rank 1; an older copy, left as batches 60g and 60j left piglix.com, "
 "no licence line seen), wikisum.wiki (rank 2; loose sentences), togmac.com (rank 4; a model shop's note), "
 "es.stringtranslate.com (rank 5; Spanish), joefaraceshootscars.com (rank 6; a blog), zalansite.site (rank 7; "
 "template source) and an unaddressed house-history page (rank 8) not used. Hupp, Hupmobile, Charles Hastings, Walter "
 "Drake, Emil Nelson, Edwin Denby, Louis Gorham, Michigan Central: " + CHECKED + " ('Hupp' and 'Hupmobile' only in "
 "the lists of leads of batches 67k-68e; 'Tuller' in a DOJ text on another matter; 'Oldsmobile', 'Packard' and "
 "'Detroit' in texts on other matters).", "US",
 copy_of="the Wikipedia article, via wikimili.com, a Wikipedia mirror"))


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
