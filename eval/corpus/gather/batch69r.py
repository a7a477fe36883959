#!/usr/bin/env python3
"""Batch 69r (session 63; gatherer lane 69r): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-68r, kept to three American arcade-game makers, new to the corpus: Cinematronics Incorporated, the
arcade game developer founded on April 1, 1975 in San Diego, California by Dennis Partee and Gary Garrison, two players
of the San Diego Chargers, with Jimmie Dale 'Jim' Pierce, its presidents Garrison and then Pierce, its games Flipper
Ball, Embargo, Space Wars (developed by Larry Rosenthal) and Dragon's Lair (video games, US); Gremlin Industries, the
San Diego arcade game manufacturer founded in 1970 as a contract engineering firm by Harry Frank Fogleman and Carl E.
Grindle, acquired by Sega Enterprises Inc. in 1978, known as Gremlin/Sega or Sega/Gremlin and renamed Sega
Electronics in 1982, with its games Play Ball, Blockade and Head On (video games, US); and Stern (game company), Stern
Electronics, Inc., formed when the Stern family bought the troubled Chicago Coin in 1977, maker of Stampede, Rawhide
and Berzerk, known as Stern / Seeburg after buying the Seeburg Corporation's jukebox assets, with Sam Stern once
president of Williams and Gary Stern president of Stern Electronics, Pinstar and Data East Pinball (Stern Pinball,
Inc.) (arcade games and pinball, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.m.wikipedia.org's mobile rendering of 'Cinematronics' (undated, a recent revision), wiki.outremer.quest's
Kiwix copy of 'Gremlin Industries' (the dump wikipedia_en_all_maxi_2023-10) and wikimili.com's copy of 'Stern (game
company)' (undated, an older revision); each cut at a sentence end before the sentence its excerpt breaks off in
(`truncated`). Edits per item in `notes` (title lines, site lines, infobox lines, a contents line, section headings,
'edit' lines, a caption and citation markers cut; paragraphs joined with blank lines; no word added or changed);
`verify()` checks every kept paragraph against the saved excerpt (/tmp/gather69r/src), the markers ('[1]', ' [1]',
'[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as batches 55e-68r did. No text
tells an outage or a near-miss of one. newskg (or any extractor) was not run on any text. A round of three: five
queries, three answered with English Wikipedia text on a company not yet in the corpus and were taken (round notes,
/tmp/gather69r/NOTES.md; queries, /tmp/gather69r/src/queries.txt; claims, /work/notes/gather69/CLAIMS.txt).
usage: batch69r.py [POOL_DIR] [--dry]   (default /tmp/gather69r/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69r/pool"
SRC = "/tmp/gather69r/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and in GATHERING.md, none in "
           "the session-63 pools (/tmp/gather69*/pool) or in /work/notes/gather69/CLAIMS.txt as they stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- video games, US: Cinematronics (en.m.wikipedia.org's mobile rendering, undated, recent) ----------------------
CI = [
 "Cinematronics Incorporated was an arcade game developer that primarily released vector graphics games in the late "
 "1970s and early 1980s. While other companies released games based on raster displays, early in their history, "
 "Cinematronics and Atari, Inc. released vector-display games, which offered a distinctive look and a greater graphic "
 "capability (at the time), at the cost of being only black and white (initially). Cinematronics also published "
 "Dragon's Lair in 1983, the first major LaserDisc video game.",
 "Cinematronics Inc. was founded on April 1, 1975, by two players of the San Diego Chargers football team, Dennis "
 "Partee and Gary Garrison, as well as Jimmie Dale \u201cJim\u201d Pierce (1937\u20132011) in San Diego, California. "
 "Garrison initially served as president until Pierce assumed that role. The company first entered the market "
 "creating clones of Pong, selling them in the local area. Their first game offered nationally was Flipper Ball (1976) "
 "followed by Embargo (1977). The company struggled to stay afloat and in 1977 Garrison sold his share to mortgage "
 "broker Ralph Clarke.",
 "At the end of 1977, Cinematronics released the game Space Wars, developed by independent game developer Larry "
 "Rosenthal. The game was a TTL-based recreation of the mainframe game Spacewar! which ran using a custom vector "
 "monitor display. Cinematronics, approaching bankruptcy, agreed to manufacture the game in exchange for a five percent "
 "royalty on each cabinet to Rosenthal."]
KEPT["wp-cinematronics"] = ("cinematronics.txt", CI)
R.append(wp("wp-cinematronics", "Cinematronics", "https://en.m.wikipedia.org/wiki/Cinematronics", "\n\n".join(CI),
 "video games", ["history", "founding", "founders", "executives", "products"],
 "The article as en.m.wikipedia.org's mobile rendering holds it in the page store (no date or revision id held; "
 "undated, taken for a recent revision by its wording: 'founded on April 1, 1975, by two players of the San Diego "
 "Chargers football team' and 'Garrison initially served as president until Pierce assumed that role', where "
 "chaos.owiki.org's and piglix.com's older copies at ranks 5 and 7 of the same query write 'founded in 1975 by San "
 "Diego Chargers football players' and 'founded in 1975 by Jim Pearce, Dennis Parte and Gary Garrison'; its lead and "
 "founding paragraph match cryer.org.uk's copy at rank 8 word for word; recorded 4.0, doubtful: undated). Cut: the "
 "infobox lines between the lead and the history ('Cinematronics Incorporated', 'IndustryVideo games', 'FoundedApril "
 "1, 1975', 'DefunctOctober 21, 1987', 'FatePurchased by Tradewest and assets used to created The Leland "
 "Corporation', 'SuccessorThe Leland Corporation', 'HeadquartersEl Cajon, California', 'Key people' with 'Jim Pierce "
 "(co-founder)', 'Thomas Stroud' and 'Fred Fukumoto', 'ProductsSpace Wars', 'Star Castle', 'Dragon's Lair', "
 "'\"World Series: The Season\"', 'SubsidiariesCinematronics International, Inc.'), so Tradewest, The Leland "
 "Corporation, El Cajon, Stroud and Fukumoto are not in the text; the headings 'History' and 'Vector Games' and the "
 "'edit' line under each; the citation markers ('[1]', '[2][3]', '[3][4]'); cut after '... a five percent royalty on "
 "each cabinet to Rosenthal.', at the end of a paragraph, before the sentence the excerpt breaks off in ('Space Wars "
 "was first shown at the Amusement and Music Operators of'; `truncated`; a paragraph of one broken sentence). No word "
 "added or changed. Kept as written: 'Cinematronics Incorporated was an arcade game developer that primarily released "
 "vector graphics games in the late 1970s and early 1980s', 'Cinematronics and Atari, Inc. released vector-display "
 "games', 'Cinematronics also published Dragon's Lair in 1983, the first major LaserDisc video game', 'Cinematronics "
 "Inc. was founded on April 1, 1975, by two players of the San Diego Chargers football team, Dennis Partee and Gary "
 "Garrison, as well as Jimmie Dale \u201cJim\u201d Pierce (1937\u20132011) in San Diego, California' (typographic "
 "quotation marks, an en dash in the life span), 'Garrison initially served as president until Pierce assumed that "
 "role', 'creating clones of Pong', 'Flipper Ball (1976) followed by Embargo (1977)', 'in 1977 Garrison sold his share "
 "to mortgage broker Ralph Clarke', 'At the end of 1977, Cinematronics released the game Space Wars, developed by "
 "independent game developer Larry Rosenthal', 'the mainframe game Spacewar! which ran' (no comma after 'Spacewar!'), "
 "'agreed to manufacture the game in exchange for a five percent royalty on each cabinet to Rosenthal'. {WORDS} words. "
 "No outage and no near-miss of one told ('approaching bankruptcy' a business matter). Found at rank 4 of the query "
 "'Cinematronics arcade video game company founded El Cajon vector games Wikipedia' (Cinematronics new to the corpus's "
 "lists); web-production-4e80b.up.railway.app (rank 1; a page written by a language model, with names dropped), "
 "segaretro.org (ranks 2, 3; a fan wiki, not Wikipedia), chaos.owiki.org (rank 5; an older copy with run-together "
 "words), zonn.com (rank 6; a fan history, copyrighted), piglix.com (rank 7; an older copy) and cryer.org.uk (rank 8; "
 "the same words under another article's address, 'Boxing_Bugs') not used. Cinematronics, Partee, Jim Pierce, Jimmie "
 "Dale, Ralph Clarke, Space Wars, Spacewar, Flipper Ball, Embargo, Dragon's Lair, San Diego Chargers: " + CHECKED + " "
 "('Garrison' in texts on other matters, dev's us-wapa-south-dakota-storms-six-lines-out-of-service-2015 and test's "
 "wp-netcom-united-states; 'Rosenthal' in train's wp-waterford-wedgwood, another matter; 'Embargo' and 'Pong' as "
 "words or substrings in texts on other matters; 'Atari' in test's wp-exidy, another company).", "US",
 copy_of="the Wikipedia article, on en.m.wikipedia.org"))

# ---- video games, US: Gremlin Industries (wiki.outremer.quest's Kiwix copy, dump of 2023-10) --------------------
GR = [
 "Gremlin Industries was an American arcade game manufacturer active from 1970 to 1983, based in San Diego, "
 "California. Following its acquisition by Sega in 1978, the company was known as Gremlin/Sega or Sega/Gremlin. Among "
 "Sega/Gremlin's most notable games are Blockade and Head On, as well as being the North American distributors for "
 "Frogger and Zaxxon. The company's name was subsequently changed to Sega Electronics in 1982, before its operations "
 "were closed in 1983.",
 "Sega later released emulated and playable version of some of Sega/Gremlin games as vault material for the Sega Ages "
 "and Sega Genesis Collection series.",
 "Gremlin was founded in 1970 as a contract engineering firm by Harry Frank Fogleman and Carl E. Grindle. The company "
 "was intended to be named \"Grindleman Industries\" as a portmanteau of their last names, but an employee of the "
 "Delaware Secretary of State's office misheard the name over the phone, so the company was incorporated as Gremlin "
 "instead. In 1973, Gremlin became a manufacturer of coin-operated wall games with their first release Play Ball "
 "(1973). Gremlin joined the video game industry in 1976 by releasing its first video arcade game entitled Blockade "
 "(1976).",
 "In 1978, Gremlin was acquired by Sega Enterprises Inc. and their games acquired the label of Gremlin/Sega or "
 "Sega/Gremlin. Following the Sega purchase, Gremlin released games from both Sega and other Japanese companies."]
KEPT["wp-gremlin-industries"] = ("gremlin.txt", GR)
R.append(wp("wp-gremlin-industries", "Gremlin Industries",
 "https://wiki.outremer.quest/content/wikipedia_en_all_maxi_2023-10/A/Gremlin_Industries", "\n\n".join(GR),
 "video games", ["history", "founding", "founders", "acquisition", "products", "renaming"],
 "The article as a Kiwix copy of the dump wikipedia_en_all_maxi_2023-10 holds it in the page store "
 "(wiki.outremer.quest; undated within the page, no revision id; a revision of up to October 2023, recorded 4.0 as "
 "batch 55p recorded its Kiwix copy of the same dump; doubtful: the dump's month, not the revision's). Cut: the title "
 "line 'Gremlin Industries'; the infobox lines that follow the lead in this copy ('Sega Electronics, Inc.', "
 "'FormerlyGremlin Industries, Inc. (1971-1982)', 'IndustryVideo games', 'Founded1971 (1971)', 'Founder' with "
 "'Frank Fogleman' and 'Carl Grindle', 'Defunct1983 (1983)', 'FateManufacturing division sold to Bally Manufacturing "
 "and merged into Bally/Midway, library absorbed into Sega', 'HeadquartersSan Diego, California', 'ProductsArcade "
 "game', 'ParentSega (1978-1983)'), so Bally Manufacturing, Bally/Midway and the infobox's founding year 1971 are not "
 "in the text; the heading 'History'; the image caption 'An arcade game of Star Trek made by Sega Electronics.' "
 "under it, so Star Trek is not in the text; the citation markers ('[1]' to '[5]'); cut after '... from both Sega and "
 "other Japanese companies.', before the sentence the excerpt breaks off in ('Among these video games were Namco's Gee "
 "Bee (1978), Nichibutsu's Moon Cresta (1980) and Super Moon Cresta (1980), N'; `truncated`), so Namco, Nichibutsu "
 "and their games are not in the text. No word added or changed. Kept as written: 'Gremlin Industries was an "
 "American arcade game manufacturer active from 1970 to 1983, based in San Diego, California', 'Following its "
 "acquisition by Sega in 1978, the company was known as Gremlin/Sega or Sega/Gremlin', 'Among Sega/Gremlin's most "
 "notable games are Blockade and Head On, as well as being the North American distributors for Frogger and Zaxxon', "
 "'The company's name was subsequently changed to Sega Electronics in 1982', 'Sega later released emulated and "
 "playable version of some of Sega/Gremlin games as vault material for the Sega Ages and Sega Genesis Collection "
 "series' ('version' singular, as written; the copy places this sentence after the infobox), 'Gremlin was founded in "
 "1970 as a contract engineering firm by Harry Frank Fogleman and Carl E. Grindle', 'intended to be named "
 "\"Grindleman Industries\"', 'an employee of the Delaware Secretary of State's office misheard the name over the "
 "phone', 'their first release Play Ball (1973)', 'its first video arcade game entitled Blockade (1976)', 'In 1978, "
 "Gremlin was acquired by Sega Enterprises Inc. and their games acquired the label of Gremlin/Sega or Sega/Gremlin', "
 "'Following the Sega purchase'. {WORDS} words. No outage and no near-miss of one told. Found at rank 3 of the query "
 "'Gremlin Industries San Diego founded Frank Fogleman Sega acquired arcade' (Gremlin Industries new to the corpus's "
 "lists); allincolorforaquarter.blogspot.ca and .cl (ranks 1, 8; a blog), thehistoryofhowweplay.wordpress.com (rank "
 "2; a blog), wikimili.com (rank 4; a later revision with the Noval sub-paragraph, breaking off before the Sega "
 "acquisition's paragraph), de.knowledgr.com (rank 5; German), morguefile.wiki (rank 6; a fan timeline) and piglix.com "
 "(rank 7; an older copy) not used. Gremlin Industries, Fogleman, Grindle, Grindleman, Sega Enterprises, Sega "
 "Electronics, Blockade (as a game), Head On (as a game), Frogger, Zaxxon, Play Ball, Sega Ages, Sega Genesis: "
 + CHECKED + " ('Gremlin' alone in test's wp-core-design and batch 57w's scripts, on Gremlin Graphics, a British "
 "company, another matter; 'Blockade' and 'Head On' as words in texts on other matters; 'Sega' alone in texts on other "
 "matters).", "US", copy_of="the Wikipedia article, on wiki.outremer.quest (Kiwix)"))

# ---- arcade games and pinball, US: Stern (game company) (wikimili.com's copy, undated, an older revision) ---------
ST = [
 "Stern is the name of two different but related arcade gaming companies. Stern Electronics, Inc. manufactured arcade "
 "video games and pinball machines from 1977 until 1985, and was best known for Berzerk . Stern Pinball, Inc., founded "
 "in 1986 as Data East Pinball, is a manufacturer of pinball machines in North America.",
 "Stern Electronics was formed when the Stern family bought the financially troubled Chicago Coin in 1977. Chicago "
 "Coin's assets were purchased at bankruptcy sales forming the core inventory of Stern Electronics, Inc.; however, as "
 "a separate company, they did not assume any of the debt Chicago Coin had amassed.",
 "The first two games made by Stern were Stampede and Rawhide, both originally made by Chicago Coin, which only had "
 "changes made to their branding and logos. After a weak start, Stern Electronics' sales started picking up by the "
 "end of 1977. By 1978, they had switched over to fully solid-state electronics for their games. In 1979, Stern "
 "acquired the jukebox production assets of the bankrupt Seeburg Corporation, and the company became known as Stern / "
 "Seeburg. Coincidentally, Seeburg also owned Williams in the 1960s, when Sam Stern was its president.",
 "When arcade video games became popular in 1980, Stern Electronics produced Berzerk . In 1983, Stern became one of "
 "many victims of the amusement industry economic shakeout that occurred. In 1985, Stern Electronics left the "
 "amusement industry. Personnel from Stern Electronics formed a short-lived venture known as Pinstar, producing "
 "conversion kits for old Bally and Stern machines. Gary Stern was the president of Stern Electronics, Inc, Pinstar "
 "Inc, and Data East pinball."]
KEPT["wp-stern-game-company"] = ("stern.txt", ST)
R.append(wp("wp-stern-game-company", "Stern (game company)", "https://wikimili.com/en/Stern_(game_company)",
 "\n\n".join(ST),
 "arcade games/pinball", ["history", "founding", "executives", "products", "assets"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; undated, an older "
 "revision by its wording: 'when the Stern family bought the financially troubled Chicago Coin in 1977' and the "
 "sentence 'Coincidentally, Seeburg also owned Williams in the 1960s, when Sam Stern was its president', where "
 "wikimili.com's other copy at rank 3 of the same query (a later revision) writes 'when Sam and Gary Stern bought the "
 "financially troubled Chicago Coin in 1977' and has neither that sentence nor the Pinstar one in its excerpt; newer "
 "than the-uncensored-wiki.com's copy at rank 7 ('founded by amusement industry-legend Sam Stern'); recorded 3.0 as "
 "an older revision, doubtful: undated). Cut: the title line 'Stern (game company)', the site's 'Last updated' and "
 "'Contents' lines, the infobox lines ('Stern', 'Industry Arcade games', 'Founded1977 (Stern Electronics), 1986 "
 "(Stern Pinball)', 'Headquarters', 'United States', 'Key people' with 'Sam Stern', 'Gary Stern, Chairman' and 'Seth "
 "Davis, CEO', 'ProductsArcade video games, pinball machines', 'OwnerGary Stern', 'Website sternpinball.com'), so Seth "
 "Davis, the posts of chairman and CEO and the owner line are not in the text; the heading 'Stern Electronics, Inc.'; "
 "cut after '... and Data East pinball.', at the end of a paragraph, before the words the excerpt breaks off in ('On "
 "March 16, '; `truncated`). This copy has no citation markers in the excerpt. No word added or changed. Kept as "
 "written: 'Stern is the name of two different but related arcade gaming companies', 'was best known for Berzerk .' "
 "and 'Stern Electronics produced Berzerk .' (a space before each period, as the copy writes them), 'Stern Pinball, "
 "Inc., founded in 1986 as Data East Pinball, is a manufacturer of pinball machines in North America', 'Stern "
 "Electronics was formed when the Stern family bought the financially troubled Chicago Coin in 1977', 'Chicago Coin's "
 "assets were purchased at bankruptcy sales forming the core inventory of Stern Electronics, Inc.;', 'The first two "
 "games made by Stern were Stampede and Rawhide, both originally made by Chicago Coin', 'by the end of 1977', 'In "
 "1979, Stern acquired the jukebox production assets of the bankrupt Seeburg Corporation, and the company became "
 "known as Stern / Seeburg' (spaces around the slash), 'Coincidentally, Seeburg also owned Williams in the 1960s, when "
 "Sam Stern was its president', 'Personnel from Stern Electronics formed a short-lived venture known as Pinstar', "
 "'old Bally and Stern machines', 'Gary Stern was the president of Stern Electronics, Inc, Pinstar Inc, and Data East "
 "pinball' (no periods after 'Inc', lower-case 'pinball'). {WORDS} words. No outage and no near-miss of one told "
 "(bankruptcies and a shakeout are business failures). Found at rank 5 of the query 'Stern Electronics pinball arcade "
 "company Gary Stern Sam Stern Chicago Coin acquired Berzerk Scramble Wikipedia' (Stern new to the corpus's lists); "
 "theinfolist.com (ranks 1, 2; pasted glosses), wikimili.com (rank 3; a later revision without the Seeburg-Williams "
 "and Pinstar sentences in its excerpt, breaking off at 'victims of th'), pinball.fandom.com (rank 4; a fan wiki's "
 "copy of a 2006 revision), en.wikipedia.org's diff page (rank 6; wiki markup), the-uncensored-wiki.com (rank 7; an "
 "old revision) and oldschoolgamermagazine.com (rank 8; a magazine, copyrighted) not used. Stern Electronics, Stern "
 "Pinball, Sam Stern, Gary Stern, Chicago Coin, Seeburg, Pinstar, Berzerk, Stampede, Rawhide: " + CHECKED + " ('Data "
 "East' in test's wp-cinemaware and batch 68w's scripts, another matter; 'Williams' and 'Bally' in texts on other "
 "matters).", "US", v3=True, copy_of="the Wikipedia article, on wikimili.com"))

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
