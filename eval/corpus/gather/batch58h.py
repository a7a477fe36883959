#!/usr/bin/env python3
"""Batch 58h (session 55; gatherer lane 58h): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56f, 56h, 56j, 56n, 56p, 57b, 57g and 57q, turned
to mid-size chemicals, mining and shipping companies of Britain and Australia, new to the corpus: a British
maker of phosphorus chemicals set up in 1856 as a partnership of the Quakers Arthur Albright and John Edward Wilson,
wholly owned by Tenneco from 1978, refloated as Albright and Wilson Plc in 1995 and acquired by Rhodia in 1999, with
parts now owned by the Huntsman Corporation (chemicals, UK); a Liverpool and London cargo and passenger shipping line
incorporated in 1892 by John Ellerman, Christopher Furness and Henry O'Hagan to buy the assets of Frederick Leyland and
Co Ltd, Ellerman its managing director and then chairman, bought in 1901 by J. P. Morgan's combine while Ellerman went
on to buy the Papayanni Steamship Company (shipping, UK); a Western Australian gold and tantalum miner whose first
incarnation was formed in 1897 by George William Hall and William Pritchard Morgan, whose mine Herbert Hoover,
Manager and Inspecting Engineer of the London and Western Australian Exploration Company, recommended buying and
then ran as its superintendent (mining, Australia); and a Northwich soda ash maker founded in 1873 by John Brunner and
Ludwig Mond as Brunner Mond, one of the four companies merged into Imperial Chemical Industries in 1926, demerged by ICI,
floated in 1997 and acquired by Tata Chemicals in 2006, buyer of British Salt in 2010 (chemicals, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): the-uncensored-wiki.com's copy of 'Albright and Wilson' (a revision of about 2006-2007), piglix.com's copies of
'Ellerman Lines' and 'Sons of Gwalia' (revisions of about 2016-2017) and en.wikipedia.org's '= Title =' rendering of
'Tata Chemicals Europe' (a revision of 2024 or later); each cut at a sentence end (`truncated`). Edits per item in
`notes` (title and site lines, infobox lines, headings, edit links and citation markers cut; no word added or
changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather59h/src), the markers ('[1]')
dropped and whitespace runs compared as one space, as batches 57g and 57q did. One text tells a near-miss of an
outage (a fire at Albright and Wilson's Avonmouth plant that closed local motorways and rail services for a time: a
physical accident, no outage; GUIDELINES, Outages); none tells an outage. newskg (or any extractor) was not run on any
text. A round of four: ten queries, five of them answered with English Wikipedia text on a company of the lane not yet
in the corpus, four taken (round notes, /work/notes/gather59/58h.md; queries, /tmp/gather59h/src/queries.txt).
usage: batch58h.py [POOL_DIR] [--dry]   (default /tmp/gather59h/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather59h/pool"
SRC = "/tmp/gather59h/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-55 pools (/tmp/gather59*/pool) and in /work/notes/gather59/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- chemicals, UK: Albright and Wilson (the-uncensored-wiki.com's copy, a revision of about 2006-2007) --------------
ALBRIGHT = [
 "Albright and Wilson was founded in 1856 as a United Kingdom manufacturer of potassium chlorate and white phosphorus "
 "for the match industry. For much of its first 100 years of existence, phosphorus-derived chemicals formed the "
 "majority of its products.",
 "It was set up as a Partnership between two Quakers, Arthur Albright, and John Edward Wilson. It became a private "
 "limited company, Albright & Wilson Ltd, in 1892; and it remained a double family-owned firm, for nearly 100 years, "
 "until 5 March 1948, when it became a public company.[1]",
 "Albright and Wilson expanded considerably into silicones, detergents, food additives, metal finishing chemicals, "
 "strontium based chemicals and chromium based chemicals. It was the second largest chemical manufacturer in the "
 "United Kingdom; although it was always very much smaller than ICI.",
 "In 1971 Tenneco bought a part of Albright and Wilson's share holdings; and in 1978 obtained full ownership. In the "
 "short term, the company retained its own identity; however many of its subsidiaries were sold off. In 1995, "
 "Tenneco divested many of its assets; and parts of the original core of Albright and Wilson were transferred into a "
 "new public company, Albright and Wilson Plc which was floated on the stock market, in February of that year. "
 "However, just four years later, following disappointing results, the French chemical company Rhodia acquired "
 "Albright and Wilson in 1999 and the century-and-a-half old name finally disappeared except in India, Australia, New "
 "Zealand and the Philippines.[2]",
 "Parts of the original Albright and Wilson company are now owned by the Huntsman Corporation. After a large fire at "
 "its Avonmouth plant in 1996, which caused the temporary closure of local motorways and rail services, Albright and "
 "Wilson were fined \u00a360,000.[3]"]
KEPT["wp-albright-and-wilson"] = ("albright-wilson-uncensored.txt", ALBRIGHT)
ALBRIGHT = [re.sub(r"\[\d+\]", "", p) for p in ALBRIGHT]   # the citation markers cut
R.append(wp("wp-albright-and-wilson", "Albright and Wilson",
 "http://the-uncensored-wiki.com:20082/articles/a/l/b/Albright_and_Wilson_54d4.html",
 "\n\n".join(ALBRIGHT),
 "chemicals/phosphorus chemicals", ["history", "founding", "ownership", "deal", "listing"],
 "The article as the-uncensored-wiki.com's copy holds it in the page store (no date or revision id held; a revision "
 "of about 2006-2007: the site's '[edit]' links and 'Contents |' line of that period's MediaWiki, the copy held at the "
 "site's port 20082 as batch 57f's 2006-2007 copy was at port 20072, and 'Rhodia acquired Albright and Wilson in 1999' "
 "where primidi.com's later copy of the same query reads 'in March 2000'). Cut: the title line 'Albright and Wilson' "
 "and the site line 'From Wikipedia, the free encyclopedia'; the citation markers '[1]', '[2]', '[3]' (no space before "
 "any); the line 'Contents |'; the heading '[edit] The move to Oldbury' with its edit link; cut after '... Albright "
 "and Wilson were fined \u00a360,000.', before the section the excerpt breaks off ('In 1842 Arthur Albright, a trained "
 "chemist, became a Partner in the Birmingham chemical firm of John and Edmund '; `truncated`; a cut at a paragraph "
 "end). No word added or changed. Kept as written: 'It was set up as a Partnership between two Quakers, Arthur "
 "Albright, and John Edward Wilson.' (a capital P, a comma before 'and'), 'Albright & Wilson Ltd' beside 'Albright and "
 "Wilson Plc', 'a double family-owned firm', 'strontium based chemicals and chromium based chemicals' (no hyphens), "
 "'the second largest chemical manufacturer in the United Kingdom; although it was always very much smaller than ICI.', "
 "\"Tenneco bought a part of Albright and Wilson's share holdings; and in 1978 obtained full ownership.\", 'in "
 "February of that year', 'the French chemical company Rhodia acquired Albright and Wilson in 1999', 'the "
 "century-and-a-half old name', 'are now owned by the Huntsman Corporation', 'Albright and Wilson were fined' (plural "
 "verb). 282 words. No outage told; a near-miss of one (a large fire at the Avonmouth plant in 1996 'which caused the "
 "temporary closure of local motorways and rail services': a physical accident at a plant, no provider's service lost; "
 "GUIDELINES, Outages). Recorded CC BY-SA 3.0 (a revision of about 2006-2007, before Wikimedia's move to 4.0 of June "
 "2023, as batch 57f recorded the same site's copy of Delrina). Found at rank 8 of the query 'Albright and Wilson "
 "chemical company founded by Arthur Albright and John Edward Wilson, acquired by Rhodia'; primidi.com (rank 1; a copy "
 "ending in a 'Read more about' list), chemeurope.com (rank 5; cookie-banner lines before the text), en-academic.com "
 "(rank 7; the references' text inline, 'Threlfall (1951). Chapter XIV'), eli5.gg (rank 3; a rewrite) and the French "
 "and Spanish pages (ranks 2, 4, 6) not used. Albright (as a company name), John Edward Wilson, Rhodia, Huntsman, "
 "Avonmouth, Oldbury: " + CHECKED + " ('Tenneco' is named in a dev and a test text on other matters, antitrust "
 "judgments; 'Albright' in GATHERING.md only as the Albright Stonebridge Group).", "non-US", v3=True,
 copy_of="the Wikipedia article, via the-uncensored-wiki.com's copy of about 2006-2007"))

# ---- shipping, UK: Ellerman Lines (piglix.com's copy, a revision of about 2016-2017) ---------------------------------
ELLERMAN = [
 "Ellerman Lines was a UK cargo and passenger shipping company that operated from the late nineteenth century and into "
 "the twentieth century. It was founded in the late 19th century, and continued to expand by acquiring smaller "
 "shipping lines until it became one of the largest shipping firms in the World. Setbacks occurred through heavy "
 "losses to its merchant fleet in the First and Second World Wars but were overcome in each case.",
 "The company suffered from competition and modernising trends in the shipping industry that occurred in the second "
 "half of the 20th century. Its shipping assets were subsequently sold off to larger companies until the name was "
 "dropped in 2004, and Ellerman finally ceased its long association with shipping.",
 "The company was incorporated in 1892, by the businessmen John Ellerman, Christopher Furness and Henry O'Hagan, who "
 "bought the assets of the Liverpool based shipping firm Frederick Leyland and Co Ltd. The company started with an "
 "initial capital of \u00a3800,000 to buy the fleet of 22 vessels from the executors of Frederick Leyland, the former "
 "head of Frederick Leyland and Co. Ellerman was initially the managing director, and Furness the chairman, but "
 "Ellerman had taken on the role of chairman himself by 1893.",
 "The company expanded in 1900 by acquiring 20 ships from the West India and Pacific Steamship Company. The firm was "
 "then reorganised as Frederick Leyland (1900), and operated with a capital of \u00a32,800,000. In 1901 the company "
 "was bought by J. P. Morgan's International Marine Mercantile Company, but Ellerman remained as chairman, and the "
 "owner of 20 ships. He later acquired the Papayanni Steamship Company and eight of its ships. He used these assets "
 "to form the London, Liverpool and Ocean Shipping Company, based at Moorgate in London.",
 "The London, Liverpool and Ocean Shipping Company then went on to buy 50 percent of George Smith and Sons' City Line, "
 "Glasgow, and 50 percent of the Hall Line Ltd in 1903."]
KEPT["wp-ellerman-lines"] = ("ellerman-piglix.txt", ELLERMAN)
R.append(wp("wp-ellerman-lines", "Ellerman Lines", "http://piglix.com/piglix/Ellerman_Lines",
 "\n\n".join(ELLERMAN),
 "shipping/cargo and passenger lines", ["history", "founding", "leadership", "ownership", "deal"],
 "The article as piglix.com (a site that serves copies of Wikipedia articles) holds it (undated, no revision id; a "
 "revision of about 2016-2017, as batch 55n dated piglix.com's Iceland: its lead ends with the name dropped in 2004, "
 "where the wikimili.com and cryer.org.uk copies of the same query add a sentence on the Ellerman City Liners of "
 "2021). Cut: nothing before the first paragraph (the excerpt begins with the lead; no title, infobox or heading "
 "held); the excerpt's single line breaks between paragraphs made blank lines; cut after '... and 50 percent of the "
 "Hall Line Ltd in 1903.', before the sentence the excerpt breaks off ('Its capital was further increased, and t'; "
 "`truncated`; a cut inside a paragraph, at a sentence end). The excerpt has no citation markers. No word added or "
 "changed. Kept as written: 'into the twentieth century' beside 'the late 19th century' and 'the 20th century', 'one "
 "of the largest shipping firms in the World' (capital W), 'the businessmen John Ellerman, Christopher Furness and "
 "Henry O'Hagan' (a straight apostrophe), 'the Liverpool based shipping firm Frederick Leyland and Co Ltd' beside "
 "'Frederick Leyland and Co' (no full stops), 'Frederick Leyland, the former head of Frederick Leyland and Co.', "
 "'Ellerman was initially the managing director, and Furness the chairman', 'reorganised as Frederick Leyland "
 "(1900)', \"J. P. Morgan's International Marine Mercantile Company\" (so written; the combine is better known as the "
 "International Mercantile Marine Company), 'but Ellerman remained as chairman, and the owner of 20 ships', \"George "
 "Smith and Sons' City Line, Glasgow\". 324 words. No outage and no near-miss of one told (wartime losses of ships are "
 "no service lost to users). Recorded CC BY-SA 3.0 (content of about 2016-2017, before Wikimedia's move to 4.0 of "
 "June 2023, as batch 55n recorded piglix.com's Iceland; doubtful in that no revision id is held). Found at rank 1 of "
 "the query 'Ellerman Lines shipping company founded John Ellerman chairman acquired Frederick Leyland and Co'; "
 "wikimili.com and cryer.org.uk (ranks 8 and 7; later revisions with citation markers), wikisum.wiki (rank 2; a "
 "summary), de.zxc.wiki (rank 5; a translation of the German article), liverpoolmuseums.org.uk, "
 "commercialoverprints.com and oceanlinermuseum.co.uk (ranks 3, 4, 6) not used. Ellerman, Papayanni, O'Hagan, "
 "International Mercantile Marine, Hall Line, Bucknall, West India and Pacific: " + CHECKED + " ('Frederick Leyland' "
 "is named in batch 40zd's Bibby Line text, a test file found by file name only, whose matter is Bibby Line's own "
 "history; 'Christopher Furness' in batch 56n's Manchester Liners text on Furness Withy's line, another matter).",
 "non-US", v3=True, copy_of="the Wikipedia article, via piglix.com's copy"))

# ---- mining, Australia: Sons of Gwalia (piglix.com's copy, a revision of about 2016-2017) ----------------------------
GWALIA = [
 "Sons of Gwalia was a Western Australian mining company that mined gold, tantalum, spodumene, lithium and tin.",
 "Sons of Gwalia was Australia's third-largest gold producer and also controlled more than half the world's "
 "production of tantalum, before entering administration in August 2004 following a financial collapse.",
 "The original, Sons of Gwalia G. M. Co. was formed in 1897 by George William Hall, major investor William Pritchard "
 "Morgan and others to own and operate the Sons of Gwalia mine, which had been discovered in March 1896 by prospectors "
 "A. Glendinning, Jack Carlson and Frank White, who had named it after the Welsh homeland of the syndicate funder, "
 "Coolgardie storekeeper Thomas Tobias. The mine gave its name to the adjacent town of Gwalia.",
 "In May 1897, Herbert Hoover, Manager and Inspecting Engineer of the London and Western Australian Exploration "
 "Company, an associate of the British management firm Bewick, Moreing & Co., inspected the Sons of Gwalia operation "
 "and recommended the acquisition of the mine.",
 "The London and West Australian Exploration Company acquired the Sons of Gwalia property on 17 November 1897, and "
 "Bewick Moreing & Co launched Sons of Gwalia, Limited on the London Stock Exchange in January 1898. Hoover was "
 "appointed Superintendent of the Sons of Gwalia Mine and managed it from May to November 1898 before moving on to "
 "China. He was later to become 31st President of the United States (1929\u20131933).",
 "The mine operated continuously until 1963 when it closed and Sons of Gwalia, Limited was liquidated."]
KEPT["wp-sons-of-gwalia"] = ("gwalia-piglix.txt", GWALIA)
R.append(wp("wp-sons-of-gwalia", "Sons of Gwalia", "http://piglix.com/piglix/Sons_of_Gwalia",
 "\n\n".join(GWALIA),
 "mining/gold and tantalum", ["history", "founding", "leadership", "ownership", "deal", "listing"],
 "The article as piglix.com (a site that serves copies of Wikipedia articles) holds it (undated, no revision id; a "
 "revision of about 2016-2017, as batch 55n dated piglix.com's copies; the oenc.net copy of the same query, whose "
 "wikitext carries '{{Use Australian English|date=March 2017}}', has the same lead and infobox). Cut: the infobox "
 "lines ('Public | |', 'Industry | Mining |', 'Fate | Administration |', 'Founded | 28 August 1981 |', 'Founder | "
 "Peter & Chris Lalor |', 'Defunct | 2006 |', 'Headquarters | West Perth, Australia |', 'Key people', '|', 'John "
 "Leevers - MD/CEO Peter Lalor - Chairman Chris Lalor - Executive director |', 'Products | Gold, Tantalum |', "
 "'Production output', '|', 'Tantalum: 2,290,000 lb (1,040,000 kg) Gold: 521,081 ozt (16,207.4 kg) |'), so the "
 "third company's founders Peter and Chris Lalor and its officers (John Leevers, MD/CEO; Peter Lalor, chairman; Chris "
 "Lalor, executive director) are not in the text; the excerpt's single line breaks between paragraphs made blank "
 "lines; cut after '... Sons of Gwalia, Limited was liquidated.', before the paragraph the excerpt breaks off ('Gold "
 "mineralization occurred in the Mine schist, which was up to 150 m th'; `truncated`; a cut at a paragraph end, where "
 "the article's section 'Geology' begins). No heading and no citation marker in the excerpt. No word added or "
 "changed. Kept as written: 'The original, Sons of Gwalia G. M. Co. was formed in 1897' (a comma after 'original'), "
 "'major investor William Pritchard Morgan and others', 'prospectors A. Glendinning, Jack Carlson and Frank White', "
 "'the syndicate funder, Coolgardie storekeeper Thomas Tobias', 'Herbert Hoover, Manager and Inspecting Engineer of "
 "the London and Western Australian Exploration Company' beside 'The London and West Australian Exploration Company' "
 "(so written: 'Western' and 'West' for the same company), 'the British management firm Bewick, Moreing & Co.' beside "
 "'Bewick Moreing & Co' (no comma, no full stop), 'Sons of Gwalia, Limited' (a comma), 'Hoover was appointed "
 "Superintendent of the Sons of Gwalia Mine', '31st President of the United States (1929\u20131933)' (an en dash). "
 "248 words. No outage and no near-miss of one told (the mine's closure in 1963 and the administration of 2004 are "
 "business events). Recorded CC BY-SA 3.0 (content of about 2016-2017, before Wikimedia's move to 4.0 of June 2023, "
 "as batch 55n recorded piglix.com's Iceland; doubtful in that no revision id is held). Found at rank 7 of the query "
 "'mining company founded by prospector, chief executive, acquired by, subsidiary, Wikipedia history gold mine "
 "Australia mid-tier'; oenc.net (rank 2; the article's wikitext with templates) and the book, news and French pages "
 "(ranks 1, 3-6, 8) not used. Gwalia, Bewick, Moreing, Herbert Hoover, Pritchard Morgan, Glendinning, Coolgardie, "
 "Lalor: " + CHECKED + ".", "non-US", v3=True, copy_of="the Wikipedia article, via piglix.com's copy"))

# ---- chemicals, UK: Tata Chemicals Europe / Brunner Mond (en.wikipedia.org '= Title =' rendering, 2024 or later) -----
TATA = [
 "Tata Chemicals Europe (formerly Brunner Mond (UK) Limited) is a UK-based chemicals company that is a subsidiary of "
 "Tata Chemicals, itself a part of the India-based Tata Group. Its principal products are soda ash, sodium "
 "bicarbonate, calcium chloride and associated alkaline chemicals.",
 "Founded in 1873 by John Brunner and Ludwig Mond and incorporated in 1881, the business became the largest producer "
 "of soda ash in the world during the 1890s. In 1917, the company's trinitrotoluene (TNT) factory in Silvertown, "
 "London exploded due to a fire. During 1926, Brunner Mond was one of the four main companies \u2013 along with "
 "British Dyestuffs Corporation, Nobel's Explosives, and the United Alkali Company \u2013 that merged to create "
 "Imperial Chemical Industries (ICI). During the early 1990s, ICI opted to separate and demerge some of its soda ash "
 "businesses as Brunner Mond Holdings Limited.",
 "During 1997, it was floated on the London Stock Market before being promptly acquired by private equity firms. In "
 "early 2006, Brunner Mond was acquired by Tata Chemicals and adopted the Tata Chemicals Europe brand five years "
 "later. The firm acquired British Salt during December 2010 and opened the first industrial-scale carbon capture "
 "and usage plant in the UK in 2022. During 2024, it decided to transfer production of soda ash from its Lostock site "
 "to a new \u00a360 million facility in Northwich."]
KEPT["wp-tata-chemicals-europe"] = ("tata-chemicals-europe-enwiki.txt", TATA)
R.append(wp("wp-tata-chemicals-europe", "Tata Chemicals Europe", "https://en.wikipedia.org/wiki/Tata_Chemicals_Europe",
 "\n\n".join(TATA),
 "chemicals/soda ash and alkalis", ["history", "founding", "merger", "ownership", "deal", "listing"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "revision of 2024 or later: the lead tells a decision of 2024). Cut: the title line '= Tata Chemicals Europe =' and "
 "the line 'Tata Chemicals Europe'; the infobox lines ('- Logo: Tata Chemicals Europe Logo.svg', '- Type: "
 "Subsidiary', '- Location City: Northwich, Cheshire', '- Location Country: England', '- Key People: Dr Martin "
 "Ashcroft-Managing Director.', '- Industry: Chemicals', '- Products: Sodium carbonate (soda ash), sodium bicarbonate, "
 "calcium chloride, sodium sesquicarbonate', '- Parent: Tata Chemicals', '- Homepage: Tata Chemicals Europe'), so the "
 "managing director Martin Ashcroft, Cheshire and England are not in the text; the heading '==History=='; cut after "
 "'... to a new \u00a360 million facility in Northwich.', before the section the excerpt breaks off ('The company was "
 "originally formed as a partnership in 1873 by John Brunner and Ludwig Mond. While this partnership recorded a loss "
 "of \u00a34,300 during its first year, it was able to turn a profit'; `truncated`; a cut at a paragraph end). The "
 "excerpt has no citation markers. No word added or changed. Kept as written: 'Tata Chemicals Europe (formerly Brunner "
 "Mond (UK) Limited)', 'itself a part of the India-based Tata Group', 'the business became the largest producer of "
 "soda ash in the world during the 1890s', \"the company's trinitrotoluene (TNT) factory in Silvertown, London "
 "exploded due to a fire\", 'one of the four main companies \u2013 along with ... \u2013 that merged to create "
 "Imperial Chemical Industries (ICI)' (en dashes with spaces), 'demerge some of its soda ash businesses as Brunner "
 "Mond Holdings Limited', 'floated on the London Stock Market before being promptly acquired by private equity firms', "
 "'In early 2006', 'during December 2010', 'its Lostock site'. 222 words. No outage and no near-miss of one told (the "
 "TNT factory's explosion of 1917 is a physical accident that stopped a plant, no service to users; GUIDELINES, "
 "Outages). Recorded CC BY-SA 4.0 (a revision of 2024 or later, after Wikimedia's move to 4.0 of June 2023, as "
 "batches 56j, 56p, 57b, 57g and 57q recorded their '= Title =' renderings). Found at rank 5 of the query 'Brunner "
 "Mond chemical company founded by John Brunner and Ludwig Mond, Tata Chemicals acquired'; wikiclassic.com (rank 3; a "
 "copy with words garbled, 'an'' for 'and', 'inner' for 'in'), wikiwand.com (rank 4; 'Remove ads' and 'Summarize' "
 "lines inside the text), the Hindi and German pages (ranks 2, 6) and the news pages (ranks 1, 7, 8; copyrighted) not "
 "used. Brunner, Ludwig Mond, Tata Chemicals, British Salt, Nobel's Explosives, United Alkali, British Dyestuffs, "
 "Lostock, Silvertown, Magadi: " + CHECKED + " (Imperial Chemical Industries in batch 28d's Heidelberg Materials UK "
 "text and Tata Group in texts on Tata Steel, Tetley and Natarajan Chandrasekaran, other matters).", "non-US"))


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
