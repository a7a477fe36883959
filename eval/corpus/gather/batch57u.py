#!/usr/bin/env python3
"""Batch 57u (session 55; gatherer lane 57u): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56f, 56h, 56j, 56n, 56p, 57b, 57g, 57m and 57q,
taking up the leads batch 57q left (Icebreaker, Butlers Chocolates, Yeo Hiap Seng, Goldilocks Bakeshop), new to the
corpus: an Irish chocolate maker founded in Dublin's Lad Lane in 1932 by Marion Bailey-Butler, bought by Seamus
Sorensen in 1959, operator of the Butlers Chocolate Cafés, whose New Zealand stores' parent Chocolate Cafes (New
Zealand) went into liquidation in July 2025 (confectionery, Ireland); an American brand of canned Chinese food founded
in the 1940s by Jeno Paulucci, sold in turn to the R. J. Reynolds Tobacco Company (1966), to Yeo Hiap Seng of
Singapore (1989, after RJR Nabisco had sold its frozen line to ConAgra Foods) and to Hunt-Wesson (1995), owner of La
Choy and a unit of ConAgra, which closed it (the text reached from Yeo Hiap Seng, whose own article the page store held
only as a liquisearch.com section) (food, US); a Philippine bakery chain opened in Makati on May 15, 1966 by the
sisters Milagros Leelin Yee and Clarita Leelin Go and their sister-in-law Doris Wilson Leelin, whose sale to Pancake
House International fell through in 2006 and which SM Investments made its subsidiary in 2021 (bakery, Philippines);
and a New Zealand merino wool clothing brand founded in 1995 by Jeremy Moon, purchased by VF Corporation in 2018
(clothing, New Zealand).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' renderings of 'Butlers Chocolates' (a revision of July 2025 or later), 'Chun
King' (undated), 'Goldilocks Bakeshop' (a revision of 2024 or later) and 'Icebreaker (clothing)' (undated); each cut at
a paragraph end before a broken sentence or a 'See also' list (`truncated`). Edits per item in `notes` (title line,
infobox lines, headings and the 'See also' list cut; no word added or changed; these renderings have no citation
markers); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather58u/src), whitespace runs
compared as one space, as batches 57g, 57m and 57q did. Two texts tell near-misses of an outage (Butlers' New Zealand
stores closed by their parent's liquidation; ConAgra closing Chun King's manufacturing facilities: business failures
and closures, no outage; GUIDELINES, Outages); none tells an outage. newskg (or any extractor) was not run on any text.
A round of four: six queries, four answered with English Wikipedia text on a company not yet in the corpus and its
founder, four taken (round notes, /work/notes/gather58/57u.md; queries, /tmp/gather58u/src/queries.txt).
usage: batch57u.py [POOL_DIR] [--dry]   (default /tmp/gather58u/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather58u/pool"
SRC = "/tmp/gather58u/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-55 pools (/tmp/gather58*/pool) and in /work/notes/gather58/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- confectionery, Ireland: Butlers Chocolates (en.wikipedia.org '= Title =' rendering, July 2025 or later) --------
BUTLERS = [
 "Butlers Chocolates is an Irish manufacturer of luxury chocolate products, based in North Dublin. Founded by Marion "
 "Bailey-Butler in 1932, the company produces a wide range of confectionery products including chocolate bars, "
 "truffles, fudge, toffee, chocolate eggs and seasonal novelties. The company has also created a chain of Butlers "
 "Chocolate Caf\u00e9s.",
 "Butlers chocolates were founded in 1932 by Ms Bailey-Butler. Based in Dublin's Lad Lane, Bailey-Butler developed a "
 "range of handmade chocolates.",
 "In 1959, the company was purchased by Seamus Sorensen, and in 1984, the Butlers Irish Chocolates brand was born. The "
 "company was named in memory of its founder, Marion Bailey-Butler.",
 "Five years later, in 1989, Butlers Chocolates' first retail outlet opened on Grafton Street in Dublin City Centre. "
 "Since then, retail outlets have opened all over Ireland. There were also five stores in New Zealand.",
 "The first Butlers Chocolate Caf\u00e9 opened on Wicklow Street, Dublin in 1998 and since then, they have opened a "
 "further 39 Butlers Chocolate Caf\u00e9s \u2013 in Dublin, Cork, Galway, Limerick, Naas, Kildare & Bray (Ireland), "
 "Karachi, Lahore & Islamabad (Pakistan) and Abu Dhabi (United Arab Emirates).",
 "Butlers has also expanded into the Great Britain with the opening of a caf\u00e9 in Westfield, London, and their "
 "chocolates are now widely available in most major airports throughout the UK and at Waitrose stores.",
 "In 2003, Butlers Chocolates relocated to Clonshaugh, Dublin 17.",
 "Butlers plans to expand internationally, using a franchise model outside of Ireland and Great Britain.",
 "In July 2025, the parent company of the New Zealand stores, Chocolate Cafes (New Zealand), went into liquidation, "
 "resulting in a nationwide closure of all stores."]
KEPT["wp-butlers-chocolates"] = ("butlers-enwiki.txt", BUTLERS)
R.append(wp("wp-butlers-chocolates", "Butlers Chocolates", "https://en.wikipedia.org/wiki/Butlers_Chocolates",
 "\n\n".join(BUTLERS),
 "food/confectionery", ["history", "founding", "ownership", "retail"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "revision of July 2025 or later: the last paragraph tells the liquidation of July 2025). Cut: the title line '= "
 "Butlers Chocolates =' and the line 'Butlers Chocolate'; the infobox lines (\"- Logo: Butler's_Chocolates_Logo.gif\", "
 "'- Type: Private', '- Foundation: 1932', '- Location: Dublin, Ireland', '- Key People: Marion Bailey-Butler, "
 "founder', '- Industry: Confectionary', '- Homepage: butlerschocolates.com/en'); cut after '... resulting in a "
 "nationwide closure of all stores.', before the sentence the excerpt breaks off ('The busine'; `truncated`; a cut "
 "inside a paragraph, at a sentence end). The excerpt has no headings in the running text and no citation markers. No "
 "word added or changed. Kept as written: 'Founded by Marion Bailey-Butler in 1932', 'Butlers chocolates were founded "
 "in 1932 by Ms Bailey-Butler' (lower-case 'chocolates', 'Ms' without a point), \"Dublin's Lad Lane\", 'the company was "
 "purchased by Seamus Sorensen', 'the Butlers Irish Chocolates brand was born', 'Five years later, in 1989,', "
 "\"Butlers Chocolates' first retail outlet\", 'Butlers Chocolate Caf\u00e9s' and 'Butlers Chocolate Caf\u00e9' (an "
 "acute e), 'a further 39 Butlers Chocolate Caf\u00e9s \u2013 in Dublin, ...' (an en dash), 'Kildare & Bray', 'into "
 "the Great Britain' (so written), 'a caf\u00e9 in Westfield, London', 'at Waitrose stores', 'Clonshaugh, Dublin 17', "
 "'the parent company of the New Zealand stores, Chocolate Cafes (New Zealand), went into liquidation' (no accent). "
 "268 words. No outage told; a near-miss of one (stores closed nationwide after their parent's liquidation: a business "
 "failure, no outage; GUIDELINES, Outages). Recorded CC BY-SA 4.0 (a revision of July 2025 or later, after "
 "Wikimedia's move to 4.0 of June 2023). Found at rank 4 of the query 'Butlers Chocolates is an Irish chocolate "
 "manufacturer founded by Marion Bailey-Butler, bought by Seamus Sorensen'; liquisearch.com's copy of an older "
 "'History' section (rank 1; ends in 'Famous quotes'), the en-wikipedia--on--ipfs-org copy of an older revision (rank "
 "3; a garbled infobox), the Italian article's copy (rank 6) and ilovecooking, carrollsirishgifts, ireland-guide and "
 "jobs.ie (ranks 2, 5, 7, 8; copyrighted) not used. Butlers Chocolate, Bailey-Butler, Seamus Sorensen, Lad Lane, "
 "Chocolate Cafes, Clonshaugh: " + CHECKED + " but batch 57q's notes in GATHERING.md, which name Butlers Chocolates "
 "as a lead not taken ('Sorensen' alone names other people in texts on other matters).", "non-US"))

# ---- food, US: Chun King (en.wikipedia.org '= Title =' rendering, undated) -------------------------------------------
CHUNKING = [
 "Chun King was an American brand of canned Chinese food products founded in the 1940s by Jeno Paulucci, whose "
 "company also developed Jeno's Pizza Rolls and frozen pizza, and the Michelina's brand of frozen food products, among "
 "many others. By 1962, Chun King was bringing in $30 million in annual revenue and accounted for half of all U.S. "
 "sales of prepared Chinese food. In 1966, it was sold to the R. J. Reynolds Tobacco Company for $63 million.",
 "R. J. Reynolds merged with Nabisco Brands in 1985 and the new company changed its name to RJR Nabisco the following "
 "year. In 1989, Chun King was sold to Yeo Hiap Seng of Singapore to help pay for Kohlberg Kravis Roberts' leveraged "
 "buyout of RJR Nabisco. RJR Nabisco had previously sold the Chun King line of frozen foods to ConAgra Foods in 1986. "
 "After losing market share, Yeo Hiap Seng sold Chun King in 1995 to Hunt-Wesson, owner of rival La Choy. "
 "Hunt-Wesson's parent, ConAgra, eventually closed Chun King's manufacturing facilities in 1995 and discontinued the "
 "brand."]
KEPT["wp-chun-king"] = ("chunking-enwiki.txt", CHUNKING)
R.append(wp("wp-chun-king", "Chun King", "https://en.wikipedia.org/wiki/Chun_King",
 "\n\n".join(CHUNKING),
 "food/packaged foods", ["history", "founding", "ownership", "deal", "merger"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "revision later than the older en.wikipedia.org rendering of the same query, which reads 'sold to Reynolds Metals "
 "Company, a division of the R. J. Reynolds Tobacco Company' and carries markers). Cut: the title line '= Chun King =' "
 "and the line 'Chun King'; the infobox line '- Trading Name: Chun King'; the heading '==See also==' and its list "
 "('- Chongqing', '- La Choy', '- American Chinese cuisine'), where the excerpt ends (`truncated`: the article's "
 "references and any later text not in the excerpt; a cut at a paragraph end). The excerpt has no citation markers. No "
 "word added or changed. Kept as written: 'an American brand of canned Chinese food products founded in the 1940s by "
 "Jeno Paulucci, whose company also developed', \"Jeno's Pizza Rolls\", \"the Michelina's brand\", 'U.S.', 'the R. J. "
 "Reynolds Tobacco Company' beside 'R. J. Reynolds' (spaced initials), 'the new company changed its name to RJR "
 "Nabisco the following year', 'Yeo Hiap Seng of Singapore', \"Kohlberg Kravis Roberts' leveraged buyout of RJR "
 "Nabisco\", 'the Chun King line of frozen foods', 'ConAgra Foods' beside 'ConAgra', 'owner of rival La Choy', "
 "\"Hunt-Wesson's parent, ConAgra,\". 175 words. No outage told; a near-miss of one (ConAgra closing Chun King's "
 "manufacturing facilities and discontinuing the brand: a business decision, no outage; GUIDELINES, Outages). "
 "Recorded CC BY-SA 4.0 (en.wikipedia.org's own rendering, undated, as batches 56j, 56p, 57b, 57g, 57m and 57q "
 "recorded their '= Title =' renderings; doubtful in that no revision date is held; both licences allow the reuse "
 "with attribution). Found at rank 3 of the query 'Chun King canned Chinese food company founded by Jeno Paulucci, "
 "sold to R.J. Reynolds, Yeo Hiap Seng' (asked after two queries for Yeo Hiap Seng's own article found only "
 "liquisearch.com's 'History' section); wiki-gateway.eudic.net's copy and the older en.wikipedia.org rendering (ranks "
 "1, 2; an older revision with markers, one text per matter), l.global.ssl.fastly.net's 'Misplaced Pages' copy (rank "
 "4), kids.kiddle.co (rank 5; a rewrite), triblive.com and bookrags.com (ranks 6-8; copyrighted) not used. Chun King, "
 "Paulucci, La Choy, Hunt-Wesson, Michelina, Jeno's, RJR Nabisco, Nabisco Brands: " + CHECKED + " (ConAgra is named "
 "in texts on other matters, none on Chun King).", "US"))

# ---- bakery, Philippines: Goldilocks Bakeshop (en.wikipedia.org '= Title =' rendering, 2024 or later) ----------------
GOLDILOCKS = [
 "Goldilocks Bakeshop is a bakery chain based in the Philippines, which produces and distributes Philippine cakes and "
 "pastries.",
 "On May 15, 1966, Chinese Filipino sisters, Milagros Leelin Yee and Clarita Leelin Go, and their sister-in-law Doris "
 "Wilson Leelin, opened the first Goldilocks store on a 70 sqm space on the ground floor of a three-story building "
 "along Pasong Tamo Street in Makati and started with only 10 employees.",
 "In 1976, Goldilocks opened its first store in the United States in Los Angeles. In 1991, Goldilocks launched a "
 "franchising program which led to the opening of hundreds of Goldilocks' stores across The Philippines.",
 "Other stores were later set up in other parts of California such as San Francisco, San Jose, and in Las Vegas, "
 "Nevada.",
 "Pancake House International planned to acquire Goldilocks Bakeshop, but negotiations to acquire the bakeshop chain "
 "fell in 2006. Pancake House offered to acquire Goldilocks for .",
 "In 2018, SM Investments acquired the 34% stake of Goldilocks Bakeshop, months after its full acquisition deal fell. "
 "It later made Goldilocks its subsidiary by acquiring the bakeshop chain's majority stake in 2021. In 2024, "
 "Goldilocks announced plans to launch 60 more stores to finish the year with 986 branches."]
KEPT["wp-goldilocks-bakeshop"] = ("goldilocks-enwiki.txt", GOLDILOCKS)
R.append(wp("wp-goldilocks-bakeshop", "Goldilocks Bakeshop", "https://en.wikipedia.org/wiki/Goldilocks_Bakeshop",
 "\n\n".join(GOLDILOCKS),
 "food/bakery chain", ["history", "founding", "franchising", "ownership", "deal"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "revision of 2024 or later: 'In 2024, Goldilocks announced plans'). Cut: the title line '= Goldilocks Bakeshop =' "
 "and the line 'Goldilocks Bakeshop'; the infobox lines ('- Logo: Goldilocks logo.svg', '- Type: Private (1966\u20132021), "
 "Subsidiary (since 2021)', '- Foundation: in Makati, Metro Manila, Philippines', '- Founders: Milagros Leelin Yee, "
 "Clarita Leelin Go, Doris Wilson Leelin', '- Hq Location: Shaw Boulevard', '- Hq Location City: Mandaluyong, Metro "
 "Manila', '- Hq Location Country: Philippines', '- Locations: 418 (2015)', '- Key People: Richard L. Yee "
 "(President)', '- Area Served: Philippines', '- Products: Fast food, bakery', '- Num Employees: 2000 (2013)', '- "
 "Parent: SM Investments Corporation (74%)'), so the word 'Founders', the president Richard L. Yee and the 74% holding "
 "are not in the text; the heading '==History=='; cut after '... to finish the year with 986 branches.', before the "
 "heading '==Branch locations==' and the sentence the excerpt breaks off under it ('In 2019, it was reported that "
 "there are at least 900 full-service stores ... United Sta'; `truncated`; a cut at a section end). The excerpt has no "
 "citation markers. No word added or changed. Kept as written: 'Chinese Filipino sisters, Milagros Leelin Yee and "
 "Clarita Leelin Go, and their sister-in-law Doris Wilson Leelin, opened the first Goldilocks store', 'a 70 sqm "
 "space', 'Pasong Tamo Street', \"hundreds of Goldilocks' stores across The Philippines\" (capital T), 'negotiations "
 "to acquire the bakeshop chain fell in 2006', 'Pancake House offered to acquire Goldilocks for .' (the amount lost "
 "in the rendering, a space before the full stop; kept so, a whole sentence inside the text), 'SM Investments "
 "acquired the 34% stake of Goldilocks Bakeshop, months after its full acquisition deal fell', 'It later made "
 "Goldilocks its subsidiary by acquiring the bakeshop chain's majority stake in 2021.'. 200 words. No outage and no "
 "near-miss of one told. Recorded CC BY-SA 4.0 (a revision of 2024 or later, after Wikimedia's move to 4.0 of June "
 "2023). Found at rank 3 of the query 'Goldilocks Bakeshop is a Filipino bakeshop chain founded in 1966 by sisters "
 "Milagros Leelin-Yee and Clarita Leelin-Go'; kids.kiddle.co (rank 4; a rewrite), grokipedia.com (rank 5; licence "
 "not stated) and backscoop, philstarlife, vulcanpost and scribd (ranks 1, 2, 6-8; copyrighted) not used. "
 "Goldilocks, Leelin, Pasong Tamo, Pancake House: " + CHECKED + " but batch 57q's notes in GATHERING.md, which name "
 "Goldilocks Bakeshop as a lead not taken (SM Investments is named in a train text on another matter, a biography of "
 "Teresita Sy-Coson).", "non-US"))

# ---- clothing, New Zealand: Icebreaker (en.wikipedia.org '= Title =' rendering, undated) ------------------------------
ICEBREAKER = [
 "icebreaker is a merino wool outdoor and natural performance outdoor clothing brand headquartered in Auckland, New "
 "Zealand. It was purchased by VF Corporation, a NYSE listed entity in 2018. icebreaker was conceived and designed "
 "around the philosophy of sustainability, using natural fibres, environmental and social ethics, and animal welfare. "
 "The company began by specialising in the creation of merino base layers and now offers underwear, mid layers, outer "
 "wear, socks and accessories based on natural fibres.",
 "icebreaker was founded in 1995 by Jeremy Moon, and now supplies its clothing to more than 4,700 stores in 50 "
 "countries.",
 "icebreaker started when, in 1994, an American girlfriend introduced Jeremy Moon, then 24, to a merino wool farmer "
 "she had stayed with as she backpacked around New Zealand. Brian and Fiona Brakenridge lived on the remote Pohuenui "
 "Island in Marlborough with their two sons Ben and Sam and 5,000 sheep. They had developed some prototype thermal "
 "underwear made from 100% pure New Zealand merino wool, a fibre that was then of such little value that it was sold "
 "at low cost to be blended with traditional wool.",
 "icebreaker began selling its products in New Zealand, followed by Australia. The company has been growing in Europe "
 "and acquiring its distributors there. In 2010, one in every three icebreaker garments was sold in Europe, now one of "
 "icebreaker's largest markets. In 2010 company sales were approximately $100 million. In 2014 company sales were "
 "approximately $200 million."]
KEPT["wp-icebreaker-clothing"] = ("icebreaker-enwiki.txt", ICEBREAKER)
R.append(wp("wp-icebreaker-clothing", "Icebreaker (clothing)", "https://en.wikipedia.org/wiki/Icebreaker_(clothing)",
 "\n\n".join(ICEBREAKER),
 "apparel/outdoor clothing", ["history", "founding", "ownership", "deal"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; its "
 "latest figures of 2014 and the purchase of 2018, the CEO Jan Van Mossevelde in the infobox). Cut: the title line '= "
 "Icebreaker (clothing) =' and the line 'icebreaker'; the infobox lines ('- Logo: Icebreaker_logo.png', '- Type: "
 "Public', '- Foundation: , in Wellington, New Zealand', '- Founder: Jeremy Moon', '- Location City: Auckland', '- "
 "Location Country: New Zealand', '- Key People: Jan Van Mossevelde (CEO)', '- Industry: Clothing manufacture', '- Num "
 "Employees: 400 (globally)', '- Products: Base layers, ...', '- Homepage: https://www.icebreaker.com'), so the CEO Jan "
 "Van Mossevelde and Wellington are not in the text; the heading '== History=='; cut after '... company sales were "
 "approximately $200 million.', before the paragraph the excerpt breaks off ('The company's'; `truncated`; a cut at a "
 "paragraph end). The excerpt has no citation markers. No word added or changed. Kept as written: the lower-case "
 "'icebreaker' throughout (the brand's own styling, at sentence starts too), 'It was purchased by VF Corporation, a "
 "NYSE listed entity in 2018.', 'outer wear', 'an American girlfriend introduced Jeremy Moon, then 24,', 'Brian and "
 "Fiona Brakenridge', 'their two sons Ben and Sam', '100% pure New Zealand merino wool', 'acquiring its distributors "
 "there', \"icebreaker's largest markets\". 241 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 "
 "(en.wikipedia.org's own rendering, undated, as batches 56j, 56p, 57b, 57g, 57m and 57q recorded their '= Title =' "
 "renderings; doubtful in that no revision date is held). Found at rank 3 of the query 'Icebreaker is a New Zealand "
 "merino wool clothing company founded by Jeremy Moon, acquired by VF Corporation'; adventurepeaks.com (rank 5; a "
 "retailer's page reusing the article's wording, no licence stated) and nzherald.co.nz, gearjunkie.com, nzedge.com, "
 "marystantondesign.com, feelwendu.com and oregonlive.com (ranks 1, 2, 4, 6-8; copyrighted) not used. Icebreaker, "
 "Jeremy Moon, VF Corporation, Brakenridge, Pohuenui: " + CHECKED + " but batch 57q's notes in GATHERING.md, which "
 "name Icebreaker as a lead not taken.", "non-US"))


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
