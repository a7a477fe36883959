#!/usr/bin/env python3
"""Batch 70v (session 64; gatherer lane 70v): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n, 65b-65r, 66a-66p, 67a-67ac, 68a-68ad and 69a-69aj, on an Australian department
store, a Japanese department store chain and an Indian bus-company founder, new to the corpus: Buckley & Nunn
(Buckley's), the Melbourne department store opened in 1851, co-founded by Mars Buckley and Crumpton John Nunn, on
Bourke Street, taken over by David Jones in 1982 (retail, Australia); Mitsukoshi, Ltd., the Tokyo department store
chain founded in 1673 as Echigo-ya, a subsidiary of Isetan Mitsukoshi Holdings, its purchase of the Oriental Nakamura
department store in Nagoya and its merger with Isetan of 2008 (retail, Japan); and Thirukkurungudi Vengaram Sundram
Iyengar (T. V. Sundram Iyengar), founder in 1911 of T. V. Sundram Iyengar & Sons, the Madurai bus company that became
the parent company of the TVS Group, with TVS Motors established by his son T. S. Srinivasan and Southern Roadways
Limited (road transport, India).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's own '= Title =' rendering of 'Buckley & Nunn' (recent, undated),
en.m.wikipedia.org's page 'Mitsukoshi' (a 2024 revision) and a proxy's copy of en.m.wikipedia.org's 'T. V. Sundaram
Iyengar' (en-m-wikipedia-org.zproxy.org; recent, undated); each cut at a paragraph or sentence end before the point
where the excerpt breaks off (each about 2,000 characters). Edits per item in `notes` (title lines, infobox lines,
captions, headings and citation markers cut; no word added or changed); `verify()` checks every kept paragraph
against the saved excerpt (/tmp/gather70v/src), the markers ('[1]', '[citation needed]') dropped and whitespace runs
compared as one space, as batches 57g-70q did. No text tells an outage. newskg (or any extractor) was not run on any
text. A round of three: nine queries, nine companies or founders asked for, three taken (round notes
/tmp/gather70v/NOTES.md; queries /tmp/gather70v/src/queries.txt; claims /work/notes/gather70/CLAIMS.txt).
usage: batch70v.py [POOL_DIR] [--dry]   (default /tmp/gather70v/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70v/pool"
SRC = "/tmp/gather70v/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-64 pools "
           "(/tmp/gather70*/pool) and in /work/notes/gather70/CLAIMS.txt as it stood when checked (`grep -ril`, file "
           "names only), and in GATHERING.md none")
# a citation marker ('[1]', '[note 1]', '[citation needed]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|note \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- retail, Australia: Buckley & Nunn (en.wikipedia.org) ------------------------------------------------------------
BN = [
 "Buckley & Nunn (also known as Buckley's) was a department store in Melbourne, Victoria, Australia. It first opened "
 "its doors in 1851 as a drapery store and, in its heyday, competed creditably as a department store with Myer "
 "(1900). It occupied a succession of buildings on Bourke Street in the Melbourne central business district until it "
 "was taken over by David Jones in 1982.",
 "Popular as a retailer of fashionable garments, its 1914 mail-order catalogue promoted elegant frocks. In 1939, "
 "female nightwear was shown in shop windows. In fact, similar displays had caused pedestrian congestion on the "
 "footpath from as early as 1912, seen in photos of the day. In the 1920s, the store's tea room was reputedly a "
 "fashionable meeting place for ladies.",
 "Buckley & Nunn was co-founded by Mars Buckley (1825?\u2013 9 October 1905) and his partner, Crumpton John Nunn "
 "(1828\u201329 March 1891). Buckley was born at Mallow, County Cork, Ireland and emigrated to Victoria in 1851 with "
 "his wife, Elizabeth Maroon, n\u00e9e Neville, and their child. Buckley came with goods to sell at the Ballarat and "
 "Forest Creek goldfields, which proved profitable. On the arrival of another consignment of goods in 1852 he began "
 "business in partnership with English-born Nunn as Buckley & Nunn. Nunn soon returned to England to manage that end "
 "of the business.",
 "Buckley & Nunn's first store was a drapery store in a wooden building, 9 ft (2.7 m) by 30 ft (9.1 m), with a "
 "yearly rental of \u00a3250."]
KEPT["wp-buckley-and-nunn"] = ("buckley-nunn-enwiki.txt", BN)
R.append(wp("wp-buckley-and-nunn", "Buckley & Nunn", "https://en.wikipedia.org/wiki/Buckley_%26_Nunn",
 "\n\n".join(MARK.sub("", p) for p in BN),
 "retail (department store, history)", ["history", "founders", "takeover"],
 "The article as en.wikipedia.org's own rendering holds it in the page store (the '= Title =' form: the title line, "
 "the infobox as '- Field: value' lines, '==History=='; no revision id or date held; a recent rendering, as batches "
 "69ah, 70d and 70q recorded this form). Cut: the title line '= Buckley & Nunn =', the infobox lines ('Buckley & Nunn "
 "Limited', '- Image Alt: Early advertisement by Buckley & Nunn for ladies' wear', '- Type: Public company', '- "
 "Industry: Retail', '- Fate: Acquired by David Jones', '- Founders: Mars Buckley, Crumpton John Nunn', '- Hq "
 "Location City: Melbourne, Victoria', '- Hq Location Country: Australia'; so the name 'Buckley & Nunn Limited' is "
 "not in the text), the heading '==History=='; cut after '... with a yearly rental of \u00a3250.', before the "
 "sentence the excerpt breaks off in ('The next few years saw great expansion ... with a depth of'; a cut at a "
 "sentence end). No citation markers in the rendering. Paragraphs joined with blank lines. No word added or changed. "
 "Kept as written: 'Myer (1900)', '(1825?\u2013 9 October 1905)' (the question mark and the space after the dash), "
 "'(1828\u201329 March 1891)', 'Elizabeth Maroon, n\u00e9e Neville', 'English-born Nunn', '9 ft (2.7 m) by 30 ft "
 "(9.1 m)'. No outage told. Recorded CC BY-SA 4.0 (a recent rendering; doubtful: no revision id). Found at rank 6 of "
 "the query 'Buckley & Nunn Melbourne department store history Wikipedia'; wikimili.com's copy (rank 1; the same "
 "text with markers, an older wording 'Melbourne's City Centre'), emelbourne.net.au's entry (ranks 2 and 3; not "
 "Wikipedia), the-uncensored-wiki's old Kiwix copy (rank 4; an early, different revision), an unaddressed copy (rank "
 "5; no address), a French translation (rank 7) and wikisum's sentence list (rank 8) not used. Buckley & Nunn, Mars "
 "Buckley, Crumpton: " + CHECKED + " ('Buckley' alone only in texts on other matters: a broadcaster, an Irish bank's "
 "chief executive, an agency head).",
 "non-US", copy_of="the Wikipedia article, via en.wikipedia.org's own rendering"))

# ---- retail, Japan: Mitsukoshi (en.m.wikipedia.org) --------------------------------------------------------------------
MI = [
 "Mitsukoshi, Ltd. (\u682a\u5f0f\u4f1a\u793e\u4e09\u8d8a, Kabushiki-gaisha Mitsukoshi) is an international "
 "department store chain with headquarters in Tokyo, Japan. It is a subsidiary of Isetan Mitsukoshi Holdings, which "
 "also owns the Isetan department store chain.",
 "It was founded in 1673 with the yag\u014d (shop name) Echigo-ya (\u8d8a\u5f8c\u5c4b), selling kimono. Ten years "
 "later in 1683, Echigoya took a new approach to marketing. Instead of selling by going door-to-door, they set up a "
 "store where buyers could purchase goods on the spot with cash. Mitsukoshimae Station on the Tokyo Metro is named "
 "after the adjacent Mitsukoshi department store.",
 "Mitsukoshi is the root of Mitsui group. In the 1970s, Mitsukoshi bought the Oriental Nakamura department store in "
 "Nagoya and re-branded them as Mitsukoshi Nagoya.",
 "Genichiro Inokuma designed the wrapping paper in white and red.[1]",
 "In August 2007, it was announced that Mitsukoshi would merge into Isetan, a major department store in Japan.[2] "
 "Mitsukoshi TYO: 2779 was unlisted on March 26, 2008, and on April 1, it merged with Isetan under a joint holding "
 "company called Isetan Mitsukoshi Holdings Ltd. (TYO: 3099).",
 "On April 5, 2019, Mitsukoshi announced that it would further expand its Asian presence by having a Filipino branch "
 "established by 2021 at Bonifacio Global City, in Taguig, Metro Manila, Philippines.[3]"]
KEPT["wp-mitsukoshi"] = ("mitsukoshi-enmwiki.txt", MI)
R.append(wp("wp-mitsukoshi", "Mitsukoshi", "http://en.m.wikipedia.org/wiki/Mitsukoshi",
 "\n\n".join(MARK.sub("", p) for p in MI),
 "retail (department store, history)", ["history", "former names", "parent company", "merger", "expansion"],
 "The article as en.m.wikipedia.org serves it holds it in the page store (the mobile page with its infobox as run-on "
 "'FieldValue' lines and 'History edit'; no revision id or date held; a 2024 revision: its infobox says "
 "'Founded1673; 351 years ago (1673)', and the excerpt breaks off before the Manila store's opening is told). Cut: "
 "the infobox lines ('\u2022 Mitsukoshi, Ltd.', '\u2022 \u682a\u5f0f\u4f1a\u793e\u4e09\u8d8a', 'Company "
 "typeSubsidiary', 'IndustryRetail', 'Founded1673; 351 years ago (1673)', 'Edo Honmachi (Nihonbashi Hongokuch\u014d, "
 "Ch\u016b\u014d, Tokyo), Japan', 'FounderMitsui Takatoshi', 'Headquarters1-4-1 Nihonbashi-Muromachi, Ch\u016b\u014d, "
 "Tokyo, Japan', 'ParentIsetan Mitsukoshi Holdings Ltd. (100%)', 'Websitewww.mitsukoshi.co.jp'; so the founder "
 "Mitsui Takatoshi is not in the text), the image captions ('Nihonbashi main branch', the Utagawa Hiroshige print's "
 "caption naming Mount Fuji, Echigoya and the former province of Echigo, 'Nihonbashi main branch interior'), the "
 "heading 'History edit', the citation markers ('[1]' ... '[3]'); cut after '... Metro Manila, Philippines.', before "
 "the sentence the excerpt breaks off in ('The '; a cut at a sentence end). Paragraphs joined with blank lines. No "
 "word added or changed. Kept as written: the Japanese name and shop name in their parentheses, 'yag\u014d', "
 "'Echigo-ya' beside 'Echigoya', 'Mitsui group', 're-branded them', 'Mitsukoshi TYO: 2779', 'on April 1' (no year of "
 "its own), '(TYO: 3099)'. No outage told. Recorded CC BY-SA 4.0 (a 2024 revision). Found at rank 5 of the query "
 "'Mitsukoshi department store history Echigoya Mitsui Takatoshi 1673 Wikipedia'; smokingsamurai.com (rank 1), the "
 "company's own history pages (ranks 2 and 8), a medium.com post (rank 7) and companies.jrank.org (rank 6) not used "
 "(not Wikipedia); a.osmarks.net's Kiwix copy of 2020-08 (rank 3; an older revision) and profilpelajar.com's copy "
 "(rank 4; the lead and infobox dropped) not used. Mitsukoshi, Isetan, Echigo, Mitsui Takatoshi, Oriental Nakamura: "
 + CHECKED + " but Mitsukoshi in an earlier round's list of pages looked at (a news page).",
 "non-US", copy_of="the Wikipedia article, via en.m.wikipedia.org's mobile page"))

# ---- road transport, India: T. V. Sundram Iyengar (a proxy of en.m.wikipedia.org) ------------------------------------
TV = [
 "Thirukkurungudi Vengaram Sundram Iyengar (22 March 1877 \u2013 28 April 1955) was an Indian industrialist and "
 "automobile pioneer. In 1911, he founded T. V. Sundram Iyengar & Sons, a bus company which later diversified into "
 "automobile production and emerged as the parent company of the TVS Group, one of India's biggest business "
 "conglomerates.[1] With his humble beginning as a lawyer, he grew into one of the most successful industrialists of "
 "his time. The flagship company of the group is TVS Motors established by his son T. S. Srinivasan. He laid "
 "foundation for road transport industry in the erstwhile Madras Presidency through the state's first bus service. "
 "The TVS group he thus started now extends from motor industry, auto services to financial services.",
 "T. V. Sundram Iyengar was born in a Tamil family[2] in early 1877 in Thirukkurungudi, in the state of Tamil Nadu in "
 "India. Sundram Iyengar started his career as a lawyer. As per his father's wishes, he then moved to work for the "
 "Indian Railways and later in a bank.[3]",
 "Sundram Iyengar later quit his jobs[4] and laid the foundation for the motor transport industry in South India "
 "when he first started a bus service in the city of Madurai in the year 1911.[4][5] He established the T. V. "
 "Sundram Iyengar and Sons Limited in 1911, which by his death in 1955, operated a number of buses and lorries under "
 "the title of Southern Roadways Limited.[5] This paved the way for the genesis of the TVS Group.",
 "During the times of the second world war, Madras Presidency was met with petrol scarcity[citation needed]. To meet "
 "the demands, Sundram Iyengar designed and produced the TVS Gas Plant."]
KEPT["wp-t-v-sundaram-iyengar"] = ("sundram-iyengar-zproxy.txt", TV)
R.append(wp("wp-t-v-sundaram-iyengar", "T. V. Sundaram Iyengar",
 "https://en-m-wikipedia-org.zproxy.org/wiki/T._V._Sundaram_Iyengar",
 "\n\n".join(MARK.sub("", p) for p in TV),
 "road transport (bus company, founder, history)", ["history", "founder", "group structure", "subsidiaries"],
 "The article as a proxy of en.m.wikipedia.org (en-m-wikipedia-org.zproxy.org) holds it in the page store (the "
 "mobile page with its infobox as a '|'-table and the section headings run into their 'edit' links: 'editT. V. "
 "Sundram ...'; no revision id or date held; a recent rendering). Cut: the infobox table ('T. V. Sundram Iyengar | |', "
 "'---|---|', 'Born | Thirukkurungudi Vengaram Sundram Iyengar 22 March 1877 |', 'Died | 28 April 1955 Kodaikanal, "
 "India | (aged 78)', 'Occupation | Industrialist |', 'Children | 8, including T. S. Soundram |', 'Relatives | TVS "
 "family |'; so Kodaikanal and T. S. Soundram are not in the text), the headings 'Birth and early life' and 'As an "
 "industrialist' with the 'edit' links run into the next words, the citation markers ('[1]' ... '[5]', '[citation "
 "needed]'); cut after '... designed and produced the TVS Gas Plant.', before the sentence the excerpt breaks off in "
 "('He also started a factory for rubber retreading, besides two'; a cut at a sentence end). Paragraphs joined with "
 "blank lines. No word added or changed. Kept as written: 'Sundram' (the page's spelling; its address and title "
 "'Sundaram'), 'T. V. Sundram Iyengar & Sons' beside 'T. V. Sundram Iyengar and Sons Limited', 'the TVS Group' "
 "beside 'The TVS group', 'He laid foundation for road transport industry', 'the second world war', 'was met with "
 "petrol scarcity'. No outage told. Recorded CC BY-SA 4.0 (a recent rendering; doubtful: no revision id). Found at "
 "rank 1 of the query 'TVS Motor Company history T. V. Sundaram Iyengar Sundaram-Clayton Wikipedia'; "
 "thehindubusinessline.com, tv5.news and businesstoday.in (ranks 2, 6 and 8; news), onlykutts.com, ceoulagam.com, "
 "winenfood.com and affordableratesonauto.com (ranks 3, 4, 5 and 7; blogs) not used. Sundram Iyengar, Sundaram "
 "Iyengar, TVS Group, TVS (as a word), Southern Roadways, Srinivasan: " + CHECKED + " but TVS Motor and Srinivasan "
 "in earlier rounds' lead lists (Madurai once in a text on another matter).",
 "non-US", copy_of="the Wikipedia article, via a proxy's copy (en-m-wikipedia-org.zproxy.org) of en.m.wikipedia.org"))


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
