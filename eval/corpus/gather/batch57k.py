#!/usr/bin/env python3
"""Batch 57k (session 55; gatherer lane 57k): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56j and 57a, kept to mid-size video game developers
outside the United Kingdom and the United States, new to the corpus: a Japanese developer founded in October 2007 from
the merger of Seeds Inc. (founded by three Capcom alumni, Shinji Mikami, Atsushi Inaba and Hideki Kamiya) and Odd Inc.
(founded by Tatsuya Minami), whose games Sega published and which took contract work from Activision and collaborated
with Nintendo (video games, Japan); a Canadian developer founded in September 1991 by Rory Armes, Dave Davis and Ian
Wilkinson, two of them from Distinctive Software (bought by Electronic Arts), bought by Vivendi Games in 2005 and
transferred to Activision in 2008, whose chief executives were Mike Ribero (from Sega of America, 1996) and Ian
Wilkinson, with a chief operating officer Tim Bennison (video games, Canada); a Polish developer founded in February
2002 by Adrian Chmielarz (a co-founder of Metropolis Software) with Michał Kosieradzki and Andrzej Poznański, given a
game by THQ, bought by Epic Games (a majority share in 2007, outright in 2012), renamed Epic Games Poland and spun off
in 2015 under its chief executive Sebastian Wojciechowski (video games, Poland); and a German developer founded in
Bochum in 1997 by four people, bought by the publisher Phenomedia in 1999, bought out by its management in 2002 and
acquired by THQ Nordic, part of Embracer Group, in May 2019 (video games, Germany).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' renderings of 'PlatinumGames' (a revision of 2025 or later: 'Num Employees Year:
2025'), 'Radical Entertainment' (a revision of February 2026 or later: its lead tells a rebranding of 'February, 24
2026') and 'People Can Fly' (a revision of December 2024 or later: 'As of December 2024'), and en.wikipedia.org's
'From Wikipedia, the free encyclopedia' rendering of 'Piranha Bytes' as held at the address with a trailing dot
(en.wikipedia.org./wiki/Piranha_Bytes; a revision of about 2024: 'Founded1997; 27 years ago'); each cut at a sentence
end (`truncated`). Edits per item in `notes` (title lines, infobox lines, headings, an edit link, citation markers and
interlanguage link markers ('[de]') cut; no word added or changed); `verify()` checks every kept paragraph against the
saved excerpt (/tmp/gather58k/src), the markers ('[1]', '[edit]', '[de]') dropped and whitespace runs compared as one
space, as batches 55e, 55i, 55p, 55x, 55za, 55zd, 56b, 56j and 57a did. No text tells an outage; two tell near-misses
of one (Radical Entertainment's layoffs and end of original development; Piranha Bytes' insolvency of its parent and
its closing). newskg (or any extractor) was not run on any text. A round of four: eight queries, four of them answered
with English Wikipedia text on a company not yet in the corpus that was taken (round notes, /work/notes/gather58/57k.md;
queries, /tmp/gather58k/src/queries.txt).
usage: batch57k.py [POOL_DIR] [--dry]   (default /tmp/gather58k/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather58k/pool"
SRC = "/tmp/gather58k/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-55 pools (/tmp/gather58*/pool) and in /work/notes/gather58/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- video games, Japan: PlatinumGames (en.wikipedia.org's '= Title =' rendering, 2025 or later) --------------------
PLATINUM = [
 "PlatinumGames Inc. is a Japanese video game developer based in Osaka. It was founded in October 2007 as result of a "
 "merger between Seeds Inc. and Odd Inc. Capcom alumni Shinji Mikami, Atsushi Inaba, and Hideki Kamiya founded Seeds "
 "Inc. after the closure of Clover Studio, while Odd Inc. was founded by Tatsuya Minami. A year after the studio was "
 "founded, video game publisher Sega announced that it would be publishing four intellectual properties developed by "
 "the company: MadWorld, Infinite Space, Bayonetta, and Vanquish. Their partnership later extended to include Anarchy "
 "Reigns. Most of these games were met with positive reception. Over the years, PlatinumGames had developed an "
 "expertise in action games and one of their key philosophies was that the team would not follow conventional game "
 "design concepts.",
 "While PlatinumGames' core goal was to create new and original intellectual property, the team previously accepted "
 "several contract works from Activision on several licensed projects, most of which received mixed reviews. Since "
 "2013, PlatinumGames began collaborating with Nintendo, who funded several of their original titles, including The "
 "Wonderful 101 and Astral Chain, and handled licensing between Sega that would allow PlatinumGames to continue the "
 "Bayonetta series."]
KEPT["wp-platinumgames"] = ("platinumgames-enwiki.txt", PLATINUM)
R.append(wp("wp-platinumgames", "PlatinumGames", "https://en.wikipedia.org/wiki/PlatinumGames",
 "\n\n".join(PLATINUM),
 "video games", ["history", "founding", "merger", "publishing", "partnership"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "revision of 2025 or later: the infobox's '- Num Employees Year: 2025'). Cut: the title line '= PlatinumGames ='; the "
 "infobox lines ('PlatinumGames Inc.', '- Native Name Lang: ja', '- Romanized Name: Purachina G\u0113muzu Kabushiki "
 "Gaisha', '- Logo: ...', '- Type: Private', '- Predecessors: Seeds Inc. Odd Inc.', '- Hq Location: Oyodo', '- Hq "
 "Location City: Kita-ku, Osaka', '- Hq Location Country: Japan', '- Founders: Shinji Mikami Atsushi Inaba Hideki "
 "Kamiya Tatsuya Minami', '- Key People: Atsushi Inaba (President & CEO) Takao Yamane (Vice president & CBO)', '- "
 "Industry: Video games', '- Products: Bayonetta Nier: Automata Vanquish The Wonderful 101', '- Num Locations: 3', '- "
 "Num Locations Year: 2022', '- Num Employees: 305', '- Num Employees Year: 2025', '- Divisions: PlatinumGames Fukuoka "
 "PlatinumGames Tokyo', '- Homepage: platinumgames.com'), so Inaba's post as president and CEO, the vice president "
 "Takao Yamane, the four as founders of PlatinumGames itself, Nier: Automata and the two divisions are not in the text "
 "(doubtful: the infobox holds the page's only titles; cut as batches 54zu, 55i, 56b, 56j and 57a cut their "
 "infoboxes); cut after '... to continue the Bayonetta series.', before the sentence the excerpt breaks off ('The "
 "studi'; `truncated`; a cut inside a paragraph, at a sentence end). No word added or changed (this rendering has no "
 "citation markers). Kept as written: 'It was founded in October 2007 as result of a merger between Seeds Inc. and Odd "
 "Inc.' (no 'a' before 'result'), 'Capcom alumni Shinji Mikami, Atsushi Inaba, and Hideki Kamiya founded Seeds Inc. "
 "after the closure of Clover Studio, while Odd Inc. was founded by Tatsuya Minami.', 'video game publisher Sega "
 "announced that it would be publishing four intellectual properties developed by the company: MadWorld, Infinite "
 "Space, Bayonetta, and Vanquish.', 'Their partnership later extended to include Anarchy Reigns.', 'the team "
 "previously accepted several contract works from Activision on several licensed projects', 'Since 2013, "
 "PlatinumGames began collaborating with Nintendo, who funded several of their original titles, including The "
 "Wonderful 101 and Astral Chain, and handled licensing between Sega that would allow PlatinumGames to continue the "
 "Bayonetta series.' (so written: 'between Sega' with no second party). 195 words. No outage and no near-miss of one "
 "told ('the closure of Clover Studio': a business closing, no service). Recorded CC BY-SA 4.0 (a revision of 2025 or "
 "later, after Wikimedia's move to 4.0 of June 2023). Found at rank 2 of the query 'PlatinumGames is a Japanese video "
 "game developer based in Osaka founded in 2006 by Shinji Mikami Atsushi Inaba Hideki Kamiya Clover Studio'; "
 "supersmashbros.fandom.com and nintendo.fandom.com (ranks 3, 6; fan wikis) and features and news "
 "(computerandvideogames.com, thetvdb.plex.tv, n4g.com, inuno.ai, 8pe.net; ranks 1, 4, 5, 7, 8; copyrighted) not "
 "used. PlatinumGames, Seeds Inc, Odd Inc, Shinji Mikami, Atsushi Inaba, Hideki Kamiya, Tatsuya Minami, Clover "
 "Studio, Bayonetta, MadWorld, Infinite Space, Vanquish, Anarchy Reigns, Astral Chain, Wonderful 101: " + CHECKED +
 " ('Capcom', 'Sega', 'Activision' and 'Nintendo' are in texts on other matters).", "non-US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- video games, Canada: Radical Entertainment (en.wikipedia.org's '= Title =' rendering, February 2026 or later) --
RADICAL = [
 "Radical Entertainment Inc. is a Canadian video game developer based in Vancouver. The studio is best known for "
 "developing The Simpsons: Hit & Run (2003), Scarface: The World Is Yours (2006), Prototype (2009) and Prototype 2 "
 "(2012), as well as entries in the Crash Bandicoot franchise. Radical Entertainment was founded in September 1991 by "
 "Rory Armes, Dave Davis, and Ian Wilkinson. It was acquired by Vivendi Games in 2005 and transferred to Activision in "
 "2008. The studio faced significant layoffs in 2010 and 2012, with the latter causing it to cease development of "
 "original games and only support other Activision studios, until February, 24 2026 when the CEO Ian Wilkinson and "
 "COO Tim Bennison decided rebrand the studio's name to New Radical Games.",
 "Radical Entertainment co-founders Ian Wilkinson and Rory Armes previously worked for Distinctive Software during the "
 "late 1980s. When Distinctive Software was acquired by Electronic Arts in 1991, Wilkinson and Armes took the "
 "opportunity to form their own company. Radical Entertainment was established in September 1991 in the Yaletown "
 "district of Vancouver. The studio primarily developed Nintendo Entertainment System ports and adaptations of other "
 "video games, peaking at eight projects in 1994.",
 "Mike Ribero left his position as Sega of America's vice president of sales and marketing to become CEO of Radical "
 "Entertainment in 1996."]
KEPT["wp-radical-entertainment"] = ("radical-enwiki.txt", RADICAL)
R.append(wp("wp-radical-entertainment", "Radical Entertainment", "https://en.wikipedia.org/wiki/Radical_Entertainment",
 "\n\n".join(RADICAL),
 "video games", ["history", "founding", "acquisition", "subsidiary", "executives", "rebranding"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "revision of February 2026 or later: the lead tells a rebranding 'until February, 24 2026'). Cut: the title line '= "
 "Radical Entertainment ='; the infobox lines ('Radical Entertainment Inc.', '- Logo: ...', '- Type: Subsidiary', '- "
 "Industry: Video games', '- Founders: Rory Armes Dave Davis Ian Wilkinson', '- Defunct: June 28, 2012', '- Fate: "
 "Rebranded', '- Hq Location City: Vancouver', '- Hq Location Country: Canada', '- Products: The Simpsons (2001\u201303) "
 "Hulk (2003\u201305) Crash Bandicoot (2005\u201308) Scarface: The World Is Yours (2006) Prototype (2009\u201312)', '- "
 "Parent: Vivendi Games (2005\u20132008) Activision (2008\u20132012)'); the headings '== History ==' and '=== "
 "1991\u20132000: Origin and early history ==='; cut after '... to become CEO of Radical Entertainment in 1996.', before "
 "the sentence the excerpt breaks off ('Following the 1996 release of The Divide: Enemies With'; `truncated`; a cut "
 "inside a paragraph, at a sentence end), so The Divide is not in the text. No word added or changed (this rendering "
 "has no citation markers). Kept as written: 'The studio is best known for developing The Simpsons: Hit & Run (2003), "
 "Scarface: The World Is Yours (2006), Prototype (2009) and Prototype 2 (2012), as well as entries in the Crash "
 "Bandicoot franchise.', 'It was acquired by Vivendi Games in 2005 and transferred to Activision in 2008.', 'with the "
 "latter causing it to cease development of original games and only support other Activision studios, until "
 "February, 24 2026 when the CEO Ian Wilkinson and COO Tim Bennison decided rebrand the studio's name to New Radical "
 "Games.' (so written: the comma inside the date and 'decided rebrand'; doubtful: a late addition to the lead that the "
 "rendering holds, kept as the page store holds it), 'Radical Entertainment co-founders Ian Wilkinson and Rory Armes "
 "previously worked for Distinctive Software during the late 1980s.', 'When Distinctive Software was acquired by "
 "Electronic Arts in 1991', 'in the Yaletown district of Vancouver', 'Nintendo Entertainment System ports', 'Mike "
 "Ribero left his position as Sega of America's vice president of sales and marketing to become CEO of Radical "
 "Entertainment in 1996.'. 217 words. No outage told; one near-miss ('significant layoffs' and 'cease development of "
 "original games': staff cuts and a change of work, no service lost). Recorded CC BY-SA 4.0 (a revision of 2026, after "
 "Wikimedia's move to 4.0 of June 2023). Found at rank 5 of the query 'Radical Entertainment was a Canadian video game "
 "developer based in Vancouver founded in 1991 acquired by Vivendi Universal Games Activision'; whatoplay.com and "
 "mobygames.com (ranks 1, 2; not openly licensed), web-production-4e80b.up.railway.app (ranks 3, 4; a 'Fact-checked "
 "by Grok' rewrite, not Wikipedia's text), factsnippet.com (rank 6; sentences picked out), gamicus.fandom.com (rank "
 "7; an older fan-wiki text) and theinfolist.com (rank 8; link glosses woven into the running text) not used. Radical "
 "Entertainment, Rory Armes, Dave Davis, Ian Wilkinson, Tim Bennison, Mike Ribero, Distinctive Software, Prototype 2, "
 "Hit & Run, Scarface: The World, Yaletown, New Radical, Sega of America: " + CHECKED + " ('Vivendi Games' is in "
 "batch 40x's Massive Entertainment text and 'Crash Bandicoot' in batch 20a's Activision Blizzard text, other "
 "matters).", "non-US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- video games, Poland: People Can Fly (en.wikipedia.org's '= Title =' rendering, December 2024 or later) ---------
PCF = [
 "People Can Fly is a Polish video game developer based in Warsaw. The studio was founded in February 2002 by Adrian "
 "Chmielarz, previously the co-founder of Metropolis Software, together with acquaintances Micha\u0142 Kosieradzki and "
 "Andrzej Pozna\u0144ski. The studio's first game was Painkiller (2004). Its success led to a deal with THQ for the game "
 "Come Midnight, which allowed the studio to expand. After the game was cancelled, People Can Fly found itself in "
 "financial trouble. Epic Games acquired a majority share in People Can Fly in August 2007 and collaborated with the "
 "studio on projects such as Bulletstorm (2011) and Gears of War: Judgment (2013).",
 "Epic bought the studio outright in August 2012. Chmielarz, Kosieradzki and Pozna\u0144ski subsequently left the "
 "studio and later founded The Astronauts. People Can Fly was rebranded Epic Games Poland in November 2013. The studio "
 "spun off under its former name and logo in June 2015 under the lead of chief executive officer Sebastian "
 "Wojciechowski. As of December 2024, the company employs roughly 500 or so people in eight locations. Its most recent "
 "game is Outriders, which was released on 1 April 2021.",
 "Before People Can Fly, Adrian Chmielarz had founded Metropolis Software with Grzegorz Miechowski, his friend since "
 "high school, in 1992. They successfully published a number of titles in Europe, including Teenagent."]
KEPT["wp-people-can-fly"] = ("peoplecanfly-enwiki.txt", PCF)
R.append(wp("wp-people-can-fly", "People Can Fly", "https://en.wikipedia.org/wiki/People_Can_Fly",
 "\n\n".join(PCF),
 "video games", ["history", "founding", "acquisition", "rebranding", "spin-off", "executives"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "revision of December 2024 or later: 'As of December 2024' and '- Num Employees Year: 2024'). Cut: the title line '= "
 "People Can Fly ='; the infobox lines ('People Can Fly', '- Logo: ...', '- Logo Caption: Logo used since May 2020', "
 "'- Former Name: Epic Games Poland (2013\u20132015)', '- Type: Public', '- Industry: Video games', '- Founders: Adrian "
 "Chmielarz Micha\u0142 Kosieradzki Andrzej Pozna\u0144ski', '- Hq Location City: Warsaw', '- Hq Location Country: "
 "Poland', '- Num Locations: 7 studios', '- Num Locations Year: 2022', '- Key People: Sebastian Wojciechowski (CEO)', "
 "'- Num Employees: 500+', '- Num Employees Year: 2024', '- Parent: Epic Games (2007\u20132015)'); the headings '== "
 "History ==' and '===Founding and success with Painkiller (1992\u20132004)==='; cut after '... including Teenagent.', "
 "before the sentence the excerpt breaks off ('Due to a personal conflict with Miechowski, Chmielarz op'; `truncated`; "
 "a cut inside a paragraph, at a sentence end). No word added or changed (this rendering has no citation markers). "
 "Kept as written: 'The studio was founded in February 2002 by Adrian Chmielarz, previously the co-founder of "
 "Metropolis Software, together with acquaintances Micha\u0142 Kosieradzki and Andrzej Pozna\u0144ski.' (the Polish "
 "letters kept), 'Its success led to a deal with THQ for the game Come Midnight, which allowed the studio to expand.', "
 "'Epic Games acquired a majority share in People Can Fly in August 2007 and collaborated with the studio on projects "
 "such as Bulletstorm (2011) and Gears of War: Judgment (2013).', 'Epic bought the studio outright in August 2012.', "
 "'People Can Fly was rebranded Epic Games Poland in November 2013.', 'The studio spun off under its former name and "
 "logo in June 2015 under the lead of chief executive officer Sebastian Wojciechowski.', 'the company employs roughly "
 "500 or so people' (so written), 'Adrian Chmielarz had founded Metropolis Software with Grzegorz Miechowski, his "
 "friend since high school, in 1992.', 'They successfully published a number of titles in Europe, including "
 "Teenagent.'. 218 words. No outage and no near-miss of one told ('After the game was cancelled': a cancelled project; "
 "'financial trouble': no service). Recorded CC BY-SA 4.0 (a revision of December 2024 or later, after Wikimedia's "
 "move to 4.0 of June 2023). Found at rank 3 of the query 'People Can Fly is a Polish video game developer based in "
 "Warsaw founded in 2002 by Adrian Chmielarz acquired by Epic Games'; chaos.owiki.org's copy and kiwix.casplantje.nl's "
 "wikipedia_en_all_maxi_2018-10 copy (ranks 1, 8; older texts without the CEO sentence in this form), theinfolist.com's "
 "copies (ranks 4, 7; link glosses woven into the running text), gearsofwar.fandom.com (rank 2; a fan wiki), "
 "micromania.es (rank 5; Spanish news) and mobygames.com (rank 6; not openly licensed) not used. People Can Fly, "
 "Chmielarz, Kosieradzki, Pozna\u0144ski, Poznanski, Metropolis Software, Epic Games Poland, The Astronauts, "
 "Wojciechowski, Miechowski, Teenagent, Painkiller, Come Midnight, Bulletstorm, Gears of War, Outriders: " + CHECKED +
 " ('Epic Games' and 'THQ' are in texts on other matters).", "non-US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- video games, Germany: Piranha Bytes (en.wikipedia.org. 'From Wikipedia' rendering of about 2024) ---------------
PIRANHA = [
 "Piranha Bytes GmbH is a German video game developer based in Essen. It is best known for their Gothic and Risen "
 "series of role-playing video games.",
 "Piranha Bytes was founded in Bochum in 1997 and bought by Phenomedia in 1999. When Phenomedia filed for insolvency in "
 "May 2002, the Piranha Bytes management bought out the studio. THQ Nordic, as part of Embracer Group, then acquired "
 "the company in May 2019.",
 "Piranha Bytes is reported to be in the process of closing since December 2023.",
 "Alex Br\u00fcggemann, Mike Hoge, Stefan Nyul, and Tom Putzki founded Piranha Bytes in Bochum in 1997, incorporating it "
 "as Piranha Bytes Software GmbH. In 1999, the company became a wholly owned subsidiary of the German publisher "
 "Phenomedia. Piranha Bytes' first game, Gothic, was released in 2001. Shortly thereafter, Br\u00fcggemann left the "
 "company to work on smaller game projects, eventually designing The Settlers: Rise of an Empire. He died on 19 "
 "January 2013 after suffering from cancer for three years.",
 "Following a financial scandal at Phenomedia, the parent company filed for insolvency in May 2002. Piranha Bytes' "
 "management performed a management buyout, concluded in September that year, and transferred the studio's trademarks "
 "and intellectual property, including the rights to the Gothic series, to Pluto 13 GmbH, a new entity that assumed "
 "\"Piranha Bytes\" as its trading name. Only one of the four original founders remained with the new incorporation."]
KEPT["wp-piranha-bytes"] = ("piranhabytes-enwiki.txt", PIRANHA)
R.append(wp("wp-piranha-bytes", "Piranha Bytes", "http://en.wikipedia.org./wiki/Piranha_Bytes",
 "\n\n".join(PIRANHA),
 "video games", ["history", "founding", "acquisition", "insolvency", "management buyout", "closure"],
 "The article as en.wikipedia.org's 'From Wikipedia, the free encyclopedia' rendering holds it in the page store, at "
 "the address with a trailing dot (http://en.wikipedia.org./wiki/Piranha_Bytes; undated, no revision id; a revision "
 "of about 2024: the infobox's 'Founded1997; 27 years ago (1997)', and the lead tells a closing 'since December "
 "2023'). Cut: the title line 'Piranha Bytes' and the site line 'From Wikipedia, the free encyclopedia'; the infobox "
 "lines ('Piranha Bytes GmbH', 'Formerly', the two former names with their years, 'Company typeSubsidiary', "
 "'IndustryVideo games', 'Founded1997; 27 years ago (1997) in Bochum, Germany', 'Founders' with four names (one "
 "'Michael Hoge', the running text's 'Mike Hoge'), 'Headquarters,', 'Germany', 'Key people', 'Michael R\u00fcve "
 "(managing director)', 'Products', 'Number of employees', '33 (2021)', 'Parent', 'Websitepiranha-bytes.com'), so "
 "the managing director Michael R\u00fcve is not in the text (doubtful: the page's only titled officer; cut as batches "
 "54zu, 55i, 56b, 56j and 57a cut their infoboxes); the heading 'History[edit]'; the interlanguage link markers '[de]' "
 "after 'Mike Hoge' and 'Tom Putzki' (links to German Wikipedia, no words of the text; dropped as citation markers "
 "are, the space before each with it); the citation markers '[1]' to '[4]'; cut after '... remained with the new "
 "incorporation.', before the sentence the excerpt breaks off ('In March'; `truncated`; a cut inside a paragraph, at a "
 "sentence end). No word added or changed. Kept as written: 'It is best known for their Gothic and Risen series of "
 "role-playing video games.', 'Piranha Bytes was founded in Bochum in 1997 and bought by Phenomedia in 1999.', 'the "
 "Piranha Bytes management bought out the studio', 'THQ Nordic, as part of Embracer Group, then acquired the company "
 "in May 2019.', 'Piranha Bytes is reported to be in the process of closing since December 2023.', 'Alex "
 "Br\u00fcggemann, Mike Hoge, Stefan Nyul, and Tom Putzki founded Piranha Bytes in Bochum in 1997, incorporating it as "
 "Piranha Bytes Software GmbH.', 'the company became a wholly owned subsidiary of the German publisher Phenomedia', "
 "'eventually designing The Settlers: Rise of an Empire', 'Piranha Bytes' management performed a management buyout, "
 "concluded in September that year, and transferred the studio's trademarks and intellectual property, including the "
 "rights to the Gothic series, to Pluto 13 GmbH, a new entity that assumed \"Piranha Bytes\" as its trading name.'. "
 "232 words. No outage told; one near-miss (Phenomedia's insolvency and Piranha Bytes 'in the process of closing': "
 "business failures, no service lost). Recorded CC BY-SA 4.0 (a revision of about 2024, after Wikimedia's move to 4.0 "
 "of June 2023). Found at rank 7 of the query 'Piranha Bytes was a German video game developer based in Essen founded "
 "in 1997 Gothic Risen acquired by THQ Nordic'; news in English and German (altchar.com, gaming-grounds.de, "
 "gamegrin.com, player.one, elektrospieler.de, gamesbasis.com, gamasutra.com; ranks 1-6, 8; copyrighted) not used. "
 "Piranha Bytes, Phenomedia, Pluto 13, Br\u00fcggemann, Bruggemann, Michael Hoge, Mike Hoge, Stefan Nyul, Tom Putzki, "
 "Gothic, Rise of an Empire: " + CHECKED + " ('THQ Nordic' and 'Embracer' are in batch 23b's Embracer Group text and "
 "'The Settlers' in batch 40x's Ubisoft Blue Byte text, other matters; 'Risen' only as a common word).", "non-US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it at an address with a trailing dot"))


def _norm(s):
    """The text without citation markers, edit links and interlanguage link markers ('[4]', ' [4]', '[edit]',
    '[citation needed]', ' [de]'), whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[(\d+|edit|citation needed|de)\]", "", s).split())


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
