#!/usr/bin/env python3
"""Batch 40zb (session 41; gatherer lane 40zb): company histories from English Wikipedia in the company lane of batches
36j, 36n, 37k, 37u, 38k, 38n, 40o, 40t, 40u, 40v, 40w and 40x, turned to food and drink, hotels and pharmaceuticals -
a US bottled organic tea company founded by a student and his Yale professor, part-owned and then bought by The
Coca-Cola Company, its first order from Fresh Fields (food and drink, US); a British boutique hotel chain founded by
Ken McCulloch with Arcadian International, owned by MWB Group, bought by KSL Capital Partners and sold with Hotel du Vin
to Frasers Hospitality (hotels, UK); a US drug maker founded as Sepracor by three men, bought by Sumitomo Pharma and
folded into Sumitomo Pharma America, its partnership of 1993 with Marion Merrell Dow (pharmaceuticals, US); and a
British hotel group founded by Sir Rocco Forte and his sister Olga Polizzi after Granada plc took over the Forte Group,
with a chairman and chief executive, a deputy chairman and director of design, and a minority stake sold to Saudi
Arabia's Public Investment Fund (hotels, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): two current '= Title =' renderings on en.wikipedia.org, one revision by its id on en.wikipedia.org
(oldid=1172011716), one from the Kiwix dump wikipedia_en_top1m_maxi_2024-05 on iiab.live; each cut at a sentence or
section end (`truncated`). Edits per item in `notes`; no word added or changed. No text tells an outage and none tells
a near-miss. newskg (or any extractor) was not run on any text.
usage: batch40zb.py [POOL_DIR] [--dry]   (default /tmp/gather41zb/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41zb/pool"

CHECKED = ("0 hits in GATHERING.md, in the eval/corpus gold texts and file names, in the gather scripts, and in the "
           "session-41 pools (/tmp/gather41*/pool) as they stood when checked (`grep -ril`, file names only)")

R = []
# ---- food and drink, US: Honest Tea (en.wikipedia.org, a current '= Title =' rendering) -------------------------------
R.append(wp("wp-honest-tea", "Honest Tea", "https://en.wikipedia.org/wiki/Honest_Tea",
 "Honest Tea (U.S.) was a bottled organic tea company based in Bethesda, Maryland. It was founded in 1998 by Seth "
 "Goldman and Barry Nalebuff, and ultimately sold to become a wholly owned subsidiary of The Coca-Cola Company. The tea "
 "brand ceased production on December 31, 2022.\n\n"
 "Honest Tea was founded in 1998 by Seth Goldman, a graduate of Harvard and the Yale School of Management who got the "
 "idea to found a beverage company while he was at business school. There were two key ideas behind the company: to "
 "bring beverages to market that were organic and not as heavily sweetened, and to conduct the business using fair "
 "trade principles. Goldman and one of his Yale professors, Barry Nalebuff, conceived the idea for the company and "
 "raised $500,000 in startup funds from friends and family.\n\n"
 "The first order for Honest Tea was from Fresh Fields, an East Coast natural grocery chain that was later acquired by "
 "Whole Foods Market. Honest Tea was available on Independence Air flights. By 2006, Honest Tea had revenue of "
 "$13.5million and was selling about 1.5 millioncases a year.\n\n"
 "The Coca-Cola Company purchased a 40-percent stake of the U.S. company at $43million in 2008. It bought the rest of "
 "the company in 2011.\n\n"
 "In 2009, Honest Tea US received an unpaid endorsement when The New York Times reported that it was President Barack "
 "Obama's preferred beverage.\n\n"
 "A separate small company, Springleaf, controls the Honest Tea trademark in Australia. Honest Tea lost an attempt to "
 "claim the rights to the phrase in Australia in 2007. In 2015, Annabel Young won her case against Coca-Cola in "
 "Australia as the original brand name holder, retaining the Honest Tea brand.\n\n"
 "In 2021, Coca-Cola introduced Honest Yerba Mate.",
 "food and drink", ["history", "ownership", "deal", "partnership"],
 "The article as the page store holds it at https://en.wikipedia.org/wiki/Honest_Tea, a current rendering headed '= "
 "Honest Tea =' (the brand 'ceased production on December 31, 2022'; no revision id). Cut: the title line; the "
 "infobox list (logo, 'Type: Iced tea', 'Manufacturer: Honest Tea, Inc (1998\u20132011), The Coca-Cola Company "
 "(2011\u20132022)', 'Distributor: The Coca-Cola Company', 'Origin: United States'); the heading '==History=='; cut "
 "after 'introduced Honest Yerba Mate.', before the sentence the excerpt breaks off ('Yerba mate is a traditional "
 "beverage in South America, brewed from le'; `truncated`; a cut inside a paragraph, doubtful), so Coca-Cola's "
 "announcement of May 2022 and the founders' later tea are not in the text. No citation markers on this rendering. "
 "Kept as written: 'Honest Tea (U.S.) was', 'and ultimately sold to become a wholly owned subsidiary', 'The tea brand "
 "ceased production', 'a graduate of Harvard and the Yale School of Management', 'one of his Yale professors', "
 "'$13.5million', '1.5 millioncases' and '$43million' (the spaces lost from the rendering, as held), 'a 40-percent "
 "stake of the U.S. company', 'Honest Tea US', 'President Barack Obama's preferred beverage', 'the original brand name "
 "holder'. {WORDS} words. No outage and no near-miss told (the end of production in 2022 is a business decision). "
 "Recorded CC BY-SA 4.0 (a current rendering, content after December 2022); doubtful only in that no revision id is "
 "held. en.wikipedia.org's older rendering of about 2012-2015 ('Jump to: navigation, search'; a year-by-year list "
 "under 'History[edit]', Bethesda Green), twiki.owiki.org's, food.wikisort.org's and encyclopedia.thefreedictionary."
 "com's copies of revisions of about 2015-2022 (the company 'is'; the same history with citation markers, the 2013 "
 "and 2014 sales figures), sodapopcraft.com's glossary digest, masjidalaqsa.com's boycott page (a rewriting), a "
 "Taylor & Francis book chapter, and news of the 2022 discontinuation (USA Today, WTOP, newsbreak.com; Goldman's "
 "'gut punch', his 'TeaEO' title to 2015) were looked at and not used. Honest Tea, Seth Goldman, Nalebuff, Fresh "
 "Fields, Independence Air, Springleaf, Bethesda: " + CHECKED + " (Whole Foods is named in one test file and two "
 "gather scripts of batch 32h, another subject; not opened).", "US"))

# ---- hotels, UK: Malmaison (en.wikipedia.org, a current '= Title =' rendering) ------------------------------------------
R.append(wp("wp-malmaison-hotel-chain", "Malmaison (hotel chain)",
 "https://en.wikipedia.org/wiki/Malmaison_(hotel_chain)",
 "Malmaison is a British company that operates sixteen hotels in the United Kingdom. The company was established in "
 "1994, and is now owned by Frasers Property.\n\n"
 "Malmaison was founded by Scottish hotelier Ken McCulloch in 1994 in collaboration with hotel group Arcadian "
 "International. The first hotel opened in Leith, Edinburgh, with a second opening in Glasgow a month later. The chain "
 "is named after the Ch\u00e2teau de Malmaison on the outskirts of Paris, which inspired the design and style found "
 "within its hotels.\n\n"
 "Malmaison owner MWB Group went into administration in November 2012. US private equity firm KSL Capital Partners "
 "purchased Malmaison for an estimated \u00a3180 million in March 2013. Under KSL ownership a hotel was opened in "
 "Dundee.\n\n"
 "In May 2014 Malmaison stopped serving foie gras in their hotel restaurants, after a campaign by animal rights group "
 "PETA.\n\n"
 "In January 2015, under guidance from investment bank UBS, KSL sought prospective buyers for Malmaison and the Hotel "
 "du Vin chain (HDV). Private equity firms Terra Firma Capital Partners and TDR Capital were identified by Sky News in "
 "March 2015 as being two of three bidders for the chain. Four months later, in June 2015, the chain along with Hotel "
 "du Vin was sold to Frasers Hospitality of Frasers Property Group for \u00a3363.4 million.\n\n"
 "Malmaison hotels are mainly located in city centres. Each hotel typically has between 70 and 200 rooms, a bar and "
 "brasserie (branded as Chez Mal), private dining rooms and meeting rooms.",
 "hotels", ["history", "ownership", "deal"],
 "The article as the page store holds it at https://en.wikipedia.org/wiki/Malmaison_(hotel_chain), a current "
 "rendering headed '= Malmaison (hotel chain) =' (the infobox's '16' locations of 2020; no revision id). Cut: the title "
 "line; the infobox list ('Malmaison Trading Ltd.', 'Trade Name: Malmaison Hotels', logo, 'Type: Private', 'Founded: "
 "in Leith, Edinburgh, United Kingdom', 'Founder: Ken McCulloch', 'Hq Location City: London', locations, area served, "
 "'Key People: Gustaaf Bakker (Director)', 'Industry: Hospitality', 'Brands: Chez Mal', 'Parent: Frasers Hospitality "
 "UK Holdings'), so the director Gustaaf Bakker and the legal name are not in the text; the headings '==History==' and "
 "'== Hotels =='; cut after 'meeting rooms.', before the sentence the excerpt breaks off ('Some hotels'; `truncated`; "
 "a cut inside a paragraph, doubtful), so the list of hotels is not in the text. No citation markers on this "
 "rendering. Kept as written: 'operates sixteen hotels', 'is now owned by Frasers Property' beside 'Frasers Hospitality "
 "of Frasers Property Group', 'in collaboration with hotel group Arcadian International', 'a month later', 'Malmaison "
 "owner MWB Group went into administration', 'for an estimated \u00a3180 million', 'Under KSL ownership', 'stopped "
 "serving foie gras in their hotel restaurants', 'the Hotel du Vin chain (HDV)', 'as being two of three bidders', "
 "'Four months later, in June 2015' (four months after March is July: as written), '(branded as Chez Mal)'. {WORDS} "
 "words. No outage and no near-miss told (MWB Group's administration is a business failure). Recorded CC BY-SA 4.0 "
 "(a current rendering); doubtful only in that no revision id is held. de.abcdef.wiki's machine translation into "
 "German, rampantscotland.com's travel review (Amanda Rosa as interior designer, the sale to 'an American company'), "
 "and news of the 2004 and 2015 sales (caterersearch.com, the Daily Echo, The Scotsman: Robert Cook as Malmaison's "
 "chief executive, Choe Peng Sum as Frasers Hospitality's, Lim Ee Seng as Frasers Centrepoint's) were looked at and not "
 "used; for Hotel du Vin itself (founded in Winchester in 1994 by Robin Hutson and Gerard Basset) the store answered "
 "with news and features only. Malmaison, McCulloch, Arcadian, MWB, Marylebone Warwick, KSL Capital, Frasers, Terra "
 "Firma, TDR Capital, Hotel du Vin: " + CHECKED + " (UBS, PETA and Sky News are named in other corpus texts on other "
 "subjects).", "non-US"))

# ---- pharmaceuticals, US: Sunovion (en.wikipedia.org, revision 1172011716) -------------------------------------------
R.append(wp("wp-sunovion", "Sunovion", "https://en.wikipedia.org/wiki/?oldid=1172011716&title=Sunovion",
 "On July 1, 2023, Sunovion Pharmaceuticals Inc. became part of Sumitomo Pharma America, Inc., a science-based, "
 "technology-driven biopharmaceutical company focused on delivering therapeutic and scientific breakthroughs in areas "
 "of critical patient need spanning psychiatry and neurology, oncology, urology, women's health, rare disease, and cell "
 "and gene therapies.\n\n"
 "Sunovion was founded as Sepracor, Inc. in 1984 by Timothy J. Barberich, Steve Matson, and Bob Bratzler. Sepracor "
 "completed its initial public offering in 1991, trading on NASDAQ under the ticker SEPR. On October 12, 2010, "
 "Sepracor, Inc. was acquired by and became a standalone subsidiary of Sumitomo Pharma of Japan (then known as Sumitomo "
 "Dainippon Pharma). In April 2023, Sumitomo Pharma announced the combination of its U.S. subsidiaries, including "
 "Sunovion, to form Sumitomo Pharma America (SMPA).\n\n"
 "Sepracor completed its initial public offering in 1991 at a market cap of $160M. The company's initial focus was on "
 "the separation and purification of isomers and active metabolites. The strategy was to present larger "
 "pharmaceuticals with patented, purified active ingredients for expiring products. In 1993, Marion Merrell Dow, now a "
 "part of Sanofi, partnered with Sepracor to develop a purified version of its antihistamine, Seldane, after the "
 "latter was required to carry a warning about potentially fatal cardiac arrhythmia. This purified compound would "
 "later be marketed as Allegra, but Sepracor would not profit significantly from its launch, a result of less-than "
 "favorable partnership terms.",
 "pharmaceuticals", ["history", "ownership", "deal", "partnership"],
 "The article as en.wikipedia.org's page for revision 1172011716 (https://en.wikipedia.org/wiki/?oldid=1172011716&"
 "title=Sunovion) holds it in the page store: a revision of 2023 (it tells 1 July 2023 as past; about August 2023 by "
 "its id). Cut: the title line; the infobox table ('Company type | Subsidiary', 'Industry | Pharmaceuticals', 'Founded "
 "| 1984', 'Headquarters | Marlborough, Massachusetts, United States', 'Key people | Antony Loebel (President and "
 "CEO)', 'Products | Latuda Aptiom Kynmobi Lonhala Magnair Lunesta', 'Parent | Sumitomo Pharma', website), so the "
 "president and CEO Antony Loebel, the headquarters and the drugs of the infobox are not in the text; the citation "
 "markers '[1]' and '[2]'; the heading 'Company history'; cut after 'partnership terms.', before the sentence the "
 "excerpt breaks off (\"Sepracor's subsequent products were focused on the treatment of\"; `truncated`; a cut at a "
 "paragraph end), so Xopenex, Lunesta and the later history are not in the text. Kept as written: 'a science-based, "
 "technology-driven biopharmaceutical company focused on delivering ...' (the lead's wording, close to the company's "
 "own), 'Sepracor completed its initial public offering in 1991' twice (in the lead and again in the history), 'On "
 "October 12, 2010, Sepracor, Inc. was acquired by' (the date of the renaming; the purchase was agreed in 2009, which "
 "the text does not say), 'Sumitomo Pharma of Japan (then known as Sumitomo Dainippon Pharma)', 'the combination of "
 "its U.S. subsidiaries', 'a market cap of $160M', 'the latter', 'less-than favorable'. {WORDS} words. No outage and "
 "no near-miss told (Seldane's warning is a drug-safety matter). Recorded CC BY-SA 4.0 (a revision after June 2023, "
 "held by its id). theinfolist.com's copy of the same text run together with linked words' glosses, "
 "wiki-gateway.eudic.net's and absoluteastronomy.com's copies of older revisions (Sunovion or Sepracor 'is'; founded "
 "'by Tim Barberich' alone in the second; Doug Reedich, Gunnar Aberg, John McCullough, John Simon, Dean Handley, Tom "
 "Jerussi and Tim Healy named 'under the direction of' or 'under the marketing leadership of', no posts), "
 "sunovion.com's history page, SEC filings (a Schedule 14D-9, a 10-K) and news of the 2009 purchase (Telegram & "
 "Gazette, Boston Business Journal, Xconomy, News-Medical: Adrian Adams as Sepracor's president and CEO) were looked "
 "at and not used. Sunovion, Sepracor, Barberich, Matson, Bratzler, Sumitomo Pharma, Dainippon, Marion Merrell, "
 "Seldane, Allegra, Lunesta: " + CHECKED + " (Sumitomo alone is in five VOA texts of 2004 on the Sumitomo banks and "
 "Sumitomo Trust, and Sanofi in other texts; not opened).", "US",
 copy_of="the Wikipedia article, revision 1172011716 as en.wikipedia.org shows it"))

# ---- hotels, UK: Rocco Forte Hotels (the Kiwix dump wikipedia_en_top1m_maxi_2024-05 on iiab.live) --------------------
R.append(wp("wp-rocco-forte-hotels", "Rocco Forte Hotels",
 "https://iiab.live/kiwix/content/wikipedia_en_top1m_maxi_2024-05/A/Rocco_Forte_Hotels",
 "Rocco Forte Hotels is a British hotel group that was established in 1996 by hotelier Sir Rocco Forte and his "
 "sister, Olga Polizzi. The group owns and operates 14 hotels across Europe. Sir Rocco Forte is Chairman and Chief "
 "Executive, while Olga Polizzi is Deputy Chairman and Director of Design.\n\n"
 "Following the takeover of the Forte Group by Granada plc in 1996, Sir Rocco Forte and Olga Polizzi (the children of "
 "hotel magnate Lord Forte) formed RF Hotels. The rights to the Forte name were initially lost in 1996, when Granada "
 "plc bought the Forte Group. The first hotel purchased by the newly formed company in 1997 was a former Forte Group "
 "hotel, The Balmoral Hotel in Edinburgh, which had been put up for sale by new owners Granada plc.\n\n"
 "In 2001, following the de-merger of Compass Group from Granada's media interests, the use of the Forte trademark "
 "was returned to Sir Rocco Forte in a gesture intended to dispel the bitter legacy of the takeover. In 2003, the "
 "company changed its name to Rocco Forte Hotels, and The Rocco Forte Collection on 29 July 2007. The group name then "
 "reverted to Rocco Forte Hotels in 2011. The group's sales offices are located in London, Rome, Frankfurt, Moscow, "
 "Madrid, New York City and Los Angeles. As a brand of Rocco Forte Hotels Limited, the group owns and manages luxury "
 "five-star hotels. Brown's Hotel, Hotel de Rome and Hotel Amigo are members of The Leading Hotels of the World.\n\n"
 "In December 2023, the company announced the sale of a minority stake of 49% to Saudi Arabia's Public Investment "
 "Fund. The deal valued the business at \u00a31.4 billion.",
 "hotels", ["history", "ownership", "deal", "management"],
 "The article as the Kiwix dump wikipedia_en_top1m_maxi_2024-05 on iiab.live (Internet-in-a-Box's public Kiwix "
 "server) holds it in the page store (a revision of about May 2024: the stake sale of December 2023 told; no revision "
 "id). Cut: the infobox the copy prints after the lead ('Rocco Forte Hotels', 'IndustryHospitality', 'Founded1996 in "
 "London, England', 'Founders', 'HeadquartersLondon, England', 'Key people Sir Rocco Forte, Chairman Olga Polizzi, "
 "Director of Design', 'ServicesHotels', 'OwnerForte family (51%) Public Investment Fund (49%)', employees, website); "
 "the title line; the heading 'History'; the citation markers '[1]' (three times), '[2]' and '[3]'; cut after '\u00a31.4 "
 "billion.', the end of the History section, before the heading 'Properties', the caption 'Hotel de Rome in Berlin' "
 "and the list 'Current hotels' where the excerpt breaks off. Kept as written: 'established in 1996 by hotelier Sir "
 "Rocco Forte and his sister, Olga Polizzi', 'Sir Rocco Forte is Chairman and Chief Executive, while Olga Polizzi is "
 "Deputy Chairman and Director of Design' (the posts capitalised), '(the children of hotel magnate Lord Forte)', 'The "
 "rights to the Forte name were initially lost in 1996, when Granada plc bought the Forte Group' beside the first "
 "sentence of the paragraph (the same takeover told twice), 'put up for sale by new owners Granada plc', 'In 2001, "
 "following the de-merger of Compass Group from Granada's media interests' (Granada's catering and hotels went with "
 "Compass: not said), 'the company changed its name to Rocco Forte Hotels, and The Rocco Forte Collection on 29 July "
 "2007', 'As a brand of Rocco Forte Hotels Limited'. {WORDS} words. No outage and no near-miss told. Recorded CC BY-SA "
 "4.0 (a dump of May 2024); doubtful in that no revision id is held and iiab.live's own terms page was not looked up "
 "(a Kiwix copy, as batch 40z's a.osmarks.net). A Bing cache copy of an older en.wikipedia.org rendering (the same "
 "lead and history in 2023 with '[edit]' links, headquarters at 70 Jermyn Street), an older 'Rocco Forte' biography "
 "(Gerry Robinson's Granada, the \u00a33.87 billion tender offer of August 1995; no address held), and profiles and "
 "news (Mishcon de Reya's 'Shaper', lfct.org.uk, Haute Living, theaxis.world, Seven Hills: Fondo Strategico "
 "Italiano's 23% of 2014) were looked at and not used. Rocco Forte, Polizzi, Forte Group, Trusthouse, Balmoral, "
 "Compass Group, Leading Hotels, Brown's Hotel, Hotel de Rome, Hotel Amigo, RF Hotels: " + CHECKED + " (Granada is "
 "named in one dev file on ITV plc and the Public Investment Fund in one dev file on MBC Group, other subjects; not "
 "opened).", "non-US",
 copy_of="the Wikipedia article as it stood in about May 2024, the Kiwix dump wikipedia_en_top1m_maxi_2024-05"))

for r in R:
    r["notes"] = r["notes"].replace("{WORDS}", str(len(r["text"].split())))
    if r["id"] == "wp-sunovion":  # the page held is the revision named by its id
        r["attribution"] = r["attribution"].replace("revision not recorded by the page store", "revision 1172011716")

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
