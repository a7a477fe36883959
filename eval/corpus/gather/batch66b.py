#!/usr/bin/env python3
"""Batch 66b (session 60; gatherer lane 66b): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-65r, kept to three American companies of the first half of the twentieth century that no longer exist
on their own, new to the corpus: Kelvinator, the refrigerator maker founded in Detroit in 1914 by Nathaniel B. Wales
under the name Electro-Automatic Refrigerating Company, renamed Kelvinator Company in February 1916, buyer of Nizer
Corporation in 1925 and of Leonard (the Grand Rapids Refrigerator Company, maker of the 'Leonard Cleanable' ice
cabinet) in 1926, now a brand name owned by Electrolux (household appliances, US); Monogram Pictures Corporation, the
Poverty Row film studio of 1931-1953 that grew out of W. Ray Johnston's Rayart Pictures (renamed Raytone, Continental
Pictures and Syndicate Pictures), with Johnston as president and Trem Carr as vice president, renamed Allied Artists
Pictures Corporation, its trademark now owned by Allied Artists International (film, US); and Hughes Air Corporation
(Hughes Airwest), the local service carrier of the Western United States, first named Air West in 1968 and owned by
Nick Bez, backed by Howard Hughes' Summa Corporation, bought by Republic Airlines in 1980, Republic merged into
Northwest Airlines in 1986 and Northwest into Delta Air Lines in 2010 (airlines, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): piglix.com's copy of 'Kelvinator' (undated, an older revision), owiki.org's copy of 'Monogram Pictures' (undated,
an older revision) and en.wikipedia.org's 'Jump to content' rendering of 'Hughes Airwest' (a 2024 rendering); each cut
at a sentence end before the sentence its excerpt breaks off in (`truncated`). Edits per item in `notes` (title lines,
'Jump to content', 'From Wikipedia, the free encyclopedia', the infobox lines, an image caption, a section heading and
citation markers cut; paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept
paragraph against the saved excerpt (/tmp/gather67b/src), the markers ('[1]', '[edit]', '[citation needed]') dropped
and whitespace runs compared as one space, as batches 55e-65r did. No text tells an outage or a near-miss of one (a
company renamed, a studio's trademark sold on and an airline bought and merged away are business events). newskg (or
any extractor) was not run on any text. A round of three: six queries, three answered with English Wikipedia text on a
company not yet in the corpus and were taken, the rest left (round notes, /work/notes/gather67/66b.md; queries,
/tmp/gather67b/src/queries.txt).
usage: batch66b.py [POOL_DIR] [--dry]   (default /tmp/gather67b/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather67b/pool"
SRC = "/tmp/gather67b/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-60 pools (/tmp/gather67*/pool) and in /work/notes/gather67/CLAIMS.txt as they stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []
MARK = re.compile(r"\[\d+\]")

# ---- household appliances, US: Kelvinator (piglix.com's copy of English Wikipedia, undated) -----------------------
KV = [
 "Kelvinator was a home appliance manufacturer that is now a brand name owned by Electrolux. It takes its name from "
 "William Thomson, 1st Baron Kelvin, who developed the concept of absolute zero and for whom the Kelvin temperature "
 "scale is named. The name was thought appropriate for a company that manufactured ice-boxes and domestic "
 "refrigerators.",
 "Kelvinator was founded in 1914, in Detroit, Michigan, United States, by engineer Nathaniel B. Wales who introduced "
 "his idea for a practical electric refrigeration unit for the home to Edmund Copeland and Arnold Goss.",
 "Wales, a young inventor, secured financial backing from Arnold Goss, then secretary of the Buick Automobile "
 "company, to develop the first household mechanical refrigerators to be marketed under the name \"Electro-Automatic "
 "Refrigerating Company.\" After producing a number of experimental models, Wales selected one for manufacturing.",
 "In February 1916, the name of the company was changed to \"Kelvinator Company\" in honor of British physicist, "
 "Lord Kelvin, the discoverer of absolute zero. Kelvinator was among some two dozen home refrigerators introduced to "
 "the U.S. market in 1916. In 1918 Kelvinator introduced the first refrigerator with any type of automatic control.",
 "Frustrated by iceboxes, the Grand Rapids Refrigerator Company introduced a porcelain lined \"Leonard Cleanable\" "
 "ice cabinet. Kelvinator began buying Leonard's boxes for its electric refrigerated models. By 1923, the Kelvinator "
 "Company held 80 percent of the American market for electric refrigerators.",
 "On July 3, 1925, Kelvinator bought Nizer Corporation in a tri-party merger valued at $20,000,000.",
 "In 1926, the company acquired Leonard, which had been founded in 1881. Kelvinator concentrated its entire "
 "appliance production at the Grand Rapids factory in 1928."]
KEPT["wp-kelvinator"] = ("kelvinator-piglix.txt", KV)
R.append(wp("wp-kelvinator", "Kelvinator", "http://piglix.com/piglix/Kelvinator", "\n\n".join(KV),
 "household appliances", ["history", "founding", "founders", "renaming", "acquisitions", "ownership", "products"],
 "The article as piglix.com's copy holds it in the page store (no date or revision id held; undated, an older "
 "revision: piglix.com's copies are of about 2017, as batches 64k and 65e recorded; its infobox reads 'Owner | "
 "Electrolux |' and 'Website | http://www.kelvinator.com/ |', and the excerpt starts inside the infobox, with no title "
 "line). Cut: the infobox table lines ('Division | |', 'Industry | Appliances |', 'Founded | 1914 |', 'Products | "
 "Commercial refrigeration for food service applications |', 'Owner | Electrolux |', 'Website | "
 "http://www.kelvinator.com/ |'), so the owner is stated only by the prose; cut after 'Kelvinator concentrated its "
 "entire appliance production at the Grand Rapids factory in 1928.', before the sentence the excerpt breaks off in "
 "('That year, George W.'; `truncated`; a cut at a sentence end inside a paragraph), so George W. Mason, Nash Motors "
 "and the Nash-Kelvinator merger of 1937 are not in the text. The copy has no citation markers in the excerpt; its "
 "paragraphs are single lines, joined here with blank lines. No word added or changed. Kept as written: 'a home "
 "appliance manufacturer that is now a brand name owned by Electrolux', 'William Thomson, 1st Baron Kelvin', "
 "'ice-boxes' beside 'iceboxes' (both spellings), 'founded in 1914, in Detroit, Michigan, United States, by engineer "
 "Nathaniel B. Wales who introduced his idea ... to Edmund Copeland and Arnold Goss' (no comma before 'who'), 'then "
 "secretary of the Buick Automobile company' (a lower-case 'company'), 'to be marketed under the name "
 "\"Electro-Automatic Refrigerating Company.\"' (the full stop inside the quotation marks), 'the name of the company "
 "was changed to \"Kelvinator Company\" in honor of British physicist, Lord Kelvin' (US spelling; a comma after "
 "'physicist'), 'a porcelain lined \"Leonard Cleanable\" ice cabinet' (no hyphen), 'Kelvinator began buying "
 "Leonard's boxes', 'Kelvinator bought Nizer Corporation in a tri-party merger valued at $20,000,000', 'the company "
 "acquired Leonard, which had been founded in 1881'. 268 words. No outage and no near-miss of one told. Recorded CC "
 "BY-SA 3.0 (an older revision, before Wikimedia's move to 4.0 of June 2023). Found at rank 2 of the query "
 "'Kelvinator refrigerator company founded Nathaniel B. Wales Edmund Copeland Arnold Goss Leonard Refrigerator'; "
 "appliance411.com (rank 1; a company FAQ), pypto.com (rank 3; a brand page), zalansite.site (rank 5; wikitext in an "
 "edit form), detroithistorical.org (ranks 6, 8; an encyclopedia's own article, copyrighted) and dodge-wiki.com (rank "
 "7; a copy on another wiki, its licence not stated) not used; liquisearch.com's 'Kelvinator - History' (rank 4; "
 "free, the history section alone, without the lead's owner and the Nizer purchase) left for this one. Kelvinator "
 "(as its own company), Electro-Automatic, Arnold Goss, Nizer Corporation, Grand Rapids Refrigerator, Leonard "
 "Cleanable, Buick Automobile: " + CHECKED + " ('Kelvinator' in dev's wp-nash-kelvinator, another matter: the merger "
 "of 1937 with Nash Motors and George W. Mason, where this text tells Kelvinator's founding and purchases; 'Nathaniel "
 "B. Wales' and 'Edmund Copeland' there only in its record's notes on the cut infobox, and in batch 65k's script and "
 "GATHERING.md's lists of leads; 'Nizer' otherwise only inside longer words such as 'organizer').", "US",
 v3=True, copy_of="the Wikipedia article, via piglix.com, a Wikipedia mirror"))

# ---- film, US: Monogram Pictures (owiki.org's copy of English Wikipedia, undated) ---------------------------------
MP = [
 "Monogram Pictures Corporation was an American film studio that produced mostly low-budget films between 1931 and "
 "1953, when the firm completed a transition to the name Allied Artists Pictures Corporation. Monogram was among the "
 "minor studios in the golden age of Hollywood, generally referred to collectively as Poverty Row. Of the 11 "
 "permanent studios in Hollywood at the time, ranked in order of size, MGM was #1 -- and Monogram was #10.",
 "The Monogram trademark is now owned by Allied Artists International. The original sprawling brick complex which "
 "functioned as home to both Monogram and Allied Artists remains at 4376 W Sunset Blvd, as part of the Church of "
 "Scientology Media Center.",
 "Monogram's antecedent was W. Ray Johnston's Rayart Pictures, specializing in silent western and action features. "
 "In 1929 Johnston entered the new field of sound pictures, with Rayart releasing the first feature-length talking "
 "western Overland Bound, featuring silent stars Leo Maloney and Allene Ray. Johnston renamed his company Raytone, "
 "then Continental Pictures, then Syndicate Pictures, and finally Monogram Pictures. Johnston was president, with his "
 "Rayart colleague Trem Carr as vice president.Johnston made an honest effort to compete with the larger companies in "
 "the early 1930s. When movie programs consisted of a single feature film plus short subjects, Monogram's features "
 "could and did compete with major-studio productions on America's screens. Under Johnston, Monogram offered a "
 "variety of reasonably priced features for the Depression-era exhibitors, including adaptations of famous books and "
 "plays; gangster stories; jungle thrillers; topical comedies; romances; and westerns. During its first few years "
 "Monogram could seldom afford big-name movie stars and would employ either former silent-film actors who were idle "
 "or young featured players."]
KEPT["wp-monogram-pictures"] = ("monogram-owiki.txt", MP)
R.append(wp("wp-monogram-pictures", "Monogram Pictures", "https://owiki.org/wiki/Monogram_Pictures_Corporation",
 "\n\n".join(MP),
 "film", ["history", "renaming", "leadership", "trademark"],
 "The article as owiki.org's copy holds it in the page store, under the address 'Monogram_Pictures_Corporation' (no "
 "date or revision id held; undated, an older revision: its lead has 'Of the 11 permanent studios in Hollywood ... "
 "MGM was #1 -- and Monogram was #10.', which the later renderings on en.wikipedia.org, wikiz.com and "
 "tomorrow.paperai.life replace with 'Lacking the financial resources ...', and it has no infobox in the excerpt; "
 "owiki.org and chaos.owiki.org copies were taken before, for Apollo Computer and others). Cut: the title line "
 "'Monogram Pictures'; the heading 'Early years'; cut after '... either former silent-film actors who were idle or "
 "young featured players.', before the sentence the excerpt breaks off in ('By 1934 the studio attracted bigger "
 "names: Colin Clive, Virginia Bruce, Mary Brian, Robert Armstrong, Mary Carlisle, Mar'; `truncated`; a cut at a "
 "sentence end inside a paragraph). The copy has no citation markers in the excerpt; its paragraphs are single "
 "lines, joined here with blank lines. No word added or changed. Kept as written: 'between 1931 and 1953, when the "
 "firm completed a transition to the name Allied Artists Pictures Corporation', 'MGM was #1 -- and Monogram was "
 "#10' (two hyphens), 'The Monogram trademark is now owned by Allied Artists International', 'home to both Monogram "
 "and Allied Artists remains at 4376 W Sunset Blvd', \"Monogram's antecedent was W. Ray Johnston's Rayart Pictures\", "
 "'Johnston renamed his company Raytone, then Continental Pictures, then Syndicate Pictures, and finally Monogram "
 "Pictures', 'Johnston was president, with his Rayart colleague Trem Carr as vice president.Johnston made an honest "
 "effort' (no space after the full stop, as the copy has it), 'plays; gangster stories; jungle thrillers; topical "
 "comedies; romances; and westerns' (semicolons). 276 words. No outage and no near-miss of one told. Recorded CC "
 "BY-SA 3.0 (an older revision, before Wikimedia's move to 4.0 of June 2023). Found at rank 7 of the query 'Johnston "
 "renamed his company Raytone, then Continental Pictures, then Syndicate Pictures, and finally Monogram Pictures; "
 "Johnston was president, Trem Carr vice president' (after the query 'Monogram Pictures film studio W. Ray Johnston "
 "Trem Carr Allied Artists history', whose free copies broke off before the posts); en.wikipedia.org's 'W. Ray "
 "Johnston' (rank 1; the founder's biography, another article), haohao.work.gd (rank 2; a proxied IMDb biography), "
 "learnaboutmovieposters.com (rank 3; copyrighted), lantern.mediahist.org (ranks 4, 5; OCR of 1934 and 1937 trade "
 "papers), piglix.com's 'Allied Artists Pictures Corporation' (rank 6; free, an older revision whose excerpt names "
 "no post) and zalansite.site (rank 8; wikitext in an edit form) not used. Monogram Pictures (as its own company), "
 "Rayart, Raytone, Syndicate Pictures, Allied Artists, Overland Bound, Leo Maloney, Allene Ray: " + CHECKED +
 " ('Monogram Pictures', 'Monogram', 'Trem Carr' and 'W. Ray Johnston' in dev's wp-republic-pictures, another matter: "
 "Republic's creation in 1935 from six studios, Monogram among them, 'run by producers Trem Carr and W. Ray "
 "Johnston', where this text tells Monogram's own names and posts; 'Continental Pictures' and 'MGM' only in texts on "
 "other matters or not at all as this company).", "US",
 v3=True, copy_of="the Wikipedia article, via owiki.org, a Wikipedia mirror"))

# ---- airlines, US: Hughes Airwest (en.wikipedia.org's 'Jump to content' rendering, 2024) --------------------------
HA = [
 "Hughes Air Corporation, doing business as Hughes Airwest, was a local service carrier from 1970 to 1980 in the "
 "Western United States. It was backed by Howard Hughes' Summa Corporation. Its original name in 1968 was Air West "
 "and the air carrier was owned by Nick Bez. Hughes Airwest flew routes in the western U.S. and to several "
 "destinations in Mexico and Canada; its headquarters were on the grounds of San Francisco International Airport "
 "(SFO) in unincorporated San Mateo County, California.[2]",
 "With distinctive all-yellow aircraft, the company slogan was Top Banana in the West;[3][4][5] Hughes Airwest was "
 "purchased by Republic Airlines in 1980, which in turn was merged into Northwest Airlines in 1986. Northwest "
 "Airlines was then merged into Delta Air Lines in 2010.[1][6]",
 "On April 17, 1968, three earlier local service carriers in the western U.S. merged to form Air West:[7][8][9]",
 "The initial Air West fleet included Boeing 727-100s, Douglas DC-9s, Fairchild F-27s, and Piper Navajos. The first "
 "new addition to the Air West fleet was a McDonnell Douglas DC-9-30, which had been ordered by Bonanza Air Lines.",
 "Hungry for another adventure in the airline industry, TWA's former owner Howard Hughes sought the airline in "
 "1968,[10][11] and the US$90 million deal was finalized in April 1970.[12][13][14] Renamed Hughes Air West, its "
 "call sign became \"Hughes Air,\" and the airline expanded to several cities in the western United States, Canada, "
 "and Mexico."]
KEPT["wp-hughes-airwest"] = ("hughes-airwest-enwiki.txt", HA)
R.append(wp("wp-hughes-airwest", "Hughes Airwest", "https://en.wikipedia.org/wiki/Hughes_Airwest",
 "\n\n".join(MARK.sub("", p) for p in HA),
 "airlines", ["history", "ownership", "renaming", "acquisitions", "mergers", "fleet"],
 "The article as en.wikipedia.org's 'Jump to content' rendering holds it in the page store (no revision id held; a "
 "rendering of 2023 or later: the 'Jump to content' line is the skin of 2023 on; recorded 4.0). Cut: the lines "
 "'Jump to content', 'Hughes Airwest' (the title) and 'From Wikipedia, the free encyclopedia'; the infobox lines "
 "('Hughes Airwest', 'IATA ICAO Callsign', 'FoundedApril 17, 1968 (1968-04-17)', '(amalgamation; as Air West)', "
 "'Commenced operations1970 (1970)', '(as Hughes Airwest)', 'Ceased operationsOctober 1, 1980 (1980-10-01)', "
 "'(acquired by Republic Airlines)[1]', 'HubsSan Francisco', 'Focus cities', 'HeadquartersSan Mateo County, "
 "California, United States', 'Key people') and the image caption 'Air West Fairchild F-27A in 1970' / 'at San "
 "Francisco International Airport', so the infobox's end of operations on October 1, 1980 is not in the text; the "
 "citation markers '[1]' to '[14]' (no space before them); cut after '... to several cities in the western United "
 "States, Canada, and Mexico.', before the sentence the excerpt breaks off in ('With the new yellow paint scheme, "
 "unveiled in Septembe'; `truncated`; a cut at a sentence end inside a paragraph). The rendering drops the bulleted "
 "list of the three carriers after 'merged to form Air West:' (the excerpt goes straight on to the next paragraph; "
 "the '= Title =' rendering of the same page names Pacific Air Lines, Bonanza Air Lines and West Coast Airlines "
 "there), so the sentence is kept with its colon and nothing after it, and Pacific Air Lines and West Coast Airlines "
 "are not in the text. Paragraphs joined with blank lines. No word added or changed. Kept as written: 'Hughes Air "
 "Corporation, doing business as Hughes Airwest, was a local service carrier from 1970 to 1980 in the Western United "
 "States', \"It was backed by Howard Hughes' Summa Corporation\", 'Its original name in 1968 was Air West and the air "
 "carrier was owned by Nick Bez', 'the western U.S.' (twice), 'San Francisco International Airport (SFO) in "
 "unincorporated San Mateo County, California', 'the company slogan was Top Banana in the West; Hughes Airwest was "
 "purchased by Republic Airlines in 1980, which in turn was merged into Northwest Airlines in 1986' (a semicolon "
 "between the two), 'merged to form Air West:', 'Boeing 727-100s, Douglas DC-9s, Fairchild F-27s, and Piper "
 "Navajos', 'a McDonnell Douglas DC-9-30, which had been ordered by Bonanza Air Lines', \"TWA's former owner Howard "
 "Hughes sought the airline in 1968, and the US$90 million deal was finalized in April 1970\", 'Renamed Hughes Air "
 "West, its call sign became \"Hughes Air,\"' (the comma inside the quotation marks). 232 words. No outage and no "
 "near-miss of one told. Found at rank 5 of the query \"Hughes Airwest local service carrier 1970 to 1980 Western "
 "United States backed by Howard Hughes' Summa Corporation\"; review.clateway.com (rank 1; free, the lead only), "
 "wikimili.com (rank 2; free, the same text breaking off earlier, at 'Renam'), departedwings.com (rank 3; a "
 "collector's site), enow.com (rank 6; search snippets), theinfolist.com (rank 7; glossary text woven into the "
 "sentences) and airlines-airliners.de (rank 8; a private site in German) not used; en.wikipedia.org's '= Title =' "
 "rendering (rank 4; free, with the three carriers' list, but breaking off inside its second item, before Bonanza's "
 "route and Hughes' purchase) left for this one. Hughes Airwest, Hughes Air Corporation, Air West, Summa Corporation, "
 "Nick Bez, Bonanza Air Lines, Top Banana: " + CHECKED + " ('Hughes Air' only inside 'Hughes Aircraft' in texts on "
 "other matters; 'Republic Airlines' and 'Northwest Airlines' in texts on other matters, batch 64h's North Central "
 "among them; 'Summa Corporation' and 'Nick Bez' only in GATHERING.md's and batch 65h's lists of leads).", "US",
 copy_of="the Wikipedia article"))


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
