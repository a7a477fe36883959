#!/usr/bin/env python3
"""Batch 57s (session 55; gatherer lane 57s): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56f, 56h, 56j, 56n, 56p, 57a, 57b, 57f, 57g, 57j,
57k, 57m, 57o and 57p, taken from the leads rounds 57k, 57m and 57o left unclaimed, new to the corpus: a bus company of
Glossop, Derbyshire, founded by David Whyatt with start-up funding from the Prince's Trust, holder of a Derbyshire
County Council contract, which took over Tame Valley Motor Services, set up a subsidiary, Galloway Bus Company, and was
a launch customer of Marshall of Cambridge's Marshall Minibus (bus transport, UK; 57m's lead); a German maker of
endoscopes and surgical instruments founded in Tuttlingen by Karl Storz in 1945, with a US subsidiary, Karl Storz
Endoscopy-America, Inc., and an industrial group, named beside the FDA and Ethicon over morcellators (medical devices,
Germany; 57o's lead); and a Canadian video game developer of Vancouver founded in October 2002 by former members of EA
Black Box, maker of NHL Hitz Pro (published by Midway Games) and of Nintendo games, bought by Nintendo in 2021, with
its co-founder Jason Carr and producer Ken Yeeloy named (video games, Canada; 57k's lead).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en-academic.com's copy of 'Glossopdale Bus Company' (dic.nsf/enwiki/6196377, a revision of about 2008-2010), a
Kiwix dump of English Wikipedia (wikipedia_en_all_nopic) served by kiwix.campusafrica.gos.orange.com holding 'Karl
Storz SE' (a revision of about 2017-2020), and wikimili.com's copy of 'Next Level Games' (a revision of 2024 or later);
two cut at a sentence or paragraph end (`truncated`), Karl Storz's body kept whole (the excerpt runs on into its
reference list). Edits per item in `notes` (title lines, site lines, infobox lines, headings, citation markers with
their page numbers; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt
(/tmp/gather58s/src), the markers ('[1]', ' [4]', '[5]:382', '[6]:3274\u201375', '[edit]', '[citation needed]') dropped and
whitespace runs compared as one space, as batches 56b, 56j, 57a, 57b, 57j and 57o did. No text tells an outage; two
tell near-misses (Glossopdale's minibuses 'out of service due to various mechanical and structural defects', a product
defect, and Karl Storz's morcellators the FDA advised 'should be withdrawn from the market', a product withdrawal).
newskg (or any extractor) was not run on any text. A round of three out of nine queries (round notes,
/work/notes/gather58/57s.md; queries, /tmp/gather58s/src/queries.txt).
usage: batch57s.py [POOL_DIR] [--dry]   (default /tmp/gather58s/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather58s/pool"
SRC = "/tmp/gather58s/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-55 pools (/tmp/gather58*/pool) and in /work/notes/gather58/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only), beyond the lines of GATHERING.md's batches 57k, 57m and 57o that left the "
           "company as a lead")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- bus transport, UK: Glossopdale Bus Company (en-academic.com's copy, a revision of about 2008-2010) -----------
GLOSSOP = [
 "Glossopdale Bus Company began operations in 1991, with a one vehicle, two route service around Glossop, Derbyshire, "
 "England. The founder of the business, David Whyatt, secured start-up funding from the Prince's Trust, which allowed "
 "the purchase of the first bus.",
 "The business was awarded a contract by Derbyshire County Council in October 1992 to operate the 361 service between "
 "Glossop and Stockport, and in the same month won the BBC Radio 4 / Radio Times Enterprise 92 award for best small "
 "business in the UK. In 1995, Glossopdale took over the operations of Tame Valley Motor Services, founded by the late "
 "Patrick Keeley, and commenced services in Greater Manchester, with the 375 service between Tameside Hospital and "
 "Bosden Farm.",
 "A subsidiary operation, Galloway Bus Company, was established in 1995 with grant assistance from the Scottish "
 "Office. A two-hourly service was launched between the towns of Port William and Kirkudbright, but operated only for "
 "a few months and was not able to generate sufficient travel to become self-funding.",
 "In 1996 the company became one of the launch customers for the ill-fated Marshall Minibus, an early low floor "
 "midi-sized vehicle designed and built by Marshall of Cambridge. The four vehicles owned by Glossopdale had an "
 "appalling performance record, often all four being out of service due to various mechanical and structural "
 "defects. This created a heavy burden for such a small operator. Eventually Glossopdale sued Marshall in the High "
 "Court, with the manufacturer admitting defeat shortly before the hearing was due. Marshall re-purchased the vehicles "
 "and compensated Glossopdale for its' ordeal.",
 "A further takeover was completed in 1996 with the acquisition of the contracts of Checkmate of Mossley, owned by the "
 "late Sam Tandy. This added the 352 service between Denshaw and Ashton to the Glossopdale network."]
KEPT["wp-glossopdale-bus-company"] = ("glossopdale-enacademic.txt", GLOSSOP)
R.append(wp("wp-glossopdale-bus-company", "Glossopdale Bus Company", "https://en-academic.com/dic.nsf/enwiki/6196377",
 "\n\n".join(GLOSSOP),
 "transport/bus operator", ["history", "founding", "contract", "acquisition", "subsidiary", "supplier", "litigation"],
 "The article as en-academic.com's copy of English Wikipedia holds it in the page store (dic.nsf/enwiki/6196377; no "
 "date or revision id held; a revision of about 2008-2010: en-academic's English Wikipedia dictionary is footed "
 "'Wikimedia Foundation. 2010.' on the pages batch 36x recorded, and this revision still reads \"its' ordeal\", which "
 "the later revision at rank 2 of the same query reads 'its ordeal'). Cut: the title line 'Glossopdale Bus Company', "
 "given twice (the site's heading and the article's); cut after '... to the Glossopdale network.', before the "
 "paragraph the excerpt breaks off ('By 1998 the company was operating a fleet of twenty five buses and employed "
 "forty '; `truncated`; a cut at a paragraph end), so the company's size of 1998 and its sale are not in the text. "
 "The excerpt has no citation markers. No word added or changed. Kept as written: 'with a one vehicle, two route "
 "service around Glossop, Derbyshire, England', 'The founder of the business, David Whyatt, secured start-up funding "
 "from the Prince's Trust', 'awarded a contract by Derbyshire County Council in October 1992 to operate the 361 "
 "service', 'in the same month won the BBC Radio 4 / Radio Times Enterprise 92 award for best small business in the "
 "UK', 'Glossopdale took over the operations of Tame Valley Motor Services, founded by the late Patrick Keeley', 'the "
 "375 service between Tameside Hospital and Bosden Farm', 'A subsidiary operation, Galloway Bus Company, was "
 "established in 1995 with grant assistance from the Scottish Office', 'Port William and Kirkudbright' (the article's "
 "spelling), 'one of the launch customers for the ill-fated Marshall Minibus, an early low floor midi-sized vehicle "
 "designed and built by Marshall of Cambridge', 'sued Marshall in the High Court', \"compensated Glossopdale for its' "
 "ordeal\" (the stray apostrophe as written), 'the acquisition of the contracts of Checkmate of Mossley, owned by the "
 "late Sam Tandy', 'the 352 service between Denshaw and Ashton'. 295 words. No outage told; one near-miss (the "
 "Marshall Minibuses 'out of service due to various mechanical and structural defects': a product defect, no service "
 "users were told to have lost; and the Galloway service that 'operated only for a few months': a business failure). "
 "Recorded CC BY-SA 3.0 (content of about 2008-2010, before Wikimedia's move to 4.0 of June 2023, as batches 36x, "
 "40t and 40v recorded en-academic.com's copies); doubtful in that no revision id or date is held. Found at rank 1 of "
 "the query 'Glossopdale Bus Company founded by David Whyatt Tame Valley Motor Services'; a later revision with no "
 "address held (rank 2; one text per matter), the blog mancunian1001.wordpress.com (rank 3; Jack Hampson named as a "
 "second founder, the sale to Stagecoach Manchester of 1999; copyrighted), and book, photo and copy pages (ranks 4-8) "
 "not used. Glossopdale, David Whyatt, Tame Valley, Patrick Keeley, Galloway Bus, Marshall Minibus, Marshall of "
 "Cambridge, Checkmate, Sam Tandy, Prince's Trust: " + CHECKED + " (Derbyshire County Council and the Scottish Office "
 "have no hit either; the High Court is named in texts on other matters; none is a history of Glossopdale).", "non-US",
 v3=True, copy_of="the Wikipedia article, en-academic.com's copy"))

# ---- medical devices, Germany: Karl Storz SE (a Kiwix dump, wikipedia_en_all_nopic, a revision of about 2017-2020) --
STORZ = [
 "Karl Storz SE & Co. KG is a German medical device company that manufactures and sells endoscopes and surgical "
 "instruments. It was founded in Tuttlingen by Karl Storz in 1945. The company is privately owned; Storz' daughter, "
 "Sybill, took over running the company after Storz died in 1996.",
 "The company was one of the first to introduce an endoscope that delivered light using fiber optics, in 1963. It "
 "also licensed the patent for the Hopkins relay lens and introduced endoscopes including such lenses in 1965.",
 "As of 2012 it employed around 5,800 people worldwide and had annual sales of around 1 billion euros.",
 "In 2017 it was the subject of several lawsuits concerning deaths following use of morcellators that it sold; in "
 "2014 the FDA had advised that these devices should be withdrawn from the market due to the risk of spreading cancer "
 "and while Ethicon, the market leader, had withdrawn their devices, Karl Storz had not. It 2017 it changed its "
 "corporate form from GmbH to Societas Europaea.",
 "It has a US subsidiary called Karl Storz Endoscopy-America, Inc. that was founded in 1971, and a group focused on "
 "industrial products like borescopes called Karl Storz Industrial Group."]
KEPT["wp-karl-storz"] = ("karl-storz-kiwix.txt", STORZ)
_storz = wp("wp-karl-storz", "Karl Storz SE",
 "https://zims-en.kiwix.campusafrica.gos.orange.com/wikipedia_en_all_nopic/A/Karl_Storz_SE",
 "\n\n".join(STORZ),
 "medical devices/endoscopy", ["history", "founding", "leadership", "subsidiary", "litigation", "regulation"],
 "The article as a Kiwix dump of English Wikipedia (wikipedia_en_all_nopic) served by Orange's Campus Africa mirror "
 "holds it in the page store (no date or revision id held; a revision of about 2017-2020: its latest dates are of "
 "2017, and en.wikipedia.org's own rendering, at rank 1 of the same query, is a later rewrite under the title 'Karl "
 "Storz Endoskope' with figures of 2023 and 2025). Cut: the title line 'Karl Storz SE'; the citation markers with "
 "their page numbers ('[1][2]', '[3]' twice, '[4][5]:382[6]:3274\u201375', '[2][6]:3275', '[7]', '[8]', '[9]', '[10]'); "
 "the reference list after the body (its items 1-4, the fourth broken off at 'National Academi'). The body is kept "
 "whole (not `truncated`: the excerpt runs past the article's last paragraph into its references). No word added or "
 "changed. Kept as written: 'a German medical device company that manufactures and sells endoscopes and surgical "
 "instruments', 'It was founded in Tuttlingen by Karl Storz in 1945.', \"The company is privately owned; Storz' "
 "daughter, Sybill, took over running the company after Storz died in 1996.\" (the straight apostrophe of \"Storz'\", "
 "the daughter named by her first name only), 'an endoscope that delivered light using fiber optics, in 1963', "
 "'licensed the patent for the Hopkins relay lens', 'As of 2012 it employed around 5,800 people worldwide', "
 "'several lawsuits concerning deaths following use of morcellators that it sold', 'while Ethicon, the market leader, "
 "had withdrawn their devices, Karl Storz had not', 'It 2017 it changed its corporate form from GmbH to Societas "
 "Europaea.' (the article's slip 'It 2017' for 'In 2017'), 'a US subsidiary called Karl Storz Endoscopy-America, "
 "Inc. that was founded in 1971', 'a group focused on industrial products like borescopes called Karl Storz "
 "Industrial Group'. 198 words. No outage told; one near-miss (the FDA's advice that morcellators 'should be withdrawn "
 "from the market' and Ethicon's withdrawal: products taken off sale, no service lost). Recorded CC BY-SA 3.0 "
 "(content of about 2017-2020, before Wikimedia's move to 4.0 of June 2023, as batch 27f recorded this mirror's "
 "ProSieben); doubtful in that no revision id or date is held and the mirror's own terms were not found in the page "
 "store. Found at rank 3 of the query 'Karl Storz SE & Co. KG German medical device company founded by Karl Storz "
 "endoscopes Tuttlingen'; en.wikipedia.org's '= Karl Storz Endoskope =' rendering (rank 1; the founder, his daughter "
 "Sybill Storz who 'took over the company\u2019s management' and her son Karl-Christian Storz, to whom 'leadership "
 "transitioned' in 2019, and Harold Hopkins, but no company relation in the excerpt; one text per matter), and news, "
 "museum, journal and index pages in German and English (ranks 2, 4-8; copyrighted or not Wikipedia) not used. Karl "
 "Storz, Storz, Sybill, Endoscopy-America, Karl Storz Industrial Group, morcellator, Ethicon, Hopkins relay lens: "
 + CHECKED + " (the FDA is named in texts on other matters; none is a history of Karl Storz).", "non-US",
 v3=True, copy_of="the Wikipedia article, in a Kiwix dump served by kiwix.campusafrica.gos.orange.com")
_storz["truncated"] = False
R.append(_storz)

# ---- video games, Canada: Next Level Games (wikimili.com's copy, a revision of 2024 or later) ---------------------
NLG = [
 "Next Level Games, Inc. is a Canadian video game developer owned by Nintendo based in Vancouver. Founded in October "
 "2002 by former members of EA Black Box who've worked on games such as Sega Soccer Slam and NHL Hitz titles. Next "
 "Level Games specializes in creating console video games. Their first project was NHL Hitz Pro , which was published "
 "by Midway Games in 2003 and followed up from EA Black Box's prior entries in the NHL Hitz series. The company is "
 "best known for its work with Nintendo, the Mario Strikers games and Punch-Out!! for the Wii, Luigi's Mansion: Dark "
 "Moon and Metroid Prime: Federation Force for the Nintendo 3DS, and Luigi's Mansion 3 for the Nintendo Switch.",
 "Among other awards, Next Level Games has been named one of \"Canada's Top 100 Employers\" and one of BC's Top "
 "Employers in 2008, 2009 and 2012. The company has been featured in Maclean's magazine and BC Business magazine.",
 "In January 2014, the studio announced that it would work exclusively with Nintendo from then on. In that same "
 "interview, co-founder Jason Carr and producer Ken Yeeloy revealed that it was Nintendo who approached Next Level "
 "Games in the first place to develop Super Mario Strikers for the Nintendo GameCube due to much of the team's prior "
 "work on Sega Soccer Slam at EA Black Box.",
 "In January 2021, Nintendo announced that it had purchased Next Level Games after \"A number of owner-directors "
 "recently determined that the time is right for them to sell their shares, and NLG therefore began exploring "
 "potential sale transactions\"."]
KEPT["wp-next-level-games"] = ("next-level-games-wikimili.txt", NLG)
R.append(wp("wp-next-level-games", "Next Level Games", "https://wikimili.com/en/Next_Level_Games",
 "\n\n".join(NLG),
 "video games/developer", ["history", "founding", "acquisition", "partnership", "product"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; a revision of 2024 or "
 "later: the infobox's 'October 2002;22 years ago' and '140 (2024)'; the older wikimili.com copy at rank 6 of the same "
 "query reads '21 years ago', '135 (2023)' and has no 'co-founder Jason Carr' sentence). Cut: the title line 'Next "
 "Level Games' and the site's line 'Last updated'; the infobox lines ('Next Level Games, Inc.', 'Company type "
 "Subsidiary', 'Industry Video games', 'FoundedOctober 2002;22 years ago (2002-10) [1]', 'FoundersEric Randall', "
 "'Douglas Tronsgard', 'Jason Carr', 'David Catlin', 'Headquarters Vancouver, British Columbia, Canada', 'Key "
 "people', 'Eric Randall (president)', 'Number of employees', '140 (2024)', 'Parent Nintendo (2021\u2013present)', "
 "'Website nextlevelgames.com OOjs UI icon edit-ltr-progressive.svg'), so the founders Eric Randall, Douglas Tronsgard "
 "and David Catlin and the president Eric Randall are not in the text (doubtful: the page's only other titled people; "
 "cut as batches 54zu, 55i, 56b, 56j, 57a, 57j, 57k and 57o cut their infoboxes); the site's line 'Contents' and the "
 "heading 'History'; the citation markers ' [1]', ' [2] [3]', ' [4] [5]' and ' [6]'; cut after '... exploring "
 "potential sale transactions\".', where the excerpt ends (`truncated`; a cut at a sentence end), so the date the "
 "purchase took effect and the list of games are not in the text. No word added or changed. Kept as written: 'a "
 "Canadian video game developer owned by Nintendo based in Vancouver', 'Founded in October 2002 by former members of "
 "EA Black Box who've worked on games such as Sega Soccer Slam and NHL Hitz titles.' (a sentence with no main verb), "
 "'Their first project was NHL Hitz Pro , which was published by Midway Games in 2003' (the copy's space before the "
 "comma, where a link ended), \"followed up from EA Black Box's prior entries in the NHL Hitz series\", 'the Mario "
 "Strikers games and Punch-Out!! for the Wii, Luigi's Mansion: Dark Moon and Metroid Prime: Federation Force for the "
 "Nintendo 3DS, and Luigi's Mansion 3 for the Nintendo Switch', the straight quotation marks of '\"Canada's Top 100 "
 "Employers\"', \"one of BC's Top Employers in 2008, 2009 and 2012\", \"Maclean's magazine and BC Business "
 "magazine\", 'co-founder Jason Carr and producer Ken Yeeloy', 'Super Mario Strikers for the Nintendo GameCube', "
 "'Nintendo announced that it had purchased Next Level Games', the quotation with 'NLG' ending '...potential sale "
 "transactions\".' (the full stop outside the quotation marks). 261 words. No outage and no near-miss of one told. "
 "Recorded CC BY-SA 4.0 (a revision of 2024 or later, after Wikimedia's move to 4.0 of June 2023, as batches 56j and "
 "57b recorded wikimili.com's copies); doubtful in that no revision id or date is held. Found at rank 8 of the query "
 "'Next Level Games Canadian video game developer founded 2002 Vancouver by Douglas Tronsgard, Jason Carr, David "
 "Catlin, acquired by Nintendo'; vglegacy.com (rank 1; a fan site), the 'Fact-checked by Grok' rewrite (ranks 2, 3), "
 "friendlywiki.com's raw wikitext (rank 4), knowpia.com's and wikimili.com's copies of the older revision (ranks 5, 6; "
 "founders and officers in the infobox only) and reference.org's copy (rank 7; its licence not shown) not used. Next "
 "Level Games, Tronsgard, Ken Yeeloy, EA Black Box, Black Box Games, NHL Hitz, Sega Soccer Slam, Mario Strikers, "
 "Punch-Out, Luigi's Mansion: " + CHECKED + " ('Jason Carr' only inside 'Jason Carruthers' in batch 57m's lines on "
 "Jurys Inn; Nintendo is named in texts on other matters, Midway Games in none; none is a history of Next Level Games).",
 "non-US", copy_of="the Wikipedia article, wikimili.com's copy"))


def _norm(s):
    """The text without citation markers, their page numbers and edit links ('[4]', ' [4]', '[5]:382',
    '[6]:3274\u201375', '[edit]', '[citation needed]'), whitespace runs as one space."""
    s = re.sub(r"\s*\[(\d+|edit|citation needed)\](:\d+(\u2013\d+)?)?", "", s)
    return " ".join(s.split())


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
