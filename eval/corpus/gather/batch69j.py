#!/usr/bin/env python3
"""Batch 69j (session 63; gatherer lane 69j): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-69b, kept to three American companies new to the corpus, chosen from the lists of leads of rounds 68u,
68h and 69b (the Atlantic Mutual Insurance Company, a lead of 69b with wikimili.com's free copy; S. H. Kress & Co.,
among the 'names with no hit still not queried' of earlier rounds' lists; the New England Confectionery Company
(Necco), a food company of the lane with no hit in the corpus): the Atlantic Mutual Insurance Company of New York,
founded in 1838 as the Atlantic Insurance Company, a mutual company from 1842, with Walter Restored Jones its first
chairman and John Divine Jones, William H. H. Moore and Anton A. Raven its presidents, part of the Atlantic Mutual
Companies beside Centennial Insurance Company (insurance, US); S. H. Kress & Co., the 'five and dime' chain
established by Samuel Henry Kress in 1896, acquired by Genesco, Inc. in 1964, its remaining stores sold to McCrory
Stores on January 1, 1981 (retail, US); and the New England Confectionery Company (Necco), created in 1901 by the
merger of Chase and Company (founded by the brothers Oliver R. and Silas Edwin Chase in 1847), Ball and Fobes
(founded by Daniel Fobes) and Bird, Wright and Company, owned by American Capital from December 2007, maker of Necco
Wafers, Sweethearts Conversation Hearts, the Clark Bar and Haviland Thin Mints (confectionery, US). English
Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole page):
wikimili.com's copy of 'Atlantic Mutual Insurance Company' (undated, a recent revision), piglix.com's copy of 'S. H.
Kress & Co.' (an older revision, about 2017) and piglix.com's copy of 'New England Confectionery Company' (an older
revision, about 2011-2017). Atlantic Mutual is cut at a sentence end before the sentence the excerpt breaks off in
(`truncated`); the Kress and Necco excerpts end at a paragraph end (a part of the page: `truncated`). Edits per item
in `notes` (infobox lines and citation markers cut; paragraphs joined with blank lines; no word added or changed);
`verify()` checks every kept paragraph against the saved excerpt (/tmp/gather69j/src), the markers ('[1]', '[edit]',
'[citation needed]') dropped and whitespace runs compared as one space, as batches 55e-68u did. No text tells an
outage or a near-miss of one (lunch counters refused, stores closed and a chain liquidated are business and civil
rights events). newskg (or any extractor) was not run on any text. A round of three: six queries, three answered with
English Wikipedia text on a company not yet in the corpus and were taken (round notes /tmp/gather69j/NOTES.md;
queries, /tmp/gather69j/src/queries.txt; claims in /work/notes/gather69/CLAIMS.txt).
usage: batch69j.py [POOL_DIR] [--dry]   (default /tmp/gather69j/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69j/pool"
SRC = "/tmp/gather69j/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-63 pools (/tmp/gather69*/pool) and in /work/notes/gather69/CLAIMS.txt as they stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- insurance, US: Atlantic Mutual Insurance Company (wikimili.com's copy, undated, a recent revision) -------------
AM = [
 "The Atlantic Mutual Insurance Company was a mutual insurance company which offers personal, marine, commercial "
 "property, and casualty insurance. It is part of the Atlantic Mutual Companies, which includes Centennial Insurance "
 "Company. Its corporate headquarters are at 140 Broadway, a block from the World Trade Center.",
 "The company was founded in 1838 as the Atlantic Insurance Company. Originally a joint-stock company, it became a "
 "mutual company on April 11, 1842. Its first chairman was Walter Restored Jones, a member of a prominent upper-class "
 "family of attorneys in New York City. The Jones family ran the company for decades.",
 "By the 1850s, Atlantic Mutual was the largest marine and general insurance firm in North America and the only "
 "marine insurance firm in New York state. During the 1850s, it made exceedingly high profits. In 1852, the company "
 "began keeping a clipping service of newspaper accounts of shipwrecks and sinkings known as Vessel Disasters, a work "
 "which became famous as the best source of information on maritime disasters in the North Atlantic. During the "
 "Civil War, Atlantic Mutual was the primary insurer of most Union shipping.",
 "In 1874, Atlantic Mutual President John Divine Jones provided the money which established the permanent foundation "
 "of the New York Historical Society. William H. H. Moore served as president from 1895 to 1897, when he was "
 "succeeded by Anton A. Raven."]
KEPT["wp-atlantic-mutual-insurance-company"] = ("atlantic-mutual-wikimili.txt", AM)
R.append(wp("wp-atlantic-mutual-insurance-company", "Atlantic Mutual Insurance Company",
 "https://wikimili.com/en/Atlantic_Mutual_Insurance_Company", "\n\n".join(AM),
 "insurance", ["history", "founding", "mutualisation", "executives", "group structure", "headquarters"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; undated, taken for a "
 "recent revision, as batches 66l, 67ab, 68e, 68r and 68u took their wikimili.com copies: its lead reads 'was a "
 "mutual insurance company' and 'on April 11, 1842', where en.m.wikipedia.org's older rendering (rank 4) reads 'is a "
 "mutual insurance company' and 'in 1842'; recorded 4.0, doubtful: undated). Cut: the infobox lines ('Formerly | "
 "Atlantic Insurance Company |' to 'Services | personal insurance marine insurance commercial property insurance "
 "casualty insurance |', with 'Walter Restored Jones (first chairman, 1842) John Divine Jones (president, 1874) E. "
 "Virgil Conway Cleveland E. Dodge Jr. William E. Dodge Jr. Eugene R. McGrath' under 'Key people'); the citation "
 "markers ('[1]' to '[9]'); cut after '... when he was succeeded by Anton A. Raven.', before the sentence the excerpt "
 "breaks off in ('In 1915, after sixty-three years with the company, Anton A. Raven retired as'; `truncated`; a cut "
 "at a sentence end inside a paragraph), so 45 Wall Street, the tax case and the liquidation are not in the text. "
 "Paragraphs as the excerpt's lines, joined with blank lines. No word added or changed. Kept as written: 'The "
 "Atlantic Mutual Insurance Company was a mutual insurance company which offers personal, marine, commercial "
 "property, and casualty insurance' ('was' beside 'offers'), 'It is part of the Atlantic Mutual Companies, which "
 "includes Centennial Insurance Company', 'Its corporate headquarters are at 140 Broadway, a block from the World "
 "Trade Center', 'The company was founded in 1838 as the Atlantic Insurance Company', 'it became a mutual company on "
 "April 11, 1842', 'Its first chairman was Walter Restored Jones, a member of a prominent upper-class family of "
 "attorneys in New York City', 'The Jones family ran the company for decades', 'the only marine insurance firm in "
 "New York state', 'a clipping service of newspaper accounts of shipwrecks and sinkings known as Vessel Disasters, a "
 "work which became famous', 'Atlantic Mutual was the primary insurer of most Union shipping', 'In 1874, Atlantic "
 "Mutual President John Divine Jones provided the money which established the permanent foundation of the New York "
 "Historical Society' (no hyphen in 'New York Historical'), 'William H. H. Moore served as president from 1895 to "
 "1897, when he was succeeded by Anton A. Raven'. 225 words. No outage and no near-miss of one told (shipwrecks "
 "insured are no service lost). Found at rank 1 of the query 'Atlantic Mutual Insurance Company history founded 1838 "
 "chairman president Wikipedia' (the lead round 69b named, wikimili.com's free copy); theinfolist.com (rank 2; "
 "linked articles' opening lines woven into the sentences), en.m.wikipedia.org (rank 4; free, an older rendering with "
 "the infobox's lines woven in after the lead) left for this one; de.zxc.wiki and de.wikiup.org (ranks 3 and 6; "
 "German), jmediawiki.org and jablog.org (ranks 5 and 8; Japanese) and isn-inc.com (rank 7; trade news, BestWire, "
 "copyrighted) not used. Atlantic Mutual, Atlantic Insurance, Centennial Insurance, Walter Restored, John Divine "
 "Jones, William H. H. Moore, Anton A. Raven: " + CHECKED + " ('Atlantic Mutual' only in GATHERING.md's lists of "
 "leads and of pages looked at).", "US", copy_of="the Wikipedia article, on wikimili.com"))

# ---- retail, US: S. H. Kress & Co. (piglix.com's copy, about 2017) -------------------------------------------------
KR = [
 "S. H. Kress & Co. was the trading name of a chain of \"five and dime\" retail department stores in the United "
 "States, established by Samuel Henry Kress, which operated from 1896 to 1981. In the first half of the 20th "
 "century, there were Kress stores with ornamented architecture on \"Main Street\" in hundreds of cities and towns.",
 "Kress opened his first \"stationery and notions\" store in Nanticoke, Pennsylvania in 1887. The chain of S. H. "
 "Kress & Co. 5-10-25 Cent Stores was established in 1896. In the 1920s and 1930s, Kress sold a house label of "
 "phonograph records under the Romeo trademark. He died in 1955.",
 "The company's exclusion of African Americans from its lunch counters made Kress a target for civil rights protests "
 "during the 1960 lunch counter sit-ins, along with Woolworth's, Rexall and other national chains. In Nashville, "
 "Tennessee, Kress repeatedly refused to serve the protesters but eventually agreed to integrate the downtown store "
 "in exchange for ending a consumer boycott. The Greensboro, North Carolina Kress was included in the first civil "
 "rights demonstrations in the South. In Adickes v. S.H. Kress Co., the U.S. Supreme Court threw out trespass "
 "convictions resulting from a sit-in at a Kress lunch counter in Mississippi. The Kress store in Baton Rouge was "
 "the site of that city's first civil rights sit-in. That event helped save it from demolition 45 years later.",
 "In 1964 Genesco, Inc. acquired Kress. The company abandoned its center-city stores and moved to shopping malls. "
 "Genesco began liquidating Kress and closing down the Kress stores in 1980. The remaining Kress stores were sold to "
 "McCrory Stores on January 1, 1981. Most continued to operate under the Kress name until McCrory Stores went out of "
 "business in 2001."]
KEPT["wp-s-h-kress-and-co"] = ("kress-piglix.txt", KR)
R.append(wp("wp-s-h-kress-and-co", "S. H. Kress & Co.",
 "http://piglix.com/piglix/S._H._Kress_%26_Co.", "\n\n".join(KR),
 "retail", ["history", "founding", "founder", "acquisitions", "ownership", "civil rights", "closure"],
 "The article as piglix.com's copy holds it in the page store (no date or revision id held; undated, an older "
 "revision: piglix.com's copies are of about 2017, as batches 64k, 65e and 66d recorded; its text has no 'Memphis, "
 "Tennessee' and no Harlem riot of 1935, which wikimili.com's newer copy (rank 7) has; recorded 3.0). Cut: nothing "
 "at the head (the excerpt opens with the lead's first sentence: no title line, no infobox); no citation marker in "
 "the excerpt; the excerpt ends at '... until McCrory Stores went out of business in 2001.', a paragraph end (the "
 "page runs on: `truncated`), so Tiendas Kress, the Kress Foundation and the architecture are not in the text. "
 "Paragraphs as the excerpt's lines, joined with blank lines. No word added or changed. Kept as written: 'S. H. "
 "Kress & Co. was the trading name of a chain of \"five and dime\" retail department stores in the United States, "
 "established by Samuel Henry Kress, which operated from 1896 to 1981', 'on \"Main Street\" in hundreds of cities "
 "and towns', 'Kress opened his first \"stationery and notions\" store in Nanticoke, Pennsylvania in 1887' (no "
 "comma after 'Pennsylvania'), 'The chain of S. H. Kress & Co. 5-10-25 Cent Stores was established in 1896', 'Kress "
 "sold a house label of phonograph records under the Romeo trademark', 'He died in 1955', 'along with Woolworth's, "
 "Rexall and other national chains', 'The Greensboro, North Carolina Kress was included in the first civil rights "
 "demonstrations in the South', 'In Adickes v. S.H. Kress Co., the U.S. Supreme Court threw out trespass "
 "convictions' (the case's name, 'S.H.' without a space), 'That event helped save it from demolition 45 years "
 "later', 'In 1964 Genesco, Inc. acquired Kress' (no comma after '1964'), 'Genesco began liquidating Kress and "
 "closing down the Kress stores in 1980', 'The remaining Kress stores were sold to McCrory Stores on January 1, "
 "1981', 'Most continued to operate under the Kress name until McCrory Stores went out of business in 2001'. 290 "
 "words. No outage and no near-miss of one told (lunch counters refusing service in a civil rights protest, closed "
 "stores and a liquidation are no service lost by a failure). Found at rank 2 of the query 'S. H. Kress & Co. five "
 "and dime store chain history Samuel Henry Kress founded Genesco Wikipedia'; wikipedia.classicistranieri.com "
 "(rank 1; free, a 2007 revision with a maintenance box and no McCrory), ipfs.io (rank 6; free, the same older "
 "revision with captions woven in), wikimili.com (rank 7; free, a newer revision with picture lines woven into the "
 "History section) and the-uncensored-wiki.com (rank 8; free, a 2012 revision) left for this one; "
 "historic-structures.com (rank 3; a site's own text), simple.m.wikipedia.org (rank 4; Simple English, a shorter "
 "rewrite) and cresshistory.com (rank 5; a genealogy site) not used. S. H. Kress, S.H. Kress, Samuel Henry Kress, "
 "Samuel H. Kress, Kress &, Genesco, Nanticoke, Adickes, Rexall: " + CHECKED + " ('S. H. Kress' and 'Genesco' only "
 "in GATHERING.md's lists of leads and of pages looked at; 'Kress' alone only as other people's names, Marc Kress "
 "of train's us-wapa-north-dakota-ice-storm-transmission-lines-out-2023 and a 'Kresse' of batch 55d; 'McCrory' in "
 "train's wp-s-s-kresge, another matter: J.G. McCrory's as Kresge's first employer).", "US", v3=True,
 copy_of="the Wikipedia article, via piglix.com, a Wikipedia mirror"))

# ---- confectionery, US: New England Confectionery Company (piglix.com's copy, about 2011-2017) ----------------------
NE = [
 "Necco (or NECCO) (/\u02c8n\u025bko\u028a/ NEH-koh) is the acronym for the New England Confectionery Company, a "
 "manufacturer of candy. It was created in 1901, by the merger of several small confectionery companies located in "
 "the Greater Boston area; since December 2007, Necco has been owned by American Capital.",
 "The company, considered the \"oldest continuously operating candy company in the United States,\" is best known "
 "for its namesake candy, Necco Wafers, its seasonal Sweethearts Conversation Hearts, and brands such as the Clark "
 "Bar and Haviland Thin Mints. In fall 2010, Necco produced its one trillionth Necco Wafer candy.",
 "Necco dates its origins to Chase and Company, a company founded by brothers Oliver R. and Silas Edwin Chase in "
 "1847. Having previously invented and patented the first American candy machine, the Chase brothers continued to "
 "design and create machinery that made assortments of candies, such as their popular sugar wafers.",
 "Two other confectionery companies, Ball and Fobes, founded by confectioner Daniel Fobes in 1848, and Bird, Wright "
 "and Company, a confectionery company based in Boston and founded in 1856, joined forces with Chase and Company in "
 "1901 to become the three members of the original Necco family. The three confectionery firms then moved into a "
 "newly constructed manufacturing plant in the Fort Point\u2013South Boston Waterfront area of Boston, "
 "Massachusetts, one year later and became the largest establishment devoted entirely to confectionery production "
 "in the United States."]
KEPT["wp-new-england-confectionery-company"] = ("necco-piglix.txt", NE)
R.append(wp("wp-new-england-confectionery-company", "New England Confectionery Company",
 "http://piglix.com/piglix/New_England_Confectionery_Company", "\n\n".join(NE),
 "confectionery", ["history", "founding", "founders", "predecessors", "merger", "ownership", "brands"],
 "The article as piglix.com's copy holds it in the page store (no date or revision id held; undated, an older "
 "revision: 'since December 2007, Necco has been owned by American Capital', '483 (as of March 2011)' in its infobox "
 "and no word of the 2018 bankruptcy and sale; piglix.com's copies are of about 2017, as batches 64k, 65e and 66d "
 "recorded; recorded 3.0). Cut: the infobox lines ('Private company | |' to 'Website | http://www.necco.com/ |', "
 "with 'Predecessor | Chase and Company, Ball and Fobes, Bird, Wright and Company |', 'Owner | American Capital |' "
 "and the products line); no citation marker in the excerpt; the excerpt ends at '... devoted entirely to "
 "confectionery production in the United States.', a paragraph end (the page runs on: `truncated`), so David L. "
 "Clark, Charles Miller, the 1963 purchase by United Industrial Syndicate and the later owners are not in the text. "
 "Paragraphs as the excerpt's lines, joined with blank lines. No word added or changed. Kept as written: 'Necco (or "
 "NECCO) (/\u02c8n\u025bko\u028a/ NEH-koh) is the acronym for the New England Confectionery Company' (the "
 "pronunciation as written), 'It was created in 1901, by the merger of several small confectionery companies located "
 "in the Greater Boston area; since December 2007, Necco has been owned by American Capital' (the comma after "
 "'1901'), 'The company, considered the \"oldest continuously operating candy company in the United States,\" is "
 "best known for its namesake candy, Necco Wafers, its seasonal Sweethearts Conversation Hearts, and brands such as "
 "the Clark Bar and Haviland Thin Mints', 'In fall 2010, Necco produced its one trillionth Necco Wafer candy', "
 "'Chase and Company, a company founded by brothers Oliver R. and Silas Edwin Chase in 1847', 'Ball and Fobes, "
 "founded by confectioner Daniel Fobes in 1848, and Bird, Wright and Company, a confectionery company based in Boston "
 "and founded in 1856, joined forces with Chase and Company in 1901 to become the three members of the original "
 "Necco family', 'in the Fort Point\u2013South Boston Waterfront area of Boston, Massachusetts, one year later' (an "
 "en dash). 233 words; one quoted phrase, the rest the editors' prose. No outage and no near-miss of one told. "
 "Found at rank 4 of the query 'New England Confectionery Company Necco history Oliver Chase American Home Products "
 "UniMark acquired Wikipedia'; brorelol.gay (rank 2; an old copy of about 2007 with 'Ball and Forbes' and a caption "
 "woven in, on a site of unclear standing) left for this one; wordman.neocities.org (rank 1; a personal page), "
 "fundinguniverse.com, encyclopedia.com and companies.jrank.org (ranks 3, 5, 6 and 8; the International Directory "
 "of Company Histories, copyrighted) and a Grokipedia page on railway.app (rank 7; generated text, words missing) "
 "not used. Necco, New England Confectionery, American Capital, Chase and Company, Fobes, Bird, Wright, Clark Bar, "
 "Haviland, Sweethearts: " + CHECKED + ".", "US", v3=True,
 copy_of="the Wikipedia article, via piglix.com, a Wikipedia mirror"))


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
