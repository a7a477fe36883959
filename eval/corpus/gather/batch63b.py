#!/usr/bin/env python3
"""Batch 63b (session 57; gatherer lane 63b): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-62h, kept to four American companies of the sectors the brief preferred (a broadcaster, a department
store chain, an airline, a restaurant chain), new to the corpus: Storer Communications, known as the Fort Industry
Company and as Storer Broadcasting, founded by George Butler Storer and John Harold Ryan as the Fort Industry Oil
Company, owner of CBS affiliates, of Northeast Airlines and of the Boston Bruins, taken private by Kohlberg Kravis
Roberts (broadcasting, US); Gimbel Brothers (Gimbels), founded by Adam Gimbel in 1842, Bernard Gimbel its future
president, acquired by Brown & Williamson in 1973, which formed the BATUS retail group (retail, US); Ozark Air Lines,
incorporated in 1943 by Laddie Hamilton, Barak Mattingly and Floyd Jones, launched by taking over Parks Air Lines,
purchased by Trans World Airlines in 1986, TWA merged into American Airlines in 2001 (airline, US); and Burger Chef,
started by Frank and Donald Thomas through their General Equipment Corporation, purchased by General Foods
Corporation in 1968 and sold off from 1982 (restaurants, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' renderings of 'Storer Communications', 'Gimbels' and 'Ozark Air Lines'
(undated, recent), and wikimili.com's copy of 'Burger Chef' (2023 by its '27 years ago (1996)'); each cut at a
sentence or paragraph end before the sentence or paragraph its excerpt breaks off in (`truncated`). Edits per item in
`notes` (title lines, infobox lines, site lines, image captions and section headings cut, citation markers cut; no
word added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather64b/src), the
markers ('[1]', '[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as batches 55e-62h
did. No text tells an outage or a near-miss of one (a leveraged buyout, a liquidation attempt, a company dismantled,
rights revoked and a chain's last restaurant closing are business events). newskg (or any extractor) was not run on
any text. A round of four: eight queries, four answered with English Wikipedia text on a company not yet in the corpus
and were taken, the rest left (round notes, /work/notes/gather64/63b.md; queries, /tmp/gather64b/src/queries.txt).
usage: batch63b.py [POOL_DIR] [--dry]   (default /tmp/gather64b/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather64b/pool"
SRC = "/tmp/gather64b/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-57 pools (/tmp/gather64*/pool) and in /work/notes/gather63/CLAIMS.txt and "
           "/work/notes/gather64/CLAIMS.txt as they stood when checked (`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- broadcasting, US: Storer Communications (en.wikipedia.org '= Title =' rendering, undated) --------------------
ST = [
 "Storer Communications, known from 1927 to 1952 as the Fort Industry Company and from 1952 to 1983 as Storer "
 "Broadcasting, was an American media company that owned television and radio stations and cable television systems.",
 "Founded by George Butler Storer and John Harold Ryan as the Fort Industry Oil Company in Toledo, Ohio, the "
 "company's focus quickly shifted to radio ownership, particularly in Ohio, Michigan and West Virginia. Fort Industry "
 "added television stations to their portfolio, adopted the Storer name in 1952, and eventually owned multiple key "
 "affiliates of the CBS television network. Storer also acquired a reputation for selling smaller stations in order "
 "to purchase larger ones, particularly after the company reached then-existent ownership limits. The company also "
 "owned Northeast Airlines from 1965 to 1972, and the Boston Bruins from 1973 to 1975. A reorientation towards cable "
 "television led Storer to divest their radio holdings between 1979 and 1981. While this expansion led to Storer "
 "becoming the fourth-largest cable operator in the country, the systems built were expensive and unprofitable in "
 "the short-term, and the company suffered substantial losses in the mid-1980s.",
 "In April 1985, a group of activist investors attempted to take over Storer's board of directors and initiate a "
 "liquidation. To thwart this, the company agreed to be taken private by Kohlberg Kravis Roberts (KKR) in a leveraged "
 "buyout valued at $1.6 billion. Storer was dismantled in the following years under KKR: the cable division was spun "
 "off and gradually dissolved into both TCI and Comcast, while the television stations were sold to George N. "
 "Gillett Jr. in 1987 and folded into New World Communications in 1993."]
KEPT["wp-storer-communications"] = ("storer-enwiki.txt", ST)
R.append(wp("wp-storer-communications", "Storer Communications",
 "https://en.wikipedia.org/wiki/Storer_Communications", "\n\n".join(ST),
 "broadcasting", ["history", "founding", "founders", "ownership", "buyout"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; its "
 "content reaches 1993, its lead is the long one of recent revisions). Cut: the title line '= Storer Communications "
 "='; the headings '== History ==' and '=== Origins ==='; cut at the end of the third paragraph ('... folded into New "
 "World Communications in 1993.'), before the paragraph the excerpt breaks off ('George B. Storer was born on "
 "November 10, 1899, in Toledo, Ohio. His interest in radio dated back to 1912, when—inspired by the sinking of the "
 "Titanic that increased awareness of wireless radio—he listened to acti'; `truncated`; a cut at a paragraph end), "
 "so the founder's birth date and the history's posts are not in the text. The rendering has no infobox lines and no "
 "citation markers in the part kept. No word added or changed. Kept as written: 'known from 1927 to 1952 as the Fort "
 "Industry Company and from 1952 to 1983 as Storer Broadcasting', 'an American media company that owned television "
 "and radio stations and cable television systems', 'Founded by George Butler Storer and John Harold Ryan as the Fort "
 "Industry Oil Company in Toledo, Ohio', 'Fort Industry added television stations to their portfolio', 'eventually "
 "owned multiple key affiliates of the CBS television network', 'then-existent ownership limits', 'The company also "
 "owned Northeast Airlines from 1965 to 1972, and the Boston Bruins from 1973 to 1975', 'led Storer to divest their "
 "radio holdings between 1979 and 1981', 'in the short-term', 'the company agreed to be taken private by Kohlberg "
 "Kravis Roberts (KKR) in a leveraged buyout valued at $1.6 billion', 'Storer was dismantled in the following years "
 "under KKR: the cable division was spun off and gradually dissolved into both TCI and Comcast, while the television "
 "stations were sold to George N. Gillett Jr. in 1987 and folded into New World Communications in 1993'. 270 words. "
 "No outage and no near-miss of one told (a takeover attempt, a buyout and a company dismantled are business "
 "events). Recorded CC BY-SA 4.0 (doubtful: undated; a recent rendering, as batches 58p-62a recorded their '= Title "
 "=' renderings; an older revision would be 3.0, whose terms the record meets the same way). Found at rank 3 of the "
 "query 'Storer Broadcasting company founded George B. Storer Toledo radio stations television Kohlberg Kravis "
 "Roberts'; wiki.av1.space's Kiwix 'mini' copy (rank 1; the lead only), owiki.org (rank 2; the same lead run on with "
 "the history), wiki.riteme.site (rank 4; a copy of the same), wiki.privacytools.io (rank 5; an old revision held "
 "under another page's address, with 'George Storer was President of the company until his death' and 'Peter Storer, "
 "became President in 1973' — its terms not seen), a proxy's copy (rank 6), the-uncensored-wiki.com (rank 7; a talk "
 "page quoting the New York Times) and wikisum.wiki (rank 8; a summary site) not used. Storer, Fort Industry, "
 "Northeast Airlines, Boston Bruins, New World Communications, Gillett (as 'Gillett Jr.'), John Harold Ryan: " +
 CHECKED + " ('Kohlberg' in texts on other matters: Chun King, Toys \"R\" Us, an FCC transfer; 'Comcast' and 'CBS' "
 "in texts on other matters).", "US",
 copy_of="the Wikipedia article"))

# ---- retail, US: Gimbels (en.wikipedia.org '= Title =' rendering, undated) ----------------------------------------
GB = [
 "Gimbel Brothers, commonly known as Gimbels, was an American department store corporation that operated from 1842 "
 "until 1987. The company was founded by Adam Gimbel who, in 1842, opened his first general store in Vincennes, "
 "Indiana. In 1887, the company moved its operations to Milwaukee, Wisconsin, establishing the first Gimbel Brothers "
 "Department Store. It became a chain in 1894 when it opened a second, larger location in Philadelphia, Pennsylvania, "
 "which also served as its headquarters for several years. At the urging of future company president Bernard Gimbel, "
 "grandson of the founder, the company expanded to New York City in 1910.",
 "Gimbels established the nation's first department store Thanksgiving parade, the Gimbels Thanksgiving Day Parade, "
 "which debuted in Philadelphia in 1920. The company was also a chief rival of Macy's with their feud popularized in "
 "American culture. By 1930, Gimbels operated 20 locations and was the largest department store chain in the world "
 "by sales revenue. The company expanded to a peak of 53 stores by 1965. In 1973, Gimbels was acquired by Brown & "
 "Williamson, which later formed the BATUS retail group to manage its retail holdings."]
KEPT["wp-gimbels"] = ("gimbels-enwiki.txt", GB)
R.append(wp("wp-gimbels", "Gimbels", "https://en.wikipedia.org/wiki/Gimbels", "\n\n".join(GB),
 "retail/department stores", ["history", "founding", "executives", "acquisitions"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "recent rendering: its lead is the rewritten one that names the BATUS retail group). Cut: the title line '= Gimbels "
 "='; the infobox lines ('Gimbel Brothers', '- Logo: Gimbels Department Store Final Logo.png' to '- Subsid: Saks "
 "Fifth Avenue (1923–1973)', with '- Type: Subsidiary', '- Hq Location: New York City, New York, United States', '- "
 "Key People: Adam L. Gimbel, Bernard Gimbel', '- Parent: Brown & Williamson (1973–1980), Batus Inc. (1980–1987)'), "
 "so Saks Fifth Avenue, Adam L. Gimbel and the parent years are not in the text (cut as batches 54zu-62h cut their "
 "infoboxes); cut in the second paragraph after '... to manage its retail holdings.', before the sentence the excerpt "
 "breaks off ('BATUS eventually decided to dissolve the Gimbels brand and, in 1987, closed the remaining 35 locations "
 "in Pennsylvania, New York, '; `truncated`; a cut inside a paragraph, at a sentence end). The rendering has no "
 "citation markers. No word added or changed. Kept as written: 'Gimbel Brothers, commonly known as Gimbels, was an "
 "American department store corporation that operated from 1842 until 1987', 'The company was founded by Adam Gimbel "
 "who, in 1842, opened his first general store in Vincennes, Indiana', 'establishing the first Gimbel Brothers "
 "Department Store', 'At the urging of future company president Bernard Gimbel, grandson of the founder', 'the "
 "Gimbels Thanksgiving Day Parade', 'a chief rival of Macy's with their feud popularized in American culture', 'In "
 "1973, Gimbels was acquired by Brown & Williamson, which later formed the BATUS retail group to manage its retail "
 "holdings' (an ampersand; 'BATUS' in capitals as the lead has it). 187 words. No outage and no near-miss of one "
 "told. Recorded CC BY-SA 4.0 (doubtful: undated; a recent rendering, as batches 58p-62a recorded theirs). Found at "
 "rank 3 of the query 'Gimbels department store chain founded Adam Gimbel Vincennes Indiana acquired by Brown & "
 "Williamson BATUS'; infoplease.com (rank 1; the Columbia Encyclopedia, copyrighted), a Time copy (rank 2; news), "
 "waovam.com and knoxcountyindiana.com (ranks 4, 5; news), wikicigar.org (rank 6; a broken import), "
 "publichistory.iupui.edu (rank 7; no open licence seen) and wikimili.com (rank 8; an older revision that breaks off "
 "before the purchase of 1973) not used. Gimbel, Gimbels, BATUS, Vincennes, Thanksgiving Day Parade: " + CHECKED +
 " ('Brown & Williamson' in a train text on another matter, a DOJ bid-rigging plea; 'Macy' in texts on other "
 "matters).", "US",
 copy_of="the Wikipedia article"))

# ---- airline, US: Ozark Air Lines (en.wikipedia.org '= Title =' rendering, undated) -------------------------------
OZ = [
 "Ozark Air Lines was a local service carrier, a scheduled airline in the United States that operated from 1950 "
 "until it was purchased by Trans World Airlines (TWA) in 1986. Ozark got a second chance to be an airline when the "
 "carrier that won the routes for which Ozark applied, Parks Air Lines, failed to start them in a timely manner. Parks "
 "had its rights revoked, Ozark won not only the routes it previously applied for, but others as well. Parks merged "
 "into Ozark and Ozark (then without any airline operations) took over the Parks operation and the single route over "
 "which Parks had recently started service, thereby launching Ozark. Ozark over time became a jet carrier with a hub "
 "in St. Louis.",
 "In 2001, TWA was merged into American Airlines. A smaller regional airline that used the Ozark name (and whose "
 "operating certificate was purchased by Great Plains Airlines) operated in 2000–2001. From 1950 until 1986, Ozark's "
 "headquarters was located at St. Louis Lambert International Airport.",
 "Ozark Air Lines was incorporated on 1 September 1943 in Missouri by Laddie Hamilton, Barak Mattingly and Floyd "
 "Jones with $100,000 in paid-up capital. Ozark flew from Springfield, Missouri, and, in January 1945, it began "
 "flights between Springfield and St. Louis on Beechcraft Model 17 Staggerwings, replaced by Cessna AT-17 Bobcats in "
 "the late 1940s."]
KEPT["wp-ozark-air-lines"] = ("ozark-enwiki.txt", OZ)
R.append(wp("wp-ozark-air-lines", "Ozark Air Lines", "https://en.wikipedia.org/wiki/Ozark_Air_Lines", "\n\n".join(OZ),
 "airlines", ["history", "founding", "founders", "acquisitions"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "recent rendering: its lead is the rewritten one with 'a local service carrier, a scheduled airline' and the Parks "
 "story, and its history names the incorporators). Cut: the title line '= Ozark Air Lines ='; the infobox lines "
 "('Infobox', '- Airline: Ozark Air Lines' to '- Key People: class=nowrap, Laddie Hamilton , Joseph A. Fitzgerald , "
 "Floyd Jones , Thomas L. Grace , Edward J. Crane , Lester L. Cox', with '- Parent: Trans World Corporation' and '- "
 "Headquarters: St. Louis County, Missouri, U.S.'), so Trans World Corporation, Joseph A. Fitzgerald, Thomas L. "
 "Grace, Edward J. Crane and Lester L. Cox are not in the text (cut as batches 54zu-62h cut their infoboxes; the "
 "infobox gives names without posts); the headings '==History==' and '===Pre-certification==='; cut at the end of "
 "the third paragraph ('... replaced by Cessna AT-17 Bobcats in the late 1940s.'), before the paragraph the excerpt "
 "breaks off ('Ozark applied for certification as a feeder or local service a'; `truncated`; a cut at a paragraph "
 "end). The rendering has no citation markers. No word added or changed. Kept as written: 'a local service carrier, "
 "a scheduled airline in the United States that operated from 1950 until it was purchased by Trans World Airlines "
 "(TWA) in 1986', 'Parks had its rights revoked, Ozark won not only the routes it previously applied for, but others "
 "as well.' (a comma splice), 'Parks merged into Ozark and Ozark (then without any airline operations) took over the "
 "Parks operation', 'In 2001, TWA was merged into American Airlines.', 'A smaller regional airline that used the Ozark "
 "name (and whose operating certificate was purchased by Great Plains Airlines) operated in 2000–2001.' (an en dash), "
 "'Ozark Air Lines was incorporated on 1 September 1943 in Missouri by Laddie Hamilton, Barak Mattingly and Floyd "
 "Jones with $100,000 in paid-up capital', 'Beechcraft Model 17 Staggerwings', 'Cessna AT-17 Bobcats'. 222 words. No "
 "outage and no near-miss of one told (routes not started, rights revoked and an airline without operations are "
 "business and licensing events). Recorded CC BY-SA 4.0 (doubtful: undated; a recent rendering, as batches 58p-62a "
 "recorded theirs). Found at rank 1 of the query 'Ozark Air Lines American airline founded 1943 Springfield Missouri "
 "acquired by Trans World Airlines 1986'; wap.bdmobi.com (rank 2; a viewer's copy of the lead and the infobox with "
 "the presidents' years), triviausa.blogspot.com (ranks 3, 6; a blog), piglix.com (rank 4; an older copy), "
 "stanwing.com (rank 5; copyrighted), en.m.wikipedia.org (rank 7; an older revision whose history names no "
 "incorporators) and flyvtwa.com (rank 8; a fan site's copy) not used. Ozark Air Lines, Parks Air Lines, Trans World "
 "Airlines, TWA (as a word), Great Plains Airlines, Laddie Hamilton, Barak Mattingly, Staggerwing: " + CHECKED +
 " ('Ozark' alone in texts on other matters: an FCC telephone-company notice and batch 43t; 'American Airlines' in "
 "texts on other matters).", "US",
 copy_of="the Wikipedia article"))

# ---- restaurants, US: Burger Chef (wikimili.com's copy, 2023) ------------------------------------------------------
BC = [
 "Burger Chef was an American fast-food restaurant chain. It began operating in 1954 in Indianapolis, Indiana, "
 "expanded throughout the United States, and at its peak in 1973 had 1,050 locations, including some in Canada. [1] "
 "The chain featured several signature items, such as the Big Shef and Super Shef hamburgers.",
 "In 1982, the General Foods Corporation, owners of the Burger Chef trademark and name, divested itself of the "
 "restaurant chain, gradually selling to the owners of Hardee's. The final restaurant to carry the Burger Chef name "
 "closed in 1996. [2]",
 "In 1954, Frank and Donald Thomas patented the flame broiler in their parent company General Equipment Corporation "
 "and started their restaurant in Indianapolis, Indiana. In 1957, they opened their first Burger Chef. [3]",
 "Burger Chef spread across the United States, following a strategy of opening outlets in smaller towns. [3]",
 "By 1972, its number of locations (1,200) was surpassed only by McDonald's (1,600). [4] They offered a double "
 "burger, called the Big Shef, and later the quarter-pound (113 gram) hamburger, Super Shef. Subsequently, they added "
 "the Works Bar, where customers added their own toppings to hamburgers. [5]",
 "In 1968, General Foods Corporation purchased the chain and continued its rapid expansion. At the time of the "
 "purchase by General Foods, Burger Chef had 600 locations in 39 states. [6]",
 "By 1969, international expansion was underway with General Foods building ten Burger Chef outlets in Australia. "
 "The expansion ended in 1975 with a US$1.3 million loss (equivalent to $7.07 million in 2022)."]
KEPT["wp-burger-chef"] = ("burgerchef-wikimili.txt", BC)
MARK = re.compile(r" \[\d+\]")
R.append(wp("wp-burger-chef", "Burger Chef", "https://wikimili.com/en/Burger_Chef",
 "\n\n".join(MARK.sub("", p) for p in BC),
 "restaurants/fast food", ["history", "founding", "acquisitions", "products"],
 "The article as wikimili.com's copy holds it in the page store (no revision id; 'Defunct1996;27 years ago (1996)' "
 "and '(equivalent to $7.07 million in 2022)' date the copy to 2023). Cut: the title line 'Burger Chef' and the "
 "site line 'Last updated'; the infobox lines ('Burger Chef', 'Type Subsidiary' to 'Parent General Foods "
 "(1968–1982) Imasco (1982–1996)', with 'FateSold to Hardee's', 'Successor Hardee's' and 'Headquarters "
 "Indianapolis, Indiana, U.S.'), so Imasco, the parent years and the infobox's sale to Hardee's are not in the text "
 "(cut as batches 54zu-62h cut their infoboxes); the copy's 'Contents' line and the heading 'History'; the image "
 "caption lines 'Burger Chef advertisement (1966). Burgerchef 1966 ad.jpg' and 'Burger Chef advertisement (1966).'; "
 "the citation markers ' [1]' to ' [6]'; cut in the last paragraph after '... (equivalent to $7.07 million in "
 "2022).', before the sentence the excerpt breaks off ('It was stated that'; `truncated`; a cut inside a paragraph, "
 "at a sentence end). No word added or changed. Kept as written: 'It began operating in 1954 in Indianapolis, "
 "Indiana, expanded throughout the United States, and at its peak in 1973 had 1,050 locations, including some in "
 "Canada', 'the Big Shef and Super Shef hamburgers', 'In 1982, the General Foods Corporation, owners of the Burger "
 "Chef trademark and name, divested itself of the restaurant chain, gradually selling to the owners of Hardee's', "
 "'In 1954, Frank and Donald Thomas patented the flame broiler in their parent company General Equipment "
 "Corporation and started their restaurant in Indianapolis, Indiana', 'In 1957, they opened their first Burger "
 "Chef', 'By 1972, its number of locations (1,200) was surpassed only by McDonald's (1,600)', 'the quarter-pound "
 "(113 gram) hamburger, Super Shef', 'the Works Bar', 'In 1968, General Foods Corporation purchased the chain', "
 "'General Foods building ten Burger Chef outlets in Australia', 'a US$1.3 million loss (equivalent to $7.07 million "
 "in 2022)'. 243 words. No outage and no near-miss of one told (a chain divested and its last restaurant closed are "
 "business events). Recorded CC BY-SA 4.0 (a copy of 2023, as batches 60a-62l recorded wikimili.com's recent copies; "
 "doubtful: no revision id, and a copy made before Wikimedia's June 2023 move would be 3.0, whose terms the record "
 "meets the same way). Found at rank 6 of the query \"Burger Chef American fast-food restaurant chain founded "
 "Indianapolis General Foods acquired Hardee's\"; bookmarktrend.info (rank 1; a scraped copy with no licence line), "
 "chezvousrestaurant.co.uk (rank 2; a listicle), de.zxc.wiki (rank 3; German), eatingmeals.com (rank 4; a generated "
 "article), baltimoresun.com and wrtv.com (ranks 5, 8; news) and newspapers.flixsterz.com (rank 7; a video "
 "transcript) not used. Burger Chef, Big Shef, Super Shef, Works Bar, General Equipment Corporation, Donald Thomas, "
 "Imasco: " + CHECKED + " ('General Foods' in batch 14's text on another matter; 'Hardee' in a test text on another "
 "matter, not opened; 'McDonald's' in texts on other matters).", "US",
 copy_of="the Wikipedia article, wikimili.com's copy"))


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
