#!/usr/bin/env python3
"""Batch 55n (session 54; gatherer lane 55n): company histories from English Wikipedia in the company lane of batches
36j, 36n, 37k, 37u, 38k, 38n, 40o, 40t, 40u, 40v, 40x, 40y, 40za-40zg, 54zu and 55f, turned to mid-size companies in
chemicals, food and retail: a British speciality chemicals maker founded in 1925 by George William Crowe and Henry
James Dawe, with the founder's nephew Philip Wood appointed manager of its lanolin site (chemicals, UK); an American
natural food company founded in 1993 by Irwin D. Simon as Hain Food Group, its purchases of Barricini Foods, Kineret,
Celestial Seasonings and Mona Naturprodukte, the H. J. Heinz Company's 19.5% stake and its chief executive's announced
step-down of 2018 (food, US); and the British frozen food supermarket chain that Malcolm Walker and his business
partner Peter Hinchcliffe started in Oswestry in 1970, with its purchases of Orchard Frozen Foods, Bejam and the
French Au Gel chain, the stores of St. Catherine's Freezer Centres and the Littlewoods food halls it took over
(retail, UK). English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`;
never a whole page): one en.wikipedia.org rendering and two copies on sites that render Wikipedia articles
(worddisk.com, piglix.com); each cut at a sentence end (`truncated`). Edits per item in `notes`; no word added or
changed. No text tells an outage and none tells a near-miss of one. newskg (or any extractor) was not run on any
text. Excerpts and queries as found: /tmp/gather56n/src (round notes, /work/notes/gather56/55n.md).
usage: batch55n.py [POOL_DIR] [--dry]   (default /tmp/gather56n/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather56n/pool"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, and in the "
           "session-54 pools (/tmp/gather56*/pool) as they stood when checked (`grep -ril`, file names only)")

R = []
# ---- chemicals, UK: Croda International (an en.wikipedia.org rendering of about 2019) --------------------------------
R.append(wp("wp-croda-international", "Croda International", "https://en.wikipedia.org/wiki/Croda_International",
 "Croda International plc is a British speciality chemicals company based at Snaith in the East Riding of Yorkshire. "
 "It is listed on the London Stock Exchange.\n\n"
 "The company was founded by George William Crowe and Henry James Dawe in 1925. Crowe bought an abandoned waterworks "
 "facility at Rawcliffe Bridge for \u00a37, which would later be used to manufacture the company's first barrels of "
 "lanolin, a natural protective fat present in sheep's wool. The company was named Croda (a combination of the first "
 "few letters of his surname with that of his partner, Dawe).\n\n"
 "Crowe and Dawe began working on a process to extract lanolin from sheep\u2019s wool for various industries, "
 "including uses in cosmetics, as a waterproofing agent, and as a dressing for leather. At the time, the UK imported "
 "lanolin, having no domestic lanolin production at all.\n\n"
 "Dawe's extraction process failed initially and Dawe left the company. Philip Wood, Crowe's nephew, was appointed "
 "manager of the site in 1925, and Wood worked closely with a Belgium chemist to develop a new extraction process. By "
 "the end of the year Croda had successfully produced its first batch of lanolin.\n\n"
 "The company struggled to remain profitable to the end of the century until a report from the National Physical "
 "Laboratory was published describing the rust prevention properties of lanolin, creating new business "
 "opportunities for the company.",
 "chemicals/speciality chemicals", ["history", "leadership"],
 "The article as the page store holds en.wikipedia.org's address ('From Wikipedia, the free encyclopedia', 'Jump to "
 "navigation Jump to search'; undated, no revision id; a revision of about 2019: the infobox gives revenue of 2018, "
 "employees of 2019 and Anita Frew as chairman). Cut: the title line 'Croda International', the lines 'From "
 "Wikipedia, the free encyclopedia' and 'Jump to navigation Jump to search'; the infobox lines ('Croda International "
 "plc', 'Public limited company', 'Traded asLSECRDA', 'FTSE 100 Component', 'HeadquartersSnaith, East Riding of "
 "Yorkshire, UK', 'Key people', 'Anita Frew, Chairman', 'Steve Foots, CEO', the products list from 'ProductsSpeciality "
 "Chemicals for:' to 'Industrial Chemicals', the three revenue and income lines of 2018 with their markers '[1]', "
 "'Number of employees', '4,309 (2019)[2]'), so the chairman Anita Frew and the chief executive Steve Foots are not in "
 "the text; the citation markers '[3]', '[4][3]' and '[5]' (twice); cut after 'new business opportunities for the "
 "company.', before the sentence the excerpt breaks off ('The lanolin marke'; `truncated`; a cut inside a paragraph), "
 "so the war years, the listing of 1964 and the later purchases are not in the text. The excerpt has no section "
 "heading between the lead and the history (none cut). Kept as written: 'a British speciality chemicals company based "
 "at Snaith in the East Riding of Yorkshire', 'for \u00a37', \"sheep's wool\" (straight apostrophe) beside "
 "'sheep\u2019s wool' (curly), 'The company was named Croda (a combination of the first few letters of his surname "
 "with that of his partner, Dawe).', 'Dawe left the company', 'was appointed manager of the site in 1925', 'a Belgium "
 "chemist' (the country's name as a modifier), 'By the end of the year', 'to the end of the century' (later revisions "
 "read 'decade'). 225 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (content of about 2019, "
 "before Wikimedia's move to 4.0 of June 2023, as batches 40ze, 54zu and 55e recorded their older renderings); "
 "doubtful in that no revision id or date is held. Found at rank 1 of the query 'Croda International plc is a British "
 "speciality chemicals company based in Snaith, England, history founded by George William Crowe'; the copies of "
 "sagapedia.com (rank 2), wikiwand.com (rank 5) and n.global.ssl.fastly.net (rank 7) break off no further, "
 "ebook2.worldlibrary.net's older copy (rank 3; a site of unclear terms) names Frederick Wood as sales director and "
 "managing director, theinfolist.com's (rank 4) inlines glosses of linked words, wn.com's (rank 6) is a news portal's "
 "copy; none used. Croda, Crowe and Dawe together, Rawcliffe, Snaith, Philip Wood, Frederick Wood, Uniqema: " +
 CHECKED + " (the National Physical Laboratory: 0 hits as well; 'Crowe' alone names other people, and the London "
 "Stock Exchange is named, in texts on other subjects; none is a history of Croda).", "non-US", v3=True))

# ---- food, US: Hain Celestial Group (a worddisk.com copy of about 2023) ---------------------------------------------
R.append(wp("wp-hain-celestial-group", "Hain Celestial Group", "https://www.worddisk.com/wiki/Hain_Celestial_Group",
 "The Hain Celestial Group, Inc. is an international food and personal-care company based in the United States. Its "
 "products include natural foods and organic personal-care items. Founded in 1993 as Hain Food Group, it changed its "
 "name to Hain Celestial Group after merging with Celestial Seasonings in 2000. It is publicly traded on the NASDAQ "
 "with brands that include Ella's Kitchen, Frank Cooper's, and Linda McCartney Foods.\n\n"
 "Hain Celestial Group was founded by Irwin D. Simon in 1993. It was originally called Hain Food Group when founded, "
 "making acquisitions of other companies that included Barricini Foods and Kineret. It went public on the NASDAQ in "
 "1993.\n\n"
 "The H. J. Heinz Company acquired 19.5% of the company in September 1999, subsequently divested its holdings in the "
 "company in 2005. Hain purchased Celestial Seasonings in 2000 for a deal valued at approximately $390 million. It "
 "subsequently changed its name to Hain Celestial Group. In 2002, it restated prior years promotional allowances and "
 "other sales incentives of $16.8 million.\n\n"
 "By 2012, Hain was the world's largest natural food company with $1.4 billion in revenue. By 2013, it owned "
 "approximately 50 brands and offered 5,000 products internationally. The same year, it was one of 25 companies "
 "named in a class action lawsuit alleging false labeling of its personal care products under California law. It "
 "settled the lawsuit in 2015, paying $7.5 million in compensation with an additional $2.4 million worth of coupons "
 "to consumers.\n\n"
 "In 2015 the company acquired the non-dairy company Mona Naturprodukte Gmbh with its brand Joya. In June 2018, Hain "
 "Celestial announced that CEO Irwin Simon would step down.",
 "food/natural foods", ["history", "ownership", "deal", "leadership"],
 "The article as worddisk.com (a site that renders Wikipedia articles) holds it (undated, no revision id; a revision "
 "of 2023 or later: the sentence the excerpt breaks off names January 2023). Cut: the title lines "
 "('Hain_Celestial_Group', 'Hain Celestial Group' twice), the short description ('Natural foods company'), the "
 "collapsed infobox line ('Quick Facts Company type, Traded as ...'), the heading 'History'; the citation markers "
 "'[7]' to '[22]' (with '[14][15][16][17]' and '[18][19][20]'); cut after 'CEO Irwin Simon would step down.', before "
 "the sentence the excerpt breaks off inside ('He was replaced by Mark Schiller who became the company's president "
 "and CEO unil January 2023 when he was replaced'; `truncated`; a cut inside a paragraph, doubtful), so Mark Schiller "
 "and the later chief executives are not in the text. Kept as written: 'an international food and personal-care "
 "company based in the United States', 'Founded in 1993 as Hain Food Group, it changed its name to Hain Celestial "
 "Group after merging with Celestial Seasonings in 2000' (the lead) beside 'Hain purchased Celestial Seasonings in "
 "2000' (the history), 'It is publicly traded on the NASDAQ with brands that include', \"Ella's Kitchen, Frank "
 "Cooper's, and Linda McCartney Foods\", 'making acquisitions of other companies that included Barricini Foods and "
 "Kineret', 'The H. J. Heinz Company acquired 19.5% of the company in September 1999, subsequently divested' (no "
 "'and'), 'prior years promotional allowances' (no apostrophe), 'The same year', 'Mona Naturprodukte Gmbh' (so "
 "capitalised), 'In 2015 the company acquired' (no comma). 268 words. No outage and no near-miss of one told. "
 "Recorded CC BY-SA 4.0 (content of 2023 or later, as batch 25b recorded worddisk.com's Hindalco Industries and Lee "
 "Jae-yong); doubtful in that no revision id is held, the revision may predate Wikimedia's move to 4.0 of June 2023, "
 "and worddisk.com's own terms were not found in the page store. Found at rank 1 of the query 'Hain Celestial Group "
 "founded by Irwin Simon 1993, acquired Celestial Seasonings, natural and organic food company Wikipedia'; the "
 "copies of enwikipedia.net (rank 2; Tilda and Hain Daniels, but not the founder), a.osmarks.net's Kiwix 2020-08 "
 "(rank 3), "
 "wikimili.com (rank 4; breaks off earlier) and the-uncensored-wiki.com's Kiwix 2017-08 (rank 7) not used. Hain "
 "Celestial, Celestial Seasonings, Irwin Simon, Barricini, Kineret, Mona Naturprodukte, Mark Schiller: " + CHECKED +
 " ('Hain' as a word: 0 hits, only inside other words; the H. J. Heinz Company is named in texts on other subjects; "
 "none is a history of Hain Celestial).", "US", copy_of="the Wikipedia article, via worddisk.com"))

# ---- retail, UK: Iceland Foods (a piglix.com copy of about 2016) ----------------------------------------------------
R.append(wp("wp-iceland-foods", "Iceland (supermarket)", "http://piglix.com/piglix/Iceland_(supermarket)",
 "Iceland Foods Ltd (trading as Iceland) is a British supermarket chain, with emphasis on the sale of frozen foods, "
 "including prepared meals and vegetables. They also sell non-frozen grocery items such as produce, meat, dairy, and "
 "dry goods. The company has an approximate 1.8% share of the UK food market.\n\n"
 "Iceland began business in 1970, when Malcolm Walker opened the first store in Leg Street, Oswestry, Shropshire, "
 "England, with his business partner Peter Hinchcliffe investing \u00a359 for one month's rent at the store. Walker "
 "chose the name as he was a family friend of the recently deposed Icelandic Prime Minister Hermann J\u00f3nasson. "
 "They were still employees of Woolworths at the time, and their employment was terminated once their employer "
 "discovered their job on the side. Iceland initially specialised in loose frozen food. By 1977 they opened a new "
 "store in Manchester selling own labelled packaged food, and by 1978 it had 28 stores to its name.\n\n"
 "In 1983, the business grew by purchasing the 18 stores of Bristol based St. Catherine's Freezer Centres, and in "
 "1984 the business went public for the first time. The cash investment was used to purchase South East based "
 "Orchard Frozen Foods in 1986, and the purchase of larger rival Bejam in 1988. In 1993 Iceland took over the food "
 "halls of the Littlewoods department store and also acquired the French Au Gel chain. The latter move proved "
 "unsuccessful and the stores were dropped within a year.\n\n"
 "In 1996, seven stores were opened in Dublin and one in Letterkenny. They all closed down in 2005 owing to financial "
 "difficulties. The supermarket also attempted ties with British Home Stores.",
 "retail/supermarkets", ["history", "ownership", "deal"],
 "The article as piglix.com (a site that serves copies of Wikipedia articles) holds it (undated, no revision id; a "
 "revision of about 2016: the infobox counts locations and employees of 2016 and profit of 2014). Cut: the line "
 "'*** Welcome to piglix ***', the title line 'Iceland (supermarket)'; the infobox lines ('Iceland Foods Ltd', "
 "'Private', 'Industry Retailing', 'Founded 1970', 'Headquarters Deeside, Wales, United Kingdom', 'Number of "
 "locations', '800+ (2016)', 'Key people', 'Malcolm Walker (Founder and CEO)', 'Products Frozen foods and Groceries', "
 "'\u00a3160 million (2014)', 'Number of employees', '23,000+ (2016)', 'Website www.iceland.co.uk'), so Malcolm "
 "Walker's titles, Deeside and Wales are not in the text; cut after 'attempted ties with British Home Stores.', before "
 "the sentence the excerpt breaks off ('In M'; `truncated`; a cut inside a paragraph), so the later history (the "
 "2001 crisis, the Baugur purchase, Walker's return) is not in the text. No heading and no citation marker in the "
 "excerpt. Kept as written: '(trading as Iceland)', 'They also sell' (plural), 'his business partner Peter "
 "Hinchcliffe investing \u00a359' (later revisions read \u00a360), 'Walker chose the name as he was a family friend of "
 "the recently deposed Icelandic Prime Minister Hermann J\u00f3nasson' (so in this revision), 'their job on the side', "
 "'own labelled', 'Bristol based St. Catherine's Freezer Centres', 'South East based Orchard Frozen Foods' (no "
 "hyphens), 'The cash investment was used to purchase ..., and the purchase of larger rival Bejam in 1988', 'took over "
 "the food halls of the Littlewoods department store', 'the French Au Gel chain', 'attempted ties with'. 273 words. "
 "No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (content of about 2016, as batch 25b recorded "
 "piglix.com's Motorola Mobility and batch 55f named piglix.com for Matalan); doubtful in that no revision id is held "
 "and piglix.com's own terms were not found in the page store. Found at rank 3 of the query 'Iceland Foods British "
 "supermarket chain founded 1970 by Malcolm Walker and Peter Hinchcliffe Oswestry, Wikipedia history'; "
 "theinfolist.com's copy (rank 5; glosses inlined) and liquisearch.com's History section (rank 7; a section with "
 "quotations appended) not used. Iceland Foods, Malcolm Walker, Hinchcliffe, Bejam, Orchard Frozen Foods, Au Gel, St. "
 "Catherine's Freezer Centres, Oswestry, British Home Stores: " + CHECKED + " ('St. Catherine' only as a place in Egypt in "
 "texts on tourism; Woolworths and Letterkenny are named in texts on other subjects, and Littlewoods once in "
 "GATHERING.md among Wikinews items looked at (its job cuts); none is a history of Iceland).", "non-US", v3=True,
 copy_of="the Wikipedia article, via piglix.com"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
