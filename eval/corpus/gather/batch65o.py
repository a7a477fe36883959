#!/usr/bin/env python3
"""Batch 65o (session 59; gatherer lane 65o): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-65n, kept to three American entertainment and software companies that no longer exist on their own,
new to the corpus: Desilu Productions, Inc., the television production company founded and co-owned by Desi Arnaz
and Lucille Ball, second to MCA's Revue Studios until MCA bought Universal Pictures, sold by Ball to Gulf and Western
Industries (Gulf+Western, then Paramount Pictures' parent) in 1968 and rebranded as the original Paramount Television,
its library now held by Paramount Global's CBS and CBS Studios units (television, US); Republic Pictures Corporation,
the film production-distribution company created in 1935 by Herbert J. Yates, founder and president of the film
laboratory Consolidated Film Industries, from a union of six Poverty Row studios (Monogram Pictures, Mascot Pictures,
Liberty Pictures, Majestic Pictures, Chesterfield Pictures and Invincible Pictures) in debt to his laboratory (film,
US); and Infocom of Cambridge, Massachusetts, the text adventure game maker founded on June 22, 1979, bought by
Activision in 1986 and shut down as an Activision division in 1989, maker of Zork, The Hitchhiker's Guide to the
Galaxy, A Mind Forever Voyaging and the Cornerstone database (software, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.m.wikipedia.org's rendering of 'Desilu Productions' (a 2024 rendering), en.wikipedia.org's 'Jump to:
navigation' rendering of 'Republic Pictures' (an older revision, of about 2014-2016) and fact-index.com's copy of
'Infocom' (a mirror of English Wikipedia of about 2004); each cut at a sentence or paragraph end before the sidebar,
list item or sentence its excerpt breaks off in (`truncated`). Edits per item in `notes` (title lines, 'From
Wikipedia, the free encyclopedia', 'Jump to: navigation, search', fact-index.com's navigation line, a table of
contents, the infobox lines, an image caption, section headings and citation markers cut; a list item's bullet left
out; paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept paragraph against the
saved excerpt (/tmp/gather66o/src), the markers ('[1]', '[edit]', '[citation needed]') dropped and whitespace runs
compared as one space, as batches 55e-64k did. No text tells an outage or a near-miss of one (a sale of a studio, a
union of studios in debt, a division shut down and a product that did not cover its costs are business events).
newskg (or any extractor) was not run on any text. A round of three: nine queries, three answered with English
Wikipedia text on a company not yet in the corpus and were taken, the rest left (round notes,
/work/notes/gather66/65o.md; queries, /tmp/gather66o/src/queries.txt).
usage: batch65o.py [POOL_DIR] [--dry]   (default /tmp/gather66o/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather66o/pool"
SRC = "/tmp/gather66o/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-59 pools (/tmp/gather66*/pool) and in /work/notes/gather66/ (CLAIMS.txt and the round notes) as "
           "they stood when checked (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []
MARK = re.compile(r"\[\d+\]")

# ---- television, US: Desilu Productions (en.m.wikipedia.org's rendering, 2024) ---------------------------------------
DS = [
 "Desilu Productions, Inc. (/\u02c8d\u025bsil/) was an American television production company founded and co-owned "
 "by husband and wife Desi Arnaz and Lucille Ball. The company is best known for shows such as I Love Lucy, The Lucy "
 "Show, Mannix, The Untouchables, Mission: Impossible and Star Trek. Until 1962, Desilu was the second-largest "
 "independent television production company in the United States, behind MCA's Revue Studios, until MCA bought "
 "Universal Pictures and Desilu became and remained the number-one independent production company, until Ball sold "
 "it to Gulf and Western Industries (then the parent company of Paramount Pictures) in 1968.[1][2]",
 "Ball and Arnaz jointly owned the majority stake in Desilu from its inception until 1962, when Ball bought out "
 "Arnaz and ran the company by herself for several years. Ball had succeeded in making Desilu profitable again by "
 "1968, when she sold her shares of Desilu to Gulf+Western for $17 million (valued at $155 million in 2023).[3] "
 "Gulf+Western then transformed Desilu into the television production arm of Paramount Pictures, rebranding the "
 "company as the original Paramount Television.",
 "Desilu's entire library is owned by Paramount Global through two of its subsidiaries. The CBS unit owns all "
 "Desilu properties that were produced and concluded before 1960, which were sold to CBS by Desilu itself. Its CBS "
 "Studios unit owns the rights to everything Desilu produced after 1960 as successor in interest to Paramount "
 "Television."]
KEPT["wp-desilu-productions"] = ("desilu-enm.txt", DS)
R.append(wp("wp-desilu-productions", "Desilu Productions", "https://en.m.wikipedia.org/wiki/Desilu_Productions",
 "\n\n".join(MARK.sub("", p) for p in DS),
 "television production", ["history", "founding", "founders", "ownership", "acquisitions", "subsidiaries"],
 "The article as en.m.wikipedia.org's rendering holds it in the page store (the mobile site; no revision id held; a "
 "2024 rendering: its infobox says 'Founded1950; 74 years ago' and its text '(valued at $155 million in 2023)' and "
 "'owned by Paramount Global', where a later copy on topzle.com says '$160 million in 2024' and 'Paramount "
 "Skydance'). Cut: the infobox lines between the first and second paragraphs ('Desilu Productions, Inc.', 'Company "
 "typeSubsidiary', 'IndustryTelevision production', 'Founded1950; 74 years ago (1950)', 'FoundersDesi Arnaz', "
 "'Lucille Ball', 'DefunctDecember 29, 1967; 56 years ago (1967-12-29)', 'FatePurchased by Gulf+Western and "
 "amalgamated into Paramount Television', 'United States', 'ParentDesilu Corporation'), so the infobox's Desilu "
 "Corporation and its day of December 29, 1967 are not in the text (cut as batches 54zu-65n cut their infoboxes); "
 "the citation markers '[1][2]' and '[3]' (no space before them; the space after '[3]' kept as the space between "
 "sentences); cut at the end of the third paragraph ('... as successor in interest to Paramount Television.'), "
 "before the sidebar 'The evolution of Paramount' (a timeline of lines '1886Westinghouse Electric Corporation is "
 "founded' and the like, not the article's prose) in which the excerpt breaks off ('1916Famous P'; `truncated`; a "
 "cut at a paragraph end). Paragraphs joined with blank lines. No word added or changed. Kept as written: the "
 "pronunciation '(/\u02c8d\u025bsil/)' as the excerpt has it (batches 58p and 61a kept theirs; the rendering's "
 "characters after 'sil' are not in the excerpt), 'an American television production company founded and co-owned "
 "by husband and wife Desi Arnaz and Lucille Ball', 'shows such as I Love Lucy, The Lucy Show, Mannix, The "
 "Untouchables, Mission: Impossible and Star Trek' (no comma before 'and'), 'Until 1962, Desilu was the "
 "second-largest independent television production company in the United States, behind MCA's Revue Studios, until "
 "MCA bought Universal Pictures and Desilu became and remained the number-one independent production company, until "
 "Ball sold it to Gulf and Western Industries (then the parent company of Paramount Pictures) in 1968' (three "
 "'until's in one sentence), 'Ball bought out Arnaz and ran the company by herself for several years', 'she sold her "
 "shares of Desilu to Gulf+Western for $17 million (valued at $155 million in 2023)' ('Gulf+Western' with a plus "
 "sign beside 'Gulf and Western Industries' above), 'transformed Desilu into the television production arm of "
 "Paramount Pictures, rebranding the company as the original Paramount Television', 'Desilu's entire library is "
 "owned by Paramount Global through two of its subsidiaries', 'The CBS unit owns all Desilu properties that were "
 "produced and concluded before 1960, which were sold to CBS by Desilu itself', 'Its CBS Studios unit owns the "
 "rights to everything Desilu produced after 1960 as successor in interest to Paramount Television'. 228 words. No "
 "outage and no near-miss of one told (a studio's sale and a library's ownership are business events). Recorded CC "
 "BY-SA 4.0 (a 2024 rendering, after Wikimedia's June 2023 move to 4.0). Found at rank 8 of the query 'Desilu "
 "Productions Desi Arnaz Lucille Ball founded sold to Gulf+Western 1967'; papermoonloveslucy.com (ranks 1, 2; a fan "
 "blog, copyrighted), topzle.com (rank 3; a later copy with no licence line on the page), liquisearch.com's section "
 "'Ball As Sole Owner' (ranks 4, 5; a section page with quotations of other authors appended), "
 "rockandrollomnibus.blogspot.com (rank 6; a blog) and es.stringtranslate.com (rank 7; a Spanish translation) not "
 "used. Desilu, Desi Arnaz, Lucille Ball, Gulf and Western, Gulf+Western, Revue Studios, Paramount Television, CBS "
 "Studios: " + CHECKED + " ('Universal Pictures' in train's wp-polygram and batch 30d's scripts, 'Paramount Global' "
 "in train's wp-penguin-random-house and batch 31d's scripts, other matters; 'MCA', 'CBS' and 'Paramount Pictures' "
 "in texts on other matters).", "US",
 copy_of="the Wikipedia article"))

# ---- film, US: Republic Pictures (en.wikipedia.org's 'Jump to: navigation' rendering, about 2014-2016) ---------------
RP = [
 "Republic Pictures was an American independent film production-distribution corporation with studio facilities, "
 "operating from 1935 through 1959, and was best known for specializing in westerns, movie serials and B films "
 "emphasizing mystery and action.",
 "The studio was also responsible for financing and distributing one Shakespeare film, Orson Welles' Macbeth "
 "(1948), and several of the films of John Ford during the 1940s and early 1950s. It was also notable for "
 "developing the careers of John Wayne, Gene Autry and Roy Rogers.",
 "Created in 1935 by Herbert J. Yates, a longtime investor in film and music properties and founder and president "
 "of film processing laboratory Consolidated Film Industries, Republic was the result of a union of six smaller "
 "Poverty Row studios.",
 "In the depths of the Great Depression of the 1930s, Yates' laboratory was servicing many Poverty Row studios. In "
 "1935 Yates saw a chance to become a studio head himself. Six established Poverty Row companies (Monogram Pictures, "
 "Mascot Pictures, Liberty Pictures, Majestic Pictures, Chesterfield Pictures and Invincible Pictures) were all in "
 "debt to Yates' lab. He prevailed upon these studios to merge under his leadership (or otherwise face foreclosure "
 "on their outstanding lab bills). Yates' new company, Republic Pictures Corporation, was established as a "
 "collaborative enterprise focused on low-budget product.",
 "The largest of Republic's components was Monogram Pictures, run by producers Trem Carr and W. Ray Johnston, which "
 "specialized in \"B\" films and operated a nationwide distribution system. (Monogram was revived in 1937.)"]
KEPT["wp-republic-pictures"] = ("republic-enwiki.txt", RP)
R.append(wp("wp-republic-pictures", "Republic Pictures", "http://en.wikipedia.org/wiki/Republic_Pictures",
 "\n\n".join(RP),
 "film production", ["history", "founding", "founders", "executives", "mergers", "suppliers"],
 "The article as en.wikipedia.org's 'Jump to: navigation' rendering holds it in the page store (no revision id "
 "held; an older revision, of about 2014-2016 by its rendering and its infobox 'Owner(s) Viacom', 'Parent Paramount "
 "Pictures': its lead says 'operating from 1935 through 1959' and its history 'Republic was the result of a union of "
 "six smaller Poverty Row studios', where later renderings on en.wikipedia.org and enwikipedia.net say 'in operation "
 "from 1935 to 1967' and 'Republic was initially founded upon Yates' acquisition of six smaller independent Poverty "
 "Row studios'). Cut: the title line 'Republic Pictures'; the lines 'From Wikipedia, the free encyclopedia' and "
 "'Jump to: navigation, search'; the infobox lines ('Republic Pictures Corporation', 'Type Corporation', 'Founded "
 "1935', 'Owner(s) Viacom', 'Parent Paramount Pictures'), so Viacom and Paramount Pictures are not in the text (cut "
 "as batches 54zu-65n cut their infoboxes); the heading 'Corporate history[edit]'; the image caption 'DVD front "
 "cover for The Adventures of Captain Marvel film serial (1941), the most celebrated of Republic's serials.'; the "
 "bullet ('  \u2022 ') before the list's first item, kept as its own paragraph, as batch 65b kept Prime Computer's "
 "list; cut after that item ('... (Monogram was revived in 1937.)'), before the list's second item, in which the "
 "excerpt breaks off ('The most technically advanced of the studios that '; `truncated`; a cut at a paragraph "
 "end). Paragraphs joined with blank lines. No word added or changed. Kept as written: 'an American independent "
 "film production-distribution corporation with studio facilities, operating from 1935 through 1959', 'westerns, "
 "movie serials and B films' ('westerns' in lower case), 'one Shakespeare film, Orson Welles' Macbeth (1948)', "
 "'Created in 1935 by Herbert J. Yates, a longtime investor in film and music properties and founder and president "
 "of film processing laboratory Consolidated Film Industries' (no article before 'film processing'), 'Republic was "
 "the result of a union of six smaller Poverty Row studios', 'Yates' laboratory was servicing many Poverty Row "
 "studios', 'In 1935 Yates saw a chance to become a studio head himself' (no comma after '1935'), 'Six established "
 "Poverty Row companies (Monogram Pictures, Mascot Pictures, Liberty Pictures, Majestic Pictures, Chesterfield "
 "Pictures and Invincible Pictures) were all in debt to Yates' lab', 'He prevailed upon these studios to merge under "
 "his leadership (or otherwise face foreclosure on their outstanding lab bills)', 'Yates' new company, Republic "
 "Pictures Corporation, was established as a collaborative enterprise focused on low-budget product', 'The largest "
 "of Republic's components was Monogram Pictures, run by producers Trem Carr and W. Ray Johnston, which specialized "
 "in \"B\" films' (straight quotes), '(Monogram was revived in 1937.)'. 242 words. No outage and no near-miss of one "
 "told (studios in debt and facing foreclosure, and a union of studios, are business events). Recorded CC BY-SA 3.0 "
 "(an older revision, before Wikimedia's June 2023 move to 4.0). Found at rank 8 of the query 'Republic Pictures "
 "company history Six surviving small companies Monogram Pictures Mascot Pictures Liberty Pictures merge under his "
 "leadership Trem Carr W. Ray Johnston' (after an earlier query whose free copies, enwikipedia.net, "
 "kiwix.haohe.fun, an en.wikipedia.org oldid and the '= Title =' rendering, all broke off before or inside the list "
 "of the six studios); ffilms.org (rank 1; a film site's copy with no licence stated), lostnfoundfilms.uscreen.io "
 "(rank 2; a rewrite), refract.global.ssl.fastly.net (rank 3; fragments), en.wikipedia.org's '= Title =' rendering "
 "(rank 4; breaks off earlier), haohao.work.gd (rank 5; a proxied biography), rhodiumracqu854.sbs (rank 6; a copy on "
 "a spam address) and learnaboutmovieposters.com (rank 7; copyrighted) not used. Republic Pictures, Herbert J. "
 "Yates, Consolidated Film, Mascot Pictures, Trem Carr, Ray Johnston, Poverty Row, Chesterfield Pictures: " +
 CHECKED + " ('Monogram' only in GATHERING.md, inside 'Monogram Systems', another matter; 'John Ford', 'John "
 "Wayne' and the other names not checked further as persons named only as a studio's film-makers and stars).", "US",
 v3=True, copy_of="the Wikipedia article"))

# ---- software, US: Infocom (fact-index.com's mirror of English Wikipedia, about 2004) --------------------------------
IC = [
 "Infocom, was a Cambridge, Massachusetts based software company, that produced numerous text adventure computer "
 "games. It was founded on June 22, 1979 and lasted as an independent company until 1986 when it was bought by "
 "Activision. Activision finally shut down the Infocom division in 1989, although they released some titles in the "
 "1990s under the Infocom Zork brand.",
 "Infocom was well-known in game-playing circles for the parsers used in its witty, ambitious text adventures, which "
 "allowed the user to type complex instructions to the game. Unlike earlier adventure games which only understood "
 "commands of the form 'verb noun' (e.g. \"get apple\"), Infocom adventures could understand commands like \"get the "
 "green apple on the table.\" Infocom games were written using a programming language that ran on a standard "
 "virtual machine the Z-machine. As the games were text based and used variants of the same z-machine interpreter, "
 "Infocom was able to release most of their games for the various popular personal computers of the day -- Apple "
 "II, IBM PC compatible, Atari ST, Amiga, Commodore 64 and the Mac. The company was also known for shipping creative "
 "props with its games.",
 "The first (and very successful) game Zork was created in 1977, two years before the creators founded the company "
 "Infocom. The game was finally released in 1980. Other popular and inventive titles included the rest of the Zork "
 "series, 1984's The Hitchhiker's Guide to the Galaxy, based on the work of Douglas Adams, and 1985's A Mind Forever "
 "Voyaging. Games authors at Infocom included Dave Lebling, Marc Blank and Steve Meretzky.",
 "In 1984 Infocom started putting resources into a new division to produce business products. In 1985 they released "
 "a database product, Cornerstone. Unfortunately this product sold only 10,000 copies, not enough to cover the "
 "development expenses."]
KEPT["wp-infocom"] = ("infocom-factindex.txt", IC)
R.append(wp("wp-infocom", "Infocom", "http://www.fact-index.com/i/in/infocom.html", "\n\n".join(IC),
 "video games", ["history", "founding", "acquisitions", "products", "divisions"],
 "The article as fact-index.com's copy holds it in the page store (a mirror of English Wikipedia of about 2004, as "
 "batches 32b and 40y dated their fact-index.com copies; no revision id held: its lead says 'Infocom, was a "
 "Cambridge, Massachusetts based software company, that produced numerous text adventure computer games', where "
 "later revisions, as theinfolist.com holds one, say 'Infocom was an American software company based in Cambridge, "
 "Massachusetts, that produced numerous works of interactive fiction' and add that it 'was founded on June 22, "
 "1979, by staff and students of Massachusetts Institute of Technology'). Cut: the site's navigation line 'Main Page "
 "| See live article | Alphabetical index'; the table of contents ('Table of contents', '1 Overview', '2 Titles', '3 "
 "Legacy', '4 External links'); cut in the fourth paragraph after '... not enough to cover the development "
 "expenses.', before the sentence the excerpt breaks off in ('The portability provided by t'; `truncated`; a cut "
 "inside a paragraph, at a sentence end). The copy has no citation markers and no infobox; no heading stands "
 "between the lead and the overview in the excerpt. Paragraphs joined with blank lines. No word added or changed. "
 "Kept as written: 'Infocom, was a Cambridge, Massachusetts based software company, that produced numerous text "
 "adventure computer games' (the commas after 'Infocom' and 'company', no hyphen in 'Massachusetts based'), 'It was "
 "founded on June 22, 1979 and lasted as an independent company until 1986 when it was bought by Activision', "
 "'Activision finally shut down the Infocom division in 1989, although they released some titles in the 1990s under "
 "the Infocom Zork brand', 'commands of the form 'verb noun' (e.g. \"get apple\")' (single quotes inside, straight "
 "double quotes), 'commands like \"get the green apple on the table.\"' (the full stop inside the quotes), 'a standard "
 "virtual machine the Z-machine' (no comma), 'the same z-machine interpreter' (lower case), 'the various popular "
 "personal computers of the day -- Apple II, IBM PC compatible, Atari ST, Amiga, Commodore 64 and the Mac' (two "
 "hyphens for a dash), 'The first (and very successful) game Zork was created in 1977, two years before the "
 "creators founded the company Infocom', '1984's The Hitchhiker's Guide to the Galaxy, based on the work of Douglas "
 "Adams, and 1985's A Mind Forever Voyaging', 'Games authors at Infocom included Dave Lebling, Marc Blank and Steve "
 "Meretzky', 'In 1985 they released a database product, Cornerstone', 'Unfortunately this product sold only 10,000 "
 "copies'. 296 words. No outage and no near-miss of one told (a division shut down by its owner and a product that "
 "did not cover its costs are business events). Recorded CC BY-SA 3.0 (a copy of about 2004; the text of 2004 was "
 "released under the GFDL and relicensed under CC BY-SA 3.0 in 2009, the terms batches 22b-65n recorded for such "
 "copies). Found at rank 8 of the query 'Infocom was an American software company based in Cambridge, "
 "Massachusetts, interactive fiction, Cornerstone, bought by Activision'; web.mit.edu (rank 1; a student paper), "
 "mobygames.com (rank 2; a FAQ's text), infocom.elsewhere.org (rank 3; the same paper's index), "
 "abandonwaredos.com (rank 4; an abandonware site's summary), theinfolist.com (rank 5; glossary text woven into the "
 "sentences), allthetropes.org (rank 6; a tropes wiki's own article) and justmac.info (rank 7; German news) not "
 "used. Infocom, Zork, Meretzky, Lebling, Marc Blank, A Mind Forever Voyaging, Douglas Adams: " + CHECKED +
 " ('Cornerstone' and 'Hitchhiker' only as other words or names in texts on other matters; 'Activision', 'Atari' "
 "and 'Commodore' in texts on other matters).", "US",
 v3=True, copy_of="an early revision of the Wikipedia article, mirrored at fact-index.com"))


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
