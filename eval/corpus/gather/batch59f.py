#!/usr/bin/env python3
"""Batch 59f (session 56; gatherer lane 59f): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p and 59a, on mid-size British and Irish companies in publishing, bookselling and retail, new to
the corpus: Thames & Hudson, the London publisher of illustrated books founded in 1949 by Walter and Eva Neurath, with
its Paris subsidiary Interart and sister company Editions Thames & Hudson, and Walter Neurath's earlier post as
production director of Adprint, the book-packaging company of Wolfgang Foges (publishing, UK); Hatchards, the
Piccadilly bookshop founded by John Hatchard in 1797, bought by Clarence Hatry in 1939, by William Collins, Sons in
1956 and by Pentos in 1990, Pentos later bought by Waterstones, owner also of Hodges Figgis (bookselling, UK); and
Arnotts, the Dublin department store on Henry Street founded in 1843 by George Cannock and Andrew White, with the
bankers Andrew and Patrick Reid as partners and John Arnott as shareholder, renamed Arnott's in 1865, owned with Brown
Thomas by Selfridges, itself owned by Central Group and Saudi Arabia's Public Investment Fund (retail, Ireland).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.m.wikipedia.org's rendering of 'Thames & Hudson' (reached through the redirect 'Thames and
Hudson'; undated) and wikimili.com's copies of 'Hatchards' (a revision of 2024 or later) and 'Arnotts (Ireland)' (a
revision of 2025); each cut at a sentence or paragraph end before the point where the excerpt breaks off (all
`truncated`). Edits per item in `notes` (the copies' title lines, 'Last updated' and 'Contents' lines, infobox lines,
image captions, headings and citation markers cut; no word added or changed); `verify()` checks every kept paragraph
against the saved excerpt (/tmp/gather60f/src), the markers ('[1]', ' [2]') dropped and whitespace runs compared as
one space, as batches 57g, 57q, 58e, 58h, 58p and 59a did. One text tells a near-miss of an outage (Arnotts: the
original building 'completely destroyed in a fire' in 1894: a physical destruction; GUIDELINES, Outages); none tells an
outage. newskg (or any extractor) was not run on any text. A round of three: seven queries, six companies answered
with English Wikipedia text (or a copy of it), three taken (round notes, /work/notes/gather60/59f.md; queries,
/tmp/gather60f/src/queries.txt).
usage: batch59f.py [POOL_DIR] [--dry]   (default /tmp/gather60f/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather60f/pool"
SRC = "/tmp/gather60f/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-56 pools (/tmp/gather60*/pool) and in /work/notes/gather60/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")
MARK = re.compile(r"\s*\[\d+\]")   # a citation marker, with the space before it where there is one

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- publishing, UK: Thames & Hudson (en.m.wikipedia.org's rendering, undated) ----------------------------------------
THAMES = [
 "Thames & Hudson (sometimes T&H for brevity) is a publisher of illustrated books across all areas of visual "
 "creativity: the arts (fine, applied, decorative, performing), architecture, design, photography, fashion, film and "
 "music, and also archaeology, history and popular culture.[2] With its headquarters in London, it has a sister "
 "company in New York City and subsidiaries in Melbourne, Singapore and Hong Kong. In Paris, it has a further "
 "subsidiary company, Interart, which is engaged in the distribution of English-language books and a sister company, "
 "\u00c9ditions Thames & Hudson. Today the group employs 150 staff in London and a further 65 around the world.",
 "Thames & Hudson was founded in 1949 by Walter and Eva Neurath. Their passion and mission was to create a \u2018museum "
 "without walls\u2019 and to make accessible to a large reading public the world of art and the research of top "
 "scholars. To reflect its international outlook the name for the company linked the rivers flowing through London "
 "and New York, represented in its logo by two dolphins symbolizing friendship and intelligence, one facing east, one "
 "west, suggesting a connection between the Old World and the New. Today, still an independent, family-owned company, "
 "Thames & Hudson is one of the world\u2019s leading publishers of illustrated books with over 2,000 titles in print. "
 "[3]",
 "Walter Neurath was born in Vienna in 1903, and ran an art gallery and published illustrated books there.[4] In 1938, "
 "he left for London, where he initially worked as production director of Adprint, a London book-packaging company "
 "established by fellow Viennese \u00e9migr\u00e9 Wolfgang Foges.[5]"]
KEPT["wp-thames-hudson"] = ("thames-hudson-enm.txt", THAMES)
R.append(wp("wp-thames-hudson", "Thames & Hudson", "https://en.m.wikipedia.org/wiki/Thames_and_Hudson",
 "\n\n".join(MARK.sub("", p) for p in THAMES),
 "publishing/illustrated books", ["history", "founding", "subsidiaries", "leadership"],
 "The article as en.m.wikipedia.org's rendering holds it in the page store, reached through the redirect 'Thames and "
 "Hudson' (no date or revision id held; 'Today the group employs 150 staff' dates nothing). Cut: the title line "
 "'Thames & Hudson' and the line '(Redirected from Thames and Hudson)'; the infobox lines ('Thames and Hudson "
 "logo.svg', 'Thames and Hudson logomark.svg', 'FoundersWalter Neurath and Eva Neurath', 'Country of originUnited "
 "Kingdom', 'Headquarters locationHigh Holborn', 'Publication typesBooks'; they stand between the lead and the "
 "founding paragraph), so High Holborn and 'United Kingdom' are not in the text; the citation markers '[2]' to '[5]' "
 "(the '[3]' after 'in print.' with a space before it); cut after '... established by fellow Viennese \u00e9migr\u00e9 "
 "Wolfgang Foges.', before the sentence the excerpt breaks off ('While at Adprint, Neurath designed and produced the "
 "hardback King Penguin Books, and developed the book series Britain'; `truncated`; a cut at a sentence end, the "
 "rest of that paragraph and the article not in the excerpt), so the King Penguin Books, the later history and the "
 "family's later posts are not in the text. No word added or changed. Kept as written: 'Thames & Hudson (sometimes "
 "T&H for brevity)', 'it has a sister company in New York City and subsidiaries in Melbourne, Singapore and Hong "
 "Kong', 'In Paris, it has a further subsidiary company, Interart, which is engaged in the distribution of "
 "English-language books and a sister company, \u00c9ditions Thames & Hudson.' (no comma before 'and a sister "
 "company'), 'Today the group employs 150 staff', 'founded in 1949 by Walter and Eva Neurath', 'Their passion and "
 "mission was', the curly quotes of '\u2018museum without walls\u2019' and 'world\u2019s', 'symbolizing' (US "
 "spelling), 'Today, still an independent, family-owned company', 'he initially worked as production director of "
 "Adprint, a London book-packaging company established by fellow Viennese \u00e9migr\u00e9 Wolfgang Foges'. 258 words. "
 "No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (doubtful: an undated rendering of the live site, "
 "as batches 58p and 59e recorded their en.wikipedia.org renderings). Found at rank 4 of the query 'Thames & Hudson "
 "publisher founded by Walter Neurath and Eva Neurath history' (batch 59a's lead, a free name of batch 58p); "
 "en.wikipedia.org's 'Walter Neurath' (rank 1; a biography, its excerpt his early life in Vienna), a blog quoting the "
 "publisher's own site (rank 2), the metromod archive (rank 3), The Independent (ranks 5, 7; news) and a docslib copy "
 "of a Logos article (rank 6) not used. Thames & Hudson, Thames and Hudson, Neurath, Adprint, Foges, Interart, "
 "King Penguin: " + CHECKED + " (except GATHERING.md, which names Thames & Hudson only in batches 58p's and 59a's "
 "lists of free names and leads).", "non-US",
 copy_of="the Wikipedia article, en.m.wikipedia.org's rendering reached through the redirect 'Thames and Hudson'"))

# ---- bookselling, UK: Hatchards (wikimili.com's copy, a revision of 2024 or later) ------------------------------------
HATCHARDS = [
 "Hatchards is an English bookshop claiming to be the oldest in the United Kingdom, founded on Piccadilly in 1797 by "
 "John Hatchard. After one move, it has been at the same location on Piccadilly next to Fortnum & Mason since 1801, "
 "and the two stores are also neighbours in St. Pancras railway station as of 2014. It has a reputation for "
 "attracting high-profile authors and holds three royal warrants granted by King Charles III, Queen Elizabeth II, and "
 "Prince Philip respectively. [1]",
 "Claiming to be the oldest bookshop in the United Kingdom, [2] [3] Hatchards was founded at 173 Piccadilly, London, "
 "by John Hatchard in 1797. [4] It moved within Piccadilly in 1801, to No.189\u2013190; the site of the first shop was "
 "cleared in 1810 for the Egyptian Hall to be built. The second shop had a numbering change to 187, in 1820. [5] It "
 "still trades today from the same address, and Hatchard's portrait can be seen on the staircase of the shop.",
 "It was founded with a collection of merchandise bought from Simon Vandenbergh, a bookseller of the 18th century.",
 "In 1939 Hatchards was acquired for \u00a36,000 by convicted fraudster Clarence Hatry, on his release from prison. He "
 "turned the ailing business around, and in 1946 he also acquired the T. Werner Laurie Ltd. publishing firm. [6] [7] "
 "[8]",
 "Hatchards was acquired by William Collins, Sons in 1956. In the 1980s it expanded the number of its retail outlets, "
 "opening branches across the UK. It was bought by Pentos in 1990, and Pentos was later acquired by Waterstones who "
 "rebranded all but the flagship store. [9] Waterstones also owns Hodges Figgis (founded in 1768), which is the "
 "oldest bookshop in Ireland. [10]"]
KEPT["wp-hatchards"] = ("hatchards-wikimili.txt", HATCHARDS)
R.append(wp("wp-hatchards", "Hatchards", "https://wikimili.com/en/Hatchards",
 "\n\n".join(MARK.sub("", p) for p in HATCHARDS),
 "retail/bookshops", ["history", "founding", "ownership", "deal"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; a revision of 2024 or "
 "later: it names royal warrants 'granted by King Charles III'). Cut: the site's title line 'Hatchards' and its line "
 "'Last updated'; the infobox lines ('Hatchards', 'Industry Bookshop', 'Founded1797 (1797)', 'FounderJohn Hatchard', "
 "'Headquarters,', 'Number of locations', '3', 'Parent Waterstones', 'Website www.hatchards.co.uk'), so the "
 "infobox's 'Parent Waterstones' is not in the text; the line 'Contents'; the heading 'History'; the citation markers "
 "' [1]' to ' [10]' with the space before each (so 'the United Kingdom, [2] [3] Hatchards' reads 'the United Kingdom, "
 "Hatchards'); cut after '... which is the oldest bookshop in Ireland.', before the heading 'Operations' and the "
 "paragraph the excerpt breaks off ('It has a reputation ... Oscar Wilde\u2019s favourite bookshop, the wr'; "
 "`truncated`; a cut at a paragraph end). No word added or changed. Kept as written: 'Hatchards is an English "
 "bookshop claiming to be the oldest in the United Kingdom', 'St. Pancras railway station as of 2014', 'three royal "
 "warrants granted by King Charles III, Queen Elizabeth II, and Prince Philip respectively', 'No.189\u2013190' (no "
 "space, an en dash), 'The second shop had a numbering change to 187, in 1820.', \"Hatchard's portrait\", 'a "
 "bookseller of the 18th century', 'acquired for \u00a36,000 by convicted fraudster Clarence Hatry, on his release "
 "from prison', 'the T. Werner Laurie Ltd. publishing firm', 'acquired by William Collins, Sons in 1956' (the firm's "
 "name with its comma), 'Pentos was later acquired by Waterstones who rebranded all but the flagship store' (no "
 "comma before 'who'), 'Waterstones also owns Hodges Figgis (founded in 1768)'. The lead's 'It has a reputation for "
 "attracting high-profile authors' is said again in the cut 'Operations' paragraph. 274 words. No outage and no "
 "near-miss of one told. Recorded CC BY-SA 4.0 (a revision of 2024 or later, after Wikimedia's move to 4.0 of June "
 "2023; as batches 56f, 58j and 59e recorded their wikimili.com copies). Found at rank 3 of the query 'Hatchards "
 "bookshop Piccadilly history founded John Hatchard owned by Collins Waterstones' (a free name of batches 58p and "
 "59a); piglix.com (rank 1) and en.wikipedia.org (rank 8) with older, shorter revisions (no Clarence Hatry), "
 "zalansite.site (rank 2; a wikitext edit page), wikiclassic.com (rank 5; the same revision with words garbled, "
 "'izz', 'inner', 'ith'), a flipbook, modernistarchives.com and a blog (ranks 4, 6, 7) not used. Hatchard, Hatry, "
 "Werner Laurie, Pentos, William Collins, Hodges Figgis, Vandenbergh, Fortnum: " + CHECKED + " (except "
 "GATHERING.md, which names Hatchards only in batches 58p's and 59a's lists of free names and leads; Waterstones is "
 "named in batch 59a's Ottakar's text, another matter).", "non-US",
 copy_of="the Wikipedia article, via wikimili.com's copy of 2024 or later"))

# ---- retail, Ireland: Arnotts (wikimili.com's copy of 'Arnotts (Ireland)', a revision of 2025) ------------------------
ARNOTTS = [
 "Arnotts is the oldest and largest department store in Ireland. It is located on Henry Street, on the north side of "
 "central Dublin. [2] [3] Together with the Brown Thomas chain of department stores, it is owned by UK-based "
 "Selfridges, which in turn is owned by Thai Conglomerate Central Group and Saudi Arabia's Public Investment Fund "
 "(PIF).",
 "Arnotts has its origins in a business founded in 1843 at 14 Henry Street, by George Cannock and Andrew White. In "
 "1845, two bankers, Andrew and Patrick Reid, became partners in the business. In 1848, White died, and the Scottish "
 "entrepreneur John Arnott took shares in the company. In 1865, Cannock departed the business, and the business was "
 "renamed as Arnott's. [4]",
 "Arnotts occupies much of the block behind the GPO to the west of O'Connell Street, between Henry Street and Abbey "
 "Street, covering an area of some 300,000 square feet. The original building was completely destroyed in a fire on 4 "
 "May 1894, and was reconstructed in the following year. [4] It was registered as a private company on 18 April 1895. "
 "The main entrance is on the pedestrianised Henry Street."]
KEPT["wp-arnotts"] = ("arnotts-wikimili.txt", ARNOTTS)
R.append(wp("wp-arnotts", "Arnotts (Ireland)", "https://wikimili.com/en/Arnotts_(Ireland)",
 "\n\n".join(MARK.sub("", p) for p in ARNOTTS),
 "retail/department store", ["history", "founding", "ownership"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; a revision of 2025: "
 "its infobox reads 'Founded1843;182 years ago (1843)'). Cut: the site's title line 'Arnotts (Ireland)' and its line "
 "'Last updated'; the infobox lines ('Arnotts', 'Company type Private company' to 'Website arnotts.ie'), with "
 "'Founders Sir John Arnott', 'Headquarters 12 Henry Street, Dublin, Ireland', 'Key people', 'Donald McDonald (CEO)', "
 "'Owner Selfridges Group' and 'Parent Brown Thomas Arnotts Limited [1]', so Donald McDonald and his post, 'Sir', "
 "Selfridges Group and Brown Thomas Arnotts Limited are not in the text (cut as batches 57p, 58j, 59a and 59e cut "
 "their infoboxes); the line 'Contents'; the heading 'History'; the citation markers ' [2]', ' [3]' and ' [4]' with "
 "the space before each; cut after 'The main entrance is on the pedestrianised Henry Street.', before the image "
 "caption lines (\"Arnotts' Liffey Street entrance Arnotts department store (geograph 6215205).jpg\", \"Arnotts' "
 "Liffey Street entrance\") and the paragraph the excerpt breaks off ('In 2006, the then-owner of Arnotts, Nesbitt "
 "Acquisitions, announced plans ... on Abbey '; `truncated`; a cut at a paragraph end), so Nesbitt Acquisitions, the "
 "banks' takeover and Selfridges' purchase of 2015 are not in the text. No word added or changed. Kept as written: "
 "'UK-based Selfridges, which in turn is owned by Thai Conglomerate Central Group and Saudi Arabia's Public "
 "Investment Fund (PIF)' (capital C in 'Conglomerate'), 'a business founded in 1843 at 14 Henry Street, by George "
 "Cannock and Andrew White' (a comma before 'by'), 'two bankers, Andrew and Patrick Reid, became partners in the "
 "business', 'the Scottish entrepreneur John Arnott took shares in the company', \"the business was renamed as "
 "Arnott's\" (with the apostrophe; the text's own name 'Arnotts' without), 'the block behind the GPO', 'some 300,000 "
 "square feet', 'completely destroyed in a fire on 4 May 1894, and was reconstructed in the following year', "
 "'registered as a private company on 18 April 1895', 'the pedestrianised Henry Street'. 185 words. No outage told; "
 "a near-miss of one (the original building 'completely destroyed in a fire': a physical destruction; GUIDELINES, "
 "Outages). Recorded CC BY-SA 4.0 (a revision of 2025, after Wikimedia's move to 4.0 of June 2023). Found at rank 6 of "
 "the query 'Arnotts Dublin department store history acquired Selfridges Group Brown Thomas chairman' (an Irish "
 "company of batch 59a's leads); Irish Times (ranks 1, 7), retail-news.net (rank 2), Business Post (rank 3), "
 "voonze.com (rank 4), TheJournal.ie (rank 5) and evoke.ie (rank 8) (news) not used; a second query for a copy "
 "reaching the later history found de.knowledgr.com (German), theinfolist.com (link glosses pasted into the text) and "
 "the same wikimili.com copy. Arnott, Cannock, Nesbitt, Selfridges, Brown Thomas, Central Group: " + CHECKED +
 " (except GATHERING.md, which names Arnotts and Brown Thomas only in batch 59a's leads, and Arnott's Biscuits, "
 "another company, in an older round's list of texts not used); 'Public Investment Fund' is named in another "
 "corpus text (Saudi Arabia's fund as an owner of MBC Group), another matter.", "non-US",
 copy_of="the Wikipedia article, via wikimili.com's copy of 2025"))


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
