#!/usr/bin/env python3
"""Batch 67u (session 61; gatherer lane 67u): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-67t, kept to three American companies new to the corpus, a brewer and two toy makers: the Joseph
Schlitz Brewing Company of Milwaukee, Wisconsin, founded (as the text has it) by Joseph Schlitz, who took over the
brewery of the late August Krug in 1856 and renamed it, acquired by the Stroh Brewery Company of Detroit on June 10,
1982, the rights to its name now with the Pabst Brewing Company (brewing, US); Playskool, the American educational toy
maker and brand, established by Lucille King in 1928 as a division of the John Schroeder Lumber Company in Milwaukee,
a division of Thorncraft, Inc. from 1935, bought by the Joseph Lumber Company in 1938 and by Manuel Fink and Robert
Meythaler in 1940, buyer of the J.L. Wright Company (Lincoln Logs) in 1943, merged with Holgate Toys in 1958, a
subsidiary of the Milton Bradley Company and a brand of Hasbro after Hasbro acquired Milton Bradley in 1984 (toys,
US); and the Ideal Toy Company (the Ideal Novelty and Toy Company), founded in Brooklyn by Morris and Rose Michtom,
led by their nephew Abraham Katz from 1938 and later by Lionel A. Weintraub, a partner of the American Character Doll
Company and the Alexander Doll Company in the United States-Israeli Toy and Plastic Corporation of 1951 (toys, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): academickids.com's copy of 'Joseph Schlitz Brewing Company' (an early revision, about 2005), wikimili.com's
copy of 'Playskool' (a 2024 revision) and piglix.com's copy of 'Ideal Toy Company' (an older revision, before 2023);
each cut at a paragraph or sentence end (`truncated`). Edits per item in `notes` (title lines, infobox lines, section
headings, an 'External links' section, wikimili.com's 'Last updated' and 'Contents' lines, piglix.com's welcome line
and citation markers cut; paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept
paragraph against the saved excerpt (/tmp/gather68u/src), the markers ('[1]', ' [2]', '[edit]', '[citation needed]')
dropped and whitespace runs compared as one space, as batches 55e-66p did. No text tells an outage or a near-miss of
one (a strike at a plant, a shipwreck, a plant shut down and a company's bankruptcy are business events or
accidents). newskg (or any extractor) was not run on any text. A round of three: three queries, each answered with
English Wikipedia text on a company not yet in the corpus, and each taken (round notes, /work/notes/gather68/67u.md;
queries, /tmp/gather68u/src/queries.txt).
usage: batch67u.py [POOL_DIR] [--dry]   (default /tmp/gather68u/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68u/pool"
SRC = "/tmp/gather68u/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md and in the "
           "session-61 pools (/tmp/gather68*/pool) as they stood when checked (`grep -rilF`, file names only), and in "
           "/work/notes/gather68/CLAIMS.txt and /work/notes/gather67/CLAIMS.txt only in this round's own claim")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []
MARK = re.compile(r"\s*\[\d+\]")

# ---- brewing, US: Joseph Schlitz Brewing Company (academickids.com's copy, about 2005) -----------------------------
JS = [
 "The Joseph Schlitz Brewing Company was an American brewery based in Milwaukee, Wisconsin. The beer it produced, "
 "Schlitz, was often considered the archetype of working-class beers. It has one of the best-known slogans in the "
 "American brewing industry: \"The beer that made Milwaukee famous\".",
 "The company was founded by Joseph Schlitz, who came to America from Mainz, Germany in 1850, at the age of 20. "
 "Schlitz flourished in the frenzied beer industry of pre-Civil War Milwaukee, where saloons and breweries sprang up "
 "by the hundreds, and in 1856 he took over management of the large brewery owned by the recently deceased August "
 "Krug. Two years later he married Krug's widow and changed the name to the Joseph Schlitz Brewing Co.",
 "The company really began to succeed after the Great Chicago Fire of 1871, when Schlitz donated thousands of barrels "
 "of beer to that city, which had lost most of its breweries. He quickly opened a distribution point there, beginning "
 "a national expansion.",
 "Schlitz died May 7 1875, when returning to visit Germany. His ship hit a rock near Land's End, England, and sank.",
 "The company flourished through the 1970s, being ranked as the No. 2 brewery in America as late as 1976. But "
 "problems with its production, specifically its attempt to cheapen the brewing process by using a high-temperature "
 "fermentation, which produced a product that the public deemed inferior, combined with a crippling 1981 strike by "
 "workers at the Milwaukee plant, led to serious financial difficulties. On June 10 1982, the Joseph Schlitz Brewing "
 "Co. was acquired by Stroh Brewery Company of Detroit, Michigan. Schlitz beer is still produced, but in relatively "
 "small quanitites.",
 "The rights to the Schlitz name now belongs to the Pabst Brewing Company."]
KEPT["wp-joseph-schlitz-brewing-company"] = ("schlitz-academickids.txt", JS)
R.append(wp("wp-joseph-schlitz-brewing-company", "Joseph Schlitz Brewing Company",
 "https://academickids.com/encyclopedia/index.php/Joseph_Schlitz_Brewing_Company", "\n\n".join(JS),
 "brewing", ["history", "founding", "founders", "executives", "acquisitions", "brands"],
 "The article as academickids.com's encyclopedia copy holds it in the page store (a mirror of English Wikipedia of "
 "about 2005: a short early revision without infobox or citation markers, whose last sentence names Pabst as holder "
 "of the name's rights, where later revisions tell the sale of Stroh's assets to Pabst in 1999; no revision id "
 "held). Cut: the title line 'Joseph Schlitz Brewing Company' and the table rule line '|' under it; the closing "
 "section 'External links' with its one link line ('- Joseph Schlitz Brewing Company history "
 "(http://www.chiptin.com/schlitz) by Michael R. Reilly from Chitpin.com'), a list of links and no prose "
 "(`truncated`: a cut at a paragraph end; the six prose paragraphs are kept whole). Paragraphs joined with blank "
 "lines. No word added or changed. Kept as written: 'The beer it produced, Schlitz, was often considered the "
 "archetype of working-class beers', '\"The beer that made Milwaukee famous\".' (straight quotes, the full stop "
 "outside), 'The company was founded by Joseph Schlitz, who came to America from Mainz, Germany in 1850, at the age "
 "of 20' (no comma after 'Germany'), 'pre-Civil War Milwaukee', 'in 1856 he took over management of the large "
 "brewery owned by the recently deceased August Krug', 'changed the name to the Joseph Schlitz Brewing Co.', 'Schlitz "
 "died May 7 1875' and 'On June 10 1982' (no comma before the year), \"near Land's End, England\", 'the No. 2 "
 "brewery in America', 'a crippling 1981 strike by workers at the Milwaukee plant', 'was acquired by Stroh Brewery "
 "Company of Detroit, Michigan' (no 'the' before 'Stroh'), 'in relatively small quanitites' (the copy's misspelling, "
 "kept), 'The rights to the Schlitz name now belongs to the Pabst Brewing Company' ('belongs', as written). 287 "
 "words. No outage and no near-miss of one told (a strike at a plant, a shipwreck and financial difficulties are "
 "business events and an accident, GUIDELINES, Outages). Recorded CC BY-SA 3.0 (a copy of about 2005; the text of "
 "then was released under the GFDL and relicensed under CC BY-SA 3.0 in 2009, the terms batches 22b-65o recorded "
 "for such copies). Found at rank 1 of the query 'Joseph Schlitz Brewing Company history Milwaukee August Krug Stroh "
 "acquired 1982'; rdxfbgrtj.blogspot.com (rank 2; a blog's copy of a later revision), getwiki.net (rank 3; raw "
 "wikitext of an import), beardstownnewspapers.com (rank 4; a news column behind a log-in), infocomm.ky (rank 5; a "
 "rewrite), boards.straightdope.com (rank 6; a forum), goodtimecharlieblog.blogspot.com (rank 7; a blog quoting the "
 "article) and wikiclassic.com (rank 8; a rendering with words altered: 'izz', 'inner', 'teh') not used. Schlitz, "
 "August Krug, Uihlein: " + CHECKED + " ('Stroh' in train's wp-sleeman-breweries and batch 57g's script, another "
 "matter: Stroh's brands brewed under licence in Canada; 'Pabst' in train's wp-pharmacia and batch 33d's script as "
 "another name).", "US", v3=True,
 copy_of="an early revision of the Wikipedia article, mirrored at academickids.com"))

# ---- toys, US: Playskool (wikimili.com's copy, a 2024 revision) -----------------------------------------------------
PK = [
 "Playskool is an American brand of educational toys and games for preschoolers. The former Playskool manufacturing "
 "company was a subsidiary of the Milton Bradley Company and was headquartered in Chicago, Illinois. Playskool's last "
 "remaining plant in the aforementioned city was shut down in 1984, and Playskool became a brand of Hasbro, which had "
 "acquired Milton Bradley that same year. [2]",
 "The \"Playskool Institute\" was established by Lucille King in 1928 as a division of the John Schroeder Lumber "
 "Company in Milwaukee, Wisconsin. [3] King, an employee at the company, developed wooden toys to use as teaching aids "
 "for children in the classroom. In 1935, the Playskool Institute became a division of Thorncraft, Inc., and "
 "established offices in Chicago, Illinois. In 1938, Playskool was purchased by the Joseph Lumber Company, where "
 "Manuel Fink was placed in charge of operations. In 1940, Fink, along with Robert Meythaler, bought Playskool and "
 "established the \"Playskool Manufacturing Company\". [4]",
 "In 1943, Playskool bought the J.L. Wright Company, the manufacturer of Lincoln Logs. In 1958, Playskool merged with "
 "Holgate Toys, Inc., a wood product manufacturer based in Kane, Pennsylvania."]
KEPT["wp-playskool"] = ("playskool-wikimili.txt", PK)
R.append(wp("wp-playskool", "Playskool", "https://wikimili.com/en/Playskool",
 "\n\n".join(MARK.sub("", p) for p in PK),
 "toys", ["history", "founding", "founders", "executives", "divisions", "ownership", "acquisitions"],
 "The article as wikimili.com's copy holds it in the page store (no revision id held; a 2024 revision: its infobox "
 "says 'FoundedJuly 26, 1928;96 years ago' and 'Defunct1984;40 years ago'). Cut: the title line 'Playskool' and "
 "wikimili.com's 'Last updated' line; the infobox, a list of lines ('Playskool Inc.', 'FormerlyThe Playskool "
 "Institute (1928–1938)', 'Company type Division (1928–68) Subsidiary (1968–84) Brand (1984–present)', 'FounderLucille "
 "King', 'FateAcquired by Milton Bradley in 1968, last factory closed in 1984, [1] becoming a brand of Hasbro. [2]', "
 "'Key people Manuel Fink', 'Parent' with 'John Lumber (1928–35)', 'Thorncraft, Inc. (1935–68)' and 'Milton Bradley "
 "(1968–84)', 'Subsidiaries' with 'J.L. Wright Co.' and 'Halsam Co.', and the others), so the infobox's 'Playskool "
 "Inc.', 'John Lumber', the year 1968 of Milton Bradley's purchase and 'Halsam Co.' are not in the text (cut as "
 "batches 54zu-66p cut their infoboxes); the 'Contents' line and the section heading 'History'; the citation markers "
 "' [2]', ' [3]' and ' [4]' (each with a space before it); cut in the third paragraph after '... based in Kane, "
 "Pennsylvania.', before the sentence the excerpt breaks off in ('In 1962, they purchased the Halsam Company, a "
 "producer of wooden blocks, checkers, '; `truncated`; a cut inside a paragraph, at a sentence end). Paragraphs joined "
 "with blank lines. No word added or changed. Kept as written: 'Playskool is an American brand of educational toys and "
 "games for preschoolers', 'The former Playskool manufacturing company was a subsidiary of the Milton Bradley Company "
 "and was headquartered in Chicago, Illinois' ('manufacturing company' in lower case), \"Playskool's last remaining "
 "plant in the aforementioned city was shut down in 1984, and Playskool became a brand of Hasbro, which had acquired "
 "Milton Bradley that same year\", 'The \"Playskool Institute\" was established by Lucille King in 1928 as a division "
 "of the John Schroeder Lumber Company in Milwaukee, Wisconsin' (straight quotes), 'King, an employee at the "
 "company', 'the Playskool Institute became a division of Thorncraft, Inc., and established offices in Chicago, "
 "Illinois', 'Playskool was purchased by the Joseph Lumber Company, where Manuel Fink was placed in charge of "
 "operations', 'Fink, along with Robert Meythaler, bought Playskool and established the \"Playskool Manufacturing "
 "Company\".' (the full stop outside the quotes), 'Playskool bought the J.L. Wright Company, the manufacturer of "
 "Lincoln Logs' ('J.L.' with no space), 'Playskool merged with Holgate Toys, Inc., a wood product manufacturer based "
 "in Kane, Pennsylvania'. 180 words. No outage and no near-miss of one told (a plant shut down is a business event, "
 "GUIDELINES, Outages). Recorded CC BY-SA 4.0 (a 2024 revision, after Wikimedia's June 2023 move to 4.0). Found at "
 "rank 2 of the query 'Playskool history founded Milwaukee Hasbro acquired Milton Bradley subsidiary'; "
 "percysworldoftoys2.blogspot.com (rank 1; a blog quoting an older revision, with a typing slip 'k, along with'), "
 "factsnippet.com (rank 3; numbered fact lines), fundinguniverse.com (ranks 4, 6; a copyrighted company history), "
 "fabtintoys.com (rank 5; a shop's page), encyclopedia.chicagohistory.org (rank 7; copyrighted) and "
 "artsandculture.google.com (rank 8; a museum's copy of a copyrighted history) not used. Playskool, Lucille King, "
 "Thorncraft, Joseph Lumber, Schroeder Lumber, Manuel Fink, Meythaler, J.L. Wright, Lincoln Logs, Halsam: " + CHECKED +
 " ('Holgate' only as a person's surname in another text and batch 27a's script; 'Milton Bradley' and 'Hasbro' in "
 "texts on other matters: dev's wp-milton-bradley-company (Milton Bradley's own history) and train's "
 "wp-parker-brothers among them, none naming Playskool).", "US",
 copy_of="the Wikipedia article, via wikimili.com, a Wikipedia mirror"))

# ---- toys, US: Ideal Toy Company (piglix.com's copy, an older revision) ---------------------------------------------
IT = [
 "Ideal Toy Company was an American toy company founded by Morris and Rose Michtom. During the post–World War II baby "
 "boom era, Ideal became the largest doll-making company in the United States. Their most popular dolls included "
 "Betsy Wetsy, Toni, Saucy Walker, Shirley Temple, Miss Revlon, Patti Playpal, Tammy, Thumbelina, Tiny Thumbelina, and "
 "Crissy. Their last big hit was the Rubik's Cube.",
 "Morris and Rose Michtom founded the Ideal Novelty and Toy Company in Brooklyn when they invented the Teddy bear in "
 "1903. After Michtom's death in 1938, the company changed its name to the Ideal Toy Company, and Michtom's nephew "
 "Abraham Katz became chief executive.",
 "During World War II, the company's value rose from $2 million to $11 million. The company's dolls were so popular "
 "during the post–World War II baby boom era, they began selling dolls under license in Canada, Australia, the United "
 "Kingdom, and Brazil.",
 "Key Ideal employees during the 1950s, '60s, and '70s were Lionel A. Weintraub and Joseph C. Winkler. Weintraub, the "
 "son-in-law of Abraham Katz, joined the company in 1941 and rose to become president, chairman of the board, and "
 "chief executive officer. Winkler joined Ideal in 1956, rising to vice president by 1971.",
 "In 1951, Ideal partnered with competitors the American Character Doll Company and the Alexander Doll Company to "
 "establish the United States-Israeli Toy and Plastic Corporation, designed to produce material for toys in Israel "
 "and the U.S. Ideal CEO Abraham Katz was named president of the new company."]
KEPT["wp-ideal-toy-company"] = ("ideal-piglix.txt", IT)
R.append(wp("wp-ideal-toy-company", "Ideal Toy Company", "http://piglix.com/piglix/Ideal_Toy_Company",
 "\n\n".join(IT),
 "toys", ["history", "founding", "founders", "executives", "products", "joint ventures"],
 "The article as piglix.com's copy holds it in the page store (no revision id held; an older revision: its infobox "
 "says 'Founded 1907' and 'Fate Merger with Mattel', where en.wikipedia.org's rendering at rank 2 of the same query "
 "says 'Foundation: 1908' with the later names and parents; its lead ends 'Their last big hit was the Rubik's Cube', "
 "where later revisions say 'The company is also known for selling the Rubik's Cube'). Cut: piglix.com's line '*** "
 "Welcome to piglix ***'; the title line 'Ideal Toy Company' (twice, the second the infobox's head); the infobox "
 "lines ('Fate Merger with Mattel', 'Successor View-Master Ideal', 'Founded 1907', 'Founders Morris and Rose Michtom', "
 "'Defunct 1997', 'Headquarters originally Hollis, Queens; then New Jersey, United States', 'Key people Abraham Katz, "
 "Lionel A. Weintraub, Joseph C. Winkler', 'Products dolls, teddy bears, toys, board games, Rubik's Cube'), so "
 "Mattel, View-Master Ideal, Hollis and New Jersey are not in the text (cut as batches 54zu-66p cut their "
 "infoboxes); cut after the fifth paragraph ('... was named president of the new company.'), before the paragraph "
 "the excerpt breaks off in ('In 1968, the American Character Doll Company filed for bankruptcy, and Ideal acquired "
 "the de'; `truncated`; a cut at a paragraph end). Paragraphs joined with blank lines (the copy has no section "
 "headings and no citation markers in the excerpt). No word added or changed. Kept as written: 'founded by Morris "
 "and Rose Michtom' (the husband's surname not written beside 'Morris'), 'the post–World War II baby boom era' (an "
 "en dash, twice), 'Betsy Wetsy, Toni, Saucy Walker, Shirley Temple, Miss Revlon, Patti Playpal, Tammy, Thumbelina, "
 "Tiny Thumbelina, and Crissy', 'Their last big hit was the Rubik's Cube', 'when they invented the Teddy bear in 1903' "
 "('Teddy' capitalised), \"After Michtom's death in 1938\" and \"Michtom's nephew Abraham Katz became chief "
 "executive\" (the surname alone, neither Michtom named), 'under license' (American spelling), \"during the 1950s, "
 "'60s, and '70s\" (straight apostrophes), 'rose to become president, chairman of the board, and chief executive "
 "officer', 'rising to vice president by 1971', 'Ideal partnered with competitors the American Character Doll Company "
 "and the Alexander Doll Company to establish the United States-Israeli Toy and Plastic Corporation' (a hyphen in "
 "'United States-Israeli'), 'in Israel and the U.S.', 'Ideal CEO Abraham Katz was named president of the new "
 "company'. 247 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (an older revision, before "
 "Wikimedia's move to 4.0 of June 2023, as batch 66b recorded piglix.com's copies). Found at rank 5 of the query "
 "'Ideal Toy Company founded Morris Michtom teddy bear acquired CBS Toys 1982 View-Master'; "
 "refract.global.ssl.fastly.net (rank 1; a snapshot wrapped in a chat page with fragment numbers in the text), "
 "en.wikipedia.org (rank 2; free, its '= Title =' rendering, but its excerpt breaks off in the 1907 doll paragraph, "
 "before the employees and the 1951 venture), liquisearch.com (rank 3; free, with a box of quotations inside), "
 "detailedpedia.com (rank 4; free, a later revision whose excerpt breaks off before the employees paragraph), "
 "oldbearseverywhere.com (rank 6; a shop), imahero.com (rank 7; a quiz) and dzen.ru (rank 8; a Russian blog) not "
 "used. Ideal Toy, Ideal Novelty, Michtom, Abraham Katz, Weintraub, Winkler, American Character Doll, Alexander Doll, "
 "View-Master, Betsy Wetsy, Patti Playpal: " + CHECKED + " ('Rubik', 'Shirley Temple', 'Crissy' and 'Saucy Walker' "
 "also without a hit; 'Winkler' only in train's SEC text on Zymergen and batch 53zp's script, another person).", "US", v3=True,
 copy_of="an older revision of the Wikipedia article, via piglix.com, a Wikipedia mirror"))


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
