#!/usr/bin/env python3
"""Batch 60j (session 56; gatherer lane 60j): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 57a, 57f, 57k, 57p, 57w, 58c, 58g, 58j, 58n,
59c, 59h, 60c and 60f, kept to two American animation producers, an American game publisher and an American toy maker,
new to the corpus: Rankin/Bass Productions, Inc., founded on September 14, 1960 as Videocraft International by Arthur
Rankin, Jr. and Jules Bass, its work outsourced to Japanese studios (Topcraft, Mushi Production, Toei Doga, TCJ, Toei
Animation) and Crawley Films (animation, US); Filmation Associates, founded in 1962 by Lou Scheimer, Hal Sutherland and
Norm Prescott, closed in 1989 by its parent Group W Productions, with its founders' background at Larry Harmon Pictures
and True Line (animation, US); Mayfair Games, founded in 1981 by Darwin Bromley, sued by TSR, Inc. in 1993, its assets
bought in 1997 by Iron Crown Enterprises (Ironwind, Inc.), Pete Fenlon its CEO from 2007 (board games, US); and Little
Tikes, established in 1967 by Tom G. Murdough Jr. and Jack E. Hill, bought by Rubbermaid in 1984 and by MGA
Entertainment from Newell Rubbermaid in 2006, Murdough its president until 1989 and founder of Step 2 (toys, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): cloudflare-ipfs.com's copy of 'Rankin/Bass Productions' in the 2016-2017 IPFS snapshot of English Wikipedia;
en.wikipedia.org's '= Title =' renderings of 'Filmation' and 'Little Tikes' (undated); en.wikipedia.org's rendering of
'Mayfair Games' with 'From Wikipedia, the free encyclopedia' and no navigation line (undated, after February 2018: 'was
an American publisher'); each cut at a sentence end before the sentence its excerpt breaks off (`truncated`). Edits
per item in `notes` (title lines, infobox lines, section headings and citation markers cut; no word added or changed);
`verify()` checks every kept paragraph against the saved excerpt (/tmp/gather61j/src), the markers ('[1]', '[edit]',
'[citation needed]') dropped and whitespace runs compared as one space, as batches 55e-60f did. No text tells an outage
or a near-miss of one (closures of a studio and of a publisher 'for financial reasons' are business events). newskg (or
any extractor) was not run on any text. A round of four: nine queries, four answered with English Wikipedia text on a
company not yet in the corpus and were taken (a fifth, Chaosium, was saved and claimed, then released for Little
Tikes), the rest left (round notes, /work/notes/gather61/60j.md; queries, /tmp/gather61j/src/queries.txt).
usage: batch60j.py [POOL_DIR] [--dry]   (default /tmp/gather61j/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather61j/pool"
SRC = "/tmp/gather61j/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md (beyond the "
           "lead lists of earlier rounds), in the session-56 pools (/tmp/gather61*/pool) and in "
           "/work/notes/gather61/CLAIMS.txt as they stood when checked (`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- animation, US: Rankin/Bass Productions (cloudflare-ipfs.com's 2016-2017 snapshot) ----------------------------
RB = [
 "Rankin/Bass Productions, Inc. (founded as Videocraft International, Ltd.) was an American production company, known "
 "for its seasonal television specials, particularly its work in stop motion animation. The pre-1974 library is owned "
 "by DreamWorks Classics, while the post-1974 library is owned by Warner Bros. Rankin/Bass stop-motion features are "
 "recognizable by their visual style of doll-like characters with spheroid body parts, and ubiquitous powdery snow "
 "using an animation technique called \"Animagic\". Often, traditional cel animation scenes of falling snow would be "
 "projected over the action to create the effect of a snowfall.",
 "All of the studio's creative output was outsourced to at least 4 Japanese animation companies: Topcraft, Mushi "
 "Production, Toei Doga and TCJ (Television Corporation of Japan).",
 "The company was founded by Arthur Rankin, Jr. and Jules Bass on September 14, 1960, as Videocraft International. The "
 "majority of Rankin/Bass' work, including all of their \"Animagic\" stop-motion productions, were created in Japan. "
 "Throughout the 1960s, the Animagic productions were headed by Japanese stop-motion animator Tadahito Mochinaga.",
 "Their traditionally cel-animated works were animated by Toei Animation, Crawley Films, and Mushi Production, and "
 "since the 1970s, they were animated by the Japanese studio Topcraft, which was formed in 1972 as an offshoot of Toei "
 "Animation."]
KEPT["wp-rankin-bass-productions"] = ("rankinbass-ipfs.txt", RB)
R.append(wp("wp-rankin-bass-productions", "Rankin/Bass Productions",
 "https://cloudflare-ipfs.com/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Rankin_Bass.html",
 "\n\n".join(RB),
 "animation", ["history", "founding", "outsourcing", "suppliers"],
 "The article as the IPFS mirror of English Wikipedia holds it (the snapshot at "
 "QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco, of 2016-2017, the snapshot batches 25b, 26c, 30b and 59i took texts "
 "from; the article under its title of then, 'Rankin/Bass Productions', now 'Rankin/Bass Animated Entertainment'; no "
 "revision id held). Cut: the title line 'Rankin/Bass Productions'; the infobox lines ('Rankin/Bass Productions, "
 "Inc.', 'Industry Film industry' to 'Feature films', with 'Predecessor Videocraft International/Arthur Rankin Jr. "
 "Associates', 'Defunct 2001' and 'Headquarters New York, New York, United States'), so the closing year and New York "
 "are not in the text (cut as batches 54zu-60f cut their infoboxes); the citation marker '[1]'; cut in the fourth "
 "paragraph after '... which was formed in 1972 as an offshoot of Toei Animation.', before the sentence the excerpt "
 "breaks off ('Many Topcraft staffers, including the studio's founder Toru Hara ... including Nausicaä of the Valley "
 "of the Wind and My Nei'; `truncated`; a cut inside a paragraph, at a sentence end), so Toru Hara, Studio Ghibli and "
 "Hayao Miyazaki are not in the text. No word added or changed. Kept as written: 'Rankin/Bass Productions, Inc. "
 "(founded as Videocraft International, Ltd.) was an American production company', 'The pre-1974 library is owned by "
 "DreamWorks Classics, while the post-1974 library is owned by Warner Bros.', 'an animation technique called "
 "\"Animagic\"', 'outsourced to at least 4 Japanese animation companies: Topcraft, Mushi Production, Toei Doga and TCJ "
 "(Television Corporation of Japan)' (the figure '4' as the revision has it), 'The company was founded by Arthur "
 "Rankin, Jr. and Jules Bass on September 14, 1960, as Videocraft International', \"The majority of Rankin/Bass' "
 "work ... were created in Japan\" (the plural verb as written), 'the Animagic productions were headed by Japanese "
 "stop-motion animator Tadahito Mochinaga', 'animated by Toei Animation, Crawley Films, and Mushi Production', 'the "
 "Japanese studio Topcraft, which was formed in 1972 as an offshoot of Toei Animation'. 201 words. No outage and no "
 "near-miss of one told. Recorded CC BY-SA 3.0 (a revision of 2016-2017). Found at rank 7 of the query 'Rankin/Bass "
 "Productions was an American production company founded by Arthur Rankin, Jr. and Jules Bass on September 14, 1960, "
 "as Videocraft International' (batch 60f's lead); piglix.com (rank 1; no licence line seen), infinitelexicon.com "
 "(rank 2; an AI-written text), listchallenges.com (rank 3; the lead only), en.wikipedia.org's '= Title =' rendering "
 "of 'Rankin/Bass Animated Entertainment' (rank 4; breaks off inside the founding sentence), tvtropes.org (rank 5), "
 "thereaderwiki.com (rank 6; no licence line seen, breaks off after the founding paragraph) and "
 "jmfinalproject.wordpress.com (rank 8; a student blog) not used. Rankin/Bass, Videocraft, Jules Bass, Mochinaga, "
 "Topcraft, Mushi Production, Crawley Films: " + CHECKED + " ('Rankin' otherwise only inside other words; 'Toei' "
 "and 'Topcraft' only in GATHERING.md's lead lists; 'DreamWorks' and 'Warner Bros.' in texts on other matters).",
 "US", v3=True, copy_of="the Wikipedia article, a 2016-2017 snapshot on the IPFS mirror"))

# ---- animation, US: Filmation (en.wikipedia.org's '= Title =' rendering, undated) ---------------------------------
FI = [
 "Filmation Associates was an American production company founded by Lou Scheimer, Hal Sutherland and Norm Prescott "
 "in 1962. Filmation produced animated and live-action productions and was last located in Woodland Hills, "
 "California.",
 "In 1989, Filmation was closed by parent company Group W Productions and its intellectual properties were acquired "
 "by French cosmetic firm L'Oréal. Since then, the rights to Filmation's productions have changed hands several times "
 "and are today owned primarily by DreamWorks Animation Television.",
 "Notable series that Filmation produced include the DC Comics and Archie Comics animated adaptations, Fat Albert and "
 "the Cosby Kids, the animated version of Star Trek, its version of Ghostbusters and the two adaptations of the Mattel "
 "toyline Masters of the Universe (He-Man and the Masters of the Universe and She-Ra: Princess of Power).",
 "Lou Scheimer and Filmation's main director Hal Sutherland met in 1957 while working at Larry Harmon Pictures on the "
 "made-for-TV Bozo and Popeye cartoons. Eventually Larry Harmon closed the studio by 1961. Scheimer and Sutherland "
 "went to work at a small company called True Line, one of whose owners was Marcus Lipsky, who then owned Reddi-wip "
 "whipped cream. SIB Productions, a Japanese firm with U.S. offices in Chicago, approached them about producing a "
 "cartoon called Rod Rocket."]
KEPT["wp-filmation"] = ("filmation-enwiki.txt", FI)
R.append(wp("wp-filmation", "Filmation", "https://en.wikipedia.org/wiki/Filmation", "\n\n".join(FI),
 "animation", ["history", "founding", "ownership", "products"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id). Cut: "
 "the title line '= Filmation ='; the infobox lines ('Filmation Associates', '- Logo: Filmation alt.svg' to '- "
 "Location: Woodland Hills, Los Angeles, California, United States', with '- Fate: Studio closed by Group W and "
 "library sold to L'Oréal' and '- Parent: TelePrompTer Corporation (1969–1981) , Westinghouse Broadcasting Company "
 "(1981–1989)'), so TelePrompTer Corporation and Westinghouse are not in the text (cut as batches 54zu-60f cut their "
 "infoboxes; TelePrompTer's purchase of Filmation in 1969 is batch 60c's TelePrompTer text, a matter this text does "
 "not tell); the headings '== History ==' and '=== Background ==='; cut in the fourth paragraph after '... about "
 "producing a cartoon called Rod Rocket.', before the sentence the excerpt breaks off ('The two agr'; `truncated`; a "
 "cut inside a paragraph, at a sentence end). No citation markers in this rendering. No word added or changed. Kept "
 "as written: 'Filmation Associates was an American production company founded by Lou Scheimer, Hal Sutherland and "
 "Norm Prescott in 1962', 'was last located in Woodland Hills, California', 'In 1989, Filmation was closed by parent "
 "company Group W Productions and its intellectual properties were acquired by French cosmetic firm L'Oréal', 'are "
 "today owned primarily by DreamWorks Animation Television', 'the DC Comics and Archie Comics animated adaptations', "
 "'the two adaptations of the Mattel toyline Masters of the Universe', \"Lou Scheimer and Filmation's main director "
 "Hal Sutherland met in 1957 while working at Larry Harmon Pictures\", 'Eventually Larry Harmon closed the studio by "
 "1961', 'a small company called True Line, one of whose owners was Marcus Lipsky, who then owned Reddi-wip whipped "
 "cream', 'SIB Productions, a Japanese firm with U.S. offices in Chicago, approached them'. 206 words. No outage and "
 "no near-miss of one told (the studio's closure is a business event). Recorded CC BY-SA 4.0 (doubtful: the revision "
 "is undated, as batches 56j-60f recorded their undated '= Title =' renderings; its 'DreamWorks Animation Television' "
 "makes it a recent one). Found at rank 7 of the query 'Filmation Associates American production company 1962 Lou "
 "Scheimer Hal Sutherland Norm Prescott Group W Productions L'Oréal' (batches 60c's and 60f's lead); bcdb.com (rank 1; "
 "the site's own text), films.discogs.com (rank 2; no open licence stated), piglix.com (rank 3; no licence line "
 "seen), review.clateway.com (rank 4; a proxy), saturdaymorningsforever.com (rank 5; a blog), "
 "mitchellbeausejour.fandom.com (rank 6; a fan wiki) and thatwasthebomb.com (rank 8; a blog) not used. Filmation, "
 "Scheimer, Hal Sutherland, Norm Prescott: only in batch 60c's TelePrompTer text (its 1969 purchase of Filmation, "
 "which this text does not carry), otherwise " + CHECKED + " (Larry Harmon, True Line, Marcus Lipsky, Reddi-wip, SIB "
 "Productions only in GATHERING.md's lead lists; 'Group W', 'Mattel', 'L'Oréal' and 'DC Comics' in texts on other "
 "matters).", "US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- board games, US: Mayfair Games (en.wikipedia.org's rendering without a navigation line, undated) ------------
MG = [
 "Mayfair Games was an American publisher of board, card, and roleplaying games that also licensed Euro-style board "
 "games to publish them in English. The company licensed worldwide English-language publishing rights to The Settlers "
 "of Catan series between 1996 and 2016.",
 "Mayfair Games was founded in 1981 by Darwin Bromley in Chicago, Illinois, United States. The company was created to "
 "publish Empire Builder, a railroad game designed by Bromley and Bill Fawcett. In 1982, Mayfair Games expanded its "
 "focus to include Role Aids, a line of role-playing game supplements.",
 "In 1993, Mayfair was sued by TSR, Inc., who argued that Role Aids violated their 1984 trademark agreement, being "
 "advertised as compatible with Advanced Dungeons & Dragons. The court found that some of the line violated the "
 "trademark, but the line as a whole did not violate the agreement, and Mayfair continued publishing the line until "
 "the rights were bought by TSR.",
 "In 1996, Mayfair Games became the publisher of The Settlers of Catan in the US. The company shut down for financial "
 "reasons in 1997 but was subsequently bailed out by Iron Crown Enterprises (ICE), who purchased most of their assets "
 "and restarted operations as Ironwind, Inc. This new company operates publicly under the Mayfair Games trademark.",
 "Pete Fenlon became the CEO of Mayfair Games in 2007 to oversee a major reorganization with a refocusing on core "
 "brands, most importantly the Catan family of games. In 2013, Mayfair reported selling more than 750,000 "
 "Catan-related products."]
KEPT["wp-mayfair-games"] = ("mayfair-enwiki.txt", MG)
R.append(wp("wp-mayfair-games", "Mayfair Games", "https://en.wikipedia.org/wiki/Mayfair_Games", "\n\n".join(MG),
 "board games", ["history", "founding", "executives", "litigation", "assets", "licensing"],
 "The article as en.wikipedia.org's rendering with the line 'From Wikipedia, the free encyclopedia' and no navigation "
 "line holds it in the page store (undated, no revision id; 'was an American publisher' and 'between 1996 and 2016' "
 "date it after Mayfair's closing in February 2018, which the text does not tell). Cut: the title line 'Mayfair "
 "Games'; 'From Wikipedia, the free encyclopedia'; the infobox lines ('Mayfair Games', 'IndustryBoard games', "
 "'SuccessorIronwind, Inc.', 'Key people', 'Darwin Bromley', 'ProductsRole Aids, DC Heroes, Board games') and the "
 "second infobox the rendering sets between the first and second paragraphs ('Ironwind, Inc.' to 'ServicesForeign and "
 "domestic game distribution', with 'FounderIron Crown Enterprises' and 'FateReorganized, moved 2001'), so Ironwind's "
 "founder line and DC Heroes are not in the text (cut as batches 54zu-60f cut their infoboxes); the citation markers "
 "('[1]', '[2]', '[3]', '[4]', '[5]', '[6]', '[7]'); cut in the fifth paragraph after '... more than 750,000 "
 "Catan-related products.', before the sentence the excerpt breaks off ('In January 2016, Mayfair transferred al'; "
 "`truncated`; a cut inside a paragraph, at a sentence end). No section heading in the excerpt. No word added or "
 "changed. Kept as written: 'licensed Euro-style board games to publish them in English', 'The company licensed "
 "worldwide English-language publishing rights to The Settlers of Catan series between 1996 and 2016', 'Mayfair "
 "Games was founded in 1981 by Darwin Bromley in Chicago, Illinois, United States', 'Empire Builder, a railroad game "
 "designed by Bromley and Bill Fawcett', 'Role Aids, a line of role-playing game supplements', 'In 1993, Mayfair was "
 "sued by TSR, Inc., who argued that Role Aids violated their 1984 trademark agreement, being advertised as compatible "
 "with Advanced Dungeons & Dragons', 'until the rights were bought by TSR', 'bailed out by Iron Crown Enterprises "
 "(ICE), who purchased most of their assets and restarted operations as Ironwind, Inc. This new company operates "
 "publicly under the Mayfair Games trademark', 'Pete Fenlon became the CEO of Mayfair Games in 2007', "
 "'Catan-related'. 244 words. No outage and no near-miss of one told (the shutdown 'for financial reasons' is a "
 "business failure). Recorded CC BY-SA 4.0 (a revision of 2018 or later). Found at rank 1 of the query 'Mayfair "
 "Games was an American game publisher founded in 1981 by Darwin Bromley, Catan, assets acquired by Asmodee' "
 "(batches 60c's and 60f's lead); m.global.ssl.fastly.net (rank 2; snippets of several pages), bbuttonmedia.com, "
 "popgeeks.net, christiantoday.com and decksize.com (ranks 3, 4, 7, 8; news, copyrighted), catan.fandom.com (rank 5; "
 "a fan wiki) and wikimili.com (rank 6; the same text with the Ironwind infobox as a table) not used. Mayfair Games, "
 "Darwin Bromley, Iron Crown, Ironwind, TSR, Inc., Pete Fenlon, Catan, Empire Builder, Role Aids: " + CHECKED +
 " ('Mayfair Games' only in GATHERING.md's lead lists).", "US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- toys, US: Little Tikes (en.wikipedia.org's '= Title =' rendering, undated) ----------------------------------
LT = [
 "Little Tikes is an American manufacturer of children's toys, with headquarters and manufacturing located in Hudson, "
 "Ohio. The company also has other manufacturing and distribution facilities in Asia and Europe. Little Tikes' "
 "products are mostly low-tech molded plastic toys aimed primarily at infants and young children, for indoor and "
 "outdoor use, including its party kitchen and turtle sandbox.",
 "The company was established by Tom G. Murdough Jr. and Jack E. Hill in Aurora, Ohio in 1967; Murdough purchased "
 "Hill's share of the company in 1969. The company was acquired by Rubbermaid in 1984. Murdough signed an employment "
 "agreement with Rubbermaid under which he would stay with the new parent company for a five-year period as president "
 "and general manager through 1989.",
 "In May 1989, Murdough announced that he would be leaving Little Tikes at the end of that year to pursue other "
 "interests. In 1991, Murdough established a new toy business called Step 2 , now based in Streetsboro, Ohio, aimed "
 "at competing with and outselling Little Tikes. In 1999, Rubbermaid merged with Newell to form Newell Rubbermaid.",
 "The company was acquired by MGA Entertainment in September 2006 from Newell Rubbermaid for an undisclosed sum. As "
 "of 2006, the 500 employees at Little Tikes were generating approximately $250 million in revenue of Rubbermaid's "
 "$6.3 billion in annual sales, and the acquisition was projected to add $15 to $25 million to MGA Entertainment's "
 "bottom line."]
KEPT["wp-little-tikes"] = ("littletikes-enwiki.txt", LT)
R.append(wp("wp-little-tikes", "Little Tikes", "https://en.wikipedia.org/wiki/Little_Tikes", "\n\n".join(LT),
 "toys", ["history", "founding", "acquisitions", "executives", "ownership"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; its "
 "infobox's 'Little Tikes logo 2019.svg' dates it after 2019). Cut: the title line '= Little Tikes ='; the infobox "
 "lines ('Little Tikes', '- Logo: Little Tikes logo 2019.svg' to '- Parent: MGA Entertainment (2006–present)', with "
 "'- Founder: Tom G. Murdough Jr.' and '- Num Employees: 500'), so the parent's years are not in the text (cut as "
 "batches 54zu-60f cut their infoboxes); the heading '==History=='; cut in the fourth paragraph after '... to MGA "
 "Entertainment's bottom line.', before the sentence the excerpt breaks off ('The purchase was said to allow a better "
 "fit with MGA Entertainment, a manufacturer of children's toys and entertainment products fou'; `truncated`; a cut "
 "inside a paragraph, at a sentence end). No citation markers in this rendering. No word added or changed. Kept as "
 "written: 'with headquarters and manufacturing located in Hudson, Ohio', 'including its party kitchen and turtle "
 "sandbox' (lower case), 'The company was established by Tom G. Murdough Jr. and Jack E. Hill in Aurora, Ohio in 1967; "
 "Murdough purchased Hill's share of the company in 1969', 'Murdough signed an employment agreement with Rubbermaid "
 "under which he would stay with the new parent company for a five-year period as president and general manager "
 "through 1989', 'a new toy business called Step 2 , now based in Streetsboro, Ohio' (the space before the comma as "
 "the rendering has it), 'In 1999, Rubbermaid merged with Newell to form Newell Rubbermaid', 'acquired by MGA "
 "Entertainment in September 2006 from Newell Rubbermaid for an undisclosed sum', \"of Rubbermaid's $6.3 billion in "
 "annual sales\". 234 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (doubtful: the revision is "
 "undated, as batches 56j-60f recorded their undated '= Title =' renderings; after 2019 by its logo file). Found at "
 "rank 1 of the query 'The Little Tikes Company is an American manufacturer of children's toys founded in 1970 by "
 "Thomas G. Murdough Jr., acquired by Rubbermaid, Newell, MGA Entertainment' (batches 60c's and 60f's lead); "
 "self.gutenberg.org (rank 2; a World Library copy of an older revision with one founder), en.wikipedia.org's 'Jump "
 "to navigation' rendering of 2021 (rank 3; older, one founder), en.kidstoys.studio (rank 4; a shop blog), "
 "zippia.com (rank 5; a timeline), wikimili.com (rank 6; the same text with citation markers and '[ dubious ]'), "
 "parts.littletikes.com (rank 7; the company's own page) and percysworldoftoys.blogspot.com (rank 8; a blog's copy) "
 "not used. Little Tikes, Murdough, Jack E. Hill, Rubbermaid, Newell Rubbermaid, Step 2, MGA Entertainment: " +
 CHECKED + " ('Little Tikes' and 'MGA Entertainment' only in GATHERING.md's lead lists; 'Step 2' only as 'step 2' "
 "of a procedure).", "US",
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
