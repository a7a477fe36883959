#!/usr/bin/env python3
"""Batch 56b (session 54; gatherer lane 56b): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za and 55zd, kept to mid-size video game developers, new to the
corpus: a Dutch developer founded in January 2000 as Lost Boys Games, a subsidiary of Lost Boys, from the merger of
three studios (one of them, Formula, bought by Lost Boys in 1999), bought by Media Republic in 2003 and sold to Sony
Computer Entertainment in 2005, led by three joint studio heads (video games, Netherlands); a British developer founded
in December 2004 by Jamie Walker and Sefton Hill, former Argonaut Games executives, given its first game by the
publisher SCi Entertainment (since renamed Eidos), which took 25.1% of it, then bought into by Warner Bros. Interactive
Entertainment (a majority stake, February 2010) and now a subsidiary of Warner Bros. Games (video games, UK); and a
British developer founded in 1989 by Jon Burton, which bought and merged with its publisher Giant Interactive
Entertainment to form TT Games, whose parent was bought by Warner Bros. Interactive Entertainment in November 2007
(video games, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's older full-page rendering of 'Guerrilla Games' (a revision of about 2020: 'Founded 1 January
2000; 20 years ago'), wiki.riteme.site's copy of 'Rocksteady Studios' (at the address of the redirect 'Sefton Hill'; a
revision of about 2024-2025: 'Founded 13 December 2004; 20 years ago') and en.wikipedia.org's older full-page rendering
of 'Traveller's Tales' (a revision of about 2018: 'Founded 1989; 29 years ago'); each cut at a sentence end
(`truncated`). Edits per item in `notes` (site lines, infobox lines, headings, an image caption, edit links and
citation markers cut; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt
(/tmp/gather57b/src), the markers ('[1]', '[edit]') dropped and whitespace runs compared as one space, as batches 55e,
55i, 55p, 55x, 55za and 55zd did. No text tells an outage and none tells a near-miss of one. newskg (or any extractor)
was not run on any text. A round of three: nine queries, three of them answered with English Wikipedia text on a
company not yet in the corpus that was taken (round notes, /work/notes/gather57/56b.md).
usage: batch56b.py [POOL_DIR] [--dry]   (default /tmp/gather57b/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather57b/pool"
SRC = "/tmp/gather57b/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-54 pools (/tmp/gather56*/pool, /tmp/gather57*/pool) and in /work/notes/gather57/CLAIMS.txt as they "
           "stood when checked (`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- video games, Netherlands: Guerrilla Games (en.wikipedia.org, an older rendering of about 2020) ----------------
GUERRILLA = [
 "Guerrilla B.V. (trade name: Guerrilla Games) is a Dutch video game developer based in Amsterdam. The company was "
 "founded as Lost Boys Games in January 2000 through the merger of three smaller development studios as a subsidiary "
 "of multimedia conglomerate company Lost Boys. Lost Boys Games became independent the following year and was "
 "acquired by Media Republic in 2003, which renamed the studio Guerrilla Games and sold it to Sony Computer "
 "Entertainment in 2005. The company employs approximately 250 people under the leadership of joint studio heads "
 "Angie Smets, Jan-Bart van Beek, and Michiel van der Leeuw. It is best known for the Killzone game series and "
 "Horizon Zero Dawn.",
 "Guerrilla is the result of a merger between three Dutch video game studios: Orange Games, Digital Infinity, and "
 "Formula Game Development. Orange Games was founded in 1993 by Arjan Brussee, the co-designer of the 1994 game Jazz "
 "Jackrabbit; Digital Infinity was founded by Arnout van der Kamp in 1995; and Formula was founded by Martin de Ronde "
 "in 1998 and sold to Lost Boys (a multimedia conglomerate company owned by Michiel Mol) in 1999. The three studios "
 "merged, forming Lost Boys Games as a subsidiary of Lost Boys on 1 January 2000. With de Ronde as managing director, "
 "the new company employed 25 people, growing to 40 by November 2000. Hermen Hulst was hired from a consulting firm "
 "to replace de Ronde as managing director the following year."]
KEPT["wp-guerrilla-games"] = ("guerrilla-enwiki.txt", GUERRILLA)
R.append(wp("wp-guerrilla-games", "Guerrilla Games", "https://en.wikipedia.org/wiki/Guerrilla_Games",
 "\n\n".join(GUERRILLA),
 "video games", ["history", "founding", "acquisition", "subsidiary", "leadership"],
 "The article as en.wikipedia.org's older full-page rendering holds it in the page store (undated, no revision id; a "
 "revision of about 2020: the infobox's 'Founded 1 January 2000; 20 years ago', '250 (2018)' employees and the three "
 "'studio head' lines, and the older 'Jump to navigation Jump to search' layout). Newer copies not used: "
 "en.wikipedia.org's structured rendering of about 2025 (rank 4; breaks off in the history at 'on 1 Janua'), "
 "wikimili.com's, en.m.wikipedia.org's and arc.ask3.ru's copies of about 2021-2024 (ranks 5-7; studio directors "
 "Jan-Bart "
 "van Beek, Joel Eschler and Hella Schmidt in the lead); liquisearch.com's section copy of an older text (rank 1; a "
 "quotation site's frame). Cut: the title line 'Guerrilla Games'; the site lines 'From Wikipedia, the free "
 "encyclopedia' and 'Jump to navigation Jump to search'; the infobox lines ('Guerrilla B.V.', 'Guerrilla Games', 'Lost "
 "Boys Games (2000\u20132003)', industry, the three predecessors, 'Founded1 January 2000; 20 years ago (2000-01-01)', "
 "'Key people' with the three studio heads, employees), so the text's people are those of its running text; the empty "
 "lines where the rendering drops its contents box and history heading (none printed in the excerpt); the citation "
 "markers '[1]' to '[8]'; cut after 'Hermen Hulst was hired from a consulting firm to replace de Ronde as managing "
 "director the following year.', before the sentence the excerpt breaks off ('In 2001, when Lost Boys merged with "
 "Swedish media company IconMediaLab, Lost Bo'; `truncated`; a cut inside a paragraph, at a sentence end), so "
 "IconMediaLab and the spin-off of 2001 are not in the text. No word added or changed. Kept as written: 'Guerrilla "
 "B.V. (trade name: Guerrilla Games)', 'founded as Lost Boys Games in January 2000 through the merger of three smaller "
 "development studios as a subsidiary of multimedia conglomerate company Lost Boys', 'became independent the "
 "following year and was acquired by Media Republic in 2003, which renamed the studio Guerrilla Games and sold it to "
 "Sony Computer Entertainment in 2005', 'under the leadership of joint studio heads Angie Smets, Jan-Bart van Beek, "
 "and Michiel van der Leeuw', 'Arjan Brussee, the co-designer of the 1994 game Jazz Jackrabbit;' (semicolons between "
 "the three studios), 'sold to Lost Boys (a multimedia conglomerate company owned by Michiel Mol) in 1999', 'With de "
 "Ronde as managing director', 'hired from a consulting firm' (unnamed). 238 words. No outage and no near-miss of one "
 "told. Recorded CC BY-SA 3.0 (a revision of about 2020, before Wikimedia's move to 4.0 of June 2023). Found at rank 3 "
 "of the query 'Guerrilla Games Dutch video game developer history Lost Boys Media Sony Computer Entertainment "
 "acquired "
 "Wikipedia'; news (ranks 2, 8; copyrighted) not used. Guerrilla, Lost Boys, Media Republic, Michiel Mol, Hermen "
 "Hulst, IconMediaLab, Arjan Brussee, Martin de Ronde, Angie Smets, Killzone: " + CHECKED + ".", "non-US", v3=True,
 copy_of="the Wikipedia article, an older revision as en.wikipedia.org rendered it"))

# ---- video games, UK: Rocksteady Studios (wiki.riteme.site's copy, a revision of about 2024-2025) -----------------
ROCKSTEADY = [
 "Rocksteady Studios Limited is a British video game developer based in London. Founded on 13 December 2004, the "
 "studio is best known for its work in the Batman: Arkham series. The company is a subsidiary of Warner Bros. Games.",
 "Rocksteady Studios was founded by Jamie Walker and Sefton Hill, the former creative director and head of "
 "production at Argonaut Games. The publisher SCi Entertainment with Argonaut Games on the game Roll Call until the "
 "developer shut down in late 2004. Walker and Hill founded Rocksteady on 13 December 2004. In January 2005, SCi "
 "announced that it had assigned Roll Call to the nacent studio, which by that time employeed 20 people, mostly former "
 "Argonaut Games staff, at its North London offices. The publisher acquired 25.1% of Rocksteady's shares and loaned "
 "the studio \u00a3250,000. Roll Call was soon renamed Zero Tolerance: City Under Fire and then Urban Chaos: Riot "
 "Response. It was released in 2006 for the PlayStation 2 and Xbox.",
 "After SCi (since renamed Eidos) obtained the rights to make a Batman game in spring 2007, they approached Rocksteady "
 "who presented their take on the Batman licence, and by May 2007, they had begun developing the concept of Batman: "
 "Arkham Asylum, with full production beginning in September 2007. The game's commercial and critical success led "
 "publisher Warner Bros. Interactive Entertainment (WBIE) to acquire an undisclosed majority stake in Rocksteady in "
 "February 2010. The Warner Bros. group of companies also included DC Comics, the Batman licensor."]
KEPT["wp-rocksteady-studios"] = ("rocksteady-riteme.txt", ROCKSTEADY)
R.append(wp("wp-rocksteady-studios", "Rocksteady Studios", "https://wiki.riteme.site/wiki/Sefton_Hill",
 "\n\n".join(ROCKSTEADY),
 "video games", ["history", "founding", "ownership", "acquisition", "subsidiary"],
 "The article as wiki.riteme.site's copy of English Wikipedia holds it in the page store, at the address of the "
 "redirect 'Sefton_Hill' ('(Redirected from Sefton Hill)'; undated, no revision id; a revision of about 2024-2025: "
 "'Founded 13 December 2004; 20 years ago', '258 (2023)' employees, 'Parent Warner Bros. Games (2010\u2013present)'; "
 "earlier batches took this site's copies the same way). Cut: the site lines 'Jump to content', 'From Wikipedia, the "
 "free encyclopedia' and '(Redirected from Sefton Hill)'; the title line 'Rocksteady Studios'; the infobox lines "
 "('Rocksteady Studios Limited', 'Company typeSubsidiary', industry, 'Founded13 December 2004; 20 years ago "
 "(2004-12-13)', 'Founders' with Jamie Walker and Sefton Hill, 'Headquarters,', 'England', 'Products', employees, "
 "'ParentWarner Bros. Games (2010\u2013present)', website); the heading 'History' and its '[edit]'; the citation "
 "markers '[2]' to '[11]'; cut after 'The Warner Bros. group of companies also included DC Comics, the Batman "
 "licensor.', before the sentence the excerpt breaks off ('Eidos retained its 25.'; `truncated`; a cut inside a "
 "paragraph, at a sentence end), so Eidos's remaining share and the later history are not in the text. No word added "
 "or changed. Kept as written: 'Founded on 13 December 2004, the studio is best known for its work in the Batman: "
 "Arkham series.', 'founded by Jamie Walker and Sefton Hill, the former creative director and head of production at "
 "Argonaut Games' (no 'respectively'), 'The publisher SCi Entertainment with Argonaut Games on the game Roll Call "
 "until the developer shut down in late 2004.' (so written, a verb missing), 'the nacent studio, which by that time "
 "employeed 20 people' (so spelt), 'The publisher acquired 25.1% of Rocksteady's shares and loaned the studio "
 "\u00a3250,000.', 'Roll Call was soon renamed Zero Tolerance: City Under Fire and then Urban Chaos: Riot Response.', "
 "'After SCi (since renamed Eidos) obtained the rights to make a Batman game in spring 2007, they approached "
 "Rocksteady who presented' (no comma before 'who'), 'led publisher Warner Bros. Interactive Entertainment (WBIE) to "
 "acquire an undisclosed majority stake in Rocksteady in February 2010', 'The Warner Bros. group of companies also "
 "included DC Comics, the Batman licensor.' 245 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 "
 "(a revision of about 2024-2025: '20 years ago' from 13 December 2004). Doubtful: the site is an unofficial mirror; "
 "its terms were not found. Found at rank 2 of the query 'Rocksteady Studios British video game developer founded "
 "Jamie Walker Sefton Hill acquired Warner Bros. Wikipedia'; news on the founders' departure of 2022 (ranks 1, 3-8; "
 "copyrighted) not used. Rocksteady, Argonaut Games, SCi Entertainment, Sefton Hill, Jamie Walker: " + CHECKED +
 " ('Eidos' is in earlier batches' texts on other matters; 'Arkham' only in texts on other matters).", "non-US",
 copy_of="the Wikipedia article, wiki.riteme.site's copy"))

# ---- video games, UK: Traveller's Tales (en.wikipedia.org, an older rendering of about 2018) -----------------------
TRAVELLERS = [
 "Travellers Tales (UK) Limited, doing business as Traveller's Tales, is a British video game developer and a "
 "subsidiary of TT Games.",
 "Traveller's Tales was founded in 1989 by Jon Burton. Initially a small company focused on its own content, it grew "
 "in profile through developing games with larger companies such as Sega and Disney Interactive Studios. In 1996, the "
 "company incorporated under the name Currentclass, but changed its name to Travellers Tales (UK), doing business as "
 "Traveller's Tales, two months later. In 2004, development on Lego Star Wars: The Video Game started with publisher "
 "Giant Interactive Entertainment, and, the following year Traveller's Tales purchased and merged with Giant "
 "Interactive Entertainment, forming TT Games. From that point, Traveller's Tales served as the company's development "
 "branch, while Giant Interactive Entertainment became TT Games Publishing, the publishing branch. In 2007, the "
 "company acquired another developer and an animation studio, which became TT Fusion and TT Animation.",
 "On 8 November 2007, Warner Bros. Interactive Entertainment announced that they had purchased TT Games for an "
 "undisclosed amount as part of their expansion into the video game industry.",
 "Traveller's Tales started developing games with Psygnosis, which were most notable for creating 3D effects. Their "
 "first game was Leander, also known as The Legend of Galahad. With Psygnosis they developed a video game adaption of "
 "Bram Stoker's Dracula, as well as other original productions like Puggsy."]
KEPT["wp-travellers-tales"] = ("travellers-enwiki.txt", TRAVELLERS)
R.append(wp("wp-travellers-tales", "Traveller's Tales", "https://en.wikipedia.org/wiki/Traveller's_Tales",
 "\n\n".join(TRAVELLERS),
 "video games", ["history", "founding", "acquisition", "subsidiary", "ownership"],
 "The article as en.wikipedia.org's older full-page rendering holds it in the page store (undated, no revision id; a "
 "revision of about 2018: the infobox's 'Founded1989; 29 years ago (1989)' and the older 'Jump to navigation Jump to "
 "search' layout). The page store holds it at the article's own address with the apostrophe percent-encoded "
 "(en.wikipedia.org/wiki/Traveller%27s_Tales), recorded here as the address built from the title. Cut: the title "
 "line \"Traveller's Tales\"; the site lines 'From Wikipedia, the free encyclopedia' and 'Jump to navigation Jump "
 "to search'; the infobox lines ('Travellers "
 "Tales (UK) Limited', \"Traveller's Tales\", 'IndustryVideo game industry', 'Founded1989; 29 years ago (1989)', "
 "'FounderJon Burton', 'Key people', 'ParentTT Games (2005\u2013present)'); the empty lines where the rendering drops "
 "its contents box and history heading (none printed in the excerpt); the citation markers '[1]' to '[5]'; the image "
 "caption \"Logo of Traveller's Tales from 1995 to 2004 created by Rodney Matthews in 1994[6]\" between the third and "
 "fourth kept paragraphs (a caption, not running text), so Rodney Matthews is not in the text; cut after 'as well as "
 "other original productions like Puggsy.', before the sentence the excerpt breaks off ('Thanks to an agreement "
 "between Psygnosis, Sony Imagesoft and Disney Interactive Studios, Traveller's Tales could prod'; `truncated`; a cut "
 "inside a paragraph, at a sentence end), so Sony Imagesoft is not in the text. No word added or changed. Kept as "
 "written: 'Travellers Tales (UK) Limited, doing business as Traveller's Tales' (the registered name without an "
 "apostrophe), 'grew in profile through developing games with larger companies such as Sega and Disney Interactive "
 "Studios', 'incorporated under the name Currentclass, but changed its name to Travellers Tales (UK), doing business "
 "as Traveller's Tales, two months later', 'development on Lego Star Wars: The Video Game started with publisher "
 "Giant Interactive Entertainment, and, the following year Traveller's Tales purchased and merged with Giant "
 "Interactive Entertainment, forming TT Games' (the commas round 'and'), 'served as the company's development branch, "
 "while Giant Interactive Entertainment became TT Games Publishing, the publishing branch', 'In 2007, the company "
 "acquired another developer and an animation studio, which became TT Fusion and TT Animation.' (the bought companies "
 "unnamed), 'announced that they had purchased TT Games', 'which were most notable for creating 3D effects', 'a video "
 "game adaption of Bram Stoker's Dracula' ('adaption'). 229 words. No outage and no near-miss of one told. Recorded "
 "CC BY-SA 3.0 (a revision of about 2018, before Wikimedia's move to 4.0 of June 2023). Found at rank 7 of the query "
 "\"Traveller's Tales British video game developer founded Jon Burton acquired by Warner Bros. Wikipedia\"; news on "
 "the sale of 2007 and an interview (ranks 1-3, 5, 6, 8; copyrighted) and dosboxgames.com's company page (rank 4; its "
 "own text) not used. Traveller's Tales, Travellers Tales, TT Games, Giant Interactive, Jon Burton, TT Fusion, "
 "Psygnosis, Sony Imagesoft, Currentclass: " + CHECKED + ".", "non-US", v3=True,
 copy_of="the Wikipedia article, an older revision as en.wikipedia.org rendered it"))


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
