#!/usr/bin/env python3
"""Batch 57w (session 55; gatherer lane 57w): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 57a, 57f, 57k and 57p, kept to American and
British video game developers of the 1980s-2000s, new to the corpus: a Las Vegas developer founded in 1985 by Brett
Sperry and Louis Castle as Brelous Software, renamed Westwood Associates and then Westwood Studios when Virgin Games
(later Virgin Interactive Entertainment) bought it in 1992, bought by Electronic Arts in 1998 and merged with Westwood
Pacific (EA Pacific) into EA Los Angeles in 2003 (video games, US); a Dallas developer founded in November 1996 by
John Romero, Tom Hall (both formerly of id Software), Todd Porter and Jerry O'Flaherty, with a licensing deal with
Eidos Interactive for six games, 51% of it bought by Eidos Interactive in April 1999, maker of Deus Ex, its offices in
the Chase Tower (video games, US); a Derby developer founded in 1988 by nine people (among them Jeremy Heath-Smith),
most from Gremlin Graphics, part of the distributor CentreGold when Eidos Interactive bought it in 1996 and owned by
U.S. Gold, maker of Chuck Rock, Rick Dangerous, Thunderhawk and Tomb Raider, whose publisher Eidos signed an
exclusivity deal with Sony's U.S. arm SCEA in 1997 (video games, UK); and a developer founded by Tony Goodman in 1994,
named after his consulting firm Ensemble Corporation (founded 1990), bought by Microsoft in 2001 and disbanded in 2009,
maker of Age of Empires, Age of Mythology, Halo Wars and the Genie Game Engine (video games, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' renderings of 'Westwood Studios', 'Ion Storm' and 'Ensemble Studios' (all
undated) and en.wikipedia.org's older 'From Wikipedia, the free encyclopedia ... Jump to: navigation, search'
rendering of 'Core Design' (a revision of about 2016: 'Founded May 13, 1988; 28 years ago'); each cut at a sentence or
paragraph end (`truncated`). Edits per item in `notes` (title and site lines, infobox lines, headings, an edit link, a
table and citation markers cut; no word added or changed); `verify()` checks every kept paragraph against the saved
excerpt (/tmp/gather58w/src), the markers ('[1]', '[edit]', '[citation needed]') dropped and whitespace runs compared
as one space, as batches 55e, 55i, 55p, 55x, 55za, 55zd, 56b, 56j, 57a, 57k and 57p did. No text tells an outage;
all four tell near-misses of one (Westwood's merger and closing, Ion Storm's two studio closures and Eidos' 'financial
struggles', Core Design's closing, Ensemble's 'development capabilities were officially disbanded'): business events,
no service lost. newskg (or any extractor) was not run on any text. A round of four: six queries, four of them
answered with English Wikipedia text on a company not yet in the corpus, all taken (round notes,
/work/notes/gather58/57w.md; queries, /tmp/gather58w/src/queries.txt).
usage: batch57w.py [POOL_DIR] [--dry]   (default /tmp/gather58w/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather58w/pool"
SRC = "/tmp/gather58w/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-55 pools (/tmp/gather58*/pool) and in /work/notes/gather58/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- video games, US: Westwood Studios (en.wikipedia.org's '= Title =' rendering, undated) ---------------------------
WESTWOOD = [
 "Westwood Studios, Inc. was an American video game developer based in Las Vegas, Nevada. It was founded by Brett "
 "Sperry and Louis Castle in 1985 as Brelous Software, but got changed after 2 months into Westwood Associates and was "
 "renamed to Westwood Studios when Virgin Games (later Virgin Interactive Entertainment) bought the company in 1992. "
 "The company was bought by Electronic Arts alongside Virgin Interactive's North American operations in 1998. In "
 "January 2003, it was announced that Westwood, alongside Westwood Pacific (EA Pacific), would be merged into EA Los "
 "Angeles. The main studio location closed in March of that year.",
 "Westwood is best known for developing video games in the real-time strategy, adventure and role-playing genres. It "
 "was listed in Guinness World Records for selling 30 million copies of Command & Conquer games worldwide.",
 "Brett Sperry and Louis Castle met in late 1983 in Las Vegas. Sperry had a background in architecture and psychology "
 "and was already working in the gaming industry. Both Sperry and Castle worked as contract programmers. The two "
 "eventually became friends and decided to form a company together and named it Brelous Software. It was later "
 "renamed Westwood Associates."]
KEPT["wp-westwood-studios"] = ("westwood-enwiki.txt", WESTWOOD)
R.append(wp("wp-westwood-studios", "Westwood Studios", "https://en.wikipedia.org/wiki/Westwood_Studios",
 "\n\n".join(WESTWOOD),
 "video games", ["history", "founding", "acquisition", "renaming", "merger"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; the "
 "latest year the running text names is 2003). Cut: the title line '= Westwood Studios ='; the infobox lines "
 "('Westwood Studios, Inc.', '- Logo: Westwood Studios 1994.svg', '- Fate: Merged into EA Los Angeles', '- Founders: "
 "Brett Sperry, Louis Castle', '- Location: Las Vegas, Nevada', '- Former Name: Brelous Software (1985), Westwood "
 "Associates (1985-1992)', '- Type: Subsidiary', '- Industry: Video games', '- Key People: Brett Sperry, Louis Castle, "
 "Joseph D. Kucan', '- Products: Eye of the Beholder (video game), ... Command & Conquer series', '- Parent: Virgin "
 "Interactive (1992\u20131998), Electronic Arts (1998\u20132003)', '- Homepage: westwood.com (archived homepage on March 4, "
 "2000)'), so Joseph D. Kucan and the games Eye of the Beholder, The Legend of Kyrandia, Dune and Lands of Lore are not "
 "in the text (cut as batches 54zu, 55i, 56b, 56j, 57a, 57k and 57p cut their infoboxes); the headings '==History==' "
 "and '===Early history and company name==='; cut after '... It was later renamed Westwood Associates.', before the "
 "paragraph the excerpt breaks off ('According to Louis'; `truncated`; a cut at a paragraph end). No citation markers "
 "in this rendering. No word added or changed. Kept as written: 'It was founded by Brett Sperry and Louis Castle in "
 "1985 as Brelous Software, but got changed after 2 months into Westwood Associates and was renamed to Westwood "
 "Studios when Virgin Games (later Virgin Interactive Entertainment) bought the company in 1992.' (so written: 'got "
 "changed after 2 months into'), 'The company was bought by Electronic Arts alongside Virgin Interactive's North "
 "American operations in 1998.', 'In January 2003, it was announced that Westwood, alongside Westwood Pacific (EA "
 "Pacific), would be merged into EA Los Angeles.', 'The main studio location closed in March of that year.', 'It was "
 "listed in Guinness World Records for selling 30 million copies of Command & Conquer games worldwide.', 'Brett Sperry "
 "and Louis Castle met in late 1983 in Las Vegas.'. 193 words. No outage told; one near-miss (the merger into EA Los "
 "Angeles and 'The main studio location closed': a business closing, no service lost). Recorded CC BY-SA 4.0 "
 "(doubtful: the revision is undated; the '= Title =' renderings that batches 55i, 56b and 57k dated were of 2024-2026, "
 "after Wikimedia's move to 4.0 of June 2023, as batches 56j, 57a, 57f and 57p recorded their undated ones). Found at "
 "rank 4 of the query 'Westwood Studios was an American video game developer based in Las Vegas, Nevada, founded by "
 "Brett Sperry and Louis Castle in 1985'; lasvegasweekly.com and lasvegassun.com (ranks 1, 2; news features, "
 "copyrighted), lands-of-lore.fandom.com (rank 3; a fan wiki), piglix.com and fact-index.com (ranks 5, 7; older "
 "copies), mobygames.com (rank 6; not openly licensed) and theinfolist.com (rank 8; link glosses woven into the running "
 "text) not used. Westwood Studios, Westwood Associates, Brelous, Brett Sperry, Louis Castle, Virgin Games, Virgin "
 "Interactive, EA Los Angeles, EA Pacific, Command & Conquer: " + CHECKED + " ('Westwood' alone only in other "
 "matters' texts (a place and a person); 'Electronic Arts' in texts on other matters).", "US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- video games, US: Ion Storm (en.wikipedia.org's '= Title =' rendering, undated) ---------------------------------
IONSTORM = [
 "Ion Storm, L.P. was an American video game developer founded in Dallas, Texas in November 1996 by John Romero and "
 "Tom Hall, both formerly of id Software; a branch in Austin, Texas was opened in 1997. In April 1999, Eidos "
 "Interactive acquired 51% of the company in exchange for advances to the developers.",
 "Despite an impressive pedigree and high expectations, the company only produced one commercial and critical success, "
 "2000's Deus Ex. The Dallas studio closed in July 2001, leaving the Austin studio as the new headquarters. After "
 "financial struggles at Eidos Interactive, the Austin studio followed with its own closure in February 2005.",
 "Ion Storm was founded by John Romero, Tom Hall, Todd Porter and Jerry O'Flaherty on November 15, 1996, with its "
 "headquarters in Dallas, Texas. Hall came up with the name, the \"Storm\" part coming from Porter's first project for "
 "the company. The company had signed a licensing deal with Eidos Interactive for six games, and the founders planned "
 "to scoop up titles from other companies that were close to completion, finish them, and push them out quickly to "
 "bring in initial revenue.",
 "In a fashion similar to other dot com busts, the company spent lavishly on office decor and facilities for "
 "employees. The corporate headquarters of Ion Storm were located in Suite 5400, 22000 sqft of space in a penthouse "
 "suite on the 54th floor, the top floor, of the Chase Tower in Downtown Dallas. Ion Storm spent $2 million on the "
 "facility. Lisa Chadderdon of Fast Company said that the penthouse location was \"unusual\"."]
KEPT["wp-ion-storm"] = ("ionstorm-enwiki.txt", IONSTORM)
R.append(wp("wp-ion-storm", "Ion Storm", "https://en.wikipedia.org/wiki/Ion_Storm",
 "\n\n".join(IONSTORM),
 "video games", ["history", "founding", "acquisition", "licensing", "closure"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; the "
 "latest year the running text names is 2005). Cut: the title line '= Ion Storm ='; the infobox lines ('Ion Storm, "
 "L.P.', '- Logo: Ion storm logo.jpg', '- Type: Subsidiary', '- Industry: Video games', '- Fate: Dissolved', '- "
 "Founded: in Dallas, Texas, US', '- Founders: John Romero Tom Hall Todd Porter Jerry O'Flaherty', '- Hq Location City: "
 "Austin, Texas', '- Hq Location Country: US', '- Key People: John Romero, Tom Hall, Warren Spector', '- Parent: Eidos "
 "Interactive (1999\u20132005)'), so Warren Spector is not in the text (cut as batches 54zu, 55i, 56b, 56j, 57a, 57k and "
 "57p cut their infoboxes); the headings '== History ==' and '=== Formation ==='; cut after '... said that the "
 "penthouse location was \"unusual\".', before the sentence the excerpt breaks off ('For the first ten years after the "
 "construction o'; `truncated`; a cut inside a paragraph, at a sentence end). No citation markers in this rendering. No "
 "word added or changed. Kept as written: 'founded in Dallas, Texas in November 1996 by John Romero and Tom Hall, both "
 "formerly of id Software; a branch in Austin, Texas was opened in 1997.' (no comma after 'Texas'), 'In April 1999, "
 "Eidos Interactive acquired 51% of the company in exchange for advances to the developers.', \"2000's Deus Ex\", 'The "
 "company had signed a licensing deal with Eidos Interactive for six games', 'In a fashion similar to other dot com "
 "busts', 'located in Suite 5400, 22000 sqft of space in a penthouse suite' (so rendered: '22000 sqft', the page's "
 "unit conversion flattened), 'the Chase Tower in Downtown Dallas', 'Lisa Chadderdon of Fast Company said that the "
 "penthouse location was \"unusual\".' (straight quotation marks). 259 words. No outage told; one near-miss (the Dallas "
 "studio 'closed in July 2001' and the Austin studio's 'own closure in February 2005' after 'financial struggles at "
 "Eidos Interactive': business closings, no service lost). Recorded CC BY-SA 4.0 (doubtful: the revision is undated, "
 "as above). Found at rank 3 of the query 'Ion Storm was an American video game developer founded in 1996 by John "
 "Romero and Tom Hall in Dallas, Texas, Eidos Interactive'; en.wikipedia.org's 'Jump to content' rendering at the "
 "redirect address Ion_Storm_Inc. (rank 6; the same article, a different lead), gamicus.fandom.com and "
 "thief.fandom.com (ranks 1, 2; fan wikis), a proxy of a Wayback Machine capture of 2007 (rank 4), wikimili.com (rank "
 "5), tvtropes.org (rank 7) and nest.machinecode.org (rank 8; an old wikitext copy) not used. Ion Storm, John Romero, "
 "Tom Hall, Todd Porter, O'Flaherty, Deus Ex, Chase Tower, Chadderdon, Fast Company: " + CHECKED + " ('Romero' alone "
 "only another person in batch 56k; 'id Software' only as part of another phrase in batch 27d's Android text; 'Eidos' "
 "in texts on other matters).", "US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- video games, UK: Core Design (older en.wikipedia.org 'Jump to: navigation' rendering, about 2016) ---------------
CORE = [
 "Core Design Ltd. (stylised as CORE Design) was a British video game developer best known for Chuck Rock, Rick "
 "Dangerous and Tomb Raider franchises. It was owned by British publisher Eidos Interactive for most of its history. "
 "The studio closed in 2006.",
 "Based in the city of Derby, England, Core Design was founded in 1988 by Chris Shrigley, Andy Green, Rob Toone, Terry "
 "Lloyd, Simon Phipps, Dave Pridmore, Jeremy Heath-Smith, Kevin Norburn and Greg Holmes. Most were former employees of "
 "Gremlin Graphics. The studio was part of distribution company CentreGold when it was acquired by Eidos Interactive in "
 "1996. Eidos subsequently sold most of CentreGold, but retained U.S. Gold, the owners of Core Design. Core had a brief "
 "history of producing titles for the Sega consoles, such as Thunderhawk for Mega-CD and the original Tomb Raider game "
 "for the Saturn.",
 "The company is widely known for the Tomb Raider series, created by Toby Gard and Paul Howard Douglas, which was "
 "released in 1996 and followed by several sequels. The success of Tomb Raider and its subsequent sequels played a "
 "huge part in keeping Eidos Interactive financially solvent. After the successful Saturn debut of the original Tomb "
 "Raider a full month and a half ahead of the PlayStation version, Sony decided to use the brand to boost sales of its "
 "own console. In September 1997, Sony's U.S. arm, SCEA, signed an exclusivity deal with Eidos to keep the franchise "
 "on their consoles. The agreement was extended to include Tomb Raider III."]
KEPT["wp-core-design"] = ("coredesign-enwiki.txt", CORE)
R.append(wp("wp-core-design", "Core Design", "https://en.wikipedia.org/wiki/Core_Design",
 "\n\n".join(CORE),
 "video games", ["history", "founding", "acquisition", "ownership", "exclusivity deal"],
 "The article as en.wikipedia.org's older 'From Wikipedia, the free encyclopedia ... Jump to: navigation, search' "
 "rendering holds it in the page store at its address (undated, no revision id; a revision of about 2016: the "
 "infobox's 'Founded May 13, 1988; 28 years ago (1988-05-13)'). Cut: the title line 'Core Design', the site line "
 "'From Wikipedia, the free encyclopedia' and 'Jump to: navigation, search'; the infobox lines ('Core Design Ltd.', "
 "'Industry Video game industry', 'Fate Liquidated[1]', 'Successor Rebellion Derby', 'Founded May 13, 1988; 28 years "
 "ago (1988-05-13)', 'Defunct 2010 (2010)', 'Headquarters Derby, England', 'Key people', 'Jeremy Heath-Smith, Adrian "
 "Smith, Gavin Rummery, Toby Gard', 'Parent Rebellion Developments', 'Website Official Site', 'archived until 2008'), "
 "so Rebellion Developments, Rebellion Derby, Adrian Smith and Gavin Rummery are not in the text (cut as batches 54zu, "
 "55i, 56b, 56j, 57a, 57k and 57p cut their infoboxes); the heading 'Tomb Raider[edit]'; the citation markers '[1]', "
 "'[2]' (three times), '[3]', '[4][5]' and '[citation needed]' (twice); cut after '... extended to include Tomb Raider "
 "III.', before the sentence the excerpt breaks off ('The fourth'; `truncated`; a cut inside a paragraph, at a sentence "
 "end). No word added or changed. Kept as written: 'Core Design Ltd. (stylised as CORE Design) was a British video "
 "game developer best known for Chuck Rock, Rick Dangerous and Tomb Raider franchises.' (no 'the' before 'Chuck "
 "Rock'), 'It was owned by British publisher Eidos Interactive for most of its history.', 'Core Design was founded in "
 "1988 by Chris Shrigley, Andy Green, Rob Toone, Terry Lloyd, Simon Phipps, Dave Pridmore, Jeremy Heath-Smith, Kevin "
 "Norburn and Greg Holmes.', 'The studio was part of distribution company CentreGold when it was acquired by Eidos "
 "Interactive in 1996.', 'Eidos subsequently sold most of CentreGold, but retained U.S. Gold, the owners of Core "
 "Design.', 'such as Thunderhawk for Mega-CD and the original Tomb Raider game for the Saturn', 'created by Toby Gard "
 "and Paul Howard Douglas', \"In September 1997, Sony's U.S. arm, SCEA, signed an exclusivity deal with Eidos to keep "
 "the franchise on their consoles.\". 250 words. No outage told; one near-miss ('The studio closed in 2006': a business "
 "closing, no service lost). Recorded CC BY-SA 3.0 (a revision of about 2016, before Wikimedia's move to 4.0 of June "
 "2023). Found at rank 4 of the query 'Core Design Limited was a British video game developer based in Derby, founded "
 "in 1988, Jeremy Heath-Smith, Tomb Raider, Eidos Interactive'; en.wikipedia.org's still older rendering at the "
 "http address (rank 3; the same lines with a longer, older lead), wikiraider.de (rank 1; German), "
 "tombraider-reborn.com (rank 2; an unattributed copy), tombraiderchronicles.com (ranks 5, 7; news), hubbry.com (rank "
 "6; a copy) and eurogamer.net (rank 8; a feature, copyrighted) not used. Core Design, Heath-Smith, Shrigley (only "
 "another person, Dave Shrigley, in batch 55p's Wolfson text), Toone, Pridmore, Norburn, Gremlin Graphics, CentreGold, "
 "U.S. Gold, Tomb Raider, Chuck Rock, Rick Dangerous, Thunderhawk, Toby Gard, SCEA: " + CHECKED + " ('Eidos', 'Sega' "
 "and 'Sony' in texts on other matters).", "UK",
 v3=True, copy_of="the Wikipedia article, an older rendering at its address"))

# ---- video games, US: Ensemble Studios (en.wikipedia.org's '= Title =' rendering, undated) --------------------------
ENSEMBLE = [
 "Ensemble Studios was an American video game developer. It was founded by Tony Goodman in 1994 and incorporated the "
 "following year. It borrowed the name of Ensemble Corporation, a consulting firm founded by Goodman in 1990. It was "
 "acquired by Microsoft in 2001 and operated as an internal studio until 2009, when its development capabilities were "
 "officially disbanded. Ensemble developed many real-time strategy games, including the Age of Empires game series, "
 "Age of Mythology, and Halo Wars. In addition to game development, Ensemble Studios also developed the Genie Game "
 "Engine used in Age of Empires, Age of Empires II: The Age of Kings, and Star Wars: Galactic Battlegrounds. The studio "
 "sold 20 million games and was worth an estimated $500 million.",
 "Ensemble Studios developed the Age of Empires game series of real-time strategy titles, comprising Age of Empires, "
 "Age of Empires II: The Age of Kings and Age of Empires III. They also released Age of Mythology, a spin-off from the "
 "original series. Expansion packs were also released for all their games including two for Age of Empires III. Their "
 "last release was the real-time strategy game called Halo Wars for Xbox 360."]
KEPT["wp-ensemble-studios"] = ("ensemble-enwiki.txt", ENSEMBLE)
R.append(wp("wp-ensemble-studios", "Ensemble Studios", "https://en.wikipedia.org/wiki/Ensemble_Studios",
 "\n\n".join(ENSEMBLE),
 "video games", ["history", "founding", "acquisition", "games", "closure"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; the "
 "latest year the running text names is 2009). Cut: the title line '= Ensemble Studios ='; the infobox lines "
 "('Ensemble Studios', '- Logo: Ensemble Studios Logo.svg', '- Type: Subsidiary', '- Fate: Defunct', '- Founder: Tony "
 "Goodman', '- Industry: Video games', '- Products: Age of Empires, Age of Mythology, Halo Wars', '- Owner: "
 "Microsoft', '- Parent: Microsoft Game Studios', '- Location: Dallas, Texas, U.S.'), so Microsoft Game Studios and "
 "Dallas are not in the text (cut as batches 54zu, 55i, 56b, 56j, 57a, 57k and 57p cut their infoboxes); the heading "
 "'==Games=='; the table of releases that follows the second paragraph ('| Release Date | Title | Genre |' and eight "
 "rows, the excerpt breaking off inside the ninth, '| 2003 | Age of Mythology: The Titans | expansion'; `truncated`; "
 "a cut at a paragraph end, as batch 57p cut PIPE Networks' table). No citation markers in this rendering. No word "
 "added or changed. Kept as written: 'It was founded by Tony Goodman in 1994 and incorporated the following year.', "
 "'It borrowed the name of Ensemble Corporation, a consulting firm founded by Goodman in 1990.', 'It was acquired by "
 "Microsoft in 2001 and operated as an internal studio until 2009, when its development capabilities were officially "
 "disbanded.', 'Ensemble Studios also developed the Genie Game Engine used in Age of Empires, Age of Empires II: The "
 "Age of Kings, and Star Wars: Galactic Battlegrounds.' (this rendering's 'developed'; copies have 'made'), 'Their "
 "last release was the real-time strategy game called Halo Wars for Xbox 360.'. 193 words. No outage told; one "
 "near-miss ('its development capabilities were officially disbanded': a studio closing, no service lost). Recorded "
 "CC BY-SA 4.0 (doubtful: the revision is undated, as above). Found at rank 3 of the query 'Ensemble Studios was a "
 "video game developer founded in 1995 by Tony Goodman, Rick Goodman and John Boog-Scott, acquired by Microsoft'; "
 "simple.wikipedia.org (rank 1; the Simple English article, shorter), xnico.com (rank 2; snippets), friendlywiki.com "
 "(rank 4; raw wikitext), gamasutra.com (rank 5; a book excerpt, copyrighted), db0nus869y26v.cloudfront.net (rank 6; "
 "an unexplained copy), ageofempires.wikia.com (rank 7; a fan wiki) and wikimili.com (rank 8; a copy; the "
 "en.wikipedia.org rendering preferred) not used. Ensemble Studios, Ensemble Corporation, Tony Goodman, Age of "
 "Empires, Age of Mythology, Genie Game Engine, Galactic Battlegrounds: " + CHECKED + " ('Halo Wars' only in batch "
 "55zd's Creative Assembly text, another matter; 'Microsoft' and 'Xbox 360' in texts on other matters).", "US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))


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
