#!/usr/bin/env python3
"""Batch 66m (session 60; gatherer lane 66m): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n, 65c, 65f, 65l, 65n, 66c and 66i, turned to
European companies (the lane of 66m: English Wikipedia histories of European companies, founders and executives with
posts, acquisitions, parents and subsidiaries, mergers; from the names 66c and 66i left with no corpus hit), new to the
corpus: British Westinghouse (British Westinghouse Electrical and Manufacturing Company), the Manchester subsidiary of
Pittsburgh's Westinghouse Electric and Manufacturing Company established in 1899 by George Westinghouse, removed as its
chairman in 1910, a subsidiary of Metropolitan-Vickers from 1919 and later part of Associated Electrical Industries,
taken over by GEC in 1967, with its rival British Thomson-Houston, majority owned by General Electric, and the
Metropolitan Carriage Wagon Company's controlling interest of 1917 (electrical engineering, UK); Fisons plc, the
Ipswich fertiliser, pharmaceutical and instruments company established by Edward Packard in 1843, incorporated as
Edward Packard and Company Limited in 1895, which bought James Fison's fertiliser business in 1919 and the Prentice
Brothers' in 1929, renamed Fisons Ltd in 1942 and acquired by Rhone-Poulenc in 1995 (chemicals and pharmaceuticals,
UK); and Freia, the Oslo chocolate maker founded in 1889 by Olaf Larsen and Fredrik Wilhelm Hjorth Christensen, bought
by Johan Throne Holst in 1892, whose family founded Marabou in Sweden in 1916, which Freia bought in 1990, itself
acquired by Mondelez International in 1993 (confectionery, Norway and Sweden).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's own '= Title =' rendering of 'British Westinghouse' and of 'Freia
(chocolate)' (no revision id) and wikimili.com's copy of 'Fisons'; each cut at a sentence end before the point where
the excerpt breaks off (all `truncated`). Edits per item in `notes` (title lines, site lines, infobox lines, an image
caption, headings and citation markers cut; no word added or changed); `verify()` checks every kept paragraph against
the saved excerpt (/tmp/gather67m/src), the markers ('[1]', ' [1]', '[edit]', '[ citation needed ]') dropped and
whitespace runs compared as one space, as batches 57g-66i did. No text tells an outage or a near-miss of one. newskg
(or any extractor) was not run on any text. A round of three: seven queries, seven companies asked for, three taken
(round notes, /work/notes/gather67/66m.md; queries, /tmp/gather67m/src/queries.txt).
usage: batch66m.py [POOL_DIR] [--dry]   (default /tmp/gather67m/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather67m/pool"
SRC = "/tmp/gather67m/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-60 pools "
           "(/tmp/gather67*/pool) and in /work/notes/gather67/CLAIMS.txt as they stood when checked (`grep -ril`, file "
           "names only)")
# a citation marker ('[1]', ' [2]', '[a]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|[a-z]|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- electrical engineering, UK: British Westinghouse (en.wikipedia.org's '= Title =' rendering) -------------------
BW = [
 "British Westinghouse Electrical and Manufacturing Company was a subsidiary of the Pittsburgh, US-based Westinghouse "
 "Electric and Manufacturing Company. British Westinghouse would become a subsidiary of Metropolitan-Vickers in 1919; "
 "and after Metropolitan-Vickers merged with British Thomson-Houston in 1929, it became part of Associated Electrical "
 "Industries (AEI) in 1959. Further consolidation saw AEI taken over by GEC in 1967.",
 "George Westinghouse established British Westinghouse in 1899 with capital from his own company and a smaller share "
 "from UK investors. The company commenced the construction of its first factory in Trafford Park, Manchester the "
 "same year. Manufacturing began in 1902, the same year as the rival British Thomson-Houston (BTH). BTH was majority "
 "owned by General Electric and the competition between BTH and British Westinghouse mirrored that of the parent "
 "companies, GE and Westinghouse in America. The Belgian electrical engineer, Paul Mossay, worked for BTH in the "
 "period 19021906 developing induction motors. Then in 1906 he started working for British Westinghouse, creating "
 "even larger motors.",
 "In 1907 Westinghouse USA went into receivership with the result that executive control of the company was taken "
 "away from George Westinghouse, though he remained as president. Another effect of this was the increased "
 "independence of British Westinghouse. This was reinforced in 1910 when the board voted to remove George "
 "Westinghouse from his role as chairman. American Westinghouse retained over half the shares.",
 "In 1916 British Westinghouse, following the impression that American control of the company hindered its "
 "performance during World War I, began the transition to a British owned company. Metropolitan Carriage Wagon "
 "Company bought a controlling interest in the group in 1917. The same year the board accepted a merger with Vickers "
 "and the name Metropolitan-Vickers was chosen."]
KEPT["wp-british-westinghouse"] = ("britishwestinghouse-enwiki.txt", BW)
R.append(wp("wp-british-westinghouse", "British Westinghouse", "https://en.wikipedia.org/wiki/British_Westinghouse",
 "\n\n".join(MARK.sub("", p) for p in BW),
 "manufacturing/electrical engineering", ["history", "founding", "subsidiary", "acquisition", "people"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id held; "
 "undated, a recent rendering, recorded 4.0 as batches 58p-62a, 62j, 63b, 63f, 64n, 65c and 66c recorded their "
 "en.wikipedia.org renderings). Cut: the title line '= British Westinghouse ='; the headings '==Establishment==', "
 "'==Receivership==' and '==World War I=='; cut after '... and the name Metropolitan-Vickers was chosen.', before the "
 "word the excerpt breaks off in ('Vick', no full stop; `truncated`; a cut at a sentence end). The rendering has no "
 "infobox and no citation markers in this excerpt. Paragraphs joined with blank lines (each heading's paragraph "
 "follows its heading on the next line in the copy). No word added or changed. Kept as written: 'was a subsidiary of "
 "the Pittsburgh, US-based Westinghouse Electric and Manufacturing Company.', 'British Westinghouse would become a "
 "subsidiary of Metropolitan-Vickers in 1919; and after Metropolitan-Vickers merged with British Thomson-Houston in "
 "1929, it became part of Associated Electrical Industries (AEI) in 1959.' (the semicolon before 'and'), 'Further "
 "consolidation saw AEI taken over by GEC in 1967.', 'The company commenced the construction of its first factory in "
 "Trafford Park, Manchester the same year.' (no comma after 'Manchester'), 'the parent companies, GE and Westinghouse "
 "in America', 'The Belgian electrical engineer, Paul Mossay, worked for BTH in the period 19021906 developing "
 "induction motors.' ('19021906' as the rendering writes it, the dash between the two years dropped; kept: no "
 "character added), 'though he remained as president', 'the board voted to remove George Westinghouse from his role "
 "as chairman', 'American Westinghouse retained over half the shares.', 'began the transition to a British owned "
 "company' (no hyphen), 'Metropolitan Carriage Wagon Company bought a controlling interest in the group in 1917.' (no "
 "comma or 'and' between 'Carriage' and 'Wagon'), 'The same year the board accepted a merger with Vickers and the "
 "name Metropolitan-Vickers was chosen.'. 281 words. No outage and no near-miss of one told ('went into "
 "receivership': a business failure, no service lost by users). Recorded CC BY-SA 4.0 (en.wikipedia.org's current "
 "rendering; doubtful: no revision id). Found at rank 4 of the query 'Metropolitan-Vickers British electrical "
 "engineering company history Westinghouse AEI Wikipedia'; no.m.wikipedia.org (rank 1, Norwegian), the Science "
 "Museum Group's records (ranks 2, 3 and 5, no open licence stated), questionai.com (rank 6, raw infobox HTML of "
 "'Metropolitan-Vickers'), britishtelephones.com (rank 7, a site's own text) and jablog.org (rank 8, Japanese) not "
 "used. British Westinghouse, Metropolitan-Vickers, Metropolitan Carriage, Associated Electrical, Paul Mossay, "
 "Trafford Park: " + CHECKED + " (Metropolitan-Vickers only in GATHERING.md, in batch 66c's lead list); "
 "'Thomson-Houston' only in test wp-alstom-company-history and batch 20a2 (the French Compagnie Française "
 "Thomson-Houston in Alstom's history, another company); Westinghouse, General Electric and GEC are parties of other "
 "texts (the American companies' later deals, other matters).",
 "non-US"))

# ---- chemicals and pharmaceuticals, UK: Fisons (wikimili.com's copy) -----------------------------------------------
FISONS = [
 "Fisons plc was a British multinational pharmaceutical, scientific instruments and horticultural chemicals company "
 "headquartered in Ipswich, United Kingdom. It was listed on the London Stock Exchange and was once a constituent of "
 "the FTSE 100 Index. It was acquired by Rhone-Poulenc in 1995.",
 "The business was established by Edward Packard, one of the first to manufacture superphosphate derived from "
 "coprolites, in 1843. [1] In 1863 he was joined in business by his son, also named Edward, who was instrumental in "
 "developing the business and rationalising the United Kingdom's fertiliser industry. The business was incorporated "
 "in 1895 under the name of Edward Packard and Company Limited. [1]",
 "In 1919 it bought a fertiliser business founded by James Fison of Thetford in 1808 and in 1929 the parent company's "
 "name was changed to Packard and James Fison (Thetford) Limited to reflect the acquisition. [1] In 1929 the company "
 "acquired the fertiliser business of the Prentice Brothers, Stowmarket and the company was again renamed to Fison, "
 "Packard & Prentice, Limited. [2]",
 "The Company formally changed its name to the shorter Fisons Ltd in 1942. [1] During the 1950s, Fisons promoted the "
 "spraying of crops utilising helicopters. [3]",
 "Fisons owned parts of the Somerset Levels, where they extracted peat. In 1970 one of their staff, Ray Sweet, "
 "discovered the remains of a timber trackway."]
KEPT["wp-fisons"] = ("fisons-wikimili.txt", FISONS)
R.append(wp("wp-fisons", "Fisons", "https://wikimili.com/en/Fisons",
 "\n\n".join(MARK.sub("", p) for p in FISONS),
 "chemicals/fertilisers and pharmaceuticals", ["history", "founding", "acquisition", "renaming"],
 "A copy: wikimili.com's copy of the English Wikipedia article 'Fisons' (its infobox line 'Founded1843;181 years ago "
 "(1843)' dates the copy to 2024, after Wikimedia's June 2023 move to 4.0; recorded 4.0 as batches 56f-66h recorded "
 "their wikimili.com copies; doubtful: no revision id). Cut: the title line 'Fisons' and the site line 'Last "
 "updated'; the infobox lines ('Fisons plc', 'Type Public limited company' to 'Stuart Wallis (CEO)', with 'Successor "
 "Rhone-Poulenc', 'Headquarters Ipswich, United Kingdom' and 'Key people', 'Paddy Linaker (Chairman)', 'Stuart Wallis "
 "(CEO)', so Paddy Linaker and Stuart Wallis are not in the text; cut as batches 57p-66i cut their infoboxes); the "
 "lines 'Contents' and 'History'; the image caption after the third paragraph, twice in the copy ('Hiller UH-12 "
 "helicopter used in 1955 by Fison-Airwork to demonstrate the use of aerial crop spraying', once with the image's "
 "file name 'Hiller UH-12A G-ANOC Fison-Awk RWY 09.07.55 edited-2.jpg'), so Fison-Airwork and 1955 are not in the "
 "text; the citation markers ' [1]' to ' [3]'; cut after '... discovered the remains of a timber trackway.', before "
 "the sentence the excerpt breaks off in ('It has been dated to 3807 or 3806 BC, [4] and is now known', no full stop; "
 "`truncated`; a cut at a sentence end). Paragraphs joined with blank lines. No word added or changed. Kept as "
 "written: 'Fisons plc was a British multinational pharmaceutical, scientific instruments and horticultural chemicals "
 "company headquartered in Ipswich, United Kingdom.', 'It was acquired by Rhone-Poulenc in 1995.' ('Rhone' without "
 "the circumflex), 'The business was established by Edward Packard, one of the first to manufacture superphosphate "
 "derived from coprolites, in 1843.', 'In 1863 he was joined in business by his son, also named Edward', 'In 1919 it "
 "bought a fertiliser business founded by James Fison of Thetford in 1808 and in 1929 the parent company's name was "
 "changed to Packard and James Fison (Thetford) Limited to reflect the acquisition.', 'In 1929 the company acquired "
 "the fertiliser business of the Prentice Brothers, Stowmarket and the company was again renamed to Fison, Packard & "
 "Prentice, Limited.' (no comma after 'Stowmarket'; 1929 twice), 'The Company formally changed its name to the "
 "shorter Fisons Ltd in 1942.' ('Company' capitalised), 'Fisons owned parts of the Somerset Levels, where they "
 "extracted peat.', 'one of their staff, Ray Sweet'. 214 words. No outage and no near-miss of one told. Found at rank 2 "
 "of the query 'Fisons British pharmaceutical fertiliser company history Packard James Fison acquired Rh\u00f4ne-Poulenc "
 "Rorer 1995 Wikipedia'; en.wikipedia.org's older 'Jump to navigation' rendering (rank 5, an older revision without "
 "the Prentice Brothers sentence), oenc.net (rank 4, wikitext with its template code), theinfolist.com (rank 3, link "
 "glosses inlined), commercialoverprints.com, education-edge.com, retrotvads.com and fundinguniverse.com (ranks 1, 6, "
 "7 and 8, reworded or with no open licence) not used. Fisons, Fison, Edward Packard, Prentice Brothers, Somerset "
 "Levels, Ray Sweet, Sweet Track, coprolite: " + CHECKED + ", GATHERING.md aside, where Fisons stood only in batch "
 "66i's list of free names; Rhone-Poulenc is the subject of train wp-rhone-poulenc (its own history, which does not "
 "name Fisons; another matter) and Rh\u00f4ne-Poulenc Rorer a party of batch 65r's FTC text (Ciba-Geigy and Sandoz, "
 "another matter); the London Stock Exchange a party of many texts.",
 "non-US", copy_of="the Wikipedia article, via wikimili.com"))

# ---- confectionery, Norway and Sweden: Freia (en.wikipedia.org's '= Title =' rendering) ----------------------------
FREIA = [
 "Freia is a Norwegian chocolate brand. The brand is known for Freia Melkesjokolade and Kvikk Lunsj, as well as for "
 "other candy and dessert products. The company was acquired by Mondelez International in 1993.",
 "Freia was founded by Olaf Larsen (1867\u20131920) and Fredrik Wilhelm Hjorth Christensen (1851\u2013) in 1889. "
 "Larsen had been experimenting with chocolate for some time and Christensen arranged supplies with cocoa suppliers "
 "and paid for machines and the required facilities.",
 "A few years later in 1892, the operation was bought by aspiring entrepreneur and businessman Johan Throne Holst "
 "(1868\u20131946). In his first six years, he grew the enterprise from 7 to 60 employees, and incorporated Freia as a "
 "public company in 1898. Holst realized that there was a potential market for edible milk chocolate, in addition to "
 "the dark chocolate and other minor products Freia were producing at the time. Holst built up Freia to be Norway's "
 "leading chocolate manufacturer.",
 "By the turn of the century, Freia was the leading Norwegian brand in sweets. Since its inception the factory has "
 "been in the Rodel\u00f8kka neighborhood in the borough of Gr\u00fcnerl\u00f8kka in Oslo.",
 "In 1916, based on the success in Norway, the Throne-Holst family founded the chocolate factory Marabou in Sundbyberg "
 "outside of Stockholm in Sweden and in 1943, moved to the present location in Upplands V\u00e4sby. The name Freia (or "
 "Freja) could not be used due to a conflicting trademark in Sweden. The name Marabou was chosen instead and is based "
 "on the marabou stork which was part of Freia's logo at the time. Production started in 1919, due to shortages in "
 "cocoa supply caused by World War I.",
 "In 1990, Freia bought all the shares in Marabou."]
KEPT["wp-freia"] = ("freia-enwiki.txt", FREIA)
R.append(wp("wp-freia", "Freia (chocolate)", "https://en.wikipedia.org/wiki/Freia_(chocolate)",
 "\n\n".join(MARK.sub("", p) for p in FREIA),
 "food/confectionery", ["history", "founding", "acquisition", "ownership", "products"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id held; "
 "undated, a recent rendering: its wording ('a Norwegian chocolate brand', the two founders) is later than the "
 "ipfs.io, worldlibrary.in and enwikipedia.net copies' ('a Norwegian chocolate candy manufacturing company', no "
 "founder named); recorded 4.0 as batches 58p-62a, 62j, 63b, 63f, 64n, 65c and 66c recorded their en.wikipedia.org "
 "renderings). Cut: the title line '= Freia (chocolate) ='; the infobox lines between the title and the lead ('Freia', "
 "'- Logo: Freia Oslo.jpg' to '- Homepage: freia.no', with '- Founder: Olaf Larsen', '- Location: Oslo, Norway' and "
 "'- Parent: Mondel\u0113z International'; every name in them is in the running text too, Mondelez without the "
 "macron; cut as batches 57p-66i cut their infoboxes); the heading '==History=='; cut after 'In 1990, Freia bought all "
 "the shares in Marabou.', before the sentence the excerpt breaks off in ('On 12 Octo', no full stop; `truncated`; a "
 "cut at a sentence end). The rendering has no citation markers in this excerpt. Paragraphs, one line each in the "
 "copy, joined with blank lines. No word added or changed. Kept as written: 'Freia is a Norwegian chocolate brand.', "
 "'The company was acquired by Mondelez International in 1993.' ('Mondelez' without the macron; the buyer of 1993 "
 "under its later name), 'Freia was founded by Olaf Larsen (1867\u20131920) and Fredrik Wilhelm Hjorth Christensen "
 "(1851\u2013) in 1889.' (an open range after 1851, en dashes), 'the operation was bought by aspiring entrepreneur and "
 "businessman Johan Throne Holst (1868\u20131946).', 'and incorporated Freia as a public company in 1898.', 'other "
 "minor products Freia were producing at the time' ('were' as written), 'the Rodel\u00f8kka neighborhood in the "
 "borough of Gr\u00fcnerl\u00f8kka in Oslo' (American spelling), 'the Throne-Holst family founded the chocolate "
 "factory Marabou in Sundbyberg outside of Stockholm in Sweden and in 1943, moved to the present location in Upplands "
 "V\u00e4sby.' (no subject before 'moved'), 'The name Freia (or Freja) could not be used due to a conflicting "
 "trademark in Sweden.', 'In 1990, Freia bought all the shares in Marabou.' (a paragraph of one sentence, as cut). 281 "
 "words. No outage and no near-miss of one told ('shortages in cocoa supply': a supply shortage, no service lost by "
 "users). Recorded CC BY-SA 4.0 (en.wikipedia.org's current rendering; doubtful: no revision id). Found at rank 5 of "
 "the query 'Freia Norwegian chocolate company founded 1889 Johan Throne Holst acquired Kraft Foods Marabou "
 "Wikipedia'; de.zxc.wiki (rank 1, a translation of German Wikipedia), enwikipedia.net, worldlibrary.in and ipfs.io "
 "(ranks 2, 3 and 6, older revisions with no founder named, worldlibrary.in breaking off at 'Freia was purchased in "
 "1993 by'), gonorway.no (rank 4, the older wording with no licence line) and deit.abcdef.wiki and de.wikial.top "
 "(ranks 7 and 8, Italian and German) not used. Freia, Marabou, Olaf Larsen, Throne Holst, Kvikk, Melkesjokolade, "
 "Gr\u00fcnerl\u00f8kka, Sundbyberg, Upplands: " + CHECKED + ", GATHERING.md aside, where Freia and Marabou stood only "
 "in batch 66i's list of free names; 'Mondel' (Mondelez) is a party of train wp-green-and-blacks and batch 40zc (the "
 "British chocolate maker's owners, another matter).",
 "non-US"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[a]', '[edit]', '[ citation needed ]'),
    whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|[a-z]|edit|citation needed)\s*\]", "", s).split())


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
