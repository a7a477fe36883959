#!/usr/bin/env python3
"""Batch 62n (session 57; gatherer lane 62n, outage texts): one English Wikipedia article on a state-wide power failure,
new to the corpus: the 2016 South Australian blackout, the storm of 28 September 2016 that damaged 23 pylons and three
of the four interconnectors north and west of Adelaide, the cascading failure of the transmission network that left
almost the entire state without electricity from about 3:50 p.m. local time, Kangaroo Island kept supplied by its own
power station, the grid operated by ElectraNet and tied to the National Electricity Market by the Heywood interconnector
and Murraylink (electricity, Australia; region non-US) -- in the outage lane batches 62c and 62f worked with the
Signpost, here with a Wikipedia article on a grid failure, as batches 19d-26f took theirs.
English Wikipedia text (CC BY-SA), the search tool's page-store excerpt (`search`, corpus `pages`; never a whole page):
the IPFS mirror of English Wikipedia's copy of '2016 South Australian blackout' (goodnames.eth.limo, a static copy of
a 2017 dump, as batch 40o took Forcepoint from goodnames.eth.link), cut at a paragraph end before the sentence its
excerpt breaks off (`truncated`). Edits in `notes` (the title line and three section headings cut, citation markers
cut; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather63n/src),
the markers ('[1]', '[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as batches
55e-62h did. The text tells one outage (the state-wide blackout) and near-misses (localised outages counted, not told
apart; an interconnector down for an upgrade). newskg (or any extractor) was not run on the text. A round of one:
twenty-six queries, one taken (round notes, /work/notes/gather63/62n.md; queries, /tmp/gather63n/src/queries.txt).
usage: batch62n.py [POOL_DIR] [--dry]   (default /tmp/gather63n/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather63n/pool"
SRC = "/tmp/gather63n/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md (beyond the "
           "lead lists of earlier rounds), in the session-57 pools (/tmp/gather63*/pool) and in "
           "/work/notes/gather63/CLAIMS.txt as they stood when checked (`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- electricity, Australia: the 2016 South Australian blackout (the IPFS mirror, a 2017 dump) ----------------------
SA = [
 "The South Australian blackout of 2016 was a widespread power outage in South Australia that occurred as a result of "
 "storm damage to electricity transmission infrastructure on 28 September 2016. The cascading failure of the "
 "electricity transmission network resulted in almost the entire state losing its electricity supply. Kangaroo Island "
 "did not lose its supply, as the Kangaroo Island power station had been built to supply the island in the event that "
 "the power cable under Backstairs Passage might fail, so the island was self-sufficient for electricity when the "
 "mainland grid failed.",
 "On the day of the failure, South Australia experienced a violent storm reported as being a once-in-50-year event. "
 "There was gale force and storm force wind across wide areas of the state. It included at least two tornadoes in the "
 "vicinity of Blyth, which damaged multiple elements of critical infrastructure. The state was hit by at least 80,000 "
 "lightning strikes. The wind damaged a total of 23 pylons on electricity transmission lines, including damage on "
 "three of the four interconnectors connecting the Adelaide area to the north and west of the state.",
 "The South Australian power grid is operated by ElectraNet and connected to the National Electricity Market via two "
 "interconnectors to Victoria. These are the Heywood interconnector (recently upgraded to 650MW at 275kV) in the "
 "southeast of the state and the Murraylink (220MW at 150kV) HVDC further north, connecting Berri to Red Cliffs in "
 "Victoria. The Heywood interconnector had been down for upgrade earlier in the year, and was initially blamed for "
 "the widespread outage.",
 "The weather had resulted in localised power outages throughout the day, but at around 3:50 p.m. local time, almost "
 "the entire state power grid cut out."]
KEPT["wp-2016-south-australian-blackout"] = ("sa-blackout-2016-goodnames.txt", SA)
R.append(wp("wp-2016-south-australian-blackout", "2016 South Australian blackout",
 "https://goodnames.eth.limo/wiki/2016_South_Australian_blackout.html",
 "\n\n".join(SA),
 "electricity", ["outage", "power failure", "storm", "transmission"],
 "The article as the IPFS mirror of English Wikipedia (goodnames.eth.limo, a static copy of a 2017 dump, the mirror "
 "batch 40o took Forcepoint from at goodnames.eth.link) holds it in the page store: a revision of about late 2016 to "
 "2017 (AEMO's preliminary findings not yet in the lead; no revision id). Cut: the title line ('2016 South Australian "
 "blackout'); the section headings 'Storms', 'Power grid' and 'Blackout' (their paragraphs kept); the citation "
 "markers '[1]' to '[7]'; everything after '... almost the entire state power grid cut out.', a sentence end inside "
 "the 'Blackout' section's first paragraph, because the excerpt breaks off in the next sentence ('Early indications "
 "were that as the transmission lines in the Mid North failed due to damaged pylons, the automatic safety features in "
 "the network is'; `truncated`; a cut inside a paragraph, at a sentence end), so the Mid North and the safety "
 "features' part in the cascade are not in the text. No word added or changed. Kept as written: 'a widespread power "
 "outage in South Australia that occurred as a result of storm damage to electricity transmission infrastructure on "
 "28 September 2016', 'The cascading failure of the electricity transmission network resulted in almost the entire "
 "state losing its electricity supply', 'Kangaroo Island did not lose its supply,' (the comma the dropped marker "
 "followed), 'the power cable under Backstairs Passage', 'a once-in-50-year event', 'in the vicinity of Blyth,', "
 "'The wind damaged a total of 23 pylons', 'The South Australian power grid is operated by ElectraNet and connected "
 "to the National Electricity Market via two interconnectors to Victoria', '(recently upgraded to 650MW at 275kV)' "
 "and '(220MW at 150kV) HVDC' (units run together as the copy has them), 'the Murraylink', 'had been down for upgrade "
 "earlier in the year, and was initially blamed for the widespread outage', 'at around 3:50 p.m. local time'. 284 "
 "words. One outage told (the state-wide blackout of 28 September 2016); near-misses: the 'localised power outages "
 "throughout the day' (counted, not told apart), the Heywood interconnector 'down for upgrade earlier in the year' (no "
 "service lost told), Kangaroo Island's supply kept. Recorded CC BY-SA 3.0 (the 2017 dump, before Wikimedia's move to "
 "4.0 of June 2023; doubtful: the mirror names no revision and its terms were not found in the page store, as batches "
 "31i and 40o recorded). Found at rank 5 of the query '2016 South Australian blackout ElectraNet transmission towers "
 "storm Heywood interconnector'; wikisum.wiki (rank 4; a summary of sentences out of order, as batch 25b found it), "
 "electranet.com.au (rank 6; the company's own release, licence not open), the rest news, not used. Earlier rounds "
 "(GATHERING.md's not-used lists of batches 25b and 32f, after batches 18c and 18d) found only the wikisum "
 "summary and regulators' pages for this event, so it is new. 'South Australian blackout', 'Murraylink', "
 "'Kangaroo Island', 'Backstairs Passage', "
 "'28 September 2016': " + CHECKED + " ('ElectraNet' only in lead and not-used lists and in batch 51r's notes on "
 "'Electra', a radio text on another matter; 'Heywood' in batch 18d2's AEMO text on a Victorian "
 "transmission-line outage, another event, and in unrelated texts; 'Blyth', 'Berri' and 'Victoria' in texts on "
 "other matters).", "non-US", v3=True,
 copy_of="the Wikipedia article, as the IPFS mirror of English Wikipedia (a 2017 dump) holds it"))


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
