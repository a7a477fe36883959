#!/usr/bin/env python3
"""Batch 69i (session 63; gatherer lane 69i): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n, 65c, 65f, 65l, 65n, 66c, 67ae, 68c, 68i, 68o, 68t,
68aa and 69c (the lane of 69i: English Wikipedia histories of European companies, banks, insurers, retailers,
utilities, engineering, food and drink, that name founders and executives with their posts, plus acquisitions,
parents and subsidiaries; from the leads of rounds 68t, 68i and 69c), new to the corpus: Sarotti, the Berlin
chocolate maker begun by Hugo Hoffmann in 1868, owned by Stollwerck GmbH since 1998, with its Hattersheim factory and
the Sarotti-Mohr of Julius Gipkens (confectionery, Germany); Skandinaviska Banken of Gothenburg, founded in 1864 as
Skandinaviska Kreditaktiebolaget, buyer of Orebro Enskilda Bank and Skanska Handelsbanken, the main bank of Ivar
Kreuger, merged with Stockholms Enskilda Bank into Skandinaviska Enskilda Banken (SEB) in 1972 (banking, Sweden); and
Spatenbrau, the Munich brewery going back to 1397, part of Spaten-Franziskaner-Brau GmbH and owned by Anheuser-Busch-
InBev, bought by Gabriel Sedlmayr in 1807 (brewing, Germany).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's own '= Title =' rendering of 'Sarotti', 'Skandinaviska Banken' and
'Spatenbräu' (undated, recent); Sarotti and Spatenbräu cut at a paragraph end before the paragraph the excerpt breaks
off in (`truncated`), Skandinaviska Banken whole but for its 'See also' list (`truncated` false). Edits per item in
`notes` (title lines, infobox lines, headings and a 'See also' list cut; no word added or changed); `verify()` checks
every kept paragraph against the saved excerpt (/tmp/gather69i/src), citation markers ('[1]', '[edit]') dropped and
whitespace runs compared as one space, as batches 57g-68t did. No text tells an outage or a near-miss of one. newskg
(or any extractor) was not run on any text. A round of three: eleven queries, ten companies asked for, three taken
(round notes /tmp/gather69i/NOTES.md; queries, /tmp/gather69i/src/queries.txt; claims,
/work/notes/gather69/CLAIMS.txt).
usage: batch69i.py [POOL_DIR] [--dry]   (default /tmp/gather69i/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69i/pool"
SRC = "/tmp/gather69i/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-63 pools "
           "(/tmp/gather69*/pool) and in /work/notes/gather69/CLAIMS.txt as they stood when checked (`grep -ril`, file "
           "names only)")
# a citation marker ('[1]', ' [2]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")
TYPED = ("The saved excerpt was written from the tool's display of it: a no-break space, if the page had one, is "
         "written as a plain space (the check compares whitespace runs as one space). ")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- confectionery, Germany: Sarotti (en.wikipedia.org's '= Title =' rendering) ---------------------------------
SAROTTI = [
 "Sarotti is a German chocolate brand owned by Stollwerck GmbH since 1998.",
 "In 1868 Hugo Hoffmann opened a company to produce sweets. The location of this shop was in Mohrenstra\u00dfe 10 in "
 "Berlin. The industrial chocolate production took place on Mehringdamm No. 57 (then Belle-Alliance-Str. 81) since "
 "1881, extended by Mehringdamm No. 55 in 1903 (then Belle-Alliance-Str. 82) and Mehringdamm No. 53 in 1906 (then "
 "Belle-Alliance-Str. 83). In 1913 the factory moved into a new building on Teilestra\u00dfe 13\u201315 in Tempelhof, "
 "now part of Berlin.",
 "Another industrial chocolate production of Sarotti took place in Hattersheim in Hesse. With the change of the "
 "majority stockholding the factory merged to Nestl\u00e9. The factory in Hattersheim was in the 1960s one of the "
 "biggest companies in Hattersheim and Main-Taunus district with a workforce up to 2,000 workers. The factory was "
 "closed down in 1994 and has been officially designated a historic site by Hesse.",
 "The Sarotti-Mohr was created in 1918 by the German artist Julius Gipkens to increase chocolate consumption after "
 "chocolate production had decreased with World War 1. It is a blackamoor figure, dressed in brightly colored and "
 "detailed clothes: a turban, bloomers and poulaines. It was featured on chocolate bars and blocks and was very "
 "popular. Its appearance was that of a child, with a cute and non-threatening appearance, containing stereotypical "
 "features of African-Americans. Initially, three were created, but they were reduced to one in 1922. Gipkens was "
 "commissioned to create the icon for Sarotti's 50 year anniversary. Multiple inspirations have been given for the "
 "creation of the figure; Gipkens cites Sarotti's location on what translates from German as Blackamoore Street, "
 "while academic Silke Hackenesch notes that depictions of black slaves and servants were then common."]
KEPT["wp-sarotti"] = ("sarotti-enwiki.txt", SAROTTI)
R.append(wp("wp-sarotti", "Sarotti", "https://en.wikipedia.org/wiki/Sarotti",
 "\n\n".join(MARK.sub("", p) for p in SAROTTI),
 "food/confectionery", ["history", "founding", "ownership", "factories", "brand"],
 "The article as en.wikipedia.org's own page in its '= Title =' rendering (undated, recent) holds it in the page store "
 "(no revision id held; recorded 4.0). Cut: the title line '= Sarotti ='; the heading '==History==' and the "
 "sub-headings 'Berlin', 'Hattersheim' and 'The Sarotti-Mohr' (plain lines in this rendering); cut after '... "
 "depictions of black slaves and servants were then common.', before the paragraph the excerpt breaks off in ('The "
 "Nazis had an ambivalent attitude toward the Sarotti-Mohr, considering its exotic appearance', no full stop; "
 "`truncated`; a cut at a paragraph end). The rendering has no infobox and no citation marker in this excerpt. "
 "Paragraphs joined with blank lines, as in the page. No word added or changed. Kept as written: 'Sarotti is a German "
 "chocolate brand owned by Stollwerck GmbH since 1998.', 'In 1868 Hugo Hoffmann opened a company to produce sweets.' "
 "(no comma after the year), 'Mohrenstra\u00dfe 10', 'Mehringdamm No. 57 (then Belle-Alliance-Str. 81)', "
 "'Teilestra\u00dfe 13\u201315' (the en dash), 'With the change of the majority stockholding the factory merged to "
 "Nestl\u00e9.' (as written), 'Hattersheim and Main-Taunus district', 'World War 1' (the numeral), 'brightly colored' "
 "(US spelling), 'Sarotti's 50 year anniversary' (no hyphens), 'Blackamoore Street' (as written). " + TYPED +
 "The last kept paragraph tells of the brand's figure and its stereotyped features as the article tells them "
 "(kept whole: no cut inside a paragraph). 285 words. No outage and no near-miss of one told (a factory closed in "
 "1994 is a business matter). Found at rank 7 of the query 'Sarotti chocolate company Berlin history founded Hugo "
 "Hoffmann Nestl\u00e9 acquired Wikipedia' (Sarotti: a name of the 'not searched' lists and leads of rounds 67-68, "
 "earlier 'without an English Wikipedia copy in the page store'); ninos.kiddle.co (rank 1, Spanish), memim.com (rank "
 "2, a machine translation of the German article), berlingeschichte.de (rank 3, German), de.knowledgr.com (rank 4, "
 "German), deutsche-biographie.de (rank 5, an index entry), de.zxc.wiki (rank 6, a machine translation) and "
 "esskultur.net (rank 8, German) not used. Sarotti, Hugo Hoffmann, Gipkens, Hackenesch, Hattersheim, Tempelhof, "
 "Mehringdamm: " + CHECKED + ", GATHERING.md aside, where Sarotti stood only in earlier rounds' lists and leads "
 "('Stollwerck' stands in train wp-horn-hardart, a supplier named there, another matter; 'Nestl\u00e9' in many texts, "
 "other matters; Berlin and Hesse in other texts).", "non-US"))

# ---- banking, Sweden: Skandinaviska Banken (en.wikipedia.org's '= Title =' rendering) --------------------------
SKAND = [
 "Skandinaviska Banken () was a Swedish bank founded in Gothenburg, 1864. Its foundation coincided with the political "
 "aspirations of the Scandinavian movement, which sought to unite Sweden, Norway and Denmark into a single kingdom. "
 "Even if these aspirations came to naught, there was a Scandinavian Monetary Union, with a common currency, and a "
 "union between Sweden and Norway, that the bank potentially would be able to exploit.",
 "The bank was founded as Skandinaviska Kreditaktiebolaget, which roughly translates to \"Scandinavian Credit "
 "Ltd.\". During the early 1900s the bank underwent rapid expansion through the following mergers: "
 "Industrikreditaktiebolaget i Stockholm in 1907, Sk\u00e5nes Enskilda Bank in 1910, and Sveriges Privata "
 "Centralbank in 1917. Furthermore, Skandinaviska Banken acquired \u00d6rebro Enskilda Bank in 1918, and Sk\u00e5nska "
 "Handelsbanken in 1919.",
 "Skandinaviska Kreditaktiebolaget, as it was known as at the time, was the main bank of Swedish businessman Ivar "
 "Kreuger, the founder of Swedish Match AB, and was struck hard by the financial crisis of the 1930s, triggered in "
 "Sweden by the breakdown of Kreuger's concern, due to his untimely death in Paris in 1932. As a result, "
 "Skandinaviska Kreditaktiebolaget had to accept stock as payment in several companies unable to repay their credit, "
 "as well as a SEK200 million bail-out from the Swedish government. The bank continued to prosper and the bail-out "
 "sum was already repaid in 1936, and the new company stocks were transferred into an investment holding company, AB "
 "Custos, founded in 1937. In 1939, Skandinaviska Kreditaktiebolaget changed its name to Skandinaviska Banken and "
 "continued its expansion by acquiring local banks throughout the 20th century until 1972, when it merged with "
 "Stockholms Enskilda Bank to form Skandinaviska Enskilda Banken (SEB), today one of the largest Nordic banks."]
KEPT["wp-skandinaviska-banken"] = ("skandinaviska-enwiki.txt", SKAND)
R.append(wp("wp-skandinaviska-banken", "Skandinaviska Banken", "https://en.wikipedia.org/wiki/Skandinaviska_Banken",
 "\n\n".join(MARK.sub("", p) for p in SKAND),
 "finance/banking", ["history", "founding", "mergers", "acquisitions", "renaming", "bail-out"],
 "The article as en.wikipedia.org's own page in its '= Title =' rendering (undated, recent) holds it in the page store "
 "(no revision id held; recorded 4.0). Cut: the title line '= Skandinaviska Banken ='; the heading '==See also==' and "
 "its two list lines ('- Swedish krona', '- List of banks in Sweden') that end the excerpt, so the article's prose is "
 "held whole (`truncated` false). The rendering has no infobox and no citation marker in this excerpt. Paragraphs "
 "joined with blank lines, as in the page. No word added or changed. Kept as written: 'Skandinaviska Banken () was a "
 "Swedish bank founded in Gothenburg, 1864.' (the empty parentheses, where the page's pronunciation or Swedish gloss "
 "was not rendered, kept: cutting them would change the sentence), 'which roughly translates to \"Scandinavian Credit "
 "Ltd.\".' (straight quotes, the full stop after them), 'through the following mergers: Industrikreditaktiebolaget i "
 "Stockholm in 1907, Sk\u00e5nes Enskilda Bank in 1910, and Sveriges Privata Centralbank in 1917.', 'Furthermore, "
 "Skandinaviska Banken acquired \u00d6rebro Enskilda Bank in 1918, and Sk\u00e5nska Handelsbanken in 1919.', "
 "'Skandinaviska Kreditaktiebolaget, as it was known as at the time' (as written), 'Swedish businessman Ivar Kreuger, "
 "the founder of Swedish Match AB', 'a SEK200 million bail-out from the Swedish government', 'an investment holding "
 "company, AB Custos, founded in 1937', 'it merged with Stockholms Enskilda Bank to form Skandinaviska Enskilda Banken "
 "(SEB), today one of the largest Nordic banks.'. " + TYPED + "283 words. No outage and no near-miss of one told (a "
 "financial crisis and a bail-out are business matters). Found at rank 6 of the query 'Skandinaviska Banken Swedish "
 "bank history founded 1864 Gothenburg merged Stockholms Enskilda Bank 1972 Wikipedia' (Skandinaviska: a name of an "
 "earlier round's 'no hit' list); theinfolist.com (rank 1, the article with link glosses run into it), "
 "de.wikiup.org and de.wiki.li (ranks 2 and 8, German), fact-index.com (rank 3, a 2004-era copy, shorter), "
 "polpedia.pl (rank 4, Polish), sv.m.wikipedia.org (rank 5, Swedish) and acearchive.org (rank 7, a rewording) not "
 "used. Skandinaviska, Kreditaktiebolaget, Custos, \u00d6rebro, Sk\u00e5nska: " + CHECKED + ", GATHERING.md aside, "
 "where Skandinaviska stood only in an earlier round's list ('Enskilda' stands in train wp-jacob-wallenberg-1892 "
 "and dev wp-hambros-bank, Stockholms Enskilda Bank named there; 'Kreuger' in dev wp-nordiska-kompaniet; 'Swedish "
 "Match' in a dev FTC text and round 68y's script: small overlaps on names, other matters; Paris and Sweden in other "
 "texts).", "non-US"))
R[-1]["truncated"] = False

# ---- brewing, Germany: Spatenbräu (en.wikipedia.org's '= Title =' rendering) ------------------------------------
SPATEN = [
 "Spatenbr\u00e4u is a brewery in Munich, Germany, with a history going back to 1397. Since 1922, the brewery has "
 "been part of Spaten-Franziskaner-Br\u00e4u GmbH, which has itself been part of the Spaten-Franziskaner-Br\u00e4u "
 "group since 1997. It is now owned by the Anheuser-Busch-InBev brewery group. The beer writer Michael Jackson "
 "considered the Spaten brewery as the most significant brewery in the history of lager beer because of its "
 "innovations in the 19th century.",
 "The Steuerbuch der Stadt M\u00fcnchen first mentions a brewer named Hans Welser having a brewery at Neuhausergasse 4, "
 "called Welser Prew, in 1397. The brewery expanded greatly during the following 125 years, until it belonged to the "
 "family Starnberger for exactly a century from 1522 to 1622. From 1622 to 1704 it was owned by the family Spatt, "
 "where it got its current name, as its new owner in 1807, the Sie\u00dfmayr family, kept its name as Spaten.",
 "In 1807, the royal brewer Gabriel Sedlmayr acquired the Spaten brewery, which was the smallest brewery in Munich at "
 "the time. This started the era of the Sedlmayr family, whose progeny still manage the company. In 1817, the "
 "brewery bought the Filserbr\u00e4ukeller premises on Bayerstra\u00dfe, which was later known as Spaten-Keller.",
 "After the death of Gabriel Sedlmayr, his sons Gabriel Sedlmayr Jr. and Joseph Sedlmayr took over the brewery. In "
 "1842, Joseph Sedlmayr bought the Leistbrauerei brewery and resigned as owner of the Spaten brewery. In 1851, the "
 "brewery acquired the Silberbauer-Keller premises on the \"green meadow\" at Marsstra\u00dfe 46-48 and expanded bit "
 "by bit. In three years, the brewery had completely moved to its new premises on Marsstra\u00dfe."]
KEPT["wp-spatenbrau"] = ("spatenbrau-enwiki.txt", SPATEN)
R.append(wp("wp-spatenbrau", "Spatenbr\u00e4u", "https://en.wikipedia.org/wiki/Spatenbr%C3%A4u",
 "\n\n".join(MARK.sub("", p) for p in SPATEN),
 "beverages/brewing", ["history", "ownership", "parent", "family owners", "premises"],
 "The article as en.wikipedia.org's own page in its '= Title =' rendering (undated, recent) holds it in the page store "
 "(no revision id held; recorded 4.0). Cut: the title line '= Spatenbr\u00e4u ='; the infobox lines ('Spatenbr\u00e4u', "
 "'- Logo: Spatenbr\u00e4u.jpg', '- Location Place: Upper Bavaria', '- Location City: Munich', '- Location State: "
 "Bavaria', '- Location Country: Germany', '- Opened: 1397', so Upper Bavaria and Bavaria are not in the text; cut as "
 "batches 57p-68t cut their infoboxes); the heading '== History =='; cut after '... the brewery had completely moved "
 "to its new premises on Marsstra\u00dfe.', before the paragraph the excerpt breaks off in ('Joseph Sedlmayer, the "
 "owner of the Leistbrauerei brewery reportedly founded in the 15th century, acquired the shares of August Denmayr in "
 "186', no full stop; `truncated`; a cut at a paragraph end), so the Franziskaner brewery's story is not in the text. "
 "No citation marker in this excerpt. Paragraphs joined with blank lines, as in the page. No word added or changed. "
 "Kept as written: 'Since 1922, the brewery has been part of Spaten-Franziskaner-Br\u00e4u GmbH, which has itself "
 "been part of the Spaten-Franziskaner-Br\u00e4u group since 1997.' (the group's name as written), 'It is now owned "
 "by the Anheuser-Busch-InBev brewery group.' (the hyphens), 'The beer writer Michael Jackson', 'The Steuerbuch der "
 "Stadt M\u00fcnchen first mentions a brewer named Hans Welser having a brewery at Neuhausergasse 4, called Welser "
 "Prew, in 1397.', 'as its new owner in 1807, the Sie\u00dfmayr family, kept its name as Spaten.' (as written), 'In "
 "1807, the royal brewer Gabriel Sedlmayr acquired the Spaten brewery', 'the Filserbr\u00e4ukeller premises on "
 "Bayerstra\u00dfe, which was later known as Spaten-Keller', 'his sons Gabriel Sedlmayr Jr. and Joseph Sedlmayr took "
 "over the brewery', 'Joseph Sedlmayr bought the Leistbrauerei brewery and resigned as owner of the Spaten brewery', "
 "'on the \"green meadow\" at Marsstra\u00dfe 46-48' (straight quotes, a hyphen in the numbers). " + TYPED +
 "269 words. No outage and no near-miss of one told. Found at rank 1 of the query 'Spaten brewery Munich history "
 "Gabriel Sedlmayr acquired merged Franziskaner L\u00f6wenbr\u00e4u Wikipedia' (Spaten: a name of the 'not searched' "
 "lists of rounds 66-68); wikipedia.org's 'Portal:Beer/Selected brewery/17' (rank 2, a portal blurb of the "
 "Spaten-Franziskaner-Br\u00e4u article), dept.other.wiki (rank 3, Portuguese), de.wiki.li, emma-fred.de, "
 "muenchenwiki.de (twice) and de.wikipedia.org (ranks 4-8, German) not used. Spaten, Sedlmayr, Franziskaner, "
 "Leistbrauerei, Welser, Filserbr\u00e4ukeller, Marsstra\u00dfe: " + CHECKED + ", GATHERING.md aside, where Spaten, "
 "L\u00f6wenbr\u00e4u and Sedlmayr stood only in earlier rounds' lists ('Anheuser-Busch InBev', spelled with a space, "
 "stands in three DOJ texts, train and test, the owner there of other matters; Munich and Germany in other texts).",
 "non-US"))


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
