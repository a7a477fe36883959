#!/usr/bin/env python3
"""Batch 60c (session 56; gatherer lane 60c): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 57a, 57f, 57k, 57p, 57w, 58c, 58g, 58j, 58n,
59c and 59h, kept to two American media companies (a cable and teleprompter company, an animation producer) and two
American video game developers, new to the corpus: TelePrompTer Corporation, started about 1950 by Irving B. Kahn,
Fred Barton, Jr. and Hubert Schlafly, whose chairman Kahn stepped down before his 1971 conviction, buyer of the
Filmation studio from its three founders in 1969 and merged with H & B American Corporation in 1970 (media, US); DIC
Entertainment, founded in 1971 as DIC Audiovisuel by Jean Chalopin as a subsidiary of Radio-Television Luxembourg (RTL),
its US headquarters headed by Andy Heyward, Robby London and Michael Maliani, bought by Heyward in 1986, owned at times
by Capital Cities/ABC, The Walt Disney Company and Bain Capital, CBS Corporation's partner and a joint venturer with CBS
and American Greetings (animation, US); Origin Systems, the Austin developer of the Ultima and Wing Commander series
founded in 1983 by Richard and Robert Garriott, their father Owen and Chuck Bueche, bought by Electronic Arts in
September 1992 (video games, US); and Dynamix, Inc., the Eugene developer founded in 1984 by Jeff Tunnell and Damon
Slye, maker of Red Baron and The Incredible Machine for Electronic Arts, Activision and Sierra On-Line, which bought it
in 1990 (video games, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): wikimili.com's copy of 'TelePrompTer Corporation' (undated), wikipedia.classicistranieri.com's static copy of
'DIC Entertainment' (a revision of about late 2007), en.wikipedia.org's 'Jump to navigation' rendering of 'Origin
Systems' (a revision of 2019: its infobox's '36 years ago' from 1983) and en.wikipedia.org's 'Jump to: navigation'
rendering of 'Dynamix' (an older revision, about 2010-2017); each cut at a paragraph end or, for TelePrompTer and
Dynamix, at a sentence end before the sentence its excerpt breaks off (`truncated`); DIC's article kept whole up to its
'Productions' pointer and references (cut, so `truncated` too). Edits per item in `notes` (title, site and navigation
lines, infobox lines and notices cut; citation markers dropped; no word added or changed); `verify()` checks every kept
paragraph against the saved excerpt (/tmp/gather61c/src), the markers ('[1]', '[edit]', '[citation needed]') dropped
and whitespace runs compared as one space, as batches 55e-59h did. No text tells an outage; none tells a near-miss of
one beyond Kahn's conviction and a 'video-game crash' (a market slump). newskg (or any extractor) was not run on any
text. A round of four: six queries, four answered with English Wikipedia text on a company not yet in the corpus and
taken, the rest left (round notes, /work/notes/gather61/60c.md; queries, /tmp/gather61c/src/queries.txt).
usage: batch60c.py [POOL_DIR] [--dry]   (default /tmp/gather61c/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather61c/pool"
SRC = "/tmp/gather61c/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md (beyond the "
           "lead lists of earlier rounds), in the session-56 pools (/tmp/gather61*/pool) and in "
           "/work/notes/gather61/CLAIMS.txt as they stood when checked (`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- media, US: TelePrompTer Corporation (wikimili.com's copy, undated) --------------------------------------------
TP = [
 "TelePrompTer Corporation was an American media company that existed from approximately 1950 until 1981. The company "
 "was named for its eponymous primary product, a display device invented by Hubert Schlafly which scrolls text to "
 "people on video or giving speeches, replacing cue cards or scripts. Branded as the \"TelePrompTer\", the name has "
 "become a genericized trademark as \"teleprompter\".",
 "The company started around 1950 by businessman Irving B. Kahn; Fred Barton, Jr., a Broadway theatre actor; and "
 "Schlafly, an electrical engineer. Schlafly had invented the teleprompter in order to help a soap opera actor who "
 "could not remember his lines. He unveiled the device on the set of the CBS soap opera, The First Hundred Years , in "
 "1950. Initially, public relations personnel handled the teleprompters.",
 "TelePrompTer sold its eponymous business in the 1960s and invested in cable and satellite broadcast services. "
 "Schlafly went on to develop microwave video transmission services with Hughes Aircraft Company. Kahn was convicted "
 "in federal court in 1971 and imprisoned for 20 months for trying to bribe members of the Johnstown, Pennsylvania "
 "city council to award his company a local cable franchise. He was also convicted of perjury. Kahn had stepped down "
 "as chairman of TelePrompTer several months before his conviction. Kahn maintained, before and after his 20-month "
 "prison term, that the issue was extortion by the officials and not bribery by the company.",
 "In 1969, TelePrompTer acquired the Filmation animation studio from its founders, Lou Scheimer, Hal Sutherland and "
 "Norm Prescott. Scheimer continued as an executive producer for the company until its dissolution.",
 "TelePrompTer merged with H & B American Corporation in 1970, creating the nation's largest cable company at the "
 "time.",
 "TelePrompTer grew to become the largest cable television provider in the United States by 1973."]
KEPT["wp-teleprompter-corporation"] = ("teleprompter-wikimili.txt", TP)
R.append(wp("wp-teleprompter-corporation", "TelePrompTer Corporation",
 "https://wikimili.com/en/TelePrompTer_Corporation", "\n\n".join(TP),
 "media", ["history", "founding", "executives", "acquisition", "merger", "cable television"],
 "The article as wikimili.com's copy holds it in the page store (no revision id, no date; the rank-1 excerpt, without "
 "the 'Last updated' and 'Contents' lines of the same copy's rank-5 excerpt). Cut: citation markers ('[1]' to '[7]', "
 "also the run '[4] [5] [6]'); cut after '... the largest cable television provider in the United States by 1973.', "
 "before the sentence the excerpt breaks off ('The company was later sold to Westinghouse, merging the cable "
 "operations into We'; `truncated`; a cut inside a paragraph, at a sentence end), so Westinghouse is not in the text. "
 "No infobox, title line or heading in this excerpt. No word added or changed. Kept as written: 'existed from "
 "approximately 1950 until 1981', 'Branded as the \"TelePrompTer\", the name has become a genericized trademark as "
 "\"teleprompter\"', 'The company started around 1950 by businessman Irving B. Kahn; Fred Barton, Jr., a Broadway "
 "theatre actor; and Schlafly, an electrical engineer' (the semicolons so), 'the CBS soap opera, The First Hundred "
 "Years , in 1950' (the space before the comma as the copy has it), 'Schlafly went on to develop microwave video "
 "transmission services with Hughes Aircraft Company', 'the Johnstown, Pennsylvania city council', 'Kahn had stepped "
 "down as chairman of TelePrompTer several months before his conviction', 'In 1969, TelePrompTer acquired the "
 "Filmation animation studio from its founders, Lou Scheimer, Hal Sutherland and Norm Prescott', 'Scheimer continued "
 "as an executive producer for the company until its dissolution', 'TelePrompTer merged with H & B American "
 "Corporation in 1970'. 292 words. No outage and no near-miss of one told (Kahn's bribery and perjury convictions are "
 "a criminal matter). Recorded CC BY-SA 4.0 (doubtful: undated; wikimili.com's copies are of recent revisions, as "
 "batches 56f, 58e and 58j recorded theirs; the text matches en.wikipedia.org's current '= Title =' rendering, rank 3 "
 "of the same query). Found at rank 1 of the query 'TelePrompTer Corporation founded Irving B. Kahn Hubert Schlafly "
 "Fred Barton cable television Filmation' (batch 59h's lead); en.wikipedia.org's 'Jump to' rendering (rank 2; older, "
 "'Schafly' misspelt, breaks off earlier), its '= Title =' rendering (rank 3; breaks off at 'TelePrompTer merged with "
 "H & B'), an address-less early stub (rank 4), wikimili.com's same copy with its page lines (rank 5), alchetron.com "
 "(rank 6), theinfolist.com (rank 7; glosses woven into the text) and de.knowledgr.com (rank 8; German) not used. "
 "TelePrompTer, Teleprompter, Schlafly, Irving B. Kahn, Filmation, H & B American: " + CHECKED + " ('TelePrompTer' "
 "and 'Filmation' only in GATHERING.md's lead lists; 'Hughes Aircraft' and 'CBS' in texts on other matters).",
 "US", copy_of="the Wikipedia article, via WikiMili, a site rendering Wikipedia pages"))

# ---- animation, US: DIC Entertainment (wikipedia.classicistranieri.com's static copy, about late 2007) --------------
DIC = [
 "DIC Entertainment (pronounced \"deek\") is an international film and television production company which was "
 "founded in 1971 as DIC Audiovisuel by Jean Chalopin in Luxembourg, as a subsidiary of Radio-Television Luxembourg "
 "(RTL). The company's name was originally an acronym for Diffusion, Information et Communication. The company's "
 "United States headquarters, established in 1982 and headed by Andy Heyward, Robby London and Michael Maliani, are "
 "in Burbank, California.",
 "In 1986, Heyward bought the company, thus making the US headquarters the main base of operations. DIC is currently "
 "independent, but at different times in the past was owned (at times outright, and at times with a half-interest) "
 "by The Walt Disney Company, Capital Cities/ABC (before being acquired by Disney) and Bain Capital.",
 "In addition to animated (and occasionally live-action) television shows, DIC produced live-action feature films "
 "while under Disney, including 1998's Meet the Deedles and 1999's Inspector Gadget. One current project of DIC's "
 "Heyward is an animated series starring billionaire Warren Buffett, The Secret Millionaire's Club.",
 "In early 2006, DIC Entertainment and CBS Corporation signed a multi-year deal to unveil a new 3-hour long "
 "programming block for Saturday mornings on CBS. The resulting \"KOL Secret Slumber Party on CBS\" was launched the "
 "following fall. On September 15, 2007, a new programming block: KEWLopolis premiered, a joint venture between DIC, "
 "CBS, and American Greetings."]
KEPT["wp-dic-entertainment"] = ("dic-classicistranieri.txt", DIC)
R.append(wp("wp-dic-entertainment", "DIC Entertainment",
 "https://wikipedia.classicistranieri.com/en/articles/d/i/c/DIC_Entertainment_c7ce.html", "\n\n".join(DIC),
 "animation", ["history", "founding", "executives", "ownership", "partnerships", "joint venture"],
 "The article as wikipedia.classicistranieri.com's static copy of English Wikipedia holds it in the page store (no "
 "revision id; 'On September 15, 2007, a new programming block: KEWLopolis premiered' in the past tense and 'DIC is "
 "currently independent' before Cookie Jar's purchase of June 2008 date it to about late 2007, as batch 56's "
 "Siemens VDO text dated the same site's December 2007 copy). Cut: the title line 'DIC Entertainment'; 'From "
 "Wikipedia, the free encyclopedia'; citation markers ('[1]', ' [2]'); the section '[edit] Productions' with its "
 "only line 'See List of DIC Entertainment productions' and the section '[edit] References' with its two references "
 "(a Fox News headline and a DIC Entertainment release's title); the article's running text is otherwise whole "
 "(`truncated`, for the cut sections). No infobox in this copy. No word added or changed. Kept as written: 'DIC "
 "Entertainment (pronounced \"deek\") is an international film and television production company which was founded "
 "in 1971 as DIC Audiovisuel by Jean Chalopin in Luxembourg, as a subsidiary of Radio-Television Luxembourg (RTL)', "
 "\"The company's United States headquarters, established in 1982 and headed by Andy Heyward, Robby London and "
 "Michael Maliani, are in Burbank, California\", 'In 1986, Heyward bought the company', 'at different times in the "
 "past was owned (at times outright, and at times with a half-interest) by The Walt Disney Company, Capital "
 "Cities/ABC (before being acquired by Disney) and Bain Capital', \"1998's Meet the Deedles and 1999's Inspector "
 "Gadget\", 'a new 3-hour long programming block', 'The resulting \"KOL Secret Slumber Party on CBS\" was launched "
 "the following fall', 'a new programming block: KEWLopolis premiered, a joint venture between DIC, CBS, and American "
 "Greetings'. 220 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (a revision of about 2007, "
 "text of then GFDL-licensed Wikipedia relicensed under CC BY-SA 3.0 in 2009, as batch 56's Siemens VDO and Rift "
 "Valley Railways texts from the same site recorded theirs; doubtful: the site's terms page was not seen). Found at "
 "rank 4 of the query 'DIC Enterprises founded Jean Chalopin Andy Heyward RTL Capital Cities/ABC Disney Cookie Jar' "
 "(batch 59h's lead, the section's words); sushipackdic.fandom.com (rank 1; a fan wiki), an address-less infobox "
 "table (rank 2), en.wikipedia.org's '= Title =' rendering (rank 3; breaks off at the first heading), movatter.jp "
 "(rank 5; a proxy's tables), research.omicsgroup.org, en.academic.ru and popflock.com (ranks 6-8; infobox lines "
 "woven in, later revisions breaking off early) not used. DIC Entertainment, DIC Audiovisuel, Chalopin, Heyward, "
 "KEWLopolis, American Greetings: " + CHECKED + " ('DIC Entertainment', 'Chalopin' and 'Heyward' only in "
 "GATHERING.md's lead lists; 'Bain Capital', 'CBS' and 'Walt Disney' in texts on other matters).", "US", v3=True,
 copy_of="the Wikipedia article, via a static copy of English Wikipedia of about 2007"))

# ---- video games, US: Origin Systems (en.wikipedia.org's 'Jump to navigation' rendering, 2019) ---------------------
OS = [
 "Origin Systems was an American video game developer based in Austin, Texas. It was founded on March 3, 1983, by "
 "Richard Garriott and his brother Robert. Origin is best known for their groundbreaking work in multiple genres of "
 "video games, such as the Ultima and Wing Commander series. The company was purchased by Electronic Arts in 1992.",
 "Brothers Richard and Robert Garriott, their astronaut-engineer father Owen, and programmer Chuck Bueche founded "
 "Origin Systems in 1983 because of the trouble they had collecting money owed to Richard for his games released by "
 "other companies. Origin was initially based in the Garriotts' garage in Houston, Texas. The company's first game was "
 "Ultima III: Exodus; because of Ultima's established reputation, Origin survived the video-game crash of 1983. It "
 "published many non-Ultima games, and Richard Garriott claimed that he received the same royalty rate as other "
 "developers.",
 "By 1988 Origin had 15 developers in Austin, Texas, and another 35 employees in New Hampshire. In September 1992, "
 "Electronic Arts acquired the company for $35 million in stock, despite a dispute between the two companies over "
 "EA's 1987 game Deathlord. Origin, with about $13 million in annual revenue, stated that it had considered an IPO "
 "before agreeing to the deal.",
 "By 1996, Origin had expanded to more than 300 employees, most of whom were divided among small, largely autonomous "
 "development teams."]
KEPT["wp-origin-systems"] = ("origin-enwiki.txt", OS)
R.append(wp("wp-origin-systems", "Origin Systems", "https://en.wikipedia.org/wiki/Origin_Systems", "\n\n".join(OS),
 "video games", ["history", "founding", "acquisition", "products"],
 "The article as en.wikipedia.org's 'Jump to navigation' rendering holds it in the page store (no revision id; the "
 "infobox's 'Founded March 4, 1983; 36 years ago' dates it to 2019). Cut: the title line 'Origin Systems'; 'From "
 "Wikipedia, the free encyclopedia'; 'Jump to navigation Jump to search'; the infobox lines ('Origin Systems, Inc.', "
 "'IndustryVideo games', 'SuccessorDestination Games', 'FoundedMarch 4, 1983; 36 years ago (1983-03-04) in Houston, "
 "Texas, U.S.', 'FounderRichard Garriott Edit this on Wikidata', 'Defunct2004 (2004)', 'HeadquartersAustin, Texas, "
 "U.S.', 'Key people', 'ProductsUltima series', 'Wing Commander series', 'Crusader series', 'Strike Commander', "
 "'System Shock', 'Wings of Glory', 'ParentElectronic Arts', '(archived from 1997)'; cut as batches 54zu-59h cut "
 "their infoboxes, so the successor Destination Games, the founding date of March 4 and the other products are not "
 "in the text); citation markers ('[1]' to '[7]'); cut after '... largely autonomous development teams.', before the "
 "sentence the excerpt breaks off ('In 1997, Origin released one of the earliest graphical MMORPGs, U'; `truncated`; "
 "a cut inside a paragraph, at a sentence end). No word added or changed. Kept as written: 'It was founded on March "
 "3, 1983, by Richard Garriott and his brother Robert' (the lead's March 3 against the infobox's March 4, as the "
 "revision has them), 'Brothers Richard and Robert Garriott, their astronaut-engineer father Owen, and programmer "
 "Chuck Bueche founded Origin Systems in 1983', \"the Garriotts' garage\", 'The company's first game was Ultima III: "
 "Exodus; because of Ultima's established reputation, Origin survived the video-game crash of 1983', 'By 1988 "
 "Origin had 15 developers', 'In September 1992, Electronic Arts acquired the company for $35 million in stock, "
 "despite a dispute between the two companies over EA's 1987 game Deathlord'. 225 words. No outage and no near-miss "
 "of one told ('the video-game crash of 1983' is a market slump). Recorded CC BY-SA 3.0 (a revision of 2019, before "
 "Wikimedia's move to 4.0 of June 2023). Found at rank 6 of the query 'Origin Systems was an American video game "
 "developer founded by Richard Garriott and Robert Garriott Austin acquired by Electronic Arts 1992'; "
 "wiki.scummvm.org (rank 1; three sentences), movatter.jp and wikiwand.com (ranks 2, 4; infobox tables woven in), a "
 "railway.app page (rank 3; an AI-written text with its links dropped), amiga.abime.net (rank 5; the site's own "
 "text), en.wikipedia.org's '= Title =' rendering (rank 7; a figure dropped from 'sold more than software units') "
 "and perceptioro.com (rank 8; Romanian) not used. Origin Systems, Garriott, Bueche, Deathlord: " + CHECKED +
 " ('Origin Systems' only in GATHERING.md's lead lists; 'Ultima' only inside longer words such as "
 "'ultimately', no whole-word hit; 'Wing Commander' in a test text on another developer, left unopened).", "US", v3=True,
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- video games, US: Dynamix (en.wikipedia.org's 'Jump to: navigation' rendering, about 2010-2017) ----------------
DX = [
 "Dynamix, Inc. was an American developer of video games from 1984 to 2001, best known for the flight simulator Red "
 "Baron, the puzzle game The Incredible Machine, the Front Page Sports series, the acclaimed Betrayal at Krondor, and "
 "their online multiplayer game Tribes.",
 "The company was founded in Eugene, Oregon in 1984 by Jeff Tunnell and Damon Slye. Their first title, Stellar 7, "
 "was released before company founding and was later re-released with the Dynamix name on it. They made a number of "
 "games for the Commodore 64, among them Project Firestart which was one of the most atmospheric titles for the C64.",
 "In the following years, Dynamix created a line of action games for Electronic Arts, including one of the first "
 "games for the Commodore Amiga, Arcticfox. Later titles were developed for Activision. After self-publishing their "
 "games for a short while, in 1990 Dynamix was bought by Sierra On-Line.",
 "Once part of Sierra, Dynamix created some of their most famous games, including a line of adventures and flight "
 "simulations that included Red Baron and The Adventures of Willy Beamish. They also created the puzzle game The "
 "Incredible Machine, along with the spinoff Sid & Al's Incredible Toons. Another successful product line was the "
 "Front Page Sports series, designed by Pat Cook and Allen McPheeters which included Football, Baseball, and Golf. "
 "Versions of Red Baron and Front Page Sports Football were included as part of the ImagiNation Network.",
 "In 1994, the first game in a new series called Metaltech was released, a giant robot combat game with similarities "
 "to the BattleTech universe and games."]
KEPT["wp-dynamix"] = ("dynamix-enwiki.txt", DX)
R.append(wp("wp-dynamix", "Dynamix", "https://en.wikipedia.org/wiki/Dynamix", "\n\n".join(DX),
 "video games", ["history", "founding", "acquisition", "products", "publishers"],
 "The article as en.wikipedia.org's 'Jump to: navigation' rendering holds it in the page store (no revision id; the "
 "colon form of the navigation line, used by MediaWiki before 2018, and the plain infobox date it to about "
 "2010-2017). Cut: 'From Wikipedia, the free encyclopedia'; 'Jump to: navigation, search'; the hatnote 'For other "
 "uses, see Dynamix (disambiguation).'; the infobox lines ('Dynamix, Inc.', 'Industry Interactive entertainment', "
 "'Founded 1984', 'Defunct August 14, 2001', 'Headquarters Eugene, Oregon, United States', 'Key people', 'Jeff "
 "Tunnell and Damon Slye (Founders)', 'Website www.dynamix.com (Defunct)'; cut as batches 54zu-59h cut their "
 "infoboxes, so the closing date is not in the text); cut after '... similarities to the BattleTech universe and "
 "games.', before the sentence the excerpt breaks off ('This series resulted in two Earthsiege games and eventually "
 "'; `truncated`; a cut inside a paragraph, at a sentence end). No citation markers in this rendering. No word added "
 "or changed. Kept as written: 'Dynamix, Inc. was an American developer of video games from 1984 to 2001', 'The "
 "company was founded in Eugene, Oregon in 1984 by Jeff Tunnell and Damon Slye', 'Their first title, Stellar 7, was "
 "released before company founding', 'among them Project Firestart which was one of the most atmospheric titles for "
 "the C64', 'Dynamix created a line of action games for Electronic Arts, including one of the first games for the "
 "Commodore Amiga, Arcticfox', 'Later titles were developed for Activision', 'in 1990 Dynamix was bought by Sierra "
 "On-Line', 'Once part of Sierra', 'the Front Page Sports series, designed by Pat Cook and Allen McPheeters which "
 "included Football, Baseball, and Golf', 'Versions of Red Baron and Front Page Sports Football were included as part "
 "of the ImagiNation Network', 'a new series called Metaltech was released'. 264 words. No outage and no near-miss of "
 "one told. Recorded CC BY-SA 3.0 (a revision of about 2010-2017). Found at rank 7 of the query 'Dynamix was an "
 "American video game developer founded in 1984 by Jeff Tunnell and Damon Slye Eugene Oregon acquired by Sierra "
 "On-Line'; retro-replay.com, mobygames.com (twice), edwardlovewriter.com, game-nostalgia.com (twice) and "
 "retro365.blog (ranks 1-6, 8; the sites' own texts, copyrighted) not used. Dynamix, Tunnell, Damon Slye, Red Baron, "
 "Incredible Machine, Front Page Sports: " + CHECKED + " ('Dynamix' only in GATHERING.md's lead lists; 'Sierra "
 "On-Line' in texts on other matters).", "US", v3=True,
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
