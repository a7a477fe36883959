#!/usr/bin/env python3
"""Batch 69q (session 63; gatherer lane 69q): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n, 65b-65r, 66a-66p, 67a-67ac, 68a-68j and 69a-69p, on a Canadian steel maker, a Hong
Kong bank and a Canadian car maker, new to the corpus: Algoma Steel Inc. (formerly Algoma Steel; Essar Steel Algoma),
the integrated steel producer of Sault Ste. Marie, Ontario, founded in 1902 by Francis Clergue, purchased in April 2007
by India's Essar Group and run as its subsidiary Essar Steel Algoma Inc., purchased again in 2017 by US investors,
agreeing a merger with Legato Merger Corp in May 2021 (steel, Canada); Dah Sing Banking Group Limited (Dah Sing Bank),
the Hong Kong bank established in 1947, major subsidiary of Dah Sing Group, whose majority share is held by Dah Sing
Financial Holdings Limited, buyer in 1986 of Hong Kong Industrial and Commercial Bank Limited and Wing On Bank Limited,
holder of 20 percent of Bank of Chongqing (banking, Hong Kong); and Gray-Dort Motors, the Chatham, Ontario car maker of
1915-1925 that started as the carriage works of William Gray & Sons Company Ltd. (founded in 1855 by William Gray; its
president Robert Gray), built the Dort automobile under rights from Josiah Dallas Dort of Flint, Michigan, and wound
down after Dort left in 1923 (automobiles, Canada).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): wikizero.com's mobile copy of 'Algoma Steel' (under the address 'Essar_Steel_Algoma'; about
2024 by its infobox's '122 years ago'), en.wikipedia.org's older 'Jump to: navigation, search' rendering of 'Dah Sing
Bank Limited' (about 2010-2017) and en.wikipedia.org's own '= Title =' rendering of 'Gray-Dort Motors' (undated,
recent); each cut at a paragraph end at or before the point where the excerpt ends. Edits per item in `notes` (title
and site lines, infobox lines, captions, section headings, edit links and citation markers cut; no word added or
changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather69q/src), the markers ('[1]')
dropped and whitespace runs compared as one space, as batches 57g-68p did.
No text tells an outage (none of the company histories found tells one in its excerpt).
newskg (or any extractor) was not run on any text. A round of three: ten queries, eight companies asked for by name
(two queries for two of them), three taken (round notes /tmp/gather69q/NOTES.md; queries /tmp/gather69q/src/queries.txt;
claims /work/notes/gather69/CLAIMS.txt).
usage: batch69q.py [POOL_DIR] [--dry]   (default /tmp/gather69q/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69q/pool"
SRC = "/tmp/gather69q/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-62 and session-63 "
           "pools (/tmp/gather69*/pool) and in /work/notes/gather69/CLAIMS.txt as it stood when checked, GATHERING.md "
           "naming it only in earlier rounds' lists of leads (`grep -ril`, file names only)")
# a citation marker ('[1]', '[citation needed]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- steel, Sault Ste. Marie: Algoma Steel (wikizero.com's mobile copy) ---------------------------------------------
AS = [
 "Algoma Steel Inc. (formerly Algoma Steel; Essar Steel Algoma) is an integrated primary steel producer located on the "
 "St. Marys River in Sault Ste. Marie, Ontario, Canada. Its products are sold in Canada and the United States as well "
 "as overseas. Algoma Steel was founded in 1902 by Francis Clergue, an American entrepreneur who had settled in Sault "
 "Ste. Marie. The company emerged from bankruptcy protection in 2004. In April 2007, Algoma Steel was purchased by "
 "India's Essar Group for US$ 1.63 billion, continuing operations as a subsidiary known as Essar Steel Algoma Inc. It "
 "was purchased again in 2017, by a group of US investors.",
 "In May 2021, it was announced that Algoma \"was to become a public company again\" as it had agreed a merger with "
 "New York\u2013based acquisition firm Legato Merger Corp, which is a NASDAQ-listed special-purpose acquisition "
 "company. The deal would give Algoma just over $1.1 billion US worth of new shares in Legato.[1]",
 "Construction of the steelworks started in February, 1901. On February 18, 1902, the first Bessemer converter was "
 "put in operation using pig iron made from the Helen mine, owned by Algoma. The first rails were produced by the "
 "complex in May 1902. However, blast furnaces for pig iron manufacture were not completed at the site until 1904. "
 "Unlike most other steel producers, Algoma had no access to local coal, forcing it to import coal and coke from the "
 "United States. The Bessemer process was felt to produce steel that was well-suited to manufacture of rails, which "
 "was the Algoma complex's primary product for the first two decades of its existence."]
KEPT["wp-algoma-steel"] = ("algoma-steel-wikizero.txt", AS)
R.append(wp("wp-algoma-steel", "Algoma Steel", "https://wikizero.com/m/Essar_Steel_Algoma",
 "\n\n".join(MARK.sub("", p) for p in AS),
 "steel", ["history", "founding", "acquisition", "subsidiary", "merger", "steelworks"],
 "The article as wikizero.com's mobile copy holds it in the page store, under the redirect address 'Essar_Steel_Algoma' "
 "(no revision id held; about 2024 by its infobox's 'Founded1902; 122 years ago (1902)'; recorded 4.0, as batches 35d "
 "and 36d recorded their wikizero copies; doubtful: the year is read from the infobox only). Cut: the title line "
 "'Algoma Steel'; the infobox lines ('Algoma Steel Inc.', 'Company typePublic', 'TSXASTL', 'NasdaqASTL', "
 "'IndustrySteel', 'Founded1902; 122 years ago (1902)', 'FounderFrancis Clergue', 'HeadquartersSault Ste. Marie, "
 "Ontario, Canada', 'Number of employees', '3500 (2008)', 'Websitewww.algoma.com'); the heading 'History' and its edit "
 "link '[edit]'; the three image captions ('Algoma Steel, 1903', 'September 1903 riots at Clergue Industries "
 "headquarters', 'One of the blast furnaces of Essar Steel Algoma'), so Clergue Industries and the riots are not in "
 "the text; the citation marker '[1]' (cut by the script); cut after \"... the Algoma complex's primary product for "
 "the first two decades of its existence.\", before the words the excerpt breaks off in ('Essar Steel'; a cut at a "
 "paragraph end), so the Essar years and the later history are not in the text. The copy's paragraphs joined with "
 "blank lines. No word added or changed. Kept as written: '(formerly Algoma Steel; Essar Steel Algoma)', 'Algoma "
 "Steel was founded in 1902 by Francis Clergue, an American entrepreneur', 'purchased by India's Essar Group for US$ "
 "1.63 billion' (a space after 'US$'), 'continuing operations as a subsidiary known as Essar Steel Algoma Inc.', 'It "
 "was purchased again in 2017, by a group of US investors' (unnamed), 'it had agreed a merger with New York\u2013based "
 "acquisition firm Legato Merger Corp' (an en dash), 'a NASDAQ-listed special-purpose acquisition company', 'just over "
 "$1.1 billion US worth of new shares in Legato', 'Construction of the steelworks started in February, 1901' (a comma "
 "before the year; the lead's 'founded in 1902' beside it, as the article has both), 'the Helen mine, owned by "
 "Algoma', \"the Algoma complex's primary product\". 268 words. No outage and no near-miss of one told. Recorded CC "
 "BY-SA 4.0. Found at rank 8 of the query 'Algoma Steel integrated primary steel producer St. Marys River founded "
 "1902 Francis Clergue Essar' (batches 69g and 69l's leads: Algoma Steel); piglix.com (rank 1, and rank 6 of the "
 "query before; left as batches 60g-69e left piglix.com, no licence line seen), saulthistory.ssmpl.ca (ranks 2, 3; "
 "the city library's history), agoracom.com (rank 4; a forum), wikimili.com (ranks 5, 7; a later revision whose "
 "lead names Canadian Pacific Limited, Dofasco and Essar Group as 'a subsidiary or affiliate' and drops the 2007 "
 "purchase sentence) and trans.hiragana.jp (rank 6; a diff page) not used. Algoma Steel, Algoma, Francis Clergue, "
 "Clergue, Helen mine, Legato Merger: " + CHECKED + " ('Essar Group' and 'Essar Steel' in one dev text and one "
 "gather script on another matter, by file name; 'Sault Ste' in one train text on another matter).",
 "non-US", v3=False, copy_of="the Wikipedia article, via wikizero.com's mobile copy under the redirect "
 "'Essar Steel Algoma'"))

# ---- banking, Hong Kong: Dah Sing Bank Limited (en.wikipedia.org, an older rendering) -------------------------------
DS = [
 "Dah Sing Banking Group Limited (Chinese: \u5927\u65b0\u9280\u884c) (SEHK2356) is a bank based in Hong Kong with "
 "around 70 branches in Hong Kong, Macau and China. It was established in 1947. Affiliates include MEVAS Bank, Banco "
 "Comercial de Macau and Dah Sing Bank (China) Limited.",
 "The bank is the major subsidiary of Dah Sing Group.",
 "A majority share in Dah Sing Banking Group is the major asset of Dah Sing Financial Holdings Limited, which "
 "undertakes insurance business and was listed on the Hong Kong Stock Exchange in 1987, and which is in turn held by "
 "the Dah Sing Group.[1]",
 "An early major shareholder in Dah Sing was Hsu Ta Tung.",
 "In 1986 Dah Sing Bank acquired Hong Kong Industrial and Commercial Bank Limited and Wing On Bank Limited and "
 "locally incorporated in mainland China in August 2008. The bank also has a 20 percent interest in Bank of "
 "Chongqing, which has around 80 branches in and around the city of Chongqing.[1]"]
KEPT["wp-dah-sing-bank-limited"] = ("dah-sing-enwiki.txt", DS)
R.append(wp("wp-dah-sing-bank-limited", "Dah Sing Bank Limited", "https://en.wikipedia.org/wiki/Dah_Sing_Bank_Limited",
 "\n\n".join(MARK.sub("", p) for p in DS),
 "banking", ["history", "ownership", "subsidiary", "acquisitions", "shareholding"],
 "The article as en.wikipedia.org renders it in the page store, an older rendering ('From Wikipedia, the free "
 "encyclopedia' and 'Jump to: navigation, search', the skin of about 2010-2017; no revision id held; recorded 3.0, as "
 "batches 60a-68j recorded their older en.wikipedia.org renderings; doubtful: undated). Cut: the title line 'Dah Sing "
 "Bank Limited'; the site lines 'From Wikipedia, the free encyclopedia' and 'Jump to: navigation, search'; the image "
 "caption 'A branch of Dah Sing Bank'; the citation markers '[1]' (twice; cut by the script); the headings 'See "
 "also[edit]' and 'External links[edit]' that end the excerpt (empty lists), so the whole prose of the article is "
 "in the text. Paragraphs as the rendering sets them apart. No word added or changed. Kept as written: 'Dah Sing "
 "Banking Group Limited (Chinese: \u5927\u65b0\u9280\u884c) (SEHK2356)' (the Chinese name and the stock code run "
 "together, as the rendering shows them), 'It was established in 1947.', 'Affiliates include MEVAS Bank, Banco "
 "Comercial de Macau and Dah Sing Bank (China) Limited.', 'The bank is the major subsidiary of Dah Sing Group.', 'A "
 "majority share in Dah Sing Banking Group is the major asset of Dah Sing Financial Holdings Limited ... which is in "
 "turn held by the Dah Sing Group', 'An early major shareholder in Dah Sing was Hsu Ta Tung.', 'In 1986 Dah Sing "
 "Bank acquired Hong Kong Industrial and Commercial Bank Limited and Wing On Bank Limited and locally incorporated in "
 "mainland China in August 2008' (one sentence, two matters), 'a 20 percent interest in Bank of Chongqing'. 160 "
 "words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (an older rendering). Found at rank 2 of the "
 "query 'Dah Sing Bank history founded chairman Wikipedia' and of the query after it (batch 69l's leads: Dah Sing "
 "Bank); blog.growthpush.com (rank 1 of both; a later revision under a blog address, naming the chairman David "
 "Shou-Yeh Wong and the group managing director Harold Tsu-Hing Wong, not taken: a copy on an unrelated blog site "
 "whose faithfulness could not be judged; kept as a lead), wiki.riteme.site (rank 3; 'Dao Heng Bank', another "
 "bank), scmp.com (ranks 4, 6; news), fact-index.com (rank 5), reportify.ai, slidelegend.com, marketscreener.com and "
 "dcfmodeling.com (filings and investor pages) not used. Dah Sing, MEVAS, Banco Comercial de Macau, Bank of "
 "Chongqing, Wing On Bank, Hong Kong Industrial and Commercial Bank, Hsu Ta Tung: " + CHECKED + ".",
 "non-US", v3=True))

# ---- automobiles, Chatham, Ontario: Gray-Dort Motors (en.wikipedia.org) ---------------------------------------------
GD = [
 "Gray-Dort Motors was a Canadian automobile manufacturing company in Chatham, Ontario, which operated from 1915 to "
 "1925.",
 "Gray-Dort Motors started as the carriage works of William Gray & Sons Company Ltd., founded in 1855 by William Gray. "
 "In the mid-1900s, William's father and president of the company, Robert Gray, began to build car bodies for the "
 "Ford factory in Walkerville, Ontario, until 1912.",
 "In 1915, Robert Gray obtained the Canadian rights to manufacture the Dort automobile from manufacturer Josiah Dallas "
 "Dort, in Flint, Michigan. Later that year, Gray-Dort Motors Ltd. was formed. Gray-Dort produced two models in its "
 "first year of operation: the Model 4 roadster and the Model 5 touring car.",
 "Throughout its lifetime, Gray-Dort manufactured around 26,000 automobiles. During this period, they also produced "
 "bodies for the locally built Chatham automobiles. Three body styles were offered: the tourer, coupe and the sedan.",
 "In 1923, after several years of successful but stressful business, Josiah Dallas Dort left the business. A few "
 "months later, Dort died during a golf session. As the company's easy access to U.S. mechanical parts abruptly came "
 "to a close, Gray-Dort Motors began to lose money. They scrambled to find another U.S.-based partner to no avail. "
 "The last few years of the business were spent liquidating assets."]
KEPT["wp-gray-dort-motors"] = ("gray-dort-enwiki.txt", GD)
R.append(wp("wp-gray-dort-motors", "Gray\u2013Dort Motors", "https://en.wikipedia.org/wiki/Gray\u2013Dort_Motors",
 "\n\n".join(MARK.sub("", p) for p in GD),
 "automobiles", ["history", "founding", "licence", "models", "dissolution"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (at the percent-encoded "
 "address https://en.wikipedia.org/wiki/Gray%E2%80%93Dort_Motors, the same page; no date or revision id held; "
 "undated, a recent rendering, recorded 4.0 as batches 58p-68p recorded their en.wikipedia.org renderings; the same "
 "words as owiki.org's copy at rank 1 of the same query; doubtful: no revision id). Cut: the title line '= Gray\u2013Dort "
 "Motors ='; the headings '==Formation==', '==Dissolution==' and '==See also==' with its one line '- Dort Motor Car "
 "Company' (a link list, so the Dort Motor Car Company is not in the text); no infobox lines or citation markers in "
 "this rendering, and the excerpt holds the whole prose of the article. Paragraphs as the rendering sets them apart "
 "(blank lines). No word added or changed. Kept as written: 'Gray-Dort Motors' with a hyphen in the prose (the title "
 "has an en dash), 'the carriage works of William Gray & Sons Company Ltd., founded in 1855 by William Gray', \"In "
 "the mid-1900s, William's father and president of the company, Robert Gray\" ('father' as the article has it, where "
 "the other sources at ranks 5 and 8 make Robert William's son), 'began to build car bodies for the Ford factory in "
 "Walkerville, Ontario, until 1912', 'obtained the Canadian rights to manufacture the Dort automobile from "
 "manufacturer Josiah Dallas Dort, in Flint, Michigan', 'Later that year, Gray-Dort Motors Ltd. was formed.', 'the "
 "Model 4 roadster and the Model 5 touring car', 'the locally built Chatham automobiles', 'Dort died during a golf "
 "session', 'another U.S.-based partner to no avail'. 211 words. No outage and no near-miss of one told. Recorded CC "
 "BY-SA 4.0 (a recent rendering; doubtful, undated). Found at rank 2 of the query 'Gray-Dort Motors Chatham Ontario "
 "company history Wikipedia' (batches 69g and 69l's leads: Gray-Dort Motors); owiki.org (rank 1; the same words, "
 "with a broken link '[Motor Company|Ford]'), theinfolist.com (rank 3; link previews inside the prose), "
 "chatham-kent.ca (rank 4; the municipality's page), windsorpubliclibrary.com (rank 5; a library page), "
 "jerryhammes.com (rank 6; a speech), allcarindex.com (rank 7) and pressreader.com (rank 8; news) not used. "
 "Gray-Dort, Gray\u2013Dort, Dallas Dort, William Gray & Sons, Walkerville: " + CHECKED + " ('Dort Motor' in "
 "GATHERING.md's lists of leads only; 'Chatham, Ontario' in one train text on another matter).",
 "non-US", v3=False))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[nb 1]', '[edit]', '[citation needed]'),
    whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|nb \d+|edit|citation needed)\s*\]", "", s).split())


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
