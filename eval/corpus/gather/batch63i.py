#!/usr/bin/env python3
"""Batch 63i (session 57; gatherer lane 63i): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p and 59a-63f, on British, Australian and Irish companies in banking and shipping, new to the
corpus: Williams & Glyn's Bank, formed in London in 1970 when the Royal Bank of Scotland merged its two subsidiaries
Williams Deacon's Bank (founded as the Manchester & Salford Bank in 1836; its London agent Williams, Deacon,
Labouchere, Thornton & Co. bought in 1890; bought by the Royal Bank in 1930) and Glyn, Mills & Co. (founded in 1753 by
Joseph Vere, Richard Glyn and Thomas Hallifax; Child & Co. bought in 1924), absorbed into the Royal Bank in 1985
(banking, UK); the Bank of New South Wales, Australia's first bank, established in Sydney in 1817 under Governor
Lachlan Macquarie, its seven first directors, its first president John Thomas Campbell and first cashier and secretary
Edward Smith Hall, its merger with the Commercial Bank of Australia and its renaming as Westpac in 1982 (banking,
Australia); the Adelaide Steamship Company, formed in 1875, its airline Adelaide Airways (West Australian Airways
bought, Australian National Airways formed with Holyman's Airways in 1936, sold to Reg Ansett in 1957), its
partnership with McIlwraith, McEacharn & Co from 1964 and John Spalvins' years as a corporate raider (shipping and
airlines, Australia); and Irish Shipping Limited, the state shipping company formed on 21 March 1941 after Seán
Lemass's call as Minister for Supplies, its shareholders Grain Importers Ireland and three shipping companies, and its
liquidation in 1984 (shipping, Ireland).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.academic.ru's copy of 'Williams & Glyn's Bank' (undated, about 2008-2010), wikimili.com's
copy of 'Bank of New South Wales' (undated, recent), en-academic.com's copy of 'Adelaide Steamship Company' (undated,
about 2008-2010) and en.wikipedia.org's 'Jump to: navigation, search' rendering of 'Irish Shipping' (an older
revision); each cut at a paragraph or sentence end before the point where the excerpt breaks off (all `truncated`).
Edits per item in `notes` (title lines, page chrome, infobox lines, image captions, headings, 'edit' marks and
citation markers cut; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt
(/tmp/gather64i/src), the markers ('[1]', ' [1]', '[nb 1]', '[edit]', '[ citation needed ]') dropped and whitespace runs
compared as one space, as batches 57g-63c did. No text tells an outage (Irish Shipping's liquidation is a business
failure, a near-miss). newskg (or any extractor) was not run on any text. A round of four: eight queries, eight
companies asked for, four taken (round notes, /work/notes/gather64/63i.md; queries, /tmp/gather64i/src/queries.txt).
usage: batch63i.py [POOL_DIR] [--dry]   (default /tmp/gather64i/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather64i/pool"
SRC = "/tmp/gather64i/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-57 pools "
           "(/tmp/gather64*/pool) and in /work/notes/gather63/CLAIMS.txt and /work/notes/gather64/CLAIMS.txt as they "
           "stood when checked (`grep -ril`, file names only)")
# a citation marker ('[1]', ' [2]', '[nb 1]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- banking, UK: Williams & Glyn's Bank (en.academic.ru's copy, about 2008-2010) ------------------------------------
WG = [
 "Williams & Glyn's Bank Limited was established in London in 1970, when the Royal Bank of Scotland merged its two "
 "subsidiaries in England and Wales, Williams Deacon's Bank Ltd. and Glyn, Mills & Co.[2] In 1985, Williams & Glyn's "
 "was fully absorbed into the Royal Bank of Scotland Plc and ceased to trade separately.[3]",
 "Williams Deacon's was founded as the joint-stock Manchester & Salford Bank in 1836, becoming a limited liability "
 "company in 1881. Williams, Deacon, Labouchere, Thornton & Co., established in 1771 as Raymond, Vere, Lowe & "
 "Fletcher, were appointed as London agent and later acquired by the bank in 1890. The renamed Williams Deacon and "
 "Manchester & Salford Bank Limited moved their head office from Manchester to London in order to retain Williams, "
 "Deacon & Company's membership of the clearing house. [4]",
 "The name was shortened to Williams Deacon's Bank in 1901. In 1930, the bank was purchased by the Royal Bank of "
 "Scotland as the basis for its expansion into England.[5]",
 "Glyn, Mills & Co. was founded as the private bank, Vere, Glyn & Hallifax, in the City of London in 1753 by Joseph "
 "Vere, Richard Glyn and Thomas Hallifax . It first became known as Glyn, Mills & Company in 1851 and later, in 1924, "
 "the bank acquired Child & Co. from the 8th Earl of Jersey. Child & Company, founded in the 1580s, remains part of "
 "RBS Group Wealth Management today.[6]"]
KEPT["wp-williams-glyns-bank"] = ("williams-glyns-academic.txt", WG)
R.append(wp("wp-williams-glyns-bank", "Williams & Glyn's Bank",
 "https://en.academic.ru/dic.nsf/enwiki/11797670/Williams_%26amp%3B_Glyn%27s_Bank",
 "\n\n".join(MARK.sub("", p) for p in WG),
 "finance/banking", ["history", "founding", "acquisition", "merger", "renaming"],
 "The article as en.academic.ru's copy holds it in the page store (no date or revision id held; undated, about "
 "2008-2010, as batches 20a, 29b and 62h dated academic.ru's copies: the infobox still reads 'Successor Royal Bank of "
 "Scotland Plc' and 'still files accounts with Companies House', where the later copies at ranks 3 and 4 read "
 "'SuccessorNatWest Group' and 'dissolved at Companies House in 2021', and the section on Williams Deacon's is the "
 "older one). Cut: the title line 'Williams & Glyn's Bank'; the infobox lines ('Williams & Glyn's Bank', 'Williams & "
 "Glyn's Bank Limited', 'Former type Subsidiary undertaking', 'Industry Financial Services', 'Fate Merger with "
 "parent', 'Successor Royal Bank of Scotland Plc', 'Founded 1970 (1753 as Glyn, Mills)', 'Defunct 1985 (still files "
 "accounts with Companies House[1])', 'Headquarters 1 Princes Street,', 'London EC2R 8PB', 'Products Banking and "
 "Insurance', 'Parent The Royal Bank of Scotland'), so the parent is stated only by the prose (cut as batches 57p-63c "
 "cut their infoboxes); the headings 'Williams Deacon's Bank' and 'Glyn, Mills & Co.'; the image caption 'An early "
 "Williams & Glyn's Automated Teller Machine.'; the citation markers '[2]' to '[6]' (no space before them, ' [4]' with "
 "one); cut after '... remains part of RBS Group Wealth Management today.', before the sentence the excerpt breaks "
 "off in ('In 1923, it also acquired the private military bank Holt & Company, founded in 1809, which continued to "
 "trade separa'; `truncated`; a cut at a sentence end), so Holt & Company, the National Bank and the purchase of "
 "Glyn, Mills by the Royal Bank are not in the text. Paragraphs joined with blank lines. No word added or changed. "
 "Kept as written: \"Williams & Glyn's Bank Limited was established in London in 1970, when the Royal Bank of "
 "Scotland merged its two subsidiaries in England and Wales, Williams Deacon's Bank Ltd. and Glyn, Mills & Co.\", "
 "\"In 1985, Williams & Glyn's was fully absorbed into the Royal Bank of Scotland Plc and ceased to trade "
 "separately.\", \"Williams Deacon's was founded as the joint-stock Manchester & Salford Bank in 1836\", 'Williams, "
 "Deacon, Labouchere, Thornton & Co., established in 1771 as Raymond, Vere, Lowe & Fletcher, were appointed as London "
 "agent and later acquired by the bank in 1890.', 'The renamed Williams Deacon and Manchester & Salford Bank Limited "
 "moved their head office from Manchester to London' (no possessive 's' here), \"Williams, Deacon & Company's "
 "membership of the clearing house\", \"The name was shortened to Williams Deacon's Bank in 1901.\", 'In 1930, the "
 "bank was purchased by the Royal Bank of Scotland as the basis for its expansion into England.', 'Glyn, Mills & Co. "
 "was founded as the private bank, Vere, Glyn & Hallifax, in the City of London in 1753 by Joseph Vere, Richard Glyn "
 "and Thomas Hallifax .' (a space before the full stop, where the copy dropped a link's marker), 'It first became known "
 "as Glyn, Mills & Company in 1851 and later, in 1924, the bank acquired Child & Co. from the 8th Earl of Jersey.', "
 "'Child & Company, founded in the 1580s, remains part of RBS Group Wealth Management today.' 235 words. No outage and "
 "no near-miss of one told. Recorded CC BY-SA 3.0 (a copy of about 2008-2010, before Wikimedia's move to 4.0 of June "
 "2023, as batch 62h recorded its academic.ru copy). Found at rank 1 of the query \"Williams & Glyn's Bank history "
 "Royal Bank of Scotland Glyn, Mills & Co Williams Deacon's Bank merger 1970 Wikipedia\" (a free name of this lane); "
 "alchetron.com (rank 2), en.m.wikipedia.org (rank 3; a later revision that breaks off at the Glyn, Mills heading), "
 "wikimili.com (rank 4), absoluteastronomy.com (rank 5; linked words dropped: 'was founded as' begins with no "
 "subject), natwestgroup.com's heritage page (rank 6; the bank group's own text, no open licence), piglix.com's "
 "'Williams Deacon's Bank' (rank 7; another article) and a Kiwix copy of 2025 (rank 8) not used. Williams Deacon, "
 "Glyn, Mills, Glyn Mills, Manchester & Salford, Child & Co, Holt & Co, Richard Glyn, Hallifax, Drummonds, National "
 "Bank of Ireland: " + CHECKED + " ('Williams & Glyn' only in lists of free names in GATHERING.md; 'Royal Bank of "
 "Scotland' in many other texts, other matters: its later years, Coutts, WorldPay, Red Funnel, Loganair, Fortis).",
 "non-US", v3=True, copy_of="the Wikipedia article, via en.academic.ru, a Wikipedia mirror"))

# ---- banking, Australia: Bank of New South Wales (wikimili.com's copy, recent) ---------------------------------------
BN = [
 "The Bank of New South Wales (BNSW), also known as The Wales, was the first bank in Australia. It was established in "
 "1817 in Sydney. During the 19th century, the bank opened branches throughout Australia and New Zealand, expanding "
 "into Oceania in the 20th century. Throughout it history it merged with and purchased many other financial "
 "institutions. In 1981 it merged with the Commercial Bank of Australia and was renamed Westpac on 4 May 1982.",
 "Established in 1817 in Macquarie Place, Sydney premises leased from Mary Reibey, [1] [2] the Bank of New South Wales "
 "(BNSW) was the first bank in Australia. It was established under the economic regime of Governor Lachlan Macquarie "
 "(responsible for transitioning the penal settlement of Sydney into a capitalist economy). At the time, the colony "
 "of Sydney had not been supplied with currency, instead barter and promissory notes was the payment method of "
 "choice. Governor Macquarie himself used cattle and rum as payment for the construction of Sydney Hospital and the "
 "road from Sydney to Liverpool. The suggestion of establishing a bank was raised in March 1810; but it wasn't until "
 "November 1816 that a meeting was held to discuss the real possibility of such a proposal. In February 1817 seven "
 "directors of the bank were elected: D'Arcy Wentworth, John Harris, Robert Jenkins, [3] Thomas Wylde, [nb 1] "
 "Alexander Riley, William Redfern and John Thomas Campbell. Campbell was elected the bank's first president [4] and "
 "Edward Smith Hall as its first cashier and secretary. [5] During the 19th and early 20th century, the Bank opened "
 "branches throughout Australia and New Zealand and in the 20th century in Oceania."]
KEPT["wp-bank-of-new-south-wales"] = ("bank-nsw-wikimili.txt", BN)
R.append(wp("wp-bank-of-new-south-wales", "Bank of New South Wales", "https://wikimili.com/en/Bank_of_New_South_Wales",
 "\n\n".join(MARK.sub("", p) for p in BN),
 "finance/banking", ["history", "founding", "board", "merger", "renaming"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; the infobox set out as "
 "a table, '| ... |'; the lead and the History section run on with no heading between them). Cut: the infobox lines "
 "('Industry | Financial services |', '---|---|', 'Founded | 8 April 1817 in Sydney, Australia |', 'Founder | Lachlan "
 "Macquarie |', 'Defunct | 4 May 1982 |', 'Fate | Merged with Commercial Bank of Australia |', 'Successor | Westpac "
 "|', 'Headquarters | Martin Place, , |', 'Area served | New South Wales |'), so Macquarie is not called the bank's "
 "founder and 8 April 1817 is not in the text (cut as batches 57p-63c cut their infoboxes); the citation markers ' "
 "[1] [2]', ' [3]', ' [nb 1]' (a note marker), ' [4]' and ' [5]' (each with a space before it); cut after '... and in "
 "the 20th century in Oceania.', before the sentence the excerpt breaks off in ('This included at Moreton Bay "
 "(Brisbane) in 1850, then in Victo'; `truncated`; a cut at a sentence end), so the branches' dates and the banks it "
 "bought are not in the text. Paragraphs joined with blank lines (the copy runs them on with a single line break). No "
 "word added or changed. Kept as written: 'The Bank of New South Wales (BNSW), also known as The Wales, was the first "
 "bank in Australia.', 'Throughout it history it merged with and purchased many other financial institutions.' ('it' "
 "for 'its', as the copy has it), 'In 1981 it merged with the Commercial Bank of Australia and was renamed Westpac on "
 "4 May 1982.', 'Established in 1817 in Macquarie Place, Sydney premises leased from Mary Reibey, the Bank of New "
 "South Wales (BNSW) was the first bank in Australia.', 'It was established under the economic regime of Governor "
 "Lachlan Macquarie (responsible for transitioning the penal settlement of Sydney into a capitalist economy).', "
 "'instead barter and promissory notes was the payment method of choice', 'the construction of Sydney Hospital and "
 "the road from Sydney to Liverpool', \"The suggestion of establishing a bank was raised in March 1810; but it wasn't "
 "until November 1816 that a meeting was held\", \"In February 1817 seven directors of the bank were elected: D'Arcy "
 "Wentworth, John Harris, Robert Jenkins, Thomas Wylde, Alexander Riley, William Redfern and John Thomas Campbell.\" "
 "(straight apostrophes), \"Campbell was elected the bank's first president and Edward Smith Hall as its first cashier "
 "and secretary.\", 'During the 19th and early 20th century, the Bank opened branches throughout Australia and New "
 "Zealand and in the 20th century in Oceania.' 266 words. No outage and no near-miss of one told. Recorded CC BY-SA "
 "4.0 (a recent copy, as batches 60a-62l recorded wikimili.com's copies; doubtful: no revision id). Found at rank 1 of "
 "the query 'Bank of New South Wales history 1817 Lachlan Macquarie first bank Australia president Westpac 1982 "
 "merger Commercial Bank of Australia Wikipedia' (a free name of this lane); profilpelajar.com (rank 2; words run "
 "together, 'GovernorLachlan Macquarie', 'Jenkins,[3]Thomas Wylde'), bcgenesis.uvic.ca (rank 3; its own text), an "
 "ibetubet.com proxy of en.m.wikipedia.org (rank 4; aggregator chrome and image captions), theinfolist.com (rank 5; "
 "glossary text woven in), commercialoverprints.com (rank 6), answers.com (rank 7) and de.zxc.wiki (rank 8; a machine "
 "translation of German Wikipedia) not used. Bank of New South Wales, Commercial Bank of Australia, Lachlan "
 "Macquarie, Mary Reibey, D'Arcy Wentworth, William Redfern, Alexander Riley, John Thomas Campbell, Edward Smith "
 "Hall, Thomas Wylde, Robert Jenkins: " + CHECKED + " ('Bank of New South Wales' only in lists of free names in "
 "GATHERING.md; 'Westpac' in batches 27a's and 28a's texts on Gail Kelly and Ann Sherry, its later executives, other "
 "matters).", "non-US", copy_of="the Wikipedia article, via wikimili.com, a Wikipedia mirror"))

# ---- shipping and airlines, Australia: Adelaide Steamship Company (en-academic.com's copy, about 2008-2010) ----------
AS = [
 "The Adelaide Steamship Company was formed by a group of South Australian businessmen in 1875. Their aim was to "
 "control the transport of goods between Adelaide and Melbourne and profit from the need for an efficient and "
 "comfortable passenger service.[2] For the first 100 years of its life, the main activities of the company were "
 "conventional shipping operations on the Australian coast, primary products, consumer cargoes and extensive "
 "passenger services.",
 "In the 1930s and 1940s, the company diversified into the airline operations, towage, shipbuilding, and the "
 "shipping of salt, coal and sugar.[3] Adelaide Airways was formed in 1935, and purchased West Australian Airways "
 "before merging with Holyman's Airways to form Australian National Airways (ANA) in 1936. ANA was sold to Reg Ansett "
 "in 1957.[4]",
 "In 1964, the Interstate fleet merged with McIlwraith, McEacharn & Co, and the partnership developed the world's "
 "first purpose built container ships.[4][5][6][7] However, in 1973, the company ceased its shipbuilding operations, "
 "and in 1977, in its 103rd year of operation, the company sold its shipping related businesses, and ceased its "
 "connection with ship owning and operating.[8] The company did, however, retain its interests in Tugboat "
 "operations.",
 "In the 1970s and 1980s, with John Spalvins[9] at the helm, the company became a thriving and successful corporate "
 "raider with a very large and productive portfolio financed by huge borrowings. The recession of the early 1990s "
 "caused the nervous lenders, (over 200 banks), to demand the return of their assets.[10][11] This forced the "
 "liquidation of the porfolio, some of it at \"fire-sale\" prices, but most in a more orderly fashion via an "
 "\"arrangement\" with the creditor banks to avoid bankruptcy."]
KEPT["wp-adelaide-steamship-company"] = ("adelaide-steamship-academic.txt", AS)
R.append(wp("wp-adelaide-steamship-company", "Adelaide Steamship Company", "http://en-academic.com/dic.nsf/enwiki/11602513",
 "\n\n".join(MARK.sub("", p) for p in AS),
 "transport/shipping", ["history", "founding", "airline", "acquisition", "partnership", "corporate raider"],
 "The article as en-academic.com's copy holds it in the page store (no date or revision id held; undated, about "
 "2008-2010, as batches 31d and 56j dated en-academic.com's copies: 'ANA was sold to Reg Ansett in 1957' and 'a "
 "thriving and successful corporate raider with a very large and productive portfolio', where the later copies at "
 "ranks 1 and 2 read 'ANA was sold to Ansett Transport Industries in 1957' and 'a corporate raider with a portfolio'). "
 "Cut: the title lines 'Adelaide Steamship Company' (twice); the image captions 'The Adelaide Steamship Company logo "
 "with motto \"Festina Lente\" (Hasten slowly)' and \"The Adelaide Steamship Company building in Melbourne during the "
 "early 1900s, designed by Charles D'Ebro.[1]\", so the architect Charles D'Ebro is not in the text; the citation "
 "markers '[2]' to '[11]' (no space before them; '[4][5][6][7]' and '[10][11]' together; 'John Spalvins[9] at the "
 "helm'); the excerpt ends at '... with the creditor banks to avoid bankruptcy.', a sentence end; the text is cut "
 "there (`truncated`: the article goes on), so the renaming as Residual Assco Group of 1997 and Maersk are not in the "
 "text. The copy has no headings in the excerpt. Paragraphs joined with blank lines. No word added or changed. Kept as "
 "written: 'The Adelaide Steamship Company was formed by a group of South Australian businessmen in 1875.', 'For the "
 "first 100 years of its life, the main activities of the company were conventional shipping operations on the "
 "Australian coast', 'the company diversified into the airline operations, towage, shipbuilding, and the shipping of "
 "salt, coal and sugar', \"Adelaide Airways was formed in 1935, and purchased West Australian Airways before merging "
 "with Holyman's Airways to form Australian National Airways (ANA) in 1936.\", 'ANA was sold to Reg Ansett in 1957.', "
 "\"In 1964, the Interstate fleet merged with McIlwraith, McEacharn & Co, and the partnership developed the world's "
 "first purpose built container ships.\" (a capital I, no hyphen in 'purpose built'), 'in its 103rd year of "
 "operation, the company sold its shipping related businesses', 'retain its interests in Tugboat operations' (a "
 "capital T), 'In the 1970s and 1980s, with John Spalvins at the helm, the company became a thriving and successful "
 "corporate raider', 'the nervous lenders, (over 200 banks),' (a comma before the bracket), 'This forced the "
 "liquidation of the porfolio' (the copy's misspelling), 'some of it at \"fire-sale\" prices', 'via an \"arrangement\" "
 "with the creditor banks to avoid bankruptcy' (straight quotes). 271 words. No outage told; the liquidation of the "
 "portfolio is a business matter (a near-miss at most). Recorded CC BY-SA 3.0 (a copy of about 2008-2010, before "
 "Wikimedia's move to 4.0 of June 2023). Found at rank 5 of the query 'Adelaide Steamship Company history founded 1875 "
 "shipping company Wikipedia' (a free name of this lane); pinocchiopedia.com (ranks 1, 3; no licence line seen, as "
 "batch 61d found), hessslslslsls.azureedge.net (rank 2; an unexplained mirror host, as batch 34e found), "
 "alchetron.com (rank 4; 'httpsuploadwikimediaorg...' image text in the prose), oceanlinermuseum.co.uk (rank 6; a "
 "museum site's own text), movatter.jp (rank 7; words run together, 'purchasedWest Australian Airways') and "
 "wikiclassic.com (rank 8; mangled words, 'teh', 'wuz', 'inner') not used. Adelaide Steamship, Adelaide Airways, West "
 "Australian Airways, Australian National Airways, McIlwraith, Spalvins, Residual Assco, Industrial Equity: "
 + CHECKED + " ('Adelaide Steamship' only in lists of free names in GATHERING.md; 'Holyman' in batch 57x's Condor "
 "Ferries text, the later ferry firm, another matter; 'Ansett' in batches 27a's and 36x's texts, other matters).",
 "non-US", v3=True, copy_of="the Wikipedia article, via en-academic.com, a Wikipedia mirror"))

# ---- shipping, Ireland: Irish Shipping (en.wikipedia.org 'Jump to' rendering, an older revision) ---------------------
IS = [
 "Irish Shipping Limited was an Irish state-owned deepsea shipping company, formed during World War II for the "
 "purpose of supplying the country's import needs. Its ships were usually named after trees. Its contribution to "
 "Irish neutrality was recognised by the government after the war. In the post-war years the company continued to "
 "operate as a commercial strategic reserve until 1984 when, as a result of taking on a series of expensive long-term "
 "time charters, it was forced into liquidation.",
 "Ireland had declared its neutrality when hostilities broke out and in the early years of the war much of its food "
 "needs were carried on board Allied vessels. The Irish government realised that they needed to be more independent "
 "and self-sufficient. In February 1941, Se\u00e1n Lemass, the Minister for Supplies stated that The creation of an "
 "Irish mercantile marine was necessary, as it was as important for the national safety as the Army.",
 "On 21 March 1941, Irish Shipping Limited was formed as a company majority owned by the state, which held 51% of the "
 "shares. 43\u00be% were owned by Grain Importers Ireland Ltd and the three largest shipping companies in the state, "
 "Wexford Steamship Company, Limerick Steamship Company and Palgrave Murphy Limited, held 1\u00be% each.[1] Each of "
 "the shareholders also had a representative on the board. Unfortunately the new company had a major problem in that "
 "it had no ships and needed to acquire some."]
KEPT["wp-irish-shipping"] = ("irish-shipping-enwiki.txt", IS)
R.append(wp("wp-irish-shipping", "Irish Shipping", "https://en.wikipedia.org/wiki/Irish_Shipping",
 "\n\n".join(MARK.sub("", p) for p in IS),
 "transport/shipping", ["history", "founding", "state ownership", "shareholders", "liquidation"],
 "The article as en.wikipedia.org's rendering with its old page chrome holds it in the page store ('From Wikipedia, "
 "the free encyclopedia', 'Jump to: navigation, search'; no revision id; an older revision: 'deepsea' in one word and "
 "'Allied vessels', where the '= Title =' rendering at rank 2 reads 'deep sea' and 'Allied ships' and adds the "
 "sentence on John Leydon as first chairman, but writes the shareholdings '% were owned' and '% each' with their "
 "figures lost, so it was not used). Cut: the title line 'Irish Shipping' and the chrome lines 'From Wikipedia, the "
 "free encyclopedia' and 'Jump to: navigation, search'; the infobox lines ('Irish Shipping Ltd', 'Industry Passenger "
 "transportation', 'Freight transportation', 'Marine Insurance', 'Fate Liquidation', 'Founded 21 March 1941', "
 "'Defunct 14 November 1984', 'Headquarters Dublin, Ireland', 'Area served', 'Global trade', 'Owner Irish "
 "Government', 'Divisions Irish Continental Line', 'Belfast Car Ferries'), so Dublin, the Irish Continental Line and "
 "Belfast Car Ferries and the day of liquidation are not in the text (cut as batches 57p-63c cut their infoboxes; the "
 "excerpt has no 'Background' heading between the lead and the next paragraph); the citation marker '[1]' (no space "
 "before it); cut after '... needed to acquire some.', before the heading 'The wartime fleet[edit]' and the paragraph "
 "the excerpt breaks off in ('The company management took control of whatever tonnage, in whatever '; `truncated`; a "
 "cut at a paragraph end), so the ships bought are not in the text. Paragraphs joined with blank lines. No word added "
 "or changed. Kept as written: \"Irish Shipping Limited was an Irish state-owned deepsea shipping company, formed "
 "during World War II for the purpose of supplying the country's import needs.\", 'In the post-war years the company "
 "continued to operate as a commercial strategic reserve until 1984 when, as a result of taking on a series of "
 "expensive long-term time charters, it was forced into liquidation.', 'much of its food needs were carried on board "
 "Allied vessels', 'In February 1941, Se\u00e1n Lemass, the Minister for Supplies stated that The creation of an Irish "
 "mercantile marine was necessary, as it was as important for the national safety as the Army.' (no comma after "
 "'Supplies' and no quotation marks: the statement is a one-sentence remark of a minister, given as reported speech, "
 "not a newspaper's text), 'On 21 March 1941, Irish Shipping Limited was formed as a company majority owned by the "
 "state, which held 51% of the shares.', '43\u00be% were owned by Grain Importers Ireland Ltd and the three largest "
 "shipping companies in the state, Wexford Steamship Company, Limerick Steamship Company and Palgrave Murphy Limited, "
 "held 1\u00be% each.' (vulgar-fraction characters), 'Each of the shareholders also had a representative on the "
 "board.' 235 words. No outage told; the liquidation is a business failure (GUIDELINES, Outages: a near-miss). "
 "Recorded CC BY-SA 3.0 (an older revision, before Wikimedia's move to 4.0 of June 2023, as batches 55n-62j recorded "
 "their 'Jump to' renderings). Found at rank 3 of the query 'Irish Shipping Limited history founded 1941 state "
 "shipping company liquidation 1984 Wikipedia' (a free name of this lane, batch 63c's lead); wikisum.wiki (rank 1; "
 "sentences out of order), en.wikipedia.org's '= Title =' rendering (rank 2; figures lost), a user's draft "
 "'User:Frelke/ISL' (rank 4; not the article), irishtimes.com (rank 5; a reader's letter), shipsnostalgia.com (rank 6; "
 "a forum), greentigergroup.com (rank 7; the article's words with no licence line) and joeoloughlin.co.uk (rank 8; a "
 "blog) not used. Irish Shipping, Lemass, Grain Importers, Wexford Steamship, Limerick Steamship, Palgrave Murphy, "
 "Irish Poplar, John Leydon: " + CHECKED + " ('Irish Shipping' only in lists of free names in GATHERING.md; batch "
 "15f2's Seanad text on B & I Line's sale names Irish Continental Group, not Irish Shipping, and the Irish Continental "
 "Line is cut out of this text with the infobox).", "non-US", v3=True))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[nb 1]', '[edit]', '[ citation needed ]'),
    whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|nb \d+|edit|citation needed)\s*\]", "", s).split())


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
