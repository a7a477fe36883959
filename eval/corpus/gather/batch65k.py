#!/usr/bin/env python3
"""Batch 65k (session 59; gatherer lane 65k): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-65h, kept to four American companies of the sectors the brief named (chemicals, manufacturing and
consumer goods, oil, food), new to the corpus: Allied Corporation, founded in 1920 as the Allied Chemical and Dye
Corporation by Eugene Meyer and William Ripley Nichols from five chemical companies, renamed twice, merged with the
Signal Companies into AlliedSignal, which acquired Honeywell in 1999 (chemicals, US); Nash-Kelvinator Corporation,
formed in 1937 when Nash Motors bought Kelvinator, with Charles W. Nash, founder of Nash Motors and chair of its board,
and George W. Mason, president of Kelvinator and of Nash-Kelvinator, merged with Hudson Motors into American Motors
Corporation in 1954 (manufacturing and appliances, US); Skelly Oil Company, founded in 1919 by William Grove (Bill)
Skelly, Chesley Coleman Herndon and Frederick A. Pielsticker in Tulsa, absorbed by Getty Oil Company in 1974, its
founder's earlier Skelly - Sankey Oil Company formed with Jack Sanky (oil, US); and the Carnation brand, the Carnation
Company acquired by Nestl\u00e9, and Elbridge Amos Stuart's Pacific Coast Condensed Milk Company of 1899 (food, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's 'From Wikipedia' rendering of 'Allied Corporation' and its '= Title =' renderings of
'Nash-Kelvinator', 'Skelly Oil' and 'Carnation (brand)' (all undated); each cut at a sentence or paragraph end before
the sentence or paragraph its excerpt breaks off in (`truncated`). Edits per item in `notes` (title lines, the 'From
Wikipedia' line, infobox lines, section headings, an image caption and citation markers cut; paragraphs joined with
blank lines; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt
(/tmp/gather66k/src), the markers ('[1]', '[edit]', '[citation needed]') dropped and whitespace runs compared as one
space, as batches 55e-65h did. No text tells an outage or a near-miss of one (mergers, acquisitions, renamings,
wartime production, a revived logo and a partner selling out are business events). newskg (or any extractor) was not
run on any text. A round of four: seven queries, four answered with English Wikipedia text on a company not yet in
the corpus and were taken; Stokely-Van Camp (twice) and Sinclair Oil were not (round notes,
/work/notes/gather66/65k.md; queries, /tmp/gather66k/src/queries.txt).
usage: batch65k.py [POOL_DIR] [--dry]   (default /tmp/gather66k/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather66k/pool"
SRC = "/tmp/gather66k/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-59 pools (/tmp/gather66*/pool) and in /work/notes/gather66/CLAIMS.txt as they stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []
MARK = re.compile(r"\s*\[\d+\]")

# ---- chemicals, US: Allied Corporation (en.wikipedia.org 'From Wikipedia' rendering, undated) ----------------------
AC = [
 "Allied Corp. was a major American company with operations in the chemical, aerospace, automotive, oil and gas "
 "industries. It was initially formed in 1920 as the Allied Chemical and Dye Corporation as an amalgamation of five "
 "chemical companies. In 1958, it was renamed Allied Chemical Corporation when it diversified into oil and gas "
 "exploration. Allied Chemical then became Allied Corporation in 1981. In 1985, Allied merged with the Signal "
 "Companies to become AlliedSignal. AlliedSignal would eventually acquire Honeywell in 1999 and then adopt its name.",
 "During World War I, Imperial Germany controlled much of the world's chemical production. This resulted in critical "
 "shortages of certain dyes, drugs and especially ammonia, a vital compound used to make fertilizers and explosives.",
 "In 1920, publisher Eugene Meyer and noted chemist William Ripley Nichols founded Allied Chemical and Dye Corporation "
 "in order to address this shortcoming in American industrial production. Allied was an amalgamation of five existing "
 "companies with a total capitalization of $175,000,000,[1] including Barrett Chemical Company (est. 1858), General "
 "Chemical Company (est. 1899), National Aniline & Chemical Company (est. 1917), Semet-Solvay Company (est. 1895), "
 "and the Solvay Process Company (est. 1881).[1]"]
KEPT["wp-allied-corporation"] = ("allied-enwiki.txt", AC)
R.append(wp("wp-allied-corporation", "Allied Corporation", "https://en.wikipedia.org/wiki/Allied_Corporation",
 "\n\n".join(MARK.sub("", p) for p in AC),
 "chemicals", ["history", "founding", "founders", "renaming", "mergers", "acquisitions"],
 "The article as en.wikipedia.org's 'From Wikipedia, the free encyclopedia' rendering holds it in the page store "
 "(undated, no revision id; a recent revision: its infobox names the founders 'Eugene Meyer, William Ripley Nichols' "
 "where the older '= Title =' rendering in the same store has 'Eugene Meyer, William Henry Nichols' and a section "
 "'Predecessors' in place of the founding paragraph). Cut: the title line 'Allied Corporation' and the line 'From "
 "Wikipedia, the free encyclopedia'; the infobox lines ('Allied Corp.', 'PredecessorBeckers Aniline & Chemical' to "
 "'ProductsChemicals, plastics, catalysts, Hydrocarbon exploration and production', with 'FounderEugene Meyer, "
 "William Ripley Nichols', 'FateDefunct, merger with The Signal Companies', 'SuccessorAlliedSignal, Honeywell' and "
 "'HeadquartersMorristown, New Jersey'), so Morristown, Beckers Aniline & Chemical, Schoellkopf Chemical Works and "
 "Standard Aniline Products are not in the text (cut as batches 54zu-65h cut their infoboxes); the heading 'Allied "
 "Chemical and Dye Corporation[edit]'; the image caption 'Schoellkopf, Hartford & Hanna Co. works in Buffalo, New "
 "York, formerly the Schoellkopf Aniline and Chemical Works, ca. 1908.'; the markers '[1]' (twice); cut at the end "
 "of the founding paragraph's second sentence ('... and the Solvay Process Company (est. 1881).'), before the "
 "sentence the excerpt breaks off in ('All manufacturing was consolidat'; `truncated`; a cut at a sentence end). "
 "Paragraphs joined with blank lines. No word added or changed. Kept as written: 'Allied Corp. was a major American "
 "company with operations in the chemical, aerospace, automotive, oil and gas industries', 'It was initially formed "
 "in 1920 as the Allied Chemical and Dye Corporation as an amalgamation of five chemical companies', 'In 1958, it was "
 "renamed Allied Chemical Corporation when it diversified into oil and gas exploration', 'Allied Chemical then "
 "became Allied Corporation in 1981', 'In 1985, Allied merged with the Signal Companies to become AlliedSignal', "
 "'AlliedSignal would eventually acquire Honeywell in 1999 and then adopt its name', 'During World War I, Imperial "
 "Germany controlled much of the world's chemical production', 'In 1920, publisher Eugene Meyer and noted chemist "
 "William Ripley Nichols founded Allied Chemical and Dye Corporation in order to address this shortcoming in American "
 "industrial production', 'a total capitalization of $175,000,000,' (the comma before the cut marker kept), "
 "'National Aniline & Chemical Company (est. 1917)' (an ampersand), 'and the Solvay Process Company (est. 1881)'. "
 "189 words. No outage and no near-miss of one told (shortages of dyes, drugs and ammonia in a war are supply "
 "matters; mergers, renamings and an acquisition are business events). Recorded CC BY-SA 4.0 (doubtful: undated; a "
 "recent rendering, as batches 58p-65h recorded theirs; an older revision would be 3.0, whose terms the record meets "
 "the same way). Found at rank 5 of the query 'Allied Chemical and Dye Corporation formed 1920 merger five companies "
 "Solvay Process Company General Chemical Barrett National Aniline Semet-Solvay'; lipsitzponterio.com (rank 1; a "
 "law firm's page), en.wikipedia.org's '= Title =' rendering (rank 2; free, an older revision whose excerpt runs "
 "from the lead into tables of the predecessors' own purchases), lawrencecountyohio.com and lawcomuseum.org (ranks 3 "
 "and 4; local history pages with newspaper text), datapdf.com (rank 6; a journal of 1920), es.qaz.wiki (rank 7; "
 "Spanish) and wikisum.wiki (rank 8; sentences picked out) not used. Allied Corp, Allied Chemical, Eugene Meyer, "
 "Ripley Nichols, Signal Companies, Barrett Chemical, General Chemical, National Aniline, Semet-Solvay, Solvay "
 "Process: " + CHECKED + " ('AlliedSignal' in a dev DOJ text on L-3's purchase of AlliedSignal's sonar business and "
 "in test DOJ and FCC texts, other matters, not opened; 'Honeywell' in texts on other matters, among them train's "
 "wp-prime-computer and dev's wp-scientific-data-systems).", "US", copy_of="the Wikipedia article"))

# ---- manufacturing, US: Nash-Kelvinator (en.wikipedia.org '= Title =' rendering, undated) ---------------------------
NK = [
 "Nash-Kelvinator Corporation was the result of a merger in 1937 between Nash Motors and Kelvinator Appliance Company. "
 "The union of these two companies was brought about as a result of a condition made by George W. Mason prior to his "
 "appointment as CEO of Nash. The company manufactured cars and refrigerators as well as aeronautic components and "
 "helicopters during World War II. In 1954, the company merged with Hudson Motors to form American Motors "
 "Corporation (AMC).",
 "The founder of Nash Motors, Charles W. Nash, now serving as chair of the board, wanted George W. Mason for his "
 "expertise as a production engineer for several car manufacturers before being appointed president of Kelvinator in "
 "1928. To have Mason, Nash had to buy Kelvinator, a leading manufacturer of refrigerators. The merged company began "
 "on 2 January 1937 with no debt and $50 million in cash assets. Mason then served as president of Nash-Kelvinator "
 "until 1954 when the firm merged with Hudson Motors.",
 "Nash-Kelvinator ranked 27th among United States corporations in the value of World War II production contracts. "
 "As part of the Arsenal of Democracy, the company shifted its factories to make a large variety of military "
 "components and aeronautic assemblies."]
KEPT["wp-nash-kelvinator"] = ("nash-kelvinator-enwiki.txt", NK)
R.append(wp("wp-nash-kelvinator", "Nash-Kelvinator", "https://en.wikipedia.org/wiki/Nash-Kelvinator",
 "\n\n".join(NK),
 "manufacturing", ["history", "mergers", "acquisitions", "executives", "founders", "wartime production"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; "
 "taken for a recent rendering, as batches 58p-65h took theirs; its lead differs from enwikipedia.net's shorter copy, "
 "which lacks the cars-and-helicopters sentence and the 'History' section). Cut: the title line '= Nash-Kelvinator "
 "='; the infobox lines ('Nash-Kelvinator Corporation', '- Fate: Consolidated into American Motors' to '- Products: "
 "Automobiles Military components Major home appliances Commercial refrigeration', with '- Predecessor: Nash Motors "
 "<br/ >Kelvinator Corporation' and '- Location: Detroit, Michigan'), so Detroit, Michigan and the name 'Kelvinator "
 "Corporation' are not in the text (cut as batches 54zu-65h cut their infoboxes); the heading '==History=='; cut at "
 "the end of the third paragraph's second sentence ('... military components and aeronautic assemblies.'), before "
 "the sentence the excerpt breaks off in ('The company expanded its facilities to produce the Hamilton Standard "
 "propellers ... and becoming one of th'; `truncated`; a cut at a sentence end), so the Hamilton Standard "
 "propellers, the Pratt & Whitney R-2800 and the Sikorsky R-6 are not in the text. The rendering has no citation "
 "markers. No word added or changed. Kept as written: 'Nash-Kelvinator Corporation was the result of a merger in "
 "1937 between Nash Motors and Kelvinator Appliance Company', 'a condition made by George W. Mason prior to his "
 "appointment as CEO of Nash', 'In 1954, the company merged with Hudson Motors to form American Motors Corporation "
 "(AMC)', 'The founder of Nash Motors, Charles W. Nash, now serving as chair of the board, wanted George W. Mason for "
 "his expertise as a production engineer for several car manufacturers before being appointed president of "
 "Kelvinator in 1928' (as written: the clause 'before being appointed' hangs on Mason), 'To have Mason, Nash had to "
 "buy Kelvinator, a leading manufacturer of refrigerators', 'The merged company began on 2 January 1937' (the day "
 "first), 'Mason then served as president of Nash-Kelvinator until 1954 when the firm merged with Hudson Motors', "
 "'ranked 27th among United States corporations', 'As part of the Arsenal of Democracy'. 199 words. No outage and no "
 "near-miss of one told (mergers, a purchase and factories turned to war work are business events). Recorded CC "
 "BY-SA 4.0 (doubtful: undated; a recent rendering, as batches 58p-65h recorded theirs). Found at rank 3 of the "
 "query 'Kelvinator history founded 1914 Nathaniel B. Wales Edmund Copeland merged Nash Motors 1937 "
 "Nash-Kelvinator'; a Grokipedia page on railway.app (rank 1; not Wikipedia, words dropped), absoluteastronomy.com "
 "(rank 2; glosses woven in), enwikipedia.net (rank 4; a shorter revision with its reference list), pl.xcv.wiki and "
 "fr.qaz.wiki (ranks 5 and 7; machine translations), ww-w.pages.dev (rank 6; an index of fragments) and "
 "thereviewchoices.blogspot.com (rank 8; a review blog's copy of 'Kelvinator') not used. Nash-Kelvinator, "
 "Kelvinator, Nash Motors, George W. Mason, Charles W. Nash, Hudson Motor, Arsenal of Democracy: " + CHECKED +
 " ('American Motors' in test's wp-saic-volkswagen and batch 32d's scripts, another matter, not opened).", "US",
 copy_of="the Wikipedia article"))

# ---- oil, US: Skelly Oil (en.wikipedia.org '= Title =' rendering, undated) ------------------------------------------
SK = [
 "Skelly Oil Company was a medium-sized oil company founded in 1919 by William Grove (Bill) Skelly, Chesley Coleman "
 "Herndon and Frederick A. Pielsticker in Tulsa, Oklahoma. J. Paul Getty acquired control of the company during the "
 "1930s. It became defunct when fully absorbed by Getty Oil Company in 1974, and the disused Skelly brand logo was "
 "revived by Nimmons-Joliet Development Corp. in 2012.",
 "Bill Skelly (1878\u20131957) came to Oklahoma from Pennsylvania in about 1913 where he worked as a mule skinner and "
 "tool dresser in the oil fields around Ardmore and Duncan, Oklahoma, prior to partnering with Jack Sanky, a/k/a, "
 "John S. Sankey to form Skelly - Sankey Oil Company in Duncan, Oklahoma, in 1915. An advertisement in The Pittsburgh "
 "Press on January 4, 1922, stated that Skelly Oil Company was formed to take over the oil properties of Skelly and "
 "of the Skelly - Sankey company.",
 "Chesley Coleman Herndon was a practicing attorney in Tulsa when he won several court victories against William "
 "Skelly involving oil leases on Osage Indian land. Skelly summoned Herndon to his office for a meeting after his "
 "final loss in court, and shortly thereafter, the two unlikely allies, along with Fred Pielsticker, the son of "
 "German immigrants who was orphaned at age twelve and became a renowned engineer, would form Skelly Oil Company."]
KEPT["wp-skelly-oil"] = ("skelly-enwiki.txt", SK)
R.append(wp("wp-skelly-oil", "Skelly Oil", "https://en.wikipedia.org/wiki/Skelly_Oil", "\n\n".join(SK),
 "oil and gas", ["history", "founding", "founders", "ownership", "acquisitions", "brands"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; "
 "taken for a recent rendering, as batches 58p-65h took theirs; its 'Jack Sanky, a/k/a, John S. Sankey' and "
 "'Skelly - Sankey Oil Company' are the words of wikimili.com's recent copy, where theinfolist.com's older one has "
 "'Jack Sanky' and 'Skelly Sanky Oil Company'). Cut: the title line '= Skelly Oil ='; the infobox lines ('Skelly Oil "
 "Company', '- Logo: SkellyOil.png' to '- Subsid: Hawkeye Chemical, Vancouver Plywood, Surfco Marketing', with '- "
 "Fate: Acquired by Getty Oil', '- Predecessor: Skelly Sanky Oil Company', '- Defunct: 1977' and '- Key People: "
 "William Grove Skelly, founder, Chesley Coleman Herndon, co-founder, Frederick A. Pielsticker, co-founder'), so the "
 "infobox's founder and co-founder posts, the subsidiaries, Boulder Towers and '1977' are not in the text (cut as "
 "batches 54zu-65h cut their infoboxes); the headings '==History==' and '===Founding==='; cut at the end of the "
 "third paragraph ('... would form Skelly Oil Company.'), before the paragraph the excerpt breaks off in ('Herndon "
 "was the son of Captain Thomas Herndon, a Civil War veteran who oversaw a fami'; `truncated`; a cut at a paragraph "
 "end). The rendering has no citation markers. Paragraphs joined with blank lines. No word added or changed. Kept as "
 "written: 'a medium-sized oil company founded in 1919 by William Grove (Bill) Skelly, Chesley Coleman Herndon and "
 "Frederick A. Pielsticker in Tulsa, Oklahoma', 'J. Paul Getty acquired control of the company during the 1930s', "
 "'It became defunct when fully absorbed by Getty Oil Company in 1974, and the disused Skelly brand logo was revived "
 "by Nimmons-Joliet Development Corp. in 2012', 'Bill Skelly (1878\u20131957)' (an en dash), 'in about 1913', "
 "'prior to partnering with Jack Sanky, a/k/a, John S. Sankey to form Skelly - Sankey Oil Company in Duncan, "
 "Oklahoma, in 1915' (the commas around 'a/k/a' and the spaced hyphen as written), 'An advertisement in The "
 "Pittsburgh Press on January 4, 1922, stated that Skelly Oil Company was formed to take over the oil properties of "
 "Skelly and of the Skelly - Sankey company', 'won several court victories against William Skelly involving oil "
 "leases on Osage Indian land', 'the two unlikely allies, along with Fred Pielsticker, ... would form Skelly Oil "
 "Company'. 219 words. No outage and no near-miss of one told (a company absorbed, a logo revived and lawsuits over "
 "leases are business and legal events). Recorded CC BY-SA 4.0 (doubtful: undated; a recent rendering, as batches "
 "58p-65h recorded theirs). The paragraph cut after the kept text goes on to quote a 1932 Fortune article; nothing "
 "quoted is kept. Found at rank 7 of the query 'Skelly Oil Company founded William Grove Skelly Tulsa acquired by "
 "Getty Oil Mission Corporation'; veganiinviaggio.it (rank 1; an Italian blog), oilfieldwiki.com (rank 2; an older "
 "revision citing a company book, copyright 1970, inside the text), wikimili.com (rank 3; markers and 'Contents' "
 "chrome inside the text), theinfolist.com (ranks 4 and 5; glosses woven in), absoluteastronomy.com (rank 6; glosses "
 "woven in) and refract.global.ssl.fastly.net (rank 8; numbered fragments) not used. Skelly, Pielsticker, Getty Oil, "
 "J. Paul Getty, Nimmons, Sankey: " + CHECKED + " ('Herndon' in a dev USAO text and batches 57r, 58f and 58o, "
 "Herndon, Virginia, another matter; 'Sanky' only inside other words; 'Pittsburgh Press' in a train DOJ weekly "
 "summary and batch 46i's scripts, another matter, not opened).", "US", copy_of="the Wikipedia article"))

# ---- food, US: Carnation (en.wikipedia.org '= Title =' rendering, undated) ------------------------------------------
CN = [
 "Carnation is a brand of food products. The brand was especially known for its evaporated milk product created in "
 "1899, then called Carnation Sterilized Cream and later called Carnation Evaporated Milk. The brand has since been "
 "used for other related products including milk-flavoring mixes, flavored beverages, flavor syrups, hot cocoa mixes, "
 "instant breakfasts, corn flakes, ice cream novelties, and dog food. Nestl\u00e9 acquired the Carnation Company in "
 "1985.",
 "Carnation was founded as an evaporated milk company, but demand decreased with the increasing availability of home "
 "refrigeration throughout the 20th century. Carnation diversified its product portfolio after the 1950s and was "
 "acquired by Nestl\u00e9 in 1984 for $3 billion ($ in dollars).",
 "Elbridge Amos Stuart (born September 10, 1856, in Guilford County, North Carolina; died January 14, 1944, in Los "
 "Angeles, California) was an American milk industrialist and creator of Carnation evaporated milk and its famous "
 "slogan, that it came from \"Contented Cows\".",
 "On September 6, 1899, Stuart and a business partner founded the Pacific Coast Condensed Milk Company in Kent, "
 "Washington, and he became its first president (a post he held until 1932, then serving as chairman from 1932 to "
 "1944). Its product was based on the relatively new process of commercial evaporation of beverages. Stuart believed "
 "that there was value in sanitary milk at a time when fresh milk was neither universally available nor always "
 "drinkable, and correctly believed that his product would join other staples on grocers' shelves.",
 "In 1901, his partner sold out, leaving Stuart the company and $105,000 of debt ($ in dollars ). As sales gradually "
 "grew, Stuart sought a brand name for the product."]
KEPT["wp-carnation"] = ("carnation-enwiki.txt", CN)
R.append(wp("wp-carnation", "Carnation (brand)", "https://en.wikipedia.org/wiki/Carnation_(brand)", "\n\n".join(CN),
 "food", ["history", "founding", "founders", "brands", "acquisitions", "executives"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "recent rendering: its lead has 'Nestl\u00e9 acquired the Carnation Company in 1985' and a 'History' section on "
 "Elbridge Amos Stuart, where the-uncensored-wiki.com's copy of about 2007 has the older article 'Carnation "
 "(trademark)'). Cut: the title line '= Carnation (brand) ='; the infobox lines ('Carnation', '- Logo: "
 "Carnationlogo.png' to '- Markets: Worldwide', with '- Currentowner: Nestl\u00e9, (F&N in Malaysia, Singapore, Brunei "
 "and Thailand)' and '- Country: United States'), so F&N, the four countries and the infobox's owner line are not in "
 "the text (cut as batches 54zu-65h cut their infoboxes); the headings '==History==' and '=== Elbridge Amos Stuart "
 "==='; cut at the end of the fifth paragraph's second sentence ('... Stuart sought a brand name for the product.'), "
 "before the sentence the excerpt breaks off in ('Passing a tobacc'; `truncated`; a cut at a sentence end). The "
 "rendering has no citation markers. Paragraphs joined with blank lines. No word added or changed. Kept as written: "
 "'Carnation is a brand of food products', 'its evaporated milk product created in 1899, then called Carnation "
 "Sterilized Cream and later called Carnation Evaporated Milk', 'Nestl\u00e9 acquired the Carnation Company in 1985' "
 "beside 'was acquired by Nestl\u00e9 in 1984 for $3 billion' (two years for the one purchase, as written), '($ in "
 "dollars)' and '($ in dollars )' (the rendering's remains of an inflation template, kept as written: a cut inside a "
 "sentence is not allowed), 'Elbridge Amos Stuart (born September 10, 1856, in Guilford County, North Carolina; died "
 "January 14, 1944, in Los Angeles, California)', 'creator of Carnation evaporated milk and its famous slogan, that "
 "it came from \"Contented Cows\"' (straight quotation marks; a two-word slogan, not a quoted source), 'On September "
 "6, 1899, Stuart and a business partner founded the Pacific Coast Condensed Milk Company in Kent, Washington, and he "
 "became its first president (a post he held until 1932, then serving as chairman from 1932 to 1944)', 'In 1901, his "
 "partner sold out, leaving Stuart the company and $105,000 of debt'. 270 words. No outage and no near-miss of one "
 "told (an acquisition, a founding and a partner selling out are business events; falling demand is a market "
 "matter). Recorded CC BY-SA 4.0 (doubtful: undated; a recent rendering, as batches 58p-65h recorded theirs). Found "
 "at rank 5 of the query 'Carnation Company history founded Elbridge Amos Stuart evaporated milk Kent Washington "
 "acquired by Nestl\u00e9 1985'; the-uncensored-wiki.com (rank 1; free, the older article 'Carnation (trademark)' of "
 "about 2007, naming no president's term), rallypoint.com (rank 2; a shared link quoting the article), "
 "masjidalaqsa.com (rank 3; a campaign page), dairy-product.blogspot.com (rank 4; a blog), historylink.org (rank 6; "
 "a copyrighted essay), encyclopedia.com (rank 7; the International Directory of Company Histories, copyrighted) and "
 "digital.ncdcr.gov (rank 8; an OCR'd magazine of the 1930s) not used. Carnation Company, Elbridge, Pacific Coast "
 "Condensed, Guilford County: " + CHECKED + " ('Carnation' elsewhere only inside 'incarnation'; 'Nestl\u00e9' in "
 "texts on other matters, among them dev's FTC Nestl\u00e9/Dreyer's order of 2003, not opened).", "US",
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
