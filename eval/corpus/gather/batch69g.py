#!/usr/bin/env python3
"""Batch 69g (session 63; gatherer lane 69g): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n, 65b-65r, 66a-66p, 67a-67ac and 68a-68ad, on a Canadian distiller, a Hong Kong bank
and a British department store chain of India and the East, new to the corpus: Gooderham and Worts (Gooderham & Worts
Limited), the Toronto distiller founded by James Worts and his brother-in-law William Gooderham, its sole manager
until he made Worts's eldest son James Gooderham Worts co-manager in 1845, merged with Hiram Walker & Sons Ltd. in 1926,
the merged firm sold to Allied Lyons in 1987, its distillery now the Distillery District (distilling, Canada); Wing Lung
Bank, the Hong Kong bank founded in 1933 by Wu Yee-Sun, listed from 1980 to 2009, acquired by China Merchants Bank in
2008-2009, whose President Ma Weihua and Vice President Zhang Guanghua became its Chairman and Vice Chairman (banking,
Hong Kong); and Whiteaway Laidlaw, the department store chain established in Calcutta in 1882 by Robert Laidlaw and
Edward Whiteaway as Whiteaway, Laidlaw & Co, its business acquired in 1908 by Whiteaway, Laidlaw & Company Limited,
whose chairman Laidlaw was until his death in 1915 (retail, India and the East).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's own '= Title =' rendering of 'Gooderham and Worts' (undated, recent),
kiwix.casplantje.nl's Kiwix copy (wikipedia_en_all_maxi_2018-10) of 'Wing Lung Bank' and wikimili.com's copy of
'Whiteaway Laidlaw' (undated); each cut at a paragraph or sentence end at or before the point where the excerpt ends
(all about 2,000 characters). Edits per item in `notes` (title lines, infobox lines, section headings and citation
markers cut; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt
(/tmp/gather69g/src, written by /tmp/gather69g/mk_src.py from the search answers), the markers ('[1]', ' [1]') dropped
and whitespace runs compared as one space, as batches 57g-68ab did.
No text tells an outage (none tells one or a near-miss of one).
newskg (or any extractor) was not run on any text. A round of three: four queries, four companies asked for by name,
three taken (round notes /tmp/gather69g/NOTES.md; queries /tmp/gather69g/src/queries.txt; claims
/work/notes/gather69/CLAIMS.txt).
usage: batch69g.py [POOL_DIR] [--dry]   (default /tmp/gather69g/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69g/pool"
SRC = "/tmp/gather69g/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md (but for the "
           "lead lists of earlier rounds, as noted), in the session-63 pools (/tmp/gather69*/pool) and in "
           "/work/notes/gather69/CLAIMS.txt as it stood when checked (`grep -ril`, file names only)")
# a citation marker ('[1]', ' [1]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|citation needed|when\?)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- distilling, Canada: Gooderham and Worts (en.wikipedia.org, '= Title =' rendering) --------------------------------
GW = [
 "Gooderham and Worts, also known as Gooderham & Worts Limited, was a Canadian distiller of alcoholic beverages. It was "
 "once one of the largest distillers in Canada. The company was merged in 1926 with Hiram Walker & Sons Ltd., and the "
 "merged firm was eventually sold to Allied Lyons in 1987.",
 "The company's distillery facility was named one of the National Historic Sites of Canada in 1988. The company's on "
 "site operations ceased in the 1990s and the facility on the Toronto waterfront was closed. The buildings, dating to "
 "the 1860s, were preserved and repurposed as an arts and entertainment district called the Distillery District.",
 "The business was founded by James Worts and his brother-in-law, William Gooderham. Worts had owned a mill in Diss, "
 "England, then moved to Toronto in 1831 and established himself in the same line of work. He built a prominent "
 "windmill on the Toronto waterfront, near the mouth of the Don River. The next year, Gooderham joined him in Toronto "
 "and in the business. The business prospered, processing grain from Ontario farmers and then shipping it out via the "
 "port of Toronto.",
 "In 1834, Worts's wife, Elizabeth, died during childbirth. Two weeks later, Worts killed himself by throwing himself "
 "into the windmill's well and drowning. Gooderham continued the business himself. With a surplus of wheat, Gooderham "
 "expanded in 1837 into brewing and distilling, and soon this lucrative trade became the primary focus of the "
 "business. Gooderham served as the sole manager of the business until 1845, when he made Worts's eldest son, James "
 "Gooderham Worts, co-manager."]
KEPT["wp-gooderham-and-worts"] = ("gooderham-enwiki.txt", GW)
R.append(wp("wp-gooderham-and-worts", "Gooderham and Worts", "https://en.wikipedia.org/wiki/Gooderham_and_Worts",
 "\n\n".join(MARK.sub("", p) for p in GW),
 "food and drink/distilling", ["history", "founding", "founders", "managers", "merger", "sale", "historic site"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id held; "
 "undated, a recent rendering, recorded 4.0 as batches 58p-68x recorded their en.wikipedia.org renderings; its 'named "
 "one of the National Historic Sites of Canada in 1988' and 'The company's on site operations ceased in the 1990s' "
 "where the mirrors at ranks 2, 3, 6 and 7 of the same query read 'In 1998, the Gooderham and Worts Distillery was "
 "named ...' and 'The company's distillery facility on the Toronto waterfront was closed in the 1990s', so another "
 "revision; doubtful: no revision id, and which revision is the later is not shown). Cut: the title line '= Gooderham "
 "and Worts ='; the infobox lines between it and the lead ('Gooderham & Worts Limited', '- Fate: Merged with Hiram "
 "Walker & Sons Ltd. in 1926; sold to Allied Lyons in 1987, itself now owned by Pernod Ricard' to '- Industry: "
 "Distiller of alcoholic beverages', with '- Foundation: 1869' and '- Key People: ... Albert Gooderham, George H. "
 "Gooderham', so Pernod Ricard, 1869, Albert and George H. Gooderham are not in the text); the heading '==Early "
 "history=='; cut before the paragraph the excerpt breaks off in ('In 18'; a cut at a paragraph end), so the "
 "distillery complex of 1859 and the later history are not in the text. Paragraphs as the rendering sets them apart "
 "(blank lines). No word added or changed. Kept as written: 'also known as Gooderham & Worts Limited', 'The company was "
 "merged in 1926 with Hiram Walker & Sons Ltd., and the merged firm was eventually sold to Allied Lyons in 1987', "
 "'named one of the National Historic Sites of Canada in 1988', 'The company's on site operations ceased in the "
 "1990s', 'The business was founded by James Worts and his brother-in-law, William Gooderham', 'Worts had owned a "
 "mill in Diss, England', 'The next year, Gooderham joined him in Toronto and in the business', \"In 1834, Worts's "
 "wife, Elizabeth, died during childbirth\", 'Gooderham served as the sole manager of the business until 1845, when "
 "he made Worts's eldest son, James Gooderham Worts, co-manager'. 260 words. No outage and no near-miss of one told "
 "(the ceasing of on site operations is a business's closure). Recorded CC BY-SA 4.0 (a recent rendering; doubtful, "
 "undated). Found at rank 1 of the query 'Gooderham and Worts distillery history founded William Gooderham James Worts "
 "Toronto acquired Hiram Walker Wikipedia' (batch 68ab's and 68x's leads: Gooderham and Worts); wikiclassic.com (rank "
 "2; a copy with word-play edits such as \"distiller o' alcoholic beverages\" and 'teh company'), "
 "onehourindexing01.prideseotools.com (rank 3; a proxy of en.m.wikipedia.org), review.clateway.com (rank 4; the lead "
 "only), wikisum.wiki (rank 5; an AI summary), wiki.riteme.site (ranks 6, 7; mirrors of the other revision) and "
 "nzt.eth.link (rank 8; an older static copy) not used. Gooderham, Worts, Distillery District, Hiram Walker: " +
 CHECKED + " ('Gooderham' and 'Hiram Walker' in GATHERING.md's lead lists and, for Hiram Walker, in the notes of an "
 "FTC / DOJ round on another matter; 'Allied Lyons' in two texts on other matters, Tetley's and Allied Domecq's "
 "histories, one a test file, counted by name only).",
 "non-US", v3=False, copy_of="the Wikipedia article"))

# ---- banking, Hong Kong: Wing Lung Bank (kiwix.casplantje.nl's Kiwix copy, 2018-10) ---------------------------------
WL = [
 "Wing Lung Bank (Chinese: \u6c38\u9686\u9280\u884c; Cantonese Yale: W\u00edngl\u00fang Ng\u00e0nh\u00f2ng) (former "
 "stock no: SEHK: 96) is a bank based in Hong Kong. As of December 2013, the Bank has 50 business outlets in Hong Kong, "
 "Mainland China, Macau and overseas.[1]",
 "The bank was founded in 1933 by Dr. Wu Yee-Sun (Chinese: \u4f0d\u5b9c\u5b6b), who owned a majority stake in the bank. "
 "It was listed in Hong Kong from 1980 to 2009 until it was acquired by China Merchants Bank. It currently employs over "
 "1,700 people and has assets over HK$ 200 billion.",
 "In 2008, China Merchants Bank purchased 53.12 percent of Wing Lung Bank's equity and became the largest shareholder "
 "of the bank. Dr. Ma Weihua (China Merchants Bank's President) and Dr. Zhang Guanghua (China Merchants Bank's Vice "
 "President) were appointed as the Chairman and Vice Chairman of Wing Lung Bank respectively.[2]",
 "In 2009, China Merchants Bank acquired the remaining shares of Wing Lung Bank, and it became a wholly owned "
 "subsidiary of China Merchants Bank. It was delisted from the Hong Kong Stock Exchange after 16 January 2009.[3] In "
 "May 2009, Wing Lung Bank adopted the corporate identity of China Merchants Bank.",
 "Wing Lung Bank has 48 banking offices in Hong Kong, Macau and Mainland China, and two overseas branches in Los "
 "Angeles and the Cayman Islands.",
 "The Los Angeles branch, located in Alhambra, California, features the largest glass Tile mural in North America, "
 "measuring 34.5 feet (10.5 m) tall by 129.5 feet (39.5 m) wide. The mural comprises approximately 1 million pieces of "
 "glass tile set in an abstract interpretation designed to reflect the nearby San Gabriel Mountains."]
KEPT["wp-wing-lung-bank"] = ("winglung-kiwix.txt", WL)
R.append(wp("wp-wing-lung-bank", "Wing Lung Bank",
 "https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2018-10/A/Wing_Lung_Bank.html",
 "\n\n".join(MARK.sub("", p) for p in WL),
 "finance/banking", ["history", "founding", "founder", "listing", "acquisition", "subsidiary", "executives",
                     "branches"],
 "The article as kiwix.casplantje.nl's Kiwix copy holds it in the page store (the Kiwix dump wikipedia_en_all_maxi_2018-10, "
 "so a revision of October 2018 or before, before Wikimedia's June 2023 move; recorded 3.0). Cut: the title line 'Wing "
 "Lung Bank'; the infobox lines between it and the lead ('\u6c38\u9686\u9280\u884c', 'Wing Lung Bank', 'Founded 25th "
 "February 1933' to 'Website http://www.winglungbank.com', with 'Key people', 'TIAN Huiyu (Chairman', 'ZHU Qi "
 "(Executive Director & Chief Executive Officer)' and 'Parent China Merchants Bank Co., Ltd.', so Tian Huiyu, Zhu Qi, "
 "45 Des Voeux Road and the day 25 February 1933 are not in the text); the citation markers ('[1]', '[2]', '[3]'); cut "
 "after '... the nearby San Gabriel Mountains.', before the sentence the excerpt breaks off in ('The mural received the "
 "2007 Spectrum Award, the top industry award for'; a cut at a sentence end). Paragraphs as the copy sets them apart "
 "(blank lines). No word added or changed. Kept as written: 'Wing Lung Bank (Chinese: \u6c38\u9686\u9280\u884c; "
 "Cantonese Yale: W\u00edngl\u00fang Ng\u00e0nh\u00f2ng) (former stock no: SEHK: 96)' (the Chinese name and the Yale "
 "romanisation kept), 'As of December 2013, the Bank has 50 business outlets', 'The bank was founded in 1933 by Dr. "
 "Wu Yee-Sun (Chinese: \u4f0d\u5b9c\u5b6b), who owned a majority stake in the bank', 'It was listed in Hong Kong from "
 "1980 to 2009 until it was acquired by China Merchants Bank', 'assets over HK$ 200 billion' (a space after 'HK$'), "
 "'purchased 53.12 percent of Wing Lung Bank's equity', \"Dr. Ma Weihua (China Merchants Bank's President) and Dr. "
 "Zhang Guanghua (China Merchants Bank's Vice President) were appointed as the Chairman and Vice Chairman of Wing Lung "
 "Bank respectively\", 'it became a wholly owned subsidiary of China Merchants Bank', 'delisted from the Hong Kong "
 "Stock Exchange after 16 January 2009', 'adopted the corporate identity of China Merchants Bank', 'the largest glass "
 "Tile mural in North America' (capital 'Tile'). 268 words. No outage and no near-miss of one told. Recorded CC BY-SA "
 "3.0 (a dump of 2018-10). Found at rank 3 of the query 'Wing Lung Bank history founded Wu brothers Hong Kong acquired "
 "China Merchants Bank Wikipedia' (batch 68ab's and 68x's leads: Wing Lung Bank); liquisearch.com (rank 1; an older "
 "text with a block of unrelated quotations), wiki-gateway.eudic.net (rank 2; undated, the same text with an infobox "
 "naming Ma Weihua chairman), wodefinance.com (rank 4; a machine translation, not Wikipedia), en-academic.com and an "
 "unaddressed copy (ranks 5, 6; Wing Hang Bank, another bank), ibtimes.com and a blog (ranks 7, 8; news) not used. "
 "Wing Lung, Wu Yee-Sun, China Merchants Bank, Ma Weihua, Zhang Guanghua: " + CHECKED +
 " ('Wing Lung' in GATHERING.md's lead lists only).",
 "non-US", v3=True, copy_of="the Wikipedia article, via kiwix.casplantje.nl's Kiwix copy wikipedia_en_all_maxi_2018-10"))

# ---- retail, India and the East: Whiteaway Laidlaw (wikimili.com's copy) ------------------------------------------
WH = [
 "Whiteaway Laidlaw was a British department store chain which operated mainly in Asia, including India, Ceylon, "
 "Burma, Singapore, Malaysia and China. It was founded in 1882 and continued to operate until the 1960s.",
 "Whiteaway Laidlaw was established by Robert Laidlaw, a British politician who went to India in 1877, and lived "
 "there for many years, and Edward Whiteaway, under the name of Whiteaway, Laidlaw & Co, and commenced business in "
 "Calcutta in 1882. Described as drapers, outfitters and sellers of general household goods, they opened some of the "
 "earliest department stores in Asia, and operated on the basis of cash trading only, earning the nickname "
 "\"Right-away, Paid-for\". [1] [2] [3] [4]",
 "The business soon expanded in India and then across the East, and by 1908 it had 23 branches operating in India, "
 "Burma, China, Ceylon, the Straits Settlements, and the Federated Malay States. In 1899, the partnership was "
 "dissolved when Whiteaway left the business but continued to grow under Laidlaw. Known as the \"Selfridges of the "
 "East\" because of its reputation as an upmarket shopping destination, it continued to cater to mainly Europeans and "
 "wealthy anglicised locals. [1] [2]",
 "In 1908, Whiteaway, Laidlaw & Company Limited was formed, acquired the business of Whiteaway, Laidlaw & Co, and then "
 "went public, filing a prospectus in London inviting applications for 300,000 shares of \u00a31 each. Laidlaw "
 "continued as chairman of the company until his death in 1915. [5] [6]",
 "By the 1930s, it had expanded further by opening offices in Argentina and Kenya. [7] After independence in India in "
 "1947 many British colonial officials and military personnel left and branches across the country gradually began "
 "to close with the branch in Kolkata closing in 1962."]
KEPT["wp-whiteaway-laidlaw"] = ("whiteaway-wikimili.txt", WH)
R.append(wp("wp-whiteaway-laidlaw", "Whiteaway Laidlaw", "https://wikimili.com/en/Whiteaway_Laidlaw",
 "\n\n".join(MARK.sub("", p) for p in WH),
 "retail/department stores", ["history", "founding", "founders", "partnership", "incorporation", "chairman",
                              "branches", "closure"],
 "The article as wikimili.com's copy holds it in the page store (undated; no age line in the excerpt; recorded 4.0 "
 "as wikimili.com's copies are recent renderings; doubtful: undated). Cut: the infobox lines at the head of the "
 "excerpt ('Whiteaway Laidlaw | |', 'Founded | 1882 |', 'Founder | Edward Whiteaway and Robert Laidlaw |', 'Defunct "
 "| 1960s |', 'Area served | India, Burmah, ... Kenya |', 'Products | Household goods |'; the excerpt holds no title "
 "line of its own); the citation markers (' [1] [2] [3] [4]', ' [1] [2]', ' [5] [6]', ' [7]', each with the spaces "
 "before it); cut before the sentence the excerpt breaks off in ('On the Mal'; a cut at a sentence end), so the "
 "Malayan and Singapore branches' later history is not in the text. Paragraphs as the copy sets them apart (one "
 "line each, written with blank lines between). No word added or changed. Kept as written: 'a British department "
 "store chain which operated mainly in Asia', 'Whiteaway Laidlaw was established by Robert Laidlaw, a British "
 "politician who went to India in 1877, and lived there for many years, and Edward Whiteaway, under the name of "
 "Whiteaway, Laidlaw & Co, and commenced business in Calcutta in 1882', 'earning the nickname \"Right-away, "
 "Paid-for\"' (straight quotation marks), 'In 1899, the partnership was dissolved when Whiteaway left the business but "
 "continued to grow under Laidlaw', 'Known as the \"Selfridges of the East\"', 'In 1908, Whiteaway, Laidlaw & Company "
 "Limited was formed, acquired the business of Whiteaway, Laidlaw & Co, and then went public', 'shares of \u00a31 "
 "each', 'Laidlaw continued as chairman of the company until his death in 1915', 'with the branch in Kolkata closing "
 "in 1962'. 274 words. No outage and no near-miss of one told (branches' closures are a business's). Recorded CC "
 "BY-SA 4.0 (doubtful: undated). Found at rank 4 of the query 'Whiteaway Laidlaw department store history founded "
 "Robert Laidlaw Calcutta Wikipedia' (batch 68ab's and 68x's leads: Whiteaway Laidlaw); campaignfurniture.com (rank "
 "1; a dealer's page), puronokolkata.com and noisebreak.com (ranks 2, 3; blogs), hmong.in.th (rank 5; a Thai "
 "translation), city.udn.com (rank 6; a forum), eresources.nlb.gov.sg (rank 7; Singapore's Infopedia, not Wikipedia) "
 "and chislehurst-society.org.uk (rank 8) not used. Whiteaway, Whiteaway Laidlaw, Whiteaway, Laidlaw & Co: " + CHECKED +
 " ('Whiteaway' in GATHERING.md's lead lists only; 'Robert Laidlaw' in batch 67t's test text on Farmers (department "
 "store), another man of that name, New Zealand's Farmers founder, counted by name only and not opened).",
 "non-US", v3=False, copy_of="the Wikipedia article, via wikimili.com's copy"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[nb 1]', '[edit]', '[ citation needed ]',
    '[ when? ]'), whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|nb \d+|edit|citation needed|when\?)\s*\]", "", s).split())


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
