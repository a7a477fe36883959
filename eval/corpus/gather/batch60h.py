#!/usr/bin/env python3
"""Batch 60h (session 56; gatherer lane 60h): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p and 59a-60a, on mid-size British and Irish companies in shipbuilding, banking, engineering and
fruit shipping, new to the corpus: Cammell Laird, the Birkenhead shipbuilder formed by the merger of Laird, Son & Co.
(founded by William Laird, joined by his son John Laird) and the Sheffield firm Johnson Cammell & Co. (founded by
Charles Cammell and Henry and Thomas Johnson) in 1903, its rolling-stock side later part of the Metropolitan-Cammell
Carriage and Wagon Company, its cars for the London Underground (shipbuilding and engineering, UK); Coutts & Co., the
London private bank founded in 1692 by John Campbell of Lundie, owned by The Royal Bank of Scotland Group since RBS
bought NatWest in 2000, its purchase of Bank von Ernst & Cie in 2003 and the sale of Coutts International to Union
Bancaire Privée in 2015 (banking, UK); Frank Perkins, the Peterborough engineer who formed Perkins Engines Company with
Charles Chapman in 1932 (Chapman technical director, Perkins president) and sold a majority stake to Massey-Ferguson in
1959 (engineering, UK); and Fyffes plc, the Dublin fruit company, its beginnings in Thomas Fyffe's partnership with
Hudson, Elder Dempster & Company's fruit shipping to Jamaica and the merger into Elders & Fyffes Ltd in 1901 (food and
shipping, Ireland and UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): the Kiwix copies of 'Cammell Laird' and 'Coutts' in the dump of May 2015
(the-uncensored-wiki.com:20151, 'wikipedia_en_all_2015-05'), the-uncensored-wiki.com's copy of 'Frank Perkins' (about
2006) and thefullwiki.org's copy of 'Fyffes' (about 2010); each cut at a sentence or paragraph end before the point
where the excerpt breaks off or the article's back matter begins (all `truncated`). Edits per item in `notes` (the
copies' title, site, hatnote and banner lines, infobox lines, image captions, headings and citation markers cut; no
word added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather61h/src), the
markers ('[1]', ' [1]', '[edit]', '[ citation needed ]') dropped and whitespace runs compared as one space, as batches
57g-60a did. No text tells an outage or a near-miss of one. newskg (or any extractor) was not run on any text. A round
of four: eight queries, seven companies answered with English Wikipedia text (or a copy of it), four taken (round
notes, /work/notes/gather61/60h.md; queries, /tmp/gather61h/src/queries.txt).
usage: batch60h.py [POOL_DIR] [--dry]   (default /tmp/gather61h/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather61h/pool"
SRC = "/tmp/gather61h/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-56 pools "
           "(/tmp/gather61*/pool) and in /work/notes/gather61/CLAIMS.txt as they stood when checked (`grep -ril`, "
           "file names only)")
# a citation marker ('[1]', ' [2]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- shipbuilding and engineering, UK: Cammell Laird (the Kiwix copy of May 2015) ----------------------------------
CAMMELL = [
 "Cammell Laird, one of the famous names in British shipbuilding during the nineteenth and twentieth centuries, came "
 "about following the merger of Laird, Son & Co. of Birkenhead and Johnson Cammell & Co. of Sheffield at the turn of "
 "the twentieth century. They also built railway rolling stock until 1929, when that side of the business was "
 "separated and became part of the Metropolitan-Cammell Carriage and Wagon Company.",
 "The Laird company was founded by William Laird, who had established the Birkenhead Iron Works in 1824. When he was "
 "joined by his son, John Laird in 1828, their first ship was an iron barge.[1] John realised that the techniques of "
 "making boilers could be applied to making ships. The company soon became pre-eminent in the manufacture of iron "
 "ships and made major advances in propulsion. In 1860 John Laird was joined in the business by his three sons, who "
 "continued it after his death in 1874.",
 "Johnson Cammell & Co. was founded by Charles Cammell and Henry and Thomas Johnson: it made, amongst many other metal "
 "products, iron wheels and rails for Britain's railways and was based in Sheffield.[2]",
 "In 1903 the businesses of Messrs. Cammell and Laird merged to create a company at the forefront of shipbuilding.[2] "
 "The company also built a number of vehicles for the London Underground. An order was placed for 20 trailer cars "
 "and 20 control trailer cars in 1919, which were known as 1920 Stock, and were the first tube cars to be built with "
 "doors operated by compressed air. They ran with converted French motor cars, originally built in 1906."]
KEPT["wp-cammell-laird"] = ("cammell-laird-kiwix2015.txt", CAMMELL)
R.append(wp("wp-cammell-laird", "Cammell Laird",
 "http://the-uncensored-wiki.com:20151/2015-wikipedia_en_all_2015-05/A/Cammell_Laird.html",
 "\n\n".join(MARK.sub("", p) for p in CAMMELL),
 "manufacturing/shipbuilding", ["history", "founding", "merger", "customer"],
 "The article as the Kiwix copy of the English Wikipedia dump of May 2015 holds it in the page store "
 "(the-uncensored-wiki.com:20151, '2015-wikipedia_en_all_2015-05'; no revision id held). Cut: the title line 'Cammell "
 "Laird'; the infobox lines ('Cammell Laird', 'Private' to 'Website www.cammell-laird.com'), with 'Headquarters "
 "Birkenhead, UK', 'Key people', 'John Syvret, (Chairman)' and 'Circa 650', so John Syvret and his post are not in the "
 "text (cut as batches 57p-60a cut their infoboxes); the headings 'History' and 'Founding of the business'; the image "
 "caption '1915 advertisement for Cammell Laird'; the citation markers '[1]' and '[2]' (twice; no space before them); "
 "cut after '... originally built in 1906.', before the sentence the excerpt breaks off ('The doors were fitted with a "
 "sensitive edge, ... and was removed after'; `truncated`; a cut at a sentence end, the rest of that paragraph and the "
 "article not in the excerpt), so the yard's later owners (the nationalisation, Vickers, the Coastline Group, A&P) "
 "are not in the text. No word added or changed. Kept as written: 'came about following the merger of Laird, Son & "
 "Co. of Birkenhead and Johnson Cammell & Co. of Sheffield at the turn of the twentieth century', 'They also built "
 "railway rolling stock until 1929, when that side of the business was separated and became part of the "
 "Metropolitan-Cammell Carriage and Wagon Company.', 'The Laird company was founded by William Laird, who had "
 "established the Birkenhead Iron Works in 1824.', 'When he was joined by his son, John Laird in 1828' (no comma "
 "after 'John Laird'), 'In 1860 John Laird was joined in the business by his three sons', 'Johnson Cammell & Co. was "
 "founded by Charles Cammell and Henry and Thomas Johnson:', 'In 1903 the businesses of Messrs. Cammell and Laird "
 "merged', 'The company also built a number of vehicles for the London Underground.', 'An order was placed for 20 "
 "trailer cars and 20 control trailer cars in 1919, which were known as 1920 Stock'. 266 words. No outage and no near-miss of one "
 "told. Recorded CC BY-SA 3.0 (a dump of May 2015, before Wikimedia's move to 4.0 of June 2023; as batches 55n-60a "
 "recorded their older Kiwix copies). Found at rank 3 of the query 'Cammell Laird shipbuilders history Birkenhead "
 "William Laird Charles Cammell merger 1903 chief executive acquired' (shipbuilding, the engineering side of batch "
 "60a's leads); ahoy.tk-jk.net (rank 1; an author's text used with permission only), a book listing (rank 2), Grace's "
 "Guide (ranks 4, 5), blogs (ranks 6, 7) and a collector's site (rank 8) not used. Cammell, Laird (as the company), "
 "Metropolitan-Cammell, Johnson Cammell, Syvret, Birkenhead: " + CHECKED + " ('Laird' hits only another word or name "
 "in a Hansard text and batch 16h's script; London Underground is a party of other corpus texts, other matters).",
 "non-US", v3=True,
 copy_of="the Wikipedia article, via the Kiwix copy of the English Wikipedia dump of May 2015"))

# ---- banking, UK: Coutts (the Kiwix copy of May 2015) ---------------------------------------------------------------
COUTTS = [
 "Coutts & Co. is a private bank and wealth manager. Founded in 1692, it is one of the world\u2019s oldest banks, and "
 "is wholly owned by The Royal Bank of Scotland Group (itself 84% owned by UK Financial Investments, an investment arm "
 "of the British government). RBS acquired Coutts when it bought NatWest in 2000. Coutts then acquired Z\u00fcrich-based "
 "Bank von Ernst & Cie in 2003 and in 2008, Coutts Bank von Ernst and other Coutts International subsidiaries became "
 "RBS Coutts Bank. These traded as RBS Coutts International to align them with the parent RBS Group until 2011, when "
 "RBS Coutts was renamed Coutts & Co. Limited.",
 "Headquartered in London, Coutts is a wholly owned subsidiary of National Westminster Bank and part of the commercial "
 "and private banking division of The Royal Bank of Scotland Group, with clients from over 40 offices in financial "
 "centres in the United Kingdom, Switzerland, the Middle East and Asia.",
 "In March 2015, RBS sold Coutts International to Union Bancaire Priv\u00e9e, as part of a plan to focus the group on "
 "fewer countries.[1]",
 "The bank which was to become Coutts & Co, was originally a goldsmith-banker's shop. It was formed in 1692 by a young "
 "Scots goldsmith-banker, John Campbell of Lundie, Scotland."]
KEPT["wp-coutts"] = ("coutts-kiwix2015.txt", COUTTS)
R.append(wp("wp-coutts", "Coutts",
 "http://the-uncensored-wiki.com:20151/2015-wikipedia_en_all_2015-05/A/Coutts.html",
 "\n\n".join(MARK.sub("", p) for p in COUTTS),
 "finance/private banking", ["history", "founding", "ownership", "deal"],
 "The article as the Kiwix copy of the English Wikipedia dump of May 2015 holds it in the page store "
 "(the-uncensored-wiki.com:20151, '2015-wikipedia_en_all_2015-05'; no revision id held). Cut: the title line "
 "'Coutts' and the hatnote 'For other uses, see Coutts (disambiguation).'; the infobox lines ('Coutts & Co.', "
 "'Subsidiary; Private unlimited company' to 'Website www.coutts.com'), with 'Key people', 'Lord Waldegrave, "
 "Chairman', 'Rory Tapner, Chief Executive' and 'Parent The Royal Bank of Scotland Group', so Lord Waldegrave, Rory "
 "Tapner and their posts are not in the text (cut as batches 57p-60a cut their infoboxes); the heading 'History'; "
 "three image captions ('A Coutts office as it appeared in the 18th century. This mock-up is part of the archives of "
 "Coutts at their head office at 440 Strand', 'Mary Peagram, the granddaughter of John Campbell, who married James "
 "Coutts in 1755', 'The \"Three Graces\", the daughters of Thomas Coutts'), so Mary Peagram, James and Thomas Coutts "
 "and 1755 are not in the text; the citation marker '[1]' (no space before it); cut after '... John Campbell of "
 "Lundie, Scotland.', before the sentence the excerpt breaks off ('He set up business in Strand, London, under a sign "
 "of the Three Crowns, as was customary in the da'; `truncated`; a cut at a sentence end), so the bank's partners "
 "after Campbell and its later history are not in the text. No word added or changed. Kept as written: 'one of the "
 "world\u2019s oldest banks' (a curly apostrophe), 'wholly owned by The Royal Bank of Scotland Group (itself 84% owned "
 "by UK Financial Investments, an investment arm of the British government)', 'RBS acquired Coutts when it bought "
 "NatWest in 2000.', 'Coutts then acquired Z\u00fcrich-based Bank von Ernst & Cie in 2003 and in 2008, Coutts Bank von "
 "Ernst and other Coutts International subsidiaries became RBS Coutts Bank.', 'These traded as RBS Coutts "
 "International to align them with the parent RBS Group until 2011, when RBS Coutts was renamed Coutts & Co. "
 "Limited.', 'Coutts is a wholly owned subsidiary of National Westminster Bank', 'In March 2015, RBS sold Coutts "
 "International to Union Bancaire Priv\u00e9e', 'The bank which was to become Coutts & Co, was originally a "
 "goldsmith-banker's shop.' (no full stop after 'Co', a comma after it), 'It was formed in 1692 by a young Scots "
 "goldsmith-banker, John Campbell of Lundie, Scotland.' 207 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 "
 "(a dump of May 2015, before Wikimedia's move to 4.0 of June 2023; as batches 55n-60a recorded their older Kiwix "
 "copies). Found at rank 5 of the query 'Coutts bank history John Campbell goldsmith Thomas Coutts partner National "
 "Westminster Bank acquired 1969 Wikipedia' (banking, a side of the lane not searched by batch 60a); owiki.org's "
 "recent copy (rank 1; its excerpt all early history, partners but no post), a copy of about 2008 (rank 2; captions "
 "pasted twice), the bank's own pages (ranks 3, 4), Simple English Wikipedia (rank 6; another project's text), "
 "infogalactic.com (rank 7; a fork) and a book review (rank 8) not used. Coutts, Bank von Ernst, Union Bancaire, "
 "Waldegrave, Tapner, Lundie: " + CHECKED + " (UK Financial Investments is a party of batch 16b's Northern Rock text, "
 "another matter; The Royal Bank of Scotland Group and NatWest are in other corpus texts, other matters).",
 "non-US", v3=True,
 copy_of="the Wikipedia article, via the Kiwix copy of the English Wikipedia dump of May 2015"))

# ---- engineering, UK: Frank Perkins (the-uncensored-wiki.com's copy of about 2006) ---------------------------------
PERKINS = [
 "Frank Perkins (20 February 1889 Peterborough, United Kingdom - 1967) British engineer, businessman, creator of the "
 "Perkins Diesel Engine, and founder of the Perkins Engines Company.",
 "He was a third generation engineer, following both his grandfather and father, who both worked for Barford and "
 "Perkins, that family firm that manufactured road construction rollers/compactors, agricultural rollers, and other "
 "agricultural machinery.",
 "Frank started working on a high-speed, light-weight, diesel engine with Charles Chapman while working at Aveling & "
 "Porter in Rochester, Kent. Before the pair could complete the project, Aveling & Porter went bankrupt. Convinced "
 "that they were on to a profitable niche to serve the agricultural tractor market, the two were forced to form their "
 "own company, Perkins Engines Company, on 7 June 1932. Champman was technical director and Perkins president of the "
 "new concern.",
 "Perkins would go on building new engines and his company until, at age 70, he sold a majority stake in the company "
 "to his largest customer, Massey-Ferguson, in 1959. At that time he would also retire from day-to-day management "
 "activities at the company. He would pass away eight years later in 1967."]
KEPT["wp-frank-perkins"] = ("frank-perkins-uncensored.txt", PERKINS)
R.append(wp("wp-frank-perkins", "Frank Perkins",
 "http://the-uncensored-wiki.com:20072/f/r/a/Frank_Perkins_a678.html",
 "\n\n".join(MARK.sub("", p) for p in PERKINS),
 "manufacturing/diesel engines", ["history", "founding", "leadership", "deal", "customer"],
 "The article as the-uncensored-wiki.com's copy holds it in the page store (port 20072, the copy of about 2006 that "
 "batches 31-59e used, '[edit]' links kept in its headings; no revision id held). Cut: the title line 'Frank Perkins' "
 "and the site line 'From Wikipedia, the free encyclopedia'; cut after '... eight years later in 1967.', the end of "
 "the article's text, before its back matter: the heading '[edit] Quote' with the quoted motto '\"Where there is no "
 "vision, the people perish.\"', the headings '[edit] See also' and '[edit] External links' and the stub notice 'This "
 "article about a UK engineer, inventor or industrial designer is a stub. ...' (`truncated`: the back matter cut). No "
 "word added or changed. Kept as written: 'Frank Perkins (20 February 1889 Peterborough, United Kingdom - 1967) "
 "British engineer, businessman, creator of the Perkins Diesel Engine, and founder of the Perkins Engines Company.' "
 "(a sentence without a verb, a hyphen between the dates), 'that family firm that manufactured road construction "
 "rollers/compactors', 'Frank started working on a high-speed, light-weight, diesel engine with Charles Chapman while "
 "working at Aveling & Porter in Rochester, Kent.', 'the two were forced to form their own company, Perkins Engines "
 "Company, on 7 June 1932.', 'Champman was technical director and Perkins president of the new concern.' (Chapman "
 "misspelt 'Champman' in the article), 'he sold a majority stake in the company to his largest customer, "
 "Massey-Ferguson, in 1959', 'At that time he would also retire from day-to-day management activities at the "
 "company.', 'He would pass away eight years later in 1967.' 186 words. No outage and no near-miss of one told (Aveling & "
 "Porter's bankruptcy is a business failure; GUIDELINES, Outages). Recorded CC BY-SA 3.0 (a copy of about 2006, before "
 "Wikimedia's move to 4.0 of June 2023; as earlier batches recorded their the-uncensored-wiki.com copies). Found at "
 "rank 8 of the query 'Perkins Engines company history Peterborough Frank Perkins Charles Wallace Chapman founded 1932 "
 "Massey Ferguson Caterpillar acquired' (engineering, a side of the lane not searched by batch 60a); the same site's "
 "'Perkins Engines Company Limited' (rank 3; a stub of about 70 words, no person but the founder), a magazine's "
 "heritage article (ranks 1, 5), a society's talk (rank 2), a blog (rank 4), a dealer's page (rank 6) and another "
 "wiki's page (rank 7; tractors.fandom.com, not Wikipedia) not used. Frank Perkins, Perkins Engines, Aveling, Barford, "
 "Chapman (with Perkins), Massey-Ferguson: " + CHECKED + " ('Aveling', 'Barford' and 'Massey' hit only other words and "
 "names in other texts and batch scripts: the Massey Energy coal company, a Barford of another text).", "non-US",
 v3=True, copy_of="the Wikipedia article, via the-uncensored-wiki.com's 2006 copy"))

# ---- food and shipping, Ireland and UK: Fyffes (thefullwiki.org's copy of about 2010) ------------------------------
FYFFES = [
 "FYFFES PLC (ISEQ: FFY, is a fruit and fresh produce company headquartered at North Anne Street, Dublin 7, Ireland. "
 "Fyffes is the oldest fruit brand in the world which is most closely associated with the banana[2]. However, the "
 "brand is actually applied to a wide range of fruits, most notably the Fyffes Gold Pineapples and Fyffes melons.",
 "The Group is primarily involved in the production, procurement, shipping, ripening, distribution and marketing of "
 "bananas, pineapples and melons.",
 "The Group currently markets fruit in Europe and the United States primarily under the Fyffes and Turbana brands.",
 "In the 1870s Thomas Fyffe, a London food wholesaler, went into partnership with a fruit dealer named Hudson who had "
 "connections in the Canary Islands. In 1878 they shipped their first cargo of bananas to England. Within five years "
 "the business had become so successful that they purchased land in the Canaries to be cultivated as banana "
 "plantations. Meanwhile, Elder Dempster & Company (a large shipping firm which traded in the Canaries) had observed "
 "the success of Fyffe & Hudson and followed suit. In 1898 Elder Dempster\u2019s fruit importing business was extended "
 "to Jamaica, which was then the second oldest of Britain\u2019s overseas colonies. To protect the island\u2019s economy "
 "the British Government agreed to pay a subsidy of \u00a340,000 a year to Elder Dempster to run a regular steamer "
 "service to Jamaica and bring large quantities of bananas to the British market. In May 1901 the firms merged and "
 "Elders & Fyffes Ltd was established in London."]
KEPT["wp-fyffes"] = ("fyffes-thefullwiki.txt", FYFFES)
R.append(wp("wp-fyffes", "Fyffes", "http://www.thefullwiki.org/Fyffes",
 "\n\n".join(MARK.sub("", p) for p in FYFFES),
 "food/fresh produce", ["history", "founding", "brand", "shipping"],
 "The article as thefullwiki.org's copy holds it in the page store (no date or revision id held; a revision of about "
 "2010: its infobox reads 'Employees 5,062 (2010)'). Cut: the site lines 'The Full Wiki' and 'Fyffes: Wikis', the "
 "site's banner 'Note: Many of our articles have direct quotes from sources you can cite, within the Wikipedia "
 "article! ...' and 'From Wikipedia, the free encyclopedia'; the infobox lines ('Type Public (ISEQ: FFY' to "
 "'Employees 5,062 (2010) [1]'), with 'Headquarters 29 North Anne Street, Dublin 7, Ireland' and 'Key people D.V. "
 "McCann', so D.V. McCann is not in the text (cut as batches 57p-60a cut their infoboxes); the citation marker '[2]' "
 "(no space before it; the text's '... associated with the banana.' then ends the sentence); cut after '... Elders & "
 "Fyffes Ltd was established in London.', before the sentence the excerpt breaks off ('The following yea'; "
 "`truncated`; a cut at a sentence end, the rest of that paragraph and the article not in the excerpt), so the United "
 "Fruit Company, the Irish owners and the later history are not in the text. The copy has no heading 'History' (three "
 "blank lines where it stood). No word added or changed. Kept as written: 'FYFFES PLC (ISEQ: FFY, is a fruit and fresh "
 "produce company headquartered at North Anne Street, Dublin 7, Ireland.' (capitals and an unclosed bracket as in the "
 "copy), 'Fyffes is the oldest fruit brand in the world which is most closely associated with the banana', 'However, "
 "the brand is actually applied to a wide range of fruits, most notably the Fyffes Gold Pineapples and Fyffes "
 "melons.', 'The Group currently markets fruit in Europe and the United States primarily under the Fyffes and Turbana "
 "brands.', 'In the 1870s Thomas Fyffe, a London food wholesaler, went into partnership with a fruit dealer named "
 "Hudson who had connections in the Canary Islands.', 'In 1878 they shipped their first cargo of bananas to England.' "
 "(the later revision of 2014 reads 'In the 1880s' with the same 1878), 'had observed the success of Fyffe & Hudson "
 "and followed suit', 'Elder Dempster\u2019s fruit importing business' (curly apostrophes in this paragraph), 'the "
 "British Government agreed to pay a subsidy of \u00a340,000 a year to Elder Dempster to run a regular steamer service "
 "to Jamaica', 'In May 1901 the firms merged and Elders & Fyffes Ltd was established in London.' 251 words. No outage and no "
 "near-miss of one told. Recorded CC BY-SA 3.0 (a revision of about 2010, before Wikimedia's move to 4.0 of June "
 "2023). Found at rank 6 of the query 'Fyffes plc Irish fruit company history Edward Wathen Fyffe Hudson Brothers "
 "Fyffe Hudson & Co Elders & Fyffes Ltd 1901' (batch 60a's lead); en.wikipedia.org's old revision 599561228 of 14 "
 "March 2014 (rank 1 here, rank 3 of the query before; a vandalised image line before its lead, its excerpt breaking "
 "off in the subsidy sentence), fundinguniverse.com (ranks 2, 3; a company-history directory, no open licence), "
 "wikisum.wiki (rank 4; sentences out of order), kids.kiddle.co (rank 5; a rewrite), trade press (rank 7) and news "
 "(rank 8) not used. Fyffe, Fyffes, Elder Dempster, Turbana, North Anne Street: " + CHECKED + " (GATHERING.md names "
 "Fyffes and Elder Dempster only in batch 60a's and older rounds' lists of free names, texts not used and leads; "
 "'McCann' hits only other people).", "non-US", v3=True,
 copy_of="the Wikipedia article, via thefullwiki.org, a site rendering Wikipedia pages"))


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
