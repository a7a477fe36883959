#!/usr/bin/env python3
"""Batch 55f (session 54; gatherer lane 55f): company histories from English Wikipedia in the company lane of batches
36j, 36n, 37k, 37u, 38k, 38n, 40o, 40t, 40u, 40v, 40x, 40y, 40za-40zg and 54zu, turned to mid-size British companies
in logistics, newspaper publishing and appliance making: a logistics company of milk-haulage origins founded in 1925 as
a dairy company's subsidiary, demerged in 2001, its purchases of Glass Glover and the CEL Group, the sale of its records
management business to Restore, a trailer partnership with Magnet Kitchens and its purchase by GXO Logistics in 2024
(logistics, UK); the regional newspaper publisher founded in 1995 by a KKR-financed management buy-out of Reed
Elsevier's regional papers, its purchase of Westminster Press from Pearson and other titles, and its purchase by
Gannett in 1999 (media, UK); and the appliance brand formed in 1936 by Donal Morphy and Charles Richards, joint
managing directors, now owned by Glen Dimplex, with A. Reyrolle & Company's 30% stake of 1944 (manufacturing, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): one en.wikipedia.org rendering, one copy on an edgio.link demonstration host that serves Wikipedia pages and one
Kiwix copy of the dump wikipedia_en_all_maxi_2023-10 (iiab.me); each cut at a sentence end (`truncated`). Edits per
item in `notes`; no word added or changed. No text tells an outage and none tells a near-miss of one. newskg (or any
extractor) was not run on any text. Excerpts and queries as found: /tmp/gather56f/src (round notes,
/work/notes/gather56/55f.md).
usage: batch55f.py [POOL_DIR] [--dry]   (default /tmp/gather56f/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather56f/pool"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, and in the "
           "session-54 pools (/tmp/gather56*/pool) as they stood when checked (`grep -ril`, file names only)")

R = []
# ---- logistics, UK: Wincanton plc (a copy on an edgio.link host) ----------------------------------------------------
R.append(wp("wp-wincanton-plc", "Wincanton plc",
 "https://edgio-community-examples-v7-full-featured-perfor-f74158.edgio.link/wiki/Wincanton_Transport",
 "Wincanton plc is a British provider of logistics with its origins in milk haulage. The company provides transport "
 "and logistics services including specialist automated high bay, high capacity warehouses, and supply chain "
 "management for businesses. The company was listed on the London Stock Exchange until it was acquired by GXO "
 "Logistics in April 2024.\n\n"
 "Wincanton was founded in 1925, as Wincanton Transport & Engineering Ltd, a subsidiary of the West Surrey Central "
 "Dairy Company, a company which has since been known as Cow & Gate, Unigate and then Uniq.\n\n"
 "In the 1970s, Wincanton diversified into new market sectors including petroleum and developed temperature "
 "controlled operations for the transportation of food stuffs and refrigerated goods. In the 1990s, Wincanton merged "
 "with Unigate Chilled Distribution, and entered the retail market, through the acquisition of Glass Glover in "
 "February 1993. In March 2001, Wincanton plc demerged from Uniq, and was listed on the London Stock Exchange.\n\n"
 "In November 2008, Wincanton acquired the CEL Group. In November 2015, Wincanton sold its records management "
 "business (WRM) to Restore to reduce its average net indebtedness, and allow room for growth. In February 2016, "
 "Wincanton partnered with Magnet Kitchens to produce 44 new double-decker articulated trailers which was an "
 "investment of \u00a32 million.",
 "transport/logistics", ["history", "ownership", "deal", "partnership"],
 "The article as a copy on an edgio.link demonstration host holds it in the page store ('Jump to content', 'Wincanton "
 "plc', 'From Wikipedia, the free encyclopedia', '(Redirected from Wincanton Transport)'; undated, no revision id; a "
 "revision of 2024: the lead tells GXO Logistics' purchase of April 2024 and the infobox's 'Founded1925; 99 years ago "
 "(1925)' counts from 2024). Cut: the lines 'Jump to content', 'Wincanton plc' (the title), 'From Wikipedia, the free "
 "encyclopedia', '(Redirected from Wincanton Transport)'; the infobox lines ('Wincanton plc', 'Company typePublic', "
 "'LSEWIN', 'IndustryLogistics', 'Founded1925; 99 years ago (1925)', 'HeadquartersChippenham, England, UK', 'Key "
 "people', 'Sir Martin Read', '(Chairman)', 'James Wroath', '(CEO)', 'ProductsLogistics', 'Supply chain management', "
 "the revenue and income lines of 2023 with their markers '[1]', 'Number of employees', '20,005 (2023)[1]', 'Parent', "
 "'Websitewww.wincanton.co.uk'), so the chairman Sir Martin Read, the chief executive James Wroath and Chippenham are "
 "not in the text; the heading 'History' and the line '[edit]'; the citation markers '[2]' to '[8]'; cut after "
 "'investment of \u00a32 million.', before the paragraph the excerpt breaks off ('In March 2016, Wincanton launched "
 "EnergyLink, a network based in the United Kingdom to'; `truncated`), so EnergyLink and the later history are not "
 "in the text. Kept as written: 'a British provider of logistics with its origins in milk haulage', 'specialist "
 "automated high bay, high capacity warehouses', 'Wincanton was founded in 1925, as Wincanton Transport & "
 "Engineering Ltd, a subsidiary of', 'a company which has since been known as Cow & Gate, Unigate and then Uniq', "
 "'temperature controlled operations', 'food stuffs', 'Wincanton merged with Unigate Chilled Distribution, and "
 "entered the retail market, through the acquisition of Glass Glover', 'Wincanton plc demerged from Uniq', "
 "'its records management business (WRM)', 'and allow room for growth', '44 new double-decker articulated trailers "
 "which was an investment'. 206 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (content of 2024, "
 "after Wikimedia's move to 4.0 of June 2023, as batch 32f recorded its edgio.link copy of '2024 Baltic Sea "
 "submarine cable disruptions'); doubtful in that no revision id is held and the host's own terms were not found "
 "in the page store. Found at rank 1 of the query 'Wincanton plc is a British logistics company, history, acquired, "
 "chief executive, Wikipedia'; theinfolist.com's copy at rank 2 (glosses of linked words inlined into the text) not "
 "used. Wincanton, GXO, Unigate, Cow & Gate, Glass Glover, Magnet Kitchens, James Wroath, Martin Read: " + CHECKED +
 " ('CEL Group' only inside 'Digicel Group' in GATHERING.md; 'Uniq' and 'Restore' only as parts of other words and "
 "as the common verb; none is a history of Wincanton).", "non-US",
 copy_of="the Wikipedia article as it stood in 2024, a copy on an edgio.link demonstration host"))

# ---- media, UK: Newsquest (a Kiwix copy of October 2023) ------------------------------------------------------------
R.append(wp("wp-newsquest", "Newsquest",
 "https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/Newsquest",
 "Newsquest Media Group Limited is the second largest publisher of regional and local newspapers in the United "
 "Kingdom. It is owned by the American mass media holding company Gannett. It has 205 brands across the UK, "
 "publishing online and in print (165 newspaper brands and 40 magazine brands) and reaches 28 million visitors a "
 "month online and 6.5 million readers a week in print. Based in London, Newsquest employs a total of more than 5,500 "
 "people across the UK. It also has a specialist arm that publishes both commercial and business-to-business (B2B) "
 "titles such as Insurance Times, The Strad and Boxing News.\n\n"
 "Newsquest was founded in 1995 when United States private equity partnership KKR financed a \u00a3210 million "
 "management buy-out of the Reed Regional Newspapers group of British papers from Reed Elsevier.\n\n"
 "In 1996 Newsquest swapped its Yorkshire titles for Johnston Press's Bury, Lancashire area titles and \u00a39.25 "
 "million, sold some of its titles in the English Midlands to Midland Independent Newspapers and bought the "
 "Westminster Press local newspapers group for \u00a3305 million from Pearson, owner of Penguin Books and the "
 "Financial Times, resulting in Newsquest doubling in size. The next year it floated on the London Stock Exchange, "
 "realising a market capitalisation of \u00a3500 million. In 1998, Newsquest added the Sussex based Contact-a-Car, "
 "the London Property Weekly titles, two titles in North West England, and three Review Group titles in "
 "Hertfordshire.\n\n"
 "In 1999, Gannett's newly formed UK subsidiary paid \u00a3922 million (about US $1.5 billion) for Newsquest and took "
 "on the company's debt.",
 "media/newspapers", ["history", "ownership", "deal"],
 "The article as a Kiwix copy of the dump wikipedia_en_all_maxi_2023-10 holds it in the page store (iiab.me; undated "
 "within the page, no revision id; a revision of up to October 2023). Cut: the title line 'Newsquest'; the infobox "
 "lines that follow the lead in this copy ('Type | Subsidiary |', the table rule, 'Industry | Media |', 'Founded | "
 "1995 |', 'Headquarters | London, England, UK |', 'Key people | Henry Faure Walker (CEO) |', 'Products | Newspapers "
 "|', the income, assets and equity lines of 2021, 'Number of employees | 5,000 |', 'Parent | Gannett[1] |', 'Website "
 "| www |'), so Henry Faure Walker is not in the text; the heading 'History'; the citation markers '[2]' and '[3]'; "
 "cut after 'took on the company's debt.', before the sentence the excerpt breaks off ('In 2000, Gannett paid \u00a3525 "
 "million for So'; `truncated`; a cut inside a paragraph, doubtful), so the later purchases are not in the text. "
 "Paragraphs (single line breaks in the copy) joined with blank lines. Kept as written: 'the second largest "
 "publisher', 'the American mass media holding company Gannett', '(165 newspaper brands and 40 magazine brands)', "
 "'business-to-business (B2B) titles such as Insurance Times, The Strad and Boxing News', 'United States private "
 "equity partnership KKR', 'the Reed Regional Newspapers group of British papers from Reed Elsevier', 'In 1996 "
 "Newsquest swapped' (no comma), \"Johnston Press's Bury, Lancashire area titles\", '\u00a3305 million from Pearson', "
 "'The next year it floated', 'the Sussex based Contact-a-Car' (no hyphen), 'the London Property Weekly titles', "
 "\"Gannett's newly formed UK subsidiary paid \u00a3922 million (about US $1.5 billion)\". 254 words. No outage and no "
 "near-miss of one told. Recorded CC BY-SA 4.0 (a Kiwix copy of the October 2023 dump, after Wikimedia's move to "
 "4.0 of June 2023, as the batches that took Kiwix copies of that dump recorded theirs); doubtful in that no "
 "revision id is held. Found at rank 7 of the query 'Newsquest Media Group is the second largest publisher of "
 "regional and local newspapers in the UK, a subsidiary of Gannett'; en.wikipedia.org's current rendering at rank 1 "
 "(parent 'USA Today Co.'; its excerpt breaks off inside the 1999 sentence, 'for Ne') and the older copies of "
 "thefullwiki.org (rank 6) and self.gutenberg.org (rank 8) not used. Newsquest, Reed Regional, Westminster Press, "
 "Midland Independent, Contact-a-Car, Review Group, Henry Faure Walker: " + CHECKED + " (Johnston Press is the "
 "subject of batch 40v's train text wp-johnston-press, which does not name Newsquest; Gannett, KKR, Pearson, Reed "
 "Elsevier and the Financial Times are named in texts on other subjects; none is a history of Newsquest).",
 "non-US",
 copy_of="the Wikipedia article as it stood in October 2023, a Kiwix copy of the dump wikipedia_en_all_maxi_2023-10"))

# ---- manufacturing, UK: Morphy Richards (an en.wikipedia.org rendering) ---------------------------------------------
R.append(wp("wp-morphy-richards", "Morphy Richards", "https://en.wikipedia.org/wiki/Morphy_Richards",
 "Morphy Richards is a British brand of electrical appliances headquartered in Swinton, in South Yorkshire, England. "
 "Its products were formerly made at its historic home of Mexborough, and in other facilities across the United "
 "Kingdom. However, since the 1990s, all of its manufacturing has been carried out in the Far East.\n\n"
 "Morphy Richards specialises in toasters, hair dryers, bread makers, kettles and sandwich toasters and other "
 "household appliances. In its early stage it also made refrigerators and washer-dryers, but they were later made by "
 "Hotpoint. Morphy Richards is owned by the Irish Glen Dimplex electronics group. They also make Digital Radio "
 "Mondiale-compatible digital radios, and Morphy Richards in India still make a dry iron, one of very few companies "
 "to do so.\n\n"
 "Donal Morphy of Chislehurst, and Charles Richards of Farnborough, Kent, met whilst working at Sydney S Bird and "
 "Sons and formed Morphy-Richards Ltd on 8 July 1936 at an oast house in St Mary Cray in Kent. Morphy and Richards "
 "were joint managing directors, and had raised \u00a31,000 starting capital. The company began making electric "
 "fires and, from March 1938, electric irons. During World War II, its factories made components for the aircraft "
 "industry.\n\n"
 "A. Reyrolle & Company took 30% of the company in June 1944 and its general manager was on the board of directors. "
 "Exports accounted for around 15% of turnover, helped by subsidiary companies in Australia and South Africa. It "
 "later opened a Canadian subsidiary. The company was producing around 2,000 irons per day.",
 "manufacturing/household appliances", ["history", "ownership", "leadership"],
 "The article as the page store holds en.wikipedia.org's address (undated, no revision id; the infobox names Vicky "
 "Philemon chief executive). Cut: the title line '= Morphy Richards ='; the infobox lines ('Morphy Richards', 'Logo: "
 "middle|185px|Logo', 'Type: Subsidiary', 'Foundation: 8 July 1936', 'Location: Talbot Road, Swinton, South "
 "Yorkshire, United Kingdom', 'Key People: CEO: Vicky Philemon', 'Area Served: Australia, United Kingdom, India, "
 "Israel', 'Industry: Home appliances', 'Parent: Glen Dimplex', 'Homepage: www.morphyrichards.com'), so Vicky "
 "Philemon and Israel are not in the text; the headings '==Product range==' and '==History=='; cut after 'around "
 "2,000 irons per day.', before the paragraph the excerpt breaks off ('On 1 May 1947, it became a public company and "
 "merged with Astral Eq'; `truncated`), so the listing, the Astral merger and the later owners are not in the text. No "
 "citation markers in the excerpt. Kept as written: 'a British brand of electrical appliances headquartered in "
 "Swinton', 'toasters, hair dryers, bread makers, kettles and sandwich toasters and other household appliances', "
 "'but they were later made by Hotpoint', 'the Irish Glen Dimplex electronics group', 'They also make Digital Radio "
 "Mondiale-compatible digital radios, and Morphy Richards in India still make a dry iron' (plural verbs), 'Donal "
 "Morphy of Chislehurst, and Charles Richards of Farnborough, Kent, met whilst working at Sydney S Bird and Sons' (no "
 "stop after 'S'), 'formed Morphy-Richards Ltd' (hyphenated beside 'Morphy Richards' elsewhere), 'joint managing "
 "directors', '\u00a31,000 starting capital', 'A. Reyrolle & Company took 30% of the company', 'its general manager "
 "was on the board of directors'. 249 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (an "
 "en.wikipedia.org rendering, as batches 40ze, 40zf and 54zu recorded theirs); doubtful in that no revision id or "
 "date is held, and a revision before June 2023 would be 3.0 (the record meets those terms the same way). Found at "
 "rank 2 of the query 'Morphy Richards is a British manufacturer of small household appliances founded in 1936 by "
 "Donal Morphy and Charles Richards, owned by Glen Dimplex'; rgbdirect.co.uk's page at rank 1 (a retailer reusing the "
 "article's sentences, no licence stated), theinfolist.com's copy (rank 7, glosses inlined) and wikisum.wiki's "
 "summary (rank 8) not used. Morphy, Glen Dimplex, Reyrolle, Sydney S Bird, Mexborough, St Mary Cray, Vicky "
 "Philemon: " + CHECKED + " (Hotpoint and Swinton: 0 hits as well; 'Astral' names Astral Media, another company, in Wikinews "
 "texts; none is a history of Morphy Richards).", "non-US"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
