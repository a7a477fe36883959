#!/usr/bin/env python3
"""Batch 67ab (session 61; gatherer lane 67ab): transport-company histories from English Wikipedia in the company lane
of batches 36j-40zg, 54zu-67w, kept to three companies of two countries, new to the corpus and turned from the leads
of batches 67w and 67k (Frontier Airlines (1950-1986), Harrison Line) and from the lists of vehicle makers of batches
67k and 67w (Guy Motors): Frontier Airlines, the Denver local-service airline founded by the June 1950 merger of
Monarch Airlines, Challenger Airlines and Arizona Airways, merged with Central Airlines in 1967, acquired by People
Express in 1985 and merged in 1986 with People Express into Continental Airlines, a Texas Air unit (airlines, US); Guy
Motors, the Wolverhampton maker of cars, lorries and buses established in 1914 by Sydney Guy, a former works manager of
Sunbeam, which bought the Star Motor Company in 1928, was bought out by Jaguar in 1961 and became part of British
Leyland Motor Corporation in 1968 (manufacturing, UK); and the Harrison Line (T&J Harrison), the Liverpool shipping line
founded in 1853 by the brothers Thomas and James Harrison, its ships grouped under the Charente Steam-ship Company in
1871, its remaining rights transferred to P&O Nedlloyd in October 2000 (shipping, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): the-uncensored-wiki.com's old static copies of 'Frontier Airlines (1950-1986)' (about 2006) and 'Guy Motors'
(about 2007) and wikimili.com's copy of 'Harrison Line' (undated, recent). Frontier kept whole up to its '[edit]
External links' heading (not truncated); Guy Motors cut before its contents box and product lists, and Harrison Line
before the sentence its excerpt breaks off in (`truncated`). Edits per item in `notes` (title, site, hatnote, infobox,
image-caption, contents and heading lines cut; citation markers cut; paragraphs joined with blank lines; no word added
or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather68ab/src), the markers
('[1]', '[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as batches 55e-66e did. No
text tells an outage (an airline that ceased operations, a factory closed and a line that ceased trading are business
ends). newskg (or any extractor) was not run on any text. A round of three: five queries, three answered with English
Wikipedia text on a transport company not yet in the corpus and were taken, the rest left (round notes,
/work/notes/gather68/67ab.md; queries, /tmp/gather68ab/src/queries.txt).
usage: batch67ab.py [POOL_DIR] [--dry]   (default /tmp/gather68ab/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68ab/pool"
SRC = "/tmp/gather68ab/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md (the lists of "
           "leads of batches 63b-67w aside), in the session-61 pools (/tmp/gather68*/pool) and in "
           "/work/notes/gather68/CLAIMS.txt as it stood when checked (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- airlines, US: Frontier Airlines (1950-1986) (the-uncensored-wiki.com's old static copy, about 2006) ----------
FR = [
 "Frontier Airlines was founded by the June 1950 merger of Monarch Airlines, Challenger Airlines, and Arizona Airways, "
 "which served routes in the Great Plains and Western United States. Its logo was created in 1981 by Saul Bass. It was "
 "based at Stapleton International Airport in Denver, Colorado, where it competed with Continental Airlines and United "
 "Airlines. Frontier further expanded its network by merging with Central Airlines in 1967.",
 "Frontier Airlines made history when they hired Emily Howell Warner in 1973. She was the first female airline pilot "
 "hired by a U.S. commercial airline. She was awarded her captain's wings three years later.",
 "The airline's economics declined in the 1970s, and plans to sell the airline to its employees, then to Frank "
 "Lorenzo's Texas Air group fell through. In 1985 it was acquired by People Express, but the merger pushed both "
 "companies into bankruptcy. Frontier ceased operations on August 24, 1986. Later, in 1986, People Express and "
 "Frontier Airlines were both merged into Continental Airlines, a Texas Air unit.",
 "Another airline, also titled Frontier Airlines was founded by previous executives of this airline in 1994."]
KEPT["wp-frontier-airlines"] = ("frontier-uncensored.txt", FR)
R.append(wp("wp-frontier-airlines", "Frontier Airlines (1950\u20131986)",
 "http://the-uncensored-wiki.com:20061/f/r/o/Frontier_Airlines_%281950-1986%29_b904.html",
 "\n\n".join(FR),
 "airlines", ["history", "founding", "mergers", "acquisition", "bankruptcy"],
 "The article as an old static copy of English Wikipedia holds it (the-uncensored-wiki.com, 'From Wikipedia, the free "
 "encyclopedia', the '[edit] External links' layout of MediaWiki before 2010, under the title 'Frontier Airlines "
 "(1950-1986)' with a hyphen; no date or revision id held; its four short paragraphs are the stub the article was "
 "before the history sections the current revision has (en.wikipedia.org's rendering at rank 5 of the same query opens "
 "'Frontier Airlines was a local service carrier ... formed by the merger of Arizona Airways, Challenger Airlines, and "
 "Monarch Air Lines on June 1, 1950'), so a revision of about 2006, as batch 67f dated its copy from this site; recorded "
 "3.0 as batches 60h, 64f and 67f recorded their the-uncensored-wiki.com copies; doubtful: no revision date). Cut: the "
 "title line 'Frontier Airlines (1950-1986)', the site line 'From Wikipedia, the free encyclopedia', the hatnote 'For "
 "the airline founded in 1994, see Frontier Airlines.', the image line 'Image:Frontier air.gif' and the infobox lines "
 "('Frontier Airlines' to 'Website:', with 'Hubs Stapleton International Airport', 'Headquarters Denver, Colorado' and "
 "'Key people Ray Wilson, Bud Maytag, Al Feldman', so Ray Wilson, Bud Maytag and Al Feldman are not in the text; cut as "
 "batches 54zu-67w cut their infoboxes); the heading '[edit] External links', after which the excerpt ends (the "
 "article's running text is kept whole: not truncated). No citation markers. Paragraphs joined with blank lines. No "
 "word added or changed. Kept as written: 'Frontier Airlines was founded by the June 1950 merger of Monarch Airlines, "
 "Challenger Airlines, and Arizona Airways' ('Monarch Airlines', where the current article writes 'Monarch Air "
 "Lines'), 'which served routes in the Great Plains and Western United States', 'Its logo was created in 1981 by Saul "
 "Bass', 'where it competed with Continental Airlines and United Airlines', 'Frontier further expanded its network by "
 "merging with Central Airlines in 1967', 'Frontier Airlines made history when they hired Emily Howell Warner in 1973' "
 "('they' of the airline), 'the first female airline pilot hired by a U.S. commercial airline', \"She was awarded her "
 "captain's wings three years later\", 'plans to sell the airline to its employees, then to Frank Lorenzo's Texas Air "
 "group fell through' (no comma before 'fell through'), 'In 1985 it was acquired by People Express, but "
 "the merger pushed both companies into bankruptcy', 'Frontier ceased operations on August 24, 1986', 'Later, in 1986, "
 "People Express and Frontier Airlines were both merged into Continental Airlines, a Texas Air unit', 'Another "
 "airline, also titled Frontier Airlines was founded by previous executives of this airline in 1994' (no comma after "
 "'Frontier Airlines'). 184 words. No outage and no near-miss of one told (an airline that ceased operations before "
 "its bankruptcy is a business's end). Recorded CC BY-SA 3.0 (doubtful: no revision date). Found at rank 4 of the "
 "query 'Frontier Airlines 1950-1986 Monarch Airlines Challenger Airlines Arizona Airways merger Central Airlines "
 "People Express' (batch 67w's lead: 'the-uncensored-wiki.com's copy of about 2006, about 190 words'); stanwing.com "
 "(rank 1; a collector's page, copyrighted), members.tripod.com (rank 2; a pilot's letter), departedwings.com (ranks "
 "3, 6; an airline-history site, copyrighted), en.wikipedia.org (rank 5; free, breaking off in a revenue table before "
 "any purchase), theinfolist.com (rank 7; free, breaking off in fleet details) and wikisum.wiki (rank 8; a summary "
 "site) not used. Monarch Air, Challenger Airlines, Arizona Airways, Emily Howell, Saul Bass, Stapleton: " + CHECKED +
 " ('Frontier Airlines' in a train FCC text by its file name, Frontier Communications, and in batch 43p's script as a "
 "name checked, other matters; 'Central Airlines' only inside 'North Central Airlines' in train's "
 "wp-north-central-airlines; 'People Express' in train's wp-midway-airlines, as an airline that disappeared, another "
 "matter; 'Texas Air' in train's wp-expressjet and dev's wp-texas-international-airlines, other matters).", "US",
 v3=True, copy_of="the Wikipedia article, an old static copy on the-uncensored-wiki.com"))
R[-1]["truncated"] = False

# ---- manufacturing, UK: Guy Motors (the-uncensored-wiki.com's old static copy, about 2007) -------------------------
GM = [
 "Guy Motors was a British company based in Fallings Park, Wolverhampton that made cars, lorries and buses. They were "
 "established in 1914 by Sydney Guy who had been the Works Manager of nearby Sunbeam. The first product was a 30cwt "
 "lorry.",
 "During World War I they made the ABC designed Wasp and Dragonfly aircraft engines, Tylor truck engines and Maudslay "
 "gearboxes as well as being the country's largest maker of depth charge fuzes.",
 "After the war they decided to make luxury cars with a design by RH Rose, also from Sunbeam. This had Britain's first "
 "production V-8 of 4072 cc and featured horizontal side valves. About 25 were made. It was joined by a smaller model "
 "in 1922 with the 2465 cc four cylinder 16.9 hp. Both cars were expensive and this limited sales, especially from a "
 "relatively unknown company. A cheaper model followed in 1924 with the 1954 cc 13/36 with an engine from Coventry "
 "Climax. About 110 of the 4 cylinder models are thought to have been made. In an attempt to enter the car market "
 "further they bought the Star Motor Company in 1928 but it failed to make a profit and was closed in 1932.",
 "They were bought out by Jaguar in 1961 and badged Guy buses ceased production in 1964. In 1966 Jaguar became part of "
 "the British Motor Holdings.",
 "In 1968, Guy Motors became part of British Leyland Motor Corporation after the merger of British Motor Holdings and "
 "Leyland Motor Corporation.",
 "Guy Motors' factory was closed in 1982."]
KEPT["wp-guy-motors"] = ("guy-uncensored.txt", GM)
R.append(wp("wp-guy-motors", "Guy Motors", "http://the-uncensored-wiki.com:20082/articles/g/u/y/Guy_Motors_ec6d.html",
 "\n\n".join(GM),
 "manufacturing/commercial vehicles", ["history", "founding", "founders", "products", "acquisitions", "ownership"],
 "The article as an old static copy of English Wikipedia holds it (the-uncensored-wiki.com, 'From Wikipedia, the free "
 "encyclopedia', the '[edit] Products' layout of MediaWiki before 2010; no date or revision id held; its lead 'Guy "
 "Motors was a British company based in Fallings Park, Wolverhampton that made cars, lorries and buses' is shorter "
 "than the lead of the current revision at rank 2 of its query ('Guy Motors was a Wolverhampton-based vehicle "
 "manufacturer that produced cars, lorries, buses and trolleybuses'), so an older revision, of about 2007 by the "
 "site's static dumps; recorded 3.0 as batches 60h, 64f and 67f recorded their the-uncensored-wiki.com copies; "
 "doubtful: no revision date). Cut: the title line 'Guy Motors' and the site line 'From Wikipedia, the free "
 "encyclopedia'; the citation marker '[1]' after 'depth charge fuzes.'; cut after \"Guy Motors' factory was closed in "
 "1982.\", before the contents box ('Contents |') and the product lists under '[edit] Products' ('[edit] Cars', "
 "'[edit] Buses/trolleybuses', '[edit] Trucks/others': model names and years, no running text), after which the "
 "excerpt breaks off in a heading ('[edit] Tr'; `truncated`; a cut at a paragraph end). The copy's paragraphs are "
 "single lines, joined here with blank lines. No word added or changed. Kept as written: 'based in Fallings Park, "
 "Wolverhampton that made cars, lorries and buses' (no comma before 'that'), 'They were established in 1914 by Sydney "
 "Guy who had been the Works Manager of nearby Sunbeam' (capital 'Works Manager'), 'a 30cwt lorry', 'During World War "
 "I they made the ABC designed Wasp and Dragonfly aircraft engines, Tylor truck engines and Maudslay gearboxes' (no "
 "hyphen in 'ABC designed'), \"the country's largest maker of depth charge fuzes\" ('fuzes'), 'with a design by RH "
 "Rose, also from Sunbeam' ('RH' without points), \"Britain's first production V-8 of 4072 cc\", 'the 2465 cc four "
 "cylinder 16.9 hp', 'the 1954 cc 13/36 with an engine from Coventry Climax', 'they bought the Star Motor Company in "
 "1928 but it failed to make a profit and was closed in 1932', 'They were bought out by Jaguar in 1961 and badged Guy "
 "buses ceased production in 1964', 'In 1966 Jaguar became part of the British Motor Holdings' ('the British Motor "
 "Holdings'), 'In 1968, Guy Motors became part of British Leyland Motor Corporation after the merger of British Motor "
 "Holdings and Leyland Motor Corporation', \"Guy Motors' factory was closed in 1982\". 254 words. No outage and no "
 "near-miss of one told (a company closed, a bus line ended and a factory closed are business ends). Recorded CC BY-SA "
 "3.0 (doubtful: no revision date). Found at rank 7 of the query 'Guy Motors Wolverhampton founded Sydney Guy 1914 "
 "acquired by Jaguar 1961 British Leyland lorries buses' (a vehicle maker from the lane's lists); pressreader.com "
 "(rank 1; a newspaper, copyrighted), en.wikipedia.org's '= Title =' rendering and an IPFS copy (ranks 2, 3; free, "
 "the current longer revision, each breaking off in its First World War or 1920s section, before any purchase), "
 "tractors.fandom.com (rank 4; a Fandom wiki's reworked copy with its own infobox), historywebsite.co.uk (ranks 5, 6; "
 "a blue-plaque page, copyrighted) and guymotors.co.uk (rank 8; an owners' club page, copyrighted) not used. Guy "
 "Motors, Sydney Guy, Fallings Park, Star Motor, British Motor Holdings, Coventry Climax, Maudslay, Tylor, RH Rose: " +
 CHECKED + " ('Leyland Motor Corporation' and 'British Leyland' in dev's wp-innocenti, Innocenti's purchase by BLMC, "
 "another matter; 'Jaguar' in texts on Jaguar Land Rover, Cosworth and others, other matters; 'Sunbeam' in test's "
 "wp-darracq by its file name and in batch 67w's Rootes text, other matters).", "UK",
 v3=True, copy_of="the Wikipedia article, an old static copy on the-uncensored-wiki.com"))

# ---- shipping, UK: Harrison Line (wikimili.com's copy, undated, recent) --------------------------------------------
HL = [
 "Harrison Line, officially T&J Harrison, was a shipping line founded by the brothers Thomas and James Harrison in "
 "Liverpool, England in 1853. It ran both cargo and passenger services, starting with the import of French brandy from "
 "Charente.",
 "The ships were grouped under the Charente Steam-ship Company in 1871 with Thomas and James Harrison as the managers.",
 "The company ceased trading in October 2000, with all remaining rights and privileges transferred to P&O Nedlloyd.",
 "Thomas and James Harrison moved from the family farm in Cockerham, Lancashire, to the port of Liverpool to join the "
 "thriving shipping trade. Both were apprenticed to the shipping agent Samuel Brown and Son, Thomas in 1830 and James "
 "in 1838. Thomas was made a partner in 1839 and the name of the firm was changed to George Brown and Harrison (George "
 "was Samuel\u2019s son). James Harrison was made a partner in 1849. Closely involved with Samuel Brown, and integral "
 "to the development of the Liverpool firm, was Richard Williamson, trading out of France, who had been supplying "
 "cargoes of brandy from Charente. Four small ships were bought for the brandy trade in the late 1830s, owned under "
 "varying co-partnership arrangements between the two sides."]
KEPT["wp-harrison-line"] = ("harrison-wikimili.txt", HL)
R.append(wp("wp-harrison-line", "Harrison Line", "https://wikimili.com/en/Harrison_Line",
 "\n\n".join(HL),
 "shipping", ["history", "founding", "founders", "executives", "renaming"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; undated, taken for a "
 "recent revision, as batch 66l took its wikimili.com copy: its lead and early history are the words the German, "
 "Thai and other machine translations at ranks 3-5 of a second query carry, with the later sections 'Founding', "
 "'Geographic expansion and the shipping conferences', 'War and depression' and 'Reconstruction and decline'; "
 "doubtful: no date held). Cut: the lines 'Harrison Line' and 'Last updated' and the infobox lines ('Harrison Line' "
 "to 'ServicesContainer transportation', with 'Founded1853', 'Defunct2000' and 'FateTaken over by P&O Nedlloyd', so "
 "the infobox's 'Taken over' is not in the text; cut as batches 54zu-67w cut their infoboxes); the image captions "
 "('Mersey Chambers, headquarters of the Harrison Line purpose built in 1878', twice, with its file name 'Mersey "
 "Chambers 1.jpg', and \"T. & J. Harrison's first Iron Ship Philosopher passing Holyhead on her maiden voyage to "
 "India, 19 June 1857\", three times, with its file name); the lines 'Contents' and the heading 'Early history'; the "
 "citation markers (' [1]' twice, ' [2]', each with a space before it in this copy); cut after '... owned under "
 "varying co-partnership arrangements between the two sides.', at the end of the first history paragraph, before the "
 "image caption and the paragraph the excerpt breaks off in ('After the death of George Brown in 1853, the business "
 "continued u'; `truncated`; a cut at a paragraph end; so 'George Brown' as a full name is not in the text). "
 "Paragraphs joined with blank lines. No word added or changed. Kept as written: 'Harrison Line, officially T&J "
 "Harrison, was a shipping line founded by the brothers Thomas and James Harrison in Liverpool, England in 1853' (no "
 "comma after 'England'), 'starting with the import of French brandy from Charente', 'The ships were grouped under "
 "the Charente Steam-ship Company in 1871 with Thomas and James Harrison as the managers' ('Steam-ship', a hyphen), "
 "'The company ceased trading in October 2000, with all remaining rights and privileges transferred to P&O "
 "Nedlloyd', 'moved from the family farm in Cockerham, Lancashire, to the port of Liverpool', 'Both were apprenticed "
 "to the shipping agent Samuel Brown and Son, Thomas in 1830 and James in 1838', 'Thomas was made a partner in 1839 and "
 "the name of the firm was changed to George Brown and Harrison (George was Samuel\u2019s son)' (a typographic "
 "apostrophe), 'James Harrison was made a partner in 1849', 'Closely involved with Samuel Brown, and integral to the "
 "development of the Liverpool firm, was Richard Williamson, trading out of France', 'Four small ships were bought for "
 "the brandy trade in the late 1830s, owned under varying co-partnership arrangements between the two sides'. 199 "
 "words. No outage and no near-miss of one told (a line that ceased trading is a business's end). Recorded CC BY-SA "
 "4.0 (a recent revision; doubtful, undated). Found at rank 5 of the query 'Harrison Line T&J Harrison Liverpool "
 "shipping company founded brothers Thomas and James Harrison 1853 Charente Steam-ship Company' (batch 67w's lead: "
 "'Harrison Line / T&J Harrison (free; wikimili.com's copy ...)'; rank 2 of a second query, the same excerpt); "
 "liverpoolmuseums.org.uk (rank 1; a museum's information sheet, its own terms), liverpoolpicturebook.com and "
 "yoliverpool.com (ranks 2, 7; a local-history page and a forum post repeating it, copyrighted), wikisum.wiki (rank "
 "3; a summary site), gracesguide.co.uk (rank 4; Grace's Guide, its own terms), shippingtandy.com (rank 6; a magazine "
 "feature, copyrighted) and docslib.org (rank 8; the museum's archive catalogue) not used. Harrison Line, T&J "
 "Harrison, Charente, Cockerham, Samuel Brown, George Brown and Harrison, Richard Williamson: " + CHECKED + " ('P&O "
 "Nedlloyd' in test's wp-po-nedlloyd by its file name and in texts on Safmarine and others, other matters).", "UK",
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
