#!/usr/bin/env python3
"""Batch 66e (session 60; gatherer lane 66e): shipping-line histories from English Wikipedia in the company lane of
batches 36j-40zg, 54zu-65q, kept to two lines of two countries, new to the corpus and turned from the leads of batches
65q, 65h and 65c (White Star Line and Compagnie Generale Transatlantique from the lane's list of transport companies):
the White Star Line (the Oceanic Steam Navigation Company), the British shipping company whose first company was
founded in Liverpool in 1845 by John Pilkington and Henry Wilson, which merged with Cunard Line in 1934, Cunard Line
now part of Carnival Corporation & plc (shipping, UK); and the Compagnie Generale Transatlantique (CGT, the French
Line), established in 1855 by the brothers Emile and Issac Pereire as the Compagnie Generale Maritime, renamed in 1861,
led by its presidents Jules Charles-Roux and John Dal Piaz, merged in 1977 with the Compagnie des Messageries Maritimes
to form the Compagnie Generale Maritime, which merged in 1996 to form CMA CGM (shipping, France).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): piglix.com's copy of 'Oceanic Steam Navigation Company' (undated, an older revision) and an en.wikipedia.org
'Jump to content' rendering of 'Compagnie Generale Transatlantique' served under a proxy address
(178.128.105.246/cars-http-en.wikipedia.org/wiki/French_Line; a recent revision, 2024 by its infobox's '163 years
ago'); each cut at a sentence end before the sentence its excerpt breaks off in (`truncated`). Edits per item in
`notes` (title, navigation and infobox lines cut; paragraphs joined with blank lines; no word added or changed);
`verify()` checks every kept paragraph against the saved excerpt (/tmp/gather67e/src), the markers ('[1]', '[edit]',
'[citation needed]') dropped and whitespace runs compared as one space, as batches 55e-65q did. No text tells an
outage (a shipwreck, a merger and a liner retired from service are no service outages). newskg (or any extractor) was
not run on any text. A round of two: thirteen queries, two answered with English Wikipedia text on a transport company
not yet in the corpus and were taken, the rest left (round notes, /work/notes/gather67/66e.md; queries,
/tmp/gather67e/src/queries.txt).
usage: batch66e.py [POOL_DIR] [--dry]   (default /tmp/gather67e/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather67e/pool"
SRC = "/tmp/gather67e/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md (the lists of "
           "leads of batches 63b-65q aside), in the session-60 pools (/tmp/gather67*/pool) and in "
           "/work/notes/gather67/CLAIMS.txt as it stood when checked (`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- shipping, UK: White Star Line / Oceanic Steam Navigation Company (piglix.com's copy, undated, older) ---------
WS = [
 "The Oceanic Steam Navigation Company or White Star Line of Boston Packers, more commonly known as just White Star "
 "Line, was a prominent British shipping company. Founded in 1845, the line operated a fleet of clipper ships that "
 "sailed between Britain and Australia. Today it is most famous for the innovative vessel Oceanic of 1870, and the "
 "Olympic class ocean liners, including the ill-fated RMS Titanic.",
 "In 1934, White Star merged with its chief rival, Cunard Line, which operated as Cunard-White Star Line until 1950. "
 "Cunard Line then operated as a separate entity until 2005 and is now part of Carnival Corporation & plc. As a "
 "lasting reminder of the White Star Line, modern Cunard ships use the term White Star Service to describe the level "
 "of customer care expected of the company.",
 "The first company bearing the name White Star Line was founded in Liverpool, England, by John Pilkington and Henry "
 "Wilson in 1845. It focused on the UK\u2013Australia trade, which increased following the discovery of gold in "
 "Australia. The fleet initially consisted of the chartered sailing ships RMS Tayleur, Blue Jacket, White Star, Red "
 "Jacket, Ellen, Ben Nevis, Emma, Mermaid and Iowa. Tayleur, the largest ship of its day, wrecked on its maiden voyage "
 "to Australia at Lambay Island, near Ireland, a disaster that haunted the company for years.",
 "In 1863, the company acquired its first steamship, Royal Standard.",
 "The original White Star Line merged with two other small lines, The Black Ball Line and The Eagle Line, to form a "
 "conglomerate, the Liverpool, Melbourne and Oriental Steam Navigation Company Limited. This did not prosper and White "
 "Star broke away. White Star concentrated on Liverpool to New York City services."]
KEPT["wp-white-star-line"] = ("whitestar-piglix.txt", WS)
R.append(wp("wp-white-star-line", "White Star Line", "http://piglix.com/piglix/Oceanic_Steam_Navigation_Company",
 "\n\n".join(WS),
 "shipping", ["history", "founding", "founders", "mergers", "ownership"],
 "The article as piglix.com's copy holds it in the page store, under the address 'Oceanic_Steam_Navigation_Company' "
 "(no date or revision id held; undated, an older revision, as batches 62d-65q dated their piglix.com copies: its "
 "lead still reads 'White Star Line of Boston Packers' and 'the line operated a fleet of clipper ships', where the "
 "later rendering quoted by a seller's page (marketke.com, query 4) opens 'The White Star Line (WSL), was a British "
 "shipping company. Founded out of the remains of a defunct packet company'). Cut: the infobox's table lines "
 "('Partnership | |' to 'Website | www |', with 'Fate | merged with Cunard Line |', 'Successor | Cunard White Star "
 "Line |' and 'Parent | Ismay, Imrie and Co. |'), so the infobox's parent Ismay, Imrie and Co. is not in the text "
 "(cut as batches 54zu-65q cut their infoboxes); cut in the fifth paragraph after '... White Star concentrated on "
 "Liverpool to New York City services.', before the sentence the excerpt breaks off in ('Heavy investment in new ships "
 "wa'; `truncated`; a cut inside a paragraph, at a sentence end). The copy drops the title, the section headings and "
 "the citation markers; its paragraphs are single lines, joined here with blank lines. No word added or changed. Kept "
 "as written: 'The Oceanic Steam Navigation Company or White Star Line of Boston Packers, more commonly known as just "
 "White Star Line' ('Packers', not 'Packets'), 'Founded in 1845, the line operated a fleet of clipper ships', 'the "
 "innovative vessel Oceanic of 1870, and the Olympic class ocean liners' (no hyphen), 'In 1934, White Star merged with "
 "its chief rival, Cunard Line, which operated as Cunard-White Star Line until 1950' (a hyphen), 'Cunard Line then "
 "operated as a separate entity until 2005 and is now part of Carnival Corporation & plc', 'modern Cunard ships use "
 "the term White Star Service', 'The first company bearing the name White Star Line was founded in Liverpool, England, "
 "by John Pilkington and Henry Wilson in 1845', 'the UK\u2013Australia trade' (an en dash), 'the chartered sailing "
 "ships RMS Tayleur, Blue Jacket, White Star, Red Jacket, Ellen, Ben Nevis, Emma, Mermaid and Iowa', 'In 1863, the "
 "company acquired its first steamship, Royal Standard', 'The original White Star Line merged with two other small "
 "lines, The Black Ball Line and The Eagle Line' (capital 'The'), 'the Liverpool, Melbourne and Oriental Steam "
 "Navigation Company Limited', 'This did not prosper and White Star broke away'. 282 words. No outage and no near-miss "
 "of one told (a shipwreck and mergers are physical and business events). Recorded CC BY-SA 3.0 (an older revision, "
 "as batches 62d-65q recorded their piglix.com copies). Found at rank 2 of the query 'White Star Line British shipping "
 "company founded out of the remains of a defunct packet company Ismay Imrie Wikipedia early history' (and at rank 1 "
 "of a later query, the same excerpt); rmstitanictrail.blogspot.com, april151912.com, m.everything2.com and "
 "discovernorthernireland.com (blogs, a fan site, user writing and a tourism board; copyrighted), yoliverpool.com (a "
 "forum post carrying the article's words, no licence stated), simple.wikipedia.org (Simple English, another text) and "
 "image.absoluteastronomy.com (free, its glossary pop-ups inlined in the running text) not used. White Star Line, "
 "Oceanic Steam, Pilkington (as a person of this company), Black Ball, Eagle Line, Tayleur, Liverpool, Melbourne and "
 "Oriental: " + CHECKED + " ('Pilkington' in test's wp-pilkington and other texts as the glass company, another "
 "matter; 'Cunard' in train's wp-parker-knoll and test's QE2 news item, and 'Carnival Corporation' in dev's Princess "
 "Cruise Lines release, texts on other matters).", "UK",
 v3=True, copy_of="the Wikipedia article, via piglix.com, a Wikipedia mirror"))

# ---- shipping, France: Compagnie Generale Transatlantique (en.wikipedia.org rendering via a proxy, 2024) ----------
CG = [
 "The Compagnie G\u00e9n\u00e9rale Transatlantique (CGT, and commonly named \"Transat\"), typically known overseas as "
 "the French Line, was a French shipping company. Established in 1855 by the brothers \u00c9mile and Issac "
 "P\u00e9reire under the name Compagnie G\u00e9n\u00e9rale Maritime, the company was entrusted by the French government "
 "to transport mails to North America. In 1861, the name of the company was changed to Compagnie G\u00e9n\u00e9rale "
 "Transatlantique. The company's first vessel, SS Washington, had its maiden voyage on 15 June 1864. After a period of "
 "trials and errors in the late 19th century, the company, under the direction of its presidents Jules Charles-Roux "
 "and John Dal Piaz, gained fame in the 1910s and 1930s with its prestigious ocean liners such as SS Paris, SS "
 "\u00cele de France, and especially SS Normandie. Fragilized by the Second World War, the company regained its fame "
 "in 1962 with the famous SS France, which suffered major competition from air transport and was retired from service "
 "in 1974. In 1977, the company merged with the Compagnie des Messageries Maritimes to form the Compagnie "
 "G\u00e9n\u00e9rale Maritime. Then, in 1996, the company Compagnie G\u00e9n\u00e9rale Maritime merged to form the CMA "
 "CGM.",
 "Contrary to what its name suggests, the company was not content with operating just in the North Atlantic route. It "
 "also offered service to Central America and even, for a time, the Pacific coast."]
KEPT["wp-compagnie-generale-transatlantique"] = ("cgt-178.txt", CG)
R.append(wp("wp-compagnie-generale-transatlantique", "Compagnie G\u00e9n\u00e9rale Transatlantique",
 "http://178.128.105.246/cars-http-en.wikipedia.org/wiki/French_Line",
 "\n\n".join(CG),
 "shipping", ["history", "founding", "founders", "executives", "renaming", "mergers"],
 "The article as an en.wikipedia.org 'Jump to content' rendering holds it in the page store, served under a proxy "
 "address (178.128.105.246/cars-http-en.wikipedia.org/wiki/French_Line; the page itself reads 'From Wikipedia, the "
 "free encyclopedia' and '(Redirected from French Line)'; no revision id held; a recent revision: its infobox reads "
 "'Founded 1861; 163 years ago', so 2024; doubtful: a proxy's copy of the Wikipedia page, taken as the page itself, "
 "its words identical to the address-less excerpt at rank 1 of the same query). Cut: the lines 'Jump to content', the "
 "title 'Compagnie G\u00e9n\u00e9rale Transatlantique', 'From Wikipedia, the free encyclopedia' and '(Redirected from "
 "French Line)'; the infobox lines ('Compagnie G\u00e9n\u00e9rale Transatlantique' to 'Edmond Lanier', with 'Founder"
 "P\u00e9reire brothers', 'FateMerged with Compagnie des Messageries Maritimes ...', 'SuccessorCMA CGM' and 'Key "
 "people' Henri Cangardel, Jean Marie and Edmond Lanier) and the image caption 'Share of the Compagnie G\u00e9n\u00e9rale "
 "Transatlantique, issued 1. March 1927', so the infobox's key people beyond the two presidents are not in the text "
 "(cut as batches 54zu-65q cut their infoboxes); cut in the second paragraph after '... even, for a time, the Pacific "
 "coast.', before the sentence the excerpt breaks off in ('From the beginning of the 20th century, it '; `truncated`; "
 "a cut inside a paragraph, at a sentence end). No citation markers. Paragraphs joined with blank lines. No word added "
 "or changed. Kept as written: 'The Compagnie G\u00e9n\u00e9rale Transatlantique (CGT, and commonly named \"Transat\"), "
 "typically known overseas as the French Line', 'Established in 1855 by the brothers \u00c9mile and Issac P\u00e9reire "
 "under the name Compagnie G\u00e9n\u00e9rale Maritime' ('Issac', not 'Isaac'; an acute accent on 'P\u00e9reire'), 'the "
 "company was entrusted by the French government to transport mails to North America', 'In 1861, the name of the "
 "company was changed to Compagnie G\u00e9n\u00e9rale Transatlantique', \"The company's first vessel, SS Washington, "
 "had its maiden voyage on 15 June 1864\", 'under the direction of its presidents Jules Charles-Roux and John Dal "
 "Piaz', 'gained fame in the 1910s and 1930s', 'Fragilized by the Second World War', 'was retired from service in "
 "1974', 'In 1977, the company merged with the Compagnie des Messageries Maritimes to form the Compagnie "
 "G\u00e9n\u00e9rale Maritime', 'Then, in 1996, the company Compagnie G\u00e9n\u00e9rale Maritime merged to form the "
 "CMA CGM' ('the CMA CGM'), 'the North Atlantic route', 'even, for a time, the Pacific coast'. 225 words. No outage and "
 "no near-miss of one told (a liner retired from service and mergers are business events). Recorded CC BY-SA 4.0 (a "
 "2024 revision). Found at rank 8 of the query 'French Line Transat Compagnie G\u00e9n\u00e9rale Transatlantique "
 "\u00c9mile and Issac P\u00e9reire presidents Jules Charles-Roux John Dal Piaz Air France A\u00e9ropostale' (the one "
 "free English copy with an address whose excerpt reaches the mergers with no word altered); an excerpt with no "
 "address held (rank 1 of both queries), wikiclassic.com (free, words altered: 'teh', 'an'', 'towards form'), "
 "enwikipedia.net (free, the presidents' second name dropped: 'Jules Charles-Roux and , gained'), "
 "n.global.ssl.fastly.net ('Misplaced Pages', free, breaking off inside the first paragraph, under 150 words), "
 "spectroom.com (a video site, no licence stated), vi.vipr.ebaydesc.com (a seller's listing), simple.m.wikipedia.org "
 "(Simple English, a stub) and the French, Portuguese, Finnish, Czech and Swedish copies not used. Transatlantique, "
 "French Line, Messageries, P\u00e9reire, Charles-Roux, Dal Piaz: " + CHECKED + " ('Pereire' without the accent in "
 "train's wp-creditanstalt, the brothers' bank of another matter; 'CMA CGM' in test's wp-neptune-orient-lines, its "
 "purchase of NOL, another matter).", "non-US",
 copy_of="the Wikipedia article, via a proxy address serving en.wikipedia.org"))


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
