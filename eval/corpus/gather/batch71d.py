#!/usr/bin/env python3
"""Batch 71d (session 65; gatherer lane 71d): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n, 65b-65r, 66a-66p, 67a-67ac, 68a-68ad, 69a-69aj and 70a-70ak, on an Indian biscuit
maker, an Indian dairy cooperative union and a Japanese brewer and distiller, new to the corpus: Britannia Industries
Limited, the Kolkata food products company founded in 1892 by a group of British businessmen, acquired by the Gupta
brothers (Nalin Chandra Gupta) and run as V.S. Brothers, launched as The Britannia Biscuit Company Limited (BBCo) in 1918
with C.H. Holmes as a partner, part of the Wadia Group headed by Nusli Wadia since its takeover in the early 1990s (food
products, India); the Kaira District Co-operative Milk Producers' Union Limited (KDCMPUL), Gujarat's first cooperative
milk producers' union, formed in Kheda district with Tribhovandas Patel as founding chairman, whose success created
Amul (Anand Milk Union Limited) in 1946, supplier of the Bombay Milk Scheme from 1948, and helped create the Gujarat
Co-operative Milk Marketing Federation Ltd. in 1973 (dairy, India); and Suntory, the Osaka brewing and distilling
company started by Torii Shinjiro as the store Torii Shoten in 1899, Kotobukiya from 1921, renamed Suntory in 1963,
maker of Akadama Port Wine, Suntory Whiskey Sirofuda and Suntory Beer, licensee of Pepsi products from 1997, in a
collaboration with Florigene (formerly Calgene Pacific Ltd) of Melbourne (drinks, Japan).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's own '= Title =' rendering of 'Britannia Industries' (recent, undated),
liquisearch.com's copy of 'Kaira District Co-operative Milk Producers' Union' (an older revision, undated) and
netipedia.com's copy ('From Free net encyclopedia') of 'Suntory' (an old revision, of about 2006); each cut at a
paragraph or sentence end before the point where the excerpt breaks off or the site's own additions begin. Edits per
item in `notes` (title lines, infobox lines, site lines, headings and the site's quotation block cut; no word added or
changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather71d/src), the markers ('[1]')
dropped and whitespace runs compared as one space, as batches 57g-70ah did. No text tells an outage. newskg (or any
extractor) was not run on any text. A round of three: nineteen queries, fourteen companies asked for, three taken
(round notes /tmp/gather71d/NOTES.md; queries /tmp/gather71d/src/queries.txt; claims
/work/notes/gather71/CLAIMS.txt).
usage: batch71d.py [POOL_DIR] [--dry]   (default /tmp/gather71d/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71d/pool"
SRC = "/tmp/gather71d/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-65 pools "
           "(/tmp/gather71*/pool) and in /work/notes/gather71/CLAIMS.txt as it stood when checked (`grep -ril`, file "
           "names only), and in GATHERING.md none")
# a citation marker ('[1]', '[lower-alpha 1]', '[citation needed]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|note \d+|lower-alpha \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- food products, India: Britannia Industries (en.wikipedia.org's '= Title =' rendering) --------------------------
BI = [
 "Britannia Industries Limited is an Indian multinational food products company, which sells biscuits, breads and "
 "dairy products. Founded in 1892, it is one of India's oldest existing companies and currently part of the Wadia "
 "Group headed by Nusli Wadia. about 80% of its revenues came from biscuit products.",
 "Beginning with the circumstances of its takeover by the Wadia Group in the early 1990s, the company has been mired "
 "in several controversies connected to its management, but it continues to hold a large market share.",
 "The company was established in 1892 by a group of British businessmen with an initial investment of INR295. "
 "Initially, biscuits were manufactured in a small house in central Kolkata. Later, the enterprise was acquired by the "
 "Gupta brothers, mainly Nalin Chandra Gupta, an attorney, and was operated under the name V.S. Brothers. In 1918, "
 "C.H. Holmes, an English businessman based in Kolkata, was taken on as a partner and The Britannia Biscuit Company "
 "Limited (BBCo) was launched."]
KEPT["wp-britannia-industries"] = ("britannia-enwp.txt", BI)
R.append(wp("wp-britannia-industries", "Britannia Industries", "https://en.wikipedia.org/wiki/Britannia_Industries",
 "\n\n".join(MARK.sub("", p) for p in BI),
 "food products (biscuits, company history)", ["history", "founding", "former names", "takeover", "parent group"],
 "The article as en.wikipedia.org's own rendering holds it in the page store (the '= Title =' form with the infobox "
 "as '- Field: value' lines; no revision id or date held; a recent rendering: its infobox gives '(2025)' figures, as "
 "batches 69ah, 70d, 70q, 70v and 70ah recorded this form). Cut: the title line '= Britannia Industries =', the "
 "infobox lines ('Britannia', '- Logo: ...' ... '- Num Employees: 4,480 (2019)'; so the key people, 'Former Name: "
 "Britannia Biscuit Company Limited' and 'Parent: Wadia Group' lines are not in the text), the heading '==History=='; "
 "cut after '... (BBCo) was launched.', before the sentence the excerpt breaks off in ('The Mumbai factory was set up "
 "in 1924 and Peek Freans acquired a controlling inter'; a cut at a sentence end). The rendering prints no citation "
 "marker in the excerpt. Paragraphs joined with blank lines. No word added or changed. Kept as written: 'about 80% "
 "of its revenues' (a sentence begun in lower case), 'INR295' (the rendering's currency template, no space), "
 "'mainly Nalin Chandra Gupta, an attorney,', 'V.S. Brothers', 'C.H. Holmes', 'The Britannia Biscuit Company "
 "Limited (BBCo)'. 161 words. No outage told. Recorded CC BY-SA 4.0 (a recent rendering; doubtful: no revision id). "
 "Found at rank 2 of the query 'Britannia Industries Limited is an Indian company specialising in food products, "
 "part of the Wadia Group headed by Nusli Wadia. Founded in 1892' (a name of round 70ah's leads: 'not yet queried "
 "... Britannia Industries'); thebusinessblaze.com (rank 1; a blog), bajajbroking.in, odiagyana.in, "
 "theviralnewslive.com, wcsa.world and drpgtsedu.in (ranks 3-7; blogs and news retelling the history) and "
 "britannia.co.in's milestones page (rank 8; the company's own, copyrighted) not used. Britannia Industries, "
 "Britannia Biscuit, Nalin Chandra Gupta, Nusli: " + CHECKED + " but 'Britannia Industries' and 'Nusli' in "
 "GATHERING.md's lists of leads and of names looked at ('Wadia' and 'Peek Frean' in texts on other matters; the id "
 "wp-britannia-airways is another matter).",
 "non-US", copy_of="the Wikipedia article, via en.wikipedia.org's own rendering"))

# ---- dairy, India: Kaira District Co-operative Milk Producers' Union (liquisearch.com's copy) -------------------------
KD = [
 "Kaira District Co-operative Milk Producers' Union Limited was the First Co-operative Milk Producers' Union started "
 "in Gujarat, formed in Kheda district, whose founding chairman was social worker, Tribhovandas Patel.",
 "Its success, also known as Anand Pattern led to creation of District Co-operative Milk Producers' Union at each "
 "district, created Amul (Anand Milk Union Limited) in 1946. By June 1948, the KDCMPUL had started pasteurizing milk "
 "for the 'Bombay Milk Scheme'.",
 "In 1970, initiated White Revolution of India, as it help create, Gujarat Co-operative Milk Marketing Federation "
 "Ltd., which now overlooks Amul, in 1973, and today, it is the second best dairy in India."]
KEPT["wp-kaira-district-co-operative-milk-producers-union"] = ("kaira-liquisearch.txt", KD)
R.append(wp("wp-kaira-district-co-operative-milk-producers-union", "Kaira District Co-operative Milk Producers' Union",
 "https://www.liquisearch.com/kaira_district_co-operative_milk_producers_union",
 "\n\n".join(MARK.sub("", p) for p in KD),
 "dairy cooperative (company history)", ["history", "cooperative", "founding chairman", "federation"],
 "The whole article text as liquisearch.com's copy of English Wikipedia holds it in the page store (a Wikipedia "
 "mirror serving a page with the site's own quotation block added; no revision id or date held; an older revision, "
 "a stub, as batch 23b recorded this mirror). Cut: the title line \"Kaira District Co-operative Milk Producers' "
 "Union\", the site's block 'Famous quotes containing the words union, milk and/or district:' with its three "
 "quotations (George Meredith, Deuteronomy, Rebecca West; not the article's text). The copy prints no infobox, "
 "heading or citation marker. Paragraphs joined with blank lines. No word added or changed. Kept as written: 'the "
 "First Co-operative Milk Producers' Union', 'social worker, Tribhovandas Patel', 'Its success, also known as Anand "
 "Pattern led to creation of ... at each district, created Amul (Anand Milk Union Limited) in 1946' (the article's "
 "run-on grammar), \"the 'Bombay Milk Scheme'\", 'In 1970, initiated White Revolution of India, as it help create, "
 "Gujarat Co-operative Milk Marketing Federation Ltd., which now overlooks Amul, in 1973'. 103 words (the whole "
 "article's text). No outage told. Recorded CC BY-SA 3.0 (an older revision, before June 2023; doubtful: no revision "
 "id). Found at rank 1 of the query 'Amul Indian dairy cooperative society based at Anand Gujarat formed in 1946 "
 "Gujarat Co-operative Milk Marketing Federation history Kaira District Milk Union Limited' (Amul, a name of round "
 "70ah's leads: 'not yet queried ... Amul') and again at rank 3 of a later Amul query; coop.wikia.com's copy of the "
 "same stub (rank 3; a wiki with a stub template and the site's ad-blocker lines), thedailymeal.com, adhost.in (a "
 "blog mixing Wikipedia's Amul text with a search panel), slideshare, amullimited.com, reviewthescoop.com and "
 "iasri.res.in not used; no copy of the article 'Amul' itself found. Kaira, Tribhovandas, Tribhuvandas, Amul, Anand "
 "Milk, Milk Marketing Federation, Bombay Milk Scheme: " + CHECKED + " but 'Amul' in GATHERING.md's lists of leads "
 "('Kheda' in a text on another matter).",
 "non-US", v3=True, copy_of="the Wikipedia article, an older revision, at liquisearch.com"))

# ---- drinks, Japan: Suntory (netipedia.com's copy, an old revision) --------------------------------------------------
SU = [
 "Template:Nihongo is a Japanese brewing and distilling company. Established in 1899, it is one of the oldest "
 "companies in the distribution of alcoholic beverages. Its business has expanded to other fields, and the company now "
 "offers everything from soft drinks to vintage wines. Suntory is headquartered in Dojimahama, Kita-ku, Osaka, Osaka "
 "prefecture.",
 "Suntory was started by Torii Shinjiro, who first opened his store Torii Shoten in Osaka on February 1, 1899 to sell "
 "imported wines. In 1907, the store began selling a sweet tasting red wine called Akadama Port Wine. The store became "
 "Kotobukiya company in 1921 to further expand its business. In December 1924, Yamazaki Distillery, the first whiskey "
 "distillery in the country, began its production of malt whiskey. Five years later Suntory Whiskey Sirofuda (White "
 "Label), the first single malt whiskey made in Japan, was sold.",
 "Due to wartime shortage of World War II, Kotobukiya was briefly forced to halt its development of new products. In "
 "1961, Kotobukiya launched the famous \"Drink Tris Whiskey and Go to Hawaii\" campaign. At the time, a trip abroad was "
 "considered an once-in-a-lifetime opportunity. In 1963, Kotobukiya changed its name to \"Suntory\", taken from the "
 "name of the famous whiskey it produces. In the same year, Musashino Beer Factory began its production of the "
 "Suntory Beer. In 1997, the company became Japan's sole bottler, distributor, and licensee of Pepsi products.",
 "From the early 1990s, Suntory has collaborated extensively with Melbourne biotechnology firm Florigene (formerly "
 "Calgene Pacific Ltd) in the development by pioneering and patented genetic engineering methods of the world's first "
 "blue rose, long synonymous with the impossible. In 1991, Calgene Pacific - with the help of Suntory - won the "
 "intense global race to isolate the gene responsible for blue flowers."]
KEPT["wp-suntory"] = ("suntory-netipedia.txt", SU)
R.append(wp("wp-suntory", "Suntory", "http://www.netipedia.com/index.php/Suntory",
 "\n\n".join(MARK.sub("", p) for p in SU),
 "drinks (brewing and distilling, company history)", ["history", "founder", "former names", "products",
                                                     "joint venture"],
 "The article as netipedia.com's copy of English Wikipedia holds it in the page store ('From Free net encyclopedia'; "
 "an old revision of about 2006, its text running to 1997 and the early 1990s, before Suntory's later purchases; no "
 "revision id or date held). Cut: the title line 'Suntory', the site's line 'From Free net encyclopedia', the "
 "table-of-contents word 'Contents', the headings 'History' and 'Joint Ventures'; cut after '... the gene responsible "
 "for blue flowers.', before the sentence the excerpt breaks off in ('With this breakthrough patented, Calgene "
 "acquired its main rival, Dutch firm'; a cut at a sentence end). The copy prints no infobox or citation marker. "
 "Paragraphs joined with blank lines. No word added or changed. Kept as written: 'Template:Nihongo is a Japanese "
 "brewing and distilling company.' (the copy's unrendered template in place of the company's name with its Japanese "
 "form; doubtful: kept rather than cut, as no word may be changed), 'Torii Shinjiro' (family name first), 'Torii "
 "Shoten', 'Suntory Whiskey Sirofuda (White Label)', '\"Drink Tris Whiskey and Go to Hawaii\"', 'an "
 "once-in-a-lifetime', 'Calgene Pacific - with the help of Suntory -'. 290 words. No outage told (a wartime halt of "
 "product development is a business event). Recorded CC BY-SA 3.0 (an old revision, before June 2023; doubtful: no "
 "revision id). Found at rank 7 of the query 'Suntory Holdings Limited is a Japanese multinational brewing and "
 "distilling company group. Established in 1899 Shinjiro Torii Kotobukiya history' (a name of round 70ah's leads: "
 "'not yet queried ... Suntory'); spiritsanddistilling.com (rank 1; The Oxford Companion, copyrighted), "
 "whisky.suntory.com and amatory.net (the company's own timeline), whiskyshop.com, tomokacasks.com and schubiweine.ch "
 "(retail pages) not used; de.wiki.li's German article on Torii Shinjirō (an earlier query) not used; a query in the "
 "copy's own words found no other Wikipedia copy. Suntory, Kotobukiya, Torii, Akadama, Florigene, Calgene, Musashino: "
 + CHECKED + " but 'Suntory' in GATHERING.md's lists of leads and as 'Beam Suntory' (an SEC matter looked at and not "
 "used); 'Yamazaki' in a text on another matter.",
 "non-US", v3=True, copy_of="the Wikipedia article, an old revision, at netipedia.com"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[nb 1]', '[note 1]', '[lower-alpha 1]',
    '[edit]', '[citation needed]'), whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|nb \d+|note \d+|lower-alpha \d+|edit|citation needed)\s*\]", "",
                           s).split())


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
