#!/usr/bin/env python3
"""Batch 57a (session 55; gatherer lane 57a): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b and 56j, kept to mid-size video game developers,
new to the corpus: a British developer founded in 1984 by Martin Edmondson and Nicholas Chamberlain, bought by GT
Interactive in 1998 and sold to Ubisoft in 2006, now a Ubisoft studio working with its sister studio Ubisoft
Leamington, whose early games were published by Superior Software and Psygnosis (video games, UK); a British developer
founded in April 1999 by four former Rare staff (David Doak, Steve Ellis, Karl Hilton, Graeme Norgate), bought out of
administration by Crytek in February 2009 and renamed Crytek UK, closed in 2014 and revived under Deep Silver in 2021
(video games, UK); a British developer formed in 1998 by Ian Baverstock and Jonathan Newth through a management buyout
of their earlier studio Simis from Eidos Interactive, floated on AIM in 2002 and signed by THQ for a Games Workshop
game (video games, UK); and an American developer founded in July 1994 by Joel Jewett, Mick West and Chris Ward, which
worked with Playmates Toys, Crystal Dynamics and Sony Computer Entertainment before Activision gave it Apocalypse and
bought it in October 1999 (video games, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's 'Jump to content' rendering of 'Ubisoft Reflections' (a revision of about 2024: 'Founded1984;
40 years ago'), en.wikipedia.org's '= Title =' renderings of 'Free Radical Design' (a revision of December 2023 or
later: it tells the shutdown of 11 December 2023) and 'Neversoft' (undated), and en.m.wikipedia.org's rendering of
'Kuju Entertainment' (a revision of about 2024: 'Founded1998; 26 years ago'); each cut at a sentence end
(`truncated`). Edits per item in `notes` (site lines, infobox lines, headings, an edit link and citation markers cut;
no word added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather58a/src), the
markers ('[1]', '[citation needed]', '[edit]') dropped and whitespace runs compared as one space, as batches 55e, 55i,
55p, 55x, 55za, 55zd, 56b and 56j did. No text tells an outage; two tell near-misses of one (Free Radical Design
closed and shut down: business failures; Neversoft's cancelled projects). newskg (or any extractor) was not run on any text. A round of four: four queries, each
answered with English Wikipedia text on a company not yet in the corpus that was taken (round notes,
/work/notes/gather58/57a.md; queries, /tmp/gather58a/src/queries.txt).
usage: batch57a.py [POOL_DIR] [--dry]   (default /tmp/gather58a/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather58a/pool"
SRC = "/tmp/gather58a/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-55 pools (/tmp/gather58*/pool) and in /work/notes/gather58/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- video games, UK: Ubisoft Reflections (en.wikipedia.org's 'Jump to content' rendering of about 2024) ----------
REFLECTIONS = [
 "Ubisoft Reflections Limited (formerly Reflections and later Reflections Interactive Limited) is a British video game "
 "developer and a studio of Ubisoft based in Newcastle upon Tyne. Founded in 1984 by Martin Edmondson and Nicholas "
 "Chamberlain, the studio focuses on racing games and it is best known for creating the award-winning Driver series. "
 "Reflections was acquired by GT Interactive in 1998 and sold to Ubisoft in 2006. The company works on AAA games in "
 "close cooperation with sister studio Ubisoft Leamington.",
 "Martin Edmondson and Nicholas Chamberlain started developing games for the BBC Micro under the moniker "
 "\"Reflections\" in 1984. Their first game was a Paperboy clone called Paper-Round that took two years to develop but "
 "was never released. While working on that game, they started Ravenskull which would be their first published game, "
 "released in 1986 by Superior Software. This was followed by Codename: Droid and an Acorn Electron conversion of "
 "Stryker's Run in 1987.",
 "The name Reflections was first used for their 1989 hit Amiga game, Shadow of the Beast, published by Psygnosis which "
 "spawned two sequels. The original Amiga game was partially written by Paul Howarth, and started out life as a "
 "parallax test of the blitter of the Amiga's Agnus chip; Paul later went on to work for Deep Red Games, a UK video "
 "game company based in Milton Keynes. A number of other Amiga and Atari ST games followed including Ballistix (1989), "
 "Awesome (1990) and Brian the Lion (1994)."]
KEPT["wp-ubisoft-reflections"] = ("reflections-enwiki.txt", REFLECTIONS)
R.append(wp("wp-ubisoft-reflections", "Ubisoft Reflections", "https://en.wikipedia.org/wiki/Ubisoft_Reflections",
 "\n\n".join(REFLECTIONS),
 "video games", ["history", "founding", "acquisition", "subsidiary", "publishing"],
 "The article as en.wikipedia.org's 'Jump to content' rendering holds it in the page store (undated, no revision id; "
 "a revision of about 2024: the infobox's 'Founded1984; 40 years ago (1984)'). Cut: the site lines 'Jump to content' "
 "and 'From Wikipedia, the free encyclopedia'; the title line 'Ubisoft Reflections'; the infobox lines ('Ubisoft "
 "Reflections Limited', the two former names with their years, 'Company typeSubsidiary', 'IndustryVideo games', "
 "'Founded1984; 40 years ago (1984)' with the two founders, 'HeadquartersPartnership House, ,', 'Key people', 'Lisa "
 "Opie (managing director)', 'Number of employees', '240+[1] (2018)'), so the managing director Lisa Opie is not in "
 "the text (doubtful: the page's only present executive; cut as batches 54zu, 55i, 56b and 56j cut their infoboxes); "
 "the empty lines where the rendering drops its history heading; the citation markers '[2]' to '[4]'; cut after "
 "'... Awesome (1990) and Brian the Lion (1994).', before the sentence the excerpt breaks off ('In 1995, they became "
 "known for Destruction Derby, which was critically ac'; `truncated`; a cut inside a paragraph, at a sentence end), "
 "so Destruction Derby is not in the text. No word added or changed. Kept as written: 'Ubisoft Reflections Limited "
 "(formerly Reflections and later Reflections Interactive Limited) is a British video game developer and a studio of "
 "Ubisoft based in Newcastle upon Tyne.', 'Reflections was acquired by GT Interactive in 1998 and sold to Ubisoft in "
 "2006.', 'in close cooperation with sister studio Ubisoft Leamington', 'under the moniker \"Reflections\" in 1984', "
 "'a Paperboy clone called Paper-Round', 'they started Ravenskull which would be their first published game, released "
 "in 1986 by Superior Software' (no comma after 'Ravenskull'), 'an Acorn Electron conversion of Stryker's Run', "
 "'published by Psygnosis which spawned two sequels' (so written), 'partially written by Paul Howarth, and started out "
 "life as a parallax test of the blitter of the Amiga's Agnus chip; Paul later went on to work for Deep Red Games, a "
 "UK video game company based in Milton Keynes.', 'Ballistix (1989), Awesome (1990) and Brian the Lion (1994)'. 242 "
 "words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a revision of 2024, after Wikimedia's move to "
 "4.0 of June 2023). Found at rank 5 of the query 'Reflections Interactive is a British video game developer based in "
 "Newcastle founded by Martin Edmondson acquired by GT Interactive'; worddisk.com's copy (rank 4; the same lead, "
 "running on to 'On 9 January 1999, it was announced that Reflections had been acquired by GT Interactive in 1998, "
 "for a reported 2.7 mil' and breaking off there), alchetron.com's and gamicus.fandom.com's copies of older texts "
 "(ranks 6, 2), wikipedie.ovh's French copy (rank 7) and news (ranks 1, 3, 8; copyrighted) not used. Reflections, "
 "Ubisoft Reflections, Martin Edmondson, Nicholas Chamberlain, Ubisoft Leamington, Superior Software, Deep Red Games, "
 "Paul Howarth: " + CHECKED + " ('Psygnosis' is in batch 56b's Traveller's Tales text, another matter).", "non-US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- video games, UK: Free Radical Design (en.wikipedia.org's '= Title =' rendering, December 2023 or later) --------
FREERADICAL = [
 "Free Radical Design Ltd. was a British video game developer based in Nottingham. Founded by David Doak, Steve Ellis, "
 "Karl Hilton and Graeme Norgate in Stoke-on-Trent in April 1999, it is best known for its TimeSplitters series of "
 "games.",
 "After going into financial administration, it was announced on 3 February 2009 that the studio had been acquired by "
 "German video game developer Crytek and would be renamed Crytek UK. Crytek had a good relationship with the city of "
 "Nottingham due in part to its sponsorship of the Gamecity festival and its recruitment drives with Nottingham Trent "
 "University. In 2014, the studio was closed, with a majority of the staff transferred to the newly formed Dambuster "
 "Studios.",
 "In May 2021, two of the original founders, Doak and Ellis, reformed Free Radical Design under Deep Silver to create "
 "a new entry in the TimeSplitters series. Two years later, the second iteration was shut down on 11 December 2023.",
 "Most of Free Radical Design's initial employees previously worked for the game developer Rare. While at Rare, they "
 "(David Doak, Steve Ellis, Karl Hilton, Graeme Norgate, Lee Ray and James Cunliffe) worked on the Nintendo 64 "
 "first-person shooters GoldenEye 007 and Perfect Dark. From late 1998 to early 1999, this team left Rare to form Free "
 "Radical Design, which was established in April 1999, their first release being TimeSplitters for the PlayStation 2 "
 "in 2000."]
KEPT["wp-free-radical-design"] = ("freeradical-enwiki.txt", FREERADICAL)
R.append(wp("wp-free-radical-design", "Free Radical Design", "https://en.wikipedia.org/wiki/Free_Radical_Design",
 "\n\n".join(FREERADICAL),
 "video games", ["history", "founding", "acquisition", "administration", "closure"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "revision of December 2023 or later: its running text tells the shutdown of 11 December 2023, and the infobox gives "
 "'Parent: Crytek (2009\u20132014), Deep Silver (2021\u20132023)'). Cut: the title line '= Free Radical Design ='; the "
 "infobox lines ('Free Radical Design Ltd.', '- Logo: Free Radical Design.svg', '- Former Name: Crytek UK Limited, "
 "(2009\u20132014)', '- Type: Subsidiary', '- Industry: Video games', '- Founded: (original), (revival)', '- Founders: "
 "...', '- Defunct: (original), (revival)', '- Hq Location City: Nottingham', '- Hq Location Country: England', '- Key "
 "People: ...', '- Products: TimeSplitters', '- Num Employees: 50+', '- Num Employees Year: 2022', '- Parent: ...'), so "
 "the form 'Crytek UK Limited' is not in the text; the heading '== History =='; cut after '... their first release "
 "being TimeSplitters for the PlayStation 2 in 2000.', before the sentence the excerpt breaks off ('It was known for "
 "its'; `truncated`; a cut inside a paragraph, at a sentence end). No word added or changed (this rendering has no "
 "citation markers). Kept as written: 'Free Radical Design Ltd. was a British video game developer based in "
 "Nottingham.', 'Founded by David Doak, Steve Ellis, Karl Hilton and Graeme Norgate in Stoke-on-Trent in April 1999, "
 "it is best known' (the past and present tenses mixed), 'After going into financial administration, it was "
 "announced on 3 February 2009 that the studio had been acquired by German video game developer Crytek and would be "
 "renamed Crytek UK.', 'its sponsorship of the Gamecity festival and its recruitment drives with Nottingham Trent "
 "University', 'with a majority of the staff transferred to the newly formed Dambuster Studios', 'two of the original "
 "founders, Doak and Ellis, reformed Free Radical Design under Deep Silver', 'Two years later, the second iteration "
 "was shut down on 11 December 2023.', 'they (David Doak, Steve Ellis, Karl Hilton, Graeme Norgate, Lee Ray and James "
 "Cunliffe) worked on the Nintendo 64 first-person shooters GoldenEye 007 and Perfect Dark', 'From late 1998 to early "
 "1999, this team left Rare'. 231 words. No outage told; one near-miss (the studio 'closed' in 2014 and 'shut down' in "
 "2023: business failures, no service said to be lost). Recorded CC BY-SA 4.0 (a revision of December 2023 or later, "
 "after Wikimedia's move to 4.0 of June 2023). Found at rank 3 of the query 'Free Radical Design was a British video "
 "game developer based in Nottingham founded in 1999 by David Doak Steve Ellis acquired by Crytek'; en.wikipedia.org's "
 "'Jump to content' rendering (rank 5; the same lead with citation markers and 'they are best known', 'shutdown'), "
 "review.clateway.com's and movatter.jp's proxy copies (ranks 1, 8; web proxies, not mirrors), piglix.com's copy and "
 "en.wikipedia.org's older 'Crytek UK' renderings (ranks 2, 4, 6; older texts under the later name) and "
 "mobygames.com's company page (rank 7; not openly licensed) not used. Free Radical, Crytek, David Doak, Karl Hilton, "
 "Graeme Norgate, Dambuster, Deep Silver, Gamecity, Nottingham Trent: " + CHECKED + ".", "non-US",
 copy_of="the Wikipedia article, a recent revision as en.wikipedia.org rendered it"))

# ---- video games, UK: Kuju Entertainment (en.m.wikipedia.org's rendering of about 2024) ----------------------------
KUJU = [
 "Kuju Entertainment Ltd. is a British video game developer. The original company was Simis, formed in 1989 and "
 "purchased by Eidos Interactive in 1995. Kuju was formed in 1998 in Shalford, Surrey, England, after a management "
 "buyout of Simis from Eidos.",
 "Kuju has released titles across different devices, ranging from Art Academy on the Nintendo DS, The Lord of the "
 "Rings: Aragorn's Quest and Battalion Wars 2 for the Wii, and an Xbox One title, Powerstar Golf.",
 "Ian Baverstock and Jonathan Newth opened Simis in 1989 and produced a number of flight simulator programs like "
 "MiG-29 Fulcrum (1990 video game). In 1995, the company was purchased by Eidos and operated as an in-house development "
 "studio. In 1998, Baverstock and Newth led a management buyout of the studio from Eidos Interactive, forming Kuju Ltd.",
 "The name \"Kuju\" originates from the initials of the founders\u2019 first names: Ian Baverstock and Jonathan Newth. "
 "Jonathan was leafing through a Japanese dictionary when he found the numbers nine and ten \u2013 \"ku\" and \"ju\" "
 "\u2013 corresponding to the positions of \"I\" and \"J\" in the English alphabet. The combined result was Kuju. Their "
 "first game was Tank Racer, a 3D action racer for PC, PlayStation and mobile.",
 "By 2001, Kuju was employing a team of 80 developers, in three separate offices around the UK in London, Surrey and "
 "Brighton. Their most notable project at the time was Microsoft Train Simulator. In 2002, Kuju floated on the "
 "Alternative Investments Market (AIM) of the London Stock Exchange. Shortly thereafter the company signed its first "
 "game with THQ based on the Games Workshop franchise, Warhammer 40,000: Fire Warrior."]
KEPT["wp-kuju-entertainment"] = ("kuju-enmwiki.txt", KUJU)
R.append(wp("wp-kuju-entertainment", "Kuju Entertainment", "https://en.m.wikipedia.org/wiki/Kuju_Entertainment",
 "\n\n".join(KUJU),
 "video games", ["history", "founding", "management buyout", "acquisition", "listing", "publishing"],
 "The article as en.m.wikipedia.org's rendering holds it in the page store (undated, no revision id; a revision of "
 "about 2024: the infobox's 'Founded1998; 26 years ago (1998)'). Cut: the infobox lines, which this rendering prints "
 "after the first paragraph ('Kuju Entertainment Ltd.', 'Company typeSubsidiary', 'IndustryVideo games', "
 "'PredecessorSimis', 'Founded1998; 26 years ago (1998)', 'OwnerEidos Interactive (1989\u20131998)', 'Catalis "
 "(2007\u2013present)', 'ParentCurve Games', 'SubsidiariesHeadstrong Games', '(2000\u20132017)', 'Vatra Games', "
 "'(2009\u20132012)', 'Zo\u00eb Mode', '(2004\u20132016)', 'Websitewww.kuju.com'), so the later owners Catalis and "
 "Curve Games and the subsidiaries Headstrong Games, Vatra Games and Zo\u00eb Mode are not in the text (doubtful: the "
 "infobox is the page's only word of Kuju's later owners; cut as batches 54zu, 55i, 56b and 56j cut their infoboxes); "
 "the heading 'History' and the edit link 'edit'; the markers '[1]', '[2]' and '[citation needed]'; cut after '... "
 "Warhammer 40,000: Fire Warrior.', before the sentence the excerpt breaks off ('In the '; `truncated`; a cut inside a "
 "paragraph, at a sentence end). No word added or changed. Kept as written: 'The original company was Simis, formed in "
 "1989 and purchased by Eidos Interactive in 1995.', 'Kuju was formed in 1998 in Shalford, Surrey, England, after a "
 "management buyout of Simis from Eidos.', 'ranging from Art Academy on the Nintendo DS, The Lord of the Rings: "
 "Aragorn's Quest and Battalion Wars 2 for the Wii, and an Xbox One title, Powerstar Golf.', 'MiG-29 Fulcrum (1990 "
 "video game)' (the link's disambiguation kept as the rendering prints it), 'operated as an in-house development "
 "studio', 'Baverstock and Newth led a management buyout of the studio from Eidos Interactive, forming Kuju Ltd.', "
 "'the founders\u2019 first names' (a curly apostrophe), 'the numbers nine and ten \u2013 \"ku\" and \"ju\" \u2013' (en "
 "dashes), 'a 3D action racer for PC, PlayStation and mobile', 'the Alternative Investments Market (AIM) of the London "
 "Stock Exchange' (so written), 'Shortly thereafter the company signed its first game with THQ based on the Games "
 "Workshop franchise, Warhammer 40,000: Fire Warrior.'. 270 words. No outage and no near-miss of one told. Recorded "
 "CC BY-SA 4.0 (a revision of 2024, after Wikimedia's move to 4.0 of June 2023). Found at rank 1 of the query 'Kuju "
 "Entertainment is a British video game developer founded in 1998 by Ian Baverstock Jonathan Newth acquired by "
 "Catalis'; everything.explained.today's copy (rank 2; the same text held at an unrelated address, 'GT-R_400'), a "
 "blog (rank 3) and news (ranks 4-8; copyrighted) not used. Kuju, Baverstock, Jonathan Newth, Fire Warrior: " +
 CHECKED + " ('Eidos' is in batch 56b's Rocksteady text and a parliamentary text on other matters; 'Games Workshop' "
 "and 'Train Simulator' in texts on other matters; 'Simis' only as a part of other words).", "non-US",
 copy_of="the Wikipedia article, as en.m.wikipedia.org rendered it"))

# ---- video games, US: Neversoft (en.wikipedia.org's '= Title =' rendering, undated) ---------------------------------
NEVERSOFT = [
 "Neversoft Entertainment, Inc. was an American video game developer based in Woodland Hills, California. The studio "
 "was founded by Joel Jewett, Mick West and Chris Ward in July 1994 and was acquired by Activision in October 1999. "
 "Initially, the studio worked with Playmates Toys, where they worked on the game Skeleton Warriors (1996), which was "
 "based on an animated television series of the same name. Throughout 1996, the studio grew, and worked on projects "
 "with Crystal Dynamics and Sony Computer Entertainment, but due to internal conflicts, they were cancelled.",
 "After a meeting with Activision in 1998, the publisher agreed to enter into a deal with the studio to create "
 "Apocalypse, which used the game engine created by Neversoft for one of the cancelled Sony projects. During the "
 "game's development, Activision asked the studio to work on a prototype for a skateboarding game, and after an "
 "impressed reaction from Activision to the prototype, the publisher released the game as Tony Hawk's Pro Skater in "
 "1999 to critical acclaim and acquired Neversoft at the end of that year. Neversoft developed a Spider-Man game for "
 "the PlayStation the following year, along with six Tony Hawk's games over the next several years.",
 "In 2004, the company split into two teams to work on two games at once, the upcoming Tony Hawk's and a new "
 "intellectual property, the western action-adventure game Gun."]
KEPT["wp-neversoft"] = ("neversoft-enwiki.txt", NEVERSOFT)
R.append(wp("wp-neversoft", "Neversoft", "https://en.wikipedia.org/wiki/Neversoft",
 "\n\n".join(NEVERSOFT),
 "video games", ["history", "founding", "acquisition", "publishing"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; the "
 "latest year the text names is 2014, in the infobox). Cut: the title line '= Neversoft ='; the infobox lines "
 "('Neversoft Entertainment, Inc.', '- Logo: Neversoft Logo.png', '- Logo Caption: Final logo, used from 2013 to "
 "2014', '- Type: Subsidiary', '- Industry: Video games', '- Fate: Merged with Infinity Ward', '- Successor: Infinity "
 "Ward', '- Founder: Joel Jewett Mick West Chris Ward', '- Location City: Woodland Hills, Los Angeles, California', '- "
 "Location Country: US', '- Key People: Joel Jewett (studio head) Scott Pease (studio director)', '- Products: ...', "
 "'- Num Employees: 120', '- Num Employees Year: 2014', '- Parent: Activision (1999\u20132014)'), so Infinity Ward, "
 "the merger of 2014, Jewett's post as studio head and the studio director Scott Pease are not in the text (doubtful: "
 "the page's only titles; cut as batches 54zu, 55i, 56b and 56j cut their infoboxes); cut after '... the western "
 "action-adventure game Gun.', before the sentence the excerpt breaks off ('After Activision's acquisition o'; "
 "`truncated`; a cut inside a paragraph, at a sentence end), so Guitar Hero is not in the text. No word added or "
 "changed (this rendering has no citation markers). Kept as written: 'Neversoft Entertainment, Inc. was an American "
 "video game developer based in Woodland Hills, California.', 'founded by Joel Jewett, Mick West and Chris Ward in "
 "July 1994 and was acquired by Activision in October 1999', 'Initially, the studio worked with Playmates Toys, where "
 "they worked on the game Skeleton Warriors (1996)', 'worked on projects with Crystal Dynamics and Sony Computer "
 "Entertainment, but due to internal conflicts, they were cancelled', 'the publisher agreed to enter into a deal with "
 "the studio to create Apocalypse', 'one of the cancelled Sony projects', 'the publisher released the game as Tony "
 "Hawk's Pro Skater in 1999 to critical acclaim and acquired Neversoft at the end of that year', 'a Spider-Man game "
 "for the PlayStation', 'the upcoming Tony Hawk's and a new intellectual property, the western action-adventure game "
 "Gun'. 227 words. No outage told; one near-miss ('they were cancelled': projects, no service). Recorded CC BY-SA 4.0 "
 "(doubtful: the revision is undated; the '= Title =' renderings that batches 55i, 56b and 56j dated were of "
 "2024-2025, after Wikimedia's move to 4.0 of June 2023). Found at rank 2 of the query 'Neversoft Entertainment was "
 "an American video game developer founded in 1994 by Joel Jewett acquired by Activision'; wikisum.wiki (rank 1; "
 "sentences picked out of order), ultimateallstars.wikia.com and strategywiki.org (ranks 3, 6; older texts), "
 "theinfolist.com's copies (ranks 4, 5; link glosses woven into the running text), movatter.jp's proxy copy (rank "
 "7) and zalansite.site's wikitext edit page (rank 8) not used. Neversoft, Joel Jewett, Mick West, Chris Ward, "
 "Playmates, Crystal Dynamics, Skeleton Warriors, Tony Hawk, Malibu: " + CHECKED + " ('Activision' and 'Sony "
 "Computer Entertainment' are in texts on other matters).", "US",
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
