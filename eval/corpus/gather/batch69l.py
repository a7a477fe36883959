#!/usr/bin/env python3
"""Batch 69l (session 63; gatherer lane 69l): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n, 65b-65r, 66a-66p, 67a-67ac and 68a-68ad, on a Hong Kong bank of Shanghai descent, a
Hong Kong family bank and a Canadian candy maker, new to the corpus: Chekiang First Bank, incorporated in Hong Kong in
1950 by Li Ming, its line traced to the Chekiang Provincial and Industrial Bank of Hangzhou (1907) and the Chekiang
Industrial Bank of Shanghai (1923, Li Ming its director), Dai-Ichi Kangyo Bank's stake of 30% (1962) raised to 95%,
acquired by Wing Hang Bank in 2003 and merged to it in 2004 (banking, Hong Kong); Chong Hing Bank, founded as Liu Chong
Hing Bank in 1948 by Liu Po-shan, its bank run of June 1961 (managing director Liu Po-sang), spun off from its parent
Liu Chong Hing Investment in 1994, acquired by the Yue Xiu Group in 2014 (banking, Hong Kong); and Ganong Bros.,
Limited, Canada's oldest candy company, founded by James and Gilbert Ganong in 1873 in St. Stephen, New Brunswick,
supplier of Laura Secord stores, maker of the "Pal-o-Mine" bar, buyer of the bankrupt White Candy Company in 1911
(confectionery, Canada).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's own '= Title =' rendering of 'Chekiang First Bank' (undated, recent),
wikimili.com's copy of 'Chong Hing Bank' (undated, recent: '76 years ago (1948)') and gateway.ipfs.cybernode.ai's copy
of the IPFS snapshot of English Wikipedia (QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco, of 2016-2017) of 'Ganong
Bros.'; each cut at a paragraph or sentence end at or before the point where the excerpt ends (about 1,300-2,000
characters). Edits per item in `notes` (title lines, infobox lines, section headings and citation markers cut; no word
added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather69l/src), the markers
('[1]', ' [1]') dropped and whitespace runs compared as one space, as batches 57g-69g did.
No text tells an outage (one near-miss: Chong Hing Bank's bank run of 1961, a run on deposits, no service lost).
newskg (or any extractor) was not run on any text. A round of three: five queries, five companies asked for by name,
three taken (round notes /tmp/gather69l/NOTES.md; queries /tmp/gather69l/src/queries.txt; claims
/work/notes/gather69/CLAIMS.txt).
usage: batch69l.py [POOL_DIR] [--dry]   (default /tmp/gather69l/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69l/pool"
SRC = "/tmp/gather69l/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-63 pools "
           "(/tmp/gather69*/pool) and in /work/notes/gather69/CLAIMS.txt as it stood when checked (`grep -ril`, file "
           "names only); GATHERING.md only in earlier rounds' lead lists")
# a citation marker ('[1]', ' [1]', '[citation needed]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- banking, Hong Kong: Chekiang First Bank (en.wikipedia.org's '= Title =' rendering) -----------------------------
CF = [
 "Chekiang First Bank was a bank in Hong Kong incorporated in 1950 by Li Ming. It is now merged to Wing Hang Bank. At "
 "the time of the merger with Wing Hang, Chekiang First Bank had 17 branches in Hong Kong, a wholly owned subsidiary in "
 "Luxembourg, an agency in San Francisco, and a representative office in Shanghai. As of 31 December 2002, Chekiang "
 "First had total assets of HK$27.8 billion. Wing Hang subsequent re-branded all services under the Wing Hang brand.",
 "- 1907: Founded under the name Chekiang Provincial and Industrial Bank, with headquarters in Hangzhou.\n"
 "- 1911: Restructured as Chekiang Bank of the Republic of China ().\n"
 "- 1912: Restructured as the Chekiang Provincial and Industrial Bank ().\n"
 "- 1923: Li Ming converted the bank's Shanghai branch into the Chekiang Industrial Bank (), with headquarters in "
 "Shanghai, and became its director.\n"
 "- 1948: Restructured as Chekiang First Bank.\n"
 "- 1950: Re-established in Hong Kong as Chekiang First Bank of Commerce ().\n"
 "- 1962: Japan's Dai-Ichi Kangyo Bank (now the Mizuho Corporate Bank), acquired a 30% stake in the bank, a stake that "
 "eventually it increased to 95%.\n"
 "- 2003: Acquired by Wing Hang Bank.\n"
 "- 2004: Merged to Wing Hang Bank."]
KEPT["wp-chekiang-first-bank"] = ("chekiang-enwiki.txt", CF)
R.append(wp("wp-chekiang-first-bank", "Chekiang First Bank", "https://en.wikipedia.org/wiki/Chekiang_First_Bank",
 "\n\n".join(MARK.sub("", p) for p in CF),
 "finance/banking", ["history", "founding", "former names", "director", "stake", "acquisition", "merger"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id held; "
 "undated, a recent rendering, recorded 4.0 as batches 58p-69g recorded their en.wikipedia.org renderings; doubtful: "
 "no revision id). Cut: the title line '= Chekiang First Bank ='; the infobox lines between the title and the lead "
 "('Chekiang First Bank', '- Formation: 1907', '- Dissolved: 2004', '- Type: Bank', '- Location: HKG'); the heading "
 "'== History =='. The excerpt ends with the list's last item (nothing broken off). No citation markers in this "
 "rendering. The lead as one paragraph; the history list kept as the rendering sets it, one item a line with its '- ' "
 "and its year, the list set apart from the lead by a blank line. No word added or changed. Kept as written: "
 "'incorporated in 1950 by Li Ming', 'It is now merged to Wing Hang Bank', 'a wholly owned subsidiary in Luxembourg' "
 "(unnamed), 'Wing Hang subsequent re-branded all services' ('subsequent' as the article has it), the empty brackets "
 "'()' after 'Chekiang Bank of the Republic of China', 'the Chekiang Provincial and Industrial Bank', 'the Chekiang "
 "Industrial Bank' and 'Chekiang First Bank of Commerce' (this rendering drops the Chinese names the article gives "
 "there; the azureedge.net copy at rank 2 of the same query keeps them), '1923: Li Ming converted the bank's Shanghai "
 "branch ... and became its director', \"Japan's Dai-Ichi Kangyo Bank (now the Mizuho Corporate Bank), acquired a 30% "
 "stake\" (the comma before 'acquired' as written), '2003: Acquired by Wing Hang Bank.', '2004: Merged to Wing Hang "
 "Bank.'. 203 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a recent rendering; doubtful, "
 "undated). Found at rank 8 of the query 'Wing Hang Bank history founded Guangzhou 1937 Irving Trust Chekiang First "
 "Bank Wikipedia' (round 69g's lead: Wing Hang Bank and Chekiang First Bank as histories of their own); cryer.org.uk "
 "(rank 1; the lead only), hessslslslsls.azureedge.net (rank 2; a proxy copy of the same revision with the Chinese "
 "names and '[edit]' links; a mirror host of no stated standing, the en.wikipedia.org rendering preferred), "
 "en-academic.com (rank 3; the Wing Hang Bank article of about 2005, words run together where links stood), an "
 "unaddressed Wing Hang Bank copy (rank 4; no address to record), wiki-gateway.eudic.net and liquisearch.com (ranks "
 "5, 6; Wing Lung Bank, round 69g's dev text) and wodefinance.com (rank 7; not Wikipedia) not used. Chekiang, Li Ming, "
 "Dai-Ichi Kangyo, Hangzhou: " + CHECKED + " ('Wing Hang' only in the notes of round 69g's Wing Lung Bank record, as "
 "copies seen of another bank; 'Mizuho' in texts on other matters).",
 "non-US", v3=False, copy_of="the Wikipedia article"))

# ---- banking, Hong Kong: Chong Hing Bank (wikimili.com's copy) ------------------------------------------------------
CH = [
 "Chong Hing Bank is a bank founded in Hong Kong in 1948. It is headquartered in Central, while the back offices are "
 "located in Western District and Mong Kok. It was owned by the Liu family of Hong Kong until it was acquired by the "
 "Chinese state-owned Yue Xiu Group in 2014.",
 "The bank was founded as Liu Chong Hing Bank in Hong Kong in 1948 by Liu Po-shan (\u5ed6\u5bf6\u73ca), who migrated "
 "to Hong Kong from Chiuchow shortly before the Japanese occupation of the territory began in 1942. He entered the "
 "property business and subsequently banking in 1948, working from an office on Wing Lok Street in Western. In 1955 "
 "the company became a savings bank with branches. [1]",
 "It suffered a bank run for several days from 14 June 1961, which managing director Liu Po-sang blamed on "
 "\"malicious rumours by rivals\". The rumours said that the bank was under police investigation. [2] The panic "
 "partially subsided by 17 June 1961 after the Hong Kong Police affirmed that there was no such investigation and "
 "after the Chartered Bank and the Hongkong and Shanghai Banking Corporation released a joint statement attesting to "
 "the bank's integrity. [3] Some of Liu's sons \u2013 including Liu Lit-mo, Liu Lit-man, and Liu Lit-for \u2013 helped "
 "the bank weather the crisis. [4] The elder Liu died on 23 July 1961 at the age of 61. [5]",
 "In 1972, the bank had nine branches and assets of HK$372 million. [6] It had grown to 19 branches by 1978. [7] Liu "
 "Chong Hing Bank was spun off from its parent Liu Chong Hing Investment in 1994."]
KEPT["wp-chong-hing-bank"] = ("chong-hing-wikimili.txt", CH)
R.append(wp("wp-chong-hing-bank", "Chong Hing Bank", "https://wikimili.com/en/Chong_Hing_Bank",
 "\n\n".join(MARK.sub("", p) for p in CH),
 "finance/banking", ["history", "founding", "founder", "managing director", "bank run", "spin-off", "acquisition"],
 "The article as wikimili.com's copy holds it in the page store (undated; its infobox's 'Founded1948;76 years ago "
 "(1948)' dates the copy to 2024-2025, after Wikimedia's June 2023 move to CC BY-SA 4.0; recorded 4.0). Cut: the title "
 "line 'Chong Hing Bank', 'Last updated'; the infobox lines between them and the lead ('Chong Hing Bank', "
 "'FormerlyLiu Chong Hing Bank' to 'Website chbank.com', with 'FounderLiu family', 'Headquarters24 Des Voeux Road "
 "Central, Central, Hong Kong', the key people Zhang Zhaoxing (Chairman), Zong Jianxin (Deputy Chairman and Chief "
 "Executive) and Lau Wai Man (Deputy Chief Executive) and the Chinese names, so none of these is in the text); "
 "'Contents' and the heading 'History'; the citation markers (' [1]' to ' [7]', with the space before each); cut after "
 "'... spun off from its parent Liu Chong Hing Investment in 1994.', before the sentence the excerpt breaks off in "
 "('The Liu family is split up into '; a cut at a sentence end), so the family's later split and COSCO's holding are "
 "not in the text. Paragraphs as the copy sets them apart (blank lines). No word added or changed. Kept as written: "
 "'Chong Hing Bank is a bank founded in Hong Kong in 1948', 'Western District and Mong Kok', 'It was owned by the Liu "
 "family of Hong Kong until it was acquired by the Chinese state-owned Yue Xiu Group in 2014', 'founded as Liu Chong "
 "Hing Bank in Hong Kong in 1948 by Liu Po-shan (\u5ed6\u5bf6\u73ca)' (the Chinese name kept), 'from Chiuchow', 'an "
 "office on Wing Lok Street in Western', 'which managing director Liu Po-sang blamed on \"malicious rumours by "
 "rivals\"' ('Liu Po-sang' as written, beside the founder's 'Liu Po-shan'), 'the Chartered Bank and the Hongkong and "
 "Shanghai Banking Corporation released a joint statement', \"Some of Liu's sons \u2013 including Liu Lit-mo, Liu "
 "Lit-man, and Liu Lit-for \u2013\" (en dashes), 'The elder Liu died on 23 July 1961 at the age of 61', 'HK$372 "
 "million', 'spun off from its parent Liu Chong Hing Investment in 1994'. 261 words. No outage told; one near-miss: "
 "the bank run of 14-17 June 1961 (depositors' panic, no service said to be lost; GUIDELINES, Outages). Recorded CC BY-SA "
 "4.0 (a copy of 2024-2025; doubtful, undated). Found at rank 1 of the query 'Liu Chong Hing Bank history founded Liu "
 "Po Shan Hong Kong acquired Wikipedia' (the leads of rounds 68x and 69g: Liu Chong Hing Bank unsearched); "
 "en.wikipedia.org's revision 999232467 of 9 January 2021 (rank 2; the same paragraphs, its excerpt breaking off "
 "earlier, at '... and Hongkong and'), de.knowledgr.com, finance.wiki and de.wikial.top (ranks 3, 4, 7; German), "
 "fact-index.com and wopular.com (ranks 5, 6; not this bank) and chinadaily.com.cn (rank 8; a news story) not used. "
 "Chong Hing, Liu Po-shan, Liu Po-sang, Yue Xiu, Yuexiu, Liu Lit, Wing Lok: " + CHECKED + " ('Hongkong and Shanghai "
 "Banking Corporation', 'Chartered Bank' and 'Mong Kok' in texts on other matters).",
 "non-US", v3=False, copy_of="the Wikipedia article, via wikimili.com's copy"))

# ---- confectionery, Canada: Ganong Bros. (the IPFS snapshot of 2016-2017) -------------------------------------------
GB = [
 "Ganong Bros., Limited is Canada's oldest candy company. It was founded by James and Gilbert Ganong in 1873 in St. "
 "Stephen, New Brunswick, where it remains. Primarily a producer of boxed chocolates, it now provides many chocolates "
 "for Laura Secord stores.",
 "The Ganongs were descendants of Huguenots who fled persecution in France and emigrated to New Amsterdam in the "
 "second half of the 17th century, the family name \"Ganong\" is a corruption of the original French language name, "
 "\"Guenon\".",
 "Ganong Bros.' Limited has been one of the Canadian chocolate industry's most important companies. Arthur Ganong was "
 "the first to make any sort of a wrapped chocolate bar; Ganong began selling the first chocolate bars in 1910. In "
 "1920 they began using the brand name \"Pal-o-Mine\" for their chocolate bar.",
 "The company also was the first to introduce a heart-shaped box of chocolates in North America. The heart-shaped "
 "boxes were originally used for presents over the Christmas season before it also succeeded around Valentine's "
 "Day.[1]",
 "In 1911, Ganong Bros. purchased the bankrupt White Candy Company in Saint John, New Brunswick and operated a factory "
 "there until 1931.",
 "In 2008, for the first time in its history, Ganong selected a president and CEO from outside the family."]
KEPT["wp-ganong-bros"] = ("ganong-ipfs.txt", GB)
R.append(wp("wp-ganong-bros", "Ganong Bros.",
 "https://gateway.ipfs.cybernode.ai/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Ganong_Bros..html",
 "\n\n".join(MARK.sub("", p) for p in GB),
 "food/confectionery", ["history", "founding", "founders", "products", "supplier", "acquisition", "executives"],
 "The article as gateway.ipfs.cybernode.ai serves the IPFS snapshot of English Wikipedia (hash "
 "QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco, the Kiwix dump of 2016-2017 that batches 25b, 26c, 30b and 35d "
 "used) in the page store; recorded CC BY-SA 3.0 (before Wikimedia's June 2023 move to 4.0). Cut: the title line "
 "'Ganong Bros.'; the infobox lines between the title and the lead ('Ganong Bros., Limited', 'Privately held "
 "company', 'Founded 1873' to 'Website http://www.ganong.com/', with 'Founder Gilbert W. Ganong & James H. Ganong', "
 "'Headquarters One Chocolate Drive', the offices in Moncton, Toronto and Vancouver and the key people David A. "
 "Ganong, David Pigott and Marc Lefebvre, so the founders' full names, the offices and the key people are not in the "
 "text); the three image captions ('The old Ganong factory has become the Chocolate Museum, ...', 'The new Ganong "
 "factory opened in 1990, ...', 'The new factory as it appeared in 2006'); the headings 'History' and 'Today'; the "
 "citation marker '[1]'; cut after 'In 2008, for the first time in its history, Ganong selected a president and CEO "
 "from outside the family.', before the sentence the excerpt breaks off in ('Doug Ettinger, who had been a senior "
 "executive in the food industry for 20 years, was approv'; a cut at a sentence end), so the new president and CEO's "
 "name is not in the text. Paragraphs as the copy sets them apart (blank lines). No word added or changed. Kept as "
 "written: 'Ganong Bros., Limited is Canada's oldest candy company', 'It was founded by James and Gilbert Ganong in "
 "1873 in St. Stephen, New Brunswick', 'it now provides many chocolates for Laura Secord stores', 'in the second half "
 "of the 17th century, the family name \"Ganong\" is a corruption' (a comma splice, as the article has it), \"Ganong "
 "Bros.' Limited has been\" (the apostrophe after 'Bros.' as written), 'Arthur Ganong was the first to make any sort "
 "of a wrapped chocolate bar', 'the brand name \"Pal-o-Mine\"', 'before it also succeeded around Valentine's Day', "
 "'purchased the bankrupt White Candy Company in Saint John, New Brunswick and operated a factory there until 1931', "
 "'Ganong selected a president and CEO from outside the family'. 205 words. No outage and no near-miss of one told. "
 "Found at rank 8 of the query 'Ganong Bros. chocolate company history founded James Ganong Gilbert Ganong St. "
 "Stephen New Brunswick Wikipedia' (the leads of rounds 68x and 69g: Ganong Bros. unsearched); theinfolist.com (rank "
 "1; link glosses run into the text), mynewbrunswick.ca (rank 2; a tourism page, not Wikipedia), librefind.wikis.cc "
 "(rank 3; the lead only), epe.lac-bac.gc.ca (rank 4; a Canadian heritage essay, not Wikipedia), wikisum.wiki (ranks 5, "
 "7; an AI summary) and wikimili.com (rank 6; a later revision, undated, its excerpt breaking off after the White "
 "Candy Company sentence, without the 2008 sentence) not used. Ganong, White Candy, Pal-o-Mine, Doug Ettinger: "
 + CHECKED + " ('Laura Secord' in batch 68x's text on another matter, the chocolatier).",
 "non-US", v3=True,
 copy_of="the Wikipedia article, the 2016-2017 IPFS snapshot, via gateway.ipfs.cybernode.ai"))


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
