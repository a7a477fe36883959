#!/usr/bin/env python3
"""Batch 71t (session 65; gatherer lane 71t): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n, 65c, 65f, 65l, 65n, 66c, 67ae, 68c, 69aa, 69ag, 70c,
70j, 70o, 70u, 70aa, 70ag, 71c, 71i and 71o (the lane of 71c, 71i and 71o: English Wikipedia histories of European
companies, founders and executives with posts, acquisitions, parents and subsidiaries; from the leads of rounds 71o,
71i and 71c, here three names of round 71o's lead list, Jenbacher, Wagons-Lits and Isotta Fraschini), new to the
corpus: Jenbacher (INNIO Jenbacher, the former Jenbacher Werke), the gas-engine maker of Jenbach in Tyrol, founded in
1959 on the origins of a mine and foundry of 1487, bought by Julius and Theodor Reitlinger in 1881, a supplier of the
Deutsche Reichsbahn and of Heinkel in the Second World War, bought out by General Electric in 2003 and part of INNIO
from November 2018 (engineering, Austria); the Compagnie Internationale des Wagons-Lits (CIWL, Wagons-Lits), the
sleeping-car and on-train catering company founded by Georges Nagelmackers in Belgium in 1872, historical operator of
the Orient Express, now part of the Newrest group, its holding company CIWLT a subsidiary of the Accor Group (rail
travel and hospitality, Belgium / France); and Isotta Fraschini, the Milan maker of luxury cars, trucks and engines
founded in 1900 by Cesare Isotta and the brothers Vincenzo, Antonio and Oreste Fraschini, briefly merged with
Lorraine-Dietrich in 1907 and with Breda Motori in 1955 (motor vehicles and engines, Italy).
English Wikipedia text, each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole page you did
not see): profilbaru.com's copy of 'Jenbacher' (an undated revision, after November 2018 by its wording; recorded CC
BY-SA 4.0, the later licence, as no date before Wikimedia's June 2023 move is shown), piglix.com's copy of the article
under 'CIWL' (about 2017, CC BY-SA 3.0; rounds 71j and 71o recorded piglix copies) and en.wikipedia.org's '= Title ='
rendering of 'Isotta Fraschini' (recent, CC BY-SA 4.0; round 71c recorded such a rendering); cut at a sentence end
before the point where the excerpt breaks off (`truncated`). Edits per item in `notes` (title and site lines,
infobox lines, headings; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt
(/tmp/gather71t/src), citation markers and '[edit]' dropped and whitespace runs compared as one space, as batch 71o
did. No text tells an outage (a mine run out of iron, a confiscation, wartime armaments work, brands transferred and
mergers: physical, war and business matters, no service lost in the guidelines' sense). newskg (or any extractor) was
not run on any text. A round of three (round notes /tmp/gather71t/NOTES.md; queries, /tmp/gather71t/src/queries.txt;
claims, /work/notes/gather71/CLAIMS.txt).
usage: batch71t.py [POOL_DIR] [--dry]   (default /tmp/gather71t/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71t/pool"
SRC = "/tmp/gather71t/src"

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


# ---- engineering, Austria: Jenbacher (profilbaru.com) -------------------------------------------------------------
JB = [
 "INNIO Jenbacher designs and manufactures gas engines and cogeneration modules in the Austrian town of Jenbach in "
 "Tyrol. It is part of the INNIO portfolio of products and is one of their gas engine technologies; the other being "
 "Waukesha Engines. Jenbacher emerged from the former Jenbacher Werke, which was founded in 1959 and manufactured gas "
 "and diesel engines, and locomotives. The company was bought out by General Electric in 2003. In November 2018 the "
 "company became part of INNIO as part of an acquisition of Advent International and was renamed INNIO Jenbacher "
 "GmbH & Co. OHG.",
 "Although the company itself has a relatively short history, its origins go far back. In 1487, a mine and foundry "
 "was founded by the Fugger family. In 1657, all Fugger properties in Tyrol were taken over by the state. Due to "
 "exhaustion of the copper and silver deposits, the mine changed its focus to iron. The company was acquired by "
 "Julius and Theodor Reitlinger in 1881. In 1909, the mine ran out of iron as well, and after a boom during the First "
 "World War only the foundry was left. In 1914, Friedrich Reitlinger took over the factory after the death of Julius "
 "Reitlinger, making it a state-protected company at the start of the First World War. In 1938, shortly after "
 "Austria's annexation to the National Socialist German Reich, he committed suicide with his daughter after being "
 "held captive in his home by the National Socialists. The company was confiscated and Aryanized for the benefit of "
 "the state of Tyrol. At the beginning of World War II, all of Tyrol was seized and Aryanized, and the company was to "
 "'work for the benefit of the country'. The plant made brake pads for the Deutsche Reichsbahn, and from 1939 they "
 "made airframe parts and rocket motors in Jenbach (some to liquid-fueled aircraft rocket engine designs from "
 "Hellmuth Walter KG) for Heinkel as the licensee. The plant thus became the largest armaments factory in Tyrol."]
KEPT["wp-jenbacher"] = ("jenbacher-profilbaru.txt", JB)
R.append(wp("wp-jenbacher", "Jenbacher", "https://profilbaru.com/en/Jenbacher", _text(JB),
 "manufacturing/engines and power generation", ["history", "founding", "ownership", "acquisitions", "wartime production"],
 "The article as profilbaru.com's copy holds it in the page store (a site rendering English Wikipedia pages, as "
 "batches 30d and 57q recorded; no date or revision id held; a revision after November 2018 by its wording, recorded "
 "CC BY-SA 4.0, the later licence, as no date before June 2023 is shown). Cut: the heading 'History' (on a line of "
 "its own); cut after '... the largest armaments factory in Tyrol.', before the sentence the excerpt breaks off in "
 "('There was massive use of Nazi forced labor: two thirds of the'; `truncated`). The copy shows no citation markers "
 "in this excerpt. The excerpt's single line break before and after the heading made a blank line between the two "
 "paragraphs. No word added or changed. Kept as written: 'the other being Waukesha Engines', 'as part of an "
 "acquisition of Advent International' (so written; who bought whom is not clear from the words), 'INNIO Jenbacher "
 "GmbH & Co. OHG', 'Julius and Theodor Reitlinger', \"'work for the benefit of the country'\" (straight quotes), "
 "'liquid-fueled', 'for Heinkel as the licensee'. " + TYPED + "No outage and no near-miss of one told (a mine "
 "that ran out of iron, a confiscation and wartime armaments work are physical, political and war matters). Found "
 "at rank 1 of the query 'Jenbacher gas engines company history Jenbach Austria founded' (a name of round 71o's lead "
 "list, 'Jenbacher'); de.wikipedia.org (rank 2; German), en.m.wiki.x.io (rank 3; a proxy of the mobile page, the "
 "infobox and an 'edit' link inside the text), cryer.org.uk (rank 4; the same text with the infobox as '|' lines at "
 "its head), hqproductreviews.com (rank 5; a proxy of the German article), de.zxc.wiki (rank 6; a machine "
 "translation), de-academic.com (rank 7; German) and dnhewrhegkli.shop (rank 8; the German article) not used. "
 "Jenbacher, Jenbach, INNIO, Reitlinger, Fugger, Hellmuth Walter: " + CHECKED + " ('Jenbacher' and 'Heinkel' only "
 "in GATHERING.md's leads of earlier rounds; 'General Electric', 'Advent International', 'Waukesha' and 'Deutsche "
 "Reichsbahn' in other texts on other matters, here only as owners, a sister brand and a customer).",
 "non-US"))

# ---- rail travel and hospitality, Belgium / France: Compagnie Internationale des Wagons-Lits (piglix.com) --------
CW = [
 "Compagnie Internationale des Wagons-Lits (English: International Sleeping-Car Company), also CIWL, Compagnie des "
 "Wagons-Lits, or just Wagons-Lits, is an international hotel and travel logistics company, particularly known for "
 "its on-train catering and sleeping car services, as well as being the historical operator of the Orient Express.",
 "The Orient Express was a showcase of luxury and comfort at a time when travelling was still rough and dangerous. "
 "CIWL soon developed a dense network of luxury trains all over Europe, whose names are still remembered today and "
 "associated to the art of luxury travel. Such as the Blue Train, the Golden Arrow, North Express and many more. CIWL "
 "became the first and most important modern multinational dedicated to transport, travel agency, hospitality with "
 "activities spreading from Europe to Asia and Africa.",
 "Now part of the French Newrest group, Compagnie Internationale des Wagons-Lits (et des grands express europ\u00e9ens) "
 "(English: The International Sleeping-Car (and European Great Expresses) Company) was founded by Georges "
 "Nagelmackers during 1872, in Belgium. CIWL quickly established itself as the premier provider and operator of "
 "European railway sleepers and dining cars during the late 19th and the 20th centuries.",
 "The holding company, CIWLT, is a fully owned subsidiary of the Accor Group, the historical brands were transferred "
 "to Wagons-Lits Diffusion in 1996.",
 "During his trip to the United States in 1867\u20131868 the 23-year-old Belgian Georges Nagelmackers was impressed by "
 "the Pullman night trains. Upon his return home, he decided to establish a network of such trains in Europe. He "
 "envisioned that such trains should be luxurious and travel across borders.",
 "In 1874 Nagelmackers founded the Compagnie Internationale des Wagons-Lits and the et des Grands Express Europ\u00e9ens "
 "addition became part of the name ten years later. By 1886 his company had become the main organiser for most "
 "European heads of state."]
KEPT["wp-wagons-lits"] = ("ciwl-piglix.txt", CW)
R.append(wp("wp-wagons-lits", "Compagnie Internationale des Wagons-Lits", "http://piglix.com/piglix/CIWL", _text(CW),
 "transport/rail travel and hospitality", ["history", "founding", "ownership", "services"],
 "The article as piglix's copy holds it in the page store (piglix.com, a copy of English Wikipedia articles of about "
 "2017, here under the redirect title 'CIWL'), CC BY-SA 3.0 (rounds 71j and 71o recorded piglix copies). Cut: the "
 "site line '*** Welcome to piglix ***'; the title line 'CIWL'; cut after '... the main organiser for most European "
 "heads of state.', before the letter the excerpt breaks off on ('T'; `truncated`). The copy shows no headings and no "
 "citation markers in this excerpt. Paragraphs joined with blank lines. No word added or changed. Kept as written: "
 "'associated to the art of luxury travel. Such as the Blue Train, the Golden Arrow, North Express and many more.' "
 "(a sentence fragment so written), 'Compagnie Internationale des Wagons-Lits (et des grands express europ\u00e9ens)', "
 "'the historical brands were transferred' (a comma splice so written), '1867\u20131868' (en dash), 'and the et des "
 "Grands Express Europ\u00e9ens addition became part of the name' (so written). " + TYPED + "No outage and no "
 "near-miss of one told (brands transferred are a business matter). Found at rank 5 of the query 'Compagnie "
 "Internationale des Wagons-Lits Georges Nagelmackers founded 1872 sleeping cars company' (a name of round 71o's lead "
 "list, 'Wagons-Lits'); irps-wl.org.uk (rank 1; a society's own text), grandcurtius.be (rank 2; French), dict.la "
 "(rank 3; German news quotations), bookdrum.com (rank 4; its own note), zdf.de (rank 6; German news), "
 "theinfolist.com (rank 7; the founder's biography with link glosses inside the text) and vrt.be (rank 8; German "
 "news) not used. Wagons-Lits, CIWL, Nagelmackers, Newrest, Orient Express, CIWLT: " + CHECKED + " ('Wagons-Lits' "
 "only in GATHERING.md's leads of earlier rounds; 'Accor Group' 0 hits ('Accor ' in one other text on another "
 "matter); 'Blue Train' in one other text on another matter; 'Pullman' in other texts on other matters).",
 "non-US", v3=True))

# ---- motor vehicles and engines, Italy: Isotta Fraschini (en.wikipedia.org) --------------------------------------
IF = [
 "Isotta Fraschini (/it/) is an Italian luxury car manufacturer, also producing trucks, as well as engines for marine "
 "and aviation use. Founded in Milan, Italy, in 1900 by Cesare Isotta and the brothers Vincenzo, Antonio, and Oreste "
 "Fraschini, in 1955 it was merged with engine manufacturer Breda Motori and renamed F.A. Isotta Fraschini e Motori "
 "Breda.",
 "The firm was named for its founders, Cesare Isotta and Vincenzo Fraschini, who had been importing Mors and Renault "
 "automobiles as well as Aster proprietary engines since 1899. The company they founded as Societ\u00e0 Milanese "
 "Automobili Isotta, Fraschini & C. on 27 January 1900 had the stated purpose to \"Import, sell, repair cars\". Prior "
 "to establishing their own products in 1904, Isotta and Fraschini assembled cars very similar to Renaults, with Aster "
 "engines. They differed from the real Renaults in having a neater underslung front radiator arrangement.",
 "The first automobile bearing this marque featured a four-cylinder engine with an output of 24 hp. The car, driven "
 "by Vincenzo Fraschini, appeared in several races. In 1905, Isotta Fraschini gained notoriety in the Coppa Florio, "
 "where they entered a Tipo D with a 17.2 L 100 hp engine. For a short time in 1907, Isotta Fraschini merged with "
 "French automobile company Lorraine-Dietrich. The firm started making race cars using this same 100 hp engine, "
 "establishing the company's reputation and giving its name considerable cachet. It was also one of the first "
 "companies to successfully market cars with four-wheel brakes, following their invention by Arrol-Johnston of "
 "Scotland in 1909. They were also among the early pioneers of overhead cam (OHC), with an engine designed by "
 "Giustino Cattaneo."]
KEPT["wp-isotta-fraschini"] = ("isotta-fraschini-enwiki.txt", IF)
R.append(wp("wp-isotta-fraschini", "Isotta Fraschini", "https://en.wikipedia.org/wiki/Isotta_Fraschini", _text(IF),
 "manufacturing/motor vehicles and engines", ["history", "founding", "mergers", "products", "racing"],
 "The article as en.wikipedia.org's rendering holds it in the page store (the '= Title =' rendering with the infobox "
 "as '- Field: value' lines and '==Heading==' lines; a recent revision: the infobox names Fincantieri as owner), CC "
 "BY-SA 4.0 (round 71c recorded such a rendering). Cut: the title line '= Isotta Fraschini ='; the infobox lines "
 "('Isotta Fraschini' to '- Homepage: https://www.isottafraschini.it/'); the heading '==History=='; cut after '... "
 "with an engine designed by Giustino Cattaneo.', before the sentence the excerpt breaks off in ('Isotta Fraschini "
 "introduced their Tipo 8, the first production automobi'; `truncated`). The rendering shows no citation markers in "
 "this excerpt. Paragraphs joined with blank lines as the rendering's lines run. No word added or changed. Kept as "
 "written: '(/it/)' (the rendering's trace of the pronunciation), 'the brothers Vincenzo, Antonio, and Oreste "
 "Fraschini', 'F.A. Isotta Fraschini e Motori Breda', 'Societ\u00e0 Milanese Automobili Isotta, Fraschini & C.', "
 "'\"Import, sell, repair cars\"' (straight quotes), 'Renaults', '17.2 L 100 hp'. " + TYPED + "No outage and no "
 "near-miss of one told (two mergers are business matters). Found at rank 5 of the query 'Isotta Fraschini is an "
 "Italian luxury car manufacturer, truck producer, and an engine manufacturer' (a name of round 71o's lead list, "
 "'Isotta Fraschini'), after the query 'Isotta Fraschini company history Milan founded 1900 Cesare Isotta Fraschini "
 "brothers' had shown no English Wikipedia copy; wn.com (rank 1; a copy of an older revision under a video site's "
 "frame), kfzderwehrmacht.de (rank 2; its own text), nmclassic.com (rank 3; Italian), tractors.fandom.com (rank 4; "
 "a fan wiki's copy with citation markers and joined words), historicvehicles.com.au (rank 6; its own text), "
 "infogalactic.com (rank 7; a fork with image captions inside the text) and irishtimes (rank 8; news) not used. "
 "Isotta Fraschini, Fincantieri, Cattaneo, Coppa Florio, Tipo D: " + CHECKED + " ('Isotta Fraschini', 'Cattaneo' "
 "and 'Coppa Florio' only in GATHERING.md's leads and notes of earlier rounds; 'Lorraine-Dietrich' the subject of "
 "round 69c's text and 'Breda', 'Mors', 'Renault' and 'Aster' in other texts, here only as a merger partner, an "
 "engine maker and makes imported; 'Arrol-Johnston' only in GATHERING.md).",
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
