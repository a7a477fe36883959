#!/usr/bin/env python3
"""Batch 64k (session 58; gatherer lane 64k): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-64j, kept to four American technology, telecom and electronics makers that no longer exist on their
own, new to the corpus: Apollo Computer Inc. of Chelmsford, Massachusetts, founded in 1980 by William Poduska and
seven named co-founders, maker of the Apollo/Domain workstations, acquired by Hewlett-Packard in 1989 (computers,
US); Scientific Data Systems (SDS), founded in 1961 by Max Palevsky and Robert Beck, sold to Xerox in 1969 and run as
Xerox Data Systems until Xerox closed the division in 1975 (computers, US); Stromberg-Carlson, the telephone equipment
maker formed in 1894 by Alfred Stromberg and Androv Carlson, the object of a failed takeover by Western Electric
with the Kellogg Switchboard & Supply Company's temporary chief executive, bought by the Home Telephone Company in
1904 and by General Dynamics in 1955 (telecom equipment, US); and Philco, the Philadelphia radio and television maker
bought by Ford in 1961, sold to GTE in 1974 and to Philips in 1981 (electronics, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): chaos.owiki.org's copy of 'Apollo Computer' (undated, an older revision), piglix.com's copy of 'Scientific Data
Systems' (served from the address 108.161.137.60/piglix; undated, an older revision), the-uncensored-wiki.com's static
copy of 'Stromberg-Carlson' (its port-20082 archive, about 2008) and en.wikipedia.org's rendering of 'Philco' (reached
through the redirect Philco-Ford; a 2024 rendering); each cut at a sentence or paragraph end before the sentence or
heading its excerpt breaks off in, or kept to the excerpt's end (`truncated`). Edits per item in `notes` (title lines,
'From Wikipedia, the free encyclopedia', a hatnote, 'Contents', the infobox lines and section headings cut, citation
markers cut; paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept paragraph
against the saved excerpt (/tmp/gather65k/src), the markers ('[1]', '[edit]', '[citation needed]') dropped and
whitespace runs compared as one space, as batches 55e-63h did. No text tells an outage or a near-miss of one (a
division closed, a failed takeover, a stockholder fight and a brand resurrected are business events). newskg (or any
extractor) was not run on any text. A round of four: eight queries, four answered with English Wikipedia text on a
company not yet in the corpus and were taken, the rest left (round notes, /work/notes/gather65/64k.md; queries,
/tmp/gather65k/src/queries.txt).
usage: batch64k.py [POOL_DIR] [--dry]   (default /tmp/gather65k/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather65k/pool"
SRC = "/tmp/gather65k/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-58 pools (/tmp/gather65*/pool) and in /work/notes/gather65/CLAIMS.txt as they stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []
MARK = re.compile(r"\[\d+\]")

# ---- computers, US: Apollo Computer (chaos.owiki.org's copy of English Wikipedia, undated) -------------------------
AP = [
 "Apollo Computer Inc., founded 1980 in Chelmsford, Massachusetts by William Poduska and others, developed and "
 "produced Apollo/Domain workstations in the 1980s. Along with Symbolics and Sun Microsystems, Apollo was one of the "
 "first vendors of graphical workstations in the 1980s. Like computer companies at the time and unlike manufacturers "
 "of IBM PC compatibles, Apollo produced much of its own hardware and software.",
 "Apollo was acquired by Hewlett-Packard in 1989 for US$476 million, and gradually closed down over the period "
 "1990-1997. The brand was resurrected in 2014 as part of HP's high-performance computing portfolio.",
 "Apollo was started in 1980, two years before Sun Microsystems.",
 "In addition to Poduska, the founders included Dave Nelson, Mike Greata, Charlie Spector, Bob Antonuccio, Gerry "
 "Stanley, and Dave Lubrano. The founding engineering team included Mike Sporer, Bernie Stumpf, Russ Barbour, Paul "
 "Leach, and Andy Marcuvitz.",
 "In 1981, the company unveiled the DN100 workstation, which used the Motorola 68000 microprocessor. Apollo "
 "workstations ran Aegis, a proprietary operating system with a POSIX-compliant Unix alternative frontend. Apollo's "
 "networking was particularly elegant, among the first to allow demand paging over the network, and allowing a degree "
 "of network transparency and low sysadmin-to-machine ratio.",
 "From 1980 to 1987, Apollo was the largest manufacturer of network workstations. Its quarterly sales exceeded $100 "
 "million for the first time in late 1986, and by the end of that year, it had the largest worldwide share of the "
 "engineering workstations market, at twice the market share of the number two, Sun Microsystems. At the end of "
 "1987, it was third in market share after Digital Equipment Corporation and Sun, but ahead of Hewlett-Packard and "
 "IBM. Apollo's largest customers were Mentor Graphics, General Motors, Ford, Chrysler, Chicago Research and Trading "
 "and Boeing."]
KEPT["wp-apollo-computer"] = ("apollo-owiki.txt", AP)
R.append(wp("wp-apollo-computer", "Apollo Computer", "http://chaos.owiki.org/wiki/Apollo_Computer",
 "\n\n".join(AP),
 "computers", ["history", "founding", "founders", "acquisitions", "customers", "products"],
 "The article as chaos.owiki.org's copy holds it in the page store (no date or revision id held; undated, an older "
 "revision: its lead says 'founded 1980 in Chelmsford, Massachusetts by William Poduska and others' and 'over the "
 "period 1990-1997', where the later copies on infosekolah.net and theinfolist.com add Poduska's role at Prime "
 "Computer, an inflation equivalent and 'rival Sun Microsystems', and give the co-founders' posts in brackets; owiki.org "
 "and chaos.owiki.org copies were taken before, for Beats Electronics, Ant Group and Naspers). Cut: the title line "
 "'Apollo Computer'; the heading 'History'; cut at the end of the sixth paragraph ('... Chicago Research and Trading "
 "and Boeing.'), before the sentence the excerpt breaks off in ('Apollo was acquired by Hewlett-Packard in 1989 for "
 "US$476 mill', the lead's sentence repeated under a later heading; `truncated`; a cut at a paragraph end). The copy "
 "has no citation markers and no infobox in the excerpt; its paragraphs are single lines, joined here with blank "
 "lines. No word added or changed. Kept as written: 'Apollo Computer Inc., founded 1980 in Chelmsford, Massachusetts "
 "by William Poduska and others' (no 'in' before '1980', no comma after 'Massachusetts'), 'Apollo/Domain "
 "workstations', 'Like computer companies at the time and unlike manufacturers of IBM PC compatibles', 'Apollo was "
 "acquired by Hewlett-Packard in 1989 for US$476 million, and gradually closed down over the period 1990-1997' (a "
 "hyphen), 'The brand was resurrected in 2014 as part of HP's high-performance computing portfolio', 'In addition to "
 "Poduska, the founders included Dave Nelson, Mike Greata, Charlie Spector, Bob Antonuccio, Gerry Stanley, and Dave "
 "Lubrano', 'The founding engineering team included Mike Sporer, Bernie Stumpf, Russ Barbour, Paul Leach, and Andy "
 "Marcuvitz', 'the DN100 workstation, which used the Motorola 68000 microprocessor', 'Apollo workstations ran Aegis, "
 "a proprietary operating system with a POSIX-compliant Unix alternative frontend', 'low sysadmin-to-machine ratio', "
 "'at twice the market share of the number two, Sun Microsystems', 'Apollo's largest customers were Mentor Graphics, "
 "General Motors, Ford, Chrysler, Chicago Research and Trading and Boeing' (no comma before the last 'and'). 286 "
 "words. No outage and no near-miss of one told (a line of products 'gradually closed down' by its buyer is a "
 "business event). Recorded CC BY-SA 3.0 (doubtful: undated; an older revision, as batches 62d-63h recorded their "
 "older copies; a later one would be 4.0, whose terms the record meets the same way). Found at rank 2 of the query "
 "'Apollo Computer Inc. founded 1980 William Poduska workstations acquired by Hewlett-Packard 1989'; hpmuseum.net "
 "(rank 1; a museum's division page, not Wikipedia), theinfolist.com (ranks 3, 4, 7; glossary text woven into the "
 "sentences), de.zxc.wiki and memim.com (ranks 5, 8; translations of the German article) and infosekolah.net (rank 6; "
 "a later copy whose excerpt begins after the lead's first paragraph, so Poduska's full name is not in it) not used. "
 "Apollo Computer, Poduska, Symbolics, Apollo/Domain, Chicago Research and Trading, the co-founders' names: " +
 CHECKED + " ('Mentor Graphics' once in GATHERING.md, a lead list naming Siemens' purchase of 2017, another matter; "
 "'Sun Microsystems', 'Hewlett-Packard', 'Digital Equipment', 'General Motors' and 'Boeing' in texts on other "
 "matters).", "US",
 v3=True, copy_of="the Wikipedia article, via owiki.org, a Wikipedia mirror"))

# ---- computers, US: Scientific Data Systems (piglix.com's copy, undated, an older revision) -------------------------
SD = [
 "Scientific Data Systems, or SDS, was an American computer company founded in September 1961 by Max Palevsky and "
 "Robert Beck, veterans of Packard Bell and Bendix, along with eleven other computer scientists. SDS was an early "
 "adopter of integrated circuits in computer design and the first to employ silicon transistors. The company "
 "concentrated on larger scientific workload focused machines and sold many machines to NASA during the Space Race. "
 "Most machines were both fast and relatively low priced. The company was sold to Xerox in 1969, but dwindling sales "
 "due to the oil crisis of 1973\u201374 caused Xerox to close the division in 1975 at a loss of hundreds of millions "
 "of dollars. During the Xerox years the company was officially Xerox Data Systems, or XDS.",
 "Throughout the majority of the 1960s the US computer market was dominated by Snow White (IBM) and the Seven "
 "Dwarves, NCR, Burroughs, Control Data Corporation, General Electric, Honeywell, RCA and UNIVAC. SDS entered this "
 "well developed market and soon carved out their own niche, a surprising development. Much of this success was due "
 "to the use of silicon-based transistors in their earliest designs, the 24-bit SDS 910 and SDS 920 which included a "
 "hardware (integer) multiplier. These are arguably the first commercial systems based on silicon, which offered much "
 "better performance for no real additional cost. Additionally the SDS machines shipped with a selection of software, "
 "notably a FORTRAN compiler, developed by Digitek, that made use of the systems' Programmed OPeratorS (POPS), and "
 "could compile, in 4K 24-bit words, programs in a single pass without the need for magnetic tape secondary storage. "
 "For scientific users writing small programs, this was a real boon and dramatically improved development turnaround "
 "time."]
KEPT["wp-scientific-data-systems"] = ("sds-piglix.txt", SD)
R.append(wp("wp-scientific-data-systems", "Scientific Data Systems",
 "http://108.161.137.60/piglix/Scientific_Data_Systems", "\n\n".join(SD),
 "computers", ["history", "founding", "founders", "acquisitions", "products", "suppliers"],
 "The article as piglix.com's copy holds it in the page store, served from the address 108.161.137.60/piglix (no "
 "date or revision id held; undated, an older revision, as batches 22b, 61e, 62d, 63c and 63h dated their piglix.com "
 "copies: its lead names 'Max Palevsky and Robert Beck, veterans of Packard Bell and Bendix', where the later "
 "rendering proxied on en-m-wikipedia-org.zproxy.org names 'Max Palevsky, Arthur Rock and Robert Beck, veterans of "
 "Packard Bell Corporation and Bendix'). The excerpt has no title line, infobox, heading or citation marker; its two "
 "paragraphs are single lines, joined here with a blank line. Kept whole: the excerpt ends at a sentence end ('... "
 "dramatically improved development turnaround time.'), but the copy goes on past it (an excerpt is never a whole "
 "page), so `truncated`. No word added or changed. Kept as written: 'Scientific Data Systems, or SDS, was an American "
 "computer company founded in September 1961 by Max Palevsky and Robert Beck, veterans of Packard Bell and Bendix, "
 "along with eleven other computer scientists', 'larger scientific workload focused machines' (no hyphens), 'sold "
 "many machines to NASA during the Space Race', 'relatively low priced', 'The company was sold to Xerox in 1969', "
 "'the oil crisis of 1973\u201374' (an en dash), 'caused Xerox to close the division in 1975', 'During the Xerox "
 "years the company was officially Xerox Data Systems, or XDS', 'dominated by Snow White (IBM) and the Seven "
 "Dwarves, NCR, Burroughs, Control Data Corporation, General Electric, Honeywell, RCA and UNIVAC' (eight names after "
 "'the Seven Dwarves', as written), 'this well developed market and soon carved out their own niche', 'the 24-bit SDS "
 "910 and SDS 920 which included a hardware (integer) multiplier', 'a FORTRAN compiler, developed by Digitek, that "
 "made use of the systems' Programmed OPeratorS (POPS)' (the capitals as written). 285 words. No outage and no "
 "near-miss of one told (a division closed at a loss is a business event). Recorded CC BY-SA 3.0 (an older revision, "
 "as batches 62d-63h recorded their piglix.com copies). Found at rank 2 of the query 'Scientific Data Systems Max "
 "Palevsky founded acquired by Xerox 1969'; computerhistory.org (rank 1; a museum's brochure, copyrighted), a "
 "blogspot obituary (rank 3), bookreadfree.com (rank 4; a book, copyrighted), en.wikipedia.org's and "
 "theinfolist.com's 'Max Palevsky' (ranks 5, 7; a biography, another article), en-m-wikipedia-org.zproxy.org (rank "
 "6; a proxy of a later rendering whose excerpt holds the lead and one paragraph under infobox clutter) and "
 "w.owiki.org (rank 8; a copy of a middle revision, no more facts) not used. Scientific Data Systems, Palevsky, "
 "Xerox Data Systems, Robert Beck, Digitek, Bendix: " + CHECKED + " ('Packard Bell' in texts on other matters: "
 "train's wp-global-silicon and dev's wp-zenith-data-systems; 'Xerox', 'NASA', 'IBM', 'Honeywell', 'Burroughs' and "
 "'RCA' in texts on other matters).", "US",
 v3=True, copy_of="the Wikipedia article, via piglix.com, a Wikipedia mirror"))

# ---- telecom equipment, US: Stromberg-Carlson (the-uncensored-wiki.com's static copy, about 2008) ------------------
SC = [
 "Stromberg-Carlson was a telecommunications equipment manufacturing company formed in 1894 as a partnership of "
 "Alfred Stromberg and Androv Carlson. Along with Western Electric (who supplied the Bell system) and the Kellogg "
 "Switchboard & Supply Company, it controlled the nation's supply of telephone equipment until after World War II.[1]",
 "In 1894, Alexander Graham Bell's patent for the telephone  expired. Stromberg and Carlson, Chicago employees of the "
 "American Bell Telephone Company, each invested $500 to establish a firm to manufacture equipment (primarily "
 "subscriber sets) for sale to independent telephone companies.",
 "Stromberg-Carlson was originally located in Chicago, with Carlson managing manufacture and Stromberg responsible for "
 "marketing. Stromberg-Carlson quickly established a reputation for reliable equipment and stable prices.",
 "In 1901, the temporary chief executive of the Kellogg Switchboard & Supply Company, Wallace De Wolf, assisted "
 "executives of rival telephone equipment manufacturer Western Electric in an attempt to take over Stromberg-Carlson. "
 "A bitter stockholder fight ensued, and the takeover attempt failed. Stromberg-Carlson reincorporated as a New York "
 "state corporation in 1902, where state law better protected the company from takeover efforts.[1][2]",
 "In 1904, Stromberg-Carlson was purchased by Home Telephone Company, a relatively large service provider based in "
 "Rochester, New York. The new owners quickly relocated all Stromberg-Carlson operations to New York. In 1955, "
 "Stromberg-Carlson was purchased by General Dynamics."]
KEPT["wp-stromberg-carlson"] = ("stromberg-uncensored.txt", SC)
R.append(wp("wp-stromberg-carlson", "Stromberg-Carlson",
 "http://the-uncensored-wiki.com:20082/articles/s/t/r/Stromberg-Carlson_e2c1.html",
 "\n\n".join(MARK.sub("", p) for p in SC),
 "telecommunications", ["history", "founding", "founders", "executives", "acquisitions", "takeover attempts"],
 "The article as the-uncensored-wiki.com's static copy holds it in the page store (its port-20082 archive, about "
 "2008; no revision id held; an older revision: its lead says 'Along with Western Electric (who supplied the Bell "
 "system) and the Kellogg Switchboard & Supply Company, it controlled the nation's supply', where the 2014 copy on the "
 "same site's port 20141 and en.wikipedia.org's 'Jump to: navigation' rendering say 'It was one of five companies "
 "that controlled the national supply'; batches 64f and earlier took the-uncensored-wiki.com copies, Haier's and "
 "Grameenphone's among them). Cut: the title line 'Stromberg-Carlson'; the line 'From Wikipedia, the free "
 "encyclopedia'; the hatnote 'This article is about Stromberg-Carlson, the American telephone equipment manufacturing "
 "company. For the phone phreak with a similar name, see Strom Carlson.' (a note on another article, not the "
 "article's text); the line 'Contents'; the heading '[edit] History'; the citation markers '[1]', '[1][2]' (no space "
 "before them); cut in the fifth paragraph after '... was purchased by General Dynamics.', before the sentence the "
 "excerpt breaks off in ('In 1982, General Dynamics sold the PBX division of Stromberg-Carlson to Comdial "
 "Corporation, and the Central Office division (located in Lake Mary, Florida known as GPT Stromberg Carlson sol'; "
 "`truncated`; a cut inside a paragraph, at a sentence end). Paragraphs joined with blank lines. No word added or "
 "changed. Kept as written: 'formed in 1894 as a partnership of Alfred Stromberg and Androv Carlson', 'Along with "
 "Western Electric (who supplied the Bell system)' ('system' in lower case), 'the nation's supply of telephone "
 "equipment until after World War II', 'Alexander Graham Bell's patent for the telephone  expired' (two spaces before "
 "'expired', as the excerpt has them), 'Stromberg and Carlson, Chicago employees of the American Bell Telephone "
 "Company, each invested $500 to establish a firm', '(primarily subscriber sets)', 'with Carlson managing "
 "manufacture and Stromberg responsible for marketing', 'the temporary chief executive of the Kellogg Switchboard & "
 "Supply Company, Wallace De Wolf, assisted executives of rival telephone equipment manufacturer Western Electric in "
 "an attempt to take over Stromberg-Carlson', 'reincorporated as a New York state corporation in 1902', "
 "'Stromberg-Carlson was purchased by Home Telephone Company, a relatively large service provider based in "
 "Rochester, New York' (no article before 'Home'), 'In 1955, Stromberg-Carlson was purchased by General Dynamics'. "
 "214 words. No outage and no near-miss of one told (a takeover attempt and a stockholder fight are business "
 "events). Recorded CC BY-SA 3.0 (a copy of about 2008, before Wikimedia's June 2023 move to 4.0; the text of 2008 "
 "was released under the GFDL and relicensed under CC BY-SA 3.0 in 2009, the terms batches 22b-64f recorded for such "
 "copies). Found at rank 5 of the query 'Stromberg-Carlson telephone manufacturer Rochester founded Alfred Stromberg "
 "Androv Carlson acquired General Dynamics'; the Science Museum Group collection (rank 1; a catalogue entry), "
 "piglix.com (rank 2; free, but its excerpt breaks off before the General Dynamics purchase), rubli.net (rank 3; a "
 "collector's page, copyrighted), lipsitzponterio.com (rank 4; a law firm's page), the same site's 2014 copy (rank "
 "6; ends before 1955), absoluteastronomy.com (rank 7; words dropped from its sentences) and en.wikipedia.org's "
 "'Jump to: navigation' rendering (rank 8; free, ends before 1955) not used. Stromberg, Kellogg Switchboard, Wallace "
 "De Wolf, Androv Carlson, American Bell Telephone: " + CHECKED + " ('Home Telephone' only inside another name in "
 "texts on other matters: train's ACMA text on TPG's triple-zero penalties and batch 18d's script; 'Western "
 "Electric' only inside 'South Western Electricity' and like names; 'General Dynamics' in texts on other "
 "matters).", "US",
 v3=True, copy_of="the Wikipedia article, via the-uncensored-wiki.com, a static Wikipedia mirror"))

# ---- electronics, US: Philco (en.wikipedia.org's rendering, reached through the redirect Philco-Ford, 2024) ----------
PH = [
 "Philco (an acronym for Philadelphia Battery Company)[1] is an American electronics manufacturer headquartered in "
 "Philadelphia. Philco was a pioneer in battery, radio, and television production. In 1961, the company was "
 "purchased by Ford and, from 1966, renamed \"Philco-Ford\". Ford sold the company to GTE in 1974, and it was "
 "purchased by Philips in 1981. In North America, the Philco brand is owned by Philips. In other markets, the Philco "
 "International brand is owned by Electrolux.",
 "In the early 1920s, Philco made storage batteries, \"socket power\" battery eliminator units (plug-in "
 "transformers), and battery chargers. With the invention of the rectifier tube, which made it practical to power "
 "radios by electrical outlets, in 1928, Philco entered the radio business.[2] They followed other radio makers such "
 "as RCA, Atwater-Kent, Zenith Electronics, Freshman Masterpiece, FADA Radio (Frank A. D'Andrea Radio), and AH Grebe "
 "into the battery-powered radio business. By the end of 1930, they were selling more radios than any other maker, a "
 "position they held for more than 20 years.[3]",
 "Philco built many iconic radios and television sets, including the classic cathedral-shaped wooden radio of the "
 "1930s (aka the \"Baby Grand\"), and the Predicta series of television receiver sets of the 1950s.",
 "Philo Farnsworth, credited for inventing the first fully functional all electronic vacuum tube television system "
 "(U.S. patent 1,773,980, filed Jan 7, 1927), worked at Philco from 1931 to 1933.[4][5]"]
KEPT["wp-philco"] = ("philco-enwiki.txt", PH)
R.append(wp("wp-philco", "Philco", "https://en.wikipedia.org./wiki/Philco-Ford",
 "\n\n".join(MARK.sub("", p) for p in PH),
 "electronics", ["history", "ownership", "acquisitions", "products", "brands"],
 "The article as en.wikipedia.org's rendering holds it in the page store, reached through the redirect 'Philco-Ford' "
 "('(Redirected from Philco-Ford)'; the address as held has a dot after 'org'; no revision id held; a 2024 rendering: "
 "its infobox says 'Founded1892; 132 years ago'). Cut: the lines 'Jump to content', 'Philco' (the title), 'From "
 "Wikipedia, the free encyclopedia' and '(Redirected from Philco-Ford)'; the infobox lines ('Philco', 'Formerly', "
 "'  \u2022 Helios Electric Company', '  \u2022 Philadelphia Storage Battery Company', 'Company typePrivate "
 "(1892\u20131961)' to 'Websitewww.philco-intl.eu/home-en', with 'Key people', 'Philo Farnsworth', 'ParentPhilips "
 "(North America),' and 'Electrolux (elsewhere)'), so the former names Helios Electric Company and Philadelphia "
 "Storage Battery Company and the infobox's parents are not in the text (cut as batches 54zu-63h cut their "
 "infoboxes); the citation markers '[1]' to '[5]' (no space before them); cut at the end of the fourth paragraph "
 "('... worked at Philco from 1931 to 1933.'), before the heading 'Early history' with which the excerpt ends "
 "(`truncated`; a cut at a paragraph end). Paragraphs joined with blank lines. No word added or changed. Kept as "
 "written: 'Philco (an acronym for Philadelphia Battery Company) is an American electronics manufacturer "
 "headquartered in Philadelphia' (the present tense of a brand that lives on), 'In 1961, the company was purchased "
 "by Ford and, from 1966, renamed \"Philco-Ford\"' (straight quotes, the full stop outside them), 'Ford sold the "
 "company to GTE in 1974, and it was purchased by Philips in 1981', 'In North America, the Philco brand is owned by "
 "Philips. In other markets, the Philco International brand is owned by Electrolux.', '\"socket power\" battery "
 "eliminator units (plug-in transformers)', 'in 1928, Philco entered the radio business', 'They followed other radio "
 "makers such as RCA, Atwater-Kent, Zenith Electronics, Freshman Masterpiece, FADA Radio (Frank A. D'Andrea Radio), "
 "and AH Grebe into the battery-powered radio business', 'the classic cathedral-shaped wooden radio of the 1930s (aka "
 "the \"Baby Grand\")', 'the Predicta series of television receiver sets of the 1950s', 'Philo Farnsworth, credited "
 "for inventing the first fully functional all electronic vacuum tube television system (U.S. patent 1,773,980, "
 "filed Jan 7, 1927), worked at Philco from 1931 to 1933'. 228 words. No outage and no near-miss of one told. "
 "Recorded CC BY-SA 4.0 (a 2024 rendering, after Wikimedia's June 2023 move to 4.0). Found at rank 7 of the query "
 "'Philco Philadelphia Storage Battery Company radio manufacturer acquired by Ford Motor Company 1961'; the Science "
 "Museum Group collection (ranks 1, 2; catalogue entries), oldradio.com (ranks 3-5; an author's signed history, "
 "copyrighted), progress-is-fine.blogspot.com (rank 6; a blog post) and infosekolah.net (rank 8; a copy of the same "
 "revision; Wikipedia's own page preferred) not used. Philco, Atwater-Kent, Freshman Masterpiece, Grebe, Baby Grand, "
 "D'Andrea: " + CHECKED + " ('Farnsworth' in texts on another person, batch 56l's SEC text on MoviePass's former "
 "chief executive; 'FADA' and 'Predicta' only inside longer words such as 'unpredictable'; 'Electrolux' in train's "
 "wp-getinge, another matter; 'Ford', 'GTE', 'Philips', 'RCA' and 'Zenith Electronics' in texts on other "
 "matters).", "US",
 copy_of="the Wikipedia article"))


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
