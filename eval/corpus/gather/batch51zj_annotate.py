#!/usr/bin/env python3
"""Batch 51zj gold annotations (the texts of batch51zj.py: an SEC press release of 25 April 2003 -- 'the Securities and
Exchange Commission and the Public Company Accounting Oversight Board announced that the PCAOB has been determined to
be appropriately organized'; 'the founding members of the PCAOB, Charles Niemeier, Dan Goelzer, Kayla Gillan and Bill
Gradison' praised by 'SEC Chairman William H. Donaldson', and 'PCAOB Acting Chairman Charles D. Niemeier' quoted; an
SEC News Digest item of 29 July 2004 -- 'Chairman William H. Donaldson thanked the Mutual Fund Directors Forum' for its
report, 'the Forum and its chairman, former SEC Chairman David Ruder'), written from the texts alone; newskg was not
run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published` (the release's date, 2003-04-25, its copy's dateline year being a
slip -- see batch51zj.py; the digest's date line).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 51c, 51h, 51u, 51za,
51ze; looked up in 51ze's Gradison file ('As a founding member of the PCAOB' -> director at the PCAOB, current true,
'founding' no founder; 'acting Chairperson' -> chairman; 'SEC Chairman' -> chairman; PCAOB aliased 'PCAOB' only, 'the
board' no alias), 51u's Goelzer file ('Acting Chairman for the PCAOB' -> chairman and 'member of the PCAOB Board' ->
director, both current; 'subject to oversight by the Commission' -> no relation), the lane's texts with 'SEC' and no
full name (entity named 'SEC', 'Commission' its alias where written: eight corpus files, seven of the lane), and GUIDELINES (a board member who chairs
it -> director and chairman when both posts are named; former -> current false; a report's title and a law are no
entities), by their gold only where other matters).
usage: batch51zj_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52zj/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
PCAOB = "Public Company Accounting Oversight Board"
NIE = "Charles D. Niemeier"
DON = "William H. Donaldson"
MFDF = "Mutual Fund Directors Forum"
A = {}

# ---- PCAOB determined appropriately organized, SEC press release, published 2003-04-25 (a Friday) ---------------------
A["us-sec-pcaob-appropriately-organized-acting-chairman-niemeier-founding-members-2003"] = dict(
 # The Securities and Exchange Commission ('the SEC' and "The SEC's" four times, 'SEC Chairman': alias 'SEC'; 'the
 # Commission' once: alias 'Commission'; 'my fellow Commissioners' a plural of members, no alias); the Public Company
 # Accounting Oversight Board (twice in full; 'the PCAOB' four times, 'PCAOB Acting Chairman': alias 'PCAOB'; "the
 # Board's mission", "the Board's work", 'the Board members' with a capital B not aliased -- 51ze's and 51u's way with
 # 'board', **doubtful**: capitalised as a short name the way 'the Commission' is, a reader may add alias 'Board');
 # Charles D. Niemeier ('Charles Niemeier' in the list of founding members: alias; no surname alone); Dan Goelzer, Kayla
 # Gillan, Bill Gradison (each once, as written: 'Dan' not 'Daniel L.', 51u's name for the same man being another
 # file's); William H. Donaldson (once). Not annotated: the Sarbanes-Oxley Act and 'the Act' (a law: GUIDELINES),
 # 'registered public accounting firms', 'auditors of public companies', 'investors' (generic), 'section 101(d)' (a
 # section of the law)
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Organization", PCAOB, "PCAOB"),
           E("Person", NIE, "Charles Niemeier"),
           E("Person", "Dan Goelzer"),
           E("Person", "Kayla Gillan"),
           E("Person", "Bill Gradison"),
           E("Person", DON)],
 # 'PCAOB Acting Chairman Charles D. Niemeier' -> chairman at the PCAOB, current true (51u's and 51ze's acting chair ->
 # chairman); 'the founding members of the PCAOB, Charles Niemeier, Dan Goelzer, Kayla Gillan and Bill Gradison' ->
 # director at the PCAOB for each of the four, current true (51ze's 'founding member of the PCAOB' -> director;
 # they 'have each done an outstanding job over the past four months' and Donaldson looks forward 'to working with
 # the Board members': sitting members; 'founding' is no founder of the body -- near-miss). Niemeier gets both posts
 # (GUIDELINES: a board member who chairs it -> director and chairman when both posts are named -- **doubtful** only in
 # that the two posts are named in different paragraphs, one for the four members together). 'SEC Chairman William H.
 # Donaldson' -> chairman at the SEC, current true. Near-misses: 'my fellow Commissioners' (unnamed members of the
 # Commission: no role); 'the Board members' (the same four, already given); the Commission's oversight of the PCAOB
 # in the last paragraph ('provides for the Commission to determine whether the PCAOB is appropriately organized')
 roles=[R(NIE, "chairman", PCAOB, True),
        R(NIE, "director", PCAOB, True),
        R("Dan Goelzer", "director", PCAOB, True),
        R("Kayla Gillan", "director", PCAOB, True),
        R("Bill Gradison", "director", PCAOB, True),
        R(DON, "chairman", SEC, True)],
 # No relation: the Commission and the PCAOB announce together and the Commission determines whether the board is
 # organized (oversight under the Act, not ownership or a unit: 51u's and 51ze's near-miss; **doubtful**: a reader
 # may tie the board to the SEC as its parent); 'our joint mission' (Niemeier's words on the two bodies' common aim,
 # no partnership or contract named -- near-miss for partner)
 relations=[],
 outages=[],
 # 'Today' (opening the text), 'today' ('The SEC's determination today') and "Today's" ("Today's action by the SEC")
 # -> one item, 2003-04-25 (`published`; GUIDELINES: the same text ignoring case with the same value listed once).
 # Skipped: 'the past four months' (a span with no bounds written), 'to date' (no value), the dateline (cut: its year
 # 2002 a slip, not in the text)
 dates=[D("Today", "2003-04-25")])

# ---- Donaldson thanks the Mutual Fund Directors Forum, SEC News Digest 2004-145, published 2004-07-29 (a Thursday) ----
A["us-sec-donaldson-thanks-mutual-fund-directors-forum-chairman-ruder-best-practices-2004"] = dict(
 # William H. Donaldson ('Chairman Donaldson' twice: alias 'Donaldson'); the Mutual Fund Directors Forum ('The Forum',
 # 'the Forum' twice: alias 'Forum', the capitalised short name as the lane aliases 'Commission'; an Organization: 'a
 # membership organization of independent fund directors', no business); David Ruder (once); the SEC ('former SEC
 # Chairman': the text never writes the full name, so the entity is named 'SEC' as eight corpus files do, seven of the lane;
 # "the Commission's recent rulemaking initiative": alias 'Commission'). Not annotated: the report 'Best Practices and
 # Practical Guidance for Mutual Fund Directors', 'the Best Practices Report', "the Report's recommendations" (a
 # document, not an entity: GUIDELINES' programmes and laws way -- near-miss), 'independent fund directors', 'fund
 # shareholders', 'fund directors' (generic), 'the fund governance framework' (a rulemaking, no entity)
 entities=[E("Person", DON, "Donaldson"),
           E("Organization", MFDF, "Forum"),
           E("Person", "David Ruder"),
           E("Organization", "SEC", "Commission")],
 # 'Chairman William H. Donaldson' -> chairman at the SEC, current true (**doubtful**: the item never writes 'SEC
 # Chairman' before his name; the digest is the SEC's own, 'the Commission's recent rulemaking initiative' is his
 # Commission's and Ruder is 'former SEC Chairman', so a careful reader takes him as the sitting SEC chairman; a strict
 # reader may give no org and so no role). 'the Forum and its chairman, former SEC Chairman David Ruder' -> chairman at
 # the Mutual Fund Directors Forum, current true ('its chairman': the Forum's; no 'former' before that post) and
 # chairman at the SEC, current false ('former SEC Chairman'). Near-misses: 'a membership organization of independent
 # fund directors' (the members unnamed: no director role for anyone); Donaldson's 'request ... that the Forum ...
 # develop written practical guidance' (a request, no post)
 roles=[R(DON, "chairman", "SEC", True),
        R("David Ruder", "chairman", MFDF, True),
        R("David Ruder", "chairman", "SEC", False)],
 # No relation: the Forum is no unit of the SEC (it prepared its report 'in response to a request from Chairman
 # Donaldson': a request, no ownership, partnership or contract -- near-miss for partner, **doubtful** only as a
 # reader might read the commissioned report as work done for the Commission)
 relations=[],
 outages=[],
 # 'July 28' ('On July 28', the day before the digest's date line) -> 2004-07-28 (the year from `published`, 2004-07-29).
 # Skipped: 'recent' ("the Commission's recent rulemaking initiative": no value)
 dates=[D("July 28", "2004-07-28")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
