#!/usr/bin/env python3
"""Batch 68t (session 62; gatherer lane 68t): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n, 65c, 65f, 65l, 65n, 66c, 67ae, 68c, 68i and 68o,
turned to European companies (the lane of 68t: English Wikipedia histories of European companies that name founders
and executives with their posts, plus acquisitions, parents and subsidiaries; from the leads of rounds 68o, 68i and
68c), new to the corpus: Alessandro Martini, founder of the Turin vermouth company Martini & Rossi, its director from
1863 with Luigi Rossi and Teofilo Sola when it was the Distilleria Nazionale di Spirito di Vino, renamed Martini, Sola
& Cia and Martini & Rossi, with its Martini vermouth and its Vino Canelli Spumante (beverages, Italy); the Gloster
Aircraft Company of Hucclecote, founded in 1917 as the Gloucestershire Aircraft Company Limited with the aircraft
construction activities of H.H. Martyn & Co., owned by Hugh Burroughes, H H Martyn & Co. and Airco, with A W Martyn,
Burroughes and George Holt Thomas on its board, maker of the Gladiator and the Meteor and part of the Hawker Siddeley
group (aircraft, UK); and Potez, the French aircraft maker founded as Aeroplanes Henry Potez by Henry Potez in 1919,
buyer of CAMS in 1933 and of Fouga in 1958, nationalised in 1936 and merged into SNCASE, its remaining assets bought by
Sud-Aviation in 1967 (aircraft, France).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's own '= Title =' rendering of 'Alessandro Martini' and of 'Gloster Aircraft
Company' (undated, recent) and hubbry.com's copy of 'Potez' (undated, recent); each cut at a sentence or paragraph end
before the point where the excerpt breaks off (`truncated` for all three: each article goes on). Edits per item in
`notes` (site lines, title lines, infobox lines, headings, edit links and citation markers cut; no word added or
changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather69t/src), citation markers
('[1]', '[edit]') dropped and whitespace runs compared as one space, as batches 57g-68o did. No text tells an outage
or a near-miss of one. newskg (or any extractor) was not run on any text. A round of three: twelve queries, ten
companies asked for, three taken (round notes /tmp/gather69t/NOTES.md; queries, /tmp/gather69t/src/queries.txt;
claims, /work/notes/gather69/CLAIMS.txt).
usage: batch68t.py [POOL_DIR] [--dry]   (default /tmp/gather69t/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69t/pool"
SRC = "/tmp/gather69t/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-62 pools (/tmp/gather69*/pool) and in /work/notes/gather69/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', ' [2]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")
TYPED = ("The saved excerpt was written from the tool's display of it: a no-break space, if the page had one, is "
         "written as a plain space (the check compares whitespace runs as one space). ")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- beverages, Italy: Alessandro Martini / Martini & Rossi (en.wikipedia.org's '= Title =' rendering) -----------
MARTINI = [
 "Alessandro Martini (16 May 1812 \u2013 14 March 1905) was an Italian businessman, founder of one of the most "
 "important vermouth companies in the world, Martini & Rossi, which produces the Martini vermouth.",
 "In 1830, he purchased a small wine company situated very close to Turin. In 1847, several Italian businessmen "
 "started producing wine, spirits and vermouth for the Distilleria Nazionale di Spirito di Vino of Turin. Thanks to "
 "the Risorgimento, the economic prospects were bright, and the organization soon began to turn a profit. A few years "
 "later, Alessandro Martini joined the small team, becoming the director in 1863 along with Luigi Rossi (who was the "
 "inventor of a vermouth) and Teofilo Sola. During this early period, the Distilleria Nazionale di Spirito di Vino "
 "kept on growing, and several subsidiaries were created in Genoa, Cagliari and Narbonne thanks to the protection of "
 "the King of Piedmont.",
 "In 1863, which can be considered one of the most important dates in the company's history (so much so that it is "
 "still written on the bottle), Martini, Sola and Rossi changed the name of the company to \"Martini, Sola & Cia\". "
 "They started exporting the bottles of vermouth around the world. New York City was given its first crates in 1867. "
 "At the same time, the firm was awarded a good many prizes, which are still proudly recorded on the bottles: Dublin "
 "(1865), Paris (1867 and 1878), Vienna (1873) and Philadelphia (1876). Just thirty years after its creation, Martini "
 "was drunk in the United States, Brazil, Argentina, Greece, Portugal, Belgium, Egypt and other countries.",
 "In 1879, Sola died, and his sons sold all their shares in the company. The firm consequently decided to change its "
 "name to Martini & Rossi, the name seen today on the bottles sold in the United States. Between 1870 and 1880, the "
 "company diversified and the two directors launched Vino Canelli Spumante (now known as Asti Martini)."]
KEPT["wp-alessandro-martini"] = ("martini-enwiki.txt", MARTINI)
R.append(wp("wp-alessandro-martini", "Alessandro Martini", "https://en.wikipedia.org/wiki/Alessandro_Martini",
 "\n\n".join(MARK.sub("", p) for p in MARTINI),
 "beverages/vermouth", ["history", "founding", "directors", "renaming", "products"],
 "The article as en.wikipedia.org's own page in its '= Title =' rendering (undated, recent) holds it in the page store "
 "(no revision id held; recorded 4.0). Cut: the title line '= Alessandro Martini ='; cut after '... the two "
 "directors launched Vino Canelli Spumante (now known as Asti Martini).', before the sentence the excerpt breaks off "
 "in ('One of their successes was to build upon the traditions of', no full stop; `truncated`; a cut inside a "
 "paragraph). The rendering has no infobox, no heading and no citation marker in this excerpt. Paragraphs joined with "
 "blank lines, as in the page. No word added or changed. Kept as written: 'Alessandro Martini (16 May 1812 \u2013 14 "
 "March 1905) was an Italian businessman, founder of one of the most important vermouth companies in the world, "
 "Martini & Rossi, which produces the Martini vermouth.' (the en dash as written), 'In 1830, he purchased a small wine "
 "company situated very close to Turin.', 'for the Distilleria Nazionale di Spirito di Vino of Turin', 'Thanks to the "
 "Risorgimento', 'A few years later, Alessandro Martini joined the small team, becoming the director in 1863 along "
 "with Luigi Rossi (who was the inventor of a vermouth) and Teofilo Sola.', 'several subsidiaries were created in "
 "Genoa, Cagliari and Narbonne thanks to the protection of the King of Piedmont', 'Martini, Sola and Rossi changed the "
 "name of the company to \"Martini, Sola & Cia\".' (straight quotes, the full stop outside them), 'Dublin (1865), "
 "Paris (1867 and 1878), Vienna (1873) and Philadelphia (1876)', 'Just thirty years after its creation, Martini was "
 "drunk in the United States', 'In 1879, Sola died, and his sons sold all their shares in the company.', 'Between "
 "1870 and 1880, the company diversified and the two directors launched Vino Canelli Spumante (now known as Asti "
 "Martini).'. " + TYPED + "320 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a recent "
 "rendering; doubtful: undated, no revision id held). Found at rank 2 of the query 'Martini & Rossi history Turin "
 "founded Alessandro Martini Luigi Rossi Bacardi merger 1993 Wikipedia' (Martini & Rossi: a lead of round 68o, 'as a "
 "matter of its own', and a name of the 'not searched' lists of earlier rounds); sapere.it (rank 1, Italian), "
 "artifiche.com (ranks 3 and 7, a poster dealer's brand notes), fr.knowledger.de (rank 4, a French machine "
 "translation), fundinguniverse.com (ranks 5 and 8, a reference-book history, no open licence) and hmong.es (rank 6, "
 "Spanish) not used; the company article 'Martini & Rossi' (en.wikipedia.org's older 'Jump to navigation' rendering, "
 "rank 2 of the next query: the three men who 'came to dominate the company', a timeline to the 1993 merger with "
 "Bacardi, no post named) and the-uncensored-wiki.com's and goodnames.eth.limo's copies of 'Martini (vermouth)' "
 "(ranks 6 and 8, the same history told of the brand) not used: the biography names the posts. Alessandro Martini, "
 "Teofilo Sola, Distilleria Nazionale, Vino Canelli, Bacardi: " + CHECKED + ", GATHERING.md aside, where Martini & "
 "Rossi stood only in earlier rounds' lists and leads ('Martini' stands in test wp-cinzano, the rival vermouth brand "
 "named once, 'a distant second to Martini', and in train wp-hackett-london inside 'Williams Martini Racing': a small "
 "overlap with the test text on the brand's name only; Turin, Paris, New York City and the countries in other texts, "
 "other matters).", "non-US"))

# ---- aircraft, UK: Gloster Aircraft Company (en.wikipedia.org's '= Title =' rendering) ---------------------------
GLOSTER = [
 "The Gloster Aircraft Company was a British aircraft manufacturer from 1917 to 1963.",
 "Founded as the Gloucestershire Aircraft Company Limited during the First World War, with the aircraft construction "
 "activities of H.H. Martyn & Co. of Cheltenham, England, it produced fighters during the war. It was renamed later "
 "as foreigners found 'Gloucestershire' difficult to pronounce. It later became part of the Hawker Siddeley group and "
 "the Gloster name disappeared in 1963.",
 "Gloster designed and built several fighters that equipped the British Royal Air Force (RAF) during the interwar "
 "years, including the Gladiator, the RAF's last biplane fighter. The company built most of the wartime production of "
 "Hawker Hurricanes and Hawker Typhoons for their parent company, Hawker Siddeley, while its design office was working "
 "on the first British jet aircraft, the E.28/39 experimental aircraft. This was followed by the Meteor, the RAF's "
 "first jet-powered fighter and the only Allied jet fighter to be put into service during the Second World War.",
 "In 1917, during the midst of the First World War, the Gloster Aircraft Company Limited was formed under the name The "
 "Gloucestershire Aircraft Company Limited. At the time of its creation, its owners were Hugh Burroughes (1884\u20131985) "
 "and H H Martyn & Co. Limited, who held a 50 per cent share between them; the aircraft manufacturer Airco held the "
 "other 50 per cent. On the company's board were A W Martyn, Burroughes, and George Holt Thomas of Airco."]
KEPT["wp-gloster-aircraft-company"] = ("gloster-enwiki.txt", GLOSTER)
R.append(wp("wp-gloster-aircraft-company", "Gloster Aircraft Company",
 "https://en.wikipedia.org/wiki/Gloster_Aircraft_Company",
 "\n\n".join(MARK.sub("", p) for p in GLOSTER),
 "aerospace/aircraft manufacturing", ["history", "founding", "ownership", "board", "parent", "products"],
 "The article as en.wikipedia.org's own page in its '= Title =' rendering (undated, recent) holds it in the page store "
 "(no revision id held; recorded 4.0). Cut: the title line '= Gloster Aircraft Company ='; the infobox lines ('Gloster "
 "Aircraft Company Limited' to '- Parent: Hawker Aircraft (1934)', with '- Fate: Merged with, Armstrong Whitworth "
 "(1961), and Avro (1963)', '- Successor: Hawker Siddeley Aviation', '- Location City: Hucclecote, Gloucestershire' "
 "and '- Key People: George Carter', so Armstrong Whitworth, Avro, Hucclecote, George Carter and Hawker Aircraft are "
 "not in the text; cut as batches 57p-68o cut their infoboxes); the headings '==History==' and '===1917 \u2013 "
 "Formation==='; cut after '... On the company's board were A W Martyn, Burroughes, and George Holt Thomas of "
 "Airco.', before the sentence the excerpt breaks off in ('The firm quickly acquired the aircraft component "
 "construction activ', no full stop; `truncated`; a cut inside a paragraph). The rendering has no citation markers "
 "in this excerpt. Paragraphs joined with blank lines, as in the page. No word added or changed. Kept as written: "
 "'The Gloster Aircraft Company was a British aircraft manufacturer from 1917 to 1963.', 'Founded as the "
 "Gloucestershire Aircraft Company Limited during the First World War, with the aircraft construction activities of "
 "H.H. Martyn & Co. of Cheltenham, England, it produced fighters during the war.' ('H.H. Martyn & Co.' here, 'H H "
 "Martyn & Co. Limited' below, both as written), 'as foreigners found 'Gloucestershire' difficult to pronounce' (the "
 "single quotes), 'It later became part of the Hawker Siddeley group', 'the British Royal Air Force (RAF)', 'the "
 "wartime production of Hawker Hurricanes and Hawker Typhoons for their parent company, Hawker Siddeley', 'the "
 "E.28/39 experimental aircraft', 'formed under the name The Gloucestershire Aircraft Company Limited' (the capital "
 "'The'), 'Hugh Burroughes (1884\u20131985)' (the en dash), 'who held a 50 per cent share between them; the aircraft "
 "manufacturer Airco held the other 50 per cent.', 'On the company's board were A W Martyn, Burroughes, and George "
 "Holt Thomas of Airco.' (initials without full stops, the serial comma). " + TYPED + "238 words. No outage and no "
 "near-miss of one told. Recorded CC BY-SA 4.0 (a recent rendering; doubtful: undated, no revision id held). Found at "
 "rank 4 of the query 'Gloster Aircraft Company history founded 1917 Gloucestershire Aircraft managing director "
 "Hawker acquired 1934 Wikipedia' (Gloster: seen in the Dowty Group query's results, Dowty's customer of 1934); "
 "shanaberger.com (rank 1, a timeline), piglix.com (rank 2, an older copy of the same article; the rendering was "
 "taken for its recent text), void.ai (rank 3, a generated summary), collection.sciencemuseumgroup.org.uk (rank 5, a "
 "museum's note, no open licence), bookcurl.com (rank 6, a book description), w.owiki.org (rank 7, an older mirror) "
 "and baesystems.com (rank 8, a company heritage page) not used. Gloster, Gloucestershire Aircraft, Burroughes, Holt "
 "Thomas, Airco, E.28/39, Hucclecote: " + CHECKED + " ('Hawker' stands in test wp-bristol-aeroplane-company, "
 "wp-beechcraft and wp-blackburn-aircraft, dev wp-victory-aircraft and a dev DOJ text and train wp-femsa-2006: Hawker "
 "Siddeley here only as Gloster's parent, other matters there; 'Martyn' in a dev and a test text on video games, "
 "other persons; 'Gladiator' and 'Meteor' in texts on other matters; 'Armstrong Whitworth' and 'Avro' only in the "
 "infobox lines cut).", "non-US"))

# ---- aircraft, France: Potez (hubbry.com's copy, 'View on Wikipedia', undated, recent) ----------------------------
POTEZ = [
 "Potez (pronounced [p\u0254t\u025bz]) was a French aircraft manufacturer founded as A\u00e9roplanes Henry Potez by "
 "Henry Potez at Aubervilliers in 1919. The firm began by refurbishing war-surplus SEA IV aircraft, but was soon "
 "building new examples of an improved version, the Potez SEA VII.",
 "During the inter-war years, Potez built a range of small passenger aircraft and a series of military reconnaissance "
 "biplanes that were also licence-built in Poland. In 1933, the firm bought flying boat manufacturer CAMS.",
 "The company was nationalized in 1936,[1] following which it was merged with Chantiers a\u00e9ronavals \u00c9tienne "
 "Romano, Lior\u00e9 et Olivier, CAMS and SPCA in order to form the Soci\u00e9t\u00e9 nationale des constructions "
 "a\u00e9ronautiques du Sud-Est (SNCASE) on 1 February 1937.[2]",
 "Potez's factories in Sartrouville and M\u00e9aulte were taken over by SNCAN and the Berre factory went to SNCASE.",
 "After World War II, Potez was re-established as Soci\u00e9t\u00e9 des Avions et Moteurs Henry Potez at Argenteuil "
 "but did not return to the prominence that the company enjoyed prior to nationalisation. In 1958, the company bought "
 "Fouga to form Potez Air-Fouga, but when Potez's last design, the 840 (a small turboprop airliner) failed to attract "
 "customers, it was forced to close. The remaining assets were purchased by Sud-Aviation in 1967."]
KEPT["wp-potez"] = ("potez-hubbry.txt", POTEZ)
R.append(wp("wp-potez", "Potez", "https://www.hubbry.com/Potez",
 "\n\n".join(MARK.sub("", p) for p in POTEZ),
 "aerospace/aircraft manufacturing", ["history", "founding", "acquisition", "nationalisation", "merger"],
 "The Wikipedia article as hubbry.com (a 'community hub' that reproduces the article's text after the words 'View on "
 "Wikipedia') holds it in the page store (no date or revision id held; recorded 4.0 as batches 66j, 67j and 68q "
 "recorded their hubbry.com copies; doubtful: undated). Cut: the site's chrome lines ('Recent from talks', 'Nothing "
 "was collected or created yet.', 'Potez') and the words 'View on Wikipedia' glued to the first word ('View on "
 "WikipediaPotez (pronounced'); the line 'Key Information' (the infobox's heading, its lines not held); the heading "
 "'History' and the edit link '[edit]' glued to 'During'; the citation markers '[1]' and '[2]' (no space before them "
 "in this copy); cut after '... The remaining assets were purchased by Sud-Aviation in 1967.', before the heading "
 "'Aircraft', its edit link and the list of forty-odd types the excerpt breaks off in ('- Potez-CA', no full stop; "
 "`truncated`; a cut at a paragraph end), so the list of types is not in the text. Lines of the copy joined with "
 "blank lines as paragraphs. No word added or changed; the accents kept. Kept as written: 'Potez (pronounced "
 "[p\u0254t\u025bz]) was a French aircraft manufacturer founded as A\u00e9roplanes Henry Potez by Henry Potez at "
 "Aubervilliers in 1919.' (the pronunciation in square brackets kept: not a citation marker), 'war-surplus SEA IV "
 "aircraft', 'the Potez SEA VII', 'licence-built in Poland', 'In 1933, the firm bought flying boat manufacturer "
 "CAMS.', 'The company was nationalized in 1936, following which it was merged with Chantiers a\u00e9ronavals "
 "\u00c9tienne Romano, Lior\u00e9 et Olivier, CAMS and SPCA in order to form the Soci\u00e9t\u00e9 nationale des "
 "constructions a\u00e9ronautiques du Sud-Est (SNCASE) on 1 February 1937.' ('nationalized' here, 'nationalisation' "
 "below, both as written), 'Potez's factories in Sartrouville and M\u00e9aulte were taken over by SNCAN and the Berre "
 "factory went to SNCASE.', 're-established as Soci\u00e9t\u00e9 des Avions et Moteurs Henry Potez at Argenteuil', 'In "
 "1958, the company bought Fouga to form Potez Air-Fouga', 'the 840 (a small turboprop airliner) failed to attract "
 "customers' (no comma after the parenthesis), 'The remaining assets were purchased by Sud-Aviation in 1967.'. " +
 TYPED + "204 words. No outage and no near-miss of one told (a nationalisation, factories taken over and a forced "
 "closure are business matters). Found at rank 5 of the query 'Potez French aircraft manufacturer history founded "
 "Henry Potez nationalised Wikipedia' (Potez: a name of the 'not searched' lists of earlier rounds); "
 "pinocchiopedia.com and en.wikipedia.org (ranks 1 and 4, the founder's biography 'Henry Potez', with the Anzani "
 "purchase of 1923 and Air-Fouga: the company article taken instead, as round 68i's leads asked of Borsig), "
 "airpages.ru (rank 2, a short note), aircraftdesigners.blogspot.com (rank 3, a blog's copy of the biography), "
 "it.frwiki.wiki (rank 6, Italian), aviastar.org (rank 7, a reference note) and studylibfr.com (rank 8, French) not "
 "used. Potez, Aubervilliers, SNCASE, SNCAN, Fouga, Sud-Aviation, Lior\u00e9 et Olivier: " + CHECKED + ", GATHERING.md "
 "aside, where Potez stood only in earlier rounds' lists and leads ('CAMS' stands in other texts only inside words "
 "such as 'scams'; Poland in other texts, other matters).", "non-US",
 copy_of="the Wikipedia article, via hubbry.com, a site copying Wikipedia pages"))


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
