#!/usr/bin/env python3
"""Batch 58c (session 55; gatherer lane 58c): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 57a, 57f, 57k, 57p and 57w, kept to mid-size
video game developers of the United States and Canada, new to the corpus: the Irvine, California, role-playing game
developer co-founded by Jason Anderson, Tim Cain and Leonard Boyarsky on April 1, 1998 after they left Interplay, which
convinced Sierra Entertainment to publish Arcanum and closed on February 24, 2005 (video games, US); the Redmond,
Washington, developer formed in May 1998 by Chris Taylor with Jake McMahon, Bartosz Kijanka, Mike Biddlecombe and Rick
Saenz as Gas Powered Games, maker of Dungeon Siege (published by Microsoft Game Studios) and Supreme Commander
(published by THQ), which became the Seattle studio of Wargaming in 2013 and closed in July 2018 (video games, US); the
Austin, Texas, developer founded in 1996 by Chris Roberts, Erin Roberts and six others, purchased by Microsoft on
December 5, 2000, maker of Freelancer (video games, US); and the St. Catharines, Ontario, developer founded in 1992 by
Denis Dyack, signed by Nintendo in 2000, maker of Eternal Darkness and Too Human, which Dyack left in 2012 to form
Precursor Games and which went bankrupt on May 16, 2014 (video games, Canada).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' renderings of 'Troika Games' and 'Wargaming Seattle' (both undated),
en.wikipedia.org's 'Jump to navigation Jump to search' rendering of 'Digital Anvil' (a revision of about 2018-2021) and
piglix.com's copy of 'Silicon Knights' (a revision of about 2015-2017); each cut at a paragraph or sentence end
(`truncated`). Edits per item in `notes` (title and site lines, infobox lines, headings, a list paragraph and citation
markers cut; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt
(/tmp/gather59c/src), the markers ('[1]', '[edit]', '[citation needed]') dropped and whitespace runs compared as one
space, as batches 55e, 55i, 55p, 55x, 55za, 55zd, 56b, 56j, 57a, 57f, 57k and 57p did. No text tells an outage; all
four tell near-misses of one (Troika's lay-offs and closing, Wargaming Seattle closed down, Digital Anvil's titles
dropped after its purchase, Silicon Knights' bankruptcy: business failures). newskg (or any extractor) was not run on
any text. A round of four: four queries, each answered with English Wikipedia text on a studio not yet in the corpus,
all taken (round notes, /work/notes/gather59/58c.md; queries, /tmp/gather59c/src/queries.txt).
usage: batch58c.py [POOL_DIR] [--dry]   (default /tmp/gather59c/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather59c/pool"
SRC = "/tmp/gather59c/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-55 pools (/tmp/gather59*/pool) and in /work/notes/gather59/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- video games, US: Troika Games (en.wikipedia.org's '= Title =' rendering, undated) ----------------------------
TROIKA = [
 "Troika Games was an American video game developer co-founded by Jason Anderson, Tim Cain, and Leonard Boyarsky. The "
 "company was focused on role-playing video games between 1998 and 2005, best known for Arcanum: Of Steamworks and "
 "Magick Obscura and Vampire: The Masquerade \u2013 Bloodlines.",
 "In 1997, Tim Cain, Leonard Boyarsky, and Jason Anderson worked on the Fallout sequel at Interplay. Finishing the "
 "initial design for Fallout 2, they were unable to come to an agreement with Interplay about the future team "
 "structure. They formed their new company, called Troika Games (a Russian word \"\u0422\u0440\u043e\u0439\u043a\u0430\" "
 "meaning \"three of a kind\") since they were the three key developers behind the critically acclaimed Fallout, on "
 "April 1, 1998. They initially planned to do games exclusively for one publisher (Sierra Entertainment), but a "
 "different company published each game. After being unable to secure funding for future projects, they were forced "
 "to lay off their staff in late 2004 and later closed their doors on February 24, 2005.",
 "In 1998, Troika started designing a steampunk fantasy crossover role-playing video game named Arcanum: Of Steamworks "
 "and Magick Obscura and convinced Sierra Entertainment to publish it. The game was launched on August 21, 2001. While "
 "criticized for being unpolished and having a bad combat engine, it received generally favorable reviews, averaging "
 "81% on Metacritic. With 234,000 units sold, it is Troika's best-selling game. In 2016 it was released on Steam, where "
 "as of March 2017, it has over 200,000 owners."]
KEPT["wp-troika-games"] = ("troika-enwiki.txt", TROIKA)
R.append(wp("wp-troika-games", "Troika Games", "https://en.wikipedia.org/wiki/Troika_Games",
 "\n\n".join(TROIKA),
 "video games", ["history", "founding", "products", "publishing", "closure"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; the "
 "latest date the text names is March 2017). Cut: the title line '= Troika Games ='; the infobox lines ('Troika "
 "Games', '- Logo: Troika Games (logo).png', '- Type: Privately held', '- Key People: Tim Cain, Leonard Boyarsky and "
 "Jason Anderson', '- Industry: Video games', '- Products: Arcanum: Of Steamworks and Magick Obscura, The Temple of "
 "Elemental Evil, Vampire: The Masquerade \u2013 Bloodlines', '- Foundation: April 1, 1998', '- Location: Irvine, "
 "California, United States', '- Homepage: troikagames.com (archived)'), so Irvine, California and The Temple of "
 "Elemental Evil are not in the text (cut as batches 54zu, 55i, 56b, 56j, 57a, 57f, 57k and 57p cut their infoboxes); "
 "the headings '==History==' and '==Games=='; cut after '... as of March 2017, it has over 200,000 owners.', before "
 "the paragraph the excerpt breaks off ('After Arcanum was released i'; `truncated`; a cut at a paragraph end). No "
 "citation markers in this rendering. No word added or changed. Kept as written: 'co-founded by Jason Anderson, Tim "
 "Cain, and Leonard Boyarsky', 'Vampire: The Masquerade \u2013 Bloodlines' (an en dash), 'worked on the Fallout sequel "
 "at Interplay', 'They formed their new company, called Troika Games (a Russian word \"\u0422\u0440\u043e\u0439\u043a\u0430\" "
 "meaning \"three of a kind\") since they were the three key developers behind the critically acclaimed Fallout, on "
 "April 1, 1998.' (the Cyrillic word as written), 'They initially planned to do games exclusively for one publisher "
 "(Sierra Entertainment), but a different company published each game.', 'lay off their staff in late 2004 and later "
 "closed their doors on February 24, 2005', 'convinced Sierra Entertainment to publish it', 'averaging 81% on "
 "Metacritic', 'In 2016 it was released on Steam, where as of March 2017, it has over 200,000 owners.'. 243 words. No "
 "outage told; one near-miss (the lay-offs of late 2004 and the closing of February 2005: a business failure, no "
 "service said to be lost). Recorded CC BY-SA 4.0 (doubtful: the revision is undated; the '= Title =' renderings that "
 "batches 55i and 56b dated were of 2024-2025, after Wikimedia's move to 4.0 of June 2023, as batches 56j, 57a, 57f, "
 "57k and 57p recorded their undated ones). Found at rank 3 of the query 'Troika Games was an American video game "
 "developer founded in 1998 by Tim Cain, Leonard Boyarsky and Jason Anderson'; arcanum.fandom.com (rank 1), "
 "strategywiki.org (rank 2), troikagames.fandom.com (rank 4), an older en.wikipedia.org rendering (rank 5), "
 "self.gutenberg.org (rank 6), terra-arcanum.com (rank 7) and memim.com (rank 8; a machine translation) not used. "
 "Troika Games, Tim Cain, Boyarsky, Arcanum, Temple of Elemental, Bloodlines, Sierra Entertainment: " + CHECKED +
 " ('Troika' only as Troika Dialog in a text on another matter; 'Interplay' in texts on other matters).", "US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- video games, US: Wargaming Seattle / Gas Powered Games (en.wikipedia.org's '= Title =' rendering, undated) ----
WGS = [
 "Wargaming Seattle, formerly known as Gas Powered Games, was a video game developer located in Redmond, Washington. "
 "The development studio was started in May 1998 by Chris Taylor and several other ex-Cavedog Entertainment employees. "
 "In 2013 they became the Seattle studio of Wargaming. Wargaming Seattle was closed down in July 2018.",
 "Gas Powered Games was formed in May 1998 by Chris Taylor, alongside Jake McMahon, Bartosz Kijanka, Mike "
 "Biddlecombe, and Rick Saenz. Their launch title was the 2002 3D role-playing video game Dungeon Siege, published by "
 "Microsoft Game Studios. Apart from its custom graphics engine, it also featured simple and innovative role-playing "
 "rules and mechanics that made it stand out from a market already crowded with sword and sorcery/fantasy "
 "role-playing games.",
 "In 2003 Gas Powered released a stand-alone expansion pack for the game, Dungeon Siege: Legends of Aranna. The "
 "expansion was co-developed by Mad Doc Software and again published by Microsoft Game Studios. In August 2005, Gas "
 "Powered released its sequel to Dungeon Siege, Dungeon Siege II. In March 2006, Take-Two Interactive purchased the "
 "full publishing rights of the Dungeon Siege series, ending the four-year Microsoft partnership with Gas Powered "
 "Games. GPG released Supreme Commander, a real-time strategy game in February 2007, published by THQ."]
KEPT["wp-wargaming-seattle"] = ("wargamingseattle-enwiki.txt", WGS)
R.append(wp("wp-wargaming-seattle", "Wargaming Seattle", "https://en.wikipedia.org/wiki/Wargaming_Seattle",
 "\n\n".join(WGS),
 "video games", ["history", "founding", "ownership", "products", "publishing", "closure"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; the "
 "latest date the text names is July 2018). Cut: the title line '= Wargaming Seattle ='; the infobox lines "
 "('Wargaming Seattle', '- Logo: Gas Powered Games Logo.svg', '- Type: Subsidiary', '- Foundation: May 1998', '- "
 "Founders: Chris Taylor Jake McMahon Bartosz Kijanka Mike Biddlecombe Rick Saenz', '- Defunct: July 22, 2018', '- "
 "Fate: Dissolved', '- Location: Redmond, Washington, United States', '- Key People: Chris Taylor (1998\u20132016)', "
 "'- Industry: Video games', '- Products: Dungeon Siege, Supreme Commander, Demigod', '- Num Employees: 150', '- Num "
 "Employees Year: 2018', '- Parent: Wargaming (2013\u20132018)', '- Former Names: Gas Powered Games (1998\u20132013)'), so "
 "the day of closing (July 22, 2018), Demigod and Wargaming as 'Parent' are not in the text (cut as batches 54zu, 55i, "
 "56b, 56j, 57a, 57f, 57k and 57p cut their infoboxes); the heading '==History=='; cut after '... a real-time "
 "strategy game in February 2007, published by THQ.', before the sentence the excerpt breaks off ('Announced in the "
 "August 2005 issue of PC Gamer magazine, Chris Taylor touted Supreme Commander as the s'; `truncated`; a cut inside a "
 "paragraph, at a sentence end). No citation markers in this rendering. No word added or changed. Kept as written: "
 "'Wargaming Seattle, formerly known as Gas Powered Games', 'started in May 1998 by Chris Taylor and several other "
 "ex-Cavedog Entertainment employees', 'In 2013 they became the Seattle studio of Wargaming.', 'Gas Powered Games was "
 "formed in May 1998 by Chris Taylor, alongside Jake McMahon, Bartosz Kijanka, Mike Biddlecombe, and Rick Saenz.', "
 "'the 2002 3D role-playing video game Dungeon Siege, published by Microsoft Game Studios', 'sword and "
 "sorcery/fantasy', 'In 2003 Gas Powered released' (no comma), 'co-developed by Mad Doc Software', 'In March 2006, "
 "Take-Two Interactive purchased the full publishing rights of the Dungeon Siege series, ending the four-year "
 "Microsoft partnership with Gas Powered Games.', 'GPG released Supreme Commander, a real-time strategy game in "
 "February 2007, published by THQ.' (no comma after 'game'). 205 words. No outage told; one near-miss (the studio "
 "'closed down in July 2018': a business ending, no service said to be lost). Recorded CC BY-SA 4.0 (doubtful: the "
 "revision is undated, as above). Found at rank 3 of the query 'Gas Powered Games was an American video game developer "
 "founded by Chris Taylor in 1998, Kirkland, Washington, Wargaming'; vbaddict.net (rank 1; a blog), m.yandex.ru (rank "
 "2; Russian), gamepolitics.com, engadget.com, gamingtrend.com and vgchartz.com (ranks 4-7; news, copyrighted) and "
 "wikimili.com (rank 8; a copy of the same article) not used. Wargaming Seattle, Gas Powered, Chris Taylor, Dungeon "
 "Siege, Supreme Commander, Mad Doc, Cavedog, Kijanka, Biddlecombe: " + CHECKED + " ('Microsoft Game Studios' and "
 "'Take-Two' in texts on other matters; Wargaming's own history is batch 55i's, a text that names no Seattle "
 "studio).", "US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- video games, US: Digital Anvil (en.wikipedia.org's 'Jump to navigation Jump to search' rendering) -------------
ANVIL = [
 "Digital Anvil, Inc. was an American video game developer based in Austin, Texas.",
 "Digital Anvil was founded in 1996 by Chris Roberts, Erin Roberts, Tony Zurovec, Marten Davies, Craig Cox, John "
 "Miles, Eric Peterson, and Robert Rodriguez. The name derived from the team's idea to provide \"hard work and high "
 "tech\". Digital Anvil offered profit-related pay to encourage creative drive and give employees a sense of ownership "
 "in the company.",
 "Digital Anvil was purchased by Microsoft on December 5, 2000. One of the consequences of Digital Anvil's purchase "
 "was a reshuffling of titles being developed. Conquest: Frontier Wars and Loose Cannon were dropped by the company, "
 "eventually being picked up by Ubisoft. Conquest was released in 2001, but Loose Cannon has not yet been released. "
 "Many of the Digital Anvil staff working on Loose Cannon were reassigned to the company's flagship Freelancer. Brute "
 "Force (still unannounced at the time) was switched from a computer game to an Xbox exclusive. Of all the projects "
 "being produced, only Freelancer escaped major change. Co-founder Chris Roberts left the company after the Microsoft "
 "takeover, but he still worked as a consultant on Freelancer. Digital Anvil also worked on the visual effects of the "
 "1999 film Wing Commander.",
 "For the next year, Digital Anvil was mostly silent, and many wondered whether any games from the company would see "
 "the light of day. Then, in 2001, Digital Anvil revealed a lighter Freelancer to the gaming press. Although some of "
 "the more ambitious elements were dropped, this act proved Freelancer was not vaporware."]
KEPT["wp-digital-anvil"] = ("digitalanvil-enwiki.txt", ANVIL)
R.append(wp("wp-digital-anvil", "Digital Anvil", "https://en.wikipedia.org/wiki/Digital_Anvil",
 "\n\n".join(ANVIL),
 "video games", ["history", "founding", "acquisition", "products"],
 "The article as the page store holds en.wikipedia.org's address in the 'Jump to navigation Jump to search' rendering "
 "(undated, no revision id; a revision of about 2018-2021: the layout en.wikipedia.org used until about 2021-2022, as "
 "batch 57v dated its Rimowa rendering, and the infobox names the successor TT Fusion, where later revisions name "
 "Cloud Imperium Games). Cut: the title line 'Digital Anvil', the lines 'From Wikipedia, the free encyclopedia' and "
 "'Jump to navigation Jump to search'; the infobox lines ('Digital Anvil, Inc.', 'IndustryVideo games', the eight "
 "founders as '\u2022' items, 'DefunctJanuary 31, 2006', 'SuccessorTT Fusion', 'HeadquartersAustin, Texas, U.S.', "
 "'ParentMicrosoft Game Studios'), so the closing of January 31, 2006, TT Fusion and Microsoft Game Studios are not in "
 "the text (cut as batches 54zu, 55i, 56b, 56j, 57a, 57f, 57k and 57p cut their infoboxes); the citation markers "
 "'[1]' to '[4]'; the excerpt's two line breaks between the lead and the next paragraph read as one paragraph break; "
 "cut after '... this act proved Freelancer was not vaporware.', before the sentence the excerpt breaks off ('In "
 "March 200'; `truncated`; a cut inside a paragraph, at a sentence end). No word added or changed. Kept as written: "
 "'Digital Anvil, Inc. was an American video game developer based in Austin, Texas.', 'founded in 1996 by Chris "
 "Roberts, Erin Roberts, Tony Zurovec, Marten Davies, Craig Cox, John Miles, Eric Peterson, and Robert Rodriguez', "
 "'\"hard work and high tech\".', 'Digital Anvil was purchased by Microsoft on December 5, 2000.', 'Conquest: Frontier "
 "Wars and Loose Cannon were dropped by the company, eventually being picked up by Ubisoft.', 'Conquest was released "
 "in 2001, but Loose Cannon has not yet been released.', 'the company's flagship Freelancer', 'Brute Force (still "
 "unannounced at the time) was switched from a computer game to an Xbox exclusive.', 'Co-founder Chris Roberts left "
 "the company after the Microsoft takeover, but he still worked as a consultant on Freelancer.', 'the visual effects "
 "of the 1999 film Wing Commander', 'For the next year', 'this act proved Freelancer was not vaporware'. 256 words. No "
 "outage told; one near-miss (titles 'dropped by the company' after the purchase: projects ended, no service said to "
 "be lost). Recorded CC BY-SA 3.0 (a revision of about 2018-2021, before Wikimedia's move to 4.0 of June 2023, as "
 "batch 57v recorded its Rimowa rendering); doubtful in that no revision id or date is held. Found at rank 1 of the "
 "query 'Digital Anvil was an American video game developer founded in 1996 by Chris Roberts and Erin Roberts, "
 "acquired by Microsoft'; movatter.jp (rank 2; a proxy of en.m.wikipedia.org with words run together), everipedia.org "
 "(rank 3), wiki.sasgaming.net (rank 4; an Atom feed), self.gutenberg.org (rank 5; an older copy), scw.czen.me (rank "
 "6; a fan wiki), wikimili.com (rank 7; a newer copy) and gamespot.com (rank 8; news, copyrighted) not used. Digital "
 "Anvil, Chris Roberts, Erin Roberts, Zurovec, Freelancer, Starlancer, Loose Cannon, Brute Force, Wing Commander: " +
 CHECKED + " ('freelancer' only as a common word in GATHERING.md).", "US",
 v3=True, copy_of="the Wikipedia article, an older rendering at its address"))

# ---- video games, Canada: Silicon Knights (piglix.com's copy, a revision of about 2015-2017) -----------------------
SK = [
 "Silicon Knights was a Canadian video game developer. Founded in 1992 by Denis Dyack, the company was headquartered "
 "in St. Catharines, Ontario. In 2012, following the loss of a court case against Epic Games, Dyack left Silicon "
 "Knights to form a new game studio, Precursor Games. The case then led Silicon Knights to multiple lawsuits and "
 "eventually to bankruptcy on May 16, 2014.",
 "Silicon Knights' first games were real-time strategy/action hybrids for the computers. Silicon Knights' last PC "
 "game, Blood Omen: Legacy of Kain was published in 1996. Since that time, Silicon Knights moved from creating PC games "
 "to console titles. In 2000, Silicon Knights was signed by Nintendo to create games exclusively for its consoles, "
 "during which time it produced Eternal Darkness: Sanity's Requiem. Together with Nintendo, Silicon Knights worked "
 "with Konami to create Metal Gear Solid: The Twin Snakes. In 2004, the company ended exclusivity with Nintendo. In "
 "2005, it partnered with publisher Microsoft Game Studios for the Too Human trilogy, though Nintendo still owned "
 "stock in the company. In 2008, the company released Too Human, which was published by Microsoft for the Xbox 360. "
 "The final game developed by the company, X-Men: Destiny, was released on September, 2011 for multiple console "
 "platforms."]
KEPT["wp-silicon-knights"] = ("siliconknights-piglix.txt", SK)
R.append(wp("wp-silicon-knights", "Silicon Knights", "http://piglix.com/piglix/Silicon_Knights",
 "\n\n".join(SK),
 "video games", ["history", "founding", "products", "publishing", "partnerships", "bankruptcy"],
 "The article as piglix.com (a site that serves copies of Wikipedia articles) holds it (undated, no revision id; a "
 "revision of about 2015-2017: it tells the bankruptcy of May 16, 2014 and the infobox counts employees of October "
 "2012, as batch 55n dated its piglix.com copy of Iceland Foods to about 2016). Cut: the infobox lines ('Video game "
 "developer | |' to 'Website | www |', with 'Key people | Denis Dyack Michael Mays |' and 'Number of employees | 97 "
 "(July 2011) 5 (October 2012)'), so Michael Mays and the staff counts are not in the text (cut as batches 54zu, 55i, "
 "55n, 56b, 56j, 57a, 57f, 57k and 57p cut their infoboxes); the excerpt's single line breaks between paragraphs kept "
 "as blank lines; cut after '... was released on September, 2011 for multiple console platforms.', before the last "
 "paragraph of the excerpt ('Canceled games included the original Too Human (an entirely different game ...), Silent "
 "Hill: The Box (later known as just The Box and The Ritualyst), Too Human 2 (Too Human: Rise of the Giants), Too "
 "Human 3, Eternal Darkness 2, and the little-known projects Siren in the Maelstrom, The Sandman and King's Quest.'; "
 "`truncated`; a cut at a paragraph end: a list of cancelled games, one of them a second game named 'Too Human', with "
 "no company fact). No citation markers in this copy. No word added or changed. Kept as written: 'Founded in 1992 by "
 "Denis Dyack, the company was headquartered in St. Catharines, Ontario.', 'In 2012, following the loss of a court case "
 "against Epic Games, Dyack left Silicon Knights to form a new game studio, Precursor Games.', 'eventually to "
 "bankruptcy on May 16, 2014', 'real-time strategy/action hybrids for the computers', 'Silicon Knights' last PC game, "
 "Blood Omen: Legacy of Kain was published in 1996.' (no comma after the title), 'In 2000, Silicon Knights was signed "
 "by Nintendo to create games exclusively for its consoles', 'Together with Nintendo, Silicon Knights worked with "
 "Konami to create Metal Gear Solid: The Twin Snakes.', 'it partnered with publisher Microsoft Game Studios for the "
 "Too Human trilogy, though Nintendo still owned stock in the company', 'published by Microsoft for the Xbox 360', "
 "'was released on September, 2011' (so written, with a comma). 205 words. No outage told; one near-miss (the "
 "bankruptcy of May 16, 2014: a business failure). Recorded CC BY-SA 3.0 (content of about 2015-2017, before "
 "Wikimedia's move to 4.0 of June 2023, as batch 55n recorded its piglix.com copy); doubtful in that no revision id "
 "is held and piglix.com's own terms were not found in the page store. Found at rank 4 of the query 'Silicon Knights "
 "was a Canadian video game developer founded by Denis Dyack in 1992, St. Catharines, Ontario, Nintendo second-party'; "
 "tvtropes.org (ranks 1, 3 and 8), metalgear.fandom.com (rank 2), a generated rewrite on up.railway.app (rank 5), an "
 "older copy with no address held (rank 6) and review.clateway.com (rank 7; a shorter copy with 'Cite error' lines) "
 "not used. Silicon Knights, Dyack, Eternal Darkness, Precursor Games, Too Human, Twin Snakes, X-Men: Destiny, Legacy "
 "of Kain: " + CHECKED + " ('Konami' in texts on other matters).", "non-US",
 v3=True, copy_of="the Wikipedia article, via piglix.com's copy of about 2015-2017"))


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
