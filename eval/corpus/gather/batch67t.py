#!/usr/bin/env python3
"""Batch 67t (session 61; gatherer lane 67t): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n, 65b-66p and 67c-67q, on a New Zealand department store chain, an Australian
department store chain and an Australian brewery, new to the corpus:
Farmers Trading Company Ltd (Farmers), the New Zealand department store chain of Flat Bush, Auckland, with Robert
Laidlaw's mail order business Laidlaw Leeds of 1909, the Farmers Union Indenting and Trading Association formed in 1910
by Auckland members of the Farmers Union and converted in 1916 into the Farmers' Union Trading Co (Auckland) Ltd, their
merger of 1917 under Laidlaw as managing director, and the Hobson Street stores of 1920 (retail, New Zealand);
John Martin & Co. Ltd (John Martin's, Johnnies), the Adelaide department store chain with its origin in the draper's
shop 'Peters and Martin' founded on Rundle Street by Otto Peters and John Martin on 24 October 1866, its principals
John Martin, E. W. Hayward and Richard Martin and its restructuring of 22 August 1889 (retail, Australia); and Tooheys,
the Sydney brewery dating from John Thomas Toohey's brewing licence of 1869, brewed with his brother James Matthew,
Tooheys Limited of 1902, its purchase of Miller's Brewers in 1967, its merger of 1980 with Castlemaine Perkins into
Castlemaine Tooheys, Bond Corporation's purchase of 1985, Lion Nathan's purchase of Bond's Natbrew Holdings of
1990-1992, Lion's purchase of Hahn in 1993 and the Kirin Company's of the Lion beverages group in 2009 (brewing,
Australia).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's '= Title =' rendering of 'Farmers (department store)' (the current
revision), piglix.com's copy of 'John Martin & Co.' (an older revision) and en.wikipedia.org's older 'Jump to:
navigation, search' rendering of 'Tooheys Brewery' (held under the redirect 'Tooheys'; a revision of about 2015); all
three cut at a paragraph or sentence end before the point where the excerpt breaks off (`truncated`).
Edits per item in `notes` (title lines, site chrome, infobox lines, headings and citation markers cut; no word added or
changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather68t/src), the markers dropped
and whitespace runs compared as one space. No text tells an outage. newskg (or any extractor) was not run on any text.
A round of three: sixteen queries, eleven companies asked for (Bunge y Born twice, Fuji Iron & Steel / Yawata, SIAM
Di Tella, Farmers twice, Kempthorne Prosser twice, Nippon Kokan, Suzuki Shoten twice, Votorantim, Tooheys twice, Shaw
Wallace, John Martin's), three taken (round notes, /work/notes/gather68/67t.md; queries, /tmp/gather68t/src/queries.txt).
usage: batch67t.py [POOL_DIR] [--dry]   (default /tmp/gather68t/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68t/pool"
SRC = "/tmp/gather68t/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-61 pools (/tmp/gather68*/pool) and in /work/notes/gather68/CLAIMS.txt and "
           "/work/notes/gather67/CLAIMS.txt as they stood when checked (`grep -ril`, file names only)")
# a citation marker ('[1]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- retail, New Zealand: Farmers (en.wikipedia.org's '= Title =' rendering, the current revision) ----------------
FA = [
 "Farmers Trading Company Ltd (branded as Farmers) is a New Zealand mid-market department store chain. Headquartered "
 "in Flat Bush, Auckland, Farmers operates 58 stores across New Zealand, specialising in family fashion, beauty, "
 "homewares, furniture, large appliances and whiteware.",
 "Robert Laidlaw founded Laidlaw Leeds in 1909, which sold agricultural supplies through mail order catalogues, "
 "following a successful American model. In 1910, a group of Auckland members of the Farmers Union formed the Farmers "
 "Union Indenting and Trading Association. The Clevedon branch, for instance, approved the formation of such an "
 "association at a meeting held in July 1910. In 1916, the trading association was converted into the Farmers' Union "
 "Trading Co (Auckland) Ltd.",
 "In 1917, the Farmers' Union Trading Company approached Laidlaw Leeds with an offer to merge, which Laidlaw "
 "accepted; he became the managing director of the new venture, the Farmers' Trading Company. The company soon "
 "expanded into retail and adopted the department store model. There had also been an unrelated, older Farmers "
 "Department Store in Sydney, Australia.",
 "The centre of operations was a high-rise warehouse and office complex in Auckland's Hobson Street. In 1920 a retail "
 "space was opened to the public in the building. The co-op also bought many local stores in the Auckland province in "
 "1920, by which time it had 32 stores, and offered preference shares to urban members."]
KEPT["wp-farmers-department-store"] = ("farmers-enwiki.txt", FA)
R.append(wp("wp-farmers-department-store", "Farmers (department store)",
 "https://en.wikipedia.org/wiki/Farmers_(department_store)",
 "\n\n".join(MARK.sub("", p) for p in FA),
 "retail/department stores", ["history", "founding", "merger", "executives"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (the current revision: its "
 "infobox counts 'Locations: 58' for 'Num Locations Year: 2025'; no revision id held). Cut: the title line '= "
 "Farmers (department store) ='; the infobox's heading line 'Farmers Trading Company Ltd' and its lines ('- Logo: "
 "Farmerdeptlogo.png' to '- Homepage: farmers.co.nz', among them '- Founder: Robert Laidlaw', '- Owners: Anne Norman "
 "and Family' and '- Parent: James Pascoe Group', so the owners and the parent are not in the text); the headings '== "
 "History ==', '=== Early years ===' and '=== From mail order to stores ==='; cut after '... offered preference "
 "shares to urban members.', before the sentence the excerpt breaks off in ('In the 1930s a large wing was built onto "
 "the older 1914 '; `truncated`; a cut at a paragraph end), so the Hobson Street building's later history, the chain's "
 "later owners and its sale to the James Pascoe Group are not in the text. The rendering has no citation markers. "
 "Paragraphs joined with blank lines. No word added or changed. Kept as written: 'Farmers Trading Company Ltd "
 "(branded as Farmers) is a New Zealand mid-market department store chain.', 'Headquartered in Flat Bush, Auckland, "
 "Farmers operates 58 stores across New Zealand', 'Robert Laidlaw founded Laidlaw Leeds in 1909, which sold "
 "agricultural supplies through mail order catalogues, following a successful American model.', 'In 1910, a group of "
 "Auckland members of the Farmers Union formed the Farmers Union Indenting and Trading Association.' (no apostrophe), "
 "'The Clevedon branch, for instance, approved the formation of such an association at a meeting held in July "
 "1910.', \"In 1916, the trading association was converted into the Farmers' Union Trading Co (Auckland) Ltd.\", "
 "\"In 1917, the Farmers' Union Trading Company approached Laidlaw Leeds with an offer to merge, which Laidlaw "
 "accepted; he became the managing director of the new venture, the Farmers' Trading Company.\", 'There had also "
 "been an unrelated, older Farmers Department Store in Sydney, Australia.', \"Auckland's Hobson Street\", 'The co-op "
 "also bought many local stores in the Auckland province in 1920', 'specialising' (British spelling). Recorded CC "
 "BY-SA 4.0 (the current revision, after Wikimedia's move to 4.0 of June 2023). Found at rank 3 of the query 'The "
 "Farmers Trading Company Limited New Zealand department store chain Laidlaw Leeds 1909 Chase Corporation Deka "
 "Wikipedia' (batch 67o's lead: the Farmers Trading Company unsearched; a first query found no Wikipedia copy); "
 "liquisearch.com's copy of an older revision's History section (rank 1; no managing director, the merger dated "
 "1918), a shop's test page (rank 2), sapie.nz (rank 4; the article's words rewritten), theinfolist.com (rank 5; "
 "link glosses run into the text), the-uncensored-wiki.com's static copy of 2006 (rank 6; the older history), "
 "paperspast (rank 7; a newspaper of 1930) and a blog (rank 8) not used. Farmers Trading, Laidlaw Leeds, Laidlaw, "
 "Farmers Union, Farmers' Union, James Pascoe, Hobson Street, Flat Bush, Clevedon: " + CHECKED + " ('Farmers "
 "Trading' in GATHERING.md only in an older round's list of names and as batch 67o's lead; 'Laidlaw' there "
 "only as the company of a DOJ matter (Allied Waste); \"Farmers' Union\" only as the Belgian farmers' union in batch "
 "66i's Almanij text: other matters).",
 "non-US", copy_of="the Wikipedia article"))

# ---- retail, Australia: John Martin's (piglix.com's copy, an older revision) ----------------------------------------
JM = [
 "John Martin & Co. Ltd, colloquially known as John Martin's or simply Johnnies, was an Adelaide-based company which "
 "ran a popular chain of department stores in South Australia. It operated for more than 130 years, from 1866 until "
 "its closure in 1998. Johnnies, owned by the prominent Hayward family for the majority of its existence, became an "
 "Adelaide icon, responsible for the famous Adelaide Christmas Pageant.",
 "John Martin's had its origin in a single draper's shop \"Peters and Martin\" founded on Rundle Street by Otto "
 "Peters and John Martin on 24 October 1866. Peters withdrew from the partnership after a few years and opened his "
 "own store in Darwin, Northern Territory. He would later die in the wreck of the Gothenburg. The partners had taken "
 "over two adjoining shops to the east, and in 1875 Martin took over two more, and by 1880 a further two had been "
 "purchased, giving the store a frontage of 120 feet (37 m). The principals of the company were then John Martin, "
 "E. W. Hayward and Richard Martin, with a staff numbering 500. On 22 August 1889 the business was restructured as a "
 "Limited liability company."]
KEPT["wp-john-martin-and-co"] = ("johnmartins-piglix.txt", JM)
R.append(wp("wp-john-martin-and-co", "John Martin & Co.", "http://piglix.com/piglix/John_Martin_%26_Co.",
 "\n\n".join(MARK.sub("", p) for p in JM),
 "retail/department stores", ["history", "founding", "executives"],
 "The article as piglix.com's copy holds it in the page store (piglix.com/piglix/John_Martin_%26_Co.; no date or "
 "revision id held: an older revision, as batch 67d recorded piglix.com's copies). Cut: the infobox lines run into "
 "the excerpt ('Department store | |' to 'Parent | David Jones (1985-1999 |', among them 'Founder | John Martin and "
 "Otto Peters |', 'Successor | David Jones ...', the owners' line and 'Key people | John Martin (Founder) Sir Edward "
 "Hayward (Created Credit Union Christmas Pageant) |', so David Jones, the owner from 1985, is not in the text) and "
 "the image line 'File:John Martin's Logo.png'; cut after '... the business was restructured as a Limited liability "
 "company.', before the sentence the excerpt breaks off in ('John Martin died at his residence on 25 November 1889, "
 "of excess an'; `truncated`; a cut at a sentence end), so the founder's death, the Hayward family's ownership and "
 "the chain's later history are not in the text. The copy has no citation markers and no headings. Paragraphs joined "
 "with blank lines. No word added or changed. Kept as written: \"John Martin & Co. Ltd, colloquially known as John "
 "Martin's or simply Johnnies, was an Adelaide-based company which ran a popular chain of department stores in South "
 "Australia.\", 'It operated for more than 130 years, from 1866 until its closure in 1998.', 'Johnnies, owned by the "
 "prominent Hayward family for the majority of its existence, became an Adelaide icon, responsible for the famous "
 "Adelaide Christmas Pageant.', 'John Martin's had its origin in a single draper's shop \"Peters and Martin\" founded on "
 "Rundle Street by Otto Peters and John Martin on 24 October 1866.' (straight quotation marks), 'Peters "
 "withdrew from the partnership after a few years and opened his own store in Darwin, Northern Territory.', 'He would "
 "later die in the wreck of the Gothenburg.', 'The partners had taken over two adjoining shops to the east, and in "
 "1875 Martin took over two more, and by 1880 a further two had been purchased, giving the store a frontage of 120 "
 "feet (37 m).', 'The principals of the company were then John Martin, E. W. Hayward and Richard Martin, with a staff "
 "numbering 500.', 'On 22 August 1889 the business was restructured as a Limited liability company.' (the capital "
 "'L' as written). Recorded CC BY-SA 3.0 (an older revision, before Wikimedia's move to 4.0 of June 2023; doubtful: "
 "undated). Found at rank 1 of the query \"John Martin's department store Adelaide history founded Rundle Street "
 "David Jones acquired 1985 Wikipedia\" (a name of this round's own: John Martin's unsearched, no corpus hit); "
 "adelaideaz.com (ranks 2-3; its own text), newsbite.mooo.com's copies of adelaidenow.com.au news (ranks 4 and 8; "
 "copyrighted) and three blogs (ranks 5-7) not used. John Martin, Johnnies, Otto Peters, Peters and Martin: " + CHECKED
 + " ('Hayward' in gold texts only as other people; 'Rundle' in batch 64d's Foy & Gibson text as a street of "
 "another store: another matter).",
 "non-US", v3=True, copy_of="the Wikipedia article, via piglix.com, a site copying Wikipedia pages"))

# ---- brewing, Australia: Tooheys (en.wikipedia.org's older rendering, about 2015) ----------------------------------
TO = [
 "Tooheys is a brewery in the suburb of Lidcombe, in Sydney, New South Wales, Australia. It produces beers and ciders "
 "under the Tooheys and Hahn Brewery trademarks, and is part of the Lion beverages group which was acquired by the "
 "Japanese Kirin Company in 2009.[2]",
 "Toohey's dates from 1869, when John Thomas Toohey (an Irish immigrant to Melbourne) obtained his brewing licence. "
 "Toohey and his brother James Matthew ran pubs in Melbourne (The Limerick Arms and The Great Britain) before moving "
 "to Sydney in the 1860s. They commenced brewing Tooheys Black Old Ale in a brewery in the area of present-day "
 "Darling Harbour. By 1875, demand for their beer had soared and they established The Standard Brewery in inner-city "
 "Surry Hills. In 1902, the company went public as Tooheys Limited, and commenced brewing lager (the present-day "
 "Tooheys New) in 1930. In 1955, the brewery moved west to Lidcombe.[3] In 1967, Tooheys bought competitor Miller's "
 "Brewers located in Taverner's Hill, closing the brewery in 1975.[4]",
 "In 1980, NSW-based Tooheys merged with Queensland's Castlemaine Perkins to form Castlemaine Tooheys.[5] Bond "
 "Corporation purchased Castlemaine Tooheys in 1985.[5] Lion Nathan acquired a 50% stake in Bond's Natbrew Holdings "
 "in 1990, and took total ownership in 1992.[5]",
 "Production of Hahn-branded beers was moved from the Camperdown Hahn Brewery to Tooheys, some time between 1993 "
 "(Lion's acquisition of Hahn) and 1999[6] (when Hahn Brewery was renamed Malt Shovel Brewery).",
 "Products sold under the Tooheys trademark are brewed at Tooheys brewery. Home-brew kits are distributed by Lion and "
 "produced at Canterbury Brewery."]
KEPT["wp-tooheys-brewery"] = ("tooheys-enwiki.txt", TO)
R.append(wp("wp-tooheys-brewery", "Tooheys Brewery", "https://en.wikipedia.org/wiki/Tooheys",
 "\n\n".join(MARK.sub("", p) for p in TO),
 "food and drink/brewing", ["history", "founding", "acquisition", "merger", "ownership"],
 "The article as en.wikipedia.org's older rendering holds it in the page store (held under the redirect 'Tooheys': "
 "'Tooheys Brewery', 'From Wikipedia, the free encyclopedia', '(Redirected from Tooheys)', 'Jump to: navigation, "
 "search': the old skin's chrome, and 'As of 2015, the Tooheys brand is ...': a revision of about 2015-2016; no "
 "revision id held; an older revision than wikimili.com's copy (rank 3), which reads 'In March 1980, Tooheys merged "
 "with Castlemaine Perkins' and has no sentence on Lion Nathan). Cut: the title line 'Tooheys Brewery', the chrome "
 "lines 'From Wikipedia, the free encyclopedia', '(Redirected from Tooheys)' and 'Jump to: navigation, search'; the "
 "infobox lines ('Founded 1869', 'Headquarters Sydney, New South Wales, Australia', 'Production output', '300 million "
 "litres[1]', 'Owner Mitsubishi keiretsu (through Kirin Holdings)'); the citation markers '[2]' to '[6]' (no space "
 "before them); cut after '... produced at Canterbury Brewery.', before the sentence the excerpt breaks off in ('As "
 "of 2015, the Tooheys brand is the major sponsor of rugby union in New South Wales and Queensla'; `truncated`; a cut "
 "at a sentence end), so the sponsorship and the later history are not in the text. Paragraphs joined with blank "
 "lines. No word added or changed. Kept as written: 'Tooheys is a brewery in the suburb of Lidcombe, in Sydney, New "
 "South Wales, Australia.', 'It produces beers and ciders under the Tooheys and Hahn Brewery trademarks, and is part "
 "of the Lion beverages group which was acquired by the Japanese Kirin Company in 2009.', \"Toohey's dates from "
 "1869\" (with the apostrophe), 'when John Thomas Toohey (an Irish immigrant to Melbourne) obtained his brewing "
 "licence.', 'Toohey and his brother James Matthew ran pubs in Melbourne (The Limerick Arms and The Great Britain) "
 "before moving to Sydney in the 1860s.', 'They commenced brewing Tooheys Black Old Ale', 'they established The "
 "Standard Brewery in inner-city Surry Hills.', 'In 1902, the company went public as Tooheys Limited, and commenced "
 "brewing lager (the present-day Tooheys New) in 1930.', \"In 1967, Tooheys bought competitor Miller's Brewers "
 "located in Taverner's Hill, closing the brewery in 1975.\", \"In 1980, NSW-based Tooheys merged with Queensland's "
 "Castlemaine Perkins to form Castlemaine Tooheys.\", 'Bond Corporation purchased Castlemaine Tooheys in 1985.', "
 "\"Lion Nathan acquired a 50% stake in Bond's Natbrew Holdings in 1990, and took total ownership in 1992.\", "
 "\"Production of Hahn-branded beers was moved from the Camperdown Hahn Brewery to Tooheys, some time between 1993 "
 "(Lion's acquisition of Hahn) and 1999 (when Hahn Brewery was renamed Malt Shovel Brewery).\", 'Products sold under "
 "the Tooheys trademark are brewed at Tooheys brewery.' (a lower-case 'brewery'), 'licence' (British spelling). "
 "Recorded CC BY-SA 3.0 (a revision of about 2015, before Wikimedia's move to 4.0 of June 2023; doubtful: no "
 "revision id). Found at rank 7 of the query 'Tooheys brewery Sydney history founded John Toohey James Matthew Toohey "
 "Lion Nathan acquired Wikipedia' (a name of this round's own, in GATHERING.md only in an older round's list of names; no corpus hit) and asked for again "
 "with the same words to check the excerpt (the same answer); piglix.com (rank 1; an older copy without the Lion "
 "Nathan sentence, the infobox run in, the 1990 court case), wikimili.com (rank 3; a later revision), "
 "talesfromthegrave.org (rank 2; a blog), australianbeerposters.com.au (ranks 4-5; a shop's history, copyrighted), "
 "hunterrugby.com.au (rank 6; a sponsor's page) and exploreaustralia.net.au (rank 8; a guide book, copyrighted) not "
 "used. Toohey, Natbrew, Miller's Brewer, Bond Corporation, Hahn Brewery, Malt Shovel: " + CHECKED + " ('Tooheys' in "
 "GATHERING.md only in an older round's list of names; 'Castlemaine' and 'Lion Nathan' in the Lion (Australasian "
 "company) text of batch 32d, and 'Lion Nathan' in batch 32n's Treasury Wine Estates text, with no word of Tooheys: "
 "other matters; 'Kirin' in gold texts on Kirin and other brewers: other matters).",
 "non-US", v3=True, copy_of="the Wikipedia article, held under its redirect 'Tooheys' (an older rendering)"))


def _norm(s):
    """The text without citation markers ('[1]', ' [1]', '[edit]', '[ citation needed ]'), whitespace runs as one
    space."""
    s = re.sub(r"\s*\[\s*(\d+|nb \d+|edit|citation needed)\s*\]", "", s)
    return " ".join(s.split())


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
