#!/usr/bin/env python3
"""Batch 57q (session 55; gatherer lane 57q): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56f, 56h, 56j, 56n, 56p, 57b and 57g, turned to
mid-size companies of South Africa, Nigeria, Kenya and New Zealand, new to the corpus: a South African wine, spirits
and cider group formed by the merger of Stellenbosch Farmers' Winery (founded in 1925 by William Charles Winshaw) and
Distillers Corporation (founded in 1945 by Anton Rupert, maker of Amarula Cream), acquired by Heineken in April 2023
and folded into Heineken Beverages (drinks, South Africa); a Nigerian airline and helicopter operator formed in 1959,
wholly owned at first by Schreiner Airways B.V. (bought by CHC Helicopter in 2004), then by the Ibru family, and from
2013 held 60% by the Asset Management Corporation of Nigeria (AMCON), an arm of the Federal Government of Nigeria,
which named Hugh Fraser its CEO (aviation, Nigeria); a Kenyan dairy processor established in 1993 by members of the
Jomo Kenyatta family, among them Uhuru Kenyatta, elected President of Kenya in 2013, with minority stakes taken by
Abraaj Capital (10%) and Danone (40%) (dairy, Kenya); and a New Zealand chocolate maker started in Christchurch in 1896
by James Henry Whittaker, a former salesman for Cadbury's, in partnership with his sons Ronald and James from 1913,
maker of the Peanut Slab, Santé Bars, Toffee Milk Bars and K-Bars, which formed J. H. Whittaker New Zealand Ltd in
1992 (confectionery, New Zealand).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): profilbaru.com's copy of 'Distell' (a revision of April 2023 or later), twiki.owiki.org's copy of 'Aero
Contractors (Nigeria)' (a revision of about 2013-2020), an older en.wikipedia.org rendering of 'Brookside Dairy
Limited' (about 2016-2018) and en.wikipedia.org's '= Title =' rendering of "Whittaker's" (a revision of 2023 or later);
each cut at a sentence end (`truncated`) but Distell's, which ends where the excerpt ends. Edits per item in `notes`
(title and site lines, infobox lines, headings and citation markers cut; no word added or changed); `verify()` checks
every kept paragraph against the saved excerpt (/tmp/gather58q/src), the markers ('[3]', '[4][5]') dropped and
whitespace runs compared as one space, as batches 56p, 57b and 57g did. One text tells a near-miss of an outage (a
strike that grounded Aero Contractors' flights for 18 days: a strike, no outage; GUIDELINES, Outages); none tells an
outage. newskg (or any extractor) was not run on any text. A round of four: fifteen queries, seven of them answered with
English Wikipedia text on a company not yet in the corpus and its founder, four taken, one per country (round notes,
/work/notes/gather58/57q.md; queries, /tmp/gather58q/src/queries.txt).
usage: batch57q.py [POOL_DIR] [--dry]   (default /tmp/gather58q/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather58q/pool"
SRC = "/tmp/gather58q/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-55 pools (/tmp/gather58*/pool) and in /work/notes/gather58/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- drinks, South Africa: Distell (profilbaru.com's copy, a revision of April 2023 or later) ------------------------
DISTELL = [
 "Distell Group Limited, commonly referred to as Distell, was a multinationalbrewing and beverage company, based in "
 "South Africa. On April 26, 2023, Distell was acquired by Heineken.[3] After that, its operations were integrated "
 "into Heineken Beverages, a company created by the merger of its South African unit, Distell, and the African "
 "brewery acquired by the Dutch multinational Namibia Breweries.[4]",
 "Distell Group Limited is a producer and marketer of spirits, fine wines, ciders and ready-to-drinks. The group's "
 "headquarters are in Stellenbosch, South Africa.[5]",
 "As at February 2014, Distell had 5,300 employees worldwide and an annual turnover of ZAR 17.7 Billion.",
 "Distell Group Limited traces its roots to two major alcoholic beverage companies in South Africa, Stellenbosch "
 "Farmers' Winery (SFW) and Distillers Corporation, that merged on 4 December 2000.[6]",
 "Stellenbosch Farmers Winery Group (SFW) the founder member of Distell Group was formed in 1925 by William Charles "
 "Winshaw, an American medical doctor.[7] As at the year 2000, SFW produced and distributed wine and spirits as well "
 "as non-alcoholic beverages through retail outlets South Africa and across the world.[8]",
 "In 1956 Stellenbosch Farmers Winery Ltd was listed on the Johannesburg Stock Exchange.[9]",
 "Distillers Corporation was formed in 1945 by Anton Rupert. Distillers expanded energetically and very quickly set up "
 "marketing relationships and partnerships in the wine and spirits industry. The company became a major producer, "
 "focusing on distillates and in particular on the brandy market that it developed from relative obscurity to its "
 "current level of prominence. It is renowned for its Bergkelder concept, a marketing innovation that invited wine "
 "estates to make use of Distillers' bottling, sales and marketing expertise. In addition, it created a new African "
 "icon, Amarula Cream, which is one of the top-selling cream liqueurs in the world.[7]"]
KEPT["wp-distell"] = ("distell-profilbaru.txt", DISTELL)
DISTELL = [re.sub(r"\[\d+\]", "", p) for p in DISTELL]   # the citation markers cut
R.append(wp("wp-distell", "Distell", "https://profilbaru.com/article/Distell",
 "\n\n".join(DISTELL),
 "drinks/wine, spirits and cider", ["history", "founding", "merger", "ownership", "deal", "listing"],
 "The article as profilbaru.com's copy holds it in the page store (a site rendering English Wikipedia pages, as batch "
 "30d's Wind (Italy); no date or revision id held; a revision of April 2023 or later: the lead tells the acquisition "
 "of 26 April 2023 and speaks of Distell in the past tense). Cut: the headings 'Overview', 'History', 'Merger', "
 "\"Stellenbosch Farmers' Winery\" and 'Distillers Corporation' (each on a line of its own); the citation markers "
 "'[3]' to '[9]' (no space before any); the excerpt's single line breaks between paragraphs made blank lines; the "
 "text ends where the excerpt ends, after '... one of the top-selling cream liqueurs in the world.' (`truncated`: the "
 "article goes on). No word added or changed. Kept as written: 'a multinationalbrewing and beverage company' (no "
 "space), 'On April 26, 2023, Distell was acquired by Heineken.', 'a company created by the merger of its South "
 "African unit, Distell, and the African brewery acquired by the Dutch multinational Namibia Breweries.' (so written; "
 "who acquired the brewery is not clear from the words), \"Stellenbosch Farmers' Winery (SFW)\" beside 'Stellenbosch "
 "Farmers Winery Group (SFW) the founder member of Distell Group' and 'Stellenbosch Farmers Winery Ltd' (no apostrophe, "
 "no comma), 'through retail outlets South Africa and across the world' (so written), 'ZAR 17.7 Billion' (capital B), "
 "'It is renowned for its Bergkelder concept', \"Distillers' bottling\". 289 words. No outage and no near-miss of one "
 "told. Recorded CC BY-SA 4.0 (a revision of April 2023 or later; doubtful as to Wikimedia's move to 4.0 of June "
 "2023, both licences allowing the reuse with attribution). Found at rank 1 of the query \"Distell Group Limited is a "
 "South African producer of wines and spirits formed by the merger of Stellenbosch Farmers' Winery and Distillers "
 "Corporation\"; sharenet.co.za, just-drinks.com (twice), beveragedaily.com, theafricareport.com, "
 "thedrinksbusiness.com and grape.co.za (ranks 2-8; copyrighted) not used. Distell, Stellenbosch Farmers, Distillers "
 "Corporation, Winshaw, Amarula, Namibia Breweries, Heineken Beverages, Bergkelder: " + CHECKED + " (Anton Rupert is "
 "named in one test text, a biography of Johann Rupert, which names neither Distell nor Distillers Corporation; "
 "Heineken in texts on other matters).", "non-US",
 copy_of="the Wikipedia article, via profilbaru.com's copy"))

# ---- aviation, Nigeria: Aero Contractors (twiki.owiki.org's copy, a revision of about 2013-2020) ---------------------
AERO = [
 "Aero Contractors Company of Nigeria Limited, known as Aero Contractors or simply Aero, is a state-controlled "
 "Nigerian airline company based at Murtala Muhammed International Airport in Ikeja, Lagos State, Nigeria. "
 "Furthermore, it operates helicopter services and fixed wing domestic and international scheduled passenger "
 "services, air charter and third party aircraft operations, largely in support of Nigeria's extensive oil and gas "
 "industry.",
 "Aero Contractors was formed in 1959 and officially registered in Nigeria in 1960. At that time, it was a wholly "
 "owned by Schreiner Airways B.V. of the Netherlands.",
 "It became a company with initially 40% Nigerian holding in 1973 and subsequently 60% in 1976, anticipating the "
 "requirements of the Nigerian Enterprises Promotion Decree of 1977, also known as the indigenization decree. In "
 "January 2004, Schreiner Airways was bought by CHC Helicopter, which acquired a 40% holding in Aero, while the 60% "
 "majority share remained within the Ibru family.",
 "On 1 July 2010, CHC sold its interests in Aero for the consideration of 1 Nigerian naira, when Aero became wholly "
 "owned by the Ibru family.",
 "In March 2013, industrial action grounded flights for 18 days, in a dispute over outsourcing and reduction in staff "
 "numbers. The strike, from 13\u201328 March, grounded Aero's active fleet of nine aircraft, and was reported to have "
 "cost the airline at least N10bn in ticket sales.",
 "After financial intervention, the Asset Management Corporation of Nigeria, an arm of the Federal Government of "
 "Nigeria, held 60% of Aero, and in August 2013 it was reported that AMCON had taken over the management of the "
 "carrier. Hugh Fraser was named as new CEO.",
 "In August 2013 there was press speculation that the Federal Government will use Aero Contractors as the nucleus of "
 "a new national carrier, recapitalizing it through a N200 billion initial public offering."]
KEPT["wp-aero-contractors-nigeria"] = ("aero-contractors-owiki.txt", AERO)
R.append(wp("wp-aero-contractors-nigeria", "Aero Contractors (Nigeria)",
 "http://twiki.owiki.org/wiki/Aero_Contractors_%28Nigeria%29",
 "\n\n".join(AERO),
 "aviation/airline and helicopter operator", ["history", "ownership", "deal", "leadership", "labour"],
 "The article as twiki.owiki.org's copy holds it in the page store (no date or revision id held; a revision of about "
 "2013-2020: the text's latest event is of August 2013, and the wikimili.com copy of the same query, a later "
 "revision, gives Ado Sanusi as CEO in its infobox). Cut: the title line 'Aero Contractors (Nigeria)' and the blank "
 "lines after it; the heading 'History'; the single line break inside the first paragraph ('it operates' / "
 "'helicopter services') made a space; the excerpt's single line breaks between the history paragraphs made blank "
 "lines; cut after '... through a N200 billion initial public offering.', before the sentence the excerpt breaks off "
 "(\"The new airline was allegedly to be known as 'Nigerian Eagle', several years after\"; `truncated`; a cut inside "
 "a paragraph, at a sentence end), so the name 'Nigerian Eagle' is not in the text. The excerpt has no citation "
 "markers. No word added or changed. Kept as written: 'Aero Contractors Company of Nigeria Limited, known as Aero "
 "Contractors or simply Aero', 'it was a wholly owned by Schreiner Airways B.V. of the Netherlands' (so written), "
 "'It became a company with initially 40% Nigerian holding in 1973', 'the Nigerian Enterprises Promotion Decree of "
 "1977, also known as the indigenization decree', 'bought by CHC Helicopter, which acquired a 40% holding in Aero', "
 "'for the consideration of 1 Nigerian naira', 'The strike, from 13\u201328 March,' (an en dash), 'N10bn', 'an arm "
 "of the Federal Government of Nigeria', 'Hugh Fraser was named as new CEO.', 'the Federal Government will use', 'a "
 "N200 billion initial public offering'. 298 words. No outage told; a near-miss of one (industrial action that "
 "grounded flights for 18 days: a strike, no outage; GUIDELINES, Outages). Recorded CC BY-SA 3.0 (a revision before "
 "Wikimedia's move to 4.0 of June 2023, as the copy's content suggests; doubtful in that no date is held). Found at "
 "rank 3 of the query 'Aero Contractors is a Nigerian airline founded in 1959, helicopter operator, owned by Ibru "
 "family'; liquisearch.com's copy of the 'History' section of an older revision (rank 1; 'Canadian Helicopter "
 "Corporation', ending in 2010), wikimili.com's copy (rank 6; an image caption inside the history) and aviation news "
 "(ranks 2, 4, 5, 7, 8; aviationmediaafrica.com, pmnewsnigeria.com, woleshadare.net, channelstv.com, "
 "aviationmetric.com; copyrighted) not used. Aero Contractors, Schreiner, CHC Helicopter, Canadian Helicopter, "
 "Asset Management Corporation of Nigeria, AMCON, Hugh Fraser, Nigerian Eagle: " + CHECKED + " ('Ibru' only inside "
 "'Dibrugarh' in a text on another matter, as batch 36g's script shows, and as Cecilia Ibru of Oceanic Bank in "
 "GATHERING.md's notes of another round).", "non-US", v3=True,
 copy_of="the Wikipedia article, via twiki.owiki.org's copy"))

# ---- dairy, Kenya: Brookside Dairy Limited (an older en.wikipedia.org rendering, about 2016-2018) --------------------
BROOKSIDE = [
 "Brookside Dairy Limited, often referred to as Brookside Dairies, is a dairy processing company in Kenya, the "
 "largest economy in the East African Community. The company offers fresh pasteurized milk, cream, butter, yogurt, "
 "ghee, and long life milk products in Indian Ocean Islands, East Africa, Rwanda and Burundi. It provides products "
 "through distribution depots, agents, and sub agents to outlets in East Africa.",
 "The head office of Brookside Dairies is located along Thika Road in Ruiru, approximately 28 kilometres (17 mi), by "
 "road, northeast of Nairobi, the capital and largest city in Kenya.[2] The coordinates of the company headquarters "
 "are:1\u00b010'42.0\"S, 36\u00b057'30.0\"E (Latitude:-1.178333; Longitude:36.958333).[3]",
 "Brookside Dairies is the largest milk processing company in Kenya,[4][5] where it controls 45 percent of the dairy "
 "market, as at January 2016.[6][5] The company's products, including fresh and powdered milk, yogurt and butter,[7] "
 "are distributed in the East African countries of Kenya, Tanzania, and Uganda.[1]",
 "Brookside Dairies was established in 1993 by members of the Jomo Kenyatta Family, including his son Uhuru Kenyatta, "
 "who was elected President of Kenya in 2013. In 2009, the Gulf-area-based private equity firm Abraaj Capital paid "
 "US$18.7 million for 10 percent shareholding in the business. In 2014, French yogurt maker Danone paid an "
 "undisclosed sum to acquire a 40 percent stake in Brookside.[8] Beginning in 2013,[9] Brookside has expanded by "
 "buying stakes in rival milk processing plants in Kenya,[10] Ethiopia, Nigeria,[11] and Uganda.[12]"]
KEPT["wp-brookside-dairy"] = ("brookside-enwiki.txt", BROOKSIDE)
BROOKSIDE = [re.sub(r"\[\d+\]", "", p) for p in BROOKSIDE]   # the citation markers cut
R.append(wp("wp-brookside-dairy", "Brookside Dairy Limited", "https://en.wikipedia.org/wiki/Brookside_Dairy_Limited",
 "\n\n".join(BROOKSIDE),
 "food/dairy processing", ["history", "founding", "ownership", "investment"],
 "The article as an older en.wikipedia.org rendering holds it in the page store (no revision id; a revision of about "
 "2016-2018: the 'Jump to navigation Jump to search' layout of before 2023, a market share 'as at January 2016', the "
 "infobox's revenue of 2014). Cut: the site lines ('Brookside Dairy Limited' (title), 'From Wikipedia, the free "
 "encyclopedia', 'Jump to navigation Jump to search'); the infobox lines ('Brookside Dairy Limited', 'IndustryDairy "
 "processing', 'HeadquartersRuiru, Kenya', 'Key people', 'Muhoho Kenyatta[1]', 'Executive Chairman & CEO', "
 "'ProductsMilk, butter, cheese, yogurt, ice-cream', 'RevenueGross: \u20ac130 million (US$176 million) (2014)', "
 "'SubsidiariesIn Kenya, Uganda and Tanzania'), so Muhoho Kenyatta, its executive chairman and CEO, is not in the "
 "text; the citation markers '[1]' to '[12]' (no space before any; '[4][5]' and '[6][5]' paired); the excerpt's "
 "double blank lines between paragraphs made single ones; cut after '... Nigeria, and Uganda.', before the paragraph "
 "the excerpt breaks off ('As of January 2015, Brookside Dairies mainta'; `truncated`; a cut at a paragraph end). No "
 "word added or changed. Kept as written: 'Brookside Dairy Limited, often referred to as Brookside Dairies', 'in "
 "Indian Ocean Islands, East Africa, Rwanda and Burundi', 'sub agents', 'approximately 28 kilometres (17 mi), by "
 "road,', 'The coordinates of the company headquarters are:1\u00b010'42.0\"S, 36\u00b057'30.0\"E "
 "(Latitude:-1.178333; Longitude:36.958333).' (no space after the colon; kept, a whole sentence inside the text), "
 "'members of the Jomo Kenyatta Family' (capital F), 'the Gulf-area-based private equity firm Abraaj Capital', 'French "
 "yogurt maker Danone paid an undisclosed sum to acquire a 40 percent stake in Brookside.', 'Beginning in 2013,'. 232 "
 "words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (a revision of about 2016-2018, before "
 "Wikimedia's move to 4.0 of June 2023). Found at rank 1 of the query 'Brookside Dairy Limited is a Kenyan dairy "
 "company founded in 1993 by the Kenyatta family, Danone stake'; dairyherd.com, kbc.co.ke, brookside.co.ke, "
 "businessdailyafrica.com, just-food.com, standardmedia.co.ke and kenyanbusinessreview.com (ranks 2-8; copyrighted) "
 "not used. Brookside, Abraaj, Muhoho, Ruiru, Thika Road: " + CHECKED + " (Danone is named in texts on other matters "
 "and Kenyatta in one dev text on Kenya Airways; none names Brookside).", "non-US", v3=True,
 copy_of="the Wikipedia article, an older revision as en.wikipedia.org rendered it"))

# ---- confectionery, New Zealand: Whittaker's (en.wikipedia.org '= Title =' rendering, undated) -----------------------
WHITTAKERS = [
 "J.H. Whittaker & Sons, Ltd, trading as Whittaker's, is a New Zealand confectionery manufacturer specialising in "
 "palm oil-free chocolate. Whittaker's is the largest chocolate brand in New Zealand. Approximately 30% of their "
 "production is now exported. The company controls its entire manufacturing process in its facility in Porirua, "
 "identifying itself as a \"bean-to-bar\" manufacturer. James Henry Whittaker (1868\u20131947) started the business "
 "in Christchurch in 1896; it was later moved to Wellington, and then to its current location in Porirua.",
 "James Henry Whittaker (1868\u20131947) worked in the British confectionery industry from the age of 14 and moved to "
 "New Zealand with his wife Leah Alice in 1890. He was a salesman for Cadbury's chocolate before and after his move "
 "to New Zealand. In 1896, he started manufacturing chocolate confectionery, selling it directly to customers using a "
 "horse and van. In 1913, he established a partnership with his two sons, Ronald and James, based in Wellington. The "
 "business became a limited liability company in 1937, with third-generation Whittakers still the sole shareholders "
 "in the company. In 1969 the company moved from Wellington to Porirua, because they needed more space and their "
 "premises at 167 Vivian Street were under threat from motorway development. The Peanut Slab was invented in the "
 "1950s and Whittaker's began exporting it in 1985. In the 1970s and 80s they also produced Sant\u00e9 Bars, Toffee "
 "Milk Bars and K-Bars. The company began producing large blocks of chocolate in the 1990s. In 1992, the company "
 "formed J. H. Whittaker New Zealand Ltd.",
 "In June 2014, Whittaker's expanded its market to Malaysia."]
KEPT["wp-whittakers"] = ("whittakers-enwiki.txt", WHITTAKERS)
R.append(wp("wp-whittakers", "Whittaker's", "https://en.wikipedia.org/wiki/Whittaker's",
 "\n\n".join(WHITTAKERS),
 "food/confectionery", ["history", "founding", "products"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "recent revision: the 'History' section names Leah Alice, 167 Vivian Street and the Santé Bars, absent from the "
 "older en.wikipedia.org rendering and the 2017 copy of the same query). Cut: the title line \"= Whittaker's =\" and "
 "the line 'J.H. Whittaker & Sons, Ltd'; the infobox lines (\"- Trading Name: Whittaker's\", '- Logo: "
 "File:Whittakers logo.svg', '- Type: Private', '- Founder: James Henry Whittaker', '- Industry: Confectionery', "
 "'- Owner: Whittaker family', '- Foundation: in, Christchurch, New Zealand', '- Location Country: Porirua, New "
 "Zealand', '- Homepage: whittakers.co.nz'); the heading '==History=='; cut after 'In June 2014, Whittaker's expanded "
 "its market to Malaysia.', before the paragraph the excerpt breaks off ('In '; `truncated`; a cut at a paragraph "
 "end). The excerpt has no citation markers. No word added or changed. Kept as written: 'J.H. Whittaker & Sons, Ltd, "
 "trading as Whittaker's' beside 'J. H. Whittaker New Zealand Ltd' (a space after 'J.'), 'palm oil-free', "
 "'\"bean-to-bar\"' (straight quotation marks), 'James Henry Whittaker (1868\u20131947)' twice (an en dash), "
 "\"He was a salesman for Cadbury's chocolate\", 'using a horse and van', 'third-generation Whittakers', 'their "
 "premises at 167 Vivian Street', 'In the 1970s and 80s', 'Sant\u00e9 Bars'. 261 words. No outage and no near-miss "
 "of one told. Recorded CC BY-SA 4.0 (a recent revision as en.wikipedia.org rendered it, as batches 56j, 56p, 57b "
 "and 57g recorded their '= Title =' renderings; doubtful in that no revision date is held). Found at rank 1 of the "
 "query \"Whittaker's is a New Zealand chocolate manufacturer founded by James Henry Whittaker in 1896\"; an older "
 "en.wikipedia.org rendering (rank 3; 'J.H. Whittaker New Zealand Ltd' without the Porirua move of 1969), the "
 "the-uncensored-wiki.com copy of 2017 (rank 8; 'J.H. Whittaker Australia Ltd'), kids.kiddle.co (rank 4; a rewrite), "
 "wikisum.wiki (rank 5; a summary), friendlywiki.com (rank 6; the article's wikitext), vernon.npdc.govt.nz and "
 "whittakers.co.nz (ranks 2, 7) not used. Whittaker, Peanut Slab, Porirua, Vivian Street, K-Bar: " + CHECKED +
 " (Cadbury is named in texts on other matters; none names Whittaker's).", "non-US"))


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
