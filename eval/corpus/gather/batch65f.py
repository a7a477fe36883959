#!/usr/bin/env python3
"""Batch 65f (session 59; gatherer lane 65f): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n and 65c, on European companies (the lane of 65f:
English Wikipedia histories of European companies, founders with titles, acquisitions, parents and subsidiaries,
mergers), new to the corpus: Aviaco (Aviación y Comercio, S.A.), the Spanish airline headquartered in Madrid, formed by
businessmen of Bilbao as a freight company on 18 February 1948, in which the Instituto Nacional de Industria (INI) took
over a majority interest in 1955 and of which Iberia became the owner of two thirds of the shares in 1959, with its
Convair 440s from Sabena and Convair 240s from Varig (airlines, Spain); Gilera, the Italian motorcycle manufacturer
founded in Arcore in 1909 by Giuseppe Gilera and purchased by Piaggio & Co. SpA in 1969, with its Rondine engine and
its Saturno (motorcycles, Italy); and Automobiles Ettore Bugatti, the French car manufacturer founded in 1909 in
Molsheim, Alsace by Ettore Bugatti, whose name Volkswagen owns today (carmakers, France).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see), all from copies of the articles on other sites: piglix.com's 'Aviaco', the-uncensored-wiki.com's
old static 'Gilera' and liquisearch.com's 'Bugatti' (the article now titled 'Automobiles Ettore Bugatti'); each cut at
a paragraph or sentence end before the point where the excerpt breaks off or runs into tables and site boilerplate (all
`truncated`). Edits per item in `notes` (title lines, infobox lines, a coordinates line, sub-headings and a contents
line cut; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt
(/tmp/gather66f/src), the markers ('[1]', ' [1]', '[edit]', '[ citation needed ]') dropped and whitespace runs compared
as one space, as batches 57g-64l did. No text tells an outage or a near-miss of one. newskg (or any extractor) was not
run on any text. A round of three: fifteen queries, fourteen companies asked for, three taken (round notes,
/work/notes/gather66/65f.md; queries, /tmp/gather66f/src/queries.txt).
usage: batch65f.py [POOL_DIR] [--dry]   (default /tmp/gather66f/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather66f/pool"
SRC = "/tmp/gather66f/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-59 pools (/tmp/gather66*/pool) and in /work/notes/gather66/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', ' [2]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- airlines, Spain: Aviaco (piglix.com's copy) -------------------------------------------------------------------
AVIACO = [
 "Aviaci\u00f3n y Comercio, S.A., doing business as Aviaco, was a Spanish airline headquartered in the Edificio "
 "Minister in Madrid.",
 "The carrier was formed by Bilba\u00edno businessmen as a freight company on 18 February 1948 . A group of local bankers "
 "provided the necessary funds for the acquisition of six Bristol 170s. Given that Iberia had exploited the most "
 "profitable domestic and international routes since the early 1940s, Aviaco restricted its operations to secondary "
 "routes. Scheduled passenger services started between Bilbao and Barcelona and Madrid. The first international route "
 "was Algiers\u2013Palma\u2013Marseilles, while Canary Islands-based flights were launched shortly afterwards. In 1954, "
 "the airline won the contract for operating an airmail service between Madrid and Barcelona. In 1955, the airline's "
 "headquarters were transferred from Bilbao to Madrid, and the Instituto Nacional de Industria (INI) took over a "
 "majority interest in the company.",
 "The financial structure of the company was re-organised in 1959, when the capital was halved to ESP 50 million, "
 "whereas Iberia injected ESP 100 million, becoming the owner of \u2154 of the shares, with the balance being split "
 "between the initial shareholders and INI. The move permitted Aviaco to acquire three second-hand Convair 440s from "
 "Sabena. These were the airline's first pressurized aircraft. By April 1960 , the company had 702 employees; a fleet "
 "of three Bristol 170s, three Convair 440s, five Heron IIs and five Languedocs served a route network that included "
 "Barcelona, Brussels, Casablanca, Las Palmas, Madrid, Oran, Palma, Tanger, Tenerife and Tetouan. Two Convair 240s were "
 "bought from Varig in 1962."]
KEPT["wp-aviaco"] = ("aviaco-piglix.txt", AVIACO)
R.append(wp("wp-aviaco", "Aviaco", "http://piglix.com/piglix/Aviaco",
 "\n\n".join(MARK.sub("", p) for p in AVIACO),
 "transport/airlines", ["history", "founding", "ownership", "subsidiary"],
 "The article as piglix.com (a Wikipedia mirror; batches 63c, 64h and 64k used its copies) holds it (no date or "
 "revision id held; the copy keeps the day of founding, '18 February 1948 .', and 'By April 1960 ,' with the spaces "
 "a date template left, where en.wikipedia.org's current rendering in the page store has 'on .' and 'By ,' with the "
 "dates dropped; 'Tanger', 'Tenerife' and 'Tetouan' where the current rendering has 'Tangier', 'Santa Cruz de "
 "Tenerife' and 'T\u00e9touan', and 'Bilba\u00edno businessmen' where it has 'Bilbao businessmen', so an older revision; "
 "recorded 3.0 as batches 63c, 64h and 64k recorded their piglix.com copies). Cut: the infobox table lines before the "
 "lead ('|', '|||||||', 'Founded | 18 February 1948 |' to 'Key people | El\u00edas Ugartechea Isusi |', with 'Ceased "
 "operations | 1 September 1999 |', 'Parent company | Iberia |' and 'Headquarters | Madrid, Spain |', so the day "
 "operations ceased and El\u00edas Ugartechea Isusi are not in the text; cut as batches 57p-65c cut their infoboxes); "
 "cut after '... Two Convair 240s were bought from Varig in 1962.', before the sentence the excerpt breaks off in "
 "('In early 1964, the carrier signed a contract w', no full stop; `truncated`; a cut at a sentence end), so the "
 "contract with Aviation Traders is not in the text. The copy has no citation markers and no section heading in this "
 "excerpt. Paragraphs, one line each in the copy, joined with blank lines. No word added or changed. Kept as written: "
 "'Aviaci\u00f3n y Comercio, S.A., doing business as Aviaco, was a Spanish airline headquartered in the Edificio "
 "Minister in Madrid.', 'The carrier was formed by Bilba\u00edno businessmen as a freight company on 18 February 1948 .' "
 "(a space before the full stop), 'The first international route was Algiers\u2013Palma\u2013Marseilles, while Canary "
 "Islands-based flights were launched shortly afterwards.' (en dashes), 'In 1955, the airline's headquarters were "
 "transferred from Bilbao to Madrid, and the Instituto Nacional de Industria (INI) took over a majority interest in "
 "the company.', 'whereas Iberia injected ESP 100 million, becoming the owner of \u2154 of the shares, with the balance "
 "being split between the initial shareholders and INI.' (the fraction character), 'The move permitted Aviaco to "
 "acquire three second-hand Convair 440s from Sabena.', 'By April 1960 , the company had 702 employees;' (a space "
 "before the comma), 'Two Convair 240s were bought from Varig in 1962.'. 254 words. No outage and no near-miss of one "
 "told. Recorded CC BY-SA 3.0 (an undated copy of an older revision; doubtful: no revision date). Found at rank 3 of "
 "the query 'Aviaco Spanish airline founded 1948 Bilbao subsidiary of Iberia merged into Iberia 1999 Wikipedia' "
 "(batch 65c's lead); newsbreak.com (rank 1, news), aviaco-va.es (rank 2, a virtual airline's own history), "
 "academia-lab.com (rank 4, a translation of the Spanish article), fr.wikipedia.org (rank 5, French), w.owiki.org "
 "(rank 6) and en.wikipedia.org (rank 7), both with the dates dropped, and de-academic.com (rank 8, German) not used. "
 "Aviaco, Instituto Nacional de Industria, Bristol 170, Edificio Minister: " + CHECKED.replace(", in GATHERING.md,",
 ",") + ", GATHERING.md aside, where 'Aviaco' and 'Instituto Nacional de Industria' stood only in batch 65c's lists "
 "of names looked at and its leads (Iberia, Sabena and Varig are parties of other corpus texts, other matters).",
 "non-US", v3=True, copy_of="the Wikipedia article, via piglix.com, a Wikipedia mirror"))

# ---- motorcycles, Italy: Gilera (the-uncensored-wiki.com's copy) ---------------------------------------------------
GILERA = [
 "Gilera is an Italian motorcycle manufacturer founded in Arcore in 1909 by Giuseppe Gilera. In 1969 the company was "
 "purchased by the Piaggio & Co. SpA -- which now holds six marques and is the world's fourth largest motorcycle "
 "manufacturer.",
 "In 1935 Gilera acquired rights to the Rondine four-cylinder engine. This formed the basis for Gileras racing machines "
 "nearly forty years. From the mid-thirties Gilera developed a range of four-stroke engine machines. The engines ranged "
 "from 100 to 500cc. The most famous of which was the 1939 Saturno.",
 "After World War II, Gilera dominated Grand Prix motorcycle racing, winning the 500cc road racing world championship "
 "6 times in 8 years. Facing a downturn in motorcycle sales due to the increase in the popularity of automobiles after "
 "the war, Gilera made a gentleman's agreement with the other Italian motorcycle makers to quit Grand Prix racing after "
 "the 1957 season as a cost cutting measure.",
 "In 1969 Gilera became part of the Piaggio group.",
 "In 1992, Gilera made a return to the Grand Prix arena and Piaggio continues to produce small-displacement motorcycles "
 "with the Gilera name."]
KEPT["wp-gilera"] = ("gilera-uncensored.txt", GILERA)
R.append(wp("wp-gilera", "Gilera", "http://the-uncensored-wiki.com:20082/articles/g/i/l/Gilera.html",
 "\n\n".join(MARK.sub("", p) for p in GILERA),
 "manufacturing/motorcycles", ["history", "founding", "acquisition", "products"],
 "The article as the-uncensored-wiki.com (an old static copy of English Wikipedia; batches 64f, 64k and 64n used its "
 "copies) holds it (no date or revision id held; the '[edit]' links and the 'Contents' box are of the MediaWiki "
 "layout of about 2006-2008, and 'which now holds six marques' and the latest date '2001' fit that time; recorded 3.0 "
 "as batches 64f, 64k and 64n recorded their copies from this site). Cut: the title line 'Gilera', 'From Wikipedia, "
 "the free encyclopedia' and the infobox lines before the lead ('Gilera | |' to 'Website | www.gilera.com |', with "
 "'Type | Subsidiary |', 'Founder | Giuseppe Gilera |', 'Headquarters | Arcore, Italy |' and 'Parent | Piaggio & Co. "
 "SpA |', so 'Italy' is not in the text; cut as batches 57p-65c cut their infoboxes); cut after '... Piaggio continues "
 "to produce small-displacement motorcycles with the Gilera name.', a paragraph end, before 'Contents |', the section "
 "'[edit] World Championships' (a table of years, classes and riders: Umberto Masetti, Geoff Duke, Libero Liberati, "
 "Manuel Poggiali), '[edit] Models', '[edit] Gilera SMT' (one paragraph on a moped) and '[edit] External links', "
 "where the excerpt ends (`truncated`; the table and headings between the history and the models' paragraph could not "
 "be dropped in the middle, so the cut falls before them), so the riders and the Gilera SMT are not in the text. The "
 "copy has no citation markers in the kept paragraphs. Paragraphs, one line each in the copy, joined with blank lines. "
 "No word added or changed. Kept as written: 'In 1969 the company was purchased by the Piaggio & Co. SpA -- which now "
 "holds six marques and is the world's fourth largest motorcycle manufacturer.' (the article 'the' and a double "
 "hyphen), 'This formed the basis for Gileras racing machines nearly forty years.' (no apostrophe, no 'for'), 'From "
 "the mid-thirties Gilera developed a range of four-stroke engine machines.', 'The most famous of which was the 1939 "
 "Saturno.' (a fragment), 'winning the 500cc road racing world championship 6 times in 8 years', 'Gilera made a "
 "gentleman's agreement with the other Italian motorcycle makers to quit Grand Prix racing after the 1957 season as a "
 "cost cutting measure.', 'In 1969 Gilera became part of the Piaggio group.', 'In 1992, Gilera made a return to the "
 "Grand Prix arena'. 184 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (an undated copy of an "
 "older revision; doubtful: no revision date). Found at rank 2 of the query 'Gilera Italian motorcycle manufacturer "
 "founded 1909 Giuseppe Gilera Arcore acquired by Piaggio 1969 Wikipedia'; motor-x.com (rank 1) and motobase.org "
 "(rank 4), reworded copies of a newer revision with no licence line, zalansite.site (rank 3, a MediaWiki edit form "
 "showing wikitext), a MediaWiki diff page (rank 5), oldtimer-markt.de (rank 6, German), agenziacalendario.com (rank "
 "7, Italian) and profilpelajar.com (rank 8, the Italian article on Giuseppe Gilera) not used. Gilera, Arcore, "
 "Rondine, Saturno: " + CHECKED + " (Piaggio is a party of batch 54r's text, another matter; its 'Vespa' is in other "
 "corpus texts, other matters).",
 "non-US", v3=True, copy_of="the Wikipedia article, an old static copy on the-uncensored-wiki.com"))

# ---- carmakers, France: Automobiles Ettore Bugatti (liquisearch.com's copy, under 'Bugatti') ----------------------
BUGATTI = [
 "Automobiles Ettore Bugatti was a French car manufacturer of high-performance automobiles, founded in 1909 in "
 "Molsheim, Alsace by Italian-born Ettore Bugatti. Bugatti cars were well known for their design beauty (Ettore Bugatti "
 "was from a family of artists and considered himself to be both an artist and constructor) and for the large number "
 "of races that they have won. The death of Ettore Bugatti in 1947 proved to be the end for the marque, and the death "
 "of his son Jean Bugatti in 1939 ensured there wasn't a successor to lead the factory. No more than about 8000 cars "
 "were made. The company struggled financially, and released one last model in the 1950s, before eventually being "
 "purchased for its airplane parts business in the 1960s. In the 1990s, an Italian entrepreneur revived it as a "
 "builder of limited production exclusive sports cars. Today, the name is owned by German automobile manufacturing "
 "group Volkswagen."]
KEPT["wp-automobiles-ettore-bugatti"] = ("bugatti-liquisearch.txt", BUGATTI)
R.append(wp("wp-automobiles-ettore-bugatti", "Automobiles Ettore Bugatti", "https://www.liquisearch.com/bugatti",
 "\n\n".join(MARK.sub("", p) for p in BUGATTI),
 "manufacturing/automobiles", ["history", "founding", "brand ownership"],
 "The article as liquisearch.com (a site copying Wikipedia articles section by section; batches 23b, 32d and 35o "
 "used its copies) holds it under the page name 'Bugatti', the article's title at the time (now 'Automobiles Ettore "
 "Bugatti'; no date or revision id held; the lead's 'In the 1990s, an Italian entrepreneur revived it' and 'Today, "
 "the name is owned by ... Volkswagen' where a newer copy at rank 2 has 'In 1987' and 'In 1998, the Volkswagen "
 "Group bought the rights', so an older revision; recorded 3.0 as the batches before recorded their "
 "undated copies). Cut: the title line 'Bugatti'; the coordinates line ('Coordinates: 48\u00b031\u203232\u2033N ...'); the "
 "infobox lines before the lead ('Bugatti', 'Former type Private' to 'Products Automobiles', with 'Fate Sold to "
 "Hispano-Suiza (1963) Sold to Volkswagen Group (July, 1998)', 'Defunct 1963 (1963)', 'Headquarters Molsheim, Alsace, "
 "France' and the key people 'Ettore Bugatti' and 'Jean Bugatti', so Hispano-Suiza, 'France' and the years 1963 and "
 "1998 are not in the text; cut as batches 57p-65c cut their infoboxes); cut after '... owned by German automobile "
 "manufacturing group Volkswagen.', the lead's end and a paragraph end, before the site's trailer line ('Read more "
 "about Bugatti: Under Ettore Bugatti, Notable Finds in The Modern Era, ...'), where the excerpt ends (`truncated`: "
 "the copy holds the other sections on pages of their own). The copy has no citation markers in this excerpt. One "
 "paragraph. No word added or changed. Kept as written: 'founded in 1909 in Molsheim, Alsace by Italian-born Ettore "
 "Bugatti' (no comma after 'Alsace'), 'Bugatti cars were well known for their design beauty (Ettore Bugatti was from a "
 "family of artists and considered himself to be both an artist and constructor)', 'The death of Ettore Bugatti in "
 "1947 proved to be the end for the marque, and the death of his son Jean Bugatti in 1939 ensured there wasn't a "
 "successor to lead the factory.', 'No more than about 8000 cars were made.', 'before eventually being purchased for "
 "its airplane parts business in the 1960s' (the buyer unnamed), 'Today, the name is owned by German automobile "
 "manufacturing group Volkswagen.'. 153 words (the brief's floor is 150). No outage and no near-miss of one told. "
 "Recorded CC BY-SA 3.0 (an undated copy of an older revision; doubtful: no revision date). Found at rank 6 of the "
 "query 'Automobiles Ettore Bugatti French car manufacturer founded 1909 Molsheim Ettore Bugatti Hispano-Suiza 1963 "
 "Romano Artioli Volkswagen 1998 Wikipedia'; motorinfo.org (rank 1), findoutfor.com (rank 3), "
 "xn--matirenoire-19a.com (rank 4), edrive.am (rank 7) and shareonline.in (rank 8), reworded pages, art-toys.co (rank "
 "2, a shop repeating a newer lead with no licence line) and autohaus.de (rank 5, German) not used. Bugatti, Molsheim: "
 "" + CHECKED + " ('Alsace' is in a train CFTC text and batch 53e's, in a bank's name, another matter; Volkswagen is a party of many corpus texts, other matters; Hispano-Suiza, batch 65c's "
 "matter, stood only in the infobox that was cut).",
 "non-US", v3=True, copy_of="the Wikipedia article 'Bugatti' (now 'Automobiles Ettore Bugatti'), via liquisearch.com"))


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
