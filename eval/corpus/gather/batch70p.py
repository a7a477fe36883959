#!/usr/bin/env python3
"""Batch 70p (session 64; gatherer lane 70p): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-70i, kept to three American companies new to the corpus, one name from the lists of leads of rounds 70b
and 70i and two found beside them: Howard Johnson's, the hotel brand and former restaurant chain started by Howard
Deering Johnson in 1925, its hotels and trademarks owned by Wyndham Hotels and Resorts since 2006 (hotels and
restaurants, US); Tootsie Roll Industries, the Chicago confectioner whose history begins with Leo Hirschfeld at the
Stern & Saalberg firm's New York candy shop in 1896, renamed The Sweets Company of America in 1917, Hirschfeld forced
out and founding Mells Candy Corporation (confectionery, US); and Bulova, the New York watch and clock maker founded as
the J. Bulova Company in 1875 by Joseph Bulova, reincorporated as the Bulova Watch Company in 1923, part of the Loews
Corporation from 1979 and sold to Citizen at the end of 2007 (watches, US). English Wikipedia text (CC BY-SA), each the
search tool's page-store excerpt (`search`, corpus `pages`; never a whole page): en.wikipedia.org's '= Title ='
rendering of 'Howard Johnson's' (a revision after 2024), dev.library.kiwix.org's Kiwix copy of 'Tootsie Roll
Industries' (wikipedia_en_top1m_2023-02) and piglix.com's copy of 'Bulova' (an older revision, about 2014-2017). Edits
per item in `notes` (title lines, infobox lines, headings, citation markers and a trailing broken sentence cut;
paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept paragraph against the
saved excerpt (/tmp/gather70p/src), the markers ('[2]', '[4][3]') dropped and whitespace runs compared as one space,
as batches 55e-70i did. No text tells an outage or a near-miss of one (trademarks owned, a renaming, a listing, a
founder forced out, a company failed and a sale are business events). newskg (or any extractor) was not run on any
text. A round of three: six queries, three answered with English Wikipedia text on a company not yet in the corpus
and were taken (round notes /tmp/gather70p/NOTES.md; queries, /tmp/gather70p/src/queries.txt; claims in
/work/notes/gather70/CLAIMS.txt).
usage: batch70p.py [POOL_DIR] [--dry]   (default /tmp/gather70p/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp, record, EDITS

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70p/pool"
SRC = "/tmp/gather70p/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-64 pools (/tmp/gather70*/pool) and in /work/notes/gather70/CLAIMS.txt as they stood when checked "
           "(`grep -rilF`, file names only)")

MARK = re.compile(r"\s*\[(\d+|lower-alpha \d+|edit|citation needed)\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- hotels and restaurants, US: Howard Johnson's (en.wikipedia.org's '= Title =' rendering) ---------------------------
HJ = [
 "Howard Johnson by Wyndham, still commonly referred to as Howard Johnson's, is an American hotel brand with just "
 "under 300 hotels in 15 countries. It was also formerly a restaurant chain, which at one time was the largest in the "
 "U.S., with more than 1,000 locations. Since 2006, all hotels and company trademarks, including those of the defunct "
 "restaurant chain, have been owned by Wyndham Hotels and Resorts.",
 "Howard Johnson's restaurants originally started as a single location opened by Howard Deering Johnson in 1925 and "
 "grew into a substantial restaurant chain in the decades that followed. By the 1950s, the company expanded "
 "operations by opening hotels, then known as Howard Johnson's Motor Lodges, which were often located next to "
 "restaurants. Throughout the 1960s and 1970s, it had become the largest restaurant chain in the U.S., with its "
 "combined company-owned and franchised outlets.",
 "Howard Johnson's restaurants were franchised separately from the hotel brand beginning in 1986 but, in the years "
 "that followed, severely dwindled in number until eventually disappearing altogether. The last restaurant, in Lake "
 "George, New York, closed in 2022. The line of branded supermarket frozen foods, as well as its famous ice cream, "
 "are no longer manufactured."]
KEPT["wp-howard-johnsons"] = ("hojo-enwiki.txt", HJ)
# built with `record` (the address held is the article's own, with the apostrophe written '%27' as the page store
# holds it; `article` would build the address with a bare apostrophe and call the rendering a copy), as batches 65h,
# 67h and 68q did
R.append(record("wp-howard-johnsons", "Howard Johnson's", "https://en.wikipedia.org/wiki/Howard_Johnson%27s",
 "https://en.wikipedia.org/wiki/Howard_Johnson%27s", "\n\n".join(HJ),
 "hotels and restaurants", ["history", "founding", "founder", "brands", "ownership", "franchising"],
 EDITS + "The lead of the article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no "
 "revision id; a revision after 2024 by its infobox's 'Num Locations Year: Dec. 31, 2024' and its 'The last "
 "restaurant, in Lake George, New York, closed in 2022'). Cut: the title line '= Howard Johnson's ='; the infobox "
 "(the line 'Howard Johnson International Inc.' and its thirteen '- Key: value' lines, from '- Logo: HowardJohnson - "
 "Logo 1996.svg' to '- Parent: Wyndham Hotels & Resorts', among them '- Founder: Howard Deering Johnson' and '- Key "
 "People: Anthony Pizzuto (President)', so neither the infobox's president nor its 'Howard Johnson International "
 "Inc.' is in the text); the headings '== History ==' and '=== Early years ==='; the trailing broken sentence ('In "
 "1925, Howard Deering Johnson borrowed $2,000 to buy and operate a small corner pharmacy in Wollaston, ', where the "
 "excerpt ends; `truncated`). Paragraphs joined with blank lines. No word added or changed. Kept as written: 'Howard "
 "Johnson by Wyndham, still commonly referred to as Howard Johnson's, is an American hotel brand', 'Since 2006, all "
 "hotels and company trademarks, including those of the defunct restaurant chain, have been owned by Wyndham Hotels "
 "and Resorts.' (the running text's 'and', the infobox's '&'), 'a single location opened by Howard Deering Johnson in "
 "1925', 'hotels, then known as Howard Johnson's Motor Lodges', 'franchised separately from the hotel brand beginning "
 "in 1986 but, in the years that followed,', 'The line of branded supermarket frozen foods, as well as its famous ice "
 "cream, are no longer manufactured.' ('are' as written). 198 words. No outage and no near-miss of one told (the "
 "restaurants' dwindling and the last one's closing are business events). Recorded CC BY-SA 4.0 (a revision after "
 "2024). Found at rank 2 of the query 'Howard Johnson's restaurant chain Wikipedia history founded Howard Deering "
 "Johnson Marriott acquired' (a name of round 70i's leads: 'still not queried: Howard Johnson's'; rounds 63b, 63h, "
 "69v and 69ad had seen the same rendering or other copies and left it as a lead for its early break); vida.vidapg2017.workers.dev "
 "(a spam page), absoluteastronomy.com (glossary text woven in), liquisearch.com (quotations woven in), piglix.com "
 "(an older revision run on from its infobox, its History reaching the ice cream recipe, no owner told but Wyndham "
 "Worldwide), wiki2.org (its extension's advertising before the text), realfact022.blogspot.com (a blog) and "
 "ramirezmuspetwon.blogspot.com (a machine-garbled copy: 'Howard Johnson'southward') not used. Howard Johnson, "
 "Howard Deering, HoJo, Wyndham: " + CHECKED + " (each only in GATHERING.md's lists of leads and of pages not used, "
 "or not at all).", "US"))

# ---- confectionery, US: Tootsie Roll Industries (dev.library.kiwix.org's Kiwix copy, 2023-02) --------------------------
TR = [
 "Tootsie Roll Industries is an American manufacturer of confectionery based in Chicago, Illinois. Its best-known "
 "products include the namesake Tootsie Rolls and Tootsie Pops. Tootsie Roll Industries currently markets its brands "
 "internationally in Canada, Mexico, and over 75 other countries.",
 "In 1896, Leo Hirschfeld, an Austrian Jewish immigrant to the United States, began work at a small candy shop "
 "located in New York City owned by the Stern & Saalberg firm.[3] In 1907, Hirschfeld decided he wanted a "
 "chocolate-tasting candy that would not melt in the heat, and that would be an economical artificial alternative to "
 "traditional chocolates. He named the candy after the nickname of his daughter, Clara \"Tootsie\" "
 "Hirschfeld.[4][3] By this point, the company had expanded to a five-story factory. In 1917, the name of the "
 "company was changed to The Sweets Company of America. It was reformed and listed on the American Stock Exchange in "
 "1919.[5]",
 "The business forced Hirschfeld out about a year later, and he started a new company, Mells Candy Corporation, also "
 "known as The Merry Mells Company.[6] Owing to health and family issues, he committed suicide in 1922.[7] Mells "
 "failed in 1924.[8]",
 "In 1931, the Tootsie Pop \u2014 a hard-candy lollipop with Tootsie Roll filling \u2014 was invented, and quickly "
 "became popular with Dust Bowl refugees during the Depression era because of its low price. During World War II, "
 "Tootsie Rolls became a standard part of American soldiers' field rations, due to the sustainability of the candy "
 "under a variety of environmental conditions.[3]",
 "In 1935, the company was in serious difficulty."]
KEPT["wp-tootsie-roll-industries"] = ("tootsie-kiwix.txt", TR)
R.append(wp("wp-tootsie-roll-industries", "Tootsie Roll Industries",
 "http://dev.library.kiwix.org/content/wikipedia_en_top1m_2023-02/A/Tootsie_Roll_Industries",
 "\n\n".join(MARK.sub("", p) for p in TR),
 "confectionery", ["history", "founding", "renaming", "listing", "products"],
 "The opening of the article as dev.library.kiwix.org holds it in the page store: Kiwix's library serving its ZIM "
 "files of English Wikipedia (its 'wikipedia_en_top1m_2023-02' file, the top million articles of February 2023; no "
 "revision id held), recorded 3.0 (a file of February 2023, before Wikimedia's June 2023 move to 4.0). Cut: the "
 "title line 'Tootsie Roll Industries'; the infobox, printed between the lead and the History ('Tootsie Roll "
 "Industries, Inc.', 'S&P 600 Component', 'Founded1896 (1896)', 'FounderLeo Hirschfeld', 'HeadquartersChicago, "
 "Illinois', 'Key people', 'Ellen R. Gordon', the two revenue lines and 'Number of employees'), so neither the "
 "infobox's founder nor its key person is in the text; the citation markers ('[2]' to '[8]', '[4][3]'); the trailing "
 "broken sentence ('Its principal supplier of paper boxes, Joseph Rubin & Sons of Brooklyn \u2014 concerned about the "
 "possible loss of an important c', where the excerpt ends; `truncated`), so the supplier is not in the text and the "
 "last paragraph is the one whole sentence before it ('In 1935, the company was in serious difficulty.'). The copy "
 "prints no heading between the lead and the History. Paragraphs joined with blank lines. No word added or changed. "
 "Kept as written: 'began work at a small candy shop located in New York City owned by the Stern & Saalberg firm', "
 "'He named the candy after the nickname of his daughter, Clara \"Tootsie\" Hirschfeld.' (the candy unnamed in the "
 "sentence), 'By this point, the company had expanded to a five-story factory. In 1917, the name of the company was "
 "changed to The Sweets Company of America.', 'The business forced Hirschfeld out about a year later', 'Mells Candy "
 "Corporation, also known as The Merry Mells Company', 'the Tootsie Pop \u2014 a hard-candy lollipop with Tootsie "
 "Roll filling \u2014 was invented' (the em dashes), 'American soldiers' field rations'. 258 words. No outage and no "
 "near-miss of one told (a founder forced out, a company failed, a company in difficulty are business events). "
 "Recorded CC BY-SA 3.0 (February 2023). Found at rank 6 of the query 'Tootsie Roll Industries Wikipedia history Leo "
 "Hirshfield Melvin Gordon Ellen Gordon acquired Charms' (a name found beside round 70i's leads); gamgokbiz.co.kr and "
 "hellorent.co.kr (a celebritynetworth.com article pasted into message boards), studentnewsdaily.com, mediapost.com, "
 "business.financialpost.com, a bing.com news link to patch.com and forward.com (news of Melvin Gordon's death, "
 "2015) not used. Tootsie, Hirschfeld, Sweets Company, Mells, Stern & Saalberg, Joseph Rubin: " + CHECKED + ".",
 "US", v3=True, copy_of="the Wikipedia article, via dev.library.kiwix.org, Kiwix's library of Wikipedia ZIM files "
 "(wikipedia_en_top1m_2023-02)"))

# ---- watches, US: Bulova (piglix.com's copy, an older revision) --------------------------------------------------------
BU = [
 "Bulova is an American manufacturer of watches and clocks. Its headquarters is located in New York City. Bulova's "
 "Swiss-Made line is known as Bulova Accu\u2022Swiss or formerly, Bulova Accutron. It is owned by the Citizen Watch Co.",
 "Bulova was founded and incorporated as the J. Bulova Company in 1875 by Bohemian immigrant Joseph Bulova (b. Joseph "
 "Bulowa, son of Anton and Barbara Bulowa, probably of Polish origin, 1851 \u2013 November 18, 1936),. It was "
 "reincorporated under the name Bulova Watch Company in 1923, and became part of the Loews Corporation in 1979 and "
 "sold to Citizen at the end of 2007.",
 "In 1912, Joseph Bulova launched his first plant dedicated entirely to the production of watches. Manufacturing "
 "watches at their factory in Biel (Switzerland), he began a standardized mass production new to watchmaking. In "
 "1919, Bulova offered the first complete range of watches for men. The iconic visual style of his first popular "
 "advertising made its watches popular with the American public. But beyond the original style, precision and "
 "technological research also became imperative for Bulova. In 1927, he set up an observatory on the roof of a "
 "skyscraper located at 580 5th Avenue to determine universal time precisely.",
 "Bulova established its operations in Woodside, New York, and Flushing, New York, where it made innovations in "
 "watchmaking, and developed a number of watchmaking tools."]
KEPT["wp-bulova"] = ("bulova-piglix.txt", BU)
R.append(wp("wp-bulova", "Bulova", "http://piglix.com/piglix/Bulova_Watch_Company", "\n\n".join(BU),
 "watches", ["history", "founding", "founder", "renaming", "ownership", "products"],
 "The opening of the article as piglix.com holds it in the page store: a site copying English Wikipedia articles "
 "(reached by the title 'Bulova_Watch_Company'; an older revision, about 2014-2017, by its infobox's 'Revenue | US$ "
 "164 million (2013)' and its 'Key people | Jeffrey Cohen, President John Wille, Chief Financial Officer'; no "
 "revision id held), recorded 3.0. Cut: the infobox's table lines, printed before the text ('Subsidiary of Citizen "
 "Watch | |' to 'Website | Bulova.com |', sixteen lines with their bare '|' rows), so the infobox's president and chief "
 "financial officer are not in the text; the trailing broken sentence ('Its horological innovations included the "
 "Accutron watch, which used a resonating tuning fork as a means of regulating th', where the excerpt ends; "
 "`truncated`). The copy prints no title line, no heading and no citation marker in the excerpt. The copy's lines "
 "kept as paragraphs, joined with blank lines. No word added or changed. Kept as written: 'Bulova's Swiss-Made line "
 "is known as Bulova Accu\u2022Swiss or formerly, Bulova Accutron.', 'It is owned by the Citizen Watch Co.' (no "
 "full stop after 'Co.'), '(b. Joseph Bulowa, son of Anton and Barbara Bulowa, probably of Polish origin, 1851 \u2013 "
 "November 18, 1936),.' (the comma before the full stop), 'It was reincorporated under the name Bulova Watch Company "
 "in 1923, and became part of the Loews Corporation in 1979 and sold to Citizen at the end of 2007.', 'Manufacturing "
 "watches at their factory in Biel (Switzerland)', '580 5th Avenue'. 224 words. No outage and no near-miss of one "
 "told. Recorded CC BY-SA 3.0 (an older revision, before 2018). Found at rank 1 of the query 'Bulova watch company "
 "Wikipedia Joseph Bulova founded 1875 Loews Corporation Citizen Watch acquired 2008' (a name of the leads lists of "
 "round 65k); questionai.com (the article in HTML markup, twice), jckonline.com (a trade magazine's news), "
 "wikisum.wiki (sentences out of order), wiki.grail-watch.com (an edit diff's wikitext of another wiki), "
 "watchcollectorsblog.com and waterstonewatches.com (sites' own text) not used. Bulova, Citizen Watch, Accutron, "
 "Joseph Bulowa: " + CHECKED + " ('Bulova' only in GATHERING.md's lists of leads; 'Loews' in texts on the Loews "
 "Cineplex cinema chain, another matter).", "US", v3=True,
 copy_of="the Wikipedia article, an older revision, via piglix.com, a site copying Wikipedia articles"))


def _norm(s):
    """The text without citation and note markers and edit links ('[4]', ' [4]', '[lower-alpha 4]', '[edit]',
    '[citation needed]'), whitespace runs as one space."""
    return " ".join(MARK.sub("", s).split())


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
