#!/usr/bin/env python3
"""Batch 71i (session 65; gatherer lane 71i): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n, 65c, 65f, 65l, 65n, 66c, 67ae, 68c, 69aa, 69ag, 70c,
70j, 70o, 70u, 70aa, 70ag and 71c (the lane of 70ag and 71c: English Wikipedia histories of European companies, founders
and executives with posts, acquisitions, parents and subsidiaries; from the leads of rounds 71c and 70ag, here a
Hungarian locomotive maker and a Dutch bank of those leads' lists, and a German engineering company found beside them),
new to the corpus: MÁVAG (Magyar Királyi Államvasutak Gépgyára, Hungarian Royal State Railroads' Machine Factory), the
Budapest rail vehicle maker owned by the Kingdom of Hungary, maker of the Class 601 and the Д1 diesel trains, merged
with the Ganz company in 1959 and renamed Ganz-MÁVAG (engineering, Hungary); Algemene Bank Nederland (ABN), the Dutch
bank created on 4 June 1964 by the merger of the Nederlandsche Handel-Maatschappij and De Twentsche Bank, buyer of the
Hollandsche Bank-Unie in 1967 and of Bank Mees & Hope in 1975, merged with AMRO Bank into ABN AMRO in 1991 (banking,
Netherlands); and KraussMaffei (Krauss-Maffei), the Munich maker formed in 1931 from Maffei and Krauss & Co., maker of
the ML 4000 C′C′ locomotive and the Leopard tanks, bought by ChemChina in 2016, hit by a ransomware attack in November
2018 (engineering, Germany).
English Wikipedia text, each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole page you did
not see): kiwix.casplantje.nl's Kiwix copy of 'MÁVAG' (wikipedia_en_all_maxi_2020-06, CC BY-SA 3.0), gateway.ipfs.io's
IPFS copy of 'Algemene Bank Nederland' (the 2017 Wikipedia IPFS snapshot, CC BY-SA 3.0; round 70ag recorded an IPFS
copy) and enwikipedia.net's copy of 'KraussMaffei' (an undated revision before Wikimedia's June 2023 move by its
wording, recorded CC BY-SA 3.0); cut at a sentence end before the point where the excerpt breaks off (`truncated`) or
before the copy's reference list. Edits per item in `notes` (title and site lines, infobox lines, headings, a caption,
citation markers; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt
(/tmp/gather71i/src), citation markers and '[edit]' dropped and whitespace runs compared as one space, as batch 71c did.
One text tells an outage (KraussMaffei's production drawn down by a ransomware attack in November 2018); the others tell
none (a nationalisation, mergers and acquisitions: politics and business matters, no service lost in the guidelines'
sense). newskg (or any extractor) was not run on any text. A round of three: fourteen queries, fourteen companies asked
for, three taken (round notes /tmp/gather71i/NOTES.md; queries, /tmp/gather71i/src/queries.txt; claims,
/work/notes/gather71/CLAIMS.txt).
usage: batch71i.py [POOL_DIR] [--dry]   (default /tmp/gather71i/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71i/pool"
SRC = "/tmp/gather71i/src"

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


# ---- engineering, Hungary: MÁVAG (kiwix.casplantje.nl, wikipedia_en_all_maxi_2020-06) ------------------------------
MAVAG = [
 "M\u00c1VAG (Magyar Kir\u00e1lyi \u00c1llamvasutak G\u00e9pgy\u00e1ra; Hungarian Royal State Railroads' Machine Factory) was the "
 "largest Hungarian rail vehicle producer. M\u00c1VAG company was the second largest industrial enterprise after the "
 "Manfr\u00e9d Weiss Steel and Metal Works in the Hungarian half of the Austro-Hungarian Monarchy. M\u00c1VAG was the "
 "property of the Kingdom of Hungary. After the World War II M\u00c1VAG was nationalized, and \"Kir\u00e1lyi\" (\"Royal\") was "
 "removed from its name.",
 "The company employed thousands of workers. The buildings were in the VIII. district of Budapest, bordered by the "
 "following streets: K\u0151b\u00e1nyai street, Hung\u00e1ria avenue, Vajda P\u00e9ter street, and Orczy street. It was the most "
 "important Hungarian machine factory in the 19th century, along with Csepel M\u0171vek (Csepel Factories). The most "
 "respected products of M\u00c1VAG were steam locomotives. The first was produced in 1873, and M\u00c1VAG produced the "
 "famous locomotive no. 424 from 1924. M\u00c1VAG's neighbouring company was the Ganz motor- \u00e9s vagongy\u00e1r (Ganz engine "
 "and wagon factory), which manufactured diesel locomotives and luxury carriages for export.",
 "Up until 1959 the company produced 7578 locomotives, including the Class 601, the largest steam locomotive type "
 "built in Europe up to and during World War I. In 1896, when Hungary celebrated the 1000th anniversary of Hungarian "
 "settlement, the 1000th locomotive was exhibited. M\u00c1VAG exported many locomotives: from 1900, to Italy and Romania, "
 "later to Egypt, India, Yugoslavia, and Korea. After 1945 the company exported diesel trains to the USSR, and in "
 "1961 became well known there for \u04141 local diesel trains.",
 "In 1959 M\u00c1VAG merged with the Ganz company and was renamed Ganz-M\u00c1VAG.",
 "The two plants were purchased by the Hungarian state and placed under joint control on August 1, 1870, founded the "
 "Machinery and Wagon Factory of the Hungarian Royal Railways and first handed it over to the management of M\u00c1V and "
 "then established its own board."]
KEPT["wp-mavag"] = ("mavag-kiwix.txt", MAVAG)
R.append(wp("wp-mavag", "M\u00c1VAG", "https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2020-06/A/M%C3%81VAG",
 _text(MAVAG),
 "manufacturing/rail vehicles", ["history", "ownership", "former names", "products", "exports", "mergers"],
 "The article as kiwix.casplantje.nl's Kiwix copy holds it in the page store (the wikipedia_en_all_maxi_2020-06 "
 "archive, so a revision of about June 2020), CC BY-SA 3.0. Cut: the title line 'M\u00c1VAG'; the heading 'The "
 "beginnings'; cut after '... and then established its own board.', before the words the excerpt breaks off on "
 "('The first d'; `truncated`). The copy has no citation markers in this excerpt. Paragraphs joined with blank lines. "
 "No word added or changed. Kept as written: 'After the World War II', 'the VIII. district of Budapest', 'locomotive "
 "no. 424', 'became well known there for \u04141 local diesel trains' (the Cyrillic letter), and the sentence 'The two "
 "plants were purchased by the Hungarian state and placed under joint control on August 1, 1870, founded the Machinery "
 "and Wagon Factory ...' (its subject left out, as the copy writes it; the two plants are not named in the kept "
 "text). " + TYPED + "No outage and no near-miss of one told (a nationalisation and a merger are no service lost). "
 "Found at rank 3 of the query 'M\u00c1VAG Hungarian Royal State Railways Machine Factory history Budapest' (round 71c's "
 "and 70ag's lead 'M\u00c1VAG'); en.wikipedia.org's rendering (rank 1; an older revision, 'was a Hungarian rail vehicle "
 "producer', without the history section), owiki.org (rank 2; a later revision without the export paragraph, breaking "
 "off in 'establis'), fr.knowledger.de (rank 4; French), wikireact.com (rank 5; Spanish), wikisum.wiki (rank 6; "
 "sentences picked out of order), alem.dynip.sapo.pt's Kiwix 2024-01 copy (rank 7; captions inside the text, the "
 "article 'Ganz-M\u00c1VAG' with another Hungarian name) and mek.niif.hu (rank 8; Hungarian) not used; the 2020-06 copy "
 "taken as the one with the export paragraph and the first sentence of the history. M\u00c1VAG, Magyar Kir\u00e1lyi, "
 "\u00c1llamvasutak, K\u0151b\u00e1nyai, Hung\u00e1ria: " + CHECKED + " ('M\u00c1VAG' only in GATHERING.md's leads and notes of rounds "
 "70ag and 71c; 'Ganz' only in GATHERING.md's leads and batch 70j's docstring; 'Orczy' only inside other names; the "
 "Manfr\u00e9d Weiss Steel and Metal Works, round 71c's matter, here only as a larger enterprise named in comparison).",
 "non-US", v3=True))

# ---- banking, Netherlands: Algemene Bank Nederland (gateway.ipfs.io, the 2017 Wikipedia IPFS snapshot) --------------
ABN = [
 "Algemene Bank Nederland (ABN) was a Dutch bank that became one of the main predecessors in ABN AMRO. It was created "
 "in 1964 when the Nederlandsche Handel-Maatschappij merged with De Twentsche Bank.[1] In 1991 ABN Bank merged with "
 "AMRO Bank (Amsterdamsche Rotterdamsche Bank) to form ABN AMRO Bank.",
 "Nederlandsche Handel-Maatschappij (Netherlands Trading Society) and Twentsche Bank (TB) merged to form ABN Bank on 4 "
 "June 1964. An important reason for the merger was the international trend towards concentration. Banks were "
 "obliged to scale up their operations. The extensive international network of NTS and the strong Dutch home base of "
 "TB, notably in stockbroking and foreign exchange dealing, complemented each other perfectly. Another reason for "
 "joining forces was the past involvement of the two banks in developing the textile industry in the Twente region "
 "of the Netherlands. NTS had been sharing the running expenses of TB\u2019s branch in London (which opened in 1858) "
 "since 1953.",
 "The December 1967 acquisition of the Hollandsche Bank-Unie (HBU) with its strong position in South America gave the "
 "international network a more balanced structure. The Dutch branch network of ABN Bank was expanded substantially "
 "from 1964 onwards in step with the growing significance of retail banking. The acquisition of Bank Mees & Hope in "
 "1975 reflected ABN Bank\u2019s diversification strategy since the chief strength of BMH was international commodity "
 "finance. After the take over BMH continued to operate independently under its own name."]
KEPT["wp-algemene-bank-nederland"] = ("abn-ipfs.txt", ABN)
R.append(wp("wp-algemene-bank-nederland", "Algemene Bank Nederland",
 "https://gateway.ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Algemene_Bank_Nederland(old_bank).html",
 _text(ABN),
 "finance/banking", ["history", "mergers", "acquisitions", "subsidiaries"],
 "The article as gateway.ipfs.io's IPFS copy holds it in the page store (the English Wikipedia snapshot of 2017 under "
 "the root QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco; the file names the page 'Algemene_Bank_Nederland(old_bank)'), "
 "CC BY-SA 3.0 (round 70ag recorded an IPFS copy). Cut: the title line 'Algemene Bank Nederland'; the infobox lines "
 "('Algemene Bank Nederland' to 'Parent ABN AMRO'); the headings 'History', 'Merger motives' and 'Domestic expansion, "
 "1967\u201391'; the citation marker '[1]'; cut after '... continued to operate independently under its own name.', before "
 "the sentence the excerpt breaks off in ('Kingma\u2019s Bank of Leeuwarden, which BMH had acquired in 1971, was transferred "
 "to ABN Bank in early 1981 and continued its operatio'; `truncated`). Paragraphs joined with blank lines. No word added "
 "or changed. Kept as written: 'one of the main predecessors in ABN AMRO', 'De Twentsche Bank' beside 'Twentsche Bank "
 "(TB)', 'TB\u2019s' and 'ABN Bank\u2019s' (curly apostrophes), 'After the take over'. " + TYPED + "No outage and no "
 "near-miss of one told (mergers and acquisitions are business events). Found at rank 1 of the query 'Algemene Bank "
 "Nederland merger Nederlandsche Handel-Maatschappij Twentsche Bank 1964' (round 71c's lead 'Algemene Bank Nederland'); "
 "kampuspedia.com (rank 2; Dutch), historiek.net (rank 3; Dutch), studiebijdehand.nl (rank 4; a bookshop's page), "
 "archieven.nl (rank 5; Dutch archive), pdfslide.us (rank 6; an ABN AMRO archive leaflet, no open licence), nrc.nl "
 "(rank 7; news, Dutch) and historynl-bnpparibas.com (rank 8; a bank's own history) not used. Algemene Bank, "
 "Hollandsche Bank, Mees & Hope, Netherlands Trading Society, Amsterdamsche Rotterdamsche: " + CHECKED + " ('Twentsche' "
 "and 'Handel-Maatschappij' only in GATHERING.md's leads and notes of rounds 70aa to 71c; 'ABN AMRO' and 'AMRO Bank' in "
 "other texts, among them round 70u's Rotterdamsche Bank (train), a predecessor on the AMRO side: here only as the "
 "later merger and its partner; 'Kingma' only in the cut sentence).",
 "non-US", v3=True))

# ---- engineering, Germany: KraussMaffei (enwikipedia.net) ----------------------------------------------------------
KM = [
 "KraussMaffei is a German manufacturer of injection molding machines, machines for plastics extrusion technology, "
 "and reaction process machinery. It was acquired by ChemChina in 2016.",
 "KraussMaffei was formed in 1931 from a merger of the two Munich firms of Maffei (founded 1838) and Krauss & Co. "
 "(founded 1860). Both belonged to the leading German makers of locomotives of various types. Maffei also built other "
 "steam-operated vehicles and, later, manufactured vehicles with combustion engines, including locomotives, "
 "trolleybuses and buses until the 1950s.",
 "In the 1960s, Krauss-Maffei built several examples of the ML 4000 C\u2032C\u2032 diesel-hydraulic locomotive for "
 "demonstration and testing on American railroads. Southern Pacific and Denver & Rio Grande Western Railroad "
 "participated in the tests, but both found the locomotives unsuitable for service in the rugged Rocky Mountains "
 "through which the two railroads ran. In 1963 the company started production of the Leopard tank, with production "
 "of Leopard 2 starting in 1973. In the seventies they were involved in the development of the Transrapid magnetic "
 "levitation train. In 1999 the company merged with Mannesmann Demag.",
 "KraussMaffei's defense and locomotive component was later spun off and merged with Wegmann & Co to became "
 "Krauss-Maffei Wegmann in 1999. In 2016, KraussMaffei was purchased by ChemChina.[1][2]",
 "In November 2018 KraussMaffei was the victim of a ransomware attack, leading to severe drawdown in the production."]
KEPT["wp-kraussmaffei"] = ("kraussmaffei-enwikipedia-net.txt", KM)
R.append(wp("wp-kraussmaffei", "KraussMaffei", "https://enwikipedia.net/wiki/KraussMaffei", _text(KM),
 "manufacturing/engineering", ["history", "mergers", "ownership", "acquisitions", "products", "cyberattack"],
 "The article as enwikipedia.net's copy holds it in the page store (a site serving copies of English Wikipedia; an "
 "undated revision, after November 2018 by its last sentence and before Wikimedia's June 2023 move by its wording: "
 "wikimili.com's later copy in the same results reads 'a German manufacturing company' and gives Parsdorf as the "
 "headquarters), recorded CC BY-SA 3.0. Cut: the title line 'KraussMaffei'; the site line 'From Wikipedia, the free "
 "encyclopedia'; the infobox lines ('KraussMaffei' to 'Websitewww.kraussmaffei.com'); the heading 'History[]' (the "
 "copy's empty edit brackets); the caption 'historical KraussMaffei company building with inscription'; the citation "
 "markers '[1][2]'; the heading 'References[]' and the reference list where the excerpt ends (`truncated`). Paragraphs "
 "joined with blank lines. No word added or changed. Kept as written: 'ML 4000 C\u2032C\u2032' (primes), 'Southern Pacific' "
 "beside 'Denver & Rio Grande Western Railroad', 'merged with Wegmann & Co to became Krauss-Maffei Wegmann' ('to "
 "became'), 'Krauss-Maffei' beside 'KraussMaffei' (the two spellings). " + TYPED + "One outage told: 'In November "
 "2018 KraussMaffei was the victim of a ransomware attack, leading to severe drawdown in the production' (a cyber "
 "attack taking a company's systems and production down, as batch 17e's meat processor). Found at rank 6 of the query "
 "'Krauss-Maffei company history founded merger Krauss & Comp. J.A. Maffei 1931' (a German engineering name beside "
 "round 70ag's and 71c's lists, asked for after the name was checked); de.zxc.wiki (rank 1; a machine translation of "
 "the German article), de.wiki.li (rank 2; German), goodnames.eth.link (rank 3; the article 'Krauss-Maffei Wegmann', "
 "another matter), kraussmaffei.com (rank 4; the company's own page), veikkos-archiv.com (rank 5; German), "
 "de.wikiital.com (rank 7; German) and wikimili.com (rank 8; a later revision breaking off mid-word, without the "
 "ransomware sentence in its excerpt) not used. KraussMaffei, Krauss-Maffei, Krauss Maffei, Maffei, Eckert & Ziegler, "
 "Leopard 2, Transrapid: " + CHECKED + " ('ChemChina' in other texts on other matters, here only as the buyer; "
 "'Wegmann' in one other text on another matter).",
 "non-US", v3=True))


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
