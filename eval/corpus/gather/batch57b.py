#!/usr/bin/env python3
"""Batch 57b (session 55; gatherer lane 57b): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56f, 56h, 56j, 56n and 56p, turned again to
mid-size British companies in food, transport and retail, new to the corpus: a chain of burger restaurants started in
London in 2001 by three New Zealanders (Adam Wills, Greg Driscoll, Brandon Allen), with the chef Peter Gordon on the
menu, sold in turn to Clapham House Group PLC, to Capricorn Ventures (the operator of Nando's) and to the South African
firm Famous Brands, and bought out of administration by Ranjit Singh Boparan (restaurants, UK); a London private hire
company founded by John Griffin in 1975, which the Carlyle Group agreed in April 2013 to buy, with the founder staying on
as chairman, his son Liam replacing Daryl Foster as CEO, five senior hires of 2014 with their posts, and the founder's
departure (transport, UK); an off-licence chain established in 1963 by Ahmed Pochee, bought by Nick Baile and Dennis
Ing, then acquired by Seagram and by the French Castel Group (owner of the Nicolas chain) and bought by Simon Baile,
with a trade arm, Oddbins Wholesale, a managing director Ayo Akintola and a former marketing director Gordon Kerr
(retail, UK); and a biscuit maker founded in Batley in 1853 by Michael Spedding, named for his son-in-law Fred Ellis
Fox, bought by Northern Foods in 1977 (itself acquired by 2 Sisters Food Group in 2011) and now a subsidiary of Ferrero
(food manufacturing, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' renderings of 'Gourmet Burger Kitchen' and "Fox's Biscuits" (revisions of 2023 or
later), an older en.wikipedia.org rendering of 'Addison Lee' (about 2014-2016; the 'Jump to: navigation, search'
layout) and wikimili.com's copy of 'Oddbins' (a revision of November 2023 or later); each cut at a sentence end or at
the excerpt's end (`truncated`). Edits per item in `notes` (title and site lines, infobox lines, headings, an image
caption and citation markers cut; no word added or changed); `verify()` checks every kept paragraph against the saved
excerpt (/tmp/gather58b/src), the markers ('[1]', ' [2]', '[edit]', '[citation needed]') dropped and whitespace runs
compared as one space, as batches 55e, 55i, 55p, 55x, 55za, 55zd, 56b, 56j and 56p did. No text tells an outage, and
none a near-miss of one. newskg (or any extractor) was not run on any text. A round of four: six queries, four of them
answered with English Wikipedia text on a company not yet in the corpus, all four taken (round notes,
/work/notes/gather58/57b.md; queries, /tmp/gather58b/src/queries.txt).
usage: batch57b.py [POOL_DIR] [--dry]   (default /tmp/gather58b/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather58b/pool"
SRC = "/tmp/gather58b/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-55 pools (/tmp/gather58*/pool) and in /work/notes/gather58/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- restaurants, UK: Gourmet Burger Kitchen (en.wikipedia.org '= Title =' rendering, a revision of 2023 or later) --
GBK = [
 "Gourmet Burger Kitchen (GBK) is a chain of luxury restaurants in the United Kingdom and Ireland specialising in "
 "gourmet burgers. There is a subtle Kiwi theme throughout the restaurants, a reference to the heritage of the "
 "original owners.",
 "The company was started in London by New Zealanders Adam Wills, Greg Driscoll, and Brandon Allen in 2001. Chef "
 "Peter Gordon, a New Zealand-born, London-based chef, oversaw the menu development and the first restaurant opened "
 "in 2001, bringing the concept of 'gourmet burgers' to London. GBK is known for its \"large\" burgers, fresh produce "
 "and casual service style. The initial success of the Battersea restaurant led to further openings across London.",
 "In 2005, the owners sold the business to Clapham House Group PLC who added a total of 53 restaurants across the UK. "
 "In 2010 the restaurant chain was sold to Capricorn Ventures, most notable for operating Nando's. GBK expanded to 60 "
 "restaurants across the UK, and had plans to continue growing. Franchises operate in Ireland, Dubai, Greece and "
 "Oman.",
 "In September 2016, the South African firm Famous Brands bought the company for US$143.3 million. In August 2018, "
 "the company reported huge losses due to a decline in sales.",
 "In October 2018, Gourmet Burger Kitchen reported a \u00a347m loss amid tough trading conditions. Later that month, "
 "Gourmet Burger Kitchen announced plans to close 17 restaurants.",
 "In October 2020, it was announced that Ranjit Singh Boparan had acquired the company from administration. However, "
 "as part of the deal, 26 restaurants would remain closed, with the loss of 362 jobs."]
KEPT["wp-gourmet-burger-kitchen"] = ("gbk-enwiki.txt", GBK)
R.append(wp("wp-gourmet-burger-kitchen", "Gourmet Burger Kitchen", "https://en.wikipedia.org/wiki/Gourmet_Burger_Kitchen",
 "\n\n".join(GBK),
 "food/restaurant chain", ["history", "founding", "ownership", "deal"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "revision of 2023 or later: the infobox gives profit of 2022 and Boparan Restaurant Group as parent). Cut: the title "
 "line '= Gourmet Burger Kitchen =' and the line 'Gourmet Burger Kitchen'; the infobox lines ('- Logo: Gourmet Burger "
 "Kitchen logo.svg', '- Type: Subsidiary', '- Num Locations: 10', '- Area Served: UK', '- Key People: Peter Gordon', "
 "'- Industry: Restaurants Franchising', '- Products: New Zealand cuisine', '- Location: Birmingham, England', '- Num "
 "Employees: 400', '- Parent: Boparan Restaurant Group', '- Profit: \u00a35.9 million (2022)', '- Homepage: "
 "https://www.gbk.co.uk'), so Birmingham and the Boparan Restaurant Group are not in the text; the heading "
 "'==History=='; the excerpt ends after '... with the loss of 362 jobs. ' (its trailing space dropped), where the "
 "article goes on ('35 restaurants will remain open.', in the other copies of the same query; `truncated`; a cut at the "
 "excerpt's end, a sentence end). The excerpt has no citation markers. No word added or changed. Kept as written: "
 "'a chain of luxury restaurants', 'a subtle Kiwi theme', 'New Zealanders Adam Wills, Greg Driscoll, and Brandon "
 "Allen in 2001' (the serial comma), 'Chef Peter Gordon, a New Zealand-born, London-based chef, oversaw the menu "
 "development and the first restaurant opened in 2001' (no comma before 'and'), the single quotation marks of "
 "''gourmet burgers'' and the straight double quotation marks of '\"large\"', 'the Battersea restaurant', 'Clapham "
 "House Group PLC who added' (no comma), 'In 2010 the restaurant chain' (no comma), 'most notable for operating "
 "Nando's', 'the South African firm Famous Brands bought the company for US$143.3 million', 'huge losses', "
 "'\u00a347m', 'Ranjit Singh Boparan had acquired the company from administration'. 256 words. No outage and no "
 "near-miss of one told (closed restaurants and an administration are business failures). Recorded CC BY-SA 4.0 (a "
 "revision of 2023 or later, after Wikimedia's move to 4.0 of June 2023). Found at rank 1 of the query 'Gourmet "
 "Burger Kitchen is a British restaurant chain founded in 2001 by'; profilpelajar.com (rank 2; the same revision with "
 "markers, no lead), a.osmarks.net's Kiwix copy of 2020-08 (rank 3; an older revision naming a fourth founder, "
 "Kalimali Moses, with another site's chat lines run into it), wikimili.com (rank 4; cut earlier), wikimd.com (rank "
 "5; the site's own rewrite, not Wikipedia's text), de.knowledgr.com (rank 6; a German translation) and news (ranks "
 "7-8; nzherald.co.nz, london.eater.com; copyrighted) not used. Gourmet Burger, GBK, Clapham House, Capricorn "
 "Ventures, Peter Gordon, Adam Wills, Greg Driscoll, Brandon Allen: " + CHECKED + " ('Famous Brands' only as common "
 "words in a wine company's text and its script; 'Boparan' only in GATHERING.md's notes on Northern Foods, a lead of "
 "batch 56n not taken; none is a history of GBK).", "non-US",
 copy_of="the Wikipedia article, a recent revision as en.wikipedia.org rendered it"))

# ---- transport, UK: Addison Lee (an older en.wikipedia.org rendering, about 2014-2016) -------------------------------
ADDISON = [
 "Addison Lee is a London-based private hire company.",
 "The company was founded by John Griffin in 1975.",
 "The company operates a fleet of 4,000 vehicles with annual revenues of over \u00a3200m. As well as being a "
 "private hire operator, Addison Lee also operates a private coach company with a fleet of 100 coaches of various "
 "sizes. The company carries out over 20,000 jobs every day.",
 "Addison Lee has achieved both the ISO 9002 and the Investors in People accreditation.",
 "In April 2013 it was announced that the Carlyle Group, a private equity firm, would be purchasing the company for an "
 "undisclosed sum, reported to be \u00a3300m. John Griffin initially remained as chairman with son Liam replacing "
 "Daryl Foster as CEO (see below). The Carlyle Group intend to grow the firm nationally and internationally.",
 "During 2014 Addison Lee announced several senior hires including Peter Boucher (CCO), Catherine Faiers (Ops "
 "Director), Gary Cust (Chief Council), Nick Kotsis (Data Scientist) and Nick Constantinou (Head of Marketing) . In "
 "media interviews in October 2014 it was announced that founder John Griffin had stepped down earlier that year and "
 "is no longer involved with the company",
 "Addison Lee relies heavily on information technology to automate and streamline the process of managing the large "
 "number of drivers and jobs, through the use of driver PDAs, GPS tracking and text messaging. The company annually "
 "spends \u00a31.5m on IT, employing 24 programmers."]
KEPT["wp-addison-lee"] = ("addison-lee-enwiki.txt", ADDISON)
R.append(wp("wp-addison-lee", "Addison Lee", "https://en.wikipedia.org/wiki/Addison_Lee",
 "\n\n".join(ADDISON),
 "transport/private hire", ["history", "founding", "leadership", "deal"],
 "The article as the page store holds en.wikipedia.org's address in an older rendering ('From Wikipedia, the free "
 "encyclopedia', 'Jump to: navigation, search'; undated, no revision id; a revision of about 2014-2016: the text's "
 "latest date is October 2014 and the infobox gives revenue of '\u00a3200M+'). Cut: the title line 'Addison Lee', the "
 "lines 'From Wikipedia, the free encyclopedia' and 'Jump to: navigation, search'; the infobox lines ('Addison Lee', "
 "'Founded 1975, Battersea, London', 'Founder John Griffin', 'Headquarters London Borough of Camden, England', 'Area "
 "served', 'Greater London', 'Services Minicab', 'Revenue \u00a3200M+', 'Divisions Minicab, Coach, Courier, "
 "Motorcycle taxi[citation needed]'), so Battersea, Camden and the divisions are not in the text; the image caption "
 "'Addison Lee car'; the headings 'Current day[edit]' and 'John Griffin departs, new senior hires[edit]'; the citation "
 "markers '[1]' to '[5]' ('[1]' and '[2]' twice each; the marker '[4]' after '(Head of Marketing) .' leaves the space "
 "before the full stop as written, and the marker '[5]' ends a paragraph that has no full stop); cut after '... "
 "employing 24 programmers.', before the sentence the excerpt breaks off (\"Addison Lee's use of technology has "
 "played an important part in reducing emissions and led to several awards, including Bes\"; `truncated`; a cut at a "
 "paragraph end). No word added or changed. Kept as written: 'a London-based private hire company', 'annual revenues "
 "of over \u00a3200m', 'a private coach company' (unnamed), 'both the ISO 9002 and the Investors in People "
 "accreditation', 'In April 2013 it was announced that the Carlyle Group, a private equity firm, would be purchasing "
 "the company for an undisclosed sum, reported to be \u00a3300m.', 'John Griffin initially remained as chairman with "
 "son Liam replacing Daryl Foster as CEO (see below).' (the cross-reference as written), 'The Carlyle Group intend' "
 "(plural verb), 'During 2014 Addison Lee' (no comma), 'Peter Boucher (CCO), Catherine Faiers (Ops Director), Gary "
 "Cust (Chief Council), Nick Kotsis (Data Scientist) and Nick Constantinou (Head of Marketing) .' ('Chief Council' so "
 "spelt; the space before the full stop), 'had stepped down earlier that year and is no longer involved with the "
 "company' (no full stop), 'driver PDAs'. 234 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 "
 "(content of about 2014-2016, before Wikimedia's move to 4.0 of June 2023, as batches 40ze, 54zu, 55e, 55n and 56f "
 "recorded their older renderings); doubtful in that no revision id or date is held. Found at rank 2 of the query "
 "'Addison Lee is a British taxi and minicab company founded by John Griffin'; addisonlee.com's own story (rank 1; "
 "the company's page, copyrighted), wikimili.com's copy of a later revision (rank 3; with Pacecroft Limited and the "
 "investor Lenny Foster, but cut inside the founder's departure sentence), atlanticspeakerbureau.com (rank 4), "
 "wikimili.com's copy of a revision of 2025 (rank 5; ComfortDelGro's purchase of October 2024, in a table with "
 "references pasted into the text) and news (ranks 6-8; growthbusiness.co.uk, cityam.com, thisismoney.co.uk) not "
 "used. Addison Lee, John Griffin, Liam Griffin, Daryl Foster, Pacecroft, Peter Boucher, Catherine Faiers: "
 + CHECKED + " (the Carlyle Group is named in texts on other subjects; none is a history of Addison Lee).", "non-US",
 v3=True, copy_of="the Wikipedia article, an older rendering at its address"))

# ---- retail, UK: Oddbins (wikimili.com's copy, a revision of November 2023 or later) ------------------------------
ODDBINS = [
 "Oddbins is an off-licence retail chain in the United Kingdom, established in 1963 by Ahmed Pochee.",
 "The chain currently operates 46 branches with 30 in London, nine in Scotland and across the rest of the UK, under "
 "the leadership of managing director Ayo Akintola. It also operates a trade arm, Oddbins Wholesale, which supplies "
 "restaurants, pubs, bars and other businesses throughout the UK.",
 "In 1963, entrepreneur Ahmed Pochee established a small business delivering \"bin-ends\" and \"oddments\" of wine to "
 "restaurants and clubs in the West End of London. Ten years later the company was purchased by Nick Baile and Dennis "
 "Ing, but it wasn't until the early 1980s that the company's distinct style was discovered. Illustrator Ralph "
 "Steadman was asked by Gordon Kerr, the marketing director at that time, to produce ten drawings similar in style to "
 "his illustrations for Fear and Loathing in Las Vegas . Steadman continued working for Oddbins for the next 12 years.",
 "Due to the levels of debt within the business in the late 1980s, Oddbins was acquired by Seagram, a distribution "
 "company based in the United States. During this period, Oddbins was largely permitted to develop with autonomy, "
 "albeit with incentive to strongly promote the Seagram brands.",
 "The company grew from 100 to 278 locations and came to be regarded as a favourite of a generation of wine drinkers. "
 "It was during this period that Patsy Stone in Absolutely Fabulous lived in a flat above an Oddbins off licence in "
 "Knightsbridge.",
 "French Castel Group, who also owned the Nicolas chain from 2002-2008, purchased the company. It was then bought by "
 "Simon Baile, son of Nick Baile."]
KEPT["wp-oddbins"] = ("oddbins-wikimili.txt", ODDBINS)
R.append(wp("wp-oddbins", "Oddbins", "https://wikimili.com/en/Oddbins",
 "\n\n".join(ODDBINS),
 "retail/off-licence chain", ["history", "founding", "leadership", "ownership", "deal"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; a revision of November "
 "2023 or later: the infobox gives 'Defunct | November 2023' and European Food Brokers as owner, while the running "
 "text keeps the present tense). Cut: the infobox's table lines ('Company type | Private |', '---|---|', 'Industry | "
 "Wine retailing |', 'Founded | 1963 |', 'Founder | Ahmed Pochee |', 'Defunct | November 2023 |', 'Headquarters | , "
 "England |', 'Area served | United Kingdom |', 'Key people | Ayo Akintola MD [1] |', 'Products | Wine, beer, "
 "spirits |', 'Owner | European Food Brokers |', 'Website | oddbins |'), so European Food Brokers and the closure of "
 "November 2023 are not in the text; the citation markers ' [2]' and ' [3]' (with the space before each); the "
 "excerpt's single line breaks between paragraphs made blank lines; cut after 'son of Nick Baile.', before the "
 "sentence the excerpt breaks off ('Oddbins operated 158 stores in the United Ki'; `truncated`; a cut inside a "
 "paragraph, at a sentence end), so the later stores, Oddies and the administration of 2011 are not in the text. No "
 "word added or changed. Kept as written: 'an off-licence retail chain' beside 'an Oddbins off licence' (no hyphen), "
 "'The chain currently operates 46 branches with 30 in London, nine in Scotland and across the rest of the UK', 'under "
 "the leadership of managing director Ayo Akintola', 'a trade arm, Oddbins Wholesale', the straight quotation marks "
 "of '\"bin-ends\"' and '\"oddments\"', 'Ten years later the company was purchased by Nick Baile and Dennis Ing' (no "
 "comma), \"it wasn't until the early 1980s\", 'Gordon Kerr, the marketing director at that time', 'Fear and "
 "Loathing in Las Vegas .' (the space before the full stop, where the copy's italics ended), 'a distribution company "
 "based in the United States', 'albeit with incentive to strongly promote the Seagram brands', 'Patsy Stone in "
 "Absolutely Fabulous lived in a flat above an Oddbins off licence in Knightsbridge', 'French Castel Group, who also "
 "owned the Nicolas chain from 2002-2008, purchased the company.' (no article; the years hyphenated), 'It was then "
 "bought by Simon Baile, son of Nick Baile.'. 272 words. No outage and no near-miss of one told. Recorded CC BY-SA "
 "4.0 (a revision of November 2023 or later, after Wikimedia's move to 4.0 of June 2023). Found at rank 7 of the "
 "query 'Oddbins is a British chain of wine merchants founded in 1963 by Ahmed Pochee'; w.owiki.org (rank 5; an older "
 "revision with paragraphs run together and an edit artefact ', April 2011'), alchetron.com (rank 6; the site's share "
 "lines and video titles inside the text), obituaries of the founder and trade news (ranks 1-4, 8; independent.co.uk "
 "twice, theguardian.com, jancisrobinson.com, harpers.co.uk; copyrighted) not used. Oddbins, Pochee, Simon Baile, Nick "
 "Baile, Dennis Ing, Gordon Kerr, European Food Brokers, Akintola, Ralph Steadman, Nicolas chain: " + CHECKED + " "
 "(Seagram is named in texts on other matters, among them Vivendi's and PolyGram's histories, and 'Castel' only in "
 "GATHERING.md as part of a correspondent's name; none is a history of Oddbins).", "non-US",
 copy_of="the Wikipedia article, wikimili.com's copy"))

# ---- food manufacturing, UK: Fox's Biscuits (en.wikipedia.org '= Title =' rendering, a revision of 2023 or later) ---
FOXS = [
 "Fox's Biscuits is a British biscuit manufacturer, founded by the Fox family in Batley, West Yorkshire, in 1853, and "
 "currently a subsidiary of Italian multinational food company Ferrero. The head office and main factory are based in "
 "the town, and the company has another site in Wesham in Lancashire. Its biscuits are exported to Europe, North "
 "America and Asia.",
 "The business is known for mass-market and chocolate-covered biscuit bars such as Rocky, Classic, Echo, Crunch "
 "Creams, and Party Rings. The company also makes own brand biscuit products for a number of supermarkets.",
 "The company was founded in 1853 in a terraced house, 17 Whitaker Street, in Batley in West Yorkshire by Michael "
 "Spedding, who worked from his small bakehouse making \"eatables\" to sell at feasts and fairs held throughout the "
 "north of England. His daughter Hannah provided the name for the company when she married Fred Ellis Fox in the late "
 "1800s. The house in Whitaker Street still stands.",
 "The bakery moved to former wartime allotments site in Batley in "
 "1927.",
 "In 1960, it became a limited company and was named Fox's Biscuits. It was purchased by Northern Foods in 1977, which "
 "itself was acquired by 2 Sisters Food Group in 2011. In September 2013, the Yorkshire Society unveiled a White Rose "
 "plaque at the site of the first bakery on Whitaker Street: the first time that the society had presented a plaque "
 "to commemorate the formation of a business.",
 "The Uttoxeter site was operated as Elkes Biscuits before merging in 2003. Elkes Biscuits, previously Fox's "
 "Biscuits, has a factory in Uttoxeter. Elkes was the creator of the malted milk biscuit."]
KEPT["wp-foxs-biscuits"] = ("foxs-enwiki.txt", FOXS)
R.append(wp("wp-foxs-biscuits", "Fox's Biscuits", "https://en.wikipedia.org/wiki/Fox's_Biscuits",
 "\n\n".join(FOXS),
 "food/biscuit manufacturing", ["history", "founding", "ownership", "deal"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "revision of 2023 or later: the infobox gives 'FBC (Ferrero)' as parent, where the Kiwix copy of 2020-08 of the same "
 "query gives 2 Sisters Food Group). The page store holds it at the article's own address with the apostrophe "
 "percent-encoded (en.wikipedia.org/wiki/Fox%27s_Biscuits), recorded here as the address built from the title, as "
 "batch 56b recorded Traveller's Tales. Cut: the title line \"= Fox's Biscuits =\" and the line \"Fox's Biscuits "
 "Limited\"; the infobox lines (\"- Logo: Fox's Biscuits logo.png\", '- Type: Subsidiary', '- Industry: Food "
 "manufacturing', '- Founder: Michael Spedding', '- Location: Whitaker Street, Batley, West Yorkshire, England', '- "
 "Locations: Batley, West Yorkshire Wesham, Lancashire', '- Products: Biscuits', '- Parent: FBC (Ferrero)', '- "
 "Homepage: http://www.foxs-biscuits.co.uk'), so the company's full name 'Fox's Biscuits Limited' and 'FBC' are not "
 "in the text; the heading '==History=='; cut after 'Elkes was the creator of the malted milk biscuit.', before the "
 "paragraph the excerpt breaks off ('In '; `truncated`; a cut at a paragraph end). The excerpt has no citation "
 "markers; its single line break inside the history paragraph (before 'The bakery moved') made a blank line, as the "
 "history's other paragraphs are set apart. No word "
 "added or changed. Kept as written: 'founded by the Fox family in Batley, West Yorkshire, in 1853, and currently a "
 "subsidiary of Italian multinational food company Ferrero', 'Wesham in Lancashire', 'Rocky, Classic, Echo, Crunch "
 "Creams, and Party Rings' (the serial comma), 'own brand biscuit products' (no hyphen), 'in a terraced house, 17 "
 "Whitaker Street, in Batley in West Yorkshire by Michael Spedding', the straight quotation marks of "
 "'\"eatables\"', 'in the late 1800s', 'The bakery moved to former wartime allotments site in Batley in 1927.' (so "
 "written), 'It was purchased by Northern Foods in 1977, which itself was acquired by 2 Sisters Food Group in 2011.', "
 "'a White Rose plaque', 'the society' (lower case the second time), 'The Uttoxeter site was operated as Elkes "
 "Biscuits before merging in 2003. Elkes Biscuits, previously Fox's Biscuits, has a factory in Uttoxeter.' (as "
 "written: the article does not say with whom Elkes merged). 271 words. No outage and no near-miss of one told. "
 "Recorded CC BY-SA 4.0 (a revision of 2023 or later, after Wikimedia's move to 4.0 of June 2023). Found at rank 2 "
 "of the query \"Fox's Biscuits is a British biscuit manufacturer founded in Batley by Michael Spedding\"; "
 "alchetron.com (rank 3; an older revision with the site's share lines), akarinohon.com (rank 5; a proxy of "
 "en.wikipedia.org with the whole menu), a.osmarks.net's Kiwix copy of 2020-08 (rank 6; an older revision naming the "
 "production director James Montgomerie, not taken as one text per matter), and the blog, news and family-history "
 "pages (ranks 1, 4, 7, 8; letslookagain.com, dewsburyreporter.co.uk, accessdbdev.com, everything2.com) not used. "
 "Fox's Biscuits, Spedding, Fred Ellis Fox, 2 Sisters, Elkes, Yorkshire Society, Whitaker Street: " + CHECKED + " "
 "(Ferrero and Northern Foods only in GATHERING.md's notes on other matters, Ferrero's purchases of Thorntons and "
 "Cadbury and batch 56n's lead on Northern Foods; none is a history of Fox's Biscuits).", "non-US",
 copy_of="the Wikipedia article, a recent revision as en.wikipedia.org rendered it"))


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
