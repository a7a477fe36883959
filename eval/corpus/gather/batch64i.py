#!/usr/bin/env python3
"""Batch 64i (session 58; gatherer lane 64i): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p and 59a-64h, on a Singapore shipping line, an Indian bank and two brewers of Canada and
Australia, new to the corpus: the Straits Steamship Company, founded in Singapore in 1890 by Theodore Bogaardt with
capital from Tan Jiak Kim, Lee Cheng Yan, Lim Ho Pua and Tan Keong Saik, its managers C.H. Laird and D. K. Sommerville
and its purchases of the Eastern Shipping Company and the Sabah Steamship Company in 1922 (shipping, Singapore); the
Imperial Bank of India, formed on 27 January 1921 from the three Presidency Banks (the Bank of Bengal, the Bank of
Bombay and the Bank of Madras), its first Indian chairman Sir Badridas Goenka (1933) and the Reserve Bank of India's
controlling interest of 1955, when it was renamed the State Bank of India (banking, India); Canadian Breweries Limited,
created as the Brewing Corporation of Ontario by E. P. Taylor in 1930, the breweries Taylor bought, its executive George
Montegu Black II and president J.G. (Jack) Campbell, the Argus Corporation of 1945 and the sale to Rothmans in 1969
(brewing, Canada); and Tooth and Co, the Sydney brewer of the Kent Brewery opened in 1835 by John Tooth and John
Newnham, its Blue Bow Cordials, its purchase of Resch's Limited in 1929 and its Hungry Jack's franchise (brewing,
Australia).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's '= Title =' rendering of 'Straits Steamship Company' (recent), chaos.owiki.org's
copy of 'Imperial Bank of India' (its content runs to 31 March 2018: a revision of about 2018-2020), en.wikipedia.org's
'Jump to navigation Jump to search' rendering of 'Canadian Breweries' (redirected from 'Canadian Breweries Limited'; an
older revision) and wikimili.com's copy of 'Tooth and Co.' (recent); each cut at a paragraph or sentence end before the
point where the excerpt breaks off (all `truncated`). Edits per item in `notes` (title lines, page chrome, infobox
lines, image captions, headings and citation markers cut; no word added or changed); `verify()` checks every kept
paragraph against the saved excerpt (/tmp/gather65i/src), the markers ('[1]', ' [1]', '[nb 1]', '[edit]', '[ citation
needed ]') dropped and whitespace runs compared as one space, as batches 57g-63i did. No text tells an outage. newskg
(or any extractor) was not run on any text. A round of four: nine queries, seven companies asked for, four taken
(round notes, /work/notes/gather65/64i.md; queries, /tmp/gather65i/src/queries.txt).
usage: batch64i.py [POOL_DIR] [--dry]   (default /tmp/gather65i/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather65i/pool"
SRC = "/tmp/gather65i/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-58 pools (/tmp/gather65*/pool) and in /work/notes/gather65/CLAIMS.txt and "
           "/work/notes/gather64/CLAIMS.txt as they stood when checked (`grep -ril`, file names only)")
# a citation marker ('[1]', ' [2]', '[nb 1]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- shipping, Singapore: Straits Steamship Company (en.wikipedia.org '= Title =' rendering, recent) -----------------
SS = [
 "Straits Steamship Company Limited was a shipping company based in Singapore which principally engaged in "
 "transportation of passengers and goods, and operated throughout Southeast Asia from 1890 to the 1980s.",
 "Straits Steamship Company Limited was founded in 1890 in Singapore by Dutchman, Theodore Bogaardt with an initial "
 "capital of $421,000 Straits, all subscribed by local individuals including wealthy Chinese businessmen Tan Jiak Kim; "
 "Lee Cheng Yan; Lim Ho Pua; and Tan Keong Saik. The new company initially had a fleet of five vessels: Sappho (166 "
 "tons); Will o' the Wisp (166 tons); Malacca (405 tons); Billiton (195 tons); and Hye Leong (296 tons), and began "
 "services transporting passengers, particularly labourers going to and from the estates, and goods including tin, "
 "consumer goods, tea, coffee, spices, and later rubber, along the west coast of Malaya.",
 "In 1899, Bogaardt retired as manager, the company having recruited C.H. Laird of Liverpool shipbuilders, and in "
 "1902, when Laird retired, D. K. Sommerville assumed control of the company, and many new vessels were added to the "
 "fleet. During the First World War, a number of vessels were requisitioned by the government and served as far away "
 "as the Persian Gulf. Under Sommerville's stewardship the company expanded, acquiring in 1922 the Eastern Shipping "
 "Company, in so doing gaining rights to trade in western Siam and Burma, and the Sabah Steamship Company which ran "
 "services in North Borneo. The following year, the company, whose fleet had grown to 24 vessels, moved into new "
 "premises in Collyer Quay."]
KEPT["wp-straits-steamship-company"] = ("straits-steamship-enwiki.txt", SS)
R.append(wp("wp-straits-steamship-company", "Straits Steamship Company",
 "https://en.wikipedia.org/wiki/Straits_Steamship_Company",
 "\n\n".join(MARK.sub("", p) for p in SS),
 "transport/shipping", ["history", "founding", "shareholders", "management", "acquisition"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (no date or revision id held; a "
 "recent rendering, its infobox set out as '- Key: value' lines, no citation markers). Cut: the title line '= Straits "
 "Steamship Company ='; the infobox lines ('Straits Steamship Company Limited', '- Logo: Straits Steamship Company "
 "house flag.svg', '- Logo Caption: House Flag', '- Industry: Transportation', '- Founder: Theodore Bogaardt', '- "
 "Defunct: 1980s', '- Hq Location: Singapore', '- Area Served: Southeast Asia'), so the founder is stated only by the "
 "prose (cut as batches 57p-63i cut their infoboxes); the heading '== History =='; cut after '... moved into new "
 "premises in Collyer Quay.', before the paragraph the excerpt breaks off in ('Before the Second World War, elaborate "
 "plans were made for the company's fleet to assist the fighting services by providing supplies and dur'; "
 "`truncated`; a cut at a paragraph end), so the war years and Keppel Corporation are not in the text. Paragraphs "
 "joined with blank lines. No word added or changed. Kept as written: 'Straits Steamship Company Limited was founded "
 "in 1890 in Singapore by Dutchman, Theodore Bogaardt with an initial capital of $421,000 Straits' (a comma after "
 "'Dutchman', none after 'Bogaardt'), 'wealthy Chinese businessmen Tan Jiak Kim; Lee Cheng Yan; Lim Ho Pua; and Tan "
 "Keong Saik' (semicolons), \"Sappho (166 tons); Will o' the Wisp (166 tons); Malacca (405 tons); Billiton (195 "
 "tons); and Hye Leong (296 tons)\" (ships' names), 'In 1899, Bogaardt retired as manager, the company having "
 "recruited C.H. Laird of Liverpool shipbuilders, and in 1902, when Laird retired, D. K. Sommerville assumed control "
 "of the company' ('C.H.' with no space, 'D. K.' with one), \"Under Sommerville's stewardship the company expanded, "
 "acquiring in 1922 the Eastern Shipping Company, in so doing gaining rights to trade in western Siam and Burma, and "
 "the Sabah Steamship Company which ran services in North Borneo.\", 'The following year, the company, whose fleet "
 "had grown to 24 vessels, moved into new premises in Collyer Quay.' 250 words. No outage and no near-miss of one "
 "told. Recorded CC BY-SA 4.0 (a recent rendering, as batches 60a-63c recorded their '= Title =' renderings; doubtful: "
 "no revision id). Found at rank 7 of the query 'Straits Steamship Company history Singapore founded 1890 Mansfield "
 "Wikipedia'; eresources.nlb.gov.sg and nlb.gov.sg (ranks 1, 4, 5, 6; Singapore's National Library Board's own "
 "Infopedia text, no open licence seen), wikimili.com (rank 2; the same article, a recent copy with markers), "
 "oceanlinermuseum.co.uk (rank 3; the Infopedia text) and an Infopedia search page (rank 8) not used. Straits "
 "Steamship, Straits Navigation, Bogaardt, Tan Jiak Kim, Lee Cheng Yan, Lim Ho Pua, Tan Keong Saik, Sommerville, "
 "Sabah Steamship, Collyer Quay: " + CHECKED + " ('Eastern Shipping' only in GATHERING.md's 'Great Eastern Shipping', "
 "an Indian firm, another company; 'Laird' in texts on Cammell Laird and other matters; 'Keppel' only in GATHERING.md's "
 "lists).", "non-US"))

# ---- banking, India: Imperial Bank of India (chaos.owiki.org's copy, about 2018-2020) --------------------------------
IB = [
 "The Imperial Bank of India came into existence on 27 January 1921 through the reorganisation and amalgamation of the "
 "three Presidency Banks of colonial India into a single banking entity. The decision of his majesty's government was "
 "certainly influenced by the 1912 book \"Indian Currency and Finance\" authored by John Maynard Keynes. The Presidency "
 "Banks were the Bank of Bengal, established on 2 June 1806, the Bank of Bombay, and the Bank of Madras. The Imperial "
 "Bank was 80% privately owned while the rest were owned by the state.",
 "The Imperial Bank of India performed all the normal functions which a commercial bank was expected to perform. In "
 "the absence of any central banking institution in India until 1935, the Imperial Bank of India also performed a "
 "number of functions which are normally carried out by a central bank.",
 "In 1924, at Apollo Street, currently called Mumbai Samachar Marg, Mumbai, a magnificent stone structure with fretted "
 "windows, was constructed to house a branch of the Imperial Bank of India.",
 "In 1933, Sir Badridas Goenka, an important public figure and business tycoon of his time, and a prominent member of "
 "Marwari community of Calcutta, became the first Indian to be appointed as the Chairman of the Imperial Bank of India.",
 "The Reserve Bank of India, which is the central bank of India, acquired a controlling interest in the Imperial Bank "
 "of India in 1955, which was renamed on 30 April 1955 to the State Bank of India. This transformation from the "
 "Imperial Bank of India to the State Bank of India was given legal recognition through an Act of the Parliament of "
 "India, which came into force from 1 July 1955. On that day, the bank had 480 branches and sub-offices, as well as "
 "three local head offices; slightly more than a quarter of the resources of the Indian banking industry was under its "
 "control and command. The branch network of the State Bank of India has since grown to 24050 branches as of 31 March "
 "2018."]
KEPT["wp-imperial-bank-of-india"] = ("imperial-bank-owiki.txt", IB)
R.append(wp("wp-imperial-bank-of-india", "Imperial Bank of India", "http://chaos.owiki.org/wiki/Imperial_Bank_of_India",
 "\n\n".join(MARK.sub("", p) for p in IB),
 "finance/banking", ["history", "founding", "amalgamation", "chairman", "controlling interest", "renaming"],
 "The article as chaos.owiki.org's copy holds it in the page store (no date or revision id held; its content runs to "
 "'as of 31 March 2018', so a revision of about 2018-2020; the copy starts at the sentence 'The Imperial Bank of India "
 "came into existence ...', with no title line, no infobox and none of the lead the en.wikipedia.org revisions open "
 "with). Cut: the headings 'Activities', 'Milestones' and 'Epilogue'; cut after '... has since grown to 24050 branches "
 "as of 31 March 2018.', before the sentence the excerpt breaks off in ('In 2007, the Reserve '; `truncated`; a cut at "
 "a sentence end), so the transfer of the Reserve Bank's stake to the government in 2007 is not in the text. "
 "Paragraphs joined with blank lines (the copy runs them on with a single line break; the two 'Milestones' sentences "
 "are two lines of the copy, kept as two paragraphs). No word added or changed. Kept as written: 'through the "
 "reorganisation and amalgamation of the three Presidency Banks of colonial India into a single banking entity', "
 "\"The decision of his majesty's government was certainly influenced by the 1912 book \"Indian Currency and "
 "Finance\" authored by John Maynard Keynes.\" (lowercase 'his majesty's'; straight quotes round the book's title, "
 "the only quoted words), 'The Presidency Banks were the Bank of Bengal, established on 2 June 1806, the Bank of "
 "Bombay, and the Bank of Madras.' (no dates for the other two, as the copy has it), 'The Imperial Bank was 80% "
 "privately owned while the rest were owned by the state.', 'In 1924, at Apollo Street, currently called Mumbai "
 "Samachar Marg, Mumbai, a magnificent stone structure with fretted windows, was constructed to house a branch', "
 "'a prominent member of Marwari community of Calcutta' (no 'the'), 'became the first Indian to be appointed as the "
 "Chairman of the Imperial Bank of India', 'acquired a controlling interest in the Imperial Bank of India in 1955, "
 "which was renamed on 30 April 1955 to the State Bank of India', 'slightly more than a quarter of the resources of "
 "the Indian banking industry was under its control and command', '24050 branches' (no thousands separator). 336 "
 "words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (a revision of about 2018-2020, before "
 "Wikimedia's move to 4.0 of June 2023, as batch 27a recorded its chaos.owiki.org copy of 2020; doubtful: no revision "
 "id). Found at rank 3 of the query 'Imperial Bank of India history 1921 merger Bank of Bengal Bank of Bombay Bank of "
 "Madras Wikipedia' (and at rank 2 of a second query naming Badridas Goenka); community.hinkhoj.com (rank 1; a "
 "question-and-answer note), booneshares.com (rank 2; an auction lot), a blog (rank 4), sarpublisher.com (rank 5; a "
 "facts page), telegraphindia.com (rank 6; news), wikimili.com's 'Bank of Bombay' (rank 7; another article) and "
 "absoluteastronomy.com (rank 8; linked words dropped: ', were reorganized and amalgamated' begins a line with no "
 "subject) not used; in the second query qa.edu.vn (a vandalised revision: 'started through the Kayasth Trading and "
 "Banking Corporation'), hudsonvalleyvoyager.com (a machine rewording) and en.wikipedia.org's 'Badridas Goenka' (a "
 "biography) not used. Imperial Bank of India, Bank of Bengal, Bank of Bombay, Bank of Madras, Presidency Bank, "
 "Goenka, Apollo Street, Mumbai Samachar, Parliament of India: " + CHECKED + " ('Reserve Bank of India' in texts on "
 "RuPay, PhonePe and others, other matters; 'State Bank of India' in batch 28a's text on Arundhati Bhattacharya, its "
 "later chairman, another matter; 'Imperial Bank' in batch 31h's Moya Greene text, the Canadian Imperial Bank of "
 "Commerce; 'Keynes' in other texts, other matters).", "non-US", v3=True,
 copy_of="the Wikipedia article, via chaos.owiki.org, a Wikipedia mirror"))

# ---- brewing, Canada: Canadian Breweries (en.wikipedia.org 'Jump to navigation' rendering, an older revision) ---------
CB = [
 "Canadian Breweries Limited was an Ontario based holding company in the brewery industry. In 1969, the company was "
 "sold to Rothmans inc. (Canada), and is now called Carling O'Keefe,[1] with its brands currently owned by the Molson "
 "Coors Brewing Company.",
 "Originally named Brewing Corporation of Ontario, E. P. Taylor created the company in 1930 by merging The Brading "
 "Breweries Limited, an Ottawa company Taylor had inherited from his grandfather, Capital Brewing of Ottawa, and Kuntz "
 "Brewery of Waterloo, Ontario. Soon afterward, Taylor acquired British American Brewing Company, a Windsor, Ontario "
 "brewery founded in 1882 and Carling Brewing Co., founded in London, Ontario in 1840. O'Keefe Brewery was added to "
 "Taylor's brewery interests in 1934.",
 "Even when Canadian provinces prohibited alcohol consumption, federal law did not affect production for export. For "
 "some breweries, particularly those close to the U.S. border, a period of prosperity existed during Prohibition in "
 "the United States. E.P. Taylor also served as Vice President of Burmuda Export Co., a brewery industry company that "
 "aimed to control prices and exports of beer.[2][3]",
 "Taylor's expansion was aggressive and, during the 1930s and 1940s, his holding company acquired about thirty "
 "Canadian brewers. The company changed its name to the Brewing Corporation of Canada and then to Canadian Breweries "
 "Limited in 1937. One notable executive was George Montegu Black II, the father of Conrad Black. Canadian Breweries "
 "was headed by president J.G. (Jack) Campbell.",
 "The company became part of the Argus Corporation when Argus was founded by Taylor, and others, in 1945."]
KEPT["wp-canadian-breweries"] = ("canadian-breweries-enwiki.txt", CB)
R.append(wp("wp-canadian-breweries", "Canadian Breweries", "https://en.wikipedia.org/wiki/Canadian_Breweries_Limited",
 "\n\n".join(MARK.sub("", p) for p in CB),
 "food/brewing", ["history", "founding", "merger", "acquisition", "holding company", "sale"],
 "The article as en.wikipedia.org's rendering with its page chrome of about 2017-2021 holds it in the page store "
 "('From Wikipedia, the free encyclopedia', '(Redirected from Canadian Breweries Limited)', 'Jump to navigation Jump "
 "to search'; no revision id; an older revision: the lead reads 'was an Ontario based holding company' and 'In 1969, "
 "the company was sold to Rothmans inc. (Canada), and is now called Carling O'Keefe', where the later rewrite at "
 "wikimili.com and worddisk.com (ranks 2, 4, 8) reads 'Canadian Breweries Limited (CBL), originally the Brewing "
 "Corporation of Ontario' and 'acquired by a subsidiary of Rothmans, which renamed the company as Carling O'Keefe in "
 "1973'). Cut: the title line 'Canadian Breweries' and the chrome lines 'From Wikipedia, the free encyclopedia', "
 "'(Redirected from Canadian Breweries Limited)' and 'Jump to navigation Jump to search'; the citation markers '[1]' "
 "and '[2][3]' (no space before them); cut after '... founded by Taylor, and others, in 1945.', before the paragraph "
 "the excerpt breaks off in ('In 1953, the Canadian Restrictive Trade Practices Commission launched an investigation "
 "into the company, later charging Canadian Breweries with being part of an illegal combine by its participation in a "
 "series of m'; `truncated`; a cut at a paragraph end), so the combines case and its commission are not in the text. "
 "The excerpt has no infobox and no heading. Paragraphs joined with blank lines. No word added or changed. Kept as "
 "written: 'Canadian Breweries Limited was an Ontario based holding company in the brewery industry.' (no hyphen), "
 "\"In 1969, the company was sold to Rothmans inc. (Canada), and is now called Carling O'Keefe, with its brands "
 "currently owned by the Molson Coors Brewing Company.\" (a lowercase 'inc.'), 'Originally named Brewing Corporation "
 "of Ontario, E. P. Taylor created the company in 1930 by merging The Brading Breweries Limited, an Ottawa company "
 "Taylor had inherited from his grandfather, Capital Brewing of Ottawa, and Kuntz Brewery of Waterloo, Ontario.' (a "
 "dangling opening phrase, as written), 'Soon afterward, Taylor acquired British American Brewing Company, a Windsor, "
 "Ontario brewery founded in 1882 and Carling Brewing Co., founded in London, Ontario in 1840.', \"O'Keefe Brewery was "
 "added to Taylor's brewery interests in 1934.\", 'E.P. Taylor also served as Vice President of Burmuda Export Co.' "
 "('E.P.' with no space here, 'E. P.' with one above; 'Burmuda', the copy's spelling), 'his holding company acquired "
 "about thirty Canadian brewers', 'One notable executive was George Montegu Black II, the father of Conrad Black.' "
 "('Montegu', as written), 'Canadian Breweries was headed by president J.G. (Jack) Campbell.', 'The company became "
 "part of the Argus Corporation when Argus was founded by Taylor, and others, in 1945.' 251 words. No outage and no "
 "near-miss of one told. Recorded CC BY-SA 3.0 (an older revision, before Wikimedia's move to 4.0 of June 2023, as "
 "batches 55n-63i recorded their 'Jump to' renderings). Found at rank 6 of the query 'Canadian Breweries Limited "
 "history E. P. Taylor Brewing Corporation of Ontario acquired breweries Carling Wikipedia'; es.knowledger.de (rank "
 "1; a Spanish machine translation), wikimili.com and worddisk.com (ranks 2, 4, 8; the later rewrite, usable but "
 "its excerpts end in the 1928 background before the company's purchases), the-uncensored-wiki.com (rank 3; an older "
 "revision without the executives' sentences), a copy with no address (rank 5) and wikisum.wiki (rank 7; sentences "
 "out of order) not used. Canadian Breweries, Brewing Corporation, E. P. Taylor, E.P. Taylor, Brading, Capital "
 "Brewing, Kuntz, British American Brewing, Carling Brewing, O'Keefe Brewery, Burmuda, Montegu, Jack) Campbell: "
 + CHECKED + " ('Carling O'Keefe' in batch 57g's Beamish & Crawford text, the later brewer as Beamish's owner, another "
 "matter; 'Molson Coors' in batch 12b's and 40zk's texts, other matters; 'Rothmans' in texts on Prodrive and Johann "
 "Rupert, other matters; 'Conrad Black' in texts on his trial and on Putnam, other matters; 'Argus' in other senses: "
 "the Court Line and Medallion texts).", "non-US", v3=True))

# ---- brewing, Australia: Tooth and Co. (wikimili.com's copy, recent) -------------------------------------------------
TC = [
 "Tooth and Co was the major brewer of beer in New South Wales, Australia. The company owned a large brewery on "
 "Broadway in Sydney from 1835 until 1985, known as the Kent Brewery. It was historically one of Australia's oldest "
 "companies, having been established as a partnership in 1835 and listed on the then Sydney Stock Exchange in July "
 "1961. The brand has undergone a revival in 2015.",
 "John Tooth emigrated to Australia in the early 1830s, traded for a time as a general merchant, and then in 1835, "
 "with his brother-in-law, John Newnham, opened a brewery in Sydney. He named the brewery Kent Brewery. [1] It was "
 "incorporated as a company in 1888.",
 "The Tooth family had interests in banking, agriculture and real estate and could afford to support their brewing "
 "operations through the turbulent times of the late 19th century, enabling the brewer to become the dominant maker "
 "of beer into the 20th century. Tooth's major asset was Kent Brewery, although Tooth had numerous other assets; it "
 "owned Blue Bow Cordials (which later produced Blue Bow Lemonade), it acquired the Maltings at Mittagong in 1905, "
 "[2] Maltings at Carlton Street, Sydney, Resch's Limited and their Waverley Brewery in 1929, [3] numerous hotels and "
 "considerable land. Tooth owned the New South Wales franchise of Hungry Jack's, although it failed to exploit the "
 "franchise. It also owned the d'Albora Marina."]
KEPT["wp-tooth-and-co"] = ("tooth-wikimili.txt", TC)
R.append(wp("wp-tooth-and-co", "Tooth and Co.", "https://wikimili.com/en/Tooth_and_Co.",
 "\n\n".join(MARK.sub("", p) for p in TC),
 "food/brewing", ["history", "founding", "subsidiary", "acquisition", "franchise"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; a recent copy: 'The "
 "brand has undergone a revival in 2015.', where en-academic.com's older copy at rank 7 of the query has no such "
 "sentence and a quoted 1973 company history in its place). Cut: the title line 'Tooth and Co.' and the copy's "
 "'Last updated' line; the image captions, each written twice with its file name (\"Tooth's era label of KB Lager, one "
 "of their most popular beers KB Lager.jpg\", 'Invicta, the flag of the English county of Kent Kent flag.svg', "
 "'Trademark of Tooth & Co., embedded in the wall of one of the buildings at the abandoned Mittagong Maltings White "
 "horse mittagong.jpg'), so 'Tooth & Co.', 'KB Lager' and 'Invicta' are not in the text; the citation markers ' [1]', "
 "' [2]' and ' [3]' (each with a space before it); cut after \"It also owned the d'Albora Marina.\", before the sentence "
 "the excerpt breaks off in ('For a short period from 1978 it also owned the Courage Brewery in Victoria, and a "
 "brewery at Tuncest'; `truncated`; a cut at a sentence end), so the Courage Brewery, Penfolds Wines and the later "
 "owners are not in the text. The copy has no headings in the excerpt. Paragraphs joined with blank lines. No word "
 "added or changed. Kept as written: 'Tooth and Co was the major brewer of beer in New South Wales, Australia.' (no "
 "full stop after 'Co'), 'The company owned a large brewery on Broadway in Sydney from 1835 until 1985, known as the "
 "Kent Brewery.', \"It was historically one of Australia's oldest companies, having been established as a "
 "partnership in 1835 and listed on the then Sydney Stock Exchange in July 1961.\", 'The brand has undergone a revival "
 "in 2015.', 'John Tooth emigrated to Australia in the early 1830s, traded for a time as a general merchant, and then "
 "in 1835, with his brother-in-law, John Newnham, opened a brewery in Sydney.', 'He named the brewery Kent Brewery.', "
 "\"Tooth's major asset was Kent Brewery, although Tooth had numerous other assets; it owned Blue Bow Cordials (which "
 "later produced Blue Bow Lemonade), it acquired the Maltings at Mittagong in 1905, Maltings at Carlton Street, "
 "Sydney, Resch's Limited and their Waverley Brewery in 1929, numerous hotels and considerable land.\" (one list after "
 "'it acquired', as the copy has it), \"Tooth owned the New South Wales franchise of Hungry Jack's, although it failed "
 "to exploit the franchise.\", \"It also owned the d'Albora Marina.\" 227 words. No outage and no near-miss of one "
 "told. Recorded CC BY-SA 4.0 (a recent copy, as batches 60a-63i recorded wikimili.com's copies; doubtful: no revision "
 "id). Found at rank 3 of the query 'Tooth and Co brewery Sydney Kent Brewery history John Tooth founded acquired "
 "Wikipedia' (and at rank 1 of a second query); australianbeerposters.com.au (rank 1; the article's words on a "
 "poster seller's page with no licence line), mckenzie.uk.com (rank 2; a family history page), travlar.com (rank 4; a "
 "travel blog), exq.pages.dev (rank 5; numbered fragments), en-academic.com (rank 7; an older revision whose "
 "excerpt is mostly the quoted trademark story of a 1973 company history, not the editors' words), a copy with no "
 "address and theinfolist.com (glossary text woven in) not used. Tooth and Co, Tooth & Co, John Tooth, Kent Brewery, "
 "Blue Bow, Resch's, Waverley Brewery, Mittagong, Hungry Jack, d'Albora, Sydney Stock Exchange: " + CHECKED + " "
 "('Newnham' only in a Hansard text, another person; 'Adelaide Steamship', whose 1981 controlling interest in Tooth "
 "the mckenzie.uk.com page tells, is batch 63i's matter and is not in this text).", "non-US",
 copy_of="the Wikipedia article, via wikimili.com, a Wikipedia mirror"))


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
