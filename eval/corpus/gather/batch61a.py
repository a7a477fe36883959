#!/usr/bin/env python3
"""Batch 61a (session 57; gatherer lane 61a): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p and 59a-60i, on mid-size British companies in brewing, tea and sugar, new to the corpus:
Thwaites Brewery, the Blackburn brewer founded by Daniel Thwaites in 1807, the Eanam Brewery partnership with Edward
Duckworth and William Clayton, the part sold to Marston's in 2015 and the Mitchell Brewery bought in part in 1999
(brewing, UK); Twinings, the London tea marketer founded by Thomas Twining in 1706, acquired by Associated British Foods
in 1964, its purchase of Jacksons of Piccadilly and its Nambarrie plant in Belfast (tea, UK); Fuller, Smith & Turner,
the Chiswick brewer and pub company formed in 1845 by John Bird Fuller, Henry Smith and John Turner, and its purchase of
Bel & The Dragon in 2018 (brewing and pubs, UK); and Tate & Lyle PLC, formed in 1921 by the merger of Henry Tate & Sons
and Abram Lyle & Sons, Henry Tate's Tate Institute and Tate Gallery (sugar and food ingredients, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's '= Title =' renderings of 'Thwaites Brewery' and 'Fuller, Smith & Turner'
(undated; content to 2019 and to 2025), en.wikipedia.org's rendering of 'Twinings' of about 2023 (its infobox '317 years
ago') and enwikipedia.net's copy of 'Tate & Lyle' of about 2021-2022 (its infobox figures of 2020); each cut at a
paragraph end before the paragraph where the excerpt breaks off (all `truncated`). Edits per item in `notes` (title
lines, infobox lines, headings, image captions and citation markers cut; no word added or changed); `verify()` checks
every kept paragraph against the saved excerpt (/tmp/gather62a/src), the markers ('[1]', ' [1]', '[edit]', '[ citation
needed ]') dropped and whitespace runs compared as one space, as batches 57g-60i did. No text tells an outage or a
near-miss of one. newskg (or any extractor) was not run on any text. A round of four: thirteen queries, nine companies
answered with English Wikipedia text (or a copy of it), four taken (round notes, /work/notes/gather62/61a.md; queries,
/tmp/gather62a/src/queries.txt).
usage: batch61a.py [POOL_DIR] [--dry]   (default /tmp/gather62a/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather62a/pool"
SRC = "/tmp/gather62a/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-57 pools "
           "(/tmp/gather62*/pool) and in /work/notes/gather62/CLAIMS.txt as they stood when checked (`grep -ril`, "
           "file names only)")
# a citation marker ('[1]', ' [2]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- brewing, UK: Thwaites Brewery (en.wikipedia.org '= Title =' rendering, undated) --------------------------------
THWAITES = [
 "Thwaites Brewery is a regional brewery established in 1807 in Blackburn, Lancashire, England by founder Daniel "
 "Thwaites. Now located near Mellor in the Ribble Valley, part of the company was sold to Marston's in 2015, and the "
 "original brewery was demolished in 2019.",
 "Thwaites produces beer on a small scale. The brewery invested in nitrokeg beers in the 1990s, but is working to "
 "increase market demand for its cask beers. Thwaites unveiled their new craft brewery in 2011.",
 "In 1999, the Mitchell Brewery in Lancaster closed down and was bought in part by Thwaites. Lancaster Bomber, an ale "
 "named after the Avro Lancaster aircraft, has been available at Thwaites' public houses since the Marston acquisition "
 "and is now brewed by Marston's, as is Wainwright, another Thwaites beer.",
 "The company has over 270 pubs, mainly in the North of England.",
 "In 1807, Daniel Thwaites (born 1777) began brewing in Blackburn, Lancashire, after the founding of Eanam Brewery in "
 "partnership with local businessmen Edward Duckworth and William Clayton. At the age of 31, Daniel married Edward's "
 "daughter Betty, who inherited her father's share of the company following his death in 1822.",
 "The brewery became the sole property of the Thwaites' in 1824 when William Clayton sold his remaining share of the "
 "company to Daniel Thwaites.",
 "Daniel and Betty Thwaites went on to have twelve children - four sons and eight daughters. Daniel Thwaites Jr was "
 "born in 1817, the sixth of their twelve children."]
KEPT["wp-thwaites-brewery"] = ("thwaites-enwiki.txt", THWAITES)
R.append(wp("wp-thwaites-brewery", "Thwaites Brewery", "https://en.wikipedia.org/wiki/Thwaites_Brewery",
 "\n\n".join(MARK.sub("", p) for p in THWAITES),
 "food/brewing", ["history", "founding", "ownership", "deal", "brand"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "revision of 2019 or later: its lead tells the original brewery demolished in 2019). Cut: the title line '= Thwaites "
 "Brewery =' and the line 'Daniel Thwaites plc'; the infobox lines ('- Logo: 200px' to '- Homepage: "
 "http://www.thwaites.co.uk/'), with '- Founder: Daniel Thwaites' and '- Key People: Anne Yerburgh (chairman)', so "
 "Anne Yerburgh and the plc name are not in the text (cut as batches 57p-60i cut their infoboxes); the headings '== "
 "History ==' and '=== Establishment ==='; cut after '... the sixth of their twelve children.', before the sentence "
 "the excerpt breaks off ('Daniel Thwaites Jr and his brothers John and Thomas later inherited the brewery following "
 "the death of their father, Daniel Thwaites Sr, i'; `truncated`; a cut at a sentence end), so John, Thomas and "
 "Daniel Thwaites Sr's death are not in the text. The rendering has no citation markers. No word added or changed. "
 "Kept as written: 'Thwaites Brewery is a regional brewery established in 1807 in Blackburn, Lancashire, England by "
 "founder Daniel Thwaites.', 'Now located near Mellor in the Ribble Valley, part of the company was sold to Marston's "
 "in 2015, and the original brewery was demolished in 2019.' (a dangling opening phrase), 'In 1999, the Mitchell "
 "Brewery in Lancaster closed down and was bought in part by Thwaites.', 'Lancaster Bomber, an ale named after the "
 "Avro Lancaster aircraft, has been available at Thwaites' public houses since the Marston acquisition and is now "
 "brewed by Marston's, as is Wainwright, another Thwaites beer.' ('Marston' without the 's once), 'In 1807, Daniel "
 "Thwaites (born 1777) began brewing in Blackburn, Lancashire, after the founding of Eanam Brewery in partnership with "
 "local businessmen Edward Duckworth and William Clayton.', 'The brewery became the sole property of the Thwaites' in "
 "1824' (an apostrophe after the family name), 'Daniel and Betty Thwaites went on to have twelve children - four sons "
 "and eight daughters.' (a spaced hyphen). 242 words. No outage and no near-miss of one told (a brewery demolished: "
 "no service lost). Recorded CC BY-SA 4.0 (doubtful: undated; a recent rendering, as batches 58p-60i recorded their "
 "'= Title =' renderings; an older revision would be 3.0, whose terms the record meets the same way). Found at rank 3 "
 "of the query \"Thwaites brewery Blackburn history Daniel Thwaites founded Eanam Brewery Marston's\" (batch 60i's "
 "lead); johnhalley.uk (rank 1; a blog), issuu.com (rank 2; a book's jacket), wikisum.wiki (rank 4; sentences out of "
 "order), theinfolist.com (rank 5; advertising lines), wikimili.com's copy (rank 6; the same article with markers), "
 "the Lancashire Telegraph (rank 7; news) and a tray seller's page (rank 8) not used. Thwaites, Eanam, Mitchell "
 "Brewery, Marston's, Lancaster Bomber, Wainwright, William Clayton, Edward Duckworth: " + CHECKED + " (GATHERING.md "
 "names Thwaites, Eanam, Edward Duckworth, William Clayton, Marston's and the Mitchell Brewery only in batch 60i's "
 "texts not used and leads; 'Duckworth' alone "
 "hits batch 40zf's Cosworth text, another person).", "non-US"))

# ---- tea, UK: Twinings (en.wikipedia.org, about 2023) ---------------------------------------------------------------
TWININGS = [
 "Twinings (/\u02c8twn\u026a\u014bz/) is a British marketer of tea and other beverages, including coffee, hot "
 "chocolate and malt drinks, based in Andover, Hampshire.[2] The brand is owned by Associated British Foods. It holds "
 "the world's oldest continually used company logo, and is London's longest-standing ratepayer, having occupied the "
 "same premises on the Strand since 1706.[3] Twinings tea varieties include black tea, green tea and herbal teas, "
 "along with fruit-based cold infusions.[4]",
 "Twinings was founded by Thomas Twining, of Painswick, Gloucestershire, England, who opened Britain's first known tea "
 "room, at No. 216 Strand, London, in 1706; it still operates today.[5][6] The firm's logo, created in 1787, is the "
 "world's oldest in continuous use.[7][8]",
 "Holder of a royal warrant,[9] Twinings was acquired by Associated British Foods in 1964.[10] The company is "
 "associated with Earl Grey tea, a tea infused with bergamot, though it is unclear when this association began, and "
 "how important the company's involvement with the tea has been. Competitor Jacksons of Piccadilly \u2013 acquired by "
 "Twinings during the 1990s \u2013 also had associations with the bergamot blend.[11]",
 "In April 2008, Twinings announced their decision to close its Belfast Nambarrie plant, a tea company in trade for "
 "over 140 years.[12] Citing an \"efficiency drive\", Twinings moved most of its production to China and Poland in "
 "late 2011, while retaining its Andover, Hampshire factory with a reduced workforce.[9]"]
KEPT["wp-twinings"] = ("twinings-enwiki.txt", TWININGS)
R.append(wp("wp-twinings", "Twinings", "https://en.wikipedia.org/wiki/Twinings",
 "\n\n".join(MARK.sub("", p) for p in TWININGS),
 "food/tea", ["history", "founding", "ownership", "deal", "brand"],
 "The article as en.wikipedia.org's rendering with its page chrome holds it in the page store (no revision id; a "
 "revision of about 2023: its infobox reads 'Introduced1706; 317 years ago (1706)'). Cut: the line 'From Wikipedia, "
 "the free encyclopedia'; the image lines 'Twinings Tea logo.png' and 'Twinings 20130414 068.jpg' and the caption "
 "\"Twinings' shop on the Strand in central London was established as a tea room in 1706\"; the infobox lines "
 "('OwnerAssociated British Foods', 'CountryUnited Kingdom', 'Introduced1706; 317 years ago (1706)'); the citation "
 "markers '[2]' to '[12]' (no space before them; '[5][6]' and '[7][8]' together, '[9]' twice); cut after '... with a "
 "reduced workforce.', before the paragraph the excerpt breaks off (\"Twinings' ethical tea programme, Sourced with "
 "Care, aims to improve the quality of life ... The company is a founding member of the Ethical Tea Partnership, a "
 "not-for-profit membership organisation of tea\"; `truncated`; a cut at a paragraph end), so Sourced with Care and "
 "the Ethical Tea Partnership are not in the text. No word added or changed. Kept as written: 'Twinings "
 "(/\u02c8twn\u026a\u014bz/) is a British marketer of tea and other beverages' (the pronunciation in slashes, as "
 "the rendering has it, without a vowel after 'tw'), 'The brand is owned by Associated British Foods.', \"is London's longest-standing ratepayer, "
 "having occupied the same premises on the Strand since 1706.\", 'Twinings was founded by Thomas Twining, of "
 "Painswick, Gloucestershire, England, who opened Britain's first known tea room, at No. 216 Strand, London, in 1706; "
 "it still operates today.', 'Holder of a royal warrant, Twinings was acquired by Associated British Foods in 1964.', "
 "'Competitor Jacksons of Piccadilly \u2013 acquired by Twinings during the 1990s \u2013 also had associations with "
 "the bergamot blend.' (en dashes), 'In April 2008, Twinings announced their decision to close its Belfast Nambarrie "
 "plant, a tea company in trade for over 140 years.', 'Citing an \"efficiency drive\", Twinings moved most of its "
 "production to China and Poland in late 2011' (straight quotes). 225 words. No outage and no near-miss of one told (a "
 "plant closed and production moved: no service lost). Recorded CC BY-SA 4.0 (doubtful: a revision of about 2023, "
 "before or after Wikimedia's move to 4.0 of June 2023; an earlier one would be 3.0, whose terms the record meets the "
 "same way). Found at rank 8 of the query 'Twinings English marketer of tea Andover Associated British Foods 1964 "
 "Jacksons of Piccadilly Nambarrie' (a free name of batch 60i's leads); a copy with no address (rank 1), "
 "en.wikipedia.org's rendering of about 2017 (rank 2; breaks off in the Nambarrie paragraph), teahistory.co.uk (rank "
 "3; a copy on a tea site, its licence not stated), self.gutenberg.org (rank 4; 'in the 1960s' for Jacksons), "
 "letslookagain.com (ranks 5, 7; a blog) and Grace's Guide (rank 6) not used; the query before it (teahistory.co.uk, "
 "academickids.com's old copy and others) gave no text taken. Twinings, Twining, Associated British Foods, Jacksons "
 "of Piccadilly, Nambarrie: " + CHECKED + " (GATHERING.md names Twinings only in batches 60h's and 60i's lists of "
 "free names).", "non-US"))

# ---- brewing and pubs, UK: Fuller, Smith & Turner (en.wikipedia.org '= Title =' rendering, undated) -----------------
FULLER = [
 "Fuller, Smith & Turner is a public limited company based in London, England, whose origins lie in Fuller's Brewery "
 "in Chiswick, West London. In 2019, it sold its brewing division, leaving it as a pub operator. The company's "
 "registered office is now on Strand-on-the-Green in Chiswick, London.",
 "Beer has been brewed on Fuller's historic Fuller's Brewery site, also known as the Griffin Brewery, in Chiswick "
 "since the seventeenth century. From the original brewery in the gardens of Bedford House on Chiswick Mall, the "
 "business expanded and thrived until the early part of the nineteenth century. Money problems forced the owners, "
 "Douglas and Henry Thompson and Philip Wood, to seek a partner. John Fuller, of Neston Park, Wiltshire was approached "
 "to see if he would inject the required amount of money. In 1829 he joined the enterprise, but the partnership proved "
 "a difficult one and in 1841 Douglas Thompson fled to France and the partnership was dissolved. It became apparent "
 "that it was difficult for one man with no brewing experience to run a brewery of that size alone. In 1845 John "
 "Fuller's son, John Bird Fuller, was joined by Henry Smith from the Romford Brewery of Ind & Smith and his "
 "brother-in-law, head brewer John Turner, thereby forming Fuller, Smith & Turner.",
 "In June 2018, Fuller, Smith & Turner acquired Bel & The Dragon, which had six country inns in the South East."]
KEPT["wp-fuller-smith-turner"] = ("fuller-smith-turner-enwiki.txt", FULLER)
R.append(wp("wp-fuller-smith-turner", "Fuller, Smith & Turner", "https://en.wikipedia.org/wiki/Fuller,_Smith_&_Turner",
 "\n\n".join(MARK.sub("", p) for p in FULLER),
 "food/brewing and pubs", ["history", "founding", "ownership", "deal"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (at the address's "
 "percent-encoded form, en.wikipedia.org/wiki/Fuller,_Smith_%26_Turner, the same page, as batch 58p recorded Gieves & "
 "Hawkes; undated, no revision id; a revision of 2025 or later: its infobox gives revenue for 2025). Cut: the title "
 "line '= Fuller, Smith & Turner =' and the line 'Fuller, Smith & Turner PLC'; the infobox lines ('- Logo: Fuller "
 "Smith Turner Cartouche.png' to '- Net Income: \u00a327.2 million (2025)'), with '- Founders: John Bird Fuller, "
 "Henry Smith, John Turner' and '- Key People: Michael Turner, (Chairman), Simon Emeny, (Chief Executive Officer, "
 "Chief Executive)', so Michael Turner and Simon Emeny are not in the text; the heading '==History=='; cut after '... "
 "six country inns in the South East.', before the paragraph the excerpt breaks off ('In 2019, Fuller, Smith & Turner "
 "Plc sold their brewing division (The Fuller's Griffin Brewery, as well as Cornish Or'; `truncated`; a cut at a "
 "paragraph end), so the buyer of the brewing division and the units sold with it are not in the text. The rendering "
 "has no citation markers. No word added or changed. Kept as written: \"Fuller, Smith & Turner is a public limited "
 "company based in London, England, whose origins lie in Fuller's Brewery in Chiswick, West London.\", 'In 2019, it "
 "sold its brewing division, leaving it as a pub operator.', \"Beer has been brewed on Fuller's historic Fuller's "
 "Brewery site, also known as the Griffin Brewery, in Chiswick since the seventeenth century.\", 'Money problems "
 "forced the owners, Douglas and Henry Thompson and Philip Wood, to seek a partner.', 'John Fuller, of Neston Park, "
 "Wiltshire was approached' (no comma after 'Wiltshire'), 'in 1841 Douglas Thompson fled to France and the "
 "partnership was dissolved.', \"In 1845 John Fuller's son, John Bird Fuller, was joined by Henry Smith from the "
 "Romford Brewery of Ind & Smith and his brother-in-law, head brewer John Turner, thereby forming Fuller, Smith & "
 "Turner.\", 'In June 2018, Fuller, Smith & Turner acquired Bel & The Dragon, which had six country inns in the South "
 "East.' 233 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a revision of 2025 or later; "
 "doubtful only in that the rendering is undated). Found at rank 3 of the query \"Fuller, Smith & Turner plc is a "
 "British pub and hotel company founded 1845 Griffin Brewery Gale's Dark Star\"; Swedish and Spanish wikis (ranks 1, "
 "2), the company's own page (rank 4), the Brewery History Society wiki (rank 5; no licence seen), wikiclassic.com "
 "(rank 6; words garbled), marbk-70v.win (rank 7; a mirror of the same article, breaking off at the same sentence) and "
 "en.wikipedia.org's \"Fuller's Brewery\" (rank 8; the brewing division's article, the same matter) not used; the "
 "query before it answered with news and blogs only. Fuller, Smith, Fuller's, Griffin Brewery, Bel & The Dragon, "
 "Ind & Smith, Romford Brewery, John Bird Fuller: " + CHECKED + ".", "non-US"))

# ---- sugar and food ingredients, UK: Tate & Lyle (enwikipedia.net's copy, about 2021-2022) --------------------------
TATE = [
 "Tate & Lyle PLC is a British-headquartered, global supplier of food and beverage ingredients to industrial markets. "
 "It was originally a sugar refining business, but from the 1970s it began to diversify, eventually divesting its "
 "sugar business in 2010. It specialises in turning raw materials such as corn and tapioca into ingredients that add "
 "taste, texture, and nutrients to food and beverages.[2] It is listed on the London Stock Exchange and is a "
 "constituent of the FTSE 250 Index.",
 "The company was formed in 1921 from a merger of two rival sugar refiners: Henry Tate & Sons and Abram Lyle & "
 "Sons.[3]",
 "Henry Tate established his business in 1859 in Liverpool, later expanding to Silvertown in East London.[3] He used "
 "his industrial fortune to found the Tate Institute in Silvertown in 1887 and the Tate Gallery in Pimlico, Central "
 "London in 1897. He endowed the gallery with his own collection of Pre-Raphaelite paintings.[4]",
 "Abram Lyle, a cooper and shipowner, acquired an interest in a sugar refinery in 1865 in Greenock and then at "
 "Plaistow Wharf, West Silvertown, London.[3] The two companies had large factories nearby each other \u2013 Henry "
 "Tate in Silvertown and Abram Lyle at Plaistow Wharf \u2013 so prompting the merger."]
KEPT["wp-tate-lyle"] = ("tate-lyle-enwikipedianet.txt", TATE)
R.append(wp("wp-tate-lyle", "Tate & Lyle", "https://enwikipedia.net/wiki/Tate_%26_Lyle",
 "\n\n".join(MARK.sub("", p) for p in TATE),
 "food/sugar and food ingredients", ["history", "founding", "merger"],
 "The article as enwikipedia.net's copy holds it in the page store ('From Wikipedia, the free encyclopedia'; no date "
 "or revision id held; a revision of about 2021-2022: its infobox gives figures for 2020 and names Gerry Murphy and "
 "Nick Hampton). Cut: the title line 'Tate & Lyle' and the line 'From Wikipedia, the free encyclopedia'; the infobox "
 "lines ('Tate & Lyle PLC', 'TypePublic limited company' to 'Websitewww.tateandlyle.com'), with 'FoundedMerger of "
 "Henry Tate & Sons (established 1859) and Abram Lyle & Sons (established 1887) in 1921' and 'Key people Gerry "
 "Murphy, Chairman Nick Hampton, CEO', so Gerry Murphy, Nick Hampton and the products list are not in the text (cut as "
 "batches 57p-60i cut their infoboxes); the headings 'History[]' and 'Sugar refining[]' (the copy's empty edit-link "
 "brackets with them); the image caption 'Former Tate & Lyle PLC refinery along the Thames in Silvertown, London'; the "
 "citation markers '[2]', '[3]' (three times) and '[4]' (no space before them); cut after '... so prompting the "
 "merger.', before the sentence the excerpt breaks off ('Prior to the merger, which occurred after they had died, the "
 "two men were bitter business'; `truncated`; a cut at a sentence end). No word added or changed. Kept as written: "
 "'Tate & Lyle PLC is a British-headquartered, global supplier of food and beverage ingredients to industrial "
 "markets.', 'It was originally a sugar refining business, but from the 1970s it began to diversify, eventually "
 "divesting its sugar business in 2010.', 'It specialises' (British spelling; wikimili.com's copy has 'specializes'), "
 "'It is listed on the London Stock Exchange and is a constituent of the FTSE 250 Index.', 'The company was formed in "
 "1921 from a merger of two rival sugar refiners: Henry Tate & Sons and Abram Lyle & Sons.', 'Henry Tate established "
 "his business in 1859 in Liverpool, later expanding to Silvertown in East London.', 'He used his industrial fortune "
 "to found the Tate Institute in Silvertown in 1887 and the Tate Gallery in Pimlico, Central London in 1897.', "
 "'Abram Lyle, a cooper and shipowner, acquired an interest in a sugar refinery in 1865 in Greenock and then at "
 "Plaistow Wharf, West Silvertown, London.', 'The two companies had large factories nearby each other \u2013 Henry "
 "Tate in Silvertown and Abram Lyle at Plaistow Wharf \u2013 so prompting the merger.' (en dashes; the two men's names "
 "standing for their firms). 203 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (doubtful: an "
 "undated copy of a revision of about 2021-2022, before Wikimedia's move to 4.0 of June 2023, as batches 55n-60i "
 "recorded their older copies; enwikipedia.net's own terms page not found in the page store). Found at rank 8 of the "
 "query 'Tate & Lyle sugar company history Henry Tate Abram Lyle merger 1921 American Sugar Refining' (batch 60i's "
 "lead); encyclopedia.com (ranks 1, 3; no open licence), historyworld.net (rank 2), wikimili.com's copy (rank 4; "
 "breaks off earlier, at 'so prom'), app.ckbk.com (rank 5), cooksinfo.com (rank 6) and a blog (rank 7) not used. "
 "Tate & Lyle, Henry Tate, Abram Lyle, Tate Institute, Tate Gallery, Plaistow: " + CHECKED + " (GATHERING.md names "
 "Tate & Lyle, Henry Tate and Abram Lyle only in batches 60h's and 60i's texts not used and leads; 'Silvertown' hits "
 "batch 58h's Tata Chemicals Europe text, another matter).", "non-US", v3=True,
 copy_of="the Wikipedia article, via enwikipedia.net's undated copy"))


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
