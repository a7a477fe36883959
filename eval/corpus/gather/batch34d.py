#!/usr/bin/env python3
"""Batch 34d (session 35; helper gather35d): company stories of owners, purchases, units and partners, round 7 of
batch 27d's lane after batches 32d, 32j, 32n and 33d — English Wikipedia articles (CC BY-SA) on one company each, in
sectors and countries the corpus holds little of (telecoms, logistics, utilities, food; Eastern Europe, South and
South-East Asia, China, Africa): a Polish chocolate maker sold by Kraft Foods to Lotte (E. Wedel); an Indian mobile
operator controlled by Maxis Communications (Aircel); a Dutch courier bought by FedEx after a blocked UPS bid, hit by
the NotPetya attack in 2017 (TNT Express); a Hungarian telecoms company owned by Deutsche Telekom, formerly MATÁV
(Magyar Telekom); Manila's power distributor and the two companies it took over in 1904 (Meralco); a Chinese instant
noodle maker and its alliances with PepsiCo and Starbucks (Master Kong); a South African food group, its founders, its
brand and the retailer it owned (Tiger Brands).
Texts are the search tool's page-store excerpts (never a whole page), each cut at a section end or at the last full
sentence before its excerpt breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch34d.py [POOL_DIR] [--dry]   (default /tmp/gather35d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather35d/pool"

CHECKED = ("0 in the train/dev/test texts (test by script count only), GATHERING.md, the gather scripts on main and "
           "the session-35 pools as they stood (/tmp/gather35c only)")

R = []
# ---- food, Poland: E. Wedel, sold by Kraft Foods to Lotte Group (2010) ----------------------------------------------
R.append(wp("wp-e-wedel", "E. Wedel", "https://en.wikipedia.org/wiki/E._Wedel",
 "E. Wedel (pronunciation: Veh-del) is a Polish confectionery company, which has been producing a variety of "
 "chocolates, cakes, and snacks since 1851. Wedel is also a well-recognized brand of candy in Poland, considered to be "
 "the \"Polish national chocolate brand\" in that market, and is the leading candy brand among Polish producers, with "
 "about 14% of the Polish market in 2005, and 11.7% in 2007.\n\n"
 "In June 2010, Kraft Foods Inc sold Wedel to Lotte Group, a South Korean-Japanese conglomerate, as part of their "
 "enforced divestment program of certain parts of the Cadbury plc, which it had acquired in March 2010.\n\n"
 "Founded in 1851 by Karl Ernst (Karol Ernest) Wedel (1813–1902), the company and its products became known in most "
 "of Central and Eastern Europe. The logo of the company is based on Emil Wedel's signature. His son Emil Albert "
 "Fryderyk Wedel (1841–1919) apprenticed in candy and chocolate factories in Western Europe before inheriting and "
 "expanding his father's business. His descendant Jan Wedel (d. 1960), the last member of the Wedel family to own the "
 "company, was considered \"the Willy Wonka\" of pre-war Poland. In 1894 the company moved its main factory to "
 "Szpitalna street in Warsaw. In 1930, during the time of the Great Depression, Jan Wedel opened a second factory in "
 "Praga, one of the most modern in the Second Polish Republic. The company was also known for its very generous "
 "social welfare policies. As one of the first in Europe, it had its own crèche, kindergarten, hospital and "
 "cafeteria, and rewarded its best employees with interest-free housing loans; its model was highly acclaimed by the "
 "Polish Socialist Party.",
 "food", ["deal", "leadership"],
 "The current article as en.wikipedia.org renders it in the page store (the '= E. Wedel =' form): the title line, "
 "the infobox lines (logo, type 'Subsidiary', foundation, founders 'Karol Wedel, Emil Wedel', city, country, "
 "industry, employees '1,200 (2020)', owner 'Lotte', homepage) and the heading '==History==' cut; kept as written: "
 "'well-recognized', 'as part of their enforced divestment program of certain parts of the Cadbury plc, which it had "
 "acquired', 'Szpitalna street', 'The logo of the company is based on Emil Wedel's signature' (older copies say "
 "Karol's); cut after 'the Polish Socialist Party.', before 'Hence prior to World War II, Wedel became a successf', "
 "where the excerpt breaks off (`truncated`; the wartime, nationalisation, PepsiCo and Cadbury years are lost with "
 "it). Recorded 4.0 (the current rendering, 2020 figures in its infobox); doubtful: no revision id. E. Wedel, Wedel, "
 "Lotte Group, Karol Wedel, Jan Wedel, Szpitalna: " + CHECKED + "; Kraft Foods and Cadbury are named in other corpus "
 "texts (Kraft's Cadbury bid and other events; batch 33d dropped 'Cadbury' as a subject) — this text's subject is "
 "the Polish maker, which no corpus text tells. piglix's and richxsearch's copies (the same lead), wikisum's "
 "sentence list, wikimd's rewrite, Spanish, German and Italian copies and a Polish magazine's paywalled article were "
 "looked at and not used.", "non-US"))

# ---- telecoms, India: Aircel, controlled by Maxis Communications (2005) ---------------------------------------------
R.append(wp("wp-aircel", "Aircel", "http://www.gutenberg.us/articles/eng/Aircel",
 "Aircel is an Indian mobile network operator headquartered in Chennai, which offers voice and 2G, 3G and 4G data "
 "services. Maxis Communications holds a 74% stake and Sindya Securities and Investments holds the remaining 26%. "
 "Aircel was founded by C Sivasankaran and commenced operations in Tamil Nadu in 1999. It is India's sixth-largest "
 "GSM mobile service provider with a subscriber base of 83.04 million subscribers as of April 2015. Aircel is a "
 "market leader in Tamil Nadu and has considerable presence in Odisha, Assam and North-East circles.\n\n"
 "Aircel was founded by Indian entrepreneur C Sivasankaran and started its operations in Tamil Nadu in 1999. It "
 "became the leading operator in Tamil Nadu and one of the fastest growing mobile operators in India. Malaysian "
 "telecom company Maxis Communications bought a 74 percent stake in the company in 2005 from its Indian owner "
 "Chinnakannan Sivasankaran. The remaining 26% stake is held by Sindya Securities and Investments promoted by Suneeta "
 "Reddy, Managing Director of Apollo Hospitals group.",
 "telecoms", ["deal", "leadership"],
 "An old revision as the World Library (gutenberg.us) copy renders it in the page store: its site lines ('World "
 "Library', 'Flag as Inappropriate', 'Email this Article'), the infobox lines (type 'Joint venture', founded, "
 "headquarters, key people 'Kaizad Heerjee, CEO' and 'Anup Vikal, CFO', revenue, members, parent 'Maxis "
 "Communications (74%)' and 'Sindya Securities and Investments (26%)', slogan, website), the contents list and the "
 "heading 'History' cut; citation markers ('[1]' to '[9]') cut; kept as written: the founding told twice, 'C "
 "Sivasankaran' beside 'Chinnakannan Sivasankaran', 'North-East circles', 'Apollo Hospitals group'; cut after "
 "'Apollo Hospitals group.', at the end of the History section, before the 'Services' and '3G' headings and 'On 19 "
 "May 2010, the 3G spectrum auction in India ended. Aircel paid 65,000 million for spectrum in 13 circles', where "
 "the excerpt breaks off soon after (`truncated`). Content of 2015 (April 2015 subscribers; headquarters still "
 "Chennai, before the Reliance Communications merger plan a 2017 scribd copy names): recorded 3.0 as earlier "
 "batches recorded pre-June-2023 texts; doubtful: no revision id, the site's terms page not found. Aircel, "
 "Sivasankaran, Sindya, Suneeta Reddy, Apollo Hospitals: " + CHECKED + "; Maxis is named in other corpus texts "
 "(Malaysian telecoms news, not Aircel). A scribd upload of a 2017 revision (page layout broken), a railway.app "
 "'Grokipedia' page and news on Maxis's investments and the Sistema talks were looked at and not used.", "non-US",
 v3=True, copy_of="the Wikipedia article, an old revision, via the World Library site gutenberg.us"))

# ---- logistics, Netherlands: TNT Express, bought by FedEx (2016); the NotPetya attack (2017) -------------------------
R.append(wp("wp-tnt-express", "TNT Express",
 "https://againnitroge781.sbs/w/index.php?oldid=1252700499&title=%C3%85sbo_Northern_Hundred",
 "TNT Express was an international courier delivery services company with its headquarters in Hoofddorp, "
 "Netherlands. It was acquired by FedEx.\n\n"
 "The namesake Thomas Nationwide Transport grandfather company was originally started in 1946 with a single truck in "
 "Adelaide, South Australia.\n\n"
 "On 26 May 2011, TNT Express separated from its parent company, TNT NV, being listed on the Euronext Amsterdam. TNT "
 "NV subsequently renamed itself PostNL.\n\n"
 "In March 2012, UPS announced its intention to acquire TNT Express for US$6.7 billion. However, the deal fell "
 "through in January 2013, after it was announced that UPS had failed to obtain permission from the European "
 "Commission, and as such, had been blocked on competition grounds.\n\n"
 "In April 2015, FedEx announced its agreed intention to buy TNT Express for €4.4 billion, as it looked to expand its "
 "operations in Europe. The European Commission launched an investigation into the planned acquisition and on 8 "
 "January 2016, approved the deal. The transaction was completed on 25 May 2016.\n\n"
 "In June 2017, TNT Express was badly affected by the NotPetya cyber attack, partly because some operations and "
 "communication systems were based in Ukraine, where the cyber attack originated. TNT had to operate using manual "
 "processes for months creating very large backlogs. Some records were entirely lost.",
 "logistics", ["deal", "outage"],
 "A Wikipedia revision (oldid 1252700499, October 2024, as its address says) held by the page store under a mirror "
 "address whose title parameter names another page ('Åsbo Northern Hundred') while the body is TNT Express: the "
 "site lines ('Jump to content', 'From Wikipedia, the free encyclopedia'), the infobox lines (legal name 'TNT Express "
 "Worldwide NV', industry, predecessor, founded, defunct 'December 1, 2021', headquarters, key people 'Karen "
 "Reddington (CEO)', services, revenue, owner and parent 'FedEx (since 2016)', website), the '[edit]' marks and the "
 "heading 'History' cut; citation markers ('[1]' to '[9]') cut; the photo caption 'TNT Express truck in Plymouth, "
 "England in February 2010' cut; kept as written: 'The namesake Thomas Nationwide Transport grandfather company', "
 "'being listed on the Euronext Amsterdam', 'and as such, had been blocked', 'for months creating very large "
 "backlogs'; cut after 'Some records were entirely lost.', at the end of the History section, before the heading "
 "'Operations' and 'TNT offered road and air delivery services in E', where the excerpt breaks off (`truncated`). "
 "Recorded 4.0 (a 2024 revision); doubtful: the mirror's terms page not found and its odd address. TNT Express, "
 "Thomas Nationwide Transport, TNT NV, PostNL, Hoofddorp, Euronext Amsterdam: " + CHECKED + "; NotPetya is named in "
 "GATHERING.md only as Maersk's attack, looked at and not used in earlier rounds (no corpus text tells TNT's); "
 "FedEx, UPS and the European Commission are named in many corpus texts (other events). en.wikipedia.org's 2015 "
 "and 2019 renderings (the Ken Thomas and Peter Abeles history, before the attack), theinfolist's gloss-filled "
 "copy, a Dutch Wikipedia page, FedEx's offer release and trade news on the demerger were looked at and not used.",
 "non-US", copy_of="the Wikipedia article, revision 1252700499, via a mirror address (againnitroge781.sbs)"))

# ---- telecoms, Hungary: Magyar Telekom, formerly MATÁV, owned by Deutsche Telekom -------------------------------------
R.append(wp("wp-magyar-telekom", "Magyar Telekom",
 "https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/MAT%C3%81V",
 "Magyar Telekom Nyrt. (\"Hungarian Telekom Plc.\"; full legal name: Magyar Telekom Távközlési Nyilvánosan Működő "
 "Részvénytársaság, \"Magyar Telekom Telecommunications Public Limited Company\") is the largest Hungarian "
 "Telecommunications company. The former monopolist is now a subsidiary of Deutsche Telekom (in 59.21% of shares). "
 "Until 6 May 2005, it was (and informally still is) known as MATÁV (Magyar Távközlési Rt. – Hungarian "
 "Telecommunications PLC.). The company was formed under the name of Magyar Távközlési Vállalat (Hungarian "
 "Telecommunications Enterprise) in December 1989, when Magyar Posta (Hungarian Post) was split to three separate "
 "enterprises. On 31 December 1991, the company was re-structured as a Public Limited Company, as Magyar Távközlési "
 "Rt., and the company remained in 100% state ownership until the end of 1993. On 1 July 1993, the "
 "Telecommunications Act came into effect, and now it was possible to privatize the company. A consortium was formed "
 "by Deutsche Telekom and Ameritech International, which was named MagyarCom, and bought into the company a share of "
 "30.1% for a price of 875 million USD.",
 "telecoms", ["deal"],
 "An old revision as a Kiwix mirror (a.osmarks.net, the 'wikipedia_en_all_maxi_2020-08' dump, under the redirect "
 "'MATÁV') renders it in the page store: the title line and the infobox lines after the lead (type, traded as, "
 "industry, founded, area served, key people 'Kerstin Günther (Chairwoman)' and 'Christopher Mattheisen (CEO)', "
 "products, revenue and other 2012 figures, employees, parent 'Deutsche Telekom (59.21% of shares)', subsidiaries "
 "'Makedonski Telekom' and 'Crnogorski Telekom', website) and the photo captions cut; the lead paragraph only, kept "
 "whole; kept as written: 'the largest Hungarian Telecommunications company', 'in 59.21% of shares', 'was split to "
 "three separate enterprises', 'now it was possible to privatize', 'bought into the company a share of 30.1%'; cut "
 "after '875 million USD.', where the excerpt's text ends before its infobox lines (`truncated`: the later history "
 "is not in the excerpt). Content of 2020 (the August 2020 dump): recorded 3.0; doubtful: no revision id. Magyar "
 "Telekom, MATÁV, Magyar Posta, MagyarCom, Ameritech: " + CHECKED + " ('Magyar' occurs in two corpus texts as "
 "other names); Deutsche Telekom is named in other corpus texts (other events). howlingpixel's copy (the same lead), "
 "talk.dob.jp's August 2022 revision (its excerpt breaks off in the lead), memim's translated timeline, acearchive's "
 "rewrite, referenceforbusiness's company history, a revision-diff page and German news on the 2000 SBC purchase "
 "were looked at and not used.", "non-US", v3=True,
 copy_of="the Wikipedia article, an old revision, via a.osmarks.net, a Kiwix mirror of English Wikipedia"))

# ---- utilities, Philippines: Meralco, from La Electricista (1892) to its purchases of 1904 ----------------------------
R.append(wp("wp-meralco", "Meralco", "https://en.academic.ru/dic.nsf/enwiki/635808",
 "The Manila Electric Company (PSE: MER and MERB), also known as MERALCO or Meralco, is the Philippines' largest "
 "distributor of electrical power.\n\n"
 "The word MERALCO, is an acronym for Manila Electric Railroad And Light COmpany, which was the company's original "
 "name from 1903 to 1919.\n\n"
 "MERALCO is the Metro Manila's only electric power distributor and holds the power distribution franchise for some "
 "22 cities and 89 municipalities, including the whole of Metro Manila and Mega Manila region.\n\n"
 "Organized in 1892 and began generation in 1895, La Electricista was the first electric company that provides "
 "electricity to Manila during the late Spanish era. La Electricista had built a central power plant on Calle San "
 "Sebastian (now R. Hidalgo). On January 17, 1895, its streetlights were turned on for the first time. By 1903, it "
 "had about 3,000 electric light customers.\n\n"
 "On October 20, 1902, the Second Philippine Commission began accepting bids to operate Manila's electric tramway, "
 "and by extension, providing electricity to the city and its suburbs. Detroit entrepreneur Charles M. Swift won the "
 "bidding by default as he was the sole bidder and on March 24, 1903, was granted the original basic franchise of "
 "Meralco.\n\n"
 "In 1904, Meralco acquired both the Compañía de los Tranvías de Filipinas, a firm that operated public "
 "transportation and ran Manila's horse-drawn and steam-operated tramways, and added La Electricista. Construction on "
 "the electric tramway began that same year. In addition to acquiring La Electricista's Calle San Sebastian power "
 "plant, Meralco built its own steam generating plant on Isla Provisora which powered the streetcar system and "
 "eventually also the electric service.",
 "utilities/electricity", ["deal"],
 "An old revision as en.academic.ru's copy of English Wikipedia renders it in the page store (under the title "
 "'Manila Electric Company'): the infobox lines (type, industry, founded 'January 17, 1895', headquarters, key "
 "people 'Manuel M. Lopez, Chairman', 'Manuel V. Pangilinan, President & CEO', 'Oscar S. Reyes, COO', 'Charles M. "
 "Swift, Founder') and the map caption 'Meralco's franchise area.' cut, so the key people (named in the infobox "
 "only) are not in the text; kept as written: 'The word MERALCO, is an acronym', 'COmpany', 'the Metro Manila's only "
 "electric power distributor', 'Organized in 1892 and began generation in 1895', 'that provides electricity', "
 "'Meralco acquired both the Compañía de los Tranvías de Filipinas, ... and added La Electricista'; cut after 'and "
 "eventually also the electric service.', before 'By 1906', where the excerpt breaks off (`truncated`; the later "
 "history is lost with it). Content of about 2008-2009 (Lopez as chairman, Pangilinan as president): recorded 3.0; "
 "doubtful: no revision id, the copy's terms page not found. Meralco, Manila Electric Company, La Electricista, "
 "Charles M. Swift, Compañía de los Tranvías de Filipinas, Isla Provisora: " + CHECKED + ". The current article's "
 "copies (movatter, kiwix, bahnsport-info's proxy, wiki.x.io, osmarks; the same early history, reworded, with the "
 "purchase sentence cut off in every excerpt) and the Lopez family's 2002 statements on the martial-law sale were "
 "looked at and not used.", "non-US", v3=True,
 copy_of="the Wikipedia article, an old revision, via en.academic.ru"))

# ---- food, China: Master Kong (Tingyi), its alliances with PepsiCo (2011) and Starbucks (2015) ----------------------
R.append(wp("wp-master-kong", "Master Kong", "http://cryer.org.uk/Kangshifu",
 "Master Kong is the largest instant noodle producer in China.\n\n"
 "Established in 1991, Master Kong is a branded company headquartered in Shanghai and Tianjin. It specializes in the "
 "production and distribution of instant noodles, beverages, cakes, and relevant supporting industries. In 1996, it "
 "was listed in Hong Kong and is currently constituent of MSCI China Index and the Hang Seng China 100 Index.\n\n"
 "In 2019, Master Kong achieved revenue of 61.978 billion yuan, a year-on-year increase of 2.13%; achieved net profit "
 "of 3.331 billion yuan, a year-on-year increase of 35.22%. According to Nielsen, the sales volume of Master Kong "
 "instant noodles in 2019 accounted for 43.3% of market shares, ranking first in the market. According to Kantar, in "
 "2019, Master Kong's juice ranks second in juice market penetration. Meanwhile, the penetration of Master Kong RTD "
 "tea reached 38%, 10 percentage points higher than the second.\n\n"
 "In November 2011, Master Kong and PepsiCo established a strategic alliance for the production and sales of all "
 "non-alcoholic beverages in China. In March 2015, Master Kong and Starbucks officially entered into cooperation "
 "agreement for the production and sales of Starbucks bottled and canned ready-to-drink products in China.\n\n"
 "In June 2018, Master Kong was shortlisted in the national brand project of Xinhua News Agency.\n\n"
 "The company was founded in Tianjin by the Wei brothers from Changhua County, Taiwan in 1991.",
 "food", ["partnership"],
 "An old revision as cryer.org.uk's copy of English Wikipedia renders it in the page store (under the redirect "
 "'Kangshifu'): the infobox lines (legal and trade name 'Tingyi (Cayman Islands) Holding Corporation', foundation, "
 "cities, native name, key people 'CEO Wei Junxian', area served, industry, products, parent 'Ting Hsin "
 "International Group (33.48%)' and 'Sanyo Foods Co., Ltd (33.48%)') cut, so the legal name, the chief executive and "
 "the two holders are not in the text; citation markers ('[1]' to '[8]') cut; paragraph breaks kept as the copy's "
 "lines give them; kept as written: 'a branded company', 'is currently constituent of', 'achieved revenue of ... "
 "achieved net profit', 'Master Kong RTD tea', 'entered into cooperation agreement'; cut after 'Changhua County, "
 "Taiwan in 1991.', before 'It was listed on the Hong Kong Stock Exchange in 1', where the excerpt breaks off "
 "(`truncated`). Content of 2020-2021 (2019 figures, Shanghai and Tianjin as seats): recorded 3.0; doubtful: no "
 "revision id, the mirror's terms page not found. Master Kong, Tingyi, Ting Hsin, Kantar, Changhua: " + CHECKED +
 "; PepsiCo, Starbucks, Nielsen and Xinhua are named in other corpus texts (other events). friendlywiki's wikitext "
 "copy (templates and citations inline), sagapedia's Ting Hsin page (an AI-padded opening), Taipei Times and China "
 "Daily-syndicated news on the Wei family and an ECNS story were looked at and not used.", "non-US", v3=True,
 copy_of="the Wikipedia article, an old revision, via cryer.org.uk"))

# ---- food, South Africa: Tiger Brands, formerly Tiger Oats, and SPAR South Africa (1988-2004) -----------------------
R.append(wp("wp-tiger-brands", "Tiger Brands", "https://wiki-gateway.eudic.net/wikipedia_en/Tiger_Brands.html",
 "Tiger Brands Limited (JSE: TBS) is a South African packaged goods company. In addition to the company's South "
 "African operations Tiger Brands also has direct and indirect interests in international food businesses in Chile, "
 "Zimbabwe, Nigeria, Kenya and Cameroon. Tiger Brands is South Africa's largest food company.\n\n"
 "Founded in 1921 by Jacob Frankel, with some help from Joffe Marks, Tiger Brands Limited -formerly known as Tiger "
 "Oats Limited - was built on the strength of family businesses and the spirit of entrepreneurship.\n\n"
 "Originally known as Tiger Oats, Tiger Brand's first product was a breakfast oatmeal brand called Jungle Oats. A "
 "product that is still produced by the brand. It was first conceived by a Mr Frankel towards the end of the 19th "
 "century and was finally launched in 1925. Tiger Oat's first Mill was opened in Moorreesburg, Western Cape. A second "
 "mill was opened in Maitland, Cape Town when demand outgrew the Moorreesburg's mill's capacity in 1930. The "
 "Moorreesburg mill was abandoned in about 1987. In March 1982 Barlow bought a considerable share of Tiger Oats.\n\n"
 "In 1988 SPAR South Africa became a wholly owned subsidiary of Tiger Oats, however it was unbundled and listed as a "
 "separate company in 2004.",
 "food", ["deal", "leadership"],
 "An old revision as wiki-gateway.eudic.net's copy of English Wikipedia renders it in the page store: the title "
 "line, the infobox lines (type, traded as, industry, predecessor 'Tiger Oats', headquarters, area served, key "
 "people 'Noel Doyle (Acting CEO)', 'Funke Ighodaro (CFO)', 'Andre C Parker (Chairman)', products, revenue, "
 "employees, subsidiaries), the heading 'History' and three photo captions ('In 1998 Tiger Oats bought out Imperial "
 "Cold Storage.', 'The Old Tiger Oats buildings in Moorreesburg.', '2010 box of Jungle oats (left) as well as an "
 "example of the first box from the 1920s (right)') cut, so the 1998 purchase, told in a caption only, is not in "
 "the text; citation markers ('[1]' to '[7]') cut; kept as written: 'Tiger Brands Limited -formerly known as Tiger "
 "Oats Limited - was', 'Tiger Brand's first product', 'A product that is still produced by the brand.', 'Tiger Oat's "
 "first Mill', 'the Moorreesburg's mill's capacity'; cut after 'listed as a separate company in 2004.', before 'Du' "
 "('During the late 1990s ...'), where the excerpt breaks off (`truncated`; the Imperial Cold Storage and Adcock "
 "Ingram purchases are lost with it). Content of about 2016 (an acting CEO, FY 2015 figures): recorded 3.0; "
 "doubtful: no revision id, the copy's terms page not found. Tiger Brands, Tiger Oats, Jungle Oats, Frankel, Joffe "
 "Marks, SPAR South Africa, Barlow, Moorreesburg: " + CHECKED + ". en.wikipedia.org's 2010 and 2016 renderings (the "
 "same history; excerpts break off before the SPAR sentence or in it), wikimili's and movatter's later copies, a "
 "Spanish copy, geekyreality's profile, the company's 2000-2001 announcements and news on the 2008 Adcock Ingram "
 "unbundling were looked at and not used.", "non-US", v3=True,
 copy_of="the Wikipedia article, an old revision, via wiki-gateway.eudic.net"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
