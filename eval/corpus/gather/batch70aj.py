#!/usr/bin/env python3
"""Batch 70aj (session 64; gatherer lane 70aj): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-70ad, kept to an American computer-game developer, an American computer-game publisher and an American
electronic-toy maker of the 1980s and 1990s, all new to the corpus (each named before only in round 70ad's 'Leads for
a next round'): Access Software, Inc. of Salt Lake City, founded in November 1982 by Bruce Carver and Chris Jones,
maker of the Beach Head, Links and Tex Murphy series and of Raid over Moscow, acquired by Microsoft in April 1999 and by
Take-Two Interactive in October 2004 (renamed Indie Built), part of Take-Two's 2K label from January 2005, closed in
May 2006, with its former subsidiary TruGolf and Jones's Big Finish Games (video games, US); First Star Software, Inc.
of Chappaqua, New York, founded in 1982 by Richard Spitalny (its president), Billy Blake, Peter Jablon and Fernando
Herrera, publisher of Boulder Dash, Spy vs. Spy and Astro Chase (distributed by Parker Brothers), its name, website
and game rights owned by BBG Entertainment GmbH from January 1, 2018 (video games, US); and Tiger Electronics Inc. of
Vernon Hills, Illinois, founded in 1978 by Randy Rissman and Roger Shiffman, maker of handheld LCD games, the Furby,
Giga Pets, the 2-XL robot and the Talkboy, licensee of the Lazer Tag brand from Shoot the Moon Products, buyer of the
Texas Instruments toy division in 1995 and maker of electronic toys for Hasbro and Sega (toys and video games, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): a Wikipedia mirror's copy of 'Access Software' held at www.marbk-97t.win (a revision of November 2023 to
November 2024, '41 years ago': recorded 4.0), the Kiwix dump wikipedia_en_all_maxi_2025-08 on wiki.munthe.me of 'First
Star Software' (recorded 4.0) and en.wikipedia.org's own older rendering of 'Tiger Electronics' (with 'Jump to:
navigation, search', a revision of about 2008-2012: recorded 3.0); each cut at a sentence end before the sentence its
excerpt breaks off in or before a list (`truncated`: each article goes on). Edits per item in `notes` (title lines,
'From Wikipedia' and navigation lines, infobox lines, headings and citation markers cut; paragraphs joined with blank
lines; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather70aj/src),
the markers ('[1]', '[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as batches
55e-70ad did. No text tells an outage or a near-miss of one. newskg (or any extractor) was not run on any text. A round
of three: four queries, three answered with English Wikipedia text on a company not yet in the corpus, all three taken
(round notes, /tmp/gather70aj/NOTES.md; queries, /tmp/gather70aj/src/queries.txt; claims,
/work/notes/gather70/CLAIMS.txt).
usage: batch70aj.py [POOL_DIR] [--dry]   (default /tmp/gather70aj/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70aj/pool"
SRC = "/tmp/gather70aj/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-64 pools "
           "(/tmp/gather70*/pool) and in /work/notes/gather70/CLAIMS.txt, and in GATHERING.md only round 70ad's "
           "'Leads for a next round', as they stood when checked (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- video games, US: Access Software (a Wikipedia mirror's copy held at www.marbk-97t.win) -----------------------
AC = [
 "Access Software, Inc. was an American video game developer based in Salt Lake City, Utah. Founded in November 1982 "
 "by Bruce Carver and Chris Jones, the company created the Beach Head, Links and Tex Murphy series, as well as Raid "
 "over Moscow. Access Software was acquired by Microsoft in April 1999, transitioning in name twice before being "
 "acquired by Take-Two Interactive in October 2004, receiving the name Indie Built. In January 2005, Access Software "
 "became part of Take-Two's 2K label. Following a poor financial performance at Take-Two, Indie Built was closed down "
 "in May 2006.",
 "TruGolf, a company that develops indoor golf simulators, was formerly a subsidiary of Access Software based on the "
 "display technology they had made for the Links games and spun out to its own company during the Microsoft "
 "acquisition. Following the closure by Take-Two, many of the studio's developers went to TruGolf. Separately, Jones "
 "has established Big Finish Games to continue the Tex Murphy series.",
 "In 1982, Bruce Carver, an engineer for Salt Lake City-based company Redd Engineering, created a sprite-editing "
 "program called Spritemaster."]
KEPT["wp-access-software"] = ("access-software.txt", AC)
R.append(wp("wp-access-software", "Access Software", "https://www.marbk-97t.win/wiki/Fayetteville,_Tennessee",
 "\n\n".join(AC),
 "video games", ["history", "founding", "founders", "products", "acquisition", "subsidiary"],
 "The article as a Wikipedia mirror's copy ('From Wikipedia, the free encyclopedia') holds it in the page store at "
 "www.marbk-97t.win, under an address that names another article ('Fayetteville,_Tennessee'; the page held is "
 "'Access Software', as its title line and text show; doubtful: an odd mirror, the only English Wikipedia copy the "
 "store gave); its infobox's 'November 1982; 41 years ago' dates the revision between November 2023 and November 2024, "
 "after Wikimedia's June 2023 move to CC BY-SA 4.0: recorded 4.0; no revision id held. Cut: the title line 'Access "
 "Software'; the line 'From Wikipedia, the free encyclopedia'; the infobox lines between it and the lead ('Indie "
 "Built, Inc.', 'Formerly', the former names and years, 'Company typeSubsidiary' to 'Parent', with 'Key people' "
 "'Bruce Carver (president; 1982-2003)', 'Chris Jones (CFO; 1982-1999)', 'Steven D. ZoBell (president; 2003-2006)' "
 "and 'Products' 'Amped series', 'Top Spin series', so 'Salt Lake Games Studio', 'Indie Games', 'Steven D. ZoBell', "
 "the posts of president and CFO, 'Amped' and 'Top Spin' are not in the text); the headings 'History[edit]' and 'As "
 "Access Software (1982-1999)[edit]'; the citation markers ('[1][2]'); cut before the sentence the excerpt breaks off "
 "in ('He presented the product to Steve Witzel, ... Witzel provided Carver'; `truncated`, so 'Steve Witzel' and "
 "'Computers Plus' are not in the text). Paragraphs as the copy's blank lines give them, joined with blank lines. No "
 "word added or changed. Kept as written: 'Access Software, Inc. was an American video game developer based in Salt "
 "Lake City, Utah', 'Founded in November 1982 by Bruce Carver and Chris Jones', 'the company created the Beach Head, "
 "Links and Tex Murphy series, as well as Raid over Moscow', 'Access Software was acquired by Microsoft in April "
 "1999, transitioning in name twice before being acquired by Take-Two Interactive in October 2004, receiving the name "
 "Indie Built', 'In January 2005, Access Software became part of Take-Two's 2K label', 'Indie Built was closed down "
 "in May 2006', 'TruGolf, a company that develops indoor golf simulators, was formerly a subsidiary of Access "
 "Software', 'Separately, Jones has established Big Finish Games to continue the Tex Murphy series', 'Bruce Carver, "
 "an engineer for Salt Lake City-based company Redd Engineering, created a sprite-editing program called "
 "Spritemaster'. 178 words. No outage and no near-miss of one told (a studio 'closed down' is a business end). Found "
 "at rank 4 of the query 'Access Software video game company founded Bruce Carver Chris Jones Salt Lake City' and at "
 "rank 1 of 'Access Software, Inc. was an American video game developer based in Salt Lake City, Utah' (a games "
 "developer named in round 70ad's leads); gamedeveloper.com (an obituary, copyrighted), mobygames.com (a user's "
 "biography), w.owiki.org, infogalactic.com and an rt.http3.lol proxy ('Bruce Carver', the founder's article, not the "
 "company's), retrogamer.net (a magazine profile), es.stringtranslate.com (Spanish), vault1541.com and "
 "romsteady.blogspot.com (blog posts) and filfre.net (a blog's history) not used. Access Software, Bruce Carver, Chris "
 "Jones, Indie Built, TruGolf, Big Finish Games, Redd Engineering: " + CHECKED + " ('Access Software' in round 70ad's "
 "leads only; 'Microsoft', 'Take-Two' and '2K' named in texts on other matters).", "US",
 copy_of="the Wikipedia article, via a mirror's copy held at www.marbk-97t.win"))

# ---- video games, US: First Star Software (the Kiwix dump wikipedia_en_all_maxi_2025-08 on wiki.munthe.me) ---------
FS = [
 "First Star Software, Inc. was a Chappaqua, New York based video game development, publishing and licensing "
 "company, founded by Richard Spitalny (who remains the company's president), Billy Blake, Peter Jablon, and Fernando "
 "Herrera in 1982. It is best known for the series Boulder Dash, which began on the Atari 8-bit computers, and Spy vs. "
 "Spy, which first appeared on the Commodore 64. Games were ported to or written for home computers, consoles, and "
 "later for Macintosh, Microsoft Windows, and portable devices. Millions of units have been sold in both the Boulder "
 "Dash and Spy vs. Spy series of games.",
 "Fernando Herrera wrote an educational program for Atari 8-bit computers, My First Alphabet, which was published by "
 "the Atari Program Exchange in 1981. That same year, Atari, Inc., created an award to honor the year's best APX "
 "submission. The first Atari Star went to My First Alphabet along with a $25,000 prize. Herrera partnered with "
 "Richard Spitalny, Billy Blake, and Peter Jablon to found First Star Software. His story of winning the Atari Star "
 "made him the face of the company.",
 "First Star's inaugural release was the Atari 8-bit computer shoot 'em up Astro Chase, which was later distributed "
 "by Parker Brothers. Herrera also wrote Bristles and Superman: The Game for First Star.",
 "First Star's two biggest titles came from outside developers, Boulder Dash and Spy vs. Spy, each of which was the "
 "first game in a series.",
 "As of January 1, 2018 the First Star Software name and website are owned by BBG Entertainment GmbH which also "
 "purchased all intellectual property rights pertaining to Astro Chase, BOiNG!, Boulder Dash, Bristles, Flip & Flop, "
 "Millennium Warriors, Omnicron Conspiracy, Panic Button, Rent Wars and Security Alert."]
KEPT["wp-first-star-software"] = ("first-star-software.txt", FS)
R.append(wp("wp-first-star-software", "First Star Software",
 "https://wiki.munthe.me/content/wikipedia_en_all_maxi_2025-08/First_Star_Software", "\n\n".join(FS),
 "video games", ["history", "founding", "founders", "executives", "products", "intellectual property"],
 "The article as the Kiwix dump wikipedia_en_all_maxi_2025-08 on wiki.munthe.me holds it in the page store (a "
 "revision of about August 2025: recorded 4.0; no revision id held). Cut: the title line 'First Star Software'; the "
 "infobox table lines between the title and the lead ('|  | |', '| Industry | Video games |', '|---|---|', '| "
 "Founded | 1982 |', '| Defunct | 2018[1] |', '| Headquarters | New York City, U.S. |', '| Area served | Global |', "
 "'| Website | www |', so 'New York City' and the year of its end are not in the text); the headings 'History' and "
 "'Games'; the citation markers ('[2]' to '[6]'); the list of games after the heading 'Games' ('- Astro Chase', '- "
 "Boing! (Atari 2600)', '- ', where the excerpt breaks off; `truncated`). Paragraphs as the copy's line breaks give "
 "them, joined with blank lines. No word added or changed. Kept as written: 'a Chappaqua, New York based video game "
 "development, publishing and licensing company', 'founded by Richard Spitalny (who remains the company's "
 "president), Billy Blake, Peter Jablon, and Fernando Herrera in 1982', 'the series Boulder Dash, which began on the "
 "Atari 8-bit computers, and Spy vs. Spy, which first appeared on the Commodore 64', 'Macintosh, Microsoft Windows', "
 "'My First Alphabet, which was published by the Atari Program Exchange in 1981', 'That same year, Atari, Inc., "
 "created an award', 'Herrera partnered with Richard Spitalny, Billy Blake, and Peter Jablon to found First Star "
 "Software', 'Astro Chase, which was later distributed by Parker Brothers', 'Bristles and Superman: The Game for "
 "First Star', 'First Star's two biggest titles came from outside developers', 'As of January 1, 2018 the First Star "
 "Software name and website are owned by BBG Entertainment GmbH which also purchased all intellectual property rights "
 "pertaining to Astro Chase, BOiNG!, ... Rent Wars and Security Alert' (no comma after '2018', as written). 284 "
 "words. No outage and no near-miss of one told. Found at rank 6 of the query 'First Star Software video game "
 "publisher founded Richard Spitalny' (a games publisher named in round 70ad's leads); readly.com and everand.com "
 "(ranks 1 and 7; a Retro Gamer magazine article, copyrighted), sadioactiniu154.sbs (rank 2; a mirror under an "
 "unrelated address, the same text), wikimili.com (rank 3; 'Contents' and 'Related Researc' run into the text), a "
 "hostdoctordemo.co.uk web proxy of en.m.wikipedia.org (rank 4; proxy lines), wikiclassic.com (rank 5; its words "
 "garbled, 'furrst Star', 'wuz') and amigaland.de (rank 8; German) not used. First Star Software, Richard Spitalny, "
 "Fernando Herrera, Boulder Dash, Atari Program Exchange, BBG Entertainment: " + CHECKED + " ('First Star Software' "
 "in round 70ad's leads only; 'Parker Brothers', 'Atari, Inc.', 'Commodore 64', 'Macintosh' and 'Microsoft Windows' "
 "named in texts on other matters).", "US",
 copy_of="the Wikipedia article, via the Kiwix dump wikipedia_en_all_maxi_2025-08 on wiki.munthe.me"))

# ---- toys and video games, US: Tiger Electronics (en.wikipedia.org's older rendering) ------------------------------
TI = [
 "Tiger Electronics is an American toy manufacturer, best known for its handheld LCD games, the Furby, Giga Pets, and "
 "the 2-XL robot product, and electronic games such as Brain Warp. When Tiger was an independent company, Tiger "
 "Electronics Inc., its headquarters were in Vernon Hills, Illinois.",
 "Randy Rissman and Roger Shiffman founded the company in 1978. It started with low-tech items like phonographs, but "
 "then began developing handheld electronic games and teaching toys. Prominent among these was 2-XL Robot in 1992, "
 "and \"K28, Tiger's Talking Learning Computer\", (1984) that was sold worldwide by K-Mart and other chain stores. "
 "Tiger also achieved success with many simple handheld electronics games like \"Electronic Bowling\" and other "
 "titles based on licenses, such as \"RoboCop\", \"Terminator\", and \"Spider-Man\". An early 90's hit was the "
 "variable speed portable cassette/microphone combo Talkboy (first seen in the 1992 movie Home Alone 2: Lost in New "
 "York), followed by the Brain Warp and the Brain Shift. It also licensed the \"Lazer Tag\" brand from its inventors, "
 "Shoot the Moon Products, which was born from the remnants of the Worlds of Wonder company. Tiger also produced a "
 "version of Lights Out around 1995. In 1997 it also produced a quaint fishing game called Fishing Championship, in "
 "the shape of a reduced fishing rod. Another 1990s creation was Skip-It.",
 "In 1995 Tiger acquired the Texas Instruments toy division. Tiger agreed to manufacture and market electronic toys "
 "for Hasbro and Sega.",
 "Tiger is most well known for their handheld gaming systems with LCD screens. In order to simulate actual graphics, "
 "a fixed image would be printed onto the handheld that can be seen through the screen."]
KEPT["wp-tiger-electronics"] = ("tiger-electronics.txt", TI)
R.append(wp("wp-tiger-electronics", "Tiger Electronics", "http://en.wikipedia.org/wiki/Tiger_Electronics",
 "\n\n".join(TI),
 "toys", ["history", "founding", "founders", "products", "licensing", "acquisition"],
 "The article as en.wikipedia.org's own older rendering holds it in the page store ('From Wikipedia, the free "
 "encyclopedia', 'Jump to: navigation, search' and '[edit]' links: a revision of about 2008-2012, before Wikimedia's "
 "June 2023 move to CC BY-SA 4.0: recorded 3.0; no date or revision id held; doubtful: the revision dated only by its "
 "layout). Cut: the title line 'Tiger Electronics'; the lines 'From Wikipedia, the free encyclopedia' and 'Jump to: "
 "navigation, search'; the infobox lines between them and the lead ('Tiger Electronics', 'Industry Video games', "
 "'Consumer electronics', 'Founded 1978', 'Headquarters Vernon Hills, Illinois, United States', 'Parent Hasbro', so "
 "'United States' and the words of Hasbro's parentage are not in the text); the heading 'Gaming systems[edit]'; the "
 "citation markers ('[1]', '[2][3]', '[4]'); cut before the sentence the excerpt breaks off in ('Static images then "
 "light up ind'; `truncated`). Paragraphs as the rendering's blank lines give them, joined with blank lines. No word "
 "added or changed. Kept as written: 'the 2-XL robot product' and '2-XL Robot in 1992' (so cased), '\"K28, Tiger's "
 "Talking Learning Computer\", (1984) that was sold worldwide by K-Mart and other chain stores', 'titles based on "
 "licenses, such as \"RoboCop\", \"Terminator\", and \"Spider-Man\"', 'An early 90's hit', 'the variable speed "
 "portable cassette/microphone combo Talkboy (first seen in the 1992 movie Home Alone 2: Lost in New York)', 'It also "
 "licensed the \"Lazer Tag\" brand from its inventors, Shoot the Moon Products, which was born from the remnants of "
 "the Worlds of Wonder company', 'In 1995 Tiger acquired the Texas Instruments toy division', 'Tiger agreed to "
 "manufacture and market electronic toys for Hasbro and Sega', 'Tiger is most well known for their handheld gaming "
 "systems'. 274 words. No outage and no near-miss of one told. Found at rank 3 of the query 'Tiger Electronics toy "
 "company founded Randy Rissman handheld games Hasbro' (a toy and handheld-game maker named in round 70ad's leads); "
 "official-furby.fandom.com (rank 1; a fan wiki), theretroresurgence.com and awesomejelly.com (ranks 2 and 5; blog "
 "posts), enwikipedia.net (rank 4; a later revision naming Gerald, Randy and Arnold Rissman as founders, run into a "
 "bulleted list), gizmodo.co.uk, staging.kidscreen.com and chicagotribune.com (ranks 6-8; news articles, "
 "copyrighted) not used. Tiger Electronics, Randy Rissman, Roger Shiffman, Furby, Talkboy, Giga Pets, Shoot the Moon, "
 "Worlds of Wonder: " + CHECKED + " ('Tiger Electronics' in round 70ad's leads only; 'Hasbro', 'Sega', 'Texas "
 "Instruments' and 'K-Mart' named in texts on other matters).", "US", v3=True,
 copy_of="the Wikipedia article, via en.wikipedia.org's own rendering"))


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
