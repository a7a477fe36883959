#!/usr/bin/env python3
"""Batch 65p (session 59; gatherer lane 65p): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n and 65b-65o, on a Malaysian conglomerate and two Indian companies, new to the corpus:
Sime Darby Berhad, the Malaysian conglomerate listed on Bursa Malaysia Securities Berhad, its handling of the Sarawak
Land Development Board's management (sold on to Sarawak Plantation Services), its making in 2007 by a merger of three
companies and the founding of Sime, Darby and Co. in October 1910 by William Sime and Henry Darby (plantations,
Malaysia); the Bombay Burmah Trading Corporation, formed in 1863 by the Wallace Brothers from William Wallace's
Burmese assets, Wallace Bros & Co of 1848, the Vissanji family's purchase, BCL Springs (1992) and the Wadia group's
purchase (trading, India); and Premier Automobiles Limited (Premier Ltd), established by Walchand Hirachand in 1944,
owned by the Walchand Group, first founded in 1903 as Walchand-Phatak Co., its Chrysler Corporation licences and its
Premier Padmini (carmaking, India).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's 'Jump to: navigation, search' rendering of 'Sime Darby' (an older revision),
en.wikipedia.org's 'Jump to navigation Jump to search' rendering of 'Bombay Burmah Trading Corporation' (an older
revision) and en.wikipedia.org's '= Title =' rendering of 'Premier Automobiles Limited' (recent); each cut at a
paragraph or sentence end before the point where the excerpt breaks off or its prose ends (all `truncated`). Edits per
item in `notes` (title lines, page chrome, infobox lines, headings, a bibliography and citation markers cut; no word
added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather66p/src), the markers
('[1]', ' [2]', '[1]:224-225', '[edit]', '[ citation needed ]') dropped and whitespace runs compared as one space, as
batches 57g-64i did. No text tells an outage. newskg (or any extractor) was not run on any text. A round of three: five
queries, five companies asked for, three taken (round notes, /work/notes/gather66/65p.md; queries,
/tmp/gather66p/src/queries.txt).
usage: batch65p.py [POOL_DIR] [--dry]   (default /tmp/gather66p/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather66p/pool"
SRC = "/tmp/gather66p/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names and in the gather scripts, only batch 65m's 'looked at "
           "and not used' and leads in GATHERING.md, 0 hits in the session-59 pools (/tmp/gather66*/pool) and in "
           "/work/notes/gather66/CLAIMS.txt as they stood when checked (`grep -ril`, file names only)")
# a citation marker ('[1]', ' [2]', '[nb 1]', '[ citation needed ]'), with the space before it where there is one and
# the page numbers after it where there are some ('[1]:224-225')
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|citation needed)\s*\](?::\s*[\d\u2013-]+)?")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- plantations, Malaysia: Sime Darby (en.wikipedia.org 'Jump to: navigation' rendering, an older revision) ----------
SD = [
 "Sime Darby Berhad (MYX: 4197) is a major Malaysia-based multinational conglomerate involved in 5 core sectors: "
 "plantations, property, industrial, motors and logistics. Sime Darby is listed on the Main Board of Bursa Malaysia "
 "Securities Berhad. It has vested interests and close relationships with the Malaysian government. [2] It has "
 "assisted the Malaysian government by buying the management of the Sarawak Land Development Board (SLDB) (made loss "
 "in 1987). [2] Sime Darby turned the financial situation and sold it to government owned Sarawak Plantation "
 "Services.[2]",
 "The modern Sime Darby Berhad corporation was created in 2007 through a merger of three companies.",
 "In October 1910, British businessmen William Sime and Henry Darby established Sime, Darby and Co., a fledgling "
 "player in the lucrative rubber industry. The company later diversified to cultivating palm oil and cocoa and met "
 "with enormous success. At the time of the company's founding, William Middleton Sime was a 37-year-old Scottish "
 "adventurer and fortune seeker. He had two failed ventures behind him \u2013 one in import-export business and the "
 "other in coffee plantations \u2013 when he left his job as a mercantile assistant in Singapore. Henry Darby was a "
 "wealthy 50-year-old English banker who owned property in Northern Malaya.[3]"]
KEPT["wp-sime-darby"] = ("sime-darby-enwiki.txt", SD)
R.append(wp("wp-sime-darby", "Sime Darby", "https://en.wikipedia.org/wiki/Sime_Darby",
 "\n\n".join(MARK.sub("", p) for p in SD),
 "conglomerate/plantations", ["history", "founding", "merger", "state-linked company", "management contract"],
 "The article as en.wikipedia.org's rendering with its page chrome of about 2016-2017 holds it in the page store "
 "('From Wikipedia, the free encyclopedia', 'Jump to: navigation, search'; no revision id; an older revision: its "
 "infobox gives 'Revenue RM43.7 billion (2015)' and 'Mohd Bakke Saleh, President & Group CEO', and its prose has no "
 "'Background' heading, where s.gtool.pro's proxy of a later en.m.wikipedia.org revision (rank 5) gives 2020 revenue, "
 "'Sime Darby Berhad (MYX: 4197) is a Malaysian trading conglomerate' and adds the 1973 audit affair). Cut: the title "
 "line 'Sime Darby' and the chrome lines 'From Wikipedia, the free encyclopedia' and 'Jump to: navigation, search'; "
 "the infobox lines ('Sime Darby Berhad', 'Publicly traded government-linked company', 'Traded as MYX: 4197', "
 "'Industry Conglomerate', 'Predecessor Sime Darby', 'Golden Hope', 'Founded 2007', 'Headquarters Kuala Lumpur, "
 "Malaysia', 'Area served', 'Southeast Asia', 'Key people', 'Tan Sri Abdul Wahid Omar, Non-Independent Non-Executive "
 "Chairman', 'Mohd Bakke Saleh, President & Group CEO', the revenue and employee lines and 'Parent Permodalan Nasional "
 "Berhad'), so Golden Hope, Kuala Lumpur, the chairman, the chief executive and Permodalan Nasional Berhad are not in "
 "the text (cut as batches 57p-65m cut their infoboxes); the heading 'Sime, Darby and Co. Limited[edit]'; the "
 "citation markers ' [2]' (twice, a space before each), '[2]' and '[3]'; cut after '... who owned property in "
 "Northern Malaya.', before the paragraph the excerpt breaks off in ('A senior partner of the audit firm of the'; "
 "`truncated`; a cut at a paragraph end), so the 1973 audit affair (a named chairman's alleged misconduct, told in the "
 "later revision) is not in the text. Paragraphs joined with blank lines. No word added or changed. Kept as written: "
 "'Sime Darby Berhad (MYX: 4197) is a major Malaysia-based multinational conglomerate involved in 5 core sectors: "
 "plantations, property, industrial, motors and logistics.' (the ticker in brackets; '5' in figures), 'It has vested "
 "interests and close relationships with the Malaysian government.', 'It has assisted the Malaysian government by "
 "buying the management of the Sarawak Land Development Board (SLDB) (made loss in 1987).' (two brackets running on, "
 "'made loss' with no article), 'Sime Darby turned the financial situation and sold it to government owned Sarawak "
 "Plantation Services.' (no hyphen in 'government owned'), 'The modern Sime Darby Berhad corporation was created in "
 "2007 through a merger of three companies.' (the three unnamed), 'In October 1910, British businessmen William Sime "
 "and Henry Darby established Sime, Darby and Co., a fledgling player in the lucrative rubber industry.', 'William "
 "Middleton Sime' beside 'William Sime', 'He had two failed ventures behind him \u2013 one in import-export business "
 "and the other in coffee plantations \u2013 when he left his job as a mercantile assistant in Singapore.' (en "
 "dashes), 'Henry Darby was a wealthy 50-year-old English banker who owned property in Northern Malaya.' 198 words. "
 "No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (an older revision, before Wikimedia's move to 4.0 of "
 "June 2023, as batches 55n-65c recorded their 'Jump to' renderings). Found at rank 2 of the query 'Sime Darby "
 "history founded 1910 William Sime Henry Darby Wikipedia' (batch 65m's lead: its query 4's rank 2); docslib.org "
 "(rank 1; the company's 110th-anniversary book, all rights reserved), simedarby.com (rank 3; the company's timeline), "
 "szxjlwj.com (rank 4; the company's heritage text on another site), s.gtool.pro (rank 5; the later revision, its "
 "lead chrome-free but its history running into the audit affair), fundinguniverse.com (ranks 6, 7) and "
 "companies.jrank.org (rank 8; the International Directory of Company Histories, copyrighted) not used. Sime Darby, "
 "'Sime, Darby', William Sime, Henry Darby, Sarawak, Golden Hope, Permodalan: " + CHECKED + " ('Bursa Malaysia' in "
 "batch 36d's Axiata text, the exchange where that company is listed, another matter).", "non-US", v3=True))

# ---- trading, India: Bombay Burmah Trading Corporation (en.wikipedia.org 'Jump to navigation' rendering, older) --------
BB = [
 "The Bombay Burmah Trading Corporation Limited (often simply called the \"Bombay Burmah Trading Company\") was formed "
 "in 1863 by the Wallace Brothers. The Corporation was originally formed as a public company to engage in the Burmese "
 "tea business by taking over the assets in Burma of William Wallace. It is India's second oldest publicly quoted "
 "company.",
 "The Wallace Brothers were a Scottish merchant house in Edinburgh. The six brothers first arrived in Bombay (now "
 "Mumbai) in the 1840s. A Bombay partnership was formed in 1848 as \u201cWallace Bros & Co\u201d. In the mid-1850s the "
 "Wallaces set up a business in Rangoon, shipping tea to Bombay. In 1863 the business was floated as \u201cThe Bombay "
 "Burmah Trading Corporation\u201d (BBTC). Its equity was held by Indian merchants, as well as the Wallace Brothers who "
 "had the controlling interests. By the 1870s it was a leading producer of teak in Burma and Siam, as well as having "
 "other interests in cotton, oil exploration and shipping.",
 "British motivations for the third Anglo-Burmese War were partly influenced by concerns of the BBTC. The Burmese "
 "state\u2019s conflict with the BBTC furnished British leaders with a pretext for conquest.[1]:224-225 By the 1880s "
 "Wallace Brothers had become a leading financial house in London. This firm was able to affect the intelligence "
 "about Burma and, more critically, about the growing French influence in the country.[1]:227",
 "The Vissanji family purchased the company from the Wallace brothers around the time of Indian independence. In "
 "1992, the BBTC acquired and merged in BCL Springs. Later, BBTC was acquired by the Wadia group based in Bombay.[2]"]
KEPT["wp-bombay-burmah-trading-corporation"] = ("bombay-burmah-enwiki.txt", BB)
R.append(wp("wp-bombay-burmah-trading-corporation", "Bombay Burmah Trading Corporation",
 "https://en.wikipedia.org/wiki/Bombay_Burmah_Trading_Corporation",
 "\n\n".join(MARK.sub("", p) for p in BB),
 "trading/conglomerate", ["history", "founding", "controlling interest", "acquisition", "merger"],
 "The article as en.wikipedia.org's rendering with its page chrome of about 2017-2021 holds it in the page store "
 "('From Wikipedia, the free encyclopedia', 'Jump to navigation Jump to search'; no revision id; an older revision: "
 "its lead reads 'The Bombay Burmah Trading Corporation Limited (often simply called the \"Bombay Burmah Trading "
 "Company\") was formed in 1863 by the Wallace Brothers' and calls it 'India's second oldest publicly quoted company', "
 "where the later revision at wikimili.com (rank 5) and a proxy (rank 7) read 'is an Indian trading company based in "
 "Mumbai owned by the Wadia Group' and 'India's oldest publicly traded company'). The excerpt has no infobox. Cut: the "
 "title line 'Bombay Burmah Trading Corporation' and the chrome lines 'From Wikipedia, the free encyclopedia' and "
 "'Jump to navigation Jump to search'; the citation markers '[1]:224-225' and '[1]:227' (a marker with page numbers, "
 "no space before it) and '[2]'; cut after '... was acquired by the Wadia group based in Bombay.', the end of the "
 "article's prose, before the headings 'See also[edit]' and 'Further reading[edit]' and the bibliography the excerpt "
 "breaks off in ('Arnold Cecil Pointon, Bombay Burmah Trading Corporation 1863-1963 (Southampton: The Millbrook Press. "
 "1964) ...', 'RH Macaulay, History of Bombay Burmah Trading Corporation 1864 -1910 (London, '; `truncated`: the page "
 "goes on past its prose; a cut at a paragraph end). Paragraphs joined with blank lines. No word added or changed. "
 "Kept as written: 'The Bombay Burmah Trading Corporation Limited (often simply called the \"Bombay Burmah Trading "
 "Company\") was formed in 1863 by the Wallace Brothers.' (straight quotes), 'The Corporation was originally formed as "
 "a public company to engage in the Burmese tea business by taking over the assets in Burma of William Wallace.', "
 "\"It is India's second oldest publicly quoted company.\", 'A Bombay partnership was formed in 1848 as \u201cWallace "
 "Bros & Co\u201d.' (curly quotes, the stop outside them), 'In the mid-1850s the Wallaces set up a business in Rangoon, "
 "shipping tea to Bombay.', 'In 1863 the business was floated as \u201cThe Bombay Burmah Trading Corporation\u201d "
 "(BBTC).', 'Its equity was held by Indian merchants, as well as the Wallace Brothers who had the controlling "
 "interests.', 'The Burmese state\u2019s conflict with the BBTC' (a curly apostrophe), 'This firm was able to affect "
 "the intelligence about Burma and, more critically, about the growing French influence in the country.', 'The "
 "Vissanji family purchased the company from the Wallace brothers around the time of Indian independence.' (a "
 "lowercase 'brothers' here), 'In 1992, the BBTC acquired and merged in BCL Springs.', 'Later, BBTC was acquired by "
 "the Wadia group based in Bombay.' (a lowercase 'group'). 263 words. No outage and no near-miss of one told. Recorded "
 "CC BY-SA 3.0 (an older revision, before Wikimedia's move to 4.0 of June 2023, as batches 55n-65c recorded their "
 "'Jump to' renderings). Found at rank 1 of the query 'Bombay Burmah Trading Corporation history Wallace Brothers "
 "1863 Wadia Wikipedia' (batch 65m's lead: its query 3's rank 3, the same rendering); gatewayhouse.in (ranks 2, 8; "
 "an essay, copyrighted) and a blog's copy of it (rank 6), liquisearch.com (rank 3; an older revision with the site's "
 "'Famous quotes' chrome), kids.kiddle.co (rank 4; a simplified rewrite), wikimili.com (rank 5) and a cloudfront "
 "proxy of en.wikipedia.org (rank 7; the later revision with a maintenance banner) not used. Bombay Burmah, Wallace "
 "Brothers, Wallace Bros, Vissanji, BCL Springs, Wadia, Bombay Dyeing: " + CHECKED + ".", "non-US", v3=True))

# ---- carmaking, India: Premier Automobiles Limited (en.wikipedia.org '= Title =' rendering, recent) -------------------
PA = [
 "Premier Ltd (formerly known as The Premier Automobiles Limited) was an Indian automotive manufacturer company, "
 "based in Mumbai. The company was owned by the Walchand Group and was established by Walchand Hirachand as Premier "
 "Automobiles Ltd (PAL) in 1944 with the encouragement and support of Sir. M. Visvesvaraya. The company was founded "
 "in 1903 as Walchand-Phatak Co. Later on, the name was changed to TATA Constructions. Further, after the exit of "
 "TATA's name was again changed to Premier which was engaged in work of contract & construction business. In October "
 "1947, Premier Ltd manufactured the first Indian made trucks and cars rolled out onto the streets of independent "
 "India. Premier is well-known for its Premier Padmini which ruled the Indian car market and its popularity peaked "
 "during 1970s and 80s.",
 "The company was established in 1941 and negotiated with Chrysler Corporation for licenses to build a Plymouth car "
 "and a Dodge truck, sold under the Dodge, Plymouth, DeSoto, and Fargo names starting around 1949. In the early "
 "years, quality was considered good by both Chrysler and the Indian Department of Defense. In 1949, parts were being "
 "made in India, starting with simpler components and gradually building up to more complex pieces. Two companies "
 "made parts for these vehicles: Premier and Hindustan Motors of Calcutta. The early years of Premier and Hindustan "
 "were marked by very low sales, due to the size of the market; only about 20,000 vehicles per year were made in "
 "India, in 65 different models."]
KEPT["wp-premier-automobiles"] = ("premier-automobiles-enwiki.txt", PA)
R.append(wp("wp-premier-automobiles", "Premier Automobiles Limited",
 "https://en.wikipedia.org/wiki/Premier_Automobiles_Limited",
 "\n\n".join(MARK.sub("", p) for p in PA),
 "automotive/carmaking", ["history", "founding", "renaming", "parent company", "licensing"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (no date or revision id held; a "
 "recent rendering: its infobox gives '- Defunct: 2019' and '- Fate: Bankruptcy' and its lead 'was an Indian "
 "automotive manufacturer company', its infobox set out as '- Key: value' lines, no citation markers). Cut: the title "
 "line '= Premier Automobiles Limited ='; the infobox lines ('Premier Limited', '- Former Name: Premier Automobiles "
 "Ltd.', '- Type: Public', '- Traded As: ,', '- Area Served: India', '- Key People: Maitreya V. Doshi', '- Industry: "
 "Automotive', '- Products: Automobiles', '- Parent: Walchand Group', '- Foundation: 1944', '- Defunct: 2019', '- "
 "Fate: Bankruptcy', '- Founder: Walchand Hirachand', '- Location: 58, Nariman Bhavan, Mumbai, Maharashtra, India', "
 "'- Homepage: http://www.premier.co.in'), so Maitreya V. Doshi, Maharashtra and the bankruptcy are not in the text "
 "and the founder and parent are stated only by the prose (cut as batches 57p-65m cut their infoboxes); the heading "
 "'==History=='; cut after '... only about 20,000 vehicles per year were made in India, in 65 different models.', "
 "before the sentence the excerpt breaks off in ('To prevent foreign companies from domina'; `truncated`; a cut at a "
 "sentence end), so the import duties of 1954, the Fiat 1100 D licence and the later years are not in the text. "
 "Paragraphs joined with blank lines. No word added or changed. Kept as written: 'Premier Ltd (formerly known as The "
 "Premier Automobiles Limited) was an Indian automotive manufacturer company, based in Mumbai.' ('Ltd' with no stop), "
 "'The company was owned by the Walchand Group and was established by Walchand Hirachand as Premier Automobiles Ltd "
 "(PAL) in 1944 with the encouragement and support of Sir. M. Visvesvaraya.' ('Sir.' with a stop), 'The company was "
 "founded in 1903 as Walchand-Phatak Co.', 'Later on, the name was changed to TATA Constructions.', \"Further, after "
 "the exit of TATA's name was again changed to Premier which was engaged in work of contract & construction "
 "business.\" (as written: a word or comma seems missing after 'TATA'), 'In October 1947, Premier Ltd manufactured "
 "the first Indian made trucks and cars rolled out onto the streets of independent India.' (as written), 'Premier is "
 "well-known for its Premier Padmini which ruled the Indian car market and its popularity peaked during 1970s and "
 "80s.', 'The company was established in 1941 and negotiated with Chrysler Corporation for licenses to build a "
 "Plymouth car and a Dodge truck, sold under the Dodge, Plymouth, DeSoto, and Fargo names starting around 1949.' "
 "(1944, 1903 and 1941 as three founding years, as written), 'Two companies made parts for these vehicles: Premier "
 "and Hindustan Motors of Calcutta.' 248 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a "
 "recent rendering, as batches 60a-65m recorded their '= Title =' renderings; doubtful: no revision id). Found at "
 "rank 3 of the query 'Premier Automobiles Limited history Walchand Hirachand Padmini Fiat Wikipedia' (a name from "
 "batch 65m's leads); autolastgh.com (rank 1; a reworded copy with no licence line), wikisum.wiki (rank 2; sentences "
 "out of order), iiab.me's Kiwix copy of 2023-10 (rank 4; the infobox and image captions run into the prose), "
 "drivesome.com (rank 5; a car site), en.wikipedia.org's older 'Jump to navigation' rendering (rank 6; usable, but "
 "its lead lacks the founder's full name and the firm of 1903) and two pages on the Premier Padmini (ranks 7, 8; "
 "another article and a blog) not used. Premier Automobiles, Premier Ltd, Padmini, Visvesvaraya, Phatak, TATA "
 "Constructions: " + CHECKED + " ('Walchand' in the texts on the Scindia Steam Navigation Company and Shiv Nadar, "
 "other matters; 'Hindustan Motors' in batch 65m's text on that company, another matter; 'Chrysler', 'Plymouth', "
 "'Dodge', 'DeSoto' and 'Fargo' in other texts, other matters or senses).", "non-US"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[1]:224-225', '[nb 1]', '[edit]',
    '[ citation needed ]'), whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|nb \d+|edit|citation needed)\s*\](?::\s*[\d\u2013-]+)?", "", s).split())


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
