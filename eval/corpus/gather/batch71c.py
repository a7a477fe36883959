#!/usr/bin/env python3
"""Batch 71c (session 65; gatherer lane 71c): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n, 65c, 65f, 65l, 65n, 66c, 67ae, 68c, 69aa, 69ag, 70c,
70j, 70o, 70u, 70aa and 70ag (the lane of 70u, 70aa and 70ag: English Wikipedia histories of European companies,
founders and executives with posts, acquisitions, parents and subsidiaries; from the leads of rounds 70u, 70aa and
70ag, here a Hungarian engineering works and two Low Countries chocolate makers, names of the leads' lists with no
corpus hit), new to the corpus: the Manfréd Weiss Steel and Metal Works (Weiss Manfréd Acél- és Fémművek, Csepel
Works), the Budapest machine works founded in 1892 by Manfréd Weiss, its predecessor the Weiss cannery established in
1882 by him and his brother Bertold, nationalised and renamed in 1950 (engineering, Hungary); Côte d'Or, the Belgian
chocolate maker founded in 1883 by Charles Neuhaus in Schaerbeek, sold to Joseph Bieswal and Maria Leclef, merged into
Alimenta S.A. in 1906, bought by Jacobs Suchard in 1987, owned by Mondelez International (food, Belgium); and Droste
B.V., the Dutch chocolate maker founded in 1863 by Gerardus Johannes Droste in Haarlem, now in Vaassen, a business unit
of Hosta (food, Netherlands).
English Wikipedia text, each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole page you did
not see): en.wikipedia.org's own '= Title =' rendering of 'Manfréd Weiss Steel and Metal Works' (recent, CC BY-SA
4.0), wikizero.net's copy of 'Côte d'Or (chocolate)' (a recent revision by its infobox, recorded 4.0; round 70u
recorded a wikizero copy) and wikimili.com's copy of 'Droste' (its infobox counts '162 years ago' from 1863: 2025,
recorded 4.0, as rounds 70k, 70aa and 70ac recorded wikimili copies); cut at a sentence end before the point where the
excerpt breaks off (`truncated`) or before the copy's trailing heading and caption. Edits per item in `notes` (title
and site lines, infobox lines, headings, citation markers and '[edit]' links; no word added or changed); `verify()`
checks every kept paragraph against the saved excerpt (/tmp/gather71c/src), citation markers and '[edit]' dropped and
whitespace runs compared as one space, as batch 70ag did. No text tells an outage (a works damaged by air raids and
pillaged in war, nationalised; a shop's owner retiring; a factory relocated for lack of room: war, politics and
business matters, no service lost in the guidelines' sense). newskg (or any extractor) was not run on any text. A
round of three: five queries, five companies asked for, three taken (round notes /tmp/gather71c/NOTES.md; queries,
/tmp/gather71c/src/queries.txt; claims, /work/notes/gather71/CLAIMS.txt).
usage: batch71c.py [POOL_DIR] [--dry]   (default /tmp/gather71c/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71c/pool"
SRC = "/tmp/gather71c/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-65 pools "
           "(/tmp/gather71*/pool) and in /work/notes/gather71/CLAIMS.txt as they stood when checked, and in GATHERING.md "
           "none outside the leads and 'Looked at and not used' paragraphs of earlier rounds (`grep -ril`, file names "
           "only)")
# a citation marker ('[1]', '[citation needed]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")
TYPED = ("The saved excerpt was written from the tool's display of it: a no-break space, if the page had one, is "
         "written as a plain space (the check compares whitespace runs as one space). ")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []


def _text(paras):
    """Paragraphs joined with blank lines, citation markers dropped."""
    return "\n\n".join(MARK.sub("", p) for p in paras)


# ---- engineering, Hungary: Manfréd Weiss Steel and Metal Works (en.wikipedia.org) ----------------------------------
WEISS = [
 "The Weiss Manfr\u00e9d Ac\u00e9l- \u00e9s F\u00e9mm\u0171vek (\"Manfr\u00e9d Weiss Steel and Metal Works\"), or colloquially Csepel "
 "M\u0171vek (\"Csepel Works\") was one of the largest machine factories in Hungary, located on Csepel island in the "
 "southern part of Budapest, founded in 1892. It was the second largest industrial enterprise in the Austro-Hungarian "
 "Monarchy, and the biggest industrial enterprise in the Hungarian half of the Empire. It played an integral role in "
 "the heavy industry and military production of the Austro-Hungarian Monarchy. Founded by Baron Manfr\u00e9d Weiss of "
 "Csepel, an industrialist of Jewish origin, by the time of World War I the company was one of largest defense "
 "contractors in Austria-Hungary, producing all types of equipment, from airplanes and munitions to automotive "
 "engines, bicycles Csepel bicycle and cars. Badly damaged by Allied air raids and eventually pillaged during World "
 "War II, the company continued in existence until 1950, when it was nationalised and renamed to R\u00e1kosi M\u00e1ty\u00e1s "
 "Vas- \u00e9s F\u00e9mm\u0171vek (\"M\u00e1ty\u00e1s R\u00e1kosi Iron and Metal Works NV\", where \"NV\" means Nemzeti V\u00e1llalat, "
 "\"National Company\").",
 "Its predecessor, the Weiss cannery, was originally established in L\u00f6v\u00f6lde Square, District VI. of Budapest, by "
 "Manfr\u00e9d Weiss and his brother Bertold in 1882, under the name of Weiss Berthold \u00e9s Manfr\u00e9d Els\u0151 Magyar Conserv "
 "Gy\u00e1r (Berthold and Manfred Weiss First Hungarian Cannery Factory). The brothers gradually expanded the canning "
 "factory, then moved it to M\u00e1ri\u00e1ssy Street near the K\u00f6zv\u00e1g\u00f3h\u00edd, where they produced meat products under the "
 "Globus brand, mainly for the army, and bridged the spare capacity of seasonal work by dismantling and reloading "
 "infantry ammunition. Later, in response to the growing demand for canned goods, the production of tin cans for "
 "packaging was added to the programme, which led to a shift to the iron industry."]
KEPT["wp-manfred-weiss-steel-and-metal-works"] = ("weiss-enwiki.txt", WEISS)
R.append(wp("wp-manfred-weiss-steel-and-metal-works", "Manfr\u00e9d Weiss Steel and Metal Works",
 "https://en.wikipedia.org/wiki/Manfr%C3%A9d_Weiss_Steel_and_Metal_Works", _text(WEISS),
 "manufacturing/engineering", ["history", "founding", "founders", "predecessors", "former names", "products"],
 "The article as en.wikipedia.org's own page holds it in the page store, in its '= Title =' rendering (a recent "
 "revision: 'located on Csepel island in the southern part of Budapest, founded in 1892', where totallylost.eu's "
 "older quotation in the same results reads 'located on Csepel island outside Budapest'; no revision id held), "
 "CC BY-SA 4.0. Cut: the title line '= Manfr\u00e9d Weiss Steel and Metal Works ='; the heading '== History =='; cut "
 "after '... which led to a shift to the iron industry.', before the parenthesis the excerpt ends on ('(Manfr\u00e9d "
 "Weiss First Hungarian Cannery and Metalware Factory)', which n.global.ssl.fastly.net's copy in the same results "
 "shows going on '. From 1886 the factory also produced cartridge c'; `truncated`; a cut at a sentence end). The "
 "rendering has no citation markers in this excerpt. Paragraphs joined with blank lines. No word added or changed. "
 "Kept as written: 'one of largest defense contractors' (no 'the'), 'bicycles Csepel bicycle and cars' (a link's "
 "words run together), 'nationalised and renamed to R\u00e1kosi M\u00e1ty\u00e1s Vas- \u00e9s F\u00e9mm\u0171vek', 'District VI. of "
 "Budapest', 'his brother Bertold' beside 'Weiss Berthold \u00e9s Manfr\u00e9d' (the two spellings). " + TYPED +
 "No outage and no near-miss of one told ('Badly damaged by Allied air raids and eventually pillaged during World War "
 "II' war damage; 'nationalised' a political matter). Found at rank 1 of the query 'Weiss Manfr\u00e9d Steel and Metal "
 "Works Csepel history' (round 70ag's lead 'Weiss Manfr\u00e9d'); it.knowledgr.com (rank 2; Italian), wikisum.wiki "
 "(rank 3; sentences picked out of order), totallylost.eu (rank 4; an older quotation with its own lines), "
 "pinocchiopedia.com (rank 5; captions and 'edit' lines inside, breaking off mid-word), en.nearbywiki.org (rank 6; the "
 "lead only, with category lines), n.global.ssl.fastly.net (rank 7; the same words, breaking off mid-word) and "
 "sagapedia.com (rank 8; its own preamble) not used. Manfr\u00e9d Weiss, Weiss Manfr\u00e9d, Csepel, R\u00e1kosi, L\u00f6v\u00f6lde, "
 "K\u00f6zv\u00e1g\u00f3h\u00edd, Di\u00f3sgy\u0151r: " + CHECKED + " ('Weiss Manfr\u00e9d' and 'Csepel' only in GATHERING.md's leads and "
 "notes of rounds 70o, 70u and 70ag; 'Globus' in GATHERING.md on other matters).",
 "non-US"))

# ---- food, Belgium: Côte d'Or (wikizero.net's copy) ----------------------------------------------------------------
COTE = [
 "C\u00f4te d'Or (French pronunciation: [kot d\u0254\u0281] ) is a producer of Belgian chocolate, owned by Mondelez "
 "International. C\u00f4te d'Or was founded in 1883 by Charles Neuhaus in Schaerbeek, Belgium,[1] a chocolate manufacturer "
 "who used the name \"C\u00f4te d'Or\" (French for Gold Coast[2]) referring to the old name of contemporary Ghana, the "
 "source of many of the cacao beans used in chocolate manufacturing.",
 "Charles Neuhaus sold C\u00f4te d\u2019Or in 1889 to the Buiswal-Leclef family, who merged with the Michiels chocolate "
 "company in 1906 to create Alimenta S.A.",
 "C\u00f4te d'Or was later purchased by Jacobs Suchard in 1987; Jacobs Suchard in turn was purchased by Kraft General "
 "Foods in 1990, which forked off its chocolate and confectionery brands into Mondelez International in 2012, so that "
 "Mondelez is the current owner of the C\u00f4te d'Or brand.",
 "Belgians consume 600 million C\u00f4te d'Or products a year.[3] The C\u00f4te d'Or factory in Halle (near Brussels) used to "
 "produce 1.3 million mignonnettes (small chocolate bars\u2014they are now produced in Poland) and two million Chokotoffs "
 "(chocolate toffees) each day.[3]",
 "It was in 1883 that Charles Neuhaus opened a small chocolate shop in Schaerbeek in the Brussels region.",
 "In 1889, Neuhaus retired and sold his business to Joseph Bieswal and his wife Maria Leclef. They created the "
 "Compagnie Joseph Bieswal and merged shortly after with chocolate Michiels to settle in buildings of the former mill "
 "Moulart, Bara street in Anderlecht, opposite Brussels-Midi station in 1899. Production would remain there until "
 "the 1980s.",
 "The combination of both chocolate and machinery requirements led in 1906 to the creation of the company Alimenta "
 "S.A."]
KEPT["wp-cote-dor-chocolate"] = ("cote-dor-wikizero.txt", COTE)
R.append(wp("wp-cote-dor-chocolate", "C\u00f4te d'Or (chocolate)", "https://wikizero.net/wiki/en/C%C3%B4te_d%27Or_(brand)",
 _text(COTE),
 "food/confectionery", ["history", "founding", "founders", "ownership", "acquisitions", "products"],
 "The article as wikizero.net's copy holds it in the page store (a site serving copies of English Wikipedia; its "
 "address names the redirect 'C\u00f4te d'Or (brand)', its title line the article 'C\u00f4te d'Or (chocolate)'; a recent "
 "revision by its infobox ('Company type') and its wording, the same words as en.wikipedia.org's rendering in the "
 "same results, whose infobox counts '141 years ago' from 1883; undated), recorded CC BY-SA 4.0 as round 70u "
 "recorded a wikizero copy. Cut: the title line 'C\u00f4te d'Or (chocolate)'; the infobox's table lines ('Company type "
 "| Private (1883\u20131906) |' to 'Website | cotedor.com |'); the heading 'History' and its '[edit]' link; the citation "
 "markers '[1]', '[2]', '[3]'; cut after '... the creation of the company Alimenta S.A.', before the word the excerpt "
 "breaks off on ('The '; `truncated`). Paragraphs (single line breaks in the copy) joined with blank lines. No word "
 "added or changed. Kept as written: '(French pronunciation: [kot d\u0254\u0281] )' (the space before the bracket where the "
 "page's audio link was), 'C\u00f4te d\u2019Or' with a curly apostrophe in the second paragraph (as the copy writes it "
 "there), 'the Buiswal-Leclef family' beside 'Joseph Bieswal and his wife Maria Leclef' (the two spellings), 'merged "
 "shortly after with chocolate Michiels', 'Bara street', 'small chocolate bars\u2014they are now produced in Poland' (the "
 "dash). " + TYPED + "No outage and no near-miss of one told (a retirement, a sale, mergers and purchases are "
 "business events). Found at rank 6 of the query 'C\u00f4te d'Or Belgian chocolate company history Neuhaus Jacobs "
 "Suchard' (round 70ag's lead 'C\u00f4te d'Or'); encyclopedia.datana.cloud's Kiwix mini copy (rank 1; the lead only, "
 "without the history), en-two.iwiki.icu (ranks 2 and 5; a mirror with unrelated site links in its header), "
 "tng.lv (rank 3; an agency's portfolio page quoting the lead), en.wikipedia.org's rendering (rank 4; breaking off "
 "earlier, in 'Productio'), wikiclassic.com (rank 7; words mangled: 'inner 1987', 'teh') and profilbaru.com (rank 8; "
 "breaking off earlier) not used; wikizero's copy taken as the one reaching furthest into the history. C\u00f4te d'Or, "
 "Cote d'Or, Bieswal, Leclef, Jacobs Suchard, Schaerbeek, Anderlecht: " + CHECKED + " ('C\u00f4te d'Or' only in "
 "GATHERING.md's leads and notes of rounds 70ag and earlier; Mondelez, Neuhaus and Alimenta in other texts on other "
 "matters, here only as the owner, the founder's surname and a company the business merged into).",
 "non-US"))

# ---- food, Netherlands: Droste (wikimili.com's copy) ---------------------------------------------------------------
DROSTE = [
 "Droste B.V. (Dutch: [\u02c8dr\u0254st\u0259] ) is a Dutch chocolate manufacturer. Its headquarters and factory are located in "
 "the village of Vaassen, Netherlands. [1] Droste operates as an independent business unit within Hosta, a German "
 "confectionery company. [2]",
 "Droste was founded by Gerardus Johannes Droste in 1863 in the city of Haarlem. [1] The company started as a "
 "confectionery business selling various types of candy, including the Droste chocolate pastilles that are still "
 "being sold today. Because of the growing reputation, the firm G.J. Droste opened its first factory in 1890. The "
 "entire chocolate making process took place in the same building as where the retail store was located. In 1891, "
 "the factory was relocated to the Spaarne river due to lack of room in the old building. This new location was "
 "favourable because the raw materials could now be delivered by boat. Likewise, the shipping of finished products "
 "was done on water, improving the distribution process.",
 "In 1897, the leadership of the Droste factory was handed over to the sons of Gerardus J. Droste. In the meantime, "
 "Droste's assortment had grown to numerous cocoa and chocolate products, the famous Dutch chocolate letters "
 "included. The company had also been winning a significant market share in both the Netherlands and foreign "
 "countries, in spite of the competition from larger chocolate manufacturers. In 1898 Droste officially acquired the "
 "right to bear the coat of arms of queen dowager Emma. After the turn of the century the company had been exporting "
 "its products to Belgium, Germany and France, and in 1905 it entered the American market."]
KEPT["wp-droste"] = ("droste-wikimili.txt", DROSTE)
R.append(wp("wp-droste", "Droste", "https://wikimili.com/en/Droste", _text(DROSTE),
 "food/confectionery", ["history", "founding", "founders", "ownership", "products", "exports"],
 "The article as wikimili.com's copy holds it in the page store (a site serving copies of English Wikipedia; a recent "
 "revision: its infobox counts '162 years ago' from 1863, so 2025; undated otherwise), recorded CC BY-SA 4.0 as a "
 "revision after Wikimedia's June 2023 move (rounds 70k, 70aa and 70ac recorded wikimili copies). Cut: the title line "
 "'Droste'; the site's line 'Last updated \u2022 5 min readFrom Wikipedia, The Free Encyclopedia'; the infobox lines "
 "('Droste B.V.' to 'Website droste.nl'); the lines 'Contents' and 'History'; the citation markers ' [1]', ' [2]' "
 "(with the space before each, as the copy spaces them); the trailing heading 'The nurse' and its caption 'Droste "
 "packaging illustration from around 1900', where the excerpt ends (`truncated`). Paragraphs joined with blank "
 "lines. No word added or changed. Kept as written: '(Dutch: [\u02c8dr\u0254st\u0259] )' (the space before the bracket), 'the "
 "firm G.J. Droste', 'the sons of Gerardus J. Droste', 'queen dowager Emma' (lower case), 'the famous Dutch chocolate "
 "letters included'. " + TYPED + "No outage and no near-miss of one told (a factory relocated for lack of room is no "
 "service lost). Found at rank 5 of the query 'Droste Dutch cocoa chocolate company Haarlem history Gerardus Droste' "
 "(round 70ag's lead 'Droste'); ceder.net (rank 1; a collectors' page, no open licence), droste.nl (ranks 2, 3 and 7; "
 "the company's own history pages), giftshopcafe.com (rank 4; a shop's page), collectiegelderland.nl (rank 6; Dutch) "
 "and dutchshop.ca (rank 8; a shop's blog) not used. Droste, Vaassen, Haarlem, Spaarne: " + CHECKED + " ('Droste' "
 "only in GATHERING.md's leads and notes of rounds 70ag and earlier; 'Hosta' only inside other words, such as "
 "'hostage', in other files).",
 "non-US"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [2]', '[edit]', '[citation needed]'), whitespace runs
    as one space."""
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
