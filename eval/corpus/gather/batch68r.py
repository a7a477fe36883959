#!/usr/bin/env python3
"""Batch 68r (session 62; gatherer lane 68r): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-68l, kept to an American arcade-game and home-computer maker and two American film studios, new to the
corpus: Exidy, Inc., the coin-operated video game maker founded on October 30, 1973 by Harold Ray 'Pete' Kauffman and
Samuel Hawes after Kauffman's time at Data Disc Corporation and Ramtek Corporation, with its named games and its Exidy
Sorcerer home computer (video games and computers, US); Keystone Studios, the Edendale film studio founded on July 4,
1912 as the Keystone Pictures Studio by Mack Sennett with backing from Adam Kessel and Charles O. Baumann, its films
distributed by the Mutual Film Corporation and made an autonomous production unit of the Triangle Film Corporation in
1915 (film production, US); and Tiffany Pictures (Tiffany Productions, Tiffany-Stahl Productions), the Hollywood
studio founded in 1921 by Mae Murray, Robert Z. Leonard and Maurice H. Hoffman, its films released through
Metro-Goldwyn-Mayer, its heads and its absorption into Sono Art in 1932 (film production, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's own '= Title =' rendering of 'Exidy' (recent), wikiplanet.click's copy of 'Keystone Studios'
(undated, an older revision) and wikimili.com's copy of 'Tiffany Pictures' (undated, a recent revision); each cut at a
sentence end before the sentence its excerpt breaks off in, or before the captions it ends with (`truncated`). Edits
per item in `notes` (title lines, infobox lines, captions, a contents line, section headings and citation markers cut;
paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept paragraph against the saved
excerpt (/tmp/gather69r/src), the markers ('[1]', ' [1]', '[edit]', '[citation needed]') dropped and whitespace runs
compared as one space, as batches 55e-68l did. No text tells an outage or a near-miss of one. newskg (or any
extractor) was not run on any text. A round of three: eight queries, three answered with English Wikipedia text on a
company not yet in the corpus and were taken (round notes, /tmp/gather69r/NOTES.md; queries,
/tmp/gather69r/src/queries.txt; claims, /work/notes/gather69/CLAIMS.txt).
usage: batch68r.py [POOL_DIR] [--dry]   (default /tmp/gather69r/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69r/pool"
SRC = "/tmp/gather69r/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names and in the gather scripts, and hits in GATHERING.md "
           "only in its lists of leads and names checked, none in the session-62 pools (/tmp/gather69*/pool) or in "
           "/work/notes/gather69/CLAIMS.txt as they stood when checked (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- video games and computers, US: Exidy (en.wikipedia.org's '= Title =' rendering, recent) ----------------------
EX = [
 "Exidy, Inc. was an American developer and manufacturer of coin-operated electro-mechanical and video games which "
 "operated from 1973 to 1999. They manufactured many notable titles including Death Race (1976), Circus (1978), Star "
 "Fire (1978), Venture (1981), Mouse Trap (1981), Crossbow (1983), and Chiller (1986). They were also the creators of "
 "the Exidy Sorcerer (1978) home computer platform.",
 "Harold Ray \u201cPete\u201d Kauffman had worked in the technological field at Data Disc Corporation with Charles "
 "McEwan and John Metzler. When the two broke off to form the graphics terminal company Ramtek Corporation in "
 "Sunnyvale, California, Kauffman joined them as a marketing executive. In late 1972, Kauffman was one of a handful of "
 "engineers sent to examine the prototype of Atari Inc\u2019s Pong (1972) in the Andy Capp\u2019s Tavern in "
 "Sunnyvale. Kauffman recalled of the experience:",
 "\"I was really excited when I first saw the Pong game on test at a local pub. It was assembled in an old oak barrel "
 "\u2018table model\u2019 without a coin door. The quarters just dropped into the barrel\u2026After playing the game, I "
 "tried to move it slightly. It wouldn\u2019t move. It must have been full of quarters. This could not have been a "
 "fad!\"",
 "Ramtek subsequently got into manufacturing coin-operated video games as a side business. Kauffman, however, believed "
 "that he could do more with a company dedicated to exploiting the new trend in electronic games. He and Ampex "
 "engineer Samuel Hawes formed a new company to enter the coin-op industry, Exidy, Inc on October 30, 1973. The name "
 "was a portmanteau of the phrase, \u201cExcellence in Dynamics.\u201d"]
KEPT["wp-exidy"] = ("exidy.txt", EX)
R.append(wp("wp-exidy", "Exidy", "https://en.wikipedia.org/wiki/Exidy", "\n\n".join(EX),
 "video games/computers", ["history", "founding", "founders", "products", "executives"],
 "The article as en.wikipedia.org's own page in its '= Title =' rendering holds it in the page store (no revision id "
 "held; undated, a recent rendering, recorded 4.0 as batches 58p-68l recorded their en.wikipedia.org renderings; its "
 "infobox's '- Founders: H.R. Kauffman Samuel Hawes' and its lead match hubbry.com's copy at rank 1 of the same query, "
 "'from Wikipedia'; doubtful: no revision id). Cut: the title line '= Exidy ='; the infobox lines "
 "between the title and the lead ('Exidy, Inc.', '- Type: Private' to '- Products: Arcade games', with '- Hq Location "
 "City: Palo Alto, California', so Palo Alto is not in the text); the heading '==History=='; cut after '... a "
 "portmanteau of the phrase, \u201cExcellence in Dynamics.\u201d', at the end of a paragraph, before the sentence the "
 "excerpt breaks off in ('Exidy\u2019s first products were in the ball-and-paddle genre, including a basic clone of "
 "Atari\u2019s Pong and TV Pinball (1974), which may h'; `truncated`; a whole paragraph of one broken sentence), so "
 "TV Pinball is not in the text. The rendering has no citation markers. No word added or changed. Kept as written: "
 "'Exidy, Inc. was an American developer and manufacturer of coin-operated electro-mechanical and video games which "
 "operated from 1973 to 1999', the seven titles with their years in brackets, 'They were also the creators of the "
 "Exidy Sorcerer (1978) home computer platform', 'Harold Ray \u201cPete\u201d Kauffman' (typographic quotation marks), "
 "'had worked in the technological field at Data Disc Corporation with Charles McEwan and John Metzler', 'When the two "
 "broke off to form the graphics terminal company Ramtek Corporation in Sunnyvale, California, Kauffman joined them as "
 "a marketing executive', 'In late 1972', 'Atari Inc\u2019s Pong (1972) in the Andy Capp\u2019s Tavern in Sunnyvale' "
 "(no period after 'Inc'), Kauffman's quoted recollection with its straight outer quotation marks, its \u2018table "
 "model\u2019 and 'barrel\u2026After' (no space after the ellipsis), 'He and Ampex engineer Samuel Hawes formed a new "
 "company to enter the coin-op industry, Exidy, Inc on October 30, 1973' (no period after 'Inc'), "
 "'\u201cExcellence in Dynamics.\u201d' (the period inside the quotation marks). {WORDS} words. No outage and no "
 "near-miss of one told. Found at rank 2 of the query 'Exidy arcade game manufacturer founded 1973 Pete Kauffman "
 "Samuel Hawes Death Race Sorcerer computer' (Exidy a name of batches 67x's, 68f's and 68l's lists of leads); "
 "hubbry.com (rank 1; the same words inside a community site's frame, with its '[edit]' and markers), ww-w.pages.dev "
 "(rank 3; numbered fragments), theinfolist.com (rank 4; pasted glosses) and blogs (ranks 5-8) not used. Exidy, "
 "Kauffman, Ramtek, Data Disc, Samuel Hawes, Ampex, Andy Capp, Death Race, Sorcerer, Metzler: " + CHECKED + " "
 "('Exidy' only in GATHERING.md's lists of leads; 'McEwan' in texts on other matters, dev's "
 "uk-parliament-treasury-committee-natwest-barclays-service-failures-2018 and train's wp-scottish-newcastle; 'Pong' "
 "as a substring in texts on other matters).", "US"))

# ---- film production, US: Keystone Studios (wikiplanet.click's copy, undated, an older revision) -----------------
KS = [
 "Keystone Studios was an early film studio founded in Edendale, California (which is now a part of Echo Park) on July "
 "4, 1912 as the Keystone Pictures Studio by Mack Sennett with backing from actor-writer Adam Kessel (1866\u20131946) "
 "and Charles O. Baumann (1874\u20131931), owners of the New York Motion Picture Company (founded 1909). The company, "
 "referred to at its office as The Keystone Film Co., filmed in and around Glendale and Silver Lake, Los Angeles for "
 "several years, and its films were distributed by the Mutual Film Corporation between 1912 and 1915.",
 "The original main building, the first totally enclosed film stage and studio in history, is still standing. It is "
 "located at 1712 Glendale Blvd in Echo Park, Los Angeles and is now being used as a storage facility.",
 "The studio is perhaps best remembered for the era under Mack Sennett when he created the slapstick antics of the "
 "Keystone Cops, from 1912, and for the Sennett Bathing Beauties, beginning in 1915. Charlie Chaplin got his start at "
 "Keystone when Sennett hired him fresh from his vaudeville career to make silent films. Charlie Chaplin at Keystone "
 "Studios is a 1993 compilation of some of the most notable films Chaplin made at Keystone, documenting his transition "
 "from vaudeville player to true comic film actor to director. In 1915, Keystone Studios became an autonomous "
 "production unit of the Triangle Film Corporation with D. W. Griffith and Thomas Ince. In 1917, Sennett gave up the "
 "Keystone trademark and organized his own company."]
KEPT["wp-keystone-studios"] = ("keystone.txt", KS)
R.append(wp("wp-keystone-studios", "Keystone Studios", "https://www.wikiplanet.click/enciclopedia/en/Keystone_Studios",
 "\n\n".join(KS),
 "film production", ["history", "founding", "founders", "distribution", "ownership", "locations"],
 "The article as wikiplanet.click's copy holds it in the page store (no date or revision id held; an older revision by "
 "its wording: 'on July 4, 1912' and 'The Keystone Film Co.' where en.wikipedia.org's later '= Jump to navigation' "
 "rendering at rank 6 of the same query writes 'The Keystone Film Company' and adds a paragraph on the name's origin, "
 "and newer than en.wikipedia.org's old 'Jump to: navigation, search' rendering at rank 1, which has neither the day "
 "nor the building; recorded 3.0, doubtful: undated). Cut: the title lines ('Keystone Studios' twice), the infobox "
 "lines ('Industry' to 'Mack Sennett'); the citation markers ('[1]', '[2][3]', '[4]', '[5]'); the image caption 'The "
 "\"Sennett Bathing Beauties\"' between the second and third paragraphs; cut after '... organized his own company.', "
 "at the end of a paragraph, before the two captions the excerpt ends with ('Movie theatre audience members Roscoe "
 "Arbuckle and Mack Sennett square off ...' and 'Silent animal comedy A Little Hero (1913) directed by George Nichols "
 "for Keystone Studios. ... Running time:'; `truncated`), so Roscoe Arbuckle, Mabel Normand and George Nichols are "
 "not in the text. No word added or changed. Kept as written: 'founded in Edendale, California (which is now a part of "
 "Echo Park) on July 4, 1912 as the Keystone Pictures Studio by Mack Sennett with backing from actor-writer Adam "
 "Kessel (1866\u20131946) and Charles O. Baumann (1874\u20131931), owners of the New York Motion Picture Company "
 "(founded 1909)' (no comma after '1912', en dashes in the life spans), 'referred to at its office as The Keystone "
 "Film Co.', 'Glendale and Silver Lake, Los Angeles', 'its films were distributed by the Mutual Film Corporation "
 "between 1912 and 1915', 'It is located at 1712 Glendale Blvd in Echo Park, Los Angeles', 'the slapstick antics of "
 "the Keystone Cops, from 1912', 'Charlie Chaplin at Keystone Studios is a 1993 compilation', 'In 1915, Keystone "
 "Studios became an autonomous production unit of the Triangle Film Corporation with D. W. Griffith and Thomas Ince', "
 "'In 1917, Sennett gave up the Keystone trademark and organized his own company'. {WORDS} words. No outage and no "
 "near-miss of one told. Found at rank 2 of the query 'Keystone Studios film studio founded 1912 Mack Sennett "
 "Edendale Adam Kessel Charles O. Baumann' (Keystone Studios a name of batches 67x's, 68f's and 68l's lists of "
 "leads); en.wikipedia.org (rank 1; an old rendering without the day, the building or the comma after 'In 1915', "
 "breaking off in its list of actors; rank 6, a later rendering breaking off at 'In 1915, Keystone Studios became an "
 "auton'), drivenliverm88.cfd (rank 3; a proxy of the current page, breaking off in its production section before "
 "the Triangle sentence), traumundexzess.com (rank 4; a blog quoting an old revision), memim.com (rank 5; a machine "
 "translation of the German article), zalansite.site (rank 7; an edit form with wiki markup) and "
 "image.absoluteastronomy.com (rank 8; an old copy broken by glosses) not used. Keystone Studios, Mack Sennett, "
 "Kessel, Baumann, New York Motion Picture, Mutual Film, Triangle Film, Edendale, Keystone Cops: " + CHECKED + " "
 "('Keystone Studios' and 'Sennett' only in GATHERING.md's lists of leads and a Mascot Pictures lead; 'Keystone' alone "
 "in texts on other matters: dev's us-ftc-service-corporation-international-keystone-north-america-funeral-homes-"
 "cemeteries-2010 and us-ftc-saint-gobain-carborundum-british-petroleum-consent-agreement-1996; 'Charlie Chaplin' in "
 "test's wp-essanay-studios, another studio).", "US", v3=True,
 copy_of="the Wikipedia article, on wikiplanet.click"))

# ---- film production, US: Tiffany Pictures (wikimili.com's copy, undated, a recent revision) ---------------------
TP = [
 "Tiffany Pictures, which also became Tiffany-Stahl Productions for a time, was a Hollywood motion picture studio in "
 "operation from 1921 until 1932. It is considered a Poverty Row studio, whose films had lower budgets, lesser-known "
 "stars, and overall lower production values than major studios.",
 "Tiffany Productions was a movie-making venture founded in 1921 by star Mae Murray, her then-husband, director Robert "
 "Z. Leonard, and Maurice H. Hoffman, who made eight films, all released through Metro-Goldwyn-Mayer. Murray and "
 "Leonard divorced in 1925.",
 "Starting in 1925 with Souls for Sables, co-starring Claire Windsor and Eugene O'Brien, Tiffany released 70 features, "
 "both silent and sound, 20 of which were Westerns. At one point, Tiffany was booking its films into nearly 2,500 "
 "theatres.",
 "To produce their films, Tiffany acquired the former Reliance-Majestic Studios lot at 4516 Sunset Boulevard, Los "
 "Angeles in 1927.",
 "From 1927 to 1930, John M. Stahl was the director of Tiffany and renamed the company Tiffany-Stahl Productions. The "
 "head of Tiffany was Phil Goldstone, with his vice president Maurice H. Hoffman, who later was president of Liberty "
 "Films, which merged into Republic Pictures. Leonard A. Young, who ran the L.A. Young Spring and Wire Company, bought "
 "into Tiffany from Hoffman in 1929.",
 "Tiffany lacked a profitable distribution network. The company filed for bankruptcy in 1932. As a result, it was "
 "absorbed into the short-lived Sono Art company, which handled its remaining releases."]
KEPT["wp-tiffany-pictures"] = ("tiffany.txt", TP)
R.append(wp("wp-tiffany-pictures", "Tiffany Pictures", "https://wikimili.com/en/Tiffany_Pictures", "\n\n".join(TP),
 "film production", ["history", "founding", "founders", "executives", "distribution", "bankruptcy"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; undated, taken for a "
 "recent revision, as batches 66l, 67ab and 68e took their wikimili.com copies: its 'As a result, it was absorbed "
 "into the short-lived Sono Art company' is in neither en.wikipedia.org's old 'Jump to: navigation, search' "
 "rendering at rank 2 of the same query (which has no 'Poverty Row' sentence and no bankruptcy either) nor "
 "wikimili.com's other copy at rank 7; recorded 4.0, doubtful: undated). Cut: the title line 'Tiffany Pictures', "
 "the site's 'Last updated' and 'Contents' lines, the image caption on The Death Kiss (twice, with the file name "
 "'Thedeathkissposter.jpg'), so Sono Art-World Wide Pictures and Bela Lugosi are not in the text, the heading "
 "'History', the image caption 'Title card for Mamba (1930)' (twice, with 'Mamba Title Card.jpg'); the citation "
 "markers (' [1]', ' [2]', ' [3]', ' [4]' twice, ' [5]', ' [6]', each with a space before it in this copy); cut after "
 "'... which handled its remaining releases.', at the end of a paragraph, before the sentence the excerpt breaks off in "
 "('Copyrights on most (if not all) of Tiffany's films were not renewed, and are no'; `truncated`). No word added or "
 "changed. Kept as written: 'Tiffany Pictures, which also became Tiffany-Stahl Productions for a time, was a Hollywood "
 "motion picture studio in operation from 1921 until 1932', 'It is considered a Poverty Row studio', 'Tiffany "
 "Productions was a movie-making venture founded in 1921 by star Mae Murray, her then-husband, director Robert Z. "
 "Leonard, and Maurice H. Hoffman, who made eight films, all released through Metro-Goldwyn-Mayer', 'Souls for "
 "Sables, co-starring Claire Windsor and Eugene O'Brien', 'nearly 2,500 theatres', 'Tiffany acquired the former "
 "Reliance-Majestic Studios lot at 4516 Sunset Boulevard, Los Angeles in 1927', 'From 1927 to 1930, John M. Stahl was "
 "the director of Tiffany and renamed the company Tiffany-Stahl Productions', 'The head of Tiffany was Phil Goldstone, "
 "with his vice president Maurice H. Hoffman, who later was president of Liberty Films, which merged into Republic "
 "Pictures', 'Leonard A. Young, who ran the L.A. Young Spring and Wire Company, bought into Tiffany from Hoffman in "
 "1929', 'it was absorbed into the short-lived Sono Art company, which handled its remaining releases'. {WORDS} words. "
 "No outage and no near-miss of one told (a bankruptcy is a business failure). Found at rank 5 of the query 'Tiffany "
 "Pictures film studio founded 1921 Mae Murray Robert Z. Leonard M. H. Hoffman Tiffany-Stahl' (Tiffany Pictures a "
 "name of batches 67x's, 68f's and 68l's lists of leads); the-uncensored-wiki.com (rank 1; an old revision, 'Leonard "
 "A Young who similtaneously ran'), en.wikipedia.org (rank 2; an old rendering whose film list is cut away), "
 "absoluteastronomy.com (rank 3; an old copy broken by glosses), en-academic.com (rank 4; an old copy), wikimili.com "
 "(ranks 6, 7; the same copy again and another revision without the Sono Art sentence) and pt.abcdef.wiki (rank 8; "
 "Portuguese) not used. Tiffany Pictures, Tiffany-Stahl, Mae Murray, Robert Z. Leonard, Maurice H. Hoffman, John M. "
 "Stahl, Phil Goldstone, Liberty Films, Sono Art, Reliance-Majestic, Young Spring: " + CHECKED + " ('Tiffany "
 "Pictures' and 'Sono Art' only in GATHERING.md's lists of leads; 'Republic Pictures' in dev's wp-republic-pictures "
 "and 'Poverty Row' in dev's wp-monogram-pictures and wp-republic-pictures, 'Metro-Goldwyn-Mayer' in test's "
 "wp-hal-roach-studios and dev's wp-orion-pictures: texts on other matters).", "US",
 copy_of="the Wikipedia article, on wikimili.com"))

for r in R:
    r["notes"] = r["notes"].replace("{WORDS}", str(len(r["text"].split())))


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
