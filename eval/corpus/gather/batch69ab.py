#!/usr/bin/env python3
"""Batch 69ab (session 63; gatherer lane 69ab): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n, 65b-65r, 66a-66p, 67a-67ac and 68a-68ad, on a New Zealand appliance maker and on two
banks of Singapore and Hong Kong, new to the corpus: Fisher & Paykel (Fisher & Paykel Appliances Ltd), the appliance
manufacturer of East Tamaki, New Zealand, owned by Haier since Haier bought over 90% of its shares in 2012, buyer of
Dynamic Cooking Systems (2004) and Elba (2006), separated in 2001 from Fisher & Paykel Industries Ltd, which Sir Woolf
Fisher and Maurice Paykel founded in 1934 (an importer of Crosley, Maytag and Pilot products, a Kelvinator licensee
from 1938) (appliances, New Zealand); the Ho Hong Bank (1917-1932), the Malayan bank founded by Lim Peng Siang, Lim
Boon Keng and Seow Poh Leng, merged in 1932 into the Oversea-Chinese Banking Corporation, and its forerunner the
Chinese Commercial Bank of 1912, with its first directors, its chairman, deputy chairman and managing director, manager
and secretary (banking, Singapore); and Ka Wah Bank Limited of Hong Kong, founded as Ka Wah Ngan Ho in Guangzhou in
1922 by Lam Chi Fung, renamed Ka Wah Savings Bank and Ka Wah Bank, taken over in 1974 by C.S. Low, listed in 1980 and
acquired by CITIC International Financial Holdings (CITIC Ka Wah Bank, CITIC Bank International) (banking, Hong Kong).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): owiki.org's mirror of 'Fisher & Paykel' (undated), and two IPFS copies of English Wikipedia:
'Ho Hong Bank' at an ipfs.dweb.link gateway and 'Ka Wah Bank' at en.wikipedia-on-ipfs.org (older snapshots); each
cut at a paragraph or sentence end at or before the point where the excerpt ends (all about 2,000 characters). Edits
per item in `notes` (title lines, headings, infobox lines, list bullets and citation markers cut; no word added or
changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather69ab/src), the markers ('[1]')
dropped and whitespace runs compared as one space, as batches 57g-68ad did. No text tells an outage (the closures of
Ka Wah's branches in 1935 and of Fisher & Paykel's plants are no outages). newskg (or any extractor) was not run on
any text. A round of three: seven queries, seven companies asked for, three taken (round notes
/tmp/gather69ab/NOTES.md; queries /tmp/gather69ab/src/queries.txt; claims /work/notes/gather69/CLAIMS.txt).
usage: batch69ab.py [POOL_DIR] [--dry]   (default /tmp/gather69ab/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69ab/pool"
SRC = "/tmp/gather69ab/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-63 pools (/tmp/gather69*/pool) and in /work/notes/gather69/CLAIMS.txt as it stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', '[citation needed]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- appliances, New Zealand: Fisher & Paykel (owiki.org's mirror) -------------------------------------------------
FP = [
 "Fisher & Paykel is a major appliance manufacturer and is owned by Haier. It is based in East Tamaki, New Zealand.",
 "Originally an importer of domestic refrigerators, Fisher & Paykel now holds over 420 patents and bases its identity "
 "on innovative design, particularly in the areas of usability and environmental awareness.",
 "The company's trademarked appliances include Active Smart refrigerators, AeroTech ovens, DishDrawer dishwashers, "
 "Smart Drive washing machines and Smartload top loading dryers. The company also manufactures gas and electric "
 "cooktops.",
 "In 2004, Fisher & Paykel Appliances purchased the United States-based cookware manufacturer Dynamic Cooking "
 "Systems, and Italian cookware company Elba in 2006.",
 "Fisher & Paykel had grown into a global company operating in 50 countries and manufacturing in Thailand, China, "
 "Italy and Mexico. The company had a manufacturing base in Australia for almost 20 years and nearly 70 years in New "
 "Zealand, but stated it can no longer compete with low cost labour countries and had to close them.",
 "In 2012, Haier, a major Chinese appliance manufacturer, purchased over 90% of Fisher & Paykel Appliance shares.",
 "Fisher & Paykel Appliances Ltd was listed publicly in 2001, following the separation of Fisher & Paykel Industries "
 "Ltd into Fisher & Paykel Healthcare Ltd and Fisher & Paykel Appliances Ltd that same year.",
 "Fisher & Paykel Industries Ltd was founded in 1934 by Sir Woolf Fisher and Maurice Paykel. The company publicly "
 "listed in 1979 with authorised capital of NZ$ 40 million.",
 "Initially the company was an importer of Crosley appliances, Maytag and Pilot products; in 1938 the company began "
 "manufacturing Kelvinator washing machines under license. This followed the introduction of tariffs by the First "
 "Labour Government of New Zealand.",
 "In 1956, manufacturing was moved to a purpose-built factory in Mount Wellington, Auckland."]
KEPT["wp-fisher-paykel"] = ("fisher-paykel-owiki.txt", FP)
R.append(wp("wp-fisher-paykel", "Fisher & Paykel", "http://w.owiki.org/wiki/Fisher_%26amp%3B_Paykel",
 "\n\n".join(MARK.sub("", p) for p in FP),
 "appliances/manufacturing", ["history", "founding", "acquisitions", "parent company", "brands", "demerger",
                              "licensing"],
 "The article as owiki.org's mirror holds it in the page store (no revision id or date held; the mirror's own "
 "address 'Fisher_%26amp%3B_Paykel'). Cut: the title line 'Fisher & Paykel' and the section headings 'History' and "
 "'Fisher & Paykel Industries'; cut after 'In 1956, manufacturing was moved to a purpose-built factory in Mount "
 "Wellington, Auckland.', before the sentence the excerpt breaks off in ('This facility included flexible machinery "
 "manufacturing technique'; a cut at a sentence end), so the company's later history and its chief executives are not "
 "in the text. The mirror shows one sentence or paragraph a line and no citation markers. Paragraphs joined with "
 "blank lines. No word added or changed. Kept as written: 'Smartload top loading dryers' (no hyphen), 'the United "
 "States-based cookware manufacturer', 'and Italian cookware company Elba in 2006', 'but stated it can no longer "
 "compete with low cost labour countries and had to close them', 'Fisher & Paykel Appliance shares' (singular), "
 "'NZ$ 40 million' (a space), 'under license' (US spelling). 290 words. No outage told: the closing of the "
 "Australian and New Zealand manufacturing is no service disruption. Recorded CC BY-SA 4.0, as batch 61c recorded "
 "owiki.org's mirror (doubtful: undated; the text tells nothing after 2012). Found at rank 3 of the query 'Fisher & "
 "Paykel company history founded Woolf Fisher Maurice Paykel New Zealand chief executive Haier acquired Wikipedia' "
 "(round 69w's lead list named Fisher & Paykel); handwiki.org's copy (rank 2; the same lead with the infobox woven in, "
 "its excerpt ending before the History section, so no founder), hitech.org.nz (rank 1; a hall of fame page, no open "
 "licence), sharechat.co.nz and nzherald.co.nz (ranks 4, 8; news), whybuy.com.au (rank 5; a retailer's blog), "
 "fisherpaykel.com (rank 6; the company's page) and nzedge.com (rank 7) not used. Fisher & Paykel, Paykel, Woolf "
 "Fisher, Dynamic Cooking, Mount Wellington, East Tamaki: " + CHECKED + " (Fisher & Paykel only in GATHERING.md's "
 "lead lists; Haier, Kelvinator, Maytag and Elba only in texts on other matters).",
 "non-US", copy_of="the Wikipedia article, via owiki.org's mirror"))

# ---- banking, Singapore: Ho Hong Bank (an IPFS gateway's copy) ------------------------------------------------------
HH = [
 "The Ho Hong Bank (1917\u20131932) was a Malayan bank, established to provide banking services that, until 1912, "
 "were solely delivered by European banks.[1] The bank was founded in 1917 and in 1932 merged with two other banks in "
 "Singapore to form the Oversea-Chinese Banking Corporation .",
 "The founders of Ho Hong Bank were Lim Peng Siang, Dr. Lim Boon Keng and Seow Poh Leng, all of whom were, before "
 "that time, founding members and officers of the earlier Chinese Commercial Bank.",
 "On 17 August 1912, a largely attended meeting of Hokkiens, shareholders of the then proposed Chinese Commercial Bank "
 "Ltd., was held at the Chinese Chamber of Commerce in Hill Street, presided over by Lee Choon Guan. The assembled "
 "elected its first directors: Lim Peng-Siang, Lee Choon-Guan, Tan Kah-Kee, Dr. S. C. Yin, Yeo Cheng-Hai, Seet "
 "Tiong-Wah, Seow Eng-Tin, Chia Yew-Siang, Tan Sian-Cheng, the Hon. Tan Jiak-Kim (CMG), Liao Chia-Hong, and Tan "
 "Chay-Yan. The meeting decided to register the company with a nominal (authorised) capital of $4 million. At that "
 "time the issued capital of $2 million had been over-subscribed. The temporary premises of the bank was at No. 61 "
 "Kling Street and Seow Poh-Leng was pro. tem. Secretary.[2] The bank commenced business at temporary premises at No. "
 "31 Market Street on 2 December 1912, with Lim CHoon-Guan as Chairman, Lim Peng-Siang as both Deputy Chairman and "
 "Managing Director, Seow Eng-Tin as Manager and Seow Poh-Leng continuing as pro. tem. Secretary. By this time the "
 "Board of Directors comprised, besides Choon-Guan, Peng-Siang, and Eng-Tin, Tan Jiak-Kim, Liao Chia-Heng, Tan "
 "Chay-Yan, Yeo Cheng-Hai, Dr. Lim Boon Keng, Teo Soon-Sian, Dr. S. C. Yin, Tau Siau-Cheng, Seow Eng-Tin, and Cheoh "
 "Cheng-Kee.[3]"]
KEPT["wp-ho-hong-bank"] = ("ho-hong-bank-ipfs.txt", HH)
R.append(wp("wp-ho-hong-bank", "Ho Hong Bank",
 "https://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq.ipfs.dweb.link/wiki/Ho_Hong_Bank.html",
 "\n\n".join(MARK.sub("", p) for p in HH),
 "banking (history)", ["history", "founders", "board of directors", "chairman", "managing director",
                       "company secretary", "merger"],
 "The article as an IPFS gateway's copy (ipfs.dweb.link, an IPFS snapshot of English Wikipedia) holds it in the page "
 "store (no revision id or date held; an older revision). Cut: the title line 'Ho Hong Bank', the section heading "
 "\"Ho Hong's roots: The Chinese Commercial Bank\" and the citation markers '[1]', '[2]', '[3]'; cut after '... "
 "Seow Eng-Tin, and Cheoh Cheng-Kee.', before the paragraph the excerpt breaks off in ('The first year of the bank (2 "
 "December 1912 \u2013 15 October 1913) had, ... $30,000 of which was moved to general r'; a cut at a paragraph "
 "end), so the bank's later history (its own founding year's story, its branches) is not in the text. Paragraphs "
 "joined with blank lines. No word added or changed. Kept as written: 'Oversea-Chinese Banking Corporation .' (a "
 "space before the stop), 'The temporary premises of the bank was', 'pro. tem. Secretary', 'Lim CHoon-Guan as "
 "Chairman' (a capital H, and 'Lim' where the meeting's chair and the first directors have 'Lee Choon Guan' and 'Lee "
 "Choon-Guan'), 'Liao Chia-Hong' beside 'Liao Chia-Heng', 'Tan Sian-Cheng' beside 'Tau Siau-Cheng', 'Seow Eng-Tin' "
 "twice in the board list, hyphenated and unhyphenated forms of the same names ('Lim Peng Siang', 'Lim Peng-Siang'; "
 "'Seow Poh Leng', 'Seow Poh-Leng'). 279 words. No outage told. Recorded CC BY-SA 3.0 (an IPFS snapshot taken before "
 "Wikimedia's move to 4.0 of June 2023; doubtful: no date held). Found at rank 2 (and rank 8, the same copy with its "
 "paragraph breaks, the one saved) of the query 'Ho Hong Bank Singapore history founded Lim Peng Siang merged OCBC "
 "1932 Wikipedia' (round 69l's lead list named Ho Hong Bank); liquisearch.com's 'Lim Peng Siang' (rank 1; a "
 "section of another article), the-uncensored-wiki.com's copy (rank 3; an old revision of seven lines and a "
 "timeline, with no officer named beside the founder), an unaddressed older revision (rank 4; on the bank run of "
 "1914, no address to record), alchetron.com (rank 5; the directors as a list with Chinese names, a site that "
 "rewrites), es.knowledger.de (rank 6; a Spanish machine translation) and kiwix.casplantje.nl's 2020 copy (rank 7; "
 "its excerpt breaks off before the officers' posts) not used. Ho Hong, Lim Peng Siang, Lim Boon Keng, Seow Poh, "
 "Chinese Commercial Bank, Lee Choon Guan: " + CHECKED + " (Ho Hong only in GATHERING.md's lead lists; Tan Kah Kee "
 "only in GATHERING.md; the Oversea-Chinese Banking Corporation (OCBC) only in a text on another matter, batch 34m's "
 "network of electronic transfers).",
 "non-US", v3=True, copy_of="the Wikipedia article, an IPFS snapshot at an ipfs.dweb.link gateway"))

# ---- banking, Hong Kong: Ka Wah Bank (en.wikipedia-on-ipfs.org) ----------------------------------------------------
KW = [
 "Ka Wah Bank Limited (Traditional Chinese: \u5609\u83ef\u9280\u884c\u6709\u9650\u516c\u53f8) (Former stock code: "
 "SEHK: 183) was a bank in Hong Kong. It was acquired by CITIC International Financial Holdings and renamed as CITIC "
 "Ka Wah Bank Limited (Traditional Chinese: \u4e2d\u4fe1\u5609\u83ef\u9280\u884c\u6709\u9650\u516c\u53f8)(In May "
 "2010, CITIC Ka Wah Bank Limited was renamed as CITIC Bank International Limited(Traditional Chinese: "
 "\u4e2d\u4fe1\u9280\u884c\u570b\u969b\u6709\u9650\u516c\u53f8)).",
 "1922: Ka Wah Ngan Ho (Traditional Chinese: \u5609\u83ef\u9280\u865f) was founded in Guangzhou by Dr. Lam Chi Fung, "
 "the founding president of Hong Kong Baptist College. Its name, Ka Wah, was derived from the names of Ka Nam Tong "
 "and Nam Wah Company.",
 "1924: Ka Wah Savings Bank Limited (Traditional Chinese: \u5609\u83ef\u5132\u84c4\u9280\u884c\u6709\u9650\u516c"
 "\u53f8) was founded in Hong Kong. Ka Wah Ngan Ho in Guangzhou then became Ka Wah Savings Bank Limited, Guangzhou "
 "Branch.",
 "1926: Ka Wah Savings Bank Limited was renamed as Ka Wah Bank Public Limited Company (Traditional Chinese: "
 "\u5609\u83ef\u9280\u884c\u516c\u773e\u6709\u9650\u516c\u53f8).",
 "1931: Shanghai branch was established.",
 "1935: Branches in Shanghai and Guangzhou were closed down.",
 "1945: It reopened in Hong Kong.",
 "1949: It was renamed as Ka Wah Bank Limited.",
 "1974: C.S. Low (Low Chung Song \u5218\u707f\u677e), a Singapore businessman and banker, led takeover of Ka Wah "
 "Bank in December 1974 from a group of U.S. investors. He became the bank's largest shareholder.",
 "1975: After C.S. Low assumed management of the bank, business expanded rapidly.[1]",
 "1980: It was listed on the Hong Kong Stock Exchange. Underwritten by Chase Manhattan Asia.",
 "1983: Between 1975 and 1983, the bank's net earnings rose by about 2,200%.[2]",
 "1986: Ka Wah Bank suffered from financial difficulties, and CITIC Group injected HK$350 million capital into the "
 "bank."]
KEPT["wp-ka-wah-bank"] = ("ka-wah-bank-ipfs.txt", KW)
R.append(wp("wp-ka-wah-bank", "Ka Wah Bank", "https://en.wikipedia-on-ipfs.org/wiki/Ka_Wah_Bank",
 "\n\n".join(MARK.sub("", p) for p in KW),
 "banking (history)", ["history", "founder", "renaming", "takeover", "listing", "acquisition"],
 "The article as en.wikipedia-on-ipfs.org (the IPFS mirror of English Wikipedia, an older snapshot) holds it in the "
 "page store (no revision id or date held). Cut: the title line 'Ka Wah Bank', the infobox lines between the lead "
 "and the History section ('Ka Wah Bank Limited', 'TypeListed company', 'IndustryFinance', 'Founded1923', "
 "'FounderDr. Lam Chi Fung', 'Defunct1998', 'HeadquartersHong Kong'), the heading 'History', the list bullets of the "
 "timeline (each dated item kept as a paragraph of its own) and the citation markers '[1]', '[2]'; cut after the "
 "item '1986: ... injected HK$350 million capital into the bank.', before the item the excerpt breaks off in ('1998: "
 "Ka Wah Bank was renamed as'; a cut at an item's end), so the renaming of 1998 and the bank's later history are "
 "only in the lead. Paragraphs joined with blank lines. No word added or changed. Kept as written: the Chinese names "
 "in brackets, '(Former stock code: SEHK: 183)', 'Limited (Traditional Chinese: ...)(In May 2010, ...' and "
 "'International Limited(Traditional Chinese:' (no spaces), 'renamed as', 'led takeover of Ka Wah Bank' (no "
 "article), 'Underwritten by Chase Manhattan Asia.' (a sentence without subject), 'HK$350 million'. 262 words (the "
 "Chinese names counted as written). No outage told: the closing of the Shanghai and Guangzhou branches in 1935 is no "
 "service disruption, and the financial difficulties of 1986 are no outage. Recorded CC BY-SA 3.0 (the IPFS "
 "snapshot predates Wikimedia's move to 4.0 of June 2023, as batches 25b-31i recorded this mirror; doubtful: no date "
 "held). Found at rank 5 of the query 'Kwong On Bank Hong Kong history founded chairman Sumitomo acquired "
 "Wikipedia' (Kwong On Bank itself not found; round 69l's lead list named Kwong On Bank); the other answers (a news "
 "rack, fact-index.com's stub on the Hang Seng Index, a blog's copy of the HSBC article, liquisearch.com's Bank of "
 "China Group section, finews.asia, en.wikipedia.org's 2021 Chong Hing Bank (taken by round 69l) and "
 "wiki-gateway.eudic.net's Wing Lung Bank (taken by round 69g)) not used. Ka Wah, Lam Chi Fung, C.S. Low, Low Chung "
 "Song: " + CHECKED + " (CITIC only in texts on other matters).",
 "non-US", v3=True, copy_of="the Wikipedia article, an older snapshot on the IPFS mirror"))


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
