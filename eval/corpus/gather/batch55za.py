#!/usr/bin/env python3
"""Batch 55za (session 54; gatherer lane 55za): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s and 55x, turned to mid-size companies in shipping, consumer goods and
publishing: an Estonian ferry company, formed in May 1989 as a subsidiary of the Soviet Union-based Estonian Shipping
Company (ESCO) together with the Finnish Palkkiyhtymä Oy, owner of Silja Line and of a part of SeaRail (shipping,
Estonia); a British scale model maker founded by Frank Hornby, bought with Meccano in 1964 by Lines Brothers (Tri-ang
Railways), majority owned since 2017 by Phoenix Asset Management, buyer of Humbrol and its subsidiary Airfix in 2007
(consumer goods, UK); and an Oxford military history publisher formed in 1968 as a subsidiary of the Brooke Bond Tea
Company, bought by George Philip Ltd (itself bought by Reed International), sold to Botts & Company and in a majority
to Alcuin Capital Partners, buyer of Shire Books, Old House and Duncan Baird, now an imprint of Bloomsbury Publishing
(publishing, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): piglix.com's copy of 'Tallink' (a revision of about 2016: the infobox's 2015 figures), en.wikipedia.org's own
rendering of 'Hornby Railways' (a revision of 2024 or later) and wiki.gravy.cc's MediaWiki copy of 'Osprey Publishing'
(undated; a revision of after 2014); each cut at a sentence end (`truncated`). Edits per item in `notes` (site lines,
infobox lines, headings, edit links and citation markers cut; no word added or changed); `verify()` checks every kept
paragraph against the saved excerpt (/tmp/gather56za/src), the markers ('[1]', '[edit]') dropped and whitespace runs
compared as one space, as batches 55e, 55i, 55p and 55x did. No text tells an outage and none tells a near-miss of one.
newskg (or any extractor) was not run on any text. A round of three: seven queries, six of them answered with English
Wikipedia text on one of five companies not yet in the corpus (round notes, /work/notes/gather56/55za.md).
usage: batch55za.py [POOL_DIR] [--dry]   (default /tmp/gather56za/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather56za/pool"
SRC = "/tmp/gather56za/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-54 pools (/tmp/gather56*/pool) and in /work/notes/gather56/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- shipping, Estonia: Tallink (piglix.com's copy, a revision of about 2016) ---------------------------------------
TALLINK = [
 "Tallink is an Estonian shipping company currently operating Baltic Sea cruiseferries and ropax ships from Estonia "
 "to Finland, Estonia to Sweden, Latvia to Sweden and Finland to Sweden. They also own Silja Line and a part of "
 "SeaRail. It is one of the largest passenger and cargo shipping companies in the Baltic Sea region.",
 "History of the company known today as Tallink can be traced back to the year 1965 when the Soviet Union-based "
 "Estonian Shipping Company (ESCO) started passenger traffic between Helsinki and Tallinn with MS Vanemuine. Regular "
 "around-the-year traffic was started in 1968 with MS Tallinn, which served on the route until she was replaced by "
 "the new MS Georg Ots in 1980.",
 "In May 1989 ESCO formed a new subsidiary, Laevandus\u00fchisettev\u00f5te Tallink, together with the Finnish "
 "Palkkiyhtym\u00e4 Oy. In December of the same year ESCO and Palkkiyhtym\u00e4 purchased MS Scandinavian Sky from "
 "SeaEscape, and the ship began traffic on the Helsinki\u2013Tallinn route in January 1990 as MS Tallink. Later in "
 "the same year the freighter MS Transestonia joined the Tallink on the Helsinki\u2013Tallinn route and Tallink was "
 "established as the name of the company as well as the main ship. At the same time ESCO still operated the Georg "
 "Ots in the same route, essentially competing with its own daughter company. This conflict was resolved in "
 "September 1991 when the Georg Ots was chartered to Tallink."]
KEPT["wp-tallink"] = ("tallink-piglix.txt", TALLINK)
R.append(wp("wp-tallink", "Tallink", "http://piglix.com/piglix/Tallink",
 "\n\n".join(TALLINK),
 "shipping", ["history", "founding", "subsidiary", "joint venture"],
 "The article as piglix.com's copy holds it in the page store (undated, no revision id; a revision of about 2016: the "
 "infobox gives revenue and profit for 2015 and '6,835 (avg. FY 2015)' employees). en.wikipedia.org's own rendering "
 "of the article (rank 8 of the same query; a revision of 2020 or later, with AS Infortar and Elenger) was not "
 "used: it drops the ships' names from its sentences ('introduced passenger ferry services between Helsinki and "
 "Tallinn on .', 'replaced by the new in 1980', 'on 8 January 1990 as .'), so its history reads broken; a copy at "
 "ww-w.pages.dev (rank 3; a proxy with a chat banner, the kind batch 34d left aside) not used either. Cut: the excerpt's infobox "
 "rows, from 'Public | |' to 'www.tallink.com www.tallinksilja.com |' ('Traded as | Nasdaq Baltic: TAL1T', "
 "'Industry | Maritime transportation', 'Founded | 1989', 'Headquarters | Tallinn, Estonia', 'Area served', "
 "'Northern Europe', 'Key people', 'Janek Stalmeister, Enn Pant, Andres Hunt', the services, revenue, profit, "
 "employees and website rows), so the three key people are not in the text; cut after 'This conflict was resolved in "
 "September 1991 when the Georg Ots was chartered to Tallink.', before the sentence the excerpt breaks off ('In the "
 "early 1990s passenger numbers ... Tallink chartered MS Saint Pa'; `truncated`; a cut inside a paragraph, at a "
 "sentence end). The copy holds no headings and no citation markers. No word added or changed. Kept as written: "
 "'currently operating Baltic Sea cruiseferries and ropax ships' (the words 'cruiseferries' and 'ropax'), 'They also "
 "own Silja Line and a part of SeaRail' (the plural 'They'), 'History of the company known today as Tallink can be "
 "traced back to the year 1965 when the Soviet Union-based Estonian Shipping Company (ESCO)', 'which served on the "
 "route until she was replaced', 'In May 1989 ESCO formed a new subsidiary, Laevandus\u00fchisettev\u00f5te "
 "Tallink, together with the Finnish Palkkiyhtym\u00e4 Oy' (no comma after '1989'), 'the freighter MS Transestonia "
 "joined the Tallink' (the ship), 'essentially competing with its own daughter company'. 229 words. No outage and no "
 "near-miss of one told. Recorded CC BY-SA 3.0 (a revision of about 2016, before Wikimedia's move to 4.0 of June "
 "2023). Found at rank 2 of the query 'Tallink Grupp history founded acquired Silja Line Estonian shipping company "
 "Wikipedia'; tallink.com's Swedish and English history pages (ranks 1, 7; the company's own, copyrighted), a "
 "'Misplaced Pages' snapshot with unrelated glosses inlined (rank 4), a Swedish news item (rank 5) and a blog "
 "(rank 6) not used. Tallink, Silja, SeaRail, Palkkiyhtym\u00e4, Estonian Shipping, Infortar, Elenger: " + CHECKED
 + ".", "non-US", v3=True,
 copy_of="the Wikipedia article, an older revision on the piglix.com mirror"))

# ---- consumer goods, UK: Hornby Railways (en.wikipedia.org, a revision of 2024 or later) -----------------------------
HORNBY = [
 "Hornby Hobbies Limited is a British scale model manufacturing company; the name is particularly associated with "
 "its model railways. Its roots date back to 1901 in Liverpool, when founder Frank Hornby received a patent for his "
 "Meccano construction toy. The first clockwork train was produced in 1920. In 1938, Hornby launched its first OO "
 "gauge train. In 1964, Hornby and Meccano were in financial difficulties and were bought by a competitor Lines "
 "Brothers (Tri-ang Railways), the railway brand becoming \"Tri-ang Hornby\". Hornby Railways became independent "
 "again in the 1980s, and became listed on the London Stock Exchange, but due to financial troubles reported in June "
 "2017, became majority owned by British turnaround specialist Phoenix Asset Management.",
 "Hornby Hobbies bought model paint manufacturer Humbrol and their scale model kit subsidiary Airfix in 2007. The "
 "die-cast model car brand Corgi was added in 2008.",
 "Hornby's other brands include for model railways Bassett-Lowke, Jouef, Lima, Rivarossi and Electrotren, the large "
 "scale car model kit Pocher, and the scale car racing Scalextric."]
KEPT["wp-hornby-railways"] = ("hornby-enwiki.txt", HORNBY)
R.append(wp("wp-hornby-railways", "Hornby Railways", "https://en.wikipedia.org/wiki/Hornby_Railways",
 "\n\n".join(HORNBY),
 "consumer goods", ["history", "founding", "ownership", "acquisition", "brands"],
 "The article as en.wikipedia.org's own rendering holds it in the page store (undated, no revision id; a revision of "
 "2024 or later: the infobox's 'Parent: Phoenix Asset Management, (2017\u2013present)' and former names to 2015, and "
 "the lead's wording 'bought by a competitor Lines Brothers (Tri-ang Railways), the railway brand becoming "
 "\"Tri-ang Hornby\"', which wikimili.com's and clateway.com's copies of 2021-2024 (ranks 4, 7) do not yet have). "
 "Cut: the title line '= Hornby Railways ='; the infobox lines ('Hornby Hobbies Limited', 'Former Names: Hornby "
 "Dublo , (1938\u201363), Hornby Railways, (1972\u201380), Hornby Hobbies Limited, (1980\u20132015)', 'Logo', 'Type: "
 "Private (1901\u201364), Subsidiary (1964\u201380), Public (1980\u2013)', 'Fate: Acquired by Tri-ang Railways in "
 "1964, then other takeovers', 'Founder: Frank Hornby', 'Industry', 'Location: Margate, Kent, England', products, "
 "revenue, income, employees, 'Brands: ...' (Arnold among them), 'Parent: ...', 'Homepage'), so Margate and Arnold "
 "are not in the text; cut after the lead's third paragraph, before the heading '==History==' and its subheading "
 "'===Early history: 1920\u20131938 ===' and the sentence the excerpt breaks off ('Hornby was at first a trade name "
 "for the railway productions of Meccan'; `truncated`; a cut at a paragraph end). The rendering holds no citation "
 "markers in the lead. No word added or changed. Kept as written: 'a British scale model manufacturing company; the "
 "name is particularly associated with its model railways', 'when founder Frank Hornby received a patent for his "
 "Meccano construction toy', 'were bought by a competitor Lines Brothers (Tri-ang Railways), the railway brand "
 "becoming \"Tri-ang Hornby\"' (no comma before the name; straight quotes), 'became majority owned by British "
 "turnaround specialist Phoenix Asset Management', 'Hornby Hobbies bought model paint manufacturer Humbrol and their "
 "scale model kit subsidiary Airfix in 2007', 'The die-cast model car brand Corgi was added in 2008', 'Hornby's other "
 "brands include for model railways Bassett-Lowke, ...' (so worded). 168 words. No outage and no near-miss of one "
 "told. Recorded CC BY-SA 4.0 (a revision of 2024 or later). Found at rank 6 of the query 'Hornby Railways company "
 "history Frank Hornby Meccano acquired Airfix Corgi Scalextric Wikipedia'; wikimili.com's and review.clateway.com's "
 "copies (ranks 4, 7; older revisions of the same lead), a management case study (rank 2; copyrighted), blogs and "
 "local history pages (ranks 1, 3, 5, 8) not used. Hornby, Meccano, Tri-ang, Lines Bros, Phoenix Asset, Humbrol, "
 "Airfix, Corgi: " + CHECKED + ".", "non-US"))

# ---- publishing, UK: Osprey Publishing (wiki.gravy.cc's copy, undated; a revision of after 2014) -------------------
OSPREY = [
 "Osprey Publishing is a British publishing company specializing in military history based in Oxford. Predominantly "
 "an illustrated publisher, many of their books contain full-colour artwork plates, maps and photographs, and the "
 "company produces over a dozen ongoing series, each focusing on a specific aspect of the history of warfare. Their "
 "publications include the Men-at-Arms series, running to over 500 titles, with each book dedicated to a specific "
 "historical army or military unit. Osprey is an imprint of Bloomsbury Publishing.",
 "In the 1960s, the Brooke Bond Tea Company began including a series of military aircraft cards with packages of "
 "their tea. The cards proved popular, and the artist Dick Ward proposed the idea of publishing illustrated books "
 "about military aircraft. The idea was approved and a small subsidiary company called Osprey was formed in 1968. "
 "The company\u2019s first book, North American P-51D Mustang in USAAF-USAF Service, was published in 1969. Soon "
 "after, Ward proposed trying the same idea with famous military units, and in 1971 the first Men-at-Arms title "
 "appeared. In the late 1970s, the firm was acquired by George Philip Ltd. In 1988, Philip was acquired by Reed "
 "International; it was sold to the private equity firm Botts & Company.",
 "During these years, the firm grew steadily, adding new titles and new series to their catalogue. Although they "
 "have produced books of all types, the main focus remains on military history, particularly the military history "
 "of Britain. Osprey Publishing now publishes an average of 10-12 books a month.",
 "Shire Books was acquired in 2007, and the science fiction, fantasy and horror imprint Angry Robot was purchased "
 "from HarperCollins in 2010. The reprint house Old House was acquired in 2011. To continue expansion, a majority "
 "stake in Osprey was sold by Botts to Alcuin Capital Partners in 2011. In 2012, Osprey acquired Duncan Baird "
 "(later renamed Nourish) and its Watkins imprint."]
KEPT["wp-osprey-publishing"] = ("osprey-gravy.txt", OSPREY)
R.append(wp("wp-osprey-publishing", "Osprey Publishing", "https://wiki.gravy.cc/wiki/Osprey_Publishing",
 "\n\n".join(OSPREY),
 "publishing", ["history", "founding", "ownership", "acquisition"],
 "The article as wiki.gravy.cc's MediaWiki copy holds it in the page store (undated, no revision id; a revision of "
 "after 2014: 'Osprey is an imprint of Bloomsbury Publishing'; batch 28b used wiki.gravy.cc's copies for Tidal and "
 "Suica). Cut: the title line 'Osprey Publishing'; the heading 'History[edit]' (with its edit "
 "link); the citation markers '[1]' to '[6]'; cut after 'In 2012, Osprey acquired Duncan Baird (later renamed "
 "Nourish) and its Watkins imprint.', where the excerpt breaks off at the opening bracket of a seventh marker ('[6][';"
 " `truncated`), so whatever the article tells after 2012 (Bloomsbury's purchase among it) is not in the text. The "
 "copy holds no infobox. No word added or changed. Kept as written: 'a British publishing company specializing in "
 "military history based in Oxford' (the spelling 'specializing'), 'many of their books', 'the Men-at-Arms series, "
 "running to over 500 titles', 'Osprey is an imprint of Bloomsbury Publishing', 'the Brooke Bond Tea Company began "
 "including a series of military aircraft cards with packages of their tea', 'the artist Dick Ward proposed', 'a "
 "small subsidiary company called Osprey was formed in 1968', 'The company\u2019s first book' (a curly apostrophe), "
 "'In the late 1970s, the firm was acquired by George Philip Ltd. In 1988, Philip was acquired by Reed International; "
 "it was sold to the private equity firm Botts & Company.' (the 'it' so written), 'an average of 10-12 books a month' "
 "(a hyphen), 'Shire Books was acquired in 2007' (no buyer named), 'the science fiction, fantasy and horror imprint "
 "Angry Robot was purchased from HarperCollins in 2010', 'a majority stake in Osprey was sold by Botts to Alcuin "
 "Capital Partners in 2011', 'Osprey acquired Duncan Baird (later renamed Nourish) and its Watkins imprint'. 310 "
 "words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (undated, as batches 27b and 28b recorded "
 "undated current renderings and wiki.gravy.cc's copies; doubtful: a revision of before June 2023 "
 "would be 3.0). Found at rank 1 of the query 'Osprey Publishing history founded acquired Bloomsbury military history "
 "publisher Wikipedia' (and at rank 1 of a second Osprey query, the same excerpt); a French Wikipedia copy (rank 2), "
 "blogs (ranks 3, 4, 8) and the publisher's own blog pages (ranks 5-7; copyrighted) not used. Osprey Publishing, "
 "Brooke Bond, George Philip, Botts, Alcuin, Shire Books, Angry Robot, Duncan Baird, Reed International, "
 "HarperCollins: " + CHECKED + " ('Osprey' alone hits only the Osprey Energy Center of a 2017 Federal Register text, "
 "batch 50e; no history of this publisher).", "non-US",
 copy_of="the Wikipedia article, wiki.gravy.cc's MediaWiki copy"))


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
