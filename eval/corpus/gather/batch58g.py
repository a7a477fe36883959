#!/usr/bin/env python3
"""Batch 58g (session 55; gatherer lane 58g): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 57a, 57f, 57k, 57p, 57w and 58c, kept to
mid-size American video game developers of the 1990s-2000s, new to the corpus: the Westwood, Los Angeles, developer
formed in 1998 by president Josh Resnick and CEO Andrew Goldman after they left Activision, bought with BioWare by
Elevation Partners in 2005 and placed under VG Holding Corp., which Electronic Arts bought in 2007 (video games, US);
the Lewisville, Texas, developer founded in October 1994 by ex-Microsoft employee Mark Randel and former Mallard
Software general manager Brett Combs, whose first game was pitched to 3D Realms, a division of Apogee Software (video
games, US); the Kirkland, Washington, developer founded in 1994 by Brian Goble and six others, acquired by Warner Bros.
Interactive Entertainment in August 2004, maker of the LithTech engine (video games, US); and the developer founded in
1994 by three former Evans & Sutherland employees, maker of Twisted Metal with Sony Computer Entertainment, bought by GT
Interactive, which Infogrames bought in turn (video games, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's 'From Wikipedia, the free encyclopedia' rendering of 'Pandemic Studios' (of about 2024),
en.wikipedia.org's '= Title =' renderings of 'Terminal Reality' and 'SingleTrac' (both undated) and en.wikipedia.org's
old-revision page of 'Monolith Productions' (revision 994960647 of 18 December 2020); each cut at a paragraph or
sentence end (`truncated`). Edits per item in `notes` (title and site lines, an old-revision notice, infobox lines,
headings and citation markers cut; no word added or changed); `verify()` checks every kept paragraph against the saved
excerpt (/tmp/gather59g/src), the markers ('[1]', '[edit]', '[citation needed]') dropped and whitespace runs compared
as one space, as batches 55e-58c did. No text tells an outage; two tell near-misses of one (Pandemic closed by EA,
SingleTrac closed down: business endings). newskg (or any extractor) was not run on any text. A round of four: six
queries, four answered with English Wikipedia text on a studio not yet in the corpus and taken, two (Obsidian
Entertainment, Shiny Entertainment) left as leads (round notes, /work/notes/gather59/58g.md; queries,
/tmp/gather59g/src/queries.txt).
usage: batch58g.py [POOL_DIR] [--dry]   (default /tmp/gather59g/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp, record, EDITS, LICENCE_3

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather59g/pool"
SRC = "/tmp/gather59g/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-55 pools (/tmp/gather59*/pool) and in /work/notes/gather59/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- video games, US: Pandemic Studios (en.wikipedia.org's 'From Wikipedia' rendering, about 2024) ----------------
PAN = [
 "Pandemic Studios, LLC was an American video game developer based in Westwood, Los Angeles. Andrew Goldman and Josh "
 "Resnick founded the studio in 1998 after leaving Activision. Pandemic Studios, alongside BioWare, was acquired in "
 "2005 by Elevation Partners and placed under VG Holding Corp., which in 2007 was sold to Electronic Arts (EA). EA "
 "closed Pandemic Studios in 2009. Pandemic Studios is known for a variety of titles, including Full Spectrum Warrior, "
 "Star Wars: Battlefront, Dark Reign 2, Destroy All Humans!, Mercenaries, and The Saboteur.",
 "Pandemic was formed in 1998 by president Josh Resnick and CEO Andrew Goldman, both formerly of Activision, along "
 "with most of the original team members that worked on Battlezone and Dark Reign: The Future of War. The studio was "
 "founded with an undisclosed equity investment by Activision. The company name was narrowed down from around six "
 "choices, including Seismic. In the end, Pandemic was chosen as the name. Pandemic's first two games, Battlezone II "
 "and Dark Reign 2, were both sequels to the aforementioned games for Activision.",
 "In 2000, Pandemic opened a development studio in Brisbane, Australia, within the suburb of Fortitude Valley, whose "
 "first project was Army Men: RTS, a real-time strategy console game using the Dark Reign 2 engine. Destroy All "
 "Humans! was the studio's next game. In 2003, the Los Angeles studio moved from its founding location at Santa Monica "
 "to a high-rise building in Westwood.",
 "In November 2005, a partnership was announced between Pandemic and Canada's BioWare, with private equity fund "
 "Elevation Partners investing in the partnership. Both companies retained their brands and identities."]
KEPT["wp-pandemic-studios"] = ("pandemic-enwiki.txt", PAN)
R.append(wp("wp-pandemic-studios", "Pandemic Studios", "https://en.wikipedia.org/wiki/Pandemic_Studios",
 "\n\n".join(PAN),
 "video games", ["history", "founding", "leadership", "ownership", "acquisition", "products", "closure"],
 "The article as en.wikipedia.org's 'From Wikipedia, the free encyclopedia' rendering holds it in the page store "
 "(undated, no revision id; a revision of about 2024: the infobox reads 'Founded1998; 26 years ago'). Cut: the title "
 "line 'Pandemic Studios' and the line 'From Wikipedia, the free encyclopedia'; the infobox lines ('Pandemic Studios, "
 "LLC', 'Company typeSubsidiary', 'IndustryVideo games', 'Founded1998; 26 years ago (1998)', the founders as '\u2022' "
 "items, 'DefunctNovember 17, 2009 (2009-11-17)', 'Key people', 'Number of employees', '200+ (2009)'), so the day of "
 "closing (November 17, 2009) and the staff count are not in the text (cut as batches 54zu-58c cut their infoboxes); "
 "the citation markers '[1]' (three times), '[2]' and '[3]'; the excerpt's two line breaks after the lead read as one "
 "paragraph break; cut after 'Both companies retained their brands and identities.', before the sentence the excerpt "
 "breaks off ('On October 11, 2007, it '; `truncated`; a cut inside a paragraph, at a sentence end). No word added or "
 "changed. Kept as written: 'based in Westwood, Los Angeles', 'Andrew Goldman and Josh Resnick founded the studio in "
 "1998 after leaving Activision.', 'Pandemic Studios, alongside BioWare, was acquired in 2005 by Elevation Partners and "
 "placed under VG Holding Corp., which in 2007 was sold to Electronic Arts (EA).', 'EA closed Pandemic Studios in "
 "2009.', 'Destroy All Humans!, Mercenaries, and The Saboteur', 'formed in 1998 by president Josh Resnick and CEO "
 "Andrew Goldman, both formerly of Activision', 'an undisclosed equity investment by Activision', 'including "
 "Seismic', 'were both sequels to the aforementioned games for Activision', 'Army Men: RTS', 'Destroy All Humans! was "
 "the studio's next game.', 'a partnership was announced between Pandemic and Canada's BioWare, with private equity "
 "fund Elevation Partners investing in the partnership'. 263 words. No outage told; one near-miss ('EA closed "
 "Pandemic Studios in 2009': a business ending, no service said to be lost). Recorded CC BY-SA 4.0 (a revision of "
 "about 2024, after Wikimedia's move to 4.0 of June 2023). Found at rank 7 of the query 'Pandemic Studios was an "
 "American video game developer founded in 1998 by Josh Resnick and Andrew Goldman, Electronic Arts'; "
 "simple.wikipedia.org (rank 1; Simple English), 3776fuji.net (rank 2; a MobyGames copy), en.m.wikipedia.org (rank 3; "
 "older), en.wikipedia.org's '= Title =' rendering (rank 4; it breaks off earlier, at 'to a high-rise '), "
 "mercenaries.wikia.com (rank 5), gamedeveloper.com (rank 6; news, copyrighted) and an older 'Jump to: navigation, "
 "search' rendering (rank 8) not used. Pandemic Studios, Josh Resnick, Andrew Goldman, Elevation Partners, VG Holding, "
 "Battlefront, Full Spectrum, Mercenaries, Destroy All Humans, Saboteur, BioWare: " + CHECKED + " ('BioWare' only in "
 "GATHERING.md's lead lists; 'Activision' and 'Electronic Arts' in texts on other matters).", "US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- video games, US: Terminal Reality (en.wikipedia.org's '= Title =' rendering, undated) -----------------------
TRI = [
 "Terminal Reality is an American video game development and production company based in Lewisville, Texas. Founded "
 "in October 1994 by ex-Microsoft employee Mark Randel and former Mallard Software general manager Brett Combs, "
 "Terminal Reality developed a variety of games including racing games (such as 4x4 EVO 2), 3D action games (such as "
 "BloodRayne), and more.",
 "After leaving the Bruce Artwick Organization in mid-1994, Randel and Combs founded Terminal Reality in October 1994, "
 "which required Randel leave Chicago where he had just finished up on his BSE and MS in electrical engineering from "
 "University of Illinois. The goal of Terminal Reality was to exploit texture mapped 3D game engines, with only $1000, "
 "and working out of Brett Combs' home. During that time they were developing their first release, Terminal Velocity, "
 "and pulled together $120,000, received advances on the game and were basically able to avoid giving up ownership "
 "and primary decision rights to venture capitalists. After that first year the company generated $1.2 million and "
 "nearly doubled it the second year with $2.1 million.",
 "Terminal Reality's first game, Terminal Velocity, was a 3-D air combat game, Brett Combs pitched to Garland-based "
 "publisher 3D Realms. 3D Realms was the new division started by the popular Apogee Software known for its arcade "
 "style action shooters and titles such as Wolfenstein 3D. Scott Miller was intrigued by Randel's technology and "
 "Combs' management. Scott later said in a Dallas Business Journal report that \"They had the backgrounds and track "
 "records with proven experience to pull off the game they were pitching to us.\""]
KEPT["wp-terminal-reality"] = ("terminalreality-enwiki.txt", TRI)
R.append(wp("wp-terminal-reality", "Terminal Reality", "https://en.wikipedia.org/wiki/Terminal_Reality",
 "\n\n".join(TRI),
 "video games", ["history", "founding", "products", "publishing", "funding"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id). Cut: "
 "the title line '= Terminal Reality ='; the infobox lines ('Terminal Reality', '- Logo: Terminal Reality Company "
 "Logo.png', '- Type: Private', '- Industry: Video games', '- Founder: Mark Randel, Brett Combs', '- Location City: "
 "Lewisville, Texas', '- Location Country: U.S.', '- Key People: Brett Russell, Brett Combs, Mark Randel, Brendan "
 "Goss, Drew Haworth, John O'Keefe'), so Brett Russell, Brendan Goss, Drew Haworth and John O'Keefe are not in the "
 "text (cut as batches 54zu-58c cut their infoboxes); the heading '==History =='; cut after '... to pull off the game "
 "they were pitching to us.\"', before the paragraph the excerpt breaks off ('Terminal Reality went on, after the'; "
 "`truncated`; a cut at a paragraph end). No citation markers in this rendering. No word added or changed. Kept as "
 "written: 'Terminal Reality is an American video game development and production company' (present tense), "
 "'Founded in October 1994 by ex-Microsoft employee Mark Randel and former Mallard Software general manager Brett "
 "Combs', '(such as 4x4 EVO 2)', 'After leaving the Bruce Artwick Organization in mid-1994', 'which required Randel "
 "leave Chicago' (no 'to'), 'from University of Illinois' (no 'the'), 'with only $1000', \"Brett Combs' home\", "
 "'pulled together $120,000, received advances on the game', '$1.2 million', 'was a 3-D air combat game, Brett Combs "
 "pitched to Garland-based publisher 3D Realms.' (so written), '3D Realms was the new division started by the popular "
 "Apogee Software', 'Scott Miller was intrigued', 'Scott later said in a Dallas Business Journal report'. 258 words. "
 "No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (doubtful: the revision is undated; the '= Title =' "
 "renderings that batches 55i and 56b dated were of 2024-2025, as batches 56j-58c recorded their undated ones). Found "
 "at rank 5 of the query 'Terminal Reality was an American video game developer founded in 1994 by Mark Randel and "
 "Brett Combs, Lewisville, Texas'; gamingexcellence.com (rank 1; copyrighted), wikisum.wiki (rank 2; a summary), "
 "gamicus.fandom.com (rank 3), en.wikipedia.org's 'Jump to navigation Jump to search' rendering (rank 4; it adds a "
 "paragraph on Randel's Flight Simulator work and breaks off sooner), absoluteastronomy.com (rank 6), "
 "the-uncensored-wiki.com (rank 7; a 2012 copy) and theinfolist.com (rank 8; glosses run into the text) not used. "
 "Terminal Reality, Mark Randel, Brett Combs, Mallard Software, Bruce Artwick, 3D Realms, Terminal Velocity, "
 "BloodRayne, Apogee: " + CHECKED + " ('Apogee' only in GATHERING.md's lead lists; 'Microsoft' in texts on other "
 "matters).", "US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- video games, US: Monolith Productions (en.wikipedia.org old revision 994960647, 18 December 2020) -----------
MON = [
 "Monolith Productions is an American video game developer based in Kirkland, Washington. Warner Bros. Interactive "
 "Entertainment acquired Monolith Productions in August 2004.",
 "Monolith Productions was founded in October 15, 1994 by Brian Goble, Brian Waite, Bryan Bouwman, Garrett Price, "
 "Jace Hall, Paul Renault, and Toby Gladwell.",
 "Co-Founder Brian Goble had this to say regarding the company name.",
 "At the time we formed the company, DOS was still the OS of choice for games. Because of this, we knew we had to "
 "come up with a name that was 8 characters or less (for 8.3 filenames). We had been researching story and technology "
 "ideas for our demo CD and we were watching a lot of movies. \"Monolith\" came up, was semi mysterious, wasn't taken, "
 "and was 8 characters. Perfect.",
 "The company is known for their games Blood, the No One Lives Forever and F.E.A.R series. Monolith is also known for "
 "the development of the graphical game engine LithTech, which has been used for most of their games and premiered "
 "with Shogo: Mobile Armor Division in September 1998; they also used Brian Goble's Windows Animation Package 32 "
 "engine for their 2D games."]
KEPT["wp-monolith-productions"] = ("monolith-enwiki-oldid994960647.txt", MON)
R.append(record("wp-monolith-productions", "Monolith Productions",
 "https://en.wikipedia.org/wiki/Monolith_Productions",
 "https://en.wikipedia.org/wiki/?oldid=994960647&title=Monolith_Productions",
 "\n\n".join(MON),
 "video games", ["history", "founding", "acquisition", "products", "technology"],
 EDITS + "Revision 994960647 of the article (edited 13:04, 18 December 2020, 'Task 18 (cosmetic): eval 3 "
 "templates: hyphenate params (4\u00d7);') as en.wikipedia.org's permanent-link page renders it in the page store, "
 "with its old-revision notice. Cut: the lines 'Jump to content', 'Monolith Productions', 'From Wikipedia, the free "
 "encyclopedia', the old-revision notice ('This is an old revision of this page, as edited by Monkbot (talk | "
 "contribs) at 13:04, 18 December 2020 (...). The present address (URL) is a permanent link to this revision, which "
 "may differ significantly from the current revision.'); the infobox lines ('Monolith Productions, Inc.', 'Company "
 "typeSubsidiary', 'IndustryVideo games', 'FoundedOctober 25, 1994; 30 years ago (1994-10-25)[1]', 'Founders' and "
 "the seven founders as '\u2022' items, 'HeadquartersKirkland, Washington, USA', 'Number of employees', '100+ "
 "(2004)[2]', 'ParentWarner Bros. Interactive Entertainment', 'Websitelith.com'), so the infobox's founding day "
 "(October 25, 1994, where the running text says 'October 15, 1994') and 'Monolith Productions, Inc.' are not in the "
 "text (cut as batches 54zu-58c cut their infoboxes); the heading 'History'; the citation markers '[3]' and '[4]' "
 "(twice); cut after '... Windows Animation Package 32 engine for their 2D games.', before the sentence the excerpt "
 "breaks off ('Between 1997 and 1999, Monolith also published games \u2013 some develope'; `truncated`; a cut inside "
 "a paragraph, at a sentence end). The quoted words of Brian Goble (a block quote in the article) kept as their own "
 "paragraph, as the excerpt sets them. No word added or changed. Kept as written: 'Warner Bros. Interactive "
 "Entertainment acquired Monolith Productions in August 2004.', 'was founded in October 15, 1994 by' (so written, "
 "'in'), 'Co-Founder Brian Goble' (capital F), 'DOS was still the OS of choice for games', '(for 8.3 filenames)', "
 "'\"Monolith\" came up, was semi mysterious, wasn't taken, and was 8 characters. Perfect.', 'the No One Lives "
 "Forever and F.E.A.R series' (no stop after the R), 'the graphical game engine LithTech', 'premiered with Shogo: "
 "Mobile Armor Division in September 1998', \"Brian Goble's Windows Animation Package 32 engine\". 190 words. No "
 "outage and no near-miss of one told. Recorded CC BY-SA 3.0 (a revision of 18 December 2020, before Wikimedia's move "
 "to 4.0 of June 2023). Found at rank 5 of the query 'Monolith Productions is an American video game developer based "
 "in Kirkland, Washington, founded in 1994, Warner Bros. Interactive'; movatter.jp (rank 1; a proxy with words run "
 "together), wikiclassic.com (rank 2; a copy with altered words, 'wuz', 'tweak'), up.railway.app (rank 3; a generated "
 "rewrite), mobygames.com (rank 4; copyrighted), zalansite.site (rank 6; a wikitext edit page), g2a.com (rank 7) and "
 "dev.gamebanshee.com (rank 8; news, copyrighted) not used. Monolith Productions, Brian Goble, Jace Hall, Bouwman, "
 "Gladwell, Renault, LithTech, Shogo, No One Lives Forever, F.E.A.R, Edmark: " + CHECKED + " ('Warner Bros.' and "
 "'Monolith' alone in texts on other matters).", "US",
 licence=LICENCE_3, version="3.0", rev="revision 994960647 of 13:04, 18 December 2020",
 copy_of="the Wikipedia article, its revision 994960647 at en.wikipedia.org", origin="English Wikipedia (page store)"))

# ---- video games, US: SingleTrac (en.wikipedia.org's '= Title =' rendering, undated) ------------------------------
ST = [
 "SingleTrac Entertainment Technologies, Inc. was an American video game developer. It was founded in 1994 by Michael "
 "Ryder, Todd Kelly, and Michael Bartholomew, who were former employees of Evans & Sutherland, bringing their 3D "
 "graphics and software engineering skills into the video game industry. Its most famous titles were the Twisted Metal "
 "and Jet Moto video game series. At its heyday, it was closely associated with Sony Computer Entertainment, with whom "
 "they produced the above two series.",
 "The company's first two games, WarHawk and Twisted Metal, were major critical and commercial successes, leading "
 "publisher Sony Computer Entertainment to contract two further games from SingleTrac. SingleTrac had ambitions of "
 "becoming a video game publisher as well as developer. In early 1997, the company signed a deal with Microsoft to "
 "enable them to publish PC games, but these plans never came to fruition. Later in 1997, SingleTrac signed on as a "
 "developer for the Nintendo 64, but they ultimately never produced any Nintendo 64 games. After producing the two "
 "contracted games for Sony Computer Entertainment, SingleTrac was bought by the video game publisher GT Interactive. "
 "It was closed down in 2000 before GT Interactive itself was bought out by Infogrames.",
 "A group of SingleTrac employees broke off and formed the game studio Incognito Entertainment in 1999, and went on to "
 "make some additional entries in the former SingleTrac franchise Twisted Metal and a sequel to SingleTrac's first "
 "game WarHawk, both for Sony Computer Entertainment."]
KEPT["wp-singletrac"] = ("singletrac-enwiki.txt", ST)
R.append(wp("wp-singletrac", "SingleTrac", "https://en.wikipedia.org/wiki/SingleTrac",
 "\n\n".join(ST),
 "video games", ["history", "founding", "products", "publishing", "acquisition", "closure"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id). Cut: "
 "the title line '= SingleTrac ='; the infobox lines ('SingleTrac Entertainment Technologies, Inc.', '- Type: "
 "Public', '- Founder: Mike Bartholomew, Todd Kelly, Michael Ryder', '- Foundation: 1994', '- Defunct: 2000', '- "
 "Location: Salt Lake City, Utah', '- Industry: Software & programming', '- Products: Twisted Metal franchise , Jet "
 "Moto franchise', '- Parent: GT Interactive (1997\u20132000)'), so Salt Lake City, Utah, the year of purchase (1997) "
 "and the name form 'Mike Bartholomew' are not in the text (cut as batches 54zu-58c cut their infoboxes); the heading "
 "'==Lineage=='; cut after '... a sequel to SingleTrac's first game WarHawk, both for Sony Computer Entertainment.', "
 "before the sentence the excerpt breaks off ('In 2009, most of the team members left Incognito to form Eat Sleep "
 "Play and LightBox Interactive rendering Inc'; `truncated`; a cut inside a paragraph, at a sentence end). No "
 "citation markers in this rendering. No word added or changed. Kept as written: 'founded in 1994 by Michael Ryder, "
 "Todd Kelly, and Michael Bartholomew, who were former employees of Evans & Sutherland', 'At its heyday, it was "
 "closely associated with Sony Computer Entertainment, with whom they produced the above two series.', 'leading "
 "publisher Sony Computer Entertainment to contract two further games from SingleTrac', 'In early 1997, the company "
 "signed a deal with Microsoft to enable them to publish PC games, but these plans never came to fruition.', 'signed "
 "on as a developer for the Nintendo 64', 'SingleTrac was bought by the video game publisher GT Interactive.', 'It "
 "was closed down in 2000 before GT Interactive itself was bought out by Infogrames.', 'A group of SingleTrac "
 "employees broke off and formed the game studio Incognito Entertainment in 1999'. 242 words. No outage told; one "
 "near-miss ('It was closed down in 2000': a business ending, no service said to be lost). Recorded CC BY-SA 4.0 "
 "(doubtful: the revision is undated, as above). Found at rank 1 of the query 'SingleTrac was an American video game "
 "developer based in Salt Lake City, founded in 1994, GT Interactive, Twisted Metal, Sony'; review.clateway.com (rank "
 "2; a copy that names 'Michael Ryder (the president)', a site whose terms were not found), crownlithium846.cfd (rank "
 "3; a copy under an unrelated address), wikimili.com (rank 4), pcworld.idg.com.au and idgcdn.com.au (ranks 5 and 7; "
 "an interview, copyrighted), wikide.org (rank 6; German) and wikisum.wiki (rank 8) not used. SingleTrac, Michael "
 "Ryder, Todd Kelly, Bartholomew, Evans & Sutherland, Twisted Metal, Jet Moto, WarHawk, Incognito Entertainment, Eat "
 "Sleep Play: " + CHECKED + " ('SingleTrac' only in GATHERING.md's lead lists; 'GT Interactive', 'Infogrames' and "
 "'Sony Computer Entertainment' in texts on other matters).", "US",
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
