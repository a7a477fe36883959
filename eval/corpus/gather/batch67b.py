#!/usr/bin/env python3
"""Batch 67b (session 61; gatherer lane 67b): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-66p, kept to three American companies, new to the corpus, turned from the leads of batches 66b, 66h and
66p: Getty Oil Company, the oil company J. Paul Getty incorporated in 1942, sold by Gordon Getty to Texaco in 1984 after
a binding agreement to sell it to Pennzoil, then known as Getty Petroleum Marketing Inc., sold to Lukoil in 2000 and by
Lukoil to Cambridge Securities LLC in 2011, once the majority owner of ESPN, which Texaco sold to ABC in 1984 (oil,
US); the Irving Trust Company, the New York City commercial bank of 1851-1988, from 1965 the principal subsidiary of
the Irving Bank Corporation, acquired by Bank of New York, which took over three national banks by merger in 1918-1919
and the American Exchange-Pacific Bank in 1926 and merged with the Columbia Trust Company in 1922 (banking, US); and
Van Camp's, the canned-bean brand owned by ConAgra Foods, Inc., rooted in Gilbert Van Camp's Indianapolis cold storage
warehouse of 1861, with the Van Camp Packing Company of 1882 and Frank Van Camp, who went on to found Van Camp Seafood
(food, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): oksuvcw.org's proxy frame of en.wikipedia.org's 'Getty Oil' (a revision of 2018 or later), profilpelajar.com's
copy of 'Irving Trust' (undated; a revision later than 2010) and en.wikipedia.org's permanent link to revision
715076257 of 'Van Camp's' (13 April 2016). Getty Oil kept whole up to its references (not `truncated`); the other two
cut at a paragraph end before the paragraph their excerpt breaks off in (`truncated`). Edits per item in `notes` (host
and title lines, chrome lines, an old-revision banner, image captions, section headings and citation markers cut;
paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept paragraph against the saved
excerpt (/tmp/gather68b/src), the markers ('[1]', ' [6]', '[edit]', '[citation needed]') dropped and whitespace runs
compared as one space, as batches 55e-66p did. No text tells an outage or a near-miss of one (a binding agreement
breached, a verdict, two bankruptcies, bank mergers and a wartime supply contract are business events). newskg (or
any extractor) was not run on any text. A round of three: eight queries, three answered with English Wikipedia text on
a company not yet in the corpus and were taken; Broderbund (twice), Digital Research, Tidewater Oil and Lake Central
Airlines were not (round notes, /work/notes/gather68/67b.md; queries, /tmp/gather68b/src/queries.txt).
usage: batch67b.py [POOL_DIR] [--dry]   (default /tmp/gather68b/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68b/pool"
SRC = "/tmp/gather68b/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and in the session-61 pools "
           "(/tmp/gather68*/pool) as they stood when checked (`grep -rilF`, file names only); in GATHERING.md only as "
           "names earlier rounds checked, looked at or left as leads, and in /work/notes/gather68/CLAIMS.txt only in "
           "this round's own claim")

# a citation marker ('[1]', ' [6]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\d+\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- oil, US: Getty Oil (oksuvcw.org's proxy frame of en.wikipedia.org, 2018 or later) -----------------------------
GO = [
 "Getty Oil Company was an American oil marketing company with its origins as part of the large integrated oil "
 "company founded by J. Paul Getty.",
 "J. Paul Getty incorporated Getty Oil in 1942.[1] He had previously worked in the oil fields of Oklahoma along with "
 "his father George Getty. When George died, he left J. Paul with $500,000 and a projection that he would destroy "
 "the family business.[1]",
 "Starting in 1949, J. Paul Getty negotiated a 30-year old concession in the neutral zone between Saudi Arabia and "
 "Kuwait. Gordon Getty and his family inherited a 40% interest in the company when J. Paul Getty died in 1976.[2][3]",
 "In 1984, after entering into a binding agreement to sell Getty and its 2.3-billion-barrel stockpile of proven oil "
 "reserves to Pennzoil, Gordon Getty struck a dramatic deal to sell the company to Texaco.[4]",
 "On November 19, 1985, in the case of Texaco, Inc. v. Pennzoil, Co., Pennzoil won a US$10.53 billion verdict "
 "against Texaco in the largest civil verdict in U.S. history as a result of the violation of the binding "
 "agreement.[5] Following extension litigation seeking to overturn the verdict, Texaco filed for bankruptcy, after "
 "which Pennzoil agreed to settle the case for $3 billion. [6]",
 "While the reserves were sold, only some of the refineries changed hands, and Getty continued to exist as a "
 "downstream entity. Getty gas stations in the Northeast were sold off as a condition of the buyout. The company "
 "became known as Getty Petroleum Marketing Inc.[7]",
 "Getty Petroleum Marketing was sold to Lukoil in 2000, and Lukoil sold it to Cambridge Securities LLC in February "
 "2011. Getty Petroleum filed for bankruptcy protection (Chapter 11) on December 5, 2011.[8]",
 "At one point, Getty Oil owned a majority stake of ESPN, before Getty's purchase by Texaco which then sold ESPN to "
 "ABC in 1984.[9]"]
KEPT["wp-getty-oil"] = ("getty-oksuvcw.txt", GO)
R.append(wp("wp-getty-oil", "Getty Oil",
 "http://oksuvcw.org/?page_id=179&rdp_we_resource=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2FGetty_Oil",
 "\n\n".join(MARK.sub("", p) for p in GO),
 "oil", ["history", "founding", "acquisitions", "ownership", "renaming", "litigation"],
 "The article as oksuvcw.org's proxy frame holds it in the page store: a page of that site ('?page_id=179') showing "
 "en.wikipedia.org/wiki/Getty_Oil through its 'rdp_we_resource' parameter (the address names the Wikipedia page; no "
 "revision id held; a revision of 2018 or later: its first reference is dated '20 March 2018'). Cut: the host page's "
 "own title line 'Battle of Caving Banks' (the site's page, not the article's; the frame carries no title line of "
 "the article); the section heading 'History'; the image caption 'A Getty roadside gasoline station in Cheshire, "
 "Connecticut (2011)' (a caption, cut as page furniture, so Cheshire, Connecticut is not in the text); the citation "
 "markers '[1]' (twice), '[2][3]', '[4]', '[5]', ' [6]' (with the space before it), '[7]', '[8]' and '[9]'; the "
 "'References' heading and list after the last paragraph, where the excerpt breaks off ('1. ^ a b McDonell-Parry, "
 "Amelia (20 March 2018). \"John Paul Ge'). The whole article body is kept (not `truncated`). Paragraphs joined with "
 "blank lines. No word added or changed. Kept as written: 'an American oil marketing company with its origins as "
 "part of the large integrated oil company founded by J. Paul Getty', 'J. Paul Getty incorporated Getty Oil in "
 "1942', 'his father George Getty', 'left J. Paul with $500,000', 'a 30-year old concession in the neutral zone "
 "between Saudi Arabia and Kuwait' ('30-year old' with one hyphen, 'neutral zone' lower case), 'Gordon Getty and his "
 "family inherited a 40% interest in the company', 'after entering into a binding agreement to sell Getty ... to "
 "Pennzoil, Gordon Getty struck a dramatic deal to sell the company to Texaco', 'in the case of Texaco, Inc. v. "
 "Pennzoil, Co.' (a comma before 'Co.'), 'a US$10.53 billion verdict', 'in the largest civil verdict in U.S. "
 "history', 'Following extension litigation', 'Getty gas stations in the Northeast were sold off as a condition of "
 "the buyout', 'The company became known as Getty Petroleum Marketing Inc.', 'Getty Petroleum Marketing was sold to "
 "Lukoil in 2000, and Lukoil sold it to Cambridge Securities LLC in February 2011', 'Getty Petroleum filed for "
 "bankruptcy protection (Chapter 11) on December 5, 2011', 'Getty Oil owned a majority stake of ESPN, before "
 "Getty's purchase by Texaco which then sold ESPN to ABC in 1984' (no comma before 'which'). 303 words. No outage "
 "and no near-miss of one told (a breached agreement, a verdict, two bankruptcies and stations sold off are business "
 "events). Recorded CC BY-SA 4.0 (a revision of 2018 or later, shown live through the proxy frame; dated no closer, "
 "recorded 4.0 as the proxied page is the current article). Found at rank 1 of the query 'Getty Oil Company J. Paul "
 "Getty incorporated 1942 Texaco purchase 1984 Pennzoil Getty Petroleum Marketing Lukoil', the copy batch 66b named "
 "as a lead ('a cleaner free copy may be found': none came back; this one's only furniture is the host's title line "
 "and a caption, both cut); wikimd.com (rank 2; a rewritten wellness-wiki text), rightsta.com (rank 3; a rewritten "
 "wiki text), eatsip365.com (rank 4; a blog), fortune.com (rank 5; a 1967 magazine article), encyclopedia.com (rank "
 "6; copyrighted), vdocuments.mx (rank 7; a book) and kampuspedia.com (rank 8; Japanese) not used. Getty Oil (as a "
 "company history of its own), Pennzoil, Lukoil, Cambridge Securities, Gordon Getty: " + CHECKED + " ('Getty Oil' "
 "and 'J. Paul Getty' in train's wp-skelly-oil, Skelly's history, where Getty Oil absorbed Skelly in 1974 -- another "
 "matter, none of this text's events; 'Getty' alone in train's wn-getty-taps-into-flickr-snappers-2010, Getty Images; "
 "'Texaco' and 'ESPN' in texts on other matters, none on Getty Oil).", "US",
 copy_of="the Wikipedia article, shown through a proxy frame"))
R[-1]["truncated"] = False

# ---- banking, US: Irving Trust (profilpelajar.com's copy, undated) --------------------------------------------------
IT = [
 "The Irving Trust was an American commercial bank headquartered in New York City that operated between 1851 and "
 "1988 when it was acquired by Bank of New York. From 1965, the bank was the principal subsidiary of the Irving Bank "
 "Corporation.",
 "Between 1913 and 1931, its headquarters was in the Woolworth Building; after 1931, until it was acquired by Bank of "
 "New York, its headquarters was located at 1 Wall Street, at what is now known as the BNY Mellon Building.",
 "The bank had its origins in 1851, when the Irving Bank of the City of New York was founded. Since there was not yet "
 "a federal currency, each bank issued its own paper for use. The firm was named after Washington Irving, an author, "
 "diplomat, and lawyer who had gained an international reputation as America's first man of letters. His portrait "
 "appeared on the bank's notes.",
 "In June 1865, it converted from a state bank to a bank chartered under the National Bank Act of 1863, and became "
 "the Irving National Bank of New York. In 1907, after a merger, it became the Irving National Exchange Bank of New "
 "York, changing its name to the Irving National Bank in 1912.[1] In 1918, it acquired, by merger, the Market and "
 "Fulton National Bank of New York, and in 1919, the Sherman National Bank of New York and the National City Bank of "
 "Brooklyn.[2] In 1922, it merged with the Columbia Trust Company, a New York State-chartered bank, creating the "
 "Irving Bank and Trust Company.[3][1] Later, in 1926, it acquired by merger the American Exchange-Pacific Bank, and "
 "changed its name to the American Exchange Irving Trust Company.[1][4] Finally, in 1929, it changed its name to the "
 "Irving Trust Company, the name under which it was known until 1989.",
 "In 1983, the Irving Trust had 13 branches in New York and was primarily a wholesale bank working with mid- and "
 "large-sized corporations and banks. It also had offices around the world, allowing for their claim that the sun "
 "never set on the Irving."]
KEPT["wp-irving-trust"] = ("irving-profilpelajar.txt", IT)
R.append(wp("wp-irving-trust", "Irving Trust", "https://profilpelajar.com/article/Irving_Trust",
 "\n\n".join(MARK.sub("", p) for p in IT),
 "banking", ["history", "founding", "mergers", "acquisitions", "ownership", "renaming"],
 "The article as profilpelajar.com's copy holds it in the page store (its address names the article 'Irving_Trust'; "
 "no revision id and no date held; a revision later than 2010: its lead reads 'The Irving Trust was an American "
 "commercial bank headquartered in New York City that operated between 1851 and 1988 when it was acquired by Bank of "
 "New York' and names the 'BNY Mellon Building' and 'In 1918, it acquired, by merger, the Market and Fulton National "
 "Bank', where en-academic.com's copy marked 'Wikimedia Foundation. 2010.' (ranks 4 and 6 of the same query) begins "
 "'Irving Trust was a bank headquartered in New York City' and has neither). Cut: the section heading 'History'; the "
 "citation markers '[1]', '[2]', '[3][1]' and '[1][4]' (no space before them); cut after '... the sun never set on "
 "the Irving.', before the paragraph the excerpt breaks off in ('In 1986, Natasha Kagalovsky (n\u00e9e Gurfinkel) "
 "be'; `truncated`; a cut at a paragraph end). The copy has no title line and no infobox in the excerpt. Paragraphs "
 "(single line breaks in the copy) joined with blank lines. No word added or changed. Kept as written: 'operated "
 "between 1851 and 1988 when it was acquired by Bank of New York' (no 'the' before 'Bank of New York'), 'From 1965, "
 "the bank was the principal subsidiary of the Irving Bank Corporation', 'its headquarters was in the Woolworth "
 "Building; after 1931' (a semicolon), 'located at 1 Wall Street, at what is now known as the BNY Mellon Building', "
 "'the Irving Bank of the City of New York was founded', 'The firm was named after Washington Irving, an author, "
 "diplomat, and lawyer', \"America's first man of letters\", 'chartered under the National Bank Act of 1863', 'the "
 "Irving National Bank of New York', 'the Irving National Exchange Bank of New York', 'In 1918, it acquired, by "
 "merger, the Market and Fulton National Bank of New York, and in 1919, the Sherman National Bank of New York and the "
 "National City Bank of Brooklyn', 'In 1922, it merged with the Columbia Trust Company, a New York State-chartered "
 "bank, creating the Irving Bank and Trust Company', 'Later, in 1926, it acquired by merger the American "
 "Exchange-Pacific Bank, and changed its name to the American Exchange Irving Trust Company', 'the name under which it "
 "was known until 1989' (beside the lead's 1988), 'with mid- and large-sized corporations and banks', 'the sun never "
 "set on the Irving'. 341 words. No outage and no near-miss of one told (mergers, renamings and a takeover are "
 "business events). Recorded CC BY-SA 4.0 (an undated copy of a revision later than 2010; its address and text give "
 "no closer date: recorded 4.0 as the likelier, a doubt noted in the round notes). Found at rank 7 of the query "
 "'Irving Trust Company history Irving National Bank acquired by Bank of New York 1988', the article batches 65b-66p "
 "named as a lead; the-uncensored-wiki.com (rank 1; an older revision with a web address inside the text), a copy with "
 "no address (rank 2), image.absoluteastronomy.com (rank 3; glosses woven into the prose), en-academic.com (ranks 4 "
 "and 6; the older revision of 2010), theinfolist.com (rank 5; glosses woven into the prose) and gluedideas.com (rank "
 "8; an encyclopaedia of about 1940) not used. Irving Trust, Irving Bank, Columbia Trust, American Exchange-Pacific, "
 "Sherman National, Market and Fulton, Kagalovsky, Woolworth Building, Washington Irving: " + CHECKED + " ('Bank of "
 "New York' in texts on other matters, none on Irving Trust).", "US",
 copy_of="the Wikipedia article"))

# ---- food, US: Van Camp's (en.wikipedia.org's permanent link of revision 715076257, 13 April 2016) ----------------
VC = [
 "Van Camp\u2019s is a brand of canned beans currently owned by ConAgra Foods, Inc. Their products typically consist "
 "of beans stewed in a flavored sauce. Van Camp's has for some time been the second-best selling brand of baked beans "
 "in the United States, competing with Bush's Baked Beans.",
 "The brand traces its roots back to Indianapolis, where in 1861 Gilbert Van Camp and associates Calvin Fletcher and "
 "Martin Williams constructed what became the nation's first successful commercial cold storage warehouse.[1] "
 "Primarily concerned with the preservation of fruits and vegetables, VanCamp quickly began experimenting with "
 "canning, and by 1862 he had started to can fruits and vegetables in the summertime for winter consumption. Shortly "
 "thereafter, VanCamp secured a lucrative contract to supply Union troops during the Civil War.[2] Van Camp's pork "
 "and beans quickly became a wartime staple. Following the war, demand for canned food soared as returning veterans "
 "were eager to purchase the food that they had become familiar with. In 1882 Van Camp Packing Company was founded, "
 "selling catsup beginning in 1888.[3] In 1894 his son Frank Van Camp is credited with the creation of the "
 "now-famous recipe for pork and beans in tomato sauce.[4] By 1898 the Van Camp Packing Company had increased annual "
 "production to six million cans. By 1909 Indiana, bolstered by the Van Camp family's company had become the "
 "nation's leading producer of canned baked beans. Frank Van Camp went on to found Van Camp Seafood."]
KEPT["wp-van-camps"] = ("vancamp-enwiki-oldid.txt", VC)
R.append(wp("wp-van-camps", "Van Camp's", "https://en.wikipedia.org/wiki/Van_Camp's?oldid=715076257",
 "\n\n".join(MARK.sub("", p) for p in VC),
 "food", ["history", "brands", "ownership", "founding", "founders"],
 "The article as en.wikipedia.org's permanent link to an old revision holds it in the page store: the banner reads "
 "'This is an old revision of this page, as edited by Comp.arch (talk | contribs) at 15:37, 13 April 2016 (Commented "
 "out most of the only edit of: https://en.wikipedia.org/w/index.php?title=Van_Camp%27s&oldid=700175833).', so the "
 "revision is 715076257 of 13 April 2016. Cut: the chrome line 'Jump to content', the title line \"Van Camp's\" and "
 "'From Wikipedia, the free encyclopedia'; the old-revision banner (the sentence above and 'The present address (URL) "
 "is a permanent link to this revision, which may differ significantly from the current revision.'); the image "
 "caption 'A Stokely-Van Camp factory building in Trenton, New Jersey' (a caption, cut as page furniture, so "
 "Stokely-Van Camp and Trenton are not in the text); the citation markers '[1]' to '[4]' (no space before them); cut "
 "after '... Frank Van Camp went on to found Van Camp Seafood.', before the paragraph the excerpt breaks off in ('The "
 "firm is considered to have'; `truncated`; a cut at a paragraph end). Paragraphs joined with blank lines. No word "
 "added or changed. Kept as written: 'Van Camp\u2019s is a brand of canned beans currently owned by ConAgra Foods, "
 "Inc.' (a curly apostrophe in this first 'Van Camp\u2019s', straight ones after), 'the second-best selling brand of "
 "baked beans in the United States, competing with Bush's Baked Beans', 'in 1861 Gilbert Van Camp and associates "
 "Calvin Fletcher and Martin Williams constructed what became the nation's first successful commercial cold storage "
 "warehouse', 'VanCamp quickly began experimenting with canning' and 'VanCamp secured a lucrative contract' ('VanCamp' "
 "as one word, twice), 'to supply Union troops during the Civil War', 'In 1882 Van Camp Packing Company was founded, "
 "selling catsup beginning in 1888' (no 'the' before the name, and no founder named), 'In 1894 his son Frank Van Camp "
 "is credited with the creation of the now-famous recipe', 'By 1909 Indiana, bolstered by the Van Camp family's "
 "company had become' (no comma after 'company'), 'Frank Van Camp went on to found Van Camp Seafood'. 241 words. No "
 "outage and no near-miss of one told (a supply contract for troops and a rise in production are business events). "
 "Recorded CC BY-SA 3.0 (a revision of April 2016, before Wikimedia's move to 4.0 of June 2023). Found at rank 2 of "
 "the query \"Van Camp's canned pork and beans Gilbert Van Camp Indianapolis company history Stokely acquired\", the "
 "article batch 65k named as a lead ('en.wikipedia.org's free revisions; Gilbert Van Camp, Van Camp Seafood, ConAgra "
 "Foods'); crownhillhf.org (ranks 1 and 3; a hall of fame's page), indianahumanities.org (rank 4), "
 "newnetherlandinstitute.org (rank 5), indystar.com (rank 6; news), visualfoodie.com (rank 7; a blog) and "
 "famousbrandnames.blogspot.com (rank 8; a blog) not used. Van Camp, Gilbert Van Camp, Calvin Fletcher, Van Camp "
 "Seafood, Bush's Baked Beans: " + CHECKED + " ('Van Camp' and 'Stokely' in batch 65k's script only in its notes on "
 "Stokely-Van Camp searched and not taken; 'ConAgra' in texts on other matters, none on Van Camp's).", "US", v3=True,
 copy_of="the Wikipedia article: the permanent link of its old revision on en.wikipedia.org"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[edit]', '[citation needed]'), whitespace
    runs as one space."""
    return " ".join(re.sub(r"\s*\[(\d+|edit|citation needed)\]", "", s).split())


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
