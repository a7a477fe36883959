#!/usr/bin/env python3
"""Batch 62k (session 57; gatherer lane 62k): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e and 62d, turned to mid-size companies of continental Europe, Taiwan and Japan
(the lane of 62k: continental Europe, Scandinavia, Japan, Korea, Taiwan, Latin America or Africa; not the US, the
British Isles or the Commonwealth), new to the corpus: Blaupunkt, the German maker of car radios founded in Berlin in
1923 as Ideal, bought by Robert Bosch AG in 1933, Robert Bosch GmbH's subsidiary until its aftermarket branch and brand
passed to Aurelius AG on 1 March 2009, its Hildesheim headquarters and a Portuguese factory once under Philips/Grundig
(car audio, Germany); Korg, the Tokyo maker of electronic musical instruments founded in 1962 by Tsutomu Kato and
Tadashi Osanai as Keio Gijutsu Kenkyujo Ltd., later Keio Electronic Laboratories, its Vox brand and its first rhythm
machines, the Donca Matic DA-20 and DE-20 (musical instruments, Japan); and Tatung Company of Taipei, founded in 1918
by Shang-Zhi Lin as Xie Zhi Business Enterprise, later Tatung Iron Works and Tatung Steel and Machinery Manufacturing
Company, listed on the Taiwan Stock Exchange in 1962 and renamed Tatung Company in 1968 (electronics and appliances,
Taiwan).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): a Kiwix dump's copy of 'Blaupunkt' (wikipedia_en_all_nopic, served by Orange's Campus Africa
mirror; a revision of about 2016-2020), the unlabelled CloudFront host's copy of 'Korg' (a revision of 2024 by its
infobox's 'Founded1962; 62 years ago') and the 2017 IPFS snapshot's copy of 'Tatung Company'; each cut at a sentence
or paragraph end before the point where the excerpt breaks off (all `truncated`). Edits per item in `notes` (title
lines, infobox lines, image captions and sub-headings cut; no word added or changed); `verify()` checks every kept
paragraph against the saved excerpt (/tmp/gather63k/src), the markers ('[1]', ' [1]', '[edit]', '[ citation needed ]')
dropped and whitespace runs compared as one space, as batches 57g-62d did. No text tells an outage or a near-miss of
one. newskg (or any extractor) was not run on any text. A round of three: eleven queries, ten companies asked for,
three taken (round notes, /work/notes/gather63/62k.md; queries, /tmp/gather63k/src/queries.txt).
usage: batch62k.py [POOL_DIR] [--dry]   (default /tmp/gather63k/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather63k/pool"
SRC = "/tmp/gather63k/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-57 pools (/tmp/gather63*/pool) and in /work/notes/gather63/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', ' [2]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- car audio, Germany: Blaupunkt (a Kiwix dump's copy, a revision of about 2016-2020) -----------------------------
BLAUPUNKT = [
 "Blaupunkt GmbH is a German manufacturer of electronics equipment, noted for its home and car audio equipment. It was "
 "a 100% subsidiary of Robert Bosch GmbH until 1 March 2009, when its Aftermarket and Accessories branch including the "
 "brand name were sold to Aurelius AG of Germany for an undisclosed amount.[1] After a troublesome past and several "
 "changes in ownership and reorganizations it filed for bankruptcy in late 2015[2] with liquidation proceedings "
 "completed in early 2016.[3][4][5]",
 "Founded in 1923 in Berlin as \"Ideal,\"[6] the company was acquired by Robert Bosch AG in 1933.[7] In 1938 it "
 "changed its name to \"Blaupunkt\", German for \"blue point\" or \"blue dot\", after the blue dot painted onto its "
 "headphones that had passed quality control.",
 "After the Second World War, Blaupunkt moved its headquarters and production to the city of Hildesheim, but with an "
 "important factory in Portugal which specialised in producing car radio head units, this factory was formerly under "
 "Philips/Grundig ownership, producing the same. More recently, the majority of Blaupunkt products are manufactured "
 "overseas, with large manufacturing centers in Tunisia (speakers) and Malaysia (speakers and electronics). Since 2011 "
 "however, the entire lineup is Chinese sourced.",
 "In 1949, Blaupunkt advertised the first FM-capable car radio [8].",
 "By the 1960 and 1970s, Blaupunkt had become one of the leading German manufacturer for car radios and car audio "
 "equipment. In 1983, it began selling an in-dash CD player.[8]",
 "The 2011 take-over effectively left Blaupunkt as a managed brand name with all production outsourced to China, with "
 "virtually no 'Bosch era' products still under production."]
KEPT["wp-blaupunkt"] = ("blaupunkt-kiwix.txt", BLAUPUNKT)
R.append(wp("wp-blaupunkt", "Blaupunkt",
 "https://zims-en.kiwix.campusafrica.gos.orange.com/wikipedia_en_all_nopic/A/Blaupunkt",
 "\n\n".join(MARK.sub("", p) for p in BLAUPUNKT),
 "manufacturing/car audio", ["history", "ownership", "acquisition", "founding"],
 "The article as a Kiwix dump of English Wikipedia (wikipedia_en_all_nopic) served by Orange's Campus Africa mirror "
 "holds it in the page store (no date or revision id held; a revision of about 2016-2020 by its wording: its latest "
 "date is 'early 2016'; as batches 35l and 57s recorded this mirror's copies). Cut: the infobox lines between the "
 "lead and the history ('Blaupunkt GmbH' to 'ParentAurelius AG', with 'Key people' and 'Lars Placke, CEO', so Lars "
 "Placke and the infobox's parent are not in the text; cut as batches 57p-62d cut their infoboxes); the citation "
 "markers ('[1]' to '[8]', with the space before ' [8]'); cut after '... with virtually no 'Bosch era' products still "
 "under production.', before the sentence the excerpt breaks off in ('This actually caused a significant 'gap' in the "
 "product lineup, as under Bosch the former DAB car radio models contained a significant of 'original' and "
 "proprietary IC's', no full stop; `truncated`; a cut at a sentence end). The excerpt's double space in its first "
 "words ('Blaupunkt  GmbH is') is written as one. Paragraphs, one line each in the copy, joined with blank lines. No "
 "word added or changed. Kept as written: 'It was a 100% subsidiary of Robert Bosch GmbH until 1 March 2009, when its "
 "Aftermarket and Accessories branch including the brand name were sold to Aurelius AG of Germany for an undisclosed "
 "amount.', 'After a troublesome past and several changes in ownership and reorganizations it filed for bankruptcy in "
 "late 2015 with liquidation proceedings completed in early 2016.', 'Founded in 1923 in Berlin as \"Ideal,\" the "
 "company was acquired by Robert Bosch AG in 1933.' (the comma inside the quotation marks), 'After the Second World "
 "War, Blaupunkt moved ... , this factory was formerly under Philips/Grundig ownership, producing the same.' (a run-on "
 "sentence), 'Since 2011 however, the entire lineup is Chinese sourced.', 'In 1949, Blaupunkt advertised the first "
 "FM-capable car radio.' (the marker ' [8]' with its space dropped), 'By the 1960 and 1970s, Blaupunkt had become one "
 "of the leading German manufacturer for car radios' ('1960' for the 1960s; 'manufacturer' singular), 'The 2011 "
 "take-over effectively left Blaupunkt as a managed brand name'. 258 words. No outage and no near-miss of one told "
 "(the bankruptcy of 2015 is a business failure). Recorded CC BY-SA 3.0 (a revision of about 2016-2020, before "
 "Wikimedia's move to 4.0 of June 2023; doubtful: undated, as batches 35l and 57s recorded this mirror's 'Debswana' "
 "and 'Karl Storz SE'). Found at rank 2 of the query 'Blaupunkt GmbH German manufacturer car radios Hildesheim Ideal "
 "Robert Bosch GmbH Aurelius From Wikipedia' (batch 62d's lead); cryptomuseum.com (ranks 1 and 4; its own history, no "
 "open licence stated), twice.com (news), de.zxc.wiki (a machine translation of German Wikipedia), a German blog, "
 "brandslex.de and desv.xcv.wiki not used. Blaupunkt, Aurelius, Ideal Radio, Hildesheim, Lars Placke: " + CHECKED +
 " (Blaupunkt, Aurelius and Lars Placke only in GATHERING.md's lead and not-used lists; Robert Bosch GmbH, Philips and "
 "Grundig are parties of other corpus texts, other matters).",
 "non-US", v3=True, copy_of="the Wikipedia article, via a Kiwix dump of English Wikipedia (wikipedia_en_all_nopic)"))

# ---- musical instruments, Japan: Korg (the CloudFront host's copy, a revision of 2024) ------------------------------
KORG = [
 "KORG Inc. (Japanese: \u682a\u5f0f\u4f1a\u793e\u30b3\u30eb\u30b0, Hepburn: Kabushiki-gaisha Korugu), founded as Keio "
 "Electronic Laboratories, is a Japanese multinational corporation that manufactures electronic musical instruments, "
 "audio processors and guitar pedals, recording equipment, and electronic tuners. Under the Vox brand name, they also "
 "manufacture guitar amplifiers and electric guitars.",
 "KORG was founded in 1962 in Tokyo by Tsutomu Kato and Tadashi Osanai as Keio Gijutsu Kenkyujo Ltd..[1][2] It later "
 "became Keio Electronic Laboratories (\u4eac\u738b\u6280\u8853\u7814\u7a76\u6240) because its offices were located "
 "near the Keio train line in Tokyo and Keio can be formed by combining the first letters of Kato and Osanai. Before "
 "founding the company, Kato ran a nightclub. Osanai, a Tokyo University graduate and noted accordionist, regularly "
 "performed at Kato's club accompanied by a Wurlitzer Sideman rhythm machine. Dissatisfied with the rhythm machine, "
 "Osanai convinced Kato to finance his efforts to build a better one.[3][4]",
 "The company's first product was an electro-mechanical rhythm device, the Disc Rotary Electric Auto Rhythm machine, "
 "Donca Matic DA-20, released in 1963.[2] The name \"Donca\" was an onomatopoeic reference to the sound the rhythm "
 "machine made. Buoyed by the success of the DA-20, Keio released a solid-state version of the Rhythm machine, the "
 "Donca matic DE-20, in 1966.",
 "In 1967, Kato was approached by Fumio Mieda, an engineer seeking to build keyboards. Impressed with Mieda's "
 "enthusiasm, Kato asked him to build a prototype, and 18 months later Mieda returned with a programmable organ."]
KEPT["wp-korg"] = ("korg-cloudfront.txt", KORG)
R.append(wp("wp-korg", "Korg", "https://db0nus869y26v.cloudfront.net/en/Korg",
 "\n\n".join(MARK.sub("", p) for p in KORG),
 "manufacturing/musical instruments", ["history", "founding", "products"],
 "The article as the unlabelled CloudFront host's copy holds it in the page store (db0nus869y26v.cloudfront.net, the "
 "copy batches 27e, 31d and 60k looked at or took texts from; no revision id held; a revision of 2024 by its infobox's "
 "'Founded1962; 62 years ago (1962)'). Cut: the infobox lines at the head of the excerpt ('Native name' to "
 "'Websitewww.korg.com Edit this at Wikidata', with the founders' names and 'HeadquartersInagi, Tokyo, Japan', so "
 "Inagi is not in the text); two image captions between the lead and the history ('Donca-Matic DA-20 (1963)' and "
 "'Tuning of S\u00e9bastien \u00c9rard harp using KORG OT-120 Wide 8 Octave Orchestral Digital Tuner'); the citation "
 "markers ('[1][2]', '[3][4]', '[2]'); the excerpt ends at '... Mieda returned with a programmable organ.' (a sentence "
 "end; the article goes on, so `truncated`), so the KORG organ name, the firm's later names and its later purchases "
 "are not in the text. The copy has no headings in this excerpt. Paragraphs, one line each in the copy, joined with "
 "blank lines. No word added or changed. Kept as written: 'KORG Inc. (Japanese: \u682a\u5f0f\u4f1a\u793e\u30b3\u30eb"
 "\u30b0, Hepburn: Kabushiki-gaisha Korugu), founded as Keio Electronic Laboratories, is a Japanese multinational "
 "corporation ...', 'Under the Vox brand name, they also manufacture guitar amplifiers and electric guitars.', 'KORG "
 "was founded in 1962 in Tokyo by Tsutomu Kato and Tadashi Osanai as Keio Gijutsu Kenkyujo Ltd..' (two full stops), "
 "'It later became Keio Electronic Laboratories (\u4eac\u738b\u6280\u8853\u7814\u7a76\u6240) because ...', 'the Disc "
 "Rotary Electric Auto Rhythm machine, Donca Matic DA-20' and 'the Donca matic DE-20' (the capitals as written), 'a "
 "solid-state version of the Rhythm machine' (a capital R). 234 words. No outage and no near-miss of one told. "
 "Recorded CC BY-SA 4.0 (a revision of 2024; doubtful: no revision id, an unlabelled mirror, as batch 60k's "
 "'NorthPoint Communications' recorded it). Found at rank 4 of the query 'Korg Inc. Japanese multinational electronic "
 "musical instruments Keio Electronic Laboratories Tsutomu Katoh Yamaha majority stake Marantz Vox'; en.wikipedia.org's "
 "own '= Korg =' rendering (rank 1; its lead and one history sentence drop the Japanese-name template: ', founded as "
 "Keio Electronic Laboratories, is ...', 'It later became because ...'), progressiveaxleradio.com (ranks 2 and 3; the "
 "article's words without a licence line), liquisearch.com's 'Korg - History' (rank 7; an older wording), midi.org, "
 "sweetwater.com and keyboardmag.com not used. Korg, Osanai, Fumio Mieda, Donca: " + CHECKED + " (Korg only in "
 "GATHERING.md's lead and not-used lists; Keio in two biographies' 'Keio University', another matter).",
 "non-US", copy_of="the Wikipedia article, via an unlabelled CloudFront host's copy"))

# ---- electronics and appliances, Taiwan: Tatung Company (the 2017 IPFS snapshot's copy) -----------------------------
TATUNG = [
 "Tatung Company (TWSE: 2371) (Tatung; Chinese: \u5927\u540c\u80a1\u4efd\u6709\u9650\u516c\u53f8; pinyin: D\u00e0t\u00f3ng "
 "G\u01d4f\u00e8n Y\u01d2uxi\u00e0n G\u014dngs\u012b) is a multinational corporation established in 1918[1] and "
 "headquartered in Zhongshan, Taipei, Taiwan.[2]",
 "Established in 1918 and headquartered in Taipei, Tatung Company holds 3 business groups, which include 8 business "
 "units such as Industrial Appliance BU, Motor BU, Wire & Cable BU, Solar BU, Smart Meter BU, System Integration BU, "
 "Appliance BU, and Advanced Electronics BU. As a conglomerate, Tatung's investees involve in some major industries such "
 "as optoelectronics, energy, system integration, industrial system, branding retail channel, and asset development.",
 "Xie Zhi Business Enterprise, the forerunner of Tatung Company, was esablished in 1918 by Shang-Zhi Lin. It was "
 "involved in high profile construction projects, including the Tamsui River embankment project and the Executive Yuan "
 "building.[3]",
 "In 1939, Tatung Iron Works was established as the company ventured into iron and steel manufacturing. Following the "
 "arrival of the ROC administration in 1945, Tatung Iron Works was renamed to Tatung Steel and Machinery Manufacturing "
 "Company.) The company began mass production of electrical motors and appliances 10 years later in 1949.[3]",
 "In 1962 the company became publicly listed on the Taiwan Stock Exchange, and was renamed to Tatung Company in 1968. A "
 "year later, Tatung began production of color TVs, and adopted the \"Tatung Boy\" mascot, which became a Taiwanese "
 "cultural symbol.[4][3]"]
KEPT["wp-tatung"] = ("tatung-ipfs.txt", TATUNG)
R.append(wp("wp-tatung", "Tatung Company",
 "https://bafybeiaysi4s6lnjev27ln5icwm6tueaw2vdykrtjkwiphwekaywqhcjze.ipfs.dweb.link/wiki/Tatung_Company",
 "\n\n".join(MARK.sub("", p) for p in TATUNG),
 "manufacturing/electronics and appliances", ["history", "founding", "listing"],
 "The article as the IPFS snapshot of English Wikipedia holds it in the page store (the 2017 snapshot batches 25b, 26c, 30b "
 "and 62h took copies from, here under a dweb.link gateway; no revision id held). Cut: the title line 'Tatung "
 "Company'; the infobox table between the lead and the first section ('Type | Public (TWSE: 2371) since 1962-02-09 |' "
 "to 'Website | www.tatung.com |', with its revenue line, so 1962-02-09 and the revenue figures are not in the text); "
 "the sub-headings 'Description' and 'History'; the citation markers ('[1]', '[2]', '[3]', '[4][3]'); the 'Timeline' "
 "heading and its items from '1970 Revenues exceeded NT$2.2 billion, ...' on, where the excerpt breaks off ('1972 W. "
 "S. Lin, the grandson of Shang-Zhi Li'; `truncated`; a cut at a paragraph end before a heading), so W. S. Lin is not "
 "in the text. Paragraphs, one line each in the copy, joined with blank lines. No word added or changed. Kept as "
 "written: 'Tatung Company (TWSE: 2371) (Tatung; Chinese: \u5927\u540c\u80a1\u4efd\u6709\u9650\u516c\u53f8; pinyin: "
 "D\u00e0t\u00f3ng G\u01d4f\u00e8n Y\u01d2uxi\u00e0n G\u014dngs\u012b) is a multinational corporation established in "
 "1918 and headquartered in Zhongshan, Taipei, Taiwan.', 'Tatung Company holds 3 business groups, which include 8 "
 "business units such as Industrial Appliance BU, ...', \"Tatung's investees involve in some major industries\", "
 "'Xie Zhi Business Enterprise, the forerunner of Tatung Company, was esablished in 1918 by Shang-Zhi Lin.' (the "
 "misspelling 'esablished'), 'high profile construction projects', 'Tatung Iron Works was renamed to Tatung Steel and "
 "Machinery Manufacturing Company.)' (a stray closing bracket), 'The company began mass production of electrical "
 "motors and appliances 10 years later in 1949.', 'In 1962 the company became publicly listed on the Taiwan Stock "
 "Exchange, and was renamed to Tatung Company in 1968.', 'A year later, Tatung began production of color TVs'. 220 "
 "words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (the 2017 snapshot, before Wikimedia's move "
 "to 4.0 of June 2023; as batches 26c and 30b recorded their IPFS copies; doubtful: no revision id). Found at rank 1 of the "
 "query 'Tatung Company Taiwanese multinational founded 1918 Lin Shang-chih Lin Ting-sheng chairman Chunghwa Picture "
 "Tubes subsidiary Wikipedia'; topics.amcham.com.tw and the Taipei Times (news of the 2020 board fight), an "
 "encyclopedia.com load-balancer copy and referenceforbusiness.com (the International Directory of Company Histories, "
 "copyrighted) not used. Tatung, Shang-Zhi, Xie Zhi: " + CHECKED + ".",
 "non-US", v3=True, copy_of="the Wikipedia article, via the IPFS snapshot of English Wikipedia"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[edit]', '[ citation needed ]'), whitespace
    runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|edit|citation needed)\s*\]", "", s).split())


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
