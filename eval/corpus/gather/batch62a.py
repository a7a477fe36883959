#!/usr/bin/env python3
"""Batch 62a (session 57; gatherer lane 62a): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p and 59a-61a, on mid-size British, Canadian and Australian companies, new to the corpus:
Digital Extremes, the London, Ontario video game developer founded in 1993 by James Schmalz, its co-development of Epic
Games' Unreal series, 61% of it sold to the Chinese holding company Multi Dynamic (now Leyou) in 2014, its president
Michael Schmalz (video games, Canada); Batchelors, the Sheffield food brand and company formed in 1895 by William
Batchelor, led from 1913 by his daughter Ella Gasking, its Cup-a-Soup, Pasta 'n' Sauce, Super Rice and Super Noodles,
its name applied to Premier Foods' condensed soups in 2008 (dried foods, UK); and Cascade Brewery, the South Hobart
brewery founded in 1832 by Hugh Macintosh with his nephews Henry and Charles Degraves, the partnership Macintosh and
Degraves Sawmills, Peter Degraves and the East India Company officer Macintosh (brewing, Australia).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's 'Jump to: navigation, search' rendering of 'Digital Extremes' of about
2015-2016 (Multi Dynamic 'now Leyou', the stake of 2016 not yet told), en.wikipedia.org's '= Title =' rendering of
'Batchelors' (undated; content to 2011) and wikimili.com's copy of 'Cascade Brewery' of 2025 (its infobox '201 years
ago' of 1824); each cut at a paragraph or sentence end before the point where the excerpt breaks off (all
`truncated`). Edits per item in `notes` (title lines, page chrome, infobox lines, headings and citation markers cut; no
word added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather63a/src), the
markers ('[1]', ' [1]', '[edit]', '[ citation needed ]') dropped and whitespace runs compared as one space, as batches
57g-61a did. No text tells an outage or a near-miss of one. newskg (or any extractor) was not run on any text. A round
of three: six queries, five companies answered with English Wikipedia text (or a copy of it), three taken (round
notes, /work/notes/gather63/62a.md; queries, /tmp/gather63a/src/queries.txt).
usage: batch62a.py [POOL_DIR] [--dry]   (default /tmp/gather63a/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather63a/pool"
SRC = "/tmp/gather63a/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-57 pools "
           "(/tmp/gather63*/pool) and in /work/notes/gather63/CLAIMS.txt as they stood when checked (`grep -ril`, "
           "file names only)")
# a citation marker ('[1]', ' [2]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- video games, Canada: Digital Extremes (en.wikipedia.org 'Jump to' rendering, about 2015-2016) ------------------
DE = [
 "Digital Extremes is a Canadian computer and video game development studio founded in 1993 by James Schmalz, best "
 "known for its co-creation of Epic Games' highly successful Unreal series of games. Digital Extremes is headquartered "
 "in London, Ontario. In 2014, 61% of the company was sold to Chinese holding company Multi Dynamic, now Leyou, for $73 "
 "million. President Michael Schmalz and two partners retained 39% of Digital Extremes, and will continue to manage "
 "it.[1]",
 "Founder James Schmalz began developing games at the age of 12, creating an Ultima clone called Sorcery on an Apple "
 "IIe computer. From there, he continued dabbling with game development through his University years at University of "
 "Waterloo. Upon graduation, left with a choice between a full-time paid engineering position and the option of "
 "self-employed game developer, Schmalz chose the latter and created Epic Pinball, published by then shareware "
 "publisher, Epic MegaGames. Bolstered from the success of Epic Pinball[2] and the rising technology movement in the "
 "mid-90's toward realistic 3D graphics, Schmalz officially founded Digital Extremes in 1993 and the company began "
 "co-development with Epic Games on what would become Epic Games' Unreal franchise.[3]"]
KEPT["wp-digital-extremes"] = ("digital-extremes-enwiki.txt", DE)
R.append(wp("wp-digital-extremes", "Digital Extremes", "https://en.wikipedia.org/wiki/Digital_Extremes",
 "\n\n".join(MARK.sub("", p) for p in DE),
 "technology/video games", ["history", "founding", "ownership", "deal", "partnership"],
 "The article as en.wikipedia.org's rendering with its old page chrome holds it in the page store ('From Wikipedia, "
 "the free encyclopedia', 'Jump to: navigation, search'; no revision id; a revision of about 2015-2016: Multi Dynamic "
 "is 'now Leyou' and its infobox names 'Owner Multi Dynamic' and 'Parent Leyou', but Leyou's call option of May 2016, "
 "which later copies tell, is not in it). Cut: the title line 'Digital Extremes' and the chrome lines 'From "
 "Wikipedia, the free encyclopedia' and 'Jump to: navigation, search'; the infobox lines ('Digital Extremes', "
 "'Industry Video game industry', 'Founded 1993', 'Headquarters London, Ontario, Canada', 'Owner Multi Dynamic', "
 "'Number of employees', 'Parent Leyou'; cut as batches 57p-61a cut their infoboxes); the citation markers '[1]', "
 "'[2]' and '[3]' (no space before them); cut after '... Epic Games' Unreal franchise.', before the paragraph the "
 "excerpt breaks off ('Unreal was a first-person shooter released in 1998, ... Several of the game's iteratio'; "
 "`truncated`; a cut at a paragraph end), so Unreal Tournament, its sequels and the platforms they sold on are not in "
 "the text. No word added or changed. Kept as written: 'Digital Extremes is a Canadian computer and video game "
 "development studio founded in 1993 by James Schmalz, best known for its co-creation of Epic Games' highly "
 "successful Unreal series of games.', 'In 2014, 61% of the company was sold to Chinese holding company Multi "
 "Dynamic, now Leyou, for $73 million.', 'President Michael Schmalz and two partners retained 39% of Digital "
 "Extremes, and will continue to manage it.', 'creating an Ultima clone called Sorcery on an Apple IIe computer.', "
 "'through his University years at University of Waterloo' (a capital U twice), 'Upon graduation, left with a choice "
 "between ...' (no subject before 'left'), 'Schmalz chose the latter and created Epic Pinball, published by then "
 "shareware publisher, Epic MegaGames.' (a comma after 'publisher'), 'in the mid-90's' (an apostrophe), 'Schmalz "
 "officially founded Digital Extremes in 1993 and the company began co-development with Epic Games on what would "
 "become Epic Games' Unreal franchise.' 188 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 "
 "(a revision of about 2015-2016, before Wikimedia's move to 4.0 of June 2023, as batches 55n-61a recorded their "
 "older renderings). Found at rank 5 of the query 'Digital Extremes Canadian video game developer London Ontario "
 "founded James Schmalz Warframe Sumpo' (the brief's lead; batch 61d saw the same rendering and left it to this "
 "lane, British and Commonwealth); hubbry.com (rank 1; a copy of a later revision, Tencent's purchase of Leyou of 2020, its licence not stated "
 "on the page seen), thelodgge.com (rank 2; an interview), investontario.ca (rank 3; a provincial agency's page, no "
 "open licence), theinfolist.com (rank 4; link glosses in the sentences), worddisk.com (rank 6; a copy with 'Quick "
 "Facts' chrome), gameupnews.com (rank 7; news) and CTV London (rank 8; news) not used. Digital Extremes, Schmalz, "
 "Multi Dynamic, Epic MegaGames, Epic Pinball: " + CHECKED + " (GATHERING.md names Digital Extremes only in lists of "
 "free names, texts not used and leads of earlier rounds, and Leyou only in a person's article not used, another matter).",
 "non-US", v3=True))

# ---- dried foods, UK: Batchelors (en.wikipedia.org '= Title =' rendering, undated) ----------------------------------
BATCH = [
 "Batchelors is a popular brand of predominantly dried food products. The Batchelors company was founded in 1895 in "
 "Sheffield, England by William Batchelor, initially specialising in canned vegetables. It released its first dried "
 "soup in 1949, and it started selling its convenience Cup-a-Soup range in 1972. The company now makes pasta and rice "
 "dishes like Pasta 'n' Sauce and Super Rice along with instant soup, in particular Cup-a-Soup and noodle products "
 "such as Super Noodles. The company is the UK market leader in dried soups.",
 "Since early 2008, the Batchelors name has also been applied to Premier Foods' condensed soup range, previously sold "
 "as Campbell's. The Campbell's brand returned to the UK in 2011, after a five-year non-compete agreement expired.",
 "William Batchelor was born in Habrough, Lincolnshire, in 1860 to Ellen, n\u00e9e Hudson, and James Batchelor, a "
 "farmworker who later had his own farm. William discovered a way to can vegetables such as processed peas and formed "
 "Batchelors Foods in 1895. He died in August 1913 whilst on holiday in Bridlington, aged 53. His daughter Ella (who "
 "became Ella Gasking), 22 at the time, took over leadership of the company and developed it to include processed "
 "peas, with Batchelors eventually becoming a household name.",
 "Ella Hudson Gasking (1891\u20131966) often known as Mrs E. H. Gasking, took over the family business of "
 "Batchelor's Foods, opening a new factory at Wadsley Bridge, Sheffield in 1937 costing \u00a3100,000 to build. It "
 "was the largest canning plant in Britain, covering 12 acres including playing fields & speaker radios for staff. In "
 "1943 Gasking was awarded an OBE in recognition of her contribution to the war effort and the grocery industry.",
 "In 1935 an Irish version of the brand was launched. But soup was called \"McDonnells\" in Ireland."]
KEPT["wp-batchelors"] = ("batchelors-enwiki.txt", BATCH)
R.append(wp("wp-batchelors", "Batchelors", "https://en.wikipedia.org/wiki/Batchelors",
 "\n\n".join(MARK.sub("", p) for p in BATCH),
 "food/dried foods", ["history", "founding", "brand", "leadership"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; its "
 "content reaches 2011). Cut: the title line '= Batchelors ='; the infobox lines ('Batchelors', '- Type: Food', '- "
 "Currentowner: Premier Foods', '- Origin: United Kingdom', '- Markets: UK and Australia', '- Previousowners: "
 "Unilever, Best Foods'), so the owners Unilever and Best Foods and the infobox's statement of Premier Foods as owner "
 "are not in the text (cut as batches 57p-61a cut their infoboxes); the heading '==History=='; cut after '... called "
 "\"McDonnells\" in Ireland.', before the paragraph the excerpt breaks off ('Due to staff '; `truncated`; a cut at a "
 "paragraph end), so the purchase of 1943 and later owners are not in the text. The rendering has no citation "
 "markers. No word added or changed. Kept as written: 'Batchelors is a popular brand of predominantly dried food "
 "products.', 'The Batchelors company was founded in 1895 in Sheffield, England by William Batchelor, initially "
 "specialising in canned vegetables.', \"The company now makes pasta and rice dishes like Pasta 'n' Sauce and Super "
 "Rice\" (straight apostrophes), \"Since early 2008, the Batchelors name has also been applied to Premier Foods' "
 "condensed soup range, previously sold as Campbell's.\", 'William Batchelor was born in Habrough, Lincolnshire, in "
 "1860 to Ellen, n\u00e9e Hudson, and James Batchelor, a farmworker who later had his own farm.', 'William "
 "discovered a way to can vegetables such as processed peas and formed Batchelors Foods in 1895.', 'His daughter Ella "
 "(who became Ella Gasking), 22 at the time, took over leadership of the company and developed it to include "
 "processed peas, with Batchelors eventually becoming a household name.', \"Ella Hudson Gasking (1891\u20131966) "
 "often known as Mrs E. H. Gasking, took over the family business of Batchelor's Foods\" (no comma after the years; "
 "an en dash between them; the name with an apostrophe this once), 'covering 12 acres including playing fields & "
 "speaker radios for staff.' (an ampersand), 'In 1935 an Irish version of the brand was launched. But soup was "
 "called \"McDonnells\" in Ireland.' (straight quotes). 293 words. No outage and no near-miss of one told. Recorded "
 "CC BY-SA 4.0 (doubtful: undated; a recent rendering, as batches 58p-61a recorded their '= Title =' renderings; an "
 "older revision would be 3.0, whose terms the record meets the same way). Found at rank 5 of the query 'Batchelors "
 "food brand Sheffield William Batchelor peas Premier Foods Unilever history Wikipedia' (batch 61a's free name); "
 "letslookagain.com (ranks 1, 2; a blog), liquisearch.com (rank 3; a copy of the 'History' section with quotation "
 "boxes, its licence not stated on the page seen), Grace's Guide (ranks 4, 8), de.mgwiki.top (rank 6; German) and the "
 "South Yorkshire Times (rank 7; news) not used. Batchelor, Batchelors, Gasking, Premier Foods, Cup-a-Soup, Super "
 "Noodles, McDonnells, Habrough, Wadsley Bridge: " + CHECKED + " (GATHERING.md names Batchelors only in batches "
 "60h's, 60i's and 61a's lists of free names and leads).", "non-US"))

# ---- brewing, Australia: Cascade Brewery (wikimili.com's copy, 2025) --------------------------------------------------
CASCADE = [
 "Cascade Brewery is a brewery established in 1824 in South Hobart, Tasmania, and is the oldest continually operating "
 "brewery in Australia. [1]",
 "As well as beer, the site also produces a range of non-alcoholic products. [2] It is home to a function centre, as "
 "well as operating tourism related ventures including guided tours and a retail outlet. [3]",
 "The Cascade estate was originally a saw milling operation, run by a partnership called Macintosh and Degraves "
 "Sawmills. [4] The mills began operation in 1825 and the brewery was founded beside the Hobart Rivulet in 1832 by "
 "Hugh Macintosh (1776\u20131834) with his nephews Henry and Charles Degraves while Peter Degraves was in Hobart "
 "prison serving a five-year sentence. [5] [6]",
 "Until 2011 the conventional history of Cascade Brewery held that the brewery, and the other enterprises at Cascade, "
 "had been founded by Peter Degraves. However research by historian Greg Jefferys for his Masters thesis showed that "
 "the major partner in the Cascade Mills and Brewery had actually been Major Hugh Macintosh and that Degraves had "
 "falsified the history of the brewery after Macintosh's death in 1834. [7]",
 "Macintosh was a retired East India Company Officer who emigrated from England on his ship Hope in 1824 with his "
 "business partner Peter Degraves (1778\u20131852)."]
KEPT["wp-cascade-brewery"] = ("cascade-brewery-wikimili.txt", CASCADE)
R.append(wp("wp-cascade-brewery", "Cascade Brewery", "https://wikimili.com/en/Cascade_Brewery",
 "\n\n".join(MARK.sub("", p) for p in CASCADE),
 "food/brewing", ["history", "founding", "partnership"],
 "The article as wikimili.com's copy holds it in the page store ('Last updated'; no date or revision id held; a "
 "revision of 2025: its infobox reads 'Opened1824;201 years ago (1824)'). Cut: the title line 'Cascade Brewery' and "
 "the line 'Last updated'; the infobox lines ('Cascade Brewery', the image line 'Cascade Brewery Cascade Brewery "
 "1.jpg', 'Location South Hobart Tasmania, Australia' to 'Cascade First Harvest Special Ale'), with 'Key "
 "peoplePeter Degraves, Major McIntosh', 'Owned by Asahi' and the list of active beers, so Asahi and the beers' names "
 "are not in the text (cut as batches 57p-61a cut their infoboxes); the copy's chrome line 'Contents' and the heading "
 "'History'; the citation markers ' [1]' to ' [7]' (a space before each; ' [5] [6]' together); cut after '... Peter "
 "Degraves (1778\u20131852).', before the sentence the excerpt breaks off ('Degraves was an undischarged b'; "
 "`truncated`; a cut at a sentence end). No word added or changed. Kept as written: 'Cascade Brewery is a brewery "
 "established in 1824 in South Hobart, Tasmania, and is the oldest continually operating brewery in Australia.', 'As "
 "well as beer, the site also produces a range of non-alcoholic products.', 'It is home to a function centre, as well "
 "as operating tourism related ventures' (no hyphen), 'The Cascade estate was originally a saw milling operation, run "
 "by a partnership called Macintosh and Degraves Sawmills.', 'the brewery was founded beside the Hobart Rivulet in "
 "1832 by Hugh Macintosh (1776\u20131834) with his nephews Henry and Charles Degraves while Peter Degraves was in "
 "Hobart prison serving a five-year sentence.', 'Until 2011 the conventional history of Cascade Brewery held that the "
 "brewery, and the other enterprises at Cascade, had been founded by Peter Degraves.', 'However research by "
 "historian Greg Jefferys for his Masters thesis showed that the major partner in the Cascade Mills and Brewery had "
 "actually been Major Hugh Macintosh' (no comma after 'However'; 'Masters' without an apostrophe), 'Macintosh was a "
 "retired East India Company Officer who emigrated from England on his ship Hope in 1824' ('Officer' capitalised; the "
 "lead's 'established in 1824' beside the history's 'founded ... in 1832', as the copy has them). 203 words. No "
 "outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a revision of 2025, after Wikimedia's move to 4.0 of "
 "June 2023, as batches 59f-61a recorded wikimili.com's recent copies). Found at rank 3 of the query 'Cascade "
 "Brewery Hobart history Peter Degraves Hugh Macintosh founded 1824' (batch 61a's lead); tasmaniasafari.blogspot.com "
 "(rank 1; a blog), leafaspirit.com (rank 2; a blog post dated 2075 that copies the article without a licence), the "
 "University of Tasmania's Companion to Tasmanian History (rank 4; John Syme 1882, J Boag & Son, Tasmanian Breweries, "
 "Fosters Group; no open licence), australianfoodtimeline.com.au (rank 5), exploroz.com (rank 6; a forum), "
 "TripAdvisor (rank 7; a review) and Australia Network (rank 8; a broadcast transcript) not used. Cascade Brewery, "
 "Macintosh and Degraves Sawmills, Hugh Macintosh, Degraves, Greg Jefferys, Hobart Rivulet: " + CHECKED + " "
 "(GATHERING.md names Cascade Brewery, Hugh Macintosh, the Degraves and Macintosh and Degraves Sawmills only in batch "
 "61a's texts not used and leads; 'East India Company' has no hit but batch 61a's notes on this text).", "non-US",
 copy_of="the Wikipedia article, via wikimili.com's copy of 2025"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[edit]', '[ citation needed ]'), whitespace
    runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|edit|citation needed)\s*\]", "", s).split())


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
