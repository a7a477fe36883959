#!/usr/bin/env python3
"""Batch 67n (session 61; gatherer lane 67n): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n, 65c, 65f, 65l, 65n and 66c, turned to European
companies (the lane of 67n: English Wikipedia histories of European companies, founders and executives with posts,
parents, acquisitions, mergers; from the leads of rounds 66c, 66i, 66m, 67c and 67i), new to the corpus: AB Bofors of
Karlskoga, Sweden, the arms maker grown from the hammer mill 'Boofors' of 1646, the Bofors Works bought by Johan
Eberhard Geijer in 1762, AB Bofors-Gullspang from 1873, owned by Alfred Nobel from 1894 to 1896, parent of AB Bofors
Nobelkrut from 1898, buyer of its Finspang competitor by 1911, today part of BAE Systems (arms, Sweden; 67i's lead);
Buessing AG of Braunschweig, the bus and truck maker founded by Heinrich Buessing in 1903 as the
Heinrich-Buessing-Spezialfabrik fuer Motorwagen und Motoromnibusse, its design built under licence by Straker-Squire,
its buses run by ABOAG in Berlin, its A5P armoured car made for the Oberste Heeresleitung, taken over by MAN AG in 1971
(trucks and buses, Germany); and Stanley R. Mullard, the English industrialist who was a director of the Mackey
Electric Lamp Company Ltd, ran Ediswan's lamp laboratory, founded the Mullard Radio Valve Company in 1920, sold it to
Philips in 1925 and 1927 and stayed its managing director until 1930 (electronic valves, UK; a founder's biography).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): cryer.org.uk's copy ('Bofors', under the path 'Bofors_Nobelkrut'), detailedpedia.com's copy
('Buessing') and brorelol.gay's copy of a static Wikipedia dump ('Stanley R. Mullard', the whole article's running
text); two cut at a sentence end before the point where the excerpt breaks off (`truncated`), one whole (not
`truncated`). Edits per item in `notes` (infobox lines, image captions, site lines, a maintenance banner, a contents
line, sub-headings, a reference list and citation markers cut; no word added or changed); `verify()` checks every kept
paragraph against the saved excerpt (/tmp/gather68n/src), the markers ('[1]', ' [1]', '[edit]') dropped and
whitespace runs compared as one space, as batches 57g-66c did. No text tells an outage or a near-miss of one. newskg
(or any extractor) was not run on any text. A round of three: eight queries, eight companies or people asked for,
three taken (round notes, /work/notes/gather68/67n.md; queries, /tmp/gather68n/src/queries.txt).
usage: batch67n.py [POOL_DIR] [--dry]   (default /tmp/gather68n/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68n/pool"
SRC = "/tmp/gather68n/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-61 pools (/tmp/gather68*/pool) and in /work/notes/gather68/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', ' [2]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- arms, Sweden: AB Bofors (cryer.org.uk's copy, under the path 'Bofors_Nobelkrut') ---------------------------------
BOFORS = [
 "AB Bofors (in Swedish bu\u02d0\u02c8f\u0254\u0282\u02d0/) is a former Swedish arms manufacturer which today is part of "
 "the British arms manufacturer BAE Systems. The name has been associated with the iron industry and artillery "
 "manufacturing for more than 350 years.[1]",
 "Located in Karlskoga neighborhood of Bofors, Sweden, the company originates from the hammer mill \"Boofors\", which "
 "was founded as a royal state-owned company in 1646 when P. L. Hosman was permitted to erect a forge at the site. "
 "Sigrid Ekehielm, also known as Bo\u00e5s-Beata,[2] who lived from the 1640s to 1700, at one point owned it.[3]",
 "The Bofors Works was acquired by Johan Eberhard Geijer (1733\u20131796) in 1762. It was then acquired by the latter's "
 "brother, Emanuel af Geijerstam. The modern corporate structure was created in 1873 with the foundation of "
 "Aktiebolaget (AB) Bofors-Gullsp\u00e5ng.A leading Swedish steel producer by the early 1870s, when steel began to be "
 "used for gun manufacture in Sweden, Bofors initially sold cast and forged steel produced by the Siemens-Martin "
 "process to Finsp\u00e5ng gun works, but soon started to expand into weapons manufacture. The company's first cannon "
 "workshop was opened in 1884. Bofors' most famous owner was Alfred Nobel, who owned the company from 1894 until his "
 "death in December 1896.[4] Nobel played a key role in reshaping the former iron and steel producer to a modern "
 "cannon manufacturer and chemical industry participant.[5] [6] The powder manufacturer AB Bofors Nobelkrut, later an "
 "explosives and general organic-chemical producer, was created in 1898 as a wholly owned subsidiary.By 1911, AB "
 "Bofors-Gullsp\u00e5ng had outcompeted, bought and closed down its Finsp\u00e5ng Swedish competitor in cannon "
 "manufacture. The company's name was shortened to AB Bofors in 1919.[7]"]
KEPT["wp-bofors"] = ("bofors-cryer.txt", BOFORS)
R.append(wp("wp-bofors", "Bofors", "http://cryer.org.uk/Bofors_Nobelkrut",
 "\n\n".join(MARK.sub("", p) for p in BOFORS),
 "manufacturing/arms", ["history", "founding", "ownership", "subsidiary", "acquisition"],
 "The article as cryer.org.uk (a site serving copies of Wikipedia articles; batches 64l and 66c used its copies of "
 "'Creditanstalt' and 'Armstrong Whitworth') holds it under the path 'Bofors_Nobelkrut' (a redirect name; the "
 "article's title taken as 'Bofors', the name en.wikipedia.org's '= Bofors =' rendering at rank 5 of the same query "
 "carries with the same words; doubtful: no title line is held; no date or revision id held; recorded 3.0 as batches "
 "64l and 66c recorded their cryer.org.uk copies). Cut: the infobox lines ('AB Bofors | |', 'Native Name: | "
 "Aktiebolaget Bofors |', 'Native Name Lang: | sv |', 'Former Name: | Bofors-Gullsp\u00e5ng Company Ltd. |', 'Founded: | "
 "in Karlskoga, Sweden |', 'Hq Location City: | Karlskoga, Sweden |'; cut as batches 57p-66c cut their infoboxes; "
 "every name in them but 'Aktiebolaget Bofors' and 'Bofors-Gullsp\u00e5ng Company Ltd.' stands in the running text "
 "too); the citation markers '[1]' to '[7]' (' [6]' with its space); cut after 'The company's name was shortened to AB "
 "Bofors in 1919.', before the sentence the excerpt breaks off in ('When the Treaty of Versailles severel', no full "
 "stop; `truncated`; a cut at a paragraph end), so the interwar years and the later owners (Nobel Industries, "
 "Celsius, Saab, United Defense) are not in the text. Paragraphs, one line each in the copy, joined with blank lines. "
 "No word added or changed. Kept as written: 'AB Bofors (in Swedish bu\u02d0\u02c8f\u0254\u0282\u02d0/) is a former "
 "Swedish arms manufacturer' (the pronunciation as the copy prints it, its opening slash lost), 'Located in Karlskoga "
 "neighborhood of Bofors, Sweden,' (no 'the'), 'the hammer mill \"Boofors\", which was founded as a royal state-owned "
 "company in 1646 when P. L. Hosman was permitted to erect a forge at the site.', 'Sigrid Ekehielm, also known as "
 "Bo\u00e5s-Beata, who lived from the 1640s to 1700, at one point owned it.', 'The Bofors Works was acquired by Johan "
 "Eberhard Geijer (1733\u20131796) in 1762.', 'the foundation of Aktiebolaget (AB) Bofors-Gullsp\u00e5ng.A leading "
 "Swedish steel producer' and 'a wholly owned subsidiary.By 1911,' (no space after the full stop twice, as the copy "
 "joins its paragraphs), 'Bofors initially sold cast and forged steel produced by the Siemens-Martin process to "
 "Finsp\u00e5ng gun works', 'Bofors' most famous owner was Alfred Nobel, who owned the company from 1894 until his "
 "death in December 1896.', 'The powder manufacturer AB Bofors Nobelkrut, ... was created in 1898 as a wholly owned "
 "subsidiary.', 'AB Bofors-Gullsp\u00e5ng had outcompeted, bought and closed down its Finsp\u00e5ng Swedish competitor "
 "in cannon manufacture.'. 274 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (an undated copy; "
 "doubtful: no revision date). Found at rank 2 of the query 'Bofors Swedish arms manufacturer history Alfred Nobel "
 "owner Nobel Industries Celsius acquired United Defense BAE Systems Wikipedia' (batch 67i's lead, its query asked "
 "again word for word); profilbaru.com (rank 1, Italian Wikipedia), vansd.party (rank 3, a 'Jump to content' rendering "
 "whose excerpt breaks off before 1898), a blog repeating the article (rank 4), en.wikipedia.org's '= Bofors =' (rank 5, "
 "breaking off at 'By 1911, A'), a 2008 web-archive copy (rank 6, an older short revision) and Ukrainian and Turkish "
 "Wikipedia (ranks 7 and 8) not used. Bofors, Nobelkrut, Hosman, Karlskoga, Finsp\u00e5ng, Geijer, Geijerstam, "
 "Ekehielm, Gullsp\u00e5ng, Boofors: " + CHECKED + ", GATHERING.md aside, where Bofors, Finsp\u00e5ng, Geijer and "
 "Gullsp\u00e5ng stood only in batch 67c's and 67i's lists and leads (Alfred Nobel: no hit; BAE Systems and Sweden "
 "stand in other corpus texts, other matters).",
 "non-US", v3=True, copy_of="the Wikipedia article, via cryer.org.uk under the path 'Bofors_Nobelkrut'"))

# ---- trucks and buses, Germany: Buessing AG (detailedpedia.com's copy) ---------------------------------------------
BUSSING = [
 "B\u00fcssing AG was a German bus and truck manufacturer, established in 1903 by Heinrich B\u00fcssing "
 "(1843\u20131929) in Braunschweig. It quickly evolved to one of the largest European producers, whose utility "
 "vehicles with the Brunswick Lion emblem were widely distributed, especially from the 1930s onwards. The company was "
 "taken over by MAN AG in 1971.",
 "At the age of 60, the inventor and businessman Heinrich B\u00fcssing together with his two sons founded the "
 "Heinrich-B\u00fcssing-Spezialfabrik f\u00fcr Motorwagen und Motoromnibusse. B\u00fcssing, the son of a blacksmith "
 "dynasty at Nordsteimke (in present-day Wolfsburg), had studied engineering at the Collegium Carolinum in Braunschweig "
 "and had founded several bicycle, engineering and railway signal works with varying degrees of success. His first "
 "truck was a 2-ton payload machine powered by a 2-cylinder gasoline engine and featuring worm drive. That successful "
 "design was later built under license by other companies in Germany, Austria, Hungary and by Straker-Squire in "
 "England.",
 "One year later he debuted a first 20 HP omnibus model carrying up to twelve passengerson the route from Braunschweig "
 "to Wendeburg, operated by his own Automobil-Omnibus-Betriebs-Gesellschaft. B\u00fcssing busses soon served public "
 "transport in European cities like Berlin (ABOAG), Vienna and Prague (Fross\u2013B\u00fcssing), or London.",
 "Before World War I B\u00fcssing started to build heavy-duty trucks for the time. These trucks featured 4- and "
 "6-cylinder engines (5 tonnes and 11 tonnes, respectively). In 1914 the B\u00fcssing A5P armored car was developed at "
 "the behest of the German Oberste Heeresleitung."]
KEPT["wp-bussing"] = ("bussing-detailedpedia.txt", BUSSING)
R.append(wp("wp-bussing", "B\u00fcssing", "https://www.detailedpedia.com/wiki-B%C3%BCssing",
 "\n\n".join(MARK.sub("", p) for p in BUSSING),
 "manufacturing/trucks and buses", ["history", "founding", "acquisition", "licensing", "customers"],
 "The article as detailedpedia.com (a site serving copies of Wikipedia articles; batch 66l used its copy of 'Inman "
 "Line') holds it (no date or revision id held; an older revision than the current one: it lacks the sentences on "
 "Heinrich B\u00fcssing's 250 patents and the chimney-cap patent that a 'Jump to content' rendering of the current page "
 "at rank 6 of the same query has before 'At the age of 60'; the copy prints no citation markers). Cut: the title line "
 "'B\u00fcssing'; the infobox lines ('B\u00fcssing AG', 'IndustryManufacturing', 'Founded1903', 'Defunct1971', "
 "'FateMerged with MAN AG', 'Headquarters,', 'Key people', 'Heinrich B\u00fcssing (1843-1929) (founder)', "
 "'ProductsTrucks and buses'; cut as batches 57p-66c cut their infoboxes; its 'Merged with MAN AG' is not in the "
 "text, whose words are 'taken over by MAN AG'); the sub-headings 'Heinrich B\u00fcssing' and 'History'; the image "
 "captions '1903 B\u00fcssing ZU-550 truck on display in the Deutsches Museum, Munich' and 'B\u00fcssing 5t army truck "
 "in 1918' (lines of their own after the sub-headings, so the ZU-550, the Deutsches Museum and Munich are not in the "
 "text); cut after '... at the behest of the German Oberste Heeresleitung.', before the sentence the excerpt breaks "
 "off in ('After the war, Heinrich B\u00fcssing had to enter a Kommanditgesellschaft lim', no full stop; `truncated`; "
 "a cut at a sentence end), so the interwar firm, B\u00fcssing-NAG and the later years are not in the text. Paragraphs "
 "joined with blank lines, as in the copy. No word added or changed. Kept as written: 'established in 1903 by "
 "Heinrich B\u00fcssing (1843\u20131929) in Braunschweig' (an en dash), 'It quickly evolved to one of the largest "
 "European producers', 'the inventor and businessman Heinrich B\u00fcssing together with his two sons founded the "
 "Heinrich-B\u00fcssing-Spezialfabrik f\u00fcr Motorwagen und Motoromnibusse.', 'That successful design was later "
 "built under license by other companies in Germany, Austria, Hungary and by Straker-Squire in England.' ('license', "
 "as written), 'carrying up to twelve passengerson the route' ('passengerson', run together, as written), 'operated by "
 "his own Automobil-Omnibus-Betriebs-Gesellschaft', 'B\u00fcssing busses' ('busses', as written), 'Berlin (ABOAG), "
 "Vienna and Prague (Fross\u2013B\u00fcssing), or London.' (an en dash in the name), 'Before World War I B\u00fcssing "
 "started to build heavy-duty trucks for the time.' (no comma after 'I'), 'In 1914 the B\u00fcssing A5P armored car was "
 "developed at the behest of the German Oberste Heeresleitung.'. 239 words. No outage and no near-miss of one told. "
 "Recorded CC BY-SA 3.0 (an undated copy of an older revision; doubtful: no revision date, and the site's own terms "
 "not found). Found at rank 1 of the query 'B\u00fcssing German bus truck manufacturer Heinrich B\u00fcssing "
 "Braunschweig acquired by MAN 1971 Wikipedia' (a name with no corpus hit, not in earlier rounds' lists); "
 "bigmacktrucks.com (rank 2, a forum's repost of an MAN press release), busplaner.de (rank 3, German news), "
 "tractors.fandom.com (rank 4, a fan wiki's own text), mantruckandbus.com (ranks 5 and 8, the owner's pages, no open "
 "licence stated), lowcostdomainnames.domain.workers.dev (rank 6, a proxy of the current en.wikipedia.org rendering, "
 "with markers and '[edit]' lines) and fotocommunity.it (rank 7, German) not used. B\u00fcssing, Straker-Squire, "
 "ABOAG, Fross, Wendeburg, Nordsteimke, Oberste Heeresleitung, Collegium Carolinum: " + CHECKED + " (Braunschweig, "
 "Wolfsburg, MAN and the cities stand in other corpus texts, other matters; MAN AG also in batch 66c's Saurer text, "
 "as the buyer of an unnamed subsidiary, another matter).",
 "non-US", v3=True, copy_of="the Wikipedia article, via detailedpedia.com"))

# ---- electronic valves, UK: Stanley R. Mullard (brorelol.gay's copy of a static Wikipedia dump) ---------------------
MULLARD = [
 "Stanley Robert Mullard, (November 1, 1883 \u2013 September 1, 1979) was an English industrialist who founded the "
 "Mullard electronics company.",
 "Stanley Mullard was born in Bermondsey, London in 1883, the son of Robert Mullard. He joined the Mackey Electric "
 "Lamp Company Ltd in 1899, and became a director of the company in 1906.",
 "Mullard joined the IEE as a student member in 1903, became a full member in 1910, and a fellow of the IEE in 1928.",
 "In 1909, following the bankruptcy of the Mackey company, Mullard went to work first for a lamp company in Paris, and "
 "then joined the Ediswan company in Ponders End, north London, where in 1913 he was put in charge of the lamp "
 "laboratory.[1]",
 "During World War I, Mullard was commissioned as a Captain in the Royal Naval Volunteer Reserve and served at HMS "
 "Vernon as a research engineer, helping to develop high power valves made from silica rather than glass.",
 "In September 1920, Mullard established the Mullard Radio Valve Company. The company moved to Hammersmith in 1921, "
 "followed by a move to Balham in 1923. In 1925, Mullard sold half the shares in the Mullard company to Philips, with "
 "the remainder of the company being acquired by Philips in 1927. Mullard remained as managing director of the "
 "Mullard company until his resignation in 1930.",
 "Mullard never returned to the electronics industry, choosing to grow flowers for a living instead."]
KEPT["wp-stanley-mullard"] = ("mullard-brorelol.txt", MULLARD)
R.append(wp("wp-stanley-mullard", "Stanley R. Mullard",
 "https://brorelol.gay/Wikipedia/articles/s/t/a/Stanley_R._Mullard_f8f3.html",
 "\n\n".join(MARK.sub("", p) for p in MULLARD),
 "manufacturing/electronic valves", ["biography", "founding", "executives", "acquisition", "history"],
 "The article as brorelol.gay holds it (a mirror of the static HTML dump of English Wikipedia, path "
 "'/Wikipedia/articles/s/t/a/Stanley_R._Mullard_f8f3.html', the layout of the 2008 static dump, as batch 58k used "
 "the same site; 'From Wikipedia, the free encyclopedia' and '[edit]' links of the skin of that time; no date or "
 "revision id held; an older revision than image.absoluteastronomy.com's at rank 2 of the second query, which adds "
 "the six factories, the General Strike and the tennis surface). The whole article's running text: cut are the title "
 "line 'Stanley R. Mullard' and the site line 'From Wikipedia, the free encyclopedia'; the maintenance banner ('| This "
 "article or section includes a list of references or external links, but its sources remain unclear because it "
 "lacks in-text citations. You can improve this article by introducing more precise citations. |', a template box); "
 "the contents line 'Contents |'; the sub-headings '[edit] Early life', '[edit] Mullard Radio Valve Company', '[edit] "
 "Later life' and '[edit] References'; the reference list under the last ('- ^ Lewis J.(2001), London's Lea Valley: "
 "More Secrets Revealed, ...', '- Oxford Dictionary of National Biography: ...', '- The Setmakers : by Keith Geddes "
 "and Gordon Bussey ISBN 0 9517042', where the excerpt breaks off); the citation marker '[1]'. Not `truncated`: the "
 "article's text ends with 'choosing to grow flowers for a living instead.' before its references (doubtful: the "
 "excerpt itself breaks off inside the reference list, as batch 66c counted the whole Str\u00f6mberg article). "
 "Paragraphs, one line each in the copy, joined with blank lines. No word added or changed. Kept as written: 'Stanley "
 "Robert Mullard, (November 1, 1883 \u2013 September 1, 1979) was an English industrialist who founded the Mullard "
 "electronics company.' (the comma before the brackets, an en dash with spaces), 'born in Bermondsey, London in 1883' "
 "(no comma after 'London'), 'He joined the Mackey Electric Lamp Company Ltd in 1899, and became a director of the "
 "company in 1906.', 'Mullard joined the IEE as a student member in 1903, became a full member in 1910, and a fellow "
 "of the IEE in 1928.', 'following the bankruptcy of the Mackey company, Mullard went to work first for a lamp company "
 "in Paris, and then joined the Ediswan company in Ponders End, north London, where in 1913 he was put in charge of "
 "the lamp laboratory.', 'Mullard was commissioned as a Captain in the Royal Naval Volunteer Reserve and served at HMS "
 "Vernon as a research engineer', 'In 1925, Mullard sold half the shares in the Mullard company to Philips, with the "
 "remainder of the company being acquired by Philips in 1927.', 'Mullard remained as managing director of the Mullard "
 "company until his resignation in 1930.'. 236 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 "
 "(a revision of about 2008, GFDL when written, CC BY-SA 3.0 since Wikimedia's 2009 relicensing, as batch 58k recorded "
 "its copy from the same site; doubtful: no revision id, and the site's own terms not found). Found at rank 2 of the "
 "query 'Mullard Limited British electronic valve manufacturer founded Stanley Mullard Philips acquired Wikipedia "
 "history' and at rank 1 of 'Stanley Robert Mullard English industrialist founded Mullard electronics company Mackey "
 "Electric Lamp Company Ediswan Philips managing director' (the same excerpt); memim.com (a translation of German "
 "Wikipedia), the Science Museum Group's record, mullard.org (a shop's blog), a 2008 wikitext dump of 'Mullard' on "
 "umontreal.ca (markup in the text), Grace's Guide (no open licence stated), image.absoluteastronomy.com (a later "
 "revision with lines lost), Italian and German translations, r-type.org and radiomuseum.org (magazine pieces) not "
 "used. Mullard, Ediswan, Ponders End, HMS Vernon, Royal Naval Volunteer, Bermondsey, Balham: " + CHECKED + " (Mackey "
 "stands only as a person's surname in other texts, another matter; Philips, Hammersmith, London and Paris stand in "
 "other corpus texts, other matters).",
 "non-US", v3=True, copy_of="the Wikipedia article, via brorelol.gay's copy of the static Wikipedia dump"))
R[-1]["truncated"] = False


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
