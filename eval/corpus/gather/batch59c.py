#!/usr/bin/env python3
"""Batch 59c (session 56; gatherer lane 59c): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 57a, 57f, 57k, 57p, 57w, 58c, 58g, 58j and
58n, kept to mid-size video game developers of Denmark, Australia, Britain and Canada, new to the corpus: the
Copenhagen developer founded in September 1998 by the seven staff of Reto-Moto as a joint venture with the film studio
Nordisk Film, bought by Eidos Interactive in March 2004 (itself bought by Square Enix and renamed Square Enix Europe),
independent again by a management buyout of June 2017 (video games, Denmark); the Adelaide developer founded as
Emergent Games in 1993 by Richard Harrison and Greg Siegele, bought by Midway Games on 4 August 2005 and closed in
December 2005, its staff rehired by Krome Studios for Krome Studios Adelaide (video games, Australia); the Dundee
developer formed in February 2000 when Rage Software hired David Jones, the founder of DMA Design, sold to Jones in
March 2002, maker of Crackdown and APB: All Points Bulletin, with its chairman Ian Hetherington (video games, Britain);
and the Vancouver developer founded in May 1997 by seven people, bought by THQ in 2004 and sold to Sega in January 2013,
maker of Homeworld (published by Sierra Entertainment) and Impossible Creatures (released by Microsoft) (video games,
Canada).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): w.owiki.org's copy of 'IO Interactive' (a revision of 2019-2020), the-uncensored-wiki.com's copy of 'Ratbag
Games' (the Kiwix dump wikipedia_en_all_2016-02), en.wikipedia.org's '= Title =' rendering of 'Realtime Worlds'
(undated) and en.wikipedia.org's '= Title =' rendering of 'Relic Entertainment' (of 2024 or later); each cut at a
paragraph end (`truncated`). Edits per item in `notes` (title and site lines, infobox lines and headings cut; no word
added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather60c/src), the markers
('[1]', '[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as batches 55e-58n did. No
text tells an outage; three tell near-misses of one (Ratbag's closing by Midway, Realtime Worlds' administration,
Square Enix ceasing to fund IO Interactive: business events, no service said to be lost). newskg (or any extractor)
was not run on any text. A round of four: seven queries, four answered with English Wikipedia text on a company not
yet in the corpus and taken, three left (round notes, /work/notes/gather60/59c.md; queries,
/tmp/gather60c/src/queries.txt).
usage: batch59c.py [POOL_DIR] [--dry]   (default /tmp/gather60c/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather60c/pool"
SRC = "/tmp/gather60c/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md (beyond the "
           "lead lists of earlier rounds), in the session-56 pools (/tmp/gather60*/pool) and in "
           "/work/notes/gather60/CLAIMS.txt as they stood when checked (`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- video games, Denmark: IO Interactive (w.owiki.org's copy, a revision of 2019-2020) ----------------------------
IO = [
 "IO Interactive A/S is a Danish video game developer based in Copenhagen, best known for creating and developing the "
 "Hitman and \u201cKane and Lynch\u201d franchises. IO Interactive's most recent game is Hitman 2, which was released "
 "in November 2018.",
 "The company was founded in September 1998 as a joint venture between the seven-man development team of Reto-Moto "
 "and film studio Nordisk Film. IO Interactive was acquired by publisher Eidos Interactive for in March 2004, which "
 "saw itself acquired by Square Enix and renamed as Square Enix Europe in 2009. In May 2017, Square Enix ceased "
 "funding for IO Interactive and started seeking a buyer for the studio. IO Interactive performed a management buyout "
 "in June 2017, becoming independent and regaining the rights to their Hitman and Freedom Fighters franchises. IO "
 "Interactive employs 170 people as of October 2016, and operates a Malm\u00f6-based studio, IOI Malm\u00f6, since "
 "January 2019.",
 "In 1997, Reto-Moto was founded as a video game developer in Copenhagen. Before the studio finished any games, they "
 "struck a partnership with Danish film studio Nordisk Film in 1998 that would lead to the creation of a developer "
 "jointly owned by the two companies. The resulting company, IO Interactive, was established on 16 September 1998, "
 "with Reto-Moto's seven employees\u2014Jesper Vorsholt J\u00f8rgensen, Rasmus Guldberg-Kj\u00e6r, Martin Munk "
 "Pollas, Karsten Lemann Hvidberg, Jacob Andersen, Janos Fl\u00f6sser, and David Guldbrandsen\u2014serving as the "
 "founders and initial staff of IO Interactive. Nordisk Film and the seven founder each held a 50% stake in the "
 "venture. By March 2004, Nordisk Film owned 40.3% in IO Interactive."]
KEPT["wp-io-interactive"] = ("ioi-owiki.txt", IO)
R.append(wp("wp-io-interactive", "IO Interactive", "http://w.owiki.org/wiki/IO_Interactive",
 "\n\n".join(IO),
 "video games", ["history", "founding", "joint venture", "acquisitions", "management buyout"],
 "The article as w.owiki.org's copy holds it in the page store (no revision id; 'most recent game is Hitman 2, which "
 "was released in November 2018' and 'since January 2019' date it to 2019-2020, before Hitman 3 of January 2021). "
 "Cut: the title line 'IO Interactive'; the headings 'History' and 'Background and foundation (1997\u20131998)'; cut "
 "after '... By March 2004, Nordisk Film owned 40.3% in IO Interactive.', before the heading \"''Hitman: Codename "
 "47'' (1998\u20132000)\" and the paragraph the excerpt breaks off ('... developing a \"simple shooter\" i'; "
 "`truncated`; a cut at a paragraph end). This copy has no infobox and no citation markers. The single line break "
 "after the first paragraph made a blank line. No word added or changed. Kept as written: 'the Hitman and \u201cKane "
 "and Lynch\u201d franchises' (typographic quotes), 'a joint venture between the seven-man development team of "
 "Reto-Moto and film studio Nordisk Film', 'acquired by publisher Eidos Interactive for in March 2004' (the amount "
 "lost before 'in', as the copy has it), 'which saw itself acquired by Square Enix and renamed as Square Enix Europe "
 "in 2009', 'IO Interactive performed a management buyout in June 2017', 'employs 170 people as of October 2016, and "
 "operates a Malm\u00f6-based studio, IOI Malm\u00f6, since January 2019', \"Reto-Moto's seven employees\u2014Jesper "
 "Vorsholt J\u00f8rgensen, ..., and David Guldbrandsen\u2014serving as the founders\" (em dashes), 'Nordisk Film and "
 "the seven founder each held a 50% stake' ('founder' so). 258 words. No outage told; one near-miss ('Square Enix "
 "ceased funding for IO Interactive': an owner's business decision, no service lost). Recorded CC BY-SA 3.0 (a "
 "revision of 2019-2020, before Wikimedia's move to 4.0 of June 2023, as batches 55n, 58c and 58n recorded their "
 "older copies; owiki.org copies were used by batches 22b-30b). Found at rank 2 of the query 'IO Interactive Danish "
 "video game developer founded 1998 Copenhagen Reto-Moto Nordisk Film Eidos Square Enix'; theinfolist.com (rank 1; "
 "glosses run into the text), en.wikipedia.org's 'Jump to navigation' rendering of 2018-2019 (rank 3; its excerpt "
 "breaks off inside the founders' list, so no founder would be in the text), en.wikipedia.org's '= Title =' "
 "rendering (rank 4; only the lead before the excerpt ends), alchetron.com (rank 5; an older reworked copy), "
 "shortpedia.org (rank 6; a rewrite), factsnippet.com (rank 7; sentences out of order) and zalansite.site (rank 8; "
 "wikitext) not used. IO Interactive, Reto-Moto, Nordisk Film, Square Enix Europe, Kane and Lynch, Guldberg, "
 "Guldbrandsen: " + CHECKED + " ('Eidos' in texts on other matters; 'Hitman' only in the sense of a killer).",
 "non-US", v3=True, copy_of="the Wikipedia article, via w.owiki.org's copy of a revision of 2019-2020"))

# ---- video games, Australia: Ratbag Games (the-uncensored-wiki.com's copy, Kiwix wikipedia_en_all_2016-02) ---------
RB = [
 "Ratbag Games Pty Ltd was an Australian developer of computer games such as Powerslide, The Dukes of Hazzard: Return "
 "of the General Lee and World of Outlaws: Sprint Cars 2002.",
 "Ratbag was founded in 1993 in Adelaide, South Australia by Richard Harrison and Greg Siegele. Known initially as "
 "Emergent Games, the company took 3 years to prototype their first title Powerslide. Following its acquisition by "
 "Midway Games on 4 August 2005, the company was known as Midway Studios - Australia. On 13 December 2005, employees "
 "at the studio were told that Ratbag was going to be closed by its parent company. Two days later on the 15th, the "
 "studio was closed, leaving the staff employed there without a job. Subsequently, Krome Studios rehired many of the "
 "Ratbag staff and established Krome Studios Adelaide.",
 "Ratbag made a name for itself with its debut title Powerslide. The arcade racer, set in a post-apocalyptic future, "
 "is powered by a highly advanced rendering system for its time, allowing for up to 300,000 polygons on-screen at "
 "once. Powerslide was met with critical if not commercial success, receiving a lot of publicity from the Australian "
 "gaming media. Several PC racing titles followed over the years, and before too long Ratbag found itself "
 "\"typecast\" as a simulation racing developer.",
 "With the arrival of the PlayStation 2 in late 2000, Ratbag saw an opportunity to move into the lucrative console "
 "market. World of Outlaws: Sprint Cars 2002 was the first of several PlayStation 2 titles developed and released, "
 "with a handful of titles going unpublished, most notably the follow-up to Powerslide, Powerslide: Slipstream."]
KEPT["wp-ratbag-games"] = ("ratbag-uncensoredwiki-2016.txt", RB)
R.append(wp("wp-ratbag-games", "Ratbag Games",
 "http://the-uncensored-wiki.com:20161/2016-wikipedia_en_all_2016-02/A/Ratbag_Games.html",
 "\n\n".join(RB),
 "video games", ["history", "founding", "acquisition", "closure", "products"],
 "The article as the-uncensored-wiki.com's copy holds it in the page store (the Kiwix dump "
 "'2016-wikipedia_en_all_2016-02' named in its address: a revision of February 2016 or shortly before; no revision "
 "id). Cut: the title line 'Ratbag Games' (twice: the page title and the infobox's name); the infobox lines "
 "('Private', 'Industry Video games', 'Fate Acquired by Midway Games', 'Founded 1993 in Adelaide, Australia', "
 "'Founder Richard Harrison, Greg Siegele', 'Defunct 15 December 2005 (2005-12-15)'; cut as batches 54zu-58n cut "
 "their infoboxes; the founders, the acquisition and the day of closing are also in the running text); the headings "
 "'About the company' and 'About the games'; cut after '... most notably the follow-up to Powerslide, Powerslide: "
 "Slipstream.', before the paragraph the excerpt breaks off ('The last title developed by Ratbag (prior to their "
 "acquisition) was The Dukes of Hazzard: Return of the General Lee for the PlayStat'; `truncated`; a cut at a "
 "paragraph end). No citation markers in this copy. No word added or changed. Kept as written: 'an Australian "
 "developer of computer games such as Powerslide, The Dukes of Hazzard: Return of the General Lee and World of "
 "Outlaws: Sprint Cars 2002', 'founded in 1993 in Adelaide, South Australia by Richard Harrison and Greg Siegele' (no "
 "comma after 'South Australia'), 'Known initially as Emergent Games', 'the company took 3 years to prototype', "
 "'Following its acquisition by Midway Games on 4 August 2005, the company was known as Midway Studios - Australia' "
 "(a spaced hyphen), 'closed by its parent company', 'Two days later on the 15th', 'Krome Studios rehired many of "
 "the Ratbag staff and established Krome Studios Adelaide', '\"typecast\"', 'a handful of titles going unpublished, "
 "most notably the follow-up to Powerslide, Powerslide: Slipstream'. 265 words. No outage told; one near-miss (the "
 "studio 'closed by its parent company', staff 'without a job': a business closure, no service lost). Recorded CC "
 "BY-SA 3.0 (a revision of about February 2016, as batches 55n, 58c, 58e and 58n recorded their older copies). "
 "Found at rank 4 of the query 'Ratbag Games Pty Ltd was an Australian developer of video games such as Powerslide, "
 "The Dukes of Hazzard: Return of the General Lee' (the opening sentence word for word, after a first query on the "
 "founders answered with news, fan pages and damaged copies); a cloudfront proxy copy (rank 1; notice boxes, breaks "
 "off in its first paragraph), talk.dob.jp and en.wikipedia.org diff pages (ranks 2, 3, 6, 7; revision diffs with "
 "wikitext), w.owiki.org (rank 5; game titles dropped) and wikimili.com (rank 8; a later revision, the copy the Kiwix "
 "dump dates preferred) not used. Ratbag, Siegele, Emergent Games, Midway Studios, Krome, Powerslide: " + CHECKED +
 " ('Midway Games' in a dev text on another matter).", "non-US",
 v3=True, copy_of="the Wikipedia article, via the-uncensored-wiki.com's copy of the Kiwix dump of February 2016"))

# ---- video games, Britain: Realtime Worlds (en.wikipedia.org's '= Title =' rendering, undated) ----------------------
RW = [
 "Realtime Worlds Ltd. (formerly Rage Games (Scotland) Limited and Real Time Worlds Ltd.) was a British video game "
 "developer based in Dundee. The studio was formed in February 2000 when Rage Software hired David Jones to lead its "
 "Scottish operations. In March 2002, a financially stricken Rage Software sold the studio to Jones, who renamed it "
 "Real Time Worlds. After developing Crackdown (2007) and APB: All Points Bulletin (2009), Realtime Worlds filed for "
 "administration in August 2010.",
 "On 7 February 2000, Rage Software announced that it had hired David Jones, the founder of DMA Design, to lead new "
 "operations in Scotland for the company. His studio developed the shooter game Mobile Forces. Due to financial "
 "issues that arose at Rage Software, the company announced in March 2002 that it would sell the studio to Jones. "
 "Jones subsequently renamed the company Real Time Worlds.",
 "On 11 December 2006, New Enterprise Associates announced an investment of US$30 million into Realtime Worlds.",
 "Their first release under the name Realtime Worlds was the critically acclaimed 2007 action-adventure third-person "
 "sandbox game Crackdown, an Xbox 360 exclusive title. In 2010, they released a massively multiplayer online game for "
 "Microsoft Windows, titled APB (All Points Bulletin), which had been in development for five years, and was hoped to "
 "generate upwards of \"hundreds of millions of pounds\".",
 "In 2007, at Develop magazine's Industry Excellence Awards, the company was nominated in a record-breaking seven "
 "categories, and took home the awards for Innovation and New UK/European Studio. Company chairman Ian Hetherington "
 "was also crowned Development Legend."]
KEPT["wp-realtime-worlds"] = ("realtimeworlds-enwiki.txt", RW)
R.append(wp("wp-realtime-worlds", "Realtime Worlds", "https://en.wikipedia.org/wiki/Realtime_Worlds",
 "\n\n".join(RW),
 "video games", ["history", "founding", "leadership", "products", "investment", "administration"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id). Cut: "
 "the title line '= Realtime Worlds ='; the infobox lines ('Realtime Worlds Ltd.', '- Logo: Realtime Worlds.png', "
 "'- Type: Private', '- Industry: Video games', '- Fate: Administration', '- Founder: David Jones', '- Hq Location "
 "City: Dundee', '- Hq Location Country: Scotland', '- Products: Crackdown APB: All Points Bulletin', '- Num "
 "Employees: 200', '- Num Employees Year: 2010'), so the infobox's 'Founder: David Jones' and the staff count are not "
 "in the text (cut as batches 54zu-58n cut their infoboxes); the headings '==Foundation==' and '==Development=='; "
 "the excerpt ends after '... Company chairman Ian Hetherington was also crowned Development Legend.' (a sentence "
 "end; the article goes on: `truncated`), so the administration's course and the staff's lay-offs, later in the "
 "article, are not in the text. No citation markers in this rendering. No word added or changed. Kept as written: "
 "'Realtime Worlds Ltd. (formerly Rage Games (Scotland) Limited and Real Time Worlds Ltd.)', 'The studio was formed "
 "in February 2000 when Rage Software hired David Jones to lead its Scottish operations.', 'a financially stricken "
 "Rage Software sold the studio to Jones, who renamed it Real Time Worlds', 'After developing Crackdown (2007) and "
 "APB: All Points Bulletin (2009)', 'David Jones, the founder of DMA Design', 'His studio developed the shooter game "
 "Mobile Forces.', 'an investment of US$30 million into Realtime Worlds', 'an Xbox 360 exclusive title', 'titled APB "
 "(All Points Bulletin)', '\"hundreds of millions of pounds\"', \"Develop magazine's Industry Excellence Awards\", "
 "'New UK/European Studio', 'Company chairman Ian Hetherington was also crowned Development Legend.' 256 words. No "
 "outage told; one near-miss ('filed for administration in August 2010': a business failure, no service said to be "
 "lost). Recorded CC BY-SA 4.0 (doubtful: the revision is undated; the '= Title =' renderings that batches 55i and "
 "56b dated were of 2024-2025, as batches 56j-58n recorded their undated ones). Found at rank 6 of the query "
 "'Realtime Worlds Scottish video game developer Dundee founded by David Jones, APB, Crackdown, administration'; "
 "thetvdb.plex.tv (rank 1; a video's blurb), wikisum.wiki (rank 2; sentences picked out), gamicus.fandom.com (rank "
 "3; an older reworked copy), pocklingtonpost.co.uk, theguardian.com and itproportal.com (ranks 4, 7, 8; news, "
 "copyrighted) and theinfolist.com (rank 5; glosses run into the text) not used. Realtime Worlds, Real Time Worlds, "
 "Rage Games, Hetherington, New Enterprise Associates, Mobile Forces, All Points Bulletin, DMA Design: " + CHECKED +
 " ('Rage Software' only inside 'storage software'; 'Crackdown' only as a common noun in texts on other matters; "
 "Realtime Worlds' Wikinews item of 2010 was left out of an earlier round for damaged words, GATHERING.md).",
 "non-US", copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- video games, Canada: Relic Entertainment (en.wikipedia.org's '= Title =' rendering, 2024 or later) -------------
RE = [
 "Relic Entertainment Inc. (formerly known as THQ Canada Inc.) is a Canadian video game developer based in "
 "Vancouver, founded in 1997. The studio specializes in real-time strategy games and is known for series such as "
 "Homeworld, Warhammer 40,000: Dawn of War and Company of Heroes. Acquired by THQ in 2004, the company was sold to "
 "Sega on January 22, 2013, as part of THQ's bankruptcy and operated under its European division. By May 2024, Relic "
 "had secured a partnership with an external investment group, allowing it to split from Sega and operate "
 "independently.",
 "Relic was founded in May 1997 by Alex Garden, Luke Moloney, Erin Daly, Aaron Kambeitz, Rob Cunningham, Gary Shaw, "
 "and Shane Alfreds. The name of the company was chosen because they liked the name and it was easy to pronounce. "
 "Their first title, Homeworld, was released on September 28, 1999, to critical acclaim and successful sales. Though "
 "they did not immediately continue working on the franchise (Sierra Entertainment, the game's publisher, owned the "
 "rights), the game did have a spin-off, Homeworld: Cataclysm, developed by Barking Dog Studios and published by "
 "Sierra.",
 "Their next title was Impossible Creatures, released by Microsoft on January 7, 2003. It focused on a fictional "
 "environment during the 1930s, allowing players to design units from different anatomical parts of animals."]
KEPT["wp-relic-entertainment"] = ("relic-enwiki.txt", RE)
R.append(wp("wp-relic-entertainment", "Relic Entertainment", "https://en.wikipedia.org/wiki/Relic_Entertainment",
 "\n\n".join(RE),
 "video games", ["history", "founding", "acquisitions", "products", "publishers"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (no revision id; 'By May 2024' "
 "and the infobox's 'Sega (2013\u20132024)' date it to 2024 or later). Cut: the title line '= Relic Entertainment ='; "
 "the infobox lines ('Relic Entertainment Inc.', '- Logo: Relic Entertainment logo.svg', '- Former Name: THQ Canada "
 "Inc. (2004\u20132013)', '- Type: Private', '- Industry: Video games', '- Founders: Alex Garden Luke Moloney Erin "
 "Daly Aaron Kambeitz Rob Cunningham Gary Shaw Shane Alfreds', '- Hq Location City: Vancouver, British Columbia', "
 "'- Hq Location Country: Canada', '- Products: Homeworld series Dawn of War series Company of Heroes series', '- "
 "Parent: THQ (2004\u20132013) Sega (2013\u20132024)', '- Homepage: https://www.relic.com/'; cut as batches 54zu-58n "
 "cut their infoboxes; the founders, THQ and Sega are also in the running text); the headings '==History==' and "
 "'===Founding and Homeworld (1997\u20132004)==='; cut after '... allowing players to design units from different "
 "anatomical parts of animals.', before the sentence the excerpt breaks off ('The game was successful, though it did "
 "not receive the same attention as Homeworl'; `truncated`; a cut inside a paragraph, at a sentence end), so THQ's "
 "purchase as the article tells it later is not in the text. No citation markers in this rendering. No word added "
 "or changed. Kept as written: 'Relic Entertainment Inc. (formerly known as THQ Canada Inc.) is a Canadian video "
 "game developer based in Vancouver, founded in 1997.', 'Homeworld, Warhammer 40,000: Dawn of War and Company of "
 "Heroes', 'Acquired by THQ in 2004, the company was sold to Sega on January 22, 2013, as part of THQ's bankruptcy "
 "and operated under its European division.', 'By May 2024, Relic had secured a partnership with an external "
 "investment group, allowing it to split from Sega', 'founded in May 1997 by Alex Garden, ..., and Shane Alfreds', "
 "\"(Sierra Entertainment, the game's publisher, owned the rights)\", 'Homeworld: Cataclysm, developed by Barking "
 "Dog Studios and published by Sierra', 'Impossible Creatures, released by Microsoft on January 7, 2003', 'during "
 "the 1930s'. 217 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a revision of 2024 or "
 "later, after Wikimedia's move to 4.0 of June 2023). Found at rank 1 of the query 'Relic Entertainment Canadian "
 "video game developer Vancouver founded 1997 by Alex Garden and Luke Moloney, acquired by THQ, Sega'; wikimili.com "
 "(rank 2; the same words with markers, a copy), en-academic.com and brorelol.gay (ranks 3-4; older, shorter "
 "revisions), quartz.sierragames.net (rank 5; a fan site's own text), a dbkwik RDF page (rank 6), worthplaying.com "
 "(rank 7; THQ's release as news, copyrighted) and homeworld.fandom.com (rank 8) not used. Relic Entertainment, "
 "Homeworld, Barking Dog, Alex Garden, Luke Moloney, Impossible Creatures, THQ Canada, Dawn of War, Company of "
 "Heroes: " + CHECKED + " ('Relic' only as a common noun in texts on other matters; 'THQ', 'Sega', 'Sierra' and "
 "'Microsoft' in texts on other matters).", "non-US",
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
