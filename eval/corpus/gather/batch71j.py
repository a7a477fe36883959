#!/usr/bin/env python3
"""Batch 71j (session 65; gatherer lane 71j): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n, 65b-65r, 66a-66p, 67a-67ac, 68a-68ad, 69a-69aj and 70a-70ak, on an
Australian hat maker, a Chinese brewery and a Hong Kong drinks company, new to the corpus: Akubra, the Australian hat
manufacturer owned by Tattarang since November 2023, whose history section tells of Benjamin Dunkerley, the hatter who
left England for Tasmania in 1874 and established the Kensington Hat Mills in Glenorchy, near Hobart, with David
Gledhill in 1876, re-established it with H.J Hull in 1885 after the business was declared bankrupt in 1879, and
patented a fur-cutting machine in Manchester in August 1893 (hats, Australia); Tsingtao Brewery Co.,Ltd., China's
second largest brewery, founded in Qingdao on August 15, 1903 as the Germania-Brauerei by The Anglo-German Brewery Co.
Ltd. of Hong Kong, which owned it until 1916, when a general meeting in Shanghai decided it would be sold to the
Dai-Nippon Brewery (brewing, China); and Vitasoy International Holdings Limited, the Hong Kong beverage company of Tuen
Mun founded by Lo Kwee-seong on 9 March 1940, maker of the Vita brand, founder of Vitaland Services Limited (1991)
and Hong Kong Gourmet (2001), the first Hong Kong company to introduce Tetra Pak packaging technology (1975) (drinks,
Hong Kong).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's own '= Title =' rendering of 'Akubra' (recent: it dates Tattarang's
ownership from November 2023), piglix.com's copy of 'Tsingtao Brewery' (an older revision, about 2017) and
en.wikipedia.org's own '= Title =' rendering of 'Vitasoy' (recent, undated); each cut at a paragraph or sentence end
before the point where the excerpt breaks off. Edits per item in `notes` (title lines, infobox lines, a caption and
headings cut; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt
(/tmp/gather71j/src), the markers ('[1]') dropped and whitespace runs compared as one space, as batches 57g-71d did.
No text tells an outage. newskg (or any extractor) was not run on any text. A round of three: six queries, six
companies asked for, three taken (round notes /tmp/gather71j/NOTES.md; queries /tmp/gather71j/src/queries.txt; claims
/work/notes/gather71/CLAIMS.txt).
usage: batch71j.py [POOL_DIR] [--dry]   (default /tmp/gather71j/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71j/pool"
SRC = "/tmp/gather71j/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-65 pools (/tmp/gather71*/pool) and in /work/notes/gather71/CLAIMS.txt as it stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', '[lower-alpha 1]', '[citation needed]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|note \d+|lower-alpha \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- hats, Australia: Akubra (en.wikipedia.org's '= Title =' rendering) -----------------------------------------------
AK = [
 "Akubra /əˈkuːbrə/ is an Australian hat manufacturer owned by Tattarang since November 2023. The company is "
 "associated with bush hats made of rabbit fur felt with wide brims that are worn in rural Australia. The term "
 "\"Akubra\" is sometimes used to refer to any hat of this kind, however the company manufactures a wide range of hat "
 "styles including fedora, homburg, bowler, pork pie, and trilby.",
 "The name is claimed to derive from an Aboriginal (possibly Birpai) word for a head covering.",
 "Benjamin Dunkerley was born 1840 in Cheshire England. He came from a family of cotton weavers. He later became a "
 "hatter and developed such skill with hat making machinery that he visited Germany from time to time to help "
 "manufacturers there set up operations. In 1874 Benjamin left England for Tasmania, Australia to check out the "
 "hatting prospects. Once immigrated and established in Australia, he sent for his wife Harriet and six children to "
 "join him.",
 "In 1876 Dunkerley and David Gledhill established the Kensington Hat Mills in Glenorchy, near Hobart in Tasmania. The "
 "business rapidly expanded and was soon employing 30 workers and producing 750 hats per week. However, the business "
 "was declared bankrupt in 1879. Once the restrictions on his bankruptcy were lifted, Dunkerley in 1885 re-established "
 "Kensington Hat Mills in partnership with H.J Hull. To improve production, Dunkerley invented and registered in 1892 "
 "a fur-cutting machine that mechanised the difficult and tedious task of stripping the fur from the skin of rabbits. "
 "Realising its potential, he travelled to Manchester in England and took out a patent, which after some delay he was "
 "granted in August 1893."]
KEPT["wp-akubra"] = ("akubra-enwp.txt", AK)
R.append(wp("wp-akubra", "Akubra", "https://en.wikipedia.org/wiki/Akubra",
 "\n\n".join(MARK.sub("", p) for p in AK),
 "hats (manufacturing, company history)", ["history", "founder", "ownership", "partnership", "bankruptcy"],
 "The article as en.wikipedia.org's own rendering holds it in the page store (the '= Title =' form with the infobox "
 "as '- Field: value' lines; no revision id or date held; a recent rendering: its text dates Tattarang's ownership "
 "from November 2023, as batches 69ah, 70ah and 71d recorded this form). Cut: the title line '= Akubra =', the "
 "infobox lines ('Akubra', '- Type: Private' ... '- Owner: Tattarang'; so the 'Founder: Benjamin Dunkerley' and 'Hq "
 "Location City: Kempsey, New South Wales' lines are not in the text), the heading '==History=='; cut after '... he "
 "was granted in August 1893.', before the sentence the excerpt breaks off in ('During the wait he travelled to New "
 "York and filed for a US patent and also sent an application back to Victoria, Australia'; a cut at a sentence end). "
 "The rendering prints no citation marker in the excerpt. Paragraphs joined with blank lines. No word added or "
 "changed. Kept as written: 'Akubra /əˈkuːbrə/' (the pronunciation), 'born 1840 in Cheshire England' (no comma), "
 "'In 1874 Benjamin left England' (the first name alone), 'H.J Hull' (no second stop), 'the Kensington Hat Mills'. "
 "The text as kept does not say that Dunkerley founded Akubra or that the Kensington Hat Mills became it (the "
 "infobox's founder line is cut and the excerpt ends before the firm's later names). 271 words. No outage told (a "
 "bankruptcy is a business failure). Recorded CC BY-SA 4.0 (a recent rendering; doubtful: no revision id). Found at "
 "rank 6 of the query 'Akubra hat company history Benjamin Dunkerley Tasmania 1874 Stephen Keir Kempsey Wikipedia'; "
 "tasmanianwarcasualties.com (ranks 1-2; a private genealogy site), informedfarmers.com, scottishhat.com and "
 "getawayoutdoorsbalcatta.com.au (ranks 3-5; retellings and a retailer), akubra.com.au's history page (rank 7; the "
 "company's own) and a pdfslide.us copy of the company's newsletter (rank 8) not used. Akubra, Dunkerley, Kensington "
 "Hat, Gledhill, Tattarang: " + CHECKED + ".",
 "non-US", copy_of="the Wikipedia article, via en.wikipedia.org's own rendering"))

# ---- brewing, China: Tsingtao Brewery (piglix's copy, about 2017) ----------------------------------------------------
TB = [
 "Tsingtao Brewery Co.,Ltd. (simplified Chinese: 青岛啤酒厂; traditional Chinese: 青島啤酒廠; pinyin: Qīngdǎo píjiǔchǎng; "
 "German: Tsingtao-Brauerei) (: 168 : ,OTC Pink: ) is China's second largest brewery. It was founded in 1903 by German "
 "settlers and now claims about 15% of domestic market share. The beer is produced in Qingdao in Shandong province "
 "(and more recently in other breweries owned by the company as well), and it gets its name from the old École "
 "française d'Extrême-Orient transliteration of the city's name. The beer's present-day logo displays an image of Zhan "
 "Qiao, a famous pier on Qingdao's southern shore.",
 "The Tsingtao Brewery was founded by The Anglo-German Brewery Co. Ltd., an English-German joint stock company based "
 "in Hong Kong who owned it until 1916. The brewery was founded on August 15, 1903 as the Germania-Brauerei (Germania "
 "Brewery) with a paid-in capital of 400,000 Mexican silver dollars divided into 4,000 shares priced at $100 each.",
 "The first beer was served on December 22, 1904.",
 "On August 16, 1916 an extraordinary general meeting was held in Shanghai. Liquidators were appointed and it was "
 "decided the company would be sold to the Dai-Nippon Brewery (which in 1949 was split into Asahi Breweries and what "
 "later became Sapporo Brewery). The Japanese military administration in Tsingtao approved the liquidation on "
 "September 9, 1916. German equity was approximately 70 percent. The German share of the sales price attributable to "
 "shareholders was in the hands of the liquidators by April 2, 1921."]
KEPT["wp-tsingtao-brewery"] = ("tsingtao-piglix.txt", TB)
R.append(wp("wp-tsingtao-brewery", "Tsingtao Brewery", "http://piglix.com/piglix/Tsingtao_Brewery",
 "\n\n".join(MARK.sub("", p) for p in TB),
 "brewing (company history)", ["history", "founding", "former names", "ownership", "sale"],
 "The article as piglix's copy holds it in the page store (piglix.com, a copy of English Wikipedia articles of about "
 "2017: its infobox gives '(2014)' revenue figures; undated; recorded CC BY-SA 3.0 as batches 70c, 70f, 70w and 70ai "
 "recorded the site's copies; no revision id). Cut: the image caption 'Past packaging of Tsingtao Beer in a display "
 "at the Qingdao Beer Museum.', the infobox lines ('|', 'Public company | |' ... 'Website | www.tsingtaobeer.com |'); "
 "cut after '... by April 2, 1921.', before the sentence the excerpt breaks off in ('After Japan's surrender to the "
 "Allies and its retreat from China, the Tsingtao Brewery was turn'; a cut at a sentence end). The copy prints no "
 "title line, heading or citation marker in the excerpt. Paragraphs as the copy sets them apart (one per line), joined "
 "with blank lines. No word added or changed. Kept as written: the opening parenthesis with the Chinese, pinyin and "
 "German names and the copy's broken stock-ticker template '(: 168 : ,OTC Pink: )' (doubtful: kept rather than cut, "
 "as no word may be changed inside a paragraph), 'Tsingtao Brewery Co.,Ltd.' (no space), 'The Anglo-German Brewery "
 "Co. Ltd., an English-German joint stock company based in Hong Kong who owned it until 1916', 'the Germania-Brauerei "
 "(Germania Brewery)', 'the Dai-Nippon Brewery (which in 1949 was split into Asahi Breweries and what later became "
 "Sapporo Brewery)', 'The Japanese military administration in Tsingtao' (the city under its old name). 242 words. No "
 "outage told. Recorded CC BY-SA 3.0 (an older revision, before June 2023; doubtful: no revision id). Found at rank 7 "
 "of the query 'Tsingtao Brewery history founded 1903 Anglo-German Brewery Company Qingdao Dai Nippon Wikipedia'; "
 "graphsearch.epfl.ch's 'Concept' summary (rank 1; a newer revision's text with the infobox's board lists run into "
 "the prose: not a clean copy), jjgbkhll.shop's copy of the portal blurb 'Portal:Beer/Selected brewery/8' (rank 2; a "
 "portal excerpt on an unknown shop domain), sapporobeer.jp's history page (rank 3; the company's own), "
 "whoownsmybeer.com, usluck.com, 0532study.com and musicbyscottsmith.com (ranks 4-6 and 8; retellings and forum "
 "text) not used. Tsingtao, Germania-Brauerei, Anglo-German Brewery, Dai-Nippon Brewery, Dai Nippon: " + CHECKED
 + " ('Qingdao' in texts on other matters).",
 "non-US", v3=True, copy_of="the Wikipedia article (an older revision, about 2017) via piglix's copy"))

# ---- drinks, Hong Kong: Vitasoy (en.wikipedia.org's '= Title =' rendering) --------------------------------------------
VS = [
 "Vitasoy International Holdings Limited () is a Hong Kong beverage company. It hosts a brand of beverages and "
 "desserts named Vita. Founded in 1940, it is based in Tuen Mun, New Territories, Hong Kong.",
 "Vitasoy products were centred on the high-protein soy milk drink that the company first produced. Over the years "
 "the company expanded into a wider variety of beverages. Some of them (such as fruit juice, milk, tea, soft drinks, "
 "water, and tofu) under the \"Vita\" brand.",
 "Vitaland Services Limited was founded in 1991. It specialises in the operation of the tuck shops in Hong Kong "
 "primary and secondary schools and the canteen business. \"Vitasoy\" also established \"Hong Kong Gourmet\" in 2001 "
 "to provide catering services to primary and secondary schools, and meetings.",
 "Vitasoy was founded by Lo Kwee-seong (1910–1995) on 9 March 1940 in Hong Kong with door-to-door delivery of soy "
 "milk, selected as a product because many Chinese people are lactose intolerant. The company ceased operations from "
 "1941 to 1945 during the Japanese occupation of Hong Kong. It re-emerged after the war ended.",
 "The soy milk was first delivered to people's homes on bicycle, but then began selling through retail outlets. By "
 "1950, with sales increasing, Vitasoy established a new factory. In 1953, it adopted a sterilisation technology "
 "enabling the drinks to be stored without refrigeration. In 1975, Vitasoy became the first Hong Kong company to "
 "introduce Tetra Pak packaging technology for drinks production. This involves UHT (ultra-heat treatment) "
 "sterilisation of the product and packaging in aseptic cartons so the drink could be kept for months without "
 "refrigeration."]
KEPT["wp-vitasoy"] = ("vitasoy-enwp.txt", VS)
R.append(wp("wp-vitasoy", "Vitasoy", "https://en.wikipedia.org/wiki/Vitasoy",
 "\n\n".join(MARK.sub("", p) for p in VS),
 "drinks (soy milk, company history)", ["history", "founder", "products", "subsidiaries"],
 "The article as en.wikipedia.org's own rendering holds it in the page store (the '= Title =' form with the infobox "
 "as '- Field: value' lines; no revision id or date held; taken as a recent rendering, as batches 69ah, 70ah and 71d "
 "recorded this form). Cut: the title line '= Vitasoy =', the infobox lines ('Vitasoy International Holdings Ltd.', "
 "'- Logo: VitasoyLogo.svg' ... '- Homepage: vitasoy.com'; so the 'Key People: Roberto Guidetti (CEO)' line is not in "
 "the text), the headings '==History==' and '===Founder==='; cut after '... kept for months without refrigeration.', "
 "before the sentence the excerpt breaks off in ('Vitasoy started to expand into overse'; a cut at a paragraph end). "
 "The rendering prints no citation marker in the excerpt. Paragraphs joined with blank lines. No word added or "
 "changed. Kept as written: 'Vitasoy International Holdings Limited ()' (the rendering's empty parenthesis where the "
 "Chinese names stood), 'Some of them (such as ...) under the \"Vita\" brand.' (a sentence without a verb), "
 "'\"Vitasoy\" also established \"Hong Kong Gourmet\"', 'Lo Kwee-seong (1910–1995)' (an en dash), 'Tetra Pak "
 "packaging technology'. 262 words. No outage told (operations ceased during an occupation: a business halt). "
 "Recorded CC BY-SA 4.0 (a recent rendering; doubtful: no revision id or date). Found at rank 4 of the query "
 "'Vitasoy International Holdings history founded 1940 Lo Kwee-seong Hong Kong soy milk Wikipedia'; en.wikipedia.org's "
 "older HTML renderings of the same article (ranks 1 and 5; with the site's navigation lines and markers), "
 "self.gutenberg.org's copy (rank 2; the site's menu lines), en.wikipedia.org's 'Lo Kwee-seong' (rank 3; a "
 "biography), industrialhistoryhk.org (rank 6; quoting SCMP news), l.global.ssl.fastly.net's 'Misplaced Pages' copy "
 "(rank 7) and vitasoy.com's story page (rank 8; the company's own) not used. Vitasoy, Lo Kwee, Vitaland, Hong Kong "
 "Gourmet, Tuen Mun: " + CHECKED + ".",
 "non-US", copy_of="the Wikipedia article, via en.wikipedia.org's own rendering"))


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
