#!/usr/bin/env python3
"""Batch 57o (session 55; gatherer lane 57o): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56f, 56h, 56j, 56n, 56p, 57b and 57j, turned to
mid-size companies in fashion, cosmetics, furniture and medical devices, new to the corpus: a British menswear
retailer founded in London in 1983 by Jeremy Hackett and Ashley Lloyd-Jennings, sold by Richemont to the Spanish
investment company Torreal in June 2005, with a creative director come from Tommy Hilfiger, bought in February 2015 out
of the Pepe Jeans Group by the Lebanese M1 Group and the LVMH subsidiary L Capital Asia (part of L Catterton), and
clothing supplier to the Williams Martini Racing team (fashion, UK); a retailer of body, fragrance and home care
products founded in Cambridge, Massachusetts, in 1968 by Cyrus Harvey, Sue Townsend and Peter Windett as The Soap Box,
sold in 1996 to Kuala Lumpur Kepong Berhad and run by its subsidiary CE Holdings, and acquired in January 2016 by Nan
Kai Corporation of Hong Kong (cosmetics, US/UK); a British furniture maker formed in 1931 by Frederick Parker (whose
business, Frederick Parker and Sons Ltd, furnished Cunard and P&O liners) and the German inventor Willi Knoll, listed
on the London Stock Exchange in 1950 and bought out of administration by Sofa Brands International (furniture, UK); and
an Icelandic maker of prosthetics and orthopaedic bracing founded in 1971 by the prosthetist Össur Kristinsson, listed
on the Iceland Stock Exchange in 1999 and buyer of fifteen companies named in a list, 2000-2010, among them Flex-Foot,
Inc., Royce Medical, Inc. and the Gibaud Group (medical devices, Iceland).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' rendering of 'Hackett London' (a revision of 2019 or later), en.wikipedia.org's
older renderings of 'Crabtree & Evelyn' (the 'Jump to: navigation, search' layout, a revision of 2016-2018) and of
'Össur' (the 'Jump to navigation Jump to search' layout, a revision of 2019 or later), and wikimili.com's copy of
'Parker Knoll' (undated); each cut at a sentence or paragraph end (`truncated`). Edits per item in `notes` (site
lines, title lines, infobox lines, image captions, headings, citation markers and, in the Össur list, the bullet glyphs
cut; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather58o/src),
the markers ('[1]', ' [4]', '[edit]', '[citation needed]') and list bullets dropped and whitespace runs compared as one
space, as batches 56b, 56j, 57a, 57b and 57j did. No text tells an outage, and none a near-miss of one beyond Parker
Knoll's 'financial difficulties' and administration (a business failure). newskg (or any extractor) was not run on
any text. A round of four out of ten queries (round notes, /work/notes/gather58/57o.md; queries,
/tmp/gather58o/src/queries.txt).
usage: batch57o.py [POOL_DIR] [--dry]   (default /tmp/gather58o/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather58o/pool"
SRC = "/tmp/gather58o/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-55 pools (/tmp/gather58*/pool) and in /work/notes/gather58/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- fashion, UK: Hackett London (en.wikipedia.org '= Title =' rendering, a revision of 2019 or later) -------------
HACKETT = [
 "Hackett Limited is a British multi-channel retailer of clothing for men and boys, with a broad range of apparel and "
 "accessories. It was founded in 1983 in London, England. As of June 2019, the company had 160 stores globally, with "
 "its flagship store at 14 Savile Row in London. It is owned by both Lebanese holding company M1 Group and American L "
 "Capital Asia (Part of L Catterton)",
 "Hackett was founded in 1983 by Jeremy Hackett and Ashley Lloyd-Jennings from a stall on London's Portobello Road. "
 "The first shop, on the \"wrong end\" of King's Road, in London's Chelsea district, was selling only used clothes.",
 "The company gradually expanded over several years, increasing the number of branches and moving from acquiring and "
 "selling second-hand clothing to designing and selling its own items. International expansion began with the 1989 "
 "opening of a Spanish branch in Madrid. In 1994, Hackett opened a shop on the Rive Gauche in Paris before adding "
 "children\u2019s clothes to its collection a year later.",
 "In June 2005, Richemont sold Hackett to the Spanish investment company Torreal S.C.R., S.A. Hackett appointed "
 "American creative director Michael Sondag, who joined Hackett from Tommy Hilfiger in 2005.",
 "In February 2015, Hackett (part of the Pepe Jeans Group) was bought by Lebanese firm M1 Group and by LVMH "
 "subsidiary L Capital Asia. Hackett and Pepe Jeans were previously owned by Torreal Funds (31 percent), Art\u00e1 "
 "Capital (16.4 percent), L Capital Europe (11.5 percent) and its managers. Hackett became the official clothing "
 "supplier to the Williams Martini Racing team, from the 2015 season onwards."]
KEPT["wp-hackett-london"] = ("hackett-enwiki.txt", HACKETT)
R.append(wp("wp-hackett-london", "Hackett London", "https://en.wikipedia.org/wiki/Hackett_London",
 "\n\n".join(HACKETT),
 "fashion/menswear retail", ["history", "founding", "leadership", "ownership", "deal", "partnership"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "revision of 2019 or later: the text's 'As of June 2019' and 'until March 2019'). Cut: the title line '= Hackett "
 "London =' and the line 'Hackett Limited'; the infobox lines ('- Logo: Hackett (clothing).jpg', '- Type: Private', "
 "'- Foundation: London, England ()', '- Location: London, England', '- Industry: Clothing', '- Owner: M1 Group and "
 "L Capital Asia', '- Homepage: hackett.com'); the heading '==History=='; cut after '... from the 2015 season "
 "onwards.', before the paragraph the excerpt breaks off (\"The company's flagship store at 14 Savile Row in London "
 "was previously a Hardy Amies shop from 1946 until March 2019; the space was taken over by Hacke\"; `truncated`; a "
 "cut at a paragraph end), so Hardy Amies is not in the text. This rendering has no citation markers. No word added "
 "or changed. Kept as written: 'a British multi-channel retailer of clothing for men and boys', 'It is owned by both "
 "Lebanese holding company M1 Group and American L Capital Asia (Part of L Catterton)' (a capital 'Part', no full "
 "stop at the paragraph's end), 'from a stall on London's Portobello Road', the straight quotation marks of "
 "'\"wrong end\"', 'the 1989 opening of a Spanish branch in Madrid', 'the Rive Gauche in Paris', the curly apostrophe "
 "of 'children\u2019s', 'a year later', 'Richemont sold Hackett to the Spanish investment company Torreal S.C.R., "
 "S.A.' (the sentence ending on the company's 'S.A.'), 'Hackett appointed American creative director Michael Sondag, "
 "who joined Hackett from Tommy Hilfiger in 2005.', 'Hackett (part of the Pepe Jeans Group) was bought by Lebanese "
 "firm M1 Group and by LVMH subsidiary L Capital Asia', 'Torreal Funds (31 percent), Art\u00e1 Capital (16.4 "
 "percent), L Capital Europe (11.5 percent) and its managers', 'the official clothing supplier to the Williams "
 "Martini Racing team, from the 2015 season onwards'. 261 words. No outage and no near-miss of one told. Recorded CC "
 "BY-SA 4.0 (doubtful: the revision is undated beyond 2019; the '= Title =' renderings batches 55i, 56b, 56j and 57j "
 "dated were of 2019-2025, as batch 57j recorded Hi-Tec's). Found at rank 7 of the query 'Hackett London is a "
 "British clothing brand founded in 1983 by Jeremy Hackett and Ashley Lloyd-Jennings'; retail, brand and blog pages "
 "(ranks 1-6, 8: nexusmalls.com, fenwick.co.uk, jeremyhackett.com, childrensalon.com, azureazure.com, "
 "coatsandjackets.org, hackett.com; copyrighted) not used. Hackett (the company), Jeremy Hackett, Lloyd-Jennings, M1 "
 "Group, Torreal, Pepe Jeans, Michael Sondag, Art\u00e1 Capital, Williams Martini, Hardy Amies: " + CHECKED + " ('Hackett' "
 "only in GATHERING.md's notes on Internode, another person; 'L Capital' only as part of other names, such as 'Global "
 "Capital', in texts on other matters; none is a history of Hackett).", "non-US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- cosmetics, US/UK: Crabtree & Evelyn (an older en.wikipedia.org rendering, a revision of 2016-2018) -----------
CRABTREE = [
 "Crabtree & Evelyn is an international retailer of body, fragrance and home care products with stores globally. "
 "Founded in Cambridge, Massachusetts in 1968, the brand was acquired in January 2016, by Nan Kai Corporation of Hong "
 "Kong.",
 "The company was founded in 1968 in Cambridge, Massachusetts, by Janus Films businessman Cyrus Harvey, English "
 "entrepreneur Sue Townsend and designer Peter Windett. It opened in a small Cambridge shop under the name The Soap "
 "Box.",
 "In 1971, the name changed to Crabtree and Evelyn. In 1977, the company opened a stall in the new Faneuil Hall "
 "Marketplace in Boston, and its first stand alone shop was opened by Stephen Miller in the Montgomery Mall outside of "
 "Philadelphia Pennsylvania. Harvey and Townsend invented the products while Windett did the design for them. American "
 "tourists looked for the store in England prompting the founders to open their first store on Church Street in "
 "Kensington in 1980.",
 "The Company's name, conceived by Harvey and Windett was inspired by the 17th Century renaissance Englishman John "
 "Evelyn, who wrote one of the first important works on conservation. He is also known for his writings on food, "
 "including a book on salads, in which he introduced the first salad dressing made with olive oil to Europe. The "
 "Crabtree or Wild Apple symbol is native to Britain and the ancestor of all cultivated apple trees It was highly "
 "prized for its beauty, as well as its usefulness in home apothecary.",
 "In 1996, Cyrus Harvey decided to sell the company, and it was sold to Kuala Lumpur Kepong Berhad and operated by a "
 "subsidiary as CE Holdings. While funded and managed by the holding company in Kuala Lumpur, day-to-day "
 "operations\u2014such as research and development, manufacturing, and design\u2014continue to be based in the UK and "
 "US."]
KEPT["wp-crabtree-and-evelyn"] = ("crabtree-enwiki.txt", CRABTREE)
R.append(wp("wp-crabtree-and-evelyn", "Crabtree & Evelyn", "https://en.wikipedia.org/wiki/Crabtree_&_Evelyn",
 "\n\n".join(CRABTREE),
 "cosmetics/personal care retail", ["history", "founding", "ownership", "deal"],
 "The article as an older en.wikipedia.org rendering holds it in the page store ('From Wikipedia, the free "
 "encyclopedia', 'Jump to: navigation, search'; undated, no revision id; a revision of 2016-2018: the acquisition of "
 "January 2016 is its latest date, and the 'Jump to:' layout is the one en.wikipedia.org used until about 2018). Cut: "
 "the title line 'Crabtree & Evelyn', the lines 'From Wikipedia, the free encyclopedia' and 'Jump to: navigation, "
 "search'; the image captions 'Crabtree & Evelyn in Guildford High Street', 'Crabtree & Evelyn, Stratford on Avon' "
 "and 'Crabtree & Evelyn, Hong Kong', so Guildford and Stratford on Avon are not in the text; the citation markers "
 "'[1][2]', '[3]', '[2]' and '[4]' (the marker '[4]' stood between 'apple trees' and 'It was', where the article has "
 "no full stop); the empty lines where the rendering drops its headings; cut after '... continue to be based in the UK "
 "and US.', where the excerpt breaks off inside the next citation marker ('['; `truncated`; a cut at a sentence end), "
 "so the later owners of CE Holdings are not in the text. No word added or changed. Kept as written: 'an "
 "international retailer of body, fragrance and home care products', 'Founded in Cambridge, Massachusetts in 1968, "
 "the brand was acquired in January 2016, by Nan Kai Corporation of Hong Kong.' (the comma before 'by'), 'by Janus "
 "Films businessman Cyrus Harvey, English entrepreneur Sue Townsend and designer Peter Windett', 'under the name The "
 "Soap Box', 'the name changed to Crabtree and Evelyn' ('and' spelt out), 'its first stand alone shop was opened by "
 "Stephen Miller in the Montgomery Mall outside of Philadelphia Pennsylvania' (no comma before 'Pennsylvania'), "
 "'Harvey and Townsend invented the products while Windett did the design for them', 'in England prompting the "
 "founders' (no comma), 'on Church Street in Kensington', 'The Company's name, conceived by Harvey and Windett was "
 "inspired' (no second comma), 'the 17th Century renaissance Englishman John Evelyn', 'all cultivated apple trees It "
 "was highly prized' (no full stop), 'it was sold to Kuala Lumpur Kepong Berhad and operated by a subsidiary as CE "
 "Holdings', the em dashes of 'day-to-day operations\u2014such as ... design\u2014continue'. 295 words. No outage "
 "and no near-miss of one told. Recorded CC BY-SA 3.0 (content of 2016-2018, before Wikimedia's move to 4.0 of June "
 "2023, as batches 40ze, 54zu, 55e, 55n, 56f and 57b recorded their older renderings); doubtful in that no revision "
 "id or date is held. Found at rank 2 of the query 'Crabtree & Evelyn is a British retailer of body lotions and "
 "fragrances founded in 1972 by Cyrus Harvey'; en.wikipedia.org's 'http:' rendering of an older revision (rank 1; "
 "founding in 1972 by Cyrus Harvey alone, 'wholly owned by Khuan Choo International Limited, as of July 2012', and a "
 "'George Crabtree' paragraph with '[citation needed]'), en.wikipedia.org's '= Title =' rendering of a later revision "
 "(rank 3; founding in 1955, Windett as Harvey's later partner, breaking off at 'In 1996, Cyrus Harvey sold Crabtree "
 "& Evelyn'; one text per matter), crabtree-evelyn.co.za's blog, wiscellaneous.com, stephanmatthews.com, happi.com "
 "and spooklights.blogspot.com (ranks 4-8; copyrighted) not used. Crabtree & Evelyn, Cyrus Harvey, Peter Windett, "
 "Sue Townsend, Kuala Lumpur Kepong, Nan Kai, Khuan Choo, Janus Films, Soap Box: " + CHECKED + " ('Crabtree' only as "
 "a football player's surname in a sports text and its script; 'CE Holdings' only inside 'Aerospace Holdings' in "
 "texts on other matters).", "US",
 v3=True, copy_of="the Wikipedia article, an older rendering at its address"))

# ---- furniture, UK: Parker Knoll (wikimili.com's copy, undated) -------------------------------------------------
PARKER = [
 "Parker Knoll is a British furniture manufacturing company, formed in 1931 by British furniture manufacturer "
 "Frederick Parker and Willi Knoll, a German inventor of a new form of sprung furniture. With roots in the "
 "manufacture of high-quality furniture, the brand concentrated on mass-market products from the 1930s to the 1990s. "
 "The company was listed on the London Stock Exchange in 1950, but taken private in 2004. After financial "
 "difficulties, it was acquired out of administration by Sofa Brands International.",
 "Frederick Parker was born in Shoreditch, East London in 1845. He started in business as a chair maker in 1869, "
 "after an apprenticeship at his father's furniture factory. He decided to concentrate on making high quality "
 "furniture by hand. After working initially in London, Parker moved to High Wycombe \u2013 a historic centre of the "
 "furniture trade in England \u2013 in 1898. Part of the business was to make furniture for ocean liners, including "
 "the Palladian Lounge of Cunard's RMS Aquitania. The company also supplied the P&O liner SS Ophir, which was "
 "commissioned as a royal yacht, HMS Ophir, in 1901 to carry the Duke and Duchess of Cornwall and York (the future "
 "King George V and Queen Mary) to Australia. Parker also made furniture for the Viceroy's House in New Delhi, and a "
 "carved throne for Emperor of Ethiopia Haile Selassie. The business was incorporated as a limited company, Frederick "
 "Parker and Sons Ltd, in 1904. Frederick's son, Tom Parker, later took over the business.",
 "Willi Knoll was born in Germany and served as a fighter pilot in the First World War. His experience of "
 "uncomfortable seating in his fighter plane was the inspiration for his invention of a new form of sprung furniture, "
 "with a coiled steel wire string system across the seat and back, which he manufactured in Stuttgart. Knoll came to "
 "Britain in 1929 to find a manufacturer for his chairs using his patent."]
KEPT["wp-parker-knoll"] = ("parker-knoll-wikimili.txt", PARKER)
R.append(wp("wp-parker-knoll", "Parker Knoll", "https://wikimili.com/en/Parker_Knoll",
 "\n\n".join(PARKER),
 "furniture/manufacturing", ["history", "founding", "listing", "deal"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held). Cut: the title line "
 "'Parker Knoll', the site's line 'Last updated' and its 'Contents' line; the section headings 'Frederick Parker', "
 "'Willi Knoll' and 'Parker Knoll'; cut after '... to find a manufacturer for his chairs using his patent.', at the "
 "end of the section on Willi Knoll, before the section the excerpt breaks off ('After Fr'; `truncated`; a cut at a "
 "paragraph end), so the founding of 1931 is told in the lead only and Tom Parker's meeting with Knoll is not in the "
 "text. The excerpt has no citation markers. No word added or changed. Kept as written: 'formed in 1931 by British "
 "furniture manufacturer Frederick Parker and Willi Knoll, a German inventor of a new form of sprung furniture', 'from "
 "the 1930s to the 1990s', 'listed on the London Stock Exchange in 1950, but taken private in 2004', 'it was acquired "
 "out of administration by Sofa Brands International', 'Shoreditch, East London in 1845' (no comma), 'high quality "
 "furniture' beside 'high-quality furniture', the spaced en dashes of 'High Wycombe \u2013 a historic centre of the "
 "furniture trade in England \u2013 in 1898', \"the Palladian Lounge of Cunard's RMS Aquitania\", 'the P&O liner SS "
 "Ophir, which was commissioned as a royal yacht, HMS Ophir, in 1901', '(the future King George V and Queen Mary)', "
 "'Emperor of Ethiopia Haile Selassie', 'Frederick Parker and Sons Ltd' ('Ltd', where en.wikipedia.org's later "
 "rendering has 'Limited'), \"Frederick's son, Tom Parker, later took over the business.\", 'in the First World War', "
 "'a coiled steel wire string system'. 317 words. No outage told; one near-miss (the company's 'financial "
 "difficulties' and administration: a business failure, no service lost). Recorded CC BY-SA 4.0 (doubtful: the "
 "revision is undated; it lies between the older revision of absoluteastronomy.com's and theinfolist.com's copies "
 "('After financial problems', 'In recent years, the brand has moved back ...') and en.wikipedia.org's own later "
 "rendering ('taken private and delisted in 2004'), as batches 56j and 57b recorded wikimili.com's copies). Found at "
 "rank 6 of the query 'Parker Knoll is a British furniture manufacturer founded by Frederick Parker'; "
 "en.wikipedia.org's '= Title =' rendering (rank 1; a later revision of the same text, but with the ships' names lost "
 "from the rendering: \"the Palladian Lounge of Cunard's .\" and 'the P&O liner , which'), theinfolist.com and "
 "absoluteastronomy.com (ranks 4, 5; older revisions with link glosses run into the text), and the retailer's, "
 "designers', archive's and foundation's pages (ranks 2, 3, 7, 8: collingwoodstores.co.uk, "
 "real-estate-designers.com, archiveshub.jisc.ac.uk, frederick-parker-foundation.org) not used. Parker Knoll, "
 "Frederick Parker, Willi Knoll, Tom Parker, Sofa Brands, Cornwell Norton, Palladian Lounge: " + CHECKED + " (Cunard, "
 "P&O and the London Stock Exchange are named in texts on other matters; none is a history of Parker Knoll).",
 "non-US", copy_of="the Wikipedia article, wikimili.com's copy"))

# ---- medical devices, Iceland: Össur (an older en.wikipedia.org rendering, a revision of 2019 or later) -----------
OSSUR = [
 "\u00d6ssur hf. is an Icelandic company that develops, manufactures and sells non-invasive orthopaedics equipment, "
 "including bracing and support products, compression therapy, and prosthetics. The company's headquarters is in "
 "Reykjav\u00edk, and it has offices in the Americas, Europe, and Asia, with distributors in other markets.",
 "\u00d6ssur was founded in Iceland in 1971 by \u00d6ssur Kristinsson, a prosthetist. His family owned the company "
 "until 1999, when it went public and was listed on the Iceland Stock Exchange. Initially, the company served only "
 "the domestic Icelandic market, and then began to export in 1986. It currently employs around 2,300 staff in 18 "
 "locations.",
 "In 2006, the company was named as a \"technology pioneer\" by the World Economic Forum.",
 "Since 2000, \u00d6ssur has acquired 16 companies. The Gibaud Group operates autonomously.",
 "2000 \u2013 Sk\u00f3stofan\n"
 "2000 \u2013 Flex-Foot, Inc.\n"
 "2000 \u2013 PI Medical AB.\n"
 "2000 \u2013 Karlsson & Bergstrom AB.\n"
 "2000 \u2013 Century XXII Innovations, Inc\n"
 "2003 \u2013 Linea Orthopedics AB.\n"
 "2003 \u2013 Generation II Group, Inc.\n"
 "2005 \u2013 Advanced Prosthetic Components\n"
 "2005 \u2013 Royce Medical, Inc.\n"
 "2005 \u2013 Innovative Medical Products, Ltd.\n"
 "2005 \u2013 GBM Medical AB.\n"
 "2006 \u2013 Innovation Sports, Inc.\n"
 "2006 \u2013 Gibaud Group\n"
 "2007 \u2013 SOMAS\n"
 "2010 \u2013 Orthopaedic Partner Africa"]
KEPT["wp-ossur"] = ("ossur-enwiki.txt", OSSUR)
R.append(wp("wp-ossur", "\u00d6ssur", "https://en.wikipedia.org/wiki/\u00d6ssur",
 "\n\n".join(OSSUR),
 "medical devices/prosthetics and orthopaedics", ["history", "founding", "listing", "acquisition"],
 "The article as an older en.wikipedia.org rendering holds it in the page store ('From Wikipedia, the free "
 "encyclopedia', 'Jump to navigation Jump to search'; undated, no revision id; a revision of 2019 or later: the "
 "infobox's '3000 (average, 2018)', while the list still counts 16 purchases where hubbry.com's later copy says 'over "
 "20'). The page store holds it at the article's own address with the title percent-encoded "
 "(en.wikipedia.org/wiki/%C3%96ssur), recorded here as the address built from the title, as batch 57b recorded Fox's "
 "Biscuits. Cut: the lines 'From Wikipedia, the free encyclopedia' and 'Jump to navigation Jump to search'; the "
 "infobox lines ('\u00d6ssur hf.', 'Traded asNasdaq CopenhagenOSSR', 'IndustryHealth care', 'Area served', 'Key "
 "people', 'Jon Sigurdsson', '(President and CEO)', 'Niels Jacobsen', 'Sveinn Solvason', 'ProductsNon-invasive "
 "orthopaedic bracing and support, compression therapy, prosthetics', the revenue, income, assets and equity lines "
 "of 2013 with their markers '[1]', 'Number of employees', '3000 (average, 2018)[2]'), so the President and CEO Jon "
 "Sigurdsson, Niels Jacobsen, Sveinn Solvason and Nasdaq Copenhagen are not in the text (doubtful: the page's only "
 "executives; cut as batches 54zu, 55i, 56b, 56j, 57a and 57j cut their infoboxes); the empty lines where the "
 "rendering drops its headings; the citation markers '[citation needed]', '[3]', ' [4]', '[5]' (twice), '[6]', '[7]' "
 "and ' [8]'; the list's bullet glyphs ('  \u2022 ', a list's layout, as headings are cut; its fifteen items kept one "
 "a line, in their order and spelling); cut after '2010 \u2013 Orthopaedic Partner Africa', before the item the "
 "excerpt breaks off ('2012 '; `truncated`; a cut at a list item's end), so the list holds fifteen of the sixteen "
 "companies the text counts. No word added or changed. Kept as written: '\u00d6ssur hf. is an Icelandic company "
 "that develops, manufactures and sells non-invasive orthopaedics equipment', 'The company's headquarters is in "
 "Reykjav\u00edk', 'founded in Iceland in 1971 by \u00d6ssur Kristinsson, a prosthetist', 'His family owned the "
 "company until 1999, when it went public and was listed on the Iceland Stock Exchange.', 'It currently employs "
 "around 2,300 staff in 18 locations.', the straight quotation marks of '\"technology pioneer\"', 'Since 2000, "
 "\u00d6ssur has acquired 16 companies. The Gibaud Group operates autonomously.', the items' en dashes and their "
 "full stops and commas as written ('PI Medical AB.', 'Karlsson & Bergstrom AB.', 'Century XXII Innovations, Inc' "
 "with no full stop, 'Linea Orthopedics AB.', 'GBM Medical AB.'), 'SOMAS'. 200 words. No outage and no near-miss of "
 "one told. Recorded CC BY-SA 3.0 (content of about 2019-2022, before Wikimedia's move to 4.0 of June 2023: the "
 "'Jump to navigation Jump to search' layout, as batches 40ze, 54zu, 55e, 55n, 56f and 57b recorded their older renderings); doubtful in that no "
 "revision id or date is held. Found at rank 2 of the query '\u00d6ssur is an Icelandic company that develops "
 "prosthetics and orthopaedic products, founded in 1971 by'; hubbry.com's copy of a later revision (rank 4; Nasdaq "
 "Copenhagen since 2009, 'over 20 companies'; one text per matter) and the blog, bank, company, essay and trade pages "
 "(ranks 1, 3, 5-8; not openly licensed) not used. \u00d6ssur, Kristinsson, Flex-Foot, Gibaud, Royce Medical, "
 "Sk\u00f3stofan, PI Medical, Karlsson & Bergstrom, Century XXII, Linea Orthopedics, Generation II, Advanced "
 "Prosthetic, Innovative Medical Products, GBM Medical, Innovation Sports, SOMAS, Orthopaedic Partner, Iceland Stock "
 "Exchange: " + CHECKED + " ('technology pioneer' only in GATHERING.md's lines on another matter; the World Economic "
 "Forum is named in texts on other matters).", "non-US",
 v3=True, copy_of="the Wikipedia article, an older rendering at its address"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[edit]', '[citation needed]') and without
    list bullets ('\u2022'), whitespace runs as one space."""
    s = re.sub(r"\s*\[(\d+|edit|citation needed)\]", "", s)
    return " ".join(s.replace("\u2022", " ").split())


def verify():
    """Each kept paragraph must occur in the saved excerpt, markers and bullets dropped and whitespace runs compared as
    one space; returns problems."""
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
