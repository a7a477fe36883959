#!/usr/bin/env python3
"""Batch 70ah (session 64; gatherer lane 70ah): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n, 65b-65r, 66a-66p, 67a-67ac, 68a-68ad and 69a-69aj, on a Hong Kong jeweller's
founder, an Indian consumer-goods company and a New Zealand department store, new to the corpus: Chow Chi-yuen, the Hong
Kong entrepreneur who founded Chow Tai Fook (his first shop in Guangzhou in 1929, relocated to Macau in 1931, the first
branch in Queen's Road Central, Hong Kong, in 1946), father-in-law of Cheng Yu-tung, chairman of New World Development,
who took over the business in 1956 (jewellery retail, Hong Kong); Dabur Ltd, the Ghaziabad consumer-goods and Ayurvedic
medicine company founded in Kolkata in 1884 by S. K. Burman, its factory moved to Delhi by G.C Burman, with its
chairman Anand Burman and vice-chairman Amit Burman (consumer goods, India); and Milne & Choyce (Milnes), the Auckland
department store chain begun in 1867 when Mary Jane and Charlotte Milne took over a drapery shop (Misses Milne, M. & C.
Milne), renamed when Henry Charles Choyce took over Charlotte's share in 1876, Milne & Choyce Ltd. from 1901 with him as
managing director (retail, New Zealand).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's own '= Title =' rendering of 'Chow Chi-yuen' (recent, undated),
en.m.wikipedia.org's page 'Dabur' (a 2023 revision) and wikiwand.com's copy of 'Milne & Choyce' (recent, undated); each
cut at a paragraph or sentence end before the point where the excerpt breaks off. Edits per item in `notes` (title
lines, infobox lines, site lines, captions, headings and citation markers cut; no word added or changed); `verify()`
checks every kept paragraph against the saved excerpt (/tmp/gather70ah/src), the markers ('[1]') dropped and
whitespace runs compared as one space, as batches 57g-70ab did. No text tells an outage. newskg (or any extractor) was
not run on any text. A round of three: thirteen queries, eleven companies asked for, three taken (round notes
/tmp/gather70ah/NOTES.md; queries /tmp/gather70ah/src/queries.txt; claims /work/notes/gather70/CLAIMS.txt).
usage: batch70ah.py [POOL_DIR] [--dry]   (default /tmp/gather70ah/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70ah/pool"
SRC = "/tmp/gather70ah/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-64 pools "
           "(/tmp/gather70*/pool) and in /work/notes/gather70/CLAIMS.txt as it stood when checked (`grep -ril`, file "
           "names only), and in GATHERING.md none")
# a citation marker ('[1]', '[lower-alpha 1]', '[citation needed]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|note \d+|lower-alpha \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- jewellery retail, Hong Kong: Chow Chi-yuen (en.wikipedia.org's '= Title =' rendering) ---------------------------
CY = [
 "Chow Chi-yuen (; 1900\u20131971) was a Hong Kong entrepreneur and the founder of Chow Tai Fook. He was the "
 "father-in-law of Cheng Yu-tung (\u912d\u88d5\u5f64), chairman of New World Development, and was born in Shunde, "
 "Guangdong, China.",
 "Chow set up his first \"Chow Tai Fook\" shop in Guangzhou (Canton) in 1929 to sell traditional gold accessories. In "
 "1931, the shop was relocated to Macau during the Second Sino-Japanese War. In 1946, Chow established the first "
 "branch in Queen's Road Central, Hong Kong. In 1956, Cheng Yu-tung, Chow's son-in-law, took over Chow's business. "
 "Cheng expanded Chow Tai Fook's business to jewellery retailing in 1960."]
KEPT["wp-chow-chi-yuen"] = ("chow-chi-yuen-enwp.txt", CY)
R.append(wp("wp-chow-chi-yuen", "Chow Chi-yuen", "https://en.wikipedia.org/wiki/Chow_Chi-yuen",
 "\n\n".join(MARK.sub("", p) for p in CY),
 "jewellery retail (founder, company history)", ["history", "founder", "branches", "succession"],
 "The whole article as en.wikipedia.org's own rendering holds it in the page store (the '= Title =' form; no "
 "revision id or date held; a recent rendering, as batches 69ah, 70d, 70q, 70v and 70ac recorded this form). Cut: "
 "the title line '= Chow Chi-yuen ='. The rendering prints no infobox, heading, caption or citation marker in the "
 "excerpt. Paragraphs joined with blank lines. No word added or changed. Kept as written: '(; 1900\u20131971)' (the "
 "rendering's empty place of the Chinese name, an en dash between the years), 'Cheng Yu-tung (\u912d\u88d5\u5f64)', "
 "'his first \"Chow Tai Fook\" shop', 'Guangzhou (Canton)', 'Queen's Road Central, Hong Kong', 'Chow's son-in-law'. "
 "102 words (the whole article's text). No outage told (a shop relocated during a war is a business event). Recorded "
 "CC BY-SA 4.0 (a recent rendering; doubtful: no revision id). Found at rank 3 of the query 'Chow Tai Fook Jewellery "
 "Group history Chow Chi-yuen Guangzhou 1929 Cheng Yu-tung Wikipedia' (Chow Tai Fook, a name of round 70ab's leads: "
 "'not yet queried ... Chow Tai Fook'); rough-polished.com's and scmp.com's copies of a South China Morning Post story "
 "(ranks 1, 5, 6 and 7; news, not used), wodezhubaowang.com (rank 2; a translation), tharawat-magazine.com (rank 4) "
 "and a.osmarks.net's Kiwix copy (wikipedia_en_all_maxi_2020-08) of 'Chow Tai Fook' (rank 8; its lead paragraph on "
 "the holding companies, then the infobox, where the excerpt ends; no history) not used. Chow Chi-yuen, Cheng Yu-tung, "
 "New World Development: " + CHECKED + " ('Chow Tai Fook' only in GATHERING.md's lists of leads).",
 "non-US", copy_of="the Wikipedia article, via en.wikipedia.org's own rendering"))

# ---- consumer goods, India: Dabur (en.m.wikipedia.org, a 2023 revision) -----------------------------------------------
DB = [
 "Dabur Ltd is an Indian multinational consumer goods company, founded by S. K. Burman and headquartered in "
 "Ghaziabad.[4] It manufactures Ayurvedic medicine and natural consumer products,[5] and is one of the largest "
 "fast-moving consumer goods (FMCG) companies in India.[6] Dabur derives around 60% of its revenue from the consumer "
 "care business, 11% from the food business and remaining from the international business unit.[7]",
 "Dabur was founded in Kolkata by Dr. S. K. Burman in 1884. In the mid-1880s, as an Ayurvedic practitioner in "
 "Kolkata, he formulated Ayurvedic medicines for diseases like cholera, constipation and malaria.[8] As a qualified "
 "physician, he went on to sell his medicines in Bengal on a bicycle. His patients started referring him and his "
 "medicines as \"Dabur\", a portmanteau of the words daktar (doctor) and Burman.[9] He later went on to mass-produce "
 "his Ayurvedic formulations.",
 "C.L. Burman, set up Dabur's first R&D unit. Later, his grandson, G.C Burman was gherao-ed by his own workers during "
 "a labor unrest in Kolkata. Due to the unpleasant situation, G.C Burman decided to move the factory to Delhi, where "
 "his brothers later relocated. In Delhi, the business thrived and the company soon became headquartered there. In "
 "the words of business historian Sonu Bhasin \"Calcutta's loss was Delhi's gain.\"[10]",
 "The current chairman, Dr. Anand Burman, and vice-chairman Amit Burman, are part of the fifth generation of the "
 "family."]
KEPT["wp-dabur"] = ("dabur-enmwp.txt", DB)
R.append(wp("wp-dabur", "Dabur", "https://en.m.wikipedia.org/wiki/Dabur",
 "\n\n".join(MARK.sub("", p) for p in DB),
 "consumer goods (Ayurvedic medicine, company history)", ["history", "founder", "relocation", "family management"],
 "The article as en.m.wikipedia.org serves it holds it in the page store (the mobile page with its infobox as run-on "
 "'FieldValue' lines and 'History edit'; no revision id or date held; a 2023 revision: its infobox says "
 "'Founded1884; 139 years ago (1884)' and gives FY22 figures). Cut: the infobox lines ('Dabur India Limited', "
 "'IndustryConsumer goods', 'Founded1884; 139 years ago (1884)', 'FounderS. K. Burman', 'Area served', 'Key people', "
 "the revenue, income and assets lines, 'OwnerBurman family (66.24%)', 'Number of employees', '7,740 (March 2020)', "
 "'Footnotes / references'; so the name 'Dabur India Limited' and the owner line are not in the text), the heading "
 "'History edit', the citation markers ('[4]' ... '[10]'); cut after '... part of the fifth generation of the "
 "family.', before the sentence the excerpt breaks off in ('They were among the first business families in India to "
 "separate ownership from management, when they handed'; a cut at a sentence end). Paragraphs joined with blank "
 "lines. No word added or changed. Kept as written: 'Dabur Ltd', 'Dr. S. K. Burman', 'C.L. Burman, set up' (the "
 "comma), 'G.C Burman' (no full stop after C), 'gherao-ed', 'a labor unrest', 'Calcutta's loss was Delhi's gain.', "
 "'Dr. Anand Burman'. 227 words. No outage told (a labour unrest and a factory's move are business events). "
 "Recorded CC BY-SA 4.0 (a 2023 revision, as batches 70m and 70s recorded 2023 revisions). Found at rank 5 of the "
 "query 'Dabur India company history S. K. Burman Calcutta 1884 Ayurvedic Wikipedia' (a name of round 70ab's leads: "
 "'not yet queried ... Dabur'); outlookindia.com, financialexpress.com and scroll.in (ranks 1, 3 and 4; news), a "
 "scribd.com case study (rank 2), Bengali and Hindi pages (ranks 6 and 7) and friendlywiki.com's raw wikitext (rank "
 "8; the infobox source only) not used. Dabur, Burman, Sonu Bhasin, Ghaziabad: " + CHECKED + " but 'Dabur' in "
 "GATHERING.md's lists of leads.",
 "non-US", copy_of="the Wikipedia article, via en.m.wikipedia.org's mobile page"))

# ---- retail, New Zealand: Milne & Choyce (wikiwand.com's copy, recent) ------------------------------------------------
MC = [
 "Milne & Choyce, later trading as Milnes was a New Zealand luxury department store chain founded in 1867 and "
 "operating until at least 1992. At its peak Milne & Choyce operated at least seven branch stores around the North "
 "Island of New Zealand, alongside a Queen Street flagship.",
 "On 3 July 1867, Mary Jane and Charlotte Milne took over the drapery shop of Mr and Mrs Wison at on the corner of "
 "Wyndham Street and Albert Street.[1][2] The business was renamed Misses Milne.[1]",
 "In July 1874, the Misses Milne acquired the drapery shop of Mr. B. Cass within Cheapside House, on the corner of "
 "Queen Street and Wellesley Street.[3] The original business on the corner of Wyndham Street and Albert Street "
 "continued to operate until operations were consolidated at Cheapside House in August.[3] Sometime between this "
 "relocation and 1875 the business was renamed to M. & C. Milne.",
 "In 1876, Charlotte Milne's husband Henry Charles Choyce took over her share in the company, and the business was "
 "renamed to Milne & Choyce.[4][2] In September 1876, a fire occurred in the photography salon of John McGarrigle "
 "above Milne & Choyce's upstairs storeroom and destroyed much of the stores stock.[2]",
 "Milne & Choyce hosted a spring fashion parade in 1887, one of the first in Auckland.[1]",
 "In 1901, Milne & Choyce went people, and became Milne & Choyce Ltd., Henry Choyce served as managing "
 "director.[1][5]",
 "131 Queen Street was purchased in 1908 for \u00a350,000.[1][6] Milne & Choyce would now be situated \"between the "
 "banks [Bank of New South Wales, Bank of New Zealand]\".[1][6] The company would relocate to 131 Queen Street store "
 "on 6 September 1909.[7][8]"]
KEPT["wp-milne-and-choyce"] = ("milne-choyce-wikiwand.txt", MC)
R.append(wp("wp-milne-and-choyce", "Milne & Choyce",
 "https://www.wikiwand.com/en/articles/Milne_&_Choyce",
 "\n\n".join(MARK.sub("", p) for p in MC),
 "retail (department store, history)", ["history", "founders", "former names", "managing director", "premises"],
 "The article as wikiwand.com's copy of English Wikipedia holds it in the page store (its '/en/articles/<Title>' "
 "path; no revision id or date held; a recent revision: wikimili.com's copy of the same wording, rank 1 of the same "
 "query, says 'FoundedJuly 1, 1867;158 years ago'). Cut: the site's lines ('Top Qs', 'Timeline', 'Chat', "
 "'Perspective', 'Remove ads', 'Summarize', 'Quick facts Industry, Genre ...', 'Thumb'), the title lines ('Milne & "
 "Choyce', twice), the subtitle 'New Zealand department store chain From Wikipedia, the free encyclopedia', the "
 "image caption ('Milne & Choyce paper shopping bag displaying logo (circa 1960s).'), the heading 'History', the "
 "citation markers ('[1]' ... '[8]'); cut before the paragraph the excerpt breaks off in ('Mary Jane Milne retired "
 "at the age of seventy in 1909, thou'; a cut at a paragraph end), so Mary Jane's surname with her given names is not "
 "in the text. Paragraphs joined with blank lines. No word added or changed. Kept as written: 'later trading as "
 "Milnes was' (no comma), 'Mr and Mrs Wison at on the corner' (the stray 'at'), 'Mr. B. Cass', 'went people' (for "
 "'went public'), 'the stores stock', the editorial brackets in '\"between the banks [Bank of New South Wales, Bank "
 "of New Zealand]\"' (the copy's quotation; not citation markers), '\u00a350,000'. 274 words. No outage told (a fire "
 "that destroyed a store's stock is a physical accident). Recorded CC BY-SA 4.0 (a recent revision; doubtful: no "
 "revision id). Found at rank 2 of the query 'Milne & Choyce department store Auckland history Wikipedia' (a name of "
 "round 70ab's leads: 'not yet queried ... Milne & Choyce'); wikimili.com's copy (rank 1; the same wording with "
 "spaced markers and '[ Bank', its excerpt breaking off earlier, at 'The company woul'), a cemetery blog, "
 "remueraheritage.org.nz (ranks 3, 4 and 6), heritage.org.nz's list entry (ranks 5 and 7) and a Papers Past "
 "newspaper page (rank 8) not used (not Wikipedia, or a shorter copy). Milne & Choyce, Choyce, Misses Milne, "
 "Cheapside House, Mary Jane Milne, Milnes: " + CHECKED + " but 'Milne & Choyce' in GATHERING.md's lists of leads "
 "('Queen Street', 'Bank of New Zealand' in texts on other matters).",
 "non-US", copy_of="the Wikipedia article, via wikiwand.com's copy"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[nb 1]', '[note 1]', '[lower-alpha 1]',
    '[edit]', '[citation needed]'), whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|nb \d+|note \d+|lower-alpha \d+|edit|citation needed)\s*\]", "",
                           s).split())


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
