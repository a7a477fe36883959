#!/usr/bin/env python3
"""Batch 67w (session 61; gatherer lane 67w): transport-company histories from English Wikipedia in the company lane of
batches 36j-40zg, 54zu-67t, three companies of two countries, new to the corpus and turned from the leads of batches
66l, 67e and 67k: British Eagle International Airlines, the British independent airline founded as Eagle Aviation at
Aldermaston in 1948, with its in-house tour operator Sir Henry Lunn Ltd, its services in association with British
European Airways, its IATA membership of 1957 and the Cunard Line's controlling stake of March 1960 that made the joint
venture company Cunard Eagle, with its founder Harold Bamberg that company's aviation director (airlines, UK); Midway
Airlines, the Chicago airline incorporated on October 13, 1976 by Kenneth T. Carlson, Irving T. Tague and William B.
Owens, which bought the Philadelphia hub of Eastern Air Lines, filed for Chapter 11 in March 1991 and died in November
1991 when Northwest Airlines backed out of buying it (airlines, US); and the Rootes Group (Rootes Motors Limited), the
British car maker and motor distributor whose brothers William and Reginald bought Hillman, Humber, Singer, Sunbeam,
Talbot, Commer and Karrier with Prudential Assurance's support, held through the 60-per-cent-owned subsidiary Humber
Limited, taken over by Chrysler Corporation from mid-1964 to 1967 (car and truck makers, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): liquisearch.com's copy of 'British Eagle' (undated, a revision of about 2010-2013), wiki.av1.space's Kiwix copy
of 'Midway Airlines (1976–1991)' (wikipedia_en_all_mini_2025-06) and w.owiki.org's copy of 'Rootes Group' (undated, a
revision of about 2019-2022); each cut at a paragraph or sentence end before the sentence or heading its excerpt breaks
off in or runs into (`truncated`). Edits per item in `notes` (title, infobox and heading lines cut; paragraphs joined
with blank lines; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt
(/tmp/gather68w/src), the markers ('[1]', '[edit]', '[citation needed]') dropped and whitespace runs compared as one
space, as batches 55e-66l did. No text tells an outage (a liquidation, a bankruptcy filing, an airport's closure to
commercial traffic, a takeover and an abandoned sale are business events). newskg (or any extractor) was not run on any
text. A round of three: nine queries, three answered with English Wikipedia text on a company not yet in the corpus
and were taken, the rest left (round notes, /work/notes/gather68/67w.md; queries, /tmp/gather68w/src/queries.txt).
usage: batch67w.py [POOL_DIR] [--dry]   (default /tmp/gather68w/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68w/pool"
SRC = "/tmp/gather68w/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md (the lists of "
           "leads of batches 66l-67k aside), in the session-61 pools (/tmp/gather68*/pool) and in "
           "/work/notes/gather68/CLAIMS.txt as it stood when checked (`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- airlines, UK: British Eagle (liquisearch.com's copy, undated, about 2010-2013) ---------------------------------
BE = [
 "British Eagle International Airlines was a major British independent airline that operated from 1948 until it went "
 "into liquidation in 1968.",
 "It was founded as Eagle Aviation at Aldermaston. Eagle Aviation began operations in 1948 with two converted Handley "
 "Page Halifax bombers used for cargo operations. The same year, the new airline joined the Berlin Airlift.",
 "Eagle aviation moved to Luton in 1950. For most of its existence, the company's head office was located in Central "
 "London.",
 "It began carrying troops under contract to the government in 1951. Operations moved to Blackbushe Airport in 1952, "
 "followed a year later by the launch of secondary scheduled services in association with British European Airways "
 "(BEA), from whom Eagle had purchased a large fleet of Vickers Vikings.",
 "Package holidays to Italy and Spain were offered from 1954, in association with in-house tour operator Sir Henry "
 "Lunn Ltd.",
 "Eagle became a member of the International Air Transport Association (IATA) in 1957, the year it formed its first "
 "overseas subsidiary to operate scheduled services between Bermuda and New York.",
 "Eagle's acquisition of three Douglas DC-6s in 1958 marked the first time it had been permitted to import aircraft. "
 "Low-fare scheduled services between Bermuda and New York launched in earnest later that year. These were followed "
 "by through-plane services between Bermuda and London using the recently imported DC-6s in an all-economy "
 "configuration.",
 "Operations moved to Heathrow in 1960 as a result of Blackbushe's closure to commercial traffic.",
 "The Cunard Line acquired a controlling stake in Eagle in March 1960 which resulted in the creation of a joint "
 "venture company trading as Cunard Eagle. Eagle's founder Harold Bamberg was appointed as aviation director of the "
 "company. The new support enabled Cunard Eagle to order two new Boeing 707 jet aircraft in May 1961."]
KEPT["wp-british-eagle"] = ("britisheagle-liquisearch.txt", BE)
R.append(wp("wp-british-eagle", "British Eagle", "https://www.liquisearch.com/british_eagle",
 "\n\n".join(BE),
 "airlines", ["history", "founding", "founders", "executives", "acquisitions", "joint ventures", "subsidiaries"],
 "The article as liquisearch.com's copy holds it in the page store (no date or revision id held; undated, taken for a "
 "revision of about 2010-2013, the years of the liquisearch.com copies batch 40y recorded; its lead reads 'was a "
 "major British independent airline that operated from 1948 until it went into liquidation in 1968', where "
 "the-uncensored-wiki.com's copy of about 2007 reads 'was a major British airline from 1948 to 1968'; doubtful: no "
 "date held). Cut: the title lines 'British Eagle' and 'British Eagle' (the page's heading and the article's title); "
 "cut in the ninth paragraph after '... two new Boeing 707 jet aircraft in May 1961.', before the sentence the excerpt "
 "breaks off in ('The following month, the airline became the first British independent to be licensed as a s'; "
 "`truncated`; a cut inside a paragraph, at a sentence end). No citation markers and no infobox in this copy. "
 "Paragraphs joined with blank lines. No word added or changed. Kept as written: 'It was founded as Eagle Aviation at "
 "Aldermaston', 'two converted Handley Page Halifax bombers', 'The same year, the new airline joined the Berlin "
 "Airlift', 'Eagle aviation moved to Luton in 1950' (a small 'a'), \"the company's head office was located in Central "
 "London\", 'It began carrying troops under contract to the government in 1951', 'followed a year later by the launch "
 "of secondary scheduled services in association with British European Airways (BEA), from whom Eagle had purchased a "
 "large fleet of Vickers Vikings', 'in association with in-house tour operator Sir Henry Lunn Ltd' (no article before "
 "'in-house'), 'the year it formed its first overseas subsidiary' (unnamed), \"Eagle's acquisition of three Douglas "
 "DC-6s in 1958\", 'launched in earnest later that year', \"as a result of Blackbushe's closure to commercial "
 "traffic\", 'The Cunard Line acquired a controlling stake in Eagle in March 1960 which resulted in the creation of a "
 "joint venture company trading as Cunard Eagle' (no comma before 'which'), \"Eagle's founder Harold Bamberg was "
 "appointed as aviation director of the company\". 296 words. No outage and no near-miss of one told (a liquidation "
 "and an airport's closure to commercial traffic are business events, no service failure). Recorded CC BY-SA 3.0 (a "
 "revision before June 2023). Found at rank 2 of the query 'British Eagle International Airlines Harold Bamberg "
 "founded Eagle Aviation Cunard Eagle history'; the-uncensored-wiki.com (rank 3; free, a revision of about 2007, "
 "another telling of the same matter), rmsqueenelizabeth2.com, airticketshistory.com, britisheagle.net, "
 "usmanansari.com, britishtravelandhospitalityhalloffame.com and thetimes.co.uk (ranks 1, 4-8; fan, collector's, "
 "blog, award and news pages, copyrighted) not used. British Eagle, Eagle Aviation, Bamberg (as Harold Bamberg), "
 "Cunard Eagle, Lunn Poly, Starways, Blackbushe, British European Airways, Vickers Viking: " + CHECKED + " ('Bamberg' in "
 "dev's FCC text and batch 37z as a South Carolina county; 'Sir Henry Lunn' in batch 15f's Hansard written answer of "
 "1969 on the Transport Holding Company's controlling interest, another matter; 'Cunard Line' in train's "
 "wp-inman-line and wp-white-star-line, other matters; 'Aldermaston' in a test Wikinews text (by its file name, a 2008 "
 "stake sale at the nuclear weapons site) and batch 32g, another matter; 'International Air Transport Association' in other texts).", "UK",
 v3=True, copy_of="the Wikipedia article, via liquisearch.com, a Wikipedia mirror"))

# ---- airlines, US: Midway Airlines (1976-1991) (wiki.av1.space's Kiwix copy, wikipedia_en_all_mini_2025-06) ----------
MW = [
 "Midway Airlines was an airline in the United States based in Chicago, Illinois. It was incorporated on October 13, "
 "1976, by Kenneth T. Carlson, Irving T. Tague and William B. Owens, filing with the Civil Aeronautics Board (CAB) for "
 "an airline operating certificate. Although it received its operating certificate from the CAB prior to the passage "
 "of the Airline Deregulation Act in 1978, it was viewed as the first post-deregulation start-up. The airline "
 "commenced operations on November 1, 1979.",
 "The airline was notable for breathing new life into Midway International Airport, then called Chicago Midway "
 "Airport, which was almost deserted when Midway started operations. The carrier was also notable for pursuing at "
 "least three distinct business models during its life, starting as a discount carrier, moving to an all "
 "business-class airline before ending its life as a more conventional hub carrier.",
 "Midway was never highly or consistently profitable, but unlike many bigger and/or more prominent airlines (e.g. "
 "Braniff, People Express, Western Airlines and Piedmont Airlines) which disappeared through bankruptcy or mergers, it "
 "survived the 1980s. Unfortunately, the carrier perished soon after attempting to grow substantially by purchasing "
 "the Philadelphia hub of bankrupt Eastern Air Lines. This led directly to Midway\u2019s March 1991 Chapter 11 filing. A "
 "deal was struck to sell the company, still operating in bankruptcy, to Northwest Airlines, which backed out at the "
 "last minute, leaving Midway dead in November 1991."]
KEPT["wp-midway-airlines"] = ("midway-av1.txt", MW)
R.append(wp("wp-midway-airlines", "Midway Airlines (1976\u20131991)",
 "https://wiki.av1.space/content/wikipedia_en_all_mini_2025-06/Midway_Airlines_(1976%E2%80%931991)",
 "\n\n".join(MW),
 "airlines", ["history", "founding", "founders", "bankruptcy", "abandoned sale"],
 "The article as a Kiwix copy of English Wikipedia holds it in the page store (wiki.av1.space's "
 "wikipedia_en_all_mini_2025-06 collection, its words of a revision of about mid-2025; the 'mini' collection keeps the "
 "lead only). Cut: the title line 'Midway Airlines (1976\u20131991)' and the infobox's table lines ('| Founded | "
 "October 13, 1976 |' to '| Founders |', with 'Commenced operations | November 1, 1979', 'Ceased operations | November "
 "13, 1991', 'Frequent-flyer program | FlyersFirst', 'Headquarters | Chicago, Illinois' and 'Key people | David R. "
 "Hinson (CEO)', so David R. Hinson and his post are not in the text; cut as batches 54zu-66l cut their infoboxes); "
 "cut at the end of the third paragraph ('... leaving Midway dead in November 1991.'), before the paragraph the "
 "excerpt breaks off in ('A group of investors, including Carlson, bought the airline's name (for $20,000) an'; "
 "`truncated`). No citation markers in this copy. Paragraphs joined with blank lines. No word added or changed. Kept "
 "as written: 'Midway Airlines was an airline in the United States based in Chicago, Illinois', 'It was incorporated "
 "on October 13, 1976, by Kenneth T. Carlson, Irving T. Tague and William B. Owens, filing with the Civil Aeronautics "
 "Board (CAB)', 'prior to the passage of the Airline Deregulation Act in 1978', 'The airline commenced operations on "
 "November 1, 1979', 'Midway International Airport, then called Chicago Midway Airport', 'an all business-class "
 "airline', 'bigger and/or more prominent airlines (e.g. Braniff, People Express, Western Airlines and Piedmont "
 "Airlines)', 'by purchasing the Philadelphia hub of bankrupt Eastern Air Lines', \"Midway\u2019s March 1991 Chapter "
 "11 filing\" (a curly apostrophe), 'A deal was struck to sell the company, still operating in bankruptcy, to "
 "Northwest Airlines, which backed out at the last minute'. 233 words. No outage and no near-miss of one told (a "
 "bankruptcy filing, an abandoned sale and an airline's end are business events). Recorded CC BY-SA 4.0 (the Kiwix "
 "2025-06 collection). Found at rank 1 of the query 'Midway Airlines (1976\u20131991) incorporated October 13, 1976 "
 "Kenneth T. Carlson Irving T. Tague William B. Owens Civil Aeronautics Board'; piglix.com (rank 2; free, an older "
 "revision: 'founded on August 6, 1976, by investor Kenneth t. Carlson and joined by Irving T. Tague and William B. "
 "Owens', its excerpt running into route lists instead of the Northwest Airlines deal), airlinehistory.co.uk, "
 "encyclopedia.chicagohistory.org and airwaysmag.com (ranks 3, 5, 6, 8; copyrighted), wikisum.wiki (rank 4; a summary "
 "site) and tomorrow.paperai.life (rank 7; a diff page of wiki markup) not used. Kenneth T. Carlson, William B. "
 "Owens, Irving T. Tague, Braniff, Chicago Midway: " + CHECKED + " ('Midway Airlines' and 'Eastern Air Lines' in test's wp-air-florida, another matter: "
 "Air Florida's flights for and sale to Midway in 1985, which this text does not tell; 'Carlson' and 'Tague' in other "
 "texts as other people; 'Piedmont Airlines' in train's wp-us-airways-group and dev's "
 "wp-pacific-southwest-airlines and 'Western Airlines' in dev's wp-canadian-airlines, other matters; 'Civil "
 "Aeronautics Board' in dev's wp-cebu-pacific, another matter; 'Northwest Airlines' in other texts, other matters, "
 "batch 46b's 1998 stake among them).", "US",
 copy_of="the Wikipedia article, via a Kiwix copy of English Wikipedia"))

# ---- car and truck makers, UK: Rootes Group (w.owiki.org's copy, undated, about 2019-2022) --------------------------
RG = [
 "The Rootes Group or Rootes Motors Limited was a British automobile manufacturer and, separately, a major motor "
 "distributors and dealers business. Run from London's West End, the manufacturer was based in the Midlands and the "
 "distribution and dealers business in the south of England. In the decade beginning 1928 the Rootes brothers, "
 "William and Reginald, made prosperous by their very successful distribution and servicing business, were keen to "
 "enter manufacturing for closer control of the products they were selling. One brother has been termed the power "
 "unit, the other the steering and braking system.",
 "With the financial support of Prudential Assurance, the two brothers bought some well-known British motor "
 "manufacturers, including Hillman, Humber, Singer, Sunbeam, Talbot, Commer and Karrier, controlling them through "
 "their parent, Rootes' 60-per-cent-owned subsidiary, Humber Limited.",
 "At its height in 1960, Rootes had manufacturing plants in the Midlands at Coventry and Birmingham, in southern "
 "England at Acton, Luton and Dunstable, and a brand-new plant in the west of Scotland at Linwood. From its offices in "
 "Devonshire House, Piccadilly, in London it controlled exports and international distribution for Rootes and other "
 "motor manufacturers and its own local distribution and service operations in London, Kent, Birmingham and "
 "Manchester. There were assembly plants in nine countries outside the UK.",
 "Rootes Group was under-capitalised and unable to survive industrial relations problems and losses from the 1963 "
 "introduction of a new aluminium-engined small car, the Hillman Imp. By mutual agreement, from mid-1964, Rootes "
 "Motors was taken over in stages by Chrysler Corporation, which bought control from the Rootes family in 1967. By the "
 "end of 1978 the last of the various elements of Chrysler UK had been sold to Peugeot and Renault."]
KEPT["wp-rootes-group"] = ("rootes-owiki.txt", RG)
R.append(wp("wp-rootes-group", "Rootes Group", "http://w.owiki.org/wiki/Rootes_Group",
 "\n\n".join(RG),
 "manufacturing/automobiles", ["history", "acquisitions", "subsidiaries", "takeover", "divestitures"],
 "The article as w.owiki.org's copy holds it in the page store (no date or revision id held; undated, taken for a "
 "revision of about 2019-2022: its lead has the clause 'controlling them through their parent, Rootes' "
 "60-per-cent-owned subsidiary, Humber Limited' and 'taken over in stages by Chrysler Corporation', as the 20 "
 "September 2022 revision (talk.dob.jp, oldid 1111391213) has them, where en.wikipedia.org's current rendering and "
 "wikizero.net's copy of August 2024 or later end the sentence at '... Commer and Karrier' and write 'by Chrysler'; "
 "doubtful: no date held). Cut: the title line 'Rootes Group'; the headings 'History and corporate development', "
 "'Early history' and 'Sales and service'; cut at the end of the fourth paragraph ('... sold to Peugeot and "
 "Renault.'), before those headings and the sentence the excerpt breaks off in after them ('Rootes was founded in "
 "Hawkhurst, Kent, in 1913 by William Root'; `truncated`; so no founder and no founding year are in the text). No "
 "citation markers and no infobox in this copy. The copy's paragraphs are single lines, joined here with blank lines. "
 "No word added or changed. Kept as written: 'The Rootes Group or Rootes Motors Limited was a British automobile "
 "manufacturer and, separately, a major motor distributors and dealers business' ('distributors' plural), \"Run from "
 "London's West End\", 'In the decade beginning 1928 the Rootes brothers, William and Reginald' (no comma after "
 "'1928'), 'One brother has been termed the power unit, the other the steering and braking system', 'With the "
 "financial support of Prudential Assurance, the two brothers bought some well-known British motor manufacturers, "
 "including Hillman, Humber, Singer, Sunbeam, Talbot, Commer and Karrier, controlling them through their parent, "
 "Rootes' 60-per-cent-owned subsidiary, Humber Limited', 'From its offices in Devonshire House, Piccadilly, in London "
 "it controlled' (no comma after 'London'), 'There were assembly plants in nine countries outside the UK', 'Rootes "
 "Group was under-capitalised' (no 'The'), 'the 1963 introduction of a new aluminium-engined small car, the Hillman "
 "Imp', 'By mutual agreement, from mid-1964, Rootes Motors was taken over in stages by Chrysler Corporation, which "
 "bought control from the Rootes family in 1967', 'By the end of 1978 the last of the various elements of Chrysler UK "
 "had been sold to Peugeot and Renault'. 280 words. No outage and no near-miss of one told (a takeover and sales of a "
 "business's elements are business events). Recorded CC BY-SA 3.0 (a revision before June 2023). Found at rank 3 of "
 "the query 'Rootes Group history William Rootes Reginald Rootes Hillman Humber Chrysler' (the free copy without an "
 "infobox or citation markers that keeps the Humber Limited clause); wikizero.net and en.wikipedia.org's redirect "
 "page (ranks 1, 8; free, the later lead without that clause), en.wikipedia.org oldid 828093544 and talk.dob.jp oldid "
 "1111391213 (ranks 2, 6; free, the 2018 and 2022 revisions with infobox and markers), talk.dob.jp's diff page (rank "
 "7; wiki markup), archivish.com and simoncars.co.uk (ranks 4, 5; a blog and an enthusiast's site, copyrighted) not "
 "used. Rootes, Hillman, Karrier, Commer (as a word), Humber Limited, Hillman Imp, Chrysler UK, Devonshire House, "
 "Linwood: " + CHECKED + " ('Prudential Assurance' in train's wp-scottish-amicable and 'Chrysler Corporation' in "
 "train's wp-premier-automobiles and a Wikinews text, other matters; 'Humber' in other texts as a place name; "
 "'Sunbeam' in test's wp-darracq (Darracq's 1920 merger with Sunbeam, another matter) and in SEC texts as another "
 "company; 'Singer', 'Talbot', 'Peugeot', 'Renault' and 'Chrysler' in other texts on other matters).", "UK",
 v3=True, copy_of="the Wikipedia article, via w.owiki.org, a Wikipedia mirror"))


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
