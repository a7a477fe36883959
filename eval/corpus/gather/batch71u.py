#!/usr/bin/env python3
"""Batch 71u (session 65; gatherer lane 71u): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n, 65b-65r, 66a-66p, 67a-67ac, 68a-68ad, 69a-69aj, 70a-70ak and 71d-71p, on an
Australian electronics retailer, an Indian detergent maker's founder and an Australian shoe-polish maker's founder, new
to the corpus: Dick Smith Electronics Holdings Limited, the Australian chain of consumer-electronics stores founded in
Sydney in 1968 by Dick Smith, sold to Woolworths in 1980 and 1982, acquired by Anchorage Capital Partners, closed in
2016, its brand run online by Kogan.com, begun in Neutral Bay (retail, Australia); Karsanbhai Khodidas Patel (born
1945), the Gujarat industrialist who founded the Nirma group and the Nirma Institutes of Pharmacy and of Technology,
a lab technician at the Lalbhai group's New Cotton Mills and the state Geology and Mining Department before he sold
the Nirma detergent from 1969 against Hindustan Lever's Surf (detergents, India); and William Ramsay (1868-1914), the
Melbourne manufacturer who with Hamilton McKellar made the "Kiwi" shoe polish from 1906 at Ramsay & McKellar, earlier
of John Ramsay & Son with his father, whose father opened a London branch of Kiwi Polish Co. in 1912 (shoe polish,
Australia).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's own '= Title =' rendering of 'Dick Smith (retailer)' (recent, undated),
piglix.com's copy of 'Karsanbhai Patel' (a copy of about 2017) and en.wikipedia.org's older HTML rendering of 'William
Ramsay (manufacturer)' (with 'Jump to navigation Jump to search': a revision of about 2017-2021); each cut at a
paragraph or sentence end before the point where the excerpt breaks off, or at the article's end. Edits per item in
`notes` (title lines, site lines, infobox lines, a hatnote and headings cut; no word added or changed); `verify()`
checks every kept paragraph against the saved excerpt (/tmp/gather71u/src), the markers ('[1]') dropped and
whitespace runs compared as one space, as batches 57g-71p did. No text tells an outage. newskg (or any extractor) was
not run on any text. A round of three: eleven queries, eleven companies or founders asked for, three taken (round notes
/tmp/gather71u/NOTES.md; queries /tmp/gather71u/src/queries.txt; claims /work/notes/gather71/CLAIMS.txt).
usage: batch71u.py [POOL_DIR] [--dry]   (default /tmp/gather71u/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71u/pool"
SRC = "/tmp/gather71u/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-65 pools (/tmp/gather71*/pool) and in /work/notes/gather71/CLAIMS.txt as it stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', '[lower-alpha 1]', '[citation needed]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|note \d+|lower-alpha \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- electronics retail, Australia: Dick Smith (retailer) (en.wikipedia.org's '= Title =' rendering) --------------
DS = [
 "Dick Smith Electronics Holdings Limited was an Australian chain of retail stores that sold consumer electronics "
 "goods, hobbyist electronic components, and electronic project kits. The chain expanded successfully into New "
 "Zealand and unsuccessfully into several other countries. The company was founded in Sydney in 1968 by Dick Smith "
 "and owned by him and his wife until they sold 60% to Woolworths in 1980, and the remaining 40% two years later.",
 "In 2012, Dick Smith had 263 stores around Australia. It also had 62 stores around New Zealand, including 20 in "
 "Auckland.",
 "The company closed all of its stores in 2016, four years after its acquisition by Anchorage Capital Partners, "
 "though the Dick Smith brand name continues as an online brand operated by Kogan.com.",
 "The business started in 1968 in a small $15-rent-per-week premises in a car park in the Sydney suburb of Neutral "
 "Bay with a total capital of $610. Initially, the business focused on installing and servicing car radios. In 1969, "
 "the business's success required it to move to bigger premises, first Atchison Street, St Leonards, later Carlotta "
 "Street, Artarmon with flagship store nearby, on the Pacific Highway, Gore Hill."]
KEPT["wp-dick-smith-retailer"] = ("dick-smith-enwp.txt", DS)
R.append(wp("wp-dick-smith-retailer", "Dick Smith (retailer)", "https://en.wikipedia.org/wiki/Dick_Smith_(retailer)",
 "\n\n".join(MARK.sub("", p) for p in DS),
 "electronics retail (company history)", ["history", "founder", "ownership", "acquisitions", "closure", "stores"],
 "The article as en.wikipedia.org's own rendering holds it in the page store (the '= Title =' form with the infobox "
 "as '- Field: value' lines; no revision id or date held; taken as a recent rendering, as batches 69ah, 70ah, 71d, "
 "71j and 71p recorded this form; its infobox's 'Defunct: 3 May 2016' and the lead's 'Kogan.com' agree). Cut: the "
 "title line '= Dick Smith (retailer) =', the infobox lines ('Dick Smith Electronics Holdings Limited', '- Logo: ...' "
 "... '- Areas Served: Australia and New Zealand'; so the 'Hq Location: Chullora' and 'Fate: Receivership and "
 "liquidation' lines are not in the text), the headings '==History==' and '===Early years==='; cut after '... on the "
 "Pacific Highway, Gore Hill.', before the paragraph the excerpt breaks off in ('When the entire electronics business "
 "landscape was remodelled by the Whitlam government's across-the-board 25% tariff cut in 1973, for the loss of "
 "138,000 manufacturing job'; a cut at a paragraph end). The rendering prints no citation marker in the excerpt. "
 "Paragraphs joined with blank lines. No word added or changed. Kept as written: 'Dick Smith Electronics Holdings "
 "Limited was an Australian chain', 'sold 60% to Woolworths in 1980, and the remaining 40% two years later', 'In "
 "2012, Dick Smith had 263 stores' (the founder's name used for the company), 'four years after its acquisition by "
 "Anchorage Capital Partners', 'a small $15-rent-per-week premises', 'first Atchison Street, St Leonards, later "
 "Carlotta Street, Artarmon with flagship store nearby'. 191 words. No outage told (the closing of all stores is a "
 "business end). Recorded CC BY-SA 4.0 (a recent rendering; doubtful: no revision id or date). Found at rank 2 of "
 "the query 'Dick Smith Electronics company history founded 1968 Woolworths Wikipedia'; askwikinow.com (rank 1; a "
 "viewer's copy with the infobox as table rows and markers), wikisum.wiki (rank 3; a summary site), "
 "en.wikipedia.org's older HTML renderings at the 'Dick_Smith_Electronics' redirect (ranks 4 and 6; older revisions "
 "of about 2014 and 2016, with the site's navigation lines, a publicly listed company not yet closed), "
 "en-academic.com (rank 5; a 2008-era copy with infobox wikitext run into the text), wikiclassic.com (rank 7; a "
 "copy with words garbled: 'wuz', 'teh', 'inner 1968') and theinfolist.com (rank 8; an older lead) not used. Dick "
 "Smith, Anchorage Capital, Chullora, Neutral Bay: " + CHECKED + " ('Kogan' in one text on another matter).",
 "non-US", copy_of="the Wikipedia article, via en.wikipedia.org's own rendering"))

# ---- detergents, India: Karsanbhai Patel (piglix.com, about 2017) --------------------------------------------------
KP = [
 "Karsanbhai Khodidas Patel (born 1945, Ruppur, Mehsana, Gujarat) is an Indian industrialist, founder of the Rs. "
 "2500 crore (USD 500 mn) Nirma group with major interests in detergents, soaps and cosmetics. In 2017 Forbes listed "
 "his net worth as USD $3.6 Billion. He has interests in education, and founded a leading pharmacy college (Nirma "
 "Institute of Pharmacy), leading engineering college, (Nirma Institute of Technology). He is sometimes referred to "
 "as K. K. Patel.",
 "Born into a farmer family from north Gujarat, Karsanbhai finished his B.Sc. in Chemistry at age 21 and worked as a "
 "lab technician, first in the New Cotton Mills, Ahmedabad, of the Lalbhai group and then at the Geology and Mining "
 "Department of the state Government. In 1969, Karsanbhai started selling detergent powder, manufactured and "
 "packaged in his backyard. This was an after-office business - the one-man company would bicycle through the "
 "neighbourhoods selling handmade detergent packets door to door. At a price of Rs. 3 per kg, (one third the price "
 "of leading detergents), it was an instant success. Karsanbhai branded his detergent soap, Nirma, after the name of "
 "his daughter. After three years, Karsanbhai felt confident enough to quit his job. Later he said, \"The lack of any "
 "such precedent in my family made the venture fought with fear of failure. But farmers from North Gujarat are known "
 "for their spirit of enterprise.\" Karsanbhai set up shop at small workshop in an Ahmedabad suburb. The Nirma brand "
 "quickly established itself in Gujarat and Maharashtra.",
 "The high quality and low price of the detergent made for great value. Fuelled by housewife-friendly advertisement "
 "jingles, Nirma revolutionized the detergent market, creating an entirely new segment in the economy for detergent "
 "powder. At the time, detergent and soap manufacture was dominated by multinational corporations with products like "
 "Surf by Hindustan Lever, priced around Rs. 13 per kg."]
KEPT["wp-karsanbhai-patel"] = ("karsanbhai-patel-piglix.txt", KP)
R.append(wp("wp-karsanbhai-patel", "Karsanbhai Patel", "http://piglix.com/piglix/Karsanbhai_Patel",
 "\n\n".join(MARK.sub("", p) for p in KP),
 "detergents (industrialist's biography, company founding)", ["biography", "founder", "early career", "products",
                                                              "competition"],
 "The article as piglix's copy holds it in the page store (piglix.com, a copy of English Wikipedia articles of about "
 "2017; its lead's 'In 2017 Forbes listed his net worth' agrees), CC BY-SA 3.0 (rounds 71j, 71o and 71k recorded "
 "piglix copies). Cut: the site line '*** Welcome to piglix ***' and the title line 'Karsanbhai Patel'; cut after "
 "'... priced around Rs. 13 per kg.', before the sentence the excerpt breaks off in ('Within a decade,'; a cut at a "
 "sentence end). The copy shows no headings and no citation markers in this excerpt. Paragraphs joined with blank "
 "lines. No word added or changed. Kept as written: 'Karsanbhai Khodidas Patel (born 1945, Ruppur, Mehsana, "
 "Gujarat)', 'the Rs. 2500 crore (USD 500 mn) Nirma group', 'a leading pharmacy college (Nirma Institute of "
 "Pharmacy), leading engineering college, (Nirma Institute of Technology)' (the copy's commas), 'the New Cotton "
 "Mills, Ahmedabad, of the Lalbhai group', 'business - the one-man company' (a hyphen for a dash), 'At a price of Rs. "
 "3 per kg, (one third ...)', 'made the venture fought with fear of failure' (the quotation as the copy gives it), "
 "'set up shop at small workshop'. 308 words. No outage told. Recorded CC BY-SA 3.0 (a copy of about 2017). Found at "
 "rank 2 of the query 'Nirma detergent company Karsanbhai Patel Ahmedabad 1969 history Wikipedia'; miniapp.news "
 "(rank 1; Hindi news), news18.com, dnaindia.com (twice), orissapost.com and businesslend.com (ranks 3-8; news "
 "features and a profile, copyrighted) not used. Karsanbhai, Nirma, Lalbhai, New Cotton Mills, Ruppur, Mehsana, "
 "Hindustan Lever, K. K. Patel: " + CHECKED + ".",
 "non-US", v3=True, copy_of="an older revision of the Wikipedia article, mirrored at piglix.com"))

# ---- shoe polish, Australia: William Ramsay (manufacturer) (en.wikipedia.org, older HTML rendering) -----------------
WR = [
 "William Ramsay (6 June 1868–4 September 1914) was a Scottish-born Australian shoe polish manufacturer. In 1906, "
 "Ramsay developed \"Kiwi\" brand shoe polish, today one of the most famous shoe polish brands in the world.",
 "Born in Glasgow in 1868, Ramsay moved to Australia at the age of ten, settling with his family in Melbourne in "
 "June, 1878. The family prospered in Victoria; Ramsay's father, John, was a die-sinker and engraver in Scotland, but "
 "became a successful real estate broker in his adopted homeland. After he left school, William Ramsay set up a real "
 "estate firm with his father. The business, \"John Ramsay & Son\", prospered.",
 "After a trip to New Zealand, where he met and married Annie Elizabeth Meek in Oamaru on 2 January 1901, Ramsay "
 "established a factory in Carlton in partnership with Hamilton McKellar. From there, Ramsay & McKellar would "
 "produce disinfectants, polishes, creams, and a variety of other products.",
 "In 1904 the pair moved the factory to Elizabeth Street, in Melbourne, where, in 1906, they began producing a new "
 "shoe polish under the trademark \"Kiwi\". The polish, which would become phenomenally successful in Australia "
 "within a few years, was named in honour of Annie Ramsay's New Zealand heritage. In 1912, after McKellar had left "
 "the company, Ramsay's father established a branch of Kiwi Polish Co. in London, in the United Kingdom, and in 1913 "
 "William Ramsay himself headed to the region to promote the new brand in Europe.",
 "Ramsay died of cancer in the family home at Essendon, in Melbourne, outlived by his wife and two sons. His father "
 "would follow ten years later.",
 "Two of Ramsay's brothers also went on to achieve notability: Sir John Ramsay as a surgeon and cricketer, and Hugh "
 "Ramsay as an artist."]
KEPT["wp-william-ramsay-manufacturer"] = ("william-ramsay-enwp.txt", WR)
R.append(wp("wp-william-ramsay-manufacturer", "William Ramsay (manufacturer)",
 "https://en.wikipedia.org/wiki/William_Ramsay_(manufacturer)",
 "\n\n".join(MARK.sub("", p) for p in WR),
 "shoe polish (manufacturer's biography, company founding)", ["biography", "founders", "partnership", "products",
                                                             "branch"],
 "The article as en.wikipedia.org's older HTML rendering holds it in the page store (with the site lines 'From "
 "Wikipedia, the free encyclopedia' and 'Jump to navigation Jump to search': a revision of about 2017-2021, before "
 "Wikimedia's June 2023 move to CC BY-SA 4.0; no revision id held; a later revision, as kampuspedia.com's copy at "
 "rank 6 shows, has a 'Biography' heading and a 'Family in the business' section). Cut: the title line 'William "
 "Ramsay (manufacturer)', the site lines 'From Wikipedia, the free encyclopedia' and 'Jump to navigation Jump to "
 "search', the hatnote 'This article refers to the Australian shoe polish manufacturer. For other people by this "
 "name, please see William Ramsay (disambiguation).'; the excerpt holds the article to its last sentence ('... and "
 "Hugh Ramsay as an artist.'; the whole body kept). The rendering prints no heading and no citation marker in the "
 "excerpt. Paragraphs joined with blank lines. No word added or changed. Kept as written: '(6 June 1868–4 September "
 "1914)' (an en dash, no spaces), '\"Kiwi\" brand shoe polish', 'in Melbourne in June, 1878' (the comma), "
 "'Ramsay's father, John,', 'The business, \"John Ramsay & Son\", prospered.', 'in partnership with Hamilton "
 "McKellar', 'From there, Ramsay & McKellar would produce', 'a branch of Kiwi Polish Co. in London'. 291 words. No "
 "outage told. Recorded CC BY-SA 3.0 (an older revision; doubtful: no revision id or date). Found at rank 2 of the "
 "query 'Kiwi shoe polish William Ramsay Melbourne 1906 company history Wikipedia'; genealogyinvestigations.co.nz "
 "(rank 1; a blog), theage.com.au (rank 3; news), hillstohawkesbury.com.au (rank 4; a local history feature), "
 "adb.anu.edu.au (rank 5; the Australian Dictionary of Biography, copyrighted), kampuspedia.com (rank 6; a later "
 "revision with '[citation needed]' and run-together headings) and austehc.unimelb.edu.au (ranks 7 and 8; a "
 "copyrighted book page) not used. William Ramsay, Kiwi Polish, McKellar, John Ramsay, Hugh Ramsay, Annie Elizabeth "
 "Meek, Elizabeth Street: " + CHECKED + " ('Oamaru' and 'Essendon' in texts on other matters; 'Kiwi shoe' once in "
 "GATHERING.md's lists).",
 "non-US", v3=True, copy_of="an older revision of the Wikipedia article, as en.wikipedia.org rendered it"))


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
