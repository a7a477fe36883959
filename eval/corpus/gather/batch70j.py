#!/usr/bin/env python3
"""Batch 70j (session 64; gatherer lane 70j): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n, 65c, 65f, 65l, 65n, 66c, 67ae, 68c, 69aa, 69ag and
70c, turned to European companies outside France (the lane of 70c: English Wikipedia histories of European companies,
founders and executives with posts, acquisitions, parents and subsidiaries; from the leads of rounds 69aa, 69ag and 70c,
whose free names Ganz, Samuel Montagu, Elektrisk Bureau, Guinness Mahon, Kesko and Mix & Genest gave no English
Wikipedia copy in the page store, so that names of the same kind were asked for instead), new to the corpus: Gräf &
Stift, the Vienna automaker founded by the brothers Franz, Heinrich and Carl Gräf and the investor Wilhelm Stift, merged
in 1971 with Österreichische Automobil Fabriks-AG (ÖAF) into ÖAF-Gräf & Stift AG, taken over by MAN AG (cars, buses,
trucks, Austria); Aero Vodochody, the Czech aircraft company of the L-29 Delfin and L-39 Albatros, controlled by Boeing
from 1998 to 2004 and bought by Penta Investments in 2006 (aircraft, Czech Republic); and Métallurgique, the cars of
Société Anonyme L'Auto Métallurgique of Marchienne-au-Pont, 1898-1928, with Ernst Lehmann's range of 1905, cars built
by Bergmann in Berlin and bodies by Vanden Plas (cars, Belgium).
English Wikipedia text, each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole page you did
not see): the-uncensored-wiki.com's copy of 'Gräf & Stift' (port 20061, an old revision of about 2006-2008, recorded
CC BY-SA 3.0 as rounds 31j, 69o and 70c recorded that site's copies), kiwix.casplantje.nl's copy of 'Aero Vodochody'
(the Kiwix dump wikipedia_en_all_maxi_2018-10, CC BY-SA 3.0) and en.wikipedia.org's '= Title =' rendering of
'Métallurgique' (undated, recorded CC BY-SA 4.0 as round 70d recorded such renderings); cut at a sentence end before
the point where the excerpt breaks off (`truncated`) or before the copy's trailing heading. Edits per item in `notes`
(title and site lines, infobox lines, a caption, headings, citation markers; no word added or changed); `verify()`
checks every kept paragraph against the saved excerpt (/tmp/gather70j/src), citation markers ('[1]', '[edit]') dropped
and whitespace runs compared as one space, as batches 57g-70c did. No text tells an outage or a near-miss of one.
newskg (or any extractor) was not run on any text. A round of three: twelve queries, eleven companies asked for, three
taken (round notes /tmp/gather70j/NOTES.md; queries, /tmp/gather70j/src/queries.txt; claims,
/work/notes/gather70/CLAIMS.txt).
usage: batch70j.py [POOL_DIR] [--dry]   (default /tmp/gather70j/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70j/pool"
SRC = "/tmp/gather70j/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-64 pools (/tmp/gather70*/pool) and in /work/notes/gather70/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', ' [2]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")
TYPED = ("The saved excerpt was written from the tool's display of it: a no-break space, if the page had one, is "
         "written as a plain space (the check compares whitespace runs as one space). ")

KEPT = {}   # id -> (saved excerpt's file, paragraphs or pieces kept, as written in the excerpt)
R = []


def _text(paras):
    """Paragraphs joined with blank lines; a paragraph given as a tuple is its pieces joined as they stand (a cut
    inside the paragraph between them), citation markers dropped."""
    return "\n\n".join(MARK.sub("", "".join(p) if isinstance(p, tuple) else p) for p in paras)


def _pieces(paras):
    return [q for p in paras for q in (p if isinstance(p, tuple) else (p,))]


# ---- cars, buses and trucks, Austria: Gräf & Stift (the-uncensored-wiki.com's copy) --------------------------------
GRAF = [
 "Gr\u00e4f & Stift was an Austrian automaker founded by the brothers Franz, Heinrich and Carl Gr\u00e4f, and the "
 "Investor, Wilhelm Stift. The Gr\u00e4f brothers started a workshop in 1893, in which they developed the world's first "
 "front-wheel drive automobile in 1898 (and patented the technology in 1900). The investor Wilhelm Stift joined them "
 "in 1901, and the Gr\u00e4f & Stift company was founded in 1904.",
 "The company built large luxury cars that were popular with the Austrian aristocracy and even the Habsburg royal "
 "family. As well as luxury cars, Gr\u00e4f & Stift also became an important manufacturer of buses as well as tram "
 "bodies. One of the Gr\u00e4f & Stift luxury limousines, a 1910 Double Phaeton, was ordered by Count Franz von Harrach. "
 "In 1914 in Sarajevo, the Archduke Franz Ferdinand of Austria and his wife rode together with Harrach in this car, "
 "when Gavrilo Princip assassinated the Archduke. The assassination provoked a series of diplomatic manouevres that "
 "quickly led to declarations of war and the onset of the First World War.",
 "After the war, the company's works in the Liesing district of Vienna manufactured mainly trucks and buses. In 1971 "
 "the company merged with \u00d6sterreichische Automobil Fabriks-AG (\u00d6AF) to form \u00d6AF-Gr\u00e4f & Stift AG, which in "
 "turn was taken over by MAN AG the same year. MAN has later built a new plant on Gr\u00e4f & Stift's original site in "
 "Liesing and continues to be the biggest employer in the area."]
KEPT["wp-graf-stift"] = ("graf-stift-uncensored.txt", _pieces(GRAF))
R.append(wp("wp-graf-stift", "Gr\u00e4f & Stift",
 "http://the-uncensored-wiki.com:20061/g/r/%C3%A4/Gr%C3%A4f_%26_Stift_be09.html", _text(GRAF),
 "manufacturing/automobiles", ["history", "founding", "merger", "ownership"],
 "The article as the-uncensored-wiki.com's copy holds it (a static dump of English Wikipedia served at port 20061, an "
 "old revision of about 2006-2008 by its '[edit]' links, its 'From Wikipedia, the free encyclopedia' line and its "
 "note of a translation 'as of 3 September 2006'; recorded CC BY-SA 3.0 as rounds 31j, 69o and 70c recorded that "
 "site's copies). Cut: the title line 'Gr\u00e4f & Stift'; the site line 'From Wikipedia, the free encyclopedia'; the "
 "trailing heading '[edit] References' and its one line ('- This article incorporates text translated from the "
 "corresponding German Wikipedia article as of 3 September 2006.'; the excerpt ends there, nothing cut off "
 "mid-sentence). No citation markers. Paragraphs (single line breaks in the copy) joined with blank lines (whitespace "
 "only). No word added or changed. Kept as written: 'founded by the brothers Franz, Heinrich and Carl Gr\u00e4f, and the "
 "Investor, Wilhelm Stift.' (capital 'Investor'), 'a series of diplomatic manouevres' (so spelt), 'In 1971 the "
 "company merged with \u00d6sterreichische Automobil Fabriks-AG (\u00d6AF) to form \u00d6AF-Gr\u00e4f & Stift AG, which in turn "
 "was taken over by MAN AG the same year.' " + TYPED + "242 words. No outage and no near-miss of one told. Found at "
 "rank 1 of the query 'Gr\u00e4f & Stift Austrian automobile manufacturer Vienna Gr\u00e4f brothers Wilhelm Stift "
 "history' (a name asked for in place of the leads' names that had no English copy); austria-forum.org (rank 2, the "
 "AEIOU encyclopedia's own text), profilpelajar.com (rank 3, Italian), wimbloemendaal.blogspot.com (rank 4, Dutch), "
 "kingsleysp.wordpress.com (rank 6, a blog), en-academic.com's copy of a later revision (ranks 5 and 7, breaking off "
 "in its second section) and gateway.ipfs.io's copy of a later revision (rank 8, breaking off in its first section) "
 "not used (the old revision taken as the one whole excerpt). Gr\u00e4f, \u00d6AF, \u00d6sterreichische Automobil, Liesing, "
 "Harrach, Franz Ferdinand, Celeritas: " + CHECKED + " (Stift: three files, the Norwegian word 'Stiftelsen' of "
 "train wp-thon-hotels and batch 57m; MAN AG stands in other corpus texts, here only as the buyer).",
 "non-US", v3=True, copy_of="the Wikipedia article (an old revision, about 2006-2008) via the-uncensored-wiki.com's copy"))

# ---- aircraft, Czech Republic: Aero Vodochody (kiwix.casplantje.nl's copy of the 2018-10 dump) ----------------------
AERO = [
 "Aero Vodochody (commonly referred to as Aero) is a Czech (previous Czechoslovak) aircraft company. The factory and "
 "factory airport is located in Prague-East District, on the territory between Vodochody and Odolena Voda region. It "
 "was active from 1919, notable for producing the L-29 Delfin, L-39 Albatros, L-59 Super Albatros, and the L-159 Alca "
 "military light combat jet. From 1929[2] until 1951 Aero also made a range of small and medium-sized cars with "
 "two-stroke engines, and in 1946\u201347 it built the \u0160koda 150 truck under licence.",
 "After the fall of the communist government in Czechoslovakia (1989) and in the rest of Central Europe, the company "
 "lost a major portion of its main market in jet trainers. Sales of military aircraft declined in the early 1990s in "
 "Eastern Europe as well as in NATO countries where the entry of a new producer was obviously unwanted. Aero was "
 "controlled for several years, 1998 to 2004, by Boeing.[3]",
 "At the end of October 2006 Aero Vodochody was privatized once again. A Czech-Slovak investment group Penta "
 "Investments bought it for roughly 3 billion CZK.[4][5]",
 "Currently, Aero Vodochody produces the Sikorsky S-76, center wing box for the Alenia C27, door subassemblies for "
 "the Embraer 170 and Embraer 190, cockpit for the UH-60, gun bay doors for the F/A-18 Super Hornet, subassemblies "
 "and parts for the Airbus A320 family, fixed leading edge kits for the Boeing 767,[6] and the L-159 advanced light "
 "combat aircraft.[7]"]
KEPT["wp-aero-vodochody"] = ("aero-vodochody-kiwix.txt", _pieces(AERO))
R.append(wp("wp-aero-vodochody", "Aero Vodochody",
 "https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2018-10/A/Aero_Vodochody.html", _text(AERO),
 "manufacturing/aircraft", ["history", "products", "ownership", "privatisation", "aerostructures"],
 "The article as kiwix.casplantje.nl's copy holds it (the Kiwix dump wikipedia_en_all_maxi_2018-10, a revision of "
 "October 2018 or a little before; recorded CC BY-SA 3.0 as rounds 69af and 69r recorded Kiwix copies of dumps before "
 "June 2023). Cut: the title line 'Aero Vodochody'; the infobox lines ('AERO Vodochody AEROSPACE a.s.' to 'Website "
 "www.aero.cz', with 'Founded February 25, 1919 (1919-02-25)', 'Key people', 'Giuseppe Giordo (president and CEO)' "
 "and 'Owners Penta Investments', so Giuseppe Giordo is not in the text); the image caption 'Aero Vodochody L.159A "
 "ALCA \u2013 Advanced Light Combat Aircraft'; the citation markers '[1]' to '[7]'; cut after '... and the L-159 "
 "advanced light combat aircraft.', before the sentence the excerpt breaks off in ('Aero is also likely to', no full "
 "stop; `truncated`; a cut at a sentence end). Paragraphs joined with blank lines. No word added or changed. Kept as "
 "written: 'a Czech (previous Czechoslovak) aircraft company', 'The factory and factory airport is located', 'in "
 "1946\u201347 it built the \u0160koda 150 truck under licence', 'Aero was controlled for several years, 1998 to 2004, by "
 "Boeing.', 'At the end of October 2006 Aero Vodochody was privatized once again. A Czech-Slovak investment group "
 "Penta Investments bought it for roughly 3 billion CZK.', 'center wing box for the Alenia C27'. " + TYPED + "237 "
 "words. No outage and no near-miss of one told. Found at rank 8 of the query 'Aero Vodochody Czech aircraft "
 "manufacturer founded 1919 history Wikipedia' (a name asked for in place of the leads' names that had no English "
 "copy); de.zxc.wiki (rank 1, a machine translation of the German article), a Finnish dump (rank 2), "
 "janes.migavia.com (rank 3, a reference-book text), en.wikipedia.org's older rendering with an oldid (rank 4, the "
 "same words without the cars sentence) and en.wikipedia.org's recent rendering (rank 5, a rewritten lead breaking "
 "off early), de.mgwiki.top (rank 6, German) and a Czech dump (rank 7) not used. Aero Vodochody, Vodochody, Odolena "
 "Voda, Penta Investments, L-39, Super Albatros: " + CHECKED + " (Delfin: five corpus files, other matters; Boeing, "
 "Embraer, Airbus, Sikorsky stand in other corpus texts, here only as aircraft and a past owner).",
 "non-US", v3=True, copy_of="the Wikipedia article (a revision of about 2018) via the Kiwix dump "
 "wikipedia_en_all_maxi_2018-10 at kiwix.casplantje.nl"))

# ---- cars, Belgium: Métallurgique (en.wikipedia.org's rendering) ----------------------------------------------------
METAL = [
 "M\u00e9tallurgique were cars made by Soci\u00e9t\u00e9 Anonyme L'Auto M\u00e9tallurgique, Marchienne-au-Pont, Belgium, between "
 "1898 and 1928. Before making cars, the company had made railway locomotives and rolling stock.",
 "The first cars were 4.5 hp 2-cylinder models with chain drive. In 1900, the company switched to shaft drive. In "
 "1905 an all-new range was introduced, resembling contemporary Daimlers, both designed by Ernst Lehmann, who come to "
 "M\u00e9tallurgique from there in 1903. These cars, with pressed-steel chassis, live rear axle, shaft drive, "
 "high-tension ignition, and the option of dynamo-powered electric lighting, were to establish the company as one of "
 "the finest makers of sporting cars in Europe. Production was targeted for export, and most sales were in Britain. "
 "In 1906, there came the 4-cylinder inlet over exhaust 10 L, with a claimed output of 100 bhp at 1400 rpm, enabling "
 "the car to reach 160 kph. The cars got a distinctive V front radiator in 1907.",
 "For 1908 the car range included the 60/80 and the 40-hp, which was a smaller version of the 60/80, the 2-cylinder "
 "cars being finally dropped, the last of them a 12/14. They were replaced in 1909 by a 12/14 four-cylinder (built in "
 "Germany by Bergmann Elektrizit\u00e4werke of Berlin), joined by a 5-litre 26 hp, and in 1911 all cars got 4-speed "
 "gearboxes. Bodywork was made by Vanden Plas. The Bergmann-built cars proved expensive in Britain, thanks to "
 "tariffs.",
 "M\u00e9tallurgique cars were also made from 1909 under licence by Bergmann-Metallurgique in Berlin, Germany who had "
 "previously made electric cars. These were sold as Bergmann-M\u00e9tallurgique.",
 "All prewar cars were of exceptionally high quality.",
 "The company's agent in Britain, Oscar Cupper, also served as \"one of the firm's most able\" works drivers.",
 "After World War I, car production restarted with the 26/60, the 20/40, and the 15/20. The 26/60 was newly-fitted "
 "with Adex brakes at all four corners. a rarity at the time."]
KEPT["wp-metallurgique"] = ("metallurgique-enwiki.txt", _pieces(METAL))
R.append(wp("wp-metallurgique", "M\u00e9tallurgique", "https://en.wikipedia.org/wiki/M%C3%A9tallurgique", _text(METAL),
 "manufacturing/automobiles", ["history", "products", "licensing", "suppliers"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (no revision id or date held; "
 "recorded CC BY-SA 4.0 as round 70d recorded such renderings; doubtful: undated). Cut: the title line '= "
 "M\u00e9tallurgique ='; the heading '==Production=='; cut after '... with Adex brakes at all four corners. a rarity at "
 "the time.', before the sentence the excerpt breaks off in ('The first post-war desi', no full stop; `truncated`; a "
 "cut at a sentence end, so the later history, the takeover and Paul Bastien are not in the text). No citation "
 "markers in this rendering. Paragraphs joined with blank lines. No word added or changed. Kept as written: "
 "'M\u00e9tallurgique were cars made by Soci\u00e9t\u00e9 Anonyme L'Auto M\u00e9tallurgique', 'who come to M\u00e9tallurgique from "
 "there in 1903' (so written), 'Bergmann Elektrizit\u00e4werke of Berlin' (so spelt), 'under licence by "
 "Bergmann-Metallurgique in Berlin, Germany' (no accent) beside 'These were sold as Bergmann-M\u00e9tallurgique.' "
 "(accent), 'with Adex brakes at all four corners. a rarity at the time.' (a lower-case fragment, as the rendering "
 "has it). " + TYPED + "313 words. No outage and no near-miss of one told. Found at rank 5 of the query "
 "'M\u00e9tallurgique Belgian automobile manufacturer Marchienne-au-Pont history Wikipedia' (a name asked for in place of "
 "the leads' names that had no English copy); cartype.com (rank 1, a site's own text), de.zxc.wiki (rank 2, a machine "
 "translation of the German article), motormobilia.de (rank 3, German), leroux.andre.free.fr (rank 4, French), "
 "it.knowledgr.com (rank 6, Italian), theinfolist.com (rank 7, the article broken by inserted glosses) and a French "
 "collectors' page (rank 8) not used. M\u00e9tallurgique, Metallurgique, Marchienne, Bergmann, Vanden Plas, Ernst "
 "Lehmann, Cupper: " + CHECKED + " (Daimler stands in other corpus texts, here only in 'contemporary Daimlers').",
 "non-US"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[edit]', '[ citation needed ]'), whitespace
    runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|edit|citation needed)\s*\]", "", s).split())


def verify():
    """Each kept paragraph (or piece) must occur in the saved excerpt, markers dropped and whitespace runs compared as
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
