#!/usr/bin/env python3
"""Batch 69c (session 63; gatherer lane 69c): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n, 65c, 65f, 65l, 65n, 66c, 67ae, 68c, 68i, 68o, 68t
and 68aa, turned to European companies (the lane of 69c: English Wikipedia histories of European companies that name
founders and executives with their posts, plus acquisitions, parents and subsidiaries; from the leads of rounds 68aa,
68t and 68o), new to the corpus: Ahlstrom-Munksjö, the Finnish maker of fiber-based products (business name
Ahlstrom), led by Hans Sohlström as president and CEO with Sakari Ahdekivi as deputy CEO and CFO, with the Munksjö
paper mill of 1862 and its two makers Janne Lundström and Lars Johan Hierta and the founder Antti Ahlström (fiber
materials, Finland); Lorraine-Dietrich, the French car and aero-engine maker of 1896-1935 created by the locomotive
maker Société Lorraine des Anciens Etablissements de Dietrich et Cie de Lunéville (De Dietrich et Cie, founded in 1884
by Jean de Dietrich), with the managing director of its Lunéville plant, Adrien, Baron de Turckheim, and its 1901
deal with Turcat-Méry (automobiles, France); and Escher Wyss & Cie., the Zürich engineering company founded in 1805
by Hans Caspar Escher and Salomon von Wyss, directed by Hans Zoelly after 1860, supplier of Norsk Hydro, taken over
by Sulzer AG in 1969 and then inside the group Andritz AG (engineering, Switzerland).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's own rendering of 'Ahlstrom-Munksjö' reached through the redirect
'Ahlstrom' ('From Wikipedia, the free encyclopedia', 'Jump to navigation'; its figures reach 2022: recent),
piglix.com's copy of 'Lorraine-Dietrich' (under 'Lorraine (company)'; an older revision, undated) and
en.wikipedia.org.'s page (the host name with its trailing dot) of 'Escher Wyss & Cie.' under the redirect 'Escher
Wyss and Company' (recent: it reaches Andritz and the closure of 2014); each cut at a sentence or paragraph end (the
first and the third before the point where the excerpt breaks off or turns to the references; `truncated` for all
three: each article goes on). Edits per item in `notes` (site lines, title lines, infobox lines, headings, list
bullets, edit links and citation markers cut; no word added or changed); `verify()` checks every kept paragraph
against the saved excerpt (/tmp/gather69c/src), citation markers ('[1]', '[edit]') dropped and whitespace runs
compared as one space, as batches 57g-68aa did. No text tells an outage or a near-miss of one. newskg (or any
extractor) was not run on any text. A round of three: ten queries, eight companies asked for, three taken (round
notes /tmp/gather69c/NOTES.md; queries, /tmp/gather69c/src/queries.txt; claims, /work/notes/gather69/CLAIMS.txt).
usage: batch69c.py [POOL_DIR] [--dry]   (default /tmp/gather69c/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69c/pool"
SRC = "/tmp/gather69c/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-63 pools "
           "(/tmp/gather69*/pool) and in /work/notes/gather69/CLAIMS.txt as they stood when checked (`grep -ril`, file "
           "names only)")
# a citation marker ('[1]', ' [2]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")
TYPED = ("The saved excerpt was written from the tool's display of it: a no-break space, if the page had one, is "
         "written as a plain space (the check compares whitespace runs as one space). ")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- fiber-based materials, Finland: Ahlstrom-Munksjö (en.wikipedia.org's rendering, redirect 'Ahlstrom') ---------
AHLSTROM = [
 "Ahlstrom-Munksj\u00f6 Oyj (Business name: Ahlstrom) is a manufacturer of fiber-based products.[1] Renewable fibers "
 "represent about 95% of Ahlstrom's total fiber use.[2]",
 "Ahlstrom operates in Europe, North and South America as well as in Asia. Most production sites are located in "
 "Europe.[3] The head office is located in Helsinki, Finland.[4]",
 "Ahlstrom's customers represent several industries, including automotive, furniture, construction, healthcare and "
 "life science, food and beverage and energy sectors.[5]",
 "The company has some 7,000 employees worldwide and 38 production or converting facilities in 13 countries.[6] The "
 "company's annual net sales is about EUR 3.1 billion.[7]",
 "The company is led by Hans Sohlstr\u00f6m, President and CEO. Sakari Ahdekivi is Deputy CEO and "
 "CFO.[8][9][10][11]",
 "The creation of the Munksj\u00f6 paper mill in 1862 was due to a chance meeting of two eminent gentlemen: Janne "
 "Lundstr\u00f6m, an inventor and industrialist from J\u00f6nk\u00f6ping, and Lars Johan Hierta, a prominent "
 "financier, publisher and politician. Munksj\u00f6 became one of Europe's most innovative paper producers, "
 "delivering first-class products to a worldwide customer base.",
 "Ahlstrom has its roots in Finland: the founder, Antti Ahlstr\u00f6m, was one of Finland's most prominent "
 "19th-century businessmen."]
KEPT["wp-ahlstrom-munksjo"] = ("ahlstrom-enwiki.txt", AHLSTROM)
R.append(wp("wp-ahlstrom-munksjo", "Ahlstrom-Munksj\u00f6", "https://en.wikipedia.org/wiki/Ahlstrom",
 "\n\n".join(MARK.sub("", p) for p in AHLSTROM),
 "manufacturing/fiber-based materials", ["history", "founding", "executives", "leadership"],
 "The article as en.wikipedia.org's own page holds it in the page store, reached through the redirect 'Ahlstrom' "
 "('From Wikipedia, the free encyclopedia', '(Redirected from Ahlstrom)', 'Jump to navigation Jump to search'; no "
 "revision id held; its infobox gives net sales for 2021 and employees for 2022: a recent revision, recorded 4.0). "
 "Cut: the site line, the redirect line and the navigation line; the infobox lines ('Ahlstrom-Munksj\u00f6 Oyj' to "
 "'7000 (2022)', so the chairman line 'Ivano Sessa (Chairman of the Board)' and the headquarters line are not in the "
 "text: the chairman stands only in the infobox, cut as batches 57p-68aa cut their infoboxes); the citation markers "
 "'[1]' to '[11]'; cut after '... one of Finland's most prominent 19th-century businessmen.', before the sentence the "
 "excerpt breaks off in ('The company was founded in 1851 and timber trading, shipping, and saw', no full stop; "
 "`truncated`; a cut inside a paragraph), so the founding year 1851, A. Ahlstr\u00f6m's later history and the merger "
 "of Ahlstrom and Munksj\u00f6 are not in the text. The page's blank lines where its history headings stood (no "
 "heading text shown) dropped; paragraphs joined with blank lines, as in the page. No word added or changed. Kept as "
 "written: 'Ahlstrom-Munksj\u00f6 Oyj (Business name: Ahlstrom) is a manufacturer of fiber-based products.', 'about "
 "95% of Ahlstrom's total fiber use', 'Ahlstrom operates in Europe, North and South America as well as in Asia.', "
 "'some 7,000 employees worldwide and 38 production or converting facilities in 13 countries', 'The company's annual "
 "net sales is about EUR 3.1 billion.' ('is', as written), 'The company is led by Hans Sohlstr\u00f6m, President "
 "and CEO. Sakari Ahdekivi is Deputy CEO and CFO.', 'The creation of the Munksj\u00f6 paper mill in 1862 was due to "
 "a chance meeting of two eminent gentlemen: Janne Lundstr\u00f6m, an inventor and industrialist from "
 "J\u00f6nk\u00f6ping, and Lars Johan Hierta, a prominent financier, publisher and politician.', 'Europe's most "
 "innovative paper producers', 'the founder, Antti Ahlstr\u00f6m' (the accent on the founder's name, none on the "
 "company's 'Ahlstrom'), '19th-century' (hyphenated). " + TYPED + "183 words. No outage and no near-miss of one "
 "told. Found at rank 2 of the query 'Ahlstrom-Munksj\u00f6 Finnish company history Antti Ahlstr\u00f6m founded "
 "president and CEO Wikipedia' (Ahlstr\u00f6m / Ahlstrom-Munksj\u00f6: a lead of round 68aa, 'no corpus hit, free "
 "to claim'); a.osmarks.net (rank 1, a Kiwix copy of 2020-08 with chairman Peter Seligson and CFO Pia "
 "Aaltonen-Forsell in its infobox and the 2017 merger in its text, but its excerpt breaks off in the sentence on the "
 "deputy CEO, before any history), historyofahlstromcapital.fi (rank 3, the family company's own page), "
 "the-uncensored-wiki.com (rank 4, the 2017 dump 'A. Ahlstr\u00f6m': its lead is a list of registered trademarks "
 "and its history has no post but the founder; the rendering taken for its posts), compositepanel.org (rank 5, a "
 "trade note), ahlstrom-munksjo.com (rank 6, German, the company's own), it.wiki7.org (rank 7, Italian) and "
 "de.knowledgr.com (rank 8, a German machine translation) not used. Ahlstrom, Ahlstrom-Munksj\u00f6, Munksj\u00f6, "
 "Sohlstr\u00f6m, Ahdekivi, Lundstr\u00f6m, Hierta: " + CHECKED + ", GATHERING.md aside, where Ahlstr\u00f6m and "
 "Munksj\u00f6 stood only in earlier rounds' lists and leads (Helsinki, Finland, Europe and Asia in other texts, "
 "other matters).", "non-US",
 copy_of="the Wikipedia article 'Ahlstrom-Munksj\u00f6', on en.wikipedia.org through the redirect 'Ahlstrom'"))

# ---- automobiles, France: Lorraine-Dietrich (piglix.com's copy) ---------------------------------------------------
LORRAINE = [
 "Lorraine-Dietrich was a French automobile and aircraft engine manufacturer from 1896 until 1935, created when "
 "railway locomotive manufacturer Soci\u00e9t\u00e9 Lorraine des Anciens Etablissements de Dietrich et Cie de "
 "Lun\u00e9ville (known as De Dietrich et Cie, founded in 1884 by Jean de Dietrich) branched into the manufacture of "
 "automobiles. The Franco-Prussian War divided the company's manufacturing capacity, one plant in "
 "Niederbronn-les-Bains, Alsace, the other in Lun\u00e9ville, Lorraine.",
 "In 1896, managing director of the Lun\u00e9ville plant, Adrien, Baron de Turckheim, bought the rights to a design "
 "by Am\u00e9d\u00e9e Boll\u00e9e. This used a front-mounted horizontal twin engine with sliding clutches and belt "
 "drive. It had a folding top, three acetylene headlights, and, very unusual for the period, plate glass windshield. "
 "While the company started out using engines from Boll\u00e9e, de Dietrich eventually produced the entire vehicle "
 "themselves.",
 "In 1898, de Dietrich debuted the Torpilleur (Torpedo) racer, which featured a four-cylinder engine and independent "
 "suspension in front, for the Paris-Amsterdam Trial; Gaudry wrecked en route, but still placed third. The response "
 "was substantial, exceeding one million gold francs. The 1899 torpilleur was less successful, despite underslung "
 "chassis, a rear-mounted monobloc four, and twin carburettors; poor preparation left none of the works teams able "
 "to complete the Tour de France.",
 "The Boll\u00e9e-inspired design was supplanted by a licence-built Belgian Vivinus voiturette at Niederbronn and a "
 "Marseilles-designed Turcat-M\u00e9ry at Lun\u00e9ville, following a 1901 deal with that cash-strapped company."]
KEPT["wp-lorraine-dietrich"] = ("lorraine-piglix.txt", LORRAINE)
R.append(wp("wp-lorraine-dietrich", "Lorraine-Dietrich", "http://piglix.com/piglix/Lorraine_(company)",
 "\n\n".join(MARK.sub("", p) for p in LORRAINE),
 "manufacturing/automobiles", ["history", "founding", "executives", "licensing", "products"],
 "The Wikipedia article as piglix.com (a site copying Wikipedia pages, here under the title 'Lorraine (company)', "
 "a redirect's name) holds it in the page store (no date or revision id held; its text has 'Gaudry wrecked en "
 "route' where the current article names the driver 'Etienne \"Gaudry\" Giraud', and 'plate glass windshield' "
 "without the current article's 'a': an older revision, recorded 3.0 as batches 25b, 27a, 27d and 68aa recorded "
 "their piglix.com copies; doubtful: undated). Cut: nothing inside the kept text: the copy shows no title line, no "
 "infobox, no heading and no citation marker in this excerpt, and its excerpt ends at a full stop after '... "
 "following a 1901 deal with that cash-strapped company.' (`truncated`: the article goes on to Ettore Bugatti's hiring "
 "of 1902, the takeover of Ariel Mors, the Le Mans wins, the absorption by Soci\u00e9t\u00e9 G\u00e9n\u00e9rale "
 "A\u00e9ronautique of 1930 and De Dietrich Ferroviaire, none in the text). Lines of the copy joined with blank "
 "lines as paragraphs. No word added or changed. Kept as written: 'Soci\u00e9t\u00e9 Lorraine des Anciens "
 "Etablissements de Dietrich et Cie de Lun\u00e9ville' ('Etablissements' without its accent), '(known as De "
 "Dietrich et Cie, founded in 1884 by Jean de Dietrich)' ('1884', as the current article has it; some copies have "
 "'1684'), 'one plant in Niederbronn-les-Bains, Alsace, the other in Lun\u00e9ville, Lorraine.', 'In 1896, managing "
 "director of the Lun\u00e9ville plant, Adrien, Baron de Turckheim, bought the rights to a design by Am\u00e9d\u00e9e "
 "Boll\u00e9e.' (no 'the' before 'managing director'), 'de Dietrich eventually produced the entire vehicle "
 "themselves' (lower-case 'de'), 'the Torpilleur (Torpedo) racer', 'Gaudry wrecked en route, but still placed "
 "third', 'The 1899 torpilleur' (lower case), 'a licence-built Belgian Vivinus voiturette at Niederbronn and a "
 "Marseilles-designed Turcat-M\u00e9ry at Lun\u00e9ville, following a 1901 deal with that cash-strapped company.'. " +
 TYPED + "232 words. No outage and no near-miss of one told. Found at rank 5 of the query 'Lorraine-Dietrich French "
 "automobile and aircraft engine manufacturer history De Dietrich Lun\u00e9ville Wikipedia' (Lorraine-Dietrich: a "
 "name of the leads of rounds 68aa and 68t, 'not searched'); roarington.com (rank 1, a site's own summary, no open "
 "licence), the-uncensored-wiki.com (rank 2, a short copy of about 2006 with no founder and no post), "
 "chaos.owiki.org (rank 3, a copy with Bugatti's hiring but no founder, breaking off inside a sentence on the 30/35), "
 "all-aero.com (rank 4, a reference site's reworking with '1684'), absoluteastronomy.com (rank 6, glossary text run "
 "into the sentences), n.global.ssl.fastly.net (rank 7, a mirror left by earlier rounds as of unsure faithfulness) "
 "and wikisum.wiki (rank 8, sentences torn from the article with markers before them) not used. Lorraine-Dietrich, "
 "De Dietrich, Turckheim, Boll\u00e9e, Turcat-M\u00e9ry, Vivinus, Niederbronn: " + CHECKED + ", GATHERING.md aside, "
 "where Lorraine-Dietrich stood only in earlier rounds' lists and leads (Alsace and Lorraine as places in other "
 "texts, other matters).", "non-US", v3=True,
 copy_of="the Wikipedia article, via piglix.com"))

# ---- engineering, Switzerland: Escher Wyss & Cie. (en.wikipedia.org.'s page, redirect 'Escher Wyss and Company') ---
ESCHER = [
 "Escher Wyss & Cie., also known as Escher Wyss AG, was a Swiss industrial company focused on engineering and "
 "turbine construction. Its headquarters were in the Z\u00fcrich quarter of Escher Wyss, which takes its name from "
 "the company.",
 "The company was founded, as Escher Wyss & Cie., in 1805 by Hans Caspar Escher and Salomon von Wyss. After having "
 "originally started the company as a textile spinning business, the two expanded their enterprise to include a "
 "machine shop that manufactured textile machinery, water wheels, water turbines, power transmission equipment, and "
 "starting in 1835, ships, including boilers and steam engines.[1]",
 "After 1860, under the direction of Hans Zoelly, the company concentrated on hydraulic systems, steam engines and "
 "cooling systems. Between 1904 and 1929 steam turbines were produced for thermal power plants, ships and "
 "locomotives. The company also manufactured hydraulic systems for hydroelectric plants. Around this time it "
 "provided equipment for Norsk Hydro.[2] During WWII, the company was a supplier for the German war effort "
 "manufacturing and supplying flamethrowers.[3] The company remained in existence until it was taken over in 1969 "
 "by Sulzer AG,[1] then inside of the group Andritz AG, and was closed in 2014.",
 "A design of naphtha launches (1890)[4]",
 "The twin Lake Z\u00fcrich paddle steamers Stadt Z\u00fcrich (1909) and Stadt Rapperswil (1914) built for the "
 "Dampfbootgesellschaft,[5] both listed in the Swiss inventory of cultural property of national and regional "
 "significance as Class A objects.[6]",
 "Two Lake Lucerne paddle steamers Unterwalden and Gallia (1902/1913)",
 "Propellers for the Hispano Aviaci\u00f3n HA-1112"]
KEPT["wp-escher-wyss"] = ("escherwyss-enwiki.txt", ESCHER)
R.append(wp("wp-escher-wyss", "Escher Wyss & Cie.", "https://en.wikipedia.org./wiki/Escher_Wyss_and_Company",
 "\n\n".join(MARK.sub("", p) for p in ESCHER),
 "manufacturing/engineering and turbines", ["history", "founding", "executives", "acquisition", "products"],
 "The article as en.wikipedia.org.'s page (the site's own host name written with its trailing dot) holds it in the "
 "page store under the redirect 'Escher Wyss and Company' (no revision id held; its text reaches Andritz AG and the "
 "closure of 2014, with the Norsk Hydro and flamethrower sentences that the 2016 copy lacks: a recent revision, "
 "recorded 4.0). Cut: the title line 'Escher Wyss & Cie.'; the infobox lines ('Industry | Engineering |' to "
 "'Products | ... motors |', so the infobox's 'Fate | (incorporated in Sulzer) |' is not in the text as such); the "
 "headings 'History' and 'Notable products'; the edit links '[edit]'; the list bullets '- ' before the four product "
 "items (each item kept as a paragraph of its own, as written, without a full stop where the page has none); the "
 "citation markers '[1]' to '[6]'; cut after the fourth product item, before the lines 'See also', 'References' and "
 "the first reference (`truncated`: the page's references go on). No word added or changed. Kept as written: 'Escher "
 "Wyss & Cie., also known as Escher Wyss AG, was a Swiss industrial company focused on engineering and turbine "
 "construction.', 'the Z\u00fcrich quarter of Escher Wyss, which takes its name from the company', 'The company was "
 "founded, as Escher Wyss & Cie., in 1805 by Hans Caspar Escher and Salomon von Wyss.', 'and starting in 1835, ships' "
 "(no comma after 'starting'), 'After 1860, under the direction of Hans Zoelly,', 'Around this time it provided "
 "equipment for Norsk Hydro.', 'During WWII, the company was a supplier for the German war effort manufacturing and "
 "supplying flamethrowers.' (no comma before 'manufacturing'), 'it was taken over in 1969 by Sulzer AG, then inside "
 "of the group Andritz AG, and was closed in 2014.' ('then inside of the group', as written), 'A design of naphtha "
 "launches (1890)', 'built for the Dampfbootgesellschaft, both listed in the Swiss inventory of cultural property', "
 "'(1902/1913)', 'Propellers for the Hispano Aviaci\u00f3n HA-1112'. " + TYPED + "250 words. No outage and no "
 "near-miss of one told. Found at rank 2 of the query 'Escher Wyss & Cie Swiss engineering company history Hans "
 "Caspar Escher Salomon von Wyss Z\u00fcrich Sulzer acquired Wikipedia' (Escher Wyss: no corpus hit and no earlier "
 "round's lead; taken in the lane as a European engineering company with founders, a director and a buyer); "
 "en.m.wikipedia.org (rank 1, the same revision's mobile page, its captions run into the infobox and its excerpt "
 "breaking off in the references: the desktop page taken for its clean lines), de.knowledgr.com (rank 3, a German "
 "machine translation), the-uncensored-wiki.com (rank 4, the 2016 dump, ending with Sulzer 1969: no Norsk Hydro, no "
 "Andritz), de.zxc.wiki (rank 5, an English machine translation of the German article), it.teknopedia.teknokrat.ac.id "
 "(rank 6, Italian) and erih.de / erih.net (ranks 7 and 8, a heritage route's biography of Hans Caspar Escher, no "
 "open licence shown) not used. Escher Wyss, Zoelly, Andritz, Dampfbootgesellschaft, Hispano Aviaci\u00f3n: " +
 CHECKED + " (Norsk Hydro and Sulzer's plain name in other texts, other matters; 'Sulzer' in GATHERING.md only as "
 "earlier rounds' lists).", "non-US",
 copy_of="the Wikipedia article 'Escher Wyss & Cie.', on en.wikipedia.org. through the redirect 'Escher Wyss and "
 "Company'"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[edit]', '[ citation needed ]'), whitespace
    runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|edit|citation needed)\s*\]", "", s).split())


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
