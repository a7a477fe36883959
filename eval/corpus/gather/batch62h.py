#!/usr/bin/env python3
"""Batch 62h (session 57; gatherer lane 62h): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-61d, kept to two American film studios, an American game maker and an American toy and game maker, new
to the corpus: Carolco Pictures, Inc., founded by Mario Kassar and Andrew G. Vajna, Vajna leaving in 1989 to form
Cinergi Pictures, its earliest films produced by American International Pictures and ITC Entertainment with its money
(film, US); Hemdale Film Corporation, founded in London in 1967 as the Hemdale Company by David Hemmings and John Daly,
Daly its chairman and president, Derek Gibson its executive vice president and head of production from 1981, its
partnerships with Worldwide Artists, TriStar and Orion Pictures (film, British-American; region mixed); the Milton Bradley Company,
established by Milton Bradley in 1860, buyer of Selchow and Righter in 1987, taken over by Hasbro in 1984, its games
developed by Games Workshop, James J. Shea its board chairman (games, US); and Parker Brothers, founded by George S.
Parker in 1883 as the George S. Parker Company, a brand of Hasbro from 1991, with its games (toys and games, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): the IPFS snapshot of English Wikipedia's copy of 'Carolco Pictures' (ipfs.dweb.link, the 2017 snapshot);
owiki.org's copy of 'Hemdale Film Corporation' (undated, about 2019-2022); en.academic.ru's copy of 'Milton Bradley
Company' (enwiki/106087, undated, about 2008-2010); chaos.owiki.org's copy of 'Parker Brothers' (undated, 2017 or
later); each cut at a sentence end before the sentence its excerpt breaks off (`truncated`). Edits per item in `notes`
(title lines, infobox lines and section headings cut, citation markers cut; no word added or changed); `verify()`
checks every kept paragraph against the saved excerpt (/tmp/gather63h/src), the markers ('[1]', '[edit]', '[citation
needed]') dropped and whitespace runs compared as one space, as batches 55e-61d did. No text tells an outage or a
near-miss of one (a lawsuit, a bankruptcy averted, a corporate restructuring and a company brought 'to an end' are
business events). newskg (or any extractor) was not run on any text. A round of four: seven queries, four answered
with English Wikipedia text on a company not yet in the corpus and were taken, the rest left (round notes,
/work/notes/gather63/62h.md; queries, /tmp/gather63h/src/queries.txt).
usage: batch62h.py [POOL_DIR] [--dry]   (default /tmp/gather63h/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather63h/pool"
SRC = "/tmp/gather63h/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md (beyond the "
           "lead lists of earlier rounds), in the session-57 pools (/tmp/gather63*/pool) and in "
           "/work/notes/gather63/CLAIMS.txt as they stood when checked (`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- film, US: Carolco Pictures (the IPFS snapshot of English Wikipedia, 2017) --------------------------------------
CP = [
 "Carolco Pictures, Inc. was an American independent motion picture production company that existed from 1976 to "
 "1995, founded by Mario Kassar and Andrew G. Vajna. Kassar and Vajna ran Carolco together until 1989, when Vajna left "
 "to form Cinergi Pictures. Carolco hit its peak in the 1980s and early 1990s, with blockbuster successes including "
 "the first three films of the Rambo series, Terminator 2: Judgment Day, Total Recall, Basic Instinct and Stargate. "
 "Nevertheless, the company was losing money overall, and required a corporate restructuring in 1992. The 1995 film "
 "Cutthroat Island, intended to be a comeback for the studio, instead lost $147 million and brought the company to an "
 "end.",
 "The company was founded through the partnership of two film investors, Mario Kassar and Andrew Vajna. The two were "
 "hailed by Newsweek as some of the most successful independent producers. By the age of 25, Vajna went from "
 "wig-maker to the owner of two Hong Kong theaters. Then, Vajna ventured into the production and distribution of "
 "feature films. One of Vajna's early productions was a 1973 martial-arts film entitled The Deadly China Doll which "
 "made $3.7 million worldwide from a $100,000 budget.",
 "Their goal was to focus on film sales, with their first venture being The Sicilian Cross; eventually it went into "
 "financing low-budget films. Their earliest films were produced by American International Pictures and ITC "
 "Entertainment with Carolco's financial support, and co-produced with Canadian theater magnate Garth Drabinsky."]
KEPT["wp-carolco-pictures"] = ("carolco-ipfs.txt", CP)
R.append(wp("wp-carolco-pictures", "Carolco Pictures",
 "https://bafybeiaysi4s6lnjev27ln5icwm6tueaw2vdykrtjkwiphwekaywqhcjze.ipfs.dweb.link/wiki/Carolco_Pictures",
 "\n\n".join(CP),
 "film", ["history", "founding", "founders", "financing"],
 "A copy of the article in the IPFS snapshot of English Wikipedia (ipfs.dweb.link, the 2017 snapshot batch 31i took "
 "Warid Pakistan from; no revision id). Cut: the title line 'Carolco Pictures'; the infobox lines ('Carolco Pictures, "
 "Inc.', 'TypePrivate' to 'The IndieProd Company', with 'FateBankruptcy, assets and name now owned by StudioCanal', "
 "'HeadquartersBoca Raton, Florida,', 'Mario Kassar (Chairman & CEO)', 'DivisionsCarolco Television Productions' and "
 "'SubsidiariesOrbis Communications'), set between the lead and the history, so Kassar's posts, StudioCanal, Boca "
 "Raton and the subsidiaries are not in the text (cut as batches 54zu-61d cut their infoboxes); the headings "
 "'History' and 'Early years'; the citation markers '[1]' to '[4]'; cut in the third paragraph after '... co-produced "
 "with Canadian theater magnate Garth Drabinsky.', before the sentence the excerpt breaks off ('The name \"Carolco\" "
 "was purchased from a defunct company'; `truncated`; a cut inside a paragraph, at a sentence end). No word added or "
 "changed. Kept as written: 'an American independent motion picture production company that existed from 1976 to "
 "1995, founded by Mario Kassar and Andrew G. Vajna', 'Kassar and Vajna ran Carolco together until 1989, when Vajna "
 "left to form Cinergi Pictures', 'required a corporate restructuring in 1992', 'The company was founded through the "
 "partnership of two film investors, Mario Kassar and Andrew Vajna' (the middle initial dropped as the copy has it), "
 "'hailed by Newsweek', 'By the age of 25, Vajna went from wig-maker to the owner of two Hong Kong theaters', 'Their "
 "earliest films were produced by American International Pictures and ITC Entertainment with Carolco's financial "
 "support, and co-produced with Canadian theater magnate Garth Drabinsky'. 239 words. No outage and no near-miss of "
 "one told (a restructuring and a film's loss that 'brought the company to an end' are business events). Recorded "
 "CC BY-SA 3.0 (the 2017 snapshot; doubtful: the snapshot names no revision and its terms were not found in the page "
 "store, as batch 31i recorded). Found at rank 3 of the query 'Carolco Pictures Tri-Star Pictures distribution "
 "agreement Peter Hoffman president Mario Kassar Andrew Vajna' (batch 60j's lead); ukobiw.net (rank 1; a Los Angeles "
 "Times article's copy), factsnippet.com (ranks 2, 4, 8; fact lists with no licence line seen), newsweek.com and "
 "latimes.com (ranks 5, 6; news) and webnovel.com (rank 7; fiction) not used, so the Tri-Star agreement and Peter "
 "Hoffman are not in the text. Carolco, Kassar, Vajna, Cinergi, ITC Entertainment, Deadly China Doll, Sicilian "
 "Cross: " + CHECKED + " ('Carolco' and 'Kassar' only in GATHERING.md's lead lists; 'Garth Drabinsky' in a test text "
 "on another matter, Livent's accounting fraud, not opened; 'American International Pictures' and 'Newsweek' in "
 "texts on other matters).", "US", v3=True,
 copy_of="the Wikipedia article, as the 2017 IPFS snapshot of English Wikipedia holds it"))

# ---- film, UK/US: Hemdale Film Corporation (owiki.org's copy, undated, about 2019-2022) ----------------------------
HD = [
 "Hemdale Film Corporation, known as Hemdale Communications after 1993, was an independent British-American film "
 "production company and distributor. The company was founded in London in 1967 as the Hemdale Company by actor David "
 "Hemmings and John Daly, naming the company from a combination of their surnames. The company produced numerous "
 "acclaimed films, often in conjunction with companies such as TriStar and Orion Pictures, including Platoon and The "
 "Last Emperor, back-to-back winners of the Academy Award for Best Picture.",
 "Hemdale began as an investment company to cut the high personal taxes on British actors. Eventually, the company "
 "went public as Hemdale Ltd. and began diversifying. Hemdale partnered with Patrick Meehan of Worldwide Artists, who "
 "once managed the band Black Sabbath, invested in feature films, financed stage productions such as Grease, and "
 "became involved in boxing promotions such as The Rumble in the Jungle match between George Foreman and Muhammed "
 "Ali. John Daly was Hemdale's chairman and president. David Hemmings left the company in 1971, and Daly purchased his "
 "stock. Hemdale also distributed cable TV to hotels, which, in 1974, was its major source of revenue. After producing "
 "and distributing British films throughout the 1970s, Hemdale relocated to Hollywood in 1980 and focused extensively "
 "on movie-making. A distribution agreement was made with Orion Pictures. In 1981 Derek Gibson joined the company as "
 "executive vice president and head of production. Daly and Gibson were then credited together as executive "
 "producers on all Hemdale films.",
 "Among Hemdale's best known films are The Terminator, The Return of the Living Dead, Hoosiers, Salvador, River's "
 "Edge, Platoon, and The Last Emperor; the latter two were back-to-back recipients of the Academy Award for Best "
 "Picture. Hemdale produced and or financed over 80 films during this period."]
KEPT["wp-hemdale-film-corporation"] = ("hemdale-owiki.txt", HD)
R.append(wp("wp-hemdale-film-corporation", "Hemdale Film Corporation",
 "https://owiki.org/wiki/Hemdale_Film_Corporation", "\n\n".join(HD),
 "film", ["history", "founding", "executives", "partnerships"],
 "The article as owiki.org's copy holds it in the page store (undated, no revision id; 'known as Hemdale "
 "Communications after 1993' and the cut History's 'In 1986, Salvador was the first major film released by Hemdale "
 "Distribution' give no date of its own; the copy's mirror dates it about 2019-2022, as batch 59c recorded owiki.org's "
 "copies). Cut: the title line 'Hemdale Film Corporation'; cut in the third paragraph after '... over 80 films during "
 "this period.', before the paragraph the excerpt breaks off ('In 1986, Salvador was the first major film released by "
 "Hemdale Distribution in the United S'; `truncated`; a cut at a paragraph end), so Hemdale Distribution is not in "
 "the text. The second and third paragraphs run on with single line breaks in the copy; they are set apart by blank "
 "lines as the lead is. No infobox, headings or citation markers in this copy. No word added or changed. Kept as "
 "written: 'known as Hemdale Communications after 1993', 'independent British-American film production company', "
 "'founded in London in 1967 as the Hemdale Company by actor David Hemmings and John Daly', 'often in conjunction "
 "with companies such as TriStar and Orion Pictures', 'went public as Hemdale Ltd.', 'Hemdale partnered with Patrick "
 "Meehan of Worldwide Artists, who once managed the band Black Sabbath', 'Muhammed Ali' (the copy's spelling), 'John "
 "Daly was Hemdale's chairman and president', 'David Hemmings left the company in 1971, and Daly purchased his "
 "stock', 'A distribution agreement was made with Orion Pictures', 'In 1981 Derek Gibson joined the company as "
 "executive vice president and head of production', 'Hemdale produced and or financed over 80 films' (as written). "
 "288 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (a copy of about 2019-2022, before "
 "Wikimedia's June 2023 move to 4.0; doubtful: undated). Found at rank 6 of the query 'Hemdale Film Corporation "
 "British-American production company founded 1967 by John Daly and actor David Hemmings' (batches 60j's and 61d's "
 "lead); austlit.edu.au (rank 1; a database's note), db0nus869y26v.cloudfront.net (rank 2; a later copy with no "
 "licence line seen), the-uncensored-wiki.com (ranks 3, 4; a stub), en.wikipedia.org's '= Title =' rendering (rank "
 "5; its opening tells the agency years and the Perben deal, with no posts and no Orion agreement), infogalactic.com "
 "(rank 7; a fork) and mymoviepicker.com (rank 8; no licence line seen) not used. Hemdale, David Hemmings, John Daly, "
 "Derek Gibson, Patrick Meehan, Worldwide Artists, Black Sabbath: " + CHECKED + " ('Hemdale' only in GATHERING.md's "
 "lead lists; 'Orion Pictures' in batch 61d's text on another matter, Orion's own history; 'TriStar' in texts on "
 "other matters).", "mixed", v3=True,
 copy_of="the Wikipedia article, as owiki.org's mirror holds it"))

# ---- games, US: Milton Bradley Company (en.academic.ru's copy, undated, about 2008-2010) ----------------------------
MB = [
 "The Milton Bradley Company is an American game company established by Milton Bradley in Springfield, Massachusetts, "
 "in 1860. In 1920, it absorbed the game production of McLoughlin Brothers, formerly the largest game manufacturer in "
 "the United States, and in 1987, it purchased Selchow and Righter, makers of Parcheesi and Scrabble.",
 "Milton Bradley was taken over by Hasbro, Inc., in 1984. Now wholly owned by Hasbro, it is still retained as one of "
 "Hasbro's brands, similar to the manner in which Parker Brothers is one of Hasbro's brands. It is a board game and "
 "sometimes video game publisher. During the late 1980s and early 1990s, Milton Bradley marketed a series of games "
 "(such as HeroQuest) in North America that were developed in the United Kingdom by Games Workshop (GW) that drew "
 "heavily from GW's Warhammer Fantasy universe, albeit without explicit reference to the Warhammer product line. "
 "Milton Bradley also developed numerous game consoles such as the Microvision and Vectrex.",
 "Milton Bradley was sued by two men, Alan Coleman and Roger Burten, who claimed to have presented the original "
 "concept for Dark Tower to Milton Bradley in the late 1970s, at which point, MB declined to pursue it, but thereafter "
 "\"independently\" developed the game. One of the Dark Tower game designers claims the court's decision was unfair. "
 "As part of the resolution of the lawsuit, Milton Bradley pulled the game off the market, and it was never "
 "republished.",
 "James J. Shea was the board chairman of the Milton Bradley Company who rescued the company from going into "
 "bankruptcy."]
KEPT["wp-milton-bradley-company"] = ("miltonbradley-academicru.txt", MB)
R.append(wp("wp-milton-bradley-company", "Milton Bradley Company",
 "https://en.academic.ru/dic.nsf/enwiki/106087", "\n\n".join(MB),
 "games", ["history", "founding", "acquisitions", "ownership", "products", "litigation"],
 "The article as en.academic.ru's copy of English Wikipedia holds it in the page store (enwiki/106087; undated, no "
 "revision id; 'Now wholly owned by Hasbro, it is still retained as one of Hasbro's brands', the present tense 'is an "
 "American game company' and the infobox's 'Type Wholly Owned Subsidiary' date it before the 1998 merger was written "
 "into the lead, about 2008-2010, as batches 20a and 29b dated academic.ru's copies). Cut: the title lines 'Milton "
 "Bradley Company' (three, the page's heading and the infobox's); the infobox lines ('Type Wholly Owned Subsidiary' "
 "to 'Parent Hasbro', with 'Headquarters East Longmeadow, Massachusetts, United States' and the products Battleship, "
 "Buffalo Bill Gun, Connect Four, Hungry Hungry Hippos, The Game of Life, Axis & Allies and Gamemaster Series), so "
 "East Longmeadow and those games are not in the text (cut as batches 54zu-61d cut their infoboxes); the citation "
 "markers '[1]', '[2]', '[3]' and '[citation needed]'; cut at the end of the fourth paragraph ('... from going into "
 "bankruptcy.'), before the paragraph the excerpt breaks off ('In 1860, Milton Bradley moved to Springfield, "
 "Massachusetts, and set up the state'; `truncated`; a cut at a paragraph end). No word added or changed. Kept as "
 "written: 'established by Milton Bradley in Springfield, Massachusetts, in 1860', 'In 1920, it absorbed the game "
 "production of McLoughlin Brothers, formerly the largest game manufacturer in the United States', 'in 1987, it "
 "purchased Selchow and Righter, makers of Parcheesi and Scrabble', 'Milton Bradley was taken over by Hasbro, Inc., in "
 "1984. Now wholly owned by Hasbro', 'similar to the manner in which Parker Brothers is one of Hasbro's brands', "
 "'developed in the United Kingdom by Games Workshop (GW) that drew heavily from GW's Warhammer Fantasy universe', "
 "'Milton Bradley also developed numerous game consoles such as the Microvision and Vectrex', 'Milton Bradley was "
 "sued by two men, Alan Coleman and Roger Burten', 'MB declined to pursue it, but thereafter \"independently\" "
 "developed the game', 'James J. Shea was the board chairman of the Milton Bradley Company who rescued the company "
 "from going into bankruptcy'. 256 words. No outage and no near-miss of one told (a lawsuit, a game pulled off the "
 "market and a bankruptcy averted are business events). Recorded CC BY-SA 3.0 (a revision of about 2008-2010). Found "
 "at rank 8 of the query 'Milton Bradley Company American game manufacturer founded 1860 Springfield Massachusetts "
 "acquired by Hasbro 1984' (batches 60c's to 61d's lead); facele.eu (rank 1; a three-sentence quotation), wikimili.com "
 "(rank 2; a later copy with an infobox table), pgpedia.com and playgroundprofessionals.com (ranks 3, 5; a trade "
 "glossary), gateway.ipfs.io's 2017 snapshot (rank 4; a shorter lead with none of Selchow and Righter, Games Workshop "
 "or Shea before the founder's story), fundinguniverse.com (rank 6; a copyrighted company history) and toyhistory.com "
 "(rank 7) not used. Milton Bradley, McLoughlin Brothers, Selchow, James J. Shea, Vectrex, Microvision, HeroQuest, "
 "Dark Tower, Alan Coleman, Roger Burten: " + CHECKED + " ('Milton Bradley' only in GATHERING.md's lead lists; "
 "'McLoughlin' only as people's names in texts on other matters; 'Hasbro' and 'Games Workshop' in texts on other "
 "matters: Galoob, Tonka, MicroProse, Kuju, Fantasy Flight Games). Parker Brothers, named here as a brand of Hasbro, "
 "is this round's wp-parker-brothers (its own history; the one relation the two texts share is told in both).", "US",
 v3=True, copy_of="the Wikipedia article, as en.academic.ru's copy of English Wikipedia holds it"))

# ---- toys and games, US: Parker Brothers (chaos.owiki.org's copy, undated, 2017 or later) --------------------------
PB = [
 "Parker Brothers was an American toy and game manufacturer which in 1991 became a brand of Hasbro. More than 1,800 "
 "games were published under the Parker Brothers name since 1883. Among its products were Monopoly, Cluedo, Sorry!, "
 "Risk, Trivial Pursuit, Ouija, Aggravation, Bop It, and Probe. The trade name became defunct with former products "
 "being marketed under the \"Hasbro Gaming\" label. However, in 2017, Hasbro revived the brand with the release of "
 "several new games which bear similarities with those of some of its previous, better-known products.",
 "Parker Brothers was founded by George S. Parker. Parker's philosophy deviated from the prevalent theme of board game "
 "design; he believed that games should be played for enjoyment and did not need to emphasize morals and values. He "
 "created his first game, called Banking, in 1883 when he was 16. Banking is a game in which players borrow money "
 "from the bank and try to generate wealth by guessing how well they could do. The game includes 160 cards which "
 "foretell their failure or success. The game was so popular among family and friends that his brother, Charles "
 "Parker, urged him to publish it. George approached two Boston publishers with the idea, but was unsuccessful. Not "
 "discouraged, he spent $40 to publish 500 sets of Banking. He eventually sold all but twelve copies, making a profit "
 "of $100.",
 "Parker founded his game company, initially called the George S. Parker Company, in his hometown of Salem, "
 "Massachusetts in 1883. When George's brother Charles joined the business in 1888, the company's name was changed to "
 "its more familiar form. In 1898 a third brother, Edward H. Parker, joined the company. For many years, George "
 "designed most of the games himself, and wrote all the rules. Many games were based on important events of the day: "
 "Klondike was based on the Alaskan gold rush, and War in Cuba was based on the impending Spanish–American War."]
KEPT["wp-parker-brothers"] = ("parker-chaosowiki.txt", PB)
R.append(wp("wp-parker-brothers", "Parker Brothers",
 "https://chaos.owiki.org/wiki/Parker_Brothers", "\n\n".join(PB),
 "toys and games", ["history", "founding", "ownership", "products"],
 "The article as chaos.owiki.org's copy holds it in the page store (undated, no revision id; 'in 2017, Hasbro revived "
 "the brand' dates it 2017 or later; the mirror's copies are of about 2019-2022, as batch 59c recorded owiki.org's). "
 "Cut: the title line 'Parker Brothers'; the heading 'History'; cut at the end of the third paragraph ('... the "
 "impending Spanish–American War.'), before the sentence the excerpt breaks off ('The game industry was growing, and "
 "the company was becomi'; `truncated`; a cut inside a paragraph of the page, at a sentence end: the copy runs the "
 "History's paragraphs on with single line breaks, set apart here by blank lines). No infobox or citation markers in "
 "this copy. No word added or changed. Kept as written: 'an American toy and game manufacturer which in 1991 became a "
 "brand of Hasbro', 'More than 1,800 games were published under the Parker Brothers name since 1883', 'Among its "
 "products were Monopoly, Cluedo, Sorry!, Risk, Trivial Pursuit, Ouija, Aggravation, Bop It, and Probe', 'former "
 "products being marketed under the \"Hasbro Gaming\" label', 'in 2017, Hasbro revived the brand', 'Parker Brothers "
 "was founded by George S. Parker', 'his brother, Charles Parker, urged him to publish it', 'two Boston publishers', "
 "'initially called the George S. Parker Company, in his hometown of Salem, Massachusetts in 1883', 'When George's "
 "brother Charles joined the business in 1888, the company's name was changed to its more familiar form', 'In 1898 a "
 "third brother, Edward H. Parker, joined the company', 'Spanish–American War' (an en dash). 319 words. No outage "
 "and no near-miss of one told. Recorded CC BY-SA 3.0 (a copy of 2017-2022, before Wikimedia's June 2023 move to "
 "4.0; doubtful: undated). Found at rank 4 of the query 'Parker Brothers American toy and game manufacturer founded "
 "1883 George S. Parker Salem Massachusetts General Mills Kenner Parker Tonka' (batches 60c's to 61d's lead); "
 "keereo.com (rank 1; copyrighted), encyclopedia.com (rank 2; a copyrighted encyclopedia), absoluteastronomy.com "
 "(rank 3; an older copy broken at every link, no licence line seen; it reaches General Mills' purchase of 1963), a "
 "blog (rank 5), oldboardgames.co.uk (rank 6; a dealer's page) and two Salem library wikis (ranks 7, 8; no licence "
 "line seen) not used, so General Mills, Kenner and Tonka are not in the text. Parker Brothers, George S. Parker, "
 "Edward H. Parker, Trivial Pursuit, Cluedo, Ouija, Bop It: " + CHECKED + " ('Parker Brothers' only in GATHERING.md's "
 "lead lists and in this round's Milton Bradley text, as a brand of Hasbro; 'Hasbro' and 'Monopoly' (as a word) in "
 "texts on other matters).", "US", v3=True,
 copy_of="the Wikipedia article, as owiki.org's mirror (chaos.owiki.org) holds it"))


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
