#!/usr/bin/env python3
"""Batch 58n (session 55; gatherer lane 58n): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 57a, 57f, 57k, 57p, 57w, 58c, 58g and 58j,
kept to mid-size video game companies of Australia, France and Germany, new to the corpus: the Canberra developer
founded in 1985 by John De Margheriti, its CEO, who also founded the Academy of Interactive Entertainment, maker of
games for Electronic Arts, SSG Strategic Studies Group, Panasonic/Ripcord, THQ and Interplay (video games, Australia);
the Sydney developer founded in May 2003 by creative director Brendan McNamara, formerly of Team Soho, maker of L.A.
Noire (funded by Sony Computer Entertainment Australia, published by Rockstar Games), whose assets went to Kennedy
Miller Mitchell's KMM Interactive Entertainment before its liquidation in October 2011 (video games, Australia); the
Paris developer and publisher founded in 1984 by Roland Oskian, a former executive at Matra Espace, maker of Gobliiins
and Adibou (video games, France); and the Gütersloh developer founded as Ascon by Holger Flöttmann in 1991, maker of
the Patrician, Port Royale and Sacred games, distributor for Focus Home Interactive, insolvent in 2009, its licences
and assets bought by Kalypso Media and Deep Silver (video games, Germany).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): the-uncensored-wiki.com's copy of 'Micro Forté' (the Kiwix dump wikipedia_en_all_2016-02), en.wikipedia.org's
'Jump to: navigation, search' rendering of 'Team Bondi' (of about 2017-2018), en.wikipedia.org's 'From Wikipedia, the
free encyclopedia' rendering of 'Coktel Vision' (of about late 2023) and en.wikipedia.org's '= Title =' rendering of
'Ascaron' (undated); each cut at a paragraph or sentence end (`truncated`). Edits per item in `notes` (title and site
lines, infobox lines, headings and citation markers cut; no word added or changed); `verify()` checks every kept
paragraph against the saved excerpt (/tmp/gather59n/src), the markers ('[1]', '[edit]', '[citation needed]') dropped
and whitespace runs compared as one space, as batches 55e-58j did. No text tells an outage; three tell near-misses of
one (Team Bondi's administration and liquidation, Ascaron's administration and dissolution, Micro Forté's years
outside game development: business events, no service said to be lost). newskg (or any extractor) was not run on any
text. A round of four: eleven queries, four answered with English Wikipedia text on a company not yet in the corpus
and taken, seven left (round notes, /work/notes/gather59/58n.md; queries, /tmp/gather59n/src/queries.txt).
usage: batch58n.py [POOL_DIR] [--dry]   (default /tmp/gather59n/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather59n/pool"
SRC = "/tmp/gather59n/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-55 pools (/tmp/gather59*/pool) and in /work/notes/gather59/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- video games, Australia: Micro Forté (the-uncensored-wiki.com's copy, Kiwix wikipedia_en_all_2016-02) ----------
MF = [
 "Micro Forté now known as Micro Forté Studios, is an Australian electronic entertainment company with development "
 "studios in Canberra, Australia and Sydney, Australia. Founded in 1985 by John De Margheriti at a time when there was "
 "little game development presence in Australia, Micro Forté has been closely linked to the growth of the Australian "
 "game development industry, with CEO John De Margheriti initiating events such as the Australian Game Developers "
 "Conference (AGDC) and founding the Academy of Interactive Entertainment (AIE) which have helped to lift the profile "
 "and create a pool of talent for the industry in Australia.",
 "Micro Forté Studios is now primarily a developer of MMO games and virtual world content.",
 "Micro Forté\u2019s first title developed for Electronic Arts and released in 1986 was the Americas Cup Sailing "
 "Simulation for the Commodore 64 platform. Their second title also developed for Electronic Arts, Demon Stalkers was "
 "well received following its release in 1987. The sequel Fire King was published by SSG Strategic Studies Group in "
 "1989.",
 "For a number of years the company pursued other activities outside the arena of game development, returning in 1994 "
 "to game development creating two children\u2019s titles Nordice and Bombs Away. Micro Forté then developed titles "
 "for other international publishers including Enemy Infestation (Panasonic/Ripcord), HotWheels Bash Arena (THQ), and "
 "Fallout Tactics: Brotherhood of Steel (Interplay). Their most widely known title, Fallout Tactics: Brotherhood of "
 "Steel was published by Interplay and was a squad based tactical game based on the Fallout (video game) universe, "
 "and achieved scores between 80 and 90 from reviewers and fans alike."]
KEPT["wp-micro-forte"] = ("microforte-uncensoredwiki-2016.txt", MF)
R.append(wp("wp-micro-forte", "Micro Forté",
 "http://the-uncensored-wiki.com:20161/2016-wikipedia_en_all_2016-02/A/Micro_Fort%C3%A9.html",
 "\n\n".join(MF),
 "video games", ["history", "founding", "leadership", "products", "publishers"],
 "The article as the-uncensored-wiki.com's copy holds it in the page store (the Kiwix dump "
 "'2016-wikipedia_en_all_2016-02' named in its address: a revision of February 2016 or shortly before; no revision "
 "id). Cut: the title line 'Micro Forté'; the infobox lines ('Private | |', 'Industry | Interactive entertainment |', "
 "'Founded | Canberra, Australia (1985) |', 'Headquarters | Canberra, Australia |', 'Key people | John De Margheriti "
 "(CEO) |', 'Number of employees | ~40 (2008) |', 'Website | www.microforte.com |'), so the staff count is not in the "
 "text (cut as batches 54zu-58j cut their infoboxes; the CEO post is also in the running text); the heading "
 "'History'; the citation marker '[1]'; cut after '... achieved scores between 80 and 90 from reviewers and fans "
 "alike.', before the heading the excerpt breaks off ('Development of BigWorld Technolog'; `truncated`; a cut at a "
 "paragraph end). The single line breaks made blank lines. No word added or changed. Kept as written: 'Micro Forté now "
 "known as Micro Forté Studios, is' (no comma before 'now'), 'in Canberra, Australia and Sydney, Australia', "
 "'Founded in 1985 by John De Margheriti at a time when', 'with CEO John De Margheriti initiating events such as the "
 "Australian Game Developers Conference (AGDC) and founding the Academy of Interactive Entertainment (AIE)', 'MMO "
 "games', \"Micro Forté\u2019s first title\" and \"children\u2019s titles\" (typographic apostrophes), 'the Americas "
 "Cup Sailing Simulation for the Commodore 64 platform', 'Their second title also developed for Electronic Arts, Demon "
 "Stalkers was well received', 'The sequel Fire King was published by SSG Strategic Studies Group in 1989.', "
 "'Enemy Infestation (Panasonic/Ripcord), HotWheels Bash Arena (THQ), and Fallout Tactics: Brotherhood of Steel "
 "(Interplay)' ('HotWheels' one word), 'Their most widely known title, Fallout Tactics: Brotherhood of Steel was "
 "published by Interplay', 'based on the Fallout (video game) universe' (a link's disambiguated title run into the "
 "text, kept as the copy has it). 261 words. No outage told; one near-miss ('For a number of years the company "
 "pursued other activities outside the arena of game development': a change of business, no service lost). Recorded "
 "CC BY-SA 3.0 (a revision of about February 2016, before Wikimedia's move to 4.0 of June 2023, as batches 55n, 58c "
 "and 58e recorded their older copies). Found at rank 5 of the query 'Micro Forté Australian video game developer "
 "founded in 1985 by John De Margheriti, Canberra, BigWorld'; piglix.com (rank 1; a later revision, of about 2017, "
 "worded 'Micro Forté Studios is an Australian ...' and 'with CEO De Margheriti'; the copy the Kiwix dump dates was "
 "preferred), absoluteastronomy.com (rank 2; glosses run into the text), playitagainproject.com (rank 3), "
 "microforte.com (rank 4; the company's own history, copyrighted), smh.com.au (rank 6; news, copyrighted) and "
 "tsumea.com (ranks 7-8; comments and news) not used. Micro Forté, Micro Forte, Margheriti, Academy of Interactive "
 "Entertainment, Strategic Studies Group, Demon Stalkers, Fallout Tactics, Ripcord, BigWorld: " + CHECKED + " ('Electronic "
 "Arts', 'THQ', 'Interplay' and 'Panasonic' in texts on other matters).", "non-US",
 v3=True, copy_of="the Wikipedia article, via the-uncensored-wiki.com's copy of the Kiwix dump of February 2016"))

# ---- video games, Australia: Team Bondi (en.wikipedia.org's 'Jump to: navigation, search' rendering, about 2017) ------
TB = [
 "Team Bondi Pty. Limited (/\u02c8b\u0252nd/ BON-dy) was an Australian video game developer based in Sydney. The "
 "company was founded by creative director Brendan McNamara, formerly of Team Soho, in May 2003. The studio's first "
 "and only title, the action-adventure game L.A. Noire, was announced in July 2005. The development was originally "
 "funded and overlooked by Sony Computer Entertainment Australia, although all publishing duties later switched hands "
 "to Rockstar Games. L.A. Noire was released by Rockstar Games, initially for PlayStation 3 and Xbox 360 in May 2011, "
 "to both commercial and critical success. Despite the positive reception, Team Bondi faced several allegations of "
 "poor working conditions by several former employees, causing severe controversy for the studio, leading Rockstar "
 "Games to part ways with Team Bondi following L.A. Noire's release. As a result of this, the developer saw itself "
 "unable to sign a publishing deal for a new game that was being written by McNamara.",
 "In early August 2011, many of the company's assets, including a portion of the staff and the intellectual property "
 "McNamara's new game, were acquired by film production company Kennedy Miller Mitchell and transferred to their "
 "newly-established KMM Interactive Entertainment subsidiary. In November 2011, the acquired IP was announced to be "
 "Whore of the Orient, a spiritual successor to L.A. Noire. Team Bondi, close to bankruptcy, filed for administration "
 "on 31 August 2011, and finally entered liquidation on 5 October 2011."]
KEPT["wp-team-bondi"] = ("teambondi-enwiki.txt", TB)
R.append(wp("wp-team-bondi", "Team Bondi", "https://en.wikipedia.org/wiki/Team_Bondi",
 "\n\n".join(TB),
 "video games", ["history", "founding", "leadership", "publishing", "asset sale", "liquidation"],
 "The article as an older en.wikipedia.org rendering ('From Wikipedia, the free encyclopedia', 'Jump to: navigation, "
 "search') holds it in the page store (no revision id; the infobox's 'Founded 13 May 2003; 14 years ago' dates it "
 "between 13 May 2017 and 12 May 2018). Cut: the title line 'Team Bondi', the lines 'From Wikipedia, the free "
 "encyclopedia' and 'Jump to: navigation, search'; the infobox lines ('Team Bondi Pty. Limited', 'Industry Video game "
 "industry', 'Fate Liquidation', 'Founded 13 May 2003; 14 years ago (2003-05-13)', 'Founder Brendan McNamara', "
 "'Defunct 5 October 2011 (2011-10-05)', 'Headquarters Sydney, Australia', 'Key people', 'Products L.A. Noire'), so "
 "the day of founding (13 May 2003) is not in the text (cut as batches 54zu-58j cut their infoboxes); cut after '... "
 "and finally entered liquidation on 5 October 2011.', before the sentence the excerpt breaks off ('KMM Interactive "
 "Entertainment was shut down in April 2013, following Warner Bros.' withdrawal from the Whore of the Orient project, "
 "with the game being cancelled la'; `truncated`; a cut inside a paragraph, at a sentence end), so Warner Bros. and "
 "the subsidiary's closing are not in the text. No citation markers in this rendering. No word added or changed. Kept "
 "as written: '(/\u02c8b\u0252nd/ BON-dy)' (the pronunciation as the rendering gives it, its last vowel lost), "
 "'founded by creative director Brendan McNamara, formerly of Team Soho, in May 2003', 'The development was "
 "originally funded and overlooked by Sony Computer Entertainment Australia, although all publishing duties later "
 "switched hands to Rockstar Games.', 'leading Rockstar Games to part ways with Team Bondi', 'unable to sign a "
 "publishing deal for a new game that was being written by McNamara', 'the intellectual property McNamara's new game' "
 "(no 'of'), 'were acquired by film production company Kennedy Miller Mitchell and transferred to their "
 "newly-established KMM Interactive Entertainment subsidiary', 'the acquired IP was announced to be Whore of the "
 "Orient', 'filed for administration on 31 August 2011, and finally entered liquidation on 5 October 2011'. 233 "
 "words. No outage told; one near-miss (the administration and liquidation: a business failure, no service said to "
 "be lost). Recorded CC BY-SA 3.0 (a revision of 2017-2018, before Wikimedia's move to 4.0 of June 2023, as batches "
 "40ze-58e recorded their older renderings). Found at rank 3 of the query 'Team Bondi was an Australian video game "
 "developer founded by Brendan McNamara, Sydney, L.A. Noire, Rockstar'; gtaboom.com (rank 1; a fan wiki whose licence "
 "the page does not state), australiavideogameindustry.wikia.com (rank 2; a reworked copy), gamesindustry.biz, "
 "tbreak.com, gamepolitics.com, playstationtrophies.org and eurogamer.net (ranks 4-8; news, copyrighted) not used. "
 "Team Bondi, Brendan McNamara, Team Soho, Kennedy Miller, KMM Interactive, L.A. Noire, Whore of the Orient: " + CHECKED +
 " ('Rockstar Games' and 'Sony Computer Entertainment' in texts on other matters).", "non-US",
 v3=True, copy_of="the Wikipedia article, an older rendering at its address"))

# ---- video games, France: Coktel Vision (en.wikipedia.org's 'From Wikipedia' rendering, about late 2023) ------------
CV = [
 "Coktel Vision (also known as Coktel and Coktel Studio) was a French video game developer and publisher based in "
 "Paris. It was best known for its educational and adventure games.",
 "Coktel Vision was founded in 1984 by Roland Oskian, an engineer and a former executive at Matra Espace. The French "
 "gaming market was still developing at the time, the company consisted of only several people who worked from "
 "Oskian's house, with Roland acting as a director and composer and his wife Catherine creating graphics and cover "
 "art.",
 "Coktel made its name by publishing simulation, action and narrative-driven adventure titles for the Thomson and "
 "Amstrad CPC computers. Their catalogue included both original and licensed games often based on Franco-Belgian "
 "comics such as Asterix, Lucky Luke and Blueberry. They saw a quick growth and in several years entered the "
 "edutainment market, while also starting to port their games to PC and Macintosh.",
 "In 1986, Muriel Tramis joined Coktel Vision. Known as the first female French video game designer, she quickly "
 "turned into the studios' leading talent, developing some of its best-selling games and gaining the informal title "
 "of \"Roberta Williams of France\". Tramis often explored political and social themes novel for its time such as "
 "imperialism, slavery and eroticism, collaborating with the cr\u00e9olit\u00e9 writer Patrick Chamoiseau. Yet her name "
 "is usually associated with more family-friendly series like Gobliiins co-created with Pierre Gilhodes and Adibou, "
 "the long-running commercially successful educational games that had sold over 1.5 million copies by 1997."]
KEPT["wp-coktel-vision"] = ("coktelvision-enwiki.txt", CV)
R.append(wp("wp-coktel-vision", "Coktel Vision", "https://en.wikipedia.org/wiki/Coktel_Vision",
 "\n\n".join(CV),
 "video games", ["history", "founding", "leadership", "products", "designers"],
 "The article as en.wikipedia.org's 'From Wikipedia, the free encyclopedia' rendering holds it in the page store (no "
 "revision id; the infobox's 'Founded1984; 39 years ago' and 'DefunctOctober 2005; 18 years ago' date it to October-"
 "December 2023). Cut: the title line 'Coktel Vision' and the line 'From Wikipedia, the free encyclopedia'; the "
 "infobox lines ('Coktel Vision', 'IndustryVideo games', 'Founded1984; 39 years ago (1984)', 'FounderRoland Oskian', "
 "'DefunctOctober 2005; 18 years ago (2005-10)', 'FateMerged into Mindscape'), so the closing and Mindscape are not "
 "in the text (cut as batches 54zu-58j cut their infoboxes); the citation markers '[1]', '[2]' (twice), '[3][4]', "
 "'[5][6]' and '[7][8]'; the excerpt's two line breaks after the lead read as one paragraph break; cut after '... "
 "that had sold over 1.5 million copies by 1997.', before the paragraph the excerpt breaks off ('Tramis described "
 "Coktel Vision as a diverse company with a \"start-up atmosphere\" that allowed plenty of freedom to its "
 "designers.[9] During the early 1990'; `truncated`; a cut at a paragraph end), so the purchase by Sierra On-Line "
 "(later in the article) is not in the text. No word added or changed. Kept as written: '(also known as Coktel and "
 "Coktel Studio)', 'founded in 1984 by Roland Oskian, an engineer and a former executive at Matra Espace', 'The French "
 "gaming market was still developing at the time, the company consisted of only several people' (a comma splice), "
 "\"worked from Oskian's house, with Roland acting as a director and composer and his wife Catherine creating "
 "graphics and cover art\", 'for the Thomson and Amstrad CPC computers', 'Franco-Belgian comics such as Asterix, Lucky "
 "Luke and Blueberry', 'to PC and Macintosh', 'In 1986, Muriel Tramis joined Coktel Vision.', \"the studios' leading "
 "talent\" (so placed), 'the informal title of \"Roberta Williams of France\"', 'the cr\u00e9olit\u00e9 writer Patrick "
 "Chamoiseau', 'series like Gobliiins co-created with Pierre Gilhodes and Adibou'. 247 words. No outage and no "
 "near-miss of one told. Recorded CC BY-SA 4.0 (a revision of late 2023, after Wikimedia's move to 4.0 of June "
 "2023). Found at rank 1 of the query 'Coktel Vision was a French video game developer and publisher founded in 1984 "
 "by Roland Oskian, Sierra On-Line'; theinfolist.com (rank 2; glosses run into the text), up.railway.app (rank 3; a "
 "generated rewrite), ultimatepopculture.fandom.com, wikimili.com and an ipfs dweb.link copy (ranks 4, 5, 7; the same "
 "words, copies), friendlywiki.com (rank 6; wikitext) and pressreader.com (rank 8; Retro Gamer, copyrighted) not used. "
 "Coktel, Oskian, Matra Espace, Muriel Tramis, Gobliiins, Adibou, Gilhodes, Chamoiseau, Mindscape: " + CHECKED +
 " ('Amstrad', 'Thomson' and 'Macintosh' in texts on other matters).", "non-US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- video games, Germany: Ascaron (en.wikipedia.org's '= Title =' rendering, undated) ---------------------------------
AS = [
 "Ascaron Entertainment was a video game developer based in Germany. Founded as Ascon by Holger Fl\u00f6ttmann in 1991 "
 "and later renamed in October 1996 due to the possible confusion with the Swiss company Ascom AG, the company "
 "produced titles primarily for the PC until it became insolvent in 2009.",
 "Ascaron had its headquarters in G\u00fctersloh, a town in western Germany. It had a development studio in Aachen and "
 "an international office in Birmingham in the United Kingdom.",
 "Ascaron had a particular focus on strategy and management games. Among its early successes were the Patrician "
 "series (a trading simulation) and the On the Ball series (a soccer team management simulation). More recently, the "
 "company had developed games such as Port Royale (a pirate/trading simulation game), Sacred (an RPG) and Darkstar One "
 "(a space combat simulation).",
 "Ascaron was also known for publishing or distributing many games from smaller developers and publishers. Examples "
 "of games distributed by Ascaron in the UK include King's Bounty: The Legend, Audiosurf and several games in the "
 "TrackMania-series. The company distributed games from other European publishers, such as and Focus Home "
 "Interactive.",
 "In April 2009, the company was unable to pay its debts and went into administration, citing the extended "
 "development time of Sacred 2: Fallen Angel as the reason. The company continued trading in the hope that a solution "
 "could be found but was ultimately dissolved in July 2009, with Kalypso Media purchasing many of the licenses and "
 "assets from Ascaron Entertainment, with the notable exception of the licence for Sacred, which was acquired by Deep "
 "Silver (Germany). Gaming Minds Studios was then launched by Kalypso and former Ascaron employees. 15 former Ascaron "
 "developers joined the Gaming Minds Studios."]
KEPT["wp-ascaron"] = ("ascaron-enwiki.txt", AS)
R.append(wp("wp-ascaron", "Ascaron", "https://en.wikipedia.org/wiki/Ascaron",
 "\n\n".join(AS),
 "video games", ["history", "founding", "products", "distribution", "insolvency", "asset sale"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id). Cut: "
 "the title line '= Ascaron ='; the infobox lines ('Ascaron Entertainment', '- Foundation: 1991', '- Defunct: 2009', "
 "'- Industry: Video games', '- Products: The Patrician series, Port Royale series, Sacred series'; cut as batches "
 "54zu-58j cut their infoboxes); the heading '==Background and history=='; cut after '... 15 former Ascaron developers "
 "joined the Gaming Minds Studios.', before the paragraph the excerpt breaks off ('As of April 2'; `truncated`; a cut "
 "at a paragraph end). No citation markers in this rendering. No word added or changed. Kept as written: 'Founded as "
 "Ascon by Holger Fl\u00f6ttmann in 1991 and later renamed in October 1996 due to the possible confusion with the Swiss "
 "company Ascom AG', 'until it became insolvent in 2009', 'an international office in Birmingham in the United "
 "Kingdom', 'the On the Ball series (a soccer team management simulation)', 'Port Royale (a pirate/trading simulation "
 "game), Sacred (an RPG) and Darkstar One', 'several games in the TrackMania-series', 'from other European "
 "publishers, such as and Focus Home Interactive' (a name lost before 'and', as the rendering has it), 'with Kalypso "
 "Media purchasing many of the licenses and assets from Ascaron Entertainment, with the notable exception of the "
 "licence for Sacred, which was acquired by Deep Silver (Germany)' ('licenses' and 'licence' both), 'Gaming Minds "
 "Studios was then launched by Kalypso and former Ascaron employees.', '15 former Ascaron developers joined the Gaming "
 "Minds Studios.' 282 words. No outage told; one near-miss (the administration and the dissolution: a business "
 "failure, no service said to be lost). Recorded CC BY-SA 4.0 (doubtful: the revision is undated; the '= Title =' "
 "renderings that batches 55i and 56b dated were of 2024-2025, as batches 56j-58j recorded their undated ones). Found "
 "at rank 1 of the query 'Ascaron Entertainment German video game developer G\u00fctersloh founded 1991 by Holger "
 "Fl\u00f6ttmann, Patrician, Sacred'; de.zxc.wiki (rank 2; an English translation of German Wikipedia, not English "
 "Wikipedia's text), ascapedia.blogspot.com (ranks 3, 5; a German blog), gamestar.de (rank 4; German, copyrighted), "
 "de.wiki.li (rank 6; German), a web proxy's copy of de.wikipedia.org (rank 7) and gamicus.fandom.com (rank 8; an "
 "older reworked copy) not used. Ascaron, Fl\u00f6ttmann, Kalypso, Gaming Minds, Port Royale, Darkstar One, "
 "Patrician, TrackMania, Audiosurf, King's Bounty: " + CHECKED + " ('Deep Silver' in a test text and the scripts of "
 "batch 57a on another matter, a file-name hit only; 'Focus Home' only in GATHERING.md's lead lists; 'Ascom' only "
 "inside 'Orascom').", "non-US",
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
