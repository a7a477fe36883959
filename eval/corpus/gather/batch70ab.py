#!/usr/bin/env python3
"""Batch 70ab (session 64; gatherer lane 70ab): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n, 65b-65r, 66a-66p, 67a-67ac, 68a-68ad and 69a-69aj, on an Australian department
store, an Australian confectionery maker and a Japanese probiotic-drink company, new to the corpus: Ball & Welch Pty
Ltd., the Melbourne drapery and department store founded by Charles Ball and his nephew W.H. Welch, with stores at
Forest Creek, Castlemaine, Carlton and Flinders Street, bought by Georges Australia Ltd in 1970 and closed in 1976
(retail, Australia); MacRobertson's (the MacRobertson's Steam Confectionery Works), the Fitzroy chocolate and
confectionery company founded in 1880 by Sir Macpherson Robertson, sold by his heirs to Cadbury in 1967, its products
(Freddo, Old Gold, Snack, Columbines, Cherry Ripe) made on by Cadbury Schweppes Australia (confectionery, Australia);
and Yakult Honsha, the Tokyo company founded in 1935 to sell Yakult, owner of the Tokyo Yakult Swallows, with Carlos
Kasuga's Yakult Mexico (food and drink, Japan).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): an IPFS copy of 'Ball & Welch' (an ipfs dweb.link gateway, the 2017 snapshot's '.html' paths),
ipfs.io's IPFS copy of 'MacRobertson's' (its footer: 'version of the 6/3/2016') and an IPFS copy of 'Yakult Honsha' (an
ipfs dweb.link gateway, a later snapshot without '.html'); each cut at a paragraph or sentence end before the point
where the excerpt breaks off or its site footer begins. Edits per item in `notes` (title lines, infobox lines,
captions, headings, site lines and citation markers cut; no word added or changed); `verify()` checks every kept
paragraph against the saved excerpt (/tmp/gather70ab/src), the markers ('[1]', '[lower-alpha 1]') dropped and
whitespace runs compared as one space, as batches 57g-70v did. No text tells an outage. newskg (or any extractor) was
not run on any text. A round of three: sixteen queries, twelve companies asked for, three taken (round notes
/tmp/gather70ab/NOTES.md; queries /tmp/gather70ab/src/queries.txt; claims /work/notes/gather70/CLAIMS.txt).
usage: batch70ab.py [POOL_DIR] [--dry]   (default /tmp/gather70ab/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70ab/pool"
SRC = "/tmp/gather70ab/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-64 pools "
           "(/tmp/gather70*/pool) and in /work/notes/gather70/CLAIMS.txt as it stood when checked (`grep -ril`, file "
           "names only), and in GATHERING.md none")
# a citation marker ('[1]', '[lower-alpha 1]', '[citation needed]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|note \d+|lower-alpha \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- retail, Australia: Ball & Welch (an IPFS copy, the 2017 snapshot) ------------------------------------------------
BW = [
 "Ball & Welch Pty Ltd. was a prominent department store in Melbourne, Australia from the 19th century through to the "
 "1970s.",
 "This drapery business was founded by Charles Ball (born Frome, Somerset, England) and his nephew, W.H. Welch in the "
 "early 1850s. The company's first stores opened on The Goldfields at Forest Creek, at Vaughan Springs in 1861, then "
 "in 1882 at nearby Castlemaine. In 1874 a branch was established in Melbourne in the suburb of Carlton. The large "
 "three-storied premises had frontages to Faraday, Drummond and University streets.",
 "Eventually an emporium at 180 Flinders Street was designed by architects Reed Smart & Tappin and was completed in "
 "1899 in an American Romanesque style. It was extended in 1911 with the purchase of the adjoining Commercial "
 "Travellers' Club. The store occupied around one third of the total block and stretched between Flinders Street and "
 "Flinders Lane. The Carlton premises were subsequently used as a warehouse, the original building there partly was "
 "destroyed by fire in 1928.",
 "The Flinders Street store was one of the first in Melbourne to erect neon outdoor advertising, reportedly visible "
 "from the Dandenong Ranges. A Sydney branch operated between 1913 and 1924, and the Castlemaine store was finally "
 "closed in 1941. With suburban retail expansion in the 1960s, branches were opened in Frankston, Camberwell, and at "
 "Eastland and Southland shopping centres. It also operated a 'Ball & Welch gift store' at the then Melbourne "
 "International airport landside terminal in Essendon. In its heyday, the Ball & Welch department store was "
 "Melbourne's leading family draper, its A to Z departments including gloves, umbrellas and handkerchiefs, mantles, "
 "furniture, mercery, millinery, furs and corsets. At one time 26 assistants were devoted to the sale of lace alone.",
 "The upscale department store company Georges Australia Ltd bought Ball & Welch in 1970, closing the stores in 1976 "
 "because of declining profits."]
KEPT["wp-ball-and-welch"] = ("ball-welch-ipfs.txt", BW)
R.append(wp("wp-ball-and-welch", "Ball & Welch",
 "https://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq.ipfs.dweb.link/wiki/Ball_%26_Welch.html",
 "\n\n".join(MARK.sub("", p) for p in BW),
 "retail (department store, history)", ["history", "founders", "branches", "takeover"],
 "The article as an IPFS copy of English Wikipedia holds it in the page store (served by an ipfs dweb.link gateway "
 "under the 2017 snapshot's '/wiki/<Title>.html' paths; no revision id or date held; an older revision: 'founded by "
 "Charles Ball ... and his nephew, W.H. Welch in the early 1850s', where the current article (en.wikipedia.org's "
 "rendering at rank 6 of the same query) gives 'William Henry Welch', 'in 1855' and the founders' dates), recorded "
 "3.0. Cut: the title line 'Ball & Welch'; cut after '... because of declining profits.', before the sentence the "
 "excerpt breaks off in ('The Flinders Street store'; a cut at a sentence end). The copy prints no infobox, heading, "
 "caption or citation marker in the excerpt. Paragraphs joined with blank lines. No word added or changed. Kept as "
 "written: 'Ball & Welch Pty Ltd.', '(born Frome, Somerset, England)', 'W.H. Welch', 'on The Goldfields', 'the "
 "original building there partly was destroyed', 'Faraday, Drummond and University streets', 'the then Melbourne "
 "International airport', \"'Ball & Welch gift store'\". 311 words. No outage told (a closure for declining "
 "profits is a business event). Recorded CC BY-SA 3.0 (an older revision, before 2018). Found at rank 1 of the query "
 "'Ball & Welch department store Melbourne Sydney history Wikipedia drapers' (a name of round 70v's leads: "
 "'Australian stores without hits (Ball & Welch, Georges, Craig Williamson)'); emelbourne.net.au's entry (rank 2; "
 "not Wikipedia), pinocchiopedia.com and wikimili.com (ranks 3 and 4; the current article with markers), a German "
 "machine translation (rank 5) and en.wikipedia.org's rendering (rank 6; the current article, its text with the "
 "Castlemaine gallery of 1931 and a heritage listing) not used. Ball & Welch, Georges Australia, Charles Ball, W.H. "
 "Welch, Reed Smart, Commercial Travellers, Flinders Fair: " + CHECKED + " but 'Ball & Welch' in GATHERING.md's lists "
 "of leads (Castlemaine in texts on other matters: a brewery's town).",
 "non-US", v3=True,
 copy_of="the Wikipedia article, an older revision, via an IPFS copy of English Wikipedia (ipfs dweb.link gateway)"))

# ---- confectionery, Australia: MacRobertson's (ipfs.io's IPFS copy, version of 6/3/2016) ---------------------------
MR = [
 "MacRobertson's, officially the MacRobertson's Steam Confectionery Works, was the name of a company that produced "
 "chocolates and various other confectionery in Australia. The company was founded in 1880 by Sir Macpherson "
 "Robertson and takes its name from a combination of his first and last name. The company was based for over 100 "
 "years in Fitzroy, but later moved to Ringwood, Victoria.",
 "Robertson died in 1945 and in 1967 his heirs sold the company to English confectioner Cadbury, which in 1969 merged "
 "with Schweppes Australia to become Cadbury Schweppes Australia. The newly merged company continued to manufacture "
 "many of the former company's products including: Freddo, Old Gold, Snack, Columbines and Cherry Ripe; which "
 "continued to display the company's distinctive logo on its wrapper until 2002. In 2009, Cadbury Schweppes separated "
 "from its beverage business and became Cadbury Australia, which continues to operate the former company's factory "
 "in Ringwood."]
KEPT["wp-macrobertsons"] = ("macrobertsons-ipfs.txt", MR)
R.append(wp("wp-macrobertsons", "MacRobertson's",
 "https://ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/MacRobertson's.html",
 "\n\n".join(MARK.sub("", p) for p in MR),
 "confectionery (manufacturer, history)", ["history", "founder", "sale", "merger", "products"],
 "The whole article as ipfs.io's IPFS copy of English Wikipedia holds it in the page store (the 2017 snapshot, "
 "'/wiki/<Title>.html'; its footer 'This article is issued from Wikipedia - version of the 6/3/2016. The text is "
 "available under the Creative Commons Attribution/Share Alike but additional terms may apply for the media files.'; "
 "no revision id held), recorded 3.0. Cut: the title line \"MacRobertson's\", the image caption ('1930's Freddo "
 "advertisement with the distinctive MacRobertson's signature logo.'), the empty section headings 'See also' and "
 "'External links' and the site's footer. The copy prints no infobox or citation marker. Paragraphs joined with "
 "blank lines. No word added or changed. Kept as written: 'officially the MacRobertson's Steam Confectionery Works', "
 "'Sir Macpherson Robertson', 'English confectioner Cadbury', 'products including: Freddo, ...; which continued', "
 "'Cadbury Schweppes separated from its beverage business and became Cadbury Australia'. 147 words (the whole "
 "article's text). No outage told. Recorded CC BY-SA 3.0 (a 2016 revision). Found at rank 1 of the query "
 "\"MacRobertson's confectionery Fitzroy Macpherson Robertson history Freddo Cherry Ripe Cadbury\" (a name of an "
 "earlier round's leads: 'Darrell Lea, MacRobertson, Bushells'); an unaddressed 'Misplaced Pages' copy (rank 2; no "
 "address), wikimili.com's 'Macpherson Robertson' (rank 3; the founder's biography, another article), "
 "victoriancollections.net.au and historyvictoria.org.au (ranks 4 and 5; all rights reserved), pocketoz.com.au, a "
 "Japanese translation and a family-history blog (ranks 6-8) not used. MacRobertson, Macpherson Robertson, Steam "
 "Confectionery, Schweppes Australia, Cadbury Australia, Ringwood: " + CHECKED + " but 'MacRobertson' in "
 "GATHERING.md's lists of leads ('Cadbury' in texts on other matters).",
 "non-US", v3=True,
 copy_of="the Wikipedia article, a 2016 revision, via ipfs.io's IPFS copy of English Wikipedia"))

# ---- food and drink, Japan: Yakult Honsha (an IPFS copy, a later snapshot) -------------------------------------------
YH = [
 "Yakult Honsha[lower-alpha 1] was founded in 1935 to sell its flagship product, Yakult\u2014a beverage made using "
 "lactic acid bacteria, a bacterial strain discovered by Minoru Shirota in the 1920s.[1] Yakult Honsha is a "
 "multinational corporation that sells various other products and owns the Tokyo Yakult Swallows baseball team. The "
 "company regularly promotes what the Financial Times called its \"idiosyncratic philosophy of 'Shirota-ism'\", "
 "namely that it should sell its products at an affordable price, and that a healthy intestine promotes longer "
 "life.[2]",
 "Since 1963, Yakult has employed women known as \"Yakult ladies\" (\u30e4\u30af\u30eb\u30c8\u30ec\u30c7\u30a3\u30fc; "
 "Yakuruto red\u012b) or \"Yakult aunties\" (\u30e4\u30af\u30eb\u30c8\u304a\u3070\u3055\u3093; Yakuruto obasan) to "
 "sell or deliver the products to individuals at their homes while traveling on bicycles or motorcycles. The "
 "initiative, meant to utilize Japanese women in the workforce, is responsible for up to 60% of all bottled Yakult "
 "sales. However, the number of Yakult ladies in Japan has declined from 65,700 in 1973 to 42,500 in 2009.[3]",
 "In the early 1980s, Carlos Kasuga, whose parents immigrated to Mexico from Japan in the 1930s, founded Yakult "
 "Mexico.[4][5]",
 "In 1998, the company gained international attention for its losses in the derivatives market, totaling US$813 "
 "million.[6] In 2000, The Japan Times reported that Yakult Honsha had been paying a criminal syndicate annually to "
 "keep them from disrupting shareholder meetings, but that the money was concealed as payments to an advertising "
 "company.[7]"]
KEPT["wp-yakult-honsha"] = ("yakult-ipfs.txt", YH)
R.append(wp("wp-yakult-honsha", "Yakult Honsha",
 "https://bafybeiaysi4s6lnjev27ln5icwm6tueaw2vdykrtjkwiphwekaywqhcjze.ipfs.dweb.link/wiki/Yakult_Honsha",
 "\n\n".join(MARK.sub("", p) for p in YH),
 "food and drink (probiotic drinks, company history)", ["history", "founding", "products", "subsidiaries",
 "direct sales"],
 "The article as an IPFS copy of English Wikipedia holds it in the page store (served by an ipfs dweb.link gateway "
 "under '/wiki/<Title>' paths without '.html', a later snapshot than the 2017 one; no revision id or date held; its "
 "infobox names 'Sumiya Hori (Chairman), Khamis Agear (EVP for global operation)'; its text tells nothing after "
 "2010), recorded 3.0 (doubtful: undated; the IPFS snapshots of English Wikipedia were of 2017 and 2021, both before "
 "June 2023). Cut: the title line 'Yakult Honsha', the infobox lines ('Yakult Honsha Company, Limited', 'TypePublic "
 "KK', 'TYO: 2267', 'IndustryProbiotic Drinks', 'Founded1935 (1935)', 'HeadquartersMinato-ku, Tokyo, Japan', 'Key "
 "people', 'Sumiya Hori (Chairman), Khamis Agear (EVP for global operation)', 'ProductsYakult', "
 "'Websitewww.yakult.co.jp/english/'; so Tokyo, Minato-ku and the chairman are not in the text), the heading "
 "'History', the image caption 'A Yakult lady in Japan', the citation markers ('[lower-alpha 1]', '[1]' ... '[7]'); "
 "cut before the paragraph the excerpt breaks off in ('Yakult established a US subsidiary and committed to building a "
 "factory in Fountain Valley, California in the United States in 2010, and it began production in 2'; one sentence, "
 "broken: a cut at a paragraph end), so the US subsidiary and Fountain Valley are not in the text. Paragraphs joined "
 "with blank lines. No word added or changed. Kept as written: 'Yakult\u2014a beverage' (no spaces at the dash), the "
 "Japanese names with their romanisations, \"'Shirota-ism'\", 'US$813 million', 'The Japan Times'. 226 words. No "
 "outage told (a derivatives loss and payments to a syndicate are business matters). Found at rank 4 of the query "
 "'Yakult Honsha company history Minoru Shirota founded 1935 Wikipedia' (a Japanese food company beside round 70v's "
 "leads, searched after Ezaki Glico of those leads had no clean copy); peoplaid.com (rank 1; a blog), the company's "
 "own pages (ranks 2, 5, 7 and 8), a blog (rank 3) and brandingforum.org (rank 6) not used (not Wikipedia). Yakult, "
 "Shirota, Kasuga, Yakult Swallows: " + CHECKED + ".",
 "non-US", v3=True,
 copy_of="the Wikipedia article, via an IPFS copy of English Wikipedia (ipfs dweb.link gateway)"))


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
