#!/usr/bin/env python3
"""Batch 68f (session 62; gatherer lane 68f): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-67ae, kept to an American film studio, an American computer-game publisher and an American chip maker,
new to the corpus: Essanay Studios, the Chicago motion picture studio founded in 1907 by George Kirke Spoor and
Gilbert M. Anderson, first as the Peerless Film Manufacturing Company, at 501 Wells Street and from 1908 at 1333-45
W. Argyle Street, with its stars (film production, US); Strategic Simulations, Inc. (SSI), the computer wargame
publisher founded in 1979 by Joel Billings, with its programmers John Lyons and Ed Williger, its games Computer
Bismarck and Computer Ambush, the Apple II that Apple Computer executive Trip Hawkins urged on it, and its RapidFire
line (video games, US); and Zilog, Inc., the microprocessor and microcontroller maker started in California in 1974 by
Federico Faggin and Ralph Ungermann, maker of the Z80, a subsidiary of Exxon from 1980, bought back by its management
in 1989, acquired by Texas Pacific Group in 1998, with its successive leaders up to Darin Billerbeck's hiring as
President and CEO in February 2007 (semiconductors/microprocessors, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's own '= Title =' rendering of 'Essanay Studios' (recent), en.wikipedia.org's own '= Title ='
rendering of 'Strategic Simulations' (recent) and w.owiki.org's copy of 'Zilog' (undated, an older revision); each
cut at a sentence end before the sentence its excerpt breaks off in (`truncated`). Edits per item in `notes` (title
lines, infobox lines and section headings cut; paragraphs joined with blank lines; no word added or changed);
`verify()` checks every kept paragraph against the saved excerpt (/tmp/gather69f/src), the markers ('[1]', '[edit]',
'[citation needed]') dropped and whitespace runs compared as one space, as batches 55e-67x did. No text tells an
outage; two tell near-misses of one (Essanay 'stopped issuing films in the fall of 1918'; Zilog reorganized 'under
Chapter 11 bankruptcy in late 2001': business ends and failures, no service lost by users). newskg (or any extractor)
was not run on any text. A round of three: seven queries, three answered with English Wikipedia text on a company not
yet in the corpus and were taken (round notes, /tmp/gather69f/NOTES.md; queries, /tmp/gather69f/src/queries.txt;
claims, /work/notes/gather69/CLAIMS.txt).
usage: batch68f.py [POOL_DIR] [--dry]   (default /tmp/gather69f/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69f/pool"
SRC = "/tmp/gather69f/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names and in the gather scripts, and hits in GATHERING.md "
           "only in its lists of leads and names checked, none in the session-62 pools (/tmp/gather69*/pool) or in "
           "/work/notes/gather69/CLAIMS.txt as they stood when checked (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- film production, US: Essanay Studios (en.wikipedia.org's '= Title =' rendering, recent) ----------------------
ES = [
 "Essanay Studios, officially the Essanay Film Manufacturing Company, was an early American motion picture studio. "
 "The studio was founded in 1907 in Chicago by George Kirke Spoor and Gilbert M. Anderson, originally as the Peerless "
 "Film Manufacturing Company, then as Essanay (formed by the founders' initials: S and A) on August 10, 1907. Essanay "
 "is probably best known today for its series of Charlie Chaplin comedies produced in 1915\u20131916. In late 1916, "
 "it merged distribution with other studios and stopped issuing films in the fall of 1918. According to film "
 "historian Steve Massa, Essanay is one of the important early studios, with comedies as a particular strength. "
 "Founders Spoor and Anderson were subsequently awarded special Academy Awards for pioneering contributions to film.",
 "Essanay was originally located at 501 Wells Street (modern numbering: 1360 N. Wells). Essanay's first film, An "
 "Awful Skate, or The Hobo on Rollers (July 1907), starring Ben Turpin (then the studio janitor), produced for only a "
 "couple hundred dollars, grossed several thousand dollars in release. The studio prospered and in 1908 moved to its "
 "more famous address at 1333\u201345 W. Argyle Street in Uptown, Chicago.",
 "Essanay produced silent films with such stars (and stars of the future) as George Periolat, Ben Turpin, Wallace "
 "Beery, Thomas Meighan, Colleen Moore, Francis X. Bushman, Gloria Swanson, Ann Little, Helen Dunbar, Lester Cuneo, "
 "Florence Oberle, Lewis Stone, Virginia Valli, Edward Arnold, Edmund Cobb, and Rod La Rocque."]
KEPT["wp-essanay-studios"] = ("essanay.txt", ES)
R.append(wp("wp-essanay-studios", "Essanay Studios", "https://en.wikipedia.org/wiki/Essanay_Studios",
 "\n\n".join(ES),
 "film production", ["history", "founding", "founders", "locations", "people"],
 "The article as en.wikipedia.org's own page in its '= Title =' rendering (recent) holds it in the page store (no "
 "revision id held; recorded 4.0). Cut: the title line '= Essanay Studios =', the infobox lines ('Essanay Film "
 "Manufacturing Company' to '- Successor: Warner Bros.'), so the infobox's 'Founder: George Kirke Spoor, Gilbert M. "
 "Anderson' and 'Successor: Warner Bros.' are not in the text (Warner Bros. is in no sentence kept), the section "
 "headings '==Founding==' and '==Leading players and staff=='; cut after '... Edmund Cobb, and Rod La Rocque.', "
 "before the sentence the excerpt breaks off in ('The mainstay of the organization, however, was studio co-owner "
 "Gilbert Anderson, starring in the very popular \"Broncho Billy\" Westerns, and u'; `truncated`; a cut inside a "
 "paragraph). The rendering has no citation markers. No word added or changed. Kept as written: 'officially the "
 "Essanay Film Manufacturing Company', 'originally as the Peerless Film Manufacturing Company, then as Essanay "
 "(formed by the founders' initials: S and A) on August 10, 1907', 'in 1915\u20131916' and '1333\u201345 W. Argyle "
 "Street' (en dashes), 'In late 1916, it merged distribution with other studios', 'According to film historian Steve "
 "Massa', 'Founders Spoor and Anderson were subsequently awarded special Academy Awards', '501 Wells Street (modern "
 "numbering: 1360 N. Wells)', 'starring Ben Turpin (then the studio janitor)', 'a couple hundred dollars', 'such stars "
 "(and stars of the future) as George Periolat, ...' (sixteen names, 'Edmund Cobb, and Rod La Rocque' with the "
 "serial comma). 236 words. No outage told; a near-miss: 'stopped issuing films in the fall of 1918' (a studio that "
 "ceased production, a business end). Found at rank 8 of the query 'Essanay Studios founded George K. Spoor Gilbert "
 "M. Anderson Chicago film studio' (a lead of batch 67x's notes); themoviestudios.com (rank 1; a studio-history site), "
 "ww-w.pages.dev (rank 2; numbered fragments of George Kirke Spoor's article, garbled), unknownchicago.blogspot.com "
 "(rank 3; a blog), archive.org (rank 4; a Chicago landmarks report, OCR), chicagology.com (rank 5; quoted trade "
 "press), lakecountyhistory.blogspot.com (rank 6; a museum blog) and fact-index.com (rank 7; an early free copy of "
 "about 60 words, the same matter) not used. Essanay, Spoor, Peerless Film, Ben Turpin, Steve Massa, Argyle Street, "
 "Periolat: " + CHECKED + " ('Essanay' only in batch 67x's list of leads; 'Spoor' only inside 'Werkspoor'; 'Argyle' "
 "only in texts on other matters; 'Charlie Chaplin', 'Gloria Swanson' and 'Chicago' in texts on other matters or "
 "nowhere).", "US"))

# ---- video games, US: Strategic Simulations (en.wikipedia.org's '= Title =' rendering, recent) -------------------
SS = [
 "Strategic Simulations, Inc. (SSI) was a video game developer and publisher of over 100 games from its founding in "
 "1979 to its dissolution in 1994 (though the brand was in use until around 2002). The company focused on computer "
 "wargames then later added role-playing video games. SSI published the Panzer General series and the official video "
 "game adaptations of Dungeons & Dragons.",
 "The company was founded by Joel Billings, a wargame enthusiast, who in the summer of 1979 saw the possibility of "
 "using the new home computers such as the TRS-80 for wargames. While unsuccessfully approaching Avalon Hill and "
 "Automated Simulations to publish wargames, he hired programmers John Lyons, who wrote Computer Bismarck\u2014later "
 "claimed to have been the first \"serious wargame\" published for a microcomputer\u2014and Ed Williger, who wrote "
 "Computer Ambush. Both games were written in BASIC as were many of SSI's early games.",
 "Although Billings expected that he and Lyon would write the first version of Computer Bismarck on a North Star "
 "computer, Apple Computer executive Trip Hawkins, who would later found Electronic Arts, persuaded Billings to switch "
 "to the Apple II because of its graphics. Computer Bismarck appeared for the Apple in January 1980 and for the "
 "TRS-80 later in the year. Chuck Kroegel, who joined the company as an employee in 1983, was the co-author with "
 "David Landrey of many of the early SSI wargames and led product development for over ten years.",
 "By late 1980, SSI advertised that its games could \"take you from Waterloo to the Super Bowl. (By way of the North "
 "Atlantic.)\" In 1982 SSI launched their RapidFire line."]
KEPT["wp-strategic-simulations"] = ("ssi.txt", SS)
R.append(wp("wp-strategic-simulations", "Strategic Simulations", "https://en.wikipedia.org/wiki/Strategic_Simulations",
 "\n\n".join(SS),
 "video games", ["history", "founding", "founders", "products", "executives"],
 "The article as en.wikipedia.org's own page in its '= Title =' rendering (recent) holds it in the page store (no "
 "revision id held; recorded 4.0). Cut: the title line '= Strategic Simulations =', the infobox lines ('Strategic "
 "Simulations, Inc.' to '- Products: Wargames, Role-playing games'), so the infobox's 'Founder: Joel Billings', "
 "'Fate: Merged into Mindscape' and 'Location: Mountain View, California, US' are not in the text (Mindscape is in no "
 "sentence kept), the section heading '==History=='; cut after '... In 1982 SSI launched their RapidFire line.', "
 "before the sentence the excerpt breaks off in ('Although the name implies action titles, it was in fact simply a "
 "branding of games being writ'; `truncated`; a cut inside a paragraph). The rendering has no citation markers. No "
 "word added or changed. Kept as written: 'of over 100 games from its founding in 1979 to its dissolution in 1994 "
 "(though the brand was in use until around 2002)', 'The company was founded by Joel Billings, a wargame enthusiast', "
 "'While unsuccessfully approaching Avalon Hill and Automated Simulations to publish wargames', 'he hired programmers "
 "John Lyons, who wrote Computer Bismarck\u2014later claimed ...\u2014and Ed Williger' (em dashes, no spaces), 'he and "
 "Lyon' (the article's own 'Lyon' beside 'Lyons'), 'on a North Star computer', 'Apple Computer executive Trip "
 "Hawkins, who would later found Electronic Arts', 'appeared for the Apple in January 1980', 'Chuck Kroegel, who "
 "joined the company as an employee in 1983, was the co-author with David Landrey ... and led product development for "
 "over ten years', the advertisement's quoted words '\"take you from Waterloo to the Super Bowl. (By way of the North "
 "Atlantic.)\"' (fourteen words of a 1980 advertisement, the rest the editors' words), 'their RapidFire line'. 266 "
 "words. No outage and no near-miss of one told (a dissolution and a brand's end are business matters). Found at rank "
 "1 of the query 'Strategic Simulations, Inc. (SSI) was a video game developer and publisher wargames Gold Box "
 "acquired by Mindscape' (Strategic Simulations a name of batch 67f's lists of leads); rightsta.com (ranks 2, 5; "
 "generated essays), a railway.app page (rank 3; 'Fact-checked by Grok', generated), pcmuseum.ca (rank 4; a museum "
 "profile in older Wikipedia words, no licence stated), theinfolist.com (ranks 6, 8; pasted glosses), "
 "ourdigitalheritage.org (rank 7; a heritage page) not used; an earlier query's Joel Billings pages (his own "
 "Wikipedia article in two copies, subsim.com, elisoftware.org, docslib.org, an ICHEG blog capture, nowgamer.com) "
 "left: a person's article, the company's own article preferred. Strategic Simulations, Joel Billings, Computer "
 "Bismarck, Automated Simulations, Trip Hawkins, Kroegel, Williger, RapidFire: " + CHECKED + " ('Strategic "
 "Simulations' only in GATHERING.md's lists of leads; 'Avalon Hill' only in GATHERING.md; 'Electronic Arts', "
 "'TRS-80', 'Apple II' and 'Apple Computer' in texts on other matters).", "US"))

# ---- semiconductors/microprocessors, US: Zilog (w.owiki.org's copy, undated) ---------------------------------------
ZI = [
 "Zilog, Inc. is an American manufacturer of 8-bit and 16-bit microcontrollers. Its most famous product is the Z80 "
 "series of 8-bit microprocessors that were compatible with the Intel 8080 but significantly cheaper. The Z80 was "
 "widely used during the 1980s in many popular home computers such as the TRS-80 and the ZX Spectrum, as well as "
 "arcade games such as Pac-Man. The company also made 16- and 32-bit processors, but these did not see widespread "
 "use. From the 1990s, the company focused primarily on the microcontroller market.",
 "The name is an acronym of Z integrated logic, also thought of as \"Z for the last word of Integrated Logic\".",
 "Zilog was started in California in 1974 by Federico Faggin and Ralph Ungermann, who both left Intel after working "
 "on the 4004 and 8080 microprocessors and custom chips. Masatoshi Shima, who also worked with Faggin on the 4004 and "
 "8080, joined Zilog in 1975. Ungermann had a falling-out with Faggin and left Zilog in 1978. The company became a "
 "subsidiary of Exxon in 1980, but the management and employees bought it back in 1989, led by Dr. Edgar Sack.",
 "Zilog went public in 1991, but was acquired in 1998 by Texas Pacific Group. Curtis Crawford replaced Dr. Sack and "
 "changed the company's direction towards 32-bit data communications processors. Bonds were sold against the company "
 "to fund the new developments, but after the Internet bubble burst in 2000 and the resultant reduction in customer "
 "demand for such products, Curtis Crawford was replaced by James Thorburn, who reorganized the company under Chapter "
 "11 bankruptcy in late 2001 and refocused it on the 8- and 16-bit microcontroller market.",
 "Jim Thorburn led Zilog back into profitability, and by FY 2007, Zilog had $82 million in sales. During this time, "
 "the company developed the Z8 Encore! 8-bit Flash MCU and ZNEO 16-bit Flash MCU product families. In February 2007, "
 "Zilog hired Darin Billerbeck to replace Jim Thorburn as President and CEO."]
KEPT["wp-zilog"] = ("zilog.txt", ZI)
R.append(wp("wp-zilog", "Zilog", "http://w.owiki.org/wiki/Zilog", "\n\n".join(ZI),
 "semiconductors/microprocessors", ["history", "founding", "founders", "products", "ownership", "executives"],
 "The article as w.owiki.org's copy (a site that renders Wikipedia articles, used before by batches 67f and 67w) "
 "holds it in the page store (no date or revision id held; an older revision, before the lead read 'manufacturer of "
 "microprocessors' and the 1998 buyer 'TPG Capital for $527 million' as en.m.wikipedia.org's and upcscavenger.com's "
 "later copies do; recorded 3.0, doubtful: undated). Cut: the title line 'Zilog', the section heading 'History'; cut "
 "after '... to replace Jim Thorburn as President and CEO.', before the sentence the excerpt breaks off in ('The last "
 "year Zilog introduced any new 8'; `truncated`; a cut at a paragraph end). The copy has no infobox lines and no "
 "citation markers in the excerpt. No word added or changed. Kept as written: 'Zilog, Inc. is an American "
 "manufacturer of 8-bit and 16-bit microcontrollers', 'the Z80 series of 8-bit microprocessors that were compatible "
 "with the Intel 8080 but significantly cheaper', 'such as the TRS-80 and the ZX Spectrum, as well as arcade games "
 "such as Pac-Man', '16- and 32-bit processors', 'an acronym of Z integrated logic, also thought of as \"Z for the "
 "last word of Integrated Logic\"' (the full stop after the closing quotation mark), 'Zilog was started in California "
 "in 1974 by Federico Faggin and Ralph Ungermann', 'the 4004 and 8080 microprocessors', 'Ungermann had a "
 "falling-out with Faggin and left Zilog in 1978', 'The company became a subsidiary of Exxon in 1980, but the "
 "management and employees bought it back in 1989, led by Dr. Edgar Sack', 'was acquired in 1998 by Texas Pacific "
 "Group', 'Curtis Crawford replaced Dr. Sack', 'the Internet bubble', 'under Chapter 11 bankruptcy in late 2001', "
 "'James Thorburn' and 'Jim Thorburn', 'by FY 2007, Zilog had $82 million in sales', 'the Z8 Encore! 8-bit Flash MCU "
 "and ZNEO 16-bit Flash MCU product families', 'to replace Jim Thorburn as President and CEO'. 324 words. No outage "
 "told; a near-miss: the reorganization 'under Chapter 11 bankruptcy in late 2001' (a business failure, no service "
 "lost). Found at rank 2 of the query 'Zilog, Inc. is an American manufacturer of microprocessors and 8-bit and 16-bit "
 "microcontrollers, subsidiary of Littelfuse, IXYS' (Zilog a name of batches 67q's and 67x's lists of leads); "
 "martinelectronics.co.uk (ranks 1, 4; a shop's blog in old Wikipedia words, no licence stated), upcscavenger.com "
 "(rank 3; a later copy with words dropped, 'manufacturer of , , and'), theinfolist.com (rank 5; pasted glosses), "
 "wikisum.wiki (rank 6; a summary filed under Curtis J. Crawford), wikimili.com (rank 7; a later copy whose excerpt "
 "stops in the first history sentence) and en.m.wikipedia.org (rank 8; the current revision, its excerpt breaking "
 "off in the 1998 sentence, 'for $527 ') not used; an earlier query's oral-history transcripts (docslib.org, "
 "vdocuments.site; copyrighted by the Computer History Museum), zalansite.site (wikitext of the 'Zilog Z80' article), "
 "startupintros.com (a generated profile), intel4004.com (Faggin's own site), computerlanguage.com (a glossary) and a "
 "journal abstract not used. Zilog, Faggin, Ungermann, Masatoshi Shima, Edgar Sack, Curtis Crawford, Thorburn, "
 "Billerbeck, ZNEO: " + CHECKED + " ('Zilog', 'Faggin' and 'Ungermann' only in GATHERING.md's lists of leads and "
 "names checked; 'Z80', 'TRS-80', 'ZX Spectrum', 'Pac-Man', 'Exxon' and 'Texas Pacific Group' in texts on other "
 "matters).", "US", v3=True, copy_of="the Wikipedia article, via w.owiki.org, a Wikipedia mirror"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[edit]', '[citation needed]'), whitespace
    runs as one space."""
    return " ".join(re.sub(r"\s*\[(\d+|edit|citation needed)\]", "", s).split())


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
