#!/usr/bin/env python3
"""Batch 60f (session 56; gatherer lane 60f): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 57a, 57f, 57k, 57p, 57w, 58c, 58g, 58j, 58n,
59c, 59h and 60c, kept to an American video game developer, two American tabletop game publishers and an American
animation studio, new to the corpus: Irrational Games, the developer founded in 1997 by three former Looking Glass
Studios employees (Ken Levine, Jonathan Chey, Robert Fermier), bought by Take-Two Interactive in 2006 and rebranded
Ghost Story Games in 2017 (video games, US); Fantasy Flight Games, founded in 1995 as Fantasy Flight Publishing by its
CEO Christian T. Petersen, a division of Asmodee North America since 2014 and Games Workshop's partner from 2008 to
2016 (board games, US); Steve Jackson Games, founded in 1980 by Steve Jackson, maker of Ogre and Car Wars and
publisher of the magazine Pyramid, whose CEOs were Phil Reed (2014-2023) and Meredith Placko, formerly and again CEO
of Turbo Dork (board games, US); and Film Roman, LLC, the animation studio founded in 1984 by Phil Roman, owned by
Starz Inc. (a division of Lionsgate) and then Waterman Entertainment (animation, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' renderings of 'Irrational Games', 'Fantasy Flight Games' and 'Steve Jackson
Games' (undated; the last a revision of 2025 or later: it tells of April 2025) and wikimili.com's copy of 'Film
Roman' (undated); each cut at a paragraph end or, for Irrational Games and Fantasy Flight Games, at a sentence end
before the sentence its excerpt breaks off (`truncated`), Steve Jackson Games before its 'Raid by the Secret Service'
section and Film Roman at its excerpt's last paragraph end (`truncated` too: the articles go on). Edits per item in
`notes` (title lines, infobox lines, section headings and citation markers cut; no word added or changed); `verify()`
checks every kept paragraph against the saved excerpt (/tmp/gather61f/src), the markers ('[1]', '[edit]', '[citation
needed]') dropped and whitespace runs compared as one space, as batches 55e-60c did. No text tells an outage; none
tells a near-miss of one (the Secret Service raid on Steve Jackson Games, a seizure of computers, is cut with its
section). newskg (or any extractor) was not run on any text. A round of four: eight queries, four answered with
English Wikipedia text on a company not yet in the corpus and were taken, the rest left (round notes,
/work/notes/gather61/60f.md; queries, /tmp/gather61f/src/queries.txt).
usage: batch60f.py [POOL_DIR] [--dry]   (default /tmp/gather61f/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather61f/pool"
SRC = "/tmp/gather61f/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md (beyond the "
           "lead lists of earlier rounds), in the session-56 pools (/tmp/gather61*/pool) and in "
           "/work/notes/gather61/CLAIMS.txt as they stood when checked (`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- video games, US: Irrational Games (en.wikipedia.org's '= Title =' rendering, undated) ------------------------
IRR = [
 "Irrational Games (known as 2K Boston between 2007 and 2009) was an American video game developer founded in 1997 by "
 "three former employees of Looking Glass Studios: Ken Levine, Jonathan Chey, and Robert Fermier. Take-Two "
 "Interactive acquired the studio in 2006. The studio was best known for two of the games in the BioShock series, as "
 "well as System Shock 2, Freedom Force, and SWAT 4. In 2014, following the release of BioShock Infinite, Levine "
 "opted to significantly restructure the studio from around 90 to 15 employees and focus more on narrative games. In "
 "February 2017, the studio announced that it had been rebranded as Ghost Story Games and considered a fresh start "
 "from the original Irrational name, though still operating at the same business subsidiary under Take-Two.",
 "Irrational Games was formed in 1997 by Ken Levine, Jonathan Chey, and Robert Fermier, former Looking Glass Studios "
 "employees that left on good terms to start their own game development firm. They initially ran on a shoestring "
 "budget, running out of Levine's apartment. At that time, as a small studio, they were dependent on publisher "
 "support; their first project was to develop a single-player campaign for the game FireTeam, being published by "
 "Multitude, Inc., but within three weeks, Multitude decided to drop the single-player campaign, leaving the three "
 "without any job.",
 "They returned to Looking Glass looking for any opportunities."]
KEPT["wp-irrational-games"] = ("irrational-enwiki.txt", IRR)
R.append(wp("wp-irrational-games", "Irrational Games", "https://en.wikipedia.org/wiki/Irrational_Games",
 "\n\n".join(IRR),
 "video games", ["history", "founding", "acquisition", "products", "rebranding"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id). Cut: "
 "the title line '= Irrational Games ='; the infobox lines ('Irrational Games', '- Logo: Irrational Games.svg' to "
 "'- Parent: 2K (2006–2017)', with '- Successor: Ghost Story Games', '- Hq Location City: Westwood, Massachusetts', "
 "'- Key People: Ken Levine (creative director)' and the parent 2K), so the headquarters town, Levine's post and the "
 "parent 2K are not in the text (cut as batches 54zu-60c cut their infoboxes); the headings '== History ==' and "
 "'===Formation and initial games (1997-2005)==='; cut in the third paragraph after 'They returned to Looking Glass "
 "looking for any opportunities.', before the sentence the excerpt breaks off ('Looking Glass founder Paul Neurath "
 "agreed to give them a smal'; `truncated`; a cut inside a paragraph, at a sentence end), so Paul Neurath is not in "
 "the text. No citation markers in this rendering. No word added or changed. Kept as written: 'Irrational Games "
 "(known as 2K Boston between 2007 and 2009) was an American video game developer founded in 1997 by three former "
 "employees of Looking Glass Studios: Ken Levine, Jonathan Chey, and Robert Fermier', 'Take-Two Interactive acquired "
 "the studio in 2006', 'best known for two of the games in the BioShock series', 'following the release of BioShock "
 "Infinite, Levine opted to significantly restructure the studio from around 90 to 15 employees', 'rebranded as "
 "Ghost Story Games', 'though still operating at the same business subsidiary under Take-Two', 'former Looking Glass "
 "Studios employees that left on good terms', 'their first project was to develop a single-player campaign for the "
 "game FireTeam, being published by Multitude, Inc., but within three weeks, Multitude decided to drop the "
 "single-player campaign'. 228 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (doubtful: the "
 "revision is undated, as batches 56j-60d recorded their undated '= Title =' renderings). Found at rank 4 of the "
 "query 'Irrational Games was an American video game developer founded in 1997 by Ken Levine, Jonathan Chey and "
 "Robert Fermier acquired by Take-Two' (batch 60c's lead); review.clateway.com (rank 1; a proxy, the lead only), "
 "wn.com (rank 2; an aggregator's older lead with news items), memim.com (rank 3; a machine translation), "
 "wikimili.com (rank 5; the lead, then glosses of linked articles), zalansite.site (rank 6; a wikitext edit page), "
 "tvtropes.org (rank 7) and lcvg.com (rank 8; a forum) not used. Irrational Games, Ken Levine, Chey, Fermier, "
 "BioShock, Ghost Story Games: " + CHECKED + " ('Irrational Games' only in GATHERING.md's lead lists; 'Take-Two' in "
 "texts on other matters; 'Looking Glass' only as Level 3's Looking Glass Networks, another company; 'Multitude' "
 "only as a common word).", "US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- board games, US: Fantasy Flight Games (en.wikipedia.org's '= Title =' rendering, undated) --------------------
FFG = [
 "Fantasy Flight Games (FFG) is a game developer based in Roseville, Minnesota, United States, that creates and "
 "publishes role-playing, board, card, and dice games. In 2014, it became a division of Asmodee North America.",
 "Fantasy Flight Publishing was founded in 1995 by its CEO Christian T. Petersen. Since the release of its first game "
 "product (Twilight Imperium) in 1997, the company has been doing business as Fantasy Flight Games (FFG). Since that "
 "time, FFG has become one of the biggest names in the hobby games industry, being a marketplace leader in board "
 "games and maintaining strong businesses in the card game, roleplaying game, and miniature game categories.",
 "From 2000 through 2008, FFG produced a series of supplements and adventures for Dungeons & Dragons 3rd edition "
 "under the Open Gaming License. This series was collectively known as Legends & Lairs. These books included "
 "supplements for classes, expanded magic, and environments, as well as a series of Instant Adventure booklets.",
 "In 2008, FFG partnered with Games Workshop to represent Warhammer and Warhammer 40,000 settings in role-playing, "
 "board, and card games. FFG announced the end of that partnership on September 9, 2016. Effective February 28, "
 "2017, FFG no longer offers for sale any games made in conjunction with Games Workshop.",
 "In August 2011, Fantasy Flight Games acquired the license for card, miniature and role-playing games set in the "
 "Star Wars universe."]
KEPT["wp-fantasy-flight-games"] = ("fantasyflight-enwiki.txt", FFG)
R.append(wp("wp-fantasy-flight-games", "Fantasy Flight Games", "https://en.wikipedia.org/wiki/Fantasy_Flight_Games",
 "\n\n".join(FFG),
 "board games", ["history", "founding", "executives", "ownership", "partnerships", "licensing"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id). Cut: "
 "the title line '= Fantasy Flight Games ='; the infobox lines ('Fantasy Flight Games', '- Logo: Fantasy Flight "
 "Games.png' to '- Parent: Asmodee North America (2014–present)', with '- Founder: Christian T. Petersen' and '- Key "
 "People: Chris Gerber (CEO)'), so Chris Gerber is not in the text (cut as batches 54zu-60c cut their infoboxes); the "
 "heading '==History=='; cut in the fifth paragraph after '... set in the Star Wars universe.', before the sentence "
 "the excerpt breaks off ('They have also created board and card games for the well-known licenses Game of Thrones, "
 "... board games based upon popular computer g'; `truncated`; a cut inside a paragraph, at a sentence end). No "
 "citation markers in this rendering. No word added or changed. Kept as written: 'Fantasy Flight Games (FFG) is a "
 "game developer based in Roseville, Minnesota, United States', 'In 2014, it became a division of Asmodee North "
 "America', 'Fantasy Flight Publishing was founded in 1995 by its CEO Christian T. Petersen', 'its first game "
 "product (Twilight Imperium)', 'the company has been doing business as Fantasy Flight Games (FFG)', 'supplements "
 "and adventures for Dungeons & Dragons 3rd edition under the Open Gaming License', 'This series was collectively "
 "known as Legends & Lairs', 'In 2008, FFG partnered with Games Workshop to represent Warhammer and Warhammer "
 "40,000 settings', 'FFG announced the end of that partnership on September 9, 2016', 'Effective February 28, 2017, "
 "FFG no longer offers for sale any games made in conjunction with Games Workshop', 'acquired the license for card, "
 "miniature and role-playing games set in the Star Wars universe'. 228 words. No outage and no near-miss of one "
 "told. Recorded CC BY-SA 4.0 (doubtful: the revision is undated, as batches 56j-60d recorded their undated '= Title "
 "=' renderings). Found at rank 2 of the query 'Fantasy Flight Games is an American game publisher founded in 1995 "
 "by Christian T. Petersen acquired by Asmodee' (batch 60c's lead); tabletopgaming.co.uk and beastsofwar.com (ranks "
 "1, 7; news, copyrighted), en.wikipedia.org's 'Christian T. Petersen' in two renderings (ranks 3, 6; the founder's "
 "biography, the same matter from the person's side), wikimili.com (rank 4; an older revision), "
 "boardgames.about.com (rank 5) and dicetowerdish.com (rank 8; an interview) not used. Fantasy Flight, Asmodee, "
 "Christian T. Petersen, Twilight Imperium, Legends & Lairs: " + CHECKED + " ('Fantasy Flight' only in "
 "GATHERING.md's lead lists; 'Games Workshop' in texts on other matters).", "US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- board games, US: Steve Jackson Games (en.wikipedia.org's '= Title =' rendering, 2025 or later) ---------------
SJG = [
 "Steve Jackson Games (SJGames) is a game company, founded in 1980 by Steve Jackson, that creates and publishes "
 "role-playing, board, and card games, and (until 2019) the gaming magazine Pyramid.",
 "Founded in 1980, six years after the creation of Dungeons & Dragons, SJ Games created several role-playing and "
 "strategy games with science fiction themes. SJ Games' early titles were microgames initially sold in 4×7 inch "
 "Ziploc bags, and later in the similarly sized Pocket Box. Games such as Ogre, Car Wars, Illuminati, and G.E.V. (an "
 "Ogre spin-off) were popular during SJ Games' early years. Game designers such as Loren Wiseman and Jonathan "
 "Leistiko have worked for Steve Jackson Games.",
 "In April 2014, game designer Phil Reed became CEO of the company. In 2023, Reed stepped down, citing concerns about "
 "his health and personal life. Meredith Placko, previously CEO of paint company Turbo Dork, took his place. In April "
 "2025, Placko announced she would resign her position and go back to Turbo Dork as its CEO.",
 "Today SJ Games publishes a variety of games, such as card games, board games, strategy games, and in different "
 "genres, such as fantasy, science fiction, and gothic horror. It also published the book Principia Discordia, the "
 "sacred text of the Discordian religion."]
KEPT["wp-steve-jackson-games"] = ("stevejackson-enwiki.txt", SJG)
R.append(wp("wp-steve-jackson-games", "Steve Jackson Games", "https://en.wikipedia.org/wiki/Steve_Jackson_Games",
 "\n\n".join(SJG),
 "board games", ["history", "founding", "executives", "products"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (no revision id; 'In April "
 "2025, Placko announced' and the infobox's 'Revenue Year: 2023' date it to 2025 or later). Cut: the title line '= "
 "Steve Jackson Games ='; the infobox lines ('Steve Jackson Games', '- Logo: Steve Jackson Games logo.png' to '- "
 "Homepage: www.sjgames.com/', with '- Location City: Austin, Texas', '- Owner: Steve Jackson', '- Products: "
 "Munchkin, Chez Geek, Car Wars, Ogre, GURPS' and the revenue and staff figures), so Austin, the owner line, Munchkin "
 "and GURPS are not in the text (cut as batches 54zu-60c cut their infoboxes); the heading '==History=='; cut after "
 "'... the sacred text of the Discordian religion.', before the sub-heading '===Raid by the Secret Service===' and "
 "the paragraph the excerpt breaks off in ('On March 1, 1990, the Secret Service raided the offices ... a genre "
 "toolkit for cyberpunk '; `truncated`; a cut at a paragraph end), so the raid is not in the text. No citation "
 "markers in this rendering. No word added or changed. Kept as written: 'Steve Jackson Games (SJGames) is a game "
 "company, founded in 1980 by Steve Jackson, that creates and publishes role-playing, board, and card games, and "
 "(until 2019) the gaming magazine Pyramid', 'six years after the creation of Dungeons & Dragons', '4×7 inch Ziploc "
 "bags' (the multiplication sign as the rendering has it), 'G.E.V. (an Ogre spin-off)', 'Game designers such as "
 "Loren Wiseman and Jonathan Leistiko have worked for Steve Jackson Games', 'In April 2014, game designer Phil Reed "
 "became CEO of the company. In 2023, Reed stepped down', 'Meredith Placko, previously CEO of paint company Turbo "
 "Dork, took his place. In April 2025, Placko announced she would resign her position and go back to Turbo Dork as "
 "its CEO.', 'It also published the book Principia Discordia'. 207 words. No outage and no near-miss of one told "
 "(the raid, a seizure of computers, is cut with its section). Recorded CC BY-SA 4.0 (a revision of 2025 or later). "
 "Found at rank 1 of the query 'Steve Jackson Games is an American game company founded in 1980 by Steve Jackson "
 "that creates board, role-playing and card games' (batch 60c's lead); allthetropes.org (rank 2), "
 "wiki.travellerrpg.com and rpgresearch.fandom.com (ranks 3-4; fan wikis, older text), austingamedirectory.com "
 "(rank 5), db0nus869y26v.cloudfront.net and wikimili.com (ranks 6-8; older revisions without the CEO paragraph) not "
 "used. Steve Jackson Games, SJ Games, Phil Reed, Placko, Turbo Dork, GURPS: " + CHECKED + " ('Steve Jackson' only "
 "in GATHERING.md's lead lists).", "US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- animation, US: Film Roman (wikimili.com's copy, undated) -----------------------------------------------------
FR = [
 "Film Roman, LLC, is an American animation studio currently based in Woodland Hills, California and formerly in "
 "Burbank. It was previously owned by Starz Inc., which is now a division of Lionsgate, and currently by Waterman "
 "Entertainment, the production company of producer Steve Waterman.",
 "Founded by veteran animator and director Phil Roman on October 26, 1984, it is best known for providing animation "
 "for the Garfield primetime specials, based on Jim Davis' comic strip of the same name. The studio also produced the "
 "animated series The Simpsons , The Critic , King of the Hill , Family Guy , Wow! Wow! Wubbzy! , The Goode Family , "
 "and Dan Vs. .",
 "Phil Roman, veteran alumnus of MGM Animation/Visual Arts and Bill Melendez Productions, founded Film Roman on "
 "October 26, 1984 as a means to continue the production of the Garfield television specials, since Melendez's own "
 "studio was unable to work on both the Peanuts and Garfield specials. Peanuts executive producers Lee Mendelson and "
 "Bill Melendez and their aforementioned studio had produced the first two Garfield specials, but due to both Peanuts "
 "creator Charles M. Schulz' and Garfield creator Jim Davis' concerns about conflicting interests in allocating "
 "production priority at Melendez's boutique studio, the production had to be moved. While he was leaving him and "
 "Melendez for his already-established studio, Roman was offered the opportunity to produce the next Garfield prime "
 "time special, Garfield in the Rough (1984), for CBS by Mendelson, which he accepted and went on to produce and "
 "direct all by himself, winning an Emmy in the process."]
KEPT["wp-film-roman"] = ("filmroman-wikimili.txt", FR)
R.append(wp("wp-film-roman", "Film Roman", "https://wikimili.com/en/Film_Roman", "\n\n".join(FR),
 "animation", ["history", "founding", "ownership"],
 "The article as wikimili.com's copy holds it in the page store (no revision id, no date). Cut: the infobox table's "
 "lines ('Company type | Subsidiary |' to 'Website | filmroman |', with 'Predecessor | Mendelson/Melendez "
 "Productions |', 'Headquarters | Woodland Hills, Los Angeles, California, U.S. |', 'Parent | Starz Distribution "
 "(2003–2015) Waterman Entertainment (2015–present) |' and 'Divisions | Film Roman Baja J.V. |'), so the parents' "
 "years, Starz Distribution and the division are not in the text (cut as batches 54zu-60c cut their infoboxes); "
 "citation markers (' [1]', ' [2] [3]', ' [3]'); the excerpt has no title line or heading. Kept whole up to the end "
 "of the excerpt's third paragraph ('... winning an Emmy in the process.'), where the excerpt ends; the article goes "
 "on (`truncated`). No word added or changed. Kept as written: 'Film Roman, LLC, is an American animation studio "
 "currently based in Woodland Hills, California and formerly in Burbank', 'It was previously owned by Starz Inc., "
 "which is now a division of Lionsgate, and currently by Waterman Entertainment, the production company of producer "
 "Steve Waterman', 'the Garfield primetime specials, based on Jim Davis' comic strip of the same name', 'The Simpsons "
 ", The Critic , King of the Hill , Family Guy , Wow! Wow! Wubbzy! , The Goode Family , and Dan Vs. .' (the spaces "
 "before the commas and the closing ' .' as the copy has them), 'Phil Roman, veteran alumnus of MGM Animation/Visual "
 "Arts and Bill Melendez Productions, founded Film Roman on October 26, 1984', \"Peanuts creator Charles M. Schulz' "
 "and Garfield creator Jim Davis' concerns\", 'While he was leaving him and Melendez for his already-established "
 "studio', 'Garfield in the Rough (1984), for CBS by Mendelson'. 260 words. No outage and no near-miss of one told. "
 "Recorded CC BY-SA 4.0 (doubtful: undated; wikimili.com's copies are of recent revisions, as batches 56f, 58e, 58j "
 "and 60c recorded theirs; the infobox's 'Waterman Entertainment (2015–present)' dates it after 2015). Found at rank "
 "5 of the query 'Film Roman is an American animation studio founded in 1984 by Phil Roman, acquired by IDT "
 "Entertainment, Starz Media' (batch 60c's lead); hubbry.com (rank 1; a copy 'from Wikipedia' with no licence line "
 "seen), ultimatepopculture.fandom.com and cartoons.wikia.com (ranks 2-3; fan wikis), melakarnets.com (rank 4; a "
 "proxy, infobox table woven in), cloudflare-ipfs.com (rank 6; the 2017 snapshot, its owners only in the infobox), "
 "awn.com and cartoonbrew.com (ranks 7-8; news, copyrighted) not used. Film Roman, Phil Roman, Waterman "
 "Entertainment, Starz, Melendez, Mendelson: " + CHECKED + " ('Film Roman' only in GATHERING.md's lead lists; "
 "'Lionsgate' and 'CBS' in texts on other matters).", "US",
 copy_of="the Wikipedia article, via WikiMili, a site rendering Wikipedia pages"))


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
