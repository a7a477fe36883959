#!/usr/bin/env python3
"""Batch 62j (session 57; gatherer lane 62j): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p and 59a-62a, on British, Canadian and New Zealand companies in banking, engineering, shipping
and airlines, new to the corpus: the Bank of Liverpool, the joint stock bank formed in Liverpool in 1831, its first
chairman William Brown and general manager Joseph Langton, the private bank Arthur Heywood, its purchase of Martins
Bank in 1918, its later names and Barclays' purchase of 1969 (banking, UK); Court Line, the London tramp shipping
company of 1905 turned shipbuilder, charter airline and tour operator, its subsidiaries Clarksons Travel Group and
Horizon Travel, its partner Clarksons Holidays, its collapse of 15 August 1974 and Philip Haldinstein's Haldinstein
and Co Ltd (shipping and airlines, UK); Montreal Locomotive Works, the locomotive maker created in 1883 as the
Locomotive and Machine Company of Montreal, bought by the American Locomotive Company (Alco) in 1904, and its railway
customers (engineering, Canada); and the Union Company (Union Steam Ship Company of New Zealand), floated in Dunedin
in 1875 by James Mills with Peter Denny's backing, its purchase of the Tasmanian Steam Navigation Company in 1891 and
its pooling agreements with Huddart Parker (shipping, New Zealand).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): w.owiki.org's copy of 'Bank of Liverpool' (undated), en.m.wikipedia.org.'s rendering of 'Court
Line' under the redirect 'Autair' (2024: '119 years ago' of 1905), en.wikipedia.org's '= Title =' rendering of
'Montreal Locomotive Works' (undated) and en.wikipedia.org's 'Jump to: navigation, search' rendering of 'Union
Company' (an older revision, before 2018); each cut at a paragraph or sentence end before the point where the excerpt
breaks off (all `truncated`). Edits per item in `notes` (title lines, page chrome, hatnotes, image captions, infobox
lines, headings, 'edit' marks and citation markers cut; one paragraph break restored where the owiki.org copy runs two
paragraphs together with no space; no word added or changed); `verify()` checks every kept paragraph against the saved
excerpt (/tmp/gather63j/src), the markers ('[1]', ' [1]', '[edit]', '[ citation needed ]') dropped and whitespace runs
compared as one space, as batches 57g-62a did. No text tells an outage (Court Line's 'ceased trading' is a business
failure, a near-miss). newskg (or any extractor) was not run on any text. A round of four: ten queries, six companies
answered with English Wikipedia text (or a copy of it), four taken (round notes, /work/notes/gather63/62j.md;
queries, /tmp/gather63j/src/queries.txt).
usage: batch62j.py [POOL_DIR] [--dry]   (default /tmp/gather63j/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather63j/pool"
SRC = "/tmp/gather63j/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-57 pools "
           "(/tmp/gather63*/pool) and in /work/notes/gather63/CLAIMS.txt as they stood when checked (`grep -ril`, "
           "file names only)")
# a citation marker ('[1]', ' [2]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- banking, UK: Bank of Liverpool (w.owiki.org's copy, undated) ----------------------------------------------------
BOL = [
 "The Bank of Liverpool was a financial institution founded in 1831 in Liverpool, England.",
 "In 1918, it acquired Martins Bank, and the name of the merged bank became the Bank of Liverpool and Martins Ltd. The "
 "name was shortened to Martins Bank Ltd in 1928.",
 "The successor bank was bought by Barclays Bank Ltd in 1969, when all of its 700 branches became branches of "
 "Barclays.",
 "By the time that the Bank of Liverpool was formed, there were already seven private banks in the city, the most "
 "prominent of which, Arthur Heywood, had been in existence since 1773. However, in 1826 a new Act of Parliament "
 "limited the Bank of England's monopoly of joint stock banking to within 65 miles of London and allowed the creation "
 "of new joint stock banks in the provinces. The first of the new joint stock banks to open an office in Liverpool was "
 "the Manchester and Liverpool District Bank, regarded as a \"needless humiliation\" by the local merchants. "
 "Encouraged by William Brown, the Bank of Liverpool was formed in 1831 and was the first joint stock bank to have its "
 "head office in Liverpool.",
 "The early shareholders included many prominent Liverpool names including Bibby, Booth, Hornby and Rathbone. William "
 "Brown was the first chairman and Joseph Langton the general manager. After opening in temporary premises in "
 "Brunswick Street, the Bank purchased the Talbot Inn in Water Street and moved into the converted building in 1832; "
 "the Bank stayed in Water Street for the remainder of its independent existence. William Brown's own American firm, "
 "William and James Brown, hit temporary financing difficulties in 1837 and the Bank and Arthur Heywood together "
 "provided guarantees and were instrumental in obtaining Bank of England support for Brown.",
 "Much of the Bank's business was connected to Liverpool's trade with North America, particularly cotton, and as "
 "early as 1837 it was opening accounts with North American banks."]
KEPT["wp-bank-of-liverpool"] = ("bank-of-liverpool-owiki.txt", BOL)
R.append(wp("wp-bank-of-liverpool", "Bank of Liverpool", "http://w.owiki.org/wiki/Bank_of_Liverpool",
 "\n\n".join(MARK.sub("", p) for p in BOL),
 "finance/banking", ["history", "founding", "acquisition", "leadership", "renaming"],
 "The article as w.owiki.org's copy holds it in the page store (the mirror batches 22b, 22c, 61c and 62d took copies "
 "from; no date or revision id held). Cut: the title line 'Bank of Liverpool'; the headings 'History' and "
 "'Formation' (lines of their own) and 'Early history' (run onto the end of the sentence before it in the copy, "
 "'... to have its head office in Liverpool.Early history'); cut before the sentence the excerpt breaks off in "
 "('Chandler stressed the prudent policy of the d'; `truncated`; a cut at a sentence end). The copy runs the "
 "'Early history' section's two paragraphs together with no space ('... Bank of England support for Brown.Much of "
 "the Bank's business ...'): the paragraph break is restored there (whitespace only; no word added or changed). "
 "The copy has no infobox and no citation markers in this excerpt. Paragraphs, one line each in the copy, joined "
 "with blank lines. Kept as written: 'The Bank of Liverpool was a financial institution founded in 1831 in "
 "Liverpool, England.', 'In 1918, it acquired Martins Bank, and the name of the merged bank became the Bank of "
 "Liverpool and Martins Ltd.', 'The name was shortened to Martins Bank Ltd in 1928.', 'The successor bank was bought "
 "by Barclays Bank Ltd in 1969, when all of its 700 branches became branches of Barclays.', 'the most prominent of "
 "which, Arthur Heywood, had been in existence since 1773' (a bank under its founder's name), 'regarded as a "
 "\"needless humiliation\" by the local merchants' (straight quotes), 'Encouraged by William Brown, the Bank of "
 "Liverpool was formed in 1831', 'William Brown was the first chairman and Joseph Langton the general manager.', "
 "'the Bank purchased the Talbot Inn in Water Street', \"William Brown's own American firm, William and James Brown, "
 "hit temporary financing difficulties in 1837 and the Bank and Arthur Heywood together provided guarantees\". 317 "
 "words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (doubtful: the copy is undated, as batches "
 "61c and 62d recorded their owiki.org copies). Found at rank 5 of the query 'Martins Bank history Bank of Liverpool "
 "merger Barclays 1969 Wikipedia'; home.barclays (rank 1; the bank's archive page, no open licence), a forum post "
 "quoting Wikipedia (rank 2), liverpoolmuseums.org.uk (rank 3; an oral history), liquisearch.com (rank 4; the lead "
 "with quotation boxes after it, its licence not stated on the page seen), es.knowledger.de (rank 6; Spanish) and "
 "martinsbank.co.uk (ranks 7, 8; a society's site) not used. Bank of Liverpool, Martins Bank, Martin's Bank, Arthur "
 "Heywood, Joseph Langton, District Bank, Lancashire and Yorkshire Bank: " + CHECKED + " ('Martins' only in batch 35o's "
 "Jer\u00f3nimo Martins, another company; 'Heywood' only in other people's names).", "non-US"))

# ---- shipping and airlines, UK: Court Line (en.m.wikipedia.org. rendering under the redirect 'Autair', 2024) ---------
CL = [
 "Court Line was a 20th-century British tramp shipping company that was founded in 1905. In the 1960s it diversified "
 "into shipbuilding and charter aviation. Its merchant shipping interests were based in London. Its shipyards were at "
 "Appledore in Devon and Sunderland in Tyne and Wear. Its airline was based at Luton Airport in Bedfordshire. It also "
 "provided bus services in Luton and surrounding areas.",
 "Its airline helped pioneer the concept of \"cheap and cheerful\" package tours to Spain and other destinations in "
 "the Mediterranean in conjunction with Clarksons Holidays, thus taking part in the establishment of a whole new way "
 "of holidaymaking for the British public.",
 "The Court Line group, including its airline and subsidiary tour operators, Clarksons Travel Group and Horizon "
 "Travel, ceased trading on 15 August 1974, with at least \u00a37 million owing to 100,000 holidaymakers.[1][2]",
 "Philip Haldinstein was a British Jewish businessman from Norwich. He founded the tramp shipping company Haldinstein "
 "and Co Ltd in 1905.[3] Robert Stephenson and Company launched Haldinstein's first ship, Arlington Court, at Hebburn "
 "on the River Tyne that October.[4]",
 "Between 1906 and 1912 Haldinstein added several new steamships from shipyards on the Tyne[6] and the River "
 "Wear.[5]"]
KEPT["wp-court-line"] = ("court-line-enmwiki.txt", CL)
R.append(wp("wp-court-line", "Court Line", "https://en.m.wikipedia.org./wiki/Autair",
 "\n\n".join(MARK.sub("", p) for p in CL),
 "transport/shipping and airlines", ["history", "founding", "subsidiaries", "partnership", "collapse"],
 "The article as en.m.wikipedia.org.'s mobile rendering holds it in the page store (the address with a trailing dot "
 "after 'org', as batch 35o's Biedronka; reached through the redirect 'Autair', '(Redirected from Autair)'; no "
 "revision id held; a revision of 2024: its infobox reads 'Founded1905; 119 years ago (1905)'). Cut: the title line "
 "'Court Line' and the line '(Redirected from Autair)'; the infobox lines, which the rendering puts after the first "
 "paragraph ('Court Line', 'IATA ICAO Call sign', 'none OU COURTLINE', the founding lines with '(as Argus Air "
 "Transport)', 'Ceased operations1974', 'HubsLondon Luton Airport', the fleet lines, 'Destinationsworldwide', the "
 "headquarters lines and 'Key peopleSir Philip Haldin, John R Young, Edward J Posey, GHG Threlfall, WH Armstrong'), "
 "so Argus Air Transport, the aircraft types and the key people's names other than the founder's are not in the text "
 "(cut as batches 57p-62a cut their infoboxes); the heading 'Shipping' and the line 'edit' after it; the image caption "
 "'Hannington Court, built for Court Line in 1912 and sold in 1936[5]'; the citation markers '[1][2]', '[3]' to "
 "'[6]' (no space before them); cut after '... and the River Wear.', before the sentence the excerpt breaks off in "
 "('When the First World War br'; `truncated`; a cut at a sentence end), so the text never says that Haldinstein and "
 "Co Ltd became Court Line, Ltd (the next sentence of the article does). No word added or changed. Kept as written: "
 "'Court Line was a 20th-century British tramp shipping company that was founded in 1905.', 'Its shipyards were at "
 "Appledore in Devon and Sunderland in Tyne and Wear.', 'Its airline helped pioneer the concept of \"cheap and "
 "cheerful\" package tours to Spain and other destinations in the Mediterranean in conjunction with Clarksons "
 "Holidays' (straight quotes), 'The Court Line group, including its airline and subsidiary tour operators, Clarksons "
 "Travel Group and Horizon Travel, ceased trading on 15 August 1974, with at least \u00a37 million owing to 100,000 "
 "holidaymakers.', 'Philip Haldinstein was a British Jewish businessman from Norwich. He founded the tramp shipping "
 "company Haldinstein and Co Ltd in 1905.', \"Robert Stephenson and Company launched Haldinstein's first ship, "
 "Arlington Court, at Hebburn on the River Tyne that October.\", 'Between 1906 and 1912 Haldinstein added several new "
 "steamships from shipyards on the Tyne and the River Wear.' 195 words. No outage told; the group's ceasing to trade "
 "is a business failure (GUIDELINES, Outages: a near-miss). Recorded CC BY-SA 4.0 (a revision of 2024, after "
 "Wikimedia's move to 4.0 of June 2023). Found at rank 1 of the query 'Court Line British airline shipping company "
 "collapse 1974 Clarksons Autair Wikipedia history' (a free name of this lane); kiwix.haohe.fun (rank 2; a Kiwix "
 "copy), en-two.iwiki.icu and wiki.riteme.site (ranks 3, 4; mirrors), wikiclassic.com (ranks 5, 8; a mirror with "
 "garbled words, 'wuz', 'inner'), pinocchiopedia.com (rank 6) and wikimili.com (rank 7; image captions in the "
 "text) not used: the same revision. Court Line, Clarksons Travel Group, Horizon Travel, Haldinstein, Robert "
 "Stephenson, Autair, Argus Air: " + CHECKED + " ('Clarksons' only in batch 57's list of free names in GATHERING.md; "
 "'Appledore' only as a place in batch 51zm's Harland & Wolff text, another matter).", "non-US",
 copy_of="the Wikipedia article, as en.m.wikipedia.org.'s mobile rendering under the redirect 'Autair'"))

# ---- engineering, Canada: Montreal Locomotive Works (en.wikipedia.org '= Title =' rendering, undated) ---------------
MLW = [
 "Montreal Locomotive Works (MLW) was a Canadian railway locomotive manufacturer that existed under several names from "
 "1883 to 1985, producing both steam and diesel locomotives. For many years it was a subsidiary of the American "
 "Locomotive Company. MLW's headquarters and manufacturing facilities were in Montreal\u2019s Hochelaga-Maisonneuve "
 "area (with only the 1911 administration building remaining at 1505 Dickson Street).",
 "The Locomotive and Machine Company of Montreal Limited was created in 1883, producing primarily for the growing "
 "domestic market\u2014notably the Canadian Pacific Railway, the Grand Trunk Railway, the Intercolonial Railway and, "
 "after 1922, the Canadian National Railway.",
 "In 1901, the American Locomotive Company (Alco) headquartered in Schenectady, New York, United States, was formed by "
 "the merger of several struggling locomotive manufacturers. Alco purchased the Locomotive & Machine Company of "
 "Montreal in 1904 to tap into the Canadian market with its emerging designs. The Montreal subsidiary was renamed "
 "Montreal Locomotive Works (MLW) several years later.",
 "MLW became an exclusive Alco-design shop and acquired a substantial portion of the Canadian steam locomotive market. "
 "The period of railway expansion between 1900 and 1915 was unprecedented in Canada, with many new orders for "
 "locomotives from various domestic manufacturers."]
KEPT["wp-montreal-locomotive-works"] = ("montreal-locomotive-works-enwiki.txt", MLW)
R.append(wp("wp-montreal-locomotive-works", "Montreal Locomotive Works",
 "https://en.wikipedia.org/wiki/Montreal_Locomotive_Works",
 "\n\n".join(MARK.sub("", p) for p in MLW),
 "manufacturing/railway engineering", ["history", "founding", "acquisition", "renaming", "customers"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id). Cut: "
 "the title line '= Montreal Locomotive Works ='; the infobox lines ('Montreal Locomotive Works', '- Image Alt: A "
 "brass boilerplate ...', '- Former Name: Locomotive and Machine Company of Montreal Limited', '- Fate: Sold to "
 "Bombardier Transportation in 1988 - locomotive production ended and plant sold to GE Transportation (closed in "
 "1993)', '- Founded: in Montreal, Quebec', '- Hq Location: Montreal', '- Hq Location Country: Quebec, Canada'), so "
 "Bombardier Transportation, GE Transportation and Quebec are not in the text (cut as batches 57p-62a cut their "
 "infoboxes); the headings '== Early history ==' and '== Purchase by Alco =='; cut after '... from various domestic "
 "manufacturers.', before the sentence the excerpt breaks off in ('Protective customs tariffs also discouraged "
 "Canadian railways from purchasing American-built locomotives for use i'; `truncated`; a cut at a sentence end), so "
 "Worthington, MLW-Worthington and Bombardier's purchase of 1975 are not in the text. The rendering has no citation "
 "markers. No word added or changed. Kept as written: 'Montreal Locomotive Works (MLW) was a Canadian railway "
 "locomotive manufacturer that existed under several names from 1883 to 1985', 'For many years it was a subsidiary of "
 "the American Locomotive Company.', \"MLW's headquarters and manufacturing facilities were in Montreal\u2019s "
 "Hochelaga-Maisonneuve area\" (a straight apostrophe in \"MLW's\", a curly one in 'Montreal\u2019s'), 'producing "
 "primarily for the growing domestic market\u2014notably the Canadian Pacific Railway, the Grand Trunk Railway, the "
 "Intercolonial Railway and, after 1922, the Canadian National Railway.' (an em dash, no spaces), 'In 1901, the "
 "American Locomotive Company (Alco) headquartered in Schenectady, New York, United States, was formed by the merger "
 "of several struggling locomotive manufacturers.', 'Alco purchased the Locomotive & Machine Company of Montreal in "
 "1904' (an ampersand, no 'Limited'), 'The Montreal subsidiary was renamed Montreal Locomotive Works (MLW) several "
 "years later.', 'MLW became an exclusive Alco-design shop'. 192 words. No outage and no near-miss of one told. "
 "Recorded CC BY-SA 4.0 (doubtful: undated; a recent rendering, as batches 58p-62a recorded their '= Title =' "
 "renderings). Found at rank 4 of the query 'Montreal Locomotive Works history American Locomotive Company subsidiary "
 "Bombardier 1975 Wikipedia' (a free name of this lane); review.clateway.com (rank 1; the lead only), wikisum.wiki "
 "(rank 2; a summary with sentences out of order), liquisearch.com (rank 3; the 'Purchase by Bombardier' section, its "
 "licence not stated on the page seen), clever-geek.imtqy.com (rank 5; a machine translation), profilbaru.com (rank "
 "6), cnrha.ca (rank 7; a society's page) and wikimili.com (rank 8) not used. Montreal Locomotive, American "
 "Locomotive, Locomotive and Machine: " + CHECKED + " ('Alco ' and 'MLW' only in other texts' words, another matter: "
 "a court docket suffix and unrelated names).", "non-US"))

# ---- shipping, New Zealand: Union Company (en.wikipedia.org 'Jump to' rendering, an older revision) ------------------
UC = [
 "The Union Company, Union Steam Ship Company (USS Co), or Union Line was started in Dunedin, New Zealand, in 1875, "
 "when it was floated by James Mills, who had been clerk to Johnny Jones and his Harbour Steam Company.",
 "After Jones\u2019 death, Mills floated the Union Company with backing from Peter Denny in return for orders for his "
 "Dumbarton shipyard in Scotland. The Union Company became a major shipping line, with a near-monopoly on "
 "trans-Tasman shipping, and was referred to as the Southern Octopus.",
 "From 1889 there was a three-way competition between the Union Steamship Company, Huddart Parker and the Tasmanian "
 "Steam Navigation Company (TSNCo) on the Tasmanian routes (Melbourne \u2013 Launceston, Hobart \u2013 Melbourne and "
 "Hobart \u2013 Sydney). The TSNCo did not have other routes to absorb their Tasmanian losses, and was bought out by "
 "the USSCo in 1891. The rivalry between the USSCo and Huddart Parker lasted to 1895 despite an earlier agreement in "
 "1893. There was undercutting by cheap fares and steamers shadowing each other from port to port. The USSCo "
 "Rotomahana and Mararoa would sail alongside the Miowra and Warrimoo, with other ships e.g. the Te Anau and "
 "Manapouri sailing before and after so bracketing the Huddart Parker ships. The 1895 agreement between the two lines "
 "pooled the Auckland-Sydney profits and losses; the Melbourne-Launceston profits were divided 4/7 to the USSCo and "
 "3/7 to Huddart Parker; and the Sydney-Hobart passenger trade was excluded but the cargo and stock trade was divided "
 "2/3 to USSCo and 1/3 to Huddart Parker.[1]",
 "In 1897 Mark Twain criticised travel conditions on a Union Company ship in his travel book Following the Equator."]
KEPT["wp-union-company"] = ("union-company-enwiki.txt", UC)
R.append(wp("wp-union-company", "Union Company", "https://en.wikipedia.org/wiki/Union_Company",
 "\n\n".join(MARK.sub("", p) for p in UC),
 "transport/shipping", ["history", "founding", "acquisition", "competition", "agreement"],
 "The article as en.wikipedia.org's rendering with its old page chrome holds it in the page store (answered at "
 "http://en.wikipedia.org/wiki/Union_Company; 'From Wikipedia, the free encyclopedia', 'Jump to: navigation, "
 "search'; no revision id; an older revision: the lead calls the firm 'The Union Company, Union Steam Ship Company "
 "(USS Co), or Union Line', where the revision of September 2023 the page store also holds (en.wikipedia.org oldid "
 "1177406269, too short in its excerpt) opens 'Union Steam Ship Company of New Zealand Limited was once the biggest "
 "shipping line'). Cut: the title line 'Union Company' and the chrome lines 'From Wikipedia, the free encyclopedia' "
 "and 'Jump to: navigation, search'; the hatnote 'This article is about a former company in New Zealand. For "
 "similarly named companies in other countries, see Union Steamship Company.'; the image caption 'Union Steam Ship "
 "Company's 3,721 ton MV Kaimiro loading cargo in Lyttelton, New Zealand in 1968'; the citation marker '[1]' (no "
 "space before it); cut after '... Following the Equator.', before the paragraph the excerpt breaks off ('The Union "
 "Compa'; `truncated`; a cut at a paragraph end), so P&O's purchase of 1917 is not in the text. No word added or "
 "changed. Kept as written: 'The Union Company, Union Steam Ship Company (USS Co), or Union Line was started in "
 "Dunedin, New Zealand, in 1875, when it was floated by James Mills, who had been clerk to Johnny Jones and his "
 "Harbour Steam Company.', 'After Jones\u2019 death, Mills floated the Union Company with backing from Peter Denny in "
 "return for orders for his Dumbarton shipyard in Scotland.' (a curly apostrophe), 'was referred to as the Southern "
 "Octopus', 'a three-way competition between the Union Steamship Company, Huddart Parker and the Tasmanian Steam "
 "Navigation Company (TSNCo)' ('Steamship' in one word here, 'USS Co' with a space in the lead and 'USSCo' without "
 "one after), '(Melbourne \u2013 Launceston, Hobart \u2013 Melbourne and Hobart \u2013 Sydney)' (en dashes with "
 "spaces), 'The TSNCo did not have other routes to absorb their Tasmanian losses, and was bought out by the USSCo in "
 "1891.', 'with other ships e.g. the Te Anau and Manapouri sailing before and after so bracketing the Huddart Parker "
 "ships', 'The 1895 agreement between the two lines pooled the Auckland-Sydney profits and losses' (hyphens), 'In "
 "1897 Mark Twain criticised travel conditions on a Union Company ship in his travel book Following the Equator.' "
 "272 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (an older revision, before Wikimedia's "
 "move to 4.0 of June 2023, as batches 55n-62a recorded their 'Jump to' renderings). Found at rank 1 of the query "
 "'Union Company Union Steam Ship Company of New Zealand Limited Southern Octopus Huddart Parker Tasmanian Steam "
 "Navigation Company Peter Denny' (a free name of this lane); search.archives.tas.gov.au (rank 2; an archive's agency "
 "record), worddisk.com (rank 3; 'Quick Facts' chrome), gracesguide.co.uk (rank 4), nzhistory.net.nz (rank 5), "
 "en.wikid.org (rank 6), a Wikipedia copy with no address (rank 7; an early short revision) and shipsnostalgia.com "
 "(rank 8; a forum) not used. Union Company, Union Steam, Huddart, Peter Denny, James Mills, Harbour Steam, Johnny "
 "Jones, Tasmanian Steam: " + CHECKED + ".", "non-US", v3=True))


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
