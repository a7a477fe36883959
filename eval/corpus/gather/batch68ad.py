#!/usr/bin/env python3
"""Batch 68ad (session 62; gatherer lane 68ad): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-68w (lane 68ad: technology and media companies), kept to an American telephone company, a British-
American film studio and an American computer maker, new to the corpus: ConTel Corporation (Continental Telephone),
the third largest independent phone company in the United States before the 1996 deregulation, acquired by GTE in 1991,
whose earliest predecessor Telephone Communications Corporation Charles Wohlstetter founded as a holding company in 1960
and which became Continental Telephone Company with Central Western Company in 1961 (telecom, US); Eagle-Lion Films, J.
Arthur Rank's film production company of September 1946, buyer of Robert R. Young's PRC Pictures in 1947, under Arthur
B. Krim's control from 1946 to 1949, with Bryan Foy in charge of production, its lot bought by the Ziv Company in 1954
(film production, UK/US); and Pyramid Technology Corporation, the maker of RISC-based minicomputers formed in 1981 by
ex-Hewlett-Packard employees, its DC/OSx and its 90x of August 1983, bought by Siemens AG in March 1995 and merged into
Siemens Computer Systems US (computers, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): gtjkyu.blogspot.com's copy of 'Contel' (a blog post of October 2018 copying the article; an older revision),
w.owiki.org's copy of 'Eagle-Lion Films' (undated, an older revision) and wikimili.com's copy of 'Pyramid Technology'
(undated, a recent revision); two cut at a sentence end before the sentence their excerpt breaks off in, the third at
a paragraph end (`truncated`: no excerpt is the whole article). Edits per item in `notes` (site lines, a maintenance
template line, infobox lines, a contents list, section headings and citation markers cut; paragraphs joined with blank
lines; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather68ad/src),
the markers ('[1]', ' [1]', '[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as
batches 55e-68w did. No text tells an outage or a near-miss of one. newskg (or any extractor) was not run on any text.
A round of three: three queries, each answered with English Wikipedia text on a company not yet in the corpus (round
notes, /tmp/gather68ad/NOTES.md; queries, /tmp/gather68ad/src/queries.txt; claims, /work/notes/gather68/CLAIMS.txt).
usage: batch68ad.py [POOL_DIR] [--dry]   (default /tmp/gather68ad/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68ad/pool"
SRC = "/tmp/gather68ad/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and in GATHERING.md outside its "
           "lists of leads, none in the session-62 pools (/tmp/gather68*/pool) or in /work/notes/gather68/CLAIMS.txt "
           "before this lane's claim (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- telecom, US: Contel (gtjkyu.blogspot.com's copy, October 2018, an older revision) -------------------------------
CT = [
 "ConTel Corporation (Continental Telephone) was the third largest independent phone company in the United States "
 "prior to the 1996 telecom deregulation. It was acquired by GTE in 1991.",
 "ConTel Corporation's earliest predecessor, Telephone Communications Corporation, was founded by Charles Wohlstetter. "
 "After working as a Wall Street runner in the 1920s and as a Hollywood screenwriter in the 1930s, Wohlstetter returned "
 "to Wall Street in the 1940s and became a financier. In 1960 he made what he would later call a bad investment in an "
 "Alaskan oil company that would become the impetus for ConTel. To help turn that investment around, Wohlstetter "
 "raised $1.5 million to form a holding company, Telephone Communications Corporation. Some 30 years later, "
 "Wohlstetter's $1.5 million investment had grown into a company that had acquired and consolidated more than 750 "
 "smaller companies with total corporate assets hovering around $6 billion.",
 "One of the company's first acquisitions was Central Western Company, which merged with Telephone Communications in "
 "1961 to form the new parent Continental Telephone Company. The acquisition of Central Western, along with Harfil, "
 "Inc., provided the company with customer billing, general accounting, and toll separation services."]
KEPT["wp-contel"] = ("contel.txt", CT)
R.append(wp("wp-contel", "Contel", "https://gtjkyu.blogspot.com/2018/10/contel.html", "\n\n".join(CT),
 "telecommunications", ["history", "founding", "founders", "acquisitions"],
 "The article as gtjkyu.blogspot.com (a blog post of October 2018, by its address, copying the English Wikipedia "
 "article whole with its maintenance template, infobox table and contents list) holds it in the page store (no "
 "revision id held; a revision of 2016-2018 by its template line '(January 2016)' and the post's date; recorded 3.0, "
 "doubtful: a blog's copy, dated by its address only). Cut: the title line 'Contel'; the template line 'This article "
 "includes a list of references, but its sources remain unclear ... (Learn how and when to remove this template "
 "message) |'; the infobox table ('Former type | Public |' to 'Products | Internet access, Local wireline and wireless "
 "telecommunication services |', with 'Headquarters | Atlanta, GA |' and 'Founded | 1960 |', so Atlanta is not in the "
 "text); the contents list ('Contents' to '3 External links'); the headings 'History' and 'Early 20th Century'; the "
 "marker '[citation needed]'; cut after '... and toll separation services.', before the sentence the excerpt breaks off "
 "in ('Continental based its early acquisition strategy on Kriegsspiel, ... at Prussian w'; `truncated`). Paragraphs "
 "joined with blank lines. No word added or changed. Kept as written: 'ConTel Corporation (Continental Telephone) was "
 "the third largest independent phone company in the United States prior to the 1996 telecom deregulation' (the "
 "capital T inside 'ConTel'), 'It was acquired by GTE in 1991', 'ConTel Corporation's earliest predecessor, Telephone "
 "Communications Corporation, was founded by Charles Wohlstetter', 'a Wall Street runner in the 1920s and as a "
 "Hollywood screenwriter in the 1930s', 'In 1960 he made what he would later call a bad investment in an Alaskan oil "
 "company', 'Wohlstetter raised $1.5 million to form a holding company, Telephone Communications Corporation', 'more "
 "than 750 smaller companies with total corporate assets hovering around $6 billion', 'One of the company's first "
 "acquisitions was Central Western Company, which merged with Telephone Communications in 1961 to form the new parent "
 "Continental Telephone Company', 'The acquisition of Central Western, along with Harfil, Inc., provided the company "
 "with customer billing, general accounting, and toll separation services'. {WORDS} words. No outage and no near-miss "
 "of one told. Found at rank 2 of the query 'Contel Corporation Continental Telephone telecommunications company "
 "history merged GTE' (Contel a name of batch 68w's list of leads); alchetron.com (rank 1; the same words with site "
 "lines and stray caption lines, 'Gp strategies rick contel pharmaceutical sales solution'), a Google Sites research "
 "page quoting The New York Times (rank 3; news text, copyrighted), acearchive.org (rank 4; a GTE essay), "
 "fundinguniverse.com (ranks 5, 7, 8; a copyrighted company history) and a Roanoke Times article (rank 6; news) not "
 "used. Contel, ConTel, Continental Telephone, Wohlstetter, Telephone Communications Corporation, Central Western, "
 "Harfil: " + CHECKED + " ('GTE' in texts on other matters).", "US", v3=True,
 copy_of="the Wikipedia article, via gtjkyu.blogspot.com"))

# ---- film production, UK/US: Eagle-Lion Films (w.owiki.org's copy, undated, an older revision) -----------------------
EL = [
 "Eagle-Lion Films was a British-American film production company owned by J. Arthur Rank intended to release British "
 "productions in the United States. In 1947 it acquired Robert R. Young's PRC Pictures, a small American production "
 "company, to produce B Pictures to accompany the British releases. The studio became one of the most respected makers "
 "of B-movies on what was known as Hollywood's \"Poverty Row.\" Eagle-Lion was also a film distribution company under "
 "the name of Eagle-Lion Distributors Limited in the United Kingdom and Eagle-Lion Films Inc. in the United States. In "
 "1954, the film lot, at 7324 Santa Monica Boulevard, was purchased by the Ziv Company for production of its "
 "syndicated television programs. It has long since been demolished.",
 "The company was founded in September 1946. From 1946 to 1949 Eagle-Lion was under the control of Arthur B. Krim who "
 "in addition to releasing films by Rank and reissues of David O. Selznick films produced his own B-movies as support. "
 "Bryan Foy the former head of the B-picture unit at Warner Bros. was placed in charge of production. Some of the "
 "producers working at Eagle-Lion included Aubrey Schenck, Jack Schwarz and briefly, Walter Wanger and George Pal. "
 "Directors included Anthony Mann. The initial arrangement was that Rank and Eagle-Lion would each produce five films "
 "a year. Costs were also initially kept to less than $500,000 per film. Their first year of films were financed with "
 "$8 million in loans from the Bank of America which Young personally guaranteed. The company recorded a loss of $2.2 "
 "million in 1947. Arthur B. Krim later attributed this to them paying too much money for stars who were not worth "
 "anything at the box office. This encouraged Eagle-Lion to change its mode of production, using more independent "
 "producers as a source of product. Bryan Foy resigned as head of production to become an independent producer for "
 "the company and Arthur Krim became studio chief."]
KEPT["wp-eagle-lion-films"] = ("eaglelion.txt", EL)
R.append(wp("wp-eagle-lion-films", "Eagle-Lion Films", "http://w.owiki.org/wiki/Eagle-Lion_Films", "\n\n".join(EL),
 "film production", ["history", "founding", "acquisition", "distribution", "executives"],
 "The article as w.owiki.org (a site serving copies of English Wikipedia articles) holds it in the page store (no date "
 "or revision id held; an older revision by its wording: 'a British-American film production company owned by J. "
 "Arthur Rank' and 'founded in September 1946', where wikiz.com's and lostnfoundfilms.uscreen.io's newer text at ranks "
 "8 and 1 of the same query opens 'Eagle-Lion Films was the name of two distinct, though related, companies' and has "
 "'December 1945'; piglix.com's copy at rank 2, older still, has 'a British film production company'; recorded 3.0, "
 "doubtful: undated). Cut: the heading 'History'; cut after '... and Arthur Krim became studio chief.', before the "
 "sentence the excerpt breaks off in ('Eagle-Lion would help finance the films and off'; `truncated`). The copy has no "
 "title line, infobox or citation marker in this excerpt. Paragraphs joined with a blank line. No word added or "
 "changed. Kept as written: 'a British-American film production company owned by J. Arthur Rank intended to release "
 "British productions in the United States', 'In 1947 it acquired Robert R. Young's PRC Pictures, a small American "
 "production company', 'B Pictures' and 'B-movies' (both forms), 'Hollywood's \"Poverty Row.\"' (the period inside the "
 "quotation marks), 'under the name of Eagle-Lion Distributors Limited in the United Kingdom and Eagle-Lion Films Inc. "
 "in the United States', 'In 1954, the film lot, at 7324 Santa Monica Boulevard, was purchased by the Ziv Company', "
 "'The company was founded in September 1946', 'From 1946 to 1949 Eagle-Lion was under the control of Arthur B. Krim "
 "who ...' (no comma before 'who'), 'Bryan Foy the former head of the B-picture unit at Warner Bros. was placed in "
 "charge of production' (no commas around the apposition), 'Some of the producers working at Eagle-Lion included "
 "Aubrey Schenck, Jack Schwarz and briefly, Walter Wanger and George Pal', 'Directors included Anthony Mann', 'Their "
 "first year of films were financed with $8 million in loans from the Bank of America which Young personally "
 "guaranteed', 'Bryan Foy resigned as head of production to become an independent producer for the company and Arthur "
 "Krim became studio chief' ('Arthur Krim' here, 'Arthur B. Krim' before). {WORDS} words. No outage and no near-miss "
 "of one told (a loss of $2.2 million is a business result). Found at rank 3 of the query 'Eagle-Lion Films American "
 "film studio J. Arthur Rank Producers Releasing Corporation 1947' (Eagle-Lion Films the first name of batch 68w's "
 "list of leads); lostnfoundfilms.uscreen.io (rank 1; a streaming site's rewritten page), piglix.com (rank 2; an older "
 "copy with site lines), alchetron.com (rank 4; site lines and stray lines), theinfolist.com (rank 5; glosses inside "
 "the text), a blog (rank 6), wikisum.wiki (rank 7; shuffled sentences) and wikiz.com (rank 8; the lead only) not "
 "used. Eagle-Lion, J. Arthur Rank, PRC Pictures, Robert R. Young, Ziv Company, Bryan Foy, Aubrey Schenck, Jack "
 "Schwarz: " + CHECKED + " ('Krim' in dev's wp-orion-pictures, a text on another company, and 'Warner Bros.', 'Bank "
 "of America', 'Walter Wanger' and 'Selznick' possibly in texts on other matters).", "non-US", v3=True,
 copy_of="the Wikipedia article, via w.owiki.org"))

# ---- computers, US: Pyramid Technology (wikimili.com's copy, undated, a recent revision) -----------------------------
PY = [
 "Pyramid Technology Corporation was a computer company that produced a number of RISC-based minicomputers at the upper "
 "end of the performance range. [1] It was based in the San Francisco Bay Area of California",
 "They also became the second company to ship a multiprocessor UNIX system (branded DC/OSx), in 1985, which formed the "
 "basis of their product line into the early 1990s. Pyramid's OSx was a dual-universe UNIX which supported programs "
 "and system calls from both 4.xBSD and AT&T's UNIX System V. [2]",
 "Pyramid Technology was formed in 1981 by a number of ex-Hewlett-Packard employees, who were interested in building "
 "first-rate minicomputers based on RISC designs.",
 "In March 1995 Pyramid was bought by Siemens AG and merged into their Siemens Computer Systems US unit. [3] [4] [5] In "
 "1998 this unit was split, with the services side of the operation becoming Wincor Nixdorf. In 1999 Siemens and "
 "Fujitsu merged their computer operations to form Fujitsu Siemens Computers, and finally Amdahl was added to the mix "
 "in 2000.",
 "The first Pyramid Technology series of minicomputers was released in August 1983 [6] [7] as the 90x "
 "superminicomputer, which used their custom 32-bit scalar processor running at 8 MHz."]
KEPT["wp-pyramid-technology"] = ("pyramid.txt", PY)
PY = [re.sub(r"\s*\[\d+\]", "", p) for p in PY]
R.append(wp("wp-pyramid-technology", "Pyramid Technology", "https://wikimili.com/en/Pyramid_Technology",
 "\n\n".join(PY), "computers", ["history", "founding", "products", "acquisition"],
 "The article as wikimili.com (a site serving copies of English Wikipedia articles; batches of sessions 55-62 used its "
 "copies) holds it in the page store (no date or revision id held; a recent revision by its wording: 'branded DC/OSx' "
 "and 'released in August 1983', where wikiless.lunar.icu's first revision of 7 February 2004 at rank 4 of the same "
 "query has 'the first company to ship a multiprocessor Unix system' and 'released in 1983'; recorded 4.0, doubtful: "
 "undated). Cut: the title line 'Pyramid Technology', the site line 'Last updated', the 'Contents' line, the headings "
 "'History', 'Products' and '90x'; the citation markers (' [1]' to ' [7]'); cut after '... running at 8 MHz.', at the "
 "end of a paragraph, before the paragraphs on the 90x's architecture (`truncated`). Paragraphs joined with blank "
 "lines. No word added or changed. Kept as written: 'It was based in the San Francisco Bay Area of California' (no "
 "closing period, as the copy has it), 'the second company to ship a multiprocessor UNIX system (branded DC/OSx), in "
 "1985', 'Pyramid's OSx was a dual-universe UNIX which supported programs and system calls from both 4.xBSD and AT&T's "
 "UNIX System V', 'formed in 1981 by a number of ex-Hewlett-Packard employees', 'In March 1995 Pyramid was bought by "
 "Siemens AG and merged into their Siemens Computer Systems US unit', 'In 1998 this unit was split, with the services "
 "side of the operation becoming Wincor Nixdorf', 'In 1999 Siemens and Fujitsu merged their computer operations to "
 "form Fujitsu Siemens Computers, and finally Amdahl was added to the mix in 2000', 'released in August 1983 as the 90x "
 "superminicomputer'. {WORDS} words. No outage and no near-miss of one told. Found at rank 7 of the query 'Pyramid "
 "Technology Corporation minicomputer company Mountain View founded 1981 Siemens Nixdorf' (Pyramid Technology a name "
 "of batch 68w's list of names with hits only in lists of leads); historyofdomains.com and historyofdomainnames.com "
 "(ranks 1, 5, 8; a domain-history site mixing the article with a company profile), piglix.com (rank 2; an older copy "
 "without 'DC/'), theinfolist.com (rank 3; glosses), wikiless.lunar.icu (rank 4; the first revision of 2004, a stub "
 "'needs cleanup') and wikiclassic.com (rank 6; words mangled, 'wuz', 'inner 1993') not used. Pyramid Technology, "
 "DC/OSx, Amdahl, Harfil: " + CHECKED + " ('Pyramid' alone in texts on pyramid schemes and other matters; 'Wincor' "
 "in train's wp-diebold-nixdorf, 'Siemens Computer Systems' and 'Fujitsu Siemens' in test's "
 "wp-fujitsu-siemens-computers-joint-venture, texts on other companies).", "US",
 copy_of="the Wikipedia article, via wikimili.com"))

for r in R:
    r["notes"] = r["notes"].replace("{WORDS}", str(len(r["text"].split())))


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
