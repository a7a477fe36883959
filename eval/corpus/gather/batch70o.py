#!/usr/bin/env python3
"""Batch 70o (session 64; gatherer lane 70o): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n, 65c, 65f, 65l, 65n, 66c, 67ae, 68c, 69aa, 69ag, 70c
and 70j (the lane of 70j: English Wikipedia histories of European companies outside France, founders and executives with
posts, acquisitions, parents and subsidiaries; from the leads of rounds 69ag, 70c and 70j, whose free names Rumpler and
Tidaholm were asked for, with a name of the same kind, Lohner), new to the corpus: Bombardier Transportation Austria
GmbH, founded by Jacob Lohner as the Vienna coachbuilder Lohner-Werke (Heinrich Lohner's workshop of 1821, Laurenzi &
Lohner, Jacob Lohner & Co.), merged with Rotax in 1959 into Lohner Rotax, controlled by Bombardier Transportation from
1970 (coaches, cars, aircraft, trams, Austria); Tidaholms Bruk, the Tidaholm works, a Swedish vehicle maker with the
Tidaholm car of 1903 built by Gottfrid Lindstr\u00f6m (trucks, Sweden); and Rumpler, Rumpler-Luftfahrzeugbau GmbH /
Rumpler-Werke, founded in Berlin by Edmund Rumpler in 1909, with its subsidiary Bayerische Rumpler-Werke AG in Augsburg
and the Rumpler Tropfenwagen (aircraft and cars, Germany).
English Wikipedia text, each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole page you did
not see): wikimili.com's copies of 'Bombardier Transportation Austria' (at the page name
'Bombardier_Transportation_Austria_GmbH') and 'Tidaholms Bruk' (undated recent revisions, recorded CC BY-SA 4.0 as round
70k recorded wikimili.com's copy) and speed.lescigales.org's proxy of en.m.wikipedia.org's 'Rumpler' (a recent
rendering, recorded CC BY-SA 4.0 as round 68o recorded fanyv88.com's proxy of en.m.wikipedia.org); cut at a sentence
end before the point where the excerpt breaks off (`truncated`) or before the copy's trailing heading. Edits per item
in `notes` (title and site lines, infobox lines, captions, headings, edit links, citation markers; no word added or
changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather70o/src), citation markers
('[1]', '[edit]') dropped and whitespace runs compared as one space, as batches 57g-70j did. No text tells an outage or
a near-miss of one. newskg (or any extractor) was not run on any text. A round of three: five queries, three companies
asked for, three taken (round notes /tmp/gather70o/NOTES.md; queries, /tmp/gather70o/src/queries.txt; claims,
/work/notes/gather70/CLAIMS.txt).
usage: batch70o.py [POOL_DIR] [--dry]   (default /tmp/gather70o/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70o/pool"
SRC = "/tmp/gather70o/src"

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


# ---- coaches, cars and trams, Austria: Bombardier Transportation Austria / Lohner-Werke (wikimili.com's copy) --------
LOHNER = [
 "Bombardier Transportation Austria GmbH is an Austrian subsidiary company of Bombardier Transportation located in "
 "Vienna, Austria.",
 "It was founded in the 19th century by Jacob Lohner as Lohner-Werke or simply Lohner as a luxury coachbuilding firm. "
 "Around 1900 the firm produced electric-cars, being the first in Austria to do so; the cars were designed by "
 "Ferdinand Porsche. During the early 1900s the firm manufactured aircraft, after World War I the company "
 "manufactured trams, and after World War II the company began manufacturing scooters and mopeds using engines from "
 "Rotax, with which it merged in 1959, forming Lohner Rotax. In 1970 Canadian firm Bombardier Transportation "
 "acquired a controlling share in the company and renamed it Bombardier-Rotax GmbH. Under Bombardier the company "
 "became Bombardier Wien Schienenfahrzeuge (BWS), later Bombardier Transportation Austria GmbH. It relocated to a "
 "specialised factory in 2007, and now produces only trams.",
 "In 1821 German Heinrich Lohner (1786\u20131855) established a workshop in Vienna, Austria, establishing himself as a "
 "wagonmaster. In 1823 he formed a joint venture with master saddlemaker (Sattlermeister) Ludwig Laurenzi, Laurenzi "
 "& Lohner. After the death of Ludwig Laurenzi in 1863 the company became Jacob Lohner & Co. under Heinrich Lohner's "
 "son Jacob Lohner (1821\u201392). Jacob Lohner transformed his father's craft business into a factory eventually "
 "manufacturing between 300 and 500 vehicles per year. The company supplied vehicles to the courts of the royal "
 "houses of Norway, Sweden, and Romania, as well as to the Austrian emperor; [1] [2] the company received the "
 "distinction k.u.k. Hofwagenlieferant (\"Royal carriagemakers\"). [2]"]
KEPT["wp-bombardier-transportation-austria"] = ("bombardier-transportation-austria-wikimili.txt", _pieces(LOHNER))
R.append(wp("wp-bombardier-transportation-austria", "Bombardier Transportation Austria",
 "https://wikimili.com/en/Bombardier_Transportation_Austria_GmbH", _text(LOHNER),
 "manufacturing/vehicles", ["history", "founding", "former names", "merger", "ownership"],
 "The article as wikimili.com's copy holds it in the page store (at the page name "
 "'Bombardier_Transportation_Austria_GmbH'; no revision id or date held; a revision later than the one wn.com's copy "
 "of 'Lohner-Werke' holds, whose lead still says 'now produces only trams (2012)'; recorded CC BY-SA 4.0 as round 70k "
 "recorded wikimili.com's copy; doubtful: undated). Cut: the title line 'Bombardier Transportation Austria GmbH', "
 "'Last updated', the infobox lines ('Bombardier Transportation Austria', 'IndustryVehicle engineering', "
 "'Headquarters', 'Vienna', ',', 'Austria', 'ProductsAircraft, trams, other vehicles'), the headings 'Contents' and "
 "'History', the image caption 'Lohner luxury carriage Lohner ~ 1910 Lohner Kutsche 02.jpg' and its repeat 'Lohner "
 "luxury carriage Lohner ~ 1910', the citation markers ' [1]', ' [2]' (the excerpt ends after '(\"Royal "
 "carriagemakers\"). [2]', nothing cut off mid-sentence). Paragraphs joined with blank lines. No word added or "
 "changed. Kept as written: 'It was founded in the 19th century by Jacob Lohner as Lohner-Werke or simply Lohner as a "
 "luxury coachbuilding firm.', 'Around 1900 the firm produced electric-cars', 'In 1970 Canadian firm Bombardier "
 "Transportation acquired a controlling share in the company and renamed it Bombardier-Rotax GmbH.', 'In 1821 German "
 "Heinrich Lohner (1786\u20131855)', 'After the death of Ludwig Laurenzi in 1863 the company became Jacob Lohner & Co.' "
 "(so dated here), 'the Austrian emperor; the company received'. " + TYPED + "No outage and no near-miss of one told. "
 "Found at rank 6 of the query 'Lohner-Werke Viennese luxury coachbuilding firm Lohner Rotax Bombardier-Rotax'; "
 "wn.com's copy of an older revision 'Lohner-Werke' through the proxy fanyv88.com (rank 1 of both Lohner queries; "
 "the same history paragraph, an older lead naming 'Bombardier Inc.'), aeiou.at and austria-forum.org (the AEIOU "
 "encyclopedia's own texts), de.knowledgr.com, de.wiki.li, de.zxc.wiki, pt.qwe.wiki (German, a machine translation, "
 "Portuguese), biographien.ac.at and forschung.tmw.at (German), hiddeneurope.co.uk (a magazine), mediated.wiki's copy "
 "(rank 5; breaking off in the history's first sentence) and refract.global.ssl.fastly.net (rank 7; fragments of "
 "other articles mixed in) not used. Lohner, Laurenzi, Bombardier Transportation Austria, Bombardier Wien, "
 "Bombardier-Rotax: " + CHECKED + " (Rotax: two files, other matters; Bombardier and Porsche stand in other corpus "
 "texts, here only as the parent and the cars' designer).",
 "non-US", copy_of="the Wikipedia article, via wikimili.com's copy (undated, a recent revision)"))

# ---- trucks, Sweden: Tidaholms Bruk (wikimili.com's copy) -----------------------------------------------------------
TIDA = [
 "Tidaholms Bruk (the Tidaholm works) was a Swedish a vehicle manufacturer. Originally a woodworking and cart "
 "manufacturing business founded in the Middle Ages, the company evolved along the centuries and entered the "
 "automotive industry with the creation of the Tidaholm car in 1903. Their early models include Tor I, Tor II, and "
 "TB, known for their reliability. Facing financial difficulties during the Great Depression, the company eventually "
 "closed in the early 1930s. While the company is no longer in operation, it played a significant role in Sweden's "
 "automotive history.",
 "Founded in the Middle Ages, over the years it merged with several smaller industries into woodworking, ironworking, "
 "and the making of carts. [1] In the small community of Sandhem outside Tidaholm, brothers Gottfrid and David "
 "Lindstr\u00f6m founded a workshop in 1895, where they made Kronan bicycles. After a while Gottfrid got tired of making "
 "bicycles and went to USA to study the budding automobile industry and returned full of new ideas, which he "
 "presented to the Managing Director of Tidaholms Bruk. [2] Lindstr\u00f6m was a workaholic and he worked late into the "
 "nights to create Tidaholmsbilen (the Tidaholm car). Most of the parts were made within the works. Engine blocks and "
 "pistons in the foundry, the frame in the smithy, transmission in the mechanical workshop, woodwork in the wood "
 "workshop. In the fall of 1903 it was time for the first start attempt which was successful and the first Tidaholm "
 "car (which was a truck, actually) could roll out of the workshop under its own power. [3]",
 "The first model was called Tor I and was powered by a two-cylinder engine producing about 10 hp at 800 rpm. It "
 "could carry 1.5 tonnes (3,300 lb) with a curb weight of 2.7 tonnes (6,000 lb). It was sold to Surte Glasbruk and "
 "was used to transport peat."]
KEPT["wp-tidaholms-bruk"] = ("tidaholms-bruk-wikimili.txt", _pieces(TIDA))
R.append(wp("wp-tidaholms-bruk", "Tidaholms Bruk", "https://wikimili.com/en/Tidaholms_Bruk", _text(TIDA),
 "manufacturing/trucks", ["history", "founding", "products"],
 "The article as wikimili.com's copy holds it in the page store (no revision id or date held; a recent revision, "
 "with a rewritten lead ('Facing financial difficulties during the Great Depression') not in the older wikimili.com "
 "copy the store also holds at the same address; recorded CC BY-SA 4.0 as round 70k recorded wikimili.com's copy; "
 "doubtful: undated). Cut: the title line 'Tidaholms Bruk', 'Last updated', the infobox lines ('Tidaholms Bruk', "
 "'Industry Automotive', 'Headquarters Tidaholm, Sweden', 'Key people', '\u2022 Gottfrid Lindstr\u00f6m', '\u2022 David "
 "Lindstr\u00f6m'), the heading 'Early vehicles', the citation markers ' [1]' to ' [3]'; cut after '... and was used to "
 "transport peat.', before the sentence the excerpt breaks off in ('Th', no full stop; `truncated`; a cut at a "
 "sentence end). Paragraphs joined with blank lines. No word added or changed. Kept as written: 'was a Swedish a "
 "vehicle manufacturer' (so written), 'brothers Gottfrid and David Lindstr\u00f6m founded a workshop in 1895', 'went to "
 "USA', 'the Managing Director of Tidaholms Bruk' (no name), 'Lindstr\u00f6m was a workaholic', 'Engine blocks and "
 "pistons in the foundry, ...' (a verbless sentence). " + TYPED + "No outage and no near-miss of one told. Found at "
 "rank 1 of the query 'Tidaholms Bruk Swedish truck manufacturer history Wikipedia'; wikimili.com's older copy (rank "
 "2; breaking off in its third paragraph), wikisum.wiki (rank 3; shuffled sentences), wikiclassic.com (rank 4; its "
 "words garbled: 'gr8 Depression', 'inner the small community', 'teh first model'), perceptiode.com and "
 "perceptiopt.com (German and Portuguese translations of the Russian article), prismavg.se (Swedish, a museum) and "
 "sv.m.wikipedia.org (Swedish) not used. Tidaholm, Lindstr\u00f6m, Sandhem, Surte, Kronan: " + CHECKED + " (Tidaholm: "
 "GATHERING.md only, 70j's leads).",
 "non-US", copy_of="the Wikipedia article, via wikimili.com's copy (undated, a recent revision)"))

# ---- aircraft and cars, Germany: Rumpler (speed.lescigales.org's proxy of en.m.wikipedia.org) ------------------------
RUMP = [
 "Rumpler-Luftfahrzeugbau GmbH, Rumpler-Werke, usually known simply as Rumpler was a German aircraft and automobile "
 "manufacturer.",
 "Founded in Berlin by Austrian engineer Edmund Rumpler in 1909 as Rumpler Luftfahrzeugbau.[1] The firm originally "
 "manufactured copies of the Etrich Taube monoplane under the Rumpler Taube trademark, but turned to building "
 "reconnaissance biplanes of its own design through the course of the First World War, in addition to a smaller "
 "number of fighters and bombers.[1][2]",
 "The company, from the beginning a limited liability concern (GmbH), became a Aktiengesellschaft in the style of "
 "Rumpler-Werke AG on 21 September 1917 with a capitalization of 3,5 million Marks.",
 "In 1918, 3300 people worked for Rumpler[3] at the Berlin headquarter and a subsidiary in Augsburg, the Bayerische "
 "Rumpler-Werke AG.",
 "As a consequence of the Treaty of Versailles Germany was not allowed to manufacture aircraft. Rumpler instead "
 "attempted to secure a place in the post-war automobile market, which lead to the development of a vehicle with the "
 "first effective aerodynamic chassis, the Rumpler Tropfenwagen, on the premises of its Augsburg subsidiary. It was "
 "shown at the 1921 Internationale Automobil Ausstellung which then took place in Berlin.",
 "The car failed to attract sufficient sales and the Bayerische Rumpler-Werke AG went into receivership in 1923, "
 "followed by the Rumpler-Werke AG in Berlin in 1925. The assets were liquidated in 1926, with the Augsburg premises "
 "bought 30 July 1926 by the Bayerische Flugzeugwerke, predecessor of BMW."]
KEPT["wp-rumpler"] = ("rumpler-lescigales.txt", _pieces(RUMP))
R.append(wp("wp-rumpler", "Rumpler",
 "https://speed.lescigales.org/xypor/index.php?q=aHR0cHM6Ly9lbi5tLndpa2lwZWRpYS5vcmcvd2lraS9SdW1wbGVy", _text(RUMP),
 "manufacturing/aircraft and automobiles", ["history", "founding", "subsidiary", "products", "liquidation"],
 "The article as speed.lescigales.org's proxy of en.m.wikipedia.org holds it in the page store (the address's query "
 "string is en.m.wikipedia.org/wiki/Rumpler in base64; a recent rendering, with the mobile skin's 'edit' links; no "
 "date or revision id held; recorded CC BY-SA 4.0 as round 68o recorded fanyv88.com's proxy of en.m.wikipedia.org; "
 "doubtful: undated). Cut: the proxy's line '[go: up one dir, main page]'; the infobox lines after the lead sentence "
 "('Rumpler-Werke', 'IndustryAircraft and automobile manufacture', 'PredecessorEdmund Rumpler Luftfahrzeugbau', "
 "'Rumpler-Luftfahrzeugbau GmbH', 'Founded1909', 'FounderEdmund Rumpler', 'Defunct1925', 'FateLiquidated', "
 "'Successornone', 'Headquarters,', 'Key people', 'Edmund Rumpler', 'ProductsAircraft, automobiles', 'Number of "
 "employees', '3300 (1918)'); the heading 'History' and its edit link 'edit'; the citation markers '[1]' to '[3]'; "
 "the trailing heading 'Aircraft', its 'edit' link and the captions 'Hellmuth Hirth (Middle.) and Rumpler (right.) "
 "1911' and 'Rumpler 6B1 lineup' (the excerpt ends there). Paragraphs joined with blank lines. No word added or "
 "changed. Kept as written: 'Rumpler-Luftfahrzeugbau GmbH, Rumpler-Werke, usually known simply as Rumpler was' (no "
 "comma after 'Rumpler'), 'Founded in Berlin by Austrian engineer Edmund Rumpler in 1909 as Rumpler Luftfahrzeugbau.' "
 "(a verbless sentence), 'became a Aktiengesellschaft', '3,5 million Marks', 'at the Berlin headquarter', 'which "
 "lead to the development', 'bought 30 July 1926 by the Bayerische Flugzeugwerke'. " + TYPED + "No outage and no "
 "near-miss of one told. Found at rank 2 of the query 'Rumpler-Luftfahrzeugbau GmbH Rumpler-Werke German aircraft and "
 "automobile manufacturer Rumpler Taube' (and rank 6 of the query before it); econterms.net's 'Inventing aviation' "
 "wiki (its own text), de.zxc.wiki (a machine translation of the German 'Rumpler-Werke'), de.xcv.wiki and "
 "de.knowledgr.com (German translations of the English article), kampuspedia.com (Spanish), it.frwiki.wiki "
 "(Italian), profilpelajar.com and wiki-data.de-de.nina.az (German) and porto-club.de (a collectors' page) not used. "
 "Rumpler, Edmund Rumpler, Tropfenwagen, Bayerische Flugzeugwerke: " + CHECKED + " (Rumpler: GATHERING.md only, 70j's "
 "leads; Augsburg: one file, another matter; Etrich: eight files, all inside 'Dietrich' (Lorraine-Dietrich, batches 69c and 70c); BMW "
 "stands in other corpus texts, here only as the buyer's successor).",
 "non-US", copy_of="the Wikipedia article, via speed.lescigales.org's proxy of en.m.wikipedia.org"))


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
