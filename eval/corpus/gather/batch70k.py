#!/usr/bin/env python3
"""Batch 70k (session 64; gatherer lane 70k): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n, 65b-65r, 66a-66p, 67a-67ac, 68a-68ad and 69a-69aj, on a New Zealand department store,
a Japanese engine and car maker and a South Korean car maker, new to the corpus: Ballantynes (J. Ballantyne & Co.
Ltd.), the Christchurch department store chain founded in 1854 as Dunstable House by Esther Clarkson, briefly T.
Atkinson & Co., sold to William Pratt in 1863 and bought by John Ballantyne in 1872, a member of the Intercontinental
Group of Department Stores (retail, New Zealand); Daihatsu Motor Co., Ltd., of Ikeda, Osaka Prefecture, formed in 1951
as the successor of Hatsudoki Seizo Co. Ltd (1907), whose formation Osaka University's engineering faculty shaped, a
maker of steam engines for Japanese National Railways and of railroad diesel engines with Niigata Engineering and
Shinko Engineering, a wholly owned subsidiary of the Toyota Group (engines and cars, Japan); and SsangYong Motor
Company, grown from the merger in 1963 of Ha Dong-hwan Motor Workshop and Dongbang Motor Co, builder of jeeps for the
US Army, renamed Dong-A Motor in 1977, controller of Keohwa Motors from 1984, taken over by SsangYong Business Group
in 1986, buyer of Panther Westwinds in 1987, 70% of it bought by Mahindra & Mahindra Limited in 2011 (cars, South
Korea).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): wikimili.com's copy of 'Ballantynes' (a 2025 revision), piglix.com's copy of 'Daihatsu' and
piglix's copy of 'SsangYong Motor' served from the address 108.161.137.60/piglix (both older revisions, about
2013-2017); each cut at a paragraph or sentence end before the point where the excerpt breaks off (all about 2,000
to 3,000 characters). Edits per item in `notes` (title lines, infobox lines, headings and citation markers cut; no
word added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather70k/src), the
markers ('[1]', '[note 1]') dropped and whitespace runs compared as one space, as batches 57g-70d did. No text tells
an outage. newskg (or any extractor) was not run on any text. A round of three: eight queries, eight companies asked
for, three taken (round notes /tmp/gather70k/NOTES.md; queries /tmp/gather70k/src/queries.txt; claims
/work/notes/gather70/CLAIMS.txt).
usage: batch70k.py [POOL_DIR] [--dry]   (default /tmp/gather70k/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70k/pool"
SRC = "/tmp/gather70k/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-64 pools "
           "(/tmp/gather70*/pool) and in /work/notes/gather70/CLAIMS.txt as it stood when checked (`grep -ril`, file "
           "names only), and in GATHERING.md none but the lead lists and dead-end lists of earlier rounds")
# a citation marker ('[1]', '[note 1]', '[citation needed]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|note \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- retail, New Zealand: Ballantynes (wikimili.com) -----------------------------------------------------------------
BA = [
 "J. Ballantyne & Co. Ltd., [2] trading as Ballantynes is a New Zealand luxury department store chain founded in "
 "1854. It is the oldest operating department store in New Zealand and a member of the Intercontinental Group of "
 "Department Stores. [3]",
 "As of 2025, Ballantynes operates three stores around the South Island of New Zealand; a flagship location in "
 "Christchurch, alongside branches in Timaru and Invercargill.",
 "Ballantynes traces its origins back to Dunstable House, Dunstable House was a millinery and drapery business that "
 "began in the front room of the Clarkson family residence on Cashel Street in 1854. [4] [5] Dunstable House was "
 "founded by Esther Clarkson and named after her hometown of Dunstable in the United Kingdom, [4] the business began "
 "after Clarkson ordered a shipment of straw hats from her hometown and eventually expanded into drapery. [5] [6] A "
 "shop-building for Dunstable House was then built extending to the street front (the Clarkson residence was 40ft "
 "away from the street). [5] [7] Dunstable House was briefly known as T. Atkinson & Co. after David Clarkson's "
 "(husband of Esther) cousin Thomas Atkinson entered into the business with Esther and David. [8] [4]",
 "In 1863, Esther and David Clarkson sold the business to William Pratt, Pratt gained control of the business on 2 "
 "January 1864. [5] [9] Under Pratt the business expanded adding a two floor brick store building and stone store. "
 "[5] [note 1] In 1872, John Ballantyne purchased Dunstable House and by 1904 it was in the hands of Ballantyne's "
 "three sons Josiah, William, and Thorne. [5]"]
KEPT["wp-ballantynes"] = ("ballantynes-wikimili.txt", BA)
R.append(wp("wp-ballantynes", "Ballantynes", "https://wikimili.com/en/Ballantynes",
 "\n\n".join(MARK.sub("", p) for p in BA),
 "retail (department store, history)", ["history", "founder", "former names", "owners", "branches"],
 "The article as wikimili.com's copy holds it in the page store (no revision id or date held; a 2025 revision: its "
 "infobox says 'Founded1854;171 years ago' and 'Number of locations 3 (2025)'). Cut: the title line 'Ballantynes', "
 "'Last updated', the infobox lines ('J. Ballantyne & Co. Ltd.', 'Ballantynes', 'Industry Retail', 'Genre Department "
 "stores', 'Founded1854;171 years ago (1854)', 'FounderEsther Clarkson', 'Headquarters Christchurch, New Zealand', "
 "'Number of locations', '3 (2025)', 'Area served', 'Key people', 'Jonathan Ballantyne (Managing Director)', "
 "'OwnerBallantyne family', 'Number of employees', '~300 [1]  (2025)', 'Website ballantynes.co.nz'; so the managing "
 "director and the family's ownership are not in the text), the headings 'Contents', 'History' and 'Early years', "
 "the citation markers ('[2]' ... '[9]', '[note 1]'); cut after '... three sons Josiah, William, and Thorne.', before "
 "the sentence the excerpt breaks off in ('In 1883, a '; a cut at a sentence end). Paragraphs joined with blank "
 "lines. No word added or changed. Kept as written: 'J. Ballantyne & Co. Ltd., trading as Ballantynes is' (no comma "
 "after 'Ballantynes'), 'Ballantynes traces its origins back to Dunstable House, Dunstable House was' (a comma "
 "splice), 'the United Kingdom, the business began', 'William Pratt, Pratt gained control', 'a two floor brick store "
 "building', '40ft'. No outage told. Recorded CC BY-SA 4.0 (a 2025 revision). Found at rank 3 of the query "
 "'Ballantynes Christchurch department store history founded Wikipedia'; theinfolist.com (rank 1; link glosses woven "
 "into the text), wikimili.com's older copy (rank 2; a 2024 revision without the founder), a brand blog (rank 4), "
 "rootsweb (rank 5; newspaper extracts), nzherald.co.nz (rank 6; news), the company's heritage page (rank 7) and a "
 "German translation (rank 8) not used. Ballantynes, Dunstable House, Esther Clarkson, Intercontinental Group: "
 + CHECKED + ".",
 "non-US", copy_of="the Wikipedia article, via wikimili.com's copy of 2025"))

# ---- engines and cars, Japan: Daihatsu (piglix.com) -----------------------------------------------------------------
DA = [
 "Daihatsu Motor Co., Ltd. (\u30c0\u30a4\u30cf\u30c4\u5de5\u696d\u682a\u5f0f\u4f1a\u793e Daihatsu K\u014dgy\u014d "
 "Kabushiki-gaisha?, :7262, OSE: 7262) is one of the oldest surviving Japanese internal combustion engine "
 "manufacturers, later known for its range of smaller kei models and off-road vehicles. The headquarters are located "
 "in Ikeda, Osaka Prefecture. The company is a wholly owned subsidiary of the Toyota Group keiretsu.",
 "The name \"Daihatsu\" is a combination of the first kanji for \u014csaka (\u5927) and the first of the word "
 "\"engine manufacture\" (\u767a\u52d5\u6a5f\u88fd\u9020 hatsud\u014dki seiz\u014d?). In the new combination the "
 "reading of the \"\u5927\" is changed from \"\u014d\" to \"dai\", giving \"dai hatsu\".",
 "Daihatsu was formed in 1951 as a successor to Hatsudoki Seizo Co. Ltd, founded in 1907, as part of Hatsudoki's "
 "major restructure. Hatsudoki's formation was largely influenced by the Engineering Department's faculty of Osaka "
 "University, to develop a gasoline-powered engine for small, stationary power plants. From the beginning of the "
 "company until 1930, when a prototype three-wheeler truck was considered and proposed, Hatsudoki's focus was largely "
 "steam engines for Japanese National Railways and included rail carriages for passenger transportation. The company "
 "then focused on railroad diesel engines, working with Niigata Engineering, and Shinko Engineering Co., Ltd."]
KEPT["wp-daihatsu"] = ("daihatsu-piglix.txt", DA)
R.append(wp("wp-daihatsu", "Daihatsu", "http://piglix.com/piglix/Daihatsu",
 "\n\n".join(MARK.sub("", p) for p in DA),
 "automotive (engines and cars, history)", ["history", "naming", "predecessor", "customers", "collaborations",
                                            "ownership"],
 "The article as piglix.com's copy holds it in the page store (no revision id or date held; an older revision, about "
 "2013-2017: the infobox gives revenue for 2006, Koichi Ina as chairman, the company as delisted, its parent as "
 "'Toyota Group (100%)'). Cut: the infobox lines ('Innovation For Tomorrow', 'Daihatsu global headquarters', 'Public "
 "company', 'Traded as | :7262 Delisted', 'Industry | Automotive', 'Founded | March 1, 1907', 'Headquarters | Osaka, "
 "Japan', 'Key people', 'Koichi Ina (Chairman) Masanori Mitsui (President)', 'Products', 'Revenue', 'Owner | Toyota "
 "Motor Corporation', 'Number of employees', 'Parent | Toyota Group (100%)', 'Subsidiaries | Perodua (25%)', "
 "'Website'; so the chairman, the president, Toyota Motor Corporation and Perodua are not in the text) and the bare "
 "'|' lines of its table; cut after '... Shinko Engineering Co., Ltd.', before the sentence the excerpt breaks off "
 "in ('Before the company began to manufacture automobiles, their primary Japanese competitor was Yanmar ... to "
 "provide motivati'; a cut at a sentence end). No citation markers in the copy. Paragraphs joined with blank lines. "
 "No word added or changed. Kept as written: the Japanese script and the '?' after the romanisations "
 "('Kabushiki-gaisha?', 'seiz\u014d?', as piglix renders Wikipedia's nihongo template), ':7262, OSE: 7262', 'working "
 "with Niigata Engineering, and Shinko Engineering Co., Ltd.' (the comma before 'and'). No outage told. Recorded CC "
 "BY-SA 3.0 (an older revision, before Wikimedia's June 2023 move to 4.0). Found at rank 2 of the query 'Daihatsu "
 "history Hatsudoki Seizo 1907 Osaka Toyota subsidiary Wikipedia'; jcars.jp (rank 1; an unattributed copy on a car "
 "catalogue), a parts dealer's history page (rank 3), enwikipedia.net's copy (rank 4; a 2021 revision whose excerpt "
 "breaks off before the diesel-engine sentence), two mirror pages under unrelated addresses (ranks 5 and 8), "
 "iwiki.icu (rank 6) and wikisum.wiki's summary (rank 7) not used. Daihatsu, Hatsudoki, Niigata Engineering, Shinko "
 "Engineering, Toyota Group, Japanese National Railways: " + CHECKED + " (Osaka University only in one earlier lead "
 "list).",
 "non-US", v3=True, copy_of="the Wikipedia article, via piglix.com's copy of about 2013-2017"))

# ---- cars, South Korea: SsangYong Motor (piglix, at 108.161.137.60) -------------------------------------------------
SY = [
 "SsangYong Motor Company (Korean: \uc30d\uc6a9\uc790\ub3d9\ucc28, IPA: [s\u0348a\u014bjo\u014b "
 "d\u0291ado\u014bt\u0255\u02b0a]) (meaning Double Dragons Motor Vehicles) is the fourth largest South Korean-based "
 "automobile manufacturer. It is a subsidiary of Indian multinational Mahindra & Mahindra Limited.",
 "A 70% share of SsangYong was acquired by Mahindra & Mahindra Limited in February 2011, after being named the "
 "preferred bidder in 2010 to acquire the bankruptcy-protected company. Mahindra's acquisition was approved by South "
 "Korea's Free Trade Commission.",
 "SsangYong originally started out as two separate companies; Ha Dong-hwan Motor Workshop (established in 1954) and "
 "Dongbang Motor Co (established in 1962). In mid-1963, the two companies merged into Ha Dong-hwan Motor Co.",
 "In 1964, Hadonghwan Motor Company started building jeeps for the US Army as well as trucks and buses. Beginning in "
 "1976, Hadonghwan produced a variety of special purpose vehicles. After changing its name to Dong-A Motor in 1977 "
 "and taking control of Keohwa Motors in 1984, it was taken over by SsangYong Business Group in 1986 and changed its "
 "name to SsangYong Motor. In 1987, it acquired United Kingdom-based specialty car maker Panther Westwinds."]
KEPT["wp-ssangyong-motor"] = ("ssangyong-piglix.txt", SY)
R.append(wp("wp-ssangyong-motor", "SsangYong Motor", "http://108.161.137.60/piglix/Ssang_Yong",
 "\n\n".join(MARK.sub("", p) for p in SY),
 "automotive (cars, history)", ["history", "merger", "renamings", "acquisitions", "takeover", "ownership"],
 "The article as piglix's copy holds it in the page store, served from the address 108.161.137.60/piglix (as "
 "batches 32b, 64k and 67ae recorded it; no revision id or date held; an older revision, about 2013-2017: the "
 "infobox gives 4,365 employees in 2012 and Pawan Kumar Goenka as chairman). Cut: the infobox lines ('![]() |', "
 "'Native name', 'Public', 'Traded as | KRX:', 'Industry | Automotive', 'Founded | 4 March 1954', 'Headquarters | "
 "Seoul, South Korea', 'Area served', 'Worldwide (except North America)', 'Key people', 'Pawan Kumar Goenka, "
 "(Chairman) Johng Sik-Choi, (President & CEO)', 'Products', 'Production output', 'Revenue', 'Total assets', 'Total "
 "equity', 'Number of employees', '4,365 (2012)', 'Parent | Mahindra & Mahindra Limited', 'Website | smotor.com') "
 "and the name box ('SsangYong Motor', 'Hangul', 'Hanja', 'Revised Romanization', 'McCune\u2013Reischauer'), with "
 "the bare '|' lines; so the chairman and the president are not in the text; cut after '... specialty car maker "
 "Panther Westwinds.', before the paragraph the excerpt breaks off in ('In 1991, SsangYong star'; a cut at a "
 "paragraph end). No citation markers in the copy. Paragraphs joined with blank lines. No word added or changed. "
 "Kept as written: the Korean script and the IPA in the opening bracket, 'two separate companies; Ha Dong-hwan Motor "
 "Workshop', 'Dongbang Motor Co' (no stop), 'Ha Dong-hwan Motor Co.' beside 'Hadonghwan Motor Company' and "
 "'Hadonghwan', 'taken over by SsangYong Business Group in 1986' (other copies say 1988). No outage told. Recorded "
 "CC BY-SA 3.0 (an older revision, before Wikimedia's June 2023 move to 4.0). Found at rank 3 of the query "
 "'SsangYong Motor Company history Dong-A Motor founded Wikipedia'; en.wikipedia.org's old rendering of about 2017 "
 "(rank 1; the same text with citation markers and image captions, breaking off earlier, after 'trucks and buses. "
 "B'), a consultancy's history page (rank 2), German, Italian and Vietnamese pages (ranks 4-6, 8) and a car "
 "dealer's page (rank 7) not used. SsangYong, Ssang Yong, Ha Dong-hwan, Dong-A Motor, Keohwa, Panther Westwinds: "
 + CHECKED + " (SsangYong named in GATHERING.md only as an earlier round's dead end (news copies); Mahindra in "
 "texts on other matters).",
 "non-US", v3=True, copy_of="the Wikipedia article, via piglix's copy (at 108.161.137.60/piglix) of about 2013-2017"))

def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[nb 1]', '[note 1]', '[edit]', '[citation
    needed]'), whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|nb \d+|note \d+|edit|citation needed)\s*\]", "", s).split())


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
