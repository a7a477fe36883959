#!/usr/bin/env python3
"""Batch 59h (session 56; gatherer lane 59h): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 57a, 57f, 57k, 57p, 57w, 58c, 58g, 58j, 58n
and 59c, kept to two mid-size video game developers of Britain and two animation studios of Britain and Canada, new to
the corpus: the Liverpool developer founded by Martyn Chudley as Raising Hell Software, renamed Bizarre Creations in
1994, signed by Psygnosis for Formula 1, bought by Activision in 2007 and closed in 2011 (video games, Britain); the
Guildford developer Criterion Games, a division of Criterion Software, which David Lau-Kee and Adam Billyard set up in
1993 inside Canon's European Research Lab, maker of the RenderWare middleware and the Burnout series, both bought by
Electronic Arts in August 2004 (video games, Britain); the Vancouver studio Mainframe Entertainment (now Mainframe
Studios, owned by WOW! Unlimited Media Inc.), started in 1993 by Christopher Brough and the animator group 'The Hub',
producing for Hasbro and with Alliance Communications, listed on the Toronto Stock Exchange in June 1997, Mattel's
partner (animation, Canada); and the Manchester studio Cosgrove Hall Films, founded in 1976 by Brian Cosgrove and Mark
Hall, part-owned by and commissioned by Thames Television, owned from 1993 by Anglia Television and later by ITV plc
(animation, Britain).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' rendering of 'Bizarre Creations' (undated), piglix.com's copy of 'Criterion
Games' (a revision of about 2014-2016), Mattel Wiki's page 'Mainframe Studios' on fandom.com (its first paragraph the
fan wiki's own, the rest English Wikipedia text, as the page itself states: 'This page uses Creative Commons Licensed
content from Wikipedia'; a revision of about 2020-2022) and thefullwiki.org's copy of 'Cosgrove Hall Films' (a
revision of about 2009-2010); each cut at a paragraph end or, for Criterion and Mainframe, at a sentence end before
the sentence its excerpt breaks off (`truncated`). Edits per item in `notes` (title and site lines, infobox lines,
notices and headings cut; citation markers dropped; no word added or changed); `verify()` checks every kept paragraph
against the saved excerpt (/tmp/gather60h/src), the markers ('[1]', '[edit]', '[citation needed]') dropped and
whitespace runs compared as one space, as batches 55e-59c did. No text tells an outage; two tell near-misses of one
(Bizarre Creations' closure by Activision, Thames Television's loss of its ITV licence: business and licensing events,
no service said to be lost). newskg (or any extractor) was not run on any text. A round of four: thirteen queries,
four answered with English Wikipedia text on a company not yet in the corpus and taken, the rest left (round notes,
/work/notes/gather60/59h.md; queries, /tmp/gather60h/src/queries.txt).
usage: batch59h.py [POOL_DIR] [--dry]   (default /tmp/gather60h/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp, record, EDITS

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather60h/pool"
SRC = "/tmp/gather60h/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md (beyond the "
           "lead lists of earlier rounds), in the session-56 pools (/tmp/gather60*/pool) and in "
           "/work/notes/gather60/CLAIMS.txt as they stood when checked (`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- video games, Britain: Bizarre Creations (en.wikipedia.org's '= Title =' rendering, undated) -------------------
BC = [
 "Bizarre Creations Limited was a British video game development studio based in Liverpool, best known for their "
 "racing titles Metropolis Street Racer (Dreamcast) and the follow-up Project Gotham Racing series (Xbox, Xbox 360, "
 "mobile phones and Zune HD). The company has also developed games in other genres, including the Geometry Wars "
 "arcade series, plus the third-person shooters Fur Fighters and The Club. Bizarre Creations was acquired by "
 "publisher Activision in 2007, and subsequently completed its racer Blur in May 2010.",
 "On 20 January 2011, Activision announced Bizarre Creations would close, and later confirmed the date. Bizarre "
 "marked the closure by releasing a retrospective video of its work.",
 "Bizarre Creations started as Raising Hell Software, founded by Martyn Chudley. Sega scorned \"Hell\", and the "
 "company went nameless for a short time. In 1994, a pending submission to Psygnosis/Sony forced the decision of a "
 "new name. The founder tentatively left \"Weird Concepts\" on the submission documentation. Then a staff member "
 "used Microsoft Word's thesaurus, and \"Bizarre Creations\" stuck.",
 "The Bizarre Creations team was initially five strong, and worked on a concept project called \"Slaughter\". After "
 "seeing the demo, Psygnosis signed the team onto Formula 1 for PlayStation. Formula 1 went on to become the "
 "best-selling game in Europe in 1996."]
KEPT["wp-bizarre-creations"] = ("bizarre-enwiki.txt", BC)
R.append(wp("wp-bizarre-creations", "Bizarre Creations", "https://en.wikipedia.org/wiki/Bizarre_Creations",
 "\n\n".join(BC),
 "video games", ["history", "founding", "acquisition", "closure", "products", "publishers"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id). Cut: "
 "the title line '= Bizarre Creations ='; the infobox lines ('Bizarre Creations Limited', '- Former Name: Raising "
 "Hell Software Limited, (1988\u20131994)', '- Logo: Bizarre creations logo.png', '- Type: Subsidiary', '- Location: "
 "Liverpool, England', '- Founder: Martyn Chudley', '- Key People: Martyn Chudley (managing director), Brian "
 "Woodhouse (studio head)', '- Industry: Video games', '- Products: ...', '- Num Employees: 200', '- Num Employees "
 "Year: 2011', '- Parent: Xbox Game Studios, Microsoft Game Studios, (minority stake, 2001\u20132007), Activision, "
 "(2007\u20132011)'; cut as batches 54zu-59c cut their infoboxes, so the managing director, the studio head and the "
 "Microsoft stake are not in the text); the heading '== History =='; cut after '... Formula 1 went on to become the "
 "best-selling game in Europe in 1996.', before the paragraph the excerpt breaks off ('On '; `truncated`; a cut at a "
 "paragraph end). No citation markers in this rendering. No word added or changed. Kept as written: 'Bizarre "
 "Creations Limited was a British video game development studio based in Liverpool', 'Metropolis Street Racer "
 "(Dreamcast) and the follow-up Project Gotham Racing series (Xbox, Xbox 360, mobile phones and Zune HD)', 'the "
 "Geometry Wars arcade series, plus the third-person shooters Fur Fighters and The Club', 'acquired by publisher "
 "Activision in 2007, and subsequently completed its racer Blur in May 2010', 'On 20 January 2011, Activision "
 "announced Bizarre Creations would close', 'started as Raising Hell Software, founded by Martyn Chudley', 'Sega "
 "scorned \"Hell\"', 'a pending submission to Psygnosis/Sony' (the slash as written), 'The founder tentatively left "
 "\"Weird Concepts\"', \"Microsoft Word's thesaurus\", 'a concept project called \"Slaughter\"', 'Psygnosis signed "
 "the team onto Formula 1 for PlayStation', 'the best-selling game in Europe in 1996'. 208 words. No outage told; "
 "one near-miss ('Activision announced Bizarre Creations would close': a business closure, no service said to be "
 "lost). Recorded CC BY-SA 4.0 (doubtful: the revision is undated; the '= Title =' renderings that batches 55i and "
 "56b dated were of 2024-2025, as batches 56j-59c recorded their undated ones). Found at rank 5 of the query "
 "'Bizarre Creations Ltd. was a British video game developer based in Liverpool, founded by Martyn Chudley, acquired "
 "by Activision' (the opening sentence, as batch 59c's leads advised); mcvuk.com, vg247.com and pcinvasion.com "
 "(ranks 1, 2, 6, 7; news, copyrighted), giantbomb.com (rank 3; a user wiki), moegamer.net (rank 4; a blog) and "
 "ipfs.io's Kiwix copy (rank 8; an older revision, the current rendering preferred) not used. Bizarre Creations, "
 "Chudley, Raising Hell, Project Gotham, Geometry Wars: " + CHECKED + " ('Psygnosis' in texts on other matters; "
 "'Bizarre Creations' only in GATHERING.md's lead lists).", "non-US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- video games, Britain: Criterion Games (piglix.com's copy, a revision of about 2014-2016) ---------------------
CG = [
 "Criterion Games (officially called Criterion Software) is a British video game developer based in Guildford, "
 "Surrey that are best known for their work on the award-winning racing video game series Burnout and various Need "
 "for Speed games.",
 "Criterion Software Ltd was created in 1993 to commercialise 3D graphics rendering technology. It was set up by "
 "David Lau-Kee and Adam Billyard within Canon's European Research Lab, before being spun out as a majority "
 "Canon-owned startup. Criterion Software was a technology company specialising in the development of the "
 "RenderWare family of middleware technology, including graphics, AI, audio and physics components. Originally "
 "Criterion Games was a division within Criterion Software, set up to develop games, using the Renderware engine, "
 "which would act as show cases as to what was possible with the platform. RenderWare is used in such games as Grand "
 "Theft Auto III, Grand Theft Auto: Vice City and Grand Theft Auto: San Andreas, which are developed by Rockstar "
 "North, and the successful Burnout series, developed in-house by Criterion Games.",
 "In August 2004, Electronic Arts announced they had acquired Criterion Games and Criterion Software for a rumored "
 "GB\u00a340 million, taking into account the purchase price and existing debt."]
KEPT["wp-criterion-games"] = ("criterion-piglix.txt", CG)
R.append(wp("wp-criterion-games", "Criterion Games", "http://piglix.com/piglix/Criterion_Games",
 "\n\n".join(CG),
 "video games", ["history", "founding", "middleware", "acquisition", "products"],
 "The article as piglix.com's copy holds it in the page store (no revision id; the infobox's 'Need for Speed series "
 "(2010\u201313)' and 'Number of employees 25 (2014)' date it to about 2014-2016, as batches 55za, 58c, 58h and 58j "
 "dated their piglix.com copies by content). Cut: the site line '*** Welcome to piglix ***'; the title line 'Criterion Games' "
 "(twice: the page title and the infobox's name); the infobox lines ('Subsidiary', 'Industry Computer and video "
 "games', 'Interactive entertainment', 'Founded 1993', 'Founder Alex Ward', 'Fiona Sperry', 'Headquarters Guildford, "
 "Surrey, United Kingdom', 'Key people', 'Matt Webster (General Manager and Executive Producer)', 'Alan McDairmant "
 "(Director of Product Development)', 'Steve Cuss (Senior Producer)', 'Alex Mole (Technical Director)', 'Products "
 "Chameleon', 'RenderWare', 'Burnout series (2001\u201311)', 'Need for Speed series (2010\u201313)', 'Number of "
 "employees', '25 (2014)', 'Parent Electronic Arts', 'Website Criterion Games'; cut as batches 54zu-59c cut their "
 "infoboxes, so the infobox's founders, general manager and directors are not in the text); cut after '... taking "
 "into account the purchase price and existing debt.', before the sentence the excerpt breaks off ('This was "
 "followed by the release of Black, a first-person shooter set in Eastern Europe, to which they applied the action "
 "movie sensibilities characteristic'; `truncated`; a cut inside a paragraph, at a sentence end). No citation "
 "markers in this copy. No word added or changed. Kept as written: 'Criterion Games (officially called Criterion "
 "Software) is a British video game developer based in Guildford, Surrey that are best known for their work on', "
 "'Criterion Software Ltd was created in 1993', \"set up by David Lau-Kee and Adam Billyard within Canon's European "
 "Research Lab, before being spun out as a majority Canon-owned startup\", 'Originally Criterion Games was a division "
 "within Criterion Software', 'using the Renderware engine' (so spelt), 'act as show cases', 'which are developed by "
 "Rockstar North', 'developed in-house by Criterion Games', 'Electronic Arts announced they had acquired Criterion "
 "Games and Criterion Software for a rumored GB\u00a340 million'. 196 words. No outage and no near-miss of one told. "
 "Recorded CC BY-SA 3.0 (a revision of about 2014-2016, before Wikimedia's move to 4.0 of June 2023; piglix.com "
 "copies were used by batches 55n, 55za, 58c, 58h and 58j). Found at rank 2 of the query 'Criterion Games British video "
 "game developer Guildford founded 1996 subsidiary of Criterion Software, Canon, acquired by Electronic Arts 2004, "
 "RenderWare, Burnout'; gamikaze.com (rank 1; French), opiwiki.com (rank 3; the lead only), cdn3.spong.com and "
 "mobygames.com (ranks 4-5; the sites' own texts), grandtheftwiki.com (rank 6; a fan wiki's stub), a result without "
 "an address (rank 7; the same article, not citable) and questionai.com (rank 8; HTML) not used. Criterion Games, "
 "Criterion Software, RenderWare, Lau-Kee, Billyard, Burnout: " + CHECKED + " ('Criterion Games' only in "
 "GATHERING.md's lead lists; 'Electronic Arts', 'Canon' and 'Rockstar North' in texts on other matters).", "non-US",
 v3=True, copy_of="the Wikipedia article, via piglix.com's copy of a revision of about 2014-2016"))

# ---- animation, Canada: Mainframe Studios (Mattel Wiki's page on fandom.com, Wikipedia content) ---------------------
MF = [
 "Mainframe Studios is a Canadian animation studio owned by WOW! Unlimited Media Inc. and based in Vancouver, Canada. "
 "Mattel partnered with them when they were originally known as Mainframe Entertainment for the production of the "
 "first entry, Barbie in the Nutcracker, which released in 2001, since when the partnership blossomed till date.",
 "Founded in 1993 as Mainframe Entertainment, the studio was started by Christopher Brough, a noted LA-based "
 "animation producer and the British animator group known as 'The Hub' - Gavin Blair, Ian Pearson and Phil "
 "Mitchell. The group were looking to create ReBoot, the first fully computer-animated television series, after "
 "having used the technology to produce music videos like Money for Nothing and Let's Get Rocked. Due to the cost of "
 "shipping equipment back home, advantageous tax credits and proximity to Los Angeles, the company set up shop in "
 "Vancouver, Canada.",
 "In 1994, ReBoot launched on ABC in the United States and YTV in Canada. The series intermittently ran for four "
 "seasons with production ending in 2001. The company's second project was produced for American toy company "
 "Hasbro. Beast Wars (known in Canada as Beasties), a relaunch of the Transformers brand, debuted in 1996 and "
 "concluded in 1999. A followup, Beast Machines was produced between 1999 and 2000. Both ReBoot and Beast Wars were "
 "produced with Alliance Communications, who had taken a 50% ownership of Mainframe. In 1996, Mainframe paid $17 "
 "million to reduce Alliance's share to 15%.",
 "Mainframe became a publicly traded company with a listing on the Toronto Stock Exchange on June 17, 1997. In "
 "conjunction with the public offering, Alliance sold 700,000 shares in the company, lowering their ownership to "
 "7.8%."]
KEPT["wp-mainframe-studios"] = ("mainframe-mattelfandom.txt", MF)
R.append(record("wp-mainframe-studios", "Mainframe Studios", "https://mattel.fandom.com/wiki/Mainframe_Studios",
 "https://mattel.fandom.com/wiki/Mainframe_Studios", "\n\n".join(MF),
 "animation", ["history", "founding", "ownership", "clients", "listing"],
 EDITS + "The page 'Mainframe Studios' as Mattel Wiki (mattel.fandom.com, a Fandom fan wiki) holds it in the page "
 "store: a first paragraph of the fan wiki's own words, then English Wikipedia's text, the page stating 'This page "
 "uses Creative Commons Licensed content from Wikipedia (view authors).' (no revision id; 'Mainframe Studios ... "
 "owned by WOW! Unlimited Media Inc.' dates the page to about 2020-2022, between the studio's return to the name "
 "Mainframe in 2020 and WOW!'s sale in 2022, by the corpus's reading of the page alone). Cut: the site line 'Mattel "
 "Wiki'; the licence notice line ('This page uses Creative Commons Licensed content from Wikipedia (view "
 "authors).'; recorded here and in the attribution); the heading 'As Mainframe Entertainment'; cut after '... "
 "lowering their ownership to 7.8%.', before the sentence the excerpt breaks off ('Christopher Brough served as the "
 "Chief Executive Officer, Pearson as President, Blair as Director of Operations and Mitchell as Vice President "
 "Oper'; `truncated`; a cut inside a paragraph, at a sentence end), so the four founders' titles are not in the "
 "text. No citation markers on this page. No word added or changed. Kept as written: 'Mattel partnered with them "
 "when they were originally known as Mainframe Entertainment for the production of the first entry, Barbie in the "
 "Nutcracker, which released in 2001, since when the partnership blossomed till date' (the fan wiki's words), "
 "'Founded in 1993 as Mainframe Entertainment, the studio was started by Christopher Brough, a noted LA-based "
 "animation producer and the British animator group known as 'The Hub' - Gavin Blair, Ian Pearson and Phil "
 "Mitchell' (single quotes and a spaced hyphen), 'Money for Nothing and Let's Get Rocked', 'produced for American "
 "toy company Hasbro', 'Beast Wars (known in Canada as Beasties), a relaunch of the Transformers brand', 'A "
 "followup, Beast Machines was produced', 'produced with Alliance Communications, who had taken a 50% ownership of "
 "Mainframe', 'Mainframe paid $17 million to reduce Alliance's share to 15%', 'a listing on the Toronto Stock "
 "Exchange on June 17, 1997', 'lowering their ownership to 7.8%'. 275 words. No outage and no near-miss of one "
 "told. Recorded CC BY-SA 3.0 (doubtful: the page states only 'Creative Commons Licensed content from Wikipedia'; "
 "Fandom's community content is CC BY-SA 3.0 by its terms, not seen in the page store; the Wikipedia text is CC "
 "BY-SA either way; the first paragraph is the fan wiki's own, under the same licence). Found at rank 3 of the "
 "queries 'Mainframe Entertainment Canadian computer animation company Vancouver founded 1993 ReBoot, Rainmaker "
 "Income Fund acquired' and 'Founded in 1993 as Mainframe Entertainment, the studio was started by Christopher "
 "Brough, ...' (the page's own sentence, looking for a plain Wikipedia copy that goes on past the founders' titles); "
 "playbackonline.ca, staging.kidscreen.com, archive.canadianbusiness.com, archive.macleans.ca, issuu.com and awn.com "
 "(news and magazines, copyrighted), reboot.fandom.com, tropedia.fandom.com and tvtropes.org (fan texts of their "
 "own) and zalansite.site (wikitext) not used. Mainframe Entertainment, Mainframe Studios, WOW! Unlimited, Gavin "
 "Blair, Alliance Communications, Christopher Brough: " + CHECKED + " ('ReBoot' only as the common verb 'reboot'; "
 "'Mattel' and 'Hasbro' in texts on other matters).", "non-US",
 licence="CC BY-SA 3.0 (Mattel Wiki on Fandom, with English Wikipedia text)", version="3.0",
 who="Mattel Wiki (Fandom) contributors and Wikipedia contributors ('Mainframe Studios', "
     "https://en.wikipedia.org/wiki/Mainframe_Studios)",
 site="Mattel Wiki (fandom.com)", origin="Mattel Wiki (fandom.com), with English Wikipedia content (page store)"))

# ---- animation, Britain: Cosgrove Hall Films (thefullwiki.org's copy, a revision of about 2009-2010) --------------
CH = [
 "Cosgrove Hall Films was a British animation studio based within Granada TV Studios, Manchester, England that once "
 "was a major producer of children's television programmes. Cosgrove Hall's programmes are still seen in over "
 "eighty countries.",
 "Founded in 1976 by two television producers Brian Cosgrove and Mark Hall who'd previously worked at Stop Frame "
 "animation studios in Manchester until it folded. Cosgrove Hall Films is an independent company that had a "
 "significant minority shareholding held by the ITV station Thames Television and who were commissioned by the "
 "station to produce animated shows, aimed primarily at children. In 1993 its' ownership later transferred to "
 "Anglia Television following the loss of Thames' ITV licence and following a series of takeovers and mergers, "
 "ownership belonged to ITV plc.",
 "Its first series was Chorlton and the Wheelies, the lead role being named after the district of Manchester where "
 "the company was based (the other characters were placed on wheels as this made the stop-frame animation easier). "
 "The show, sold worldwide by Thames, was never shown in Israel after a graphic designer mistakenly put a Star of "
 "David on the front of a talking spell-book instead of a pentagram. The book spoke with a German accent and "
 "therefore was considered offensive.",
 "Danger Mouse was one of the studio's earliest international successes. The studio made 89 episodes between 1981 "
 "and 1992. In each one, Danger Mouse, the world's greatest secret agent, and his well-meaning but useless sidekick "
 "Penfold, outwit the evil Baron Silas Greenback and assorted baddies."]
KEPT["wp-cosgrove-hall-films"] = ("cosgrovehall-thefullwiki.txt", CH)
R.append(wp("wp-cosgrove-hall-films", "Cosgrove Hall Films", "http://www.thefullwiki.org/Cosgrove_Hall",
 "\n\n".join(CH),
 "animation", ["history", "founding", "ownership", "commissions", "programmes"],
 "The article as thefullwiki.org's copy holds it in the page store (the page 'Cosgrove Hall', '(Redirected to "
 "Cosgrove Hall Films article)'; no revision id; the present tense 'Cosgrove Hall Films is an independent company' "
 "and 'made 89 episodes' date it to a revision of about 2009-2010, as batches 32k and 57p dated their thefullwiki.org "
 "copies). Cut: the site lines 'The Full Wiki' and 'Cosgrove Hall: Wikis'; the site's note ('Note: Many of our "
 "articles have direct quotes from sources you can cite, ... See more info or our list of citable articles.'); "
 "'(Redirected to Cosgrove Hall Films article)'; 'From Wikipedia, the free encyclopedia'; two '[citation needed]' "
 "markers (after 'Israel' and 'offensive'); cut after '... outwit the evil Baron Silas Greenback and assorted "
 "baddies.', before the paragraph the excerpt breaks off ('In 1983 the studio made a 75-minute film, The '; "
 "`truncated`; a cut at a paragraph end). No infobox in this copy. No word added or changed. Kept as written: 'based "
 "within Granada TV Studios, Manchester, England that once was a major producer', 'Founded in 1976 by two "
 "television producers Brian Cosgrove and Mark Hall who'd previously worked at Stop Frame animation studios in "
 "Manchester until it folded.' (a sentence without a main verb, as the copy has it), 'Cosgrove Hall Films is an "
 "independent company that had a significant minority shareholding held by the ITV station Thames Television and "
 "who were commissioned by the station', \"In 1993 its' ownership later transferred to Anglia Television\" (the "
 "apostrophe so), \"following the loss of Thames' ITV licence\", 'following a series of takeovers and mergers, "
 "ownership belonged to ITV plc', 'The show, sold worldwide by Thames, was never shown in Israel', 'The studio made "
 "89 episodes between 1981 and 1992'. 250 words. No outage told; one near-miss ('the loss of Thames' ITV licence': "
 "a broadcaster losing its franchise, no service said to be cut). Recorded CC BY-SA 3.0 (a revision of about "
 "2009-2010, as the Wikipedia text of the time was relicensed in 2009). Found at rank 6 of the query 'Thames "
 "Television, an ITV company, created a new subsidiary animation studio called Cosgrove Hall Films; Danger Mouse; "
 "Anglia Television; Granada', after a first query ('Cosgrove Hall Films British animation studio founded by Brian "
 "Cosgrove and Mark Hall, Thames Television, Granada, ITV plc'); en.wikipedia.org's '= Title =' rendering and its "
 "'From Wikipedia' rendering of 2024 (both break off in the first history section, before Thames Television is "
 "named), knowpia.com (an infobox woven into the text), danmacgregor.fandom.com (a fan wiki's adapted copy), "
 "zalansite.site (wikitext), everything2.com (a user's own text), screenonline.org.uk, c3z3.com, "
 "cone-cow-rype.squarespace.com and independent.co.uk (copyrighted) not used. Cosgrove Hall, Stop Frame, Anglia "
 "Television, Thames Television, Danger Mouse, Chorlton: " + CHECKED + " ('Cosgrove' otherwise only as a person's surname in a text "
 "on another matter; 'ITV plc' and 'Granada' in texts on other matters).", "non-US",
 v3=True, copy_of="the Wikipedia article, via thefullwiki.org's copy of a revision of about 2009-2010"))


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
