#!/usr/bin/env python3
"""Batch 71z (session 65; gatherer lane 71z): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n, 65b-65r, 66a-66p, 67a-67ac, 68a-68ad, 69a-69aj, 70a-70ak and 71d-71v, on an
Australian jelly brand, an Indian paint maker and an Indian pharmaceutical maker's founder, new to the corpus:
Aeroplane Jelly, the Australian jelly brand created by Bert Appleroth, whose company Traders Pty Ltd, formed with
Albert Francis Lenertz in 1927, was sold in 1995 to McCormick Foods Australia, a subsidiary of McCormick & Company
(food, Australia); Asian Paints Ltd, the Mumbai paint maker started in a garage in February 1942 by four friends,
Champaklal Choksey, Chimanlal Choksi, Suryakant Dani and Arvind Vakil, which took over Delmege Forsyth & Co. of Sri
Lanka in 1999, bought majority stakes in SCIB Chemicals and Berger International Singapore in 2002 and formed joint
ventures with the Al Hassan Group and Confidence Group (paints, India); and Khwaja Abdul Hamied (born 1898), the
Aligarh-born chemist who founded Cipla (Chemical, Industrial and Pharmaceutical Laboratories) in 1935, his son Yusuf
Hamied its chairman (pharmaceuticals, India).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): piglix.com's copy of 'Aeroplane Jelly' (a copy of about 2017), profilbaru.com's copy of 'Asian
Paints' (a recent revision: 'Financials as of 31 March 2024') and en.wikipedia.org's page of 'Khwaja Abdul Hamied' at
revision 707695263 (1 March 2016); each cut at a paragraph or sentence end before the point where the excerpt breaks
off. Edits per item in `notes` (title lines, site lines, infobox lines, a revision notice and headings cut; no word
added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather71z/src), the markers
('[1]') dropped and whitespace runs compared as one space, as batches 57g-71u did. No text tells an outage. newskg (or
any extractor) was not run on any text. A round of three: six queries, five companies or founders asked for, three
taken (round notes /tmp/gather71z/NOTES.md; queries /tmp/gather71z/src/queries.txt; claims
/work/notes/gather71/CLAIMS.txt).
usage: batch71z.py [POOL_DIR] [--dry]   (default /tmp/gather71z/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71z/pool"
SRC = "/tmp/gather71z/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-65 pools (/tmp/gather71*/pool) and in /work/notes/gather71/CLAIMS.txt as it stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', '[lower-alpha 1]', '[citation needed]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|note \d+|lower-alpha \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- food, Australia: Aeroplane Jelly (piglix.com, about 2017) ------------------------------------------------------
AJ = [
 "Aeroplane Jelly is a jelly brand in Australia created by Bert Appleroth. Appleroth's backyard business, Traders Pty "
 "Ltd, became one of Australia's largest family-operated food manufacturers and was sold to McCormick Foods "
 "Australia, a subsidiary of United States corporation McCormick & Company, in 1995. Aeroplane Jelly is the market "
 "leader in Australia's jelly market, with over 18 million packets sold annually. Strawberry is the best-selling "
 "flavour.",
 "Aeroplane Jelly ran a successful advertising campaign featuring a jingle that has become part of Australian "
 "culture. It is one of Australia's longest running jingles, and was played on radio over 100 times per day in the "
 "1940s. The jingle was added to the National Film and Sound Archive's Sounds of Australia registry in 2008.",
 "Adolphus Herbert Frederick Norman Appleroth, known as Bert Appleroth, was a tram conductor who created jelly "
 "crystals using gelatine and sugar in his bathtub. He sold these jelly crystals door-to-door, using his tram route "
 "to transport him around Sydney. In 1917, Appleroth rented premises to manufacture his jelly, then formed a company "
 "with Albert Francis Lenertz named Traders Pty Ltd in 1927. Planes were considered new and exciting at the time, so "
 "aviation fan Appleroth named the brand Aeroplane Jelly. Appleroth used a Tiger Moth plane to make deliveries to "
 "rural areas in 1934, and his publicity stunts and Aeroplane Jelly's advertising campaigns made the jelly a "
 "national icon, like Holden and Vegemite.",
 "Appleroth's company, Traders Pty Ltd, was run by his son, Bert II, then grandson, Bert III, and ownership passed to "
 "Bert III's wife Val when he died in 1985."]
KEPT["wp-aeroplane-jelly"] = ("aeroplane-jelly-piglix.txt", AJ)
R.append(wp("wp-aeroplane-jelly", "Aeroplane Jelly", "http://piglix.com/piglix/Aeroplane_Jelly",
 "\n\n".join(MARK.sub("", p) for p in AJ),
 "food (brand and company history)", ["history", "founders", "ownership", "acquisition", "advertising"],
 "The article as piglix's copy holds it in the page store (piglix.com, a copy of English Wikipedia articles of about "
 "2017), CC BY-SA 3.0 (rounds 71j, 71k, 71o, 71t and 71u recorded piglix copies). Cut: the site line '*** Welcome to "
 "piglix ***', the title lines 'Aeroplane Jelly' (twice), the infobox lines ('Aeroplane Jelly Logo.png', 'Product "
 "type Confectionery', 'Owner McCormick Foods Australia', 'Country Australia', 'Introduced 1927', 'Markets "
 "Australia', 'Tagline \"I like Aeroplane Jelly\"', 'Website AeroplaneJelly.com.au'); cut after '... when he died in "
 "1985.', before the sentence the excerpt breaks off in ('According to Traders' managing director, Hugh Knox, the "
 "Appleroth family were frien'; a cut at a sentence end, so Hugh Knox is not in the text). The copy shows no "
 "headings and no citation markers in this excerpt. Paragraphs joined with blank lines. No word added or changed. "
 "Kept as written: 'Appleroth's backyard business, Traders Pty Ltd, became one of Australia's largest "
 "family-operated food manufacturers', 'a subsidiary of United States corporation McCormick & Company', 'over 100 "
 "times per day in the 1940s', 'then formed a company with Albert Francis Lenertz named Traders Pty Ltd in 1927', "
 "'like Holden and Vegemite', 'was run by his son, Bert II, then grandson, Bert III'. 263 words. No outage told. "
 "Recorded CC BY-SA 3.0 (a copy of about 2017). Found at rank 4 of the query 'Aeroplane Jelly Bert Appleroth Sydney "
 "company history Wikipedia'; adb.anu.edu.au (rank 1; the Australian Dictionary of Biography, copyrighted), "
 "rookwoodcemeterydiscoveries.blogspot.com (rank 2; a blog), canberratimes.com.au (rank 3; news), "
 "brightlightmultimedia.com (rank 5; an article), australianfoodtimeline.com.au (rank 6), nma.gov.au (rank 7; the "
 "National Museum of Australia's page, not Wikipedia's) and alldownunder.com (rank 8) not used. Aeroplane Jelly, "
 "Appleroth, Lenertz, Traders Pty, Bert III, Tiger Moth: " + CHECKED + " ('McCormick' in texts on other matters, "
 "an FTC food-case text among them; here only as the buyer).",
 "non-US", v3=True, copy_of="an older revision of the Wikipedia article, mirrored at piglix.com"))

# ---- paints, India: Asian Paints (profilbaru.com, recent) ----------------------------------------------------------
AP = [
 "Asian Paints Ltd is an Indian multinationalpaint company, headquartered in Mumbai.[2] The company is engaged in the "
 "business of manufacturing, selling and distribution of paints, coatings, products related to home décor, bath "
 "fittings and providing related services.",
 "Asian Paints is India's largest paints company by market share.[5][6] The company has 27 paint manufacturing "
 "facilities in 15 countries, servicing consumers in over 60 countries. Asian Paints is also present in the home "
 "improvement and décor space in India.[7]",
 "The company was started in a garage in Gaiwadi, Girgaon, Mumbai by four friends Champaklal Choksey, Chimanlal "
 "Choksi, Suryakant Dani and Arvind Vakil, in February 1942.[2] During World War II and the Quit India Movement of "
 "1942, a temporary ban on paint imports left only foreign companies and Shalimar Paints in the market. Asian Paints "
 "took up the market and reported an annual turnover of ₹23 crore in 1952 but with only 2% PBT margin. By 1967, it "
 "became the leading paints manufacturer in the country.[8][9]",
 "Asian Paints established its first overseas subsidiary in 1978 in Fiji,[10] before expanding into Nepal in "
 "1983.[11] The company made its first international acquisition in 1999, when it took over Sri Lanka's second "
 "largest paint company, Delmege Forsyth & Co.[12] In 2000, it began operations in Oman through a joint venture with "
 "the Al Hassan Group.[13]",
 "In 2002, Asian Paints acquired a 60% stake in Egyptian paint manufacturer SCIB Chemicals for ₹24.5 crore (US$5.04 "
 "million).[14] It also acquired a 50.1% stake in the SGX-listed Berger International Singapore, which had "
 "operations in 11 countries across Southeast Asia, West Asia, the Caribbean, China and Malta, for US$20.8 "
 "million.[15] Later that year, it entered the Bangladesh market by incorporating a joint venture with Confidence "
 "Group.[16]"]
KEPT["wp-asian-paints"] = ("asian-paints-profilbaru.txt", AP)
R.append(wp("wp-asian-paints", "Asian Paints", "https://profilbaru.com/en/Asian_Paints",
 "\n\n".join(MARK.sub("", p) for p in AP),
 "paints and coatings (company history)", ["history", "founders", "acquisitions", "joint ventures", "overseas expansion"],
 "The article as profilbaru.com's copy holds it in the page store (a site rendering English Wikipedia pages, as "
 "batches 30d, 57q and 71t recorded; no revision id held; a recent revision by its 'Financials as of 31 March 2024', "
 "recorded CC BY-SA 4.0). The excerpt begins inside the infobox, at its last line. Cut: that line ('Footnotes / "
 "references Financials as of 31 March 2024[update].[4]'), the heading 'History' (on a line of its own) and the "
 "citation markers ('[2]', '[5][6]', '[7]', '[8][9]', '[10]' ... '[16]'); cut after '... a joint venture with "
 "Confidence Group.', before the paragraph the excerpt breaks off in ('In 2003, it acquired Taubmans Paints, which "
 "functioned in Fiji and Samoa; thi'; a cut at a paragraph end, so Taubmans Paints is not in the text). Paragraphs "
 "as the copy sets them apart (one per line), joined with blank lines. No word added or changed. Kept as written: "
 "'an Indian multinationalpaint company' (run together in the copy), 'home décor', 'by four friends Champaklal "
 "Choksey, Chimanlal Choksi, Suryakant Dani and Arvind Vakil, in February 1942', '₹23 crore in 1952 but with only 2% "
 "PBT margin', 'Sri Lanka's second largest paint company, Delmege Forsyth & Co.', 'acquired a 60% stake in Egyptian "
 "paint manufacturer SCIB Chemicals', 'a 50.1% stake in the SGX-listed Berger International Singapore', 'by "
 "incorporating a joint venture with Confidence Group'. 285 words. No outage told. Recorded CC BY-SA 4.0 (a recent "
 "revision; doubtful: no revision id or date beyond the infobox's financial date). Found at rank 4 of the query "
 "'Asian Paints company history founded 1942 four friends Bombay Wikipedia'; bajajbroking.in (rank 1; a broker's "
 "blog), innovativezoneindia.com (rank 2; a feature), namasteswitzerland.ch (rank 3; a quiz note), "
 "naviarthkranti.com (rank 5; Marathi), newsable.asianetnews.com (rank 6; news), medianews4u.com (rank 7; news) and "
 "ottindia.app (rank 8; a feature) not used. Asian Paints, Choksey, Choksi, Suryakant Dani, Arvind Vakil, Gaiwadi, "
 "Girgaon, Shalimar Paints, Delmege, SCIB, Al Hassan, Confidence Group: " + CHECKED + " ('Berger International' "
 "once in GATHERING.md's lists of names; 'Berger' alone in texts on other matters).",
 "non-US", copy_of="the Wikipedia article, via profilbaru.com's rendering"))

# ---- pharmaceuticals, India: Khwaja Abdul Hamied (en.wikipedia.org, oldid 707695263) --------------------------------
KH = [
 "'Dr. Khwaja Abdul Hamied’ born on 31 October 1898 in Aligarh to Khwaja Abdul Ali and Masood Jahan Begum. He was an "
 "Indian nationalist and anti-imperialist scientist who founded Cipla, India's oldest pharmaceutical company in "
 "1935. His son, Yusuf Hamied headed the company after him for the next 52 years.[1]",
 "Hamied was born in Aligarh, Uttar Pradesh,[2] and later graduated from Allahabad University in Allahabad, Uttar "
 "Pradesh and held M.A. and PhD degrees from the Humboldt University of Berlin in Germany. He was a disciple of M.K. "
 "Gandhi and former founder professor along with Zakir Husain of the Jamia Milia Islamia in Aligarh, now based in "
 "Delhi.",
 "Hamied followed Mahatma Gandhi's Indian nationalism. Hamied's family raised money to send him to study chemistry "
 "in England, India's colonial master, in 1924. Instead, he changed ships and went to Germany, then the world's "
 "leader in chemicals. On a Berlin lake, he met a Lithuanian Jewish socialist, whom he married. They fled as the "
 "Nazis rose to power in Germany.",
 "Chemical, Industrial and Pharmaceutical Laboratories (CIPLA) was founded in 1935 with an initial capital of Rs. 2 "
 "lakhs. The company commenced production in 1937 making it the oldest pharmaceutical company in India.[1] His "
 "eldest son Yusuf Hamied, who did study chemistry in England, is now Chairman of Cipla. Yusuf still refers to his "
 "chemistry notebooks from Cambridge.[3][4]"]
KEPT["wp-khwaja-abdul-hamied"] = ("khwaja-abdul-hamied-enwp.txt", KH)
R.append(wp("wp-khwaja-abdul-hamied", "Khwaja Abdul Hamied",
 "https://en.wikipedia.org/wiki/Khwaja_Abdul_Hamied?oldid=707695263",
 "\n\n".join(MARK.sub("", p) for p in KH),
 "pharmaceuticals (founder's biography, company founding)", ["biography", "founder", "education", "chairman"],
 "The article at revision 707695263 as en.wikipedia.org's page holds it in the page store (the oldid in the address; "
 "the page's own notice dates the revision 07:30, 1 March 2016, before Wikimedia's 2023 move to CC BY-SA 4.0, "
 "recorded 3.0). Cut: the site lines 'Jump to content' and 'From Wikipedia, the free encyclopedia', the title line "
 "'Khwaja Abdul Hamied', the revision notice ('This is an old revision of this page, as edited by KasparBot ... "
 "which may differ significantly from the current revision.'), the headings 'Early life and background' and "
 "'Career', the citation markers ('[1]', '[2]', '[3][4]'); cut after '... his chemistry notebooks from Cambridge.', "
 "before the paragraph the excerpt breaks off in ('Apart from conceiving the idea of establishing a National "
 "Chemical Laboratory and making it a reality, Dr Khwaja Hamied floated the idea and conceptualized the "
 "establishment of'; a cut at a paragraph end). Paragraphs as the page sets them apart, joined with blank lines. No "
 "word added or changed. Kept as written: \"'Dr. Khwaja Abdul Hamied’ born on 31 October 1898\" (a straight and a "
 "curly quotation mark, no verb 'was'), 'founded Cipla, India's oldest pharmaceutical company in 1935', 'His son, "
 "Yusuf Hamied headed the company', 'former founder professor along with Zakir Husain of the Jamia Milia Islamia', "
 "'Chemical, Industrial and Pharmaceutical Laboratories (CIPLA)', 'Rs. 2 lakhs', 'who did study chemistry in "
 "England'. 224 words. No outage told. Recorded CC BY-SA 3.0 (revision of 1 March 2016). Found at rank 6 of the "
 "query 'Cipla pharmaceutical company founded 1935 Khwaja Abdul Hamied Chemical Industrial and Pharmaceutical "
 "Laboratories history Wikipedia'; drohkaal.com (rank 1; Hindi), medicircle.in (rank 2; a feature), thisday.app "
 "(rank 3; a feature), hindi.heritagetimes.in (rank 4; Hindi), ndtv.com (rank 5; a stock page) and wikimd.com (rank "
 "7; a rewritten text, not Wikipedia's) and readonlinetoday.com (rank 8; a translated feature) not used. Hamied, "
 "Cipla, Aligarh, Zakir Husain, Jamia Milia, Allahabad University, Humboldt University, Masood Jahan: " + CHECKED +
 ".", "non-US", v3=True, copy_of="the Wikipedia article (revision 707695263) via en.wikipedia.org's page"))


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
