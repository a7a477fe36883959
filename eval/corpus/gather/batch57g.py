#!/usr/bin/env python3
"""Batch 57g (session 55; gatherer lane 57g): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56f, 56h, 56j, 56n, 56p and 57b, turned to
mid-size companies of Canada, Ireland and the Netherlands in shipping, aviation and brewing, new to the corpus: a Dutch
towage and salvage company founded in 1842 by Fop Smit as L. Smit & Co., managed by his sons Jan and Leendert, buyer of
Costain Group's Land & Marine business in 1996 and acquired by Boskalis in 2010 (shipping, Netherlands); a Canadian
aircraft maker and operator founded in 1970 by Nils Christensen (who retired as its president in 1987), supplier of
components to Bell Helicopter Textron, a subsidiary of Longview Aviation Capital (owned by Sherry Brydson) amalgamated
with its sister company De Havilland Canada in August 2024 (aviation, Canada); a Cork brewery established in 1792 by
William Beamish and William Crawford (the Cork Porter Brewery, founded with Richard Barrett and Digby O'Brien), owned in
turn by Carling O'Keefe, Elders IXL, Scottish & Newcastle and Heineken International, whose Beamish stout Heineken
still brews (brewing, Ireland); and a Guelph brewery re-established in 1988 by John W. Sleeman, bought by Sapporo
Brewery in 2006, with its founder CEO until 2010 and then chairman, heir of John H. Sleeman's Stamford Spring and
Silver Creek breweries, where his son George Sleeman was general manager (brewing, Canada).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' renderings of 'Smit International', 'Viking Air' (a revision of August 2024 or
later), 'Beamish and Crawford' and 'Sleeman Breweries' (undated); each cut at a sentence end (`truncated`). Edits per
item in `notes` (title lines, infobox lines and headings cut; no word added or changed); `verify()` checks every kept
paragraph against the saved excerpt (/tmp/gather58g/src), whitespace runs compared as one space, as batches 56p and
57b did. No text tells an outage, and none a near-miss of one. newskg (or any extractor) was not run on any text. A
round of four: eight queries, four of them answered with English Wikipedia text on a company not yet in the corpus
whose kept text names a founder or an executive with a title, all four taken (round notes,
/work/notes/gather58/57g.md; queries, /tmp/gather58g/src/queries.txt).
usage: batch57g.py [POOL_DIR] [--dry]   (default /tmp/gather58g/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather58g/pool"
SRC = "/tmp/gather58g/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-55 pools (/tmp/gather58*/pool) and in /work/notes/gather58/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- shipping, Netherlands: Smit International (en.wikipedia.org '= Title =' rendering, undated) ---------------------
SMIT = [
 "Smit Internationale N.V. (or Smit International) is a Dutch company operating in the maritime sector.",
 "Founded in 1842 by Fop Smit, it provided towing services in the Port of Rotterdam. Within its first decades, it "
 "branched into shipbuilding and, just after the start of the twentieth century, salvage services. The firm developed "
 "an international presence, such as its Singapore-based subsidiary in 1975, and its acquisition of Costain Group's "
 "Land & Marine business in 1996.",
 "By 2009, inclusive of its subsidiaries and the joint ventures with controlling stakes, Smit International operated a "
 "fleet of 408 ships. Smit International has undertaken the salvage of various vessels, including , , , and Kursk.",
 "In 2010, it was acquired by Boskalis and delisted from the Euronext Amsterdam.",
 "The company dates back to the early 1840s and the undertakings of Fop Smit, who operated the paddle steamer "
 "Kinderdijk to safely guided various other vessels into the Port of Rotterdam. Founded in 1842 under the name L. Smit "
 "& Co., it initially focused on towing. Fop's sons, Jan and Leendert, took on management of the company and soon "
 "opted to expand its fleet. During 1870, L. Smit & Co. started using tugs with propellers. The business slowly "
 "branched into new activities; one such early venture was shipbuilding.",
 "During the mid 1900s, it started providing salvage services for the first time."]
KEPT["wp-smit-international"] = ("smit-enwiki.txt", SMIT)
R.append(wp("wp-smit-international", "Smit International", "https://en.wikipedia.org/wiki/Smit_International",
 "\n\n".join(SMIT),
 "shipping/towage and salvage", ["history", "founding", "leadership", "ownership", "deal"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; the "
 "same lead as wikimili.com's copy of the same query, and an infobox giving 'Owner: Boskalis' where an older copy "
 "gives 'Royal Boskalis Westminster'). Cut: the title line '= Smit International =' and the line 'Smit Internationale "
 "N.V.'; the infobox lines ('- Logo: Smit International.svg', '- Type: Subsidiary', '- Founder: Fop Smit', '- "
 "Foundation: 1842', '- Location: Rotterdam, Netherlands', '- Key People: Frank Verhoeven (Chairman)', '- Industry: "
 "Maritime services', '- Services: Towage, salvage, transportation, heavy lifting vessels', the revenue, operating "
 "income and net income lines of 2009, '- Num Employees: 3,620 (2009)', '- Owner: Boskalis', '- Homepage: "
 "www.smit.com'), so the chairman Frank Verhoeven and Rotterdam on its own are not in the text; the heading "
 "'==History==' (its paragraph set apart by a blank line); cut after 'During the mid 1900s, it started providing "
 "salvage services for the first time.', before the sentence the excerpt breaks off ('Throughout the twentieth "
 "century, Smit International developed into internationally-operating outf'; `truncated`; a cut inside a paragraph, "
 "at a sentence end). The excerpt has no citation markers. No word added or changed. Kept as written: 'Smit "
 "Internationale N.V. (or Smit International)', 'Costain Group's Land & Marine business', 'inclusive of its "
 "subsidiaries and the joint ventures with controlling stakes', 'including , , , and Kursk.' (the rendering dropped "
 "three italic ship names and kept their commas), 'delisted from the Euronext Amsterdam' (with the article), 'the "
 "paddle steamer Kinderdijk to safely guided various other vessels' (so written), 'under the name L. Smit & Co.', "
 "\"Fop's sons, Jan and Leendert, took on management of the company\", 'During 1870', 'the mid 1900s'. 224 words. No "
 "outage and no near-miss of one told (salvage is a service to ships, no service lost). Recorded CC BY-SA 4.0 (a "
 "recent revision as en.wikipedia.org rendered it, as batches 56j, 56p and 57b recorded their '= Title =' renderings; "
 "doubtful in that no revision date is held). Found at rank 1 of the query 'Smit International is a Dutch maritime "
 "salvage and towage company founded by Fop Smit, acquired by Boskalis'; artikeldigital.com (rank 3; a revision "
 "without the Boskalis paragraph), wikimili.com (rank 7; cut inside the lead after a long image list), a page at "
 "plutoniumrov894.sbs under another article's address (rank 8; not used), wikisum.wiki (rank 2; a summary), "
 "rescuezeeland.nl, smit.com and a proxied diff page (ranks 4-6) not used. Smit International, Fop Smit, Boskalis, "
 "Land & Marine, Kinderdijk: " + CHECKED + " (Costain only in GATHERING.md's list of names checked by another round; "
 "Euronext Amsterdam is named in texts on other matters, none a history of Smit).", "non-US"))

# ---- aviation, Canada: Viking Air (en.wikipedia.org '= Title =' rendering, a revision of August 2024 or later) --------
VIKING = [
 "Viking Air Ltd. was an operator and manufacturer of aircraft, as well as aircraft parts and systems, based at "
 "Victoria International Airport in North Saanich, British Columbia, Canada. The company provides upgrades to the "
 "DHC-2 Beaver, spare parts for older de Havilland Canada aircraft, and components for Bell Helicopter Textron. The "
 "company operated as a subsidiary of Longview Aviation Capital until it was amalgamated into it along with sister "
 "company De Havilland Canada in August 2024, with the resulting company using the DHC name only.",
 "The company was established in 1970 by Norwegian-born Canadian aviation pioneer Nils Christensen, doing overhaul, "
 "maintenance and conversions to all types of aircraft but specializing in flying boats. In 1983, Christensen "
 "acquired the exclusive rights from de Havilland Canada to manufacture spare parts and to distribute the DHC-2 Beaver "
 "and the DHC-3 Otter aircraft. He retired as president of Viking Air in 1987.",
 "The company is a subsidiary of Longview Aviation Capital, which is owned by Sherry Brydson, granddaughter of "
 "deceased newspaper magnate Roy Thomson and cousin of David Thomson, parties of the largest family fortune in Canada.",
 "In May 2005, the company subsequently purchased the parts and service business for all the older de Havilland "
 "Canada aircraft from Bombardier Aerospace."]
KEPT["wp-viking-air"] = ("viking-air-enwiki.txt", VIKING)
R.append(wp("wp-viking-air", "Viking Air", "https://en.wikipedia.org/wiki/Viking_Air",
 "\n\n".join(VIKING),
 "aviation/aircraft manufacturing", ["history", "founding", "leadership", "ownership"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "revision of August 2024 or later: the lead tells the amalgamation of August 2024 and the infobox gives 'Defunct: "
 "2024'). Cut: the title line '= Viking Air =' and the line 'Viking Air Ltd.'; the infobox lines ('- Logo: Viking Air "
 "logo.svg', '- Type: Subsidiary', '- Industry: Aerospace', '- Defunct: 2024', '- Fate: Merged into De Havilland "
 "Canada', '- Successor: De Havilland Canada', '- Founder: Nils Christensen', '- Location City: North Saanich, "
 "British Columbia', '- Location Country: Canada', '- Key People: Brian Chafe (CEO)', '- Products: DHC-2T Turbo "
 "Beaver', '- Num Employees: 575', '- Parent: Longview Aviation Capital', '- Homepage: vikingair.com'), so the CEO "
 "Brian Chafe and the DHC-2T Turbo Beaver are not in the text; the headings '== History ==' and '===Acquisition of "
 "de Havilland Canada designs: DHC-1 through DHC-7==='; the single line break after '... from Bombardier Aerospace.' "
 "ends the text: cut before the sentence the excerpt breaks off ('On 24 February 2006, Viking purchased the type "
 "certificates from Bombardier for all the discontinued de Havilland Canada designs: ', the list of designs not in "
 "the excerpt; `truncated`; a cut at a sentence end). The excerpt has no citation markers. No word added or changed. "
 "Kept as written: 'Viking Air Ltd. was an operator' beside 'The company provides upgrades' (past and present tense "
 "as the revision left them), 'older de Havilland Canada aircraft' (lower-case 'de') beside 'sister company De "
 "Havilland Canada', 'it was amalgamated into it', 'using the DHC name only', 'Norwegian-born Canadian aviation "
 "pioneer Nils Christensen', 'specializing', 'He retired as president of Viking Air in 1987.', 'The company is a "
 "subsidiary of Longview Aviation Capital' (present tense beside the lead's 'operated as a subsidiary ... until'), "
 "'deceased newspaper magnate Roy Thomson', 'parties of the largest family fortune in Canada', 'the company "
 "subsequently purchased'. 206 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a revision of "
 "August 2024 or later, after Wikimedia's move to 4.0 of June 2023). Found at rank 8 of the query 'Viking Air Limited "
 "is a Canadian aircraft manufacturer founded in 1970 by Nils Christensen, Twin Otter type certificates from "
 "Bombardier'; db0nus869y26v.cloudfront.net's copies of revisions of 2023 and 2024 (ranks 1, 3; citation markers, "
 "the CEO David Curtis), en.m.wikipedia.org and an older en.wikipedia.org rendering (ranks 2, 7; revisions of about "
 "2017-2019 without the founder's name in the history), janes.migavia.com, canadianaviationnews.wordpress.com and "
 "vikingair.com (ranks 4-6; copyrighted) not used. Viking Air, Nils Christensen, Longview Aviation, Brydson: " + CHECKED +
 " ('de Havilland Canada' in one test text on an airline's landing gear failures, Bombardier Aerospace and Bell "
 "Helicopter in texts on other matters; none is a history of Viking Air).", "non-US"))

# ---- brewing, Ireland: Beamish and Crawford (en.wikipedia.org '= Title =' rendering, undated) -------------------------
BEAMISH = [
 "Beamish and Crawford was a brewery in Cork, Ireland, established in 1792 by William Beamish and William Crawford on "
 "the site of an existing porter brewery. In the early 19th century, it was the largest brewery in Ireland.",
 "Beamish and Crawford operated until 2009 and had a number of owners, including Carling O'Keefe, Elders IXL, "
 "Scottish & Newcastle and, most recently, Heineken International. While the Beamish and Crawford brewery closed in "
 "2009, Beamish stout is still brewed in the city, at a nearby Heineken operated facility.",
 "Porter from Great Britain, and England in particular, had for a long time been more popular in Ireland than Irish "
 "porter, as Irish porter was taxed at a higher rate than imported porter. This changed in 1791, when British porter "
 "became subject to higher taxes than Irish porter, giving rise to the brewing of porter in Ireland.",
 "William Beamish and William Crawford, both merchants descended from British settlers in Ireland, entered a business "
 "partnership in July 1785. Richard Barrett and Digby O\u2019Brien, already partners in an ale brewery in Cork, "
 "approached Beamish and Crawford in 1791, likely in the summertime, as they wanted to enter into the then booming "
 "porter industry, but lacked the capital to do so themselves.",
 "The Cork Porter Brewery was founded in 1791 by Beamish, Crawford, Barrett, and O\u2019Brien. They purchased an "
 "existing brewery from Edward Allen (the son of Aylmer Allen who had run the brewery until his death in May 1791) on "
 "a site in Cramer's Lane that had been used for brewing since at least 1650 (and possibly as early as 1500)."]
KEPT["wp-beamish-crawford"] = ("beamish-enwiki.txt", BEAMISH)
R.append(wp("wp-beamish-crawford", "Beamish and Crawford", "https://en.wikipedia.org/wiki/Beamish_and_Crawford",
 "\n\n".join(BEAMISH),
 "drinks/brewery", ["history", "founding", "ownership"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "recent revision: its 'Background' section and four founders in the infobox are absent from the older copies of the "
 "same query). Cut: the title line '= Beamish and Crawford =' and the line 'Beamish and Crawford'; the infobox lines "
 "('- Logo: BeamishLogo.png', '- Foundation: 1792', \"- Founder: William Beamish, William Crawford, Richard Barrett, "
 "Digby O'Brien\", '- Defunct: 2009', '- Location City: Cork', '- Location Country: Ireland', '- Area Served: "
 "Ireland, US, Europe', '- Industry: Alcoholic beverage', '- Products: Beer', '- Owner: Heineken International'); the "
 "headings '== Background ==' and '==History=='; cut after '... (and possibly as early as 1500).', before the "
 "sentence the excerpt breaks off ('By 29 August 1791, Beamish,'; `truncated`; a cut inside a paragraph, at a "
 "sentence end). The excerpt has no citation markers. No word added or changed. Kept as written: 'established in 1792 "
 "by William Beamish and William Crawford' beside 'The Cork Porter Brewery was founded in 1791 by Beamish, Crawford, "
 "Barrett, and O\u2019Brien.' (two years as the article gives them), \"Carling O'Keefe\" (a straight apostrophe) "
 "beside 'Digby O\u2019Brien' (a curly one), 'and, most recently, Heineken International', 'a nearby Heineken "
 "operated facility' (no hyphen), 'Porter from Great Britain, and England in particular,', 'likely in the "
 "summertime', 'the then booming porter industry', the bracketed clause on Aylmer Allen, \"Cramer's Lane\". 265 "
 "words. No outage and no near-miss of one told (a brewery's closure is a business decision). Recorded CC BY-SA 4.0 "
 "(a recent revision as en.wikipedia.org rendered it, as batches 56j, 56p and 57b recorded their '= Title =' "
 "renderings; doubtful in that no revision date is held). Found at rank 1 of the query 'Beamish and Crawford was a "
 "brewery in Cork, Ireland, founded in 1792 by William Beamish and William Crawford'; the-uncensored-wiki.com's "
 "static copy of an older revision (rank 2), worldlibrary.in (rank 3; a copy with the site's lines) and the trade, "
 "news and reference pages (ranks 4-8; commercialoverprints.com, irishexaminer.com, gullivertaverns.co.uk, "
 "echolive.ie, The Oxford Companion to Beer on beerandbrewing.com; copyrighted) not used. Beamish, Cork Porter, "
 "Carling O'Keefe, Elders IXL, Digby O, Cramer's Lane: " + CHECKED + " (Scottish & Newcastle's own history is a train "
 "text and Heineken is named in it and in texts on other matters, Crawford only as another person's name; none "
 "names Beamish and Crawford).", "non-US"))

# ---- brewing, Canada: Sleeman Breweries (en.wikipedia.org '= Title =' rendering, undated) ----------------------------
SLEEMAN = [
 "Sleeman Breweries is a Japanese-owned Canadian brewery founded by John Warren Sleeman in 1988 in Guelph, Ontario. "
 "The company is the third-largest brewing company in Canada. Along with its own Sleeman brands, the company produces "
 "under licence the Stroh's family of brands, Maclays Ale and Sapporo Premium beers for sale in Canada. The company's "
 "parent Sapporo owns 4.2 per cent of Ontario's primary beer retailer The Beer Store.",
 "The company is the re-establishment of a line of brewing companies owned by the Sleeman family dating back to the "
 "1830s. The original Sleeman Breweries was established in the 1850s and operated until it lost its licence due to "
 "smuggling and tax evasion, for 50 years, in 1933.",
 "John W. Sleeman re-established the brewery in the 1980s using the original company recipes. In 2006, Sleeman "
 "Breweries was purchased by Sapporo Brewery for million. John W. Sleeman remained as CEO until 2010 when he "
 "relinquished that role and was made Chairman of the company.",
 "John H. Sleeman was born in Cornwall, England, in 1805 and came to Upper Canada (present day Ontario) in 1834, first "
 "settling in St. David's (Niagara-on-the-Lake) where he founded the Stamford Spring Brewery in 1836. He and his "
 "family moved to Guelph in 1847 where they operated a series of breweries including the Hodgert\u2019s Brewery, and "
 "the Silver Creek Brewery, which he opened in 1851. His son George Sleeman joined the company in 1859 as general "
 "manager and was named a partner in 1865. John H. died in 1893."]
KEPT["wp-sleeman-breweries"] = ("sleeman-enwiki.txt", SLEEMAN)
R.append(wp("wp-sleeman-breweries", "Sleeman Breweries", "https://en.wikipedia.org/wiki/Sleeman_Breweries",
 "\n\n".join(SLEEMAN),
 "drinks/brewery", ["history", "founding", "leadership", "ownership", "deal"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "recent revision: 'Sapporo owns 4.2 per cent' of The Beer Store where the older copies of the same query give 2 "
 "percent). Cut: the title line '= Sleeman Breweries =' and the line 'Sleeman Breweries Ltd.'; the infobox lines "
 "('- Logo: Sleeman.svg', '- Type: Subsidiary', '- Foundation: 1984', '- Founder: John W. Sleeman', '- Location City: "
 "Guelph, Ontario', '- Location Country: Canada', '- Industry: Alcoholic drink', '- Products: Beer', '- Production: "
 "1,200,000 hl', '- Parent: Sapporo Brewery, (2006\u2013present)', '- Subsid: The Beer Store (4.2%)', '- Homepage: "
 "https://www.sleeman.ca/'); the heading '==History=='; cut after 'John H. died in 1893.', before the paragraph the "
 "excerpt breaks off ('By 1890, George Sleeman had achieved great success with Silver Creek Brewery which had sales "
 "in Ontario and Q'; `truncated`; a cut at a paragraph end). The excerpt has no citation markers. No word added or "
 "changed. Kept as written: 'a Japanese-owned Canadian brewery founded by John Warren Sleeman in 1988' beside 'John "
 "W. Sleeman', 'produces under licence the Stroh's family of brands, Maclays Ale and Sapporo Premium beers', 'The "
 "company's parent Sapporo owns 4.2 per cent of Ontario's primary beer retailer The Beer Store.', 'lost its licence "
 "due to smuggling and tax evasion, for 50 years, in 1933', 'was purchased by Sapporo Brewery for million.' (the "
 "rendering dropped the sum, a template in the article's source), 'was made Chairman of the company' (capital C), "
 "'Upper Canada (present day Ontario)', \"St. David's (Niagara-on-the-Lake)\", 'the Hodgert\u2019s Brewery, and the "
 "Silver Creek Brewery' (a curly apostrophe; the comma before 'and'), 'John H. died in 1893.'. 250 words. No outage "
 "and no near-miss of one told (a revoked licence is a penalty, no service lost). Recorded CC BY-SA 4.0 (a recent "
 "revision as en.wikipedia.org rendered it, as batches 56j, 56p and 57b recorded their '= Title =' renderings; "
 "doubtful in that no revision date is held). Found at rank 1 of the query 'Sleeman Breweries is a Canadian brewery "
 "founded by John Sleeman, acquired by Sapporo'; chaos.owiki.org (rank 3; the same text without the infobox), an "
 "older en.wikipedia.org rendering (rank 4; the purchases of Okanagan Spring Brewery, Upper Canada Brewing, "
 "Shaftebury Brewing Company, Maritime Brewing and Unibroue; one text per matter), piglix.com (rank 6; an older copy) "
 "and the drinks, company and sponsor pages (ranks 2, 5, 7, 8; copyrighted or a map site) not used. Sleeman, Beer "
 "Store, Stamford Spring, Silver Creek Brewery, Maclays: " + CHECKED + " (Sapporo only as a city or as other "
 "companies' names in texts on other matters; none is a history of Sleeman Breweries).", "non-US"))


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
