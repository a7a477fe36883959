#!/usr/bin/env python3
"""Batch 68h (session 62; gatherer lane 68h): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-68b, kept to three American companies new to the corpus, all three names from the lists of leads of
batches 67z, 67aa and 68b ('names with no hit still not queried': Scribner, Willys-Overland, G. Heileman): Charles
Scribner's Sons, the New York publisher founded in 1846 by Charles Scribner I and Isaac D. Baker as Baker & Scribner,
merged with Atheneum in 1978 as The Scribner Book Companies and into Macmillan in 1984, a division of Simon & Schuster
(the Scribner Publishing Group, with the Touchstone Books imprint) after Simon & Schuster bought Macmillan in 1994,
its reference division owned by Gale since 1999, its president Susan Moldow and its publisher Nan Graham (book
publishing, US); the G. Heileman Brewing Company of La Crosse, Wisconsin, 1858-1996, co-founded by Gottlieb Heileman,
its CEOs Emil T. Mueller and Russell Cleary, its Old Style beer of 1902, lost to Alan Bond in a leveraged buyout in
1987, bought by Hicks, Muse in 1994 and sold to the Stroh Brewery Company, its names now Pabst's (brewing, US); and
Kaiser Jeep, formed by the 1953 merger of Kaiser Motors with the Willys-Overland Company (founded by John North
Willys), first under the name Willys Motors, renamed Kaiser Jeep Corporation in 1963 and bought by American Motors
Corporation in 1970 as its wholly owned subsidiary Jeep Corporation (automobiles, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): dev.library.kiwix.org's Kiwix copy wikipedia_en_top1m_2023-02 of "Charles Scribner's Sons" (February 2023, an
older revision), the Wikipedia-on-IPFS copy of 'G. Heileman Brewing Company' (nzt-eth.ipns.dweb.link, the snapshot of
2017, an older revision) and en.wikipedia.org's '= Title =' rendering of 'Kaiser Jeep' (undated, recent). Each is cut
at a sentence end before the sentence or paragraph the excerpt breaks off in (`truncated`). Edits per item in `notes`
(title lines, infobox lines, a heading, citation markers cut; paragraphs joined with blank lines; no word added or
changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather69h/src), the markers ('[1]',
'[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as batches 55e-68b did. No text
tells an outage or a near-miss of one (mergers, a leveraged buyout, sales and a brand's end are business events).
newskg (or any extractor) was not run on any text. A round of three: ten queries, three answered with English
Wikipedia text on a company not yet in the corpus and were taken (round notes /tmp/gather69h/NOTES.md; queries,
/tmp/gather69h/src/queries.txt; claims in /work/notes/gather69/CLAIMS.txt).
usage: batch68h.py [POOL_DIR] [--dry]   (default /tmp/gather69h/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69h/pool"
SRC = "/tmp/gather69h/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-62 pools (/tmp/gather69*/pool) and in /work/notes/gather69/CLAIMS.txt as they stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- book publishing, US: Charles Scribner's Sons (dev.library.kiwix.org's Kiwix copy, 2023-02) -------------------
SC = [
 "Charles Scribner's Sons, or simply Scribner's or Scribner, is an American publisher based in New York City, known "
 "for publishing American authors including Henry James, Ernest Hemingway, F. Scott Fitzgerald, Kurt Vonnegut, "
 "Marjorie Kinnan Rawlings, Stephen King, Robert A. Heinlein, Thomas Wolfe, George Santayana, John Clellon Holmes, "
 "Don DeLillo, and Edith Wharton.",
 "The firm published Scribner's Magazine for many years. More recently, several Scribner titles and authors have "
 "garnered Pulitzer Prizes, National Book Awards and other merits. In 1978 the company merged with Atheneum and "
 "became The Scribner Book Companies. In turn it merged into Macmillan in 1984.",
 "Simon & Schuster bought Macmillan in 1994. By this point only the trade book and reference book operations still "
 "bore the original family name. After the merger, the Macmillan and Atheneum adult lists were merged into "
 "Scribner's and the Scribner's children list was merged into Atheneum. The former imprint, now simply \"Scribner\", "
 "was retained by Simon & Schuster, while the reference division has been owned by Gale since 1999. As of 2012, "
 "Scribner is a division of Simon & Schuster under the title Scribner Publishing Group which also includes the "
 "Touchstone Books imprint.",
 "The president of Scribner as of 2017 is Susan Moldow (who also held the position of publisher from 1994 to 2012), "
 "and the current publisher is Nan Graham.",
 "The firm was founded in 1846 by Charles Scribner I and Isaac D. Baker as \"Baker & Scribner.\""]
KEPT["wp-charles-scribners-sons"] = ("scribner-kiwix.txt", SC)
R.append(wp("wp-charles-scribners-sons", "Charles Scribner's Sons",
 "http://dev.library.kiwix.org/content/wikipedia_en_top1m_2023-02/A/Charles_Scribner's_Sons", "\n\n".join(SC),
 "book publishing", ["history", "founding", "founders", "mergers", "ownership", "executives"],
 "The article as dev.library.kiwix.org's Kiwix copy holds it in the page store: the ZIM file "
 "wikipedia_en_top1m_2023-02 (English Wikipedia's top million articles of February 2023; no revision id held), an "
 "older revision (its infobox names ViacomCBS as owner; it dates Susan Moldow's presidency 'as of 2017'), recorded "
 "3.0. Cut: the title line \"Charles Scribner's Sons\"; the infobox lines (\"Charles Scribner's Sons\", 'Parent "
 "companySimon & Schuster (trade), Gale (reference)', 'Founded1846 (1846)', the two founders' bullet lines, 'Country "
 "of originUnited States', 'Headquarters location153\u2013157 Fifth Avenue, New York City', 'Publication typesBooks', "
 "'Fiction genresAmerican literature', 'Owner(s)ViacomCBS (trade), Cengage Learning (reference)'), so ViacomCBS, "
 "Cengage Learning and the Fifth Avenue address are not in the text; the citation markers ('[1]' to '[6]'); cut "
 "after 'as \"Baker & Scribner.\"', before the sentence the excerpt breaks off in ('After Baker's death, Scribner "
 "bought the remainder of the company and renamed it the \"Charles Scribner Company'; `truncated`), so the purchase "
 "of Baker's share and the later names are not in the text. Paragraphs joined with blank lines. No word added or "
 "changed. Kept as written: \"Charles Scribner's Sons, or simply Scribner's or Scribner, is an American publisher "
 "based in New York City\", the twelve authors named, \"The firm published Scribner's Magazine for many years\", 'In "
 "1978 the company merged with Atheneum and became The Scribner Book Companies. In turn it merged into Macmillan in "
 "1984.', 'Simon & Schuster bought Macmillan in 1994.', 'The former imprint, now simply \"Scribner\", was retained by "
 "Simon & Schuster, while the reference division has been owned by Gale since 1999', 'As of 2012, Scribner is a "
 "division of Simon & Schuster under the title Scribner Publishing Group which also includes the Touchstone Books "
 "imprint' (no comma before 'which'), 'The president of Scribner as of 2017 is Susan Moldow (who also held the "
 "position of publisher from 1994 to 2012), and the current publisher is Nan Graham', 'The firm was founded in 1846 "
 "by Charles Scribner I and Isaac D. Baker as \"Baker & Scribner.\"' (the full stop inside the quotation marks). "
 "237 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (a revision of February 2023 or before, "
 "before Wikimedia's move to 4.0 of June 2023). Found at rank 3 of the query \"Charles Scribner's Sons publisher "
 "history founded Baker and Scribner 1846 acquired Macmillan 1984\"; uk.edu.vn's copy (rank 6; a later revision "
 "naming Kohlberg Kravis Roberts as owner, its excerpt breaking off at the same sentence; a little-known host) left "
 "for this one; bitlit.ru (rank 1; a 1921 book's account), en.wikisource.org's Appletons' Cyclop\u00e6dia entry (rank "
 "2; a biography of Charles Scribner, public domain but of 1888 and a person, not the company), a business blog "
 "(rank 4), newportvintagebooks.com (rank 5; a bookseller's own text), kirkusreviews.com (rank 7; a copyrighted "
 "review) and gardnermuseum.emuseum.com (rank 8; Britannica text) not used; a later query on Scribner's early names "
 "found de.zxc.wiki's machine translation of the German article (not English Wikipedia), encyclopedia.com and "
 "kids.britannica.com (copyrighted) and sc.edu (a lecture). Scribner, Atheneum, Susan Moldow, Nan Graham, Isaac D. "
 "Baker, Touchstone Books: " + CHECKED + " ('Scribner' only in GATHERING.md's lists of leads; 'Macmillan' and 'Simon "
 "& Schuster' in texts on other matters, train's wp-doubleday-publisher among them).", "US",
 v3=True, copy_of="the Wikipedia article, via dev.library.kiwix.org's Kiwix copy wikipedia_en_top1m_2023-02"))

# ---- brewing, US: G. Heileman Brewing Company (the Wikipedia-on-IPFS copy, 2017) ----------------------------------
GH = [
 "The G. Heileman Brewing Company of La Crosse, Wisconsin, United States, was a brewery firm that operated from 1858 "
 "to 1996. It was ultimately acquired by Stroh's, and its independent existence ceased. From 1872 until its "
 "acquisition, the brewery bore the family name of its co-founder, brewer Gottlieb Heileman.",
 "Key brewery CEOs in the life of Heileman's were Heileman's son-in-law and successor, Emil T. Mueller, and Russell "
 "Cleary. Mueller introduced what was to become Heileman's leading \"premium\" beer label, Heileman's Old Style Beer, "
 "in 1902. Building on a strategy begun by his predecessors, Cleary accelerated an acquisition and consolidation "
 "effort in the 1970s and early 1980s that gathered a significant percentage of old-line brewery names and "
 "intellectual properties into the Heileman family. Heileman acquired 13 breweries between 1959 and 1980. But in "
 "1987 he lost control of the firm to Alan Bond of Australia in a leveraged buyout.",
 "Bond, who already controlled the Tooheys name and beer interests in Australia, hoped to build a worldwide brewing "
 "combine. Lacking cash, he financed the acquisition of G. Heileman with junk bonds. The collapse of Bond's "
 "financial empire led indirectly to the end of Heileman's existence as an independent brewer. The private equity "
 "firm Hicks, Muse bought G. Heileman in 1994, and sold the company to competitor Stroh Brewery Company two years "
 "later. G. Heileman's brewery names and intellectual properties became part of the Pabst Brewing Company, the "
 "current owner, when Stroh was split between Pabst and the Miller Brewing Company. Pabst oversees the brewing of "
 "several well-known Heileman brands, including Old Style and Special Export, under the G. Heileman name."]
KEPT["wp-g-heileman-brewing-company"] = ("heileman-ipfs.txt", GH)
R.append(wp("wp-g-heileman-brewing-company", "G. Heileman Brewing Company",
 "https://nzt-eth.ipns.dweb.link/wiki/Heileman_Brewing_Company.html", "\n\n".join(GH),
 "brewing", ["history", "founders", "executives", "acquisitions", "ownership", "brands"],
 "The article as the Wikipedia-on-IPFS copy holds it in the page store (nzt-eth.ipns.dweb.link, the snapshot of "
 "2017, the copy batch 67d took Asia Motors from; at 'Heileman_Brewing_Company.html', a redirect's name; no revision "
 "id held), an older revision (its history section is a single short one, where current revisions run from the City "
 "Brewery of 1858 through Prohibition), recorded 3.0. Cut: the title line 'G. Heileman Brewing Company'; the heading "
 "'History'; the citation marker '[1]'; cut after '... under the G. Heileman name.', before the paragraph the excerpt "
 "breaks off in ('Historic U.S. brewing names that were consolidated into G. Heileman during its final years include "
 "Black Label, Blatz, Blitz-Weinhard, Drewry's, Falls City, Grain Belt, Gluek Brewing, National Bohemian, Olympia, "
 "Rainier, Christian Schmidt, Jac'; `truncated`; a cut at a paragraph end), so the consolidated brewery names are "
 "not in the text. Paragraphs joined with blank lines. No word added or changed. Kept as written: 'It was "
 "ultimately acquired by Stroh's, and its independent existence ceased', 'the family name of its co-founder, brewer "
 "Gottlieb Heileman' (John Gund, the other founder, not named), \"Key brewery CEOs in the life of Heileman's were "
 "Heileman's son-in-law and successor, Emil T. Mueller, and Russell Cleary\", \"Heileman's leading \"premium\" beer "
 "label, Heileman's Old Style Beer, in 1902\", 'Heileman acquired 13 breweries between 1959 and 1980', 'But in 1987 "
 "he lost control of the firm to Alan Bond of Australia in a leveraged buyout' ('he' Cleary), 'Bond, who already "
 "controlled the Tooheys name and beer interests in Australia', 'The private equity firm Hicks, Muse bought G. "
 "Heileman in 1994, and sold the company to competitor Stroh Brewery Company two years later', \"G. Heileman's "
 "brewery names and intellectual properties became part of the Pabst Brewing Company, the current owner, when Stroh "
 "was split between Pabst and the Miller Brewing Company\", 'Pabst oversees the brewing of several well-known "
 "Heileman brands, including Old Style and Special Export, under the G. Heileman name'. 268 words. No outage and no "
 "near-miss of one told (a leveraged buyout, a financial empire's collapse and the end of a brewer's independence "
 "are business events). Recorded CC BY-SA 3.0 (an older revision, before Wikimedia's move to 4.0 of June 2023). "
 "Found at rank 8 of the query 'G. Heileman Brewing Company history Gottlieb Heileman La Crosse acquired Bond "
 "Corporation Stroh' (and again at rank 8 of a later query on its CEOs and owners, where an unaddressed copy of the "
 "same text came at rank 2); en.wikipedia.org's '= Title =' rendering (rank 3) and older 'Jump to: navigation' "
 "rendering (rank 1) (free, current and later revisions, but their excerpts end in the founding partnership of 1858-"
 "1872, with no owner named after it) left for this one; lacrossetribune.com (ranks 2, 5, 7; a newspaper's "
 "timeline, copyrighted), grokipedia.com (rank 4; not Wikipedia) and de.zxc.wiki (rank 6; a machine translation of "
 "the German article) not used; the later query's baltimoresun.com, chicagotribune.com, mcall.com and "
 "thefreelibrary.com (newspaper articles, copyrighted) and two Danish translations not used. Heileman, Emil T. "
 "Mueller, Russell Cleary, Alan Bond: " + CHECKED + " ('Heileman' only in GATHERING.md's lists of leads; 'Stroh' in "
 "train's wp-joseph-schlitz-brewing-company and wp-sleeman-breweries and batches 57g and 67u, other matters; "
 "'Hicks, Muse' in federal texts on broadcasting, other matters; 'Tooheys' in dev's wp-tooheys-brewery, another "
 "matter; 'Pabst' and 'Miller Brewing' in other brewers' texts).", "US",
 v3=True, copy_of="the Wikipedia article, via the Wikipedia-on-IPFS snapshot of 2017"))

# ---- automobiles, US: Kaiser Jeep (en.wikipedia.org '= Title =' rendering) ----------------------------------------
KJ = [
 "Kaiser Jeep resulted from the 1953 merger of Kaiser Motors, an independent passenger car maker based in Willow "
 "Run, Michigan, with the Toledo, Ohio-based Willys-Overland Company.",
 "Willys-Overland had been at one point before World War II the U.S.'s second-largest car-maker after Ford, but "
 "their fortunes waned during the 1930s. Willys survived during the war by getting the primary contract to build the "
 "U.S. World War II jeeps for the American and Allied armed forces. From 1945, Willys focused almost exclusively on "
 "selling Jeep-branded vehicles, both civilian and commercial, as well as government and military jeeps.",
 "For Kaiser, the Jeep brand and its models were considered the crown jewels in the merger with Willys-Overland. In "
 "1955, Kaiser phased out all Kaiser and Willys passenger car lines, and Kaiser (initially still under the name "
 "'Willys Motors') became entirely focused on Jeep products in most markets. In 1963, the company consolidated all "
 "corporate holdings under the name of Kaiser Jeep Corporation, discarding the Willys name.",
 "Following this, American Motors Corporation (AMC) negotiated with Kaiser Jeep to purchase the company. The deal "
 "was finalized in 1970, and Kaiser Jeep became \"Jeep Corporation,\" a wholly owned subsidiary of AMC.",
 "Founded by John North Willys, Willys-Overland was successful in car making. At one point, Willys-Overland was the "
 "U.S.'s second-largest car maker after Ford, but their success waned during the 1930s."]
KEPT["wp-kaiser-jeep"] = ("kaiser-jeep-enwiki.txt", KJ)
R.append(wp("wp-kaiser-jeep", "Kaiser Jeep",
 "https://en.wikipedia.org/wiki/Kaiser_Jeep", "\n\n".join(KJ),
 "automobiles", ["history", "mergers", "renaming", "acquisitions", "ownership", "founders", "brands"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (no date or revision id held; "
 "undated, a recent rendering: its lead's wording differs from the 2018 piglix.com copy's and the older 'Jump to "
 "navigation' rendering's; recorded 4.0). Cut: the title line '= Kaiser Jeep ='; the infobox lines ('Kaiser Jeep', "
 "'- Former Name: Willys Motors (1953\u201363)', '- Logo: Jeep kaiser logo.png', '- Fate: Bought out by American "
 "Motors in 1970', '- Predecessor: Kaiser Motors, Willys-Overland', '- Successor: Jeep, AM General, AMC', '- "
 "Foundation: 1953', '- Industry: Automotive', '- Key People: Stephen A. Girard Jr. (president)', '- Products: "
 "Trucks, Automobiles, Military vehicles, Sport utility vehicles'), so Stephen A. Girard Jr. and AM General are not "
 "in the text; the heading '==History=='; cut after '... waned during the 1930s.' in the History section's first "
 "paragraph, before the sentence the excerpt breaks off in ('Willys benefited from the production during World War "
 "II by winning the primary contract to build Willys MB ton jeeps for the U.S. a'; `truncated`; a cut at a sentence "
 "end inside a paragraph). The rendering has no citation markers; its paragraphs are kept as the excerpt separates "
 "them (blank lines). No word added or changed. Kept as written: 'Kaiser Jeep resulted from the 1953 merger of "
 "Kaiser Motors, an independent passenger car maker based in Willow Run, Michigan, with the Toledo, Ohio-based "
 "Willys-Overland Company', \"the U.S.'s second-largest car-maker after Ford\" (hyphenated here, 'car maker' in the "
 "History paragraph), 'the U.S. World War II jeeps for the American and Allied armed forces', 'Jeep-branded "
 "vehicles', 'For Kaiser, the Jeep brand and its models were considered the crown jewels in the merger with "
 "Willys-Overland', \"Kaiser (initially still under the name 'Willys Motors') became entirely focused on Jeep "
 "products\", 'In 1963, the company consolidated all corporate holdings under the name of Kaiser Jeep Corporation, "
 "discarding the Willys name', 'American Motors Corporation (AMC) negotiated with Kaiser Jeep to purchase the "
 "company. The deal was finalized in 1970, and Kaiser Jeep became \"Jeep Corporation,\" a wholly owned subsidiary "
 "of AMC' (the comma inside the quotation marks), 'Founded by John North Willys, Willys-Overland was successful in "
 "car making'. The History paragraph repeats the lead's second-largest sentence in other words; both kept as the "
 "article has them. 224 words. No outage and no near-miss of one told (a merger, a brand's end and a sale are "
 "business events; 'Willys survived during the war' a business's fortunes). Found at rank 2 of the query "
 "'Willys-Overland Wikipedia American automobile company Kaiser Motors 1953 Willys Motors Incorporated Kaiser "
 "Jeep'; piglix.com (rank 3) and en.wikipedia.org's older 'Jump to navigation' rendering (rank 8) (free, older "
 "revisions, their excerpts breaking off in the Willys Motors truck line, with the AMC purchase not reached) and "
 "encyclopedia.datana.cloud's Kiwix copy wikipedia_en_all_mini_2024-04 (rank 4; a shortened 'mini' copy with a "
 "sentence start lost) left for this one; de.wiki.li (rank 1; German), tuningblog.eu (rank 5; German), "
 "autohistorypreservationsociety.org (rank 6; a society's own text) and infinitelexicon.com (rank 7; generated text, "
 "one word a line) not used; the first query, on Willys-Overland itself, found only a blog's copy, motoring and "
 "brand-history sites (copyrighted) and no English Wikipedia copy. Kaiser Jeep, Kaiser Motors, Willys, Jeep "
 "Corporation: " + CHECKED + " ('Willys' and 'Kaiser-Frazer' only in GATHERING.md's lists of leads; 'American "
 "Motors' in dev's wp-nash-kelvinator, test's wp-saic-volkswagen and batches 32d and 65k, other matters; 'Ford' in "
 "texts on other matters).", "US",
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
