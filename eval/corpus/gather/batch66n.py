#!/usr/bin/env python3
"""Batch 66n (session 60; gatherer lane 66n): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n, 65b-65r and 66a-66m, on a Singapore conglomerate, a Far East merchant house and a
Hong Kong dockyard company, new to the corpus: Fraser and Neave, Limited, the Singapore food, beverage, brewing,
property and publishing conglomerate, formed in 1883 as the Singapore and Straits Aerated Water Company by John Fraser
and David Chalmers Neave beside their printing business (the Singapore and Straits Printing Office), the two businesses
sold in 1898 to the new public company Fraser & Neave, its 1931 joint venture with Heineken, Malayan Breweries Limited,
maker of Tiger Beer, which later bought Archipelago Brewery, maker of Anchor Beer (conglomerate, Singapore); Dodwell &
Co., the British merchant house of China and Japan, its forerunner W.R. Adamson and Company set up in 1858 by William R.
Adamson, renamed Adamson, Bell and Company in 1867 when Frederick Hayley Bell joined it, its shipping clerk of 1872
George Benjamin Dodwell and the agency he secured in 1887 for the Canadian Pacific Railway's ships (trading, Hong Kong
and Shanghai); and the Hong Kong and Whampoa Dock Company, founded in 1863 by Douglas Lapraik and Thomas Sutherland,
controlled in the mid-1960s by Douglas Clague through Hutchison International, which Li Ka Shing's Cheung Kong Holdings
bought, and whose dockyard operations merged with Swire's Taikoo Dockyard into Hong Kong United Dockyard (shipbuilding
and repair, Hong Kong).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's older rendering of 'Fraser and Neave' (the 'Jump to: navigation, search'
skin, its infobox naming ThaiBev as owner: a revision of 2013-2017), piglix.com's copy of 'Dodwell & Co.' (undated, an
older revision) and en.wikipedia.org's rendering of 'Hong Kong and Whampoa Dock' (the 'Jump to navigation Jump to
search' skin of 2018-2021); each cut at a paragraph or sentence end before the point where the excerpt breaks off or
the copy stops (all `truncated`). Edits per item in `notes` (title lines, page chrome, infobox lines, image captions,
headings and citation markers cut; no word added or changed); `verify()` checks every kept paragraph against the saved
excerpt (/tmp/gather67n/src), the markers ('[1]', '[citation needed]') dropped and whitespace runs compared as one
space, as batches 57g-65i did. No text tells an outage. newskg (or any extractor) was not run on any text. A round of
three: ten queries, ten companies asked for, three taken (round notes, /work/notes/gather67/66n.md; queries,
/tmp/gather67n/src/queries.txt).
usage: batch66n.py [POOL_DIR] [--dry]   (default /tmp/gather67n/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather67n/pool"
SRC = "/tmp/gather67n/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-60 pools (/tmp/gather67*/pool) and in /work/notes/gather67/CLAIMS.txt as it stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', '[citation needed]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- conglomerate, Singapore: Fraser and Neave (en.wikipedia.org's older rendering, 2013-2017) -----------------------
FN = [
 "Fraser and Neave, Limited (F&N, Chinese: \u661f\u72ee\u96c6\u56e2; pinyin: X\u012bngsh\u012b J\u00edtu\u00e1n) is a food "
 "and beverage, brewing, property and publishing industries conglomerate in Singapore.",
 "Listed in Singapore, the group\u2019s subsidiaries and associated companies include Frasers Centrepoint, Asia Pacific "
 "Breweries and Times Publishing. As of 2011, F&N had total assets of over S$14 billion and employed over 17,000 "
 "people in 20 countries.[2]",
 "The company (Singapore and Straits Aerated Water Company) was formed in 1883 by John Fraser and David Chalmers "
 "Neave, who diversified from their printing business (Singapore and Straits Printing Office) to pioneer the aerated "
 "water business in Southeast Asia in 1883.",
 "In 1898, a new public company was formed and the two businesses were sold to the new company, named Fraser & Neave "
 "(F&N), for $290,000 in cash and shares.[3]",
 "In 1931, Fraser & Neave formed a joint venture with Holland\u2019s Heineken to venture into the brewing business. The "
 "brewery, Malayan Breweries Limited produced Tiger Beer, and later acquired Archipelago Brewery, which produced Anchor "
 "Beer.[4]"]
KEPT["wp-fraser-and-neave"] = ("fraser-and-neave-enwiki.txt", FN)
R.append(wp("wp-fraser-and-neave", "Fraser and Neave", "http://en.wikipedia.org/wiki/Fraser_and_Neave",
 "\n\n".join(MARK.sub("", p) for p in FN),
 "conglomerate/food, beverage and brewing", ["history", "founding", "public company", "joint venture", "brewery",
                                             "acquisition", "subsidiaries"],
 "The article as en.wikipedia.org renders it in the page store (no revision id held; an older rendering in the 'From "
 "Wikipedia, the free encyclopedia / Jump to: navigation, search' skin, used until about 2017, whose infobox reads "
 "'Key people Charoen Sirivadhanabhakdi, Chairman' and 'Owners ThaiBev' with figures of March 2011: a revision of "
 "2013-2017). Cut: the title line 'Fraser and Neave', the chrome lines 'From Wikipedia, the free encyclopedia' and "
 "'Jump to: navigation, search'; the infobox lines ('Fraser and Neave', 'Type Public', 'Traded as SGX: F99', "
 "'Industry Conglomerate', 'Founded 1883 (as Singapore and Straits Aerated Water Company)', 'Founders John Fraser', "
 "'David Chalmers Neave', 'Headquarters Singapore', 'Area served Worldwide', 'Key people Charoen Sirivadhanabhakdi, "
 "Chairman', 'Products Food and Beverage, Brewing, Property, Publishing', 'Revenue Increase $5,697 million USD (March "
 "2011)[1]', 'Profit Increase $584 million USD (March 2011)[1]', 'Total assets $14 billion[2]', 'Owners ThaiBev', "
 "'Employees >17,000[2]', 'Subsidiaries Fraser & Neave Holdings Bhd,', 'Frasers Centrepoint Group,', 'Times "
 "Publishing Group'), so the chairman, the owner ThaiBev and Fraser & Neave Holdings Bhd are not in the text (cut as "
 "batches 57p-66d cut their infoboxes); the headings 'Early years (1883 - 1931)[edit]' and 'Diversification, "
 "restructuring, and expansion (1931 - 1990)[edit]'; the citation markers '[2]', '[3]', '[4]' (no space before "
 "them); cut after '... Archipelago Brewery, which produced Anchor Beer.', before the paragraph the excerpt breaks off "
 "in ('In 1936, F&N acquired the Singapore, Malaya and Brunei franchise rights for Coca-Cola drinks. Alongside its own "
 "range of F&N bra'; `truncated`; a cut at a paragraph end), so the Coca-Cola franchise, Malayan Breweries' renaming "
 "as Asia Pacific Breweries (1990) and the later history are not in the text. Paragraphs joined with blank lines. No "
 "word added or changed. Kept as written: 'Fraser and Neave, Limited (F&N, Chinese: \u661f\u72ee\u96c6\u56e2; pinyin: "
 "X\u012bngsh\u012b J\u00edtu\u00e1n) is a food and beverage, brewing, property and publishing industries conglomerate "
 "in Singapore.' (the Chinese name and its pinyin), 'the group\u2019s subsidiaries and associated companies include "
 "Frasers Centrepoint, Asia Pacific Breweries and Times Publishing' (a curly apostrophe), 'The company (Singapore and "
 "Straits Aerated Water Company) was formed in 1883 by John Fraser and David Chalmers Neave, who diversified from their "
 "printing business (Singapore and Straits Printing Office) to pioneer the aerated water business in Southeast Asia in "
 "1883.' ('in 1883' twice), 'In 1898, a new public company was formed and the two businesses were sold to the new "
 "company, named Fraser & Neave (F&N), for $290,000 in cash and shares.', 'In 1931, Fraser & Neave formed a joint "
 "venture with Holland\u2019s Heineken to venture into the brewing business.', 'The brewery, Malayan Breweries Limited "
 "produced Tiger Beer, and later acquired Archipelago Brewery, which produced Anchor Beer.' (no comma after "
 "'Limited'). 165 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (a revision of 2013-2017, "
 "before Wikimedia's move to 4.0 of June 2023). Found at rank 3 of the query 'Fraser and Neave history founded John "
 "Fraser David Chalmers Neave Singapore Wikipedia'; eresources.nlb.gov.sg (rank 1; the National Library Board's "
 "Infopedia essay on John Fraser, no open licence stated), an untitled copy of an older revision with no address "
 "held (rank 2), fraserandneave.com (rank 4; the company's own heritage page), hessslslslsls.azureedge.net (rank 5; "
 "a recent proxy rendering with the 2014 demerger in its lead), The Straits Times and afbl.cn (ranks 6, 7; news) and "
 "docslib.org (rank 8; an annual report) not used. Fraser and Neave, Fraser & Neave, David Chalmers Neave, Singapore "
 "and Straits, Archipelago Brewery: " + CHECKED + " ('Fraser and Neave' only in GATHERING.md's lists of free names "
 "and a round's note of a news item, 'Malayan Breweries', 'Tiger Beer' and 'Asia Pacific Breweries' only in "
 "GATHERING.md's lists of checked names; 'Frasers Centrepoint' in batch 40zb's Malmaison text, train, another matter; "
 "'Heineken' in brewing texts on other matters).", "non-US", v3=True,
 copy_of="the Wikipedia article, as en.wikipedia.org rendered an older revision"))

# ---- trading, Far East: Dodwell & Co. (piglix.com's copy, undated, an older revision) --------------------------------
DW = [
 "Dodwell & Co. (Chinese: \u5929\u7965\u6d0b\u884c) or Dodwell's, was one of the leading British merchant firms, or "
 "hongs, active in China and Japan during the 19th and 20th century. It was a direct rival to Jardine, Matheson & Co.",
 "The forerunner of Dodwell & Co., W.R. Adamson and Company, was founded as a result of the efforts of a group of "
 "Cheshire weavers who needed to increase supplies of raw silk for their mills. On their behalf, William R. Adamson "
 "arrived in Shanghai in 1852. In 1858 he set up his own firm, W.R. Adamson and Company, in London, with its head "
 "office in Shanghai and branches in Hong Kong, Foochow and Hankow. It was the first of the British merchant firms to "
 "venture into Japan, opening a branch in Yokohama in the early 1860s. W.R. Adamson and Company built up an export "
 "business in tea and silk, and also a general import business, and began to acquire shipping agencies. The name "
 "changed in 1867 to Adamson, Bell and Company, when Frederick Hayley Bell joined the company.",
 "In 1872, the firm appointed a shipping clerk in its Shanghai office named George Benjamin Dodwell (1851\u20131925). "
 "He was 20 years old, born in Derby and quickly rose to prominence in the company, playing an important part in its "
 "expansion throughout the Far East. By 1876 Adamson Bell and Company's tea shipments were only marginally behind "
 "those of Jardine, Matheson & Co and Butterfield and Swire. Dodwell also secured in 1887 the agency for chartering "
 "and managing ships on behalf of the Canadian Pacific Railway between Hong Kong and Vancouver (Canada), thus "
 "establishing the first regular steamship line across the Pacific."]
KEPT["wp-dodwell-and-co"] = ("dodwell-piglix.txt", DW)
R.append(wp("wp-dodwell-and-co", "Dodwell & Co.", "http://piglix.com/piglix/Dodwell_%26_Co.",
 "\n\n".join(MARK.sub("", p) for p in DW),
 "trading/merchant house", ["history", "forerunner", "founding", "renaming", "shipping agency"],
 "The article as piglix.com's copy holds it in the page store (no date or revision id held; undated, an older "
 "revision: piglix.com's copies are of about 2017, and this one writes 'Foochow and Hankow' where the later revisions "
 "in the page store write 'Fuzhou and Hankou'; the copy shows no infobox and no headings in the excerpt). Cut: the "
 "site line '*** Welcome to piglix ***' and the title line 'Dodwell & Co.'; the copy has no citation markers; the text "
 "ends with the paragraph '... thus establishing the first regular steamship line across the Pacific.', after which "
 "the copy shows only '...', 'Wikipedia' and '...' (the copy's own break; `truncated`: the article runs on, in the "
 "later copies, with Adamson's retirement of 1886 and the formation of Dodwell, Carlill and Company), so the firm's "
 "later founders and its history from 1886 are not in the text. Paragraphs joined with blank lines. No word added or "
 "changed. Kept as written: \"Dodwell & Co. (Chinese: \u5929\u7965\u6d0b\u884c) or Dodwell's, was one of the leading "
 "British merchant firms, or hongs, active in China and Japan during the 19th and 20th century.\" (the Chinese name; "
 "a comma before 'was'), 'It was a direct rival to Jardine, Matheson & Co.' (the stop read as the sentence's), 'The "
 "forerunner of Dodwell & Co., W.R. Adamson and Company, was founded as a result of the efforts of a group of Cheshire "
 "weavers', 'In 1858 he set up his own firm, W.R. Adamson and Company, in London, with its head office in Shanghai and "
 "branches in Hong Kong, Foochow and Hankow.', 'The name changed in 1867 to Adamson, Bell and Company, when Frederick "
 "Hayley Bell joined the company.', 'In 1872, the firm appointed a shipping clerk in its Shanghai office named George "
 "Benjamin Dodwell (1851\u20131925).' (an en dash), \"By 1876 Adamson Bell and Company's tea shipments\" (no comma "
 "after 'Adamson' here), 'Jardine, Matheson & Co and Butterfield and Swire' (no stop after 'Co'), 'Dodwell also "
 "secured in 1887 the agency for chartering and managing ships on behalf of the Canadian Pacific Railway between Hong "
 "Kong and Vancouver (Canada)'. 277 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (an older "
 "revision, before Wikimedia's move to 4.0 of June 2023, as batches 63c-66b recorded their piglix.com copies). Found "
 "at rank 1 of the query 'Dodwell & Co history Hong Kong George Benjamin Dodwell Shanghai trading company Inchcape "
 "Wikipedia'; industrialhistoryhk.org (rank 2; its own text quoting a book of 1908), en.m.luquay.com, "
 "en.wikipedia-on-ipfs.org, en.wikipedia.org, earthspot.org and a php proxy (ranks 3-7; later revisions of the same "
 "article, their excerpts starting with the infobox 'Founder George Benjamin Dodwell / A.J.H. Carlill' and breaking "
 "off in the next section) and wikiclassic.com (rank 8; a proxy that alters words: 'teh', 'inner') not used. Dodwell, "
 "Adamson, Hayley Bell, Carlill: " + CHECKED + " ('Dodwell' only in GATHERING.md's lists of free names; 'Jardine', "
 "'Swire' and 'Canadian Pacific' in texts on other matters, 'Jardine' also in the train text "
 "wp-jardine-matheson, that firm's own history, here only a rival named).", "non-US", v3=True,
 copy_of="the Wikipedia article, via piglix.com, a Wikipedia mirror"))

# ---- shipbuilding and repair, Hong Kong: Hong Kong and Whampoa Dock (en.wikipedia.org's rendering, 2018-2021) --------
HW = [
 "Hong Kong and Whampoa Dock was a Hong Kong dockyard, once among the largest in Asia.",
 "Founded in 1863 by Douglas Lapraik and Thomas Sutherland,[1] the Hong Kong and Whampoa Dock Company (known as Hong "
 "Kong Kowloon and Whampoa Dock Company). In 1865, it was known as Kowloon Docks located on the west Kowloon coast "
 "between Hung Hom and Tai Wan, facing Hung Hom Bay in the Victoria Harbour. It is also known as Whampoa Dock for "
 "short. The \"Whampoa\" part of the name comes from the Huangpu (previously transliterated as Whampoa), area of "
 "Guangzhou (previously transliterated as Canton), where the company owned another dockyard.",
 "On the eve of Japanese occupation of Hong Kong, the dockyard was heavily bombarded by Japanese aircraft due to its "
 "importance, causing many casualties.",
 "In the mid-1960s, the Hong Kong and Whampoa Dock Company was controlled by Douglas Clague through Hutchison "
 "International but he was forced to leave following financial difficulties with Hutchison International. Hutchison "
 "International was acquired by Li Ka Shing's Cheung Kong Holdings and eventually merged with Whampoa to become "
 "Hutchison Whampoa. In 1985, the dockyard land was transformed into a private housing estate, the Whampoa Garden, the "
 "second-largest private housing estate in Hong Kong, after Mei Foo Sun Chuen. The only portion of the dockyard that "
 "exists is Bulkeley Street.[citation needed] The dockyard is now part of the Whampoa Garden site residential "
 "complex.",
 "The dockyard operations merged with Swire's Taikoo Dockyard on the Island to become Hong Kong United Dockyard on the "
 "new territories western shore of Tsing Yi Island Wok Tai Wan."]
KEPT["wp-hong-kong-and-whampoa-dock"] = ("whampoa-dock-enwiki.txt", HW)
R.append(wp("wp-hong-kong-and-whampoa-dock", "Hong Kong and Whampoa Dock",
 "https://en.wikipedia.org/wiki/Hong_Kong_and_Whampoa_Dock",
 "\n\n".join(MARK.sub("", p) for p in HW),
 "shipbuilding/dockyard", ["history", "founding", "control", "acquisition", "merger", "redevelopment"],
 "The article as en.wikipedia.org renders it in the page store (no revision id held; the 'From Wikipedia, the free "
 "encyclopedia / Jump to navigation Jump to search' skin, used from about 2018 to 2021, so a revision before "
 "Wikimedia's move to CC BY-SA 4.0 of June 2023). Cut: the title line 'Hong Kong and Whampoa Dock', the chrome lines "
 "'From Wikipedia, the free encyclopedia' and 'Jump to navigation Jump to search'; the image captions 'Plan of the "
 "Kowloon Dockyard in the 1900s' and 'Hong Kong and Whampoa Dock c. 1908' (twice); the citation markers '[1]' and "
 "'[citation needed]' (no space before them); cut after '... on the new territories western shore of Tsing Yi Island "
 "Wok Tai Wan.', before the paragraph the excerpt breaks off in ('Hong Kong and Whampoa Dock helped converted Hong "
 "Kong Tramways second and third generation tram cars built by United Electric and English Electr'; `truncated`; a "
 "cut at a paragraph end), so the tram conversions and the ships built at the yard are not in the text. Paragraphs "
 "joined with blank lines. No word added or changed. Kept as written: 'Founded in 1863 by Douglas Lapraik and Thomas "
 "Sutherland, the Hong Kong and Whampoa Dock Company (known as Hong Kong Kowloon and Whampoa Dock Company).' (a "
 "sentence with no main verb, as the article has it), 'In 1865, it was known as Kowloon Docks located on the west "
 "Kowloon coast', 'The \"Whampoa\" part of the name comes from the Huangpu (previously transliterated as Whampoa), area "
 "of Guangzhou (previously transliterated as Canton)' (straight double quotes), 'On the eve of Japanese occupation of "
 "Hong Kong', 'the Hong Kong and Whampoa Dock Company was controlled by Douglas Clague through Hutchison International "
 "but he was forced to leave following financial difficulties with Hutchison International.', \"Hutchison "
 "International was acquired by Li Ka Shing's Cheung Kong Holdings and eventually merged with Whampoa to become "
 "Hutchison Whampoa.\" ('Li Ka Shing' with no hyphen), 'the second-largest private housing estate in Hong Kong, after "
 "Mei Foo Sun Chuen', \"The dockyard operations merged with Swire's Taikoo Dockyard on the Island to become Hong Kong "
 "United Dockyard on the new territories western shore of Tsing Yi Island Wok Tai Wan.\" ('new territories' in lower "
 "case, no comma before 'Wok Tai Wan'). 260 words. No outage and no near-miss of one told (the wartime bombing is "
 "damage to a dockyard, not a service disruption). Recorded CC BY-SA 3.0 (a revision of about 2018-2021). Found at "
 "rank 8 of the query 'Hongkong and Whampoa Dock Company history founded 1863 Douglas Lapraik Hutchison Whampoa merger "
 "Wikipedia'; enow.com (rank 1; search-result snippets), mardep.gov.hk (rank 2; the Marine Department's own history, "
 "no open licence stated), zolimacitymag.com (ranks 3, 6; a magazine article), liquisearch.com (rank 4; the "
 "'Hutchison Whampoa' article's history section, another matter), en-academic.com (rank 5; a revision of 2010, "
 "shorter and with 'purchased by Douglas Clague of Hutchison International') and it.frwiki.wiki (rank 7; Italian) "
 "not used. Whampoa Dock, Lapraik, Thomas Sutherland, Clague, Hutchison International, Taikoo Dockyard, United "
 "Dockyard, Whampoa Garden: " + CHECKED + " ('Whampoa Dock', 'Lapraik' and 'Clague' only in GATHERING.md's lists of "
 "checked names; 'Hutchison Whampoa', 'Cheung Kong' and 'Li Ka-shing' (hyphenated) in news texts on later matters of "
 "the Hutchison group, none telling this history).", "non-US", v3=True,
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))


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
