#!/usr/bin/env python3
"""Batch 40zc (session 41; gatherer lane 40zc): company histories from English Wikipedia in the company lane of batches
36j, 36n, 37k, 37u, 38k, 38n, 40o, 40t, 40u, 40v, 40w, 40x and 40zb, turned to consumer goods, cosmetics, fashion, food
and drink and pharmaceuticals, taken to the leads batch 40zb left - a US personal care company founded in Maine by
Roxanne Quimby and Burt Shavitz, bought by Clorox in 2007, its order of 1989 from the New York City boutique Zona
(personal care, US); a British clothing brand founded in Salcombe by Peter Williams and Robert Shaw, its brand bought
out of administration by Frasers Group (then Sports Direct) in 2019 (fashion, UK); a Japanese drug maker, its
predecessor Dainippon Pharmaceuticals founded in 1885 by Nagayo Sensai and bought by Osaka Seiyaku in 1898, its other
predecessor Sumitomo Pharmaceuticals a subsidiary of Sumitomo Chemical, the merger of 2005 (pharmaceuticals, Japan); a
US maker of natural personal care products founded by Tom and Kate Chappell, 84% bought by Colgate-Palmolive in 2006
(personal care, US); and a British chocolate company founded by Craig Sams and Josephine Fairley, bought by Cadbury
Schweppes in 2005 and later part of Mondelez International (food and drink, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): two current '= Title =' renderings on en.wikipedia.org, and copies on the Wikipedia-on-IPFS snapshot (an IPNS
gateway), on cryer.org.uk and on en.m.wiki.x.io; each cut at a sentence or section end (`truncated`, except the
Tom's of Maine copy, kept to the end of its body). Edits per item in `notes`; no word added or changed. No text tells
an outage and none tells a near-miss. newskg (or any extractor) was not run on any text.
usage: batch40zc.py [POOL_DIR] [--dry]   (default /tmp/gather41zc/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41zc/pool"

CHECKED = ("0 hits in GATHERING.md, in the eval/corpus gold texts and file names, in the gather scripts, and in the "
           "session-41 pools (/tmp/gather41*/pool) as they stood when checked (`grep -ril`, file names only)")

R = []
# ---- personal care, US: Burt's Bees (en.wikipedia.org, a current '= Title =' rendering) -------------------------------
R.append(wp("wp-burts-bees", "Burt's Bees", "https://en.wikipedia.org/wiki/Burt's_Bees",
 "Burt's Bees is an American multinational company that makes products for health, beauty, and personal care. Founded "
 "in Maine in 1984, Burt's Bees started as a small business selling hand-crafted beeswax candles. It expanded in the "
 "1990s, selling soaps, lip balms, perfumes, and other products as an \"Earth-friendly, Natural Personal Care "
 "Company\".\n\n"
 "In 2007, Burt's Bees was acquired by Clorox. Its products are distributed globally.\n\n"
 "Originating in Maine in the 1980s, the business began when co-founder Roxanne Quimby started making candles from "
 "Burt Shavitz's leftover beeswax. The first headquarters was an abandoned one-room schoolhouse rented from a friend "
 "for $150 a year. This eventually led to the bottling and selling of honey by the two co-founders, and Quimby's focus "
 "on maintaining high quality helped to grow the business from an initial $200 at the Dover-Foxcroft Junior High "
 "School craft fair to $20,000 in sales by the end of its first year.\n\n"
 "The practice of bottling honey slowly diminished as the company evolved as a corporation. The company eventually "
 "began selling other products that used honey and beeswax, including furniture polish and edible spreads, before "
 "moving more fully into personal care products.\n\n"
 "Burt's Bees increased production in 1989, after a New York City boutique, Zona, ordered hundreds of their beeswax "
 "candles.",
 "personal care", ["history", "ownership", "deal", "partnership"],
 "The article as the page store holds it at https://en.wikipedia.org/wiki/Burt%27s_Bees (the same address with the "
 "apostrophe percent-encoded), a current rendering headed "
 "'= Burt's Bees =' (the infobox's 'Key People: Mariah Eckhardt' and 'Parent: Clorox (2007\u2013present)'; no revision "
 "id). Cut: the title line; the infobox list (logo, 'Type: Subsidiary', 'Foundation: , in Dover-Foxcroft, Maine, "
 "U.S.', 'Founders: Burt Shavitz Roxanne Quimby', 'Location City: Durham, North Carolina', area served, 'Key People: "
 "Mariah Eckhardt', 'Products', 'Revenue: US$250 million (2006)', 'Num Employees: 420 (2005)', 'Parent: Clorox "
 "(2007\u2013present)', homepage), so Mariah Eckhardt and Durham are not in the text; the headings '==History==' and "
 "'===1984\u20131989: Founding==='; cut after 'beeswax candles.', before the sentence the excerpt breaks off ('The "
 "company hired 40 additional employees and started manufacturing produc'; `truncated`; a cut inside a paragraph, "
 "doubtful), so the incorporation of 1991, the move to North Carolina, AEA Investors' stake and the price Clorox paid "
 "are not in the text. No citation markers on this rendering. Kept as written: 'an American multinational company', "
 "'It expanded in the 1990s', 'an \"Earth-friendly, Natural Personal Care Company\"' (the quotation closed before the "
 "full stop), 'Originating in Maine in the 1980s', 'co-founder Roxanne Quimby', 'the two co-founders', 'an initial "
 "$200 at the Dover-Foxcroft Junior High School craft fair', 'a New York City boutique, Zona, ordered hundreds of their "
 "beeswax candles'. {WORDS} words. No outage and no near-miss told. Recorded CC BY-SA 4.0 (a current rendering); "
 "doubtful only in that no revision id is held. wikimili.com's copy (the same history with markers, 'a subsidiary of "
 "Clorox' in the lead), an IPFS copy of an older revision (Craig Stevenson as vice president and general manager in "
 "the infobox; its excerpt breaks off at 'In late 2007, Clorox pu'), theinfolist.com's copy run together with glosses, "
 "commonshare.com's brand page (a rewriting), and news and blog copies of the 2007 purchase (the New York Times' "
 "feature of January 2008 on robalini.blogspot.com and huntsearch.com, E Magazine, TreeHugger, WRAL, the Bangor Daily "
 "News, healthsynergyrx.com: $925 million announced, $913 million at closing, AEA Investors' 80% of 2003, John "
 "Replogle as chief executive, Donald Knauss as Clorox's chairman and chief executive) were looked at and not used. "
 "Burt's Bees, Quimby, Shavitz, Dover-Foxcroft, Clorox: " + CHECKED + " ('Zona' matches only inside other words in "
 "other files: Arizona, zone).", "US"))

# ---- fashion, UK: Jack Wills (en.wikipedia.org, a current '= Title =' rendering) --------------------------------------
R.append(wp("wp-jack-wills", "Jack Wills", "https://en.wikipedia.org/wiki/Jack_Wills",
 "Jack Wills Retail Limited, trading as Jack Wills, is a British clothing brand founded by Peter Williams and Robert "
 "Shaw in Salcombe, Devon, in 1999. Originally positioned as a 'university outfitter' targeting affluent British "
 "university students with a preppy, heritage-inspired aesthetic (often described as \u201cFabulously British\u201d), "
 "the brand rapidly expanded in the 2000s and 2010s, becoming closely associated with the \u201cSloane Ranger\u201d and "
 "\u201cposh\u201d subcultures. Known for its pheasant logo, pastel colours, hoodies, gilets, and seasonal "
 "\u201chandbook\u201d catalogues featuring young models in country-house settings, Jack Wills opened over 70 stores "
 "in the UK, Ireland, the US, Middle East, and Asia at its peak.\n\n"
 "After entering administration in August 2019, the brand and its intellectual property were acquired by Frasers "
 "Group (then Sports Direct) for \u00a312.8 million. Since 2020 it has operated primarily as an online-only retailer "
 "with a much-reduced physical presence (a handful of UK outlet stores and concessions in Frasers Group stores). As of "
 "2025, Jack Wills continues to trade online and through wholesale partners, positioning itself as premium British "
 "heritage casual wear.\n\n"
 "Peter Williams and Robert Shaw founded the brand in 1999. Williams was 23 when the first store opened at 22 Fore "
 "Street, Salcombe, and it was created with \u00a340,000 \u2013 the founders slept above the shop.",
 "fashion/retail", ["history", "ownership", "deal"],
 "The article as the page store holds it at https://en.wikipedia.org/wiki/Jack_Wills, a current rendering headed '= "
 "Jack Wills =' ('As of 2025'; the infobox's revenue for 2024 and employees for 2025; no revision id). Cut: the title "
 "line; the infobox list ('Jack Wills Retail Limited', logo, 'Trading Name: Jack Wills', 'Type: Private', 'Industry: "
 "Retail', 'Genre: Fashion store', products, 'Foundation: , (Salcombe, Devon)', 'Founder: Peter Williams', 'Location: "
 "London, England', area served, 'Revenue: \u00a319.1 million (2024)', 'Num Employees: 135 (2025)', 'Parent: Frasers "
 "Group', 'Locations: 24 (2024)', homepage); the heading '==History =='; cut after 'slept above the shop.', before the "
 "sentence the excerpt breaks off ('The bran'; `truncated`; a cut inside a paragraph, doubtful), so the naming after a "
 "grandparent, the later stores, the owners before 2019 and the chief executives are not in the text. No citation "
 "markers on this rendering. Kept as written: 'Jack Wills Retail Limited, trading as Jack Wills, is a British clothing "
 "brand', the quotation marks as held (straight single quotes round 'university outfitter', curly double quotes round "
 "\u201cFabulously British\u201d, \u201cSloane Ranger\u201d, \u201cposh\u201d and \u201chandbook\u201d), 'in the UK, "
 "Ireland, the US, Middle East, and Asia', 'the brand and its intellectual property were acquired by Frasers Group "
 "(then Sports Direct) for \u00a312.8 million', 'concessions in Frasers Group stores', 'As of 2025', the founding told "
 "twice, '\u00a340,000 \u2013 the founders slept above the shop'. {WORDS} words. No outage and no near-miss told (the "
 "administration of 2019 is a business failure). Recorded CC BY-SA 4.0 (a current rendering, content of 2025); "
 "doubtful only in that no revision id is held. owiki.org's copy (the same lead; its history's first sentence damaged, "
 "'and Robert Shaw founded the brand in 1999', the Financial Times interview, the stores in Fulham and Aldeburgh), "
 "interviews and profiles of Peter Williams (the Evening Standard, IBTimes, businessshapers.co.uk: Williams chief "
 "executive again from August 2015, BlueGem's buy-out of Inflexion's 27% and Shaw's 25%; three machine-garbled "
 "'biography sample' copies), and news of the 2019 sale (WWD, the Financial Times, the Daily Mail on pressreader.com, "
 "Business Matters, Credit Strategy, newsgroove.co.uk, City A.M., Retail Systems: Mike Ashley's Sports Direct, KPMG's "
 "Will Wright and Chris Pole as administrators, Suzanne Harlow as chief executive, Michael Murray as head of elevation, "
 "Philip Day's rival bid) were looked at and not used. Jack Wills, Peter Williams, Robert Shaw, Frasers Group, Sports "
 "Direct: " + CHECKED + " ('Salcombe' is in one train file and one gather script of batch 31h, a biography of Karren "
 "Brady, and 'Frasers' in batch 40zb's Malmaison (Frasers Hospitality, Frasers Property), other subjects; not "
 "opened).", "non-US"))

# ---- pharmaceuticals, Japan: Sumitomo Dainippon Pharma (the Wikipedia-on-IPFS snapshot on an IPNS gateway) -----------
R.append(wp("wp-sumitomo-dainippon-pharma", "Sumitomo Dainippon Pharma",
 "https://nzt-eth.ipns.dweb.link/wiki/Sumitomo_Dainippon_Pharma.html",
 "Sumitomo Dainippon Pharma Co., Ltd. (\u5927\u65e5\u672c\u4f4f\u53cb\u88fd\u85ac\u682a\u5f0f\u4f1a\u793e Dainippon "
 "Sumitomo Seiyaku Kabushiki-Gaisha) is a pharmaceutical company based in Japan. Its headquarters are in Chuo-ku, "
 "Osaka.\n\n"
 "The original Dainippon Pharmaceuticals (Dainippon Seiyaku) was established in 1885 by Nagayo Sensai, a graduate of "
 "Tekijuku \u2013 the first private medical school in Japan established by Ogata K\u014dan. It was set up as a wholly "
 "private company invested by a number of people in Tokyo and Osaka, with the land and buildings let by the "
 "government. Technical expertise for the enterprise was provided by Shibata Shokei and Nagai Nagayoshi, who were also "
 "among the first students trained abroad at government expense.\n\n"
 "The company started its operation in 1885 with equipment imported from Germany. The main products were tincture and "
 "other similar drugs listed in the Japanese Pharmacopoeia. Among them was ephedrine, an anti-asthma drug invented by "
 "Nagai. In 1893, however, Nagai left the company and the business started to make a loss. in 1898 it was acquired by "
 "Osaka Seiyaku (Osaka Pharmaceutical).\n\n"
 "Another origin of the company is Sumitomo Pharmaceuticals, incorporated in 1984 as a subsidiary of Sumitomo Chemical "
 "(holding 77.83% of the share as of 2006). Dainippon and Sumitomo merged on October 1, 2005 to create Dainippon "
 "Sumitomo Pharma.",
 "pharmaceuticals", ["history", "ownership", "deal"],
 "The article as the Wikipedia-on-IPFS snapshot holds it at https://nzt-eth.ipns.dweb.link/wiki/Sumitomo_Dainippon_"
 "Pharma.html in the page store (an IPNS gateway's copy; the infobox's revenue for FY 2013 and employees 'as of June "
 "30, 2014': a revision of about 2014-2017, before the renaming to Sumitomo Pharma in April 2022; no revision id). "
 "Cut: the title line; the infobox table ('Public KK', 'Traded as | TYO: 4506', 'Industry | Biotech & "
 "Pharmaceuticals', 'Founded | October 1, 2005 (merger of Dainippon Pharmaceutical & Sumitomo Pharmaceuticals)', "
 "'Headquarters | 6-8, Doshomachi 2-chome, Chuo-ku, Osaka ...', 'Key people | Masayo Tada, (President and CEO)', "
 "revenue, employees, website, 'Footnotes / references [1][2][3][4]'), so the president and CEO Masayo Tada is not in "
 "the text; the citation markers '[5]', '[6]', '[7]' and '[8]'; cut after 'to create Dainippon Sumitomo Pharma.', "
 "before the sentence the excerpt breaks off ('As a result, Sumitomo Chemical h'; `truncated`; a cut inside a "
 "paragraph, doubtful), so Sumitomo Chemical's share after the merger is not in the text. Kept as written: the "
 "Japanese name and its romanisation in the opening bracket, 'The original Dainippon Pharmaceuticals (Dainippon "
 "Seiyaku)', 'Tekijuku \u2013 the first private medical school in Japan established by Ogata K\u014dan', 'invested by "
 "a number of people', 'let by the government', 'Technical expertise for the enterprise was provided by', 'started its "
 "operation in 1885' (the founding year told twice), 'tincture and other similar drugs', 'in 1898 it was acquired by' "
 "(lower-case 'in' after a full stop, as held), 'Osaka Seiyaku (Osaka Pharmaceutical)', '(holding 77.83% of the share "
 "as of 2006)', 'Dainippon and Sumitomo merged on October 1, 2005 to create Dainippon Sumitomo Pharma' (the name in "
 "its older word order). {WORDS} words. No outage and no near-miss told. Recorded CC BY-SA 3.0 (a revision before June "
 "2023, read from its content); doubtful in that no revision id is held and the IPFS snapshot's terms page was not "
 "found in the page store (as batch 36n's Jorma Ollila from the same snapshot). detailedpedia.com's and "
 "enwikipedia.net's copies of about the same revision (without 'who were also among the first students trained abroad "
 "at government expense'), en-academic.com's copy of an older revision under 'Dainippon Sumitomo Pharma' (the merger "
 "dated 'October 1, 2006'), the 'Sumitomo Pharma' article of about 2024 on a CloudFront host and movatter.jp's proxy "
 "(Hiroshi Nomura as president and CEO, Philopon), the Wayback Machine's copy of the company's corporate history of "
 "2006 and sumitomo-pharma.com's history page (company pages, not openly licensed) were looked at and not used. "
 "Nagayo, Tekijuku, Ogata, Shibata Shokei, Nagai Nagayoshi, Osaka Seiyaku, Sumitomo Chemical, Sumitomo "
 "Pharmaceuticals: " + CHECKED + " ('Dainippon' is in batch 40zb's Sunovion, train, and its two gather scripts, where "
 "Sumitomo Pharma is named 'then known as Sumitomo Dainippon Pharma' as Sunovion's buyer: another subject, the lead "
 "batch 40zb left; not opened).", "non-US", v3=True,
 copy_of="the Wikipedia article as it stood in about 2014-2017, the Wikipedia-on-IPFS snapshot"))

# ---- personal care, US: Tom's of Maine (cryer.org.uk's copy) ---------------------------------------------------------
R.append(wp("wp-toms-of-maine", "Tom's of Maine", "http://cryer.org.uk/Tom%27s_of_Maine",
 "Tom's of Maine is a U.S. manufacturer of natural personal care products. Tom's of Maine has been a majority-owned "
 "subsidiary of Colgate-Palmolive since 2006. The company was founded in 1970 by Tom Chappell and Kate Chappell (n\u00e9e "
 "Cheney) in Maine, United States.\n\n"
 "Tom's of Maine was founded by Tom and Kate Chappell in 1970 with a $5,000 loan, eventually growing into a $100 "
 "million business. The company is based in Kennebunk, Maine, and is a subsidiary of the multinational conglomerate "
 "Colgate-Palmolive, as of 2006. Tom's of Maine has approximately 120 employees. The company also employs factories "
 "elsewhere in the US and Canada via contract to produce some of their products.\n\n"
 "The company's products are sourced and derived from nature, with formulas that are free of artificial flavors, "
 "fragrances, colors, sweeteners, and preservatives. The products are not tested on animals, and the company claims "
 "that its ingredient processing is supportive of human and environmental health. While most of the company's "
 "products are vegan, some products contain propolis and/or beeswax sourced from bees.\n\n"
 "In 2006, a controlling 84% stake in Tom's of Maine was purchased by Colgate-Palmolive for $100 million; the "
 "Chappells own the remaining sixteen percent. The acquisition was significant in getting more consumers to try "
 "Tom\u2019s of Maine products.\n\n"
 "The terms of the purchase stipulate that the policies and company culture of the Tom's of Maine brand will be "
 "retained.",
 "personal care", ["history", "ownership", "deal"],
 "The article as cryer.org.uk's 'Tom's of Maine explained' page holds it in the page store (a site rendering "
 "Wikipedia pages; the infobox's 'Key People: Esilda Seng', general manager from 2019 in a later copy, and no word of "
 "the FDA warning of November 2024 that the later copy adds: a revision of about 2019-2024; no revision id). Cut: the "
 "title line 'Tom's of Maine explained'; the infobox list ('Industry:Personal care products', 'Founders:Tom and Kate "
 "Chappell', 'Hq Location City:Kennebunk, Maine', 'Key People:Esilda Seng', 'Products:Non-toxic/natural emphasis', "
 "'Parent:Colgate-Palmolive', empty fields), so Esilda Seng is not in the text; the headings 'History' and "
 "'Acquisition'; the citation markers '[1]' to '[11]' (two and three run together in places); the list 'References' "
 "after the last paragraph, where the excerpt breaks off. The body is kept whole (`truncated` false). Kept as written: "
 "'a U.S. manufacturer', 'has been a majority-owned subsidiary of Colgate-Palmolive since 2006', 'Tom Chappell and "
 "Kate Chappell (n\u00e9e Cheney)', the founding told twice, 'and is a subsidiary of the multinational conglomerate "
 "Colgate-Palmolive, as of 2006', 'employs factories elsewhere in the US and Canada via contract', 'propolis and/or "
 "beeswax', 'a controlling 84% stake ... was purchased by Colgate-Palmolive for $100 million; the Chappells own the "
 "remaining sixteen percent', 'Tom\u2019s of Maine products' (a curly apostrophe there alone, as held). {WORDS} words. "
 "No outage and no near-miss told. Recorded CC BY-SA 4.0 (undated copy, as batch 19d recorded undated copies; if the "
 "revision is older than June 2023 it is CC BY-SA 3.0, whose terms the record meets the same way); doubtful in that no "
 "revision id is held and cryer.org.uk's terms page was not found in the page store (as batches 31h and 33d). "
 "wiki.riteme.site's copy of a revision of 2024 (the FDA's warning letter; its excerpt breaks off before the "
 "acquisition), eTown's interview page, Maine Icons' profile of Kate Cheney Chappell, two blogs quoting the Boston "
 "Globe of March 2006 (Clearlake detergent, Sanford) and business-humanrights.org's digest of the Portland Press "
 "Herald were looked at and not used. Tom's of Maine, Chappell, Kennebunk, Colgate: " + CHECKED + ".", "US",
 copy_of="the Wikipedia article, via cryer.org.uk, a site rendering Wikipedia pages"))

# ---- food and drink, UK: Green & Black's (en.m.wiki.x.io's copy of the mobile rendering) ------------------------------
R.append(wp("wp-green-and-blacks", "Green & Black's", "https://en.m.wiki.x.io/wiki/Green_%26_Black%27s",
 "Green & Black's is a British chocolate company founded in 1991. The company produces a range of organic food "
 "products, including: chocolate bars, ice cream, biscuits and hot chocolate.\n\n"
 "Green & Black's was bought by Cadbury in 2005, and later became part of Mondel\u0113z International (formerly known as "
 "Kraft Foods). It has principal manufacturing sites in Canada, Poland, and Italy.\n\n"
 "Green & Black's was founded in 1991 by the couple Craig Sams and Josephine Fairley, organic food pioneer and "
 "journalist respectively. The name was derived from a wordplay \u2014 \"Green\" standing for the environmental concerns "
 "of the founders, and \"Black\" for the high cocoa solids chocolate they wished to provide. In 1994, the company began "
 "purchasing Fairtrade cocoa from Maya farmers in Belize for the Maya Gold chocolate bar, and was awarded the "
 "Worldaware Business Award in 1994 for good business practice, as well as the UK's first Fairtrade mark. The company "
 "has a small office in Punta Gorda, Belize.\n\n"
 "In May 2005, Cadbury Schweppes (latterly Cadbury plc) bought Green & Black's for an undisclosed sum, estimated to be "
 "around \u00a320m. Cadbury pledged to run the company as a separate business.\n\n"
 "Green & Black's Australia chocolate announced that it would convert 90% of its range to Fairtrade by the end of "
 "2010, and its entire range by 2011. In August 2017 the company launched its first product line, the Velvet Edition, "
 "which is neither Fair Trade nor Organic.",
 "food and drink", ["history", "ownership", "deal"],
 "The article as en.m.wiki.x.io holds it in the page store (a site serving en.wikipedia.org's mobile pages; the "
 "infobox's 'Founded1991; 33 years ago' and a review of 2022 in the text: a revision of 2024; no revision id). Cut: "
 "the infobox the copy prints after the lead ('Company typeSubsidiary', 'Founded1991; 33 years ago (1991)', "
 "'FoundersCraig Sams and Josephine Fairley', 'HeadquartersLondon, England', products, 'OwnerMondel\u0113z "
 "International', website), so London is not in the text; the image caption 'A Green and Black's dark chocolate bar'; "
 "the headings 'History', 'Founding' and 'Ownership changes and fairtrade', each with its 'edit' link; the citation "
 "markers '[1]' to '[5]'; cut after 'nor Organic.', the end of the section 'Ownership changes and fairtrade', before "
 "the heading 'Metal content' and the paragraph on Consumer Reports' review of 2022 where the excerpt breaks off "
 "(`truncated`). Kept as written: 'including: chocolate bars', 'bought by Cadbury in 2005' beside 'In May 2005, "
 "Cadbury Schweppes (latterly Cadbury plc) bought' (the purchase told twice), 'later became part of Mondel\u0113z "
 "International (formerly known as Kraft Foods)', 'the couple Craig Sams and Josephine Fairley, organic food pioneer "
 "and journalist respectively', 'a wordplay \u2014 \"Green\" ...', 'Fairtrade' beside 'Fair Trade', 'was awarded the "
 "Worldaware Business Award in 1994 ... as well as the UK's first Fairtrade mark', 'Green & Black's Australia "
 "chocolate announced', 'its first product line, the Velvet Edition' (after years of bars: as written). {WORDS} "
 "words. No outage and no near-miss told. Recorded CC BY-SA 4.0 (a revision of 2024); doubtful in that no revision id "
 "is held and en.m.wiki.x.io's terms page was not found in the page store (as batches 33e, 34d and 34e). "
 "the-uncensored-wiki.com's static copy of about 2007 (shorter; 'now owned by Cadbury'), absoluteastronomy.com's copy "
 "run together with glosses ('owned by Kraft Foods', plants in Poland and Italy), a blog's and a shop's copies of the "
 "founding paragraph, knowledge-builders.org's question-and-answer digest, Accountancy Age's column of 2005 (Todd "
 "Stitzer as Cadbury's chief executive, William Kendall's investors' 80% of 1999) and a magazine's book notice were "
 "looked at and not used. Green & Black, Craig Sams, Fairley, Maya Gold, Punta Gorda: " + CHECKED + " (Cadbury, "
 "Mondelez and Kraft are named in other corpus texts on other subjects; not opened).", "non-US",
 copy_of="the Wikipedia article, in its mobile rendering via en.m.wiki.x.io"))

for r in R:
    r["notes"] = r["notes"].replace("{WORDS}", str(len(r["text"].split())))
    if r["id"] == "wp-toms-of-maine":  # the copy's body is kept to its end (the references list alone cut)
        r["truncated"] = False

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
